#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The standard streams a caller closed (`tenor report >&-`), held so that nothing else takes
/// their numbers.
///
/// A closed stream leaves its descriptor free, and the next one opened (an input file, or the
/// event descriptor of a worker thread) would get it: output meant for the closed stream would go
/// into that file, or fail with a misleading error (`Invalid argument`). Each closed descriptor
/// is filled with `/dev/null` opened the wrong way round (standard output and standard error
/// read-only, standard input write-only), so using it still fails as a closed stream does
/// (`EBADF`, "it is closed").
enum StandardStreams {
    static func holdClosedOnes() {
        for (descriptor, access) in [(STDIN_FILENO, O_WRONLY), (STDOUT_FILENO, O_RDONLY), (STDERR_FILENO, O_RDONLY)]
        where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            // The lowest free descriptor is taken, so with a lower one closed too this lands
            // elsewhere and is moved.
            let opened = open("/dev/null", access)
            guard opened >= 0, opened != descriptor else { continue }
            dup2(opened, descriptor)
            close(opened)
        }
    }
}
