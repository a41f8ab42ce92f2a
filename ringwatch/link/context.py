"""Context that explains why two people share something (see ringwatch/explanations.py).

Tables (pairs `(a, b)` have a < b):
- `home_claimants(canonical, claimants)`: how many rows claim each home;
- `co_residents`: both claim one home (or homes that differ only by an omitted flat number),
  in household-sized groups;
- `family_contacts`: one's recovery email or phone is the other's own, or both name as
  recovery contact the own email or phone of a third account in the bundle (a parent) - in
  household-sized groups;
- `co_residents_persons`, `family_contacts_persons`: the same, between persons (a link
  between two rows is household context when any rows of the two persons are);
  `households(person_id, household_id)` joins them (calibration counts households, not
  people: a couple's joint account is no shared account);
- `value_orgs(value, org)`: values that mostly members of one organisation share;
- `agency_payers(org)`: accounts paying more people than a household whose median payee
  shows nothing suspicious of their own: a staffing agency's or payroll provider's payroll,
  whose payees are colleagues for its mailbox, phone and office (not a network or machine);
- `contact_points(value, people, traits, tied_share)`: values four or more people share who
  show nothing suspicious of their own (`person_traits`) and share nothing else among
  themselves: some organisation's contact, account or machine that the bundle does not name
  (a recruiter's phone on the candidates it submits, a staffing agency's mailbox);
- `occasional_devices`: devices a subject signs in from now and then, among its own (a
  library or school-lab computer that many people each use occasionally);
- `site_devices`: computers several people use, all of whose sign-ins come from networks
  many people sign in from on many computers (a contact centre's hot desk);
- `value_ties(value, people, traits, tied_share, tied_beyond_place, contact_candidate)`:
  for candidate contact points and shared terminals, how many of their holders are tied to
  another holder through something else (strangers at a library computer share nothing
  beyond the place; an operator's personas signing in now and then from the operator's
  machine share its farm, its payout account);
- `home_areas`, `address_areas`, `local_shipments`: postal areas (or towns), so that
  equipment shipped to a place near the homes of everyone who receives it there (an office)
  reads apart from equipment of people who claim homes elsewhere (a laptop farm);
- `local_values(value, area)`: machines, networks, sign-up addresses and payout accounts
  shared by people who nearly all claim homes in one area: a workplace they commute to;
- `multi_employer_homes(canonical, people, employers)`: homes that receive the equipment of
  people of several employers who claim homes elsewhere: a laptop farm's;
- `colleagues` is not materialised (it would be quadratic for a large employer): instead
  `org_keys(subject_id, org)` names each subject's organisation, and two subjects are
  colleagues when their orgs are equal. An organisation is the employer of an employee or
  contractor (applicants to one employer are strangers to each other), otherwise an
  established organisation's email domain: a custom domain (not a free or disposable
  mailbox, not a domain registered shortly before the subject appeared) of the subject's own
  email or of its recovery email (a school's or firm's helpdesk); and any established
  organisation whose website the subject lists among its profiles (a contractor's staffing
  agency). `shared_orgs(a, b, org, bundle_wide)` holds the raw links' pairs that share one;
  `bundle_wide_orgs(org)` the employers a tenth of the subjects work for.
"""

from __future__ import annotations

from ringwatch.engines import Engine
from ringwatch.explanations import CONTACT_POINT_LINKS, TERMINAL_LINKS, sql_in
from ringwatch.graph import components
from ringwatch.link.fuzzy import join_near_addresses
from ringwatch.link.traits import CLEAN_MAX, MARKED_MIN
from ringwatch.normalise.email import FREE_PROVIDERS

# What a household shares between its members (co-residents, or a family tied by a recovery
# contact) and what colleagues of one organisation share (an office IP, laptops shipped to the
# office, the helpdesk as recovery contact) is expected: such a link weighs CONTEXT_DISCOUNT of
# its calibrated weight and says why. A laptop farm's personas claim different homes and work
# for different employers, so their links keep full weight.
CONTEXT_DISCOUNT = 0.2
# Households have up to this many members; a group sharing a home, a contact or a device
# that is larger is not one household.
HOUSEHOLD_MAX = 8
# Characters of a postcode that name its area (see `_area_sql`, `postal_areas`): in the US,
# and outside it.
AREA_CHARS = 3
AREA_CHARS_ABROAD = 2
# A device that carries at most one in this many of a subject's sign-ins (of at least this
# many) is one it uses now and then: see `occasional_devices`.
OCCASIONAL_DEVICE_PARTS = 3
OCCASIONAL_DEVICE_MIN_LOGINS = 3
# A network that at least this many people sign in from, on at least this many computers
# (not hosting or VPN), is a site: an office, a contact centre's floor, a campus. A computer
# all of whose sign-ins come from sites is a desk there (see `site_devices`).
SITE_MIN_PEOPLE = 20
SITE_MIN_DEVICES = 20
# A computer that staff of an established organisation (their own mailbox on its domain) sign
# in from at least this many times is the organisation's desk (see `site_devices`).
ORG_DESK_MIN_LOGINS = 10
# Endpoint telemetry only an agent installed on a managed machine reports.
MANAGED_MACHINE_KINDS = frozenset({"process", "usb", "listening_port", "remote_session"})
# A value is a contact point when at least this many people give it (a recruiter submits a
# handful of candidates to one client; two or three are a couple or a family, whom the
# household context already covers) and fewer than CONTACT_POINT_MAX_TIED of them are tied to
# another holder through anything else (see `contact_points`).
CONTACT_POINT_MIN_PEOPLE = 4
CONTACT_POINT_MAX_TIED = 0.5
# What people who use one public computer share because it stands in one place: its
# network and IP addresses, and the place's other computers.
PLACE_LINKS = frozenset({"SHARED_LOGIN_IP", "SHARED_SIGNUP_IP", "SHARED_NETWORK", "SHARED_DEVICE"})
# An email domain that at least this share of the bundle's subjects use is the mail platform
# whose accounts the bundle holds (an email provider's own domain), not an organisation.
PLATFORM_DOMAIN_SHARE = 0.1
# A domain registered this few days before a subject appeared is not established.
ESTABLISHED_DOMAIN_DAYS = 365
# The mail platform whose accounts the bundle holds (an email provider's own domain): not an
# organisation its users belong to.
PLATFORM_DOMAINS_SQL = f"""
    SELECT email_domain FROM subjects_norm WHERE email_domain IS NOT NULL
    GROUP BY email_domain
    HAVING count(*) > {HOUSEHOLD_MAX}
       AND count(*) >= {PLATFORM_DOMAIN_SHARE} * (SELECT count(*) FROM subjects_norm)"""


