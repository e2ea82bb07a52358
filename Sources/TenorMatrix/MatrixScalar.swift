/// A floating-point type the matrices store: `Float` or `Double`, the two precisions BLAS and
/// LAPACK compute with. Storage needs nothing more, so the vectorizer, which only builds
/// matrices, links no BLAS; `TenorLinearAlgebra` refines this protocol with the routines.
public protocol MatrixScalar: BinaryFloatingPoint, Sendable {}

extension Float: MatrixScalar {}
extension Double: MatrixScalar {}
