extension Vocabulary {
    /// Writes the terms one a line (UTF-8, each followed by `\n`), in column order, handing
    /// `sink` up to a megabyte at a time.
    ///
    /// The terms are copied straight from the vocabulary's storage into one reused buffer: a
    /// vocabulary of n-grams has over a million terms, and a slice or a string per term would
    /// cost more than the writing.
    public func writeLines(to sink: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 1)
        defer { buffer.deallocate() }
        var filled = 0
        try withStorage { arena, starts in
            for column in indices {
                let term = UnsafeRawBufferPointer(rebasing: arena[starts[column]..<starts[column + 1]])
                if filled + term.count + 1 > buffer.count {
                    try sink(UnsafeRawBufferPointer(rebasing: buffer[..<filled]))
                    filled = 0
                    if term.count + 1 > buffer.count {          // a term longer than the buffer
                        try sink(term)
                        buffer[0] = 0x0A
                        filled = 1
                        continue
                    }
                }
                UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]).copyMemory(from: term)
                buffer[filled + term.count] = 0x0A
                filled += term.count + 1
            }
        }
        try sink(UnsafeRawBufferPointer(rebasing: buffer[..<filled]))
    }
}
