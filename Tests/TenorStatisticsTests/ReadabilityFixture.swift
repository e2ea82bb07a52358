import Foundation
import TenorStatistics

/// One row of Tests/Fixtures/readability/formulas.tsv (written by Scripts/make-readability-fixtures):
/// a set of counts and what textstat 0.7.13 returned for each formula given those counts.
struct ReadabilityFixtureRow: Sendable, CustomStringConvertible {
    var name: String
    var counts: ReadabilityCounts
    /// textstat's result per output column: a number, or `nil` where textstat raised.
    var textstat: [String: Double?]

    var description: String { name }

    static let fileURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/readability/formulas.tsv")

    /// The output columns, in file order.
    static let formulaColumns = [
        "flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index", "coleman_liau_index",
        "automated_readability_index", "linsear_write_formula", "dale_chall_readability_score",
        "spache_readability", "text_standard",
    ]

    static func load() throws -> [ReadabilityFixtureRow] {
        let lines = try String(contentsOf: fileURL, encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("#") }
        guard let header = lines.first?.split(separator: "\t").map(String.init) else { return [] }
        return try lines.dropFirst().map { line in
            let cells = Dictionary(uniqueKeysWithValues: zip(header, line.split(separator: "\t").map(String.init)))
            func count(_ column: String) throws -> Int {
                guard let cell = cells[column], let value = Int(cell) else { throw FixtureError(column: column, line: String(line)) }
                return value
            }
            let counts = ReadabilityCounts(
                sentences: try count("sentences"), words: try count("words"), syllables: try count("syllables"),
                polysyllabicWords: try count("polysyllabic_words"), complexWords: try count("complex_words"),
                letters: try count("letters"), characters: try count("characters"), tokens: try count("tokens"),
                linsearWrite: .init(easyWords: try count("lw_easy"), hardWords: try count("lw_hard"),
                                    sentences: try count("lw_sentences")),
                unfamiliarWords: .init(daleChall: try count("dc_unfamiliar"), spache: try count("spache_unfamiliar")))
            var textstat: [String: Double?] = [:]
            for column in formulaColumns {
                guard let cell = cells[column] else { throw FixtureError(column: column, line: String(line)) }
                textstat[column] = cell.hasPrefix("error:") ? .some(nil) : .some(Double(cell))
            }
            return ReadabilityFixtureRow(name: cells["name"] ?? "?", counts: counts, textstat: textstat)
        }
    }

    struct FixtureError: Error, CustomStringConvertible {
        var column: String
        var line: String
        var description: String { "formulas.tsv: bad or missing \(column) in: \(line)" }
    }
}

extension ReadabilityScores {
    /// The score that answers a fixture output column.
    subscript(textstatColumn column: String) -> Score {
        switch column {
        case "flesch_reading_ease": fleschReadingEase
        case "flesch_kincaid_grade": fleschKincaidGrade
        case "gunning_fog": gunningFog
        case "smog_index": smog
        case "coleman_liau_index": colemanLiau
        case "automated_readability_index": automatedReadabilityIndex
        case "linsear_write_formula": linsearWrite
        case "dale_chall_readability_score": daleChall
        case "spache_readability": spache
        case "text_standard": consensusGrade
        default: .unavailable(reason: "unknown column \(column)")
        }
    }
}
