/// What ``LexiconLearner`` learned: the lexicon entries to write and how well the learning did
/// on held-out folds.
public struct LearnedLexicon: Sendable, Equatable {
    /// One learned word.
    public struct Entry: Sendable, Equatable {
        public let term: String
        /// The valence to write: the base valence plus the correction, kept within -4…4.
        public let valence: Double
        /// The valence the base lexicons gave it, nil when they had none.
        public let baseValence: Double?
        /// How many training texts hold the word.
        public let texts: Int
    }

    /// The engine's agreement with the ratings on one fold's held-out texts, with the base
    /// lexicons and with the fold's learned lexicon added.
    public struct FoldResult: Sendable, Equatable {
        public let texts: Int
        public let base: Agreement
        public let learned: Agreement
    }

    /// The learned words, by term.
    public let entries: [Entry]
    /// The ridge penalty λ the folds chose.
    public let penalty: Double
    /// One penalty tried and the Pearson r of the fitted scores of the held-out texts, pooled
    /// over the folds (nil where r is undefined).
    public struct PenaltyResult: Sendable, Equatable {
        public let penalty: Double
        public let correlation: Double?
    }

    /// Every penalty tried.
    public let penalties: [PenaltyResult]
    /// How many words were candidates (frequent enough, learnable).
    public let candidates: Int
    /// One result per fold, each scored by the engine itself with the base lexicons plus the
    /// lexicon learned from the other folds.
    public let folds: [FoldResult]
    /// The same over all texts, each scored while held out.
    public let overall: FoldResult

    /// Whether the learned lexicons agreed better with the held-out ratings than the base
    /// lexicons did (Pearson r over all texts, each scored while held out).
    public var improves: Bool {
        guard let learned = overall.learned.correlation else { return false }
        return learned > overall.base.correlation ?? -1
    }
}
