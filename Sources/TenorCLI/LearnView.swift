import Tenor

/// What `tenor learn` writes: the lexicon file, and the report of the held-out folds.
struct LearnView {
    let learned: LearnedLexicon
    /// How messages name the labelled input.
    let source: String
    let texts: Int
    let engine: ToneEngine
    let lexiconNames: [String]

    /// The lexicon TSV: comments saying where it came from and how to use it, the header, and
    /// one row per word by term (the `base` and `texts` columns are for reading; `tenor tone`
    /// takes the score).
    func lexiconLines(output: String) -> [String] {
        let overall = learned.overall
        var lines = [
            "# learned by tenor learn from \(source) (\(texts) texts) for --engine \(engine.rawValue) \(lexiconNames.map { "--lexicon \($0)" }.joined(separator: " "))",
            "# ridge penalty \(Self.number(learned.penalty)), chosen by \(learned.folds.count)-fold cross-validation; held-out Pearson r \(Self.figure(overall.base.correlation)) with the base lexicons, \(Self.figure(overall.learned.correlation)) with this one",
            "# use: tenor tone --engine \(engine.rawValue) \(lexiconNames.map { "--lexicon \($0)" }.joined(separator: " ")) --lexicon \(output)",
            "term\tscore\tbase\ttexts",
        ]
        for entry in learned.entries {
            lines.append("\(entry.term)\t\(FixedPoint.text(entry.valence, places: 3))\t\(entry.baseValence.map { FixedPoint.text($0, places: 3) } ?? "")\t\(entry.texts)")
        }
        return lines
    }

    /// The folds' table, base engine beside learned lexicon, and how the penalty was chosen.
    func tableLines() -> [String] {
        var table = Table(columns: [
            .init(name: "fold", alignment: .right), .init(name: "texts", alignment: .right),
            .init(name: "r base", alignment: .right), .init(name: "r learned", alignment: .right),
            .init(name: "sign base", alignment: .right), .init(name: "sign learned", alignment: .right),
        ])
        for (index, fold) in learned.folds.enumerated() { table.rows.append(row(String(index + 1), fold)) }
        table.rows.append(row("all", learned.overall))
        let tried = learned.penalties.map { "\(Self.number($0.penalty)): \(Self.figure($0.correlation))" }
        return TableRenderer(width: Int.max).render(table) + [
            "",
            "Held out in turn, each fold scored by the engine with the lexicon learned from the others.",
            "r: Pearson r with the ratings; sign: share of texts off the midpoint whose compound has their sign.",
            "Ridge penalty \(Self.number(learned.penalty)) chosen by the r of the fitted scores of held-out texts (\(tried.joined(separator: ", "))).",
        ]
    }

    private func row(_ name: String, _ fold: LearnedLexicon.FoldResult) -> [String] {
        [name, String(fold.texts), Self.figure(fold.base.correlation), Self.figure(fold.learned.correlation),
         Self.figure(fold.base.signAccuracy), Self.figure(fold.learned.signAccuracy)]
    }

    /// A figure to 3 decimals, or `–` where it is undefined.
    static func figure(_ value: Double?) -> String { value.map { FixedPoint.text($0, places: 3) } ?? "–" }

    /// A penalty as written in the list (`0.3`, `10`).
    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
