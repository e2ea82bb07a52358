/// Why a similarity search cannot run, in words a user can act on.
public enum SimilarityError: Error, Equatable, CustomStringConvertible {
    case invalidCount(Int)
    case minimumScoreOutOfRange(Double)
    case invalidDimensions(Int)
    /// A query paragraph (1-based) has no term of the searched paragraphs' vocabulary.
    case queryHasNoKnownTerm(paragraph: Int)
    /// The searched paragraphs have no terms at all, so no query can match.
    case nothingToSearch
    /// LAPACK failed inside LSA (it should not on finite input).
    case lsaFailed(String)
    /// The vectorizer options leave no term to compare by.
    case vectorizer(VectorizerError)

    public var description: String {
        switch self {
        case .invalidCount(let count):
            "the number of neighbours must be at least 1, got \(count)"
        case .minimumScoreOutOfRange(let score):
            "the minimum score \(score) is outside [-1, 1]: cosine similarities lie there"
        case .invalidDimensions(let dimensions):
            "LSA needs at least 1 dimension, got \(dimensions)"
        case .queryHasNoKnownTerm(let paragraph):
            "query paragraph \(paragraph) has no term that occurs in the searched paragraphs: try other words"
        case .nothingToSearch:
            "the searched paragraphs have no terms, so nothing can match the query"
        case .lsaFailed(let reason):
            "LSA failed: \(reason); compare TF-IDF rows instead (method tfidf)"
        case .vectorizer(let error):
            error.description
        }
    }
}