def home_claimants(engine: Engine) -> None:
    """Create `home_claimants(canonical, claimants)`: how many rows claim each home (a
    grouped count: on Spark a window over every row would be one partition per home)."""
    engine.create("home_claimants", """
        SELECT c.canonical, count(*) AS claimants
        FROM subjects_norm s JOIN address_canon c ON c.address_key = s.address_key
        GROUP BY c.canonical
    """)


def co_residents(engine: Engine, raw_links: str) -> None:
    """Pairs who claim the same home (or one that differs only by an omitted flat number),
    in household-sized groups."""
    engine.create("co_residents", f"""
        WITH homes AS (
            SELECT s.id, c.canonical, hc.claimants AS residents
            FROM subjects_norm s JOIN address_canon c ON c.address_key = s.address_key
            JOIN home_claimants hc ON hc.canonical = c.canonical
        ), near_pairs AS (
            SELECT ha.id AS a, hb.id AS b
            FROM address_near n
            JOIN homes ha ON ha.canonical = n.a
            JOIN homes hb ON hb.canonical = n.b
            WHERE ha.residents <= {HOUSEHOLD_MAX} AND hb.residents <= {HOUSEHOLD_MAX}
        )
        SELECT DISTINCT a, b FROM {raw_links}
        WHERE kind = 'SHARED_ADDRESS' AND n_sharing <= {HOUSEHOLD_MAX}
        UNION
        SELECT least(a, b), greatest(a, b) FROM near_pairs
    """)


# (id, v): each subject's own email and phone (not its recovery contacts).
OWN_CONTACTS_SQL = """
    SELECT id, email_key AS v FROM subjects_norm WHERE email_key IS NOT NULL
    UNION SELECT id, phone_e164 FROM subjects_norm WHERE phone_e164 IS NOT NULL"""
# The org key of an account that pays more people than a household, and of an office near
# home that equipment goes to (see `org_keys`).
PAYER_ORG = "payer "
OFFICE_ORG = "office "
# ... and of the accounts one contact recovers, set up in one place (a firm's IT, its provider).
RECOVERED_ORG = "accounts recovered by "


def family_contacts(engine: Engine) -> None:
    """Pairs tied by a recovery contact that is itself one of the group's own contacts.

    Not through a VOIP number: a family recovers its accounts with a parent's own line; a
    number bought online by the dozen, given as one persona's phone and the others' recovery,
    is how an operator receives their codes (in every world seen, such pairs were an
    operator's personas: hundreds of pairs against a handful of families)."""
    engine.create("family_contacts", f"""
        WITH voip AS (
            SELECT phone_e164 AS v FROM subjects_norm WHERE phone_line_type = 'voip'
            UNION SELECT recovery_phone_e164 FROM subjects_norm WHERE recovery_phone_line_type = 'voip'
        ), own AS (SELECT * FROM ({OWN_CONTACTS_SQL}) WHERE v NOT IN (SELECT v FROM voip WHERE v IS NOT NULL)
        ), recovery AS (
            SELECT id, recovery_email_key AS v FROM subjects_norm
            WHERE recovery_email_key IS NOT NULL
            UNION SELECT id, recovery_phone_e164 FROM subjects_norm
            WHERE recovery_phone_e164 IS NOT NULL
        ), family AS (
            -- the account that owns the contact and every account it recovers
            SELECT o.v, o.id FROM own o WHERE o.v IN (SELECT v FROM recovery)
            UNION SELECT r.v, r.id FROM recovery r WHERE r.v IN (SELECT v FROM own)
        ), sized AS (
            SELECT v, id, count(*) OVER (PARTITION BY v) AS members FROM family
        )
        SELECT DISTINCT a.id AS a, b.id AS b
        FROM sized a JOIN sized b ON a.v = b.v AND a.id < b.id
        WHERE a.members <= {HOUSEHOLD_MAX}
    """)


def _recent_for_subject_sql(registered_at: str, created_at: str, data_end: str) -> str:
    """SQL: a domain registered at `registered_at` is too new to be an established
    organisation's for a subject that appeared at `created_at`: registered within
    ESTABLISHED_DOMAIN_DAYS before the subject appeared. An account older than the domain
    moved its mailbox there (or listed its site) later: the domain was not set up for it, and
    it is established once registered ESTABLISHED_DOMAIN_DAYS before the bundle's latest
    subject appeared (`data_end`: people who joined an agency years after opening their
    account)."""
    return (f"({created_at} IS NULL OR ({registered_at} >= {created_at} "
            f"- INTERVAL {ESTABLISHED_DOMAIN_DAYS} DAY "
            f"AND NOT ({registered_at} > {created_at} AND {registered_at} < {data_end} "
            f"- INTERVAL {ESTABLISHED_DOMAIN_DAYS} DAY)))")


def _established_sql(domain: str) -> str:
    """SQL: `domain` unless the bundle's domains table has it too new for the subject
    (`_recent_for_subject_sql`; the subject is `c`, the domains table `recent`)."""
    return (f"CASE WHEN NOT EXISTS (SELECT 1 FROM recent r WHERE r.domain = {domain} "
            f"AND {_recent_for_subject_sql('r.registered_at', 'c.created_at', 'r.data_end')}) "
            f"THEN {domain} END")


# Words of a company's legal form, dropped when its name is compared with a domain.
LEGAL_FORM_WORDS = ("inc", "incorporated", "llc", "llp", "pllc", "ltd", "limited", "corp",
                    "corporation", "co", "company", "plc", "gmbh", "ag", "sa", "sarl", "srl",
                    "bv", "nv", "pty", "oy", "ab")
# A shorter company name ("ab", "hq") says too little to equal a domain.
COMPANY_NAME_MIN_CHARS = 4


def _company_name_sql(name: str) -> str:
    """SQL: an employer key as a domain would spell it: without its legal form, spaces and
    punctuation ("Prairie Trust Corp." -> "prairietrust")."""
    forms = "|".join(LEGAL_FORM_WORDS)
    return (f"regexp_replace(regexp_replace({name}, '\\b({forms})\\b', '', 'g'), "
            f"'[^a-z0-9]', '', 'g')")


