/// Splits a paragraph of UTF-8 text into sentences.
///
/// It works on the ``Tokenizer``'s tokens, so periods inside numbers (`3.14`, `$3.50`),
/// versions (`v1.2.3`) and words never look like sentence ends. Heuristics (English-
/// centric where case or word lists matter):
/// - A sentence ends at `.`, `!`, `?`, `…`/`...` or a CJK/other full stop (`。！？｡`,
///   `؟`, `।`), together with any directly following closing quotes and brackets
///   (`“no.”`, `(see above.)`, `'quoted.'`) and mark runs (`?!`, `!!!`).
/// - It only ends there if whitespace follows (`example.com`, `U.S.A` do not split);
///   CJK full stops need no space.
/// - A lower-case word next never splits (`e.g. the`, `“Why?” she asked`, `wait... what`).
/// - Ellipses split only before a capital letter.
/// - After a period, the word before it decides: titles and `e.g.`-like abbreviations
///   never split; `No.`/`p.`/`Fig.` do not split before a number; abbreviations that may
///   end a sentence (`etc.`, `U.S.`, `Inc.`, `a.m.`), dotted acronyms and single-letter
///   initials split only before a common sentence starter (`He`, `The`, `But`, …), so
///   `Mr. Smith`, `J. R. R. Tolkien`, `U.S. Army` stay whole but `in the U.S. He` splits.
/// - List markers (`1.`, `a.`, `iv.` at a sentence start or after `:`) never split.
/// - Emoji right after the end mark on the same line stay with the sentence (`Yay! 🎉`).
/// - A blank line always splits. A single line break splits only around list items (a
///   line starting with `-`, `*`, `•` or `1.`/`a)`); otherwise it is read as hard-wrapped
///   prose, as textstat and most readers of plain text do.
public struct SentenceSplitter: Sendable {
    private let tokenizer = Tokenizer()

    /// Creates a splitter. It holds no state, so one instance can be shared freely.
    public init() {}

    /// Sentence ranges in `text[range]`, trimmed of surrounding whitespace, in order,
    /// covering every non-space character of the range. Empty or blank input gives `[]`.
    public func sentences(in text: [UInt8], range: Range<Int>) -> [Range<Int>] {
        sentences(in: TextBytes(text), range: range)
    }

    /// Sentence ranges in `text[range]` of a document's text.
    public func sentences(in text: TextBytes, range: Range<Int>) -> [Range<Int>] {
        sentences(in: text, range: range, tokens: tokenizer.tokens(in: text, range: range))
    }

    /// The same, for a caller that already has the range's tokens (so they are not found twice).
    public func sentences(in text: TextBytes, range: Range<Int>, tokens: [Token]) -> [Range<Int>] {
        text.withUnsafeBufferPointer { sentences(in: $0, range: range, tokens: tokens) }
    }

    private func sentences(in text: UnsafeBufferPointer<UInt8>, range: Range<Int>, tokens: [Token]) -> [Range<Int>] {
        guard !tokens.isEmpty else { return [] }
        var pass = Pass(text: text, tokens: tokens, tokenizer: tokenizer, range: range)
        let cuts = pass.findCuts()

        var result: [Range<Int>] = []
        var start = range.lowerBound
        let lastTokenEnd = tokens[tokens.count - 1].range.upperBound
        // Past the last token only characters the tokenizer skips can follow (an invisible
        // format character after the final full stop): they make no sentence of their own.
        for cut in cuts + [range.upperBound] where cut > start && start < lastTokenEnd {
            let trimmed = trim(text, start..<cut)
            if !trimmed.isEmpty { result.append(trimmed) }
            start = cut
        }
        return result
    }

    private func trim(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var low = range.lowerBound, high = range.upperBound
        while low < high {
            let length = Tokenizer.whitespaceLength(text, at: low, end: high)
            guard length > 0 else { break }
            low += length
        }
        while low < high {
            var j = high - 1
            while j > low, text[j] & 0xC0 == 0x80 { j -= 1 }  // back to the scalar's lead byte
            guard Tokenizer.whitespaceLength(text, at: j, end: high) > 0 else { break }
            high = j
        }
        return low..<high
    }
}

// MARK: - The pass over one paragraph

/// Strength of a sentence-final mark; a cluster takes the strongest of its parts.
private enum Terminator: Int, Comparable {
    case period, ellipsis, exclamation, fullStopCJK
    static func < (a: Terminator, b: Terminator) -> Bool { a.rawValue < b.rawValue }
}

