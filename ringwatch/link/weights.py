"""How much a shared value is worth, by what is shared and by how many people share it.

A link's weight is a probability-like strength in [0, 1]. Two rules shape it:
- Pairs are weaker than groups for things honest pairs commonly share (a couple's joint bank
  account, a parent's phone as a child's recovery number): `pair` applies when exactly two
  people share the value, `group` when 3 up to `full` people do.
- Beyond `full` sharers the value becomes ordinary (an office egress IP, a payroll agency, a
  stock photo) and the weight falls as (full/n) ** decay.
Counts are of distinct *people* (after person resolution), never of rows: one honest person
applying to four employers shares nothing with anyone.
"""

from __future__ import annotations

from dataclasses import dataclass

# Links lighter than this are not worth a pair row: they could never move a score.
MIN_LINK_WEIGHT = 0.02


@dataclass(frozen=True)
class Rarity:
    pair: float
    group: float
    full: int
    # How fast the weight falls past `full`: (full / n) ** decay.
    decay: float = 2.0


RARITY: dict[str, Rarity] = {
    "IDENTITY_REUSE": Rarity(pair=0.85, group=0.90, full=50),
    "SHARED_PHONE": Rarity(pair=0.40, group=0.80, full=30),
    "SHARED_EMAIL": Rarity(pair=0.55, group=0.85, full=30),
    "SHARED_RECOVERY_PHONE": Rarity(pair=0.40, group=0.85, full=50),
    "SHARED_RECOVERY_EMAIL": Rarity(pair=0.40, group=0.85, full=50),
    # Payroll agencies and employer-of-record accounts pay dozens to hundreds of contractors;
    # rings pay 3-40 personas into one account, so the weight falls steeply past 40.
    "SHARED_PAYOUT": Rarity(pair=0.40, group=0.85, full=40, decay=4.0),
    "SHARED_SHIPPING_ADDRESS": Rarity(pair=0.60, group=0.85, full=60),
    "SHARED_DEVICE": Rarity(pair=0.30, group=0.85, full=30),
    # One router (gateway MAC, or one network name behind one public network) for the work
    # machines of different people. A pair is most often a couple or flatmates (their shared
    # home, when claimed, discounts it further); a laptop farm hosts 3 to dozens of machines;
    # past 60 it is an office or a coworking space and the weight falls as offices' do.
    "SHARED_NETWORK": Rarity(pair=0.40, group=0.80, full=60),
    "SHARED_LOGIN_IP": Rarity(pair=0.08, group=0.15, full=10),
    "SHARED_SIGNUP_IP": Rarity(pair=0.10, group=0.20, full=10),
    "SHARED_ADDRESS": Rarity(pair=0.05, group=0.15, full=8),
    "SHARED_PROFILE": Rarity(pair=0.60, group=0.80, full=30),
    "RESUME_CLONE": Rarity(pair=0.50, group=0.80, full=15),
    "PHOTO_REUSE": Rarity(pair=0.60, group=0.80, full=20),
    "BURST_PEER": Rarity(pair=0.60, group=0.60, full=200),
}


def link_weight(code: str, n_sharing: int) -> float:
    """Weight of a link of kind `code` whose value `n_sharing` distinct people share."""
    rarity = RARITY[code]
    if n_sharing <= 2:
        return rarity.pair
    if n_sharing <= rarity.full:
        return rarity.group
    return rarity.group * (rarity.full / n_sharing) ** rarity.decay


def max_useful_group(code: str) -> int:
    """Largest group whose links still weigh at least MIN_LINK_WEIGHT."""
    rarity = RARITY[code]
    return max(2, int(rarity.full * (rarity.group / MIN_LINK_WEIGHT) ** (1 / rarity.decay)))


def weight_sql(code_column: str, n_column: str) -> str:
    """The same function as SQL, so links are weighted inside the engine."""
    cases = []
    for code, r in RARITY.items():
        cases.append(
            f"WHEN {code_column} = '{code}' THEN CASE WHEN {n_column} <= 2 THEN {r.pair} "
            f"WHEN {n_column} <= {r.full} THEN {r.group} "
            f"ELSE {r.group} * power({r.full} / CAST({n_column} AS DOUBLE), {r.decay}) END")
    return "CASE " + " ".join(cases) + " END"
