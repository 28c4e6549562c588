/// A tamper-evident, append-only, segmented event log in one directory.
///
/// Thread-safe and synchronous. One writer per directory (an advisory lock on `DIR/LOCK`); any number of
/// read-only stores, in this process or others. Appends are durable (fdatasync) before they return, and
/// concurrent appends share syncs (group commit). See FORMAT.md for the bytes on disk.
///
/// `@unchecked Sendable`: every mutable property is either inside `shared` (a `ConditionLock`, so only
/// touched with its mutex held) or is `writer`, which only the group-commit leader touches; the leader
/// role is taken and handed back inside `shared` (`State.leaderActive`), so at most one thread owns the
/// writer at a time. See `EventStore+GroupCommit.swift` for the hand-off and its writable gate.
public final class EventStore: @unchecked Sendable {
    let fileSystem: any FileSystem
    let paths: LedgerPaths
    let options: EventStoreOptions
    /// Whether this store accepts appends.
    public let mode: OpenMode
    /// Opened by `openForInspection`: damage is served as a diagnosis instead of refused.
    let isInspecting: Bool
    /// Where the indexes came from at open.
    public let indexOrigin: IndexOrigin
    /// For a read-only open of a damaged ledger: the first problem found while opening (or at the last
    /// `refresh()`).
    public var openDiagnosis: VerifyFailure? { shared.withLockedValue { state in state.diagnosis } }
    /// The state shared by appenders, readers and `close`.
    let shared: ConditionLock<State>
    var writer: SegmentWriter?
    private let lock: (any FileLock)?

    /// Everything guarded by `shared`.
    struct State {
        var index: LedgerIndex
        var segments: [SegmentSlot]
        /// Requests waiting for a group-commit leader.
        var queue: [AppendRequest] = []
        /// True while a thread owns `writer` and commits a group.
        var leaderActive = false
        /// The first write or sync failure: the writable gate (no request may lead after one).
        var failure: EventStoreError?
        /// `close()` has started: new appends are refused; queued ones are still committed or failed.
        var isClosing = false
        /// `close()` has finished: everything is refused.
        var isClosed = false
        var lastTimestampNanoseconds: Int64
        /// Requests in the last group a leader gathered: how many appenders a new leader waits for.
        var lastGroupRequestCount = 1
        /// How long the last group's write and fdatasync took: the bound of a new leader's wait.
        var lastSyncNanoseconds: UInt64 = 0
        /// Read-only, damaged: acknowledged positions after the readable records; reading them throws `corrupt`.
        var unreadablePositions: Range<UInt64>?
        /// Read-only: the first problem found at open or the last refresh.
        var diagnosis: VerifyFailure?
    }

