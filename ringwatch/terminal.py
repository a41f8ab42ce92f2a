"""Terminal output that never interprets data.

Anything that came from a bundle (ids, values, file names, messages quoting them) is passed
through `clean()` before it reaches a terminal: control characters (ESC sequences, carriage
returns, backspaces, bells, C1 codes) and invisible reordering marks (bidi overrides) are
shown as visible escapes (`\\x1b`, `\\u202e`), so a value cannot move the cursor, set a
title, rewrite a line or hide text. Rich markup in data is never parsed: data goes into Rich
as `Text` objects (`data()`), or through `markup()` (escaped) where a markup string is built.
"""

from __future__ import annotations

import re

from rich.markup import escape
from rich.text import Text

# C0 controls except tab and newline, DEL, C1 controls; bidi embeddings/overrides/isolates,
# line and paragraph separators, and the BOM / zero-width no-break space.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e"
                      r"\u2066-\u2069\ufeff]")


def _visible(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def clean(value: object, newlines: bool = True, limit: int | None = None) -> str:
    """`value` as text safe for a terminal: control characters made visible; with
    `newlines=False` line breaks and tabs too (for one-line messages); cut at `limit`."""
    text = "" if value is None else str(value)
    if limit is not None and len(text) > limit:
        text = text[:limit] + f"… ({len(text):,} characters)"
    text = _CONTROL.sub(_visible, text)
    if not newlines:
        text = text.replace("\n", "\\n").replace("\t", "\\t")
    return text


def markup(value: object, newlines: bool = True, limit: int | None = None) -> str:
    """Data to embed in a Rich markup string: cleaned and with `[` escaped."""
    return escape(clean(value, newlines=newlines, limit=limit))


def data(value: object, style: str = "", newlines: bool = True, limit: int | None = None) -> Text:
    """Data as a Rich `Text`: printed literally, never parsed as markup."""
    return Text(clean(value, newlines=newlines, limit=limit), style=style)
