import Foundation
import Testing
import TenorStatistics

/// Hand-calculated examples, one per formula, on counts chosen so the arithmetic is short:
/// 5 sentences, 100 words (20 per sentence), 150 syllables (1.5 per word), 10 polysyllabic and
/// 8 complex words, 470 letters, 560 characters over 112 tokens (5 per token), a Linsear Write
/// sample of 85 easy and 15 hard words in 5 sentences, 20 Dale–Chall and 12 Spache unfamiliar words.
private let example = ReadabilityCounts(
    sentences: 5, words: 100, syllables: 150, polysyllabicWords: 10, complexWords: 8,
    letters: 470, characters: 560, tokens: 112,
    linsearWrite: .init(easyWords: 85, hardWords: 15, sentences: 5),
    unfamiliarWords: .init(daleChall: 20, spache: 12))

private func expectScore(_ score: Score, _ expected: Double, sourceLocation: SourceLocation = #_sourceLocation) {
    guard let value = score.value else {
        Issue.record("unavailable: \(score.reason ?? "")", sourceLocation: sourceLocation)
        return
    }
    #expect(abs(value - expected) <= 1e-9, "\(value) != \(expected)", sourceLocation: sourceLocation)
}

private func expectUnavailable(_ score: Score, _ reason: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(score == .unavailable(reason: reason), sourceLocation: sourceLocation)
}

private func with(_ change: (inout ReadabilityCounts) -> Void) -> ReadabilityCounts {
    var counts = example
    change(&counts)
    return counts
}

@Suite struct ReadabilityFormulaTests {
    @Test func fleschReadingEase() {
        // 206.835 − 1.015 × 20 − 84.6 × 1.5 = 206.835 − 20.3 − 126.9 = 59.635
        expectScore(Readability.fleschReadingEase(example), 59.635)
    }

    @Test func fleschKincaidGrade() {
        // 0.39 × 20 + 11.8 × 1.5 − 15.59 = 7.8 + 17.7 − 15.59 = 9.91
        expectScore(Readability.fleschKincaidGrade(example), 9.91)
    }

    @Test func gunningFog() {
        // 0.4 × (20 + 100 × 8/100) = 0.4 × 28 = 11.2
        expectScore(Readability.gunningFog(example), 11.2)
    }

    @Test func smog() {
        // 1.043 × √(30 × 10/5) + 3.1291 = 1.043 × √60 + 3.1291 = 1.043 × 7.745966692414834 + 3.1291
        //   = 8.079043260188672 + 3.1291 = 11.208143260188672
        expectScore(Readability.smog(example), 11.208143260188672)
        // No polysyllables: 1.043 × √0 + 3.1291 = 3.1291
        expectScore(Readability.smog(with { $0.polysyllabicWords = 0 }), 3.1291)
    }

    @Test func colemanLiau() {
        // L = 470/100 × 100 = 470, S = 5/100 × 100 = 5: 0.058 × 470 − 0.296 × 5 − 15.8
        //   = 27.26 − 1.48 − 15.8 = 9.98 (with the published 0.0588 it would be 10.356)
        expectScore(Readability.colemanLiau(example), 9.98)
    }

    @Test func automatedReadabilityIndex() {
        // 4.71 × 560/112 + 0.5 × 100/5 − 21.43 = 23.55 + 10 − 21.43 = 12.12
        expectScore(Readability.automatedReadabilityIndex(example), 12.12)
    }

    @Test func linsearWrite() {
        // r = (85 + 3 × 15)/5 = 130/5 = 26 > 20: 26/2 = 13
        expectScore(Readability.linsearWrite(example), 13)
        // r = (14 + 3 × 2)/1 = 20, not above 20: (20 − 2)/2 = 9
        expectScore(Readability.linsearWrite(with { $0.linsearWrite = .init(easyWords: 14, hardWords: 2, sentences: 1) }), 9)
        // r = (7 + 3 × 1)/2 = 5: (5 − 2)/2 = 1.5
        expectScore(Readability.linsearWrite(with { $0.linsearWrite = .init(easyWords: 7, hardWords: 1, sentences: 2) }), 1.5)
        // A sample without words: r = 0, (0 − 2)/2 = −1 (textstat's number, kept)
        expectScore(Readability.linsearWrite(with { $0.linsearWrite = .init(easyWords: 0, hardWords: 0, sentences: 1) }), -1)
    }