private struct Pass {
    let text: UnsafeBufferPointer<UInt8>
    let tokens: [Token]
    let tokenizer: Tokenizer
    /// Index of the first token of the sentence being built.
    var sentenceStart = 0
    /// Whether the paragraph has a byte that may be part of a line break; most have none, and
    /// then no gap between tokens needs to be searched for one.
    let mayBreakLines: Bool

    init(text: UnsafeBufferPointer<UInt8>, tokens: [Token], tokenizer: Tokenizer, range: Range<Int>) {
        self.text = text
        self.tokens = tokens
        self.tokenizer = tokenizer
        mayBreakLines = Self.mayHoldLineBreak(text, range)
    }

    /// Whether `text[range]` has a byte below 0x0E (`\n`, `\v`, `\f`, `\r` and other controls)
    /// or above 0x7F (the first bytes of NEL and of the line and paragraph separators, and of
    /// any other non-ASCII character): eight bytes at a time.
    static func mayHoldLineBreak(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let base = bytes.baseAddress.map(UnsafeRawPointer.init) else { return false }
        let (ones, highBits): (UInt64, UInt64) = (0x0101_0101_0101_0101, 0x8080_8080_8080_8080)
        var index = range.lowerBound
        while index + 8 <= range.upperBound {
            let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            // A byte below 0x0E borrows and sets its top bit in `word - 0x0E…`; a borrow into the
            // next byte only follows such a byte. A byte above 0x7F has its top bit set already.
            if (word &- ones &* 0x0E | word) & highBits != 0 { return true }
            index += 8
        }
        while index < range.upperBound {
            if bytes[index] < 0x0E || bytes[index] > 0x7F { return true }
            index += 1
        }
        return false
    }

    /// Byte offsets at which a sentence ends.
    mutating func findCuts() -> [Int] {
        var cuts: [Int] = []
        var k = 0
        while k < tokens.count {
            if let first = terminator(tokens[k]) {
                // Gather the run of end marks and closers with no space between them.
                var kind = first
                var last = k
                while last + 1 < tokens.count, adjacent(last, last + 1) {
                    if let more = terminator(tokens[last + 1]) { kind = max(kind, more) }
                    else if !isCloser(tokens[last + 1]) { break }
                    last += 1
                }
                last = spacedClosers(after: last)
                let end = trailingEmoji(after: last)
                if shouldSplit(kind, markIndex: k, clusterEnd: last, end: end) {
                    cuts.append(tokens[end].range.upperBound)
                    sentenceStart = end + 1
                    k = end + 1
                } else {
                    if last + 1 < tokens.count, lineBreaks(between: last, last + 1) >= 2 {
                        cuts.append(tokens[last].range.upperBound)
                        sentenceStart = last + 1
                    }
                    k = last + 1
                }
                continue
            }
            if mayBreakLines, k + 1 < tokens.count, lineBreakSplits(after: k) {
                cuts.append(tokens[k].range.upperBound)
                sentenceStart = k + 1
            }
            k += 1
        }
        return cuts
    }

    // MARK: Decisions

    private func shouldSplit(_ kind: Terminator, markIndex k: Int, clusterEnd: Int, end: Int) -> Bool {
        let next = end + 1
        guard next < tokens.count else { return true }
        if kind == .fullStopCJK { return true }
        // `example.com`, `U.S.A`, `Yahoo!Inc`: no space, no sentence end.
        guard hasGap(end, next) else { return false }
        let (word, sawOpener) = firstWord(from: next)
        guard let word else { return true }
        if Tokenizer.startsLowercase(word, in: text) { return false }
        switch kind {
        case .fullStopCJK, .exclamation:
            return true
        case .ellipsis:
            return Tokenizer.startsUppercase(word, in: text)
        case .period:
            return periodSplits(markIndex: k, clusterEnd: clusterEnd, next: word, afterOpener: sawOpener)
        }
    }

