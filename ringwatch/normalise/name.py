"""Personal names: a Unicode-folded form and an order-free key with nicknames resolved.

`fold` keeps token order (for display and fuzzy comparison); `key` maps nicknames to one
formal name and sorts tokens, so `Smith, Bill` and `William Smith` get the same key. A name is
only ever a way to link records, never evidence about a person by itself.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import pyarrow as pa
from anyascii import anyascii
from nicknames import NickNamer
from rapidfuzz.distance import LCSseq

from ringwatch.normalise.cjk import SURNAMES, east_asian_key, has_cjk, romanise

SCHEMA = pa.schema([
    ("fold", pa.string()),
    ("key", pa.string()),
    ("tokens", pa.list_(pa.string())),
])

_APOSTROPHES = re.compile(r"['`]")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")

# A name with this many nicknames of its own is a formal name (william, robert, john, mary):
# it stays as it is even where the nickname list also records it as a variant of another.
_FORMAL_MIN_NICKNAMES = 6


def _fold(text: str) -> tuple[str, str | None]:
    """(folded name, script: `ko`, `zh`, `ja` or None for the rest)."""
    if has_cjk(text):
        romanised = romanise(text)
        if romanised is not None:
            words, script = romanised
            return " ".join(words), script
    if not text.isascii():
        text = anyascii(text)
    text = _APOSTROPHES.sub("", text.lower())
    return _NOT_ALNUM.sub(" ", text).strip(), None


def fold_name(text: str) -> str:
    """`José O'Brien-Müller` -> `jose obrien muller`; 김민준 -> `gim minjun`, 李伟 -> `li wei`,
    佐藤健太 -> `satou kenta`; other scripts are transliterated by `anyascii`."""
    return _fold(text)[0]


@functools.cache
def _namer() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    namer = NickNamer()
    return namer.nickname_lookup, namer.canonical_lookup


def _formal_step(token: str) -> str:
    """One step from a nickname towards its formal name, or the token itself.

    The nicknames list is many-to-many (`bill` is listed under robert, william, will and
    willis), so the choice is made deterministically: only longer names that share at least
    two letters in order with the token, preferring the one with most nicknames (the most
    established formal name), then the closest spelling, then alphabetical order.
    """
    nicknames_of, canonicals_of = _namer()
    if len(nicknames_of.get(token, ())) >= _FORMAL_MIN_NICKNAMES:
        return token
    candidates = [c for c in canonicals_of.get(token, ())
                  if len(c) > len(token) and LCSseq.similarity(token, c) >= 2]
    if not candidates:
        return token
    best = min(candidates, key=lambda c: (-len(nicknames_of.get(c, ())),
                                          -LCSseq.similarity(token, c), c))
    return best if len(nicknames_of.get(best, ())) >= len(nicknames_of.get(token, ())) else token


@functools.lru_cache(maxsize=200_000)
def canonical_token(token: str) -> str:
    """Follow nickname steps to a fixed point: `billy` -> `william`, `bob` -> `robert`."""
    seen = {token}
    while (nxt := _formal_step(token)) not in seen:
        seen.add(nxt)
        token = nxt
    return token


def _western(token: str) -> bool:
    """A name the nicknames list knows (`daniel`, `dan`): not a romanised East Asian syllable."""
    nicknames_of, canonicals_of = _namer()
    return token in nicknames_of or token in canonicals_of


_HYPHENATED = re.compile(r"[^\s,;/]+")


def _east_asian_words(text: str) -> list[str]:
    """Folded words with hyphenated ones joined (`Min-jun` -> `minjun`), unless every part is
    a Western name (`Mary-Jane` stays two words): which word is the surname depends on it."""
    words: list[str] = []
    for raw in _HYPHENATED.findall(text):
        parts = fold_name(raw).split()
        if len(parts) > 1 and not all(_western(p) for p in parts):
            words.append("".join(parts))
        else:
            words.extend(parts)
    return words


def name_key_tokens(text: str, fold: str, script: str | None = None) -> list[str]:
    """Sorted key tokens: East Asian names by `cjk.east_asian_key`, others by nicknames."""
    words = fold.split()
    if script is None and any(w in SURNAMES for w in words):
        words = _east_asian_words(text)
    east_asian = east_asian_key(words, script, _western, canonical_token)
    if east_asian is None:
        east_asian = (canonical_token(t) for t in fold.split())
    return sorted(east_asian)


def normalise_names(values: Sequence[str | None]) -> pa.Table:
    """One row per input: `fold`, `key` (sorted canonical tokens), `tokens` (the key's tokens)."""
    folds: list[str | None] = []
    keys: list[str | None] = []
    token_lists: list[list[str] | None] = []
    for value in values:
        fold, script = _fold(value) if value else ("", None)
        if not fold:
            folds.append(None)
            keys.append(None)
            token_lists.append(None)
            continue
        tokens = name_key_tokens(value, fold, script)
        folds.append(fold)
        keys.append(" ".join(tokens))
        token_lists.append(tokens)
    return pa.Table.from_arrays(
        [pa.array(folds, pa.string()), pa.array(keys, pa.string()),
         pa.array(token_lists, pa.list_(pa.string()))], schema=SCHEMA)