    init(
        opened: OpenedLedger, fileSystem: any FileSystem, paths: LedgerPaths, options: EventStoreOptions,
        mode: OpenMode, lock: (any FileLock)?, inspecting: Bool = false
    ) {
        self.isInspecting = inspecting
        self.fileSystem = fileSystem
        self.paths = paths
        self.options = options
        self.mode = mode
        self.lock = lock
        self.indexOrigin = opened.indexOrigin
        self.writer = opened.writer
        self.shared = ConditionLock(
            State(
                index: opened.index, segments: opened.segments,
                lastTimestampNanoseconds: opened.lastTimestampNanoseconds,
                unreadablePositions: opened.unreadablePositions, diagnosis: opened.diagnosis))
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
            try writeEmptyHead(fileSystem: fileSystem, paths: paths)
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
    /// hint names as durable. Either mode refuses a damaged ledger: damage is never served as a shorter
    /// one (`openForInspection` opens it anyway, for `verify`).
    ///
    /// - Throws: `notFound` if there is no ledger, `locked` if another writer holds it, `corrupt` with the
    ///   file, segment, offset, position and check that failed, `io` for file-system failures.
    public static func open(
        directory: String, fileSystem: any FileSystem = POSIXFileSystem(), mode: OpenMode,
        options: EventStoreOptions = EventStoreOptions()
    ) throws(EventStoreError) -> EventStore {
        try open(directory: directory, fileSystem: fileSystem, mode: mode, options: options, inspecting: false)
    }

    /// Opens a ledger read-only even if it is damaged, for verification and forensics: `openDiagnosis`
    /// names the first problem found (a damaged MANIFEST, segment header, footer or record), the records
    /// before it are readable, and reads of acknowledged positions after it throw `corrupt`.
    ///
    /// - Throws: `notFound` if the directory holds neither a MANIFEST nor a segment, `io` for file-system
    ///   failures.
    public static func openForInspection(
        directory: String, fileSystem: any FileSystem = POSIXFileSystem(),
        options: EventStoreOptions = EventStoreOptions()
    ) throws(EventStoreError) -> EventStore {
        try open(directory: directory, fileSystem: fileSystem, mode: .readOnly, options: options, inspecting: true)
    }

    private static func open(
        directory: String, fileSystem: any FileSystem, mode: OpenMode, options: EventStoreOptions, inspecting: Bool
    ) throws(EventStoreError) -> EventStore {
        try options.validate()
        let paths = LedgerPaths(directory: directory)
        guard fileSystem.fileExists(atPath: paths.manifest) || fileSystem.fileExists(atPath: paths.segment(0)) else {
            throw EventStoreError(.notFound, "no ledger in \(directory)")
        }
        let lock: (any FileLock)? =
            mode == .readWrite
            ? try performIO("lock \(paths.lock)") { () throws(FileSystemError) in
                try fileSystem.lockExclusively(atPath: paths.lock)
            }
            : nil
        do throws(EventStoreError) {
            var opener = LedgerOpener(fileSystem: fileSystem, paths: paths, options: options, mode: mode)
            opener.scansWholeTail = inspecting
            let opened = try opener.openReportingCorruption()
            if opened.isDamaged && !inspecting { throw opened.damageError(directory: directory) }
            let store = EventStore(
                opened: opened, fileSystem: fileSystem, paths: paths, options: options, mode: mode, lock: lock,
                inspecting: inspecting)
            if let torn = opened.tornTail { try store.appendRecoveryRecord(torn) }
            return store
        } catch {
            lock?.release()
            throw error
        }
    }

    /// Refuses new appends, waits until every append already queued has been committed or failed, writes the
    /// tail index (the index entries since the last index checkpoint; a whole checkpoint if there is no valid
    /// one to extend), then releases the writer lock; afterwards reads are refused too. Idempotent: a second
    /// call waits for the first to finish.
    ///
    /// - Throws: `io` if the checkpoint cannot be written (the lock is released all the same).
    public func close() throws(EventStoreError) {
        let isFirst = shared.withLock { state in
            defer { state.isClosing = true }
            return !state.isClosing
        }
        guard isFirst else {
            shared.withLock(waitingUntil: { $0.isClosed }) { _ in }
            return
        }
        let (index, failed) = shared.withLock(waitingUntil: { !$0.leaderActive && $0.queue.isEmpty }) { state in
            (state.index, state.failure != nil)
        }
        defer {
            shared.withLock { state in state.isClosed = true }
            lock?.release()
        }
        guard mode == .readWrite, !failed else { return }
        if let journal = index.journal {
            try writeTailIndex(TailIndex(journal: journal, chainHead: index.chainHead))
        } else {
            try writeCheckpoint(index)
        }
    }

    /// A summary of the committed state.
    public var info: StoreInfo { shared.withLockedValue { state in Self.info(of: state) } }

    private static func info(of state: State) -> StoreInfo {
        let sizeBytes = state.segments.reduce(UInt64(0)) {
            $0 + UInt64($1.recordsEndOffset + ($1.isSealed ? SegmentFooter.sizeBytes : 0))
        }
        let count = state.index.recordCount
        return StoreInfo(
            recordCount: count, lastPosition: count == 0 ? nil : count - 1, chainHead: state.index.chainHead,
            segmentCount: state.segments.count, streamCount: state.index.streams.count, sizeBytes: sizeBytes)
    }

    /// Writes the HEAD hint of an empty ledger, durably (the manifest's directory sync follows), so that a
    /// reader never mistakes the records of a first group not yet acknowledged for durable ones.
    private static func writeEmptyHead(fileSystem: any FileSystem, paths: LedgerPaths) throws(FileSystemError) {
        let hint = HeadHint(
            recordCount: 0, segmentIndex: 0, tailOffset: UInt64(SegmentHeader.sizeBytes), chainHead: ChainHash.genesis)
        if fileSystem.fileExists(atPath: paths.head) { try fileSystem.removeFile(atPath: paths.head) }
        let file = try fileSystem.openFile(atPath: paths.head, mode: .createNew)
        try file.write(hint.encoded, atOffset: 0)
        try file.synchronizeData()
    }

    /// Writes the tail index atomically.
    func writeTailIndex(_ tail: TailIndex) throws(EventStoreError) {
        try performIO("write tail index") { () throws(FileSystemError) in
            try fileSystem.writeAtomically(
                tail.encoded, path: paths.tailIndex, temporaryPath: paths.tailIndexTemporary,
                directory: paths.directory)
        }
    }

    /// Writes the index checkpoint atomically.
    func writeCheckpoint(_ index: LedgerIndex) throws(EventStoreError) {
        let bytes = try IndexCheckpoint.encode(index)
        try performIO("write index checkpoint") { () throws(FileSystemError) in
            try fileSystem.writeAtomically(
                bytes, path: paths.indexCheckpoint,
                temporaryPath: paths.indexCheckpointTemporary,
                directory: paths.directory)
        }
    }
}
