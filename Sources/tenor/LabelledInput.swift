// JSONDecoder; the binary links FoundationEssentials already, through swift-argument-parser.
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Tenor

/// The labelled texts `tenor learn` reads: a TSV file (a header line, then one text and its
/// label per line) or JSON Lines (one object per line, the text and the label as two fields).
/// Labels are numbers on the ``RatingScale`` or the words positive, neutral, negative.
struct LabelledInput {
    enum Format: String, CaseIterable {
        case tsv, jsonl
    }

    let path: String
    let format: Format
    /// TSV: the header's name of the text column (nil: the first column); JSONL: the field
    /// (nil: `text`).
    let textField: String?
    /// The same for the label (nil: the second column; `label`).
    let labelField: String?
    let scale: RatingScale

    /// How messages name the input.
    var name: String { BytePath(argument: path).quoted }

    /// The format a file is read in unless `--format` says: JSON Lines for `.jsonl` and
    /// `.ndjson` files, TSV otherwise.
    static func format(of path: String) -> Format {
        path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson") ? .jsonl : .tsv
    }

    /// Every labelled text, in file order; the first bad line is an error naming it.
    func texts() throws(CLIError) -> [LabelledText] {
        let file = BytePath(argument: path)
        let bytes = try POSIXFile.readAll(file, limit: try InputLimit.text())
        let text: [UInt8]
        do {
            text = try TextDecoding.utf8(bytes)
        } catch {
            throw .usage(InputOptions.notUTF8(file, bytes: bytes, at: error.offset, lossyApplies: false))
        }
        var lines: [(number: Int, text: Substring)] = []
        for (index, line) in String(decoding: text, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let text = line.hasSuffix("\r") ? line.dropLast() : line
            if !text.allSatisfy(\.isWhitespace) { lines.append((index + 1, text)) }
        }
        switch format {
        case .tsv: return try tsvTexts(lines)
        case .jsonl: return try jsonTexts(lines)
        }
    }

    private func tsvTexts(_ lines: [(number: Int, text: Substring)]) throws(CLIError) -> [LabelledText] {
        guard let header = lines.first.map({ $0.text.split(separator: "\t", omittingEmptySubsequences: false) }) else { return [] }
        guard header.count >= 2 else {
            throw .usage("\(name) line \(lines[0].number): the header has one column and no label column; write 'text<TAB>score' and a label after each text")
        }
        let textColumn = try column(named: textField, in: header, default: 0, line: lines[0].number)
        let labelColumn = try column(named: labelField, in: header, default: 1, line: lines[0].number)
        var texts: [LabelledText] = []
        for (number, line) in lines.dropFirst() {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cells.count == header.count else {
                throw .usage("\(name) line \(number): \(cells.count) tab-separated columns where the header has \(header.count); write the text, a tab and its label (a text holds no tab)")
            }
            texts.append(LabelledText(text: String(cells[textColumn]), rating: try rating(of: cells[labelColumn], line: number), line: number))
        }
        return texts
    }

    private func column(named field: String?, in header: [Substring], default column: Int, line: Int) throws(CLIError) -> Int {
        guard let field else { return column }
        guard let index = header.firstIndex(where: { $0 == field }) else {
            throw .usage("\(name) line \(line): the header has no column '\(field)'; its columns are \(header.map { "'\($0)'" }.joined(separator: ", "))")
        }
        return index
    }

    private func jsonTexts(_ lines: [(number: Int, text: Substring)]) throws(CLIError) -> [LabelledText] {
        let decoder = JSONDecoder()
        let fields = JSONRecord.Fields(text: textField ?? "text", label: labelField ?? "label")
        decoder.userInfo[JSONRecord.fieldsKey] = fields
        var texts: [LabelledText] = []
        for (number, line) in lines {
            let record: JSONRecord
            do {
                record = try decoder.decode(JSONRecord.self, from: Data(line.utf8))
            } catch let error as JSONRecord.MissingField {
                throw .usage("\(name) line \(number): \(error.description); name the fields with --text-field and --label-field")
            } catch {
                throw .usage("\(name) line \(number): not a JSON object with a string \"\(fields.text)\" and a number or word \"\(fields.label)\"; write one object per line")
            }
            texts.append(LabelledText(text: record.text, rating: try rating(of: record.label, line: number), line: number))
        }
        return texts
    }

    private func rating(of label: some StringProtocol, line: Int) throws(CLIError) -> Double {
        do {
            return try scale.rating(of: label)
        } catch {
            throw .usage("\(name) line \(line): \(error.description)")
        }
    }
}

/// One JSON Lines record: the text and the label (a number, kept as written, or a string).
private struct JSONRecord: Decodable {
    struct Fields: Sendable {
        let text: String
        let label: String
    }

    struct MissingField: Error, CustomStringConvertible {
        let field: String
        var description: String { "no \"\(field)\" field" }
    }

    struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    static let fieldsKey = CodingUserInfoKey(rawValue: "fields")!

    let text: String
    let label: String

    init(from decoder: any Decoder) throws {
        let fields = decoder.userInfo[Self.fieldsKey] as! Fields
        let container = try decoder.container(keyedBy: Key.self)
        let textKey = Key(stringValue: fields.text), labelKey = Key(stringValue: fields.label)
        guard container.contains(textKey) else { throw MissingField(field: fields.text) }
        guard container.contains(labelKey) else { throw MissingField(field: fields.label) }
        text = try container.decode(String.self, forKey: textKey)
        // A label is a number or a string: failing as a number is expected, and decoding it as a
        // string then reports anything else.
        if let number = try? container.decode(Double.self, forKey: labelKey) {
            label = String(number)
        } else {
            label = try container.decode(String.self, forKey: labelKey)
        }
    }
}
