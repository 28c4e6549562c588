import EventStoreTesting
import Testing

@testable import EventStore

/// Fields of a record of the given sizes; the other fields are small and valid.
func oversizeFields(
    streamSizeBytes: Int = 1, typeSizeBytes: Int = 1, metadataSizeBytes: Int = 0, payloadSizeBytes: Int = 0
) -> RecordFields {
    RecordFields(
        kind: .event, position: 0, streamVersion: 0, ledgerTimestampNanoseconds: 0, schemaVersion: 1,
        stream: String(repeating: "s", count: streamSizeBytes), type: String(repeating: "t", count: typeSizeBytes),
        sourceID: nil, metadata: [UInt8](repeating: 0, count: metadataSizeBytes),
        payload: [UInt8](repeating: 0, count: payloadSizeBytes), endsBatch: true)
}

/// The payload size that makes a one-byte-stream, one-byte-type record exactly `frameSizeBytes` long.
func payloadSizeBytes(forFrameSizeBytes frameSizeBytes: Int) -> Int {
    frameSizeBytes
        - RecordLayout.frameSizeBytes(
            streamSize: 1, typeSize: 1, sourceIDSize: 0, metadataSize: 0, payloadSize: 0)
}

@Test func encodingARecordAtTheSizeLimitSucceeds() {
    let fields = oversizeFields(payloadSizeBytes: payloadSizeBytes(forFrameSizeBytes: Limits.recordSizeBytesMax))
    let (frame, _) = RecordEncoder.encode(fields, previousChainHash: ChainHash.genesis)
    #expect(frame.count == Limits.recordSizeBytesMax)
}

@Test func encodingARecordOverTheSizeLimitTraps() async {
    await #expect(processExitsWith: .failure) {
        let size = payloadSizeBytes(forFrameSizeBytes: Limits.recordSizeBytesMax + 1)
        _ = RecordEncoder.encode(oversizeFields(payloadSizeBytes: size), previousChainHash: ChainHash.genesis)
    }
}

@Test func encodingAStreamIDOverTheLimitTraps() async {
    await #expect(processExitsWith: .failure) {
        let fields = oversizeFields(streamSizeBytes: Limits.streamIDSizeBytesMax + 1)
        _ = RecordEncoder.encode(fields, previousChainHash: ChainHash.genesis)
    }
}

@Test func encodingATypeOverTheLimitTraps() async {
    await #expect(processExitsWith: .failure) {
        let fields = oversizeFields(typeSizeBytes: Limits.typeSizeBytesMax + 1)
        _ = RecordEncoder.encode(fields, previousChainHash: ChainHash.genesis)
    }
}

@Test func encodingMetadataOverTheLimitTraps() async {
    await #expect(processExitsWith: .failure) {
        let fields = oversizeFields(metadataSizeBytes: Limits.metadataSizeBytesMax + 1)
        _ = RecordEncoder.encode(fields, previousChainHash: ChainHash.genesis)
    }
}

@Test func chainingToAHashThatIsNot32BytesTraps() async {
    await #expect(processExitsWith: .failure) {
        _ = RecordEncoder.encode(oversizeFields(), previousChainHash: [UInt8](repeating: 0, count: 31))
    }
}

@Test func indexingARecordOutOfPositionOrderTraps() async {
    await #expect(processExitsWith: .failure) {
        var index = LedgerIndex()
        let (frame, _) = RecordEncoder.encode(oversizeFields(), previousChainHash: ChainHash.genesis)
        var record = try RecordDecoder.decode(frame, at: 0, context: "test", previousChainHash: nil).record
        record.position = 1
        try index.add(IndexedRecord(record, segmentIndex: 0, offset: SegmentHeader.sizeBytes))
    }
}

@Test func stagingABatchThatCannotFitAnEmptySegmentTraps() async {
    await #expect(processExitsWith: .failure) {
        let disk = SimulatedFileSystem(seed: 1)
        let paths = LedgerPaths(directory: "/ledger")
        try disk.createDirectory(atPath: paths.directory)
        let segmentSizeBytesMax = 4 << 10
        let tail = try SegmentWriter.createSegment(
            fileSystem: disk, paths: paths, index: 0, firstPosition: 0, previousChainHash: ChainHash.genesis)
        let writer = SegmentWriter(
            fileSystem: disk, paths: paths, segmentSizeBytesMax: segmentSizeBytesMax, tail: tail,
            manifest: Manifest(sealed: []), chainHead: ChainHash.genesis)
        let fields = oversizeFields(payloadSizeBytes: payloadSizeBytes(forFrameSizeBytes: segmentSizeBytesMax))
        _ = try writer.stage(batch: [RecordEncoder.encode(fields, previousChainHash: ChainHash.genesis)])
    }
}
