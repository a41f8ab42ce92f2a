"""The enforcement actions' REST API (`/api/actions...`) and web pages (`/actions...`).

Roles: a viewer reads actions (blocked values masked); an analyst requests, dry-runs, undoes
and exports; an approver (or admin) approves or rejects someone else's pending action.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Form, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field, ValidationError

from ringwatch.service import ui
from ringwatch.service.access import Service, require, service
from ringwatch.service.actions import (ACTION_TYPES, EXPORT_COLUMNS, STATUSES, VALUE_KINDS, ActionError, Actions,
                                       plan)
from ringwatch.service.security import Principal

MAX_ID = 2**62  # ids beyond SQLite's and PostgreSQL's BIGINT are answered 422, not 500
MAX_PAGE_NUMBER = 1_000_000
ActionId = Annotated[int, Path(ge=1, le=MAX_ID)]

router = APIRouter(prefix="/api", tags=["actions"])
pages = APIRouter(include_in_schema=False)
ActionType = Literal["suspend_account", "hold_payroll", "revoke_device", "block_value", "report"]
ValueKind = Literal["email", "phone", "ip", "payout_account", "device", "address", "domain", "national_id", "other"]


async def actions(request: Request) -> Actions:
    return request.app.state.actions


class ActionIn(BaseModel):
    type: ActionType
    ring_id: str | None = Field(None, max_length=128, description="act on every member of this ring")
    subjects: list[str] = Field(default_factory=list, max_length=5000, description="or on these subjects")
    value_kind: ValueKind | None = Field(None, description="block_value: what kind of value")
    value: str | None = Field(None, max_length=1024, description="block_value: the value to block")
    reason: str = Field(min_length=3, max_length=4000)
    dry_run: bool = Field(False, description="answer what would be affected; store nothing")


class DecisionIn(BaseModel):
    reason: str = Field("", max_length=4000)


class UndoIn(BaseModel):
    reason: str = Field(min_length=3, max_length=4000)


def _fail(exc: ActionError) -> HTTPException:
    return HTTPException(exc.status, str(exc))


def submit(svc: Service, acts: Actions, who: Principal, body: ActionIn) -> dict:
    """Plan on the current scan, then either answer the plan (dry run) or store the action."""
    if not body.reason.strip() or len(body.reason.strip()) < 3:
        raise HTTPException(422, "say why (reason, at least 3 characters)")
    try:
        p = plan(svc.workspace, body.type, body.subjects, body.ring_id, body.value_kind, body.value)
        if body.dry_run:
            return acts.dry_run(who.name, p, body.reason)
        action_id = acts.request(who.name, p, body.reason, svc.workspace.run_id())
    except ActionError as exc:
        raise _fail(exc) from None
    return acts.get(action_id, masked=not who.can("analyst"))


@router.post("/actions", status_code=201, responses={200: {"description": "dry run: what would be affected"}})
def request_action(body: ActionIn, response: Response, svc: Service = Depends(service),
                   acts: Actions = Depends(actions), who: Principal = Depends(require("analyst"))) -> dict:
    """Request an action on a ring (expanded to its members now), subjects, or a value. Executed
    at once unless its size is above the approval threshold (then `pending_approval`). With
    `dry_run` it answers the subjects, devices, values and counts it would affect, and stores
    nothing (the dry run itself is audited)."""
    out = submit(svc, acts, who, body)
    if body.dry_run:
        response.status_code = 200
    return out


@router.get("/actions")
def list_actions(status: Literal["pending_approval", "executed", "rejected", "undone"] | None = None,
                 type: ActionType | None = None, page: int = Query(1, ge=1, le=MAX_PAGE_NUMBER),  # noqa: A002 - the API's name
                 per_page: int = Query(100, ge=1, le=500), acts: Actions = Depends(actions),
                 who: Principal = Depends(require("viewer"))) -> dict:
    """Actions, pending approvals first, then newest first."""
    return acts.list(status, type, page=page, per_page=per_page, masked=not who.can("analyst"))


def export_rows(svc: Service, acts: Actions, who: Principal, fmt: str, type_: str | None) -> Response:
    rows = acts.effective(type_)
    with svc.store.session.begin() as s:
        svc.store.audit(s, who.name, "action_export", target=f"actions {type_ or 'all'}",
                        detail=f"{fmt}; {len(rows)} rows")
    name = f"ringwatch-actions{'-' + type_ if type_ else ''}.{fmt}"
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    if fmt == "json":
        return Response(json.dumps(rows, ensure_ascii=False, indent=1), media_type="application/json",
                        headers=headers)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=EXPORT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:  # a cell starting = + - @ would be a formula in a spreadsheet: quote it
        writer.writerow({k: ("'" + v if isinstance(v, str) and v[:1] in ("=", "+", "-", "@") else v)
                         for k, v in row.items()})
    return Response(buffer.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)


@router.get("/actions/export", responses={200: {"content": {"text/csv": {}, "application/json": {}}}})
def export(format: Literal["csv", "json"] = "csv", type: ActionType | None = None,  # noqa: A002
           svc: Service = Depends(service), acts: Actions = Depends(actions),
           who: Principal = Depends(require("analyst"))) -> Response:
    """The effective list: one row per item of every executed, not undone, action (what to
    suspend, hold, revoke, block, report). Holds personal data unmasked: analyst role, audited."""
    return export_rows(svc, acts, who, format, type)


@router.get("/actions/{action_id}")
def get_action(action_id: ActionId, acts: Actions = Depends(actions), who: Principal = Depends(require("viewer"))) -> dict:
    """An action with its subjects, items, history (events, delivery attempts) and deliveries."""
    found = acts.get(action_id, masked=not who.can("analyst"))
    if found is None:
        raise HTTPException(404, f"no action {action_id}")
    return found


@router.post("/actions/{action_id}/approve")
def approve(action_id: ActionId, body: DecisionIn | None = None, acts: Actions = Depends(actions),
            who: Principal = Depends(require("approver"))) -> dict:
    """Approve someone else's pending action: it is executed now."""
    try:
        acts.decide(who, action_id, True, (body.reason if body else ""))
    except ActionError as exc:
        raise _fail(exc) from None
    return acts.get(action_id, masked=False)


