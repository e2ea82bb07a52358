/// What fitting learned: the vocabulary and, when idf is used, each column's idf.
public struct FittedVectorizer: Sendable {
    public let options: VectorizerOptions
    public let vocabulary: Vocabulary
    /// In column order; nil when the options do not use idf.
    public let inverseDocumentFrequencies: [Double]?
}
