import Benchmark
import BenchmarkCorpus
import Tenor

/// TenorTone over the whole corpus, one pass per iteration: what `tenor tone` computes.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = Corpus.configuration
    let document = Corpus.document
    let vader = ToneScorer()

    Benchmark("ToneScorer(.vader) per paragraph, one thread") { benchmark in
        Corpus.measure(benchmark) {
            document.paragraphs.reduce(0.0) { $0 + vader.scores(of: document.text, in: $1).compound }
        }
    }

    Benchmark("ToneAnalysis.report, vader engine (parallel paragraphs)") { benchmark in
        let analysis = ToneAnalysis(engine: .vader, scorer: vader, lexiconNames: ["vader"])
        Corpus.measure(benchmark) { analysis.report([document]).paragraphs.count }
    }

    // The whole corpus as one paragraph: linear time, where vaderSentiment is quadratic.
    Benchmark("ToneScorer(.vader), the corpus as one paragraph") { benchmark in
        Corpus.measure(benchmark) { vader.scores(of: document.text, in: 0..<document.text.count).compound }
    }

    Benchmark("ToneScorer(lexicons: [.vader]) built from the embedded lexicons") { benchmark in
        Corpus.measure(benchmark) { ToneScorer(lexicons: [.vader]).rules.asciiApostropheOnly }
    }
}
