extension ToneScores {
    private enum CodingKeys: String, CodingKey {
        case compound, positive, neutral, negative, label
    }

    /// The four figures and, for readers of the JSON, the label they give (derived, so it is
    /// not read back).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(compound, forKey: .compound)
        try container.encode(positive, forKey: .positive)
        try container.encode(neutral, forKey: .neutral)
        try container.encode(negative, forKey: .negative)
        try container.encode(label, forKey: .label)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            compound: try container.decode(Double.self, forKey: .compound),
            positive: try container.decode(Double.self, forKey: .positive),
            neutral: try container.decode(Double.self, forKey: .neutral),
            negative: try container.decode(Double.self, forKey: .negative))
    }
}
