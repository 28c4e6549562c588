/// Arithmetic modulo the order of the Ed25519 base point, L = 2^252 + 27742317777372353535851937790883648493
/// (RFC 8032 §5.1), on little-endian byte strings.
///
/// Written for clarity over speed: reduction is bit-serial (one conditional subtraction per input bit),
/// which costs a few microseconds per signature and is branch-free on the values.
enum Ed25519Scalar {
    /// L, little-endian.
    static let order: [UInt8] = [
        0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10,
    ]

    /// True when the 32-byte little-endian `scalar` is below L (RFC 8032 §5.1.7 step 1 requires S < L).
    static func isCanonical(_ scalar: ArraySlice<UInt8>) -> Bool {
        guard scalar.count == 32 else { return false }
        for index in (0..<32).reversed() {
            let byte = scalar[scalar.startIndex + index]
            if byte != order[index] { return byte < order[index] }
        }
        return false  // equal to L
    }

    /// `bytes` (little-endian, any length) reduced modulo L, as 32 little-endian bytes.
    static func reduced(_ bytes: [UInt8]) -> [UInt8] {
        let modulus = words(order)
        var remainder: [UInt64] = [0, 0, 0, 0]  // always < L < 2^253, so doubling it plus one fits
        for bitIndex in (0..<(8 * bytes.count)).reversed() {
            var carry = UInt64(bytes[bitIndex / 8] >> UInt8(bitIndex % 8) & 1)
            for index in 0..<4 {
                let shifted = remainder[index] << 1 | carry
                carry = remainder[index] >> 63
                remainder[index] = shifted
            }
            subtractModulusIfNotBelow(&remainder, modulus)
        }
        return remainder.flatMap { word in (0..<8).map { UInt8(truncatingIfNeeded: word >> UInt64(8 * $0)) } }
    }

    /// (a·b + c) mod L for 32-byte little-endian a, b and c: RFC 8032's S = (r + k·s) mod L.
    static func multiplyAdd(_ a: [UInt8], _ b: [UInt8], _ c: [UInt8]) -> [UInt8] {
        precondition(a.count == 32 && b.count == 32 && c.count == 32, "scalars are 32 bytes")
        let (aLimbs, bLimbs, cLimbs) = (limbs32(a), limbs32(b), limbs32(c))
        var product = [UInt32](repeating: 0, count: 17)
        for i in 0..<8 {
            var carry: UInt64 = 0
            for j in 0..<8 {
                let sum = UInt64(aLimbs[i]) * UInt64(bLimbs[j]) + UInt64(product[i + j]) + carry
                product[i + j] = UInt32(truncatingIfNeeded: sum)
                carry = sum >> 32
            }
            product[i + 8] = UInt32(truncatingIfNeeded: carry)
        }
        var carry: UInt64 = 0
        for index in 0..<17 {
            let sum = UInt64(product[index]) + (index < 8 ? UInt64(cLimbs[index]) : 0) + carry
            product[index] = UInt32(truncatingIfNeeded: sum)
            carry = sum >> 32
        }
        return reduced(product.flatMap { limb in (0..<4).map { UInt8(truncatingIfNeeded: limb >> UInt32(8 * $0)) } })
    }

    private static func words(_ bytes: [UInt8]) -> [UInt64] {
        var words = [UInt64](repeating: 0, count: 4)
        for index in 0..<32 {
            let shiftBits = UInt64(8 * (index % 8))
            words[index / 8] |= UInt64(bytes[index]) << shiftBits
        }
        return words
    }

    private static func limbs32(_ bytes: [UInt8]) -> [UInt32] {
        var limbs = [UInt32](repeating: 0, count: 8)
        for index in 0..<32 {
            let shiftBits = UInt32(8 * (index % 4))
            limbs[index / 4] |= UInt32(bytes[index]) << shiftBits
        }
        return limbs
    }

    /// value −= modulus when value ≥ modulus, choosing by mask rather than by branch.
    private static func subtractModulusIfNotBelow(_ value: inout [UInt64], _ modulus: [UInt64]) {
        var difference: [UInt64] = [0, 0, 0, 0]
        var borrow: UInt64 = 0
        for index in 0..<4 {
            let (partial, overflowA) = value[index].subtractingReportingOverflow(modulus[index])
            let (result, overflowB) = partial.subtractingReportingOverflow(borrow)
            difference[index] = result
            borrow = (overflowA || overflowB) ? 1 : 0
        }
        let keepDifference = borrow &- 1  // all ones when no borrow: value ≥ modulus
        for index in 0..<4 { value[index] = (difference[index] & keepDifference) | (value[index] & ~keepDifference) }
    }
}