def org_aliases(engine: Engine) -> None:
    """Create `org_aliases(subject_id, org)`: an employer's people also belong to the
    established domain that spells the employer's name ("Iron Insights" and ironinsights.io),
    so its contractors on their own mail and its staff on the company's are colleagues. Only
    for telling colleagues apart (`shared_orgs`): the payroll rules keep needing the domain
    itself, or two personas hired by one company would make their shared account its payroll."""
    engine.create("org_aliases", f"""
        WITH domain_names AS (
            SELECT DISTINCT org, split_part(substr(org, {len('domain ') + 1}), '.', 1) AS name
            FROM org_keys WHERE starts_with(org, 'domain ')
        ), employer_names AS (
            SELECT subject_id, {_company_name_sql(f"substr(org, {len('employer ') + 1})")} AS name
            FROM org_keys WHERE starts_with(org, 'employer ')
        )
        SELECT DISTINCT e.subject_id, d.org
        FROM employer_names e JOIN domain_names d ON d.name = e.name
        WHERE length(e.name) >= {COMPANY_NAME_MIN_CHARS}
    """)


def org_keys(engine: Engine) -> None:
    """Create `org_keys(subject_id, org)`: the organisations a subject belongs to (several
    rows where it names several). Not a front's domain (`fronts` below): people who name one
    domain but mostly carry an operator's traits are no organisation's colleagues."""
    recent_domains = ("SELECT NULL::VARCHAR AS domain, NULL::TIMESTAMP AS registered_at, "
                      "NULL::TIMESTAMP AS data_end WHERE false")
    if engine.table_exists("domains_norm"):
        recent_domains = """
            SELECT d.domain, d.registered_at, e.data_end FROM domains_norm d
            CROSS JOIN (SELECT max(created_at) AS data_end FROM subjects_norm) e
            WHERE d.registered_at IS NOT NULL"""
    engine.create("org_keys", f"""
        WITH free AS (
            -- the free providers (`email_free` marks the same list on own emails; recovery
            -- mailboxes need it too)
            SELECT unnest([{", ".join(f"'{d}'" for d in sorted(FREE_PROVIDERS))}]) AS domain
            UNION
            -- and the mail platform (`PLATFORM_DOMAINS_SQL`)
            {PLATFORM_DOMAINS_SQL}
        ), recent AS ({recent_domains}),
        candidates AS (
            SELECT s.id, s.created_at,
                   CASE WHEN s.kind IN ('employee', 'contractor') THEN s.employer_key END AS employer,
                   CASE WHEN NOT coalesce(s.email_disposable, false)
                             AND s.email_domain NOT IN (SELECT domain FROM free)
                        THEN s.email_domain END AS own_domain,
                   CASE WHEN NOT coalesce(s.recovery_email_disposable, false)
                             AND s.recovery_email_domain NOT IN (SELECT domain FROM free)
                        THEN s.recovery_email_domain END AS recovery_domain
            FROM subjects_norm s
        ), judged AS (
            SELECT c.id, c.employer, c.own_domain, c.recovery_domain,
                   {_established_sql('c.own_domain')} AS own_established,
                   {_established_sql('c.recovery_domain')} AS recovery_established
            FROM candidates c
        ), domain_votes AS (
            -- a domain established for most of the people who mail from it or recover by it
            -- is the organisation's for all of them: a firm's first recruiter hired months
            -- after it registered its domain is its person too, as a front's personas, most
            -- of them created just after their domain, are nobody's
            SELECT domain FROM (
                SELECT own_domain AS domain, own_established IS NOT NULL AS established
                FROM judged WHERE own_domain IS NOT NULL
                UNION ALL
                SELECT recovery_domain, recovery_established IS NOT NULL
                FROM judged WHERE recovery_domain IS NOT NULL)
            GROUP BY domain
            HAVING 2 * sum(CASE WHEN established THEN 1 ELSE 0 END) > count(*)
        ), established AS (
            SELECT j.id, j.employer,
                   coalesce(j.own_established, vo.domain) AS own_domain,
                   coalesce(j.recovery_established, vr.domain) AS recovery_domain
            FROM judged j
            LEFT JOIN domain_votes vo ON vo.domain = j.own_domain
            LEFT JOIN domain_votes vr ON vr.domain = j.recovery_domain
        ), named AS (
            -- each organisation the subject names: its employer, and the established domains
            -- of its own and its recovery mailbox (a contractor placed at a client by a
            -- staffing agency whose team mailbox recovers its account belongs to both)
            SELECT id AS subject_id, 'employer ' || employer AS org FROM established
            WHERE employer IS NOT NULL
            UNION SELECT id, 'domain ' || own_domain FROM established WHERE own_domain IS NOT NULL
            UNION SELECT id, 'domain ' || recovery_domain FROM established
            WHERE recovery_domain IS NOT NULL
        ), site_listers AS (
            SELECT site, count(DISTINCT subject_id) AS listers FROM subject_profiles
            WHERE handle IS NULL GROUP BY site
        ), mailbox_members AS (
            SELECT substr(org, {len('domain ') + 1}) AS domain, count(DISTINCT subject_id) AS members
            FROM named WHERE starts_with(org, 'domain ') GROUP BY org
        ), platform_sites AS (
            -- a site whose pages more than PLATFORM_SITE_MIN_LISTERS people list is a
            -- platform (a freelance marketplace), unless people a third as many as its
            -- listers name its domain by their own or recovery mailbox: an organisation's
            -- (an agency of sixty whose team mailbox recovers their accounts)
            SELECT l.site FROM site_listers l LEFT JOIN mailbox_members m ON m.domain = l.site
            WHERE l.listers > {PLATFORM_SITE_MIN_LISTERS}
              AND NOT coalesce({VALUE_ORG_DOMAIN_SHARE_INV} * m.members >= l.listers, false)
        ), listed AS (
            -- the website of an organisation the domains table knows as established for the
            -- subject (not `_recent_for_subject_sql`, as for mailboxes), listed among the
            -- subject's profiles (a contractor's staffing agency, an employee's firm): the
            -- subject says it belongs there. A page on the site counts too (its /team page,
            -- one's staff page there), unless the site is a platform (`platform_sites`): a
            -- freelancer's profile on a marketplace says nothing about belonging
            SELECT DISTINCT p.subject_id, 'domain ' || p.site AS org
            FROM subject_profiles p
            JOIN subjects_norm s ON s.id = p.subject_id
            JOIN recent d ON d.domain = p.site
            WHERE p.handle IS NULL
              AND (p.url_key = p.site OR p.site NOT IN (SELECT site FROM platform_sites))
              AND (s.created_at IS NULL
                   OR NOT {_recent_for_subject_sql('d.registered_at', 's.created_at', 'd.data_end')})
        ), paid AS (
            -- paid through one account with more people than a household: the payroll of
            -- one agency, payroll provider or employer of record
            SELECT DISTINCT subject_id, '{PAYER_ORG}' || destination_key AS org FROM payments_norm
            WHERE destination_key IN (SELECT destination_key FROM payments_norm
                                      GROUP BY destination_key
                                      HAVING count(DISTINCT subject_id) > {HOUSEHOLD_MAX})
        ), own_contact AS ({OWN_CONTACTS_SQL}
        ), recovered_raw AS (
            SELECT s.id, u.v, s.signup_ip, coalesce(s.signup_hosting, false) AS hosting
            FROM subjects_norm s, unnest([s.recovery_email_key, s.recovery_phone_e164]) AS u(v)
            WHERE u.v IS NOT NULL
        ), recovered AS (
            SELECT *, CASE WHEN signup_ip IS NOT NULL AND NOT hosting
                           THEN count(*) OVER (PARTITION BY v, signup_ip) ELSE 0 END AS n_same_ip
            FROM recovered_raw
        ), owned AS (
            -- more accounts than a household recovered by one contact and set up in one place:
            -- an organisation whose owner or IT created its accounts (a small firm's staff
            -- mail, a club's). Most of them from one ordinary (not hosting or VPN) address
            -- where the contact is one of the accounts' own, all of them where it is nobody's
            -- in the bundle (the admin's private mailbox); an operator's accounts recovered by
            -- one mailbox come from addresses all over
            SELECT r.v FROM recovered r
            GROUP BY r.v
            HAVING count(DISTINCT r.id) > {HOUSEHOLD_MAX}
               AND ((r.v IN (SELECT v FROM own_contact)
                     AND 2 * max(r.n_same_ip) >= count(DISTINCT r.id))
                    OR max(r.n_same_ip) >= count(DISTINCT r.id))
        ), owned_members AS (
            SELECT r.id AS subject_id, '{RECOVERED_ORG}' || r.v AS org
            FROM recovered r WHERE r.v IN (SELECT v FROM owned)
            UNION SELECT o.id, '{RECOVERED_ORG}' || o.v
            FROM own_contact o WHERE o.v IN (SELECT v FROM owned)
        ), shipped AS (
            SELECT sh.subject_id, c.canonical
            FROM shipments_norm sh JOIN address_canon c ON c.address_key = sh.address_key
        ), offices AS (
            -- equipment delivered to a place in the postal area of the subject's home that is
            -- not that home, where others' equipment goes too: an office the subject works
            -- from (a laptop farm receives for personas who claim homes elsewhere, or who
            -- give the farm itself as their home)
            SELECT DISTINCT sh.subject_id, '{OFFICE_ORG}' || sh.canonical AS org
            FROM shipped sh
            JOIN address_areas aa ON aa.canonical = sh.canonical
            JOIN home_areas h ON h.id = sh.subject_id
            JOIN subjects_norm s ON s.id = sh.subject_id
            LEFT JOIN address_canon hc ON hc.address_key = s.address_key
            {join_near_addresses('near', 'sh.canonical', 'hc.canonical')}
            WHERE starts_with(aa.area, h.area) AND hc.canonical IS DISTINCT FROM sh.canonical
              AND near.a IS NULL
              AND sh.canonical IN (SELECT canonical FROM shipped GROUP BY canonical
                                   HAVING count(DISTINCT subject_id) >= 2)
        ), front_candidates AS (
            -- the organisations a domain makes, and those accounts recovered by one contact
            -- and set up in one place make
            SELECT subject_id, org FROM named WHERE starts_with(org, 'domain ')
            UNION SELECT subject_id, org FROM listed
            UNION SELECT subject_id, org FROM owned_members
        ), fronts AS (
            -- a domain whose people mostly carry an operator's traits of their own (the
            -- median member's `person_traits` beyond what an organisation does to its
            -- accounts reach MARKED_MIN: VOIP numbers, VPS logins, a time zone far from the
            -- claimed home): a front company's, however old its registration, not an
            -- established organisation whose people are colleagues (an agency's or a
            -- firm's people mostly show nothing of their own). So too the accounts one
            -- contact recovers, set up in one place: an operator's batch of personas, not a
            -- firm's IT or its provider setting up its clients' accounts. Judged by person:
            -- one person's many rows under their own domain are no front
            SELECT m.org FROM (SELECT DISTINCT d.org, p.person_id FROM front_candidates d
                               JOIN persons p ON p.subject_id = d.subject_id) m
            LEFT JOIN person_traits t ON t.person_id = m.person_id
            GROUP BY m.org
            HAVING count(*) >= 2 AND median(coalesce(t.traits_beyond_work, 0)) >= {MARKED_MIN}
        ), organisations AS (
            SELECT subject_id, org FROM named
            UNION SELECT subject_id, org FROM listed
            UNION SELECT subject_id, org FROM paid
            UNION SELECT subject_id, org FROM owned_members
            UNION SELECT subject_id, org FROM offices
        )
        SELECT o.subject_id, o.org FROM organisations o
        LEFT JOIN fronts f ON f.org = o.org
        WHERE f.org IS NULL
    """)


