// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Tenor",
    products: [
        .library(name: "Tenor", targets: ["Tenor"]),
        .executable(name: "tenor", targets: ["tenor"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
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
        .executableTarget(
            name: "tenor",
            dependencies: ["Tenor", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        .testTarget(name: "TenorTextTests", dependencies: ["TenorText"]),
        .testTarget(name: "TenorLinearAlgebraTests", dependencies: ["TenorLinearAlgebra"]),
        .testTarget(name: "TenorVectorizeTests", dependencies: ["TenorVectorize"]),
        .testTarget(name: "TenorStatisticsTests", dependencies: ["TenorStatistics", "TenorText", "TenorVectorize"]),
        .testTarget(name: "TenorToneTests", dependencies: ["TenorTone", "TenorText"]),
        .testTarget(name: "TenorSimilarityTests", dependencies: ["TenorSimilarity", "TenorVectorize", "TenorText"]),
        .testTarget(name: "TenorTests", dependencies: ["Tenor"]),
        .testTarget(name: "tenorCLITests", dependencies: ["tenor"]),
        .testTarget(
            name: "TenorPropertyTests",
            dependencies: ["Tenor", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
