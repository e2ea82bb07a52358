/// Which of k cross-validation folds each of n texts is held out in: text i in fold i mod k.
///
/// Deterministic, so a run can be repeated; every fold gets ⌊n/k⌋ or ⌈n/k⌉ texts, and a file
/// sorted by rating or by source still spreads each run of similar texts over all folds.
public struct FoldAssignment: Sendable, Equatable {
    public let folds: Int
    public let texts: Int

    /// k ≥ 2 folds over n ≥ k texts.
    public init(folds: Int, texts: Int) {
        precondition(folds >= 2 && texts >= folds, "FoldAssignment: \(folds) folds over \(texts) texts")
        self.folds = folds
        self.texts = texts
    }

    /// The fold text `index` is held out in.
    public func fold(of index: Int) -> Int { index % folds }

    /// The texts held out in `fold`, in order.
    public func heldOut(_ fold: Int) -> [Int] { Array(stride(from: fold, to: texts, by: folds)) }
}
