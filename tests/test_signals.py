"""Each per-subject indicator fires on a subject built to show it, and not on its control."""

from __future__ import annotations

import pytest

from conftest import run_stages
from ringwatch.signals.compute import SUBJECT_SIGNAL_SQL
from ringwatch.signals.registry import BY_CODE, SIGNALS

HOSTING_IP = "3.1.2.3"  # inside an AWS range of the bundled hosting list
HOME_IP = "73.14.2.9"


def person(sid: str, **fields) -> dict:
    base = {"id": sid, "kind": "employee", "full_name": f"Person {sid}",
            "email": f"{sid}@example.org", "phone": "", "country": "US",
            "address": f"{len(sid) * 7 + 3} Main Street, Springfield, IL 62701",
            "created_at": "2025-01-10T15:00:00Z"}
    base.update(fields)
    return base


def logins(sid: str, n: int, hour: int = 15, ip: str = HOME_IP, country: str = "US") -> list[dict]:
    return [{"subject_id": sid, "ts": f"2025-03-{d + 1:02d}T{hour:02d}:10:00Z", "ip": ip,
             "device_id": f"dev-{sid}", "country": country} for d in range(n)]


def endpoint(sid: str, kind: str, value: str) -> dict:
    return {"subject_id": sid, "ts": "2025-03-01T12:00:00Z", "device_id": f"dev-{sid}",
            "kind": kind, "value": value}


