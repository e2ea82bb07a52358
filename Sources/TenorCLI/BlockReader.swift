import Dispatch
import Synchronization
import Tenor

/// The blocks of the inputs (``TextBlocks``) as documents, read one block ahead on a
/// thread of their own: reading, validating and splitting the next block — work for one core
/// — overlaps the work on this one, which keeps both cores busy, and the first block is read
/// while the command is still setting up (building the tone lexicons). Two blocks are held at
/// most, so memory stays bounded.
///
/// Reading starts when the reader is made; ``forEach(_:)`` hands the blocks out in order, and
/// a block's error (invalid UTF-8, an overlong unit) comes after every block before it.
final class BlockReader {
    private let channel = BlockChannel()
    private let fileCount: Int
    /// Shows the blocks' bytes and units as they are done.
    private let progress: ProgressReporter

    /// Starts reading `paths` in order (each from its copy in `copies`, where it has one); an
    /// empty file gives one empty block, so every file is seen.
    init(paths: [BytePath], copies: [SpooledInput?] = [], units: BlockUnits, lossy: Bool, limit: InputLimit,
         progress: ProgressReporter = .silent, blockSize: Int = TextBlocks.defaultBlockSize) {
        fileCount = paths.count
        self.progress = progress
        // A queue of its own runs on a thread of its own: waiting there never takes a thread
        // from the workers that score a block.
        DispatchQueue(label: "tenor.block-reader").async { [channel] in
            channel.read(paths, copies: copies, units: units, lossy: lossy, limit: limit, blockSize: blockSize)
        }
    }

    /// A reader dropped unused (the command failed while setting up) stops its thread.
    deinit {
        channel.cancel()
    }

    /// Hands every block to `body` in order, with its units' ids (structured input with
    /// `--id-field`) and its place in the input.
    func forEach(_ body: (_ block: Document, _ ids: [String]?, _ place: BlockPlace) throws(CLIError) -> Void) throws(CLIError) {
        defer { channel.cancel() }
        var place = BlockPlace(file: -1, startsFile: false, unitsBefore: 0, labelFiles: fileCount > 1)
        while let item = channel.take() {
            switch item {
            case .failure(let error):
                throw error
            case .block(let document, let ids, let fileIndex, let bytes):
                let startsFile = fileIndex != place.file
                place = BlockPlace(file: fileIndex, startsFile: startsFile, unitsBefore: startsFile ? 0 : place.unitsBefore + place.units,
                                   labelFiles: place.labelFiles, units: document.paragraphs.count)
                try body(document, ids, place)
                progress.advance(bytes, paragraphs: document.paragraphs.count)
            }
        }
    }
}

/// What the reading thread hands over: one item at a time, the next read while this one is
/// used.
private final class BlockChannel: Sendable {
    /// One block of a file (with the input bytes it came from: a document of records holds
    /// only their texts), or the failure that ended reading.
    enum Item: Sendable {
        case block(Document, ids: [String]?, fileIndex: Int, bytes: Int)
        case failure(CLIError)
    }

    private struct State {
        var item: Item?
        var finished = false
        var cancelled = false
    }

    private let state = Mutex(State())
    /// Signalled when an item (or the end) is ready.
    private let ready = DispatchSemaphore(value: 0)
    /// Signalled when the item has been taken, or reading is to stop.
    private let taken = DispatchSemaphore(value: 0)

    /// The next item; nil after the last.
    func take() -> Item? {
        ready.wait()
        let item = state.withLock { state -> Item? in
            defer { state.item = nil }
            return state.item
        }
        if item != nil { taken.signal() }
        return item
    }

    /// Stops the reading thread after the item it is working on.
    func cancel() {
        let wasRunning = state.withLock { state in
            defer { state.cancelled = true }
            return !state.cancelled && !state.finished
        }
        if wasRunning { taken.signal() }
    }

    /// The reading thread: each item is offered, then waited on until it is taken.
    func read(_ paths: [BytePath], copies: [SpooledInput?], units: BlockUnits, lossy: Bool, limit: InputLimit, blockSize: Int) {
        defer {
            state.withLock { $0.finished = true }
            ready.signal()
        }
        func offer(_ item: Item) -> Bool {
            state.withLock { $0.item = item }
            ready.signal()
            taken.wait()
            return !state.withLock { $0.cancelled }
        }
        for (fileIndex, path) in paths.enumerated() {
            do throws(CLIError) {
                var blocks = try TextBlocks(path, copy: copies.indices.contains(fileIndex) ? copies[fileIndex] : nil,
                                            boundary: units.boundary, lossy: lossy, limit: limit, blockSize: blockSize)
                defer { blocks.finish() }
                var records = RecordReader.FileState()
                var blocksRead = 0
                while let (text, line) = try blocks.next() {
                    blocksRead += 1
                    let item: Item
                    switch units {
                    case .text(let splitting):
                        item = .block(Document(name: path.description, text: text, splitting: splitting), ids: nil,
                                      fileIndex: fileIndex, bytes: text.count)
                    case .records(let reader):
                        let read = try reader.records(in: text, from: path, line: line, state: &records)
                        item = .block(read.document, ids: read.ids, fileIndex: fileIndex, bytes: text.count)
                    }
                    guard offer(item) else { return }
                }
                if case .records(let reader) = units { reader.warn(about: path, records) }
                if blocksRead == 0,
                   !offer(.block(Document(name: path.description, text: []), ids: units.wantsIDs ? [] : nil, fileIndex: fileIndex, bytes: 0)) {
                    return
                }
            } catch {
                _ = offer(.failure(error))
                return
            }
        }
    }
}
