import ArgumentParser
import Tenor

/// The options of `tenor vectorize` that split fitting from transforming, so that a corpus too
/// large for one machine is counted in parts, fitted once on the summed counts and transformed
/// in parts with the fitted model (see Documentation/spark.md).
struct DistributedVectorizeArguments: ParsableArguments {
    @Flag(help: "Write DIR/document-frequencies.tsv (each term's paragraphs and occurrences, and the paragraphs counted) instead of a matrix, for summing with other parts of a corpus.")
    var documentFrequencies = false
    @Flag(help: "Read the inputs as document-frequencies.tsv files, sum them and write the fitted DIR/vocabulary.txt and DIR/idf.txt (--min-df, --max-df and --max-features apply here).")
    var fit = false
    @Option(help: ArgumentHelp("Transform with this fitted vocabulary (one term a line, as --fit writes it) instead of fitting the inputs.", valueName: "file"), completion: .file())
    var vocabulary: String?
    @Option(help: ArgumentHelp("The idf of the --vocabulary (one value a line, as --fit writes it); needed unless --no-idf or --counts.", valueName: "file"), completion: .file())
    var idf: String?

    var stage: VectorizeStage {
        if documentFrequencies { return .countDocumentFrequencies }
        if fit { return .fit }
        return vocabulary == nil ? .fitTransform : .transform
    }

    /// Refuses options that contradict each other, or limits given where they cannot apply.
    func validate(_ vectorizer: VectorizerArguments) throws(CLIError) {
        let given = [documentFrequencies ? "--document-frequencies" : nil, fit ? "--fit" : nil, vocabulary.map { _ in "--vocabulary" }]
            .compactMap { $0 }
        if given.count > 1 {
            throw .usage("\(given.joined(separator: " and ")) are different steps: give one of them")
        }
        if idf != nil, vocabulary == nil {
            throw .usage("--idf goes with --vocabulary: give the vocabulary the idf was fitted with")
        }
        let limitsGiven = vectorizer.minDf != .count(1) || vectorizer.maxDf != .proportion(1.0) || vectorizer.maxFeatures != nil
        if limitsGiven, stage == .countDocumentFrequencies || stage == .transform {
            throw .usage("--min-df, --max-df and --max-features apply to the whole corpus's counts: pass them to the --fit step, not to \(given[0])")
        }
    }

    /// The model to transform with (`--vocabulary`, `--idf`), or nil to fit the inputs.
    func model(options: VectorizerOptions) throws(CLIError) -> FittedVectorizer? {
        guard let vocabulary else { return nil }
        let vocabularyPath = BytePath(argument: vocabulary)
        let vocabularyText = try Self.read(vocabularyPath)
        let idfPath = idf.map(BytePath.init(argument:))
        let idfText = try idfPath.map { path throws(CLIError) in try Self.read(path) }
        do {
            return try FittedVectorizer(options: options, vocabularyLines: vocabularyText, idfLines: idfText)
        } catch {
            switch error {
            case .vocabulary(let problem): throw .usage("vocabulary \(vocabularyPath.quoted) \(problem): write it with tenor vectorize --fit")
            case .idf(let problem): throw .usage("idf \(idfPath?.quoted ?? "") \(problem)")
            case .idfMissing: throw .usage("--vocabulary needs --idf FILE (as tenor vectorize --fit writes it), unless you pass --no-idf or --counts")
            }
        }
    }

    /// A model file (or a counts file) as UTF-8 text.
    static func read(_ path: BytePath) throws(CLIError) -> String {
        String(decoding: try InputOptions.readUTF8(path, limit: try InputLimit.text()), as: UTF8.self)
    }
}
