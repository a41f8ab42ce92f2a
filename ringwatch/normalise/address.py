"""Free-text postal addresses: a canonical key, a blocking key and the parts worth comparing.

Addresses that end like a US one (a state, maybe a ZIP) are tagged by `usaddress` and each
part is mapped by its own USPS table (`us_address.py`, tables from `usaddress-scourgify`):
state names to codes, ZIP+4 to ZIP, directionals, street types, unit designators. All others,
and US addresses the tagger cannot read, go through the country-neutral rules below: the
common USPS Publication 28 spellings (C1 street suffixes, C2 secondary unit designators) and
other languages' unit words, written by hand because no light offline library covers other
countries (libpostal needs a native build and a 2 GB model). Either way the key has the same
shape: the sorted bag of words and numbers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pyarrow as pa
from anyascii import anyascii

from ringwatch.geo import country_names
from ringwatch.normalise.us_address import (DIRECTIONALS, OCCUPANCY_TYPES, STATE_CODES, STATE_NAMES,
                                           STREET_TYPES, US_NAMES, looks_us, tag_us)

SCHEMA = pa.schema([
    ("key", pa.string()),
    ("block", pa.string()),
    ("house_number", pa.string()),
    ("unit", pa.string()),
    ("postcode", pa.string()),
    ("locality", pa.string()),
])

# USPS Publication 28, C1: every spelling maps to the standard abbreviation.
_STREET_SUFFIXES = {
    "st": ("street", "str", "strt", "st"),
    "ave": ("avenue", "av", "aven", "avenu", "avn", "avnue", "ave"),
    "rd": ("road", "rd"),
    "blvd": ("boulevard", "boul", "boulv", "blvd"),
    "dr": ("drive", "driv", "drv", "dr"),
    "ln": ("lane", "ln"),
    "ct": ("court", "crt", "ct"),
    "pl": ("place", "pl"),
    "ter": ("terrace", "terr", "ter"),
    "pkwy": ("parkway", "parkwy", "pkway", "pky", "pkwy"),
    "hwy": ("highway", "highwy", "hiway", "hiwy", "hway", "hwy"),
    "cir": ("circle", "circ", "circl", "crcl", "crcle", "cir"),
    "sq": ("square", "sqr", "sqre", "squ", "sq"),
    "way": ("way", "wy"),
    "trl": ("trail", "trails", "trl"),
    "cres": ("crescent", "crsent", "crsnt", "cres"),
    "aly": ("alley", "allee", "ally", "aly"),
    "expy": ("expressway", "express", "expw", "expy"),
    "fwy": ("freeway", "frway", "frwy", "fwy"),
    "plz": ("plaza", "plza", "plz"),
    "cv": ("cove", "cv"),
    "hts": ("heights", "ht", "hts"),
    "mnr": ("manor", "mnr"),
    "pt": ("point", "pt"),
    "rdg": ("ridge", "rdge", "rdg"),
    "xing": ("crossing", "crssng", "xing"),
    "tpke": ("turnpike", "trnpk", "turnpk", "tpke"),
    "grv": ("grove", "grov", "grv"),
    "gdns": ("gardens", "gardn", "grden", "grdns", "gdns"),
    "clos": ("close",),  # UK
    "cl": ("cl",),
    "mews": ("mews",),
}
_DIRECTIONALS = {
    "n": ("north", "n"), "s": ("south", "s"), "e": ("east", "e"), "w": ("west", "w"),
    "ne": ("northeast", "ne"), "nw": ("northwest", "nw"),
    "se": ("southeast", "se"), "sw": ("southwest", "sw"),
}
# Publication 28, C2, plus `#`, `no` and `flat`: one form, so `#4`, `Apt 4`, `Unit 4` agree.
UNIT = "unit"
_UNIT_DESIGNATORS = frozenset({
    "apartment", "apt", "unit", "suite", "ste", "#", "no", "number", "flat", "room", "rm",
    "bldg", "building", "fl", "floor", "lot", "space", "spc", "trlr", "dept",
    # other languages' designators: German Wohnung, French appartement, Spanish piso/depto,
    # Portuguese apartamento, Polish mieszkanie (`m. 57`) and lokal
    "whg", "wohnung", "app", "appt", "appartement", "piso", "depto", "dpto", "apto",
    "apartamento", "m", "lok", "lokal",
})
# Words that only announce a number (`Wensan Road Nr. 5`) and carry no content.
_NUMBER_WORDS = frozenset({"nr", "nro", "num", "numero", "n0"})
_ORDINALS = {
    "first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th",
    "sixth": "6th", "seventh": "7th", "eighth": "8th", "ninth": "9th", "tenth": "10th",
}
_TOKEN_MAP = {
    **{v: k for k, spellings in _STREET_SUFFIXES.items() for v in spellings},
    **{v: k for k, spellings in _DIRECTIONALS.items() for v in spellings},
    **{v: UNIT for v in _UNIT_DESIGNATORS},
    **_ORDINALS,
}

_HASH = re.compile(r"#")
_APOSTROPHE = re.compile(r"['`]")
_NOT_ALNUM = re.compile(r"[^a-z0-9#]+")
_HOUSE_NUMBER = re.compile(r"^[0-9]+[a-z]?$")
_US_ZIP = re.compile(r"(?<![0-9])([0-9]{5})(?:-[0-9]{4})?(?![0-9])")
_UK_POSTCODE = re.compile(r"\b([a-z]{1,2}[0-9][a-z0-9]?) ?([0-9][a-z]{2})\b")
# A generic postal code: 3-10 characters with at least three digits (Korea 03187, Canada
# K1A 0B1 is caught as two tokens by the UK-like rule being absent, India 110001, NL 1012 AB).
_UNIT_PHRASE = re.compile(
    r"\b(?:" + "|".join(sorted(_UNIT_DESIGNATORS - {"#"})) + r")\b\s*#?\s*[a-z0-9]+|#\s*[a-z0-9]+")
_GENERIC_POSTCODE = re.compile(r"^(?=(?:[a-z]*[0-9]){3})[a-z0-9]{3,10}$")
# Postcodes written in two parts: a Canadian one (`L1G 7C2`, also written `L1G7C2`) and the
# numeric ones split by a dash (Polish `80-577`, Japanese `150-0002`, Portuguese `1000-001`)
# are joined into one token, so that either writing gives one key and the whole code is the
# postcode (the dash would otherwise leave `577`, whose leading digits name no area). A
# dashed number that opens the address is a house number (`45-17 21st St`), as is one with
# fewer than three digits after the dash (`Calle 10 # 43-12`); a US ZIP+4 has five digits
# before its dash and is left alone.
_CA_POSTCODE = re.compile(r"\b([a-z][0-9][a-z]) ?([0-9][a-z][0-9])\b")
_DASHED_POSTCODE = re.compile(r"(?<![0-9])([0-9]{2,4})-([0-9]{3,4})(?![0-9-])")
_OPENING_HOUSE_NUMBER = re.compile(r"[0-9]+-[0-9]+")
# A post-office box number (`P.O. Box 99851`, `PO Box 1234`, `Postfach 1107`) is no postcode.
_PO_BOX_PHRASE = re.compile(r"\b(?:p ?o ?box|post ?box|postfach|apartado|caixa postal)\s*[0-9]+")


def _find_postcode(segments: list[str]) -> str | None:
    """A postcode from the address's comma-separated segments after the first, if any."""
    # A unit number (`Apt 1234`) is not a postcode.
    tail = _UNIT_PHRASE.sub(" ", " ".join(segments[1:])) if len(segments) > 1 else ""
    tail = _PO_BOX_PHRASE.sub(" ", tail).strip()
    if not tail:
        # One-segment addresses: only a ZIP after street words counts (`12 Oak St 94110`).
        match = _US_ZIP.search(segments[0], 1)
        return match.group(1) if match and match.start() > segments[0].find(" ") >= 0 else None
    match = _UK_POSTCODE.search(tail)
    if match:
        return f"{match.group(1)} {match.group(2)}"
    # the last five-digit group: a postcode ends an address in nearly every country's form
    zips = _US_ZIP.findall(tail)
    if zips:
        return zips[-1]
    for token in reversed(tail.split()):
        if _GENERIC_POSTCODE.match(token):
            return token
    return None


