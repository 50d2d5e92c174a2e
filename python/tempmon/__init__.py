"""tempmon's second implementation of its contracts, in Python.

tempmon.ring reads the ring (kmod/uapi/tempmon.h). Written from the
documents alone; Debian's python3-numpy is its only dependency.
"""
