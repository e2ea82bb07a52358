extension BLASThreads {
    /// The thread limits asked for by the ``BLASThreads/with(_:_:)`` calls running now, and the
    /// count BLAS had before the first of them: which count BLAS should run on as calls come
    /// and go (the least limit running, else the count from before).
    struct Limits {
        /// The running calls' limits, one entry per call (a handful at most).
        private var running: [Int32] = []
        /// The count found when the first running call started.
        private var before: Int32 = 1

        /// Records a call limiting BLAS to `limit` threads; returns the count to set, or nil
        /// when BLAS already runs on it.
        mutating func enter(_ limit: Int32, current: () -> Int32) -> Int32? {
            let previous = running.isEmpty ? nil : running.min()
            if running.isEmpty { before = current() }
            running.append(limit)
            let wanted = running.min()!
            return wanted == (previous ?? before) ? nil : wanted
        }

        /// Records the end of a call that limited BLAS to `limit` threads; returns the count to
        /// set, or nil when it stays.
        mutating func leave(_ limit: Int32) -> Int32? {
            let previous = running.min()!
            running.remove(at: running.firstIndex(of: limit)!)
            let wanted = running.min() ?? before
            return wanted == previous ? nil : wanted
        }
    }
}
