import ArgumentParser
import Tenor

/// `--engine` and `--lexicon NAME|PATH`, shared by the commands that score tone.
struct ToneArguments: ParsableArguments {
    @Option(help: "tenor (Tenor's own engine), tenor-1 (its first version) or vader (vaderSentiment 3.3.2, exactly).")
    var engine: ToneEngine = .tenor
    @Option(name: .customLong("lexicon"), help: ArgumentHelp(
        "A built-in lexicon (vader, afinn, textblob, opinion, labmt, wordnet, tenor, tenor-1) or a lexicon TSV file; repeatable (default: the engine's own).",
        valueName: "name-or-path"), completion: .file(extensions: ["tsv"]))
    var names: [String] = []

    /// The lexicon names given, or the engine's own.
    var chosenNames: [String] { names.isEmpty ? [engine.defaultLexicon.rawValue] : names }

    /// The lexicons, in the order given; a user file's repeated terms are warned about on
    /// standard error (saying which score the engine uses), a bad file is a usage error naming
    /// its line.
    func lexicons() throws(CLIError) -> [ToneLexicon] {
        var lexicons: [ToneLexicon] = []
        for name in chosenNames {
            if let builtIn = ToneLexicon.builtIn(named: name) {
                lexicons.append(builtIn)
                continue
            }
            let lexicon = try Self.file(name)
            let used = engine.rules.lastDuplicateWins ? "the later score is used" : "the mean of its scores is used"
            for duplicate in lexicon.duplicates {
                StandardOutput.printError("tenor: warning: lexicon '\(name)' line \(duplicate.line): '\(duplicate.term)' repeats line \(duplicate.firstLine); \(used)")
            }
            lexicons.append(lexicon)
        }
        return lexicons
    }

    /// The lexicon file `path`, read by its bytes (its name need not be UTF-8) up to the word
    /// lists' limit; a bare word that names no file is taken for a misspelt built-in.
    private static func file(_ path: String) throws(CLIError) -> ToneLexicon {
        let file = BytePath(argument: path)
        if POSIXFile.isMissing(file), !path.contains("/"), !path.contains(".") {
            throw .usage(LexiconError.unknown(path).description)
        }
        let bytes = try POSIXFile.readAll(file, limit: .wordList)
        do {
            return try ToneLexicon(name: file.description, contents: bytes)
        } catch {
            throw .usage(error.description)
        }
    }

    /// The engine's scorer over `lexicons`.
    func scorer(_ lexicons: [ToneLexicon]) -> ToneScorer {
        ToneScorer(lexicons: lexicons, rules: engine.rules)
    }
}
