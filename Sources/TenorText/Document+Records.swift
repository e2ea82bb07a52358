extension Document {
    /// A document whose units are given rather than found by splitting: the records of a JSON
    /// Lines, CSV or TSV file, laid one after another in `text`. Each range is trimmed of
    /// white space; a record left empty is no unit (its caller says so).
    ///
    /// - Returns: the document, and for each unit the index of the range it came from.
    package static func records(name: String, text: [UInt8], ranges: [Range<Int>]) -> (document: Document, sources: [Int]) {
        var units: [Range<Int>] = []
        var sources: [Int] = []
        units.reserveCapacity(ranges.count)
        sources.reserveCapacity(ranges.count)
        text.withUnsafeBufferPointer { text in
            for (index, range) in ranges.enumerated() {
                let unit = UnicodeWhitespace.trimmed(range, in: text)
                if !unit.isEmpty {
                    units.append(unit)
                    sources.append(index)
                }
            }
        }
        return (Document(name: name, text: TextBytes(text), units: units), sources)
    }
}
