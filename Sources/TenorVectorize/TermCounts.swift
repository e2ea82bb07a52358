import TenorText

/// Term counts per paragraph for one contiguous run of paragraphs, with chunk-local term ids.
///
/// Chunks are counted in parallel, each with its own ``TermTable``; ``Vectorizer`` merges them.
struct TermCounts: Sendable {
    var table = TermTable()
    /// Row `r`'s entries are `termIDs[rowOffsets[r]..<rowOffsets[r + 1]]`, each id once.
    var rowOffsets: [Int] = [0]
    var termIDs: [Int32] = []
    var counts: [Int32] = []

    var rows: Int { rowOffsets.count - 1 }

    /// Counts the terms (words and word n-grams) of each paragraph.
    init(paragraphs: ArraySlice<ParagraphReference>, of documents: [Document], options: VectorizerOptions) {
        var scanner = SklearnTokenScanner(lowercase: options.lowercase)
        var state = RowState()
        var words: [Int32] = []
        var gram: [UInt8] = []
        let countsWords = options.ngramRange.contains(1)
        let longestGram = options.ngramRange.upperBound
        let shortestGram = max(2, options.ngramRange.lowerBound)
        for (row, paragraph) in paragraphs.enumerated() {
            words.removeAll(keepingCapacity: true)
            documents[paragraph.document].text.withUnsafeBufferPointer { text in
                scanner.forEachToken(in: text, range: paragraph.range) { token in
                    let (id, isNew) = table.intern(token)
                    if isNew { state.add(isStopWord: options.stopWords?.contains(token) ?? false) }
                    if !state.isStopWord[Int(id)] { words.append(id) }
                }
            }
            if countsWords {
                for id in words { record(id, row: row, state: &state) }
            }
            if longestGram >= shortestGram {
                for length in shortestGram...longestGram where length <= words.count {
                    for start in 0...(words.count - length) {
                        gram.removeAll(keepingCapacity: true)
                        for offset in 0..<length {
                            if offset > 0 { gram.append(0x20) }
                            gram.append(contentsOf: table.bytes(of: words[start + offset]))
                        }
                        let (id, isNew) = gram.withUnsafeBufferPointer { table.intern($0) }
                        if isNew { state.add(isStopWord: false) }
                        record(id, row: row, state: &state)
                    }
                }
            }
            rowOffsets.append(termIDs.count)
        }
    }

    /// Adds one occurrence of term `id` to the current (last) row.
    @inline(__always)
    private mutating func record(_ id: Int32, row: Int, state: inout RowState) {
        let term = Int(id)
        if state.lastRow[term] == row {
            counts[Int(state.slot[term])] += 1
        } else {
            state.lastRow[term] = row
            state.slot[term] = Int32(termIDs.count)
            termIDs.append(id)
            counts.append(1)
        }
    }

    /// Per-term bookkeeping while counting, indexed by chunk-local id.
    private struct RowState {
        var isStopWord: [Bool] = []
        /// The last row the term was counted in, and where its entry sits in that row.
        var lastRow: [Int] = []
        var slot: [Int32] = []

        mutating func add(isStopWord stop: Bool) {
            isStopWord.append(stop)
            lastRow.append(-1)
            slot.append(0)
        }
    }
}

/// One paragraph of one of the documents being vectorized.
struct ParagraphReference: Sendable {
    var document: Int
    var range: Range<Int>
}
