"""Matching the identities a log names (email, UPN, username, user id, device id, host name)
to the bundle's subjects.

Sources, all compared case-insensitively and trimmed:

- the bundle's `subjects` table: `id`, `email` (and the email's local part as a username,
  where only one subject has it);
- an identity-map file (CSV): a `subject_id` column and any of `identity`, `email`, `upn`,
  `username`, `user_id`, `device_id`, `hostname` (every non-empty cell names that subject);
  optional `kind`, `full_name`, `employer` columns describe subjects the import creates;
- the bundle's `logins` table: a `device_id` used by one subject only names that subject
  (so osquery hosts match the devices Okta and Entra saw); a device a few subjects sign in on
  (up to SHARED_DEVICE_MAX: one laptop driven for several identities, a family computer) names
  none of them, but its telemetry is that of each one's work machine: `shared_device_subjects`
  lists them, and the import writes such a row once for each.

A key that names two subjects is ambiguous and matches neither (it is reported). With
`create=True` (the default when the bundle has no subjects table yet) an identity that
matches nothing becomes a subject of its own: id = the identity as given (an email or UPN in
lower case), kind `employee` for a person's account and `account` for a service principal
or other non-person actor. Device and host names never become subjects: a device is not an
identity.
"""

from __future__ import annotations

import csv
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ringwatch.importers.common import Warnings

MAP_KEY_COLUMNS = ("identity", "email", "upn", "username", "user_id", "device_id", "hostname")
MAP_PERSON_COLUMNS = ("kind", "full_name", "employer")
DEVICE_KINDS = frozenset({"device_id", "hostname"})
AMBIGUOUS = "\x00ambiguous"
# A device more subjects than this sign in on (a library, lab or kiosk machine) gives none of
# them its telemetry.
SHARED_DEVICE_MAX = 20


def fold(value: str) -> str:
    return value.strip().lower()


@dataclass
class Unmatched:
    source: str
    kind: str
    identity: str
    events: int = 0
    first_seen: str = ""
    last_seen: str = ""
    reason: str = "no subject"
    files: set[str] = field(default_factory=set)


