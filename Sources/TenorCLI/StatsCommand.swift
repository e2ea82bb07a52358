import ArgumentParser
import Tenor

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count and score every paragraph: words, sentences, syllables, readability.",
        discussion: """
            Words, sentences and syllables come from Tenor's tokenizer, sentence splitter and \
            the CMU Pronouncing Dictionary (with rules for words it lacks). The readability \
            formulas are textstat 0.7.13's, given these counts. A formula that cannot be \
            computed (no sentences, no words) is empty in the table views and null with a \
            reason in JSON.

            Examples:
              tenor stats article.txt
              tenor stats chapters/ --format json > stats.json
              tenor stats --split lines reviews.txt --format tsv
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var formatting: OutputOptions
    @OptionGroup var progress: ProgressOptions

    func run() throws {
        let reporter = progress.reporter()
        defer { reporter.finish() }
        let format = formatting.chosen
        let paths = try input.paths()
        let output = BlockOutput(format: format, progress: reporter)
        guard format == .json || format == .jsonl else {
            return try writeInBlocks(try input.blocks(of: paths, progress: reporter, phase: "counting"), to: output)
        }
        // Key terms weigh each paragraph against its whole file: files are read twice, first
        // for their term counts; standard input or a pipe, which can be read once, is copied to
        // a temporary file first, or held in memory when no temporary file can be made.
        guard let copies = InputOptions.canReread(paths) ? [] : try InputOptions.copiesForRereading(paths, progress: reporter) else {
            let inputs = try input.read(progress: reporter)
            reporter.begin("counting", paragraphsOf: inputs.documents)
            let report = StatisticsAnalysis().report(inputs.documents)
            reporter.finish()
            let standardOutput = StandardOutput()
            for line in try StatisticsView(report: report, ids: inputs.identifiers).lines(format) { standardOutput.line(line) }
            return
        }
        // A copy cannot change; a file can, and then its key terms would not be its own.
        let versions = paths.indices.map { copies.indices.contains($0) && copies[$0] != nil ? nil : POSIXFile.version(of: paths[$0]) }
        let totals = try fileTermTotals(try input.blocks(of: paths, copies: copies, progress: reporter, phase: "counting terms", warns: false))
        func checkUnchanged(_ when: String) throws(CLIError) {
            if let changed = paths.indices.first(where: { versions[$0] != nil && POSIXFile.version(of: paths[$0]) != versions[$0] }) {
                throw .usage("\(paths[changed].quoted) changed while it was read\(when); its key terms need it read twice unchanged: run again when nothing writes to it")
            }
        }
        try checkUnchanged("")
        try writeInBlocks(try input.blocks(of: paths, copies: copies, progress: reporter, phase: "counting"), keyTermsWithin: totals, to: output)
        // The rows are written (and the JSON closed) by now; a change during the second pass
        // still makes their key terms another text's, which the exit status must say.
        try checkUnchanged(" a second time, so the rows written may not match it")
    }
}
