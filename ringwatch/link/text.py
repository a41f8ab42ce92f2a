"""Near-duplicate resumes: template-aware MinHash, LSH bands in SQL.

Personas of one operator reuse a resume with small edits (name, contact details, a sentence).
Honest applicants share resume *templates*: the same headings and boilerplate sentences
around their own content. So:

1. Each resume is normalised (ASCII-folded, lowercased, with emails, URLs and digits gone so
   contact edits do not matter) and cut into word 3-shingles, hashed in vectorised numpy.
2. Shingles found in more than `max(boilerplate_min_docs, boilerplate_share * documents)`
   documents of the bundle are boilerplate and dropped before MinHash: a shared template
   then creates no similarity, while text shared by a handful of personas still does.
3. A MinHash signature per document (64 permutations of datasketch's `affine32` scheme,
   computed for the whole batch at once), cut into LSH bands stored as `resume_bands`;
   candidate pairs come from a self-join on (band, key) in SQL and are verified by the share
   of equal signature slots, the unbiased estimate of their Jaccard similarity.
4. Documents whose normalised text is identical pair with similarity 1.0 whatever the
   boilerplate filter left of them.

Documents are the distinct `subjects.resume` values: subjects pointing at one file share one
document. Known limit: a near-clone shared by more documents than the boilerplate threshold
looks exactly like a template and is dropped; exact copies are still caught by step 4.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from anyascii import anyascii
from datasketch import MinHashLSH

from ringwatch.bundle_paths import RESUME, Refused, looks_like_resume_path, read_bundle_file
from ringwatch.engines import Engine
from ringwatch.limits import Limits, current_limits

SHINGLE_SIZE = 3  # word 3-shingles: one edited word changes only three shingles
NUM_PERM = 64
SEED = 1
BOILERPLATE_MIN_DOCS = 20
BOILERPLATE_SHARE = 0.005
MAX_BUCKET = 200  # an LSH bucket this full is leftover boilerplate, not a ring
MIN_SHINGLES = 5  # fewer distinct shingles than this is too little text to compare
# Weigh missed pairs 9:1 over extra candidates when choosing bands: candidates are
# verified exactly anyway (datasketch's optimiser; 16 bands x 4 rows for 64 permutations).
LSH_WEIGHTS = (0.1, 0.9)
PARALLEL_MIN_DOCS = 2_000  # documents worth spreading over the engine's workers (reading, shingling)
PARALLEL_MIN_SIGNATURES = 50_000  # MinHash is cheap next to shipping the shingle lists to workers
_BLOCK = 1024  # documents shingled together
_DOC_BITS = 10  # enough for a block's document index; shingle hashes keep the other 54 bits

# Emails, URLs and domain paths, matched only from the start of a whitespace-separated token;
# possessive quantifiers keep Python's regex engine from backtracking through every word.
_CONTACT = re.compile(r"(?<!\S)(?:[^\s@]++@\S++|(?:https?://|www\.)\S++|[\w-]++(?:\.[\w-]++)++/\S*+)")
_CONTACT_MARKS = ("@", "/", "www.")
# bytes.translate table: lowercase letters stay, every other byte becomes a space.
_LETTERS_ONLY = bytes(c if ord("a") <= c <= ord("z") else ord(" ") for c in range(256))

_UINT32 = np.uint32
_UINT64 = np.uint64
# Random odd multipliers, one per character position within a word (positions wrap at 32),
# and one per word position within a shingle; fixed so hashes agree across processes.
_RNG = np.random.default_rng(20240611)
_CHAR_MULTIPLIERS = _RNG.integers(0, 2**63, 32, dtype=np.uint64) * _UINT64(2) + _UINT64(1)
_WORD_MULTIPLIERS = _RNG.integers(0, 2**63, SHINGLE_SIZE, dtype=np.uint64) * _UINT64(2) + _UINT64(1)


# -- reading ----------------------------------------------------------------------------------

_looks_like_path = looks_like_resume_path
# Members a .docx may hold: a real one has a few dozen.
MAX_DOCX_MEMBERS = 2_000


class ResumeError(ValueError):
    """A resume file that will not be read; the message says why (safe to show)."""


def _check_docx_zip(archive: zipfile.ZipFile, limits: Limits) -> None:
    """Refuse a zip bomb before anything is decompressed: the members' declared sizes must
    add up to at most RINGWATCH_MAX_DOCUMENT_BYTES. (zipfile stops every member at its
    declared size and checks its CRC, so a member cannot decompress to more than it declares.)"""
    members = archive.infolist()
    if len(members) > MAX_DOCX_MEMBERS:
        raise ResumeError(f"a .docx of {len(members):,} parts (at most {MAX_DOCX_MEMBERS:,})")
    declared = sum(m.file_size for m in members)
    if declared > limits.max_document_bytes:
        raise ResumeError(f"a .docx that decompresses to {declared:,} bytes, over the limit of "
                          f"{limits.max_document_bytes:,} (RINGWATCH_MAX_DOCUMENT_BYTES)")


def check_resume_file(suffix: str, handle, limits: Limits | None = None) -> None:
    """What the loader checks of a resume file without extracting its text: a .docx is a zip
    within the decompressed-size limit, a .pdf starts like one. Raises ResumeError."""
    limits = limits or current_limits()
    suffix = suffix.lower()
    if suffix == ".docx":
        try:
            with zipfile.ZipFile(handle) as archive:
                _check_docx_zip(archive, limits)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
            raise ResumeError(f"not a .docx (zip) file: {str(exc)[:200]}") from None
    elif suffix == ".pdf":
        if b"%PDF-" not in handle.read(1024):
            raise ResumeError("not a PDF file")


def document_text(suffix: str, data: bytes, limits: Limits | None = None) -> str:
    """The text of a resume file's bytes, by its suffix; at most RINGWATCH_MAX_DOCUMENT_BYTES
    characters of text are extracted. Raises ResumeError for a file that cannot be read."""
    limits = limits or current_limits()
    cap = limits.max_document_bytes
    suffix = suffix.lower()
    try:
        if suffix == ".pdf":
            from pypdf import PdfReader

            parts, size = [], 0
            for page in PdfReader(io.BytesIO(data)).pages:
                text = page.extract_text() or ""
                parts.append(text)
                size += len(text) + 1
                if size > cap:
                    break
            return "\n".join(parts)[:cap]
        if suffix == ".docx":
            import docx

            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                _check_docx_zip(archive, limits)
            document = docx.Document(io.BytesIO(data))
            cells = (cell.text for table in document.tables for row in table.rows for cell in row.cells)
            return "\n".join([p.text for p in document.paragraphs] + list(cells))[:cap]
        return data.decode("utf-8", errors="replace")[:cap]
    except ResumeError:
        raise
    # pypdf and python-docx raise many exception types on damaged files; one bad file must
    # never stop a scan.
    except Exception as exc:  # noqa: BLE001
        kind = "PDF" if suffix == ".pdf" else ".docx" if suffix == ".docx" else "text"
        raise ResumeError(f"unreadable {kind}: {type(exc).__name__}: {str(exc)[:200]}") from None


def read_resume_checked(value: str | None, bundle_dir: Path,
                        limits: Limits | None = None) -> tuple[str | None, str | None]:
    """The text of a resume cell and, when it names a file that cannot be read, why.

    A cell naming a file (`looks_like_resume_path`) is read through `ringwatch.bundle_paths`
    (inside the bundle, regular, within RINGWATCH_MAX_RESUME_BYTES); any other cell is the
    resume's text itself.
    """
    if value is None or not value.strip():
        return None, None
    if not looks_like_resume_path(value):
        return value, None
    try:
        data = read_bundle_file(Path(bundle_dir), value, RESUME, limits)
        return document_text(Path(value.strip()).suffix, data, limits), None
    except (Refused, ResumeError) as exc:
        return None, str(exc)


def read_resume(value: str | None, bundle_dir: Path) -> str | None:
    """The text of a resume cell: a file relative to the bundle, or the inline text itself.

    Returns None for a missing or unreadable file (the loader and the stage report why).
    """
    return read_resume_checked(value, bundle_dir)[0]


def _strip_contacts(text: str) -> str:
    # The regex runs only on the few lines that can hold an email or a URL.
    if not any(mark in text for mark in _CONTACT_MARKS):
        return text
    return "\n".join(_CONTACT.sub(" ", line) if any(mark in line for mark in _CONTACT_MARKS) else line
                     for line in text.split("\n"))


def _normalised_words(text: str) -> bytes:
    folded = _strip_contacts(anyascii(text).lower())
    return b" ".join(folded.encode("ascii", "ignore").translate(_LETTERS_ONLY).split())


def normalise_resume(text: str) -> str:
    """Lowercase ASCII words separated by single spaces; emails, URLs and digits removed."""
    return _normalised_words(text).decode("ascii")


# -- shingling (vectorised) -------------------------------------------------------------------

def _fmix64(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finaliser: spreads every input bit over every output bit."""
    values = values ^ (values >> _UINT64(33))
    values = values * _UINT64(0xFF51AFD7ED558CCD)
    values = values ^ (values >> _UINT64(33))
    values = values * _UINT64(0xC4CEB9FE1A85EC53)
    return values ^ (values >> _UINT64(33))


