"""The catalogue of indicators: every code that can appear in a subject's `reasons`.

Each entry says what it means, which public guidance it comes from and its weight. A weight is
the probability-like strength of the evidence on its own; scores combine weights as
1 - prod(1 - w) (see ringwatch/score.py). The per-subject weights follow one policy: a single
moderate indicator (0.42-0.50) is low, two are medium, three independent ones are high; an
IP-KVM on a work laptop is strong on its own (0.70), a sign-in from North Korea's own network
stronger (0.80).

Per-subject indicators are computed by ringwatch/signals/compute.py; link indicators come from
pairs of subjects sharing something (ringwatch/link/) and their weight also depends on how
many subjects share the value (ringwatch/link/weights.py).
"""

from __future__ import annotations

from dataclasses import dataclass

# Public guidance the indicators are drawn from (short keys used below; full titles in README).
SOURCES = {
    "FBI-2022": "FBI, US Department of State and US Treasury, 'Guidance on the Democratic People's "
                "Republic of Korea Information Technology Workers', 16 May 2022",
    "FBI-PSA-2023": "FBI PSA I-101823-PSA, 'Additional Guidance on the Democratic People's Republic "
                    "of Korea Information Technology Worker Threat', 18 Oct 2023",
    "FBI-PSA-2025": "FBI PSA I-012325-PSA, 'North Korean IT Workers Conducting Data Extortion', "
                    "23 Jan 2025",
    "MS-JASPER-SLEET": "Microsoft Threat Intelligence, 'Jasper Sleet: North Korean remote IT "
                       "workers' evolving tactics to infiltrate organizations', 30 Jun 2025",
    "MANDIANT-2024": "Mandiant / Google Cloud, 'Staying a Step Ahead: Mitigating the DPRK IT "
                     "Worker Threat' (UNC5267), Sep 2024",
    "POLICY": "ringwatch's scoring policy (README, 'Scores, levels and rings')",
    "ANALYST": "an analyst's judgement in ringwatch's analyst service (README, 'Judgements feed "
               "the next scan')",
    "APNIC-AS131279": "APNIC whois: AS131279 and 175.45.176.0/22, Star Joint Venture Co. Ltd, "
                      "Pyongyang (North Korea's own internet addresses)",
    "UNIT42-2023": "Palo Alto Networks Unit 42, 'Hacking Employers and Seeking Employment: Two "
                   "Job-Related Campaigns Bear Hallmarks of North Korean Threat Actors' "
                   "(Contagious Interview / Wagemole), Nov 2023",
}


@dataclass(frozen=True)
class Signal:
    code: str
    title: str
    description: str
    source: str
    weight: float
    # 'subject': computed from one subject's own data; 'link': from what it shares with others.
    family: str
    # Indicators that observe one underlying fact (VPN use seen at sign-up and at login) share
    # a group; only the strongest of a group counts towards a score.
    group: str | None = None


