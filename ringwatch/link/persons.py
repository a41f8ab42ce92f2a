"""Person resolution: subject rows that are one honest person, not several personas.

The same person applying to four employers appears as four rows with the same name and the
same email or phone. Those rows share everything, and counting that as evidence would flag
every repeat applicant. Rows are the same person when their names match (exactly after
normalisation, or Jaro-Winkler >= 0.92) AND they share an email, phone or national id, AND
their birth dates do not conflict. A persona ring uses different names, so it never merges.

Creates `persons(subject_id, person_id)`; person_id is the smallest subject id of the group.
"""

from __future__ import annotations

from ringwatch.graph import components

NAME_SIMILARITY = 0.92

_SAME_PERSON_SQL = f"""
    WITH s AS (
        SELECT id, name_key, email_key, phone_e164, national_id_key, birth_date
        FROM subjects_norm WHERE name_key IS NOT NULL
    ), shared AS (
        SELECT a.id AS a, b.id AS b, a.name_key AS na, b.name_key AS nb,
               a.birth_date AS da, b.birth_date AS db
        FROM s a JOIN s b ON a.email_key = b.email_key AND a.id < b.id
        UNION ALL
        SELECT a.id, b.id, a.name_key, b.name_key, a.birth_date, b.birth_date
        FROM s a JOIN s b ON a.phone_e164 = b.phone_e164 AND a.id < b.id
        UNION ALL
        SELECT a.id, b.id, a.name_key, b.name_key, a.birth_date, b.birth_date
        FROM s a JOIN s b ON a.national_id_key = b.national_id_key AND a.id < b.id
    )
    SELECT DISTINCT a, b FROM shared
    WHERE (na = nb OR jaro_winkler_similarity(na, nb) >= {NAME_SIMILARITY})
      AND (da IS NULL OR db IS NULL OR da = db)
"""


def resolve_persons(engine) -> None:
    engine.create("same_person_pairs", _SAME_PERSON_SQL)
    components(engine, "_persons", "SELECT id FROM subjects_norm", "SELECT a, b FROM same_person_pairs")
    engine.create("persons", "SELECT node AS subject_id, component AS person_id FROM _persons")
    engine.sql("DROP TABLE IF EXISTS _persons")
