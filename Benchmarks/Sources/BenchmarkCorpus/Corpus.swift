import Benchmark
import Foundation
import Tenor

/// The text every benchmark measures, and the harness settings they share.
///
/// The corpus is the file `$TENOR_CORPUS` when set (`synthetic` forces the generated text),
/// else `shared/corpora/small.txt` beside the repository when present (real prose, the file
/// the reference figures use), else a synthetic text generated here, so that the benchmarks
/// also run on a machine without `shared/`.
public enum Corpus {
    /// The corpus split into paragraphs, loaded (and decoded) once, outside any measurement.
    public static let document: Document = {
        let (name, bytes) = load()
        do throws(DocumentError) {
            return try Document(name: name, bytes: bytes)
        } catch {
            fatalError(error.description)
        }
    }()

    /// Corpus passes per second scaled by the corpus size, so runs on corpora of different
    /// sizes read alike. The harness only scales by powers of ten, hence a custom metric.
    public static let bytesPerSecond = BenchmarkMetric.custom(
        "Throughput (bytes/s)", polarity: .prefersLarger, useScalingFactor: false)

    /// Settings for every benchmark: the requested metrics, and the corpus named in the tags
    /// so that results from different corpora are never compared as one benchmark.
    public static var configuration: Benchmark.Configuration {
        .init(
            metrics: [.wallClock, .throughput, bytesPerSecond, .mallocCountTotal, .peakMemoryResident],
            tags: ["corpus": document.name, "bytes": String(document.text.count)],
            maxDuration: .seconds(3),
            maxIterations: 1_000,
            thresholds: tolerances
        )
    }

    /// How far a run may fall behind the committed thresholds (`Thresholds/`, the p90 of each
    /// metric) before `Scripts/check-benchmark-baseline` fails: generous on time, because two
    /// shared cores make run-to-run noise of ±10% common (and far more when others build);
    /// tight on allocations, which change with the code (a few come and go with the harness,
    /// hence relative).
    static var tolerances: [BenchmarkMetric: BenchmarkThresholds] {
        [
            .wallClock: .init(relative: [.p90: 25]),
            .throughput: .init(relative: [.p90: 25]),
            bytesPerSecond: .init(relative: [.p90: 25]),
            .mallocCountTotal: .init(relative: [.p90: 2]),
            .peakMemoryResident: .init(relative: [.p90: 20]),
        ]
    }

    /// Runs `body` (one pass over the corpus) and records its byte throughput.
    public static func measure<Result>(_ benchmark: Benchmark, _ body: () throws -> Result) rethrows {
        let clock = ContinuousClock()
        let start = clock.now
        blackHole(try body())
        let seconds = (clock.now - start) / .seconds(1)
        benchmark.measurement(bytesPerSecond, Int(Double(document.text.count) / seconds))
    }

    private static func load() -> (name: String, bytes: [UInt8]) {
        let requested = ProcessInfo.processInfo.environment["TENOR_CORPUS"] ?? ""
        if requested == "synthetic" { return synthetic() }
        if !requested.isEmpty {
            // An explicit request must not silently fall back to another corpus.
            guard let data = FileManager.default.contents(atPath: requested) else {
                fatalError("TENOR_CORPUS=\(requested): cannot read the file")
            }
            return (URL(fileURLWithPath: requested).lastPathComponent, Array(data))
        }
        // This file is <repo>/Benchmarks/Sources/BenchmarkCorpus/Corpus.swift.
        var repository = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { repository.deleteLastPathComponent() }
        let shared = repository.deletingLastPathComponent().appendingPathComponent("shared/corpora/small.txt")
        guard let data = FileManager.default.contents(atPath: shared.path) else { return synthetic() }
        return ("small.txt", Array(data))
    }

    private static func synthetic() -> (name: String, bytes: [UInt8]) {
        ("synthetic", SyntheticCorpus.text(paragraphs: 3_000))
    }
}
