import Benchmark
import BenchmarkCorpus
import Tenor

/// TenorTone over the whole corpus, one pass per iteration, for each engine: what `tenor tone`
/// computes.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = Corpus.configuration
    let document = Corpus.document

    for engine in ToneEngine.allCases {
        let scorer = ToneScorer(engine: engine)

        Benchmark("ToneScorer(.\(engine)) per paragraph, one thread") { benchmark in
            Corpus.measure(benchmark) {
                document.paragraphs.reduce(0.0) { $0 + scorer.scores(of: document.text, in: $1).compound }
            }
        }

        Benchmark("ToneAnalysis.report, \(engine) engine (parallel paragraphs)") { benchmark in
            let analysis = ToneAnalysis(options: ToneOptions(engine: engine))
            Corpus.measure(benchmark) { analysis.report([document]).paragraphs.count }
        }

        // The whole corpus as one paragraph: linear time, where vaderSentiment is quadratic.
        Benchmark("ToneScorer(.\(engine)), the corpus as one paragraph") { benchmark in
            Corpus.measure(benchmark) { scorer.scores(of: document.text, in: 0..<document.text.count).compound }
        }

        Benchmark("ToneScorer(engine: .\(engine)) built from the embedded lexicons") { benchmark in
            Corpus.measure(benchmark) { ToneScorer(engine: engine).rules.asciiApostropheOnly }
        }
    }
}
