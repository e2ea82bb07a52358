/// The terms a scanner found in one paragraph, in order: spans of one byte buffer that is
/// reused from paragraph to paragraph.
///
/// A scanner hands the counter a whole paragraph's terms at once rather than calling back per
/// term, so the counting loop runs without a closure call per term. Eight bytes can always be
/// read from the start of any term (the buffer keeps that much slack), so a term's first eight
/// bytes are one load and a mask.
struct ScannedTerms: ~Copyable {
    /// Where a term sits in ``bytes``.
    struct Span {
        var start: Int32
        var count: Int32
    }

    private(set) var bytes: UnsafeMutableBufferPointer<UInt8>
    private(set) var spans: UnsafeMutableBufferPointer<Span>
    private(set) var count = 0
    /// Where the next term appended with ``append(_:)`` goes.
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
    /// `termCount` spans, keeping the old buffers when they are big enough.
    mutating func reset(byteCount: Int, termCount: Int) {
        count = 0
        end = 0
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

    /// Adds the term at `bytes[start..<(start + length)]`; the caller reserved room for it.
    @inline(__always)
    mutating func append(start: Int, count length: Int) {
        spans[count] = Span(start: Int32(start), count: Int32(length))
        count += 1
    }

    /// Copies `term` in after the terms appended so far (for scanners that build each term).
    mutating func append(_ term: UnsafeBufferPointer<UInt8>) {
        precondition(end + term.count + Self.slack <= bytes.count && count < spans.count, "ScannedTerms: no room reserved")
        if let source = term.baseAddress { (bytes.baseAddress! + end).update(from: source, count: term.count) }
        append(start: end, count: term.count)
        end += term.count
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
        return span.count >= 8 ? word : word & ((1 &<< UInt64(8 * span.count)) &- 1)
    }
}
