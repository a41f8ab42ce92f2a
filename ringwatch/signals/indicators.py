"""Indicator lists used by the endpoint signals: remote-control tools and IP-KVM devices.

Both ship with ringwatch (ringwatch/data/) so a scan needs no network, and both can be replaced
by a fuller feed in the same column layout:
- RINGWATCH_REMOTE_TOOLS=/path/to/lolrmm_tools_process_names.csv (LOLRMM-derived layout:
  tool_name, category, supported_os, process_names with `;`-separated names, `*` wildcards)
- RINGWATCH_IP_KVM=/path/to/ip_kvm_usb_gadget_ids.csv (device, usb_manufacturer_string,
  usb_product_string, ...)
"""

from __future__ import annotations

import csv
import os
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
