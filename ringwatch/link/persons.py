"""Person resolution: subject rows that are one honest person, not several personas.

The same person applying to four employers appears as four rows with the same name and the
same email or phone. Those rows share everything, and counting that as evidence would flag
every repeat applicant. Rows are the same person when their names match (exactly after
normalisation, or Jaro-Winkler >= 0.92) AND they share an email, phone or national id, AND
their birth dates and home addresses do not conflict. A persona ring uses different names,
or one stolen name at different addresses, so it never merges.

Creates `persons(subject_id, person_id)`; person_id is the smallest subject id of the group.
"""

from __future__ import annotations

from ringwatch.graph import components
from ringwatch.link.fuzzy import join_near_addresses

NAME_SIMILARITY = 0.92

_SAME_PERSON_SQL = f"""
    WITH s AS (
        SELECT n.id, n.name_key, n.email_key, n.phone_e164, n.national_id_key, n.birth_date,
               c.canonical AS home
        FROM subjects_norm n LEFT JOIN address_canon c ON c.address_key = n.address_key
        WHERE n.name_key IS NOT NULL
    ), shared AS (
        SELECT a.id AS a, b.id AS b FROM s a JOIN s b ON a.email_key = b.email_key AND a.id < b.id
        UNION
        SELECT a.id, b.id FROM s a JOIN s b ON a.phone_e164 = b.phone_e164 AND a.id < b.id
        UNION
        SELECT a.id, b.id FROM s a JOIN s b ON a.national_id_key = b.national_id_key AND a.id < b.id
    )
    SELECT p.a, p.b FROM shared p
    JOIN s a ON a.id = p.a
    JOIN s b ON b.id = p.b
    {join_near_addresses('near', 'a.home', 'b.home')}
    WHERE (a.name_key = b.name_key OR jaro_winkler_similarity(a.name_key, b.name_key) >= {NAME_SIMILARITY})
      AND (a.birth_date IS NULL OR b.birth_date IS NULL OR a.birth_date = b.birth_date)
      -- one person has one home: the same name and phone at two different addresses is a
      -- stolen identity run from two places, not one applicant applying twice
      AND (a.home IS NULL OR b.home IS NULL OR a.home = b.home OR near.a IS NOT NULL)
"""


def resolve_persons(engine) -> None:
    engine.create("same_person_pairs", _SAME_PERSON_SQL)
    components(engine, "_persons", "SELECT id FROM subjects_norm", "SELECT a, b FROM same_person_pairs")
    engine.create("persons", "SELECT node AS subject_id, component AS person_id FROM _persons")
    engine.sql("DROP TABLE IF EXISTS _persons")
