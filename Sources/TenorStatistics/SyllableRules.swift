/// Spelling rules that estimate how many syllables an English word has, for words the table lacks.
enum SyllableRules {
    /// The estimate for one normalized word (lower-case UTF-8, `'` apostrophes): 0 without a letter,
    /// otherwise at least 1. Runs of letters separated by other characters are counted apart.
    static func estimate(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(word.count, 1)) { codes in
            let length = letterCodes(word, into: codes)
            var total = 0
            var start = 0
            while start < length {
                var end = start
                while end < length, codes[end] != separator { end += 1 }
                if end > start { total += estimateRun(UnsafeMutableBufferPointer(rebasing: codes[start ..< end])) }
                start = end + 1
            }
            return total
        }
    }

    /// Whether the spelling ends in a hissing sound, after which a possessive `'s` is a syllable
    /// of its own (`boss's`, `church's`, `george's`).
    static func endsInSibilant(_ letters: some BidirectionalCollection<UInt8>) -> Bool {
        guard let last = letters.last else { return false }
        switch last {
        case UInt8(ascii: "s"), UInt8(ascii: "x"), UInt8(ascii: "z"):
            return true
        case UInt8(ascii: "h"), UInt8(ascii: "e"):
            let before = letters.dropLast().last
            return last == UInt8(ascii: "h") ? (before == UInt8(ascii: "c") || before == UInt8(ascii: "s"))
                : (before == UInt8(ascii: "c") || before == UInt8(ascii: "g") || before == UInt8(ascii: "s") || before == UInt8(ascii: "z"))
        default:
            return false
        }
    }

    // MARK: Letter codes

    /// What the rules see of a character: `a`…`z` for ASCII letters and `'` for apostrophes; an
    /// upper-case vowel for an accented one (`é` → `E`), which is always sounded and never joins
    /// the vowel before it (`café`, `naïve`, `Zoë`); `#` for any other letter; `separator` for
    /// everything else.
    private static let separator = UInt8(ascii: " ")
    private static let otherLetter = UInt8(ascii: "#")

    private static func letterCodes(_ word: UnsafeBufferPointer<UInt8>, into codes: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var length = 0
        var iterator = word.makeIterator()
        var decoder = Unicode.UTF8()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if (0x300 ... 0x36F).contains(scalar.value) {
                    // A combining accent (a decomposed `é`) marks the vowel it follows.
                    if length > 0, isPlainVowel(codes[length - 1]) { codes[length - 1] &= ~0x20 }
                    continue
                }
                codes[length] = code(of: scalar)
                length += 1
            case .emptyInput:
                break decoding
            case .error:
                codes[length] = separator
                length += 1
            }
        }
        return length
    }

    private static func code(of scalar: Unicode.Scalar) -> UInt8 {
        let value = scalar.value
        switch value {
        case 0x61 ... 0x7A, 0x27: return UInt8(value)
        case 0x41 ... 0x5A: return UInt8(value) | 0x20
        case 0 ..< 0x80: return separator
        default: break
        }
        if let vowel = accentedVowel(value) { return vowel }
        switch value {
        case 0xE7, 0xC7: return UInt8(ascii: "c")      // ç
        case 0xF1, 0xD1: return UInt8(ascii: "n")      // ñ
        case 0xDF: return UInt8(ascii: "s")            // ß
        default: return scalar.properties.isAlphabetic ? otherLetter : separator
        }
    }

    /// The upper-case base vowel of an accented Latin vowel (Latin-1 and Latin Extended-A).
    private static func accentedVowel(_ value: UInt32) -> UInt8? {
        switch value {
        case 0xC0 ... 0xC5, 0xE0 ... 0xE5, 0x100 ... 0x105: return UInt8(ascii: "A")
        case 0xC6, 0xE6, 0xC8 ... 0xCB, 0xE8 ... 0xEB, 0x112 ... 0x11B, 0x152, 0x153: return UInt8(ascii: "E")
        case 0xCC ... 0xCF, 0xEC ... 0xEF, 0x128 ... 0x131: return UInt8(ascii: "I")
        case 0xD2 ... 0xD6, 0xD8, 0xF2 ... 0xF6, 0xF8, 0x14C ... 0x151: return UInt8(ascii: "O")
        case 0xD9 ... 0xDC, 0xF9 ... 0xFC, 0x168 ... 0x173: return UInt8(ascii: "U")
        case 0xDD, 0xFD, 0xFF, 0x176 ... 0x178: return UInt8(ascii: "Y")
        default: return nil
        }
    }

    private static func isPlainVowel(_ code: UInt8) -> Bool {
        switch code {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): true
        default: false
        }
    }

    // MARK: Rules

    /// The estimate for a run of letters and apostrophes.
    private static func estimateRun(_ run: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var spelling = Spelling(run)
        guard spelling.hasLetter else { return 0 }
        var extra = 0
        // Contractions and possessives: `'s` is a syllable after a hiss (`boss's`), `n't` after a
        // consonant (`didn't`, but `don't`); other endings (`'ll`, `'ve`, `'re`, `'d`) add none.
        if spelling.dropSuffix("'s") {
            if endsInSibilant(spelling.letters) { extra += 1 }
        } else if spelling.dropSuffix("n't") {
            if spelling.count > 0, !spelling.isVowel(spelling.count - 1) { extra += 1 }
        }
        spelling.removeApostrophes()
        guard spelling.count > 0 else { return max(1, extra) }
        return max(1, spelling.vowelGroups() + extra)
    }
}

