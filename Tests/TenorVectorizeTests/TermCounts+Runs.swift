import TenorText
@testable import TenorVectorize

extension TermCounts {
    /// Counts the terms of `runs` as one batch numbered `batch`: a chunk built by hand, as the
    /// tests of the merge and the assembly need.
    init(runs: [ParagraphRun], of documents: [Document], options: VectorizerOptions, batch: Int) {
        let bytes = runs.reduce(0) { total, run in documents[run.document].paragraphs[run.paragraphs].reduce(total) { $0 + $1.count } }
        var taken = false
        self.init(expectedBytes: bytes, rows: runs.reduce(0) { $0 + $1.paragraphs.count }, of: documents, options: options) {
            defer { taken = true }
            return taken ? nil : (batch, runs)
        }
    }
}
