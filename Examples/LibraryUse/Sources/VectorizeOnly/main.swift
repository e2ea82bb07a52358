import TenorVectorize
import TenorText

// A TF-IDF matrix with the vectorizer product alone (no BLAS, no LAPACK linked).
let corpus = Document(name: "corpus", string: "Rivers run to the sea.\n\nThe sea is deep.")
let (model, matrix) = try Vectorizer(options: VectorizerOptions()).fitTransform([corpus])
print("\(matrix.values.rows) paragraphs × \(model.vocabulary.count) terms: \(matrix.vocabulary.joined(separator: " "))")
