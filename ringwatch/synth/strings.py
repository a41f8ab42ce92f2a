"""Vectorised string builders: random digit/hex strings and IPv4 text, without per-row Python."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc


def digit_strings(rng: np.random.Generator, n: int, width: int, first_nonzero: bool = False) -> np.ndarray:
    """`n` random strings of `width` decimal digits, as a numpy bytes array."""
    digits = rng.integers(0, 10, size=(n, width), dtype=np.uint8)
    if first_nonzero and width:
        digits[:, 0] = rng.integers(1, 10, size=n, dtype=np.uint8)
    return np.ascontiguousarray(digits + ord("0")).view(f"S{width}").ravel() if n else np.array([], dtype=f"S{width}")


def hex_strings(values: np.ndarray, width: int = 16) -> np.ndarray:
    """Lower-case hex of unsigned 64-bit values, zero padded and cut to the last `width` digits."""
    if len(values) == 0:
        return np.array([], dtype=f"S{width}")
    raw = values.astype(">u8").tobytes().hex().encode()
    full = np.frombuffer(raw, dtype="S16")
    if width == 16:
        return full
    return np.frombuffer(full.tobytes(), dtype=np.uint8).reshape(-1, 16)[:, 16 - width:].copy().view(f"S{width}").ravel()


def to_text(values: np.ndarray | pa.Array) -> pa.Array:
    """A numpy bytes/str array (or Arrow array) as an Arrow string array."""
    if isinstance(values, (pa.Array, pa.ChunkedArray)):
        return values.cast(pa.string())
    if values.dtype.kind == "S":
        return pa.array(values, type=pa.binary()).cast(pa.string())
    return pa.array(values, type=pa.string())


def join(*parts, sep: str = "") -> pa.Array:
    """Element-wise concatenation of Arrow arrays / numpy arrays / scalars."""
    arrays = [p if isinstance(p, str) else to_text(p) for p in parts]
    return pc.binary_join_element_wise(*arrays, sep)


def ipv4_text(ips: np.ndarray) -> pa.Array:
    """Dotted-quad text of uint32 addresses; 0 means no address (null)."""
    ips = ips.astype(np.uint32)
    octets = [pa.array(((ips >> s) & 255).astype(np.uint8)).cast(pa.string()) for s in (24, 16, 8, 0)]
    text = pc.binary_join_element_wise(*octets, ".")
    return pc.if_else(pa.array(ips == 0), pa.scalar(None, pa.string()), text)


def ipv4_int(text: str) -> int:
    a, b, c, d = (int(x) for x in text.split("."))
    return (a << 24) | (b << 16) | (c << 8) | d


def take(vocab: list[str] | pa.Array, index: np.ndarray) -> pa.Array:
    """Vocabulary entries for an index array."""
    arr = vocab if isinstance(vocab, pa.Array) else pa.array(vocab, type=pa.string())
    return arr.take(pa.array(index))
