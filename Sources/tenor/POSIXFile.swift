#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TenorText

/// Small POSIX file helpers: whole-file reads, atomic writes, and errno messages.
enum POSIXFile {
    /// Every byte of the file at `path` (or standard input for `-`).
    static func readAll(_ path: String) throws(CLIError) -> [UInt8] {
        let descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .usage("cannot read '\(path)': \(reason(errno))") }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .usage("cannot read '\(path)': \(reason(errno))") }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .usage("cannot read '\(path)': \(reason(EISDIR))") }
        // A regular file is read into one allocation of its size plus one byte (so that the end
        // shows as a short read, with no second buffer); a pipe into a buffer that doubles, so
        // the copies made while growing stay linear in the input. Nothing is zero-filled first.
        var bytes: [UInt8] = []
        var failure: Int32 = 0
        var capacity = info.st_size > 0 ? Int(info.st_size) + 1 : 1 << 16
        while failure == 0 {
            let previous = bytes
            var reachedEnd = false
            bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                HugePages.advise(buffer)
                count = previous.count
                previous.withUnsafeBufferPointer { old in
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
            if reachedEnd { break }
            capacity *= 2
        }
        if failure != 0 { throw .usage("cannot read '\(path)': \(reason(failure))") }
        return bytes
    }

    /// Whether `path` names a directory (following links).
    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Whether `path` names a regular file (following links).
    static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// What identifies a file whatever path leads to it.
    struct Identity: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    static func identity(of path: String) -> Identity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// Creates the folder `path` and any missing parents.
    static func makeDirectory(_ path: String) throws(CLIError) {
        guard !isDirectory(path) else { return }
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += component + "/"
            if !isDirectory(prefix), mkdir(prefix, 0o755) != 0, errno != EEXIST {
                throw .usage("cannot create folder '\(path)': \(reason(errno))")
            }
        }
    }

    /// The entries of a directory, without `.` and `..`.
    static func entries(of directory: String) throws(CLIError) -> [String] {
        guard let handle = opendir(directory) else {
            throw .usage("cannot read folder '\(directory)': \(reason(errno))")
        }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Writes each file through a temporary name in the same folder and renames them all into
    /// place only once every one is complete, so a reader (or an interrupted or failed run)
    /// never sees a half-written file or a new file beside an old partner. An interrupted run
    /// may leave `NAME.tmp-PID` files behind, never a partial `NAME`.
    static func writeAtomically(_ outputs: [(path: String, produce: (OutputFile) throws -> Void)]) throws(CLIError) {
        var written: [(temporary: String, path: String)] = []
        func discard() { for file in written { unlink(file.temporary) } }
        for (path, produce) in outputs {
            let temporary = "\(path).tmp-\(getpid())"
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard descriptor >= 0 else {
                discard()
                throw .usage("cannot write '\(path)': \(reason(errno))")
            }
            written.append((temporary, path))
            do {
                try produce(OutputFile(descriptor: descriptor, name: path))
            } catch {
                close(descriptor)
                discard()
                throw error as? CLIError ?? .failure("cannot write '\(path)': \(error)")
            }
            guard close(descriptor) == 0 else {
                let failure = CLIError.failure("cannot write '\(path)': \(reason(errno))")
                discard()
                throw failure
            }
        }
        for file in written where rename(file.temporary, file.path) != 0 {
            let failure = CLIError.failure("cannot write '\(file.path)': \(reason(errno))")
            discard()
            throw failure
        }
    }

    /// An open file being written.
    struct OutputFile {
        let descriptor: Int32
        let name: String

        func write(_ bytes: UnsafeRawBufferPointer) throws(CLIError) {
            let failure = POSIXFile.writeAll(bytes, to: descriptor)
            if failure != 0 { throw .failure("cannot write '\(name)': \(reason(failure))") }
        }
    }

    /// Writes every byte, retrying after signals; returns 0 or the errno that stopped it.
    static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32 {
        var written = 0
        while written < bytes.count {
            let result = Glibc.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
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
        default: String(cString: strerror(code))
        }
    }
}
