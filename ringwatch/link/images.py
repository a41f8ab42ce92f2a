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

pHash reads the coarse layout of light and dark, and portraits of different people share
much of it (a head above shoulders in the middle of the frame), so a pHash match alone is
not enough at scale. Each candidate is verified with an independent hash: the same pHash
taken on the two chroma planes (Cb, Cr) of the image, which sees where the colours are
(clothes, hair, backdrop) rather than where the light is. Brightness scales chroma and
luminance alike, which pHash ignores, and crops and mirrors are handled by the same variants,
so edited copies stay close on both while different people rarely are. A pair is kept when,
for the same probe/target variants, the pHash distance is within `max_distance` and the
pHash + Cb + Cr distance (192 bits) within `max_combined_distance`: a close luminance match
may differ a little more in chroma, which JPEG compresses hardest.

Candidates are found in SQL by multi-index hashing (Norouzi et al., CVPR 2012), the
generalisation of the pigeonhole bands: the 64 bits are cut into four 16-bit bands; if two
hashes differ in at most `d` bits, some band differs in at most `d // 4` bits, so probing each
band's key XOR every mask of at most `d // 4` bits finds every pair within `d`. 16-bit keys
keep buckets small at 100k photos, where 8-bit bands would put hundreds in every bucket.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import BinaryIO

import numpy as np
import pyarrow as pa
import scipy.fft
from PIL import Image, ImageOps, UnidentifiedImageError

from ringwatch.bundle_paths import PHOTO, Refused, read_bundle_file
from ringwatch.engines import Engine
from ringwatch.limits import Limits, current_limits

# The contract's photo formats: nothing else is ever handed to an image decoder (an EPS
# named .jpg would otherwise reach Ghostscript).
PHOTO_FORMATS = ("JPEG", "PNG")

# Probe variants first: their order is the order of `hashes` in `photo_hashes`.
VARIANTS = ("full", "mirror", "center", "top_left", "top_right", "bottom_left", "bottom_right")
PROBE_VARIANTS = ("full", "mirror")
TARGET_VARIANTS = tuple(v for v in VARIANTS if v != "mirror")

# Share of each side the crop windows keep: a 92% window sits within ~4% of any crop of
# up to 10%, which pHash tolerates (measured on edited copies, see tests/test_link_images.py).
WINDOW = 0.92
# Side of the thumbnail every hash is cut from: pHash works on 32x32 anyway, and 64 px gave
# the same distances as 128 px on edited copies at ~60% of the cost.
THUMBNAIL = 64
# pHash parameters, those of imagehash.phash: the 8x8 lowest DCT frequencies of a 32x32 image.
HASH_SIZE = 8
DCT_SIZE = 32
# A chroma plane flatter than this (standard deviation, in 8-bit levels) is a grey image: its
# hash would be JPEG noise, so it gets the hash of a flat plane, which grey copies share.
FLAT_CHROMA_STD = 2.0

# Defaults measured on 20k generated portraits (ringwatch.synth.media), ~6k of them edited
# copies in groups of 2-6 (2e8 pairs of different people): pHash alone within 10 bits matched
# 17,964 pairs of different people; also requiring pHash + Cb + Cr within 28 bits of 192
# matched none, and kept 96% of the pairs of copies and 99.3% of the copies in their group's
# cluster (30 bits: 1 false pair; 26 bits: 93% of the pairs).
MAX_DISTANCE = 10
MAX_COMBINED_DISTANCE = 28

BAND_BITS = 16
BANDS = 64 // BAND_BITS
# A band key shared by more photos than this is a degenerate hash (flat or blank images),
# not evidence; skipping it keeps the join linear.
MAX_BUCKET = 500

# Below this many files, spreading them over the engine's workers costs more than it saves.
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


class PhotoError(ValueError):
    """A photo that will not be decoded; the message says why (safe to show)."""


def open_photo(source: Path | BinaryIO, limits: Limits | None = None) -> Image.Image:
    """Open a photo for decoding: JPEG or PNG only, its pixel count checked from the header
    (PIL reads the size without decoding) against RINGWATCH_MAX_IMAGE_PIXELS. Raises
    PhotoError."""
    limits = limits or current_limits()
    try:
        with warnings.catch_warnings():
            # our own pixel limit decides, below; PIL's global one only warns up to 2x
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            img = Image.open(source, formats=PHOTO_FORMATS)
    except UnidentifiedImageError:
        raise PhotoError("not a JPEG or PNG image") from None
    except Image.DecompressionBombError as exc:
        raise PhotoError(f"image too large: {exc}") from None
    except (OSError, ValueError, SyntaxError) as exc:
        raise PhotoError(f"unreadable image: {type(exc).__name__}: {str(exc)[:200]}") from None
    width, height = img.size
    if width * height > limits.max_image_pixels:
        img.close()
        raise PhotoError(f"{width}x{height} pixels, over the limit of {limits.max_image_pixels:,} "
                         "(RINGWATCH_MAX_IMAGE_PIXELS)")
    return img


