"""Persons and identities, matched with Splink (Fellegi-Sunter) on the engine's own connection.

Two questions, one model:

- **identity**: do two rows present the same identity (name and birth date and/or national
  id, allowing typos, nicknames, initials, swapped name order and missing parts)? This is what
  a stolen identity has in common wherever it is used.
- **person**: are they the same honest *person* (one identity whose rows do not look like
  different operators)? The repeat applicant who writes the address two ways or has a new phone
  is one person, and what a person shares with itself is never evidence. The same identity
  with different contacts at different homes is not one person: it is one identity used by
  several people, which is what `IDENTITY_REUSE` reports.

The model compares name, birth date, national id, email, phone and home address. It is trained
on each bundle without labels: u probabilities by random sampling (fixed seed), m by
expectation maximisation over a few blocking rules. Bundles too small for EM (below
`MIN_TRAIN_SUBJECTS`, or when training fails or gives a nonsensical model) use the prior model
shipped in `ringwatch/data/person_model.json` (retrain it with `python bench/train_person_model.py`).
Which model was used is recorded in `person_model(key, value)`.

Decisions read Splink's output (comparison levels and Bayes factors of each pair):

- identity pair: the same (non-placeholder) national id, or an identity weight (the sum of
  log2 Bayes factors of name, birth date and national id) of at least `identity_min_bits(n)`
  (16 bits, or log2 of the number of rows plus 4: coincidences grow with the bundle),
  with no conflicting national id (same name and birth date, different national ids: two
  people) and names that match at least in part (twins share a surname and a birth date).
- person pair: never one national id at two employers under two personal mailboxes and
  phones with nothing else in common (a second user of the identity); otherwise no sign of
  two operators (the same home or one that omits a number; or other
  homes but nobody gave contacts to compare; or no home known and contacts that do not
  conflict) and one of: a strong identity pair (at least `identity_min_bits(n)`, no conflicting
  national id); an identity pair at one home, under one name or without contacts to tell
  apart, unless one of them is an operator's row (`operator_rows`: a persona giving the
  victim's identity and home); one name (typo level or better, initials allowed: "Paolo D.")
  sharing an email or phone with nothing conflicting; one exact name and one mailbox whatever
  the birth dates say; one name and birth date at one home without conflicting contacts (a
  mistyped national id).
- likely victim of a reused identity: never a holder with an operator's row; the one holder
  without when every other has one; the one holder with nothing suspicious of its own
  (`person_traits`), or at most one moderate indicator (a VPN, a VOIP number), when every other
  shows an operator's traits; otherwise the earliest by a clear margin, or the holder every
  sign puts ahead (an employee, the longest login history), but never a holder with an
  operator's traits while one without is there.

Creates `persons(subject_id, person_id)`, `same_person_pairs(a, b)`, `identity_pairs(a, b)`,
`identity_clusters(subject_id, identity_id)`, `operator_contacts(id)` (rows whose own email
or phone people under other names at other homes give too), `operator_rows(id)` (those, rows
sharing a recovery contact, a computer they sign in from (not one used now and then, nor a
desk at a site: `occasional_devices`, `site_devices`) or a household-sized payout account
with rows under other names that claim other homes and name other employers, and rows with the
same own email or phone as either), `person_traits(person_id, traits)` (ringwatch/link/traits.py),
`identity_victims(subject_id, identity_id,
reason)`, `person_pair_scores` (Splink's scored pairs, for explanation) and `person_model`.
ids are the smallest subject id of the cluster.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
from pathlib import Path

import pyarrow as pa

from ringwatch.engines import Engine
from ringwatch.graph import components
from ringwatch.link.context import HOUSEHOLD_MAX, OWN_CONTACTS_SQL
from ringwatch.link.handles import mailbox_of_sql, name_in_handle_sql
from ringwatch.link.traits import CLEAN_MAX, MARKED_MIN, build_person_traits
from ringwatch.signals.compute import forget_what_travel_explains

log = logging.getLogger(__name__)

PRIOR_MODEL = Path(__file__).resolve().parents[1] / "data" / "person_model.json"

# Below this many subjects EM has too few matching pairs to learn from: use the prior.
MIN_TRAIN_SUBJECTS = 20_000
U_MAX_PAIRS = 2_000_000
SEED = 1729
# A blocking value shared by more rows than this is a placeholder or a hub (a payroll
# agency's phone), not a way to find one person's other rows; it generates no candidates.
BLOCK_CAP = 300
# Birth dates are shared by ~50 people per million: the cap only cuts placeholders.
DOB_CAP = 2000
# Identity weight needed (log2 Bayes factors of name + birth date + national id).
IDENTITY_MIN_BITS = 16.0
# ... and at least this much more than log2 of the number of rows: among a million rows, a
# shared first name and birth date (about 20 bits) happen by chance, among ten thousand not.
IDENTITY_MARGIN_BITS = 4.0


def identity_min_bits(n_subjects: int) -> float:
    """Identity evidence needed among `n_subjects` rows: coincidences grow with the bundle."""
    return max(IDENTITY_MIN_BITS, math.log2(max(n_subjects, 1)) + IDENTITY_MARGIN_BITS)
# A victim must be clearly ahead of every other holder of the identity.
VICTIM_MARGIN_DAYS = 30

# Splink's gamma values: -1 is the null level, then levels count down to 0 (else).
NAME_EXACT, NAME_TYPO, NAME_PARTIAL, NAME_WEAK = 4, 3, 2, 1
DOB_EXACT, DOB_TYPO, DOB_NEAR = 3, 2, 1
NID_EXACT, NID_TYPO = 2, 1
# A value more people than one household give (a library computer, a helpdesk mailbox) is no
# personal tie between two rows.
TIE_MAX_HOLDERS = 8
HOME_SAME, HOME_NEAR, HOME_SIMILAR = 3, 2, 1
ELSE, NULL = 0, -1

_NAME_SHORT = 12


def _within_typos(a: str, b: str) -> str:
    return (f"damerau_levenshtein({a}, {b}) <= "
            f"CASE WHEN least(length({a}), length({b})) <= {_NAME_SHORT} THEN 1 ELSE 2 END")


def initials_compatible(a: str, b: str) -> str:
    """SQL: name token lists `a` and `b` are one name written with initials ("Paolo D." and
    "Paolo Dela", "J Smith" and "John Smith"): as many tokens, each equal or an initial of the
    other's, and at least one whole token in common."""
    return (f"(len({a}) = len({b}) AND list_bool_and(list_transform(range(1, len({a}) + 1), "
            f"lambda i: {a}[i] = {b}[i] OR (length({a}[i]) = 1 AND starts_with({b}[i], {a}[i])) "
            f"OR (length({b}[i]) = 1 AND starts_with({a}[i], {b}[i])))) "
            f"AND list_bool_or(list_transform(range(1, len({a}) + 1), "
            f"lambda i: {a}[i] = {b}[i] AND length({a}[i]) >= 2)))")


