"""Near-duplicate resumes: clones match, template users do not, every format reads."""

from __future__ import annotations

from pathlib import Path

import docx
import matplotlib
import numpy as np
import pytest
from datasketch import MinHash

from ringwatch.engines import DuckDBEngine
from ringwatch.link.text import (
    lsh_bands,
    minhash_permutations,
    minhash_signatures,
    normalise_resume,
    read_resume,
    resume_pairs_stage,
    resume_signatures,
)

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402  (after choosing the headless backend)

SYLLABLES = ["ka", "lo", "mi", "ner", "tos", "va", "qui", "bre", "dan", "el", "fo", "gu", "hor", "ist", "jun"]
TEMPLATE = (
    "professional summary results driven professional with a proven track record of delivering "
    "high quality solutions on time and within budget in fast paced environments "
    "core competencies strong communication skills excellent problem solving abilities and a "
    "passion for continuous learning and professional growth "
    "work experience responsible for collaborating with cross functional teams to design develop "
    "test and deploy scalable applications that meet business requirements "
    "education bachelor of science degree awarded with honours from an accredited university "
    "references available upon request from previous employers and colleagues "
    "i am a dedicated team player who thrives under pressure and adapts quickly to new technologies "
    "and i am committed to writing clean maintainable and well documented code every single day"
)


def vocabulary(rng: np.random.Generator, size: int = 2000) -> list[str]:
    return sorted({"".join(rng.choice(SYLLABLES, int(rng.integers(2, 4)))) for _ in range(size * 2)})[:size]


def prose(rng: np.random.Generator, words: list[str], n_words: int) -> str:
    """Sentences of random vocabulary: text no other document shares."""
    sentences, left = [], n_words
    while left > 0:
        length = min(left, int(rng.integers(8, 16)))
        sentences.append(" ".join(rng.choice(words, length)).capitalize() + ".")
        left -= length
    return " ".join(sentences)


def person_resume(rng: np.random.Generator, words: list[str], name: str, n_words: int = 220) -> str:
    return f"{name}\n{name.lower().replace(' ', '.')}@example.com | +1 (415) 555-{rng.integers(1000, 9999)}\n" \
           f"https://github.com/{name.split()[0].lower()}\n\n{prose(rng, words, n_words)}"


@pytest.fixture(scope="module")
def words() -> list[str]:
    return vocabulary(np.random.default_rng(7))


def subjects_engine(resumes: dict[str, str | None]) -> DuckDBEngine:
    engine = DuckDBEngine()
    engine.sql("CREATE TABLE subjects (id VARCHAR, resume VARCHAR)")
    engine.con.executemany("INSERT INTO subjects VALUES (?, ?)", list(resumes.items()))
    return engine


def pairs(engine: DuckDBEngine) -> dict[tuple[str, str], float]:
    return {(a, b): s for a, b, s in engine.rows("SELECT a, b, similarity FROM resume_pairs")}


# -- reading ---------------------------------------------------------------------------------

def test_every_format_reads(tmp_path: Path) -> None:
    text = "Senior backend engineer with Python and Go experience"
    (tmp_path / "cv.txt").write_text(text)
    (tmp_path / "cv.md").write_text(f"# Resume\n\n{text}")
    document = docx.Document()
    document.add_paragraph(text)
    document.save(tmp_path / "cv.docx")
    figure = plt.figure()
    figure.text(0.05, 0.5, text)
    figure.savefig(tmp_path / "cv.pdf")
    plt.close(figure)
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 nothing else")

    for name in ("cv.txt", "cv.docx", "cv.pdf"):
        assert normalise_resume(read_resume(name, tmp_path)) == normalise_resume(text), name
    assert normalise_resume(read_resume("cv.md", tmp_path)) == "resume " + normalise_resume(text)
    assert read_resume(text, tmp_path) == text  # inline text
    assert read_resume("missing.docx", tmp_path) is None
    assert read_resume("broken.pdf", tmp_path) is None
    assert read_resume(None, tmp_path) is None


def test_normalisation_ignores_contact_details_and_case() -> None:
    a = "Jane Doe — jane.doe@gmail.com, +1 415 555 0101, https://linkedin.com/in/jdoe. Café OWNER 2019"
    b = "jane doe - jd1987@proton.me, (212) 555-9999, www.jdoe.dev. Cafe owner 2021"
    assert normalise_resume(a) == normalise_resume(b) == "jane doe cafe owner"


# -- signatures ------------------------------------------------------------------------------

def test_signatures_equal_datasketch() -> None:
    rng = np.random.default_rng(3)
    hashes = rng.integers(0, 2**32, 300, dtype=np.uint64)
    counts = np.array([100, 0, 200])
    signatures = minhash_signatures(hashes, counts, num_perm=32)
    for row, (start, end) in zip((0, 2), ((0, 100), (100, 300))):
        reference = MinHash(num_perm=32, hashfunc=lambda h: h, scheme="affine32")
        assert np.array_equal(reference.permutations[0], minhash_permutations(32)[0])
        reference.update_batch([int(h) for h in hashes[start:end]])
        assert np.array_equal(signatures[row], reference.hashvalues)
    assert (signatures[1] == np.iinfo(np.uint32).max).all()