@router.post("/actions/{action_id}/reject")
def reject(action_id: ActionId, body: UndoIn, acts: Actions = Depends(actions),
           who: Principal = Depends(require("approver"))) -> dict:
    """Reject a pending action (a reason is needed); it never becomes effective."""
    try:
        acts.decide(who, action_id, False, body.reason)
    except ActionError as exc:
        raise _fail(exc) from None
    return acts.get(action_id, masked=False)


@router.post("/actions/{action_id}/undo")
def undo(action_id: ActionId, body: UndoIn, acts: Actions = Depends(actions),
         who: Principal = Depends(require("analyst"))) -> dict:
    """Undo an executed action: it leaves the exports and an `undone` event goes to the webhook."""
    try:
        acts.undo(who.name, action_id, body.reason)
    except ActionError as exc:
        raise _fail(exc) from None
    return acts.get(action_id, masked=False)


@router.get("/subjects/{subject_id}/actions")
def subject_actions(subject_id: str, acts: Actions = Depends(actions),
                    who: Principal = Depends(require("viewer"))) -> dict:
    """Every action that touches this subject (directly or through a ring it was a member of)."""
    return acts.list(subject_id=subject_id, per_page=500, masked=not who.can("analyst"))


@router.get("/rings/{ring_id}/actions")
def ring_actions(ring_id: str, acts: Actions = Depends(actions), who: Principal = Depends(require("viewer"))) -> dict:
    """Every action requested on this ring id."""
    return acts.list(ring_id=ring_id, per_page=500, masked=not who.can("analyst"))


# -- pages ---------------------------------------------------------------------------------------

def actions_touching(request: Request, kind: str, target: str) -> list[dict]:
    """For the ring and subject pages' templates: the actions that touch this ring or subject."""
    acts: Actions = request.app.state.actions
    found = acts.list(subject_id=target, per_page=50) if kind == "subject" else acts.list(ring_id=target, per_page=50)
    return found["items"]


ui.templates.env.globals.update(actions_touching=actions_touching, action_types=ACTION_TYPES,
                                value_kinds=VALUE_KINDS, action_statuses=STATUSES)


def _back(path: str) -> str:
    return path if path.startswith("/") and not path.startswith("//") else "/actions"


@pages.get("/actions")
def actions_page(request: Request, status: str = "", type: str = "", page: int = 1,  # noqa: A002
                 acts: Actions = Depends(actions), who: Principal = Depends(ui.page_user)) -> HTMLResponse:
    listing = acts.list(status if status in STATUSES else None, type if type in ACTION_TYPES else None,
                        page=min(max(page, 1), MAX_PAGE_NUMBER), per_page=100, masked=not who.can("analyst"))
    return ui.render(request, "actions.html", who, listing=listing, status=status, type=type)


@pages.get("/actions/{action_id}")
def action_page(request: Request, action_id: ActionId, acts: Actions = Depends(actions),
                who: Principal = Depends(ui.page_user)) -> HTMLResponse:
    found = acts.get(action_id, masked=not who.can("analyst"))
    if found is None:
        raise HTTPException(404, f"no action {action_id}")
    return ui.render(request, "actions_detail.html", who, action=found)


@pages.post("/actions")
def request_page(request: Request, type: str = Form(...), reason: str = Form(""),  # noqa: A002
                 ring_id: str = Form(""), subjects: str = Form(""), value_kind: str = Form(""),
                 value: str = Form(""), dry_run: bool = Form(False), back: str = Form("/actions"),
                 csrf_token: str = Form(""), svc: Service = Depends(service), acts: Actions = Depends(actions),
                 who: Principal = Depends(ui.page_user)) -> Response:
    ui.check_form_csrf(request, csrf_token)
    if not who.can("analyst"):
        raise HTTPException(403, "requesting an action needs the analyst role")
    try:
        body = ActionIn(type=type, reason=reason, ring_id=ring_id or None,
                        subjects=[s for s in subjects.replace(",", " ").replace(";", " ").split() if s],
                        value_kind=value_kind or None, value=value or None, dry_run=dry_run)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise HTTPException(422, f"the action cannot be requested: {problems}") from None
    out = submit(svc, acts, who, body)
    if dry_run:
        return ui.render(request, "actions_preview.html", who, preview=out, form=body.model_dump(),
                         subjects_text=" ".join(body.subjects), back=_back(back))
    return RedirectResponse(f"/actions/{out['id']}", status_code=303)


@pages.post("/actions/{action_id}/{verb}")
def decide_page(request: Request, action_id: ActionId, verb: Literal["approve", "reject", "undo"],
                reason: str = Form(""), csrf_token: str = Form(""), acts: Actions = Depends(actions),
                who: Principal = Depends(ui.page_user)) -> Response:
    ui.check_form_csrf(request, csrf_token)
    needed = "analyst" if verb == "undo" else "approver"
    if not who.can(needed):
        raise HTTPException(403, f"this needs the {needed} role; you are {who.role}")
    try:
        if verb == "undo":
            acts.undo(who.name, action_id, reason)
        else:
            acts.decide(who, action_id, verb == "approve", reason)
    except ActionError as exc:
        raise _fail(exc) from None
    return RedirectResponse(f"/actions/{action_id}", status_code=303)
