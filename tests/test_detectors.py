"""The detectors fed by contract version 2 (issue 8 item 3): login outcome, the source's own
proxy flag and ASN, IP-KVMs by USB id, the employer's own RMM, and laptop farms from the
network the work machines sit on. Each fires on a small hand-made bundle in v2 columns and
stays quiet on its honest look-alike."""

from __future__ import annotations

import csv
import itertools
from pathlib import Path

import pytest

from conftest import SHARED, make_bundle, run_stages
from ringwatch.signals.indicators import ip_kvm_usb_ids

_numbers = itertools.count(10)
HOME_IP = "73.14.2.9"
HOSTING_IP = "3.1.2.3"  # an AWS range of the bundled list


def person(sid: str, **fields) -> dict:
    row = {"id": sid, "kind": "employee", "full_name": f"Person {sid}", "email": f"{sid}@gmail.com",
           "country": "US", "employer": f"Employer of {sid}",
           "address": f"{next(_numbers)} Main Street, Springfield, IL 62701",
           "created_at": "2025-01-10T15:00:00Z"}
    row.update(fields)
    return row


def okta(sid: str, n: int, *, ip: str = HOME_IP, hour: int = 15, country: str = "US",
         outcome: str = "SUCCESS", day0: int = 1, **extra) -> list[dict]:
    """Okta-style sign-ins as `ringwatch import okta` writes them (contract v2 columns)."""
    return [{"subject_id": sid, "ts": f"2025-03-{day0 + d:02d}T{hour:02d}:10:00Z", "ip": ip,
             "device_id": f"okta-dev-{sid}", "country": country, "outcome": outcome.lower(),
             "event_type": "user.session.start", "session_id": f"102{sid}{d}",
             "event_id": f"okta:{sid}-{hour}-{d}-{outcome}", **extra} for d in range(n)]


def osquery(sid: str, kind: str, value: str, **extra) -> dict:
    """An endpoint row as `ringwatch import osquery` writes it."""
    return {"subject_id": sid, "ts": "2025-03-02T12:00:00Z", "device_id": f"host-{sid}",
            "kind": kind, "value": value, **extra}


def signals_of(engine) -> dict[tuple[str, str], str]:
    return {(s, c): d for s, c, d in engine.rows("SELECT subject_id, code, detail FROM signals")}


# --- per-subject detectors -------------------------------------------------------------------

@pytest.fixture(scope="module")
def fired(tmp_path_factory):
    subjects = [person(s) for s in (
        "abroad_fail", "abroad_ok", "night_fail", "spray1", "spray2", "spray3", "vpn_fail",
        "proxyflag", "asn", "owner", "resi", "gateway", "nano", "pikvm", "gadget", "desk_kvm")]
    logins = []
    # Failed, denied and challenged sign-ins from abroad, at Pyongyang's office hours, are not
    # logins: the subject's successful logins are at home in the afternoon.
    logins += okta("abroad_fail", 6) + okta("abroad_fail", 8, ip="175.223.1.5", country="KR",
                                            hour=2, outcome="FAILURE", day0=10)
    logins += okta("abroad_fail", 3, ip="175.223.1.6", country="KR", hour=2, outcome="CHALLENGE", day0=20)
    logins += okta("abroad_fail", 2, ip="175.223.1.7", country="KR", hour=3, outcome="Deny", day0=24)
    # one failed sign-in from Seoul ten minutes after a successful one from home: no travel
    logins += [{**okta("abroad_fail", 1, ip="175.223.1.8", country="KR", outcome="failure")[0],
                "ts": "2025-03-01T15:20:00Z", "event_id": "okta:travel-fail"}]
    logins += okta("abroad_ok", 6, ip="175.223.1.5", country="KR")
    logins += okta("night_fail", 2) + okta("night_fail", 8, hour=2, outcome="FAILURE", day0=5)
    logins += okta("vpn_fail", 2) + okta("vpn_fail", 6, ip=HOSTING_IP, outcome="DENY", day0=5)
    # a password spray: one address fails against three accounts on one day
    for n, sid in enumerate(("spray1", "spray2", "spray3")):
        logins += okta(sid, 1, ip=f"71.30.{n}.8") + [{**okta(sid, 1, ip="185.220.101.4", outcome="FAILURE")[0],
                                   "device_id": "spray-bot", "event_id": f"okta:spray-{sid}"}]
    # the source's own proxy flag, a hosting ASN, a hosting network owner; a residential ISP
    logins += okta("proxyflag", 4, ip="71.10.20.30", source_proxy="true", asn="701",
                   network_owner="verizon")
    logins += okta("asn", 4, ip="185.159.157.9", source_proxy="false", asn="62240",
                   network_owner="packethub s.a.")
    logins += okta("owner", 4, ip="66.30.1.2", network_owner="Amazon Technologies Inc.")
    logins += okta("resi", 4, ip="71.10.20.31", source_proxy="false", asn="701", network_owner="verizon")
    # an employer's secure web gateway: the source flags its egress as a proxy
    logins += okta("gateway", 4, ip="165.225.8.10", source_proxy="true", asn="22616",
                   network_owner="Zscaler, Inc.")
    endpoint = [
        osquery("nano", "usb", "USB Composite Device", vendor_id="0x3346", product_id="0x1009"),
        osquery("pikvm", "usb", "PiKVM Composite Device", vendor_id="1d6b", product_id="104"),
        osquery("gadget", "usb", "Logitech USB Keyboard", vendor_id="1D6B", product_id="0104"),
        # a desk KVM switch and the Linux root hubs every machine lists are no IP-KVM
        osquery("desk_kvm", "usb", "CS782DP KVM Switch", vendor_id="0557", product_id="2419"),
        osquery("desk_kvm", "usb", "xHCI Host Controller", vendor_id="1d6b", product_id="0003"),
        osquery("desk_kvm", "usb", "Multifunction Composite Gadget", vendor_id="04b4", product_id="0104"),
    ]
    # An employer whose six monitored machines all run its ScreenConnect; one also runs AnyDesk.
    for i in range(6):
        sid = f"acme{i}"
        subjects.append(person(sid, employer="Acme Corp"))
        endpoint.append(osquery(sid, "process", "ScreenConnect.ClientService.exe"))
        endpoint.append(osquery(sid, "process", "explorer.exe"))
    endpoint.append(osquery("acme0", "process", "AnyDesk.exe"))
    bundle = make_bundle(tmp_path_factory.mktemp("detectors"), subjects=subjects, logins=logins,
                         endpoint=endpoint)
    engine = run_stages(bundle, until="links")
    return engine, signals_of(engine)


