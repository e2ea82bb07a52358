/// Orders one row's entries by column, reusing its buffers from row to row.
///
/// Rows are short (25 entries on average) and arrive in order of first occurrence, which is
/// random with respect to column order. Each entry's column is marked in a bitmap over all
/// columns, with one bit above it per word of 64 columns and one above that per 64 such words;
/// reading the set bits back, level by level, visits the row's columns in order and clears them
/// for the next row. That costs about 45 instructions per entry whatever the row's length,
/// where ranking each entry against the others of its row (four compares per vector, runs of
/// 64 merged, then read back through keys) cost about 70 (cachegrind on medium.txt).
struct RowSorter: ~Copyable {
    /// The row's columns, written by the caller before ``forEachInColumnOrder(count:_:)``; room
    /// for a row of `capacity` entries.
    let columns: UnsafeMutableBufferPointer<Int32>
    /// By column: where in ``columns`` the column is. Only the row's columns are meaningful.
    private let positions: UnsafeMutableBufferPointer<Int32>
    /// The bitmap: a bit per column, per 64 columns, per 64 × 64 columns. All zero between rows.
    private let bits: UnsafeMutableBufferPointer<UInt64>
    private let perWord: UnsafeMutableBufferPointer<UInt64>
    private let perBlock: UnsafeMutableBufferPointer<UInt64>

    /// Buffers for rows of up to `capacity` entries whose columns are below `columnCount`.
    init(capacity: Int, columnCount: Int) {
        columns = .allocate(capacity: capacity)
        positions = .allocate(capacity: columnCount)
        bits = .allocate(capacity: Self.words(columnCount))
        perWord = .allocate(capacity: Self.words(bits.count))
        perBlock = .allocate(capacity: Self.words(perWord.count))
        for level in [bits, perWord, perBlock] { level.initialize(repeating: 0) }
    }

    deinit {
        columns.deallocate()
        positions.deallocate()
        bits.deallocate()
        perWord.deallocate()
        perBlock.deallocate()
    }

    /// Calls `body` with each of the first `count` entries of ``columns`` in column order: its
    /// column and where it is in ``columns``. The columns must be distinct, non-negative and
    /// below the `columnCount` the sorter was made for.
    @inline(__always)
    func forEachInColumnOrder(count: Int, _ body: (_ column: Int32, _ position: Int) -> Void) {
        for index in 0..<count {
            let column = Int(columns[index])
            positions[column] = Int32(truncatingIfNeeded: index)
            bits[column &>> 6] |= 1 &<< UInt64(column & 63)
            perWord[column &>> 12] |= 1 &<< UInt64((column &>> 6) & 63)
            perBlock[column &>> 18] |= 1 &<< UInt64((column &>> 12) & 63)
        }
        for block in perBlock.indices where perBlock[block] != 0 {
            var blockBits = perBlock[block]
            perBlock[block] = 0
            while blockBits != 0 {
                let wordGroup = block &<< 6 | blockBits.trailingZeroBitCount
                blockBits &= blockBits &- 1
                var wordBits = perWord[wordGroup]
                perWord[wordGroup] = 0
                while wordBits != 0 {
                    let word = wordGroup &<< 6 | wordBits.trailingZeroBitCount
                    wordBits &= wordBits &- 1
                    var columnBits = bits[word]
                    bits[word] = 0
                    while columnBits != 0 {
                        let column = word &<< 6 | columnBits.trailingZeroBitCount
                        columnBits &= columnBits &- 1
                        body(Int32(truncatingIfNeeded: column), Int(positions[column]))
                    }
                }
            }
        }
    }

    /// The 64-bit words that hold `count` bits.
    private static func words(_ count: Int) -> Int { max(1, (count + 63) / 64) }
}
