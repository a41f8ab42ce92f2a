"""Formatting variants of one value: what a shared value looks like when typed by different hands."""

from __future__ import annotations

import re

import numpy as np
from anyascii import anyascii
from nicknames import NickNamer

_NICKNAMER = NickNamer()
_GMAIL = ("gmail.com", "googlemail.com")


def email_variant(email: str, rng: np.random.Generator) -> str:
    """Same mailbox, written differently: case, Gmail dots, a +tag."""
    local, _, domain = email.partition("@")
    choice = int(rng.integers(0, 5))
    if choice == 0:
        return email
    if choice == 1:
        return f"{local.capitalize()}@{domain.upper() if rng.random() < 0.3 else domain}"
    if choice == 2 and domain in _GMAIL and len(local) > 3:
        cut = int(rng.integers(1, len(local) - 1))
        return f"{local[:cut]}.{local[cut:]}".replace("..", ".") + f"@{domain}"
    if choice == 3:
        return f"{local}+{['apply', 'jobs', 'hr', str(int(rng.integers(1, 99)))][int(rng.integers(0, 4))]}@{domain}"
    return email.upper()


def account_number_variant(digits: str, rng: np.random.Generator) -> str:
    """A bank account number grouped with spaces or dashes, or plain."""
    choice = int(rng.integers(0, 4))
    if choice == 0:
        return digits
    groups = [digits[i:i + 4] for i in range(0, len(digits), 4)]
    return (" " if choice == 1 else "-").join(groups) if choice < 3 else f"{digits[:3]} {digits[3:]}"


def crypto_variant(address: str, rng: np.random.Generator) -> str:
    """Hex addresses are case-insensitive: wallets show them checksummed, users paste lower case."""
    if address.startswith("0x") and rng.random() < 0.5:
        body = "".join(c.upper() if c.isalpha() and rng.random() < 0.5 else c for c in address[2:])
        return "0x" + body
    return address if rng.random() < 0.7 else f" {address} ".strip()


def name_variant(first: str, last: str, rng: np.random.Generator) -> str:
    """The same person's name as a fraudster re-types it: nickname, swapped order, case, typo."""
    choice = int(rng.integers(0, 7))
    if choice == 1:
        nicks = sorted(_NICKNAMER.nicknames_of(first.lower()))
        if nicks:
            return f"{nicks[int(rng.integers(len(nicks)))].capitalize()} {last}"
    if choice == 2:
        return f"{last}, {first}"
    if choice == 3:
        return f"{first} {last}".upper()
    if choice == 4:
        return anyascii(f"{first} {last}").lower()
    if choice == 5 and len(last) > 3:
        i = int(rng.integers(1, len(last) - 2))
        return f"{first} {last[:i]}{last[i + 1]}{last[i]}{last[i + 2:]}"  # transposed letters
    if choice == 6 and len(first) > 3:
        i = int(rng.integers(1, len(first) - 1))
        return f"{first[:i]}{first[i + 1:]} {last}"  # dropped letter
    return f"{first} {last}"


def address_rewrite(text: str, rng: np.random.Generator) -> str:
    """The same address as a person types it on another form: "4070 North Oxford Avenue, San
    Francisco, CA 94110" vs "4070 N Oxford Ave San Francisco California 94110"."""
    from .vocab import ADDRESS_DIRECTIONS, STREET_SUFFIXES, US_STATES

    out = text
    if rng.random() < 0.6:
        for full, abbr in ADDRESS_DIRECTIONS.items():
            out = re.sub(rf"\b{full}\b(?= \w)", abbr, out, count=1)
    if rng.random() < 0.6:
        for full, abbrs in STREET_SUFFIXES:
            if re.search(rf"\b{full}\b", out):
                out = re.sub(rf"\b{full}\b", abbrs[0], out, count=1)
                break
            for a in abbrs:
                if re.search(rf"\b{re.escape(a)}(?=[\s,]|$)", out):
                    out = re.sub(rf"\b{re.escape(a)}(?=[\s,]|$)", full, out, count=1)
                    break
    match = re.search(r"\b([A-Z]{2}) (\d{5})\b", out)
    if match and match.group(1) in US_STATES and rng.random() < 0.7:
        out = out[:match.start()] + f"{US_STATES[match.group(1)]} {match.group(2)}" + out[match.end():]
    if rng.random() < 0.5:
        out = out.replace(",", "")
    return re.sub(r"\s+", " ", out).strip()
