/// An element of the field GF(2^255 − 19) that Ed25519 works in (RFC 8032 §5.1), in five 51-bit limbs.
///
/// The value is `l0 + l1·2^51 + l2·2^102 + l3·2^153 + l4·2^204`. Every operation returns limbs below
/// 2^52 ("weakly reduced"); only `bytes` reduces fully, so equality is decided on the encoding.
/// Arithmetic is branch-free on the values, so secret inputs do not steer control flow.
struct Ed25519FieldElement: Sendable {
    var l0: UInt64
    var l1: UInt64
    var l2: UInt64
    var l3: UInt64
    var l4: UInt64

    static let limbMask: UInt64 = (1 << 51) - 1
    static let zero = Ed25519FieldElement(l0: 0, l1: 0, l2: 0, l3: 0, l4: 0)
    static let one = Ed25519FieldElement(l0: 1, l1: 0, l2: 0, l3: 0, l4: 0)

    init(l0: UInt64, l1: UInt64, l2: UInt64, l3: UInt64, l4: UInt64) {
        (self.l0, self.l1, self.l2, self.l3, self.l4) = (l0, l1, l2, l3, l4)
    }

    /// A small constant.
    init(_ value: UInt64) {
        precondition(value <= Self.limbMask, "small field constants fit one limb")
        self.init(l0: value, l1: 0, l2: 0, l3: 0, l4: 0)
    }

    /// Decodes 32 little-endian bytes, ignoring the top bit (bit 255), as RFC 8032 §5.1.3 step 1 does.
    /// The result may be ≥ p when the encoding is not canonical; `bytes` of it then differs from the input.
    ///
    /// - Precondition: `bytes` holds 32 bytes.
    init(bytes: ArraySlice<UInt8>) {
        precondition(bytes.count == 32, "a field element is encoded in 32 bytes")
        func word(_ index: Int) -> UInt64 {
            var value: UInt64 = 0
            for offset in (0..<8).reversed() {
                value = value << 8 | UInt64(bytes[bytes.startIndex + 8 * index + offset])
            }
            return value
        }
        let (w0, w1, w2, w3) = (word(0), word(1), word(2), word(3))
        self.init(
            l0: w0 & Self.limbMask, l1: (w0 >> 51 | w1 << 13) & Self.limbMask,
            l2: (w1 >> 38 | w2 << 26) & Self.limbMask,
            l3: (w2 >> 25 | w3 << 39) & Self.limbMask, l4: (w3 >> 12) & Self.limbMask)
    }

    /// The canonical 32-byte little-endian encoding of the value reduced below p (bit 255 clear).
    var bytes: [UInt8] {
        var value = carried()
        // q = 1 exactly when value ≥ p, found by propagating the carry of value + 19 through every limb.
        var q = (value.l0 &+ 19) >> 51
        q = (value.l1 &+ q) >> 51
        q = (value.l2 &+ q) >> 51
        q = (value.l3 &+ q) >> 51
        q = (value.l4 &+ q) >> 51
        value.l0 &+= 19 &* q
        value.l1 &+= value.l0 >> 51
        value.l0 &= Self.limbMask
        value.l2 &+= value.l1 >> 51
        value.l1 &= Self.limbMask
        value.l3 &+= value.l2 >> 51
        value.l2 &= Self.limbMask
        value.l4 &+= value.l3 >> 51
        value.l3 &= Self.limbMask
        value.l4 &= Self.limbMask  // drops 2^255, leaving value − p
        let words = [
            value.l0 | value.l1 << 51, value.l1 >> 13 | value.l2 << 38, value.l2 >> 26 | value.l3 << 25,
            value.l3 >> 39 | value.l4 << 12,
        ]
        var encoded: [UInt8] = []
        encoded.reserveCapacity(32)
        for word in words {
            for shift in stride(from: 0, to: 64, by: 8) {
                encoded.append(UInt8(truncatingIfNeeded: word >> UInt64(shift)))
            }
        }
        return encoded
    }

    /// True when the reduced value is odd: the "negative" x of RFC 8032's point encoding.
    var isNegative: Bool { bytes[0] & 1 == 1 }

    /// True when the reduced value is 0.
    var isZero: Bool { bytes.allSatisfy { $0 == 0 } }

    /// True when both reduce to the same value.
    func isEqual(to other: Ed25519FieldElement) -> Bool { bytes == other.bytes }

    static func + (a: Ed25519FieldElement, b: Ed25519FieldElement) -> Ed25519FieldElement {
        Ed25519FieldElement(l0: a.l0 &+ b.l0, l1: a.l1 &+ b.l1, l2: a.l2 &+ b.l2, l3: a.l3 &+ b.l3, l4: a.l4 &+ b.l4)
            .carried()
    }

    /// a − b, computed as a + 4p − b so that no limb underflows (b's limbs are below 2^52 < 4p's).
    static func - (a: Ed25519FieldElement, b: Ed25519FieldElement) -> Ed25519FieldElement {
        let fourPLow: UInt64 = (1 << 53) - 76
        let fourPHigh: UInt64 = (1 << 53) - 4
        return Ed25519FieldElement(
            l0: a.l0 &+ fourPLow &- b.l0, l1: a.l1 &+ fourPHigh &- b.l1, l2: a.l2 &+ fourPHigh &- b.l2,
            l3: a.l3 &+ fourPHigh &- b.l3, l4: a.l4 &+ fourPHigh &- b.l4
        ).carried()
    }

    static prefix func - (a: Ed25519FieldElement) -> Ed25519FieldElement { zero - a }

