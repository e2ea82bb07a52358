import Tenor
import TenorSupport

/// JSON (pretty) and JSON Lines (one compact object per line), as ``JSONReportEncoder`` writes them.
enum JSONRenderer {
    static func document(_ value: some Encodable) throws(CLIError) -> String {
        try encode(value, pretty: true)
    }

    /// A report whose `paragraphs` array is long, its rows encoded in parallel and spliced in.
    static func document<Row: Encodable & Sendable>(_ value: some Encodable, paragraphs: [Row]) throws(CLIError) -> [String] {
        let (opening, closing) = try frame(value)
        return [opening] + JSONReportEncoder.separated(try elements(paragraphs)) + [closing]
    }

    /// A report's JSON around its `paragraphs` (which `value` has empty): the rows go between
    /// the two parts (``elements(_:)``), so they can be written as they come.
    static func frame(_ value: some Encodable) throws(CLIError) -> (opening: String, closing: String) {
        do {
            return try JSONReportEncoder(pretty: true).frame(value, around: "paragraphs")
        } catch {
            throw .failure("could not encode the results as JSON: \(error)")
        }
    }

    /// Each row's JSON as an element of a report's `paragraphs`, encoded in parallel.
    static func elements<Row: Encodable & Sendable>(_ rows: [Row]) throws(CLIError) -> [String] {
        do {
            return try JSONReportEncoder(pretty: true).elementLines(rows)
        } catch {
            throw .failure("could not encode the results as JSON: \(error)")
        }
    }

    /// One line per value, encoded in parallel.
    static func lines<Value: Encodable & Sendable>(_ values: [Value]) throws(CLIError) -> [String] {
        let encoded = parallelArray(values.count) { index in
            Result { () throws(CLIError) in try encode(values[index], pretty: false) }
        }
        var lines: [String] = []
        lines.reserveCapacity(encoded.count)
        for line in encoded { lines.append(try line.get()) }
        return lines
    }

    private static func encode(_ value: some Encodable, pretty: Bool) throws(CLIError) -> String {
        do {
            return try JSONReportEncoder(pretty: pretty).string(value)
        } catch {
            throw .failure("could not encode the results as JSON: \(error)")
        }
    }
}
