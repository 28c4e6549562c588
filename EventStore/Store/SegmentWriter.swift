/// Writes frames to the tail segment, seals full segments and starts new ones, and syncs.
///
/// Owned by whichever thread is the group-commit leader (or by `open` before the store is shared); never
/// touched by two threads at once. Any error it throws leaves the files in an unknown state: the store
/// must fail-stop.
final class SegmentWriter {
    let fileSystem: any FileSystem
    let paths: LedgerPaths
    let segmentSizeBytesMax: Int
    /// The open tail segment.
    private(set) var tail: SegmentSlot
    /// The sealed-segment list as last written.
    private(set) var manifest: Manifest
    /// Chain hash of the last staged record.
    private(set) var chainHead: [UInt8]
    /// Slots created or sealed since the last `takeChangedSlots`, for publishing to readers.
    private var changedSlots: [SegmentSlot] = []
    /// True if a segment was sealed since the last `takeChangedSlots`.
    private(set) var sealedSinceLastTake = false
    private var pending: [UInt8] = []

    /// Takes over `tail` (opened read-write, with `recordsEndOffset` at the durable end).
    init(fileSystem: any FileSystem, paths: LedgerPaths, segmentSizeBytesMax: Int, tail: SegmentSlot, manifest: Manifest, chainHead: [UInt8]) {
        self.fileSystem = fileSystem
        self.paths = paths
        self.segmentSizeBytesMax = segmentSizeBytesMax
        self.tail = tail
        self.manifest = manifest
        self.chainHead = chainHead
    }

    /// Stages one frame after the last, sealing the tail first if the frame would not fit.
    /// Returns where the frame will live.
    func stage(_ frame: [UInt8], chainHash: [UInt8]) throws(FileSystemError) -> (segmentIndex: UInt32, offset: Int) {
        let end = tail.recordsEndOffset + pending.count
        if end + frame.count + SegmentFooter.sizeBytes > segmentSizeBytesMax {
            try sealAndRoll()
        }
        let offset = tail.recordsEndOffset + pending.count
        pending.append(contentsOf: frame)
        tail.recordCount += 1
        chainHead = chainHash
        return (tail.segmentIndex, offset)
    }

    /// Writes staged frames and makes them durable (one fdatasync), then publishes the HEAD hint.
    func commit() throws(FileSystemError) {
        try flush()
        try tail.file.synchronizeData()
        try writeHead()
    }

    /// Slots changed since the last call (sealed segments and the current tail), and clears the list.
    func takeChangedSlots() -> [SegmentSlot] {
        defer {
            changedSlots.removeAll()
            sealedSinceLastTake = false
        }
        return changedSlots + [tail]
    }

    /// Publishes HEAD: record count, tail segment, tail offset, chain head. Not fsynced (see HeadHint).
    func writeHead() throws(FileSystemError) {
        let hint = HeadHint(
            recordCount: tail.firstPosition + tail.recordCount, segmentIndex: tail.segmentIndex,
            tailOffset: UInt64(tail.recordsEndOffset), chainHead: chainHead)
        let file = fileSystem.fileExists(atPath: paths.head)
            ? try fileSystem.openFile(atPath: paths.head, mode: .readWrite)
            : try fileSystem.openFile(atPath: paths.head, mode: .createNew)
        try file.write(hint.encoded, atOffset: 0)
    }

    private func flush() throws(FileSystemError) {
        guard !pending.isEmpty else { return }
        try tail.file.write(pending, atOffset: tail.recordsEndOffset)
        tail.recordsEndOffset += pending.count
        pending.removeAll(keepingCapacity: true)
    }

    /// Seals the tail (footer, fdatasync), creates the next segment (header, fdatasync, directory fsync)
    /// and then names the sealed segment in the manifest. See FORMAT.md, "Sealing".
    private func sealAndRoll() throws(FileSystemError) {
        precondition(tail.recordCount > 0, "a segment is sealed only after it holds a record")
        try flush()
        let footer = SegmentFooter(recordCount: tail.recordCount, lastPosition: tail.firstPosition + tail.recordCount - 1, chainHead: chainHead)
        try tail.file.write(footer.encoded, atOffset: tail.recordsEndOffset)
        try tail.file.synchronizeData()
        let next = try Self.createSegment(
            fileSystem: fileSystem, paths: paths, index: tail.segmentIndex + 1,
            firstPosition: tail.firstPosition + tail.recordCount, previousChainHash: chainHead)
        var sealed = tail
        sealed.isSealed = true
        manifest.sealed.append(
            Manifest.Entry(segmentIndex: sealed.segmentIndex, firstPosition: sealed.firstPosition, recordCount: sealed.recordCount, chainHead: chainHead))
        try fileSystem.writeAtomically(manifest.encoded, path: paths.manifest, temporaryPath: paths.manifestTemporary, directory: paths.directory)
        changedSlots.append(sealed)
        sealedSinceLastTake = true
        tail = next
    }

    /// Creates segment `index` with its header, durably (file fdatasync and directory fsync).
    static func createSegment(
        fileSystem: any FileSystem, paths: LedgerPaths, index: UInt32, firstPosition: UInt64, previousChainHash: [UInt8]
    ) throws(FileSystemError) -> SegmentSlot {
        let path = paths.segment(index)
        if fileSystem.fileExists(atPath: path) { try fileSystem.removeFile(atPath: path) }
        let file = try fileSystem.openFile(atPath: path, mode: .createNew)
        let header = SegmentHeader(segmentIndex: index, firstPosition: firstPosition, previousChainHash: previousChainHash)
        try file.write(header.encoded, atOffset: 0)
        try file.synchronizeData()
        try fileSystem.synchronizeDirectory(atPath: paths.directory)
        return SegmentSlot(
            segmentIndex: index, firstPosition: firstPosition, previousChainHash: previousChainHash, file: file,
            recordsEndOffset: SegmentHeader.sizeBytes, recordCount: 0, isSealed: false)
    }
}
