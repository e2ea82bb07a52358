/// The settings of a term-matrix vectorizer, named and defaulted as in scikit-learn's
/// `TfidfVectorizer`, checked once when built.
///
/// With the defaults, ``Vectorizer/fitTransform(_:)`` gives scikit-learn's
/// `TfidfVectorizer().fit_transform(paragraphs)`: lower-cased `(?u)\b\w\w+\b` tokens, smoothed idf
/// `ln((1 + n) / (1 + df)) + 1`, raw term counts as tf, rows scaled to unit L2 norm.
public struct VectorizerOptions: Sendable, Equatable {
    /// Lower-case text before tokenizing (Python's `str.lower()`, final sigma included).
    /// ``TokenPattern/words`` terms are always lower-cased.
    public let lowercase: Bool
    /// Which pieces of text become terms.
    public let tokenPattern: TokenPattern
    /// Terms to leave out before n-grams are formed.
    public let stopWords: StopWords?
    /// Lengths of the word n-grams counted as terms; `1...1` counts single words.
    public let ngramRange: ClosedRange<Int>
    /// Keep terms found in at least this many (or this share of) paragraphs.
    public let minDocumentFrequency: DocumentFrequency
    /// Keep terms found in at most this many (or this share of) paragraphs.
    public let maxDocumentFrequency: DocumentFrequency
    /// Keep only the terms with the highest total counts (ties: the earlier term in column order).
    public let maxFeatures: Int?
    /// Count a term once per paragraph however often it occurs.
    public let binary: Bool
    /// How counts become weights.
    public let weighting: TermWeighting

    public init(
        lowercase: Bool = true,
        tokenPattern: TokenPattern = .sklearn,
        stopWords: StopWords? = nil,
        ngramRange: ClosedRange<Int> = 1...1,
        minDocumentFrequency: DocumentFrequency = .count(1),
        maxDocumentFrequency: DocumentFrequency = .proportion(1.0),
        maxFeatures: Int? = nil,
        binary: Bool = false,
        weighting: TermWeighting = TermWeighting()
    ) throws(VectorizerOptionsError) {
        guard ngramRange.lowerBound >= 1 else { throw .invalidNgramRange(ngramRange) }
        try minDocumentFrequency.validate(name: "min_df")
        try maxDocumentFrequency.validate(name: "max_df")
        if let maxFeatures, maxFeatures < 1 { throw .invalidMaxFeatures(maxFeatures) }
        self.lowercase = lowercase
        self.tokenPattern = tokenPattern
        self.stopWords = stopWords
        self.ngramRange = ngramRange
        self.minDocumentFrequency = minDocumentFrequency
        self.maxDocumentFrequency = maxDocumentFrequency
        self.maxFeatures = maxFeatures
        self.binary = binary
        self.weighting = weighting
    }

    /// The same terms, counted raw with no document-frequency or feature limit: how a fitted
    /// model's text and a part of a corpus are counted, since the limits belong to the fit.
    var countingEveryTerm: VectorizerOptions {
        try! VectorizerOptions(
            lowercase: lowercase, tokenPattern: tokenPattern, stopWords: stopWords,
            ngramRange: ngramRange, binary: binary, weighting: .counts)
    }
}

/// A document-frequency bound: an absolute number of paragraphs or a share of them.
public enum DocumentFrequency: Sendable, Equatable, CustomStringConvertible {
    case count(Int)
    case proportion(Double)

    /// Parses scikit-learn's convention: `0.5` or `1.0` is a proportion, `5` is a count.
    public init?(_ text: String) {
        if text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) {
            guard let value = Double(text) else { return nil }
            self = .proportion(value)
        } else {
            guard let value = Int(text) else { return nil }
            self = .count(value)
        }
    }

    /// The bound in paragraphs for a corpus of `documents` paragraphs (a proportion is not rounded).
    func paragraphs(of documents: Int) -> Double {
        switch self {
        case .count(let count): Double(count)
        case .proportion(let share): share * Double(documents)
        }
    }

    func validate(name: String) throws(VectorizerOptionsError) {
        let valid = switch self {
        case .count(let count): count >= 1
        case .proportion(let share): (0...1).contains(share)
        }
        if !valid { throw .invalidDocumentFrequency(name: name, value: self) }
    }

    public var description: String {
        switch self {
        case .count(let count): "\(count)"
        case .proportion(let share): "\(share)"
        }
    }
}

/// Options that cannot make a vectorizer.
public enum VectorizerOptionsError: Error, Equatable, CustomStringConvertible {
    case invalidNgramRange(ClosedRange<Int>)
    case invalidDocumentFrequency(name: String, value: DocumentFrequency)
    case invalidMaxFeatures(Int)

    public var description: String {
        switch self {
        case .invalidNgramRange(let range):
            "n-gram range \(range.lowerBound),\(range.upperBound) is invalid: give MIN,MAX with 1 <= MIN <= MAX"
        case .invalidDocumentFrequency(let name, let value):
            "\(name) \(value) is invalid: give a whole number of paragraphs (>= 1) or a proportion between 0.0 and 1.0"
        case .invalidMaxFeatures(let count):
            "max_features \(count) is invalid: give a whole number >= 1"
        }
    }
}
