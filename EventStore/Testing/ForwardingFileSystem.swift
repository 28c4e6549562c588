import EventStore

/// A file system that passes every call to `base`, first telling `willPerform(_:path:)` which call it is
/// about to make, so a wrapper (sync counting, test hooks) overrides one method instead of forwarding the
/// whole `FileSystem` and `OpenFile` surface itself. `fileExists` is passed through unannounced.
///
/// `@unchecked Sendable`: its own stored property is immutable and `Sendable`; a subclass must keep its
/// state behind a lock (`Mutex`), as `SyncCountingFileSystem` does.
open class ForwardingFileSystem: FileSystem, @unchecked Sendable {
    /// The file system underneath.
    public let base: any FileSystem

    /// Wraps `base`.
    public init(base: any FileSystem) {
        self.base = base
    }

    /// Runs before each call reaches `base` (calls on files opened through this file system too); a
    /// throw fails the call without reaching `base`. Does nothing unless overridden.
    open func willPerform(_ operation: SimulatedFileSystem.Operation, path: String) throws(FileSystemError) {}

    public func openFile(atPath path: String, mode: FileOpenMode) throws(FileSystemError) -> any OpenFile {
        try willPerform(mode == .createNew ? .createFile : .openFile, path: path)
        return ForwardingOpenFile(base: try base.openFile(atPath: path, mode: mode), owner: self, path: path)
    }

    public func fileExists(atPath path: String) -> Bool {
        base.fileExists(atPath: path)
    }

    public func createDirectory(atPath path: String) throws(FileSystemError) {
        try willPerform(.createDirectory, path: path)
        try base.createDirectory(atPath: path)
    }

    public func contentsOfDirectory(atPath path: String) throws(FileSystemError) -> [String] {
        try willPerform(.listDirectory, path: path)
        return try base.contentsOfDirectory(atPath: path)
    }

    public func renameFile(atPath sourcePath: String, toPath targetPath: String) throws(FileSystemError) {
        try willPerform(.rename, path: sourcePath)
        try base.renameFile(atPath: sourcePath, toPath: targetPath)
    }

    public func removeFile(atPath path: String) throws(FileSystemError) {
        try willPerform(.remove, path: path)
        try base.removeFile(atPath: path)
    }

    public func synchronizeDirectory(atPath path: String) throws(FileSystemError) {
        try willPerform(.synchronizeDirectory, path: path)
        try base.synchronizeDirectory(atPath: path)
    }

    public func lockExclusively(atPath path: String) throws(FileSystemError) -> any FileLock {
        try willPerform(.lock, path: path)
        return try base.lockExclusively(atPath: path)
    }
}

/// A file opened through a `ForwardingFileSystem`: announces each call to its owner, then forwards it.
final class ForwardingOpenFile: OpenFile {
    private let base: any OpenFile
    private let owner: ForwardingFileSystem
    private let path: String

    init(base: any OpenFile, owner: ForwardingFileSystem, path: String) {
        self.base = base
        self.owner = owner
        self.path = path
    }

    func read(atOffset offset: Int, count: Int) throws(FileSystemError) -> [UInt8] {
        try owner.willPerform(.read, path: path)
        return try base.read(atOffset: offset, count: count)
    }

    func write(_ bytes: [UInt8], atOffset offset: Int) throws(FileSystemError) {
        try owner.willPerform(.write, path: path)
        try base.write(bytes, atOffset: offset)
    }

    func size() throws(FileSystemError) -> Int {
        try owner.willPerform(.size, path: path)
        return try base.size()
    }

    func truncate(toSize size: Int) throws(FileSystemError) {
        try owner.willPerform(.truncate, path: path)
        try base.truncate(toSize: size)
    }

    func synchronizeData() throws(FileSystemError) {
        try owner.willPerform(.synchronizeData, path: path)
        try base.synchronizeData()
    }
}
