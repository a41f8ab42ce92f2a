"""Write the contract's outputs atomically: a file appears whole or not at all.

Each output is written to a hidden temporary file in the same folder and renamed over the
final name only when complete (os.replace is atomic on one filesystem), so a crash or a bad
bundle never leaves a half-written file, and the previous scan's outputs survive a failed one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path



@contextlib.contextmanager
def atomic_path(final: Path) -> Iterator[Path]:
    """Yield a temporary path next to `final`; rename it over `final` if the block succeeds."""
    final.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".tmp", dir=final.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()  # writers (DuckDB COPY, sqlite-style databases) want to create the file
    try:
        yield tmp
        os.replace(tmp, final)
    finally:
        for leftover in (tmp, Path(str(tmp) + ".wal")):
            if leftover.exists():
                leftover.unlink()


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def write_subjects_csv(engine, path: Path) -> None:
    """subjects.csv: every input subject, in input order, with the contract's five columns,
    then `person` (contract extension): the resolved person the row belongs to."""
    with atomic_path(path) as tmp:
        engine.sql(f"""
            COPY (
                SELECT s.id, round(sc.score, 4) AS score, sc.level, coalesce(sc.ring_id, '') AS ring,
                       sc.reasons, coalesce(p.person_id, s.id) AS person
                FROM subjects s JOIN scores sc ON sc.subject_id = s.id
                LEFT JOIN persons p ON p.subject_id = s.id
                ORDER BY s._row
            ) TO '{_sql_path(tmp)}' (HEADER, DELIMITER ',')
        """)


def write_rings_jsonl(engine, path: Path) -> None:
    """rings.jsonl: one object per ring with its members and the links that hold it together."""
    with atomic_path(path) as tmp:
        engine.sql(f"""
            COPY (
                WITH members AS (
                    SELECT m.ring_id, list(m.subject_id ORDER BY m.subject_id) AS members
                    FROM ring_members m GROUP BY m.ring_id
                ), ring_links AS (
                    SELECT ma.ring_id,
                           list(struct_pack(a := l.a, b := l.b, kind := l.kind, value := l.value,
                                            shared_by := l.n_sharing, weight := round(l.weight, 4))
                                ORDER BY l.weight DESC, l.a, l.b, l.kind) AS links
                    FROM links l
                    JOIN ring_members ma ON ma.subject_id = l.a
                    JOIN ring_members mb ON mb.subject_id = l.b AND mb.ring_id = ma.ring_id
                    GROUP BY ma.ring_id
                )
                SELECT r.ring_id AS id, round(r.score, 4) AS score, r.level, r.size,
                       string_split(r.kinds, ';') AS kinds, m.members,
                       coalesce(l.links, []) AS links
                FROM rings r JOIN members m ON m.ring_id = r.ring_id
                LEFT JOIN ring_links l ON l.ring_id = r.ring_id
                ORDER BY r.score DESC, r.ring_id
            ) TO '{_sql_path(tmp)}' (FORMAT json)
        """)
