"""Loading a bundle: types, row numbers, and every fatal error and warning the contract names."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from ringwatch import load
from conftest import issues, write
from ringwatch.errors import BundleError
from ringwatch.load import load_bundle


@pytest.fixture
def engine(loader_engine):
    return loader_engine


def write_jsonl(path: Path, records: list[dict]) -> Path:
    return write(path, "".join(json.dumps(r) + "\n" for r in records))


SUBJECTS_CSV = (
    "id,kind,full_name,birth_date,created_at,country,team\n"
    "s1,employee,Ann Lee,1990-01-02,2024-05-01T10:00:00Z,US,blue\n"
    "s2,applicant,Bo Kim,,2024-05-02 08:30:00,kr,\n"
)


# -- typed loading from each format ------------------------------------------------------------

def test_csv_loads_typed_columns_unknown_columns_and_row_numbers(engine, tmp_path):
    write(tmp_path / "subjects.csv", SUBJECTS_CSV)
    report = load_bundle(engine, tmp_path)

    types = dict(engine.rows("SELECT column_name, data_type FROM information_schema.columns "
                             "WHERE table_name = 'subjects'"))
    assert types["birth_date"] == "DATE"
    assert types["created_at"] == "TIMESTAMP"
    assert types["team"] == "VARCHAR"  # unknown column kept
    assert types["email"] == "VARCHAR"  # contract column absent from the file, added empty
    assert types["_row"] == "BIGINT"
    rows = engine.rows("SELECT id, birth_date, created_at, country, team, email, _row "
                       "FROM subjects ORDER BY _row")
    assert rows == [
        ("s1", date(1990, 1, 2), datetime(2024, 5, 1, 10, 0), "US", "blue", None, 1),
        ("s2", None, datetime(2024, 5, 2, 8, 30), "KR", None, None, 2),
    ]
    assert report.rows == {"subjects": 2}
    assert report.files == {"subjects": tmp_path / "subjects.csv"}
    assert report.warnings == 0 and report.errors == 0


def test_jsonl_loads_numbers_and_nested_values_as_contract_types(engine, tmp_path):
    write(tmp_path / "subjects.csv", "id\ns1\n")
    write_jsonl(tmp_path / "payments.jsonl", [
        {"subject_id": "s1", "ts": "2024-05-01T10:00:00+02:00", "amount": 1200.5,
         "method": "crypto", "memo": {"note": "x"}},
        {"subject_id": "s1", "amount": "99", "batch": 7},
    ])
    load_bundle(engine, tmp_path)

    rows = engine.rows("SELECT ts, amount, method, memo, batch, currency, _row FROM payments ORDER BY _row")
    assert rows == [
        (datetime(2024, 5, 1, 8, 0), 1200.5, "crypto", '{"note":"x"}', None, None, 1),
        (None, 99.0, None, None, "7", None, 2),
    ]


def test_parquet_typed_columns_are_cast_to_contract_types(engine, tmp_path):
    write(tmp_path / "subjects.csv", "id\ns1\ns2\n")
    seoul = datetime(2024, 5, 1, 1, 0, tzinfo=timezone.utc)
    pq.write_table(pa.table({
        "subject_id": ["s1", "s2"],
        "ts": pa.array([seoul, None], pa.timestamp("us", tz="UTC")),
        "amount": pa.array(["10.5", "lots"]),  # text in a number column
        "method": ["bank", "wallet"],
        "tier": pa.array([1, 2], pa.int32()),
    }), tmp_path / "payments.parquet")
    report = load_bundle(engine, tmp_path)

    rows = engine.rows("SELECT subject_id, ts, amount, tier, _row FROM payments ORDER BY _row")
    assert rows == [("s1", datetime(2024, 5, 1, 1, 0), 10.5, "1", 1),
                    ("s2", None, None, "2", 2)]
    [bad] = issues(engine, "bad_number")
    assert (bad["file"], bad["row"], bad["column"]) == ("payments.parquet", 2, "amount")
    assert report.issue_counts[("warning", "bad_number")] == 1


def test_timestamps_with_offsets_are_stored_as_utc(engine, tmp_path):
    write(tmp_path / "subjects.csv",
          "id,created_at\n"
          "a,2024-05-01 10:00:00+09:00\n"
          "b,2024-05-01T10:00:00Z\n"
          "c,2024-05-01 10:00:00\n"
          "d,2024-05-01T10:00:00-04:30\n")
    load_bundle(engine, tmp_path)
    assert engine.rows("SELECT created_at FROM subjects ORDER BY _row") == [
        (datetime(2024, 5, 1, 1, 0),), (datetime(2024, 5, 1, 10, 0),),
        (datetime(2024, 5, 1, 10, 0),), (datetime(2024, 5, 1, 14, 30),)]


def test_timestamps_dates_and_numbers_are_read_only_in_their_documented_shapes(engine, tmp_path):
    """The shapes every engine reads alike (load.TIMESTAMP_SHAPE ...): what one engine's cast
    alone would read is a warning, whichever engine loads."""
    kept = ["2024-05-01", "2024-05-01 10:00", "2024-05-01T10:00:00.25Z", " 2024-05-01T10:00:00 ",
            "2024-05-01T10:00Z", "2024-05-01T10:00:00-0330", "2024-05-01 10:00:00 America/New_York"]
    refused = ["2024/05/01", "2024", "2024-05", "2024-05-01T10", "2024-12-31 24:00:00",
               "2024-05-01 10:00:00 utc", "2024-05-01T10:00:00 +02:00"]
    write(tmp_path / "subjects.csv", "id,created_at,birth_date\n" + "".join(
        f"s{i},{ts},{bd}\n" for i, (ts, bd) in enumerate(zip(kept + refused, ["1990-05-01", " 1990-5-1 "]
                                                           + ["1990"] * 12))))
    write(tmp_path / "payments.csv", "subject_id,amount\n" + "".join(
        f"s0,{amount}\n" for amount in ["12", "-1.5", ".5", "1e3", " 7 ", "1_000", "1.0d", "0x10", "inf"]))
    load_bundle(engine, tmp_path)
    created = [v for (v,) in engine.rows("SELECT created_at FROM subjects ORDER BY _row")]
    assert created[:len(kept)] == [datetime(2024, 5, 1), datetime(2024, 5, 1, 10), datetime(2024, 5, 1, 10, 0, 0, 250000),
                                   datetime(2024, 5, 1, 10), datetime(2024, 5, 1, 10), datetime(2024, 5, 1, 13, 30),
                                   datetime(2024, 5, 1, 14)]
    assert created[len(kept):] == [None] * len(refused)
    assert [r for (r,) in engine.rows("SELECT _row FROM subjects WHERE birth_date IS NOT NULL ORDER BY _row")] == [1, 2]
    assert [i["row"] for i in issues(engine, "bad_timestamp")] == list(range(len(kept) + 1, len(kept + refused) + 1))
    assert [a for (a,) in engine.rows("SELECT amount FROM payments ORDER BY _row")] == [
        12.0, -1.5, 0.5, 1000.0, 7.0, None, None, None, None]
    assert [i["row"] for i in issues(engine, "bad_number")] == [6, 7, 8, 9]


def test_blank_and_space_only_cells_are_null(engine, tmp_path):
    write(tmp_path / "subjects.csv", 'id,email,phone\ns1,"",   \n')
    load_bundle(engine, tmp_path)
    assert engine.rows("SELECT email, phone FROM subjects") == [(None, None)]


def test_loading_restores_the_engine_settings(engine, tmp_path):
    write(tmp_path / "subjects.csv", SUBJECTS_CSV)
    load_bundle(engine, tmp_path)
    assert engine.scalar("SELECT current_setting('preserve_insertion_order')") is False
    assert not [t for (t,) in engine.rows("SHOW TABLES") if t.startswith("_load")]


def test_progress_names_each_table(engine, tmp_path):
    write(tmp_path / "subjects.csv", SUBJECTS_CSV)
    write(tmp_path / "logins.csv", "subject_id,ts\ns1,2024-05-01T10:00:00Z\n")
    messages: list[str] = []
    load_bundle(engine, tmp_path, progress=messages.append)
    assert len(messages) == 2
    assert "subjects.csv" in messages[0] and "logins.csv" in messages[1]


# -- fatal errors ------------------------------------------------------------------------------

def test_missing_bundle_folder(engine, tmp_path):
    with pytest.raises(BundleError, match="not found"):
        load_bundle(engine, tmp_path / "nope")


def test_bundle_without_subjects(engine, tmp_path):
    write(tmp_path / "logins.csv", "subject_id\ns1\n")
    with pytest.raises(BundleError, match="no subjects file") as err:
        load_bundle(engine, tmp_path)
    assert err.value.issues[0].code == "subjects_missing"


def test_table_in_two_formats_is_an_error(engine, tmp_path):
    write(tmp_path / "subjects.csv", SUBJECTS_CSV)
    write(tmp_path / "logins.csv", "subject_id\ns1\n")
    write_jsonl(tmp_path / "logins.jsonl", [{"subject_id": "s1"}])
    with pytest.raises(BundleError, match="logins.csv, logins.jsonl") as err:
        load_bundle(engine, tmp_path)
    assert {i.file for i in err.value.issues} == {"logins.csv", "logins.jsonl"}
    assert {i.code for i in err.value.issues} == {"duplicate_format"}


def test_missing_id_column(engine, tmp_path):
    write(tmp_path / "subjects.csv", "name,email\nAnn,a@x.org\n")
    with pytest.raises(BundleError, match=r"subjects.csv, column 'id': required column is missing") as err:
        load_bundle(engine, tmp_path)
    assert err.value.issues[0].code == "missing_column"


def test_missing_subject_id_column_in_a_child_table(engine, tmp_path):
    write(tmp_path / "subjects.csv", SUBJECTS_CSV)
    write(tmp_path / "logins.csv", "user,ts\ns1,2024-05-01\n")
    with pytest.raises(BundleError, match=r"logins.csv, column 'subject_id'"):
        load_bundle(engine, tmp_path)


def test_empty_id_names_the_row(engine, tmp_path):
    write(tmp_path / "subjects.csv", "id,full_name\ns1,Ann\n,Bo\n  ,Cy\n")
    with pytest.raises(BundleError, match=r"subjects.csv, column 'id': empty in some rows: row 2; row 3") as err:
        load_bundle(engine, tmp_path)
    assert [(i.row, i.column, i.code) for i in err.value.issues] == [(2, "id", "empty_id"), (3, "id", "empty_id")]
    # The fatal issues are stored too, for a workspace to show.
    assert [r["row"] for r in issues(engine, "empty_id")] == [2, 3]


def test_duplicate_ids_name_both_rows(engine, tmp_path):
    write(tmp_path / "subjects.csv", "id\ns1\ns2\ns1\ns3\ns2\n")
    with pytest.raises(BundleError) as err:
        load_bundle(engine, tmp_path)
    message = str(err.value)
    assert "subjects.csv, column 'id'" in message
    assert "'s1' at rows 1, 3" in message and "'s2' at rows 2, 5" in message
    assert {i.code for i in err.value.issues} == {"duplicate_id"}


def test_jsonl_line_that_is_not_an_object(engine, tmp_path):
    write(tmp_path / "subjects.jsonl", '{"id": "s1"}\n[1, 2]\n{broken\n')
    with pytest.raises(BundleError, match="not a JSON object") as err:
        load_bundle(engine, tmp_path)
    assert [i.row for i in err.value.issues] == [2, 3]


def test_unreadable_parquet_file(engine, tmp_path):
    write(tmp_path / "subjects.parquet", b"this is not parquet at all")
    with pytest.raises(BundleError, match="subjects.parquet: cannot be read as PARQUET") as err:
        load_bundle(engine, tmp_path)
    assert err.value.issues[0].code == "unreadable_file"


# -- warnings: row kept, cell emptied or kept, issue recorded --------------------------------------

def test_bad_timestamp_is_named_and_row_kept(engine, tmp_path):
    write(tmp_path / "subjects.csv", "id,created_at\ns1,2024-05-01\ns2,yesterday\ns3,2024-02-30T10:00\n")
    report = load_bundle(engine, tmp_path)

    assert engine.rows("SELECT id, created_at FROM subjects ORDER BY _row") == [
        ("s1", datetime(2024, 5, 1)), ("s2", None), ("s3", None)]
    found = issues(engine, "bad_timestamp")
    assert [(i["file"], i["row"], i["column"], i["severity"]) for i in found] == [
        ("subjects.csv", 2, "created_at", "warning"), ("subjects.csv", 3, "created_at", "warning")]
    assert "'yesterday'" in found[0]["message"]
    assert report.warnings == 2


def test_non_numeric_amount(engine, tmp_path):
    write(tmp_path / "subjects.csv", "id\ns1\n")
    write(tmp_path / "payments.csv", "subject_id,amount,currency\ns1,12.50,USD\ns1,\"1,000\",USD\ns1,nan,USD\n")
    load_bundle(engine, tmp_path)
    assert engine.rows("SELECT amount, currency FROM payments ORDER BY _row") == [
        (12.5, "USD"), (None, "USD"), (None, "USD")]
    assert [(i["row"], i["column"]) for i in issues(engine, "bad_number")] == [(2, "amount"), (3, "amount")]


def test_bad_date_and_country_shape(engine, tmp_path):
    write(tmp_path / "subjects.csv", "id,birth_date,country\ns1,1990-02-30,USA\ns2,1991-03-04, de \n")
    load_bundle(engine, tmp_path)
    assert engine.rows("SELECT birth_date, country FROM subjects ORDER BY _row") == [
        (None, None), (date(1991, 3, 4), "DE")]
    assert [(i["row"], i["column"]) for i in issues(engine, "bad_date")] == [(1, "birth_date")]
    assert [(i["row"], i["column"]) for i in issues(engine, "bad_country")] == [(1, "country")]


def test_broken_utf8_byte_in_a_csv_row(engine, tmp_path):
    write(tmp_path / "subjects.csv",
          b"id,full_name,email\n"
          b"s1,Ann Lee,ann@x.org\n"
          b"s2,Bo\xff Kim,bo@x.org\n"
          b"s3,Z\xc3\xbcrich Person,z@x.org\n")
    report = load_bundle(engine, tmp_path)

    assert engine.rows("SELECT id, full_name, email FROM subjects ORDER BY _row") == [
        ("s1", "Ann Lee", "ann@x.org"), ("s2", "Bo\ufffd Kim", "bo@x.org"),
        ("s3", "Zürich Person", "z@x.org")]
    [bad] = issues(engine, "bad_encoding")
    assert (bad["file"], bad["row"], bad["column"], bad["severity"]) == (
        "subjects.csv", 2, "full_name", "warning")
    assert report.issue_counts[("warning", "bad_encoding")] == 1


def test_missing_photo_and_resume_files(engine, tmp_path):
    import io

    from PIL import Image

    jpeg = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(jpeg, "JPEG")
    write(tmp_path / "photos" / "s1.jpg", jpeg.getvalue())
    write(tmp_path / "cv" / "s1.pdf", b"%PDF-1.4")
    write(tmp_path / "subjects.csv",
          "id,photo,resume\n"
          "s1,photos/s1.jpg,cv/s1.pdf\n"
          "s2,photos/s2.jpg,cv/s2.docx\n"
          "s3,,\"Senior engineer, 10 years.\nSee notes.md\"\n")
    load_bundle(engine, tmp_path)

    assert engine.rows("SELECT photo, resume FROM subjects ORDER BY _row") == [
        ("photos/s1.jpg", "cv/s1.pdf"), (None, None), (None, "Senior engineer, 10 years.\nSee notes.md")]
    assert [(i["row"], i["column"]) for i in issues(engine, "missing_file")] == [(2, "photo"), (2, "resume")]


def test_unknown_subject_id_in_logins_is_kept(engine, tmp_path):
    write(tmp_path / "subjects.csv", SUBJECTS_CSV)
    write(tmp_path / "logins.csv", "subject_id,ts,ip\ns1,2024-05-01T10:00:00Z,1.2.3.4\nghost,,5.6.7.8\n,,9.9.9.9\n")
    report = load_bundle(engine, tmp_path)

    assert engine.count("logins") == 3
    [unknown] = issues(engine, "unknown_subject")
    assert (unknown["file"], unknown["row"], unknown["column"]) == ("logins.csv", 2, "subject_id")
    assert "'ghost'" in unknown["message"]
    [empty] = issues(engine, "missing_value")
    assert (empty["row"], empty["column"]) == (3, "subject_id")
    assert report.rows == {"subjects": 2, "logins": 3}


def test_unknown_choice_is_kept_and_known_choices_are_folded(engine, tmp_path):
    write(tmp_path / "subjects.csv", "id,kind\ns1, Employee\ns2,robot\ns3,account\n")
    write(tmp_path / "endpoint.csv", "subject_id,kind,value\ns1,process,anydesk.exe\ns1,mouse,MX\n")
    load_bundle(engine, tmp_path)

    assert engine.rows("SELECT kind FROM subjects ORDER BY _row") == [("employee",), ("robot",), ("account",)]
    assert engine.rows("SELECT kind FROM endpoint ORDER BY _row") == [("process",), ("mouse",)]
    found = issues(engine, "unknown_choice")
    assert [(i["file"], i["row"], i["column"]) for i in found] == [
        ("endpoint.csv", 2, "kind"), ("subjects.csv", 2, "kind")]


def test_stored_issues_are_capped_but_all_counted(engine, tmp_path, monkeypatch):
    monkeypatch.setattr(load, "ISSUE_CAP", 2)
    write(tmp_path / "subjects.csv", "id,created_at\n" + "".join(f"s{i},never\n" for i in range(5)))
    report = load_bundle(engine, tmp_path)

    stored = issues(engine, "bad_timestamp")
    assert [i["row"] for i in stored] == [1, 2, None]
    assert "5 rows in all" in stored[-1]["message"]
    assert report.issue_counts[("warning", "bad_timestamp")] == 5
    assert report.warnings == 5


def test_data_file_naming_no_table_is_reported(engine, tmp_path):
    write(tmp_path / "subjects.csv", SUBJECTS_CSV)
    write(tmp_path / "login.csv", "subject_id\ns1\n")
    report = load_bundle(engine, tmp_path)
    [stray] = issues(engine, "unknown_table")
    assert stray["file"] == "login.csv"
    assert report.warnings == 1


def test_ragged_csv_row_is_fatal_and_names_the_line(engine, tmp_path):
    write(tmp_path / "subjects.csv", "id,name\ns1,a\ns2,b,c\n")
    with pytest.raises(BundleError, match=r"subjects.csv: cannot be read as CSV: .*Line: 3") as err:
        load_bundle(engine, tmp_path)
    assert err.value.issues[0].code == "unreadable_file"


def test_columns_differing_only_in_case_are_fatal(engine, tmp_path):
    write_jsonl(tmp_path / "subjects.jsonl", [{"id": "s1"}, {"id": "s2", "Id": "x"}])
    with pytest.raises(BundleError, match="column 'Id'") as err:
        load_bundle(engine, tmp_path)
    assert err.value.issues[0].code == "duplicate_column"


def test_broken_utf8_in_jsonl(engine, tmp_path):
    write(tmp_path / "subjects.jsonl", b'{"id": "s1", "employer": "Acme\xfe"}\n{"id": "s2"}\n')
    load_bundle(engine, tmp_path)
    assert engine.rows("SELECT id, employer FROM subjects ORDER BY _row") == [
        ("s1", "Acme\ufffd"), ("s2", None)]
    assert [(i["row"], i["column"]) for i in issues(engine, "bad_encoding")] == [(1, "employer")]


def test_values_no_normaliser_can_read_become_warnings_with_row_and_column(tmp_path):
    from conftest import make_bundle
    from ringwatch.engines import DuckDBEngine
    from ringwatch.load import load_bundle
    from ringwatch.normalise.stage import normalise_bundle, report_unreadable_values

    bundle = make_bundle(tmp_path, subjects=[
        {"id": "ok", "email": "a@example.org", "phone": "+1 415 555 2671", "country": "US"},
        {"id": "bad", "email": "not-an-email", "phone": "12", "country": "US", "signup_ip": "999.1.1.1"},
    ])
    engine = DuckDBEngine()
    report = load_bundle(engine, bundle)
    normalise_bundle(engine)
    assert report_unreadable_values(engine, report) == 3
    rows = engine.rows('SELECT file, "row", "column", code FROM load_issues ORDER BY "column"')
    assert rows == [("subjects.csv", 2, "email", "invalid_email"), ("subjects.csv", 2, "phone", "invalid_phone"),
                    ("subjects.csv", 2, "signup_ip", "invalid_ip")]
    assert report.warnings == 3
