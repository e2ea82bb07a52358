import Foundation
import Testing

/// Shell completion: the bash script argument-parser writes for `tenor`, run by bash itself in a
/// folder of sample files, offers the files each option reads (directories too, to descend).
@Suite struct CompletionTests {
    /// What bash offers after `line` (which ends where the cursor is) in `folder`.
    static func offered(after words: [String], in folder: TemporaryFolder) throws -> [String] {
        let script = try TenorRunner.run(["--generate-completion-script", "bash"])
        #expect(script.status == 0)
        let scriptFile = try folder.file("completion.bash", script.output)
        let quoted = words.map { "'\($0)'" }.joined(separator: " ")
        let line = words.joined(separator: " ")
        let program = """
            cd '\(folder.url.path)' && source '\(scriptFile)'
            COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1)
            COMP_LINE='\(line)'; COMP_POINT=${#COMP_LINE}
            _tenor tenor '\(words.last!)' '\(words[words.count - 2])'
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let result = try TenorRunner.run(["-c", program], executable: URL(fileURLWithPath: "/bin/bash"))
        #expect(result.status == 0, "\(result.error)")
        return result.lines.filter { !$0.isEmpty && $0 != "completion.bash" }.sorted()
    }

    static func folderOfSamples() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for name in ["words.tsv", "article.txt", "notes.md", "data.json", "labels.jsonl"] { _ = try folder.file(name, "x") }
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("chapters"), withIntermediateDirectories: false)
        return folder
    }

    @Test func inputsCompleteToTextFilesAndFolders() throws {
        let folder = try Self.folderOfSamples()
        #expect(try Self.offered(after: ["tenor", "tone", ""], in: folder) == ["article.txt", "chapters", "notes.md"])
    }

    @Test func lexiconsCompleteToTSVFiles() throws {
        let folder = try Self.folderOfSamples()
        #expect(try Self.offered(after: ["tenor", "tone", "--lexicon", ""], in: folder) == ["chapters", "words.tsv"])
    }

    @Test func labelledTextsCompleteToTSVAndJSONLines() throws {
        let folder = try Self.folderOfSamples()
        #expect(try Self.offered(after: ["tenor", "learn", ""], in: folder) == ["chapters", "labels.jsonl", "words.tsv"])
    }

    @Test func formatsCompleteToTheirNames() throws {
        let folder = try Self.folderOfSamples()
        #expect(try Self.offered(after: ["tenor", "stats", "--format", ""], in: folder)
                == ["csv", "html", "json", "jsonl", "markdown", "table", "tsv"])
    }

    @Test(arguments: ["zsh", "fish"])
    func otherShellsGetAScriptNamingEveryCommand(shell: String) throws {
        let script = try TenorRunner.run(["--generate-completion-script", shell])
        #expect(script.status == 0)
        for command in ["report", "stats", "similar", "tone", "learn", "vectorize"] {
            #expect(script.output.contains(command))
        }
    }
}
