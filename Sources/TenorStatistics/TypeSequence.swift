#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TenorSupport

/// The type numbers of a text in order, as MATTR and MTLD read them: forwards, and (MTLD)
/// backwards. A paragraph's stay in memory; a corpus's (a `stats` summary over gigabytes) go to
/// an unnamed temporary file a run at a time, so memory holds 4 MiB of them whatever the
/// corpus: only its file on disk grows, 4 bytes a word.
struct TypeSequence: Sendable {
    /// The numbers written to the file, then those still in memory after them.
    private var spilled: SpillFile?
    private var tail: [Int32] = []

    /// Numbers kept in memory before a run goes to the file: 4 MiB.
    static let runLength = 1 << 20

    init() {}

    init(_ numbers: [Int32]) {
        tail = numbers
    }

    var count: Int { (spilled?.count ?? 0) + tail.count }

    /// How many of the numbers are in the file.
    var countOnDisk: Int { spilled?.count ?? 0 }

    /// Adds a number; with `spilling`, a full run goes to the file (it stays in memory when no
    /// file can be written).
    mutating func append(_ number: Int32, spilling: Bool) {
        tail.append(number)
        guard spilling, tail.count >= Self.runLength else { return }
        if spilled == nil { spilled = SpillFile() }
        if let spilled, spilled.write(tail) {
            tail.removeAll(keepingCapacity: true)
        }
    }

    mutating func reserveCapacity(_ count: Int) {
        tail.reserveCapacity(count)
    }

    /// Calls `body` with every number, first to last; false if the file could not be read back
    /// (a failing disk), and then not every number was seen.
    func forEachForward(_ body: (Int32) -> Void) -> Bool {
        let read = spilled?.forEachRun(backwards: false) { for number in $0 { body(number) } } ?? true
        guard read else { return false }
        for number in tail { body(number) }
        return true
    }

    /// Calls `body` with every number, last to first; false as ``forEachForward(_:)``.
    func forEachBackward(_ body: (Int32) -> Void) -> Bool {
        for number in tail.reversed() { body(number) }
        return spilled?.forEachRun(backwards: true) { for number in $0.reversed() { body(number) } } ?? true
    }

    /// Every number, in memory (for comparing two sequences); nil if they could not be read.
    var numbers: [Int32]? {
        var numbers: [Int32] = []
        numbers.reserveCapacity(count)
        return forEachForward { numbers.append($0) } ? numbers : nil
    }

    /// Why a measure is missing when the numbers could not be read back.
    static let unreadable = "the temporary file of word types could not be read back"
}

extension TypeSequence: Equatable {
    static func == (a: TypeSequence, b: TypeSequence) -> Bool {
        guard a.count == b.count, let first = a.numbers, let second = b.numbers else { return false }
        return first == second
    }
}

/// An unnamed temporary file of 32-bit numbers, appended a run at a time and read back in runs.
/// Unlinked at once, so it goes away with its descriptor (or the process) whatever happens.
private final class SpillFile: @unchecked Sendable {
    /// nil when no temporary file could be made: then nothing is written.
    private let descriptor: Int32?
    /// Numbers written whole; a failed write leaves its run out, and ends writing.
    private(set) var count = 0
    private var failed = false

    init() {
        descriptor = UnnamedTemporaryFile.make(prefix: "tenor-types")
    }

    deinit {
        if let descriptor { close(descriptor) }
    }

    /// Appends `numbers`; false (and nothing counted) when they could not all be written.
    func write(_ numbers: [Int32]) -> Bool {
        guard let descriptor, !failed else { return false }
        let written = numbers.withUnsafeBytes { bytes -> Bool in
            var offset = 0
            while offset < bytes.count {
                let result = pwrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset, off_t((count * 4) + offset))
                if result < 0, errno == EINTR { continue }
                guard result > 0 else { return false }
                offset += result
            }
            return true
        }
        if written { count += numbers.count } else { failed = true }
        return written
    }

    /// Hands `body` the numbers in runs, first run first (or last run first when `backwards`);
    /// false when a run could not be read.
    func forEachRun(backwards: Bool, _ body: (ArraySlice<Int32>) -> Void) -> Bool {
        guard let descriptor, count > 0 else { return true }
        let runs = (count + TypeSequence.runLength - 1) / TypeSequence.runLength
        var run = [Int32](repeating: 0, count: TypeSequence.runLength)
        for index in backwards ? Array((0..<runs).reversed()) : Array(0..<runs) {
            let first = index * TypeSequence.runLength
            let length = min(TypeSequence.runLength, count - first)
            let read = run.withUnsafeMutableBytes { bytes -> Bool in
                var offset = 0
                while offset < length * 4 {
                    let result = pread(descriptor, bytes.baseAddress! + offset, length * 4 - offset, off_t(first * 4 + offset))
                    if result < 0, errno == EINTR { continue }
                    guard result > 0 else { return false }
                    offset += result
                }
                return true
            }
            guard read else { return false }
            body(run[..<length])
        }
        return true
    }
}
