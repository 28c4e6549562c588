/// What `LedgerOpener` hands to the store: checked segments, the indexes and any repair still to log.
struct OpenedLedger {
    var index: LedgerIndex
    var segments: [SegmentSlot]
    var writer: SegmentWriter?
    var indexOrigin: IndexOrigin
    var diagnosis: VerifyFailure?
    /// A torn tail that was truncated; the store appends a recovery record for it.
    var tornTail: RecoveryDescription?
    var lastTimestampNanoseconds: Int64
}

/// Where a scan of the log resumes: the next record's segment, offset, position and previous chain hash.
struct ScanPoint {
    var segmentIndex: UInt32
    var offset: Int
    var chainHead: [UInt8]
}

/// A failure found while opening, kept as a precise diagnosis.
struct OpenFailure: Error {
    var diagnosis: VerifyFailure
    var error: EventStoreError

    init(segmentIndex: UInt32?, offset: Int, position: UInt64?, _ error: EventStoreError) {
        diagnosis = VerifyFailure(segmentIndex: segmentIndex, offset: UInt64(offset), position: position, what: error.message)
        self.error = EventStoreError(.corrupt, diagnosis.description, cause: error)
    }
}
