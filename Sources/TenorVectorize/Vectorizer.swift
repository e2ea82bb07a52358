import TenorMatrix
import TenorText
import TenorSupport

/// Builds TF-IDF (or count) term matrices over paragraphs, as scikit-learn's `TfidfVectorizer`.
///
/// Paragraphs are counted in parallel, a chunk per worker, with chunk-local term tables
/// (``TermCounts``), merged into one vocabulary that is sorted and pruned by document frequency
/// and `maxFeatures` (``VocabularySelection``), then weighted row by row into the matrix
/// (``MatrixAssembly``).
public struct Vectorizer: Sendable {
    public let options: VectorizerOptions

    public init(options: VectorizerOptions) {
        self.options = options
    }

    /// Learns the vocabulary (and idf) from every paragraph of `documents` and returns it with
    /// their term matrix; rows follow the documents' paragraphs in order.
    ///
    /// - Complexity: O(total text length + V log V) for V distinct terms.
    public func fitTransform(_ documents: [Document]) throws(VectorizerError) -> (model: FittedVectorizer, matrix: TermMatrix) {
        let (model, pending) = try fitCounting(documents)
        return (model, pending.matrix())
    }

    /// ``fitTransform(_:)`` with the matrix left to lay out: in memory, or straight into a file
    /// (``PendingTermMatrix/writeNPZ(reserving:at:)``) without holding it.
    public func fitCounting(_ documents: [Document]) throws(VectorizerError) -> (model: FittedVectorizer, matrix: PendingTermMatrix) {
        try fitCounted(Self.count(documents, options: options), paragraphs: Self.paragraphCount(of: documents))
    }

    /// ``fitCounting(_:)`` of terms already counted: `counted` holds every one of `paragraphs`
    /// paragraphs once, in batches numbered 0, 1, … in corpus order, each number once (in
    /// whichever chunk, in whichever order within it).
    func fitCounted(_ counted: [TermCounts], paragraphs: Int) throws(VectorizerError) -> (model: FittedVectorizer, matrix: PendingTermMatrix) {
        let columnOf = try VocabularySelection(chunks: counted, options: options, documents: paragraphs)
        let idf = options.weighting.inverseDocumentFrequencies(
            columnOf.documentFrequencies, documents: paragraphs)
        let assembly = MatrixAssembly(counted: counted, columnsOfChunks: columnOf.columnsOfChunks, options: options, idf: idf,
                                      columns: columnOf.vocabulary.count)
        precondition(assembly.rows == paragraphs, "Vectorizer: \(assembly.rows) rows counted for \(paragraphs) paragraphs")
        let fitted = FittedVectorizer(options: options, vocabulary: columnOf.vocabulary, inverseDocumentFrequencies: idf)
        return (fitted, PendingTermMatrix(vocabulary: columnOf.vocabulary, assembly: assembly))
    }

    /// ``fitTransform(_:)``, or nil when no paragraph of `documents` holds a single countable
    /// term: for callers to whom such text is no mistake (it has nothing distinctive or similar),
    /// while options that leave no term still throw.
    public func fitTransformIfAnyTerm(
        _ documents: [Document]
    ) throws(VectorizerError) -> (model: FittedVectorizer, matrix: TermMatrix)? {
        do {
            return try fitTransform(documents)
        } catch .emptyVocabulary {
            return nil
        }
    }

    /// How many paragraphs `documents` hold: the rows of their matrix.
    static func paragraphCount(of documents: [Document]) -> Int {
        documents.reduce(0) { $0 + $1.paragraphs.count }
    }

    /// The paragraphs' terms counted in parallel: one chunk per worker, each worker taking the
    /// next batch of paragraphs as it finishes one.
    static func count(_ documents: [Document], options: VectorizerOptions) -> [TermCounts] {
        let batches = ParagraphBatches(documents)
        let workers = min(availableWorkers, batches.count)
        let paragraphs = paragraphCount(of: documents)
        return WorkQueue.shared(by: batches.count) { queue in
            TermCounts(expectedBytes: batches.bytes / workers, rows: paragraphs / workers, of: documents, options: options) {
                queue.take().map { ($0, batches.runs[$0]) }
            }
        }
    }
}
