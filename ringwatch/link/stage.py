"""The link stage: from normalised tables to
`links(a, b, kind, value, n_sharing, weight, detail, explained_by, prior_weight, calibration)`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ringwatch.engines import Engine
from ringwatch.explanations import (AGENCY_COLLEAGUE_LINKS, AGENCY_CONTACT_LINKS, AGENCY_LINKS,
                                    ARTEFACT_LINKS, BUNDLE_ORG_PERSONAL_LINKS, CONTACT_POINT_LINKS,
                                    HOUSEHOLD_LINKS, IDENTITY_LINKS, NAMESAKE_LINKS, ONE_IDENTITY,
                                    REMITTANCE_LINKS, TERMINAL_LINKS, WORKPLACE_LINKS, sql_in)
from ringwatch.graph import components
from ringwatch.link.calibration import calibrate_links
from ringwatch.link.context import (CONTACT_POINT_MAX_TIED, CONTEXT_DISCOUNT, HOUSEHOLD_MAX,
                                    OFFICE_ORG, OWN_CONTACTS_SQL, PAYER_ORG, RECOVERED_ORG,
                                    REMITTANCE_MAX_SHARE, build_context, occasional_devices,
                                    site_devices)
from ringwatch.link.exact import (build_subject_keys, exact_links_sql, login_ip_links_sql,
                                  near_duplicate_links_sql)
from ringwatch.link.fuzzy import join_near_addresses
from ringwatch.link.handles import mailbox_of_sql, name_in_handle_sql
from ringwatch.link.persons import resolve_persons
from ringwatch.link.traits import MARKED_MIN, STRONGLY_MARKED_MIN
from ringwatch.link.weights import MIN_LINK_WEIGHT, weight_sql
from ringwatch.signals.compute import BURST_MIN_ACCOUNTS

Progress = Callable[[str], None]

# A handle on a profile site (github.com:acme-cohort-7) listed by this many people or more is an
# organisation's account, not a person's profile.
ORG_ACCOUNT_MIN_HOLDERS = 5


def person_bursts(engine: Engine) -> None:
    """Create `person_bursts(subject_id, person_id, burst_id, persons, signup_net,
    email_local_shape, created_at)`: members of sign-up bursts (`burst_members`) made by
    BURST_MIN_ACCOUNTS or more different persons. One job seeker
    creating a candidate account at each of three employers in an hour, with one mailbox, is
    one person's burst: neither `BURST_SIGNUP` (the score stage reads this table) nor
    `BURST_PEER` links."""
    engine.create("person_bursts", f"""
        WITH members AS (
            SELECT m.*, p.person_id
            FROM burst_members m JOIN persons p ON p.subject_id = m.subject_id
        ), sized AS (
            SELECT burst_id, count(DISTINCT person_id) AS persons FROM members
            GROUP BY burst_id HAVING count(DISTINCT person_id) >= {BURST_MIN_ACCOUNTS}
        )
        SELECT m.subject_id, m.person_id, m.burst_id, s.persons, m.signup_net,
               m.email_local_shape, m.created_at
        FROM members m JOIN sized s ON s.burst_id = m.burst_id
    """)


def _burst_links_sql() -> str:
    return f"""
        SELECT a.subject_id AS a, b.subject_id AS b, 'BURST_PEER' AS kind,
               a.signup_net || ' ' || a.email_local_shape AS value,
               CAST(a.persons AS INTEGER) AS n_sharing,
               {weight_sql("'BURST_PEER'", 'a.persons')} AS weight,
               'created ' || CAST(abs(date_diff('minute', a.created_at, b.created_at)) AS VARCHAR)
               || ' minutes apart' AS detail
        FROM person_bursts a JOIN person_bursts b
          ON a.burst_id = b.burst_id AND a.subject_id < b.subject_id
         AND a.person_id <> b.person_id
    """


def _link_handle_sql(kind: str, value: str) -> str:
    """SQL: the handle a namesake link's value carries: a mailbox's local part, or a profile
    value's (`site:handle`) handle."""
    return (f"CASE WHEN {kind} = 'SHARED_EMAIL' THEN {mailbox_of_sql(value)} "
            f"ELSE split_part({value}, ':', 2) END")


