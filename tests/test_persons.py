"""Persons and identities (Splink): one honest person is one person, a reused identity is one
identity over several persons, and its established holder is named as the likely victim."""

from __future__ import annotations

import csv
import itertools

import pytest

from conftest import make_bundle, run_stages

_numbers = itertools.count(100)


def row(sid, name, **fields):
    base = {"id": sid, "kind": "applicant", "full_name": name, "email": f"{sid}@example.org",
            "phone": "", "country": "US",
            "address": f"{next(_numbers)} Cedar Lane, Portland, OR 97201",
            "birth_date": "", "national_id": "", "created_at": "2025-03-01T10:00:00Z"}
    base.update(fields)
    return base


def login(sid, day):
    return {"subject_id": sid, "ts": f"{day}T09:00:00Z", "ip": "203.0.113.9",
            "device_id": f"dev-{sid}", "country": "US"}


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    subjects = [
        # One honest applicant three times: the address written two ways (state spelt out),
        # then a new phone; one application with a typo in the name and another email.
        row("rep0", "Dana Whitfield", email="dana.whitfield@gmail.com", phone="+1 503 555 0101",
            birth_date="1990-04-02", address="77 Lake Drive, Austin, TX 78702"),
        row("rep1", "Dana Whitfield", email="Dana.Whitfield+jobs@gmail.com", phone="+1 503 555 0188",
            birth_date="1990-04-02", address="77 Lake Dr, Austin, Texas 78702"),
        row("rep2", "Dana Whitfeld", email="dwhitfield90@yahoo.com", phone="",
            birth_date="1990-04-02", address="77 Lake Drive Austin Texas 78702"),
        # A stolen identity: the real holder, an employee since 2019 who logs in for a year,
        # and two personas at other homes with their own contacts, the name written otherwise.
        row("vic", "Jonathan Reyes", kind="employee", birth_date="1988-07-15",
            national_id="521-44-7781", email="jonathan.reyes@acme.com", phone="+1 212 555 0147",
            address="12 Birch Road, Albany, NY 12207", created_at="2019-05-01T10:00:00Z"),
        row("fake0", "Reyes, Jonathon", birth_date="1988-07-15", national_id="521447781",
            email="jonreyes88@hotmail.com", phone="+1 646 555 0133",
            address="400 Harbor Blvd, Miami, FL 33132"),
        row("fake1", "Jon Reyes", birth_date="1988-07-15",
            email="j.reyes.1988@outlook.com", phone="+1 718 555 0190",
            address="9 Elm Court, Dallas, TX 75201", created_at="2025-03-02T10:00:00Z"),
        # Two different people who share a name and a birth date: different national ids.
        row("twin0", "Maria Garcia", birth_date="1990-01-01", national_id="123-45-6781"),
        row("twin1", "Maria Garcia", birth_date="1990-01-01", national_id="987-65-4329"),
        # Unrelated people.
        row("other0", "Alan Brooks", birth_date="1979-11-30"),
        row("other1", "Chen Wei", birth_date="1985-02-14"),
    ]
    logins = [login("vic", d) for d in ("2024-01-05", "2024-06-05", "2025-02-05")]
    logins += [login("fake0", "2025-03-03"), login("fake1", "2025-03-04")]
    bundle = make_bundle(tmp_path_factory.mktemp("persons"), subjects=subjects, logins=logins)
    engine = run_stages(bundle, until="links")
    return bundle, engine


def _map(engine, table, key, value):
    return dict(engine.rows(f"SELECT {key}, {value} FROM {table}"))


def test_repeat_applicant_written_differently_is_one_person(world):
    _, engine = world
    persons = _map(engine, "persons", "subject_id", "person_id")
    assert persons["rep0"] == persons["rep1"] == persons["rep2"] == "rep0"
    # what one person shares with itself is no evidence
    assert not engine.rows("SELECT * FROM links WHERE a LIKE 'rep%' AND b LIKE 'rep%'")


def test_stolen_identity_at_other_homes_is_one_identity_of_several_persons(world):
    _, engine = world
    persons = _map(engine, "persons", "subject_id", "person_id")
    identities = _map(engine, "identity_clusters", "subject_id", "identity_id")
    assert len({persons["vic"], persons["fake0"], persons["fake1"]}) == 3
    assert identities["vic"] == identities["fake0"] == identities["fake1"]
    pairs = set(engine.rows("SELECT a, b FROM links WHERE kind = 'IDENTITY_REUSE'"))
    assert {("fake0", "fake1"), ("fake0", "vic"), ("fake1", "vic")} <= pairs
    assert not engine.rows("SELECT * FROM links WHERE kind = 'SHARED_NAME_DOB'")


def test_same_name_and_birth_date_with_different_national_ids_is_not_linked(world):
    _, engine = world
    identities = _map(engine, "identity_clusters", "subject_id", "identity_id")
    persons = _map(engine, "persons", "subject_id", "person_id")
    assert identities["twin0"] != identities["twin1"]
    assert persons["twin0"] != persons["twin1"]
    assert not engine.rows("SELECT * FROM links WHERE a = 'twin0' AND b = 'twin1'")


def test_unrelated_people_are_their_own_person_and_identity(world):
    _, engine = world
    persons = _map(engine, "persons", "subject_id", "person_id")
    identities = _map(engine, "identity_clusters", "subject_id", "identity_id")
    assert persons["other0"] == identities["other0"] == "other0"
    assert persons["other1"] == identities["other1"] == "other1"
    assert engine.count("persons") == engine.count("subjects") == engine.count("identity_clusters")


def test_tiny_bundle_uses_the_prior_model(world):
    _, engine = world
    info = _map(engine, "person_model", "key", "value")
    assert info["model"] == "prior"
    assert info["subjects"] == "10"
    assert "fewer than" in info["reason"]


def test_established_holder_is_the_likely_victim(world):
    _, engine = world
    victims = engine.rows("SELECT subject_id, identity_id, reason FROM identity_victims")
    assert [v[0] for v in victims] == ["vic"]
    reason = victims[0][2]
    assert "employee" in reason and "first seen 2019-05-01" in reason and "login history" in reason


