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
    /// Read-only, damaged: acknowledged positions that cannot be read (reads of them throw `corrupt`).
    var unreadablePositions: Range<UInt64>?
    /// Read-only: the open found damage that is not a torn, never-acknowledged tail (`diagnosis` says
    /// where). A reader refuses such a ledger; only an inspecting open (verify) serves it.
    var isDamaged = false
}

extension OpenedLedger {
    /// The `corrupt` error a reader gets for a damaged ledger: the first problem, located.
    func damageError(directory: String) -> EventStoreError {
        let damage = diagnosis.map { "\($0)" } ?? "damaged"
        return EventStoreError(.corrupt, "ledger \(directory) is damaged: \(damage)")
    }
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
    /// The error behind the diagnosis (a check that failed, or an I/O failure).
    var cause: EventStoreError

    /// The `corrupt` error a read-write open throws: the diagnosis, which states the location once (and the
    /// cause only when it is not that same corruption).
    var error: EventStoreError {
        EventStoreError(.corrupt, diagnosis.description, cause: cause.code == .corrupt ? nil : cause)
    }

    init(segmentIndex: UInt32?, offset: Int, position: UInt64?, _ error: EventStoreError) {
        diagnosis = VerifyFailure(
            segmentIndex: segmentIndex, offset: UInt64(offset), position: position, what: error.failedCheckOrMessage)
        cause = error
    }

    /// The same failure with the reason it cannot be a torn tail appended to what failed.
    func notTorn(because reason: String) -> OpenFailure {
        var failure = self
        failure.diagnosis.what += "; not a torn tail: \(reason)"
        return failure
    }
}
