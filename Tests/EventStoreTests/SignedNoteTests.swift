import Integrity
import Testing

@testable import EventStore

/// The example of C2SP signed-note v1.0.0, "Verifier keys" (see Tests/TestVectors/README.md).
private let specificationVerifierKey = "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k"
private let specificationNote = """
    This is an example message.

    — example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=

    """

/// A signer made from a fixed seed, so tests are deterministic.
func testNoteSigner(name: String = "ledger.example.org/test", seedByte: UInt8 = 7) throws -> NoteSigner {
    try NoteSigner(name: name, privateKey: #require(Ed25519PrivateKey(seed: [UInt8](repeating: seedByte, count: 32))))
}

@Test func theSignedNoteSpecificationExampleVerifies() throws {
    let verifier = try NoteVerifier(encoded: specificationVerifierKey)
    #expect(verifier.name == "example.com/foo")
    #expect(verifier.keyID == 0x530d_903a)
    #expect(verifier.encoded == specificationVerifierKey)
    let note = try SignedNote(parsing: Array(specificationNote.utf8))
    #expect(note.text == "This is an example message.\n")
    #expect(note.serialized == specificationNote)
    #expect(verifier.verifies(note))
}

@Test func aSignedNoteRoundTripsAndVerifiesOnlyWithItsKey() throws {
    let signer = try testNoteSigner()
    let note = signer.sign(text: "origin\n42\nAAAA\n")
    let parsed = try SignedNote(parsing: Array(note.serialized.utf8))
    #expect(parsed == note)
    #expect(signer.verifier.verifies(parsed))
    #expect(!(try testNoteSigner(seedByte: 8)).verifier.verifies(parsed))
    #expect(!(try testNoteSigner(name: "other.example.org")).verifier.verifies(parsed))
    var altered = parsed
    altered.text = "origin\n43\nAAAA\n"
    #expect(!signer.verifier.verifies(altered))
}

@Test func aFailingSignatureByTheKnownKeyRejectsTheNoteEvenBesideAGoodOne() throws {
    let signer = try testNoteSigner()
    var note = signer.sign(text: "text\n")
    var forged = note.signatures[0]
    forged.signature[0] ^= 1
    note.signatures.append(forged)
    #expect(!signer.verifier.verifies(note))
}

@Test func keysRoundTripThroughTheirTextForms() throws {
    let signer = try testNoteSigner()
    #expect(signer.encoded.hasPrefix("PRIVATE+KEY+ledger.example.org/test+"))
    let parsedSigner = try NoteSigner(encoded: signer.encoded + "\n")
    #expect(parsedSigner.privateKey.seed == signer.privateKey.seed)
    #expect(try NoteVerifier(encoded: signer.verifier.encoded) == signer.verifier)
}

@Test(arguments: [
    "", "example.com/foo", "example.com/foo+530d903a",
    "example.com/foo+530D903A+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k",
    "example.com/foo+530d903b+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k",
    "example.com/bar+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k",
    "example.com/foo+530d903a+AukyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k",
    "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2",
    "example com+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k",
])
func malformedOrAlteredVerifierKeysAreRefused(text: String) {
    #expect(throws: EventStoreError.self) { try NoteVerifier(encoded: text) }
}

@Test(arguments: [
    "no blank line\n— a AAAAAAAA\n", "text\n\n", "text\n\n— a AAAAAAAA", "text\n\n- a AAAAAAAA\n",
    "text\n\n— a AAAA\n", "text\n\n— a b c\n", "text\n\n— a+b AAAAAAAA\n", "text\n\n— a !!!!!!!!\n",
    "te\u{7}xt\n\n— a AAAAAAAA\n", "text\n\n— a AAAAAAAA\n\n",
])
func malformedSignedNotesAreRefusedAsCorrupt(note: String) {
    #expect(throws: EventStoreError(.corrupt, "")) { try SignedNote(parsing: Array(note.utf8)) }
}

@Test func aSignedNoteThatIsNotUTF8IsRefused() {
    #expect(throws: EventStoreError(.corrupt, "")) {
        try SignedNote(parsing: [0x66, 0xff, 0x0a, 0x0a] + Array("— a AAAAAAAA\n".utf8))
    }
}

@Test func base64RoundTripsEveryLengthAndRefusesNonCanonicalText() {
    for length in 0..<20 {
        let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 67 &+ 5) }
        #expect(Base64.decode(Base64.encode(bytes)) == bytes, "length \(length)")
    }
    #expect(Base64.encode(Array("foobar".utf8)) == "Zm9vYmFy")
    #expect(Base64.encode(Array("fo".utf8)) == "Zm8=")
    for text in ["Zm8", "Zm9=", "Z===", "Zm8=Zm8=", "Zm 8", "Zm-8", "Zm_8"] {
        #expect(Base64.decode(text) == nil, "\(text)")
    }
}
