"""The service store: users, API tokens, judgements and the append-only audit log.

SQLAlchemy over SQLite (default: `DIR/service.sqlite`, beside the scan's outputs, which a scan
never touches) or PostgreSQL (`--db postgresql+psycopg://...`). The schema is created and
upgraded by Alembic migrations (`ringwatch/service/migrations`) when the store is opened, so a
store written by an older ringwatch is brought up to date, never recreated.

The audit log can only grow: the ORM offers no update or delete for it, and a database trigger
refuses both (a person with the database file can still remove it; that is what backups and
the PostgreSQL permissions are for).
"""

from __future__ import annotations

import secrets
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import ForeignKey, String, Text, create_engine, event, insert
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

STORE_NAME = "service.sqlite"
ROLES = ("viewer", "analyst", "approver", "admin")  # each role can do what those before it can
VERDICTS = ("confirm", "dismiss")
TARGET_KINDS = ("ring", "subject", "link")


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime]
    disabled: Mapped[bool] = mapped_column(default=False)


class ApiToken(Base):
    __tablename__ = "api_tokens"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    # Only the SHA-256 of the token is kept: a stolen store gives no usable token.
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str] = mapped_column(String(128), default="")
    created_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]


class Judgement(Base):
    """A person's decision about a ring, a subject or one link. Never edited: a later
    judgement of the same target supersedes it, and both stay as its history."""
    __tablename__ = "judgements"
    id: Mapped[int] = mapped_column(primary_key=True)
    target_kind: Mapped[str] = mapped_column(String(16))   # ring | subject | link
    target: Mapped[str] = mapped_column(String(512))       # ring id, subject id, or link key
    verdict: Mapped[str] = mapped_column(String(16))       # confirm | dismiss
    reason: Mapped[str] = mapped_column(Text)
    user: Mapped[str] = mapped_column(String(64))
    run_id: Mapped[str] = mapped_column(String(64))        # the scan the person was looking at
    created_at: Mapped[datetime]


class AuditEntry(Base):
    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    user: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))   # unmask, judgement, login, ...
    target: Mapped[str] = mapped_column(String(512), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[str] = mapped_column(Text, default="")  # never a secret


class Setting(Base):
    __tablename__ = "service_settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class StoreError(RuntimeError):
    """The store cannot be opened or upgraded; the message says which and why."""


def store_url(out_dir: Path, url: str | None = None) -> str:
    return url or f"sqlite:///{Path(out_dir).resolve() / STORE_NAME}"


def _sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # noqa: ANN001 - DB-API objects
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")  # readers never wait for the one writer
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.close()


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration (Alembic `upgrade head`)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


class Store:
    """An open store: `session()` for unit-of-work access, helpers for what every caller needs."""

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            self.engine = create_engine(url, future=True)
            if self.engine.dialect.name == "sqlite":
                _sqlite_pragmas(self.engine)
            migrate(self.engine)
        except Exception as exc:  # noqa: BLE001 - reported with the store named, never the password
            safe = self.engine.url.render_as_string(hide_password=True) if hasattr(self, "engine") else "?"
            raise StoreError(f"cannot open the service store {safe}: {str(exc).splitlines()[0]}") from exc
        self.session = sessionmaker(self.engine, expire_on_commit=False)

    def secret(self, key: str) -> str:
        """A random secret created on first use and kept in the store (the session-cookie key)."""
        with self.session.begin() as s:
            row = s.get(Setting, key)
            if row is None:
                row = Setting(key=key, value=secrets.token_urlsafe(48))
                s.add(row)
            return row.value

    def audit(self, session: Session, user: str, action: str, target: str = "", reason: str = "",
              detail: str = "") -> None:
        session.add(AuditEntry(at=utcnow(), user=user, action=action, target=target[:512],
                               reason=reason, detail=detail))

    def audit_now(self, user: str, action: str, target: str = "", reason: str = "", detail: str = "") -> None:
        """One audit entry in a transaction of its own, without the ORM's unit of work (a
        fraction of the CPU: screening writes one per request)."""
        with self.engine.begin() as con:
            con.execute(insert(AuditEntry), [dict(at=utcnow(), user=user, action=action, target=target[:512],
                                                  reason=reason, detail=detail)])
