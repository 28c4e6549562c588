import Foundation

@testable import EventStore

/// A FileSystem wrapper over POSIX that counts fdatasync calls and can fail the N-th one.
final class FaultInjectingFileSystem: FileSystem, @unchecked Sendable {
    // `@unchecked Sendable`: the mutable counters are only touched under `lock`.
    private let base = POSIXFileSystem()
    private let lock = NSLock()
    private var syncCount = 0
    private var failingSyncNumber: Int?

    /// How many fdatasync calls have been made.
    var dataSyncCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return syncCount
    }

    /// Makes the `number`-th fdatasync from now (1-based) fail with EIO.
    func failSync(afterCount number: Int) {
        lock.lock()
        defer { lock.unlock() }
        failingSyncNumber = syncCount + number
    }

    /// Records one sync and says whether it must fail.
    func recordSync() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        syncCount += 1
        return syncCount == failingSyncNumber
    }

    func openFile(atPath path: String, mode: FileOpenMode) throws(FileSystemError) -> any OpenFile {
        CountingFile(base: try base.openFile(atPath: path, mode: mode), owner: self, path: path)
    }
    func fileExists(atPath path: String) -> Bool { base.fileExists(atPath: path) }
    func createDirectory(atPath path: String) throws(FileSystemError) { try base.createDirectory(atPath: path) }
    func contentsOfDirectory(atPath path: String) throws(FileSystemError) -> [String] { try base.contentsOfDirectory(atPath: path) }
    func renameFile(atPath sourcePath: String, toPath targetPath: String) throws(FileSystemError) { try base.renameFile(atPath: sourcePath, toPath: targetPath) }
    func removeFile(atPath path: String) throws(FileSystemError) { try base.removeFile(atPath: path) }
    func synchronizeDirectory(atPath path: String) throws(FileSystemError) { try base.synchronizeDirectory(atPath: path) }
    func lockExclusively(atPath path: String) throws(FileSystemError) -> any FileLock { try base.lockExclusively(atPath: path) }
}

/// An open file that reports its syncs to its owner.
final class CountingFile: OpenFile, @unchecked Sendable {
    // `@unchecked Sendable`: all stored properties are immutable references to Sendable values.
    let base: any OpenFile
    let owner: FaultInjectingFileSystem
    let path: String

    init(base: any OpenFile, owner: FaultInjectingFileSystem, path: String) {
        self.base = base
        self.owner = owner
        self.path = path
    }

    func read(atOffset offset: Int, count: Int) throws(FileSystemError) -> [UInt8] { try base.read(atOffset: offset, count: count) }
    func write(_ bytes: [UInt8], atOffset offset: Int) throws(FileSystemError) { try base.write(bytes, atOffset: offset) }
    func size() throws(FileSystemError) -> Int { try base.size() }
    func truncate(toSize size: Int) throws(FileSystemError) { try base.truncate(toSize: size) }
    func synchronizeData() throws(FileSystemError) {
        if owner.recordSync() { throw FileSystemError(code: .io, operation: "fdatasync", path: path, errorNumber: 5) }
        try base.synchronizeData()
    }
}
