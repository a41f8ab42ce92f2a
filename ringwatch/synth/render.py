"""Writing the world's subjects as text: names, addresses and phones in their many styles."""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import phonenumbers
import pyarrow as pa
import pyarrow.compute as pc

from .catalog import catalog
from .phones import INTERNATIONAL_STYLES, format_phone
from .plan import KINDS
from .strings import ipv4_text, join, take, to_text
from .vocab import COUNTRIES, STREET_SUFFIXES, UNIT_WORDS
from .world import World

# The local word for a flat in street-first address layouts.
_UNIT_WORD = {"DE": "Whg.", "ES": "piso", "MX": "Int.", "BR": "apto", "NL": "", "PL": "m.", "UA": "kv.",
              "KR": "Unit", "CN": "Rm", "JP": "Rm"}


def subject_ids(n: int) -> pa.Array:
    return to_text(np.char.add("S", np.char.zfill(np.arange(1, n + 1).astype(str), 7)))


def format_address(country: int, city: int, street: int, suffix: int, house: int, unit: int,
                   postcode: str, style: int) -> str:
    """One written form of an address; the same parts with another style give a variant."""
    cat = catalog()
    info = COUNTRIES[country]
    city_name, region = cat.cities[city][0], cat.cities[city][1]
    name = cat.streets[street]
    if info.layout == "street_first":
        word = _UNIT_WORD.get(info.code, "Apt") if style % 2 == 0 else "#" if style == 1 else "No."
        unit_part = f", {word} {unit}".replace("  ", " ") if unit else ""
        forms = [f"{name} {house}{unit_part}, {postcode} {city_name}",
                 f"{name} {house}{unit_part}, {city_name} {postcode}",
                 f"{name.lower()} {house}{unit_part} {postcode} {city_name.lower()}",
                 f"{name.upper()} {house}{unit_part.upper()}, {postcode} {city_name.upper()}",
                 f"{name} Nr. {house}{unit_part}, {postcode} {city_name}",
                 f"{name} {house}{unit_part}\t{postcode} {city_name}".replace("\t", ", ")]
        return forms[style]
    if info.layout == "number_first_fr":
        unit_part = f", appt {unit}" if unit else ""
        forms = [f"{house} {name}{unit_part}, {postcode} {city_name}",
                 f"{house}, {name}{unit_part}, {postcode} {city_name}",
                 f"{house} {name.lower()}{unit_part} {postcode} {city_name.lower()}",
                 f"{house} {name.upper()}{unit_part.upper()} {postcode} {city_name.upper()}",
                 f"{house} {name}{unit_part} - {postcode} {city_name}",
                 f"{house} {name}{unit_part}, {city_name} {postcode}"]
        return forms[style]
    full, abbrs = STREET_SUFFIXES[suffix]
    abbr = abbrs[style % len(abbrs)]
    region_part = f", {region}" if region else ""
    if info.layout == "number_first_in":
        flat = f"Flat {unit}, " if unit else ""
        forms = [f"{flat}{house}, {name}, {city_name}{region_part} {postcode}",
                 f"{flat}{house} {name} {city_name} - {postcode}",
                 f"{flat.lower()}{house}, {name.lower()}, {city_name.lower()} {postcode}",
                 f"{flat.upper()}{house}, {name.upper()}, {city_name.upper()}{region_part.upper()} {postcode}",
                 f"No. {house}, {name}, {flat}{city_name} {postcode}",
                 f"{house}/{unit or 1}, {name}, {city_name}, {postcode}"]
        return forms[style]
    word = UNIT_WORDS[style]
    unit_part = (f" #{unit}" if word == "#" else f" {word} {unit}") if unit else ""
    place = f"{city_name}{region_part} {postcode}"
    forms = [f"{house} {name} {full}{unit_part}, {place}",
             f"{house} {name} {abbr}{unit_part}, {city_name} {region} {postcode}".replace("  ", " "),
             f"{house} {name.lower()} {abbr.lower()}{unit_part.lower()} {city_name.lower()} {region.lower()} {postcode}".replace("  ", " "),
             f"{house} {name.upper()} {full.upper()}{unit_part.upper()}, {city_name.upper()}{region_part.upper()} {postcode}",
             f"{house} {name} {abbr}{',' if unit else ''}{unit_part}, {place}",
             (f"{unit}-{house} {name} {abbr}, {place}" if unit else f"{house} {name} {full}, {place}")]
    return forms[style]


