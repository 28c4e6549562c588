#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension CSVReader {
    /// The default chunk size for reading from a file descriptor (64 KiB).
    public static let chunkSizeBytesDefault = 64 << 10

    /// Creates a reader that pulls from an open file descriptor with `read(2)`, retrying on `EINTR`.
    /// The caller keeps ownership of the descriptor and closes it after reading.
    ///
    /// - Precondition: `chunkSizeBytes > 0`.
    public init(fileDescriptor: Int32, chunkSizeBytes: Int = CSVReader.chunkSizeBytesDefault) {
        precondition(chunkSizeBytes > 0, "chunkSizeBytes must be positive")
        self.init(readChunk: { () throws(CSVError) -> [UInt8]? in
            var buffer = [UInt8](repeating: 0, count: chunkSizeBytes)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(fileDescriptor, $0.baseAddress, chunkSizeBytes) }
                if count >= 0 { return Array(buffer[..<count]) }
                guard errno == EINTR else { throw CSVError(line: 0, reason: .readFailed(errno: errno)) }
            }
        })
    }
}
