#if canImport(Glibc)
import Glibc
#endif

/// The whole content of a file, for the library's `contentsOfFile` initialisers (the command
/// line reads its inputs by itself, with its own limits and messages).
package enum FileBytes {
    /// Why a file could not be read.
    package enum Failure: Error, Equatable {
        /// The system's reason (`strerror`), and whether the file does not exist.
        case unreadable(reason: String, isMissing: Bool)
        /// It holds more than `limit` bytes.
        case tooLarge(limit: Int)
    }

    /// Reads `path` to its end, failing as soon as it holds more than `limit` bytes (so
    /// `/dev/zero` or a runaway file ends with an error, not with all the memory).
    package static func read(_ path: String, limit: Int) throws(Failure) -> [UInt8] {
        guard let file = fopen(path, "rb") else {
            throw .unreadable(reason: reason(errno), isMissing: errno == ENOENT)
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = fread(&chunk, 1, chunk.count, file)
            if count > 0 { bytes += chunk[0..<count] }
            if bytes.count > limit { throw .tooLarge(limit: limit) }
            if count < chunk.count { break }
        }
        guard ferror(file) == 0 else { throw .unreadable(reason: reason(errno), isMissing: false) }
        return bytes
    }

    private static func reason(_ code: Int32) -> String {
        guard let message = strerror(code) else { return "error \(code)" }
        return String(decoding: UnsafeRawBufferPointer(start: message, count: strlen(message)), as: UTF8.self)
    }
}
