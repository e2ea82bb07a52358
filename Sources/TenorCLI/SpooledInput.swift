#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TenorSupport

/// An input that can be read only once (standard input, a pipe) copied to an unnamed temporary
/// file, so that a command that reads its input twice (`stats --format json`, whose key terms
/// weigh each paragraph against its whole file) reads it in blocks like a file instead of
/// holding all of it in memory.
///
/// The file is unlinked as soon as it is made, so it goes away with the process however that
/// ends. Messages still name the input as the user gave it (``BlockReader`` takes the path for
/// that and the descriptor for the bytes).
final class SpooledInput: Sendable {
    /// Open for reading and writing; each pass reads it through a duplicate (``reader()``).
    let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// Copies `path` to a temporary file in `TMPDIR` (else `/tmp`). Nil when no temporary file
    /// can be made there: the caller then holds the input in memory, as it would without one.
    ///
    /// - Throws: when the input cannot be read, or the temporary file stops taking bytes
    ///   (a full disk): the input is then lost for a second reading, so the command stops.
    static func copying(_ path: BytePath, progress: ProgressReporter) throws(CLIError) -> SpooledInput? {
        guard let descriptor = UnnamedTemporaryFile.make(prefix: "tenor-input") else { return nil }
        let spooled = SpooledInput(descriptor: descriptor)
        let source = try POSIXFile.openForReading(path).descriptor
        defer { if source != STDIN_FILENO { close(source) } }
        progress.begin("holding \(path.isStandardInput ? "standard input" : path.description) for two passes", unit: .bytes, total: nil)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = read(source, buffer.baseAddress, buffer.count)
            if count < 0 {
                if errno == EINTR { continue }
                throw .usage("cannot read \(path.quoted): \(POSIXFile.reason(errno))")
            }
            if count == 0 { break }
            let failure = POSIXFile.writeAll(UnsafeRawBufferPointer(rebasing: buffer[..<count]), to: descriptor)
            if failure != 0 {
                throw .usage("cannot keep \(path.quoted) in a temporary file in \(UnnamedTemporaryFile.directory) for the second pass that key terms need (\(POSIXFile.reason(failure))): set TMPDIR to a folder with room, or give the input as a file")
            }
            progress.advance(count)
        }
        return spooled
    }

    /// A new descriptor at the copy's start, for one pass; the reader closes it. It shares its
    /// offset with the others, so passes must come one after another.
    func reader() throws(CLIError) -> Int32 {
        let duplicate = dup(descriptor)
        guard duplicate >= 0, lseek(duplicate, 0, SEEK_SET) == 0 else {
            throw .failure("cannot read the temporary copy of the input again: \(POSIXFile.reason(errno))")
        }
        return duplicate
    }
}
