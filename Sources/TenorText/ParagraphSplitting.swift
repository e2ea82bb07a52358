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
        text.withUnsafeBufferPointer { units(of: $0, in: 0..<$0.count) }
    }

    /// The units of a document's text.
    public func units(of text: TextBytes) -> [Range<Int>] {
        text.withUnsafeBufferPointer { units(of: $0, in: 0..<$0.count) }
    }

    /// The units of `text[range]`, which must start at the text's start or at a
    /// ``unitBoundary(atOrAfter:in:)`` and end at one or at the text's end: then the units of
    /// consecutive such ranges, joined, are the units of the whole text.
    ///
    /// - Parameter room: how many bytes of text the array is to have room for the units of
    ///   (by default the range's): a unit per 64 bytes, more than prose holds, so that it never
    ///   grows (each growth copies it into fresh pages); room not filled is never touched.
    func units(of text: UnsafeBufferPointer<UInt8>, in range: Range<Int>, roomFor room: Int? = nil) -> [Range<Int>] {
        var units: [Range<Int>] = []
        units.reserveCapacity((room ?? range.count) / 64 + 1)
        var start = range.lowerBound
        var index = range.lowerBound
        let end = range.upperBound
        func emit(_ unitEnd: Int) {
            let unit = UnicodeWhitespace.trimmed(start..<unitEnd, in: text)
            if !unit.isEmpty { units.append(unit) }
        }
        var lineEnds = LineEnds(text, end: end)
        while let lineEnd = lineEnds.next(from: index) {
            let afterBreak = Self.lineBreakEnd(in: text, at: lineEnd, end: end)!
            switch self {
            case .lines:
                emit(lineEnd)
                start = afterBreak
                index = afterBreak
            case .paragraphs:
                // A separator is a line end, spaces/tabs, and another line end. Like re.split
                // we take the leftmost match and resume scanning after it.
                var probe = afterBreak
                while probe < end, text[probe] == 0x20 || text[probe] == 0x09 { probe += 1 }
                if let separatorEnd = Self.lineBreakEnd(in: text, at: probe, end: end) {
                    emit(lineEnd)
                    start = separatorEnd
                    index = separatorEnd
                } else {
                    index = afterBreak
                }
            }
        }
        emit(end)
        return units
    }

    /// The 1-based line that byte `offset` of `text` is on, with `\n`, `\r\n` and `\r` all
    /// ending a line (for error messages).
    public static func lineNumber(ofOffset offset: Int, in text: [UInt8]) -> Int {
        text.withUnsafeBufferPointer { lineNumber(ofOffset: offset, in: $0) }
    }

    static func lineNumber(ofOffset offset: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        var line = 1
        var index = 0
        var lineEnds = LineEnds(text, end: text.count)
        while let lineEnd = lineEnds.next(from: index), lineEnd < offset {
            line += 1
            index = Self.lineBreakEnd(in: text, at: lineEnd, end: text.count)!
        }
        return line
    }

    /// The offset just past the line end (`\n`, `\r\n` or `\r`) at `index`, if one is there
    /// before `end`.
    @inline(__always)
    private static func lineBreakEnd(in text: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int? {
        guard index < end else { return nil }
        switch text[index] {
        case 0x0A: return index + 1
        case 0x0D: return index + 1 < end && text[index + 1] == 0x0A ? index + 2 : index + 1
        default: return nil
        }
    }
}
