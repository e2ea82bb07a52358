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
        if writesInBlocks(format) {
            let blocks = try input.blocks(progress: reporter, phase: "counting")
            return try writeInBlocks(blocks, to: BlockOutput(format: format, progress: reporter))
        }
        let inputs = try input.read(progress: reporter)
        reporter.begin("counting", paragraphsOf: inputs.documents)
        let report = StatisticsAnalysis().report(inputs.documents)
        reporter.finish()
        let output = StandardOutput()
        for line in try StatisticsView(report: report, ids: inputs.identifiers).lines(format) { output.line(line) }
    }
}
