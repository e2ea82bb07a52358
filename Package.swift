// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Tenor",
    products: [
        // One product per capability, so a program that only vectorizes links no BLAS or LAPACK,
        // and the umbrella `Tenor` for everything (as swift-collections does).
        .library(name: "TenorVectorize", targets: ["TenorVectorize"]),
        .library(name: "TenorStatistics", targets: ["TenorStatistics"]),
        .library(name: "TenorTone", targets: ["TenorTone"]),
        .library(name: "TenorSimilarity", targets: ["TenorSimilarity"]),
        .library(name: "Tenor", targets: ["Tenor"]),
        .library(name: "TenorHTML", targets: ["TenorHTML"]),
        .executable(name: "tenor", targets: ["tenor"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // C shims: system BLAS (cblas.h), the Fortran LAPACK routines we call, glibc's malloc tuning.
        .systemLibrary(name: "CBLAS", path: "Sources/CBLAS"),
        .systemLibrary(name: "CLAPACK", path: "Sources/CLAPACK"),
        .systemLibrary(name: "CMalloc", path: "Sources/CMalloc"),

        // Machinery the capabilities share and users never call: parallel loops, ordered blocks,
        // huge pages, the UTF-8 scanner and the term table (`package` access only).
        .target(name: "TenorSupport"),
        .target(name: "TenorText", dependencies: ["TenorSupport"]),
        .target(name: "TenorMatrix"),
        .target(name: "TenorLinearAlgebra", dependencies: ["TenorMatrix", "CBLAS", "CLAPACK"]),
        .target(name: "TenorVectorize", dependencies: ["TenorSupport", "TenorText", "TenorMatrix"]),
        .target(name: "TenorStatistics", dependencies: ["TenorSupport", "TenorText", "TenorVectorize"]),
        .target(name: "TenorTone", dependencies: ["TenorSupport", "TenorText", "TenorLinearAlgebra", "TenorVectorize"]),
        .target(name: "TenorSimilarity", dependencies: ["TenorSupport", "TenorText", "TenorLinearAlgebra", "TenorVectorize"]),
        .target(name: "Tenor", dependencies: ["TenorSupport", "TenorText", "TenorLinearAlgebra", "TenorVectorize", "TenorStatistics", "TenorTone", "TenorSimilarity"]),
        // The HTML report page: a Mustache template (escaping by default) filled from a report.
        .target(name: "TenorHTML", dependencies: ["TenorSupport", "Tenor", .product(name: "Mustache", package: "swift-mustache")]),
        .target(
            name: "TenorCLI",
            dependencies: ["TenorSupport", "Tenor", "TenorHTML", "CMalloc", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(name: "tenor", dependencies: ["TenorCLI"]),

        .testTarget(name: "TenorSupportTests", dependencies: ["TenorSupport"]),
        .testTarget(name: "TenorTextTests", dependencies: ["TenorText"]),
        .testTarget(name: "TenorLinearAlgebraTests", dependencies: ["TenorLinearAlgebra"]),
        .testTarget(name: "TenorVectorizeTests", dependencies: ["TenorVectorize", "TenorMatrix"]),
        .testTarget(name: "TenorStatisticsTests", dependencies: ["TenorStatistics", "TenorText", "TenorVectorize"]),
        .testTarget(name: "TenorToneTests", dependencies: ["TenorTone", "TenorText"]),
        .testTarget(name: "TenorSimilarityTests", dependencies: ["TenorSimilarity", "TenorVectorize", "TenorText"]),
        .testTarget(name: "TenorTests", dependencies: ["Tenor"]),
        .testTarget(name: "TenorHTMLTests", dependencies: ["TenorHTML", "Tenor"]),
        .testTarget(name: "TenorCLITests", dependencies: ["TenorCLI", "TenorSupport", "TenorText", "tenor"]),
        .testTarget(
            name: "TenorPropertyTests",
            dependencies: ["Tenor", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
