"""Email addresses: canonical mailbox key, provider facts and the shape of the local part."""

from __future__ import annotations

import re
from collections.abc import Sequence

import pyarrow as pa
from disposable_email_domains import blocklist as DISPOSABLE_DOMAINS
from email_validator import EmailNotValidError, validate_email
from email_validator import SPECIAL_USE_DOMAIN_NAMES

SCHEMA = pa.schema([
    ("key", pa.string()),
    ("domain", pa.string()),
    ("free", pa.bool_()),
    ("disposable", pa.bool_()),
    ("local_shape", pa.string()),
    ("valid", pa.bool_()),
])

# Big free webmail providers. Kept in code because no maintained offline package lists them;
# an address there says nothing about an employer, unlike a company domain.
FREE_PROVIDERS = frozenset({
    "gmail.com", "googlemail.com",
    "outlook.com", "hotmail.com", "hotmail.co.uk", "hotmail.fr", "live.com", "msn.com",
    "yahoo.com", "yahoo.co.uk", "yahoo.co.jp", "yahoo.fr", "ymail.com", "rocketmail.com",
    "aol.com", "icloud.com", "me.com", "mac.com",
    "proton.me", "protonmail.com", "pm.me", "tutanota.com", "tuta.io",
    "gmx.com", "gmx.net", "gmx.de", "web.de", "mail.com", "zoho.com", "fastmail.com",
    "mail.ru", "inbox.ru", "list.ru", "bk.ru", "yandex.ru", "yandex.com",
    "qq.com", "163.com", "126.com", "sina.com", "aliyun.com",
    "naver.com", "daum.net", "hanmail.net", "rediffmail.com",
})

# Providers that deliver `name+tag@` to `name@`, so the tag only hides a reused mailbox.
# Yahoo uses `-` for its disposable addresses, but `-` is also legal in real names: left alone.
SUBADDRESS_PROVIDERS = frozenset({
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com",
    "protonmail.com", "proton.me", "pm.me", "icloud.com", "me.com", "mac.com", "fastmail.com",
})
# Gmail ignores dots in the local part, and googlemail.com is the same mailbox.
DOTLESS_PROVIDERS = frozenset({"gmail.com", "googlemail.com"})

# Plain ASCII dot-atom addresses, the overwhelming majority, are accepted by this pattern
# without calling email-validator (which costs ~30 us a call); everything else falls back to it.
_FAST_EMAIL = re.compile(
    r"[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}"
)
_DIGIT_RUN = re.compile(r"[0-9]+")
_SEPARATORS = str.maketrans("", "", "._-")


def _split_valid(text: str) -> tuple[str, str] | None:
    """(local, domain) lowercased for a syntactically valid address, else None."""
    lowered = text.lower()
    if len(lowered) <= 254 and _FAST_EMAIL.fullmatch(lowered):
        local, domain = lowered.rsplit("@", 1)
        if len(local) <= 64 and domain.rsplit(".", 1)[1] not in SPECIAL_USE_DOMAIN_NAMES:
            return local, domain
    try:
        checked = validate_email(text, check_deliverability=False)
    except EmailNotValidError:
        return None
    return checked.local_part.lower(), checked.domain.lower()


def canonical_mailbox(local: str, domain: str) -> str:
    """The mailbox a provider actually delivers to."""
    if domain in SUBADDRESS_PROVIDERS:
        local = local.split("+", 1)[0]
    if domain in DOTLESS_PROVIDERS:
        local = local.replace(".", "")
        domain = "gmail.com"
    return f"{local}@{domain}"


def local_shape(local: str) -> str:
    """`j.dev_21` -> `jdev9`: patterned throwaway names share a shape."""
    return _DIGIT_RUN.sub("9", local).translate(_SEPARATORS)


def normalise_emails(values: Sequence[str | None]) -> pa.Table:
    """One row per input: `key, domain, free, disposable, local_shape, valid`."""
    columns: dict[str, list] = {name: [] for name in SCHEMA.names}
    for value in values:
        parts = _split_valid(value.strip()) if value else None
        if parts is None:
            for name in ("key", "domain", "free", "disposable", "local_shape"):
                columns[name].append(None)
            columns["valid"].append(None if value is None else False)
            continue
        local, domain = parts
        key = canonical_mailbox(local, domain)
        columns["key"].append(key)
        columns["domain"].append(domain)
        columns["free"].append(domain in FREE_PROVIDERS)
        columns["disposable"].append(domain in DISPOSABLE_DOMAINS)
        columns["local_shape"].append(local_shape(key.rsplit("@", 1)[0]))
        columns["valid"].append(True)
    return pa.Table.from_pydict(columns, schema=SCHEMA)
