extension LexicalDiversity {
    /// A text's tokens taken a run at a time (a corpus read block by block): ``diversity`` is
    /// the value the whole sequence gives at once. It keeps the table of types, and every
    /// token's type number (MATTR and MTLD walk them; MTLD backwards too, so they cannot be
    /// dropped as they pass): 4 bytes a token in memory, or, when `spillingToDisk`, in an
    /// unnamed temporary file beyond the first 4 MiB of them.
    public struct Builder<Token: Hashable> {
        private var typeNumbers: [Token: Int32] = [:]
        private var typeSequence = TypeSequence()
        private var frequencies: [Int] = []
        private let spilling: Bool

        public init(spillingToDisk: Bool = false) {
            spilling = spillingToDisk
        }

        /// Adds `tokens` after those added before.
        ///
        /// - Precondition: fewer than 2³¹ distinct types in all.
        public mutating func append(contentsOf tokens: some Sequence<Token>) {
            // Only the first run reserves: reserving for each run would give up the array's
            // doubling, and copy the whole sequence at every run.
            if typeSequence.count == 0 {
                let expected = tokens.underestimatedCount
                typeSequence.reserveCapacity(spilling ? min(expected, TypeSequence.runLength) : expected)
            }
            for token in tokens {
                if let number = typeNumbers[token] {
                    frequencies[Int(number)] += 1
                    typeSequence.append(number, spilling: spilling)
                } else {
                    let number = Int32(frequencies.count)
                    typeNumbers[token] = number
                    frequencies.append(1)
                    typeSequence.append(number, spilling: spilling)
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
