/// The durable evidence of how many records the store acknowledged to callers (FORMAT.md, "Torn tail or
/// damage"): the manifest's sealed segments, a verified index checkpoint and the HEAD hint. Each names
/// only records that were durable before it was written, so the largest is a lower bound on what callers
/// were told is stored; recovery never drops a record below it.
struct AcknowledgedEnd {
    /// Records in the sealed segments named by the manifest.
    var sealedRecordCount: UInt64
    /// Records covered by the verified index checkpoint (0 without one).
    var checkpointRecordCount: UInt64
    /// The HEAD hint, if the file exists and passes its CRC.
    var headHint: HeadHint?

    /// Reads the HEAD hint (a missing, torn or malformed one is no evidence).
    init(sealedRecordCount: UInt64, checkpointRecordCount: UInt64, fileSystem: any FileSystem, paths: LedgerPaths) {
        self.sealedRecordCount = sealedRecordCount
        self.checkpointRecordCount = checkpointRecordCount
        headHint = try? HeadHint(
            decoding: fileSystem.readWholeFile(atPath: paths.head, sizeBytesMax: HeadHint.sizeBytes))
    }

    /// Positions `0..<recordCount` were acknowledged.
    var recordCount: UInt64 { max(sealedRecordCount, checkpointRecordCount, headHint?.recordCount ?? 0) }

    /// Which evidence names `recordCount`, for a diagnosis: "the HEAD hint names 3 acknowledged records".
    var explanation: String {
        let source: String
        switch recordCount {
        case headHint?.recordCount: source = "the HEAD hint"
        case checkpointRecordCount: source = "the index checkpoint"
        default: source = "the manifest"
        }
        return "\(source) names \(recordCount) acknowledged records"
    }
}
