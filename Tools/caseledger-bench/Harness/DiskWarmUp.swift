import Glibc

/// Writes and syncs a throwaway file before any measurement, so the first timed run does not pay for
/// cold file-system metadata, block allocation or a drive waking up.
enum DiskWarmUp {
    /// Size of the warm-up file: large enough to cover several allocation groups, small enough to be quick.
    static let sizeBytes = 16 << 20
    /// Size of each write.
    static let chunkSizeBytes = 1 << 20

    /// Writes `sizeBytes` to a file in `scratch`, fdatasyncs it, and removes it.
    /// - Throws: `BenchError` naming the failed call.
    static func run(in scratch: ScratchDirectory) throws(BenchError) {
        let path = scratch.path(for: "warm-up.bin")
        let file = try PlainFile.create(atPath: path)
        let chunk = [UInt8](repeating: 0xA5, count: chunkSizeBytes)
        for offset in stride(from: 0, to: sizeBytes, by: chunkSizeBytes) {
            try file.write(chunk, atOffset: offset)
        }
        try file.synchronizeData()
        file.close()
        guard unlink(path) == 0 else { throw BenchError.system("unlink", path: path) }
    }
}
