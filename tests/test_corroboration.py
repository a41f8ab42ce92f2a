"""Calibration, context and corroboration: honest sharing stays below high, rings with
independent evidence reach it, and every cap says why."""

from __future__ import annotations

import itertools
import math

import pyarrow as pa
import pytest

from conftest import make_bundle, run_stages
from ringwatch.engines import DuckDBEngine
from ringwatch.link.calibration import calibrate_links, calibration_value

_numbers = itertools.count(100)
CITIES = ["Boise, ID 83702", "Omaha, NE 68102", "Tulsa, OK 74103", "Reno, NV 89501",
          "Albany, NY 12207", "Dayton, OH 45402", "Fresno, CA 93721", "Mobile, AL 36602",
          "Eugene, OR 97401", "Duluth, MN 55802"]


def person(sid, **fields):
    row = {"id": sid, "kind": "contractor", "full_name": f"Person {sid.title()}",
           "email": f"{sid}@gmail.com", "country": "US",
           "address": f"{next(_numbers)} Cedar Lane, Denver, CO 80203",
           "created_at": "2025-01-10T15:00:00Z"}
    row.update(fields)
    return row


def login(sid, ip, device, day=1, hour=16, country="US"):
    return {"subject_id": sid, "ts": f"2025-03-{day:02d}T{hour:02d}:00:00Z", "ip": ip,
            "device_id": device, "country": country}


def payout(sid, destination):
    return {"subject_id": sid, "ts": "2025-02-01T00:00:00Z", "amount": "4000", "currency": "USD",
            "method": "bank", "destination": destination}


def scores_of(engine):
    return {r[0]: {"score": r[1], "level": r[2], "ring": r[3], "reasons": r[4].split(";")}
            for r in engine.rows("SELECT subject_id, score, level, ring_id, reasons FROM scores")}


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    subjects, logins, payments, shipments, endpoint = [], [], [], [], []
    # One kind of sharing only: four personas, different homes, wages into one account.
    for i in range(3):
        subjects.append(person(f"pay{i}"))
        payments.append(payout(f"pay{i}", "GB29 NWBK 6016 1331 9268 19"))
    # Two independent kinds: four personas share a payout account and one laptop.
    for i in range(4):
        subjects.append(person(f"ring{i}"))
        payments.append(payout(f"ring{i}", "DE44 5001 0517 5407 3249 31"))
        logins.append(login(f"ring{i}", f"24.{i}.10.7", "dev-shared-ring", day=i + 1))
    # A family on consumer accounts: the parent's account recovers three children's, one home
    # IP and one family computer; no addresses (consumer accounts carry none).
    subjects.append(person("parent", kind="account", email="dana.parent@gmail.com", address=""))
    logins.append(login("parent", "73.40.2.9", "dev-family-pc"))
    for i in range(3):
        subjects.append(person(f"kid{i}", kind="account", email=f"kid{i}.parent@outlook.com",
                               address="", recovery_email="dana.parent@gmail.com",
                               recovery_phone="+1 303 555 0142", signup_ip="73.40.2.9"))
        logins.append(login(f"kid{i}", "73.40.2.9", "dev-family-pc", day=i + 2))
    # A school's IT provisions twenty accounts in one sitting, its helpdesk as recovery contact.
    for i in range(20):
        subjects.append(person(f"school{i}", kind="account", email=f"student{1000 + i}@outlook.com",
                               address="", recovery_email="helpdesk@lincoln-school.org",
                               recovery_phone="+1 303 555 0100", signup_ip="65.20.30.40",
                               created_at=f"2025-01-10T15:{i:02d}:00Z"))
    # An office: twelve employees of one employer, laptops shipped to its office.
    for i in range(12):
        subjects.append(person(f"acme{i}", kind="employee", employer="Acme Analytics"))
        shipments.append({"subject_id": f"acme{i}", "ts": "2025-01-05T00:00:00Z",
                          "asset": f"ACME-{i}", "address": "500 Market Street, Denver, CO 80202"})
    # A laptop farm: five employees of five employers, laptops shipped to one residence and
    # driven through a remote-desktop tool.
    for i in range(5):
        subjects.append(person(f"farm{i}", kind="employee", employer=f"Employer {i}"))
        shipments.append({"subject_id": f"farm{i}", "ts": "2025-01-05T00:00:00Z",
                          "asset": f"FARM-{i}", "address": "17 Birch Road, Hayward, CA 94541"})
        endpoint.append({"subject_id": f"farm{i}", "ts": "2025-03-01T00:00:00Z",
                         "device_id": f"FARM-{i}", "kind": "process", "value": "AnyDesk.exe"})
    # Three employees of three employers whose laptops went to one residence, and nothing
    # else: one shared value, a case to review. (Four or more with nothing of their own and
    # nothing else in common would be a contact point.)
    for i in range(3):
        subjects.append(person(f"ship{i}", kind="employee", employer=f"Shipper {i}"))
        shipments.append({"subject_id": f"ship{i}", "ts": "2025-01-05T00:00:00Z",
                          "asset": f"SHIP-{i}", "address": "61 Alder Way, Fresno, CA 93722"})
    # A managed-service provider's technicians, each placed at a client (six employers), all
    # living in the city where their laptops are delivered, with the MSP's remote tools.
    for i in range(6):
        subjects.append(person(f"msp{i}", kind="contractor", employer=f"Client {i}"))
        shipments.append({"subject_id": f"msp{i}", "ts": "2025-01-05T00:00:00Z",
                          "asset": f"MSP-{i}", "address": "900 17th Street, Suite 400, Denver, CO 80202"})
        endpoint.append({"subject_id": f"msp{i}", "ts": "2025-03-01T00:00:00Z", "device_id": f"msp-dev-{i}",
                         "kind": "process", "value": "TeamViewer.exe"})
    # A staffing agency's contractors, each placed at another client, list the agency's
    # website, are paid through its account and have their laptops shipped to its office.
    for i in range(10):
        subjects.append(person(f"agency{i}", kind="contractor", employer=f"Customer {i}",
                               profiles="https://www.talentbridge.com"))
        payments.append(payout(f"agency{i}", "021000021:4205694273"))
        shipments.append({"subject_id": f"agency{i}", "ts": "2025-01-05T00:00:00Z",
                          "asset": f"TB-{i}", "address": "304 Dogwood Rd, Suite 173, Raleigh, NC 27644"})
    # An employer of record pays twelve contractors of twelve clients through one account
    # and receives their laptops at its office; they list nothing about it.
    for i in range(12):
        subjects.append(person(f"eor{i}", kind="contractor", employer=f"Client Co {i}"))
        payments.append(payout(f"eor{i}", "026009593:361563458"))
        shipments.append({"subject_id": f"eor{i}", "ts": "2025-01-05T00:00:00Z",
                          "asset": f"EOR-{i}", "address": "88 Commerce Street, Floor 3, Austin, TX 78701"})
    # A laptop farm whose ten personas' wages all go to one account: the account makes them
    # look like an agency's payees, but their laptops sit behind one home router.
    for i in range(10):
        subjects.append(person(f"payfarm{i}", kind="employee", employer=f"Firm {i}",
                               address=f"{100 + i} Main Street, {CITIES[i]}"))
        payments.append(payout(f"payfarm{i}", "121000248:0079650521"))
        shipments.append({"subject_id": f"payfarm{i}", "ts": "2025-01-05T00:00:00Z",
                          "asset": f"PF-{i}", "address": "9 Quail Run, Scottsdale, AZ 85250"})
        endpoint.append({"subject_id": f"payfarm{i}", "ts": "2025-03-01T00:00:00Z",
                         "device_id": f"PF-{i}", "kind": "gateway_mac", "value": "a4:2b:b0:11:22:33"})
    # One number that is one account's own phone and eleven others' recovery phone, and
    # nothing else: one shared value, shared two ways, by ordinary people (a contact point).
    subjects.append(person("owner", kind="account", address="", phone="+1 404 599 9671"))
    for i in range(11):
        subjects.append(person(f"staff{i}", kind="account", address="",
                               recovery_phone="+1 404 599 9671"))
    # A small firm's owner sets up twelve staff mailboxes in one place, the owner's own
    # phone as their recovery phone; an operator's twelve throwaway accounts recovered by one
    # persona's phone come from addresses all over.
    subjects.append(person("firmowner", kind="account", address="", phone="+1 248 608 3900"))
    for i in range(12):
        subjects.append(person(f"firmstaff{i}", kind="account", address="",
                               recovery_phone="+1 248 608 3900", signup_ip="12.28.216.59"))
    subjects.append(person("opowner", kind="account", address="", phone="+1 832 922 9714"))
    for i in range(12):
        subjects.append(person(f"throwaway{i}", kind="account", address="",
                               recovery_phone="+1 832 922 9714", signup_ip=f"98.{i}.7.20"))
    # A library computer: six people who each sign in from it once among their own devices.
    for i in range(6):
        subjects.append(person(f"lib{i}", kind="account", address=""))
        logins += [login(f"lib{i}", f"71.{i}.3.4", f"own-laptop-{i}", day=d) for d in range(1, 8)]
        logins.append(login(f"lib{i}", "64.12.1.1", "LIB-PC-01", day=10))
    domains = [{"domain": "talentbridge.com", "company": "Talentbridge Staffing",
                "registered_at": "2001-12-27"}]
    # A couple: one moved in with the other; the old application still names the old home.
    # Their family computer is household context for both of the mover's rows.
    subjects += [person("mover_old", kind="applicant", full_name="Jack Lewis",
                        email="lewis.jack@yahoo.com", phone="801.898.4710",
                        address="15260 Laurel Place Apt 12, Salt Lake City, UT 84122"),
                 person("mover_new", kind="contractor", full_name="Jack Lewis", employer="Echo",
                        email="lewis.jack@yahoo.com", phone="801.898.4710",
                        address="2758 Harbor Way, Apt. 2, Nashville TN 37249"),
                 person("partner", kind="employee", full_name="Rose Lewis", employer="Delta",
                        email="rose.lewis@gmail.com", address="2758 Harbor Way, Apt. 2, Nashville TN 37249")]
    logins += [login("mover_old", "24.9.9.9", "family-pc", day=1),
               login("partner", "24.9.9.9", "family-pc", day=2)]
    # A life across two countries: a US resident whose machine keeps a Korean layout and zone
    # and who logs in from Korea during a family visit, in Korean daytime.
    subjects.append(person("visitor", kind="employee", employer="Initech"))
    endpoint += [{"subject_id": "visitor", "ts": "2025-03-01T00:00:00Z", "device_id": "dev-v",
                  "kind": "keyboard", "value": "ko-KR"},
                 {"subject_id": "visitor", "ts": "2025-03-01T00:00:00Z", "device_id": "dev-v",
                  "kind": "timezone", "value": "Asia/Seoul"}]
    logins += [login("visitor", "121.130.1.5", "dev-v", day=d, hour=3, country="KR")
               for d in range(1, 9)]
    bundle = make_bundle(tmp_path_factory.mktemp("corroboration"), subjects=subjects,
                         logins=logins, payments=payments, shipments=shipments, endpoint=endpoint,
                         domains=domains)
    engine = run_stages(bundle)
    return engine, scores_of(engine)


def test_one_kind_of_sharing_is_a_review_case_with_its_reason(world):
    engine, scores = world
    rings = {scores[f"pay{i}"]["ring"] for i in range(3)}
    assert len(rings) == 1 and None not in rings  # still found as a ring
    for i in range(3):
        assert scores[f"pay{i}"]["level"] == "medium"
        assert math.isclose(scores[f"pay{i}"]["score"], 0.79, abs_tol=1e-9)
        assert "UNCORROBORATED" in scores[f"pay{i}"]["reasons"]
    detail = engine.scalar("SELECT detail FROM contributions WHERE subject_id = 'pay0' "
                           "AND code = 'UNCORROBORATED'")
    assert "one kind of evidence only" in detail


def test_two_independent_kinds_make_high(world):
    _, scores = world
    for i in range(4):
        assert scores[f"ring{i}"]["level"] == "high"
        assert {"SHARED_PAYOUT", "SHARED_DEVICE"} <= set(scores[f"ring{i}"]["reasons"])
        assert "UNCORROBORATED" not in scores[f"ring{i}"]["reasons"]


def test_family_recovery_contact_is_a_household_not_a_ring(world):
    engine, scores = world
    family = ["parent", "kid0", "kid1", "kid2"]
    pairs = set(engine.rows("SELECT a, b FROM family_contacts"))
    assert ("kid0", "kid1") in pairs and ("kid0", "parent") in pairs
    for sid in family:
        assert scores[sid]["level"] != "high"
    explained = engine.rows("SELECT DISTINCT explained_by, detail FROM links "
                            "WHERE a = 'kid0' AND b = 'kid1' AND kind = 'SHARED_RECOVERY_EMAIL'")
    assert explained and "household" in explained[0][0] and "family contact" in explained[0][1]


def test_organisation_provisioning_stays_below_high(world):
    engine, scores = world
    assert "domain lincoln-school.org" in {
        r[0] for r in engine.rows("SELECT org FROM org_keys WHERE subject_id = 'school3'")}
    assert all(scores[f"school{i}"]["level"] != "high" for i in range(20))
    kinds = {r[0] for r in engine.rows(
        "SELECT kind FROM links WHERE a LIKE 'school%' AND b LIKE 'school%' "
        "AND contains(explained_by, 'workplace')")}
    assert {"SHARED_RECOVERY_EMAIL", "SHARED_RECOVERY_PHONE"} <= kinds


def test_laptops_shipped_to_the_office_are_discounted(world):
    engine, scores = world
    assert all(scores[f"acme{i}"]["level"] == "low" for i in range(12))
    detail = engine.scalar("SELECT detail FROM contributions WHERE subject_id = 'acme0' "
                           "AND code = 'SHIP_TO_OTHER_ADDRESS'")
    assert "colleagues" in detail


def test_laptop_farm_across_employers_is_high(world):
    _, scores = world
    for i in range(5):
        assert scores[f"farm{i}"]["level"] == "high"
        assert {"SHARED_SHIPPING_ADDRESS", "REMOTE_CONTROL_TOOL"} <= set(scores[f"farm{i}"]["reasons"])


def test_one_shipping_address_alone_is_a_review_case(world):
    # SHIP_TO_OTHER_ADDRESS and SHARED_SHIPPING_ADDRESS observe one shipment: one item.
    engine, scores = world
    for i in range(3):
        assert scores[f"ship{i}"]["level"] == "medium"
        assert "UNCORROBORATED" in scores[f"ship{i}"]["reasons"]
    detail = engine.scalar("SELECT detail FROM contributions WHERE subject_id = 'ship0' "
                           "AND code = 'UNCORROBORATED'")
    assert "one kind of evidence only" in detail


def test_equipment_delivered_near_everyone_s_home_is_a_local_workplace_not_a_farm(world):
    engine, scores = world
    assert all(scores[f"msp{i}"]["level"] != "high" for i in range(6))
    detail = engine.scalar("SELECT detail FROM links WHERE a = 'msp0' AND b = 'msp1' "
                           "AND kind = 'SHARED_SHIPPING_ADDRESS'")
    assert "colleagues (office " in detail
    assert {"msp0", "acme0"} <= {r[0] for r in engine.rows("SELECT subject_id FROM local_shipments")}
    assert "farm0" not in {r[0] for r in engine.rows("SELECT subject_id FROM local_shipments")}


