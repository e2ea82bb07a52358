#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A temporary file with no name: made in `TMPDIR` (else `/tmp`) and unlinked at once, so it
/// goes away with its descriptor, or the process, however that ends.
package enum UnnamedTemporaryFile {
    /// The folder such files are made in.
    package static var directory: String {
        getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
    }

    /// A descriptor open for reading and writing on a new file named after `prefix`, already
    /// unlinked; nil when none can be made there.
    package static func make(prefix: String) -> Int32? {
        var template = Array((directory + "/\(prefix)-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return nil }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        return descriptor
    }
}
