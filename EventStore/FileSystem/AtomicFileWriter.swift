#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes one whole file so that a reader sees the old file or the new one, never a torn mix: the bytes go
/// to a temporary file beside the target, the file is fdatasynced, renamed over the target, and the
/// directory is fsynced. Until `commit` succeeds the target is untouched; if the writer is released
/// uncommitted (a failed write, a thrown error part-way), the temporary file is removed.
///
/// This is the one atomic-write path of the package: the engine's manifest and index files, and every
/// file the CLI and the domain write (reports, checkpoints, bundles, key files, the rejects file, the
/// demo's authority). Its errors are `FileSystemError`s, so they read and map to exit codes alike.
public final class AtomicFileWriter {
    /// The file being replaced.
    public let path: String
    /// Where the bytes go until `commit` (by default `path` + `.tmp`).
    public let temporaryPath: String
    private let directory: String
    private let fileSystem: any FileSystem
    private let replacesExisting: Bool
    private let file: any OpenFile
    private var sizeBytes = 0
    private var isCommitted = false

    /// Starts writing `path`: removes a stale temporary file, then creates a new one with `permissions`.
    ///
    /// - Parameters:
    ///   - permissions: mode bits of the new file (0o644; 0o600 for a private key). The simulated disk
    ///     ignores them.
    ///   - replacesExisting: false to refuse (`alreadyExists`) when `path` exists, also if it appears
    ///     before `commit` (key files are never overwritten).
    ///   - createsDirectory: creates the parent directory when it is missing.
    /// - Throws: `FileSystemError` (`alreadyExists` when refusing to replace).
    public init(
        path: String, fileSystem: any FileSystem, permissions: UInt32 = 0o644, replacesExisting: Bool = true,
        createsDirectory: Bool = false, temporaryPath: String? = nil, directory: String? = nil
    ) throws(FileSystemError) {
        self.path = path
        self.temporaryPath = temporaryPath ?? path + ".tmp"
        self.directory = directory ?? Self.parentDirectory(of: path)
        self.fileSystem = fileSystem
        self.replacesExisting = replacesExisting
        if !replacesExisting && fileSystem.fileExists(atPath: path) {
            throw FileSystemError(code: .alreadyExists, operation: "create", path: path, errorNumber: EEXIST)
        }
        if createsDirectory && !fileSystem.fileExists(atPath: self.directory) {
            try fileSystem.createDirectory(atPath: self.directory)
        }
        if fileSystem.fileExists(atPath: self.temporaryPath) { try fileSystem.removeFile(atPath: self.temporaryPath) }
        file = try fileSystem.createFile(atPath: self.temporaryPath, permissions: permissions)
    }

    deinit {
        if !isCommitted { try? fileSystem.removeFile(atPath: temporaryPath) }
    }

    /// Appends `bytes` to the temporary file.
    public func append(_ bytes: [UInt8]) throws(FileSystemError) {
        precondition(!isCommitted, "append before commit")
        try file.write(bytes, atOffset: sizeBytes)
        sizeBytes += bytes.count
    }

    /// Makes the bytes durable and puts them at `path`: fdatasync, rename (or link, when not replacing),
    /// directory fsync. After a failure here the temporary file is removed when the writer is released.
    public func commit() throws(FileSystemError) {
        precondition(!isCommitted, "commit an atomic write once")
        try file.synchronizeData()
        if replacesExisting {
            try fileSystem.renameFile(atPath: temporaryPath, toPath: path)
        } else {
            try fileSystem.renameFileWithoutReplacing(atPath: temporaryPath, toPath: path)
        }
        isCommitted = true
        try fileSystem.synchronizeDirectory(atPath: directory)
    }

    /// The directory part of `path` (`.` for a bare file name).
    public static func parentDirectory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}

extension FileSystem {
    /// Replaces `path` atomically with `bytes` through an `AtomicFileWriter` (see there for the options).
    /// - Throws: `FileSystemError`; on failure the previous file is untouched and no temporary file is left.
    public func writeAtomically(
        _ bytes: [UInt8], toPath path: String, permissions: UInt32 = 0o644, replacesExisting: Bool = true,
        createsDirectory: Bool = true
    ) throws(FileSystemError) {
        let writer = try AtomicFileWriter(
            path: path, fileSystem: self, permissions: permissions, replacesExisting: replacesExisting,
            createsDirectory: createsDirectory)
        try writer.append(bytes)
        try writer.commit()
    }

    /// Creates a new file (it must not exist) with `permissions`. This default ignores the permissions
    /// (the simulated disk has none); `POSIXFileSystem` passes them to `open(2)`.
    public func createFile(atPath path: String, permissions: UInt32) throws(FileSystemError) -> any OpenFile {
        try openFile(atPath: path, mode: .createNew)
    }

    /// Renames `sourcePath` to `targetPath`, failing with `alreadyExists` if the target exists. This
    /// default checks then renames (enough for a single-threaded simulated disk); `POSIXFileSystem` uses
    /// `link(2)`, which refuses an existing target atomically, then removes the source.
    public func renameFileWithoutReplacing(atPath sourcePath: String, toPath targetPath: String)
        throws(FileSystemError)
    {
        guard !fileExists(atPath: targetPath) else {
            throw FileSystemError(code: .alreadyExists, operation: "create", path: targetPath, errorNumber: EEXIST)
        }
        try renameFile(atPath: sourcePath, toPath: targetPath)
    }
}
