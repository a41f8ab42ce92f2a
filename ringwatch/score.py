"""Explainable scores for subjects and rings.

Every contribution has a weight w in [0, 1) - a signal's weight, the strongest link of one
kind, or the ring's pull - and its evidence is -ln(1 - w). A score is
    score = 1 - exp(-sum(evidence)) = 1 - prod(1 - w),
so contributions add up in evidence units and the `contributions` table *is* the
explanation: nothing else moves a score.

Evidence is gathered per person (rows that person resolution found to be one person share it),
so a persona that applied to two employers carries the same evidence on both rows. Each kind
of link counts once per person, at its strongest, so forty links through one wallet are one
piece of evidence, not forty.

Fairness: no contribution is derived from a name, nationality or claimed country by itself
(see ringwatch/signals/compute.py).
"""

from __future__ import annotations

THRESHOLD_HIGH = 0.80
THRESHOLD_MEDIUM = 0.50
# A ring member inherits this share of the strongest *other* member's own-indicator score.
RING_PULL = 0.5

# Evidence units of a weight; the clamp keeps a weight of 1.0 finite.
_EVIDENCE = "(-ln(1 - least({w}, 0.999)))"


def _evidence(column: str) -> str:
    return _EVIDENCE.format(w=column)


def _level(score: str) -> str:
    """SQL: the level of a score under the documented thresholds."""
    return (f"CASE WHEN {score} >= {THRESHOLD_HIGH} THEN 'high' "
            f"WHEN {score} >= {THRESHOLD_MEDIUM} THEN 'medium' ELSE 'low' END")


def _person_contributions(engine) -> None:
    # Within a group of indicators that observe one fact, only the strongest counts; the
    # others stay in the explanation with weight 0.
    engine.create("person_signal_contrib", """
        WITH per_code AS (
            SELECT p.person_id, s.code, any_value(s.signal_group) AS signal_group,
                   max(s.weight) AS weight, arg_max(s.detail, s.weight) AS detail
            FROM signals s JOIN persons p ON p.subject_id = s.subject_id
            GROUP BY p.person_id, s.code
        ), ranked AS (
            SELECT *, row_number() OVER (PARTITION BY person_id, signal_group
                                         ORDER BY weight DESC, code) AS rank_in_group,
                   first_value(code) OVER (PARTITION BY person_id, signal_group
                                           ORDER BY weight DESC, code) AS counted_code
            FROM per_code
        )
        SELECT person_id, 'signal' AS source, code,
               CASE WHEN rank_in_group = 1 THEN weight ELSE 0.0 END AS weight,
               CASE WHEN rank_in_group = 1 THEN detail
                    ELSE detail || ' (not counted: same fact as ' || counted_code || ')' END AS detail,
               CAST(NULL AS VARCHAR) AS other_subject
        FROM ranked
    """)
    engine.create("person_link_contrib", """
        WITH ends AS (
            SELECT a AS subject_id, b AS other, kind, value, n_sharing, weight, detail FROM links
            UNION ALL
            SELECT b, a, kind, value, n_sharing, weight, detail FROM links
        )
        SELECT p.person_id, 'link' AS source, e.kind AS code, max(e.weight) AS weight,
               arg_max('shares ' || e.value || ' with ' || e.other || ' (' ||
                       CAST(e.n_sharing AS VARCHAR) || ' people share it; ' || e.detail || ')',
                       e.weight) AS detail,
               arg_max(e.other, e.weight) AS other_subject
        FROM ends e JOIN persons p ON p.subject_id = e.subject_id
        GROUP BY p.person_id, e.kind
    """)
    engine.create("person_own_score", f"""
        SELECT person_id, 1 - exp(-sum({_evidence('weight')})) AS own_score
        FROM person_signal_contrib GROUP BY person_id
    """)


