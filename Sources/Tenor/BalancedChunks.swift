import TenorSupport
/// Runs of `paragraphs` of about equal length, 16 per worker, for parallel passes.
func balancedChunks(of paragraphs: [NumberedParagraph]) -> [Range<Int>] {
    balancedRanges(count: paragraphs.count, parts: 16 * availableWorkers) { paragraphs[$0].range.count }
}
