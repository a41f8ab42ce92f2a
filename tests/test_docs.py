"""The README tells the truth about the catalogue and the commands."""

from pathlib import Path

from ringwatch.signals.registry import SOURCES, markdown_table

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_readme_carries_the_current_signal_catalogue():
    assert markdown_table() in README, "regenerate with `ringwatch signals --markdown`"


def test_readme_names_every_source():
    for key in SOURCES:
        assert key in README


def test_readme_has_the_two_setup_lines():
    assert "pip install . && ringwatch demo" in README
    assert "pip install '.[test]' && pytest" in README