def shared_orgs(engine: Engine, raw_links: str) -> None:
    """Create `shared_orgs(a, b, org, bundle_wide, agency)`: pairs of the raw links that belong
    to one organisation, by its name or an alias (the first such org by name, one that is not
    bundle-wide where they share one: `bundle_wide` is true when that is all they share;
    `agency` whether one they share is an agency's payroll, `agency_payers`)."""
    engine.create("shared_orgs", f"""
        WITH orgs AS (SELECT subject_id, org FROM org_keys
                      UNION SELECT subject_id, org FROM org_aliases)
        -- the most telling organisation the two share: one that is not bundle-wide
        SELECT r.a, r.b, coalesce(min(CASE WHEN bw.org IS NULL THEN oa.org END), min(oa.org)) AS org,
               bool_and(bw.org IS NOT NULL) AS bundle_wide, bool_or(ap.org IS NOT NULL) AS agency
        FROM (SELECT DISTINCT a, b FROM {raw_links}) r
        JOIN orgs oa ON oa.subject_id = r.a
        JOIN orgs ob ON ob.subject_id = r.b AND ob.org = oa.org
        LEFT JOIN bundle_wide_orgs bw ON bw.org = oa.org
        LEFT JOIN agency_payers ap ON ap.org = oa.org
        GROUP BY r.a, r.b
    """)


