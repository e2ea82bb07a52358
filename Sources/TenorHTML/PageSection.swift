/// A run of cards under one heading: the paragraphs (of one file), or one of a large input's
/// lists of highlighted paragraphs.
struct PageSection: Sendable {
    let id: String?
    let heading: String
    /// A line under the heading: a file's totals, or what the list holds.
    let note: String?
    let cards: [ParagraphCard]
    /// Whether the key to the marked words goes under its heading: the first section's.
    var showsLegend = false
}
