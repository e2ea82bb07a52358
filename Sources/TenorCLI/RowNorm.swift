import ArgumentParser
import Tenor

/// `--norm`: how each row is normalised, or not at all.
enum RowNorm: String, ExpressibleByArgument, CaseIterable {
    case l2, l1, none

    /// The weighting's norm (nil for none).
    var norm: TermWeighting.Norm? { TermWeighting.Norm(rawValue: rawValue) }
}
