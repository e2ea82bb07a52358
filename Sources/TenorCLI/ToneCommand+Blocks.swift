import Tenor

extension ToneCommand {
    /// Scores and writes the input block by block, so memory holds a block, not the corpus: the
    /// summaries are running totals (``ToneTally``), per file and over all input.
    func writeInBlocks(_ blocks: BlockReader, _ analysis: ToneAnalysis, to output: consuming BlockOutput) throws(CLIError) {
        var all = ToneTally(file: nil)
        var files: [ToneSummary] = []
        var file: ToneTally?
        var totals: ToneReport?
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
            totals = report
        }
        guard var totals else { return }
        if let file { files.append(file.summary) }
        totals.summary = all.summary
        totals.files = totals.files.map { _ in files }
        try output.finish(view(totals, ids: nil))
    }

    private func view(_ report: ToneReport, ids: ParagraphIDs?) -> ToneView {
        ToneView(report: report, ids: ids, sentences: sentences, explain: explain)
    }
}
