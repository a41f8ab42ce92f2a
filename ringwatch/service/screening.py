"""Screening one new subject against the last scan, without a rescan (`POST /api/screen`).

The new subject (its row in the contract's columns, and optionally its logins, endpoint
telemetry, payouts and shipments) is prepared as the scan prepares a subject: a lone subject
row on the fast path (ringwatch/service/screen_row.py: the scan's own normalisers called
directly, about a millisecond), anything more through the scan's own stages on a one-subject
bundle in memory (the loader with its row/column errors, normalisation, every per-subject
indicator, the layout of linkable values; about a quarter of a second). Its values are then
looked up in the screening index the scan left beside its workspace
(ringwatch/screening_index.py), weighed as the scan weighs them (the same rarity table and the
bundle's own calibration for the group size the newcomer would make), and the newcomer's
score is combined as the scan combines one person's evidence.

What a screen cannot know, it says: photos and resumes are not compared (that needs the whole
population's hashes), and of the honest stories only the two that need nothing but the
matched subjects are applied (the same home: household; the same employer: colleagues).
Everything else (contact points, offices, payroll, shared terminals) is weighed at the next
scan, so a screen errs towards review: one kind of evidence alone is at most medium, and its
answer is a first look, never a decision. Nothing is stored.
"""

from __future__ import annotations

import json
import math
import tempfile
from collections.abc import Callable
from pathlib import Path

from ringwatch.engines import open_engine
from ringwatch.errors import BundleError
from ringwatch.explanations import HOUSEHOLD_LINKS, WORKPLACE_LINKS
from ringwatch.link.exact import build_subject_keys, link_code
from ringwatch.link.fuzzy import canonical_addresses
from ringwatch.link.weights import MIN_LINK_WEIGHT, link_weight
from ringwatch.load import load_bundle
from ringwatch.normalise.stage import normalise_bundle
from ringwatch.score import THRESHOLD_HIGH, THRESHOLD_MEDIUM, UNCORROBORATED_CAP
from ringwatch.service.screen_row import prepare_row
from ringwatch.service.workspace import Workspace
from ringwatch.signals.compute import compute_signals

CHILD_TABLES = ("logins", "endpoint", "payments", "shipments")
MAX_CHILD_ROWS = 10_000  # a screen is one subject; its history is bounded
CONTEXT_DISCOUNT = 0.2
# Evidence lighter than this is not a kind of evidence of its own for corroboration.
CORROBORATING_WEIGHT = 0.2


class ScreenError(ValueError):
    """The subject cannot be screened as given; `issues` says where (table, row, column)."""

    def __init__(self, message: str, issues: list[dict] | None = None) -> None:
        super().__init__(message)
        self.issues = issues or []


def _evidence(weight: float) -> float:
    return -math.log(max(1e-9, 1 - min(weight, 0.999999)))


def _write_bundle(folder: Path, payload: dict) -> str:
    _check_payload(payload)
    subject = payload["subject"]
    sid = str(subject["id"])
    with (folder / "subjects.jsonl").open("w", encoding="utf-8") as fh:
        fh.write(json.dumps(subject, default=str) + "\n")
    for table in CHILD_TABLES:
        rows = payload.get(table) or []
        if not isinstance(rows, list) or len(rows) > MAX_CHILD_ROWS:
            raise ScreenError(f"`{table}` must be a list of at most {MAX_CHILD_ROWS} rows")
        if rows:
            with (folder / f"{table}.jsonl").open("w", encoding="utf-8") as fh:
                for row in rows:
                    if not isinstance(row, dict):
                        raise ScreenError(f"`{table}` rows must be objects")
                    fh.write(json.dumps({**row, "subject_id": sid}, default=str) + "\n")
    return sid


