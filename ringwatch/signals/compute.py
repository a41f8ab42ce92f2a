"""Per-subject indicators, one SQL query each.

Every query returns `(subject_id, detail)`: the subject the indicator fired for and the values
behind it, written for a person to check. The queries read only the normalised tables
(docs/TABLES.md) and a few reference tables this module registers, so they run unchanged on
any engine that speaks ANSI-ish SQL.

Fairness: no query reads a name, and the claimed country is only ever compared with something
the subject's own machine or logins reported (time zone, keyboard, login geography) - never
used as evidence on its own.
"""

from __future__ import annotations

from ringwatch.engines import Engine
from ringwatch.geo import countries_table, zone_offsets_batch
from ringwatch.link.fuzzy import join_near_addresses
from ringwatch.link.weights import max_useful_group
from ringwatch.signals.indicators import (dprk_networks, ip_kvm_strings, ip_kvm_usb_ids,
                                          remote_tool_patterns)
from ringwatch.signals.registry import BY_CODE

# Thresholds named once, so the README and the SQL cannot drift apart.
HOSTING_LOGIN_SHARE = 0.5
UTC9_MIN_LOGINS = 4
UTC9_MIN_CONCENTRATION = 0.4
# Mid-workday in UTC+9 (09:30-16:30) or UTC+8 (08:30-15:30), as a UTC hour range.
UTC9_CENTRE_UTC = (0.5, 7.5)
# Local night: a centre at or after 21:00 or before 07:00 in the claimed country means someone
# else's working day. Not the evening: people look for jobs, shop and write to family after
# work, so a centre at 19:00-21:00 is ordinary (blind worlds 24-30: 3,264 honest subjects
# against 229 personas), and the country's main zone (US: Central) puts an East-coast evening
# an hour or two early.
LOCAL_NIGHT = (21, 7)
GEO_MISMATCH_SHARE = 0.8
# Someone whose residential sign-ins come from this many countries other than the one they
# claim, or one of whose own machines reported this many time zones, is travelling
# (`travellers`): a digital nomad, a consultant, crew. An operator abroad works from one place. In the 42
# worlds, row by row: 6,029 honest subjects against 127 personas.
TRAVELLER_COUNTRIES = 3
TRAVELLER_TIME_ZONES = 3
# ... when at least this share of those sign-ins is abroad: an operator whose VPN drops now and
# then shows a stray sign-in from China, Russia and Japan among a hundred from the US (world 7's
# rented identities), which is evidence, not travel.
TRAVELLER_ABROAD_SHARE = 0.5
# The indicators that a traveller's life explains: sign-ins and a clock away from the claimed
# country, working hours that are local wherever they are, equipment sent where they are.
TRAVEL_EXPLAINS = ("LOGIN_GEO_MISMATCH", "TIMEZONE_MISMATCH", "ACTIVITY_UTC9", "SHIP_TO_OTHER_ADDRESS")
TRAVEL_SPEED_KMH = 1000
TRAVEL_MIN_KM = 1500
TIMEZONE_GAP_HOURS = 3
BURST_MIN_ACCOUNTS = 3
BURST_WINDOW_MINUTES = 60
RECRUITER_DOMAIN_DAYS = 180
# An employer's own remote-management tool: on at least this share of its machines that report
# processes, of which it has at least this many.
COMPANY_TOOL_SHARE = 0.5
COMPANY_TOOL_MIN_SUBJECTS = 5
# A remote login (endpoint `remote_session` with `started_at`) still open this long after it began.
REMOTE_SESSION_DAYS = 3
# Telemetry from machines on this many different networks (gateway MACs or local network
# names) under one account is a fleet it manages: a managed-service technician's or a helpdesk's
# client machines, which a remote-support vendor reports under the technician. A laptop farm is
# one house, one network, however many laptops.
FLEET_MIN_SITES = 10
# The subject's own telemetry: without the machines of a fleet it manages (`fleet_devices`).
OWN_ENDPOINT = """(SELECT * FROM endpoint_norm t WHERE NOT EXISTS (
    SELECT 1 FROM fleet_devices f WHERE f.subject_id = t.subject_id AND f.device_id = t.device_id))"""
