/// What a sentence says is not so, for the tenor rules: a question asks, a modal clause
/// imagines or demands, and `too` finds fault with what it stands before.
///
/// Reviews praise what they miss in these forms (`It should have been funny`, `Where is the
/// suspense?`), so the positive words of a question or of a modal clause count half
/// (``ToneRules/moodIgnored`` off); negative words keep their weight, since a complaint put as a
/// question (`Why is it so dull?`) is still a complaint. `too` before another word of its clause
/// counts ``excess`` (``ToneRules/tooIsNeutral`` off). Applied to each sentence's valences
/// after the word rules and before the contrasts.
enum IrrealisRule {
    /// What positive words count in a question or a modal clause.
    static let positiveScale = 0.5
    /// The valence of `too` meaning "excessively".
    static let excess = -1.0

    /// Scales `valences`, the valences of one sentence's `words`, in one pass over its words.
    static func apply(to valences: inout [Double], words: [ToneWord], entries: WordEntries, rules: ToneRules) {
        guard !rules.moodIgnored || !rules.tooIsNeutral, let last = words.last else { return }
        let question = !rules.moodIgnored && last.last == UInt8(ascii: "?")
        var clauseStart = 0
        var clauseHasModal = false
        for index in words.indices {
            let word = words[index]
            switch entries[Int(word.entry)].role {
            case .modal: clauseHasModal = !rules.moodIgnored
            case .too where !rules.tooIsNeutral && index + 1 < words.count && !word.endsClause && !word.endsSentence
                && !(index > 0 && words[index - 1].negates):
                valences[index] += excess
            default: break
            }
            if word.endsClause || index == words.count - 1 {
                if clauseHasModal && !question { halvePositive(&valences, in: clauseStart..<(index + 1)) }
                clauseStart = index + 1
                clauseHasModal = false
            }
        }
        if question { halvePositive(&valences, in: valences.indices) }
    }

    private static func halvePositive(_ valences: inout [Double], in range: Range<Int>) {
        for index in range where valences[index] > 0 { valences[index] *= positiveScale }
    }
}
