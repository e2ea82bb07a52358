extension Float {
    /// The Double nearest this Float's shortest decimal form, for reports: `0.1` reads `0.1`,
    /// not `0.10000000149011612` (the Float's exact value).
    package var shortestDecimal: Double { Double(description)! }
}
