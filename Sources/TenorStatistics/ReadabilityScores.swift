/// Every readability formula computed from one set of counts.
public struct ReadabilityScores: Sendable, Equatable, Codable {
    public var fleschReadingEase: ReadabilityScore
    public var fleschKincaidGrade: ReadabilityScore
    public var gunningFog: ReadabilityScore
    public var smog: ReadabilityScore
    public var colemanLiau: ReadabilityScore
    public var automatedReadabilityIndex: ReadabilityScore
    public var linsearWrite: ReadabilityScore
    public var daleChall: ReadabilityScore
    public var spache: ReadabilityScore
    /// textstat's `text_standard` (see `Readability.consensusGrade`); Dale–Chall takes part only
    /// when unfamiliar words were counted.
    public var consensusGrade: ReadabilityScore

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
