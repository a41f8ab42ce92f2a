"""Hostile and broken bundles (issue 7): nothing lost silently, nothing read outside the bundle,
resources bounded, clear messages instead of tracebacks."""

from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from PIL import Image

from ringwatch import bundle_paths
from conftest import issues, write
from ringwatch.errors import BundleError
from ringwatch.limits import Limits, LimitsError
from ringwatch.load import load_bundle


@pytest.fixture
def engine(loader_engine):
    return loader_engine


def jpeg(size=(16, 16), colour="red") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG")
    return out.getvalue()


def png(size=(16, 16), colour="blue") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


# -- item 2: one parser for header and body, the record count checked --------------------------

def test_stray_quote_in_the_header_is_a_clear_error_not_zero_subjects(engine, tmp_path):
    write(tmp_path / "subjects.csv", '"full_name,id\nAnn,s1\nBo,s2\n')
    with pytest.raises(BundleError, match="subjects.csv") as err:
        load_bundle(engine, tmp_path)
    assert err.value.issues and err.value.issues[0].severity == "error"
    assert "Traceback" not in str(err.value)


def test_quoted_line_break_in_a_header_name_is_a_clear_error(engine, tmp_path):
    write(tmp_path / "subjects.csv", 'id,"full\nname"\ns1,Ann\ns2,Bo\n')
    with pytest.raises(BundleError, match=r"column 2's name .*line break") as err:
        load_bundle(engine, tmp_path)
    assert err.value.issues[0].code == "bad_column_name"


def test_quoted_line_breaks_in_values_and_blank_lines_keep_every_record(engine, tmp_path):
    write(tmp_path / "subjects.csv",
          'id,address,note\r\ns1,"1 Main St\r\nSpringfield",5\'11"\r\n\r\ns2,"a ""quoted"" word",x\r\n')
    report = load_bundle(engine, tmp_path)
    assert report.rows == {"subjects": 2}
    assert engine.rows("SELECT id, address, note FROM subjects ORDER BY _row") == [
        ("s1", "1 Main St\r\nSpringfield", "5'11\""), ("s2", 'a "quoted" word', "x")]


def test_a_parse_that_returns_fewer_records_than_the_file_holds_is_an_error(engine, tmp_path, monkeypatch):
    from ringwatch import load

    write(tmp_path / "subjects.csv", "id\ns1\ns2\n")
    # Simulate a reader that silently drops a record: the independent count must notice.
    monkeypatch.setattr(load, "_count_csv_records", lambda path, width: 4)
    monkeypatch.setattr(load, "_count_csv_records_slowly", lambda path, width: 4)
    with pytest.raises(BundleError, match="returned 3 records but the file holds 4") as err:
        load_bundle(engine, tmp_path)
    assert err.value.issues[0].code == "record_count_mismatch"


def test_record_counter_agrees_with_the_reader(tmp_path):
    from ringwatch.load import _count_csv_records, _count_csv_records_slowly

    cases = {
        "id,a\n1,x\n2,y\n": 3, "id,a\n1,x\n2,y": 3, "id,a\n\n1,x\n\n": 2, "id,a\r\n1,\"x\ny\"\r\n": 2,
        "id\n1\n\n2\n": 4, "id,a\r1,x\r2,y\r": 3,
    }
    for text, expected in cases.items():
        path = write(tmp_path / "t.csv", text)
        width = len(text.splitlines()[0].split(","))
        fast = _count_csv_records(path, width)
        assert expected in (fast, _count_csv_records_slowly(path, width)), text


# -- item 4: out-of-range dates and timestamps -------------------------------------------------

@pytest.mark.parametrize("value", ["infinity", "-infinity", "10000-01-01", "-0044-03-15", "epoch",
                                   "2024-01-01 10:00+99:00", "1850-06-01", "2150-01-01T00:00:00Z"])
