import Foundation
import Testing
import Tenor
@testable import TenorCLI

/// The command tested without spawning the binary: argument parsing, validation and the views
/// that turn library reports into lines. (The end-to-end tests beside this one run the binary.)
@Suite struct InProcessCommandTests {
    @Test func typedOptionsParse() throws {
        let parsed = try TenorCommand.parseAsRoot(
            ["vectorize", "in.txt", "--output", "out", "--ngram", "1,2", "--min-df", "0.5", "--max-df", "7", "--norm", "none"])
        let command = try #require(parsed as? VectorizeCommand)
        #expect(command.vectorizer.ngram == NgramRange(1...2))
        #expect(command.vectorizer.minDf == .proportion(0.5))
        #expect(command.vectorizer.maxDf == .count(7))
        let options = try command.vectorizer.options()
        #expect(options.ngramRange == 1...2)
        #expect(options.weighting.norm == nil)
    }

    @Test(arguments: [
        (["vectorize", "-", "--output", "o", "--ngram", "2,1"], "give MIN,MAX with 1 <= MIN <= MAX"),
        (["vectorize", "-", "--output", "o", "--min-df", "many"], "give a count of paragraphs (2) or a proportion"),
        (["vectorize", "-", "--output", "o", "--norm", "l3"], "'l2', 'l1' or 'none'"),
    ])
    func badValuesSayWhatToWrite(arguments: [String], advice: String) {
        do {
            _ = try TenorCommand.parseAsRoot(arguments)
            Issue.record("\(arguments) parsed")
        } catch {
            #expect(TenorCommand.message(for: error).contains(advice), "\(TenorCommand.message(for: error))")
            #expect(TenorCommand.exitCode(for: error) != .success)
        }
    }

    /// Conflicts are refused by `validate()`, while parsing, before any input is read.
    @Test(arguments: [
        (["similar", "a.txt", "--query", "x", "--against", "b.txt"], "are alternatives"),
        (["similar", "a.txt", "--duplicates", "--query", "x"], "leave out --against"),
        (["similar", "--query-file", "-"], "standard input can be read only once"),
        (["learn", "labels.tsv", "--output", "o.tsv", "--folds", "1"], "2 or more folds"),
    ])
    func conflictsAreRefusedWhileParsing(arguments: [String], message: String) {
        #expect(throws: (any Error).self) { try TenorCommand.parseAsRoot(arguments) }
        do {
            _ = try TenorCommand.parseAsRoot(arguments)
        } catch {
            #expect(TenorCommand.message(for: error).contains(message), "\(TenorCommand.message(for: error))")
        }
    }

    @Test func aFileAloneRunsTheReport() throws {
        #expect(try TenorCommand.parseAsRoot(["article.txt"]) is ReportCommand)
    }

    /// The tone view's TSV carries the library report's numbers, four decimals as in JSON.
    @Test func toneViewPrintsTheReportsNumbers() throws {
        let documents = [Document(name: "a", string: "What a wonderful day.\n\nThe service was awful.")]
        let report = ToneAnalysis().report(documents)
        let lines = try ToneView(report: report).lines(.tsv)
        #expect(lines[0] == "paragraph\tcompound\tpositive\tneutral\tnegative\tlabel")
        for (line, unit) in zip(lines.dropFirst(), report.paragraphs) {
            let cells = line.split(separator: "\t").map(String.init)
            #expect(Int(cells[0]) == unit.paragraph)
            #expect(try abs(#require(Double(cells[1])) - unit.compound) < 5e-5)
            #expect(cells[5] == unit.label.rawValue)
        }
        #expect(lines.count == 3)
    }

    /// JSON Lines rows decode to the report's values, `paragraph` first.
    @Test func jsonLinesRowsAreTheReportsRows() throws {
        let report = StatisticsAnalysis().report([Document(name: "a", string: "One short line.\n\nTwo more words here.")])
        let lines = try StatisticsView(report: report).lines(.jsonl)
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix(#"{"paragraph":1,"#))
        let row = try #require(JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(row["words"] as? Int == report.paragraphs[1].words)
        #expect(row["sentences"] as? Int == report.paragraphs[1].sentences)
    }
}
