"""US addresses: a cheap "is this US?" test and the `usaddress` tagger, for `address.py`.

`usaddress` is a CRF tagger (~14k addresses/s on one core), so it only sees addresses whose
end reads as a US state (name or USPS code), optionally followed by a ZIP and a country name:
`..., San Francisco, CA 94110`, `... California 94110-1234`, `... Austin TX, USA`. Its tags
then say which word is the state, the ZIP, a directional, the street type or a unit, and each
is mapped by the table for its part (`scourgify`'s copies of USPS Publication 28 and state
abbreviations). Everything else falls back to the country-neutral rules in `address.py`.
"""

from __future__ import annotations

import re

import usaddress
from scourgify.address_constants import (DIRECTIONAL_REPLACEMENTS, OCCUPANCY_TYPE_ABBREVIATIONS,
                                         STATE_ABBREVIATIONS, STREET_TYPE_ABBREVIATIONS)

# USPS state and territory codes (states, DC, territories, armed forces).
STATE_CODES = frozenset("""
al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm
ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy pr vi gu as mp aa ae ap
""".split())
# Full and old abbreviated state names -> code; scourgify's table, plus the territories.
STATE_NAMES: dict[str, str] = {
    **{name.lower(): code.lower() for name, code in STATE_ABBREVIATIONS.items()},
    "puerto rico": "pr", "guam": "gu", "virgin islands": "vi", "us virgin islands": "vi",
    "american samoa": "as", "northern mariana islands": "mp", "washington dc": "dc",
    "washington d c": "dc", "d c": "dc",
}
STREET_TYPES = {k.lower(): v.lower() for k, v in STREET_TYPE_ABBREVIATIONS.items()}
DIRECTIONALS = {
    **{k.lower(): v.lower() for k, v in DIRECTIONAL_REPLACEMENTS.items()},
    **{v.lower(): v.lower() for v in DIRECTIONAL_REPLACEMENTS.values()},
    "north east": "ne", "north west": "nw", "south east": "se", "south west": "sw",
}
OCCUPANCY_TYPES = frozenset(k.lower() for k in OCCUPANCY_TYPE_ABBREVIATIONS) | frozenset(
    v.lower() for v in OCCUPANCY_TYPE_ABBREVIATIONS.values())

US_NAMES = ("usa", "us", "united states", "united states of america", "america")
_ZIP5 = re.compile(r"^[0-9]{5}$")
_ZIP4 = re.compile(r"^[0-9]{4}$")
_ZIP9 = re.compile(r"^[0-9]{9}$")
_STATE_WORDS = max(len(name.split()) for name in STATE_NAMES)
_NOT_ALNUM = re.compile(r"[^a-z0-9#]+")
_HASH = re.compile(r"#")


def looks_us(segments: list[str]) -> bool:
    """Whether a cleaned address (comma-separated segments of lower-case words) ends like a US
    one: a state name or code, then maybe a ZIP (or ZIP+4) and a country name."""
    words: list[str] = []
    starts: set[int] = set()  # indexes of words that open a segment (follow a comma)
    for segment in segments:
        starts.add(len(words))
        words.extend(segment.split())
    for country in US_NAMES:  # a trailing country name
        n = len(country.split())
        if len(words) > n and " ".join(words[-n:]) == country:
            words = words[:-n]
            break
    zip_found = False
    if len(words) > 2 and _ZIP4.match(words[-1]) and _ZIP5.match(words[-2]):  # ZIP+4 `94110 1234`
        words, zip_found = words[:-2], True
    elif len(words) > 1 and (_ZIP5.match(words[-1]) or _ZIP9.match(words[-1])):
        words, zip_found = words[:-1], True
    if len(words) < 2:
        return False
    if words[-1] in STATE_CODES:
        # A bare two-letter code is common in other languages (`de`, `la`, `in`): without a
        # ZIP, only a comma before it makes it a state (`..., Austin, TX`).
        return zip_found or len(words) - 1 in starts
    return any(" ".join(words[-n:]) in STATE_NAMES for n in range(1, _STATE_WORDS + 1)
               if len(words) > n)


def tag_us(text: str) -> list[tuple[str, str]] | None:
    """`usaddress`'s (word, label) pairs for a cleaned address, punctuation split off; None if
    the tagger fails or finds no state or no house number (then it was not a US address)."""
    try:
        parsed = usaddress.parse(text)
    except Exception:  # noqa: BLE001 - a tagger error on junk means: use the fallback
        return None
    labels = {label for _, label in parsed}
    if "StateName" not in labels or "AddressNumber" not in labels:
        return None
    out: list[tuple[str, str]] = []
    for token, label in parsed:
        for word in _NOT_ALNUM.sub(" ", _HASH.sub(" # ", token)).split():
            out.append((word, label))
    return out
