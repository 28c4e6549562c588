import EventStore
import Foundation

/// Wraps a file system and counts the syncs the store issues (fdatasync on files, fsync on
/// directories), so group commit can be reported as syncs per event.
///
/// Every other call passes straight through; the count costs one uncontended lock per sync.
struct SyncCountingFileSystem: FileSystem {
    /// The real file system underneath.
    let base: any FileSystem
    /// The running count, shared with every file this file system opens.
    let counter = SyncCounter()

    /// Wraps `base`.
    init(base: any FileSystem) {
        self.base = base
    }

    func openFile(atPath path: String, mode: FileOpenMode) throws(FileSystemError) -> any OpenFile {
        SyncCountingOpenFile(base: try base.openFile(atPath: path, mode: mode), counter: counter)
    }

    func fileExists(atPath path: String) -> Bool {
        base.fileExists(atPath: path)
    }

    func createDirectory(atPath path: String) throws(FileSystemError) {
        try base.createDirectory(atPath: path)
    }

    func contentsOfDirectory(atPath path: String) throws(FileSystemError) -> [String] {
        try base.contentsOfDirectory(atPath: path)
    }

    func renameFile(atPath sourcePath: String, toPath targetPath: String) throws(FileSystemError) {
        try base.renameFile(atPath: sourcePath, toPath: targetPath)
    }

    func removeFile(atPath path: String) throws(FileSystemError) {
        try base.removeFile(atPath: path)
    }

    func synchronizeDirectory(atPath path: String) throws(FileSystemError) {
        counter.increment()
        try base.synchronizeDirectory(atPath: path)
    }

    func lockExclusively(atPath path: String) throws(FileSystemError) -> any FileLock {
        try base.lockExclusively(atPath: path)
    }
}

/// An open file that counts its `synchronizeData` calls and forwards everything.
final class SyncCountingOpenFile: OpenFile {
    private let base: any OpenFile
    private let counter: SyncCounter

    init(base: any OpenFile, counter: SyncCounter) {
        self.base = base
        self.counter = counter
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
        counter.increment()
        try base.synchronizeData()
    }
}

/// A thread-safe count of sync calls.
///
/// `@unchecked Sendable`: `count` is read and written only while `lock` is held.
final class SyncCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    /// Adds one sync.
    func increment() {
        lock.withLock { count += 1 }
    }

    /// The syncs counted so far.
    var value: Int {
        lock.withLock { count }
    }
}
