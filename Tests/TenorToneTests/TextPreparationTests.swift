import Testing
@testable import TenorTone

/// The eight-bytes-at-a-time search finds the byte a byte-by-byte search finds.
@Suite struct TextPreparationTests {
    @Test func firstCandidateIsTheFirstAmpersandOrCurlyLeadByte() {
        // Knuth's MMIX linear congruential generator, top bits: the same cases on every run.
        var state: UInt64 = 7
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        // Mostly ASCII letters, sometimes `&`, 0xE2, 0xCA or another byte of 0x80 or more.
        let rare: [UInt8] = [0x26, 0xE2, 0xCA, 0xC3, 0xA9, 0x80, 0x25, 0x27]
        for _ in 0..<5_000 {
            let count = next() % 70
            let text = (0..<count).map { _ in next() % 40 == 0 ? rare[next() % rare.count] : UInt8(0x61 + next() % 26) }
            let lower = count == 0 ? 0 : next() % count
            let upper = lower + (count == lower ? 0 : next() % (count - lower + 1))
            let expected = (lower..<upper).first { text[$0] == 0x26 || text[$0] == 0xE2 || text[$0] == 0xCA }
            #expect(text.withUnsafeBufferPointer { TextPreparation.firstCandidate(in: $0, range: lower..<upper) } == expected, "\(text) \(lower)..<\(upper)")
        }
    }
}
