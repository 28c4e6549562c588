"""Reading and verifying a CaseLedger directory, from EventStore/FORMAT.md (format versions 1 and 2) alone."""

import hashlib
import os
import re
import struct

from crc32c import crc32c

HEADER_SIZE = 64
FOOTER_SIZE = 64
FRAME_HEADER_SIZE = 12
BODY_FIXED_SIZE = 44
FRAME_SIZE_MIN = FRAME_HEADER_SIZE + BODY_FIXED_SIZE + 32 + 32
FRAME_SIZE_MAX = 1 << 20
SEGMENT_SIZE_MAX = 1 << 30
GENESIS = bytes(32)
CHAIN_PREFIX = b"CaseLedger/record-chain/v1"
KIND_EVENT, KIND_RECOVERY = 1, 2
FLAG_SOURCE_ID, FLAG_END_OF_BATCH = 1, 2
FRAME_FLAG_PAYLOAD_ERASED = 1
SEGMENT_VERSIONS = (1, 2)  # 2: records may have erased payloads ("Erased payloads")
RECOVERY_STREAM = "$ledger.recovery"
SEGMENT_NAME = re.compile(r"^segment-(\d{8})\.log$")


class Failure(Exception):
    """The first failed check: where (segment, byte offset, position) and what."""

    def __init__(self, what, segment=None, offset=0, position=None):
        super().__init__(what)
        self.what, self.segment, self.offset, self.position = what, segment, offset, position

    def __str__(self):
        where = [] if self.segment is None else [f"segment {self.segment}"]
        where.append(f"offset {self.offset}")
        if self.position is not None:
            where.append(f"position {self.position}")
        return ", ".join(where) + ": " + self.what


class Report:
    def __init__(self):
        self.chain_hashes = []  # one per record: the Merkle leaves
        self.chain_head = GENESIS
        self.failure = None
        self.records_end = {}  # segment index -> offset where its records end

    @property
    def record_count(self):
        return len(self.chain_hashes)


def _u16(b, o):
    return struct.unpack_from("<H", b, o)[0]


def _u32(b, o):
    return struct.unpack_from("<I", b, o)[0]


def _u64(b, o):
    return struct.unpack_from("<Q", b, o)[0]


def read_manifest(directory):
    """-> list of (segment index, first position, record count, chain head) for the sealed segments."""
    try:
        with open(os.path.join(directory, "MANIFEST"), "rb") as file:
            data = file.read()
    except FileNotFoundError as error:
        raise Failure("MANIFEST is missing") from error
    if len(data) < 20 or data[:8] != b"CLEDGMAN" or _u16(data, 8) != 1:
        raise Failure("MANIFEST magic or version")
    count = _u32(data, 12)
    if len(data) != 20 + 56 * count:
        raise Failure("MANIFEST size does not match its entry count")
    if crc32c(data[:-4]) != _u32(data, len(data) - 4):
        raise Failure("MANIFEST CRC mismatch")
    entries, next_first = [], 0
    for i in range(count):
        o = 16 + 56 * i
        index, first, records, head = _u32(data, o), _u64(data, o + 8), _u64(data, o + 16), data[o + 24 : o + 56]
        if index != i or first != next_first or records < 1:
            raise Failure(f"MANIFEST entry {i} does not continue the previous one")
        entries.append((index, first, records, head))
        next_first = first + records
    return entries


def read_head(directory):
    """-> (tail segment index, tail offset) from a valid HEAD hint, or None."""
    try:
        with open(os.path.join(directory, "HEAD"), "rb") as file:
            data = file.read()
    except FileNotFoundError:
        return None
    if len(data) != 72 or data[:8] != b"CLEDGHED" or crc32c(data[:64]) != _u32(data, 64):
        return None
    return _u32(data, 16), _u64(data, 24)


def segment_paths(directory):
    """The segment files, which must be numbered 0, 1, 2, … without gaps."""
    numbered = sorted(
        (int(m.group(1)), os.path.join(directory, name))
        for name in os.listdir(directory)
        if (m := SEGMENT_NAME.match(name))
    )
    if [index for index, _ in numbered] != list(range(len(numbered))):
        raise Failure("segment files are not numbered 0, 1, 2, … without gaps")
    return [path for _, path in numbered]


