"""Any CSV export (applicant tracking, HR, payroll, equipment shipping) -> a contract table,
by a mapping file (TOML; YAML too where PyYAML is installed).

    table = "payments"              # the contract table the rows go to
    delimiter = ","                 # optional; also "\\t", ";"
    encoding = "utf-8"              # optional

    [columns]                       # contract (or extra) column = the CSV's column
    subject_id = "Employee Email"   # child tables: an identity (email, UPN, username, id)
    ts = "Pay Date"
    amount = "Net Pay"
    currency = "Currency"
    method = "Payment Method"
    destination = "Account Number"

    [dates]                         # strptime formats tried in order (ISO 8601 always is)
    ts = ["%m/%d/%Y", "%d.%m.%Y %H:%M"]

    [transforms]                    # applied in order: strip, lower, upper, title, digits,
    amount = ["number"]             # number ("$1,234.50" -> 1234.50), boolean, collapse_spaces,
    method = [{ map = { "Direct Deposit" = "bank", "PayPal" = "wallet" } }]
                                    # { map = {...}, default = "..." }, { prefix = "+1" }

    [constants]                     # columns with one value for every row
    currency = "USD"

    [extras]                        # the CSV's other columns: kept as <prefix><name>
    prefix = "payroll_"             # (the default is "<table>_src_"); keep = false drops them
    keep = true

    [id]                            # columns whose values identify a row for de-duplication
    columns = ["Payment ID"]        # (default: the whole row)

For `table = "subjects"` the `id` column is required and re-imports skip ids already in the
bundle; for the other tables `subject_id` is matched to a subject like a log's identity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ringwatch.contract import TABLES
from ringwatch.importers.common import Row, boolean, stable_id, timestamp
from ringwatch.contract import DATE, TIMESTAMP, NUMBER

SOURCE = "csv"


class MappingError(ValueError):
    pass


@dataclass
class Mapping:
    table: str
    columns: dict[str, str]
    dates: dict[str, list[str]] = field(default_factory=dict)
    transforms: dict[str, list] = field(default_factory=dict)
    constants: dict[str, str] = field(default_factory=dict)
    extras_prefix: str = ""
    keep_extras: bool = True
    id_columns: list[str] = field(default_factory=list)
    delimiter: str = ","
    encoding: str = "utf-8-sig"
    name: str = ""

    def header(self, source_columns: list[str]) -> list[str]:
        """The target columns this mapping writes for a CSV with these columns."""
        out = list(TABLES[self.table].column_names)
        for target in list(self.columns) + list(self.constants):
            if target not in out:
                out.append(target)
        if self.table != "subjects" and "event_id" not in out:
            out.append("event_id")
        if self.keep_extras:
            used = set(self.columns.values())
            out += [self.extras_prefix + _slug(c) for c in source_columns if c not in used and c]
        return list(dict.fromkeys(out))


def _slug(name: str) -> str:
    return re.sub(r"[^0-9a-z]+", "_", name.strip().lower()).strip("_") or "column"


def load_mapping(path: Path) -> Mapping:
    raw = path.read_bytes()
    if path.suffix.lower() in (".yaml", ".yml"):
        try:
            import yaml
        except ImportError as exc:  # pragma: no cover
            raise MappingError(f"{path.name}: YAML mappings need PyYAML; use TOML") from exc
        data = yaml.safe_load(raw.decode("utf-8"))
    else:
        import tomllib
        try:
            data = tomllib.loads(raw.decode("utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise MappingError(f"{path.name}: not valid TOML: {exc}") from exc
    if not isinstance(data, dict):
        raise MappingError(f"{path.name}: a mapping is a table of settings")
    table = data.get("table")
    if table not in TABLES:
        raise MappingError(f"{path.name}: table must be one of {', '.join(TABLES)} (got {table!r})")
    columns = data.get("columns") or {}
    if not isinstance(columns, dict) or not all(isinstance(v, str) for v in columns.values()):
        raise MappingError(f"{path.name}: [columns] maps a contract column to a CSV column name")
    key = TABLES[table].key or TABLES[table].subject_ref
    constants = {k: str(v) for k, v in (data.get("constants") or {}).items()}
    if key and key not in columns and key not in constants:
        raise MappingError(f"{path.name}: [columns] must map '{key}' (the {table} table needs it)")
    dates = {k: ([v] if isinstance(v, str) else list(v)) for k, v in (data.get("dates") or {}).items()}
    transforms = {k: ([v] if isinstance(v, (str, dict)) else list(v)) for k, v in (data.get("transforms") or {}).items()}
    extras = data.get("extras") or {}
    ident = data.get("id") or {}
    delimiter = data.get("delimiter", ",")
    delimiter = "\t" if delimiter in ("\\t", "tab") else delimiter
    if not isinstance(delimiter, str) or len(delimiter) != 1:
        raise MappingError(f"{path.name}: delimiter must be one character")
    return Mapping(table=table, columns=dict(columns), dates=dates, transforms=transforms,
                   constants=constants, extras_prefix=str(extras.get("prefix", f"{table}_src_")),
                   keep_extras=bool(extras.get("keep", True)),
                   id_columns=list(ident.get("columns", [])), delimiter=delimiter,
                   encoding=str(data.get("encoding", "utf-8-sig")), name=path.name)


_NUMBER = re.compile(r"[^0-9.\-]")


def _apply(value: str, step: Any) -> str:
    if isinstance(step, dict):
        if "map" in step:
            table = {str(k).strip().lower(): str(v) for k, v in step["map"].items()}
            return table.get(value.strip().lower(), str(step.get("default", value)))
        if "prefix" in step:
            return str(step["prefix"]) + value if value else value
        if "default" in step:
            return value or str(step["default"])
        raise MappingError(f"unknown transform {step!r}")
    if step == "strip":
        return value.strip()
    if step == "lower":
        return value.lower()
    if step == "upper":
        return value.upper()
    if step == "title":
        return value.title()
    if step == "digits":
        return re.sub(r"\D", "", value)
    if step == "collapse_spaces":
        return " ".join(value.split())
    if step == "number":
        neg = value.strip().startswith("(") and value.strip().endswith(")")
        out = _NUMBER.sub("", value)
        return ("-" + out if neg and out and not out.startswith("-") else out)
    if step == "boolean":
        return boolean(value)
    raise MappingError(f"unknown transform {step!r}")


def _date(value: str, formats: list[str], column_type: str) -> str | None:
    v = value.strip()
    if not v:
        return ""
    iso = timestamp(v)
    if not iso and re.fullmatch(r"\d{4}-\d\d-\d\d", v):
        iso = timestamp(v + "T00:00:00Z")
    if iso:
        return iso[:10] if column_type == DATE else iso
    for fmt in formats:
        try:
            dt = datetime.strptime(v, fmt)
        except ValueError:
            continue
        if dt.tzinfo is not None:
            from datetime import timezone
            dt = dt.astimezone(timezone.utc).replace(tzinfo=None)
        return dt.date().isoformat() if column_type == DATE else dt.isoformat() + "Z"
    return None


def row_to_row(mapping: Mapping, row: dict[str, str], warn) -> Row | None:
    table = TABLES[mapping.table]
    cells: dict[str, str] = dict(mapping.constants)
    for target, source in mapping.columns.items():
        value = row.get(source)
        value = "" if value is None else value
        for step in mapping.transforms.get(target, ["strip"]):
            value = _apply(value, step)
        col = table.column(target)
        ctype = col.type if col else None
        if ctype in (TIMESTAMP, DATE) or target in mapping.dates:
            parsed = _date(value, mapping.dates.get(target, []), ctype or TIMESTAMP)
            if parsed is None:
                warn(source, "bad_date", f"'{value[:80]}' matches none of {mapping.dates.get(target) or ['ISO 8601']}; "
                     "kept as given")
                parsed = value
            value = parsed
        elif ctype == NUMBER and value:
            try:
                float(value)
            except ValueError:
                warn(source, "bad_number", f"'{value[:80]}' is not a number; kept as given")
        if value != "" or target not in cells:
            cells[target] = value
    if mapping.keep_extras:
        used = set(mapping.columns.values())
        for name, value in row.items():
            if name and name not in used and value not in (None, ""):
                cells[mapping.extras_prefix + _slug(name)] = value
    if mapping.table == "subjects":
        sid = cells.get("id", "").strip()
        if not sid:
            warn(mapping.columns.get("id", "id"), "missing_value", "no id; row skipped")
            return None
        cells["id"] = sid
        return Row("subjects", cells, [("subject_id", sid)])
    if mapping.table == "domains":
        if not cells.get("domain"):
            warn(mapping.columns.get("domain", "domain"), "missing_value", "no domain; row skipped")
            return None
        cells["event_id"] = "csv:" + stable_id(*(row.get(c, "") for c in mapping.id_columns)) \
            if mapping.id_columns else "csv:" + stable_id(*sorted(cells.items()))
        return Row("domains", cells, [])
    ident = cells.pop("subject_id", "").strip()
    cells["event_id"] = "csv:" + (stable_id(mapping.table, *(row.get(c, "") for c in mapping.id_columns))
                                  if mapping.id_columns else stable_id(mapping.table, *sorted(row.items())))
    kind = "email" if "@" in ident else "username"
    return Row(mapping.table, cells, [(kind, ident)] if ident else [], {"kind": "employee"})
