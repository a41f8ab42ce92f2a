"""Microsoft Entra ID (Azure AD) sign-in logs -> `logins`.

Three envelopes, told apart per record:

1. Microsoft Graph `GET /auditLogs/signIns` (v1.0 and beta): camelCase records, one page per
   file as `{"@odata.context", "@odata.nextLink", "value": [...]}`, a bare array, or one record
   per line. Microsoft's own published examples have a trailing comma (read, with a warning)
   and duplicate keys with different values (the last is kept, with a warning).
2. Azure Monitor diagnostic-settings export (Event Hub / storage account, one JSON object per
   line, or a `{"records": [...]}` blob): envelope `time`, `category`, `resultType` (a string),
   `callerIpAddress`, top-level `location` (a country code), and the Graph-like record under
   `properties`.
3. Log Analytics `SigninLogs` / `AADNonInteractiveUserSignInLogs` rows (PascalCase:
   `TimeGenerated`, `UserPrincipalName`, `IPAddress`, `LocationDetails`, `DeviceDetail`,
   `Status`, `ResultType`, ...), as JSON or as the portal's CSV export, whose dynamic columns
   hold JSON text.

The portal's "Download JSON" is envelope 1's records as an array; its "Download CSV" has
spaced headers ("Date (UTC)", "User principal name", "IP address", ...), mapped by CSV_HEADERS.
"""

from __future__ import annotations

import json
from typing import Any

from ringwatch.importers.common import Row, asn, coordinate, country_code, get, text, timestamp

SOURCE = "entra"
TABLE = "logins"
PREFIX = "entra_"

CHALLENGE_CODES = frozenset({50055, 50072, 50074, 50076, 50079, 50097, 50125, 50140, 50158,
                             50199, 16000, 16001, 16003, 81010, 81012, 530034})
DENY_CODES = frozenset({50053, 50057, 50105, 53000, 53001, 53002, 53003, 53004, 530002,
                        530003, 530032, 530035, 50131})
RISK_LEVELS = {"none": "none", "low": "low", "medium": "medium", "high": "high", "hidden": "hidden"}
EVENT_TYPES = {"SignInLogs": "interactiveUser", "NonInteractiveUserSignInLogs": "nonInteractiveUser",
               "ServicePrincipalSignInLogs": "servicePrincipal",
               "ManagedIdentitySignInLogs": "managedIdentity",
               "MicrosoftServicePrincipalSignInLogs": "microsoftServicePrincipal",
               "AADNonInteractiveUserSignInLogs": "nonInteractiveUser",
               "AADServicePrincipalSignInLogs": "servicePrincipal",
               "AADManagedIdentitySignInLogs": "managedIdentity"}
PROXY_RISK_EVENTS = frozenset({"anonymizedipaddress", "torip"})

EXTRA_COLUMNS = tuple(PREFIX + c for c in (
    "user_id", "user_display_name", "user_type", "app_id", "app_display_name",
    "resource_display_name", "client_app_used", "is_interactive", "error_code",
    "failure_reason", "additional_details", "result_type", "risk_state", "risk_detail",
    "risk_level_aggregated", "risk_events", "device_name", "device_os", "device_browser",
    "device_compliant", "device_managed", "device_trust_type", "conditional_access_status",
    "authentication_requirement", "authentication_protocol", "auth_methods", "state",
    "network_names", "correlation_id", "category", "service_principal_id",
    "service_principal_name", "home_tenant_id", "token_issuer_type"))

# The portal's CSV download: its spaced headers -> the Graph names.
CSV_HEADERS = {
    "date (utc)": "createdDateTime", "date": "createdDateTime", "request id": "id",
    "correlation id": "correlationId", "user id": "userId", "user": "userDisplayName",
    "username": "userPrincipalName", "user principal name": "userPrincipalName",
    "user type": "userType", "application": "appDisplayName", "application id": "appId",
    "resource": "resourceDisplayName", "ip address": "ipAddress", "location": "location_text",
    "status": "status_text", "sign-in error code": "errorCode", "failure reason": "failureReason",
    "client app": "clientAppUsed", "browser": "browser", "operating system": "operatingSystem",
    "device id": "deviceId", "compliant": "isCompliant", "managed": "isManaged",
    "join type": "trustType", "user agent": "userAgent", "autonomous system number": "autonomousSystemNumber",
    "conditional access": "conditionalAccessStatus", "session id": "sessionId",
    "multifactor authentication result": "mfaResult", "latency": "latency",
    "risk level (during sign-in)": "riskLevelDuringSignIn", "risk state": "riskState",
    "incoming token type": "incomingTokenType", "authentication requirement": "authenticationRequirement",
}