def test_signature_table_shape_and_nulls(tmp_path: Path, words: list[str]) -> None:
    rng = np.random.default_rng(1)
    text = person_resume(rng, words, "Ann Lee")
    table = resume_signatures([text, None, "missing.pdf", "ok"], tmp_path)
    rows = table.to_pylist()
    assert len(rows[0]["sig"]) == 64 and rows[0]["n_shingles"] > 150
    empty = {"sig": None, "n_shingles": None, "n_boilerplate": None, "text_hash": None}
    assert rows[1] == empty | {"error": None}
    assert rows[2] == empty | {"error": "not found in the bundle"}  # why the file was not read
    assert rows[3]["sig"] is None and rows[3]["n_shingles"] == 0  # readable, too short to shingle


def test_bands_fit_threshold() -> None:
    bands, rows = lsh_bands(0.6)
    assert bands * rows <= 64
    # A pair at the threshold must very likely share a band.
    assert 1 - (1 - 0.6**rows) ** bands > 0.85


# -- the stage -------------------------------------------------------------------------------

def test_clones_match_and_exact_copies_score_one(tmp_path: Path, words: list[str]) -> None:
    rng = np.random.default_rng(11)
    base = person_resume(rng, words, "Kim Park")
    body = base.split("\n\n", 1)[1]
    sentences = body.split(". ")
    sentences[3] = prose(rng, words, 12).rstrip(".")
    clone = person_resume(rng, words, "Lee Wong").split("\n\n")[0] + "\n\n" + ". ".join(sentences)
    (tmp_path / "kim.txt").write_text(base)
    resumes: dict[str, str | None] = {
        "kim": "kim.txt",
        "kim_copy": base.replace("555-", "555-9").replace("kim.park", "k.park"),  # contact edits only
        "lee": clone,
        "unreadable": "lost.docx",
    }
    resumes |= {f"other{i}": person_resume(rng, words, f"Other Person{i}") for i in range(20)}
    engine = subjects_engine(resumes)

    resume_pairs_stage(engine, tmp_path)

    found = pairs(engine)
    assert found[("kim", "kim_copy")] == 1.0
    assert found[("kim", "lee")] >= 0.6
    assert found[("kim_copy", "lee")] >= 0.6
    assert set(found) == {("kim", "kim_copy"), ("kim", "lee"), ("kim_copy", "lee")}
    assert engine.scalar("SELECT count(*) FROM resume_signatures WHERE subject_id = 'unreadable'") == 0
    assert engine.scalar("SELECT count(DISTINCT band) FROM resume_bands") == lsh_bands(0.6)[0]


def template_resume(rng: np.random.Generator, words: list[str], name: str, own_words: int) -> str:
    return f"{name}\n{TEMPLATE}\n{prose(rng, words, own_words)}"


def test_template_users_do_not_match_but_template_clones_do(tmp_path: Path, words: list[str]) -> None:
    rng = np.random.default_rng(5)
    template_words = len(TEMPLATE.split())
    own = template_words // 4  # 80% boilerplate: unfiltered Jaccard would be ~0.67
    resumes: dict[str, str | None] = {
        f"user{i:02d}": template_resume(rng, words, f"User Number{i}", own) for i in range(30)
    }
    # A ring that fills the same popular template with one shared story.
    ring_story = prose(rng, words, own)
    resumes |= {f"ring{i}": f"Ring Member{i}\n{TEMPLATE}\n{ring_story}" for i in range(3)}

    engine = subjects_engine(resumes)
    resume_pairs_stage(engine, tmp_path)
    found = pairs(engine)
    assert set(found) == {("ring0", "ring1"), ("ring0", "ring2"), ("ring1", "ring2")}
    assert engine.scalar("SELECT min(n_boilerplate) FROM resume_docs") > 0

    # Without the boilerplate filter the same template users would pair up: the filter
    # is what keeps them apart.
    unfiltered = resume_signatures(list(resumes.values()), tmp_path, boilerplate_min_docs=10_000)
    sig = np.array(unfiltered.column("sig").to_pylist())
    assert (sig[0] == sig[1]).mean() >= 0.5


def test_the_stage_through_the_engines_workers_equals_the_in_process_signatures(
        tmp_path: Path, words: list[str], monkeypatch) -> None:
    """The stage shingles and MinHashes per document through `engine.map_distinct` (here on
    two workers) and counts boilerplate in SQL; `resume_signatures` does it all in this
    process over the same documents: every document's columns must be equal."""
    import ringwatch.link.text as text

    monkeypatch.setenv("RINGWATCH_WORKERS", "2")
    monkeypatch.setattr(text, "PARALLEL_MIN_SIGNATURES", 100)
    rng = np.random.default_rng(9)
    template = prose(rng, words, 60)  # boilerplate shared by many documents
    texts: list[str] = [prose(rng, words, 40) + (" " + template if i % 3 == 0 else "")
                        for i in range(2_100)] + ["gone.pdf", "short text", ""]
    texts += [texts[5], texts[6].upper()]  # equal documents once normalised
    resumes = {f"s{i:05d}": t for i, t in enumerate(texts)}
    engine = subjects_engine(resumes)
    resume_pairs_stage(engine, tmp_path)
    assert engine.pooled_maps >= 1  # the workers were used
    docs = engine.arrow("SELECT * FROM resume_docs ORDER BY doc")
    inputs = docs.column("input").to_pylist()
    assert sorted(inputs) == sorted(set(texts))
    serial = resume_signatures(inputs, tmp_path)
    for column in ("sig", "n_shingles", "n_boilerplate", "text_hash", "error"):
        assert docs.column(column).to_pylist() == serial.column(column).to_pylist(), column
    assert max(n for n in serial.column("n_boilerplate").to_pylist() if n is not None) > 0
    engine.close()
