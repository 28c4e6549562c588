import Integrity

/// An Ed25519 signer of notes (C2SP signed-note), with its key name.
///
/// Text form (the private key format of Go's `golang.org/x/mod/sumdb/note`, so existing tooling reads it):
/// `PRIVATE+KEY+<key name>+<key ID, 8 lowercase hex digits>+<base64(0x01 ‖ 32-byte seed)>`.
public struct NoteSigner: Sendable {
    /// The key name, which signatures and the matching `NoteVerifier` carry.
    public let name: String
    /// The private key.
    public let privateKey: Ed25519PrivateKey

    /// The signature type byte of Ed25519 in signed notes.
    static let ed25519Type: UInt8 = 0x01
    private static let textPrefix = "PRIVATE+KEY+"

    /// Creates a signer.
    /// - Throws: `invalidArgument` if `name` is not a valid key name (empty, white space or `+`).
    public init(name: String, privateKey: Ed25519PrivateKey) throws(EventStoreError) {
        guard SignedNote.isValidKeyName(name) else {
            throw EventStoreError(.invalidArgument, "a key name must be non-empty, without spaces or '+'")
        }
        self.name = name
        self.privateKey = privateKey
    }

    /// Parses the text form (surrounding white space, such as a final newline, is ignored).
    /// - Throws: `corrupt` saying which part is wrong: prefix, name, key ID, key type, seed size, or a key ID
    ///   that does not match the key.
    public init(encoded text: String) throws(EventStoreError) {
        let trimmed = NoteVerifier.trimmingWhiteSpace(text)
        guard trimmed.hasPrefix(Self.textPrefix) else {
            throw EventStoreError(.corrupt, "private key does not start with '\(Self.textPrefix)'")
        }
        let (name, keyID, material) = try NoteVerifier.parts(of: String(trimmed.dropFirst(Self.textPrefix.count)))
        guard let privateKey = Ed25519PrivateKey(seed: material) else {
            throw EventStoreError(.corrupt, "private key seed is not \(Ed25519.seedSizeBytes) bytes")
        }
        try self.init(name: name, privateKey: privateKey)
        guard keyID == self.keyID else {
            throw EventStoreError(.corrupt, "private key ID does not match the key (the file was altered)")
        }
    }

    /// The key ID: the first 4 bytes, big-endian, of SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key).
    public var keyID: UInt32 { NoteVerifier.keyID(name: name, publicKey: privateKey.publicKey) }

    /// The text form. Secret.
    public var encoded: String {
        Self.textPrefix + NoteVerifier.encode(name: name, keyID: keyID, material: privateKey.seed)
    }

    /// The verifier that checks this signer's signatures.
    public var verifier: NoteVerifier { NoteVerifier(name: name, publicKey: privateKey.publicKey) }

    /// Signs `text` and returns the note with this one signature.
    ///
    /// - Precondition: `text` is a valid note text (`SignedNote.isValidText`).
    public func sign(text: String) -> SignedNote {
        let signature = privateKey.signature(for: Array(text.utf8))
        return SignedNote(text: text, signatures: [.init(keyName: name, keyID: keyID, signature: signature)])
    }
}
