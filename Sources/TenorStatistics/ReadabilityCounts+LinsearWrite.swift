extension ReadabilityCounts {
    /// The counts of Linsear Write's sample, which is not the whole text.
    ///
    /// textstat 0.7.13's sample: when the text has more than 100 whitespace-separated tokens, the
    /// tokens from the start, punctuation removed (contraction apostrophes kept) and empty ones
    /// skipped, until 100 words are taken; otherwise every word of the text. Words of one or two
    /// syllables are easy, of three or more hard; a word with no syllables is neither. The
    /// sample's sentences are counted on the consumed tokens joined by spaces, so a sentence cut
    /// off by the 100-word limit still counts.
    public struct LinsearWriteSample: Sendable, Equatable, Codable {
        /// Sample words of one or two syllables.
        public var easyWords: Int
        /// Sample words of three or more syllables.
        public var hardWords: Int
        /// Sentences of the sample.
        public var sentences: Int

        public init(easyWords: Int, hardWords: Int, sentences: Int) {
            self.easyWords = easyWords
            self.hardWords = hardWords
            self.sentences = sentences
        }
    }
}