def test_a_life_across_two_countries_is_capped_and_says_so(world):
    engine, scores = world
    visitor = scores["visitor"]
    assert {"KEYBOARD_MISMATCH", "TIMEZONE_MISMATCH"} <= set(visitor["reasons"])
    assert visitor["level"] != "high"
    detail = engine.scalar("SELECT detail FROM contributions WHERE subject_id = 'visitor' "
                           "AND code = 'UNCORROBORATED'")
    assert detail is None or "two_countries" in detail


def test_scores_still_decompose_into_contributions_with_the_cap(world):
    engine, scores = world
    for sid, total in engine.rows("SELECT subject_id, sum(evidence) FROM contributions GROUP BY 1"):
        assert math.isclose(scores[sid]["score"], 1 - math.exp(-total), rel_tol=1e-9)


def test_calibration_function():
    assert calibration_value(0.5, 10_000) == 0.0          # half the population does it
    assert calibration_value(0.02, 10_000) == 1.0         # 1 in 50: the full prior
    assert calibration_value(0.001, 10_000) == 1.0
    assert 0.0 < calibration_value(0.1, 10_000) < calibration_value(0.05, 10_000) < 1.0
    assert calibration_value(0.5, 0) == 1.0               # no population: the prior alone
    assert math.isclose(calibration_value(0.5, 500), 0.5)  # half-way to calibrated


def test_calibration_reads_the_population():
    """Where a fifth of holders share a recovery phone in pairs, a pair is worth little; a
    group of five, which nobody else forms, keeps the prior."""
    engine = DuckDBEngine()
    people = [f"p{i}" for i in range(2000)]
    values = [f"v{i // 2}" if i < 400 else ("group" if i < 405 else f"own{i}") for i in range(2000)]
    engine.register("subject_keys", pa.table({
        "subject_id": people, "person_id": people, "kind": ["phone"] * 2000,
        "field": ["recovery"] * 2000, "value": values}))
    engine.register("persons", pa.table({"subject_id": people, "person_id": people}))
    engine.register("subjects", pa.table({"id": people, "photo": pa.nulls(2000, pa.string()),
                                          "resume": pa.nulls(2000, pa.string())}))
    engine.register("_raw", pa.table({"kind": ["SHARED_RECOVERY_PHONE"] * 2, "n_sharing": [2, 5]}))
    calibrate_links(engine, "_raw")
    calibration = dict(engine.rows("SELECT n, calibration FROM link_calibration"))
    tails = dict(engine.rows("SELECT n, tail FROM link_calibration"))
    assert math.isclose(tails[2], 405 / 2000)
    assert math.isclose(calibration[2], calibration_value(405 / 2000, 2000))
    assert calibration[2] < 0.3
    assert calibration[5] == 1.0


def test_payroll_agency_is_not_pulled_into_a_ring(tmp_path):
    """A ring member is also paid through a payroll agency that pays fifty honest contractors:
    the agency's people stay low (the pull through a value fifty share is weak, and a large
    shared payout has its own honest explanation)."""
    subjects, payments, logins, endpoint = [], [], [], []
    for i in range(4):
        subjects.append(person(f"r{i}"))
        payments.append(payout(f"r{i}", "FR76 3000 6000 0112 3456 7890 189"))
        logins.append(login(f"r{i}", f"24.9.{i}.7", "dev-ring-laptop", day=i + 1))
    endpoint.append({"subject_id": "r0", "ts": "2025-03-01T00:00:00Z", "device_id": "dev-ring-laptop",
                     "kind": "usb", "value": "PiKVM Composite Device"})
    payments.append(payout("r1", "NL91 ABNA 0417 1643 00"))
    for i in range(50):
        subjects.append(person(f"agency{i}", employer=f"Client {i % 7}"))
        payments.append(payout(f"agency{i}", "NL91 ABNA 0417 1643 00"))
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, payments=payments, logins=logins,
                                    endpoint=endpoint))
    scores = scores_of(engine)
    assert all(scores[f"r{i}"]["level"] == "high" for i in range(4))
    assert all(scores[f"agency{i}"]["level"] == "low" for i in range(50))
    assert {r[0] for r in engine.rows("SELECT subject_id FROM ring_members")} == {f"r{i}" for i in range(4)}
    explained = engine.scalar("SELECT explained_by FROM links WHERE kind = 'SHARED_PAYOUT' "
                              "AND a = 'agency0' AND b = 'agency1'")
    assert "agency" in explained.split(";")


def test_value_most_of_an_organisation_shares_is_explained_for_every_holder(tmp_path):
    """A helpdesk phone given as recovery number by twelve accounts of which eight also name
    the school's mailbox: the phone is the school's, so even the four without the mailbox share
    it as colleagues."""
    subjects = [person(f"acc{i}", kind="account", address="", email=f"pupil{i}@outlook.com",
                       recovery_phone="+1 303 555 0100",
                       recovery_email="helpdesk@lincoln-school.org" if i < 8 else "")
                for i in range(12)]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects))
    assert engine.scalar("SELECT org FROM value_orgs WHERE value = '+13035550100'") == \
        "domain lincoln-school.org"
    detail = engine.scalar("SELECT detail FROM links WHERE a = 'acc10' AND b = 'acc11' "
                           "AND kind = 'SHARED_RECOVERY_PHONE'")
    assert "colleagues (domain lincoln-school.org)" in detail


def test_a_resume_template_shared_by_many_is_a_common_artefact(tmp_path):
    template = ("Summary: results-driven professional with a passion for excellence. Skills: "
                "communication, teamwork, leadership, Microsoft Office. Experience: customer "
                "service associate, handled inquiries, resolved issues, exceeded targets. "
                "Education: diploma, honours. References available on request.")
    subjects = [person(f"app{i}", kind="applicant", resume=template) for i in range(12)]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects))
    scores = scores_of(engine)
    explained = {r[0] for r in engine.rows("SELECT explained_by FROM links WHERE kind = 'RESUME_CLONE'")}
    assert explained == {"common_artefact"}
    assert all(scores[f"app{i}"]["level"] != "high" for i in range(12))


def test_an_organisation_page_on_a_profile_site_is_no_shared_profile(tmp_path):
    """Twenty contractors list their agency's LinkedIn company page; two personas list one
    person's page: only the personal page is a shared profile."""
    subjects = [person(f"ag{i}", profiles=f"https://www.linkedin.com/company/brightstaff-partners;"
                                          f"https://linkedin.com/in/contractor-{i}")
                for i in range(20)]
    subjects += [person(f"p{i}", profiles="linkedin.com/in/jane-dev-4412") for i in range(2)]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects))
    values = {r[0] for r in engine.rows("SELECT value FROM links WHERE kind = 'SHARED_PROFILE'")}
    assert values == {"linkedin.com:jane-dev-4412"}


def test_an_agency_s_contractors_are_colleagues_at_its_office(world):
    # Many employers meeting at one address looks like a farm; the organisation they all name
    # (the agency whose established website they list) makes it its office.
    engine, scores = world
    assert all(scores[f"agency{i}"]["level"] != "high" for i in range(10))
    assert engine.scalar("SELECT count(*) FROM org_keys WHERE org = 'domain talentbridge.com'") == 10
    rows = engine.rows("SELECT kind, explained_by, detail FROM links WHERE a = 'agency0' AND b = 'agency1'")
    by_kind = {r[0]: r for r in rows}
    assert "workplace" in by_kind["SHARED_SHIPPING_ADDRESS"][1]
    assert "colleagues (domain talentbridge.com)" in by_kind["SHARED_SHIPPING_ADDRESS"][2]
    assert "website of an organisation" in by_kind["SHARED_PROFILE"][2]


def test_household_context_follows_the_person_not_the_row(world):
    engine, scores = world
    persons = dict(engine.rows("SELECT subject_id, person_id FROM persons"))
    assert persons["mover_old"] == persons["mover_new"]
    explained = engine.scalar("SELECT explained_by FROM links WHERE kind = 'SHARED_DEVICE' "
                              "AND 'partner' IN (a, b) AND 'mover_old' IN (a, b)")
    assert "household" in explained
    detail = engine.scalar("SELECT detail FROM links WHERE kind = 'SHARED_DEVICE' "
                           "AND 'partner' IN (a, b) AND 'mover_old' IN (a, b)")
    assert "household (co-residents)" in detail
    assert scores["partner"]["level"] == "low"


def test_an_account_that_pays_more_than_a_household_makes_its_payees_colleagues(world):
    engine, scores = world
    assert all(scores[f"eor{i}"]["level"] != "high" for i in range(12))
    detail = engine.scalar("SELECT detail FROM links WHERE a = 'eor0' AND b = 'eor1' "
                           "AND kind = 'SHARED_SHIPPING_ADDRESS'")
    assert "colleagues (payer 026009593:361563458)" in detail
    # four personas paid into one account are not an organisation: the ring stays high
    assert not engine.rows("SELECT * FROM org_keys WHERE subject_id LIKE 'ring%'")


def test_a_computer_each_person_uses_now_and_then_is_a_shared_terminal(world):
    engine, scores = world
    assert all(scores[f"lib{i}"]["level"] == "low" for i in range(6))
    rows = engine.rows("SELECT explained_by, detail FROM links WHERE kind = 'SHARED_DEVICE' "
                       "AND a LIKE 'lib%' AND b LIKE 'lib%'")
    assert rows and all("shared_terminal" in r[0] and "shared terminal" in r[1] for r in rows)
    # the ring's personas sign in from their shared laptop all the time: no terminal
    explained = engine.rows("SELECT explained_by FROM links WHERE kind = 'SHARED_DEVICE' "
                            "AND a LIKE 'ring%' AND b LIKE 'ring%'")
    assert explained and not any("shared_terminal" in (r[0] or "") for r in explained)


def test_a_farm_paid_into_one_account_keeps_its_network(world):
    # The payer makes them colleagues for where equipment goes, never for their network.
    engine, scores = world
    assert all(scores[f"payfarm{i}"]["level"] == "high" for i in range(10))
    rows = dict(engine.rows("SELECT kind, explained_by FROM links WHERE a = 'payfarm0' AND b = 'payfarm1'"))
    assert "workplace" in rows["SHARED_SHIPPING_ADDRESS"]
    assert "workplace" not in rows["SHARED_NETWORK"]


def test_one_number_shared_by_ordinary_people_is_a_contact_point(world):
    engine, scores = world
    codes = set(scores["staff0"]["reasons"])
    assert {"SHARED_RECOVERY_PHONE", "SHARED_PHONE"} <= codes
    assert all(scores[f"staff{i}"]["level"] != "high" for i in range(11))
    detail, explained = engine.rows("SELECT detail, explained_by FROM links WHERE a = 'staff0' "
                                    "AND b = 'staff1'")[0]
    assert "contact_point" in explained.split(";") and "a contact point (12 people" in detail


def test_a_number_personas_share_is_no_contact_point(tmp_path):
    """Ten people give one recovery number. Ordinary people who share nothing else: a contact
    point. Personas who also share a laptop, or who each sign in through a hosting provider
    (an operator's traits): not one."""
    subjects, logins = [], []
    for i in range(10):
        subjects.append(person(f"plain{i}", kind="account", recovery_phone="+1 404 599 9671"))
        subjects.append(person(f"tied{i}", kind="account", recovery_phone="+1 312 555 0148"))
        logins.append(login(f"tied{i}", f"24.{i}.10.7", "dev-operator-laptop", day=i + 1))
        subjects.append(person(f"vpn{i}", kind="account", recovery_phone="+1 646 555 0193",
                               signup_ip="104.28.1.1"))
        for day in range(1, 4):
            logins.append(login(f"vpn{i}", "45.76.1.1", f"dev-vpn-{i}", day=day))
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, logins=logins))
    points = {r[0] for r in engine.rows("SELECT value FROM contact_points")}
    assert "+14045999671" in points
    assert "+13125550148" not in points and "+16465550193" not in points


def test_one_number_shared_as_phone_and_as_recovery_phone_is_one_item():
    """Corroboration counts one phone or email once however it is shared."""
    from ringwatch.engines.duckdb import DuckDBEngine
    from ringwatch.score import _corroborated_sql, _link_fact_sql

    engine = DuckDBEngine()
    engine.create("_links", """
        SELECT * FROM (VALUES
            ('same', 'SHARED_PHONE', '+14045999671', 0.8),
            ('same', 'SHARED_RECOVERY_PHONE', '+14045999671', 0.85),
            ('two', 'SHARED_PHONE', '+14045999671', 0.8),
            ('two', 'SHARED_RECOVERY_PHONE', '+12486083900', 0.85)) AS t(owner, code, value, weight)
    """)
    engine.create("_items", f"SELECT owner, {_link_fact_sql('code', 'value', 'NULL')} AS code, weight, "
                            "CAST(NULL AS VARCHAR) AS explanation FROM _links")
    items = dict(engine.rows(f"SELECT owner, items FROM ({_corroborated_sql('_items')})"))
    assert items == {"same": 1, "two": 2}


def test_accounts_an_owner_set_up_in_one_place_are_one_organisation(world):
    engine, _ = world
    orgs = dict(engine.rows("SELECT subject_id, org FROM org_keys WHERE org LIKE 'accounts recovered by %'"))
    assert orgs["firmowner"] == orgs["firmstaff0"] == "accounts recovered by +12486083900"
    assert "throwaway0" not in orgs and "opowner" not in orgs
    explained = engine.scalar("SELECT explained_by FROM links WHERE a = 'firmstaff0' AND b = 'firmstaff1' "
                              "AND kind = 'SHARED_RECOVERY_PHONE'")
    assert "workplace" in explained
    explained = engine.scalar("SELECT explained_by FROM links WHERE a = 'throwaway0' AND b = 'throwaway1' "
                              "AND kind = 'SHARED_RECOVERY_PHONE'")
    assert "workplace" not in (explained or "")


def test_calibration_counts_households_not_people():
    """Two hundred couples share a joint account (one household each); ten strangers' pairs
    share one too. A pair of strangers sharing an account is what calibration must price:
    the couples' accounts are one household's value, not a shared one."""
    engine = DuckDBEngine()
    people = [f"p{i}" for i in range(2000)]
    values = [f"joint{i // 2}" if i < 400 else (f"pair{i // 2}" if i < 420 else f"own{i}")
              for i in range(2000)]
    engine.register("subject_keys", pa.table({
        "subject_id": people, "person_id": people, "kind": ["payout"] * 2000,
        "field": ["payout"] * 2000, "value": values}))
    engine.register("persons", pa.table({"subject_id": people, "person_id": people}))
    engine.register("subjects", pa.table({"id": people, "photo": pa.nulls(2000, pa.string()),
                                          "resume": pa.nulls(2000, pa.string())}))
    engine.register("households", pa.table({"person_id": people[:400],
                                            "household_id": [f"h{i // 2}" for i in range(400)]}))
    engine.register("_raw", pa.table({"kind": ["SHARED_PAYOUT"], "n_sharing": [2]}))
    calibrate_links(engine, "_raw")
    tail = engine.scalar("SELECT tail FROM link_calibration WHERE n = 2")
    assert math.isclose(tail, 20 / 2000)   # only the strangers' pairs count


