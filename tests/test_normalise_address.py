from ringwatch.normalise.address import normalise_addresses


def test_spellings_of_one_flat_share_a_key():
    out = normalise_addresses(["12 Oak St. Apt 4", "12 oak street #4", "12 OAK STREET, UNIT 4",
                               "12 Oak St Apartment 4", "Apt 4, 12 Oak St"]).to_pylist()
    assert {r["key"] for r in out} == {"12 oak st unit 4"}
    assert {(r["house_number"], r["unit"], r["block"]) for r in out} == {("12", "4", "12|oak")}


def test_other_flats_and_streets_differ():
    keys = normalise_addresses(["12 Oak St Apt 5", "12 Oak Ave Apt 4", "12 Oak St"]).column("key")
    assert len(set(keys.to_pylist())) == 3


def test_directionals_ordinals_and_unicode():
    out = normalise_addresses(["100 North Fifth Avenue", "100 N 5th Ave.",
                               "Königstraße 5, 70173 Stuttgart"]).to_pylist()
    assert out[0]["key"] == out[1]["key"] == "100 n 5th ave"
    assert out[2]["key"] == "konigstrasse 5 70173 stuttgart"
    assert (out[2]["house_number"], out[2]["postcode"]) == ("5", "70173")


def test_postcodes_feed_the_block():
    out = normalise_addresses(["221B Baker Street, London NW1 6XE",
                               "1600 Pennsylvania Ave NW, Washington, DC 20500-0003",
                               "12 Oak St, Apt 1234", None]).to_pylist()
    assert (out[0]["postcode"], out[0]["block"]) == ("nw1 6xe", "221b|nw16xe")
    assert (out[1]["postcode"], out[1]["block"]) == ("20500", "1600|20500")
    assert out[2]["postcode"] is None and out[2]["unit"] == "1234"  # a unit is not a postcode
    assert out[3] == {"key": None, "block": None, "house_number": None, "unit": None, "postcode": None}
