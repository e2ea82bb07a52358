import Testing
@testable import TenorStatistics

private func expectScore(_ score: Score, _ expected: Double, sourceLocation: SourceLocation = #_sourceLocation) {
    guard let value = score.value else {
        Issue.record("unavailable: \(score.reason ?? "")", sourceLocation: sourceLocation)
        return
    }
    #expect(abs(value - expected) <= 1e-12 * max(1, abs(expected)), "\(value) != \(expected)", sourceLocation: sourceLocation)
}

private func words(_ text: String) -> [String] {
    text.split(separator: " ").map(String.init)
}

/// Hand-calculated values on sequences short enough to follow token by token.
@Suite struct LexicalDiversityTests {
    /// N = 6, V = 5; frequencies the 2, cat sat on mat 1.
    let catSat = LexicalDiversity(of: words("the cat sat on the mat"))
    /// N = 6, V = 4; frequencies a 2, b 1, c 1, d 2.
    let abacdd = LexicalDiversity(of: words("a b a c d d"))

    @Test func counts() {
        #expect(catSat.tokenCount == 6 && catSat.typeCount == 5)
        #expect(abacdd.tokenCount == 6 && abacdd.typeCount == 4)
    }

    @Test func typeTokenRatios() {
        // V/N = 5/6
        expectScore(catSat.typeTokenRatio, 5.0 / 6)
        // V/√N = 5/√6 = 5/2.449489742783178 = 2.041241452319315
        expectScore(catSat.rootTypeTokenRatio, 2.041241452319315)
        // V/√(2N) = 5/√12 = 5/3.4641016151377544 = 1.4433756729740645
        expectScore(catSat.correctedTypeTokenRatio, 1.4433756729740645)
        // ln V / ln N = ln 5 / ln 6 = 1.6094379124341003 / 1.791759469228055 = 0.8982444017039272
        expectScore(catSat.logTypeTokenRatio, 0.8982444017039272)
        // One type in four tokens: ln 1 / ln 4 = 0
        expectScore(LexicalDiversity(of: words("x x x x")).logTypeTokenRatio, 0)
    }

    @Test func yulesK() {
        // Σ m² V_m = 2² + 4 × 1² = 8; 10⁴ × (8 − 6)/6² = 20000/36 = 555.5…
        expectScore(catSat.yulesK, 20_000.0 / 36)
        // Σ m² V_m = 2 × 2² + 2 × 1² = 10; 10⁴ × (10 − 6)/36 = 1111.1…
        expectScore(abacdd.yulesK, 40_000.0 / 36)
        // No repeats: Σ m² V_m = N, so K = 0; one type: 10⁴ × (N² − N)/N² = 10⁴ × (1 − 1/N)
        expectScore(LexicalDiversity(of: words("a b c d e")).yulesK, 0)
        expectScore(LexicalDiversity(of: words("x x x x")).yulesK, 7500)
    }

    @Test func movingAverageTypeTokenRatio() {
        // Window 5: [the cat sat on the] 4 types, [cat sat on the mat] 5 → (4 + 5)/(5 × 2) = 0.9
        expectScore(catSat.movingAverageTypeTokenRatio(window: 5), 0.9)
        // Window 3: [a b a] 2, [b a c] 3, [a c d] 3, [c d d] 2 → 10/(3 × 4) = 5/6
        expectScore(abacdd.movingAverageTypeTokenRatio(window: 3), 5.0 / 6)
        // Window 2: [a b] 2, [b a] 2, [a c] 2, [c d] 2, [d d] 1 → 9/(2 × 5) = 0.9
        expectScore(abacdd.movingAverageTypeTokenRatio(window: 2), 0.9)
    }

    @Test func movingAverageOfOneWindowIsTheTypeTokenRatio() {
        expectScore(catSat.movingAverageTypeTokenRatio(window: 6), 5.0 / 6)
        // Every one-token window has one type.
        expectScore(abacdd.movingAverageTypeTokenRatio(window: 1), 1)
    }

