import Foundation

/// JSON and JSON Lines with snake_case keys, sorted.
enum JSONRenderer {
    private static func encoder(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        // Sorted keys: the same report always prints the same bytes.
        encoder.outputFormatting = pretty
            ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static func document(_ value: some Encodable) throws(CLIError) -> String {
        try encode(value, with: encoder(pretty: true))
    }

    static func lines<Value: Encodable>(_ values: [Value]) throws(CLIError) -> [String] {
        let encoder = encoder(pretty: false)
        var lines: [String] = []
        lines.reserveCapacity(values.count)
        for value in values { lines.append(try encode(value, with: encoder)) }
        return lines
    }

    private static func encode(_ value: some Encodable, with encoder: JSONEncoder) throws(CLIError) -> String {
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            throw .failure("could not encode the results as JSON: \(error)")
        }
    }
}