@pytest.fixture(scope="module")
def fired(tmp_path_factory):
    subjects = [
        person("voip", phone="+44 56 1234 5678"), person("voip_ctl", phone="+1 415 555 2671"),
        # a US number the numbering plan cannot tell from a mobile, which the platform's
        # carrier lookup says is VOIP; and one it says is a mobile
        person("voip_lookup", recovery_phone="+1 415 555 2672", recovery_phone_line_type="nonFixedVoip"),
        person("mobile_lookup", phone="+44 56 1234 5679", phone_line_type="MOBILE"),
        # a fixed VOIP line (a cable company's home phone, an office's PBX) is tied to an address
        person("voip_fixed", recovery_phone="+1 415 555 2673", recovery_phone_line_type="fixedVoip"),
        person("disp", email="someone@mailinator.com"), person("disp_ctl", email="someone@gmail.com"),
        person("badphone", phone="+1 555 0000"),
        person("signup", kind="account", signup_ip=HOSTING_IP),
        person("signup_ctl", kind="account", signup_ip=HOME_IP),
        person("hostlog"), person("travel"), person("travel_ctl"), person("geo"),
        person("utc9"), person("utc9_ctl"), person("utc9_evening"), person("kvm"), person("kvm_ctl"), person("gadget"),
        person("rmm"),
        person("rmm2"), person("kbd"), person("kbd_ctl"), person("tz"), person("tz_ctl"),
        person("ship", address="12 Oak Street, Springfield, IL 62701"),
        person("ship_ctl", address="12 Oak St., Springfield, IL 62701"),
        person("crypto"), person("recruiter", email="boss@fastjobs.example"),
        person("rsess"), person("rsess_ctl"),
        person("dprk"), person("dprk_asn"), person("dprk_signup", kind="account", signup_ip="175.45.177.9"),
        person("dprk_ctl"),
    ]
    # a burst: five accounts in one hour from one /24 with one email pattern
    for i in (3, 17, 21, 40, 55):
        subjects.append(person(f"burst{i}", kind="account", email=f"jdev{i}@outlook.com",
                               signup_ip=f"45.77.10.{i}", created_at=f"2025-02-02T10:{i:02d}:00Z"))
    # a chained burst: each account within an hour of the previous, the first and last 63 min apart
    for i, minute in ((64, "00:11"), (25, "00:18"), (69, "01:14")):
        subjects.append(person(f"chain{i}", kind="account", email=f"litop{i}@hotmail.com",
                               signup_ip=f"217.138.247.{i}", created_at=f"2025-02-04T{minute}:00Z"))
    login_rows = (logins("hostlog", 5, ip=HOSTING_IP) + logins("geo", 6, country="BR")
                  # 13:00 in UTC+9 is 22:00 in Central time: night where claimed; 11:00 in
                  # UTC+9 is 20:00 there, an evening at home (not someone else's working day)
                  + logins("utc9", 8, hour=4) + logins("utc9_ctl", 8, hour=16)
                  + logins("utc9_evening", 8, hour=2)
                  + logins("travel_ctl", 2))
    login_rows += [{"subject_id": "travel", "ts": "2025-03-01T10:00:00Z", "ip": HOME_IP, "country": "US"},
                   {"subject_id": "travel", "ts": "2025-03-01T10:40:00Z", "ip": "175.223.1.5", "country": "KR"}]
    # North Korea's block (175.45.176.0/22); its ASN behind another address; a failed attempt
    # from there on an account that signs in from home is an attack, not its holder
    login_rows += logins("dprk", 3) + [{"subject_id": "dprk", "ts": "2025-03-09T01:00:00Z",
                                        "ip": "175.45.178.20", "outcome": "success"}]
    login_rows += [{"subject_id": "dprk_asn", "ts": "2025-03-09T01:00:00Z", "ip": "198.51.100.20",
                    "asn": "AS131279", "outcome": "SUCCESS"}]
    login_rows += logins("dprk_ctl", 3) + [{"subject_id": "dprk_ctl", "ts": "2025-03-09T01:00:00Z",
                                            "ip": "175.45.178.20", "outcome": "failure"}]
    endpoint_rows = [
        endpoint("kvm", "usb", "PiKVM Composite Device"), endpoint("kvm_ctl", "usb", "Logitech USB Receiver"),
        {**endpoint("gadget", "usb", "USB Keyboard"), "vendor_id": "0x1D6B", "product_id": "0x0104"},
        endpoint("rmm", "process", "AnyDesk.exe"), endpoint("rmm2", "process", "AnyDesk.exe"),
        endpoint("rmm2", "process", "TeamViewer.exe"), endpoint("kbd", "keyboard", "ko-KR"),
        endpoint("kbd_ctl", "keyboard", "en-GB"), endpoint("tz", "timezone", "Asia/Pyongyang"),
        endpoint("tz_ctl", "timezone", "America/Chicago"),
        # an RDP login still listed 4 days after it began; a day-old one; a local console login
        {**endpoint("rsess", "remote_session", "203.0.113.9"), "started_at": "2025-02-25T11:00:00Z"},
        {**endpoint("rsess_ctl", "remote_session", "198.51.100.7"), "started_at": "2025-02-28T09:00:00Z"},
        {**endpoint("rsess_ctl", "remote_session", "localhost"), "started_at": "2025-01-01T09:00:00Z"},
    ]
    shipments = [{"subject_id": "ship", "ts": "2025-01-12T00:00:00Z", "asset": "LT-1",
                  "address": "99 Elm Road, Dallas, TX 75201"},
                 {"subject_id": "ship_ctl", "ts": "2025-01-12T00:00:00Z", "asset": "LT-2",
                  "address": "12 oak street springfield il 62701"}]
    payments = [{"subject_id": "crypto", "ts": "2025-02-01T00:00:00Z", "amount": "1000",
                 "currency": "USD", "method": "crypto", "destination": "bc1qxyz"}]
    domains = [{"domain": "fastjobs.example", "company": "Fast Jobs", "registered_at": "2024-12-20",
                "registrant_email": "Boss@FastJobs.example"}]
    from conftest import make_bundle

    bundle = make_bundle(tmp_path_factory.mktemp("signals"), subjects=subjects, logins=login_rows,
                         endpoint=endpoint_rows, shipments=shipments, payments=payments,
                         domains=domains)
    engine = run_stages(bundle, until="signals")
    return {(sid, code) for sid, code in engine.rows("SELECT subject_id, code FROM signals")}


