"""Indicator lists used by the signals: remote-control tools, IP-KVM devices (by USB product
string and by USB vendor/product id) and hosting/VPN networks by ASN and network owner.

All ship with ringwatch (ringwatch/data/) so a scan needs no network, and all can be replaced
by a fuller feed in the same column layout:
- RINGWATCH_REMOTE_TOOLS=/path/to/lolrmm_tools_process_names.csv (LOLRMM-derived layout:
  tool_name, category, supported_os, process_names with `;`-separated names, `*` wildcards)
- RINGWATCH_IP_KVM=/path/to/ip_kvm_usb_gadget_ids.csv (device, usb_manufacturer_string,
  usb_product_string, ...)
- RINGWATCH_IP_KVM_USB_IDS=/path/to/ids.csv (device, vendor_id, product_id, specific, ...)
- RINGWATCH_HOSTING_ASNS=/path/to/asns.csv (asn, owner_word, provider, kind)
"""

from __future__ import annotations

import csv
import ipaddress
import os
import re
from importlib import resources
from pathlib import Path

import pyarrow as pa

# Generic strings that many harmless devices also report; matching them would flag every
# Linux USB gadget, so the KVM signal needs a more specific product string.
_GENERIC_USB_STRINGS = {"multifunction composite gadget", "composite device", "usb device"}


def _open_list(env_var: str, bundled_name: str):
    override = os.environ.get(env_var)
    if override:
        return Path(override).open(newline="", encoding="utf-8")
    return resources.files("ringwatch.data").joinpath(bundled_name).open(newline="", encoding="utf-8")


def remote_tool_patterns() -> pa.Table:
    """(tool, pattern) rows: lowercase SQL LIKE patterns for remote-control process names."""
    tools, patterns = [], []
    with _open_list("RINGWATCH_REMOTE_TOOLS", "remote_tools.csv") as fh:
        for row in csv.DictReader(fh):
            for name in (row.get("process_names") or "").split(";"):
                name = name.strip().lower()
                if len(name) < 4:
                    continue
                # LIKE treats _ and % specially; the lists use only * as a wildcard.
                pattern = name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                tools.append(row["tool_name"].strip())
                patterns.append(pattern.replace("*", "%"))
    table = pa.table({"tool": tools, "pattern": patterns})
    return table.group_by(["tool", "pattern"]).aggregate([])


def ip_kvm_strings() -> pa.Table:
    """(device, product) rows: lowercase USB product/manufacturer strings of IP-KVM gadgets."""
    devices, products = [], []
    with _open_list("RINGWATCH_IP_KVM", "ip_kvm.csv") as fh:
        for row in csv.DictReader(fh):
            device = (row.get("device") or "").strip()
            for key in ("usb_product_string", "usb_manufacturer_string", "device"):
                value = (row.get(key) or "").strip().lower()
                if len(value) >= 5 and value not in _GENERIC_USB_STRINGS:
                    devices.append(device)
                    products.append(value)
    table = pa.table({"device": devices, "product": products})
    return table.group_by(["device", "product"]).aggregate([])


_HEX_ID = re.compile(r"^(?:0x)?([0-9a-f]{1,4})$")


def usb_hex_id(value: str | None) -> str:
    """A USB vendor or product id as 4 lower-case hex digits (`0x1D6B` -> `1d6b`), else ''."""
    match = _HEX_ID.match((value or "").strip().lower())
    return match.group(1).zfill(4) if match else ""


def ip_kvm_usb_ids() -> pa.Table:
    """(vendor_id, product_id, devices, specific) rows: USB ids IP-KVM gadgets present.

    `specific` is false for an id that many other devices share (0x1d6b:0x0104, the Linux
    Foundation's Multifunction Composite Gadget, which every Linux USB gadget defaults to):
    such an id is not an IP-KVM on its own."""
    ids: dict[tuple[str, str], tuple[list[str], bool]] = {}
    with _open_list("RINGWATCH_IP_KVM_USB_IDS", "ip_kvm_usb_ids.csv") as fh:
        for row in csv.DictReader(fh):
            vendor, product = usb_hex_id(row.get("vendor_id")), usb_hex_id(row.get("product_id"))
            if not vendor or not product:
                continue
            specific = (row.get("specific") or "").strip().lower() in ("true", "1", "yes")
            devices, was_specific = ids.get((vendor, product), ([], True))
            device = (row.get("device") or "").strip()
            if device and device not in devices:
                devices.append(device)
            ids[(vendor, product)] = (devices, was_specific and specific)
    keys = sorted(ids)
    return pa.table({"vendor_id": [k[0] for k in keys], "product_id": [k[1] for k in keys],
                     "devices": [", ".join(ids[k][0]) for k in keys],
                     "specific": [ids[k][1] for k in keys]})


