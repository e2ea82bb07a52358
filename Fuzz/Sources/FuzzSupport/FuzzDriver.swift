#if canImport(Glibc)
import Glibc
#endif

/// libFuzzer's entry point for a program with a `main` of its own.
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// Runs libFuzzer with the process's arguments, calling `callback` with each input.
///
/// SwiftPM links an executable's `main` to its module's entry point, which takes the place of
/// libFuzzer's own `main`; so each target's `main.swift` hands its test function to libFuzzer
/// here, and also exports it as `LLVMFuzzerTestOneInput`, which libFuzzer's (unused) `main`
/// refers to.
public func runFuzzer(_ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Never {
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(runDriver(&argc, &argv, callback))
}

/// The input as an array (an empty input may come as a null pointer).
public func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    guard let data, size > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: size))
}
