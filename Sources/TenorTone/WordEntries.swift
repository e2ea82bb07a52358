/// The vocabulary's entries by number, read without reference counting.
///
/// Every word of every paragraph reads an entry, on both cores at once. An array handed to each
/// text's helpers is retained and released there: an atomic write to the one cache line both
/// cores keep taking from each other, which cost `tone --engine vader` about a tenth of its time.
/// This view is a pointer and a count, so copying it costs nothing. ``ToneVocabulary`` owns the
/// memory and frees it when it goes; every reader holds the vocabulary while it reads.
struct WordEntries: @unchecked Sendable {
    private let base: UnsafePointer<WordEntry>
    let count: Int

    /// A view of `entries`, which must outlive it.
    init(_ entries: UnsafeBufferPointer<WordEntry>) {
        base = entries.baseAddress!
        count = entries.count
    }

    @inline(__always)
    subscript(index: Int) -> WordEntry {
        precondition(UInt(bitPattern: index) < UInt(count), "no such word entry")
        return base[index]
    }
}