def test_outcomes_are_normalised_and_only_successes_are_logins(fired):
    engine, _ = fired
    counts = dict(engine.rows("SELECT outcome, count(*) FROM logins_norm "
                              "WHERE subject_id = 'abroad_fail' GROUP BY outcome"))
    assert counts == {"success": 6, "failure": 9, "challenge": 3, "deny": 2}


def test_failed_sign_ins_from_abroad_are_not_foreign_activity(fired):
    _, signals = fired
    assert ("abroad_ok", "LOGIN_GEO_MISMATCH") in signals  # the control: successes abroad
    for code in ("LOGIN_GEO_MISMATCH", "IMPOSSIBLE_TRAVEL", "ACTIVITY_UTC9"):
        assert ("abroad_fail", code) not in signals
    assert ("night_fail", "ACTIVITY_UTC9") not in signals
    assert ("vpn_fail", "HOSTING_LOGINS") not in signals


def test_a_password_spray_links_nobody(fired):
    engine, _ = fired
    assert not engine.rows("SELECT * FROM links WHERE a LIKE 'spray%' AND b LIKE 'spray%'")


def test_the_sources_proxy_flag_asn_and_owner_count_as_hosting(fired):
    _, signals = fired
    assert "proxy/VPN per the source (verizon)" in signals[("proxyflag", "HOSTING_LOGINS")]
    assert "Clouvider" in signals[("asn", "HOSTING_LOGINS")]
    assert "Amazon Web Services" in signals[("owner", "HOSTING_LOGINS")]
    assert ("resi", "HOSTING_LOGINS") not in signals


def test_an_employers_secure_web_gateway_is_no_vpn(fired):
    """Zscaler's egress, flagged as a proxy by the identity provider, is the office network
    carried to wherever the person works: no hosting/VPN login."""
    engine, signals = fired
    assert ("gateway", "HOSTING_LOGINS") not in signals
    assert engine.rows("SELECT DISTINCT hosting, provider, source_proxy FROM logins_norm "
                       "WHERE subject_id = 'gateway'") == [(False, None, True)]


def test_ip_kvm_by_usb_id(fired):
    _, signals = fired
    assert "NanoKVM (Sipeed) (USB 3346:1009" in signals[("nano", "IPKVM_DEVICE")]
    assert 'PiKVM ("PiKVM Composite Device", USB 1d6b:0104)' == signals[("pikvm", "IPKVM_DEVICE")]
    assert ("pikvm", "IPKVM_GADGET_ID") not in signals
    # the Linux gadget id under another name: the weaker indicator, saying why it is weaker
    assert ("gadget", "IPKVM_DEVICE") not in signals
    detail = signals[("gadget", "IPKVM_GADGET_ID")]
    assert "USB 1d6b:0104" in detail and "development boards" in detail
    assert not [k for k in signals if k[0] == "desk_kvm"]


