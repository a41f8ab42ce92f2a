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
    assert out[3] == {"key": None, "block": None, "house_number": None, "unit": None, "postcode": None,
                      "locality": None}


def test_a_post_office_box_is_no_postcode_and_the_last_one_wins():
    """Nairobi's `P.O. Box 99851, Nairobi, 00100`: the box number comes first, the postcode
    ends the address, as it does in nearly every country's form."""
    out = normalise_addresses(["Kileleshwa, Mombasa Rd, Apartment C15, P.O. Box 99851, Nairobi, 00100",
                               "Sameer Business Park, Block B, Mombasa Road, Nairobi 00100",
                               "Hauptstr. 5, Postfach 11070, 10115 Berlin"]).to_pylist()
    assert [r["postcode"] for r in out] == ["00100", "00100", "10115"]


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


def test_us_spellings_of_one_address_share_a_key():
    # state name or code, directional spelt out or abbreviated, suffix, ZIP+4 or ZIP, commas
    out = normalise_addresses([
        "4070 North Oxford Avenue, San Francisco, CA 94110",
        "4070 N Oxford Ave San Francisco California 94110",
        "4070 N. Oxford Ave., San Francisco, Calif. 94110-1234",
        "4070 north oxford av san francisco ca 941101234",
        "4070 N Oxford Ave, San Francisco, CA 94110, USA",
    ]).to_pylist()
    assert {r["key"] for r in out} == {"4070 94110 ave ca francisco n oxford san"}
    assert {(r["house_number"], r["postcode"], r["block"]) for r in out} == {("4070", "94110", "94110")}


def test_us_unit_designators_agree():
    out = normalise_addresses([
        "45 Rosewood Street Apt 12, Philadelphia, PA 19151",
        "45 ROSEWOOD STREET #12, PHILADELPHIA, PA 19151",
        "45 Rosewood St Unit 12, Philadelphia, Pennsylvania 19151-2201",
        "45 Rosewood St., Suite 12, Philadelphia, PA 19151",
        "45 Rosewood St Ste #12 Philadelphia PA 19151",
        "45 Rosewood St Apartment No. 12, Philadelphia, PA 19151",
    ]).to_pylist()
    assert {r["key"] for r in out} == {"12 19151 45 pa philadelphia rosewood st"}
    assert {r["unit"] for r in out} == {"12"}
    other = normalise_addresses(["45 Rosewood St Apt 13, Philadelphia, PA 19151"]).to_pylist()
    assert other[0]["key"] != out[0]["key"]


def test_us_state_names_only_where_the_state_is():
    out = normalise_addresses([
        "12 Washington Ave, New York, NY 10001",
        "12 Washington Avenue, New York, New York 10001",
        "1600 Pennsylvania Ave NW, Washington, DC 20500-0003",
        "1600 Pennsylvania Avenue Northwest, Washington, District of Columbia 20500",
        "9 Main St, Seattle, Washington 98101",
    ]).to_pylist()
    assert out[0]["key"] == out[1]["key"] == "10001 12 ave new ny washington york"
    assert out[2]["key"] == out[3]["key"] == "1600 20500 ave dc nw pennsylvania washington"
    assert out[4]["key"] == "9 98101 main seattle st wa"


def test_us_street_types_follow_usps():
    # Publication 28's full table applies where the tagger puts the street type
    out = normalise_addresses(["1 Spring Valley Bayou, Houston, Texas 77001",
                               "1 Spring Valley Byu, Houston, TX 77001"]).to_pylist()
    assert out[0]["key"] == out[1]["key"] == "1 77001 byu houston spring tx valley"


def test_looks_us_is_a_cheap_and_strict_gate():
    from ringwatch.normalise.address import _NOT_ALNUM, _clean
    from ringwatch.normalise.us_address import looks_us

    def us(text):
        return looks_us([" ".join(_NOT_ALNUM.sub(" ", s).split()) for s in _clean(text).split(",")])

    assert us("76 Albert Ct, Austin, TX 78724") and us("76 Albert Ct Austin Texas")
    assert us("76 Albert Ct, Austin, TX") and us("1 Main St, Boise, ID 83702-1234, USA")
    assert not us("Königstraße 5, 70173 Stuttgart")
    assert not us("Calle de la Paz 3, Madrid")
    assert not us("7 Church Terr., Edinburgh EH1 4WP")
    assert not us("30 Cedar Lane, Winnipeg, MB R3C 2R3")
    assert not us("12 rue de la paix de")  # a bare code needs a comma or a ZIP


