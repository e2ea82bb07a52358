import Synchronization

/// The number of threads the BLAS library runs one call on, where it lets us choose.
///
/// OpenBLAS (Debian's `libblas.so.3` alternative `openblas-pthread`) exports
/// `openblas_set_num_threads`; the reference BLAS is single-threaded and has no such entry. The
/// symbols are looked up at run time, so whichever `libblas.so.3` is installed runs.
/// (`OPENBLAS_NUM_THREADS` cannot serve here: OpenBLAS reads it once, when it is loaded.)
public enum BLASThreads {
    private typealias Setter = @convention(c) (Int32) -> Void
    private typealias Getter = @convention(c) () -> Int32

    private static let setter = BLASLibrary.optionalBLASRoutine("openblas_set_num_threads", as: Setter.self)
    private static let getter = BLASLibrary.optionalBLASRoutine("openblas_get_num_threads", as: Getter.self)

    /// The number of threads BLAS now runs a call on; nil when the library does not say (the
    /// reference BLAS, which runs every call on the caller's thread).
    public static var current: Int? {
        getter.map { Int($0()) }
    }

    /// Runs `body` with BLAS calls limited to `threads` threads. Callers that run BLAS from
    /// several threads of their own set 1 here, so the machine's cores are not oversubscribed.
    ///
    /// The thread count is one setting for the whole process (OpenBLAS before 0.3.27 has no
    /// per-thread count), so calls that overlap share it: while any runs, BLAS runs on the least
    /// count any of them asked for, and when the last one ends, the count found before the first
    /// is put back. Safe to call from several threads at once; a host program's own BLAS calls
    /// made meanwhile run on that least count too.
    public static func with<T>(_ threads: Int, _ body: () throws -> T) rethrows -> T {
        guard let setter, let getter else { return try body() }
        let limit = Int32(clamping: max(1, threads))
        limits.withLock { limits in
            if let count = limits.enter(limit, current: getter) { setter(count) }
        }
        defer {
            limits.withLock { limits in
                if let count = limits.leave(limit) { setter(count) }
            }
        }
        return try body()
    }

    /// The limits of the `with` calls running now; changed, and the count set, under its lock.
    private static let limits = Mutex(Limits())
}
