#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

import EventStore

/// A source of bytes read in bounded chunks.
public protocol ChunkReader: AnyObject {
    /// The next chunk, or nil at the end of the input.
    /// - Throws: `ImportError` with code `io`.
    func nextChunk() throws(ImportError) -> [UInt8]?
}

/// Chunks of an in-memory byte array.
final class MemoryChunkReader: ChunkReader {
    private let bytes: [UInt8]
    private let chunkSizeBytes: Int
    private var offset = 0

    init(bytes: [UInt8], chunkSizeBytes: Int) {
        precondition(chunkSizeBytes > 0, "chunkSizeBytes must be positive")
        self.bytes = bytes
        self.chunkSizeBytes = chunkSizeBytes
    }

    func nextChunk() throws(ImportError) -> [UInt8]? {
        guard offset < bytes.count else { return nil }
        let end = min(offset + chunkSizeBytes, bytes.count)
        defer { offset = end }
        return Array(bytes[offset..<end])
    }
}

/// Chunks of a file read with `read(2)`; the descriptor is closed when the reader is released.
final class FileChunkReader: ChunkReader {
    /// Bytes per `read(2)`.
    static let chunkSizeBytes = 64 << 10
    private let descriptor: Int32
    private let path: String

    /// Opens `path`, which must be a regular file: a FIFO, device or directory is refused (`notFound`).
    ///
    /// The import reads every input twice, and a FIFO would block the second pass for ever (while the
    /// ledger's writer lock is held). The open does not block (`O_NONBLOCK`, cleared once the file is known
    /// to be regular), so a FIFO with no writer is refused at once.
    init(path: String) throws(ImportError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            let code: ImportError.Code = errno == ENOENT ? .notFound : .io
            throw ImportError(code, "\(path): cannot open: \(SystemErrorText.describe(errno))")
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            throw ImportError(
                .notFound,
                "\(path): not a regular file (a pipe, device or directory); import reads each input twice, "
                    + "so save it to a file first")
        }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        self.descriptor = descriptor
        self.path = path
    }

    deinit { close(descriptor) }

    func nextChunk() throws(ImportError) -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: Self.chunkSizeBytes)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, Self.chunkSizeBytes) }
            if count > 0 { return Array(buffer[..<count]) }
            if count == 0 { return nil }
            guard errno == EINTR else {
                throw ImportError(.io, "\(path): read failed: \(SystemErrorText.describe(errno))")
            }
        }
    }
}
