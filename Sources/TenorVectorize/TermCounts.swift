import TenorText
import TenorSupport

/// Term counts per paragraph for the batches of paragraphs one worker counted, with
/// worker-local term ids: a chunk of the corpus, its rows in the order the worker took them.
///
/// Workers count in parallel, each with its own ``TermTable``, taking batches as they come
/// free (see ``Vectorizer/count(_:options:)``); ``VocabularySelection`` merges their tables and
/// ``MatrixAssembly`` puts their rows back in corpus order.
struct TermCounts: Sendable {
    var table: TermTable
    /// Row `r`'s entries are `termIDs[rowOffsets[r]..<rowOffsets[r + 1]]`, each id once.
    var rowOffsets: [Int] = [0]
    var termIDs: [Int32] = []
    var counts = EntryCounts(capacity: 0)
    /// The batches counted here, in the order they were taken: each one's number and its first
    /// row here (its rows run to the next one's first, or to the end).
    private(set) var batches: [(batch: Int, firstRow: Int)] = []

    var rows: Int { rowOffsets.count - 1 }
    /// The most entries a row holds.
    private(set) var longestRow = 0

    /// Per chunk-local id: how many of the chunk's paragraphs hold the term, and how often it
    /// occurs in them (counted here, in parallel, so the merge only adds per term).
    private(set) var documentFrequencies: [Int32] = []
    private(set) var totals: [Int] = []

    /// Counts the terms (words and word n-grams) of each paragraph of each batch `nextBatch`
    /// hands out, until it hands out none.
    ///
    /// - Parameters:
    ///   - expectedBytes: about how much text the batches hold, to size the term table and the
    ///     entry arrays (more text only makes them grow).
    ///   - rows: about how many paragraphs they hold, likewise.
    init(expectedBytes bytes: Int, rows expectedRows: Int, of documents: [Document], options: VectorizerOptions,
         nextBatch: () -> (batch: Int, runs: [ParagraphRun])?) {
        var sklearnScanner = SklearnTokenScanner(lowercase: options.lowercase)
        var wordScanner = WordTermScanner()
        var terms = ScannedTerms()
        var entries = RowEntries()
        var knownIDs: [Int32] = []
        var words: [Int32] = []
        var gram: [UInt8] = []
        let countsWords = options.ngramRange.contains(1)
        let longestGram = options.ngramRange.upperBound
        let shortestGram = max(2, options.ngramRange.lowerBound)
        let formsGrams = longestGram >= shortestGram
        let stopWords = options.stopWords
        let tokenPattern = options.tokenPattern
        // English prose holds about one distinct term per paragraph per eight bytes; room for
        // more than that costs only address space (pages never written are never mapped),
        // while growing past it would copy everything counted so far. Twice the expected text:
        // a worker takes more than its share of the batches when another runs slower.
        let expectedEntries = 2 * bytes / 5
        // Sized for one distinct term per 200 bytes (medium.txt's halves hold one per 241 and
        // per 294; smaller parts of a corpus hold more per byte), so that the table seldom
        // grows: each growth copies every term into fresh pages and re-places it. Room never
        // filled costs only address space, except the slots, which start zeroed.
        table = TermTable(capacity: min(1 << 20, max(1 << 12, bytes / 200)))
        termIDs = Self.reserved(expectedEntries)
        counts = EntryCounts(capacity: expectedEntries)
        rowOffsets.reserveCapacity(2 * expectedRows + 1)
        var row = 0
        while let (batch, runs) = nextBatch() {
            batches.append((batch, row))
            // The text is fetched once per run: reading it per paragraph would touch its shared
            // reference count from every thread at once.
            for run in runs {
                let text = documents[run.document].text
                let ranges = documents[run.document].paragraphs
                text.withUnsafeBufferPointer { bytes in
                    for paragraph in ranges[run.paragraphs] {
                        switch tokenPattern {
                        case .sklearn: sklearnScanner.scan(bytes, range: paragraph, into: &terms)
                        case .words: wordScanner.scan(text, range: paragraph, into: &terms)
                        }
                        words.removeAll(keepingCapacity: true)
                        // A paragraph of n terms has at most n words and n - k + 1 grams of k words.
                        entries.start(room: terms.count * (longestGram - max(1, options.ngramRange.lowerBound) + 1))
                        // First the terms the table already holds, all at once so that their cache
                        // misses overlap; then, in order, the rest; then the row, from the payloads,
                        // which stay in place once the paragraph's terms are all interned.
                        if knownIDs.count < terms.count { knownIDs = Array(repeating: -1, count: max(terms.count, 2 * knownIDs.count)) }
                        knownIDs.withUnsafeMutableBufferPointer { ids in
                            table.knownShortTerms(terms.count, into: ids) { TermTable.Key(terms.term($0), prefix: terms.prefix($0)) }
                            for index in 0..<terms.count where ids[index] < 0 {
                                let term = terms.term(index)
                                // Stop words are decided once per distinct term and kept in its payload.
                                ids[index] = table.place(
                                    term, key: TermTable.Key(term, prefix: terms.prefix(index)),
                                    payload: stopWords?.contains(tokenPattern.stopWordKey(term)) == true ? RowSlot.stopWord : 0).position.id
                            }
                            table.withPayloads { payloads in
                                for index in 0..<terms.count {
                                    let id = ids[index]
                                    if stopWords != nil, payloads[id] & RowSlot.stopWord != 0 { continue }
                                    if countsWords, let state = Self.record(id, state: payloads[id], row: row, in: &entries) {
                                        payloads[id] = state
                                    }
                                    if formsGrams { words.append(id) }
                                }
                            }
                        }
                        if formsGrams {
                            countGrams(of: words, lengths: shortestGram...longestGram, row: row, buffer: &gram, in: &entries)
                        }
                        entries.append(to: &termIDs, &counts)
                        longestRow = max(longestRow, entries.count)
                        rowOffsets.append(termIDs.count)
                        row += 1
                    }
                }
            }
        }
        (documentFrequencies, totals) = Self.sums(termIDs: termIDs, counts: counts, terms: table.count)
    }

