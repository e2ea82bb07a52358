import Tenor

/// What the inputs hold: their documents and, for structured input read with `--id-field`,
/// each unit's id.
struct InputSet {
    var documents: [Document] = []
    /// For each document, the ids of its units in order; empty when no ids were asked for.
    var ids: [[String]] = []

    /// The ids, looked up by the file and 1-based paragraph number a report row names; nil
    /// when no ids were asked for.
    var identifiers: ParagraphIDs? {
        ids.isEmpty ? nil : ParagraphIDs(names: documents.map(\.name), ids: ids)
    }
}

/// Each unit's id, found from what a report row says of it: its file (nil when only one was
/// read) and its 1-based paragraph number there.
struct ParagraphIDs: Sendable {
    private let idsByName: [String: [String]]
    private let first: [String]
    /// The number of the paragraph the ids start at: a block's ids start after its file's
    /// earlier blocks.
    private let firstParagraph: Int

    init(names: [String], ids: [[String]], firstParagraph: Int = 1) {
        // A file read twice has the same ids both times: the first is as good as the second.
        idsByName = Dictionary(zip(names, ids), uniquingKeysWith: { first, _ in first })
        first = ids.first ?? []
        self.firstParagraph = firstParagraph
    }

    func id(file: String?, paragraph: Int) -> String {
        let ids = file.flatMap { idsByName[$0] } ?? first
        return ids[paragraph - firstParagraph]
    }
}
