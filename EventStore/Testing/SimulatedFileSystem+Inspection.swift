import EventStore

extension SimulatedFileSystem {
    /// How many calls of each kind reached the disk, whether they succeeded or failed. Calls on a
    /// handle that a crash killed, and `fileExists`, are not counted.
    public struct Counters: Sendable, Equatable {
        /// Calls per operation.
        public private(set) var callCountByOperation: [Operation: Int] = [:]
        /// How many times `crash()` ran.
        public internal(set) var crashCount = 0
        /// How many armed faults fired (calls that failed because of `failCall`).
        public internal(set) var faultFiredCount = 0
        /// How many writes landed at the wrong offset (`misdirectWrite`); included in `faultFiredCount`.
        public internal(set) var misdirectedWriteCount = 0
        /// How many reads returned a flipped bit (`flipBitOnRead`); included in `faultFiredCount`.
        public internal(set) var readBitFlipCount = 0

        /// Calls of one operation.
        public func callCount(of operation: Operation) -> Int { callCountByOperation[operation] ?? 0 }
        /// All counted calls.
        public var callCount: Int { callCountByOperation.values.reduce(0, +) }
        /// Counted calls that can change the disk.
        public var mutatingCallCount: Int {
            callCountByOperation.filter { $0.key.isMutating }.values.reduce(0, +)
        }
        /// `OpenFile.write` calls.
        public var writeCount: Int { callCount(of: .write) }
        /// `OpenFile.synchronizeData` calls.
        public var synchronizeDataCount: Int { callCount(of: .synchronizeData) }
        /// `synchronizeDirectory` calls.
        public var synchronizeDirectoryCount: Int { callCount(of: .synchronizeDirectory) }

        mutating func record(_ operation: Operation) {
            callCountByOperation[operation, default: 0] += 1
        }
    }

    /// A snapshot of the call counters.
    public var counters: Counters { withState { state in state.counters } }

    /// The total size beyond which writes and truncations fail with `.noSpace`; nil for no limit.
    public var capacityBytes: Int? {
        get { withState { state in state.capacityBytes } }
        set { withState { state in state.capacityBytes = newValue } }
    }

    /// The total current size of all files in the namespace.
    public var usedBytes: Int { withState { state in state.usedBytes } }

    /// What a read of the whole file would return now; nil if no file is at `path` now.
    public func currentContents(atPath path: String) -> [UInt8]? {
        let path = SimulatedPath.normalized(path)
        return withState { state in state.entries[path].flatMap { state.inodes[$0]?.current } }
    }

    /// What the file at `path` holds on the medium, before any unsynced change that a crash might
    /// keep; nil if no durable directory entry names `path`.
    public func durableContents(atPath path: String) -> [UInt8]? {
        let path = SimulatedPath.normalized(path)
        return withState { state in state.durableEntries[path].flatMap { state.inodes[$0]?.durable } }
    }

    /// The paths of all files now, sorted bytewise.
    public func filePaths() -> [String] {
        withState { state in state.entries.keys.sorted(by: SimulatedPath.bytewiseLess) }
    }

    /// The paths of all files a crash now would keep, sorted bytewise.
    public func durableFilePaths() -> [String] {
        withState { state in state.durableEntries.keys.sorted(by: SimulatedPath.bytewiseLess) }
    }

    /// Simulates bit rot: flips one bit of a file, in both its current and its durable content
    /// wherever that content reaches `byteOffset`.
    ///
    /// - Parameters:
    ///   - path: A file that exists now.
    ///   - byteOffset: The byte to change.
    ///   - bit: Which bit, 0 (least significant) to 7.
    /// - Throws: `.notFound` if no file is at `path`; `.invalidArgument` if neither content reaches
    ///   `byteOffset`.
    public func flipBit(atPath path: String, byteOffset: Int, bit: Int) throws(FileSystemError) {
        precondition((0..<8).contains(bit), "bit must be 0 to 7")
        precondition(byteOffset >= 0, "byte offset must be non-negative")
        let path = SimulatedPath.normalized(path)
        try withState { (state: inout State) throws(FileSystemError) in
            guard let number = state.entries[path], var inode = state.inodes[number] else {
                throw FileSystemError(code: .notFound, operation: "flipBit", path: path)
            }
            state.inodes[number] = nil  // keep the arrays uniquely referenced while flipping
            let mask = UInt8(1) << UInt8(bit)
            let flippedCurrent = Self.flip(&inode.current, byteOffset: byteOffset, mask: mask)
            let flippedDurable = Self.flip(&inode.durable, byteOffset: byteOffset, mask: mask)
            state.inodes[number] = inode
            guard flippedCurrent || flippedDurable else {
                throw FileSystemError(code: .invalidArgument, operation: "flipBit", path: path)
            }
        }
    }

    private static func flip(_ content: inout [UInt8], byteOffset: Int, mask: UInt8) -> Bool {
        guard byteOffset < content.count else { return false }
        content[byteOffset] ^= mask
        return true
    }
}
