/// One word of a text as the rules see it.
struct ToneWord {
    /// Its bytes in the scored text (after emoji were replaced by their descriptions).
    var range: Range<Int>
    /// Its vocabulary entry (0: unknown).
    var entry: Int32
    /// Python's `str.isupper()`: it has cased letters and all of them are upper case.
    var isUpper: Bool
    /// Title case: upper-case first letter, some lower-case letter after it (`Square`).
    var isTitle: Bool
    /// A negation word, or a word containing `n't`.
    var negates: Bool
    /// The first byte of the word as written, before punctuation was stripped (`@` of an
    /// address, `#` of a tag).
    var first: UInt8 = 0
    /// The last byte of the word as written, before punctuation was stripped: whether it ends
    /// a clause (`,` `;` `:` `(` `)`) or a sentence (`.` `!` `?`).
    var last: UInt8 = 0
    /// The word stands inside a proper name of several words (``NameRule``) and so carries no
    /// valence (tenor rules).
    var inName = false

    /// The word ends with `,` `;` `:` `(` or `)`: negations do not reach past it (tenor rules).
    var endsClause: Bool { last == 0x2C || last == 0x3B || last == 0x3A || last == 0x28 || last == 0x29 }
    /// The word ends with `.` `!` or `?`: a sentence ends after it (tenor rules).
    var endsSentence: Bool { last == 0x2E || last == 0x21 || last == 0x3F }
}
