#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a text is cut into the units Tenor measures.
public enum ParagraphSplitting: String, Sendable, CaseIterable {
    /// Blocks separated by a blank line (a line holding only spaces or tabs) — exactly the
    /// pieces of Python's `re.split(r"\n[ \t]*\n", text)`, each stripped, empty ones dropped,
    /// with `\r\n` and `\r` read as line ends. Every reference comparison uses this rule.
    case paragraphs
    /// Every non-empty line is one unit (one-text-per-line data sets).
    case lines

    /// The trimmed, non-empty unit ranges of `text`.
    ///
    /// - Complexity: O(n).
    public func units(of text: [UInt8]) -> [Range<Int>] {
        var units: [Range<Int>] = []
        var start = 0
        var index = 0
        let count = text.count
        func emit(_ end: Int) {
            let unit = UnicodeWhitespace.trimmed(start..<end, in: text)
            if !unit.isEmpty { units.append(unit) }
        }
        while let lineEnd = Self.nextLineEnd(in: text, from: index) {
            let afterBreak = Self.lineBreakEnd(in: text, at: lineEnd)!
            switch self {
            case .lines:
                emit(lineEnd)
                start = afterBreak
                index = afterBreak
            case .paragraphs:
                // A separator is a line end, spaces/tabs, and another line end. Like re.split
                // we take the leftmost match and resume scanning after it.
                var probe = afterBreak
                while probe < count, text[probe] == 0x20 || text[probe] == 0x09 { probe += 1 }
                if let separatorEnd = Self.lineBreakEnd(in: text, at: probe) {
                    emit(lineEnd)
                    start = separatorEnd
                    index = separatorEnd
                } else {
                    index = afterBreak
                }
            }
        }
        emit(count)
        return units
    }

    /// The 1-based line that byte `offset` of `text` is on, with `\n`, `\r\n` and `\r` all
    /// ending a line (for error messages).
    public static func lineNumber(ofOffset offset: Int, in text: [UInt8]) -> Int {
        var line = 1
        var index = 0
        while let lineEnd = Self.nextLineEnd(in: text, from: index), lineEnd < offset {
            line += 1
            index = Self.lineBreakEnd(in: text, at: lineEnd)!
        }
        return line
    }

    /// The offset of the next `\n` or `\r` at or after `index` (memchr does the scanning).
    private static func nextLineEnd(in text: [UInt8], from index: Int) -> Int? {
        text.withUnsafeBufferPointer { buffer -> Int? in
            guard index < buffer.count, let base = buffer.baseAddress else { return nil }
            let remaining = buffer.count - index
            let newline = memchr(base + index, 0x0A, remaining)
            // Carriage returns are rare; look for one only before the next newline.
            let searchLength = newline.map { UnsafeRawPointer($0) - UnsafeRawPointer(base + index) } ?? remaining
            if let carriageReturn = memchr(base + index, 0x0D, searchLength) {
                return UnsafeRawPointer(carriageReturn) - UnsafeRawPointer(base)
            }
            return newline.map { UnsafeRawPointer($0) - UnsafeRawPointer(base) }
        }
    }

    /// The offset just past the line end (`\n`, `\r\n` or `\r`) at `index`, if one is there.
    @inline(__always)
    private static func lineBreakEnd(in text: [UInt8], at index: Int) -> Int? {
        guard index < text.count else { return nil }
        switch text[index] {
        case 0x0A: return index + 1
        case 0x0D: return index + 1 < text.count && text[index + 1] == 0x0A ? index + 2 : index + 1
        default: return nil
        }
    }
}
