import ArgumentParser

/// How report, stats, tone and similar print their results: their one `--format` option.
struct OutputOptions: ParsableArguments {
    @Option(help: "table, json, jsonl, csv, tsv, markdown, or html for report (default: table on a terminal, else tsv).")
    var format: OutputFormat?

    /// The format asked for, else ``OutputFormat/automatic``.
    var chosen: OutputFormat { format ?? .automatic }
}