CASES = [
    ("VOIP_PHONE", "voip", "voip_ctl"),
    ("VOIP_PHONE", "voip_lookup", "mobile_lookup"),
    ("DISPOSABLE_EMAIL", "disp", "disp_ctl"),
    ("INVALID_PHONE", "badphone", "voip_ctl"),
    ("HOSTING_SIGNUP_IP", "signup", "signup_ctl"),
    ("HOSTING_LOGINS", "hostlog", "utc9_ctl"),
    ("IMPOSSIBLE_TRAVEL", "travel", "travel_ctl"),
    ("LOGIN_GEO_MISMATCH", "geo", "utc9_ctl"),
    ("ACTIVITY_UTC9", "utc9", "utc9_ctl"),
    ("ACTIVITY_UTC9", "utc9", "utc9_evening"),
    ("BURST_SIGNUP", "burst21", "signup"),
    ("NEW_RECRUITER_DOMAIN", "recruiter", "disp_ctl"),
    ("IPKVM_DEVICE", "kvm", "kvm_ctl"),
    ("IPKVM_GADGET_ID", "gadget", "kvm"),
    ("REMOTE_CONTROL_TOOL", "rmm", "kvm_ctl"),
    ("MULTIPLE_REMOTE_TOOLS", "rmm2", "rmm"),
    ("REMOTE_SESSION_DAYS", "rsess", "rsess_ctl"),
    ("KEYBOARD_MISMATCH", "kbd", "kbd_ctl"),
    ("TIMEZONE_MISMATCH", "tz", "tz_ctl"),
    ("SHIP_TO_OTHER_ADDRESS", "ship", "ship_ctl"),
    ("PAYOUT_CRYPTO", "crypto", "voip_ctl"),
    ("DPRK_NETWORK", "dprk", "dprk_ctl"),
    ("DPRK_NETWORK", "dprk_asn", "travel"),
    ("DPRK_NETWORK", "dprk_signup", "signup"),
]


@pytest.mark.parametrize("code,positive,control", CASES)
def test_indicator_fires_on_its_case_and_not_on_the_control(fired, code, positive, control):
    assert (positive, code) in fired
    assert (control, code) not in fired


def test_every_subject_indicator_has_a_case_and_a_catalogue_entry():
    assert {c for c, _, _ in CASES} == set(SUBJECT_SIGNAL_SQL)
    assert all(code in BY_CODE for code in SUBJECT_SIGNAL_SQL)
    assert len(SIGNALS) >= 20
    for s in SIGNALS:
        # policy rows (the corroboration cap, the likely-victim note) carry no weight of their own
        assert s.description and s.source and (0 < s.weight < 1 or s.family == "policy")


def test_a_fixed_voip_line_is_no_voip_number(fired):
    assert ("voip_fixed", "VOIP_PHONE") not in fired


def test_a_traveller_s_sign_ins_clock_hours_and_deliveries_abroad_are_no_evidence(tmp_path):
    """A digital nomad claims the US and signs in from Thailand, Portugal and Mexico over three
    months, at local working hours, with the laptop's clock on each country's time and the
    laptop sent to a coworking space abroad: a life that moves, not an operator abroad. An
    expat who signs in from one other country, on its clock, still shows both mismatches; so
    does a machine whose clock stays on one far zone."""
    subjects = [person("nomad"), person("expat"), person("tz_nomad"), person("dropout")]
    # an operator's VPN that drops now and then: three stray countries among forty US sign-ins
    rows = logins("dropout", 40) + [{"subject_id": "dropout", "ts": f"2025-04-0{d + 1}T03:00:00Z",
                                     "ip": ip, "device_id": "dev-dropout", "country": country}
                                    for d, (ip, country) in enumerate((("175.223.9.1", "CN"),
                                                                       ("95.165.1.9", "RU"),
                                                                       ("126.1.2.3", "JP")))]
    for month, (country, ip, utc_hour) in enumerate((("TH", "171.96.1.9", 3), ("PT", "85.240.1.9", 10),
                                                      ("MX", "187.190.1.9", 16)), start=1):
        rows += [{"subject_id": "nomad", "ts": f"2025-0{month}-{d + 1:02d}T{utc_hour:02d}:10:00Z",
                  "ip": ip, "device_id": "dev-nomad", "country": country} for d in range(4)]
    rows += logins("expat", 8, hour=4, country="TH")
    tz = [{**endpoint("nomad", "timezone", zone), "ts": f"2025-0{m}-15T00:00:00Z"}
          for m, zone in enumerate(("Asia/Bangkok", "Europe/Lisbon", "America/Mexico_City"), start=1)]
    tz += [{**endpoint("tz_nomad", "timezone", zone), "ts": f"2025-0{m}-15T00:00:00Z"}
           for m, zone in enumerate(("Asia/Tokyo", "Europe/Berlin", "Australia/Sydney"), start=1)]
    tz.append(endpoint("expat", "timezone", "Asia/Bangkok"))
    shipments = [{"subject_id": "nomad", "ts": "2025-02-01T00:00:00Z", "asset": "LT-9",
                  "address": "c/o Second Home, Rua da Pimenta 45, 1249-001 Lisboa, Portugal"}]
    from conftest import make_bundle

    engine = run_stages(make_bundle(tmp_path, subjects=subjects, logins=rows, endpoint=tz,
                                    shipments=shipments), until="signals")
    found = {(sid, code) for sid, code in engine.rows("SELECT subject_id, code FROM signals")}
    assert {sid for sid, in engine.rows("SELECT subject_id FROM travellers")} == {"nomad", "tz_nomad"}  # not dropout
    for code in ("LOGIN_GEO_MISMATCH", "TIMEZONE_MISMATCH", "SHIP_TO_OTHER_ADDRESS", "ACTIVITY_UTC9"):
        assert ("nomad", code) not in found
    assert {("expat", "LOGIN_GEO_MISMATCH"), ("expat", "TIMEZONE_MISMATCH")} <= found
    assert ("tz_nomad", "TIMEZONE_MISMATCH") not in found


