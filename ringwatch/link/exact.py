"""Links from shared normalised values: blocking by exact key, weighted by rarity.

All values a subject gives are first laid out in one long table
`subject_keys(subject_id, person_id, kind, field, value)`. Grouping it by (kind, value)
is the blocking step: only people in the same group are ever compared, so the work grows with
the number of shared values, not with the square of the population. Each group's size in
distinct people sets the weight (ringwatch/link/weights.py), and groups too common to matter
produce no pairs at all.
"""

from __future__ import annotations

from ringwatch.engines import Engine
from ringwatch.link.fuzzy import join_near_addresses
from ringwatch.link.weights import RARITY, max_useful_group, weight_sql
from ringwatch.normalise.url import PROFILE_PATTERNS

# Which link code a shared value gives, by kind of value, and for three kinds by the fields it
# came from on each side (a recovery phone shared by two accounts reads differently from a
# shared main phone; an address one of them had equipment shipped to is a shipping address).
_BASE_CODES = {
    "phone": "SHARED_PHONE", "email": "SHARED_EMAIL", "identity": "IDENTITY_REUSE",
    "address": "SHARED_ADDRESS", "payout": "SHARED_PAYOUT", "device": "SHARED_DEVICE",
    "signup_ip": "SHARED_SIGNUP_IP", "profile": "SHARED_PROFILE", "network": "SHARED_NETWORK",
}
# kind -> (field, whether both sides must have come from it (else either), the code then)
_FIELD_CODES = {
    "phone": ("recovery", True, "SHARED_RECOVERY_PHONE"),
    "email": ("recovery", True, "SHARED_RECOVERY_EMAIL"),
    "address": ("ship", False, "SHARED_SHIPPING_ADDRESS"),
}


def link_code(kind: str, field_a: str, field_b: str) -> str | None:
    """The link code of a value of `kind` shared from `field_a` on one side and `field_b` on
    the other (None for a kind that links nobody); `_CODE_SQL` is the same rule in SQL."""
    if kind in _FIELD_CODES:
        field, both, code = _FIELD_CODES[kind]
        if (field_a == field and field_b == field) if both else field in (field_a, field_b):
            return code
    return _BASE_CODES.get(kind)


def _code_sql() -> str:
    cases = []
    for kind, base in _BASE_CODES.items():
        if kind in _FIELD_CODES:
            field, both, code = _FIELD_CODES[kind]
            test = (f"field_a = '{field}' AND field_b = '{field}'" if both
                    else f"field_a = '{field}' OR field_b = '{field}'")
            cases.append(f"WHEN '{kind}' THEN CASE WHEN {test} THEN '{code}' ELSE '{base}' END")
        else:
            cases.append(f"WHEN '{kind}' THEN '{base}'")
    return "CASE kind " + " ".join(cases) + " END"


_CODE_SQL = _code_sql()

# The group size at which a kind stops producing pairs; kinds that map to two codes use the
# larger of the two.
_KIND_CODES = {kind: (base, *([_FIELD_CODES[kind][2]] if kind in _FIELD_CODES else []))
               for kind, base in _BASE_CODES.items()}

# A MAC address, `:`- or `-`-separated (lower-cased before the match).
_MAC_RE = "^([0-9a-f]{2}[:-]){5}[0-9a-f]{2}$"


# Sites where a profile URL names a person only through its handle (see PROFILE_PATTERNS).
_PROFILE_SITES = ", ".join(f"'{site}'" for site in sorted(PROFILE_PATTERNS))

# A public /24 more people than this sign in from is a carrier's NAT pool, a campus or a large
# office: a network name seen behind it ties nobody (a laptop farm runs a few dozen machines).
NETWORK_NET_MAX_USERS = 100
# A network that carries under PASSING_SHARE of a machine's telemetry snapshots (of at least
# PASSING_MIN_SNAPSHOTS) is one it passed through: a hotel's, a café's, a coworking space's
# day pass. It ties its user to nobody. A laptop in a farm sits on the farm's network (in the
# worlds measured, no pair of personas linked through a network on which either machine spent
# less than half its snapshots), an office's or a home's machine on its own; a digital nomad's
# laptop spends a month on each of a dozen (world 39: 31,000 pairs of honest people through
# coworking Wi-Fi; 53,000 honest pairs in all worlds, and 35 honest-persona pairs).
PASSING_SHARE = 1 / 3
PASSING_MIN_SNAPSHOTS = 4

