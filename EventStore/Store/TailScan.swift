/// Scans the log from a resume point to the end: sealed segments strictly, then the tail segment, where a
/// torn end is truncated (writing) or ignored (reading). Completes a seal interrupted by a crash.
struct TailScan {
    let opener: LedgerOpener
    var manifest: Manifest
    var segments: [SegmentSlot]
    var index: LedgerIndex
    var lastTimestampNanoseconds: Int64
    var diagnosis: VerifyFailure?
    var tornTail: RecoveryDescription?

    init(opener: LedgerOpener, manifest: Manifest, segments: [SegmentSlot], index: LedgerIndex, lastTimestampNanoseconds: Int64) {
        self.opener = opener
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
        try scanTail(tailIndex, from: tailIndex == resume.segmentIndex ? resume.offset : SegmentHeader.sizeBytes)
    }

    /// Scans a sealed segment's records from `offset`; they must fill it exactly and end at the footer's chain head.
    private mutating func scanSealed(_ slot: SegmentSlot, from offset: Int) throws {
        var scanner = try makeScanner(slot.file, segmentIndex: slot.segmentIndex, offset: offset, endOffset: slot.recordsEndOffset, header: offset == SegmentHeader.sizeBytes ? slot.previousChainHash : nil)
        do throws(EventStoreError) {
            while let next = try scanner.next() { try add(next, segmentIndex: slot.segmentIndex) }
        } catch {
            throw OpenFailure(segmentIndex: slot.segmentIndex, offset: scanner.offset, position: scanner.nextPosition, error)
        }
        let entry = manifest.sealed[Int(slot.segmentIndex)]
        guard index.recordCount == entry.firstPosition + entry.recordCount, constantTimeEqual(index.chainHead, entry.chainHead) else {
            throw OpenFailure(segmentIndex: slot.segmentIndex, offset: slot.recordsEndOffset, position: index.recordCount, EventStoreError(.corrupt, "records do not match the footer's count and chain head"))
        }
    }

    /// Scans the tail segment, truncating or ignoring a torn end, and completing an interrupted seal.
    mutating func scanTail(_ segmentIndex: UInt32, from offset: Int) throws {
        let path = opener.paths.segment(segmentIndex)
        let file = try performIO("open tail segment \(segmentIndex)") { () throws(FileSystemError) in
            try opener.fileSystem.openFile(atPath: path, mode: isWriting ? .readWrite : .readOnly)
        }
        let size = try performIO("size of segment \(segmentIndex)") { () throws(FileSystemError) in try file.size() }
        let header = try checkedTailHeader(file, segmentIndex: segmentIndex)
        var scanner = try makeScanner(file, segmentIndex: segmentIndex, offset: offset, endOffset: try readBound(segmentIndex, size: size), header: nil)
        var slot = SegmentSlot(segmentIndex: segmentIndex, firstPosition: header.firstPosition, previousChainHash: header.previousChainHash, file: file, recordsEndOffset: offset, recordCount: index.recordCount - header.firstPosition, isSealed: false)
        do throws(EventStoreError) {
            while let next = try scanner.next() { try add(next, segmentIndex: segmentIndex) }
        } catch {
            if try completeSealIfFooter(slot: slot, at: scanner.offset, size: size) { return }
            try handleTorn(file: file, segmentIndex: segmentIndex, at: scanner.offset, size: size, position: scanner.nextPosition, error: error)
        }
        slot.recordsEndOffset = scanner.offset
        slot.recordCount = index.recordCount - header.firstPosition
        segments.append(slot)
    }

    /// Reads the tail's header; it must continue the chain and positions where the index ends.
    private func checkedTailHeader(_ file: any OpenFile, segmentIndex: UInt32) throws -> SegmentHeader {
        do throws(EventStoreError) {
            let header = try LedgerOpener.readHeader(file, index: segmentIndex)
            guard header.firstPosition <= index.recordCount else {
                throw EventStoreError(.corrupt, "segment \(segmentIndex) header: first position \(header.firstPosition) beyond the log")
            }
            return header
        } catch {
            throw OpenFailure(segmentIndex: segmentIndex, offset: 0, position: index.recordCount, error)
        }
    }

    /// Where reading stops in the tail: the file end when writing; the HEAD hint's durable end when reading.
    private func readBound(_ segmentIndex: UInt32, size: Int) throws(EventStoreError) -> Int {
        guard !isWriting, let hint = try? HeadHint(decoding: opener.fileSystem.readWholeFile(atPath: opener.paths.head, sizeBytesMax: HeadHint.sizeBytes)) else {
            return size
        }
        if hint.segmentIndex > segmentIndex { return size }
        if hint.segmentIndex < segmentIndex { return SegmentHeader.sizeBytes }
        return min(size, Int(clamping: hint.tailOffset))
    }

    private mutating func add(_ next: (record: RecordedEvent, frameOffset: Int, frameSizeBytes: Int), segmentIndex: UInt32) throws(EventStoreError) {
        try index.add(IndexedRecord(next.record, segmentIndex: segmentIndex, offset: next.frameOffset))
        lastTimestampNanoseconds = next.record.ledgerTimestampNanoseconds
    }

    private func makeScanner(_ file: any OpenFile, segmentIndex: UInt32, offset: Int, endOffset: Int, header previousChainHash: [UInt8]?) throws(OpenFailure) -> SegmentScanner {
        if let previousChainHash, !constantTimeEqual(previousChainHash, index.chainHead) {
            throw OpenFailure(segmentIndex: segmentIndex, offset: 24, position: index.recordCount, EventStoreError(.corrupt, "header previous chain hash breaks the chain"))
        }
        return SegmentScanner(file: file, segmentIndex: segmentIndex, offset: offset, endOffset: endOffset, nextPosition: index.recordCount, chainHead: index.chainHead)
    }
}