def test_no_victim_when_no_holder_stands_out(tmp_path):
    subjects = [row("p0", "Grace Holt", birth_date="1985-03-03", national_id="400-11-2222",
                    email="grace.h@mail.com"),
                row("p1", "Grace Holt", birth_date="1985-03-03", email="holt.grace@mail.com",
                    created_at="2025-03-05T10:00:00Z")]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects), until="links")
    identities = _map(engine, "identity_clusters", "subject_id", "identity_id")
    persons = _map(engine, "persons", "subject_id", "person_id")
    assert identities["p0"] == identities["p1"] and persons["p0"] != persons["p1"]
    assert engine.count("identity_victims") == 0


def test_the_earliest_holder_is_the_victim_even_if_a_persona_was_hired_too(tmp_path):
    subjects = [row("v", "Omar Haddad", kind="applicant", birth_date="1979-06-01",
                    national_id="512-77-0012", email="omar.haddad@mail.com",
                    created_at="2021-02-01T10:00:00Z"),
                row("f1", "Omar Hadad", kind="employee", birth_date="1979-06-01",
                    national_id="512-77-0012", email="ohaddad.dev@outlook.com",
                    created_at="2025-04-01T10:00:00Z"),
                row("f2", "Haddad Omar", kind="contractor", birth_date="1979-06-01",
                    national_id="512770012", email="omar.h.1979@outlook.com",
                    created_at="2025-04-09T10:00:00Z")]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects), until="links")
    victims = engine.rows("SELECT subject_id, reason FROM identity_victims")
    assert [v[0] for v in victims] == ["v"] and "first seen 2021-02-01" in victims[0][1]


def test_one_name_birth_date_and_phone_at_a_new_home_is_one_person_who_moved(tmp_path):
    """Personas of a stolen identity use their operators' contacts, not the victim's: the same
    name, birth date and phone at another home is the person, moved; the same identity at
    another home under other contacts is reused."""
    subjects = [row("a1", "Grace Holt", phone="+1 212 555 0101", birth_date="1985-03-03",
                    address="1 Elm Street, Denver, CO 80202"),
                row("a2", "Grace Holt", phone="(212) 555-0101", birth_date="1985-03-03",
                    address="900 Ocean Drive, Miami, FL 33139"),
                row("a3", "Grace Holt", phone="+1 212 555 0101", birth_date="1985-03-03",
                    address="1 Elm St, Denver, CO 80202"),
                row("a4", "Grace Holt", phone="+1 646 555 0177", email="gholt.dev@outlook.com",
                    birth_date="1985-03-03", address="12 Harbor Road, Tampa, FL 33602")]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects), until="links")
    persons = _map(engine, "persons", "subject_id", "person_id")
    assert persons["a1"] == persons["a2"] == persons["a3"] != persons["a4"]
    kinds = {r[0] for r in engine.rows("SELECT kind FROM links WHERE 'a4' IN (a, b)")}
    assert "IDENTITY_REUSE" in kinds
    assert not engine.rows("SELECT * FROM links WHERE 'a2' IN (a, b) AND 'a4' NOT IN (a, b)")


def test_a_married_name_keeps_one_person(tmp_path):
    subjects = [row("m1", "Chloe Henderson", email="chloe.henderson@proton.me", birth_date="1969-05-02",
                    address="94 Academy Way Apt. 35, Chicago IL 60614"),
                row("m2", "Chloe Henderson-Brooks", email="chloe.henderson@proton.me",
                    birth_date="1969-05-02", address="3973 Hickory Dr, Seattle, WA 98122")]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects), until="links")
    persons = _map(engine, "persons", "subject_id", "person_id")
    assert persons["m1"] == persons["m2"]


def test_one_name_and_own_contacts_without_a_birth_date_is_one_person_who_moved(tmp_path):
    # An application (no birth date) and the later contract at a new home, one email and phone.
    subjects = [row("j1", "jack lewis", email="lewis.jack@yahoo.com", phone="801.898.4710",
                    address="15260 Laurel Place Apt 12, Salt Lake City, UT 84122"),
                row("j2", "Lewis, Jack", kind="contractor", email="lewis.jack@yahoo.com",
                    phone="801.898.4710", birth_date="1960-01-26",
                    address="2758 Harbor Way, Apt. 2, Nashville TN 37249"),
                # another name on the same phone stays a link, not a person
                row("j3", "Maya Ortiz", email="maya.ortiz@gmail.com", phone="801.898.4710",
                    address="40 Pine Street, Boise, ID 83702")]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects), until="links")
    persons = _map(engine, "persons", "subject_id", "person_id")
    assert persons["j1"] == persons["j2"] != persons["j3"]


def test_a_persona_at_the_victims_home_with_an_operators_phone_is_not_the_victim(tmp_path):
    """A persona may give the victim's own identity and home address; its phone is the one
    its operator gives for personas under other names elsewhere. Not the victim's new phone."""
    subjects = [row("v", "Deepa Wright", kind="employee", email="wright.deepa@gmail.com",
                    phone="+1 816-902-3904", birth_date="1988-08-24", national_id="345-21-7798",
                    address="16554 Highland Ct. Unit 36, Kansas City, MO 64117",
                    created_at="2022-05-14T12:50:40Z"),
                row("p", "Deepa Wright", kind="employee", email="wright.deepa.dev@gmail.com",
                    phone="+1 816 654 6948", birth_date="1988-08-24", national_id="345217798",
                    address="16554 Highland Ct Apt 36, Kansas City, MO 64117"),
                row("o1", "Brian Morales", email="b.morales.dev@outlook.com", phone="(816) 654-6948",
                    address="7 Quarry Lane, Reno, NV 89501"),
                row("o2", "Hao Cruz", email="hao.cruz.dev@outlook.com", phone="816.654.6948",
                    address="300 Bay Street, Tampa, FL 33602"),
                # the honest counterpart: the same identity and home, a new phone of one's own
                row("h1", "Tom Becker", birth_date="1975-02-02", national_id="222-33-4444",
                    email="tom.becker@gmail.com", phone="+1 303 555 0110",
                    address="5 Spruce Road, Denver, CO 80203", created_at="2020-01-01T00:00:00Z"),
                row("h2", "Tom Becker", birth_date="1975-02-02", national_id="222-33-4444",
                    email="tbecker75@proton.me", phone="+1 303 555 0199",
                    address="5 Spruce Rd, Denver, CO 80203")]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects), until="links")
    persons = _map(engine, "persons", "subject_id", "person_id")
    assert persons["v"] != persons["p"]
    assert persons["h1"] == persons["h2"]
    kinds = {r[0] for r in engine.rows("SELECT kind FROM links WHERE 'p' IN (a, b) AND 'v' IN (a, b)")}
    assert "IDENTITY_REUSE" in kinds