def build_subject_keys(engine: Engine) -> None:
    """Lay out every linkable value of every subject in `subject_keys`."""
    engine.create("subject_keys", f"""
        WITH network_rows AS (
            SELECT subject_id, device_id, value, value_key, kind,
                   regexp_matches(value_key, '{_MAC_RE}') AS is_mac
            FROM endpoint_norm
            WHERE value_key IS NOT NULL AND kind IN ('network', 'gateway_mac')
        ), networks AS (
            -- a router (its MAC) or a Wi-Fi/local network's name, per snapshot row
            SELECT subject_id, device_id, value,
                   CASE WHEN is_mac THEN 'gateway_mac' ELSE 'network_name' END AS field,
                   CASE WHEN is_mac THEN replace(value_key, '-', ':') ELSE value_key END AS network
            FROM network_rows
            WHERE kind = 'network' OR is_mac
        ), sat_on AS (
            -- the networks each machine sits on, not those it passes through (PASSING_SHARE)
            SELECT subject_id, field, value, network FROM (
                SELECT subject_id, field, value, network,
                       count(*) OVER (PARTITION BY subject_id, device_id, field, network) AS on_it,
                       count(*) OVER (PARTITION BY subject_id, device_id, field) AS snapshots
                FROM networks)
            WHERE snapshots < {PASSING_MIN_SNAPSHOTS} OR on_it >= {PASSING_SHARE:.4f} * snapshots
        ), k AS (
            SELECT id AS subject_id, 'phone' AS kind, 'phone' AS field, phone_e164 AS value
              FROM subjects_norm
            UNION ALL SELECT id, 'phone', 'recovery', recovery_phone_e164 FROM subjects_norm
            UNION ALL SELECT id, 'email', 'email', email_key FROM subjects_norm
            UNION ALL SELECT id, 'email', 'recovery', recovery_email_key FROM subjects_norm
            -- who registered the domain of the subject's email (a recruiting company's
            -- look-alike domain registered with a ring's mailbox): linked to whoever gives that
            -- mailbox as their own or recovery email, never registrant to registrant (all of
            -- one company's people share its registrant)
            UNION ALL SELECT s.id, 'email', 'registrant', d.registrant_key
              FROM subjects_norm s JOIN domains_norm d ON d.domain = s.email_domain
              WHERE d.registrant_key IS NOT NULL AND d.registrant_key <> coalesce(s.email_key, '')
            -- one identity (name and birth date and/or national id, matched by Splink in
            -- ringwatch/link/persons.py) presented by several people
            UNION ALL SELECT subject_id, 'identity', 'identity', identity_id FROM identity_clusters
            UNION ALL SELECT s.id, 'address', 'home', c.canonical
              FROM subjects_norm s JOIN address_canon c ON c.address_key = s.address_key
            -- Only shipments to somewhere other than the subject's own claimed home count.
            UNION ALL SELECT sh.subject_id, 'address', 'ship', c.canonical
              FROM shipments_norm sh
              JOIN address_canon c ON c.address_key = sh.address_key
              LEFT JOIN subjects_norm s ON s.id = sh.subject_id
              LEFT JOIN address_canon hc ON hc.address_key = s.address_key
              {join_near_addresses('near', 'c.canonical', 'hc.canonical')}
              WHERE (hc.canonical IS NULL OR hc.canonical <> c.canonical) AND near.a IS NULL
            UNION ALL SELECT DISTINCT subject_id, 'payout', 'payout', destination_key FROM payments_norm
            -- (each value once per subject before the join with persons: a subject's
            -- sign-ins, snapshots and payouts repeat it, 16M rows at 1M subjects, each moved
            -- across a cluster to meet its person otherwise)
            UNION ALL SELECT DISTINCT subject_id, 'device', 'device', device_id FROM logins_norm
              WHERE outcome = 'success'
            UNION ALL SELECT DISTINCT subject_id, 'device', 'device', device_id FROM endpoint_norm
            -- The network a work machine sits on: its default gateway's MAC (one router), or
            -- a Wi-Fi/local network name together with the public /24 or /48 the subject signs
            -- in from (a name alone, `NETGEAR42`, is shared by strangers everywhere; so is a
            -- name behind a carrier's NAT pool or a campus network that hundreds of people
            -- use). Local addresses (osquery's interface_addresses) are no network of their own.
            UNION ALL SELECT DISTINCT subject_id, 'network', 'gateway_mac', network
              FROM sat_on
              WHERE field = 'gateway_mac'
                AND network NOT IN ('00:00:00:00:00:00', 'ff:ff:ff:ff:ff:ff')
            UNION ALL SELECT n.subject_id, 'network', 'network_name', n.value || ' via ' || l.net
              FROM (SELECT DISTINCT subject_id, value FROM sat_on
                    WHERE field = 'network_name' AND NOT regexp_matches(network, '^[0-9a-f.:/%]+$')) n
              JOIN (SELECT DISTINCT subject_id, net FROM logins_norm
                    WHERE outcome = 'success' AND net IS NOT NULL AND NOT coalesce(hosting, false)
                      AND net IN (SELECT net FROM logins_norm WHERE outcome = 'success'
                                  GROUP BY net HAVING count(DISTINCT subject_id) <= {NETWORK_NET_MAX_USERS})
                   ) l ON l.subject_id = n.subject_id
            UNION ALL SELECT id, 'signup_ip', 'signup_ip', signup_ip FROM subjects_norm
            -- On a profile site only a person's own page is a profile: a company, school or
            -- organisation page (linkedin.com/company/acme) is listed by all its people.
            UNION ALL SELECT subject_id, 'profile', 'profile', coalesce(handle, url_key)
              FROM subject_profiles
              WHERE handle IS NOT NULL OR site NOT IN ({_PROFILE_SITES})
        )
        SELECT DISTINCT k.subject_id, p.person_id, k.kind, k.field, k.value
        FROM k JOIN persons p ON p.subject_id = k.subject_id
        WHERE k.value IS NOT NULL AND k.value <> ''
    """)


