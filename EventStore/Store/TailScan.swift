/// Scans the log from a resume point to the end: sealed segments strictly, then the whole tail segment,
/// where a torn end is truncated (writing) or ignored (reading), and any other damage is refused
/// (writing) or diagnosed (reading). Completes a seal interrupted by a crash.
struct TailScan {
    let opener: LedgerOpener
    /// Records the durable evidence (manifest, index checkpoint, HEAD hint) says were acknowledged.
    let acknowledged: AcknowledgedEnd
    var manifest: Manifest
    var segments: [SegmentSlot]
    var index: LedgerIndex
    var lastTimestampNanoseconds: Int64
    var diagnosis: VerifyFailure?
    var tornTail: RecoveryDescription?
    /// For a read-only open of damaged acknowledged records: the positions that cannot be read.
    var unreadablePositions: Range<UInt64>?
    /// For a read-only open of damaged acknowledged records: the first position the damage hides.
    var damagedPosition: UInt64?

    init(
        opener: LedgerOpener, acknowledged: AcknowledgedEnd, manifest: Manifest, segments: [SegmentSlot],
        index: LedgerIndex, lastTimestampNanoseconds: Int64
    ) {
        self.opener = opener
        self.acknowledged = acknowledged
        self.manifest = manifest
        self.segments = segments
        self.index = index
        self.lastTimestampNanoseconds = lastTimestampNanoseconds
    }

    private var isWriting: Bool { opener.mode == .readWrite }

    /// Scans from `resume`; throws `OpenFailure` for damage outside the tail, `EventStoreError` for I/O.
    mutating func run(from resume: ScanPoint) throws {
        for slot in segments where slot.segmentIndex >= resume.segmentIndex {
            let start = slot.segmentIndex == resume.segmentIndex ? resume.offset : SegmentHeader.sizeBytes
            try scanSealed(slot, from: start)
        }
        let tailIndex = UInt32(manifest.sealed.count)
        try scanTail(tailIndex, from: resume.segmentIndex == tailIndex && !opener.scansWholeTail ? resume : nil)
        try checkReachesAcknowledgedEnd()
    }

    /// Throws unless the log holds every record the durable evidence says was acknowledged: a segment cut
    /// at a record boundary leaves no bad frame, but must not pass for a shorter ledger.
    private func checkReachesAcknowledgedEnd() throws(OpenFailure) {
        guard damagedPosition == nil, index.recordCount < acknowledged.recordCount, let last = segments.last else {
            return
        }
        throw OpenFailure(
            segmentIndex: last.segmentIndex, offset: last.recordsEndOffset, position: index.recordCount,
            EventStoreError(.corrupt, "the log ends here, but \(acknowledged.explanation)"))
    }

    /// Scans a sealed segment's records from `offset`; they must fill it exactly and end at the footer's chain head.
    private mutating func scanSealed(_ slot: SegmentSlot, from offset: Int) throws {
        var scanner = try makeScanner(
            slot.file, segmentIndex: slot.segmentIndex, offset: offset, endOffset: slot.recordsEndOffset,
            header: offset == SegmentHeader.sizeBytes ? slot.previousChainHash : nil)
        do throws(EventStoreError) {
            while let next = try scanner.next() { try add(next, segmentIndex: slot.segmentIndex) }
        } catch {
            throw OpenFailure(
                segmentIndex: slot.segmentIndex, offset: scanner.offset, position: scanner.nextPosition, error)
        }
        let entry = manifest.sealed[Int(slot.segmentIndex)]
        guard index.recordCount == entry.firstPosition + entry.recordCount,
            constantTimeEqual(index.chainHead, entry.chainHead)
        else {
            throw OpenFailure(
                segmentIndex: slot.segmentIndex, offset: slot.recordsEndOffset, position: index.recordCount,
                EventStoreError(.corrupt, "records do not match the footer's count and chain head"))
        }
    }

    /// Scans the tail segment from `resume` (just after the records the checkpoint files cover, whose last
    /// record was read and matched their chain hash), or from its header when `resume` is nil (then records
    /// a checkpoint covers are read again and skipped), completing an interrupted seal and handling a bad end.
    mutating func scanTail(_ segmentIndex: UInt32, from resume: ScanPoint? = nil) throws {
        let path = opener.paths.segment(segmentIndex)
        let file = try performIO("open tail segment \(segmentIndex)") { () throws(FileSystemError) in
            try opener.fileSystem.openFile(atPath: path, mode: isWriting ? .readWrite : .readOnly)
        }
        let size = try performIO("size of segment \(segmentIndex)") { () throws(FileSystemError) in try file.size() }
        let header = try checkedTailHeader(file, segmentIndex: segmentIndex)
        let bound = try readBound(segmentIndex, size: size)
        let startOffset = resume?.offset ?? SegmentHeader.sizeBytes
        let startPosition = resume == nil ? header.firstPosition : index.recordCount
        var scanner = SegmentScanner(
            file: file, segmentIndex: segmentIndex, offset: startOffset, endOffset: bound,
            nextPosition: startPosition, chainHead: resume?.chainHead ?? header.previousChainHash)
        var slot = SegmentSlot(
            segmentIndex: segmentIndex, firstPosition: header.firstPosition,
            previousChainHash: header.previousChainHash, file: file, recordsEndOffset: startOffset,
            recordCount: 0, isSealed: false)
        var batch = PendingBatch(startOffset: startOffset, startPosition: startPosition)
        var failure: OpenFailure?
        do throws(EventStoreError) {
            while let next = try scanner.next() { try batch.add(next, to: &self, segmentIndex: segmentIndex) }
        } catch {
            if batch.records.isEmpty, try completeSealIfFooter(slot: slot, at: scanner.offset, size: size) { return }
            failure = OpenFailure(
                segmentIndex: segmentIndex, offset: scanner.offset, position: scanner.nextPosition, error)
        }
        if failure != nil || !batch.records.isEmpty {
            let bad = BadEnd(
                file: file, segmentIndex: segmentIndex, batchOffset: batch.startOffset,
                batchPosition: batch.startPosition,
                failure: failure, readBound: bound, size: size)
            try handleBadEnd(bad)
        }
        slot.recordsEndOffset = batch.startOffset
        slot.recordCount = index.recordCount - header.firstPosition
        segments.append(slot)
    }

