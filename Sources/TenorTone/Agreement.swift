/// How well compounds agree with people's ratings: Pearson's r, and the sign accuracy — the
/// share of the texts rated off the scale's midpoint whose compound has the rating's sign (a
/// compound of exactly 0 agrees with neither).
public struct Agreement: Sendable, Equatable {
    /// Pearson's r; nil when the compounds or the ratings do not vary (r is undefined).
    public let correlation: Double?
    /// The sign accuracy, 0…1; nil when every rating is the midpoint.
    public let signAccuracy: Double?

    /// The agreement of `compounds` with `ratings` (same count), whose midpoint is `midpoint`.
    public init(compounds: [Double], ratings: [Double], midpoint: Double) {
        precondition(compounds.count == ratings.count, "Agreement: \(compounds.count) compounds for \(ratings.count) ratings")
        correlation = Self.pearson(compounds, ratings)
        var signed = 0
        var agreeing = 0
        for (compound, rating) in zip(compounds, ratings) where rating != midpoint {
            signed += 1
            if (compound > 0 && rating > midpoint) || (compound < 0 && rating < midpoint) { agreeing += 1 }
        }
        signAccuracy = signed == 0 ? nil : Double(agreeing) / Double(signed)
    }

    /// Pearson's r of two series, or nil if either has no variance.
    static func pearson(_ x: [Double], _ y: [Double]) -> Double? {
        guard x.count > 1 else { return nil }
        let count = Double(x.count)
        let meanX = x.reduce(0, +) / count
        let meanY = y.reduce(0, +) / count
        var covariance = 0.0, varianceX = 0.0, varianceY = 0.0
        for (a, b) in zip(x, y) {
            covariance += (a - meanX) * (b - meanY)
            varianceX += (a - meanX) * (a - meanX)
            varianceY += (b - meanY) * (b - meanY)
        }
        guard varianceX > 0, varianceY > 0 else { return nil }
        return min(1, max(-1, covariance / (varianceX * varianceY).squareRoot()))
    }
}
