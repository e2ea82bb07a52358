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
/// The terms are split by first byte into contiguous ranges, one per worker. Byte order is
/// code-point order in UTF-8, so every term of a lower range sorts before every term of a
/// higher one: each range is merged, sorted and pruned on its own, in parallel, and the
/// columns are the ranges one after another.
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
    ///   - parts: how many ranges of first bytes to work on in parallel (by default one per
    ///     worker, or one for a single chunk).
    ///   - assigningColumns: whether to map each chunk's terms to their columns.
    init(chunks: [TermCounts], options: VectorizerOptions, documents: Int, parts: Int? = nil,
         assigningColumns: Bool = true) throws(VectorizerError) {
        let most = options.maxDocumentFrequency.paragraphs(of: documents)
        let least = options.minDocumentFrequency.paragraphs(of: documents)
        let ranges = Self.firstByteRanges(of: chunks, parts: parts ?? (chunks.count > 1 ? availableWorkers : 1))
        let parts = parallelMap(ranges.count) { part in
            Part(firstBytes: ranges[part].bytes, chunks: chunks, documentFrequencyBounds: least...max(least, most),
                 capacity: ranges[part].terms)
        }
        guard parts.contains(where: { $0.candidates > 0 }) else { throw .emptyVocabulary }
        guard most >= least else { throw .documentFrequencyBoundsCross(min: least, max: most) }
        var kept = parts.indices.flatMap { part in parts[part].kept.map { (part: part, id: $0) } }
        if let limit = options.maxFeatures {
            kept = Self.mostFrequent(kept, limit: limit) { term in
                let part = parts[term.part]
                return options.binary ? part.documentFrequencies[Int(term.id)] : part.totals[Int(term.id)]
            }
        }
        guard !kept.isEmpty else { throw .noTermsAfterPruning }

        var vocabulary = Vocabulary(capacity: kept.count)
        for term in kept { vocabulary.append(parts[term.part].table.bytes(of: term.id)) }
        self.vocabulary = vocabulary
        documentFrequencies = kept.map { parts[$0.part].documentFrequencies[Int($0.id)] }
        totals = kept.map { parts[$0.part].totals[Int($0.id)] }
        guard assigningColumns else {
            columnsOfChunks = []
            return
        }
        var columnsOfParts = parts.map { [Int32](repeating: -1, count: $0.table.count) }
        for (column, term) in kept.enumerated() { columnsOfParts[term.part][Int(term.id)] = Int32(column) }
        let columnsOfTerms = columnsOfParts
        columnsOfChunks = parallelMap(chunks.count) { chunk in
            (0..<chunks[chunk].table.count).map { id in
                for (part, columns) in zip(parts, columnsOfTerms) where part.ids[chunk][id] >= 0 {
                    return columns[Int(part.ids[chunk][id])]
                }
                return -1
            }
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

    /// Contiguous ranges of first bytes holding similar numbers of the chunks' terms, with those
    /// numbers (each term counted once per chunk that holds it: a bound on the distinct terms).
    private static func firstByteRanges(of chunks: [TermCounts], parts: Int) -> [(bytes: Range<Int>, terms: Int)] {
        var histogram = [Int](repeating: 0, count: 256)
        for chunk in chunks {
            chunk.table.arena.withUnsafeBufferPointer { arena in
                for id in 0..<Int32(chunk.table.count) { histogram[Int(arena[chunk.table.range(of: id).lowerBound])] += 1 }
            }
        }
        let split = balancedRanges(count: 256, parts: parts) { histogram[$0] }
        return split.map { range in (range, histogram[range].reduce(0, +)) }
    }

    /// The terms whose first byte lies in one range: merged from every chunk, with their
    /// document frequencies and totals, and those within the bounds in term order.
    private struct Part: Sendable {
        var table: TermTable
        /// Per chunk, chunk-local id → id in ``table``, or -1 for a term of another range.
        var ids: [[Int32]] = []
        var documentFrequencies: [Int] = []
        var totals: [Int] = []
        /// How many terms were counted at all (stop words and the words of word n-grams are
        /// interned but not counted).
        var candidates = 0
        /// The counted terms within the document-frequency bounds, in term order.
        var kept: [Int32] = []

        init(firstBytes: Range<Int>, chunks: [TermCounts], documentFrequencyBounds bounds: ClosedRange<Double>, capacity: Int) {
            // Sized once for every term the chunks hold here: growing would re-place them all.
            table = TermTable(capacity: capacity)
            documentFrequencies.reserveCapacity(capacity)
            totals.reserveCapacity(capacity)
            for chunk in chunks {
                var map = [Int32](repeating: -1, count: chunk.table.count)
                chunk.table.arena.withUnsafeBufferPointer { arena in
                    for id in 0..<chunk.table.count {
                        let range = chunk.table.range(of: Int32(id))
                        guard firstBytes.contains(Int(arena[range.lowerBound])) else { continue }
                        let (merged, isNew) = table.intern(UnsafeBufferPointer(rebasing: arena[range]))
                        if isNew {
                            documentFrequencies.append(0)
                            totals.append(0)
                        }
                        documentFrequencies[Int(merged)] += Int(chunk.documentFrequencies[id])
                        totals[Int(merged)] += chunk.totals[id]
                        map[id] = merged
                    }
                }
                ids.append(map)
            }
            let counted = (0..<Int32(table.count)).filter { documentFrequencies[Int($0)] > 0 }
            candidates = counted.count
            kept = sortedByTerm(counted.filter { bounds.contains(Double(documentFrequencies[Int($0)])) })
        }

        /// `ids` in code-point order of their terms (byte order is code-point order in UTF-8).
        ///
        /// Sorts on each term's first eight bytes read big-endian — an integer comparison — and
        /// compares the full bytes only between terms that share those eight.
        private func sortedByTerm(_ ids: [Int32]) -> [Int32] {
            let table = table
            return table.arena.withUnsafeBufferPointer { arena in
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
    }
}
