"""Profile URLs (LinkedIn, GitHub, freelance sites ...): a canonical key, the site and the handle."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from urllib.parse import unquote, urlsplit

import pyarrow as pa
import tldextract

SCHEMA = pa.schema([
    ("key", pa.string()),
    ("site", pa.string()),
    ("handle", pa.string()),
])

# Host prefixes that serve the same page as the bare domain.
_MIRROR_PREFIXES = ("www.", "m.", "mobile.")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)

# Where each profile site puts the account name in the path: a regex over `path` (no leading
# slash) whose first group is the handle. GitHub/GitLab/X paths that are site pages, not
# accounts, are excluded.
_SITE_PAGES = r"(?!(?:about|features|pricing|login|signup|explore|search|settings|home|i|intent|share|orgs|topics|marketplace|help)(?:/|$))"
PROFILE_PATTERNS: dict[str, re.Pattern[str]] = {
    "linkedin.com": re.compile(r"^in/([^/]+)"),
    "github.com": re.compile(rf"^{_SITE_PAGES}([^/]+)"),
    "gitlab.com": re.compile(rf"^{_SITE_PAGES}([^/]+)"),
    "upwork.com": re.compile(r"^(?:[a-z]{2}/)?freelancers/(?:~)?([^/]+)"),
    "freelancer.com": re.compile(r"^u/([^/]+)"),
    "behance.net": re.compile(rf"^{_SITE_PAGES}([^/]+)"),
    "dribbble.com": re.compile(rf"^{_SITE_PAGES}([^/]+)"),
    "x.com": re.compile(rf"^{_SITE_PAGES}([^/]+)"),
    "twitter.com": re.compile(rf"^{_SITE_PAGES}([^/]+)"),
    "t.me": re.compile(r"^(?:s/)?([^/]+)"),
    "fiverr.com": re.compile(rf"^{_SITE_PAGES}([^/]+)"),
    "stackoverflow.com": re.compile(r"^users/([0-9]+)"),
}
# The same account under another domain name.
_SITE_ALIASES = {"twitter.com": "x.com", "telegram.me": "t.me"}


@functools.cache
def _extractor() -> tldextract.TLDExtract:
    # Offline: the public suffix snapshot bundled with tldextract, never a download.
    return tldextract.TLDExtract(suffix_list_urls=())


@functools.lru_cache(maxsize=100_000)
def site_of(host: str) -> str:
    """Registered domain of a host (`uk.linkedin.com` -> `linkedin.com`), aliases resolved.

    Cached: profile URLs point at few distinct hosts, and tldextract costs ~10 us a call.
    """
    site = _extractor()(host).top_domain_under_public_suffix or host
    return _SITE_ALIASES.get(site, site)


def split_profiles(value: str | None) -> list[str]:
    """The contract's `;`-separated `profiles` column as a list of non-empty URLs."""
    if not value:
        return []
    return [part.strip() for part in value.split(";") if part.strip()]


def _normalise_one(value: str) -> tuple[str, str | None, str | None] | None:
    text = value.strip()
    if not text:
        return None
    if not _SCHEME.match(text):
        text = "//" + text  # `linkedin.com/in/x` has no scheme; make urlsplit see the host
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    host = (parts.hostname or "").rstrip(".")
    if not host or "." not in host:
        return None
    for prefix in _MIRROR_PREFIXES:
        if host.startswith(prefix):
            host = host[len(prefix):]
            break
    path = unquote(parts.path).strip("/").lower()
    key = f"{host}/{path}" if path else host
    site = site_of(host)
    handle = None
    pattern = PROFILE_PATTERNS.get(site)
    if pattern and path:
        match = pattern.match(path)
        if match:
            handle = f"{site}:{match.group(1).lstrip('@~')}"
    return key, site, handle


def normalise_urls(values: Sequence[str | None]) -> pa.Table:
    """One row per input: `key` (host/path, no scheme/www/query), `site`, `handle` (`site:name`)."""
    columns: dict[str, list] = {name: [] for name in SCHEMA.names}
    for value in values:
        parsed = _normalise_one(value) if value else None
        key, site, handle = parsed if parsed else (None, None, None)
        columns["key"].append(key)
        columns["site"].append(site)
        columns["handle"].append(handle)
    return pa.Table.from_pydict(columns, schema=SCHEMA)
