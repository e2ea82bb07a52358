/// What to write instead of an option value that does not parse; argument-parser appends it to
/// "The value 'x' is invalid for '--option'".
struct ArgumentMessage: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
