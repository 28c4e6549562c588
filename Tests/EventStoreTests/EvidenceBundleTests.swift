import EventStoreTesting
import Integrity
import Testing

@testable import EventStore

/// A ledger of `count` single-event batches on a simulated disk, its signed checkpoint, and a bundle of the
/// records of stream `s1` (positions 1, 4, 7, …) with small payloads.
private struct BundledLedger {
    let store: EventStore
    let signer: NoteSigner
    let checkpoint: LogCheckpoint
    let note: SignedNote
    let positions: [UInt64]

    init(count: Int = 9, seed: UInt64 = 5) throws {
        let disk = SimulatedFileSystem(seed: seed)
        store = try EventStore.create(directory: "/ledger", fileSystem: disk, options: testOptions())
        for number in 0..<count {
            _ = try store.append(
                stream: "s\(number % 3)", expectedVersion: .any, events: [sampleEvent(number, payloadSizeBytes: 6)])
        }
        signer = try testNoteSigner()
        checkpoint = try store.checkpoint(origin: signer.name)
        note = signer.sign(text: checkpoint.noteText)
        positions = try store.readStream("s1").map(\.position)
    }

    func bundle(includingFrames: Bool = true, documents: [TarArchive.Entry] = []) throws -> EvidenceBundle {
        let evidence = try store.evidence(positions: positions, against: checkpoint, includingFrames: includingFrames)
        return EvidenceBundle(
            readme: "read me\n", checkpoint: Array(note.serialized.utf8), proofs: evidence.proofs,
            recordFrames: evidence.frames, documents: documents)
    }

    func verify(_ archive: [UInt8]) throws -> EvidenceBundleReport {
        try EvidenceBundle.verify(archive: archive, verifier: signer.verifier)
    }
}

@Test func aBundleOfAStreamsRecordsVerifiesWithoutTheLedger() throws {
    let ledger = try BundledLedger()
    let bundle = try ledger.bundle(documents: [TarArchive.Entry(name: "chronology.html", bytes: Array("<p>".utf8))])
    let report = try ledger.verify(bundle.archive())
    #expect(report.isVerified, "\(report.failures)")
    #expect(report.recordsProven == 3 && report.recordsWithheld == 0)
    #expect(report.treeSize == 9 && report.origin == ledger.signer.name)
    #expect(report.unprovenFiles == ["README.txt", "chronology.html"])
    for position in ledger.positions {
        let frame = try #require(bundle.recordFrames[position])
        #expect(frame.count >= RecordLayout.frameSizeBytesMin)
    }
}

@Test func changingAnyByteOfAnyRecordInABundleIsDetected() throws {
    let ledger = try BundledLedger()
    let bundle = try ledger.bundle()
    let archive = bundle.archive()
    let entries = try TarArchive.entries(of: archive)
    var offset = 0
    var flipped = 0
    // Walk the archive as the writer laid it out: header block, data, padding.
    for entry in entries {
        let dataStart = offset + 512
        if entry.name.hasPrefix(EvidenceBundle.recordDirectory) {
            for index in 0..<entry.bytes.count {
                var changed = archive
                changed[dataStart + index] ^= UInt8(1 << (index % 8))
                let report = try? ledger.verify(changed)
                #expect(report?.isVerified != true, "\(entry.name) byte \(index) changed but the bundle verified")
                flipped += 1
            }
        }
        offset = dataStart + (entry.bytes.count + 511) / 512 * 512
    }
    #expect(flipped == bundle.recordFrames.values.map(\.count).reduce(0, +))
}

@Test func aBundleSignedByAnotherKeyOrMissingARecordOrCarryingAnUnprovenRecordFails() throws {
    let ledger = try BundledLedger()
    let bundle = try ledger.bundle()
    let other = try testNoteSigner(seedByte: 8)
    let report = try EvidenceBundle.verify(archive: bundle.archive(), verifier: other.verifier)
    #expect(!report.signatureValid && !report.isVerified)

    var missing = bundle
    let removed = ledger.positions[1]
    missing.recordFrames[removed] = nil
    let missingReport = try ledger.verify(missing.archive())
    #expect(missingReport.failures == ["record \(removed): its record file records/\(removed).record is missing"])

    var extra = try TarArchive.entries(of: bundle.archive())
    extra.append(TarArchive.Entry(name: EvidenceBundle.recordName(position: 0), bytes: extra.last!.bytes))
    let extraReport = try ledger.verify(TarArchive.archive(extra))
    #expect(extraReport.failures == ["records/0.record: a record file with no proof line"])
}

