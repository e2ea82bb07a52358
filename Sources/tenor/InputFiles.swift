/// Turns the paths a user gave into the files to read.
enum InputFiles {
    static let textExtensions: Set<String> = ["txt", "md"]

    /// Files stay as given (`-` is standard input); a folder becomes its text files, recursively,
    /// in sorted order.
    static func expand(_ paths: [String]) throws(CLIError) -> [String] {
        var files: [String] = []
        for path in paths {
            guard path != "-", POSIXFile.isDirectory(path) else {
                files.append(path)
                continue
            }
            let found = try textFiles(in: path)
            guard !found.isEmpty else {
                throw .usage("folder '\(path)' holds no .txt or .md files: name the files to read, or add text files to it")
            }
            files += found
        }
        return files
    }

    private static func textFiles(in folder: String) throws(CLIError) -> [String] {
        var found: [String] = []
        for name in try POSIXFile.entries(of: folder).sorted() where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            if POSIXFile.isDirectory(path) {
                found += try textFiles(in: path)
            } else if let dot = name.lastIndex(of: "."),
                      textExtensions.contains(name[name.index(after: dot)...].lowercased()) {
                found.append(path)
            }
        }
        return found
    }
}
