import TenorVectorize

/// Keyness: which terms of a paragraph occur there markedly more often than in the rest of the
/// document, as quanteda's `textstat_keyness(x, target = i, measure = "lr" | "chi2")` finds for
/// each paragraph i of a count matrix.
///
/// For every term of the paragraph (the target) a ``KeynessTable`` compares its count there
/// with its count in all the other paragraphs together (the reference); the term's keyness is
/// the signed G² or χ² statistic of that table, with its χ²(1) p-value and the log ratio as
/// effect size (the statistics measure how sure the difference is, the log ratio how large it
/// is). What quanteda does, from its source (quanteda.textstats, `src/keyness.cpp`):
///
/// - **Default correction.** Its documentation says `correction = "default"` applies Yates'
///   correction to χ² and Williams' to G²; its code applies its (conditional, see
///   ``KeynessTable/yatesApplies``) Yates correction to both, and Williams' only when asked
///   for. Tenor does what the code does: ``Correction/yates`` is the default for both measures.
/// - **Zero cells.** quanteda adds 10⁻⁹ inside each logarithm of G² to dodge `log(0)`; Tenor
///   takes 0 · ln 0 = 0 instead, which is exact. The two differ by less than 2·10⁻⁹·N.
/// - **Which terms.** quanteda scores every feature, including those absent from the target
///   (always negative); Tenor scores the terms the paragraph contains, so its list is
///   quanteda's sorted result without the absent terms — the same as far as the statistics are
///   positive, which is where key terms are.
/// - **Order.** Statistic descending, ties by term (column) order, as quanteda sorts.
/// - **Default measure.** quanteda's is `"chi2"`; Tenor's is G², which stays reliable for the
///   low counts of single paragraphs (Dunning 1993).
public struct Keyness: Sendable, Hashable {
    /// Which statistic ranks the terms.
    public enum Measure: String, Sendable, CaseIterable, Codable {
        /// The log-likelihood ratio G² (quanteda's `"lr"`).
        case logLikelihood = "lr"
        /// Pearson's χ² (quanteda's `"chi2"`).
        case chiSquared = "chi2"
    }

    /// A correction of the statistic for small counts, named as quanteda's `correction`.
    public enum Correction: String, Sendable, CaseIterable, Codable {
        /// Yates' continuity correction where ``KeynessTable/yatesApplies``; quanteda's
        /// `"default"` (and `"yates"`) for both G² and χ².
        case yates
        /// Division by Williams' factor (``KeynessTable/williamsFactor``).
        case williams
        /// The plain statistic.
        case none
    }

    public var measure: Measure
    public var correction: Correction

    public init(measure: Measure = .logLikelihood, correction: Correction = .yates) {
        self.measure = measure
        self.correction = correction
    }

    /// The signed statistic of one table under these settings.
    public func statistic(_ table: KeynessTable) -> Double {
        switch measure {
        case .logLikelihood: table.logLikelihood(correction: correction)
        case .chiSquared: table.chiSquared(correction: correction)
        }
    }

    /// The key terms of every paragraph (row) of `matrix` against all its other rows: at most
    /// `limit` terms each (all when nil), by statistic descending, ties in column order.
    ///
    /// A paragraph's keyness is unavailable when the matrix has one row, when the paragraph
    /// has no terms, or when the other rows have none.
    ///
    /// - Parameter matrix: raw term counts, rows = paragraphs: a ``Vectorizer`` with
    ///   `weighting: .counts` (stop words, n-grams and token pattern as its options say).
    /// - Precondition: every stored value is a whole number ≥ 0; `limit`, if given, is ≥ 0.
    /// - Complexity: O(nnz + columns) for the totals, then O(r log r) for a row of r terms.
    public func keyTerms(_ matrix: TermMatrix, limit: Int? = nil) -> [KeynessResult] {
        let totals = matrix.countTotals(rows: 0..<matrix.rows)
        return keyTerms(matrix, columnTotals: totals.columns, rowTotals: totals.rows,
                        documentTotal: totals.rows.reduce(0, +), documentRows: matrix.rows, limit: limit)
    }

    /// Each paragraph's key terms against the rest of a document read in parts: `matrix` holds
    /// some of its paragraphs (a block), `document` the counts of the whole, gathered before.
    /// The same results as ``keyTerms(_:limit:)`` on the whole document's matrix, for these rows.
    ///
    /// - Precondition: `document` has every term of `matrix`, counted with these paragraphs.
    public func keyTerms(_ matrix: TermMatrix, within document: KeynessTotals, limit: Int? = nil) -> [KeynessResult] {
        let totals = matrix.countTotals(rows: 0..<matrix.rows)
        let columnTotals = (0..<matrix.columns).map { document.counts[Array(matrix.vocabulary[$0].utf8)] ?? 0 }
        return keyTerms(matrix, columnTotals: columnTotals, rowTotals: totals.rows,
                        documentTotal: document.terms, documentRows: document.paragraphs, limit: limit)
    }

    /// Each row's key terms, given every column's total over the document, each row's total,
    /// the document's total and its number of rows.
    private func keyTerms(_ matrix: TermMatrix, columnTotals: [Int], rowTotals: [Int], documentTotal: Int, documentRows: Int,
                          limit: Int?) -> [KeynessResult] {
        precondition(limit.map { $0 >= 0 } ?? true, "Keyness: limit \(limit ?? 0) is negative")
        let offsets = matrix.values.rowOffsets
        return (0..<matrix.rows).map { row in
            let positions = offsets[row]..<offsets[row + 1]
            let targetTotal = rowTotals[row]
            let referenceTotal = documentTotal - targetTotal
            guard documentRows > 1 else { return .unavailable(reason: Self.oneParagraph) }
            guard targetTotal > 0 else { return .unavailable(reason: Self.noTerms) }
            guard referenceTotal > 0 else { return .unavailable(reason: "the other paragraphs have no terms") }
            var scored: [(statistic: Double, position: Int, table: KeynessTable)] = []
            scored.reserveCapacity(positions.count)
            for position in positions {
                let count = matrix.count(at: position)
                let column = Int(matrix.values.columnIndices[position])
                guard count > 0, let table = KeynessTable(
                    targetCount: count, referenceCount: columnTotals[column] - count,
                    targetTotal: targetTotal, referenceTotal: referenceTotal)
                else { continue }
                scored.append((statistic(table), position, table))
            }
            // Positions increase with the column within a row, so they break ties in term order.
            scored.sort { $0.statistic != $1.statistic ? $0.statistic > $1.statistic : $0.position < $1.position }
            return .terms(scored.prefix(limit ?? scored.count).map { entry in
                KeynessTerm(
                    term: matrix.vocabulary[Int(matrix.values.columnIndices[entry.position])],
                    targetCount: entry.table.targetCount, referenceCount: entry.table.referenceCount,
                    statistic: entry.statistic, pValue: KeynessTable.pValue(entry.statistic),
                    logRatio: entry.table.logRatio)
            })
        }
    }

    /// Why a paragraph of a one-paragraph document has no key terms.
    public static let oneParagraph = "the document has only one paragraph"
    /// Why a paragraph without terms has none.
    public static let noTerms = "the paragraph has no terms"
}
