import TenorVectorize

extension ToneLexicon {
    /// The tenor engine's lexicon: VADER's, completed from the other sources for the words
    /// VADER lacks (``merged(_:named:)``).
    public static let tenor = merged([vader, builtIn(named: "afinn")!, pattern], named: "tenor")

    /// The first tenor engine's lexicon (`--lexicon tenor-1`): VADER's, then AFINN-165's words
    /// VADER lacks (× 0.8, mapping -5…5 onto -4…4), then pattern's words neither has (polarity
    /// -1…1 as it is, so they enter as mild words).
    public static let tenor1 = merged([vader, builtIn(named: "afinn")!, pattern], named: "tenor-1")

    /// Pattern's adjective polarities as they are (-1…1): mild words beside VADER's.
    static let pattern = try! ToneLexicon(name: "textblob", text: EmbeddedLexicons.textblobSentiment, scale: 1)

    /// `sources` merged in order: each term takes its valence from the first source that has it
    /// (VADER, first, always wins). From the sources after the first, the rule words (boosters,
    /// negations, `but`, `least`, `so`, …), the English stop words, phrases and zero scores are
    /// never taken.
    static func merged(_ sources: [ToneLexicon], named name: String) -> ToneLexicon {
        let first = sources[0]
        var taken = Set(first.entries.map(\.term))
        var excluded = Set(ToneWordLists.vader.boosters.map(\.term))
        excluded.formUnion(ToneWordLists.vader.negations)
        excluded.formUnion(ruleWords)
        excluded.formUnion(StopWords.english.words)
        var entries = first.entries
        for lexicon in sources.dropFirst() {
            for (term, valence) in lexicon.entries
            where valence != 0 && !term.contains(" ") && !excluded.contains(term) && !taken.contains(term) {
                entries.append((term, valence))
                taken.insert(term)
            }
        }
        return ToneLexicon(name: name, entries: entries, duplicates: first.duplicates)
    }

    init(name: String, entries: [(term: String, valence: Double)], duplicates: [(term: String, firstLine: Int, line: Int)]) {
        self.name = name
        self.entries = entries
        self.duplicates = duplicates
    }

    /// Words the rules read, or that read like contrasts, which must not gain a valence.
    static let ruleWords = ["least", "kind", "of", "but", "however", "yet", "although", "though", "so", "this",
                            "never", "without", "doubt", "at", "very", "no", "or", "nor"]
}