def _word_hashes(words_text: bytes) -> np.ndarray:
    """64-bit hashes of the space-separated words of `words_text`, without a Python loop."""
    chars = np.frombuffer(words_text, dtype=np.uint8)
    letters = np.flatnonzero(chars != ord(" "))
    if letters.size == 0:
        return np.zeros(0, dtype=np.uint64)
    word_start = np.ones(letters.size, dtype=bool)
    word_start[1:] = np.diff(letters) > 1
    starts = np.flatnonzero(word_start)
    position = np.arange(letters.size) - np.repeat(starts, np.diff(np.append(starts, letters.size)))
    terms = chars[letters].astype(np.uint64) * _CHAR_MULTIPLIERS[position % 32]
    return _fmix64(np.add.reduceat(terms, starts))


@dataclass
class Shingles:
    """Distinct shingle hashes of a batch of documents, concatenated document by document."""

    hashes: np.ndarray  # uint64; only the top 54 bits are significant
    counts: np.ndarray  # int64 per document: how many of `hashes` are its own
    readable: np.ndarray  # bool per document
    text_hashes: np.ndarray  # int64 per document: hash of the normalised text (0 if unreadable)
    errors: list[str | None] = field(default_factory=list)  # per document: why a file was unreadable


def _distinct_shingles(texts: list[bytes]) -> tuple[np.ndarray, np.ndarray]:
    """Distinct shingle hashes of up to `_BLOCK` normalised texts, and each text's count."""
    words = _word_hashes(b" ".join(texts))
    n_words = np.array([t.count(b" ") + 1 if t else 0 for t in texts], dtype=np.int64)
    doc_of_word = np.repeat(np.arange(len(texts)), n_words)
    # Shingle i spans words i .. i+k-1 and is kept only if they all belong to one document.
    last = SHINGLE_SIZE - 1
    n = max(0, words.size - last)
    combined = np.zeros(n, dtype=np.uint64)
    for offset in range(SHINGLE_SIZE):
        combined += words[offset:offset + n] * _WORD_MULTIPLIERS[offset]
    same_doc = doc_of_word[:n] == doc_of_word[last:last + n]
    hashes, docs = _fmix64(combined[same_doc]), doc_of_word[:n][same_doc]
    # Distinct per document with one sort: the document index in the top bits of the key,
    # the hash's own top bits below it.
    keys = np.sort((docs.astype(np.uint64) << _UINT64(64 - _DOC_BITS)) | (hashes >> _UINT64(_DOC_BITS)))
    first = np.ones(keys.size, dtype=bool)
    first[1:] = keys[1:] != keys[:-1]
    keys = keys[first]
    docs = (keys >> _UINT64(64 - _DOC_BITS)).astype(np.int64)
    counts = np.bincount(docs, minlength=len(texts)).astype(np.int64)
    return keys << _UINT64(_DOC_BITS), counts  # the hash's top bits, back in place


