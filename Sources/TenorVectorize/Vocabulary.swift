/// The terms of a term matrix, in column order (sorted by code point, as scikit-learn sorts).
public struct Vocabulary: Sendable, RandomAccessCollection {
    private let table: TermTable

    /// Interns `terms` so that the term at position `i` has column `i`.
    init(orderedTerms table: TermTable) {
        self.table = table
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { table.count }

    /// The term of column `column`.
    public subscript(column: Int) -> String {
        table.string(of: Int32(column))
    }

    /// The UTF-8 bytes of the term of column `column`, without making a `String`.
    public func utf8(_ column: Int) -> ArraySlice<UInt8> {
        table.bytes(of: Int32(column))
    }

    /// The column of `term`, if it is in the vocabulary.
    /// - Complexity: O(length of `term`) on average.
    public func column(of term: String) -> Int? {
        var term = term
        return term.withUTF8 { table.id(of: $0) }.map(Int.init)
    }
}
