import Tenor

extension ToneCommand {
    /// Scores and writes the input block by block, so memory holds a block, not the corpus: the
    /// summaries are running totals (``ToneTally``), per file and over all input.
    func writeInBlocks(_ blocks: BlockReader, _ analysis: ToneAnalysis, to output: consuming BlockOutput) throws(CLIError) {
        var all = ToneTally(file: nil)
        var files: [ToneSummary] = []
        var file: ToneTally?
        // A report without rows, to carry the totals.
        var template: ToneReport?
        func totals() -> ToneView? {
            guard var totals = template else { return nil }
            totals.summary = all.summary
            totals.files = totals.files.map { _ in files + (file.map { [$0.summary] } ?? []) }
            return view(totals, ids: nil)
        }
        do throws(CLIError) {
            try blocks.forEach { block, ids, place throws(CLIError) in
                var report = analysis.report([block])
                place.place(&report.paragraphs, name: block.name)
                if place.labelFiles, place.startsFile {
                    if let file { files.append(file.summary) }
                    file = ToneTally(file: block.name)
                }
                for unit in report.paragraphs {
                    all.add(unit)
                    file?.add(unit)
                }
                report.files = place.labelFiles ? [] : nil
                try output.write(view(report, ids: place.identifiers(ids, name: block.name)))
                report.paragraphs = []
                template = report
            }
        } catch {
            if let totals = totals() { output.closeAfterFailure(totals) }
            throw error
        }
        if let totals = totals() { try output.finish(totals) }
    }

    private func view(_ report: ToneReport, ids: ParagraphIDs?) -> ToneView {
        ToneView(report: report, ids: ids, sentences: sentences, explain: explain)
    }
}