# A place more people live or receive equipment at than a shared shipping address can link (a
# vendor's returns depot, a freight forwarder's warehouse, a headquarters' mail room): equipment
# sent there is no delivery to another person's home, as no link can be drawn through it.
CROWDED_PLACE_MIN_PEOPLE = max_useful_group("SHARED_SHIPPING_ADDRESS") + 1

SUBJECT_SIGNAL_SQL: dict[str, str] = {
    "VOIP_PHONE": """
        SELECT id AS subject_id,
               'phone ' || CASE WHEN phone_line_type = 'voip' THEN phone_e164 ELSE recovery_phone_e164 END
               || ' is VOIP'
               || CASE WHEN (phone_line_type = 'voip' AND phone_line_type_given)
                            OR (phone_line_type IS DISTINCT FROM 'voip' AND recovery_phone_line_type_given)
                       THEN ' (the bundle''s carrier lookup)' ELSE '' END AS detail
        FROM subjects_norm
        WHERE phone_line_type = 'voip' OR recovery_phone_line_type = 'voip'
    """,
    "DISPOSABLE_EMAIL": """
        SELECT id, 'email domain ' || coalesce(CASE WHEN email_disposable THEN email_domain END,
                                               recovery_email_domain) || ' is disposable'
        FROM subjects_norm
        WHERE email_disposable OR recovery_email_disposable
    """,
    "INVALID_PHONE": """
        SELECT s.id, 'phone "' || s.phone || '" is not a valid number'
        FROM subjects s JOIN subjects_norm n ON n.id = s.id
        WHERE s.phone IS NOT NULL AND trim(s.phone) <> '' AND n.phone_e164 IS NULL
    """,
    "HOSTING_SIGNUP_IP": """
        SELECT id, 'sign-up IP ' || signup_ip || ' is in ' || coalesce(signup_provider, 'a hosting range')
        FROM subjects_norm WHERE signup_hosting
    """,
    "HOSTING_LOGINS": f"""
        SELECT subject_id,
               CAST(sum(CASE WHEN hosting THEN 1 ELSE 0 END) AS INTEGER) || ' of ' || count(*)
               || ' logins via hosting/VPN (' ||
               string_agg(DISTINCT CASE WHEN hosting THEN provider END, ', ') || ')'
        FROM logins_norm WHERE outcome = 'success' GROUP BY subject_id
        HAVING sum(CASE WHEN hosting THEN 1 ELSE 0 END) >= 3
           AND avg(CASE WHEN hosting THEN 1.0 ELSE 0.0 END) >= {HOSTING_LOGIN_SHARE}
    """,
    # A sign-in or sign-up from North Korea's own network (its address block or ASN, by the
    # bundled list) or geolocated there by the source: successes only, as an attack from
    # there on someone's account fails.
    "DPRK_NETWORK": """
        WITH hits AS (
            SELECT l.subject_id, 'sign-in' AS event, l.ip, n.network
            FROM logins_norm l JOIN ref_dprk_nets n ON n.net = l.net WHERE l.outcome = 'success'
            UNION ALL
            SELECT l.subject_id, 'sign-in', coalesce(l.ip, 'an unreadable address'),
                   a.network || ' (AS' || a.asn || ')'
            FROM logins_norm l JOIN ref_dprk_asns a ON a.asn = l.asn WHERE l.outcome = 'success'
            UNION ALL
            SELECT subject_id, 'sign-in', coalesce(ip, 'an unreadable address'),
                   'geolocated to North Korea by the source'
            FROM logins_norm WHERE country = 'KP' AND outcome = 'success'
            UNION ALL
            SELECT s.id, 'sign-up', s.signup_ip, n.network
            FROM subjects_norm s JOIN ref_dprk_nets n ON n.net = s.signup_net
        )
        SELECT subject_id,
               string_agg(DISTINCT event, ' and ') || ' from ' || string_agg(DISTINCT ip, ', ')
               || ': ' || string_agg(DISTINCT network, '; ')
        FROM hits GROUP BY subject_id
    """,
    "IMPOSSIBLE_TRAVEL": f"""
        WITH ordered AS (
            SELECT subject_id, ts, country,
                   lag(ts) OVER (PARTITION BY subject_id ORDER BY ts) AS prev_ts,
                   lag(country) OVER (PARTITION BY subject_id ORDER BY ts) AS prev_country
            FROM logins_norm
            WHERE country IS NOT NULL AND NOT coalesce(hosting, false) AND ts IS NOT NULL
              AND outcome = 'success'
        ), hops AS (
            SELECT o.subject_id, o.prev_country, o.country, o.prev_ts, o.ts,
                   2 * 6371 * asin(sqrt(
                       power(sin(radians(b.lat - a.lat) / 2), 2) +
                       cos(radians(a.lat)) * cos(radians(b.lat)) *
                       power(sin(radians(b.lng - a.lng) / 2), 2))) AS km,
                   greatest(date_diff('second', o.prev_ts, o.ts), 60) / 3600.0 AS hours
            FROM ordered o
            JOIN ref_countries a ON a.iso2 = o.prev_country
            JOIN ref_countries b ON b.iso2 = o.country
            WHERE o.prev_country IS NOT NULL AND o.prev_country <> o.country
        )
        SELECT subject_id,
               arg_max(prev_country || ' ' || strftime(prev_ts, '%Y-%m-%d %H:%M') || ' -> ' ||
                       country || ' ' || strftime(ts, '%Y-%m-%d %H:%M') ||
                       ' (' || CAST(round(km) AS BIGINT) || ' km in ' ||
                       CAST(round(hours * 60) AS BIGINT) || ' min)', km / hours)
        FROM hops
        WHERE km >= {TRAVEL_MIN_KM} AND km / hours > {TRAVEL_SPEED_KMH}
        GROUP BY subject_id
    """,
    "LOGIN_GEO_MISMATCH": f"""
        SELECT l.subject_id,
               CAST(sum(CASE WHEN l.country <> s.country THEN 1 ELSE 0 END) AS INTEGER) || ' of '
               || count(*) || ' residential logins geolocated outside ' || s.country || ' ('
               || string_agg(DISTINCT CASE WHEN l.country <> s.country THEN l.country END, ', ')
               || ')'
        FROM logins_norm l JOIN subjects_norm s ON s.id = l.subject_id
        WHERE l.country IS NOT NULL AND s.country IS NOT NULL AND NOT coalesce(l.hosting, false)
          AND l.outcome = 'success'
        GROUP BY l.subject_id, s.country
        HAVING count(*) >= 5
           AND avg(CASE WHEN l.country <> s.country THEN 1.0 ELSE 0.0 END) >= {GEO_MISMATCH_SHARE}
    """,
    "ACTIVITY_UTC9": f"""
        WITH angles AS (
            SELECT subject_id, (hour(ts) + minute(ts) / 60.0) * pi() / 12 AS angle
            FROM logins_norm WHERE ts IS NOT NULL AND outcome = 'success'
        ), circular AS (
            -- the circular mean hour of activity, and how concentrated it is (0..1)
            SELECT subject_id, count(*) AS n, avg(sin(angle)) AS s, avg(cos(angle)) AS c
            FROM angles GROUP BY subject_id HAVING count(*) >= {UTC9_MIN_LOGINS}
        ), centred AS (
            SELECT subject_id, n, sqrt(s * s + c * c) AS concentration,
                   (degrees(atan2(s, c)) / 15 + 24) % 24 AS utc_centre
            FROM circular
        )
        SELECT a.subject_id,
               'activity centred at ' || strftime(TIMESTAMP '2000-01-01' + to_minutes(CAST(round(a.utc_centre * 60) AS BIGINT)), '%H:%M')
               || ' UTC over ' || a.n || ' logins = '
               || strftime(TIMESTAMP '2000-01-01' + to_minutes(CAST(round(((a.utc_centre + 9) % 24) * 60) AS BIGINT)), '%H:%M')
               || ' in UTC+9, but '
               || strftime(TIMESTAMP '2000-01-01' + to_minutes(CAST(round(((a.utc_centre + c.main_offset + 24) % 24) * 60) AS BIGINT)), '%H:%M')
               || ' in claimed ' || s.country
        FROM centred a
        JOIN subjects_norm s ON s.id = a.subject_id
        JOIN ref_countries c ON c.iso2 = s.country
        WHERE a.concentration >= {UTC9_MIN_CONCENTRATION}
          AND a.utc_centre BETWEEN {UTC9_CENTRE_UTC[0]} AND {UTC9_CENTRE_UTC[1]}
          AND ((a.utc_centre + c.main_offset + 24) % 24 >= {LOCAL_NIGHT[0]}
               OR (a.utc_centre + c.main_offset + 24) % 24 < {LOCAL_NIGHT[1]})
    """,
    "BURST_SIGNUP": """
        SELECT subject_id, 'one of ' || burst_size || ' accounts created from ' || signup_net
               || ' each within an hour of the last, email pattern "' || email_local_shape || '"'
        FROM burst_members
    """,
    "NEW_RECRUITER_DOMAIN": f"""
        SELECT subject_id, 'registrant of ' || string_agg(DISTINCT domain, ', ') ||
               ' (registered ' || strftime(min(registered_at), '%Y-%m-%d') || ')'
        FROM domain_registrants
        WHERE registered_at IS NOT NULL
          AND (created_at IS NULL OR
               registered_at >= created_at - INTERVAL {RECRUITER_DOMAIN_DAYS} DAY)
        GROUP BY subject_id
    """,
    # A known IP-KVM product string, or a USB vendor:product id that only IP-KVMs present
    # (NanoKVM's 3346:1009). The Linux gadget id 1d6b:0104 that PiKVM, TinyPilot and JetKVM
    # default to counts here only with a KVM product string; alone it is IPKVM_GADGET_ID.
    "IPKVM_DEVICE": f"""
        WITH hits AS (
            SELECT e.subject_id, k.device || ' ("' || e.value || '"'
                   || coalesce(', USB ' || e.vendor_id || ':' || e.product_id, '') || ')' AS what
            FROM {OWN_ENDPOINT} e JOIN ref_ip_kvm k ON e.value_key = k.product
            WHERE e.kind IN ('usb', 'display')
            UNION ALL
            SELECT e.subject_id, u.devices || ' (USB ' || e.vendor_id || ':' || e.product_id
                   || coalesce(', "' || e.value || '"', '') || ')'
            FROM {OWN_ENDPOINT} e
            JOIN ref_ip_kvm_usb_ids u ON u.vendor_id = e.vendor_id AND u.product_id = e.product_id
            WHERE e.kind = 'usb' AND u.specific
        )
        SELECT subject_id, string_agg(DISTINCT what, ', ') FROM hits GROUP BY subject_id
    """,
    "IPKVM_GADGET_ID": f"""
        SELECT e.subject_id,
               string_agg(DISTINCT 'USB ' || e.vendor_id || ':' || e.product_id
                          || coalesce(' "' || e.value || '"', ''), ', ')
               || ': the Linux composite-gadget id ' || any_value(u.devices)
               || ' present by default; many other Linux USB gadgets (development boards) use it too'
        FROM {OWN_ENDPOINT} e
        JOIN ref_ip_kvm_usb_ids u ON u.vendor_id = e.vendor_id AND u.product_id = e.product_id
        WHERE e.kind = 'usb' AND NOT u.specific
          AND coalesce(e.value_key, '') NOT IN (SELECT product FROM ref_ip_kvm)
        GROUP BY e.subject_id
    """,
    # The employer's own remote-management tool (on most of its monitored machines) is not
    # evidence; another tool next to it is, and says so.
    "REMOTE_CONTROL_TOOL": """
        SELECT subject_id, string_agg(DISTINCT tool || ' (' || value || ')', ', ')
               || coalesce(' next to the company''s own ' || any_value(company_tools), '')
        FROM endpoint_remote_tools WHERE NOT company_tool GROUP BY subject_id
    """,
    "MULTIPLE_REMOTE_TOOLS": """
        SELECT subject_id, count(DISTINCT tool) || ' tools: ' || string_agg(DISTINCT tool, ', ')
               || coalesce(' (besides the company''s own ' || any_value(company_tools) || ')', '')
        FROM endpoint_remote_tools WHERE NOT company_tool
        GROUP BY subject_id HAVING count(DISTINCT tool) >= 2
    """,
    # An RDP/SSH login from another host, seen by a snapshot 3+ days after it began.
    "REMOTE_SESSION_DAYS": f"""
        SELECT subject_id, string_agg(DISTINCT what, '; ')
        FROM (
            SELECT subject_id, 'remote login from ' || value || ' open '
                   || CAST(floor(max(epoch(ts) - epoch(started_at)) / 86400) AS BIGINT)
                   || ' days (began ' || strftime(started_at, '%Y-%m-%d %H:%M') || ' UTC, still listed '
                   || strftime(max(ts), '%Y-%m-%d') || coalesce(' on ' || device_id, '') || ')' AS what
            FROM {OWN_ENDPOINT} e
            WHERE kind = 'remote_session' AND started_at IS NOT NULL AND ts IS NOT NULL
              AND value_key IS NOT NULL
              AND value_key NOT IN ('localhost', '127.0.0.1', '::1', '0.0.0.0')
              AND ts - started_at >= INTERVAL {REMOTE_SESSION_DAYS} DAY
            GROUP BY subject_id, device_id, value, started_at
        ) GROUP BY subject_id
    """,
    "KEYBOARD_MISMATCH": f"""
        SELECT e.subject_id, 'keyboard ' || string_agg(DISTINCT e.value, ', ') ||
               ' while claiming ' || s.country
        FROM {OWN_ENDPOINT} e JOIN subjects_norm s ON s.id = e.subject_id
        WHERE e.kind = 'keyboard' AND s.country IS NOT NULL
          AND NOT starts_with(e.value_key, 'en')
          AND upper(regexp_extract(e.value_key, '[-_]([a-z]{{2}})$', 1)) NOT IN ('', s.country)
        GROUP BY e.subject_id, s.country
    """,
    "TIMEZONE_MISMATCH": f"""
        SELECT e.subject_id, 'OS time zone ' || string_agg(DISTINCT e.value, ', ') ||
               ' is ' || CAST(min(least(abs(z.min_offset - c.max_offset),
                                       abs(z.max_offset - c.min_offset))) AS VARCHAR)
               || 'h or more from ' || s.country
        FROM {OWN_ENDPOINT} e
        JOIN subjects_norm s ON s.id = e.subject_id
        JOIN ref_countries c ON c.iso2 = s.country
        JOIN ref_zone_offsets z ON z.input = e.value
        WHERE e.kind = 'timezone'
          AND (z.min_offset > c.max_offset + {TIMEZONE_GAP_HOURS - 0.01}
               OR z.max_offset < c.min_offset - {TIMEZONE_GAP_HOURS - 0.01})
        GROUP BY e.subject_id, s.country
    """,
    "SHIP_TO_OTHER_ADDRESS": f"""
        WITH crowded AS (
            SELECT c.canonical
            FROM (SELECT id AS subject_id, address_key FROM subjects_norm
                  UNION SELECT subject_id, address_key FROM shipments_norm) a
            JOIN address_canon c ON c.address_key = a.address_key
            GROUP BY c.canonical HAVING count(DISTINCT a.subject_id) >= {CROWDED_PLACE_MIN_PEOPLE}
        )
        SELECT sh.subject_id, string_agg(DISTINCT coalesce(sh.asset, 'equipment') || ' shipped to "'
               || sh.address || '"', '; ')
        FROM shipments_norm sh
        JOIN subjects_norm s ON s.id = sh.subject_id
        JOIN address_canon ship ON ship.address_key = sh.address_key
        JOIN address_canon home ON home.address_key = s.address_key
        {join_near_addresses('near', 'ship.canonical', 'home.canonical')}
        LEFT JOIN crowded cr ON cr.canonical = ship.canonical
        WHERE ship.canonical <> home.canonical AND near.a IS NULL AND cr.canonical IS NULL
        GROUP BY sh.subject_id
    """,
    "PAYOUT_CRYPTO": """
        SELECT subject_id, count(*) || ' payouts to crypto address(es)'
        FROM payments_norm WHERE method = 'crypto' GROUP BY subject_id
    """,
}


