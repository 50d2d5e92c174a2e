"""tempmon's second implementation of its contracts, in Python.

tempmon.ring reads the ring (kmod/uapi/tempmon.h); tempmon.bundle reads a
report bundle (docs/bundle-format.md). Written from the documents alone;
Debian's python3-numpy, python3-pandas and python3-zstandard are the
dependencies.
"""

from importlib import metadata as _metadata
from pathlib import Path as _Path

try:
    __version__ = _metadata.version("tempmon")
except _metadata.PackageNotFoundError:
    # Run from a checkout (PYTHONPATH=python): the project's one VERSION.
    __version__ = (_Path(__file__).resolve().parents[2] / "VERSION").read_text().split()[0]
