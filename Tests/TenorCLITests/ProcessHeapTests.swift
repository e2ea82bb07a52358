import Foundation
import TenorSupport
import Testing

/// `tenor vectorize` starts with its C heap grown by `VectorizeCommand.heapReservation` and
/// advised for huge pages (``ProcessHeap``); other commands keep glibc's defaults. Seen in the
/// running process's memory map while it waits for its standard input.
@Suite struct ProcessHeapTests {
    /// A heap mapping of the running process: its size and the kernel's flags for it (`hg`:
    /// advised for huge pages).
    struct HeapPart {
        var bytes: Int
        var hugePages: Bool
    }

    /// Under a sanitizer its allocator serves `malloc`, not glibc's, and the heap is left alone.
    static let glibcAllocates = ["__asan_init", "__tsan_init"].allSatisfy { (name: String) in
        dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) == nil
    }

    /// The heap can grow by 1 GiB: no data-size limit below 2 GiB, no strict overcommit
    /// accounting (under which `ProcessHeap` leaves the heap alone).
    static let heapCanGrow: Bool = {
        var limit = rlimit()
        let limited = getrlimit(__rlimit_resource_t(RLIMIT_DATA.rawValue), &limit) == 0 && limit.rlim_cur < 2 << 30
        let strict = (try? FileBytes.read("/proc/sys/vm/overcommit_memory", limit: 64))?.first == UInt8(ascii: "2")
        return !limited && !strict
    }()

    @Test(.enabled(if: glibcAllocates, "a sanitizer's allocator serves malloc"),
          .enabled(if: heapCanGrow, "the heap cannot grow by 1 GiB here"))
    func vectorizeStartsOnAGrownAdvisedHeap() throws {
        let folder = try TemporaryFolder()
        let parts = try Self.heapWhileWaiting(["vectorize", "--format", "npz", "--output", folder.url.path])
        // 1 GiB and glibc's 64 MiB step, less what lies outside whole 2 MiB pages.
        #expect(parts.contains { $0.hugePages && $0.bytes >= (1 << 30) - (4 << 20) })
    }

    /// Where the heap cannot grow (a data-size limit of 600,000 KiB, under the 1 GiB asked
    /// for), `vectorize` keeps glibc's defaults and writes the same matrix.
    @Test(.enabled(if: glibcAllocates, "a sanitizer's allocator serves malloc"))
    func vectorizeKeepsTheDefaultHeapWhereItCannotGrow() throws {
        let folder = try TemporaryFolder()
        let corpus = try folder.file("corpus.txt", ThreadCountTests.corpus(paragraphs: 2000))
        let limited = ["-c", "ulimit -d 600000 && exec \"$0\" \"$@\"", TenorRunner.executable.path]
        let shell = URL(fileURLWithPath: "/bin/sh")
        let parts = try Self.heapWhileWaiting(limited + ["vectorize", "--output", folder.url.appendingPathComponent("waiting").path],
                                              executable: shell)
        #expect(!parts.isEmpty)
        #expect(parts.allSatisfy { !$0.hugePages && $0.bytes < 1 << 30 })

        let outputs = ["free", "limited"].map { folder.url.appendingPathComponent($0) }
        let free = try TenorRunner.run(["vectorize", corpus, "--format", "npz", "--output", outputs[0].path])
        let capped = try TenorRunner.run(limited + ["vectorize", corpus, "--format", "npz", "--output", outputs[1].path],
                                         executable: shell)
        #expect(free.status == 0 && capped.status == 0, "\(free.error)\(capped.error)")
        let matrices = try outputs.map { try Data(contentsOf: $0.appendingPathComponent("matrix.npz")) }
        #expect(matrices[0] == matrices[1])
    }

    @Test(.enabled(if: glibcAllocates, "a sanitizer's allocator serves malloc"))
    func toneKeepsTheDefaultHeap() throws {
        let parts = try Self.heapWhileWaiting(["tone"])
        #expect(!parts.isEmpty)
        #expect(parts.allSatisfy { !$0.hugePages && $0.bytes < 1 << 30 })
    }

    /// Starts `tenor` with `arguments` reading a pipe, reads its heap mappings once it has
    /// started (it then waits for input), and ends it by closing the pipe.
    static func heapWhileWaiting(_ arguments: [String], executable: URL = TenorRunner.executable) throws -> [HeapPart] {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }
        // Started means `tenor` (not a shell about to become it) blocked reading the pipe, its
        // heap set up long before: the main thread's kernel state is then "S" in /proc/PID/stat.
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if let stat = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/stat", encoding: .utf8),
               stat.contains("(tenor)"),
               let state = stat.split(separator: ")").last?.split(separator: " ").first, state == "S",
               let parts = try? heapParts(of: process.processIdentifier), !parts.isEmpty {
                return parts
            }
            usleep(20_000)
        }
        Issue.record("tenor \(arguments.joined(separator: " ")) did not start within 20 s")
        return []
    }

    /// The `[heap]` mappings in /proc/PID/smaps.
    static func heapParts(of pid: Int32) throws -> [HeapPart] {
        var parts: [HeapPart] = []
        var current: HeapPart?
        let smaps = try FileBytes.read("/proc/\(pid)/smaps", limit: 64 << 20)
        for line in String(decoding: smaps, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: " ")
            if let range = fields.first, range.contains("-"), !range.hasSuffix(":") {
                let bounds = range.split(separator: "-").compactMap { Int($0, radix: 16) }
                current = fields.last == "[heap]" && bounds.count == 2 ? HeapPart(bytes: bounds[1] - bounds[0], hugePages: false) : nil
            } else if var part = current, fields.first == "VmFlags:" {
                part.hugePages = fields.contains("hg")
                parts.append(part)
                current = nil
            }
        }
        return parts
    }
}
