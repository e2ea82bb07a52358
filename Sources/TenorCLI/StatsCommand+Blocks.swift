import Tenor

extension StatsCommand {
    /// Whether rows can be written block by block: every view but JSON and JSON Lines, whose
    /// rows carry key terms (those weigh each paragraph against its whole file).
    func writesInBlocks(_ format: OutputFormat) -> Bool {
        format != .json && format != .jsonl
    }

    /// Counts and writes the input block by block, so memory holds a block and the running
    /// totals (``StatisticsTally``), not the corpus.
    func writeInBlocks(_ blocks: BlockReader, to output: consuming BlockOutput) throws(CLIError) {
        let format = output.format
        // CSV and TSV show no summaries; the table and Markdown end with lexical diversity and
        // the most frequent terms.
        let options = StatisticsOptions(details: format == .table || format == .markdown)
        let analysis = StatisticsAnalysis(options: options)
        // All input first, then the file being read when rows name their files.
        var tallies = [StatisticsTally(file: nil, options: options)]
        var files: [TextStatistics] = []
        var labelFiles = false
        // A block's report is its rows: the totals are written at the end.
        let noTotals = StatisticsTally(file: nil, options: StatisticsOptions(details: false)).summary
        try blocks.forEach { block, ids, place throws(CLIError) in
            labelFiles = place.labelFiles
            if place.labelFiles, place.startsFile {
                if tallies.count > 1 { files.append(tallies.removeLast().summary) }
                tallies.append(StatisticsTally(file: block.name, options: options))
            }
            var rows = analysis.rows(of: block, tallying: &tallies)
            place.place(&rows, name: block.name)
            let report = StatisticsReport(paragraphs: rows, summary: noTotals, files: labelFiles ? [] : nil)
            try output.write(StatisticsView(report: report, ids: place.identifiers(ids, name: block.name)))
        }
        if tallies.count > 1 { files.append(tallies.removeLast().summary) }
        try output.finish(StatisticsView(report: StatisticsReport(paragraphs: [], summary: tallies[0].summary, files: labelFiles ? files : nil)))
    }
}
