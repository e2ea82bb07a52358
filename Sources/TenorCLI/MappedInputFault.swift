#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization
import TenorSupport

/// Turns the SIGBUS of reading a mapped input that another program cut short (truncated or
/// rewrote in place) into a message naming the file and exit status 2, after removing the run's
/// temporary output files. Any other SIGBUS (a fault elsewhere, or one sent by `kill`) goes to
/// the handler that was there before (the Swift runtime's crash report), so a real fault is
/// never disguised as bad input. The handler only reads the ``MappedFileRegistry``, writes
/// C strings and unlinks files: nothing that allocates or locks.
enum MappedInputFault {
    private static let installed = Mutex(false)
    /// Set by the first thread to fault: every core may fault at once, and one message is enough.
    private static let reporting = Atomic<Bool>(false)
    /// The action before this handler's, for every other SIGBUS.
    nonisolated(unsafe) private static var previous = sigaction()

    /// Installs the handler, once.
    static func handle() {
        installed.withLock { installed in
            guard !installed else { return }
            installed = true
            // Made here, not on first use inside the handler.
            _ = reporting.load(ordering: .relaxed)
            InterruptCleanup.prepare()
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = fault
            action.sa_flags = SA_SIGINFO
            sigemptyset(&action.sa_mask)
            sigaction(SIGBUS, &action, &previous)
        }
    }

    private static let fault: @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void = { number, info, _ in
        // A fault the kernel raised (si_code above 0) on a mapped input's pages, or else the
        // earlier action: it runs when the faulting access does again, or at once for a sent signal.
        guard let info, info.pointee.si_code > 0,
              let name = MappedFileRegistry.name(holding: info.pointee._sifields._sigfault.si_addr) else {
            sigaction(SIGBUS, &previous, nil)
            if (info?.pointee.si_code ?? 0) <= 0 { raise(number) }
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
