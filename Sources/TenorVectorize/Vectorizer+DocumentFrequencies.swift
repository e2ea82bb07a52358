import TenorText

extension Vectorizer {
    /// Every term of `documents`' paragraphs with its document frequency and total count, for
    /// adding up with other parts of the same corpus: the document-frequency and feature limits
    /// apply to the sum, when it is fitted, so none applies here. Text without a term gives no
    /// terms, not an error: one part of a corpus may hold none.
    public func documentFrequencies(_ documents: [Document]) -> DocumentFrequencies {
        let counting = options.countingEveryTerm
        let paragraphs = Self.paragraphCount(of: documents)
        let counted = Self.count(documents, options: counting)
        // With no limits, the only failure is text without a term.
        guard let selection = try? VocabularySelection(chunks: counted, options: counting, documents: paragraphs,
                                                          assigningColumns: false) else {
            return DocumentFrequencies(paragraphs: paragraphs, terms: [], documents: [], occurrences: [])
        }
        return DocumentFrequencies(
            paragraphs: paragraphs, terms: Array(selection.vocabulary),
            documents: selection.documentFrequencies, occurrences: selection.totals)
    }
}
