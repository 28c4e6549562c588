import EventStore
import Foundation
import Integrity
import SeededRandom
import Testing

/// The Swift engine and the independent Python verifier (Tools/verify-ledger, written from FORMAT.md alone)
/// must reach the same verdict on every ledger: intact or not, record count, Merkle root, failing position.
private struct Verdict: Equatable, CustomStringConvertible {
    var isIntact: Bool
    var recordCount: Int?  // only compared for intact ledgers
    var merkleRoot: String?
    var failurePosition: Int?

    var description: String {
        isIntact
            ? "intact, \(recordCount ?? -1) records, root \(merkleRoot ?? "?")"
            : "damaged at position \(failurePosition.map(String.init) ?? "none")"
    }
}

/// The engine's verdict: a read-only open and `verify()`, as `caseledger verify` does.
private func engineVerdict(_ directory: String) -> Verdict {
    do {
        let store = try EventStore.open(directory: directory, mode: .readOnly)
        defer { try? store.close() }
        let report = try store.verify()
        if let failure = report.firstFailure ?? store.openDiagnosis {
            return Verdict(isIntact: false, failurePosition: failure.position.map { Int($0) })
        }
        return Verdict(
            isIntact: true, recordCount: Int(report.recordsChecked), merkleRoot: Base64.encode(report.merkleRoot))
    } catch {
        return Verdict(isIntact: false)  // refused to open: corrupt structure
    }
}

private func independentVerdict(_ process: CLIProcess, _ directory: String) throws -> Verdict {
    let (_, json) = try IndependentVerifier.verdict(process, ledger: directory)
    guard json["intact"] as? Bool == true else {
        let failure = json["failure"] as? [String: Any]
        return Verdict(isIntact: false, failurePosition: failure?["position"] as? Int)
    }
    return Verdict(
        isIntact: true, recordCount: json["recordsChecked"] as? Int, merkleRoot: json["merkleRoot"] as? String)
}

/// Both verdicts agree; a refused open counts as damaged with no position.
private func expectAgreement(_ process: CLIProcess, _ directory: String, _ label: String) throws {
    let engine = engineVerdict(directory)
    var independent = try independentVerdict(process, directory)
    if !engine.isIntact && engine.failurePosition == nil { independent.failurePosition = nil }
    #expect(engine == independent, "\(label): engine \(engine), independent \(independent)")
}

/// A ledger of `recordCount` events in batches of up to 4, with 4 KiB segments (many sealed segments).
private func smallSegmentLedger(_ directory: String, recordCount: Int) throws {
    let store = try EventStore.create(directory: directory, options: EventStoreOptions(segmentSizeBytesMax: 4 << 10))
    var number = 0
    while number < recordCount {
        let events = (number..<min(number + 4, recordCount)).map { index in
            EventToAppend(
                type: "note.recorded", schemaVersion: 1, sourceID: index % 5 == 0 ? "source-\(index)" : nil,
                metadata: Array("m\(index)".utf8),
                payload: Array(#"{"n":\#(index),"pad":"\#(String(repeating: "x", count: index % 90))"}"#.utf8))
        }
        _ = try store.append(stream: "child-\(number % 7)", expectedVersion: .any, events: events)
        number += events.count
    }
    try store.close()
}

@Test(arguments: [0, 1, 7, 40, 300])
func bothVerifiersAgreeOnGoodLedgers(recordCount: Int) throws {
    let process = try CLIProcess()
    let ledger = process.path("ledger")
    try smallSegmentLedger(ledger, recordCount: recordCount)
    let engine = engineVerdict(ledger)
    #expect(engine.isIntact && engine.recordCount == recordCount)
    try expectAgreement(process, ledger, "good ledger of \(recordCount)")
    if recordCount <= 40 {
        let (status, json) = try IndependentVerifier.verdict(process, ledger: ledger, ["--prove-all"])
        #expect(status == 0)
        #expect((json["proofsChecked"] as? Int ?? 0) >= recordCount * recordCount / 2)
    }
}

@Test func bothVerifiersAcceptARecoveryRecordAfterATornTail() throws {
    let process = try CLIProcess()
    let ledger = process.path("ledger")
    try smallSegmentLedger(ledger, recordCount: 30)
    let segments = try FileManager.default.contentsOfDirectory(atPath: ledger).filter { $0.hasPrefix("segment-") }
    let tail = try #require(segments.sorted().last)
    let handle = try #require(FileHandle(forWritingAtPath: ledger + "/" + tail))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data([9, 0, 0, 0, 1, 0, 0]))  // a torn write: a frame header cut short
    try handle.close()
    let store = try EventStore.open(directory: ledger, mode: .readWrite)  // truncates and logs the recovery
    _ = try store.append(
        stream: "child-1", expectedVersion: .any, events: [EventToAppend(type: "t", schemaVersion: 1, payload: [1])])
    try store.close()
    let engine = engineVerdict(ledger)
    #expect(engine.isIntact && engine.recordCount == 32)
    try expectAgreement(process, ledger, "recovery record")
}

/// Every file of the ledger, with a byte flipped at a seeded offset: both must agree on each.
@Test(arguments: 0..<48)
func bothVerifiersAgreeOnALedgerWithOneFlippedByte(seed: UInt64) throws {
    let process = try CLIProcess()
    let ledger = process.path("ledger")
    try smallSegmentLedger(ledger, recordCount: 60)
    var random = SplitMix64(seed: seed)
    let files = try FileManager.default.contentsOfDirectory(atPath: ledger).filter { $0 != "LOCK" }.sorted()
    let file = files[random.next(below: files.count)]
    var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: ledger + "/" + file)))
    let offset = random.next(below: bytes.count)
    bytes[offset] ^= UInt8(1 << random.next(below: 8))
    try Data(bytes).write(to: URL(fileURLWithPath: ledger + "/" + file))
    try expectAgreement(process, ledger, "seed \(seed): \(file) byte \(offset) flipped")
}

