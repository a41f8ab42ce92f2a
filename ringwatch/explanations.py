"""Honest explanations: the ordinary reasons real people show an indicator or share a value.

Corroboration (ringwatch/score.py) asks one question of every subject's evidence: could a
single honest explanation account for all of it? A family shares a home IP, a computer and a
parent's phone as everyone's recovery number; colleagues share an office IP, laptops shipped
to the office and the IT helpdesk as recovery contact; an immigrant's machine keeps a second
keyboard layout and time zone and logs in from abroad during family visits. Each of those is
several indicators but one story. High needs evidence that no one story covers: two kinds of
evidence from different explanations, or evidence that no honest explanation produces at all
(an IP-KVM, a stolen identity, a cloned photo in a small group).

Per-subject indicators are covered statically (below). Links are covered by context, decided
per pair in ringwatch/link/context.py:
- `household`: the kind is one households share, and the pair lives together (same claimed
  home), is one family by contact (one's recovery contact is the other's own email or phone),
  or is a group small enough to be one household whose members do not claim different homes;
- `workplace`: the kind is one colleagues share, and both belong to one organisation (the same
  employer, or an established organisation's email domain);
- `shared_terminal`: a device one of the pair signs in from only now and then, among devices
  of its own (`occasional_devices`), or a desk at a site, all of whose sign-ins come from a
  network many people sign in from on many computers (`site_devices`);
- `namesake`: a profile address or an own mailbox made of the name both of the pair give;
- `contact_point`: a value four or more people share who show nothing suspicious of their own
  and share nothing else among themselves (`contact_points`);
- `remittance`: a payout account each of the pair sends under a fifth of its money to
  (`payout_shares`): a family's account abroad, a landlord's;
- `agency` and `common_artefact`: a payout account, or a photo or resume, shared by more
  people than a household (a payroll provider; a default avatar or a template); and
  between the people such an account pays, where they mostly show nothing suspicious of
  their own (`agency_payers`), the agency's mailbox, phone and office.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa


@dataclass(frozen=True)
class Explanation:
    name: str
    description: str
    # Per-subject indicators this explanation can produce on its own.
    signals: frozenset[str]
    # Kinds of shared value it can produce, when the pair's context fits (see module doc).
    links: frozenset[str] = frozenset()
    # Indicators it covers only while the subject shows none of the listed ones, which
    # contradict the story (an IP-KVM is a home lab's only on a machine kept at home).
    unless: tuple[tuple[str, frozenset[str]], ...] = ()


HOUSEHOLD_LINKS = frozenset({
    "SHARED_ADDRESS", "SHARED_LOGIN_IP", "SHARED_SIGNUP_IP", "SHARED_DEVICE", "SHARED_PHONE",
    "SHARED_EMAIL", "SHARED_RECOVERY_PHONE", "SHARED_RECOVERY_EMAIL", "SHARED_PAYOUT",
    "SHARED_NETWORK",
})
WORKPLACE_LINKS = frozenset({
    "SHARED_LOGIN_IP", "SHARED_SIGNUP_IP", "SHARED_SHIPPING_ADDRESS", "SHARED_DEVICE",
    "SHARED_RECOVERY_PHONE", "SHARED_RECOVERY_EMAIL", "BURST_PEER", "SHARED_NETWORK",
    # an office's main line or shared mailbox given as someone's own contact, and the
    # owner's or IT's own contact as the recovery of the accounts it set up
    "SHARED_PHONE", "SHARED_EMAIL",
})
# What a bundle-wide employer (one a tenth of the bundle's subjects work for: the employer whose
# own export this is) does not explain between its people: a personal phone or mailbox, given
# or recovering. Thousands of colleagues share an office, its network and its hot desks;
# the helpdesk's own contact is an organisation's domain, or a contact point.
BUNDLE_ORG_PERSONAL_LINKS = frozenset({
    "SHARED_PHONE", "SHARED_EMAIL", "SHARED_RECOVERY_PHONE", "SHARED_RECOVERY_EMAIL",
})

# An organisation's contact, account, mail room or machine that the bundle does not name,
# given by many people who share nothing else (ringwatch/link/context.py `contact_points`).
# Not networks and IPs (strangers share those for no organisation at all, and calibration
# already weighs them by how common such groups are; an operator's batch of sign-ups from one
# address is one of them) and not claimed homes (a farm's address claimed by clean personas).
CONTACT_POINT_LINKS = frozenset({
    "SHARED_PHONE", "SHARED_EMAIL", "SHARED_RECOVERY_PHONE", "SHARED_RECOVERY_EMAIL",
    "SHARED_PAYOUT", "SHARED_SHIPPING_ADDRESS", "SHARED_DEVICE",
})
# A public or shared terminal that each of its users signs in from only now and then.
TERMINAL_LINKS = frozenset({"SHARED_DEVICE"})
# A profile address, or a mailbox given as one's own, made of the name both holders give.
NAMESAKE_LINKS = frozenset({"SHARED_PROFILE", "SHARED_EMAIL"})
# Shared by more people than a household, these have an ordinary explanation of their own.
AGENCY_LINKS = frozenset({"SHARED_PAYOUT"})
# An account each of the pair sends only a small part of its money to (`payout_shares`).
REMITTANCE_LINKS = frozenset({"SHARED_PAYOUT"})
# What the people an agency pays share as its people when they show nothing suspicious of
# their own (ringwatch/link/context.py `agency_payers`): its mailbox and phone, given as their
# contact or recovery. Not a network, an IP or a machine: those are a farm's too, and say
# "colleagues" only where the colleagues live near them.
AGENCY_CONTACT_LINKS = frozenset({
    "SHARED_PHONE", "SHARED_EMAIL", "SHARED_RECOVERY_PHONE", "SHARED_RECOVERY_EMAIL",
})
# ... and what the `agency` explanation covers between them: those, and its office as their
# delivery address (ringwatch/link/stage.py decides where that office is one).
AGENCY_COLLEAGUE_LINKS = AGENCY_CONTACT_LINKS | {"SHARED_SHIPPING_ADDRESS"}
ARTEFACT_LINKS = frozenset({"PHOTO_REUSE", "RESUME_CLONE"})
# One identity presented twice, and the face and resume that go with it, between the two rows
# that present it (`identity_pairs`): one presentation seen twice, so the link stage marks
# such links ONE_IDENTITY and corroboration (ringwatch/score.py) counts them as one item.
# The same person applying again after a move with a new phone and mailbox shows the same
# identity, face and resume; so does one persona presented twice. Which it is they cannot
# tell: only evidence of another kind can.
IDENTITY_LINKS = frozenset({"IDENTITY_REUSE", "PHOTO_REUSE", "RESUME_CLONE"})
ONE_IDENTITY = "one_identity"
# What an organisation does to its people's accounts: its IT creates them in one sitting.
WORKPLACE_SIGNALS = frozenset({"BURST_SIGNUP"})

EXPLANATIONS: list[Explanation] = [
    Explanation(
        "household",
        "One household or family: a shared home, home IP, home network and family computer, a "
        "parent's email or phone as the children's recovery contact, a joint account.",
        signals=frozenset({"SHIP_TO_OTHER_ADDRESS"}),
        links=HOUSEHOLD_LINKS),
    Explanation(
        "workplace",
        "Colleagues of one organisation: an office egress IP and network, laptops shipped to the "
        "office, the IT helpdesk as recovery contact, accounts provisioned in one sitting with "
        "patterned names.",
        # Equipment shipped to the office is discounted by context (ringwatch/score.py), not
        # covered here: shipped to somewhere colleagues do not share, it is no office.
        signals=WORKPLACE_SIGNALS,
        links=WORKPLACE_LINKS),
    Explanation(
        "shared_terminal",
        "A public or shared computer (a library, a school lab, a hotel's business centre) that "
        "its users sign in from now and then among devices of their own, or a desk at a site "
        "that each shift uses (a contact centre's hot desk, an office's or a lab's "
        "workstation), on a network many people sign in from on many computers.",
        signals=frozenset(), links=TERMINAL_LINKS),
    Explanation(
        "namesake",
        "Two people who give one name list a profile address or give a mailbox made of that "
        "name (github.com/priyasharma, minhbui@gmail.com): one person's rows that were not "
        "joined, or namesakes whose handles or addresses collide (a mistyped or reused "
        "address). Either way it says no more than the name, and a name is never evidence.",
        signals=frozenset(), links=NAMESAKE_LINKS),
    Explanation(
        "contact_point",
        "An organisation's contact point the data does not name: a recruiter's phone on the "
        "applications of the candidates it submits, an agency's mailbox or account, a front "
        "desk's number, given by four or more people who show nothing suspicious of their own "
        "and share nothing else among themselves.",
        signals=frozenset(), links=CONTACT_POINT_LINKS),
    Explanation(
        "agency",
        "A staffing agency, payroll provider or employer of record pays many contractors "
        "through one account (a group larger than a household); where they mostly show "
        "nothing suspicious of their own, its mailbox and phone as their contact or recovery "
        "and its office as their delivery address are the agency's too.",
        signals=frozenset(), links=AGENCY_LINKS | AGENCY_COLLEAGUE_LINKS),
    Explanation(
        "remittance",
        "Part of one's money sent to an account others send part of theirs to: the family's "
        "account at home that relatives working abroad send remittances to, the landlord "
        "roommates pay rent to, a club's dues. Each sends it a small share of what they are "
        "paid; an operator's personas and a mule's payers send it their wages.",
        signals=frozenset(), links=REMITTANCE_LINKS),
    Explanation(
        "common_artefact",
        "A default avatar, a stock photo or a resume template used by many applicants (a group "
        "larger than a household).",
        signals=frozenset(), links=ARTEFACT_LINKS),
    Explanation(
        "two_countries",
        "A life across two countries: immigrants, expatriates, family visits and travel keep a "
        "heritage keyboard layout, a second time zone, logins from abroad and odd hours.",
        signals=frozenset({"KEYBOARD_MISMATCH", "TIMEZONE_MISMATCH", "LOGIN_GEO_MISMATCH",
                           "IMPOSSIBLE_TRAVEL", "ACTIVITY_UTC9"})),
    Explanation(
        "privacy",
        "Privacy-minded people: commercial VPNs, Google Voice and other VOIP numbers, crypto "
        "payouts. Not a disposable mailbox as the contact of a job application or the recovery "
        "address of an account: people give those to be reached later.",
        signals=frozenset({"HOSTING_SIGNUP_IP", "HOSTING_LOGINS", "VOIP_PHONE",
                           "PAYOUT_CRYPTO", "INVALID_PHONE"})),
    Explanation(
        "it_work",
        "IT staff, managed-service technicians, home-lab hobbyists and hardware developers: "
        "remote-desktop and RMM tools, an admin's remote session left open for days, cloud and "
        "VPN addresses, an IP-KVM for a home lab's servers, a development board in USB gadget "
        "mode. All of it is one story, remote administration: alone it is a review case. An "
        "IP-KVM on a work laptop that was shipped somewhere other than the person's home is no "
        "home lab's: that is how a laptop farm receives and drives its laptops.",
        signals=frozenset({"REMOTE_CONTROL_TOOL", "MULTIPLE_REMOTE_TOOLS", "REMOTE_SESSION_DAYS",
                           "HOSTING_LOGINS", "HOSTING_SIGNUP_IP", "IPKVM_DEVICE",
                           "IPKVM_GADGET_ID"}),
        unless=(("IPKVM_DEVICE", frozenset({"SHIP_TO_OTHER_ADDRESS"})),
                ("IPKVM_GADGET_ID", frozenset({"SHIP_TO_OTHER_ADDRESS"})))),
    Explanation(
        "night_shift",
        "Night-shift and late-hours workers, students and carers keep hours that look like "
        "another time zone.",
        signals=frozenset({"ACTIVITY_UTC9"})),
]

BY_NAME = {e.name: e for e in EXPLANATIONS}

# Someone who signs in for others from their own machine: a career coach or reverse recruiter
# applying for clients, a bookkeeper running small businesses' accounts, an auto-apply service,
# a recruiter submitting candidates from the agency's desk. No context in the data names them,
# and an operator's machine looks the same, so a shared device no explanation covers is a
# story of its own for corroboration (ringwatch/score.py): however strongly it is shared, a
# person needs other evidence that reaches a review case by itself, or a corroborated ring
# that pulls them in.
MACHINE_STORY = "someone_elses_machine"


def signal_explanations_table() -> pa.Table:
    """`(code, explanation, unless)`: one row per per-subject indicator and explanation
    covering it, with `unless` one indicator whose presence voids that cover (NULL: none)."""
    codes, names, unless = [], [], []
    for explanation in EXPLANATIONS:
        voided = dict(explanation.unless)
        for code in sorted(explanation.signals):
            for void in sorted(voided.get(code, ())) or [None]:
                codes.append(code)
                names.append(explanation.name)
                unless.append(void)
    return pa.table({"code": pa.array(codes, pa.string()),
                     "explanation": pa.array(names, pa.string()),
                     "unless": pa.array(unless, pa.string())})


def sql_in(codes: frozenset[str]) -> str:
    """SQL list literal of codes, for `kind IN (...)`."""
    return ", ".join(f"'{c}'" for c in sorted(codes))
