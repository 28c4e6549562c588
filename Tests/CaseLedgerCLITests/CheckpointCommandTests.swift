import Foundation
import Testing

/// A ledger of `recordCount` events appended through the CLI, a key pair, and a signed checkpoint of it.
private struct CheckpointedLedger {
    let fixture: LedgerFixture
    var process: CLIProcess { fixture.process }
    let privateKey: String
    let publicKey: String
    let checkpoint: String

    init(recordCount: Int) throws {
        fixture = try LedgerFixture()
        for number in 0..<recordCount {
            try fixture.append(stream: "notes-\(number % 3)", type: "note.recorded", payload: #"{"n":\#(number)}"#)
        }
        privateKey = fixture.process.path("checkpoint.key")
        publicKey = fixture.process.path("checkpoint.pub")
        checkpoint = fixture.process.path("checkpoint.txt")
        let generated = try fixture.process.run(
            [
                "key", "generate", "--name", "ledger.example.org/test", "--private-key", privateKey, "--public-key",
                publicKey,
            ])
        #expect(generated.exitStatus == 0, "key generate failed: \(generated.errorOutput)")
        let signed = try fixture.run("checkpoint", ["--key", privateKey, "--output", checkpoint])
        #expect(signed.exitStatus == 0, "checkpoint failed: \(signed.errorOutput)")
    }

    /// `caseledger verify --against` this ledger's checkpoint (or `checkpointPath`) with `--json`.
    func verifyAgainst(_ checkpointPath: String? = nil, publicKey keyPath: String? = nil) throws -> (
        exitStatus: Int32, verdict: String?
    ) {
        let result = try fixture.run(
            "verify", ["--against", checkpointPath ?? checkpoint, "--public-key", keyPath ?? publicKey, "--json"])
        let json = try? JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        return (result.exitStatus, json?["verdict"] as? String)
    }

    /// The independent verifier's exit status and checkpoint verdict for the same question.
    func independentVerdict(_ checkpointPath: String? = nil) throws -> (exitStatus: Int32, verdict: String?) {
        let (status, json) = try IndependentVerifier.verdict(
            process, ledger: fixture.ledger, ["--against", checkpointPath ?? checkpoint, "--public-key", publicKey])
        return (status, (json["checkpoint"] as? [String: Any])?["verdict"] as? String)
    }

    /// Plain `verify` by both implementations: exit statuses.
    func plainVerifyStatuses() throws -> (swift: Int32, python: Int32) {
        (
            try fixture.run("verify").exitStatus,
            try IndependentVerifier.verdict(process, ledger: fixture.ledger).exitStatus
        )
    }
}

@Test func keyGenerateWritesAnOwnerOnlyPrivateKeyAndAPublicKeyAndNeverOverwrites() throws {
    let process = try CLIProcess()
    let (privateKey, publicKey) = (process.path("k"), process.path("k.pub"))
    let arguments = [
        "key", "generate", "--name", "ledger.example.org/test", "--private-key", privateKey, "--public-key", publicKey,
    ]
    #expect(try process.run(arguments).exitStatus == 0)
    let mode = try FileManager.default.attributesOfItem(atPath: privateKey)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    let privateText = try String(contentsOfFile: privateKey, encoding: .utf8)
    #expect(privateText.hasPrefix("PRIVATE+KEY+ledger.example.org/test+"))
    let publicText = try String(contentsOfFile: publicKey, encoding: .utf8)
    #expect(publicText.hasPrefix("ledger.example.org/test+") && publicText.hasSuffix("\n"))
    let again = try process.run(arguments)
    #expect(again.exitStatus == 73)
    #expect(again.errorOutput.contains("already exists"))
    #expect(try String(contentsOfFile: privateKey, encoding: .utf8) == privateText)
}

@Test(arguments: ["", "two words", "a+b"])
func keyGenerateRefusesAnInvalidKeyName(name: String) throws {
    let process = try CLIProcess()
    let result = try process.run(
        ["key", "generate", "--name", name, "--private-key", process.path("k"), "--public-key", process.path("p")])
    #expect(result.exitStatus == 64)
    #expect(!FileManager.default.fileExists(atPath: process.path("k")))
}

@Test func checkpointIsASignedNoteInTheTransparencyLogCheckpointFormat() throws {
    let ledger = try CheckpointedLedger(recordCount: 5)
    let text = try String(contentsOfFile: ledger.checkpoint, encoding: .utf8)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 6)
    #expect(lines[0] == "ledger.example.org/test")
    #expect(lines[1] == "5")
    #expect(lines[2].count == 44 && lines[2].hasSuffix("="))
    #expect(lines[3].isEmpty)
    #expect(lines[4].hasPrefix("\u{2014} ledger.example.org/test ") && lines[4].count == 2 + 23 + 1 + 92)  // base64 of 4 + 64 bytes
    #expect(lines[5].isEmpty)
    let toStandardOutput = try ledger.fixture.run("checkpoint", ["--key", ledger.privateKey])
    #expect(toStandardOutput.exitStatus == 0)
    #expect(toStandardOutput.output == text)  // Ed25519 is deterministic, and the ledger did not change
}

