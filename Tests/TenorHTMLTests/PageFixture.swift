import Foundation
import Tenor
@testable import TenorHTML

/// A report and its page, made the way `tenor report --format html` makes them.
struct PageFixture {
    let documents: [Document]
    let options: ReportOptions
    let report: Report
    let page: String

    init(_ files: [(name: String, text: String)], engine: ToneEngine = .vader, limits: PageLimits = PageLimits()) throws {
        documents = files.map { Document(name: $0.name, string: $0.text) }
        options = ReportOptions(tone: ToneScorer(engine: engine), profiler: nil)
        let analysed = try ReportAnalysis(options: options).reportWithTerms(documents)
        report = analysed.report
        var html = HTMLReport(report: report, terms: analysed.terms, documents: documents, options: options)
        html.limits = limits
        page = html.page()
    }

    init(text: String, engine: ToneEngine = .vader, limits: PageLimits = PageLimits()) throws {
        try self.init([("article.txt", text)], engine: engine, limits: limits)
    }

    /// Every value of attribute `name` on the page, in order.
    func values(of name: String) -> [String] {
        page.matches(of: try! Regex("\(name)=\"([^\"]*)\"")).map { String($0.output[1].substring!) }
    }

    /// The `<script` tags on the page that are not the page's own script.
    var otherScripts: Int {
        page.replacingOccurrences(of: "<script>\(PageScript.source)</script>", with: "").components(separatedBy: "<script").count - 1
    }

    /// How often `text` occurs on the page.
    func count(_ text: String) -> Int {
        page.components(separatedBy: text).count - 1
    }

    /// The report as `tenor report --format json` carries it: encoded with snake_case keys and
    /// read back.
    var json: Report {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try! decoder.decode(Report.self, from: encoder.encode(report))
    }
}
