import Foundation
import Testing

/// `tenor report --format html` end to end, and the page rendered by a real browser.
@Suite struct HTMLReportCommandTests {
    static let article = """
        The council approved the budget. Residents were happy with the new library.

        Critics said the plan is a terrible <script>alert("x")</script> waste.
        """

    @Test func writesThePageToStandardOutputOrAFileWhole() throws {
        let folder = try TemporaryFolder()
        let input = try folder.file("article.txt", Self.article)
        let printed = try TenorRunner.run(["report", input, "--format", "html"])
        #expect(printed.status == 0)
        #expect(printed.error.isEmpty)
        #expect(printed.output.hasPrefix("<!DOCTYPE html>"))
        let page = folder.url.appendingPathComponent("page.html").path
        let written = try TenorRunner.run(["report", input, "--format", "html", "--output", page])
        #expect(written.status == 0)
        #expect(written.output.isEmpty)
        #expect(try String(contentsOfFile: page, encoding: .utf8) == printed.output)
        // No temporary file is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["article.txt", "page.html"])
    }

    @Test func aMissingOutputFolderIsRefusedBeforeAnyWork() throws {
        let folder = try TemporaryFolder()
        let input = try folder.file("article.txt", Self.article)
        let result = try TenorRunner.run(["report", input, "--format", "html", "--output", folder.url.path + "/no/page.html"])
        #expect(result.status == 2)
        #expect(result.error.contains("its folder"))
        #expect(result.error.contains("does not exist"))
    }

    @Test func otherCommandsRefuseHTML() throws {
        for command in ["stats", "tone", "similar"] {
            let result = try TenorRunner.run([command, "--format", "html"], input: Self.article)
            #expect(result.status == 2, "\(command)")
            #expect(result.error.contains("--format html is for tenor report only"), "\(command)")
        }
    }

    /// Chromium, where Scripts/install-dependencies --browser put it (Scripts/test does).
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The DOM of `page` as headless Chromium builds it, and what the browser logged.
    static func render(_ page: String) throws -> TenorRunner.Result {
        try TenorRunner.run(
            ["--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0", "--dump-dom", "file://\(page)"],
            executable: URL(fileURLWithPath: chromium!))
    }

    /// A report of two files, one with hostile text, as a page in `folder`.
    static func twoFilePage(in folder: TemporaryFolder) throws -> String {
        let first = try folder.file("one.txt", article)
        let second = try folder.file("two.txt", "The library will open next year.\n\nمرحبا good \u{0} news.")
        let page = folder.url.appendingPathComponent("page.html").path
        let report = try TenorRunner.run(["report", first, second, "--format", "html", "--output", page])
        #expect(report.status == 0)
        return page
    }

    @Test(.enabled(if: chromium != nil, "chromium is not installed: run Scripts/install-dependencies --browser"))
    func aRealBrowserRendersThePageWithoutConsoleMessages() throws {
        let folder = try TemporaryFolder()
        let browser = try Self.render(try Self.twoFilePage(in: folder))
        #expect(browser.status == 0)
        let dom = browser.output
        // The DOM as the browser built it: the parts, 4 cards, the hostile text as text.
        #expect(dom.contains("<svg id=\"tone-arc-chart\""))
        #expect(dom.contains("<svg id=\"grade-chart\""))
        #expect(dom.contains("<svg id=\"similarity-map\""))
        #expect(dom.contains("<nav aria-labelledby=\"contents\">"))
        #expect(dom.components(separatedBy: "<article class=\"card\"").count - 1 == 4)
        #expect(dom.contains("id=\"one-txt-p2\""))
        #expect(dom.contains("id=\"two-txt-p2\""))
        // The page's own script only (the similarity map's); the input's is text.
        #expect(dom.components(separatedBy: "<script").count - 1 == 1)
        #expect(dom.contains("<script>document.getElementById(\"similarity-map\")"))
        #expect(dom.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt;"))
        // "happy" moved the tone up: marked, its value on hover.
        #expect(dom.contains("title=\"happy: +"))
        // A script the policy did not allow, or any error, would be logged here.
        #expect(!browser.error.contains(":CONSOLE"), "console: \(browser.error)")
    }

