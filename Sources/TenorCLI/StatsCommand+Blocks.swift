import Tenor

extension StatsCommand {
    /// Whether rows can be written block by block: CSV or TSV output, which carries no
    /// summaries and no key terms (those weigh each paragraph against its whole file).
    func writesInBlocks(_ format: OutputFormat) -> Bool {
        format == .csv || format == .tsv
    }

    /// Counts and writes the input block by block, so memory holds a block, not the corpus;
    /// each block's rows are written as its paragraphs are counted (``StatisticsRows``).
    func writeInBlocks(format: OutputFormat, progress: ProgressReporter) throws(CLIError) {
        let blocks = try input.blocks(progress: progress, phase: "counting")
        var output = BlockOutput(format: format, progress: progress)
        let analysis = StatisticsAnalysis(options: StatisticsOptions(details: false))
        try blocks.forEach { block, ids, unitsBefore, labelFiles throws(CLIError) in
            let csv = format == .csv
            let rows = StatisticsRows(csv: csv, file: labelFiles ? block.name : nil, ids: ids, paragraphsBefore: unitsBefore)
            let parts = analysis.foldCounts(of: block, start: { [UInt8]() }) { bytes, paragraph, counts in
                rows.append(paragraph: paragraph, counts, to: &bytes)
            }
            output.write(header: StatisticsRows.header(csv: csv, labelFiles: labelFiles, ids: ids != nil), rows: parts)
        }
    }
}