class _Record:
    """Field lookup over the three envelopes: the record (or `properties`) first, in
    camelCase then PascalCase, then the Azure Monitor envelope."""

    __slots__ = ("base", "env")

    def __init__(self, record: dict) -> None:
        props = record.get("properties")
        if isinstance(props, str) and props.startswith("{"):
            try:
                props = json.loads(props)
            except ValueError:
                props = None
        if isinstance(props, dict):
            self.base, self.env = props, record
        else:
            self.base, self.env = record, {}

    def __call__(self, key: str) -> Any:
        base = self.base
        value = base.get(key)
        if value is not None:
            if value.__class__ is not str or value[:1] not in "{[":
                return value
        elif key not in base:
            value = base.get(key[:1].upper() + key[1:])
            if value is None and self.env:
                value = self.env.get(key)
        if isinstance(value, str) and value[:1] in "{[" and value[-1:] in "}]":
            try:
                return json.loads(value)
            except ValueError:
                return value
        return value


def outcome(error_code: int | None, result_type: str, ca_status: str) -> str:
    if error_code is None:
        folded = result_type.strip().lower()
        if folded in ("success", "0"):
            return "success"
        if folded in ("failure", "failed"):
            return "failure"
        return ""
    if error_code == 0:
        return "success"
    if error_code in CHALLENGE_CODES:
        return "challenge"
    if error_code in DENY_CODES or ca_status.lower() == "failure":
        return "deny"
    return "failure"


def _int(value: Any) -> int | None:
    if value is None or value == "" or isinstance(value, bool):
        return None
    try:
        return int(str(value).strip())
    except ValueError:
        return None


def record_to_row(record: dict, warn) -> Row | None:
    r = _Record(record)
    env = r.env
    status = r("status")
    status = status if isinstance(status, dict) else {}
    device = r("deviceDetail")
    device = device if isinstance(device, dict) else {}
    location = r("locationDetails") or r("location")
    if not isinstance(location, dict):
        location = {}
    coords = location.get("geoCoordinates") if isinstance(location.get("geoCoordinates"), dict) else {}

    when = r("createdDateTime") or r("timeGenerated") or env.get("time") or record.get("time")
    ts = timestamp(when)
    if ts is None:
        warn("createdDateTime", "bad_timestamp", f"'{text(when)[:80]}' is not a timestamp; set to empty")
        ts = ""
    error_code = _int(status.get("errorCode"))
    result_type = text(env.get("resultType") if env else r("resultType"))
    if error_code is None:
        error_code = _int(result_type) if result_type else _int(r("errorCode"))
    ca_status = text(r("conditionalAccessStatus"))
    risk_events = []
    for key in ("riskEventTypes", "riskEventTypes_v2"):
        value = r(key)
        if isinstance(value, list):
            risk_events += [text(v) for v in value if v]
        elif isinstance(value, str) and value:
            risk_events += [v.strip() for v in value.split(";") if v.strip()]
    risk_events = list(dict.fromkeys(risk_events))
    proxy = "true" if any(e.lower() in PROXY_RISK_EVENTS for e in risk_events) else ""
    category = text(env.get("category") if env else r("category")) or text(r("type"))
    event_types = r("signInEventTypes")
    if isinstance(event_types, list) and event_types:
        event_type = ";".join(text(e) for e in event_types)
    elif category in EVENT_TYPES:
        event_type = EVENT_TYPES[category]
    else:
        interactive = r("isInteractive")
        event_type = {True: "interactiveUser", False: "nonInteractiveUser"}.get(
            interactive if isinstance(interactive, bool) else
            {"true": True, "false": False}.get(text(interactive).lower()), "")
    country = text(location.get("countryOrRegion")) or (
        text(env.get("location")) if env and isinstance(env.get("location"), str) else "")
    record_id = text(r("id"))
    details = r("authenticationDetails")
    methods = ";".join(dict.fromkeys(text(d.get("authenticationMethod")) for d in details
                                     if isinstance(d, dict) and d.get("authenticationMethod"))) \
        if isinstance(details, list) else ""
    networks = r("networkLocationDetails")
    network_names = ";".join(n for d in networks if isinstance(d, dict)
                             for n in (d.get("networkNames") or []) if isinstance(n, str)) \
        if isinstance(networks, list) else ""
    upn = text(r("userPrincipalName")).strip()
    sp_id = text(r("servicePrincipalId")).strip()
    sp_name = text(r("servicePrincipalName")).strip()
    user_id = text(r("userId")).strip()
    risk = text(r("riskLevelDuringSignIn")).lower()
    device_id = text(device.get("deviceId"))
    cells = {
        "ts": ts,
        "ip": text(r("ipAddress")) or text(r("iPAddress")) or text(r("IPAddress")) or text(env.get("callerIpAddress")),
        "device_id": device_id,
        "user_agent": text(r("userAgent")),
        "country": country_code(country),
        "outcome": outcome(error_code, result_type, ca_status),
        "source_proxy": proxy,
        "asn": asn(r("autonomousSystemNumber")),
        "network_owner": "",
        "city": text(location.get("city")),
        "latitude": coordinate(coords.get("latitude"), 90),
        "longitude": coordinate(coords.get("longitude"), 180),
        "risk_level": RISK_LEVELS.get(risk, ""),
        "event_type": event_type,
        "session_id": text(r("sessionId")),
        "event_id": ("entra:" + record_id) if record_id else "",
        "entra_user_id": user_id,
        "entra_user_display_name": text(r("userDisplayName")),
        "entra_user_type": text(r("userType")),
        "entra_app_id": text(r("appId")),
        "entra_app_display_name": text(r("appDisplayName")),
        "entra_resource_display_name": text(r("resourceDisplayName")),
        "entra_client_app_used": text(r("clientAppUsed")),
        "entra_is_interactive": text(r("isInteractive")).lower(),
        "entra_error_code": "" if error_code is None else str(error_code),
        "entra_failure_reason": text(status.get("failureReason")) or text(r("failureReason")),
        "entra_additional_details": text(status.get("additionalDetails")),
        "entra_result_type": result_type,
        "entra_risk_state": text(r("riskState")),
        "entra_risk_detail": text(r("riskDetail")),
        "entra_risk_level_aggregated": text(r("riskLevelAggregated")),
        "entra_risk_events": ";".join(risk_events),
        "entra_device_name": text(device.get("displayName")),
        "entra_device_os": text(device.get("operatingSystem")),
        "entra_device_browser": text(device.get("browser")),
        "entra_device_compliant": text(device.get("isCompliant")).lower(),
        "entra_device_managed": text(device.get("isManaged")).lower(),
        "entra_device_trust_type": text(device.get("trustType")),
        "entra_conditional_access_status": ca_status,
        "entra_authentication_requirement": text(r("authenticationRequirement")),
        "entra_authentication_protocol": text(r("authenticationProtocol")),
        "entra_auth_methods": methods,
        "entra_state": text(location.get("state")),
        "entra_network_names": network_names,
        "entra_correlation_id": text(r("correlationId")),
        "entra_category": category,
        "entra_service_principal_id": sp_id,
        "entra_service_principal_name": sp_name,
        "entra_home_tenant_id": text(r("homeTenantId")),
        "entra_token_issuer_type": text(r("tokenIssuerType")),
    }
    if country and not cells["country"]:
        warn("location", "bad_country", f"'{country[:80]}' is not a country; country left empty")
    service = category in ("ServicePrincipalSignInLogs", "ManagedIdentitySignInLogs",
                           "MicrosoftServicePrincipalSignInLogs") or (not upn and bool(sp_id or sp_name))
    identities = []
    if upn:
        identities.append(("upn", upn))
    if user_id:
        identities.append(("user_id", user_id))
    if sp_id:
        identities.append(("user_id", sp_id))
    if sp_name:
        identities.append(("username", sp_name))
    if device_id:
        identities.append(("device_id", device_id))
    if cells["entra_device_name"]:
        identities.append(("hostname", cells["entra_device_name"]))
    person = {"kind": "account" if service or cells["entra_user_type"].lower() == "guest" else "employee",
              "full_name": cells["entra_user_display_name"]}
    return Row(TABLE, cells, identities, person)


