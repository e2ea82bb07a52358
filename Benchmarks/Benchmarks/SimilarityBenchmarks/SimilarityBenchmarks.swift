import Benchmark
import BenchmarkCorpus
import Dispatch
import Tenor

/// The corpus's TF-IDF rows with scikit-learn's defaults, fitted once, on first use.
private let rows = try! Vectorizer(options: VectorizerOptions()).fitTransform([Corpus.document]).matrix.values

/// Giga floating-point operations per second of a dense product, reported beside the times.
private let gigaflops = BenchmarkMetric.custom("GFLOP/s", polarity: .prefersLarger, useScalingFactor: false)

/// Every block of 64 rows of `a` times every tile of 2048 rows of `a` (transposed), as
/// `CosineSearch` runs its dense part: one worker per core, each on one BLAS thread. Returns the
/// GFLOP/s reached.
private func tiledProduct(_ a: DenseMatrix<Float>) -> Double {
    let workers = 2, blockRows = 64, tileRows = 2048
    let blocks = stride(from: 0, to: a.rows, by: blockRows).map { a[rows: $0..<min(a.rows, $0 + blockRows)] }
    let tiles = stride(from: 0, to: a.rows, by: tileRows).map { a[rows: $0..<min(a.rows, $0 + tileRows)] }
    let clock = ContinuousClock()
    let start = clock.now
    BLASThreads.with(1) {
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var scores = DenseMatrix<Float>(rows: blockRows, columns: tileRows, repeating: 0)
            for block in stride(from: worker, to: blocks.count, by: workers) {
                for tile in tiles { gemm(blocks[block], tile, transposeB: true, into: &scores) }
            }
            blackHole(scores)
        }
    }
    let seconds = (clock.now - start) / .seconds(1)
    return 2 * Double(a.rows) * Double(a.rows) * Double(a.columns) / seconds / 1e9
}

/// A dense n × width block of unit-scale random floats (the product's speed depends on shapes only).
private func randomBlock(rows: Int, width: Int) -> DenseMatrix<Float> {
    var generator = SplitMix64(seed: 1)
    return DenseMatrix(rows: rows, columns: width, elements: (0..<(rows * width)).map { _ in Float(generator.nextGaussian()) })
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = Corpus.configuration

    Benchmark("CosineSearch.nearestNeighbors(count: 5), every paragraph (scikit-learn defaults)") { benchmark in
        let matrix = rows
        benchmark.startMeasurement()  // fitting (first iteration only) is not what is measured
        Corpus.measure(benchmark) { CosineSearch(matrix).nearestNeighbors(count: 5) }
    }

    // The dense part alone, at the width the search chooses for this corpus and at LSA's 200.
    for width in [CosineSearch(rows).denseColumns, 200] {
        var configuration = Corpus.configuration
        configuration.metrics.append(gigaflops)
        Benchmark("Dense product in 64 × 2048 tiles, n = corpus paragraphs, width \(width) (2 workers)",
                  configuration: configuration) { benchmark in
            let block = randomBlock(rows: rows.rows, width: max(1, width))
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations { benchmark.measurement(gigaflops, Int(tiledProduct(block))) }
        }
    }

    Benchmark("NeighborSelection.offer, top 5 of 10 M scores") { benchmark in
        var generator = SplitMix64(seed: 2)
        let scores = (0..<10_000_000).map { _ in Float(generator.next() >> 40) / Float(1 << 24) }
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            var selection = NeighborSelection(capacity: 5, minimumScore: 0)
            scores.withUnsafeBufferPointer { selection.offer($0) }
            blackHole(selection.neighbors)
        }
    }
}
