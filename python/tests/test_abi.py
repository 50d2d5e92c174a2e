"""tempmon.ring's copy of the ABI against kmod/uapi/tempmon.h itself.

The Python reader cannot include the C header, so it states the layout
again; this test compiles the header and compares every constant and offset
the reader uses, so the two can never drift apart unnoticed.
Environment: TEMPMON_UAPI_HEADER (the header), CC (default cc)."""
import os
import pathlib
import struct
import subprocess
import sys

# The package under test: the installed one (TEMPMON_PYTHON_PATH) or this tree's.
sys.path.insert(0, os.environ.get("TEMPMON_PYTHON_PATH") or str(pathlib.Path(__file__).resolve().parents[1]))
from tempmon import ring  # noqa: E402

HEADER = os.environ["TEMPMON_UAPI_HEADER"]


def c_values(tmp_path):
    fields = "".join(
        f'  printf("ctrl.{name} %zu %zu\\n", offsetof(struct tempmon_ctrl, {name}),'
        f' sizeof(((struct tempmon_ctrl *)0)->{name}));\n'
        for name in ring._CTRL)
    src = tmp_path / "abi.c"
    src.write_text(f"""#include <stddef.h>
#include <stdio.h>
#include "{HEADER}"
int main(void) {{
  printf("magic %u\\n", (unsigned)TEMPMON_MAGIC);
  printf("abi_major %u\\n", (unsigned)TEMPMON_ABI_MAJOR);
  printf("ctrl_size %u\\n", (unsigned)TEMPMON_CTRL_SIZE);
  printf("seq_busy %llu\\n", (unsigned long long)TEMPMON_SEQ_BUSY);
  printf("f_marker %u\\n", (unsigned)TEMPMON_F_MARKER);
  printf("csum_poly %u\\n", (unsigned)TEMPMON_CSUM_POLY);
  printf("record %zu\\n", sizeof(struct tempmon_record));
  printf("sensor_info %zu\\n", sizeof(struct tempmon_sensor_info));
  printf("info %zu\\n", sizeof(struct tempmon_info));
  printf("sensors_offset %zu\\n", offsetof(struct tempmon_ctrl, sensors));
  printf("ioc_get_info %lu\\n", (unsigned long)TEMPMON_IOC_GET_INFO);
{fields}  return 0;
}}
""")
    exe = tmp_path / "abi"
    subprocess.run([os.environ.get("CC", "cc"), "-std=c11", "-Wall", "-Werror", "-o", str(exe), str(src)], check=True)
    out = subprocess.run([str(exe)], check=True, capture_output=True, text=True).stdout
    vals = {}
    for line in out.splitlines():
        k, *v = line.split()
        vals[k] = tuple(int(x) for x in v) if len(v) > 1 else int(v[0])
    return vals


def test_constants_and_layout_match_the_header(tmp_path):
    c = c_values(tmp_path)
    assert ring.MAGIC == c["magic"]
    assert ring.ABI_MAJOR == c["abi_major"]
    assert ring.CTRL_SIZE == c["ctrl_size"]
    assert int(ring.SEQ_BUSY) == c["seq_busy"]
    assert ring.F_MARKER == c["f_marker"]
    assert ring.CSUM_POLY == c["csum_poly"]
    assert ring.RECORD.itemsize == c["record"]
    assert ring._SENSOR.size == c["sensor_info"]
    assert ring._INFO.size == c["info"]
    assert ring._SENSORS_OFFSET == c["sensors_offset"]
    assert ring._IOC_GET_INFO == c["ioc_get_info"]
    for name, (off, fmt) in ring._CTRL.items():
        assert (off, struct.calcsize(fmt)) == c[f"ctrl.{name}"], name
