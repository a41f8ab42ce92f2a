"""`ringwatch serve`, `ringwatch users ...` and `ringwatch tokens ...`."""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.console import Console

err = Console(stderr=True)
OUT_OPTION = typer.Option(..., "--out", "-o", help="the scan's output folder (the service's workspace)")
DB_OPTION = typer.Option(None, "--db", help="store URL (default: sqlite in the output folder; "
                                            "postgresql+psycopg://user@host/db for PostgreSQL)")


def _store(out: Path, db: str | None):
    from ringwatch.service.store import Store, StoreError, store_url

    try:
        return Store(store_url(out, db))
    except StoreError as exc:
        err.print(f"[red]error:[/] {exc}", markup=True, highlight=False)
        raise typer.Exit(2) from None


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    return typer.prompt("password", hide_input=True, confirmation_prompt=True)


def register(app: typer.Typer) -> None:
    users = typer.Typer(help="Manage the analyst service's users.", no_args_is_help=True)
    tokens = typer.Typer(help="Manage API tokens.", no_args_is_help=True)
    app.add_typer(users, name="users")
    app.add_typer(tokens, name="tokens")

    @app.command("serve")
    def serve(out: Path = OUT_OPTION, db: str | None = DB_OPTION,
              host: str = typer.Option("127.0.0.1", help="address to listen on"),
              port: int = typer.Option(8470, help="port to listen on"),
              secure_cookies: bool = typer.Option(False, "--secure-cookies",
                                                  help="HTTPS-only session cookie (behind a TLS proxy)"),
              webhook_url: str | None = typer.Option(None, "--webhook-url",
                                                     help="send executed and undone actions here (signed with "
                                                          "the secret in RINGWATCH_WEBHOOK_SECRET)"),
              approval_threshold: int = typer.Option(10, "--approval-threshold", min=0,
                                                     help="actions on more subjects than this need a second "
                                                          "person's approval"),
              workers: int = typer.Option(1, "--workers", min=1, max=64,
                                          help="worker processes (one per core for heavy screening)")) -> None:
        """The analyst service: web UI and REST API over the scan in OUT (docs at /api/docs)."""
        import json
        import os

        import uvicorn

        from ringwatch.service.app import SERVE_CONFIG_ENV, create_app
        from ringwatch.service.webhook import SECRET_ENV

        if webhook_url and not os.environ.get(SECRET_ENV):
            err.print(f"error: --webhook-url needs a signing secret in the environment variable {SECRET_ENV}",
                      markup=False, highlight=False)
            raise typer.Exit(2)

        if not out.is_dir():
            err.print(f"error: {out} is not a folder; run `ringwatch scan BUNDLE --out {out}` first",
                      markup=False, highlight=False)
            raise typer.Exit(2)
        _store(out, db)  # fail here, with a message, before the server starts
        config = {"out_dir": str(out), "db_url": db, "secure_cookies": secure_cookies, "webhook_url": webhook_url,
                  "approval_threshold": approval_threshold}
        try:
            application = create_app(**config)  # checked here, so a bad setting fails before serving
        except ValueError as exc:
            err.print(f"error: {exc}", markup=False, highlight=False)
            raise typer.Exit(2) from None
        # access_log off: access logs would carry search terms (personal data)
        if workers == 1:
            uvicorn.run(application, host=host, port=port, log_level="info", access_log=False)
            return
        # Each worker process builds its own app from an import string; the settings travel in
        # the environment, which only this user's processes can read.
        os.environ[SERVE_CONFIG_ENV] = json.dumps(config)
        uvicorn.run("ringwatch.service.app:app_from_environment", factory=True, workers=workers,
                    host=host, port=port, log_level="info", access_log=False)

    @users.command("add")
    def add(name: str, role: str = typer.Option("analyst", help="viewer, analyst, approver or admin"),
            out: Path = OUT_OPTION, db: str | None = DB_OPTION,
            password_stdin: bool = typer.Option(False, "--password-stdin", help="read the password from stdin")) -> None:
        """Add a user (the password is asked for, never an argument)."""
        from ringwatch.service.security import add_user

        try:
            add_user(_store(out, db), name, _password(password_stdin), role)
        except ValueError as exc:
            err.print(f"error: {exc}", markup=False, highlight=False)
            raise typer.Exit(2) from None
        print(f"user {name} added ({role})")

    @users.command("list")
    def list_users(out: Path = OUT_OPTION, db: str | None = DB_OPTION) -> None:
        from sqlalchemy import select

        from ringwatch.service.store import User

        store = _store(out, db)
        with store.session() as s:
            for user in s.scalars(select(User).order_by(User.name)):
                print(f"{user.name}\t{user.role}\t{'disabled' if user.disabled else 'active'}\t{user.created_at}")

    @users.command("disable")
    def disable(name: str, out: Path = OUT_OPTION, db: str | None = DB_OPTION) -> None:
        """Disable a user: their sessions and tokens stop working at once."""
        from sqlalchemy import select

        from ringwatch.service.store import User

        store = _store(out, db)
        with store.session.begin() as s:
            user = s.scalars(select(User).where(User.name == name)).first()
            if user is None:
                err.print(f"error: no user {name}", markup=False, highlight=False)
                raise typer.Exit(2)
            user.disabled = True
            store.audit(s, "(cli)", "user_disable", target=name)
        print(f"user {name} disabled")

    @tokens.command("create")
    def create(name: str, label: str = typer.Option("", help="what the token is for"),
               out: Path = OUT_OPTION, db: str | None = DB_OPTION) -> None:
        """Create an API token for a user; printed once (only its hash is kept)."""
        from ringwatch.service.security import create_token

        try:
            print(create_token(_store(out, db), name, label))
        except ValueError as exc:
            err.print(f"error: {exc}", markup=False, highlight=False)
            raise typer.Exit(2) from None
