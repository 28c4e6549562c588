import Integrity
import TextFormats

/// SHA-256 of a rulebook's canonical JSON, as lowercase hex: the rulebook's content hash, recorded with
/// every result computed under it.
enum RulebookDigest {
    /// The lowercase hex SHA-256 digest of `message`.
    static func hex(of message: [UInt8]) -> String { HexText.encode(SHA256.hash(message)) }
}