@Test(arguments: [0, 17, 59])
func bothVerifiersAgreeOnAMultiSegmentRewriteWithEveryHashRecomputed(position: Int) throws {
    let process = try CLIProcess()
    let ledger = process.path("ledger")
    try smallSegmentLedger(ledger, recordCount: 60)
    let original = engineVerdict(ledger)
    try IndependentVerifier.forge(process, ["rewrite", ledger, "--from", String(position)])
    let forged = engineVerdict(ledger)
    #expect(forged.isIntact && forged.recordCount == 60)
    #expect(forged.merkleRoot != original.merkleRoot)
    try expectAgreement(process, ledger, "rewrite from \(position)")
}

/// A seal interrupted before its MANIFEST write (FORMAT.md, "Sealing"): the last sealed segment has its footer
/// but the MANIFEST does not name it, and the next segment is missing (crash after step a) or holds only its
/// header (after step b: one segment file more than the MANIFEST's tail), with or without the HEAD the writer
/// last wrote (naming the records before the footer). The engine opens it; both verify it as intact, with
/// the same records.
@Test(arguments: [["none"], ["header"], ["none", "--head"], ["header", "--head"]])
func bothVerifiersAcceptASealInterruptedBeforeItsManifest(next: [String]) throws {
    let process = try CLIProcess()
    let ledger = process.path("ledger")
    try smallSegmentLedger(ledger, recordCount: 60)
    let segmentCount = try FileManager.default.contentsOfDirectory(atPath: ledger).filter { $0.hasPrefix("segment-") }
        .count
    try IndependentVerifier.forge(process, ["unseal", ledger, "--next"] + next)
    let engine = engineVerdict(ledger)
    #expect(engine.isIntact, "\(engine)")
    try expectAgreement(process, ledger, "seal interrupted, \(next)")
    let store = try EventStore.open(directory: ledger, mode: .readWrite)  // completes the seal
    #expect(store.info.segmentCount == segmentCount)
    try store.close()
    #expect(engineVerdict(ledger) == engine)
    try expectAgreement(process, ledger, "seal completed, \(next)")
}

/// A payload erased by the Python forger, written from FORMAT.md ("Erased payloads") alone, in a sealed segment
/// or the tail: both verifiers accept it with the Merkle root unchanged; an erased payload with a byte left, or
/// in a segment still at format version 1, both refuse at that record; and the engine's own erasure of the same
/// record gives the same bytes as the forger's.
@Test(arguments: [3, 59])
func bothVerifiersAgreeOnErasedPayloads(position: Int) throws {
    let process = try CLIProcess()
    let ledger = process.path("ledger")
    try smallSegmentLedger(ledger, recordCount: 60)
    let original = engineVerdict(ledger)
    let copy = process.path("copy")
    let pristine = process.path("pristine")
    try FileManager.default.copyItem(atPath: ledger, toPath: copy)
    try FileManager.default.copyItem(atPath: ledger, toPath: pristine)
    try IndependentVerifier.forge(process, ["erase", ledger, "--at", String(position)])
    #expect(engineVerdict(ledger) == original)
    try expectAgreement(process, ledger, "erased \(position)")
    _ = try EventStore.erasePayloads(atPositions: [UInt64(position)], directory: copy)
    for name in try FileManager.default.contentsOfDirectory(atPath: ledger) where name.hasPrefix("segment-") {
        #expect(
            FileManager.default.contents(atPath: ledger + "/" + name)
                == FileManager.default.contents(atPath: copy + "/" + name), "\(name)")
    }
    for damage in ["--leave-byte", "--keep-version"] {
        let damaged = process.path("damaged\(damage)")
        try FileManager.default.copyItem(atPath: pristine, toPath: damaged)
        try IndependentVerifier.forge(process, ["erase", damaged, "--at", String(position - 1), damage])
        #expect(engineVerdict(damaged).failurePosition == position - 1, "\(damage)")
        try expectAgreement(process, damaged, "erased \(position - 1) \(damage)")
    }
}
