import CommandLineSupport
import EventStore
import Projections

/// Loads the projection state of a ledger: from its stored checkpoint plus the events after it when the
/// checkpoint belongs to this ledger, else by a full rebuild from position 0.
enum ProjectionLoader {
    /// `--checkpoint FILE`: where the projection checkpoint lives.
    static let checkpointOption = OptionSpecification.value(
        "checkpoint", valueName: "FILE", help: "The checkpoint file (default: DIR/projections/checkpoint.json).")

    /// Largest checkpoint file read (it embeds every child's effective events).
    static let checkpointSizeBytesMax = 1 << 30

    /// How a state was obtained.
    enum Method: Equatable {
        /// Folded from position 0; `reason` says why an existing checkpoint was not used (nil: there was none,
        /// or none was asked for).
        case full(reason: String?)
        /// Restored from the checkpoint at `position` (nil for an empty-ledger checkpoint), then caught up.
        case incremental(after: UInt64?)
    }

    /// A loaded state, how it was obtained and how many events were folded to get it.
    struct Loaded {
        var state: ProjectionState
        var method: Method
        var foldedEventCount: Int
    }

    /// The checkpoint path of an invocation: `--checkpoint`, else `DIR/projections/checkpoint.json`.
    static func checkpointPath(of invocation: CommandInvocation) -> String {
        invocation.arguments.value(checkpointOption.name)
            ?? LedgerAccess.directory(of: invocation) + "/projections/checkpoint.json"
    }

    /// Reads and decodes the checkpoint at `path`.
    /// - Throws: `FileSystemError.notFound` when there is none; `ProjectionError` for a bad document.
    static func readCheckpoint(atPath path: String) throws -> ProjectionCheckpoint {
        let bytes = try InputFile.contents(ofPath: path, sizeBytesMax: checkpointSizeBytesMax)
        return try ProjectionCheckpoint.decode(documentBytes: bytes)
    }

    /// The state of `store`: caught up from the checkpoint at `path` when it is usable, else rebuilt.
    ///
    /// A checkpoint is usable when it decodes and the ledger's record at its position has its chain head,
    /// so it describes a prefix of this ledger. Its embedded state is trusted (its hash was checked);
    /// `caseledger projections verify` proves it against a rebuild.
    static func load(_ store: EventStore, checkpointPath path: String?) throws -> Loaded {
        guard let path else { return try rebuild(store, reason: nil) }
        let checkpoint: ProjectionCheckpoint
        do {
            checkpoint = try readCheckpoint(atPath: path)
        } catch let error as FileSystemError where error.code == .notFound {
            return try rebuild(store, reason: nil)
        } catch let error as ProjectionError {
            return try rebuild(store, reason: "checkpoint \(path) is unusable: \(error)")
        }
        if let mismatch = try anchorMismatch(of: checkpoint, in: store) {
            return try rebuild(store, reason: "checkpoint \(path) \(mismatch)")
        }
        var state = try checkpoint.restoredState()
        let next = checkpoint.position.map { $0 + 1 } ?? 0
        let events = try LedgerEvent.readAll(from: store, fromPosition: next)
        try state.apply(contentsOf: events)
        return Loaded(state: state, method: .incremental(after: checkpoint.position), foldedEventCount: events.count)
    }

    /// Why `checkpoint` does not describe a prefix of `store`, or nil when it does.
    static func anchorMismatch(of checkpoint: ProjectionCheckpoint, in store: EventStore) throws -> String? {
        guard let position = checkpoint.position else { return nil }
        let recordCount = store.info.recordCount
        guard position < recordCount else {
            return "is at position \(position), past the ledger's end (\(recordCount) records)"
        }
        guard try store.record(at: position).chainHash == checkpoint.chainHead else {
            return "has a chain head that differs from the ledger's record at position \(position)"
        }
        return nil
    }

    private static func rebuild(_ store: EventStore, reason: String?) throws -> Loaded {
        let events = try LedgerEvent.readAll(from: store)
        return Loaded(
            state: try ProjectionState.rebuild(from: events), method: .full(reason: reason),
            foldedEventCount: events.count)
    }
}
