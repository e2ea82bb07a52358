#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Readability formulas as pure functions of `ReadabilityCounts`.
///
/// Every formula returns textstat 0.7.13's number for the same counts (proven row by row against
/// `Tests/Fixtures/readability/formulas.tsv`, written by `Scripts/make-readability-fixtures`).
/// Each doc comment gives the published formula with its source and says where textstat departs
/// from it; Tenor follows textstat in every such place, so the deviations are Tenor's too.
///
/// Three rules hold for all of them:
///
/// - **No rounding.** textstat 0.7.13 returns unrounded values unless `set_rounding_points` is
///   called, and so does Tenor; round for display only. The arithmetic is done in textstat's
///   order (the same divisions, the same `pow`), so the results are the same doubles, not just
///   close ones (bit-identical on every fixture row on Linux; the tests allow 1e-9).
/// - **Unavailable instead of a made-up number.** Where a divisor is zero, textstat returns `0.0`
///   (its "no result"), which is indistinguishable from a real score; Tenor returns
///   `.unavailable` with the reason. Also where textstat returns `0.0` although the published
///   formula has no zero divisor (Flesch with no syllables, Coleman–Liau with no letters):
///   textstat treats those counts as not computable and so does Tenor.
/// - **No sentences but some words** (counts textstat's own counter never produces: any
///   non-empty text has a sentence) make Gunning fog, Dale–Chall and Spache unavailable, where
///   textstat silently takes the missing words-per-sentence term as 0.
///
/// A negative count makes every formula unavailable.
public enum Readability {
    /// Flesch Reading Ease: higher is easier; 60–70 is plain English.
    ///
    /// Flesch, R. (1948). "A new readability yardstick." *Journal of Applied Psychology* 32(3),
    /// 221–233: `206.835 − 1.015 × words/sentences − 84.6 × syllables/words`.
    /// textstat: as published. Unavailable with no sentences, words or syllables.
    public static func fleschReadingEase(_ counts: ReadabilityCounts) -> Score {
        if let obstacle = obstacle(counts, needs: [.sentences, .words, .syllables]) { return obstacle }
        return .checked(206.835 - 1.015 * wordsPerSentence(counts) - 84.6 * syllablesPerWord(counts))
    }

    /// Flesch–Kincaid grade level (a US school grade).
    ///
    /// Kincaid, J. P., Fishburne, R. P., Rogers, R. L. & Chissom, B. S. (1975). *Derivation of new
    /// readability formulas … for Navy enlisted personnel.* Research Branch Report 8-75, Naval
    /// Technical Training Command: `0.39 × words/sentences + 11.8 × syllables/words − 15.59`.
    /// textstat: as published. Unavailable with no sentences, words or syllables.
    public static func fleschKincaidGrade(_ counts: ReadabilityCounts) -> Score {
        if let obstacle = obstacle(counts, needs: [.sentences, .words, .syllables]) { return obstacle }
        return .checked(0.39 * wordsPerSentence(counts) + 11.8 * syllablesPerWord(counts) - 15.59)
    }

    /// Gunning fog index (a US school grade).
    ///
    /// Gunning, R. (1952). *The Technique of Clear Writing.* McGraw-Hill:
    /// `0.4 × (words/sentences + 100 × complex words/words)`, where complex words have three or
    /// more syllables, leaving out proper names, compounds of easy words, and verbs that reach
    /// three syllables only through -ed or -es.
    /// textstat's complex words are instead words of three or more syllables that are not on its
    /// Dale–Chall easy-word list (`complexWords`). Unavailable with no words or no sentences.
    public static func gunningFog(_ counts: ReadabilityCounts) -> Score {
        if let obstacle = obstacle(counts, needs: [.words, .sentences]) { return obstacle }
        return .checked(0.4 * (wordsPerSentence(counts) + percentOfWords(counts.complexWords, counts)))
    }

