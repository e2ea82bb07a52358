#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The live ``MappedFile``s' address ranges and names, kept where a signal handler can read
/// them: a fixed table of plain words and C strings, written under a lock, never reallocated.
package enum MappedFileRegistry {
    private struct Entry {
        var start: Int
        var end: Int
        var name: UnsafeMutablePointer<CChar>?
    }

    /// Files mapped at once; beyond this, files are read instead.
    private static let capacity = 64
    private static let lock = Mutex(())
    nonisolated(unsafe) private static let entries: UnsafeMutablePointer<Entry> = {
        let table = UnsafeMutablePointer<Entry>.allocate(capacity: capacity)
        table.initialize(repeating: Entry(start: 0, end: 0, name: nil), count: capacity)
        return table
    }()

    /// Registers `file`; false when the table is full (then the caller does not map the file,
    /// so that no mapped file goes unnamed).
    static func add(_ file: MappedFile) -> Bool {
        let start = Int(bitPattern: file.bytes.baseAddress)
        let name = strdup(file.name)
        return lock.withLock { _ in
            guard let slot = (0..<capacity).first(where: { entries[$0].start == 0 }) else {
                free(name)
                return false
            }
            // The name first, the range last: the handler trusts an entry once its range is set.
            entries[slot].name = name
            entries[slot].end = start + file.bytes.count
            entries[slot].start = start
            return true
        }
    }

    static func remove(_ file: MappedFile) {
        let start = Int(bitPattern: file.bytes.baseAddress)
        lock.withLock { _ in
            guard let index = (0..<capacity).first(where: { entries[$0].start == start }) else { return }
            entries[index].start = 0
            let name = entries[index].name
            entries[index].name = nil
            free(name)
        }
    }

    /// The name of the mapped file holding `address`, if any: for a signal handler, so it takes
    /// no lock and allocates nothing.
    package static func name(holding address: UnsafeRawPointer?) -> UnsafePointer<CChar>? {
        let address = Int(bitPattern: address)
        for index in 0..<capacity where entries[index].start != 0 && entries[index].start <= address && address < entries[index].end {
            return entries[index].name.map { UnsafePointer($0) }
        }
        return nil
    }
}
