import Integrity

/// The indexes an open starts from: a verified checkpoint (`INDEX`, extended by a verified `INDEX-TAIL`) or
/// an empty index, where the log scan resumes, and the largest record count a checkpoint file claims.
struct LoadedIndex {
    var index: LedgerIndex
    var origin: IndexOrigin
    /// Where the scan of the log resumes: just after the last record the checkpoint files cover.
    var resume: ScanPoint
    var lastTimestampNanoseconds: Int64
    /// The largest record count claimed by a checkpoint file whose SHA-256 verifies, even one rejected
    /// because the log disagrees with it: durable evidence for recovery.
    var claimedRecordCount: UInt64
}

extension LedgerOpener {
    /// The indexes to start from and where the log scan resumes: a verified checkpoint if there is one,
    /// extended by a verified tail index that names it as its base, else an empty index and the start of
    /// segment 0. With a verified checkpoint the index journals from it (so that close can write a tail
    /// index on top of it); without one, close writes a whole checkpoint.
    func loadIndex(segments: [SegmentSlot]) throws(EventStoreError) -> LoadedIndex {
        let start = ScanPoint(segmentIndex: 0, offset: SegmentHeader.sizeBytes, chainHead: ChainHash.genesis)
        var loaded = LoadedIndex(
            index: LedgerIndex(), origin: .rebuilt(reason: "no index checkpoint"), resume: start,
            lastTimestampNanoseconds: Int64.min, claimedRecordCount: 0)
        if fileSystem.fileExists(atPath: paths.indexCheckpoint) {
            do throws(EventStoreError) {
                let bytes = try fileSystem.readWholeFile(atPath: paths.indexCheckpoint, sizeBytesMax: Int.max)
                let index = try IndexCheckpoint.decode(bytes)
                loaded.claimedRecordCount = index.recordCount
                guard !ignoresCheckpoint else {
                    throw EventStoreError(.corrupt, "it covers records a read-only open found damaged")
                }
                (loaded.resume, loaded.lastTimestampNanoseconds) = try resumePoint(after: index, segments: segments)
                (loaded.index, loaded.origin) = (index, .checkpoint(recordCount: index.recordCount))
            } catch {
                loaded.origin = .rebuilt(reason: "index checkpoint rejected: \(error.message)")
            }
        }
        guard case .checkpoint = loaded.origin else { return loaded }  // close writes a whole checkpoint
        loaded.index.startJournal()
        extendWithTailIndex(&loaded, segments: segments)
        return loaded
    }

    /// Applies `INDEX-TAIL` to `loaded` if it names exactly `loaded`'s index as its base and the log holds
    /// its last record, at its location, with its chain hash; otherwise leaves `loaded` as it was (the log
    /// scan then indexes those records). Its claimed record count is evidence either way.
    private func extendWithTailIndex(_ loaded: inout LoadedIndex, segments: [SegmentSlot]) {
        guard !ignoresCheckpoint, !scansWholeTail, fileSystem.fileExists(atPath: paths.tailIndex) else { return }
        let sizeBytesMax = TailIndex.sizeBytesMax
        guard let bytes = try? fileSystem.readWholeFile(atPath: paths.tailIndex, sizeBytesMax: sizeBytesMax),
            let tail = try? TailIndex(decoding: bytes)
        else { return }
        loaded.claimedRecordCount = max(loaded.claimedRecordCount, tail.recordCount)
        guard tail.journal.baseRecordCount == loaded.index.recordCount,
            constantTimeEqual(tail.journal.baseChainHead, loaded.index.chainHead), !tail.journal.entries.isEmpty
        else { return }
        var extended = loaded.index
        do throws(EventStoreError) {
            for (entryIndex, entry) in tail.journal.entries.enumerated() {
                try extended.add(
                    IndexedRecord(
                        position: tail.journal.baseRecordCount + UInt64(entryIndex), stream: entry.stream,
                        streamVersion: entry.streamVersion, sourceID: entry.sourceID, chainHash: tail.chainHead,
                        segmentIndex: UInt32(entry.location >> 32),
                        offset: Int(UInt32(truncatingIfNeeded: entry.location))))
            }
            let (resume, lastTimestamp) = try resumePoint(after: extended, segments: segments)
            (loaded.index, loaded.resume, loaded.lastTimestampNanoseconds) = (extended, resume, lastTimestamp)
            loaded.origin = .checkpoint(recordCount: extended.recordCount)
        } catch {
            return  // the log is scanned from the checkpoint instead
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