def _score_rings(engine) -> None:
    """Create `rings` and `ring_members` from `ring_candidates`."""
    engine.create("_ring_kinds", """
        SELECT ca.grp, l.kind, max(l.weight) AS weight
        FROM links l
        JOIN ring_candidates ca ON ca.subject_id = l.a
        JOIN ring_candidates cb ON cb.subject_id = l.b AND cb.grp = ca.grp
        GROUP BY ca.grp, l.kind
    """)
    engine.create("_ring_own", """
        SELECT c.grp, p.person_id, max(coalesce(o.own_score, 0)) AS own_score
        FROM ring_candidates c JOIN persons p ON p.subject_id = c.subject_id
        LEFT JOIN person_own_score o ON o.person_id = p.person_id
        GROUP BY c.grp, p.person_id
    """)
    engine.create("_ring_scored", f"""
        WITH link_ev AS (
            SELECT grp, sum({_evidence('weight')}) AS ev,
                   string_agg(kind, ';' ORDER BY weight DESC) AS kinds
            FROM _ring_kinds GROUP BY grp
        ), own_ev AS (
            SELECT grp, {_evidence(f'{RING_PULL} * max(own_score)')} AS ev FROM _ring_own GROUP BY grp
        ), sizes AS (
            SELECT grp, count(*) AS size FROM ring_candidates GROUP BY grp
        )
        SELECT s.grp, 'R-' || substr(md5(s.grp), 1, 10) AS ring_id, s.size,
               1 - exp(-(coalesce(l.ev, 0) + coalesce(o.ev, 0))) AS score,
               coalesce(l.kinds, '') AS kinds
        FROM sizes s LEFT JOIN link_ev l ON l.grp = s.grp LEFT JOIN own_ev o ON o.grp = s.grp
    """)
    # A ring's reasons: what holds it together, then its members' most common own indicators.
    engine.create("_ring_member_signals", """
        SELECT c.grp, s.code, count(DISTINCT p.person_id) AS members
        FROM ring_candidates c JOIN persons p ON p.subject_id = c.subject_id
        JOIN person_signal_contrib s ON s.person_id = p.person_id
        GROUP BY c.grp, s.code
    """)
    engine.create("rings", f"""
        WITH member_reasons AS (
            SELECT grp, string_agg(code, ';' ORDER BY members DESC, code) AS codes
            FROM _ring_member_signals GROUP BY grp
        )
        SELECT r.ring_id, r.score,
               {_level('r.score')} AS level,
               CAST(r.size AS INTEGER) AS size, r.kinds,
               concat_ws(';', nullif(r.kinds, ''), m.codes) AS reasons, r.grp
        FROM _ring_scored r LEFT JOIN member_reasons m ON m.grp = r.grp
        WHERE r.score >= {THRESHOLD_MEDIUM}
    """)
    engine.create("ring_members", """
        SELECT r.ring_id, c.subject_id FROM rings r JOIN ring_candidates c ON c.grp = r.grp
    """)


def _ring_pull(engine) -> None:
    """RING_MEMBER contributions: half the strongest other member's own-indicator score."""
    engine.create("person_ring_contrib", f"""
        WITH members AS (
            SELECT DISTINCT m.ring_id, p.person_id
            FROM ring_members m JOIN persons p ON p.subject_id = m.subject_id
        ), own AS (
            SELECT m.ring_id, m.person_id, coalesce(o.own_score, 0) AS own_score
            FROM members m LEFT JOIN person_own_score o ON o.person_id = m.person_id
        ), best_other AS (
            SELECT a.ring_id, a.person_id, max(b.own_score) AS pull_from,
                   arg_max(b.person_id, b.own_score) AS from_person
            FROM own a JOIN own b ON a.ring_id = b.ring_id AND a.person_id <> b.person_id
            GROUP BY a.ring_id, a.person_id
        )
        SELECT person_id, 'ring' AS source, 'RING_MEMBER' AS code,
               {RING_PULL} * pull_from AS weight,
               'ring ' || ring_id || ': strongest other member ' || from_person ||
               ' has own-indicator score ' || CAST(round(pull_from, 2) AS VARCHAR) AS detail,
               from_person AS other_subject
        FROM best_other WHERE pull_from > 0
    """)


def score_all(engine) -> None:
    """Create `contributions`, `scores`, `rings` and `ring_members`."""
    _person_contributions(engine)
    _score_rings(engine)
    _ring_pull(engine)
    for scratch in ("_ring_kinds", "_ring_own", "_ring_scored", "_ring_member_signals"):
        engine.sql(f"DROP TABLE IF EXISTS {scratch}")
    engine.create("contributions", f"""
        SELECT p.subject_id, c.source, c.code, c.weight, {_evidence('c.weight')} AS evidence,
               c.detail, c.other_subject
        FROM (SELECT * FROM person_signal_contrib UNION ALL SELECT * FROM person_link_contrib
              UNION ALL SELECT * FROM person_ring_contrib) c
        JOIN persons p ON p.person_id = c.person_id
        WHERE c.weight > 0 OR c.source = 'signal'
    """)
    engine.create("scores", f"""
        WITH totals AS (
            SELECT subject_id, sum(evidence) AS evidence,
                   string_agg(code, ';' ORDER BY evidence DESC, code) AS reasons
            FROM contributions GROUP BY subject_id
        ), scored AS (
            SELECT s.id AS subject_id, 1 - exp(-coalesce(t.evidence, 0)) AS score,
                   coalesce(t.reasons, '') AS reasons
            FROM subjects s LEFT JOIN totals t ON t.subject_id = s.id
        )
        SELECT sc.subject_id, sc.score,
               {_level('sc.score')} AS level,
               m.ring_id, sc.reasons
        FROM scored sc LEFT JOIN ring_members m ON m.subject_id = sc.subject_id
    """)
