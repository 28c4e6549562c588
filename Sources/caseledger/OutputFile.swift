import EventStore

/// Writes a whole output file (a report, a checkpoint) so that a reader sees the old file or the new one,
/// never a torn mix: the bytes go to a temporary file beside the target, are made durable, and the
/// temporary file is renamed over the target.
enum OutputFile {
    /// Writes `bytes` to `path` atomically, creating the parent directory if it is missing.
    ///
    /// - Throws: `FileSystemError` if the directory, the temporary file, the write, the fsync or the
    ///   rename fails; the temporary file is removed on failure.
    static func write(_ bytes: [UInt8], toPath path: String, fileSystem: some FileSystem = POSIXFileSystem()) throws {
        let directory = parentDirectory(of: path)
        if !fileSystem.fileExists(atPath: directory) { try fileSystem.createDirectory(atPath: directory) }
        let temporaryPath = path + ".tmp"
        if fileSystem.fileExists(atPath: temporaryPath) { try fileSystem.removeFile(atPath: temporaryPath) }
        do {
            let file = try fileSystem.openFile(atPath: temporaryPath, mode: .createNew)
            try file.write(bytes, atOffset: 0)
            try file.synchronizeData()
            try fileSystem.renameFile(atPath: temporaryPath, toPath: path)
        } catch {
            try? fileSystem.removeFile(atPath: temporaryPath)
            throw error
        }
        try fileSystem.synchronizeDirectory(atPath: directory)
    }

    /// The directory part of `path` (`.` for a bare file name).
    static func parentDirectory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
