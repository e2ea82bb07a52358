import Testing
import TenorStatistics

/// Acceptance: given the same tokens, every measure equals lexicalrichness 0.5.1's
/// (Tests/Fixtures/lexical-diversity/reference.tsv; regenerate with
/// Scripts/make-lexical-diversity-fixtures), except MTLD of a text with no repeated type.
@Suite struct LexicalDiversityFixtureTests {
    let rows: [LexicalDiversityFixtureRow]

    init() throws {
        rows = try LexicalDiversityFixtureRow.load()
    }

    @Test func fixtureHasTheExpectedRows() {
        #expect(rows.count >= 20)
        #expect(Set(rows.map(\.name)).count == rows.count)
        for row in rows {
            let diversity = LexicalDiversity(of: row.tokens)
            #expect(diversity.tokenCount == row.tokenCount, "\(row.name)")
            #expect(diversity.typeCount == row.typeCount, "\(row.name)")
        }
    }

    /// Where Tenor has a number it is lexicalrichness's (to 1e-9, relative for large values).
    @Test func everyAvailableMeasureEqualsLexicalrichness() {
        var compared = 0
        for row in rows {
            let diversity = LexicalDiversity(of: row.tokens)
            for (column, measure) in LexicalDiversityFixtureRow.measures {
                guard let tenor = measure(diversity).value else { continue }
                guard let expected = row.reference[column] ?? nil else {
                    Issue.record("\(row.name) \(column): lexicalrichness raised, Tenor gave \(tenor)")
                    continue
                }
                #expect(abs(tenor - expected) <= 1e-9 * max(1, abs(expected)),
                        "\(row.name) \(column): Tenor \(tenor), lexicalrichness \(expected)")
                compared += 1
            }
        }
        #expect(compared >= 150)
    }

    /// Where Tenor is unavailable, lexicalrichness raised — except for the documented departure:
    /// MTLD of a text in which no type repeats, where lexicalrichness counts one factor and
    /// returns N while the published definition divides by zero factors.
    @Test func unavailableOnlyWhereLexicalrichnessRaisesOrMTLDIsUnbounded() {
        var unavailable = 0
        var unboundedMTLD = 0
        for row in rows {
            let diversity = LexicalDiversity(of: row.tokens)
            for (column, measure) in LexicalDiversityFixtureRow.measures {
                guard let reason = measure(diversity).reason else { continue }
                unavailable += 1
                #expect(!reason.isEmpty)
                let reference = row.reference[column] ?? nil
                if column.hasPrefix("mtld_"), row.tokenCount > 0, row.typeCount == row.tokenCount {
                    #expect(reference == Double(row.tokenCount), "\(row.name) \(column): lexicalrichness gives N")
                    unboundedMTLD += 1
                } else {
                    #expect(reference == nil, "\(row.name) \(column): unavailable (\(reason)) but lexicalrichness gave \(reference ?? 0)")
                }
            }
        }
        #expect(unavailable >= 30)
        #expect(unboundedMTLD >= 8)
    }

    /// Text-like rows of at least 50 tokens are fully available.
    @Test func longTextRowsAreFullyAvailable() {
        let long = rows.filter { $0.tokenCount >= 50 && $0.typeCount < $0.tokenCount }
        #expect(long.count >= 8)
        for row in long {
            let diversity = LexicalDiversity(of: row.tokens)
            for (column, measure) in LexicalDiversityFixtureRow.measures {
                #expect(measure(diversity).value != nil, "\(row.name) \(column)")
            }
        }
    }
}