def shingle_documents(values: Sequence[str | None], bundle_dir: str) -> Shingles:
    """Read, normalise and shingle a batch of resume cells."""
    texts: list[bytes] = []
    readable = np.zeros(len(values), dtype=bool)
    text_hashes = np.zeros(len(values), dtype=np.int64)
    errors: list[str | None] = []
    limits = current_limits()
    for i, value in enumerate(values):
        raw, error = read_resume_checked(value, Path(bundle_dir), limits)
        errors.append(error)
        if raw is None:
            texts.append(b"")
            continue
        text = _normalised_words(raw)
        readable[i] = True
        digest = hashlib.blake2b(text, digest_size=8).digest()
        text_hashes[i] = int.from_bytes(digest, "big", signed=True)
        texts.append(text)
    # Blocks keep the numpy temporaries in cache: one pass over 100 MB of text is 5x slower.
    blocks = [_distinct_shingles(texts[i:i + _BLOCK]) for i in range(0, len(texts), _BLOCK)]
    hashes = np.concatenate([b[0] for b in blocks]) if blocks else np.zeros(0, dtype=np.uint64)
    counts = np.concatenate([b[1] for b in blocks]) if blocks else np.zeros(0, dtype=np.int64)
    return Shingles(hashes, counts, readable, text_hashes, errors)