    /// SMOG grade (a US school grade).
    ///
    /// McLaughlin, G. H. (1969). "SMOG grading — a new readability formula." *Journal of
    /// Reading* 12(8), 639–646. The published procedure samples 30 sentences (ten each from the
    /// beginning, middle and end) and takes `3 + √(polysyllables in the sample)`; the regression
    /// form for other sample sizes is `1.0430 × √(30 × polysyllables/sentences) + 3.1291`.
    /// textstat uses the regression form on the whole text, with any number of sentences (no
    /// 30-sentence sample, no minimum). Unavailable with no sentences; no words gives 3.1291.
    public static func smog(_ counts: ReadabilityCounts) -> Score {
        if let obstacle = obstacle(counts, needs: [.sentences]) { return obstacle }
        let polysyllablesPer30Sentences = 30 * ratio(counts.polysyllabicWords, counts.sentences)
        // pow(x, 0.5), not squareRoot(): Python's `** 0.5` calls the C library's pow, and the two
        // need not agree in the last bit.
        return .checked(1.043 * pow(polysyllablesPer30Sentences, 0.5) + 3.1291)
    }

    /// Coleman–Liau index (a US school grade).
    ///
    /// Coleman, M. & Liau, T. L. (1975). "A computer readability formula designed for machine
    /// scoring." *Journal of Applied Psychology* 60(2), 283–284: `0.0588 × L − 0.296 × S − 15.8`,
    /// L = letters per 100 words, S = sentences per 100 words.
    /// textstat uses 0.058 for L's coefficient, not 0.0588 (Tenor follows textstat: 0.0008 × L is
    /// about 0.4 of a grade for ordinary prose), and counts digits and underscores as letters
    /// (`letters`). Unavailable with no words, sentences or letters.
    public static func colemanLiau(_ counts: ReadabilityCounts) -> Score {
        if let obstacle = obstacle(counts, needs: [.words, .sentences, .letters]) { return obstacle }
        let lettersPer100Words = ratio(counts.letters, counts.words) * 100
        let sentencesPer100Words = ratio(counts.sentences, counts.words) * 100
        return .checked(0.058 * lettersPer100Words - 0.296 * sentencesPer100Words - 15.8)
    }

    /// Automated Readability Index (a US school grade).
    ///
    /// Senter, R. J. & Smith, E. A. (1967). *Automated Readability Index.* AMRL-TR-66-220,
    /// Aerospace Medical Research Laboratories, Wright-Patterson AFB:
    /// `4.71 × characters/words + 0.5 × words/sentences − 21.43`, characters being letters and
    /// digits.
    /// textstat's characters/words is all non-whitespace characters, punctuation included,
    /// divided by whitespace-separated tokens, punctuation-only tokens included (`characters`,
    /// `tokens`); its words/sentences uses the ordinary word count. Unavailable with no tokens,
    /// characters, words or sentences.
    public static func automatedReadabilityIndex(_ counts: ReadabilityCounts) -> Score {
        if let obstacle = obstacle(counts, needs: [.tokens, .characters, .words, .sentences]) { return obstacle }
        return .checked(4.71 * ratio(counts.characters, counts.tokens) + 0.5 * wordsPerSentence(counts) - 21.43)
    }

    /// Linsear Write (a US school grade).
    ///
    /// Developed for the US Air Force; the usual citation is O'Hayre, J. (1966). *Gobbledygook Has
    /// Gotta Go.* US Bureau of Land Management. On a 100-word sample, easy words (one or two
    /// syllables) score 1 and hard words (three or more) score 3; `r = score/sentences`; the
    /// grade is `r/2` when `r > 20`, else `r/2 − 1`.
    /// textstat computes `(r − 2)/2` for `r ≤ 20` (the same number); its sample is described at
    /// `ReadabilityCounts.LinsearWriteSample` (the whole text when it has 100 tokens or fewer, no
    /// minimum size). Unavailable with no sentences in the sample; a sample without words gives −1.
    public static func linsearWrite(_ counts: ReadabilityCounts) -> Score {
        if let problem = counts.negativeCount { return .unavailable(reason: problem) }
        let sample = counts.linsearWrite
        guard sample.sentences > 0 else { return .unavailable(reason: "no sentences in the Linsear Write sample") }
        let score = Double(sample.easyWords) + 3 * Double(sample.hardWords)
        let perSentence = score / Double(sample.sentences)
        return .checked(perSentence > 20 ? perSentence / 2 : (perSentence - 2) / 2)
    }

