/// Words drawn out for emphasis in informal writing (`goooood`, `yessss`, `sooo`), read as the
/// word they stretch (tenor rules: ``ToneRules/elongatedWordsUnknown`` off).
enum Elongation {
    /// The entry of the lower-case ASCII `word` with each run of three or more equal letters
    /// cut to two (`cool`, `good` keep their double letter), else to one (`yesss` → `yes`); 0
    /// when the word has no such run or neither form is known.
    static func entry(of word: UnsafeBufferPointer<UInt8>, vocabulary: ToneVocabulary) -> Int32 {
        guard hasLongRun(word) else { return 0 }
        for keep in [2, 1] {
            let shortened = cut(word, keeping: keep)
            let entry = shortened.withUnsafeBufferPointer { vocabulary.entry(of: $0) }
            if entry != 0 { return entry }
        }
        return 0
    }

    private static func hasLongRun(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count >= 3 else { return false }
        for index in 2..<word.count where word[index] == word[index - 1] && word[index] == word[index - 2]
            && word[index] | 0x20 >= 0x61 && word[index] | 0x20 <= 0x7A {
            return true
        }
        return false
    }

    /// `word` with every run of three or more equal letters cut to `keep` letters.
    private static func cut(_ word: UnsafeBufferPointer<UInt8>, keeping keep: Int) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(word.count)
        var start = 0
        while start < word.count {
            var end = start + 1
            while end < word.count && word[end] == word[start] { end += 1 }
            let isLetter = word[start] | 0x20 >= 0x61 && word[start] | 0x20 <= 0x7A
            let length = end - start
            result.append(contentsOf: repeatElement(word[start], count: isLetter && length >= 3 ? keep : length))
            start = end
        }
        return result
    }
}