def test_the_employers_own_rmm_is_not_evidence_a_second_tool_is(fired):
    _, signals = fired
    detail = signals[("acme0", "REMOTE_CONTROL_TOOL")]
    assert "AnyDesk" in detail and "company's own ConnectWise ScreenConnect" in detail
    assert ("acme0", "MULTIPLE_REMOTE_TOOLS") not in signals
    assert not [k for k in signals if k[0].startswith("acme") and k[0] != "acme0"]


def test_the_bundled_usb_ids_come_from_the_shared_indicator_list():
    sample = SHARED / "samples" / "indicators" / "ip_kvm_usb_gadget_ids.csv"
    if not sample.exists():
        pytest.skip("../shared/samples not present")
    with sample.open(newline="", encoding="utf-8") as fh:
        expected = {(r["vendor_id"].lower().removeprefix("0x"), r["product_id"].lower().removeprefix("0x"))
                    for r in csv.DictReader(fh)}
    bundled = ip_kvm_usb_ids()
    assert set(zip(bundled["vendor_id"].to_pylist(), bundled["product_id"].to_pylist())) == expected
    specific = dict(zip(zip(bundled["vendor_id"].to_pylist(), bundled["product_id"].to_pylist()),
                        bundled["specific"].to_pylist()))
    assert specific == {("1d6b", "0104"): False, ("3346", "1009"): True}


# --- laptop farm from telemetry, end to end ---------------------------------------------------

FARM_MAC = "a4:2b:b0:11:22:33"
FARM_IP = "98.42.17.5"  # a residential address
CITIES = ["Austin, TX 78701", "Boise, ID 83702", "Tampa, FL 33602", "Reno, NV 89501",
          "Omaha, NE 68102"]


@pytest.fixture(scope="module")
def farm_world(tmp_path_factory):
    subjects, logins, endpoint = [], [], []
    # A laptop farm: five employees of five employers, claiming five homes, whose laptops sit
    # behind one router, driven through IP-KVMs, signing in at Pyongyang's office hours.
    for i, city in enumerate(CITIES):
        sid = f"farm{i}"
        subjects.append(person(sid, employer=f"Company {i}", address=f"{100 + i} Oak Street, {city}"))
        logins += okta(sid, 6, ip=FARM_IP, hour=2, network_owner="comcast cable communications",
                       asn="7922", source_proxy="false")
        endpoint += [osquery(sid, "gateway_mac", FARM_MAC),
                     osquery(sid, "network", "Chapman-5G"),
                     osquery(sid, "usb", "PiKVM Composite Device", vendor_id="1d6b", product_id="0104")]
    # The same farm seen only through Wi-Fi names (no gateway MACs): name + public network.
    for i in range(3):
        sid = f"wifi{i}"
        subjects.append(person(sid, employer=f"Firm {i}", address=f"{200 + i} Pine Road, {CITIES[i]}"))
        logins += okta(sid, 6, ip=f"98.42.18.{i + 2}", hour=2)
        endpoint += [osquery(sid, "network", "Kim-Home-5G"),
                     osquery(sid, "usb", "TinyPilot", vendor_id="1d6b", product_id="0104")]
    # An office: eight colleagues of one employer on the office router and egress IP.
    for i in range(8):
        sid = f"office{i}"
        subjects.append(person(sid, employer="Globex", address=f"{300 + i} Elm Street, {CITIES[i % 5]}"))
        logins += okta(sid, 6, ip="64.20.30.40")
        endpoint += [osquery(sid, "gateway_mac", "00:1b:54:aa:bb:cc"), osquery(sid, "network", "Globex-Corp")]
    # A household: two people of different employers at one home, one router.
    for i in range(2):
        sid = f"home{i}"
        subjects.append(person(sid, employer=f"Household employer {i}",
                               address="12 Birch Avenue, Portland, OR 97205"))
        logins += okta(sid, 6, ip="24.20.11.9")
        endpoint += [osquery(sid, "gateway_mac", "3c:37:86:01:02:03"), osquery(sid, "network", "Birch-Home")]
    # The same Wi-Fi name in two strangers' homes elsewhere: no link without a common network.
    for i, ip in enumerate(("24.60.1.9", "50.77.3.2")):
        sid = f"stranger{i}"
        subjects.append(person(sid))
        logins += okta(sid, 6, ip=ip)
        endpoint += [osquery(sid, "network", "NETGEAR42"), osquery(sid, "network", "192.168.1.23")]
    bundle = make_bundle(tmp_path_factory.mktemp("farm"), subjects=subjects, logins=logins,
                         endpoint=endpoint)
    engine = run_stages(bundle)
    scores = {r[0]: {"score": r[1], "level": r[2], "reasons": r[3].split(";")}
              for r in engine.rows("SELECT subject_id, score, level, reasons FROM scores")}
    return engine, scores


