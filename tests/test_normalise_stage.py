import pyarrow as pa
import pytest

from ringwatch.contract import DUCKDB_TYPES, TABLES
from ringwatch.engines.duckdb import DuckDBEngine
from ringwatch.normalise.stage import normalise_bundle

NORM_COLUMNS = {
    "subjects_norm": [
        "id", "kind", "employer_key", "country", "created_at", "birth_date", "email_key",
        "email_domain", "email_free", "email_disposable", "email_local_shape", "phone_e164",
        "phone_region", "phone_line_type", "phone_line_type_given", "recovery_email_key",
        "recovery_email_domain", "recovery_email_disposable", "recovery_phone_e164",
        "recovery_phone_line_type", "recovery_phone_line_type_given",
        "address_key", "address_block", "address_postcode", "address_locality", "name_fold", "name_key", "national_id_key", "signup_ip",
        "signup_net", "signup_hosting", "signup_provider"],
    "subject_profiles": ["subject_id", "url_key", "site", "handle"],
    "logins_norm": ["subject_id", "ts", "ip", "net", "hosting", "provider", "device_id",
                    "country", "user_agent",
                    "outcome", "source_proxy", "asn", "network_owner"],
    "shipments_norm": ["subject_id", "ts", "asset", "address_key", "address_block", "address_postcode", "address_locality", "address"],
    "payments_norm": ["subject_id", "ts", "amount", "currency", "method", "destination_key"],
    "endpoint_norm": ["subject_id", "ts", "device_id", "kind", "value", "value_key",
                      "vendor_id", "product_id", "started_at"],
    "domains_norm": ["domain", "company", "registered_at", "registrant_key", "registrant_domain"],
    "domain_registrants": ["subject_id", "created_at", "domain", "registered_at", "on_own_domain"],
}


def create_raw(engine, table, rows):
    """A raw table as the loader leaves it: contract columns, typed, plus `_row`."""
    columns = TABLES[table].columns
    select = ", ".join(f'CAST(NULL AS {DUCKDB_TYPES[c.type]}) AS "{c.name}"' for c in columns)
    engine.sql(f"CREATE TABLE {table} AS SELECT {select}, 0 AS _row WHERE false")
    marks = ", ".join("?" for _ in columns)
    for i, row in enumerate(rows, start=1):
        engine.sql(f"INSERT INTO {table} VALUES ({marks}, {i})", [row.get(c.name) for c in columns])


@pytest.fixture()
def engine():
    eng = DuckDBEngine()
    create_raw(eng, "subjects", [
        dict(id="s1", kind="account", full_name="Smith, Bill", email="J.Dev+x@gmail.com",
             phone="(415) 555-2671", address="12 Oak St. Apt 4", country=" us",
             national_id="123-45-6789", profiles="https://www.linkedin.com/in/JDev/; github.com/jdev",
             employer=" Acme ", recovery_email="rec@outlook.com", recovery_phone="020 7946 0018",
             signup_ip="3.5.1.2", created_at="2024-01-01 10:00:00"),
        dict(id="s2", kind="applicant", full_name="William Smith", email="jdev@googlemail.com",
             phone="+1 415 555 2671", address="12 OAK STREET, UNIT 4", country="GB",
             national_id="AB 12.34-56 C", profiles="linkedin.com/in/jdev", employer="acme",
             recovery_phone="+44 56 1234 5678", signup_ip="not-an-ip"),
        dict(id="s3", kind="employee", full_name=None, email="bad@", phone="07400 123456",
             country="GB", national_id="000000000"),
    ])
    create_raw(eng, "shipments", [dict(subject_id="s3", ts="2024-02-01", asset="SN1",
                                       address="12 oak street #4")])
    create_raw(eng, "payments", [dict(subject_id="s1", amount="10.5", currency=" usd ",
                                      method="Crypto", destination=" BC1Q-ABC 123 ")])
    create_raw(eng, "endpoint", [dict(subject_id="s2", kind="process", value=" AnyDesk.exe ")])
    yield eng
    eng.close()


def by_id(engine, table, key="id"):
    cols = engine.columns(table)
    return {row[cols.index(key)]: dict(zip(cols, row)) for row in engine.rows(f"SELECT * FROM {table}")}


def test_output_tables_have_documented_columns(engine):
    normalise_bundle(engine)
    for table, columns in NORM_COLUMNS.items():
        assert engine.columns(table) == columns, table
    # logins were not supplied: the table exists, empty, so later SQL still runs
    assert engine.count("logins_norm") == 0
    assert not engine.table_exists("_norm_email")  # intermediate tables are cleaned up