def resume_shingles(values: Sequence[str | None], bundle_dir: str) -> pa.Table:
    """Batch function: per resume cell, `shingles` (its distinct word-shingle hashes, list of
    int64 holding the unsigned 64-bit hashes' bits; null when unreadable), `text_hash` (hash of
    the normalised text; null when unreadable) and `error` (why a file was unreadable).
    Plain and pool-free: the engine runs it where it likes (`Engine.map_distinct`)."""
    shingles = shingle_documents(values, bundle_dir)
    offsets = np.zeros(len(values) + 1, dtype=np.int32)
    offsets[1:] = np.cumsum(shingles.counts)
    unreadable = ~shingles.readable
    return pa.table({
        "shingles": pa.ListArray.from_arrays(pa.array(offsets), pa.array(shingles.hashes.astype(np.int64)),
                                             mask=pa.array(unreadable)),
        "text_hash": pa.array(shingles.text_hashes, mask=unreadable, type=pa.int64()),
        "error": pa.array(shingles.errors or [None] * len(values), type=pa.string()),
    })


# -- boilerplate and MinHash ------------------------------------------------------------------

def boilerplate_threshold(n_docs: int, min_docs: int = BOILERPLATE_MIN_DOCS,
                          share: float = BOILERPLATE_SHARE) -> int:
    """Shingles in more documents than this are template boilerplate."""
    return max(min_docs, int(share * n_docs))


def boilerplate_hashes(hashes: np.ndarray, max_docs: int) -> np.ndarray:
    """The sorted shingle hashes (uint64) found in more than `max_docs` documents; `hashes` are
    every document's distinct hashes back to back."""
    # Hashes are distinct within a document, so a hash's count is its document frequency.
    distinct, doc_freq = np.unique(hashes, return_counts=True)
    return distinct[doc_freq > max_docs]


