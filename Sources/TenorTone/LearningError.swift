/// Labelled texts a lexicon cannot be learned from.
public enum LearningError: Error, Equatable, CustomStringConvertible {
    /// Fewer texts than cross-validation folds (none included).
    case tooFewTexts(count: Int, folds: Int)
    /// Every text has the same rating, first read on `firstLine` and last on `lastLine`.
    case oneRating(rating: Double, firstLine: Int, lastLine: Int)
    /// No word the engine could learn a valence for occurs in enough texts.
    case noTerms(minimumTexts: Int)

    public var description: String {
        switch self {
        case .tooFewTexts(let count, let folds):
            return "\(count) labelled text\(count == 1 ? "" : "s") for \(folds) folds; give at least \(folds) texts (a few hundred learn well) or fewer folds"
        case .oneRating(let rating, let firstLine, let lastLine):
            return "every text has the same rating \(RatingScale.plain(rating)) (lines \(firstLine)–\(lastLine)); learning needs texts rated differently"
        case .noTerms(let minimumTexts):
            return "no word occurs in \(minimumTexts) or more texts (stop words, rule words and words without letters are not learned); give more texts or a lower minimum count of texts"
        }
    }
}
