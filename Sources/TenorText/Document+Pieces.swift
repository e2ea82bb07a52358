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
        let units = parallelMap(pieces.count) { piece -> [Range<Int>]? in
            bytes.withUnsafeBufferPointer { bytes in
                // A cut is just past a newline, so no UTF-8 sequence spans two pieces.
                TextDecoding.firstInvalidOffset(in: bytes, pieces[piece]) == nil ? splitting.units(of: bytes, in: pieces[piece]) : nil
            }
        }
        guard units.allSatisfy({ $0 != nil }) else { return nil }
        self.init(name: name, text: bytes, units: units.count == 1 ? units[0]! : Self.joined(units.map { $0! }))
    }

    /// The pieces' units end to end, in room taken once (appended as they come, the array would
    /// be copied into fresh pages at each doubling).
    private static func joined(_ pieces: [[Range<Int>]]) -> [Range<Int>] {
        var units: [Range<Int>] = []
        units.reserveCapacity(pieces.reduce(0) { $0 + $1.count })
        for piece in pieces { units.append(contentsOf: piece) }
        return units
    }
}
