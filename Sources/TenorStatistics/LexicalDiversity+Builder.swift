extension LexicalDiversity {
    /// A text's tokens taken a run at a time (a corpus read block by block): ``diversity`` is
    /// the value the whole sequence gives at once. It holds 4 bytes a token (the type numbers
    /// MATTR and MTLD walk; MTLD walks them backwards too, so they cannot be dropped as they
    /// pass) and the table of types.
    public struct Builder<Token: Hashable> {
        private var typeNumbers: [Token: Int32] = [:]
        private var typeSequence: [Int32] = []
        private var frequencies: [Int] = []

        public init() {}

        /// Adds `tokens` after those added before.
        ///
        /// - Precondition: fewer than 2³¹ distinct types in all.
        public mutating func append(contentsOf tokens: some Sequence<Token>) {
            // Only the first run reserves: reserving for each run would give up the array's
            // doubling, and copy the whole sequence at every run.
            if typeSequence.isEmpty { typeSequence.reserveCapacity(tokens.underestimatedCount) }
            for token in tokens {
                if let number = typeNumbers[token] {
                    frequencies[Int(number)] += 1
                    typeSequence.append(number)
                } else {
                    let number = Int32(frequencies.count)
                    typeNumbers[token] = number
                    frequencies.append(1)
                    typeSequence.append(number)
                }
            }
        }

        /// The diversity of every token added so far.
        public var diversity: LexicalDiversity {
            LexicalDiversity(typeSequence: typeSequence, frequencies: frequencies)
        }
    }
}

extension LexicalDiversity.Builder: Sendable where Token: Sendable {}
