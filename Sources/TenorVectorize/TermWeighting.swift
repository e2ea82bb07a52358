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
    @inline(__always)
    func weigh(_ values: UnsafeMutableBufferPointer<Double>, columns: UnsafeBufferPointer<Int32>, idf: [Double]?) {
        if sublinearTF {
            for index in values.indices { values[index] = 1 + log(values[index]) }
        }
        if let idf {
            for index in values.indices { values[index] *= idf[Int(columns[index])] }
        }
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
