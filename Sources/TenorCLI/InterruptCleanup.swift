#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Keeps temporary files from outliving the run: while armed, SIGINT, SIGTERM or SIGHUP removes
/// them and then ends the process as the signal would have; during ``critical(_:)`` such a
/// signal waits until the critical step is done. A signal that reaches another thread (a
/// writer's worker) is passed on to the thread that armed the cleanup, so the handler never runs
/// beside the code that creates the files: it interrupts it. What the handler reads is an atomic
/// and C strings made beforehand.
enum InterruptCleanup {
    static let signals = [SIGINT, SIGTERM, SIGHUP]

    private enum Phase: Int {
        /// No cleanup armed: a signal acts as it would by default.
        case idle
        /// A signal removes the temporary files and ends the process.
        case armed
        /// A critical step runs: a signal is held until it ends.
        case holding
        /// A handler is removing the files: it ends the process.
        case ending
    }

    private static let phase = Atomic<Int>(Phase.idle.rawValue)
    private static let heldSignal = Atomic<Int32>(0)
    /// The files to unlink, then the folder to remove last (if any); set before arming.
    nonisolated(unsafe) private static var paths: [UnsafeMutablePointer<CChar>] = []
    nonisolated(unsafe) private static var hasFolder = false

    /// The signals handled; one ignored when Tenor started (`nohup`, a background job of a
    /// script) stays ignored, as it is for the rest of the run.
    nonisolated(unsafe) private static var handled: [Int32] = []

    /// The thread that armed the cleanup, where the handler does its work.
    nonisolated(unsafe) private static var armingThread = pthread_self()

    /// Arms the cleanup, before `folder` (or the first file) is made: a signal removes `files`
    /// (those made by then), then the folder.
    static func arm(removing files: [BytePath], then folder: BytePath? = nil) {
        armingThread = pthread_self()
        paths = (files + [folder].compactMap { $0 }).map { path in path.withCString { strdup($0)! } }
        hasFolder = folder != nil
        phase.store(Phase.armed.rawValue, ordering: .sequentiallyConsistent)
        handled = signals.filter { number in
            let previous = signal(number, handle)
            let wasIgnored = unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
            if wasIgnored { _ = signal(number, SIG_IGN) }
            return !wasIgnored
        }
    }

    /// Runs `body` with signals held, then disarms: a signal that came meanwhile ends the process now.
    static func critical<Result>(_ body: () throws(CLIError) -> Result) throws(CLIError) -> Result {
        if !phase.compareExchange(expected: Phase.armed.rawValue, desired: Phase.holding.rawValue,
                                  ordering: .sequentiallyConsistent).exchanged {
            // A handler on another thread is removing the files and will end the process.
            while true { pause() }
        }
        defer { disarm() }
        return try body()
    }

    /// Restores the default actions and delivers a signal held meanwhile.
    static func disarm() {
        for number in handled { _ = signal(number, SIG_DFL) }
        phase.store(Phase.idle.rawValue, ordering: .sequentiallyConsistent)
        for path in paths { free(path) }
        paths = []
        let held = heldSignal.exchange(0, ordering: .sequentiallyConsistent)
        if held != 0 { raise(held) }
    }

    /// Makes the state a signal handler reads, for a handler installed before any cleanup is
    /// armed (its first use must not fall inside the handler).
    static func prepare() {
        _ = phase.load(ordering: .relaxed)
    }

    /// Removes the temporary files if the cleanup is armed, for a signal handler about to end
    /// the process; whether it was armed (then no other handler removes them).
    @discardableResult
    static func removeFilesNow() -> Bool {
        guard phase.compareExchange(expected: Phase.armed.rawValue, desired: Phase.ending.rawValue,
                                    ordering: .sequentiallyConsistent).exchanged else { return false }
        for path in hasFolder ? paths.dropLast() : paths[...] { unlink(path) }
        if hasFolder, let folder = paths.last { rmdir(folder) }
        return true
    }

    private static let handle: @convention(c) (Int32) -> Void = { number in
        if pthread_equal(pthread_self(), armingThread) == 0 {
            pthread_kill(armingThread, number)
            return
        }
        if removeFilesNow() {
            _ = signal(number, SIG_DFL)
            raise(number)
        } else if phase.load(ordering: .sequentiallyConsistent) == Phase.holding.rawValue {
            heldSignal.store(number, ordering: .sequentiallyConsistent)
        }
    }
}
