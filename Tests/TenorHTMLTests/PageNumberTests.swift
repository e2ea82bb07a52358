import Testing
import Tenor
@testable import TenorHTML

/// The page carries the report's own numbers: those of the JSON report and of `tone --explain`.
@Suite struct PageNumberTests {
    @Test func paragraphNumbersEqualTheJSONReports() throws {
        let fixture = try PageFixture(text: PageStructureTests.article)
        let json = fixture.json
        let rows = json.paragraphs
        #expect(fixture.values(of: "data-compound").map { Double($0)! } == rows.map(\.tone.compound))
        #expect(fixture.values(of: "data-grade").map { Double($0)! } == rows.map { $0.readingGrade.value! })
        #expect(fixture.values(of: "data-words").map { Int($0)! } == rows.map(\.words))
        #expect(fixture.values(of: "data-score").map { Double($0)! } == rows.map { $0.nearest!.score })
        #expect(fixture.values(of: "data-value").map { Double($0)! } == [json.summary.tone.meanCompound!])
        #expect(fixture.page.contains("<dd data-key=\"words\">\(json.summary.words)</dd>"))
    }

    @Test func everyWordThatMovedTheToneIsMarkedWithItsExplainValue() throws {
        let fixture = try PageFixture(text: PageStructureTests.article)
        let text = fixture.documents[0].text
        for (number, range) in fixture.documents[0].paragraphs.enumerated() {
            // All of them: --explain with no limit, strongest first; the page has them in text order.
            let explained = fixture.options.tone.explanation(of: text, in: range, words: .max).words
            let card = fixture.page.components(separatedBy: "<article ")[number + 1]
            let marked = card.matches(of: /<mark class="[a-z0-9 ]+" title="([^"]*): [^"]*" data-contribution="([^"]*)">/)
                .map { WordContribution(word: String($0.output.1), contribution: Double($0.output.2)!) }
            #expect(marked.count == explained.count)
            #expect(Set(marked.map { "\($0.word) \($0.contribution)" }) == Set(explained.map { "\($0.word) \($0.contribution)" }))
        }
    }

    @Test func aWordsMarkCarriesItsValence() throws {
        // vaderSentiment 3.3.2: "good" has valence 1.9 in the lexicon; alone in its text nothing
        // scales it, so it contributes +1.9 (compound 1.9 / sqrt(1.9² + 15) = 0.4404).
        let fixture = try PageFixture(text: "The food was good.")
        #expect(fixture.page.contains("<mark class=\"pos s2\" title=\"good: +1.9000\" data-contribution=\"1.9\">good<span class=\"sign\">+</span></mark>"))
        #expect(fixture.values(of: "data-compound") == ["0.4404"])
        // "bad" is -2.5: the strongest tint and a dashed underline, the sign written as −.
        let bad = try PageFixture(text: "The food was bad.")
        #expect(bad.page.contains("<mark class=\"neg s3\" title=\"bad: −2.5000\" data-contribution=\"-2.5\">bad<span class=\"sign\">−</span></mark>"))
    }

    @Test func similarityMapCellsAreTheCosinesNearestRanksBy() throws {
        let fixture = try PageFixture(text: PageStructureTests.article)
        let cells = fixture.page.matches(of: /<title>¶ (\d+) and ¶ (\d+): ([0-9.]+)<\/title>/)
            .map { (Int($0.output.1)!, Int($0.output.2)!, Double($0.output.3)!) }
        #expect(!cells.isEmpty)
        for row in fixture.report.paragraphs {
            // The highest cell of a paragraph's row and column is its nearest paragraph's score.
            let pairs = cells.filter { $0.0 == row.paragraph || $0.1 == row.paragraph }
            let best = pairs.max { $0.2 < $1.2 }!
            let other = best.0 == row.paragraph ? best.1 : best.0
            #expect(other == row.nearest?.paragraph)
            #expect(abs(best.2 - row.nearest!.score) < 0.0005)
        }
    }

    @Test func similarityCellsNameTheirPairAndTheClosestIsStrongest() throws {
        let fixture = try PageFixture(text: PageStructureTests.article)
        let cells = fixture.page.matches(of: /<a href="#(p\d+)" data-pair="(p\d+) (p\d+)"><rect class="cell" [^>]* fill-opacity="([0-9.]+)"><title>¶ (\d+) and ¶ (\d+): ([0-9.]+)<\/title>/)
        #expect(!cells.isEmpty)
        #expect(cells.count == fixture.count("data-pair="))
        for cell in cells.map(\.output) {
            // The link is the row paragraph's card; the pair is row then column, as titled.
            #expect(cell.1 == cell.2)
            #expect(cell.2 == "p\(cell.5)" && cell.3 == "p\(cell.6)")
        }
        // The closest pair is drawn at full strength and the legend's last step names it.
        let closest = cells.max { Double($0.output.7)! < Double($1.output.7)! }!
        #expect(closest.output.4 == "1.000")
        let best = fixture.report.paragraphs.compactMap(\.nearest?.score).max()!
        // The legend: five steps from 36 + 400 × 0.45 = 216, 40 apart, the last at 376.
        #expect(fixture.page.contains("the closest pair, \(Decimal.text(best, places: 3))"))
        #expect(fixture.page.contains("<text x=\"376.0\" y=\"32\">\(Decimal.text(best, places: 2))</text>"))
    }

    struct Pair: Equatable {
        let paragraph: Int
        let score: Double
    }

    @Test func aCardListsTheNextMostSimilarAfterTheNearest() throws {
        let text = PageStructureTests.article + "\n\nThe council said the library budget is fair.\n\nCritics of the library plan said the council was unfair."
        let fixture = try PageFixture(text: text)
        // Every pair's score, as the map's cells give it.
        var score: [Set<Int>: Double] = [:]
        for cell in fixture.page.matches(of: /<title>¶ (\d+) and ¶ (\d+): ([0-9.]+)<\/title>/) {
            score[[Int(cell.output.1)!, Int(cell.output.2)!]] = Double(cell.output.3)!
        }
        let cards = fixture.page.components(separatedBy: "<article ").dropFirst()
        #expect(cards.count == 5)
        for (card, row) in zip(cards, fixture.report.paragraphs) {
            let list = card.firstMatch(of: /Also similar<\/dt><dd>(.*?)<\/dd>/).map { String($0.output.1) } ?? ""
            let listed: [Pair] = list.matches(of: /<a href="#p(\d+)"><bdi>¶ \d+<\/bdi><\/a> \(([0-9.]+)\)/)
                .map { Pair(paragraph: Int($0.output.1)!, score: Double($0.output.2)!) }
            // The two highest of the paragraph's other pairs once its nearest is left out.
            let others: [Pair] = score.filter { $0.key.contains(row.paragraph) && !$0.key.contains(row.nearest!.paragraph) }
                .map { Pair(paragraph: $0.key.subtracting([row.paragraph]).first!, score: $0.value) }
            let expected = others.sorted { $0.score > $1.score || $0.score == $1.score && $0.paragraph < $1.paragraph }.prefix(2)
            #expect(listed == Array(expected), "¶ \(row.paragraph)")
            #expect(listed.allSatisfy { $0.score <= row.nearest!.score + 0.0005 })
        }
        #expect(fixture.count("Also similar") >= 3)
    }
}
