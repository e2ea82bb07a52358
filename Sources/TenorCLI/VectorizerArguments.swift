import ArgumentParser
import Tenor

/// The vectorizer's options (scikit-learn's `TfidfVectorizer` parameters), shared by the commands
/// that build a term matrix.
struct VectorizerArguments: ParsableArguments {
    @Option(help: ArgumentHelp("Word n-gram lengths MIN,MAX with 1 <= MIN <= MAX (scikit-learn's ngram_range), e.g. 1,2; default 1,1.", valueName: "min,max"), transform: NgramRange.parse)
    var ngram = NgramRange(1...1)
    @Option(help: ArgumentHelp("Keep terms in at least this many paragraphs (a count, 2) or this share of them (with a '.', 0.01); default 1.", valueName: "n|p"), transform: DocumentFrequency.parse)
    var minDf = DocumentFrequency.count(1)
    @Option(help: ArgumentHelp("Keep terms in at most this many paragraphs (a count, 100) or this share of them (with a '.', 0.5); default 1.0 (all).", valueName: "n|p"), transform: DocumentFrequency.parse)
    var maxDf = DocumentFrequency.proportion(1.0)
    @Option(help: "Keep only this many terms, those with the highest total counts.")
    var maxFeatures: Int?
    @Option(help: ArgumentHelp("Leave out stop words: `english` (scikit-learn's list) or a word-list file (one word a line; lines starting with # are comments).", valueName: "english|path"), completion: .file())
    var stopWords: String?
    @Flag(help: "Use 1 + ln(tf) instead of tf.")
    var sublinearTf = false
    @Option(help: "Row normalisation.")
    var norm = RowNorm.l2
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
        let weighting = counts
            ? TermWeighting.counts
            : TermWeighting(sublinearTF: sublinearTf, useIDF: !noIdf, smoothIDF: !noSmoothIdf, norm: norm.norm)
        do {
            return try VectorizerOptions(
                lowercase: !noLowercase, tokenPattern: tokenPattern, stopWords: try stopWordList(), ngramRange: ngram.lengths,
                minDocumentFrequency: minDf, maxDocumentFrequency: maxDf,
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
        let text = try InputOptions.readUTF8(path, limit: .wordList, subject: "stop-word list ")
        return StopWords(listing: String(decoding: text, as: UTF8.self))
    }
}

extension TokenPattern: ExpressibleByArgument {}
