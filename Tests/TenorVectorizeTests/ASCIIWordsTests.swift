import Testing
@testable import TenorVectorize

/// Sixteen bytes at a time, checked against the answers worked out byte by byte.
@Suite struct ASCIIWordsTests {
    static func bytes(_ text: String) -> ASCIIWords.Bytes {
        ASCIIWords.partialLoad(Array(text.utf8), count: text.utf8.count)
    }

    @Test func classifiesAndLowercasesSixteenBytes() {
        // "Ab_9 @[`" : A b _ 9 are word characters (bits 0-3); space, @, [ and ` are not
        // (@ and [ sit just outside A…Z, ` just outside a…z). Then "/09:Zz{^": '/' and ':'
        // bound the digits, '{' follows z, '^' precedes '_' (bits 9, 10, 12, 13).
        let group = ASCIIWords(Self.bytes("Ab_9 @[`/09:Zz{^"), lowercase: true)
        #expect(group.runBits == 0b0011_0110_0000_1111)
        #expect(group.text == Self.bytes("ab_9 @[`/09:zz{^"))
        #expect(ASCIIWords(Self.bytes("Ab_9 @[`/09:Zz{^"), lowercase: false).text == Self.bytes("Ab_9 @[`/09:Zz{^"))
    }

    @Test func nonASCIIBytesMayBelongToTokens() {
        // "é" is 0xC3 0xA9 (bits 1, 2), "—" 0xE2 0x80 0x94 (bits 4-6); neither byte changes.
        let group = ASCIIWords(Self.bytes("aé —"), lowercase: true)
        #expect(group.runBits == 0b0111_0111)
        #expect(group.text == Self.bytes("aé —"))
        #expect(ASCIIWords.holdsNonASCII(Self.bytes("aé")))
        #expect(!ASCIIWords.holdsNonASCII(Self.bytes("a~\u{7F}")))
    }

    @Test func partialLoadStopsAtTheCount() {
        #expect(ASCIIWords.partialLoad(Array("abc".utf8), count: 3) == ASCIIWords.Bytes(0x61, 0x62, 0x63, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
        #expect(ASCIIWords.partialLoad(Array("abc".utf8), count: 0) == .zero)
    }
}