def test_a_traveller_is_told_by_all_of_one_person_s_rows_together(tmp_path):
    """Ana Costa's application, contract and client account each see one country (Thailand,
    Portugal, Mexico): each row alone looks like an expat, the person travels. Once her rows
    are one person, none of them keeps LOGIN_GEO_MISMATCH."""
    subjects = [person(f"ana_{c}", full_name="Ana Costa", email="ana.costa.travels@gmail.com",
                       phone="+1 415 555 0199") for c in ("th", "pt", "mx")]
    rows = []
    for month, (sid, country) in enumerate((("ana_th", "TH"), ("ana_pt", "PT"), ("ana_mx", "MX")), start=1):
        rows += [{"subject_id": sid, "ts": f"2025-0{month}-{d + 1:02d}T15:10:00Z", "ip": f"81.2.{month}.9",
                  "device_id": "ana-laptop", "country": country} for d in range(5)]
    from conftest import make_bundle

    bundle = make_bundle(tmp_path, subjects=subjects, logins=rows)
    alone = run_stages(bundle, until="signals")
    assert {sid for sid, in alone.rows("SELECT subject_id FROM signals WHERE code = 'LOGIN_GEO_MISMATCH'")} \
        == {"ana_th", "ana_pt", "ana_mx"}
    engine = run_stages(bundle, until="links")
    assert len({p for p, in engine.rows("SELECT person_id FROM persons")}) == 1
    assert not engine.rows("SELECT 1 FROM signals WHERE code = 'LOGIN_GEO_MISMATCH'")
    assert {sid for sid, in engine.rows("SELECT subject_id FROM travellers")} == {"ana_th", "ana_pt", "ana_mx"}


