import Testing
@testable import TenorLinearAlgebra

/// The OpenBLAS kernels named from a processor's `/proc/cpuinfo` flags (``OpenBLASCoreType``).
@Suite struct OpenBLASCoreTypeTests {
    /// Flags as Linux lists them (abridged from real machines).
    static let xeonWithAVX512 = "fpu sse sse2 ssse3 fma sse4_1 sse4_2 avx f16c avx2 avx512f avx512dq avx512cd avx512bw avx512vl avx512_bf16"
    static let zen3 = "fpu sse sse2 ssse3 fma sse4_1 sse4_2 avx f16c avx2 bmi2 sha_ni vaes"
    /// Knights Landing: AVX-512 F and CD but not BW, DQ or VL, which the SkylakeX kernels use.
    static let knightsLanding = "fpu sse sse2 ssse3 fma sse4_1 sse4_2 avx avx2 avx512f avx512cd avx512er avx512pf"
    static let sandyBridge = "fpu sse sse2 ssse3 sse4_1 sse4_2 avx"

    @Test func kernelsFollowTheFeatures() {
        func coreType(_ flags: String) -> String? { OpenBLASCoreType.coreType(forFlags: flags.split(separator: " ")) }
        #expect(coreType(Self.xeonWithAVX512) == "SkylakeX")
        #expect(coreType(Self.zen3) == "Haswell")
        #expect(coreType(Self.knightsLanding) == "Haswell")
        // Without AVX2 OpenBLAS's own choice stands.
        #expect(coreType(Self.sandyBridge) == nil)
        #expect(coreType("") == nil)
    }

    #if os(Linux) && arch(x86_64)
    /// Every x86-64 processor has SSE2, and Linux lists the first processor's flags.
    @Test func readsThisProcessorsFlags() {
        let flags = OpenBLASCoreType.processorFlags()
        #expect(flags.contains("sse2"))
        #expect(flags.allSatisfy { !$0.isEmpty && !$0.contains(":") })
    }
    #endif
}