def bundle_wide_orgs(engine: Engine) -> None:
    """Create `bundle_wide_orgs(org)`: employers that at least PLATFORM_DOMAIN_SHARE of the
    bundle's subjects work for: the employer whose own export this is. Working for it says
    where people sit and what machines they use, not why they would give one personal mailbox
    or phone (BUNDLE_ORG_PERSONAL_LINKS). (A domain that many use is the mail platform and no
    organisation at all; accounts an organisation's IT set up with its contact as their
    recovery stay its accounts however many they are.)"""
    engine.create("bundle_wide_orgs", f"""
        SELECT org FROM org_keys WHERE starts_with(org, 'employer ') GROUP BY org
        HAVING count(DISTINCT subject_id) > {HOUSEHOLD_MAX}
           AND count(DISTINCT subject_id) >= {PLATFORM_DOMAIN_SHARE} * (SELECT count(*) FROM subjects_norm)
    """)


# A third of a value's holders naming one established organisation make it the organisation's,
# for the kinds of value an organisation holds for its people: its payroll account, its office's
# address and network (not a device, a phone or a mailbox: personas that list a real company's
# website must not make their operator's machine that company's).
VALUE_ORG_DOMAIN_SHARE_INV = 3
# A site whose pages more people than this list (their own pages) is a platform, not an
# organisation they belong to (a freelance marketplace).
PLATFORM_SITE_MIN_LISTERS = 50
ORGANISATION_VALUE_KINDS = ("payout", "address", "network")


def value_orgs(engine: Engine) -> None:
    """Create `value_orgs(value, org)`: values most of whose holders belong to one
    organisation (a helpdesk phone given by accounts of which most name the organisation's
    mailbox too). A link through such a value is between colleagues even where one side
    names no organisation itself."""
    engine.create("value_orgs", f"""
        WITH holders AS (
            SELECT k.value, count(DISTINCT k.subject_id) AS holders,
                   bool_and(k.kind IN ({", ".join(f"'{k}'" for k in ORGANISATION_VALUE_KINDS)})) AS org_kind
            FROM subject_keys k GROUP BY k.value HAVING count(DISTINCT k.subject_id) >= 2
        ), by_org AS (
            SELECT k.value, o.org, count(DISTINCT k.subject_id) AS members
            FROM subject_keys k JOIN org_keys o ON o.subject_id = k.subject_id
            WHERE k.value IN (SELECT value FROM holders)
              -- not the organisation the value itself makes (an account's payees)
              AND o.org <> '{PAYER_ORG}' || k.value
            GROUP BY k.value, o.org
        )
        -- (one that is not bundle-wide where there is one; an organisation's own before the
        -- account that pays its people, whose colleagues share only an office and mailboxes:
        -- a provider's machine that holds its clients' accounts and its card that pays for
        -- them are the provider's)
        SELECT b.value, first(b.org ORDER BY bw.org IS NOT NULL, starts_with(b.org, '{PAYER_ORG}'),
                              b.members DESC, b.org) AS org,
               bool_and(bw.org IS NOT NULL) AS bundle_wide
        FROM by_org b JOIN holders h ON h.value = b.value
        LEFT JOIN bundle_wide_orgs bw ON bw.org = b.org
        WHERE 2 * b.members >= h.holders
           -- an established organisation's domain that a third of the holders name (by
           -- their email or a page of its website they list): not everyone at a staffing
           -- agency lists it, and a value of its office or payroll is still its own
           OR (starts_with(b.org, 'domain ') AND h.org_kind AND b.members >= 2
               AND {VALUE_ORG_DOMAIN_SHARE_INV} * b.members >= h.holders)
        GROUP BY b.value
    """)


def agency_payers(engine: Engine) -> None:
    """Create `agency_payers(org)`: the `payer` organisations (an account that pays more
    people than a household) whose median payee's own indicators score below CLEAN_MAX.

    A staffing agency or payroll provider pays its contractors into one account, gives its
    own mailbox or phone as their recovery contact, ships their laptops to its office and
    signs them up from its network: all of one organisation, as an employer's people are.
    A laptop farm's or front agency's wages go to one account too, but its personas carry
    their operator's traits (a VPN, Korean or Chinese working hours, remote-control tools,
    VOIP numbers): in the worlds measured, every account paying mostly such people was an
    operator's, and every account paying mostly people with nothing of their own was not."""
    engine.create("agency_payers", f"""
        SELECT o.org
        FROM org_keys o
        JOIN persons p ON p.subject_id = o.subject_id
        LEFT JOIN person_traits t ON t.person_id = p.person_id
        WHERE starts_with(o.org, '{PAYER_ORG}')
        GROUP BY o.org
        HAVING median(coalesce(t.traits, 0)) < {CLEAN_MAX}
    """)


# A payout account that each of two people sends less than this share of their money to is
# a recipient they pay (remittances home, rent), not where their wages go.
REMITTANCE_MAX_SHARE = 0.2


def payout_shares(engine: Engine) -> None:
    """Create `payout_shares(subject_id, destination_key, share)`: the share of a subject's
    paid amount (in that currency) that went to each destination, for subjects paid to more
    than one. Relatives abroad each send the family's account at home a small part of what
    they earn, and roommates their landlord; an operator's personas and a mule's payers send
    it their wages (across the 25 worlds measured, 2 of about 7,000 pairs of fraud subjects
    sharing a payout account each sent it under a fifth of their money)."""
    engine.create("payout_shares", """
        WITH per_destination AS (
            SELECT subject_id, coalesce(currency, '') AS currency, destination_key,
                   sum(amount) AS amount
            FROM payments_norm
            WHERE amount > 0 AND destination_key IS NOT NULL
            GROUP BY subject_id, coalesce(currency, ''), destination_key
        ), shares AS (
            SELECT subject_id, destination_key,
                   amount / sum(amount) OVER (PARTITION BY subject_id, currency) AS share
            FROM per_destination
        )
        SELECT subject_id, destination_key, max(share) AS share
        FROM shares GROUP BY subject_id, destination_key
        HAVING max(share) < 1
    """)


