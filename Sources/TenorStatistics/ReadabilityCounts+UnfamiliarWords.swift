extension ReadabilityCounts {
    /// Words that are not on an easy-word list, as Dale–Chall and Spache need them.
    ///
    /// textstat 0.7.13 judges both against one list (its 2,940-word Dale–Chall list), lower-casing
    /// each word and matching it verbatim, so inflected forms and names count as unfamiliar.
    public struct UnfamiliarWords: Sendable, Equatable, Codable {
        /// Words not on the list (textstat: `difficult_words(text, syllable_threshold=0)`, not unique).
        public var daleChall: Int
        /// Words of two or more syllables not on the list (textstat: `difficult_words(text)`, not unique).
        public var spache: Int

        public init(daleChall: Int, spache: Int) {
            self.daleChall = daleChall
            self.spache = spache
        }
    }
}
