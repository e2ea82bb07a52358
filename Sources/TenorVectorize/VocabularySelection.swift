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

    /// - Parameter assigningColumns: whether to map each chunk's terms to their columns.
    init(chunks: [TermCounts], options: VectorizerOptions, documents: Int, assigningColumns: Bool = true) throws(VectorizerError) {
        let most = options.maxDocumentFrequency.paragraphs(of: documents)
        let least = options.minDocumentFrequency.paragraphs(of: documents)
        let sorted = parallelMap(chunks.count) { SortedTerms(chunks[$0]) }
        let merged = MergedTerms(chunks, sorted: sorted)
        guard !merged.documentFrequencies.isEmpty else { throw .emptyVocabulary }
        guard most >= least else { throw .documentFrequencyBoundsCross(min: least, max: most) }
        let bounds = Double(least)...Double(max(least, most))
        var kept = merged.documentFrequencies.indices.filter { bounds.contains(Double(merged.documentFrequencies[$0])) }
        if let limit = options.maxFeatures {
            kept = Self.mostFrequent(kept, limit: limit) { options.binary ? merged.documentFrequencies[$0] : merged.totals[$0] }
        }
        guard !kept.isEmpty else { throw .noTermsAfterPruning }

        var vocabulary = Vocabulary(capacity: kept.count)
        for term in kept {
            vocabulary.append(merged.arena[merged.spans[term]])
        }
        self.vocabulary = vocabulary
        documentFrequencies = kept.map { merged.documentFrequencies[$0] }
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

    /// One chunk's counted terms (stop words and the words of word n-grams are interned but not
    /// counted) in code-point order, which is byte order in UTF-8, each with its first eight
    /// bytes read big-endian, so that most comparisons are one integer comparison, and its counts.
    private struct SortedTerms: Sendable {
        var ids: [Int32] = []
        var prefixes: [UInt64] = []
        /// Where each term starts in its chunk's arena, and its length.
        var starts: [Int] = []
        var lengths: [Int32] = []
        var documents: [Int] = []
        var totals: [Int] = []

        init(_ chunk: TermCounts) {
            let table = chunk.table
            let counted = (0..<Int32(table.count)).compactMap { id -> PrefixSort.Keyed? in
                // The table keeps the first eight bytes little-endian: swapped, integer order is byte order.
                chunk.documentFrequencies[Int(id)] > 0 ? (table.prefix(of: id).byteSwapped, id) : nil
            }
            let keyed = table.arena.withUnsafeBufferPointer { arena in
                PrefixSort.sorted(counted) { Self.order(table.range(of: $0), table.range(of: $1), in: arena) < 0 }
            }
            ids = keyed.map(\.id)
            prefixes = keyed.map(\.prefix)
            starts = ids.map { table.range(of: $0).lowerBound }
            lengths = ids.map { Int32(table.range(of: $0).count) }
            documents = ids.map { Int(chunk.documentFrequencies[Int($0)]) }
            totals = ids.map { chunk.totals[Int($0)] }
        }

        /// Byte order of two terms of one arena (negative: the first sorts first).
        static func order(_ first: Range<Int>, _ second: Range<Int>, in arena: UnsafeBufferPointer<UInt8>) -> Int {
            order(UnsafeBufferPointer(rebasing: arena[first]), UnsafeBufferPointer(rebasing: arena[second]))
        }

        static func order(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Int {
            let common = min(first.count, second.count)
            let order = common == 0 ? 0 : Int(memcmp(first.baseAddress!, second.baseAddress!, common))
            return order != 0 ? order : first.count - second.count
        }
    }

    /// The chunks' sorted terms merged: every distinct term once, in code-point order, with its
    /// summed counts and where its bytes are; and each chunk's local id → merged term.
    ///
    /// The sorted lists are joined end to end first, and the chunks' term bytes copied into one
    /// arena (a megabyte for medium.txt), so that the merge reads a few flat arrays: a list of
    /// lists, or a chunk's table, would be retained and checked at every step.
    private struct MergedTerms {
        var documentFrequencies: [Int] = []
        var totals: [Int] = []
        /// Every chunk's term bytes, back to back.
        let arena: [UInt8]
        /// Where each merged term's bytes are in ``arena``.
        var spans: [Range<Int>] = []
        /// Per chunk, local id → merged term, or -1 for a term not counted.
        var termsOfChunks: [[Int32]] = []

        init(_ chunks: [TermCounts], sorted: [SortedTerms]) {
            let firsts = sorted.reduce(into: [0]) { $0.append($0.last! + $1.ids.count) }
            arena = chunks.flatMap(\.table.arena)
            let arenaStarts = chunks.reduce(into: [0]) { $0.append($0.last! + $1.table.arena.count) }
            let starts = sorted.indices.flatMap { chunk in sorted[chunk].starts.map { arenaStarts[chunk] + $0 } }
            let (ids, prefixes, lengths) = (sorted.flatMap(\.ids), sorted.flatMap(\.prefixes), sorted.flatMap(\.lengths))
            let (documents, counts) = (sorted.flatMap(\.documents), sorted.flatMap(\.totals))
            var termOfEntry = [Int32](repeating: -1, count: ids.count)
            // Every chunk's terms distinct is the most there can be: room for that up front, as
            // growing past the largest chunk's count copied each array (medium.txt: 45,000 terms
            // a chunk, 81,278 merged).
            let capacity = ids.count
            documentFrequencies.reserveCapacity(capacity)
            totals.reserveCapacity(capacity)
            spans.reserveCapacity(capacity)
            // The next unmerged entry of each chunk; each step finds the smallest term among them,
            // then takes it from every chunk whose next term equals it. Chunks are few (one per
            // core), so scans find them.
            var next = Array(firsts.dropLast())
            arena.withUnsafeBufferPointer { arena in
                prefixes.withUnsafeBufferPointer { prefixes in
                    termOfEntry.withUnsafeMutableBufferPointer { termOfEntry in
                        next.withUnsafeMutableBufferPointer { next in
                            func order(_ chunk: Int, _ other: Int) -> Int {
                                let (entry, best) = (next[chunk], next[other])
                                if prefixes[entry] != prefixes[best] { return prefixes[entry] < prefixes[best] ? -1 : 1 }
                                // Equal first bytes and no more of either: the shorter first.
                                let (length, bestLength) = (Int(lengths[entry]), Int(lengths[best]))
                                if min(length, bestLength) <= 8 { return length - bestLength }
                                return SortedTerms.order(UnsafeBufferPointer(rebasing: arena[(starts[entry] + 8)..<(starts[entry] + length)]),
                                                         UnsafeBufferPointer(rebasing: arena[(starts[best] + 8)..<(starts[best] + bestLength)]))
                            }
                            while true {
                                var smallest = -1
                                for chunk in chunks.indices where next[chunk] < firsts[chunk + 1] {
                                    if smallest < 0 || order(chunk, smallest) < 0 { smallest = chunk }
                                }
                                guard smallest >= 0 else { break }
                                let source = next[smallest]
                                let term = Int32(documentFrequencies.count)
                                var (inParagraphs, total) = (0, 0)
                                for chunk in chunks.indices where next[chunk] < firsts[chunk + 1] && (chunk == smallest || order(chunk, smallest) == 0) {
                                    let entry = next[chunk]
                                    inParagraphs += documents[entry]
                                    total += counts[entry]
                                    termOfEntry[entry] = term
                                    // The smallest chunk moves on last: the others compare with its entry.
                                    if chunk != smallest { next[chunk] += 1 }
                                }
                                next[smallest] += 1
                                documentFrequencies.append(inParagraphs)
                                totals.append(total)
                                spans.append(starts[source]..<(starts[source] + Int(lengths[source])))
                            }
                        }
                    }
                }
            }
            let merged = termOfEntry
            termsOfChunks = parallelMap(chunks.count) { chunk in
                var terms = [Int32](repeating: -1, count: chunks[chunk].table.count)
                for entry in firsts[chunk]..<firsts[chunk + 1] { terms[Int(ids[entry])] = merged[entry] }
                return terms
            }
        }
    }
}
