#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TenorText
import TenorSupport

/// Small POSIX file helpers: whole-file reads, folders, writes, and errno messages.
enum POSIXFile {
    /// A descriptor for reading `path` (standard input for `-`; the caller closes any other) and
    /// what `fstat` says of it; a folder or a file that cannot be opened is a usage error.
    static func openForReading(_ path: BytePath) throws(CLIError) -> (descriptor: Int32, info: stat) {
        let descriptor = path.isStandardInput ? STDIN_FILENO : path.withCString { open($0, O_RDONLY) }
        guard descriptor >= 0 else { throw .usage("cannot read \(path.quoted): \(reason(errno))") }
        var info = stat()
        var failure: Int32 = 0
        if fstat(descriptor, &info) != 0 {
            failure = errno
        } else if (info.st_mode & S_IFMT) == S_IFDIR {
            failure = EISDIR
        }
        if failure != 0 {
            if descriptor != STDIN_FILENO { close(descriptor) }
            throw .usage("cannot read \(path.quoted): \(reason(failure))")
        }
        return (descriptor, info)
    }

    /// Every byte of the file at `path` (or standard input for `-`), refusing more than `limit`.
    static func readAll(_ path: BytePath, limit: InputLimit) throws(CLIError) -> [UInt8] {
        let (descriptor, info) = try openForReading(path)
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        return try readAll(descriptor, info: info, path: path, limit: limit)
    }

    /// ``readAll(_:limit:)`` of `path` opened as `descriptor`, which `fstat` describes as `info`.
    private static func readAll(_ descriptor: Int32, info: stat, path: BytePath, limit: InputLimit) throws(CLIError) -> [UInt8] {
        if info.st_size > limit.bytes { throw .usage(limit.message(for: path)) }
        if (info.st_mode & S_IFMT) == S_IFREG, info.st_size >= piecewiseSize,
           let bytes = readInPieces(descriptor, size: Int(info.st_size)) {
            return bytes
        }
        // A regular file is read into one allocation of its size plus one byte (so that the end
        // shows as a short read, with no second buffer); a pipe into a buffer that doubles, so
        // the copies made while growing stay linear in the input. Nothing is zero-filled first.
        // No buffer grows past one byte more than the limit: reading that byte means too much.
        var bytes: [UInt8] = []
        var failure: Int32 = 0
        var capacity = min(info.st_size > 0 ? Int(info.st_size) + 1 : 1 << 16, limit.bytes + 1)
        while failure == 0 {
            let reachedEnd: Bool
            (bytes, reachedEnd, failure) = readMore(bytes, capacity: capacity, from: descriptor)
            if reachedEnd { break }
            if bytes.count > limit.bytes { throw .usage(limit.message(for: path)) }
            capacity = min(capacity * 2, limit.bytes + 1)
        }
        if failure != 0 { throw .usage("cannot read \(path.quoted): \(reason(failure))") }
        return bytes
    }

    /// The text of the file at `path` (or standard input for `-`), refusing more than `limit`
    /// bytes: a named regular file of ``piecewiseSize`` bytes or more mapped into memory, not
    /// copied (``MappedFile``; ``MappedInputFault`` names it should another program cut it
    /// short meanwhile), anything else read (standard input from where it stands, which a
    /// mapping would not honour).
    static func readText(_ path: BytePath, limit: InputLimit) throws(CLIError) -> TextBytes {
        let (descriptor, info) = try openForReading(path)
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        if info.st_size > limit.bytes { throw .usage(limit.message(for: path)) }
        if !path.isStandardInput, (info.st_mode & S_IFMT) == S_IFREG, info.st_size >= piecewiseSize,
           let file = MappedFile(descriptor: descriptor, size: Int(info.st_size), name: path.description) {
            MappedInputFault.handle()
            return TextBytes(file)
        }
        return TextBytes(try readAll(descriptor, info: info, path: path, limit: limit))
    }

