import Integrity
import Testing

@testable import EventStore

/// One vector of NIST CAVP's byte-oriented `SHA512ShortMsg.rsp` (CAVS 11.0): messages of 0 to 128 bytes.
struct SHA512Vector: Sendable, CustomTestStringConvertible {
    var message: [UInt8]
    var digestHex: String
    var testDescription: String { "\(message.count)-byte message" }
}

/// Every vector of `Tests/TestVectors/SHA512ShortMsg.rsp`.
func sha512ShortMessageVectors() throws -> [SHA512Vector] {
    try testVectorFile("SHA512ShortMsg.rsp").components(separatedBy: "\n\n").compactMap { block in
        var fields: [String: String] = [:]
        for line in block.split(whereSeparator: \.isNewline) {
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2 { fields[parts[0]] = parts[1] }
        }
        guard let bits = fields["Len"].flatMap({ Int($0) }), let message = fields["Msg"], let digest = fields["MD"]
        else { return nil }
        return SHA512Vector(message: Array(merkleBytes(hex: message).prefix(bits / 8)), digestHex: digest)
    }
}

@Test func sha512VectorFileHoldsEveryShortMessageLength() throws {
    #expect(try sha512ShortMessageVectors().map(\.message.count) == Array(0...128))
}

@Test(arguments: try sha512ShortMessageVectors())
func sha512MatchesNISTShortMessageVectors(vector: SHA512Vector) {
    #expect(hexString(SHA512.hash(vector.message)) == vector.digestHex)
}

/// NIST FIPS 180-4 examples (CSRC "SHA512.pdf", "SHA2_Additional.pdf"): two blocks, and 10^6 × "a".
@Test func sha512MatchesNISTMultiBlockExamples() {
    let twoBlocks = Array(
        "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
            .utf8)
    #expect(
        hexString(SHA512.hash(twoBlocks))
            == "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909"
    )
    #expect(
        hexString(SHA512.hash([UInt8](repeating: 0x61, count: 1_000_000)))
            == "e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973ebde0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b"
    )
}

@Test(arguments: [1, 7, 111, 112, 127, 128, 129, 1000])
func sha512IncrementalUpdatesMatchOneShot(chunkSize: Int) {
    let message = (0..<2_500).map { UInt8(truncatingIfNeeded: $0 &* 37) }
    var hasher = SHA512()
    var index = 0
    while index < message.count {
        let end = min(index + chunkSize, message.count)
        hasher.update(Array(message[index..<end]))
        index = end
    }
    #expect(hasher.finalize() == SHA512.hash(message))
}