    @Test func movingAverageEqualsWindowByWindowSets() {
        // An independent check of the sliding counts: a fresh Set per window.
        var state: UInt64 = 12345
        let tokens: [Int32] = (0..<700).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int32(truncatingIfNeeded: (state >> 33) % 40)
        }
        let diversity = LexicalDiversity(of: tokens)
        for window in [1, 2, 7, 50, 699, 700] {
            let windows = tokens.count - window + 1
            let types = (0..<windows).reduce(0) { $0 + Set(tokens[$1..<($1 + window)]).count }
            expectScore(diversity.movingAverageTypeTokenRatio(window: window), Double(types) / Double(window * windows))
        }
    }

    @Test func mtldWithoutCompleteFactors() {
        // Forward: the 1/1, cat 2/2, sat 3/3, on 4/4, the 4/5, mat 5/6: never ≤ 0.72.
        // Partial factor (1 − 5/6)/(1 − 0.72) = (1/6)/0.28 = 0.5952…; 6/0.5952… = 10.08.
        // Backward (mat the on sat cat the) also ends at 5/6: 10.08. Mean 10.08.
        expectScore(catSat.measureOfTextualLexicalDiversity(), 10.08)
    }

    @Test func mtldWithCompleteAndPartialFactors() {
        // Forward: a 1/1, b 2/2, a 2/3 ≤ 0.72 → factor 1; c 1/1, d 2/2, d 2/3 → factor 2;
        //   nothing left: 6/2 = 3.
        // Backward (d d c a b a): d, d 1/2 → factor 1; c 1/1, a 2/2, b 3/3, a 3/4 = 0.75 left over:
        //   partial (1 − 0.75)/0.28 = 25/28; 6/(1 + 25/28) = 168/53.
        // Mean (3 + 168/53)/2 = 327/106 = 3.0849…
        expectScore(abacdd.measureOfTextualLexicalDiversity(threshold: 0.72), 327.0 / 106)
        // Threshold 0.5: forward a, b, a 2/3, c 3/4, d 4/5, d 4/6 — no factor; partial (1 − 2/3)/0.5 = 2/3 → 9.
        // Backward d, d 1/2 ≤ 0.5 → factor 1; c, a, b, a 3/4: partial 0.25/0.5 = 0.5 → 6/1.5 = 4.
        expectScore(abacdd.measureOfTextualLexicalDiversity(threshold: 0.5), 6.5)
    }

    @Test func mtldClosesAFactorWhenTheRatioEqualsTheThreshold() {
        // a1 … a18, then a1 seven times: the forward TTR reaches 18/25 = 0.72 at the last token, which
        // closes a factor (≤): 25/1 = 25. Backward: a1 a1 → factor, three times; then a1 a18 … a2 a1,
        // 18 types in 19 tokens: partial (1/19)/0.28 = 25/133; 25/(3 + 25/133) = 3325/424.
        // Mean (25 + 3325/424)/2 = 13925/848 = 16.4209…
        let tokens = (1...18).map { "a\($0)" } + Array(repeating: "a1", count: 7)
        expectScore(LexicalDiversity(of: tokens).measureOfTextualLexicalDiversity(), 13925.0 / 848)
        // Tokens after the tie show on which side of it the factor closed. Appending b1 … b10 b1 b2 a3:
        // forward, with ≤ the first factor ends at token 25 and the 13 tokens left hold 11 types:
        //   partial (2/13)/0.28 = 50/91, 38/(1 + 50/91) = 3458/141 (with <, the first factor would run
        //   on to the end, 28 types in 38 tokens: 38/((10/38)/0.28) = 40.43).
        // Backward (a3 b2 b1 b10 … b3 b2 b1 a1 a1 a1 a1 …): 11 types in 13 tokens, then a1 12/14, 12/15,
        //   12/16, 12/17 = 0.706 → factor 1; a1 a1 → factor 2; a1 a18 … a2 a1: 18/19, partial 25/133;
        //   38/(2 + 25/133) = 5054/291. Mean (3458/141 + 5054/291)/2 = 20.9462…
        let longer = LexicalDiversity(of: tokens + (1...10).map { "b\($0)" } + ["b1", "b2", "a3"])
        expectScore(longer.measureOfTextualLexicalDiversity(), (3458.0 / 141 + 5054.0 / 291) / 2)
    }

    @Test func oneTypeRepeatedCompletesAFactorEveryTwoTokens() {
        // x 1/1, x 1/2 ≤ 0.72 → a factor per pair: 60 tokens / 30 factors = 2 both ways.
        expectScore(LexicalDiversity(of: Array(repeating: "x", count: 60)).measureOfTextualLexicalDiversity(), 2)
        // MATTR window 50: every window has 1 type: 1/50.
        expectScore(LexicalDiversity(of: Array(repeating: "x", count: 60)).movingAverageTypeTokenRatio(), 0.02)
    }

    @Test func noTokens() {
        let empty = LexicalDiversity(of: [String]())
        #expect(empty.tokenCount == 0 && empty.typeCount == 0)
        let scores = [
            empty.typeTokenRatio, empty.rootTypeTokenRatio, empty.correctedTypeTokenRatio, empty.logTypeTokenRatio,
            empty.yulesK, empty.movingAverageTypeTokenRatio(), empty.movingAverageTypeTokenRatio(window: 1),
            empty.measureOfTextualLexicalDiversity(),
        ]
        #expect(scores.allSatisfy { $0 == .unavailable(reason: "no tokens") })
    }

    @Test func oneToken() {
        let one = LexicalDiversity(of: ["word"])
        expectScore(one.typeTokenRatio, 1)
        expectScore(one.rootTypeTokenRatio, 1)
        expectScore(one.correctedTypeTokenRatio, 0.5.squareRoot())
        #expect(one.logTypeTokenRatio == .unavailable(reason: "one token: log N is 0"))
        expectScore(one.yulesK, 0)
        expectScore(one.movingAverageTypeTokenRatio(window: 1), 1)
        #expect(one.movingAverageTypeTokenRatio() == .unavailable(reason: "fewer tokens (1) than the window (50)"))
        #expect(one.measureOfTextualLexicalDiversity().reason == "no type occurs twice: the TTR never falls, so MTLD is unbounded")
    }

    @Test func windowBoundary() {
        let tokens = (0..<50).map { Int32($0 % 41) }  // 41 types; 0…8 occur twice
        #expect(LexicalDiversity(of: tokens.dropLast()).movingAverageTypeTokenRatio().reason
                == "fewer tokens (49) than the window (50)")
        // Exactly one window: MATTR = TTR = 41/50.
        expectScore(LexicalDiversity(of: tokens).movingAverageTypeTokenRatio(), 0.82)
        // 51 tokens: [0 … 49] 41 types, [1 … 50] (token 50 is 50 % 41 = 9) 41 types → 0.82.
        expectScore(LexicalDiversity(of: (0..<51).map { Int32($0 % 41) }).movingAverageTypeTokenRatio(), 0.82)
    }

    @Test func mtldOfTextWithoutRepeatsIsUnavailable() {
        let distinct = LexicalDiversity(of: (0..<60).map { Int32($0) })
        #expect(distinct.measureOfTextualLexicalDiversity().value == nil)
        #expect(distinct.measureOfTextualLexicalDiversity(threshold: 0.5).value == nil)
        // The others are defined: TTR 1, Herdan 1, K 0, MATTR 1.
        expectScore(distinct.logTypeTokenRatio, 1)
        expectScore(distinct.movingAverageTypeTokenRatio(), 1)
        // One repeat makes it finite (and large): this is why lexicalrichness's N for no repeats
        // is not followed.
        let oneRepeat = LexicalDiversity(of: [0] + (0..<59).map { Int32($0) })
        #expect((oneRepeat.measureOfTextualLexicalDiversity().value ?? 0) > 500)
    }

    @Test func typesDependOnEqualityOnly() {
        // Same pattern as ids, as strings, and as other strings: the same numbers. Case is kept.
        let ids: [Int32] = [7, 3, 7, 9, 100, 100]
        #expect(LexicalDiversity(of: ids) == abacdd)
        #expect(LexicalDiversity(of: words("The the THE")).typeCount == 3)
        #expect(LexicalDiversity(of: words("ça naïve ça")).typeCount == 2)
    }

    /// Tokens added in runs of any length give the diversity of the whole sequence at once:
    /// the same type numbers and frequencies, so every measure is the same double.
    @Test func tokensAddedInRunsAreTheWholeSequence() {
        let words = "the cat sat on the mat and the dog sat on the log while a cat ran".split(separator: " ").map(String.init)
        let tokens = (0..<400).map { words[($0 * 7 + $0 / 13) % words.count] }
        let whole = LexicalDiversity(of: tokens)
        for run in [1, 3, 50, 399, 400] {
            var builder = LexicalDiversity.Builder<String>()
            for start in stride(from: 0, to: tokens.count, by: run) {
                builder.append(contentsOf: tokens[start..<min(start + run, tokens.count)])
            }
            #expect(builder.diversity == whole, "runs of \(run)")
            #expect(builder.diversity.measureOfTextualLexicalDiversity() == whole.measureOfTextualLexicalDiversity())
        }
        // Not the same when a run is left out.
        var partial = LexicalDiversity.Builder<String>()
        partial.append(contentsOf: tokens.dropLast(3))
        #expect(partial.diversity != whole)
    }

    /// `count` seeded tokens below `types`, skewed toward small ids like word frequencies (the
    /// square of a uniform number).
    static func skewedTokens(_ count: Int, types: Int, seed: UInt64) -> [Int32] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let uniform = Double(state >> 11) / Double(1 << 53)
            return Int32(uniform * uniform * Double(types))
        }
    }

    /// A million tokens through every measure: O(N) passes finish in well under a second even in
    /// a debug build (no timing assertion, so a slow machine cannot fail it).
    @Test func millionTokens() {
        let tokens = Self.skewedTokens(1_000_000, types: 20_000, seed: 2025)
        let diversity = LexicalDiversity(of: tokens)
        #expect(diversity.tokenCount == 1_000_000)
        #expect(diversity.typeCount > 10_000)
        let scores = [
            diversity.typeTokenRatio, diversity.rootTypeTokenRatio, diversity.correctedTypeTokenRatio,
            diversity.logTypeTokenRatio, diversity.yulesK, diversity.movingAverageTypeTokenRatio(window: 50),
            diversity.movingAverageTypeTokenRatio(window: 10_000), diversity.measureOfTextualLexicalDiversity(),
        ]
        #expect(scores.allSatisfy { $0.value != nil })
        let mattr = diversity.movingAverageTypeTokenRatio().value ?? 0
        #expect(mattr > 0.5 && mattr <= 1)
    }
}
