/// One input to import: a name for findings, a format, and a way to read its bytes from the start.
///
/// The importer reads every input twice (validate, then append), so an input is a recipe for a fresh
/// byte stream rather than a stream.
public struct ImportInput: Sendable {
    /// The two accepted formats (docs/import-format.md).
    public enum Format: String, Sendable, Hashable {
        /// One event object per line, in the catalogue's JSON shape.
        case jsonl
        /// One event per row, with a header naming envelope and `data.` columns.
        case csv
    }

    /// The name used in findings and the summary (the path, for files).
    public var name: String
    /// How to parse the bytes.
    public var format: Format
    let openReader: @Sendable () throws(ImportError) -> any ChunkReader

    /// Creates an input from a chunk-reader factory (for tests and other byte sources).
    public init(name: String, format: Format, openReader: @escaping @Sendable () throws(ImportError) -> any ChunkReader)
    {
        self.name = name
        self.format = format
        self.openReader = openReader
    }

    /// An input over bytes already in memory, delivered in chunks of `chunkSizeBytes`.
    public static func bytes(_ bytes: [UInt8], name: String, format: Format, chunkSizeBytes: Int = 64 << 10)
        -> ImportInput
    {
        ImportInput(name: name, format: format) { () throws(ImportError) -> any ChunkReader in
            MemoryChunkReader(bytes: bytes, chunkSizeBytes: chunkSizeBytes)
        }
    }

    /// A file input; the format comes from the extension (`.jsonl`, `.ndjson`, `.csv`) unless given.
    ///
    /// The file is opened once here, so a missing file or one that is not a regular file (a FIFO) is
    /// refused before the caller takes the ledger's writer lock.
    /// - Throws: `usage` when the format cannot be told from the extension; `notFound` for a missing or
    ///   non-regular file; `io` when it cannot be opened.
    public static func file(path: String, format: Format? = nil) throws(ImportError) -> ImportInput {
        guard let resolved = format ?? Format(pathExtensionOf: path) else {
            throw ImportError(.usage, "\(path): cannot tell the format from the extension (use .jsonl or .csv)")
        }
        _ = try FileChunkReader(path: path)
        return ImportInput(name: path, format: resolved) { () throws(ImportError) -> any ChunkReader in
            try FileChunkReader(path: path)
        }
    }
}

extension ImportInput.Format {
    /// The format for a path's extension, or nil.
    init?(pathExtensionOf path: String) {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".ndjson") {
            self = .jsonl
        } else if lowered.hasSuffix(".csv") {
            self = .csv
        } else {
            return nil
        }
    }
}
