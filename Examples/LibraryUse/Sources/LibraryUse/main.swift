import Tenor

let article = Document(name: "article", string: """
    The council approved the new budget, a welcome relief for the city's schools.

    Critics called the cuts to bus routes a disaster for commuters.
    """)

for paragraph in ToneAnalysis().report([article]).paragraphs {
    print("paragraph \(paragraph.paragraph): \(paragraph.label) \(paragraph.compound)")
}
let statistics = StatisticsAnalysis().report([article])
print("words: \(statistics.summary.words), reading grade: \(statistics.summary.readability.consensusGrade.value ?? 0)")
let similar = try SimilarityAnalysis().report([article])
print(try JSONReportEncoder(pretty: false).string(similar.paragraphs[0]))
