import ArgumentParser
import Tenor

struct VectorizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vectorize",
        abstract: "Write the paragraphs' TF-IDF (or count) matrix, as scikit-learn's TfidfVectorizer.",
        discussion: """
            Writes DIR/matrix.mtx (Matrix Market, coordinate real general, 1-based; rows are \
            paragraphs in input order; scipy.io.mmread loads it) and DIR/vocabulary.txt (one term \
            a line, in column order). Both are written into a new folder beside DIR that then \
            takes DIR's place in one step, keeping DIR's other files (not subfolders), so DIR \
            never holds a half-written file or a new file beside an old one.

            With no options the matrix equals TfidfVectorizer().fit_transform(paragraphs): \
            lower-cased tokens of two or more word characters, idf = ln((1+n)/(1+df)) + 1, \
            rows scaled to unit length. A document-frequency bound with a '.' (0.5, 1.0) is a \
            proportion of paragraphs; a whole number (5) is a count.

            Examples:
              tenor vectorize corpus.txt --output out
              tenor vectorize corpus.txt --output out --ngram 1,2 --stop-words english
              tenor vectorize corpus.txt --output out --min-df 2 --max-df 0.5 --sublinear-tf --norm l1
            """)

    @OptionGroup var input: InputOptions
    @Option(name: .shortAndLong, help: "Folder to write matrix.mtx and vocabulary.txt into (created if missing).",
            completion: .directory)
    var output: String
    @OptionGroup var vectorizer: VectorizerArguments

    func run() throws {
        guard !output.isEmpty else { throw CLIError.usage("--output is empty: name the folder to write matrix.mtx and vocabulary.txt into") }
        let options = try vectorizer.options()
        let folder = BytePath(argument: output)
        let destination = try OutputFolder(folder, writing: Self.outputNames)
        // An earlier run's files are outputs, not inputs, even in a folder being read.
        let earlierOutputs = Set(Self.outputNames.compactMap { POSIXFile.identity(of: folder.appending(Array($0.utf8))) })
        let documents = try input.documents(excluding: earlierOutputs)
        let matrix: TermMatrix
        do {
            matrix = try Vectorizer(options: options).fitTransform(documents).matrix
        } catch {
            throw CLIError.usage("cannot build a term matrix from \(InputOptions.describe(documents)): \(error.commandLineMessage)")
        }
        try destination.replace(with: [
            { file in try matrix.writeMatrixMarket(comments: ["written by tenor vectorize"]) { try file.write($0) } },
            { file in try matrix.vocabulary.writeLines { try file.write($0) } },
        ])
    }

    /// The files written, in the order `run` passes their producers.
    static let outputNames = ["matrix.mtx", "vocabulary.txt"]
}

