import ArgumentParser
import Tenor

struct VectorizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vectorize",
        abstract: "Write the paragraphs' TF-IDF (or count) matrix, as scikit-learn's TfidfVectorizer.",
        discussion: """
            Writes DIR/matrix.mtx (Matrix Market, coordinate real general, 1-based; rows are \
            paragraphs in input order; scipy.io.mmread loads it) and DIR/vocabulary.txt (one term \
            a line, in column order). Each file is written under a temporary name and renamed, \
            so an interrupted run never leaves a half-written file.

            With no options the matrix equals TfidfVectorizer().fit_transform(paragraphs): \
            lower-cased tokens of two or more word characters, idf = ln((1+n)/(1+df)) + 1, \
            rows scaled to unit length. A document-frequency bound with a '.' (0.5, 1.0) is a \
            proportion of paragraphs; a whole number (5) is a count.

            Examples:
              tenor vectorize corpus.txt --output out
              tenor vectorize corpus.txt --output out --ngram 1,2 --stop-words english
              tenor vectorize corpus.txt --output out --min-df 2 --max-df 0.5 --sublinear-tf --norm l1
            """)

    @OptionGroup var input: InputOptions
    @Option(name: .shortAndLong, help: "Folder to write matrix.mtx and vocabulary.txt into (created if missing).")
    var output: String
    @Option(help: ArgumentHelp("Word n-gram lengths MIN,MAX (scikit-learn's ngram_range).", valueName: "min,max"))
    var ngram: String = "1,1"
    @Option(help: ArgumentHelp("Keep terms in at least this many paragraphs (or this share, with a '.').", valueName: "n|p"))
    var minDf: String = "1"
    @Option(help: ArgumentHelp("Keep terms in at most this many paragraphs (or this share, with a '.').", valueName: "n|p"))
    var maxDf: String = "1.0"
    @Option(help: "Keep only this many terms, those with the highest total counts.")
    var maxFeatures: Int?
    @Option(help: ArgumentHelp("Leave out stop words: `english` (scikit-learn's list) or a word-list file (one word a line; lines starting with # are comments).", valueName: "english|path"))
    var stopWords: String?
    @Flag(help: "Use 1 + ln(tf) instead of tf.")
    var sublinearTf = false
    @Option(help: "Row normalisation: l2, l1 or none.")
    var norm: String = "l2"
    @Flag(help: "Do not multiply by idf.")
    var noIdf = false
    @Flag(help: "idf = ln(n/df) + 1 instead of the smoothed ln((1+n)/(1+df)) + 1.")
    var noSmoothIdf = false
    @Flag(help: "Count each term once per paragraph.")
    var binary = false
    @Flag(help: "Write raw term counts (CountVectorizer): no idf, no normalisation.")
    var counts = false
    @Flag(help: "Keep the original case (scikit-learn token pattern only; Tenor's words are always lower-cased).")
    var noLowercase = false
    @Option(help: "Terms: `sklearn` (runs of 2+ word characters, as scikit-learn) or `words` (Tenor's words: don't, well-being; no numbers).")
    var tokenPattern: TokenPattern = .sklearn

    func run() throws {
        guard !output.isEmpty else { throw CLIError.usage("--output is empty: name the folder to write matrix.mtx and vocabulary.txt into") }
        let options = try vectorizerOptions()
        let documents = try input.documents()
        let matrix: TermMatrix
        do {
            matrix = try Vectorizer(options: options).fitTransform(documents).matrix
        } catch {
            throw CLIError.usage("cannot build a term matrix from \(Self.describe(documents)): \(error)")
        }
        try POSIXFile.makeDirectory(output)
        try POSIXFile.writeAtomically([
            (output + "/matrix.mtx", { file in
                try matrix.writeMatrixMarket(comments: ["written by tenor vectorize"]) { try file.write($0) }
            }),
            (output + "/vocabulary.txt", { file in
                var text: [UInt8] = []
                for column in matrix.vocabulary.indices {
                    text.append(contentsOf: matrix.vocabulary.utf8(column))
                    text.append(0x0A)
                    if text.count >= 1 << 20 { try file.write(text); text.removeAll(keepingCapacity: true) }
                }
                try file.write(text)
            }),
        ])
    }

    private static func describe(_ documents: [Document]) -> String {
        documents.count == 1 ? (documents[0].name == "-" ? "standard input" : "'\(documents[0].name)'") : "the inputs"
    }

    /// The options as a validated ``VectorizerOptions``; any bad value is a usage error naming it.
    private func vectorizerOptions() throws(CLIError) -> VectorizerOptions {
        let bounds = ngram.split(separator: ",").map { Int($0.filter { $0 != " " }) }
        guard bounds.count == 2, let low = bounds[0], let high = bounds[1], low >= 1, low <= high else {
            throw .usage("--ngram '\(ngram)' is invalid: give MIN,MAX with 1 <= MIN <= MAX, e.g. --ngram 1,2")
        }
        guard let minDocuments = DocumentFrequency(minDf) else {
            throw .usage("--min-df '\(minDf)' is invalid: give a count (2) or a proportion (0.01)")
        }
        guard let maxDocuments = DocumentFrequency(maxDf) else {
            throw .usage("--max-df '\(maxDf)' is invalid: give a count (100) or a proportion (0.5)")
        }
        let normalisation: TermWeighting.Norm?
        switch norm {
        case "none": normalisation = nil
        case let name: guard let known = TermWeighting.Norm(rawValue: name) else {
            throw .usage("--norm '\(norm)' is invalid: use l2, l1 or none")
        }
        normalisation = known
        }
        let weighting = counts
            ? TermWeighting.counts
            : TermWeighting(sublinearTF: sublinearTf, useIDF: !noIdf, smoothIDF: !noSmoothIdf, norm: normalisation)
        do {
            return try VectorizerOptions(
                lowercase: !noLowercase, tokenPattern: tokenPattern, stopWords: try stopWordList(), ngramRange: low...high,
                minDocumentFrequency: minDocuments, maxDocumentFrequency: maxDocuments,
                maxFeatures: maxFeatures, binary: binary, weighting: weighting)
        } catch let error as VectorizerOptionsError {
            throw .usage(error.description)
        } catch let error as CLIError {
            throw error
        } catch {
            throw .failure("\(error)")
        }
    }

    private func stopWordList() throws(CLIError) -> StopWords? {
        guard let stopWords else { return nil }
        if stopWords == "english" { return .english }
        let bytes = try POSIXFile.readAll(stopWords)
        guard let text = try? TextDecoding.utf8(bytes) else {
            throw .usage("stop-word list '\(stopWords)' is not valid UTF-8: save it as UTF-8")
        }
        return StopWords(listing: String(decoding: text, as: UTF8.self))
    }
}

extension TokenPattern: ExpressibleByArgument {}