    @Test(.enabled(if: chromium != nil, "chromium is not installed: run Scripts/install-dependencies --browser"))
    func theRenderedPageHasALanguageHeadingsInOrderAndLabelledCharts() throws {
        let folder = try TemporaryFolder()
        let dom = try Self.render(try Self.twoFilePage(in: folder)).output
        #expect(dom.contains("<html lang=\"en\">"))
        let levels = dom.matches(of: /<h([1-6])[ >]/).map { Int($0.output.1)! }
        #expect(levels.filter { $0 == 1 }.count == 1)
        #expect(levels.first == 1)
        for (previous, next) in zip(levels, levels.dropFirst()) { #expect(next <= previous + 1, "h\(previous) then h\(next)") }
        // Each chart is an image named by its own title and description.
        let charts = dom.matches(of: /<svg id="([a-z-]+)" role="img" aria-labelledby="([a-z-]+) ([a-z-]+)"/)
        #expect(charts.count == dom.components(separatedBy: "<svg").count - 1)
        #expect(charts.count == 3)
        for chart in charts {
            #expect(dom.contains("<title id=\"\(chart.output.2)\">"), "\(chart.output.1)")
            #expect(dom.contains("<desc id=\"\(chart.output.3)\">"), "\(chart.output.1)")
        }
    }

    /// A click on a cell of the similarity map, as a reader makes it: the page with one more
    /// script that clicks the first cell, the policy opened for it (a page can't be clicked
    /// from the command line).
    @Test(.enabled(if: chromium != nil, "chromium is not installed: run Scripts/install-dependencies --browser"))
    func clickingASimilarityCellShowsThatPair() throws {
        let folder = try TemporaryFolder()
        let page = try Self.twoFilePage(in: folder)
        var html = try String(contentsOfFile: page, encoding: .utf8)
        let policy = try #require(html.firstRange(of: /<meta http-equiv="Content-Security-Policy"[^>]*>/))
        html.replaceSubrange(policy, with: "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'unsafe-inline'\">")
        html = html.replacingOccurrences(of: "</body>", with: """
            <script>document.querySelector("#similarity-map a[data-pair]").dispatchEvent(new MouseEvent("click", {bubbles: true, cancelable: true}));</script></body>
            """)
        let clicked = folder.url.appendingPathComponent("clicked.html").path
        try html.write(toFile: clicked, atomically: true, encoding: .utf8)
        let browser = try Self.render(clicked)
        let dom = browser.output
        #expect(!browser.error.contains(":CONSOLE"), "console: \(browser.error)")
        // The first cell, and the panel it filled: its title, then each paragraph's text
        // after a link to its card.
        let cell = try #require(dom.firstMatch(of: /<a href="#([a-z0-9-]+)" data-pair="([a-z0-9-]+) ([a-z0-9-]+)"><rect [^>]*><title>([^<]*)<\/title>/))
        #expect(cell.output.1 == cell.output.2)
        let panel = try #require(dom.firstMatch(of: /<div id="pair" class="pair" aria-live="polite">(.*?)<\/div>/.dotMatchesNewlines()))
        let content = String(panel.output.1)
        #expect(content.hasPrefix("<p class=\"pair-title\">\(cell.output.4)</p>"))
        #expect(content.components(separatedBy: "<p class=\"text\" dir=\"auto\"><a href=").count - 1 == 2)
        for id in [cell.output.2, cell.output.3] {
            #expect(content.contains("<a href=\"#\(id)\">"), "\(id)")
        }
        // The text is the card's: the marked words came along.
        #expect(content.contains("<mark class="))
    }
}