def name_stem_sql(name_key: str) -> str:
    """SQL: a name key with initials dropped and each word cut to its first three letters, so
    that one name written in full, shortened or with a middle initial ("Christopher K. Meyer",
    "Chr Meyer", "Chris Meyer") counts once when the names behind a value are counted, while
    different people's names ("John Smith", "Wei Chen") stay apart."""
    return (f"array_to_string(list_sort(list_transform(list_filter(string_split({name_key}, ' '), "
            f"lambda t: length(t) >= 2), lambda t: left(t, 3))), ' ')")


def _jaccard(a: str, b: str) -> str:
    return f"(len(list_intersect({a}, {b})) / greatest(len(list_distinct(list_concat({a}, {b}))), 1))"


def _level(sql: str, label: str, null: bool = False, m: float | None = None) -> dict:
    """A comparison level; `m` is the starting m probability, which EM replaces wherever the
    bundle shows the level among its matches and which stays as it is where it does not (a
    bundle without typo'd national ids cannot teach how often matches have one)."""
    level = {"sql_condition": sql, "label_for_charts": label}
    if null:
        level["is_null_level"] = True
    if m is not None:
        level["m_probability"] = m
    return level


def _comparisons() -> list[dict]:
    def exact_only(column: str, description: str) -> dict:
        return {"output_column_name": column, "comparison_description": description,
                "comparison_levels": [
                    _level(f'"{column}_l" IS NULL OR "{column}_r" IS NULL', "null", True),
                    _level(f'"{column}_l" = "{column}_r"', "exact", m=0.6),
                    _level("ELSE", "else", m=0.4)]}

    return [
        {"output_column_name": "name", "comparison_description": "full name",
         "comparison_levels": [
             _level("name_key_l IS NULL OR name_key_r IS NULL", "null", True),
             _level("name_key_l = name_key_r", "exact", m=0.70),
             _level(f"name_core_l = name_core_r OR {_within_typos('name_key_l', 'name_key_r')} "
                    f"OR {_within_typos('name_core_l', 'name_core_r')} "
                    f"OR {_within_typos('fold_core_l', 'fold_core_r')} "
                    f"OR {initials_compatible('name_tokens_l', 'name_tokens_r')}",
                    "typos, initials, nicknames", m=0.15),
             _level("list_has_all(name_tokens_l, name_tokens_r) "
                    "OR list_has_all(name_tokens_r, name_tokens_l) "
                    "OR jaro_winkler_similarity(name_key_l, name_key_r) >= 0.92", "part of the name", m=0.08),
             _level("jaro_winkler_similarity(name_key_l, name_key_r) >= 0.80 "
                    "OR len(list_intersect(name_tokens_l, name_tokens_r)) > 0", "alike", m=0.04),
             _level("ELSE", "else", m=0.03)]},
        {"output_column_name": "dob", "comparison_description": "birth date",
         "comparison_levels": [
             _level("dob_l IS NULL OR dob_r IS NULL", "null", True),
             _level("dob_l = dob_r", "exact", m=0.90),
             _level("damerau_levenshtein(dob_l, dob_r) <= 1 OR (left(dob_l, 4) = left(dob_r, 4) "
                    "AND substr(dob_l, 6, 2) = substr(dob_r, 9, 2) "
                    "AND substr(dob_l, 9, 2) = substr(dob_r, 6, 2))", "one typo or day/month swapped", m=0.05),
             _level("damerau_levenshtein(dob_l, dob_r) <= 2", "two typos", m=0.02),
             _level("ELSE", "else", m=0.03)]},
        {"output_column_name": "nid", "comparison_description": "national id",
         "comparison_levels": [
             _level("nid_l IS NULL OR nid_r IS NULL", "null", True),
             _level("nid_l = nid_r", "exact", m=0.90),
             _level("damerau_levenshtein(nid_l, nid_r) <= 2", "one or two typos", m=0.07),
             _level("ELSE", "else", m=0.03)]},
        exact_only("email", "email (normalised)"),
        exact_only("phone", "phone (E.164)"),
        {"output_column_name": "home", "comparison_description": "home address",
         "comparison_levels": [
             _level("address_l IS NULL OR address_r IS NULL", "null", True),
             _level("home_l = home_r", "same (fuzzy canonical)", m=0.70),
             _level("(list_has_all(addr_nums_l, addr_nums_r) OR list_has_all(addr_nums_r, addr_nums_l)) "
                    f"AND {_jaccard('addr_words_l', 'addr_words_r')} >= 0.5",
                    "same words, a number left out", m=0.10),
             _level("jaro_winkler_similarity(address_l, address_r) >= 0.88 "
                    f"OR {_jaccard('addr_tokens_l', 'addr_tokens_r')} >= 0.5", "similar", m=0.10),
             _level("ELSE", "else", m=0.1)]},
    ]


# Candidate pairs: each rule is an exact match on a capped blocking key (NULL when the value
# is too common), so the work grows with shared values, not with the square of the bundle.
BLOCKING_KEYS = ("bk_nid", "bk_email", "bk_phone", "bk_first_nums", "bk_last_nums", "bk_name_home")
# One row's recovery contact is another row's own email or phone: a person's work accounts
# recover through their personal mailbox and mobile (world 40's bookkeeper with a mailbox at
# each client's domain, all recovering to her hotmail). Both ways round, as Splink keeps
# l < r; recovery to recovery is not a rule: a parent's mailbox recovers several children.
CROSS_BLOCKING_KEYS = (("bk_email", "bk_rec_email"), ("bk_phone", "bk_rec_phone"))
# One birth date (capped like the keys) and anything else in common: a name token, a name
# alike, a national id within two typos, the home.
DOB_RULE = ("l.bk_dob = r.bk_dob AND (list_has_any(l.name_tokens, r.name_tokens) "
            "OR jaro_winkler_similarity(l.name_key, r.name_key) >= 0.7 "
            "OR damerau_levenshtein(l.nid, r.nid) <= 2 OR l.home = r.home)")
# EM learns what matches look like inside blocks where most pairs are one person: one email
# or phone at one home (name, birth date and national id are learnt there), and one birth
# date with a name token (contacts and homes are learnt there). Blocks on a shared email or
# national id alone are no good: in a bundle with rings, most pairs there are different
# people, and EM would learn what a ring looks like.
TRAINING_KEYS = (("email", "home"), ("phone", "home"), ("dob", "first_token"))


