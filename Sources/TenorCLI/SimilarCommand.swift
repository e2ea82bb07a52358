import ArgumentParser
import Tenor

struct SimilarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "similar",
        abstract: "Find each paragraph's most similar paragraphs (cosine of TF-IDF rows), or near-duplicates.",
        discussion: """
            Paragraphs become TF-IDF rows exactly as `tenor vectorize` makes them (scikit-learn's \
            TfidfVectorizer, same options); the score is their cosine similarity. Neighbours are \
            listed best first, ties by lower paragraph; a paragraph is never its own neighbour. \
            By default only paragraphs sharing a term (score above 0) are listed.

            Examples:
              tenor similar corpus.txt --top 3
              tenor similar draft.txt --against published/ --min-score 0.5
              tenor similar corpus.txt --query "interest rates and inflation"
              tenor similar corpus.txt --duplicates --min-score 0.9
              tenor similar --matrix out --rows 1:5000 --format jsonl
            """)

    @OptionGroup var input: InputOptions
    @Option(parsing: .unconditional, help: "Neighbours listed per paragraph.")
    var top: Int = 5
    @Option(parsing: .unconditional, help: ArgumentHelp("List only neighbours scoring at least this (-1 to 1; with --duplicates, the grouping threshold, default 0.9).", valueName: "score"))
    var minScore: Double?
    @Option(parsing: .upToNextOption, help: ArgumentHelp("Search each input paragraph's neighbours among these files' paragraphs instead.", valueName: "file"), completion: .file(extensions: ["txt", "md"]))
    var against: [String] = []
    @Option(help: ArgumentHelp("Search the neighbours of this text among the input paragraphs.", valueName: "text"))
    var query: String?
    @Option(help: ArgumentHelp("Search the neighbours of this file's paragraphs among the input paragraphs.", valueName: "file"), completion: .file(extensions: ["txt", "md"]))
    var queryFile: String?
    @Option(help: "tfidf (cosine of TF-IDF rows, exact) or lsa (cosine of LSA embeddings: a randomized truncated SVD).")
    var method: SimilarityMethod = .tfidf
    @Option(help: "LSA: singular directions kept.")
    var dimensions: Int = 200
    @Option(parsing: .unconditional, help: "LSA: seed of the random start (the same seed gives the same result).")
    var seed: UInt64 = 0
    @Option(help: ArgumentHelp("Search the rows of this fitted TF-IDF matrix instead of reading text: a folder with matrix.npz (and ids.txt), as tenor vectorize --format npz writes it.", valueName: "folder"), completion: .directory)
    var matrix: String?
    @Option(help: ArgumentHelp("With --matrix: the neighbours (or near-duplicate pairs) of these rows only, 1-based, both ends included, among all rows.", valueName: "first:last"))
    var rows: RowBlock?
    @Flag(help: "List groups of repeated paragraphs instead: exact (same text up to case and spacing) and near (linked by pairs scoring at least --min-score, default 0.9).")
    var duplicates = false
    @OptionGroup var vectorizer: VectorizerArguments
    @OptionGroup var formatting: OutputOptions
    @OptionGroup var progress: ProgressOptions

    /// Options that exclude one another, refused before anything is read.
    func validate() throws {
        try validateMatrix()
        guard [!against.isEmpty, query != nil, queryFile != nil].filter({ $0 }).count <= 1 else {
            throw ValidationError("--against, --query and --query-file are alternatives: give one of them")
        }
        guard !duplicates || (against.isEmpty && query == nil && queryFile == nil) else {
            throw ValidationError("--duplicates looks within the inputs: leave out --against, --query and --query-file")
        }
        let readsStandardInput = input.files.isEmpty || input.files.contains("-")
        guard !readsStandardInput || (queryFile != "-" && !against.contains("-")) else {
            throw ValidationError("standard input can be read only once: give the inputs, the query or the --against text as files")
        }
    }

    func run() throws {
        let reporter = progress.reporter()
        defer { reporter.finish() }
        let options: SimilarityOptions
        do {
            options = try SimilarityOptions(
                count: top, minimumScore: minScore,
                method: method == .lsa ? .lsa(dimensions: dimensions, seed: seed) : .tfidf,
                vectorizer: try vectorizer.options())
        } catch let error as SimilarityError {
            throw CLIError.usage(error.commandLineMessage)
        }
        let analysis = SimilarityAnalysis(options: options, progress: reporter.analysisHandler)
        if let matrix { return try runMatrix(matrix, analysis: analysis, reporter: reporter) }
        let documents = try input.documents(progress: reporter)
        let output = StandardOutput()
        if duplicates {
            let report: DuplicateReport
            do {
                report = try analysis.duplicates(in: documents, threshold: minScore ?? 0.9)
            } catch {
                throw CLIError.usage(error.commandLineMessage)
            }
            try InputOptions.checkUnchanged(documents)
            reporter.finish()
            for line in try DuplicateView(report: report, labelsFiles: documents.count > 1).lines(formatting.chosen) {
                output.line(line)
            }
            return
        }
        let report: SimilarityReport
        var others: [Document] = []
        do {
            if !against.isEmpty {
                others = try input.documents(against, progress: reporter)
                guard others.contains(where: { !$0.paragraphs.isEmpty }) else {
                    throw CLIError.usage("--against \(against.joined(separator: " ")) holds no text to compare with")
                }
                report = try analysis.neighbors(of: documents, among: others)
            } else if let query = try queryDocument() {
                report = try analysis.neighbors(ofQuery: query, among: documents)
            } else {
                report = try analysis.neighbors(within: documents)
            }
        } catch let error as SimilarityError {
            if case .lsaFailed = error { throw CLIError.failure(error.commandLineMessage) }
            throw CLIError.usage(error.commandLineMessage)
        }
        try InputOptions.checkUnchanged(documents + others)
        reporter.finish()
        for line in try SimilarityView(report: report, pairsOfFiles: !against.isEmpty || documents.count > 1)
            .lines(formatting.chosen) { output.line(line) }
    }

    enum SimilarityMethod: String, ExpressibleByArgument {
        case tfidf, lsa
    }

    /// The query as a document of its own: the `--query` text, or the `--query-file` file.
    private func queryDocument() throws(CLIError) -> Document? {
        if let query {
            let document = Document(name: "query", text: Array(query.utf8), splitting: input.split)
            guard !document.paragraphs.isEmpty else { throw .usage("--query is empty: give the words to search for") }
            return document
        }
        guard let queryFile else { return nil }
        let documents = try input.documents([queryFile])
        guard documents.count == 1 else { throw .usage("--query-file '\(queryFile)' must name one file") }
        guard !documents[0].paragraphs.isEmpty else { throw .usage("--query-file '\(queryFile)' holds no text to search for") }
        return documents[0]
    }
}
