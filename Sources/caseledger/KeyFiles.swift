import CommandLineSupport
import EventStore
import Integrity

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Checkpoint signing key files (docs/checkpoints.md, "Key files"): reading them, creating them, and the
/// randomness a new key is made from.
enum KeyFiles {
    /// Largest key or checkpoint file read, in bytes (a key is about 100 bytes, a checkpoint about 250).
    static let fileSizeBytesMax = SignedNote.sizeBytesMax
    /// Permissions of a new private key file: owner read and write only.
    static let privateKeyMode: mode_t = 0o600
    /// Permissions of a new public key file: readable by everyone.
    static let publicKeyMode: mode_t = 0o644

    /// The signer in the private key file at `path`.
    /// - Throws: `FileSystemError` if unreadable; `CommandFailure(.dataError)` naming the file if malformed.
    static func signer(atPath path: String) throws -> NoteSigner {
        let text = try self.text(atPath: path, what: "private key")
        do {
            return try NoteSigner(encoded: text)
        } catch {
            throw CommandFailure(.dataError, "private key file \(path): \(error.message)")
        }
    }

    /// The verifier in the public key file at `path`.
    /// - Throws: `FileSystemError` if unreadable; `CommandFailure(.dataError)` naming the file if malformed.
    static func verifier(atPath path: String) throws -> NoteVerifier {
        let text = try self.text(atPath: path, what: "public key")
        do {
            return try NoteVerifier(encoded: text)
        } catch {
            throw CommandFailure(.dataError, "public key file \(path): \(error.message)")
        }
    }

    /// 32 bytes from the operating system's random source (`/dev/urandom`).
    /// - Throws: `CommandFailure(.ioError)` if it cannot be read in full.
    static func randomSeed() throws -> [UInt8] {
        let file = try POSIXFileSystem().openFile(atPath: "/dev/urandom", mode: .readOnly)
        let seed = try file.read(atOffset: 0, count: Ed25519.seedSizeBytes)
        guard seed.count == Ed25519.seedSizeBytes else {
            throw CommandFailure(.ioError, "/dev/urandom returned \(seed.count) of \(Ed25519.seedSizeBytes) bytes")
        }
        return seed
    }

    /// Creates `path` with `mode` (never replacing an existing file), atomically: `text` is written to a
    /// temporary file with that mode, made durable, then linked into place.
    /// - Throws: `FileSystemError` (`alreadyExists` if the file exists: keys are never overwritten); the
    ///   temporary file is removed on failure.
    static func createNew(atPath path: String, text: String, mode: mode_t) throws {
        try POSIXFileSystem().writeAtomically(
            Array(text.utf8), toPath: path, permissions: UInt32(mode), replacesExisting: false,
            createsDirectory: false)
    }

    private static func text(atPath path: String, what: String) throws -> String {
        let bytes = try InputFile.contents(ofPath: path, sizeBytesMax: fileSizeBytesMax)
        let text = String(decoding: bytes, as: UTF8.self)
        guard Array(text.utf8) == bytes else { throw CommandFailure(.dataError, "\(what) file \(path) is not UTF-8") }
        return text
    }
}
