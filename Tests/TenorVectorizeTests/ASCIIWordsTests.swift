import Testing
@testable import TenorVectorize

/// Eight bytes at a time, checked against the answers worked out byte by byte.
@Suite struct ASCIIWordsTests {
    static func word(_ text: String) -> UInt64 {
        ASCIIWords.partialLoad(Array(text.utf8), count: text.utf8.count)
    }

    @Test func classifiesAndLowercasesEightBytes() {
        // "Ab_9 @[`" : A b _ 9 are word characters (bits 0-3); space, @, [ and ` are not
        // (@ and [ sit just outside A…Z, ` just outside a…z).
        let group = ASCIIWords(Self.word("Ab_9 @[`"), lowercase: true)
        #expect(group.runBits == 0b0000_1111)
        #expect(group.text == Self.word("ab_9 @[`"))
        #expect(ASCIIWords(Self.word("Ab_9 @[`"), lowercase: false).text == Self.word("Ab_9 @[`"))
    }

    @Test func rangeEdges() {
        // / 0 9 : Z z { ^ : '/' and ':' bound the digits, '{' follows z, '^' precedes '_'.
        let group = ASCIIWords(Self.word("/09:Zz{^"), lowercase: true)
        #expect(group.runBits == 0b0011_0110)
        #expect(group.text == Self.word("/09:zz{^"))
    }

    @Test func partialLoadStopsAtTheCount() {
        #expect(ASCIIWords.partialLoad(Array("abc".utf8), count: 3) == 0x63_62_61)
        #expect(ASCIIWords.partialLoad(Array("abc".utf8), count: 0) == 0)
    }
}
