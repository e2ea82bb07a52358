/// VADER's contrastive "but": words before the first "but" count half, words after it 1.5 times.
enum ContrastRule {
    /// Scales `valences` around the word at `but`.
    ///
    /// vaderSentiment walks the list and finds each value again with `list.index(value)`, the
    /// first position holding an equal value, and scales that position; with `byFirstEqualValue`
    /// this reproduces it exactly (a word can be scaled twice, or not at all) in O(n log n) with
    /// a heap of positions per value, instead of vaderSentiment's O(n²). Otherwise each word is
    /// scaled at its own position.
    static func apply(to valences: inout [Double], but: Int, byFirstEqualValue: Bool) {
        guard byFirstEqualValue else {
            for index in valences.indices where index != but {
                valences[index] *= index < but ? 0.5 : 1.5
            }
            return
        }
        // Zeros are left alone: zero times a factor is zero again.
        let nonZero = valences.indices.filter { valences[$0] != 0 }
        if nonZero.count <= 32 {
            applyByScanning(to: &valences, but: but, nonZero: nonZero)
            return
        }
        var positions: [Double: MinimumHeap] = [:]
        for (index, value) in valences.enumerated() where value != 0 {
            positions[value, default: MinimumHeap()].insert(index)
        }
        for index in valences.indices {
            let value = valences[index]
            guard value != 0, let first = positions[value]?.minimum, first != but else { continue }
            let scaled = value * (first < but ? 0.5 : 1.5)
            positions[value]!.removeMinimum()
            valences[first] = scaled
            if scaled != 0 { positions[scaled, default: MinimumHeap()].insert(first) }
        }
    }

    /// The same for a few non-zero words (a paragraph's usual count): the first equal value is
    /// found by scanning them, which costs less than hashing.
    static func applyByScanning(to valences: inout [Double], but: Int, nonZero: [Int]) {
        for index in nonZero {
            let value = valences[index]
            guard value != 0, let first = nonZero.first(where: { valences[$0] == value }), first != but else { continue }
            valences[first] = value * (first < but ? 0.5 : 1.5)
        }
    }

    /// The contrasts besides `but` (tenor rules): the first adversative (`however`, `yet`…)
    /// scales its sentence as `but` does; else the first concessive (`although`, `though`,
    /// `whereas`) halves the words of the clause it opens, up to the word that ends it with `,`
    /// `;` or `:` (or to the end of the sentence), and the other words count 1.5 times. A
    /// concessive with no clause after it (`It was fine though.`), or whose clause is the whole
    /// sentence, leaves it as it is.
    static func applyOtherContrasts(to valences: inout [Double], words: [ToneWord], entries: WordEntries) {
        if let adversative = words.firstIndex(where: { entries[Int($0.entry)].role == .adversative }) {
            apply(to: &valences, but: adversative, byFirstEqualValue: false)
            return
        }
        guard let concessive = words.firstIndex(where: { entries[Int($0.entry)].role == .concessive }) else { return }
        let clauseEnd = words[concessive...].firstIndex(where: \.endsClause).map { $0 + 1 } ?? words.count
        guard clauseEnd > concessive + 1, concessive > 0 || clauseEnd < words.count else { return }
        for index in valences.indices where index != concessive {
            valences[index] *= (concessive + 1..<clauseEnd).contains(index) ? 0.5 : 1.5
        }
    }
}
