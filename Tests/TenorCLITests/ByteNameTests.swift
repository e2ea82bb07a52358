import Foundation
import Testing
@testable import TenorCLI

/// File names are bytes on Linux: a name that is not UTF-8 is read like any other and shown
/// with each stray byte as \xHH.
@Suite struct ByteNameTests {
    static let shell = URL(fileURLWithPath: "/bin/sh")

    /// Creates `caf\xE9.EXTENSION` (Latin-1 é) in `folder` holding `text`.
    static func latin1File(in folder: URL, _ text: String, extension: String = "txt") throws {
        let path = Array(folder.path.utf8) + Array("/caf".utf8) + [0xE9] + Array(".\(`extension`)".utf8) + [0]
        let descriptor = path.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        }
        #expect(descriptor >= 0)
        _ = Array(text.utf8).withUnsafeBytes { write(descriptor, $0.baseAddress!, $0.count) }
        close(descriptor)
    }

    @Test func aFolderKeepsFilesWhoseNamesAreNotUTF8() throws {
        let folder = try TemporaryFolder()
        try Self.latin1File(in: folder.url, "Lovely coffee.")
        _ = try folder.file("plain.txt", "Plain tea.")
        let result = try TenorRunner.run(["report", folder.url.path, "--format", "tsv"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.lines.dropFirst().map { $0.split(separator: "\t").first.map(String.init) }
                == ["\(folder.url.path)/caf\\xE9.txt", "\(folder.url.path)/plain.txt"])
    }

    @Test func anArgumentThatIsNotUTF8NamesItsFile() throws {
        let folder = try TemporaryFolder()
        try Self.latin1File(in: folder.url, "Lovely coffee.")
        let result = try TenorRunner.run(
            ["-c", "cd \"$1\" && exec \"$0\" tone \"$(printf 'caf\\351.txt')\" --format tsv", TenorRunner.executable.path, folder.url.path],
            executable: Self.shell)
        #expect(result.status == 0, "\(result.error)")
        let sameText = try TenorRunner.run(["tone", "--format", "tsv"], input: "Lovely coffee.")
        #expect(result.lines.count == 2)
        #expect(result.lines == sameText.lines)
        // A missing one is named the same way.
        let missing = try TenorRunner.run(["-c", "exec \"$0\" tone \"$(printf 'th\\351.txt')\"", TenorRunner.executable.path],
                                          executable: Self.shell)
        #expect(missing.status == 2)
        #expect(missing.error == "tenor: cannot read 'th\\xE9.txt': no such file or folder; check the path\n")
    }

    @Test func aLexiconWhoseNameIsNotUTF8IsRead() throws {
        let folder = try TemporaryFolder()
        try Self.latin1File(in: folder.url, "term\tscore\nzorp\t2\n", extension: "tsv")
        let plain = try folder.file("plain.tsv", "term\tscore\nzorp\t2\n")
        let result = try TenorRunner.run(
            ["-c", "cd \"$1\" && exec \"$0\" tone --lexicon \"$(printf 'caf\\351.tsv')\" --format tsv", TenorRunner.executable.path, folder.url.path],
            input: "zorp", executable: Self.shell)
        #expect(result.status == 0, "\(result.error)")
        let expected = try TenorRunner.run(["tone", "--lexicon", plain, "--format", "tsv"], input: "zorp")
        // 2 / √(2² + 15) = 0.4588, as with the same file under a plain name.
        #expect(result.lines == expected.lines)
        #expect(result.lines.last?.hasPrefix("1\t0.4588\t") == true)
    }

    @Test func shownNamesEscapeOnlyBytesThatAreNotUTF8() {
        #expect(BytePath.shown(Array("café.txt".utf8)) == "café.txt")
        #expect(BytePath.shown([0x63, 0xE9, 0x2E]) == "c\\xE9.")
        // A truncated sequence, a lone continuation byte and a control byte below 0x10.
        #expect(BytePath.shown([0xC3, 0x41, 0x80, 0x0F]) == "\\xC3A\\x80\u{0F}")
        let arguments = CommandLineArguments([Array("report".utf8), [0x61, 0xFF]])
        #expect(arguments.strings == ["report", "a\\xFF"])
        #expect(arguments.rawBytes == ["a\\xFF": [0x61, 0xFF]])
    }
}
