"""On a generated world, the hard negatives stay low and the planted rings are found."""

from __future__ import annotations

import csv

import pytest

from ringwatch.pipeline import scan
from ringwatch.synth import generate
from ringwatch.synth.plan import NEGATIVE_KINDS


@pytest.fixture(scope="module")
def outcome(tmp_path_factory):
    root = tmp_path_factory.mktemp("world")
    generate(root, subjects=3000, seed=42)
    scan(root / "bundle", root / "scan")
    with (root / "truth.csv").open(newline="") as fh:
        truth = {r["subject_id"]: r for r in csv.DictReader(fh)}
    with (root / "scan" / "subjects.csv").open(newline="") as fh:
        scored = {r["id"]: r for r in csv.DictReader(fh)}
    return truth, scored


def test_no_hard_negative_kind_is_flagged_high(outcome):
    truth, scored = outcome
    negatives = [sid for sid, t in truth.items() if t["negative"]]
    assert {truth[s]["negative"] for s in negatives} == set(NEGATIVE_KINDS)  # every kind is in the world
    flagged = [s for s in negatives if scored[s]["level"] == "high"]
    assert len(flagged) <= len(negatives) * 0.002, [(s, truth[s]["negative"], scored[s]["reasons"]) for s in flagged]


def test_people_who_change_their_name_are_not_flagged_high(outcome):
    truth, scored = outcome
    changed = [s for s, t in truth.items() if t["negative"] == "name_change"]
    assert changed and not [s for s in changed if scored[s]["level"] == "high"]


def test_planted_ring_members_are_found_and_ringed(outcome):
    truth, scored = outcome
    members = [sid for sid, t in truth.items() if t["role"] == "ring"]
    high = [s for s in members if scored[s]["level"] == "high"]
    flagged = [s for s in members if scored[s]["level"] in ("high", "medium")]
    # Personas that show one kind of sharing and nothing else are review cases (medium) by
    # the corroboration policy; every planted persona must at least reach review.
    assert len(high) >= 0.75 * len(members)
    assert len(flagged) >= 0.80 * len(members)
    # Some planted personas share nothing the detector reads (a stolen name and birth date
    # under the persona's own national id reads as two people; a resume too reworded to
    # match): those cannot be ringed.
    assert sum(1 for s in members if scored[s]["ring"]) >= 0.75 * len(members)


def test_benign_population_is_almost_never_high(outcome):
    truth, scored = outcome
    benign = [sid for sid, t in truth.items() if t["fraud"] == "0"]
    assert sum(scored[s]["level"] == "high" for s in benign) <= 0.002 * len(benign)
