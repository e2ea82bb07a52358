#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The system's BLAS and LAPACK, opened at the first call that needs them.
///
/// Linked as usual, both libraries (on Debian OpenBLAS behind them, and libgfortran) are
/// loaded before `main`: some 12 million instructions of symbol relocation, and OpenBLAS
/// starting its worker threads, in every run of a program that may never compute with them
/// (`tenor vectorize`, `stats` and `tone` do not). Opened here, only the runs that do pay.
enum BLASLibrary {
    #if canImport(Darwin)
    private static let names = (blas: "libBLAS.dylib", lapack: "libLAPACK.dylib")
    #else
    private static let names = (blas: "libblas.so.3", lapack: "liblapack.so.3")
    #endif

    /// The BLAS library's handle. Opened with global symbols, so that LAPACK, opened after it,
    /// resolves its calls of BLAS against it. (The handles are never written after opening.)
    nonisolated(unsafe) private static let blas = open(names.blas)
    nonisolated(unsafe) private static let lapack: UnsafeMutableRawPointer = {
        _ = blas
        return open(names.lapack)
    }()

    /// The BLAS entry `name` as a C function pointer of `type`.
    static func blasRoutine<Pointer>(_ name: String, as type: Pointer.Type) -> Pointer {
        routine(name, in: blas, as: type)
    }

    /// The LAPACK entry `name` as a C function pointer of `type`.
    static func lapackRoutine<Pointer>(_ name: String, as type: Pointer.Type) -> Pointer {
        routine(name, in: lapack, as: type)
    }

    /// The BLAS entry `name`, if the library has one (OpenBLAS's extensions).
    static func optionalBLASRoutine<Pointer>(_ name: String, as type: Pointer.Type) -> Pointer? {
        dlsym(blas, name).map { unsafeBitCast($0, to: type) }
    }

    private static func routine<Pointer>(_ name: String, in library: UnsafeMutableRawPointer, as type: Pointer.Type) -> Pointer {
        guard let symbol = dlsym(library, name) else {
            stop("\(name) is missing from the BLAS or LAPACK library (\(String(cString: dlerror()))): install the reference BLAS and LAPACK or OpenBLAS")
        }
        return unsafeBitCast(symbol, to: type)
    }

    private static func open(_ name: String) -> UnsafeMutableRawPointer {
        guard let handle = dlopen(name, RTLD_NOW | RTLD_GLOBAL) else {
            stop("cannot load \(name) (\(String(cString: dlerror()))): install BLAS and LAPACK, such as Debian's libblas3 liblapack3 or libopenblas0")
        }
        return handle
    }

    /// Ends the process with `message` on standard error and exit status 1: without the
    /// system's libraries no computation can go on, and a trap would read as a crash in Tenor.
    private static func stop(_ message: String) -> Never {
        let bytes = Array("tenor: \(message)\n".utf8)
        _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
        exit(1)
    }
}