def _prepare(payload: dict) -> dict:
    """The newcomer through the scan's own stages, in memory."""
    with tempfile.TemporaryDirectory(prefix="ringwatch-screen-") as tmp:
        bundle = Path(tmp) / "bundle"
        bundle.mkdir()
        sid = _write_bundle(bundle, payload)
        engine = open_engine()
        try:
            try:
                load_bundle(engine, bundle)
            except BundleError as exc:
                raise ScreenError(str(exc), [dict(zip(("file", "row", "column", "code", "message"), (
                    i.file, i.row, i.column, i.code, i.message))) for i in exc.issues]) from None
            normalise_bundle(engine)
            canonical_addresses(engine)
            compute_signals(engine)
            # one subject: its own identity and person (the scan resolves these over everyone)
            engine.create("identity_clusters", "SELECT id AS subject_id, id AS identity_id FROM subjects_norm")
            engine.create("persons", "SELECT id AS subject_id, id AS person_id FROM subjects_norm")
            build_subject_keys(engine)
            return {
                "id": sid,
                "keys": engine.rows("SELECT DISTINCT kind, field, value FROM subject_keys "
                                    "WHERE value IS NOT NULL AND kind <> 'identity'"),
                "canonical": dict(engine.rows("SELECT address_key, canonical FROM address_canon")),
                "signals": engine.rows("SELECT code, weight, detail, signal_group FROM signals ORDER BY code"),
                "person": engine.rows("SELECT name_key, birth_date::VARCHAR, employer_key, address_key, "
                                      "email_key, phone_e164 FROM subjects_norm")[0],
                "warnings": [dict(zip(("file", "row", "column", "code", "message"), r)) for r in engine.rows(
                    "SELECT file, \"row\", \"column\", code, message FROM load_issues ORDER BY file, \"row\"")],
            }
        finally:
            engine.close()


def _check_payload(payload: dict) -> None:
    subject = payload.get("subject")
    if not isinstance(subject, dict) or not str(subject.get("id") or "").strip():
        raise ScreenError("`subject` must be an object with an `id`")


def prepare_fast(payload: dict) -> dict | None:
    """A lone subject row prepared on the fast path (ringwatch/service/screen_row.py), about a
    millisecond; None when the payload has more than the row or a row the path cannot vouch for."""
    _check_payload(payload)
    if any(payload.get(table) for table in CHILD_TABLES):
        return None
    return prepare_row(payload["subject"])


def prepare(payload: dict) -> dict:
    """The newcomer's values, indicators and person fields: on the fast path where it can,
    else through the scan's own stages (about a quarter of a second)."""
    fast = prepare_fast(payload)
    return fast if fast is not None else _prepare(payload)


def screen(workspace: Workspace, payload: dict, prepared: dict | None = None,
           kept: Callable[[list[str]], list[tuple]] | None = None) -> dict:
    """Score, level, reasons, and the existing subjects and rings one new subject links to."""
    return screen_with_record(workspace, payload, prepared, kept)[0]


