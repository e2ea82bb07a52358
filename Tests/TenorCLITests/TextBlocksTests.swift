import Foundation
import Testing
import Tenor
@testable import TenorCLI

/// Reading in blocks gives exactly the units of the whole text, whatever the block size.
@Suite struct TextBlocksTests {
    /// Separators of every kind (spaces and tabs on the blank line, CR LF, runs of blank lines),
    /// a leading byte-order mark, a unit right at the end without a line end.
    static let text = "\u{FEFF}One.\nstill one\n\n \t\nTwo  \r\n\r\nThree\n\n\n\nFour\r\nfour\n  \n\n\nFive"

    static func units(_ splitting: ParagraphSplitting, blockSize: Int) throws -> [String] {
        let folder = try TemporaryFolder()
        let path = try folder.file("blocks.txt", text)
        var blocks = try TextBlocks(BytePath(argument: path), boundary: TextBlocks.Boundary(splitting), lossy: false,
                                    limit: try InputLimit.text(), blockSize: blockSize)
        defer { blocks.finish() }
        var units: [String] = []
        while let (block, _) = try blocks.next() {
            let document = Document(name: path, text: block, splitting: splitting)
            units += document.paragraphs.map(document.string)
        }
        return units
    }

    @Test(arguments: ParagraphSplitting.allCases)
    func blocksGiveTheWholeTextsUnits(splitting: ParagraphSplitting) throws {
        let whole = Document(name: "-", text: try TextDecoding.utf8(Array(Self.text.utf8)), splitting: splitting)
        let expected = whole.paragraphs.map(whole.string)
        // Paragraphs: One…one, Two, Three, Four…four, Five; lines: the seven that are not blank.
        #expect(expected.count == (splitting == .paragraphs ? 5 : 7))
        for size in [1, 2, 3, 5, 8, 13, 1 << 16] {
            #expect(try Self.units(splitting, blockSize: size) == expected, "block size \(size)")
        }
    }

    /// Invalid UTF-8 in a later block is named by its line and byte offset in the whole file.
    @Test func invalidUTF8IsPlacedInTheWholeFile() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("bad.txt", Data("First.\n\nSecond.\n\ncaf".utf8) + Data([0xE9]) + Data("\n".utf8))
        var blocks = try TextBlocks(BytePath(argument: path), boundary: .paragraph, lossy: false,
                                    limit: try InputLimit.text(), blockSize: 4)
        defer { blocks.finish() }
        var message = ""
        do {
            while try blocks.next() != nil {}
        } catch {
            message = error.description
        }
        // "First.\n\nSecond.\n\n" is 17 bytes, "caf" 3 more: offset 20, line 5.
        #expect(message == "'\(path)' is not valid UTF-8 at line 5, byte offset 20: convert it to UTF-8, or pass --lossy to replace bad bytes")
    }
}
