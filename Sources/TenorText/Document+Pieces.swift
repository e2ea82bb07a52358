import TenorSupport

extension Document {
    /// Texts this large are checked and split in pieces, one per core; below it a thread costs
    /// more than it saves.
    static let piecewiseSize = 1 << 20

    /// The document of `bytes` if they are UTF-8 without a byte-order mark, checked and split
    /// in pieces at once when large (cut at unit boundaries, so the units are those of one
    /// pass); nil otherwise, for the caller's one-pass path to drop the mark, replace bad bytes
    /// or say where the text is not UTF-8.
    package init?(name: String, checking bytes: TextBytes, splitting: ParagraphSplitting) {
        guard !bytes.starts(with: [0xEF, 0xBB, 0xBF]) else { return nil }
        let pieces = bytes.withUnsafeBufferPointer { splitting.pieces(of: $0, parts: $0.count < Self.piecewiseSize ? 1 : availableWorkers) }
        var units = parallelMap(pieces.count) { piece -> [Range<Int>]? in
            bytes.withUnsafeBufferPointer { bytes in
                // A cut is just past a newline, so no UTF-8 sequence spans two pieces.
                guard TextDecoding.firstInvalidOffset(in: bytes, pieces[piece]) == nil else { return nil }
                // The first piece's array has room for the whole text's units, for the others
                // to join it there: copied once, on one core, into pages not yet touched.
                return splitting.units(of: bytes, in: pieces[piece], roomFor: piece == 0 ? bytes.count : nil)
            }
        }
        guard units.allSatisfy({ $0 != nil }) else { return nil }
        var joined = units[0].take()!
        for piece in units.indices.dropFirst() { joined.append(contentsOf: units[piece]!) }
        self.init(name: name, text: bytes, units: joined)
    }
}
