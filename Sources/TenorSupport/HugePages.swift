#if canImport(Glibc)
import Glibc
#endif

/// Transparent huge pages for the few big buffers Tenor fills once (the input text, the term
/// matrix's arrays).
///
/// Filling tens of megabytes of fresh memory otherwise takes a page fault per 4 KiB, and those
/// faults cost more than the writes (about 1.6 µs each here: 15 ms for the 38 MB of a term
/// matrix, 6,000 faults for a 25 MB input). Linux usually gives huge pages only to memory a
/// program advises (`madvise` mode), and one fault then maps 2 MiB.
package enum HugePages {
    private static let size = 1 << 21

    /// Asks for huge pages over the whole 2 MiB pages inside `buffer`; call before anything
    /// touches them. A hint: where it is refused, or on other systems, nothing changes.
    package static func advise<T>(_ buffer: UnsafeMutableBufferPointer<T>) {
        #if os(Linux)
        guard let base = buffer.baseAddress else { return }
        let start = (Int(bitPattern: base) + size - 1) & ~(size - 1)
        let end = (Int(bitPattern: base) + buffer.count * MemoryLayout<T>.stride) & ~(size - 1)
        guard end > start else { return }
        _ = madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, MADV_HUGEPAGE)
        #endif
    }
}