def settings() -> dict:
    """The model's Splink settings (without trained parameters)."""
    return {
        "link_type": "dedupe_only",
        "unique_id_column_name": "unique_id",
        "probability_two_random_records_match": 1e-4,
        "blocking_rules_to_generate_predictions": [
            {"blocking_rule": rule, "sql_dialect": "duckdb"}
            for rule in [DOB_RULE] + [f"l.{k} = r.{k}" for k in BLOCKING_KEYS]
            + [f"l.{a} = r.{b}" for own, rec in CROSS_BLOCKING_KEYS for a, b in ((own, rec), (rec, own))]],
        "comparisons": _comparisons(),
        "retain_intermediate_calculation_columns": True,
        "retain_matching_columns": False,
        "additional_columns_to_retain": ["has_contact"],
        "max_iterations": 25,
        "em_convergence": 0.0001,
    }


# The capped blocking keys of `_input_sql`: (column, the key's expression in `keyed`, its cap).
_BLOCK_KEYS = (("bk_dob", "dob", DOB_CAP), ("bk_nid", "nid", BLOCK_CAP), ("bk_email", "email", BLOCK_CAP),
               ("bk_phone", "phone", BLOCK_CAP), ("bk_dob_first", "k_dob_first", BLOCK_CAP),
               ("bk_dob_last", "k_dob_last", BLOCK_CAP), ("bk_first_nums", "k_first_nums", BLOCK_CAP),
               ("bk_last_nums", "k_last_nums", BLOCK_CAP), ("bk_name_home", "k_name_home", BLOCK_CAP),
               ("bk_rec_email", "rec_email", BLOCK_CAP), ("bk_rec_phone", "rec_phone", BLOCK_CAP))


def _input_sql() -> str:
    """One row per subject with the compared columns and the capped blocking keys."""
    no_initials = lambda c: f"nullif(trim(regexp_replace(' ' || {c} || ' ', '( [a-z])+ ', ' ', 'g')), '')"  # noqa: E731
    # A block key shared by more than its cap of subjects is dropped. The keys are counted
    # in one long table of (subject, key name, key), not one window per key over every
    # subject's row: on Spark each window moved every subject's whole row across the
    # cluster once more (nine times in all). Rows without a key have no row there.
    long_keys = " UNION ALL ".join(
        f"SELECT unique_id, '{column}' AS key_name, {key} AS key_value FROM keyed WHERE {key} IS NOT NULL"
        for column, key, _ in _BLOCK_KEYS)
    cap = " ".join(f"WHEN '{column}' THEN {cap}" for column, _, cap in _BLOCK_KEYS if cap != BLOCK_CAP)
    pivot = ", ".join(f"max(CASE WHEN key_name = '{column}' THEN key_value END) AS {column}"
                      for column, _, _ in _BLOCK_KEYS)
    return f"""
        WITH base AS (
            SELECT n.id AS unique_id, n.name_key, {no_initials('n.name_key')} AS name_core,
                   {no_initials('n.name_fold')} AS fold_core,
                   string_split(n.name_key, ' ') AS name_tokens,
                   CAST(n.birth_date AS VARCHAR) AS dob, n.national_id_key AS nid,
                   n.email_key AS email, n.phone_e164 AS phone,
                   n.recovery_email_key AS rec_email, n.recovery_phone_e164 AS rec_phone,
                   n.address_key AS address, c.canonical AS home,
                   string_split(n.address_key, ' ') AS addr_tokens,
                   n.email_key IS NOT NULL OR n.phone_e164 IS NOT NULL AS has_contact
            FROM subjects_norm n LEFT JOIN address_canon c ON c.address_key = n.address_key
        ), parts AS (
            SELECT *,
                   list_filter(addr_tokens, lambda t: regexp_matches(t, '^[0-9]')) AS addr_nums,
                   list_filter(addr_tokens, lambda t: NOT regexp_matches(t, '^[0-9]')) AS addr_words,
                   CASE WHEN length(name_tokens[1]) >= 2 THEN name_tokens[1] END AS first_token,
                   CASE WHEN length(name_tokens[-1]) >= 2 THEN name_tokens[-1] END AS last_token
            FROM base
        ), keyed AS (
            SELECT *,
                   dob || '|' || first_token AS k_dob_first,
                   dob || '|' || last_token AS k_dob_last,
                   first_token || '|' || nullif(array_to_string(list_sort(addr_nums), ' '), '') AS k_first_nums,
                   last_token || '|' || nullif(array_to_string(list_sort(addr_nums), ' '), '') AS k_last_nums,
                   name_key || '|' || home AS k_name_home
            FROM parts
        ), long_keys AS ({long_keys}
        ), capped AS (
            SELECT unique_id, key_name, key_value FROM (
                SELECT *, count(*) OVER (PARTITION BY key_name, key_value) AS n FROM long_keys)
            WHERE n <= CASE key_name {cap} ELSE {BLOCK_CAP} END
        ), blocking AS (
            SELECT unique_id, {pivot} FROM capped GROUP BY unique_id
        )
        SELECT k.unique_id, name_key, name_core, fold_core, name_tokens, first_token, dob, nid, email, phone,
               address, home, addr_tokens, addr_nums, addr_words, has_contact,
               {", ".join(f"b.{column}" for column, _, _ in _BLOCK_KEYS)}
        FROM keyed k LEFT JOIN blocking b ON b.unique_id = k.unique_id
        ORDER BY k.unique_id
    """


def load_prior() -> dict:
    return json.loads(PRIOR_MODEL.read_text(encoding="utf-8"))


def _bayes_factors(model: dict) -> dict[str, list[float | None]]:
    """Bayes factor per non-null level (highest gamma first) of each comparison."""
    out = {}
    for comparison in model["comparisons"]:
        bfs = []
        for level in comparison["comparison_levels"]:
            if level.get("is_null_level"):
                continue
            m, u = level.get("m_probability"), level.get("u_probability")
            bfs.append(m / u if m and u else None)
        out[comparison["output_column_name"]] = bfs
    return out


def model_problems(model: dict) -> list[str]:
    """Why a trained model is not fit to use (empty if it is)."""
    problems = []
    for name, bfs in _bayes_factors(model).items():
        if any(bf is None for bf in bfs):
            problems.append(f"{name}: untrained level")
            continue
        if bfs[0] <= 1:
            problems.append(f"{name}: exact agreement is not evidence (bf {bfs[0]:.3g})")
        if bfs[-1] >= 1:
            problems.append(f"{name}: disagreement is evidence (bf {bfs[-1]:.3g})")
    return problems