    /// Regular files this large are mapped or read in pieces, one per core; below it a thread
    /// costs more than it saves.
    static let piecewiseSize = 1 << 20

    /// A regular file's `size` bytes read in one piece per core at once, each core copying its
    /// piece and faulting in its pages (25 MB: about 6 ms on one core); nil when the file does
    /// not hold exactly `size` bytes now (it changed) or a read fails, for the one-pass read,
    /// which starts at offset 0 since `pread` moves no offset, to take over and say why.
    private static func readInPieces(_ descriptor: Int32, size: Int) -> [UInt8]? {
        var complete = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
            HugePages.advise(buffer)
            let target = DisjointWrites(buffer)
            let parts = availableWorkers
            let filled = parallelMap(parts) { part in
                let piece = (size * part / parts)..<(size * (part + 1) / parts)
                return readFully(descriptor, into: target.buffer.baseAddress! + piece.lowerBound, count: piece.count, at: piece.lowerBound)
            }
            // One byte more must find the end: else the file grew since `fstat`.
            complete = filled.allSatisfy { $0 } && pread(descriptor, buffer.baseAddress! + size, 1, off_t(size)) == 0
            count = complete ? size : 0
        }
        return complete ? bytes : nil
    }

    /// Whether `count` bytes at `offset` of `descriptor` were read into `start`.
    private static func readFully(_ descriptor: Int32, into start: UnsafeMutablePointer<UInt8>, count: Int, at offset: Int) -> Bool {
        var done = 0
        while done < count {
            let result = pread(descriptor, start + done, count - done, off_t(offset + done))
            if result < 0 && errno == EINTR { continue }
            if result <= 0 { return false }
            done += result
        }
        return true
    }

    /// `bytes` followed by what `descriptor` gives until `capacity` bytes are held or the input
    /// ends, in one new allocation (nothing zero-filled first, huge pages advised); with whether
    /// the input ended and the `errno` of a failed read (0 if none).
    static func readMore(_ bytes: [UInt8], capacity: Int, from descriptor: Int32) -> (bytes: [UInt8], reachedEnd: Bool, failure: Int32) {
        var reachedEnd = false
        var failure: Int32 = 0
        let filled = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            HugePages.advise(buffer)
            count = bytes.count
            bytes.withUnsafeBufferPointer { old in
                if let source = old.baseAddress { buffer.baseAddress!.initialize(from: source, count: old.count) }
            }
            while count < capacity {
                let result = read(descriptor, buffer.baseAddress! + count, capacity - count)
                if result < 0 && errno == EINTR { continue }
                if result < 0 { failure = errno }
                if result <= 0 { reachedEnd = true; return }
                count += result
            }
        }
        return (filled, reachedEnd, failure)
    }

    /// The file's status (following links), or nil when it cannot be had.
    static func status(_ path: BytePath) -> stat? {
        var info = stat()
        return path.withCString { stat($0, &info) } == 0 ? info : nil
    }

    /// Whether nothing is at `path` (not even a dangling link's target).
    static func isMissing(_ path: BytePath) -> Bool {
        status(path) == nil && errno == ENOENT
    }

    /// Whether `path` names a directory (following links).
    static func isDirectory(_ path: BytePath) -> Bool {
        status(path).map { ($0.st_mode & S_IFMT) == S_IFDIR } ?? false
    }

    /// Whether `path` names a regular file (following links).
    static func isRegularFile(_ path: BytePath) -> Bool {
        status(path).map { ($0.st_mode & S_IFMT) == S_IFREG } ?? false
    }

    /// What identifies a file whatever path leads to it.
    struct Identity: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    /// The size and modification time of the file at `path` (following links).
    static func version(of path: BytePath) -> FileVersion? {
        status(path).map(FileVersion.init)
    }

    static func identity(of path: BytePath) -> Identity? {
        status(path).map { Identity(device: UInt64($0.st_dev), inode: UInt64($0.st_ino)) }
    }

    /// Creates the folder `path` and any missing parents.
    static func makeDirectory(_ path: BytePath) throws(CLIError) {
        guard !isDirectory(path) else { return }
        var prefix: [UInt8] = path.bytes.first == UInt8(ascii: "/") ? [UInt8(ascii: "/")] : []
        for component in path.bytes.split(separator: UInt8(ascii: "/")) {
            prefix += component + [UInt8(ascii: "/")]
            let folder = BytePath(bytes: prefix)
            if !isDirectory(folder), folder.withCString({ mkdir($0, 0o755) }) != 0, errno != EEXIST {
                throw .usage("cannot create folder \(path.quoted): \(reason(errno))")
            }
        }
    }

    /// The names of a directory's entries as bytes, without `.` and `..`.
    static func entries(of directory: BytePath) throws(CLIError) -> [[UInt8]] {
        guard let handle = directory.withCString({ opendir($0) }) else {
            throw .usage("cannot read folder \(directory.quoted): \(reason(errno))")
        }
        defer { closedir(handle) }
        var names: [[UInt8]] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix(while: { $0 != 0 }))
            }
            if name != Array(".".utf8) && name != Array("..".utf8) { names.append(name) }
        }
        return names
    }

    /// An open file being written.
    struct OutputFile {
        let descriptor: Int32
        let name: String

        func write(_ bytes: UnsafeRawBufferPointer) throws(CLIError) {
            let failure = POSIXFile.writeAll(bytes, to: descriptor)
            if failure != 0 { throw .failure("cannot write '\(name)': \(reason(failure))") }
        }

        /// Writes `bytes` at `offset`, leaving the file position alone, so that several threads
        /// may write their own parts of the file at once.
        func write(_ bytes: UnsafeRawBufferPointer, at offset: Int) throws(CLIError) {
            var written = 0
            while written < bytes.count {
                let result = pwrite(descriptor, bytes.baseAddress! + written, bytes.count - written, off_t(offset + written))
                if result < 0 {
                    if errno == EINTR { continue }
                    throw .failure("cannot write '\(name)': \(reason(errno))")
                }
                written += result
            }
        }

        /// Reserves the file's first `count` bytes before they are written at offsets, so that
        /// the file system allocates its blocks at once instead of one at a time as the writes
        /// arrive (38 MB written from two threads: 11.8 ms, 7.5 ms reserved first), and a disk
        /// too full for the file is found before anything is written. Only a lack of room
        /// stops the run: any other failure leaves the writes to find what is wrong.
        ///
        /// `posix_fallocate`, not Linux's `fallocate` (which Swift's Glibc module leaves out):
        /// where a file system cannot reserve, the C library writes a byte a block instead.
        func reserve(_ count: Int) throws(CLIError) {
            let failure = posix_fallocate(descriptor, 0, off_t(count))
            if [ENOSPC, EDQUOT, EFBIG].contains(failure) {
                throw .failure("cannot write '\(name)' (\(count) bytes): \(reason(failure))")
            }
        }

        /// Writes `text`'s UTF-8.
        func write(_ text: String) throws(CLIError) {
            // withUnsafeBytes rethrows untyped errors: carry the typed one out as a Result.
            try Array(text.utf8).withUnsafeBytes { bytes in Result { () throws(CLIError) in try write(bytes) } }.get()
        }
    }

    /// Writes every byte, retrying after signals; returns 0 or the errno that stopped it.
    static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32 {
        var written = 0
        while written < bytes.count {
            let result = write(descriptor, bytes.baseAddress! + written, bytes.count - written)
            if result < 0 {
                if errno == EINTR { continue }
                return errno
            }
            written += result
        }
        return 0
    }

    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: "no such file or folder; check the path"
        case EACCES: "permission denied; check the file's permissions"
        case EISDIR: "it is a folder"
        case ENOSPC: "no space left on the device"
        case EBADF: "it is closed"
        case ELOOP: "a loop of symbolic links (each link leads to another); check where the links point"
        default: String(cString: strerror(code))
        }
    }
}
