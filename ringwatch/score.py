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

Corroboration: high needs evidence that no single honest explanation (ringwatch/explanations.py)
covers; otherwise an UNCORROBORATED contribution of negative evidence caps the score just below
high and says why, so the contributions still add up to the score.

Fairness: no contribution is derived from a name, nationality or claimed country by itself
(see ringwatch/signals/compute.py).
"""

from __future__ import annotations

from ringwatch.engines import Engine
from ringwatch.explanations import (IDENTITY_LINKS, MACHINE_STORY, ONE_IDENTITY,
                                    signal_explanations_table, sql_in)
from ringwatch.link.context import CONTEXT_DISCOUNT
from ringwatch.link.persons import victim_tie_sql

THRESHOLD_HIGH = 0.80
THRESHOLD_MEDIUM = 0.50
# A ring member inherits this share of the strongest *other* member's own-indicator score.
RING_PULL = 0.5
RING_PULL_FULL_LINK = 0.6
# Only a member whose own indicators reach this (two moderate ones, or one strong one such as
# an IP-KVM) pulls the others: one night-owl login pattern is no reason to suspect a family.
RING_PULL_MIN_OWN = 0.5
# Corroboration: a contribution this strong is an item of evidence. High needs two or more
# items that no single honest explanation covers (ringwatch/explanations.py); otherwise the
# score is capped just below high, a review case, by an UNCORROBORATED contribution.
CORROBORATION_MIN = 0.2
# ... and what the explanation covering the most of the evidence leaves unexplained must still
# score this much on its own (two moderate indicators, or one strong): a family whose child
# keeps late hours is one honest story plus one weak oddity, not corroboration.
CORROBORATION_RESIDUAL = 0.5
UNCORROBORATED_CAP = 0.79

# Evidence units of a weight; the clamp keeps a weight of 1.0 finite.
_EVIDENCE = "(-ln(1 - least({w}, 0.999)))"


def _evidence(column: str) -> str:
    return _EVIDENCE.format(w=column)


def _level(score: str) -> str:
    """SQL: the level of a score under the documented thresholds."""
    return (f"CASE WHEN {score} >= {THRESHOLD_HIGH} THEN 'high' "
            f"WHEN {score} >= {THRESHOLD_MEDIUM} THEN 'medium' ELSE 'low' END")


def _victim_notes(engine: Engine) -> str:
    """Weight-0 LIKELY_VICTIM rows: why a holder of a reused identity is not scored for it."""
    if not engine.table_exists("identity_victims"):
        return ""
    return """
        UNION ALL
        SELECT DISTINCT p.person_id, 'note' AS source, 'LIKELY_VICTIM' AS code, 0.0 AS weight,
               'likely victim of identity reuse (' || v.reason || '); the identity''s other '
               || 'holders carry IDENTITY_REUSE' AS detail, NULL AS other_subject,
               NULL AS explained_by, NULL AS value
        FROM identity_victims v JOIN persons p ON p.subject_id = v.subject_id
    """


def _person_contributions(engine: Engine) -> None:
    # Within a group of indicators that observe one fact, only the strongest counts; the
    # others stay in the explanation with weight 0.
    engine.create("person_signal_contrib", """
        WITH per_code AS (
            SELECT p.person_id, s.code, any_value(s.signal_group) AS signal_group,
                   max(s.weight) AS weight, first(s.detail ORDER BY s.weight DESC, s.detail) AS detail
            FROM signals s JOIN persons p ON p.subject_id = s.subject_id
            -- a burst of one or two persons' rows is none (`person_bursts`)
            WHERE s.code <> 'BURST_SIGNUP'
               OR s.subject_id IN (SELECT subject_id FROM person_bursts)
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
    engine.create("person_link_contrib", f"""
        WITH ends AS (
            SELECT a AS subject_id, b AS other, kind, value, n_sharing, weight, detail, explained_by
            FROM links
            UNION ALL
            SELECT b, a, kind, value, n_sharing, weight, detail, explained_by FROM links
        )
        , ranked AS (
            -- the person's strongest link of each kind that is an item of its own stands
            -- for it, else its strongest: a face shared with a second identity goes before
            -- the person's own identity's face seen again (ONE_IDENTITY, one item with
            -- IDENTITY_REUSE); ties broken by the other subject, the value and the person's
            -- own row (two rows of one person can tie with one other subject), so the same
            -- bundle always gives the same reasons
            SELECT p.person_id, e.*, row_number() OVER (
                       PARTITION BY p.person_id, e.kind
                       ORDER BY {_one_identity_sql('e.explained_by')} OR e.weight < {CORROBORATION_MIN},
                                e.weight DESC, e.other, e.value, e.subject_id,
                                e.explained_by NULLS LAST) AS rank
            FROM ends e JOIN persons p ON p.subject_id = e.subject_id
            -- the likely victim of a reused identity carries none of it (LIKELY_VICTIM note)
            WHERE NOT {victim_tie_sql(engine, 'e.kind', 'e.subject_id')}
        )
        SELECT person_id, 'link' AS source, kind AS code, weight,
               'shares ' || value || ' with ' || other || ' (' || CAST(n_sharing AS VARCHAR)
               || ' people share it; ' || detail || ')' AS detail,
               other AS other_subject, explained_by, value
        FROM ranked WHERE rank = 1
    """)
    # Equipment shipped to an address the person's colleagues share (the office), or to a
    # place in the postal area of the person's own home, is what employers do: the indicator
    # weighs what the shared-address link between colleagues does.
    engine.create("person_signal_contrib", f"""
        WITH office AS (
            SELECT p.person_id FROM workplace_shipments w JOIN persons p ON p.subject_id = w.subject_id
            UNION
            SELECT p.person_id FROM local_shipments l JOIN persons p ON p.subject_id = l.subject_id
        )
        SELECT c.person_id, c.source, c.code,
               CASE WHEN o.person_id IS NOT NULL THEN c.weight * {CONTEXT_DISCOUNT} ELSE c.weight END
                   AS weight,
               CASE WHEN o.person_id IS NOT NULL
                    THEN c.detail || ' (an office colleagues share, or near home: x {CONTEXT_DISCOUNT})'
                    ELSE c.detail END AS detail,
               c.other_subject
        FROM person_signal_contrib c
        LEFT JOIN office o ON o.person_id = c.person_id AND c.code = 'SHIP_TO_OTHER_ADDRESS'
    """)
    engine.create("person_own_score", f"""
        SELECT person_id, 1 - exp(-sum({_evidence('weight')} ORDER BY weight, code)) AS own_score
        FROM person_signal_contrib GROUP BY person_id
    """)


def _score_rings(engine: Engine) -> None:
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
                   string_agg(kind, ';' ORDER BY weight DESC, kind) AS kinds
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


def _ring_pull(engine: Engine) -> None:
    """RING_MEMBER contributions: half the strongest other member's own-indicator score,
    scaled by how firmly the member is tied into the ring (its strongest link inside it,
    full at RING_PULL_FULL_LINK): a person attached only through a value that many share (a
    payroll agency's account) is barely pulled."""
    engine.create("person_ring_contrib", f"""
        WITH members AS (
            SELECT DISTINCT m.ring_id, p.person_id
            FROM ring_members m JOIN persons p ON p.subject_id = m.subject_id
        ), own AS (
            SELECT m.ring_id, m.person_id, coalesce(o.own_score, 0) AS own_score
            FROM members m LEFT JOIN person_own_score o ON o.person_id = m.person_id
        ), tie AS (
            SELECT ma.ring_id, pa.person_id, max(l.weight) AS tie
            FROM (SELECT a AS s, b AS o, weight FROM links UNION ALL SELECT b, a, weight FROM links) l
            JOIN ring_members ma ON ma.subject_id = l.s
            JOIN ring_members mb ON mb.subject_id = l.o AND mb.ring_id = ma.ring_id
            JOIN persons pa ON pa.subject_id = l.s
            GROUP BY ma.ring_id, pa.person_id
        ), best_other AS (
            SELECT a.ring_id, a.person_id, max(b.own_score) AS pull_from,
                   first(b.person_id ORDER BY b.own_score DESC, b.person_id) AS from_person
            FROM own a JOIN own b ON a.ring_id = b.ring_id AND a.person_id <> b.person_id
            WHERE b.own_score >= {RING_PULL_MIN_OWN}
            GROUP BY a.ring_id, a.person_id
        )
        SELECT b.person_id, 'ring' AS source, 'RING_MEMBER' AS code,
               {RING_PULL} * b.pull_from * least(1.0, coalesce(t.tie, 0) / {RING_PULL_FULL_LINK}) AS weight,
               'ring ' || b.ring_id || ': strongest other member ' || b.from_person ||
               ' has own-indicator score ' || CAST(round(b.pull_from, 2) AS VARCHAR) ||
               '; tied in by a link of weight ' || CAST(round(coalesce(t.tie, 0), 2) AS VARCHAR)
               AS detail,
               b.from_person AS other_subject
        FROM best_other b LEFT JOIN tie t ON t.ring_id = b.ring_id AND t.person_id = b.person_id
        WHERE b.pull_from > 0
    """)


# Indicators that observe one fact with a link: equipment shipped to an address that is not
# the person's home (SHIP_TO_OTHER_ADDRESS) is the same shipment that puts them at an address
# others share (SHARED_SHIPPING_ADDRESS). For corroboration they are one item, the stronger.
SAME_FACT = {"SHIP_TO_OTHER_ADDRESS": "SHARED_SHIPPING_ADDRESS"}
# One shared phone or email is one item however it is shared: a number that is one
# account's own phone and twenty others' recovery phone is one value.
SAME_VALUE_LINKS = {"SHARED_PHONE": "phone", "SHARED_RECOVERY_PHONE": "phone",
                    "SHARED_EMAIL": "email", "SHARED_RECOVERY_EMAIL": "email"}
# A machine people share stands in one place: its network and the address it signs in from
# are shared by whoever uses it (a cyber café's PC, an operator's team machine). Where a
# person shares a device, sharing the network or login IP as well is the same place seen
# twice, one item with the device; without a shared device they stay items of their own.
DEVICE_PLACE_LINKS = frozenset({"SHARED_NETWORK", "SHARED_LOGIN_IP"})


def _link_fact_sql(kind: str, value: str, explained_by: str) -> str:
    """The item a link counts as: its contact value for phones and emails, the identity for
    the face or resume of one identity presented twice (IDENTITY_LINKS), else its kind."""
    cases = " ".join(f"WHEN '{k}' THEN '{v} ' || {value}" for k, v in sorted(SAME_VALUE_LINKS.items()))
    return (f"CASE WHEN {kind} IN ({sql_in(IDENTITY_LINKS)}) "
            f"AND {_one_identity_sql(explained_by)} THEN 'IDENTITY_REUSE' "
            f"ELSE CASE {kind} {cases} ELSE {kind} END END")


def _one_identity_sql(explained_by: str) -> str:
    """Whether a link is marked as one identity presented twice (ringwatch/link/stage.py)."""
    return f"contains(coalesce({explained_by}, ''), '{ONE_IDENTITY}')"


def _explanations_sql(explained_by: str) -> str:
    """One row per explanation recorded on a link (NULL where none); the one-identity mark
    is no explanation, it says which item the link is (`_link_fact_sql`)."""
    return (f"nullif(nullif(unnest(string_split(coalesce({explained_by}, ''), ';')), ''), "
            f"'{ONE_IDENTITY}')")


def _fact_sql(code: str) -> str:
    cases = " ".join(f"WHEN '{a}' THEN '{b}'" for a, b in sorted(SAME_FACT.items()))
    return f"CASE {code} {cases} ELSE {code} END"


def _corroborated_sql(items: str, machine_story: bool = False) -> str:
    """SQL over `items(owner, code, weight, explanation)` (one row per item and explanation
    covering it; explanation NULL where none does): `(owner, items, covered_by, residual,
    corroborated)`. Codes that observe one fact (SAME_FACT) are one item, the strongest.
    `covered_by` is the explanation covering the most evidence, `residual` the score of what
    it leaves unexplained; corroborated with two or more items and a residual of at least
    CORROBORATION_RESIDUAL. The network and login IP of an owner who shares a device are
    one item with it (DEVICE_PLACE_LINKS).

    With `machine_story`, a shared device that no explanation covers is a story of its own
    (MACHINE_STORY: someone who signs in for others from their own machine), set aside like
    an explanation, except for an owner a corroborated ring pulls in (a RING_MEMBER item)."""
    machine = f""", machine AS (
            -- someone else's machine: a shared device no context explains, for an owner
            -- whose other evidence is not a corroborated ring's pull
            SELECT f.owner, '{MACHINE_STORY}' AS explanation, {_evidence('max(f.weight)')} AS ev
            FROM facts f
            LEFT JOIN (SELECT DISTINCT owner FROM facts WHERE fact = 'RING_MEMBER') r
              ON r.owner = f.owner
            WHERE f.fact = 'SHARED_DEVICE' AND r.owner IS NULL
            GROUP BY f.owner HAVING count(f.explanation) = 0
        )""" if machine_story else ""
    stories = "SELECT owner, explanation, ev FROM covered" + (
        " UNION ALL SELECT owner, explanation, ev FROM machine" if machine_story else "")
    return f"""
        WITH device_sharers AS (
            SELECT DISTINCT owner FROM {items} WHERE code = 'SHARED_DEVICE'
        ), facts AS (
            SELECT i.owner,
                   CASE WHEN d.owner IS NOT NULL AND i.code IN ({sql_in(DEVICE_PLACE_LINKS)})
                        THEN 'SHARED_DEVICE' ELSE {_fact_sql('i.code')} END AS fact,
                   i.weight, i.explanation
            FROM {items} i LEFT JOIN device_sharers d ON d.owner = i.owner
        ), per_item AS (
            SELECT owner, fact, max(weight) AS weight FROM facts GROUP BY owner, fact
        ), totals AS (
            SELECT owner, count(*) AS items, sum({_evidence('weight')} ORDER BY fact) AS ev
            FROM per_item GROUP BY owner
        ), covered AS (
            SELECT owner, explanation, sum({_evidence('weight')} ORDER BY fact) AS ev
            FROM (SELECT owner, fact, explanation, max(weight) AS weight FROM facts
                  WHERE explanation IS NOT NULL GROUP BY owner, fact, explanation)
            GROUP BY owner, explanation
        ){machine}, best AS (
            SELECT owner, first(explanation ORDER BY ev DESC, explanation) AS explanation, max(ev) AS ev
            FROM ({stories}) AS s GROUP BY owner
        )
        SELECT t.owner, t.items, b.explanation AS covered_by,
               1 - exp(-(t.ev - coalesce(b.ev, 0))) AS residual,
               t.items >= 2 AND 1 - exp(-(t.ev - coalesce(b.ev, 0))) >= {CORROBORATION_RESIDUAL}
                   AS corroborated
        FROM totals t LEFT JOIN best b ON b.owner = t.owner
    """


def _corroboration(engine: Engine) -> None:
    """`person_corroboration(person_id, items, covered_by, residual, corroborated)` and
    `ring_corroboration(owner, items, covered_by, residual, corroborated)`.

    An item is a counted contribution of at least CORROBORATION_MIN. Per-subject indicators
    are covered by the explanations listed for them (ringwatch/explanations.py), links by the
    context recorded on them (`links.explained_by`); a ring's pull and any evidence no
    explanation lists are covered by none. A person is corroborated with two or more items
    of which the explanation covering the most leaves at least CORROBORATION_RESIDUAL
    unexplained. Codes that observe one fact (SAME_FACT) are one item, and so is one phone or
    email however it is shared (SAME_VALUE_LINKS).

    A ring is judged the same way from each of its members in turn, on the strongest link of
    each kind that ties the member into it and, as one more item, what the ring's median
    member shows of its own (personas each with a trait of their own): corroborated when some
    member is. A chain of pairs that each share one thing (a couple's computer, then one of
    them shipping to an agency office) is not. Its pull (RING_MEMBER) is an item of a member
    only when the ring is corroborated: a group held together by one shared value lends its
    members nothing more. A ring lends its members no links either: one honest pair sharing
    an email inside a group that used one resume template must not corroborate the whole
    group.
    """
    engine.register("ref_signal_explanations", signal_explanations_table())
    engine.create("_ring_items", f"""
        WITH inside AS (
            -- every link inside a ring, seen from each of its two members
            SELECT ma.ring_id, e.member, {_link_fact_sql('l.kind', 'l.value', 'l.explained_by')} AS kind, l.weight,
                   l.explained_by
            FROM links l
            JOIN ring_members ma ON ma.subject_id = l.a
            JOIN ring_members mb ON mb.subject_id = l.b AND mb.ring_id = ma.ring_id,
            unnest([l.a, l.b]) AS e(member)
        ), strongest AS (
            SELECT ring_id, member, kind, max(weight) AS weight,
                   first(explained_by ORDER BY weight DESC, explained_by) AS explained_by
            FROM inside WHERE weight >= {CORROBORATION_MIN} GROUP BY ring_id, member, kind
        ), members_own AS (
            -- what most members show of their own (the median member's `person_traits`,
            -- its own indicators without those that observe the links' own facts: a
            -- shipment elsewhere): personas each carrying a trait of their own are more than
            -- one shared value, while an office or agency group is mostly people with
            -- nothing of their own
            SELECT m.ring_id, median(t.traits) AS weight
            FROM (SELECT DISTINCT m.ring_id, p.person_id FROM ring_members m
                  JOIN persons p ON p.subject_id = m.subject_id) m
            JOIN person_traits t ON t.person_id = m.person_id
            GROUP BY m.ring_id
        )
        -- judged from each member in turn: a ring is more than a chain of pairs that each
        -- share one thing when some member is tied into it by independent kinds of evidence
        SELECT ring_id || ' ' || member AS owner, kind AS code, weight,
               {_explanations_sql('explained_by')} AS explanation
        FROM strongest
        UNION ALL
        SELECT o.ring_id || ' ' || m.subject_id, 'MEMBERS_OWN_INDICATORS', o.weight, NULL
        FROM members_own o JOIN ring_members m ON m.ring_id = o.ring_id
        WHERE o.weight >= {CORROBORATION_MIN}
    """)
    engine.create("ring_corroboration", f"""
        SELECT split_part(owner, ' ', 1) AS owner, max(items) AS items,
               first(covered_by ORDER BY corroborated DESC, residual DESC, owner) AS covered_by,
               max(residual) AS residual, bool_or(corroborated) AS corroborated
        FROM ({_corroborated_sql("_ring_items")})
        GROUP BY split_part(owner, ' ', 1)
    """)
    # A ring's pull is an item of its members only where the ring's own links corroborate
    # it: a group held together by one shared value lends its members nothing more.
    engine.create("_person_items", f"""
        WITH corroborated_rings AS (
            SELECT DISTINCT p.person_id FROM ring_corroboration r
            JOIN ring_members m ON m.ring_id = r.owner
            JOIN persons p ON p.subject_id = m.subject_id
            WHERE r.corroborated
        ), items AS (
            SELECT c.person_id, c.source, c.code, c.weight, c.explained_by, c.value FROM _all_contrib c
            -- a join, not IN (SELECT ...) under OR: a nested loop on Spark
            LEFT JOIN corroborated_rings r ON r.person_id = c.person_id
            WHERE c.weight >= {CORROBORATION_MIN} AND (c.source <> 'ring' OR r.person_id IS NOT NULL)
        ), covers AS (
            -- the covers of each person's signals, less a cover the person's other evidence
            -- contradicts (ringwatch/explanations.py); a join of its own, not a NOT EXISTS in
            -- the join condition, which Spark cannot plan
            SELECT s.person_id, s.code, e.explanation
            FROM (SELECT DISTINCT person_id, code FROM items WHERE source = 'signal') s
            JOIN ref_signal_explanations e ON e.code = s.code
            WHERE NOT EXISTS (SELECT 1 FROM items v WHERE v.person_id = s.person_id AND v.code = e.unless)
        )
        SELECT i.person_id AS owner, i.code, i.weight, e.explanation
        FROM items i LEFT JOIN covers e
          ON i.source = 'signal' AND e.person_id = i.person_id AND e.code = i.code
        WHERE i.source <> 'link'
        UNION ALL
        SELECT person_id, {_link_fact_sql('code', 'value', 'explained_by')}, weight,
               {_explanations_sql('explained_by')}
        FROM items WHERE source = 'link'
    """)
    engine.create("person_corroboration", f"""
        SELECT owner AS person_id, items, covered_by, residual, corroborated
        FROM ({_corroborated_sql("_person_items", machine_story=True)})
    """)
    for scratch in ("_person_items", "_ring_items"):
        engine.sql(f"DROP TABLE IF EXISTS {scratch}")


def _cap_rings(engine: Engine) -> None:
    """A ring that is not corroborated itself and has no corroborated member is a review
    case: capped like a subject."""
    engine.create("_rings_capped", f"""
        WITH corroborated AS (
            SELECT DISTINCT m.ring_id FROM ring_members m
            JOIN persons p ON p.subject_id = m.subject_id
            JOIN person_corroboration c ON c.person_id = p.person_id AND c.corroborated
            UNION
            SELECT owner FROM ring_corroboration WHERE corroborated
        )
        SELECT r.ring_id,
               CASE WHEN c.ring_id IS NULL THEN least(r.score, {UNCORROBORATED_CAP})
                    ELSE r.score END AS score,
               {_level("CASE WHEN c.ring_id IS NULL THEN least(r.score, " + str(UNCORROBORATED_CAP) + ") ELSE r.score END")} AS level,
               r.size, r.kinds, r.reasons, r.grp
        FROM rings r LEFT JOIN corroborated c ON c.ring_id = r.ring_id
    """)
    engine.create("rings", "SELECT * FROM _rings_capped")
    engine.sql("DROP TABLE IF EXISTS _rings_capped")


def _cap_sql() -> str:
    """UNCORROBORATED rows: the negative evidence that brings an uncorroborated person's
    score down to UNCORROBORATED_CAP, with the reason."""
    cap_evidence = _evidence(str(UNCORROBORATED_CAP))
    return f"""
        WITH totals AS (
            SELECT person_id, sum({_evidence('weight')} ORDER BY weight, code) AS ev
            FROM _all_contrib GROUP BY person_id
        )
        SELECT t.person_id, 'cap' AS source, 'UNCORROBORATED' AS code,
               1 - exp(-({cap_evidence} - t.ev)) AS weight,
               CASE WHEN coalesce(c.items, 0) < 2
                    THEN 'one kind of evidence only'
                    WHEN c.residual < {CORROBORATION_RESIDUAL}
                    THEN CASE WHEN c.covered_by = '{MACHINE_STORY}'
                              THEN 'the evidence is mostly a machine others also sign in from, '
                                   || 'which nothing explains ({MACHINE_STORY}: a coach, a '
                                   || 'bookkeeper, a recruiting desk - or an operator)'
                              ELSE 'the evidence mostly fits one honest explanation ('
                                   || c.covered_by || ')' END
                         || '; what it leaves scores only ' || CAST(round(c.residual, 2) AS VARCHAR)
                    ELSE 'not corroborated' END
               || '; capped at {UNCORROBORATED_CAP} for review' AS detail,
               NULL AS other_subject, NULL AS explained_by
        FROM totals t LEFT JOIN person_corroboration c ON c.person_id = t.person_id
        WHERE t.ev > {cap_evidence} AND NOT coalesce(c.corroborated, false)
    """


def score_all(engine: Engine) -> None:
    """Create `contributions`, `scores`, `rings` and `ring_members`."""
    _person_contributions(engine)
    _score_rings(engine)
    _ring_pull(engine)
    for scratch in ("_ring_kinds", "_ring_own", "_ring_scored", "_ring_member_signals"):
        engine.sql(f"DROP TABLE IF EXISTS {scratch}")
    engine.create("_all_contrib", f"""
        SELECT person_id, source, code, weight, detail, other_subject,
               CAST(NULL AS VARCHAR) AS explained_by, CAST(NULL AS VARCHAR) AS value
        FROM person_signal_contrib
        UNION ALL SELECT person_id, source, code, weight, detail, other_subject, explained_by, value
        FROM person_link_contrib
        UNION ALL SELECT person_id, source, code, weight, detail, other_subject,
               CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR) FROM person_ring_contrib
        {_victim_notes(engine)}
    """)
    _corroboration(engine)
    _cap_rings(engine)
    engine.create("contributions", f"""
        SELECT p.subject_id, c.source, c.code, c.weight, {_evidence('c.weight')} AS evidence,
               c.detail, c.other_subject
        FROM (SELECT person_id, source, code, weight, detail, other_subject FROM _all_contrib
              UNION ALL
              SELECT person_id, source, code, weight, detail, other_subject FROM ({_cap_sql()})) c
        JOIN persons p ON p.person_id = c.person_id
        WHERE c.weight > 0 OR c.source IN ('signal', 'cap', 'note')
    """)
    engine.sql("DROP TABLE IF EXISTS _all_contrib")
    engine.create("scores", f"""
        WITH totals AS (
            SELECT subject_id, sum(evidence ORDER BY evidence, code) AS evidence,
                   string_agg(code, ';' ORDER BY evidence DESC, code)
                       FILTER (WHERE weight <> 0 OR source = 'signal') AS reasons
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
    _prune_peripheral_members(engine)


def _columns_replacing(engine: Engine, table: str, alias: str, replaced: dict[str, str]) -> str:
    """The select list of every column of `table` (read as `alias`), in order, with some
    computed anew: DuckDB's `alias.* REPLACE (...)`, which other engines lack."""
    return ", ".join(f"{replaced[c]} AS {c}" if c in replaced else f"{alias}.{c}"
                     for c in engine.columns(table))


def _prune_peripheral_members(engine: Engine) -> None:
    """Drop from rings the low-scoring members tied in only through a value a large group
    shares for an ordinary reason (a payroll agency's account, a default avatar): the ring's
    strong links still hold its personas together, but fifty honest contractors paid by one
    agency are not members of the ring one of them touches. Ring sizes follow."""
    large = "regexp_matches(coalesce(l.explained_by, ''), 'agency|common_artefact')"
    engine.create("_peripheral", f"""
        WITH ties AS (
            SELECT m.ring_id, m.subject_id, bool_or(NOT {large}) AS other_tie
            FROM ring_members m
            JOIN (SELECT a AS s, b AS o, weight, explained_by FROM links
                  UNION ALL SELECT b, a, weight, explained_by FROM links) l ON l.s = m.subject_id
            JOIN ring_members o ON o.subject_id = l.o AND o.ring_id = m.ring_id
            GROUP BY m.ring_id, m.subject_id
        )
        SELECT t.ring_id, t.subject_id FROM ties t
        JOIN scores s ON s.subject_id = t.subject_id
        WHERE s.level = 'low' AND NOT t.other_tie
    """)
    if not engine.count("_peripheral"):
        engine.sql("DROP TABLE _peripheral")
        return
    drop_peripheral_members(engine)


def drop_peripheral_members(engine: Engine) -> None:
    """Remove the members listed in `_peripheral(ring_id, subject_id)` from their rings, and
    the rest of a ring left with one person; ring sizes and scores' ring ids follow."""
    # a ring left with one person is no ring
    engine.sql("""
        INSERT INTO _peripheral
        SELECT m.ring_id, m.subject_id FROM ring_members m
        WHERE m.ring_id IN (
            SELECT k.ring_id FROM ring_members k JOIN persons p ON p.subject_id = k.subject_id
            WHERE NOT EXISTS (SELECT 1 FROM _peripheral x
                              WHERE x.ring_id = k.ring_id AND x.subject_id = k.subject_id)
            GROUP BY k.ring_id HAVING count(DISTINCT p.person_id) < 2)
          AND NOT EXISTS (SELECT 1 FROM _peripheral x
                          WHERE x.ring_id = m.ring_id AND x.subject_id = m.subject_id)
    """)
    engine.create("ring_members", """
        SELECT m.* FROM ring_members m
        WHERE NOT EXISTS (SELECT 1 FROM _peripheral p
                          WHERE p.ring_id = m.ring_id AND p.subject_id = m.subject_id)
    """)
    engine.create("rings", f"""
        SELECT {_columns_replacing(engine, 'rings', 'r', {'size': 'CAST(n.size AS INTEGER)'})}
        FROM rings r JOIN (SELECT ring_id, count(*) AS size FROM ring_members GROUP BY ring_id) n
          ON n.ring_id = r.ring_id
    """)
    ring_id = "CASE WHEN p.subject_id IS NULL THEN s.ring_id END"
    engine.create("scores", f"""
        SELECT {_columns_replacing(engine, 'scores', 's', {'ring_id': ring_id})}
        FROM scores s LEFT JOIN _peripheral p ON p.subject_id = s.subject_id
    """)
    engine.sql("DROP TABLE _peripheral")