class IdentityIndex:
    def __init__(self, create: bool) -> None:
        self.create = create
        self.keys: dict[str, str] = {}  # folded identity -> subject id (or AMBIGUOUS)
        self.weak: dict[str, str] = {}  # username guesses from email local parts
        self.subjects: set[str] = set()
        self.map_people: dict[str, dict[str, str]] = {}  # subject id -> person cells from the map
        self.new_subjects: dict[str, dict[str, str]] = {}  # created by this import
        self.unmatched: dict[tuple[str, str, str], Unmatched] = {}
        self.device_subjects: dict[str, list[str]] = {}  # folded device -> its 2+ subjects

    # -- building --------------------------------------------------------------------------

    def _put(self, table: dict[str, str], key: str, subject: str) -> None:
        key = fold(key)
        if not key:
            return
        have = table.get(key)
        if have is None:
            table[key] = subject
        elif have != subject:
            table[key] = AMBIGUOUS

    def add_subjects(self, rows) -> None:
        """rows: (id, email) pairs from the bundle's subjects table."""
        locals_: dict[str, str] = {}
        for sid, email in rows:
            if not sid:
                continue
            self.subjects.add(sid)
            self._put(self.keys, sid, sid)
            if email:
                self._put(self.keys, email, sid)
                local = email.split("@", 1)[0]
                if local and "@" in email:
                    self._put(locals_, local, sid)
        for k, v in locals_.items():
            if k not in self.keys:
                self.weak[k] = v

    def add_devices(self, rows) -> None:
        """rows: (subject_id, device_id) pairs from the bundle's logins table."""
        seen: dict[str, str] = {}
        users: dict[str, dict[str, None]] = {}
        for sid, device in rows:
            if sid and device:
                self._put(seen, device, sid)
                users.setdefault(fold(device), {})[sid] = None
        for k, v in seen.items():
            self.keys.setdefault(k, v)
            if v == AMBIGUOUS and self.keys.get(k) == AMBIGUOUS and len(users[k]) <= SHARED_DEVICE_MAX:
                self.device_subjects[k] = list(users[k])

    def shared_device_subjects(self, identities: list[tuple[str, str]]) -> list[str]:
        """The subjects that sign in on the device a row names, where it names only a device
        that several (up to SHARED_DEVICE_MAX) subjects use; else []."""
        if any(v and k not in DEVICE_KINDS for k, v in identities):
            return []
        for _, value in identities:
            shared = self.device_subjects.get(fold(value)) if value else None
            if shared:
                return shared
        return []

    def add_map(self, path: Path, warnings: Warnings) -> int:
        """Read an identity-map CSV; returns the number of identities it names."""
        file = path.name
        n = 0
        csv.field_size_limit(min(sys.maxsize, 1 << 24))
        with path.open(newline="", encoding="utf-8-sig", errors="replace") as fh:
            reader = csv.DictReader(fh)
            columns = [c.strip().lower() for c in (reader.fieldnames or [])]
            reader.fieldnames = columns
            if "subject_id" not in columns:
                raise ValueError(f"{file}: an identity map needs a subject_id column "
                                 f"and one or more of {', '.join(MAP_KEY_COLUMNS)}")
            keys = [c for c in columns if c in MAP_KEY_COLUMNS]
            if not keys:
                raise ValueError(f"{file}: no identity column (one of {', '.join(MAP_KEY_COLUMNS)})")
            for line, row in enumerate(reader, start=2):
                sid = (row.get("subject_id") or "").strip()
                if not sid:
                    warnings.add(file, line, "subject_id", "missing_value", "no subject_id; row skipped")
                    continue
                person = {c: (row.get(c) or "").strip() for c in MAP_PERSON_COLUMNS if (row.get(c) or "").strip()}
                if person:
                    self.map_people.setdefault(sid, {}).update(person)
                for c in keys:
                    value = (row.get(c) or "").strip()
                    if value:
                        # The map is the user's word: it overrides the subjects table's keys.
                        self.keys[fold(value)] = sid
                        n += 1
                self.keys.setdefault(fold(sid), sid)
        return n

    # -- matching --------------------------------------------------------------------------

    def resolve(self, identities: list[tuple[str, str]]) -> str | None:
        """The subject the identities name, or None; ambiguous keys name none. A device or
        host names a subject only when the row names no person: one laptop driven for
        several people must not fold them into one."""
        keys = self.keys
        people = [(k, v) for k, v in identities if v and k not in DEVICE_KINDS]
        for _, value in people or identities:
            if value:
                sid = keys.get(value.lower())
                if sid is not None and sid != AMBIGUOUS:
                    return sid
        for kind, value in people:
            if kind == "username":
                sid = self.weak.get(value.lower())
                if sid is not None and sid != AMBIGUOUS:
                    return sid
        return None

    def ambiguous(self, identities: list[tuple[str, str]]) -> bool:
        people = [(k, v) for k, v in identities if v and k not in DEVICE_KINDS]
        return any(value and self.keys.get(value.lower()) == AMBIGUOUS for _, value in people or identities)

    def subject_for(self, identities: list[tuple[str, str]], person: dict[str, str]) -> str | None:
        sid = self.resolve(identities)
        if sid is not None or not self.create or self.ambiguous(identities):
            return sid
        # A new subject: the first person identity (not a device), as given, folded.
        for kind, value in identities:
            if value and kind not in DEVICE_KINDS:
                sid = fold(value)
                cells = {"id": sid, "kind": person.get("kind", "employee")}
                if "@" in value and kind in ("email", "upn"):
                    cells["email"] = sid
                for k in ("full_name", "employer"):
                    if person.get(k):
                        cells[k] = person[k]
                self.new_subjects[sid] = cells
                for other_kind, other in identities:
                    if other and other_kind not in DEVICE_KINDS and fold(other) not in self.keys:
                        self.keys[fold(other)] = sid
                return sid
        return None

    def note_unmatched(self, source: str, identities: list[tuple[str, str]], ts: str, file: str) -> None:
        kind, value = next(((k, v) for k, v in identities if v), ("", ""))
        key = (source, kind, fold(value))
        u = self.unmatched.get(key)
        if u is None:
            reason = "ambiguous: names several subjects" if self.ambiguous(identities) else (
                "no identity in the record" if not value else "no subject")
            u = self.unmatched[key] = Unmatched(source, kind, value, reason=reason)
        u.events += 1
        if ts:
            if not u.first_seen or ts < u.first_seen:
                u.first_seen = ts
            if ts > u.last_seen:
                u.last_seen = ts
        u.files.add(file)

    def merge_unmatched(self, other: dict) -> None:
        for key, u in other.items():
            mine = self.unmatched.get(key)
            if mine is None:
                self.unmatched[key] = u
                continue
            mine.events += u.events
            mine.files |= u.files
            if u.first_seen and (not mine.first_seen or u.first_seen < mine.first_seen):
                mine.first_seen = u.first_seen
            if u.last_seen > mine.last_seen:
                mine.last_seen = u.last_seen

