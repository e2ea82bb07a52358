import TenorSupport
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

    /// The built-in lexicons' names (``BuiltInLexicon``'s raw values).
    public static let builtInNames = BuiltInLexicon.allCases.map(\.rawValue)

    /// VADER's lexicon of vaderSentiment 3.3.2 (its 14 duplicate terms are known: the last wins).
    public static let vader = try! ToneLexicon(name: "vader", text: EmbeddedLexicons.vaderLexicon, scale: 1)

    /// The built-in lexicon of that name (``BuiltInLexicon``), or nil.
    public static func builtIn(named name: String) -> ToneLexicon? {
        BuiltInLexicon(rawValue: name)?.lexicon
    }

    /// A built-in lexicon by name, else the TSV file at `nameOrPath`.
    public static func named(_ nameOrPath: String) throws(LexiconError) -> ToneLexicon {
        if let lexicon = builtIn(named: nameOrPath) { return lexicon }
        return try ToneLexicon(contentsOfFile: nameOrPath)
    }

    /// Reads a user lexicon file; its terms must be non-empty and lower-case (see
    /// ``LexiconError/upperCaseTerm(file:line:term:)``).
    public init(contentsOfFile path: String) throws(LexiconError) {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path, limit: Self.maximumFileSize)
        } catch .unreadable(let reason, let isMissing) {
            if isMissing, !path.contains("/"), !path.contains(".") { throw .unknown(path) }
            throw .unreadable(file: path, reason: reason)
        } catch {
            throw .tooLarge(file: path, limit: Self.maximumFileSize)
        }
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
        guard !file.lines.isEmpty else { throw .noEntries(file: name) }
        let scores = try file.numbers(inColumn: 1)
        let terms = file.strings(inColumn: 0)
        // Each term's first line, by its bytes (hashing them costs less than hashing strings).
        var firstLines = TermTable(capacity: terms.count)
        var entries: [(term: String, valence: Double)] = []
        var duplicates: [(term: String, firstLine: Int, line: Int)] = []
        entries.reserveCapacity(terms.count)
        for (line, (term, score)) in zip(file.lines, zip(terms, scores)) {
            // A huge score would overflow the squares of the compound's normalisation.
            guard abs(score * scale) <= Self.largestScore else { throw .scoreOutOfRange(file: name, line: line, value: score) }
            if checksTerms {
                guard !term.isEmpty else { throw .emptyTerm(file: name, line: line) }
                guard term.lowercased() == term else { throw .upperCaseTerm(file: name, line: line, term: term) }
            }
            var bytes = term
            let (position, isNew) = bytes.withUTF8 { firstLines.place($0, payload: UInt64(line)) }
            if !isNew { duplicates.append((term, Int(firstLines.payload(at: position)), line)) }
            entries.append((term, score * scale))
        }
        self.name = name
        self.entries = entries
        self.duplicates = duplicates
    }
}