def _area_sql(alias: str = "", chars: int = AREA_CHARS) -> str:
    """SQL: the area of the address normalised in `{alias}address_postcode` and
    `{alias}address_locality`, for telling what lies near a home. Where the address gives a
    postcode, its first `chars` letters and digits (a US three-digit ZIP prefix, a Canadian
    forward sortation area, a UK district, a French department and the like); where it gives
    none, its town (`ringwatch/normalise/address.py` `_locality`) between `~` marks, so that
    a town equals only itself and never a postcode's prefix (many addresses written abroad
    name a town and no postcode)."""
    code = (f"nullif(left(regexp_replace(upper(coalesce({alias}address_postcode, '')), "
            f"'[^A-Z0-9]', '', 'g'), {chars}), '')")
    return f"coalesce({code}, '~' || upper({alias}address_locality) || '~')"


def postal_areas(engine: Engine) -> None:
    """Create `home_areas(id, area)` (each subject's claimed home), `address_areas(canonical,
    area)` (every canonical address) and `local_shipments(subject_id)`: subjects whose
    equipment all went to places in their own home's area (an office or a relative nearby: a
    laptop farm receives for people who claim homes elsewhere).

    A home's area is the first AREA_CHARS characters of its postcode in the US, where a ZIP
    prefix is a sectional centre the size of a city; elsewhere the first AREA_CHARS_ABROAD
    (one city's postcodes share fewer leading characters: Lviv 79xxx, Hyderabad 50xxxx, a
    London district SW); without a postcode, its town. A place is in a home's area when its
    own area starts with it."""
    home_area = (f"CASE WHEN country IS NOT NULL AND country <> 'US' "
                 f"THEN {_area_sql(chars=AREA_CHARS_ABROAD)} "
                 f"ELSE {_area_sql()} END")
    engine.create("home_areas", f"""
        SELECT id, {home_area} AS area FROM subjects_norm WHERE {home_area} IS NOT NULL
    """)
    engine.create("address_areas", f"""
        SELECT c.canonical, min(a.area) AS area
        FROM (SELECT address_key, {_area_sql()} AS area FROM subjects_norm
              UNION ALL
              SELECT address_key, {_area_sql()} FROM shipments_norm) a
        JOIN address_canon c ON c.address_key = a.address_key
        WHERE a.area IS NOT NULL
        GROUP BY c.canonical
    """)
    engine.create("local_shipments", f"""
        SELECT sh.subject_id
        FROM shipments_norm sh JOIN home_areas h ON h.id = sh.subject_id
        GROUP BY sh.subject_id
        HAVING bool_and(starts_with({_area_sql('sh.')}, h.area))
    """)


# Equipment of people of at least this many employers, delivered to one home that they do not
# claim, far from the homes they do claim, makes that home a laptop farm's (see
# `multi_employer_homes`).
FARM_MIN_EMPLOYERS = 2


def multi_employer_homes(engine: Engine) -> None:
    """Create `multi_employer_homes(canonical, people, employers)`: homes (claimed by no more
    rows than a household) that receive the equipment of people of FARM_MIN_EMPLOYERS or more
    employers who claim homes elsewhere, outside the home's area, and are neither the person
    who claims it nor of that person's household (`households`: co-residents, or a family
    tied by a recovery contact). People of one employer meeting at one address are an
    office; people of many employers meeting at one residential address are a farm: a
    relative or a partner who takes in a laptop takes in one person's, and an office near
    home is local (`local_shipments`). The link stage does not calibrate such a home's links
    down."""
    engine.create("multi_employer_homes", f"""
        WITH claimed AS (
            SELECT DISTINCT k.value AS canonical, coalesce(h.household_id, k.person_id) AS household
            FROM subject_keys k
            LEFT JOIN households h ON h.person_id = k.person_id
            WHERE k.kind = 'address' AND k.field = 'home'
              AND k.value IN (SELECT canonical FROM home_claimants WHERE claimants <= {HOUSEHOLD_MAX})
        ), delivered AS (
            -- (`ship` keys: equipment sent somewhere other than the subject's home or near it)
            SELECT DISTINCT k.value AS canonical, k.person_id,
                   coalesce(hh.household_id, k.person_id) AS household, s.employer_key
            FROM subject_keys k
            JOIN subjects_norm s ON s.id = k.subject_id
            LEFT JOIN households hh ON hh.person_id = k.person_id
            LEFT JOIN home_areas h ON h.id = k.subject_id
            LEFT JOIN address_areas aa ON aa.canonical = k.value
            WHERE k.kind = 'address' AND k.field = 'ship'
              AND s.address_key IS NOT NULL AND s.employer_key IS NOT NULL
              AND NOT coalesce(starts_with(aa.area, h.area), false)
        )
        SELECT d.canonical, count(DISTINCT d.person_id) AS people,
               count(DISTINCT d.employer_key) AS employers
        FROM delivered d
        JOIN (SELECT DISTINCT canonical FROM claimed) c ON c.canonical = d.canonical
        LEFT JOIN claimed own ON own.canonical = d.canonical AND own.household = d.household
        WHERE own.household IS NULL
        GROUP BY d.canonical
        HAVING count(DISTINCT d.employer_key) >= {FARM_MIN_EMPLOYERS}
    """)


# A machine, a network, a sign-up address or a payout account more people share than a
# household, at least LOCAL_SHARE of whom claim homes in one area (see `local_values`). A
# smaller group in one area is a household's or a ring's: the area is a city or a metro.
LOCAL_MIN_PEOPLE = HOUSEHOLD_MAX + 1
LOCAL_SHARE = 0.8
LOCAL_VALUE_KINDS = ("device", "network", "signup_ip", "payout")


def local_values(engine: Engine) -> None:
    """Create `local_values(value, area)`: machines, networks, sign-up addresses and payout
    accounts that more persons share than a household (LOCAL_MIN_PEOPLE), at least
    LOCAL_SHARE of all of whom claim homes in one area (`home_areas`): a workplace its people
    commute to, whatever it is called (an outsourcing firm's or a testing lab's office, its
    test devices and network, its payroll account), which the bundle need not name. An
    operator's machine, farm or account serves personas who claim homes all over (across a
    country, or abroad from where the machine stands): the test is the one for equipment
    shipped near home (`offices`). A person with rows in several areas counts in one."""
    engine.create("local_values", f"""
        WITH held AS (
            SELECT k.value, p.person_id, min(h.area) AS area
            FROM subject_keys k
            JOIN persons p ON p.subject_id = k.subject_id
            LEFT JOIN home_areas h ON h.id = k.subject_id
            WHERE k.kind IN ({", ".join(f"'{k}'" for k in LOCAL_VALUE_KINDS)})
            GROUP BY k.value, p.person_id
        ), sized AS (
            SELECT value, count(*) AS people FROM held GROUP BY value
            HAVING count(*) >= {LOCAL_MIN_PEOPLE}
        ), by_area AS (
            SELECT value, area, count(*) AS residents FROM held
            WHERE area IS NOT NULL AND value IN (SELECT value FROM sized)
            GROUP BY value, area
        )
        SELECT b.value, b.area FROM by_area b JOIN sized s ON s.value = b.value
        WHERE b.residents >= {LOCAL_SHARE} * s.people
    """)


