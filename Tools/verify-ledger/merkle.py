"""RFC 9162 Merkle Tree Hash over SHA-256, inclusion and consistency proofs (FORMAT.md, "Merkle tree")."""

import hashlib

EMPTY_ROOT = hashlib.sha256(b"").digest()


def leaf_hash(leaf: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + leaf).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def _split(size: int) -> int:
    """The largest power of two less than size (size >= 2)."""
    return 1 << ((size - 1).bit_length() - 1)


def root(leaf_hashes: list) -> bytes:
    """MTH(D[n]) of the given leaf hashes (RFC 9162 §2.1.1)."""
    if not leaf_hashes:
        return EMPTY_ROOT
    if len(leaf_hashes) == 1:
        return leaf_hashes[0]
    k = _split(len(leaf_hashes))
    return node_hash(root(leaf_hashes[:k]), root(leaf_hashes[k:]))


def inclusion_proof(index: int, leaf_hashes: list) -> list:
    """PATH(m, D[n]) (RFC 9162 §2.1.3.1)."""
    if len(leaf_hashes) <= 1:
        return []
    k = _split(len(leaf_hashes))
    if index < k:
        return inclusion_proof(index, leaf_hashes[:k]) + [root(leaf_hashes[k:])]
    return inclusion_proof(index - k, leaf_hashes[k:]) + [root(leaf_hashes[:k])]


def consistency_proof(old_size: int, leaf_hashes: list) -> list:
    """PROOF(m, D[n]) (RFC 9162 §2.1.4.1); empty for m = 0 or m = n."""
    if old_size == 0 or old_size == len(leaf_hashes):
        return []
    return _subproof(old_size, leaf_hashes, True)


def _subproof(m: int, leaves: list, whole_old_tree: bool) -> list:
    if m == len(leaves):
        return [] if whole_old_tree else [root(leaves)]
    k = _split(len(leaves))
    if m <= k:
        return _subproof(m, leaves[:k], whole_old_tree) + [root(leaves[k:])]
    return _subproof(m - k, leaves[k:], False) + [root(leaves[:k])]


def verify_inclusion(leaf: bytes, index: int, size: int, proof: list, expected_root: bytes) -> bool:
    """RFC 9162 §2.1.3.2."""
    if not 0 <= index < size:
        return False
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == expected_root


def verify_consistency(old_size: int, new_size: int, old_root: bytes, new_root: bytes, proof: list) -> bool:
    """RFC 9162 §2.1.4.2, with the conventions for m = n and m = 0 that FORMAT.md states."""
    if not 0 <= old_size <= new_size:
        return False
    if old_size == new_size:
        return not proof and old_root == new_root
    if old_size == 0:
        return not proof and old_root == EMPTY_ROOT
    if not proof:
        return False
    path = [old_root] + proof if old_size & (old_size - 1) == 0 else list(proof)
    fn, sn = old_size - 1, new_size - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    return sn == 0 and fr == old_root and sr == new_root