def test_a_persona_seen_first_is_still_not_the_victim(tmp_path):
    """The real holder may appear in the data after the persona that stole the identity: the
    holder whose contacts are its own is the victim, the one that gives an operator's number
    (also given for personas under other names elsewhere) is not."""
    subjects = [row("persona", "Jacob Howard", kind="employee", birth_date="1990-06-01",
                    national_id="318-22-9051", email="jacob_howard510.dev@hotmail.com",
                    phone="+1 412 555 0190", address="77 Mill Road, Columbus, OH 43004",
                    created_at="2024-10-29T03:16:33Z"),
                row("x1", "Nina Park", email="nina.park.dev@hotmail.com", phone="+1 412 555 0190",
                    address="5 Ash Street, Reno, NV 89501"),
                row("x2", "Omar Reyes", email="omar.reyes.dev@hotmail.com", phone="(412) 555-0190",
                    address="19 Oak Lane, Tampa, FL 33602"),
                row("real", "Jacob Howard", kind="contractor", birth_date="1990-06-01",
                    national_id="318-22-9051", email="jacob.howard@proton.me",
                    phone="+1 412 555 0777", address="18207 Birch Court, Pittsburgh PA 15227",
                    created_at="2024-12-01T10:21:41Z")]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects), until="links")
    victims = dict(engine.rows("SELECT subject_id, reason FROM identity_victims"))
    assert set(victims) == {"real"}
    assert "its contacts are its own" in victims["real"]


def test_a_new_surname_with_the_same_email_phone_and_home_is_one_person(tmp_path):
    subjects = [row("b1", "Baker, Liam", email="liam_baker495@gmail.com", phone="2134445796",
                    address="989 Spring Lane, San Francisco, CA 94172"),
                row("b2", "Liam Pham", email="liam_baker495@gmail.com", phone="(213) 444-5796",
                    national_id="711-96-8808", address="989 Spring Ln, San Francisco, CA 94172"),
                # one first name, one email and phone, but another home, and a third name
                # on that mailbox and phone: an operator's contacts, stays apart
                row("b3", "Liam Ortiz", email="liam_baker495@gmail.com", phone="2134445796",
                    address="12 Ferry Road, Tacoma, WA 98402")]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects), until="links")
    persons = _map(engine, "persons", "subject_id", "person_id")
    assert persons["b1"] == persons["b2"] != persons["b3"]


def test_a_new_surname_and_a_new_country_with_one_s_own_mailbox_and_phone_is_one_person(tmp_path):
    """Sebastian Romero of Buenos Aires moved to Madrid and took his husband's surname; his
    new account gives his old hotmail and his Argentine mobile: one person. Two candidates a
    staffing agency submits under its own submissions mailbox and desk phone, who happen to
    share a first name and live in two cities, stay two. One who moved, married and took a
    new number, keeping her mailbox and laptop, is one person too."""
    subjects = [row("ar", "Sebastian Romero", email="sromero97@hotmail.com", phone="+54 9 11 3508-4320",
                    country="AR", address="Calle Florida 744, apto 7, Buenos Aires"),
                row("es", "Sebastian Hernandez", kind="account", email="sromero97@hotmail.com",
                    phone="+5491135084320", country="ES", address="Calle de Alcala 60, 28014 Madrid"),
                row("c1", "Steven Thompson", email="submissions@bluecollartech.com", phone="858-581-3537",
                    address="4193 Ridge St Apt 9, Houston, TX 77075"),
                row("c2", "Steven King", email="submissions@bluecollartech.com", phone="858-581-3537",
                    address="2686 Ridge Way Apt 26, New York, NY 10045")]
    # Chloe Bailey, now Chloe Reed in Denver with a new number, kept her gmail and laptop
    subjects += [row("cb", "Chloe Bailey", email="chloebailey@gmail.com", phone="+1 617 555 0101",
                     address="12 Elm Street, Boston, MA 02108"),
                 row("cr", "Chloe Reed", email="chloebailey@gmail.com", phone="+1 720 555 0188",
                     address="400 Pine Street, Denver, CO 80202")]
    logins = [login("cb", "2025-03-02"), login("cr", "2025-06-03")]
    for entry in logins:
        entry["device_id"] = "chloe-macbook"
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, logins=logins), until="links")
    persons = _map(engine, "persons", "subject_id", "person_id")
    assert persons["ar"] == persons["es"]
    assert persons["cb"] == persons["cr"]
    assert persons["c1"] != persons["c2"]


def test_a_new_surname_with_own_phone_and_profile_is_one_person_but_siblings_are_two(tmp_path):
    subjects = [row("l1", "Lisa Rodriguez", email="lisarodriguez19@yahoo.com", phone="+15034161673",
                    address="", profiles="https://github.com/lisarod953"),
                row("l2", "Lisa Walker", email="lisa_walker42@aol.com", phone="+15034161673",
                    address="", profiles="https://github.com/lisarod953"),
                # siblings: a parent's phone as recovery and the family computer, own contacts
                row("k1", "Amy Novak", kind="account", email="amy.novak@gmail.com", address="",
                    recovery_phone="+1 303 555 0142"),
                row("k2", "Ben Novak", kind="account", email="ben.novak@gmail.com", address="",
                    recovery_phone="+1 303 555 0142")]
    logins = [login("k1", "2025-03-02"), login("k2", "2025-03-03")]
    for entry in logins:
        entry["device_id"] = "novak-family-pc"
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, logins=logins), until="links")
    persons = _map(engine, "persons", "subject_id", "person_id")
    assert persons["l1"] == persons["l2"]
    assert persons["k1"] != persons["k2"]


