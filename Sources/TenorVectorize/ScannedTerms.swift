/// The terms a scanner found in one paragraph, in order: spans of one byte buffer that is
/// reused from paragraph to paragraph.
///
/// A scanner hands the counter a whole paragraph's terms at once rather than calling back per
/// term, so the counting loop runs without a closure call per term. A scanner either writes
/// bytes straight into ``bytes`` and records spans of them, or builds terms byte by byte after
/// ``appendingStart`` (``addByte(_:)``, ``finishTerm(keep:)``). Eight bytes can always be read
/// from the start of any term (the buffer keeps that much slack), so a term's first eight bytes
/// are one load and a mask.
struct ScannedTerms: ~Copyable {
    /// Where a term sits in ``bytes``.
    struct Span {
        var start: Int32
        var count: Int32
    }

    private(set) var bytes: UnsafeMutableBufferPointer<UInt8>
    private(set) var spans: UnsafeMutableBufferPointer<Span>
    private(set) var count = 0
    /// Where the term being built starts, and where its next byte goes.
    private var termStart = 0
    private var end = 0

    /// Bytes readable past the end of the last term.
    static let slack = 8

    init() {
        bytes = Self.zeroed(1024)
        spans = .allocate(capacity: 256)
    }

    deinit {
        bytes.deallocate()
        spans.deallocate()
    }

    /// Forgets the terms and makes room for `byteCount` bytes of terms (plus the slack) and
    /// `termCount` spans, keeping the old buffers when they are big enough. Built terms go from
    /// `appendingStart` on (after whatever the scanner writes in place before it).
    mutating func reset(byteCount: Int, termCount: Int, appendingStart: Int = 0) {
        count = 0
        termStart = appendingStart
        end = appendingStart
        if byteCount + Self.slack > bytes.count {
            bytes.deallocate()
            bytes = Self.zeroed(max(byteCount + Self.slack, 2 * bytes.count))
        }
        if termCount > spans.count {
            spans.deallocate()
            spans = .allocate(capacity: max(termCount, 2 * spans.count))
        }
    }

    /// A byte buffer initialized once, so that reading the slack past a term never reads
    /// uninitialized memory (what the bytes hold there does not matter: prefixes mask it off).
    private static func zeroed(_ capacity: Int) -> UnsafeMutableBufferPointer<UInt8> {
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: capacity)
        buffer.initialize(repeating: 0)
        return buffer
    }

    /// Adds the term the scanner wrote at `bytes[start..<(start + length)]`; the caller
    /// reserved room for it.
    @inline(__always)
    mutating func append(start: Int, count length: Int) {
        append(start: start, count: length, keep: true)
    }

    /// Records the span `start..<(start + length)` of ``bytes``, and adds it as a term when
    /// `keep`: the span is written either way (the room asked for leaves one place spare past
    /// the terms, since every term is followed by a byte of no term), so that a scanner
    /// deciding per run takes no branch on it.
    @inline(__always)
    mutating func append(start: Int, count length: Int, keep: Bool) {
        spans[count] = Span(start: Int32(start), count: Int32(length))
        count &+= keep ? 1 : 0
    }

    /// Adds a byte to the term being built.
    @inline(__always)
    mutating func addByte(_ byte: UInt8) {
        precondition(end + Self.slack < bytes.count, "ScannedTerms: no room reserved")
        bytes[end] = byte
        end += 1
    }

    /// Ends the term being built: kept as a term, or its bytes given back.
    @inline(__always)
    mutating func finishTerm(keep: Bool) {
        if keep {
            precondition(count < spans.count, "ScannedTerms: no room reserved")
            append(start: termStart, count: end - termStart)
            termStart = end
        } else {
            end = termStart
        }
    }

    /// The bytes of term `index`.
    @inline(__always)
    func term(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        let span = spans[index]
        return UnsafeBufferPointer(start: bytes.baseAddress! + Int(span.start), count: Int(span.count))
    }

    /// The first eight bytes of term `index`, little-endian and zero-padded: one load, masked.
    @inline(__always)
    func prefix(_ index: Int) -> UInt64 {
        let span = spans[index]
        let word = UnsafeRawPointer(bytes.baseAddress! + Int(span.start)).loadUnaligned(as: UInt64.self)
        return span.count >= 8 ? word : word & ((1 &<< (UInt64(truncatingIfNeeded: span.count) &<< 3)) &- 1)
    }
}
