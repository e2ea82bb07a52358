#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's arguments as the argument parser gets them. An argument that is not valid
/// UTF-8 (a file name such as `caf\xE9.txt`) reaches the parser in its shown form (see
/// ``BytePath``), and its bytes are kept here so that the path opens the file it names.
struct CommandLineArguments: Sendable {
    /// Every argument after the program's name.
    let strings: [String]
    /// The bytes of the arguments that are not UTF-8, by their shown form.
    let rawBytes: [String: [UInt8]]

    static let shared = CommandLineArguments(
        (1..<Int(CommandLine.argc)).map { index in
            let argument = CommandLine.unsafeArgv[index]!
            return Array(UnsafeBufferPointer(start: argument, count: strlen(argument))).map { UInt8(bitPattern: $0) }
        })

    init(_ arguments: [[UInt8]]) {
        var strings: [String] = []
        var rawBytes: [String: [UInt8]] = [:]
        for bytes in arguments {
            let shown = BytePath.shown(bytes)
            if String(validating: bytes, as: UTF8.self) == nil { rawBytes[shown] = bytes }
            strings.append(shown)
        }
        self.strings = strings
        self.rawBytes = rawBytes
    }
}
