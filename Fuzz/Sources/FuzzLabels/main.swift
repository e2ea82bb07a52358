// The labelled-text reader, TSV and JSON Lines, with the default fields and named ones, on the
// text the CLI would decode from the input: either an error naming a non-blank line of the
// input, or one text per non-blank line (after the header, for TSV), in line order, each rated
// finitely within the scale; a TSV text is its line's cell, with no tab or line break.
import TenorTone
import FuzzSupport

let stars = RatingScale(low: 1, high: 5)!
let readers = [
    LabelledTextReader(format: .tsv),
    LabelledTextReader(format: .tsv, textField: "text", labelField: "score", scale: stars),
    LabelledTextReader(format: .jsonl),
    LabelledTextReader(format: .jsonl, textField: "body", labelField: "mood", scale: stars),
]

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzLabels(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let input = decodedText(bytes(data, size))
    let text = String(decoding: input, as: UTF8.self)
    // The lines as the reader documents them: split at LF, a CR before it dropped, after a
    // leading byte-order mark; blank when every character is whitespace.
    let body = input.starts(with: [0xEF, 0xBB, 0xBF]) ? input.dropFirst(3) : input[...]
    let lines = body.split(separator: 0x0A, omittingEmptySubsequences: false).map { $0.last == 0x0D ? $0.dropLast() : $0 }
    let nonBlank = lines.indices.filter { !String(decoding: lines[$0], as: UTF8.self).allSatisfy(\.isWhitespace) }.map { $0 + 1 }

    for reader in readers {
        let texts: [LabelledText]
        do {
            texts = try reader.texts(in: text)
        } catch {
            check(nonBlank.contains(error.line), "\(reader.format) error on line \(error.line), not one of the non-blank \(nonBlank)")
            check(error.description.hasPrefix("line \(error.line): "), "message '\(error)'")
            continue
        }
        let expectedLines = reader.format == .tsv ? Array(nonBlank.dropFirst()) : nonBlank
        check(texts.map(\.line) == expectedLines, "\(reader.format) texts on lines \(texts.map(\.line)), not \(expectedLines)")
        for labelled in texts {
            check(labelled.rating.isFinite && (reader.scale.low...reader.scale.high).contains(labelled.rating),
                  "rating \(labelled.rating) on \(reader.scale)")
            guard reader.format == .tsv else { continue }
            let cells = lines[labelled.line - 1].split(separator: 0x09, omittingEmptySubsequences: false)
            check(cells.contains { Array($0) == Array(labelled.text.utf8) }, "TSV text '\(labelled.text)' is no cell of line \(labelled.line)")
            check(reader.textField != nil || Array(cells[0]) == Array(labelled.text.utf8), "TSV text '\(labelled.text)' is not the first cell")
        }
    }
    return 0
}

runFuzzer(fuzzLabels)
