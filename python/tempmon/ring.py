"""Reads a tempmon ring (kmod/uapi/tempmon.h) over its mmap, with numpy.

    import tempmon.ring
    r = tempmon.ring.Reader("/dev/tempmon")      # or "shm:NAME" (tempmon-sim)
    recs = r.poll()          # numpy structured array: seq ts_ns temp_mc sensor flags csum
    r.stats                  # {"read", "lost", "torn", "cleared"}

Written from the header's reader protocol. Python has no acquire loads or
fences: numpy copies are plain loads, which are acquire loads on x86
(TSO), the only architecture this reader claims. Each block is copied as
the protocol says, per record: seq, then the payload, then seq again, and
the checksum is verified, so a torn copy is always detected.
"""
import fcntl
import mmap
import os
import struct

import numpy as np

MAGIC = 0x544D4F4E
ABI_MAJOR = 2
CTRL_SIZE = 4096
SEQ_BUSY = np.uint64(0xFFFFFFFFFFFFFFFF)
F_MARKER = 1 << 7

RECORD = np.dtype([("seq", "<u8"), ("ts_ns", "<u8"), ("temp_mc", "<i4"), ("sensor", "<u2"),
                   ("flags", "<u2"), ("csum", "<u4"), ("reserved", "<u4")])
assert RECORD.itemsize == 32

# struct tempmon_ctrl: offsets of the fields this reader uses.
_CTRL = {"magic": (0, "<I"), "abi_major": (4, "<H"), "abi_minor": (6, "<H"),
         "ctrl_size": (8, "<I"), "record_size": (12, "<I"), "capacity": (16, "<Q"),
         "data_offset": (24, "<Q"), "head": (32, "<Q"), "tail": (40, "<Q"),
         "clear_gen": (48, "<Q"), "frozen_by": (56, "<I"), "rate_hz": (60, "<I"),
         "written": (72, "<Q"), "overwritten": (80, "<Q"), "dropped_frozen": (88, "<Q"),
         "nr_sensors": (200, "<I")}
_SENSORS_OFFSET = 208
_SENSOR = struct.Struct("<HHIiiiIQQ32s")  # struct tempmon_sensor_info, 72 bytes
_INFO = struct.Struct("<IHHIIQQQII32s32x")  # struct tempmon_info, 112 bytes
_IOC_GET_INFO = (2 << 30) | (_INFO.size << 16) | (0xB7 << 8) | 0x00  # _IOR(0xB7, 0, info)


class RingError(Exception):
    """The ring cannot be opened or is not a tempmon ring of this ABI."""


def _crc32c_table():
    t = np.zeros(256, dtype=np.uint32)
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ (CSUM_POLY if c & 1 else 0)
        t[i] = c
    return t


CSUM_POLY = 0x82F63B78  # TEMPMON_CSUM_POLY: CRC32C, reflected
_CRC_TABLE = _crc32c_table()


def checksums(recs):
    """tempmon_record_csum for every record: CRC32C (initial value and final
    xor 0xFFFFFFFF) over the 16 little-endian bytes of ts_ns, then temp_mc
    (u32), sensor (u16), flags (u16); a byte-wise table, vectorised over the
    records."""
    v0 = recs["ts_ns"].astype(np.uint64)
    v1 = (recs["temp_mc"].astype(np.int64).astype(np.uint64) & np.uint64(0xFFFFFFFF)) \
        | (recs["sensor"].astype(np.uint64) << np.uint64(32)) \
        | (recs["flags"].astype(np.uint64) << np.uint64(48))
    crc = np.full(len(recs), 0xFFFFFFFF, dtype=np.uint32)
    for v in (v0, v1):
        for i in range(8):
            byte = ((v >> np.uint64(8 * i)) & np.uint64(0xFF)).astype(np.uint32)
            crc = _CRC_TABLE[(crc ^ byte) & np.uint32(0xFF)] ^ (crc >> np.uint32(8))
    return crc ^ np.uint32(0xFFFFFFFF)


def _abi_error(path, major, minor):
    if major == 1:
        return RingError(f"{path}: ABI {major}.{minor}: its records carry FNV-1a checksums, "
                         f"this reader reads ABI {ABI_MAJOR} (CRC32C) only")
    return RingError(f"{path}: ABI {major}.{minor}, this reader speaks {ABI_MAJOR}.x")


