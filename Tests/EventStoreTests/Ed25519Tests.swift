import EventStoreTesting
import Testing

@testable import EventStore
@testable import Integrity

/// One `seed:public key:message:signature` line of a vector file (hex fields).
struct Ed25519Vector: Sendable, CustomTestStringConvertible {
    var lineNumber: Int
    var seed: [UInt8]
    var publicKey: [UInt8]
    var message: [UInt8]
    var signature: [UInt8]
    var testDescription: String { "line \(lineNumber), \(message.count)-byte message" }
}

/// Every vector of `Tests/TestVectors/<name>`.
func ed25519Vectors(_ name: String) throws -> [Ed25519Vector] {
    try testVectorFile(name).split(separator: "\n").enumerated().map { index, line in
        let fields = line.split(separator: ":", omittingEmptySubsequences: false).map { merkleBytes(hex: String($0)) }
        return Ed25519Vector(
            lineNumber: index + 1, seed: fields[0], publicKey: fields[1], message: fields[2], signature: fields[3])
    }
}

/// Checks key derivation, signing and verification of one vector, and that a changed message fails.
private func checkVector(_ vector: Ed25519Vector) {
    guard let key = Ed25519PrivateKey(seed: vector.seed) else {
        Issue.record("seed rejected")
        return
    }
    #expect(key.publicKey.rawRepresentation == vector.publicKey)
    #expect(key.signature(for: vector.message) == vector.signature)
    guard let publicKey = Ed25519PublicKey(rawRepresentation: vector.publicKey) else {
        Issue.record("public key rejected")
        return
    }
    #expect(publicKey.isValidSignature(vector.signature, for: vector.message))
    #expect(!publicKey.isValidSignature(vector.signature, for: vector.message + [0]))
}

@Test func ed25519VectorFilesHoldEveryVector() throws {
    #expect(try ed25519Vectors("ed25519-sign.input").map(\.message.count) == Array(0..<1024))
    #expect(try ed25519Vectors("rfc8032-ed25519.input").map(\.message.count) == [0, 1, 2, 64, 1023])
}

@Test(arguments: try ed25519Vectors("rfc8032-ed25519.input"))
func ed25519MatchesRFC8032Vectors(vector: Ed25519Vector) {
    checkVector(vector)
}

@Test(arguments: try ed25519Vectors("ed25519-sign.input"))
func ed25519MatchesTheSignInputVectors(vector: Ed25519Vector) {
    checkVector(vector)
}

/// RFC 8032 TEST 1: seed, public key and signature of the empty message.
private func rfcTestOne() throws -> Ed25519Vector { try #require(try ed25519Vectors("rfc8032-ed25519.input").first) }

@Test(arguments: 0..<64)
func ed25519RejectsASignatureWithAnyByteChanged(byteIndex: Int) throws {
    let vector = try rfcTestOne()
    let publicKey = try #require(Ed25519PublicKey(rawRepresentation: vector.publicKey))
    var signature = vector.signature
    signature[byteIndex] ^= 0x10
    #expect(!publicKey.isValidSignature(signature, for: vector.message))
}

@Test func ed25519RejectsAMalleatedSignatureWhoseSIsNotBelowTheOrder() throws {
    let vector = try rfcTestOne()
    let publicKey = try #require(Ed25519PublicKey(rawRepresentation: vector.publicKey))
    // S + L encodes the same point equation but is not canonical: RFC 8032 §5.1.7 requires S < L.
    var sPlusL = [UInt8](repeating: 0, count: 32)
    var carry = 0
    for index in 0..<32 {
        let sum = Int(vector.signature[32 + index]) + Int(Ed25519Scalar.order[index]) + carry
        sPlusL[index] = UInt8(sum & 0xff)
        carry = sum >> 8
    }
    #expect(carry == 0)
    #expect(!publicKey.isValidSignature(Array(vector.signature[0..<32]) + sPlusL, for: vector.message))
    #expect(!publicKey.isValidSignature(Array(vector.signature[0..<32]) + Ed25519Scalar.order, for: vector.message))
}

@Test func ed25519RejectsSignaturesOfTheWrongSizeAndOtherKeys() throws {
    let vectors = try ed25519Vectors("rfc8032-ed25519.input")
    let publicKey = try #require(Ed25519PublicKey(rawRepresentation: vectors[1].publicKey))
    #expect(!publicKey.isValidSignature(vectors[0].signature, for: vectors[0].message))
    #expect(!publicKey.isValidSignature(Array(vectors[1].signature.dropLast()), for: vectors[1].message))
    #expect(!publicKey.isValidSignature(vectors[1].signature + [0], for: vectors[1].message))
    #expect(!publicKey.isValidSignature([], for: vectors[1].message))
}

@Test func ed25519RejectsMalformedKeysAndSeeds() {
    #expect(Ed25519PrivateKey(seed: [UInt8](repeating: 1, count: 31)) == nil)
    #expect(Ed25519PrivateKey(seed: [UInt8](repeating: 1, count: 33)) == nil)
    #expect(Ed25519PublicKey(rawRepresentation: [UInt8](repeating: 0, count: 31)) == nil)
    // y = p (2^255 − 19) is a non-canonical encoding of y = 0 and must be refused.
    let yEqualsP: [UInt8] = [0xed] + [UInt8](repeating: 0xff, count: 30) + [0x7f]
    #expect(Ed25519PublicKey(rawRepresentation: yEqualsP) == nil)
    // y = 2 gives x² = 3 / (4d + 1), not a square: no point has it.
    #expect(Ed25519PublicKey(rawRepresentation: [2] + [UInt8](repeating: 0, count: 31)) == nil)
    // y = 1 is the identity, x = 0; with the sign bit set it is "negative zero".
    #expect(Ed25519PublicKey(rawRepresentation: [1] + [UInt8](repeating: 0, count: 30) + [0x80]) == nil)
}

@Test(arguments: [1, 2, 3])
func ed25519SignaturesOfSeededRandomKeysVerify(seed: UInt64) {
    var random = SimulationRandom(seed: seed)
    let keySeed = (0..<32).map { _ in UInt8(truncatingIfNeeded: random.next()) }
    let message = (0..<Int(random.next() % 300)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
    guard let key = Ed25519PrivateKey(seed: keySeed) else {
        Issue.record("seed rejected, seed \(seed)")
        return
    }
    let signature = key.signature(for: message)
    #expect(key.publicKey.isValidSignature(signature, for: message), "seed \(seed)")
    #expect(!key.publicKey.isValidSignature(signature, for: message.reversed() + [1]), "seed \(seed)")
}