def test_calibration_counts_an_organisation_s_own_value_once():
    """Forty firms each pay for their ten people's seats with the firm's card; ten pairs of
    strangers share a card too. The firms' cards are each one organisation's value (its
    people are colleagues, which context explains apart): a population where firms pay for
    their people must not price every shared card as ordinary. A card the bundle finds no
    organisation for, or one whose organisation is bundle-wide, still counts by household, and
    so do places (an office network): only payout accounts count an organisation once."""
    engine = DuckDBEngine()
    people = [f"p{i}" for i in range(2000)]
    values = [f"firmcard{i // 10}" if i < 400 else (f"pair{i // 2}" if i < 420 else f"own{i}")
              for i in range(2000)]
    engine.register("subject_keys", pa.table({
        "subject_id": people, "person_id": people, "kind": ["payout"] * 2000,
        "field": ["payout"] * 2000, "value": values}))
    engine.register("persons", pa.table({"subject_id": people, "person_id": people}))
    engine.register("subjects", pa.table({"id": people, "photo": pa.nulls(2000, pa.string()),
                                          "resume": pa.nulls(2000, pa.string())}))
    engine.register("households", pa.table({"person_id": pa.array([], pa.string()),
                                            "household_id": pa.array([], pa.string())}))
    engine.register("org_keys", pa.table({"subject_id": people[:400],
                                          "org": [f"employer firm{i // 10}" for i in range(400)]}))
    # the last firm is bundle-wide: its card counts as ten people's
    engine.register("value_orgs", pa.table({"value": [f"firmcard{f}" for f in range(40)],
                                            "org": [f"employer firm{f}" for f in range(40)],
                                            "bundle_wide": [f == 39 for f in range(40)]}))
    engine.register("_raw", pa.table({"kind": ["SHARED_PAYOUT"], "n_sharing": [2]}))
    calibrate_links(engine, "_raw")
    tail = engine.scalar("SELECT tail FROM link_calibration WHERE n = 2")
    assert math.isclose(tail, (20 + 10) / 2000)   # the strangers' pairs and the bundle-wide firm
    # the same groups as the firms' office networks: places count by household
    engine.register("subject_keys", pa.table({
        "subject_id": people, "person_id": people, "kind": ["network"] * 2000,
        "field": ["network"] * 2000, "value": values}))
    engine.register("_raw", pa.table({"kind": ["SHARED_NETWORK"], "n_sharing": [2]}))
    calibrate_links(engine, "_raw")
    tail = engine.scalar("SELECT tail FROM link_calibration WHERE n = 2")
    assert math.isclose(tail, 420 / 2000)


def test_a_recruiter_s_phone_on_a_handful_of_candidates_is_a_contact_point(tmp_path):
    """Five candidates a recruiter submitted give its phone, one of them a namesake's profile
    page too: the phone is a contact point, and nobody is high. Three strangers giving one
    number are no contact point (a group that small is left to the household rules)."""
    names = ["Olivia Adeyemi", "Marcus Bell", "Priya Nair", "Tomas Lindqvist", "Grace Okafor",
             "Hana Sato", "Diego Ruiz", "Ada Kowalski"]
    subjects = [person(f"cand{i}", kind="applicant", full_name=names[i], phone="+1 602 956 4482")
                for i in range(5)]
    subjects.append(person("namesake", kind="applicant", full_name="Olivia Adeyemi",
                           birth_date="1983-11-03",
                           profiles="https://www.linkedin.com/in/olivia-adeyemi"))
    subjects[0].update(birth_date="1979-04-11", profiles="https://www.linkedin.com/in/olivia-adeyemi")
    subjects += [person(f"trio{i}", kind="applicant", full_name=names[5 + i], phone="+1 312 243 5095")
                 for i in range(3)]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects))
    points = dict(engine.rows("SELECT value, people FROM contact_points"))
    assert points.get("+16029564482") == 5 and "+13122435095" not in points
    scores = scores_of(engine)
    assert all(scores[f"cand{i}"]["level"] != "high" for i in range(5))


def test_accounts_an_admin_set_up_in_one_place_with_a_private_recovery_mailbox_are_one_organisation(tmp_path):
    """A club's volunteer admin creates twelve accounts from the clubhouse, all with the admin's
    private mailbox (no account here) as recovery: one organisation, nobody high. An operator's
    twelve accounts recovered by one mailbox, signed up from addresses all over: no
    organisation."""
    subjects = [person(f"club{i}", kind="account", address="", recovery_email="matthewclark@gmail.com",
                       signup_ip="93.4.115.245") for i in range(12)]
    subjects += [person(f"op{i}", kind="account", address="", recovery_email="golden_work511@outlook.com",
                        signup_ip=f"73.{20 + i}.4.9") for i in range(12)]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects))
    orgs = dict(engine.rows("SELECT subject_id, org FROM org_keys WHERE org LIKE 'accounts recovered by %'"))
    assert all(orgs.get(f"club{i}") == "accounts recovered by matthewclark@gmail.com" for i in range(12))
    assert not any(k.startswith("op") for k in orgs)
    scores = scores_of(engine)
    assert all(scores[f"club{i}"]["level"] != "high" for i in range(12))


def _lviv_office_and_sarasota_residence():
    """Three contractors who live in Lviv (postcodes 797.., 794.., 790..) with laptops sent
    to one office there (798..), each paid into one agency account; and three employees who
    claim homes in three US cities with laptops sent to one Sarasota residence, each paid into
    one other account. Returns (subjects, shipments, payments)."""
    subjects, shipments, payments = [], [], []
    for i, home in enumerate(["Victoria 7981, 79766 Lviv", "Valley 6961, 79433 Lviv",
                              "Shevchenka 12, 79011 Lviv"]):
        subjects.append(person(f"lviv{i}", kind="contractor", employer=f"Client {i}",
                               country="UA", address=home))
        shipments.append({"subject_id": f"lviv{i}", "ts": "2025-01-05T00:00:00Z",
                          "asset": f"UA-{i}", "address": "Sunset 7982, 79839 Lviv"})
        payments.append(payout(f"lviv{i}", "UA21 3223 1300 0002 6007 2335 6600 1"))
    for i, home in enumerate(["6638 Canal Way, Chicago, IL 60669",
                              "6123 Elm Dr, Raleigh, NC 27633",
                              "5629 Lake Blvd, Nashville, TN 37292"]):
        subjects.append(person(f"us{i}", kind="employee", employer=f"Firm {i}", address=home))
        shipments.append({"subject_id": f"us{i}", "ts": "2025-01-05T00:00:00Z",
                          "asset": f"US-{i}", "address": "7120 Chestnut Ln, Sarasota, FL 34280"})
        payments.append(payout(f"us{i}", "GB33 BUKB 2020 1555 5555 55"))
    return subjects, shipments, payments


def test_equipment_delivered_in_a_city_abroad_where_everyone_lives_is_a_local_workplace(tmp_path):
    """Contractors of a staffing agency in Lviv live in Lviv (postcodes 797.., 794..) and their
    laptops go to the agency's office there (798..): a local workplace. In the US the area
    stays the three-digit ZIP prefix: laptops of people who claim homes in other ZIP areas,
    delivered to one residence, are no local workplace."""
    subjects, shipments, _ = _lviv_office_and_sarasota_residence()
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, shipments=shipments))
    local = {r[0] for r in engine.rows("SELECT subject_id FROM local_shipments")}
    assert {"lviv0", "lviv1", "lviv2"} <= local and not local & {"us0", "us1", "us2"}
    detail = engine.scalar("SELECT detail FROM links WHERE a = 'lviv0' AND b = 'lviv1' "
                           "AND kind = 'SHARED_SHIPPING_ADDRESS'")
    assert "colleagues (office " in detail


def _usb(sid, device, product):
    return {"subject_id": sid, "ts": "2025-03-01T00:00:00Z", "device_id": device, "kind": "usb",
            "value": product}


def test_a_sign_in_from_north_korea_s_network_is_corroborated_by_any_other_indicator(tmp_path):
    """A persona whose VPN dropped once, signing in from North Korea's own block: no honest
    story covers that, so next to a VOIP number (which privacy would explain) it is high.
    Alone it is one item of evidence: a review case."""
    subjects = [person("slip", phone="+1 415 555 0134", phone_line_type="voip"), person("alone")]
    logins = [login("slip", "73.2.2.2", "dev-slip", day=d) for d in range(1, 5)]
    logins += [login("slip", "175.45.178.20", "dev-slip", day=6),
               login("alone", "175.45.176.77", "dev-alone", day=6)]
    scores = scores_of(run_stages(make_bundle(tmp_path, subjects=subjects, logins=logins)))
    assert {"DPRK_NETWORK", "VOIP_PHONE"} <= set(scores["slip"]["reasons"])
    assert scores["slip"]["level"] == "high"
    assert {"DPRK_NETWORK", "UNCORROBORATED"} <= set(scores["alone"]["reasons"])
    assert scores["alone"]["level"] == "medium"


def test_an_ip_kvm_with_remote_tools_alone_is_remote_administration_a_review_case(tmp_path):
    """An IT admin's home-lab IP-KVM next to a remote-desktop tool on the machine at home is
    one story (remote administration): medium, with the cap naming it. The same IP-KVM on a
    laptop shipped to somewhere other than the person's home is no home lab's: high."""
    subjects = [person("admin"), person("farmed")]
    logins = [login("admin", "24.1.1.1", "dev-admin"), login("farmed", "24.2.2.2", "dev-farmed")]
    endpoint = [_usb("admin", "dev-admin", "PiKVM Composite Device"),
                {"subject_id": "admin", "ts": "2025-03-01T00:00:00Z", "device_id": "dev-admin",
                 "kind": "process", "value": "tvnserver.exe"},
                _usb("farmed", "dev-farmed", "PiKVM Composite Device")]
    shipments = [{"subject_id": "farmed", "ts": "2025-01-05T00:00:00Z", "asset": "LT-1",
                  "address": "7120 Chestnut Ln, Sarasota, FL 34280"}]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, logins=logins,
                                    endpoint=endpoint, shipments=shipments))
    scores = scores_of(engine)
    assert {"IPKVM_DEVICE", "REMOTE_CONTROL_TOOL", "UNCORROBORATED"} <= set(scores["admin"]["reasons"])
    assert scores["admin"]["level"] == "medium"
    cap = engine.scalar("SELECT detail FROM contributions WHERE subject_id = 'admin' "
                        "AND code = 'UNCORROBORATED'")
    assert "it_work" in cap
    assert {"IPKVM_DEVICE", "SHIP_TO_OTHER_ADDRESS"} <= set(scores["farmed"]["reasons"])
    assert scores["farmed"]["level"] == "high"


def test_a_home_receiving_the_laptops_of_strongly_marked_strangers_is_a_farm_s_host(tmp_path):
    """Two personas claim homes in Ohio and Texas; their work laptops, each with an IP-KVM and
    signed in through a hosting provider, go to the home a third person claims in Arizona:
    that home's link to them is not made ordinary by calibration (a laptop farm's host, as in
    the Chapman case). A daughter whose clean laptop goes to her father's home keeps the
    calibrated link."""
    farm = "878 Madison Park Pl, Litchfield Park, AZ 85340"
    subjects = [person("host", address=farm),
                person("p0", address="12 Elm St, Dayton, OH 45402"),
                person("p1", address="40 Oak Ave, Austin, TX 78701"),
                person("father", address="5 Birch Rd, Salem, OR 97301"),
                person("daughter", address="77 Pine St, Boise, ID 83702")]
    shipments = [{"subject_id": sid, "ts": "2025-01-05T00:00:00Z", "asset": f"LT-{sid}",
                  "address": address}
                 for sid, address in (("p0", farm), ("p1", farm), ("daughter", "5 Birch Rd, Salem, OR 97301"))]
    endpoint = [_usb(sid, f"dev-{sid}", "PiKVM Composite Device") for sid in ("p0", "p1")]
    logins = [login(sid, "45.76.12.9", f"dev-{sid}", day=d) for sid in ("p0", "p1") for d in range(1, 6)]
    logins += [login(sid, f"24.{i}.1.1", f"dev-{sid}") for i, sid in enumerate(("host", "father", "daughter"))]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, logins=logins,
                                    endpoint=endpoint, shipments=shipments))
    traits = dict(engine.rows("SELECT p.subject_id, t.traits FROM person_traits t "
                              "JOIN persons p ON p.person_id = t.person_id"))
    assert traits["p0"] >= 0.8 and traits["daughter"] < 0.5
    host = engine.rows("SELECT calibration, detail FROM links WHERE kind = 'SHARED_SHIPPING_ADDRESS' "
                       "AND 'host' IN (a, b) AND 'p0' IN (a, b)")
    assert host and host[0][0] == 1.0 and "laptop farm's" in host[0][1]
    family = engine.rows("SELECT detail FROM links WHERE kind = 'SHARED_SHIPPING_ADDRESS' "
                         "AND 'father' IN (a, b) AND 'daughter' IN (a, b)")
    assert family and "laptop farm's" not in family[0][0]


def test_one_account_paying_people_who_work_from_one_office_near_their_homes_is_payroll(tmp_path):
    """An agency in Lviv pays three contractors through one account and ships their laptops to
    its office in their city: their shared payout is their employer's payroll (discounted,
    explained as workplace). Three personas who claim homes in three US cities, paid through
    one account, with laptops delivered to one residence, keep the payout at full weight."""
    subjects, shipments, payments = _lviv_office_and_sarasota_residence()
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, shipments=shipments,
                                    payments=payments))
    office = engine.rows("SELECT weight, prior_weight * calibration, explained_by, detail FROM links "
                         "WHERE a = 'lviv0' AND b = 'lviv1' AND kind = 'SHARED_PAYOUT'")[0]
    assert office[0] == pytest.approx(0.2 * office[1])
    assert "workplace" in office[2].split(";") and "payroll of colleagues" in office[3]
    farm = engine.rows("SELECT weight, prior_weight * calibration, explained_by FROM links "
                       "WHERE a = 'us0' AND b = 'us1' AND kind = 'SHARED_PAYOUT'")[0]
    assert farm[0] == pytest.approx(farm[1])
    assert "workplace" not in (farm[2] or "").split(";")


