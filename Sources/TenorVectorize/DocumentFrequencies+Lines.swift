extension DocumentFrequencies {
    /// The counts as text: a first line `paragraphs<TAB>N`, then one line per term,
    /// `term<TAB>documents<TAB>occurrences`, in term order; every line ends with `\n`. A term
    /// never holds a tab or a line break (terms are runs of word characters joined by spaces).
    public func writeLines(to sink: (String) throws -> Void) rethrows {
        var buffer = "paragraphs\t\(paragraphs)\n"
        for index in terms.indices {
            buffer += "\(terms[index])\t\(documents[index])\t\(occurrences[index])\n"
            if buffer.utf8.count >= 1 << 20 {
                try sink(buffer)
                buffer = ""
            }
        }
        try sink(buffer)
    }

    /// Reads counts written by ``writeLines(to:)``, checking every line.
    public init(lines text: String) throws(ModelFileError) {
        let lines = modelFileLines(text)
        guard let first = lines.first else { throw .empty(expected: "a first line 'paragraphs<TAB>N'") }
        let header = first.split(separator: "\t", omittingEmptySubsequences: false)
        guard header.count == 2, header[0] == "paragraphs", let paragraphs = Int(header[1]), paragraphs >= 0 else {
            throw .badLine(1, "the first line must be 'paragraphs<TAB>N' with N the number of paragraphs counted")
        }
        var terms: [String] = [], documents: [Int] = [], occurrences: [Int] = []
        for (offset, line) in lines.dropFirst().enumerated() {
            let number = offset + 2
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3, !fields[0].isEmpty, let holding = Int(fields[1]), let occurring = Int(fields[2]) else {
                throw .badLine(number, "expected 'term<TAB>documents<TAB>occurrences'")
            }
            guard holding >= 1, holding <= paragraphs, occurring >= holding else {
                throw .badLine(number, "the counts must satisfy 1 <= documents <= paragraphs (\(paragraphs)) and documents <= occurrences")
            }
            let term = String(fields[0])
            if let previous = terms.last, !previous.utf8.lexicographicallyPrecedes(term.utf8) {
                throw .badLine(number, "terms must be in code-point order, each once: '\(term)' comes after '\(previous)'")
            }
            terms.append(term)
            documents.append(holding)
            occurrences.append(occurring)
        }
        self.init(paragraphs: paragraphs, terms: terms, documents: documents, occurrences: occurrences)
    }
}
