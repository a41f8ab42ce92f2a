"""Fuzzy matching as canonicalisation: similar values are clustered to one canonical key.

Typos ("12 Oak Stret") and other spellings of one address are matched once
over the *distinct* values, inside blocks so the work stays near-linear, and every value is
replaced by its cluster's canonical form. After that all linking is exact grouping, and a
fuzzy match is weighted by rarity like any other shared value.

- Addresses: blocks = the two rarest tokens of the normalised key (a street name, a postcode:
  a typo rarely hits both) and the set of all its numbers; match = the same numbers (house, unit, postcode) and words with
  75% in common (a state or a designator more or less) or Jaro-Winkler >= 0.93 (typos).
  Addresses without a postcode must also name one town (or leave it out) to be one address.
  Addresses whose numbers differ only by one that the other omits are kept apart but recorded
  as *near* (`address_near`): possibly one home, never a link.

Names are matched with birth dates and national ids as identities, by Splink
(ringwatch/link/persons.py).
"""

from __future__ import annotations

from ringwatch.engines import Engine
from ringwatch.graph import components

ADDRESS_SIMILARITY = 0.93
ADDRESS_TOKEN_OVERLAP = 0.75
ADDRESS_BLOCK_TOKENS = 2
# Two towns this alike are one town's spellings (`Dnipro` / `Dnipr`, `Medellin` / `Medelin`).
ADDRESS_TOWN_SIMILARITY = 0.9
# A token this common (a city name) is no block at all: pairing inside it is quadratic.
ADDRESS_MAX_BLOCK = 200


def canonical_addresses(engine: Engine) -> None:
    """Create `address_canon(address_key, canonical)` over home and shipping addresses, and
    `address_near(a, b)`: canonical addresses that differ only by a number one of them omits."""
    # The town of an address without a postcode: the numbers and the street can agree across
    # towns (`133 Bonifacio St` in Manila and in Davao), where a postcode would keep them apart.
    engine.create("_address_values", """
        SELECT address_key, max(address_locality) FILTER (WHERE address_postcode IS NULL) AS town
        FROM (
            SELECT address_key, address_locality, address_postcode FROM subjects_norm
            WHERE address_key IS NOT NULL
            UNION ALL
            SELECT address_key, address_locality, address_postcode FROM shipments_norm
            WHERE address_key IS NOT NULL
        ) GROUP BY address_key
    """)
    engine.create("_address_pairs", f"""
        WITH tokens AS (
            SELECT address_key, unnest(string_split(address_key, ' ')) AS token FROM _address_values
        ), frequency AS (
            SELECT token, count(*) AS n FROM tokens GROUP BY token
        ), ranked AS (
            SELECT t.address_key, t.token,
                   row_number() OVER (PARTITION BY t.address_key ORDER BY f.n, t.token) AS rarity_rank
            FROM tokens t JOIN frequency f ON f.token = t.token
            WHERE length(t.token) >= 3 AND f.n <= {ADDRESS_MAX_BLOCK}
        ), parsed AS (
            SELECT address_key,
                   list_sort(list_filter(string_split(address_key, ' '), lambda t: regexp_matches(t, '^[0-9]'))) AS nums,
                   list_filter(string_split(address_key, ' '), lambda t: NOT regexp_matches(t, '^[0-9]')) AS words
            FROM _address_values
        ), blocks AS (
            SELECT address_key, token AS block FROM ranked WHERE rarity_rank <= {ADDRESS_BLOCK_TOKENS}
            UNION
            -- all the address's numbers together: the same home written differently keeps them
            SELECT address_key, '#' || array_to_string(nums, ' ') AS block FROM parsed WHERE len(nums) > 0
        ), usable_blocks AS (
            SELECT address_key, block FROM (
                SELECT *, count(*) OVER (PARTITION BY block) AS block_size FROM blocks)
            WHERE block_size <= {ADDRESS_MAX_BLOCK}
        ), blocked AS (
            SELECT u.address_key, u.block, p.nums FROM usable_blocks u JOIN parsed p ON p.address_key = u.address_key
        ), candidates AS (
            -- the numbers are compared as the pairs are made: of the 19M pairs of blocks at
            -- 1M subjects, 1% keep their numbers (a street's other houses share its name)
            SELECT DISTINCT a.address_key AS a, b.address_key AS b
            FROM blocked a JOIN blocked b
              ON a.block = b.block AND a.address_key < b.address_key
            WHERE a.nums = b.nums OR list_has_all(a.nums, b.nums) OR list_has_all(b.nums, a.nums)
        ), split AS (
            SELECT c.a, c.b, pa.words AS wa, pb.words AS wb, pa.nums AS na, pb.nums AS nb,
                   ta.town AS town_a, tb.town AS town_b
            FROM candidates c
            JOIN parsed pa ON pa.address_key = c.a
            JOIN parsed pb ON pb.address_key = c.b
            JOIN _address_values ta ON ta.address_key = c.a
            JOIN _address_values tb ON tb.address_key = c.b
        )
        -- Numbers and words are compared apart: numbers exactly, words by overlap or typo;
        -- two towns that are not one town's spellings are two addresses.
        SELECT a, b, na = nb AS same_numbers FROM split
        WHERE len(wa) > 0 AND len(wb) > 0
          AND (town_a IS NULL OR town_b IS NULL OR town_a = town_b
               OR jaro_winkler_similarity(town_a, town_b) >= {ADDRESS_TOWN_SIMILARITY})
          AND (len(list_intersect(wa, wb)) / len(list_distinct(list_concat(wa, wb)))
                   >= {ADDRESS_TOKEN_OVERLAP}
               OR jaro_winkler_similarity(array_to_string(wa, ' '), array_to_string(wb, ' '))
                   >= {ADDRESS_SIMILARITY})
    """)
    # House numbers, units and postcodes must agree exactly to be one address: `12 Oak St #4`
    # and `12 Oak St #5` are two homes however alike they look. An address that only leaves
    # a number out (`46 Park St` / `46/1 Park St`) is kept as *near*: it may be the same home,
    # which is enough to treat two people as possible co-residents, never to link them.
    components(engine, "_address_cc", "SELECT address_key FROM _address_values",
               "SELECT a, b FROM _address_pairs WHERE same_numbers")
    engine.create("address_canon", "SELECT node AS address_key, component AS canonical FROM _address_cc")
    engine.create("address_near", """
        SELECT DISTINCT least(ca.canonical, cb.canonical) AS a, greatest(ca.canonical, cb.canonical) AS b
        FROM _address_pairs p
        JOIN address_canon ca ON ca.address_key = p.a
        JOIN address_canon cb ON cb.address_key = p.b
        WHERE NOT p.same_numbers AND ca.canonical <> cb.canonical
    """)
    for table in ("_address_cc", "_address_values", "_address_pairs"):
        engine.sql(f"DROP TABLE IF EXISTS {table}")


def join_near_addresses(alias: str, a: str, b: str) -> str:
    """SQL: LEFT JOIN `address_near` as `alias` for canonical addresses `a` and `b` (stored
    once per pair, smallest first); `alias.a IS NOT NULL` then means the two are near."""
    return (f"LEFT JOIN address_near {alias} "
            f"ON {alias}.a = least({a}, {b}) AND {alias}.b = greatest({a}, {b})")
