"""Newcomers kept after screening (`POST /api/screen` with `"keep": true`).

A platform screening sign-ups between scans wants the second persona of a ring to be linked to
the first one it screened an hour earlier, not only to what the last scan saw. A kept newcomer
is stored with the linkable values its screen found (`kept_keys`), and every later screen looks
its values up there as well as in the scan's index. Once a scan includes a subject of the same
id, the scan's own record supersedes the kept one (the platform's next export carries the new
account; keeping does not write to any bundle).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Float, ForeignKey, String, Text, insert, select
from sqlalchemy.orm import Mapped, mapped_column

from ringwatch.service.store import Base, Store, utcnow


class KeptSubject(Base):
    __tablename__ = "kept_subjects"
    id: Mapped[int] = mapped_column(primary_key=True)
    subject_id: Mapped[str] = mapped_column(String(256), unique=True)
    kept_at: Mapped[datetime]
    kept_by: Mapped[str] = mapped_column(String(64))
    run_id: Mapped[str] = mapped_column(String(64))        # the scan it was screened against
    level: Mapped[str] = mapped_column(String(16))
    score: Mapped[float] = mapped_column(Float)
    employer_key: Mapped[str | None] = mapped_column(String(512))
    home: Mapped[str | None] = mapped_column(String(1024))  # canonical home address
    payload: Mapped[str] = mapped_column(Text)               # the screened body, as sent


class KeptKey(Base):
    __tablename__ = "kept_keys"
    id: Mapped[int] = mapped_column(primary_key=True)
    kept_id: Mapped[int] = mapped_column(ForeignKey("kept_subjects.id"))
    kind: Mapped[str] = mapped_column(String(32))
    field: Mapped[str] = mapped_column(String(32))
    value: Mapped[str] = mapped_column(String(1024), index=True)


def kept_holders(store: Store, values: Sequence[str]) -> list[tuple]:
    """Kept newcomers holding one of `values`, shaped as `ScreeningIndex.holders` rows: (kind,
    field, value, subject id, person, ring id, level, employer key, home); a kept newcomer is
    its own person and in no ring."""
    if not values:
        return []
    query = (select(KeptKey.kind, KeptKey.field, KeptKey.value, KeptSubject.subject_id, KeptSubject.subject_id,
                    KeptSubject.level, KeptSubject.employer_key, KeptSubject.home)
             .join(KeptSubject, KeptSubject.id == KeptKey.kept_id).where(KeptKey.value.in_(list(values))))
    with store.engine.connect() as con:
        return [(k, f, v, sid, person, None, level, employer, home)
                for k, f, v, sid, person, level, employer, home in con.execute(query)]


def is_kept(store: Store, subject_id: str) -> bool:
    with store.engine.connect() as con:
        return con.execute(select(KeptSubject.id).where(KeptSubject.subject_id == subject_id)).first() is not None


def keep(store: Store, who: str, payload: dict, record: dict) -> None:
    """Store a screened newcomer and the values its screen looked up (`screen_with_record`)."""
    with store.engine.begin() as con:
        kept_id = con.execute(insert(KeptSubject).values(
            subject_id=record["id"], kept_at=utcnow(), kept_by=who, run_id=record["run_id"],
            level=record["level"], score=record["score"], employer_key=record["employer_key"],
            home=record["home"], payload=json.dumps(payload, default=str))).inserted_primary_key[0]
        if record["keys"]:
            con.execute(insert(KeptKey), [dict(kept_id=kept_id, kind=kind, field=field, value=value[:1024])
                                          for kind, field, value in record["keys"]])


def kept_list(store: Store, page: int = 1, per_page: int = 100) -> list[dict]:
    with store.engine.connect() as con:
        rows = con.execute(select(KeptSubject.subject_id, KeptSubject.kept_at, KeptSubject.kept_by,
                                  KeptSubject.run_id, KeptSubject.level, KeptSubject.score)
                           .order_by(KeptSubject.id.desc()).offset((page - 1) * per_page).limit(per_page))
        return [dict(id=sid, kept_at=at, kept_by=by, run_id=run, level=level, score=score)
                for sid, at, by, run, level, score in rows]
