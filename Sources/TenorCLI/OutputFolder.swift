#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An output folder whose files all change at once. The new files are written into a new
/// sibling folder (`.NAME.tenor-PID`), the other entries of the old folder (the user's files)
/// are hard-linked into it, and the two folders trade places in one step
/// (`renameat2(RENAME_EXCHANGE)`); the old folder is then removed. A reader, an interruption or
/// a failure therefore sees the old files or the new ones, never a mix, and the temporary
/// folder does not outlive the run (see ``InterruptCleanup``; only SIGKILL or a crash of the
/// machine can leave it). A folder given through a symbolic link is replaced where the link
/// points, and the link stays.
struct OutputFolder {
    /// The folder as the user named it, for messages.
    let given: BytePath
    /// The names of the files written, in the order ``replace(with:)`` takes their producers.
    let names: [String]
    /// The names of earlier outputs that the new folder leaves out (with `names`), not carries.
    let superseded: [String]

    typealias Producer = (POSIXFile.OutputFile) throws -> Void

    /// Checks `given` as an output folder that will get the files `names`, changing nothing, so
    /// that a folder that cannot be replaced is refused before any work is done.
    init(_ given: BytePath, writing names: [String], superseding superseded: [String] = []) throws(CLIError) {
        self.given = given
        self.names = names
        self.superseded = superseded
        if let folder = try resolve(creatingParents: false), folder.exists { _ = try carriedEntries(of: folder.target) }
    }

    /// The folder's real path (for a new folder, its parent's real path and its name) and
    /// whether it exists; nil when the parent is missing and not to be made.
    private func resolve(creatingParents: Bool) throws(CLIError) -> (target: BytePath, exists: Bool)? {
        let target: BytePath
        let exists: Bool
        if let info = POSIXFile.status(given) {
            guard (info.st_mode & S_IFMT) == S_IFDIR else {
                throw .usage("--output \(given.quoted) is a file, not a folder: name a folder for \(names.joined(separator: " and "))")
            }
            target = try Self.realPath(given)
            exists = true
        } else {
            let trimmed = Array(given.bytes.reversed().drop(while: { $0 == UInt8(ascii: "/") }).reversed())
            let name = Array(BytePath(bytes: trimmed).lastComponent)
            let parent = BytePath(bytes: trimmed.count > name.count ? Array(trimmed.dropLast(name.count)) : Array("./".utf8))
            guard creatingParents || POSIXFile.isDirectory(parent) else { return nil }
            try POSIXFile.makeDirectory(parent)
            target = try Self.realPath(parent).appending(name)
            exists = false
        }
        let current = try Self.realPath(BytePath(bytes: Array(".".utf8)))
        guard target.bytes != [UInt8(ascii: "/")], current != target, !current.bytes.starts(with: target.bytes + [UInt8(ascii: "/")]) else {
            throw .usage("--output \(given.quoted) holds the current folder, and tenor vectorize replaces its output folder as a whole: name a folder inside it, such as --output out")
        }
        return (target, exists)
    }