// MARK: - Spelling

/// A word's letter codes with the questions the rules ask about them, and the rules themselves.
extension SyllableRules {
    fileprivate struct Spelling {
        private var codes: UnsafeMutableBufferPointer<UInt8>
        private(set) var count: Int

        init(_ codes: UnsafeMutableBufferPointer<UInt8>) {
            self.codes = codes
            self.count = codes.count
        }

        var letters: Slice<UnsafeMutableBufferPointer<UInt8>> { codes[..<count] }

        var hasLetter: Bool { letters.contains { $0 != UInt8(ascii: "'") } }

        /// The code at `index`, or 0 outside the word, so rules can look around without bounds checks.
        subscript(index: Int) -> UInt8 {
            index >= 0 && index < count ? codes[index] : 0
        }

        /// Whether `text` (ASCII) is spelled at `index`.
        func has(_ text: StaticString, at index: Int) -> Bool {
            guard index >= 0, index + text.utf8CodeUnitCount <= count else { return false }
            for offset in 0 ..< text.utf8CodeUnitCount where codes[index + offset] != text.utf8Start[offset] {
                return false
            }
            return true
        }

        func ends(with text: StaticString) -> Bool {
            has(text, at: count - text.utf8CodeUnitCount)
        }

        mutating func dropSuffix(_ text: StaticString) -> Bool {
            guard ends(with: text) else { return false }
            count -= text.utf8CodeUnitCount
            return true
        }

        mutating func removeApostrophes() {
            var kept = 0
            for index in 0 ..< count where codes[index] != UInt8(ascii: "'") {
                codes[kept] = codes[index]
                kept += 1
            }
            count = kept
        }

        /// a e i o u and accented vowels; `y` when it is not a consonant before a vowel.
        func isVowel(_ index: Int) -> Bool {
            let code = self[index]
            if code == UInt8(ascii: "y") {
                // Before a vowel, y is a consonant at the start of a word or a syllable (`yes`, `player`,
                // `canyon`, `lawyer`) and a vowel after a consonant cluster (`bryan`, `flyer`, `embryo`).
                guard isFullVowel(index + 1) else { return true }
                if index == 0 || isFullVowel(index - 1) { return false }
                let previous = self[index - 1]
                return !(isFullVowel(index - 2) && (previous == UInt8(ascii: "n") || previous == UInt8(ascii: "l") || previous == UInt8(ascii: "w")))
            }
            return isFullVowel(index)
        }

        /// a e i o u and accented vowels: vowels whatever their neighbours.
        func isFullVowel(_ index: Int) -> Bool {
            switch self[index] {
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
                 UInt8(ascii: "A"), UInt8(ascii: "E"), UInt8(ascii: "I"), UInt8(ascii: "O"), UInt8(ascii: "U"), UInt8(ascii: "Y"):
                return true
            default:
                return false
            }
        }

        func isAccented(_ index: Int) -> Bool {
            let code = self[index]
            return code >= UInt8(ascii: "A") && code <= UInt8(ascii: "Z")
        }

        func isConsonant(_ index: Int) -> Bool {
            index >= 0 && index < count && !isVowel(index)
        }

        /// Syllables by vowel groups and the rules below.
        func vowelGroups() -> Int {
            var groups = 0
            for index in 0 ..< count where isVowel(index) {
                if !isVowel(index - 1) || isAccented(index) || startsSyllable(afterVowel: index) { groups += 1 }
            }
            groups += syllabicEndings()
            if groups > 1 { groups -= silentEndings() }
            if groups > 1 { groups -= silentCompoundEs() }
            return max(groups, 1)
        }

        private func code(_ letter: StaticString) -> UInt8 { letter.utf8Start.pointee }

        /// Whether the vowel at `index` is sounded apart from the vowel just before it (hiatus):
        /// `piano`, `video`, `actual`, `being`.
        func startsSyllable(afterVowel index: Int) -> Bool {
            let previous = self[index - 1], vowel = self[index], before = self[index - 2], after = self[index + 1]
            let atEnd = index + 1 == count
            // A y that is a vowel is a syllable of its own (`bryan`, `flyer`).
            if previous == code("y") { return true }
            // -ing after a vowel is a syllable of its own: `being`, `going`, `skiing`.
            if vowel == code("i"), has("ing", at: index), index + 3 == count || (index + 4 == count && ends(with: "s")) { return true }
            // e before r after a vowel pair: `bauer`, `meier`.
            if vowel == code("e"), after == code("r"), isFullVowel(index - 2) { return true }
            let afterSoft = before == code("c") || before == code("t") || before == code("s") || before == code("g")
            switch (previous, vowel) {
            case (code("i"), code("a")):
                return !afterSoft || has("ate", at: index) || has("ati", at: index)
            case (code("i"), code("o")):
                // -lion and -nion after a vowel or l glide: `million`, `companion` (but `lion`).
                if after == code("n"), before == code("l") || before == code("n"),
                   isFullVowel(index - 3) || self[index - 3] == code("l") { return false }
                return atEnd || !(afterSoft || before == code("x"))
            case (code("i"), code("u")), (code("i"), code("i")), (code("a"), code("o")):
                return true
            case (code("i"), code("e")):
                let earlierVowel = (0 ..< index - 1).contains { isVowel($0) }
                if earlierVowel, ends(with: "ier") || ends(with: "iers") || ends(with: "iest") { return true }
                if has("iet", at: index - 1) { return true }
                if after == code("n"), self[index + 2] == code("t") || self[index + 2] == code("c") {
                    return !(before == code("t") || (before == code("c") && self[index - 3] != code("s")))
                }
                return false
            case (code("e"), code("o")):
                return !(before == code("g") || before == code("c") || before == code("p"))
            case (code("u"), code("a")), (code("u"), code("o")):
                return !(before == code("q") || before == code("g"))
            case (code("u"), code("e")):
                guard !(before == code("q") || before == code("g")), index + 1 < count else { return false }
                return !(index + 2 == count && (after == code("s") || after == code("d")))
            case (code("u"), code("i")):
                return !(before == code("q") || before == code("g"))
                    && (has("ity", at: index) || has("id", at: index) || has("in", at: index))
            case (code("e"), code("a")):
                return atEnd
            default:
                return false
            }
        }

        /// Endings whose consonants make a syllable without a written vowel: `criticism`, `rhythm`.
        func syllabicEndings() -> Int {
            for ending: StaticString in ["sm", "sms", "thm", "thms"] where ends(with: ending) { return 1 }
            return 0
        }

        /// A silent e that ends the first part of a compound: `gatekeeper`, `lifetime`, `baseline`.
        func silentCompoundEs() -> Int {
            var silent = 0
            for index in 2 ..< max(count - 3, 2) where self[index] == code("e") && isConsonant(index - 1) && isVowel(index - 2) {
                for part: StaticString in ["man", "line", "land", "house", "way", "field", "work", "keep", "stone", "wood",
                                           "head", "book", "time", "like", "berg", "ville", "side", "some", "ful", "less", "ness"]
                where has(part, at: index + 1) {
                    silent += 1
                    break
                }
            }
            return silent
        }

        /// Endings whose written vowel is not sounded: `made`, `jumped`, `makes`, `statement`.
        func silentEndings() -> Int {
            // The u of -que and -gue is silent with the e: `unique`, `league`, `vague` (but `argue`).
            if ends(with: "que") || ends(with: "ques") || ends(with: "qued") { return 1 }
            for ending: StaticString in ["gue", "gues", "gued"] where ends(with: ending) {
                return self[count - ending.utf8CodeUnitCount - 1] == code("r") ? 0 : 1
            }
            // -ically is said -ickly: `basically`.
            if ends(with: "ically") { return 1 }
            var end = count
            // A suffix after a silent e keeps it silent: `statement`, `lately` (-ful, -less, -ness are
            // taken as compound parts, which also covers them inside a word: `carefully`).
            for suffix: StaticString in ["ments", "ment", "ly"] where ends(with: suffix) {
                if self[count - suffix.utf8CodeUnitCount - 1] == code("e") { end = count - suffix.utf8CodeUnitCount }
                break
            }
            guard self[end - 1] == code("e") || (self[end - 2] == code("e") && (self[end - 1] == code("d") || self[end - 1] == code("s")))
            else { return 0 }
            let e = self[end - 1] == code("e") ? end - 1 : end - 2
            guard isConsonant(e - 1) else { return 0 }
            let consonant = self[e - 1]
            // -le after a consonant is a syllable: `table`, `tables`, `tabled`.
            if consonant == code("l"), isConsonant(e - 2), self[e - 2] != code("l") { return 0 }
            // So is -re after a stop or f/v, except in -red: `acre`, `centres`, `ogre` (but `bred`).
            if consonant == code("r"), self[end - 1] != code("d"),
               "bcdfgkptv".utf8.contains(self[e - 2]) { return 0 }
            if e == end - 2 {
                if self[end - 1] == code("d") {
                    // -ed is sounded after t and d: `wanted`, `needed`.
                    if consonant == code("t") || consonant == code("d") { return 0 }
                } else {
                    // -es is sounded after a hiss: `boxes`, `wishes`, `places`, `judges`.
                    if consonant == code("s") || consonant == code("z") || consonant == code("x")
                        || consonant == code("c") || consonant == code("g")
                        || (consonant == code("h") && (self[e - 2] == code("c") || self[e - 2] == code("s"))) { return 0 }
                }
            }
            return 1
        }
    }
}