def _join_postcodes(text: str) -> str:
    """`ul. Polna 43, 80-577 Gdansk` -> `ul. Polna 43, 80577 Gdansk` (with or without the
    comma); `Toronto ON L1G 7C2` -> `Toronto ON L1G7C2` (see `_CA_POSTCODE`)."""
    text = text.strip()
    opening = _OPENING_HOUSE_NUMBER.match(text)
    start = opening.end() if opening else 0
    text = text[:start] + _DASHED_POSTCODE.sub(r"\1\2", text[start:])
    return _CA_POSTCODE.sub(r"\1\2", text)


def _is_region_name(segment: str) -> bool:
    """A country (`ph`, `philippines`, `united kingdom`), a two-letter state or province code
    (`ca`, `on`, `qc`) or a US state name: what an address names after its town."""
    return (len(segment) == 2 or segment in US_NAMES or segment in STATE_NAMES
            or segment in country_names())


def _locality(segments: list[str]) -> str | None:
    """The town an address names, for addresses that give no postcode (`Bonifacio St 41,
    Davao, PH` -> `davao`; `Flat 3, 10 Baker St, London NW1 6XE, UK` -> `london`): its last
    comma-separated segment that is not a country, a state or a postcode, with postcodes,
    unit numbers and bare numbers dropped. The first segment counts only where it holds no
    number or street type (`Manila, Philippines`, `Lviv`): otherwise it is the street. None
    where no segment is left (`37 Bridge Dr, Apt 4`)."""
    for index in range(len(segments) - 1, -1, -1):
        segment = segments[index]
        if index == 0 and (any(ch.isdigit() for ch in segment)
                           or any(_TOKEN_MAP.get(w) in _STREET_SUFFIXES for w in segment.split())):
            return None
        segment = _PO_BOX_PHRASE.sub(" ", _UNIT_PHRASE.sub(" ", _UK_POSTCODE.sub(" ", segment)))
        words = [w for w in segment.split() if not _GENERIC_POSTCODE.match(w) and not w.isdigit()]
        while len(words) > 1 and _is_region_name(words[-1]):
            words.pop()  # `Toronto ON`, `Sao Paulo - SP`: the state after the town
        town = " ".join(words)
        if town and not _is_region_name(town):
            return town
    return None


