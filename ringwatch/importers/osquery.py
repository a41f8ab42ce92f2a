"""osquery result logs (the filesystem logger's `osqueryd.results.log` /
`osqueryd.snapshots.log`, one JSON object per line) -> `endpoint`.

All three result shapes are read: event format (`columns` + `action` added / removed /
snapshot), snapshot format (`snapshot: [rows]`) and batch format (`diffResults: {added,
removed}`, where Fleet writes `"added": ""`). `unixTime` may be an integer, a string or absent
(then `calendarTime`, `"Thu Mar 16 03:08:58 2023 UTC"`, with or without `UTC`, is used); the
host is `hostIdentifier` or (osquery's docs) `hostname`, with `decorations.host_uuid` /
`decorations.hostname` where configured. Query names vary (`pack_<pack>_<query>`,
`pack/Global/<name>`, bare names): rows are recognised by the query's name and by their
columns, so a renamed query still imports.

What becomes an endpoint row (kind: value):

| osquery table | kind | value | other columns |
|---|---|---|---|
| usb_devices | usb | `model` (product string) | vendor_id, product_id (`model_id`), 4 hex digits |
| processes, process_events | process | `name` (else the basename of `path`) | |
| listening_ports | listening_port | `port/tcp` or `port/udp` | |
| logged_in_users, last (with a remote `host`) | remote_session | the remote host | started_at (the login's `time`) |
| time | timezone | `local_timezone`, else `timezone` | |
| interface_addresses | network | the address | |
| arp_cache / routes rows of the default gateway | gateway_mac | the MAC | |
| wifi_status / wifi_networks | network | the SSID | |
| keyboard layout (query named `*keyboard*` / `*input_source*` / `*keylayout*`, macOS `preferences` keys `AppleCurrentKeyboardLayoutInputSourceID` / `AppleSelectedInputSources`, Windows `Keyboard Layout\\Preload`) | keyboard | the layout | |
| system_info | system | `hardware_model` or `computer_name` | |

Every other column of the row travels as `osquery_<column>`. Rows of other queries are
counted and skipped (listed in the summary).
"""

from __future__ import annotations

import os
import re
from datetime import datetime
from typing import Any, Iterator

from ringwatch.importers.common import Row, stable_id, text, timestamp, unix_time

SOURCE = "osquery"
TABLE = "endpoint"
PREFIX = "osquery_"

EXTRA_COLUMNS = tuple(PREFIX + c for c in (
    "query", "action", "host", "host_uuid", "path", "cmdline", "pid", "user", "tty", "type",
    "vendor", "serial", "removable", "address", "interface", "mask", "protocol", "hostname",
    "uuid", "hardware_serial", "cpu_brand", "source_table"))
_EXTRA_NAMES = frozenset(c[len(PREFIX):] for c in EXTRA_COLUMNS)
LOCAL_HOSTS = frozenset({"", "localhost", "127.0.0.1", "::1", "0.0.0.0"})
PROTOCOLS = {"6": "tcp", "17": "udp", "tcp": "tcp", "udp": "udp"}
_HEX = re.compile(r"(?:0x)?([0-9a-fA-F]{1,4})")
KEYBOARD_NAMES = ("keyboard", "input_source", "keylayout", "keyboard_layout")
KEYBOARD_KEYS = ("applecurrentkeyboardlayoutinputsourceid", "appleselectedinputsources",
                 "appleenabledinputsources", "preload")


def hex_id(value: Any) -> str:
    """A USB id as 4 lower-case hex digits ('05ac', '0x1D6B' -> '1d6b'; '' if not one)."""
    m = _HEX.fullmatch(text(value).strip())
    return m.group(1).lower().zfill(4) if m else ""


