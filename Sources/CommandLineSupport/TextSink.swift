#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a command writes text: standard output, standard error, or a buffer in tests.
public protocol TextSink: AnyObject {
    /// Appends `text` exactly as given (add the newline yourself).
    func write(_ text: String)
}

/// Collects everything written, for tests and for commands that build output before printing it.
public final class TextBuffer: TextSink {
    /// Everything written so far.
    public private(set) var text = ""

    /// Creates an empty buffer.
    public init() {}

    /// Appends `text`.
    public func write(_ text: String) {
        self.text += text
    }
}

/// Writes UTF-8 to a file descriptor through a buffer, with no Foundation on the path.
///
/// After a failed write the sink drops further output and `hasFailed` is true; the runner turns
/// that into exit code `ioError`.
public final class FileDescriptorSink: TextSink {
    /// The default buffer size for standard output: one write system call per 64 KiB.
    public static let standardOutputBufferSizeBytes = 64 << 10

    private let fileDescriptor: Int32
    private let bufferSizeBytes: Int
    private var buffer: [UInt8] = []
    /// True once a write to the descriptor has failed.
    public private(set) var hasFailed = false

    /// Creates a sink.
    /// - Parameters:
    ///   - fileDescriptor: An open, writable descriptor; not closed by the sink.
    ///   - bufferSizeBytes: Bytes kept before writing; 0 writes every call through at once.
    public init(fileDescriptor: Int32, bufferSizeBytes: Int) {
        precondition(bufferSizeBytes >= 0, "negative buffer size")
        self.fileDescriptor = fileDescriptor
        self.bufferSizeBytes = bufferSizeBytes
        buffer.reserveCapacity(bufferSizeBytes)
    }

    /// A buffered sink on standard output (descriptor 1).
    public static func standardOutput() -> FileDescriptorSink {
        FileDescriptorSink(fileDescriptor: 1, bufferSizeBytes: standardOutputBufferSizeBytes)
    }

    /// An unbuffered sink on standard error (descriptor 2).
    public static func standardError() -> FileDescriptorSink {
        FileDescriptorSink(fileDescriptor: 2, bufferSizeBytes: 0)
    }

    /// Appends `text`, writing the buffer out when it is full.
    public func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= bufferSizeBytes { flush() }
    }

    /// Writes out everything buffered.
    public func flush() {
        defer { buffer.removeAll(keepingCapacity: true) }
        guard !hasFailed else { return }
        var writtenCount = 0
        while writtenCount < buffer.count {
            let result = buffer.withUnsafeBytes { bytes in
                systemWrite(fileDescriptor, bytes.baseAddress! + writtenCount, bytes.count - writtenCount)
            }
            if result < 0 && errno == EINTR { continue }
            guard result > 0 else {
                hasFailed = true
                return
            }
            writtenCount += result
        }
    }
}

/// The `write(2)` system call, named apart from `TextSink.write`.
private func systemWrite(_ fileDescriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.write(fileDescriptor, bytes, count)
    #else
        Darwin.write(fileDescriptor, bytes, count)
    #endif
}
