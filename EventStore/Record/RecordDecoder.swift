/// Decodes and checks record frames read from disk. Every length is untrusted.
///
/// The hot loop of every read: it works on raw memory, computes the CRC and the chain link over the
/// frame in place, allocates only the fields a `RecordedEvent` holds, and builds the location text
/// (`context`) only when a check fails.
enum RecordDecoder {
    /// Reads the total frame size from the frame header at `start` in `buffer`, checking it against the
    /// limits. Throws `corrupt` if fewer than 4 bytes are available or the length is out of range.
    static func frameSize(in buffer: [UInt8], at start: Int, context: @autoclosure () -> String)
        throws(EventStoreError) -> Int
    {
        guard start >= 0, buffer.count - start >= 4 else {
            throw EventStoreError.corrupt(at: context(), "truncated frame length")
        }
        let bodySize =
            UInt32(buffer[start]) | UInt32(buffer[start + 1]) << 8 | UInt32(buffer[start + 2]) << 16
            | UInt32(buffer[start + 3]) << 24
        return try frameSize(bodySize: bodySize, context: context())
    }

    /// Decodes the frame at `start`, checking its CRC, every length and limit, and, when
    /// `previousChainHash` is given, its chain link. Returns the record and the frame size.
    static func decode(
        _ buffer: [UInt8], at start: Int, context: @autoclosure () -> String, previousChainHash: [UInt8]?
    ) throws(EventStoreError) -> (record: RecordedEvent, frameSizeBytes: Int) {
        // `withUnsafeBytes` rethrows untyped errors, so the typed error travels out in a concrete enum
        // (a generic `Result` of a tuple cost a metadata lookup per record).
        let outcome = buffer.withUnsafeBytes { bytes -> Outcome in
            do throws(EventStoreError) {
                let decoded = try decode(bytes, at: start, context: context, previousChainHash: previousChainHash)
                return .decoded(decoded.record, frameSizeBytes: decoded.frameSizeBytes)
            } catch {
                return .failed(error)
            }
        }
        switch outcome {
        case .decoded(let record, let frameSizeBytes): return (record, frameSizeBytes)
        case .failed(let error): throw error
        }
    }

    /// What one decode produced, out of a non-throwing closure.
    private enum Outcome {
        case decoded(RecordedEvent, frameSizeBytes: Int)
        case failed(EventStoreError)
    }

    private static func decode(
        _ bytes: UnsafeRawBufferPointer, at start: Int, context: () -> String, previousChainHash: [UInt8]?
    ) throws(EventStoreError) -> (record: RecordedEvent, frameSizeBytes: Int) {
        let frameSize = try frameSize(in: bytes, at: start, context: context())
        guard bytes.count - start >= frameSize else { throw EventStoreError.corrupt(at: context(), "truncated frame") }
        let frame = UnsafeRawBufferPointer(rebasing: bytes[start..<(start + frameSize)])
        do throws(FrameReader.Failure) {
            return (try decode(frame: frame, previousChainHash: previousChainHash), frameSize)
        } catch {
            throw EventStoreError.corrupt(at: context(), error.message)
        }
    }

    private static func frameSize(in bytes: UnsafeRawBufferPointer, at start: Int, context: @autoclosure () -> String)
        throws(EventStoreError) -> Int
    {
        guard start >= 0, bytes.count - start >= 4 else {
            throw EventStoreError.corrupt(at: context(), "truncated frame length")
        }
        let bodySize = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: start, as: UInt32.self))
        return try frameSize(bodySize: bodySize, context: context())
    }

    /// The frame size for a stored body length, checked against the limits.
    private static func frameSize(bodySize storedBodySize: UInt32, context: @autoclosure () -> String)
        throws(EventStoreError) -> Int
    {
        let bodySize = Int(storedBodySize)
        let frameSize = bodySize + RecordLayout.frameHeaderSizeBytes
        guard frameSize >= RecordLayout.frameSizeBytesMin, frameSize <= Limits.recordSizeBytesMax else {
            throw EventStoreError.corrupt(at: context(), "frame length \(bodySize) out of range")
        }
        return frameSize
    }

    /// Decodes one whole frame (`frame` is exactly its bytes).
    private static func decode(frame: UnsafeRawBufferPointer, previousChainHash: [UInt8]?)
        throws(FrameReader.Failure) -> RecordedEvent
    {
        var reader = FrameReader(frame, offset: 4)
        let storedKind = try reader.read(UInt8.self, "kind")
        let frameFlags = try reader.read(UInt8.self, "frame flags")
        try reader.skipReserved(2, "frame header")
        let storedCRC = try reader.read(UInt32.self, "CRC")
        guard RecordEncoder.frameCRC(frame) == storedCRC else { throw .failedCheck("CRC mismatch") }
        guard let kind = RecordKind(rawValue: storedKind) else {
            throw .failedCheck("unknown record kind \(storedKind)")
        }
        let payloadErased = try ErasedFrame.isErased(frameFlags: frameFlags, kind: kind)
        return try decodeBody(
            &reader, kind: kind, payloadErased: payloadErased, previousChainHash: previousChainHash)
    }
}
