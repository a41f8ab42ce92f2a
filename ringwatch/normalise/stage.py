"""The normalise stage: raw bundle tables -> `*_norm` tables with canonical keys (docs/TABLES.md).

Per-value work (email, phone, address, name, IP, URL) runs once per DISTINCT value through
`engine.map_distinct`, spread over the engine's workers; everything else is SQL joins.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pyarrow as pa

from ringwatch.contract import DUCKDB_TYPES, TABLES
from ringwatch.engines import Dialect, Engine
from ringwatch.normalise.address import normalise_addresses
from ringwatch.normalise.email import normalise_emails
from ringwatch.normalise.name import normalise_names
from ringwatch.normalise.network import classify_ips
from ringwatch.normalise.phone import carrier_line_types, normalise_phones
from ringwatch.normalise.url import normalise_urls

# Below this many values a batch runs in-process: shipping it to workers costs more than it saves.
PARALLEL_MIN_VALUES = 20_000
BATCH_SIZE = 200_000
# Joins a region to a phone number in one distinct value, so `map_distinct` sees the pair.
REGION_SEP = "\x1f"

_INTERMEDIATE = ("_norm_email", "_norm_phone", "_norm_line_type", "_norm_address", "_norm_name",
                 "_norm_ip", "_norm_url")


def phones_with_regions(values: Sequence[str]) -> pa.Table:
    """`normalise_phones` over `REGION + REGION_SEP + number` values (region may be empty)."""
    regions, numbers = [], []
    for value in values:
        region, _, number = value.partition(REGION_SEP)
        regions.append(region or None)
        numbers.append(number)
    return normalise_phones(numbers, regions)


def _source(engine: Engine, table: str) -> str:
    """A subquery over raw `table` with every contract column, NULL where the column or the
    whole (optional) table is missing, so the SQL below never depends on what was supplied."""
    spec = TABLES[table]
    present = set(engine.columns(table)) if engine.table_exists(table) else None
    columns = []
    for column in spec.columns:
        if present is not None and column.name in present:
            columns.append(f'"{column.name}"')
        else:
            columns.append(f'CAST(NULL AS {DUCKDB_TYPES[column.type]}) AS "{column.name}"')
    from_clause = f"FROM {table}" if present is not None else "WHERE false"
    return f"(SELECT {', '.join(columns)} {from_clause})"


def _region_sql(dialect: Dialect, country: str) -> str:
    code = f"upper(trim({country}))"
    two_letters = dialect.regexp_full_match(code, "'[A-Z]{2}'")
    return f"CASE WHEN {two_letters} THEN {code} ELSE '' END"


def _national_id_sql(cleaned: str) -> str:
    """National id key from an already cleaned (upper, no separators) column."""
    # Placeholders, not identifiers: too short, one repeated character, or a run like 123456789.
    return f"""CASE
        WHEN {cleaned} IS NULL OR length({cleaned}) < 4 THEN NULL
        WHEN replace({cleaned}, left({cleaned}, 1), '') = '' THEN NULL
        WHEN contains('01234567890123456789', {cleaned})
          OR contains('98765432109876543210', {cleaned}) THEN NULL
        ELSE {cleaned} END"""


# Login outcomes (contract version 2), as written by identity providers and by hand. A sign-in
# that failed, was denied or was interrupted for MFA is an attempt, not a login: the login-based
# indicators (hours, geography, travel, hosting share, shared login IP, devices) read only
# `outcome = 'success'`. Empty, and any value not listed here, is a success, as in version 1.
OUTCOME_SYNONYMS = {
    "failure": ("failure", "failed", "fail", "error", "invalid", "rate_limit"),
    "deny": ("deny", "denied", "block", "blocked", "locked", "disabled"),
    "challenge": ("challenge", "challenged", "mfa", "mfa_required", "interrupted", "unanswered"),
}


def _outcome_sql(column: str) -> str:
    value = f"lower(trim({column}))"
    cases = " ".join(f"WHEN {value} IN ({', '.join(repr(v) for v in values)}) THEN '{name}'"
                     for name, values in OUTCOME_SYNONYMS.items())
    return f"CASE {cases} ELSE 'success' END"


def _usb_id_sql(column: str) -> str:
    """A USB vendor/product id as 4 lower-case hex digits (`0x1D6B`, `1d6b`, `104` -> `0104`)."""
    digits = f"regexp_extract(lower(trim({column})), '^(?:0x)?([0-9a-f]{{1,4}})$', 1)"
    return f"nullif(lpad({digits}, 4, '0'), '0000')"


def _normalise_logins(engine: Engine, logins: str) -> None:
    """`logins_norm`: one row per sign-in with its outcome, and `hosting`/`provider` from the
    bundled IP ranges, from the source's own proxy/VPN flag (`source_proxy`) and from the
    ASN or network owner the source resolved (ringwatch/data/hosting_asns.csv). A sign-in
    through an employer's secure web gateway (ringwatch/data/secure_gateways.csv, by network
    owner) is no hosting/VPN login whatever the source flags: the gateway is the office's
    network, carried to wherever the person works."""
    from ringwatch.signals.indicators import hosting_asns, secure_gateways

    asns, owners = hosting_asns()
    engine.register("ref_hosting_asns", asns)
    engine.register("ref_hosting_owners", owners)
    engine.register("ref_secure_gateways", secure_gateways())
    # Owner names are matched once per distinct name, not once per sign-in.
    engine.create("_login_owners", f"""
        WITH names AS (SELECT DISTINCT lower(trim(network_owner)) AS owner FROM {logins}
                       WHERE network_owner IS NOT NULL AND trim(network_owner) <> '')
        SELECT n.owner, min(o.provider) AS provider, min(g.provider) AS gateway
        FROM names n
        LEFT JOIN ref_hosting_owners o ON regexp_matches(n.owner, o.pattern)
        LEFT JOIN ref_secure_gateways g ON regexp_matches(n.owner, g.pattern)
        GROUP BY n.owner HAVING min(o.provider) IS NOT NULL OR min(g.provider) IS NOT NULL""")
    asn = "nullif(ltrim(regexp_replace(lower(trim(l.asn)), '^as', ''), '0'), '')"
    proxy = "lower(trim(l.source_proxy)) IN ('true', '1', 'yes', 't')"
    engine.create("logins_norm", f"""
        WITH l AS (SELECT *, {asn} AS asn_key, {proxy} AS proxy_flag,
                          nullif(trim(network_owner), '') AS owner FROM {logins} AS l)
        SELECT l.subject_id, l.ts, ip.ip, ip.net,
               CASE WHEN ho.gateway IS NOT NULL THEN false
                    WHEN l.proxy_flag OR ha.provider IS NOT NULL OR ho.provider IS NOT NULL
                    THEN true ELSE ip.hosting END AS hosting,
               CASE WHEN ho.gateway IS NULL THEN
               coalesce(ip.provider, ha.provider, ho.provider,
                        CASE WHEN l.proxy_flag
                             THEN 'proxy/VPN per the source' || coalesce(' (' || l.owner || ')', '')
                        END) END AS provider,
               nullif(trim(l.device_id), '') AS device_id,
               nullif(upper(trim(l.country)), '') AS country, l.user_agent,
               {_outcome_sql('l.outcome')} AS outcome,
               CASE WHEN l.proxy_flag THEN true
                    WHEN lower(trim(l.source_proxy)) IN ('false', '0', 'no', 'f') THEN false
               END AS source_proxy,
               l.asn_key AS asn, l.owner AS network_owner
        FROM l
        LEFT JOIN _norm_ip AS ip ON ip.input = l.ip
        LEFT JOIN ref_hosting_asns AS ha ON ha.asn = l.asn_key
        LEFT JOIN _login_owners AS ho ON ho.owner = lower(l.owner)""")


def normalise_bundle(engine: Engine) -> None:
    """Build subjects_norm, subject_profiles, logins_norm, shipments_norm, payments_norm and
    endpoint_norm from the loaded raw tables."""
    subjects = _source(engine, "subjects")
    logins = _source(engine, "logins")
    shipments = _source(engine, "shipments")
    payments = _source(engine, "payments")
    endpoint = _source(engine, "endpoint")
    region = _region_sql(engine.dialect, "country")

    def run(name: str, query: str, fn: Callable[[Sequence], pa.Table]) -> None:
        # Plain batch functions: the engine decides where they run (its own workers).
        engine.map_distinct(name, query, fn, batch_size=BATCH_SIZE, min_parallel=PARALLEL_MIN_VALUES)

    run("_norm_email", f"SELECT email FROM {subjects} UNION ALL "
                       f"SELECT recovery_email FROM {subjects} UNION ALL "
                       f"SELECT registrant_email FROM {_source(engine, 'domains')}",
        normalise_emails)
    run("_norm_phone", f"SELECT {region} || '{REGION_SEP}' || phone FROM {subjects} UNION ALL "
                       f"SELECT {region} || '{REGION_SEP}' || recovery_phone FROM {subjects}",
        phones_with_regions)
    run("_norm_line_type", f"SELECT phone_line_type FROM {subjects} UNION ALL "
                           f"SELECT recovery_phone_line_type FROM {subjects}", carrier_line_types)
    run("_norm_address", f"SELECT address FROM {subjects} UNION ALL "
                         f"SELECT address FROM {shipments}", normalise_addresses)
    run("_norm_name", f"SELECT full_name FROM {subjects}", normalise_names)
    run("_norm_ip", f"SELECT signup_ip FROM {subjects} UNION ALL SELECT ip FROM {logins}",
        classify_ips)
    engine.create("_profile_urls", f"""
        SELECT DISTINCT id AS subject_id, trim(url) AS url
        FROM {subjects}, unnest(string_split(profiles, ';')) AS p(url)
        WHERE trim(url) <> ''""")
    run("_norm_url", "SELECT url FROM _profile_urls", normalise_urls)

    engine.create("subjects_norm", f"""
        SELECT s.id, s.kind,
               nullif(lower(trim(s.employer)), '') AS employer_key,
               nullif(upper(trim(s.country)), '') AS country,
               s.created_at, s.birth_date,
               e.key AS email_key, e.domain AS email_domain, e.free AS email_free,
               e.disposable AS email_disposable, e.local_shape AS email_local_shape,
               p.e164 AS phone_e164, p.region AS phone_region,
               -- the bundle's carrier lookup where it gives a known type, else the number's
               -- own metadata (which cannot tell a US VOIP number from a mobile one)
               coalesce(CASE WHEN p.e164 IS NOT NULL THEN lt.line_type END, p.line_type) AS phone_line_type,
               p.e164 IS NOT NULL AND lt.line_type IS NOT NULL AS phone_line_type_given,
               re.key AS recovery_email_key, re.domain AS recovery_email_domain,
               re.disposable AS recovery_email_disposable,
               rp.e164 AS recovery_phone_e164,
               coalesce(CASE WHEN rp.e164 IS NOT NULL THEN rlt.line_type END, rp.line_type)
                   AS recovery_phone_line_type,
               rp.e164 IS NOT NULL AND rlt.line_type IS NOT NULL AS recovery_phone_line_type_given,
               a.key AS address_key, a.block AS address_block, a.postcode AS address_postcode,
               a.locality AS address_locality,
               n.fold AS name_fold, n.key AS name_key,
               {_national_id_sql('s.national_id_clean')} AS national_id_key,
               ip.ip AS signup_ip, ip.net AS signup_net, ip.hosting AS signup_hosting,
               ip.provider AS signup_provider
        FROM (SELECT *, regexp_replace(upper(trim(national_id)), '[\\s.-]+', '', 'g')
                        AS national_id_clean FROM {subjects}) AS s
        LEFT JOIN _norm_email AS e ON e.input = s.email
        LEFT JOIN _norm_email AS re ON re.input = s.recovery_email
        LEFT JOIN _norm_phone AS p ON p.input = {_region_sql(engine.dialect, 's.country')} || '{REGION_SEP}' || s.phone
        LEFT JOIN _norm_phone AS rp
               ON rp.input = {_region_sql(engine.dialect, 's.country')} || '{REGION_SEP}' || s.recovery_phone
        LEFT JOIN _norm_line_type AS lt ON lt.input = s.phone_line_type
        LEFT JOIN _norm_line_type AS rlt ON rlt.input = s.recovery_phone_line_type
        LEFT JOIN _norm_address AS a ON a.input = s.address
        LEFT JOIN _norm_name AS n ON n.input = s.full_name
        LEFT JOIN _norm_ip AS ip ON ip.input = s.signup_ip""")

    engine.create("subject_profiles", """
        SELECT pu.subject_id, u.key AS url_key, u.site, u.handle
        FROM _profile_urls AS pu JOIN _norm_url AS u ON u.input = pu.url
        WHERE u.key IS NOT NULL""")

    _normalise_logins(engine, logins)

    engine.create("shipments_norm", f"""
        SELECT sh.subject_id, sh.ts, nullif(trim(sh.asset), '') AS asset,
               a.key AS address_key, a.block AS address_block, a.postcode AS address_postcode,
               a.locality AS address_locality,
               sh.address
        FROM {shipments} AS sh LEFT JOIN _norm_address AS a ON a.input = sh.address""")

    engine.create("payments_norm", f"""
        SELECT subject_id, ts, amount, nullif(upper(trim(currency)), '') AS currency,
               nullif(lower(trim(method)), '') AS method,
               nullif(lower(regexp_replace(destination, '[\\s-]+', '', 'g')), '') AS destination_key
        FROM {payments}""")

    engine.create("endpoint_norm", f"""
        SELECT subject_id, ts, nullif(trim(device_id), '') AS device_id,
               lower(trim(kind)) AS kind, value,
               nullif(lower(trim(value)), '') AS value_key,
               {_usb_id_sql('vendor_id')} AS vendor_id, {_usb_id_sql('product_id')} AS product_id,
               started_at
        FROM {endpoint}""")

    domains = _source(engine, "domains")
    engine.create("domains_norm", f"""
        SELECT nullif(lower(trim(d.domain)), '') AS domain, d.company, d.registered_at,
               e.key AS registrant_key, e.domain AS registrant_domain
        FROM {domains} AS d LEFT JOIN _norm_email AS e ON e.input = d.registrant_email""")

    # The domains a subject's own or recovery mailbox registered, with whether that mailbox is
    # on the domain itself (admin@firm.org registering firm.org, as a firm does; an operator's
    # gmail registers fronts). One equality join per mailbox: an IN over two columns is a
    # nested loop on Spark.
    engine.create("domain_registrants", """
        SELECT s.id AS subject_id, s.created_at, d.domain, d.registered_at,
               coalesce(d.registrant_domain = d.domain
                        OR right(d.registrant_domain, length(d.domain) + 1) = '.' || d.domain,
                        false) AS on_own_domain
        FROM (SELECT id, created_at, email_key AS mailbox FROM subjects_norm
              UNION ALL SELECT id, created_at, recovery_email_key FROM subjects_norm) s
        JOIN domains_norm d ON d.registrant_key = s.mailbox""")

    for name in (*_INTERMEDIATE, "_profile_urls", "_login_owners"):
        engine.sql(f"DROP TABLE IF EXISTS {name}")


# Values present in the bundle that no normaliser could read: each becomes a load warning that
# names the file, row and column, so a bad value is counted and shown, never silently ignored.
_UNREADABLE_VALUES = (
    ("email", "email_key", "invalid_email", "not a valid email address: {}"),
    ("recovery_email", "recovery_email_key", "invalid_email", "not a valid email address: {}"),
    ("phone", "phone_e164", "invalid_phone", "not a valid phone number for the claimed country: {}"),
    ("recovery_phone", "recovery_phone_e164", "invalid_phone",
     "not a valid phone number for the claimed country: {}"),
    ("signup_ip", "signup_ip", "invalid_ip", "not an IP address: {}"),
)


def report_unreadable_values(engine: Engine, load_report) -> int:
    """Record subjects' contact values the normalisers rejected as load warnings; returns how many."""
    from ringwatch.load import record_value_warnings

    total = 0
    for raw, normalised, code, message in _UNREADABLE_VALUES:
        if raw not in engine.columns("subjects"):
            continue
        total += record_value_warnings(engine, load_report, "subjects", raw, code, f"""
            SELECT s._row, s.{raw} AS value
            FROM subjects s JOIN subjects_norm n ON n.id = s.id
            WHERE s.{raw} IS NOT NULL AND trim(s.{raw}) <> '' AND n.{normalised} IS NULL
        """, message)
    return total