def owner_word_pattern(row: dict) -> str | None:
    """A list row's `owner_word` as a RE2 pattern matching it as whole words in a network
    owner's name (lower-cased; spaces match any run of spaces); None for a word under 3 letters."""
    word = (row.get("owner_word") or "").strip().lower()
    if len(word) < 3:
        return None
    return "\\b" + re.escape(word).replace("\\ ", "\\s+") + "\\b"


def secure_gateways() -> pa.Table:
    """`(pattern, provider)` rows: corporate secure web gateways (SSE/SASE: Zscaler, Netskope,
    Cisco Umbrella, ...) by the network owner's name, a RE2 pattern on word boundaries. An
    employer routes its staff's traffic through one; identity providers flag its egress as a
    proxy, but it hides nobody's location from the employer (ringwatch/data/README.md)."""
    patterns: dict[str, str] = {}
    with _open_list("RINGWATCH_SECURE_GATEWAYS", "secure_gateways.csv") as fh:
        for row in csv.DictReader(fh):
            pattern = owner_word_pattern(row)
            if pattern:
                patterns.setdefault(pattern, (row.get("provider") or row["owner_word"].strip().lower()).strip())
    return pa.table({"pattern": list(patterns), "provider": list(patterns.values())})


def _asn_key(text: str | None) -> str | None:
    """An AS number as the normalised sign-ins spell it ("AS0131279" -> "131279"), or None."""
    digits = re.sub(r"^as", "", (text or "").strip().lower())
    return str(int(digits)) if digits.isdigit() else None


def dprk_networks() -> tuple[pa.Table, pa.Table]:
    """North Korea's own networks (ringwatch/data/dprk_networks.csv, or the file named by
    RINGWATCH_DPRK_NETWORKS): `(asn, network)` rows, and `(net, network)` rows with each IPv4
    block spelt as the /24 networks it holds, the form `net` takes in the normalised tables
    (ringwatch/normalise/network.py)."""
    asns: dict[str, str] = {}
    nets: dict[str, str] = {}
    with _open_list("RINGWATCH_DPRK_NETWORKS", "dprk_networks.csv") as fh:
        for line, row in enumerate(csv.DictReader(fh), start=2):
            network = (row.get("network") or "").strip()
            asn = _asn_key(row.get("asn"))
            if asn:
                asns.setdefault(asn, network)
            cidr = (row.get("cidr") or "").strip()
            if not cidr:
                continue
            try:
                block = ipaddress.ip_network(cidr)
            except ValueError:
                block = None
            # (a block wider than /16 would be spelt as more than 256 networks)
            if block is None or block.version != 4 or not 16 <= block.prefixlen <= 24:
                source = os.environ.get("RINGWATCH_DPRK_NETWORKS") or "dprk_networks.csv"
                raise ValueError(f"{source} row {line}, column cidr: {cidr!r} is not an IPv4 "
                                 "block between /16 and /24")
            for net in block.subnets(new_prefix=24):
                nets.setdefault(str(net), network)

    def table(key: str, values: dict[str, str]) -> pa.Table:
        return pa.table({key: pa.array(list(values), pa.string()),
                         "network": pa.array(list(values.values()), pa.string())})

    return table("asn", asns), table("net", nets)


def hosting_asns() -> tuple[pa.Table, pa.Table]:
    """Hosting and VPN networks by what an identity provider resolves an address to:
    `(asn, provider)` rows and `(pattern, provider)` rows, where `pattern` is a RE2 regular
    expression matching the network owner's name (Okta `asOrg`) on word boundaries."""
    asns: dict[str, str] = {}
    owners: dict[str, str] = {}
    with _open_list("RINGWATCH_HOSTING_ASNS", "hosting_asns.csv") as fh:
        for row in csv.DictReader(fh):
            provider = (row.get("provider") or "").strip()
            asn = _asn_key(row.get("asn"))
            if asn:
                asns.setdefault(asn, provider)
            pattern = owner_word_pattern(row)
            if pattern:
                owners.setdefault(pattern, provider)
    return (pa.table({"asn": list(asns), "provider": list(asns.values())}),
            pa.table({"pattern": list(owners), "provider": list(owners.values())}))
