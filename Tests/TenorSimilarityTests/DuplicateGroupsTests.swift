import Testing
@testable import TenorSimilarity

@Suite struct DuplicateGroupsTests {
    @Test func exactGroupsIgnoreCaseAndSpacing() {
        let texts = ["The cat sat.", "Other.", "  the CAT\n sat. ", "other", "The cat sat!", "OTHER."]
        // "Other." and "OTHER." match; "other" lacks the full stop; "The cat sat!" differs in its mark.
        #expect(DuplicateGroups.exact(texts) == [[0, 2], [1, 5]])
        #expect(DuplicateGroups.exact(["a", "b"]) == [])
        #expect(DuplicateGroups.exact([]) == [])
    }

    @Test func nearGroupsAreConnectedComponents() {
        // Pairs 0–3 and 3–4 chain 0, 3, 4 together although 0 and 4 are not paired; 1–2 alone.
        let pairs: [[Neighbor]] = [
            [Neighbor(index: 3, score: 0.95)], [Neighbor(index: 2, score: 0.91)], [],
            [Neighbor(index: 4, score: 0.92)], [], [],
        ]
        #expect(DuplicateGroups.connected(by: pairs) == [[0, 3, 4], [1, 2]])
    }
}
