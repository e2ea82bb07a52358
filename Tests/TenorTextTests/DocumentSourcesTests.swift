import Testing
import TenorText
#if canImport(Glibc)
import Glibc
#endif

/// The three ways a library user makes a document: a String, bytes (validated), a file.
@Suite struct DocumentSourcesTests {
    @Test func aStringIsSplitIntoParagraphs() {
        let document = Document(name: "note", string: "First one.\n\nSecond one.\n")
        #expect(document.paragraphs.count == 2)
        #expect(document.string(document.paragraphs[1]) == "Second one.")
        #expect(Document(name: "lines", string: "a\nb\nc", splitting: .lines).paragraphs.count == 3)
    }

    @Test func bytesAreValidatedAndTheBadOneIsLocated() throws {
        // "ok\n\nbad " then 0xFF: line 3 (two newlines before it), byte offset 8.
        let bytes = Array("ok\n\nbad ".utf8) + [0xFF]
        #expect(throws: DocumentError.notUTF8(document: "x", line: 3, offset: 8, encoding: nil)) {
            try Document(name: "x", bytes: bytes)
        }
        let lossy = try Document(name: "x", bytes: bytes, lossy: true)
        #expect(lossy.string(lossy.paragraphs[1]) == "bad \u{FFFD}")
    }

    @Test func aByteOrderMarkIsDroppedOrNamed() throws {
        let document = try Document(name: "bom", bytes: [0xEF, 0xBB, 0xBF] + Array("Hi.".utf8))
        #expect(Array(document.text) == Array("Hi.".utf8))
        #expect(throws: DocumentError.notUTF8(document: "u16", line: 1, offset: 0, encoding: "UTF-16 LE")) {
            try Document(name: "u16", bytes: [0xFF, 0xFE, 0x48, 0x00])
        }
    }

    @Test func aFileIsReadByItsPath() throws {
        var template = Array("/tmp/tenor-document-XXXXXX".utf8CString)
        let descriptor = mkstemp(&template)
        try #require(descriptor >= 0)
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { unlink(path) }
        let text = Array("One.\n\nTwo.\n\nThree.".utf8)
        #expect(write(descriptor, text, text.count) == text.count)
        close(descriptor)
        let document = try Document(contentsOfFile: path)
        #expect(document.name == path)
        #expect(document.paragraphs.count == 3)
    }

    @Test func aMissingFileSaysWhy() {
        #expect(throws: DocumentError.unreadable(path: "/no/such/file.txt", reason: "No such file or directory")) {
            try Document(contentsOfFile: "/no/such/file.txt")
        }
    }
}
