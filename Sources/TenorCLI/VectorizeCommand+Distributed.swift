import Tenor

extension VectorizeCommand {
    /// `--document-frequencies`: the inputs' term counts, for summing with other parts.
    func writeDocumentFrequencies(to destination: OutputFolder, options: VectorizerOptions,
                                  excluding earlierOutputs: Set<POSIXFile.Identity>, progress reporter: ProgressReporter) throws {
        let documents = try input.documents(excluding: earlierOutputs, progress: reporter)
        reporter.begin("counting", paragraphsOf: documents)
        let counts = Vectorizer(options: options).documentFrequencies(documents)
        try InputOptions.checkUnchanged(documents)
        try destination.replace(with: [{ file in try counts.writeLines { try file.write($0) } }])
    }

    /// `--fit`: the inputs are counts files; their sum is fitted.
    func writeFit(to destination: OutputFolder, options: VectorizerOptions) throws {
        let paths = (input.files.isEmpty ? ["-"] : input.files).map(BytePath.init(argument:))
        let parts = try paths.map { path throws(CLIError) in
            let text = try DistributedVectorizeArguments.read(path)
            do {
                return try DocumentFrequencies(lines: text)
            } catch {
                throw .usage("document frequencies \(path.quoted) \(error): write them with tenor vectorize --document-frequencies")
            }
        }
        let model: FittedVectorizer
        do {
            model = try FittedVectorizer(options: options, fitting: .merged(parts))
        } catch {
            throw CLIError.usage("cannot fit a vocabulary to the document frequencies: \(error.commandLineMessage)")
        }
        var producers: [OutputFolder.Producer] = [{ file in try model.vocabulary.writeLines { try file.write($0) } }]
        if options.weighting.useIDF {
            producers.append { file in try model.writeInverseDocumentFrequencies { try file.write($0) } }
        }
        try destination.replace(with: producers)
    }

    /// The rows' ids one a line, for `ids.txt`; an id holding a line break cannot be written so.
    static func idLines(_ ids: [[String]]) throws(CLIError) -> String {
        var text = ""
        for id in ids.joined() {
            if id.contains(where: \.isNewline) {
                throw .usage("the id '\(id)' holds a line break, and ids.txt has one id a line: give ids without line breaks")
            }
            text += id + "\n"
        }
        return text
    }
}
