"""IP addresses: canonical text, network block, private/reserved, and hosting/VPN provider.

IPv4 (the bulk of real login data) is parsed and matched with vectorised pyarrow/numpy code;
IPv6 and odd spellings go through `ipaddress` one by one. Hosting ranges come from
`ringwatch/data/hosting_ranges.csv` or the file named by `RINGWATCH_HOSTING_RANGES`.
"""

from __future__ import annotations

import bisect
import csv
import functools
import ipaddress
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

HOSTING_RANGES_ENV = "RINGWATCH_HOSTING_RANGES"
BUNDLED_RANGES = Path(__file__).resolve().parent.parent / "data" / "hosting_ranges.csv"
RANGE_KINDS = ("cloud", "vpn", "hosting")

SCHEMA = pa.schema([
    ("ip", pa.string()),
    ("version", pa.int8()),
    ("net", pa.string()),
    ("private", pa.bool_()),
    ("hosting", pa.bool_()),
    ("provider", pa.string()),
])

# Dotted quad without leading zeros: the spelling `ipaddress` accepts, checked in bulk by RE2.
_OCTET = r"(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
_IPV4_RE = rf"^{_OCTET}\.{_OCTET}\.{_OCTET}\.{_OCTET}$"

# IPv4 blocks that are not globally routable (IANA special-purpose registry plus multicast and
# the reserved 240/4): the same answer as `not ipaddress.IPv4Address(x).is_global`, plus
# multicast, computed in bulk.
_NON_PUBLIC_V4 = (
    "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
    "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16",
    "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
)


@dataclass(frozen=True)
class _Segments:
    """Non-overlapping [start, end] intervals, sorted, each naming one range of the list."""
    starts: list[int]
    ends: list[int]
    index: list[int]  # row in HostingRanges.rows


@dataclass(frozen=True)
class HostingRanges:
    rows: list[tuple[str, str, str]]  # (cidr, provider, kind)
    v4: _Segments
    v4_starts: np.ndarray
    v4_ends: np.ndarray
    v4_index: np.ndarray
    v6: _Segments


def _flatten(ranges: list[tuple[int, int, int]]) -> _Segments:
    """Turn nested/disjoint CIDRs into disjoint segments where the most specific one wins.

    CIDR blocks either nest or are disjoint, so a sweep with a stack of open blocks suffices.
    """
    starts: list[int] = []
    ends: list[int] = []
    index: list[int] = []

    def emit(lo: int, hi: int, row: int) -> None:
        if lo <= hi:
            starts.append(lo)
            ends.append(hi)
            index.append(row)

    stack: list[tuple[int, int, int]] = []  # (next uncovered start, end, row)
    for start, end, row in sorted(ranges, key=lambda r: (r[0], -r[1])):
        while stack and stack[-1][1] < start:
            lo, hi, top = stack.pop()
            emit(lo, hi, top)
            if stack:
                stack[-1] = (hi + 1, stack[-1][1], stack[-1][2])
        if stack:  # nested inside the open block: close the block's part before it
            lo, hi, top = stack[-1]
            emit(lo, start - 1, top)
            stack[-1] = (end + 1, hi, top)
        stack.append((start, end, row))
    while stack:
        lo, hi, top = stack.pop()
        emit(lo, hi, top)
        if stack:
            stack[-1] = (hi + 1, stack[-1][1], stack[-1][2])
    order = sorted(range(len(starts)), key=starts.__getitem__)
    return _Segments([starts[i] for i in order], [ends[i] for i in order], [index[i] for i in order])


def load_hosting_ranges(path: str | Path | None = None) -> HostingRanges:
    """Read a `cidr,provider,kind` CSV: `path`, else $RINGWATCH_HOSTING_RANGES, else the bundled list."""
    path = Path(path or os.environ.get(HOSTING_RANGES_ENV) or BUNDLED_RANGES)
    return _load_cached(str(path.resolve()), path.stat().st_mtime)


@functools.lru_cache(maxsize=4)
def _load_cached(path: str, _mtime: float) -> HostingRanges:
    rows: list[tuple[str, str, str]] = []
    v4: list[tuple[int, int, int]] = []
    v6: list[tuple[int, int, int]] = []
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        missing = {"cidr", "provider", "kind"} - set(reader.fieldnames or ())
        if missing:
            raise ValueError(f"{path}: hosting ranges file lacks columns {sorted(missing)}")
        for line, record in enumerate(reader, start=2):
            try:
                network = ipaddress.ip_network(record["cidr"].strip(), strict=False)
            except ValueError as exc:
                raise ValueError(f"{path}:{line}: bad cidr {record['cidr']!r}") from exc
            row = len(rows)
            rows.append((str(network), record["provider"].strip(), record["kind"].strip().lower()))
            bounds = (int(network.network_address), int(network.broadcast_address), row)
            (v4 if network.version == 4 else v6).append(bounds)
    seg4 = _flatten(v4)
    return HostingRanges(
        rows=rows,
        v4=seg4,
        v4_starts=np.asarray(seg4.starts, dtype=np.int64),
        v4_ends=np.asarray(seg4.ends, dtype=np.int64),
        v4_index=np.asarray(seg4.index, dtype=np.int64),
        v6=_flatten(v6),
    )


def _lookup_v4(ints: np.ndarray, ranges: HostingRanges) -> np.ndarray:
    """Row index of the hosting range holding each address, -1 where none does."""
    if len(ranges.v4_starts) == 0 or len(ints) == 0:
        return np.full(len(ints), -1, dtype=np.int64)
    pos = np.searchsorted(ranges.v4_starts, ints, side="right") - 1
    safe = np.clip(pos, 0, None)
    hit = (pos >= 0) & (ints <= ranges.v4_ends[safe])
    return np.where(hit, ranges.v4_index[safe], -1)


