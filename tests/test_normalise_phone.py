from ringwatch.normalise.phone import normalise_phones


def test_formatting_variants_give_one_e164():
    variants = ["(415) 555-2671", "415.555.2671", "+1-415-555-2671", "001 415 555 2671",
                "tel:+14155552671", "+1 415 555 2671 ext. 123", "011 1 415 555 2671"]
    out = normalise_phones(variants).to_pylist()
    assert {r["e164"] for r in out} == {"+14155552671"}
    assert all(r["valid"] and r["region"] == "US" for r in out)


def test_default_region_applies_only_without_plus():
    out = normalise_phones(["020 7946 0018", "+1 415 555 2671", "010-1234-5678"],
                           ["GB", "GB", "kr"]).to_pylist()
    assert [r["e164"] for r in out] == ["+442079460018", "+14155552671", "+821012345678"]
    assert [r["region"] for r in out] == ["GB", "US", "KR"]
    assert out[2]["line_type"] == "mobile"


def test_voip_line_type_from_metadata():
    out = normalise_phones(["+44 56 1234 5678", "+44 7400 123456"]).to_pylist()
    assert [r["line_type"] for r in out] == ["voip", "mobile"]


def test_invalid_numbers_are_null_but_counted():
    out = normalise_phones(["12", "hello", None, "+1 000 000 0000"]).to_pylist()
    assert [r["e164"] for r in out] == [None] * 4
    assert [r["valid"] for r in out] == [False, False, None, False]


def test_a_carrier_lookup_s_line_types_in_the_numbering_plan_s_words():
    from ringwatch.normalise.phone import carrier_line_types

    given = ["nonFixedVoip", "fixedVoip", "VOIP", "MOBILE", "wireless", "FIXED_LINE", "landline",
             "tollFree", "carrier pigeon", "", None]
    assert carrier_line_types(given).column("line_type").to_pylist() == [
        "voip", "fixed_voip", "voip", "mobile", "mobile", "fixed_line", "fixed_line", "toll_free",
        None, None, None]
