import TenorSupport

extension VocabularySelection {
    /// The chunks' sorted terms merged: every distinct term once, in code-point order, with its
    /// summed counts and where its bytes are; and each chunk's local id → merged term.
    ///
    /// The chunks' term bytes are copied into one arena (a megabyte for medium.txt) that the
    /// merge and the vocabulary read, rather than each chunk's table, which would be retained
    /// and checked at every step. The merge is cut by first eight bytes into one range per core
    /// (equal first bytes stay together), each range merged on its own, as a merge sort's last
    /// step does, straight into its place in the result; the ranges' results are then moved
    /// up against each other.
    struct MergedTerms {
        private(set) var documentFrequencies: [Int] = []
        private(set) var totals: [Int] = []
        /// Every chunk's term bytes, back to back.
        let arena: [UInt8]
        /// Where each merged term's bytes are in ``arena``.
        private(set) var spans: [Range<Int>] = []
        /// Per chunk, local id → merged term, or -1 for a term not counted.
        private(set) var termsOfChunks: [[Int32]] = []

        /// - Parameter parts: how many ranges to merge at once; by default one per core from some
        ///   16,000 entries on, one below.
        init(_ chunks: [TermCounts], sorted: SortedEntries, parts: Int? = nil) {
            arena = chunks.flatMap(\.table.arena)
            let arenaStarts = chunks.reduce(into: [0]) { $0.append($0.last! + $1.table.arena.count) }
            let ranges = Self.ranges(of: sorted, count: parts ?? (sorted.entries.count < 1 << 14 ? 1 : availableWorkers))
            // Range r writes its terms from `room[r]` on: as many places as the ranges before it
            // hold entries, the most terms they can make.
            let room = ranges.reduce(into: [0]) { $0.append($0.last! + $1.reduce(0) { $0 + $1.count }) }
            var termOfEntry = [Int32](repeating: -1, count: sorted.entries.count)
            var made: [Int] = []
            let arena = arena
            documentFrequencies = [Int](unsafeUninitializedCapacity: room.last!) { documentBuffer, documentCount in
                totals = [Int](unsafeUninitializedCapacity: room.last!) { totalBuffer, totalCount in
                    spans = [Range<Int>](unsafeUninitializedCapacity: room.last!) { spanBuffer, spanCount in
                        termOfEntry.withUnsafeMutableBufferPointer { termOfEntry in
                            let output = Output(documents: documentBuffer, totals: totalBuffer, spans: spanBuffer, termOfEntry: termOfEntry)
                            made = parallelMap(ranges.count) { part in
                                Self.merge(sorted, ranges[part], arena: arena, arenaStarts: arenaStarts, into: output, at: room[part])
                            }
                            // Each range's terms moved down to follow the ones before.
                            var end = made.first ?? 0
                            for part in made.indices.dropFirst() {
                                output.move(made[part], from: room[part], to: end)
                                end += made[part]
                            }
                            (documentCount, totalCount, spanCount) = (end, end, end)
                        }
                    }
                }
            }
            // Each range numbered its terms from 0: the ranges before it made `first` terms.
            let firstTerms = made.reduce(into: [0]) { $0.append($0.last! + $1) }
            let numbered = termOfEntry
            termsOfChunks = parallelMap(chunks.count) { chunk in
                var terms = [Int32](repeating: -1, count: chunks[chunk].table.count)
                for (part, chunkRanges) in ranges.enumerated() {
                    let first = Int32(firstTerms[part])
                    for entry in chunkRanges[chunk] { terms[Int(sorted.entries[entry].id)] = numbered[entry] + first }
                }
                return terms
            }
        }

        /// Where the ranges put their terms, each in its own part.
        private struct Output: @unchecked Sendable {
            let documents: UnsafeMutableBufferPointer<Int>
            let totals: UnsafeMutableBufferPointer<Int>
            let spans: UnsafeMutableBufferPointer<Range<Int>>
            /// By sorted entry: its term, numbered from 0 in its range.
            let termOfEntry: UnsafeMutableBufferPointer<Int32>

            /// Moves `count` terms from place `source` down to place `target` (the two may overlap).
            func move(_ count: Int, from source: Int, to target: Int) {
                guard count > 0, source != target else { return }
                for buffer in [UnsafeMutableRawBufferPointer(documents), UnsafeMutableRawBufferPointer(totals)] {
                    (buffer.baseAddress! + target * 8).copyMemory(from: buffer.baseAddress! + source * 8, byteCount: count * 8)
                }
                let stride = MemoryLayout<Range<Int>>.stride
                let raw = UnsafeMutableRawBufferPointer(spans)
                (raw.baseAddress! + target * stride).copyMemory(from: raw.baseAddress! + source * stride, byteCount: count * stride)
            }
        }

