import Tenor

extension ToneCommand {
    /// Whether rows can be written block by block: CSV, TSV or JSON Lines output, which carries
    /// no summaries.
    func writesInBlocks(_ format: OutputFormat) -> Bool {
        [.csv, .tsv, .jsonl].contains(format)
    }

    /// Scores and writes the input block by block, so memory holds a block, not the corpus.
    func writeInBlocks(_ blocks: BlockReader, _ analysis: ToneAnalysis, format: OutputFormat, progress: ProgressReporter) throws(CLIError) {
        var output = BlockOutput(format: format, progress: progress)
        try blocks.forEach { block, ids, unitsBefore, labelFiles throws(CLIError) in
            var report = analysis.report([block])
            report.files = labelFiles ? [] : nil
            for index in report.paragraphs.indices {
                report.paragraphs[index].paragraph += unitsBefore
                report.paragraphs[index].file = labelFiles ? block.name : nil
            }
            let identifiers = ids.map { ParagraphIDs(names: [block.name], ids: [$0], firstParagraph: unitsBefore + 1) }
            output.write(try ToneView(report: report, ids: identifiers, explain: explain).lines(format))
        }
    }
}
