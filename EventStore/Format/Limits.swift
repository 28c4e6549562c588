/// Every size and count limit of the on-disk format and the API, checked on write and on read.
///
/// Sizes are in bytes. Changing a limit that readers enforce is a format change (see FORMAT.md).
public enum Limits {
    /// Largest encoded record frame (frame header, body and trailing chain hash): 1 MiB.
    public static let recordSizeBytesMax = 1 << 20
    /// Largest metadata blob in one record: 64 KiB.
    public static let metadataSizeBytesMax = 64 << 10
    /// Largest stream id, in UTF-8 bytes.
    public static let streamIDSizeBytesMax = 256
    /// Largest source id, in UTF-8 bytes.
    public static let sourceIDSizeBytesMax = 256
    /// Largest event type name, in UTF-8 bytes.
    public static let typeSizeBytesMax = 128
    /// Most events in one batch (one `append`).
    public static let batchRecordCountMax = 4_096
    /// Largest encoded batch: 16 MiB.
    public static let batchSizeBytesMax = 16 << 20
    /// Most batches in one `appendBatches` call.
    public static let bulkBatchCountMax = 4_096
    /// Largest segment file: 1 GiB.
    public static let segmentSizeBytesMax = 1 << 30
    /// Smallest segment size cap accepted in options: 4 KiB.
    public static let segmentSizeBytesMin = 4 << 10
    /// Default segment size cap: 64 MiB.
    public static let segmentSizeBytesDefault = 64 << 20
    /// Most segments in one ledger (segment indexes are 32-bit; this keeps scans bounded).
    public static let segmentCountMax = 1 << 20
}