    /// Reads the tail's header; it must continue the positions and chain where the sealed segments end.
    private func checkedTailHeader(_ file: any OpenFile, segmentIndex: UInt32) throws -> SegmentHeader {
        let last = manifest.sealed.last
        let expectedFirst = last.map { $0.firstPosition + $0.recordCount } ?? 0
        do throws(EventStoreError) {
            let header = try LedgerOpener.readHeader(file, index: segmentIndex)
            guard header.firstPosition == expectedFirst else {
                throw EventStoreError(
                    .corrupt, "header first position \(header.firstPosition), expected \(expectedFirst)")
            }
            guard constantTimeEqual(header.previousChainHash, last?.chainHead ?? ChainHash.genesis) else {
                throw EventStoreError(.corrupt, "header previous chain hash breaks the chain")
            }
            return header
        } catch {
            throw OpenFailure(segmentIndex: segmentIndex, offset: 0, position: expectedFirst, error)
        }
    }

    /// Where reading stops in the tail: the file end when writing; the HEAD hint's durable end when reading
    /// (unless the hint is older than the checkpoint).
    private func readBound(_ segmentIndex: UInt32, size: Int) throws(EventStoreError) -> Int {
        guard !isWriting, let hint = acknowledged.headHint, hint.recordCount >= index.recordCount else {
            return size
        }
        if hint.segmentIndex > segmentIndex { return size }
        if hint.segmentIndex < segmentIndex { return SegmentHeader.sizeBytes }
        return min(size, Int(clamping: hint.tailOffset))
    }

    /// Indexes a scanned record; one the checkpoint already covers is skipped, and the checkpoint's last
    /// record must carry the checkpoint's chain hash.
    mutating func add(_ next: (record: RecordedEvent, frameOffset: Int, frameSizeBytes: Int), segmentIndex: UInt32)
        throws(EventStoreError)
    {
        guard next.record.position >= index.recordCount else {
            guard
                next.record.position + 1 < index.recordCount
                    || constantTimeEqual(next.record.chainHash, index.chainHead)
            else {
                throw EventStoreError(.corrupt, "chain hash disagrees with the index checkpoint")
            }
            return
        }
        try index.add(IndexedRecord(next.record, segmentIndex: segmentIndex, offset: next.frameOffset))
        lastTimestampNanoseconds = next.record.ledgerTimestampNanoseconds
    }

    private func makeScanner(
        _ file: any OpenFile, segmentIndex: UInt32, offset: Int, endOffset: Int, header previousChainHash: [UInt8]?
    ) throws(OpenFailure) -> SegmentScanner {
        if let previousChainHash, !constantTimeEqual(previousChainHash, index.chainHead) {
            throw OpenFailure(
                segmentIndex: segmentIndex, offset: 24, position: index.recordCount,
                EventStoreError(.corrupt, "header previous chain hash breaks the chain"))
        }
        return SegmentScanner(
            file: file, segmentIndex: segmentIndex, offset: offset, endOffset: endOffset,
            nextPosition: index.recordCount, chainHead: index.chainHead)
    }
}

/// Records of a batch whose last record has not been read yet: indexed only once the batch is whole.
struct PendingBatch {
    /// Where the batch starts (and, while none is pending, where the scanned records end).
    private(set) var startOffset: Int
    /// The position of the batch's first record (and, while none is pending, the next position).
    private(set) var startPosition: UInt64
    private(set) var records: [(record: RecordedEvent, frameOffset: Int, frameSizeBytes: Int)] = []

    init(startOffset: Int, startPosition: UInt64) {
        self.startOffset = startOffset
        self.startPosition = startPosition
    }

    /// Adds a record; when it ends its batch, indexes the whole batch into `scan`.
    mutating func add(
        _ next: (record: RecordedEvent, frameOffset: Int, frameSizeBytes: Int), to scan: inout TailScan,
        segmentIndex: UInt32
    ) throws(EventStoreError) {
        records.append(next)
        guard next.record.endsBatch else { return }
        for record in records { try scan.add(record, segmentIndex: segmentIndex) }
        records.removeAll()
        startOffset = next.frameOffset + next.frameSizeBytes
        startPosition = next.record.position + 1
    }
}
