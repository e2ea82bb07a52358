// swift-tools-version: 6.1
// A program that uses Tenor as a library, as a user's package would: it depends on the
// repository by path and runs README's library example. Scripts/check-library-use builds and
// runs it (Scripts/test calls that script).
import PackageDescription

let package = Package(
    name: "LibraryUse",
    dependencies: [.package(name: "Tenor", path: "../..")],
    targets: [
        // README's example, with the umbrella product.
        .executableTarget(name: "LibraryUse", dependencies: [.product(name: "Tenor", package: "Tenor")]),
        // The vectorizer product alone: it must link no BLAS or LAPACK.
        .executableTarget(name: "VectorizeOnly", dependencies: [.product(name: "TenorVectorize", package: "Tenor")]),
    ],
    swiftLanguageModes: [.v6]
)
