import TenorLinearAlgebra

/// Every paragraph's score on every lexicon dimension: row = paragraph, column = dimension.
///
/// A score is the mean over the paragraph's words of the word's lexicon score, a negated word's
/// valence counting -0.74 times (VADER's negation factor); words the lexicon lacks count 0.
public struct LexiconProfiles: Sendable {
    /// The dimension names, in column order.
    public let dimensions: [String]
    /// paragraphs × dimensions.
    public let scores: DenseMatrix<Float>

    /// The scores of one paragraph (0-based row), by dimension name, as their shortest decimals.
    public func profile(ofParagraph row: Int) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: dimensions.indices.map { (dimensions[$0], scores[row, $0].shortestDecimal) })
    }
}
