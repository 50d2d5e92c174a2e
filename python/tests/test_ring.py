"""tempmon.ring (Python, written from kmod/uapi/tempmon.h) on a live ring
written by tempmon-sim (the userspace producer shares the kernel's write
step, tempmon_ring_core.h). Environment: TEMPMON_SIM (the binary)."""
import os
import pathlib
import subprocess
import sys
import time

import numpy as np
import pytest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
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
