import Foundation
import Tenor
import Testing

/// The commands that compute with BLAS start OpenBLAS with the kernels the processor supports
/// (``OpenBLASCoreType``): seen in what OpenBLAS itself reports at load (`OPENBLAS_VERBOSE=2`).
@Suite struct OpenBLASKernelTests {
    /// The system's BLAS is OpenBLAS built for every processor, which reports the kernels it
    /// loads, and the processor has AVX2 at least, so that the flags name kernels.
    static let applies: Bool = {
        guard let blas = dlopen("libblas.so.3", RTLD_NOW) else { return false }
        return dlsym(blas, "openblas_get_corename") != nil
            && OpenBLASCoreType.coreType(forFlags: OpenBLASCoreType.processorFlags()) != nil
    }()
    static let userChoseNone = ProcessInfo.processInfo.environment["OPENBLAS_CORETYPE"] == nil
    static let corpus = "The cat sat on the mat.\n\nThe dog sat on the mat.\n\nBirds fly south.\n"

    /// The kernels OpenBLAS says it loaded for `tenor similar`.
    static func loadedCore(environment: [String: String] = [:]) throws -> String? {
        let result = try TenorRunner.run(["similar", "--top", "1", "-"], input: corpus,
                                         environment: environment.merging(["OPENBLAS_VERBOSE": "2"]) { $1 })
        #expect(result.status == 0, "\(result.error)")
        return result.error.split(separator: "\n").first { $0.hasPrefix("Core: ") }.map { String($0.dropFirst(6)) }
    }

    @Test(.enabled(if: applies, "the BLAS is not a multi-processor OpenBLAS, or the processor has no AVX2"),
          .enabled(if: userChoseNone, "OPENBLAS_CORETYPE is set in this environment"))
    func similarLoadsTheKernelsTheProcessorSupports() throws {
        let expected = OpenBLASCoreType.coreType(forFlags: OpenBLASCoreType.processorFlags())
        #expect(try Self.loadedCore()?.lowercased() == expected?.lowercased())
    }

    /// A core type the user names is left alone, however old.
    @Test(.enabled(if: applies, "the BLAS is not a multi-processor OpenBLAS, or the processor has no AVX2"))
    func aCoreTypeTheUserSetStands() throws {
        #expect(try Self.loadedCore(environment: ["OPENBLAS_CORETYPE": "Prescott"]) == "Prescott")
    }
}