def test_out_of_range_timestamp_is_a_warning_and_emptied(engine, tmp_path, value):
    write(tmp_path / "subjects.csv", f"id,created_at\ns1,{value}\ns2,2024-05-01T10:00:00+02:00\n")
    report = load_bundle(engine, tmp_path)
    rows = engine.rows("SELECT created_at FROM subjects ORDER BY _row")
    assert rows[0] == (None,) and rows[1][0] is not None
    [issue] = [i for i in issues(engine) if i["row"] == 1]
    assert (issue["file"], issue["column"], issue["severity"]) == ("subjects.csv", "created_at", "warning")
    assert issue["code"] in ("bad_timestamp", "date_out_of_range")
    assert report.warnings == 1


@pytest.mark.parametrize("value", ["1899-12-31", "infinity", "epoch", "3000-01-01", "-0044-03-15"])
def test_birth_dates_before_1900_or_in_the_future_are_warnings(engine, tmp_path, value):
    write(tmp_path / "subjects.csv", f"id,birth_date\ns1,{value}\ns2,1990-01-02\n")
    load_bundle(engine, tmp_path)
    assert engine.rows("SELECT birth_date IS NULL FROM subjects ORDER BY _row") == [(True,), (False,)]
    [issue] = issues(engine)
    assert (issue["row"], issue["column"]) == (1, "birth_date")


# -- item 5: one safe resolver for every path a bundle names -----------------------------------

@pytest.fixture
def outside(tmp_path) -> Path:
    """A secret file outside the bundle, and the bundle folder next to it."""
    write(tmp_path / "secret" / "passwd.txt", "root:x:0:0:root:/root:/bin/bash\n" * 20)
    write(tmp_path / "secret" / "face.png", png())
    (tmp_path / "bundle").mkdir()
    return tmp_path / "secret"


def test_absolute_dotdot_and_symlinked_paths_are_refused(engine, tmp_path, outside):
    bundle = tmp_path / "bundle"
    os.symlink(outside / "passwd.txt", bundle / "cv_link.txt")
    os.symlink(outside / "face.png", bundle / "face_link.png")
    os.symlink(outside / "nothing.txt", bundle / "dangling.txt")
    write(bundle / "ok.txt", "A resume inside the bundle")
    write(bundle / "subjects.csv",
          "id,resume,photo\n"
          f"s1,{outside / 'passwd.txt'},{outside / 'face.png'}\n"
          "s2,../secret/passwd.txt,../secret/face.png\n"
          "s3,cv_link.txt,face_link.png\n"
          "s4,dangling.txt,\n"
          "s5,ok.txt,\n")
    load_bundle(engine, bundle)
    assert engine.rows("SELECT resume, photo FROM subjects ORDER BY _row") == [
        (None, None), (None, None), (None, None), (None, None), ("ok.txt", None)]
    found = issues(engine)
    assert {(i["row"], i["column"]) for i in found} == {
        (1, "resume"), (1, "photo"), (2, "resume"), (2, "photo"), (3, "resume"), (3, "photo"), (4, "resume")}
    assert all(i["severity"] == "warning" for i in found)
    # An outside link to an existing file reads the same as one to nothing.
    messages = {i["row"]: i["message"] for i in found if i["column"] == "resume"}
    assert messages[3].replace("cv_link", "X") == messages[4].replace("dangling", "X")


def test_warnings_do_not_tell_which_outside_paths_exist(engine, tmp_path, outside):
    bundle = tmp_path / "bundle"
    write(bundle / "subjects.csv",
          f"id,photo\ns1,{outside / 'face.png'}\ns2,{outside / 'gone.png'}\n"
          "s3,../secret/face.png\ns4,../secret/gone.png\n")
    os.symlink(outside / "face.png", bundle / "a.png")
    os.symlink(outside / "gone.png", bundle / "b.png")
    write(bundle / "subjects.csv", (bundle / "subjects.csv").read_text() + "s5,a.png\ns6,b.png\n")
    load_bundle(engine, bundle)
    by_row = {i["row"]: (i["code"], i["message"]) for i in issues(engine)}
    assert len(by_row) == 6
    for existing, missing in ((1, 2), (3, 4), (5, 6)):
        code_a, message_a = by_row[existing]
        code_b, message_b = by_row[missing]
        assert code_a == code_b
        # names of one length, so a message cut at its length limit is cut at the same place
        strip = lambda m: m.replace("face", "?").replace("gone", "?").replace("a.png", "?").replace("b.png", "?")
        assert strip(message_a) == strip(message_b)