SIGNALS: list[Signal] = [
    # --- contact details -------------------------------------------------------------------
    Signal("VOIP_PHONE", "VOIP phone number",
           ("The phone or recovery phone is a VOIP number: by the platform's carrier lookup "
            "(`phone_line_type`, `recovery_phone_line_type`, contract version 4) where the bundle "
            "gives one, else by libphonenumber's metadata (which cannot tell a US VOIP number "
            "from a mobile one). A fixed VOIP line (`fixedVoip`: a cable company's home phone, "
            "an office's PBX) is tied to an address and is not one."),
           "FBI-2022; MS-JASPER-SLEET", 0.42, "subject"),
    Signal("DISPOSABLE_EMAIL", "Disposable email domain",
           "The email or recovery email is at a known disposable-mailbox domain.",
           "MS-JASPER-SLEET", 0.42, "subject"),
    Signal("INVALID_PHONE", "Phone number cannot exist",
           "A phone number was given but no numbering plan allows it.",
           "FBI-PSA-2023", 0.10, "subject"),
    # --- network ---------------------------------------------------------------------------
    Signal("HOSTING_SIGNUP_IP", "Sign-up from hosting/VPN range",
           "The account was created from an address in a hosting or commercial-VPN range.",
           "MANDIANT-2024; MS-JASPER-SLEET", 0.35, "subject", "vpn"),
    Signal("HOSTING_LOGINS", "Logins mostly through hosting/VPN",
           "At least half of the subject's successful logins (and 3 or more) come from hosting "
           "or VPN ranges, hosting networks by ASN or owner, or addresses the identity "
           "provider itself flags as a proxy or VPN.",
           "MANDIANT-2024; FBI-PSA-2023", 0.42, "subject", "vpn"),
    Signal("IMPOSSIBLE_TRAVEL", "Impossible travel",
           "Two logins from residential addresses geolocated so far apart that the distance "
           "could not be travelled in the time between them (over 1000 km/h).",
           "MANDIANT-2024", 0.35, "subject", "travel"),
    Signal("LOGIN_GEO_MISMATCH", "Logins from another country",
           "Most logins from non-VPN addresses are geolocated outside the claimed country. "
           "Not for a traveller: sign-ins from 3 or more other countries, half of them or more "
           "abroad, or an own machine that reported 3 or more time zones, over all of the "
           "person's rows (an operator abroad works from one place; one identity's laptops "
           "each set to its own zone are several places, not travel).",
           "FBI-2022", 0.30, "subject", "travel"),
    Signal("DPRK_NETWORK", "Sign-in from North Korea's network",
           "A successful sign-in, or the sign-up, from North Korea's own network (its address "
           "block or ASN by the bundled list, ringwatch/data/dprk_networks.csv), or a sign-in "
           "the source geolocates to North Korea: where the workers sit, seen when the VPN "
           "that hides it drops. No honest explanation covers it (sanctions bar hiring anyone "
           "who works from there). Strong on its own, a review case until something else "
           "corroborates it.",
           "APNIC-AS131279; FBI-2022", 0.80, "subject", "dprk"),
    # --- behaviour -------------------------------------------------------------------------
    Signal("ACTIVITY_UTC9", "Working hours fit UTC+8/+9, night where claimed",
           "The centre of the subject's login hours (circular mean over 4+ logins, clearly "
           "concentrated) is mid-workday in UTC+8/UTC+9 but after 21:00 or before 07:00 in "
           "the claimed country's main time zone. Not for a traveller (their hours are local "
           "wherever they are).",
           "MANDIANT-2024; FBI-PSA-2023", 0.45, "subject"),
    Signal("BURST_SIGNUP", "Burst of patterned sign-ups",
           "One of 3 or more accounts of different persons created from the same /24 network, "
           "each within an hour of the previous one, whose email local parts follow one pattern "
           "(same letters, digits varying). One job seeker's candidate accounts at three "
           "employers in an hour are one person's rows, not a burst (`person_bursts`); a sign-up "
           "stamped at exactly midnight is a date without a time and makes no burst.",
           "MS-JASPER-SLEET", 0.60, "subject"),
    Signal("NEW_RECRUITER_DOMAIN", "Registered a fresh company domain",
           "The subject's email or recovery email is the registrant of a domain registered "
           "less than 180 days before the subject appeared (fake-recruiter front companies).",
           "UNIT42-2023", 0.50, "subject"),
    # --- endpoint telemetry ----------------------------------------------------------------
    Signal("IPKVM_DEVICE", "IP-KVM device attached",
           "The work machine reports a USB device or display whose product string is a known "
           "IP-KVM (PiKVM, TinyPilot, JetKVM, NanoKVM ...), or a USB vendor:product id only "
           "IP-KVMs use (NanoKVM 3346:1009): remote hands-on-keyboard control.",
           "FBI-PSA-2025; MANDIANT-2024", 0.70, "subject", "ipkvm"),
    Signal("IPKVM_GADGET_ID", "Linux USB gadget id of IP-KVMs",
           "A USB device with the Linux Foundation composite-gadget id 1d6b:0104, which PiKVM, "
           "TinyPilot and JetKVM present by default, under another product string (an IP-KVM "
           "renamed, or one of the many development boards in gadget mode that use it too). "
           "Weaker than a named IP-KVM.",
           "FBI-PSA-2025; MANDIANT-2024", 0.35, "subject", "ipkvm"),
    Signal("REMOTE_CONTROL_TOOL", "Remote-control software",
           "A remote monitoring/management or remote-desktop tool runs on the work machine; "
           "the employer's own (one on half or more of its 5+ monitored machines) does not "
           "count, a second one next to it does.",
           "MS-JASPER-SLEET; FBI-PSA-2023", 0.42, "subject", "remote_tools"),
    Signal("MULTIPLE_REMOTE_TOOLS", "Several remote-control tools",
           "Two or more different remote-control tools, besides the employer's own, run on the "
           "work machine.",
           "MS-JASPER-SLEET", 0.45, "subject", "remote_tools"),
    Signal("REMOTE_SESSION_DAYS", "Remote login open for days",
           "An interactive remote login to the work machine (RDP or SSH from another host, as "
           "osquery's logged_in_users reports it with the time it began) was still open 3 or "
           "more days after it began: a machine left running for someone elsewhere to drive. "
           "Weak: always-on desktops reached from home look the same; counts with remote tools "
           "as one fact.",
           "FBI-PSA-2025; MS-JASPER-SLEET", 0.25, "subject", "remote_tools"),
    Signal("KEYBOARD_MISMATCH", "Keyboard layout from elsewhere",
           "The input layout belongs to a region other than the claimed country (English "
           "layouts are ignored). Weak on its own: residents use their heritage layouts.",
           "MANDIANT-2024", 0.42, "subject"),
    Signal("TIMEZONE_MISMATCH", "OS time zone at odds with the claim",
           "The work machine's time zone is 3 or more hours from every zone of the claimed "
           "country. Not for a traveller (a machine that reported 3 or more zones travels "
           "with its owner).",
           "MANDIANT-2024; MS-JASPER-SLEET", 0.50, "subject"),
    # --- equipment and money -----------------------------------------------------------------
    Signal("SHIP_TO_OTHER_ADDRESS", "Equipment shipped elsewhere",
           "Company equipment was shipped to an address other than the claimed home address "
           "(not to a place more people live or receive at than a shipping address can link: "
           "a vendor's returns depot, a headquarters' mail room). Not for a traveller "
           "(equipment goes where they are).",
           "FBI-PSA-2025; FBI-PSA-2023", 0.42, "subject"),
    Signal("PAYOUT_CRYPTO", "Paid out in crypto",
           "The subject asked for payouts to a cryptocurrency address.",
           "FBI-2022", 0.15, "subject"),
    # --- links: what the subject shares with other people -----------------------------------
    Signal("IDENTITY_REUSE", "Identity used by another person",
           "One identity (the same national id, or the same name and birth date allowing typos, "
           "nicknames, initials and swapped names, matched with Splink) is presented by another "
           "person: different contacts at a different home. Two people with the same name and "
           "birth date but different national ids are not linked: a stolen or lent identity.",
           "FBI-2022; FBI-PSA-2023", 0.85, "link"),
    Signal("SHARED_PHONE", "Phone shared with another identity",
           "The phone number (or a recovery number) is also given by a different person.",
           "FBI-2022", 0.80, "link"),
    Signal("SHARED_EMAIL", "Email shared with another identity",
           "The email (after removing case, dots and +tags) is also used by a different person, "
           "or registered the domain of another person's email (a recruiting company's domain "
           "registered with a ring's mailbox).", "FBI-2022; UNIT42-2023", 0.85, "link"),
    Signal("SHARED_RECOVERY_PHONE", "Shared recovery phone",
           "Several accounts name the same recovery phone.", "MS-JASPER-SLEET", 0.85, "link"),
    Signal("SHARED_RECOVERY_EMAIL", "Shared recovery email",
           "Several accounts name the same recovery email.", "MS-JASPER-SLEET", 0.85, "link"),
    Signal("SHARED_PAYOUT", "Shared payout destination",
           "Wages of different people go to the same bank account, wallet or crypto address.",
           "FBI-2022; MANDIANT-2024", 0.85, "link"),
    Signal("SHARED_SHIPPING_ADDRESS", "Laptops shipped to one facilitator address",
           "Equipment of different people was shipped to the same address, which is not their "
           "claimed home (a laptop farm).", "FBI-PSA-2025; FBI-PSA-2023", 0.85, "link"),
    Signal("SHARED_DEVICE", "Shared device",
           "The same device id signs in to, or reports telemetry for, different people.",
           "MS-JASPER-SLEET", 0.85, "link"),
    Signal("SHARED_NETWORK", "Work machines on one network",
           "The work machines of different people report the same default-gateway MAC (one "
           "router), or the same Wi-Fi network name behind the same public network: a laptop "
           "farm when they work for different employers and claim different homes; an office or "
           "a household is discounted as such. Only networks a machine sits on count: one in "
           "under a third of its snapshots (of 4 or more) it passed through (a hotel's, a "
           "coworking space's).",
           "FBI-PSA-2025; MANDIANT-2024", 0.80, "link"),
    Signal("SHARED_LOGIN_IP", "Same login IP on the same day",
           "Logged in from the same IP address as other people on the same day. Weak: homes "
           "and offices share addresses; weighs less the more people share it.",
           "FBI-PSA-2025", 0.15, "link"),
    Signal("SHARED_SIGNUP_IP", "Same sign-up IP",
           "Created from the same IP address as other accounts.", "MS-JASPER-SLEET", 0.20, "link"),
    Signal("SHARED_ADDRESS", "Same claimed home address",
           "Claims the same home address as other people (after normalising the address). Weak: "
           "families and roommates share homes.", "FBI-2022", 0.15, "link"),
    Signal("SHARED_PROFILE", "Shared online profile",
           "Lists the same personal LinkedIn/GitHub/freelance profile as a different person (a "
           "person's own page: a company or organisation page is listed by all its people).",
           "MANDIANT-2024; UNIT42-2023", 0.80, "link"),
    Signal("RESUME_CLONE", "Cloned resume",
           "The resume is a near-duplicate (MinHash, boilerplate removed) of another person's.",
           "MANDIANT-2024; UNIT42-2023", 0.80, "link"),
    Signal("PHOTO_REUSE", "Reused photo",
           "The photo is a near-duplicate (perceptual hash, robust to crop, resize, mirror, "
           "brightness) of another person's photo.", "FBI-PSA-2023; MS-JASPER-SLEET", 0.80, "link"),
    Signal("BURST_PEER", "Created in the same burst",
           "Created within the same hour from the same network with the same email pattern, by "
           "another person (a burst of 3 or more persons).",
           "MS-JASPER-SLEET", 0.60, "link"),
    # --- ring ------------------------------------------------------------------------------
    Signal("RING_MEMBER", "Member of a flagged ring",
           "Linked into a ring whose other members carry strong individual indicators; the "
           "weight is half the ring's strongest other member's own-indicator score.",
           "MANDIANT-2024", 0.50, "ring"),
    # --- people's decisions --------------------------------------------------------------
    Signal("WATCHLIST_VALUE", "Holds a value of a confirmed ring",
           "Holds a payout account, contact, device, shipping address, network or IP that a "
           "ring or subject an analyst confirmed as fraudulent used (the watchlist). Alone it "
           "is a review case (medium); with one more moderate indicator it is high.", "ANALYST",
           0.70, "watchlist"),
    # --- scoring policy: rows of the explanation that are not evidence ---------------------
    Signal("UNCORROBORATED", "Not corroborated: capped for review",
           "The evidence is one kind only, or every kind of it fits one honest explanation "
           "(one household, one workplace, a life across two countries, privacy habits, IT "
           "work); the score is capped at 0.79, below high, so a person reviews it. Negative "
           "weight.", "POLICY", 0.0, "policy"),
    Signal("LIKELY_VICTIM", "Likely victim of identity reuse",
           "This row is the established holder of an identity that other persons reuse (the "
           "one whose contacts are its own while the others give an operator's, the one "
           "ordinary holder among holders with an operator's traits, or the earliest, an "
           "employee, the longest history); it carries no IDENTITY_REUSE evidence itself.",
           "POLICY", 0.0, "policy"),
]

BY_CODE: dict[str, Signal] = {s.code: s for s in SIGNALS}


def signal(code: str) -> Signal:
    return BY_CODE[code]


def markdown_table() -> str:
    """The catalogue as the Markdown table the README carries (tests keep the two in step)."""
    lines = ["| code | weight | family | what it means | source |", "|---|---|---|---|---|"]
    for s in SIGNALS:
        group = f" (group `{s.group}`)" if s.group else ""
        lines.append(f"| `{s.code}` | {s.weight:.2f} | {s.family}{group} | {s.description} | {s.source} |")
    return "\n".join(lines)
