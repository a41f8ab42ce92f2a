from ringwatch.engines import DuckDBEngine
from ringwatch.link.weights import MIN_LINK_WEIGHT, RARITY, link_weight, max_useful_group, weight_sql


def test_a_value_shared_by_few_weighs_more_than_one_shared_by_hundreds():
    assert link_weight("SHARED_LOGIN_IP", 2) > link_weight("SHARED_LOGIN_IP", 400)
    assert link_weight("SHARED_PAYOUT", 5) > 0.8
    assert link_weight("SHARED_PAYOUT", 400) < 0.05


def test_pairs_weigh_less_than_groups_for_what_couples_share():
    # a joint bank account (2 people) is ordinary; five people paid into one account is not
    assert link_weight("SHARED_PAYOUT", 2) < link_weight("SHARED_PAYOUT", 5)
    assert link_weight("SHARED_RECOVERY_PHONE", 2) < link_weight("SHARED_RECOVERY_PHONE", 6)


def test_weak_kinds_stay_weak_at_any_size():
    for n in (2, 3, 10, 50, 500):
        assert link_weight("SHARED_ADDRESS", n) <= 0.15
        assert link_weight("SHARED_LOGIN_IP", n) <= 0.15


def test_sql_weight_matches_python():
    engine = DuckDBEngine()
    for code in RARITY:
        for n in (2, 3, 7, 30, 61, 250):
            got = engine.scalar(f"SELECT {weight_sql('c', 'n')} FROM (SELECT '{code}' AS c, {n} AS n)")
            assert abs(got - link_weight(code, n)) < 1e-9, (code, n)


def test_groups_beyond_the_useful_size_weigh_under_the_minimum():
    for code in RARITY:
        limit = max_useful_group(code)
        assert link_weight(code, limit + 1) < MIN_LINK_WEIGHT * 1.1
