import Benchmark
import BenchmarkCorpus
import Tenor

/// TenorText over the whole corpus, one pass per iteration: the per-paragraph work every
/// report starts with.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = Corpus.configuration
    let document = Corpus.document

    Benchmark("ParagraphSplitting.units(of:) paragraph splitting") { benchmark in
        // The text is already decoded: this measures the split alone.
        Corpus.measure(benchmark) { ParagraphSplitting.paragraphs.units(of: document.text).count }
    }

    Benchmark("Tokenizer.forEachToken per paragraph") { benchmark in
        let tokenizer = Tokenizer()
        Corpus.measure(benchmark) {
            var tokens = 0
            for paragraph in document.paragraphs {
                tokenizer.forEachToken(in: document.text, range: paragraph) { _ in tokens += 1 }
            }
            return tokens
        }
    }

    Benchmark("SentenceSplitter.sentences per paragraph") { benchmark in
        let splitter = SentenceSplitter()
        Corpus.measure(benchmark) {
            document.paragraphs.reduce(0) { $0 + splitter.sentences(in: document.text, range: $1).count }
        }
    }
}
