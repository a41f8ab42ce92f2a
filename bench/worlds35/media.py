"""Photos (drawn faces, edits, backdrops, default avatars) and resumes (text, Markdown, minimal PDF and DOCX)."""
import io
import os
import zipfile
import zlib

from PIL import Image, ImageDraw

from . import data as D
from .infra import ascii_fold

SKIN = [(255, 224, 189), (234, 192, 134), (198, 134, 66), (141, 85, 36), (94, 54, 28), (224, 172, 105), (172, 116, 66)]
HAIR = [(20, 20, 20), (60, 40, 20), (110, 70, 30), (200, 160, 90), (90, 90, 90), (140, 40, 20)]
BACK = [(200, 210, 230), (230, 230, 230), (180, 200, 180), (240, 220, 200), (150, 170, 200), (250, 250, 250), (60, 60, 80)]


class Media:
    def __init__(self, w, outdir):
        self.w = w
        self.out = outdir
        os.makedirs(os.path.join(outdir, "photos"), exist_ok=True)
        os.makedirs(os.path.join(outdir, "resumes"), exist_ok=True)
        self.n_photos = 0
        self.n_resumes = 0
        self.default_avatar = None
        self._cache = {}

    # ---- faces
    def face(self):
        r = self.w.r
        return {"skin": r.randrange(len(SKIN)), "hair": r.randrange(len(HAIR)), "back": r.randrange(len(BACK)), "fw": r.randrange(18, 25),
                "fh": r.randrange(24, 31), "eye": r.randrange(3, 6), "mouth": r.randrange(6, 14), "hs": r.randrange(3), "glasses": r.random() < 0.2,
                "shirt": (r.randrange(256), r.randrange(256), r.randrange(256)), "seed": r.getrandbits(32)}

    def edit(self, f):
        """An AI-style edit of a base face: hair, glasses, tint, a few pixels of shape, another backdrop."""
        r = self.w.r
        g = dict(f)
        g["hair"] = r.randrange(len(HAIR)) if r.random() < 0.5 else f["hair"]
        g["glasses"] = (not f["glasses"]) if r.random() < 0.4 else f["glasses"]
        g["fw"] = f["fw"] + r.choice([-1, 0, 1])
        g["fh"] = f["fh"] + r.choice([-1, 0, 1])
        g["back"] = r.randrange(len(BACK))
        g["shirt"] = (r.randrange(256), r.randrange(256), r.randrange(256))
        g["tint"] = r.randrange(-12, 13)
        return g

    def _draw(self, f, backdrop=None, size=64):
        im = Image.new("RGB", (size, size), backdrop or BACK[f["back"]])
        d = ImageDraw.Draw(im)
        if backdrop:
            for x in range(0, size, 8):
                d.line([(x, 0), (x, 20)], fill=(backdrop[0] - 30, backdrop[1] - 30, backdrop[2] - 30))
        cx, cy = size // 2, size // 2 - 2
        skin = SKIN[f["skin"]]
        t = f.get("tint", 0)
        skin = tuple(max(0, min(255, c + t)) for c in skin)
        d.rectangle([cx - 20, cy + f["fh"] // 2, cx + 20, size], fill=f["shirt"])
        d.ellipse([cx - f["fw"] // 2 - 3, cy - f["fh"] // 2 - 4, cx + f["fw"] // 2 + 3, cy - f["fh"] // 2 + 6 + f["hs"] * 3], fill=HAIR[f["hair"]])
        d.ellipse([cx - f["fw"] // 2, cy - f["fh"] // 2, cx + f["fw"] // 2, cy + f["fh"] // 2], fill=skin)
        e = f["eye"]
        d.ellipse([cx - 6 - e // 2, cy - 3, cx - 6 + e // 2, cy - 3 + e // 2 + 1], fill=(30, 30, 30))
        d.ellipse([cx + 6 - e // 2, cy - 3, cx + 6 + e // 2, cy - 3 + e // 2 + 1], fill=(30, 30, 30))
        if f["glasses"]:
            d.rectangle([cx - 11, cy - 5, cx - 2, cy + 1], outline=(10, 10, 10))
            d.rectangle([cx + 2, cy - 5, cx + 11, cy + 1], outline=(10, 10, 10))
        d.line([(cx - f["mouth"] // 2, cy + 8), (cx + f["mouth"] // 2, cy + 8)], fill=(120, 40, 40), width=2)
        # per-person speckle so that two faces never collide byte-for-byte
        s = f["seed"]
        px = im.load()
        for k in range(6):
            s = (s * 1103515245 + 12345) & 0x7FFFFFFF
            x, y = s % size, (s >> 8) % size
            px[x, y] = tuple((c + 17 * (k + 1)) % 256 for c in px[x, y])
        return im

    def photo(self, f, fmt="jpg", quality=88, backdrop=None, key=None):
        """Write a photo of face f; key caches one file per (person, variant)."""
        if key is not None and key in self._cache:
            return self._cache[key]
        im = self._draw(f, backdrop)
        self.n_photos += 1
        name = f"photos/{self.w.hex(12)}.{ 'png' if fmt == 'png' else 'jpg'}"
        p = os.path.join(self.out, name)
        if fmt == "png":
            im.save(p, "PNG")
        else:
            im.save(p, "JPEG", quality=quality)
        if key is not None:
            self._cache[key] = name
        return name

    def avatar(self):
        if self.default_avatar is None:
            im = Image.new("RGB", (64, 64), (205, 210, 216))
            d = ImageDraw.Draw(im)
            d.ellipse([20, 10, 44, 34], fill=(160, 166, 174))
            d.ellipse([10, 38, 54, 80], fill=(160, 166, 174))
            name = "photos/default-avatar.png"
            im.save(os.path.join(self.out, name), "PNG")
            self.default_avatar = name
        return self.default_avatar

    # ---- resumes
    def resume_text(self, p, template=None, variant=0):
        """A resume: p's own, or a template's (shared summary, headings and phrasing) filled with p's details."""
        r = self.w.r
        stack = p.stack
        tpl = template or p.resume_tpl
        lines = [p.display_name(), f"{p.title}", f"{p.city[0]}, {p.country}" if not p.resume_city else p.resume_city, p.email_addr, ""]
        lines.append(tpl["h_summary"])
        lines.append(tpl["summary"].format(years=p.years, stack=", ".join(stack[:3]), title=p.title.lower()))
        lines.append("")
        lines.append(tpl["h_skills"])
        lines.append(", ".join(stack + tpl["extra_skills"]))
        lines.append("")
        lines.append(tpl["h_exp"])
        for (co, t0, t1, role) in p.jobs:
            lines.append(f"{role} - {co} ({t0} - {t1})")
            for b in tpl["bullets"][:3]:
                lines.append("- " + b.format(stack=stack[0], n=10 + (zlib.crc32((co + b).encode()) % 80)))
        lines.append("")
        lines.append(tpl["h_edu"])
        lines.append(p.school)
        if variant:
            lines.append("")
            lines.append(f"Updated {variant}")
        return "\n".join(lines)

    def template(self, summary_style=None):
        r = self.w.r
        sums = ["Results-driven {title} with {years}+ years of experience building scalable applications with {stack}.",
                "I am a passionate {title} who loves clean code. {years} years shipping products in {stack}.",
                "{title} with {years} years of experience across fintech and e-commerce. Strong in {stack}; remote since 2020.",
                "Self-taught {title}; {years} years building web and mobile products with {stack}. Open-source contributor.",
                "Detail-oriented {title} ({years} yrs) specialising in {stack}, CI/CD and cloud-native architecture."]
        bullets = ["Built and maintained {stack} services handling {n}k requests per day", "Reduced page load time by {n}% through caching and code splitting",
                   "Led a team of {n} engineers through a migration to microservices", "Implemented CI/CD pipelines cutting release time by {n}%",
                   "Designed REST and GraphQL APIs consumed by {n}+ clients", "Mentored junior developers and ran weekly code reviews",
                   "Integrated Stripe and PayPal payments for {n}k monthly users", "Wrote unit and integration tests raising coverage to {n}%"]
        r.shuffle(bullets)
        return {"h_summary": r.choice(["SUMMARY", "Professional Summary", "About Me", "PROFILE"]),
                "h_skills": r.choice(["SKILLS", "Technical Skills", "Tech Stack", "CORE COMPETENCIES"]),
                "h_exp": r.choice(["EXPERIENCE", "Work Experience", "Professional Experience", "EMPLOYMENT HISTORY"]),
                "h_edu": r.choice(["EDUCATION", "Education", "Academic Background"]),
                "summary": summary_style or r.choice(sums), "bullets": bullets, "extra_skills": r.sample(["Git", "Jira", "Agile/Scrum", "Docker", "Linux", "CI/CD", "REST", "Figma", "Jest", "Redis"], 3)}

    def resume_cell(self, text, fmt, author="", inline_ok=True):
        """Inline text or a written file; returns the cell."""
        if fmt == "inline":
            return text
        self.n_resumes += 1
        name = f"resumes/{self.w.hex(12)}.{fmt}"
        p = os.path.join(self.out, name)
        if fmt in ("txt", "md"):
            body = text if fmt == "txt" else "# " + text.replace("\n\n", "\n\n## ", 1)
            with open(p, "w", encoding="utf-8") as fh:
                fh.write(body)
        elif fmt == "pdf":
            with open(p, "wb") as fh:
                fh.write(pdf_bytes(text))
        else:
            with open(p, "wb") as fh:
                fh.write(docx_bytes(text, author))
        return name


def _pdf_esc(s):
    return ascii_fold(s).replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_bytes(text):
    lines = text.split("\n")[:60]
    content = ["BT", "/F1 10 Tf", "12 TL", "50 780 Td"]
    for ln in lines:
        content.append(f"({_pdf_esc(ln)}) Tj T*")
    content.append("ET")
    stream = "\n".join(content).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    x = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode())
    return out.getvalue()


def _x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx_bytes(text, author):
    paras = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{_x(ln)}</w:t></w:r></w:p>" for ln in text.split("\n"))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' + paras + "</w:body></w:document>")
    ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>' + _x(author) + '</dc:creator></cp:coreProperties>')
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc), ("docProps/core.xml", core)):
            z.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), body, compress_type=zipfile.ZIP_DEFLATED)
    return b.getvalue()
