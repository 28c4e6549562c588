import Testing

@testable import EventStore

private func hex(_ bytes: [UInt8]) -> String { hexString(bytes) }

/// NIST FIPS 180-4 example vectors (CSRC "SHA256.pdf", "SHA2_Additional.pdf").
@Test(arguments: [
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
func sha256MatchesNISTVectors(message: String, expected: String) {
    #expect(hex(SHA256.hash(Array(message.utf8))) == expected)
}

@Test func sha256OfOneMillionAsMatchesNIST() {
    #expect(
        hex(SHA256.hash([UInt8](repeating: 0x61, count: 1_000_000)))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
}

@Test(arguments: [1, 3, 55, 56, 63, 64, 65, 127, 1000])
func sha256IncrementalUpdatesMatchOneShot(chunkSize: Int) {
    let message = (0..<1_500).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    var hasher = SHA256()
    var index = 0
    while index < message.count {
        let end = min(index + chunkSize, message.count)
        hasher.update(Array(message[index..<end]))
        index = end
    }
    #expect(hasher.finalize() == SHA256.hash(message))
}

/// RFC 3720 appendix B.4 CRC-32C examples, and the common "123456789" check value.
@Test func crc32cMatchesRFC3720Vectors() {
    #expect(CRC32C.checksum([UInt8](repeating: 0, count: 32)) == 0x8A91_36AA)
    #expect(CRC32C.checksum([UInt8](repeating: 0xFF, count: 32)) == 0x62A8_AB43)
    #expect(CRC32C.checksum((0..<32).map { UInt8($0) }) == 0x46DD_794E)
    #expect(CRC32C.checksum((0..<32).map { UInt8(31 - $0) }) == 0x113F_DB5C)
    #expect(CRC32C.checksum(Array("123456789".utf8)) == 0xE306_9283)
    #expect(CRC32C.checksum([]) == 0)
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
