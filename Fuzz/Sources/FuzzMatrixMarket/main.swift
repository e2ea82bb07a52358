// The Matrix Market writer, round trip: a matrix built from the input is written, read back
// by a plain parser, and compared: banner, comments, shape, every entry's row and column, and
// every value within the writer's 12 significant digits (exact outside its plain range).
@testable import TenorLinearAlgebra
import TenorSimilarity
@testable import TenorVectorize
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzMatrixMarket(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    var input = InputReader(bytes(data, size))
    let (matrix, comments) = makeMatrix(from: &input)
    var written: [UInt8] = []
    matrix.writeMatrixMarket(comments: comments) { written += $0 }
    checkRoundTrip(of: matrix, comments: comments, text: written)
    return 0
}

/// Hands out the input's bytes; zeros once it runs out.
struct InputReader {
    let bytes: [UInt8]
    var position = 0
    init(_ bytes: [UInt8]) { self.bytes = bytes }
    mutating func byte() -> UInt8 {
        defer { position += 1 }
        return position < bytes.count ? bytes[position] : 0
    }
    mutating func word() -> UInt64 { (0..<8).reduce(0) { word, _ in word << 8 | UInt64(byte()) } }
    var isAtEnd: Bool { position >= bytes.count }
}

/// A small matrix from the input's bytes (shape, then per row a bit mask of its columns and
/// one value per entry), or, when the first byte is 0xFF, one large enough to be written in
/// several blocks (over 2 × 16,384 entries), its pattern and values drawn from a generator
/// seeded by the input (slow, so kept to one first byte in 256).
func makeMatrix(from input: inout InputReader) -> (TermMatrix, [String]) {
    let first = input.byte()
    let comments = (0..<Int(first & 3)).map { _ in
        // Printable ASCII without line ends (a comment is one line).
        String(decoding: (0..<Int(input.byte() % 16)).map { _ in 0x20 + input.byte() % 95 }, as: UTF8.self)
    }
    var rowOffsets = [0]
    var columnIndices: [Int32] = []
    var values: [Double] = []
    let rows: Int
    let columns: Int
    if first == 0xFF {
        var generator = SplitMix64(seed: input.word())
        rows = 700 + Int(generator.next() % 200)
        columns = 64
        for _ in 0..<rows {
            let mask = generator.next() | generator.next()      // three columns in four
            for column in 0..<columns where mask >> UInt64(column) & 1 == 1 {
                columnIndices.append(Int32(column))
                values.append(value(kind: UInt8(truncatingIfNeeded: generator.next()), bits: generator.next()))
            }
            rowOffsets.append(values.count)
        }
    } else {
        rows = Int(input.byte() % 17)
        columns = Int(input.byte() % 17)
        for _ in 0..<rows {
            let mask = columns == 0 ? 0 : UInt32(input.byte()) << 8 | UInt32(input.byte())
            for column in 0..<columns where mask >> UInt32(column) & 1 == 1 {
                columnIndices.append(Int32(column))
                values.append(value(kind: input.byte(), bits: input.word()))
            }
            rowOffsets.append(values.count)
        }
    }
    var vocabulary = Vocabulary(capacity: columns)
    for column in 0..<columns { vocabulary.append(ArraySlice(columnName(column).utf8)) }
    let matrix = TermMatrix(
        vocabulary: vocabulary,
        values: SparseMatrix(rows: rows, columns: columns, rowOffsets: rowOffsets, columnIndices: columnIndices, values: values))
    return (matrix, comments)
}

/// Column names in code-point order: "t000", "t001", ...
func columnName(_ column: Int) -> String {
    let digits = String(column)
    return "t" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
}

/// A value of the kinds term matrices hold (counts, weights in 0…1) or any finite double.
func value(kind: UInt8, bits: UInt64) -> Double {
    switch kind % 4 {
    case 0: return Double(bits % 1000)                              // a count
    case 1: return Double(bits >> 11) / Double(1 << 53)             // a weight in 0…1
    case 2: return Double(bits >> 11) / Double(1 << 53) * 1e-3      // a small weight
    default:
        let any = Double(bitPattern: bits)
        return any.isFinite ? any : 0
    }
}

func checkRoundTrip(of matrix: TermMatrix, comments: [String], text: [UInt8]) {
    check(text.last == 0x0A, "the text does not end with a line end")
    let lines = text.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map {
        String(decoding: $0, as: UTF8.self)
    }
    check(lines.first == "%%MatrixMarket matrix coordinate real general", "banner \(lines.first ?? "")")
    check(Array(lines.dropFirst().prefix(comments.count)) == comments.map { "% " + $0 }, "comments")
    let body = lines.dropFirst(1 + comments.count)
    let size = body.first?.split(separator: " ", omittingEmptySubsequences: false).map { Int($0) }
    check(size == [matrix.rows, matrix.columns, matrix.values.values.count], "size line '\(body.first ?? "")'")
    let entries = Array(body.dropFirst())
    check(entries.count == matrix.values.values.count, "\(entries.count) entry lines")
    var index = 0
    for row in 0..<matrix.rows {
        for entry in matrix.values.rowOffsets[row]..<matrix.values.rowOffsets[row + 1] {
            let fields = entries[index].utf8.split(separator: 0x20, omittingEmptySubsequences: false).map { Substring($0) }
            check(fields.count == 3 && Int(fields[0]) == row + 1 && Int(fields[1]) == Int(matrix.values.columnIndices[entry]) + 1,
                  "line '\(entries[index])' for row \(row + 1), column \(matrix.values.columnIndices[entry] + 1)")
            let expected = matrix.values.values[entry]
            guard let read = Double(fields[2]) else {
                check(false, "value '\(fields[2])' is no number")
                return
            }
            let magnitude = abs(expected)
            if magnitude >= 1e-5 && magnitude < 1e12 {
                // 12 significant digits, rounded half up: within half a unit of the 12th digit.
                check(abs(read - expected) <= 5.000001e-12 * magnitude, "\(expected) written as \(fields[2])")
            } else {
                check(read == expected, "\(expected) written as \(fields[2])")
            }
            index += 1
        }
    }
}

runFuzzer(fuzzMatrixMarket)
