import Tenor

/// The fragment ids of files and paragraphs: `p7` with one file, `NAME-p7` with several, where
/// NAME is the file's name cut down to ASCII letters, digits and dashes (ids never carry input
/// bytes as they are), numbered when two files would share one.
struct ParagraphAnchors {
    /// Per document, its id prefix (`""` with one file).
    let prefixes: [String]
    private let prefixByName: [String: String]

    init(_ documents: [Document]) {
        guard documents.count > 1 else {
            prefixes = documents.map { _ in "" }
            prefixByName = [:]
            return
        }
        var taken: Set<String> = []
        var prefixes: [String] = []
        for (index, document) in documents.enumerated() {
            let base = Self.slug(document.name)
            var prefix = base.isEmpty ? "file\(index + 1)" : base
            if taken.contains(prefix) { prefix += "-\(index + 1)" }
            taken.insert(prefix)
            prefixes.append(prefix + "-")
        }
        self.prefixes = prefixes
        prefixByName = Dictionary(zip(documents.map(\.name), prefixes), uniquingKeysWith: { first, _ in first })
    }

    /// The id of paragraph `number` of document `document`.
    func paragraph(_ number: Int, document: Int) -> String { "\(prefixes[document])p\(number)" }

    /// The id of paragraph `number` of the file named `file` (nil with one file).
    func paragraph(_ number: Int, file: String?) -> String {
        "\(file.flatMap { prefixByName[$0] } ?? "")p\(number)"
    }

    /// The id of document `document`'s section.
    func file(_ document: Int) -> String { "\(prefixes[document])file" }

    /// The last path component, lowercased, other characters as dashes, runs of dashes as one.
    private static func slug(_ name: String) -> String {
        let last = name.split(separator: "/").last.map(String.init) ?? name
        var slug = ""
        for scalar in last.unicodeScalars {
            let keep = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
            if keep { slug.unicodeScalars.append(Unicode.Scalar(UInt8(scalar.value)).lowercasedASCII) }
            else if !slug.isEmpty, slug.last != "-" { slug.append("-") }
        }
        while slug.last == "-" { slug.removeLast() }
        return slug
    }
}

private extension Unicode.Scalar {
    var lowercasedASCII: Unicode.Scalar {
        ("A"..."Z").contains(self) ? Unicode.Scalar(value + 32)! : self
    }
}
