/// The paragraphs of a set of documents in one numbering (rows of their term matrix), with
/// each one's file, position and opening words.
struct ParagraphCatalog: Sendable {
    let documents: [Document]
    /// For each row, its document and its paragraph within it.
    let places: [(document: Int, paragraph: Int)]
    /// Whether rows name their file (several files, or two sets compared).
    let labelsFiles: Bool

    init(_ documents: [Document], labelsFiles: Bool) {
        self.documents = documents
        places = documents.enumerated().flatMap { index, document in
            document.paragraphs.indices.map { (document: index, paragraph: $0) }
        }
        self.labelsFiles = labelsFiles
    }

    var count: Int { places.count }

    /// The file label of row `row`, when rows carry one.
    func file(_ row: Int) -> String? {
        labelsFiles ? documents[places[row].document].name : nil
    }

    /// The 1-based paragraph number of row `row` within its file.
    func paragraph(_ row: Int) -> Int { places[row].paragraph + 1 }

    /// The opening `words` words of row `row`.
    func firstWords(_ row: Int, words: Int) -> String {
        let (document, paragraph) = places[row]
        return ParagraphCounts.opening(documents[document].paragraphs[paragraph], of: documents[document], words: words)
    }

    /// The text of row `row`.
    func text(_ row: Int) -> ArraySlice<UInt8> {
        let (document, paragraph) = places[row]
        return documents[document].text[documents[document].paragraphs[paragraph]]
    }
}
