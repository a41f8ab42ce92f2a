"""Personal data shown masked unless a person with the right role asks to see it (and says why).

Masking keeps enough to recognise a value seen elsewhere in the same page (the first letter,
the domain's first letter and ending, a phone's last two digits) and nothing that identifies
the person. Names stay visible: reviewing a ring needs them, and they are not contact details.
"""

from __future__ import annotations

import re

# Subject fields that are contact details or identifiers: masked for anyone who has not unmasked.
PERSONAL_FIELDS = ("email", "phone", "address", "birth_date", "national_id", "recovery_email",
                   "recovery_phone", "signup_ip")


def mask_email(value: str) -> str:
    local, _, domain = value.partition("@")
    if not domain:
        return mask_text(value)
    head, _, tld = domain.rpartition(".")
    return f"{local[:1]}***@{head[:1]}***.{tld}" if head else f"{local[:1]}***@***"


def mask_phone(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    return f"***{digits[-2:]}" if len(digits) > 2 else "***"


def mask_text(value: str) -> str:
    return f"{value[:1]}***" if value else value


_EMAIL_IN_TEXT = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
# A phone or account number: 7+ digits, not inside a word (a subject id) and not a year range.
_NUMBER_IN_TEXT = re.compile(r"(?<![\w.])\+?\d[\d \-().]{5,}\d(?![\w])")
_YEAR_RANGE = re.compile(r"^(19|20)\d\d\s*-\s*(19|20)\d\d$")


def _mask_number(match: re.Match) -> str:
    text = match.group(0)
    if sum(ch.isdigit() for ch in text) < 7 or _YEAR_RANGE.match(text):
        return text
    return mask_phone(text)


def mask_free_text(text: str | None) -> str | None:
    """Emails and phone/account-like numbers inside free text (a contribution's detail, an
    inline resume), each masked as its kind is."""
    if not text:
        return text
    text = _EMAIL_IN_TEXT.sub(lambda m: mask_email(m.group(0)), text)
    return _NUMBER_IN_TEXT.sub(_mask_number, text)


def mask_value(field: str, value: object) -> object:
    if value is None or value == "":
        return value
    text = str(value)
    if "email" in field:
        return mask_email(text)
    if "phone" in field:
        return mask_phone(text)
    return mask_text(text)


def mask_subject(fields: dict) -> dict:
    return {k: (mask_value(k, v) if k in PERSONAL_FIELDS else v) for k, v in fields.items()}


# Link kinds whose shared value is itself a contact detail or identifier.
PERSONAL_LINK_FIELDS = {
    "SHARED_EMAIL": "email", "SHARED_RECOVERY_EMAIL": "email", "SHARED_PHONE": "phone",
    "SHARED_RECOVERY_PHONE": "phone", "SHARED_ADDRESS": "address",
    "SHARED_SHIPPING_ADDRESS": "address", "SHARED_PAYOUT": "payout",
}


def mask_link_value(kind: str, value: str) -> str:
    field = PERSONAL_LINK_FIELDS.get(kind)
    return str(mask_value(field, value)) if field else value
