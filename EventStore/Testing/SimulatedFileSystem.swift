import EventStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An in-memory file system for deterministic crash and fault tests.
///
/// It behaves like a POSIX disk behind a volatile page cache:
/// - Each file has *current* content (what reads see) and *durable* content (what survives a crash).
///   `OpenFile.synchronizeData()` makes the file's current content durable.
/// - Directory entries (file creation, rename, removal, and the lock file `lockExclusively` creates)
///   are durable only after `synchronizeDirectory(atPath:)` of the parent directory; a crash before
///   that reverts them, much as on ext4.
/// - Directories themselves are durable as soon as `createDirectory` returns (a simplification: the
///   engine creates its directory once, before any data matters).
/// - `crash()` simulates power loss (see `SimulatedFileSystem+Crash.swift`); faults are armed with
///   `failCall(number:of:code:tearsWrite:repeats:)`, `capacityBytes` and `flipBit(atPath:byteOffset:bit:)`.
///
/// Paths are `/`-separated; empty and `.` components are ignored and a relative path is taken
/// from the root, so `"ledger//a"`, `"/ledger/./a"` and `"/ledger/a"` name the same file.
///
/// `@unchecked Sendable`: all mutable state lives in `state`, which is read and written only inside
/// `withState`, under `mutex`. The other stored properties are immutable after `init`.
public final class SimulatedFileSystem: FileSystem, @unchecked Sendable, CustomStringConvertible {
    /// How unsynced writes survive a crash.
    public enum CrashMode: Sendable, Equatable, CaseIterable {
        /// Every unsynced change is lost: the disk holds exactly what was synced.
        case dropUnsynced
        /// A seeded-random prefix of each file's unsynced changes persists, in order; the last one,
        /// if it is a write, may be torn at a sector boundary.
        case orderedPrefix
        /// Each sector-sized piece of each unsynced write (and each unsynced truncation) persists
        /// independently with probability one half, as when a disk reorders its write-back.
        case sectorsInAnyOrder
    }

    /// The seed of every randomised behaviour; print it with a failure so the run can be repeated.
    public let seed: UInt64
    /// The granularity at which a write can tear.
    public let sectorSizeBytes: Int
    /// How unsynced writes survive `crash()`.
    public let crashMode: CrashMode

    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var state: State

    /// Creates an empty file system holding only the root directory `/`.
    ///
    /// - Parameters:
    ///   - seed: Fixes every random choice (crash outcomes, torn prefixes).
    ///   - sectorSizeBytes: Writes tear only at multiples of this offset. Must be positive.
    ///   - crashMode: How unsynced writes survive a crash.
    ///   - capacityBytes: If set, a write or truncation that would take the total size of all files
    ///     past this fails with `.noSpace`.
    public init(
        seed: UInt64, sectorSizeBytes: Int = 512, crashMode: CrashMode = .orderedPrefix, capacityBytes: Int? = nil
    ) {
        precondition(sectorSizeBytes > 0, "sector size must be positive")
        self.seed = seed
        self.sectorSizeBytes = sectorSizeBytes
        self.crashMode = crashMode
        self.state = State(random: SimulationRandom(seed: seed), capacityBytes: capacityBytes)
        self.mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        self.mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deinitialize(count: 1)
        mutex.deallocate()
    }

    /// Names the file system and its seed.
    public var description: String { "SimulatedFileSystem(seed: \(seed))" }

    /// Runs `body` with exclusive access to the state.
    func withState<Result, Failure: Error>(_ body: (inout State) throws(Failure) -> Result) throws(Failure) -> Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&state)
    }

    /// Opens a file; see `FileSystem.openFile(atPath:mode:)`. A read-only handle refuses writes,
    /// truncations and syncs with `.permissionDenied`.
    public func openFile(atPath path: String, mode: FileOpenMode) throws(FileSystemError) -> any OpenFile {
        let path = SimulatedPath.normalized(path)
        let (inodeNumber, generation) = try withState { (state: inout State) throws(FileSystemError) in
            try state.begin(mode == .createNew ? .createFile : .openFile, path: path)
            return (try state.openInode(atPath: path, mode: mode), state.generation)
        }
        return SimulatedOpenFile(
            fileSystem: self, path: path, inodeNumber: inodeNumber, generation: generation,
            isWritable: mode != .readOnly)
    }

    /// True if a file or directory exists at `path` now (durable or not). Not counted as a call.
    public func fileExists(atPath path: String) -> Bool {
        let path = SimulatedPath.normalized(path)
        return withState { state in state.entries[path] != nil || state.directories.contains(path) }
    }

    /// Creates a directory and its parents, durable at once. Throws `.alreadyExists` if a file is in the way.
    public func createDirectory(atPath path: String) throws(FileSystemError) {
        let path = SimulatedPath.normalized(path)
        try withState { (state: inout State) throws(FileSystemError) in
            try state.begin(.createDirectory, path: path)
            try state.createDirectory(atPath: path)
        }
    }

    /// The names of the files and directories in a directory now, sorted bytewise.
    public func contentsOfDirectory(atPath path: String) throws(FileSystemError) -> [String] {
        let path = SimulatedPath.normalized(path)
        return try withState { (state: inout State) throws(FileSystemError) in
            try state.begin(.listDirectory, path: path)
            return try state.contentsOfDirectory(atPath: path)
        }
    }

    /// Renames a file, replacing any file at `targetPath`; durable after syncing both parents.
    public func renameFile(atPath sourcePath: String, toPath targetPath: String) throws(FileSystemError) {
        let sourcePath = SimulatedPath.normalized(sourcePath)
        let targetPath = SimulatedPath.normalized(targetPath)
        try withState { (state: inout State) throws(FileSystemError) in
            try state.begin(.rename, path: sourcePath)
            try state.renameFile(atPath: sourcePath, toPath: targetPath)
        }
    }

    /// Removes a file's directory entry; durable after syncing the parent.
    public func removeFile(atPath path: String) throws(FileSystemError) {
        let path = SimulatedPath.normalized(path)
        try withState { (state: inout State) throws(FileSystemError) in
            try state.begin(.remove, path: path)
            try state.removeFile(atPath: path)
        }
    }

    /// Makes the entries of one directory durable, as they are now.
    public func synchronizeDirectory(atPath path: String) throws(FileSystemError) {
        let path = SimulatedPath.normalized(path)
        try withState { (state: inout State) throws(FileSystemError) in
            try state.begin(.synchronizeDirectory, path: path)
            try state.synchronizeDirectory(atPath: path)
        }
    }

    /// Takes the in-memory lock on `path`, creating the file if missing (not durable until its parent
    /// is synced). Throws `.locked` while another lock on `path` is held; `crash()` releases all locks.
    public func lockExclusively(atPath path: String) throws(FileSystemError) -> any FileLock {
        let path = SimulatedPath.normalized(path)
        let token = try withState { (state: inout State) throws(FileSystemError) in
            try state.begin(.lock, path: path)
            return try state.lock(atPath: path)
        }
        return SimulatedFileLock(fileSystem: self, path: path, token: token)
    }
}