def test_an_operator_s_machine_its_personas_use_now_and_then_is_no_shared_terminal(tmp_path):
    """Four personas sign in mostly from their own cloud machines and now and then from their
    operator's computer, and are paid into one account: the computer is not a library's
    (its users share more than the place), so the device link keeps its weight. Nor is the
    machine four other personas use now and then, sharing nothing else, that sign in through a
    hosting provider at night with VOIP numbers: they carry an operator's traits. Six
    strangers at one library computer (sharing its network too) stay a shared terminal."""
    subjects, logins, payments = [], [], []
    for i in range(4):
        subjects.append(person(f"op{i}"))
        logins += [login(f"op{i}", f"45.{i}.3.4", f"vps-{i}", day=d) for d in range(1, 8)]
        logins.append(login(f"op{i}", f"81.2.{i}.9", "OPERATOR-PC", day=10))
        payments.append(payout(f"op{i}", "LT12 1000 0111 0100 1000"))
        subjects.append(person(f"night{i}", phone=f"+1 415 555 01{i:02d}", phone_line_type="voip"))
        logins += [login(f"night{i}", "45.76.12.9", f"cloud-{i}", day=d, hour=2) for d in range(1, 8)]
        logins.append(login(f"night{i}", f"81.3.{i}.9", "OPERATOR-PC-2", day=10, hour=2))
    for i in range(6):
        subjects.append(person(f"lib{i}", kind="account", address=""))
        logins += [login(f"lib{i}", f"71.{i}.3.4", f"own-laptop-{i}", day=d) for d in range(1, 8)]
        logins.append(login(f"lib{i}", "64.12.1.1", "LIB-PC-01", day=10))
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, logins=logins, payments=payments))
    operator = engine.rows("SELECT weight, prior_weight * calibration, explained_by FROM links "
                           "WHERE a = 'op0' AND b = 'op1' AND kind = 'SHARED_DEVICE'")[0]
    assert operator[0] == pytest.approx(operator[1])
    assert "shared_terminal" not in (operator[2] or "").split(";")
    assert {"night0", "night1"} <= {r[0] for r in engine.rows("SELECT subject_id FROM occasional_devices")}
    marked = engine.rows("SELECT weight, prior_weight * calibration, explained_by FROM links "
                         "WHERE a = 'night0' AND b = 'night1' AND kind = 'SHARED_DEVICE'")[0]
    assert marked[0] == pytest.approx(marked[1])
    assert "shared_terminal" not in (marked[2] or "").split(";")
    library = engine.scalar("SELECT explained_by FROM links WHERE a = 'lib0' AND b = 'lib1' "
                            "AND kind = 'SHARED_DEVICE'")
    assert "shared_terminal" in library.split(";")


def test_a_contact_centre_s_hot_desk_each_shift_uses_is_a_shared_terminal(tmp_path):
    """Forty-four agents of ten client programs work at a contact centre, two shifts to a
    desk, each signing in from its desk all the time: a computer all of whose sign-ins come
    from a network 44 people sign in from on 22 computers is a desk at a site, and the agents
    who share it are no operator's personas (nor are their rows an operator's, also where the
    desk's agent reports its programs under each of them). Four
    personas signing in from their operator's machine at its home are no site's."""
    subjects, logins, endpoint = [], [], []
    for i in range(44):
        desk, shift = divmod(i, 2)
        subjects.append(person(f"agent{i}", employer=f"Client {i % 10}",
                               address=f"{100 + i} Main Street, Tampa, FL 33612"))
        logins += [login(f"agent{i}", f"171.108.34.{10 + desk}", f"DESK-{desk}", day=d,
                         hour=(6, 18)[shift]) for d in range(1, 7)]
        # the desk's agent reports its programs under whoever is signed in
        endpoint.append({"subject_id": f"agent{i}", "ts": "2025-03-01T12:00:00Z",
                         "device_id": f"DESK-{desk}", "kind": "process", "value": "genesys.exe"})
    for i in range(4):
        subjects.append(person(f"persona{i}", address=f"{i + 7} Oak Road, Austin, TX 78701"))
        logins += [login(f"persona{i}", "81.2.0.9", "OPERATOR-PC", day=d) for d in range(1, 7)]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, logins=logins, endpoint=endpoint))
    assert {r[0] for r in engine.rows("SELECT device_id FROM site_devices")} == {f"DESK-{k}" for k in range(22)}
    desk = engine.rows("SELECT weight, prior_weight * calibration, explained_by, detail FROM links "
                       "WHERE a = 'agent0' AND b = 'agent1' AND kind = 'SHARED_DEVICE'")[0]
    assert desk[0] == pytest.approx(0.2 * desk[1]) and "shared_terminal" in desk[2].split(";")
    assert "a desk on a network many people sign in from" in desk[3]
    assert not {r[0] for r in engine.rows("SELECT id FROM operator_rows")} & {f"agent{i}" for i in range(44)}
    operator = engine.rows("SELECT weight, prior_weight * calibration, explained_by FROM links "
                           "WHERE a = 'persona0' AND b = 'persona1' AND kind = 'SHARED_DEVICE'")[0]
    assert operator[0] == pytest.approx(operator[1])
    assert "shared_terminal" not in (operator[2] or "").split(";")


def test_a_staffing_agency_s_desk_its_recruiters_submit_candidates_from_is_a_shared_terminal(tmp_path):
    """Two recruiters of a staffing agency (their own mailboxes on its domain, registered
    years before) work at one desk all day and submit six candidates' applications from it:
    each candidate's one sign-in is the agency's, on their behalf. The desk is the
    organisation's, so the candidates are neither linked as an operator's personas nor an
    operator's rows. The same desk under a domain registered days before the recruiters
    appeared (a front's) is nobody's desk, nor is a machine the staff of two employers use."""
    def bundle(folder, registered):
        subjects, logins = [], []
        for r in range(2):
            subjects.append(person(f"recruiter{r}", kind="account", email=f"rec{r}@talentbridge.com",
                                   address=""))
            logins += [login(f"recruiter{r}", "64.71.9.20", "AGENCY-DESK", day=d, hour=h)
                       for d in range(1, 8) for h in (15, 19)]
        for c in range(6):
            subjects.append(person(f"candidate{c}", kind="applicant",
                                   address=f"{40 + c} Birch Road, Columbus, OH 43085"))
            logins.append(login(f"candidate{c}", "64.71.9.20", "AGENCY-DESK", day=10 + c))
        domains = [{"domain": "talentbridge.com", "company": "TalentBridge", "registered_at": registered}]
        return make_bundle(tmp_path / folder, subjects=subjects, logins=logins, domains=domains)

    engine = run_stages(bundle("agency", "2014-08-11"))
    assert engine.rows("SELECT device_id, place FROM site_devices") == [("AGENCY-DESK", "organisation")]
    desk = engine.rows("SELECT weight, prior_weight * calibration, explained_by, detail FROM links "
                       "WHERE a = 'candidate0' AND b = 'candidate1' AND kind = 'SHARED_DEVICE'")[0]
    assert desk[0] == pytest.approx(0.2 * desk[1]) and "shared_terminal" in desk[2].split(";")
    assert "the desk of an organisation's staff" in desk[3]
    assert not {r[0] for r in engine.rows("SELECT id FROM operator_rows")} & {f"candidate{c}" for c in range(6)}
    front = run_stages(bundle("front", "2024-12-28"))
    assert front.rows("SELECT device_id FROM site_devices") == []
    # an operator's machine driving two personas hired at two employers, each signing in with
    # the employer's mailbox, is no organisation's desk
    subjects = [person(f"hired{k}", kind="employee", email=f"dev{k}@client{k}.com", address="")
                for k in range(2)]
    logins = [login(f"hired{k}", "64.71.9.20", "OPERATOR-PC", day=d) for k in range(2) for d in range(1, 8)]
    subjects += [person("persona", kind="applicant")]
    logins += [login("persona", "64.71.9.20", "OPERATOR-PC", day=9)]
    domains = [{"domain": f"client{k}.com", "company": f"Client {k}", "registered_at": "2010-01-01"}
               for k in range(2)]
    operator = run_stages(make_bundle(tmp_path / "operator", subjects=subjects, logins=logins,
                                      domains=domains))
    assert operator.rows("SELECT device_id FROM site_devices") == []


def test_a_lab_computer_students_use_once_among_their_own_is_a_shared_terminal(tmp_path):
    """Six students each sign in twice from their own laptop and once from the lab computer,
    which reports its time zone, keyboard and network to the platform's app as every
    machine does: one sign-in in three is now and then, and what a browser reports makes no
    machine anyone's own. A work laptop whose agent reports its programs under one
    employee is that employee's, however seldom it is used: no shared terminal."""
    subjects, logins, endpoint = [], [], []
    for i in range(6):
        subjects.append(person(f"student{i}", kind="account", address=""))
        logins += [login(f"student{i}", f"71.{i}.3.4", f"own-laptop-{i}", day=d) for d in (1, 2)]
        logins.append(login(f"student{i}", "128.95.1.1", "LAB-PC-07", day=10 + i))
        endpoint += [{"subject_id": f"student{i}", "ts": f"2025-03-{10 + i:02d}T16:00:00Z",
                      "device_id": "LAB-PC-07", "kind": kind, "value": value}
                     for kind, value in (("timezone", "America/Los_Angeles"),
                                         ("keyboard", "en-US"), ("network", "campus-lab"))]
    for i in range(2):
        subjects.append(person(f"worker{i}", kind="account", address=""))
        logins += [login(f"worker{i}", f"66.{i}.8.8", f"phone-{i}", day=d) for d in (1, 2, 3)]
        logins.append(login(f"worker{i}", "81.2.3.9", "WORK-LT-1", day=12))
        endpoint.append({"subject_id": f"worker{i}", "ts": "2025-03-12T16:00:00Z",
                         "device_id": "WORK-LT-1", "kind": "process", "value": "AnyDesk.exe"})
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, logins=logins, endpoint=endpoint))
    occasional = {r[0] for r in engine.rows("SELECT subject_id FROM occasional_devices")}
    assert occasional == {f"student{i}" for i in range(6)}
    lab = engine.rows("SELECT weight, prior_weight * calibration, explained_by FROM links "
                      "WHERE a = 'student0' AND b = 'student1' AND kind = 'SHARED_DEVICE'")[0]
    assert lab[0] == pytest.approx(0.2 * lab[1]) and "shared_terminal" in lab[2].split(";")
    work = engine.scalar("SELECT explained_by FROM links WHERE a = 'worker0' AND b = 'worker1' "
                         "AND kind = 'SHARED_DEVICE'")
    assert "shared_terminal" not in (work or "").split(";")


def test_a_provider_s_machine_and_card_among_its_clients_accounts_are_the_provider_s(tmp_path):
    """An IT provider sets up twelve small businesses' accounts from its office, its helpdesk
    phone as their recovery number; three more clients give no recovery number. Its card pays
    for all fifteen and its technician signs in to each from one machine. The machine and the
    card are the provider's (most of their holders are the accounts it set up), also between
    a client it recovers and one it does not, where the two share nothing but the card.
    Ten accounts an operator set up in one place, recovered by one number, that sign in through
    a hosting provider with VOIP numbers, are no organisation: a front's batch, whose shared
    recovery number keeps its weight. Ten accounts a small firm's admin set up, recovered by
    the admin's mailbox on a domain the firm registered after making them, are still the
    firm's: every account it recovers shows the young domain, which says nothing of its
    people. Ten accounts recovered by a mailbox on a domain registered three weeks before
    them are a front's batch, and so are ten recovered by a gmail mailbox that registered a
    company's domain after them: no firm registers its domain from a webmail address."""
    subjects, logins, payments, domains = [], [], [], []
    for i in range(15):
        domain = f"client{i}-plumbing.com"
        domains.append({"domain": domain, "company": f"Client {i} Plumbing", "registered_at": "2009-03-01"})
        subjects.append(person(f"client{i}", kind="account", address="", email=f"owner@{domain}",
                               recovery_phone="+1 720 478 6137" if i < 12 else "",
                               signup_ip="47.237.178.129", created_at="2018-01-02T14:00:00Z"))
        logins += [login(f"client{i}", f"73.{i}.2.2", f"client-pc-{i}", day=d) for d in range(1, 6)]
        logins += [login(f"client{i}", "47.237.178.129", "PROVIDER-TECH-1", day=d) for d in (7, 8)]
        payments.append(payout(f"client{i}", "card:visa:fp_6562d8749dfc07"))
    for i in range(10):
        subjects.append(person(f"batch{i}", kind="account", address="", phone=f"+1 415 555 01{i:02d}",
                               phone_line_type="voip", recovery_phone="+1 832 922 9714",
                               signup_ip="98.7.7.20", created_at="2025-01-02T14:00:00Z"))
        logins += [login(f"batch{i}", "45.76.12.9", f"vps-{i}", day=d, hour=2) for d in range(1, 6)]
        subjects.append(person(f"firm{i}", kind="account", address="", recovery_email="admin@pioneeraccounting.org",
                               signup_ip="66.39.242.232", created_at="2023-06-02T05:00:00Z"))
        subjects.append(person(f"front{i}", kind="account", address="", recovery_email="hr@talentbridge-staff.io",
                               signup_ip="23.94.7.11", created_at="2025-04-10T05:00:00Z"))
        subjects.append(person(f"later{i}", kind="account", address="", recovery_email="team.golden6@gmail.com",
                               signup_ip="23.94.9.12", created_at="2025-04-10T05:00:00Z"))
    domains.append({"domain": "pioneeraccounting.org", "company": "Pioneer Accounting",
                    "registered_at": "2025-03-20", "registrant_email": "admin@pioneeraccounting.org"})
    domains.append({"domain": "talentbridge-staff.io", "company": "Talentbridge Staffing",
                    "registered_at": "2025-03-20", "registrant_email": "hr@talentbridge-staff.io"})
    domains.append({"domain": "nexoralabs.tech", "company": "Nexora Labs",
                    "registered_at": "2025-06-01", "registrant_email": "team.golden6@gmail.com"})
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, logins=logins, payments=payments,
                                    domains=domains))
    for b in ("client1", "client12"):
        device = engine.rows("SELECT weight, prior_weight * calibration, explained_by, detail FROM links "
                             f"WHERE a = 'client0' AND b = '{b}' AND kind = 'SHARED_DEVICE'")[0]
        assert device[0] == pytest.approx(0.2 * device[1]) and "workplace" in device[2].split(";")
    card = engine.rows("SELECT weight, prior_weight * calibration, detail FROM links "
                       "WHERE a = 'client0' AND b = 'client12' AND kind = 'SHARED_PAYOUT'")[0]
    assert card[0] == pytest.approx(0.2 * card[1]) and "payroll of colleagues" in card[2]
    orgs = {r[0] for r in engine.rows("SELECT DISTINCT org FROM org_keys")}
    assert "accounts recovered by +17204786137" in orgs
    assert "accounts recovered by +18329229714" not in orgs
    assert "NEW_RECRUITER_DOMAIN" in {r[0] for r in engine.rows("SELECT code FROM signals WHERE subject_id = 'firm0'")}
    assert "accounts recovered by admin@pioneeraccounting.org" in orgs
    assert "accounts recovered by hr@talentbridge-staff.io" not in orgs
    assert "NEW_RECRUITER_DOMAIN" in {r[0] for r in engine.rows("SELECT code FROM signals WHERE subject_id = 'later0'")}
    assert "accounts recovered by teamgolden6@gmail.com" not in orgs  # (gmail ignores dots)
    batch = engine.rows("SELECT weight, prior_weight * calibration, explained_by FROM links "
                        "WHERE a = 'batch0' AND b = 'batch1' AND kind = 'SHARED_RECOVERY_PHONE'")[0]
    assert batch[0] == pytest.approx(batch[1]) and "workplace" not in (batch[2] or "").split(";")


