import Tenor

extension DocumentFrequency {
    /// `--min-df` and `--max-df` as scikit-learn takes them: a count (`5`) or a share (`0.5`).
    static func parse(_ argument: String) throws(ArgumentMessage) -> DocumentFrequency {
        guard let frequency = DocumentFrequency(argument) else {
            throw ArgumentMessage("give a count of paragraphs (2) or a proportion of them (0.01)")
        }
        return frequency
    }
}
