/// Words inside proper names of several words carry no tone: `Freedom Square`, `United States`,
/// `Liberty Bank`, `Hope Street`, `Grace Kelly`, `Bank of America` name a place, a country, a
/// company or a person, and say nothing of how the writer feels.
///
/// A name is a run of two or more title-case words (``ToneWord/isTitle``: `Square`, not `I`,
/// `USA` or ALL-CAPS emphasis) inside one clause, where a lower-case particle of names (`of`,
/// `the`, `de`, `van`, …) may join two of them. The first word of a sentence is capitalised
/// whatever it is, and there a capitalised pair is more often a greeting or an exclamation
/// (`Happy Birthday`, `Merry Christmas`, `Oh Yay`) than a name: it keeps its tone, the words
/// after it do not. A run that repeats a word (`Damn Damn Damn`) is emphasis, and so is a run
/// in a sentence written in title case throughout (a headline, `Best Day Ever`).
enum NameRule {
    /// Lower-case words that stand inside names between capitalised words.
    static let particles = ["of", "the", "de", "da", "di", "du", "la", "le", "van", "von", "der", "del"].map { Array($0.utf8) }

    /// Marks the words of `sentence` that stand inside a name.
    static func markNames(in words: inout [ToneWord], sentence: Range<Int>, text: UnsafeBufferPointer<UInt8>) {
        // Most sentences hold no two title-case words: nothing to look at.
        let titles = sentence.reduce(0) { $0 + (words[$1].isTitle ? 1 : 0) }
        guard titles >= 2, !isTitleCase(words[sentence], titles: titles, text: text) else { return }
        // A sentence starts at its first word, after the addresses and tags that lead a post
        // (`@anna Happy Birthday!`, `RT @bob Merry Christmas`).
        let first = sentence.first { startsWithLetter(words[$0]) && !isRetweetMark(words[$0], in: text) }
        var index = sentence.lowerBound
        while index < sentence.upperBound {
            guard words[index].isTitle else {
                index += 1
                continue
            }
            var run = [index]
            var next = index + 1
            while next < sentence.upperBound, !words[next - 1].endsClause {
                if words[next].isTitle {
                    run.append(next)
                    next += 1
                } else if next + 1 < sentence.upperBound, isParticle(words[next], in: text), words[next + 1].isTitle,
                          !words[next].endsClause {
                    run.append(next + 1)
                    next += 2
                } else {
                    break
                }
            }
            if run.count >= 2, !repeatsAWord(run, words: words) {
                for member in run where member != first { words[member].inName = true }
            }
            index = next
        }
    }

    /// A sentence of four or more words written in title case: every word of letters is
    /// title case but the short words that title case leaves small (`a`, `of`, `the`, `in`…).
    private static func isTitleCase(_ words: ArraySlice<ToneWord>, titles: Int, text: UnsafeBufferPointer<UInt8>) -> Bool {
        words.count >= 4 && !words.contains { word in
            !word.isTitle && startsWithLetter(word) && !isOne(of: minorWords, word, in: text)
        }
    }

    /// The words a title-case headline leaves in lower case.
    static let minorWords = ["a", "an", "and", "as", "at", "but", "by", "for", "in", "nor", "of", "on", "or", "the", "to",
                             "up", "vs"].map { Array($0.utf8) }

    /// The word starts with a letter: no `@address`, `#tag`, number or link-like token.
    private static func startsWithLetter(_ word: ToneWord) -> Bool {
        let byte = word.first
        return byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }

    /// `RT`, which marks a repost before its author's address.
    private static func isRetweetMark(_ word: ToneWord, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        word.range.count == 2 && text[word.range].elementsEqual([0x52, 0x54])
    }

    private static func repeatsAWord(_ run: [Int], words: [ToneWord]) -> Bool {
        let entries = run.map { words[$0].entry }
        return entries.contains(0) ? false : Set(entries).count < entries.count
    }

    private static func isParticle(_ word: ToneWord, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        word.range.count <= 3 && isOne(of: particles, word, in: text)
    }

    /// Whether `word` is spelled as one of the short `spellings` (as written: they are lower
    /// case). A scan of a dozen short words, with no copy of the word and no hashing.
    private static func isOne(of spellings: [[UInt8]], _ word: ToneWord, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let spelled = text[word.range]
        return spellings.contains { $0.count == spelled.count && $0.elementsEqual(spelled) }
    }
}
