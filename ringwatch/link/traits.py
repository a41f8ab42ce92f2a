"""What each person shows of their own before any link is weighed: `person_traits(person_id,
traits)`, the score of the person's own indicators (signals: VPN and hosting logins, a keyboard
or time zone far from the claimed home, a throwaway mailbox, remote-control tools ...).

The link stage reads it twice, both times to tell a persona from a person:
- the likely victim of a reused identity is the holder who lives an ordinary life while the
  others carry an operator's traits (ringwatch/link/persons.py);
- a value that many people share who have nothing of their own and share nothing else among
  themselves is a contact point of some organisation, not an operator's (`contact_points` in
  ringwatch/link/context.py).

Scored like the final own-indicator score (the strongest indicator of each group counts; one
evidence sum), but without the indicators that observe a link's own fact (equipment shipped
elsewhere is the same shipment as a shared shipping address), which the link itself weighs.
"""

from __future__ import annotations

from ringwatch.engines import Engine
from ringwatch.explanations import WORKPLACE_SIGNALS

# Indicators that are another view of a link, not a trait of the person.
LINK_FACT_SIGNALS = ("SHIP_TO_OTHER_ADDRESS",)
# Beside what an organisation's IT does to its people's accounts (WORKPLACE_SIGNALS: created in
# one sitting), the young domain its own or recovery mailbox registered, where the domain was
# registered after the account appeared by a mailbox on that domain: a firm that moved to a
# domain of its own after its accounts were made (admin@firm.org registering firm.org), which
# every account it recovers shows. A front registers its domain just before its personas
# appear, or later from an operator's own mailbox (a gmail registering the front's domain).
MOVED_DOMAIN_SIGNAL = "NEW_RECRUITER_DOMAIN"
# A person whose own indicators score below this shows nothing of an operator's ...
CLEAN_MAX = 0.2
# ... and one whose indicators reach this (two moderate ones, or one strong) does.
MARKED_MIN = 0.5
# ... and one whose indicators reach this (an IP-KVM, North Korean address space, or three
# moderate ones together) is an operator's beyond an honest reading of any one of them.
STRONGLY_MARKED_MIN = 0.8


def _combined_sql(weight: str) -> str:
    """SQL: the weights of a person's indicator groups combined as the own-indicator score
    combines them (ringwatch/score.py)."""
    return f"1 - exp(-sum(-ln(1 - least({weight}, 0.999))))"


def build_person_traits(engine: Engine) -> None:
    """Create `person_traits(person_id, traits, traits_beyond_work)` for every person (0
    without indicators). `traits_beyond_work` leaves out what an organisation does to its
    people's accounts too (WORKPLACE_SIGNALS: accounts its IT set up in one sitting; and
    MOVED_DOMAIN_SIGNAL where the subject's mailbox, on the domain it registered, did so after
    the subject appeared), for telling an organisation from a front (ringwatch/link/context.py)."""
    if not engine.table_exists("signals"):
        engine.create("person_traits", "SELECT DISTINCT person_id, 0.0 AS traits, "
                                       "0.0 AS traits_beyond_work FROM persons")
        return
    excluded = ", ".join(f"'{c}'" for c in LINK_FACT_SIGNALS)
    at_work = ", ".join(f"'{c}'" for c in sorted(WORKPLACE_SIGNALS))
    moved = "SELECT NULL::VARCHAR AS subject_id WHERE false"
    if engine.table_exists("domain_registrants"):
        moved = """SELECT DISTINCT subject_id FROM domain_registrants
                   WHERE registered_at > created_at AND on_own_domain"""
    engine.create("person_traits", f"""
        WITH moved AS ({moved}
        ), per_group AS (
            SELECT p.person_id, s.signal_group, max(s.weight) AS weight,
                   max(CASE WHEN s.code NOT IN ({at_work})
                             AND NOT (s.code = '{MOVED_DOMAIN_SIGNAL}' AND m.subject_id IS NOT NULL)
                            THEN s.weight END) AS weight_beyond_work
            FROM signals s JOIN persons p ON p.subject_id = s.subject_id
            LEFT JOIN moved m ON m.subject_id = s.subject_id
            WHERE s.code NOT IN ({excluded})
            GROUP BY p.person_id, s.signal_group
        ), scored AS (
            SELECT person_id, {_combined_sql('weight')} AS traits,
                   {_combined_sql('coalesce(weight_beyond_work, 0.0)')} AS traits_beyond_work
            FROM per_group GROUP BY person_id
        )
        SELECT DISTINCT p.person_id, coalesce(s.traits, 0.0) AS traits,
               coalesce(s.traits_beyond_work, 0.0) AS traits_beyond_work
        FROM persons p LEFT JOIN scored s ON s.person_id = p.person_id
    """)


__all__ = ["CLEAN_MAX", "LINK_FACT_SIGNALS", "MARKED_MIN", "MOVED_DOMAIN_SIGNAL", "build_person_traits"]
