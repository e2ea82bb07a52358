import ArgumentParser

/// How an input file holds its texts (`--input`).
enum InputFormat: String, CaseIterable, ExpressibleByArgument {
    /// Plain text, cut into paragraphs or lines (`--split`).
    case text
    /// JSON Lines: one object a line, the text in one of its fields.
    case jsonl
    /// CSV (RFC 4180) with a header row, the text in one of its columns.
    case csv
    /// The same with tabs.
    case tsv

    /// The extensions of the files read in a folder given.
    var extensions: Set<String> {
        switch self {
        case .text: ["txt", "md"]
        case .jsonl: ["jsonl", "ndjson"]
        case .csv: ["csv"]
        case .tsv: ["tsv"]
        }
    }
}
