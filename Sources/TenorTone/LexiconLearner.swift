import TenorLinearAlgebra

/// Learns a domain lexicon from rated texts: per-word valence corrections on top of an engine
/// and its lexicons, fitted by ridge regression and checked on held-out folds.
///
/// The engine's compound is x / √(x² + 15) of a sum x of word valences after the rules (times
/// the length cap √(5/W) with the tenor rules). So each rating is mapped onto the compound's
/// scale (``RatingScale/compound(of:)``, held within ±0.95 so the inverse stays finite), turned
/// back into the sum that compound needs, and the residual — that target sum less the sum the
/// engine reaches — is regressed on the words. A word's feature in a text is how much the
/// text's sum moves per unit of the word's valence: for each occurrence the engine's own
/// response (measured by scoring the text with every candidate word's valence set, then moved
/// by one; a negated word moves by −0.74, one after `but` by 1.5, one in an idiom not at all),
/// summed and multiplied by the length cap. The ridge penalty λ shrinks every correction toward
/// 0, that is toward the base valence: a word seen in λ texts gets about half the correction its
/// texts alone would ask for.
///
/// The term matrix is built from the engine's own words (``ToneScorer/termContributions(of:)``),
/// not from TenorVectorize's tokens: scikit-learn's token pattern splits `don't` and `well-made`
/// and drops one-letter words and emoticons, so terms learned from it would miss the words the
/// engine looks up.
///
/// λ is chosen from ``penalties`` by k-fold cross-validation (``FoldAssignment``): the one whose
/// held-out predictions correlate best with the ratings. The fold figures reported are then
/// the engine's own scores of each held-out fold with the lexicon learned from the other folds.
public struct LexiconLearner: Sendable {
    /// The base lexicons, as `tenor tone --lexicon` takes them.
    public let lexicons: [ToneLexicon]
    public let rules: ToneRules
    /// Cross-validation folds (at least 2).
    public var folds = 5
    /// A word is learned only if at least this many texts hold it.
    public var minimumTexts = 3
    /// At most this many words are fitted, the ones in most texts: the normal equations are
    /// p×p for p words.
    public var maximumTerms = 2000
    public var scale = RatingScale.vader
    /// The ridge penalties tried, in texts' worth of evidence.
    public var penalties: [Double] = [0.3, 1, 3, 10, 30, 100, 300, 1000]

    /// Corrections smaller than this are not written (VADER's lexicon is given to 0.1).
    public static let smallestCorrection = 0.1
    /// Target compounds are held within ±this, so the sums they need stay finite.
    static let largestTargetCompound = 0.95
    /// The engine's compounds are held within ±this before inverting (rounded to 4 decimals, a
    /// saturated compound says little about its sum).
    static let largestBaseCompound = 0.99

    public init(lexicons: [ToneLexicon], rules: ToneRules) {
        self.lexicons = lexicons
        self.rules = rules
    }

    /// A word that may be learned.
    struct Candidate {
        let term: String
        let baseValence: Double?
        let texts: Int
    }

