"""Read-only queries over the current scan's workspace, shaped for people.

The service never writes the workspace. It follows the output folder's `current` link: a scan
that finishes while the service runs is picked up by the next request, and a request reads one
set from start to end (one DuckDB connection per set; requests use their own cursor).
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ringwatch.explain import _open
from ringwatch.outputs import SCREENING_INDEX, current_set
from ringwatch.screening_index import IndexMissing, ScreeningIndex

RING_SORTS = {"score": "score", "size": "size", "id": "ring_id"}
SUBJECT_FIELDS = ("id", "kind", "full_name", "email", "phone", "address", "country", "birth_date",
                  "national_id", "employer", "created_at", "recovery_email", "recovery_phone",
                  "signup_ip", "profiles", "photo", "resume")
# subject_keys (kind, field) -> the subjects column holding the value as submitted.
SUBMITTED_COLUMN = {("email", "email"): "email", ("email", "recovery"): "recovery_email",
                    ("phone", "phone"): "phone", ("phone", "recovery"): "recovery_phone",
                    ("address", "home"): "address", ("signup_ip", "signup_ip"): "signup_ip"}
MAX_PAGE = 200


class Workspace:
    def __init__(self, out_dir: Path) -> None:
        self.out_dir = Path(out_dir)
        self._lock = threading.Lock()
        self._open: dict[Path, object] = {}
        self._indexes: dict[Path, ScreeningIndex] = {}

    def cursor(self):
        """A cursor on the current set's workspace; opens the set on first use."""
        with self._lock:
            return self._for_current_set(self._open, lambda _run_dir: _open(self.out_dir)[0]).cursor()

    def screening_index(self) -> ScreeningIndex:
        """The current set's screening index (ringwatch/screening_index.py); IndexMissing when
        the scan was written by a ringwatch without one."""
        with self._lock:
            try:
                return self._for_current_set(
                    self._indexes, lambda run_dir: ScreeningIndex(run_dir / SCREENING_INDEX))
            except FileNotFoundError:
                raise IndexMissing(f"{self.out_dir}: no scan outputs found") from None

    def _for_current_set(self, cache: dict, open_for: Callable[[Path], Any]) -> Any:
        """`cache`'s object for the current set, opened on first use (call under the lock).
        The previous set's stays open for requests still reading it; older ones are closed."""
        run_dir = current_set(self.out_dir)
        item = cache.get(run_dir)
        if item is None:
            item = cache[run_dir] = open_for(run_dir)
            for old in list(cache)[:-2]:
                cache.pop(old).close()
        return item

    def close(self) -> None:
        with self._lock:
            for con in self._open.values():
                con.close()
            self._open.clear()
            for index in self._indexes.values():
                index.close()
            self._indexes.clear()

    @staticmethod
    def _rows(cur, sql: str, params: list | None = None) -> list[dict]:
        cur.execute(sql, params or [])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    # -- the scan as a whole ------------------------------------------------------------------

    def run_info(self) -> dict:
        cur = self.cursor()
        info = dict(cur.execute("SELECT key, value FROM run_info").fetchall())
        info["levels"] = dict(cur.execute("SELECT level, count(*) FROM scores GROUP BY 1").fetchall())
        info["rings"] = cur.execute("SELECT count(*) FROM rings").fetchone()[0]
        return info

    def run_id(self) -> str:
        return self.run_info().get("run_id", "")

    # -- rings ----------------------------------------------------------------------------------

    def rings(self, level: str | None = None, min_size: int = 0, kind: str | None = None,
              sort: str = "score", descending: bool = True, page: int = 1, per_page: int = 50) -> dict:
        where, params = ["size >= ?"], [min_size]
        if level:
            where.append("level = ?"); params.append(level)
        if kind:
            where.append("list_contains(string_split(kinds, ';'), ?)"); params.append(kind)
        order = f"{RING_SORTS.get(sort, 'score')} {'DESC' if descending else 'ASC'}, ring_id"
        per_page = max(1, min(per_page, MAX_PAGE))
        cur = self.cursor()
        total = cur.execute(f"SELECT count(*) FROM rings WHERE {' AND '.join(where)}", params).fetchone()[0]
        items = self._rows(cur, f"""
            SELECT ring_id, score, level, size, kinds, reasons FROM rings WHERE {' AND '.join(where)}
            ORDER BY {order} LIMIT ? OFFSET ?""", params + [per_page, (max(page, 1) - 1) * per_page])
        for item in items:
            item["kinds"] = [k for k in (item["kinds"] or "").split(";") if k]
            item["reasons"] = [k for k in (item["reasons"] or "").split(";") if k]
        return {"total": total, "page": max(page, 1), "per_page": per_page, "items": items}

    def ring(self, ring_id: str) -> dict | None:
        cur = self.cursor()
        found = self._rows(cur, "SELECT ring_id, score, level, size, kinds, reasons FROM rings WHERE ring_id = ?", [ring_id])
        if not found:
            return None
        ring = found[0]
        ring["kinds"] = [k for k in (ring["kinds"] or "").split(";") if k]
        ring["reasons"] = [k for k in (ring["reasons"] or "").split(";") if k]
        ring["members"] = self._rows(cur, """
            SELECT m.subject_id AS id, s.full_name, s.email, s.phone, s.employer, s.country, s.kind,
                   sc.score, sc.level, sc.reasons
            FROM ring_members m JOIN subjects s ON s.id = m.subject_id
            JOIN scores sc ON sc.subject_id = m.subject_id
            WHERE m.ring_id = ? ORDER BY sc.score DESC, m.subject_id""", [ring_id])
        ring["values"] = self._shared_values(cur, [m["id"] for m in ring["members"]])
        ring["edges"] = self._rows(cur, """
            WITH members AS (SELECT subject_id FROM ring_members WHERE ring_id = ?)
            SELECT a, b, arg_max(kind, weight) AS kind, max(weight) AS weight, count(*) AS links
            FROM links WHERE a IN (SELECT * FROM members) AND b IN (SELECT * FROM members)
            GROUP BY a, b ORDER BY a, b""", [ring_id])
        return ring

    def _shared_values(self, cur, members: list[str]) -> list[dict]:
        """Evidence once per shared value: who among `members` holds it, how many hold it in the
        whole bundle, its strongest weight and what explains it, with the values as submitted."""
        if not members:
            return []
        values = self._rows(cur, """
            WITH pair AS (
                SELECT kind, value, a AS holder, n_sharing, weight, detail, explained_by FROM links
                WHERE a IN (SELECT unnest(?::VARCHAR[])) AND b IN (SELECT unnest(?::VARCHAR[]))
                UNION ALL
                SELECT kind, value, b, n_sharing, weight, detail, explained_by FROM links
                WHERE a IN (SELECT unnest(?::VARCHAR[])) AND b IN (SELECT unnest(?::VARCHAR[])))
            SELECT kind, value, list(DISTINCT holder ORDER BY holder) AS holders,
                   max(n_sharing) AS n_sharing, max(weight) AS weight,
                   arg_max(detail, weight) AS detail, arg_max(explained_by, weight) AS explained_by
            FROM pair GROUP BY kind, value ORDER BY max(weight) DESC, kind, value""",
            [members, members, members, members])
        values = _merge_pairwise(values)
        submitted = self._submitted(cur, members)
        for v in values:
            seen = {submitted.get((h, v["value"])) for h in v["holders"]} - {None}
            v["as_submitted"] = sorted(seen)
        return values

    def _submitted(self, cur, members: list[str]) -> dict[tuple[str, str], str]:
        """(subject, normalised key) -> the value as the bundle gave it."""
        out: dict[tuple[str, str], str] = {}
        for (kind, field), column in SUBMITTED_COLUMN.items():
            cur.execute(f"""
                SELECT k.subject_id, k.value, s."{column}"::VARCHAR FROM subject_keys k
                JOIN subjects s ON s.id = k.subject_id
                WHERE k.kind = ? AND k.field = ? AND k.subject_id IN (SELECT unnest(?::VARCHAR[]))""",
                        [kind, field, members])
            for sid, key, raw in cur.fetchall():
                if raw:
                    out[(sid, key)] = raw
        cur.execute("""
            SELECT DISTINCT subject_id, address_key, address FROM shipments_norm
            WHERE subject_id IN (SELECT unnest(?::VARCHAR[])) AND address IS NOT NULL""", [members])
        for sid, key, raw in cur.fetchall():
            out.setdefault((sid, key), raw)
        return out

    # -- subjects -------------------------------------------------------------------------------

    def search(self, query: str, limit: int = 50) -> list[dict]:
        """Subjects whose id starts with `query`, whose name, email or phone contains it, or who
        hold a value equal to it (an IP, a device, a payout account, a normalised address)."""
        q = query.strip()
        if not q:
            return []
        # LIKE's own wildcards in the query are literal characters
        like = "%" + q.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        digits = "".join(ch for ch in q if ch.isdigit())
        cur = self.cursor()
        return self._rows(cur, """
            SELECT s.id, s.full_name, s.email, s.phone, s.employer, sc.score, sc.level, sc.ring_id
            FROM subjects s JOIN scores sc ON sc.subject_id = s.id
            WHERE starts_with(s.id, ?) OR lower(s.full_name) LIKE ? ESCAPE '\\' OR lower(s.email) LIKE ? ESCAPE '\\'
               OR (length(?) >= 6 AND regexp_replace(coalesce(s.phone, ''), '[^0-9]', '', 'g') LIKE '%' || ? || '%')
               OR s.id IN (SELECT subject_id FROM subject_keys WHERE lower(value) = lower(?))
            ORDER BY sc.score DESC, s.id LIMIT ?""", [q, like, like, digits, digits, q, min(limit, MAX_PAGE)])

    def subject(self, subject_id: str) -> dict | None:
        cur = self.cursor()
        cols = ", ".join(f'"{c}"::VARCHAR AS "{c}"' for c in SUBJECT_FIELDS)
        found = self._rows(cur, f"SELECT {cols} FROM subjects WHERE id = ?", [subject_id])
        if not found:
            return None
        score = self._rows(cur, "SELECT score, level, ring_id, reasons FROM scores WHERE subject_id = ?", [subject_id])
        return {
            "fields": found[0],
            **(score[0] if score else {"score": None, "level": None, "ring_id": None, "reasons": ""}),
            "person": cur.execute("SELECT person_id FROM persons WHERE subject_id = ?", [subject_id]).fetchone()[0],
            "contributions": self._rows(cur, """
                SELECT source, code, weight, evidence, detail, other_subject FROM contributions
                WHERE subject_id = ? ORDER BY evidence DESC, code""", [subject_id]),
            "links": [{**link, "ref": value_ref(link["value"])} for link in self._rows(cur, """
                SELECT CASE WHEN a = ? THEN b ELSE a END AS other, kind, value, n_sharing, weight,
                       explained_by, detail
                FROM links WHERE a = ? OR b = ? ORDER BY weight DESC, other, kind LIMIT 500""",
                [subject_id, subject_id, subject_id])],
            "logins": self._rows(cur, """
                SELECT count(*) AS logins, count(DISTINCT ip) AS ips, count(DISTINCT device_id) AS devices,
                       list(DISTINCT country ORDER BY country) FILTER (WHERE country IS NOT NULL) AS countries,
                       min(ts)::VARCHAR AS first, max(ts)::VARCHAR AS last
                FROM logins WHERE subject_id = ?""", [subject_id])[0],
            "payouts": self._rows(cur, """
                SELECT method, destination, count(*) AS payments, sum(amount) AS amount, any_value(currency) AS currency
                FROM payments WHERE subject_id = ? GROUP BY method, destination ORDER BY payments DESC LIMIT 20""",
                [subject_id]),
            "shipments": self._rows(cur, """
                SELECT ts::VARCHAR AS ts, asset, address FROM shipments WHERE subject_id = ? ORDER BY ts LIMIT 50""",
                [subject_id]),
        }

    def link_value(self, a: str, b: str, kind: str, ref: str) -> str | None:
        """The value of the link between `a` and `b` of `kind` whose reference is `ref`: pages
        name a link by a digest of its value, so a masked page carries no personal data."""
        cur = self.cursor()
        cur.execute("SELECT value FROM links WHERE a = least(?, ?) AND b = greatest(?, ?) AND kind = ?",
                    [a, b, a, b, kind])
        return next((v for (v,) in cur.fetchall() if value_ref(v) == ref), None)

    def photo_path(self, subject_id: str) -> tuple[Path, str] | None:
        """(bundle folder, the photo's path in it) — opened through `bundle_paths` only."""
        cur = self.cursor()
        row = cur.execute("SELECT photo FROM subjects WHERE id = ?", [subject_id]).fetchone()
        bundle = dict(cur.execute("SELECT key, value FROM run_info").fetchall()).get("bundle")
        if not row or not row[0] or not bundle:
            return None
        return Path(bundle), row[0]