def test_a_laptop_shipped_to_a_colleague_s_claimed_home_is_no_office(tmp_path):
    """Two employees of one firm who live apart: one's laptop goes to the other's claimed
    home. Colleagues explain an office they share, not one of them receiving the other's
    equipment at home (a persona's laptop delivered to its facilitator). Rows that give one
    own phone are one person or family, and keep the colleagues' discount."""
    subjects = [person("host", kind="employee", employer="Acme Corp",
                       address="5533 Jefferson Dr, Chicago, IL 60601"),
                person("away", kind="employee", employer="Acme Corp",
                       address="9172 Church Rd, Miami, FL 33101")]
    shipments = [{"subject_id": "away", "ts": "2025-01-05T00:00:00Z", "asset": "LT-9",
                  "address": "5533 Jefferson Dr, Chicago, IL 60601"}]
    # One person under two names (a maiden and a married name) who gives one own phone:
    # the laptop for the new row goes to the home of the old one.
    subjects += [person("maiden", kind="employee", employer="Birch Ltd", phone="+13329450989",
                        address="66 Brookside Terrace, Las Vegas, NV 89145"),
                 person("married", kind="employee", employer="Birch Ltd", phone="332-945-0989",
                        address="9240 King St, Minneapolis, MN 55412")]
    shipments.append({"subject_id": "married", "ts": "2025-01-05T00:00:00Z", "asset": "LT-7",
                      "address": "66 Brookside Terrace, Las Vegas, NV 89145"})
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, shipments=shipments))
    link = engine.rows("SELECT weight, prior_weight * calibration, explained_by FROM links "
                       "WHERE kind = 'SHARED_SHIPPING_ADDRESS' AND a = 'away'")[0]
    assert link[0] == pytest.approx(link[1])
    assert "workplace" not in (link[2] or "").split(";")
    same = engine.rows("SELECT explained_by FROM links WHERE kind = 'SHARED_SHIPPING_ADDRESS' "
                       "AND a = 'maiden' AND b = 'married'")
    assert same and "workplace" in same[0][0].split(";")


def test_a_handle_made_of_a_former_name_is_still_a_namesake_s(tmp_path):
    """David P. Baker, now David Martin after marrying, still lists linkedin.com/in/david-baker
    on the applications under his new name; another David Baker lists it too. Whichever row
    of his gives it, the handle is made of a name he gives: a namesake's, not evidence."""
    subjects = [person("db_old", full_name="David P. Baker", email="davidbaker2001@gmail.com",
                       phone="+1 323 300 5314", address="3264 Laurel St, Los Angeles, CA 90097",
                       profiles="https://www.linkedin.com/in/david-baker"),
                person("db_new", full_name="David Martin", email="davidbaker2001@gmail.com",
                       phone="(323) 300-5314", address="3264 Laurel Street, Los Angeles, CA 90097",
                       profiles="https://www.linkedin.com/in/david-baker"),
                person("other", full_name="David Baker", email="davidbaker@yahoo.com",
                       phone="+1 773 240 9219", address="1146 Meadow Rd, Chicago, IL 60639",
                       profiles="https://www.linkedin.com/in/david-baker")]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects))
    persons = dict(engine.rows("SELECT subject_id, person_id FROM persons"))
    assert persons["db_old"] == persons["db_new"] != persons["other"]
    links = engine.rows("SELECT a, b, explained_by FROM links WHERE kind = 'SHARED_PROFILE'")
    assert {(a, b) for a, b, _ in links} >= {("db_new", "other"), ("db_old", "other")}
    assert all("namesake" in (explained or "").split(";") for _, _, explained in links)


def test_a_profile_address_made_of_the_name_both_give_is_a_namesake_not_evidence(tmp_path):
    """Two Priya Sharmas in different cities both list github.com/priyasharma: the shared
    handle says no more than the shared name (discounted, explained `namesake`), as
    github.com/pkrishnan says no more for Pooja and Pranav Krishnan, or github.com/kumara for
    Anjali Kumar and Kumar Amit (surname first). Two
    personas under different names listing one portfolio handle keep its full weight."""
    subjects = [person("priya1", full_name="Priya Sharma", profiles="https://github.com/priyasharma",
                       address="12 Oak St, Boise, ID 83702"),
                person("priya2", full_name="Priya Sharma", profiles="https://github.com/priyasharma",
                       address="40 Elm Ave, Tulsa, OK 74103"),
                # an initial and the surname: Pooja's handle and Pranav's are made alike
                person("pooja", full_name="Pooja Krishnan", profiles="https://github.com/pkrishnan",
                       address="7 Pine Rd, Reno, NV 89501"),
                person("pranav", full_name="Pranav Krishnan", profiles="github.com/PKrishnan",
                       address="9 Main St, Omaha, NE 68102"),
                # a surname written as an initial ("Xiu L.") still names the handle's maker
                person("xiu1", full_name="Xiu Liu", profiles="github.com/xiuliu",
                       address="3 Elm St, Fresno, CA 93721"),
                person("xiu2", full_name="Xiu L.", profiles="github.com/xiuliu",
                       address="5 Oak Ave, Mobile, AL 36602"),
                # the surname and an initial, one of the two writing the surname first
                person("anjali", full_name="Anjali Kumar", profiles="github.com/kumara",
                       address="14 Lake Dr, Austin, TX 78701"),
                person("amit", full_name="Kumar Amit", profiles="github.com/kumara",
                       address="22 Hill Rd, Salem, OR 97301"),
                person("persona1", full_name="Kevin Moore", profiles="https://github.com/devmaster99"),
                person("persona2", full_name="Jason Lee", profiles="https://github.com/devmaster99")]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects))
    namesakes = engine.rows("SELECT weight, prior_weight * calibration, explained_by FROM links "
                            "WHERE kind = 'SHARED_PROFILE' AND a = 'priya1'")
    assert namesakes, "the shared handle is still a link, explained"
    assert namesakes[0][0] == pytest.approx(0.2 * namesakes[0][1])
    assert "namesake" in namesakes[0][2].split(";")
    initials = engine.rows("SELECT explained_by FROM links WHERE kind = 'SHARED_PROFILE' "
                           "AND a = 'pooja' AND b = 'pranav'")
    assert initials and "namesake" in initials[0][0].split(";")
    short = engine.rows("SELECT explained_by FROM links WHERE kind = 'SHARED_PROFILE' "
                        "AND a = 'xiu1' AND b = 'xiu2'")
    assert short and "namesake" in short[0][0].split(";")
    reversed_order = engine.rows("SELECT explained_by FROM links WHERE kind = 'SHARED_PROFILE' "
                                 "AND a = 'amit' AND b = 'anjali'")
    assert reversed_order and "namesake" in reversed_order[0][0].split(";")
    personas = engine.rows("SELECT weight, prior_weight * calibration, explained_by FROM links "
                           "WHERE kind = 'SHARED_PROFILE' AND a = 'persona1'")[0]
    assert personas[0] == pytest.approx(personas[1])
    assert "namesake" not in (personas[2] or "").split(";")


def test_a_mailbox_made_of_the_name_both_give_is_a_namesake_not_evidence(tmp_path):
    """Two Minh Buis, two national ids born years apart in different cities (two people, not
    one), were both given minhbui@gmail.com (one mistyped it, or it was handed on): the shared
    mailbox says no more than the shared name. Two personas under other names giving one operator's mailbox keep its weight, and
    so does a mailbox made of only one of the two names."""
    subjects = [person("minh1", full_name="Minh Bui", email="minhbui@gmail.com", birth_date="1988-04-02",
                       national_id="512-44-0198", address="12 Oak St, Boise, ID 83702"),
                person("minh2", full_name="Minh Bui", email="MinhBui@gmail.com", birth_date="1996-11-20",
                       national_id="623-18-7730", address="40 Elm Ave, Tulsa, OK 74103"),
                person("persona1", full_name="Kevin Moore", email="kevin.moore.dev@outlook.com",
                       address="7 Pine Rd, Reno, NV 89501"),
                person("persona2", full_name="Jason Lee", email="kevin.moore.dev@outlook.com",
                       address="9 Main St, Omaha, NE 68102")]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects))
    namesakes = engine.rows("SELECT weight, prior_weight * calibration, explained_by, detail FROM links "
                            "WHERE kind = 'SHARED_EMAIL' AND a = 'minh1' AND b = 'minh2'")
    assert namesakes, "the shared mailbox is still a link, explained"
    assert namesakes[0][0] == pytest.approx(0.2 * namesakes[0][1])
    assert "namesake" in namesakes[0][2].split(";")
    assert "a mailbox made of the name both give" in namesakes[0][3]
    personas = engine.rows("SELECT weight, prior_weight * calibration, explained_by FROM links "
                           "WHERE kind = 'SHARED_EMAIL' AND a = 'persona1'")
    assert personas, "the operator's mailbox links the two personas"
    assert personas[0][0] == pytest.approx(personas[0][1])
    assert "namesake" not in (personas[0][2] or "").split(";")


def test_the_mail_platform_whose_accounts_the_bundle_holds_is_no_organisation(tmp_path):
    """An email provider scans its own accounts, all on its own domain (not on any free-mail
    list): that domain is the platform, not an organisation its users belong to, so two
    accounts sharing a recovery mailbox are not colleagues. A small firm's domain stays one."""
    subjects = [person(f"user{i}", kind="account", address="", email=f"user{i}@postmail.net")
                for i in range(30)]
    subjects[0]["recovery_email"] = subjects[1]["recovery_email"] = "op.recovery@proton.me"
    subjects += [person(f"staff{i}", kind="account", address="", email=f"staff{i}@acme-widgets.com")
                 for i in range(3)]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects))
    orgs = {r[0] for r in engine.rows("SELECT DISTINCT org FROM org_keys")}
    assert "domain acme-widgets.com" in orgs and "domain postmail.net" not in orgs
    explained = engine.scalar("SELECT explained_by FROM links WHERE a = 'user0' AND b = 'user1' "
                              "AND kind = 'SHARED_RECOVERY_EMAIL'")
    assert "workplace" not in (explained or "").split(";")


def test_a_staffing_agency_known_by_a_page_of_its_website_that_some_of_its_people_list(tmp_path):
    """Nine contractors of nine clients, living in nine cities, are paid through one staffing
    agency's account; five of them list its team page (a page of its established website, not
    its home page) and two list their own staff pages there. Those pages are the
    organisation's, not personal profiles, and the payout is the agency's payroll even between
    two who list nothing (a third of its payees name the agency). Four personas that list
    their own profile pages on a freelance marketplace's site (whose pages a hundred people
    list: a platform, not an organisation they belong to) and sign in from one machine are
    no colleagues for it."""
    subjects, payments, logins = [], [], []
    domains = [{"domain": "brightstaff.com", "company": "Brightstaff Talent", "registered_at": "2012-04-02",
                "registrant_email": "hostmaster@brightstaff.com"},
               {"domain": "gigplace.com", "company": "Gigplace", "registered_at": "2001-06-01",
                "registrant_email": "dns@gigplace.com"}]
    for i in range(9):
        page = ("https://brightstaff.com/team" if i < 5 else
                f"https://brightstaff.com/team/person-{i}" if i < 7 else "")
        subjects.append(person(f"bs{i}", employer=f"Client {i}", address=f"{200 + i} Oak Street, {CITIES[i]}",
                               profiles=page))
        payments.append(payout(f"bs{i}", "011000138:7730021984"))
    for i in range(4):
        subjects.append(person(f"big{i}", employer=f"Firm {i}", address=f"{300 + i} Pine Street, {CITIES[i]}",
                               profiles=f"https://www.gigplace.com/fl/persona{i}"))
        logins.append(login(f"big{i}", f"66.{i}.1.2", "OPERATOR-LAPTOP", day=i + 1))
    subjects += [person(f"gig{i}", profiles=f"https://gigplace.com/fl/freelancer{i}") for i in range(100)]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, payments=payments, logins=logins,
                                    domains=domains))
    page = engine.rows("SELECT explained_by, detail FROM links WHERE a = 'bs0' AND b = 'bs1' "
                       "AND kind = 'SHARED_PROFILE'")[0]
    assert "workplace" in page[0].split(";") and "website of an organisation" in page[1]
    assert {o for (o,) in engine.rows("SELECT org FROM org_keys WHERE subject_id = 'bs6'")} >= {"domain brightstaff.com"}
    assert engine.scalar("SELECT count(*) FROM org_keys WHERE org = 'domain gigplace.com'") == 0
    payroll = engine.rows("SELECT weight, prior_weight * calibration, detail FROM links "
                          "WHERE a = 'bs7' AND b = 'bs8' AND kind = 'SHARED_PAYOUT'")[0]
    assert payroll[0] == pytest.approx(0.2 * payroll[1]) and "payroll of colleagues" in payroll[2]
    device = engine.scalar("SELECT explained_by FROM links WHERE a = 'big0' AND b = 'big1' "
                           "AND kind = 'SHARED_DEVICE'")
    assert "workplace" not in (device or "").split(";")  # no colleagues by a marketplace
    assert all(s["level"] != "high" for sid, s in scores_of(engine).items() if sid.startswith("bs"))


def test_a_recruiting_company_whose_domain_a_ring_s_mailbox_registered(tmp_path):
    """A fake recruiting company's look-alike domain was registered with the mailbox that
    recovers a ring's personas: its recruiter accounts are linked to them (registrant =
    recovery) and join their ring. Employees of an honest company all have its domain, and so
    its registrant, in common: that is never a link between them."""
    subjects, payments = [], []
    domains = [{"domain": "northbridge-careers.io", "company": "Northbridge Careers",
                "registered_at": "2025-01-02", "registrant_email": "ops.handler77@proton.me"},
               {"domain": "granitehealth.co", "company": "Granite Health", "registered_at": "2012-02-02",
                "registrant_email": "hostmaster@granitehealth.co"}]
    for i in range(3):
        subjects.append(person(f"persona{i}", kind="applicant", recovery_email="ops.handler77@proton.me",
                               address=f"{400 + i} Elm Street, {CITIES[i]}"))
        payments.append(payout(f"persona{i}", "GB33 BUKB 2020 1555 5555 55"))
    subjects.append(person("recruiter", kind="account", email="talent@northbridge-careers.io", address=""))
    subjects += [person(f"granite{i}", kind="employee", employer="Granite Health",
                        email=f"staff{i}@granitehealth.co") for i in range(5)]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, payments=payments, domains=domains))
    tie = engine.rows("SELECT kind, detail FROM links WHERE 'recruiter' IN (a, b) AND 'persona0' IN (a, b)")
    assert tie and tie[0][0] == "SHARED_EMAIL" and "registrant" in tie[0][1]
    scores = scores_of(engine)
    assert scores["recruiter"]["ring"] is not None and scores["recruiter"]["ring"] == scores["persona0"]["ring"]
    assert engine.scalar("SELECT count(*) FROM links WHERE a LIKE 'granite%' AND b LIKE 'granite%' "
                         "AND kind = 'SHARED_EMAIL'") == 0