def verify(directory):
    """Verifies the whole ledger as FORMAT.md's rule 7 ("Verify") describes; returns a Report."""
    report = Report()
    try:
        entries = read_manifest(directory)
        paths = segment_paths(directory)
        if not len(entries) + 1 <= len(paths) <= len(entries) + 2:
            raise Failure(
                f"{len(paths)} segment files for {len(entries)} sealed segments: one tail expected, and at most "
                "one more file after a seal interrupted before its MANIFEST write"
            )
        head = read_head(directory)
        for index, entry in enumerate(entries):
            _verify_segment(index, paths[index], entry, head, report)
        index = len(entries)
        # The tail; if it ends in a footer (a seal interrupted before its MANIFEST write, FORMAT.md rules 2 and
        # 7), the next file is the tail when its header continues the chain, and is ignored otherwise.
        while _verify_segment(index, paths[index], None, head, report):
            index += 1
            if index >= len(paths) or not _continues(paths[index], index, report):
                break
    except Failure as failure:
        report.failure = failure
    return report


def _verify_segment(index, path, entry, head, report):
    with open(path, "rb") as file:
        data = file.read()
    first_position = report.record_count
    version = _check_header(data, index, report)
    if entry is not None:
        end = len(data) - FOOTER_SIZE
    elif head is not None and head[0] == index:
        end = head[1]
        if end > len(data):
            raise Failure("file shorter than expected", index, len(data), report.record_count)
    else:
        end = len(data)
    offset, last = HEADER_SIZE, None
    sealed_tail = False
    while offset < end:
        try:
            frame_size, flags = _verify_record(data, offset, end, index, report, version)
        except Failure:
            if entry is not None or not _ends_in_footer(data, offset, end, last, index, first_position, report):
                raise
            sealed_tail = True
            break
        last = (offset, flags)
        offset += frame_size
    if sealed_tail:
        entry, end = (index, first_position, report.record_count - first_position, report.chain_head), offset
    report.records_end[index] = end
    if last is not None and not last[1] & FLAG_END_OF_BATCH:
        raise Failure(
            "segment does not end on a batch boundary (last record lacks the end-of-batch flag)",
            index, last[0], report.record_count - 1,
        )
    if entry is not None:
        _check_footer(data, end, index, entry, first_position, report)
    return sealed_tail


def _ends_in_footer(data, offset, end, last, index, first_position, report):
    """True if the tail's records end at `offset` with a footer that matches them and ends the file."""
    if end != len(data) or len(data) - offset != FOOTER_SIZE or last is None:
        return False
    entry = (index, first_position, report.record_count - first_position, report.chain_head)
    try:
        _check_footer(data, offset, index, entry, first_position, report)
    except Failure:
        return False
    return bool(last[1] & FLAG_END_OF_BATCH)


def _continues(path, index, report):
    """True if segment file `path` has a valid header continuing the records so far."""
    with open(path, "rb") as file:
        data = file.read(HEADER_SIZE)
    try:
        _check_header(data, index, report)
    except Failure:
        return False
    return True


def _check_header(data, index, report):
    def fail(offset, what):
        raise Failure(what, index, offset, report.record_count)

    if len(data) < HEADER_SIZE or data[:8] != b"CLEDGSEG" or _u16(data, 8) not in SEGMENT_VERSIONS:
        fail(0, "segment header magic or version")
    if crc32c(data[:56]) != _u32(data, 56):
        fail(0, "segment header CRC mismatch")
    if _u32(data, 12) != index:
        fail(0, "segment header index does not match the file name")
    if _u64(data, 16) != report.record_count:
        fail(16, f"header first position {_u64(data, 16)}")
    if data[24:56] != report.chain_head:
        fail(24, "header previous chain hash breaks the chain")
    return _u16(data, 8)


