import ArgumentParser
import Tenor

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Measure every paragraph: words, sentences, characters, distinctive terms.",
        discussion: """
            Terms are weighted by TF-IDF over all inputs together (scikit-learn defaults, English \
            stop words left out); a paragraph's top terms are its highest-weighted ones.

            Examples:
              tenor report article.txt
              tenor report chapters/ --format json > report.json
              tenor report --split lines tweets.txt --format csv
            """)

    @OptionGroup var input: InputOptions
    @Option(help: "table, json, jsonl, csv, tsv or markdown (default: table on a terminal, else tsv).")
    var format: OutputFormat?

    func run() throws {
        let report = Analysis().report(try input.documents())
        let output = StandardOutput()
        for line in try ReportView(report: report).lines(format ?? .automatic) { output.line(line) }
    }
}
