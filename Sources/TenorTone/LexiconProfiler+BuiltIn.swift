extension ProfileDimension {
    /// A lexicon's scores as one dimension that flips under negation (a valence); a later
    /// duplicate term overrides an earlier one, as in scoring.
    public init(valencesOf lexicon: ToneLexicon, name: String) {
        self.init(name: name, scores: Dictionary(lexicon.entries.map { ($0.term, $0.valence) }) { _, later in later },
                  flipsUnderNegation: true)
    }

    /// The built-in dimensions, each on its lexicon's own scale: `vader` (-4…4), `afinn`
    /// (AFINN-165, -5…5), `pattern_polarity` (-1…1) and `pattern_subjectivity` (0…1, does not
    /// flip).
    public static let builtIn: [ProfileDimension] = {
        let pattern = try! LexiconFile(name: "textblob-sentiment.tsv", text: EmbeddedLexicons.textblobSentiment)
        func column(_ index: Int) -> [String: Double] {
            Dictionary(zip(pattern.strings(inColumn: 0), try! pattern.numbers(inColumn: index))) { _, later in later }
        }
        return [
            ProfileDimension(valencesOf: .vader, name: "vader"),
            ProfileDimension(valencesOf: try! ToneLexicon(name: "afinn", text: EmbeddedLexicons.afinn165, scale: 1), name: "afinn"),
            ProfileDimension(name: "pattern_polarity", scores: column(1), flipsUnderNegation: true),
            ProfileDimension(name: "pattern_subjectivity", scores: column(2), flipsUnderNegation: false),
        ]
    }()
}

extension LexiconProfiler {
    /// The built-in dimensions (``ProfileDimension/builtIn``) and then `extra` ones, with
    /// VADER's negation words.
    public init(adding extra: [ProfileDimension] = []) {
        self.init(dimensions: ProfileDimension.builtIn + extra, negations: ToneWordLists.vader.negations)
    }
}
