import Integrity
import Testing

@testable import EventStore

private func hex(_ bytes: [UInt8]) -> String { hexString(bytes) }

/// NIST FIPS 180-4 example vectors (CSRC "SHA256.pdf", "SHA2_Additional.pdf").
/// Every implementation this CPU can run: the published vectors hold for each.
private let sha256Implementations = SHA256.availableImplementations
private let crc32cImplementations = CRC32C.availableImplementations

/// `checksum` with a chosen implementation.
private func crc32c(_ bytes: [UInt8], _ implementation: HashImplementation) -> UInt32 {
    bytes.withUnsafeBytes { ~CRC32C.update(~0, bufferPointer: $0, implementation: implementation) }
}

/// One-shot SHA-256 with a chosen implementation.
private func sha256(_ bytes: [UInt8], _ implementation: HashImplementation) -> [UInt8] {
    var hasher = SHA256(implementation: implementation)
    hasher.update(bytes)
    return hasher.finalize()
}

@Test(
    arguments: sha256Implementations,
    [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        (
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
        ),
    ])
func sha256MatchesNISTVectors(implementation: HashImplementation, vector: (message: String, expected: String)) {
    #expect(hex(sha256(Array(vector.message.utf8), implementation)) == vector.expected)
}

@Test(arguments: sha256Implementations)
func sha256OfOneMillionAsMatchesNIST(implementation: HashImplementation) {
    #expect(
        hex(sha256([UInt8](repeating: 0x61, count: 1_000_000), implementation))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
}

/// NIST's 1,000-byte "SHA2_Additional" messages: many blocks and a two-block padding.
@Test(arguments: sha256Implementations)
func sha256OfMultiBlockMessagesMatchesNIST(implementation: HashImplementation) {
    #expect(
        hex(sha256([UInt8](repeating: 0x00, count: 1_000), implementation))
            == "541b3e9daa09b20bf85fa273e5cbd3e80185aa4ec298e765db87742b70138a53")
    #expect(
        hex(sha256([UInt8](repeating: 0x41, count: 1_000), implementation))
            == "c2e686823489ced2017f6059b8b239318b6364f6dcd835d0a519105a1eadd6e4")
    #expect(
        hex(sha256([UInt8](repeating: 0x55, count: 1_005), implementation))
            == "f4d62ddec0f3dd90ea1380fa16a5ff8dc4c54b21740650f24afc4120903552b0")
}

@Test(arguments: sha256Implementations, [1, 3, 55, 56, 63, 64, 65, 127, 1000])
func sha256IncrementalUpdatesMatchOneShot(implementation: HashImplementation, chunkSize: Int) {
    let message = (0..<1_500).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    var hasher = SHA256(implementation: implementation)
    var index = 0
    while index < message.count {
        let end = min(index + chunkSize, message.count)
        hasher.update(Array(message[index..<end]))
        index = end
    }
    #expect(hasher.finalize() == SHA256.hash(message))
}

/// RFC 3720 appendix B.4 CRC-32C examples, and the common "123456789" check value.
@Test(arguments: crc32cImplementations)
func crc32cMatchesRFC3720Vectors(implementation: HashImplementation) {
    #expect(crc32c([UInt8](repeating: 0, count: 32), implementation) == 0x8A91_36AA)
    #expect(crc32c([UInt8](repeating: 0xFF, count: 32), implementation) == 0x62A8_AB43)
    #expect(crc32c((0..<32).map { UInt8($0) }, implementation) == 0x46DD_794E)
    #expect(crc32c((0..<32).map { UInt8(31 - $0) }, implementation) == 0x113F_DB5C)
    #expect(crc32c(Array("123456789".utf8), implementation) == 0xE306_9283)
    #expect(crc32c([], implementation) == 0)
}

/// RFC 3720 B.4's iSCSI read command PDU (48 bytes).
@Test(arguments: crc32cImplementations)
func crc32cOfISCSIReadCommandMatchesRFC3720(implementation: HashImplementation) {
    let pdu: [UInt8] = [
        0x01, 0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x14, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x14, 0x00, 0x00, 0x00, 0x18,
        0x28, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    ]
    #expect(crc32c(pdu, implementation) == 0xD996_3A56)
}

@Test(arguments: 0..<20)
func crc32cSlicedMatchesBytewise(length: Int) {
    let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 97 &+ 13) }
    var reference: UInt32 = ~0
    for byte in bytes {
        reference ^= UInt32(byte)
        for _ in 0..<8 { reference = (reference & 1) != 0 ? (reference >> 1) ^ 0x82F6_3B78 : reference >> 1 }
    }
    #expect(CRC32C.checksum(bytes) == ~reference)
}