    /// Per term id: how many entries hold it, and their counts' sum. Through buffers, because
    /// indexing the arrays themselves checks their uniqueness for every one of the entries.
    private static func sums(termIDs: [Int32], counts: EntryCounts, terms: Int) -> (entries: [Int32], counts: [Int]) {
        var entries = [Int32](repeating: 0, count: terms)
        var sums = [Int](repeating: 0, count: terms)
        entries.withUnsafeMutableBufferPointer { entries in
            sums.withUnsafeMutableBufferPointer { sums in
                termIDs.withUnsafeBufferPointer { termIDs in
                    counts.withReader { counts in
                        for entry in termIDs.indices {
                            let id = Int(termIDs[entry])
                            entries[id] += 1
                            sums[id] += Int(counts[entry])
                        }
                    }
                }
            }
        }
        return (entries, sums)
    }

    /// An empty array with room for `capacity` elements, on huge pages where the system gives
    /// them (the room is asked for before anything is written to it).
    private static func reserved(_ capacity: Int) -> [Int32] {
        [Int32](unsafeUninitializedCapacity: capacity) { buffer, count in
            HugePages.advise(buffer)
            count = 0
        }
    }

    /// Counts the word n-grams of the given lengths over one paragraph's (non-stop) words.
    private mutating func countGrams(
        of words: [Int32], lengths: ClosedRange<Int>, row: Int, buffer gram: inout [UInt8], in entries: inout RowEntries
    ) {
        // Only lengths up to the paragraph's word count can occur (a huge MAX costs nothing).
        for length in lengths.lowerBound...max(lengths.lowerBound, min(lengths.upperBound, words.count)) where length <= words.count {
            for start in 0...(words.count - length) {
                gram.removeAll(keepingCapacity: true)
                for offset in 0..<length {
                    if offset > 0 { gram.append(0x20) }
                    gram.append(contentsOf: table.bytes(of: words[start + offset]))
                }
                let (position, _) = gram.withUnsafeBufferPointer { table.place($0, payload: 0) }
                if let state = Self.record(position.id, state: table.payload(at: position), row: row, in: &entries) {
                    table.setPayload(state, at: position)
                }
            }
        }
    }

    /// Adds one occurrence of term `id`, whose payload is `state`, to the row being counted;
    /// returns the payload to store when the term is new to the row.
    @inline(__always)
    private static func record(_ id: Int32, state: UInt64, row: Int, in entries: inout RowEntries) -> UInt64? {
        if let slot = RowSlot.slot(in: state, row: row) {
            entries.increment(slot)
            return nil
        }
        precondition(row < 1 << 31, "TermCounts: a chunk exceeds 2^31 rows")
        return RowSlot.placing(state, row: row, slot: entries.add(id))
    }

    /// The per-term state kept in the term table's payload while counting: bit 63 marks a stop
    /// word, bits 32…62 hold the last row the term was counted in plus one (0: none yet), bits
    /// 0…31 where its entry sits in that row (in ``RowEntries``).
    private enum RowSlot {
        static let stopWord: UInt64 = 1 << 63

        @inline(__always)
        static func slot(in state: UInt64, row: Int) -> Int? {
            (state >> 32) & 0x7FFF_FFFF == UInt64(row + 1) ? Int(state & 0xFFFF_FFFF) : nil
        }

        @inline(__always)
        static func placing(_ state: UInt64, row: Int, slot: Int) -> UInt64 {
            state & stopWord | UInt64(row + 1) << 32 | UInt64(slot)
        }
    }
}
