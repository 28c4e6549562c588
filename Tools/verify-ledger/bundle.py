"""Checking a CaseLedger evidence bundle without the ledger, from EventStore/FORMAT.md ("Evidence bundles")."""

import base64
import binascii
import io
import tarfile

import ledger
import merkle
import signednote

FORMAT_LINE = "caseledger-evidence-bundle 1"
RECORDS = "records/"


class BundleError(Exception):
    """The file is not a readable bundle (archive, checkpoint or proofs.txt malformed)."""


def _hash(text):
    try:
        value = base64.b64decode(text, validate=True)
    except binascii.Error as error:
        raise BundleError("a hash is not base64") from error
    if len(value) != 32 or base64.b64encode(value).decode() != text:
        raise BundleError("a hash is not canonical base64 of 32 bytes")
    return value


def read_files(data):
    """-> {name: bytes} of a ustar archive of regular files only, names unique."""
    files = {}
    try:
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:") as archive:
            for member in archive.getmembers():
                if not member.isreg() or member.name in files:
                    raise BundleError(f"archive entry {member.name}: not a regular file, or repeated")
                files[member.name] = archive.extractfile(member).read()
            end = archive.offset  # tarfile stops quietly at a damaged header: only zero blocks may follow
    except tarfile.TarError as error:
        raise BundleError(f"not a tar archive: {error}") from error
    if len(data) - end < 1024 or any(data[end:]):
        raise BundleError(f"archive offset {end}: not an entry header nor the end-of-archive blocks")
    return files


def parse_proofs(text):
    """-> (records included?, [(position, previous, chain, path)])."""
    lines = text.split("\n")
    if lines[-1] != "" or len(lines) < 4 or lines[0] != FORMAT_LINE:
        raise BundleError("proofs.txt: not the format line, a records line and record lines")
    if lines[1] not in ("records included", "records withheld"):
        raise BundleError("proofs.txt line 2: not 'records included|withheld'")
    records = []
    for number, line in enumerate(lines[2:-1], start=3):
        fields = line.split(" ")
        if len(fields) != 5 or fields[0] != "record":
            raise BundleError(f"proofs.txt line {number}: not 'record POSITION PREVIOUS CHAIN PATH'")
        text_position = fields[1]
        if not text_position.isascii() or not text_position.isdigit() or str(int(text_position)) != text_position:
            raise BundleError(f"proofs.txt line {number}: position is not canonical decimal")
        position = int(text_position)
        if records and position <= records[-1][0]:
            raise BundleError(f"proofs.txt line {number}: position not after the previous line's")
        path = [] if fields[4] == "-" else [_hash(part) for part in fields[4].split(",")]
        if len(path) > 64:
            raise BundleError(f"proofs.txt line {number}: audit path longer than 64 hashes")
        records.append((position, _hash(fields[2]), _hash(fields[3]), path))
    return lines[1] == "records included", records


class _OneRecord(ledger.Report):
    """A report whose chain starts at `previous` and whose next record is at `position`."""

    def __init__(self, position, previous):
        super().__init__()
        self.chain_head = previous
        self.first_position = position

    @property
    def record_count(self):
        return self.first_position + len(self.chain_hashes)


def check_frame(frame, position, previous, chain):
    """-> why the frame is not the record the proof line names, or None."""
    report = _OneRecord(position, previous)
    try:
        size, _ = ledger._verify_record(frame, 0, len(frame), None, report)
    except ledger.Failure as failure:
        return failure.what
    if size != len(frame):
        return "bytes after the record's frame"
    if report.chain_head != chain:
        return "its chain hash differs from the proof line's"
    return None


def verify(data, public_key_text):
    """-> result dict (verified, origin, treeSize, signatureValid, recordsProven, recordsWithheld, failures,
    unprovenFiles). Raises BundleError or signednote.FormatError when the bundle cannot be read."""
    name, kid, public_key = signednote.parse_verifier_key(public_key_text)
    files = read_files(data)
    for required in ("checkpoint.txt", "proofs.txt"):
        if required not in files:
            raise BundleError(f"the bundle has no {required}")
    text, signatures = signednote.parse_note(files["checkpoint.txt"])
    origin, size, root = signednote.parse_checkpoint(text)
    try:
        included, records = parse_proofs(files["proofs.txt"].decode("utf-8"))
    except UnicodeDecodeError as error:
        raise BundleError("proofs.txt is not UTF-8") from error
    result = {"origin": origin, "treeSize": size, "recordsProven": 0, "recordsWithheld": 0, "recordsErased": 0,
              "failures": []}
    result["signatureValid"] = signednote.note_is_signed_by(text, signatures, name, kid, public_key)
    if not result["signatureValid"]:
        result["failures"].append(f"checkpoint: no valid signature by key {name}")
    expected = {"checkpoint.txt", "proofs.txt"}
    for position, previous, chain, path in records:
        record_name = f"{RECORDS}{position}.record"
        if included:
            expected.add(record_name)
        failure = _check(files.get(record_name), included, position, previous, chain, path, size, root, record_name)
        if failure:
            result["failures"].append(f"record {position}: {failure}")
        else:
            result["recordsProven" if included else "recordsWithheld"] += 1
            frame = files.get(record_name)
            if included and frame[5] & ledger.FRAME_FLAG_PAYLOAD_ERASED:
                result["recordsErased"] += 1  # proven, but its payload was erased by a redaction
    result["unprovenFiles"] = []
    for file_name in sorted(files):
        if file_name in expected:
            continue
        if file_name.startswith(RECORDS):
            result["failures"].append(f"{file_name}: a record file with no proof line")
        else:
            result["unprovenFiles"].append(file_name)
    result["verified"] = result["signatureValid"] and not result["failures"]
    return result


def _check(frame, included, position, previous, chain, path, size, root, record_name):
    if included:
        if frame is None:
            return f"its record file {record_name} is missing"
        failure = check_frame(frame, position, previous, chain)
        if failure:
            return failure
    elif frame is not None:
        return "a record file is present though the bundle says records are withheld"
    if position >= size:
        return f"position is not inside the checkpoint's tree of {size} records"
    if not merkle.verify_inclusion(merkle.leaf_hash(chain), position, size, path, root):
        return "inclusion proof does not lead to the checkpoint's root"
    return None