def _without_country(segments: list[str]) -> list[str]:
    """The segments without what only adds a country (`..., Davao City, Philippines` and
    `..., Davao, PH` are one address): trailing segments that name a country or a region
    code, and a town's `City` (`Davao City` is also written `Davao`; `Mexico City` keeps it,
    `Mexico` alone being a country)."""
    kept = list(segments)
    while len(kept) > 1 and _is_region_name(kept[-1]):
        kept.pop()
    for index in range(1, len(kept)):
        words = kept[index].split()
        if len(words) > 1 and words[-1] == "city" and not _is_region_name(" ".join(words[:-1])):
            kept[index] = " ".join(words[:-1])
    return kept


def _clean(text: str) -> str:
    """Lower case, ASCII, apostrophes dropped."""
    if not text.isascii():
        text = anyascii(text)
    return _APOSTROPHE.sub("", text.lower())


def _words_and_unit(tokens: list[str]) -> tuple[list[str], str | None]:
    """Tokens -> canonical words (USPS-style table) and the first unit designator's value."""
    words: list[str] = []
    unit: str | None = None
    i = 0
    while i < len(tokens):
        mapped = _TOKEN_MAP.get(tokens[i], tokens[i])
        if mapped == UNIT and i + 1 < len(tokens) and unit is None:
            # `apt 4`, `# 4`, `unit b`: the value follows the designator
            nxt = tokens[i + 1]
            if _TOKEN_MAP.get(nxt) == UNIT and i + 2 < len(tokens):  # `apt #4`
                nxt, i = tokens[i + 2], i + 1
            unit = nxt
            i += 2
            continue
        words.append(mapped)
        i += 1
    return [w for w in words if w not in _NUMBER_WORDS], unit


def _fallback(segments: list[str]) -> tuple[list[str], str | None, str | None, str | None, str | None]:
    """(words, unit, postcode, house number, street) by the country-neutral rules."""
    postcode = _find_postcode(segments)
    words, unit = _words_and_unit(_HASH.sub(" # ", " ".join(segments)).split())
    return words, unit, postcode, None, None


def _finish(segments: list[str], words: list[str], unit: str | None, postcode: str | None,
            house_number: str | None, street: str | None
            ) -> tuple[str, str | None, str | None, str | None, str]:
    if house_number is None:
        house_number = words[0] if words and _HOUSE_NUMBER.match(words[0]) else None
    if house_number is None:  # `Königstraße 5`: many countries write the number after the street
        first_segment = set(segments[0].split())
        house_number = next((w for w in words if w in first_segment and _HOUSE_NUMBER.match(w)
                             and w != postcode), None)
    if street is None:
        street = next((w for w in words if w != house_number and w not in _DIRECTIONALS
                       and not w.isdigit()), "")
    # The key is the sorted bag of the address's words and numbers, unit included and its
    # designator dropped. Word order differs across countries and writers (`Kirchweg 368,
    # Köln 50689` / `Kirchweg 368, 50689 Köln`; `13-76 Albert Ct` / `76 Albert Ct Apt 13`;
    # `Apt 4, 12 Oak St` / `12 Oak St #4`), the content does not. The price: `12 Oak St Apt 4`
    # and `4 Oak St Apt 12` share a key, a rare collision that only ever creates a weak link.
    bag = words + ([unit] if unit else [])
    return " ".join(sorted(bag)), house_number, unit, postcode, street


