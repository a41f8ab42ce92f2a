from ringwatch.normalise.name import canonical_token, normalise_names


def test_unicode_folding_keeps_token_order():
    out = normalise_names(["José Müller", "Zoë", "  O'Brien-Smith,  Mary ", "김민준"]).to_pylist()
    assert [r["fold"] for r in out] == ["jose muller", "zoe", "obrien smith mary", "gimminjun"]


def test_nicknames_and_token_order_give_one_key():
    out = normalise_names(["Smith, Bill", "William Smith", "Billy SMITH", "Bob Jones",
                           "Robert Jones"]).to_pylist()
    assert out[0]["key"] == out[1]["key"] == out[2]["key"] == "smith william"
    assert out[0]["tokens"] == ["smith", "william"]
    assert out[3]["key"] == out[4]["key"] == "jones robert"


def test_formal_names_and_unknown_tokens_stay():
    for token in ("william", "robert", "john", "elizabeth", "smith", "wei", "gimminjun"):
        assert canonical_token(token) == token
    assert canonical_token("liz") == "elizabeth"
    assert canonical_token("jim") == "james"


def test_empty_names_are_null():
    out = normalise_names([None, "", " ,. "]).to_pylist()
    assert all(r == {"fold": None, "key": None, "tokens": None} for r in out)
