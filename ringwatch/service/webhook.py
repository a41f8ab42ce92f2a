"""Delivering action events to the configured webhook: signed, retried, every attempt recorded.

Each request is a POST of the JSON payload kept in the outbox (`action_deliveries`) with

    X-Ringwatch-Timestamp: <unix seconds of this attempt>
    X-Ringwatch-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>

The receiver recomputes the HMAC over the raw body, compares in constant time, and refuses
stale timestamps (replays). The secret comes from the environment (`RINGWATCH_WEBHOOK_SECRET`);
it is kept in memory only: never stored, never logged, never put in a payload or an error.

A background thread sends what is pending, oldest first, and one action's events in order (an
`undone` waits while its `executed` is still being retried); a failed attempt (no answer, or a
status other than 2xx) is retried after `backoff[attempt]` seconds until `len(backoff) + 1`
attempts were made, then the delivery is `failed` (shown on the action; nothing is lost: the
action stays effective and its payload stays in the outbox).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import threading
import time
from urllib.parse import urlsplit

from sqlalchemy import select, update

from ringwatch.service.actions import ActionDelivery, event
from ringwatch.service.store import Store

SECRET_ENV = "RINGWATCH_WEBHOOK_SECRET"
SIGNATURE_HEADER = "X-Ringwatch-Signature"
TIMESTAMP_HEADER = "X-Ringwatch-Timestamp"
DEFAULT_BACKOFF = (5.0, 30.0, 120.0, 600.0)   # seconds before the 2nd..5th attempt
TIMEOUT_S = 10.0
log = logging.getLogger("ringwatch.service.webhook")


def sign(secret: str, timestamp: str, body: bytes) -> str:
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def verify(secret: str, timestamp: str, body: bytes, signature: str, tolerance_s: float = 300.0,
           now: float | None = None) -> bool:
    """What a receiver does (and what the README shows)."""
    try:
        fresh = abs((now if now is not None else time.time()) - int(timestamp)) <= tolerance_s
    except ValueError:
        return False
    return fresh and hmac.compare_digest(sign(secret, timestamp, body), signature)


def safe_url(url: str) -> str:
    """The URL as it may be shown: scheme, host and port (no credentials, path or query)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.hostname or ''}{f':{parts.port}' if parts.port else ''}"


_URL = re.compile(r"https?://[^\s\"'<>]+")


class _HideUrl(logging.Filter):
    """httpx logs each request's full URL at INFO; the webhook's path and query may hold a
    credential, so records that mention its host show scheme, host and port only."""

    def __init__(self, host: str) -> None:
        super().__init__()
        self.host = host

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self.host and self.host in message:
            record.msg, record.args = _URL.sub(lambda m: safe_url(m.group(0)) + "/...", message), ()
        return True


class Deliverer:
    """The outbox's sender: one daemon thread per service process."""

    def __init__(self, store: Store, url: str, secret: str, backoff: tuple[float, ...] = DEFAULT_BACKOFF) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("the webhook URL must be http:// or https:// with a host")
        if not secret:
            raise ValueError(f"a webhook needs a signing secret: set {SECRET_ENV}")
        self.store = store
        self.url = url
        self._secret = secret
        self.backoff = tuple(backoff)
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._hide = _HideUrl(parts.hostname or "")

    def __repr__(self) -> str:  # never the secret, never the full URL
        return f"Deliverer({safe_url(self.url)})"

    @property
    def max_attempts(self) -> int:
        return len(self.backoff) + 1

    def start(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._stop.clear()
            # A process that stopped mid-send left rows 'sending': send them again (receivers
            # deduplicate on the payload's event_id).
            with self.store.session.begin() as s:
                s.execute(update(ActionDelivery).where(ActionDelivery.state == "sending")
                          .values(state="pending").execution_options(synchronize_session=False))
            for name in ("httpx", "httpcore"):
                logging.getLogger(name).addFilter(self._hide)
            self._thread = threading.Thread(target=self._run, name="ringwatch-webhook", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        for name in ("httpx", "httpcore"):
            logging.getLogger(name).removeFilter(self._hide)

    def wake(self) -> None:
        self._wake.set()

    def _run(self) -> None:
        import httpx

        with httpx.Client(timeout=TIMEOUT_S, follow_redirects=False) as client:
            while not self._stop.is_set():
                try:
                    wait = self.send_due(client)
                except Exception as exc:  # noqa: BLE001 - the worker must survive a store hiccup
                    log.warning("webhook worker: %s", type(exc).__name__)
                    wait = 5.0
                self._wake.wait(wait)
                self._wake.clear()

    def _heads(self) -> list[tuple[int, str, float]]:
        """(id, state, next_at) of each action's oldest undelivered event: only it may be sent."""
        with self.store.session() as s:
            waiting = s.execute(select(ActionDelivery.id, ActionDelivery.action_id, ActionDelivery.state,
                                       ActionDelivery.next_at)
                                .where(ActionDelivery.state.in_(("pending", "sending")))
                                .order_by(ActionDelivery.id)).all()
        heads: dict[int, tuple[int, str, float]] = {}
        for delivery_id, action_id, state, next_at in waiting:  # `undone` waits for its `executed`
            heads.setdefault(action_id, (delivery_id, state, next_at))
        return sorted(heads.values())

    def send_due(self, client) -> float:
        """Send every due delivery once; answers how long to sleep until the next one is due."""
        now = time.time()
        for delivery_id, state, next_at in self._heads():
            if state == "pending" and next_at <= now and not self._stop.is_set():
                self._attempt(client, delivery_id)
        due = [next_at for _id, state, next_at in self._heads() if state == "pending"]
        return max(0.0, min(due) - time.time()) if due else 60.0

    def _attempt(self, client, delivery_id: int) -> None:
        with self.store.session.begin() as s:  # claim it: another process may send it too
            claimed = s.execute(update(ActionDelivery).where(ActionDelivery.id == delivery_id,
                                                             ActionDelivery.state == "pending")
                                .values(state="sending").execution_options(synchronize_session=False))
            if claimed.rowcount != 1:
                return
            row = s.get(ActionDelivery, delivery_id)
            body, action_id, attempt = row.payload.encode(), row.action_id, row.attempts + 1
        timestamp = str(int(time.time()))
        status, error = None, None
        try:
            response = client.post(self.url, content=body, headers={
                "Content-Type": "application/json", TIMESTAMP_HEADER: timestamp,
                SIGNATURE_HEADER: sign(self._secret, timestamp, body), "User-Agent": "ringwatch-webhook"})
            status = response.status_code
        except Exception as exc:  # noqa: BLE001 - the class name only: messages may hold the URL
            error = type(exc).__name__
        ok = status is not None and 200 <= status < 300
        with self.store.session.begin() as s:
            row = s.get(ActionDelivery, delivery_id)
            row.attempts = attempt
            row.last_status, row.last_error = status, error
            if ok:
                row.state = "delivered"
            elif attempt >= self.max_attempts:
                row.state = "failed"
            else:
                row.state = "pending"
                row.next_at = time.time() + self.backoff[attempt - 1]
            outcome = "delivered" if ok else ("gave up" if row.state == "failed" else "will retry")
            event(s, action_id, "delivery", "(webhook)", status_code=status,
                  detail=f"{row.event} attempt {attempt}/{self.max_attempts} to {safe_url(self.url)}: "
                         f"{f'HTTP {status}' if status is not None else error}; {outcome}")
        if not ok:
            log.warning("webhook delivery %s (action %s) attempt %s: %s", delivery_id, action_id, attempt,
                        f"HTTP {status}" if status is not None else error)
