/// VADER's rules turning each word of a text into a signed valence: the lexicon value, changed
/// by "no", ALL-CAPS emphasis, the boosters and dampeners and negations up to three words back,
/// "never so", "without doubt", special idioms, "kind of" and "least".
///
/// Each word looks at most three words back and two ahead, so a text costs O(n), not
/// vaderSentiment's O(n²) (it lower-cases the whole word list again for every rule it checks).
///
/// Built for each sentence, it holds no reference to the shared vocabulary (whose count both
/// cores would write): the entries are a plain view, and the phrase tables, which few words
/// reach, come in as an argument.
struct ValenceRules {
    let words: [ToneWord]
    private let entries: WordEntries
    let rules: ToneRules
    /// Some but not all words are ALL CAPS (only then does case emphasise).
    let capsDifferential: Bool

    /// Empirical constants of vaderSentiment 3.3.2.
    static let capsIncrement = 0.733
    static let negationScalar = -0.74
    /// What a negation multiplies a negative word by with the tenor rules (``ToneRules/negationSymmetric``
    /// off): a negated fault is faint praise (`not bad`), not praise.
    static let negatedNegativeScalar = -0.3
    /// What a negation word counts with the tenor rules (``ToneRules/negationsCarryNoTone``
    /// off): a tenth of `no`'s -1.2 would not move a text, -0.3 (chosen from 0.2, 0.3, 0.45 and
    /// 0.6 on the human-rated sets) tips a text no other word scores to a mild negative.
    static let negationValence = -0.3

    init(words: [ToneWord], entries: WordEntries, rules: ToneRules) {
        self.words = words
        self.entries = entries
        self.rules = rules
        let upper = words.reduce(0) { $0 + ($1.isUpper ? 1 : 0) }
        capsDifferential = upper > 0 && upper < words.count
    }

    @inline(__always) private func entry(_ index: Int) -> WordEntry { entries[Int(words[index].entry)] }
    @inline(__always) private func role(_ index: Int) -> WordRole { entry(index).role }
    @inline(__always) private func inLexicon(_ index: Int) -> Bool { entry(index).valence != nil && !words[index].inName }

    /// The valence of every word, in order (0 for words without one); the special idioms and
    /// booster phrases are `vocabulary`'s.
    func valences(phrasesOf vocabulary: ToneVocabulary) -> [Double] {
        // Most words are unknown and no negation: they count 0 without a look at the rules.
        var valences = words.indices.map { words[$0].entry == 0 && !words[$0].negates ? 0 : valence(at: $0, vocabulary) }
        if !rules.idiomsCountedPerWord { countIdiomsOnce(in: &valences, vocabulary) }
        return valences
    }

    /// Each occurrence of a special idiom holding a lexicon word counts once: its value on its
    /// last lexicon word, 0 on its other words (each of which took the value before).
    private func countIdiomsOnce(in valences: inout [Double], _ vocabulary: ToneVocabulary) {
        for first in words.indices where entry(first).canStand(at: 0, in: .rule) {
            for count in 2...3 {
                guard let value = special(first, count, vocabulary) else { continue }
                let span = first..<(first + count)
                guard let last = span.last(where: inLexicon) else { continue }
                for index in span { valences[index] = 0 }
                valences[last] = value
            }
        }
    }

    /// The valence of word `i` after the rules, before the "but" rule.
    private func valence(at i: Int, _ vocabulary: ToneVocabulary) -> Double {
        // A negation word has no lexicon valence (`no` has); with the tenor rules it counts
        // a little negative, whether it is known (`not`) or only ends in `n't` (`shan't've`).
        if words[i].negates && !rules.negationsCarryNoTone && entry(i).valence == nil { return Self.negationValence }
        // Most words are unknown: nothing to look at.
        if words[i].entry == 0 { return 0 }
        let word = entry(i)
        // Boosters, and "kind" of "kind of", are modifiers, not sentiment words.
        if word.booster != nil { return 0 }
        if word.role == .kind, i + 1 < words.count, role(i + 1) == .of { return 0 }
        guard var lexiconValence = word.valence, !words[i].inName else { return 0 }
        if word.role == .like, !rules.likeIsAlwaysAVerb, likeCompares(at: i) { return 0 }
        if word.expressive == .laughter && !rules.laughterWeighsAsRated { lexiconValence *= Expressive.laughterWeight }
        var valence = lexiconValence
        // With the tenor rules a negation word is not negated itself (`no no no` stays
        // negative), nor is an emoticon or laughter, and a word is negated once, however many
        // negations reach it.
        let expressive = word.expressive != nil && !rules.expressivesNegated
        let negatable = rules.negationsStack || !(words[i].negates || word.role == .no || expressive)
        var negatedAlready = false
        // "no" before a lexicon word negates it rather than counting itself.
        if word.role == .no, i + 1 < words.count, inLexicon(i + 1) { valence = 0 }
        if negatable, (i > 0 && role(i - 1) == .no && reaches(from: i - 1, to: i)) || (i > 1 && role(i - 2) == .no && reaches(from: i - 2, to: i))
            || (i > 2 && role(i - 3) == .no && (role(i - 1) == .or || role(i - 1) == .nor) && reaches(from: i - 3, to: i)) {
            valence = negation(of: lexiconValence)
            negatedAlready = true
        }
        if words[i].isUpper && capsDifferential {
            valence += valence > 0 ? Self.capsIncrement : -Self.capsIncrement
        }
        for distance in 1...3 where i >= distance && !inLexicon(i - distance) {
            var scalar = boost(from: i - distance, valence: valence)
            if distance == 2 && scalar != 0 { scalar *= 0.95 }
            if distance == 3 && scalar != 0 { scalar *= 0.9 }
            valence += scalar
            switch shift(distance: distance, at: i) {
            case .emphasis: valence *= 1.25
            case .negation where negatable && (rules.negationsStack || !negatedAlready):
                valence = negation(of: valence)
                negatedAlready = true
            case .negation, .none: break
            }
            if distance == 3 && rules.idiomsFromFourthWord { valence = idioms(valence, at: i, vocabulary) }
        }
        if !rules.idiomsFromFourthWord { valence = idioms(valence, at: i, vocabulary) }
        return least(valence, at: i)
    }

