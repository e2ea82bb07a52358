#if canImport(Glibc)
import Glibc
#endif

/// Asks Linux to back the whole 2 MiB pages inside `buffer` with huge pages, before anything
/// touches them.
///
/// Filling tens of megabytes of fresh memory otherwise takes a page fault per 4 KiB, and those
/// faults cost more than the writes (about 1.6 µs each here: 15 ms for the 38 MB of a term
/// matrix). Transparent huge pages are usually enabled for advised memory only. A hint: where
/// it is refused, or on other systems, nothing changes.
package func adviseHugePages(_ buffer: UnsafeMutableRawBufferPointer) {
    #if os(Linux)
    let hugePage = 1 << 21
    guard let base = buffer.baseAddress else { return }
    let start = (Int(bitPattern: base) + hugePage - 1) & ~(hugePage - 1)
    let end = (Int(bitPattern: base) + buffer.count) & ~(hugePage - 1)
    guard end > start else { return }
    _ = madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, MADV_HUGEPAGE)
    #endif
}
