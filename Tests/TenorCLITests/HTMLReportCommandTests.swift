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

    @Test(.enabled(if: chromium != nil, "chromium is not installed: run Scripts/install-dependencies --browser"))
    func aRealBrowserRendersThePageWithoutConsoleMessages() throws {
        let folder = try TemporaryFolder()
        let first = try folder.file("one.txt", Self.article)
        let second = try folder.file("two.txt", "The library will open next year.\n\nمرحبا good \u{0} news.")
        let page = folder.url.appendingPathComponent("page.html").path
        let report = try TenorRunner.run(["report", first, second, "--format", "html", "--output", page])
        #expect(report.status == 0)
        let browser = try TenorRunner.run(
            ["--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0", "--dump-dom", "file://\(page)"],
            executable: URL(fileURLWithPath: Self.chromium!))
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
        #expect(!dom.contains("<script"))
        #expect(dom.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt;"))
        // "happy" moved the tone up: marked, its value on hover.
        #expect(dom.contains("title=\"happy: +"))
        #expect(!browser.error.contains(":CONSOLE"), "console: \(browser.error)")
    }
}
