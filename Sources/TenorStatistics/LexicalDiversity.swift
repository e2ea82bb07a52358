#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lexical-diversity measures of one text, given its tokens in text order.
///
/// A token is anything `Hashable`: the term ids a tokenizer or `Vocabulary` hands out (`Int32`),
/// or words as strings. Two tokens are the same type when they are equal, so case folding,
/// lemmatising or dropping punctuation is the caller's choice, made before the tokens arrive.
///
/// ```swift
/// let diversity = LexicalDiversity(of: termIDs)
/// diversity.typeTokenRatio                          // V / N
/// diversity.movingAverageTypeTokenRatio(window: 50) // MATTR
/// diversity.measureOfTextualLexicalDiversity()      // MTLD, threshold 0.72
/// ```
///
/// N is the number of tokens, V the number of types. Every measure is a `Score`: a
/// finite number, or unavailable with the reason (no tokens, a zero divisor, a text shorter than
/// the MATTR window, a text whose MTLD is unbounded) — never NaN or infinity.
///
/// Each doc comment gives the published formula with its source and how the PyPI package
/// `lexicalrichness` 0.5.1 compares, given the same tokens (its tokenizer and lower-casing are not
/// part of the comparison), proven row by row against `Tests/Fixtures/lexical-diversity/reference.tsv`
/// (written by `Scripts/make-lexical-diversity-fixtures`): where both define a number they agree —
/// the same doubles for the TTRs and MTLD; MATTR and Yule's K may differ in the last bits, because
/// Tenor sums integers exactly and rounds once where lexicalrichness adds up rounded terms (the
/// tests allow 1e-9). Where lexicalrichness raises, Tenor is unavailable. The one difference:
/// MTLD of a text in which no type repeats (see there).
///
/// Building the value takes O(N) time (one hash look-up per token); every measure after that is
/// O(1) or O(N + V).
public struct LexicalDiversity: Sendable, Equatable {
    /// The tokens in text order, each replaced by the number of its type: 0 for the first type to
    /// occur, 1 for the next new one, and so on. Dense numbers let MATTR and MTLD keep their
    /// per-type state in arrays rather than hash tables, and make one pass whatever the token type.
    let typeSequence: TypeSequence

    /// How often each type occurs, indexed by type number.
    let frequencies: [Int]

    /// The diversity of a sequence of word types as hashes (``WordTypes/sequence(_:in:)``): the
    /// same as the generic initializer, but compiled for this element type here, so callers in
    /// other modules do not run the generic code unspecialized.
    public init(ofTypes types: [UInt64]) {
        self.init(of: types)
    }

    /// Reads the tokens once.
    ///
    /// - Precondition: fewer than 2³¹ distinct types.
    public init<Token: Hashable>(of tokens: some Sequence<Token>) {
        var builder = Builder<Token>()
        builder.append(contentsOf: tokens)
        self = builder.diversity
    }

    init(typeSequence: TypeSequence, frequencies: [Int]) {
        self.typeSequence = typeSequence
        self.frequencies = frequencies
    }

    /// N: the number of tokens.
    public var tokenCount: Int { typeSequence.count }

    /// V: the number of distinct tokens (types).
    public var typeCount: Int { frequencies.count }

    /// Type–token ratio, `V / N`: the share of tokens that are the first of their type. Falls as a
    /// text grows, so compare texts of similar length (or use MATTR or MTLD).
    ///
    /// Johnson, W. (1944). "Studies in language behavior: I. A program of research."
    /// *Psychological Monographs* 56(2), 1–15; Templin, M. C. (1957). *Certain Language Skills in
    /// Children.* University of Minnesota Press.
    /// lexicalrichness `ttr`: the same. Unavailable with no tokens.
    public var typeTokenRatio: Score {
        guard tokenCount > 0 else { return Self.noTokens }
        return .checked(Double(typeCount) / Double(tokenCount))
    }

    /// Guiraud's root type–token ratio (Guiraud's R), `V / √N`.
    ///
    /// Guiraud, P. (1954). *Les caractères statistiques du vocabulaire.* Presses Universitaires
    /// de France. lexicalrichness `rttr`: the same. Unavailable with no tokens.
    public var rootTypeTokenRatio: Score {
        guard tokenCount > 0 else { return Self.noTokens }
        return .checked(Double(typeCount) / Double(tokenCount).squareRoot())
    }

    /// Carroll's corrected type–token ratio, `V / √(2N)`: Guiraud's R divided by √2.
    ///
    /// Carroll, J. B. (1964). *Language and Thought.* Prentice-Hall.
    /// lexicalrichness `cttr`: the same. Unavailable with no tokens.
    public var correctedTypeTokenRatio: Score {
        guard tokenCount > 0 else { return Self.noTokens }
        return .checked(Double(typeCount) / (2 * Double(tokenCount)).squareRoot())
    }

    /// Herdan's log type–token ratio (Herdan's C), `log V / log N` (any base: it cancels).
    ///
    /// Herdan, G. (1960). *Type-Token Mathematics: A Textbook of Mathematical Linguistics.*
    /// Mouton. lexicalrichness `Herdan`: the same (natural logarithms). Unavailable with no
    /// tokens, and with one token, where log N is 0 (lexicalrichness raises in both cases).
    public var logTypeTokenRatio: Score {
        guard tokenCount > 0 else { return Self.noTokens }
        guard tokenCount > 1 else { return .unavailable(reason: "one token: log N is 0") }
        return .checked(log(Double(typeCount)) / log(Double(tokenCount)))
    }

    /// Yule's characteristic K, `10⁴ × (Σ m² V_m − N) / N²`, where V_m is the number of types
    /// that occur exactly m times. Σ m² V_m is the sum of every type's frequency squared, so K
    /// measures repetition: 0 when no type repeats, higher for a more repetitive text, and
    /// (unlike TTR) roughly independent of text length.
    ///
    /// Yule, G. U. (1944). *The Statistical Study of Literary Vocabulary.* Cambridge University
    /// Press. lexicalrichness `yulek` computes `10⁴ × (Σ m² V_m / N² − 1/N)`, the same quantity
    /// rearranged; its subtraction of two rounded terms can cost the last bits (896 comes out as
    /// 895.9999999999999), so Tenor subtracts in integers first. Unavailable with no tokens.
    public var yulesK: Score {
        guard tokenCount > 0 else { return Self.noTokens }
        // Σ f(f − 1) over types = Σ m² V_m − N, summed exactly in integers (it is at most N², so
        // this holds for any text under about 3 × 10⁹ tokens); only the final division rounds.
        let repeatedPairs = frequencies.reduce(0) { $0 + $1 * ($1 - 1) }
        let tokens = Double(tokenCount)
        return .checked(10_000 * Double(repeatedPairs) / (tokens * tokens))
    }

    static let noTokens = Score.unavailable(reason: "no tokens")
}
