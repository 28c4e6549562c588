import CommandLineSupport

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A buffered byte writer on a file descriptor (standard output or a created file), with no Foundation
/// on the per-line path.
final class ByteOutput {
    /// Bytes kept before one `write` system call.
    static let bufferSizeBytes = 1 << 20

    private let fileDescriptor: Int32
    private let closesDescriptor: Bool
    private let name: String
    private var buffer: [UInt8] = []

    private init(fileDescriptor: Int32, closesDescriptor: Bool, name: String) {
        self.fileDescriptor = fileDescriptor
        self.closesDescriptor = closesDescriptor
        self.name = name
        buffer.reserveCapacity(Self.bufferSizeBytes)
    }

    /// Standard output (not closed).
    static func standardOutput() -> ByteOutput {
        ByteOutput(fileDescriptor: 1, closesDescriptor: false, name: "standard output")
    }

    /// Creates (or truncates) `path` for writing.
    /// - Throws: `CommandFailure` with `cannotCreate` naming the path and the errno.
    static func creating(path: String) throws -> ByteOutput {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw CommandFailure(.cannotCreate, "cannot create \(path): errno \(errno)")
        }
        return ByteOutput(fileDescriptor: descriptor, closesDescriptor: true, name: path)
    }

    /// Appends `bytes`, writing the buffer out when it is full.
    /// - Throws: `CommandFailure` with `ioError` if a write fails.
    func write(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.bufferSizeBytes { try flush() }
    }

    /// Writes out the buffer and closes a created file.
    /// - Throws: `CommandFailure` with `ioError` if a write or the close fails.
    func close() throws {
        try flush()
        guard closesDescriptor else { return }
        guard systemClose(fileDescriptor) == 0 else {
            throw CommandFailure(.ioError, "closing \(name): errno \(errno)")
        }
    }

    private func flush() throws {
        var writtenCount = 0
        while writtenCount < buffer.count {
            let result = buffer.withUnsafeBytes { bytes in
                systemWrite(fileDescriptor, bytes.baseAddress! + writtenCount, bytes.count - writtenCount)
            }
            if result < 0, errno == EINTR { continue }
            guard result > 0 else { throw CommandFailure(.ioError, "writing \(name): errno \(errno)") }
            writtenCount += result
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

#if canImport(Glibc)
    private let systemWrite = Glibc.write
    private let systemClose = Glibc.close
#elseif canImport(Darwin)
    private let systemWrite = Darwin.write
    private let systemClose = Darwin.close
#endif
