// The vectorizer's term scanners: scikit-learn's `(?u)\b\w\w+\b` scanner against a scalar-by-
// scalar reading of the pattern, and the word scanner's terms; both reusing their buffers from
// range to range as the vectorizer does.
@testable import TenorText
@testable import TenorVectorize
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzTerms(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let text = decodedText(bytes(data, size))
    let ranges = ParagraphSplitting.paragraphs.units(of: text) + [0..<text.count]
    var terms = ScannedTerms()
    for lowercase in [true, false] {
        var scanner = SklearnTokenScanner(lowercase: lowercase)
        for range in ranges {
            text.withUnsafeBufferPointer { scanner.scan($0, range: range, into: &terms) }
            let found = checkedTerms(terms)
            let expected = referenceTokens(of: text, in: range, lowercase: lowercase)
            check(found == expected, "lowercase \(lowercase), range \(range): \(found.map(show)) instead of \(expected.map(show))")
        }
    }
    var wordScanner = WordTermScanner()
    for range in ranges {
        wordScanner.scan(TextBytes(text), range: range, into: &terms)
        for term in checkedTerms(terms) {
            check(String(validating: term, as: UTF8.self) != nil, "word term \(show(term)) is not UTF-8")
            check(!term.contains(where: { $0 >= 0x41 && $0 <= 0x5A }), "word term \(show(term)) has capitals")
        }
    }
    return 0
}

/// The terms as arrays, after checking each one's eight-byte prefix (read past its end).
func checkedTerms(_ terms: borrowing ScannedTerms) -> [[UInt8]] {
    (0..<terms.count).map { index in
        let term = Array(terms.term(index))
        check(!term.isEmpty, "an empty term")
        var prefix: UInt64 = 0
        for (position, byte) in term.prefix(8).enumerated() { prefix |= UInt64(byte) << UInt64(8 * position) }
        check(terms.prefix(index) == prefix, "prefix of term \(index) is wrong")
        return term
    }
}

/// Maximal runs of two or more word characters (Python's `\w`) in the text lower-cased as
/// Python's `str.lower()` does, one scalar at a time.
func referenceTokens(of text: [UInt8], in range: Range<Int>, lowercase: Bool) -> [[UInt8]] {
    var tokens: [[UInt8]] = []
    var current: [Unicode.Scalar] = []
    func finish() {
        if current.count >= 2 { tokens.append(Array(String(String.UnicodeScalarView(current)).utf8)) }
        current = []
    }
    for (offset, scalar, width) in scalars(of: text, in: range) {
        let lowered = lowercase
            ? Array(Lowercasing.lowercased(scalar, in: text, at: offset, width: width, range: range))
            : [scalar]
        for character in lowered {
            if SklearnTokenScanner.isWordCharacter(character) { current.append(character) } else { finish() }
        }
    }
    finish()
    return tokens
}

func show(_ term: [UInt8]) -> String { String(reflecting: String(decoding: term, as: UTF8.self)) }

runFuzzer(fuzzTerms)