def register_reference_tables(engine: Engine) -> None:
    """Reference data the signal queries join against."""
    engine.register("ref_countries", countries_table())
    asns, nets = dprk_networks()
    engine.register("ref_dprk_asns", asns)
    engine.register("ref_dprk_nets", nets)
    engine.register("ref_ip_kvm", ip_kvm_strings())
    engine.register("ref_ip_kvm_usb_ids", ip_kvm_usb_ids())
    engine.register("ref_remote_tools", remote_tool_patterns())
    engine.map_distinct("ref_zone_offsets",
                        "SELECT value FROM endpoint_norm WHERE kind = 'timezone'",
                        zone_offsets_batch)


def _prepare_own_telemetry(engine: Engine) -> None:
    """`fleet_devices`: machines in an account's telemetry that belong to a fleet it manages
    (FLEET_MIN_SITES or more networks) and that it never signs in from. A client's keyboard,
    time zone, server-room KVM or open remote session says nothing about the technician who
    looks after the machine, so the indicators of the subject's own machine read
    OWN_ENDPOINT, the telemetry without them. Links still see every machine."""
    engine.create("fleet_devices", f"""
        WITH sited AS (
            SELECT subject_id, device_id, min(value_key) AS site FROM endpoint_norm
            WHERE kind IN ('gateway_mac', 'network') AND value_key IS NOT NULL
              AND device_id IS NOT NULL
            GROUP BY subject_id, device_id
        ), fleets AS (
            SELECT subject_id FROM sited GROUP BY subject_id
            HAVING count(DISTINCT site) >= {FLEET_MIN_SITES}
        )
        SELECT DISTINCT e.subject_id, e.device_id
        FROM endpoint_norm e JOIN fleets f ON f.subject_id = e.subject_id
        WHERE e.device_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM logins_norm l
                          WHERE l.subject_id = e.subject_id AND l.device_id = e.device_id)
    """)


