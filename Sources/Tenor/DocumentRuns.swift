import TenorText

/// `rows` of `paragraphs` cut where the document changes, in order: a worker fetches each
/// document's text once per run. Fetching it per paragraph would retain and release it from
/// every worker at once, on the one reference count they share.
func documentRuns(_ rows: Range<Int>, of paragraphs: [NumberedParagraph]) -> [(document: Int, rows: Range<Int>)] {
    var runs: [(document: Int, rows: Range<Int>)] = []
    var start = rows.lowerBound
    for row in rows where row + 1 == rows.upperBound || paragraphs[row + 1].document != paragraphs[row].document {
        runs.append((paragraphs[start].document, start..<(row + 1)))
        start = row + 1
    }
    return runs
}
