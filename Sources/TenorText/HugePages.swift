#if canImport(Glibc)
import Glibc
#endif

/// Transparent huge pages for the few big buffers Tenor fills once (the input text, the counts,
/// the matrix arrays).
///
/// Linux usually gives huge pages only where a program asks (`madvise` mode); otherwise a
/// 25 MB buffer costs some 6,000 page faults as it is first written, each zeroing 4 KiB. Asking
/// before the first write lets one fault map 2 MiB.
package enum HugePages {
    private static let size = 2 << 20

    /// Asks for huge pages over the whole 2 MiB pages inside `buffer`; call before writing it.
    /// Buffers smaller than a few huge pages are left alone, and where the system does not
    /// support the request nothing changes.
    package static func advise<T>(_ buffer: UnsafeMutableBufferPointer<T>) {
        #if os(Linux)
        guard let base = buffer.baseAddress else { return }
        let start = (Int(bitPattern: base) + size - 1) & ~(size - 1)
        let end = (Int(bitPattern: base) + buffer.count * MemoryLayout<T>.stride) & ~(size - 1)
        guard end - start >= 2 * size else { return }
        _ = madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, MADV_HUGEPAGE)
        #endif
    }
}
