import TenorText
import TenorSupport

/// Groups of paragraphs that repeat one another exactly: the same text up to case and spacing.
/// (Near repeats, linked by pairs of high cosine similarity, are
/// ``CosineSearch/groups(scoringAtLeast:)``.)
public enum DuplicateGroups {
    /// Rows whose texts are equal once lower-cased and with every run of whitespace made one
    /// space (leading and trailing whitespace dropped); groups of two or more rows, each in row
    /// order, ordered by their first row.
    ///
    /// - Complexity: O(total text length) expected (hashing).
    public static func exact(_ texts: [String]) -> [[Int]] {
        let keys = parallelArray(texts.count) { normalized(texts[$0]) }
        var firstRow: [String: Int] = [:]
        var sets = UnionFind(count: texts.count)
        for (row, key) in keys.enumerated() {
            if let first = firstRow[key] { sets.union(first, row) } else { firstRow[key] = row }
        }
        return sets.groups()
    }

    /// Lower-cased, whitespace runs made one space, trimmed.
    static func normalized(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
