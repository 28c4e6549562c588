import Foundation
import SeededRandom
import Testing

/// A ledger with child `C-0042` (a registration and two visits, the second recorded a week late) and a note
/// stream, a key pair and a checkpoint of it.
private struct BundleLedger {
    let fixture: LedgerFixture
    let privateKey: String
    let publicKey: String
    let checkpoint: String

    init() throws {
        fixture = try LedgerFixture()
        let envelope =
            #""childId":"C-0042","actor":{"recordedBy":"sw-2","team":"team-1","agency":"la"},"schemaVersion":1"#
        let visit =
            #""type":"StatutoryVisitMade","data":{"visitKind":"childProtection","childSeen":true,"childSeenAlone":true}"#
        let lines = [
            #"{"eventId":"R-1",\#(envelope),"householdId":"H-9","occurredOn":"2015-02-02","recordedAt":"2015-02-02T09:00:00Z","#
                + #""type":"ChildRegistered","data":{"birthDate":"2012-07-01","ethnicity":"WBRI","disabilities":["NONE"]}}"#,
            #"{"eventId":"R-2",\#(envelope),"occurredOn":"2015-02-10","recordedAt":"2015-02-10T09:00:00Z",\#(visit)}"#,
            #"{"eventId":"R-3",\#(envelope),"occurredOn":"2015-02-12","recordedAt":"2015-02-19T09:00:00Z",\#(visit)}"#,
        ]
        let file = fixture.process.path("child.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let imported = try fixture.run("import", [file])
        #expect(imported.exitStatus == 0, "import failed: \(imported.errorOutput)")
        try fixture.append(stream: "notes-1", type: "note.recorded", payload: #"{"n":1}"#)
        privateKey = fixture.process.path("k")
        publicKey = fixture.process.path("k.pub")
        checkpoint = fixture.process.path("cp.txt")
        _ = try fixture.process.run(
            [
                "key", "generate", "--name", "ledger.example.org/b", "--private-key", privateKey, "--public-key",
                publicKey,
            ])
        let signed = try fixture.run("checkpoint", ["--key", privateKey, "--output", checkpoint])
        #expect(signed.exitStatus == 0, "checkpoint failed: \(signed.errorOutput)")
    }

    func bundle(_ extra: [String] = [], output: String = "bundle.tar") throws -> (CLIResult, String) {
        let path = fixture.process.path(output)
        let result = try fixture.run(
            "bundle", ["C-0042", "--checkpoint", checkpoint, "--output", path, "--purpose", "court disclosure"] + extra)
        return (result, path)
    }

    func verifyBundle(_ path: String) throws -> CLIResult {
        try fixture.process.run(["verify-bundle", path, "--public-key", publicKey])
    }
}

@Test func bundleWritesTheChildsRecordsWithProofsAndVerifyBundleAcceptsIt() throws {
    let ledger = try BundleLedger()
    let (result, path) = try ledger.bundle()
    #expect(result.exitStatus == 0, "\(result.errorOutput)")
    #expect(result.output.contains("bundle of 3 records (with proofs)"))
    let verified = try ledger.verifyBundle(path)
    #expect(verified.exitStatus == 0, "\(verified.output)")
    #expect(verified.output.contains("3 records proven") && verified.output.hasSuffix("verified\n"))
    #expect(verified.output.contains("not covered by any proof: README.txt, chronology.html"))
    let again = try ledger.bundle(output: "again.tar").1
    #expect(FileManager.default.contents(atPath: path) == FileManager.default.contents(atPath: again))
}

@Test func bundleKnownAtLeavesOutTheLateVisitAndRecordsAfterTheCheckpoint() throws {
    let ledger = try BundleLedger()
    let (early, _) = try ledger.bundle(["--known-at", "2015-02-15"])
    #expect(early.output.contains("bundle of 2 records"), "\(early.output)")
    let late =
        #"{"eventId":"R-4","childId":"C-0042","actor":{"recordedBy":"sw-2","team":"team-1","agency":"la"},"schemaVersion":1,"occurredOn":"2015-03-01","recordedAt":"2015-03-01T09:00:00Z","type":"StatutoryVisitMade","data":{"visitKind":"childProtection","childSeen":true,"childSeenAlone":true}}"#
    let file = ledger.fixture.process.path("late.jsonl")
    try (late + "\n").write(toFile: file, atomically: true, encoding: .utf8)
    #expect(try ledger.fixture.run("import", [file]).exitStatus == 0)
    let (result, path) = try ledger.bundle()
    #expect(result.output.contains("bundle of 3 records"), "the record after the checkpoint is not proven")
    #expect(try ledger.verifyBundle(path).exitStatus == 0)
}

@Test func aPseudonymisedBundleWithholdsTheRecordsAndNamesNoIdentifier() throws {
    let ledger = try BundleLedger()
    let (result, path) = try ledger.bundle(["--pseudonymise", ledger.fixture.process.path("pseudonyms.key")])
    #expect(result.exitStatus == 0, "\(result.errorOutput)")
    let bytes = try #require(FileManager.default.contents(atPath: path))
    let text = String(decoding: bytes, as: UTF8.self)
    for identifier in ["C-0042", "H-9", "sw-2", "R-1", "R-2"] { #expect(!text.contains(identifier), "\(identifier)") }
    #expect(!text.contains("records/0.record") && text.contains("WITHHELD"))
    let verified = try ledger.verifyBundle(path)
    #expect(verified.exitStatus == 0 && verified.output.contains("3 records withheld"), "\(verified.output)")
}

@Test func aChangedRecordByteFailsVerifyBundleAndADamagedArchiveIsNotABundle() throws {
    let ledger = try BundleLedger()
    let path = try ledger.bundle().1
    var bytes = try #require(FileManager.default.contents(atPath: path))
    let recordHeader = try #require(bytes.range(of: Data("records/1.record".utf8)))
    bytes[recordHeader.lowerBound + 512 + 150] ^= 0x20
    try bytes.write(to: URL(fileURLWithPath: path))
    let result = try ledger.verifyBundle(path)
    #expect(result.exitStatus == 1)
    #expect(result.output.contains("FAILED record 1: ") && result.output.contains("NOT verified"))
    bytes[recordHeader.lowerBound] ^= 0x01
    try bytes.write(to: URL(fileURLWithPath: path))
    let damaged = try ledger.verifyBundle(path)
    #expect(damaged.exitStatus == 65 && damaged.errorOutput.contains("header checksum mismatch"))
}

@Test func bundleRefusesACheckpointOfAnotherHistory() throws {
    let ledger = try BundleLedger()
    let other = try BundleLedger()
    let result = try ledger.fixture.run(
        "bundle",
        [
            "C-0042", "--checkpoint", other.checkpoint, "--output", ledger.fixture.process.path("x.tar"), "--purpose",
            "court disclosure",
        ])
    #expect(result.exitStatus == 65)
    #expect(result.errorOutput.contains("do not have the checkpoint's root"))
    #expect(!FileManager.default.fileExists(atPath: ledger.fixture.process.path("x.tar")))
}

@Test func theIndependentVerifierAgreesOnGoodPseudonymisedAndDamagedBundles() throws {
    let ledger = try BundleLedger()
    let process = ledger.fixture.process
    let good = try ledger.bundle().1
    let withheld = try ledger.bundle(["--pseudonymise", process.path("p.key")], output: "withheld.tar").1
    let original = try #require(FileManager.default.contents(atPath: good))
    var generator = SplitMix64(seed: 13)
    var paths = [good, withheld]
    for number in 0..<16 {  // seeded single-byte changes anywhere before the end-of-archive blocks
        var bytes = original
        let offset = Int(generator.next() % UInt64(original.count - 1024))
        bytes[offset] ^= UInt8(1 << (number % 8))
        let path = process.path("damaged-\(number).tar")
        try bytes.write(to: URL(fileURLWithPath: path))
        paths.append(path)
    }
    for path in paths {
        let swift = try ledger.verifyBundle(path).exitStatus
        let python = try IndependentVerifier.run(
            process, "verify-ledger", ["--bundle", path, "--public-key", ledger.publicKey]
        ).exitStatus
        #expect(swift == python, "\(path): caseledger \(swift), verify-ledger \(python)")
        if path == good || path == withheld { #expect(swift == 0, "\(path)") }
    }
}
