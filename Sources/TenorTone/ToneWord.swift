/// One word of a text as the rules see it.
struct ToneWord {
    /// Its bytes in the scored text (after emoji were replaced by their descriptions).
    var range: Range<Int>
    /// Its vocabulary entry (0: unknown).
    var entry: Int32
    /// Python's `str.isupper()`: it has cased letters and all of them are upper case.
    var isUpper: Bool
    /// A negation word, or a word containing `n't`.
    var negates: Bool
}
