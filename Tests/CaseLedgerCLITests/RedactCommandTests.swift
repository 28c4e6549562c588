import Foundation
import Projections
import Testing

/// A ledger with child `C-0051`: a registration, a visit whose rationale is a recognisable secret, and a
/// retraction of that visit whose reason is another; a key pair, a checkpoint signed before any redaction, a
/// projection checkpoint, and an authorisers file listing `dpo-1`.
private struct RedactionLedger {
    static let secrets = ["Zebra-Quokka-wrong-file-text", "Wombat-retraction-reason"]
    let fixture: LedgerFixture
    let publicKey: String
    let checkpoint: String
    let authorisers: String

    init() throws {
        fixture = try LedgerFixture()
        let envelope =
            #""childId":"C-0051","actor":{"recordedBy":"sw-2","team":"team-1","agency":"la"},"schemaVersion":1"#
        let lines = [
            #"{"eventId":"E-1",\#(envelope),"householdId":"H-5","occurredOn":"2015-02-02","recordedAt":"2015-02-02T09:00:00Z","#
                + #""type":"ChildRegistered","data":{"birthDate":"2012-07-01","ethnicity":"WBRI","disabilities":["NONE"]}}"#,
            #"{"eventId":"E-2",\#(envelope),"occurredOn":"2015-02-10","recordedAt":"2015-02-10T09:00:00Z","rationale":"\#(Self.secrets[0])","#
                + #""type":"StatutoryVisitMade","data":{"visitKind":"childProtection","childSeen":true,"childSeenAlone":true}}"#,
            #"{"eventId":"E-3",\#(envelope),"occurredOn":"2015-02-11","recordedAt":"2015-02-11T09:00:00Z","#
                + #""type":"EventRetracted","data":{"retractedEventId":"E-2","retractedType":"StatutoryVisitMade","reason":"\#(Self.secrets[1])"}}"#,
        ]
        let file = fixture.process.path("child.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let imported = try fixture.run("import", [file])
        #expect(imported.exitStatus == 0, "import failed: \(imported.errorOutput)")
        let privateKey = fixture.process.path("k")
        publicKey = fixture.process.path("k.pub")
        checkpoint = fixture.process.path("cp.txt")
        _ = try fixture.process.run(
            [
                "key", "generate", "--name", "ledger.example.org/r", "--private-key", privateKey, "--public-key",
                publicKey,
            ])
        let signed = try fixture.run("checkpoint", ["--key", privateKey, "--output", checkpoint])
        #expect(signed.exitStatus == 0, "checkpoint failed: \(signed.errorOutput)")
        let projected = try fixture.process.run(["projections", "rebuild", "--ledger", fixture.ledger])
        #expect(projected.exitStatus == 0, "projections rebuild failed: \(projected.errorOutput)")
        authorisers = fixture.process.path("authorisers.txt")
        try "# redaction authorisers\ndpo-1  # data protection officer\n".write(
            toFile: authorisers, atomically: true, encoding: .utf8)
    }

    /// Writes a Redacted event of `target` authorised by `authoriser` and runs `redact` with it.
    func redact(target: String = "E-2", type: String = "StatutoryVisitMade", authoriser: String = "dpo-1") throws
        -> CLIResult
    {
        let event =
            #"{"eventId":"X-1","childId":"C-0051","actor":{"recordedBy":"ig-1","team":"team-9","agency":"la"},"#
            + #""schemaVersion":1,"occurredOn":"2015-03-01","recordedAt":"2015-03-01T09:00:00Z","type":"Redacted","#
            + #""data":{"redactedEventId":"\#(target)","redactedType":"\#(type)","legalBasis":"recordedOnWrongFile","#
            + #""authorisedBy":"\#(authoriser)"}}"#
        let file = fixture.process.path("redaction.json")
        try event.write(toFile: file, atomically: true, encoding: .utf8)
        return try fixture.run("redact", ["--event", file, "--authorisers", authorisers])
    }

    /// Every regular file under the ledger directory (the projection checkpoint included) and its bytes.
    func everyFile() throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: fixture.ledger)
        while let name = enumerator?.nextObject() as? String {
            let path = fixture.ledger + "/" + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                name != "LOCK"
            else { continue }
            files[name] = try Data(contentsOf: URL(fileURLWithPath: path))
        }
        return files
    }

    /// The files that hold any of the secrets.
    func filesHoldingSecrets() throws -> [String] {
        try everyFile().filter { _, bytes in Self.secrets.contains { bytes.range(of: Data($0.utf8)) != nil } }.keys
            .sorted()
    }
}

