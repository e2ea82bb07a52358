extension FittedVectorizer {
    /// The vocabulary and idf that fitting a corpus with these counts learns (as
    /// ``Vectorizer/fitTransform(_:)`` does): the document-frequency bounds and `maxFeatures`
    /// apply to the counts, and idf comes from the document frequencies of the terms kept.
    public init(options: VectorizerOptions, fitting counts: DocumentFrequencies) throws(VectorizerError) {
        guard !counts.terms.isEmpty else { throw .emptyVocabulary }
        let most = options.maxDocumentFrequency.paragraphs(of: counts.paragraphs)
        let least = options.minDocumentFrequency.paragraphs(of: counts.paragraphs)
        guard most >= least else { throw .documentFrequencyBoundsCross(min: least, max: most) }
        var kept = counts.terms.indices.filter { (least...most).contains(Double(counts.documents[$0])) }
        if let limit = options.maxFeatures {
            kept = VocabularySelection.mostFrequent(kept, limit: limit) {
                options.binary ? counts.documents[$0] : counts.occurrences[$0]
            }
        }
        guard !kept.isEmpty else { throw .noTermsAfterPruning }
        var vocabulary = Vocabulary(capacity: kept.count)
        for index in kept { vocabulary.append(ArraySlice(counts.terms[index].utf8)) }
        self.init(
            options: options, vocabulary: vocabulary,
            inverseDocumentFrequencies: options.weighting.inverseDocumentFrequencies(
                kept.map { counts.documents[$0] }, documents: counts.paragraphs))
    }
}
