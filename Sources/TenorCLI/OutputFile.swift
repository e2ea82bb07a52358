#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One output file that changes whole or not at all: it is written to a temporary file beside
/// it (`.NAME.tenor-PID`), which is then renamed over it in one step, so a reader, an
/// interruption or a failure sees the old file or the new one, never part of one; the temporary
/// file does not outlive the run (``InterruptCleanup``). A file given through a symbolic link
/// is replaced where the link points, and the link stays.
struct OutputFile {
    /// The file as the user named it, for messages.
    let given: BytePath

    /// Checks `given` as an output file, changing nothing, so that a path that cannot be
    /// written is refused before any work is done.
    init(_ given: BytePath) throws(CLIError) {
        self.given = given
        if POSIXFile.isDirectory(given) { throw .usage("--output \(given.quoted) is a folder: name the file to write") }
        let name = given.lastComponent
        let parent = BytePath(bytes: given.bytes.count > name.count ? Array(given.bytes.dropLast(name.count)) : Array("./".utf8))
        guard POSIXFile.isDirectory(parent) else {
            throw .usage("cannot write \(given.quoted): its folder \(parent.quoted) does not exist; create it first")
        }
    }

    /// Writes the file by `produce` and puts it in place.
    func replace(with produce: OutputFolder.Producer) throws(CLIError) {
        let target = linkTarget(given)
        let name = Array(target.lastComponent)
        let temporary = BytePath(bytes: Array(target.bytes.dropLast(name.count)) + Array(".".utf8) + name + Array(".tenor-\(getpid())".utf8))
        let mode = POSIXFile.status(target).map { $0.st_mode & 0o7777 } ?? 0o644
        // Armed first, so that no signal falls between making the file and arming.
        InterruptCleanup.arm(removing: [temporary])
        var failure: CLIError?
        let descriptor = temporary.withCString { open($0, O_WRONLY | O_CREAT | O_EXCL, mode) }
        if descriptor < 0 {
            failure = .usage("cannot write \(given.quoted): \(POSIXFile.reason(errno))")
        } else {
            do {
                try produce(POSIXFile.OutputFile(descriptor: descriptor, name: given.description))
            } catch {
                failure = error as? CLIError ?? .failure("cannot write \(given.quoted): \(error)")
            }
            if close(descriptor) != 0 && failure == nil { failure = .failure("cannot write \(given.quoted): \(POSIXFile.reason(errno))") }
        }
        try InterruptCleanup.critical { () throws(CLIError) in
            if failure == nil, temporary.withCString({ from in target.withCString { rename(from, $0) } }) != 0 {
                failure = .failure("cannot write \(given.quoted): \(POSIXFile.reason(errno))")
            }
            if let failure {
                _ = temporary.withCString { unlink($0) }
                throw failure
            }
        }
    }

    /// Where the symbolic link `path` points (followed to the end), or `path` itself when it is
    /// no link or a dangling one.
    private func linkTarget(_ path: BytePath) -> BytePath {
        var info = stat()
        guard path.withCString({ lstat($0, &info) }) == 0, (info.st_mode & S_IFMT) == S_IFLNK,
              let resolved = path.withCString({ realpath($0, nil) }) else { return path }
        defer { free(resolved) }
        return BytePath(bytes: Array(UnsafeRawBufferPointer(start: resolved, count: strlen(resolved))))
    }
}
