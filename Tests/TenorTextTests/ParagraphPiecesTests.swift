import Testing
@testable import TenorText

/// Large texts are checked and split in pieces cut at unit boundaries: the units must be those
/// of one pass over the whole text wherever the cut falls.
@Suite struct ParagraphPiecesTests {
    /// Separators of every shape the splitter knows, side by side: blank lines with spaces and
    /// tabs, `\r\n` and lone `\r` line ends, runs of blank lines, white space (ASCII and
    /// Unicode) at units' ends, and two- and three-byte characters beside the line ends.
    static let texts: [String] = [
        "a\n\nb\n \t\nc\n\n\n\nd\r\n\r\ne\r\rf\r\n\ng\n\r\nh",
        "  lead\n\n\ttrail  \n \n\n x\u{A0}\n\n\u{2003}y\u{3000}\n\n",
        "one\ntwo\n\nthree\r\nfour\r\n \r\nfive\n\n \n\n\n\u{2028}\nsix",
        "é\n\nü\r\n\r\n日本\n\t\n\nend",
        "\n\n\n",
        "no separator at all",
    ]

    /// Cut at the boundary at or after every offset: the two sides' units, joined, are the
    /// whole text's, in both splitting modes.
    @Test(arguments: texts, ParagraphSplitting.allCases)
    func everyCutKeepsTheUnits(text: String, splitting: ParagraphSplitting) {
        let bytes = Array(text.utf8)
        let whole = splitting.units(of: bytes)
        for index in 0...bytes.count {
            let cut = splitting.unitBoundary(atOrAfter: index, in: bytes)
            #expect(cut >= index && cut <= bytes.count)
            let joined = splitting.units(of: bytes, in: 0..<cut) + splitting.units(of: bytes, in: cut..<bytes.count)
            #expect(joined == whole, "cut at \(cut)")
        }
    }

    /// A boundary is just past a newline: for paragraphs one that closes a blank line
    /// (offsets counted by hand), for lines any.
    @Test func boundariesFollowTheRightNewline() {
        let bytes = Array("ab\ncd\n \nef\r\n\r\ngh".utf8)
        #expect(ParagraphSplitting.paragraphs.unitBoundary(atOrAfter: 0, in: bytes) == 8)
        #expect(ParagraphSplitting.paragraphs.unitBoundary(atOrAfter: 9, in: bytes) == 14)
        #expect(ParagraphSplitting.paragraphs.unitBoundary(atOrAfter: 15, in: bytes) == bytes.count)
        #expect(ParagraphSplitting.lines.unitBoundary(atOrAfter: 0, in: bytes) == 3)
        #expect(ParagraphSplitting.lines.unitBoundary(atOrAfter: 4, in: bytes) == 6)
    }

    /// Seeded random texts over the characters that matter, cut into 1 to 7 pieces.
    @Test func piecesOfRandomTextsKeepTheUnits() {
        let alphabet: [[UInt8]] = ["a", "b", " ", "\t", "\n", "\n", "\r", "é", "\u{2028}"].map { Array($0.utf8) }
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<300 {
            var bytes: [UInt8] = []
            for _ in 0..<(Int(next(&state) % 120)) { bytes += alphabet[Int(next(&state) % UInt64(alphabet.count))] }
            for splitting in ParagraphSplitting.allCases {
                for parts in 1...7 {
                    let pieces = splitting.pieces(of: bytes, parts: parts)
                    #expect(pieces.first?.lowerBound == 0 && pieces.last?.upperBound == bytes.count)
                    #expect(zip(pieces, pieces.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound && !$0.isEmpty })
                    #expect(pieces.flatMap { splitting.units(of: bytes, in: $0) } == splitting.units(of: bytes))
                }
            }
        }
    }

    /// A text past the size that is split on several cores gives the serial units; invalid
    /// UTF-8 in any piece, or a byte-order mark, leaves the text to the one-pass path.
    @Test func checkedDocumentsMatchTheSerialSplit() throws {
        let paragraph = Array("Ünïcödé words, \r\nand a line.\n \n".utf8)
        var bytes: [UInt8] = []
        while bytes.count < 2 * Document.piecewiseSize { bytes += paragraph }
        let document = try #require(Document(name: "big", checking: TextBytes(bytes), splitting: .paragraphs))
        #expect(document.paragraphs == ParagraphSplitting.paragraphs.units(of: bytes))
        #expect(document.paragraphs.count == bytes.count / paragraph.count)
        var broken = bytes
        broken[broken.count - 10] = 0xFF
        #expect(Document(name: "broken", checking: TextBytes(broken), splitting: .paragraphs) == nil)
        #expect(Document(name: "bom", checking: TextBytes([0xEF, 0xBB, 0xBF] + bytes), splitting: .paragraphs) == nil)
    }

    /// SplitMix64's step (Steele, Lea and Flood 2014).
    private func next(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The byte-buffer functions over arrays, as the tests build their texts.
private extension ParagraphSplitting {
    func unitBoundary(atOrAfter index: Int, in text: [UInt8]) -> Int {
        text.withUnsafeBufferPointer { unitBoundary(atOrAfter: index, in: $0) }
    }

    func units(of text: [UInt8], in range: Range<Int>) -> [Range<Int>] {
        text.withUnsafeBufferPointer { units(of: $0, in: range) }
    }

    func pieces(of text: [UInt8], parts: Int) -> [Range<Int>] {
        text.withUnsafeBufferPointer { pieces(of: $0, parts: parts) }
    }
}