    /// Learns from `texts`.
    ///
    /// - Throws: ``LearningError`` for fewer texts than folds, texts that all share one rating,
    ///   or texts with no word to learn.
    /// - Complexity: three scorings of every text, then per fold and penalty one Cholesky
    ///   solve of the p×p normal equations, O(p³/3).
    public func learn(_ texts: [LabelledText]) throws(LearningError) -> LearnedLexicon {
        precondition(folds >= 2 && !penalties.isEmpty && minimumTexts >= 1 && maximumTerms >= 1)
        guard texts.count >= folds else { throw .tooFewTexts(count: texts.count, folds: folds) }
        let ratings = texts.map(\.rating)
        if ratings.allSatisfy({ $0 == ratings[0] }) {
            throw .oneRating(rating: ratings[0], firstLine: texts[0].line, lastLine: texts[texts.count - 1].line)
        }
        let base = ToneScorer(lexicons: lexicons, rules: rules)
        let readings = texts.map { base.termContributions(of: $0.text) }
        let candidates = candidates(readings.map(\.terms), base: base)
        guard !candidates.isEmpty else { throw .noTerms(minimumTexts: minimumTexts) }
        let problem = Problem(
            features: candidates.count,
            rows: termRows(texts, readings, candidates, base: base),
            baseSums: readings.map { ToneScores.sum(ofCompound: Self.clamped($0.compound, Self.largestBaseCompound)) },
            targets: ratings.map { ToneScores.sum(ofCompound: Self.clamped(scale.compound(of: $0), Self.largestTargetCompound)) })
        let assignment = FoldAssignment(folds: folds, texts: texts.count)
        let (foldCorrections, penaltyResults) = crossValidated(problem, assignment, ratings: ratings)
        // The best r; among equals the larger penalty, which trusts the data less.
        let best = penalties.indices.max { first, second in
            let (a, b) = (penaltyResults[first].correlation ?? -2, penaltyResults[second].correlation ?? -2)
            return a != b ? a < b : penalties[first] < penalties[second]
        }!

        // The engine's own scores of each fold, with the lexicon the other folds taught.
        let baseCompounds = readings.map(\.compound)
        var learnedCompounds = baseCompounds
        var results: [LearnedLexicon.FoldResult] = []
        for fold in 0..<folds {
            let learned = entries(foldCorrections[fold][best], candidates)
            let scorer = ToneScorer(lexicons: lexicons + [Self.lexicon(learned)], rules: rules)
            let heldOut = assignment.heldOut(fold)
            for index in heldOut { learnedCompounds[index] = scorer.scores(of: texts[index].text).compound }
            results.append(result(heldOut.map { baseCompounds[$0] }, heldOut.map { learnedCompounds[$0] }, heldOut.map { ratings[$0] }))
        }
        return LearnedLexicon(
            entries: entries(Self.solve(problem.ridge(excluding: nil, of: assignment), penalty: penalties[best]), candidates),
            penalty: penalties[best], penalties: penaltyResults, candidates: candidates.count,
            folds: results, overall: result(baseCompounds, learnedCompounds, ratings))
    }

    /// The regression: each text's row of the term matrix, the sum the engine reached and the
    /// sum its rating asks for.
    struct Problem {
        let features: Int
        let rows: [[(column: Int, value: Double)]]
        let baseSums: [Double]
        let targets: [Double]

        /// The normal equations of every text but those held out in `fold` (nil: of all).
        func ridge(excluding fold: Int?, of assignment: FoldAssignment) -> RidgeRegression {
            var ridge = RidgeRegression(features: features)
            for index in rows.indices where fold == nil || assignment.fold(of: index) != fold {
                ridge.add(rows[index], target: targets[index] - baseSums[index])
            }
            return ridge
        }
    }

    /// Each fold's corrections for every penalty, and each penalty's r over all held-out
    /// texts, each predicted by the normalised sum the fold's corrections give it.
    private func crossValidated(_ problem: Problem, _ assignment: FoldAssignment, ratings: [Double])
        -> (corrections: [[[Double]]], penalties: [LearnedLexicon.PenaltyResult]) {
        var predictions = penalties.map { _ in [Double](repeating: 0, count: ratings.count) }
        var foldCorrections: [[[Double]]] = []
        for fold in 0..<folds {
            let ridge = problem.ridge(excluding: fold, of: assignment)
            let corrections = penalties.map { Self.solve(ridge, penalty: $0) }
            for (choice, correction) in corrections.enumerated() {
                for index in assignment.heldOut(fold) {
                    let shift = problem.rows[index].reduce(0) { $0 + $1.value * correction[$1.column] }
                    predictions[choice][index] = ToneScores.normalized(problem.baseSums[index] + shift)
                }
            }
            foldCorrections.append(corrections)
        }
        let results = zip(penalties, predictions).map { penalty, predicted in
            LearnedLexicon.PenaltyResult(penalty: penalty, correlation: Agreement.pearson(predicted, ratings))
        }
        return (foldCorrections, results)
    }

