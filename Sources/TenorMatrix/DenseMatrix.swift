/// A dense matrix stored row-major: element (i, j) is `elements[i * columns + j]`.
public struct DenseMatrix<Scalar: MatrixScalar>: Sendable, Equatable {
    /// The number of rows.
    public let rows: Int
    /// The number of columns.
    public let columns: Int
    /// The elements, row after row.
    public package(set) var elements: [Scalar]

    /// A matrix of the given shape with all elements set to `value`.
    public init(rows: Int, columns: Int, repeating value: Scalar) {
        require(rows >= 0 && columns >= 0, "DenseMatrix: negative shape \(rows)×\(columns)")
        self.init(rows: rows, columns: columns, elements: Array(repeating: value, count: rows * columns))
    }

    /// A matrix of the given shape over row-major `elements`.
    public init(rows: Int, columns: Int, elements: [Scalar]) {
        require(
            rows >= 0 && columns >= 0 && elements.count == rows * columns,
            "DenseMatrix: a \(rows)×\(columns) matrix needs \(rows * columns) elements, got \(elements.count)")
        self.rows = rows
        self.columns = columns
        self.elements = elements
    }

    /// A matrix from its rows, which must all have the same length.
    ///
    ///     let a = DenseMatrix<Double>([[1, 2, 3],
    ///                                  [4, 5, 6]])   // 2×3
    public init(_ rows: [[Scalar]]) {
        let columns = rows.first?.count ?? 0
        require(
            rows.allSatisfy { $0.count == columns },
            "DenseMatrix: rows have different lengths \(rows.map(\.count))")
        self.init(rows: rows.count, columns: columns, elements: rows.flatMap { $0 })
    }

    /// The n×n identity matrix.
    public static func identity(_ n: Int) -> DenseMatrix {
        var identity = DenseMatrix(rows: n, columns: n, repeating: 0)
        for i in 0..<n { identity[i, i] = 1 }
        return identity
    }

    /// The element at `row`, `column`.
    public subscript(row: Int, column: Int) -> Scalar {
        get { elements[index(row, column)] }
        set { elements[index(row, column)] = newValue }
    }

    /// A copy of the rows in `range`, e.g. one block of a blocked product.
    public subscript(rows range: Range<Int>) -> DenseMatrix {
        require(
            range.lowerBound >= 0 && range.upperBound <= rows,
            "DenseMatrix: rows \(range) out of bounds for a \(rows)×\(columns) matrix")
        return DenseMatrix(
            rows: range.count, columns: columns,
            elements: Array(elements[range.lowerBound * columns..<range.upperBound * columns]))
    }

    /// The transpose.
    ///
    /// - Complexity: O(rows × columns).
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    public func transposed() -> DenseMatrix {
        var transpose = DenseMatrix(rows: columns, columns: rows, repeating: 0)
        for i in 0..<rows {
            for j in 0..<columns { transpose.elements[j * rows + i] = elements[i * columns + j] }
        }
        return transpose
    }

    /// Calls `body` with the elements' storage, row-major, for writing in place (a block of a
    /// larger computation, filled by BLAS or by hand) without copying the matrix.
    public mutating func withUnsafeMutableElements<Result>(
        _ body: (UnsafeMutableBufferPointer<Scalar>) throws -> Result
    ) rethrows -> Result {
        try elements.withUnsafeMutableBufferPointer { try body($0) }
    }

    private func index(_ row: Int, _ column: Int) -> Int {
        require(
            (0..<rows).contains(row) && (0..<columns).contains(column),
            "DenseMatrix: index (\(row), \(column)) out of bounds for a \(rows)×\(columns) matrix")
        return row * columns + column
    }
}

extension DenseMatrix: CustomStringConvertible {
    public var description: String {
        let body = (0..<rows).map { i in
            (0..<columns).map { j in "\(self[i, j])" }.joined(separator: ", ")
        }
        return "\(rows)×\(columns) [" + body.map { "[\($0)]" }.joined(separator: ", ") + "]"
    }
}
