#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TenorText
import TenorSupport

/// The counted chunks' terms merged into one vocabulary, sorted, pruned by document frequency
/// and `maxFeatures` as scikit-learn's `_limit_features` does, and numbered; with each chunk's
/// local id → column.
///
/// Each chunk sorts its own counted terms (in parallel), then one pass merges the sorted lists
/// as a merge sort's last step does: equal terms meet side by side, so their counts add up, and
/// every term arrives in column order, with no table to intern the vocabulary into again.
struct VocabularySelection {
    let vocabulary: Vocabulary
    /// Per chunk, chunk-local id → column, or -1 for a dropped term; empty when not asked for
    /// (counting document frequencies needs only the vocabulary and its counts).
    let columnsOfChunks: [[Int32]]
    /// Per column, how many paragraphs hold the term.
    let documentFrequencies: [Int]
    /// Per column, how often the term occurs in all.
    let totals: [Int]

    /// - Parameters:
    ///   - assigningColumns: whether to map each chunk's terms to their columns.
    ///   - mergeParts: in how many ranges the terms are merged at once (see ``MergedTerms``).
    init(chunks: [TermCounts], options: VectorizerOptions, documents: Int, assigningColumns: Bool = true,
         mergeParts: Int? = nil) throws(VectorizerError) {
        let most = options.maxDocumentFrequency.paragraphs(of: documents)
        let least = options.minDocumentFrequency.paragraphs(of: documents)
        let merged = MergedTerms(chunks, sorted: SortedEntries(chunks), parts: mergeParts)
        guard !merged.documentFrequencies.isEmpty else { throw .emptyVocabulary }
        guard most >= least else { throw .documentFrequencyBoundsCross(min: least, max: most) }
        let bounds = least...max(least, most)
        let frequencies = merged.documentFrequencies
        // Kept whole (no bound or limit drops a term, the usual case), each merged term is its
        // own column: the merged counts and each chunk's id → term are the answer as they stand.
        // Picking and mapping them one by one cost 3 ms on one core for medium.txt.
        if options.maxFeatures == nil && frequencies.allSatisfy({ bounds.contains(Double($0)) }) {
            vocabulary = Vocabulary(frequencies.indices, spans: merged.spans, in: merged.arena)
            (documentFrequencies, totals) = (frequencies, merged.totals)
            columnsOfChunks = assigningColumns ? merged.termsOfChunks : []
            return
        }
        var kept = frequencies.indices.filter { bounds.contains(Double(frequencies[$0])) }
        if let limit = options.maxFeatures {
            kept = Self.mostFrequent(kept, limit: limit) { options.binary ? frequencies[$0] : merged.totals[$0] }
        }
        guard !kept.isEmpty else { throw .noTermsAfterPruning }

        vocabulary = Vocabulary(kept, spans: merged.spans, in: merged.arena)
        documentFrequencies = kept.map { frequencies[$0] }
        totals = kept.map { merged.totals[$0] }
        guard assigningColumns else {
            columnsOfChunks = []
            return
        }
        var columnOfTerm = [Int32](repeating: -1, count: merged.documentFrequencies.count)
        for (column, term) in kept.enumerated() { columnOfTerm[term] = Int32(column) }
        let columns = columnOfTerm
        columnsOfChunks = parallelMap(chunks.count) { chunk in
            merged.termsOfChunks[chunk].map { $0 < 0 ? -1 : columns[Int($0)] }
        }
    }

    /// scikit-learn's `max_features`: the `limit` terms of `terms` (in column order) with the
    /// highest totals, in column order. With `binary`, counts are already 1 per paragraph, so
    /// the totals are document frequencies, as in scikit-learn; among equal totals the earlier
    /// column is kept (the sort is stable).
    static func mostFrequent<Term>(_ terms: [Term], limit: Int, total: (Term) -> Int) -> [Term] {
        guard terms.count > limit else { return terms }
        let ranked = terms.enumerated().sorted { a, b in
            let (countA, countB) = (total(a.element), total(b.element))
            return countA != countB ? countA > countB : a.offset < b.offset
        }
        return ranked.prefix(limit).sorted { $0.offset < $1.offset }.map(\.element)
    }
}
