import Foundation
import Testing
@testable import TenorStatistics

/// The word-type numbers spilled to an unnamed temporary file. Serialized: the second test cuts
/// short the spill file it finds open, which must be its own.
@Suite(.serialized) struct TypeSpillTests {
    /// 2.5 million tokens, more than two runs of the type numbers, added with spilling: most
    /// numbers go to the temporary file, and every measure (MATTR and MTLD read them back,
    /// forwards and backwards) is the in-memory value, bit for bit.
    @Test func spilledTypeNumbersGiveTheSameMeasures() throws {
        let tokens = LexicalDiversityTests.skewedTokens(2_500_000, types: 30_000, seed: 7)
        let whole = LexicalDiversity(of: tokens)
        var builder = LexicalDiversity.Builder<Int32>(spillingToDisk: true)
        for start in stride(from: 0, to: tokens.count, by: 100_000) {
            builder.append(contentsOf: tokens[start..<min(start + 100_000, tokens.count)])
        }
        let spilled = builder.diversity
        #expect(spilled.typeSequence.countOnDisk == 2 * TypeSequence.runLength)
        #expect(spilled.tokenCount == whole.tokenCount)
        #expect(spilled.movingAverageTypeTokenRatio() == whole.movingAverageTypeTokenRatio())
        #expect(spilled.movingAverageTypeTokenRatio(window: 7) == whole.movingAverageTypeTokenRatio(window: 7))
        #expect(spilled.measureOfTextualLexicalDiversity() == whole.measureOfTextualLexicalDiversity())
        #expect(spilled.yulesK == whole.yulesK)
        #expect(spilled == whole)
    }

    /// A spill file that can no longer be read back (here cut to nothing, as a failing disk
    /// would leave it unreadable): the measures that read it, MATTR and MTLD, say why they are
    /// missing; those kept in memory (Yule's K, counts) stay.
    @Test func anUnreadableSpillLeavesItsMeasuresMissingWithAReason() throws {
        let before = Self.spillDescriptors()
        let tokens = LexicalDiversityTests.skewedTokens(2_500_000, types: 30_000, seed: 11)
        var builder = LexicalDiversity.Builder<Int32>(spillingToDisk: true)
        builder.append(contentsOf: tokens[...])
        let diversity = builder.diversity
        let spills = Self.spillDescriptors().subtracting(before)
        #expect(spills.count == 1 && diversity.typeSequence.countOnDisk > 0)
        for descriptor in spills { #expect(ftruncate(descriptor, 0) == 0) }
        #expect(diversity.movingAverageTypeTokenRatio().value == nil)
        #expect(diversity.movingAverageTypeTokenRatio().reason == TypeSequence.unreadable)
        #expect(diversity.measureOfTextualLexicalDiversity().reason == TypeSequence.unreadable)
        #expect(diversity.yulesK.value != nil && diversity.tokenCount == 2_500_000)
    }

    /// This process's descriptors open on a (deleted) spill file.
    private static func spillDescriptors() -> Set<Int32> {
        let folder = "/proc/self/fd"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return Set(names.compactMap { name in
            let target = try? FileManager.default.destinationOfSymbolicLink(atPath: folder + "/" + name)
            return target.map { $0.contains("/tenor-types-") && $0.hasSuffix("(deleted)") } == true ? Int32(name) : nil
        })
    }
}
