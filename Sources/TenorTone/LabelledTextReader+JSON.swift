// JSONDecoder. FoundationEssentials (no ICU) ships with the Swift toolchain on Linux, and the
// tenor binary links it already through swift-argument-parser.
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension LabelledTextReader {
    /// JSON Lines: one object per (non-blank) line.
    func jsonTexts(_ lines: [(number: Int, text: Substring)]) throws(LabelledTextError) -> [LabelledText] {
        let decoder = JSONDecoder()
        let fields = JSONRecord.Fields(text: textField ?? "text", label: labelField ?? "label")
        decoder.userInfo[JSONRecord.fieldsKey] = fields
        var texts: [LabelledText] = []
        for (number, line) in lines {
            let record: JSONRecord
            do {
                record = try decoder.decode(JSONRecord.self, from: Data(line.utf8))
            } catch let error as JSONRecord.MissingField {
                throw .noField(name: error.field, line: number)
            } catch {
                throw .notARecord(textField: fields.text, labelField: fields.label, line: number)
            }
            texts.append(LabelledText(text: record.text, rating: try rating(of: record.label, line: number), line: number))
        }
        return texts
    }
}

/// One JSON Lines record: the text and the label (a number, kept as written, or a string).
private struct JSONRecord: Decodable {
    struct Fields: Sendable {
        let text: String
        let label: String
    }

    struct MissingField: Error {
        let field: String
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
