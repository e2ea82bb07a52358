#if canImport(Glibc)
import Glibc
#endif

/// OpenBLAS's kernels named by what the processor can do, for a processor OpenBLAS does not know.
///
/// OpenBLAS built for every x86 processor, as Debian's is, picks its kernels when it is loaded,
/// by the processor's model number. A model newer than the library is unknown to it, and it
/// falls back to its oldest kernels (Prescott: SSE3, no AVX). Debian 12's OpenBLAS 0.3.21 (2022)
/// does not know the Intel Xeon of this project's 2026 host (family 6, model 207): `tenor
/// similar` on 10,000 paragraphs took 0.55–0.89 s with the Prescott kernels and 0.31–0.39 s
/// with the AVX-512 ones, which OpenBLAS itself picks for the models it knows to have AVX-512.
/// `OPENBLAS_CORETYPE`, read at load, names the kernels; set by the user, it is left alone.
package enum OpenBLASCoreType {
    /// The core type whose kernels suit a processor with the `/proc/cpuinfo` `flags`: SkylakeX
    /// with AVX-512 (F, CD, BW, DQ and VL, what those kernels use), Haswell with AVX2 and FMA;
    /// nil without (OpenBLAS's own choice then stands).
    package static func coreType<Flags: Collection<Substring>>(forFlags flags: Flags) -> String? {
        let flags = Set(flags)
        if ["avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl"].allSatisfy(flags.contains) { return "SkylakeX" }
        if ["avx2", "fma"].allSatisfy(flags.contains) { return "Haswell" }
        return nil
    }

    /// The flags of the first processor in `/proc/cpuinfo` (its `flags` line; empty off Linux or
    /// when it cannot be read). Read a line at a time up to that line: on a machine of many cores
    /// the whole file is long, and every processor lists the same flags.
    package static func processorFlags() -> [Substring] {
        #if os(Linux)
        guard let file = fopen("/proc/cpuinfo", "r") else { return [] }
        defer { fclose(file) }
        var line: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(line) }
        while getline(&line, &capacity, file) > 0, let line {
            let text = String(cString: line)
            guard text.hasPrefix("flags"), let colon = text.firstIndex(of: ":") else { continue }
            return text[text.index(after: colon)...].split(whereSeparator: \.isWhitespace)
        }
        #endif
        return []
    }

    /// Sets `OPENBLAS_CORETYPE` from the processor's flags, unless it is set. Call before BLAS is
    /// loaded and before any thread starts (`setenv` is not safe beside a thread reading the
    /// environment).
    package static func chooseUnlessSet() {
        guard getenv("OPENBLAS_CORETYPE") == nil, let coreType = coreType(forFlags: processorFlags()) else { return }
        setenv("OPENBLAS_CORETYPE", coreType, 0)
    }
}
