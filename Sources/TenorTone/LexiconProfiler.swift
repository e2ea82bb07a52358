import TenorLinearAlgebra
import TenorText
import TenorVectorize
import TenorSupport

/// Scores paragraphs on any number of lexicon dimensions at once, as one matrix product per
/// block of paragraphs: a negation-aware weighted paragraph × term matrix times a
/// term × dimension lexicon matrix (SGEMM).
///
/// A word is negated when one of the three words before it is a negation (`not`, `never`,
/// a word ending in `n't` …) with no clause punctuation (`, ; : . ! ? …` dashes, brackets) or
/// `but` between them. Each block of paragraphs becomes a dense matrix over only the lexicon
/// terms that occur in it, with two columns per term — the negation-weighted count, for
/// dimensions that flip, and the plain count, for those that do not — and the lexicon rows of
/// those terms are stacked to match, so one product gives every dimension.
public struct LexiconProfiler: Sendable {
    /// What a negated word's valence counts (VADER's N_SCALAR).
    public static let negationFactor: Float = -0.74
    /// How many words after a negation it reaches.
    public static let negationReach = 3
    /// Paragraphs per product: a block's dense matrix has a column per lexicon term met in it,
    /// so fewer rows keep it small (and mostly filled) without many more products.
    static let blockRows = 32

    public let dimensionNames: [String]
    private let terms: TermTable
    /// terms × dimensions: the scores of the dimensions that flip under negation (0 elsewhere).
    private let flipping: [Float]
    /// terms × dimensions: the scores of the dimensions that do not.
    private let keeping: [Float]
    private let negations: TermTable

    /// - Parameter negations: lower-case negation words (besides any word ending in `n't`).
    public init(dimensions: [ProfileDimension], negations: some Sequence<String>) {
        dimensionNames = dimensions.map(\.name)
        var terms = TermTable()
        var termOf: [(term: Int, dimension: Int, score: Float)] = []
        for (column, dimension) in dimensions.enumerated() {
            for (word, score) in dimension.scores where !word.contains(" ") {
                let id = Array(word.utf8).withUnsafeBufferPointer { terms.place($0, payload: 0).position.id }
                termOf.append((Int(id), column, Float(score)))
            }
        }
        var flipping = [Float](repeating: 0, count: terms.count * dimensions.count)
        var keeping = flipping
        for (term, column, score) in termOf {
            if dimensions[column].flipsUnderNegation {
                flipping[term * dimensions.count + column] = score
            } else {
                keeping[term * dimensions.count + column] = score
            }
        }
        var negationTable = TermTable()
        for word in negations {
            _ = Array(word.utf8).withUnsafeBufferPointer { negationTable.place($0, payload: 0) }
        }
        self.terms = terms
        self.flipping = flipping
        self.keeping = keeping
        self.negations = negationTable
    }

    /// The profile of every paragraph of `documents`, in order.
    ///
    /// - Complexity: O(text length + paragraphs × terms-per-block × dimensions), the last in SGEMM.
    public func profiles(of documents: [Document]) -> LexiconProfiles {
        let paragraphs = documents.numberedParagraphs
        // A few runs of paragraphs per worker, each scored block by block with its own buffers.
        let runs = balancedRanges(count: paragraphs.count, parts: 4 * availableWorkers) { paragraphs[$0].range.count }
        let scores = parallelMap(runs.count) { run in
            var columnOf = [Int32](repeating: -1, count: terms.count)
            var scores: [Float] = []
            scores.reserveCapacity(runs[run].count * dimensionNames.count)
            for start in stride(from: runs[run].lowerBound, to: runs[run].upperBound, by: Self.blockRows) {
                let block = (start..<min(start + Self.blockRows, runs[run].upperBound)).map { row in
                    occurrences(in: documents[paragraphs[row].document].text, range: paragraphs[row].range)
                }
                scores += self.scores(of: block, columnOf: &columnOf)
            }
            return scores
        }
        return LexiconProfiles(
            dimensions: dimensionNames,
            scores: DenseMatrix(rows: paragraphs.count, columns: dimensionNames.count, elements: Array(scores.joined())))
    }

