#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TenorText

/// Word valences on VADER's scale (-4…4): a built-in lexicon or a user's TSV file.
///
/// A user file has a header line and then `term<TAB>score` rows (more columns are allowed if the
/// header names them; the score is the second). Scores are taken as they are, on VADER's scale.
/// Terms are matched against lower-cased words, so write them in lower case.
public struct ToneLexicon: Sendable {
    /// The built-in name or the path the lexicon was read from.
    public let name: String
    /// Terms and valences in file order (a later duplicate overrides an earlier one).
    public let entries: [(term: String, valence: Double)]
    /// Terms that appear more than once, with the lines of their first and repeated rows.
    public let duplicates: [(term: String, firstLine: Int, line: Int)]

    /// The largest score magnitude a lexicon may hold (VADER's scale is -4…4).
    public static let largestScore = 100.0

    /// The largest lexicon file read: 64 MiB, some 3,000 times VADER's 7,500 entries, so that an
    /// endless file (`/dev/zero`) is refused instead of exhausting memory.
    public static let maximumFileSize = 64 << 20

    /// The built-in lexicons, by the name `--lexicon` takes.
    public static let builtInNames = ["vader", "afinn", "textblob", "opinion", "labmt", "wordnet", "tenor", "tenor-1"]

    /// VADER's lexicon of vaderSentiment 3.3.2 (its 14 duplicate terms are known: the last wins).
    public static let vader = try! ToneLexicon(name: "vader", text: EmbeddedLexicons.vaderLexicon, scale: 1)

    /// A built-in lexicon: `vader` as it is; `afinn` (AFINN-165, -5…5) scaled by 4/5 onto
    /// VADER's -4…4; `textblob` (pattern's adjective polarity, -1…1) scaled by 4; `tenor`, the
    /// tenor engine's merge of these and more (``tenor``); `tenor-1`, the first tenor engine's
    /// merge of the three (``tenor1``).
    public static func builtIn(named name: String) -> ToneLexicon? {
        switch name {
        case "vader": return vader
        case "afinn": return try! ToneLexicon(name: name, text: EmbeddedLexicons.afinn165, scale: 0.8)
        case "textblob": return try! ToneLexicon(name: name, text: EmbeddedLexicons.textblobSentiment, scale: 4)
        case "opinion": return opinion
        case "labmt": return labMT
        case "wordnet": return wordNet
        case "tenor": return tenor
        case "tenor-1": return tenor1
        default: return nil
        }
    }

    /// A built-in lexicon by name, else the TSV file at `nameOrPath`.
    public static func named(_ nameOrPath: String) throws(LexiconError) -> ToneLexicon {
        if let lexicon = builtIn(named: nameOrPath) { return lexicon }
        return try ToneLexicon(contentsOfFile: nameOrPath)
    }

    /// Reads a user lexicon file; its terms must be non-empty and lower-case (see
    /// ``LexiconError/upperCaseTerm(file:line:term:)``).
    public init(contentsOfFile path: String) throws(LexiconError) {
        guard let file = fopen(path, "rb") else {
            if errno == ENOENT, !path.contains("/"), !path.contains(".") { throw .unknown(path) }
            throw .unreadable(file: path, reason: String(cString: strerror(errno)))
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = fread(&chunk, 1, chunk.count, file)
            if count > 0 { bytes += chunk[0..<count] }
            if bytes.count > Self.maximumFileSize { throw .tooLarge(file: path, limit: Self.maximumFileSize) }
            if count < chunk.count { break }
        }
        guard ferror(file) == 0 else { throw .unreadable(file: path, reason: String(cString: strerror(errno))) }
        try self.init(name: path, contents: bytes)
    }

    /// A user lexicon from the bytes of its file, read elsewhere; `name` is what errors call it.
    public init(name: String, contents bytes: [UInt8]) throws(LexiconError) {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            if let encoding = TextDecoding.byteOrderMarkEncoding(of: bytes) {
                let family = encoding.prefix(while: { $0 != " " })
                throw .unreadable(file: name, reason: "it is not UTF-8 but looks like \(encoding) text (it starts with that byte-order mark); convert it, such as with iconv -f \(family) -t UTF-8 '\(name)' > converted.tsv")
            }
            throw .unreadable(file: name, reason: "it is not UTF-8 text")
        }
        try self.init(name: name, text: text, scale: 1, checksTerms: true)
    }

    /// Parses lexicon `text`; each score (second column) is multiplied by `scale`. With
    /// `checksTerms` (a user's file) an empty or upper-case term is an error: it could never
    /// match. The built-ins are taken as they are (VADER's `:D` never matches in vaderSentiment
    /// either).
    init(name: String, text: String, scale: Double, checksTerms: Bool = false) throws(LexiconError) {
        let file = try LexiconFile(name: name, text: text)
        guard file.columns.count >= 2 else { throw .headerNeedsTwoColumns(file: name) }
        guard !file.rows.isEmpty else { throw .noEntries(file: name) }
        let scores = try file.numbers(inColumn: 1)
        var firstLines: [Substring: Int] = [:]
        var entries: [(term: String, valence: Double)] = []
        var duplicates: [(term: String, firstLine: Int, line: Int)] = []
        entries.reserveCapacity(file.rows.count)
        firstLines.reserveCapacity(file.rows.count)
        for (row, score) in zip(file.rows, scores) {
            // A huge score would overflow the squares of the compound's normalisation.
            guard abs(score * scale) <= Self.largestScore else { throw .scoreOutOfRange(file: name, line: row.line, value: score) }
            let term = row.cells[0]
            if checksTerms {
                guard !term.isEmpty else { throw .emptyTerm(file: name, line: row.line) }
                guard term.lowercased() == term else { throw .upperCaseTerm(file: name, line: row.line, term: String(term)) }
            }
            if let first = firstLines[term] {
                duplicates.append((String(term), first, row.line))
            } else {
                firstLines[term] = row.line
            }
            entries.append((String(term), score * scale))
        }
        self.name = name
        self.entries = entries
        self.duplicates = duplicates
    }
}
