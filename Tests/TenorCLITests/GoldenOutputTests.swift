import Foundation
import Testing

/// Every JSON and JSON Lines output, compared with the committed one (Tests/Fixtures/golden/,
/// made by Scripts/make-golden-outputs from Examples/city-budget.txt; commands.tsv lists them).
/// The keys, their order, the layout and every string must be the same byte for byte; numbers
/// agree to 1e-5 relative, since BLAS may sum in another order on another machine or thread
/// count. A deliberate change to the contract regenerates the files and shows in the diff.
@Suite struct GoldenOutputTests {
    static let folder = TenorRunner.fixtures.appendingPathComponent("golden")

    /// (file, arguments) rows of commands.tsv.
    static let commands: [(file: String, arguments: [String])] = {
        let table = (try? String(contentsOf: folder.appendingPathComponent("commands.tsv"), encoding: .utf8)) ?? ""
        return table.split(separator: "\n").dropFirst().map { row in
            let cells = row.split(separator: "\t")
            return (String(cells[0]), cells[1].split(separator: " ").map(String.init))
        }
    }()

    @Test func everyCommandIsListed() {
        let files = Set(Self.commands.map(\.file))
        #expect(files.count == 12)
        for command in ["report", "stats", "tone", "similar"] {
            #expect(files.contains("\(command).json") && files.contains("\(command).jsonl"))
        }
    }

    @Test(arguments: commands.map(\.file))
    func outputMatchesTheGoldenFile(file: String) throws {
        let arguments = try #require(Self.commands.first { $0.file == file }).arguments
        let input = try String(contentsOf: TenorRunner.fixtures.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples/city-budget.txt"), encoding: .utf8)
        let result = try TenorRunner.run(arguments, input: input)
        #expect(result.status == 0, "\(result.error)")
        let golden = try String(contentsOf: Self.folder.appendingPathComponent(file), encoding: .utf8)
        let (shape, numbers) = Self.split(result.output)
        let (goldenShape, goldenNumbers) = Self.split(golden)
        #expect(shape == goldenShape)
        try #require(numbers.count == goldenNumbers.count)
        for (index, (number, expected)) in zip(numbers, goldenNumbers).enumerated() {
            #expect(abs(number - expected) <= 1e-5 * max(1, abs(expected)), "number \(index + 1): \(number), golden \(expected)")
        }
    }

    /// The JSON text with each number outside strings replaced by `#`, and the numbers.
    static func split(_ json: String) -> (shape: String, numbers: [Double]) {
        var shape = ""
        var numbers: [Double] = []
        var inString = false
        var escaped = false
        var number = ""
        for character in json {
            if inString {
                shape.append(character)
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
            } else if character.isASCII && (character.isNumber || character == "-")
                        || (!number.isEmpty && "+.eE".contains(character)) {
                number.append(character)
            } else {
                if !number.isEmpty {
                    numbers.append(Double(number) ?? .nan)
                    shape.append("#")
                    number = ""
                }
                if character == "\"" { inString = true }
                shape.append(character)
            }
        }
        if !number.isEmpty {
            numbers.append(Double(number) ?? .nan)
            shape.append("#")
        }
        return (shape, numbers)
    }
}
