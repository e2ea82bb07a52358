import Foundation
import Testing
import Tenor
@testable import TenorCLI

/// `tenor stats` writes its table, Markdown, CSV and TSV views block by block, with running
/// totals (``StatisticsTally``): whatever the block size, the output is the whole input's
/// (the table's cells; its column widths are set by the first block).
@Suite struct StatsBlocksTests {
    static func blockLines(_ paths: [String], blockSize: Int, format: OutputFormat, split: [String] = []) throws -> [String] {
        let command = try #require(TenorCommand.parseAsRoot(["stats"] + split) as? StatsCommand)
        let collected = BlockTesting.Collected()
        try command.writeInBlocks(try BlockTesting.reader(paths, command.input, blockSize: blockSize),
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
                for format: OutputFormat in [.markdown, .csv, .tsv] {
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
}