def _same_comparisons(a: dict, b: dict) -> bool:
    def shape(model):
        return [[lv["sql_condition"] for lv in c["comparison_levels"]] for c in model["comparisons"]]
    return shape(a) == shape(b)


def _drop_splink_tables(engine: Engine) -> None:
    for name in (n for n in engine.tables() if n.startswith("__splink")):
        engine.sql(f'DROP TABLE IF EXISTS "{name}"')
        engine.sql(f'DROP VIEW IF EXISTS "{name}"')


@contextlib.contextmanager
def _quiet_splink():
    """Splink warns on stderr about every level EM did not see (expected here: the prior keeps
    those); keep the terminal for ringwatch's own progress and errors."""
    splink_log = logging.getLogger("splink")
    level = splink_log.level
    splink_log.setLevel(logging.ERROR)
    try:
        yield
    finally:
        splink_log.setLevel(level)


def _fit(engine: Engine, start: dict) -> dict:
    """u by seeded random sampling, then m by EM over TRAINING_KEYS, from `start`."""
    from splink import Linker, block_on

    with _quiet_splink():
        return _fit_quietly(engine, start, Linker, block_on)


def _fit_quietly(engine: Engine, start: dict, Linker, block_on) -> dict:  # noqa: N803 (Splink's class)
    linker = Linker("_person_input", engine.splink_settings(start), engine.splink_api(), set_up_basic_logging=False)
    linker.training.estimate_u_using_random_sampling(max_pairs=U_MAX_PAIRS, seed=SEED)
    model = linker.misc.save_model_to_json()
    # A level never seen among the sampled pairs (two strangers with one email) has u below
    # one in U_MAX_PAIRS: use that bound rather than no value.
    for comparison in model["comparisons"]:
        for level in comparison["comparison_levels"]:
            if not level.get("is_null_level") and not level.get("u_probability"):
                level["u_probability"] = 1 / U_MAX_PAIRS
    linker = Linker("_person_input", engine.splink_settings(model), engine.splink_api(), set_up_basic_logging=False)
    for key in TRAINING_KEYS:
        linker.training.estimate_parameters_using_expectation_maximisation(
            block_on(*key), fix_u_probabilities=True)
    return _floor_m(linker.misc.save_model_to_json())


def _floor_m(model: dict, floor: float = 0.005) -> dict:
    """No level is impossible among matches: EM sets m to 0 for a level its blocks never show
    (a match with another birth date, inside a block on birth date)."""
    for comparison in model["comparisons"]:
        levels = [lv for lv in comparison["comparison_levels"] if not lv.get("is_null_level")]
        ms = [max(lv.get("m_probability") or 0.0, floor) for lv in levels]
        for level, m in zip(levels, ms):
            level["m_probability"] = m / sum(ms)
    return model


def _train(engine: Engine, n_subjects: int) -> tuple[dict, dict]:
    """The model for this bundle and facts about how it was obtained."""

    prior = load_prior()
    info = {"prior": PRIOR_MODEL.name, "subjects": str(n_subjects)}
    if not _same_comparisons(prior, settings()):
        raise RuntimeError(f"{PRIOR_MODEL} does not match the comparisons in code: retrain it "
                           "with `python bench/train_person_model.py`")
    if n_subjects < MIN_TRAIN_SUBJECTS:
        info.update(model="prior", reason=f"fewer than {MIN_TRAIN_SUBJECTS} subjects")
        return prior, info
    # Start from the prior: a level EM cannot see keeps the prior's value.
    start = dict(prior, blocking_rules_to_generate_predictions=settings()[
        "blocking_rules_to_generate_predictions"])
    try:
        trained = _fit(engine, start)
    except Exception as exc:  # noqa: BLE001 - any training failure falls back to the prior
        log.warning("person model: training failed (%s); using the prior", exc)
        info.update(model="prior", reason=f"training failed: {exc}"[:300])
        return prior, info
    finally:
        _drop_splink_tables(engine)
    problems = model_problems(trained)
    if problems:
        log.warning("person model: trained model rejected (%s); using the prior", "; ".join(problems))
        info.update(model="prior", reason="trained model rejected: " + "; ".join(problems))
        return prior, info
    info.update(model="trained", reason=f"u: {U_MAX_PAIRS:.0f} sampled pairs (seed {SEED}); "
                f"m: EM blocked on {'; '.join('+'.join(k) for k in TRAINING_KEYS)}")
    return trained, info


def _predict(engine: Engine, model: dict) -> None:
    from splink import Linker

    # (Splink keeps the comparison levels, gamma_*, only with the matching columns.)
    model = dict(model, retain_intermediate_calculation_columns=True, retain_matching_columns=True,
                 additional_columns_to_retain=["has_contact"],
                 blocking_rules_to_generate_predictions=settings()[
                     "blocking_rules_to_generate_predictions"])
    try:
        linker = Linker("_person_input", engine.splink_settings(model), engine.splink_api(), set_up_basic_logging=False)
        scored = linker.inference.predict()
        engine.create("person_pair_scores", f"""
            SELECT unique_id_l AS a, unique_id_r AS b, match_weight, match_probability,
                   gamma_name, gamma_dob, gamma_nid, gamma_email, gamma_phone, gamma_home,
                   log2(bf_name) + log2(bf_dob) + log2(bf_nid) AS identity_bits,
                   has_contact_l, has_contact_r
            FROM {scored.physical_name}
        """)
    finally:
        _drop_splink_tables(engine)