def test_one_identity_s_laptops_each_on_its_own_clock_are_no_traveller(tmp_path):
    """One stolen identity holds jobs at three employers: one laptop each, every one set to a
    different far zone (Chicago, London, Tokyo). Resolved as one person, its machines span
    three zones, but no machine ever changed its clock: three places at once, not a life that
    moves. The far laptops keep TIMEZONE_MISMATCH; Ana's one laptop that changed its clock
    three times is a traveller."""
    subjects = [person(f"jw_{z}", full_name="William Jenkins", email="williamjenkins12629@proton.me",
                       phone="+1 217 656 5379", employer=f"Employer {z}") for z in ("chi", "lon", "tyo")]
    subjects.append(person("ana", full_name="Ana Costa"))
    zones = [{**endpoint(f"jw_{z}", "timezone", zone), "ts": f"2025-0{m}-15T00:00:00Z"}
             for m, (z, zone) in enumerate((("chi", "America/Chicago"), ("lon", "Europe/London"),
                                            ("tyo", "Asia/Tokyo")), start=1)]
    zones += [{**endpoint("ana", "timezone", zone), "ts": f"2025-0{m}-15T00:00:00Z"}
              for m, zone in enumerate(("Asia/Bangkok", "Europe/Lisbon", "America/Mexico_City"), start=1)]
    from conftest import make_bundle

    engine = run_stages(make_bundle(tmp_path, subjects=subjects, endpoint=zones), until="links")
    assert len({p for p, in engine.rows("SELECT person_id FROM persons WHERE subject_id LIKE 'jw_%'")}) == 1
    assert {sid for sid, in engine.rows("SELECT subject_id FROM travellers")} == {"ana"}
    mismatched = {sid for sid, in engine.rows("SELECT subject_id FROM signals WHERE code = 'TIMEZONE_MISMATCH'")}
    assert mismatched == {"jw_lon", "jw_tyo"}


def test_a_chained_burst_flags_every_account(fired):
    assert {(f"chain{i}", "BURST_SIGNUP") for i in (64, 25, 69)} <= fired


def test_equipment_returned_to_a_depot_hundreds_ship_to_is_no_delivery_elsewhere(tmp_path):
    """A device vendor's returns depot receives the laptops of more people than a shared
    shipping address can link: sending one there is no delivery to another person's home.
    Three laptops sent to a small house elsewhere still are."""
    from conftest import make_bundle
    from ringwatch.signals.compute import CROWDED_PLACE_MIN_PEOPLE

    depot = "2150 Commerce Pkwy Ste 300, Louisville, KY 40209"
    subjects = [person(f"emp{i}", address=f"{i + 1} Maple Avenue, Springfield, IL 62701")
                for i in range(CROWDED_PLACE_MIN_PEOPLE)]
    shipments = [{"subject_id": f"emp{i}", "ts": "2025-01-12T00:00:00Z", "asset": f"LT-{i}",
                  "address": depot} for i in range(CROWDED_PLACE_MIN_PEOPLE)]
    shipments += [{"subject_id": f"emp{i}", "ts": "2025-02-12T00:00:00Z", "asset": f"LT-F{i}",
                   "address": "77 Elm Court, Tulsa, OK 74103"} for i in range(3)]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, shipments=shipments), until="signals")
    shipped = dict(engine.rows("SELECT subject_id, detail FROM signals WHERE code = 'SHIP_TO_OTHER_ADDRESS'"))
    assert set(shipped) == {"emp0", "emp1", "emp2"}
    assert all("Elm Court" in d and "Commerce" not in d for d in shipped.values())


def test_a_wrong_block_in_the_dprk_network_list_names_its_row_and_column(tmp_path, monkeypatch):
    from ringwatch.signals.indicators import dprk_networks

    listed = tmp_path / "dprk.csv"
    listed.write_text("asn,cidr,network,source\n131279,175.45.176.0/22,Star JV,APNIC\n1,10.0.0.0/8,x,y\n")
    monkeypatch.setenv("RINGWATCH_DPRK_NETWORKS", str(listed))
    with pytest.raises(ValueError, match=r"dprk.csv row 3, column cidr: '10.0.0.0/8'"):
        dprk_networks()


