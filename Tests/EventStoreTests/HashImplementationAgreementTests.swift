import Integrity
import SeededRandom
import Testing

/// The hardware SHA-256 and CRC-32C against the portable Swift on seeded random input: every length
/// 0...300, large buffers, unaligned starts and random splits into `update` calls. Skipped (not passed
/// vacuously) on a CPU without the instructions.
@Suite struct HashImplementationAgreementTests {
    private static let hardwareSHA256 = SHA256.availableImplementations.contains(.hardware)
    private static let hardwareCRC32C = CRC32C.availableImplementations.contains(.hardware)

    private func randomBytes(count: Int, random: inout SplitMix64) -> [UInt8] {
        (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }
    }

    private func sha256(_ bytes: UnsafeRawBufferPointer, _ implementation: HashImplementation) -> [UInt8] {
        var hasher = SHA256(implementation: implementation)
        hasher.update(bufferPointer: bytes)
        return hasher.finalize()
    }

    private func crc32c(_ bytes: UnsafeRawBufferPointer, _ implementation: HashImplementation) -> UInt32 {
        CRC32C.update(~0, bufferPointer: bytes, implementation: implementation)
    }

    /// `bytes` cut at random points into update calls of `implementation`.
    private func sha256InRandomChunks(
        _ bytes: [UInt8], _ implementation: HashImplementation, random: inout SplitMix64
    ) -> [UInt8] {
        var hasher = SHA256(implementation: implementation)
        var index = 0
        while index < bytes.count {
            let end = min(bytes.count, index + random.next(below: 200))
            bytes[index..<end].withUnsafeBytes { hasher.update(bufferPointer: $0) }
            index = end
        }
        return hasher.finalize()
    }

    @Test(.enabled(if: hardwareSHA256))
    func hardwareSHA256AgreesWithPortableOnEveryLengthUpTo300() {
        var random = SplitMix64(seed: 12)
        for count in 0...300 {
            let bytes = randomBytes(count: count, random: &random)
            bytes.withUnsafeBytes { buffer in
                #expect(sha256(buffer, .hardware) == sha256(buffer, .portable), "length \(count)")
            }
        }
    }

    @Test(.enabled(if: hardwareSHA256))
    func hardwareSHA256AgreesWithPortableOnLargeUnalignedAndChunkedInput() {
        var random = SplitMix64(seed: 13)
        let bytes = randomBytes(count: 3 << 20, random: &random)
        for start in 0..<8 {
            let slice = bytes[start..<(bytes.count - 5)]
            slice.withUnsafeBytes { buffer in
                #expect(sha256(buffer, .hardware) == sha256(buffer, .portable), "start \(start)")
            }
        }
        let message = Array(bytes[3..<100_003])
        let whole = message.withUnsafeBytes { sha256($0, .portable) }
        #expect(sha256InRandomChunks(message, .hardware, random: &random) == whole)
        #expect(sha256InRandomChunks(message, .portable, random: &random) == whole)
    }

    @Test(.enabled(if: hardwareCRC32C))
    func hardwareCRC32CAgreesWithPortableOnEveryLengthAndStart() {
        var random = SplitMix64(seed: 14)
        let bytes = randomBytes(count: 320, random: &random)
        bytes.withUnsafeBytes { all in
            for start in 0..<8 {
                for count in 0...300 {
                    let buffer = UnsafeRawBufferPointer(rebasing: all[start..<(start + count)])
                    #expect(crc32c(buffer, .hardware) == crc32c(buffer, .portable), "start \(start), length \(count)")
                }
            }
        }
    }

    /// Long buffers take the three-lane path (12 KiB blocks) joined by `shift`; odd sizes and starts
    /// cover the head and tail around it.
    @Test(.enabled(if: hardwareCRC32C))
    func hardwareCRC32CAgreesWithPortableOnLargeBuffersAndChunks() {
        var random = SplitMix64(seed: 15)
        let bytes = randomBytes(count: 1 << 20, random: &random)
        bytes.withUnsafeBytes { all in
            for (start, count) in [(0, 12_288), (1, 12_288), (3, 36_865), (5, 1_000_000), (0, 1 << 20)] {
                let buffer = UnsafeRawBufferPointer(rebasing: all[start..<(start + count)])
                #expect(crc32c(buffer, .hardware) == crc32c(buffer, .portable), "start \(start), length \(count)")
            }
            var crc: UInt32 = ~0
            var index = 0
            while index < all.count {
                let end = min(all.count, index + random.next(below: 40_000))
                crc = CRC32C.update(
                    crc, bufferPointer: UnsafeRawBufferPointer(rebasing: all[index..<end]), implementation: .hardware)
                index = end
            }
            #expect(crc == crc32c(all, .portable))
        }
    }

    /// The join used by the three-lane path: CRC(A ‖ B) from CRC(A) and B's CRC started at zero.
    @Test func crcShiftJoinsTheChecksumsOfAdjacentBuffers() {
        var random = SplitMix64(seed: 16)
        for count in [0, 1, 7, 8, 100, 4_096, 5_000, 70_001] {
            let first = randomBytes(count: 1 + random.next(below: 300), random: &random)
            let second = randomBytes(count: count, random: &random)
            let whole = (first + second).withUnsafeBytes { crc32c($0, .portable) }
            let head = first.withUnsafeBytes { crc32c($0, .portable) }
            let tail = second.withUnsafeBytes { CRC32C.update(0, bufferPointer: $0, implementation: .portable) }
            #expect(CRC32C.shift(head, byByteCount: count) ^ tail == whole, "length \(count)")
        }
    }

    @Test func portableIsAlwaysAvailable() {
        #expect(SHA256.availableImplementations.first == .portable)
        #expect(CRC32C.availableImplementations.first == .portable)
        #expect(SHA256.availableImplementations.contains(SHA256.defaultImplementation))
        #expect(CRC32C.availableImplementations.contains(CRC32C.defaultImplementation))
    }
}
