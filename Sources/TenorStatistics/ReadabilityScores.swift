/// Every readability formula computed from one set of counts.
public struct ReadabilityScores: Sendable, Equatable, Codable {
    public var fleschReadingEase: Score
    public var fleschKincaidGrade: Score
    public var gunningFog: Score
    public var smog: Score
    public var colemanLiau: Score
    public var automatedReadabilityIndex: Score
    public var linsearWrite: Score
    public var daleChall: Score
    public var spache: Score
    /// textstat's `text_standard` (see `Readability.consensusGrade`); Dale–Chall takes part only
    /// when unfamiliar words were counted.
    public var consensusGrade: Score

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
        consensusGrade = Readability.consensusGrade(
            fleschKincaidGrade: fleschKincaidGrade, fleschReadingEase: fleschReadingEase, smog: smog,
            colemanLiau: colemanLiau, automatedReadabilityIndex: automatedReadabilityIndex,
            daleChall: counts.unfamiliarWords == nil ? nil : daleChall,
            linsearWrite: linsearWrite, gunningFog: gunningFog)
    }
}
