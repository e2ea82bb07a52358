extension Readability {
    /// The consensus grade: textstat 0.7.13's `text_standard(text, float_output=True)`, computed
    /// from the component scores. It is textstat's own method, not a published formula.
    ///
    /// Each grade-level formula votes three times: the floor, the ceiling and the nearest whole
    /// grade of its score (ties to even, like Python's `round`). Flesch reading ease votes by
    /// band instead: [90, 100) → 5, [80, 90) → 6, [70, 80) → 7, [60, 70) → 8 and 9 (two votes),
    /// [50, 60) → 10, [40, 50) → 11, [30, 40) → 12, anything else → 13. Votes are cast in the
    /// order Flesch–Kincaid, Flesch reading ease, SMOG, Coleman–Liau, ARI, Dale–Chall, Linsear
    /// Write, Gunning fog. The grade with the most votes wins; a tie goes to the grade voted for
    /// first. The winner is clamped to 1…18.
    ///
    /// Followed textstat quirks: a reading ease of 100 or more (very easy text) votes 13, the
    /// same as below 30; the vote is on whole grades only.
    ///
    /// - Parameter daleChall: `nil` when unfamiliar words were not counted (Tenor ships no
    ///   easy-word list); Dale–Chall's three votes are then left out, and the result can differ
    ///   from textstat's, which always includes them.
    /// - Returns: unavailable when any component given is unavailable (textstat would count its
    ///   `0.0` stand-ins as votes for grade 0).
    public static func consensusGrade(
        fleschKincaidGrade: Score, fleschReadingEase: Score, smog: Score,
        colemanLiau: Score, automatedReadabilityIndex: Score, daleChall: Score?,
        linsearWrite: Score, gunningFog: Score
    ) -> Score {
        let components: [(name: String, score: Score?, grades: (Double) -> [Double])] = [
            ("Flesch–Kincaid grade", fleschKincaidGrade, gradesAround),
            ("Flesch reading ease", fleschReadingEase, readingEaseGrades),
            ("SMOG", smog, gradesAround),
            ("Coleman–Liau", colemanLiau, gradesAround),
            ("ARI", automatedReadabilityIndex, gradesAround),
            ("Dale–Chall", daleChall, gradesAround),
            ("Linsear Write", linsearWrite, gradesAround),
            ("Gunning fog", gunningFog, gradesAround),
        ]
        var ballot = GradeBallot()
        for (name, score, grades) in components {
            guard let score else { continue }
            switch score {
            case .value(let value): grades(value).forEach { ballot.vote($0) }
            case .unavailable(let reason): return .unavailable(reason: "\(name) is unavailable: \(reason)")
            }
        }
        guard let winner = ballot.winner else { return .unavailable(reason: "no component scores") }
        return .checked(min(max(winner, 1), 18))
    }

    /// A grade-level score's votes: its floor, ceiling and nearest whole grade (ties to even, as
    /// Python's `round` does).
    static func gradesAround(_ score: Double) -> [Double] {
        [score.rounded(.down), score.rounded(.up), score.rounded(.toNearestOrEven)]
    }

    /// The grades textstat reads off a Flesch reading ease score.
    static func readingEaseGrades(_ score: Double) -> [Double] {
        switch score {
        case 90..<100: [5]
        case 80..<90: [6]
        case 70..<80: [7]
        case 60..<70: [8, 9]
        case 50..<60: [10]
        case 40..<50: [11]
        case 30..<40: [12]
        default: [13]
        }
    }

    /// Votes for whole grades, remembering the order in which grades were first voted for (the
    /// tie-break of textstat's `Counter.most_common(1)`).
    private struct GradeBallot {
        private var tallies: [(grade: Double, votes: Int)] = []

        mutating func vote(_ grade: Double) {
            // −0.0 == 0.0, so a ceiling of −0.3 joins the votes for 0 as Python's integer 0 does.
            if let index = tallies.firstIndex(where: { $0.grade == grade }) {
                tallies[index].votes += 1
            } else {
                tallies.append((grade, 1))
            }
        }

        /// The grade with the most votes; on a tie, the one voted for first.
        var winner: Double? {
            var best: (grade: Double, votes: Int)?
            for tally in tallies where tally.votes > (best?.votes ?? 0) {
                best = tally
            }
            return best?.grade
        }
    }
}
