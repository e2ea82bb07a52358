#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The terms of a term matrix, in column order (sorted by code point, as scikit-learn sorts).
///
/// The terms are stored back to back as UTF-8 in one buffer; since they are sorted, a term's
/// column is found by binary search, with no hash table to build.
public struct Vocabulary: Sendable, RandomAccessCollection {
    private var arena: [UInt8] = []
    /// Start of column `c`'s term in ``arena``; it ends where column `c + 1`'s starts.
    private var starts: [Int] = [0]

    /// An empty vocabulary, to be filled in column order with ``append(_:)``.
    init(capacity: Int) {
        starts.reserveCapacity(capacity + 1)
        arena.reserveCapacity(capacity * 8)
    }

    /// The terms `arena[spans[term]]` for each of `terms`, as columns in that order (which must
    /// be code-point order). One copy per term into storage sized once: appending them one by
    /// one cost 4 ms for medium.txt's 81,000 terms, on one core while the others wait.
    init(_ terms: some Collection<Int>, spans: [Range<Int>], in arena: [UInt8]) {
        let byteCount = terms.reduce(0) { $0 + spans[$1].count }
        var starts = [Int](repeating: 0, count: terms.count + 1)
        self.arena = [UInt8](unsafeUninitializedCapacity: byteCount) { target, count in
            arena.withUnsafeBufferPointer { source in
                spans.withUnsafeBufferPointer { spans in
                    starts.withUnsafeMutableBufferPointer { starts in
                        var end = 0
                        for (column, term) in terms.enumerated() {
                            let span = spans[term]
                            if !span.isEmpty {
                                (target.baseAddress! + end).initialize(from: source.baseAddress! + span.lowerBound, count: span.count)
                            }
                            end += span.count
                            starts[column + 1] = end
                        }
                    }
                }
            }
            count = byteCount
        }
        self.starts = starts
    }

    /// Adds the next column's term; terms must come in code-point order.
    mutating func append(_ term: ArraySlice<UInt8>) {
        arena.append(contentsOf: term)
        starts.append(arena.count)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { starts.count - 1 }

    /// The term of column `column`.
    public subscript(column: Int) -> String {
        String(decoding: utf8(column), as: UTF8.self)
    }

    /// The UTF-8 bytes of the term of column `column`, without making a `String`.
    public func utf8(_ column: Int) -> ArraySlice<UInt8> {
        arena[starts[column]..<starts[column + 1]]
    }

    /// Runs `body` with the terms' UTF-8 bytes back to back and where each column's term starts
    /// in them (one more offset at the end: where the last term ends).
    func withStorage<Result>(
        _ body: (UnsafeRawBufferPointer, UnsafeBufferPointer<Int>) throws -> Result
    ) rethrows -> Result {
        try arena.withUnsafeBytes { arena in try starts.withUnsafeBufferPointer { try body(arena, $0) } }
    }

    /// The column of `term`, if it is in the vocabulary.
    /// - Complexity: O(log n) comparisons of terms.
    public func column(of term: String) -> Int? {
        let bytes = Array(term.utf8)
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            let order = compare(column: middle, with: bytes)
            if order == 0 { return middle }
            if order < 0 { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    /// Byte order (= code-point order) of column `column`'s term against `bytes`.
    private func compare(column: Int, with bytes: [UInt8]) -> Int {
        let range = starts[column]..<starts[column + 1]
        let common = Swift.min(range.count, bytes.count)
        let order = arena.withUnsafeBufferPointer { arena in
            bytes.withUnsafeBufferPointer { common == 0 ? 0 : Int(memcmp(arena.baseAddress! + range.lowerBound, $0.baseAddress!, common)) }
        }
        return order != 0 ? order : range.count - bytes.count
    }
}
