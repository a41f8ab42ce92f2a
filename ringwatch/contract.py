"""The bundle contract (docs/CONTRACT.md, version 4), written down once as data.

Every other module asks this one which tables exist, which columns they have and what type
each column is, so the loader, the generator and the report never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field

CONTRACT_VERSION = 4

# Column types, named by what the loader must check; each maps to one DuckDB type.
STRING = "string"
TIMESTAMP = "timestamp"
DATE = "date"
NUMBER = "number"

DUCKDB_TYPES = {STRING: "VARCHAR", TIMESTAMP: "TIMESTAMP", DATE: "DATE", NUMBER: "DOUBLE"}

SUBJECT_KINDS = ("applicant", "employee", "contractor", "account")
ENDPOINT_KINDS = ("process", "usb", "display", "network", "keyboard", "timezone",
                  # version 2
                  "gateway_mac", "listening_port", "remote_session", "system")
# Version 2 (logins): what the identity provider said about the sign-in.
LOGIN_OUTCOMES = ("success", "failure", "challenge", "deny")
RISK_LEVELS = ("none", "low", "medium", "high", "hidden")
BOOLEAN_CHOICES = ("true", "false")
PAYMENT_METHODS = ("bank", "wallet", "crypto")
FILE_FORMATS = (".csv", ".jsonl", ".parquet")


@dataclass(frozen=True)
class Column:
    name: str
    type: str = STRING
    required: bool = False
    # Allowed values for enumerated columns; anything else is a warning, and the value is kept.
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    # The column that must be present, non-empty and unique (only `subjects` has one).
    key: str | None = None
    # The column that points at subjects.id (every table but subjects and domains).
    subject_ref: str | None = None
    required: bool = False
    column_names: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "column_names", tuple(c.name for c in self.columns))

    def column(self, name: str) -> Column | None:
        for col in self.columns:
            if col.name == name:
                return col
        return None


SUBJECTS = Table(
    "subjects",
    (
        Column("id", required=True),
        Column("kind", choices=SUBJECT_KINDS),
        Column("full_name"),
        Column("email"),
        Column("phone"),
        Column("address"),
        Column("country"),
        Column("birth_date", DATE),
        Column("national_id"),
        Column("photo"),
        Column("resume"),
        Column("profiles"),
        Column("employer"),
        Column("created_at", TIMESTAMP),
        Column("recovery_email"),
        Column("recovery_phone"),
        Column("signup_ip"),
        # version 4: the platform's carrier lookup of `phone` / `recovery_phone`
        Column("phone_line_type"),
        Column("recovery_phone_line_type"),
    ),
    key="id",
    required=True,
)

LOGINS = Table(
    "logins",
    (
        Column("subject_id", required=True),
        Column("ts", TIMESTAMP),
        Column("ip"),
        Column("device_id"),
        Column("user_agent"),
        Column("country"),
        # version 2, all optional
        Column("outcome", choices=LOGIN_OUTCOMES),
        Column("source_proxy", choices=BOOLEAN_CHOICES),
        Column("asn"),
        Column("network_owner"),
        Column("city"),
        Column("latitude", NUMBER),
        Column("longitude", NUMBER),
        Column("risk_level", choices=RISK_LEVELS),
        Column("event_type"),
        Column("session_id"),
        Column("event_id"),
    ),
    subject_ref="subject_id",
)

ENDPOINT = Table(
    "endpoint",
    (
        Column("subject_id", required=True),
        Column("ts", TIMESTAMP),
        Column("device_id"),
        Column("kind", choices=ENDPOINT_KINDS),
        Column("value"),
        # version 2, all optional
        Column("vendor_id"),
        Column("product_id"),
        Column("event_id"),
        # version 3, optional: `remote_session` rows: when the login began
        Column("started_at", TIMESTAMP),
    ),
    subject_ref="subject_id",
)

PAYMENTS = Table(
    "payments",
    (
        Column("subject_id", required=True),
        Column("ts", TIMESTAMP),
        Column("amount", NUMBER),
        Column("currency"),
        Column("method", choices=PAYMENT_METHODS),
        Column("destination"),
    ),
    subject_ref="subject_id",
)

SHIPMENTS = Table(
    "shipments",
    (
        Column("subject_id", required=True),
        Column("ts", TIMESTAMP),
        Column("asset"),
        Column("address"),
    ),
    subject_ref="subject_id",
)

DOMAINS = Table(
    "domains",
    (
        Column("domain", required=True),
        Column("company"),
        Column("registered_at", TIMESTAMP),
        Column("registrant_email"),
        Column("ip"),
        Column("nameservers"),
    ),
)

TABLES: dict[str, Table] = {t.name: t for t in (SUBJECTS, LOGINS, ENDPOINT, PAYMENTS, SHIPMENTS, DOMAINS)}

# Output contract: the columns `subjects.csv` starts with, in this order.
SUBJECTS_OUTPUT_COLUMNS = ("id", "score", "level", "ring", "reasons")
