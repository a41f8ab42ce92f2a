"""The REST API (`/api/...`, OpenAPI at `/api/openapi.json`, docs at `/api/docs`)."""

from __future__ import annotations

from datetime import datetime
from functools import partial
from typing import Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from ringwatch.bundle_paths import PHOTO, Refused, read_bundle_file
from ringwatch.screening_index import IndexMissing
from ringwatch.service.access import (Service, check_unmask, masked_ring, masked_subject,
                                      require, service)
from ringwatch.service.kept import is_kept, keep, kept_holders, kept_list
from ringwatch.service.masking import mask_subject
from ringwatch.service.screening import ScreenError, prepare_fast, screen_with_record
from ringwatch.service.security import Principal
from ringwatch.service.store import AuditEntry, Judgement, utcnow

router = APIRouter(prefix="/api")


class JudgementIn(BaseModel):
    target_kind: Literal["ring", "subject", "link"]
    target: str = Field(min_length=1, max_length=512,
                         description="ring id, subject id, or for a link `A|B|KIND|VALUE`")
    verdict: Literal["confirm", "dismiss"]
    reason: str = Field(min_length=3, max_length=4000)


class ScreenIn(BaseModel):
    subject: dict[str, Any] = Field(description="one row of subjects.csv, in the contract's columns")
    logins: list[dict[str, Any]] = Field(default_factory=list, max_length=10_000)
    endpoint: list[dict[str, Any]] = Field(default_factory=list, max_length=10_000)
    payments: list[dict[str, Any]] = Field(default_factory=list, max_length=10_000)
    shipments: list[dict[str, Any]] = Field(default_factory=list, max_length=10_000)
    keep: bool = Field(False, description="keep the newcomer: later screens link to it until a scan includes it")


class JudgementOut(BaseModel):
    id: int
    target_kind: str
    target: str
    verdict: str
    reason: str
    user: str
    run_id: str
    created_at: datetime


class AuditOut(BaseModel):
    id: int
    at: datetime
    user: str
    action: str
    target: str
    reason: str
    detail: str


@router.get("/me")
def me(who: Principal = Depends(require("viewer"))) -> dict:
    return {"name": who.name, "role": who.role, "via": who.via}


@router.get("/run")
def run(svc: Service = Depends(service), _: Principal = Depends(require("viewer"))) -> dict:
    """The scan the service shows: run id, bundle, thresholds, counts by level and rings."""
    return svc.workspace.run_info()


@router.get("/rings")
def rings(level: Literal["high", "medium", "low"] | None = None, min_size: int = Query(0, ge=0),
          kind: str | None = None, sort: Literal["score", "size", "id"] = "score",
          order: Literal["asc", "desc"] = "desc", page: int = Query(1, ge=1, le=1_000_000),
          per_page: int = Query(50, ge=1, le=200),
          svc: Service = Depends(service), _: Principal = Depends(require("viewer"))) -> dict:
    return svc.workspace.rings(level, min_size, kind, sort, order == "desc", page, per_page)


@router.get("/rings/{ring_id}")
def ring(ring_id: str, unmask: bool = False, reason: str = "", svc: Service = Depends(service),
         who: Principal = Depends(require("viewer"))) -> dict:
    """A ring: members, evidence once per shared value (with the values as submitted), the
    member-to-member links for its graph, and the judgements made about it."""
    found = svc.workspace.ring(ring_id)
    if found is None:
        raise HTTPException(404, f"no ring {ring_id!r} in the current scan")
    shown = found if check_unmask(svc, who, unmask, reason, f"ring {ring_id}") else masked_ring(found)
    shown["judgements"] = judgement_history(svc, "ring", ring_id)
    return shown


@router.get("/subjects")
def search(q: str = Query(min_length=1, max_length=200), limit: int = Query(50, ge=1, le=200),
           svc: Service = Depends(service), _: Principal = Depends(require("viewer"))) -> list[dict]:
    """Subjects by id, name, email or phone (contains), or holding a value (IP, device, payout)."""
    return [mask_subject(r) for r in svc.workspace.search(q, limit)]


@router.get("/subjects/{subject_id}")
def subject(subject_id: str, unmask: bool = False, reason: str = "", svc: Service = Depends(service),
            who: Principal = Depends(require("viewer"))) -> dict:
    """A subject: raw fields, score and level, the score's contributions (the waterfall),
    links, login/payout/shipment summaries, and judgements."""
    found = svc.workspace.subject(subject_id)
    if found is None:
        raise HTTPException(404, f"no subject {subject_id!r} in the current scan")
    shown = found if check_unmask(svc, who, unmask, reason, f"subject {subject_id}") else masked_subject(found)
    shown["judgements"] = judgement_history(svc, "subject", subject_id)
    return shown


@router.get("/subjects/{subject_id}/photo", responses={200: {"content": {"image/jpeg": {}, "image/png": {}}}})
def photo(subject_id: str, reason: str = Query(min_length=3), svc: Service = Depends(service),
          who: Principal = Depends(require("analyst"))) -> Response:
    """The subject's photo, read from the bundle through the same checks as the scan."""
    where = svc.workspace.photo_path(subject_id)
    if where is None:
        raise HTTPException(404, "no photo for this subject")
    try:
        data = read_bundle_file(where[0], where[1], PHOTO)
    except (Refused, OSError):
        raise HTTPException(404, "the photo cannot be read from the bundle") from None
    check_unmask(svc, who, True, reason, f"photo {subject_id}")
    media = "image/png" if data[:8] == b"\x89PNG\r\n\x1a\n" else "image/jpeg"
    return Response(data, media_type=media, headers={"Cache-Control": "no-store"})


