/// Scores the tone of texts with VADER's rules (``ToneRules``) over chosen lexicons.
///
/// ```swift
/// let scorer = ToneScorer()                       // vaderSentiment 3.3.2, exactly
/// scorer.scores(of: "The book was good.").compound // 0.4404
/// ```
public struct ToneScorer: Sendable {
    public let rules: ToneRules
    let vocabulary: ToneVocabulary

    /// A scorer whose word valences come from `lexicons` (a later lexicon overriding an earlier
    /// one for the same term) and whose rule words come from `wordLists`.
    public init(lexicons: [ToneLexicon] = [.vader], wordLists: ToneWordLists = .vader, rules: ToneRules = .vader) {
        self.rules = rules
        vocabulary = ToneVocabulary(lexicons: lexicons, wordLists: wordLists, lastDuplicateWins: rules.lastDuplicateWins)
    }

    /// The tone of `text[range]` taken as one text, as vaderSentiment's `polarity_scores` does.
    ///
    /// - Complexity: O(n log n) in the worst case of the "but" rule, O(n) otherwise.
    public func scores(of text: [UInt8], in range: Range<Int>) -> ToneScores {
        analysed(text, range).scores
    }

    /// The tone of a string.
    public func scores(of text: String) -> ToneScores {
        let bytes = Array(text.utf8)
        return scores(of: bytes, in: 0..<bytes.count)
    }

    /// The tone of `text[range]` and each word's signed valence after the rules (negated,
    /// boosted, emphasised, "but"-scaled), in order: what the compound sums.
    public func contributions(of text: [UInt8], in range: Range<Int>) -> (scores: ToneScores, words: [WordValence]) {
        let analysis = analysed(text, range)
        let words = zip(analysis.words, analysis.valences).map { word, valence in
            WordValence(word: String(decoding: analysis.text[word.range], as: UTF8.self), valence: valence)
        }
        return (analysis.scores, words)
    }

    /// Words, valences and scores of one text.
    private func analysed(_ original: [UInt8], _ originalRange: Range<Int>)
        -> (text: [UInt8], words: [ToneWord], valences: [Double], scores: ToneScores) {
        var text = original
        var range = originalRange
        let splitter = WordSplitter(vocabulary: vocabulary, rules: rules)
        var split = splitter.words(in: text, range: range, stoppingAtEmoji: true)
        if split == nil {
            // Something that may be an emoji: replace what is one, then read the words.
            if let replaced = EmojiDescriptions.replacing(in: original, range: originalRange, vocabulary: vocabulary, rules: rules) {
                text = replaced
                range = 0..<replaced.count
            }
            split = splitter.words(in: text, range: range, stoppingAtEmoji: false)
        }
        let (words, exclamationMarks, questionMarks) = split!
        var valences = ValenceRules(words: words, vocabulary: vocabulary, rules: rules).valences()
        if let but = words.firstIndex(where: { vocabulary.entries[Int($0.entry)].role == .but }) {
            ContrastRule.apply(to: &valences, but: but, byFirstEqualValue: rules.butByFirstEqualValue)
        }
        let scores = ToneScores(valences: valences, exclamationMarks: exclamationMarks, questionMarks: questionMarks)
        return (text, words, valences, scores)
    }
}

/// One word and the signed valence it added to its text's sum.
public struct WordValence: Sendable, Equatable, Codable {
    public var word: String
    public var valence: Double
}
