"""Who is asking and what they may do: passwords, API tokens, roles, CSRF.

* Passwords are hashed with Argon2id (`argon2-cffi`); a hash made with older parameters is
  replaced at the next sign-in.
* API tokens (`rw_...`) are shown once; the store keeps their SHA-256 only.
* Roles are ordered: viewer < analyst < approver < admin; an endpoint names the least role it
  needs (`require_role`).
* CSRF: a request that authenticates with the session cookie and changes something must carry
  the session's CSRF token (form field `csrf_token` or header `X-CSRF-Token`). A bearer token is
  no ambient credential, so API calls with one need no CSRF token.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from ringwatch.service.store import ROLES, ApiToken, Store, User, utcnow

TOKEN_PREFIX = "rw_"
MIN_PASSWORD_CHARS = 12
_hasher = PasswordHasher()
# Verifying against this keeps a sign-in for an unknown name as slow as one for a known name.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


class AuthError(PermissionError):
    """Not signed in, a wrong password or token, or a role too low; the message is safe to show."""


@dataclass(frozen=True)
class Principal:
    name: str
    role: str
    via: str  # "session" or "token"

    def can(self, role: str) -> bool:
        return ROLES.index(self.role) >= ROLES.index(role)


def role_rank(role: str) -> int:
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}: one of {', '.join(ROLES)}")
    return ROLES.index(role)


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_CHARS:
        raise ValueError(f"a password needs at least {MIN_PASSWORD_CHARS} characters")
    return _hasher.hash(password)


def add_user(store: Store, name: str, password: str, role: str) -> None:
    role_rank(role)
    if not name or len(name) > 64 or not name.replace("-", "").replace("_", "").replace(".", "").isalnum():
        raise ValueError("a user name is 1-64 letters, digits, '.', '-' or '_'")
    with store.session.begin() as s:
        if s.scalars(select(User).where(User.name == name)).first():
            raise ValueError(f"user {name!r} already exists")
        s.add(User(name=name, password_hash=hash_password(password), role=role, created_at=utcnow()))
        store.audit(s, "(cli)", "user_create", target=name, detail=f"role {role}")


def check_password(store: Store, name: str, password: str) -> Principal:
    with store.session.begin() as s:
        user = s.scalars(select(User).where(User.name == name)).first()
        try:
            _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
        except (VerificationError, InvalidHashError):
            user = None
        if user is None or user.disabled:
            store.audit(s, name[:64], "login_failed")
            failed = True  # raised after the commit, so the failure stays in the audit log
        else:
            failed = False
            if _hasher.check_needs_rehash(user.password_hash):
                user.password_hash = _hasher.hash(password)
            store.audit(s, user.name, "login")
            who = Principal(user.name, user.role, "session")
    if failed:
        raise AuthError("wrong user name or password")
    return who


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(store: Store, name: str, label: str = "") -> str:
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with store.session.begin() as s:
        user = s.scalars(select(User).where(User.name == name)).first()
        if user is None:
            raise ValueError(f"no user {name!r}")
        s.add(ApiToken(user_id=user.id, token_hash=_token_hash(token), label=label, created_at=utcnow()))
        store.audit(s, "(cli)", "token_create", target=name, detail=label)
    return token


def check_token(store: Store, token: str) -> Principal:
    with store.session() as s:
        row = s.execute(select(ApiToken, User).join(User, ApiToken.user_id == User.id)
                        .where(ApiToken.token_hash == _token_hash(token))).first()
    if row is None or row[0].revoked_at is not None or row[1].disabled:
        raise AuthError("invalid or revoked API token")
    return Principal(row[1].name, row[1].role, "token")


def new_csrf_token() -> str:
    return secrets.token_urlsafe(32)


def csrf_ok(expected: str | None, given: str | None) -> bool:
    return bool(expected) and bool(given) and hmac.compare_digest(expected, given)
