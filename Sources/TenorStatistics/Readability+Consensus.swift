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
        // Votes in textstat's order; a tie goes to the grade voted for first. Nothing is
        // allocated here: this runs once per paragraph.
        var ballot = GradeBallot()
        func vote(_ name: String, _ score: Score?, readingEase: Bool = false) -> Score? {
            guard let score else { return nil }
            switch score {
            case .value(let value):
                if readingEase { ballot.voteReadingEase(value) } else { ballot.voteAround(value) }
                return nil
            case .unavailable(let reason):
                return .unavailable(reason: "\(name) is unavailable: \(reason)")
            }
        }
        if let failure = vote("Flesch–Kincaid grade", fleschKincaidGrade)
            ?? vote("Flesch reading ease", fleschReadingEase, readingEase: true)
            ?? vote("SMOG", smog)
            ?? vote("Coleman–Liau", colemanLiau)
            ?? vote("ARI", automatedReadabilityIndex)
            ?? vote("Dale–Chall", daleChall)
            ?? vote("Linsear Write", linsearWrite)
            ?? vote("Gunning fog", gunningFog) {
            return failure
        }
        guard let winner = ballot.winner else { return .unavailable(reason: "no component scores") }
        return .checked(min(max(winner, 1), 18))
    }

    /// A grade-level score's votes: its floor, ceiling and nearest whole grade (ties to even, as
    /// Python's `round` does).
    static func gradesAround(_ score: Double) -> (Double, Double, Double) {
        (score.rounded(.down), score.rounded(.up), score.rounded(.toNearestOrEven))
    }

    /// The grades textstat reads off a Flesch reading ease score.
    static func readingEaseGrades(_ score: Double) -> (Double, Double?) {
        switch score {
        case 90..<100: (5, nil)
        case 80..<90: (6, nil)
        case 70..<80: (7, nil)
        case 60..<70: (8, 9)
        case 50..<60: (10, nil)
        case 40..<50: (11, nil)
        case 30..<40: (12, nil)
        default: (13, nil)
        }
    }

    /// Votes for whole grades, remembering the order in which grades were first voted for (the
    /// tie-break of textstat's `Counter.most_common(1)`). At most 8 formulas × 3 grades: a
    /// fixed-size tally, no heap.
    private struct GradeBallot {
        private var grades = InlineArray<24, Double>(repeating: 0)
        private var votes = InlineArray<24, Int>(repeating: 0)
        private var count = 0

        mutating func voteAround(_ score: Double) {
            let (down, up, nearest) = Readability.gradesAround(score)
            vote(down)
            vote(up)
            vote(nearest)
        }

        mutating func voteReadingEase(_ score: Double) {
            let (first, second) = Readability.readingEaseGrades(score)
            vote(first)
            if let second { vote(second) }
        }

        mutating func vote(_ grade: Double) {
            // −0.0 == 0.0, so a ceiling of −0.3 joins the votes for 0 as Python's integer 0 does.
            for index in 0..<count where grades[index] == grade {
                votes[index] += 1
                return
            }
            grades[count] = grade
            votes[count] = 1
            count += 1
        }

        var winner: Double? {
            var best: Int?
            for index in 0..<count where votes[index] > (best.map { votes[$0] } ?? 0) {
                best = index
            }
            return best.map { grades[$0] }
        }
    }
}
