import TenorMatrix
import TenorText
import TenorSupport

/// Builds TF-IDF (or count) term matrices over paragraphs, as scikit-learn's `TfidfVectorizer`.
///
/// Paragraphs are counted in parallel chunks with chunk-local term tables (``TermCounts``),
/// merged into one vocabulary that is sorted and pruned by document frequency and `maxFeatures`
/// (``VocabularySelection``), then weighted row by row into the matrix (``MatrixAssembly``).
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
    /// (``PendingTermMatrix/writeNPZ(at:)``) without holding it.
    public func fitCounting(_ documents: [Document]) throws(VectorizerError) -> (model: FittedVectorizer, matrix: PendingTermMatrix) {
        let paragraphs = Self.paragraphCount(of: documents)
        let counted = Self.count(documents, options: options)
        let columnOf = try VocabularySelection(chunks: counted, options: options, documents: paragraphs)
        let idf = options.weighting.inverseDocumentFrequencies(
            columnOf.documentFrequencies, documents: paragraphs)
        let assembly = MatrixAssembly(counted: counted, columnsOfChunks: columnOf.columnsOfChunks, options: options, idf: idf,
                                      columns: columnOf.vocabulary.count)
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

    /// The paragraphs' terms counted in parallel chunks.
    static func count(_ documents: [Document], options: VectorizerOptions) -> [TermCounts] {
        let chunks = chunks(of: documents)
        return parallelMap(chunks.count) { chunk in
            TermCounts(runs: chunks[chunk], of: documents, options: options)
        }
    }

    /// Consecutive paragraphs of similar byte size, one chunk per worker, as runs within each
    /// document (no list of every paragraph is made: for medium.txt's 128,838 that took 4 ms
    /// on one core); small inputs stay whole because a thread costs more than it saves there.
    /// More, smaller chunks would let a worker that finishes early take another, but each chunk
    /// interns its own vocabulary and the merge interns it again: on medium.txt three per
    /// worker counted and merged 5–8 ms slower than one (interleaved runs).
    static func chunks(of documents: [Document]) -> [[ParagraphRun]] {
        let bytes = documents.reduce(0) { total, document in document.paragraphs.reduce(total) { $0 + $1.count } }
        let parts = bytes < 1 << 18 ? 1 : availableWorkers
        var chunks: [[ParagraphRun]] = [[]]
        var counted = 0
        for (index, document) in documents.enumerated() {
            var start = 0
            for (paragraph, range) in document.paragraphs.enumerated() {
                counted += range.count
                // The chunk ends with the paragraph that reaches its share of the bytes.
                if chunks.count < parts, counted >= bytes * chunks.count / parts {
                    chunks[chunks.count - 1].append(ParagraphRun(document: index, paragraphs: start..<(paragraph + 1)))
                    chunks.append([])
                    start = paragraph + 1
                }
            }
            if start < document.paragraphs.count {
                chunks[chunks.count - 1].append(ParagraphRun(document: index, paragraphs: start..<document.paragraphs.count))
            }
        }
        return chunks.filter { !$0.isEmpty }
    }
}
