"""Okta System Log (`/api/v1/logs` LogEvent objects) -> `logins`.

Reads the API's JSON array, JSON Lines (one LogEvent per line: what a script paging the API,
a SIEM export or Panther writes) and the admin console's CSV download (dotted column names
such as `actor.alternateId`, `securityContext.isProxy`).

Format quirks handled (see README "Okta System Log"): top-level keys lower-cased by Panther
(`eventtype`, `securitycontext`, ...) while nested keys stay camelCase; `published` as ISO 8601
with `Z`, or with a space, no zone and up to 9 fraction digits; Okta's own invalid example
date (`2017-09-31`: warned, left empty); `client.zone` as the string "null"; a `securityContext`
whose fields are all null and an absent `isProxy` (unknown, not false); `device: null`.

Every LogEvent whose actor is a person or account (anything with an `alternateId` other than
Okta's own system principal) becomes one login row: authentication and session events and
the actor's other actions alike, told apart by `event_type` and `outcome`.
"""

from __future__ import annotations

import re
from typing import Any

from ringwatch.importers.common import (Row, asn, boolean, coordinate, country_code, get, get_ci,
                                        text, timestamp)

SOURCE = "okta"
TABLE = "logins"
PREFIX = "okta_"

OUTCOMES = {"SUCCESS": "success", "ALLOW": "success", "FAILURE": "failure", "DENY": "deny",
            "CHALLENGE": "challenge"}
RISK = {"LOW": "low", "MEDIUM": "medium", "HIGH": "high", "NONE": "none"}
SYSTEM_ACTORS = frozenset({"system@okta.com", "okta system", ""})
_RISK_LEVEL = re.compile(r"level\W{0,3}(LOW|MEDIUM|HIGH|NONE)", re.IGNORECASE)

# The vendor columns this importer writes besides the contract's, in this order.
EXTRA_COLUMNS = tuple(PREFIX + c for c in (
    "actor_id", "actor_type", "actor_display_name", "outcome_result", "outcome_reason",
    "severity", "display_message", "legacy_event_type", "transaction_id", "root_session_id",
    "country_name", "state", "postal_code", "isp", "domain", "zone", "client_device",
    "browser", "os", "auth_provider", "credential_provider", "credential_type", "interface",
    "device_name", "device_platform", "device_managed", "threat_suspected", "behaviors",
    "risk", "request_id", "ip_chain", "targets"))


def _debug_data(event: dict) -> dict:
    data = get(get_ci(event, "debugContext"), "debugData")
    return data if isinstance(data, dict) else {}