def test_a_fleet_of_client_machines_is_not_the_technician_s_own_machine(tmp_path):
    """A remote-support vendor reports every machine a technician manages under the
    technician's account: client PCs on their clients' networks, with the clients' keyboards,
    time zones and a server room's IP-KVM. Those are not the technician's machine. A laptop
    farm is one house: twelve laptops behind one router, with a KVM and a foreign keyboard,
    still count against the account that drives them; so does the technician's own laptop."""
    from conftest import make_bundle
    from ringwatch.signals.compute import FLEET_MIN_SITES

    def machine(sid: str, device: str, site: str, keyboard: str, kvm: bool = False) -> list[dict]:
        rows = [{"subject_id": sid, "ts": "2025-03-01T12:00:00Z", "device_id": device,
                 "kind": kind, "value": value}
                for kind, value in (("gateway_mac", site), ("keyboard", keyboard),
                                    ("timezone", "Europe/Berlin" if keyboard == "de-DE" else "Asia/Seoul"))]
        if kvm:
            rows.append({"subject_id": sid, "ts": "2025-03-01T12:00:00Z", "device_id": device,
                         "kind": "usb", "value": "PiKVM Composite Device"})
        return rows

    clients = FLEET_MIN_SITES + 2
    subjects = [person("tech"), person("tech_own"), person("farm")]
    rows = []
    for i in range(clients):  # one client machine per client office, each behind its router
        rows += machine("tech", f"client-{i}", f"02:00:00:00:{i // 256:02x}:{i % 256:02x}", "de-DE", kvm=i == 0)
        rows += machine("tech_own", f"owned-{i}", f"06:00:00:00:{i // 256:02x}:{i % 256:02x}", "de-DE")
    rows += machine("tech_own", "own-laptop", "0a:00:00:00:00:01", "ko-KR", kvm=True)
    for i in range(clients):  # a laptop farm: as many laptops, one house's router
        rows += machine("farm", f"farm-{i}", "0e:00:00:00:00:01", "ko-KR", kvm=i < 3)
    login_rows = logins("tech", 3) + logins("farm", 3)
    login_rows += [{**row, "device_id": "own-laptop"} for row in logins("tech_own", 3)]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, logins=login_rows, endpoint=rows),
                        until="signals")
    fired = {(sid, code) for sid, code in engine.rows("SELECT subject_id, code FROM signals")}
    device_codes = {"KEYBOARD_MISMATCH", "TIMEZONE_MISMATCH", "IPKVM_DEVICE"}
    assert {code for sid, code in fired if sid == "tech"} & device_codes == set()
    assert {code for sid, code in fired if sid == "farm"} >= device_codes
    assert {code for sid, code in fired if sid == "tech_own"} >= device_codes  # its own laptop
    assert engine.scalar("SELECT count(*) FROM fleet_devices WHERE subject_id = 'tech'") == clients


def test_one_person_s_applications_in_an_hour_are_no_burst(tmp_path):
    """A job seeker applies to three employers within an hour, each site making a candidate
    account with the same mailbox: one person's rows, not a burst of accounts. Three
    strangers' accounts from one network with one email pattern in that hour still are. A
    day's accounts all stamped at midnight (a date without a time) are too coarse for an
    hour's burst."""
    from conftest import make_bundle

    seeker = [person(f"seek{i}", kind="applicant", full_name="Katherine Brooks",
                     email="katherinebrooks1996@hotmail.com", phone="+1 215 970 4973",
                     address="41 Oak Street, Philadelphia, PA 19104", employer=f"Employer {i}",
                     signup_ip="65.170.21.70", created_at=f"2025-10-30T14:{10 + 9 * i:02d}:00Z")
              for i in range(3)]
    ring = [person(f"op{i}", kind="account", email=f"devmark{i}7@outlook.com",
                   signup_ip=f"45.77.10.{i + 3}", created_at=f"2025-10-30T03:{10 + 9 * i:02d}:00Z")
            for i in range(3)]
    dated = [person(f"day{i}", kind="account", email=f"lucyday{i}4@outlook.com",
                    signup_ip=f"81.2.69.{i + 3}", created_at="2025-10-30")
             for i in range(3)]
    engine = run_stages(make_bundle(tmp_path, subjects=seeker + ring + dated), until="scores")
    bursting = {sid for (sid,) in engine.rows("SELECT subject_id FROM signals WHERE code = 'BURST_SIGNUP'")}
    assert not bursting & {f"day{i}" for i in range(3)}
    counted = {sid for (sid,) in engine.rows(
        "SELECT subject_id FROM contributions WHERE code = 'BURST_SIGNUP' AND weight > 0")}
    assert counted == {"op0", "op1", "op2"}
    peers = {(a, b) for a, b in engine.rows("SELECT a, b FROM links WHERE kind = 'BURST_PEER'")}
    assert peers == {("op0", "op1"), ("op0", "op2"), ("op1", "op2")}
