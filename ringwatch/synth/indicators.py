"""Indicator strings that operators leave behind: IP-KVM USB product strings and remote tools.

They are read at generation time from the shared indicator samples, so the synthetic world
follows the same public lists the detector uses. If the samples are not there (a bare install),
a short built-in list keeps the generator working.
"""

from __future__ import annotations

import csv
import os
from functools import lru_cache
from pathlib import Path

_SAMPLES = Path(os.environ.get("RINGWATCH_INDICATORS", Path(__file__).resolve().parents[3] / "shared" / "samples" / "indicators"))

# Fallbacks, used only when the sample files are missing.
_FALLBACK_KVM = ["PiKVM Composite Device", "Multifunction USB Device", "USB Emulation Device", "NanoKVM"]
_FALLBACK_RMM = ["AnyDesk.exe", "TeamViewer.exe", "rustdesk.exe", "ScreenConnect.ClientService.exe",
                 "Remote Workforce Client.exe", "splashtop.exe"]
# The tools honest IT staff use most; names as they appear in process lists.
IT_ADMIN_TOOLS = ["TeamViewer.exe", "AnyDesk.exe", "ScreenConnect.WindowsClient.exe", "SRService.exe",
                  "mstsc.exe", "ConnectWiseControl.Client.exe", "rustdesk.exe"]


@lru_cache(maxsize=None)
def ip_kvm_products() -> tuple[tuple[str, ...], bool]:
    """(USB product strings of IP-KVM gadgets, whether they came from the shared samples)."""
    path = _SAMPLES / "ip_kvm_usb_gadget_ids.csv"
    if path.is_file():
        with path.open(newline="", encoding="utf-8") as fh:
            names = [r["usb_product_string"].strip() for r in csv.DictReader(fh) if r.get("usb_product_string", "").strip()]
        if names:
            return tuple(dict.fromkeys(names)), True
    return tuple(_FALLBACK_KVM), False


@lru_cache(maxsize=None)
def remote_tool_processes() -> tuple[tuple[str, ...], bool]:
    """(Concrete remote-control process names from LOLRMM, whether they came from the samples).

    Wildcard patterns (`rustdesk*.exe`) and macOS bundles are skipped: a process list holds
    concrete executable names.
    """
    path = _SAMPLES / "lolrmm_tools_process_names.csv"
    if path.is_file():
        with path.open(newline="", encoding="utf-8") as fh:
            names = [p.strip() for r in csv.DictReader(fh) for p in (r.get("process_names") or "").split(";")]
        names = [p for p in names if p.lower().endswith(".exe") and "*" not in p and "/" not in p and "\\" not in p]
        if names:
            return tuple(dict.fromkeys(names)), True
    return tuple(_FALLBACK_RMM), False


# The tools operators are reported to favour; drawn more often than the long LOLRMM tail.
FAVOURED_OPERATOR_TOOLS = ["AnyDesk.exe", "TeamViewer.exe", "rustdesk.exe", "Chrome Remote Desktop Host.exe",
                           "ScreenConnect.ClientService.exe"]
