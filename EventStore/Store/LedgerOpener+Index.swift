extension LedgerOpener {
    /// The indexes to start from and where the log scan resumes: a verified checkpoint if there is one,
    /// else an empty index and the start of segment 0. Also returns the record count a checkpoint that
    /// decodes (SHA-256 good) claims, even if the log disagrees with it: durable evidence for recovery.
    func loadIndex(segments: [SegmentSlot], manifest: Manifest) throws(EventStoreError) -> (
        LedgerIndex, IndexOrigin, ScanPoint, Int64, checkpointRecordCount: UInt64
    ) {
        let start = ScanPoint(segmentIndex: 0, offset: SegmentHeader.sizeBytes, chainHead: ChainHash.genesis)
        guard fileSystem.fileExists(atPath: paths.indexCheckpoint) else {
            return (LedgerIndex(), .rebuilt(reason: "no index checkpoint"), start, Int64.min, 0)
        }
        var claimedRecordCount: UInt64 = 0
        do throws(EventStoreError) {
            let bytes = try fileSystem.readWholeFile(atPath: paths.indexCheckpoint, sizeBytesMax: Int.max)
            let index = try IndexCheckpoint.decode(bytes)
            claimedRecordCount = index.recordCount
            guard !ignoresCheckpoint else {
                throw EventStoreError(.corrupt, "it covers records a read-only open found damaged")
            }
            let (resume, lastTimestamp) = try resumePoint(after: index, segments: segments)
            return (index, .checkpoint(recordCount: index.recordCount), resume, lastTimestamp, claimedRecordCount)
        } catch {
            let reason = "index checkpoint rejected: \(error.message)"
            return (LedgerIndex(), .rebuilt(reason: reason), start, Int64.min, claimedRecordCount)
        }
    }

    /// Checks that the log holds the checkpoint's last record with the checkpoint's chain hash, and
    /// returns where the scan continues after it.
    private func resumePoint(after index: LedgerIndex, segments: [SegmentSlot]) throws(EventStoreError) -> (
        ScanPoint, Int64
    ) {
        guard index.recordCount > 0 else {
            guard index.chainHead == ChainHash.genesis else {
                throw EventStoreError(.corrupt, "empty checkpoint with a chain head")
            }
            return (
                ScanPoint(segmentIndex: 0, offset: SegmentHeader.sizeBytes, chainHead: ChainHash.genesis), Int64.min
            )
        }
        let last = index.recordCount - 1
        let location = index.location(of: last)!
        let path = paths.segment(location.segmentIndex)
        let file = try performIO("open segment \(location.segmentIndex)") { () throws(FileSystemError) in
            try fileSystem.openFile(atPath: path, mode: .readOnly)
        }
        let (record, frameSize) = try EventStore.readFrame(
            from: file, segmentIndex: location.segmentIndex, offset: location.offset)
        guard record.position == last, constantTimeEqual(record.chainHash, index.chainHead) else {
            throw EventStoreError(.corrupt, "the log does not hold the checkpoint's chain hash at position \(last)")
        }
        var resume = ScanPoint(
            segmentIndex: location.segmentIndex, offset: location.offset + frameSize, chainHead: index.chainHead)
        if let slot = segments.first(where: { $0.segmentIndex == location.segmentIndex }),
            slot.recordsEndOffset == resume.offset
        {
            resume = ScanPoint(
                segmentIndex: slot.segmentIndex + 1, offset: SegmentHeader.sizeBytes, chainHead: index.chainHead)
        }
        return (resume, record.ledgerTimestampNanoseconds)
    }
}

extension EventStore {
    /// Reads and decodes (CRC and limits, not the chain link) the frame at `offset` of a segment file.
    static func readFrame(from file: any OpenFile, segmentIndex: UInt32, offset: Int) throws(EventStoreError) -> (
        RecordedEvent, Int
    ) {
        // Built only for a message: this runs once per record of a stream read.
        func context() -> String { "segment \(segmentIndex), offset \(offset)" }
        let head = try performIO("read \(context())") { () throws(FileSystemError) in
            try file.read(atOffset: offset, count: 4)
        }
        let frameSize = try RecordDecoder.frameSize(in: head, at: 0, context: context())
        let frame = try performIO("read \(context())") { () throws(FileSystemError) in
            try file.read(atOffset: offset, count: frameSize)
        }
        let decoded = try RecordDecoder.decode(frame, at: 0, context: context(), previousChainHash: nil)
        return (decoded.record, decoded.frameSizeBytes)
    }
}