@router.post("/screen")
async def screen_subject(body: ScreenIn, svc: Service = Depends(service),
                         who: Principal = Depends(require("analyst"))) -> dict:
    """Screen one new subject against the last scan without a rescan: its score, level,
    reasons, and the existing subjects and rings it links to (and newcomers kept since). With
    `keep`, the newcomer is kept for later screens; otherwise nothing is stored."""
    payload = body.model_dump(exclude={"keep"})
    subject_id = str(body.subject.get("id"))
    if body.keep and is_kept(svc.store, subject_id):
        raise HTTPException(422, {"message": f"subject {subject_id[:200]!r} is already kept", "issues": []})
    kept = partial(kept_holders, svc.store)
    try:
        # A lone subject row takes about a millisecond and runs here; anything more runs the
        # scan's stages (a quarter of a second) in a worker thread, off the event loop.
        prepared = prepare_fast(payload)
        if prepared is not None:
            result, record = screen_with_record(svc.workspace, payload, prepared, kept)
        else:
            result, record = await run_in_threadpool(screen_with_record, svc.workspace, payload, None, kept)
    except ScreenError as exc:
        raise HTTPException(422, {"message": str(exc), "issues": exc.issues}) from None
    except IndexMissing as exc:
        raise HTTPException(409, str(exc)) from None
    if body.keep:
        try:
            keep(svc.store, who.name, payload, record)
        except IntegrityError:  # kept by a concurrent request meanwhile
            raise HTTPException(422, {"message": f"subject {subject_id[:200]!r} is already kept",
                                      "issues": []}) from None
    svc.store.audit_now(who.name, "screen", target=f"subject {subject_id[:200]}",
                        detail=f"{result['level']} {result['score']}" + (" kept" if body.keep else ""))
    return {**result, "kept": body.keep}


@router.get("/screened")
def screened(page: int = Query(1, ge=1, le=1_000_000), per_page: int = Query(100, ge=1, le=500),
             svc: Service = Depends(service), _: Principal = Depends(require("analyst"))) -> dict:
    """Newcomers kept after screening, newest first (id, when, by whom, level and score then)."""
    return {"items": kept_list(svc.store, page, per_page), "page": page, "per_page": per_page}


def judgement_history(svc: Service, kind: str, target: str) -> list[dict]:
    with svc.store.session() as s:
        rows = s.scalars(select(Judgement).where(Judgement.target_kind == kind, Judgement.target == target)
                         .order_by(Judgement.id.desc())).all()
    return [JudgementOut.model_validate(r, from_attributes=True).model_dump() for r in rows]


def record_judgement(svc: Service, who: Principal, body: JudgementIn) -> Judgement:
    if body.target_kind == "link" and body.target.count("|") < 3:
        raise HTTPException(422, "a link target is A|B|KIND|VALUE")
    run_id = svc.workspace.run_id()
    with svc.store.session.begin() as s:
        row = Judgement(target_kind=body.target_kind, target=body.target, verdict=body.verdict,
                        reason=body.reason.strip(), user=who.name, run_id=run_id, created_at=utcnow())
        s.add(row)
        svc.store.audit(s, who.name, "judgement", target=f"{body.target_kind} {body.target}",
                        reason=body.reason.strip(), detail=body.verdict)
    return row


@router.post("/judgements", status_code=201)
def judge(body: JudgementIn, svc: Service = Depends(service),
          who: Principal = Depends(require("analyst"))) -> JudgementOut:
    """Confirm or dismiss a ring, a subject or one link, with a reason. Kept with its history:
    a later judgement of the same target supersedes, never overwrites."""
    return JudgementOut.model_validate(record_judgement(svc, who, body), from_attributes=True)


@router.get("/judgements")
def judgements(target_kind: Literal["ring", "subject", "link"] | None = None, target: str | None = None,
               page: int = Query(1, ge=1, le=1_000_000), per_page: int = Query(100, ge=1, le=500),
               svc: Service = Depends(service), _: Principal = Depends(require("viewer"))) -> dict:
    query = select(Judgement)
    if target_kind:
        query = query.where(Judgement.target_kind == target_kind)
    if target:
        query = query.where(Judgement.target == target)
    with svc.store.session() as s:
        total = s.scalar(select(func.count()).select_from(query.subquery()))
        rows = s.scalars(query.order_by(Judgement.id.desc()).limit(per_page).offset((page - 1) * per_page)).all()
    return {"total": total, "items": [JudgementOut.model_validate(r, from_attributes=True) for r in rows]}


@router.get("/audit")
def audit(page: int = Query(1, ge=1, le=1_000_000), per_page: int = Query(100, ge=1, le=500), svc: Service = Depends(service),
          _: Principal = Depends(require("admin"))) -> dict:
    """The audit log, newest first: sign-ins, unmasking, judgements, users and tokens created."""
    with svc.store.session() as s:
        total = s.scalar(select(func.count()).select_from(AuditEntry))
        rows = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())
                         .limit(per_page).offset((page - 1) * per_page)).all()
    return {"total": total, "items": [AuditOut.model_validate(r, from_attributes=True) for r in rows]}
