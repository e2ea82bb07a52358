#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How term counts become matrix values: scikit-learn's `TfidfTransformer` settings.
public struct TermWeighting: Sendable, Equatable {
    /// Row normalisation applied last.
    public enum Norm: String, Sendable, CaseIterable {
        /// Divide each row by the square root of its sum of squares.
        case l2
        /// Divide each row by the sum of its absolute values.
        case l1
    }

    /// Replace a count `tf` by `1 + ln(tf)`.
    public var sublinearTF: Bool
    /// Multiply by the inverse document frequency.
    public var useIDF: Bool
    /// idf = `ln((1 + n) / (1 + df)) + 1` (as if one more paragraph held every term) rather
    /// than `ln(n / df) + 1`.
    public var smoothIDF: Bool
    /// nil leaves rows unscaled.
    public var norm: Norm?

    public init(sublinearTF: Bool = false, useIDF: Bool = true, smoothIDF: Bool = true, norm: Norm? = .l2) {
        self.sublinearTF = sublinearTF
        self.useIDF = useIDF
        self.smoothIDF = smoothIDF
        self.norm = norm
    }

    /// Raw counts: no tf transform, no idf, no normalisation (scikit-learn's `CountVectorizer`).
    public static let counts = TermWeighting(useIDF: false, norm: nil)

    /// The idf of each column given its document frequency among `documents` paragraphs;
    /// nil when ``useIDF`` is off.
    func inverseDocumentFrequencies(_ documentFrequencies: [Int], documents: Int) -> [Double]? {
        guard useIDF else { return nil }
        let smoothing = smoothIDF ? 1.0 : 0.0
        let n = Double(documents) + smoothing
        return documentFrequencies.map { log(n / (Double($0) + smoothing)) + 1 }
    }

    /// Applies tf transform, idf and normalisation to one row's counts in place.
    func weigh(_ values: UnsafeMutableBufferPointer<Double>, columns: UnsafeBufferPointer<Int32>, idf: [Double]?) {
        for index in values.indices {
            values[index] = weight(count: values[index], idf: idf?[Int(columns[index])] ?? 1)
        }
        normalize(values)
    }

    /// One entry's weight before normalisation: its count, tf-transformed, times its term's idf
    /// (1 without idf, which leaves the value exact).
    @inline(__always)
    func weight(count: Double, idf: Double) -> Double {
        (sublinearTF ? 1 + log(count) : count) * idf
    }

    /// Scales one row's weights, in column order, to unit norm; an all-zero row stays zero.
    ///
    /// Divides by the norm, as scikit-learn does, rather than multiplying by its reciprocal:
    /// the two can differ in the last bit.
    @inline(__always)
    func normalize(_ values: UnsafeMutableBufferPointer<Double>) {
        switch norm {
        case .l2?:
            var sum = 0.0
            for value in values { sum += value * value }
            if sum > 0 {
                let length = sum.squareRoot()
                for index in values.indices { values[index] /= length }
            }
        case .l1?:
            var sum = 0.0
            for value in values { sum += abs(value) }
            if sum > 0 {
                for index in values.indices { values[index] /= sum }
            }
        case nil:
            break
        }
    }
}
