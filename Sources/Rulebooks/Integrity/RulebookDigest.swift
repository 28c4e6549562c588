import EventStore

/// SHA-256 of a rulebook's canonical JSON, as lowercase hex: the rulebook's content hash, recorded with
/// every result computed under it.
enum RulebookDigest {
    /// The lowercase hex SHA-256 digest of `message`.
    static func hex(of message: [UInt8]) -> String {
        SHA256.hash(message).map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }
}
