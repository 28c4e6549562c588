import Integrity

extension TailScan {
    /// If a valid footer matching the scanned records sits at `offset` and ends the file, the writer
    /// crashed between sealing this segment and naming it in the manifest: finish the seal (writing) or
    /// accept it (reading), and continue in the next segment. Returns false if there is no such footer.
    mutating func completeSealIfFooter(slot: SegmentSlot, at offset: Int, size: Int) throws -> Bool {
        guard size - offset == SegmentFooter.sizeBytes, index.recordCount > slot.firstPosition else { return false }
        let bytes = try performIO("read segment \(slot.segmentIndex) footer") { () throws(FileSystemError) in
            try slot.file.read(atOffset: offset, count: SegmentFooter.sizeBytes)
        }
        guard let footer = try? SegmentFooter(decoding: bytes, segmentIndex: slot.segmentIndex, offset: offset),
            footer.recordCount == index.recordCount - slot.firstPosition, footer.lastPosition == index.recordCount - 1,
            constantTimeEqual(footer.chainHead, index.chainHead)
        else { return false }
        var sealed = slot
        (sealed.recordsEndOffset, sealed.recordCount, sealed.isSealed) = (offset, footer.recordCount, true)
        segments.append(sealed)
        manifest.sealed.append(
            Manifest.Entry(
                segmentIndex: slot.segmentIndex, firstPosition: slot.firstPosition, recordCount: footer.recordCount,
                chainHead: footer.chainHead))
        let next = slot.segmentIndex + 1
        if opener.mode == .readWrite {
            try recreateIfTorn(next)
            let paths = opener.paths
            let manifest = self.manifest
            try performIO("complete seal of segment \(slot.segmentIndex)") { () throws(FileSystemError) in
                try opener.fileSystem.writeAtomically(
                    manifest.encoded, path: paths.manifest, temporaryPath: paths.manifestTemporary,
                    directory: paths.directory)
            }
        } else if try !hasGoodHeader(next) {
            return true  // reading: the next segment was not (durably) created yet; nothing was acknowledged in it
        }
        try scanTail(next)
        return true
    }

    /// True if segment `segmentIndex` exists with a header that continues the records scanned so far.
    private func hasGoodHeader(_ segmentIndex: UInt32) throws -> Bool {
        let path = opener.paths.segment(segmentIndex)
        guard opener.fileSystem.fileExists(atPath: path) else { return false }
        let file = try performIO("open segment \(segmentIndex)") { () throws(FileSystemError) in
            try opener.fileSystem.openFile(atPath: path, mode: .readOnly)
        }
        guard let header = try? LedgerOpener.readHeader(file, index: segmentIndex) else { return false }
        return header.firstPosition == index.recordCount && constantTimeEqual(header.previousChainHash, index.chainHead)
    }

    /// Creates the segment after a completed seal unless it exists with a good header.
    private func recreateIfTorn(_ segmentIndex: UInt32) throws {
        guard try !hasGoodHeader(segmentIndex) else { return }
        let (fileSystem, paths, first, head) = (opener.fileSystem, opener.paths, index.recordCount, index.chainHead)
        _ = try performIO("create segment \(segmentIndex)") { () throws(FileSystemError) in
            try SegmentWriter.createSegment(
                fileSystem: fileSystem, paths: paths, index: segmentIndex, firstPosition: first, previousChainHash: head
            )
        }
    }

    /// Reads the tail from the last whole batch a second time before anything is cut: if the second read
    /// finds a whole batch there, the first read was wrong in transit (a flipped bit on the bus or in a
    /// cache, not on the medium), and cutting would lose records that may be acknowledged (HEAD is not
    /// fsynced). Throws `io` then, so the open fails without repairing and the next open reads again.
    private func confirmTorn(_ bad: BadEnd) throws(EventStoreError) {
        var rescan = SegmentScanner(
            file: bad.file, segmentIndex: bad.segmentIndex, offset: bad.batchOffset, endOffset: bad.readBound,
            nextPosition: bad.batchPosition, chainHead: index.chainHead)
        var foundWholeBatch = false
        do throws(EventStoreError) {
            while !foundWholeBatch, let next = try rescan.next() { foundWholeBatch = next.record.endsBatch }
        } catch {
            return  // the second read fails too: the damage is on the medium
        }
        guard !foundWholeBatch else {
            throw EventStoreError(
                .io,
                "segment \(bad.segmentIndex), offset \(bad.batchOffset): a second read found a whole batch where the "
                    + "first found a bad record (an unreliable read); nothing was repaired, open the ledger again")
        }
    }

    /// Truncates a torn tail (writing) and remembers it for the recovery record, or, when reading, notes it
    /// as a diagnosis (records before it stay readable).
    mutating func handleTorn(_ bad: BadEnd) throws {
        let (file, segmentIndex, offset, size) = (bad.file, bad.segmentIndex, bad.batchOffset, bad.size)
        guard opener.mode == .readWrite else {
            diagnosis = bad.failureOrIncompleteBatch.diagnosis
            return
        }
        try confirmTorn(bad)
        let dropped = try performIO("read torn tail of segment \(segmentIndex)") { () throws(FileSystemError) in
            try file.read(atOffset: offset, count: size - offset)
        }
        try performIO("truncate torn tail of segment \(segmentIndex)") { () throws(FileSystemError) in
            try file.truncate(toSize: offset)
            try file.synchronizeData()
        }
        tornTail = RecoveryDescription(
            segmentIndex: segmentIndex, offset: UInt64(offset), droppedSizeBytes: UInt64(dropped.count),
            droppedHash: SHA256.hash(dropped))
    }
}
