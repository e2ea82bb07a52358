#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The line ends (`\n` or `\r`) of a text, found front to back by `memchr`.
///
/// Carriage returns are rare, and most texts have none: the next one is searched for once and
/// its place kept until the lines pass it, instead of searching each line for one (a second
/// `memchr` a line, a fifth of the time it took to split a corpus into paragraphs).
struct LineEnds {
    private let text: UnsafeBufferPointer<UInt8>
    private let end: Int
    /// Where the next `\r` at or after the last search's start is (`end`: none); -1 before the
    /// first search.
    private var nextReturn = -1

    /// The line ends of `text` before `end`.
    init(_ text: UnsafeBufferPointer<UInt8>, end: Int) {
        self.text = text
        self.end = end
    }

    /// The offset of the first `\n` or `\r` at or after `index` and before the end, if any.
    mutating func next(from index: Int) -> Int? {
        guard index < end, let base = text.baseAddress else { return nil }
        if nextReturn < index { nextReturn = offset(of: 0x0D, from: index, in: base) }
        let newline = offset(of: 0x0A, from: index, in: base)
        let first = min(newline, nextReturn)
        return first < end ? first : nil
    }

    /// Where the first `byte` at or after `index` is, or `end`.
    private func offset(of byte: UInt8, from index: Int, in base: UnsafePointer<UInt8>) -> Int {
        memchr(base + index, Int32(byte), end - index).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? end
    }
}
