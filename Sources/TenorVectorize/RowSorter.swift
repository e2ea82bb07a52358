/// Orders one row's entries by column, reusing its buffers from row to row.
///
/// Rows are short (25 entries on average) and arrive in order of first occurrence, which is
/// random with respect to column order. A row of up to ``rankedLength`` entries is ranked: each
/// entry's place is how many of the row's columns are smaller, counted four compares at a time
/// without a branch. A longer row, where ranking's quadratic cost would tell, goes through a
/// bitmap over all columns (a bit per column, per 64 columns, per 64 × 64 columns), whose set
/// bits, read back level by level, visit the row's columns in order.
///
/// The bitmap alone runs fewer instructions (cachegrind on medium.txt: about 45 an entry
/// against ranking's 70) but takes longer: reading the bits back mispredicts a branch for about
/// every entry, since a short row's columns seldom share a word, and its column → entry map is
/// a random write over the whole vocabulary. Ranking rows up to 64 entries cut laying out
/// medium.txt's matrix from 46 to 29 ms on one core.
struct RowSorter: ~Copyable {
    /// Rows up to this long are ranked; longer ones go through the bitmap.
    static var rankedLength: Int { 64 }

    /// The row's columns, written by the caller before ``forEachPlace(count:_:)``; room for a
    /// row of `capacity` entries and the padding that rounds a ranked row to whole vectors.
    let columns: UnsafeMutableBufferPointer<Int32>
    /// By column: where in ``columns`` the column is. Only the row's columns are meaningful.
    private let positions: UnsafeMutableBufferPointer<Int32>
    /// The bitmap: a bit per column, per 64 columns, per 64 × 64 columns. All zero between rows.
    private let bits: UnsafeMutableBufferPointer<UInt64>
    private let perWord: UnsafeMutableBufferPointer<UInt64>
    private let perBlock: UnsafeMutableBufferPointer<UInt64>

    /// Buffers for rows of up to `capacity` entries whose columns are below `columnCount`.
    init(capacity: Int, columnCount: Int) {
        columns = .allocate(capacity: capacity + 3)
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

    /// Calls `body` once for each of the first `count` entries of ``columns``, in no particular
    /// order, with where it is in ``columns`` and its place in column order (0 for the smallest
    /// column). The columns must be distinct, non-negative and below the `columnCount` the sorter
    /// was made for.
    @inline(__always)
    func forEachPlace(count: Int, _ body: (_ position: Int, _ place: Int) -> Void) {
        if count <= Self.rankedLength {
            rank(count: count, body)
        } else {
            var place = 0
            forEachInColumnOrder(count: count) { position in
                body(position, place)
                place += 1
            }
        }
    }

    /// ``forEachPlace(count:_:)`` by counting, for each entry, the smaller columns of the row.
    @inline(__always)
    private func rank(count: Int, _ body: (_ position: Int, _ place: Int) -> Void) {
        // Padded to whole vectors with the largest Int32, which no column reaches and so never
        // counts as smaller.
        let padded = (count + 3) & ~3
        for index in count..<padded { columns[index] = .max }
        let vectors = UnsafeRawPointer(columns.baseAddress!)
        // Four entries at a time, so that each load of four columns serves four compares.
        for first in stride(from: 0, to: padded, by: 4) {
            let four = vectors.loadUnaligned(fromByteOffset: first * 4, as: SIMD4<Int32>.self)
            let (a, b, c, d) = (SIMD4(repeating: four[0]), SIMD4(repeating: four[1]),
                                SIMD4(repeating: four[2]), SIMD4(repeating: four[3]))
            var (belowA, belowB, belowC, belowD) = (SIMD4<Int32>.zero, SIMD4<Int32>.zero, SIMD4<Int32>.zero, SIMD4<Int32>.zero)
            for offset in stride(from: 0, to: padded, by: 4) {
                let others = vectors.loadUnaligned(fromByteOffset: offset * 4, as: SIMD4<Int32>.self)
                belowA.addOne(where: others .< a)
                belowB.addOne(where: others .< b)
                belowC.addOne(where: others .< c)
                belowD.addOne(where: others .< d)
            }
            let places = SIMD4(belowA.wrappedSum(), belowB.wrappedSum(), belowC.wrappedSum(), belowD.wrappedSum())
            for lane in 0..<min(4, count - first) {
                body(first + lane, Int(places[lane]))
            }
        }
    }

    /// Calls `body` with where each of the first `count` entries of ``columns`` is, in column
    /// order, through the bitmap, which it leaves cleared for the next row.
    @inline(__always)
    private func forEachInColumnOrder(count: Int, _ body: (_ position: Int) -> Void) {
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
                        body(Int(positions[column]))
                    }
                }
            }
        }
    }

    /// The 64-bit words that hold `count` bits.
    private static func words(_ count: Int) -> Int { max(1, (count + 63) / 64) }
}

extension SIMD4<Int32> {
    /// Adds one in the lanes where `mask` is true.
    @inline(__always)
    fileprivate mutating func addOne(where mask: SIMDMask<SIMD4<Int32>>) {
        self = replacing(with: self &+ 1, where: mask)
    }
}
