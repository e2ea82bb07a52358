/// Everything the template shows.
struct PageModel: Sendable {
    let summary: PageSummary
    let toneArc: ToneArcChart
    let grades: GradeChart
    let similarity: SimilarityMap?
    let similarityNote: String?
    let largeInputNote: String?
    let sections: [PageSection]
}
