"""tempmon's second implementation of its contracts, in Python.

tempmon.ring reads the ring (kmod/uapi/tempmon.h); tempmon.bundle reads a
report bundle (docs/bundle-format.md). Written from the documents alone;
Debian's python3-numpy, python3-pandas and python3-zstandard are the
dependencies.
"""