def test_fifo_and_folder_named_as_files_are_refused_without_hanging(engine, tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "folder.png").mkdir()
    write(tmp_path / "subjects.csv", "id,resume,photo\ns1,pipe.txt,folder.png\n")
    load_bundle(engine, tmp_path)
    found = issues(engine)
    assert {(i["column"], i["code"]) for i in found} == {("resume", "not_regular_file"),
                                                         ("photo", "not_regular_file")}


def test_table_file_linked_from_outside_is_refused(engine, tmp_path, outside):
    bundle = tmp_path / "bundle"
    write(outside / "subjects.csv", "id\ns1\n")
    os.symlink(outside / "subjects.csv", bundle / "subjects.csv")
    with pytest.raises(BundleError, match="only regular files inside the bundle"):
        load_bundle(engine, bundle)


def test_resolver_units(tmp_path):
    write(tmp_path / "b" / "x.txt", "hi")
    bundle = tmp_path / "b"
    assert bundle_paths.read_bundle_file(bundle, " x.txt ", bundle_paths.RESUME) == b"hi"
    for bad in ("/etc/passwd", "../b/x.txt", "a/../../x", "~/x.txt", "C:\\x.txt", "x\x00.txt", ""):
        with pytest.raises(bundle_paths.Refused):
            bundle_paths.read_bundle_file(bundle, bad, bundle_paths.RESUME)


def test_link_stages_never_open_outside_files(tmp_path, outside):
    """The stages read through the same resolver: even a path the loader never saw is refused."""
    from ringwatch.link.images import photo_hashes
    from ringwatch.link.text import read_resume_checked

    bundle = tmp_path / "bundle"
    os.symlink(outside / "passwd.txt", bundle / "cv.txt")
    assert read_resume_checked("cv.txt", bundle) == (None, "not found in the bundle")
    assert read_resume_checked(str(outside / "passwd.txt"), bundle)[0] is None
    table = photo_hashes(["../secret/face.png", str(outside / "face.png")], bundle)
    assert table.column("hashes").to_pylist() == [None, None]


# -- item 6: glob characters in the bundle path ------------------------------------------------

@pytest.mark.parametrize("name", ["bundle*", "bund?e", "bundle[1]"])
def test_glob_characters_in_the_bundle_path_are_literal(engine, tmp_path, name):
    write(tmp_path / name / "subjects.csv", "id\nmine\n")
    write(tmp_path / name / "logins.jsonl", '{"subject_id": "mine", "ip": "1.1.1.1"}\n')
    # Siblings the glob would match
    for sibling in ("bundle-other", "bundle1", "bundXe"):
        write(tmp_path / sibling / "subjects.csv", "id\nother\n")
        write(tmp_path / sibling / "logins.jsonl", '{"subject_id": "other", "ip": "2.2.2.2"}\n')
    report = load_bundle(engine, tmp_path / name)
    assert engine.rows("SELECT id FROM subjects") == [("mine",)]
    assert engine.rows("SELECT subject_id FROM logins") == [("mine",)]
    assert report.rows == {"subjects": 1, "logins": 1}


def test_glob_characters_in_a_parquet_bundle_path(engine, tmp_path):
    pq.write_table(pa.table({"id": ["mine"]}), write(tmp_path / "b*" / "x", "") and tmp_path / "b*" / "subjects.parquet")
    (tmp_path / "b*" / "x").unlink()
    pq.write_table(pa.table({"id": ["other"]}), write(tmp_path / "bX" / "x", "") and tmp_path / "bX" / "subjects.parquet")
    load_bundle(engine, tmp_path / "b*")
    assert engine.rows("SELECT id FROM subjects") == [("mine",)]


# -- item 7 and 13: reserved, duplicate, empty and overlong column names -----------------------