def _prepare_helper_tables(engine: Engine) -> None:
    # Distinct process names matched once against the tool patterns, then joined back: the
    # LIKE cross-join stays small however many telemetry rows there are.
    # A tool that runs on at least COMPANY_TOOL_SHARE of an employer's machines reporting
    # processes (COMPANY_TOOL_MIN_SUBJECTS or more) is the employer's own RMM: `company_tool`.
    d = engine.dialect
    engine.create("endpoint_remote_tools", f"""
        WITH names AS (SELECT DISTINCT value_key FROM endpoint_norm WHERE kind = 'process'),
             matched AS (SELECT DISTINCT n.value_key, t.tool FROM names n
                         JOIN ref_remote_tools t ON n.value_key LIKE t.pattern ESCAPE '\\'),
             found AS (
                SELECT DISTINCT e.subject_id, m.tool, e.value
                FROM {OWN_ENDPOINT} e JOIN matched m ON m.value_key = e.value_key
                WHERE e.kind = 'process'),
             monitored AS (
                SELECT s.employer_key, count(DISTINCT e.subject_id) AS machines
                FROM endpoint_norm e JOIN subjects_norm s ON s.id = e.subject_id
                WHERE e.kind = 'process' AND s.employer_key IS NOT NULL
                GROUP BY s.employer_key HAVING count(DISTINCT e.subject_id) >= {COMPANY_TOOL_MIN_SUBJECTS}),
             company AS (
                SELECT s.employer_key, f.tool
                FROM found f JOIN subjects_norm s ON s.id = f.subject_id
                JOIN monitored m ON m.employer_key = s.employer_key
                GROUP BY s.employer_key, f.tool
                HAVING count(DISTINCT f.subject_id) >= {COMPANY_TOOL_SHARE} * {d.any_value('m.machines')}),
             company_list AS (
                SELECT employer_key, {d.ordered_string_agg('tool', "', '", 'tool')} AS company_tools
                FROM company GROUP BY employer_key)
        SELECT f.subject_id, f.tool, f.value, c.tool IS NOT NULL AS company_tool, cl.company_tools
        FROM found f
        LEFT JOIN subjects_norm s ON s.id = f.subject_id
        LEFT JOIN company c ON c.employer_key = s.employer_key AND c.tool = f.tool
        LEFT JOIN company_list cl ON cl.employer_key = s.employer_key
    """)
    # Bursts: accounts from one /24 with one email pattern, each created within
    # BURST_WINDOW_MINUTES of the previous one (gaps and islands); BURST_MIN_ACCOUNTS or more.
    engine.create("burst_members", f"""
        WITH keyed AS (
            SELECT id AS subject_id, signup_net, email_local_shape, created_at
            FROM subjects_norm
            WHERE signup_net IS NOT NULL AND created_at IS NOT NULL
              -- a sign-up at exactly midnight is a date without a time (a day's
              -- applications all "at 00:00"), too coarse to tell an hour's burst
              AND hour(created_at) + minute(created_at) + second(created_at) > 0
              AND email_local_shape IS NOT NULL AND length(email_local_shape) >= 4
              AND regexp_matches(email_local_shape, '9$')
        ), gaps AS (
            SELECT *, CASE WHEN date_diff('minute', lag(created_at) OVER w, created_at)
                                <= {BURST_WINDOW_MINUTES} THEN 0 ELSE 1 END AS starts_burst
            FROM keyed
            WINDOW w AS (PARTITION BY signup_net, email_local_shape ORDER BY created_at)
        ), numbered AS (
            SELECT *, sum(starts_burst) OVER (PARTITION BY signup_net, email_local_shape
                                              ORDER BY created_at ROWS UNBOUNDED PRECEDING) AS burst_no
            FROM gaps
        ), sized AS (
            SELECT *, count(*) OVER (PARTITION BY signup_net, email_local_shape, burst_no) AS burst_size,
                   signup_net || ' ' || email_local_shape || ' #' || CAST(burst_no AS VARCHAR) AS burst_id
            FROM numbered
        )
        SELECT subject_id, signup_net, email_local_shape, created_at, burst_size, burst_id
        FROM sized WHERE burst_size >= {BURST_MIN_ACCOUNTS}
    """)