def screen_with_record(workspace: Workspace, payload: dict, prepared: dict | None = None,
                       kept: Callable[[list[str]], list[tuple]] | None = None) -> tuple[dict, dict]:
    """The screen's answer, and what keeping the newcomer stores (its values as looked up, its
    employer and canonical home). Values are looked up in the scan's screening index
    (ringwatch/screening_index.py) and, through `kept`, among newcomers kept since
    (ringwatch/service/kept.py) that the scan does not include. `prepared`: the payload already
    prepared (`prepare_fast`)."""
    index = workspace.screening_index()
    new = prepared if prepared is not None else prepare(payload)
    if index.has_subject(new["id"]):
        raise ScreenError(f"subject {new['id']!r} is already in the scan; screening is for new subjects")
    name_key, birth_date, employer, address_key, email_key, phone = new["person"]
    # Addresses are compared in the scan's own canonical form of the same place.
    known = index.canonical(new["canonical"])
    local_to_scan = {canon: known.get(key, canon) for key, canon in new["canonical"].items()}
    home = local_to_scan.get(new["canonical"].get(address_key)) if address_key else None
    keys = [(kind, field, local_to_scan.get(value, value) if kind == "address" else value)
            for kind, field, value in new["keys"]]
    values = sorted({value for _, _, value in keys})
    matches = index.holders(values)
    if kept is not None:
        matches += [m for m in kept(values) if m[3] != new["id"] and not index.has_subject(m[3])]
    people: dict[tuple, set] = {}
    for kind, _field, value, _sid, person, *_ in matches:
        people.setdefault((kind, value), set()).add(person)

    housemates = {sid for _k, _f, _v, sid, _p, _r, _l, _e, h in matches if home and h == home}
    colleagues = {sid for _k, _f, _v, sid, _p, _r, _l, e, _h in matches if employer and e == employer}
    links: dict[tuple, dict] = {}
    for kind, field_old, value, sid, _person, ring_id, level, _emp, _home in matches:
        for kind_new, field_new, value_new in keys:
            if kind_new != kind or value_new != value:
                continue
            code = link_code(kind, field_new, field_old)
            if code is None:
                continue
            n = len(people[(kind, value)]) + 1
            weight = link_weight(code, n) * index.calibrated(code, n)
            explained = None
            if sid in housemates and code in HOUSEHOLD_LINKS:
                explained = "household"
            elif sid in colleagues and code in WORKPLACE_LINKS:
                explained = "workplace"
            if explained:
                weight *= CONTEXT_DISCOUNT
            if weight < MIN_LINK_WEIGHT:
                continue
            key = (code, value, sid)
            if key not in links or links[key]["weight"] < weight:
                links[key] = {"code": code, "value": value, "subject": sid, "ring": ring_id, "level": level,
                              "people_sharing": n, "weight": round(weight, 4), "explained_by": explained}
    # The same identity (name and birth date) with contacts of its own: a reused identity.
    if name_key and birth_date:
        for sid, ring_id, level, email, phone_old in index.same_identity(name_key, birth_date):
            if (email_key and email_key == email) or (phone and phone == phone_old):
                continue  # the same person again (a re-application), not a reused identity
            links[("IDENTITY_REUSE", name_key, sid)] = {
                "code": "IDENTITY_REUSE", "value": "same name and birth date", "subject": sid, "ring": ring_id,
                "level": level, "people_sharing": 2, "weight": link_weight("IDENTITY_REUSE", 2),
                "explained_by": None}
    answer = _score(new, sorted(links.values(), key=lambda l: (-l["weight"], l["code"], l["subject"])))
    return answer, {"id": new["id"], "keys": keys, "employer_key": employer, "home": home,
                    "level": answer["level"], "score": answer["score"], "run_id": index.run_id}


def _score(new: dict, links: list[dict]) -> dict:
    """One person's evidence, combined as the scan combines it: the strongest of each signal
    group and of each link kind, summed as evidence; one kind alone capped for review."""
    best: dict[str, tuple] = {}
    for code, weight, detail, group in new["signals"]:
        if group not in best or best[group][1] < weight:
            best[group] = (code, weight, detail)
    strongest: dict[str, dict] = {}
    for link in links:
        if link["code"] not in strongest:
            strongest[link["code"]] = link
    contributions = [{"code": c, "weight": w, "detail": d} for c, w, d in best.values()]
    contributions += [{"code": l["code"], "weight": l["weight"],
                       "detail": f"shares {l['value']} with {l['subject']} ({l['people_sharing']} people would "
                                 f"share it)" + (f"; x {CONTEXT_DISCOUNT} {l['explained_by']}" if l["explained_by"] else "")}
                      for l in strongest.values()]
    score = 1 - math.exp(-sum(_evidence(c["weight"]) for c in contributions))
    kinds = {c["code"] for c in contributions if c["weight"] >= CORROBORATING_WEIGHT}
    reasons = [c["code"] for c in sorted(contributions, key=lambda c: -c["weight"])]
    if score > UNCORROBORATED_CAP and len(kinds) < 2:
        score = UNCORROBORATED_CAP
        reasons.append("UNCORROBORATED")
    level = "high" if score >= THRESHOLD_HIGH else "medium" if score >= THRESHOLD_MEDIUM else "low"
    rings = sorted({(l["ring"], l["level"]) for l in links if l["ring"]})
    return {"id": new["id"], "score": round(score, 4), "level": level, "reasons": reasons,
            "contributions": contributions, "links": links,
            "rings": [{"ring_id": r, "level": lv} for r, lv in rings],
            "warnings": new["warnings"],
            "not_compared": ["photo", "resume"],
            "note": "a first look against the last scan; photos and resumes are not compared and "
                    "most honest explanations are weighed only at the next scan"}
