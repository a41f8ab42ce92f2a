"""Link weights calibrated on the bundle in front of them.

A hand-set weight per kind of shared value cannot know that, in this population, families
share a recovery contact in pairs and threes while an operator's mailbox recovers twenty
accounts. So, as Splink estimates u-probabilities from the data, each kind of value is
calibrated on the bundle itself:

    tail(kind, n) = share of the people holding a value of that kind who are in a group of
                    n or more households sharing one value

is how often an honest population produces a group this large (fraud is a small minority of
any real population). Read as a Bayes factor against a fraud persona, who shares in such a
group about half the time, a group is worth

    calibration(kind, n) = clamp( ln(FRAUD_SHARE / tail) / ln(FULL_FACTOR), 0, 1 )

of the kind's prior weight (ringwatch/link/weights.py): a group shape that a tenth of the
population shows is worth little, one that 1 in 50 or fewer show is worth the full prior. Small
bundles say little about their own population, so the calibration is shrunk towards 1 (the
prior alone) until a kind has CALIBRATION_MIN_HOLDERS holders.

Creates `link_calibration(code, n, holders, tail, calibration)` for every (code, group size)
that a raw link needs.
"""

from __future__ import annotations

import math

from ringwatch.engines import Engine

FRAUD_SHARE = 0.5
FULL_FACTOR = 25.0
CALIBRATION_MIN_HOLDERS = 1000
# Kinds of value whose groups count an organisation's holders once (`_groups_sql`): the
# accounts an organisation pays for its people with.
ORG_COUNTED_KINDS = frozenset({"payout"})

# Which population a link code is calibrated on: the kind of value in `subject_keys`, or one
# of the media / login tables below. Both sides of a kind (own phone and recovery phone) are
# pooled, as `n_sharing` is.
CALIBRATION_KIND = {
    "SHARED_PHONE": "phone", "SHARED_RECOVERY_PHONE": "phone",
    "SHARED_EMAIL": "email", "SHARED_RECOVERY_EMAIL": "email",
    "IDENTITY_REUSE": "identity", "SHARED_NAME_DOB": "name_dob",
    "SHARED_ADDRESS": "address", "SHARED_SHIPPING_ADDRESS": "address",
    "SHARED_PAYOUT": "payout", "SHARED_DEVICE": "device", "SHARED_SIGNUP_IP": "signup_ip",
    "SHARED_PROFILE": "profile", "SHARED_LOGIN_IP": "login_ip",
    "PHOTO_REUSE": "photo", "RESUME_CLONE": "resume", "SHARED_NETWORK": "network",
}


# Who signed in from which IP, each pair once (`login_ips` in the calibration's SQL): the people
# counted per IP are the same, from a quarter of the rows (10.6M sign-ins at 1M subjects, 2.6M
# pairs; Spark counted distinct values over every sign-in, twice).
LOGIN_IPS_SQL = ("SELECT DISTINCT subject_id, ip FROM logins_norm "
                 "WHERE ip IS NOT NULL AND outcome = 'success'")


def calibration_sql(tail: str, holders: str) -> str:
    """SQL for the calibration of a group whose tail share and holder count are given."""
    raw = (f"greatest(0.0, least(1.0, ln({FRAUD_SHARE} / greatest({tail}, 1e-9)) "
           f"/ {math.log(FULL_FACTOR)}))")
    shrink = f"least(1.0, {holders} / {float(CALIBRATION_MIN_HOLDERS)})"
    return f"({shrink} * {raw} + (1 - {shrink}))"


def calibration_value(tail: float, holders: int) -> float:
    """The same function in Python (tests and the README's worked examples)."""
    raw = max(0.0, min(1.0, math.log(FRAUD_SHARE / max(tail, 1e-9)) / math.log(FULL_FACTOR)))
    shrink = min(1.0, holders / CALIBRATION_MIN_HOLDERS)
    return shrink * raw + (1 - shrink)