    /// Whether the `like` at `i` is the preposition of a comparison (``ComparisonLike``).
    private func likeCompares(at i: Int) -> Bool {
        i > 0 && i + 1 < words.count && entry(i + 1).isDeterminer && !entry(i - 1).makesLikeAVerb
    }

    /// The booster or dampener scalar word `index` gives a word of `valence` (signed like it,
    /// plus ALL-CAPS emphasis).
    private func boost(from index: Int, valence: Double) -> Double {
        guard var scalar = entry(index).booster else { return 0 }
        if valence < 0 { scalar *= -1 }
        if words[index].isUpper && capsDifferential {
            scalar += valence > 0 ? Self.capsIncrement : -Self.capsIncrement
        }
        return scalar
    }

    /// What the word `distance` back from word `i` does to it under the negation rules.
    private enum Shift { case none, negation, emphasis }

    /// The negation rules for the word `distance` back from word `i`.
    private func shift(distance: Int, at i: Int) -> Shift {
        switch distance {
        case 1:
            return negates(i - 1, i) ? .negation : .none
        case 2:
            if role(i - 2) == .never && role(i - 1).isSoOrThis { return .emphasis }
            if role(i - 2) == .without && role(i - 1) == .doubt { return .none }
            return negates(i - 2, i) ? .negation : .none
        default:
            let neverSo = role(i - 3) == .never && role(i - 2).isSoOrThis
            // vaderSentiment writes `a and b or c`, which Python reads as `(a and b) or c`.
            if neverSo || (rules.soThisPrecedenceSlip && role(i - 1).isSoOrThis) { return .emphasis }
            if role(i - 3) == .without && (role(i - 2) == .doubt || role(i - 1) == .doubt) { return .none }
            return negates(i - 3, i) ? .negation : .none
        }
    }

    /// `valence` negated: times -0.74; with the tenor rules a negative valence times -0.3, so
    /// `not bad` is mildly positive rather than as positive as `good`.
    @inline(__always)
    private func negation(of valence: Double) -> Double {
        valence * (valence < 0 && !rules.negationSymmetric ? Self.negatedNegativeScalar : Self.negationScalar)
    }

    /// Word `k` is a negation that reaches word `i`.
    @inline(__always)
    private func negates(_ k: Int, _ i: Int) -> Bool { words[k].negates && reaches(from: k, to: i) }

    /// A negation at word `k` reaches word `i`: always with VADER's rules, else when no word
    /// from `k` up to `i` (not included) ends a clause.
    @inline(__always)
    private func reaches(from k: Int, to i: Int) -> Bool {
        rules.negationCrossesClausePunctuation || !(k..<i).contains { words[$0].endsClause }
    }

    /// Special idioms around word `i` replace its valence; a booster phrase before it adds.
    private func idioms(_ valence: Double, at i: Int, _ vocabulary: ToneVocabulary) -> Double {
        // Every phrase looked for below starts at one of words i-3…i; mostly none of them can.
        guard (max(0, i - 3)...i).contains(where: { entry($0).canStand(at: 0, in: .rule) }) else { return valence }
        var valence = valence
        // The first special phrase ending at or before the word wins; one starting at it
        // overrides that.
        if let value = special(i - 1, 2, vocabulary) ?? special(i - 2, 3, vocabulary) ?? special(i - 2, 2, vocabulary)
            ?? special(i - 3, 3, vocabulary) ?? special(i - 3, 2, vocabulary) {
            valence = value
        }
        if let value = special(i, 2, vocabulary) { valence = value }
        if let value = special(i, 3, vocabulary) { valence = value }
        // Booster phrases are added as they are, whatever the word's sign (vaderSentiment does
        // not flip them).
        for (first, count) in [(i - 3, 3), (i - 3, 2), (i - 2, 2)] {
            if let scalar = phrase(first, count).flatMap({ vocabulary.boosterPhrases[$0] }) { valence += scalar }
        }
        return valence
    }

    /// The special-case valence of the `count` words from `first`, if they form one.
    @inline(__always)
    private func special(_ first: Int, _ count: Int, _ vocabulary: ToneVocabulary) -> Double? {
        phrase(first, count).flatMap { vocabulary.specialCases[$0] }
    }

    /// The key of the `count` words from `first`, if each can stand at its place in a phrase
    /// (most words cannot, and then no table is looked at).
    @inline(__always)
    private func phrase(_ first: Int, _ count: Int) -> PhraseKey? {
        guard first >= 0, first + count <= words.count else { return nil }
        for position in 0..<count where !entry(first + position).canStand(at: position, in: .rule) { return nil }
        return PhraseKey(first: words[first].entry, second: words[first + 1].entry,
                         third: count == 3 ? words[first + 2].entry : -1)
    }

    /// "least" before a word negates it, except in "at least" and "very least".
    private func least(_ valence: Double, at i: Int) -> Double {
        guard i > 0, !inLexicon(i - 1), role(i - 1) == .least else { return valence }
        if i > 1 && (role(i - 2) == .at || role(i - 2) == .very) { return valence }
        return negation(of: valence)
    }
}
