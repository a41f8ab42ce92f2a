"""Photos (drawn faces, re-encodings, AI-style edits, office backdrops, the default avatar) and resumes (text, templates, files)."""
from __future__ import annotations

import io
import os
import zipfile

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance

from . import data as D

SIZE = 96


class Media:
    def __init__(self, world):
        self.w = world
        self.n_photos = 0
        self.n_resumes = 0
        self.default_avatar = "photos/default_avatar.png"
        self._write_default()

    # ---------------- photos ----------------
    def _face(self, seed, backdrop=None):
        g = np.random.default_rng(seed)
        if backdrop is None:
            bg = g.random((4, 4, 3)) * 200 + 30
        else:
            bg = np.random.default_rng(backdrop).random((4, 4, 3)) * 200 + 30
        img = Image.fromarray(bg.astype(np.uint8), "RGB").resize((SIZE, SIZE), Image.BICUBIC)
        d = ImageDraw.Draw(img)
        skin = tuple(int(x) for x in g.integers([90, 60, 40], [245, 200, 170]))
        cx, cy = SIZE // 2 + int(g.integers(-6, 7)), SIZE // 2 + int(g.integers(-4, 8))
        rw, rh = int(g.integers(22, 32)), int(g.integers(28, 38))
        hair = tuple(int(x) for x in g.integers(0, 120, 3))
        d.ellipse([cx - rw - 3, cy - rh - 8, cx + rw + 3, cy + rh // 3], fill=hair)
        d.ellipse([cx - rw, cy - rh, cx + rw, cy + rh], fill=skin)
        ey = cy - int(g.integers(4, 12))
        ex = int(g.integers(8, 14))
        for sx in (-1, 1):
            d.ellipse([cx + sx * ex - 3, ey - 2, cx + sx * ex + 3, ey + 2], fill=(30, 30, 40))
        my = cy + int(g.integers(10, 18))
        mw = int(g.integers(6, 12))
        d.line([cx - mw, my, cx + mw, my + int(g.integers(-2, 3))], fill=(120, 40, 40), width=2)
        d.rectangle([0, SIZE - 14, SIZE, SIZE], fill=tuple(int(x) for x in g.integers(0, 255, 3)))
        arr = np.asarray(img).astype(np.int16)
        arr = arr + g.integers(-6, 7, arr.shape)
        return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")

    def _save(self, img, stem, fmt=None):
        fmt = fmt or ("JPEG" if self.w.r.random() < 0.8 else "PNG")
        ext = "jpg" if fmt == "JPEG" else "png"
        rel = f"photos/{stem}.{ext}"
        path = os.path.join(self.w.bundle, rel)
        if fmt == "JPEG":
            img.save(path, "JPEG", quality=self.w.r.choice([72, 80, 85, 90]))
        else:
            img.save(path, "PNG")
        self.n_photos += 1
        return rel

    def photo(self, face_seed, backdrop=None):
        """A new file of a person's face (another upload of the same face is another file, re-encoded)."""
        img = self._face(face_seed, backdrop)
        r = self.w.r
        if r.random() < 0.5:
            c = r.randrange(0, 5)
            img = img.crop((c, c, SIZE - c, SIZE - c)).resize((SIZE, SIZE))
        if r.random() < 0.3:
            img = ImageEnhance.Brightness(img).enhance(r.uniform(0.9, 1.1))
        return self._save(img, self.w.hx(12))

    def edited(self, face_seed, edit_seed):
        """An AI-style edit of a base face: another hair and skin tone, a new background, slight warp; the geometry stays."""
        r = self.w.r
        base = self._face(face_seed)
        g = np.random.default_rng(edit_seed)
        arr = np.asarray(base).astype(np.int16)
        arr[:, :, :] = arr + g.integers(-18, 19, 3)
        top = int(g.integers(8, 20))
        arr[:top, :, :] = g.integers(20, 230, 3)
        img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
        if r.random() < 0.5:
            img = ImageEnhance.Color(img).enhance(r.uniform(0.7, 1.3))
        if r.random() < 0.4:
            d = ImageDraw.Draw(img)
            d.rectangle([SIZE // 2 - 20, SIZE // 2 - 12, SIZE // 2 + 20, SIZE // 2 - 7], outline=(10, 10, 10), width=2)  # glasses
        return self._save(img, self.w.hx(12))

    def _write_default(self):
        img = Image.new("RGB", (SIZE, SIZE), (200, 204, 210))
        d = ImageDraw.Draw(img)
        d.ellipse([30, 16, 66, 52], fill=(150, 156, 164))
        d.ellipse([14, 56, 82, 120], fill=(150, 156, 164))
        img.save(os.path.join(self.w.bundle, self.default_avatar), "PNG")

    # ---------------- resumes ----------------
    SUMMARY_OPENERS = ["Mobile developer with {y} years of experience building {stack} apps", "I build {stack} apps people actually use",
                       "{title} focused on {stack}, shipping consumer and B2B apps for {y}+ years", "Software engineer ({y} yrs) specialised in {stack}",
                       "Self-taught {title} who has published {k} apps on Appharbor and Play", "Passionate {title} with a background in {bg}",
                       "Product-minded {title}; {y} years across startups and agencies", "Freelance {title} helping small businesses launch {stack} apps"]
    SUMMARY_TAILS = ["I care about accessibility and performance.", "Comfortable owning a feature from design to release.", "Open to long-term contracts.",
                     "Available for US and EU time zones.", "Strong communicator, used to remote teams.", "Currently exploring on-device ML.",
                     "I mentor juniors at a local meetup.", "Previously a QA engineer.", "Fluent in English and {lang}.", "Looking for full-time remote roles."]
    BULLETS = ["Rebuilt the checkout flow in {sk}, raising conversion by {p}%", "Cut cold-start time from {a}s to {b}s on low-end Android devices",
               "Shipped {k} releases a month with Fastlane and {ci}", "Led migration from UIKit to SwiftUI across {k} screens",
               "Integrated {sk} subscriptions; MRR grew {p}% in two quarters", "Wrote offline sync with {db} for field workers",
               "Maintained an SDK used by {k}0 partner apps", "Reduced crash rate to {c}% crash-free sessions", "Built a design system of {k}0 components",
               "Implemented push notifications and deep links for a {dom} app", "Mentored {k} junior developers", "Added end-to-end tests with Detox and XCUITest",
               "Localized the app into {k} languages", "Built a {dom} MVP in {k} weeks for a seed-stage startup", "Owned the Play Store and Appharbor releases",
               "Worked with the design team on an accessibility audit", "Integrated Stripe and Apple Pay for a {dom} marketplace",
               "Wrote Kotlin Multiplatform shared modules", "Improved battery use of background location by {p}%", "Set up feature flags and staged rollouts"]
    DOMAINS = ["fitness", "fintech", "delivery", "telehealth", "education", "dating", "travel", "real-estate", "retail", "church", "restaurant", "logistics"]
    LANGS = ["Spanish", "Portuguese", "Hindi", "Urdu", "Polish", "Ukrainian", "Arabic", "Yoruba", "Vietnamese", "Tagalog", "French", "German", "Korean"]

    def _fill(self, s, sk):
        r = self.w.r
        return s.format(sk=r.choice(sk), p=r.randrange(5, 60), a=r.randrange(3, 9), b=r.randrange(1, 3), k=r.randrange(2, 12),
                        ci=r.choice(["Bitrise", "GitHub Actions", "Codemagic", "CircleCI", "Xcode Cloud"]), db=r.choice(["Room", "Core Data", "Realm", "SQLite"]),
                        c=r.choice(["99.5", "99.7", "99.9", "99.2"]), dom=r.choice(self.DOMAINS))

    def resume_template(self, kind="individual", stack=None):
        """A shared skeleton: bootcamp / agency / ring master resumes reuse it with a new name and small changes."""
        r = self.w.r
        stack = stack or r.sample(D.SKILLS, 6)
        summ = r.choice(self.SUMMARY_OPENERS).format(y=r.randrange(3, 9), stack=" / ".join(stack[:2]), title="mobile developer", k=r.randrange(3, 12),
                                                      bg=r.choice(["physics", "design", "QA", "finance", "teaching"]))
        bullets = [self._fill(b, stack) for b in r.sample(self.BULLETS, 7)]
        jobs = [r.choice(D.CLIENT_COMPANIES) for _ in range(3)]
        return {"kind": kind, "stack": stack, "summary": summ, "bullets": bullets, "jobs": jobs,
                "heads": r.choice([("SUMMARY", "EXPERIENCE", "SKILLS"), ("About me", "Work history", "Tech stack"), ("Profile", "Experience", "Skills")])}

    def resume_text(self, name, email, tpl=None, change=0.15, extra_lines=()):
        r = self.w.r
        if tpl is None:
            tpl = self.resume_template()
            change = 0.0
        bullets = [b if r.random() >= change else self._fill(r.choice(self.BULLETS), tpl["stack"]) for b in tpl["bullets"]]
        if change:
            r.shuffle(bullets)
        tail = r.choice(self.SUMMARY_TAILS).format(lang=r.choice(self.LANGS))
        h1, h2, h3 = tpl["heads"]
        lines = [name, email, "", h1, tpl["summary"] + ". " + tail, "", h2]
        years = 2025
        for j, job in enumerate(tpl["jobs"]):
            lines.append(f"{job} - {'Senior ' if j == 0 else ''}Mobile Developer ({years - 2 - j * 2}-{'present' if j == 0 else years - j * 2})")
            lines += ["- " + b for b in bullets[j * 2: j * 2 + 3]]
        lines += list(extra_lines)
        lines += ["", h3, ", ".join(tpl["stack"])]
        return "\n".join(lines)

    def resume_cell(self, text, author="", inline_p=0.25):
        """The `resume` cell: inline text, or a file (.pdf, .docx, .txt, .md)."""
        r = self.w.r
        if r.random() < inline_p:
            return text
        ext = r.choices(["pdf", "docx", "txt", "md"], weights=[45, 30, 15, 10])[0]
        rel = f"resumes/{self.w.hx(12)}.{ext}"
        path = os.path.join(self.w.bundle, rel)
        if ext == "pdf":
            data = _pdf(text)
            with open(path, "wb") as f:
                f.write(data)
        elif ext == "docx":
            with open(path, "wb") as f:
                f.write(_docx(text, author))
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text if ext == "txt" else "# " + text.replace("\n\n", "\n\n## ", 2))
        self.n_resumes += 1
        return rel


def _esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1", "replace").decode("latin-1")


def _pdf(text):
    lines = text.split("\n")
    ops = ["BT", "/F1 10 Tf", "12 TL", "50 780 Td"]
    for ln in lines[:60]:
        ops.append(f"({_esc(ln)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    x = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x))
    return out.getvalue()


def _xml(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _docx(text, author):
    paras = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{_xml(ln)}</w:t></w:r></w:p>" for ln in text.split("\n"))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f"<w:body>{paras}</w:body></w:document>")
    ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>' + _xml(author) + '</dc:creator></cp:coreProperties>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc), ("docProps/core.xml", core)):
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, body)
    return buf.getvalue()
