import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The number of threads the BLAS library runs one call on, where it lets us choose.
///
/// OpenBLAS (Debian's `libblas.so.3` alternative `openblas-pthread`) exports
/// `openblas_set_num_threads`; the reference BLAS is single-threaded and has no such entry. The
/// symbols are looked up at run time, so whichever `libblas.so.3` is installed links and runs.
/// (`OPENBLAS_NUM_THREADS` cannot serve here: OpenBLAS reads it once, when it is loaded, before
/// `main`.)
public enum BLASThreads {
    private typealias Setter = @convention(c) (Int32) -> Void
    private typealias Getter = @convention(c) () -> Int32

    private static let setter: Setter? =
        dlsym(UnsafeMutableRawPointer(bitPattern: 0), "openblas_set_num_threads")
            .map { unsafeBitCast($0, to: Setter.self) }
    private static let getter: Getter? =
        dlsym(UnsafeMutableRawPointer(bitPattern: 0), "openblas_get_num_threads")
            .map { unsafeBitCast($0, to: Getter.self) }

    private typealias Shutdown = @convention(c) () -> Int32
    private static let shutdown: Shutdown? =
        dlsym(UnsafeMutableRawPointer(bitPattern: 0), "blas_thread_shutdown_")
            .map { unsafeBitCast($0, to: Shutdown.self) }

    /// Stops OpenBLAS's worker threads until a BLAS call needs them again.
    ///
    /// OpenBLAS starts its workers when it is loaded, before `main`, and an idle worker spins
    /// (`sched_yield`) for about 2^28 clock ticks before it sleeps: some 0.1 s of a core taken
    /// from whatever the program does first, even when it calls no BLAS at all (measured: 80 ms
    /// of system time in a 0.35 s `tenor vectorize`). OpenBLAS starts the workers again, on its
    /// own, at the next call that runs on several threads. Does nothing with other BLAS
    /// libraries.
    public static func releaseIdleWorkers() {
        _ = shutdown?()
    }

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
