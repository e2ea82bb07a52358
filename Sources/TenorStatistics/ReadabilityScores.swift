/// Every readability formula computed from one set of counts.
public struct ReadabilityScores: Sendable, Equatable {
    public var fleschReadingEase: Score
    public var fleschKincaidGrade: Score
    public var gunningFog: Score
    public var smog: Score
    public var colemanLiau: Score
    public var automatedReadabilityIndex: Score
    public var linsearWrite: Score
    public var daleChall: Score
    public var spache: Score
    /// Whether Dale–Chall votes in the consensus (only when unfamiliar words were counted).
    private var daleChallVotes: Bool

    public init(_ counts: ReadabilityCounts) {
        fleschReadingEase = Readability.fleschReadingEase(counts)
        fleschKincaidGrade = Readability.fleschKincaidGrade(counts)
        gunningFog = Readability.gunningFog(counts)
        smog = Readability.smog(counts)
        colemanLiau = Readability.colemanLiau(counts)
        automatedReadabilityIndex = Readability.automatedReadabilityIndex(counts)
        linsearWrite = Readability.linsearWrite(counts)
        daleChall = Readability.daleChall(counts)
        spache = Readability.spache(counts)
        daleChallVotes = counts.unfamiliarWords != nil
    }

    /// textstat's `text_standard` (see `Readability.consensusGrade`), worked out from the other
    /// scores when asked for — views that do not show it (CSV and TSV of `tenor stats`) never
    /// pay for it.
    public var consensusGrade: Score {
        Readability.consensusGrade(
            fleschKincaidGrade: fleschKincaidGrade, fleschReadingEase: fleschReadingEase, smog: smog,
            colemanLiau: colemanLiau, automatedReadabilityIndex: automatedReadabilityIndex,
            daleChall: daleChallVotes ? daleChall : nil, linsearWrite: linsearWrite, gunningFog: gunningFog)
    }
}

extension ReadabilityScores: Codable {
    private enum CodingKeys: String, CodingKey {
        case fleschReadingEase, fleschKincaidGrade, gunningFog, smog, colemanLiau, automatedReadabilityIndex
        case linsearWrite, daleChall, spache, consensusGrade
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        fleschReadingEase = try container.decode(Score.self, forKey: .fleschReadingEase)
        fleschKincaidGrade = try container.decode(Score.self, forKey: .fleschKincaidGrade)
        gunningFog = try container.decode(Score.self, forKey: .gunningFog)
        smog = try container.decode(Score.self, forKey: .smog)
        colemanLiau = try container.decode(Score.self, forKey: .colemanLiau)
        automatedReadabilityIndex = try container.decode(Score.self, forKey: .automatedReadabilityIndex)
        linsearWrite = try container.decode(Score.self, forKey: .linsearWrite)
        daleChall = try container.decode(Score.self, forKey: .daleChall)
        spache = try container.decode(Score.self, forKey: .spache)
        // A Dale–Chall score exists only when unfamiliar words were counted.
        daleChallVotes = daleChall.value != nil
    }

    /// All scores, the consensus grade included.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(fleschReadingEase, forKey: .fleschReadingEase)
        try container.encode(fleschKincaidGrade, forKey: .fleschKincaidGrade)
        try container.encode(gunningFog, forKey: .gunningFog)
        try container.encode(smog, forKey: .smog)
        try container.encode(colemanLiau, forKey: .colemanLiau)
        try container.encode(automatedReadabilityIndex, forKey: .automatedReadabilityIndex)
        try container.encode(linsearWrite, forKey: .linsearWrite)
        try container.encode(daleChall, forKey: .daleChall)
        try container.encode(spache, forKey: .spache)
        try container.encode(consensusGrade, forKey: .consensusGrade)
    }
}
