/// One segment file as the store sees it: its open file, where its records end, and whether it is sealed.
struct SegmentSlot: Sendable {
    /// The segment's index.
    var segmentIndex: UInt32
    /// Global position of its first record.
    var firstPosition: UInt64
    /// Chain hash before its first record (from its header).
    var previousChainHash: [UInt8]
    /// The open file (read-write for the writer's tail, read-only otherwise).
    var file: any OpenFile
    /// Byte offset just past its last durable record.
    var recordsEndOffset: Int
    /// Number of durable records in it.
    var recordCount: UInt64
    /// True once its footer is written and the manifest names it.
    var isSealed: Bool
}
