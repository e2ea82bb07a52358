import TenorText

/// Scores the tone of texts with an engine's rules (``ToneRules``) over chosen lexicons.
///
/// ```swift
/// ToneScorer().scores(of: "It is ok.").compound               // 0.34: the tenor engine
/// ToneScorer(engine: .vader).scores(of: "The book was good.").compound // 0.4404, as vaderSentiment 3.3.2
/// ```
public struct ToneScorer: Sendable {
    public let rules: ToneRules
    let vocabulary: ToneVocabulary
    /// Built once: one built per text would retain the shared vocabulary for each text.
    private let splitter: WordSplitter

    /// The scorer of `engine` with its own lexicon (`vader` for vader, the merge ``ToneLexicon/tenor``
    /// for tenor). The default is the tenor engine, as everywhere in Tenor.
    public init(engine: ToneEngine = .tenor) {
        self.init(lexicons: [engine.defaultLexicon.lexicon], rules: engine.rules)
    }

    /// A scorer whose word valences come from `lexicons` (a later lexicon overriding an earlier
    /// one for the same term) and whose rule words come from `wordLists`.
    public init(lexicons: [ToneLexicon], wordLists: ToneWordLists = .vader, rules: ToneRules) {
        self.rules = rules
        vocabulary = ToneVocabulary(lexicons: lexicons, wordLists: wordLists, rules: rules)
        splitter = WordSplitter(vocabulary: vocabulary, rules: rules)
    }

    /// The tone of `text[range]` taken as one text, as vaderSentiment's `polarity_scores` does
    /// (with the tenor rules, its sentences are read one by one and summed up).
    ///
    /// - Complexity: O(n log n) in the worst case of the "but" rule, O(n) otherwise.
    public func scores(of text: TextBytes, in range: Range<Int>) -> ToneScores {
        analysed(text, range).scores
    }

    /// The tone of a string.
    public func scores(of text: String) -> ToneScores {
        let bytes = TextBytes(Array(text.utf8))
        return scores(of: bytes, in: 0..<bytes.count)
    }

    /// The tone of `text[range]` and each word's signed valence after the rules (negated,
    /// boosted, emphasised, "but"-scaled), in order: what the compound sums (before the text's
    /// `!`/`?` emphasis and, with the tenor rules, the length cap, which scale every word alike).
    public func contributions(of text: TextBytes, in range: Range<Int>) -> (scores: ToneScores, words: [WordContribution]) {
        let analysis = analysed(text, range)
        let words = zip(analysis.words, analysis.valences).map { word, valence in
            WordContribution(word: analysis.replacement.map { String(decoding: $0[word.range], as: UTF8.self) } ?? String(decoding: text[word.range], as: UTF8.self),
                             contribution: valence)
        }
        return (analysis.scores, words)
    }

    /// The tone of `text[range]` and the `count` words that moved it most: those with the
    /// largest contribution either way (earlier words first among equals), each rounded to 4
    /// decimals; words that add nothing are never listed.
    ///
    /// - Complexity: O(n log n) for n words.
    public func explanation(of text: TextBytes, in range: Range<Int>, words count: Int) -> (scores: ToneScores, words: [WordContribution]) {
        let (scores, words) = contributions(of: text, in: range)
        let strongest = words.indices.filter { words[$0].contribution != 0 }.sorted {
            let (first, second) = (abs(words[$0].contribution), abs(words[$1].contribution))
            return first != second ? first > second : $0 < $1
        }
        return (scores, strongest.prefix(count).map { words[$0].listed })
    }

    /// The tone of `text[range]` and every word that moved it, in text order, with the numbers
    /// ``explanation(of:in:words:)`` lists (the HTML report colours them all where they stand).
    public func contributingWords(of text: TextBytes, in range: Range<Int>) -> (scores: ToneScores, words: [WordContribution]) {
        let (scores, words) = contributions(of: text, in: range)
        return (scores, words.filter { $0.contribution != 0 }.map(\.listed))
    }

    /// Words, valences and scores of one text; `replacement` is the text the words' ranges are
    /// in when preparing it or describing its emoji rewrote it (nil: they are in `original`).
    private func analysed(_ original: TextBytes, _ range: Range<Int>)
        -> (replacement: [UInt8]?, words: [ToneWord], valences: [Double], scores: ToneScores) {
        original.withUnsafeBufferPointer { original in
            guard let prepared = TextPreparation.prepared(original, range: range, rules: rules) else {
                return analysed(original, range, replacement: nil)
            }
            return prepared.withUnsafeBufferPointer { analysed($0, 0..<prepared.count, replacement: prepared) }
        }
    }

