// swift-tools-version: 6.1
// A package of its own (as in apple/swift-collections) so that the library's users never
// resolve the benchmark harness and its dependencies.
import PackageDescription

/// One executable per area; the BenchmarkPlugin generates each one's `main`.
func benchmarkTarget(_ name: String) -> Target {
    .executableTarget(
        name: name,
        dependencies: [
            "BenchmarkCorpus",
            .product(name: "Benchmark", package: "benchmark"),
            .product(name: "Tenor", package: "Tenor"),
        ],
        path: "Benchmarks/\(name)",
        plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
}

let package = Package(
    name: "TenorBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Tenor", path: ".."),
        // Only the malloc interposer: the default traits also pull in a runtime interposer
        // that is not mirrored here and that the metrics below do not need.
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .target(
            name: "BenchmarkCorpus",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Tenor", package: "Tenor"),
            ]
        ),
        benchmarkTarget("SimilarityBenchmarks"),
        benchmarkTarget("StatisticsBenchmarks"),
        benchmarkTarget("TextBenchmarks"),
        benchmarkTarget("ToneBenchmarks"),
        benchmarkTarget("VectorizeBenchmarks"),
    ],
    swiftLanguageModes: [.v6]
)
