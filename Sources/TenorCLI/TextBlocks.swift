#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Tenor

/// One input read in blocks of whole units (paragraphs, lines or records), decoded as UTF-8,
/// so that `tone` and `stats` can write the rows of a block before reading the next and hold
/// only a block or two of any input, however large.
///
/// A block ends just after a line end that closes a blank line (paragraphs), after any line end
/// (lines, JSON Lines), or after a line end outside quoted fields (CSV and TSV rows). Splitting
/// the blocks one by one gives exactly the units of the whole text: every separator run lies
/// inside one block or at a block's ends, and units are trimmed.
struct TextBlocks {
    /// Where a block may end.
    enum Boundary: Equatable {
        case paragraph, line
        case row(separator: UInt8)

        init(_ splitting: ParagraphSplitting) {
            self = splitting == .paragraphs ? .paragraph : .line
        }
    }

    let path: BytePath
    let boundary: Boundary
    let lossy: Bool
    /// The most bytes one unit (and so one block) may hold.
    let limit: InputLimit
    /// How many bytes each read asks for.
    let blockSize: Int

    private let descriptor: Int32
    /// Bytes read and not yet handed out.
    private var pending: [UInt8] = []
    /// How far back from the end of `pending` no block end has been found already.
    private var searchedUpTo = 0
    /// For rows: the scan of `pending` so far, which goes on where it stopped.
    private var rowEnds: RowEndScanner?
    private var reachedEnd = false
    /// The file offset and line that `pending` starts at, for error messages.
    private var offset = 0
    private var line = 1

    /// 4 MiB: big enough that each block keeps both cores busy, small enough that the first
    /// block is read (while the rest of the program starts) in a few milliseconds and that a
    /// block's memory is reused by the next instead of fresh pages being faulted in (16 MiB
    /// blocks were no faster, and slower by up to 9%: Benchmarks/RESULTS.md, 2026-12-06).
    static let defaultBlockSize = 4 << 20

    /// Reads `path`, or the copy of it in `copy` when it could be read only once.
    init(_ path: BytePath, copy: SpooledInput? = nil, boundary: Boundary, lossy: Bool, limit: InputLimit,
         blockSize: Int = defaultBlockSize) throws(CLIError) {
        self.path = path
        self.boundary = boundary
        if case .row(let separator) = boundary { rowEnds = RowEndScanner(separator: separator) }
        self.lossy = lossy
        self.limit = limit
        self.blockSize = blockSize
        if let copy {
            descriptor = try copy.reader()
        } else {
            descriptor = try POSIXFile.openForReading(path).descriptor
        }
    }

    /// Closes the file (standard input stays open).
    func finish() {
        if descriptor != STDIN_FILENO { close(descriptor) }
    }

    /// The next block's text, validated UTF-8, and the line of the file it starts on; nil
    /// after the last.
    mutating func next() throws(CLIError) -> (text: [UInt8], line: Int)? {
        while true {
            if let end = reachedEnd ? (pending.isEmpty ? nil : pending.count) : blockEnd() {
                return try take(end)
            }
            if reachedEnd { return nil }
            try readMore()
        }
    }

    /// Appends up to `blockSize` bytes to `pending` (``POSIXFile/readMore(_:capacity:from:)``:
    /// nothing zero-filled first, which would touch every page even for a short input).
    private mutating func readMore() throws(CLIError) {
        let failure: Int32
        (pending, reachedEnd, failure) = POSIXFile.readMore(pending, capacity: pending.count + blockSize, from: descriptor)
        if failure != 0 { throw .usage("cannot read \(path.quoted): \(POSIXFile.reason(failure))") }
        if pending.count > limit.bytes { throw .usage(limit.message(for: path)) }
    }

    /// The offset just past the last unit boundary in `pending`, when there is one.
    private mutating func blockEnd() -> Int? {
        let end = pending.count
        defer { searchedUpTo = end }
        if rowEnds != nil {
            return pending.withUnsafeBufferPointer { rowEnds!.lastRowEnd(in: $0, from: searchedUpTo) }
        }
        // Look back over the bytes not searched yet (and the few before, which a separator that
        // spans two reads may start in).
        var index = end - 1
        let floor = max(0, searchedUpTo - 8)
        while index >= floor {
            if pending[index] == 0x0A {
                if boundary == .line { return index + 1 }
                var probe = index - 1
                if probe >= 0, pending[probe] == 0x0D { probe -= 1 }
                while probe >= 0, pending[probe] == 0x20 || pending[probe] == 0x09 { probe -= 1 }
                if probe >= 0, pending[probe] == 0x0A || pending[probe] == 0x0D { return index + 1 }
            }
            index -= 1
        }
        return nil
    }

    /// Hands out `pending[..<end]`, decoded, with the line it starts on.
    private mutating func take(_ end: Int) throws(CLIError) -> (text: [UInt8], line: Int) {
        // The block keeps `pending`'s storage and only the bytes after it are copied: they are
        // the start of a unit, short beside the block.
        let rest = Array(pending[end...])
        pending.removeSubrange(end...)
        let block = pending
        pending = rest
        // The row scan has read the rest already; the search for blank lines looks again.
        searchedUpTo = rowEnds == nil ? 0 : rest.count
        let start = (offset: offset, line: line)
        offset += end
        line += ParagraphSplitting.lineNumber(ofOffset: end, in: block) - 1
        do {
            let text = try TextDecoding.utf8(block, lossy: lossy)
            // A byte-order mark is skipped only at the start of the input.
            let kept = start.offset > 0 && block.starts(with: [0xEF, 0xBB, 0xBF]) ? [0xEF, 0xBB, 0xBF] + text : text
            return (kept, start.line)
        } catch {
            throw .usage(InputOptions.notUTF8(path, bytes: block, at: error.offset, startingAt: start))
        }
    }
}