    /// The existing folder's entries, except the outputs: the files to carry over. A folder
    /// where an output goes, or any other folder inside, is refused: nothing changes.
    private func carriedEntries(of target: BytePath) throws(CLIError) -> [[UInt8]] {
        var carried: [[UInt8]] = []
        for name in try POSIXFile.entries(of: target).sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let path = given.appending(name)
            var info = stat()
            let isFolder = target.appending(name).withCString { lstat($0, &info) } == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            if (names + superseded).contains(where: { Array($0.utf8) == name }) {
                if isFolder { throw .usage("\(path.quoted) is a folder where tenor vectorize writes a file: remove or rename it; nothing was replaced") }
                continue
            }
            if isFolder {
                throw .usage("--output \(given.quoted) holds the folder \(path.quoted): tenor vectorize replaces its output folder as a whole, keeping the files in it but not folders; move the folder, or choose another --output")
            }
            carried.append(name)
        }
        return carried
    }

    /// Writes the files (each by its producer, in the order of ``names``) and swaps them in,
    /// with the folder's other files as they are now, all at once; missing parents are made.
    func replace(with producers: [Producer]) throws(CLIError) {
        precondition(producers.count == names.count, "one producer per output name")
        guard let (target, exists) = try resolve(creatingParents: true) else { return }
        let carried = exists ? try carriedEntries(of: target) : []
        let name = Array(target.lastComponent)
        let temporary = BytePath(bytes: Array(target.bytes.dropLast(name.count)) + Array(".".utf8) + name + Array(".tenor-\(getpid())".utf8))
        let mode = exists ? POSIXFile.status(target).map { $0.st_mode & 0o7777 } ?? 0o755 : 0o755
        let written = names.map { temporary.appending(Array($0.utf8)) }
        // Armed first, so that no signal falls between making the folder and arming.
        InterruptCleanup.arm(removing: written, then: temporary)
        guard temporary.withCString({ mkdir($0, mode) }) == 0 else {
            let failure = CLIError.usage("cannot create the folder \(temporary.quoted) to write into: \(POSIXFile.reason(errno))")
            return try InterruptCleanup.critical { () throws(CLIError) in throw failure }
        }
        var failure: CLIError?
        for (index, path) in written.enumerated() where failure == nil {
            do {
                try write(producers[index], named: names[index], to: path)
            } catch {
                failure = error
            }
        }
        try InterruptCleanup.critical { () throws(CLIError) in
            if failure == nil { failure = swap(temporary, into: target, replacing: exists, carrying: carried) }
            if let failure {
                Self.remove(temporary, entries: names.map { Array($0.utf8) } + carried)
                throw failure
            }
        }
    }

    private func write(_ produce: Producer, named name: String, to path: BytePath) throws(CLIError) {
        let shown = given.appending(Array(name.utf8))
        let descriptor = path.withCString { open($0, O_WRONLY | O_CREAT | O_EXCL, 0o644) }
        guard descriptor >= 0 else { throw .usage("cannot write \(shown.quoted): \(POSIXFile.reason(errno))") }
        do {
            try produce(POSIXFile.OutputFile(descriptor: descriptor, name: shown.description))
        } catch {
            close(descriptor)
            throw error as? CLIError ?? .failure("cannot write \(shown.quoted): \(error)")
        }
        guard close(descriptor) == 0 else { throw .failure("cannot write \(shown.quoted): \(POSIXFile.reason(errno))") }
    }

    /// Links the carried files into `temporary` and trades it with the target (or renames it
    /// there when there was none), then removes the old folder; the error, if any.
    private func swap(_ temporary: BytePath, into target: BytePath, replacing exists: Bool, carrying carried: [[UInt8]]) -> CLIError? {
        for name in carried {
            let linked = target.appending(name).withCString { old in
                temporary.appending(name).withCString { new in linkat(AT_FDCWD, old, AT_FDCWD, new, 0) }
            }
            guard linked == 0 else {
                return .usage("cannot keep \(given.appending(name).quoted) in the replaced folder (it is hard-linked into the new one): \(POSIXFile.reason(errno)); move it out of \(given.quoted); nothing was replaced")
            }
        }
        let flags = exists ? Self.exchange : Self.noReplace
        let result = temporary.withCString { new in target.withCString { old in Self.renameat2?(AT_FDCWD, new, AT_FDCWD, old, flags) ?? -1 } }
        guard result == 0 else {
            let reason = Self.renameat2 == nil ? "this system has no renameat2" : POSIXFile.reason(errno)
            return .usage("cannot replace \(given.quoted) at once: \(reason); remove it first, or choose another --output")
        }
        if exists {
            // The new folder is in place, so an old one left behind is worth a warning only.
            let problem: String?
            do {
                problem = Self.remove(temporary, entries: try POSIXFile.entries(of: temporary)) ? nil : POSIXFile.reason(errno)
            } catch {
                problem = error.description
            }
            if let problem {
                StandardOutput.printError("tenor: warning: the old output folder, now \(temporary.quoted), could not be removed: \(problem)")
            }
        }
        return nil
    }

    /// Removes `entries` of `folder`, then the folder; whether the folder is gone.
    @discardableResult
    private static func remove(_ folder: BytePath, entries: [[UInt8]]) -> Bool {
        for name in entries { _ = folder.appending(name).withCString { unlink($0) } }
        return folder.withCString { rmdir($0) } == 0
    }

    private static func realPath(_ path: BytePath) throws(CLIError) -> BytePath {
        guard let resolved = path.withCString({ realpath($0, nil) }) else {
            throw .usage("cannot use folder \(path.quoted): \(POSIXFile.reason(errno))")
        }
        defer { free(resolved) }
        return BytePath(bytes: Array(UnsafeRawBufferPointer(start: resolved, count: strlen(resolved))))
    }

    // renameat2 is in glibc since 2.28 but not in Swift's Glibc module (it needs _GNU_SOURCE),
    // so it is looked up at run time. Flags from <stdio.h>.
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    private static let renameat2: RenameAt2? =
        dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2").map { unsafeBitCast($0, to: RenameAt2.self) }
    private static let noReplace: UInt32 = 1 << 0
    private static let exchange: UInt32 = 1 << 1
}
