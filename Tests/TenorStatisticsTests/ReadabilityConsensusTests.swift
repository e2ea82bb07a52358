import Testing
import TenorStatistics

/// The consensus grade (textstat's `text_standard`) from chosen component scores.
@Suite struct ReadabilityConsensusTests {
    private func consensus(
        fkg: Double, fre: Double, smog: Double, cli: Double, ari: Double, daleChall: Double?,
        linsear: Double, fog: Double
    ) -> Score {
        Readability.consensusGrade(
            fleschKincaidGrade: .value(fkg), fleschReadingEase: .value(fre), smog: .value(smog),
            colemanLiau: .value(cli), automatedReadabilityIndex: .value(ari), daleChall: daleChall.map { .value($0) },
            linsearWrite: .value(linsear), gunningFog: .value(fog))
    }

    @Test func tieGoesToTheGradeVotedForFirst() {
        // 12 (FKG) 12 12 | 5 (FRE 95) | 8 8 8 | 40 40 40 | 41 ×3 | 42 ×3 | 43 ×3: 12, 8 and 40–43
        // tie at three votes; 12 was voted for first (not the lowest 8, not the highest 43).
        #expect(consensus(fkg: 12, fre: 95, smog: 8, cli: 40, ari: 41, daleChall: nil, linsear: 42, fog: 43) == .value(12))
        // FRE 65 votes 8 then 9; SMOG 9 ×3 and CLI 8 ×3 make both four: 8 came first.
        #expect(consensus(fkg: 4, fre: 65, smog: 9, cli: 8, ari: 20, daleChall: nil, linsear: 30, fog: 40) == .value(8))
    }

    @Test func nearestGradeRoundsHalfToEven() {
        // Every grade formula at 2.5 votes 2, 3, 2 (Python's round(2.5) is 2): 2 has 12 votes, 3 has 6.
        #expect(consensus(fkg: 2.5, fre: 95, smog: 2.5, cli: 2.5, ari: 2.5, daleChall: 2.5, linsear: 2.5, fog: 2.5) == .value(2))
        // At 3.5 they vote 3, 4, 4: 4 wins.
        #expect(consensus(fkg: 3.5, fre: 95, smog: 3.5, cli: 3.5, ari: 3.5, daleChall: 3.5, linsear: 3.5, fog: 3.5) == .value(4))
    }

    @Test func negativeScoresVoteFloorAndCeiling() {
        // −0.5 votes −1, 0 (ceil of −0.5 is −0.0, the same grade as 0) and 0 (round half to even):
        // 0 leads with 2 votes per formula, and is clamped to 1.
        #expect(consensus(fkg: -0.5, fre: 95, smog: -0.5, cli: -0.5, ari: -0.5, daleChall: nil, linsear: -0.5, fog: -0.5) == .value(1))
    }

    @Test func readingEaseBands() {
        let bands: [(Double, Double)] = [
            (99.99, 5), (90, 5), (89.9, 6), (80, 6), (75, 7), (55, 10), (45, 11), (30, 12),
            (29.99, 13), (-40, 13), (100, 13), (120, 13),  // 100 and above: 13, a textstat quirk
        ]
        for (score, grade) in bands {
            // FKG votes 50 ×3 first and SMOG votes the band's grade ×3: only the reading-ease vote
            // lifts that grade above 50 (a tie would go to 50).
            let result = consensus(fkg: 50, fre: score, smog: grade, cli: 60, ari: 61, daleChall: nil, linsear: 62, fog: 63)
            #expect(result == .value(grade), "reading ease \(score)")
        }
        // 60–70 votes twice, 8 then 9. Each case below ends in a four–four tie of 8 and 9, settled
        // by which was voted for first: FKG's 9; then the band's 8, whichever formula adds three more.
        #expect(consensus(fkg: 9, fre: 65, smog: 8, cli: 50, ari: 51, daleChall: nil, linsear: 52, fog: 53) == .value(9))
        #expect(consensus(fkg: 50, fre: 65, smog: 8, cli: 9, ari: 51, daleChall: nil, linsear: 52, fog: 53) == .value(8))
        #expect(consensus(fkg: 50, fre: 65, smog: 9, cli: 8, ari: 51, daleChall: nil, linsear: 52, fog: 53) == .value(8))
    }

    @Test func clampedToOneThroughEighteen() {
        #expect(consensus(fkg: 30, fre: 10, smog: 30, cli: 30, ari: 30, daleChall: 30, linsear: 30, fog: 30) == .value(18))
        #expect(consensus(fkg: -3, fre: 120, smog: -3, cli: -3, ari: -3, daleChall: -3, linsear: -3, fog: -3) == .value(1))
    }

    @Test func daleChallVotesOnlyWhenCounted() {
        // FKG 4 ×3, FRE 85 → 6, SMOG 4 ×3, CLI 7 ×3, ARI 7 ×3, LW 30 ×3, fog 31 ×3: 4 and 7 tie at
        // six; 4 came first. Dale–Chall at 7 gives 7 nine votes.
        #expect(consensus(fkg: 4, fre: 85, smog: 4, cli: 7, ari: 7, daleChall: nil, linsear: 30, fog: 31) == .value(4))
        #expect(consensus(fkg: 4, fre: 85, smog: 4, cli: 7, ari: 7, daleChall: 7, linsear: 30, fog: 31) == .value(7))
    }

    @Test func unavailableComponentMakesConsensusUnavailable() {
        let result = Readability.consensusGrade(
            fleschKincaidGrade: .value(5), fleschReadingEase: .value(80), smog: .unavailable(reason: "no sentences"),
            colemanLiau: .value(5), automatedReadabilityIndex: .value(5), daleChall: nil,
            linsearWrite: .value(5), gunningFog: .value(5))
        #expect(result == .unavailable(reason: "SMOG is unavailable: no sentences"))
        let withDaleChall = Readability.consensusGrade(
            fleschKincaidGrade: .value(5), fleschReadingEase: .value(80), smog: .value(5),
            colemanLiau: .value(5), automatedReadabilityIndex: .value(5), daleChall: .unavailable(reason: "no words"),
            linsearWrite: .value(5), gunningFog: .value(5))
        #expect(withDaleChall == .unavailable(reason: "Dale–Chall is unavailable: no words"))
    }
}