    /// Schoolbook product with the wrap-around 2^255 ≡ 19 folded into the upper limbs of `b`.
    static func * (a: Ed25519FieldElement, b: Ed25519FieldElement) -> Ed25519FieldElement {
        let (b1x19, b2x19, b3x19, b4x19) = (b.l1 &* 19, b.l2 &* 19, b.l3 &* 19, b.l4 &* 19)
        var r0 = WideSum(a.l0, b.l0)
        r0.add(a.l1, b4x19)
        r0.add(a.l2, b3x19)
        r0.add(a.l3, b2x19)
        r0.add(a.l4, b1x19)
        var r1 = WideSum(a.l0, b.l1)
        r1.add(a.l1, b.l0)
        r1.add(a.l2, b4x19)
        r1.add(a.l3, b3x19)
        r1.add(a.l4, b2x19)
        var r2 = WideSum(a.l0, b.l2)
        r2.add(a.l1, b.l1)
        r2.add(a.l2, b.l0)
        r2.add(a.l3, b4x19)
        r2.add(a.l4, b3x19)
        var r3 = WideSum(a.l0, b.l3)
        r3.add(a.l1, b.l2)
        r3.add(a.l2, b.l1)
        r3.add(a.l3, b.l0)
        r3.add(a.l4, b4x19)
        var r4 = WideSum(a.l0, b.l4)
        r4.add(a.l1, b.l3)
        r4.add(a.l2, b.l2)
        r4.add(a.l3, b.l1)
        r4.add(a.l4, b.l0)
        return Ed25519FieldElement(
            l0: r0.lowLimb &+ 19 &* r4.carry, l1: r1.lowLimb &+ r0.carry, l2: r2.lowLimb &+ r1.carry,
            l3: r3.lowLimb &+ r2.carry, l4: r4.lowLimb &+ r3.carry
        ).carried()
    }

    /// The square.
    var squared: Ed25519FieldElement { self * self }

    /// The value squared `count` times: self^(2^count).
    func squared(times count: Int) -> Ed25519FieldElement {
        var result = self
        for _ in 0..<count { result = result * result }
        return result
    }

    /// The multiplicative inverse, self^(p − 2) (0 for 0).
    var inverse: Ed25519FieldElement {
        let (power250, power11) = powerTwo250MinusOne()
        return power250.squared(times: 5) * power11  // 2^255 − 32 + 11 = p − 2
    }

    /// self^((p − 5) / 8) = self^(2^252 − 3), the exponent of RFC 8032's square-root candidate.
    var powerPMinus5Over8: Ed25519FieldElement {
        powerTwo250MinusOne().power250.squared(times: 2) * self
    }

    /// `a` where `condition` is 1, `b` where it is 0, without branching on it.
    static func select(_ a: Ed25519FieldElement, _ b: Ed25519FieldElement, condition: UInt64) -> Ed25519FieldElement {
        let mask = 0 &- condition
        return Ed25519FieldElement(
            l0: (a.l0 & mask) | (b.l0 & ~mask), l1: (a.l1 & mask) | (b.l1 & ~mask), l2: (a.l2 & mask) | (b.l2 & ~mask),
            l3: (a.l3 & mask) | (b.l3 & ~mask), l4: (a.l4 & mask) | (b.l4 & ~mask))
    }

    /// The addition chain shared by `inverse` and `powerPMinus5Over8`: self^(2^250 − 1) and self^11.
    private func powerTwo250MinusOne() -> (power250: Ed25519FieldElement, power11: Ed25519FieldElement) {
        let power2 = squared
        let power9 = power2.squared(times: 2) * self
        let power11 = power9 * power2
        let power5 = power11.squared * power9  // 2^5 − 1
        let power10 = power5.squared(times: 5) * power5  // 2^10 − 1
        let power20 = power10.squared(times: 10) * power10
        let power40 = power20.squared(times: 20) * power20
        let power50 = power40.squared(times: 10) * power10
        let power100 = power50.squared(times: 50) * power50
        let power200 = power100.squared(times: 100) * power100
        let power250 = power200.squared(times: 50) * power50
        return (power250, power11)
    }

    /// Moves each limb's bits above 51 into the next limb (the top limb's times 19 into the first).
    private func carried() -> Ed25519FieldElement {
        var result = self
        result.l1 &+= result.l0 >> 51
        result.l0 &= Self.limbMask
        result.l2 &+= result.l1 >> 51
        result.l1 &= Self.limbMask
        result.l3 &+= result.l2 >> 51
        result.l2 &= Self.limbMask
        result.l4 &+= result.l3 >> 51
        result.l3 &= Self.limbMask
        result.l0 &+= 19 &* (result.l4 >> 51)
        result.l4 &= Self.limbMask
        return result
    }
}

/// A 128-bit sum of 64 × 64-bit products, for the field multiplication (portable: no `UInt128`).
private struct WideSum {
    var high: UInt64
    var low: UInt64

    init(_ a: UInt64, _ b: UInt64) { (high, low) = a.multipliedFullWidth(by: b) }

    mutating func add(_ a: UInt64, _ b: UInt64) {
        let product = a.multipliedFullWidth(by: b)
        let (sum, overflow) = low.addingReportingOverflow(product.low)
        low = sum
        high = high &+ product.high &+ (overflow ? 1 : 0)
    }

    /// The low 51 bits.
    var lowLimb: UInt64 { low & Ed25519FieldElement.limbMask }
    /// The bits from 51 up (below 2^64 for the products the field multiplication forms).
    var carry: UInt64 { low >> 51 | high << 13 }
}
