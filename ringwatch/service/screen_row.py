"""The fast path of a screen: one subject row, with nothing else, prepared without an engine.

Screening at sign-up or application time sends one `subjects` row. Running the scan's stages on
a one-row bundle costs about a hundred engine statements (a quarter of a second); this path
gives the same answer in about a millisecond by calling the scan's own per-value normalisers
(email, phone, address, name, IP, profile URL) directly and laying the values out as
`build_subject_keys` does. Only what a lone subject row can produce is done here: the
indicators that read the row itself (`SUBJECT_ROW_SIGNALS`); every other indicator needs logins,
telemetry, payouts, shipments, domains or other subjects, which a row alone never has.

A row this path is not sure to read exactly as the loader would (a value with surrounding
spaces, a date in another format, an unknown column or choice, a photo or resume to check)
goes to the full path instead (`prepare_row` returns None), so its answer and warnings are the
loader's own. tests/test_screening_fast.py screens every row of a generated bundle both ways
and requires the same keys, indicators and person fields.
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime, timedelta, timezone

from ringwatch.contract import SUBJECTS
from ringwatch.limits import Limits
from ringwatch.load import EARLIEST_DATE, LATEST_DATE, REPLACEMENT_CHAR
from ringwatch.normalise.address import normalise_addresses
from ringwatch.normalise.email import normalise_emails
from ringwatch.normalise.name import normalise_names
from ringwatch.normalise.network import classify_ips
from ringwatch.normalise.phone import carrier_line_types
from ringwatch.normalise.stage import REGION_SEP, phones_with_regions
from ringwatch.normalise.url import PROFILE_PATTERNS, normalise_urls
from ringwatch.signals.indicators import dprk_networks
from ringwatch.signals.registry import BY_CODE

# Columns the fast path reads as the loader does; photo and resume name files the loader
# checks, so a row with either takes the full path.
FAST_COLUMNS = frozenset(SUBJECTS.column_names) - {"photo", "resume"}
KIND_CHOICES = SUBJECTS.column("kind").choices
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIMESTAMP = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?)?"
                        r"(Z|[+-]\d{2}:\d{2})?")
_COUNTRY = re.compile(r"[A-Za-z]{2}")
# The indicators a lone subject row can fire (ringwatch/signals/compute.py SUBJECT_SIGNAL_SQL).
SUBJECT_ROW_SIGNALS = ("VOIP_PHONE", "DISPOSABLE_EMAIL", "INVALID_PHONE", "HOSTING_SIGNUP_IP",
                       "DPRK_NETWORK")


class _FullPath(Exception):
    """This row needs the full path."""


def _cell(value) -> str | None:
    """A cell as the loader keeps it (blank -> None); anything it might keep differently -> full path."""
    if value is None:
        return None
    if not isinstance(value, str) or value != value.strip() or "\x00" in value or REPLACEMENT_CHAR in value:
        raise _FullPath
    return value or None


def _check_date(text: str, latest: date) -> None:
    if not _DATE.fullmatch(text):
        raise _FullPath
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise _FullPath from None
    if not date.fromisoformat(EARLIEST_DATE) <= day < latest:
        raise _FullPath


def _check_timestamp(text: str) -> None:
    match = _TIMESTAMP.fullmatch(text)
    if not match:
        raise _FullPath
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise _FullPath from None
    if moment.utcoffset() is not None:
        if abs(moment.utcoffset()) > timedelta(hours=14):
            raise _FullPath
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    if not datetime.fromisoformat(EARLIEST_DATE) <= moment < datetime.fromisoformat(LATEST_DATE):
        raise _FullPath


def _row(subject: dict) -> dict:
    """The subject's cells as the loader would keep them, or _FullPath."""
    if not set(subject) <= FAST_COLUMNS:
        raise _FullPath
    limit = Limits.from_env().max_field_chars
    row = {name: _cell(subject.get(name)) for name in FAST_COLUMNS}
    if row["id"] is None or any(v is not None and len(v) > limit for v in row.values()):
        raise _FullPath
    if row["kind"] is not None:
        if row["kind"] not in KIND_CHOICES and row["kind"].lower() not in KIND_CHOICES:
            raise _FullPath
        row["kind"] = row["kind"] if row["kind"] in KIND_CHOICES else row["kind"].lower()
    if row["country"] is not None:
        if not _COUNTRY.fullmatch(row["country"]):
            raise _FullPath
        row["country"] = row["country"].upper()
    if row["birth_date"] is not None:
        _check_date(row["birth_date"], datetime.now(timezone.utc).date() + timedelta(days=1))
    if row["created_at"] is not None:
        _check_timestamp(row["created_at"])
    return row