@Test func verifyAgainstAcceptsTheCheckpointedLedgerAndEveryExtensionOfIt() throws {
    let ledger = try CheckpointedLedger(recordCount: 6)
    #expect(try ledger.verifyAgainst() == (0, "extends"))
    #expect(try ledger.independentVerdict() == (0, "extends"))
    for number in 0..<3 {
        try ledger.fixture.append(stream: "notes-9", type: "note.recorded", payload: #"{"later":\#(number)}"#)
        #expect(try ledger.verifyAgainst() == (0, "extends"))
        #expect(try ledger.independentVerdict() == (0, "extends"))
    }
}

/// The attack of issue 13: someone with file access rewrites the log from some position and recomputes
/// every payload hash, chain hash, CRC, footer and manifest entry. Plain verification cannot tell.
@Test(arguments: [0, 3, 7])
func aRewriteWithEveryHashRecomputedPassesPlainVerifyButFailsVerifyAgainst(position: Int) throws {
    let ledger = try CheckpointedLedger(recordCount: 8)
    try IndependentVerifier.forge(ledger.process, ["rewrite", ledger.fixture.ledger, "--from", String(position)])
    #expect(try ledger.plainVerifyStatuses() == (0, 0))
    #expect(try ledger.verifyAgainst() == (1, "inconsistent"))
    #expect(try ledger.independentVerdict() == (1, "inconsistent"))
}

/// The other attack of issue 13: truncate the log and append a different history, of any length.
@Test(arguments: [(0, 8), (4, 4), (7, 1), (5, 9)])
func truncateAndAppendADifferentHistoryPassesPlainVerifyButFailsVerifyAgainst(position: Int, appended: Int) throws {
    let ledger = try CheckpointedLedger(recordCount: 8)
    try IndependentVerifier.forge(ledger.process, ["truncate", ledger.fixture.ledger, "--at", String(position)])
    for number in 0..<appended {
        try ledger.fixture.append(stream: "notes-\(number)", type: "note.recorded", payload: #"{"forged":\#(number)}"#)
    }
    #expect(try ledger.plainVerifyStatuses() == (0, 0))
    let expected = position + appended < 8 ? "shorter" : "inconsistent"
    #expect(try ledger.verifyAgainst() == (1, expected))
    #expect(try ledger.independentVerdict() == (1, expected))
}

@Test func aCheckpointWhoseTextWasAlteredOrSignedByAnotherKeyProvesNothing() throws {
    let ledger = try CheckpointedLedger(recordCount: 4)
    let altered = ledger.process.path("altered.txt")
    let text = try String(contentsOfFile: ledger.checkpoint, encoding: .utf8)
    try text.replacingOccurrences(of: "\n4\n", with: "\n3\n").write(toFile: altered, atomically: true, encoding: .utf8)
    let result = try ledger.fixture.run("verify", ["--against", altered, "--public-key", ledger.publicKey])
    #expect(result.exitStatus == 1)
    #expect(result.output.contains("no valid signature"))
    #expect(try ledger.independentVerdict(altered) == (1, "badSignature"))
    let otherKey = ledger.process.path("other.pub")
    let generated = try ledger.process.run(
        [
            "key", "generate", "--name", "ledger.example.org/test", "--private-key", ledger.process.path("other.key"),
            "--public-key", otherKey,
        ])
    #expect(generated.exitStatus == 0)
    #expect(try ledger.verifyAgainst(publicKey: otherKey).exitStatus == 1)
}

@Test func malformedCheckpointAndKeyFilesAreDataErrorsAndMissingOnesNotFound() throws {
    let ledger = try CheckpointedLedger(recordCount: 2)
    let garbage = ledger.process.path("garbage")
    try "not a checkpoint\n".write(toFile: garbage, atomically: true, encoding: .utf8)
    #expect(try ledger.verifyAgainst(garbage).exitStatus == 65)
    #expect(try ledger.verifyAgainst(publicKey: garbage).exitStatus == 65)
    #expect(try ledger.verifyAgainst(ledger.process.path("missing")).exitStatus == 66)
    #expect(try ledger.fixture.run("checkpoint", ["--key", garbage]).exitStatus == 65)
    #expect(try ledger.fixture.run("checkpoint", ["--key", ledger.publicKey]).exitStatus == 65)
}

@Test func againstAndPublicKeyGoTogether() throws {
    let ledger = try CheckpointedLedger(recordCount: 1)
    #expect(try ledger.fixture.run("verify", ["--public-key", ledger.publicKey]).exitStatus == 64)
    #expect(try ledger.fixture.run("verify", ["--against", ledger.checkpoint]).exitStatus == 64)
}

@Test func aDamagedLedgerIsNeverCheckpointed() throws {
    let ledger = try CheckpointedLedger(recordCount: 3)
    let segment = ledger.fixture.ledger + "/segment-00000000.log"
    var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: segment)))
    bytes[100] ^= 0x01
    try Data(bytes).write(to: URL(fileURLWithPath: segment))
    let result = try ledger.fixture.run("checkpoint", ["--key", ledger.privateKey])
    #expect(result.exitStatus == 65)
    #expect(result.output.isEmpty)
    #expect(try ledger.verifyAgainst().exitStatus == 1)
    #expect(try ledger.independentVerdict() == (1, "damaged"))
}