    /// One block's rows × dimensions scores, row-major.
    ///
    /// - Parameter columnOf: term → the block's column for it; all -1 on entry and on return.
    private func scores(of block: [(occurrences: [(term: Int32, negated: Bool)], words: Int)], columnOf: inout [Int32]) -> [Float] {
        // The block's own columns: the j-th distinct lexicon term met is column j.
        var present: [Int32] = []
        for paragraph in block {
            for occurrence in paragraph.occurrences where columnOf[Int(occurrence.term)] < 0 {
                columnOf[Int(occurrence.term)] = Int32(present.count)
                present.append(occurrence.term)
            }
        }
        defer { for term in present { columnOf[Int(term)] = -1 } }
        let (width, dimensions) = (present.count, dimensionNames.count)
        guard width > 0, dimensions > 0 else { return [Float](repeating: 0, count: block.count * dimensions) }
        // Columns 0..<width: negation-weighted counts; width..<2·width: plain counts; each
        // divided by the paragraph's words so that the product is a mean per word.
        var weights = [Float](repeating: 0, count: block.count * 2 * width)
        for (row, paragraph) in block.enumerated() where paragraph.words > 0 {
            let share = 1 / Float(paragraph.words)
            for occurrence in paragraph.occurrences {
                let column = row * 2 * width + Int(columnOf[Int(occurrence.term)])
                weights[column] += (occurrence.negated ? Self.negationFactor : 1) * share
                weights[column + width] += share
            }
        }
        var lexicon = [Float](repeating: 0, count: 2 * width * dimensions)
        for (column, term) in present.enumerated() {
            let source = Int(term) * dimensions
            for dimension in 0..<dimensions {
                lexicon[column * dimensions + dimension] = flipping[source + dimension]
                lexicon[(width + column) * dimensions + dimension] = keeping[source + dimension]
            }
        }
        return DenseMatrix(rows: block.count, columns: 2 * width, elements: weights)
            .multiplied(by: DenseMatrix(rows: 2 * width, columns: dimensions, elements: lexicon)).elements
    }

    /// The lexicon words of one paragraph (as term ids, with whether each is negated) and its
    /// word count.
    private func occurrences(in text: TextBytes, range: Range<Int>) -> (occurrences: [(term: Int32, negated: Bool)], words: Int) {
        text.withUnsafeBufferPointer { bytes in occurrences(in: text, bytes, range: range) }
    }

    /// `text`, whose bytes are `bytes`: the tokenizer takes the one, normalising the other.
    private func occurrences(in text: TextBytes, _ bytes: UnsafeBufferPointer<UInt8>,
                             range: Range<Int>) -> (occurrences: [(term: Int32, negated: Bool)], words: Int) {
        let tokenizer = Tokenizer()
        var found: [(term: Int32, negated: Bool)] = []
        var words = 0
        var reach = 0   // words still negated by the last negation
        var form: [UInt8] = []
        tokenizer.forEachToken(in: text, range: range) { token in
            switch token.kind {
            case .word:
                words += 1
                form.removeAll(keepingCapacity: true)
                tokenizer.appendNormalizedForm(of: token, in: bytes, to: &form)
                let (isNegation, term) = form.withUnsafeBufferPointer { form in
                    (negations.position(of: form) != nil || form.reversed().starts(with: "t'n".utf8),
                     terms.position(of: form)?.id)
                }
                if let term { found.append((term, reach > 0)) }
                if isNegation {
                    reach = Self.negationReach
                } else if form.elementsEqual("but".utf8) {
                    reach = 0
                } else if reach > 0 {
                    reach -= 1
                }
            case .number:
                words += 1
                if reach > 0 { reach -= 1 }
            case .punctuation:
                if Self.endsClause(bytes[token.range]) { reach = 0 }
            case .symbol:
                break
            }
        }
        return (found, words)
    }

    /// Whether a punctuation token ends a clause (and so a negation's reach): `, ; : . ! ? ( ) [ ]`,
    /// the dashes U+2010…U+2015 and the ellipsis U+2026; quotes and apostrophes do not.
    private static func endsClause(_ token: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let first = token.first!
        if first < 0x80 { return Array(",;:.!?()[]".utf8).contains(first) }
        // U+2010…U+2015 and U+2026 are E2 80 90…95 and E2 80 A6 in UTF-8.
        let bytes = Array(token.prefix(3))
        return bytes.count == 3 && bytes[0] == 0xE2 && bytes[1] == 0x80 && ((0x90...0x95).contains(bytes[2]) || bytes[2] == 0xA6)
    }
}
