/// Why a corpus could not be turned into a term matrix.
public enum VectorizerError: Error, Equatable, CustomStringConvertible {
    /// No paragraph held a single countable term.
    case emptyVocabulary
    /// min_df and max_df leave no term.
    case noTermsAfterPruning
    /// max_df allows fewer paragraphs than min_df requires.
    case documentFrequencyBoundsCross(min: Double, max: Double)

    public var description: String {
        switch self {
        case .emptyVocabulary:
            "no terms found: the text holds no words of two or more letters or digits (or only stop words)"
        case .noTermsAfterPruning:
            "no terms remain after the document-frequency limits: lower the minimum document frequency or raise the maximum"
        case .documentFrequencyBoundsCross(let min, let max):
            "the maximum document frequency allows \(max) paragraphs but the minimum asks for \(min): make the maximum larger than the minimum"
        }
    }
}
