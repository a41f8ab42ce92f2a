"""The service store on SQLite and, where CI provides one (RINGWATCH_TEST_POSTGRES, set by
.ci/run), on PostgreSQL: migrations, users, tokens, judgements, the append-only audit log."""

from __future__ import annotations

import os
import uuid

import pytest
import sqlalchemy as sa

from ringwatch.service.security import AuthError, add_user, check_password, check_token, create_token
from ringwatch.service.store import AuditEntry, Judgement, Store, utcnow

POSTGRES = os.environ.get("RINGWATCH_TEST_POSTGRES")
PASSWORD = "correct horse battery"


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'service.sqlite'}"
        return
    if not POSTGRES:
        pytest.skip("RINGWATCH_TEST_POSTGRES is not set (.ci/run starts a PostgreSQL for these)")
    # A database of its own per test, dropped afterwards.
    name = "rw_" + uuid.uuid4().hex[:12]
    admin = sa.create_engine(POSTGRES, isolation_level="AUTOCOMMIT")
    with admin.connect() as con:
        con.execute(sa.text(f"CREATE DATABASE {name}"))
    try:
        yield sa.engine.make_url(POSTGRES).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as con:
            con.execute(sa.text(f"DROP DATABASE {name} WITH (FORCE)"))
        admin.dispose()


def test_migrations_create_the_schema_and_are_idempotent(store_url):
    Store(store_url)
    store = Store(store_url)  # opening again upgrades nothing and loses nothing
    tables = set(sa.inspect(store.engine).get_table_names())
    assert {"users", "api_tokens", "judgements", "audit_log", "service_settings", "alembic_version"} <= tables
    assert store.secret("session_key") == Store(store_url).secret("session_key")
    store.engine.dispose()


def test_users_passwords_and_tokens(store_url):
    store = Store(store_url)
    add_user(store, "ann", PASSWORD, "analyst")
    with pytest.raises(ValueError, match="already exists"):
        add_user(store, "ann", PASSWORD, "viewer")
    with pytest.raises(ValueError, match="12 characters"):
        add_user(store, "bob", "short", "viewer")
    with pytest.raises(ValueError, match="unknown role"):
        add_user(store, "bob", PASSWORD, "root")
    assert check_password(store, "ann", PASSWORD).role == "analyst"
    with pytest.raises(AuthError):
        check_password(store, "ann", PASSWORD + "x")
    with pytest.raises(AuthError):
        check_password(store, "nobody", PASSWORD)
    token = create_token(store, "ann", "script")
    assert check_token(store, token).name == "ann"
    with store.session() as s:
        stored = s.scalars(sa.select(sa.text("token_hash")).select_from(sa.table("api_tokens"))).all()
        hashes = s.scalars(sa.select(sa.column("password_hash")).select_from(sa.table("users"))).all()
    assert token not in stored and all(h.startswith("$argon2id$") for h in hashes)
    with store.session() as s:
        actions = [e.action for e in s.scalars(sa.select(AuditEntry).order_by(AuditEntry.id))]
    assert actions.count("login_failed") == 2 and "login" in actions and "token_create" in actions
    store.engine.dispose()


def test_judgement_history_and_append_only_audit(store_url):
    store = Store(store_url)
    with store.session.begin() as s:
        for verdict in ("confirm", "dismiss"):
            s.add(Judgement(target_kind="ring", target="R-1", verdict=verdict, reason="why", user="ann",
                            run_id="run", created_at=utcnow()))
            store.audit(s, "ann", "judgement", "ring R-1", "why", verdict)
    with store.session() as s:
        assert [j.verdict for j in s.scalars(sa.select(Judgement).order_by(Judgement.id.desc()))] == ["dismiss", "confirm"]
    for statement in ("UPDATE audit_log SET reason = 'edited'", "DELETE FROM audit_log"):
        with pytest.raises(sa.exc.DatabaseError, match="append-only"):
            with store.engine.begin() as con:
                con.execute(sa.text(statement))
    with store.session() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(AuditEntry)) == 2
    store.engine.dispose()


def test_the_scan_reads_the_latest_verdict_per_target(store_url):
    """What `ringwatch scan --store URL` reads (ringwatch/judgements.py), on both databases."""
    from ringwatch.judgements import read_judgements

    store = Store(store_url)
    with store.session.begin() as s:
        for target, verdict in (("R-1", "confirm"), ("R-1", "dismiss"), ("R-2", "confirm")):
            s.add(Judgement(target_kind="ring", target=target, verdict=verdict, reason="why", user="ann",
                            run_id="run", created_at=utcnow()))
    store.engine.dispose()
    table, note = read_judgements(store_url)
    assert note == "2 targets"
    assert sorted(zip(table["target"].to_pylist(), table["verdict"].to_pylist())) == [("R-1", "dismiss"),
                                                                                      ("R-2", "confirm")]
    assert read_judgements(None) == (None, "none")
