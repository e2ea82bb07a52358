import Testing
import TenorStatistics

/// Acceptance: given the same counts, every formula equals textstat 0.7.13's
/// (Tests/Fixtures/readability/formulas.tsv; regenerate with Scripts/make-readability-fixtures).
@Suite struct ReadabilityFixtureTests {
    let rows: [ReadabilityFixtureRow]

    init() throws {
        rows = try ReadabilityFixtureRow.load()
    }

    @Test func fixtureHasTheExpectedRows() {
        #expect(rows.count >= 40)
        #expect(Set(rows.map(\.name)).count == rows.count)
        #expect(rows.allSatisfy { $0.textstat.count == ReadabilityFixtureRow.formulaColumns.count })
    }

    /// Where Tenor has a number it is textstat's (to 1e-9, relative for large values).
    @Test func everyAvailableScoreEqualsTextstat() {
        var compared = 0
        for row in rows {
            let scores = ReadabilityScores(row.counts)
            for column in ReadabilityFixtureRow.formulaColumns {
                guard let tenor = scores[textstatColumn: column].value else { continue }
                guard let expected = row.textstat[column] ?? nil else {
                    Issue.record("\(row.name) \(column): textstat raised, Tenor gave \(tenor)")
                    continue
                }
                #expect(abs(tenor - expected) <= 1e-9 * max(1, abs(expected)),
                        "\(row.name) \(column): Tenor \(tenor), textstat \(expected)")
                compared += 1
            }
        }
        #expect(compared >= 400)
    }

    /// Where Tenor says unavailable, textstat returned its 0.0 "no result" — except for the one
    /// documented departure: no sentences but some words, where textstat takes words per sentence
    /// as 0 in Gunning fog, Dale–Chall and Spache. The consensus is unavailable exactly when one of
    /// its components is.
    @Test func unavailableOnlyWhereTextstatHasNoResult() {
        let wordsPerSentenceTakenAsZero: Set = ["gunning_fog", "dale_chall_readability_score", "spache_readability"]
        var unavailable = 0
        for row in rows {
            let scores = ReadabilityScores(row.counts)
            for column in ReadabilityFixtureRow.formulaColumns {
                let score = scores[textstatColumn: column]
                guard let reason = score.reason else { continue }
                unavailable += 1
                #expect(!reason.isEmpty)
                if column == "text_standard" {
                    let components = ReadabilityFixtureRow.formulaColumns.filter { $0 != "text_standard" && $0 != "spache_readability" }
                    #expect(components.contains { scores[textstatColumn: $0].value == nil }, "\(row.name): \(reason)")
                } else if row.counts.sentences == 0 && row.counts.words > 0 && wordsPerSentenceTakenAsZero.contains(column) {
                    #expect(reason == "no sentences")
                } else {
                    #expect(row.textstat[column] == 0.0, "\(row.name) \(column): unavailable (\(reason)) but textstat gave \(String(describing: row.textstat[column]))")
                }
            }
        }
        #expect(unavailable >= 30)
    }

    /// Rows counted from real text by textstat itself must be fully available.
    @Test func realTextRowsAreFullyAvailable() {
        let real = rows.filter { $0.name.hasPrefix("real-") || $0.name.hasPrefix("random-") }
        #expect(real.count >= 10)
        for row in real {
            let scores = ReadabilityScores(row.counts)
            for column in ReadabilityFixtureRow.formulaColumns {
                #expect(scores[textstatColumn: column].value != nil, "\(row.name) \(column)")
            }
        }
    }
}
