import ArgumentParser
import Tenor

/// `--lexicon NAME|PATH`, shared by the commands that score tone.
struct LexiconArguments: ParsableArguments {
    @Option(name: .customLong("lexicon"), help: ArgumentHelp(
        "A built-in lexicon (vader, afinn, textblob) or a lexicon TSV file; repeatable (default: vader).",
        valueName: "name-or-path"))
    var names: [String] = []

    /// The names given, or the default.
    var chosenNames: [String] { names.isEmpty ? ["vader"] : names }

    /// The lexicons, in the order given; a user file's repeated terms are warned about on
    /// standard error (the later score is used), a bad file is a usage error naming its line.
    func load() throws(CLIError) -> [ToneLexicon] {
        var lexicons: [ToneLexicon] = []
        for name in chosenNames {
            do {
                let lexicon = try ToneLexicon.named(name)
                if ToneLexicon.builtIn(named: name) == nil {
                    for duplicate in lexicon.duplicates {
                        StandardOutput.printError("tenor: warning: lexicon '\(name)' line \(duplicate.line): '\(duplicate.term)' repeats line \(duplicate.firstLine); the later score is used")
                    }
                }
                lexicons.append(lexicon)
            } catch {
                throw .usage(error.description)
            }
        }
        return lexicons
    }

    /// The user files among the lexicons, as extra profile dimensions named after the file
    /// (`my-words.tsv` → `my_words`).
    func profileDimensions(of lexicons: [ToneLexicon]) -> [ProfileDimension] {
        lexicons.filter { ToneLexicon.builtIn(named: $0.name) == nil }.map { lexicon in
            let file = lexicon.name.split(separator: "/").last.map(String.init) ?? lexicon.name
            let stem = file.split(separator: ".", maxSplits: 1).first.map(String.init) ?? file
            let name = String(stem.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "_" })
            return ProfileDimension(valencesOf: lexicon, name: name)
        }
    }
}