    /// The learnable words in at least ``minimumTexts`` texts, the ``maximumTerms`` in most
    /// texts (ties by term), by term.
    func candidates(_ terms: [[String]], base: ToneScorer) -> [Candidate] {
        var counts: [String: Int] = [:]
        for textTerms in terms {
            for term in Set(textTerms) { counts[term, default: 0] += 1 }
        }
        let frequent = counts.filter { $0.value >= minimumTexts && base.mayLearn($0.key) }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(maximumTerms)
        return frequent.map { Candidate(term: $0.key, baseValence: base.valence(of: $0.key), texts: $0.value) }
            .sorted { $0.term < $1.term }
    }

    /// Each text's row of the term matrix: per candidate word, how much the text's sum moves
    /// per unit of the word's valence (see the type's discussion).
    func termRows(_ texts: [LabelledText], _ readings: [(compound: Double, terms: [String], contributions: [Double])],
                          _ candidates: [Candidate], base: ToneScorer) -> [[(column: Int, value: Double)]] {
        var columns: [String: Int] = [:]
        for (column, candidate) in candidates.enumerated() { columns[candidate.term] = column }
        // Every candidate gets a valence (its own, or 1), then one more unit away from zero:
        // the same words are lexicon words in both, so the rules treat them alike.
        let set = candidates.map { $0.baseValence.flatMap { $0 == 0 ? nil : $0 } ?? 1 }
        let signs = set.map { $0 > 0 ? 1.0 : -1.0 }
        let before = ToneScorer(lexicons: lexicons + [Self.lexicon(zip(candidates, set).map { ($0.term, $1) })], rules: rules)
        let after = ToneScorer(lexicons: lexicons + [Self.lexicon(zip(candidates, zip(set, signs)).map { ($0.term, $1.0 + $1.1) })],
                               rules: rules)
        return zip(texts, readings).map { text, reading in
            let (_, _, low) = before.termContributions(of: text.text)
            let (_, _, high) = after.termContributions(of: text.text)
            // The words are split alike whatever the valences; should they not be, each
            // occurrence counts as one plain word.
            let aligned = low.count == reading.terms.count && high.count == reading.terms.count
            let lengthFactor = ToneScores.lengthFactor(words: reading.terms.count, rules: rules)
            var row: [Int: Double] = [:]
            for (position, term) in reading.terms.enumerated() {
                guard let column = columns[term] else { continue }
                let response = aligned ? (high[position] - low[position]) * signs[column] : 1
                row[column, default: 0] += lengthFactor * response
            }
            return row.filter { $0.value != 0 }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        }
    }

    /// The entries for `corrections`: the candidates whose correction is material.
    private func entries(_ corrections: [Double], _ candidates: [Candidate]) -> [LearnedLexicon.Entry] {
        zip(candidates, corrections).compactMap { candidate, correction in
            guard abs(correction) >= Self.smallestCorrection else { return nil }
            let valence = min(4, max(-4, (candidate.baseValence ?? 0) + correction))
            return LearnedLexicon.Entry(term: candidate.term, valence: valence, baseValence: candidate.baseValence,
                                        texts: candidate.texts)
        }
    }

    private func result(_ base: [Double], _ learned: [Double], _ ratings: [Double]) -> LearnedLexicon.FoldResult {
        LearnedLexicon.FoldResult(texts: ratings.count,
                                  base: Agreement(compounds: base, ratings: ratings, midpoint: scale.midpoint),
                                  learned: Agreement(compounds: learned, ratings: ratings, midpoint: scale.midpoint))
    }

    private static func lexicon(_ entries: [LearnedLexicon.Entry]) -> ToneLexicon {
        lexicon(entries.map { ($0.term, $0.valence) })
    }

    private static func lexicon(_ entries: [(term: String, valence: Double)]) -> ToneLexicon {
        ToneLexicon(name: "learned", entries: entries, duplicates: [])
    }

    /// The corrections for `penalty`. The rows are finite by construction (valences, the
    /// length cap and the clamped sums are), so the system is positive definite.
    private static func solve(_ ridge: RidgeRegression, penalty: Double) -> [Double] {
        do {
            return try ridge.coefficients(penalty: penalty)
        } catch {
            preconditionFailure("LexiconLearner: the ridge system failed: \(error)")
        }
    }

    private static func clamped(_ value: Double, _ limit: Double) -> Double { min(limit, max(-limit, value)) }
}