def _drop_boilerplate(hashes: np.ndarray, counts: np.ndarray,
                      boilerplate: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Shingle hashes without `boilerplate` (sorted uint64), and each document's kept count."""
    if boilerplate.size == 0:
        return hashes, counts.copy()
    slot = np.minimum(np.searchsorted(boilerplate, hashes), boilerplate.size - 1)
    keep = boilerplate[slot] != hashes
    docs = np.repeat(np.arange(counts.size), counts)
    kept_counts = np.bincount(docs[keep], minlength=counts.size).astype(np.int64)
    return hashes[keep], kept_counts


def minhash_permutations(num_perm: int = NUM_PERM, seed: int = SEED) -> tuple[np.ndarray, np.ndarray]:
    """The (a, b) of datasketch's affine32 permutations h -> a*h + b mod 2^32, a odd."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * _UINT32(2) + _UINT32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def _fmix32(values: np.ndarray) -> np.ndarray:
    values = values ^ (values >> _UINT32(16))
    values = values * _UINT32(0x85EBCA6B)
    values = values ^ (values >> _UINT32(13))
    values = values * _UINT32(0xC2B2AE35)
    return values ^ (values >> _UINT32(16))


def minhash_signatures(hashes32: np.ndarray, counts: np.ndarray, num_perm: int = NUM_PERM,
                       seed: int = SEED) -> np.ndarray:
    """MinHash signatures of many sets at once: a (documents x num_perm) uint32 matrix.

    `hashes32` holds every set's 32-bit element hashes back to back, `counts` each set's size.
    Equal to datasketch's `MinHash(scheme="affine32")` fed the same 32-bit hashes with an
    identity hash function; empty sets keep the all-ones "empty" value.
    """
    a, b = minhash_permutations(num_perm, seed)
    mixed = _fmix32(hashes32.astype(np.uint32))
    signatures = np.full((counts.size, num_perm), np.iinfo(np.uint32).max, dtype=np.uint32)
    nonempty = counts > 0
    if not nonempty.any():
        return signatures
    starts = (np.cumsum(counts) - counts)[nonempty]

    # One process, no threads of its own: the engine runs batches in parallel.
    for p in range(num_perm):
        signatures[nonempty, p] = np.minimum.reduceat(mixed * a[p] + b[p], starts)
    return signatures


def _signature_columns(hashes: np.ndarray, counts: np.ndarray, boilerplate: np.ndarray,
                       num_perm: int) -> dict[str, pa.Array]:
    """`sig`, `n_shingles` and `n_boilerplate` of documents given as their distinct shingle
    hashes (uint64, back to back, `counts` each)."""
    kept, kept_counts = _drop_boilerplate(hashes, counts, boilerplate)
    signatures = minhash_signatures(kept >> _UINT64(32), kept_counts, num_perm)
    has_sig = kept_counts > 0
    flat = pa.array(signatures[has_sig].astype(np.int64).ravel())
    offsets = np.zeros(counts.size + 1, dtype=np.int32)
    offsets[1:] = np.cumsum(np.where(has_sig, num_perm, 0))
    return {"sig": pa.ListArray.from_arrays(pa.array(offsets), flat, mask=pa.array(~has_sig)),
            "n_shingles": pa.array(kept_counts, type=pa.int32()),
            "n_boilerplate": pa.array(counts - kept_counts, type=pa.int32())}


def resume_minhash(values: Sequence[Sequence[int]], boilerplate: np.ndarray,
                   num_perm: int = NUM_PERM) -> pa.Table:
    """Batch function over documents' shingle lists (`resume_shingles`'s `shingles`, never
    null): drop the `boilerplate` hashes (uint64, sorted) and MinHash the rest. Columns `sig`
    (list<int64> of `num_perm` 32-bit minima; null when nothing is left), `n_shingles`
    (distinct shingles kept), `n_boilerplate` (dropped). Plain and pool-free."""
    lists = pa.array(values, type=pa.list_(pa.int64()))
    counts = np.asarray(lists.value_lengths().fill_null(0), dtype=np.int64)
    hashes = np.asarray(lists.flatten(), dtype=np.int64).astype(np.uint64)
    return pa.table(_signature_columns(hashes, counts, boilerplate, num_perm))


def resume_signatures(values: list[str | None], bundle_dir: Path, *, num_perm: int = NUM_PERM,
                      boilerplate_min_docs: int = BOILERPLATE_MIN_DOCS,
                      boilerplate_share: float = BOILERPLATE_SHARE) -> pa.Table:
    """A template-aware MinHash signature per resume cell, one row per input, in this process
    (the stage does the same through the engine: `resume_shingles`, the boilerplate in SQL,
    `resume_minhash`). The documents are the batch: boilerplate is what many of *them* share.
    Columns: `sig` (list<int64> of `num_perm` 32-bit minima; null when the document is
    unreadable or nothing but boilerplate), `n_shingles` (distinct shingles kept),
    `n_boilerplate` (distinct shingles dropped as boilerplate) and `text_hash` (hash of the
    normalised text, equal for texts that differ only in case, contact details or digits);
    the last three are null for unreadable documents.
    """
    shingles = shingle_documents(list(values), str(bundle_dir))
    max_docs = boilerplate_threshold(int(shingles.readable.sum()), boilerplate_min_docs, boilerplate_share)
    boilerplate = boilerplate_hashes(shingles.hashes, max_docs)
    columns = _signature_columns(shingles.hashes, shingles.counts, boilerplate, num_perm)
    unreadable = pa.array(~shingles.readable)
    return pa.table({
        "sig": columns["sig"],
        "n_shingles": pc.if_else(unreadable, pa.scalar(None, pa.int32()), columns["n_shingles"]),
        "n_boilerplate": pc.if_else(unreadable, pa.scalar(None, pa.int32()), columns["n_boilerplate"]),
        "text_hash": pa.array(shingles.text_hashes, mask=~shingles.readable, type=pa.int64()),
        "error": pa.array(shingles.errors or [None] * len(values), type=pa.string()),
    })


# -- the stage ---------------------------------------------------------------------------------

def lsh_bands(threshold: float, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """(bands, rows per band) for a similarity threshold, from datasketch's optimiser."""
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm, weights=LSH_WEIGHTS)
    return lsh.b, lsh.r


