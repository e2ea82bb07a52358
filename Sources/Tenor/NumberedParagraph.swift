/// A paragraph of one of several documents: which document, its 1-based number there, its bytes.
typealias NumberedParagraph = (document: Int, number: Int, range: Range<Int>)

extension Array where Element == Document {
    /// Every paragraph of every document, in order.
    var numberedParagraphs: [NumberedParagraph] {
        enumerated().flatMap { index, document in
            document.paragraphs.enumerated().map { (document: index, number: $0.offset + 1, range: $0.element) }
        }
    }
}

/// Runs of `paragraphs` of about equal length, 16 per worker, for parallel passes.
func balancedChunks(of paragraphs: [NumberedParagraph]) -> [Range<Int>] {
    balancedRanges(count: paragraphs.count, parts: 16 * availableWorkers) { paragraphs[$0].range.count }
}