def _links(engine, prefix: str) -> list[tuple]:
    return engine.rows(f"""SELECT a, b, value, weight, detail, explained_by FROM links
                           WHERE kind = 'SHARED_NETWORK' AND a LIKE '{prefix}%' AND b LIKE '{prefix}%'""")


def test_a_farm_router_links_every_pair_at_full_weight(farm_world):
    engine, scores = farm_world
    links = _links(engine, "farm")
    assert len({(a, b) for a, b, *_ in links}) == 10
    # the full group prior (0.80), only the small bundle's calibration (0.98) applied
    assert all(w > 0.75 and not explained and " x 0.2 " not in detail
               for *_, w, detail, explained in links)
    assert {v for _, _, v, *_ in links} <= {FARM_MAC, "Chapman-5G via 98.42.17.0/24"}
    for i in range(5):
        assert scores[f"farm{i}"]["level"] == "high", scores[f"farm{i}"]
        assert "SHARED_NETWORK" in scores[f"farm{i}"]["reasons"]


def test_a_farm_seen_by_wifi_name_behind_one_public_network(farm_world):
    engine, scores = farm_world
    links = _links(engine, "wifi")
    assert {v for _, _, v, *_ in links} == {"Kim-Home-5G via 98.42.18.0/24"}
    assert len(links) == 3
    assert all(scores[f"wifi{i}"]["level"] == "high" for i in range(3))


def test_an_office_network_is_colleagues_and_low(farm_world):
    engine, scores = farm_world
    links = _links(engine, "office")
    assert links and all("workplace" in explained and "x 0.2 colleagues (employer globex)" in detail
                         and w < 0.17 for *_, w, detail, explained in links)
    assert all(scores[f"office{i}"]["level"] == "low" for i in range(8))


def test_a_household_network_is_co_residents_and_low(farm_world):
    engine, scores = farm_world
    (link,) = _links(engine, "home")
    *_, weight, detail, explained = link
    assert "household" in explained and "x 0.2 household (co-residents)" in detail and weight < 0.09
    assert scores["home0"]["level"] == scores["home1"]["level"] == "low"


def test_one_wifi_name_in_two_places_and_local_addresses_link_nobody(farm_world):
    engine, scores = farm_world
    assert not _links(engine, "stranger")
    assert scores["stranger0"]["score"] == 0 and scores["stranger1"]["score"] == 0


def test_a_network_name_behind_a_carrier_nat_pool_ties_nobody(tmp_path):
    """Phones tethering behind one mobile carrier's /24, hundreds of users: the default
    hotspot name they share is no network of their own."""
    subjects, logins, endpoint = [], [], []
    for i in range(120):
        sid = f"cg{i}"
        subjects.append(person(sid))
        logins += okta(sid, 2, ip=f"100.64.7.{i % 250 + 1}")
        endpoint.append(osquery(sid, "network", "AndroidAP"))
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, logins=logins, endpoint=endpoint))
    assert not _links(engine, "cg")


def test_one_router_for_people_who_live_near_each_other_is_a_local_workplace(tmp_path):
    """A managed-service provider's technicians, each placed at another client, share their
    office router and remote tools; they all live in the city: an office, not a farm."""
    subjects, logins, endpoint = [], [], []
    for i in range(6):
        sid = f"msp{i}"
        subjects.append(person(sid, kind="contractor", employer=f"Client {i}",
                               address=f"{100 + i} Blake Street, Denver, CO 8020{i % 3}"))
        logins += okta(sid, 3, ip="65.20.30.40")
        endpoint += [osquery(sid, "gateway_mac", "a4:2b:b0:11:22:33"),
                     osquery(sid, "process", "TeamViewer.exe")]
    engine = run_stages(make_bundle(tmp_path, subjects=subjects, logins=logins, endpoint=endpoint))
    links = _links(engine, "msp")
    assert links and all("local workplace" in detail for *_, detail, _ in links)
    levels = {r[0] for r in engine.rows("SELECT level FROM scores WHERE subject_id LIKE 'msp%'")}
    assert "high" not in levels