def test_a_cohort_s_github_organisation_is_no_person_s_profile(tmp_path):
    """Six bootcamp graduates list their cohort's GitHub organisation and signed up from the
    campus network: the shared handle is an organisation's account (discounted, explained as
    workplace) and none of them is high. Two personas listing one GitHub account keep the
    link at full weight."""
    subjects = [person(f"grad{i}", kind="applicant", profiles="https://github.com/codecamp-sep24",
                       signup_ip="128.95.1.20", created_at=f"2025-02-{10 + 3 * i:02d}T15:00:00Z")
                for i in range(6)]
    subjects += [person(f"op{i}", kind="applicant", profiles="https://github.com/dev-ninja-88") for i in range(2)]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects))
    cohort = engine.rows("SELECT weight, prior_weight * calibration, explained_by, detail FROM links "
                         "WHERE a = 'grad0' AND b = 'grad1' AND kind = 'SHARED_PROFILE'")[0]
    assert cohort[0] == pytest.approx(0.2 * cohort[1])
    assert "workplace" in cohort[2].split(";") and "organisation's account" in cohort[3]
    pair = engine.rows("SELECT weight, prior_weight * calibration FROM links "
                       "WHERE a = 'op0' AND b = 'op1' AND kind = 'SHARED_PROFILE'")[0]
    assert pair[0] == pytest.approx(pair[1])
    assert all(s["level"] != "high" for sid, s in scores_of(engine).items() if sid.startswith("grad"))


def test_an_employer_and_the_domain_that_spells_its_name_are_one_organisation(tmp_path):
    """Contractors of "Iron Insights" on their own mail and staff accounts on ironinsights.io
    (an established domain) all sign in from the office network: colleagues. The alias does
    not make an account two of its hires share their employer's payroll."""
    domains = [{"domain": "ironinsights.io", "company": "Iron Insights Inc.", "registered_at": "2015-02-01",
                "registrant_email": "it@ironinsights.io"}]
    subjects = [person(f"c{i}", employer="Iron Insights Inc.", address=f"{10 + i} Oak Street, {CITIES[i]}")
                for i in range(3)]
    subjects += [person(f"s{i}", kind="account", email=f"staff{i}@ironinsights.io",
                        address=f"{20 + i} Pine Street, {CITIES[i + 3]}") for i in range(3)]
    subjects += [person(f"h{i}", employer="Iron Insights Inc.", address=f"{30 + i} Elm Street, {CITIES[i + 6]}")
                 for i in range(2)]
    logins = [login(sid, "198.51.100.20", f"dev-{sid}", day=d + 1)
              for sid in ("c0", "c1", "c2", "s0", "s1", "s2") for d in range(3)]
    payments = [payout("h0", "021000021:5550001111"), payout("h1", "021000021:5550001111")]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, logins=logins, domains=domains,
                                    payments=payments))
    assert {o for (o,) in engine.rows("SELECT org FROM org_aliases WHERE subject_id = 'c0'")} == {
        "domain ironinsights.io"}
    assert engine.scalar("SELECT org FROM shared_orgs WHERE a = 'c0' AND b = 's0'") == "domain ironinsights.io"
    network = engine.rows("SELECT explained_by, detail FROM links WHERE a = 'c0' AND b = 's0' "
                          "AND kind IN ('SHARED_LOGIN_IP', 'SHARED_NETWORK')")
    assert network and all("workplace" in e.split(";") for e, _ in network)
    payroll = engine.rows("SELECT explained_by FROM links WHERE a = 'h0' AND b = 'h1' AND kind = 'SHARED_PAYOUT'")
    assert payroll and "workplace" not in (payroll[0][0] or "").split(";")


def test_a_bundle_wide_employer_explains_its_hot_desks_not_a_shared_personal_mailbox(tmp_path):
    """An employer's own export: nearly everyone works for Meridian. Being its colleagues
    explains a hot desk's machine, not two people's one personal recovery mailbox (that is
    weighed as between strangers); a small firm's people in the same bundle stay colleagues
    for their shared helpdesk phone."""
    subjects, logins = [], []
    for i in range(30):
        subjects.append(person(f"mer{i}", kind="employee", employer="Meridian Group",
                               address=f"{500 + i} Oak Street, {CITIES[i % len(CITIES)]}"))
    subjects[0]["recovery_email"] = subjects[1]["recovery_email"] = "op.handler@outlook.com"
    for i in (2, 3):
        logins.append(login(f"mer{i}", f"70.1.2.{i}", "HOTDESK-7", day=i))
    for i in range(3):
        subjects.append(person(f"tiny{i}", kind="employee", employer="Tiny Co",
                               address=f"{700 + i} Elm Street, {CITIES[i]}",
                               recovery_phone="+1 303 555 0177"))
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, logins=logins))
    mailbox = engine.rows("SELECT weight, prior_weight * calibration, explained_by FROM links "
                          "WHERE a = 'mer0' AND b = 'mer1' AND kind = 'SHARED_RECOVERY_EMAIL'")[0]
    assert mailbox[0] == pytest.approx(mailbox[1])
    assert "workplace" not in (mailbox[2] or "").split(";")
    desk = engine.rows("SELECT weight, prior_weight * calibration, explained_by FROM links "
                       "WHERE a = 'mer2' AND b = 'mer3' AND kind = 'SHARED_DEVICE'")[0]
    assert desk[0] == pytest.approx(0.2 * desk[1]) and "workplace" in desk[2].split(";")
    helpdesk = engine.rows("SELECT weight, prior_weight * calibration, detail FROM links "
                           "WHERE a = 'tiny0' AND b = 'tiny1' AND kind = 'SHARED_RECOVERY_PHONE'")[0]
    assert helpdesk[0] == pytest.approx(0.2 * helpdesk[1]) and "colleagues (employer tiny co)" in helpdesk[2]


def test_a_voip_number_that_recovers_other_accounts_is_no_family_contact(tmp_path):
    """A parent's own mobile recovering the children's accounts is a family's contact; one
    persona's VOIP number recovering two others' accounts is an operator's, weighed in full."""
    subjects = [person("parent", kind="account", address="", phone="+1 303 555 0142",
                       phone_line_type="mobile"),
                person("op", kind="account", address="", phone="+1 404 555 0199",
                       phone_line_type="voip")]
    for i in range(3):
        subjects.append(person(f"kid{i}", kind="account", address="", recovery_phone="+1 303 555 0142"))
    for i in range(2):  # (four holders with nothing else would be a contact point)
        subjects.append(person(f"alt{i}", kind="account", address="", recovery_phone="+1 404 555 0199"))
    engine = run_stages(make_bundle(tmp_path, subjects=subjects))
    family = {tuple(r) for r in engine.rows("SELECT a, b FROM family_contacts")}
    assert ("kid0", "parent") in family and ("kid0", "kid1") in family
    assert not any("op" in pair or pair[0].startswith("alt") for pair in family)
    persona = engine.rows("SELECT weight, prior_weight * calibration, detail FROM links "
                          "WHERE a = 'alt0' AND b = 'op' AND kind = 'SHARED_PHONE'")[0]
    assert persona[0] == pytest.approx(persona[1]) and "household" not in persona[2]


def test_an_agency_whose_payees_show_nothing_of_their_own_gives_its_mailbox_as_colleagues(tmp_path):
    """A staffing agency pays ten contractors (ten clients, ten cities) into one account and
    gives its own mailbox as their recovery address; they show nothing suspicious of their
    own: the mailbox is their agency's (colleagues, discounted) and none of them is high. Ten
    personas with the same payout and recovery mailbox, each on a VOIP number, carry their
    operator's traits: the mailbox keeps its full weight and the ring stays high."""
    subjects, payments = [], []
    for i in range(10):
        subjects.append(person(f"agency{i}", employer=f"Client {i}", recovery_email="ops.brightpath@gmail.com",
                               address=f"{200 + i} Birch Street, {CITIES[i]}"))
        payments.append(payout(f"agency{i}", "GB33 BUKB 2020 1555 5555 55"))
        subjects.append(person(f"persona{i}", employer=f"Firm {i}", recovery_email="jobs.hunter.cv@gmail.com",
                               phone=f"+1 415 555 01{i:02d}", phone_line_type="voip",
                               address=f"{300 + i} Pine Street, {CITIES[i]}"))
        payments.append(payout(f"persona{i}", "DE89 3704 0044 0532 0130 00"))
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, payments=payments))
    assert {r[0] for r in engine.rows("SELECT org FROM agency_payers")} == {"payer gb33bukb20201555555555"}
    agency = engine.rows("SELECT weight, prior_weight * calibration, explained_by, detail FROM links "
                         "WHERE a = 'agency0' AND b = 'agency1' AND kind = 'SHARED_RECOVERY_EMAIL'")[0]
    assert agency[0] == pytest.approx(0.2 * agency[1])
    assert "workplace" in agency[2].split(";") and "colleagues (payer gb33bukb20201555555555)" in agency[3]
    ring = engine.rows("SELECT weight, prior_weight * calibration, explained_by FROM links "
                       "WHERE a = 'persona0' AND b = 'persona1' AND kind = 'SHARED_RECOVERY_EMAIL'")[0]
    assert ring[0] == pytest.approx(ring[1]) and "workplace" not in (ring[2] or "").split(";")
    scores = scores_of(engine)
    assert all(scores[f"agency{i}"]["level"] != "high" for i in range(10))
    assert all(scores[f"persona{i}"]["level"] == "high" for i in range(10))


def test_an_office_many_of_one_organisation_s_people_give_as_their_address_is_no_one_s_home(tmp_path):
    """A staffing agency gives its office as the address of the twelve candidates it submits
    (its mailbox, on its established domain, recovers their accounts); three of its hires,
    who claim homes of their own, get their laptops delivered there. More people claim the
    office than a household, and mostly the agency's people: it is no one's home, and the
    deliveries are between colleagues. A farm whose address ten personas give as their home
    (no organisation among them, each on a VOIP number) keeps "delivered to another person's
    home"."""
    office, farm = "164 Rua Augusta, Sao Paulo 01305-000, Brazil", "77 Elm Court, Tulsa, OK 74103"
    subjects, shipments = [], []
    for i in range(12):
        subjects.append(person(f"cand{i}", kind="applicant", country="BR", address=office,
                               recovery_email="bench@sampadev.com.br"))
        subjects.append(person(f"persona{i}", kind="applicant", address=farm,
                               recovery_email=f"persona{i}.mail@gmail.com",
                               phone=f"+1 415 555 02{i:02d}", phone_line_type="voip"))
    for i in range(3):
        subjects.append(person(f"hire{i}", kind="contractor", employer=f"Client {i}", country="BR",
                               address=f"{40 + i} Rua Harmonia, Sao Paulo 05435-000, Brazil",
                               recovery_email="bench@sampadev.com.br"))
        shipments.append({"subject_id": f"hire{i}", "ts": "2025-01-05T00:00:00Z",
                          "asset": f"LT-{i}", "address": office})
        subjects.append(person(f"farmhire{i}", kind="contractor", employer=f"Firm {i}",
                               address=f"{500 + i} Oak Street, {CITIES[i]}"))
        shipments.append({"subject_id": f"farmhire{i}", "ts": "2025-01-05T00:00:00Z",
                          "asset": f"LT-F{i}", "address": farm})
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, shipments=shipments))
    agency = engine.rows("SELECT weight, prior_weight * calibration, explained_by FROM links "
                         "WHERE kind = 'SHARED_SHIPPING_ADDRESS' AND 'hire0' IN (a, b) "
                         "AND (starts_with(a, 'cand') OR starts_with(b, 'cand'))")
    assert agency and all(w == pytest.approx(0.2 * prior) and "workplace" in (why or "").split(";")
                          for w, prior, why in agency)
    farm_links = engine.rows("SELECT weight, prior_weight * calibration, explained_by FROM links "
                             "WHERE kind = 'SHARED_SHIPPING_ADDRESS' AND 'farmhire0' IN (a, b) "
                             "AND (starts_with(a, 'persona') OR starts_with(b, 'persona'))")
    assert farm_links and all(w == pytest.approx(prior) and "workplace" not in (why or "").split(";")
                              for w, prior, why in farm_links)



def test_a_contractor_belongs_to_its_client_and_to_the_agency_whose_mailbox_recovers_it(tmp_path):
    """Two contractors an agency placed at two clients give the agency's team mailbox (its
    established domain) as recovery: they are colleagues of the agency, whatever client each
    works for. Three personas at three firms recovered by one free mailbox are not."""
    subjects = [person("placed0", employer="Client A", recovery_email="team@brightpath.dev",
                       address="10 Birch Street, Boise, ID 83702"),
                person("placed1", employer="Client B", recovery_email="team@brightpath.dev",
                       address="20 Birch Street, Omaha, NE 68102"),
                person("persona0", employer="Firm A", recovery_email="ops.hunter@gmail.com",
                       address="30 Pine Street, Tulsa, OK 74103"),
                person("persona1", employer="Firm B", recovery_email="ops.hunter@gmail.com",
                       address="40 Pine Street, Reno, NV 89501"),
                person("persona2", employer="Firm C", recovery_email="ops.hunter@gmail.com",
                       address="50 Pine Street, Fresno, CA 93721")]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects), until="links")
    orgs = {(r[0], r[1]) for r in engine.rows("SELECT subject_id, org FROM org_keys")}
    assert {("placed0", "employer client a"), ("placed0", "domain brightpath.dev")} <= orgs
    agency = engine.rows("SELECT explained_by FROM links WHERE kind = 'SHARED_RECOVERY_EMAIL' "
                         "AND a = 'placed0' AND b = 'placed1'")[0]
    assert "workplace" in agency[0].split(";")
    ring = engine.rows("SELECT explained_by FROM links WHERE kind = 'SHARED_RECOVERY_EMAIL' "
                       "AND a = 'persona0' AND b = 'persona1'")[0]
    assert "workplace" not in (ring[0] or "").split(";")


def test_an_agency_of_sixty_whose_mailbox_recovers_its_people_is_no_marketplace(tmp_path):
    """Sixty people list their staff pages on an agency's site (more than a marketplace's
    threshold), and a third of them give its team mailbox as recovery: the site is the
    agency's, and every lister belongs to it. Sixty freelancers listing their pages on a
    marketplace whose domain none of them mails from stay strangers."""
    subjects = []
    for i in range(60):
        subjects.append(person(f"member{i}", kind="applicant", address=f"{i + 1} Oak St, {CITIES[i % 10]}",
                               profiles=f"https://nimbusstudio.co/team/member{i}",
                               **({"recovery_email": "hello@nimbusstudio.co"} if i < 20 else {})))
        subjects.append(person(f"free{i}", kind="applicant", address=f"{i + 1} Elm St, {CITIES[i % 10]}",
                               profiles=f"https://gigmarket.com/freelancers/free{i}"))
    domains = [{"domain": "nimbusstudio.co", "registered_at": "2019-03-01T00:00:00Z"},
               {"domain": "gigmarket.com", "registered_at": "2010-03-01T00:00:00Z"}]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, domains=domains), until="links")
    members = {r[0] for r in engine.rows("SELECT subject_id FROM org_keys WHERE org = 'domain nimbusstudio.co'")}
    assert members == {f"member{i}" for i in range(60)}
    assert not engine.rows("SELECT 1 FROM org_keys WHERE org = 'domain gigmarket.com'")


