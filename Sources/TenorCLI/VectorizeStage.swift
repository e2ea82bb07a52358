import Tenor

/// Which part of fitting and transforming one `tenor vectorize` run does: all of it, or one
/// step of a corpus vectorized in parts (count each part, fit the sum, transform each part).
enum VectorizeStage {
    /// Fit the inputs and write their matrix (the default).
    case fitTransform
    /// Write each part's term counts (`--document-frequencies`).
    case countDocumentFrequencies
    /// Fit a vocabulary and idf to summed counts (`--fit`).
    case fit
    /// Write the inputs' matrix under a model fitted elsewhere (`--vocabulary`, `--idf`).
    case transform

    /// The files a stage writes besides a matrix and its vocabulary.
    static let modelFileNames = ["document-frequencies.tsv", "idf.txt", "ids.txt"]

    /// The files this stage writes into the output folder, in the order it produces them.
    func fileNames(format: MatrixFormat, ids: Bool, options: VectorizerOptions) -> [String] {
        switch self {
        case .fitTransform, .transform: [format.fileName, "vocabulary.txt"] + (ids ? ["ids.txt"] : [])
        case .countDocumentFrequencies: ["document-frequencies.tsv"]
        case .fit: ["vocabulary.txt"] + (options.weighting.useIDF ? ["idf.txt"] : [])
        }
    }
}
