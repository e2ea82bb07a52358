import Foundation
import Testing

/// The table view fits the width it is given (`COLUMNS`), measured in terminal columns: East Asian
/// wide characters take two, combining marks none.
@Suite struct TableFittingTests {
    /// Japanese (wide), a combining acute accent (no column of its own) and ASCII, so a count of
    /// characters and a count of columns disagree in both directions.
    static let text = """
        東京の会議は予算案を承認した。市長は来年度の計画を説明した。

        The cafe\u{301} council approved the budget after a long debate on the plan.

        予算案について市民の意見を聞く会が開かれた。
        """

    /// Terminal columns of the text above, counted independently of Tenor: Hiragana, Katakana
    /// and CJK ideographs and punctuation take two (East Asian Wide; Python's wcwidth agrees),
    /// U+0301 none, the rest (ASCII, box drawing, `…`) one.
    static func columns(_ line: String) -> Int {
        line.unicodeScalars.reduce(0) { width, scalar in
            switch scalar.value {
            case 0x3000...0x30FF, 0x4E00...0x9FFF: width + 2
            case 0x0301: width
            default: width + 1
            }
        }
    }

    @Test(arguments: [80, 60, 100])
    func reportRowsAlignAndFit(width: Int) throws {
        let result = try TenorRunner.run(["report", "--format", "table"], input: Self.text, environment: ["COLUMNS": "\(width)"])
        #expect(result.status == 0)
        let table = result.lines.prefix { !$0.isEmpty }
        #expect(table.count >= 5)
        // The last column (nearest) is right-aligned: every row is as wide as the rule.
        let ruleWidth = Self.columns(table[table.startIndex + 1])
        #expect(ruleWidth <= width)
        for row in table.dropFirst(2).prefix(3) { #expect(Self.columns(row) == ruleWidth, "\(row)") }
        #expect(result.lines.allSatisfy { Self.columns($0) <= width })
    }

    /// At 80 columns the report hides its lowest-priority counts and says which, rather than
    /// cutting the text columns below 12 columns each.
    @Test func narrowReportHidesCountsAndSaysSo() throws {
        let result = try TenorRunner.run(["report", "--format", "table"], input: Self.text, environment: ["COLUMNS": "80"])
        let header = try #require(result.lines.first)
        #expect(header.split(separator: " ", omittingEmptySubsequences: true)
            == ["paragraph", "words", "reading_grade", "tone", "top_terms", "first_words", "nearest"])
        #expect(result.lines.contains("(hidden to fit: characters, sentences)"))
    }

    /// Stats' 11 columns take 122 in full; at 80 the counts and three formulas go, and Flesch,
    /// Flesch–Kincaid, Gunning fog and Coleman–Liau stay.
    @Test func narrowStatsKeepTheBestKnownFormulas() throws {
        let result = try TenorRunner.run(["stats", "--format", "table"], input: Self.text, environment: ["COLUMNS": "80"])
        #expect(result.lines.allSatisfy { Self.columns($0) <= 80 })
        #expect(result.lines.first?.split(separator: " ") == ["paragraph", "flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "coleman_liau"])
        #expect(result.lines.contains("(hidden to fit: syllables, sentences, words, smog, ari)"))
    }

    /// Without `COLUMNS` and without a terminal (a pipe, a file), nothing is fitted: every column
    /// and every cell whole.
    @Test func noWidthFitsNothing() throws {
        let result = try TenorRunner.run(["stats", "--format", "table"], input: Self.text, environment: ["COLUMNS": ""])
        #expect(result.lines.first?.split(separator: " ").count == 10)
        #expect(!result.output.contains("…"))
        #expect(!result.output.contains("hidden to fit"))
    }

    /// A cut cell ends in `…` at a cluster boundary: a wide character is never split, and a
    /// letter keeps its combining accent.
    @Test func cutCellsKeepWholeCharacters() throws {
        let result = try TenorRunner.run(["report", "--format", "table"], input: Self.text, environment: ["COLUMNS": "60"])
        let cells = result.lines.dropFirst(2).prefix(3)
        #expect(cells.contains { $0.contains("東京の会議は予…") })
        #expect(!result.output.unicodeScalars.contains { $0.properties.generalCategory == .surrogate || $0 == "\u{FFFD}" })
    }
}