        /// `count` ranges of first eight bytes, as per-chunk ranges of entries, cut where the
        /// largest chunk is cut in equal parts (never between equal first bytes).
        private static func ranges(of sorted: SortedEntries, count: Int) -> [[Range<Int>]] {
            let (firsts, entries) = (sorted.firsts, sorted.entries)
            guard let largest = sorted.chunks.max(by: { firsts[$0 + 1] - firsts[$0] < firsts[$1 + 1] - firsts[$1] }) else {
                return [[]]   // no chunk: text with no paragraph
            }
            let size = firsts[largest + 1] - firsts[largest]
            var bounds: [UInt64] = []
            for part in 1..<max(1, count) where size > 0 {
                let bound = entries[firsts[largest] + size * part / count].prefix
                if bound > (bounds.last ?? 0) { bounds.append(bound) }
            }
            // Per chunk, where each bound falls: the first entry whose prefix is not below it.
            let cuts = sorted.chunks.map { chunk in
                [firsts[chunk]] + bounds.map { bound in
                    var (low, high) = (firsts[chunk], firsts[chunk + 1])
                    while low < high {
                        let middle = (low + high) / 2
                        if entries[middle].prefix < bound { low = middle + 1 } else { high = middle }
                    }
                    return low
                } + [firsts[chunk + 1]]
            }
            return (0...bounds.count).map { part in sorted.chunks.map { cuts[$0][part]..<cuts[$0][part + 1] } }
        }

        /// Merges each chunk's entries in `ranges` into `output` from place `first` on; returns
        /// how many terms it made. Each step finds the smallest term among the chunks' next
        /// entries, then takes it from every chunk whose next term equals it; chunks are few
        /// (one per core), so scans find them.
        private static func merge(_ sorted: SortedEntries, _ ranges: [Range<Int>], arena: [UInt8], arenaStarts: [Int],
                                  into output: Output, at first: Int) -> Int {
            var made = 0
            var next = ranges.map(\.lowerBound)
            arena.withUnsafeBufferPointer { arena in
                sorted.entries.withUnsafeBufferPointer { entries in
                    next.withUnsafeMutableBufferPointer { next in
                        /// Byte order of the next entries of two chunks.
                        func order(_ chunk: Int, _ other: Int) -> Int {
                            let (entry, best) = (entries[next[chunk]], entries[next[other]])
                            if entry.prefix != best.prefix { return entry.prefix < best.prefix ? -1 : 1 }
                            // Equal first bytes and no more of either: the shorter first.
                            let (length, bestLength) = (Int(entry.length), Int(best.length))
                            if min(length, bestLength) <= 8 { return length - bestLength }
                            let (start, bestStart) = (arenaStarts[chunk] + entry.start, arenaStarts[other] + best.start)
                            return SortedEntries.order(UnsafeBufferPointer(rebasing: arena[(start + 8)..<(start + length)]),
                                                       UnsafeBufferPointer(rebasing: arena[(bestStart + 8)..<(bestStart + bestLength)]))
                        }
                        while true {
                            var smallest = -1
                            for chunk in ranges.indices where next[chunk] < ranges[chunk].upperBound {
                                if smallest < 0 || order(chunk, smallest) < 0 { smallest = chunk }
                            }
                            guard smallest >= 0 else { break }
                            let source = entries[next[smallest]]
                            var (inParagraphs, total) = (0, 0)
                            for chunk in ranges.indices where next[chunk] < ranges[chunk].upperBound && (chunk == smallest || order(chunk, smallest) == 0) {
                                let entry = entries[next[chunk]]
                                inParagraphs += Int(entry.documents)
                                total += entry.total
                                output.termOfEntry[next[chunk]] = Int32(made)
                                // The smallest chunk moves on last: the others compare with its entry.
                                if chunk != smallest { next[chunk] += 1 }
                            }
                            next[smallest] += 1
                            let start = arenaStarts[smallest] + source.start
                            (output.documents.baseAddress! + first + made).initialize(to: inParagraphs)
                            (output.totals.baseAddress! + first + made).initialize(to: total)
                            (output.spans.baseAddress! + first + made).initialize(to: start..<(start + Int(source.length)))
                            made += 1
                        }
                    }
                }
            }
            return made
        }
    }
}