def test_work_accounts_recovering_to_one_s_own_mailbox_are_one_person(tmp_path):
    """Linh Nguyen keeps the books of four small firms: each gave her a mailbox on its own
    domain, and each account recovers to her own hotmail (two to her mobile too), which her
    contractor record gives as her email. One person, though no two rows share an email or a
    phone as their own. A mother's mailbox that recovers her two children's accounts keeps
    them two people (and apart from her). Two Oksana Tkachenkos, each with her own mailbox and
    number, one of whom gives the other's gmail as her recovery (a form filled with a guessed
    address), stay two; Joel Tomas's hotmail account, which recovers to his own gmail and gives
    no phone, is his."""
    firms = ("maplerealty19f.com", "oakhilldental05a.com", "birchhvac86d.com", "canyondaycare7df.com")
    subjects = [row("own", "Linh Nguyen", email="linh40@hotmail.com", phone="+1 443 303 5107",
                    address="14 Bay Street, Baltimore, MD 21201")]
    subjects += [row(f"w{i}", "Linh Nguyen", kind="account", email=f"linh.nguyen@{domain}", address="",
                     recovery_email="linh40@hotmail.com",
                     **({"recovery_phone": "+14433035107"} if i < 2 else {}))
                 for i, domain in enumerate(firms)]
    subjects += [row("mom", "Grace Park", kind="account", email="grace.park@gmail.com", address=""),
                 row("kid1", "Daniel Park", kind="account", email="danpark09@gmail.com", address="",
                     recovery_email="grace.park@gmail.com"),
                 row("kid2", "Sophie Park", kind="account", email="sophiepark11@gmail.com", address="",
                     recovery_email="grace.park@gmail.com"),
                 row("ok1", "Oksana Tkachenko", email="oksana.tkachenko@gmail.com", phone="+380505007458",
                     address=""),
                 row("ok2", "Oksana Tkachenko", email="oksanatkachenko71@hotmail.com", phone="+380931022747",
                     recovery_email="oksana.tkachenko@gmail.com", address="vul. Franka 210, Lviv, UA"),
                 row("joel_wallet", "Joel Tomas", email="joel.tomas@gmail.com", phone="+63 905 832 7192",
                     address="1360 Tahrir Lane, Cebu City 6096, Philippines"),
                 row("joel_mail", "Joel K. Tomas", kind="account", email="joel_tomas@hotmail.com", address="",
                     recovery_email="joeltomas@gmail.com", recovery_phone="+639050422887")]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects), until="links")
    persons = _map(engine, "persons", "subject_id", "person_id")
    assert {persons[f"w{i}"] for i in range(4)} == {persons["own"]}
    assert len({persons["mom"], persons["kid1"], persons["kid2"]}) == 3
    assert persons["ok1"] != persons["ok2"]
    assert persons["joel_wallet"] == persons["joel_mail"]


def test_training_on_a_bundle_never_crashes(tmp_path, monkeypatch):
    from ringwatch.link import persons as persons_module

    monkeypatch.setattr(persons_module, "MIN_TRAIN_SUBJECTS", 0)
    subjects = [row(f"s{i}", name, birth_date=f"19{60 + i}-01-0{1 + i % 9}")
                for i, name in enumerate(["Ann Lee", "Bob Ray", "Cy Young", "Di Moss", "Ed Fox"])]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects), until="links")
    info = _map(engine, "person_model", "key", "value")
    assert info["model"] in ("trained", "prior") and info["reason"]
    assert engine.count("persons") == 5


def test_prior_model_matches_the_code():
    from ringwatch.link.persons import _same_comparisons, load_prior, model_problems, settings

    prior = load_prior()
    assert _same_comparisons(prior, settings())
    assert model_problems(prior) == []


def test_subjects_csv_has_the_person_column(world, tmp_path):
    from ringwatch.pipeline import scan

    bundle, _ = world
    scan(bundle, tmp_path / "out")
    with (tmp_path / "out" / "subjects.csv").open(newline="", encoding="utf-8") as fh:
        rows = {r["id"]: r for r in csv.DictReader(fh)}
    header = list(next(iter(rows.values())))
    assert header[:5] == ["id", "score", "level", "ring", "reasons"] and "person" in header
    assert rows["rep1"]["person"] == rows["rep2"]["person"] == "rep0"
    assert rows["fake0"]["person"] == "fake0" and rows["other1"]["person"] == "other1"


def test_likely_victim_is_neither_ringed_nor_scored_for_the_reuse(world):
    bundle, _ = world
    engine = run_stages(bundle)
    ringed = {r[0] for r in engine.rows("SELECT subject_id FROM ring_members")}
    assert "vic" not in ringed and {"fake0", "fake1"} <= ringed
    codes = {r[0] for r in engine.rows("SELECT code FROM contributions WHERE subject_id = 'vic'")}
    assert "LIKELY_VICTIM" in codes and "IDENTITY_REUSE" not in codes and "RING_MEMBER" not in codes
    assert engine.scalar("SELECT score FROM scores WHERE subject_id = 'vic'") == 0


def test_the_ordinary_holder_is_the_victim_when_the_persona_carries_an_operators_traits(tmp_path):
    """A persona's email account can predate the victim's job: the holder that lives an
    ordinary life is the victim, the one signing in through a hosting provider is not, however
    early it appeared."""
    subjects = [row("persona", "Diego Ramirez", kind="account", birth_date="2004-04-24",
                    email="diegoramirez@outlook.com", address="",
                    created_at="2023-11-14T17:15:00Z"),
                row("real", "Diego Ramirez", kind="employee", birth_date="2004-04-24",
                    national_id="357-15-2499", email="diego_ramirez567@gmail.com",
                    phone="+1 503 209 0621", address="2721 Franklin Ct, Minneapolis, MN 55423",
                    created_at="2024-11-08T02:22:35Z")]
    logins = [login("real", "2025-01-06"), login("real", "2025-02-03")]
    # (04:00 UTC: 13:00 in UTC+9, 22:00 in US Central time)
    logins += [{"subject_id": "persona", "ts": f"2025-01-{d:02d}T04:00:00Z", "ip": "45.76.12.9",
                "device_id": "dev-op", "country": "US"} for d in range(2, 9)]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, logins=logins), until="links")
    identities = _map(engine, "identity_clusters", "subject_id", "identity_id")
    assert identities["persona"] == identities["real"]
    traits = _map(engine, "person_traits", "person_id", "traits")
    assert traits["real"] == 0 and traits["persona"] >= 0.5
    victims = dict(engine.rows("SELECT subject_id, reason FROM identity_victims"))
    assert set(victims) == {"real"}
    assert "nothing suspicious of its own" in victims["real"]