# Kinds whose "value" is a pair's similarity (two photos, two resumes), not a shared value:
# shown as one row per kind for the ring, with the range of similarities.
PAIRWISE_KINDS = ("PHOTO_REUSE", "RESUME_CLONE")


def _merge_pairwise(values: list[dict]) -> list[dict]:
    merged: dict[str, dict] = {}
    kept = []
    for v in values:
        if v["kind"] not in PAIRWISE_KINDS:
            kept.append(v)
            continue
        row = merged.setdefault(v["kind"], {**v, "holders": set(), "pairs": [], "n_sharing": 0})
        row["holders"].update(v["holders"])
        row["pairs"].append(v["value"])
        row["n_sharing"] = max(row["n_sharing"], v["n_sharing"] or 0)
        row["weight"] = max(row["weight"], v["weight"])
    for row in merged.values():
        numbers = sorted(float(x.split()[-1]) for x in row["pairs"] if x.split()[-1].replace(".", "", 1).isdigit())
        label = row["pairs"][0].rsplit(" ", 1)[0]
        span = (f"{numbers[0]:g}" if numbers[0] == numbers[-1] else f"{numbers[0]:g}-{numbers[-1]:g}") if numbers else ""
        row["value"] = f"{label} {span}".strip()
        row["holders"] = sorted(row["holders"])
        del row["pairs"]
        kept.append(row)
    return sorted(kept, key=lambda v: (-v["weight"], v["kind"], v["value"]))


def value_ref(value: str) -> str:
    return hashlib.sha256(str(value).encode()).hexdigest()[:20]
