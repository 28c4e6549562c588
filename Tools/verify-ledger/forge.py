#!/usr/bin/env python3
"""forge.py: the attacker the signed checkpoints are for, used by the tests. Someone with write access to a
closed ledger's files who knows FORMAT.md rewrites history and recomputes every hash, so plain verification
passes; only a consistency proof against an earlier signed checkpoint shows the change.

  forge.py rewrite DIR --from K   flip the first payload byte of record K and recompute, from K on, every
                                  payload hash, chain hash, CRC, segment header, footer and MANIFEST entry
  forge.py truncate DIR --at K    cut the log just before record K (which must be in the last segment)
  forge.py unseal DIR --next none|header [--head]
                                  not an attack: the state of a seal interrupted before its MANIFEST write
                                  (the last sealed segment leaves the MANIFEST, the next file is removed or
                                  cut to its header), with the HEAD the writer last wrote if --head
  forge.py erase DIR --at K [--leave-byte] [--keep-version]
                                  not an attack: erase record K's payload as a redaction does, written from
                                  FORMAT.md ("Erased payloads") alone; --leave-byte leaves one payload byte
                                  non-zero, --keep-version leaves the segment at format version 1 (both damage)

All but erase delete HEAD, INDEX and INDEX-TAIL (they name the old chain head), as an attacker would.
"""

import argparse
import hashlib
import os
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import ledger  # noqa: E402
from crc32c import crc32c  # noqa: E402


def _frames(data, end):
    """Yields (offset, frame size) of each record frame of a segment's bytes."""
    offset = ledger.HEADER_SIZE
    while offset < end:
        size = struct.unpack_from("<I", data, offset)[0] + ledger.FRAME_HEADER_SIZE
        yield offset, size
        offset += size


def _rechain(frame, previous, flip_payload):
    """The frame re-chained onto `previous`, its payload's first byte flipped if asked. -> (frame, chain)."""
    body = bytearray(frame[12:])
    s, t, i = struct.unpack_from("<HHH", body, 28)
    m, p = struct.unpack_from("<II", body, 36)
    header_end = ledger.BODY_FIXED_SIZE + s + t + i + m
    payload_start = header_end + 32
    if flip_payload:
        body[payload_start] ^= 0x01
    body[header_end:payload_start] = hashlib.sha256(body[payload_start : payload_start + p]).digest()
    chain = hashlib.sha256(ledger.CHAIN_PREFIX + previous + frame[4:5] + bytes(body[:header_end]) + bytes(body[header_end:payload_start])).digest()
    body[payload_start + p :] = chain
    rebuilt = bytearray(frame[:12]) + body
    struct.pack_into("<I", rebuilt, 8, crc32c(bytes(rebuilt[:8] + rebuilt[12:])))
    return bytes(rebuilt), chain


def rewrite(directory, first):
    entries = ledger.read_manifest(directory)
    manifest = bytearray(open(os.path.join(directory, "MANIFEST"), "rb").read())
    chain, position = ledger.GENESIS, 0
    for index, path in enumerate(ledger.segment_paths(directory)):
        data = bytearray(open(path, "rb").read())
        sealed = index < len(entries)
        end = len(data) - ledger.FOOTER_SIZE if sealed else len(data)
        data[24:56] = chain
        struct.pack_into("<I", data, 56, crc32c(bytes(data[:56])))
        for offset, size in _frames(data, end):
            frame = bytes(data[offset : offset + size])
            if position >= first:
                frame, _ = _rechain(frame, chain, flip_payload=position == first)
                data[offset : offset + size] = frame
            chain = frame[-32:]
            position += 1
        if sealed:
            data[end + 24 : end + 56] = chain
            struct.pack_into("<I", data, end + 56, crc32c(bytes(data[end : end + 56])))
            manifest[16 + 56 * index + 24 : 16 + 56 * index + 56] = chain
        open(path, "wb").write(data)
    struct.pack_into("<I", manifest, len(manifest) - 4, crc32c(bytes(manifest[:-4])))
    open(os.path.join(directory, "MANIFEST"), "wb").write(manifest)
    if first >= position:
        sys.exit(f"forge.py: the ledger has only {position} records")


def truncate(directory, at):
    entries = ledger.read_manifest(directory)
    tail = ledger.segment_paths(directory)[-1]
    data = open(tail, "rb").read()
    position = sum(entry[2] for entry in entries)
    for offset, _ in _frames(data, len(data)):
        if position == at:
            os.truncate(tail, offset)
            return
        position += 1
    sys.exit(f"forge.py: record {at} is not in the last segment")