    /// A single `.` followed by space and a word that does not start lower-case.
    private func periodSplits(markIndex k: Int, clusterEnd: Int, next word: Token, afterOpener: Bool) -> Bool {
        // Walk back over `w.w.w` with no spaces: the abbreviation candidate. Its parts are the
        // tokens `firstPart`, `firstPart + 2`, …, `k - 1`, with single periods between them.
        var partCount = 0
        var firstPart = k
        var j = k - 1
        while j >= sentenceStart, adjacent(j, j + 1), tokens[j].kind == .word || tokens[j].kind == .number {
            partCount += 1
            firstPart = j
            let dot = j - 1
            guard dot - 1 >= sentenceStart, isSingle(tokens[dot], "."), adjacent(dot, j) else { break }
            j = dot - 1
        }
        guard partCount > 0 else { return true }
        let parts = stride(from: firstPart, through: k - 1, by: 2)
        let chainStart = tokens[firstPart].range.lowerBound
        let chainEnd = tokens[k].range.lowerBound
        guard chainEnd - chainStart <= 16 else { return true }  // long: an ordinary word

        if partCount == 1, isListMarker(k - 1) { return false }

        let lists = Abbreviations.packed(text[chainStart..<chainEnd].lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 })
            .flatMap { Abbreviations.listsByKey[$0] } ?? []
        if lists.contains(.neverFinal) { return false }
        if lists.contains(.beforeNumber), word.kind == .number, tokens[clusterEnd + 1].range == word.range {
            return false
        }
        let isInitial = partCount == 1 && tokens[k - 1].kind == .word && scalarCount(tokens[k - 1].range) == 1
        let isDottedAcronym = partCount >= 2 && parts.allSatisfy { tokens[$0].kind == .word && scalarCount(tokens[$0].range) <= 3 }
        if isInitial || isDottedAcronym || lists.contains(.maybeFinal) {
            return isSentenceStarter(word) || (afterOpener && Tokenizer.startsUppercase(word, in: text))
        }
        return true
    }

    /// `1.`, `a.`, `iv.` opening a sentence or following a colon.
    private func isListMarker(_ index: Int) -> Bool {
        let t = tokens[index]
        let atStart = index == sentenceStart || (index > 0 && isSingle(tokens[index - 1], ":"))
        guard atStart else { return false }
        if t.kind == .number { return t.range.count <= 3 }
        guard t.kind == .word else { return false }
        if scalarCount(t.range) == 1 { return true }
        return t.range.count <= 4 && t.range.allSatisfy { "ivxlcIVXLC".utf8.contains(text[$0]) }
    }

    private func isSentenceStarter(_ word: Token) -> Bool {
        guard word.kind == .word, word.range.count <= 12 else { return false }
        // `J. A. Smith`: a single letter followed by a period is another initial.
        if scalarCount(word.range) == 1, word.range.upperBound < text.count,
           text[word.range.upperBound] == UInt8(ascii: ".") {
            return false
        }
        return Abbreviations.sentenceStarters.contains(tokenizer.normalizedForm(of: word, in: text))
    }

    /// A line break after token `k` (which is not an end mark) starts a new sentence?
    ///
    /// A blank line always does. A single line break is most often hard-wrapped prose
    /// (`met with\nJohn`), so it splits only around list items: before a line that starts
    /// with a bullet or a number marker, or after a line that did.
    private func lineBreakSplits(after k: Int) -> Bool {
        let breaks = lineBreaks(between: k, k + 1)
        if breaks == 0 { return false }
        if breaks >= 2 { return true }
        return startsListItem(at: k + 1) || startsListItem(at: lineStart(of: k))
    }

    /// The index of the first token on the line of token `k`.
    private func lineStart(of k: Int) -> Int {
        var first = k
        while first > 0, lineBreaks(between: first - 1, first) == 0 { first -= 1 }
        return first
    }

    /// Whether token `i` is a list marker: `-`, `*`, `•`, `–`, or a number or single letter
    /// followed directly by `.` or `)`, and then a space.
    private func startsListItem(at i: Int) -> Bool {
        guard i < tokens.count, let first = firstScalar(tokens[i]) else { return false }
        if tokens[i].kind == .punctuation || tokens[i].kind == .symbol {
            return [0x2D, 0x2A, 0x2022, 0x2013, 0x2023].contains(first) && i + 1 < tokens.count && hasGap(i, i + 1)
        }
        guard tokens[i].kind == .number || (tokens[i].kind == .word && tokens[i].range.count == 1),
              i + 2 < tokens.count, adjacent(i, i + 1), let mark = firstScalar(tokens[i + 1]) else { return false }
        return (mark == 0x2E || mark == 0x29) && tokens[i + 1].range.count == 1 && hasGap(i + 1, i + 2)
    }

    // MARK: Token helpers

    private func terminator(_ t: Token) -> Terminator? {
        guard t.kind == .punctuation, let first = firstScalar(t) else { return nil }
        switch first {
        case 0x2E: return t.range.count == 1 ? .period : .ellipsis
        case 0x2026: return .ellipsis
        case 0x21, 0x3F, 0x203C, 0x2047, 0x2048, 0x2049, 0x061F, 0x0964, 0x0965: return .exclamation
        case 0x3002, 0xFF01, 0xFF1F, 0xFF61, 0xFF0E: return .fullStopCJK
        default: return nil
        }
    }

    private func isCloser(_ t: Token) -> Bool {
        guard t.kind == .punctuation, let first = firstScalar(t) else { return false }
        return first == 0x22 || first == 0x27 || isClosingOnly(first)
    }

    private func isClosingOnly(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x29, 0x5D, 0x7D, 0x201D, 0x2019, 0xBB, 0x203A, 0x300D, 0x300F, 0xFF09, 0xFF3D,
             0x3011, 0x3009, 0x300B, 0x3015, 0xFF02, 0xFF07:
            return true
        default:
            return false
        }
    }

    private func isOpener(_ t: Token) -> Bool {
        guard t.kind == .punctuation, let first = firstScalar(t) else { return false }
        switch first {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0x201C, 0x2018, 0x201E, 0x201A, 0xAB, 0xBB, 0x2039,
             0x203A, 0xBF, 0xA1, 0x300C, 0x300E, 0xFF08, 0x3010, 0x3008, 0x300A, 0x3014:
            return true
        default:
            return false
        }
    }

    /// French `« Non. » Puis`: a closing-only mark after a space still closes the
    /// sentence when whitespace (or the end) follows it, on the same line.
    private func spacedClosers(after last: Int) -> Int {
        var last = last
        while last + 1 < tokens.count, hasGap(last, last + 1), lineBreaks(between: last, last + 1) == 0,
              tokens[last + 1].kind == .punctuation, let s = firstScalar(tokens[last + 1]), isClosingOnly(s),
              last + 2 >= tokens.count || hasGap(last + 1, last + 2) {
            last += 1
        }
        return last
    }

    /// Emoji after the end mark on the same line belong to the sentence: `Yay! 🎉`.
    private func trailingEmoji(after last: Int) -> Int {
        var end = last
        while end + 1 < tokens.count, isEmoji(tokens[end + 1]), lineBreaks(between: end, end + 1) == 0 {
            end += 1
        }
        return end
    }

    private func isEmoji(_ t: Token) -> Bool {
        guard t.kind == .symbol, text[t.range.lowerBound] >= 0x80, let first = firstScalar(t),
              let scalar = Unicode.Scalar(first) else { return false }
        return scalar.properties.isEmoji || (0x1F1E6...0x1F1FF).contains(first)
    }

    /// The first token from `index` on that is not an opening quote or bracket.
    private func firstWord(from index: Int) -> (word: Token?, sawOpener: Bool) {
        var i = index
        while i < tokens.count, isOpener(tokens[i]) { i += 1 }
        return (i < tokens.count ? tokens[i] : nil, i > index)
    }

    private func adjacent(_ a: Int, _ b: Int) -> Bool {
        tokens[a].range.upperBound == tokens[b].range.lowerBound
    }

    private func hasGap(_ a: Int, _ b: Int) -> Bool { !adjacent(a, b) }

    /// Line breaks between tokens `a` and `b`; `\r\n` counts once.
    private func lineBreaks(between a: Int, _ b: Int) -> Int {
        guard mayBreakLines else { return 0 }
        var count = 0
        var i = tokens[a].range.upperBound
        let end = tokens[b].range.lowerBound
        while i < end {
            switch text[i] {
            case 0x0A:
                if i == tokens[a].range.upperBound || text[i - 1] != 0x0D { count += 1 }
            case 0x0D, 0x0B, 0x0C:
                count += 1
            case 0xC2 where i + 1 < end && text[i + 1] == 0x85:
                count += 1  // NEL
            case 0xE2 where i + 2 < end && text[i + 1] == 0x80 && (text[i + 2] == 0xA8 || text[i + 2] == 0xA9):
                count += 1  // line and paragraph separators
            default:
                break
            }
            i += 1
        }
        return count
    }

    private func firstScalar(_ t: Token) -> UInt32? {
        guard !t.range.isEmpty else { return nil }
        return Tokenizer.decode(text, at: t.range.lowerBound, end: t.range.upperBound).value
    }

    private func isSingle(_ t: Token, _ char: Unicode.Scalar) -> Bool {
        t.range.count == 1 && text[t.range.lowerBound] == UInt8(char.value)
    }

    private func scalarCount(_ range: Range<Int>) -> Int {
        range.reduce(0) { $0 + (text[$1] & 0xC0 == 0x80 ? 0 : 1) }
    }
}