def test_a_cyber_cafe_s_pc_and_its_network_are_one_place_not_two_kinds_of_sharing(tmp_path):
    """Fourteen strangers work at a cyber café: they sign in from its two PCs and its line,
    and the PCs report the café's router. A PC's users share its network and its address by
    using it, so for corroboration the device, the network and the login IP are one item:
    the café is a review case at most. Four personas at their operator's machine and router
    who are also paid into one account have a second, independent kind of sharing."""
    subjects, logins, endpoint, payments = [], [], [], []

    def at_machine(sid, machine, ip, router, days, country="US"):
        for day in days:
            logins.append(login(sid, ip, machine, day=day, hour=10 + day % 6, country=country))
        endpoint.append({"subject_id": sid, "ts": "2025-03-01T00:00:00Z", "device_id": machine,
                         "kind": "gateway_mac", "value": router})

    for i in range(14):
        subjects.append(person(f"cafe{i}", country="KE", address=f"{10 + i} Moi Avenue, Nairobi, KE"))
        at_machine(f"cafe{i}", f"CAFE-PC-{i % 2}", "105.160.4.20", "c8:3a:35:aa:bb:cc", range(1, 15),
                   country="KE")
    for i in range(4):
        subjects.append(person(f"op{i}"))
        at_machine(f"op{i}", "TEAM-PC", "91.108.4.7", "f0:9f:c2:01:02:03", range(1, 15))
        payments.append(payout(f"op{i}", "LT60 1010 0123 4567 8910"))
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, logins=logins,
                                    endpoint=endpoint, payments=payments))
    kinds = {r[0] for r in engine.rows("SELECT kind FROM links WHERE a = 'cafe0' AND b = 'cafe2'")}
    assert {"SHARED_DEVICE", "SHARED_NETWORK"} <= kinds
    scores = scores_of(engine)
    assert all(scores[f"cafe{i}"]["level"] != "high" for i in range(14))
    assert all(scores[f"op{i}"]["level"] == "high" for i in range(4))


def test_a_coworking_space_nomads_pass_through_links_nobody_a_farm_s_router_does(tmp_path):
    """Six digital nomads each spend a month at one coworking space: their laptops report its
    router in one snapshot of six, and their own rentals' routers in the rest. A network a
    machine passes through ties its user to nobody. Four laptops in a farm report the farm's
    router in every snapshot: they sit on it, and it links them."""
    subjects, endpoint = [], []

    def snapshots(sid, routers):
        for month, router in enumerate(routers, start=1):
            endpoint.append({"subject_id": sid, "ts": f"2025-{month:02d}-15T00:00:00Z",
                             "device_id": f"LT-{sid}", "kind": "gateway_mac", "value": router})

    for i in range(6):
        subjects.append(person(f"nomad{i}", address=f"{10 + i} Pine Street, Austin, TX 78701"))
        own = [f"02:00:00:00:{i:02x}:{m:02x}" for m in range(5)]
        snapshots(f"nomad{i}", own[:i % 5] + ["c8:3a:35:10:20:30"] + own[i % 5:])
    for i in range(4):
        subjects.append(person(f"farm{i}", address=f"{20 + i} Elm Street, Dallas, TX 75201"))
        snapshots(f"farm{i}", ["f0:9f:c2:01:02:03"] * 6)
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, endpoint=endpoint), until="links")
    linked = {(a, b) for a, b in engine.rows("SELECT a, b FROM links WHERE kind = 'SHARED_NETWORK'")}
    assert not {pair for pair in linked if pair[0].startswith("nomad") or pair[1].startswith("nomad")}
    assert {(f"farm{a}", f"farm{b}") for a in range(4) for b in range(a + 1, 4)} <= linked


def test_an_account_older_than_its_agency_s_domain_still_belongs_to_the_agency(tmp_path):
    """An agency's domain was registered in 2021. Most of its people joined the platform
    later with its team mailbox as their recovery; one opened an account in 2018 and moved
    its mailbox to the agency's domain years after, another lists its page on the agency's
    website: the domain was not set up for those accounts, so they are the agency's people too. A domain registered after an old account
    appeared but within a year of the bundle's latest subject (a front opened two months
    before it) makes no organisation, nor does one registered just before its personas appeared."""
    domains = [{"domain": "signalworks.com", "company": "Signalworks", "registered_at": "2021-02-01"},
               {"domain": "nimbus-talent.io", "company": "Nimbus Talent", "registered_at": "2024-11-01"},
               {"domain": "quickhire-dev.com", "company": "Quickhire", "registered_at": "2024-12-20"}]
    subjects = [person(f"agency{i}", recovery_email="team@signalworks.com",
                       created_at="2024-06-01T10:00:00Z") for i in range(6)]
    subjects.append(person("veteran", email="anna.nowak@signalworks.com",
                           created_at="2018-12-14T11:46:00Z"))
    subjects.append(person("bought", email="ops@nimbus-talent.io", created_at="2019-05-02T08:00:00Z"))
    subjects.append(person("fresh", email="hr@quickhire-dev.com", created_at="2025-01-10T15:00:00Z"))
    # an old account that lists the agency's website rather than mailing from it
    subjects.append(person("lister", profiles="https://signalworks.com/team/jan-kowalski",
                           created_at="2019-03-02T09:00:00Z"))
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, domains=domains))
    orgs = {(r[0], r[1]) for r in engine.rows("SELECT subject_id, org FROM org_keys")}
    assert ("agency0", "domain signalworks.com") in orgs
    assert ("veteran", "domain signalworks.com") in orgs
    assert ("lister", "domain signalworks.com") in orgs
    assert not {o for s, o in orgs if s in ("bought", "fresh") and o.startswith("domain ")}


def test_a_domain_whose_people_mostly_carry_an_operator_s_traits_is_a_front_not_colleagues(tmp_path):
    """Five people mail from an agency's domain registered years ago and share one hot-desk
    PC: colleagues (the shared machine is discounted). Five personas mail from a front's
    domain, registered as long ago, and share their operator's PC; each is on a VOIP number
    and signs in from a hosting provider: a domain whose people mostly carry an operator's
    traits is no organisation, so their shared machine keeps its full weight."""
    domains = [{"domain": "signalworks.com", "company": "Signalworks", "registered_at": "2019-02-01"},
               {"domain": "apexbridge.io", "company": "Apex Bridge", "registered_at": "2019-03-01"}]
    subjects, logins = [], []
    for i in range(5):
        subjects.append(person(f"staff{i}", email=f"staff{i}@signalworks.com",
                               address=f"{200 + i} Birch Street, {CITIES[i]}"))
        logins.append(login(f"staff{i}", f"71.10.20.{i + 1}", "HOTDESK-1", day=i + 1))
        subjects.append(person(f"persona{i}", email=f"dev{i}@apexbridge.io",
                               phone=f"+1 415 555 03{i:02d}", phone_line_type="voip",
                               address=f"{300 + i} Pine Street, {CITIES[i]}"))
        for day in range(1, 5):
            logins.append({**login(f"persona{i}", f"3.90.{i}.{day}", "OPERATOR-PC", day=day),
                           "network_owner": "Amazon Technologies Inc."})
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, logins=logins, domains=domains))
    orgs = {r[0] for r in engine.rows("SELECT DISTINCT org FROM org_keys")}
    assert "domain signalworks.com" in orgs and "domain apexbridge.io" not in orgs
    staff = engine.rows("SELECT weight, prior_weight * calibration, explained_by FROM links "
                        "WHERE a = 'staff0' AND b = 'staff1' AND kind = 'SHARED_DEVICE'")[0]
    assert staff[0] == pytest.approx(0.2 * staff[1]) and "workplace" in staff[2].split(";")
    front = engine.rows("SELECT weight, prior_weight * calibration, explained_by FROM links "
                        "WHERE a = 'persona0' AND b = 'persona1' AND kind = 'SHARED_DEVICE'")[0]
    assert front[0] == pytest.approx(front[1]) and "workplace" not in (front[2] or "").split(";")


def test_an_account_relatives_each_send_a_small_part_of_their_pay_to_is_a_remittance(tmp_path):
    """Three cousins in three cities keep their wages in accounts of their own and each send
    about a tenth to their grandmother's account in Manila: the shared account is a recipient
    they pay (remittances home), discounted and explained `remittance`. Three personas whose
    wages all go to one wallet keep its full weight; so does a pair where one of the two
    sends it most of its money."""
    subjects, payments = [], []
    for i in range(3):
        subjects.append(person(f"cousin{i}", address=f"{10 + i} Palm Street, {CITIES[i]}"))
        for month in range(1, 4):
            payments.append({**payout(f"cousin{i}", f"US-CHK-{i}00{i}"), "amount": "3600",
                             "ts": f"2025-0{month}-01T00:00:00Z"})
            payments.append({**payout(f"cousin{i}", "PH-GCASH-0917-555-0101"), "amount": "400",
                             "ts": f"2025-0{month}-05T00:00:00Z", "method": "wallet"})
        subjects.append(person(f"persona{i}", address=f"{30 + i} Oak Street, {CITIES[i + 3]}"))
        payments.append(payout(f"persona{i}", "HK-BOC-0123-4567"))
    # one who sends the family account most of its money: no longer a small part
    subjects.append(person("saver", address=f"77 Birch Street, {CITIES[6]}"))
    payments.append({**payout("saver", "US-CHK-9009"), "amount": "500"})
    payments.append({**payout("saver", "PH-GCASH-0917-555-0101"), "amount": "3500"})
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, payments=payments))
    family = engine.rows("SELECT weight, prior_weight * calibration, explained_by, detail FROM links "
                         "WHERE kind = 'SHARED_PAYOUT' AND a = 'cousin0' AND b = 'cousin1'")[0]
    assert family[0] == pytest.approx(0.2 * family[1])
    assert "remittance" in family[2].split(";") and "a recipient both pay" in family[3]
    ring = engine.rows("SELECT weight, prior_weight * calibration, explained_by FROM links "
                       "WHERE kind = 'SHARED_PAYOUT' AND a = 'persona0' AND b = 'persona1'")[0]
    assert ring[0] == pytest.approx(ring[1]) and "remittance" not in (ring[2] or "").split(";")
    saver = engine.rows("SELECT explained_by FROM links WHERE kind = 'SHARED_PAYOUT' "
                        "AND a = 'cousin0' AND b = 'saver'")[0]
    assert "remittance" not in (saver[0] or "").split(";")


def test_a_domain_established_for_most_of_its_people_is_the_organisation_s_for_all(tmp_path):
    """A firm registered its domain in 2021; five of its recruiters joined years later, one
    two months after the registration: the domain is established for most of its people, so
    the early recruiter is the firm's person too. A front registered its domain weeks
    before four of its five personas appeared: not established for most, so theirs is none."""
    domains = [{"domain": "corvidsec.com", "company": "Corvid Security", "registered_at": "2021-01-10"},
               {"domain": "corvid-talent.io", "company": "Corvid Talent", "registered_at": "2024-06-01"}]
    subjects = [person(f"recruiter{i}", email=f"r{i}@corvidsec.com",
                       created_at=f"202{3 + i % 2}-0{i + 1}-15T10:00:00Z") for i in range(5)]
    subjects.append(person("first_hire", email="talent@corvidsec.com", created_at="2021-03-02T09:00:00Z"))
    subjects += [person(f"front{i}", email=f"hr{i}@corvid-talent.io",
                        created_at=f"2024-0{7 + i % 3}-0{i + 1}T10:00:00Z") for i in range(4)]
    subjects.append(person("front_late", email="jobs@corvid-talent.io", created_at="2025-08-01T10:00:00Z"))
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, domains=domains))
    orgs = {(r[0], r[1]) for r in engine.rows("SELECT subject_id, org FROM org_keys")}
    assert ("first_hire", "domain corvidsec.com") in orgs
    assert all((f"recruiter{i}", "domain corvidsec.com") in orgs for i in range(5))
    assert not {s for s, o in orgs if o == "domain corvid-talent.io" and s.startswith("front") and s != "front_late"}


def test_a_machine_someone_uses_for_others_is_a_story_of_its_own(tmp_path):
    """A career coach applies for twelve clients from the coach's own laptop; each client lives
    at its own home, and some use a Google Voice number (the privacy story). The shared
    machine and a VOIP number are two stories, but the machine is one nothing in the data
    explains: what is left beside it (a VOIP number, 0.42) is no review case by itself, so
    the client stays a review case and says why. Six personas at their operator's machine
    that also sign in through a hosting provider with VOIP numbers have more than the
    machine (0.5 or more beside it), and so do four paid into one account: both high."""
    subjects, logins, payments = [], [], []
    subjects.append(person("coach", kind="account", address=""))
    logins += [login("coach", "73.160.93.68", "COACH-LAPTOP", day=d) for d in range(1, 9)]
    for i in range(12):
        subjects.append(person(f"client{i}", kind="applicant",
                               phone=f"+1 323 395 31{i:02d}", phone_line_type="voip" if i < 6 else "mobile"))
        logins += [login(f"client{i}", "73.160.93.68", "COACH-LAPTOP", day=d) for d in (2, 5)]
    for i in range(6):
        subjects.append(person(f"persona{i}", phone=f"+1 415 555 02{i:02d}", phone_line_type="voip"))
        logins += [login(f"persona{i}", "45.76.12.9", "OPERATOR-BOX", day=d, hour=3) for d in range(1, 6)]
    for i in range(4):
        subjects.append(person(f"paid{i}"))
        logins += [login(f"paid{i}", f"98.{i}.4.4", "TEAM-PC", day=d) for d in range(1, 4)]
        payments.append(payout(f"paid{i}", "LT12 1000 0111 0100 1000"))
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, logins=logins, payments=payments))
    scores = scores_of(engine)
    client = scores["client0"]
    assert {"SHARED_DEVICE", "VOIP_PHONE"} <= set(client["reasons"]) and client["level"] == "medium"
    cap = engine.scalar("SELECT detail FROM contributions WHERE subject_id = 'client0' AND code = 'UNCORROBORATED'")
    assert "someone_elses_machine" in cap
    assert scores["persona0"]["level"] == "high"
    assert scores["paid0"]["level"] == "high"


def test_a_member_a_corroborated_ring_pulls_in_keeps_the_ring_s_corroboration(tmp_path):
    """Four personas share their operator's machine and one payout account and sign in through
    a hosting provider with VOIP numbers; a fifth signs in from the same machine and shows
    nothing else. The machine alone would be a review case, but the ring it ties the fifth
    into is corroborated by its own links and members, so the ring's pull stands beside it."""
    subjects, logins, payments = [], [], []
    for i in range(4):
        subjects.append(person(f"op{i}", phone=f"+1 415 555 03{i:02d}", phone_line_type="voip"))
        logins += [login(f"op{i}", "45.76.12.9", "OPERATOR-BOX", day=d, hour=3) for d in range(1, 6)]
        payments.append(payout(f"op{i}", "LT12 1000 0111 0100 1000"))
    subjects.append(person("fifth"))
    logins += [login("fifth", f"98.1.4.{d}", "OPERATOR-BOX", day=d) for d in range(1, 6)]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, logins=logins, payments=payments))
    fifth = scores_of(engine)["fifth"]
    assert {"SHARED_DEVICE", "RING_MEMBER"} <= set(fifth["reasons"])
    assert "VOIP_PHONE" not in fifth["reasons"] and "SHARED_PAYOUT" not in fifth["reasons"]
    assert fifth["level"] == "high" and fifth["ring"]


