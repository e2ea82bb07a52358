extension FittedVectorizer {
    /// A model fitted elsewhere, from its vocabulary (one term a line, in column order, as
    /// ``Vocabulary/writeLines(to:)`` writes it) and, when `options` use idf, its idf (one
    /// number a line, as ``writeInverseDocumentFrequencies(to:)`` writes it).
    ///
    /// - Throws: ``VocabularyFileError`` naming which file and line is wrong.
    public init(options: VectorizerOptions, vocabularyLines: String, idfLines: String?) throws(VocabularyFileError) {
        var vocabulary = Vocabulary(capacity: 0)
        var previous: Substring?
        for (offset, term) in modelFileLines(vocabularyLines).enumerated() {
            guard !term.isEmpty, !term.contains("\t") else {
                throw .vocabulary(.badLine(offset + 1, "a term is one non-empty line without tabs"))
            }
            if let previous, !previous.utf8.lexicographicallyPrecedes(term.utf8) {
                throw .vocabulary(.badLine(offset + 1, "terms must be in code-point order, each once: '\(term)' comes after '\(previous)'"))
            }
            vocabulary.append(ArraySlice(term.utf8))
            previous = term
        }
        guard !vocabulary.isEmpty else { throw .vocabulary(.empty(expected: "one term a line")) }
        var idf: [Double]?
        if options.weighting.useIDF {
            guard let idfLines else { throw .idfMissing }
            let values = try modelFileLines(idfLines).enumerated().map { offset, line throws(VocabularyFileError) in
                guard let value = Double(line), value.isFinite, value > 0 else {
                    throw .idf(.badLine(offset + 1, "expected a positive number, not '\(line)'"))
                }
                return value
            }
            guard values.count == vocabulary.count else {
                throw .idf(.lengthsDiffer(vocabulary: vocabulary.count, idf: values.count))
            }
            idf = values
        }
        self.init(options: options, vocabulary: vocabulary, inverseDocumentFrequencies: idf)
    }

    /// Writes the idf one value a line in column order (Swift's shortest round-trip form, so
    /// reading it back gives the same numbers); nothing when the options use no idf.
    public func writeInverseDocumentFrequencies(to sink: (String) throws -> Void) rethrows {
        guard let values = inverseDocumentFrequencies else { return }
        var buffer = ""
        for value in values {
            buffer += "\(value)\n"
            if buffer.utf8.count >= 1 << 20 {
                try sink(buffer)
                buffer = ""
            }
        }
        try sink(buffer)
    }
}

/// Which file of a fitted model is wrong, and how.
public enum VocabularyFileError: Error, Equatable {
    case vocabulary(ModelFileError)
    case idf(ModelFileError)
    /// The options use idf, but no idf file was given.
    case idfMissing
}
