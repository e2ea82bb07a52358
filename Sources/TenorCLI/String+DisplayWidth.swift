/// How many terminal columns text takes, so tables line up with East Asian and combining text.
///
/// Hand-written because neither the standard library nor a package at hand says it: Swift's
/// `Unicode.Scalar.Properties` has no East Asian Width, and glibc's `wcwidth` answers by the
/// process's locale (-1 for every non-ASCII character in the "C" locale most scripts run in).
/// Swift does give the two hard parts: grapheme clusters (a `Character`: a letter with its
/// combining marks, an emoji with its modifiers) and the emoji presentation property.
extension Character {
    /// 2 for a wide cluster (an East Asian Wide or Fullwidth letter, an emoji shown as a
    /// picture), 0 for a cluster of marks or format characters alone, else 1. East Asian
    /// Ambiguous characters count 1, as terminals outside CJK locales show them.
    var displayWidth: Int {
        if let ascii = asciiValue { return ascii < 0x20 || ascii == 0x7F ? 0 : 1 }
        let scalars = unicodeScalars
        let first = scalars.first!
        let properties = first.properties
        if properties.isEmojiPresentation || (properties.isEmoji && scalars.contains("\u{FE0F}")) { return 2 }
        if Self.isWide(first.value) { return 2 }
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: return 1
        }
    }

    /// The East Asian Wide (W) and Fullwidth (F) blocks of Unicode's EastAsianWidth.txt, by
    /// block (unassigned points inside them count wide, which no text at hand can notice);
    /// emoji are found by their property above.
    private static func isWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        return wideRanges.contains { $0.contains(value) }
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,    // Hangul Jamo initial consonants
        0x2329...0x232A,    // angle brackets
        0x2E80...0x303E,    // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
        0x3041...0x33FF,    // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun, CJK strokes, enclosed and compatibility
        0x3400...0x4DBF,    // CJK extension A
        0x4E00...0x9FFF,    // CJK unified ideographs
        0xA000...0xA4CF,    // Yi
        0xA960...0xA97F,    // Hangul Jamo extended A
        0xAC00...0xD7A3,    // Hangul syllables
        0xF900...0xFAFF,    // CJK compatibility ideographs
        0xFE10...0xFE19,    // vertical forms
        0xFE30...0xFE6F,    // CJK compatibility forms, small form variants
        0xFF00...0xFF60,    // fullwidth forms
        0xFFE0...0xFFE6,    // fullwidth signs
        0x16FE0...0x16FE4,  // ideographic symbols
        0x17000...0x18CFF,  // Tangut, Khitan
        0x1AFF0...0x1B2FF,  // Kana supplement and extensions, Nüshu
        0x1F200...0x1F2FF,  // enclosed ideographic supplement
        0x20000...0x2FFFD,  // CJK extensions B–F, compatibility supplement
        0x30000...0x3FFFD,  // CJK extensions G–H
    ]
}

extension String {
    /// The terminal columns the text takes: its clusters' widths summed.
    var displayWidth: Int {
        singleColumnScalars ?? reduce(0) { $0 + $1.displayWidth }
    }

    /// The text cut to at most `width` columns with `…` where it was cut: its start kept, or
    /// with `keepingEnd` its end. Whole clusters only: a wide character that would straddle
    /// the edge is left out.
    func truncated(toWidth width: Int, keepingEnd: Bool = false) -> String {
        if let columns = singleColumnScalars {
            // One column and one cluster per scalar: cut the scalars.
            guard columns > width else { return self }
            guard width > 0 else { return "" }
            let scalars = unicodeScalars
            return keepingEnd ? "…" + String(scalars.suffix(width - 1)) : String(scalars.prefix(width - 1)) + "…"
        }
        guard displayWidth > width else { return self }
        guard width > 0 else { return "" }
        var kept: [Character] = [], used = 0
        for character in keepingEnd ? Array(reversed()) : Array(self) {
            let next = character.displayWidth
            if used + next > width - 1 { break }
            kept.append(character)
            used += next
        }
        return keepingEnd ? "…" + String(kept.reversed()) : String(kept) + "…"
    }

    /// The number of scalars when each is a cluster of its own one column wide — printable
    /// ASCII, Latin-1, Latin Extended and IPA below the combining marks (U+0300), and the
    /// dashes, quotes and bullets of General Punctuation — else nil. Most cells are such text,
    /// and this spares them the cluster breaking and property lookups.
    private var singleColumnScalars: Int? {
        var count = 0
        for scalar in unicodeScalars {
            switch scalar.value {
            case 0x20..<0x7F, 0xA0..<0x300, 0x2010...0x2027, 0x2030...0x205E: count += 1
            default: return nil
            }
        }
        return count
    }
}