def _verify_record(data, offset, end, index, report, segment_version=None):
    """Checks the frame at offset; appends its chain hash to report. -> (frame size, flags).

    segment_version: the header version of the frame's segment; None for a frame outside a segment (bundles)."""
    position = report.record_count

    def fail(what):
        raise Failure(what, index, offset, position)

    if end - offset < FRAME_HEADER_SIZE:
        fail("truncated frame")
    frame_size = _u32(data, offset) + FRAME_HEADER_SIZE
    if not FRAME_SIZE_MIN <= frame_size <= FRAME_SIZE_MAX:
        fail(f"frame length {frame_size - FRAME_HEADER_SIZE} out of range")
    if frame_size > end - offset:
        fail("truncated frame")
    frame = data[offset : offset + frame_size]
    if crc32c(frame[:8] + frame[12:]) != _u32(frame, 8):
        fail("CRC mismatch")
    kind = frame[4]
    if kind not in (KIND_EVENT, KIND_RECOVERY):
        fail(f"unknown record kind {kind}")
    if frame[5] & ~FRAME_FLAG_PAYLOAD_ERASED:
        fail(f"unknown frame flags {frame[5]}")
    erased = bool(frame[5] & FRAME_FLAG_PAYLOAD_ERASED)
    if erased and kind != KIND_EVENT:
        fail("a recovery record is marked erased")
    body = frame[12:]
    flags = body[26]
    if flags & ~(FLAG_SOURCE_ID | FLAG_END_OF_BATCH):
        fail(f"unknown flags {flags}")
    s, t, i, m, p = _u16(body, 28), _u16(body, 30), _u16(body, 32), _u32(body, 36), _u32(body, 40)
    if s > 256 or t > 128 or i > 256 or m > 65536:
        fail("field length over limit")
    if BODY_FIXED_SIZE + s + t + i + m + 32 + p + 32 != len(body):
        fail("field lengths do not add up to the frame length")
    header_end = BODY_FIXED_SIZE + s + t + i + m
    payload_hash = body[header_end : header_end + 32]
    payload = body[header_end + 32 : header_end + 32 + p]
    stored_chain = body[header_end + 32 + p :]
    chain = hashlib.sha256(CHAIN_PREFIX + report.chain_head + bytes([kind]) + body[:header_end] + payload_hash).digest()
    if chain != stored_chain:
        fail(f"chain hash mismatch at position {position}")
    if _u64(body, 0) != position:
        fail(f"position {_u64(body, 0)}, expected {position}")
    if kind == KIND_RECOVERY:
        stream = body[BODY_FIXED_SIZE : BODY_FIXED_SIZE + s].decode("utf-8", "replace")
        _check_recovery(stream, payload, offset, index, report.records_end, fail)
    if erased:
        if segment_version is not None and segment_version < 2:
            fail(f"erased payload in a segment of format version {segment_version}")
        if any(payload):
            fail("erased payload is not all zero bytes")
    elif hashlib.sha256(payload).digest() != payload_hash:
        fail("payload does not match its SHA-256 payload hash")
    report.chain_hashes.append(chain)
    report.chain_head = chain
    return frame_size, flags


def _check_recovery(stream, payload, frame_offset, index, records_end, fail):
    if stream != RECOVERY_STREAM:
        fail("recovery record outside the recovery stream")
    if len(payload) != 52:
        fail("recovery record payload is malformed")
    cut_segment, cut_offset, dropped = _u32(payload, 0), _u64(payload, 4), _u64(payload, 12)
    if dropped < 1 or cut_offset < HEADER_SIZE or cut_offset + dropped > SEGMENT_SIZE_MAX:
        fail("recovery record describes an impossible range")
    if cut_segment == index:
        if cut_offset != frame_offset:
            fail(f"recovery record describes a cut at offset {cut_offset}, not where it was written")
    elif cut_segment + 1 != index or frame_offset != HEADER_SIZE or records_end.get(cut_segment) != cut_offset:
        fail(f"recovery record describes a cut in segment {cut_segment} that the previous segment does not end at")


def _check_footer(data, offset, index, entry, first_position, report):
    def fail(what):
        raise Failure(what, index, offset)

    footer = data[offset:]
    if len(footer) != FOOTER_SIZE or footer[:8] != b"CLEDGEND" or crc32c(footer[:56]) != _u32(footer, 56):
        fail("segment footer magic or CRC")
    count, last_position, head = _u64(footer, 8), _u64(footer, 16), footer[24:56]
    _, entry_first, entry_count, entry_head = entry
    if (
        count != entry_count
        or last_position + 1 != report.record_count
        or entry_first + entry_count != report.record_count
        or entry_first != first_position
        or head != report.chain_head
        or entry_head != report.chain_head
    ):
        fail("footer or manifest disagrees with the records")
