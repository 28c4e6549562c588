import Testing

@testable import EventStore

/// MANIFEST decoding (FORMAT.md, "Manifest"): positions are checked arithmetic, so a crafted entry whose
/// range passes the largest position is damage, not a wrapped-around position 0.
@Suite struct ManifestDecodingTests {
    private func entry(_ index: UInt32, first: UInt64, count: UInt64) -> Manifest.Entry {
        Manifest.Entry(
            segmentIndex: index, firstPosition: first, recordCount: count,
            chainHead: [UInt8](repeating: UInt8(index), count: 32))
    }

    @Test func anEncodedManifestDecodesToItself() throws {
        let manifest = Manifest(sealed: [entry(0, first: 0, count: 5), entry(1, first: 5, count: 3)])
        #expect(try Manifest(decoding: manifest.encoded) == manifest)
    }

    @Test func anEntryEndingPastTheLargestPositionIsCorrupt() {
        let half = UInt64(Int.max)
        let manifest = Manifest(sealed: [
            entry(0, first: 0, count: half), entry(1, first: half, count: half),
            entry(2, first: 2 * half, count: half),
        ])
        #expect(throws: EventStoreError.self) { try Manifest(decoding: manifest.encoded) }
    }

    @Test func theSizeLimitHoldsTheLargestManifest() {
        #expect(Manifest.sizeBytesMax == 16 + (1 << 20) * 56 + 4)
        #expect(Manifest.sizeBytesMax < 64 << 20)
    }
}