def _testing_lab_and_operator(town_of):
    """Ten testers of a games-testing lab sign in at the lab's test rig (AnyDesk on it) and are
    paid into the lab's account; ten personas do the same at their operator's rig, paid into
    one account. `town_of(i)` gives tester i's claimed home; the personas claim homes in ten
    US cities. Returns (subjects, logins, endpoint, payments)."""
    subjects, logins, endpoint, payments = [], [], [], []
    for i in range(10):
        subjects.append(person(f"tester{i}", kind="account", country="PH", address=town_of(i),
                               phone=f"+63 917 555 01{i:02d}"))
        logins += [login(f"tester{i}", "112.198.10.20", "LAB-RIG", day=d, country="PH") for d in range(1, 5)]
        payments.append(payout(f"tester{i}", "PH48 1925 4943 9639 8790 01"))
        subjects.append(person(f"persona{i}", kind="account",
                               address=f"{200 + i} Pine St, {CITIES[i]}"))
        logins += [login(f"persona{i}", "98.40.1.7", "OPERATOR-RIG", day=d) for d in range(1, 5)]
        payments.append(payout(f"persona{i}", "LT12 1000 0111 0100 1000"))
    for rig in ("LAB-RIG", "OPERATOR-RIG"):
        endpoint.append({"subject_id": "tester0" if rig == "LAB-RIG" else "persona0",
                         "ts": "2025-03-01T00:00:00Z", "device_id": rig, "kind": "process",
                         "value": "AnyDesk.exe"})
    return subjects, logins, endpoint, payments


def test_a_machine_and_an_account_shared_by_people_who_live_in_one_town_are_a_workplace(tmp_path):
    """A testing lab in Davao: its testers claim homes in Davao (addresses abroad rarely give a
    postcode, so the town is their area), share the lab's test rig and are paid into the lab's
    account. Nearly all of the rig's and the account's people live where both of a pair
    live: a workplace they commute to, so neither weighs as a ring's. The operator's personas,
    who claim homes in ten US cities, share a rig and an account the same way: high."""
    subjects, logins, endpoint, payments = _testing_lab_and_operator(
        lambda i: f"Rizal Ave {10 + i}, Davao, PH")
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, logins=logins, endpoint=endpoint,
                                    payments=payments))
    local = dict(engine.rows("SELECT value, area FROM local_values"))
    assert local == {"LAB-RIG": "~DAVAO~", "ph48192549439639879001": "~DAVAO~"}
    detail = engine.scalar("SELECT detail FROM links WHERE a = 'tester0' AND b = 'tester1' "
                           "AND kind = 'SHARED_DEVICE'")
    assert "local workplace (both live in area ~DAVAO~)" in detail
    scores = scores_of(engine)
    assert all(scores[f"tester{i}"]["level"] != "high" for i in range(10))
    assert all(scores[f"persona{i}"]["level"] == "high" for i in range(10))


def test_a_machine_shared_by_people_who_claim_homes_in_many_towns_keeps_its_weight(tmp_path):
    """The same lab, but its testers claim homes in ten different towns: no area holds the
    rig's people, so it weighs as any shared machine."""
    towns = ["Davao", "Cebu City", "Manila", "Iloilo", "Baguio", "Bacolod", "Dumaguete",
             "Tacloban", "Zamboanga", "Legazpi"]
    subjects, logins, endpoint, payments = _testing_lab_and_operator(
        lambda i: f"Rizal Ave {10 + i}, {towns[i]}, PH")
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, logins=logins, endpoint=endpoint,
                                    payments=payments))
    assert engine.count("local_values") == 0
    detail = engine.scalar("SELECT detail FROM links WHERE a = 'tester0' AND b = 'tester1' "
                           "AND kind = 'SHARED_DEVICE'")
    assert "local workplace" not in detail


def test_an_office_stays_an_office_however_many_colleagues_share_it(tmp_path):
    """Two hundred employees of one firm, living in twenty towns, get their laptops delivered
    to its office. So many share that address that each link between two of them weighs
    less than links keep; the deliveries are still to an office colleagues share, and weigh
    a fifth, as they do for a smaller firm's."""
    office = "500 Market Street, Denver, CO 80202"
    subjects, shipments = [], []
    for i in range(200):
        subjects.append(person(f"emp{i}", kind="employee", employer="Acme Robotics",
                               address=f"{10 + i} Birch Street, {CITIES[i % len(CITIES)]}"))
        shipments.append({"subject_id": f"emp{i}", "ts": "2025-01-05T00:00:00Z",
                          "asset": f"LT-{i}", "address": office})
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, shipments=shipments))
    assert not engine.rows("SELECT 1 FROM links WHERE kind = 'SHARED_SHIPPING_ADDRESS'")
    shipped = engine.rows("SELECT weight, detail FROM contributions "
                          "WHERE code = 'SHIP_TO_OTHER_ADDRESS' AND subject_id = 'emp7'")
    assert shipped and "an office colleagues share" in shipped[0][1]
    assert scores_of(engine)["emp7"]["level"] == "low"


def test_a_home_receiving_laptops_of_people_of_several_employers_is_a_farm(tmp_path):
    """A facilitator's home receives the laptops of three people at three employers who claim
    homes in other cities: people of many employers meeting at one residential address are a
    farm, and its links are not calibrated down. A mother's home that receives her two
    sons' laptops (their accounts recover through her mailbox) is a family's; a friend who
    takes in one person's laptop is no farm; nor is an office several employers' people
    commute to near their homes."""
    farm, mother = "12 Elm Court, Tulsa, OK 74103", "8 Lake Road, Boise, ID 83702"
    subjects = [person("host", kind="applicant", address=farm),
                person("mom", kind="applicant", address=mother, email="mom.family@gmail.com"),
                person("friend", kind="applicant", address="3 Ash Lane, Reno, NV 89501")]
    shipments = []
    for i in range(3):
        subjects.append(person(f"worker{i}", kind="employee", employer=f"Firm {i}",
                               address=f"{100 + i} Main Street, {CITIES[4 + i]}"))
        shipments.append({"subject_id": f"worker{i}", "ts": "2025-01-05T00:00:00Z",
                          "asset": f"LT-W{i}", "address": farm})
    for i in range(2):
        subjects.append(person(f"son{i}", kind="employee", employer=f"Company {i}",
                               recovery_email="mom.family@gmail.com",
                               address=f"{200 + i} Oak Street, {CITIES[7 + i]}"))
        shipments.append({"subject_id": f"son{i}", "ts": "2025-01-05T00:00:00Z",
                          "asset": f"LT-S{i}", "address": mother})
    subjects.append(person("guest", kind="employee", employer="Other Co",
                           address="300 Pine Street, Duluth, MN 55802"))
    shipments.append({"subject_id": "guest", "ts": "2025-01-05T00:00:00Z", "asset": "LT-G",
                      "address": "3 Ash Lane, Reno, NV 89501"})
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, shipments=shipments), until="links")
    homes = {r[0]: r[1:] for r in engine.rows("SELECT canonical, people, employers FROM multi_employer_homes")}
    farm_home = engine.rows("SELECT c.canonical FROM subjects_norm s JOIN address_canon c "
                            "ON c.address_key = s.address_key WHERE s.id = 'host'")[0][0]
    assert homes == {farm_home: (3, 3)}  # not the mother's (her household), not the friend's
    def link(a, b):
        return engine.rows("SELECT weight, prior_weight, detail FROM links "
                           "WHERE kind = 'SHARED_SHIPPING_ADDRESS' AND a = least(?, ?) AND b = greatest(?, ?)",
                           [a, b, a, b])[0]
    weight, prior, detail = link("host", "worker0")
    assert weight == pytest.approx(prior) and "3 employers who claim to live elsewhere" in detail
    assert "laptop farm" not in link("mom", "son0")[2]
    assert "laptop farm" not in link("friend", "guest")[2]


def test_one_identity_and_its_face_under_new_contacts_is_one_presentation_a_review_case(tmp_path):
    """Do-hyun Kim applied last year and is a contractor now: the same name, birth date,
    national id and headshot, but a new phone, a new mailbox and a new home after a move.
    The identity and the photo are one presentation seen twice, whoever presents it: a review
    case, not two kinds of evidence. A persona pair presenting one identity and face from VOIP
    numbers through a VPN is corroborated by what each shows of its own."""
    from ringwatch.synth.media import write_photo

    bundle = tmp_path / "bundle"
    (bundle / "photos").mkdir(parents=True)
    for name, face in (("dohyun.png", 11), ("persona.png", 23)):
        write_photo(bundle / "photos" / name, face=face, edit=-1)
    same = {"full_name": "Dohyun Kim", "birth_date": "1977-03-10", "national_id": "880310-1234567",
            "photo": "photos/dohyun.png", "country": "KR"}
    subjects = [person("kim_applied", **same, kind="applicant", email="dohyunkim69@gmail.com",
                       phone="+82 10 8319 5680", address="35162 Sujeong-ro 16, Seongnam, KR"),
                person("kim_hired", **same, email="kimdohyun@naver.com", phone="+82 10 6498 4973",
                       address="30079 Bundang-ro 21, Seongnam, KR", created_at="2025-06-10T09:00:00Z")]
    fake = {"full_name": "Jonathan Reyes", "birth_date": "1988-07-15", "national_id": "521-44-7781",
            "photo": "photos/persona.png"}
    subjects += [person("fake_a", **fake, phone="+1 213 555 0101", email="jreyes.dev@outlook.com",
                        address="12 Oak Street, Tulsa, OK 74103"),
                 person("fake_b", **fake, phone="+1 213 555 0102", email="jonathan.reyes88@outlook.com",
                        address="88 Pine Road, Omaha, NE 68102")]
    # the personas' own: VOIP numbers, sign-ins through a VPN
    for row in subjects:
        row["phone_line_type"] = "voip" if row["id"].startswith("fake") else "mobile"
    logins = [{**login(sid, f"45.86.{i}.{d}", f"dev-{sid}", day=d + 1), "source_proxy": "true"}
              for i, sid in enumerate(("fake_a", "fake_b")) for d in range(6)]
    from conftest import write_table

    write_table(bundle, "subjects", subjects)
    write_table(bundle, "logins", logins)
    engine = run_stages(bundle)
    explained = {(a, b, kind): why for a, b, kind, why in
                 engine.rows("SELECT a, b, kind, explained_by FROM links WHERE a IN ('kim_applied', 'fake_a')")}
    assert "one_identity" in explained[("kim_applied", "kim_hired", "IDENTITY_REUSE")]
    assert "one_identity" in explained[("kim_applied", "kim_hired", "PHOTO_REUSE")]
    scores = scores_of(engine)
    assert scores["kim_hired"]["level"] != "high" and scores["kim_applied"]["level"] != "high"
    assert "IDENTITY_REUSE" in scores["kim_hired"]["reasons"]
    assert scores["fake_a"]["level"] == "high" and scores["fake_b"]["level"] == "high"


def test_a_face_shared_with_a_second_identity_counts_beside_the_identity_presented_twice(tmp_path):
    """A stolen identity is presented twice, each time with the operator's headshot; the same
    headshot also fronts a second, invented identity. Between the two rows of the stolen
    identity the face is that identity's own, seen again (one item with IDENTITY_REUSE); the
    face on another identity is evidence of its own, and stands for the person's PHOTO_REUSE
    even where the identity's own face weighs as much."""
    from ringwatch.synth.media import write_photo

    bundle = tmp_path / "bundle"
    (bundle / "photos").mkdir(parents=True)
    write_photo(bundle / "photos" / "operator.png", face=31, edit=-1)
    stolen = {"full_name": "Megan Porter", "birth_date": "1991-02-03", "national_id": "412-55-9021",
              "photo": "photos/operator.png"}
    subjects = [person("porter_a", **stolen, email="meganporter.dev@outlook.com", phone="+1 405 555 0142",
                       address="9 Elm Street, Dayton, OH 45402", employer="Acme Corp"),
                person("porter_b", **stolen, email="m.porter1991@outlook.com", phone="+1 405 555 0177",
                       address="41 Birch Lane, Boise, ID 83702", employer="Globex"),
                person("webb", full_name="Daniel Webb", birth_date="1989-11-20", national_id="530-12-7788",
                       photo="photos/operator.png", email="danbrooks.codes@outlook.com",
                       phone="+1 405 555 0193", address="77 Cedar Court, Reno, NV 89501", employer="Initech")]
    from conftest import write_table

    write_table(bundle, "subjects", subjects)
    engine = run_stages(bundle)
    photo = dict(engine.rows("SELECT c.subject_id, c.other_subject FROM contributions c "
                             "WHERE c.code = 'PHOTO_REUSE' AND c.subject_id LIKE 'porter_%'"))
    assert photo == {"porter_a": "webb", "porter_b": "webb"}
    scores = scores_of(engine)
    assert scores["porter_a"]["level"] == "high" and scores["porter_b"]["level"] == "high"
    assert scores["webb"]["level"] != "high"


def test_a_person_s_account_and_applications_with_one_face_are_one_identity(tmp_path):
    """Melissa Peterson has a mailbox account (name, birth date, headshot) and applied for a
    job twice from her own Gmail and phone, giving her birth date only once. Her two
    applications are one person; the account, with nothing to join it to them but who she is,
    is another row presenting her identity. Her headshot between the account and either
    application is her identity's face, seen again: a review case at most."""
    from ringwatch.synth.media import write_photo

    bundle = tmp_path / "bundle"
    (bundle / "photos").mkdir(parents=True)
    write_photo(bundle / "photos" / "melissa.png", face=41, edit=-1)
    me = {"full_name": "Melissa Peterson", "photo": "photos/melissa.png"}
    applied = {**me, "kind": "applicant", "email": "peterson.melissa@gmail.com",
               "address": "5348 Chestnut Ln, Portland, OR 97257"}
    subjects = [person("account", **me, birth_date="1986-10-22", email="melissa_peterson1373@larkmail.com",
                       phone=""),
                person("applied_dob", **applied, birth_date="1986-10-22", phone="(503) 265-5595"),
                person("applied", **applied, phone="503-265-5595")]
    from conftest import write_table

    write_table(bundle, "subjects", subjects)
    engine = run_stages(bundle)
    marks = {(a, b): why for a, b, why in
             engine.rows("SELECT a, b, explained_by FROM links WHERE kind = 'PHOTO_REUSE'")}
    assert "one_identity" in marks[("account", "applied")]
    assert all(level != "high" for level in (s["level"] for s in scores_of(engine).values()))