def _near_duplicates(engine: Engine, bundle_dir: Path, progress: Progress) -> list[str]:
    """Resume and photo near-duplicate pairs, clustered; returns the link queries for them."""
    from ringwatch.link.images import photo_pairs_stage
    from ringwatch.link.text import resume_pairs_stage

    queries = []
    for table, stage, code, column, label, source_column in (
        ("resume_pairs", resume_pairs_stage, "RESUME_CLONE", "similarity",
         "resume similarity", "resume"),
        ("photo_pairs", photo_pairs_stage, "PHOTO_REUSE", "distance",
         "photo hash distance", "photo"),
    ):
        if not engine.scalar(f"SELECT count(*) FROM subjects WHERE {source_column} IS NOT NULL"):
            continue
        progress(f"comparing {source_column}s")
        stage(engine, bundle_dir)
        components(engine, f"{table}_clusters", f"SELECT a FROM {table} UNION SELECT b FROM {table}",
                   f"SELECT a, b FROM {table}")
        queries.append(near_duplicate_links_sql(table, code, column, label))
    return queries


def build_links(engine: Engine, bundle_dir: Path, progress: Progress = lambda _: None) -> None:
    progress("resolving people and identities")
    # (persons and context both read them: operator rows skip occasional and site devices)
    occasional_devices(engine)
    site_devices(engine)
    resolve_persons(engine)
    person_bursts(engine)
    build_subject_keys(engine)
    queries = [exact_links_sql(), login_ip_links_sql(), _burst_links_sql()]
    queries += _near_duplicates(engine, bundle_dir, progress)
    progress("weighing links")
    union = " UNION ALL ".join(f"SELECT * FROM ({q})" for q in queries)
    engine.create("_raw_links", f"SELECT * FROM ({union}) WHERE weight >= {MIN_LINK_WEIGHT}")
    # context first: calibration counts households, not people
    build_context(engine, "_raw_links")
    calibrate_links(engine, "_raw_links")
    _weigh_links(engine)
    engine.sql("DROP TABLE IF EXISTS _raw_links")


def _org_office_sql(side: str) -> str:
    """SQL: the home `side` claims is an organisation's office: more people claim it than a
    household, and most of its holders belong to one established organisation (its domain),
    employer, or office near their homes that equipment goes to (`value_orgs`, joined as
    `vo`): a staffing agency or an outsourcing firm gives its office as its people's address,
    and their laptops go there too."""
    return (f"({side}.home_claimants > {HOUSEHOLD_MAX} "
            f"AND (starts_with(coalesce(vo.org, ''), 'domain ') "
            f"OR starts_with(coalesce(vo.org, ''), 'employer ') "
            f"OR starts_with(coalesce(vo.org, ''), '{OFFICE_ORG}')))")


