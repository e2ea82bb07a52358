import Benchmark
import BenchmarkCorpus
import Tenor

/// TenorStatistics over the whole corpus, one pass per iteration: what `tenor stats` computes.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = Corpus.configuration
    let document = Corpus.document

    Benchmark("TextCounts per paragraph (tokens, sentences, syllables)") { benchmark in
        let counter = SyllableCounter.english
        Corpus.measure(benchmark) {
            document.paragraphs.reduce(0) { $0 + TextCounts($1, in: document.text, syllableCounter: counter).syllables }
        }
    }

    Benchmark("SyllableCounter.syllables(inUTF8:) per word") { benchmark in
        let counter = SyllableCounter.english
        // The words (space- and line-separated pieces), cut out once and the table built
        // before the measurement: this is the lookup and the rules alone.
        let words = document.text.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A }).map(Array.init)
        blackHole(counter.syllables(in: "table"))
        Corpus.measure(benchmark) {
            words.reduce(0) { total, word in total + word.withUnsafeBufferPointer { counter.syllables(inUTF8: $0) } }
        }
    }

    Benchmark("ReadabilityScores per paragraph (from counts)") { benchmark in
        let counts = document.paragraphs.map { TextCounts($0, in: document.text) }
        Corpus.measure(benchmark) {
            counts.reduce(0) { $0 + (ReadabilityScores($1.readability).fleschReadingEase.value ?? 0 > 50 ? 1 : 0) }
        }
    }

    Benchmark("StatisticsAnalysis.report, no details (what TSV output needs)") { benchmark in
        Corpus.measure(benchmark) { StatisticsAnalysis(options: StatisticsOptions(details: false)).report([document]).paragraphs.count }
    }

    Benchmark("StatisticsAnalysis.report with lexical diversity, keyness, frequency") { benchmark in
        Corpus.measure(benchmark) { StatisticsAnalysis(options: StatisticsOptions(details: true)).report([document]).paragraphs.count }
    }
}