def lift_to_persons(engine: Engine, table: str) -> None:
    """`<table>_persons(a, b)`: the pairs of persons (a < b) with a pair of rows in `table`.
    A household is one of people, not of rows: the person who moved is still family to the
    partner at the new home, from the row written at the old one."""
    engine.create(f"{table}_persons", f"""
        SELECT DISTINCT least(pa.person_id, pb.person_id) AS a,
                        greatest(pa.person_id, pb.person_id) AS b
        FROM {table} t
        JOIN persons pa ON pa.subject_id = t.a
        JOIN persons pb ON pb.subject_id = t.b
        WHERE pa.person_id <> pb.person_id
    """)


def occasional_devices(engine: Engine) -> None:
    """Create `occasional_devices(subject_id, device_id)`: a device the subject signs in from
    now and then (at most one in OCCASIONAL_DEVICE_PARTS of at least OCCASIONAL_DEVICE_MIN_LOGINS
    successful sign-ins) while another device carries more of its sign-ins. A library or
    school-lab computer, a hotel's business centre: each of many people uses it occasionally.
    A persona driven from its operator's machine signs in from it all the time."""
    engine.create("occasional_devices", f"""
        WITH per AS (
            SELECT subject_id, device_id, count(*) AS n FROM logins_norm
            WHERE outcome = 'success' AND device_id IS NOT NULL
            GROUP BY subject_id, device_id
        ), totals AS (
            SELECT subject_id, sum(n) AS total, max(n) AS top FROM per GROUP BY subject_id
        )
        SELECT p.subject_id, p.device_id FROM per p JOIN totals t ON t.subject_id = p.subject_id
        WHERE t.total >= {OCCASIONAL_DEVICE_MIN_LOGINS}
          AND p.n * {OCCASIONAL_DEVICE_PARTS} <= t.total AND p.n < t.top
          -- a work machine whose agent reports to the subject (its programs, USB devices,
          -- ports and sessions) is nobody's occasional device; a time zone, keyboard or
          -- network is what a browser or an app reports from any machine, a library's too
          AND p.device_id NOT IN (SELECT device_id FROM endpoint_norm
                                  WHERE subject_id = p.subject_id AND device_id IS NOT NULL
                                    AND kind IN ({sql_in(MANAGED_MACHINE_KINDS)}))
    """)


def site_devices(engine: Engine) -> None:
    """Create `site_devices(device_id, place)`: computers used by two or more people, all of
    whose successful sign-ins come from sites - networks (not hosting or VPN) that
    SITE_MIN_PEOPLE or more people sign in from on SITE_MIN_DEVICES or more computers: a hot
    desk on a contact centre's floor that each shift's agent uses, a workstation in an office
    or a campus lab (`place` 'site'); or that staff of an established organisation (their own
    mailbox on a domain the bundle's domains table shows registered a year before they
    appeared) sign in from ORG_DESK_MIN_LOGINS times or more: a staffing agency's recruiter
    who submits each candidate's application from its desk (`place` 'organisation').
    An operator drives its personas from its own home or through a VPN, and a laptop farm's
    machines share a residence, a delivery address and wages besides (`value_ties`)."""
    staff = "SELECT NULL AS id, NULL AS domain WHERE false"
    if engine.table_exists("domains_norm"):
        # rows whose own mailbox is on an organisation's domain that the bundle's domains
        # table shows established (registered ESTABLISHED_DOMAIN_DAYS before the row
        # appeared), not the mail platform whose accounts the bundle holds
        staff = f"""
            SELECT s.id, s.email_domain AS domain FROM subjects_norm s
            JOIN domains_norm d ON d.domain = s.email_domain
            WHERE NOT coalesce(s.email_free, false) AND NOT coalesce(s.email_disposable, false)
              AND d.registered_at <= s.created_at - INTERVAL {ESTABLISHED_DOMAIN_DAYS} DAY
              AND s.email_domain NOT IN ({PLATFORM_DOMAINS_SQL})"""
    engine.create("site_devices", f"""
        WITH l AS (
            SELECT subject_id, device_id, net, coalesce(hosting, false) AS hosting
            FROM logins_norm WHERE outcome = 'success' AND device_id IS NOT NULL
        ), sites AS (
            SELECT net FROM l WHERE NOT hosting AND net IS NOT NULL GROUP BY net
            HAVING count(DISTINCT subject_id) >= {SITE_MIN_PEOPLE}
               AND count(DISTINCT device_id) >= {SITE_MIN_DEVICES}
        ), staff AS ({staff}),
        desks AS (
            -- an organisation's desk: a computer its staff sign in from all the time (a
            -- staffing agency's recruiter submitting each candidate's application from it),
            -- and the staff of no other organisation: an operator's machine driving personas
            -- hired at several employers, each with the employer's mailbox, is nobody's desk
            SELECT l.device_id FROM l JOIN staff st ON st.id = l.subject_id
            GROUP BY l.device_id
            HAVING count(*) >= {ORG_DESK_MIN_LOGINS} AND count(DISTINCT st.domain) = 1
        )
        SELECT l.device_id,
               CASE WHEN bool_and(s.net IS NOT NULL) THEN 'site' ELSE 'organisation' END AS place
        FROM l LEFT JOIN sites s ON s.net = l.net
        LEFT JOIN desks d ON d.device_id = l.device_id
        GROUP BY l.device_id
        HAVING count(DISTINCT l.subject_id) >= 2
           AND (bool_and(s.net IS NOT NULL) OR bool_or(d.device_id IS NOT NULL))
    """)