def event_to_row(event: dict, warn) -> Row | None:
    """One LogEvent -> a login row (None for the system's own events). `warn(field, code,
    message)` records a cell-level warning."""
    actor = get_ci(event, "actor") or {}
    if not isinstance(actor, dict):
        actor = {}
    alternate = text(actor.get("alternateId")).strip()
    actor_id = text(actor.get("id")).strip()
    actor_type = text(actor.get("type"))
    if alternate.lower() in SYSTEM_ACTORS and not actor_id or actor_type == "SystemPrincipal":
        return None
    client = get_ci(event, "client") or {}
    if not isinstance(client, dict):
        client = {}
    geo = client.get("geographicalContext") or {}
    if not isinstance(geo, dict):
        geo = {}
    security = get_ci(event, "securityContext") or {}
    if not isinstance(security, dict):
        security = {}
    auth = get_ci(event, "authenticationContext") or {}
    if not isinstance(auth, dict):
        auth = {}
    outcome = get_ci(event, "outcome") or {}
    if not isinstance(outcome, dict):
        outcome = {}
    device = get_ci(event, "device") or {}
    if not isinstance(device, dict):
        device = {}
    debug = _debug_data(event)

    published = get_ci(event, "published")
    ts = timestamp(published)
    if ts is None:
        warn("published", "bad_timestamp", f"'{text(published)[:80]}' is not a timestamp; set to empty")
        ts = ""
    result = text(outcome.get("result")).upper()
    risk_text = text(debug.get("risk")) or text(debug.get("logOnlySecurityData"))
    m = _RISK_LEVEL.search(risk_text) if risk_text else None
    geolocation = geo.get("geolocation") if isinstance(geo.get("geolocation"), dict) else {}
    ua = client.get("userAgent") if isinstance(client.get("userAgent"), dict) else {}
    country_name = text(geo.get("country"))
    chain = get_ci(event, "request")
    chain = chain.get("ipChain") if isinstance(chain, dict) else None
    targets = get_ci(event, "target")
    cells = {
        "ts": ts,
        "ip": text(client.get("ipAddress")),
        "device_id": text(device.get("id")),
        "user_agent": text(ua.get("rawUserAgent")),
        "country": country_code(country_name),
        "outcome": OUTCOMES.get(result, ""),
        "source_proxy": boolean(security.get("isProxy")),
        "asn": asn(security.get("asNumber")),
        "network_owner": text(security.get("asOrg")),
        "city": text(geo.get("city")),
        "latitude": coordinate(geolocation.get("lat"), 90),
        "longitude": coordinate(geolocation.get("lon"), 180),
        "risk_level": RISK.get(m.group(1).upper(), "") if m else "",
        "event_type": text(get_ci(event, "eventType")),
        "session_id": text(auth.get("externalSessionId")),
        "event_id": ("okta:" + text(get_ci(event, "uuid"))) if get_ci(event, "uuid") else "",
        "okta_actor_id": actor_id,
        "okta_actor_type": actor_type,
        "okta_actor_display_name": text(actor.get("displayName")),
        "okta_outcome_result": text(outcome.get("result")),
        "okta_outcome_reason": text(outcome.get("reason")),
        "okta_severity": text(get_ci(event, "severity")),
        "okta_display_message": text(get_ci(event, "displayMessage")),
        "okta_legacy_event_type": text(get_ci(event, "legacyEventType")),
        "okta_transaction_id": text(get(get_ci(event, "transaction"), "id")),
        "okta_root_session_id": text(auth.get("rootSessionId")),
        "okta_country_name": country_name,
        "okta_state": text(geo.get("state")),
        "okta_postal_code": text(geo.get("postalCode")),
        "okta_isp": text(security.get("isp")),
        "okta_domain": text(security.get("domain")),
        "okta_zone": text(client.get("zone")),
        "okta_client_device": text(client.get("device")),
        "okta_browser": text(ua.get("browser")),
        "okta_os": text(ua.get("os")),
        "okta_auth_provider": text(auth.get("authenticationProvider")),
        "okta_credential_provider": text(auth.get("credentialProvider")),
        "okta_credential_type": text(auth.get("credentialType")),
        "okta_interface": text(auth.get("interface")),
        "okta_device_name": text(device.get("name")),
        "okta_device_platform": text(device.get("os_platform")),
        "okta_device_managed": boolean(device.get("managed")),
        "okta_threat_suspected": boolean(debug.get("threatSuspected")),
        "okta_behaviors": text(debug.get("behaviors")),
        "okta_risk": risk_text,
        "okta_request_id": text(debug.get("requestId")),
        "okta_ip_chain": ";".join(text(hop.get("ip")) for hop in chain if isinstance(hop, dict))
        if isinstance(chain, list) else "",
        "okta_targets": ";".join(text(t.get("alternateId") or t.get("id")) for t in targets
                                 if isinstance(t, dict)) if isinstance(targets, list) else "",
    }
    identities = []
    if alternate:
        identities.append(("email" if "@" in alternate else "username", alternate))
    if actor_id:
        identities.append(("user_id", actor_id))
    if cells["device_id"]:
        identities.append(("device_id", cells["device_id"]))
    person = {"kind": "employee" if actor_type in ("User", "") else "account",
              "full_name": cells["okta_actor_display_name"]}
    return Row(TABLE, cells, identities, person)


def unflatten(row: dict[str, str]) -> dict[str, Any]:
    """A CSV row with dotted headers (`actor.alternateId`) -> a nested LogEvent."""
    event: dict[str, Any] = {}
    for key, value in row.items():
        if key is None or value in (None, ""):
            continue
        parts = [p for p in key.strip().split(".") if p]
        if not parts:
            continue
        node = event
        for p in parts[:-1]:
            nxt = node.get(p)
            if not isinstance(nxt, dict):
                nxt = node[p] = {}
            node = nxt
        node[parts[-1]] = value
    return event
