#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization
import TenorSupport

/// Turns the SIGBUS of reading a mapped input that another program cut short (truncated or
/// rewrote in place) into a message naming the file and exit status 2, after removing the run's
/// temporary output files. Any other SIGBUS is left to crash as it would, so a real fault is
/// never disguised as bad input. The handler only reads the ``MappedFileRegistry``, writes
/// C strings and unlinks files: nothing that allocates or locks.
enum MappedInputFault {
    private static let installed = Mutex(false)
    /// Set by the first thread to fault: every core may fault at once, and one message is enough.
    private static let reporting = Atomic<Bool>(false)

    /// Installs the handler, once.
    static func handle() {
        installed.withLock { installed in
            guard !installed else { return }
            installed = true
            // Made here, not on first use inside the handler.
            _ = reporting.load(ordering: .relaxed)
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = fault
            action.sa_flags = SA_SIGINFO
            sigemptyset(&action.sa_mask)
            sigaction(SIGBUS, &action, nil)
        }
    }

    private static let fault: @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void = { number, info, _ in
        guard let address = info?.pointee._sifields._sigfault.si_addr,
              let name = MappedFileRegistry.name(holding: address) else {
            // Not a mapped input: the default action, when the faulting access runs again.
            signal(number, SIG_DFL)
            return
        }
        // Another thread is reporting and will end the process.
        guard !reporting.exchange(true, ordering: .sequentiallyConsistent) else {
            while true { pause() }
        }
        // Literals live in the binary: nothing is made here.
        let prefix: StaticString = "tenor: '"
        let suffix: StaticString = "' shrank while it was being read (another program truncated or rewrote it): the run stops here, its output incomplete; run again once the file no longer changes\n"
        write(STDERR_FILENO, prefix.utf8Start, prefix.utf8CodeUnitCount)
        write(STDERR_FILENO, name, strlen(name))
        write(STDERR_FILENO, suffix.utf8Start, suffix.utf8CodeUnitCount)
        InterruptCleanup.removeFilesNow()
        _exit(2)
    }
}