def test_an_ordinary_holder_with_one_moderate_indicator_is_still_the_victim(tmp_path):
    """The real person's own number is a VOIP line (one moderate indicator, as many ordinary
    people have); the persona signs in through a hosting provider at night, with a VOIP number
    too. One indicator against an operator's several: the real person is the victim."""
    subjects = [row("persona", "Diego Ramirez", kind="account", birth_date="2004-04-24",
                    email="diegoramirez@outlook.com", address="", phone="+1 415 555 0137",
                    phone_line_type="voip", created_at="2023-11-14T17:15:00Z"),
                row("real", "Diego Ramirez", kind="employee", birth_date="2004-04-24",
                    national_id="357-15-2499", email="diego_ramirez567@gmail.com",
                    phone="+1 503 209 0621", phone_line_type="voip",
                    address="2721 Franklin Ct, Minneapolis, MN 55423",
                    created_at="2024-11-08T02:22:35Z")]
    logins = [login("real", "2025-01-06"), login("real", "2025-02-03")]
    logins += [{"subject_id": "persona", "ts": f"2025-01-{d:02d}T04:00:00Z", "ip": "45.76.12.9",
                "device_id": "dev-op", "country": "US"} for d in range(2, 9)]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, logins=logins), until="links")
    traits = _map(engine, "person_traits", "person_id", "traits")
    assert 0.2 <= traits["real"] < 0.5 <= traits["persona"]
    victims = dict(engine.rows("SELECT subject_id, reason FROM identity_victims"))
    assert set(victims) == {"real"}
    assert "at most one indicator of its own" in victims["real"]


def test_a_name_written_with_an_initial_is_one_name(tmp_path):
    """"Paolo D." on a freelance profile and "Paolo Dela" on applications, one email and phone:
    one person, and the email is not an operator's (no other name gives it)."""
    subjects = [row("profile", "Paolo D.", kind="contractor", email="paolodela@gmail.com",
                    phone="(619) 998-1167", address=""),
                row("app0", "Paolo Dela", email="paolodela@gmail.com", phone="+1 619 998 1167",
                    address="6721 Chestnut Blvd, San Diego, CA 92128"),
                row("app1", "Paolo Dela", email="paolodela@gmail.com", phone="619-998-1167",
                    address="6721 Chestnut Boulevard, San Diego, CA 92128"),
                # another name giving one phone at another home is still an operator's
                row("op0", "Nina Park", email="nina.park@outlook.com", phone="+1 412 555 0190",
                    address="5 Ash Street, Reno, NV 89501"),
                row("op1", "Omar Reyes", email="omar.reyes@outlook.com", phone="(412) 555-0190",
                    address="19 Oak Lane, Tampa, FL 33602")]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects), until="links")
    persons = _map(engine, "persons", "subject_id", "person_id")
    assert persons["profile"] == persons["app0"] == persons["app1"]
    operators = {r[0] for r in engine.rows("SELECT id FROM operator_contacts")}
    assert operators == {"op0", "op1"}


def test_one_name_and_one_mailbox_is_one_person_whatever_birth_date_a_form_says(tmp_path):
    """An email address is one person's: the same name and mailbox with a birth date written
    otherwise on one form is one person. Namesakes with their own mailboxes stay two, and so do
    two national ids behind one mailbox."""
    subjects = [row("a0", "Olivia Adeyemi", email="olivia.adeyemi@icloud.com", birth_date="1979-04-11",
                    phone="+1 602 956 4482", address="1551 Washington Way Apt 35, Boston, MA 02108"),
                row("a1", "Olivia Adeyemi", kind="employee", email="olivia.adeyemi@icloud.com",
                    birth_date="1983-11-03", phone="+1 612 592 9542",
                    address="6043 Hill Rd, Minneapolis, MN 55401"),
                row("b0", "Olivia Adeyemi", email="oadeyemi@gmail.com", birth_date="1990-02-02"),
                row("c0", "Sam Cole", email="samcole@gmail.com", national_id="400-11-2222"),
                row("c1", "Sam Cole", email="samcole@gmail.com", national_id="511-22-3333")]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects), until="links")
    persons = _map(engine, "persons", "subject_id", "person_id")
    assert persons["a0"] == persons["a1"] != persons["b0"]
    assert persons["c0"] != persons["c1"]


def test_a_persona_at_the_victims_home_sharing_an_operators_laptop_is_not_the_victim(tmp_path):
    """A persona gives the victim's identity and home with contacts of its own; it signs in
    from the laptop another persona (another name, another home, another employer) uses. It
    is not the victim who changed phone and email: two persons, and the victim is named."""
    subjects = [row("real", "Linda Evans", kind="employee", birth_date="2000-12-26",
                    national_id="431-22-9810", email="linda5576@yahoo.com", phone="(469) 749-8520",
                    address="1637 Chestnut St, Houston, TX 77021", employer="Acme",
                    created_at="2024-04-04T02:00:00Z"),
                row("persona", "Linda Evans", kind="employee", birth_date="2000-12-26",
                    national_id="431-22-9810", email="linda_evans94@outlook.com",
                    phone="+1 614 509 5340", address="1637 Chestnut St, Houston, TX 77021",
                    employer="Globex", created_at="2023-06-25T05:21:45Z"),
                row("other", "Mark Hill", kind="employee", email="mark.hill.dev@outlook.com",
                    phone="+1 614 509 7781", address="90 Pine Road, Tulsa, OK 74103",
                    employer="Initech")]
    logins = [login("real", "2025-01-06"), login("real", "2025-02-03")]
    logins += [{"subject_id": sid, "ts": f"2025-01-{d:02d}T03:00:00Z", "ip": "198.51.100.7",
                "device_id": "dev-operator", "country": "US"}
               for sid in ("persona", "other") for d in range(2, 6)]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, logins=logins), until="links")
    persons = _map(engine, "persons", "subject_id", "person_id")
    assert persons["real"] != persons["persona"]
    assert {r[0] for r in engine.rows("SELECT id FROM operator_rows")} == {"persona", "other"}
    assert {r[0] for r in engine.rows("SELECT subject_id FROM identity_victims")} == {"real"}


