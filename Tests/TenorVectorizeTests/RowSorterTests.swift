import Testing
@testable import TenorVectorize

@Suite struct RowSorterTests {
    /// Writes `columns` into a sorter and returns what it sorts them to: (column, position) pairs.
    private func sort(_ columns: [Int32]) -> [(column: Int32, position: Int)] {
        let sorter = RowSorter(capacity: columns.count)
        for (index, column) in columns.enumerated() { sorter.columns[index] = column }
        return sorter.sorted(count: columns.count).map { (RowSorter.column(of: $0), RowSorter.position(of: $0)) }
    }

    @Test func shortRowsComeOutInColumnOrderWithTheirPositions() {
        // 9 at 0, 2 at 1, 40 at 2, 0 at 3, 7 at 4: a ragged last group of four.
        let sorted = sort([9, 2, 40, 0, 7])
        #expect(sorted.map(\.column) == [0, 2, 7, 9, 40])
        #expect(sorted.map(\.position) == [3, 1, 4, 0, 2])
        #expect(sort([]).isEmpty)
        #expect(sort([5]).map(\.position) == [0])
    }

    @Test func rowsLongerThanARunAreMerged() {
        // 150 entries (runs of 64, 64 and 22): column 149 - i at position i, so the sorted
        // positions run backwards from 149.
        let sorted = sort((0..<150).map { Int32(149 - $0) })
        #expect(sorted.map(\.column) == (0..<150).map(Int32.init))
        #expect(sorted.map(\.position) == Array((0..<150).reversed()))
    }

    @Test func largeColumnsSortAboveThePadding() {
        // Columns near Int32.max still rank below the padding (Int32.max itself is never a column).
        let sorted = sort([Int32.max - 1, 3, Int32.max - 2])
        #expect(sorted.map(\.column) == [3, Int32.max - 2, Int32.max - 1])
        #expect(sorted.map(\.position) == [1, 2, 0])
    }

    @Test func interleavedRunsMergeByColumn() {
        // 130 entries: even columns first, then odd ones, so every merge step takes from both sides.
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
