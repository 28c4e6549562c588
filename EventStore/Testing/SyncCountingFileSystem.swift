import EventStore
import Synchronization

/// Wraps a file system, counts the syncs issued through it (fdatasync on files, fsync on directories)
/// and can fail a chosen data sync, so tests and benchmarks see how often and when the store syncs.
///
/// Every other call passes straight through (`ForwardingFileSystem`); a sync costs one uncontended lock.
public final class SyncCountingFileSystem: ForwardingFileSystem, @unchecked Sendable {
    private let counts = Mutex(Counts())

    private struct Counts {
        var dataSyncCount = 0
        var directorySyncCount = 0
        var failingDataSyncNumber: Int?
        var nextDataSyncHook: (@Sendable () -> Void)?
    }

    /// Wraps `base`.
    public override init(base: any FileSystem) {
        super.init(base: base)
    }

    /// The `synchronizeData` calls made on files opened through this file system.
    public var dataSyncCount: Int { counts.withLock { $0.dataSyncCount } }

    /// The `synchronizeDirectory` calls made through this file system.
    public var directorySyncCount: Int { counts.withLock { $0.directorySyncCount } }

    /// Every sync so far: data and directory.
    public var syncCount: Int { counts.withLock { $0.dataSyncCount + $0.directorySyncCount } }

    /// Makes the `number`-th data sync from now (1-based) fail with `.io` (EIO) before reaching `base`.
    public func failDataSync(afterCount number: Int) {
        counts.withLock { $0.failingDataSyncNumber = $0.dataSyncCount + number }
    }

    /// Runs `hook` once, inside the next data sync, before it completes.
    public func onNextDataSync(_ hook: @escaping @Sendable () -> Void) {
        counts.withLock { $0.nextDataSyncHook = hook }
    }

    /// Counts syncs; throws for the data sync armed to fail.
    public override func willPerform(
        _ operation: SimulatedFileSystem.Operation, path: String
    ) throws(FileSystemError) {
        switch operation {
        case .synchronizeData: try recordDataSync(ofPath: path)
        case .synchronizeDirectory: counts.withLock { $0.directorySyncCount += 1 }
        default: break
        }
    }

    /// Counts one data sync of `path`; throws when it is the one armed to fail.
    private func recordDataSync(ofPath path: String) throws(FileSystemError) {
        let (fails, hook) = counts.withLock { counts in
            counts.dataSyncCount += 1
            defer { counts.nextDataSyncHook = nil }
            return (counts.dataSyncCount == counts.failingDataSyncNumber, counts.nextDataSyncHook)
        }
        hook?()
        if fails { throw FileSystemError(code: .io, operation: "fdatasync", path: path, errorNumber: 5) }
    }
}
