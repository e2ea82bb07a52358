// swift-tools-version: 6.1
import PackageDescription

/// libFuzzer targets for Tenor (see Scripts/fuzz). Build only with the fuzzer sanitizer:
/// `swift build --package-path Fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library`.
/// They import Tenor's modules `@testable` (debug builds enable testing), so they can reach
/// the internal scanners and parsers that have no public entry point.
let fuzzTargets = ["FuzzText", "FuzzTokenizer", "FuzzTerms", "FuzzSentences", "FuzzTone", "FuzzLexicon", "FuzzLabels", "FuzzMatrixMarket"]

let package = Package(
    name: "TenorFuzz",
    dependencies: [.package(name: "Tenor", path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "Tenor", package: "Tenor")]),
    ] + fuzzTargets.map { name in
        .executableTarget(name: name, dependencies: ["FuzzSupport", .product(name: "Tenor", package: "Tenor")])
    },
    swiftLanguageModes: [.v6]
)