def unseal(directory, next_segment, write_head):
    """Leaves the state of a seal interrupted before its MANIFEST write (FORMAT.md, "Sealing"): the last sealed
    segment keeps its footer but leaves the MANIFEST, and the segment after it is removed (crash after step a)
    or cut to its header (crash after step b). Records after that seal are lost, as if never written."""
    entries = ledger.read_manifest(directory)
    if not entries:
        sys.exit("forge.py: the ledger has no sealed segment")
    count = len(entries) - 1
    data = open(os.path.join(directory, "MANIFEST"), "rb").read()
    manifest = bytearray(data[:16 + 56 * count])
    struct.pack_into("<I", manifest, 12, count)
    manifest += struct.pack("<I", crc32c(bytes(manifest)))
    open(os.path.join(directory, "MANIFEST"), "wb").write(manifest)
    paths = ledger.segment_paths(directory)
    for path in paths[count + 2:]:
        os.remove(path)
    if next_segment == "none":
        os.remove(paths[count + 1])
    else:
        os.truncate(paths[count + 1], ledger.HEADER_SIZE)
    if write_head:  # what the writer last wrote: the records of the segment just sealed, before its footer
        entry = entries[-1]
        size = os.path.getsize(paths[count])
        head = bytearray(b"CLEDGHED" + struct.pack("<QII", entry[1] + entry[2], count, 0))
        head += struct.pack("<Q", size - ledger.FOOTER_SIZE) + entry[3]
        head += struct.pack("<II", crc32c(bytes(head)), 0)
        open(os.path.join(directory, "HEAD"), "wb").write(head)


def erase(directory, at, leave_byte, keep_version):
    """Erases record `at`'s payload in place: zero-filled (but its last byte with --leave-byte), frame flags bit 0
    set, frame CRC recomputed, segment header at version 2 (unless --keep-version) with its CRC recomputed."""
    entries = ledger.read_manifest(directory)
    position = 0
    for index, path in enumerate(ledger.segment_paths(directory)):
        data = bytearray(open(path, "rb").read())
        end = len(data) - ledger.FOOTER_SIZE if index < len(entries) else len(data)
        for offset, size in _frames(data, end):
            if position == at:
                frame = data[offset : offset + size]
                p = struct.unpack_from("<I", frame, 12 + 40)[0]
                payload_end = size - 32
                frame[payload_end - p : payload_end] = bytes(p)
                if leave_byte:
                    frame[payload_end - 1] = 0x41
                frame[5] |= ledger.FRAME_FLAG_PAYLOAD_ERASED
                struct.pack_into("<I", frame, 8, crc32c(bytes(frame[:8] + frame[12:])))
                data[offset : offset + size] = frame
                if not keep_version:
                    struct.pack_into("<H", data, 8, 2)
                    struct.pack_into("<I", data, 56, crc32c(bytes(data[:56])))
                open(path, "wb").write(data)
                return
            position += 1
    sys.exit(f"forge.py: the ledger has only {position} records")


def main():
    parser = argparse.ArgumentParser(prog="forge.py", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    rewrite_parser = sub.add_parser("rewrite")
    rewrite_parser.add_argument("ledger")
    rewrite_parser.add_argument("--from", dest="first", type=int, required=True)
    truncate_parser = sub.add_parser("truncate")
    truncate_parser.add_argument("ledger")
    truncate_parser.add_argument("--at", type=int, required=True)
    unseal_parser = sub.add_parser("unseal")
    unseal_parser.add_argument("ledger")
    unseal_parser.add_argument("--next", choices=["none", "header"], required=True)
    unseal_parser.add_argument("--head", action="store_true", help="write the HEAD the writer last wrote")
    erase_parser = sub.add_parser("erase")
    erase_parser.add_argument("ledger")
    erase_parser.add_argument("--at", type=int, required=True)
    erase_parser.add_argument("--leave-byte", action="store_true")
    erase_parser.add_argument("--keep-version", action="store_true")
    args = parser.parse_args()
    if args.command == "erase":
        return erase(args.ledger, args.at, args.leave_byte, args.keep_version)
    for name in ("HEAD", "INDEX", "INDEX-TAIL"):
        path = os.path.join(args.ledger, name)
        if os.path.exists(path):
            os.remove(path)
    if args.command == "rewrite":
        rewrite(args.ledger, args.first)
    elif args.command == "unseal":
        unseal(args.ledger, args.next, args.head)
    else:
        truncate(args.ledger, args.at)


if __name__ == "__main__":
    main()
