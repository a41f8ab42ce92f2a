"""Country facts the behavioural signals need: centroid, region and UTC offsets.

Built from packaged data only (no network): countryinfo for centroids and regions, the IANA
zone table shipped in `tzdata` for which time zones belong to each country, and zoneinfo for
their offsets. Offsets are taken in January and July so daylight saving time is covered.
"""

from __future__ import annotations

import functools
import statistics
from datetime import datetime
from importlib import resources
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pyarrow as pa

_PROBE_DATES = (datetime(2025, 1, 15, 12), datetime(2025, 7, 15, 12))


@functools.lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """English country names and alternative spellings, lower case, to ISO 3166-1 alpha-2
    codes ('united states', 'korea, republic of', 'deutschland')."""
    from countryinfo import all_countries

    names: dict[str, str] = {}
    for info in all_countries():
        iso = ((info.iso() or {}).get("alpha2") or "").upper()
        if not iso:
            continue
        for name in [info.name(), *(info.alt_spellings() or [])]:
            if isinstance(name, str) and name:
                names.setdefault(name.strip().lower(), iso)
    names.update({"united states": "US", "united kingdom": "GB", "south korea": "KR",
                  "north korea": "KP", "russia": "RU", "vietnam": "VN"})
    return names


def zone_offsets(zone_name: str) -> tuple[float, float] | None:
    """(min, max) UTC offset in hours of an IANA zone over the year, None if unknown."""
    try:
        zone = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    hours = [zone.utcoffset(d).total_seconds() / 3600 for d in _PROBE_DATES]
    return min(hours), max(hours)


@functools.lru_cache(maxsize=1)
def country_zones() -> dict[str, list[str]]:
    """ISO alpha-2 -> IANA zone names, from the zone.tab that tzdata ships."""
    text = resources.files("tzdata").joinpath("zoneinfo/zone.tab").read_text(encoding="utf-8")
    zones: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        parts = line.split("\t")
        zones.setdefault(parts[0], []).append(parts[2])
    return zones


@functools.lru_cache(maxsize=1)
def countries_table() -> pa.Table:
    """One row per country: iso2, lat, lng, region, min/max/main UTC offset (hours)."""
    from countryinfo import all_countries

    rows: dict[str, dict] = {}
    for info in all_countries():
        iso = (info.iso() or {}).get("alpha2")
        latlng = info.latlng() or []
        if iso and len(latlng) == 2:
            rows[iso.upper()] = {"lat": float(latlng[0]), "lng": float(latlng[1]),
                                 "region": info.region()}
    isos, lats, lngs, regions, lows, highs, mains = [], [], [], [], [], [], []
    for iso, zone_names in country_zones().items():
        offsets = [o for o in (zone_offsets(z) for z in zone_names) if o]
        info = rows.get(iso, {})
        isos.append(iso)
        lats.append(info.get("lat"))
        lngs.append(info.get("lng"))
        regions.append(info.get("region"))
        lows.append(min(o[0] for o in offsets) if offsets else None)
        highs.append(max(o[1] for o in offsets) if offsets else None)
        # The median zone stands for the country where one local hour is needed: zone.tab
        # lists many zones for populous regions, so the median lands in the populous part
        # (US: Central time) rather than at an outlying island.
        mains.append(statistics.median_low([o[0] for o in offsets]) if offsets else None)
    return pa.table({"iso2": isos, "lat": pa.array(lats, pa.float64()),
                     "lng": pa.array(lngs, pa.float64()), "region": regions,
                     "min_offset": pa.array(lows, pa.float64()),
                     "max_offset": pa.array(highs, pa.float64()),
                     "main_offset": pa.array(mains, pa.float64())})


def zone_offsets_batch(values: list) -> pa.Table:
    """Batch function for engine.map_distinct: IANA zone name -> min/max offset hours."""
    lows, highs = [], []
    for value in values:
        found = zone_offsets(str(value).strip()) if value else None
        lows.append(found[0] if found else None)
        highs.append(found[1] if found else None)
    return pa.table({"min_offset": pa.array(lows, pa.float64()),
                     "max_offset": pa.array(highs, pa.float64())})
