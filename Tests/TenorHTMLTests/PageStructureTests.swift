import Foundation
import Testing
import Tenor
@testable import TenorHTML

@Suite struct PageStructureTests {
    static let article = """
        The council approved the budget. Residents were happy with the new library.

        Critics said the plan is a terrible waste and the process was unfair.

        The library will open next year, the council said.
        """

    @Test func isOneSelfContainedDocument() throws {
        let page = try PageFixture(text: Self.article).page
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src \(PageScript.hash);"))
        // Nothing is loaded, no script runs but the page's own: no external reference of any kind.
        #expect(page.components(separatedBy: "<script").count == 2)
        #expect(page.contains("<script>\(PageScript.source)</script>"))
        #expect(!page.contains("src="))
        #expect(!page.contains("<link"))
        #expect(!page.contains("url("))
        #expect(!page.contains("@import"))
        #expect(page.contains("@media (prefers-color-scheme: dark)"))
        #expect(page.contains("@media print"))
    }

    @Test func headingsGoInOrder() throws {
        let page = try PageFixture(text: Self.article).page
        let levels = page.matches(of: /<h([1-6])/).map { Int($0.output.1)! }
        #expect(levels.first == 1)
        #expect(levels.filter { $0 == 1 }.count == 1)
        // No level is skipped on the way down.
        for (previous, next) in zip(levels, levels.dropFirst()) { #expect(next <= previous + 1) }
        // Title, Tone arc, Reading grade, Similar paragraphs, Paragraphs; a card per paragraph.
        #expect(levels == [1, 2, 2, 2, 2, 3, 3, 3])
    }

    @Test func chartsLinkEveryParagraphAndSayWhatTheyShow() throws {
        let fixture = try PageFixture(text: Self.article)
        #expect(fixture.values(of: "id").filter { $0.wholeMatch(of: /p\d+/) != nil } == ["p1", "p2", "p3"])
        // Tone arc: one mark per paragraph; grade chart: one bar each; both linked to the cards.
        #expect(fixture.count("<path class=\"mark ") == 3)
        #expect(fixture.count("<rect class=\"bar\"") == 3)
        #expect(fixture.count("<a href=\"#p2\">") >= 2)
        #expect(fixture.page.contains("<title>¶ 1: The council approved the budget. Residents were happy…"))
        for chart in ["tone-arc", "grade", "similarity"] {
            #expect(fixture.page.contains("aria-labelledby=\"\(chart)-title \(chart)-desc\""))
        }
        // The neutral band spans ±0.05 of the -1…+1 scale: 0.1 / 2 of the 188-unit plot height.
        #expect(fixture.page.contains("height=\"9.4\"><title>neutral band"))
        // The sign is a shape as well as a colour: ▲ positive, ▼ negative.
        #expect(fixture.page.contains("<path class=\"mark pos\" d=\"M"))
        #expect(fixture.page.contains("<path class=\"mark neg\" d=\"M"))
    }

    @Test func severalFilesHaveContentsAndSections() throws {
        let fixture = try PageFixture([("notes/one.txt", "Good news today.\n\nThe library opens."),
                                       ("two.txt", "Bad news today.\n\nThe library closes.")])
        #expect(fixture.page.contains("<nav aria-labelledby=\"contents\">"))
        #expect(fixture.page.contains("<li><a href=\"#one-txt-file\"><bdi>notes/one.txt</bdi></a> (2 paragraphs)</li>"))
        #expect(fixture.values(of: "id").filter { $0.contains("-p") } == ["one-txt-p1", "one-txt-p2", "two-txt-p1", "two-txt-p2"])
        #expect(fixture.page.contains("<section id=\"two-txt-file\""))
        // "The library opens." is nearest to "The library closes." in the other file.
        #expect(fixture.page.contains("<a href=\"#two-txt-p2\"><bdi>two.txt ¶ 2</bdi></a>"))
    }

    @Test func largeInputsShowTheExtremesWithANote() throws {
        var limits = PageLimits()
        limits.fullPageParagraphs = 4
        limits.highlightedParagraphs = 2
        let text = ["It is wonderful.", "It is awful.", "It is fine.", "It is bad.", "It is great.", "It is a table."].joined(separator: "\n\n")
        let fixture = try PageFixture(text: text, limits: limits)
        #expect(fixture.page.contains("This input has 6 paragraphs, more than the 4 shown in full"))
        // Most positive: ¶1 and ¶5; most negative: ¶2 and ¶4; hardest: two of them again.
        #expect(fixture.count("<article class=\"card\"") == 6)
        let ids = fixture.values(of: "id").filter { $0.wholeMatch(of: /p\d+/) != nil }
        #expect(Set(ids).isSuperset(of: ["p1", "p5", "p2", "p4"]))
        #expect(ids.count == Set(ids).count)
        #expect(fixture.page.contains("Most negative paragraphs"))
        // Links go only to cards on the page.
        for link in fixture.values(of: "href") { #expect(ids.contains(String(link.dropFirst()))) }
    }

    @Test func similarityMapIsLeftOutBeyondItsLimitWithANote() throws {
        var limits = PageLimits()
        limits.similarityMapParagraphs = 2
        let fixture = try PageFixture(text: Self.article, limits: limits)
        #expect(!fixture.page.contains("id=\"similarity-map\""))
        #expect(fixture.page.contains("The similarity map is drawn for up to 2 paragraphs; this input has 3."))
    }

    @Test func theScriptRunsByItsHashAlone() throws {
        // The policy's hash is the SHA-256 of the script's text, as coreutils' sha256sum gives it.
        let sha256sum = Process()
        sha256sum.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        let input = Pipe(), output = Pipe()
        sha256sum.standardInput = input
        sha256sum.standardOutput = output
        try sha256sum.run()
        input.fileHandleForWriting.write(Data(PageScript.source.utf8))
        try input.fileHandleForWriting.close()
        let hex = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).prefix(64)
        sha256sum.waitUntilExit()
        let bytes = stride(from: 0, to: hex.count, by: 2).map { UInt8(hex.dropFirst($0).prefix(2), radix: 16)! }
        #expect(bytes.count == 32)
        #expect(PageScript.hash == "'sha256-\(Data(bytes).base64EncodedString())'")
        // No other script source: no 'unsafe-inline', no host.
        let policy = try #require(PageFixture(text: Self.article).page.firstMatch(of: /script-src ([^;]*);/))
        #expect(policy.output.1 == PageScript.hash)
    }

    @Test func chartsNameTheParagraphsUnderTheirAxis() throws {
        let fixture = try PageFixture(text: Self.article)
        // The tone arc's points span the plot (x 44 to 948); the grade bars are centred in
        // thirds of it (44 + 904 / 6 = 194.7, then 301.3 apart).
        for (x, label) in [("44.0", 1), ("496.0", 2), ("948.0", 3), ("194.7", 1), ("496.0", 2), ("797.3", 3)] {
            #expect(fixture.page.contains("<text x=\"\(x)\" y=\"215\" text-anchor=\"middle\">\(label)</text>"))
        }
        // The similarity map numbers its rows and columns at their centres: 400 / 3 units a
        // paragraph, the grid 36 from the left and 8 from the top, 16 below it.
        #expect(fixture.page.contains("<text x=\"32.0\" y=\"74.7\" text-anchor=\"end\" dominant-baseline=\"middle\">1</text>"))
        #expect(fixture.page.contains("<text x=\"102.7\" y=\"424.0\" text-anchor=\"middle\">1</text>"))
    }

    @Test func theKeyToMarkedWordsOpensTheParagraphs() throws {
        let page = try PageFixture(text: Self.article).page
        let key = try #require(page.range(of: "In the text, each word that moved the tone is marked"))
        #expect(page.range(of: "<h2 dir=\"auto\">Paragraphs</h2>")!.upperBound < key.lowerBound)
        #expect(key.upperBound < page.range(of: "<article ")!.lowerBound)
    }
}