class Reader:
    def __init__(self, source, start="oldest"):
        if source.startswith("shm:"):
            path = "/dev/shm/" + source[4:]
            fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
            size = os.fstat(fd).st_size
        else:
            path = source
            fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
            buf = bytearray(_INFO.size)
            try:
                fcntl.ioctl(fd, _IOC_GET_INFO, buf, True)
            except OSError as e:
                os.close(fd)
                raise RingError(f"{path}: TEMPMON_IOC_GET_INFO: {e.strerror}") from None
            info = _INFO.unpack(bytes(buf))
            if info[0] != MAGIC:
                os.close(fd)
                raise RingError(f"{path}: not a tempmon device (bad magic)")
            if info[1] != ABI_MAJOR:
                os.close(fd)
                raise _abi_error(path, info[1], info[2])
            size = info[7]
        try:
            self._map = mmap.mmap(fd, size, mmap.MAP_SHARED, mmap.PROT_READ)
        finally:
            os.close(fd)
        self.source = source
        if self.ctrl("magic") != MAGIC:
            raise RingError(f"{path}: not a tempmon ring (bad magic)")
        if self.ctrl("abi_major") != ABI_MAJOR:
            raise _abi_error(path, self.ctrl("abi_major"), self.ctrl("abi_minor"))
        if self.ctrl("record_size") != RECORD.itemsize or self.ctrl("ctrl_size") != CTRL_SIZE:
            raise RingError(f"{path}: record or control size differs from this reader's")
        self.capacity = self.ctrl("capacity")
        off = self.ctrl("data_offset")
        if self.capacity & (self.capacity - 1) or off + self.capacity * RECORD.itemsize > size:
            raise RingError(f"{path}: the records do not fit in the mapping")
        self.records = np.frombuffer(self._map, dtype=RECORD, count=self.capacity, offset=off)
        self.stats = {"read": 0, "lost": 0, "torn": 0, "cleared": 0}
        self._gen = self.ctrl("clear_gen")
        self.cursor = self.ctrl("head") if start == "now" else self.ctrl("tail")

    def ctrl(self, name):
        off, fmt = _CTRL[name]
        return struct.unpack_from(fmt, self._map, off)[0]

    def sensors(self):
        out = []
        for i in range(self.ctrl("nr_sensors")):
            f = _SENSOR.unpack_from(self._map, _SENSORS_OFFSET + i * _SENSOR.size)
            out.append({"id": f[0], "kind": f[1], "state": f[2], "threshold_mc": f[3],
                        "hysteresis_mc": f[4], "samples": f[7],
                        "name": f[9].split(b"\0", 1)[0].decode("utf-8", "replace")})
        return out

    def _catch_up(self):
        head = self.ctrl("head")  # acquire: records below head are published
        tail = self.ctrl("tail")  # acquire
        gen = self.ctrl("clear_gen")  # after tail: a new tail implies the new gen
        if self.cursor < tail:
            self.stats["cleared" if gen != self._gen else "lost"] += tail - self.cursor
            self.cursor = tail
        self._gen = gen
        return head

    def poll(self, max_records=1 << 20, block=4096):
        """Records from the cursor up to head (at most max_records)."""
        out = []
        n = 0
        head = self._catch_up()
        while self.cursor < head and n < max_records:
            count = int(min(block, head - self.cursor, max_records - n))
            idx = np.arange(self.cursor, self.cursor + count, dtype=np.uint64)
            slots = (idx & np.uint64(self.capacity - 1)).astype(np.int64)
            s1 = self.records["seq"][slots].copy()
            payload = self.records[slots].copy()
            s2 = self.records["seq"][slots].copy()
            want = idx + np.uint64(1)
            not_written = (s1 < want) & (s1 != SEQ_BUSY)
            if not_written.any():  # only at or above head; stop there
                count = int(np.argmax(not_written))
                s1, s2, payload, want = s1[:count], s2[:count], payload[:count], want[:count]
            payload["seq"] = s1
            stable = (s1 == want) & (s2 == s1)
            torn = ((s1 == want) & (s2 != s1)) | (stable & (checksums(payload) != payload["csum"]))
            ok = stable & ~torn
            self.stats["torn"] += int(torn.sum())
            self.stats["lost"] += int(count - ok.sum())
            good = payload[ok]
            out.append(good)
            self.stats["read"] += len(good)
            n += len(good)
            self.cursor += count
            if count == 0:
                break
            if not ok.all():
                head = self._catch_up()
        return np.concatenate(out) if out else np.empty(0, dtype=RECORD)

    def close(self):
        self.records = None
        self._map.close()
