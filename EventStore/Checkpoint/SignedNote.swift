import Integrity

/// A signed note (C2SP signed-note v1.0.0, c2sp.org/signed-note; the format of Go's `golang.org/x/mod/sumdb/note`):
/// a UTF-8 text ending in a newline, a blank line, and one or more signature lines
/// `— <key name> <base64(4-byte big-endian key ID ‖ signature)>`.
///
/// The signatures cover the text including its final newline, not the blank line. The text is separated
/// from the signatures by the *last* blank line. Parsing checks the syntax only; `NoteVerifier` checks
/// signatures.
public struct SignedNote: Sendable, Equatable {
    /// One signature line.
    public struct Signature: Sendable, Equatable {
        /// The signer's key name: non-empty, no Unicode spaces, no `+`.
        public var keyName: String
        /// The key ID (for Ed25519: the first 4 bytes of SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key)).
        public var keyID: UInt32
        /// The signature bytes (64 for Ed25519).
        public var signature: [UInt8]

        /// Creates a signature line's content.
        public init(keyName: String, keyID: UInt32, signature: [UInt8]) {
            self.keyName = keyName
            self.keyID = keyID
            self.signature = signature
        }
    }

    /// Largest note accepted, in bytes (a checkpoint is about 200 bytes).
    public static let sizeBytesMax = 64 << 10
    /// Most signature lines accepted (the specification requires accepting at least 16).
    public static let signatureCountMax = 100
    /// The signature line prefix: em dash (U+2014) and a space.
    static let signaturePrefix = "\u{2014} "

    /// The signed text, ending in a newline.
    public var text: String
    /// The signatures, in file order.
    public var signatures: [Signature]

    /// Creates a note from its parts.
    ///
    /// - Precondition: `text` is a valid note text (`SignedNote.isValidText`).
    public init(text: String, signatures: [Signature]) {
        precondition(
            Self.isValidText(text), "a note text is non-empty, ends in a newline and has no control characters")
        self.text = text
        self.signatures = signatures
    }

    /// Parses a signed note.
    ///
    /// - Throws: `corrupt` naming the line and the rule broken: not UTF-8, a control character, no blank
    ///   line before the signatures, a malformed signature line, too large or too many signatures.
    public init(parsing bytes: [UInt8]) throws(EventStoreError) {
        guard bytes.count <= Self.sizeBytesMax else {
            throw EventStoreError(.corrupt, "signed note is larger than \(Self.sizeBytesMax) bytes")
        }
        let whole = String(decoding: bytes, as: UTF8.self)
        guard Array(whole.utf8) == bytes else { throw EventStoreError(.corrupt, "signed note is not valid UTF-8") }
        guard Self.hasOnlyNewlineControls(whole) else {
            throw EventStoreError(.corrupt, "signed note contains a control character other than newline")
        }
        let newline = UInt8(ascii: "\n")
        let blankLine = bytes.indices.dropLast().last { bytes[$0] == newline && bytes[$0 + 1] == newline }
        guard bytes.last == newline, let blankLine, blankLine + 2 < bytes.count else {
            throw EventStoreError(
                .corrupt, "signed note has no blank line followed by signature lines ending in a newline")
        }
        let text = String(decoding: bytes[...blankLine], as: UTF8.self)
        let signatureLines = bytes[(blankLine + 2)..<(bytes.count - 1)]
            .split(separator: newline, omittingEmptySubsequences: false)
            .map { Substring(String(decoding: $0, as: UTF8.self)) }
        let textLineCount = text.filter { $0 == "\n" }.count
        guard !signatureLines.isEmpty, signatureLines.count <= Self.signatureCountMax else {
            throw EventStoreError(
                .corrupt, "signed note has \(signatureLines.count) signature lines (1 to \(Self.signatureCountMax))")
        }
        var signatures: [Signature] = []
        for (index, line) in signatureLines.enumerated() {
            signatures.append(try Self.signature(parsing: line, lineNumber: textLineCount + 2 + index))
        }
        self.init(text: text, signatures: signatures)
    }

    /// The note as text: the text, a blank line, then one line per signature.
    public var serialized: String {
        text + "\n"
            + signatures.map { signature in
                let keyID = (0..<4).map { UInt8(truncatingIfNeeded: signature.keyID >> UInt32(24 - 8 * $0)) }
                return Self.signaturePrefix + signature.keyName + " " + Base64.encode(keyID + signature.signature)
                    + "\n"
            }.joined()
    }

    /// True if `text` can be signed: it ends in a newline and has no control character other than newline.
    public static func isValidText(_ text: String) -> Bool {
        text.hasSuffix("\n") && hasOnlyNewlineControls(text)
    }

    /// True if `name` is a valid key name: non-empty, no Unicode white space, no `+`.
    public static func isValidKeyName(_ name: String) -> Bool {
        !name.isEmpty && !name.contains("+") && !name.unicodeScalars.contains { $0.properties.isWhitespace }
            && hasOnlyNewlineControls(name) && !name.contains("\n")
    }

    private static func hasOnlyNewlineControls(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }
    }

    private static func signature(parsing line: Substring, lineNumber: Int) throws(EventStoreError) -> Signature {
        func malformed(_ why: String) -> EventStoreError {
            EventStoreError(.corrupt, "signed note line \(lineNumber): \(why)")
        }
        guard line.hasPrefix(signaturePrefix) else { throw malformed("a signature line starts with '\u{2014} '") }
        let fields = line.dropFirst(signaturePrefix.count).split(separator: " ", omittingEmptySubsequences: false)
        guard fields.count == 2, isValidKeyName(String(fields[0])) else {
            throw malformed("a signature line is '\u{2014} <key name> <base64 signature>'")
        }
        guard let decoded = Base64.decode(fields[1]), decoded.count > 4 else {
            throw malformed("the signature is not base64 of a 4-byte key ID and a signature")
        }
        let keyID = decoded.prefix(4).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        return Signature(keyName: String(fields[0]), keyID: keyID, signature: Array(decoded.dropFirst(4)))
    }
}
