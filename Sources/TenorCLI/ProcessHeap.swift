#if os(Linux)
import CMalloc
import Glibc
#endif
import TenorSupport

/// The C heap of a process that is about to fill a large, predictable amount of memory once
/// and exit: `tenor vectorize`, whose worker threads allocate their few big buffers up front.
///
/// glibc serves each allocation of 128 KiB or more with a mapping of its own and every thread
/// from an arena of its own; either way every 4 KiB of it costs a page fault the first time it
/// is written (about 1.6 µs here), and the heap's own pages are never on huge pages, because
/// Linux gives those only to memory a program advises. On medium.txt that was about 8,000
/// faults for 81 MB. Grown once, advised once and kept, the heap takes most of those
/// allocations on 2 MiB pages instead: 1,100–1,500 faults (Benchmarks/RESULTS.md).
///
/// Not for programs whose threads allocate often: with one arena they take turns at its lock
/// (`tenor tone`, which allocates per paragraph on both cores, ran 25% slower with it).
enum ProcessHeap {
    /// The one arena grows by at least this much, so that later growth is rare.
    private static let growthStep: Int32 = 64 << 20

    /// Serves every later allocation, from every thread, from the main heap, grown now by about
    /// `bytes` (address space only: pages are mapped when first written) and advised for huge
    /// pages; freed memory stays in the heap (up to 2 GiB of it) until the process exits. Call
    /// before the process starts a thread: a thread that has allocated keeps an arena of its
    /// own. A hint, as ``HugePages/advise(_:)`` is: where the heap cannot grow, under a
    /// sanitizer's allocator, under strict overcommit accounting or off Linux, allocation
    /// works as before.
    static func reserve(bytes: Int) {
        #if os(Linux)
        // Under strict accounting (`vm.overcommit_memory` 2) the reserved address space would
        // be charged as memory for the whole run, however little of it is used.
        guard bytes > 0, !strictOvercommit else { return }
        // glibc answers 1; AddressSanitizer's allocator, which has no such settings, answers 0.
        // ThreadSanitizer passes the call to glibc, and then the block checked below is its own.
        guard mallopt(M_ARENA_MAX, 1) == 1 else { return }
        _ = mallopt(M_TRIM_THRESHOLD, .max)
        _ = mallopt(M_TOP_PAD, growthStep)
        // Large blocks from the heap too, this one first. Where the heap cannot grow, glibc
        // still maps a block apart.
        _ = mallopt(M_MMAP_MAX, 0)
        // Where the heap's free top begins: a block from the heap starts there or above.
        let top = Int(bitPattern: sbrk(0)) - Int(mallinfo2().keepcost)
        // Kept where the optimiser must assume it is read: a `malloc` whose block is only
        // freed again may otherwise be removed, and the heap's growth with it.
        lastBlock = malloc(bytes)
        free(lastBlock)
        let end = Int(bitPattern: sbrk(0))
        // From the heap only if it lies between the old top and the new program break (a
        // mapping may lie below the break too, in the legacy address space layout).
        guard let block = lastBlock, top <= Int(bitPattern: block), Int(bitPattern: block) + bytes <= end else {
            restoreDefaults()
            return
        }
        HugePages.advise(UnsafeMutableBufferPointer(start: block.assumingMemoryBound(to: UInt8.self), count: end - Int(bitPattern: block)))
        #endif
    }

    #if os(Linux)
    /// glibc's defaults back (its thresholds then stay fixed, as after any `mallopt`): arenas by
    /// core count, 128 KiB of padding and of free top before trimming, and mappings for large
    /// blocks. For a heap that could not grow, and a sanitizer's allocator that ignores them.
    private static func restoreDefaults() {
        _ = mallopt(M_ARENA_MAX, 0)
        _ = mallopt(M_TOP_PAD, 128 << 10)
        _ = mallopt(M_TRIM_THRESHOLD, 128 << 10)
        _ = mallopt(M_MMAP_MAX, 65_536)
    }

    /// Whether the kernel charges address space as memory (`vm.overcommit_memory` is 2).
    private static var strictOvercommit: Bool {
        guard let file = fopen("/proc/sys/vm/overcommit_memory", "r") else { return false }
        defer { fclose(file) }
        return fgetc(file) == Int32(UInt8(ascii: "2"))
    }
    #endif

    /// The block that grew the heap (see ``reserve(bytes:)``); written only there, before the
    /// process starts a thread.
    nonisolated(unsafe) private static var lastBlock: UnsafeMutableRawPointer?
}
