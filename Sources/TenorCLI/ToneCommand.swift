import ArgumentParser
import Tenor

struct ToneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tone",
        abstract: "Score the tone of every paragraph: compound, positive, neutral, negative, label.",
        discussion: """
            --engine tenor (the default) is VADER's approach with its faults fixed: HTML \
            entities and curly apostrophes read, rules kept inside each sentence, negations \
            stopped by , ; : ( ), a compound that does not saturate on long paragraphs, and \
            VADER's lexicon completed from AFINN and pattern. --engine vader gives \
            vaderSentiment 3.3.2's polarity_scores for each paragraph, exactly (compound rounded \
            to 4 decimals, the shares to 3). The label is positive when compound ≥ 0.05, \
            negative when compound ≤ -0.05, else neutral.

            --lexicon picks the word valences instead of the engine's own lexicon (tenor: the \
            built-in 'tenor' merge; vader: 'vader'): a built-in (vader, afinn, textblob, tenor) \
            or a TSV file with a header line and term<TAB>score rows on VADER's -4…4 scale. \
            Several --lexicon options combine, a later one overriding an earlier one's terms: \
            keep the engine's lexicon and add your words with --lexicon tenor --lexicon mine.tsv.

            --explain lists, per paragraph (or sentence), up to 5 words that moved the score \
            most, strongest first, with their signed contributions after the rules (negated, \
            boosted, ALL-CAPS, 'but'-scaled) on VADER's -4…4 scale, before the paragraph's \
            !/? emphasis and length cap: a table cell 'superb +3.1, weak −0.9', a CSV/TSV \
            column 'superb:+3.1000 weak:-0.9250', a JSON array of {"word", "contribution"}.

            Examples:
              tenor tone reviews.txt
              tenor tone --split lines tweets.txt --format tsv
              tenor tone --sentences chapter.md --format json
              tenor tone --explain reviews.txt
              tenor tone --engine vader --lexicon vader --lexicon my-words.tsv notes.txt
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var tone: ToneArguments
    @Flag(help: "Score every sentence on its own (adds a sentence column).")
    var sentences = false
    @Flag(help: "List the words that moved each score most, with their signed contributions (adds an explain column).")
    var explain = false
    @OptionGroup var formatting: OutputOptions
    @OptionGroup var progress: ProgressOptions

    /// How many words `--explain` lists per unit.
    static let explainedWords = 5

    func makeAnalysis() throws(CLIError) -> ToneAnalysis {
        ToneAnalysis(options: ToneOptions(
            engine: tone.engine, lexicons: try tone.lexicons(), sentences: sentences,
            explainedWords: explain ? Self.explainedWords : 0))
    }

    func run() throws {
        let reporter = progress.reporter()
        defer { reporter.finish() }
        // The first block is read while the lexicons are built.
        let blocks = try input.blocks(progress: reporter, phase: "scoring")
        try writeInBlocks(blocks, try makeAnalysis(), to: BlockOutput(format: formatting.chosen, progress: reporter))
    }
}

extension ToneEngine: ExpressibleByArgument {}