@functools.cache
def _dprk_nets() -> dict[str, str]:
    """North Korea's /24 networks and their names, as the full path's DPRK_NETWORK reads them."""
    nets = dprk_networks()[1]
    return dict(zip(nets["net"].to_pylist(), nets["network"].to_pylist()))


def _first(table) -> dict:
    return table.to_pylist()[0]


def _signal(code: str, detail: str | None) -> tuple:
    entry = BY_CODE[code]
    return code, float(entry.weight), detail, entry.group or code


def warm_up() -> None:
    """Load what the normalisers load on first use (name, phone and address tables, the public
    suffix list): a tenth of a second the first screen would otherwise pay."""
    prepare_row({"id": "warm-up", "full_name": "Ann Lee", "email": "ann.lee@example.org", "phone": "+14155550100",
                 "address": "1 Main St, Springfield, IL 62701", "signup_ip": "192.0.2.1",
                 "profiles": "https://github.com/annlee"})


def prepare_row(subject: dict) -> dict | None:
    """The newcomer's linkable values, indicators and person fields, in the form the full path
    (`screening._prepare`) gives them; None when the row must take the full path."""
    try:
        row = _row(subject)
    except _FullPath:
        return None
    none = {}
    email, recovery = (_first(normalise_emails([v])) if v else none
                       for v in (row["email"], row["recovery_email"]))
    region = row["country"] or ""
    phone, recovery_phone = (_first(phones_with_regions([region + REGION_SEP + v])) if v else {}
                             for v in (row["phone"], row["recovery_phone"]))
    address = _first(normalise_addresses([row["address"]])) if row["address"] else none
    name = _first(normalise_names([row["full_name"]])) if row["full_name"] else none
    ip = _first(classify_ips([row["signup_ip"]])) if row["signup_ip"] else none
    urls = list(dict.fromkeys(u.strip(" ") for u in (row["profiles"] or "").split(";") if u.strip(" ")))
    profiles = normalise_urls(urls).to_pylist() if urls else []

    keys = {("phone", "phone", phone.get("e164")), ("phone", "recovery", recovery_phone.get("e164")),
            ("email", "email", email.get("key")), ("email", "recovery", recovery.get("key")),
            ("address", "home", address.get("key")), ("signup_ip", "signup_ip", ip.get("ip"))}
    keys |= {("profile", "profile", p["handle"] or p["key"]) for p in profiles
             if p["key"] and (p["handle"] or p["site"] not in PROFILE_PATTERNS)}

    signals = []
    # the bundle's carrier lookup where it gives a known type, as the normalise stage does
    for number, given in ((phone, row["phone_line_type"]), (recovery_phone, row["recovery_phone_line_type"])):
        carrier = _first(carrier_line_types([given]))["line_type"] if given else None
        number["carrier"] = bool(number.get("e164") and carrier)
        if number["carrier"]:
            number["line_type"] = carrier
    if "voip" in (phone.get("line_type"), recovery_phone.get("line_type")):
        voip = phone if phone.get("line_type") == "voip" else recovery_phone
        lookup = " (the bundle's carrier lookup)" if voip["carrier"] else ""
        signals.append(_signal("VOIP_PHONE", f"phone {voip['e164']} is VOIP{lookup}"))
    if email.get("disposable") or recovery.get("disposable"):
        shown = email["domain"] if email.get("disposable") else recovery.get("domain")
        signals.append(_signal("DISPOSABLE_EMAIL", f"email domain {shown} is disposable" if shown else None))
    if row["phone"] and row["phone"].strip(" ") and not phone.get("e164"):
        signals.append(_signal("INVALID_PHONE", f'phone "{row["phone"]}" is not a valid number'))
    if ip.get("hosting"):
        signals.append(_signal("HOSTING_SIGNUP_IP",
                               f"sign-up IP {ip['ip']} is in {ip.get('provider') or 'a hosting range'}"))
    dprk = _dprk_nets().get(ip.get("net"))
    if dprk:
        signals.append(_signal("DPRK_NETWORK", f"sign-up from {ip['ip']}: {dprk}"))
    employer = (row["employer"] or "").strip(" ").lower() or None
    return {
        "id": row["id"],
        "keys": sorted((k for k in keys if k[2]), key=lambda k: (k[0], k[1], k[2])),
        "canonical": {address["key"]: address["key"]} if address.get("key") else {},
        "signals": sorted(signals),
        "person": (name.get("key"), row["birth_date"], employer, address.get("key"),
                   email.get("key"), phone.get("e164")),
        "warnings": [],
    }
