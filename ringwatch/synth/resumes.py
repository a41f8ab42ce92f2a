"""Resumes: text drawn from a document seed, lightly edited copies, and shared templates.

A resume is written as inline text or as a .txt, .md, .docx (python-docx) or .pdf file. The
PDF writer is a minimal valid single-font PDF: enough for text extraction, no extra dependency.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from anyascii import anyascii

from .vocab import (BULLET_OBJECTS, BULLET_VERBS, DEGREES, JOB_TITLES, SKILLS, SUMMARY_SENTENCES,
                    TEMPLATE_BOILERPLATE, UNIVERSITIES)

FORMATS = ("inline", "txt", "md", "docx", "pdf")
_SWAPS = {"Built": "Created", "Led": "Headed", "Improved": "Enhanced", "Reduced": "Cut", "Designed": "Architected",
          "Developed": "Engineered", "years": "yrs", "production": "live", "reliable": "robust", "teams": "squads"}


def resume_lines(doc: int, name: str, email: str, phone: str, employers: list[str],
                 template: int = -1, edit: int = -1) -> list[str]:
    """The lines of one resume. Same `doc` gives the same career; `edit` perturbs it slightly."""
    rng = np.random.default_rng(doc)
    years = int(rng.integers(3, 15))
    title = JOB_TITLES[int(rng.integers(len(JOB_TITLES)))]
    skills = list(rng.choice(SKILLS, size=int(rng.integers(6, 12)), replace=False))
    jobs = []
    objects = iter(rng.permutation(len(BULLET_OBJECTS)).tolist())  # no achievement twice
    for k in range(int(rng.integers(2, 4))):
        company = employers[int(rng.integers(len(employers)))]
        bullets = []
        for _ in range(int(rng.integers(2, 5))):  # at most 3 jobs x 4 bullets < 16 objects
            obj = BULLET_OBJECTS[next(objects)]
            bullets.append(f"{BULLET_VERBS[int(rng.integers(len(BULLET_VERBS)))]} "
                           f"{obj.format(n=int(rng.integers(3, 500)), p=int(rng.integers(10, 80)))}")
        end = 2025 - k * int(rng.integers(1, 4))
        jobs.append((f"{JOB_TITLES[int(rng.integers(len(JOB_TITLES)))]}, {company}", f"{end - int(rng.integers(1, 4))}-{end}", bullets))
    summary = [SUMMARY_SENTENCES[int(i)].format(y=years) for i in rng.choice(len(SUMMARY_SENTENCES), 2, replace=False)]
    degree = f"{DEGREES[int(rng.integers(len(DEGREES)))]}, {UNIVERSITIES[int(rng.integers(len(UNIVERSITIES)))]}"

    if edit >= 0:
        erng = np.random.default_rng(edit)
        if len(jobs[0][2]) > 1 and erng.random() < 0.7:  # reorder a bullet
            b = jobs[0][2]
            i = int(erng.integers(len(b) - 1))
            b[i], b[i + 1] = b[i + 1], b[i]
        skills = skills[::-1] if erng.random() < 0.3 else skills

    if template >= 0:
        t = TEMPLATE_BOILERPLATE[template]
        headings, boiler = t[:4], t[4:]
        summary = [boiler[0], summary[0], boiler[1]]
    else:
        headings, boiler = ["Summary", "Skills", "Experience", "Education"], []
    lines = [name, f"{title} | {email} | {phone}", "", headings[0], *summary, "", headings[1], ", ".join(skills), "",
             headings[2]]
    for role, period, bullets in jobs:
        lines += [f"{role} ({period})", *[f"- {b}" for b in bullets]]
    lines += ["", headings[3], degree]
    if len(boiler) > 2:
        lines += ["", boiler[2]]
    if edit >= 0:
        erng = np.random.default_rng(edit + 1)
        for _ in range(int(erng.integers(1, 4))):  # a few words changed
            j = int(erng.integers(3, len(lines)))
            for a, b in _SWAPS.items():
                if a in lines[j]:
                    lines[j] = lines[j].replace(a, b, 1)
                    break
    return lines


def write_resume(path: Path, lines: list[str]) -> None:
    if path.suffix == ".txt":
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    elif path.suffix == ".md":
        md = [f"# {lines[0]}", lines[1]]
        for line in lines[2:]:
            md.append(f"## {line}" if line and not line.startswith("-") and line == line.strip() and
                      line in _headings(lines) else line)
        path.write_text("\n".join(md) + "\n", encoding="utf-8")
    elif path.suffix == ".docx":
        import docx
        d = docx.Document()
        d.add_heading(lines[0], 0)
        for line in lines[1:]:
            if line.startswith("- "):
                d.add_paragraph(line[2:], style="List Bullet")
            elif line:
                d.add_paragraph(line)
        d.save(str(path))
    elif path.suffix == ".pdf":
        path.write_bytes(simple_pdf(lines))
    else:
        raise ValueError(f"unknown resume format {path.suffix}")


def _headings(lines: list[str]) -> set[str]:
    return {lines[i + 1] for i, line in enumerate(lines[:-1]) if line == ""}


def _pdf_text(line: str) -> str:
    text = "".join(c if ord(c) < 256 else anyascii(c) for c in line)
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def simple_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with Helvetica text lines, with a correct cross-reference table."""
    content = ["BT", "/F1 10 Tf", "50 800 Td", "13 TL"]
    for line in lines[:58]:
        content.append(f"({_pdf_text(line)}) Tj T*")
    content.append("ET")
    stream = "\n".join(content).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for k, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{k} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
