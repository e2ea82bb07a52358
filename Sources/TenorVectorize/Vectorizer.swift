#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TenorLinearAlgebra
import TenorText

/// Builds TF-IDF (or count) term matrices over paragraphs, as scikit-learn's `TfidfVectorizer`.
///
/// Paragraphs are counted in parallel chunks with chunk-local term tables, merged into one
/// vocabulary, sorted, pruned by document frequency and `maxFeatures`, then weighted row by row.
public struct Vectorizer: Sendable {
    public let options: VectorizerOptions

    public init(options: VectorizerOptions) {
        self.options = options
    }

    /// Learns the vocabulary (and idf) from every paragraph of `documents` and returns it with
    /// their term matrix; rows follow the documents' paragraphs in order.
    ///
    /// - Complexity: O(total text length + V log V) for V distinct terms.
    public func fitTransform(_ documents: [Document]) throws(VectorizerError) -> (model: FittedVectorizer, matrix: TermMatrix) {
        let paragraphs = documents.enumerated().flatMap { index, document in
            document.paragraphs.map { ParagraphReference(document: index, range: $0) }
        }
        let chunks = Self.chunks(of: paragraphs)
        let options = options
        var countedChunks = parallelMap(chunks.count) { chunk in
            TermCounts(paragraphs: paragraphs[chunks[chunk]], of: documents, options: options)
        }
        let merged = Merged(&countedChunks)
        let counted = countedChunks
        let columnOf = try selectColumns(merged, documents: paragraphs.count)
        let idf = options.weighting.inverseDocumentFrequencies(
            columnOf.documentFrequencies, documents: paragraphs.count)
        // Each chunk's local ids straight to columns, so rows are mapped with one lookup.
        let columnsOfChunks = parallelMap(counted.count) { chunk in
            merged.remaps[chunk].map { remap in remap.map { columnOf.columns[Int($0)] } }
                ?? columnOf.columns   // the first chunk's ids are the merged ids
        }
        let matrix = MatrixAssembly(counted: counted, columnsOfChunks: columnsOfChunks, options: options, idf: idf)
            .matrix(columns: columnOf.vocabulary.count)
        let fitted = FittedVectorizer(options: options, vocabulary: columnOf.vocabulary, inverseDocumentFrequencies: idf)
        return (fitted, TermMatrix(vocabulary: columnOf.vocabulary, values: matrix))
    }

    /// Contiguous runs of paragraphs of similar byte size, three per worker so that a worker
    /// that finishes early takes another (runs of one size still differ in vocabulary and so in
    /// time); small inputs stay whole because a thread costs more than it saves there.
    private static func chunks(of paragraphs: [ParagraphReference]) -> [Range<Int>] {
        let bytes = paragraphs.reduce(0) { $0 + $1.range.count }
        let parts = bytes < 1 << 18 ? 1 : 3 * availableWorkers
        return balancedRanges(count: paragraphs.count, parts: parts) { paragraphs[$0].range.count }
    }

    /// The chunk tables merged into one, with each chunk's local-id → merged-id map.
    private struct Merged {
        var table: TermTable
        var remaps: [[Int32]?]
        var documentFrequencies: [Int]
        var totals: [Int]

        /// Takes the first chunk's table as the base (moved out, not copied) and adds the
        /// others' terms to it.
        init(_ chunks: inout [TermCounts]) {
            var table = TermTable()
            if !chunks.isEmpty { swap(&table, &chunks[0].table) }
            var remaps: [[Int32]?] = [nil]
            for chunk in chunks.dropFirst() {
                remaps.append((0..<Int32(chunk.table.count)).map { id in
                    chunk.table.bytes(of: id).withUnsafeBufferPointer { table.intern($0).id }
                })
            }
            self.table = table
            self.remaps = remaps
            documentFrequencies = Array(repeating: 0, count: table.count)
            totals = Array(repeating: 0, count: table.count)
            for (chunk, remap) in zip(chunks, remaps) {
                for id in chunk.documentFrequencies.indices {
                    let merged = remap.map { Int($0[id]) } ?? id
                    documentFrequencies[merged] += Int(chunk.documentFrequencies[id])
                    totals[merged] += chunk.totals[id]
                }
            }
        }
    }

    /// The kept terms in column order and each merged id's column (-1 when dropped).
    private struct ColumnSelection {
        var vocabulary: Vocabulary
        var columns: [Int32]
        var documentFrequencies: [Int]
    }

    /// Sorts the counted terms, applies min_df / max_df / max_features as scikit-learn's
    /// `_limit_features` does, and numbers the survivors.
    private func selectColumns(_ merged: Merged, documents: Int) throws(VectorizerError) -> ColumnSelection {
        let table = merged.table
        let candidates = table.arena.withUnsafeBufferPointer { arena in
            Self.sortedByTerm((0..<Int32(table.count)).filter { merged.documentFrequencies[Int($0)] > 0 },
                              table: table, arena: arena)
        }
        guard !candidates.isEmpty else { throw .emptyVocabulary }
        let most = options.maxDocumentFrequency.paragraphs(of: documents)
        let least = options.minDocumentFrequency.paragraphs(of: documents)
        guard most >= least else { throw .documentFrequencyBoundsCross(min: least, max: most) }
        var kept = candidates.filter { id in
            let frequency = Double(merged.documentFrequencies[Int(id)])
            return frequency <= most && frequency >= least
        }
        if let limit = options.maxFeatures, kept.count > limit {
            // Highest total count first (with `binary`, counts are already 1 per paragraph, so
            // the totals are document frequencies, as in scikit-learn); the stable sort keeps
            // column order among equal totals.
            let totals = options.binary ? merged.documentFrequencies : merged.totals
            let ranked = kept.enumerated().sorted { a, b in
                let (countA, countB) = (totals[Int(a.element)], totals[Int(b.element)])
                return countA != countB ? countA > countB : a.offset < b.offset
            }
            kept = ranked.prefix(limit).sorted { $0.offset < $1.offset }.map(\.element)
        }
        guard !kept.isEmpty else { throw .noTermsAfterPruning }
        var vocabulary = Vocabulary(capacity: kept.count)
        var columns = [Int32](repeating: -1, count: merged.table.count)
        for (column, id) in kept.enumerated() {
            columns[Int(id)] = Int32(column)
            vocabulary.append(table.bytes(of: id))
        }
        return ColumnSelection(
            vocabulary: vocabulary, columns: columns,
            documentFrequencies: kept.map { merged.documentFrequencies[Int($0)] })
    }

    /// `ids` in code-point order of their terms (byte order is code-point order in UTF-8).
    ///
    /// Sorts on each term's first eight bytes read big-endian — an integer comparison — and
    /// compares the full bytes only between terms that share those eight.
    private static func sortedByTerm(_ ids: [Int32], table: TermTable, arena: UnsafeBufferPointer<UInt8>) -> [Int32] {
        let keyed = ids.map { id -> (prefix: UInt64, id: Int32) in
            let range = table.range(of: id)
            var prefix: UInt64 = 0
            for offset in 0..<8 {
                prefix <<= 8
                if offset < range.count { prefix |= UInt64(arena[range.lowerBound + offset]) }
            }
            return (prefix, id)
        }
        return keyed.sorted { a, b in
            if a.prefix != b.prefix { return a.prefix < b.prefix }
            let (first, second) = (table.range(of: a.id), table.range(of: b.id))
            let common = min(first.count, second.count)
            let order = memcmp(arena.baseAddress! + first.lowerBound, arena.baseAddress! + second.lowerBound, common)
            return order != 0 ? order < 0 : first.count < second.count
        }.map(\.id)
    }
}
