extension Array where Element: BLASScalar {
    /// The dot product x·y, where x is `self` (BLAS `dot`).
    ///
    /// - Precondition: both vectors have the same length.
    /// - Complexity: O(count).
    public func dot(_ y: [Element]) -> Element {
        require(count == y.count, "dot: x has \(count) elements but y has \(y.count)")
        return Element.routines.dot(Int32(count), self, 1, y, 1)
    }

    /// The Euclidean (L2) norm, computed without undue overflow (BLAS `nrm2`).
    ///
    /// - Complexity: O(count).
    public func euclideanNorm() -> Element {
        Element.routines.nrm2(Int32(count), self, 1)
    }

    /// Multiplies every element by `alpha` (BLAS `scal`).
    ///
    /// - Complexity: O(count).
    public mutating func scale(by alpha: Element) {
        Element.routines.scal(Int32(count), alpha, &self, 1)
    }

    /// Adds alpha·x to this vector y (BLAS `axpy`: y ← alpha·x + y).
    ///
    /// - Precondition: both vectors have the same length.
    /// - Complexity: O(count).
    public mutating func add(_ x: [Element], scaledBy alpha: Element = 1) {
        require(count == x.count, "axpy: x has \(x.count) elements but y has \(count)")
        Element.routines.axpy(Int32(count), alpha, x, 1, &self, 1)
    }
}
