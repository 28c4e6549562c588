#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The real file system, through POSIX calls (open, pread, pwrite, fdatasync, rename, flock).
public struct POSIXFileSystem: FileSystem {
    /// Creates the POSIX file system.
    public init() {}

    public func openFile(atPath path: String, mode: FileOpenMode) throws(FileSystemError) -> any OpenFile {
        let flags: Int32
        switch mode {
        case .readOnly: flags = O_RDONLY | O_CLOEXEC
        case .readWrite: flags = O_RDWR | O_CLOEXEC
        case .createNew: flags = O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC
        }
        let descriptor = retryingInterrupts { open(path, flags, 0o644) }
        guard descriptor >= 0 else { throw POSIXFileSystem.error("open", path) }
        return POSIXOpenFile(descriptor: descriptor, path: path)
    }

    public func fileExists(atPath path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0
    }

    public func createDirectory(atPath path: String) throws(FileSystemError) {
        var prefix = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            prefix += "/" + component
            if mkdir(prefix, 0o755) != 0 && errno != EEXIST { throw POSIXFileSystem.error("mkdir", prefix) }
        }
    }

    public func contentsOfDirectory(atPath path: String) throws(FileSystemError) -> [String] {
        guard let directory = opendir(path) else { throw POSIXFileSystem.error("opendir", path) }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    public func renameFile(atPath sourcePath: String, toPath targetPath: String) throws(FileSystemError) {
        guard rename(sourcePath, targetPath) == 0 else { throw POSIXFileSystem.error("rename", sourcePath) }
    }

    public func createFile(atPath path: String, permissions: UInt32) throws(FileSystemError) -> any OpenFile {
        let descriptor = retryingInterrupts { open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(permissions)) }
        guard descriptor >= 0 else { throw POSIXFileSystem.error("open", path) }
        return POSIXOpenFile(descriptor: descriptor, path: path)
    }

    /// `link(2)` (which refuses an existing target atomically), then `unlink(2)` of the source.
    public func renameFileWithoutReplacing(atPath sourcePath: String, toPath targetPath: String)
        throws(FileSystemError)
    {
        guard link(sourcePath, targetPath) == 0 else { throw POSIXFileSystem.error("create", targetPath) }
        try removeFile(atPath: sourcePath)
    }

    public func removeFile(atPath path: String) throws(FileSystemError) {
        guard unlink(path) == 0 else { throw POSIXFileSystem.error("unlink", path) }
    }

    public func synchronizeDirectory(atPath path: String) throws(FileSystemError) {
        let descriptor = retryingInterrupts { open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        guard descriptor >= 0 else { throw POSIXFileSystem.error("open", path) }
        defer { _ = Glibc.close(descriptor) }
        guard fsync(descriptor) == 0 else { throw POSIXFileSystem.error("fsync", path) }
    }

    public func lockExclusively(atPath path: String) throws(FileSystemError) -> any FileLock {
        let descriptor = retryingInterrupts { open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644) }
        guard descriptor >= 0 else { throw POSIXFileSystem.error("open", path) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let failure = POSIXFileSystem.error("flock", path)
            _ = Glibc.close(descriptor)
            throw failure
        }
        return POSIXFileLock(descriptor: descriptor)
    }

    /// Maps the current `errno` to a typed error.
    static func error(_ operation: String, _ path: String) -> FileSystemError {
        let number = errno
        let code: FileSystemError.Code
        switch number {
        case ENOENT: code = .notFound
        case EEXIST: code = .alreadyExists
        case ENOSPC, EDQUOT, EFBIG: code = .noSpace  // EFBIG: the file size limit (SIGXFSZ is ignored)
        case EIO: code = .io
        case EACCES, EPERM, EROFS: code = .permissionDenied
        case EWOULDBLOCK: code = .locked
        case EINVAL: code = .invalidArgument
        default: code = .other
        }
        return FileSystemError(code: code, operation: operation, path: path, errorNumber: number)
    }
}

/// Retries a system call interrupted by a signal (EINTR).
@inline(__always) func retryingInterrupts<Result: BinaryInteger>(_ call: () -> Result) -> Result {
    while true {
        let result = call()
        if result >= 0 || errno != EINTR { return result }
    }
}

/// An open POSIX file descriptor.
///
/// `@unchecked Sendable`: the only stored state is an immutable descriptor and path; pread/pwrite at
/// explicit offsets are safe to call from several threads on one descriptor.
final class POSIXOpenFile: OpenFile, @unchecked Sendable {
    private let descriptor: Int32
    private let path: String

    init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    deinit { _ = Glibc.close(descriptor) }

    func read(atOffset offset: Int, count: Int) throws(FileSystemError) -> [UInt8] {
        precondition(offset >= 0 && count >= 0, "read offset and count must be non-negative")
        var done = 0
        var failed = false
        // Not zero-filled first: the array holds only the bytes read (a forward scan reads 1 MiB chunks).
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initializedCount in
            while done < count {
                let result = retryingInterrupts {
                    pread(descriptor, buffer.baseAddress! + done, count - done, off_t(offset + done))
                }
                if result < 0 { failed = true; break }
                if result == 0 { break }
                done += result
            }
            initializedCount = done
        }
        if failed { throw POSIXFileSystem.error("pread", path) }
        return bytes
    }

    func write(_ bytes: [UInt8], atOffset offset: Int) throws(FileSystemError) {
        precondition(offset >= 0, "write offset must be non-negative")
        var done = 0
        var failed = false
        bytes.withUnsafeBytes { buffer in
            while done < buffer.count {
                let result = retryingInterrupts {
                    pwrite(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
                }
                if result <= 0 { failed = true; return }
                done += result
            }
        }
        if failed { throw POSIXFileSystem.error("pwrite", path) }
    }

    func size() throws(FileSystemError) -> Int {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw POSIXFileSystem.error("fstat", path) }
        return Int(status.st_size)
    }

    func truncate(toSize size: Int) throws(FileSystemError) {
        guard ftruncate(descriptor, off_t(size)) == 0 else { throw POSIXFileSystem.error("ftruncate", path) }
    }

    func synchronizeData() throws(FileSystemError) {
        guard fdatasync(descriptor) == 0 else { throw POSIXFileSystem.error("fdatasync", path) }
    }
}

/// A lock held with flock(2) on an open descriptor; released on `release` or process exit.
///
/// Sendable without `@unchecked`: the descriptor (-1 once released) lives in a `Mutex`.
final class POSIXFileLock: FileLock {
    private let descriptor: Mutex<Int32>

    init(descriptor: Int32) {
        self.descriptor = Mutex(descriptor)
    }

    deinit { release() }

    func release() {
        descriptor.withLock { descriptor in
            guard descriptor >= 0 else { return }
            _ = flock(descriptor, LOCK_UN)
            _ = Glibc.close(descriptor)
            descriptor = -1
        }
    }
}
