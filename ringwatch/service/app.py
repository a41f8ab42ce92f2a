"""The FastAPI application: API + UI + static assets in one process, nothing fetched from
outside (no CDN). Built by `create_app`; `ringwatch serve` runs it with uvicorn."""

from __future__ import annotations

import json
import os
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware

from ringwatch import __version__
from ringwatch.explain import WorkspaceError
from ringwatch.service import api, api_actions, ui
from ringwatch.service.access import Service
from ringwatch.service.screen_row import warm_up
from ringwatch.service.actions import DEFAULT_APPROVAL_THRESHOLD, Actions
from ringwatch.service.store import Store, store_url
from ringwatch.service.webhook import SECRET_ENV, Deliverer
from ringwatch.service.workspace import Workspace

SESSION_HOURS = 8
MAX_REQUEST_BYTES = 10 * 1024 * 1024  # a screened subject with its history fits in far less
# Pages may load only this site's own script and style; no framing (clickjacking).
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                               "frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


class SecurityHeaders:
    """Refuses request bodies over MAX_REQUEST_BYTES or of no stated length (413) and adds SECURITY_HEADERS to every
    response. Plain ASGI rather than `@app.middleware("http")`: that wrapper runs each request
    through extra tasks and streams, a few milliseconds of CPU that screening cannot spare."""

    def __init__(self, app) -> None:
        self.app = app
        self.headers = [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope["headers"])
        # A body sent without its length (chunked) could be any size: its length is required.
        length = headers.get(b"content-length", b"0" if b"transfer-encoding" not in headers else b"")
        if not length.isdigit() or int(length) > MAX_REQUEST_BYTES:
            response = JSONResponse({"detail": f"request body over {MAX_REQUEST_BYTES} bytes"}, status_code=413)
            return await response(scope, receive, self._with_headers(send, scope))
        await self.app(scope, receive, self._with_headers(send, scope))

    def _with_headers(self, send, scope):
        # Swagger UI's page needs its inline script: no CSP there.
        skip = {b"content-security-policy"} if scope["path"].startswith("/api/docs") else set()

        async def sending(message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in self.headers if k not in present and k not in skip]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        return sending


SERVE_CONFIG_ENV = "RINGWATCH_SERVE_CONFIG"


def app_from_environment() -> FastAPI:
    """The app of one worker process of `ringwatch serve --workers N`: uvicorn starts workers
    from an import string, so `serve` passes its settings as JSON in SERVE_CONFIG_ENV."""
    return create_app(**json.loads(os.environ[SERVE_CONFIG_ENV]))


def create_app(out_dir: Path, db_url: str | None = None, secure_cookies: bool = False,
               webhook_url: str | None = None, approval_threshold: int = DEFAULT_APPROVAL_THRESHOLD,
               webhook_secret: str | None = None) -> FastAPI:
    """The service for the scan outputs in `out_dir`; the store at `db_url` (default
    `out_dir/service.sqlite`). `secure_cookies` marks the session cookie HTTPS-only (set it
    whenever the service is reached over HTTPS, as it should be beyond localhost).
    Enforcement actions go to `webhook_url` (signed with `webhook_secret`, default the
    environment's RINGWATCH_WEBHOOK_SECRET); actions above `approval_threshold` subjects need a
    second person's approval."""
    store = Store(store_url(out_dir, db_url))
    deliverer = (Deliverer(store, webhook_url, webhook_secret or os.environ.get(SECRET_ENV, ""))
                 if webhook_url else None)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        warm_up()
        if deliverer is not None:
            deliverer.start()
        yield
        if deliverer is not None:
            deliverer.stop()
        app.state.service.workspace.close()

    app = FastAPI(title="ringwatch", version=__version__, docs_url="/api/docs",
                  openapi_url="/api/openapi.json", redoc_url=None, lifespan=lifespan)
    app.state.service = Service(store=store, workspace=Workspace(Path(out_dir)))
    app.state.actions = Actions(store, approval_threshold, deliverer)
    app.add_middleware(SessionMiddleware, secret_key=store.secret("session_key"), same_site="strict",
                       https_only=secure_cookies, max_age=SESSION_HOURS * 3600, session_cookie="ringwatch_session")

    app.add_middleware(SecurityHeaders)

    @app.exception_handler(ui.SignIn)
    async def to_sign_in(_request: Request, _exc: ui.SignIn):
        return RedirectResponse("/login", status_code=303)

    @app.exception_handler(WorkspaceError)
    async def no_workspace(_request: Request, exc: WorkspaceError):
        return JSONResponse({"detail": str(exc)}, status_code=503)

    app.include_router(api.router)
    app.include_router(api_actions.router)
    app.include_router(ui.router)
    app.include_router(api_actions.pages)
    app.mount("/static", StaticFiles(directory=str(Path(__file__).parent / "static")), name="static")
    return app
