/// The measures that read the tokens in order (MATTR, MTLD), each in one O(N + V) pass.
extension LexicalDiversity {
    /// Moving-average type–token ratio (MATTR): the mean TTR of every run of `window` consecutive
    /// tokens (tokens 1…W, 2…W+1, …, N−W+1…N), so its value does not drift with text length the
    /// way TTR does.
    ///
    /// Covington, M. A. & McFall, J. D. (2010). "Cutting the Gordian knot: The moving-average
    /// type–token ratio (MATTR)." *Journal of Quantitative Linguistics* 17(2), 94–100.
    /// lexicalrichness `mattr(window_size=)`: the same, including a text exactly one window long
    /// (one window: MATTR = TTR).
    ///
    /// Unavailable with fewer tokens than the window: there is no window to average, and falling
    /// back to the whole text's TTR (as some tools do) would put a differently defined number in
    /// the same column for short paragraphs. lexicalrichness raises there too.
    ///
    /// The window slides with a count per type, adding the entering token and removing the leaving
    /// one, so the cost is O(N + V) whatever the window.
    ///
    /// - Parameter window: tokens per window; 50 is the usual choice for paragraphs and short texts
    ///   (Covington & McFall's own examples use 500 on long texts).
    /// - Precondition: `window >= 1`.
    public func movingAverageTypeTokenRatio(window: Int = 50) -> Score {
        precondition(window >= 1, "the MATTR window must hold at least one token")
        guard tokenCount > 0 else { return Self.noTokens }
        guard tokenCount >= window else {
            return .unavailable(reason: "fewer tokens (\(tokenCount)) than the window (\(window))")
        }
        var countInWindow = [Int](repeating: 0, count: typeCount)
        var typesInWindow = 0
        // The last `window` tokens, in a ring: the token leaving is the one `window` back.
        var ring = [Int32](repeating: 0, count: window)
        var seen = 0
        // The sum of every window's type count, kept as an integer so that the result is one
        // correctly rounded division (lexicalrichness adds up rounded per-window ratios, so the
        // two can differ in the last bits).
        var typesInAllWindows = 0
        let read = typeSequence.forEachForward { entering in
            let slot = seen % window
            if seen >= window {
                let leaving = ring[slot]
                countInWindow[Int(leaving)] -= 1
                if countInWindow[Int(leaving)] == 0 { typesInWindow -= 1 }
            }
            if countInWindow[Int(entering)] == 0 { typesInWindow += 1 }
            countInWindow[Int(entering)] += 1
            ring[slot] = entering
            seen += 1
            if seen >= window { typesInAllWindows += typesInWindow }
        }
        guard read else { return .unavailable(reason: TypeSequence.unreadable) }
        let windows = tokenCount - window + 1
        // window × windows ≤ N²/4 is an exact double for any realistic N.
        return .checked(Double(typesInAllWindows) / (Double(window) * Double(windows)))
    }

    /// Measure of textual lexical diversity (MTLD): the mean length of the stretches of text
    /// ("factors") over which the running TTR stays above `threshold`.
    ///
    /// McCarthy, P. M. & Jarvis, S. (2010). "MTLD, vocd-D, and HD-D: A validation study of
    /// sophisticated approaches to lexical diversity assessment." *Behavior Research Methods*
    /// 42(2), 381–392. Reading the tokens in order, the TTR of the current factor is computed
    /// after each token; when it falls to the threshold or below, one factor is counted and a new
    /// factor starts with the next token. What remains at the end counts as a partial factor,
    /// `(1 − TTR of the remainder) / (1 − threshold)` (0 when the text ends on a factor boundary).
    /// One pass gives `N / factors`; MTLD is the mean of the forward pass and the same computed
    /// on the tokens in reverse order.
    ///
    /// lexicalrichness `mtld(threshold=)`: the same (≤ threshold closes a factor; the same partial
    /// factor; forward and backward averaged) for every text with a repeated type. It departs from
    /// the published definition only when no type occurs twice: then neither pass completes a
    /// factor and the remainder's TTR is 1, so the factor count is 0 and `N / 0` is unbounded
    /// (the closer a text comes to having no repeats, the larger MTLD grows). lexicalrichness
    /// then counts one factor and returns N — smaller than MTLD of a text of the same length with
    /// one repeat, so Tenor follows the published definition and is unavailable instead.
    /// Unavailable with no tokens too.
    ///
    /// McCarthy & Jarvis note that MTLD is unreliable below about 100 tokens: a paragraph's MTLD
    /// rests on one or two factors.
    ///
    /// - Parameter threshold: the factor size; 0.72 as published (they report it stable between
    ///   0.660 and 0.750).
    /// - Precondition: `0 < threshold < 1`.
    public func measureOfTextualLexicalDiversity(threshold: Double = 0.72) -> Score {
        precondition(threshold > 0 && threshold < 1, "the MTLD threshold must lie strictly between 0 and 1")
        guard tokenCount > 0 else { return Self.noTokens }
        // Without a repeated type each pass has no complete factor and a partial factor of 0
        // (and with one, each pass has a complete factor or a remainder with TTR below 1).
        guard typeCount < tokenCount else {
            return .unavailable(reason: "no type occurs twice: the TTR never falls, so MTLD is unbounded")
        }
        let tokens = Double(tokenCount)
        guard let forward = factorCount(backwards: false, threshold: threshold),
              let backward = factorCount(backwards: true, threshold: threshold)
        else { return .unavailable(reason: TypeSequence.unreadable) }
        return .checked((tokens / forward + tokens / backward) / 2)
    }

    /// MTLD's factor count for one reading direction, complete factors plus the partial one;
    /// nil when the tokens could not be read back.
    private func factorCount(backwards: Bool, threshold: Double) -> Double? {
        // The factor in which each type was last seen: starting a factor needs no clearing of a
        // set, which keeps the pass O(N + V) however many factors there are.
        var lastFactorOfType = [Int](repeating: -1, count: typeCount)
        var completeFactors = 0
        var tokensInFactor = 0
        var typesInFactor = 0
        var ratio = 1.0
        let visit = { (type: Int32) in
            tokensInFactor += 1
            if lastFactorOfType[Int(type)] != completeFactors {
                lastFactorOfType[Int(type)] = completeFactors
                typesInFactor += 1
            }
            // The division and comparison lexicalrichness makes, so a factor closes on the same
            // token even where the ratio equals the threshold (18/25 == 0.72 as doubles).
            ratio = Double(typesInFactor) / Double(tokensInFactor)
            if ratio <= threshold {
                completeFactors += 1
                tokensInFactor = 0
                typesInFactor = 0
            }
        }
        guard backwards ? typeSequence.forEachBackward(visit) : typeSequence.forEachForward(visit) else { return nil }
        let partialFactor = tokensInFactor > 0 ? (1 - ratio) / (1 - threshold) : 0
        return Double(completeFactors) + partialFactor
    }
}