def _travellers_sql(by_person: bool) -> str:
    """Rows that travel: residential sign-ins (not hosting, successes) from TRAVELLER_COUNTRIES
    or more countries other than the claimed one, at least TRAVELLER_ABROAD_SHARE of them
    abroad, or an own machine that reported TRAVELLER_TIME_ZONES or more time zones; of one
    row, or of all the rows of one person together (a nomad's application, contract and
    client account each see a month or two). Time zones count per machine: a laptop that
    travels changes its clock, while several machines each set to its own zone are several
    places (one identity's laptops at eight employers, each set to the home it claims)."""
    who = "p.person_id" if by_person else "t.subject_id"
    person = "JOIN persons p ON p.subject_id = t.subject_id" if by_person else ""
    found = f"""
        SELECT {who} AS who FROM logins_norm t JOIN subjects_norm s ON s.id = t.subject_id {person}
        WHERE t.country IS NOT NULL AND s.country IS NOT NULL
          AND NOT coalesce(t.hosting, false) AND t.outcome = 'success'
        GROUP BY {who}
        HAVING count(DISTINCT CASE WHEN t.country <> s.country THEN t.country END) >= {TRAVELLER_COUNTRIES}
           AND avg(CASE WHEN t.country <> s.country THEN 1.0 ELSE 0.0 END) >= {TRAVELLER_ABROAD_SHARE}
        UNION
        SELECT {who} FROM {OWN_ENDPOINT} t {person}
        WHERE t.kind = 'timezone' AND t.value_key IS NOT NULL
        GROUP BY {who}, t.device_id HAVING count(DISTINCT t.value_key) >= {TRAVELLER_TIME_ZONES}
    """
    if not by_person:
        return f"SELECT who AS subject_id FROM ({found})"
    return f"SELECT p.subject_id FROM persons p WHERE p.person_id IN (SELECT who FROM ({found}))"