def test_subjects_are_normalised_and_joined_back(engine):
    normalise_bundle(engine)
    s = by_id(engine, "subjects_norm")
    assert s["s1"]["email_key"] == s["s2"]["email_key"] == "jdev@gmail.com"
    assert s["s1"]["phone_e164"] == s["s2"]["phone_e164"] == "+14155552671"
    assert s["s3"]["phone_e164"] == "+447400123456"  # country GB is the default region
    assert s["s1"]["recovery_phone_e164"] is None  # a UK national number read as US is invalid
    assert s["s2"]["phone_line_type"] == "fixed_line_or_mobile"
    assert s["s1"]["address_key"] == s["s2"]["address_key"] == "12 4 oak st"
    assert s["s1"]["name_key"] == s["s2"]["name_key"] == "smith william"
    assert s["s1"]["name_fold"] == "smith bill"
    assert s["s1"]["employer_key"] == s["s2"]["employer_key"] == "acme"
    assert s["s1"]["country"] == "US"
    assert [s[i]["national_id_key"] for i in ("s1", "s2", "s3")] == [None, "AB123456C", None]
    assert (s["s1"]["signup_ip"], s["s1"]["signup_net"], s["s1"]["signup_hosting"],
            s["s1"]["signup_provider"]) == ("3.5.1.2", "3.5.1.0/24", True, "Amazon Web Services")
    assert s["s2"]["signup_ip"] is None
    assert s["s3"]["email_key"] is None and s["s3"]["name_key"] is None
    assert s["s2"]["recovery_phone_e164"] == "+445612345678"


def test_profiles_shipments_payments_endpoint(engine):
    normalise_bundle(engine)
    profiles = engine.rows("SELECT subject_id, handle FROM subject_profiles ORDER BY 1, 2")
    assert profiles == [("s1", "github.com:jdev"), ("s1", "linkedin.com:jdev"),
                        ("s2", "linkedin.com:jdev")]
    assert engine.rows("SELECT asset, address_key FROM shipments_norm") == [("SN1", "12 4 oak st")]
    assert engine.rows("SELECT currency, method, destination_key FROM payments_norm") == [
        ("USD", "crypto", "bc1qabc123")]
    assert engine.rows("SELECT kind, value_key FROM endpoint_norm") == [("process", "anydesk.exe")]


def test_logins_join_ip_classes(engine):
    create_raw(engine, "logins", [
        dict(subject_id="s1", ts="2024-01-02 00:00:00", ip="146.70.1.1", device_id=" d1 ", country="nl"),
        dict(subject_id="s2", ts="2024-01-03 00:00:00", ip="192.168.1.10"),
        dict(subject_id="s2", ts="2024-01-04 00:00:00", ip="garbage"),
    ])
    normalise_bundle(engine)
    rows = engine.rows("SELECT ip, net, hosting, provider, device_id, country FROM logins_norm ORDER BY ts")
    assert rows == [("146.70.1.1", "146.70.1.0/24", True, "M247", "d1", "NL"),
                    ("192.168.1.10", "192.168.1.0/24", False, None, None, None),
                    (None, None, None, None, None, None)]


def test_the_engines_workers_keep_input_order(monkeypatch):
    from ringwatch.engines import DuckDBEngine
    from ringwatch.normalise.email import normalise_emails

    monkeypatch.setenv("RINGWATCH_WORKERS", "2")
    values = [f"user.{i}+tag@gmail.com" if i % 3 else f"bad{i}@" for i in range(101)]
    engine = DuckDBEngine(threads=2)
    try:
        engine.register("v", pa.table({"email": values}))
        engine.map_distinct("pooled", "SELECT email FROM v", normalise_emails, min_parallel=10)
        assert engine.pooled_maps >= 1  # it did go through the workers
        engine.map_distinct("serial", "SELECT email FROM v", normalise_emails, min_parallel=10_000)
        pooled = engine.arrow("SELECT * FROM pooled ORDER BY input")
        assert pooled.equals(engine.arrow("SELECT * FROM serial ORDER BY input"))
        assert pooled.equals(engine.arrow("SELECT * FROM pooled ORDER BY input"))
        by_input = dict(engine.rows("SELECT input, key FROM pooled"))
        assert by_input["user.1+tag@gmail.com"] == "user1@gmail.com"
    finally:
        engine.close()
    assert engine._pool is None


def test_idle_workers_are_let_go_and_started_again(monkeypatch):
    import time

    import ringwatch.engines.duckdb as duck
    from ringwatch.engines import DuckDBEngine
    from ringwatch.normalise.email import normalise_emails

    monkeypatch.setenv("RINGWATCH_WORKERS", "2")
    monkeypatch.setattr(duck, "POOL_IDLE_SECONDS", 0.2)
    engine = DuckDBEngine(threads=2)
    try:
        engine.register("v", pa.table({"email": [f"u{i}@example.org" for i in range(50)]}))
        engine.map_distinct("a", "SELECT email FROM v", normalise_emails, min_parallel=10)
        deadline = time.monotonic() + 20
        while engine._pool is not None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert engine._pool is None  # let go while idle
        engine.map_distinct("b", "SELECT email FROM v", normalise_emails, min_parallel=10)
        assert engine.pooled_maps == 2
        assert engine.arrow("SELECT * FROM a ORDER BY input").equals(engine.arrow("SELECT * FROM b ORDER BY input"))
    finally:
        engine.close()
    assert engine._pool is None and engine._idle_timer is None


def test_phone_region_pairs():
    from ringwatch.normalise.stage import REGION_SEP, phones_with_regions

    out = phones_with_regions([f"GB{REGION_SEP}020 7946 0018", f"{REGION_SEP}(415) 555-2671"])
    assert out.column("e164").to_pylist() == ["+442079460018", "+14155552671"]
