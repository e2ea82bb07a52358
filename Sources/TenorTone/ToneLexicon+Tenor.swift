import TenorVectorize

extension ToneLexicon {
    /// The tenor engine's lexicon: VADER's, then AFINN-165's words VADER lacks (× 0.8, mapping
    /// -5…5 onto -4…4), then pattern's words neither has (polarity -1…1 as it is, so they enter
    /// as mild words). VADER always wins; the rule words (boosters, negations, `but`, `least`,
    /// `so`, …), the English stop words, phrases and zero scores are never taken from the others.
    public static let tenor: ToneLexicon = {
        let afinn = builtIn(named: "afinn")!
        let pattern = try! ToneLexicon(name: "textblob", text: EmbeddedLexicons.textblobSentiment, scale: 1)
        var taken = Set(vader.entries.map(\.term))
        var excluded = Set(ToneWordLists.vader.boosters.map(\.term))
        excluded.formUnion(ToneWordLists.vader.negations)
        excluded.formUnion(ruleWords)
        excluded.formUnion(StopWords.english.words)
        var entries = vader.entries
        for lexicon in [afinn, pattern] {
            for (term, valence) in lexicon.entries
            where valence != 0 && !term.contains(" ") && !excluded.contains(term) && !taken.contains(term) {
                entries.append((term, valence))
                taken.insert(term)
            }
        }
        return ToneLexicon(name: "tenor", entries: entries, duplicates: vader.duplicates)
    }()

    init(name: String, entries: [(term: String, valence: Double)], duplicates: [(term: String, firstLine: Int, line: Int)]) {
        self.name = name
        self.entries = entries
        self.duplicates = duplicates
    }

    /// Words the rules read, or that read like contrasts, which must not gain a valence.
    static let ruleWords = ["least", "kind", "of", "but", "however", "yet", "although", "though", "so", "this",
                            "never", "without", "doubt", "at", "very", "no", "or", "nor"]
}
