/// A path as the file system knows it — bytes, which on Linux need not be UTF-8 — and as Tenor
/// shows it: valid UTF-8 as it is, every byte that is not part of valid UTF-8 as `\xHH`
/// (`caf\xE9.txt`). Tenor opens files by their bytes, so no file is dropped for its name.
struct BytePath: Hashable, CustomStringConvertible {
    let bytes: [UInt8]

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// A path given on the command line, by the argument's own bytes even when they are not
    /// UTF-8 (the argument then reaches the parser in its shown form, see ``CommandLineArguments``).
    init(argument: String) {
        bytes = CommandLineArguments.shared.rawBytes[argument] ?? Array(argument.utf8)
    }

    static let standardInput = BytePath(bytes: [UInt8(ascii: "-")])

    var isStandardInput: Bool { self == Self.standardInput }

    /// The path of the entry `name` inside this folder.
    func appending(_ name: [UInt8]) -> BytePath {
        BytePath(bytes: bytes.last == UInt8(ascii: "/") ? bytes + name : bytes + [UInt8(ascii: "/")] + name)
    }

    /// The last component (after the last `/`).
    var lastComponent: ArraySlice<UInt8> {
        bytes[(bytes.lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? 0)...]
    }

    /// The shown form: valid UTF-8 as it is, any other byte as `\xHH`.
    var description: String { Self.shown(bytes) }

    /// How messages name it: `standard input` for `-`, else the shown form in quotes.
    var quoted: String { isStandardInput ? "standard input" : "'\(self)'" }

    /// Calls `body` with the path as a NUL-terminated C string.
    func withCString<Result>(_ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
        try (bytes + [0]).withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) }
        }
    }

    /// `bytes` decoded as UTF-8, each byte of an invalid sequence written as `\xHH`.
    static func shown(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var shown = ""
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                shown.unicodeScalars.append(Unicode.UTF8.decode(encoded))
                offset += encoded.count
            case .error(let length):
                for byte in bytes[offset..<offset + length] {
                    shown += "\\x" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true)
                }
                offset += length
            case .emptyInput:
                return shown
            }
        }
    }
}
