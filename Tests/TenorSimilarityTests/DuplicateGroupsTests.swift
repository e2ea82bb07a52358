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
}