def calendar_time(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return ""
    s = " ".join(value.replace(" UTC", "").split())
    try:
        return datetime.strptime(s, "%a %b %d %H:%M:%S %Y").isoformat() + "Z"
    except ValueError:
        return None


def query_table(name: str, columns: dict) -> str:
    """Which osquery table a result row comes from, by the query name then its columns."""
    n = name.lower()
    keys = columns.keys()
    if any(k in n for k in KEYBOARD_NAMES):
        return "keyboard"
    if "usb" in n or ("vendor_id" in keys and "model_id" in keys):
        return "usb_devices"
    if "listening" in n or ("port" in keys and "protocol" in keys and "pid" in keys):
        return "listening_ports"
    if "logged_in" in n or ("tty" in keys and "host" in keys and "user" in keys):
        return "logged_in_users"
    if n.endswith("last") or ("tty" in keys and "host" in keys and "username" in keys):
        return "last"
    if "arp" in n or "gateway" in n or ("mac" in keys and "address" in keys and "interface" in keys):
        return "arp_cache"
    if "interface_addresses" in n or ("interface" in keys and "address" in keys and "mask" in keys):
        return "interface_addresses"
    if "wifi" in n or "ssid" in keys or "network_name" in keys:
        return "wifi"
    if "system_info" in n or ("cpu_brand" in keys and "hostname" in keys) or "hardware_model" in keys:
        return "system_info"
    if "preferences" in n or "registry" in n:
        key = (text(columns.get("key")) + " " + text(columns.get("path"))).lower()
        if any(k in key for k in KEYBOARD_KEYS) or "keyboard layout" in key:
            return "keyboard"
    if n.endswith("time") and ("timezone" in keys or "local_timezone" in keys or "hour" in keys):
        return "time"
    if "timezone" in keys or "local_timezone" in keys:
        return "time"
    if "process_events" in n or "process" in n or ("pid" in keys and ("name" in keys or "path" in keys)
                                                   and "port" not in keys and "remote_port" not in keys):
        return "processes"
    return ""


def _kind_value(table: str, row: dict, name: str) -> tuple[str, str, dict[str, str]]:
    """(kind, value, extra contract cells) for one result row; kind '' when nothing to import."""
    g = lambda k: text(row.get(k)).strip()  # noqa: E731
    if table == "usb_devices":
        return "usb", g("model") or g("product"), {"vendor_id": hex_id(row.get("vendor_id")),
                                                    "product_id": hex_id(row.get("model_id") or row.get("product_id"))}
    if table == "processes":
        value = g("name") or os.path.basename(g("path").replace("\\", "/"))
        return ("process", value, {}) if value else ("", "", {})
    if table == "listening_ports":
        port = g("port")
        if not port or port == "0":
            return "", "", {}
        return "listening_port", f"{port}/{PROTOCOLS.get(g('protocol').lower(), g('protocol') or 'tcp')}", {}
    if table in ("logged_in_users", "last"):
        host = g("host")
        if host.lower() in LOCAL_HOSTS or host.startswith(":") or host.startswith("tty"):
            return "", "", {}
        began = unix_time(row.get("time")) if text(row.get("time")).strip() not in ("", "0") else ""
        return "remote_session", host, {"started_at": began or ""}
    if table == "time":
        value = g("local_timezone") or g("timezone")
        return ("timezone", value, {}) if value else ("", "", {})
    if table == "interface_addresses":
        value = g("address")
        return ("network", value, {}) if value and value not in LOCAL_HOSTS else ("", "", {})
    if table == "arp_cache":
        mac = g("mac").lower()
        gateway = "gateway" in name.lower() or g("gateway") or g("is_gateway") in ("1", "true")
        if mac and gateway and mac not in ("00:00:00:00:00:00", "ff:ff:ff:ff:ff:ff", "incomplete"):
            return "gateway_mac", mac, {}
        return "", "", {}
    if table == "wifi":
        value = g("ssid") or g("network_name")
        return ("network", value, {}) if value else ("", "", {})
    if table == "keyboard":
        value = g("layout") or g("value") or g("data") or g("input_source") or g("name")
        return ("keyboard", value, {}) if value else ("", "", {})
    if table == "system_info":
        value = g("hardware_model") or g("computer_name") or g("hostname")
        return ("system", value, {}) if value else ("", "", {})
    return "", "", {}


def _rows_of(record: dict) -> Iterator[tuple[str, dict]]:
    """(action, columns) for each result row of an event, snapshot or batch record."""
    columns = record.get("columns")
    if isinstance(columns, dict):
        yield text(record.get("action")) or "added", columns
        return
    snapshot = record.get("snapshot")
    if isinstance(snapshot, list):
        for row in snapshot:
            if isinstance(row, dict):
                yield "snapshot", row
        return
    diff = record.get("diffResults")
    if isinstance(diff, dict):
        for action in ("added", "removed"):
            rows = diff.get(action)
            if isinstance(rows, list):
                for row in rows:
                    if isinstance(row, dict):
                        yield action, row


def record_to_rows(record: dict, warn, skipped: dict) -> list[Row]:
    """One result-log record -> endpoint rows. `skipped[query] += n` for rows not imported."""
    name = text(record.get("name"))
    decorations = record.get("decorations") if isinstance(record.get("decorations"), dict) else {}
    host = text(record.get("hostIdentifier")) or text(record.get("hostname"))
    host_uuid = text(decorations.get("host_uuid"))
    host_name = text(decorations.get("hostname"))
    unix = record.get("unixTime")
    ts = unix_time(unix) if unix not in (None, "") else ""
    if ts is None or ts == "":
        cal = calendar_time(record.get("calendarTime"))
        if ts is None and cal is None:
            warn("unixTime", "bad_timestamp", f"'{text(unix)[:80]}' / '{text(record.get('calendarTime'))[:80]}' "
                 "is not a time; set to empty")
        ts = cal or ""
    rows: list[Row] = []
    for action, columns in _rows_of(record):
        table = query_table(name, columns)
        kind, value, more = _kind_value(table, columns, name) if table else ("", "", {})
        if not kind:
            skipped[name or "(unnamed)"] = skipped.get(name or "(unnamed)", 0) + 1
            continue
        cells = {"ts": ts, "device_id": host_uuid or host, "kind": kind, "value": value,
                 "vendor_id": more.get("vendor_id", ""), "product_id": more.get("product_id", ""),
                 "started_at": more.get("started_at", ""),
                 "event_id": "osquery:" + stable_id(host, name, text(unix) or text(record.get("calendarTime")),
                                                    action, sorted(columns.items())),
                 "osquery_query": name, "osquery_action": action, "osquery_host": host,
                 "osquery_host_uuid": host_uuid, "osquery_source_table": table}
        for k, v in columns.items():
            if k in _EXTRA_NAMES and k not in ("query", "action", "host_uuid", "source_table"):
                cells[PREFIX + k] = text(v)
        if table in ("logged_in_users", "last"):
            cells["osquery_user"] = text(columns.get("user") or columns.get("username"))
        identities = []
        if host_uuid:
            identities.append(("device_id", host_uuid))
        if host:
            identities.append(("hostname", host))
        if host_name and host_name != host:
            identities.append(("hostname", host_name))
        if table == "system_info":
            for k in ("uuid", "hostname", "computer_name", "hardware_serial"):
                if text(columns.get(k)):
                    identities.append(("device_id" if k != "hostname" else "hostname", text(columns.get(k))))
        rows.append(Row(TABLE, cells, identities, {"kind": "account"}))
    return rows


__all__ = ["record_to_rows", "hex_id", "calendar_time", "query_table", "timestamp"]
