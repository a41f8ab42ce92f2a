"""Near-duplicate photos: perceptual hashes that survive the edits an operator makes.

One operator reuses a face photo across personas after light edits: a crop of up to ~10%,
a resize, a mirror, a brightness change, a JPEG re-encode. A single pHash (imagehash) already
shrugs off resizing, brightness and re-encoding, but not mirroring or cropping, so every photo
gets a small set of hashes (`VARIANTS`):

* `full`: the whole image;
* `mirror`: the whole image flipped left-right, so that a mirrored copy's `mirror` hash is the
  original's `full` hash;
* `center`, `top_left`, `top_right`, `bottom_left`, `bottom_right`: 92% windows of the image.
  A copy cropped by up to ~10% (centred or to one side) looks like one of these windows of
  the original, so the copy's `full` (or `mirror`) hash lands near that window's hash.

Matching compares a *probe* hash (`full`, `mirror`) of one photo with a *target* hash (every
variant but `mirror`) of the other, in both directions, and keeps the smallest Hamming
distance. Comparing windows with windows would add chances of false matches and no recall.

Candidates are found in SQL by multi-index hashing (Norouzi et al., CVPR 2012), the
generalisation of the pigeonhole bands: the 64 bits are cut into four 16-bit bands; if two
hashes differ in at most `d` bits, some band differs in at most `d // 4` bits, so probing each
band's key XOR every mask of at most `d // 4` bits finds every pair within `d`. 16-bit keys
keep buckets small at 100k photos, where 8-bit bands would put hundreds in every bucket.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from multiprocessing import get_all_start_methods, get_context
from multiprocessing.context import BaseContext
from pathlib import Path

import imagehash
import numpy as np
import pyarrow as pa
from PIL import Image, ImageOps

# Probe variants first: their order is the order of `hashes` in `photo_hashes`.
VARIANTS = ("full", "mirror", "center", "top_left", "top_right", "bottom_left", "bottom_right")
PROBE_VARIANTS = ("full", "mirror")
TARGET_VARIANTS = tuple(v for v in VARIANTS if v != "mirror")

# Share of each side the crop windows keep: a 92% window sits within ~4% of any crop of
# up to 10%, which pHash tolerates (measured on edited copies, see tests/test_link_images.py).
WINDOW = 0.92
# Side of the grayscale thumbnail every hash is cut from: pHash works on 32x32 anyway, and
# 64 px gave the same distances as 128 px on edited copies at ~60% of the cost (~1.5 ms/photo).
THUMBNAIL = 64

BAND_BITS = 16
BANDS = 64 // BAND_BITS
# A band key shared by more photos than this is a degenerate hash (flat or blank images),
# not evidence; skipping it keeps the join linear.
MAX_BUCKET = 500

# Below this many files, starting worker processes costs more than it saves.
PARALLEL_MIN_FILES = 256


def _windows() -> dict[str, tuple[float, float, float, float]]:
    margin = 1.0 - WINDOW
    return {
        "center": (margin / 2, margin / 2, 1 - margin / 2, 1 - margin / 2),
        "top_left": (0.0, 0.0, WINDOW, WINDOW),
        "top_right": (margin, 0.0, 1.0, WINDOW),
        "bottom_left": (0.0, margin, WINDOW, 1.0),
        "bottom_right": (margin, margin, 1.0, 1.0),
    }


def _to_int64(image_hash: imagehash.ImageHash) -> int:
    """Pack a 64-bit imagehash into a signed int64 (SQL BIGINT), bit for bit."""
    value = int.from_bytes(np.packbits(image_hash.hash.flatten()).tobytes(), "big")
    return value - (1 << 64) if value >= 1 << 63 else value


def _thumbnail(path: Path) -> Image.Image:
    with Image.open(path) as img:
        # For JPEG, decode at a reduced scale straight to grayscale: most of the speed.
        img.draft("L", (THUMBNAIL * 2, THUMBNAIL * 2))
        gray = img.convert("L")
        return gray.resize((THUMBNAIL, THUMBNAIL), Image.Resampling.BOX)


def hash_photo(path: Path) -> list[int]:
    """The perceptual hashes of one image, one per entry of `VARIANTS`."""
    thumb = _thumbnail(path)
    hashes = {"full": thumb, "mirror": ImageOps.mirror(thumb)}
    for name, (left, top, right, bottom) in _windows().items():
        box = tuple(round(v * THUMBNAIL) for v in (left, top, right, bottom))
        hashes[name] = thumb.crop(box)
    return [_to_int64(imagehash.phash(hashes[name])) for name in VARIANTS]


def _hash_files(paths: list[str | None], bundle_dir: str) -> tuple[list[list[int] | None], list[str | None]]:
    hashes: list[list[int] | None] = []
    errors: list[str | None] = []
    for value in paths:
        if value is None:
            hashes.append(None)
            errors.append(None)
            continue
        try:
            hashes.append(hash_photo(Path(bundle_dir) / value))
            errors.append(None)
        except FileNotFoundError:
            hashes.append(None)
            errors.append("file not found")
        # PIL reports corrupt, truncated and unknown formats as OSError or ValueError;
        # a bad photo must never stop the scan.
        except (OSError, ValueError, Image.DecompressionBombError) as exc:
            hashes.append(None)
            errors.append(f"unreadable image: {type(exc).__name__}: {exc}")
    return hashes, errors


def _default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def _worker_context() -> BaseContext:
    # fork where the OS has it: spawn would re-run the caller's main script in every worker,
    # which breaks scripts without a __main__ guard. The workers run only Python and numpy
    # code, never the parent's DuckDB connection, so forking beside its threads is safe.
    return get_context("fork" if "fork" in get_all_start_methods() else "spawn")


def photo_hashes(paths: list[str | None], bundle_dir: Path, workers: int | None = None) -> pa.Table:
    """Batch function: perceptual hashes of photos, one row per path, in order.

    Columns: `hashes` (list<int64>, one 64-bit pHash per entry of `VARIANTS`, null when the
    image could not be read) and `error` (why it could not be read, else null).
    Paths are relative to `bundle_dir`. Large batches are spread over worker processes.
    """
    workers = workers or _default_workers()
    if workers > 1 and len(paths) >= PARALLEL_MIN_FILES:
        size = -(-len(paths) // (workers * 4))
        chunks = [paths[i:i + size] for i in range(0, len(paths), size)]
        with ProcessPoolExecutor(workers, mp_context=_worker_context()) as pool:
            results = list(pool.map(partial(_hash_files, bundle_dir=str(bundle_dir)), chunks))
        hashes = [h for part, _ in results for h in part]
        errors = [e for _, part in results for e in part]
    else:
        hashes, errors = _hash_files(list(paths), str(bundle_dir))
    return pa.table({
        "hashes": pa.array(hashes, type=pa.list_(pa.int64())),
        "error": pa.array(errors, type=pa.string()),
    })


def _probe_radius(max_distance: int) -> int:
    """Per-band bit errors to probe so that every pair within `max_distance` shares a probe."""
    return max_distance // BANDS


def photo_pairs_stage(engine, bundle_dir: Path, max_distance: int = 10,
                      progress: Callable[[str], None] | None = None) -> None:
    """Find subjects whose photos are near-duplicates.

    Creates `photo_files(input, hashes, error)` (one row per distinct photo path),
    `photo_hash(subject_id, variant, hash)` and
    `photo_pairs(a, b, distance, variants)` with a < b, `distance` the smallest Hamming
    distance over probe/target variant pairs (0 for identical files) and `variants` which
    two variants gave it (e.g. `mirror/center`: b's photo is a mirrored crop of a's).
    """
    report = progress or (lambda message: None)
    report("photos: hashing")
    engine.map_distinct("photo_files", "SELECT photo FROM subjects WHERE photo IS NOT NULL",
                        partial(photo_hashes, bundle_dir=bundle_dir))
    variant_rows = ", ".join(f"({i}, '{name}')" for i, name in enumerate(VARIANTS, start=1))
    engine.create("photo_hash", f"""
        SELECT s.id AS subject_id, v.variant, f.hashes[v.pos]::BIGINT AS hash
        FROM subjects s
        JOIN photo_files f ON f.input = s.photo
        CROSS JOIN (VALUES {variant_rows}) AS v(pos, variant)
        WHERE f.hashes IS NOT NULL
    """)
    report(f"photos: {engine.scalar('SELECT count(DISTINCT subject_id) FROM photo_hash')} hashed")

    band_mask = (1 << BAND_BITS) - 1
    targets = ", ".join(f"'{v}'" for v in TARGET_VARIANTS)
    probes = ", ".join(f"'{v}'" for v in PROBE_VARIANTS)
    engine.create("_photo_targets", f"""
        WITH keyed AS (
            SELECT subject_id, variant, hash, band,
                   (hash >> ({BAND_BITS} * band)) & {band_mask} AS key
            FROM photo_hash CROSS JOIN range({BANDS}) AS b(band)
            WHERE variant IN ({targets})
        )
        , crowded AS (
            SELECT band, key FROM keyed GROUP BY band, key
            HAVING count(DISTINCT subject_id) > {MAX_BUCKET}
        )
        SELECT k.* FROM keyed k
        LEFT JOIN crowded c ON c.band = k.band AND c.key = k.key
        WHERE c.key IS NULL
    """)
    radius = _probe_radius(max_distance)
    # Both directions come from the one join: each photo's probes meet the other's targets.
    engine.create("photo_pairs", f"""
        WITH masks AS (
            SELECT range AS mask FROM range({1 << BAND_BITS}) WHERE bit_count(range) <= {radius}
        ),
        probes AS (
            SELECT subject_id, variant, hash, band,
                   xor((hash >> ({BAND_BITS} * band)) & {band_mask}, mask) AS key
            FROM photo_hash CROSS JOIN range({BANDS}) AS b(band) CROSS JOIN masks
            WHERE variant IN ({probes})
        ),
        close AS (
            SELECT least(p.subject_id, t.subject_id) AS a,
                   greatest(p.subject_id, t.subject_id) AS b,
                   -- written as a's variant / b's variant
                   CASE WHEN p.subject_id < t.subject_id THEN p.variant || '/' || t.variant
                        ELSE t.variant || '/' || p.variant END AS variants,
                   bit_count(xor(p.hash, t.hash)) AS distance
            FROM probes p
            JOIN _photo_targets t ON t.band = p.band AND t.key = p.key
            WHERE p.subject_id <> t.subject_id
              AND bit_count(xor(p.hash, t.hash)) <= {int(max_distance)}
        )
        SELECT a, b, min(distance)::INTEGER AS distance,
               first(variants ORDER BY distance, variants) AS variants
        FROM close
        GROUP BY a, b
    """)
    engine.sql("DROP TABLE _photo_targets")
    report(f"photos: {engine.count('photo_pairs')} near-duplicate pairs")
