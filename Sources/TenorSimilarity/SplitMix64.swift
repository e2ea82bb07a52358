/// Sebastiano Vigna's SplitMix64: a tiny, fast generator whose whole state is one 64-bit word,
/// so a seed fixes every number drawn (Tenor's LSA is deterministic for a given `--seed`; the
/// benchmark corpora are the same on every machine).
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A standard normal number (Box–Muller: two uniforms in (0, 1] give one normal; the second
    /// normal of the pair is dropped to keep the stream simple).
    public mutating func nextGaussian() -> Double {
        // 53 random bits, shifted into (0, 1] so the logarithm is finite.
        let first = (Double(next() >> 11) + 1) / 9_007_199_254_740_992
        let second = Double(next() >> 11) / 9_007_199_254_740_992
        return (-2 * _log(first)).squareRoot() * _cos(2 * Double.pi * second)
    }
}

#if canImport(Glibc)
import Glibc
private func _log(_ x: Double) -> Double { Glibc.log(x) }
private func _cos(_ x: Double) -> Double { Glibc.cos(x) }
#elseif canImport(Darwin)
import Darwin
private func _log(_ x: Double) -> Double { Darwin.log(x) }
private func _cos(_ x: Double) -> Double { Darwin.cos(x) }
#endif
