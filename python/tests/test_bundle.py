"""tempmon.bundle against the C++ side: it reads bundles the real writer produced exactly as
`tempmon-report export` does, row for row, and refuses every hostile bundle that
`tempmon-report verify` refuses, with the same kind of refusal (tampered or unreadable).

Environment: TEMPMON_REPORT (tempmon-report), TEMPMON_BUNDLE_SYNTH (tempmon-bundle-synth,
which writes through the capture's bundle writer), TEMPMON_GOLDEN (a bundle kept from an
earlier writer, without the manifest's sample_summary).
"""
import csv
import gzip
import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile

import pytest
import zstandard

# TEMPMON_PYTHON_PATH: an installed copy of the package (tests/python/package_test.sh);
# otherwise the checkout's.
sys.path.insert(0, os.environ.get("TEMPMON_PYTHON_PATH") or os.path.join(os.path.dirname(__file__), ".."))
import tempmon.bundle as tb  # noqa: E402

REPORT = os.environ["TEMPMON_REPORT"]
SYNTH = os.environ["TEMPMON_BUNDLE_SYNTH"]
GOLDEN = os.environ["TEMPMON_GOLDEN"]
# docs/exit-status.md
UNREADABLE, TAMPERED = 6, 7


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """A bundle from the real writer, with enough rows to cover every sensor and flag."""
    p = tmp_path_factory.mktemp("synth") / "synth.tar.zst"
    subprocess.run([SYNTH, str(p), "6000"], check=True)
    return str(p)


def _export(path, fmt):
    r = subprocess.run([REPORT, "export", path, "--" + fmt], check=True, capture_output=True)
    return r.stdout.decode()


@pytest.mark.parametrize("which", ["written", "golden"])
def test_samples_agree_with_export_row_for_row(which, written):
    path = written if which == "written" else GOLDEN
    b = tb.open(path)
    rows = list(csv.reader(io.StringIO(_export(path, "csv"))))
    assert rows[0] == tb.SAMPLES_HEADER.split(",")
    rows = rows[1:]
    assert len(rows) == len(b.samples) > 0
    df = b.samples
    cols = {c: df[c].tolist() for c in df.columns}
    for i, r in enumerate(rows):
        got = [cols["wall_time"][i].strftime("%Y-%m-%dT%H:%M:%S.") + f"{cols['wall_ns'][i] % 1_000_000_000:09d}Z",
               str(cols["ts_ns"][i]), str(cols["seq"][i]), str(cols["sensor_id"][i]), cols["sensor_name"][i],
               str(cols["temp_mc"][i]), f"0x{cols['flags'][i]:04x}", cols["flag_names"][i]]
        assert got == r, f"row {i + 2}"
    assert str(df.temp_mc.dtype) == "int32" and str(df.ts_ns.dtype) == "uint64"
    assert str(df.wall_time.dtype) == "datetime64[ns, UTC]"


@pytest.mark.parametrize("which", ["written", "golden"])
def test_members_agree_with_export_json(which, written):
    path = written if which == "written" else GOLDEN
    b = tb.open(path)
    doc = json.loads(_export(path, "json"))
    if b.manifest["format_version"] >= 2:
        assert doc["episodes"] == b.episodes
        assert doc["events"] == b.events
        assert doc["trigger"] == b.manifest["trigger"]
    else:
        # Export speaks today's names; the members keep format 1's.
        assert len(doc["episodes"]) == len(b.episodes) and len(doc["events"]) == len(b.events)
        for got, old in zip(doc["episodes"], b.episodes):
            assert got["peak_temp_mc"] == old.get("peak_temp_mc", old.get("peak_mc"))
            assert got["start_ns"] == old["start_ns"]
        t = dict(b.manifest["trigger"])
        t["ts_ns"] = t.pop("mono_ns")
        assert doc["trigger"] == t
    assert doc["kmsg"] == b.kmsg
    assert doc["system"] == b.system
    for k in ("host", "kernel", "boot_id", "window", "sensors", "collectors", "losses", "redacted"):
        assert doc[k] == b.manifest[k], k
    assert [s["temp_mc"] for s in doc["samples"]] == b.samples.temp_mc.tolist()
    assert [s["wall_ns"] for s in doc["samples"]] == b.samples.wall_ns.tolist()


# --- hostile bundles -------------------------------------------------------

def _members(path):
    out = {}
    with tarfile.open(fileobj=io.BytesIO(zstandard.ZstdDecompressor().decompressobj().decompress(
            open(path, "rb").read())), mode="r:") as tf:
        for ti in tf:
            out[ti.name] = tf.extractfile(ti).read()
    return out