    @Test func daleChall() {
        // PDW = 100 × 20/100 = 20 > 5: 0.1579 × 20 + 0.0496 × 20 + 3.6365 = 3.158 + 0.992 + 3.6365 = 7.7865
        expectScore(Readability.daleChall(example), 7.7865)
        // PDW = 5, not above 5: 0.1579 × 5 + 0.0496 × 20 = 0.7895 + 0.992 = 1.7815
        expectScore(Readability.daleChall(with { $0.unfamiliarWords?.daleChall = 5 }), 1.7815)
    }

    @Test func spache() {
        // 0.141 × 20 + 0.086 × (100 × 12/100) + 0.839 = 2.82 + 1.032 + 0.839 = 4.691
        expectScore(Readability.spache(example), 4.691)
    }

    @Test func allScoresTogether() {
        let scores = ReadabilityScores(example)
        #expect(scores.fleschReadingEase == Readability.fleschReadingEase(example))
        #expect(scores.linsearWrite == Readability.linsearWrite(example))
        #expect(scores.spache == Readability.spache(example))
        // Votes (see ReadabilityConsensusTests for the rules): FKG 9.91 → 9 10 10, FRE 59.635 → 10,
        // SMOG 11.2 → 11 12 11, CLI 9.98 → 9 10 10, ARI 12.12 → 12 13 12, DC 7.79 → 7 8 8,
        // LW 13 → 13 13 13, fog 11.2 → 11 12 11. 10 has 5 votes, more than any other grade.
        #expect(scores.consensusGrade == .value(10))
    }

    // MARK: - Unavailable

    @Test func emptyTextHasNoScores() {
        let empty = ReadabilityCounts(
            sentences: 0, words: 0, syllables: 0, polysyllabicWords: 0, complexWords: 0, letters: 0,
            characters: 0, tokens: 0, linsearWrite: .init(easyWords: 0, hardWords: 0, sentences: 0),
            unfamiliarWords: .init(daleChall: 0, spache: 0))
        let scores = ReadabilityScores(empty)
        for score in [scores.fleschReadingEase, scores.fleschKincaidGrade, scores.gunningFog, scores.smog,
                      scores.colemanLiau, scores.automatedReadabilityIndex, scores.daleChall, scores.spache] {
            #expect(score.value == nil)
        }
        expectUnavailable(scores.fleschReadingEase, "no sentences")
        expectUnavailable(scores.gunningFog, "no words")
        expectUnavailable(scores.linsearWrite, "no sentences in the Linsear Write sample")
        expectUnavailable(scores.consensusGrade, "Flesch–Kincaid grade is unavailable: no sentences")
    }

    @Test func textWithoutWords() {
        // What textstat counts for "!!!": one sentence, one token of three characters, no words.
        let punctuation = ReadabilityCounts(
            sentences: 1, words: 0, syllables: 0, polysyllabicWords: 0, complexWords: 0, letters: 0,
            characters: 3, tokens: 1, linsearWrite: .init(easyWords: 0, hardWords: 0, sentences: 1))
        expectUnavailable(Readability.fleschReadingEase(punctuation), "no words")
        expectUnavailable(Readability.fleschKincaidGrade(punctuation), "no words")
        expectUnavailable(Readability.gunningFog(punctuation), "no words")
        expectUnavailable(Readability.colemanLiau(punctuation), "no words")
        expectUnavailable(Readability.automatedReadabilityIndex(punctuation), "no words")
        // Computable, and textstat computes them: kept.
        expectScore(Readability.smog(punctuation), 3.1291)
        expectScore(Readability.linsearWrite(punctuation), -1)
    }

