import Integrity

extension EventStore {
    /// Re-checks the whole ledger from disk: the manifest, every segment header and footer, every record's
    /// CRC, payload hash (SHA-256 of the payload bytes) and chain link, and that positions are contiguous
    /// from 0.
    ///
    /// Also checks that every segment's last record ends a batch (batches never span segments, and a sealed
    /// segment is sealed only between batches), and that every recovery record describes a cut inside a
    /// segment that is consistent with where the recovery record itself was written (FORMAT.md, "Verify").
    ///
    /// Returns a report with the number of records checked, the chain head and the RFC 9162 Merkle root
    /// over the checked records, or the first failure with its segment, byte offset, position and what
    /// failed. Throws only for I/O failures and a closed store.
    /// - Complexity: reads every byte of the log once, in bounded chunks.
    public func verify() throws(EventStoreError) -> VerifyReport {
        let segments = try withOpenState { state in state.segments }
        var progress = VerifyProgress(segments: segments)
        let manifest: Manifest
        do {
            manifest = try Manifest.read(fileSystem: fileSystem, paths: paths)
        } catch {
            return progress.report(
                failing: VerifyFailure(segmentIndex: nil, offset: 0, position: nil, what: error.failedCheckOrMessage))
        }
        for slot in segments {
            let entry = Int(slot.segmentIndex) < manifest.sealed.count ? manifest.sealed[Int(slot.segmentIndex)] : nil
            // A seal interrupted before its manifest write (FORMAT.md, rules 2 and 7): the open found a footer
            // ending the segment after the manifest's last entry; the footer alone must match the records.
            let interruptedSeal = slot.isSealed && Int(slot.segmentIndex) == manifest.sealed.count
            if let failure = try verifySegment(
                slot, entry: entry, interruptedSeal: interruptedSeal, progress: &progress)
            {
                return progress.report(failing: failure)
            }
        }
        return progress.report(failing: nil)
    }

    /// Checks one segment; returns its first failure, or nil and advances `progress`.
    private func verifySegment(
        _ slot: SegmentSlot, entry: Manifest.Entry?, interruptedSeal: Bool, progress: inout VerifyProgress
    ) throws(EventStoreError) -> VerifyFailure? {
        let index = slot.segmentIndex
        func failure(_ offset: Int, _ what: String) -> VerifyFailure {
            VerifyFailure(segmentIndex: index, offset: UInt64(offset), position: progress.recordCount, what: what)
        }
        guard slot.isSealed == (entry != nil || interruptedSeal) else {
            return failure(0, "sealed state disagrees with the manifest")
        }
        let headerVersion: UInt16
        do {
            let header = try LedgerOpener.readHeader(slot.file, index: index)
            headerVersion = header.formatVersion
            guard header.firstPosition == progress.recordCount else {
                return failure(16, "header first position \(header.firstPosition)")
            }
            guard constantTimeEqual(header.previousChainHash, progress.chainHead) else {
                return failure(24, "header previous chain hash breaks the chain")
            }
        } catch {
            return failure(0, error.failedCheckOrMessage)
        }
        var scanner = SegmentScanner(
            file: slot.file, segmentIndex: index, offset: SegmentHeader.sizeBytes, endOffset: slot.recordsEndOffset,
            nextPosition: progress.recordCount, chainHead: progress.chainHead)
        var last: (record: RecordedEvent, frameOffset: Int)?
        do throws(EventStoreError) {
            while let next = try scanner.next() {
                if let what = progress.recoveryProblem(next.record, frameOffset: next.frameOffset, in: slot) {
                    return failure(next.frameOffset, what)
                }
                if let what = ErasedFrame.payloadProblem(next.record, segmentFormatVersion: headerVersion) {
                    return failure(next.frameOffset, what)
                }
                progress.add(next.record)
                last = (next.record, next.frameOffset)
            }
        } catch {
            guard error.code == .corrupt else { throw error }
            return failure(scanner.offset, error.failedCheckOrMessage)
        }
        if let last, !last.record.endsBatch {
            return VerifyFailure(
                segmentIndex: index, offset: UInt64(last.frameOffset), position: last.record.position,
                what: "segment does not end on a batch boundary (last record lacks the end-of-batch flag)")
        }
        guard slot.isSealed else { return nil }
        let named =
            entry
            ?? Manifest.Entry(
                segmentIndex: index, firstPosition: slot.firstPosition,
                recordCount: progress.recordCount - slot.firstPosition, chainHead: progress.chainHead)
        return try verifyFooter(slot, entry: named, progress: progress)
    }

    private func verifyFooter(_ slot: SegmentSlot, entry: Manifest.Entry, progress: VerifyProgress)
        throws(EventStoreError) -> VerifyFailure?
    {
        let offset = slot.recordsEndOffset
        let failure = { (what: String) in
            VerifyFailure(segmentIndex: slot.segmentIndex, offset: UInt64(offset), position: nil, what: what)
        }
        let bytes = try performIO("read footer of segment \(slot.segmentIndex)") { () throws(FileSystemError) in
            try slot.file.read(atOffset: offset, count: SegmentFooter.sizeBytes + 1)
        }
        guard bytes.count == SegmentFooter.sizeBytes else {
            return failure("footer is not the last 64 bytes of the segment")
        }
        do throws(EventStoreError) {
            let footer = try SegmentFooter(decoding: bytes, segmentIndex: slot.segmentIndex, offset: offset)
            guard footer.recordCount == entry.recordCount, footer.lastPosition + 1 == progress.recordCount,
                entry.firstPosition + entry.recordCount == progress.recordCount,
                constantTimeEqual(footer.chainHead, progress.chainHead),
                constantTimeEqual(entry.chainHead, progress.chainHead)
            else { return failure("footer or manifest disagrees with the records") }
        } catch {
            return failure(error.failedCheckOrMessage)
        }
        return nil
    }
}
