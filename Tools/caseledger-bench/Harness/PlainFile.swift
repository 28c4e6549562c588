import Glibc

/// A plain file written with raw `pwrite` and `fdatasync`, outside the event store: the baseline's
/// file and the warm-up file. Closed explicitly with `close`.
struct PlainFile {
    /// The path, for error messages.
    let path: String
    private let descriptor: Int32

    /// Creates (or truncates) the file for writing.
    /// - Throws: `BenchError` if `open` fails.
    static func create(atPath path: String) throws(BenchError) -> PlainFile {
        let descriptor = open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw BenchError.system("open", path: path) }
        return PlainFile(path: path, descriptor: descriptor)
    }

    /// Opens an existing file read-only.
    /// - Throws: `BenchError` if `open` fails.
    static func openForReading(atPath path: String) throws(BenchError) -> PlainFile {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw BenchError.system("open", path: path) }
        return PlainFile(path: path, descriptor: descriptor)
    }

    /// Writes all of `bytes` at `offset` with `pwrite`.
    /// - Throws: `BenchError` if `pwrite` fails or writes nothing.
    func write(_ bytes: [UInt8], atOffset offset: Int) throws(BenchError) {
        var writtenCount = 0
        while writtenCount < bytes.count {
            let result = bytes.withUnsafeBytes {
                pwrite(
                    descriptor, $0.baseAddress! + writtenCount, $0.count - writtenCount, off_t(offset + writtenCount))
            }
            if result < 0 && errno == EINTR { continue }
            guard result > 0 else { throw BenchError.system("pwrite", path: path) }
            writtenCount += result
        }
    }

    /// Reads up to `buffer.count` bytes at `offset` with `pread`; returns the count read (0 at end of file).
    /// - Throws: `BenchError` if `pread` fails.
    func read(into buffer: inout [UInt8], atOffset offset: Int) throws(BenchError) -> Int {
        while true {
            let result = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, $0.count, off_t(offset)) }
            if result < 0 && errno == EINTR { continue }
            guard result >= 0 else { throw BenchError.system("pread", path: path) }
            return result
        }
    }

    /// Makes written data durable with `fdatasync`.
    /// - Throws: `BenchError` if `fdatasync` fails.
    func synchronizeData() throws(BenchError) {
        guard fdatasync(descriptor) == 0 else { throw BenchError.system("fdatasync", path: path) }
    }

    /// Closes the descriptor. The value must not be used afterwards.
    func close() {
        _ = Glibc.close(descriptor)
    }
}
