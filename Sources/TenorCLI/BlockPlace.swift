import Tenor

/// Where a block of units stands in the input: which file, whether it is that file's first
/// block, and how many of the file's units came before it.
struct BlockPlace {
    /// The file's position among the inputs.
    let file: Int
    let startsFile: Bool
    /// The file's units in the blocks before this one.
    let unitsBefore: Int
    /// Whether rows name their files (several inputs).
    let labelFiles: Bool
    /// The block's own units.
    var units = 0

    /// A block's rows numbered within their whole file (they were numbered within the block),
    /// and labelled with the file's name when rows name their files.
    func place<Row: BlockRow>(_ rows: inout [Row], name: String) {
        for index in rows.indices {
            rows[index].paragraphNumber += unitsBefore
            rows[index].file = labelFiles ? name : nil
        }
    }

    /// The ids of a block's rows (`--id-field`), numbered from its first unit.
    func identifiers(_ ids: [String]?, name: String) -> ParagraphIDs? {
        ids.map { ParagraphIDs(names: [name], ids: [$0], firstParagraph: unitsBefore + 1) }
    }
}

/// A row of a report made block by block: renumbered and labelled by ``BlockPlace``.
protocol BlockRow {
    var file: String? { get set }
    var paragraphNumber: Int { get set }
}

extension UnitTone: BlockRow {}
extension TextStatistics: BlockRow {}