def addresses(world: World, idx: np.ndarray | None = None, styles: np.ndarray | None = None) -> list[str]:
    """Claimed addresses of `idx` (all subjects by default), in their own or the given styles."""
    idx = np.arange(world.n) if idx is None else idx
    styles = world.addr_style[idx] if styles is None else styles
    cat = catalog()
    return [format_address(int(cat.city_country[c]), c, s, x, h, u, p, st) for c, s, x, h, u, p, st in zip(
        world.city[idx].tolist(), world.street[idx].tolist(), world.suffix[idx].tolist(), world.house[idx].tolist(),
        world.unit[idx].tolist(), world.postcode[idx].tolist(), styles.tolist())]


def _phones(cc: np.ndarray, nat: np.ndarray, style: np.ndarray, country: np.ndarray) -> list[str | None]:
    out: list[str | None] = []
    for c, x, s, k in zip(cc.tolist(), nat.tolist(), style.tolist(), country.tolist()):
        if not x:
            out.append(None)
            continue
        region = COUNTRIES[k].code
        home_cc = _calling_code(region)
        if c != home_cc and s not in INTERNATIONAL_STYLES:
            s = s % 2  # a foreign number is only understood written internationally
        out.append(format_phone(c, x, region, s))
    return out


@lru_cache(maxsize=None)
def _calling_code(region: str) -> int:
    return phonenumbers.country_code_for_region(region)


def _with_overrides(values: pa.Array, overrides: dict[int, str]) -> pa.Array:
    if not overrides:
        return values
    arr = values.to_numpy(zero_copy_only=False).astype(object)
    idx = np.fromiter(overrides.keys(), dtype=np.int64, count=len(overrides))
    arr[idx] = list(overrides.values())
    arr[idx[arr[idx] == ""]] = None  # an override to "" removes the value (a child's account: no address)
    return pa.array(arr, type=pa.string())


def _empty_to_null(values: np.ndarray) -> pa.Array:
    arr = pa.array(values, type=pa.string())
    return pc.if_else(pc.equal(arr, ""), pa.scalar(None, pa.string()), arr)


def subjects_table(world: World) -> pa.Table:
    """The subjects table; `photo` and `resume` stay empty until media are written."""
    cat = catalog()
    n = world.n
    middle = pc.if_else(pa.array(world.middle >= 0),
                        join(" ", to_text(np.array(list("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))[np.maximum(world.middle, 0)]), "."), "")
    full_name = join(take(cat.first, world.first), middle, " ", take(cat.last, world.last))
    country = world.plan.country
    employer = take(cat.employers + [""], np.where(world.employer >= 0, world.employer, len(cat.employers)))
    columns = {
        "id": subject_ids(n),
        "kind": take(list(KINDS), world.plan.kind),
        "full_name": full_name,
        "email": pa.array(world.email, type=pa.string()),
        "phone": pa.array(_phones(world.phone_cc, world.phone_nat, world.phone_style, country), type=pa.string()),
        "address": pa.array(addresses(world), type=pa.string()),
        "country": take([c.code for c in COUNTRIES], country),
        "birth_date": pa.array(world.birth.astype("datetime64[D]")),
        "national_id": _empty_to_null(world.national_id.astype(object)),
        "photo": pa.nulls(n, pa.string()),
        "resume": pa.nulls(n, pa.string()),
        "profiles": _empty_to_null(world.profiles),
        "employer": pc.if_else(pc.equal(employer, ""), pa.scalar(None, pa.string()), employer),
        "created_at": pa.array(world.created.astype("datetime64[s]")),
        "recovery_email": _empty_to_null(world.recovery_email),
        "recovery_phone": pa.array(_phones(world.rphone_cc, world.rphone_nat, world.rphone_style, country), type=pa.string()),
        "signup_ip": ipv4_text(world.signup_ip),
    }
    for name, values in world.overrides.items():
        columns[name] = _with_overrides(columns[name], values)
    return pa.table(columns)
