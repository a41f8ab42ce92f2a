"""The scenario generator: ground truth, contract shape, variants, media, determinism."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import imagehash
import numpy as np
import phonenumbers
import pytest
from PIL import Image

from ringwatch.contract import TABLES
from ringwatch.synth.generate import generate
from ringwatch.synth.indicators import ip_kvm_products, remote_tool_processes
from ringwatch.synth.plan import NEGATIVE_KINDS, RING_VARIANTS, SINGLETON_TRAITS, TACTICS
from ringwatch.synth.render import format_address

N = 3000


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    out = tmp_path_factory.mktemp("synth")
    result = generate(out, N, seed=11, logins_per_subject=6, photo_rate=0.25, resume_rate=0.2)
    con = duckdb.connect()
    for name in TABLES:
        con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_csv('{result.bundle / name}.csv', header=true)")
    con.execute(f"CREATE VIEW truth AS SELECT * FROM read_csv('{result.truth}', header=true, all_varchar=true)")
    return result, con


def _rows(con, query):
    return con.execute(query).fetchall()


def test_truth_covers_every_tactic_and_hard_negative(world):
    _, con = world
    tactics = {t for (row,) in _rows(con, "SELECT tactics FROM truth WHERE role = 'ring'") for t in row.split(";")}
    assert tactics == set(TACTICS) | set(RING_VARIANTS)
    traits = {t for (row,) in _rows(con, "SELECT tactics FROM truth WHERE role = 'singleton'") for t in row.split(";")}
    assert "few_traits" in traits and traits - {"few_traits"} <= set(SINGLETON_TRAITS)
    negatives = {k for (k,) in _rows(con, "SELECT DISTINCT negative FROM truth WHERE role = 'hard_negative'")}
    assert negatives == set(NEGATIVE_KINDS)
    roles = dict(_rows(con, "SELECT role, count(*) FROM truth GROUP BY role"))
    assert set(roles) == {"benign", "ring", "singleton", "hard_negative"}
    assert 0.01 <= roles["ring"] / N <= 0.03
    assert _rows(con, "SELECT count(*) FROM truth WHERE (fraud = '1') <> (role IN ('ring', 'singleton'))") == [(0,)]


def test_ring_sizes_are_between_3_and_40(world):
    _, con = world
    sizes = [s for (s,) in _rows(con, "SELECT count(*) FROM truth WHERE role = 'ring' GROUP BY ring")]
    assert sizes and min(sizes) >= 3 and max(sizes) <= 40


def test_bundle_has_contract_columns_and_truth_stays_outside(world):
    result, con = world
    for name, table in TABLES.items():
        columns = [r[0] for r in _rows(con, f"DESCRIBE {name}")]
        # The generator writes the contract's columns in order (version 2's optional
        # login and endpoint columns it does not generate may be absent).
        present = [c for c in columns if c in table.column_names]
        assert present == list(table.column_names[: len(present)]), name
        assert _rows(con, f"SELECT count(*) FROM {name}")[0][0] > 0, name
    assert not (result.bundle / "truth.csv").exists()
    assert _rows(con, "SELECT count(*) - count(DISTINCT id) FROM subjects") == [(0,)]
    assert _rows(con, "SELECT count(*) FROM logins WHERE subject_id NOT IN (SELECT id FROM subjects)") == [(0,)]
    kinds = {k for (k,) in _rows(con, "SELECT DISTINCT kind FROM endpoint")}
    version_1_kinds = {"process", "usb", "display", "network", "keyboard", "timezone"}
    assert version_1_kinds <= kinds <= set(TABLES["endpoint"].column("kind").choices)
    # About logins_per_subject logins per subject on average.
    assert 4 <= _rows(con, "SELECT count(*) FROM logins")[0][0] / N <= 8


def test_honest_phones_are_valid_for_their_country(world):
    _, con = world
    rows = _rows(con, "SELECT s.phone, s.country FROM subjects s JOIN truth t ON t.subject_id = s.id "
                      "WHERE t.fraud = '0' AND s.phone IS NOT NULL")
    assert len(rows) > 2000
    invalid = [(p, c) for p, c in rows if not phonenumbers.is_valid_number(phonenumbers.parse(p, c))]
    assert invalid == []


def test_voip_users_have_numbers_typed_voip(world):
    _, con = world
    rows = _rows(con, "SELECT s.phone, s.country FROM subjects s JOIN truth t ON t.subject_id = s.id "
                      "WHERE t.negative = 'voip_user'")
    types = [phonenumbers.number_type(phonenumbers.parse(p, c)) for p, c in rows]
    assert types and all(t == phonenumbers.PhoneNumberType.VOIP for t in types)


def _address_key(text: str) -> tuple[str, ...]:
    """House number and postcode digits: what stays when only the formatting differs."""
    return tuple(sorted(re.findall(r"\d+", text)))


def test_laptop_farm_ships_to_one_facility_written_several_ways(world):
    _, con = world
    rows = _rows(con, """
        SELECT t.ring, list(DISTINCT sh.address) FROM shipments sh
        JOIN truth t ON t.subject_id = sh.subject_id
        JOIN subjects s ON s.id = sh.subject_id
        WHERE t.tactics LIKE '%laptop_farm%' AND sh.address <> s.address
        GROUP BY t.ring""")
    assert rows
    checked = 0
    for _ring, addresses in rows:
        farm = [a for a in addresses if len(addresses) >= 2]
        if len(farm) >= 2:
            # Distinct strings, one place: the same house number, unit and postcode digits.
            assert len(set(farm)) >= 2
            assert len({_address_key(a) for a in farm}) == 1
            checked += 1
    assert checked >= 1


def test_address_styles_are_variants_of_one_place():
    from ringwatch.synth.catalog import catalog
    cat = catalog()
    city = cat.city_range[0][0]  # a US city
    forms = {format_address(0, city, cat.street_range[0][0], 0, 12, 4, "10001", s) for s in range(6)}
    assert len(forms) == 6
    assert {_address_key(f) for f in forms} == {("10001", "12", "4")}


def _canonical_email(email: str) -> str:
    local, _, domain = email.lower().partition("@")
    local = local.split("+")[0]
    return (local.replace(".", "") if domain == "gmail.com" else local) + "@" + domain


def test_shared_recovery_is_one_value_written_several_ways(world):
    _, con = world
    rows = _rows(con, """
        SELECT t.ring, s.recovery_phone, s.recovery_email, s.country FROM subjects s
        JOIN truth t ON t.subject_id = s.id WHERE t.tactics LIKE '%shared_recovery%'""")
    by_ring: dict[str, list[tuple[str, str]]] = {}
    for ring, phone, email, country in rows:
        if phone:
            e164 = phonenumbers.format_number(phonenumbers.parse(phone, country), phonenumbers.PhoneNumberFormat.E164)
            by_ring.setdefault(ring, []).append((phone, e164))
        if email:
            by_ring.setdefault(ring, []).append((email, _canonical_email(email)))
    assert by_ring
    for values in by_ring.values():
        keys, counts = np.unique([key for _, key in values], return_counts=True)
        shared = keys[counts.argmax()]
        assert counts.max() >= 2
        raw = {raw for raw, key in values if key == shared}
        assert len(raw) >= 2 or counts.max() == 2


def test_reused_photos_differ_as_bytes_but_honest_faces_do_not_collide(world):
    result, con = world
    rows = _rows(con, """
        SELECT t.ring, list(s.photo) FROM subjects s JOIN truth t ON t.subject_id = s.id
        WHERE t.tactics LIKE '%photo_reuse%' AND s.photo IS NOT NULL GROUP BY t.ring""")
    assert rows
    for _ring, photos in rows:
        blobs = [(result.bundle / p).read_bytes() for p in photos]
        assert len(set(blobs)) == len(blobs)
        for p in photos:
            Image.open(result.bundle / p).verify()
    honest = [p for (p,) in _rows(con, "SELECT s.photo FROM subjects s JOIN truth t ON t.subject_id = s.id "
                                       "WHERE t.role = 'benign' AND s.photo IS NOT NULL")]
    assert len(honest) > 200
    hashes = np.array([imagehash.phash(Image.open(result.bundle / p)).hash.ravel() for p in honest])
    distance = (hashes[:, None, :] != hashes[None, :, :]).sum(-1)
    np.fill_diagonal(distance, 64)
    assert distance.min() >= 4


def test_resume_files_open_and_clones_are_near_copies(world):
    result, con = world
    from docx import Document
    from pypdf import PdfReader
    resumes = [r for (r,) in _rows(con, "SELECT resume FROM subjects WHERE resume IS NOT NULL")]
    files = [r for r in resumes if "\n" not in r]
    assert {Path(r).suffix for r in files} == {".txt", ".md", ".docx", ".pdf"}
    assert any("\n" in r for r in resumes)  # some inline
    pdf = next(r for r in files if r.endswith(".pdf"))
    assert "Experience" in PdfReader(result.bundle / pdf).pages[0].extract_text() or "History" in \
        PdfReader(result.bundle / pdf).pages[0].extract_text()
    docx_file = next(r for r in files if r.endswith(".docx"))
    assert len(Document(str(result.bundle / docx_file)).paragraphs) > 5


def test_operator_indicators_come_from_the_shared_lists(world):
    result, con = world
    usb = {v for (v,) in _rows(con, "SELECT DISTINCT value FROM endpoint WHERE kind = 'usb'")}
    processes = {v for (v,) in _rows(con, "SELECT DISTINCT value FROM endpoint WHERE kind = 'process'")}
    assert usb & set(ip_kvm_products()[0])
    assert processes & set(remote_tool_processes()[0])
    assert result.indicator_samples == ip_kvm_products()[1]


def test_burst_signups_share_a_slash24_within_minutes(world):
    _, con = world
    rows = _rows(con, """
        SELECT t.ring, count(*), count(DISTINCT regexp_replace(s.signup_ip, '\\.\\d+$', '')),
               date_diff('minute', min(s.created_at), max(s.created_at))
        FROM subjects s JOIN truth t ON t.subject_id = s.id
        WHERE t.tactics LIKE '%burst_signup%' AND s.email ILIKE '%@outlook.com' OR
              t.tactics LIKE '%burst_signup%' AND s.email ILIKE '%@hotmail.com'
        GROUP BY t.ring HAVING count(*) >= 2""")
    assert rows
    assert all(nets == 1 and minutes <= 120 for _ring, _n, nets, minutes in rows)


def test_generation_is_deterministic_for_a_seed(tmp_path):
    def files(out: Path) -> dict[str, bytes]:
        return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}

    a = generate(tmp_path / "a", 400, seed=5, photo_rate=0.05, resume_rate=0.05)
    generate(tmp_path / "b", 400, seed=5, photo_rate=0.05, resume_rate=0.05)
    c = generate(tmp_path / "c", 400, seed=6, photo_rate=0.05, resume_rate=0.05)
    fa, fb = files(tmp_path / "a"), files(tmp_path / "b")
    assert fa.keys() == fb.keys() and all(fa[k] == fb[k] for k in fa if not k.endswith(".docx"))
    assert (a.bundle / "subjects.csv").read_bytes() != (c.bundle / "subjects.csv").read_bytes()


@pytest.mark.parametrize("fmt", ["parquet", "jsonl"])
def test_other_formats_load(tmp_path, fmt):
    result = generate(tmp_path, 300, seed=3, fmt=fmt, photo_rate=0.0, resume_rate=0.0)
    reader = "read_parquet" if fmt == "parquet" else "read_json_auto"
    con = duckdb.connect()
    for name, table in TABLES.items():
        cols = [r[0] for r in con.execute(f"DESCRIBE SELECT * FROM {reader}('{result.bundle / name}.{fmt}')").fetchall()]
        present = [c for c in cols if c in table.column_names]
        assert present == list(table.column_names[: len(present)])
    assert con.execute(f"SELECT count(*) FROM {reader}('{result.bundle / 'subjects'}.{fmt}')").fetchone()[0] == 300


# -- the wide honest world (issue 6) ----------------------------------------------------------
def test_honest_kinds_come_at_realistic_rates(world):
    _, con = world
    by_kind = dict(_rows(con, "SELECT s.kind, count(*) FROM subjects s GROUP BY 1"))
    share = dict(_rows(con, """
        SELECT t.negative, count(*) FROM truth t WHERE t.negative IS NOT NULL GROUP BY 1"""))
    assert 0.10 <= share["family_accounts"] / by_kind["account"] <= 0.20
    assert 0.05 <= share["org_provisioned"] / by_kind["account"] <= 0.10
    assert 0.05 <= share["repeat_applicant"] / by_kind["applicant"] <= 0.10


def test_children_accounts_recover_through_a_parent_at_home(world):
    _, con = world
    rows = _rows(con, """
        SELECT s.address IS NULL, s.recovery_email, s.recovery_phone, s.signup_ip, s.birth_date
        FROM subjects s JOIN truth t ON t.subject_id = s.id
        WHERE t.negative = 'family_accounts' AND s.address IS NULL""")
    assert len(rows) >= 50
    assert all(r[1] or r[2] for r in rows)  # every child's account has a parent's contact
    recovery = [r[1].lower() for r in rows if r[1]]
    assert len(set(recovery)) < len(recovery)  # parents cover several children
    assert all(r[4].year >= 2005 for r in rows)


def test_organisations_provision_in_one_sitting_with_their_helpdesk(world):
    _, con = world
    groups = _rows(con, """
        SELECT split_part(s.recovery_email, '@', 2) AS domain, count(*), count(DISTINCT s.signup_ip),
               date_diff('minute', min(s.created_at), max(s.created_at))
        FROM subjects s JOIN truth t ON t.subject_id = s.id
        WHERE t.negative = 'org_provisioned' AND s.recovery_email IS NOT NULL GROUP BY 1 HAVING count(*) >= 3""")
    assert groups
    registered = dict(_rows(con, "SELECT domain, registered_at FROM domains"))
    for domain, _n, ips, minutes in groups:
        assert ips == 1 and minutes <= 200
        assert (registered[domain].year if domain in registered else 0) <= 2021  # an old, real domain


def test_office_laptops_ship_to_the_office_not_home(world):
    _, con = world
    rows = _rows(con, """
        SELECT s.employer, count(DISTINCT sh.subject_id), count(DISTINCT sh.address),
               count(DISTINCT s.address), sum((sh.address = s.address)::int)
        FROM shipments sh JOIN subjects s ON s.id = sh.subject_id JOIN truth t ON t.subject_id = s.id
        WHERE t.negative = 'office_shipping' GROUP BY 1 HAVING count(DISTINCT sh.subject_id) >= 8""")
    assert rows
    for _employer, people, addresses, homes, at_home in rows:
        assert addresses < people and homes == people and at_home == 0


def test_default_avatars_are_one_file_content(world):
    result, con = world
    photos = [p for (p,) in _rows(con, """
        SELECT s.photo FROM subjects s JOIN truth t ON t.subject_id = s.id
        WHERE t.negative = 'default_avatar' AND s.photo IS NOT NULL""")]
    contents = [(result.bundle / p).read_bytes() for p in photos]
    assert len(contents) >= 20 and len(set(contents)) <= 4


def test_desk_kvm_switches_and_jigglers_are_not_ip_kvms(world):
    _, con = world
    usb = {v for (v,) in _rows(con, """
        SELECT DISTINCT e.value FROM endpoint e JOIN truth t ON t.subject_id = e.subject_id
        WHERE t.negative = 'kvm_switch' AND e.kind = 'usb'""")}
    from ringwatch.synth.vocab import DESK_USB
    assert usb & set(DESK_USB)
    assert not usb & set(ip_kvm_products()[0])


def test_repeat_applicants_write_one_address_several_ways(world):
    _, con = world
    rows = _rows(con, """
        SELECT s.national_id, s.birth_date, list(DISTINCT s.address), count(DISTINCT s.employer)
        FROM subjects s JOIN truth t ON t.subject_id = s.id
        WHERE t.negative = 'repeat_applicant' GROUP BY 1, 2 HAVING count(*) >= 2""")
    assert rows
    rewritten = [a for _id, _b, a, _e in rows if len(a) >= 2]
    assert rewritten
    for addresses in rewritten:
        assert len({_address_key(a) for a in addresses}) == 1


def test_harder_fraud_variants(world):
    _, con = world
    single = _rows(con, """
        SELECT ring, any_value(tactics) FROM truth WHERE role = 'ring' AND tactics LIKE '%single_channel%'
        GROUP BY ring""")
    assert single
    for _ring, tactics in single:
        shared = [t for t in tactics.split(";") if t not in RING_VARIANTS and t != "remote_operator"]
        assert len(shared) == 1
    counts = [len([t for t in row.split(";") if t != "few_traits"])
              for (row,) in _rows(con, "SELECT tactics FROM truth WHERE role = 'singleton'")]
    assert min(counts) == 2 and max(counts) <= 5


@pytest.mark.parametrize("world_name", ["accounts", "employer"])
def test_worlds(tmp_path, world_name):
    result = generate(tmp_path, 1500, seed=4, world=world_name, photo_rate=0.0, resume_rate=0.0)
    con = duckdb.connect()
    kinds = {k for (k,) in con.execute(f"SELECT DISTINCT kind FROM read_csv('{result.bundle / 'subjects.csv'}')").fetchall()}
    written = {p.stem for p in result.bundle.glob("*.csv")}
    if world_name == "accounts":
        assert kinds == {"account"}
        assert written == {"subjects", "logins", "domains"}
    else:
        assert kinds == {"applicant", "employee", "contractor"}
        assert {"endpoint", "payments", "shipments"} <= written
    truth = con.execute(f"SELECT count(*) FILTER (fraud = 1), count(DISTINCT negative) "
                        f"FROM read_csv('{result.truth}')").fetchone()
    assert truth[0] >= 20 and truth[1] >= 10