def records_of(document: Any) -> list:
    """The sign-in records of a whole JSON document: a Graph page, a storage blob
    (`records`), or a bare array."""
    if isinstance(document, list):
        return document
    if isinstance(document, dict):
        for key in ("value", "records", "Value", "Records"):
            if isinstance(document.get(key), list):
                return document[key]
        return [document]
    return []


def from_csv_row(row: dict[str, str]) -> dict:
    """A row of the portal's CSV download, or a Log Analytics CSV export, as a record."""
    rec: dict[str, Any] = {}
    device: dict[str, Any] = {}
    status: dict[str, Any] = {}
    for key, value in row.items():
        if key is None or value in (None, ""):
            continue
        name = CSV_HEADERS.get(key.strip().lower(), key.strip())
        if name in ("browser", "operatingSystem", "deviceId", "isCompliant", "isManaged", "trustType"):
            device[name] = value
        elif name in ("errorCode", "failureReason"):
            status[name] = value
        elif name == "location_text":
            parts = [p.strip() for p in value.split(",")]
            rec["location"] = {"city": parts[0] if parts else "",
                               "state": parts[1] if len(parts) > 2 else "",
                               "countryOrRegion": parts[-1] if parts else ""}
        else:
            rec[name] = value
    if device:
        rec.setdefault("deviceDetail", device)
    if status:
        rec.setdefault("status", status)
    return rec


__all__ = ["record_to_row", "records_of", "from_csv_row", "EXTRA_COLUMNS", "get"]
