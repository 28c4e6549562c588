/// Opens a ledger directory: checks sealed segments against the manifest, loads or rebuilds the
/// indexes, and scans (and for writing, repairs) the tail segment.
///
/// For writing, any damage outside the tail throws `corrupt` with the segment, offset and check. For
/// reading, damage is recorded as a diagnosis and the store serves the records before it.
struct LedgerOpener {
    let fileSystem: any FileSystem
    let paths: LedgerPaths
    let options: EventStoreOptions
    let mode: OpenMode
    /// Rebuild the indexes by scanning even if a checkpoint verifies (it covers damaged records); the
    /// checkpoint still counts as evidence of acknowledged records.
    var ignoresCheckpoint = false
    /// Scan the tail segment from its header, even the records a checkpoint covers, to diagnose damage in
    /// them (inspection, for verify); other opens scan only the records after the checkpoint files.
    var scansWholeTail = false

    /// Opens the ledger; throws `OpenFailure` for located damage, `EventStoreError` otherwise.
    func open() throws -> OpenedLedger {
        var manifest: Manifest
        do throws(EventStoreError) {
            manifest = try checkedManifest()
        } catch {
            guard mode == .readOnly, error.code == .corrupt else { throw error }
            return try openDamaged(
                segments: [], failure: OpenFailure(segmentIndex: nil, offset: 0, position: nil, error))
        }
        var segments: [SegmentSlot] = []
        do throws(OpenFailure) {
            for entry in manifest.sealed {
                let previousHead =
                    entry.segmentIndex == 0 ? ChainHash.genesis : manifest.sealed[Int(entry.segmentIndex) - 1].chainHead
                segments.append(try openSealed(entry, previousChainHead: previousHead))
            }
        } catch {
            guard mode == .readOnly else { throw error }
            return try openDamaged(segments: segments, failure: error)
        }
        let loaded = try loadIndex(segments: segments)
        var index = loaded.index
        let origin = loaded.origin
        let acknowledged = AcknowledgedEnd(
            sealedRecordCount: manifest.sealed.last.map { $0.firstPosition + $0.recordCount } ?? 0,
            checkpointRecordCount: loaded.claimedRecordCount, fileSystem: fileSystem, paths: paths)
        var tailScan = TailScan(
            opener: self, acknowledged: acknowledged, manifest: manifest, segments: segments, index: index,
            lastTimestampNanoseconds: loaded.lastTimestampNanoseconds)
        do {
            try tailScan.run(from: loaded.resume)
        } catch let failure as OpenFailure {
            guard mode == .readOnly else { throw failure }
            return try openDamaged(segments: tailScan.segments, failure: failure, index: tailScan.index, origin: origin)
        }
        if let damaged = tailScan.damagedPosition, tailScan.index.recordCount > damaged {
            var rescan = self  // the checkpoint indexed records past the damage: index only what is readable
            rescan.ignoresCheckpoint = true
            return try rescan.open()
        }
        (manifest, segments, index) = (tailScan.manifest, tailScan.segments, tailScan.index)
        let writer =
            mode == .readWrite
            ? SegmentWriter(
                fileSystem: fileSystem, paths: paths, segmentSizeBytesMax: options.segmentSizeBytesMax,
                tail: segments.removeLast(), manifest: manifest, chainHead: index.chainHead)
            : nil
        if let writer { segments.append(writer.tail) }
        return OpenedLedger(
            index: index, segments: segments, writer: writer, indexOrigin: origin, diagnosis: tailScan.diagnosis,
            tornTail: tailScan.tornTail, lastTimestampNanoseconds: tailScan.lastTimestampNanoseconds,
            unreadablePositions: tailScan.unreadablePositions, isDamaged: tailScan.damagedPosition != nil)
    }

    /// Opens the ledger, turning located damage into its `corrupt` error.
    func openReportingCorruption() throws(EventStoreError) -> OpenedLedger {
        do {
            return try open()
        } catch let failure as OpenFailure {
            throw failure.error
        } catch let error as EventStoreError {
            throw error
        } catch {
            throw EventStoreError(.io, "open \(paths.directory): \(error)", cause: error)
        }
    }

    /// A read-only view of a damaged ledger: the sealed segments before the damage, indexed by scanning.
    private func openDamaged(
        segments: [SegmentSlot], failure: OpenFailure, index: LedgerIndex? = nil, origin: IndexOrigin? = nil
    ) throws(EventStoreError) -> OpenedLedger {
        var rebuilt = index ?? LedgerIndex()
        var lastTimestamp = Int64.min
        if index == nil {
            for slot in segments {
                var scanner = SegmentScanner(
                    file: slot.file, segmentIndex: slot.segmentIndex, offset: SegmentHeader.sizeBytes,
                    endOffset: slot.recordsEndOffset, nextPosition: slot.firstPosition,
                    chainHead: slot.previousChainHash)
                while let next = try? scanner.next() {
                    try rebuilt.add(
                        IndexedRecord(next.record, segmentIndex: slot.segmentIndex, offset: next.frameOffset))
                    lastTimestamp = next.record.ledgerTimestampNanoseconds
                }
            }
        }
        return OpenedLedger(
            index: rebuilt, segments: segments, writer: nil,
            indexOrigin: origin ?? .rebuilt(reason: "damaged ledger opened read-only"),
            diagnosis: failure.diagnosis, tornTail: nil, lastTimestampNanoseconds: lastTimestamp, isDamaged: true)
    }

