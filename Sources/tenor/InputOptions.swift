import ArgumentParser
import Tenor

/// The inputs every command reads, and how they are cut into units.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Text files or folders (every .txt and .md file inside, in sorted order). `-` or nothing reads standard input.",
        valueName: "file"))
    var files: [String] = []

    @Option(help: "Units to measure: `paragraphs` (blocks separated by a blank line) or `lines` (every non-empty line).")
    var split: ParagraphSplitting = .paragraphs

    @Flag(help: "Replace bytes that are not UTF-8 with U+FFFD instead of stopping.")
    var lossy = false

    /// Reads every input as a ``Document``.
    func documents() throws(CLIError) -> [Document] {
        try documents(files.isEmpty ? ["-"] : files)
    }

    /// Reads `paths` (files, folders or `-`) as documents, split and decoded as the inputs are.
    func documents(_ paths: [String]) throws(CLIError) -> [Document] {
        var documents: [Document] = []
        for path in try InputFiles.expand(paths) {
            let bytes = try POSIXFile.readAll(path)
            let text: [UInt8]
            do {
                text = try TextDecoding.utf8(bytes, lossy: lossy)
            } catch {
                let line = ParagraphSplitting.lineNumber(ofOffset: error.offset, in: bytes)
                let name = path == "-" ? "standard input" : "'\(path)'"
                throw .usage("\(name) is not valid UTF-8 at line \(line), byte offset \(error.offset): convert it to UTF-8, or pass --lossy to replace bad bytes")
            }
            documents.append(Document(name: path, text: text, splitting: split))
        }
        return documents
    }
}

extension ParagraphSplitting: ExpressibleByArgument {}
