import ArgumentParser
import Tenor
import TenorHTML

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Measure every paragraph: words, sentences, characters, reading grade, tone, top terms, nearest paragraph.",
        discussion: """
            Terms are weighted by TF-IDF over all inputs together (scikit-learn defaults, English \
            stop words left out); a paragraph's top terms are its highest-weighted ones.

            Tone is scored as `tenor tone` scores it (--engine, --lexicon). The \
            JSON's lexicon_profile gives each paragraph's mean score per word on every built-in \
            lexicon (vader, afinn, pattern_polarity, pattern_subjectivity) and on each lexicon \
            file given, named after the file; a negated word's valence counts -0.74 times.

            Each paragraph's reading grade is textstat's consensus (as `tenor stats`), and its \
            nearest paragraph the one whose terms are most alike (cosine, as `tenor similar`). \
            The summary gives totals, the reading grade, tone counts, mean and extremes, and key \
            terms, per file too when several are read.

            --format html writes one self-contained page: the summary, the tone arc, the reading \
            grade per paragraph, a similarity map (up to 200 paragraphs), and every paragraph \
            with the words that moved its tone marked (beyond 2,000 paragraphs, only the 10 most \
            positive, most negative and hardest). --output writes any format to a file, replaced \
            whole or not at all.

            Examples:
              tenor report article.txt
              tenor report chapters/ --format json > report.json
              tenor report --split lines tweets.txt --format csv
              tenor report article.txt --lexicon vader --lexicon my-words.tsv --format json
              tenor report corpus.txt --nearest exact
              tenor report article.txt --format html --output article.html
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var tone: ToneArguments
    @OptionGroup var formatting: OutputOptions
    @Option(help: ArgumentHelp("How the nearest paragraph is found: auto (exact up to \(NearestSearch.exactLimit) paragraphs, approximate beyond), exact (every pair), approximate (candidates sharing rare terms, scored exactly) or none.", valueName: "auto|exact|approximate|none"))
    var nearest: NearestSearch = .automatic
    @Option(name: .shortAndLong, help: "Write to this file (replaced whole or not at all) instead of standard output.",
            completion: .file())
    var output: String?
    @OptionGroup var progress: ProgressOptions

    func run() throws {
        let reporter = progress.reporter()
        defer { reporter.finish() }
        if output?.isEmpty == true { throw CLIError.usage("--output is empty: name the file to write") }
        let destination = try output.map { path throws(CLIError) in try OutputFile(BytePath(argument: path)) }
        let lexicons = try tone.lexicons()
        let options = ReportOptions(
            tone: tone.scorer(lexicons),
            // Only the JSON views show the profiles: the others need not compute them.
            profiler: [.json, .jsonl].contains(formatting.chosen)
                ? LexiconProfiler(adding: ProfileDimension.dimensions(ofUserLexicons: lexicons)) : nil,
            nearest: nearest)
        let inputs = try input.read(progress: reporter)
        let documents = inputs.documents
        let (report, terms): (Report, TermMatrix?)
        do {
            (report, terms) = try ReportAnalysis(options: options, progress: reporter.analysisHandler).reportWithTerms(documents)
        } catch {
            throw CLIError.usage("cannot weigh the terms of \(InputOptions.describe(documents)): \(error.commandLineMessage)")
        }
        try InputOptions.checkUnchanged(documents)
        reporter.begin("writing", paragraphsOf: documents)
        let lines = formatting.chosen == .html
            ? [HTMLReport(report: report, terms: terms, documents: documents, options: options).page()]
            : try ReportView(report: report, ids: inputs.identifiers).lines(formatting.chosen)
        reporter.finish()
        guard let destination else {
            let standardOutput = StandardOutput()
            for line in lines { standardOutput.line(line) }
            return
        }
        try destination.replace { file in
            try file.write(lines.joined(separator: "\n") + "\n")
        }
    }
}

extension NearestSearch: ExpressibleByArgument {}
