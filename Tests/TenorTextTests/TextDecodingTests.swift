import Testing
@testable import TenorText

@Suite struct TextDecodingTests {
    @Test func byteOrderMarkIsSkipped() throws {
        #expect(try TextDecoding.utf8([0xEF, 0xBB, 0xBF, 0x61, 0x62]) == [0x61, 0x62])
    }

    /// Each case: bytes and the offset of the first invalid byte (worked out from RFC 3629's table).
    @Test(arguments: [
        ([0x61, 0x80, 0x62] as [UInt8], 1),            // lone continuation byte
        ([0x61, 0x62, 0xC3], 2),                        // truncated two-byte sequence at the end
        ([0xC0, 0xAF], 0),                              // overlong encoding of '/'
        ([0x61, 0xED, 0xA0, 0x80], 1),                  // UTF-16 surrogate U+D800
        ([0xF4, 0x90, 0x80, 0x80], 0),                  // above U+10FFFF
        ([0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0xFF], 9), // after the 8-byte fast path
        ([0xE2, 0x80, 0x41], 0),                        // three-byte sequence cut short
    ])
    func invalidBytesAreReportedAtTheirOffset(bytes: [UInt8], offset: Int) {
        #expect(throws: InvalidUTF8(offset: offset)) { try TextDecoding.utf8(bytes) }
    }

    /// Past the 32-byte fast path: a bad byte as the last of a 32-byte step, and one after a
    /// valid é that ends two steps of ASCII (64 + 2 + 33 = 99).
    @Test func invalidBytesAfterLongASCIIRuns() {
        let letters = { (count: Int) in [UInt8](repeating: 0x61, count: count) }
        let lastOfStep: [UInt8] = letters(31) + [0x80] + letters(40)
        #expect(throws: InvalidUTF8(offset: 31)) { try TextDecoding.utf8(lastOfStep) }
        let afterAccent: [UInt8] = letters(64) + [0xC3, 0xA9] + letters(33) + [0xFE]
        #expect(throws: InvalidUTF8(offset: 99)) { try TextDecoding.utf8(afterAccent) }
    }

    @Test func validMultibyteTextPasses() throws {
        let text = "Lisbon’s café — 日本 😀 ❤️"
        #expect(try TextDecoding.utf8(Array(text.utf8)) == Array(text.utf8))
    }

    @Test func lossyDecodingReplacesBadBytes() throws {
        let repaired = try TextDecoding.utf8([0x61, 0xFF, 0x62], lossy: true)
        #expect(String(decoding: repaired, as: UTF8.self) == "a\u{FFFD}b")
    }
}
