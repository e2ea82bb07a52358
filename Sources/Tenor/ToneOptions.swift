/// How ``ToneAnalysis`` scores.
public struct ToneOptions: Sendable {
    /// The rules (and, unless ``lexicons`` says otherwise, the lexicon) to score with.
    public var engine: ToneEngine
    /// The word valences, a later lexicon overriding an earlier one's terms; empty for the
    /// engine's own (``ToneEngine/defaultLexicon``).
    public var lexicons: [ToneLexicon]
    /// Score each sentence on its own (Tenor's sentence splitter) instead of each paragraph.
    public var sentences: Bool
    /// How many of the words that moved each unit's score most to list (0: none).
    public var explainedWords: Int

    public init(engine: ToneEngine = .tenor, lexicons: [ToneLexicon] = [], sentences: Bool = false, explainedWords: Int = 0) {
        self.engine = engine
        self.lexicons = lexicons
        self.sentences = sentences
        self.explainedWords = explainedWords
    }

    /// The tenor engine and its lexicon, paragraph by paragraph: what `tenor tone` does.
    public static let `default` = ToneOptions()

    /// The lexicons scored with.
    var chosenLexicons: [ToneLexicon] { lexicons.isEmpty ? [engine.defaultLexicon.lexicon] : lexicons }
}
