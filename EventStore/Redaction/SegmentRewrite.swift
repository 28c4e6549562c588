import Integrity

/// Rewrites one segment file with some records' payloads erased, so that a crash at any point leaves either
/// the old segment or the new one (FORMAT.md, "Erased payloads"): the new bytes go to `segment-N.log.tmp`
/// (header at format version 2, every other byte copied, the erased frames patched), which is fdatasynced,
/// renamed over the segment, and the directory fsynced. Then the old file, no longer named, has its erased
/// payload bytes overwritten with zeros and synced, so that they do not linger in the blocks it frees
/// (on file systems that overwrite in place; see docs/redaction.md).
struct SegmentRewrite {
    /// Bytes copied per read.
    static let chunkSizeBytes = 1 << 20

    let fileSystem: any FileSystem
    let paths: LedgerPaths
    let segmentIndex: UInt32

    /// Rewrites the segment with the frames at `frameOffsets` erased.
    func rewrite(erasingFramesAt frameOffsets: [Int]) throws(EventStoreError) {
        let path = paths.segment(segmentIndex)
        let old = try performIO("open segment \(segmentIndex)") { () throws(FileSystemError) in
            try fileSystem.openFile(atPath: path, mode: .readWrite)
        }
        let sizeBytes = try performIO("size of segment \(segmentIndex)") { () throws(FileSystemError) in
            try old.size()
        }
        var header = try LedgerOpener.readHeader(old, index: segmentIndex)
        header.formatVersion = SegmentHeader.erasedPayloadsFormatVersion
        let what = "rewrite segment \(segmentIndex)"
        let writer = try performIO(what) { () throws(FileSystemError) in
            try AtomicFileWriter(path: path, fileSystem: fileSystem, directory: paths.directory)
        }
        try performIO(what) { () throws(FileSystemError) in try writer.append(header.encoded) }
        var copiedEnd = SegmentHeader.sizeBytes
        var payloadRanges: [Range<Int>] = []
        for frameOffset in frameOffsets.sorted() {
            try performIO(what) { () throws(FileSystemError) in
                try copy(from: old, range: copiedEnd..<frameOffset, to: writer)
            }
            let erased = try erasedFrame(in: old, at: frameOffset)
            try performIO(what) { () throws(FileSystemError) in try writer.append(erased.frame) }
            payloadRanges.append(erased.payloadRange)
            copiedEnd = frameOffset + erased.frame.count
        }
        try performIO(what) { () throws(FileSystemError) in
            try copy(from: old, range: copiedEnd..<sizeBytes, to: writer)
            try writer.commit()
        }
        try scrub(old, payloadRanges: payloadRanges)
    }

    /// Copies `range` of `source` to `writer`, a chunk at a time.
    private func copy(from source: any OpenFile, range: Range<Int>, to writer: AtomicFileWriter)
        throws(FileSystemError)
    {
        var offset = range.lowerBound
        while offset < range.upperBound {
            let bytes = try source.read(atOffset: offset, count: min(Self.chunkSizeBytes, range.upperBound - offset))
            guard !bytes.isEmpty else {
                throw FileSystemError(code: .io, operation: "read", path: paths.segment(segmentIndex))
            }
            try writer.append(bytes)
            offset += bytes.count
        }
    }

    /// The erased form of the frame at `frameOffset`, checked: the frame must decode (CRC, lengths) and its
    /// erased form must decode to the same position, payload hash and chain hash (a pair assertion).
    private func erasedFrame(in file: any OpenFile, at frameOffset: Int) throws(EventStoreError)
        -> (frame: [UInt8], payloadRange: Range<Int>)
    {
        let context = "segment \(segmentIndex), offset \(frameOffset)"
        let lengthBytes = try performIO("read \(context)") { () throws(FileSystemError) in
            try file.read(atOffset: frameOffset, count: 4)
        }
        let frameSize = try RecordDecoder.frameSize(in: lengthBytes, at: 0, context: context)
        let frame = try performIO("read \(context)") { () throws(FileSystemError) in
            try file.read(atOffset: frameOffset, count: frameSize)
        }
        let original = try RecordDecoder.decode(frame, at: 0, context: context, previousChainHash: nil).record
        let erased = ErasedFrame.erasing(frame, payloadSize: original.payload.count)
        let check = try RecordDecoder.decode(erased, at: 0, context: context, previousChainHash: nil).record
        precondition(
            check.payloadErased && check.position == original.position && check.chainHash == original.chainHash
                && check.payloadHash == original.payloadHash, "an erased frame keeps its identity and hashes")
        let payloadEnd = frameOffset + frameSize - SHA256.digestSizeBytes
        return (erased, (payloadEnd - original.payload.count)..<payloadEnd)
    }

    /// Overwrites the erased payloads in the old, now unnamed, file and syncs it. Best effort: the rewrite
    /// is complete already, and a failure here leaves the old bytes only in freed blocks.
    private func scrub(_ old: any OpenFile, payloadRanges: [Range<Int>]) throws(EventStoreError) {
        try performIO("scrub the old copy of segment \(segmentIndex)") { () throws(FileSystemError) in
            for range in payloadRanges where !range.isEmpty {
                try old.write([UInt8](repeating: 0, count: range.count), atOffset: range.lowerBound)
            }
            try old.synchronizeData()
        }
    }
}
