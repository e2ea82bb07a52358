import ArgumentParser

/// The ways a command can print its results.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    /// Aligned columns that fit the terminal, then a summary.
    case table
    /// One JSON document.
    case json
    /// One JSON object per line, one line per row.
    case jsonl
    case csv
    case tsv
    /// A GitHub-flavoured Markdown table, then a summary.
    case markdown
    /// One self-contained page (`tenor report` only).
    case html

    /// Why a command other than `report` refuses `--format html`.
    static let htmlIsForReports = CLIError.usage("--format html is for tenor report only: choose table, json, jsonl, csv, tsv or markdown")

    /// `table` on a terminal, `tsv` when the output goes to a pipe or a file.
    static var automatic: OutputFormat { StandardOutput.isTerminal ? .table : .tsv }
}
