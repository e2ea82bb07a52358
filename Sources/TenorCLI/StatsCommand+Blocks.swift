import Tenor

extension StatsCommand {
    /// Counts and writes the input block by block, so memory holds a block and the running
    /// totals (``StatisticsTally``), not the corpus. JSON and JSON Lines rows carry key terms,
    /// which weigh each paragraph against its whole file: `files` holds each file's term counts
    /// from a first pass (``fileTermTotals(_:)``).
    func writeInBlocks(_ blocks: BlockReader, keyTermsWithin files: [KeynessTotals]? = nil, to output: consuming BlockOutput) throws(CLIError) {
        if output.format == .csv || output.format == .tsv { return try writeRows(blocks, to: output) }
        let analysis = StatisticsAnalysis(options: Self.options(output.format))
        // All input first, then the file being read when rows name their files.
        var tallies = [StatisticsTally(file: nil, options: analysis.options)]
        var summaries: [TextStatistics] = []
        var labelFiles = false
        // A block's report is its rows: the totals are written at the end.
        let noTotals = StatisticsTally(file: nil, options: StatisticsOptions(details: false)).summary
        func totals() -> StatisticsView {
            let files = labelFiles ? summaries + tallies.dropFirst().map(\.summary) : nil
            return StatisticsView(report: StatisticsReport(paragraphs: [], summary: tallies[0].summary, files: files))
        }
        do throws(CLIError) {
            try blocks.forEach { block, ids, place throws(CLIError) in
                labelFiles = place.labelFiles
                if place.labelFiles, place.startsFile {
                    if tallies.count > 1 { summaries.append(tallies.removeLast().summary) }
                    tallies.append(StatisticsTally(file: block.name, options: analysis.options))
                }
                var rows = analysis.rows(of: block, keyTermsWithin: files?[place.file], tallying: &tallies)
                place.place(&rows, name: block.name)
                let report = StatisticsReport(paragraphs: rows, summary: noTotals, files: labelFiles ? [] : nil)
                try output.write(StatisticsView(report: report, ids: place.identifiers(ids, name: block.name)))
            }
        } catch {
            output.closeAfterFailure(totals())
            throw error
        }
        try output.finish(totals())
    }

    /// CSV or TSV, which have no summaries: each block's rows written straight from each
    /// paragraph's counts as they are counted (``StatisticsRows``), nothing totalled.
    private func writeRows(_ blocks: BlockReader, to output: consuming BlockOutput) throws(CLIError) {
        let csv = output.format == .csv
        let analysis = StatisticsAnalysis(options: Self.options(output.format))
        try blocks.forEach { block, ids, place throws(CLIError) in
            let rows = StatisticsRows(csv: csv, file: place.labelFiles ? block.name : nil, ids: ids, paragraphsBefore: place.unitsBefore)
            let parts = analysis.foldCounts(of: block, start: { [UInt8]() }) { bytes, paragraph, counts in
                rows.append(paragraph: paragraph, counts, to: &bytes)
            }
            output.write(header: StatisticsRows.header(csv: csv, labelFiles: place.labelFiles, ids: ids != nil), rows: parts)
        }
    }

    /// The first pass over files whose rows need key terms: each file's term counts.
    func fileTermTotals(_ blocks: BlockReader) throws(CLIError) -> [KeynessTotals] {
        var totals: [KeynessTotals] = []
        try blocks.forEach { block, _, place throws(CLIError) in
            if place.startsFile { totals.append(KeynessTotals()) }
            StatisticsAnalysis.termTotals(of: block, into: &totals[totals.count - 1])
        }
        return totals
    }

    /// What each view shows: CSV and TSV no summaries and no lexical diversity or key terms;
    /// the others all of it.
    static func options(_ format: OutputFormat) -> StatisticsOptions {
        StatisticsOptions(details: format != .csv && format != .tsv)
    }
}
