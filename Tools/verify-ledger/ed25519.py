"""Ed25519 signature verification (RFC 8032 §5.1.7), pure Python; signing is included for the self-test."""

import hashlib

P = 2**255 - 19
L = 2**252 + 27742317777372353535851937790883648493
D = -121665 * pow(121666, P - 2, P) % P
SQRT_M1 = pow(2, (P - 1) // 4, P)


def _add(p, q):
    a = (p[1] - p[0]) * (q[1] - q[0]) % P
    b = (p[1] + p[0]) * (q[1] + q[0]) % P
    c = 2 * p[3] * q[3] * D % P
    d = 2 * p[2] * q[2] % P
    e, f, g, h = b - a, d - c, d + c, b + a
    return (e * f % P, g * h % P, f * g % P, e * h % P)


def _multiply(scalar: int, point):
    result = (0, 1, 1, 0)
    while scalar:
        if scalar & 1:
            result = _add(result, point)
        point = _add(point, point)
        scalar >>= 1
    return result


def _encode(point) -> bytes:
    z_inverse = pow(point[2], P - 2, P)
    x, y = point[0] * z_inverse % P, point[1] * z_inverse % P
    return (y | (x & 1) << 255).to_bytes(32, "little")


def _decode(encoding: bytes):
    """RFC 8032 §5.1.3; None if not a canonical point encoding."""
    if len(encoding) != 32:
        return None
    y = int.from_bytes(encoding, "little")
    sign = y >> 255
    y &= (1 << 255) - 1
    if y >= P:
        return None
    u, v = (y * y - 1) % P, (D * y * y + 1) % P
    x = u * pow(v, 3, P) * pow(u * pow(v, 7, P), (P - 5) // 8, P) % P
    if v * x * x % P == (-u) % P:
        x = x * SQRT_M1 % P
    elif v * x * x % P != u:
        return None
    if x == 0 and sign:
        return None
    if x & 1 != sign:
        x = P - x
    return (x, y, 1, x * y % P)


BASE = _decode((4 * pow(5, P - 2, P) % P).to_bytes(32, "little"))


def _hash_int(data: bytes) -> int:
    return int.from_bytes(hashlib.sha512(data).digest(), "little")


def public_key(seed: bytes) -> bytes:
    digest = hashlib.sha512(seed).digest()
    scalar = int.from_bytes(digest[:32], "little") & ((1 << 254) - 8) | (1 << 254)
    return _encode(_multiply(scalar, BASE))


def sign(seed: bytes, message: bytes) -> bytes:
    digest = hashlib.sha512(seed).digest()
    scalar = int.from_bytes(digest[:32], "little") & ((1 << 254) - 8) | (1 << 254)
    key = _encode(_multiply(scalar, BASE))
    nonce = _hash_int(digest[32:] + message) % L
    commitment = _encode(_multiply(nonce, BASE))
    challenge = _hash_int(commitment + key + message) % L
    return commitment + ((nonce + challenge * scalar) % L).to_bytes(32, "little")


def verify(key: bytes, message: bytes, signature: bytes) -> bool:
    """True if signature is valid: S < L, A and R decode, and encode([S]B - [k]A) == R."""
    if len(signature) != 64:
        return False
    point = _decode(key)
    s = int.from_bytes(signature[32:], "little")
    if point is None or s >= L or _decode(signature[:32]) is None:
        return False
    k = _hash_int(signature[:32] + key + message) % L
    negated = ((P - point[0]) % P, point[1], point[2], (P - point[3]) % P)
    return _encode(_add(_multiply(s, BASE), _multiply(k, negated))) == signature[:32]
