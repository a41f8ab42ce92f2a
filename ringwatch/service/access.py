"""Per-request access: who is asking (session cookie or bearer token), what role they need,
the CSRF check, and what they may see (masked or unmasked personal data, audited)."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Depends, HTTPException, Request
from sqlalchemy import select

from ringwatch.service.masking import mask_free_text, mask_link_value, mask_phone, mask_subject
from ringwatch.service.security import AuthError, Principal, check_token, csrf_ok
from ringwatch.service.store import Store, User
from ringwatch.service.workspace import Workspace

UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


@dataclass
class Service:
    store: Store
    workspace: Workspace


# Dependencies that do no I/O are `async`: FastAPI runs a plain `def` dependency in a worker
# thread, and each such hop costs more CPU than the dependency itself.
async def service(request: Request) -> Service:
    return request.app.state.service


async def current_principal(request: Request) -> Principal | None:
    """The signed-in person or token holder, or None. A session names a user; the role is read
    from the store on every request, so a disabled user or a changed role takes effect at once.
    The lookup is one indexed row, so it runs on the event loop: a worker-thread hop would cost
    more than the query."""
    svc: Service = request.app.state.service
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        try:
            return check_token(svc.store, header[7:].strip())
        except AuthError as exc:
            raise HTTPException(401, str(exc), headers={"WWW-Authenticate": "Bearer"}) from None
    name = request.session.get("user") if "session" in request.scope else None
    if not name:
        return None
    with svc.store.session() as s:
        user = s.scalars(select(User).where(User.name == name)).first()
    if user is None or user.disabled:
        request.session.clear()
        return None
    return Principal(user.name, user.role, "session")


def require(role: str):
    """A dependency: the principal, if at least `role`; 401 when not signed in, 403 when the
    role is too low, 403 when a cookie-authenticated change lacks the CSRF token."""

    async def dependency(request: Request, who: Principal | None = Depends(current_principal)) -> Principal:
        if who is None:
            raise HTTPException(401, "sign in or send an API token", headers={"WWW-Authenticate": "Bearer"})
        if not who.can(role):
            raise HTTPException(403, f"this needs the {role} role; you are {who.role}")
        if who.via == "session" and request.method in UNSAFE_METHODS:
            if not csrf_ok(request.session.get("csrf"), request.headers.get("x-csrf-token")):
                raise HTTPException(403, "missing or wrong CSRF token (header X-CSRF-Token)")
        return who

    return dependency


def check_unmask(svc: Service, who: Principal, unmask: bool, reason: str, target: str) -> bool:
    """Whether to show personal data unmasked. Asking needs the analyst role and a reason, and
    is written to the audit log before anything is shown."""
    if not unmask:
        return False
    if not who.can("analyst"):
        raise HTTPException(403, "unmasking personal data needs the analyst role")
    if not reason.strip():
        raise HTTPException(422, "say why you unmask personal data (reason)")
    with svc.store.session.begin() as s:
        svc.store.audit(s, who.name, "unmask", target=target, reason=reason.strip()[:2000])
    return True


def masked_ring(ring: dict) -> dict:
    ring = dict(ring)
    ring["members"] = [mask_subject(m) for m in ring["members"]]
    ring["values"] = [{**v, "value": mask_link_value(v["kind"], v["value"]),
                       "as_submitted": [mask_link_value(v["kind"], x) for x in v["as_submitted"]],
                       "detail": mask_free_text(v["detail"])} for v in ring["values"]]
    return ring


def masked_subject(subject: dict) -> dict:
    subject = dict(subject)
    subject["fields"] = mask_subject(subject["fields"])
    subject["fields"]["resume"] = mask_free_text(subject["fields"].get("resume"))  # inline resumes hold contacts
    subject["contributions"] = [{**c, "detail": mask_free_text(c["detail"])} for c in subject["contributions"]]
    subject["links"] = [{**l, "value": mask_link_value(l["kind"], l["value"]), "detail": mask_free_text(l["detail"])}
                        for l in subject["links"]]
    subject["payouts"] = [{**p, "destination": mask_phone(p["destination"] or "")} for p in subject["payouts"]]
    subject["shipments"] = [{**s, "address": mask_link_value("SHARED_ADDRESS", s["address"] or "")}
                            for s in subject["shipments"]]
    return subject
