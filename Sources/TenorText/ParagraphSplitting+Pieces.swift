#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ParagraphSplitting {
    /// `text` cut into about `parts` consecutive ranges of similar size, each cut at a
    /// ``unitBoundary(atOrAfter:in:)``, so that the ranges' units (``units(of:in:)``), joined,
    /// are the units of the whole text. Fewer ranges when boundaries are scarce; one for `parts`
    /// ≤ 1.
    func pieces(of text: UnsafeBufferPointer<UInt8>, parts: Int) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = 0
        for part in 1..<max(1, parts) {
            let cut = unitBoundary(atOrAfter: max(start, text.count * part / parts), in: text)
            if cut > start && cut < text.count {
                pieces.append(start..<cut)
                start = cut
            }
        }
        pieces.append(start..<text.count)
        return pieces
    }

    /// The first offset at or after `index` just past a `\n` that ends a unit's separator: any
    /// `\n` for lines, one that closes a blank line (the `\n` of `\n[ \t]*\n`, `\r\n` and `\r`
    /// counting as line ends) for paragraphs; `text.count` when there is none. A cut there
    /// leaves every separator whole inside one side or at its end, and the units on either side
    /// are trimmed, so cutting changes no unit (the rule `TextBlocks` cuts input blocks by).
    func unitBoundary(atOrAfter index: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = text.baseAddress else { return text.count }
        // A boundary is just past a newline, so the search starts one byte back.
        var search = max(0, index - 1)
        while search < text.count, let found = memchr(base + search, 0x0A, text.count - search) {
            let newline = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            if self == .lines || closesBlankLine(newline, in: text) { return newline + 1 }
            search = newline + 1
        }
        return text.count
    }

    /// Whether the `\n` at `newline` ends a line holding only spaces and tabs: before it (and a
    /// `\r` of `\r\n`), after those, another line end.
    private func closesBlankLine(_ newline: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        var probe = newline - 1
        if probe >= 0, text[probe] == 0x0D { probe -= 1 }
        while probe >= 0, text[probe] == 0x20 || text[probe] == 0x09 { probe -= 1 }
        return probe >= 0 && (text[probe] == 0x0A || text[probe] == 0x0D)
    }
}