    /// Reads the manifest and checks that the segment files fit it: one open tail after the sealed segments,
    /// and at most one more (a seal interrupted before the manifest named it).
    private func checkedManifest() throws(EventStoreError) -> Manifest {
        let manifest = try Manifest.read(fileSystem: fileSystem, paths: paths)
        let fileCount = try segmentFileCount()
        guard fileCount >= manifest.sealed.count + 1, fileCount <= manifest.sealed.count + 2 else {
            throw EventStoreError(
                .corrupt, "\(fileCount) segment files do not fit a manifest of \(manifest.sealed.count) sealed segments"
            )
        }
        return manifest
    }

    /// Counts the segment files, which must be numbered 0, 1, 2, ... without gaps.
    private func segmentFileCount() throws(EventStoreError) -> Int {
        let names = try performIO("list \(paths.directory)") { () throws(FileSystemError) in
            try fileSystem.contentsOfDirectory(atPath: paths.directory)
        }
        let indexes = names.compactMap(LedgerPaths.segmentIndex(fromName:)).sorted()
        guard indexes.count <= Limits.segmentCountMax, indexes.elementsEqual(0..<UInt32(indexes.count)) else {
            throw EventStoreError(.corrupt, "segment files are not numbered contiguously from 0")
        }
        return indexes.count
    }

    /// Opens a sealed segment and checks its header and footer against the manifest entry.
    private func openSealed(_ entry: Manifest.Entry, previousChainHead: [UInt8]) throws(OpenFailure) -> SegmentSlot {
        let parts = try readSealedParts(entry)
        try checkSealed(
            header: parts.header, footer: parts.footer, entry: entry, expectedPrevious: previousChainHead,
            footerOffset: parts.footerOffset)
        return SegmentSlot(
            segmentIndex: entry.segmentIndex, firstPosition: entry.firstPosition,
            previousChainHash: parts.header.previousChainHash, file: parts.file, recordsEndOffset: parts.footerOffset,
            recordCount: entry.recordCount, isSealed: true)
    }

    /// Reads a sealed segment's header and footer (each checked on its own: magic, version, CRC); a failure
    /// names the header (offset 0) or the footer's offset.
    private func readSealedParts(_ entry: Manifest.Entry) throws(OpenFailure) -> (
        file: any OpenFile, header: SegmentHeader, footer: SegmentFooter, footerOffset: Int
    ) {
        let index = entry.segmentIndex
        var offset = 0
        do throws(EventStoreError) {
            let file = try performIO("open segment \(index)") { () throws(FileSystemError) in
                try fileSystem.openFile(atPath: paths.segment(index), mode: .readOnly)
            }
            let size = try performIO("size of segment \(index)") { () throws(FileSystemError) in try file.size() }
            guard size >= SegmentHeader.sizeBytes + RecordLayout.frameSizeBytesMin + SegmentFooter.sizeBytes else {
                throw EventStoreError(.corrupt, "sealed segment \(index) is too short (\(size) bytes)")
            }
            let header = try Self.readHeader(file, index: index)
            offset = size - SegmentFooter.sizeBytes
            let footerOffset = offset
            let footerBytes = try performIO("read footer of segment \(index)") { () throws(FileSystemError) in
                try file.read(atOffset: footerOffset, count: SegmentFooter.sizeBytes)
            }
            let footer = try SegmentFooter(decoding: footerBytes, segmentIndex: index, offset: footerOffset)
            return (file, header, footer, footerOffset)
        } catch {
            throw OpenFailure(segmentIndex: index, offset: offset, position: entry.firstPosition, error)
        }
    }

    private func checkSealed(
        header: SegmentHeader, footer: SegmentFooter, entry: Manifest.Entry, expectedPrevious: [UInt8],
        footerOffset: Int
    ) throws(OpenFailure) {
        let index = entry.segmentIndex
        guard header.firstPosition == entry.firstPosition else {
            throw OpenFailure(
                segmentIndex: index, offset: 16, position: entry.firstPosition,
                EventStoreError(.corrupt, "header first position \(header.firstPosition) disagrees with the manifest"))
        }
        guard footer.recordCount == entry.recordCount,
            footer.lastPosition == entry.firstPosition + entry.recordCount - 1,
            constantTimeEqual(footer.chainHead, entry.chainHead)
        else {
            throw OpenFailure(
                segmentIndex: index, offset: footerOffset, position: footer.lastPosition,
                EventStoreError(.corrupt, "footer disagrees with the manifest"))
        }
        guard constantTimeEqual(header.previousChainHash, expectedPrevious) else {
            throw OpenFailure(
                segmentIndex: index, offset: 24, position: entry.firstPosition,
                EventStoreError(.corrupt, "header previous chain hash disagrees with the manifest"))
        }
    }

    /// Reads and checks a segment header.
    static func readHeader(_ file: any OpenFile, index: UInt32) throws(EventStoreError) -> SegmentHeader {
        let bytes = try performIO("read header of segment \(index)") { () throws(FileSystemError) in
            try file.read(atOffset: 0, count: SegmentHeader.sizeBytes)
        }
        return try SegmentHeader(decoding: bytes, expectedIndex: index)
    }
}
