import ArgumentParser
import Tenor

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Measure every paragraph: words, sentences, characters, distinctive terms.",
        discussion: """
            Terms are weighted by TF-IDF over all inputs together (scikit-learn defaults, English \
            stop words left out); a paragraph's top terms are its highest-weighted ones.

            Tone is scored as `tenor tone` scores it (--engine, --lexicon). The \
            JSON's lexicon_profile gives each paragraph's mean score per word on every built-in \
            lexicon (vader, afinn, pattern_polarity, pattern_subjectivity) and on each lexicon \
            file given, named after the file; a negated word's valence counts -0.74 times.

            Examples:
              tenor report article.txt
              tenor report chapters/ --format json > report.json
              tenor report --split lines tweets.txt --format csv
              tenor report article.txt --lexicon vader --lexicon my-words.tsv --format json
              tenor report corpus.txt --nearest exact
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var tone: ToneArguments
    @OptionGroup var formatting: OutputOptions
    @Option(help: ArgumentHelp("How the nearest paragraph is found: auto (exact up to \(NearestSearch.exactLimit) paragraphs, approximate beyond), exact (every pair), approximate (candidates sharing rare terms, scored exactly) or none.", valueName: "auto|exact|approximate|none"))
    var nearest: NearestSearch = .automatic

    func run() throws {
        let lexicons = try tone.lexicons()
        let options = ReportOptions(
            tone: tone.scorer(lexicons),
            // Only the JSON views show the profiles: the others need not compute them.
            profiler: [.json, .jsonl].contains(formatting.chosen)
                ? LexiconProfiler(adding: ProfileDimension.dimensions(ofUserLexicons: lexicons)) : nil,
            nearest: nearest)
        let inputs = try input.read()
        let documents = inputs.documents
        let report: Report
        do {
            report = try ReportAnalysis(options: options).report(documents)
        } catch {
            throw CLIError.usage("cannot weigh the terms of \(InputOptions.describe(documents)): \(error.commandLineMessage)")
        }
        let output = StandardOutput()
        for line in try ReportView(report: report, ids: inputs.identifiers).lines(formatting.chosen) { output.line(line) }
    }
}

extension NearestSearch: ExpressibleByArgument {}
