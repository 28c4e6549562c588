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
    /// - Throws: `FileSystemError` if the file cannot be opened or read (`notFound`, `io`, ...);
    ///   `CommandFailure(.dataError)` if it is larger than `sizeBytesMax`; `CommandFailure(.ioError)`
    ///   if standard input cannot be read.
    static func contents(ofPath path: String, sizeBytesMax: Int) throws -> [UInt8] {
        if path == standardInputPath { return try standardInput(sizeBytesMax: sizeBytesMax) }
        let file = try POSIXFileSystem().openFile(atPath: path, mode: .readOnly)
        let sizeBytes = try file.size()
        guard sizeBytes <= sizeBytesMax else { throw tooLarge("payload file \(path)", sizeBytesMax: sizeBytesMax) }
        return try file.read(atOffset: 0, count: sizeBytes)
    }

    private static func standardInput(sizeBytesMax: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: readChunkSizeBytes)
        while true {
            let readCount = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if readCount < 0 && errno == EINTR { continue }
            guard readCount >= 0 else {
                throw CommandFailure(.ioError, "reading standard input failed (errno \(errno))")
            }
            guard readCount > 0 else { return bytes }
            bytes.append(contentsOf: chunk[..<readCount])
            guard bytes.count <= sizeBytesMax else { throw tooLarge("standard input", sizeBytesMax: sizeBytesMax) }
        }
    }

    private static func tooLarge(_ what: String, sizeBytesMax: Int) -> CommandFailure {
        CommandFailure(.dataError, "\(what) is larger than the \(sizeBytesMax)-byte limit")
    }
}
