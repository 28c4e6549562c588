import Foundation

/// A tamper-evident, append-only, segmented event log in one directory.
///
/// Thread-safe and synchronous. One writer per directory (an advisory lock on `DIR/LOCK`); any number of
/// read-only stores, in this process or others. Appends are durable (fdatasync) before they return, and
/// concurrent appends share syncs (group commit). See FORMAT.md for the bytes on disk.
///
/// `@unchecked Sendable`: every mutable property is either guarded by `condition` (`state`) or owned by
/// the group-commit leader (`writer`, and writes to `state.index`, which happen only under `condition`
/// while `leaderActive` is set); the leader role is handed over under `condition`, so at most one thread
/// owns the writer at a time. Readers only read `state` under `condition`.
public final class EventStore: @unchecked Sendable {
    let fileSystem: any FileSystem
    let paths: LedgerPaths
    let options: EventStoreOptions
    /// Whether this store accepts appends.
    public let mode: OpenMode
    /// Where the indexes came from at open.
    public let indexOrigin: IndexOrigin
    /// For a read-only open of a damaged ledger: the first problem found while opening (or at the last
    /// `refresh()`).
    public var openDiagnosis: VerifyFailure? {
        condition.lock()
        defer { condition.unlock() }
        return state.diagnosis
    }
    let condition = NSCondition()
    var state: State
    var writer: SegmentWriter?
    private let lock: (any FileLock)?

    /// Everything guarded by `condition`.
    struct State {
        var index: LedgerIndex
        var segments: [SegmentSlot]
        var queue: [AppendRequest] = []
        var leaderActive = false
        var failure: EventStoreError?
        var isClosed = false
        var lastTimestampNanoseconds: Int64
        /// Read-only, damaged: acknowledged positions after the readable records; reading them throws `corrupt`.
        var unreadablePositions: Range<UInt64>?
        /// Read-only: the first problem found at open or the last refresh.
        var diagnosis: VerifyFailure?
    }

    init(
        opened: OpenedLedger, fileSystem: any FileSystem, paths: LedgerPaths, options: EventStoreOptions,
        mode: OpenMode, lock: (any FileLock)?
    ) {
        self.fileSystem = fileSystem
        self.paths = paths
        self.options = options
        self.mode = mode
        self.lock = lock
        self.indexOrigin = opened.indexOrigin
        self.writer = opened.writer
        self.state = State(
            index: opened.index, segments: opened.segments, lastTimestampNanoseconds: opened.lastTimestampNanoseconds,
            unreadablePositions: opened.unreadablePositions, diagnosis: opened.diagnosis)
    }

    deinit { lock?.release() }

    /// Creates a new, empty ledger in `directory` (created if missing) and opens it for writing.
    ///
    /// - Throws: `alreadyExists` if the directory already holds a ledger, `invalidArgument` for bad
    ///   options, `locked` if another writer holds the directory, `io` for file-system failures.
    public static func create(
        directory: String, fileSystem: any FileSystem = POSIXFileSystem(),
        options: EventStoreOptions = EventStoreOptions()
    ) throws(EventStoreError) -> EventStore {
        try options.validate()
        let paths = LedgerPaths(directory: directory)
        try performIO("create directory \(directory)") { () throws(FileSystemError) in
            try fileSystem.createDirectory(atPath: directory)
        }
        let lock = try performIO("lock \(paths.lock)") { () throws(FileSystemError) in
            try fileSystem.lockExclusively(atPath: paths.lock)
        }
        guard !fileSystem.fileExists(atPath: paths.manifest), !fileSystem.fileExists(atPath: paths.segment(0)) else {
            lock.release()
            throw EventStoreError(.alreadyExists, "\(directory) already holds a ledger")
        }
        try performIO("create ledger in \(directory)") { () throws(FileSystemError) in
            _ = try SegmentWriter.createSegment(
                fileSystem: fileSystem, paths: paths, index: 0, firstPosition: 0, previousChainHash: ChainHash.genesis)
            try fileSystem.writeAtomically(
                Manifest(sealed: []).encoded, path: paths.manifest, temporaryPath: paths.manifestTemporary,
                directory: directory)
        }
        lock.release()
        return try open(directory: directory, fileSystem: fileSystem, mode: .readWrite, options: options)
    }

    /// Opens an existing ledger.
    ///
    /// For `.readWrite`: takes the writer lock, checks every sealed segment's header and footer against the
    /// manifest, loads (or rebuilds) the indexes, scans the tail segment, truncates a torn tail and appends a
    /// recovery record describing it. For `.readOnly`: no lock and no writes; it sees the records the HEAD
    /// hint names as durable, and opens even a damaged ledger (see `openDiagnosis`).
    ///
    /// - Throws: `notFound` if there is no ledger, `locked` if another writer holds it, `corrupt` with the
    ///   segment, offset and check that failed (read-write only), `io` for file-system failures.
    public static func open(
        directory: String, fileSystem: any FileSystem = POSIXFileSystem(), mode: OpenMode,
        options: EventStoreOptions = EventStoreOptions()
    ) throws(EventStoreError) -> EventStore {
        try options.validate()
        let paths = LedgerPaths(directory: directory)
        guard fileSystem.fileExists(atPath: paths.manifest) else {
            throw EventStoreError(.notFound, "no ledger in \(directory)")
        }
        let lock: (any FileLock)? =
            mode == .readWrite
            ? try performIO("lock \(paths.lock)") { () throws(FileSystemError) in
                try fileSystem.lockExclusively(atPath: paths.lock)
            }
            : nil
        do throws(EventStoreError) {
            let opened = try LedgerOpener(fileSystem: fileSystem, paths: paths, options: options, mode: mode)
                .openReportingCorruption()
            let store = EventStore(
                opened: opened, fileSystem: fileSystem, paths: paths, options: options, mode: mode, lock: lock)
            if let torn = opened.tornTail { try store.appendRecoveryRecord(torn) }
            return store
        } catch {
            lock?.release()
            throw error
        }
    }

    /// Writes an index checkpoint, releases the writer lock, and refuses further appends and reads.
    /// Idempotent. Waits for an in-flight group commit to finish.
    public func close() throws(EventStoreError) {
        condition.lock()
        while state.leaderActive { condition.wait() }
        let wasClosed = state.isClosed
        state.isClosed = true
        let index = state.index
        let failed = state.failure != nil
        condition.unlock()
        guard !wasClosed else { return }
        defer { lock?.release() }
        if mode == .readWrite && !failed { try writeCheckpoint(index) }
    }

    /// A summary of the committed state.
    public var info: StoreInfo {
        condition.lock()
        defer { condition.unlock() }
        let sizeBytes = state.segments.reduce(UInt64(0)) {
            $0 + UInt64($1.recordsEndOffset + ($1.isSealed ? SegmentFooter.sizeBytes : 0))
        }
        let count = state.index.recordCount
        return StoreInfo(
            recordCount: count, lastPosition: count == 0 ? nil : count - 1, chainHead: state.index.chainHead,
            segmentCount: state.segments.count, streamCount: state.index.streams.count, sizeBytes: sizeBytes)
    }

    /// Writes the index checkpoint atomically.
    func writeCheckpoint(_ index: LedgerIndex) throws(EventStoreError) {
        try performIO("write index checkpoint") { () throws(FileSystemError) in
            try fileSystem.writeAtomically(
                IndexCheckpoint.encode(index), path: paths.indexCheckpoint,
                temporaryPath: paths.indexCheckpointTemporary,
                directory: paths.directory)
        }
    }
}
