/// A paragraph of one of several documents: which document, its 1-based number there, its bytes.
package typealias NumberedParagraph = (document: Int, number: Int, range: Range<Int>)

extension Array where Element == Document {
    /// Every paragraph of every document, in order: the rows of a pipeline over all of them.
    package var numberedParagraphs: [NumberedParagraph] {
        enumerated().flatMap { index, document in
            document.paragraphs.enumerated().map { (document: index, number: $0.offset + 1, range: $0.element) }
        }
    }
}
