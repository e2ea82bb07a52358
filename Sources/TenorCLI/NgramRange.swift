/// `--ngram MIN,MAX`: the word n-gram lengths (scikit-learn's `ngram_range`), 1 ≤ MIN ≤ MAX.
///
/// Parsed by a throwing transform rather than `ExpressibleByArgument`, whose failable
/// initialiser cannot say what to write instead.
struct NgramRange: Equatable {
    let lengths: ClosedRange<Int>

    init(_ lengths: ClosedRange<Int>) {
        self.lengths = lengths
    }

    static func parse(_ argument: String) throws(ArgumentMessage) -> NgramRange {
        let bounds = argument.split(separator: ",", omittingEmptySubsequences: false).map { Int($0.filter { $0 != " " }) }
        guard bounds.count == 2, let low = bounds[0], let high = bounds[1], low >= 1, low <= high else {
            throw ArgumentMessage("give MIN,MAX with 1 <= MIN <= MAX, e.g. --ngram 1,2")
        }
        return NgramRange(low...high)
    }
}
