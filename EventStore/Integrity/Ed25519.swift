/// Ed25519 signatures (RFC 8032 §5.1, "pure" Ed25519 without context or prehash), written in Swift
/// with `SHA512` for checkpoint signatures. Checked against RFC 8032 §7.1 and the 1,024 vectors of
/// ed25519.cr.yp.to's `sign.input` (Tests/TestVectors).
///
/// Signing is branch-free on the secret key; verification is variable-time (all its inputs are public).
public enum Ed25519 {
    /// Size of a private key seed, in bytes.
    public static let seedSizeBytes = 32
    /// Size of a public key (a point encoding), in bytes.
    public static let publicKeySizeBytes = 32
    /// Size of a signature (R ‖ S), in bytes.
    public static let signatureSizeBytes = 64
}

/// An Ed25519 private key: the 32-byte seed of RFC 8032 §5.1.5, from which everything else is derived.
public struct Ed25519PrivateKey: Sendable {
    /// The 32 random bytes the key is made from. Secret.
    public let seed: [UInt8]
    /// The matching public key.
    public let publicKey: Ed25519PublicKey
    private let secretScalar: [UInt8]
    private let prefix: [UInt8]

    /// Derives the key from its seed (RFC 8032 §5.1.5); nil unless `seed` holds exactly 32 bytes.
    public init?(seed: [UInt8]) {
        guard seed.count == Ed25519.seedSizeBytes else { return nil }
        let digest = SHA512.hash(seed)
        var scalar = Array(digest[0..<32])
        scalar[0] &= 248
        scalar[31] &= 127
        scalar[31] |= 64
        self.seed = seed
        self.secretScalar = scalar
        self.prefix = Array(digest[32..<64])
        self.publicKey = Ed25519PublicKey(validatedEncoding: Ed25519Point.base.multiplied(byScalar: scalar).encoding)
    }

    /// The 64-byte signature of `message` (RFC 8032 §5.1.6). Deterministic: the same key and message
    /// always give the same signature.
    public func signature(for message: [UInt8]) -> [UInt8] {
        let nonce = Ed25519Scalar.reduced(SHA512.hash(prefix + message))
        let commitment = Ed25519Point.base.multiplied(byScalar: nonce).encoding
        let challenge = Ed25519Scalar.reduced(SHA512.hash(commitment + publicKey.rawRepresentation + message))
        return commitment + Ed25519Scalar.multiplyAdd(challenge, secretScalar, nonce)
    }
}

/// An Ed25519 public key: a 32-byte point encoding (RFC 8032 §5.1.2).
public struct Ed25519PublicKey: Sendable, Equatable {
    /// The 32-byte encoding.
    public let rawRepresentation: [UInt8]
    private let point: Ed25519Point

    /// Decodes a public key; nil unless `rawRepresentation` is 32 bytes encoding a curve point (RFC 8032
    /// §5.1.3, which rejects a y coordinate ≥ p).
    public init?(rawRepresentation: [UInt8]) {
        guard let point = Ed25519Point(encoding: rawRepresentation[...]) else { return nil }
        self.rawRepresentation = rawRepresentation
        self.point = point
    }

    /// A key computed from a private key, whose encoding is valid by construction.
    fileprivate init(validatedEncoding: [UInt8]) {
        guard let key = Ed25519PublicKey(rawRepresentation: validatedEncoding) else {
            preconditionFailure("the encoding of a computed point decodes")
        }
        self = key
    }

    /// True if `signature` is a valid Ed25519 signature of `message` under this key (RFC 8032 §5.1.7):
    /// S < L, R decodes, and [S]B = R + [k]A, checked as encode([S]B − [k]A) = R as Go's crypto/ed25519
    /// and RFC 8032's reference code do. Malformed input gives false, never a trap.
    public func isValidSignature(_ signature: [UInt8], for message: [UInt8]) -> Bool {
        guard signature.count == Ed25519.signatureSizeBytes else { return false }
        let commitment = Array(signature[0..<32])
        let response = Array(signature[32..<64])
        guard Ed25519Scalar.isCanonical(response[...]), Ed25519Point(encoding: commitment[...]) != nil else {
            return false
        }
        let challenge = Ed25519Scalar.reduced(SHA512.hash(commitment + rawRepresentation + message))
        let check = Ed25519Point.base.multiplied(byScalar: response, plus: -point, times: challenge)
        return check.encoding == commitment
    }

    public static func == (lhs: Ed25519PublicKey, rhs: Ed25519PublicKey) -> Bool {
        lhs.rawRepresentation == rhs.rawRepresentation
    }
}
