"""Enforcement actions: suspend an account, hold payroll, revoke a device, block a value, report.

An action names its targets (subjects, a ring, or a value) and is expanded when it is requested:
a ring becomes its members, `revoke_device` becomes the devices those subjects used. What was
expanded is stored with the action (`action_subjects`, `action_items`), so an action stays what
was decided even after a rescan changes the ring.

Life of an action (`status`):

    requested ──(size <= threshold)──────────────────────────▶ executed ──undo──▶ undone
        └──(size > threshold)──▶ pending_approval ──approve──▶ executed
                                                  └─reject───▶ rejected

*size* is the larger of the number of subjects and the number of items. Approval needs the
`approver` role (or `admin`) and someone other than the requester. Executed = effective: the
items appear in the exports and an `executed` event goes to the webhook (if one is configured);
undo removes them from the exports and sends an `undone` event. Every step is an `ActionEvent`
(the action's history) and an audit-log entry.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, func, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from ringwatch.service.masking import mask_phone, mask_text, mask_email
from ringwatch.service.store import Base, Store, utcnow

ACTION_TYPES = ("suspend_account", "hold_payroll", "revoke_device", "block_value", "report")
VALUE_KINDS = ("email", "phone", "ip", "payout_account", "device", "address", "domain", "national_id", "other")
STATUSES = ("pending_approval", "executed", "rejected", "undone")
DEFAULT_APPROVAL_THRESHOLD = 10
MAX_SUBJECTS = 5000


class Action(Base):
    __tablename__ = "actions"
    id: Mapped[int] = mapped_column(primary_key=True)
    type: Mapped[str] = mapped_column(String(32))
    target_kind: Mapped[str] = mapped_column(String(16))      # subject | ring | value
    target: Mapped[str] = mapped_column(String(512))          # ring id, subject ids (;), or the value
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(24))
    size: Mapped[int]
    run_id: Mapped[str] = mapped_column(String(64))           # the scan the targets were expanded on
    requested_by: Mapped[str] = mapped_column(String(64))
    requested_at: Mapped[datetime]
    approved_by: Mapped[str | None] = mapped_column(String(64))
    approved_at: Mapped[datetime | None]
    rejected_by: Mapped[str | None] = mapped_column(String(64))
    executed_at: Mapped[datetime | None]
    undone_by: Mapped[str | None] = mapped_column(String(64))
    undone_at: Mapped[datetime | None]
    undo_reason: Mapped[str | None] = mapped_column(Text)


class ActionSubject(Base):
    """The subjects an action was expanded to (a ring's members at request time)."""
    __tablename__ = "action_subjects"
    action_id: Mapped[int] = mapped_column(ForeignKey("actions.id"), primary_key=True)
    subject_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    __table_args__ = (Index("action_subjects_subject", "subject_id"),)


class ActionItem(Base):
    """One thing to act on: a subject's account, a device, or a value."""
    __tablename__ = "action_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("actions.id"), index=True)
    item_kind: Mapped[str] = mapped_column(String(16))                 # subject | device | value
    subject_id: Mapped[str | None] = mapped_column(String(128))
    device_id: Mapped[str | None] = mapped_column(String(512))
    value_kind: Mapped[str | None] = mapped_column(String(32))
    value: Mapped[str | None] = mapped_column(String(1024))
    subjects: Mapped[str] = mapped_column(Text, default="")            # ';'-joined: who it concerns


class ActionEvent(Base):
    """The action's history: requested, approved, rejected, executed, delivery, undone."""
    __tablename__ = "action_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("actions.id"), index=True)
    at: Mapped[datetime]
    event: Mapped[str] = mapped_column(String(24))
    user: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    status_code: Mapped[int | None]                                   # a delivery attempt's HTTP status


class ActionDelivery(Base):
    """The webhook outbox: one row per event to deliver, written in the same transaction as the
    event itself, so nothing executed is ever left unsent (a restart picks pending rows up)."""
    __tablename__ = "action_deliveries"
    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("actions.id"), index=True)
    event: Mapped[str] = mapped_column(String(16))            # executed | undone
    payload: Mapped[str] = mapped_column(Text)                # the JSON body, exactly as sent
    state: Mapped[str] = mapped_column(String(16))            # pending | sending | delivered | failed
    attempts: Mapped[int] = mapped_column(default=0)
    next_at: Mapped[float] = mapped_column(default=0.0)       # unix time of the next attempt
    created_at: Mapped[datetime]
    last_status: Mapped[int | None]
    last_error: Mapped[str | None] = mapped_column(Text)


