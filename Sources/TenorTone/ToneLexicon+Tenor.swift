import TenorText
import TenorVectorize
import TenorSupport

extension ToneLexicon {
    /// The tenor engine's lexicon (``merged(_:named:phrases:)``): VADER's; Tenor's phrase table;
    /// then, for the words the earlier ones lack, AFINN-165 (× 0.8, -5…5 onto -4…4), Hu & Liu's
    /// opinion words (±1, ``opinionScale``), pattern's adjectives (polarity -1…1 as it is) and
    /// labMT's happiest and saddest words (`(happiness - 5) × 0.1` beyond labMT's neutral band
    /// 4…6) and the WordNet-propagated words at half their valence. Each later source enters milder than VADER's human ratings, as the study showed
    /// (Documentation/tone-engine.md).
    public static let tenor: ToneLexicon = {
        // The sources are parsed side by side: their 48,000 rows are read at every start of
        // `tenor tone`, and parsing them one after the other was most of a short run's time.
        // The last, WordNet's (most of the bytes), is parsed first, so the cores finish together.
        let sources: [@Sendable () -> ToneLexicon] = [
            { vader }, { phrases }, { BuiltInLexicon.afinn.lexicon }, { opinion }, { pattern },
            { labMT.scaled(by: labMTScale) }, { wordNet.scaled(by: wordNetScale) },
        ]
        let last = sources.count - 1
        return merged(parallelMap(sources.count) { sources[last - $0]() }.reversed(), named: "tenor", phrases: true)
    }()

    /// The first tenor engine's lexicon (`--lexicon tenor-1`): VADER's, then AFINN-165's words
    /// VADER lacks (× 0.8, mapping -5…5 onto -4…4), then pattern's words neither has (polarity
    /// -1…1 as it is, so they enter as mild words).
    public static let tenor1 = merged([vader, BuiltInLexicon.afinn.lexicon, pattern], named: "tenor-1", phrases: false)

    /// How much of labMT's happiness enters the tenor lexicon: labMT rates words out of context
    /// (`phone` 6.8, `plot` 4.0), so its words weigh a tenth of their rating.
    static let labMTScale = 0.1
    static let wordNetScale = 0.5

    /// Pattern's adjective polarities as they are (-1…1): mild words beside VADER's.
    static let pattern = try! ToneLexicon(name: "textblob", text: EmbeddedLexicons.textblobSentiment, scale: 1)

    /// `sources` merged in order: each term takes its valence from the first source that has it
    /// (VADER, first, always wins). From the sources after the first, the rule words (boosters,
    /// negations, `but`, `least`, `so`, …) and the English stop words are never taken; entries
    /// of several words only with `phrases` (and then also with valence 0, which silences the
    /// words of an idiom such as `slowly but surely`), other zero scores never.
    static func merged(_ sources: [ToneLexicon], named name: String, phrases: Bool) -> ToneLexicon {
        let first = sources[0]
        let total = sources.reduce(0) { $0 + $1.entries.count }
        var taken = Set<String>(minimumCapacity: total)
        taken.formUnion(first.entries.lazy.map(\.term))
        var excluded = Set(ToneWordLists.vader.boosters.map(\.term))
        excluded.formUnion(ToneWordLists.vader.negations)
        excluded.formUnion(ruleWords)
        excluded.formUnion(StopWords.english.words)
        var entries = first.entries
        entries.reserveCapacity(total)
        for lexicon in sources.dropFirst() {
            for (term, valence) in lexicon.entries
            // `taken.insert` last: a term is taken when it is new and passes every other test.
            where (phrases ? valence != 0 || Self.isPhrase(term) : valence != 0 && !Self.isPhrase(term))
                && !excluded.contains(term) && taken.insert(term).inserted {
                entries.append((term, valence))
            }
        }
        return ToneLexicon(name: name, entries: entries, duplicates: first.duplicates)
    }

    init(name: String, entries: [(term: String, valence: Double)], duplicates: [(term: String, firstLine: Int, line: Int)]) {
        self.name = name
        self.entries = entries
        self.duplicates = duplicates
    }

    /// Whether `term` is an entry of several words (it holds a space). Read from its contiguous
    /// bytes: the generic search of a String's UTF-8 view cost 200 instructions a term, for
    /// 48,000 terms twice at every start.
    static func isPhrase(_ term: String) -> Bool {
        term.utf8.withContiguousStorageIfAvailable { $0.contains(0x20) } ?? term.utf8.contains(0x20)
    }

    /// Words the rules read, or that read like contrasts, which must not gain a valence.
    static let ruleWords = ["least", "kind", "of", "but", "however", "yet", "although", "though", "so", "this",
                            "never", "without", "doubt", "at", "very", "no", "or", "nor"]
}
