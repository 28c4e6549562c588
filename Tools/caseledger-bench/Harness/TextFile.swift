import Glibc

/// Small text files the harness reads for its environment (`.git/HEAD`, `/proc/cpuinfo`) and writes
/// for saved baselines, through plain POSIX calls.
enum TextFile {
    /// Largest file `read` accepts: the files it reads are a few kilobytes; packed-refs may be larger.
    static let sizeBytesMax = 16 << 20

    /// The file's contents as UTF-8 (invalid sequences repaired), or nil if it cannot be read.
    /// Stops at `sizeBytesMax` bytes.
    static func read(atPath path: String) -> String? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while bytes.count < sizeBytesMax {
            let readCount = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if readCount < 0 && errno == EINTR { continue }
            guard readCount >= 0 else { return nil }
            if readCount == 0 { break }
            bytes.append(contentsOf: chunk[0..<readCount])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Replaces the file at `path` with `text`, synced to disk.
    /// - Throws: `BenchError` naming the failed call and path.
    static func write(_ text: String, toPath path: String) throws(BenchError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw BenchError.system("open", path: path) }
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        var writtenCount = 0
        while writtenCount < bytes.count {
            let result = bytes.withUnsafeBytes {
                Glibc.write(descriptor, $0.baseAddress! + writtenCount, $0.count - writtenCount)
            }
            if result < 0 && errno == EINTR { continue }
            guard result > 0 else { throw BenchError.system("write", path: path) }
            writtenCount += result
        }
        guard fsync(descriptor) == 0 else { throw BenchError.system("fsync", path: path) }
    }

    /// The first path, from `directory` up to `/`, at which `name` exists; nil if none does.
    static func findUpward(_ name: String, from directory: String) -> String? {
        var current = directory
        while true {
            let candidate = current == "/" ? "/" + name : current + "/" + name
            if access(candidate, F_OK) == 0 { return current }
            guard current != "/", let slashIndex = current.lastIndex(of: "/") else { return nil }
            current = slashIndex == current.startIndex ? "/" : String(current[..<slashIndex])
        }
    }

    /// The process's current directory, or `.` if it cannot be read.
    static func currentDirectory() -> String {
        var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX) + 1)
        let found = buffer.withUnsafeMutableBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { getcwd($0.baseAddress, $0.count) != nil }
        }
        guard found else { return "." }
        return String(decoding: buffer.prefix(while: { $0 != 0 }), as: UTF8.self)
    }
}
