import ArgumentParser
import Tenor

struct LearnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learn",
        abstract: "Learn a domain lexicon from labelled texts, for tenor tone --lexicon.",
        discussion: """
            LABELLED is a TSV file (a header line, then text<TAB>label per line) or JSON Lines \
            (one object per line; --text-field and --label-field name the fields, by default \
            text and label). A label is a number on the rating scale (--scale, by default VADER's \
            -4…4) or one of positive, neutral, negative, read as halfway from the midpoint to \
            either end (+2, 0, -2 on -4…4).

            Each rating is turned into the valence sum the engine's compound would need, and \
            the gap to the sum the engine reaches is fitted by ridge regression on the words \
            (in at least --min-count texts, at most --max-terms of them; stop words and rule \
            words such as not, very, but are left alone), each word weighted by how the engine's \
            rules let it move its text (negated, after 'but', length cap). The penalty is \
            chosen by --folds-fold cross-validation; the folds' Pearson r and sign accuracy, \
            with the base engine beside them, are printed. --output gets every word whose \
            valence moved by 0.1 or more: base valence plus correction, on -4…4. It is written \
            whole or not at all, and not at all (exit status 2) when the learned words do not \
            raise the held-out r.

            Examples:
              tenor learn reviews.tsv --output reviews-lexicon.tsv
              tenor tone --lexicon tenor --lexicon reviews-lexicon.tsv new-reviews.txt
              tenor learn tickets.jsonl --text-field body --label-field sentiment --output support.tsv
              tenor learn stars.tsv --scale 1:5 --engine vader --lexicon vader --output stars.tsv
            """)

    @Argument(help: ArgumentHelp("The labelled texts: TSV or JSON Lines; `-` reads standard input.", valueName: "labelled"),
              completion: .file(extensions: ["tsv", "jsonl", "ndjson"]))
    var labelled: String
    @Option(name: .shortAndLong, help: "The lexicon TSV to write.", completion: .file(extensions: ["tsv"]))
    var output: String
    @OptionGroup var tone: ToneArguments
    @Option(help: "tsv or jsonl (default: jsonl for .jsonl and .ndjson files, else tsv).")
    var format: LabelledInput.Format?
    @Option(help: "The text's JSON field, or TSV header column (default: text; the first column).")
    var textField: String?
    @Option(help: "The label's JSON field, or TSV header column (default: label; the second column).")
    var labelField: String?
    @Option(help: ArgumentHelp("The scale of numeric labels, LOW:HIGH (write --scale=-10:10 when LOW is negative).", valueName: "low:high"))
    var scale = "-4:4"
    @Option(help: "Cross-validation folds (2 or more); text i is held out in fold i mod k.")
    var folds = 5
    @Option(help: "Learn only words found in at least this many texts.")
    var minCount = 3
    @Option(help: "Fit at most this many words, those found in most texts.")
    var maxTerms = 2000
    @OptionGroup var progress: ProgressOptions

    /// Values no learning can use, refused before the labelled file is read.
    func validate() throws {
        guard !output.isEmpty else { throw ValidationError("--output is empty: name the lexicon file to write") }
        guard folds >= 2 else { throw ValidationError("--folds \(folds): cross-validation needs 2 or more folds") }
        guard minCount >= 1 else { throw ValidationError("--min-count \(minCount): give 1 or more texts") }
        guard maxTerms >= 1 else { throw ValidationError("--max-terms \(maxTerms): give 1 or more words") }
    }

    func run() throws {
        let reporter = progress.reporter()
        defer { reporter.finish() }
        let destination = try OutputFile(BytePath(argument: output))
        let lexicons = try tone.lexicons()
        let input = LabelledInput(path: labelled, format: format ?? LabelledInput.format(of: labelled),
                                  textField: textField, labelField: labelField, scale: try ratingScale())
        let texts = try input.texts()
        guard !texts.isEmpty else {
            throw CLIError.usage("\(input.name) holds no labelled texts: write a header line, then text<TAB>label lines (or JSON Lines with --format jsonl)")
        }
        var learner = LexiconLearner(lexicons: lexicons, rules: tone.engine.rules)
        learner.folds = folds
        learner.minimumTexts = minCount
        learner.maximumTerms = maxTerms
        learner.scale = input.scale
        let learned: LearnedLexicon
        reporter.begin("learning", unit: .texts, total: texts.count)
        do {
            learned = try learner.learn(texts)
        } catch {
            throw CLIError.usage("\(input.name): \(error.commandLineMessage)")
        }
        reporter.finish()
        let view = LearnView(learned: learned, source: input.name, texts: texts.count, engine: tone.engine, lexiconNames: tone.chosenNames)
        let standardOutput = StandardOutput()
        for line in view.tableLines() { standardOutput.line(line) }
        standardOutput.flush()
        guard learned.improves else {
            throw CLIError.usage("\(input.name): the learned words do not raise the held-out r (\(LearnView.figure(learned.overall.learned.correlation)) against the base engine's \(LearnView.figure(learned.overall.base.correlation))), so no lexicon is written: the engine reads these texts as well as \(texts.count) labelled texts can teach it")
        }
        guard !learned.entries.isEmpty else {
            throw CLIError.usage("\(input.name): no word's valence moved by \(LexiconLearner.smallestCorrection) or more, so there is no lexicon to write")
        }
        try destination.replace { file in
            try file.write(view.lexiconLines(output: output).map { $0 + "\n" }.joined())
        }
        standardOutput.line("Wrote \(learned.entries.count) words (of \(learned.candidates) fitted) to \(output).")
    }

    /// `--scale` as a ``RatingScale``.
    private func ratingScale() throws(CLIError) -> RatingScale {
        let parts = scale.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let low = Double(parts[0]), let high = Double(parts[1]),
              let scale = RatingScale(low: low, high: high) else {
            throw .usage("--scale '\(scale)': write LOW:HIGH with LOW below HIGH, such as 1:5 or --scale=-4:4")
        }
        return scale
    }
}

extension LabelledInput.Format: ExpressibleByArgument {}
