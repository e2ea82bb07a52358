import TenorText
import TenorSupport

/// Consecutive paragraphs of one of the documents being vectorized (indices into its
/// ``Document/paragraphs``).
struct ParagraphRun: Sendable {
    var document: Int
    var paragraphs: Range<Int>
}

/// The paragraphs of the documents being vectorized, in order, cut into batches of similar byte
/// size: the pieces of work that counting and assembly hand out to threads as they come free.
///
/// Fixed halves, one per core, made each phase wait for the slower core: on the two-core
/// benchmark machine (a virtual one, whose cores another guest may share) the halves of
/// medium.txt took from 71 to 166 ms, the slower one 11 ms longer at the median (15 runs), so a
/// core that runs slower now takes fewer batches. Batches are runs within each document, made
/// without a list of every paragraph (for medium.txt's 128,838 such a list took 4 ms on one
/// core).
struct ParagraphBatches: Sendable {
    /// Each batch's runs.
    let runs: [[ParagraphRun]]
    /// The bytes all batches hold.
    let bytes: Int

    var count: Int { runs.count }

    /// Batches of about `bytesPerBatch`, and `minimumCount` at least where the paragraphs allow
    /// (the last paragraph of a batch is the one that reaches its share; a paragraph is never
    /// split, so a long one may fill several shares); text below `wholeBelow` bytes stays one
    /// batch, as a thread costs more than it saves there.
    init(_ documents: [Document], bytesPerBatch: Int = 1 << 18, minimumCount: Int = availableWorkers, wholeBelow: Int = 1 << 18) {
        let bytes = documents.reduce(0) { total, document in document.paragraphs.reduce(total) { $0 + $1.count } }
        let parts = bytes < wholeBelow ? 1 : max(minimumCount, bytes / bytesPerBatch)
        var batches: [[ParagraphRun]] = [[]]
        var counted = 0
        for (index, document) in documents.enumerated() {
            var start = 0
            for (paragraph, range) in document.paragraphs.enumerated() {
                counted += range.count
                // bytes × count / parts without the product, which would overflow past a terabyte.
                if batches.count < parts, counted >= bytes / parts * batches.count + bytes % parts * batches.count / parts {
                    batches[batches.count - 1].append(ParagraphRun(document: index, paragraphs: start..<(paragraph + 1)))
                    batches.append([])
                    start = paragraph + 1
                }
            }
            if start < document.paragraphs.count {
                batches[batches.count - 1].append(ParagraphRun(document: index, paragraphs: start..<document.paragraphs.count))
            }
        }
        runs = batches.filter { !$0.isEmpty }
        self.bytes = bytes
    }
}
