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
/// pages are read (``MappedFileRegistry`` lets a signal handler name the file), and bytes
/// rewritten in place show through (``isUnchanged`` tells, for the caller to refuse the run).
/// Sendable: the mapping is read-only and lives as long as the object.
@usableFromInline
package final class MappedFile: @unchecked Sendable {
    /// The mapped bytes; valid while this object lives.
    @usableFromInline package let bytes: UnsafeBufferPointer<UInt8>
    /// Where the file was named, for the messages.
    package let name: String
    /// The mapped file itself (a duplicate descriptor), whatever later happens to its name.
    private let descriptor: Int32
    /// Its size and modification time when mapped.
    private let version: FileVersion

    /// Maps the first `size` bytes of the open regular file `descriptor`; nil when the file no
    /// longer has that size or the system refuses (the caller reads the file instead). The
    /// caller may close its descriptor afterwards.
    /// Pages are mapped as they are first read, by the cores checking the text in parallel:
    /// populating the mapping up front ran on one core first (2 ms for medium.txt), and for a
    /// file not yet in the page cache it would read all of it before anything else began.
    package init?(descriptor: Int32, size: Int, name: String) {
        guard size > 0 else { return nil }
        let own = dup(descriptor)
        guard own >= 0 else { return nil }
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, own, 0), base != MAP_FAILED else {
            close(own)
            return nil
        }
        bytes = UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: size)
        self.name = name
        self.descriptor = own
        // A file that grew or shrank since its size was taken is read instead, as it is now.
        guard let version = FileVersion(descriptor: own), version.size == size else {
            munmap(base, size)
            close(own)
            return nil
        }
        self.version = version
        // Unregistered (deinit unmaps and closes): no mapped file goes unnamed.
        guard MappedFileRegistry.add(self) else { return nil }
    }

    deinit {
        MappedFileRegistry.remove(self)
        munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
        close(descriptor)
    }

    /// Whether the file still has the size and modification time it had when mapped: another
    /// program writing into it meanwhile shows through the mapping.
    package var isUnchanged: Bool {
        FileVersion(descriptor: descriptor) == version
    }
}