def _state(words: list[str]) -> list[str] | None:
    """`new york` -> [`ny`]; `california usa` -> [`ca`] (the tagger joins a country to the state)."""
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        code = STATE_NAMES.get(name) or (name if name in STATE_CODES else None)
        if code:
            rest = " ".join(words[n:])
            return [code] + ([] if not rest or rest in US_NAMES else words[n:])
    return None


def _parse_us(text: str) -> tuple[list[str], str | None, str | None, str | None, str | None] | None:
    """(words, unit, postcode, house number, street) from `usaddress`'s tags, or None.

    Each tagged part is mapped by its own table: the state to its code (`California` -> `ca`,
    but `Washington Ave` stays), the ZIP to five digits, directionals, the USPS street type,
    the unit designator to `#`. The resulting tokens then go through the same rules as any
    address, so a US address that misses the parser (no state) still gets the same words.
    """
    tagged = tag_us(text)
    if tagged is None:
        return None
    groups: list[tuple[str, list[str]]] = []
    for word, label in tagged:
        if groups and groups[-1][0] == label:
            groups[-1][1].append(word)
        else:
            groups.append((label, [word]))
    tokens: list[str] = []
    kept: list[str] = []
    postcode = house_number = street = None
    for label, words in groups:
        joined = " ".join(words)
        # State and ZIP skip the generic table (`FL` is also `floor`, a unit designator).
        if label == "StateName" and (state := _state(words)):
            kept.extend(state)
        elif label == "ZipCode" and words[0].isdigit() and len(words[0]) in (5, 9):
            postcode = postcode or words[0][:5]
            kept.append(words[0][:5])  # ZIP+4 -> ZIP
        elif label in ("ZipPlus4", "CountryName"):
            continue
        elif label.endswith("Directional") and joined in DIRECTIONALS:
            tokens.append(DIRECTIONALS[joined])
        elif label.endswith("Type") and label.startswith("StreetName") and joined in STREET_TYPES:
            tokens.extend(STREET_TYPES[joined].split())
        elif label == "OccupancyType" and all(w in OCCUPANCY_TYPES or _TOKEN_MAP.get(w) == UNIT
                                              for w in words):
            tokens.append("#")
        elif label == "OccupancyIdentifier":
            words = [w for w in words if w != "#"]
            while len(words) > 1 and (_TOKEN_MAP.get(words[0]) == UNIT or words[0] in _NUMBER_WORDS):
                words = words[1:]  # `No. 12`
            ident = "".join(words)
            if ident:
                tokens.extend(("#", ident))
        else:
            if label == "AddressNumber" and house_number is None:
                house_number = words[0]
            elif label == "StreetName" and street is None:
                street = next((w for w in (_TOKEN_MAP.get(w, w) for w in words)
                               if w not in _DIRECTIONALS and not w.isdigit()), None)
            tokens.extend(words)
    words, unit = _words_and_unit(tokens)
    return words + kept, unit, postcode, house_number, street


def _canonical(text: str) -> tuple[str, str | None, str | None, str | None, str, str | None] | None:
    """(key, house_number, unit, postcode, first street token, locality) for one address."""
    text = _join_postcodes(_clean(text))
    segments = [" ".join(_NOT_ALNUM.sub(" ", s).split()) for s in text.split(",")]
    segments = [s for s in segments if s]
    if not segments:
        return None
    parsed = _parse_us(text) if looks_us(segments) else None
    if parsed is None:
        segments = _without_country(segments)
    return *_finish(segments, *(parsed or _fallback(segments))), _locality(segments)


def normalise_addresses(values: Sequence[str | None]) -> pa.Table:
    """One row per input: `key, block, house_number, unit, postcode, locality`."""
    columns: dict[str, list] = {name: [] for name in SCHEMA.names}
    for value in values:
        parsed = _canonical(value) if value else None
        if parsed is None:
            for name in SCHEMA.names:
                columns[name].append(None)
            continue
        key, house_number, unit, postcode, street, locality = parsed
        columns["key"].append(key)
        # Blocking key for fuzzy matching: typos rarely hit the postcode; without one, the
        # house number and first street word.
        block = postcode.replace(" ", "") if postcode else f"{house_number or ''}|{street}"
        columns["block"].append(block)
        columns["house_number"].append(house_number)
        columns["unit"].append(unit)
        columns["postcode"].append(postcode)
        columns["locality"].append(locality)
    return pa.Table.from_pydict(columns, schema=SCHEMA)
