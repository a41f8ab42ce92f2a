from ringwatch.normalise.address import normalise_addresses


def test_spellings_of_one_flat_share_a_key():
    out = normalise_addresses(["12 Oak St. Apt 4", "12 oak street #4", "12 OAK STREET, UNIT 4",
                               "12 Oak St Apartment 4", "Apt 4, 12 Oak St"]).to_pylist()
    assert {r["key"] for r in out} == {"12 4 oak st"}
    assert {(r["house_number"], r["unit"], r["block"]) for r in out} == {("12", "4", "12|oak")}


def test_other_flats_and_streets_differ():
    keys = normalise_addresses(["12 Oak St Apt 5", "12 Oak Ave Apt 4", "12 Oak St"]).column("key")
    assert len(set(keys.to_pylist())) == 3


def test_directionals_ordinals_and_unicode():
    out = normalise_addresses(["100 North Fifth Avenue", "100 N 5th Ave.",
                               "Königstraße 5, 70173 Stuttgart"]).to_pylist()
    assert out[0]["key"] == out[1]["key"] == "100 5th ave n"
    assert out[2]["key"] == "5 70173 konigstrasse stuttgart"
    assert (out[2]["house_number"], out[2]["postcode"]) == ("5", "70173")


def test_postcodes_feed_the_block():
    out = normalise_addresses(["221B Baker Street, London NW1 6XE",
                               "1600 Pennsylvania Ave NW, Washington, DC 20500-0003",
                               "12 Oak St, Apt 1234", None]).to_pylist()
    assert (out[0]["postcode"], out[0]["block"]) == ("nw1 6xe", "nw16xe")
    assert (out[1]["postcode"], out[1]["block"]) == ("20500", "20500")
    assert out[2]["postcode"] is None and out[2]["unit"] == "1234"  # a unit is not a postcode
    assert out[3] == {"key": None, "block": None, "house_number": None, "unit": None, "postcode": None}


def test_word_order_and_number_designators_do_not_matter():
    pairs = [("Kirchweg 368, Köln 50689", "Kirchweg 368, 50689 Köln"),
             ("76 Albert Court Apt 13, Austin, TX 78724", "13-76 Albert Ct., Austin, TX 78724"),
             ("Wensan Road 5, 100012 Beijing", "Wensan Road Nr. 5, 100012 Beijing"),
             ("Hauptstraße 581, Whg. 36, 80369 München", "Hauptstraße 581, Apt 36, München 80369")]
    for left, right in pairs:
        out = normalise_addresses([left, right]).to_pylist()
        assert out[0]["key"] == out[1]["key"], (left, right)
        assert out[0]["block"] == out[1]["block"]


def test_unit_designators_of_other_languages():
    pairs = [("ul. Lipowa 109, No. 57, 50-657 Wrocław", "ul. Lipowa 109, m. 57, 50-657 Wrocław"),
             ("rua das flores 30, apto 10 80010-532 curitiba", "RUA DAS FLORES 30, NO. 10, 80010-532 CURITIBA")]
    for left, right in pairs:
        out = normalise_addresses([left, right]).to_pylist()
        assert out[0]["key"] == out[1]["key"], (left, right)
