// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Tenor",
    products: [
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
        // C shims: system BLAS (cblas.h) and the Fortran LAPACK routines we call.
        .systemLibrary(name: "CBLAS", path: "Sources/CBLAS"),
        .systemLibrary(name: "CLAPACK", path: "Sources/CLAPACK"),

        .target(name: "TenorText"),
        .target(name: "TenorLinearAlgebra", dependencies: ["CBLAS", "CLAPACK"]),
        .target(name: "TenorVectorize", dependencies: ["TenorText", "TenorLinearAlgebra"]),
        .target(name: "TenorStatistics", dependencies: ["TenorText", "TenorVectorize"]),
        .target(name: "TenorTone", dependencies: ["TenorText", "TenorLinearAlgebra", "TenorVectorize"]),
        .target(name: "TenorSimilarity", dependencies: ["TenorText", "TenorLinearAlgebra", "TenorVectorize"]),
        .target(name: "Tenor", dependencies: ["TenorText", "TenorLinearAlgebra", "TenorVectorize", "TenorStatistics", "TenorTone", "TenorSimilarity"]),
        // The HTML report page: a Mustache template (escaping by default) filled from a Report.
        .target(name: "TenorHTML", dependencies: ["Tenor", .product(name: "Mustache", package: "swift-mustache")]),
        .executableTarget(
            name: "tenor",
            dependencies: ["Tenor", "TenorHTML", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        .testTarget(name: "TenorTextTests", dependencies: ["TenorText"]),
        .testTarget(name: "TenorLinearAlgebraTests", dependencies: ["TenorLinearAlgebra"]),
        .testTarget(name: "TenorVectorizeTests", dependencies: ["TenorVectorize"]),
        .testTarget(name: "TenorStatisticsTests", dependencies: ["TenorStatistics", "TenorText", "TenorVectorize"]),
        .testTarget(name: "TenorToneTests", dependencies: ["TenorTone", "TenorText"]),
        .testTarget(name: "TenorSimilarityTests", dependencies: ["TenorSimilarity", "TenorVectorize", "TenorText"]),
        .testTarget(name: "TenorTests", dependencies: ["Tenor"]),
        .testTarget(name: "TenorHTMLTests", dependencies: ["TenorHTML", "Tenor"]),
        .testTarget(name: "tenorCLITests", dependencies: ["tenor"]),
        .testTarget(
            name: "TenorPropertyTests",
            dependencies: ["Tenor", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
