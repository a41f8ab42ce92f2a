"""Flat, indexable tables derived from the vocabulary (built once per process).

numpy draws produce integer indexes; these tables turn them into text and tell which range of
a table belongs to which culture or country.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pyarrow as pa
from anyascii import anyascii

from . import vocab


def _ascii_token(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", anyascii(name).lower())


@dataclass(frozen=True)
class Catalog:
    first: list[str]
    last: list[str]
    first_ascii: pa.Array
    last_ascii: pa.Array
    first_range: dict[str, tuple[int, int]]   # culture -> [start, stop)
    last_range: dict[str, tuple[int, int]]
    cities: list[vocab.City]
    city_country: np.ndarray
    city_range: list[tuple[int, int]]           # per country index
    streets: list[str]
    street_range: list[tuple[int, int]]
    providers: list[str]
    provider_range: list[tuple[int, int]]
    zones: list[str]
    city_zone: np.ndarray
    city_offset: np.ndarray                     # UTC offset hours
    keyboards: list[str]
    country_keyboard: np.ndarray
    employers: list[str]
    employer_domains: list[str]


def _ranges(groups: list[list[str]]) -> tuple[list[str], list[tuple[int, int]]]:
    flat: list[str] = []
    ranges = []
    for g in groups:
        ranges.append((len(flat), len(flat) + len(g)))
        flat.extend(g)
    return flat, ranges


def _employers() -> tuple[list[str], list[str]]:
    """A few hundred plausible companies with their domains; fixed, independent of the seed."""
    rng = np.random.default_rng(7)
    names, domains, seen = [], [], set()
    for a in vocab.COMPANY_WORDS_A:
        for b in vocab.COMPANY_WORDS_B:
            if rng.random() < 0.4:
                base = f"{a} {b}"
                if base in seen:
                    continue
                seen.add(base)
                form = vocab.COMPANY_FORMS[int(rng.integers(len(vocab.COMPANY_FORMS)))]
                names.append(f"{base} {form}".strip())
                tld = ["com", "com", "com", "io", "co", "net", "tech"][int(rng.integers(7))]
                domains.append(f"{a}{b}.{tld}".lower())
    return names, domains


@lru_cache(maxsize=1)
def catalog() -> Catalog:
    first, first_r = _ranges([vocab.NAMES[c][0] for c in vocab.CULTURES])
    last, last_r = _ranges([vocab.NAMES[c][1] for c in vocab.CULTURES])
    cities, city_r = _ranges([c.cities for c in vocab.COUNTRIES])  # type: ignore[arg-type]
    city_country = np.concatenate([np.full(len(c.cities), i, dtype=np.int16) for i, c in enumerate(vocab.COUNTRIES)])
    streets, street_r = _ranges([c.streets for c in vocab.COUNTRIES])
    providers, provider_r = _ranges([c.providers for c in vocab.COUNTRIES])
    zones = sorted({c[2] for c in cities} | set(vocab.OPERATOR_TIMEZONES) | {"UTC"})
    keyboards = sorted({c.keyboard for c in vocab.COUNTRIES} | set(vocab.OPERATOR_KEYBOARDS) | {"en-US", "zh-CN", "ko-KR"})
    employers, domains = _employers()
    return Catalog(
        first=first, last=last,
        first_ascii=pa.array([_ascii_token(x) for x in first]),
        last_ascii=pa.array([_ascii_token(x) for x in last]),
        first_range=dict(zip(vocab.CULTURES, first_r)), last_range=dict(zip(vocab.CULTURES, last_r)),
        cities=cities, city_country=city_country, city_range=city_r,  # type: ignore[arg-type]
        streets=streets, street_range=street_r, providers=providers, provider_range=provider_r,
        zones=zones, city_zone=np.array([zones.index(c[2]) for c in cities], dtype=np.int16),
        city_offset=np.array([c[3] for c in cities], dtype=np.float32),
        keyboards=keyboards,
        country_keyboard=np.array([keyboards.index(c.keyboard) for c in vocab.COUNTRIES], dtype=np.int16),
        employers=employers, employer_domains=domains,
    )


def draw_in_ranges(rng: np.random.Generator, ranges: list[tuple[int, int]], group: np.ndarray) -> np.ndarray:
    """For each entry of `group` (an index into `ranges`), a uniform index inside its range."""
    starts = np.array([r[0] for r in ranges], dtype=np.int64)[group]
    sizes = np.array([r[1] - r[0] for r in ranges], dtype=np.int64)[group]
    return (starts + (rng.random(len(group)) * sizes).astype(np.int64)).astype(np.int32)