def _weigh_links(engine: Engine) -> None:
    """`links`: one row per pair and kind, the strongest shared value of that kind standing for
    the pair; weight = prior x calibration x context discount, and `explained_by` names the
    honest explanations that could account for it (ringwatch/explanations.py). And
    `workplace_shipments(subject_id)`: subjects whose equipment went to an address their
    colleagues share (an office), however weak that link: the more colleagues share an
    office, the less each link weighs, and the office must not stop being one when its links
    fall below MIN_LINK_WEIGHT (the score stage discounts equipment shipped there)."""
    engine.create("_weighted_links", f"""
        WITH identity_persons AS (
            -- the persons whose rows present one identity (`identity_pairs`), so that the
            -- face on a person's application and on the same person's account, only one of
            -- which gives the birth date, is that identity's face too
            SELECT DISTINCT least(pa.person_id, pb.person_id) AS a, greatest(pa.person_id, pb.person_id) AS b
            FROM identity_pairs i
            JOIN persons pa ON pa.subject_id = i.a
            JOIN persons pb ON pb.subject_id = i.b
            WHERE pa.person_id <> pb.person_id
        ), own_contacts AS ({OWN_CONTACTS_SQL}
        ), own_contact_pairs AS (
            -- rows that give one own phone or email, in household-sized groups: one person
            -- under two names, or one family
            SELECT DISTINCT x.id AS a, y.id AS b
            FROM own_contacts x JOIN own_contacts y ON x.v = y.v AND x.id < y.id
            WHERE x.v IN (SELECT v FROM own_contacts GROUP BY v HAVING count(*) <= {HOUSEHOLD_MAX})
        ), office_pairs AS (
            -- pairs paid into one account who belong to one office or established
            -- organisation (from the pairs' side: the organisations' own member pairs run to
            -- hundreds of millions at 1M subjects, one ISP's domain alone to 75M)
            SELECT DISTINCT r.a, r.b
            FROM _raw_links r
            JOIN org_keys oa ON oa.subject_id = r.a
            JOIN org_keys ob ON ob.subject_id = r.b AND ob.org = oa.org
            WHERE r.kind IN ({sql_in(AGENCY_LINKS)})
              AND (starts_with(oa.org, '{OFFICE_ORG}') OR starts_with(oa.org, 'domain '))
        ), handle_names AS (
            -- the persons one of whose names makes up a namesake link's handle, whichever of
            -- their rows gives that name: a person who changed name keeps the profile and
            -- mailbox made of the old one ("David Martin", formerly Baker: linkedin david-baker)
            SELECT DISTINCT h.kind, h.value, p.person_id
            FROM (SELECT kind, value, a AS id FROM _raw_links WHERE kind IN ({sql_in(NAMESAKE_LINKS)})
                  UNION SELECT kind, value, b FROM _raw_links WHERE kind IN ({sql_in(NAMESAKE_LINKS)})) h
            JOIN persons p ON p.subject_id = h.id
            JOIN persons m ON m.person_id = p.person_id
            JOIN subjects_norm n ON n.id = m.subject_id
            WHERE {name_in_handle_sql('n.name_fold', _link_handle_sql('h.kind', 'h.value'))}
        ), subject_facts AS (
            -- what the pair's context needs of each subject, in one row: each link is then
            -- joined twice by subject instead of eight times (on Spark, each join by another
            -- key moves every raw link across the cluster once more)
            SELECT p.subject_id, p.person_id, c.canonical AS home, ha.area,
                   hc.claimants AS home_claimants
            FROM persons p
            LEFT JOIN subjects_norm s ON s.id = p.subject_id
            LEFT JOIN address_canon c ON c.address_key = s.address_key
            LEFT JOIN home_claimants hc ON hc.canonical = c.canonical
            LEFT JOIN home_areas ha ON ha.id = p.subject_id
        ), ctx AS (
            SELECT r.*, c.calibration, c.tail, c.holders,
                   h.a IS NOT NULL AS co_resident, f.a IS NOT NULL AS family,
                   -- (a pair paid by one account that holds a value of another
                   -- organisation, one most of the value's holders belong to: its machine,
                   -- its card; the payer's colleagues share only its office and mailboxes)
                   CASE WHEN starts_with(so.org, '{PAYER_ORG}') AND NOT starts_with(vo.org, '{PAYER_ORG}')
                             AND NOT vo.bundle_wide
                        THEN vo.org ELSE coalesce(so.org, vo.org) END AS shared_org,
                   -- both paid by one agency (`agency_payers`), or the value is mostly
                   -- its payees'
                   coalesce(so.agency, false) OR apo.org IS NOT NULL AS agency_colleagues,
                   -- colleagues only through a bundle-wide organisation (the employer whose
                   -- export this is): that explains their office and machines, not one
                   -- personal mailbox or phone among them
                   (r.kind IN ({sql_in(BUNDLE_ORG_PERSONAL_LINKS)})
                    AND coalesce(so.bundle_wide, vo.bundle_wide, false)
                    AND coalesce(vo.bundle_wide, true) AND coalesce(so.bundle_wide, true))
                       AS personal_in_bundle_org,
                   coalesce(xa.home <> xb.home AND near.a IS NULL, false) AS apart,
                   -- a place both use that is near where both claim to live: equipment
                   -- shipped to their postal area, or one router while both live in one area
                   -- (an office, an MSP); a farm works for people who claim homes elsewhere
                   coalesce((r.kind = 'SHARED_SHIPPING_ADDRESS' AND starts_with(aa.area, xa.area)
                             AND starts_with(aa.area, xb.area))
                            OR (r.kind = 'SHARED_NETWORK' AND xa.area = xb.area)
                            -- or a machine, network or sign-up address nearly all of whose
                            -- people live in the area both live in (`local_values`)
                            OR (lv.area = xa.area AND lv.area = xb.area), false)
                       AS local_site, xa.area AS home_area,
                   -- an organisation's website that both list and both belong to (its staff,
                   -- its contractors): the organisation's page, not a person's
                   (r.kind = 'SHARED_PROFILE' AND sa.subject_id IS NOT NULL
                    AND sb.subject_id IS NOT NULL) AS org_site,
                   -- a handle on a profile site that more people list than a family would
                   -- (a bootcamp cohort's or a company's GitHub organisation): an
                   -- organisation's account, not a person's profile (an operator's personas
                   -- share theirs in pairs and threes in every world seen)
                   (r.kind = 'SHARED_PROFILE' AND contains(r.value, ':')
                    AND r.n_sharing >= {ORG_ACCOUNT_MIN_HOLDERS}) AS org_account,
                   -- a machine one of the two signs in from only now and then, among users
                   -- who mostly share nothing else beyond its place and mostly show no
                   -- operator's traits of their own: a library's (an operator's personas
                   -- that sign in from its machine now and then share a farm or an account
                   -- too, or carry its VPN, its hours and its VOIP numbers)
                   (r.kind IN ({sql_in(TERMINAL_LINKS)})
                    AND (da.subject_id IS NOT NULL OR db.subject_id IS NOT NULL
                         OR sd.device_id IS NOT NULL)
                    AND coalesce(vt.tied_beyond_place, 0) < {CONTACT_POINT_MAX_TIED}
                    AND coalesce(vt.traits, 0) < {MARKED_MIN}) AS terminal,
                   -- one identity (`identity_pairs`: its name, birth date and national id)
                   -- presented by both, or by their persons, with its face or its resume: one
                   -- presentation seen twice, whoever presents it
                   (r.kind IN ({sql_in(IDENTITY_LINKS)}) AND (ip.a IS NOT NULL OR ipp.a IS NOT NULL))
                       AS one_identity,
                   sd.device_id IS NOT NULL AND da.subject_id IS NULL AND db.subject_id IS NULL
                       AS site_desk, sd.place AS desk_place,
                   -- a profile address or a mailbox made of a name both give (its first
                   -- and last words): it says no more than the name
                   (hna.person_id IS NOT NULL AND hnb.person_id IS NOT NULL) AS namesake,
                   -- an account each of the two sends only a small part of its money to
                   -- (relatives' remittances home, roommates' rent): a recipient they pay
                   coalesce(r.kind IN ({sql_in(REMITTANCE_LINKS)})
                            AND pa.share < {REMITTANCE_MAX_SHARE}
                            AND pb.share < {REMITTANCE_MAX_SHARE}, false) AS remittance,
                   -- some organisation's contact point that the data does not name
                   (r.kind IN ({sql_in(CONTACT_POINT_LINKS)}) AND cp.value IS NOT NULL) AS contact_point,
                   cp.people AS contact_people,
                   -- equipment delivered to the home the other claims, where the two are
                   -- not one person or family (one identity, or one own phone or email).
                   -- Not a "home" that more people claim than a household and that mostly
                   -- people of one established organisation or employer hold (`value_orgs`):
                   -- that is its office, which a staffing agency gives as its candidates'
                   -- address (a farm's personas name no established organisation)
                   coalesce(r.kind = 'SHARED_SHIPPING_ADDRESS' AND ip.a IS NULL AND oc.a IS NULL
                            AND ((xa.home = r.value AND NOT {_org_office_sql('xa')})
                                 OR (xb.home = r.value AND NOT {_org_office_sql('xb')})), false)
                       AS someones_home,
                   -- (for `farm_home`: which of the two claims the value as its home, and
                   -- each one's own indicators)
                   coalesce(xa.home = r.value, false) AS a_claims_it,
                   coalesce(xb.home = r.value, false) AS b_claims_it,
                   ta.traits AS traits_a, tb.traits AS traits_b,
                   coalesce(mh.employers, 0) AS farm_employers,
                   -- an account paying people who work from one office near their homes (or
                   -- paying mostly such people), people of one established organisation
                   -- (its domain is their email's, or its website is listed by both: a
                   -- staffing agency's), or accounts one organisation set up (`org_keys`: one
                   -- contact recovers them, not a front's): their employer's or agency's
                   -- payroll, a provider's card paying for its clients' lines
                   (r.kind IN ({sql_in(AGENCY_LINKS)})
                    AND (starts_with(vo.org, '{OFFICE_ORG}') OR starts_with(vo.org, 'domain ')
                         OR starts_with(vo.org, '{RECOVERED_ORG}') OR op.a IS NOT NULL
                         -- or nearly all of whose payees live in the area both live in
                         OR coalesce(lv.area = xa.area AND lv.area = xb.area, false))) AS office_payroll
            -- (joins grouped by key, so that Spark moves the raw links once per key: by
            -- each subject, by the value, by the two homes and persons, by the pair)
            FROM _raw_links r
            JOIN link_calibration c ON c.code = r.kind AND c.n = r.n_sharing
            JOIN subject_facts xa ON xa.subject_id = r.a
            JOIN subject_facts xb ON xb.subject_id = r.b
            LEFT JOIN value_orgs vo ON vo.value = r.value
            -- (a join, not IN (SELECT ...) in an expression: a nested loop on Spark)
            LEFT JOIN agency_payers apo ON apo.org = vo.org
            LEFT JOIN contact_points cp ON cp.value = r.value
            LEFT JOIN value_ties vt ON vt.value = r.value
            LEFT JOIN address_areas aa ON aa.canonical = r.value
            LEFT JOIN local_values lv ON lv.value = r.value
            LEFT JOIN multi_employer_homes mh ON mh.canonical = r.value
            {join_near_addresses('near', 'xa.home', 'xb.home')}
            LEFT JOIN co_residents_persons h
              ON h.a = least(xa.person_id, xb.person_id) AND h.b = greatest(xa.person_id, xb.person_id)
            LEFT JOIN family_contacts_persons f
              ON f.a = least(xa.person_id, xb.person_id) AND f.b = greatest(xa.person_id, xb.person_id)
            LEFT JOIN payout_shares pa ON pa.subject_id = r.a AND pa.destination_key = r.value
            LEFT JOIN payout_shares pb ON pb.subject_id = r.b AND pb.destination_key = r.value
            LEFT JOIN occasional_devices da ON da.subject_id = r.a AND da.device_id = r.value
            LEFT JOIN occasional_devices db ON db.subject_id = r.b AND db.device_id = r.value
            LEFT JOIN site_devices sd ON sd.device_id = r.value
            -- an organisation's website, or a page on it ("firm.com/team"), that its people list
            LEFT JOIN org_keys sa ON r.kind = 'SHARED_PROFILE' AND sa.subject_id = r.a
                                 AND sa.org = 'domain ' || regexp_extract(r.value, '^[^/:]+')
            LEFT JOIN org_keys sb ON r.kind = 'SHARED_PROFILE' AND sb.subject_id = r.b
                                 AND sb.org = 'domain ' || regexp_extract(r.value, '^[^/:]+')
            LEFT JOIN person_traits ta ON ta.person_id = xa.person_id
            LEFT JOIN person_traits tb ON tb.person_id = xb.person_id
            LEFT JOIN handle_names hna
              ON hna.kind = r.kind AND hna.value = r.value AND hna.person_id = xa.person_id
            LEFT JOIN handle_names hnb
              ON hnb.kind = r.kind AND hnb.value = r.value AND hnb.person_id = xb.person_id
            LEFT JOIN shared_orgs so ON so.a = r.a AND so.b = r.b
            LEFT JOIN identity_pairs ip ON ip.a = r.a AND ip.b = r.b
            LEFT JOIN identity_persons ipp
              ON ipp.a = least(xa.person_id, xb.person_id) AND ipp.b = greatest(xa.person_id, xb.person_id)
            LEFT JOIN own_contact_pairs oc ON oc.a = r.a AND oc.b = r.b
            LEFT JOIN office_pairs op ON op.a = r.a AND op.b = r.b
        ), explained AS (
            SELECT *,
                   kind IN ({sql_in(HOUSEHOLD_LINKS)}) AND (co_resident OR family) AS known_household,
                   -- an account that pays many people (an agency's payroll) makes them
                   -- colleagues only for where their equipment goes (the agency's office),
                   -- and, where they mostly show nothing suspicious of their own
                   -- (`agency_payers`), for the agency's mailbox and phone too: a farm's
                   -- wages go to one account too, and its personas' shared network and
                   -- devices must keep their weight
                   -- (equipment delivered to the home another person claims is no office's)
                   (kind IN ({sql_in(WORKPLACE_LINKS)}) AND NOT someones_home
                    AND ((shared_org IS NOT NULL AND NOT personal_in_bundle_org
                          AND (NOT starts_with(shared_org, '{PAYER_ORG}') OR kind = 'SHARED_SHIPPING_ADDRESS'
                               OR (agency_colleagues AND kind IN ({sql_in(AGENCY_CONTACT_LINKS)}))))
                         OR local_site))
                       OR org_site OR org_account OR office_payroll AS known_workplace,
                   -- a group small enough to be one household, whose members do not claim
                   -- different homes, may be one even where no home is known
                   kind IN ({sql_in(HOUSEHOLD_LINKS)})
                       AND (co_resident OR family OR (n_sharing <= {HOUSEHOLD_MAX} AND NOT apart))
                       AS may_household,
                   -- equipment delivered to someone's home (`someones_home`) that belongs to
                   -- someone else, not of the household, who claims to live elsewhere and
                   -- shows an operator's strong traits of its own: a laptop farm's host. How
                   -- common groups of shipping addresses are (offices, depots, pickup
                   -- counters) does not make that ordinary.
                   -- So is a home that receives the equipment of people of several
                   -- employers who claim homes elsewhere (`multi_employer_homes`), between
                   -- its claimant and one of them. A farm's home is no contact point either,
                   -- however clean its people look.
                   coalesce(someones_home AND NOT co_resident
                            AND ((a_claims_it AND NOT b_claims_it
                                  AND (traits_b >= {STRONGLY_MARKED_MIN} OR farm_employers > 0))
                                 OR (b_claims_it AND NOT a_claims_it
                                     AND (traits_a >= {STRONGLY_MARKED_MIN} OR farm_employers > 0))),
                            false) AS farm_home
            FROM ctx
        ), weighted AS (
            SELECT a, b, kind, value, n_sharing, weight AS prior_weight,
                   CASE WHEN farm_home THEN 1.0 ELSE calibration END AS calibration,
                   weight * CASE WHEN farm_home THEN 1.0 ELSE calibration END
                       * CASE WHEN known_household OR known_workplace OR terminal
                                   OR (contact_point AND NOT farm_home) OR namesake OR remittance
                              THEN {CONTEXT_DISCOUNT} ELSE 1 END
                       AS weight,
                   concat_ws(';', CASE WHEN may_household THEN 'household' END,
                             CASE WHEN known_workplace THEN 'workplace' END,
                             CASE WHEN terminal THEN 'shared_terminal' END,
                             CASE WHEN namesake THEN 'namesake' END,
                             CASE WHEN contact_point AND NOT farm_home THEN 'contact_point' END,
                             CASE WHEN remittance THEN 'remittance' END,
                             CASE WHEN (kind IN ({sql_in(AGENCY_LINKS)}) AND n_sharing > {HOUSEHOLD_MAX})
                                       -- the agency's mailbox, phone and office between its people
                                       OR (agency_colleagues AND known_workplace
                                           AND kind IN ({sql_in(AGENCY_COLLEAGUE_LINKS)}))
                                  THEN 'agency' END,
                             CASE WHEN kind IN ({sql_in(ARTEFACT_LINKS)}) AND n_sharing > {HOUSEHOLD_MAX}
                                  THEN 'common_artefact' END,
                             CASE WHEN one_identity THEN '{ONE_IDENTITY}' END) AS explained_by,
                   detail
                   || '; weight ' || CAST(round(weight, 2) AS VARCHAR)
                   || CASE WHEN farm_home AND farm_employers > 0
                           THEN ' (not calibrated: a home that receives the equipment of people of '
                                || CAST(farm_employers AS VARCHAR) || ' employers who claim to live '
                                || 'elsewhere is a laptop farm''s, however common groups of shipping '
                                || 'addresses are)'
                           WHEN farm_home
                           THEN ' (not calibrated: a home that receives the equipment of someone '
                                || 'who claims to live elsewhere and shows an operator''s strong '
                                || 'traits of its own is a laptop farm''s, however common groups of '
                                || 'shipping addresses are)'
                           WHEN calibration < 0.995
                           THEN ' x ' || CAST(round(calibration, 2) AS VARCHAR) || ' calibration ('
                                || CAST(round(100 * tail, 2) AS VARCHAR) || '% of '
                                || CAST(holders AS VARCHAR) || ' holders share one in a group of '
                                || CAST(n_sharing AS VARCHAR) || ' or more)'
                           ELSE '' END
                   || CASE WHEN known_household
                           THEN ' x {CONTEXT_DISCOUNT} household ('
                                || CASE WHEN co_resident THEN 'co-residents' ELSE 'family contact' END || ')'
                           WHEN terminal AND site_desk AND desk_place = 'organisation'
                           THEN ' x {CONTEXT_DISCOUNT} a shared terminal (the desk of an organisation''s staff)'
                           WHEN terminal AND site_desk
                           THEN ' x {CONTEXT_DISCOUNT} a shared terminal (a desk on a network many people sign in from)'
                           WHEN terminal
                           THEN ' x {CONTEXT_DISCOUNT} a shared terminal (one of the two signs in from it only now and then)'
                           WHEN namesake
                           THEN ' x {CONTEXT_DISCOUNT} ' || CASE WHEN kind = 'SHARED_EMAIL' THEN 'a mailbox' ELSE 'a profile address' END
                                || ' made of the name both give (one person, or namesakes)'
                           WHEN remittance
                           THEN ' x {CONTEXT_DISCOUNT} a recipient both pay (each sends it under {100 * REMITTANCE_MAX_SHARE:.0f}% of its money: remittances home, rent)'
                           WHEN office_payroll
                           THEN ' x {CONTEXT_DISCOUNT} the payroll of colleagues (paid into one account, they work from one office near their homes, nearly all its payees live in one area, they belong to one established organisation or are accounts one organisation set up)'
                           WHEN org_account
                           THEN ' x {CONTEXT_DISCOUNT} an organisation''s account on a profile site ('
                                || CAST(n_sharing AS VARCHAR) || ' people list it: a cohort''s or a company''s, not a person''s)'
                           WHEN org_site
                           THEN ' x {CONTEXT_DISCOUNT} the website of an organisation both belong to'
                           -- (an account's payees are colleagues only for its office: where
                           -- they also live around the place, that is what says so)
                           WHEN known_workplace AND shared_org IS NOT NULL
                                AND NOT (local_site AND starts_with(shared_org, '{PAYER_ORG}'))
                           THEN ' x {CONTEXT_DISCOUNT} colleagues (' || shared_org || ')'
                           WHEN known_workplace
                           THEN ' x {CONTEXT_DISCOUNT} local workplace (both live in area ' || home_area || ')'
                           WHEN contact_point AND NOT farm_home
                           THEN ' x {CONTEXT_DISCOUNT} a contact point (' || CAST(contact_people AS VARCHAR)
                                || ' people give it who show nothing suspicious of their own and '
                                || 'share nothing else among themselves: a recruiter''s or an '
                                || 'agency''s, say)'
                           ELSE '' END AS detail
            FROM explained
        )
        SELECT * FROM weighted
    """)
    engine.create("links", f"""
        WITH ranked AS (
            -- ties broken by value, so the same bundle always gives the same links
            SELECT *, row_number() OVER (PARTITION BY a, b, kind
                                         ORDER BY weight DESC, value, detail) AS rank
            FROM _weighted_links WHERE weight >= {MIN_LINK_WEIGHT}
        )
        SELECT a, b, kind, value, n_sharing, weight, detail, explained_by, prior_weight, calibration
        FROM ranked WHERE rank = 1
    """)
    engine.create("workplace_shipments", """
        WITH office AS (
            SELECT a, b FROM _weighted_links
            WHERE kind = 'SHARED_SHIPPING_ADDRESS' AND contains(explained_by, 'workplace')
        )
        SELECT a AS subject_id FROM office UNION SELECT b FROM office
    """)
    engine.sql("DROP TABLE IF EXISTS _weighted_links")