def _fix_manifest(members):
    m = json.loads(members["manifest.json"])
    m["members"] = [{"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()}
                    for n, d in members.items() if n != "manifest.json" and isinstance(d, bytes)]
    members["manifest.json"] = json.dumps(m).encode()
    return members


def _pack(entries, compress=True):
    """entries: (name, bytes) for regular files, or (TarInfo, bytes-or-None)."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tf:
        for name, data in entries:
            ti = name if isinstance(name, tarfile.TarInfo) else tarfile.TarInfo(name)
            if data is not None:
                ti.size = len(data)
            tf.addfile(ti, io.BytesIO(data) if data is not None else None)
    raw = buf.getvalue()
    return zstandard.ZstdCompressor().compress(raw) if compress else raw


def _entries(members):
    order = ["manifest.json"] + [n for n in members if n != "manifest.json"]
    return [(n, members[n]) for n in order]


def _link(kind, name, target):
    ti = tarfile.TarInfo(name)
    ti.type, ti.linkname = kind, target
    return ti


def _case(name):
    m = _members(GOLDEN)
    if name == "traversal name":
        return _pack(_entries(m) + [("../evil", b"x")])
    if name == "absolute name":
        return _pack(_entries(m) + [("/etc/evil", b"x")])
    if name == "dot file":
        return _pack(_entries(m) + [(".hidden", b"x")])
    if name == "symlink":
        return _pack(_entries(m) + [(_link(tarfile.SYMTYPE, "link", "/etc/passwd"), None)])
    if name == "hard link":
        return _pack(_entries(m) + [(_link(tarfile.LNKTYPE, "hard", "samples.csv"), None)])
    if name == "folder":
        return _pack(_entries(m) + [(_link(tarfile.DIRTYPE, "dir", ""), None)])
    if name == "duplicate member":
        return _pack(_entries(m) + [("events.jsonl", m["events.jsonl"])])
    if name == "missing member":
        del m["kmsg.txt"]
        return _pack(_entries(m))
    if name == "extra member":
        return _pack(_entries(m) + [("extra.txt", b"not listed\n")])
    if name == "bad checksum":
        ev = bytearray(m["events.jsonl"])
        ev[ev.index(b'"')] = ord("'")
        m["events.jsonl"] = bytes(ev)
        return _pack(_entries(m))
    if name == "wrong size":
        m["summary.txt"] += b"more\n"
        return _pack(_entries(m))
    if name == "trailing data":
        return _pack(_entries(m)) + b"trailing garbage"
    if name == "truncated":
        whole = _pack(_entries(m))
        return whole[: len(whole) // 2]
    if name == "oversize member":
        ti = tarfile.TarInfo("samples.csv")
        ti.size = (1 << 30) + 1  # over the default per-member limit; no data follows
        buf = io.BytesIO()
        buf.write(ti.tobuf(format=tarfile.PAX_FORMAT))
        buf.write(b"\0" * 4096)
        return zstandard.ZstdCompressor().compress(buf.getvalue())
    if name == "gzip, not zstd":
        return gzip.compress(_pack(_entries(m), compress=False))
    if name == "format version 2":
        man = json.loads(m["manifest.json"])
        man["format_version"] = 2
        m["manifest.json"] = json.dumps(man).encode()
        return _pack(_entries(m))
    if name == "deep JSON":
        m["events.jsonl"] = b'{"a":' * 200 + b"1" + b"}" * 200 + b"\n"
        return _pack(_entries(_fix_manifest(m)))
    if name == "flag names disagree":
        m["samples.csv"] = m["samples.csv"].replace(b",0x0000,\n", b",0x0000,THROTTLING\n", 1)
        return _pack(_entries(_fix_manifest(m)))
    if name == "no final newline":
        m["samples.csv"] = m["samples.csv"].rstrip(b"\n")
        return _pack(_entries(_fix_manifest(m)))
    if name == "negative sequence":
        lines = m["samples.csv"].split(b"\n")
        f = lines[1].split(b",")
        f[2] = b"-" + f[2]
        lines[1] = b",".join(f)
        m["samples.csv"] = b"\n".join(lines)
        return _pack(_entries(_fix_manifest(m)))
    raise AssertionError(name)


TAMPERED_CASES = ["missing member", "extra member", "bad checksum", "wrong size", "trailing data"]
UNREADABLE_CASES = ["traversal name", "absolute name", "dot file", "symlink", "hard link", "folder",
                    "duplicate member", "truncated", "oversize member", "gzip, not zstd",
                    "format version 2", "deep JSON", "flag names disagree", "no final newline",
                    "negative sequence"]


@pytest.mark.parametrize("name", TAMPERED_CASES + UNREADABLE_CASES)
def test_refuses_what_the_cpp_reader_refuses(name, tmp_path):
    p = tmp_path / "hostile.tar.zst"
    p.write_bytes(_case(name))
    want = TAMPERED if name in TAMPERED_CASES else UNREADABLE
    cpp = subprocess.run([REPORT, "verify", str(p)], capture_output=True)
    assert cpp.returncode == want, f"tempmon-report verify: {cpp.returncode} {cpp.stderr!r}"
    with pytest.raises(tb.TamperedError if want == TAMPERED else tb.BundleError) as e:
        tb.open(str(p))
    if want == UNREADABLE:
        assert not isinstance(e.value, tb.TamperedError)
    assert "\n" not in str(e.value)
    if want == TAMPERED:
        assert tb.verify(str(p)), "verify() lists no issue"


def test_limits_stop_early():
    with pytest.raises(tb.BundleError, match="more than 3 members"):
        tb.open(GOLDEN, tb.Limits(max_members=3))
    with pytest.raises(tb.BundleError, match="limit"):
        tb.open(GOLDEN, tb.Limits(max_member_bytes=1000))
    with pytest.raises(tb.BundleError, match="total limit"):
        tb.open(GOLDEN, tb.Limits(max_total_bytes=5000))


def test_a_repacked_intact_bundle_still_opens(tmp_path):
    # The hostile cases above are built by the same packer: an intact bundle
    # it packs must open, or they would prove nothing.
    p = tmp_path / "repacked.tar.zst"
    p.write_bytes(_pack(_entries(_members(GOLDEN))))
    assert subprocess.run([REPORT, "verify", str(p)], capture_output=True).returncode == 0
    assert len(tb.open(str(p)).samples) == len(tb.open(GOLDEN).samples)


def test_attachments_read_as_the_cpp_reader_reads_them(tmp_path):
    # A driver's dump after summary.txt, named by its device_event: the bytes
    # come back as written, the same SHA-256 `tempmon-report export` lists.
    m = _members(GOLDEN)
    dump = bytes(range(256)) * 64 + b"\x1b[2J\x00"
    event = {"type": "device_event", "ts_ns": 1, "source": "devcoredump", "name": "devcd7", "device": "0000:03:00.0",
             "device_path": "/devices/pci0000:00/0000:03:00.0", "driver": "amdgpu", "status": "saved",
             "member": "devcoredump-devcd7.data", "size": len(dump), "size_at_least": False,
             "kept_bytes": len(dump), "cut": False, "signature": "devcoredump", "class": "devcoredump",
             "vendor": "amd", "severity": "critical", "triggers": True, "meaning": "m", "action": "a"}
    m["events.jsonl"] = m["events.jsonl"] + (json.dumps(event) + "\n").encode()
    m["devcoredump-devcd7.data"] = dump
    p = tmp_path / "dump.tar.zst"
    p.write_bytes(_pack(_entries(_fix_manifest(m))))
    assert subprocess.run([REPORT, "verify", str(p)], capture_output=True).returncode == 0
    b = tb.open(str(p))
    assert b.attachments == {"devcoredump-devcd7.data": dump}
    doc = json.loads(_export(str(p), "json"))
    assert doc["attachments"] == [{"name": "devcoredump-devcd7.data", "size": len(dump),
                                   "sha256": hashlib.sha256(dump).hexdigest()}]
    assert [e for e in b.events if e.get("type") == "device_event"] == [event]
    # A tampered dump is refused by both readers as tampered.
    m["devcoredump-devcd7.data"] = dump[:-1] + b"X"
    bad = _entries(m)
    q = tmp_path / "bad.tar.zst"
    q.write_bytes(_pack(bad))
    assert subprocess.run([REPORT, "verify", str(q)], capture_output=True).returncode == TAMPERED
    with pytest.raises(tb.TamperedError):
        tb.open(str(q))


def test_judged_causes_read_as_export_writes_them(tmp_path):
    """Each episode's judged cause (docs/causes.md), as `export --json` carries it; an older bundle has none."""
    p = tmp_path / "judged.tar.zst"
    subprocess.run([SYNTH, str(p), "4000", "--judge"], check=True)
    b = tb.open(str(p))
    doc = json.loads(_export(str(p), "json"))
    assert len(b.episodes) == len(doc["episodes"]) == 2
    for ep, exported in zip(b.episodes, doc["episodes"]):
        c = tb.cause_of(ep)
        assert c is not None
        assert c.cause == exported["attribution"]["cause"] == "unknown"
        assert c.what_to_do and c.title
        # The synthetic machine has no fans, inlet or power sensors: it says so.
        assert "a fan speed sensor (RPM)" in c.missing
        assert "an inlet or ambient temperature sensor" in c.missing
        assert [e[3] for e in c.evidence] == [e["text"] for e in exported["attribution"]["evidence"]]
    assert all(tb.cause_of(ep) is None for ep in tb.open(GOLDEN).episodes)
