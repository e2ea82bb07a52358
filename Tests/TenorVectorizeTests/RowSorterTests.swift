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
        // 150 entries: column 149 - i at position i, so the sorted positions run backwards.
        let sorted = sort((0..<150).map { Int32(149 - $0) })
        #expect(sorted.map(\.column) == (0..<150).map(Int32.init))
        #expect(sorted.map(\.position) == Array((0..<150).reversed()))
    }

    /// Columns on either side of each level's word boundaries (64 columns a word, 64 × 64 a
    /// word of the level above, 64³ above that), up to the last column; and a second row after
    /// them, which must find the bitmap cleared.
    @Test func columnsAtTheBitmapsEdgesAndTheNextRow() {
        let columnCount = 3 << 18
        let edges: [Int32] = [262_144, 63, 0, 4095, 64, 786_431, 262_143, 4096, 127, 128]
        let sorter = RowSorter(capacity: edges.count, columnCount: columnCount)
        for (index, column) in edges.enumerated() { sorter.columns[index] = column }
        let first = sorter.inColumnOrder(count: edges.count)
        #expect(first.map(\.column) == edges.sorted())
        #expect(first.map(\.position) == edges.sorted().map { edges.firstIndex(of: $0)! })
        sorter.columns[0] = 5
        sorter.columns[1] = 2
        #expect(sorter.inColumnOrder(count: 2).map(\.column) == [2, 5])
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
    /// ``forEachInColumnOrder(count:_:)``'s calls, collected.
    fileprivate func inColumnOrder(count: Int) -> [(column: Int32, position: Int)] {
        var entries: [(column: Int32, position: Int)] = []
        forEachInColumnOrder(count: count) { entries.append(($0, $1)) }
        return entries
    }
}
