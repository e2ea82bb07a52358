import Testing
@testable import TenorVectorize

@Suite struct RowSorterTests {
    /// Writes `columns` into a sorter and returns what it sorts them to: (column, position) pairs.
    private func sort(_ columns: [Int32], columnCount: Int = 1 << 20) -> [(column: Int32, position: Int)] {
        let sorter = RowSorter(capacity: columns.count, columnCount: columnCount)
        for (index, column) in columns.enumerated() { sorter.columns[index] = column }
        return sorter.inColumnOrder(count: columns.count)
    }

    @Test func shortRowsComeOutInColumnOrderWithTheirPositions() {
        // 9 at 0, 2 at 1, 40 at 2, 0 at 3, 7 at 4.
        let sorted = sort([9, 2, 40, 0, 7])
        #expect(sorted.map(\.column) == [0, 2, 7, 9, 40])
        #expect(sorted.map(\.position) == [3, 1, 4, 0, 2])
        #expect(sort([]).isEmpty)
        #expect(sort([5]).map(\.position) == [0])
    }

    @Test func longRowsComeOutInColumnOrder() {
        // 150 entries, past the ranked length: column 149 - i at position i, so the sorted positions run backwards.
        let sorted = sort((0..<150).map { Int32(149 - $0) })
        #expect(sorted.map(\.column) == (0..<150).map(Int32.init))
        #expect(sorted.map(\.position) == Array((0..<150).reversed()))
    }

    /// Columns on either side of each level's word boundaries (64 columns a word, 64 × 64 a
    /// word of the level above, 64³ above that), up to the last column, in a row long enough to
    /// go through the bitmap; and a second row after it, which must find the bitmap cleared.
    @Test func columnsAtTheBitmapsEdgesAndTheNextRow() {
        let columnCount = 3 << 18
        let edges: [Int32] = [262_144, 63, 0, 4095, 64, 786_431, 262_143, 4096, 127, 128]
        // Filler columns 1_000, 1_002, … bring the row past the ranked length.
        let row = edges + (0..<Int32(RowSorter.rankedLength)).map { 1_000 + 2 * $0 }
        let sorter = RowSorter(capacity: row.count, columnCount: columnCount)
        for (index, column) in row.enumerated() { sorter.columns[index] = column }
        let first = sorter.inColumnOrder(count: row.count)
        #expect(first.map(\.column) == row.sorted())
        #expect(first.map(\.position) == row.sorted().map { row.firstIndex(of: $0)! })
        // The same row again: had the bitmap kept a bit of the first, a column would repeat.
        #expect(sorter.inColumnOrder(count: row.count).map(\.column) == row.sorted())
        sorter.columns[0] = 5
        sorter.columns[1] = 2
        #expect(sorter.inColumnOrder(count: 2).map(\.column) == [2, 5])
    }

    /// Rows on either side of the ranked length, which changes how a row is ordered, and the
    /// padding after a ranked row that is not a whole number of vectors.
    @Test func rowsAroundTheRankedLength() {
        let longest = RowSorter.rankedLength
        let sorter = RowSorter(capacity: longest + 1, columnCount: 10_000)
        for length in [1, 2, 3, 4, 5, longest - 1, longest, longest + 1] {
            // Column 7919 × i mod 10,007 (a prime): distinct, scattered.
            let columns = (0..<length).map { Int32(7_919 * $0 % 10_007) }
            for (index, column) in columns.enumerated() { sorter.columns[index] = column }
            let sorted = sorter.inColumnOrder(count: length)
            #expect(sorted.map(\.column) == columns.sorted(), "length \(length)")
            #expect(sorted.allSatisfy { columns[$0.position] == $0.column }, "length \(length)")
        }
    }

    /// Seeded random rows against the standard library's sort.
    @Test func randomRowsMatchASort() {
        var state: UInt64 = 12_345
        let columnCount = 100_000
        let sorter = RowSorter(capacity: 600, columnCount: columnCount)
        for _ in 0..<200 {
            var row = Set<Int32>()
            let length = Int(next(&state) % 600)
            while row.count < length { row.insert(Int32(next(&state) % UInt64(columnCount))) }
            let columns = Array(row)
            for (index, column) in columns.enumerated() { sorter.columns[index] = column }
            let sorted = sorter.inColumnOrder(count: columns.count)
            #expect(sorted.map(\.column) == columns.sorted())
            #expect(sorted.allSatisfy { columns[$0.position] == $0.column })
        }
    }

    /// Knuth's MMIX linear congruential step; the high bits, which cycle slowest.
    private func next(_ state: inout UInt64) -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 33
    }

    @Test func interleavedColumnsComeOutInOrder() {
        // 130 entries: even columns first, then odd ones, so neighbours in column order share
        // bitmap words but were set far apart.
        let evens: [Int32] = (0..<65).map { 2 * $0 }
        let odds: [Int32] = (0..<65).map { 2 * $0 + 1 }
        let sorted = sort(evens + odds)
        let expectedColumns: [Int32] = Array(0..<130)
        // Column c came from position c / 2 (even) or 65 + c / 2 (odd).
        let expectedPositions: [Int] = (0..<130).map { column in column % 2 == 0 ? column / 2 : 65 + column / 2 }
        #expect(sorted.map(\.column) == expectedColumns)
        #expect(sorted.map(\.position) == expectedPositions)
    }
}

extension RowSorter {
    /// The entries in the order ``forEachPlace(count:_:)`` places them, each with its column and
    /// where it was; a place given twice, or none, fails the test.
    fileprivate func inColumnOrder(count: Int) -> [(column: Int32, position: Int)] {
        var placed = [(column: Int32, position: Int)?](repeating: nil, count: count)
        forEachPlace(count: count) { position, place in
            #expect(placed[place] == nil, "place \(place) given twice")
            placed[place] = (columns[position], position)
        }
        #expect(placed.allSatisfy { $0 != nil }, "a place was not given")
        return placed.compactMap { $0 }
    }
}
