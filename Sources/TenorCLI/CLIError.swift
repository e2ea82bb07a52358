/// A failure the user can act on; its message is one line on standard error.
struct CLIError: Error, CustomStringConvertible {
    enum Kind {
        /// Bad arguments or bad input: exit status 2.
        case usage
        /// Something failed inside Tenor or the system: exit status 1.
        case internalFailure
    }

    let kind: Kind
    let description: String

    static func usage(_ message: String) -> CLIError { CLIError(kind: .usage, description: message) }
    static func failure(_ message: String) -> CLIError { CLIError(kind: .internalFailure, description: message) }

    var exitStatus: Int32 { kind == .usage ? 2 : 1 }
}
