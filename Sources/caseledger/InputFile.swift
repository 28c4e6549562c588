import CommandLineSupport
import EventStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a whole input file (or standard input) into bytes, refusing anything over a size limit.
enum InputFile {
    /// The path that means standard input.
    static let standardInputPath = "-"
    /// Bytes requested per read of standard input.
    private static let readChunkSizeBytes = 64 << 10

    /// The contents of `path`, or of standard input when `path` is `-`.
    ///
    /// A regular file is read by size; anything else that can be opened for reading (a FIFO, a process
    /// substitution such as `<(…)`) is read once to its end, like standard input. A directory is refused.
    /// - Throws: `FileSystemError` if the file cannot be opened or read (`notFound`, `io`, ...);
    ///   `CommandFailure(.dataError)` if it is larger than `sizeBytesMax`; `CommandFailure(.ioError)`
    ///   if a stream cannot be read; `CommandFailure(.notFound)` for a directory.
    static func contents(ofPath path: String, sizeBytesMax: Int) throws -> [UInt8] {
        if path == standardInputPath { return try stream(0, name: "standard input", sizeBytesMax: sizeBytesMax) }
        var status = stat()
        guard stat(path, &status) == 0 else { throw failure("stat", path) }
        switch status.st_mode & S_IFMT {
        case S_IFREG:
            let file = try POSIXFileSystem().openFile(atPath: path, mode: .readOnly)
            let sizeBytes = try file.size()
            guard sizeBytes <= sizeBytesMax else { throw tooLarge("file \(path)", sizeBytesMax: sizeBytesMax) }
            return try file.read(atOffset: 0, count: sizeBytes)
        case S_IFDIR:
            throw CommandFailure(.notFound, "\(path) is a directory, not a file")
        default:
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw failure("open", path) }
            defer { close(descriptor) }
            return try stream(descriptor, name: path, sizeBytesMax: sizeBytesMax)
        }
    }

    /// Reads `descriptor` to its end.
    private static func stream(_ descriptor: Int32, name: String, sizeBytesMax: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: readChunkSizeBytes)
        while true {
            let readCount = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if readCount < 0 && errno == EINTR { continue }
            guard readCount >= 0 else {
                throw CommandFailure(.ioError, "reading \(name) failed: \(SystemErrorText.describe(errno))")
            }
            guard readCount > 0 else { return bytes }
            bytes.append(contentsOf: chunk[..<readCount])
            guard bytes.count <= sizeBytesMax else { throw tooLarge(name, sizeBytesMax: sizeBytesMax) }
        }
    }

    /// The file-system error for the current `errno`.
    private static func failure(_ operation: String, _ path: String) -> FileSystemError {
        let number = errno
        let code: FileSystemError.Code =
            switch number {
            case ENOENT: .notFound
            case EACCES, EPERM: .permissionDenied
            default: .io
            }
        return FileSystemError(code: code, operation: operation, path: path, errorNumber: number)
    }

    private static func tooLarge(_ what: String, sizeBytesMax: Int) -> CommandFailure {
        CommandFailure(.dataError, "\(what) is larger than the \(sizeBytesMax)-byte limit")
    }
}
