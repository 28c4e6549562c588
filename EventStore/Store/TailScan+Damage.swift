/// Where a tail segment's good records end: the last whole batch, and the frame that failed after it (or
/// the end of the file inside a batch).
struct BadEnd {
    let file: any OpenFile
    let segmentIndex: UInt32
    /// Offset just past the last whole batch: where a torn tail would be cut.
    let batchOffset: Int
    /// Position of the first record after the last whole batch.
    let batchPosition: UInt64
    /// The frame that failed its checks; nil when the file (or read bound) ends inside a batch.
    let failure: OpenFailure?
    /// Where the scan stopped reading: the file size when writing, the HEAD hint's durable end when reading.
    let readBound: Int
    /// The file size.
    let size: Int

    /// The failure, or a diagnosis of the batch the file ends inside.
    var failureOrIncompleteBatch: OpenFailure {
        failure
            ?? OpenFailure(
                segmentIndex: segmentIndex, offset: batchOffset, position: batchPosition,
                EventStoreError(.corrupt, "batch without its last record"))
    }
}

extension TailScan {
    /// Decides whether the bad end of the tail is a torn tail (truncated when writing) or damage to
    /// acknowledged records (refused when writing, diagnosed when reading). FORMAT.md, "Torn tail or damage".
    mutating func handleBadEnd(_ bad: BadEnd) throws {
        guard let damage = try acknowledgedDamage(bad) else { return try handleTorn(bad) }
        guard opener.mode == .readOnly else { throw damage }
        diagnosis = damage.diagnosis
        damagedPosition = bad.batchPosition
        if acknowledged.recordCount > bad.batchPosition {
            unreadablePositions = bad.batchPosition..<acknowledged.recordCount
        }
    }

    /// The failure with the reason it cannot be a torn tail, or nil if it is one: a torn tail holds no
    /// acknowledged record and no valid record follows its bad frame.
    private func acknowledgedDamage(_ bad: BadEnd) throws(EventStoreError) -> OpenFailure? {
        if bad.batchPosition < acknowledged.recordCount {
            return bad.failureOrIncompleteBatch.notTorn(because: acknowledged.explanation)
        }
        guard let failure = bad.failure, let position = failure.diagnosis.position else { return nil }
        let offset = Int(failure.diagnosis.offset)
        if let follower = try FrameSearch.firstValidFrame(
            in: bad.file, segmentIndex: bad.segmentIndex, after: offset, before: bad.readBound, positionAbove: position)
        {
            return failure.notTorn(because: "a valid record follows at offset \(follower)")
        }
        return nil
    }
}

/// Looks for a record frame that passes its CRC anywhere after a bad frame (whose length may be
/// corrupt, so every byte offset is a candidate). Reads in bounded windows; a scan is bounded by the
/// segment size cap.
enum FrameSearch {
    /// The offset of the first frame in `(offset, endOffset)` that passes its CRC, has a known kind and a
    /// position above `position`; nil if there is none.
    static func firstValidFrame(
        in file: any OpenFile, segmentIndex: UInt32, after offset: Int, before endOffset: Int,
        positionAbove position: UInt64
    ) throws(EventStoreError) -> Int? {
        let stepSizeBytes = SegmentScanner.chunkSizeBytes
        var windowStart = offset + 1
        while endOffset - windowStart >= RecordLayout.frameSizeBytesMin {
            let start = windowStart
            let count = min(stepSizeBytes + Limits.recordSizeBytesMax, endOffset - start)
            let window = try performIO("search segment \(segmentIndex) at \(start)") { () throws(FileSystemError) in
                try file.read(atOffset: start, count: count)
            }
            for candidate in 0..<min(stepSizeBytes, window.count)
            where isValidFrame(window, at: candidate, positionAbove: position) {
                return start + candidate
            }
            windowStart += stepSizeBytes
        }
        return nil
    }

    /// True if a whole frame at `start` in `bytes` has a plausible length and kind, a position above
    /// `position`, and a good CRC. Cheap checks first: most offsets fail on the length.
    static func isValidFrame(_ bytes: [UInt8], at start: Int, positionAbove position: UInt64) -> Bool {
        guard bytes.count - start >= RecordLayout.frameSizeBytesMin else { return false }
        let frameSize = Int(littleEndianUInt32(bytes, at: start)) + RecordLayout.frameHeaderSizeBytes
        guard frameSize >= RecordLayout.frameSizeBytesMin, frameSize <= Limits.recordSizeBytesMax,
            frameSize <= bytes.count - start, RecordKind(rawValue: bytes[start + 4]) != nil,
            littleEndianUInt64(bytes, at: start + RecordLayout.frameHeaderSizeBytes) > position
        else { return false }
        let storedCRC = littleEndianUInt32(bytes, at: start + RecordLayout.crcOffset)
        return RecordEncoder.frameCRC(bytes[start..<(start + frameSize)]) == storedCRC
    }

    private static func littleEndianUInt32(_ bytes: [UInt8], at start: Int) -> UInt32 {
        (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[start + $1]) << (8 * $1) }
    }

    private static func littleEndianUInt64(_ bytes: [UInt8], at start: Int) -> UInt64 {
        (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[start + $1]) << (8 * $1) }
    }
}
