/// Lexicon entries of several words (`can't stand`, `no fun`, `down the drain`) as one word.
///
/// Where the words of such an entry stand together, and no clause or sentence ends between
/// them, they become one ``ToneWord`` spanning them, whose entry holds the phrase's valence:
/// every rule then treats the phrase as it treats a word (`I really can't stand it` boosts it,
/// `not worth the money` negates it), and `--explain` names it whole. ``NegatingPhrases``
/// join the same way, as negation words.
enum PhraseJoiner {
    /// `words` with each phrase joined, the longest (three words) first, left to right.
    ///
    /// - Complexity: O(n): most words can start no phrase and are passed over on one bit.
    static func joined(_ words: [ToneWord], vocabulary: ToneVocabulary) -> [ToneWord] {
        // Most texts hold no phrase: they are passed back without a copy.
        guard var index = words.indices.first(where: { phrase(at: $0, in: words, vocabulary: vocabulary) != nil }) else {
            return words
        }
        var joined = Array(words[..<index])
        joined.reserveCapacity(words.count)
        while index < words.count {
            if let (entry, count) = phrase(at: index, in: words, vocabulary: vocabulary) {
                let span = words[index..<(index + count)]
                var word = span.last!
                word.range = span.first!.range.lowerBound..<word.range.upperBound
                word.entry = entry
                word.first = span.first!.first
                word.isUpper = span.allSatisfy(\.isUpper)
                word.isTitle = false
                word.negates = vocabulary.entries[Int(entry)].negates
                joined.append(word)
                index += count
            } else {
                joined.append(words[index])
                index += 1
            }
        }
        return joined
    }

    /// The phrase entry that starts at `index`, and its number of words.
    private static func phrase(at index: Int, in words: [ToneWord], vocabulary: ToneVocabulary) -> (Int32, Int)? {
        let entries = vocabulary.entries
        guard entries[Int(words[index].entry)].canStand(at: 0, in: .lexicon) else { return nil }
        for count in [3, 2] where index + count <= words.count {
            let span = index..<(index + count)
            // A phrase lies inside one clause; the last word may end it.
            guard span.dropLast().allSatisfy({ !words[$0].endsClause && !words[$0].endsSentence }),
                  span.enumerated().allSatisfy({ entries[Int(words[$1].entry)].canStand(at: $0, in: .lexicon) }) else { continue }
            let key = PhraseKey(first: words[index].entry, second: words[index + 1].entry,
                                third: count == 3 ? words[index + 2].entry : -1)
            if let entry = vocabulary.lexiconPhrases[key] { return (entry, count) }
        }
        return nil
    }
}