def _pairs(engine: Engine, min_bits: float) -> None:
    engine.create("identity_pairs", f"""
        SELECT least(a, b) AS a, greatest(a, b) AS b FROM person_pair_scores
        WHERE gamma_nid = {NID_EXACT}
           OR (identity_bits >= {min_bits} AND gamma_nid <> {ELSE}
               AND (gamma_name >= {NAME_PARTIAL} OR gamma_nid = {NID_TYPO}))
    """)
    # One person's accounts also share what only that person gives: a recovery contact (or
    # one's recovery contact is the other's own), a device. Values held by more than a
    # household (a library computer, a helpdesk mailbox) tie nobody.
    engine.create("_pair_ties", f"""
        WITH personal AS (
            -- `own`: what only the person itself gives (not a recovery contact, which a
            -- parent's or a helpdesk's can be for several people)
            SELECT id, email_key AS v, true AS own FROM subjects_norm
            UNION ALL SELECT id, phone_e164, true FROM subjects_norm
            UNION ALL SELECT id, recovery_email_key, false FROM subjects_norm
            UNION ALL SELECT id, recovery_phone_e164, false FROM subjects_norm
            UNION ALL SELECT subject_id, 'device:' || device_id, true FROM logins_norm
              WHERE outcome = 'success'
            UNION ALL SELECT subject_id, 'device:' || device_id, true FROM endpoint_norm
            -- a personal page on a profile site (github.com:lisarod953) is one person's
            UNION ALL SELECT subject_id, 'profile:' || handle, true FROM subject_profiles
        ), held AS (
            SELECT id, v, bool_or(own) AS own FROM personal WHERE v IS NOT NULL GROUP BY id, v
        ), holder_names AS (
            -- holders are counted by name, not by row: a repeat applicant's forty applications
            -- are one holder of their own phone (a row without a name counts alone)
            SELECT h.v, coalesce({name_stem_sql('n.name_key')}, h.id) AS holder
            FROM held h JOIN subjects_norm n ON n.id = h.id
        ), few AS (
            SELECT h.id, h.v, h.own FROM held h
            WHERE h.v IN (SELECT v FROM holder_names GROUP BY v
                          HAVING count(DISTINCT holder) <= {TIE_MAX_HOLDERS})
        )
        SELECT s.a, s.b, count(DISTINCT fa.v) FILTER (WHERE fa.own AND fb.own) AS own_ties
        FROM person_pair_scores s
        JOIN few fa ON fa.id = s.a
        JOIN few fb ON fb.id = s.b AND fb.v = fa.v
        GROUP BY s.a, s.b
    """)
    # An operator's contact: an own email or phone that someone under another name at another
    # home gives too (the VOIP number behind several personas). A row under the victim's
    # identity and home but with such a contact is a persona, not the victim's new phone.
    engine.create("operator_contacts", _spread_values_sql(GIVEN_OWN_CONTACTS))
    # ... and what else an operator's personas share: a recovery mailbox or number, a
    # computer they sign in from (not one used now and then: a library's), a payout account
    # (not an agency's payroll), given by rows under other names that claim other homes and
    # name other employers. A row with any of these, or with the same own email or phone as
    # such a row (the same persona's other applications), is an operator's (`operator_rows`).
    engine.create("_operator_shares",
                  _spread_values_sql(GIVEN_OPERATOR_SHARES, homes_known=True, colleagues_apart=True))
    engine.create("operator_rows", _operator_rows_sql(
        "SELECT id FROM operator_contacts UNION SELECT id FROM _operator_shares"))
    engine.sql("DROP TABLE IF EXISTS _operator_shares")
    # A tie only through a recovery contact (one's recovery is the other's own, or both give
    # one recovery) is no shared contact between two rows with different own phones: two
    # people (two Oksana Tkachenkos whose forms name oksana.tkachenko@gmail.com, each with her
    # own number). A bookkeeper's account on a client's domain recovering to her own hotmail,
    # or one's hotmail recovering to one's own gmail, gives no phone of its own to differ.
    contact_shared = (f"(gamma_email = 1 OR gamma_phone = 1 OR (t.a IS NOT NULL "
                      f"AND (t.own_ties > 0 OR gamma_phone <> {ELSE})))")
    contact_conflict = f"(has_contact_l AND has_contact_r AND NOT {contact_shared})"
    # No sign of two operators: the same home (or one that omits a number); or other homes
    # but nobody gave contacts to compare; or no home known and contacts that do not conflict.
    home_ok = (f"(gamma_home >= {HOME_NEAR} OR (gamma_home BETWEEN {ELSE} AND {HOME_SIMILAR} "
               f"AND NOT (has_contact_l AND has_contact_r)) "
               f"OR (gamma_home = {NULL} AND NOT {contact_conflict}))")
    # One national id used at two employers, each row with its own personal mailbox and
    # phone and nothing else in common: a second user of the identity (a thief hired under
    # the victim's name, birth date and home), not the person with new contacts. A person's
    # second job or return under new contacts gives the employer's mail on one side, or
    # comes back to the same employer.
    second_user = (f"coalesce(gamma_nid = {NID_EXACT} AND {contact_conflict} AND ea.email_free "
                   f"AND eb.email_free AND ea.employer_key <> eb.employer_key, false)")
    # (names counted modulo shortening: "Chr Meyer" and "Christopher K. Meyer" are one name)
    engine.create("_crowded_contacts", f"""
        SELECT v FROM ({OWN_CONTACTS_SQL}) o JOIN subjects_norm n ON n.id = o.id
        WHERE v IS NOT NULL GROUP BY v HAVING count(DISTINCT {name_stem_sql('n.name_key')}) >= 3""")
    engine.create("same_person_pairs", f"""
        SELECT DISTINCT least(s.a, s.b) AS a, greatest(s.a, s.b) AS b
        FROM person_pair_scores s
        LEFT JOIN identity_pairs i ON i.a = least(s.a, s.b) AND i.b = greatest(s.a, s.b)
        LEFT JOIN _pair_ties t ON t.a = s.a AND t.b = s.b
        LEFT JOIN operator_rows oa ON oa.id = s.a
        LEFT JOIN operator_rows ob ON ob.id = s.b
        LEFT JOIN subjects_norm ea ON ea.id = s.a
        LEFT JOIN subjects_norm eb ON eb.id = s.b
        -- (a mailbox three or more names give is an operator's, not one person's)
        LEFT JOIN _crowded_contacts cc ON cc.v = ea.email_key
        -- one identity (a national id, or a name and the exact birth date) and a personal
        -- contact or device in common: one person who moved or changed name. Personas of a
        -- stolen identity use their operators' contacts, not the victim's.
        WHERE (i.a IS NOT NULL AND gamma_dob <> {ELSE} AND gamma_nid <> {ELSE}
               -- at two different homes only the person's own email or phone ties: one
               -- operator's device or recovery mailbox behind personas at other addresses
               -- is identity reuse
               AND (gamma_email = 1 OR gamma_phone = 1 OR (t.a IS NOT NULL AND gamma_home <> {ELSE}))
               AND (gamma_nid = {NID_EXACT} OR (gamma_dob = {DOB_EXACT} AND gamma_name >= {NAME_PARTIAL})))
           -- one name and the person's own email or phone, nothing conflicting: the same
           -- person (or the same persona) wherever they say they live; a move is not two
           -- people. A shared own contact under other names stays a link.
           OR (gamma_name >= {NAME_TYPO} AND (gamma_email = 1 OR gamma_phone = 1)
               AND gamma_dob <> {ELSE} AND gamma_nid <> {ELSE})
           -- one name and one mailbox: an email address is one person's (a phone number is
           -- recycled and a landline a family's), and a birth date written otherwise on one
           -- form is a slip or a fib, not a second person with that name and mailbox
           OR (gamma_name = {NAME_EXACT} AND gamma_email = 1 AND gamma_nid <> {ELSE})
           -- a name in common (a first name kept when the surname changed at marriage)
           -- with two ties of its own (own email or phone, a device, a personal profile
           -- page, each held by a household at most) at one home or none given, nothing
           -- conflicting: one person under a new name (siblings share a parent's recovery
           -- contact and the family computer, not their own phone and profile); at another
           -- home too where one tie is the same personal mailbox at a free provider, given by
           -- fewer than three names: one person who moved, took a new surname and a new
           -- number, and kept the mailbox
           OR (gamma_name >= {NAME_WEAK} AND coalesce(t.own_ties, 0) >= 2
               AND (gamma_home >= {HOME_NEAR} OR gamma_home = {NULL}
                    OR (gamma_email = 1 AND coalesce(ea.email_free, false) AND cc.v IS NULL))
               AND gamma_dob <> {ELSE} AND gamma_nid <> {ELSE})
           OR {home_ok}
              AND NOT ({contact_conflict} AND (oa.id IS NOT NULL OR ob.id IS NOT NULL))
              AND NOT {second_user} AND (
            -- one identity, strongly (a name badly misspelt but the same id and birth date)
            (i.a IS NOT NULL AND identity_bits >= {min_bits} AND gamma_nid <> {ELSE})
            -- one identity at one home, under one name or with no contacts to tell apart
            -- (the same national id under other names and contacts at one address is a
            -- facilitator's, not a person's)
            OR (i.a IS NOT NULL AND gamma_home >= {HOME_NEAR}
                AND (gamma_name >= {NAME_PARTIAL} OR NOT {contact_conflict}))
            -- one name sharing an email or phone, nothing conflicting
            OR (gamma_name >= {NAME_TYPO} AND {contact_shared}
                AND gamma_dob <> {ELSE} AND gamma_nid <> {ELSE})
            -- one name and birth date at one home, nobody's contacts to tell them apart: a
            -- national id mistyped beyond two typos (two strangers with one name and birth
            -- date do not live at one address)
            OR (gamma_name >= {NAME_TYPO} AND gamma_nid = {ELSE} AND NOT {contact_conflict}
                AND ((gamma_dob >= {DOB_TYPO} AND gamma_home >= {HOME_SIMILAR})
                     OR (gamma_dob = {NULL} AND gamma_home >= {HOME_NEAR}))))
        UNION
        -- Pairs with the person's own email or phone in common, nothing conflicting (kept
        -- apart so the name lists below are built for these few pairs only):
        SELECT least(s.a, s.b), greatest(s.a, s.b)
        FROM (SELECT * FROM person_pair_scores
              WHERE (gamma_email = 1 OR gamma_phone = 1) AND gamma_dob <> {ELSE} AND gamma_nid <> {ELSE}) s
        JOIN subjects_norm na ON na.id = s.a
        JOIN subjects_norm nb ON nb.id = s.b
        -- one name as written, once with initials ("Selin K." and "Selin Kara": the keys
        -- map nicknames and sort tokens, which can hide an initial's word)
        WHERE {initials_compatible("string_split(na.name_fold, ' ')", "string_split(nb.name_fold, ' ')")}
           -- or the own email and the own phone both, at homes that do not conflict: one
           -- person's rows whatever name each gives (a handle as an account's display name),
           -- unless three or more names give either contact (an operator's, behind personas);
           -- at another home too where the two names share a word and the mailbox is a
           -- personal one at a free provider: one person who moved and took a new surname
           -- (a staffing agency's submissions mailbox and desk phone, on its own domain,
           -- behind two candidates who share a first name, is not)
           OR (gamma_email = 1 AND gamma_phone = 1
               AND (gamma_home <> {ELSE} OR (gamma_name >= {NAME_WEAK} AND na.email_free))
               -- (NOT EXISTS by equality: Spark joins a NOT IN inside OR by a nested
               -- loop; an exact email and phone match means neither is NULL)
               AND NOT EXISTS (SELECT 1 FROM _crowded_contacts c WHERE c.v = na.email_key)
               AND NOT EXISTS (SELECT 1 FROM _crowded_contacts c WHERE c.v = na.phone_e164))
    """)
    engine.sql("DROP TABLE IF EXISTS _crowded_contacts")
    engine.sql("DROP TABLE IF EXISTS _pair_ties")


