import EventStore

/// Loads the projection state of a ledger: from its stored checkpoint plus the events after it when the
/// checkpoint belongs to this ledger, else by a full rebuild from position 0. The checkpoint policy of
/// `caseledger projections` and `compliance`, here so tests and tools use the same code.
public enum ProjectionLoader {
    /// How a state was obtained.
    public enum Method: Equatable, Sendable {
        /// Folded from position 0; `reason` says why an existing checkpoint was not used (nil: there was none,
        /// or none was asked for).
        case full(reason: String?)
        /// Restored from the checkpoint at `position` (nil for an empty-ledger checkpoint), then caught up.
        case incremental(after: UInt64?)
    }

    /// A loaded state, how it was obtained and how many events were folded to get it.
    public struct Loaded {
        /// The state, caught up to the ledger's end.
        public var state: ProjectionState
        /// How it was obtained.
        public var method: Method
        /// Events folded to obtain it (after the checkpoint, or all of them).
        public var foldedEventCount: Int
    }

    /// The default checkpoint path of the ledger in `ledgerDirectory`.
    public static func defaultCheckpointPath(ledgerDirectory: String) -> String {
        ledgerDirectory + "/projections/checkpoint.bin"
    }

    /// Reads the checkpoint at `path` and checks its header and state hash (`ProjectionCheckpoint.decode`).
    /// - Throws: `FileSystemError` when it cannot be read (`.notFound` when there is none);
    ///   `ProjectionError.malformedCheckpoint` for a bad or older file or one over
    ///   `ProjectionCheckpoint.fileSizeBytesMax`; `.checkpointMismatch` for a damaged or edited one.
    public static func readCheckpoint(
        atPath path: String, fileSystem: some FileSystem = POSIXFileSystem()
    ) throws -> ProjectionCheckpoint {
        let file = try fileSystem.openFile(atPath: path, mode: .readOnly)
        let sizeBytes = try file.size()
        let sizeBytesMax = ProjectionCheckpoint.fileSizeBytesMax
        guard sizeBytes <= sizeBytesMax else {
            throw ProjectionError(.malformedCheckpoint, reason: "\(path) is larger than the \(sizeBytesMax)-byte limit")
        }
        return try ProjectionCheckpoint.decode(fileBytes: try file.read(atOffset: 0, count: sizeBytes))
    }

    /// The state of `store`: caught up from the checkpoint at `path` when it is usable, else rebuilt.
    ///
    /// A checkpoint is usable when it decodes and the ledger's record at its position has its chain head,
    /// so it describes a prefix of this ledger. Its embedded state is trusted (its hash was checked);
    /// `caseledger projections verify` proves it against a rebuild.
    public static func load(
        _ store: EventStore, checkpointPath path: String?, fileSystem: some FileSystem = POSIXFileSystem()
    ) throws -> Loaded {
        guard let path else { return try rebuild(store, reason: nil) }
        let checkpoint: ProjectionCheckpoint
        do {
            checkpoint = try readCheckpoint(atPath: path, fileSystem: fileSystem)
        } catch let error as FileSystemError where error.code == .notFound {
            return try rebuild(store, reason: nil)
        } catch let error as ProjectionError {
            return try rebuild(store, reason: "checkpoint \(path) is unusable: \(error)")
        }
        if let mismatch = try anchorMismatch(of: checkpoint, in: store) {
            return try rebuild(store, reason: "checkpoint \(path) \(mismatch)")
        }
        let state: ProjectionState
        do {
            state = try checkpoint.restoredState()
        } catch {
            return try rebuild(store, reason: "checkpoint \(path) is unusable: \(error)")
        }
        return try catchUp(state, in: store, method: .incremental(after: checkpoint.position))
    }

    /// Why `checkpoint` does not describe a prefix of `store`, or nil when it does.
    public static func anchorMismatch(of checkpoint: ProjectionCheckpoint, in store: EventStore) throws -> String? {
        try anchorMismatch(position: checkpoint.position, chainHead: checkpoint.chainHead, in: store)
    }

    /// Why a state at `position` with `chainHead` does not describe a prefix of `store`, or nil when it does.
    static func anchorMismatch(position: UInt64?, chainHead: [UInt8], in store: EventStore) throws -> String? {
        guard let position else { return nil }
        let recordCount = store.info.recordCount
        guard position < recordCount else {
            return "is at position \(position), past the ledger's end (\(recordCount) records)"
        }
        guard try store.record(at: position).chainHash == chainHead else {
            return "has a chain head that differs from the ledger's record at position \(position)"
        }
        return nil
    }

    /// Throws `corrupt` if the checkpoint stored at `path` covers more of the ledger than `replacement`: a
    /// checkpoint is never replaced by one covering less (the ledger lost records, or the file belongs to
    /// another ledger; either way a person must look). A missing or undecodable stored checkpoint is replaced.
    public static func refuseRegression(
        to replacement: ProjectionCheckpoint, atPath path: String, fileSystem: some FileSystem = POSIXFileSystem()
    ) throws {
        guard let stored = try? readCheckpoint(atPath: path, fileSystem: fileSystem), let storedPosition = stored.position else { return }
        guard let position = replacement.position, position >= storedPosition else {
            let covered = replacement.position.map { "position \($0)" } ?? "no record"
            throw EventStoreError(
                .corrupt,
                "checkpoint \(path) covers the ledger to position \(storedPosition), but the ledger now ends at "
                    + "\(covered); not replaced (check the ledger, or remove the checkpoint to start afresh)")
        }
    }

    private static func rebuild(_ store: EventStore, reason: String?) throws -> Loaded {
        try catchUp(ProjectionState(), in: store, method: .full(reason: reason))
    }

    private static func catchUp(_ state: ProjectionState, in store: EventStore, method: Method) throws -> Loaded {
        var state = state
        let folded = try state.catchUp(with: store)
        return Loaded(state: state, method: method, foldedEventCount: folded)
    }
}