def _similarities(signatures: np.ndarray, doc_a: np.ndarray, doc_b: np.ndarray,
                  chunk: int = 1_000_000) -> np.ndarray:
    """Share of equal signature slots per candidate pair: the Jaccard estimate."""
    out = np.empty(doc_a.size, dtype=np.float64)
    for start in range(0, doc_a.size, chunk):
        end = start + chunk
        equal = signatures[doc_a[start:end]] == signatures[doc_b[start:end]]
        out[start:end] = equal.mean(axis=1)
    return out


def resume_pairs_stage(engine: Engine, bundle_dir: Path, threshold: float = 0.6,
                       progress: Callable[[str], None] | None = None, *,
                       num_perm: int = NUM_PERM, max_bucket: int = MAX_BUCKET,
                       min_shingles: int = MIN_SHINGLES) -> None:
    """Find subjects whose resumes are near-duplicates once template boilerplate is ignored.

    Creates `resume_docs(doc, input, sig, n_shingles, n_boilerplate, text_hash)` (one row per
    distinct resume cell), `resume_signatures(subject_id, doc, n_shingles, text_hash)`,
    `resume_bands(subject_id, band, key)` and `resume_pairs(a, b, similarity)` with a < b and
    similarity >= threshold (1.0 for identical normalised texts).
    """
    report = progress or (lambda message: None)
    n_docs = engine.scalar("SELECT count(DISTINCT resume) FROM subjects WHERE resume IS NOT NULL")
    report(f"resumes: reading {n_docs} documents")
    # Per document, in parallel where the engine likes: read, normalise, shingle.
    engine.map_distinct("_resume_shingles", "SELECT resume FROM subjects WHERE resume IS NOT NULL",
                        partial(resume_shingles, bundle_dir=str(bundle_dir)), min_parallel=PARALLEL_MIN_DOCS)
    # Boilerplate is what many documents of the bundle share: counted in the engine.
    readable = engine.scalar("SELECT count(*) FROM _resume_shingles WHERE text_hash IS NOT NULL")
    max_docs = boilerplate_threshold(int(readable))
    common = engine.arrow(f"""
        SELECT h FROM (SELECT unnest(shingles) AS h FROM _resume_shingles) AS s
        GROUP BY h HAVING count(*) > {int(max_docs)}""").column(0)
    boilerplate = np.sort(np.asarray(common, dtype=np.int64).astype(np.uint64))
    # Per document again: MinHash of what is left (documents with equal shingles once).
    engine.map_distinct("_resume_minhash", "SELECT shingles FROM _resume_shingles",
                        partial(resume_minhash, boilerplate=boilerplate, num_perm=num_perm),
                        min_parallel=PARALLEL_MIN_SIGNATURES)
    engine.create("resume_docs", """
        SELECT CAST(row_number() OVER (ORDER BY s.input) - 1 AS BIGINT) AS doc, s.input,
               m.sig, m.n_shingles, m.n_boilerplate, s.text_hash, s.error
        FROM _resume_shingles s LEFT JOIN _resume_minhash m ON m.input = s.shingles
    """)
    engine.sql("DROP TABLE _resume_shingles")
    engine.sql("DROP TABLE _resume_minhash")
    from ringwatch.load import record_file_problems

    record_file_problems(engine, bundle_dir, "resume",
                         "SELECT input, error FROM resume_docs WHERE error IS NOT NULL")
    engine.create("resume_signatures", """
        SELECT s.id AS subject_id, d.doc, d.n_shingles, d.text_hash
        FROM subjects s JOIN resume_docs d ON d.input = s.resume
        WHERE d.text_hash IS NOT NULL
    """)

    bands, rows = lsh_bands(threshold, num_perm)
    engine.create("resume_bands", f"""
        SELECT s.subject_id, b.band, hash(list_slice(d.sig, b.band * {rows} + 1, (b.band + 1) * {rows})) AS key
        FROM resume_signatures s
        JOIN resume_docs d ON d.doc = s.doc
        CROSS JOIN range({bands}) AS b(band)
        WHERE d.sig IS NOT NULL AND s.n_shingles >= {int(min_shingles)}
    """)
    candidates = engine.arrow(f"""
        WITH crowded AS (
            SELECT band, key FROM resume_bands GROUP BY band, key HAVING count(*) > {int(max_bucket)}
        ),
        usable AS (
            SELECT r.* FROM resume_bands r
            LEFT JOIN crowded c ON c.band = r.band AND c.key = r.key
            WHERE c.key IS NULL
        ),
        pairs AS (
            SELECT DISTINCT x.subject_id AS a, y.subject_id AS b
            FROM usable x JOIN usable y
              ON x.band = y.band AND x.key = y.key AND x.subject_id < y.subject_id
        )
        SELECT p.a, p.b, sa.doc AS doc_a, sb.doc AS doc_b
        FROM pairs p
        JOIN resume_signatures sa ON sa.subject_id = p.a
        JOIN resume_signatures sb ON sb.subject_id = p.b
    """)
    report(f"resumes: verifying {candidates.num_rows} candidate pairs")
    signatures = _signature_matrix(engine.arrow("SELECT sig FROM resume_docs ORDER BY doc").column("sig"), num_perm)
    similarity = _similarities(signatures, candidates.column("doc_a").to_numpy(),
                               candidates.column("doc_b").to_numpy())
    engine.register("_resume_candidates", pa.table({
        "a": candidates.column("a"), "b": candidates.column("b"), "similarity": similarity}))
    engine.create("resume_pairs", f"""
        WITH exact_groups AS (
            SELECT text_hash FROM resume_signatures
            GROUP BY text_hash HAVING count(*) BETWEEN 2 AND {int(max_bucket)}
        ),
        exact AS (
            SELECT x.subject_id AS a, y.subject_id AS b, 1.0::DOUBLE AS similarity
            FROM resume_signatures x
            JOIN resume_signatures y ON x.text_hash = y.text_hash AND x.subject_id < y.subject_id
            JOIN resume_docs d ON d.doc = x.doc
            WHERE x.text_hash IN (SELECT text_hash FROM exact_groups)
              AND d.n_shingles + d.n_boilerplate >= {int(min_shingles)}
        ),
        both_kinds AS (
            SELECT a, b, similarity FROM _resume_candidates WHERE similarity >= {float(threshold)}
            UNION ALL
            SELECT a, b, similarity FROM exact
        )
        SELECT a, b, max(similarity) AS similarity FROM both_kinds GROUP BY a, b
    """)
    engine.sql("DROP TABLE _resume_candidates")
    report(f"resumes: {engine.count('resume_pairs')} near-duplicate pairs")


def _signature_matrix(sig: pa.ChunkedArray, num_perm: int) -> np.ndarray:
    """The `sig` column as a (documents x num_perm) matrix; rows without a signature are 0
    (they are never candidates: they have no bands)."""
    matrix = np.zeros((len(sig), num_perm), dtype=np.int64)
    combined = sig.combine_chunks() if isinstance(sig, pa.ChunkedArray) else sig
    present = np.asarray(combined.is_valid())
    if present.any():
        matrix[present] = combined.filter(pa.array(present)).flatten().to_numpy().reshape(-1, num_perm)
    return matrix