# What an operator's personas share besides an own contact (`operator_rows`), as (id, v).
OPERATOR_SHARES_SQL = f"""
    SELECT id, v FROM subjects_norm, unnest([recovery_email_key, recovery_phone_e164]) AS u(v)
    UNION ALL
    -- (each device and account once per row before anything is joined: every sign-in,
    -- snapshot and payout repeats them)
    SELECT l.subject_id, 'device:' || l.device_id
    FROM (SELECT DISTINCT subject_id, device_id FROM logins_norm WHERE outcome = 'success') l
    WHERE NOT EXISTS (SELECT 1 FROM occasional_devices o
                      WHERE o.subject_id = l.subject_id AND o.device_id = l.device_id)
      AND NOT EXISTS (SELECT 1 FROM site_devices d WHERE d.device_id = l.device_id)
    UNION ALL
    SELECT e.subject_id, 'device:' || e.device_id
    FROM (SELECT DISTINCT subject_id, device_id FROM endpoint_norm) e
    -- (a desk at a site reports its telemetry under each of its users)
    WHERE NOT EXISTS (SELECT 1 FROM site_devices d WHERE d.device_id = e.device_id)
    UNION ALL
    -- (an account paying more people than a household is an agency's payroll)
    SELECT DISTINCT subject_id, 'payout:' || destination_key FROM payments_norm
    WHERE destination_key IN (SELECT destination_key FROM payments_norm GROUP BY 1
                              HAVING count(DISTINCT subject_id) <= {HOUSEHOLD_MAX})"""

# The values each row gives (`_given_values_sql`), kept from the person pairs to the victims.
GIVEN_OWN_CONTACTS = "_given_own_contacts"
GIVEN_OPERATOR_SHARES = "_given_operator_shares"


def _operator_rows_sql(marked: str) -> str:
    """SQL: the rows of `marked` (a query of `id`: rows giving an operator's contact or sharing
    what an operator's personas share) and the rows giving the same own email or phone as one
    of them (the same persona's other applications)."""
    return f"""
        WITH marked AS ({marked}), own AS ({OWN_CONTACTS_SQL})
        SELECT id FROM marked
        UNION
        SELECT o2.id FROM marked m JOIN own o1 ON o1.id = m.id JOIN own o2 ON o2.v = o1.v"""


