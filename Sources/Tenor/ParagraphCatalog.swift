/// The paragraphs of a set of documents in one numbering (rows of their term matrix), with
/// each one's file, position and opening words.
struct ParagraphCatalog: Sendable {
    let documents: [Document]
    /// For each row, its document, its number there and its bytes.
    let places: [NumberedParagraph]
    /// Whether rows name their file (several files, or two sets compared).
    let labelsFiles: Bool

    init(_ documents: [Document], labelsFiles: Bool) {
        self.documents = documents
        places = documents.numberedParagraphs
        self.labelsFiles = labelsFiles
    }

    var count: Int { places.count }

    /// The file label of row `row`, when rows carry one.
    func file(_ row: Int) -> String? {
        labelsFiles ? documents[places[row].document].name : nil
    }

    /// The 1-based paragraph number of row `row` within its file.
    func paragraph(_ row: Int) -> Int { places[row].number }

    /// The opening `words` words of row `row`.
    func firstWords(_ row: Int, words: Int) -> String {
        ParagraphCounts.opening(places[row].range, of: documents[places[row].document], words: words)
    }

    /// The text of row `row`.
    func text(_ row: Int) -> String {
        documents[places[row].document].string(places[row].range)
    }
}
