"""tempmon.ring (Python, written from kmod/uapi/tempmon.h) on a live ring
written by tempmon-sim (the userspace producer shares the kernel's write
step, tempmon_ring_core.h). Environment: TEMPMON_SIM (the binary)."""
import os
import pathlib
import struct
import subprocess
import sys
import time

import numpy as np
import pytest

# TEMPMON_PYTHON_PATH: an installed copy of the package (tests/python/package_test.sh);
# otherwise the checkout's.
sys.path.insert(0, os.environ.get("TEMPMON_PYTHON_PATH") or str(pathlib.Path(__file__).resolve().parents[1]))
import tempmon.ring as ring  # noqa: E402

SIM = os.environ.get("TEMPMON_SIM", "tempmon-sim")


@pytest.fixture
def sim(tmp_path):
    name = f"tempmon-pytest-{os.getpid()}"
    ready = tmp_path / "ready"
    p = subprocess.Popen([SIM, "--name", name, "--rate", "2000", "--sensors", "2", "--capacity", "1024",
                          "--duration", "30", "--ready-file", str(ready)],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 20
    while not ready.exists():  # the ring exists once tempmon-sim created this file
        assert p.poll() is None, p.stderr.read()
        assert time.monotonic() < deadline, "tempmon-sim never became ready"
        time.sleep(0.05)
    yield name
    p.terminate()
    p.wait(10)


def test_delivers_valid_records_and_accounts_for_every_index(sim):
    r = ring.Reader("shm:" + sim)
    assert r.capacity == 1024
    assert [s["name"] for s in r.sensors()] == ["sim0", "sim1"]
    start = r.cursor
    got = []
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline:
        got.append(r.poll())
    recs = np.concatenate(got)
    assert len(recs) > 0
    # Every delivered record is intact and in index order.
    assert np.all(ring.checksums(recs) == recs["csum"])
    assert np.all(np.diff(recs["seq"].astype(np.int64)) > 0)
    # Every index from the start to the cursor is read, lost or cleared.
    s = r.stats
    assert s["read"] + s["lost"] + s["cleared"] == r.cursor - start
    assert s["torn"] <= s["lost"]
    assert s["read"] == len(recs)


def test_a_slow_reader_counts_what_it_lost(sim):
    r = ring.Reader("shm:" + sim)
    start = r.cursor
    head0 = r.ctrl("head")
    while r.ctrl("head") < head0 + 3 * r.capacity:  # let the producer lap us
        time.sleep(0.05)
    recs = r.poll()
    s = r.stats
    assert s["lost"] >= 2 * r.capacity - len(recs)
    assert s["read"] + s["lost"] + s["cleared"] == r.cursor - start
    assert r.ctrl("overwritten") == r.ctrl("tail")  # header, question 5 (no CLEAR here)


def test_refuses_what_is_not_a_ring(tmp_path):
    name = f"tempmon-pytest-junk-{os.getpid()}"
    path = pathlib.Path("/dev/shm") / name
    path.write_bytes(b"\0" * 8192)
    try:
        with pytest.raises(ring.RingError):
            ring.Reader("shm:" + name)
    finally:
        path.unlink()


VECTORS = pathlib.Path(__file__).resolve().parents[2] / "tests" / "ring" / "csum_vectors.txt"


def test_checksum_gives_the_known_answers_of_the_c_side():
    rows = [line.split() for line in VECTORS.read_text().splitlines() if line and not line.startswith("#")]
    assert len(rows) >= 5
    recs = np.zeros(len(rows), dtype=ring.RECORD)
    for i, (ts, temp, sensor, flags, _) in enumerate(rows):
        recs[i] = (0, int(ts, 0), int(temp, 0), int(sensor, 0), int(flags, 0), 0, 0)
    want = np.array([int(r[4], 0) for r in rows], dtype=np.uint32)
    assert np.array_equal(ring.checksums(recs), want)


def _fake_ring(name, major, minor):
    # A control page as a producer of that ABI writes it: magic, version,
    # sizes, 64 records.
    buf = bytearray(4096 + 64 * 32)
    struct.pack_into("<IHHIIQQ", buf, 0, ring.MAGIC, major, minor, ring.CTRL_SIZE, 32, 64, ring.CTRL_SIZE)
    path = pathlib.Path("/dev/shm") / name
    path.write_bytes(bytes(buf))
    return path


@pytest.mark.parametrize("major, minor, refusal", [
    (1, 1, r"ABI 1\.1: .*FNV-1a.*CRC32C"),   # an ABI 1 producer: its checksum differs
    (9, 0, r"ABI 9\.0, this reader speaks 2\.x"),
    (ring.ABI_MAJOR, 0, None),               # this ABI opens
])
def test_refuses_another_abi_and_names_an_abi_1_ring_checksum(major, minor, refusal):
    path = _fake_ring(f"tempmon-pytest-abi{major}-{os.getpid()}", major, minor)
    try:
        if refusal is None:
            assert ring.Reader("shm:" + path.name).capacity == 64
        else:
            with pytest.raises(ring.RingError, match=refusal):
                ring.Reader("shm:" + path.name)
    finally:
        path.unlink()