def _given_values_sql(values: str) -> str:
    """SQL: each row's values of `values(id, v)` with what `_spread_values_sql` compares (name,
    home, employer). Made once per kind of value (`resolve_persons`) and read by both the
    person pairs and the victims: on Spark, the operator shares alone (every sign-in's device)
    took 37 s at 1M subjects each time."""
    return f"""
        SELECT DISTINCT g.id, g.v, s.name_key, string_split(s.name_key, ' ') AS tokens,
               s.name_fold, c.canonical AS home, s.employer_key
        FROM ({values}) g
        JOIN subjects_norm s ON s.id = g.id
        LEFT JOIN address_canon c ON c.address_key = s.address_key
        WHERE g.v IS NOT NULL"""


def _spread_values_sql(given: str, homes_known: bool = False,
                       colleagues_apart: bool = False, contacts_apart: bool = False) -> str:
    """SQL: the rows (`id`) giving a value of table `given` (`_given_values_sql`) that a row
    under another name at another home gives too (with `homes_known`, only rows that both
    claim a home count: a parent's phone as the recovery number of the children's accounts,
    which carry no address, is no operator's; with `colleagues_apart`, two rows naming one employer do not count: the
    call centre's workstation). One name written with initials is one name ("Paolo D." on a
    freelance profile and "Paolo Dela" on an application), and so is a mailbox made of the name
    each gives (`name_in_handle_sql`); a value many give (a helpdesk
    number) is judged per value, not pair by pair. With `contacts_apart`, two rows that give
    the same own email and the same own phone do not count: a name changed at marriage and a
    move are one person's (a persona's variants share a number, not both)."""
    same_contacts = ("AND NOT EXISTS (SELECT 1 FROM subjects_norm x JOIN subjects_norm y "
                     "ON y.email_key = x.email_key AND y.phone_e164 = x.phone_e164 "
                     "WHERE x.id = a.id AND y.id = b.id)" if contacts_apart else "")
    other_home = ("a.home IS NOT NULL AND b.home IS NOT NULL AND a.home <> b.home" if homes_known
                  else "coalesce(a.home, a.id) <> coalesce(b.home, b.id)")
    other_employer = ("AND NOT coalesce(a.employer_key = b.employer_key, false)"
                      if colleagues_apart else "")
    return f"""
        WITH holders AS (
            SELECT v, count(*) AS n FROM {given} GROUP BY v HAVING count(*) > 1
        ), spread AS (
            SELECT DISTINCT a.v
            FROM {given} a JOIN {given} b ON a.v = b.v AND a.id < b.id
            WHERE a.v IN (SELECT v FROM holders WHERE n <= {BLOCK_CAP})
              AND {other_home}
              {other_employer}
              {same_contacts}
              AND NOT (coalesce(a.name_key = b.name_key, false)
                       OR coalesce({initials_compatible('a.tokens', 'b.tokens')}, false))
              -- a mailbox made of the name each gives ("mrodriguez": Mateo's and Maria's)
              -- says no more than the name: one person's, or namesakes' colliding addresses
              AND NOT (contains(a.v, '@')
                       AND {name_in_handle_sql('a.name_fold', mailbox_of_sql('a.v'))}
                       AND {name_in_handle_sql('b.name_fold', mailbox_of_sql('b.v'))})
            UNION
            SELECT v FROM {given} WHERE v IN (SELECT v FROM holders WHERE n > {BLOCK_CAP})
            GROUP BY v
            HAVING count(DISTINCT coalesce(name_key, id)) > 1
               AND count(DISTINCT {"home" if homes_known else "coalesce(home, id)"}) > 1
        )
        SELECT DISTINCT id FROM {given} WHERE v IN (SELECT v FROM spread)
    """


def victim_tie_sql(engine: Engine, kind: str, *subjects: str) -> str:
    """SQL condition: an IDENTITY_REUSE link (`kind`) touching a likely victim (any of the
    `subjects` columns) - a tie the victim did not make, so it is neither evidence against
    them nor ring membership."""
    if not engine.table_exists("identity_victims"):
        return "false"
    # EXISTS by equality, not `IN (SELECT ...)`: under NOT and OR, Spark joins an IN by a
    # nested loop (it must keep IN's NULL semantics; subject ids are never NULL)
    touches = " OR ".join(f"EXISTS (SELECT 1 FROM identity_victims v WHERE v.subject_id = {s})"
                          for s in subjects)
    return f"({kind} = 'IDENTITY_REUSE' AND ({touches}))"


