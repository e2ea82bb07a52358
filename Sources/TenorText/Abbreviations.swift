/// The word lists the ``SentenceSplitter`` consults at a period. English-centric.
///
/// Keys are lower-cased, without the final period, with inner periods kept
/// (`u.s`, `e.g`, `ph.d`).
enum Abbreviations {
    /// Abbreviations that practically never end a sentence: titles before names and
    /// Latin connectives that introduce more text. A period after these never splits.
    static let neverFinal: Set<String> = [
        "mr", "mrs", "ms", "mx", "dr", "prof", "rev", "hon", "gen", "sen", "rep", "gov",
        "lt", "col", "capt", "cpt", "sgt", "cmdr", "adm", "maj", "pres", "supt", "fr",
        "messrs", "mme", "mlle", "vs", "cf", "e.g", "i.e", "viz", "approx", "ca", "esp", "incl",
    ]

    /// Abbreviations normally followed by a number (`No. 5`, `p. 12`, `Fig. 3`).
    /// They do not split before a number; before anything else the ordinary rules apply.
    static let beforeNumber: Set<String> = [
        "no", "nos", "nr", "p", "pp", "fig", "figs", "vol", "vols", "ch", "chap", "sec",
        "art", "para", "eq", "ref", "ed", "op",
    ]

    /// Abbreviations that may end a sentence (`… in the U.S.`, `… and so on, etc.`).
    /// Before a capitalised word they split only when that word is a ``sentenceStarters``
    /// entry. Dotted acronyms (`N.Y.`) and single-letter initials get the same treatment.
    static let maybeFinal: Set<String> = [
        "etc", "al", "inc", "ltd", "co", "corp", "plc", "bros", "jr", "sr", "st", "ave", "blvd",
        "rd", "ft", "mt", "dept", "univ", "est", "govt", "u.s", "u.k", "u.n", "e.u", "u.s.a",
        "d.c", "a.m", "p.m", "ph.d", "b.a", "m.a", "b.sc", "m.sc", "m.d",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    /// The lists a key is on.
    struct Lists: OptionSet {
        let rawValue: UInt8
        static let neverFinal = Lists(rawValue: 1)
        static let beforeNumber = Lists(rawValue: 2)
        static let maybeFinal = Lists(rawValue: 4)
    }

    /// Every key of `neverFinal`, `beforeNumber` and `maybeFinal` with the lists it is on, by
    /// ``packed(_:)`` key: the splitter asks at every full stop, and one look-up of a number
    /// costs a fraction of three of a `String` made for the purpose.
    static let listsByKey: [UInt64: Lists] = {
        var lists: [UInt64: Lists] = [:]
        for (keys, list) in [(neverFinal, Lists.neverFinal), (beforeNumber, .beforeNumber), (maybeFinal, .maybeFinal)] {
            for key in keys { lists[packed(key.utf8)!, default: []].insert(list) }
        }
        return lists
    }()

    /// A key's bytes, little-endian in a number (zero bytes after a shorter key; keys hold no
    /// zero byte), or nil when it has more than eight: then it is on no list.
    static func packed(_ bytes: some Collection<UInt8>) -> UInt64? {
        guard bytes.count <= 8 else { return nil }
        var key: UInt64 = 0
        for (index, byte) in bytes.enumerated() { key |= UInt64(byte) << (8 * index) }
        return key
    }

    /// Capitalised words that, after a `maybeFinal` abbreviation or an initial, make a
    /// new sentence likely: pronouns, determiners, conjunctions and sentence adverbs.
    /// Names (`Smith`, `Army`) are not here, so `Mr. Smith`, `U.S. Army` stay together.
    static let sentenceStarters: Set<String> = [
        "i", "i'm", "i've", "i'd", "i'll", "he", "she", "it", "it's", "we", "they", "you",
        "he's", "she's", "we're", "they're", "you're", "there's", "that's", "let's",
        "this", "that", "these", "those", "there", "here", "the", "a", "an",
        "his", "her", "its", "our", "their", "my", "your", "some", "many", "most", "all",
        "both", "each", "every", "no", "not", "one", "any", "such", "what", "when", "where",
        "why", "how", "who", "which", "whether", "if", "but", "and", "or", "so", "yet",
        "then", "thus", "however", "meanwhile", "still", "now", "also", "later", "today",
        "yesterday", "tomorrow", "therefore", "although", "though", "while", "because",
        "since", "after", "before", "once", "in", "on", "at", "for", "from", "as", "by",
        "with", "to", "of", "during", "despite", "even", "only", "instead", "besides",
        "moreover", "furthermore", "nevertheless", "finally", "first", "second", "next",
        "is", "was", "are", "were", "do", "does", "did", "can", "could", "will", "would",
        "should", "may", "might", "must", "please", "thanks", "yes", "ok", "okay",
    ]
}