@Test func aRecordPresentedAtAnotherPositionOrWithAnotherPathFails() throws {
    let ledger = try BundledLedger()
    var bundle = try ledger.bundle()
    bundle.proofs.records[0].previousChainHash = bundle.proofs.records[1].previousChainHash
    #expect(!(try ledger.verify(bundle.archive())).isVerified)
    bundle = try ledger.bundle()
    bundle.proofs.records[2].auditPath.swapAt(0, 1)
    #expect(
        try ledger.verify(bundle.archive()).failures == [
            "record \(ledger.positions[2]): inclusion proof does not lead to the checkpoint's root"
        ])
}

@Test func aWithheldBundleProvesOnlyChainHashesAndRefusesRecordFiles() throws {
    let ledger = try BundledLedger()
    let bundle = try ledger.bundle(includingFrames: false)
    #expect(bundle.recordFrames.isEmpty)
    let report = try ledger.verify(bundle.archive())
    #expect(report.isVerified && report.recordsWithheld == 3 && report.recordsProven == 0)
    var entries = try TarArchive.entries(of: bundle.archive())
    let frame = try ledger.bundle().recordFrames[ledger.positions[0]]!
    entries.append(TarArchive.Entry(name: EvidenceBundle.recordName(position: ledger.positions[0]), bytes: frame))
    #expect(!(try ledger.verify(TarArchive.archive(entries))).isVerified)
}

@Test func evidenceIsRefusedForARewrittenLedgerOrAPositionTheCheckpointDoesNotCover() throws {
    let ledger = try BundledLedger()
    let rewritten = try BundledLedger(count: 9, seed: 6)
    _ = try rewritten.store.append(stream: "s1", expectedVersion: .any, events: [sampleEvent(99)])
    #expect(throws: EventStoreError(.corrupt, "")) {
        try rewritten.store.evidence(
            positions: [1],
            against: LogCheckpoint(
                origin: "o", treeSize: 9, rootHash: MerkleTree.emptyRoot), includingFrames: true)
    }
    #expect(throws: EventStoreError(.invalidArgument, "")) {
        try ledger.store.evidence(positions: [9], against: ledger.checkpoint, includingFrames: true)
    }
    #expect(throws: EventStoreError(.notFound, "")) {
        try ledger.store.evidence(
            positions: [1],
            against: LogCheckpoint(
                origin: "o", treeSize: 10, rootHash: ledger.checkpoint.rootHash), includingFrames: true)
    }
}

@Test func proofsTextRoundTripsAndRefusesMalformedLines() throws {
    let proofs = try BundledLedger().bundle().proofs
    #expect(try EvidenceProofs(text: proofs.text) == proofs)
    let lines = proofs.text.split(separator: "\n").map(String.init)
    func text(_ chosen: [String]) -> String { chosen.map { $0 + "\n" }.joined() }
    let leadingZero = "record 01" + lines[2].dropFirst("record 1".count)
    let malformed: [String] = [
        "", text(["caseledger-evidence-bundle 2"] + lines.dropFirst()), text(Array(lines.prefix(2))),
        text([lines[0], lines[1], lines[3], lines[2]]), text([lines[0], lines[1], lines[2], lines[2]]),
        String(text(lines).dropLast()), text([lines[0], "records maybe", lines[2]]),
        text([lines[0], lines[1], leadingZero]), text([lines[0], lines[1], lines[2] + " extra"]),
    ]
    for text in malformed {
        #expect(throws: EventStoreError.self, "\(text)") { try EvidenceProofs(text: text) }
    }
}