def _groups_sql(engine: Engine) -> str:
    """(kind, value, n, persons): every shared or unshared value with its number of distinct
    households (n: what the group size is read as) and of people in it. A household is
    counted once: a couple's joint account or a family computer is one household's value,
    and what households share among themselves context explains apart (x CONTEXT_DISCOUNT);
    counting them here as well would make every pair look ordinary. So is an organisation
    for a payout account that is its own (`value_orgs`): the holders who belong to it count
    as one (a firm's card paying for its staff's seats, a payroll account), or a population
    where firms pay for their people prices a mule's card paying four strangers as ordinary.
    Only payouts (ORG_COUNTED_KINDS): the organisations a bundle cannot name share places
    (networks, addresses, sign-up IPs) as much as those it can, and counting the named ones
    once made the rest look rare (across 28 worlds, honest subjects at high tripled in some)."""
    household = "coalesce(h.household_id, p.person_id)"
    join_households = "LEFT JOIN households h ON h.person_id = p.person_id" \
        if engine.table_exists("households") else \
        "LEFT JOIN (SELECT NULL::VARCHAR AS person_id, NULL::VARCHAR AS household_id) h ON false"
    unit, join_orgs = household, ""
    if engine.table_exists("value_orgs") and engine.table_exists("org_keys"):
        unit = f"coalesce('org ' || ok.org, {household})"
        join_orgs = f"""
        LEFT JOIN value_orgs vo ON vo.value = k.value AND NOT vo.bundle_wide
                               AND k.kind IN ({", ".join(f"'{kind}'" for kind in sorted(ORG_COUNTED_KINDS))})
        LEFT JOIN org_keys ok ON ok.subject_id = k.subject_id AND ok.org = vo.org"""
    parts = [f"""
        SELECT k.kind, k.value, count(DISTINCT {unit}), count(DISTINCT p.person_id)
        FROM subject_keys k JOIN persons p ON p.subject_id = k.subject_id {join_households}
        {join_orgs}
        -- a domain's registrant is a value its company's people have, not one they give
        WHERE k.field <> 'registrant'
        GROUP BY k.kind, k.value"""]
    if engine.table_exists("logins_norm"):
        parts.append(f"""
            SELECT 'login_ip', l.ip, count(DISTINCT {household}), count(DISTINCT p.person_id)
            FROM login_ips l JOIN persons p ON p.subject_id = l.subject_id {join_households}
            GROUP BY l.ip""")
    for kind, clusters in (("photo", "photo_pairs_clusters"), ("resume", "resume_pairs_clusters")):
        if engine.table_exists(clusters):
            parts.append(f"""
                SELECT '{kind}', c.component, count(DISTINCT {household}), count(DISTINCT p.person_id)
                FROM {clusters} c JOIN persons p ON p.subject_id = c.node {join_households}
                GROUP BY c.component""")
    return " UNION ALL ".join(f"SELECT * FROM ({p})" for p in parts)


def _holders_sql(engine: Engine) -> str:
    """(kind, holders): distinct people holding at least one value of each kind."""
    parts = ["""SELECT kind, count(DISTINCT person_id) FROM subject_keys WHERE field <> 'registrant'
                GROUP BY kind"""]
    if engine.table_exists("logins_norm"):
        parts.append(f"""
            SELECT 'login_ip', count(DISTINCT p.person_id)
            FROM login_ips l JOIN persons p ON p.subject_id = l.subject_id""")
    for kind, column in (("photo", "photo"), ("resume", "resume")):
        parts.append(f"""
            SELECT '{kind}', count(DISTINCT p.person_id)
            FROM subjects s JOIN persons p ON p.subject_id = s.id WHERE s.{column} IS NOT NULL""")
    return " UNION ALL ".join(f"SELECT * FROM ({p})" for p in parts)


def _code_kinds_sql() -> str:
    rows = ", ".join(f"('{code}', '{kind}')" for code, kind in CALIBRATION_KIND.items())
    return f"(VALUES {rows}) AS ck(code, cal_kind)"


def calibrate_links(engine: Engine, raw_links: str) -> None:
    """Create `link_calibration(code, n, holders, tail, calibration)` for the group sizes
    the links in `raw_links` carry. Codes without a population (BURST_PEER) calibrate to 1."""
    login_ips = f"login_ips AS ({LOGIN_IPS_SQL})," if engine.table_exists("logins_norm") else ""
    engine.create("link_calibration", f"""
        WITH {login_ips}
        groups AS (SELECT * FROM ({_groups_sql(engine)}) AS g(kind, value, n, persons)),
        holders AS (SELECT * FROM ({_holders_sql(engine)}) AS h(kind, holders)),
        sizes AS (
            SELECT kind, n, sum(persons) AS persons FROM groups WHERE n >= 2 GROUP BY kind, n
        ), needed AS (
            SELECT DISTINCT r.kind AS code, ck.cal_kind, r.n_sharing AS n
            FROM {raw_links} r LEFT JOIN {_code_kinds_sql()} ON ck.code = r.kind
        ), tails AS (
            SELECT nd.code, nd.n, any_value(coalesce(h.holders, 0)) AS holders,
                   least(1.0, coalesce(sum(s.persons), 0) / greatest(any_value(h.holders), 1))
                       AS tail
            FROM needed nd
            LEFT JOIN holders h ON h.kind = nd.cal_kind
            LEFT JOIN sizes s ON s.kind = nd.cal_kind AND s.n >= nd.n
            GROUP BY nd.code, nd.n
        )
        SELECT code, CAST(n AS INTEGER) AS n, CAST(holders AS BIGINT) AS holders, tail,
               {calibration_sql('tail', 'holders')} AS calibration
        FROM tails
    """)