def _lookup_v6(value: int, ranges: HostingRanges) -> int:
    seg = ranges.v6
    pos = bisect.bisect_right(seg.starts, value) - 1
    return seg.index[pos] if pos >= 0 and value <= seg.ends[pos] else -1


@functools.cache
def _non_public_v4() -> tuple[np.ndarray, np.ndarray]:
    nets = sorted(ipaddress.ip_network(n) for n in _NON_PUBLIC_V4)
    return (np.array([int(n.network_address) for n in nets], dtype=np.int64),
            np.array([int(n.broadcast_address) for n in nets], dtype=np.int64))


def _is_non_public_v4(ints: np.ndarray) -> np.ndarray:
    starts, ends = _non_public_v4()
    pos = np.searchsorted(starts, ints, side="right") - 1
    safe = np.clip(pos, 0, None)
    return (pos >= 0) & (ints <= ends[safe])


def _dotted(ints: np.ndarray) -> pa.Array:
    """IPv4 integers to dotted-quad text, in bulk."""
    parts = [pa.array((ints >> shift) & 0xFF).cast(pa.string()) for shift in (24, 16, 8, 0)]
    return pc.binary_join_element_wise(*parts, ".")


def classify_ips(values: Sequence[str | None], ranges: HostingRanges | None = None) -> pa.Table:
    """One row per input: canonical `ip`, `version`, `net` (/24 or /48), `private`, `hosting`, `provider`."""
    ranges = ranges or load_hosting_ranges()
    n = len(values)
    raw = pc.utf8_trim_whitespace(pa.array(values, type=pa.string()))
    fast = pc.fill_null(pc.match_substring_regex(raw, _IPV4_RE), False).to_numpy(zero_copy_only=False)

    ip: list[str | None] = [None] * n
    version = np.zeros(n, dtype=np.int8)
    net: list[str | None] = [None] * n
    private = np.zeros(n, dtype=bool)
    row = np.full(n, -1, dtype=np.int64)

    v4_pos = np.flatnonzero(fast)
    v4_ints = np.zeros(0, dtype=np.int64)
    if len(v4_pos):
        octets = pc.split_pattern(raw.take(pa.array(v4_pos)), ".")
        flat = pc.cast(pc.list_flatten(octets), pa.int64()).to_numpy().reshape(-1, 4)
        v4_ints = (flat[:, 0] << 24) | (flat[:, 1] << 16) | (flat[:, 2] << 8) | flat[:, 3]

    # The rest: IPv6, IPv4-mapped IPv6 and anything `ipaddress` may still accept.
    slow_v4_pos: list[int] = []
    slow_v4_ints: list[int] = []
    raw_list = raw.to_pylist() if not fast.all() else []
    for i in np.flatnonzero(~fast):
        text = raw_list[i]
        if not text:
            continue
        try:
            address = ipaddress.ip_address(text.split("%", 1)[0])  # drop an IPv6 zone id
        except ValueError:
            continue
        if address.version == 6 and address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        if address.version == 4:
            slow_v4_pos.append(int(i))
            slow_v4_ints.append(int(address))
            continue
        ip[i] = address.compressed
        version[i] = 6
        net[i] = str(ipaddress.IPv6Network((int(address) >> 80 << 80, 48)))
        private[i] = not address.is_global or address.is_multicast
        row[i] = _lookup_v6(int(address), ranges)

    all_pos = np.concatenate([v4_pos, np.asarray(slow_v4_pos, dtype=np.int64)])
    all_ints = np.concatenate([v4_ints, np.asarray(slow_v4_ints, dtype=np.int64)])
    if len(all_pos):
        texts = _dotted(all_ints).to_pylist()
        nets = pc.binary_join_element_wise(_dotted(all_ints & 0xFFFFFF00), "/24", "").to_pylist()
        for pos, text, block in zip(all_pos.tolist(), texts, nets):
            ip[pos] = text
            net[pos] = block
        version[all_pos] = 4
        private[all_pos] = _is_non_public_v4(all_ints)
        row[all_pos] = _lookup_v4(all_ints, ranges)

    valid = version > 0
    providers = np.array([r[1] for r in ranges.rows] + [None], dtype=object)
    return pa.Table.from_arrays([
        pa.array(ip, type=pa.string()),
        pa.array(np.where(valid, version, 0), type=pa.int8(), mask=~valid),
        pa.array(net, type=pa.string()),
        pa.array(private, mask=~valid),
        pa.array(row >= 0, mask=~valid),
        pa.array(providers[row], type=pa.string()),  # row -1 picks the trailing None
    ], schema=SCHEMA)


def sample_hosting_ips(rng: np.random.Generator, n: int, kind: str | None = None,
                       ranges: HostingRanges | None = None) -> list[str]:
    """Draw `n` random IPv4 addresses inside the hosting ranges (of one `kind` if given).

    A range is picked uniformly, then an address inside it, so small providers show up too
    instead of every draw landing in the biggest cloud blocks.
    """
    ranges = ranges or load_hosting_ranges()
    seg = ranges.v4
    pick = [i for i, row in enumerate(seg.index) if kind is None or ranges.rows[row][2] == kind]
    if not pick:
        raise ValueError(f"no IPv4 hosting ranges of kind {kind!r}")
    chosen = rng.choice(np.asarray(pick), size=n)
    starts = ranges.v4_starts[chosen]
    sizes = ranges.v4_ends[chosen] - starts + 1
    ints = starts + (rng.random(n) * sizes).astype(np.int64)
    return _dotted(ints).to_pylist()