def test_colleagues_workstations_and_an_agency_payroll_mark_no_operator(tmp_path):
    """Two colleagues at one call centre's workstation, and ten contractors paid by one
    agency, share a computer or an account under other names at other homes: organisations,
    not operators."""
    subjects = [row(f"desk{i}", f"Agent {n}", kind="employee", employer="CallCo",
                    email=f"agent{i}@example.org") for i, n in enumerate(("Ann Lee", "Bo Chan"))]
    subjects += [row(f"agency{i}", f"Contractor Number{i}", kind="contractor", employer=f"Client {i}")
                 for i in range(10)]
    logins = [{"subject_id": f"desk{i}", "ts": f"2025-01-0{d}T15:00:00Z", "ip": "203.0.113.50",
               "device_id": "ws-17", "country": "US"} for i in range(2) for d in range(1, 5)]
    payments = [{"subject_id": f"agency{i}", "ts": "2025-02-01T00:00:00Z", "amount": "4000",
                 "currency": "USD", "method": "bank", "destination": "021000021:4205694273"}
                for i in range(10)]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, logins=logins, payments=payments),
                        until="links")
    assert engine.count("operator_rows") == 0


def test_person_traits_count_own_indicators_once_per_group_and_not_a_links_own_fact(tmp_path):
    """A person's traits: the strongest indicator of each group, over all of the person's rows;
    equipment shipped elsewhere is the shipment a shared address observes, not a trait."""
    from ringwatch.link.traits import build_person_traits
    from ringwatch.engines.duckdb import DuckDBEngine

    engine = DuckDBEngine()
    engine.create("persons", "SELECT * FROM (VALUES ('a1', 'a1'), ('a2', 'a1'), ('b', 'b'), "
                             "('c', 'c')) AS t(subject_id, person_id)")
    engine.create("signals", """
        SELECT * FROM (VALUES
            ('a1', 'HOSTING_LOGINS', 0.42, '', 'hosting'),
            ('a2', 'HOSTING_SIGNUP_IP', 0.30, '', 'hosting'),
            ('a2', 'KEYBOARD_MISMATCH', 0.30, '', 'KEYBOARD_MISMATCH'),
            ('b', 'SHIP_TO_OTHER_ADDRESS', 0.42, '', 'SHIP_TO_OTHER_ADDRESS'))
        AS t(subject_id, code, weight, detail, signal_group)
    """)
    build_person_traits(engine)
    traits = dict(engine.rows("SELECT person_id, traits FROM person_traits"))
    assert traits["a1"] == pytest.approx(1 - (1 - 0.42) * (1 - 0.30))
    assert traits["b"] == 0 and traits["c"] == 0


def test_an_initial_whose_word_is_a_nickname_is_still_one_name(tmp_path):
    """"Selin K." on an account and "Selin Kara" hired with the same email: the name keys map
    nicknames (kara -> carol) and sort tokens, which hides the initial; the name as written
    does not. A different first name with that email stays a link."""
    subjects = [row("acct", "Selin K.", kind="account", email="selinkara@gmail.com", address="",
                    country="TR"),
                row("emp", "Selin Kara", kind="employee", email="selinkara@gmail.com",
                    birth_date="1996-08-01", phone="+1 857 614 8613"),
                row("other", "Derya K.", kind="account", email="selinkara@gmail.com", address="")]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects), until="links")
    persons = _map(engine, "persons", "subject_id", "person_id")
    assert persons["acct"] == persons["emp"] != persons["other"]


def test_own_email_and_phone_both_make_one_person_whatever_the_display_name(tmp_path):
    """An account named by its handle ("kiplagatian1.eth") and an application as "Ian
    Kiplagat", with the same own email and phone: one person. Two names giving one phone with
    emails of their own stay two, and so do two names giving one email and phone that a third
    name also gives (an operator's contacts)."""
    subjects = [row("acct", "kiplagatian1.eth", kind="account", email="ian3094@gmail.com",
                    phone="+254709850644", country="KE", address=""),
                row("appl", "Ian Kiplagat", email="ian3094@gmail.com", phone="0709 850 644", country="KE",
                    address=""),
                row("p1", "Grace Otieno", email="grace.otieno@gmail.com", phone="+254711000222", country="KE",
                    address=""),
                row("p2", "Amina Wanjiru", email="amina.w@gmail.com", phone="+254711000222", country="KE",
                    address=""),
                row("o1", "Tom Baker", email="ops.desk@outlook.com", phone="+1 312 555 0147"),
                row("o2", "Lee Grant", email="ops.desk@outlook.com", phone="+1 312 555 0147"),
                row("o3", "Ray Stone", email="ray.stone@outlook.com", phone="+1 312 555 0147")]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects), until="links")
    persons = _map(engine, "persons", "subject_id", "person_id")
    assert persons["acct"] == persons["appl"]
    assert persons["p1"] != persons["p2"]
    assert len({persons["o1"], persons["o2"], persons["o3"]}) == 3



