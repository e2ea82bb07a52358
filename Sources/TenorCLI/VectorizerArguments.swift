import ArgumentParser
import Tenor

/// The vectorizer's options (scikit-learn's `TfidfVectorizer` parameters), shared by the commands
/// that build a term matrix.
struct VectorizerArguments: ParsableArguments {
    @Option(help: ArgumentHelp("Word n-gram lengths MIN,MAX (scikit-learn's ngram_range).", valueName: "min,max"))
    var ngram: String = "1,1"
    @Option(help: ArgumentHelp("Keep terms in at least this many paragraphs (or this share, with a '.').", valueName: "n|p"))
    var minDf: String = "1"
    @Option(help: ArgumentHelp("Keep terms in at most this many paragraphs (or this share, with a '.').", valueName: "n|p"))
    var maxDf: String = "1.0"
    @Option(help: "Keep only this many terms, those with the highest total counts.")
    var maxFeatures: Int?
    @Option(help: ArgumentHelp("Leave out stop words: `english` (scikit-learn's list) or a word-list file (one word a line; lines starting with # are comments).", valueName: "english|path"), completion: .file())
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

    /// The options as a validated ``VectorizerOptions``; any bad value is a usage error naming it.
    func options() throws(CLIError) -> VectorizerOptions {
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
        let path = BytePath(argument: stopWords)
        let bytes = try POSIXFile.readAll(path, limit: .wordList)
        let text: [UInt8]
        do {
            text = try TextDecoding.utf8(bytes)
        } catch {
            throw .usage("stop-word list " + InputOptions.notUTF8(path, bytes: bytes, at: error.offset, lossyApplies: false))
        }
        return StopWords(listing: String(decoding: text, as: UTF8.self))
    }
}

extension TokenPattern: ExpressibleByArgument {}
