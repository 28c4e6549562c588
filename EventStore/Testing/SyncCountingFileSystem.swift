import EventStore
import Synchronization

/// Wraps a file system, counts the syncs issued through it (fdatasync on files, fsync on directories)
/// and can fail a chosen data sync, so tests and benchmarks see how often and when the store syncs.
///
/// Every other call passes straight through; a sync costs one uncontended lock.
public final class SyncCountingFileSystem: FileSystem {
    /// The file system underneath.
    public let base: any FileSystem
    private let counts = Mutex(Counts())

    private struct Counts {
        var dataSyncCount = 0
        var directorySyncCount = 0
        var failingDataSyncNumber: Int?
        var nextDataSyncHook: (@Sendable () -> Void)?
    }

    /// Wraps `base`.
    public init(base: any FileSystem) {
        self.base = base
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

    /// Counts one data sync of `path`; throws when it is the one armed to fail.
    func recordDataSync(ofPath path: String) throws(FileSystemError) {
        let (fails, hook) = counts.withLock { counts in
            counts.dataSyncCount += 1
            defer { counts.nextDataSyncHook = nil }
            return (counts.dataSyncCount == counts.failingDataSyncNumber, counts.nextDataSyncHook)
        }
        hook?()
        if fails { throw FileSystemError(code: .io, operation: "fdatasync", path: path, errorNumber: 5) }
    }

    public func openFile(atPath path: String, mode: FileOpenMode) throws(FileSystemError) -> any OpenFile {
        SyncCountingOpenFile(base: try base.openFile(atPath: path, mode: mode), owner: self, path: path)
    }

    public func fileExists(atPath path: String) -> Bool {
        base.fileExists(atPath: path)
    }

    public func createDirectory(atPath path: String) throws(FileSystemError) {
        try base.createDirectory(atPath: path)
    }

    public func contentsOfDirectory(atPath path: String) throws(FileSystemError) -> [String] {
        try base.contentsOfDirectory(atPath: path)
    }

    public func renameFile(atPath sourcePath: String, toPath targetPath: String) throws(FileSystemError) {
        try base.renameFile(atPath: sourcePath, toPath: targetPath)
    }

    public func removeFile(atPath path: String) throws(FileSystemError) {
        try base.removeFile(atPath: path)
    }

    public func synchronizeDirectory(atPath path: String) throws(FileSystemError) {
        counts.withLock { $0.directorySyncCount += 1 }
        try base.synchronizeDirectory(atPath: path)
    }

    public func lockExclusively(atPath path: String) throws(FileSystemError) -> any FileLock {
        try base.lockExclusively(atPath: path)
    }
}

/// An open file that reports its data syncs to the file system that opened it and forwards everything.
final class SyncCountingOpenFile: OpenFile {
    private let base: any OpenFile
    private let owner: SyncCountingFileSystem
    private let path: String

    init(base: any OpenFile, owner: SyncCountingFileSystem, path: String) {
        self.base = base
        self.owner = owner
        self.path = path
    }

    func read(atOffset offset: Int, count: Int) throws(FileSystemError) -> [UInt8] {
        try base.read(atOffset: offset, count: count)
    }

    func write(_ bytes: [UInt8], atOffset offset: Int) throws(FileSystemError) {
        try base.write(bytes, atOffset: offset)
    }

    func size() throws(FileSystemError) -> Int {
        try base.size()
    }

    func truncate(toSize size: Int) throws(FileSystemError) {
        try base.truncate(toSize: size)
    }

    func synchronizeData() throws(FileSystemError) {
        try owner.recordDataSync(ofPath: path)
        try base.synchronizeData()
    }
}
