extension ToneLexicon {
    /// Hu & Liu's opinion lexicon (`--lexicon opinion`): 6,782 opinion words of product reviews,
    /// each +1 or -1, scaled by ``opinionScale``.
    public static let opinion = try! ToneLexicon(name: "opinion", text: EmbeddedLexicons.opinionLexicon, scale: opinionScale)

    /// labMT 1.0 (`--lexicon labmt`): the happiness of frequent words, rated 1…9, taken as
    /// `happiness - 5` (-4…4, VADER's scale) for the words outside labMT's own neutral band 4…6.
    public static let labMT: ToneLexicon = {
        let file = try! LexiconFile(name: "labmt", text: EmbeddedLexicons.labMT)
        let happiness = try! file.numbers(inColumn: 1)
        let entries = zip(file.strings(inColumn: 0), happiness).compactMap { term, happiness -> (term: String, valence: Double)? in
            let valence = happiness - 5
            return abs(valence) > labMTNeutralBand ? (term, valence) : nil
        }
        return ToneLexicon(name: "labmt", entries: entries, duplicates: [])
    }()

    /// Tenor's phrase table: idioms whose tone is not the sum of their words' (`down the drain`,
    /// `slowly but surely`), each with the valence of a one-word paraphrase in VADER's lexicon.
    public static let phrases = try! ToneLexicon(name: "tenor-phrases", text: EmbeddedLexicons.tenorPhrases, scale: 1)

    /// Words no other lexicon scores (`shelling`, `looting`, `besieged`), their valences
    /// propagated through WordNet 3.0 from the other lexicons' words (`--lexicon wordnet`;
    /// Lexicons/README.md has the method and its held-out accuracy).
    public static let wordNet = try! ToneLexicon(name: "wordnet", text: EmbeddedLexicons.wordNetPropagated, scale: 1)

    /// Where the opinion lexicon's ±1 lands on VADER's scale: 1, a mild word (0.75 to 1.5 agree
    /// within 0.005 r on the development sets).
    static let opinionScale = 1.0
    /// labMT's neutral band around 5: 1, the paper's hedonometer.
    static let labMTNeutralBand = 1.0

    /// This lexicon with every valence multiplied by `factor`.
    func scaled(by factor: Double) -> ToneLexicon {
        ToneLexicon(name: name, entries: entries.map { ($0.term, $0.valence * factor) }, duplicates: duplicates)
    }
}
