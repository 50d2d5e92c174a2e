"""Reads a tempmon report bundle (docs/bundle-format.md), treating every byte as hostile.

    import tempmon.bundle
    b = tempmon.bundle.open("tempmon-host-...-throttle.tar.zst")
    b.manifest             # dict, as in manifest.json
    b.samples              # pandas DataFrame, one row per ring record (typed columns)
    b.episodes, b.events   # lists of dicts (episodes.jsonl, events.jsonl)
    tempmon.bundle.cause_of(b.episodes[0])  # why it throttled (Cause), None in older bundles
    b.kmsg                 # list of dicts (kmsg.jsonl): seq level facility ts_us text [burst]
    b.system, b.summary    # system.json (dict), summary.txt (str)
    b.attachments          # dict name -> bytes: driver dumps, GPU error states (events "device_event" name them)

Written from the format document alone. The archive is decompressed and
taken apart in memory (nothing is written to the filesystem); the rules
are the document's "Reading untrusted bundles": zstd-compressed tar only,
regular files with plain names, no duplicates, limits on bytes per member,
bytes in total (counted while decompressing) and members, every member's
size and SHA-256 as the manifest lists them, and the schema of every
member. A failure raises BundleError (TamperedError when a member differs
from the manifest), one line naming the member.
"""
import builtins
import calendar
import csv
import dataclasses
import hashlib
import io
import json
import re
import tarfile

import numpy as np
import pandas as pd
import zstandard

FORMAT = "tempmon-bundle"
# Format 2 names a sample's and the trigger's instant ts_ns (format 1:
# mono_ns); both are read, a sample's as the column ts_ns.
FORMAT_VERSION = 2
OLDEST_FORMAT_VERSION = 1
MAX_JSON_DEPTH = 64
MANIFEST = "manifest.json"
# Every member besides the manifest (the document's table).
DATA_MEMBERS = ("samples.csv", "episodes.jsonl", "events.jsonl", "kmsg.jsonl", "kmsg.txt",
                "system.json", "summary.txt")
# Members after summary.txt: a driver's dump or a GPU error state, bytes as read.
_ATTACHMENT = re.compile(r"devcoredump-devcd[0-9]{1,10}\.data|drm-card[0-9]{1,10}-[0-9]{1,10}\.error")
MAX_ATTACHMENTS = 4
SAMPLES_HEADER = "wall_time,ts_ns,seq,sensor_id,sensor_name,temp_mc,flags,flag_names"
SAMPLES_HEADER_V1 = "wall_time,mono_ns,seq,sensor_id,sensor_name,temp_mc,flags,flag_names"
# TEMPMON_F_* names in bit order; other bits print as bitN.
FLAG_NAMES = ("THROTTLING", "THR_START", "THR_END", "PUSHED", "LATE", "STALL", "READ_ERR",
              "MARKER", "HW_THROTTLE", "SW_THROTTLE", "POWER_CAP")
F_MARKER = 1 << 7

