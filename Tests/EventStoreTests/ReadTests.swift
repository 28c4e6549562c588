import Testing

@testable import EventStore

/// 60 records of ~150 bytes in 4 KiB segments: many segment boundaries.
private func segmentedLedger() throws -> EventStore {
    try makeLedger(at: temporaryLedgerPath(), count: 60, options: testOptions(segmentSizeBytesMax: 4 << 10))
}

@Test(.temporaryLedgers) func forwardReadCrossesSegmentBoundaries() throws {
    let store = try segmentedLedger()
    #expect(store.info.segmentCount >= 3)
    let all = try store.read(fromPosition: 0, limit: 1_000)
    #expect(all.map(\.position) == Array(0..<60))
    #expect(try store.read(fromPosition: 25, limit: 10).map(\.position) == Array(25..<35))
    #expect(try store.read(fromPosition: 60, limit: 10).isEmpty)
}

@Test(.temporaryLedgers) func backwardReadCrossesSegmentBoundaries() throws {
    let store = try segmentedLedger()
    #expect(
        try store.read(fromPosition: 59, direction: .backward, limit: 100).map(\.position) == Array((0..<60).reversed())
    )
    #expect(try store.read(fromPosition: 1_000, direction: .backward, limit: 2).map(\.position) == [59, 58])
    #expect(try store.read(fromPosition: 0, direction: .backward, limit: 5).map(\.position) == [0])
}

@Test(.temporaryLedgers) func streamReadsReturnOnlyThatStreamInVersionOrder() throws {
    let store = try segmentedLedger()
    let stream = try store.readStream("s1", fromVersion: 3, limit: 5)
    #expect(stream.map(\.streamVersion) == [3, 4, 5, 6, 7])
    #expect(stream.map(\.position) == [10, 13, 16, 19, 22])
    #expect(try store.readStream("s1", fromVersion: 20).isEmpty)
    #expect(try store.readStream("missing").isEmpty)
    #expect(try store.version(of: "s2") == 19)
}

@Test(.temporaryLedgers) func cursorStreamsEveryRecordOnce() throws {
    let store = try segmentedLedger()
    var cursor = try store.events(fromPosition: 7)
    var positions: [UInt64] = []
    while let record = try cursor.next() { positions.append(record.position) }
    #expect(positions == Array(7..<60))
}

@Test(.temporaryLedgers) func sealedSegmentsCarryFootersMatchingTheManifest() throws {
    let path = temporaryLedgerPath()
    let store = try makeLedger(at: path, count: 60, options: testOptions(segmentSizeBytesMax: 4 << 10))
    let manifest = try Manifest(decoding: fileBytes(path + "/MANIFEST"))
    #expect(manifest.sealed.count == store.info.segmentCount - 1)
    for entry in manifest.sealed {
        let bytes = fileBytes(path + "/" + LedgerPaths.segmentName(entry.segmentIndex))
        #expect(bytes.count <= 4 << 10)
        let footer = try SegmentFooter(
            decoding: Array(bytes.suffix(SegmentFooter.sizeBytes)), segmentIndex: entry.segmentIndex, offset: 0)
        #expect(footer.recordCount == entry.recordCount && footer.chainHead == entry.chainHead)
    }
    try expectIntact(store)
}

@Test(.temporaryLedgers) func readPastTheEndIsNotFound() throws {
    let store = try makeLedger(at: temporaryLedgerPath(), count: 2)
    #expect(throws: EventStoreError(.notFound, "")) { try store.record(at: 2) }
}