    /// Dale–Chall readability score (the 1948 formula; 4.9 or lower ≈ grade 4, 9.0–9.9 ≈ college).
    ///
    /// Dale, E. & Chall, J. S. (1948). "A formula for predicting readability." *Educational
    /// Research Bulletin* 27(1), 11–20 and 27(2), 37–54: `0.1579 × PDW + 0.0496 × words/sentences`,
    /// plus 3.6365 when PDW > 5, PDW being the percentage of words not on the Dale list of 3,000
    /// familiar words.
    /// textstat matches words against its 2,940-word list verbatim (inflections and names are
    /// unfamiliar). Unavailable without `unfamiliarWords` (Tenor ships no easy-word list), with no
    /// words or no sentences.
    public static func daleChall(_ counts: ReadabilityCounts) -> Score {
        guard let unfamiliar = counts.unfamiliarWords else { return unfamiliarWordsNotCounted }
        if let obstacle = obstacle(counts, needs: [.words, .sentences]) { return obstacle }
        let percentUnfamiliar = percentOfWords(unfamiliar.daleChall, counts)
        let raw = 0.1579 * percentUnfamiliar + 0.0496 * wordsPerSentence(counts)
        return .checked(percentUnfamiliar > 5 ? raw + 3.6365 : raw)
    }

    /// Spache readability (a US grade for primary-school texts).
    ///
    /// Spache, G. (1953). "A new readability formula for primary-grade reading materials."
    /// *Elementary School Journal* 53(7), 410–413: `0.141 × words/sentences + 0.086 × PDW + 0.839`,
    /// PDW being the percentage of words not on Spache's list (the 1974 revision changed the
    /// coefficients to 0.121, 0.082 and 0.659).
    /// textstat uses the 1953 coefficients but judges words against its Dale–Chall list, and
    /// only words of two or more syllables can be unfamiliar. Unavailable without
    /// `unfamiliarWords`, with no words or no sentences.
    public static func spache(_ counts: ReadabilityCounts) -> Score {
        guard let unfamiliar = counts.unfamiliarWords else { return unfamiliarWordsNotCounted }
        if let obstacle = obstacle(counts, needs: [.words, .sentences]) { return obstacle }
        return .checked(0.141 * wordsPerSentence(counts) + 0.086 * percentOfWords(unfamiliar.spache, counts) + 0.839)
    }

    private static let unfamiliarWordsNotCounted = Score.unavailable(
        reason: "unfamiliar words not counted (needs an easy-word list, which Tenor does not ship)")

    // MARK: - Shared arithmetic (textstat's order of operations)

    private static func ratio(_ numerator: Int, _ denominator: Int) -> Double {
        Double(numerator) / Double(denominator)
    }

    private static func wordsPerSentence(_ counts: ReadabilityCounts) -> Double {
        ratio(counts.words, counts.sentences)
    }

    private static func syllablesPerWord(_ counts: ReadabilityCounts) -> Double {
        ratio(counts.syllables, counts.words)
    }

    /// `100 × part / words` with the multiplication first, as textstat does it (exact for any
    /// count below 2⁵³ / 100, so the one rounding is the division's).
    private static func percentOfWords(_ part: Int, _ counts: ReadabilityCounts) -> Double {
        100 * Double(part) / Double(counts.words)
    }

    // MARK: - Unavailable inputs

    /// A count a formula divides by (or, for syllables and letters, cannot do without).
    private enum Requirement {
        case sentences, words, syllables, letters, characters, tokens

        func isMissing(in counts: ReadabilityCounts) -> Bool {
            switch self {
            case .sentences: counts.sentences == 0
            case .words: counts.words == 0
            case .syllables: counts.syllables == 0
            case .letters: counts.letters == 0
            case .characters: counts.characters == 0
            case .tokens: counts.tokens == 0
            }
        }

        var reason: String { "no \(self)" }
    }

    /// Why the formula cannot be computed from `counts`, or `nil` when it can.
    private static func obstacle(_ counts: ReadabilityCounts, needs requirements: [Requirement]) -> Score? {
        if let problem = counts.negativeCount { return .unavailable(reason: problem) }
        return requirements.first { $0.isMissing(in: counts) }.map { .unavailable(reason: $0.reason) }
    }
}
