/// A corpus's terms with how many paragraphs hold each and how often they occur: all that
/// fitting a vocabulary and idf needs. Counts made apart, one part of a corpus each, add up to
/// the whole corpus's (``merged(_:)``), so a corpus can be counted in parts (a map), summed (a
/// reduce) and fitted once (``FittedVectorizer/init(options:fitting:)``).
public struct DocumentFrequencies: Sendable, Equatable {
    /// How many paragraphs were counted (those without a term too: they count in idf's n).
    public let paragraphs: Int
    /// The terms in code-point order, each once.
    public let terms: [String]
    /// Per term, how many paragraphs hold it (at least 1).
    public let documents: [Int]
    /// Per term, how often it occurs in all (at least its document frequency).
    public let occurrences: [Int]

    /// Counts that are already checked: terms strictly increasing, counts in range.
    init(paragraphs: Int, terms: [String], documents: [Int], occurrences: [Int]) {
        self.paragraphs = paragraphs
        self.terms = terms
        self.documents = documents
        self.occurrences = occurrences
    }

    /// The counts of several parts of one corpus added up, as if it had been counted whole.
    ///
    /// - Complexity: O(T · p) for T terms in all and p parts.
    public static func merged(_ parts: [DocumentFrequencies]) -> DocumentFrequencies {
        var terms: [String] = [], documents: [Int] = [], occurrences: [Int] = []
        var next = [Int](repeating: 0, count: parts.count)
        while true {
            // The smallest term any part has next (byte order, as the terms are sorted).
            var smallest: String?
            for (part, index) in zip(parts, next) where index < part.terms.count {
                let term = part.terms[index]
                if smallest.map({ term.utf8.lexicographicallyPrecedes($0.utf8) }) ?? true { smallest = term }
            }
            guard let term = smallest else { break }
            var (holding, occurring) = (0, 0)
            for part in parts.indices where next[part] < parts[part].terms.count && parts[part].terms[next[part]] == term {
                holding += parts[part].documents[next[part]]
                occurring += parts[part].occurrences[next[part]]
                next[part] += 1
            }
            terms.append(term)
            documents.append(holding)
            occurrences.append(occurring)
        }
        return DocumentFrequencies(paragraphs: parts.reduce(0) { $0 + $1.paragraphs }, terms: terms,
                                   documents: documents, occurrences: occurrences)
    }
}
