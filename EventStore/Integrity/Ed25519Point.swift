/// A point of the twisted Edwards curve edwards25519, −x² + y² = 1 + d·x²·y² (RFC 8032 §5.1), in extended
/// coordinates (X : Y : Z : T) with x = X/Z, y = Y/Z and x·y = T/Z.
///
/// Addition and doubling are the formulas RFC 8032 §5.1.4 gives ("add-2008-hwcd-3", "dbl-2008-hwcd"
/// with a = −1); both are complete on this curve, so no input needs a special case.
struct Ed25519Point: Sendable {
    typealias Field = Ed25519FieldElement

    var x: Field
    var y: Field
    var z: Field
    var t: Field

    /// The neutral element (0, 1).
    static let identity = Ed25519Point(x: .zero, y: .one, z: .one, t: .zero)

    /// d = −121665 / 121666.
    static let d: Field = -(Field(121_665) * Field(121_666).inverse)
    static let twoD: Field = d + d
    /// A square root of −1: 2^((p − 1) / 4).
    static let squareRootOfMinusOne: Field = Field(2).powerPMinus1Over4

    /// The base point B: y = 4/5, x even (RFC 8032 §5.1).
    static let base: Ed25519Point = {
        let y = Field(4) * Field(5).inverse
        guard let point = Ed25519Point(encoding: y.bytes[...]) else { preconditionFailure("B decodes") }
        return point
    }()

    init(x: Field, y: Field, z: Field, t: Field) {
        (self.x, self.y, self.z, self.t) = (x, y, z, t)
    }

    /// Decodes a 32-byte point encoding by RFC 8032 §5.1.3; nil if it is not the encoding of a curve point,
    /// including a y coordinate ≥ p (non-canonical) and "negative zero" x.
    init?(encoding: ArraySlice<UInt8>) {
        guard encoding.count == 32 else { return nil }
        let signBit = encoding[encoding.startIndex + 31] >> 7
        var yBytes = Array(encoding)
        yBytes[31] &= 0x7f
        let y = Field(bytes: yBytes[...])
        guard y.bytes == yBytes else { return nil }  // y ≥ p
        let ySquared = y.squared
        let u = ySquared - .one
        let v = Self.d * ySquared + .one
        let vCubed = v.squared * v
        var x = u * vCubed * (u * vCubed.squared * v).powerPMinus5Over8
        let vxSquared = v * x.squared
        if vxSquared.isEqual(to: -u) {
            x = x * Self.squareRootOfMinusOne
        } else if !vxSquared.isEqual(to: u) {
            return nil
        }
        if x.isZero && signBit == 1 { return nil }
        if (x.isNegative ? 1 : 0) != signBit { x = -x }
        self.init(x: x, y: y, z: .one, t: x * y)
    }

    /// The 32-byte encoding: y little-endian with the parity of x in bit 255 (RFC 8032 §5.1.2).
    var encoding: [UInt8] {
        let zInverse = z.inverse
        var encoded = (y * zInverse).bytes
        encoded[31] |= ((x * zInverse).isNegative ? 1 : 0) << 7
        return encoded
    }

    static func + (p: Ed25519Point, q: Ed25519Point) -> Ed25519Point {
        let a = (p.y - p.x) * (q.y - q.x)
        let b = (p.y + p.x) * (q.y + q.x)
        let c = p.t * twoD * q.t
        let zProduct = p.z * q.z
        let d = zProduct + zProduct
        let (e, f, g, h) = (b - a, d - c, d + c, b + a)
        return Ed25519Point(x: e * f, y: g * h, z: f * g, t: e * h)
    }

    static prefix func - (p: Ed25519Point) -> Ed25519Point {
        Ed25519Point(x: -p.x, y: p.y, z: p.z, t: -p.t)
    }

    /// 2·self.
    var doubled: Ed25519Point {
        let a = x.squared
        let b = y.squared
        let zSquared = z.squared
        let c = zSquared + zSquared
        let h = a + b
        let e = h - (x + y).squared
        let g = a - b
        let f = c + g
        return Ed25519Point(x: e * f, y: g * h, z: f * g, t: e * h)
    }

    /// [scalar]·self for a 32-byte little-endian scalar, by double-and-add-always with a branch-free
    /// select, so a secret scalar does not steer control flow or memory access.
    func multiplied(byScalar scalar: [UInt8]) -> Ed25519Point {
        precondition(scalar.count == 32, "scalars are 32 bytes")
        var result = Ed25519Point.identity
        for bitIndex in (0..<256).reversed() {
            result = result.doubled
            let sum = result + self
            let bit = UInt64(scalar[bitIndex / 8] >> UInt8(bitIndex % 8) & 1)
            result = Ed25519Point.select(sum, result, condition: bit)
        }
        return result
    }

    /// [a]·self + [b]·other for public scalars (verification), by interleaved double-and-add.
    func multiplied(byScalar a: [UInt8], plus other: Ed25519Point, times b: [UInt8]) -> Ed25519Point {
        precondition(a.count == 32 && b.count == 32, "scalars are 32 bytes")
        let both = self + other
        var result = Ed25519Point.identity
        for bitIndex in (0..<256).reversed() {
            result = result.doubled
            let bitA = a[bitIndex / 8] >> UInt8(bitIndex % 8) & 1
            let bitB = b[bitIndex / 8] >> UInt8(bitIndex % 8) & 1
            switch (bitA, bitB) {
            case (1, 1): result = result + both
            case (1, _): result = result + self
            case (_, 1): result = result + other
            default: break
            }
        }
        return result
    }

    private static func select(_ a: Ed25519Point, _ b: Ed25519Point, condition: UInt64) -> Ed25519Point {
        Ed25519Point(
            x: .select(a.x, b.x, condition: condition), y: .select(a.y, b.y, condition: condition),
            z: .select(a.z, b.z, condition: condition), t: .select(a.t, b.t, condition: condition))
    }
}

extension Ed25519FieldElement {
    /// self^((p − 1) / 4) = self^(2^253 − 5); for 2 it is a square root of −1.
    var powerPMinus1Over4: Ed25519FieldElement {
        // 2^253 − 5 = 4·(2^251 − 2) + 3 = (2^252 − 3)·2 + 1; powerPMinus5Over8 is self^(2^252 − 3).
        powerPMinus5Over8.squared * self
    }
}