def check_photo(handle: BinaryIO, limits: Limits | None = None) -> None:
    """What the loader checks of a photo without decoding it: format and pixel count.
    Raises PhotoError."""
    open_photo(handle, limits).close()


def _thumbnail(path: Path | BinaryIO, limits: Limits | None = None) -> Image.Image:
    with open_photo(path, limits) as img:
        # For JPEG, decode at a reduced scale straight to YCbCr, its native colour space:
        # most of the speed.
        img.draft("YCbCr", (THUMBNAIL * 2, THUMBNAIL * 2))
        ycc = img.convert("YCbCr")
        return ycc.resize((THUMBNAIL, THUMBNAIL), Image.Resampling.BOX)


def _views(image: Image.Image) -> np.ndarray:
    """The image's `VARIANTS`, each resized to DCT_SIZE as imagehash.phash does; shape
    (bands, variants, DCT_SIZE, DCT_SIZE). Resizing all bands at once gives the same
    pixels as resizing each band alone, at a third of the cost."""
    views = {"full": image, "mirror": ImageOps.mirror(image)}
    for name, (left, top, right, bottom) in _windows().items():
        views[name] = image.crop(tuple(round(v * THUMBNAIL) for v in (left, top, right, bottom)))
    pixels = np.stack([np.asarray(views[name].resize((DCT_SIZE, DCT_SIZE), Image.Resampling.LANCZOS))
                       for name in VARIANTS])
    return pixels.transpose(3, 0, 1, 2)


def _phash_bits(pixels: np.ndarray) -> np.ndarray:
    """imagehash.phash over a stack of (DCT_SIZE, DCT_SIZE) images, bit for bit, in one call.

    Hashing the 21 views of a photo one by one through imagehash costs ~3x more than one
    scipy DCT over the stack; tests check both give the same bits.
    """
    dct = scipy.fft.dct(scipy.fft.dct(pixels.astype(np.float64), axis=1), axis=2)
    low = dct[:, :HASH_SIZE, :HASH_SIZE].reshape(len(pixels), -1)
    return low > np.median(low, axis=1, keepdims=True)


def _pack_int64(bits: np.ndarray) -> list[int]:
    """Pack rows of 64 bits (first bit most significant) into signed int64s (SQL BIGINT)."""
    return np.packbits(bits, axis=1).view(">i8").ravel().astype(np.int64).tolist()


def hash_photo(path: Path | BinaryIO, limits: Limits | None = None) -> tuple[list[int], list[int], list[int]]:
    """The luminance pHash, the Cb pHash and the Cr pHash of one image, one per entry of `VARIANTS`."""
    pixels = _views(_thumbnail(path, limits)).reshape(-1, DCT_SIZE, DCT_SIZE)
    bits = _phash_bits(pixels)
    n = len(VARIANTS)
    flat = pixels[n:].std(axis=(1, 2)) < FLAT_CHROMA_STD
    bits[n:][flat] = _phash_bits(np.zeros((1, DCT_SIZE, DCT_SIZE)))[0]
    packed = _pack_int64(bits)
    return packed[:n], packed[n:2 * n], packed[2 * n:]


_HashLists = list[list[int] | None]
_HASH_COLUMNS = ("hashes", "cb_hashes", "cr_hashes")