@Test func redactErasesTheEventAndItsRetractionEverywhereWhileEveryProofStillVerifies() throws {
    let ledger = try RedactionLedger()
    #expect(try ledger.filesHoldingSecrets() == ["projections/checkpoint.bin", "segment-00000000.log"])
    let result = try ledger.redact()
    #expect(result.exitStatus == 0, "\(result.errorOutput)")
    #expect(result.output.contains("payloads erased at positions 1, 2"), "\(result.output)")
    #expect(try ledger.filesHoldingSecrets().isEmpty)
    let fixture = ledger.fixture
    #expect(try fixture.run("verify").exitStatus == 0)
    let against = try fixture.run("verify", ["--against", ledger.checkpoint, "--public-key", ledger.publicKey])
    #expect(against.exitStatus == 0, "\(against.output)\(against.errorOutput)")
    let python = try IndependentVerifier.verdict(
        fixture.process, ledger: fixture.ledger, ["--against", ledger.checkpoint, "--public-key", ledger.publicKey])
    #expect(python.exitStatus == 0, "\(python.json)")
    let bundle = fixture.process.path("bundle.tar")
    let bundled = try fixture.run(
        "bundle", ["C-0051", "--checkpoint", ledger.checkpoint, "--output", bundle, "--purpose", "court disclosure"])
    #expect(bundled.exitStatus == 0, "\(bundled.errorOutput)")
    let checked = try fixture.process.run(["verify-bundle", bundle, "--public-key", ledger.publicKey, "--json"])
    #expect(checked.exitStatus == 0, "\(checked.output)")
    #expect(try LedgerFixture.jsonLines(checked.output).first?["recordsErased"] as? Int == 2)
    let pythonBundle = try IndependentVerifier.run(
        fixture.process, "verify-ledger", ["--bundle", bundle, "--public-key", ledger.publicKey, "--json"])
    #expect(pythonBundle.exitStatus == 0, "\(pythonBundle.output)\(pythonBundle.errorOutput)")
    #expect(try LedgerFixture.jsonLines(pythonBundle.output).first?["recordsErased"] as? Int == 2)
    let tar = try Data(contentsOf: URL(fileURLWithPath: bundle))
    #expect(RedactionLedger.secrets.allSatisfy { tar.range(of: Data($0.utf8)) == nil })
}

@Test func readsAndTheChronologyShowTheRedactionAndNoRedactedContent() throws {
    let ledger = try RedactionLedger()
    #expect(try ledger.redact().exitStatus == 0)
    let read = try ledger.fixture.run("read", ["--stream", "child-C-0051", "--json", "--purpose", "test"])
    #expect(read.exitStatus == 0, "\(read.errorOutput)")
    let records = try LedgerFixture.jsonLines(read.output)
    #expect(records.map { $0["payloadErased"] as? Bool } == [false, true, true, false])
    #expect(records[1]["payload"] is NSNull)
    let chronology = try ledger.fixture.run("chronology", ["C-0051", "--purpose", "test"])
    #expect(chronology.exitStatus == 0, "\(chronology.errorOutput)")
    #expect(chronology.output.contains("Redacted"), "\(chronology.output)")
    #expect(chronology.output.contains("recordedOnWrongFile") && chronology.output.contains("dpo-1"))
    #expect(RedactionLedger.secrets.allSatisfy { !chronology.output.contains($0) })
    let status = try ledger.fixture.process.run(["projections", "verify", "--ledger", ledger.fixture.ledger])
    #expect(status.exitStatus == 0, "\(status.output)\(status.errorOutput)")
}

@Test func anUnauthorisedRedactionOrOneOfAnUnknownEventIsRefusedWithNothingWritten() throws {
    let ledger = try RedactionLedger()
    let before = try ledger.everyFile()
    let unauthorised = try ledger.redact(authoriser: "sw-2")
    #expect(unauthorised.exitStatus == 65)
    #expect(unauthorised.errorOutput.contains("not authorised"), "\(unauthorised.errorOutput)")
    let unknown = try ledger.redact(target: "E-404")
    #expect(unknown.exitStatus == 65)
    #expect(unknown.errorOutput.contains("names no"), "\(unknown.errorOutput)")
    let wrongType = try ledger.redact(target: "E-1")
    #expect(wrongType.exitStatus == 65)
    #expect(try ledger.everyFile() == before)
}

@Test func redactingAgainCompletesOrRepeatsTheSameRedaction() throws {
    let ledger = try RedactionLedger()
    #expect(try ledger.redact().exitStatus == 0)
    let again = try ledger.redact()
    #expect(again.exitStatus == 0, "\(again.errorOutput)")
    #expect(again.output.contains("Redacted event at position 3"), "\(again.output)")
    #expect(try ledger.fixture.run("verify").exitStatus == 0)
}

@Test func theCheckpointRedactWritesKeepsTheDerivedSectionsTheReportsRead() throws {
    let ledger = try RedactionLedger()
    let path = ledger.fixture.ledger + "/projections/checkpoint.bin"
    let before = try ProjectionLoader.readCheckpoint(atPath: path).sections.map(\.name)
    #expect(!before.isEmpty)
    #expect(try ledger.redact().exitStatus == 0)
    #expect(try ProjectionLoader.readCheckpoint(atPath: path).sections.map(\.name) == before)
}
