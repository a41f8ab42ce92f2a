"""The web UI: server-rendered pages over the same queries as the API, for analysts' daily work.

Every page needs a signed-in user; a form that changes something carries the session's CSRF
token. Personal data is masked until an analyst asks to see it with a reason (audited)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from pydantic import ValidationError
from sqlalchemy import select

from ringwatch.judgements import link_target
from ringwatch.service.access import (Service, check_unmask, current_principal, masked_ring,
                                      masked_subject, service)
from ringwatch.service.api import JudgementIn, judgement_history, record_judgement
from ringwatch.service.graph import layout
from ringwatch.service.masking import mask_subject
from ringwatch.service.security import AuthError, Principal, check_password, csrf_ok, new_csrf_token
from ringwatch.service.store import AuditEntry, Judgement

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))


class SignIn(Exception):
    """Raised by `page_user` when nobody is signed in: the app redirects to /login."""


async def page_user(request: Request, who: Principal | None = Depends(current_principal)) -> Principal:
    if who is None:
        raise SignIn()
    return who


def csrf(request: Request) -> str:
    if "csrf" not in request.session:
        request.session["csrf"] = new_csrf_token()
    return request.session["csrf"]


def check_form_csrf(request: Request, token: str) -> None:
    if not csrf_ok(request.session.get("csrf"), token):
        raise HTTPException(403, "the form has expired or did not come from this site; reload and try again")


def render(request: Request, name: str, who: Principal | None, **context) -> HTMLResponse:
    return templates.TemplateResponse(request, name, {"who": who, "csrf": csrf(request), **context})


@router.get("/login")
def login_page(request: Request, error: str = "") -> HTMLResponse:
    return render(request, "login.html", None, error=error)


@router.post("/login")
def login(request: Request, name: str = Form(...), password: str = Form(...), csrf_token: str = Form("")):
    check_form_csrf(request, csrf_token)
    try:
        who = check_password(request.app.state.service.store, name, password)
    except AuthError as exc:
        return render(request, "login.html", None, error=str(exc))
    request.session.clear()  # a new session on sign-in: no fixation
    request.session.update({"user": who.name, "csrf": new_csrf_token()})
    return RedirectResponse("/", status_code=303)


@router.post("/logout")
def logout(request: Request, csrf_token: str = Form("")):
    check_form_csrf(request, csrf_token)
    request.session.clear()
    return RedirectResponse("/login", status_code=303)


def _verdicts(svc: Service, kind: str, targets: list[str]) -> dict[str, str]:
    """The latest verdict per target."""
    with svc.store.session() as s:
        rows = s.execute(select(Judgement.target, Judgement.verdict).where(
            Judgement.target_kind == kind, Judgement.target.in_(targets)).order_by(Judgement.id)).all()
    return {t: v for t, v in rows}


@router.get("/")
def ring_list(request: Request, level: str = "", min_size: int = 0, kind: str = "", sort: str = "score",
              order: str = "desc", page: int = 1, unjudged: bool = False,
              svc: Service = Depends(service), who: Principal = Depends(page_user)) -> HTMLResponse:
    listing = svc.workspace.rings(level or None, max(min_size, 0), kind or None, sort, order != "asc",
                                  min(max(page, 1), 1_000_000), 50)
    verdicts = _verdicts(svc, "ring", [r["ring_id"] for r in listing["items"]])
    if unjudged:  # the review queue: what nobody has decided yet
        listing["items"] = [r for r in listing["items"] if r["ring_id"] not in verdicts]
    return render(request, "rings.html", who, listing=listing, verdicts=verdicts, run=svc.workspace.run_info(),
                  filters={"level": level, "min_size": min_size, "kind": kind, "sort": sort,
                           "order": order, "unjudged": unjudged})


@router.get("/rings/{ring_id}")
def ring_page(request: Request, ring_id: str, unmask: bool = False, reason: str = "",
              svc: Service = Depends(service), who: Principal = Depends(page_user)) -> HTMLResponse:
    found = svc.workspace.ring(ring_id)
    if found is None:
        raise HTTPException(404, "no such ring in the current scan")
    shown = found if check_unmask(svc, who, unmask, reason, f"ring {ring_id}") else masked_ring(found)
    return render(request, "ring.html", who, ring=shown, picture=layout(shown["members"], shown["edges"]),
                  unmasked=unmask, reason_q=quote(reason), judgements=judgement_history(svc, "ring", ring_id))


@router.get("/subjects/{subject_id}")
def subject_page(request: Request, subject_id: str, unmask: bool = False, reason: str = "",
                 svc: Service = Depends(service), who: Principal = Depends(page_user)) -> HTMLResponse:
    found = svc.workspace.subject(subject_id)
    if found is None:
        raise HTTPException(404, "no such subject in the current scan")
    shown = found if check_unmask(svc, who, unmask, reason, f"subject {subject_id}") else masked_subject(found)
    targets = [link_target(subject_id, l["other"], l["kind"], l["value"]) for l in found["links"]]
    verdicts = _verdicts(svc, "link", targets)
    for shown_link, target in zip(shown["links"], targets):
        shown_link["verdict"] = verdicts.get(target)
    return render(request, "subject.html", who, subject=shown, unmasked=unmask, reason=reason,
                  reason_q=quote(reason), judgements=judgement_history(svc, "subject", subject_id))


@router.post("/judge")
def judge(request: Request, target_kind: str = Form(...), target: str = Form(...), verdict: str = Form(...),
          reason: str = Form(""), back: str = Form("/"), csrf_token: str = Form(""),
          svc: Service = Depends(service), who: Principal = Depends(page_user)) -> Response:
    check_form_csrf(request, csrf_token)
    if not who.can("analyst"):
        raise HTTPException(403, "judging needs the analyst role")
    if target_kind == "link" and target.count("|") == 3 and target.rsplit("|", 1)[1].startswith("ref:"):
        # a page names a link by its two subjects, kind and a digest of its value
        a, b, kind, ref = target.split("|")
        value = svc.workspace.link_value(a, b, kind, ref[4:])
        if value is None:
            raise HTTPException(404, "that link is not in the current scan")
        target = link_target(a, b, kind, value)
    try:
        body = JudgementIn(target_kind=target_kind, target=target, verdict=verdict, reason=reason)
    except ValidationError:
        raise HTTPException(422, "a judgement needs a verdict and a reason of at least 3 characters") from None
    record_judgement(svc, who, body)
    return RedirectResponse(back if back.startswith("/") and not back.startswith("//") else "/", status_code=303)


@router.get("/search")
def search_page(request: Request, q: str = "", svc: Service = Depends(service),
                who: Principal = Depends(page_user)) -> HTMLResponse:
    results = [mask_subject(r) for r in svc.workspace.search(q[:200])] if q.strip() else []
    return render(request, "search.html", who, q=q, results=results)


@router.get("/audit")
def audit_page(request: Request, page: int = 1, svc: Service = Depends(service),
               who: Principal = Depends(page_user)) -> HTMLResponse:
    if not who.can("admin"):
        raise HTTPException(403, "the audit log needs the admin role")
    with svc.store.session() as s:
        rows = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(200)
                         .offset((min(max(page, 1), 1_000_000) - 1) * 200)).all()
    return render(request, "audit.html", who, rows=rows, page=max(page, 1))
