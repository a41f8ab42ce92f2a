"""Phone numbers that are valid for `phonenumbers` in a given country, written many ways.

Numbers are drawn as (country, national number) pairs so that sharing a number means copying
two integers, and writing it differently is just another style index. Valid number prefixes
are found once per process by probing the phonenumbers metadata, so no table of area codes
has to be maintained here.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import phonenumbers
from phonenumbers import PhoneNumber, PhoneNumberType

from .vocab import COUNTRY_CODES

_FREE_DIGITS = 6  # digits drawn at random after a validated prefix
_PROBES = 16      # completions that must all be valid for a prefix to be kept
# International styles only: they parse whatever the claimed country.
INTERNATIONAL_STYLES = (0, 1)
N_STYLES = 6

# Only mobile and VOIP: fixed-line plans with variable-length area codes (DE, AT) make
# prefix probing unreliable, and applicants give mobiles anyway.
KIND_TYPES = {
    "mobile": (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE),
    "voip": (PhoneNumberType.VOIP,),
}


@lru_cache(maxsize=None)
def valid_prefixes(region: str, kind: str) -> tuple[int, int, tuple[str, ...]]:
    """(country calling code, national length, prefixes) for numbers of `kind` in `region`.

    Every prefix was checked: random completions of it are valid numbers of that type.
    Empty when the region has no such numbers (most have no VOIP range).
    """
    types = KIND_TYPES[kind]
    example = phonenumbers.example_number_for_type(region, types[0])
    if example is None:
        return 0, 0, ()
    code = example.country_code
    nat = str(example.national_number)
    length = len(nat)
    prefix_len = max(length - _FREE_DIGITS, 1)
    rng = np.random.default_rng(sum(map(ord, region + kind)))  # fixed: prefixes do not depend on the seed
    candidates = {nat[:prefix_len]}
    for _ in range(400):
        head = nat[0] if rng.random() < 0.6 else str(rng.integers(1, 10))
        candidates.add(head + "".join(map(str, rng.integers(0, 10, prefix_len - 1))))
    kept = []
    for prefix in sorted(candidates):
        ok = True
        for tail in rng.integers(0, 10 ** _FREE_DIGITS, _PROBES):
            num = PhoneNumber(country_code=code, national_number=int(prefix + str(tail).zfill(length - prefix_len)))
            if not phonenumbers.is_valid_number_for_region(num, region) or phonenumbers.number_type(num) not in types:
                ok = False
                break
        if ok:
            kept.append(prefix)
    return code, length, tuple(kept)


def draw_numbers(rng: np.random.Generator, region: str, n: int, kind: str = "mobile") -> tuple[int, np.ndarray]:
    """(calling code, n national numbers) of `kind`; falls back to mobile where `kind` is absent."""
    code, length, prefixes = valid_prefixes(region, kind)
    if not prefixes:
        code, length, prefixes = valid_prefixes(region, "mobile")
    pre = np.array([int(p) for p in prefixes], dtype=np.int64)
    free = length - len(prefixes[0])
    nat = pre[rng.integers(0, len(pre), n)] * 10 ** free + rng.integers(0, 10 ** free, n)
    return code, nat


def voip_regions() -> list[str]:
    """Regions whose metadata types some numbers as VOIP."""
    return [r for r in COUNTRY_CODES if valid_prefixes(r, "voip")[2]]


@lru_cache(maxsize=None)
def _national_prefix(region: str) -> str:
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    return (meta.national_prefix or "") if meta else ""


def format_phone(code: int, national: int, region: str, style: int) -> str:
    """One written form of a number. Styles 0-1 are international; 2-5 national for `region`."""
    nat = str(national)
    if style == 0:
        return f"+{code}{nat}"
    if style == 1:
        return f"+{code} {nat[:-7]} {nat[-7:-4]} {nat[-4:]}".replace("  ", " ")
    trunk = _national_prefix(region)
    if code == 1:
        area, exch, line = nat[:3], nat[3:6], nat[6:]
        return [f"({area}) {exch}-{line}", f"{area}-{exch}-{line}", f"{area}.{exch}.{line}", f"1 {area} {exch} {line}"][style - 2]
    if style == 2:
        return f"{trunk}{nat}"
    if style == 3:
        return f"{trunk}{nat[:-6]} {nat[-6:-3]} {nat[-3:]}"
    if style == 4:
        return f"{trunk}{nat[:-6]}-{nat[-6:]}"
    # "+44 (0)7400 123456": the trunk digit in brackets, common in European CVs.
    return f"+{code} ({trunk}){nat[:-6]} {nat[-6:]}" if trunk else f"+{code}-{nat}"
