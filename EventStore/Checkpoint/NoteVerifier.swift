import Integrity

/// An Ed25519 verifier of notes (C2SP signed-note): a key name and public key.
///
/// Text form (a "verifier key", as Go's `golang.org/x/mod/sumdb/note` and transparency-log tooling use):
/// `<key name>+<key ID, 8 lowercase hex digits>+<base64(0x01 ‖ 32-byte public key)>`.
public struct NoteVerifier: Sendable, Equatable {
    /// The key name.
    public let name: String
    /// The public key.
    public let publicKey: Ed25519PublicKey

    /// Creates a verifier.
    public init(name: String, publicKey: Ed25519PublicKey) {
        self.name = name
        self.publicKey = publicKey
    }

    /// Parses the text form (surrounding white space, such as a final newline, is ignored).
    /// - Throws: `corrupt` saying which part is wrong: name, key ID, key type, key size, a point that is
    ///   not on the curve, or a key ID that does not match the key.
    public init(encoded text: String) throws(EventStoreError) {
        let (name, keyID, material) = try Self.parts(of: Self.trimmingWhiteSpace(text))
        guard let publicKey = Ed25519PublicKey(rawRepresentation: material) else {
            throw EventStoreError(.corrupt, "public key is not a \(Ed25519.publicKeySizeBytes)-byte Ed25519 key")
        }
        guard keyID == Self.keyID(name: name, publicKey: publicKey) else {
            throw EventStoreError(.corrupt, "public key ID does not match the key (the file was altered)")
        }
        self.init(name: name, publicKey: publicKey)
    }

    /// The key ID: the first 4 bytes, big-endian, of SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key).
    public var keyID: UInt32 { Self.keyID(name: name, publicKey: publicKey) }

    /// The text form.
    public var encoded: String { Self.encode(name: name, keyID: keyID, material: publicKey.rawRepresentation) }

    /// True if `note` carries a signature line with this key's name and ID, and every such line is a valid
    /// signature of the note's text (C2SP signed-note: a failing signature from a known key rejects the note;
    /// lines from other keys are ignored).
    public func verifies(_ note: SignedNote) -> Bool {
        let own = note.signatures.filter { $0.keyName == name && $0.keyID == keyID }
        let message = Array(note.text.utf8)
        return !own.isEmpty && own.allSatisfy { publicKey.isValidSignature($0.signature, for: message) }
    }

    static func keyID(name: String, publicKey: Ed25519PublicKey) -> UInt32 {
        let digest = SHA256.hash(Array(name.utf8) + [0x0A, NoteSigner.ed25519Type] + publicKey.rawRepresentation)
        return digest.prefix(4).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    }

    static func encode(name: String, keyID: UInt32, material: [UInt8]) -> String {
        let hexID = String(keyID, radix: 16)
        return name + "+" + String(repeating: "0", count: 8 - hexID.count) + hexID + "+"
            + Base64.encode([NoteSigner.ed25519Type] + material)
    }

    /// Splits `<name>+<hex ID>+<base64(type ‖ material)>` and checks the ID syntax and the type byte.
    static func parts(of text: String) throws(EventStoreError) -> (name: String, keyID: UInt32, material: [UInt8]) {
        let fields = text.split(separator: "+", maxSplits: 2, omittingEmptySubsequences: false)  // base64 may hold "+"
        guard fields.count == 3, SignedNote.isValidKeyName(String(fields[0])) else {
            throw EventStoreError(.corrupt, "key is not '<name>+<8 hex digits>+<base64 key>'")
        }
        let hexDigits = "0123456789abcdef"
        guard fields[1].count == 8, fields[1].allSatisfy({ hexDigits.contains($0) }),
            let keyID = UInt32(fields[1], radix: 16)
        else { throw EventStoreError(.corrupt, "key ID is not 8 lowercase hex digits") }
        guard let decoded = Base64.decode(fields[2]), decoded.first == NoteSigner.ed25519Type else {
            throw EventStoreError(.corrupt, "key is not base64 of the Ed25519 type byte 0x01 and the key")
        }
        return (String(fields[0]), keyID, Array(decoded.dropFirst()))
    }

    static func trimmingWhiteSpace(_ text: String) -> String {
        String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