    /// ``analysed(_:_:)`` of `text[range]`, whose bytes are `replacement`'s when it has any.
    private func analysed(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, replacement: [UInt8]?)
        -> (replacement: [UInt8]?, words: [ToneWord], valences: [Double], scores: ToneScores) {
        if let split = splitter.words(in: text, range: range, stoppingAtEmoji: true) {
            return scored(split, in: text, replacement: replacement)
        }
        // Something that may be an emoji: replace what is one, then read the words.
        guard let replaced = EmojiDescriptions.replacing(in: text, range: range, vocabulary: vocabulary, rules: rules) else {
            return scored(splitter.words(in: text, range: range, stoppingAtEmoji: false)!, in: text, replacement: replacement)
        }
        return replaced.withUnsafeBufferPointer {
            scored(splitter.words(in: $0, range: 0..<replaced.count, stoppingAtEmoji: false)!, in: $0, replacement: replaced)
        }
    }

    /// The scores of a text's words.
    private func scored(_ split: (words: [ToneWord], exclamationMarks: Int, questionMarks: Int), in text: UnsafeBufferPointer<UInt8>,
                        replacement: [UInt8]?) -> (replacement: [UInt8]?, words: [ToneWord], valences: [Double], scores: ToneScores) {
        var words = split.words
        if !vocabulary.lexiconPhrases.isEmpty { words = PhraseJoiner.joined(words, vocabulary: vocabulary) }
        let (valences, sentences) = valences(of: words, in: text)
        let lengthCap: ToneScores.LengthCap = rules.longTextsSaturate ? .none
            : rules.lengthCappedOverTheText ? .overTheText : .perSentence
        let scores = ToneScores(valences: valences, sentences: sentences, exclamationMarks: split.exclamationMarks,
                                questionMarks: split.questionMarks, lengthCap: lengthCap)
        return (replacement, words, valences, scores)
    }

    /// Every word's valence after the rules, each sentence read on its own, and the sentences'
    /// sums and word counts when there are several (the sum is taken in that order).
    private func valences(of words: [ToneWord], in text: UnsafeBufferPointer<UInt8>) -> (valences: [Double], sentences: [(sum: Double, words: Int)]?) {
        var words = words
        // VADER's rules read the whole text as one sentence: no sentences to cut out and join.
        if rules.wholeTextIsOneSentence {
            if !rules.namesCarryTone { NameRule.markNames(in: &words, sentence: words.indices, text: text) }
            return (sentenceValences(words), nil)
        }
        let sentences = sentences(of: words)
        if !rules.namesCarryTone {
            for sentence in sentences { NameRule.markNames(in: &words, sentence: sentence, text: text) }
        }
        var valences: [Double] = []
        valences.reserveCapacity(words.count)
        var sentenceSums: [(sum: Double, words: Int)] = []
        for sentence in sentences {
            let sentenceValences = sentenceValences(sentence == words.indices ? words : Array(words[sentence]))
            valences += sentenceValences
            if sentences.count > 1 { sentenceSums.append((sentenceValences.reduce(0, +), sentenceValences.count)) }
        }
        return (valences, sentences.count > 1 ? sentenceSums : nil)
    }

    /// The valences of one sentence's words after the rules.
    private func sentenceValences(_ words: [ToneWord]) -> [Double] {
        let entries = vocabulary.entries
        var valences = ValenceRules(words: words, entries: entries, rules: rules).valences(phrasesOf: vocabulary)
        IrrealisRule.apply(to: &valences, words: words, entries: entries, rules: rules)
        if let but = words.firstIndex(where: { entries[Int($0.entry)].role == .but }) {
            ContrastRule.apply(to: &valences, but: but, byFirstEqualValue: rules.butByFirstEqualValue)
        } else if !rules.onlyButContrasts {
            ContrastRule.applyOtherContrasts(to: &valences, words: words, entries: entries)
        }
        return valences
    }

    /// The words of each sentence the rules work in: the whole text with VADER's rules, else
    /// runs of words each ending after a word that ends with `.`, `!` or `?`.
    private func sentences(of words: [ToneWord]) -> [Range<Int>] {
        guard !rules.wholeTextIsOneSentence else { return [words.indices] }
        var sentences: [Range<Int>] = []
        var start = 0
        for index in words.indices where words[index].endsSentence {
            sentences.append(start..<(index + 1))
            start = index + 1
        }
        if start < words.count { sentences.append(start..<words.count) }
        return sentences
    }
}

/// One word and the signed valence it added to its text's sum, after the rules.
public struct WordContribution: Sendable, Equatable, Codable {
    public var word: String
    public var contribution: Double

    public init(word: String, contribution: Double) {
        self.word = word
        self.contribution = contribution
    }

    /// The word as explanations list it: its contribution rounded to 4 decimals.
    var listed: WordContribution {
        WordContribution(word: word, contribution: ToneScores.rounded(contribution, places: 4))
    }
}