def _kept_signals_sql(table: str) -> str:
    """`table`'s indicators but those a traveller's life explains."""
    codes = ", ".join(f"'{code}'" for code in TRAVEL_EXPLAINS)
    # (a LEFT JOIN, not NOT IN inside OR, which Spark runs as a nested loop)
    return (f"SELECT s.* FROM {table} s LEFT JOIN travellers t ON t.subject_id = s.subject_id "
            f"WHERE t.subject_id IS NULL OR s.code NOT IN ({codes})")


def forget_what_travel_explains(engine: Engine) -> None:
    """Once persons are known: `travellers` gains every row of a person whose rows together
    travel, and `signals` loses their TRAVEL_EXPLAINS indicators."""
    engine.create("_person_travellers", _travellers_sql(by_person=True))
    engine.create("_travellers", "SELECT subject_id FROM travellers UNION SELECT subject_id FROM _person_travellers")
    engine.create("travellers", "SELECT subject_id FROM _travellers")
    engine.create("_kept_signals", _kept_signals_sql("signals"))
    engine.create("signals", "SELECT * FROM _kept_signals")
    for scratch in ("_person_travellers", "_travellers", "_kept_signals"):
        engine.sql(f"DROP TABLE IF EXISTS {scratch}")


def compute_signals(engine: Engine) -> None:
    """Create `signals(subject_id, code, weight, detail, signal_group)` from every indicator."""
    register_reference_tables(engine)
    _prepare_own_telemetry(engine)
    _prepare_helper_tables(engine)
    engine.create("travellers", _travellers_sql(by_person=False))
    parts = []
    for code, query in SUBJECT_SIGNAL_SQL.items():
        entry = BY_CODE[code]
        group = f"'{entry.group}'" if entry.group else f"'{code}'"
        parts.append(f"SELECT q.subject_id, '{code}' AS code, CAST({entry.weight} AS DOUBLE) AS weight, "
                     f"CAST(q.detail AS VARCHAR) AS detail, {group} AS signal_group "
                     f"FROM ({query}) AS q(subject_id, detail) WHERE q.subject_id IS NOT NULL")
    engine.create("_all_signals", " UNION ALL ".join(parts))
    engine.create("signals", _kept_signals_sql("_all_signals"))
    engine.sql("DROP TABLE IF EXISTS _all_signals")
