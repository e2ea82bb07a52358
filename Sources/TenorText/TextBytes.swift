import TenorSupport

/// A document's UTF-8 bytes: a copy of an array, or a file mapped into memory by the command
/// line, read through one pointer either way.
///
/// One pointer rather than a choice made at each read: the vectorizer's whole counting loop
/// runs inside ``withUnsafeBufferPointer(_:)``, and with a choice there it was compiled twice
/// over and ran 2–3% more instructions (cachegrind, medium.txt).
public struct TextBytes: RandomAccessCollection, @unchecked Sendable {
    @usableFromInline let bytes: UnsafeBufferPointer<UInt8>
    /// Keeps ``bytes`` alive: an ``OwnedBytes`` or a ``MappedFile``. Neither is written to by
    /// Tenor, which is why the bytes may be shared between threads; another program may write
    /// into a mapped file, which the command line checks for (``MappedFile/isUnchanged``).
    @usableFromInline let owner: AnyObject

    /// A copy of `array`.
    public init(_ array: [UInt8]) {
        let owned = OwnedBytes(array)
        bytes = UnsafeBufferPointer(owned.bytes)
        owner = owned
    }

    /// The bytes of a mapped file.
    package init(_ file: MappedFile) {
        bytes = file.bytes
        owner = file
    }

    /// The file these bytes are mapped from, if they are.
    package var mappedFile: MappedFile? { owner as? MappedFile }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { bytes.count }

    @inlinable public subscript(position: Int) -> UInt8 {
        precondition(position >= 0 && position < bytes.count, "TextBytes: index out of range")
        return withExtendedLifetime(owner) { bytes[position] }
    }

    /// Calls `body` with the bytes in contiguous memory.
    @inlinable @inline(__always)
    public func withUnsafeBufferPointer<Result, Failure: Error>(
        _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        defer { withExtendedLifetime(owner) {} }
        return try body(bytes)
    }

    public func withContiguousStorageIfAvailable<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result? {
        try withUnsafeBufferPointer(body)
    }
}

extension TextBytes: Equatable {
    public static func == (left: TextBytes, right: TextBytes) -> Bool {
        left.withUnsafeBufferPointer { left in right.withUnsafeBufferPointer { right in left.elementsEqual(right) } }
    }
}

extension TextBytes: ExpressibleByArrayLiteral {
    public init(arrayLiteral bytes: UInt8...) {
        self.init(bytes)
    }
}

/// Bytes copied out of an array into memory of their own, freed with this object.
@usableFromInline
final class OwnedBytes {
    let bytes: UnsafeMutableBufferPointer<UInt8>

    init(_ array: [UInt8]) {
        bytes = .allocate(capacity: array.count)
        _ = bytes.initialize(from: array)
    }

    deinit {
        bytes.deallocate()
    }
}
