"""Generate a scenario: a bundle of contract tables plus the ground truth beside it.

    out_dir/bundle/{subjects,logins,endpoint,payments,shipments,domains}.{csv,parquet,jsonl}
    out_dir/bundle/photos/, out_dir/bundle/resumes/
    out_dir/truth.csv   (outside the bundle: the detector must never see it)
    out_dir/vendor/okta.jsonl, out_dir/vendor/entra/signins-*.json,
    out_dir/vendor/osquery.results.log   (with vendor_logs=True)
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from .activity import endpoint_table, logins_table, payments_table, shipments_table
from .catalog import catalog
from .domains import domains_table
from .indicators import ip_kvm_products, remote_tool_processes
from .media import write_photo
from .negatives import background_noise, commercial_vpn, plant_negatives
from .plan import ACCOUNT, ROLE_NAMES, ROLE_RING, ROLE_SINGLETON, WORLDS, make_plan
from .population import build_population
from .render import subjects_table
from .resumes import FORMATS, resume_lines, write_resume
from .tactics import plant_rings, plant_singletons
from .world import World

FORMATS_OUT = ("csv", "parquet", "jsonl")
PHOTO_CAP = 20_000
RESUME_CAP = 50_000
DEFAULT_MEDIA_RATE = 0.4
# python-docx is slow (tens of ms a file): past these counts, other formats take over.
_DOCX_CAP, _PDF_CAP = 400, 4_000


@dataclass
class GenerateResult:
    bundle: Path
    truth: Path
    subjects: int
    rows: dict[str, int] = field(default_factory=dict)
    rings: int = 0
    photos: int = 0
    resumes: int = 0
    seconds: float = 0.0
    # False when the shared indicator samples were missing and built-in lists were used.
    indicator_samples: bool = True
    # vendor_logs=True: file name under out_dir/vendor -> records written
    vendor: dict[str, int] = field(default_factory=dict)


def _media_rate(rate: float | None, eligible: int, cap: int, already: int) -> float:
    """The share of honest people given a photo/resume: 40%, less at scale to keep to `cap` files."""
    if rate is not None:
        return float(rate)
    return min(DEFAULT_MEDIA_RATE, max(cap - already, 0) / max(eligible, 1))


def _assign_media(w: World, rng: np.random.Generator, photo_rate: float | None, resume_rate: float | None) -> None:
    """Honest people get their own photo/resume at a rate; ring and negative media are kept."""
    people = w.plan.kind != ACCOUNT
    rate = _media_rate(photo_rate, int(people.sum()), PHOTO_CAP, int((w.photo_face >= 0).sum()))
    chosen = people & (w.photo_face < 0) & (rng.random(w.n) < rate)
    w.photo_face[chosen] = rng.integers(2**40, 2**50, int(chosen.sum()))
    rate = _media_rate(resume_rate, int(people.sum()), RESUME_CAP, int((w.resume_doc >= 0).sum()))
    chosen = people & (w.resume_doc < 0) & (rng.random(w.n) < rate)
    w.resume_doc[chosen] = rng.integers(2**40, 2**50, int(chosen.sum()))


def _write_photos(w: World, rng: np.random.Generator, bundle: Path, ids: list[str]) -> np.ndarray:
    paths = np.full(w.n, "", dtype=object)
    idx = np.flatnonzero(w.photo_face >= 0)
    if len(idx):
        (bundle / "photos").mkdir(parents=True, exist_ok=True)
    png = (rng.random(len(idx)) < 0.15) | np.isin(idx, np.fromiter(w.photo_png, dtype=np.int64, count=len(w.photo_png)))
    for i, as_png in zip(idx.tolist(), png.tolist()):
        rel = f"photos/{ids[i]}.{'png' if as_png else 'jpg'}"
        write_photo(bundle / rel, int(w.photo_face[i]), int(w.photo_edit[i]))
        paths[i] = rel
    return paths


def _write_resumes(w: World, rng: np.random.Generator, bundle: Path, subjects: pa.Table) -> np.ndarray:
    values = np.full(w.n, "", dtype=object)
    idx = np.flatnonzero(w.resume_doc >= 0)
    if not len(idx):
        return values
    (bundle / "resumes").mkdir(parents=True, exist_ok=True)
    ids = subjects.column("id").take(pa.array(idx)).to_pylist()
    names = subjects.column("full_name").take(pa.array(idx)).to_pylist()
    emails = subjects.column("email").take(pa.array(idx)).to_pylist()
    phones = subjects.column("phone").take(pa.array(idx)).to_pylist()
    employers = catalog().employers
    fmt = rng.choice(len(FORMATS), size=len(idx), p=[0.35, 0.25, 0.15, 0.10, 0.15])
    used = {"docx": 0, "pdf": 0}
    for k, i in enumerate(idx.tolist()):
        lines = resume_lines(int(w.resume_doc[i]), names[k] or "", emails[k] or "", phones[k] or "", employers,
                             int(w.resume_template[i]), int(w.resume_edit[i]))
        kind = FORMATS[fmt[k]]
        if kind in used:
            used[kind] += 1
            if used[kind] > (_DOCX_CAP if kind == "docx" else _PDF_CAP):
                kind = "txt"
        if kind == "inline":
            values[i] = "\n".join(lines)
        else:
            rel = f"resumes/{ids[k]}.{kind}"
            write_resume(bundle / rel, lines)
            values[i] = rel
    return values


def _truth_table(w: World, ids: pa.Array) -> pa.Table:
    n = w.n
    ring = np.full(n, "", dtype=object)
    tactics = np.full(n, "", dtype=object)
    negative = np.full(n, "", dtype=object)
    for mapping, target in ((w.ring_of, ring), (w.tactics_of, tactics), (w.negative_of, negative)):
        if mapping:
            target[np.fromiter(mapping.keys(), dtype=np.int64)] = list(mapping.values())
    role = w.plan.role
    return pa.table({
        "subject_id": ids,
        "fraud": pa.array(((role == ROLE_RING) | (role == ROLE_SINGLETON)).astype(np.int8)),
        "ring": pa.array(ring, type=pa.string()),
        "role": pa.array(np.array(ROLE_NAMES, dtype=object)[role], type=pa.string()),
        "tactics": pa.array(tactics, type=pa.string()),
        "negative": pa.array(negative, type=pa.string()),
    })


def write_table(table: pa.Table, path_stem: Path, fmt: str) -> Path:
    path = path_stem.with_suffix(f".{fmt}")
    if fmt == "csv":
        pacsv.write_csv(table, path)
    elif fmt == "parquet":
        pq.write_table(table, path, compression="zstd")
    elif fmt == "jsonl":
        from ringwatch.engines.duckdb import scratch_connection

        with scratch_connection() as con:
            con.register("t", table)
            con.execute(f"COPY t TO '{path.as_posix()}' (FORMAT json)")
    else:
        raise ValueError(f"unknown format {fmt!r}; expected one of {FORMATS_OUT}")
    return path


def generate(out_dir: Path, subjects: int, seed: int, logins_per_subject: float = 10, fmt: str = "csv",
             photo_rate: float | None = None, resume_rate: float | None = None,
             progress: Callable[[str], None] | None = None, world: str = "mixed",
             vendor_logs: bool = False) -> GenerateResult:
    """Write a synthetic bundle with planted rings and hard negatives; deterministic for `seed`.

    `world`: "mixed" (default), "accounts" (an email provider: accounts only) or "employer"
    (applicants, employees and contractors). Tables with no rows in a world are not written.
    `vendor_logs`: also write the world's logins and endpoint telemetry as the vendors write
    them (`out_dir/vendor/`: Okta System Log JSON lines, Entra ID Graph sign-in pages, osquery
    results; see synth/vendor.py).
    """
    if world not in WORLDS:
        raise ValueError(f"unknown world {world!r}; expected one of {WORLDS}")
    if fmt not in FORMATS_OUT:
        raise ValueError(f"unknown format {fmt!r}; expected one of {FORMATS_OUT}")
    if subjects < 1:
        raise ValueError("subjects must be at least 1")
    started = time.perf_counter()
    say = progress or (lambda _msg: None)
    out_dir = Path(out_dir)
    bundle = out_dir / "bundle"
    bundle.mkdir(parents=True, exist_ok=True)
    rngs = [np.random.default_rng(s) for s in np.random.SeedSequence(seed).spawn(10)]

    say("planning roles and rings")
    plan = make_plan(rngs[0], subjects, world)
    say("drawing the population")
    w = build_population(rngs[1], plan)
    say("planting hard negatives and rings")
    commercial_vpn(w, rngs[2])
    plant_negatives(w, rngs[2])
    background_noise(w, rngs[2])
    plant_rings(w, rngs[3])
    plant_singletons(w, rngs[3])
    _assign_media(w, rngs[4], photo_rate, resume_rate)

    say("writing subjects, photos and resumes")
    table = subjects_table(w)
    ids = table.column("id").combine_chunks()
    photos = _write_photos(w, rngs[5], bundle, ids.to_pylist())
    resumes = _write_resumes(w, rngs[6], bundle, table)
    empty = pa.scalar(None, pa.string())
    for name, values in (("photo", photos), ("resume", resumes)):
        arr = pa.array(values, type=pa.string())
        table = table.set_column(table.schema.get_field_index(name), name, pc.if_else(pc.equal(arr, ""), empty, arr))
    rows = {"subjects": table.num_rows}
    write_table(table, bundle / "subjects", fmt)
    people = table.select(["id", "email", "employer"]) if vendor_logs else None
    del table
    kept: dict[str, pa.Table] = {}

    for name, build in (("logins", lambda: logins_table(w, rngs[7], logins_per_subject, ids)),
                        ("endpoint", lambda: endpoint_table(w, rngs[8], ids)),
                        ("payments", lambda: payments_table(w, rngs[9], ids)),
                        ("shipments", lambda: shipments_table(w, rngs[9], ids)),
                        ("domains", lambda: domains_table(w, rngs[9]))):
        say(f"writing {name}")
        t = build()
        if t.num_rows == 0 and name != "logins":
            continue  # e.g. no endpoint, payments or shipments in the accounts world
        rows[name] = t.num_rows
        write_table(t, bundle / name, fmt)
        if vendor_logs and name in ("logins", "endpoint"):
            kept[name] = t
        del t

    vendor: dict[str, int] = {}
    if vendor_logs:
        from .vendor import write_vendor_logs

        say("writing vendor logs")
        vendor_rng = np.random.default_rng(np.random.SeedSequence(seed).spawn(11)[10])
        vendor = write_vendor_logs(out_dir, w, vendor_rng, people, kept.get("logins"), kept.get("endpoint"))
        kept.clear()

    truth_path = out_dir / "truth.csv"
    pacsv.write_csv(_truth_table(w, ids), truth_path)
    return GenerateResult(
        bundle=bundle, truth=truth_path, subjects=subjects, rows=rows, rings=len(plan.rings),
        photos=int((photos != "").sum()), resumes=int((resumes != "").sum()),
        seconds=time.perf_counter() - started,
        indicator_samples=ip_kvm_products()[1] and remote_tool_processes()[1], vendor=vendor,
    )