    @Test func eachMissingDivisorIsNamed() {
        expectUnavailable(Readability.fleschReadingEase(with { $0.syllables = 0 }), "no syllables")
        expectUnavailable(Readability.fleschKincaidGrade(with { $0.syllables = 0 }), "no syllables")
        expectUnavailable(Readability.colemanLiau(with { $0.letters = 0 }), "no letters")
        expectUnavailable(Readability.automatedReadabilityIndex(with { $0.characters = 0 }), "no characters")
        expectUnavailable(Readability.automatedReadabilityIndex(with { $0.tokens = 0 }), "no tokens")
        expectUnavailable(Readability.smog(with { $0.sentences = 0 }), "no sentences")
        // No sentences but some words: textstat takes words per sentence as 0; Tenor does not.
        expectUnavailable(Readability.gunningFog(with { $0.sentences = 0 }), "no sentences")
        expectUnavailable(Readability.daleChall(with { $0.sentences = 0 }), "no sentences")
        expectUnavailable(Readability.spache(with { $0.sentences = 0 }), "no sentences")
    }

    @Test func unfamiliarWordsNotCounted() {
        let counts = with { $0.unfamiliarWords = nil }
        let reason = "unfamiliar words not counted (needs an easy-word list, which Tenor does not ship)"
        expectUnavailable(Readability.daleChall(counts), reason)
        expectUnavailable(Readability.spache(counts), reason)
        // The consensus goes on without Dale–Chall's votes (10 still leads with 5).
        #expect(ReadabilityScores(counts).consensusGrade == .value(10))
    }

    @Test func negativeCountsAreRejected() {
        let counts = with { $0.words = -1 }
        let scores = ReadabilityScores(counts)
        for score in [scores.fleschReadingEase, scores.fleschKincaidGrade, scores.gunningFog, scores.smog,
                      scores.colemanLiau, scores.automatedReadabilityIndex, scores.linsearWrite,
                      scores.daleChall, scores.spache] {
            #expect(score == .unavailable(reason: "words is negative (-1)"))
        }
        expectUnavailable(Readability.linsearWrite(with { $0.linsearWrite.hardWords = -2 }),
                          "linsearWrite.hardWords is negative (-2)")
    }

    @Test func hugeCountsStayFinite() {
        let huge = ReadabilityCounts(
            sentences: 1, words: Int.max, syllables: Int.max, polysyllabicWords: Int.max, complexWords: Int.max,
            letters: Int.max, characters: Int.max, tokens: 1,
            linsearWrite: .init(easyWords: Int.max, hardWords: Int.max, sentences: 1),
            unfamiliarWords: .init(daleChall: Int.max, spache: Int.max))
        let scores = ReadabilityScores(huge)
        for score in [scores.fleschReadingEase, scores.fleschKincaidGrade, scores.gunningFog, scores.smog,
                      scores.colemanLiau, scores.automatedReadabilityIndex, scores.linsearWrite,
                      scores.daleChall, scores.spache, scores.consensusGrade] {
            #expect(score.value?.isFinite ?? true)
        }
        #expect(scores.consensusGrade == .value(18))
    }

    // MARK: - Codable

    @Test func scoreEncodesAsValueOrNullWithReason() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(String(decoding: try encoder.encode(Score.value(8.75)), as: UTF8.self) == #"{"value":8.75}"#)
        #expect(String(decoding: try encoder.encode(Score.unavailable(reason: "no words")), as: UTF8.self)
                == #"{"reason":"no words","value":null}"#)
        for score in [Score.value(-1), .unavailable(reason: "no sentences")] {
            #expect(try JSONDecoder().decode(Score.self, from: encoder.encode(score)) == score)
        }
    }

    @Test func countsAndScoresRoundTrip() throws {
        let counts = with { $0.unfamiliarWords = nil }
        #expect(try JSONDecoder().decode(ReadabilityCounts.self, from: JSONEncoder().encode(counts)) == counts)
        let scores = ReadabilityScores(counts)
        #expect(try JSONDecoder().decode(ReadabilityScores.self, from: JSONEncoder().encode(scores)) == scores)
    }
}