def test_one_name_shortened_and_a_married_name_over_many_applications_is_one_person(tmp_path):
    """Santiago Romero applies eight times, then as Santiago Taylor after marrying and once as
    "San Taylor", always with one email and phone: three ways of writing names but two names,
    so the contacts are his own, not an operator's; the rows, more than a household's, are
    one person. "Chr Meyer", "Christopher Meyer" and "Christopher K. Meyer" likewise. Three
    different names giving one email and phone stay apart (the operator test above)."""
    romero = [row(f"sr{i}", "Santiago Romero", email="santiagoromero2001@me.com",
                  phone="(801) 335-6690", address="2704 Union Dr, Salt Lake City, UT 84194")
              for i in range(8)]
    taylor = [row(f"st{i}", "Santiago Taylor", email="santiagoromero2001@me.com",
                  phone="801.335.6690", address="2704 Union Drive, Salt Lake City, UT 84194")
              for i in range(3)]
    taylor.append(row("san", "San Taylor", email="santiagoromero2001@me.com",
                      phone="+18013356690", address="2704 UNION DR, SALT LAKE CITY, UT 84194"))
    meyer = [row("cm1", "Chr Meyer", email="cmeyer@gmail.com", phone="+1 415 555 0120",
                 address="5 Bay St, Oakland, CA 94607"),
             row("cm2", "Christopher Meyer", email="cmeyer@gmail.com", phone="(415) 555-0120",
                 address="5 Bay Street, Oakland, CA 94607"),
             row("cm3", "Christopher K. Meyer", email="cmeyer@gmail.com", phone="4155550120",
                 address="5 Bay St, Oakland, CA 94607")]
    engine = run_stages(make_bundle(tmp_path, subjects=romero + taylor + meyer), until="links")
    persons = _map(engine, "persons", "subject_id", "person_id")
    assert len({persons[r["id"]] for r in romero + taylor}) == 1
    assert persons["cm1"] == persons["cm2"] == persons["cm3"]


def test_one_national_id_at_two_employers_with_separate_personal_contacts_is_a_second_user(tmp_path):
    """A thief hired under the victim's name, birth date, national id and home, at another
    employer, with a personal mailbox and phone of its own: a second user of the identity, not
    the victim with new contacts. The victim is named as such. The same person working a second
    job under the employer's mail, or back at the same employer with new contacts, stays one."""
    subjects = [row("victim", "Gabriela Hernandez", kind="employee", employer="Orbit Media",
                    email="gabriela_hernandez@yahoo.com", phone="+1 301 234 5787",
                    birth_date="1982-09-28", national_id="518-22-4410",
                    address="5771 Bluebird Blvd, Bethesda, MD 20851", created_at="2024-08-25T00:00:00Z"),
                row("thief", "Gabriela Hernandez", kind="employee", employer="Nova Systems",
                    email="g.hernandez1088@gmail.com", phone="+1 646 388 9483",
                    birth_date="1982-09-28", national_id="518224410",
                    address="5771 Bluebird Boulevard, Bethesda, MD 20851", created_at="2025-11-27T00:00:00Z"),
                # a second job: the employer's mail on one side
                row("job1", "Lauren Rice", kind="contractor", employer="Harbor Goods",
                    email="laurenrice95@gmail.com", phone="+1 313 743 2651",
                    birth_date="1991-03-14", national_id="402-11-9087",
                    address="12 Elm Street, Detroit, MI 48201"),
                row("job2", "Lauren Rice", kind="employee", employer="Blue Cloud",
                    email="lauren@bluecloud.com", phone="+1 919 378 9460",
                    birth_date="1991-03-14", national_id="402-11-9087",
                    address="12 Elm St, Detroit, MI 48201"),
                # back at the same employer with a new mailbox and phone
                row("back1", "Olga Volkov", kind="applicant", employer="Crescentsoft Ltd",
                    email="olgavolkov@gmail.com", phone="+1 303 752 4821",
                    birth_date="1987-07-07", national_id="233-90-1212",
                    address="40 Aspen Way, Boulder, CO 80302"),
                row("back2", "Olga Volkov", kind="employee", employer="Crescentsoft Ltd",
                    email="olgavolkov279@outlook.com", phone="+1 206 730 7398",
                    birth_date="1987-07-07", national_id="233-90-1212",
                    address="40 Aspen Way, Boulder, CO 80302")]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects), until="links")
    persons = _map(engine, "persons", "subject_id", "person_id")
    assert persons["victim"] != persons["thief"]
    assert persons["job1"] == persons["job2"]
    assert persons["back1"] == persons["back2"]
    kinds = {r[0] for r in engine.rows(
        "SELECT kind FROM links WHERE 'thief' IN (a, b) AND 'victim' IN (a, b)")}
    assert "IDENTITY_REUSE" in kinds
    assert {s for (s,) in engine.rows("SELECT subject_id FROM identity_victims")} == {"victim"}


def test_a_name_change_and_a_move_do_not_make_the_real_holder_an_operator(tmp_path):
    """A persona with an IP-KVM and remote tools was hired under a real person's name, birth
    date and national id. The real person changed surname and moved: one mailbox and phone
    under two names at two homes, which between rows looks like an operator's contact. Judged
    between persons it is one person's, so the real person (nothing suspicious of its own,
    first seen years earlier) is the likely victim, not high; the persona stays high."""
    subjects = [row("persona", "Ananya Desai", kind="employee", employer="Lark Labs",
                    email="ananya.codes77@outlook.com", phone="+1 415 555 0142", birth_date="1996-08-05",
                    national_id="612-40-7781", address="18 Mill Road, Fremont, CA 94538",
                    created_at="2025-11-28T00:00:00Z"),
                row("real", "Ananya Desai", kind="contractor", employer="Nova Publishing",
                    email="ananya.desai@gmail.com", phone="510-791-9816", birth_date="1996-08-05",
                    national_id="612407781", address="8368 Aspen Ln, Apt 2F, Oakland, CA 94674",
                    created_at="2026-08-05T00:00:00Z"),
                row("real_before", "Ananya Brooks", kind="contractor", employer="Nova Publishing",
                    email="ananya.desai@gmail.com", phone="+1 510.791.9816", birth_date="1996-08-05",
                    national_id="612-40-7781", address="8998 Sycamore Way, Apt 3110, San Antonio, TX 78228",
                    created_at="2022-04-07T00:00:00Z")]
    endpoint = [{"subject_id": "persona", "ts": "2026-01-05T12:00:00Z", "device_id": "lap-1",
                 "kind": "usb", "value": "PiKVM Composite Device"},
                {"subject_id": "persona", "ts": "2026-01-05T12:00:00Z", "device_id": "lap-1",
                 "kind": "process", "value": "AnyDesk.exe"}]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, endpoint=endpoint))
    assert _map(engine, "persons", "subject_id", "person_id")["real_before"] == "real"
    victims = dict(engine.rows("SELECT subject_id, reason FROM identity_victims"))
    assert set(victims) == {"real", "real_before"} and "nothing suspicious" in victims["real"]
    levels = dict(engine.rows("SELECT subject_id, level FROM scores"))
    assert levels["real"] != "high" and levels["real_before"] != "high" and levels["persona"] == "high"


