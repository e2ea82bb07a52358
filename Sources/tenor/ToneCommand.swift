import ArgumentParser
import Tenor

struct ToneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tone",
        abstract: "Score the tone of every paragraph: compound, positive, neutral, negative, label.",
        discussion: """
            --engine vader gives vaderSentiment 3.3.2's polarity_scores for each paragraph, \
            exactly (compound rounded to 4 decimals, the shares to 3). The label is positive \
            when compound ≥ 0.05, negative when compound ≤ -0.05, else neutral. Tenor's own \
            engine (--engine tenor) is not built yet; vader is the default for now.

            --lexicon picks the word valences: a built-in (vader, afinn, textblob) or a TSV \
            file with a header line and term<TAB>score rows on VADER's -4…4 scale. Several \
            --lexicon options combine, a later one overriding an earlier one's terms.

            Examples:
              tenor tone reviews.txt
              tenor tone --split lines tweets.txt --format tsv
              tenor tone --sentences chapter.md --format json
              tenor tone --lexicon vader --lexicon my-words.tsv notes.txt
            """)

    @OptionGroup var input: InputOptions
    @Option(help: "tenor or vader (default: vader while Tenor's own engine is not built).")
    var engine: ToneEngine = .vader
    @OptionGroup var lexicons: LexiconArguments
    @Flag(help: "Score every sentence on its own (adds a sentence column).")
    var sentences = false
    @Option(help: "table, json, jsonl, csv, tsv or markdown (default: table on a terminal, else tsv).")
    var format: OutputFormat?

    func run() throws {
        guard let rules = engine.rules else {
            throw CLIError.usage("the '\(engine.rawValue)' engine is not available yet: use --engine vader")
        }
        let chosen = try lexicons.load()
        let analysis = ToneAnalysis(engine: engine, scorer: ToneScorer(lexicons: chosen, rules: rules),
                                    lexiconNames: lexicons.chosenNames, sentences: sentences)
        let report = analysis.report(try input.documents())
        let output = StandardOutput()
        for line in try ToneView(report: report).lines(format ?? .automatic) { output.line(line) }
    }
}

extension ToneEngine: ExpressibleByArgument {}
