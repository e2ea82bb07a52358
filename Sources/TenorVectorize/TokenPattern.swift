/// Which pieces of text become terms.
public enum TokenPattern: String, Sendable, CaseIterable {
    /// scikit-learn's default `(?u)\b\w\w+\b`: runs of two or more word characters, so
    /// `don't` gives `don`, `3,000` gives `000`. The default, for compatibility.
    case sklearn
    /// Tenor's words (see `Tokenizer`): inner apostrophes and hyphens kept (`don't`,
    /// `well-being`), curly apostrophes and dashes normalised, numbers and single letters
    /// left out, and a
    /// possessive `'s` dropped (`city's` → `city`). A contraction counts as a stop word when
    /// its stem does (`don't` → `do`, `won't` → `will`), so stop-word lists written for
    /// scikit-learn still apply.
    case words

    /// The form of `term` to look up in a stop-word list.
    func stopWordKey(_ term: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        guard self == .words else { return Array(term) }
        let bytes = Array(term)
        for (clitic, irregular) in Self.clitics where bytes.count > clitic.count && bytes.ends(with: clitic) {
            let stem = Array(bytes.dropLast(clitic.count))
            return irregular[stem] ?? stem
        }
        return bytes
    }

    /// Contraction endings, with the stems that do not read off directly (`can't` → `ca`).
    private static let clitics: [([UInt8], [[UInt8]: [UInt8]])] = [
        (Array("n't".utf8), [Array("ca".utf8): Array("can".utf8), Array("wo".utf8): Array("will".utf8),
                             Array("sha".utf8): Array("shall".utf8)]),
        (Array("'re".utf8), [:]), (Array("'ve".utf8), [:]), (Array("'ll".utf8), [:]),
        (Array("'d".utf8), [:]), (Array("'m".utf8), [:]),
    ]
}

extension Array where Element == UInt8 {
    fileprivate func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