def test_blocking_keys_shared_by_more_than_their_cap_are_dropped():
    """A block key held by more subjects than its cap (a default birth date, a helpdesk
    mailbox) is dropped for all of them; one within the cap is kept; a missing value stays
    missing."""
    from ringwatch.engines.duckdb import DuckDBEngine
    from ringwatch.link.persons import BLOCK_CAP, DOB_CAP, _input_sql

    engine = DuckDBEngine()
    engine.sql(f"""CREATE TABLE subjects_norm AS
        SELECT 's' || lpad(CAST(i AS VARCHAR), 5, '0') AS id,
               'ana lima' AS name_key, 'ana lima' AS name_fold,
               CASE WHEN i <= {DOB_CAP} + 1 THEN DATE '1990-01-01' WHEN i <= {DOB_CAP} + 3
                    THEN DATE '1985-05-05' END AS birth_date,
               CASE WHEN i = 1 THEN 'X1' END AS national_id_key,
               CASE WHEN i <= {BLOCK_CAP} + 1 THEN 'helpdesk@school.edu'
                    WHEN i <= {BLOCK_CAP} + 3 THEN 'family@mail.com' END AS email_key,
               NULL::VARCHAR AS phone_e164,
               NULL::VARCHAR AS recovery_email_key, NULL::VARCHAR AS recovery_phone_e164,
               CASE WHEN i <= 2 THEN '12 oak st' END AS address_key
        FROM range(1, {DOB_CAP} + 5) AS t(i)""")
    engine.sql("CREATE TABLE address_canon AS SELECT '12 oak st' AS address_key, '12 oak st' AS canonical")
    engine.create("_person_input", _input_sql())
    keys = {r[0]: r[1:] for r in engine.rows(
        "SELECT unique_id, bk_dob, bk_nid, bk_email, bk_name_home FROM _person_input")}
    assert len(keys) == DOB_CAP + 4
    first, crowd_end, family, last = "s00001", f"s{BLOCK_CAP + 1:05d}", f"s{BLOCK_CAP + 2:05d}", f"s{DOB_CAP + 4:05d}"
    assert keys[first] == (None, "X1", None, "ana lima|12 oak st")    # 2,000+ birth dates, 301 mailboxes
    assert keys[crowd_end][2] is None
    assert keys[family][2] == "family@mail.com"                       # two holders: kept
    assert keys[f"s{DOB_CAP + 2:05d}"][0] == "1985-05-05"             # two holders: kept
    assert keys[last] == (None, None, None, None)                     # nothing given: nothing kept


def test_a_mailbox_made_of_each_one_s_name_is_no_operator_s_contact(tmp_path):
    """Mateo and Maria Rodriguez, at two homes, both give mrodriguez@gmail.com (a mistyped or
    reused address: the handle is an initial and the surname each gives). It says no more than
    the name, so neither is an operator's row. A mailbox of neither name given by two names
    at two homes still is."""
    subjects = [row("mateo", "Mateo Rodriguez", email="mrodriguez@gmail.com", phone="+1 312 686 5124",
                    address="902 Grove Ln, Chicago, IL 60674"),
                row("maria", "Maria Rodriguez", email="mrodriguez@gmail.com", phone="+1 786 321 4445",
                    address="3291 Franklin Blvd, Miami, FL 33111"),
                row("op0", "Nina Park", email="talent.desk@gmail.com", address="5 Ash Street, Reno, NV 89501"),
                row("op1", "Omar Reyes", email="talent.desk@gmail.com", address="19 Oak Lane, Tampa, FL 33602")]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects), until="links")
    operators = {r[0] for r in engine.rows("SELECT id FROM operator_contacts")}
    assert operators == {"op0", "op1"}


def test_the_victim_is_not_tainted_by_a_persona_that_gives_its_mailbox(tmp_path):
    """One persona holds Alyssa Peterson's identity (her national id, another home, signing in
    through a hosting provider at night); another, under her name with another national id,
    gives her own mailbox and is paid into an account two other names at other homes are paid
    into. The real Alyssa gives only what is hers: she is the likely victim, not an operator's
    row for the mailbox a persona took along with her name."""
    subjects = [row("real", "Alyssa Peterson", kind="employee", email="apeterson@gmail.com",
                    phone="+1 305 559 4411", birth_date="1970-05-21", national_id="580-12-4471",
                    address="8638 Elm Avenue, Miami, FL 33191", created_at="2024-08-30T14:48:10Z"),
                row("persona", "Alyssa Peterson", email="peterson.alyssa@icloud.com",
                    phone="+1 512 774 3787", birth_date="1970-05-21", national_id="580-12-4471",
                    address="5913 Harbor Way Unit 19, Phoenix, AZ 85043", created_at="2024-06-27T10:05:50Z"),
                row("mule", "Alyssa Peterson", email="apeterson@gmail.com", phone="+1 332 882 4022",
                    national_id="611-40-2290", address="5122 Sunset Ct, Denver, CO 80233",
                    created_at="2024-01-07T04:15:37Z"),
                row("payer0", "Kevin Shaw", address="77 Pine St, Boise, ID 83702"),
                row("payer1", "Lena Ortiz", address="15 Bay Rd, Tulsa, OK 74103")]
    logins = [login("real", "2024-09-06"), login("real", "2025-02-03")]
    logins += [{"subject_id": "persona", "ts": f"2025-01-{d:02d}T04:00:00Z", "ip": "45.76.12.9",
                "device_id": "dev-op", "country": "US"} for d in range(2, 9)]
    payments = [{"subject_id": s, "ts": "2025-02-01T00:00:00Z", "amount": "4000", "currency": "USD",
                 "method": "bank", "destination": "121000248:0079650521"}
                for s in ("mule", "payer0", "payer1")]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, logins=logins, payments=payments),
                        until="links")
    identities = _map(engine, "identity_clusters", "subject_id", "identity_id")
    assert identities["real"] == identities["persona"] != identities["mule"]
    assert "mule" in {r[0] for r in engine.rows("SELECT id FROM operator_rows")}
    victims = dict(engine.rows("SELECT subject_id, reason FROM identity_victims"))
    assert set(victims) == {"real"}
