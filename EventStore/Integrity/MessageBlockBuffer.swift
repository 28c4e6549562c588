/// The Merkle–Damgård framing shared by SHA-256 and SHA-512: buffering message bytes into whole blocks
/// and padding the last one (FIPS 180-4 §5.1). The hash supplies the block size, the width of the length
/// field and the compression function.
///
/// The partial block lives inline (no heap allocation per hasher), so short messages such as chain
/// links cost no more than their compressions.
struct MessageBlockBuffer: Sendable {
    /// Bytes per block: 64 for SHA-256, 128 for SHA-512.
    let blockSizeBytes: Int
    /// Bytes of the big-endian bit-length field that ends the padding: 8 for SHA-256, 16 for SHA-512.
    let lengthFieldSizeBytes: Int
    /// 128 bytes of inline storage for the partial block.
    private typealias Storage = (
        UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
        UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64
    )
    private var pending: Storage = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    private var pendingCount = 0
    private var messageSizeBytes: UInt64 = 0

    /// Largest block size the inline buffer holds.
    static let blockSizeBytesMax = 128

    /// A buffer for blocks of `blockSizeBytes` (at most 128) ending in a `lengthFieldSizeBytes` length.
    init(blockSizeBytes: Int, lengthFieldSizeBytes: Int) {
        precondition(blockSizeBytes <= Self.blockSizeBytesMax, "block size over the inline buffer")
        self.blockSizeBytes = blockSizeBytes
        self.lengthFieldSizeBytes = lengthFieldSizeBytes
    }

    /// Adds message bytes, calling `compress` on each run of whole blocks as soon as it is complete.
    @inline(__always)
    mutating func absorb(_ bytes: UnsafeRawBufferPointer, compress: (UnsafeRawBufferPointer) -> Void) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        messageSizeBytes &+= UInt64(bytes.count)
        var index = 0
        if pendingCount > 0 {
            index = min(blockSizeBytes - pendingCount, bytes.count)
            appendPending(from: base, count: index)
            guard pendingCount == blockSizeBytes else { return }
            withUnsafeBytes(of: &pending) {
                compress(UnsafeRawBufferPointer(start: $0.baseAddress, count: blockSizeBytes))
            }
            pendingCount = 0
        }
        let wholeSizeBytes = (bytes.count - index) / blockSizeBytes * blockSizeBytes
        if wholeSizeBytes > 0 { compress(UnsafeRawBufferPointer(start: base + index, count: wholeSizeBytes)) }
        index += wholeSizeBytes
        appendPending(from: base + index, count: bytes.count - index)
    }

    /// Pads the message (0x80, zeros, the bit length big-endian) and compresses the last one or two blocks.
    @inline(__always)
    mutating func finish(compress: (UnsafeRawBufferPointer) -> Void) {
        let blockCount = pendingCount < blockSizeBytes - lengthFieldSizeBytes ? 1 : 2
        let paddedCount = blockCount * blockSizeBytes
        let messageSizeBits = (high: messageSizeBytes >> 61, low: messageSizeBytes << 3)
        withUnsafeTemporaryAllocation(byteCount: 2 * Self.blockSizeBytesMax, alignment: 8) { padded in
            let base = padded.baseAddress!
            base.initializeMemory(as: UInt8.self, repeating: 0, count: paddedCount)
            withUnsafeBytes(of: &pending) { base.copyMemory(from: $0.baseAddress!, byteCount: pendingCount) }
            base.storeBytes(of: 0x80, toByteOffset: pendingCount, as: UInt8.self)
            base.storeBytes(of: messageSizeBits.low.bigEndian, toByteOffset: paddedCount - 8, as: UInt64.self)
            if lengthFieldSizeBytes == 16 {
                base.storeBytes(of: messageSizeBits.high.bigEndian, toByteOffset: paddedCount - 16, as: UInt64.self)
            }
            compress(UnsafeRawBufferPointer(start: base, count: paddedCount))
        }
        pendingCount = 0
    }

    private mutating func appendPending(from source: UnsafeRawPointer, count: Int) {
        guard count > 0 else { return }
        let start = pendingCount
        withUnsafeMutableBytes(of: &pending) {
            $0.baseAddress!.advanced(by: start).copyMemory(from: source, byteCount: count)
        }
        pendingCount += count
    }
}
