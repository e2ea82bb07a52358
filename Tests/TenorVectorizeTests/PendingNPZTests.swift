import Synchronization
import Testing
import TenorMatrix
import TenorText
@testable import TenorVectorize

/// `PendingTermMatrix.writeNPZ(reserving:at:)`, which writes blocks of rows at their offsets
/// from several threads, must give the very bytes that writing the whole matrix front to back
/// gives (`NPZTests` checks those against the ZIP and npy formats by hand).
@Suite struct PendingNPZTests {
    /// A file written at offsets, in any order, from any thread; it records how often each
    /// byte was written, and where each write went.
    final class FileImage: Sendable {
        private let state = Mutex<(bytes: [UInt8], writes: [Int], calls: Int, places: [String])>(([], [], 0, []))
        /// The call (counted from 1) that fails, if any.
        let failingCall: Int?

        struct Failure: Error, Equatable {}

        init(failingCall: Int? = nil) { self.failingCall = failingCall }

        func write(_ bytes: UnsafeRawBufferPointer, at offset: Int) throws {
            let fails = state.withLock { state -> Bool in
                state.calls += 1
                if state.calls == failingCall { return true }
                let end = offset + bytes.count
                if state.bytes.count < end {
                    state.bytes += [UInt8](repeating: 0, count: end - state.bytes.count)
                    state.writes += [Int](repeating: 0, count: end - state.writes.count)
                }
                for index in 0..<bytes.count {
                    state.bytes[offset + index] = bytes[index]
                    state.writes[offset + index] += 1
                }
                state.places.append("\(offset)+\(bytes.count)")
                return false
            }
            if fails { throw Failure() }
        }

        var bytes: [UInt8] { state.withLock { $0.bytes } }
        /// Whether every byte was written exactly once.
        var writtenOnce: Bool { state.withLock { $0.writes.allSatisfy { $0 == 1 } } }

        /// How many calls to ``write(_:at:)`` came so far.
        var calls: Int { state.withLock { $0.calls } }

        /// Each successful write as "offset+length", in the order they came.
        var places: [String] { state.withLock { $0.places } }
    }

    /// Writes `pending` into a ``FileImage``, checking that it asked, once and before any write,
    /// for exactly the room the archive then took.
    static func streamed(_ pending: PendingTermMatrix, blockEntries: Int, wide: Bool) throws -> FileImage {
        let file = FileImage()
        var reserved: [(bytes: Int, writesBefore: Int)] = []
        try pending.writeNPZ(reserving: { reserved.append(($0, file.calls)) }, at: { try file.write($0, at: $1) },
                             blockEntries: blockEntries, wideIndices: wide)
        #expect(reserved.map(\.bytes) == [file.bytes.count])
        #expect(reserved.map(\.writesBefore) == [0])
        return file
    }

    static func whole(_ matrix: TermMatrix, wide: Bool) -> [UInt8] {
        var bytes: [UInt8] = []
        matrix.writeNPZ(to: { bytes += $0 }, wideIndices: wide)
        return bytes
    }

    /// Paragraphs of varied length (one of 300 words, longer than the smaller blocks), some
    /// with no term at all; 600 KB, so that `Vectorizer` counts it in one chunk per core.
    static let corpus: Document = {
        var generator = SplitMix(seed: 7)
        let words = (0..<900).map { "w\($0)x" }
        var paragraphs: [String] = []
        while paragraphs.reduce(0, { $0 + $1.utf8.count }) < 600_000 {
            let length = paragraphs.count % 97 == 5 ? 300 : Int(generator.next() % 40)
            paragraphs.append(length == 0 ? "- ." : (0..<length).map { _ in words[Int(generator.next() % 900)] }.joined(separator: " "))
        }
        return Document(name: "corpus", text: Array(paragraphs.joined(separator: "\n\n").utf8))
    }()

    @Test(arguments: [1, 2, 7, 1 << 15], [false, true])
    func sameBytesAsTheWholeMatrix(blockEntries: Int, wide: Bool) throws {
        // min_df 2 drops terms, so chunks keep fewer entries than they counted.
        let options = try VectorizerOptions(minDocumentFrequency: .count(2))
        let pending = try Vectorizer(options: options).fitCounting([Self.corpus]).matrix
        let file = try Self.streamed(pending, blockEntries: blockEntries, wide: wide)
        let matrix = pending.matrix()
        #expect(file.bytes == Self.whole(matrix, wide: wide))
        #expect(file.writtenOnce)
        #expect(try NPZMatrixReader.matrix(file.bytes) == matrix.values)
    }

    /// Two chunks, the first with a dropped term (`MatrixAssemblyTests`), and a one-entry block.
    @Test func chunksWithDroppedTerms() throws {
        let assembly = MatrixAssemblyTests.assembly(try VectorizerOptions(weighting: .counts), idf: nil)
        var vocabulary = Vocabulary(capacity: 3)
        for term in ["aa", "bb", "dd"] { vocabulary.append(ArraySlice(term.utf8)) }
        let pending = PendingTermMatrix(vocabulary: vocabulary, assembly: assembly)
        #expect(assembly.firstEntries == [0, 2, 4])
        let file = try Self.streamed(pending, blockEntries: 1, wide: false)
        #expect(file.bytes == Self.whole(pending.matrix(), wide: false))
        #expect(file.writtenOnce)
    }

    @Test(arguments: [1, 2, 3, 10])
    func aFailedWriteIsThrown(failingCall: Int) throws {
        let pending = try Vectorizer(options: VectorizerOptions()).fitCounting([Self.corpus]).matrix
        let file = FileImage(failingCall: failingCall)
        #expect(throws: FileImage.Failure()) {
            try pending.writeNPZ(at: { try file.write($0, at: $1) }, blockEntries: 1 << 12, wideIndices: false)
        }
    }
}

extension PendingNPZTests {
    /// A caller that cannot reserve the room (a full disk) stops the write before any byte.
    @Test func aFailedReservationWritesNothing() throws {
        let pending = try Vectorizer(options: VectorizerOptions()).fitCounting([Self.corpus]).matrix
        let file = FileImage()
        #expect(throws: FileImage.Failure()) {
            try pending.writeNPZ(reserving: { _ in throw FileImage.Failure() }, at: { try file.write($0, at: $1) },
                                 blockEntries: 1 << 12, wideIndices: false)
        }
        #expect(file.calls == 0)
    }
}

/// A small seeded generator (SplitMix64), so the corpus is the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
