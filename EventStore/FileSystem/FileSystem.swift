/// The seam through which the engine does all file I/O.
///
/// `POSIXFileSystem` uses the real system calls; `SimulatedFileSystem` keeps files in memory and can
/// crash (dropping unsynced writes, tearing the last write at sector granularity) and inject faults,
/// so recovery is tested deterministically. Paths are plain `/`-separated strings.
public protocol FileSystem: Sendable {
    /// Opens a file. `.createNew` fails with `.alreadyExists` if the file exists.
    func openFile(atPath path: String, mode: FileOpenMode) throws(FileSystemError) -> any OpenFile
    /// True if a file or directory exists at `path`.
    func fileExists(atPath path: String) -> Bool
    /// Creates a directory (and its parents). Succeeds if it already exists.
    func createDirectory(atPath path: String) throws(FileSystemError)
    /// The names (not paths) of the entries in a directory, sorted bytewise.
    func contentsOfDirectory(atPath path: String) throws(FileSystemError) -> [String]
    /// Atomically renames a file, replacing any file at `targetPath`. Durable only after
    /// `synchronizeDirectory` of the parent.
    func renameFile(atPath sourcePath: String, toPath targetPath: String) throws(FileSystemError)
    /// Removes a file. Durable only after `synchronizeDirectory` of the parent.
    func removeFile(atPath path: String) throws(FileSystemError)
    /// Makes directory entries (creations, renames, removals) durable: fsync of the directory.
    func synchronizeDirectory(atPath path: String) throws(FileSystemError)
    /// Takes an exclusive advisory lock on `path` (created if missing) without blocking.
    /// Throws `.locked` if another holder has it. The lock lasts until `release` or process exit.
    func lockExclusively(atPath path: String) throws(FileSystemError) -> any FileLock
    /// Creates a new file with `permissions` (mode bits); fails with `.alreadyExists` if it exists.
    /// Has a default that ignores the permissions (AtomicFileWriter.swift).
    func createFile(atPath path: String, permissions: UInt32) throws(FileSystemError) -> any OpenFile
    /// Renames a file, failing with `.alreadyExists` if `targetPath` exists. Has a default (check, then
    /// rename) in AtomicFileWriter.swift.
    func renameFileWithoutReplacing(atPath sourcePath: String, toPath targetPath: String) throws(FileSystemError)
}

/// How to open a file.
public enum FileOpenMode: Sendable, Equatable {
    /// Read only; the file must exist.
    case readOnly
    /// Read and write; the file must exist.
    case readWrite
    /// Read and write; the file must not exist yet.
    case createNew
}

/// An open file, closed when the last reference goes away. Offsets and counts are in bytes.
public protocol OpenFile: AnyObject, Sendable {
    /// Reads up to `count` bytes at `offset`; fewer only at end of file.
    func read(atOffset offset: Int, count: Int) throws(FileSystemError) -> [UInt8]
    /// Writes all of `bytes` at `offset` (pwrite), or throws.
    func write(_ bytes: [UInt8], atOffset offset: Int) throws(FileSystemError)
    /// The current size of the file.
    func size() throws(FileSystemError) -> Int
    /// Cuts or extends the file to `size` bytes.
    func truncate(toSize size: Int) throws(FileSystemError)
    /// Makes written data durable (fdatasync). After an error here the file's state is unknown:
    /// callers must fail-stop, never retry.
    func synchronizeData() throws(FileSystemError)
}

/// A held advisory lock.
public protocol FileLock: AnyObject, Sendable {
    /// Releases the lock. Idempotent.
    func release()
}

/// A failure reported by the file-system seam.
public struct FileSystemError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of failure.
    public enum Code: Sendable, Equatable {
        case notFound, alreadyExists, noSpace, io, permissionDenied, locked, invalidArgument, other
    }
    /// The kind of failure.
    public var code: Code
    /// The operation that failed ("open", "pwrite", "fdatasync", ...).
    public var operation: String
    /// The path it concerned.
    public var path: String
    /// The system error number, where there is one.
    public var errorNumber: Int32?

    /// Creates an error.
    public init(code: Code, operation: String, path: String, errorNumber: Int32? = nil) {
        self.code = code
        self.operation = operation
        self.path = path
        self.errorNumber = errorNumber
    }

    /// `pwrite /ledger/seg-0001: the disk is full (ENOSPC)`: the errno in words, else the code.
    public var description: String {
        "\(operation) \(path): " + (errorNumber.map(SystemErrorText.describe) ?? "\(code)")
    }
}
