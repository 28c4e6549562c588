"""Checkpoints in C2SP signed-note / tlog-checkpoint form, and verifier keys (FORMAT.md, "Checkpoints and keys")."""

import base64
import binascii
import hashlib

import ed25519

NOTE_SIZE_MAX = 64 * 1024
SIGNATURE_PREFIX = "\u2014 "
ED25519_TYPE = b"\x01"


class FormatError(Exception):
    """A checkpoint or key file that does not follow FORMAT.md."""


def strict_base64(text: str) -> bytes:
    """Standard padded base64; refuses anything that is not the unique encoding of its bytes."""
    try:
        decoded = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError) as error:
        raise FormatError("not base64") from error
    if base64.b64encode(decoded).decode("ascii") != text:
        raise FormatError("not canonical base64")
    return decoded


def _valid_key_name(name: str) -> bool:
    return bool(name) and "+" not in name and not any(c.isspace() for c in name)


def key_id(name: str, public_key: bytes) -> bytes:
    return hashlib.sha256(name.encode("utf-8") + b"\n" + ED25519_TYPE + public_key).digest()[:4]


def parse_verifier_key(text: str):
    """'<name>+<8 hex>+<base64(0x01 || key)>' -> (name, key id, public key)."""
    parts = text.strip().split("+", 2)
    if len(parts) != 3 or not _valid_key_name(parts[0]):
        raise FormatError("verifier key is not '<name>+<key ID>+<base64 key>'")
    name, hex_id, encoded = parts
    if len(hex_id) != 8 or any(c not in "0123456789abcdef" for c in hex_id):
        raise FormatError("key ID is not 8 lowercase hex digits")
    material = strict_base64(encoded)
    if len(material) != 33 or material[:1] != ED25519_TYPE:
        raise FormatError("key is not the Ed25519 type byte and 32 bytes")
    if key_id(name, material[1:]) != bytes.fromhex(hex_id):
        raise FormatError("key ID does not match the key")
    return name, bytes.fromhex(hex_id), material[1:]


def parse_note(data: bytes):
    """-> (text, [(key name, key id, signature)])."""
    if len(data) > NOTE_SIZE_MAX:
        raise FormatError("note is larger than 64 KiB")
    try:
        whole = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise FormatError("note is not UTF-8") from error
    if any(ord(c) < 0x20 and c != "\n" for c in whole):
        raise FormatError("note contains a control character other than newline")
    blank = whole.rfind("\n\n")
    if not whole.endswith("\n") or blank < 0 or blank + 2 >= len(whole):
        raise FormatError("note has no blank line followed by signature lines")
    text = whole[: blank + 1]
    signatures = []
    for line in whole[blank + 2 : -1].split("\n"):
        if not line.startswith(SIGNATURE_PREFIX):
            raise FormatError("signature line does not start with an em dash and a space")
        fields = line[len(SIGNATURE_PREFIX) :].split(" ")
        if len(fields) != 2 or not _valid_key_name(fields[0]):
            raise FormatError("signature line is not '\u2014 <name> <base64>'")
        decoded = strict_base64(fields[1])
        if len(decoded) <= 4:
            raise FormatError("signature is too short")
        signatures.append((fields[0], decoded[:4], decoded[4:]))
    return text, signatures


def note_is_signed_by(text: str, signatures, name: str, kid: bytes, public_key: bytes) -> bool:
    """At least one signature line by (name, key id), and every such line verifies."""
    own = [signature for (n, i, signature) in signatures if n == name and i == kid]
    message = text.encode("utf-8")
    return bool(own) and all(ed25519.verify(public_key, message, signature) for signature in own)


def parse_checkpoint(text: str):
    """Note text -> (origin, tree size, root hash)."""
    lines = text.split("\n")[:-1]
    if len(lines) < 3 or any(not line for line in lines):
        raise FormatError("checkpoint needs origin, tree size and root hash lines, none empty")
    size_text = lines[1]
    if not size_text.isascii() or not size_text.isdigit() or str(int(size_text)) != size_text:
        raise FormatError("tree size is not a decimal number without leading zeros")
    if int(size_text) >= 2**64:
        raise FormatError("tree size does not fit 64 bits")
    root = strict_base64(lines[2])
    if len(root) != 32:
        raise FormatError("root hash is not 32 bytes")
    return lines[0], int(size_text), root
