/// Calls a LAPACK routine twice: first as a workspace query (lwork = -1), then
/// with a workspace of the optimal size. Returns the second call's `info`.
///
/// `routine` receives the workspace and lwork pointers and returns `info`.
func withOptimalWorkspace<Scalar: BLASScalar>(
    _ name: StaticString,
    _ routine: (UnsafeMutablePointer<Scalar>, UnsafePointer<Int32>) -> Int32
) -> Int32 {
    var optimalSize: Scalar = 0
    var lwork: Int32 = -1
    checkArguments(routine(&optimalSize, &lwork), name)
    // nextUp: in single precision the size is rounded to 24 bits, possibly down.
    lwork = Int32(optimalSize.nextUp)
    var work = [Scalar](repeating: 0, count: Int(lwork))
    return routine(&work, &lwork)
}

/// Traps when LAPACK reports an illegal argument (`info` < 0): a bug here, not bad data.
func checkArguments(_ info: Int32, _ name: StaticString) {
    require(info >= 0, "\(name): LAPACK rejected argument \(-info)")
}
