"""Pagefind's output, made the same on every run over the same pages.

Pagefind writes its filters in the order of a hash map seeded afresh by each
process, so two runs over the same pages write different filter files (and a
different index summary naming them). Everything else it writes is a pure
function of the pages. :func:`make_deterministic` rewrites those files with
filters and their values in sorted order, named by a digest of their content,
so a cold build and an incremental one publish the same bytes.

The files are gzipped CBOR behind Pagefind's ``pagefind_dcd`` signature; the
small codec below covers what Pagefind writes (integers, strings, arrays, maps),
and encodes as Pagefind does (shortest heads, definite lengths): re-encoding an
unchanged file gives back its bytes (tests/test_search.py).
"""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

SIGNATURE = b"pagefind_dcd"
ENTRY = "pagefind-entry.json"
FILTERS = 3  # the index summary's list of (filter, chunk): [version, pages, index chunks, filters, sorts, meta]


def decode(data: bytes):
    value, end = _decode(data, 0)
    if end != len(data):
        raise ValueError("trailing bytes after a CBOR value")
    return value


def _decode(data: bytes, at: int):
    head = data[at]
    major, info = head >> 5, head & 31
    at += 1
    if info < 24:
        arg = info
    elif info <= 27:
        width = 1 << (info - 24)
        arg = int.from_bytes(data[at:at + width], "big")
        at += width
    else:
        raise ValueError(f"CBOR head {head:#x} is not one Pagefind writes")
    if major == 0:
        return arg, at
    if major == 1:
        return -1 - arg, at
    if major == 2:
        return bytes(data[at:at + arg]), at + arg
    if major == 3:
        return data[at:at + arg].decode("utf-8"), at + arg
    if major == 4:
        items = []
        for _ in range(arg):
            item, at = _decode(data, at)
            items.append(item)
        return items, at
    if major == 5:
        mapping = {}
        for _ in range(arg):
            key, at = _decode(data, at)
            mapping[key], at = _decode(data, at)
        return mapping, at
    if major == 7 and arg in (20, 21, 22):
        return {20: False, 21: True, 22: None}[arg], at
    raise ValueError(f"CBOR major type {major} is not one Pagefind writes")


def _head(major: int, arg: int) -> bytes:
    if arg < 24:
        return bytes([major << 5 | arg])
    for info, width in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if arg < 1 << (8 * width):
            return bytes([major << 5 | info]) + arg.to_bytes(width, "big")
    raise ValueError("integer too large for CBOR")


def encode(value) -> bytes:
    if value is None or isinstance(value, bool):
        return bytes([0xF6 if value is None else 0xF5 if value else 0xF4])
    if isinstance(value, int):
        return _head(0, value) if value >= 0 else _head(1, -1 - value)
    if isinstance(value, bytes):
        return _head(2, len(value)) + value
    if isinstance(value, str):
        data = value.encode("utf-8")
        return _head(3, len(data)) + data
    if isinstance(value, list):
        return _head(4, len(value)) + b"".join(map(encode, value))
    if isinstance(value, dict):
        return _head(5, len(value)) + b"".join(encode(k) + encode(v) for k, v in value.items())
    raise TypeError(f"cannot encode {type(value).__name__} as CBOR")


def read(path: Path):
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(SIGNATURE):
        raise ValueError(f"{path} is not a Pagefind file")
    return decode(data[len(SIGNATURE):])


def packed(value) -> bytes:
    """A Pagefind file's bytes (gzip without a time stamp, so the same value gives the same bytes)."""
    return gzip.compress(SIGNATURE + encode(value), compresslevel=9, mtime=0)


def _named(language: str, data: bytes, length: int) -> str:
    return f"{language}_{hashlib.sha256(data).hexdigest()[:length]}"


def make_deterministic(bundle: Path) -> None:
    """Rewrite a Pagefind bundle's filter files and index summary in sorted order, named by content."""
    entry_path = bundle / ENTRY
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    for language, info in entry["languages"].items():
        meta_path = bundle / f"pagefind.{info['hash']}.pf_meta"
        meta = read(meta_path)
        chunks = {name: read(bundle / "filter" / f"{chunk}.pf_filter") for name, chunk in meta[FILTERS]}
        for _, chunk in meta[FILTERS]:
            (bundle / "filter" / f"{chunk}.pf_filter").unlink()
        filters = []
        for name, (filter_name, values) in sorted(chunks.items()):
            data = packed([filter_name, sorted(values, key=lambda value: value[0])])
            chunk = _named(language, data, len(dict(meta[FILTERS])[name]) - len(language) - 1)
            (bundle / "filter" / f"{chunk}.pf_filter").write_bytes(data)
            filters.append([name, chunk])
        meta[FILTERS] = filters
        data = packed(meta)
        info["hash"] = _named(language, data, len(info["hash"]) - len(language) - 1)
        meta_path.unlink()
        (bundle / f"pagefind.{info['hash']}.pf_meta").write_bytes(data)
    entry_path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
