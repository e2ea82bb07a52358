import Tenor

/// What the blocks' units are: paragraphs or lines of plain text, or records.
enum BlockUnits: Sendable {
    case text(ParagraphSplitting)
    case records(RecordReader)

    /// Where a block of such units may end.
    var boundary: TextBlocks.Boundary {
        switch self {
        case .text(let splitting): TextBlocks.Boundary(splitting)
        case .records(let reader):
            switch reader.format {
            case .csv: .row(separator: 0x2C)
            case .tsv: .row(separator: 0x09)
            case .jsonl, .text: .line
            }
        }
    }

    /// Whether each unit comes with an id (records read with `--id-field`).
    var wantsIDs: Bool {
        if case .records(let reader) = self { reader.idField != nil } else { false }
    }
}
