import TenorVectorize

/// How often a term occurs in a run of paragraphs.
public struct TermFrequency: Sendable, Hashable, Codable {
    public let term: String
    /// Its occurrences (the sum of its column over the paragraphs).
    public let count: Int
    /// The number of those paragraphs that hold it.
    public let documentFrequency: Int

    public init(term: String, count: Int, documentFrequency: Int) {
        self.term = term
        self.count = count
        self.documentFrequency = documentFrequency
    }
}

extension TermMatrix {
    /// The `limit` most frequent terms of the paragraphs `rows` (all when nil), by count
    /// descending, ties in column (term) order; terms that do not occur there are left out.
    ///
    /// What counts as a term — stop words left out or not, the token pattern, n-grams — is the
    /// vectorizer's options: build the matrix with `VectorizerOptions(stopWords: .english,
    /// weighting: .counts)` for the most frequent content words, without `stopWords` for all.
    ///
    /// - Precondition: the matrix holds counts (`weighting: .counts`); `rows` lies within the
    ///   matrix; `limit` ≥ 0.
    /// - Complexity: O(entries of `rows` + columns + k log k) for the k terms that occur.
    public func mostFrequentTerms(rows: Range<Int>? = nil, limit: Int) -> [TermFrequency] {
        precondition(limit >= 0, "mostFrequentTerms: limit \(limit) is negative")
        let totals = countTotals(rows: rows ?? 0..<self.rows)
        let ranked = (0..<columns).filter { totals.columns[$0] > 0 }.sorted { a, b in
            totals.columns[a] != totals.columns[b] ? totals.columns[a] > totals.columns[b] : a < b
        }
        return ranked.prefix(limit).map { column in
            TermFrequency(term: vocabulary[column], count: totals.columns[column],
                          documentFrequency: totals.documentFrequencies[column])
        }
    }
}
