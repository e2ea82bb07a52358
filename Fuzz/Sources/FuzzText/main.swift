// The UTF-8 decoder and the paragraph and line splitters, against Swift's own UTF-8 decoder
// and a line-by-line reading of the split rule.
@testable import TenorText
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzText(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let input = bytes(data, size)
    let text = checkDecoding(input)
    for splitting in ParagraphSplitting.allCases {
        let units = splitting.units(of: text)
        check(units == referenceUnits(of: text, splitting: splitting),
              "\(splitting): \(units) differ from \(referenceUnits(of: text, splitting: splitting))")
        checkOrderedRanges(units, inside: 0..<text.count, of: text, "\(splitting)")
    }
    for offset in [0, text.count / 2, text.count] {
        check(ParagraphSplitting.lineNumber(ofOffset: offset, in: text) == referenceLineNumber(ofOffset: offset, in: text),
              "line number of offset \(offset)")
    }
    return 0
}

/// The strict decoder accepts exactly what Swift's decoder accepts, fails at the first bad
/// sequence, and drops only a leading byte-order mark; the lossy one gives valid UTF-8.
/// Returns the text the readers would go on with.
func checkDecoding(_ input: [UInt8]) -> [UInt8] {
    let bomLength = input.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    let body = Array(input[bomLength...])
    let lossy = try! TextDecoding.utf8(input, lossy: true)
    check(String(validating: lossy, as: UTF8.self) != nil, "lossy decoding is not UTF-8")
    do {
        let strict = try TextDecoding.utf8(input)
        check(strict == body, "a valid input changed beyond its byte-order mark")
        check(String(validating: body, as: UTF8.self) != nil, "accepted bytes Swift rejects")
        check(lossy == strict, "lossy decoding changed a valid input")
    } catch {
        let offset = error.offset
        check(offset >= bomLength && offset < input.count, "error offset \(offset) outside the input")
        check(String(validating: input[bomLength..<offset], as: UTF8.self) != nil, "bytes before offset \(offset) are not all valid")
        var iterator = input[offset...].makeIterator()
        var decoder = UTF8()
        if case .scalarValue = decoder.decode(&iterator) { check(false, "a valid sequence at error offset \(offset)") }
    }
    return lossy
}

/// The split rule read line by line: lines end at `\n`, `\r\n` or `\r`; `.lines` makes each
/// line a unit, `.paragraphs` makes each run of lines between lines of only spaces and tabs
/// one; units are trimmed of Python's whitespace and dropped when empty.
func referenceUnits(of text: [UInt8], splitting: ParagraphSplitting) -> [Range<Int>] {
    var lines: [Range<Int>] = []
    var start = 0
    var index = 0
    while index < text.count {
        if text[index] == 0x0A || text[index] == 0x0D {
            lines.append(start..<index)
            index += text[index] == 0x0D && index + 1 < text.count && text[index + 1] == 0x0A ? 2 : 1
            start = index
        } else {
            index += 1
        }
    }
    lines.append(start..<text.count)
    var pieces: [Range<Int>] = []
    switch splitting {
    case .lines:
        pieces = lines
    case .paragraphs:
        var first: Range<Int>?
        var last: Range<Int>?
        for (number, line) in lines.enumerated() {
            // Only a blank line between two line ends separates (not the first or last line).
            let isSeparator = number > 0 && number < lines.count - 1
                && text[line].allSatisfy { $0 == 0x20 || $0 == 0x09 }
            if isSeparator {
                if let first, let last { pieces.append(first.lowerBound..<last.upperBound) }
                (first, last) = (nil, nil)
            } else {
                if first == nil { first = line }
                last = line
            }
        }
        if let first, let last { pieces.append(first.lowerBound..<last.upperBound) }
    }
    return pieces.map { trimmed($0, in: text) }.filter { !$0.isEmpty }
}

/// `range` without whitespace (Python's `str.isspace()`) at either end.
func trimmed(_ range: Range<Int>, in text: [UInt8]) -> Range<Int> {
    let characters = scalars(of: text, in: range)
    guard let first = characters.firstIndex(where: { !isPythonSpace($0.scalar) }),
          let last = characters.lastIndex(where: { !isPythonSpace($0.scalar) }) else { return range.lowerBound..<range.lowerBound }
    return characters[first].offset..<(characters[last].offset + characters[last].width)
}

/// One plus the number of line ends that start before `offset`.
func referenceLineNumber(ofOffset offset: Int, in text: [UInt8]) -> Int {
    var line = 1
    var index = 0
    while index < min(offset, text.count) {
        if text[index] == 0x0D && index + 1 < text.count && text[index + 1] == 0x0A {
            line += 1
            index += 2
            continue
        }
        if text[index] == 0x0A || text[index] == 0x0D { line += 1 }
        index += 1
    }
    return line
}

runFuzzer(fuzzText)