def value_ties(engine: Engine, raw_links: str, contact_kinds: frozenset[str],
               terminal_kinds: frozenset[str]) -> None:
    """Create `value_ties(value, people, traits, tied_share, tied_beyond_place,
    contact_candidate)` for the values that might be an organisation's contact point or a
    shared terminal: `people` persons share it, `traits` is the median holder's
    `person_traits`, `tied_share` the share of holders tied to another holder through some
    other value, `tied_beyond_place` through some other value than an IP address, a network
    or another computer (PLACE_LINKS: the users of one computer share the place it stands
    in).

    Candidates are values of `contact_kinds` that at least CONTACT_POINT_MIN_PEOPLE people
    share whose median holder shows nothing suspicious (`contact_candidate`), and values of
    `terminal_kinds` that someone uses only now and then (`occasional_devices`) or that
    stand at a site (`site_devices`)."""
    contact = ", ".join(f"'{k}'" for k in sorted(contact_kinds))
    terminal = ", ".join(f"'{k}'" for k in sorted(terminal_kinds))
    location = ", ".join(f"'{k}'" for k in sorted(PLACE_LINKS))
    engine.create("value_ties", f"""
        WITH raw AS (
            SELECT a, b, value, kind FROM {raw_links}
        ), holders AS (
            SELECT DISTINCT r.value, r.kind, u.id, p.person_id
            FROM raw r, unnest([r.a, r.b]) AS u(id)
            JOIN persons p ON p.subject_id = u.id
            WHERE r.kind IN ({contact}) OR r.kind IN ({terminal})
        ), sized AS (
            SELECT h.value, bool_or(h.kind IN ({terminal})) AS terminal_kind,
                   count(DISTINCT h.person_id) AS people, median(t.traits) AS traits,
                   bool_or(h.kind IN ({contact})) AND count(DISTINCT h.person_id) >= {CONTACT_POINT_MIN_PEOPLE}
                       AND median(t.traits) < {CLEAN_MAX} AS contact_candidate
            FROM (SELECT DISTINCT value, kind, person_id FROM holders) h
            JOIN person_traits t ON t.person_id = h.person_id
            GROUP BY h.value
        ), candidates AS (
            SELECT value, people, traits, contact_candidate FROM sized
            WHERE contact_candidate
               OR (terminal_kind AND (value IN (SELECT device_id FROM occasional_devices)
                                      OR value IN (SELECT device_id FROM site_devices)))
        ), ends AS (
            SELECT a AS id, b AS other, value, kind FROM raw UNION ALL SELECT b, a, value, kind FROM raw
        ), tied AS (
            -- holders tied to another holder of the value through some other value, and
            -- whether through more than the place itself (users of one computer share its
            -- network, IPs and other computers too: PLACE_LINKS)
            SELECT h.value, h.person_id,
                   bool_or(e.kind NOT IN ({location})) AS beyond_place
            FROM holders h
            JOIN ends e ON e.id = h.id AND e.value <> h.value
            JOIN holders o ON o.value = h.value AND o.id = e.other AND o.person_id <> h.person_id
            WHERE h.value IN (SELECT value FROM candidates)
            GROUP BY h.value, h.person_id
        )
        SELECT c.value, c.people, c.traits, count(t.person_id) / c.people AS tied_share,
               count(t.person_id) FILTER (WHERE t.beyond_place) / c.people AS tied_beyond_place,
               c.contact_candidate
        FROM candidates c LEFT JOIN tied t ON t.value = c.value
        GROUP BY c.value, c.people, c.traits, c.contact_candidate
    """)


def contact_points(engine: Engine) -> None:
    """Create `contact_points(value, people, traits, tied_share)` from `value_ties`: values
    that at least CONTACT_POINT_MIN_PEOPLE people share, whose median holder shows nothing
    suspicious of its own (`person_traits` below CLEAN_MAX) and fewer than
    CONTACT_POINT_MAX_TIED of whose holders share anything else with another holder.

    That is what an organisation's contact point looks like when the bundle does not name the
    organisation: a recruiter's phone on the applications of the candidates it submits, an
    agency's mailbox, a clinic's front-desk number, each given by people who otherwise live
    separate, ordinary lives. An operator's personas carry the operator's traits (a VPN, a
    far-away keyboard, a throwaway mailbox) or share more than one thing (the same recovery
    phone and mailbox, a device, a payout account), so neither half of the test holds for
    them."""
    engine.create("contact_points", f"""
        SELECT value, people, traits, tied_share FROM value_ties
        WHERE contact_candidate AND tied_share < {CONTACT_POINT_MAX_TIED}
    """)


def households(engine: Engine) -> None:
    """Create `households(person_id, household_id)`: persons joined by co-residence or a
    family contact (persons in no household are their own and have no row here)."""
    edges = "SELECT a, b FROM co_residents_persons UNION SELECT a, b FROM family_contacts_persons"
    components(engine, "_households", f"SELECT a FROM ({edges}) UNION SELECT b FROM ({edges})", edges)
    engine.create("households", "SELECT node AS person_id, component AS household_id FROM _households")
    engine.sql("DROP TABLE IF EXISTS _households")


def build_context(engine: Engine, raw_links: str) -> None:
    """All context tables, from the raw links and the normalised subjects (but
    `occasional_devices` and `site_devices`, which the link stage builds before the persons
    that read them)."""
    home_claimants(engine)
    co_residents(engine, raw_links)
    family_contacts(engine)
    lift_to_persons(engine, "co_residents")
    lift_to_persons(engine, "family_contacts")
    households(engine)
    postal_areas(engine)
    org_keys(engine)
    org_aliases(engine)
    bundle_wide_orgs(engine)
    agency_payers(engine)
    payout_shares(engine)
    shared_orgs(engine, raw_links)
    value_orgs(engine)
    value_ties(engine, raw_links, CONTACT_POINT_LINKS, TERMINAL_LINKS)
    contact_points(engine)
    local_values(engine)
    multi_employer_homes(engine)


__all__ = ["CONTEXT_DISCOUNT", "HOUSEHOLD_MAX", "OFFICE_ORG", "OWN_CONTACTS_SQL", "PAYER_ORG",
           "REMITTANCE_MAX_SHARE", "agency_payers", "build_context", "bundle_wide_orgs",
           "co_residents", "contact_points", "family_contacts", "home_claimants", "households",
           "lift_to_persons", "local_values", "multi_employer_homes", "occasional_devices",
           "org_aliases", "org_keys", "payout_shares", "postal_areas", "shared_orgs",
           "site_devices", "value_orgs", "value_ties"]
