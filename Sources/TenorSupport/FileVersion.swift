#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What changes when a file is written: its size and modification time.
package struct FileVersion: Equatable, Sendable {
    let size: Int
    let seconds: Int
    let nanoseconds: Int

    /// The version `stat` or `fstat` described.
    package init(_ info: stat) {
        size = Int(info.st_size)
        seconds = Int(info.st_mtim.tv_sec)
        nanoseconds = Int(info.st_mtim.tv_nsec)
    }

    /// The version of the open file `descriptor`, or nil when it cannot be had.
    package init?(descriptor: Int32) {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        self.init(info)
    }
}