_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
_PLAIN_NAME = re.compile(r"[A-Za-z0-9._-]{1,100}")
_WALL_TIME = re.compile(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\.(\d{9})Z")
_UINT = re.compile(r"\d+")
_INT = re.compile(r"-?\d+")
_FLAGS = re.compile(r"0x[0-9a-f]{4}")

U16, I32, U64, I64 = (0, 0xFFFF), (-(1 << 31), (1 << 31) - 1), (0, (1 << 64) - 1), (-(1 << 63), (1 << 63) - 1)


class BundleError(Exception):
    """The bundle cannot be read: one line, naming the member (and line)."""


class TamperedError(BundleError):
    """A member differs from the manifest: wrong size or SHA-256, missing, or not listed."""


@dataclasses.dataclass(frozen=True)
class Limits:
    max_member_bytes: int = 1 << 30  # one decompressed member
    max_total_bytes: int = 4 << 30   # all members together, counted while decompressing
    max_members: int = 64


@dataclasses.dataclass
class Bundle:
    manifest: dict
    samples: pd.DataFrame
    episodes: list
    events: list
    kmsg: list
    kmsg_text: str
    system: dict
    summary: str
    attachments: dict = dataclasses.field(default_factory=dict)


@dataclasses.dataclass(frozen=True)
class Cause:
    """Why one episode throttled, as the capture judged it (docs/causes.md)."""
    cause: str          # "power_limit", "fan_fault", "inlet", "cooling_saturated", "load_step", "unknown", ...
    title: str
    what_to_do: str
    device: str
    evidence: tuple     # (fact, value or None, unit, text) per quoted fact
    missing: tuple      # what the window lacked, in words


def cause_of(episode):
    """The judged cause of one episode (a dict of `Bundle.episodes`), or None.

    None for an episode of a bundle written before causes were judged, and
    for one whose `attribution` is not an object. Fields of the wrong type
    read as empty: the member is free-form and readers take what they know."""
    a = episode.get("attribution") if isinstance(episode, dict) else None
    if not isinstance(a, dict):
        return None
    s = lambda k: a.get(k) if isinstance(a.get(k), str) else ""  # noqa: E731
    evidence = []
    for e in a.get("evidence") if isinstance(a.get("evidence"), list) else ():
        if isinstance(e, dict):
            v = e.get("value")
            evidence.append((str(e.get("fact", "")), v if isinstance(v, (int, float)) and not isinstance(v, bool)
                             else None, str(e.get("unit", "")), str(e.get("text", ""))))
    missing = tuple(m for m in (a.get("missing") if isinstance(a.get("missing"), list) else ()) if isinstance(m, str))
    return Cause(cause=s("cause"), title=s("title"), what_to_do=s("what_to_do"), device=s("device"),
                 evidence=tuple(evidence), missing=missing)


def flag_names(flags):
    """"THROTTLING|THR_START" for the set bits, in bit order; "" for 0."""
    names = []
    for bit in range(16):
        if flags & (1 << bit):
            names.append(FLAG_NAMES[bit] if bit < len(FLAG_NAMES) else f"bit{bit}")
    return "|".join(names)


def _printable(s, limit=80):
    return "".join("?" if ord(c) < 0x20 or ord(c) == 0x7F else c for c in s[:limit])


class _CountingReader(io.RawIOBase):
    """The decompressed stream, refused once it exceeds the total limit."""

    def __init__(self, inner, limit):
        self._inner, self._limit, self.count = inner, limit, 0

    def readable(self):
        return True

    def readinto(self, b):
        data = self._inner.read(len(b))
        self.count += len(data)
        if self.count > self._limit:
            raise BundleError(f"bundle: more than the total limit of {self._limit} bytes decompressed "
                              "(decompression bomb?)")
        b[:len(data)] = data
        return len(data)


def _first_frame_end(raw):
    """Offset just past the first zstd frame (RFC 8878: header, blocks, optional checksum)."""
    try:
        pos = zstandard.frame_header_size(raw)
    except zstandard.ZstdError as e:
        raise BundleError(f"bundle: damaged zstd frame header: {e}") from None
    checksum = raw[4] & 0x04
    while True:
        if pos + 3 > len(raw):
            raise BundleError("bundle: truncated archive (the zstd frame ends early)")
        header = int.from_bytes(raw[pos:pos + 3], "little")
        last, kind, size = header & 1, (header >> 1) & 3, header >> 3
        pos += 3 + (1 if kind == 1 else size)
        if last:
            return pos + (4 if checksum else 0)


def _unpack(raw, limits):
    """({name: bytes} in archive order, what follows the archive or None), from the .tar.zst bytes."""
    if not raw.startswith(_ZSTD_MAGIC):
        raise BundleError("bundle: not zstd-compressed (expected a .tar.zst bundle)")
    # Slack over the member limits for tar headers and padding.
    slack = 512 * (2 * limits.max_members + 64) + 10240
    frame_end = _first_frame_end(raw)
    stream = _CountingReader(zstandard.ZstdDecompressor().stream_reader(io.BytesIO(raw[:frame_end])),
                             limits.max_total_bytes + slack)
    members, total = {}, 0
    try:
        with tarfile.open(fileobj=io.BufferedReader(stream), mode="r|", errorlevel=2) as tf:
            for ti in tf:
                shown = _printable(ti.name)
                if ti.islnk() or ti.issym():
                    raise BundleError(f"{shown}: links are refused in a bundle")
                if ti.type not in (tarfile.REGTYPE, tarfile.AREGTYPE):
                    raise BundleError(f"{shown}: not a regular file (devices, folders, fifos are refused)")
                if not _PLAIN_NAME.fullmatch(ti.name) or ti.name.startswith("."):
                    raise BundleError(f"bundle: member '{shown}' has an unsafe name "
                                      "(paths, absolute names and dot files are refused)")
                if ti.name in members:
                    raise BundleError(f"{ti.name}: duplicate member")
                if len(members) >= limits.max_members:
                    raise BundleError(f"bundle: more than {limits.max_members} members")
                if ti.size > limits.max_member_bytes:
                    raise BundleError(f"{ti.name}: member of {ti.size} bytes exceeds the limit of "
                                      f"{limits.max_member_bytes}")
                if total + ti.size > limits.max_total_bytes:
                    raise BundleError(f"{ti.name}: bundle exceeds the total limit of {limits.max_total_bytes} bytes")
                data = tf.extractfile(ti).read()
                if len(data) != ti.size:
                    raise BundleError(f"{ti.name}: truncated: {len(data)} of {ti.size} bytes")
                total += len(data)
                members[ti.name] = data
    except BundleError:
        raise
    except (tarfile.TarError, zstandard.ZstdError, EOFError, OSError, UnicodeError, ValueError) as e:
        raise BundleError(f"bundle: damaged or truncated archive after {len(members)} member(s): {e}") from None
    # After the archive's end only its zero padding may follow: anything else
    # (data, a frame that does not decompress) is content no manifest lists,
    # as the C++ reader says.
    after = f"{len(raw) - frame_end} byte(s) after the zstd frame" if frame_end < len(raw) else None
    try:
        while True:
            rest = stream.read(1 << 16)
            if not rest:
                break
            if rest.strip(b"\0"):
                after = after or "data follows the tar archive's end"
                break
    except BundleError:
        raise
    except (zstandard.ZstdError, OSError) as e:
        raise BundleError(f"bundle: damaged archive after its last member: {e}") from None
    return members, after


def _depth(v):
    """Nesting depth of containers (iterative: hostile JSON cannot exhaust the stack)."""
    deepest, pending = 0, [(v, 1)]
    while pending:
        x, d = pending.pop()
        if isinstance(x, (dict, list)):
            deepest = max(deepest, d)
            pending.extend((y, d + 1) for y in (x.values() if isinstance(x, dict) else x))
    return deepest


def _no_constant(name):
    raise ValueError(f"{name} is not JSON")


def _parse_json(text, where):
    try:
        v = json.loads(text, parse_constant=_no_constant)
    except RecursionError:
        raise BundleError(f"{where}: JSON nested deeper than {MAX_JSON_DEPTH} levels") from None
    except ValueError as e:
        raise BundleError(f"{where}: malformed JSON: {e}") from None
    if _depth(v) > MAX_JSON_DEPTH:
        raise BundleError(f"{where}: JSON nested deeper than {MAX_JSON_DEPTH} levels")
    return v


def _utf8(data, member):
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise BundleError(f"{member}: not UTF-8 ({e.reason} at byte {e.start})") from None


def _need(o, key, where):
    if key not in o:
        raise BundleError(f"{where}: required field '{key}' is missing")
    return o[key]


def _str(o, key, where):
    v = _need(o, key, where)
    if not isinstance(v, str):
        raise BundleError(f"{where}: field '{key}' is not a string")
    return v


def _int(o, key, where, rng):
    v = _need(o, key, where)
    if isinstance(v, bool) or not isinstance(v, int):
        raise BundleError(f"{where}: field '{key}' is not an integer")
    if not rng[0] <= v <= rng[1]:
        raise BundleError(f"{where}: field '{key}' is out of range")
    return v


def _obj(o, key, where, kind=dict):
    v = _need(o, key, where)
    if not isinstance(v, kind):
        raise BundleError(f"{where}: field '{key}' is not an {'object' if kind is dict else 'array'}")
    return v


def _check_manifest(m):
    w = MANIFEST
    if not isinstance(m, dict):
        raise BundleError(f"{w}: not a JSON object")
    if m.get("format") != FORMAT:
        raise BundleError(f"{w}: format is not '{FORMAT}' (not a tempmon bundle)")
    version = _int(m, "format_version", w, I64)
    if not OLDEST_FORMAT_VERSION <= version <= FORMAT_VERSION:
        raise BundleError(f"{w}: format_version {version} is not supported (this reader reads versions "
                          f"{OLDEST_FORMAT_VERSION} to {FORMAT_VERSION})")
    for k in ("tool_version", "module_version", "host", "kernel", "boot_id"):
        _str(m, k, w)
    t = _obj(m, "trigger", w)
    _str(t, "kind", w + " trigger")
    _str(t, "reason", w + " trigger")
    _int(t, "mono_ns" if version == 1 else "ts_ns", w + " trigger", U64)
    _int(t, "wall_ns", w + " trigger", I64)
    win = _obj(m, "window", w)
    _int(win, "start_mono_ns", w + " window", U64)
    _int(win, "end_mono_ns", w + " window", U64)
    for i, s in enumerate(_obj(m, "sensors", w, list)):
        ws = f"{w} sensors[{i}]"
        if not isinstance(s, dict):
            raise BundleError(f"{ws}: not an object")
        _int(s, "id", ws, U16)
        _str(s, "name", ws)
        _str(s, "kind", ws)
        for k in ("threshold_mc", "hysteresis_mc", "shutdown_mc", "max_op_mc"):
            if k in s:
                _int(s, k, ws, I32)
        for k in ("model", "uuid", "location"):
            if k in s:
                _str(s, k, ws)
        # A bundle written before sensors had a unit holds temperatures.
        if "unit" not in s:
            s["unit"] = "C"
        elif not _str(s, "unit", ws):
            raise BundleError(f"{ws}: field 'unit' is empty")
    for i, c in enumerate(_obj(m, "collectors", w, list)):
        wc = f"{w} collectors[{i}]"
        if not isinstance(c, dict):
            raise BundleError(f"{wc}: not an object")
        for k in ("name", "status", "message"):
            _str(c, k, wc)
        d = _need(c, "duration_ms", wc)
        if isinstance(d, bool) or not isinstance(d, (int, float)):
            raise BundleError(f"{wc}: field 'duration_ms' is not a number")
    losses = _obj(m, "losses", w)
    for k in ("ring_overwritten", "ring_torn", "ring_dropped_frozen", "bpf_dropped", "kmsg_dropped"):
        _int(losses, k, w + " losses", U64)
    if not isinstance(_need(m, "redacted", w), bool):
        raise BundleError(f"{w}: field 'redacted' is not a boolean")


def _tampered(manifest, members):
    """[(member, problem)] for every member that differs from the manifest."""
    listed = _need(manifest, "members", MANIFEST)
    if not isinstance(listed, list):
        raise BundleError(f"{MANIFEST}: field 'members' is missing or not an array")
    issues, seen = [], set()
    for e in listed:
        if (not isinstance(e, dict) or not isinstance(e.get("name"), str) or not isinstance(e.get("sha256"), str)
                or isinstance(e.get("size"), bool) or not isinstance(e.get("size"), int) or e["size"] < 0):
            raise BundleError(f"{MANIFEST}: each 'members' entry needs name, size and sha256")
        name = e["name"]
        if not _PLAIN_NAME.fullmatch(name) or name.startswith(".") or name == MANIFEST:
            raise BundleError(f"{MANIFEST}: members lists an invalid name '{_printable(name)}'")
        if name in seen:
            raise BundleError(f"{MANIFEST}: members lists '{name}' twice")
        seen.add(name)
        if name not in members:
            issues.append((name, "missing from the archive"))
        elif len(members[name]) != e["size"]:
            issues.append((name, f"size {len(members[name])} differs from manifest ({e['size']})"))
        elif hashlib.sha256(members[name]).hexdigest() != e["sha256"]:
            issues.append((name, "sha256 differs from manifest"))
    issues += [(n, "not listed in manifest") for n in members if n != MANIFEST and n not in seen]
    issues += [(n, "missing (required member, not in manifest)") for n in DATA_MEMBERS
               if n not in seen and n not in members]
    return issues


def _lines(text, member):
    """The member's lines; every line, the last too, must end in a newline."""
    if text and not text.endswith("\n"):
        raise BundleError(f"{member}:{text.count(chr(10)) + 1}: last line has no newline (truncated?)")
    return text.split("\n")[:-1]


def _jsonl(data, member):
    out = []
    for i, line in enumerate(_lines(_utf8(data, member), member), 1):
        o = _parse_json(line, f"{member}:{i}")
        if not isinstance(o, dict):
            raise BundleError(f"{member}:{i}: each line must be one JSON object")
        out.append(o)
    return out


def _kmsg(data):
    records = _jsonl(data, "kmsg.jsonl")
    for i, o in enumerate(records, 1):
        w = f"kmsg.jsonl:{i}"
        _int(o, "seq", w, U64)
        if not 0 <= _int(o, "level", w, I32) <= 7:
            raise BundleError(f"{w}: level must be 0..7")
        _int(o, "facility", w, I32)
        _int(o, "ts_us", w, U64)
        _str(o, "text", w)
        if "burst" in o:  # the capture's verdict: first_seq of its kmsg_match event
            _int(o, "burst", w, U64)
    return records


def _wall_ns(s, where):
    m = _WALL_TIME.fullmatch(s)
    if not m:
        raise BundleError(f"{where}: wall_time '{_printable(s)}' is not YYYY-MM-DDTHH:MM:SS.NNNNNNNNNZ")
    y, mo, d, h, mi, sec = (int(x) for x in m.groups()[:6])
    if not (1 <= mo <= 12 and 1 <= d <= calendar.monthrange(y, mo)[1] and h < 24 and mi < 60 and sec < 60):
        raise BundleError(f"{where}: wall_time '{s}' is not a valid time")
    return calendar.timegm((y, mo, d, h, mi, sec)) * 1_000_000_000 + int(m.group(7))


def _num(s, where, name, pattern, rng):
    if not pattern.fullmatch(s):
        raise BundleError(f"{where}: {name} '{_printable(s)}' is not a decimal integer")
    v = int(s)
    if not rng[0] <= v <= rng[1]:
        raise BundleError(f"{where}: {name} {s} is out of range")
    return v


def _samples(data):
    text = _utf8(data, "samples.csv")
    lines = _lines(text, "samples.csv")
    if not lines or lines[0] not in (SAMPLES_HEADER, SAMPLES_HEADER_V1):
        raise BundleError(f"samples.csv:1: header is not '{SAMPLES_HEADER}'")
    cols = {k: [] for k in ("wall_ns", "ts_ns", "seq", "sensor_id", "sensor_name", "temp_mc", "flags",
                            "flag_names")}
    for n, line in enumerate(lines[1:], 2):
        where = f"samples.csv:{n}"
        if "\r" in line:
            raise BundleError(f"{where}: carriage return in a row")
        if '"' in line:
            try:
                f = next(csv.reader([line], strict=True))
            except csv.Error as e:
                raise BundleError(f"{where}: bad quoting: {e}") from None
        else:
            f = line.split(",")
        if len(f) != 8:
            raise BundleError(f"{where}: {len(f)} fields, 8 expected")
        flags_s = f[6]
        if not _FLAGS.fullmatch(flags_s):
            raise BundleError(f"{where}: flags '{_printable(flags_s)}' is not 0x and 4 lowercase hex digits")
        flags = int(flags_s, 16)
        if f[7] != flag_names(flags):
            raise BundleError(f"{where}: flag_names '{_printable(f[7])}' do not match flags {flags_s}")
        cols["wall_ns"].append(_wall_ns(f[0], where))
        cols["ts_ns"].append(_num(f[1], where, "ts_ns", _UINT, U64))
        cols["seq"].append(_num(f[2], where, "seq", _UINT, U64))
        cols["sensor_id"].append(_num(f[3], where, "sensor_id", _UINT, U16))
        cols["sensor_name"].append(f[4])
        cols["temp_mc"].append(_num(f[5], where, "temp_mc", _INT, I32))
        cols["flags"].append(flags)
        cols["flag_names"].append(f[7])
    wall_ns = np.array(cols["wall_ns"], dtype=np.int64)
    return pd.DataFrame({
        "wall_time": pd.to_datetime(wall_ns, unit="ns", utc=True),
        "wall_ns": wall_ns,
        "ts_ns": np.array(cols["ts_ns"], dtype=np.uint64),
        "seq": np.array(cols["seq"], dtype=np.uint64),
        "sensor_id": np.array(cols["sensor_id"], dtype=np.uint16),
        "sensor_name": pd.Series(cols["sensor_name"], dtype="string"),
        "temp_mc": np.array(cols["temp_mc"], dtype=np.int32),
        "flags": np.array(cols["flags"], dtype=np.uint16),
        "flag_names": pd.Series(cols["flag_names"], dtype="string"),
    })


def _read_file(path, limits):
    try:
        with builtins.open(path, "rb") as f:
            raw = f.read(limits.max_total_bytes + 1)
    except OSError as e:
        raise BundleError(f"{path}: cannot open: {e.strerror}") from None
    if len(raw) > limits.max_total_bytes:
        raise BundleError(f"{path}: file larger than the total limit of {limits.max_total_bytes} bytes")
    return raw


def _manifest(members):
    if MANIFEST not in members:
        raise BundleError(f"{MANIFEST}: missing (not a tempmon bundle, or truncated)")
    m = _parse_json(_utf8(members[MANIFEST], MANIFEST), MANIFEST)
    _check_manifest(m)
    return m


def verify(path, limits=Limits()):
    """[(member, problem)] for the members that differ from the manifest (empty: intact).

    Raises BundleError when the archive or a member cannot be read at all."""
    members, after = _unpack(_read_file(path, limits), limits)
    issues = _tampered(_manifest(members), members) + ([("(after the archive)", after)] if after else [])
    if not issues:
        _decode(members)
    return issues


def _decode(members):
    manifest = _manifest(members)
    system = _parse_json(_utf8(members["system.json"], "system.json"), "system.json")
    if not isinstance(system, dict):
        raise BundleError("system.json: must be a JSON object")
    attachments = {}
    for e in manifest["members"]:
        name = e["name"]
        if _ATTACHMENT.fullmatch(name) and name in members:
            if len(attachments) == MAX_ATTACHMENTS:
                raise BundleError(f"{name}: more than {MAX_ATTACHMENTS} attachments")
            attachments[name] = members[name]
    return Bundle(manifest=manifest, samples=_samples(members["samples.csv"]),
                  episodes=_jsonl(members["episodes.jsonl"], "episodes.jsonl"),
                  events=_jsonl(members["events.jsonl"], "events.jsonl"), kmsg=_kmsg(members["kmsg.jsonl"]),
                  kmsg_text=_utf8(members["kmsg.txt"], "kmsg.txt"), system=system,
                  summary=members["summary.txt"].decode("utf-8", errors="replace"), attachments=attachments)


def open(path, limits=Limits()):  # noqa: A001 (the package's documented entry point)
    """The bundle at `path`, verified and parsed; BundleError/TamperedError otherwise."""
    members, after = _unpack(_read_file(path, limits), limits)
    issues = _tampered(_manifest(members), members) + ([("(after the archive)", after)] if after else [])
    if issues:
        member, problem = issues[0]
        raise TamperedError(f"{member}: {problem} (bundle modified or damaged; "
                            "run 'tempmon-report verify' for all members)")
    return _decode(members)
