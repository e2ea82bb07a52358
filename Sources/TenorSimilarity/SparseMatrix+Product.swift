import TenorLinearAlgebra
import TenorText
import TenorSupport

extension SparseMatrix<Double> {
    /// self · `dense`, the rows of the product computed in parallel: each stored a(i, j) adds
    /// a(i, j) · (row j of `dense`) to row i, a loop the compiler vectorizes. (The generic
    /// `SparseMatrix *` of TenorLinearAlgebra calls BLAS `axpy` once per nonzero, which costs more
    /// than the arithmetic for LSA's few hundred columns.)
    ///
    /// - Complexity: O(nonzeros × dense.columns).
    func multiplied(by dense: DenseMatrix<Double>) -> DenseMatrix<Double> {
        precondition(columns == dense.rows, "sparse × dense: \(rows)×\(columns) times \(dense.rows)×\(dense.columns)")
        let width = dense.columns
        let ranges = balancedRanges(count: rows, parts: 4 * availableWorkers) { self.rowOffsets[$0 + 1] - self.rowOffsets[$0] + 1 }
        var product = [Double](repeating: 0, count: rows * width)
        product.withUnsafeMutableBufferPointer { output in
            let target = DisjointWrites(output)
            _ = parallelMap(ranges.count) { part in
                dense.elements.withUnsafeBufferPointer { source in
                    self.columnIndices.withUnsafeBufferPointer { columnIndices in
                        self.values.withUnsafeBufferPointer { values in
                            for row in ranges[part] {
                                let out = target.buffer.baseAddress! + row * width
                                for entry in self.rowOffsets[row]..<self.rowOffsets[row + 1] {
                                    let value = values[entry]
                                    let from = source.baseAddress! + Int(columnIndices[entry]) * width
                                    for column in 0..<width { out[column] += value * from[column] }
                                }
                            }
                        }
                    }
                }
            }
        }
        return DenseMatrix(rows: rows, columns: width, elements: product)
    }
}
