"""IPv4 addresses of the synthetic world: residential ISPs, mobile carriers and hosting ranges.

Addresses are uint32 so that logins can be built with numpy; `strings.ipv4_text` writes them.
"""

from __future__ import annotations

import ipaddress
from functools import lru_cache

import numpy as np

from .strings import ipv4_int
from .vocab import COUNTRY_CODES

# Large residential broadband blocks by country (cable/DSL/fibre ISPs). Approximate on purpose:
# only their being residential, and spread over many /24s, matters here.
RESIDENTIAL: dict[str, list[str]] = {
    "US": ["73.0.0.0/8", "71.0.0.0/9", "76.0.0.0/9", "98.192.0.0/10", "24.0.0.0/12", "68.32.0.0/11",
           "99.0.0.0/10", "108.0.0.0/11", "172.58.0.0/15"],
    "CA": ["70.24.0.0/13", "99.224.0.0/11", "174.88.0.0/13", "24.114.0.0/15"],
    "GB": ["86.128.0.0/10", "81.96.0.0/12", "2.24.0.0/13", "92.0.0.0/12"],
    "DE": ["87.128.0.0/10", "91.0.0.0/11", "93.192.0.0/10"],
    "FR": ["90.0.0.0/9", "86.192.0.0/11", "82.64.0.0/12"],
    "ES": ["83.32.0.0/11", "88.0.0.0/11"],
    "NL": ["84.24.0.0/13", "77.160.0.0/12"],
    "PL": ["83.0.0.0/11", "89.64.0.0/12"],
    "MX": ["187.128.0.0/10", "189.128.0.0/10"],
    "BR": ["177.0.0.0/10", "179.96.0.0/12", "187.0.0.0/11"],
    "IN": ["49.32.0.0/11", "106.192.0.0/10", "117.192.0.0/10"],
    "PH": ["112.198.0.0/15", "120.28.0.0/14", "49.144.0.0/12"],
    "NG": ["102.88.0.0/13", "105.112.0.0/12"],
    "KR": ["211.36.0.0/14", "121.128.0.0/10", "175.192.0.0/10"],
    "CN": ["114.80.0.0/12", "180.160.0.0/12", "58.32.0.0/11"],
    "VN": ["113.160.0.0/11", "14.160.0.0/11"],
    "JP": ["126.0.0.0/8", "60.64.0.0/11"],
    "AU": ["1.120.0.0/13", "49.176.0.0/12", "101.160.0.0/11"],
    "UA": ["93.72.0.0/13", "178.92.0.0/14"],
    "IE": ["86.40.0.0/13", "89.100.0.0/14"],
}
# Carrier-grade NAT egress of mobile networks: few addresses, shared by many honest users.
MOBILE: dict[str, str] = {
    "US": "172.56.0.0/16", "CA": "24.212.0.0/18", "GB": "82.132.192.0/18", "DE": "176.0.0.0/18",
    "FR": "37.160.0.0/18", "ES": "80.58.0.0/18", "NL": "31.20.0.0/18", "PL": "37.47.0.0/18",
    "MX": "189.203.0.0/18", "BR": "177.79.0.0/18", "IN": "157.32.0.0/18", "PH": "110.54.128.0/18",
    "NG": "197.210.0.0/18", "KR": "39.7.0.0/18", "CN": "223.104.0.0/18", "VN": "27.64.0.0/18",
    "JP": "49.96.0.0/18", "AU": "1.136.0.0/18", "UA": "46.211.0.0/18", "IE": "37.228.192.0/18",
}
MOBILE_POOL_SIZE = 4096

# Used only until `ringwatch.normalise.network.sample_hosting_ips` exists: well-known cloud and
# VPN ranges (AWS 3.0.0.0/9, Cloudflare 104.16.0.0/13, Vultr 45.77.0.0/16, a Tor/VPN /22).
_FALLBACK_HOSTING = ["3.0.0.0/9", "104.16.0.0/13", "45.77.0.0/16", "185.220.100.0/22"]


@lru_cache(maxsize=None)
def _blocks_cached(cidrs: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    return _blocks(list(cidrs))


def _blocks(cidrs: list[str]) -> tuple[np.ndarray, np.ndarray]:
    nets = [ipaddress.ip_network(c) for c in cidrs]
    return (np.array([int(n.network_address) for n in nets], dtype=np.int64),
            np.array([n.num_addresses for n in nets], dtype=np.int64))


def _draw_in(rng: np.random.Generator, cidrs: list[str], n: int) -> np.ndarray:
    starts, sizes = _blocks_cached(tuple(cidrs))
    which = rng.choice(len(starts), size=n, p=sizes / sizes.sum())
    offset = (rng.random(n) * sizes[which]).astype(np.int64)
    ips = starts[which] + offset
    # Avoid .0 and .255 host parts, which look like network/broadcast addresses.
    last = ips & 255
    ips = ips - last + 1 + (last % 254)
    return ips.astype(np.uint32)


def residential_ips(rng: np.random.Generator, country_idx: np.ndarray) -> np.ndarray:
    """One home broadband address per entry of `country_idx`."""
    out = np.zeros(len(country_idx), dtype=np.uint32)
    # Countries in index order, as before, but only those present (callers ask for one or two).
    for ci in np.unique(country_idx).tolist():
        mask = country_idx == ci
        out[mask] = _draw_in(rng, RESIDENTIAL[COUNTRY_CODES[ci]], int(mask.sum()))
    return out


def mobile_pools(rng: np.random.Generator) -> list[np.ndarray]:
    """Per country, a small pool of carrier NAT addresses shared by many subscribers."""
    return [_draw_in(rng, [MOBILE[code]], MOBILE_POOL_SIZE) for code in COUNTRY_CODES]


def hosting_ips(rng: np.random.Generator, n: int, kind: str | None = None) -> np.ndarray:
    """`n` addresses in hosting / VPN ranges (kind: e.g. "vpn" or "cloud", when supported)."""
    try:
        from ringwatch.normalise.network import sample_hosting_ips
    except ImportError:
        sample_hosting_ips = None
    if sample_hosting_ips is not None:
        try:
            ips = [ip for ip in sample_hosting_ips(rng, n, kind=kind) if ":" not in str(ip)]
        except ValueError:  # no range of that kind in the installed list
            ips = []
        if len(ips) >= n:
            return np.array([ipv4_int(str(ip)) for ip in ips[:n]], dtype=np.uint32)
    return _draw_in(rng, _FALLBACK_HOSTING, n)
