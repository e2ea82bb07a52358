import Benchmark
import BenchmarkCorpus
import Tenor

// `try!`: constant options, valid by construction (positive n-gram bounds, default frequencies).
private let sklearnDefaults = try! VectorizerOptions()
private let stopWordsAndBigrams = try! VectorizerOptions(stopWords: .english, ngramRange: 1...2)

/// The TF-IDF matrix of the corpus with scikit-learn's defaults, fitted once, on first use
/// (a global outside main.swift is lazy), for the writing benchmark.
private let defaultMatrix = try! Vectorizer(options: sklearnDefaults).fitTransform([Corpus.document]).1

/// TenorVectorize over the whole corpus, one pass per iteration (both stages run in parallel
/// over the available cores).
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = Corpus.configuration
    let documents = [Corpus.document]

    for (name, options) in [("scikit-learn defaults", sklearnDefaults), ("english stop words, 1...2-grams", stopWordsAndBigrams)] {
        Benchmark("Vectorizer.fitTransform (\(name))") { benchmark in
            try Corpus.measure(benchmark) { try Vectorizer(options: options).fitTransform(documents) }
        }
    }

    Benchmark("TermMatrix.writeMatrixMarket to a discarding sink (scikit-learn defaults)") { benchmark in
        let matrix = defaultMatrix
        benchmark.startMeasurement()  // fitting (first iteration only) is not what is measured
        Corpus.measure(benchmark) {
            var bytes = 0
            matrix.writeMatrixMarket { bytes += $0.count }
            return bytes
        }
    }
}
