import EventStore
import EventStoreTesting

/// A ledger created fresh in the scratch directory on the real file system, with its syncs counted,
/// and removed again by `remove`.
struct ScratchLedger {
    /// The open store.
    let store: EventStore
    /// The ledger directory.
    let directory: String
    private let fileSystem: SyncCountingFileSystem
    private let scratch: ScratchDirectory
    /// The ledger's name: its directory within the scratch directory.
    let name: String

    /// Creates a new ledger at `scratch/name`.
    /// - Throws: `EventStoreError` if it cannot be created.
    static func create(in scratch: ScratchDirectory, name: String) throws -> ScratchLedger {
        let fileSystem = SyncCountingFileSystem(base: POSIXFileSystem())
        let directory = scratch.path(for: name)
        let store = try EventStore.create(directory: directory, fileSystem: fileSystem)
        return ScratchLedger(
            store: store, directory: directory, fileSystem: fileSystem, scratch: scratch, name: name)
    }

    /// Syncs issued by the store so far.
    var syncCount: Int { fileSystem.syncCount }

    /// Bytes in the ledger's segment files.
    var logSizeBytes: Int { Int(store.info.sizeBytes) }

    /// Times `body` on this ledger: the events it reports appending, the log bytes and syncs it added.
    func time(_ body: (EventStore) throws -> Int) throws -> RunSample {
        let sizeBytesBefore = logSizeBytes
        let syncCountBefore = syncCount
        let stopwatch = Stopwatch()
        let eventCount = try body(store)
        let seconds = stopwatch.elapsedSeconds
        return RunSample(
            seconds: seconds, operationCount: eventCount, sizeBytes: logSizeBytes - sizeBytesBefore,
            syncCount: syncCount - syncCountBefore)
    }

    /// Closes the store and deletes the ledger directory.
    /// - Throws: `EventStoreError` if closing fails, `BenchError` if removal fails.
    func remove() throws {
        try store.close()
        try scratch.remove(name)
    }

    /// Times `body` on a fresh ledger named `name`, then removes the ledger.
    static func timeOnFreshLedger(
        in scratch: ScratchDirectory, name: String, _ body: (EventStore) throws -> Int
    ) throws -> RunSample {
        let ledger = try create(in: scratch, name: name)
        let sample = try ledger.time(body)
        try ledger.remove()
        return sample
    }
}