def group_limits() -> dict[str, int]:
    """Per kind of value, the largest group of people whose shared value still links them."""
    return {kind: max(max_useful_group(code) for code in codes) for kind, codes in _KIND_CODES.items()}


def group_limits_sql() -> str:
    """`group_limits()` as a VALUES table `lim(kind, max_n)`."""
    rows = ", ".join(f"('{kind}', {max_n})" for kind, max_n in group_limits().items())
    return f"(VALUES {rows}) AS lim(kind, max_n)"


def exact_links_sql() -> str:
    """Pairs of subjects (of different people) sharing a value, with the value's group size."""
    return f"""
        WITH sized AS (
            SELECT kind, value, count(DISTINCT person_id) AS n_sharing
            FROM subject_keys GROUP BY kind, value HAVING count(DISTINCT person_id) >= 2
        ), usable AS (
            SELECT s.* FROM sized s JOIN {group_limits_sql()} ON lim.kind = s.kind
            WHERE s.n_sharing <= lim.max_n
        ), members AS (
            SELECT k.subject_id, k.person_id, k.kind, k.field, k.value, u.n_sharing
            FROM subject_keys k JOIN usable u ON u.kind = k.kind AND u.value = k.value
        ), pairs AS (
            SELECT a.subject_id AS a, b.subject_id AS b, a.kind, a.value, a.n_sharing,
                   a.field AS field_a, b.field AS field_b
            FROM members a JOIN members b
              ON a.kind = b.kind AND a.value = b.value
             AND a.subject_id < b.subject_id AND a.person_id <> b.person_id
             AND NOT (a.field = 'registrant' AND b.field = 'registrant')
        ), consistent AS (
            -- Two people with one name and birth date but different national ids are two
            -- real people who happen to share them, not one identity reused (an identity
            -- cluster can join them through a third row without a national id).
            SELECT p.* FROM pairs p
            LEFT JOIN subjects_norm sa ON p.kind = 'identity' AND sa.id = p.a
            LEFT JOIN subjects_norm sb ON p.kind = 'identity' AND sb.id = p.b
            WHERE p.kind <> 'identity' OR sa.national_id_key IS NULL
               OR sb.national_id_key IS NULL
               OR damerau_levenshtein(sa.national_id_key, sb.national_id_key) <= 2
        ), coded AS (
            SELECT a, b, {_CODE_SQL} AS code, value, n_sharing,
                   kind || ': ' || field_a || ' = ' || field_b AS detail
            FROM consistent
        )
        SELECT a, b, code AS kind, value, CAST(n_sharing AS INTEGER) AS n_sharing,
               {weight_sql('code', 'n_sharing')} AS weight, detail
        FROM coded
    """


