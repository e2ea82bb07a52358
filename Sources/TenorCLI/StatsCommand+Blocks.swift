import Tenor

extension StatsCommand {
    /// Whether rows can be written block by block: CSV or TSV output, which carries no
    /// summaries and no key terms (those weigh each paragraph against its whole file).
    func writesInBlocks(_ format: OutputFormat) -> Bool {
        format == .csv || format == .tsv
    }

    /// Counts and writes the input block by block, so memory holds a block, not the corpus.
    func writeInBlocks(format: OutputFormat, progress: ProgressReporter) throws(CLIError) {
        let blocks = try input.blocks(progress: progress, phase: "counting")
        var output = BlockOutput(format: format, progress: progress)
        let analysis = StatisticsAnalysis(options: StatisticsOptions(details: false))
        try blocks.forEach { block, ids, place throws(CLIError) in
            var report = analysis.report([block])
            report.files = place.labelFiles ? [] : nil
            place.place(&report.paragraphs, name: block.name)
            try output.write(StatisticsView(report: report, ids: place.identifiers(ids, name: block.name)))
        }
    }
}