def test_junk_never_crashes_and_non_us_is_unchanged():
    junk = ["$$$ ,,, ###, CA 12345", "CA", ", , TX 78701", "# # #", "Texas", "12345",
            "🏠 1 Main St, CA 90001", "x" * 5000 + ", TX 78701", "apt apt apt, NY 10001",
            "1 1 1 1 1 1, Washington", "\x00\x1f, OR 97201"]
    out = normalise_addresses(junk).to_pylist()
    assert len(out) == len(junk)
    assert out[4]["key"] == "texas"  # a lone state name is not an address to parse
    kept = normalise_addresses(["Kirchweg 368, Köln 50689", "ul. Lipowa 109, m. 57, 50-657 Wrocław",
                                "221B Baker Street, London NW1 6XE"]).to_pylist()
    assert [r["key"] for r in kept] == ["368 50689 kirchweg koln", "109 50657 57 lipowa ul wroclaw",
                                        "221b 6xe baker london nw1 st"]


def test_florida_is_a_state_not_a_floor():
    out = normalise_addresses(["102 Green Valley Terrace, Miami, FL 33160",
                               "102 Green Valley Ter, Miami, Florida 33160"]).to_pylist()
    assert out[0] == out[1] == {"key": "102 33160 fl green miami ter valley", "block": "33160",
                                "house_number": "102", "unit": None, "postcode": "33160",
                                "locality": "miami"}


def test_postcodes_written_in_two_parts_are_one_postcode():
    """A dash or a space inside a postcode must not leave only its tail as the postcode: the
    tail names no area, and the two writings of one address must give one key."""
    cases = {
        "ul. Polna 43 lok. 34, 80-577 Gdańsk": "80577",           # Poland
        "ul. Polna 43/34, 80577 Gdansk, Poland": "80577",
        "ul. Polna 43/34 80-577 Gdańsk": "80577",                  # without commas
        "1-2-3 Jingumae, Shibuya-ku, Tokyo 150-0001": "1500001",   # Japan
        "Rua Garrett 12, 1200-204 Lisboa": "1200204",              # Portugal
        "12 Maple Ave, Toronto, ON L1G 7C2": "l1g7c2",             # Canada, with and without
        "12 Maple Avenue, Toronto ON L1G7C2, Canada": "l1g7c2",    # the space
        "Rua Augusta 100, 01310-100 São Paulo - SP": "01310",      # Brazil: the first five
        "4070 N Oxford Ave, San Francisco, CA 94110-1234": "94110",  # ZIP+4
    }
    out = normalise_addresses(list(cases)).to_pylist()
    assert [row["postcode"] for row in out] == list(cases.values())
    assert out[0]["key"] == "34 43 80577 gdansk polna ul"
    assert out[0]["key"] == out[2]["key"]
    assert out[5]["key"] == out[6]["key"].replace(" canada", "")
    # a dashed number that opens the address is a house number, not a postcode
    queens, = normalise_addresses(["45-17 21st St, Long Island City, NY 11101"]).to_pylist()
    assert queens["house_number"] == "45" and queens["postcode"] == "11101"


def test_the_town_of_an_address_that_gives_no_postcode():
    """Many addresses written abroad name a town and no postcode; the town is what tells a
    workplace near home from a farm far from it (ringwatch/link/context.py `postal_areas`)."""
    cases = {
        "Bonifacio St 41, Davao, PH": "davao",
        "128 Mabini St., Brgy. Poblacion, Cebu City": "cebu",  # also written `Cebu`
        "Rua Augusta 100, Consolação, São Paulo - SP": "sao paulo",
        "12 Maple Ave, Toronto ON": "toronto",
        "Calle Corrientes 202, Mexico City, Mexico": "mexico city",
        "89, Seongsui-ro 28-gil, Busan, South Korea": "busan",
        "Flat 3, 10 Baker St, London NW1 6XE, UK": "london",
        "46 Red Hills Road, Kingston 11, Kingston": "kingston",
        "Granville St 156, Montreal, CA": "montreal",
        "Manila, Philippines": "manila",
        "Lviv": "lviv",
        "12 Oak St, Springfield, Illinois": "springfield",
        # a street and a unit, no town: nothing to tell
        "37 Bridge Dr, Apt 4": None,
        "Bonifacio St": None,
        "12 Oak St 94110": None,
    }
    out = normalise_addresses(list(cases)).to_pylist()
    assert [row["locality"] for row in out] == list(cases.values())
