/// Turns the paths a user gave into the files to read.
enum InputFiles {
    static let textExtensions: Set<String> = ["txt", "md"]

    /// Files stay as given (`-` is standard input); a folder becomes its `.txt` and `.md` files
    /// (any letter case), recursively, in sorted order. Hidden entries (`.name`) are skipped,
    /// and so is anything that is neither a file nor a folder (a dangling link, a socket).
    /// Each folder is read once, however many links lead to it, so link loops end.
    static func expand(_ paths: [String]) throws(CLIError) -> [String] {
        var files: [String] = []
        var visited = Set<POSIXFile.Identity>()
        for path in paths {
            guard path != "-", POSIXFile.isDirectory(path) else {
                files.append(path)
                continue
            }
            let found = try textFiles(in: path, visited: &visited)
            guard !found.isEmpty else {
                throw .usage("folder '\(path)' holds no .txt or .md files: name the files to read, or add text files to it")
            }
            files += found
        }
        return files
    }

    private static func textFiles(in folder: String, visited: inout Set<POSIXFile.Identity>) throws(CLIError) -> [String] {
        guard let identity = POSIXFile.identity(of: folder), visited.insert(identity).inserted else { return [] }
        var found: [String] = []
        for name in try POSIXFile.entries(of: folder).sorted() where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            if POSIXFile.isDirectory(path) {
                found += try textFiles(in: path, visited: &visited)
            } else if POSIXFile.isRegularFile(path), let dot = name.lastIndex(of: "."),
                      textExtensions.contains(name[name.index(after: dot)...].lowercased()) {
                found.append(path)
            }
        }
        return found
    }
}
