/// One text with the rating a person gave it, and the line it was read from (for messages).
public struct LabelledText: Sendable, Equatable {
    public var text: String
    public var rating: Double
    public var line: Int

    public init(text: String, rating: Double, line: Int) {
        self.text = text
        self.rating = rating
        self.line = line
    }
}
