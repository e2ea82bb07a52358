import ArgumentParser
import Tenor

struct VectorizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vectorize",
        abstract: "Write the paragraphs' TF-IDF (or count) matrix, as scikit-learn's TfidfVectorizer.",
        discussion: """
            Writes DIR/matrix.mtx (Matrix Market, coordinate real general, 1-based; rows are \
            paragraphs in input order; scipy.io.mmread loads it), or with --format npz \
            DIR/matrix.npz (scipy's CSR archive, as scipy.sparse.save_npz writes it uncompressed; \
            scipy.sparse.load_npz loads it), and DIR/vocabulary.txt (one term a line, in column \
            order). An earlier run's matrix in the other format is removed. Both are written into a new folder beside DIR that then \
            takes DIR's place in one step, keeping DIR's other files (not subfolders), so DIR \
            never holds a half-written file or a new file beside an old one.

            With no options the matrix equals TfidfVectorizer().fit_transform(paragraphs): \
            lower-cased tokens of two or more word characters, idf = ln((1+n)/(1+df)) + 1, \
            rows scaled to unit length. A document-frequency bound with a '.' (0.5, 1.0) is a \
            proportion of paragraphs; a whole number (5) is a count.

            A corpus too large for one run is vectorized in parts: --document-frequencies \
            writes each part's term counts, --fit sums such files and writes the vocabulary and \
            idf (the limits apply to the sum), and --vocabulary with --idf transforms each part \
            with them; the rows equal one run over the whole corpus (Documentation/commands.md).

            Examples:
              tenor vectorize corpus.txt --output out
              tenor vectorize corpus.txt --output out --format npz
              tenor vectorize corpus.txt --output out --ngram 1,2 --stop-words english
              tenor vectorize corpus.txt --output out --min-df 2 --max-df 0.5 --sublinear-tf --norm l1
            """)

    @OptionGroup var input: InputOptions
    @Option(name: .shortAndLong, help: "Folder to write matrix.mtx and vocabulary.txt into (created if missing).",
            completion: .directory)
    var output: String
    @Option(help: "Matrix file: mtx (Matrix Market text) or npz (scipy.sparse.load_npz).")
    var format: MatrixFormat = .mtx
    @OptionGroup var vectorizer: VectorizerArguments
    @OptionGroup var progress: ProgressOptions
    @OptionGroup var distributed: DistributedVectorizeArguments

    /// The C heap `tenor vectorize` starts with (``ProcessHeap``): address space for the term
    /// counts and the matrix's blocks of a corpus up to about 300 MB (they take 3.2 bytes a
    /// byte of medium.txt); a larger one grows the heap as usual.
    static let heapReservation = 1 << 30

    func run() throws {
        let reporter = progress.reporter()
        defer { reporter.finish() }
        guard !output.isEmpty else { throw CLIError.usage("--output is empty: name the folder to write matrix.mtx and vocabulary.txt into") }
        let options = try vectorizer.options()
        try distributed.validate(vectorizer)
        let folder = BytePath(argument: output)
        let stage = distributed.stage
        let destination = try OutputFolder(folder, writing: stage.fileNames(format: format, ids: input.idField != nil, options: options),
                                           superseding: Self.outputNames)
        // An earlier run's files are outputs, not inputs, even in a folder being read.
        let earlierOutputs = Set(Self.outputNames.compactMap { POSIXFile.identity(of: folder.appending(Array($0.utf8))) })
        switch stage {
        case .fitTransform, .transform: try writeMatrix(to: destination, options: options, excluding: earlierOutputs, progress: reporter)
        case .countDocumentFrequencies: try writeDocumentFrequencies(to: destination, options: options, excluding: earlierOutputs, progress: reporter)
        case .fit: try writeFit(to: destination, options: options)
        }
    }

    private func writeMatrix(to destination: OutputFolder, options: VectorizerOptions, excluding earlierOutputs: Set<POSIXFile.Identity>,
                             progress reporter: ProgressReporter) throws {
        let model = try distributed.model(options: options)
        let inputs = try input.read(excluding: earlierOutputs, progress: reporter)
        let documents = inputs.documents
        reporter.begin("weighing", paragraphsOf: documents)
        let vocabulary: Vocabulary
        let writeMatrix: OutputFolder.Producer
        if let model {
            let matrix = model.transform(documents)
            (vocabulary, writeMatrix) = (matrix.vocabulary, write(matrix, progress: reporter))
        } else {
            let pending: PendingTermMatrix
            do {
                pending = try Vectorizer(options: options).fitCounting(documents).matrix
            } catch {
                throw CLIError.usage("cannot build a term matrix from \(InputOptions.describe(documents)): \(error.commandLineMessage)")
            }
            vocabulary = pending.vocabulary
            // An npz archive is written as its rows are laid out, never held whole.
            writeMatrix = format == .npz
                ? { file in
                    try pending.writeNPZ(reserving: file.reserve) { bytes, offset in try file.write(bytes, at: offset); reporter.advance(bytes.count) }
                }
                : write(pending.matrix(), progress: reporter)
        }
        var producers = [writeMatrix, { file in try vocabulary.writeLines { try file.write($0) } }]
        if input.idField != nil {
            let ids = try Self.idLines(inputs.ids)
            producers.append { file in try file.write(ids) }
        }
        try InputOptions.checkUnchanged(documents)
        reporter.begin("writing", unit: .bytes, total: nil)
        try destination.replace(with: producers)
    }

    /// Writes a matrix held in memory in the chosen format.
    private func write(_ matrix: TermMatrix, progress reporter: ProgressReporter) -> OutputFolder.Producer {
        switch format {
        case .mtx: { file in try matrix.writeMatrixMarket(comments: ["written by tenor vectorize"]) { try file.write($0); reporter.advance($0.count) } }
        case .npz: { file in try matrix.writeNPZ { try file.write($0); reporter.advance($0.count) } }
        }
    }

    /// The files any run writes: an earlier run's are replaced or removed, never read as input.
    static let outputNames = MatrixFormat.allCases.map(\.fileName) + ["vocabulary.txt"] + VectorizeStage.modelFileNames
}