def _hash_files(paths: list[str | None], bundle_dir: str,
                limits: Limits | None = None) -> tuple[list[_HashLists], list[str | None]]:
    """Per hash column, one list of hashes (or None) per path; and per path an error or None.

    Every file is opened through `ringwatch.bundle_paths` (inside the bundle, regular,
    within RINGWATCH_MAX_PHOTO_BYTES) and decoded only as JPEG or PNG within the pixel limit."""
    limits = limits or current_limits()
    columns: list[_HashLists] = [[] for _ in _HASH_COLUMNS]
    errors: list[str | None] = []
    for value in paths:
        hashes: tuple[list[int] | None, ...] = (None,) * len(_HASH_COLUMNS)
        error = None
        if value is not None:
            try:
                data = read_bundle_file(Path(bundle_dir), value, PHOTO, limits)
                hashes = hash_photo(io.BytesIO(data), limits)
            except Refused as exc:
                error = exc.reason
            except PhotoError as exc:
                error = str(exc)
            # PIL reports corrupt and truncated data as OSError or ValueError while decoding;
            # a bad photo must never stop the scan.
            except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
                error = f"unreadable image: {type(exc).__name__}: {str(exc)[:200]}"
        for column, value_hashes in zip(columns, hashes):
            column.append(value_hashes)
        errors.append(error)
    return columns, errors


def photo_hashes(paths: list[str | None], bundle_dir: Path | str) -> pa.Table:
    """Batch function: perceptual hashes of photos, one row per path, in order.

    Columns: `hashes` (list<int64>, the luminance pHash per entry of `VARIANTS`),
    `cb_hashes` and `cr_hashes` (the same on the chroma planes), all null when the image
    could not be read, and `error` (why it could not be read, else null).
    Paths are relative to `bundle_dir`. Plain and pool-free: the engine spreads large batches
    over its workers (`Engine.map_distinct`).
    """
    columns, errors = _hash_files(list(paths), str(bundle_dir), current_limits())
    table = {name: pa.array(column, type=pa.list_(pa.int64())) for name, column in zip(_HASH_COLUMNS, columns)}
    return pa.table(table | {"error": pa.array(errors, type=pa.string())})


def _probe_radius(max_distance: int) -> int:
    """Per-band bit errors to probe so that every pair within `max_distance` shares a probe."""
    return max_distance // BANDS


def photo_pairs_stage(engine: Engine, bundle_dir: Path, max_distance: int = MAX_DISTANCE,
                      progress: Callable[[str], None] | None = None,
                      max_combined_distance: int = MAX_COMBINED_DISTANCE) -> None:
    """Find subjects whose photos are near-duplicates.

    Creates `photo_files(input, hashes, cb_hashes, cr_hashes, error)` (one row per distinct
    photo path), `photo_hash(subject_id, variant, hash, cb_hash, cr_hash)` and
    `photo_pairs(a, b, distance, variants)` with a < b, `distance` the smallest luminance
    pHash Hamming distance over probe/target variant pairs that also agree in chroma
    (pHash + Cb + Cr distance within `max_combined_distance`; 0 for identical files) and
    `variants` which two variants gave it (e.g. `mirror/center`: b's photo is a mirrored crop of a's).
    """
    report = progress or (lambda message: None)
    report("photos: hashing")
    engine.map_distinct("photo_files", "SELECT photo FROM subjects WHERE photo IS NOT NULL",
                        partial(photo_hashes, bundle_dir=bundle_dir), min_parallel=PARALLEL_MIN_FILES)
    from ringwatch.load import record_file_problems

    record_file_problems(engine, bundle_dir, "photo",
                         "SELECT input, error FROM photo_files WHERE error IS NOT NULL")
    variant_rows = ", ".join(f"({i}, '{name}')" for i, name in enumerate(VARIANTS, start=1))
    engine.create("photo_hash", f"""
        SELECT s.id AS subject_id, v.variant, f.hashes[v.pos]::BIGINT AS hash,
               f.cb_hashes[v.pos]::BIGINT AS cb_hash, f.cr_hashes[v.pos]::BIGINT AS cr_hash
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
            SELECT subject_id, variant, hash, cb_hash, cr_hash, band,
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
            SELECT subject_id, variant, hash, cb_hash, cr_hash, band,
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
              -- the verification: the same two variants must agree in colour layout too
              -- bit_count is a TINYINT: widen before adding three of them
              AND CAST(bit_count(xor(p.hash, t.hash)) AS INTEGER)
                  + CAST(bit_count(xor(p.cb_hash, t.cb_hash)) AS INTEGER)
                  + CAST(bit_count(xor(p.cr_hash, t.cr_hash)) AS INTEGER)
                  <= {int(max_combined_distance)}
        )
        SELECT a, b, min(distance)::INTEGER AS distance,
               first(variants ORDER BY distance, variants) AS variants
        FROM close
        GROUP BY a, b
    """)
    engine.sql("DROP TABLE _photo_targets")
    report(f"photos: {engine.count('photo_pairs')} near-duplicate pairs")
