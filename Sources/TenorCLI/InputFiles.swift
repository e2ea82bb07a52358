#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the paths a user gave into the files to read.
enum InputFiles {
    static let textExtensions: Set<String> = ["txt", "md"]

    /// Files stay as given (`-` is standard input); a folder becomes its `.txt` and `.md` files
    /// (or those of `extensions`; any letter case), recursively, in sorted order of their names' bytes. Hidden entries
    /// (`.name`) are skipped, and so is anything that is neither a file nor a folder (a dangling
    /// link, a socket) and, found in a folder, any file in `excluded` (an output Tenor writes).
    /// Within a folder given, each folder is read once however many links lead to it, so link
    /// loops end. A file reached twice (given twice, or also inside a folder given) is read each
    /// time, as asked, with a warning: its paragraphs will meet their own copies.
    static func expand(_ paths: [BytePath], excluding excluded: Set<POSIXFile.Identity> = [],
                       extensions: Set<String> = textExtensions) throws(CLIError) -> [BytePath] {
        var expansion = Expansion(excluded: excluded, extensions: extensions)
        for path in paths {
            guard !path.isStandardInput, POSIXFile.isDirectory(path) else {
                expansion.add(path)
                continue
            }
            let before = expansion.files.count
            expansion.folders = []
            try expansion.addTextFiles(in: path)
            guard expansion.files.count > before else {
                let names = extensions.sorted(by: >).map { "." + $0 }.joined(separator: " or ")
                throw .usage("folder \(path.quoted) holds no \(names) files: name the files to read, or add such files to it")
            }
        }
        return expansion.files
    }

    private struct Expansion {
        let excluded: Set<POSIXFile.Identity>
        /// The extensions of the files read in a folder.
        let extensions: Set<String>
        var files: [BytePath] = []
        var folders = Set<POSIXFile.Identity>()
        var firstPaths: [POSIXFile.Identity: BytePath] = [:]

        /// Adds a file, warning when it was added already (by this path or another).
        mutating func add(_ path: BytePath) {
            if !path.isStandardInput, let identity = POSIXFile.identity(of: path) {
                if let first = firstPaths[identity] {
                    let again = first == path ? "is given more than once" : "is the same file as \(first.quoted)"
                    StandardOutput.printError("tenor: warning: \(path.quoted) \(again); it is read again, so its paragraphs will match their own copies")
                } else {
                    firstPaths[identity] = path
                }
            }
            files.append(path)
        }

        /// Adds the text files in `folder` and its subfolders.
        mutating func addTextFiles(in folder: BytePath) throws(CLIError) {
            guard let identity = POSIXFile.identity(of: folder), folders.insert(identity).inserted else { return }
            let names = try POSIXFile.entries(of: folder).sorted { $0.lexicographicallyPrecedes($1) }
            for name in names where name.first != UInt8(ascii: ".") {
                let path = folder.appending(name)
                if POSIXFile.isDirectory(path) {
                    try addTextFiles(in: path)
                } else if POSIXFile.isRegularFile(path), InputFiles.hasExtension(name, in: extensions),
                          !(POSIXFile.identity(of: path).map(excluded.contains) ?? false) {
                    add(path)
                }
            }
        }
    }

    /// The bytes `paths` hold together, for a progress display's total; nil when standard input
    /// (or anything else whose size is not known beforehand) is among them.
    static func totalSize(of paths: [BytePath]) -> Int? {
        var total = 0
        for path in paths {
            guard !path.isStandardInput, let info = POSIXFile.status(path), (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            total += Int(info.st_size)
        }
        return total
    }

    /// Whether a name ends in one of `extensions` (`.txt`, `.md`), in any letter case.
    static func hasExtension(_ name: [UInt8], in extensions: Set<String>) -> Bool {
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")) else { return false }
        return extensions.contains(String(decoding: name[(dot + 1)...], as: UTF8.self).lowercased())
    }
}
