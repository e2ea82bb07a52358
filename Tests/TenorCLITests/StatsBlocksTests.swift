import Foundation
import Testing
import Tenor
@testable import TenorCLI

/// `tenor stats` writes every view block by block, with running totals (``StatisticsTally``),
/// and JSON's key terms against each file's term counts from a first pass: whatever the block
/// size, the output is the whole input's (the table's cells; its column widths are set by the
/// first block).
@Suite struct StatsBlocksTests {
    static func blockLines(_ paths: [String], blockSize: Int, format: OutputFormat) throws -> [String] {
        let command = try #require(TenorCommand.parseAsRoot(["stats"]) as? StatsCommand)
        let collected = BlockTesting.Collected()
        // JSON and JSON Lines: a first pass for each file's term counts, as the command does.
        let totals = format == .json || format == .jsonl
            ? try command.fileTermTotals(try BlockTesting.reader(paths, command.input, blockSize: blockSize))
            : nil
        try command.writeInBlocks(try BlockTesting.reader(paths, command.input, blockSize: blockSize), keyTermsWithin: totals,
                                  to: BlockOutput(format: format, to: collected, width: nil))
        return collected.lines
    }

    /// The whole input counted at once, with the details the table views show.
    static func wholeLines(_ paths: [String], format: OutputFormat) throws -> [String] {
        let report = StatisticsAnalysis().report(try BlockTesting.documents(paths))
        return try StatisticsView(report: report).lines(format)
    }

    @Test func everyViewWrittenInBlocksIsTheWholeInputsView() throws {
        let folder = try TemporaryFolder()
        let inputs = try BlockTesting.inputs(folder)
        for paths in [inputs, [inputs[0]], [inputs[1], inputs[2], inputs[0]]] {
            for blockSize in [16, 100, 1 << 20] {
                for format: OutputFormat in [.markdown, .json, .jsonl, .csv, .tsv] {
                    #expect(try Self.blockLines(paths, blockSize: blockSize, format: format) == Self.wholeLines(paths, format: format),
                            "\(paths.count) files, --format \(format) in blocks of \(blockSize)")
                }
                #expect(BlockTesting.cells(try Self.blockLines(paths, blockSize: blockSize, format: .table))
                        == BlockTesting.cells(try Self.wholeLines(paths, format: .table)))
            }
        }
    }

    /// The Markdown summary holds what only the whole input knows: lexical diversity over every
    /// word in order (MTLD reads them backwards too) and the most frequent terms. By hand: the
    /// five moods cycle over a.txt's twelve paragraphs, so the first two come three times
    /// each, the other three twice; "paragraph" is in all twelve; stop words ("the", "never",
    /// "again") are left out; ties go alphabetically, ten terms listed.
    @Test func summariesCountAcrossBlocks() throws {
        let folder = try TemporaryFolder()
        let lines = try Self.blockLines(try BlockTesting.inputs(folder), blockSize: 16, format: .markdown)
        let summary = try #require(lines.firstIndex(of: "**Summary: all input**"))
        #expect(lines[summary...].contains("- paragraphs: 15"))
        let terms = try #require(lines[summary...].first { $0.hasPrefix("- frequent terms: ") })
        #expect(terms == "- frequent terms: paragraph (12), awful (3), day (3), happy (3), service (3), slow (3), "
                    + "wonderful (3), bad (2), came (2), hate (2)")
        #expect(lines[summary...].contains { $0.hasPrefix("- MTLD: ") && !$0.hasSuffix("—") })
    }

    /// "crème" composed (U+00E8) and decomposed (e + U+0300) are two terms to the vocabulary,
    /// though Swift strings call them equal: the totals gathered over blocks keep them apart,
    /// as the whole file's matrix does (counting them as one changed their key terms).
    @Test func canonicallyEquivalentTermsStayApart() throws {
        let folder = try TemporaryFolder()
        let composed = "cr\u{E8}me", decomposed = "cre\u{300}me"
        let text = ["\(composed) brûlée, \(composed) again.", "A \(decomposed) caramel.", "Plain toast.", "More \(composed) please."]
            .joined(separator: "\n\n")
        let paths = [try folder.file("desserts.txt", text)]
        for format: OutputFormat in [.json, .markdown] {
            #expect(try Self.blockLines(paths, blockSize: 16, format: format) == Self.wholeLines(paths, format: format))
        }
        let markdown = try Self.blockLines(paths, blockSize: 16, format: .markdown)
        #expect(markdown.contains { $0.contains("\(composed) (3)") && $0.contains("\(decomposed) (1)") })
    }
}