class ActionError(Exception):
    """A request that cannot be done; `status` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class Plan:
    """What an action would affect: its subjects and items, before anything is stored."""
    type: str
    target_kind: str
    target: str
    subjects: list[str]
    items: list[dict] = field(default_factory=list)

    @property
    def size(self) -> int:
        return max(len(self.subjects), len(self.items))

    def summary(self, threshold: int) -> dict:
        return {
            "type": self.type, "target_kind": self.target_kind, "target": self.target,
            "subjects": self.subjects,
            "devices": [i["device_id"] for i in self.items if i["item_kind"] == "device"],
            "values": [{"value_kind": i["value_kind"], "value": i["value"]} for i in self.items
                       if i["item_kind"] == "value"],
            "items": self.items,
            "counts": {"subjects": len(self.subjects), "items": len(self.items),
                       "devices": sum(i["item_kind"] == "device" for i in self.items),
                       "values": sum(i["item_kind"] == "value" for i in self.items)},
            "size": self.size, "approval_threshold": threshold, "needs_approval": self.size > threshold,
        }


# -- expanding targets on the workspace ------------------------------------------------------

def existing_subjects(workspace, subject_ids: list[str]) -> list[str]:
    cur = workspace.cursor()
    cur.execute("SELECT id FROM subjects WHERE id IN (SELECT unnest(?::VARCHAR[]))", [subject_ids])
    return sorted(r[0] for r in cur.fetchall())


def devices_of(workspace, subject_ids: list[str]) -> dict[str, list[str]]:
    """device id -> the subjects among `subject_ids` who used it (logins and endpoint records)."""
    if not subject_ids:
        return {}
    cur = workspace.cursor()
    cur.execute("""
        SELECT device_id, list(DISTINCT subject_id ORDER BY subject_id) FROM (
            SELECT subject_id, device_id FROM logins WHERE subject_id IN (SELECT unnest(?::VARCHAR[]))
            UNION SELECT subject_id, device_id FROM endpoint WHERE subject_id IN (SELECT unnest(?::VARCHAR[])))
        WHERE device_id IS NOT NULL AND trim(device_id) <> ''
        GROUP BY device_id ORDER BY device_id""", [subject_ids, subject_ids])
    return {device: list(holders) for device, holders in cur.fetchall()}


def plan(workspace, type_: str, subjects: list[str] | None = None, ring_id: str | None = None,
         value_kind: str | None = None, value: str | None = None) -> Plan:
    """Expand an action's targets on the current scan: a ring into its members, subjects into
    their accounts or devices, a value into one item. Raises ActionError for what cannot be."""
    if type_ not in ACTION_TYPES:
        raise ActionError(422, f"unknown action type {type_!r}: one of {', '.join(ACTION_TYPES)}")
    subjects = [s.strip() for s in (subjects or []) if s and s.strip()]
    if ring_id and subjects:
        raise ActionError(422, "name a ring or subjects, not both")
    if ring_id:
        ring = workspace.ring(ring_id)
        if ring is None:
            raise ActionError(404, f"no ring {ring_id!r} in the current scan")
        members = sorted({m["id"] for m in ring["members"]})
        target_kind, target = "ring", ring_id
    else:
        members = sorted(set(subjects))
        if len(members) > MAX_SUBJECTS:
            raise ActionError(422, f"at most {MAX_SUBJECTS} subjects in one action")
        found = existing_subjects(workspace, members) if members else []
        missing = sorted(set(members) - set(found))
        if missing:
            raise ActionError(404, f"not in the current scan: {', '.join(missing[:10])}")
        target_kind, target = "subject", ";".join(members)

    if type_ == "block_value":
        if not value_kind or value_kind not in VALUE_KINDS:
            raise ActionError(422, f"block_value needs value_kind: one of {', '.join(VALUE_KINDS)}")
        if not value or not value.strip() or len(value) > 1024:
            raise ActionError(422, "block_value needs the value to block (1-1024 characters)")
        value = value.strip()
        items = [{"item_kind": "value", "subject_id": None, "device_id": None, "value_kind": value_kind,
                  "value": value, "subjects": ";".join(members)}]
        if not members:
            target_kind, target = "value", f"{value_kind}:{value}"
        return Plan(type_, target_kind, target[:512], members, items)

    if value_kind or value:
        raise ActionError(422, "value_kind and value are for block_value only")
    if not members:
        raise ActionError(422, "name a ring or at least one subject")
    if type_ == "revoke_device":
        items = [{"item_kind": "device", "subject_id": None, "device_id": device, "value_kind": None,
                  "value": None, "subjects": ";".join(holders)}
                 for device, holders in devices_of(workspace, members).items()]
        if not items:
            raise ActionError(422, "these subjects used no known device (logins, endpoint records)")
    else:
        items = [{"item_kind": "subject", "subject_id": sid, "device_id": None, "value_kind": None,
                  "value": None, "subjects": sid} for sid in members]
    return Plan(type_, target_kind, target[:512], members, items)


# -- the store side --------------------------------------------------------------------------

def event(s: Session, action_id: int, name: str, user: str, reason: str = "", detail: str = "",
          status_code: int | None = None) -> None:
    s.add(ActionEvent(action_id=action_id, at=utcnow(), event=name, user=user, reason=reason,
                      detail=detail, status_code=status_code))


def payload(action: Action, items: list[ActionItem], subjects: list[str], event_name: str, event_id: int) -> str:
    """The webhook body: everything a receiving system needs to act (or stop acting)."""
    body = {
        "event_id": event_id, "event": event_name, "action_id": action.id, "type": action.type,
        "target_kind": action.target_kind, "target": action.target,
        "items": [item_dict(i) for i in items], "subjects": subjects,
        "requested_by": action.requested_by, "approved_by": action.approved_by,
        "reason": action.reason, "run_id": action.run_id,
        "executed_at": _iso(action.executed_at),
        "timestamp": _iso(utcnow()),
    }
    if event_name == "undone":
        body.update(undone_by=action.undone_by, undo_reason=action.undo_reason)
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False)


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.replace(tzinfo=None).isoformat() + "Z"


def item_dict(item: ActionItem) -> dict:
    return {"item_kind": item.item_kind, "subject_id": item.subject_id, "device_id": item.device_id,
            "value_kind": item.value_kind, "value": item.value,
            "subjects": [s for s in (item.subjects or "").split(";") if s]}


def mask_item_value(value_kind: str | None, value: str | None) -> str | None:
    """A blocked value as a viewer sees it (like the subjects' contact details)."""
    if not value:
        return value
    if value_kind == "email":
        return mask_email(value)
    if value_kind in ("phone", "payout_account", "national_id"):
        return mask_phone(value)
    if value_kind == "device":
        return value  # device ids are shown unmasked everywhere else too
    return mask_text(value)


class Actions:
    """Requests, approvals, undo and reading; the webhook worker is told when there is mail."""

    def __init__(self, store: Store, approval_threshold: int = DEFAULT_APPROVAL_THRESHOLD,
                 webhook=None) -> None:
        if approval_threshold < 0:
            raise ValueError("the approval threshold is a number of subjects, 0 or more")
        self.store = store
        self.approval_threshold = approval_threshold
        self.webhook = webhook  # a webhook.Deliverer, or None: no delivery, still effective

    # -- transitions ---------------------------------------------------------------------------

    def _execute(self, s: Session, action: Action, user: str) -> None:
        """In the caller's transaction: effective now, and queued for the webhook."""
        action.executed_at = utcnow()
        event(s, action.id, "executed", user, detail=f"{action.size} items effective")
        self._enqueue(s, action, "executed")

    def _enqueue(self, s: Session, action: Action, event_name: str) -> None:
        if self.webhook is None:
            return
        delivery = ActionDelivery(action_id=action.id, event=event_name, payload="", state="pending",
                                  attempts=0, next_at=0.0, created_at=utcnow())
        s.add(delivery)
        s.flush()
        items = s.scalars(select(ActionItem).where(ActionItem.action_id == action.id).order_by(ActionItem.id)).all()
        subjects = list(s.scalars(select(ActionSubject.subject_id).where(ActionSubject.action_id == action.id)
                                  .order_by(ActionSubject.subject_id)))
        delivery.payload = payload(action, items, subjects, event_name, delivery.id)

    def _wake(self) -> None:
        if self.webhook is not None:
            self.webhook.wake()

    def request(self, who: str, p: Plan, reason: str, run_id: str) -> int:
        reason = reason.strip()
        with self.store.session.begin() as s:
            pending = p.size > self.approval_threshold
            action = Action(type=p.type, target_kind=p.target_kind, target=p.target, reason=reason,
                            status="pending_approval" if pending else "executed", size=p.size, run_id=run_id,
                            requested_by=who, requested_at=utcnow())
            s.add(action)
            s.flush()
            s.add_all(ActionSubject(action_id=action.id, subject_id=sid) for sid in p.subjects)
            s.add_all(ActionItem(action_id=action.id, **item) for item in p.items)
            s.flush()
            event(s, action.id, "requested", who, reason,
                  f"{p.type} {p.target_kind} {p.target[:200]}: {len(p.subjects)} subjects, {len(p.items)} items")
            self.store.audit(s, who, "action_request", target=f"action {action.id}", reason=reason,
                             detail=f"{p.type} {p.target_kind} {p.target[:200]}; size {p.size}; {action.status}")
            if pending:
                event(s, action.id, "pending_approval", who,
                      detail=f"size {p.size} > threshold {self.approval_threshold}: a second person approves")
            else:
                self._execute(s, action, who)
                self.store.audit(s, who, "action_execute", target=f"action {action.id}", detail=p.type)
            action_id = action.id
        self._wake()
        return action_id

    def dry_run(self, who: str, p: Plan, reason: str) -> dict:
        """What the action would affect; nothing stored but an audit entry (who looked at what)."""
        with self.store.session.begin() as s:
            self.store.audit(s, who, "action_dry_run", target=f"{p.target_kind} {p.target[:400]}",
                             reason=reason.strip(), detail=f"{p.type}; size {p.size}")
        return {"dry_run": True, **p.summary(self.approval_threshold)}

    def decide(self, who, action_id: int, approve: bool, reason: str) -> None:
        """Approve (execute) or reject a pending action. Approving needs someone other than the
        requester; both need the approver role (checked by the caller)."""
        reason = reason.strip()
        with self.store.session.begin() as s:
            action = s.get(Action, action_id)
            if action is None:
                raise ActionError(404, f"no action {action_id}")
            if action.status != "pending_approval":
                raise ActionError(409, f"action {action_id} is {action.status}, not pending approval")
            if approve and action.requested_by == who.name:
                raise ActionError(403, "a second person approves: you requested this action")
            if not approve and not reason:
                raise ActionError(422, "say why you reject it (reason)")
            now = utcnow()
            new_status = "executed" if approve else "rejected"
            # Conditional update: of two people deciding at once, one wins, the other gets 409.
            values = ({"status": new_status, "approved_by": who.name, "approved_at": now} if approve
                      else {"status": new_status, "rejected_by": who.name})
            done = s.execute(update(Action).where(Action.id == action_id, Action.status == "pending_approval")
                             .values(**values).execution_options(synchronize_session=False))
            if done.rowcount != 1:
                raise ActionError(409, f"action {action_id} was decided meanwhile")
            s.refresh(action)
            name = "approved" if approve else "rejected"
            event(s, action_id, name, who.name, reason)
            self.store.audit(s, who.name, "action_approve" if approve else "action_reject",
                             target=f"action {action_id}", reason=reason, detail=action.type)
            if approve:
                self._execute(s, action, who.name)
                self.store.audit(s, who.name, "action_execute", target=f"action {action_id}", detail=action.type)
        self._wake()

    def undo(self, who: str, action_id: int, reason: str) -> None:
        reason = reason.strip()
        if not reason:
            raise ActionError(422, "say why you undo it (reason)")
        with self.store.session.begin() as s:
            action = s.get(Action, action_id)
            if action is None:
                raise ActionError(404, f"no action {action_id}")
            if action.status != "executed":
                raise ActionError(409, f"action {action_id} is {action.status}; only an executed action is undone")
            done = s.execute(update(Action).where(Action.id == action_id, Action.status == "executed")
                             .values(status="undone", undone_by=who, undone_at=utcnow(), undo_reason=reason)
                             .execution_options(synchronize_session=False))
            if done.rowcount != 1:
                raise ActionError(409, f"action {action_id} changed meanwhile")
            s.refresh(action)
            event(s, action_id, "undone", who, reason)
            self.store.audit(s, who, "action_undo", target=f"action {action_id}", reason=reason, detail=action.type)
            self._enqueue(s, action, "undone")
        self._wake()

    # -- reading -----------------------------------------------------------------------------

    def get(self, action_id: int, masked: bool) -> dict | None:
        with self.store.session() as s:
            action = s.get(Action, action_id)
            if action is None:
                return None
            out = self._summary(action)
            out["subjects"] = list(s.scalars(select(ActionSubject.subject_id)
                                             .where(ActionSubject.action_id == action_id)
                                             .order_by(ActionSubject.subject_id)))
            out["items"] = [self._item(i, masked) for i in s.scalars(
                select(ActionItem).where(ActionItem.action_id == action_id).order_by(ActionItem.id))]
            # deliveries before events: the webhook commits a delivery's state and its event
            # together, so every delivery read as done has its event in the history read after
            deliveries = [{"id": d.id, "event": d.event, "state": d.state, "attempts": d.attempts,
                           "last_status": d.last_status, "last_error": d.last_error}
                          for d in s.scalars(select(ActionDelivery).where(ActionDelivery.action_id == action_id)
                                             .order_by(ActionDelivery.id))]
            out["events"] = [{"at": e.at, "event": e.event, "user": e.user, "reason": e.reason,
                              "detail": e.detail, "status_code": e.status_code}
                             for e in s.scalars(select(ActionEvent).where(ActionEvent.action_id == action_id)
                                                .order_by(ActionEvent.id))]
            out["deliveries"] = deliveries
        if masked and action.type == "block_value" and action.target_kind == "value":
            out["target"] = f"{out['items'][0]['value_kind']}:{out['items'][0]['value']}" if out["items"] else ""
        return out

    def list(self, status: str | None = None, type_: str | None = None, subject_id: str | None = None,
             ring_id: str | None = None, page: int = 1, per_page: int = 100, masked: bool = False) -> dict:
        """Newest first, with pending approvals before everything else."""
        query = select(Action)
        if status:
            query = query.where(Action.status == status)
        if type_:
            query = query.where(Action.type == type_)
        if subject_id:
            query = query.where(Action.id.in_(select(ActionSubject.action_id)
                                              .where(ActionSubject.subject_id == subject_id)))
        if ring_id:
            query = query.where(Action.target_kind == "ring", Action.target == ring_id)
        pending_first = (Action.status != "pending_approval")  # False (0) sorts first
        with self.store.session() as s:
            total = s.scalar(select(func.count()).select_from(query.subquery()))
            rows = s.scalars(query.order_by(pending_first, Action.id.desc())
                             .limit(per_page).offset((max(page, 1) - 1) * per_page)).all()
        items = [self._summary(a) for a in rows]
        if masked:
            for a in items:
                if a["type"] == "block_value" and a["target_kind"] == "value":
                    kind, _, value = a["target"].partition(":")
                    a["target"] = f"{kind}:{mask_item_value(kind, value)}"
        return {"total": total, "page": max(page, 1), "per_page": per_page, "items": items}

    def effective(self, type_: str | None = None) -> list[dict]:
        """Export rows: one per item of every executed (not undone) action."""
        query = (select(Action, ActionItem).join(ActionItem, ActionItem.action_id == Action.id)
                 .where(Action.status == "executed"))
        if type_:
            query = query.where(Action.type == type_)
        with self.store.session() as s:
            rows = s.execute(query.order_by(Action.id, ActionItem.id)).all()
        return [{"action_id": a.id, "type": a.type, "item_kind": i.item_kind, "subject_id": i.subject_id or "",
                 "device_id": i.device_id or "", "value_kind": i.value_kind or "", "value": i.value or "",
                 "subjects": i.subjects or "", "reason": a.reason, "requested_by": a.requested_by,
                 "approved_by": a.approved_by or "", "executed_at": _iso(a.executed_at), "run_id": a.run_id}
                for a, i in rows]

    @staticmethod
    def _summary(a: Action) -> dict:
        return {"id": a.id, "type": a.type, "target_kind": a.target_kind, "target": a.target, "reason": a.reason,
                "status": a.status, "size": a.size, "run_id": a.run_id, "requested_by": a.requested_by,
                "requested_at": a.requested_at, "approved_by": a.approved_by, "approved_at": a.approved_at,
                "rejected_by": a.rejected_by, "executed_at": a.executed_at, "undone_by": a.undone_by,
                "undone_at": a.undone_at, "undo_reason": a.undo_reason}

    @staticmethod
    def _item(i: ActionItem, masked: bool) -> dict:
        out = item_dict(i)
        if masked and i.item_kind == "value":
            out["value"] = mask_item_value(i.value_kind, i.value)
        return out


EXPORT_COLUMNS = ("action_id", "type", "item_kind", "subject_id", "device_id", "value_kind", "value", "subjects",
                  "reason", "requested_by", "approved_by", "executed_at", "run_id")
