#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A regular file's bytes mapped read-only into memory, unmapped when the last reference goes.
///
/// Reading a file copies it into fresh memory the kernel must first clear and, on a virtual
/// machine, often fetch from its host (25 MB: 6–36 ms on the benchmark machine); a mapping
/// shares the pages the page cache already holds (about 2 ms to touch them all). The price is
/// that a file cut short by another program while it is mapped raises SIGBUS when its lost
/// pages are read; ``MappedFileRegistry`` lets a signal handler name the file. Sendable: the
/// mapping is read-only and lives as long as the object.
@usableFromInline
package final class MappedFile: @unchecked Sendable {
    /// The mapped bytes; valid while this object lives.
    @usableFromInline package let bytes: UnsafeBufferPointer<UInt8>
    /// Where the file was named, for the truncation message.
    package let name: String

    /// Maps the first `size` bytes of the open regular file `descriptor`; nil when the system
    /// refuses (the caller reads the file instead). The descriptor may be closed afterwards.
    /// Pages are mapped as they are first read, by the cores checking the text in parallel:
    /// populating the mapping up front ran on one core first (2 ms for medium.txt), and for a
    /// file not yet in the page cache it would read all of it before anything else began.
    package init?(descriptor: Int32, size: Int, name: String) {
        guard size > 0, let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), base != MAP_FAILED else {
            return nil
        }
        bytes = UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: size)
        self.name = name
        MappedFileRegistry.add(self)
    }

    deinit {
        MappedFileRegistry.remove(self)
        munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
    }
}