@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
@pytest.mark.parametrize("reserved", ["rowid", "_row", "ROWID"])
def test_reserved_column_names_are_kept_under_another_name(engine, tmp_path, fmt, reserved):
    data = {"id": ["s1", "s2"], reserved: ["a", "b"]}
    if fmt == "csv":
        write(tmp_path / "subjects.csv", f"id,{reserved}\ns1,a\ns2,b\n")
        write(tmp_path / "logins.csv", f"subject_id,{reserved}\ns1,x\n")
    elif fmt == "jsonl":
        write(tmp_path / "subjects.jsonl", "".join(json.dumps({"id": i, reserved: v}) + "\n"
                                                  for i, v in zip(data["id"], data[reserved])))
        write(tmp_path / "logins.jsonl", json.dumps({"subject_id": "s1", reserved: "x"}) + "\n")
    else:
        pq.write_table(pa.table(data), tmp_path / "subjects.parquet")
        pq.write_table(pa.table({"subject_id": ["s1"], reserved: ["x"]}), tmp_path / "logins.parquet")
    report = load_bundle(engine, tmp_path)
    kept = f"{reserved}_in_file"
    assert engine.rows(f'SELECT id, "{kept}", _row FROM subjects ORDER BY _row') == [("s1", "a", 1), ("s2", "b", 2)]
    assert engine.rows(f'SELECT subject_id, "{kept}" FROM logins') == [("s1", "x")]
    assert report.issue_counts[("warning", "reserved_column")] == 2


def test_duplicate_column_names_are_a_clear_error(engine, tmp_path):
    write(tmp_path / "subjects.csv", "id,email,email\ns1,a,b\n")
    with pytest.raises(BundleError, match="column 3 has the same name as column 2") as err:
        load_bundle(engine, tmp_path)
    assert err.value.issues[0].code == "duplicate_column"


def test_duplicate_parquet_column_names_are_a_clear_error(engine, tmp_path):
    table = pa.Table.from_arrays([pa.array(["s1"]), pa.array(["a"]), pa.array(["b"])],
                                 names=["id", "team", "team"])
    pq.write_table(table, tmp_path / "subjects.parquet")
    with pytest.raises(BundleError) as err:
        load_bundle(engine, tmp_path)
    assert err.value.issues[0].code in ("duplicate_column", "unreadable_file")


def test_empty_column_names_are_kept_as_column_n_with_a_warning(engine, tmp_path):
    write(tmp_path / "subjects.csv", "id,,name,\ns1,x,Ann,\n")
    report = load_bundle(engine, tmp_path)
    assert engine.rows("SELECT id, column_2, name, column_4 FROM subjects") == [("s1", "x", "Ann", None)]
    assert report.issue_counts[("warning", "empty_column_name")] == 2


def test_header_cell_over_the_limit_is_a_clear_error(engine, tmp_path):
    write(tmp_path / "subjects.csv", "id," + "x" * 200_000 + "\ns1,a\n")
    with pytest.raises(BundleError, match="200,000 characters long") as err:
        load_bundle(engine, tmp_path)
    assert len(str(err.value)) < 1_000
    assert err.value.issues[0].code == "bad_column_name"


# -- item 9, 10, 11: photos and resumes that cannot or must not be read ------------------------

def docx_bomb(declared: int) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * declared)
    return out.getvalue()


