import ArgumentParser

/// How `tenor vectorize` writes its matrix.
enum MatrixFormat: String, CaseIterable, ExpressibleByArgument {
    /// Matrix Market text (`scipy.io.mmread`, R's `Matrix::readMM`).
    case mtx
    /// scipy's sparse CSR archive (`scipy.sparse.load_npz`).
    case npz

    /// The matrix file's name in the output folder.
    var fileName: String { "matrix.\(rawValue)" }
}
