/// Reads the records of one segment file in order, in bounded chunks, checking each frame's CRC, its
/// chain link and that positions are contiguous.
///
/// Memory is bounded by one chunk plus one record. A failure throws `corrupt` naming the segment and the
/// byte offset of the record that failed; `offset` then still points at that record's start.
struct SegmentScanner {
    /// How many bytes one read pulls from the file.
    static let chunkSizeBytes = 1 << 20

    let file: any OpenFile
    let segmentIndex: UInt32
    /// Scanning stops at this offset (the file size, or where the footer starts).
    let endOffset: Int
    /// Offset of the next record to read.
    private(set) var offset: Int
    /// Position the next record must have.
    private(set) var nextPosition: UInt64
    /// Chain hash of the last record read (or the one before the first); nil skips the first link check.
    private(set) var chainHead: [UInt8]?
    private var buffer: [UInt8] = []
    private var bufferStart = 0

    /// Starts scanning at `offset`, expecting `nextPosition` chained to `chainHead`.
    init(
        file: any OpenFile, segmentIndex: UInt32, offset: Int, endOffset: Int, nextPosition: UInt64, chainHead: [UInt8]?
    ) {
        self.file = file
        self.segmentIndex = segmentIndex
        self.offset = offset
        self.endOffset = endOffset
        self.nextPosition = nextPosition
        self.chainHead = chainHead
    }

    /// Where the scanner is, for messages: "segment 3, offset 4096".
    var location: String { "segment \(segmentIndex), offset \(offset)" }

    /// The next record and its frame size, or nil at `endOffset`.
    mutating func next() throws(EventStoreError) -> (record: RecordedEvent, frameOffset: Int, frameSizeBytes: Int)? {
        guard offset < endOffset else { return nil }
        try fill(4)
        let frameSize = try RecordDecoder.frameSize(in: buffer, at: offset - bufferStart, context: location)
        guard frameSize <= endOffset - offset else { throw EventStoreError.corrupt(at: location, "truncated frame") }
        try fill(frameSize)
        let decoded = try RecordDecoder.decode(
            buffer, at: offset - bufferStart, context: location, previousChainHash: chainHead)
        guard decoded.record.position == nextPosition else {
            throw EventStoreError.corrupt(at: location, "position \(decoded.record.position), expected \(nextPosition)")
        }
        let frameOffset = offset
        offset += frameSize
        nextPosition += 1
        chainHead = decoded.record.chainHash
        return (decoded.record, frameOffset, frameSize)
    }

    /// Makes sure `count` bytes from `offset` are in the buffer (fewer only at `endOffset`).
    private mutating func fill(_ count: Int) throws(EventStoreError) {
        guard offset - bufferStart + count > buffer.count || offset < bufferStart else { return }
        let readCount = min(max(Self.chunkSizeBytes, count), endOffset - offset)
        let start = offset
        buffer = try performIO("read segment \(segmentIndex) at \(start)") { () throws(FileSystemError) in
            try file.read(atOffset: start, count: readCount)
        }
        bufferStart = offset
        guard buffer.count >= min(count, readCount) else {
            throw EventStoreError.corrupt(at: location, "file shorter than expected")
        }
    }
}