def test_unreadable_photos_and_resumes_are_warnings_counted_in_the_report(engine, tmp_path):
    write(tmp_path / "good.jpg", jpeg())
    write(tmp_path / "corrupt.jpg", b"\xff\xd8\xff\xe0 not really a jpeg")
    write(tmp_path / "eps.jpg", b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\nshowpage\n")
    write(tmp_path / "gif.png", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    write(tmp_path / "broken.pdf", b"this is not a pdf")
    write(tmp_path / "broken.docx", b"PK\x03\x04 not a zip")
    write(tmp_path / "bomb.docx", docx_bomb(60_000_000))
    write(tmp_path / "subjects.csv",
          "id,photo,resume\n"
          "s1,good.jpg,\n"
          "s2,corrupt.jpg,broken.pdf\n"
          "s3,eps.jpg,broken.docx\n"
          "s4,gif.png,bomb.docx\n")
    report = load_bundle(engine, tmp_path)
    assert engine.rows("SELECT photo, resume FROM subjects ORDER BY _row") == [
        ("good.jpg", None), (None, None), (None, None), (None, None)]
    found = issues(engine, "unreadable_file")
    assert {(i["row"], i["column"]) for i in found} == {
        (2, "photo"), (3, "photo"), (4, "photo"), (2, "resume"), (3, "resume"), (4, "resume")}
    assert all(i["file"] == "subjects.csv" and i["severity"] == "warning" for i in found)
    bomb = next(i for i in found if i["row"] == 4 and i["column"] == "resume")
    assert "RINGWATCH_MAX_DOCUMENT_BYTES" in bomb["message"]
    assert any("not a JPEG or PNG" in i["message"] for i in found if i["row"] == 3)
    assert report.issue_counts[("warning", "unreadable_file")] == 6


def test_photo_over_the_pixel_limit_is_refused_from_its_header(engine, tmp_path, monkeypatch):
    # A 13000 x 13000 PNG compresses to a few hundred KB and would decode to 500 MB.
    write(tmp_path / "huge.png", png((4000, 4000), "white"))
    write(tmp_path / "subjects.csv", "id,photo\ns1,huge.png\n")
    monkeypatch.setenv("RINGWATCH_MAX_IMAGE_PIXELS", "1000000")
    load_bundle(engine, tmp_path)
    [issue] = issues(engine)
    assert "4000x4000 pixels" in issue["message"] and "RINGWATCH_MAX_IMAGE_PIXELS" in issue["message"]


def test_open_photo_checks_pixels_before_decoding(monkeypatch):
    from ringwatch.link.images import PhotoError, open_photo

    data = png((3000, 3000), "white")
    with pytest.raises(PhotoError, match="3000x3000"):
        open_photo(io.BytesIO(data), Limits(max_image_pixels=1_000_000))
    with pytest.raises(PhotoError, match="not a JPEG or PNG"):
        open_photo(io.BytesIO(b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"))


def test_huge_sparse_text_resume_is_refused_by_size_without_reading(engine, tmp_path, monkeypatch):
    with open(tmp_path / "cv.txt", "wb") as handle:
        handle.truncate(1 << 30)  # 1 GB, sparse: costs nothing on disk
    write(tmp_path / "subjects.csv", "id,resume\ns1,cv.txt\n")
    load_bundle(engine, tmp_path)
    [issue] = issues(engine)
    assert issue["code"] == "file_too_large" and "RINGWATCH_MAX_RESUME_BYTES" in issue["message"]
    # The stage's reader refuses it too, and never reads more than the cap.
    from ringwatch.link.text import read_resume_checked

    text, error = read_resume_checked("cv.txt", tmp_path)
    assert text is None and "RINGWATCH_MAX_RESUME_BYTES" in error


def test_docx_zip_bomb_is_refused_before_decompressing():
    from ringwatch.link.text import ResumeError, document_text

    with pytest.raises(ResumeError, match="RINGWATCH_MAX_DOCUMENT_BYTES"):
        document_text(".docx", docx_bomb(60_000_000))


def test_docx_member_lying_about_its_size_cannot_decompress_past_it():
    """zipfile stops a member at its declared size and checks its CRC: patch the declared size
    down and the read fails instead of inflating."""
    from ringwatch.link.text import ResumeError, document_text

    data = bytearray(docx_bomb(10_000_000))
    # Patch the central directory's uncompressed size of word/document.xml to 100 bytes.
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("word/document.xml")
    marker = data.rfind(b"PK\x01\x02")
    while marker >= 0:
        name_len = int.from_bytes(data[marker + 28:marker + 30], "little")
        if data[marker + 46:marker + 46 + name_len] == b"word/document.xml":
            data[marker + 24:marker + 28] = (100).to_bytes(4, "little")
        marker = data.rfind(b"PK\x01\x02", 0, marker)
    assert info.file_size == 10_000_000
    with pytest.raises(ResumeError):
        document_text(".docx", bytes(data))


def test_unreadable_files_found_by_the_link_stages_become_warnings(engine, tmp_path):
    """A photo whose header is fine but whose data is not, and a PDF that starts like one but
    cannot be parsed, are found only when decoded: the stages record them too."""
    from ringwatch.link.images import photo_pairs_stage
    from ringwatch.link.text import resume_pairs_stage

    good = png((64, 64), "green")
    write(tmp_path / "truncated.png", good[: len(good) // 2])
    write(tmp_path / "bad.pdf", b"%PDF-1.4\n1 0 obj garbage\n%%EOF\n")
    write(tmp_path / "subjects.csv", "id,photo,resume\ns1,truncated.png,bad.pdf\n")
    load_bundle(engine, tmp_path)
    photo_pairs_stage(engine, tmp_path)
    resume_pairs_stage(engine, tmp_path)
    found = {(i["row"], i["column"], i["code"]) for i in issues(engine)}
    assert (1, "photo", "unreadable_file") in found
    assert (1, "resume", "unreadable_file") in found


# -- item 10, 13: limits on columns and fields --------------------------------------------------

def test_ten_thousand_columns_are_refused_quickly(engine, tmp_path):
    import time

    header = "id," + ",".join(f"c{i}" for i in range(10_000))
    write(tmp_path / "subjects.csv", header + "\n" + "s1," + ",".join("x" * 10_000) + "\n")
    start = time.monotonic()
    with pytest.raises(BundleError, match="RINGWATCH_MAX_COLUMNS") as err:
        load_bundle(engine, tmp_path)
    assert time.monotonic() - start < 10
    assert err.value.issues[0].code == "too_many_columns"


def test_long_field_is_truncated_with_a_warning_and_never_printed_whole(engine, tmp_path, monkeypatch):
    monkeypatch.setenv("RINGWATCH_MAX_FIELD_CHARS", "1000")
    long = "y" * 2_500_000
    write(tmp_path / "subjects.csv", f"id,full_name,notes\ns1,Ann,{long}\ns2,Bo,short\n")
    report = load_bundle(engine, tmp_path)
    assert engine.rows("SELECT id, length(notes) FROM subjects ORDER BY _row") == [("s1", 1000), ("s2", 5)]
    [issue] = issues(engine, "field_too_long")
    assert (issue["row"], issue["column"]) == (1, "notes")
    assert len(issue["message"]) < 300
    assert report.warnings == 1


def test_record_over_the_line_limit_is_an_error_that_does_not_print_the_line(engine, tmp_path, monkeypatch):
    monkeypatch.setenv("RINGWATCH_MAX_RECORD_BYTES", "100000")
    write(tmp_path / "subjects.csv", "id,notes\ns1," + "z" * 300_000 + "\n")
    with pytest.raises(BundleError) as err:
        load_bundle(engine, tmp_path)
    assert len(str(err.value)) < 1_000


# -- item 10: the limits themselves -------------------------------------------------------------

def test_limits_read_and_validate_the_environment():
    limits = Limits.from_env({"RINGWATCH_MAX_PHOTO_BYTES": "5MB", "RINGWATCH_MAX_COLUMNS": "200",
                              "RINGWATCH_MAX_RESUME_BYTES": "2MiB"})
    assert (limits.max_photo_bytes, limits.max_columns, limits.max_resume_bytes) == (5_000_000, 200, 2 << 20)
    assert Limits.from_env({}) == Limits()
    for name, value in (("RINGWATCH_MAX_COLUMNS", "lots"), ("RINGWATCH_MAX_COLUMNS", "10MB"),
                        ("RINGWATCH_MAX_PHOTO_BYTES", "0"), ("RINGWATCH_MAX_PHOTO_BYTES", "-5"),
                        ("RINGWATCH_MAX_FIELD_CHARS", "1.5")):
        with pytest.raises(LimitsError, match=name):
            Limits.from_env({name: value})
