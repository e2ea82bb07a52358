import TenorVectorize

/// What a paragraph's key terms are weighed against when its document is read in parts (a
/// corpus block by block): each term's count over the whole document, and the document's
/// count of terms and of paragraphs. A table as large as the vocabulary, gathered in a first
/// pass (``add(_:)`` for each part's term matrix) before any key terms are computed.
public struct KeynessTotals: Sendable {
    /// Each term's occurrences in the document, by its UTF-8 bytes (a Swift string key would
    /// take a term's canonically equivalent spellings, `crème` composed and decomposed, for
    /// one, where the vocabulary holds two).
    public private(set) var counts: [[UInt8]: Int] = [:]
    /// Occurrences of all terms.
    public private(set) var terms = 0
    public private(set) var paragraphs = 0

    public init() {}

    /// Adds a part of the document: its term counts, a row a paragraph.
    public mutating func add(_ matrix: TermMatrix) {
        let totals = matrix.countTotals(rows: 0..<matrix.rows)
        for column in 0..<matrix.columns where totals.columns[column] > 0 {
            counts[Array(matrix.vocabulary[column].utf8), default: 0] += totals.columns[column]
        }
        terms += totals.columns.reduce(0, +)
        paragraphs += matrix.rows
    }

    /// Adds paragraphs without any term (a part whose matrix could not be made).
    public mutating func add(paragraphsWithoutTerms count: Int) {
        paragraphs += count
    }
}