def login_ip_links_sql() -> str:
    """Pairs that logged in from the same IP on the same day.

    The group size is the number of people seen on that IP over the whole period, so an
    office egress IP (hundreds of people) weighs next to nothing while a facilitator's home
    IP used by a dozen personas weighs as much as this weak signal can.
    """
    max_n = max_useful_group("SHARED_LOGIN_IP")
    return f"""
        WITH seen AS (
            -- (each subject's IP and day once before the join with persons: a cluster moves
            -- the distinct days, not every sign-in)
            SELECT l.subject_id, p.person_id, l.ip, l.day
            FROM (SELECT DISTINCT subject_id, ip, CAST(ts AS DATE) AS day FROM logins_norm
                  WHERE ip IS NOT NULL AND ts IS NOT NULL AND outcome = 'success') l
            JOIN persons p ON p.subject_id = l.subject_id
        ), sized AS (
            SELECT ip, count(DISTINCT person_id) AS n_sharing FROM seen GROUP BY ip
            HAVING count(DISTINCT person_id) BETWEEN 2 AND {max_n}
        ), members AS (
            SELECT s.*, z.n_sharing FROM seen s JOIN sized z ON z.ip = s.ip
        )
        SELECT a.subject_id AS a, b.subject_id AS b, 'SHARED_LOGIN_IP' AS kind, a.ip AS value,
               CAST(any_value(a.n_sharing) AS INTEGER) AS n_sharing,
               {weight_sql("'SHARED_LOGIN_IP'", 'any_value(a.n_sharing)')} AS weight,
               'same day on ' || count(DISTINCT a.day) || ' day(s)' AS detail
        FROM members a JOIN members b
          ON a.ip = b.ip AND a.day = b.day
         AND a.subject_id < b.subject_id AND a.person_id <> b.person_id
        GROUP BY a.subject_id, b.subject_id, a.ip
    """


def near_duplicate_links_sql(pairs_table: str, code: str, score_column: str, label: str) -> str:
    """Links from a near-duplicate pair table (resumes, photos), sized by cluster.

    The group size of a near-duplicate is the number of people in its cluster (connected
    pairs), so a resume template that hundreds of people filled in weighs little.
    """
    assert code in RARITY
    return f"""
        SELECT p.a, p.b, '{code}' AS kind,
               '{label} ' || CAST(round(p.{score_column}, 2) AS VARCHAR) AS value,
               CAST(c.n_sharing AS INTEGER) AS n_sharing,
               {weight_sql(f"'{code}'", 'c.n_sharing')} AS weight,
               '{label} ' || CAST(round(p.{score_column}, 2) AS VARCHAR) AS detail
        FROM {pairs_table} p
        JOIN persons pa ON pa.subject_id = p.a
        JOIN persons pb ON pb.subject_id = p.b
        JOIN {pairs_table}_clusters m ON m.node = p.a
        JOIN (SELECT component, count(DISTINCT persons.person_id) AS n_sharing
              FROM {pairs_table}_clusters JOIN persons ON persons.subject_id = node
              GROUP BY component) c ON c.component = m.component
        WHERE pa.person_id <> pb.person_id
    """


__all__ = ["build_subject_keys", "exact_links_sql", "group_limits", "group_limits_sql", "login_ip_links_sql", "near_duplicate_links_sql"]