def _victims(engine: Engine) -> None:
    """The established holder of a reused identity, where one clearly is."""
    logins = ("SELECT subject_id, date_diff('day', min(ts), max(ts)) AS days FROM logins_norm "
              "WHERE ts IS NOT NULL AND outcome = 'success' GROUP BY subject_id"
              if engine.table_exists("logins_norm") else
              "SELECT NULL::VARCHAR AS subject_id, NULL::BIGINT AS days WHERE false")
    m = VICTIM_MARGIN_DAYS
    # `operator_rows`, except that one person's own mailbox and phone under a married name at
    # a new home is no operator's contact
    own = _spread_values_sql(GIVEN_OWN_CONTACTS, contacts_apart=True)
    shares = _spread_values_sql(GIVEN_OPERATOR_SHARES, homes_known=True, colleagues_apart=True,
                                contacts_apart=True)
    marked = f"SELECT id FROM ({own}) UNION SELECT id FROM ({shares})"
    engine.create("identity_victims", f"""
        WITH holders AS (
            SELECT ic.identity_id, p.person_id,
                   max(CASE WHEN s.kind = 'employee' THEN 1 ELSE 0 END) AS employee,
                   min(s.created_at) AS first_seen,
                   coalesce(max(l.days), 0) AS login_days,
                   any_value(t.traits) AS traits
            FROM identity_clusters ic
            JOIN persons p ON p.subject_id = ic.subject_id
            JOIN subjects_norm s ON s.id = ic.subject_id
            JOIN person_traits t ON t.person_id = p.person_id
            LEFT JOIN ({logins}) l ON l.subject_id = ic.subject_id
            GROUP BY ic.identity_id, p.person_id
        ), tainted_rows AS ({marked}
        ), tainted AS (
            -- a holder that gives an operator's contact, or shares a recovery contact, a
            -- computer or a payout account with people under other names at other homes, is
            -- a persona, however early it appeared. Not a holder whose own mailbox or phone
            -- only a persona of another person gives too (`operator_rows` counts those): a
            -- persona takes its victim's mailbox along with the name, and a persona's own
            -- other applications are one person with it
            SELECT DISTINCT ic.identity_id, p.person_id
            FROM identity_clusters ic JOIN persons p ON p.subject_id = ic.subject_id
            JOIN persons q ON q.person_id = p.person_id
            JOIN tainted_rows o ON o.id = q.subject_id
        ), reused AS (
            SELECT identity_id FROM holders GROUP BY identity_id HAVING count(*) >= 2
        ), compared AS (
            SELECT a.identity_id, a.person_id, a.employee, a.first_seen, a.login_days, a.traits,
                   ta.person_id IS NOT NULL AS tainted,
                   bool_and(tb.person_id IS NOT NULL) AS others_tainted,
                   -- an ordinary life against an operator's traits: this holder shows nothing
                   -- of its own, or at most one moderate indicator (a VPN, a VOIP number, a
                   -- relay: what many ordinary people show), while every other holder carries
                   -- an operator's contact or indicators of its own (a VPN and a far-away
                   -- keyboard, a throwaway mailbox)
                   bool_and(a.traits < {MARKED_MIN}
                            AND (tb.person_id IS NOT NULL OR b.traits >= {MARKED_MIN}))
                       AS fewer_traits,
                   -- ... and a holder with such traits is not the victim where another holder
                   -- without them (nothing, or one moderate indicator) is
                   bool_or(a.traits >= {MARKED_MIN}
                           AND tb.person_id IS NULL AND b.traits < {MARKED_MIN}) AS marked_vs_clean,
                   bool_and(a.employee > b.employee
                            OR coalesce(a.first_seen <= b.first_seen - INTERVAL {m} DAY, false)
                            OR a.login_days >= b.login_days + {m}) AS ahead_of_all,
                   bool_or(b.employee > a.employee
                           OR coalesce(b.first_seen <= a.first_seen - INTERVAL {m} DAY, false)
                           OR b.login_days >= a.login_days + {m}) AS behind_any,
                   bool_and(a.employee > b.employee) AS only_employee,
                   bool_and(coalesce(a.first_seen <= b.first_seen - INTERVAL {m} DAY, false)) AS earliest,
                   bool_and(a.login_days >= b.login_days + {m}) AS longest_logins
            FROM holders a
            JOIN reused r ON r.identity_id = a.identity_id
            JOIN holders b ON b.identity_id = a.identity_id AND b.person_id <> a.person_id
            LEFT JOIN tainted ta ON ta.identity_id = a.identity_id AND ta.person_id = a.person_id
            LEFT JOIN tainted tb ON tb.identity_id = b.identity_id AND tb.person_id = b.person_id
            GROUP BY ALL
        ), victims AS (
            SELECT *, concat_ws('; ',
                       CASE WHEN others_tainted THEN 'its contacts are its own; every other holder '
                            || 'gives a contact, or shares a computer, recovery contact or payout '
                            || 'account, with people under other names elsewhere' END,
                       CASE WHEN fewer_traits AND NOT others_tainted AND traits < {CLEAN_MAX}
                            THEN 'nothing suspicious of its own, while every other holder shows an '
                                 || 'operator''s contact or indicators of its own'
                            WHEN fewer_traits AND NOT others_tainted
                            THEN 'at most one indicator of its own, while every other holder shows '
                                 || 'an operator''s contact or several indicators' END,
                       CASE WHEN only_employee THEN 'the only employee among its holders' END,
                       CASE WHEN earliest THEN 'first seen ' || strftime(first_seen, '%Y-%m-%d')
                            || ', at least {m} days before the other holders' END,
                       CASE WHEN longest_logins THEN 'the longest login history ('
                            || login_days || ' days)' END) AS reason
            -- A holder with an operator's contact is never the victim; one without, when every
            -- other holder has one, is; so is the one ordinary holder (nothing of its own, or
            -- one moderate indicator) among holders that carry an operator's traits, and a
            -- holder with such traits is not while an ordinary one is there (a persona's
            -- email account can predate the victim's job). Otherwise the
            -- earliest record by a clear margin is the established one whatever else (a persona
            -- can be hired too, or log in more), or every sign must agree.
            FROM compared
            WHERE NOT tainted AND (others_tainted OR fewer_traits
                                   OR (NOT marked_vs_clean
                                       AND (earliest OR (ahead_of_all AND NOT behind_any))))
        )
        SELECT p.subject_id, v.identity_id, v.reason
        FROM victims v JOIN persons p ON p.person_id = v.person_id
        JOIN identity_clusters ic ON ic.subject_id = p.subject_id AND ic.identity_id = v.identity_id
        ORDER BY p.subject_id
    """)


def resolve_persons(engine: Engine) -> None:
    """Match rows into persons and identities (see the module docstring)."""
    engine.create("_person_input", _input_sql())
    n_subjects = engine.count("_person_input")
    model, info = _train(engine, n_subjects)
    log.info("person model: %s (%s)", info["model"], info["reason"])
    _predict(engine, model)
    engine.create(GIVEN_OWN_CONTACTS, _given_values_sql(OWN_CONTACTS_SQL))
    engine.create(GIVEN_OPERATOR_SHARES, _given_values_sql(OPERATOR_SHARES_SQL))
    _pairs(engine, identity_min_bits(n_subjects))
    components(engine, "_persons", "SELECT id FROM subjects_norm", "SELECT a, b FROM same_person_pairs")
    engine.create("persons", "SELECT node AS subject_id, component AS person_id FROM _persons")
    # a person whose rows together travel (each row seeing a month or two) is a traveller:
    # before their traits are read from their indicators
    forget_what_travel_explains(engine)
    # Identities contain whole persons: a person is always one identity.
    components(engine, "_identities", "SELECT id FROM subjects_norm",
               "SELECT a, b FROM identity_pairs UNION ALL SELECT a, b FROM same_person_pairs")
    engine.create("identity_clusters",
                  "SELECT node AS subject_id, component AS identity_id FROM _identities")
    build_person_traits(engine)
    _victims(engine)
    bfs = _bayes_factors(model)
    info.update({f"log2_bf_{name}": " ".join(f"{math.log2(bf):.2f}" if bf else "?" for bf in levels)
                 for name, levels in bfs.items()})
    info["pairs_scored"] = str(engine.count("person_pair_scores"))
    info["same_person_pairs"] = str(engine.count("same_person_pairs"))
    info["identity_pairs"] = str(engine.count("identity_pairs"))
    engine.register("person_model", pa.table({"key": list(info), "value": list(info.values())}))
    for table in ("_persons", "_identities", "_person_input", GIVEN_OWN_CONTACTS, GIVEN_OPERATOR_SHARES):
        engine.sql(f"DROP TABLE IF EXISTS {table}")


def train_model(engine: Engine) -> dict:
    """Train on the normalised bundle in `engine` regardless of its size (for the prior)."""

    engine.create("_person_input", _input_sql())
    try:
        return _fit(engine, settings())
    finally:
        _drop_splink_tables(engine)
        engine.sql("DROP TABLE IF EXISTS _person_input")
