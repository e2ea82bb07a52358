// The lexicon file parser: either a LexiconError naming the file (and a line that exists), or
// one entry per row with a finite score within ±largestScore, and a scorer built on it whose
// scores of the lexicon's own terms are finite and in range.
@testable import TenorTone
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzLexicon(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let text = String(decoding: bytes(data, size), as: UTF8.self)
    let lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
        Substring(line.last == 0x0D ? line.dropLast() : line)
    }
    let lexicon: ToneLexicon
    do {
        lexicon = try ToneLexicon(name: "fuzz.tsv", text: text, scale: 1)
    } catch {
        check(error.description.contains("'fuzz.tsv'"), "message '\(error)' does not name the file")
        switch error {
        case .columnCount(_, let line, _, _), .notANumber(_, let line, _, _), .scoreOutOfRange(_, let line, _):
            check((1...lines.count).contains(line), "line \(line) of \(lines.count)")
        default:
            break
        }
        return 0
    }
    // The rows: lines neither blank nor comments (`#` alone or `# ...`), after the header.
    let rows = lines.filter { line in
        let bytes = Array(line.utf8)
        return !(bytes.isEmpty || bytes == [0x23] || bytes.starts(with: [0x23, 0x20]))
    }.dropFirst()
    check(lexicon.entries.count == rows.count, "\(lexicon.entries.count) entries from \(rows.count) rows")
    for (entry, row) in zip(lexicon.entries, rows) {
        check(entry.valence.isFinite && abs(entry.valence) <= ToneLexicon.largestScore, "score \(entry.valence)")
        check(Array(entry.term.utf8) == Array(row.utf8.prefix { $0 != 0x09 }),
              "term '\(entry.term)' is not the first cell of '\(row)'")
    }
    for duplicate in lexicon.duplicates {
        check(duplicate.firstLine < duplicate.line && lexicon.entries.contains { $0.term == duplicate.term },
              "duplicate \(duplicate)")
    }

    let scorer = ToneScorer(lexicons: [lexicon], rules: .vader)
    let terms = lexicon.entries.prefix(64).map(\.term)
    for sample in [terms.joined(separator: " "), "not " + terms.joined(separator: " but very "), terms.joined(separator: "!! ").uppercased()] {
        let scores = scorer.scores(of: sample)
        let shares = [scores.positive, scores.neutral, scores.negative]
        check(scores.compound.isFinite && (-1...1).contains(scores.compound), "compound \(scores.compound)")
        check(shares.allSatisfy { $0.isFinite && (0...1).contains($0) }, "shares \(shares)")
    }
    return 0
}

runFuzzer(fuzzLexicon)
