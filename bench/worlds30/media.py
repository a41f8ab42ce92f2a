"""Photos (JPEG/PNG) and resumes (inline text, .txt, .md, .docx, .pdf) for the Hirepath world."""
import io
import random
import zipfile
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw, ImageEnhance

from . import data as D
from .infra import fold

SKIN = [(255, 224, 196), (241, 194, 125), (224, 172, 105), (198, 134, 66), (141, 85, 36), (255, 219, 172), (234, 192, 134)]
HAIR = [(20, 15, 10), (60, 40, 20), (110, 70, 30), (180, 140, 80), (90, 90, 90), (200, 170, 110), (40, 30, 30)]
BG = [(200, 210, 220), (230, 230, 230), (180, 200, 230), (90, 110, 140), (240, 235, 220), (160, 190, 170), (60, 60, 70),
      (220, 200, 200), (250, 250, 250)]


class FaceSpec:
    """The look of one real (or synthetic) face: everything a photo of it is drawn from."""

    def __init__(self, r):
        self.seed = r.getrandbits(32)
        self.skin = r.choice(SKIN)
        self.hair = r.choice(HAIR)
        self.bg = r.choice(BG)
        self.bg2 = r.choice(BG)
        self.hx = r.randrange(-6, 7)
        self.hy = r.randrange(-4, 5)
        self.hw = r.randrange(30, 42)
        self.hh = r.randrange(40, 52)
        self.hair_style = r.randrange(4)
        self.shirt = (r.randrange(256), r.randrange(256), r.randrange(256))
        self.glasses = r.random() < 0.25


def draw_face(spec, size=96, bg=None, shift=(0, 0), glasses=None, backdrop=None):
    r = random.Random(spec.seed)
    W = size
    img = Image.new("RGB", (W, W), bg or spec.bg)
    d = ImageDraw.Draw(img)
    top, bot = (bg or spec.bg), spec.bg2 if backdrop is None else backdrop
    if backdrop is not None:
        for y in range(W):
            k = y / W
            d.line([(0, y), (W, y)], fill=tuple(int(top[i] * (1 - k) + bot[i] * k) for i in range(3)))
        rr = random.Random(backdrop[0] * 65536 + backdrop[1] * 256 + backdrop[2])
        for i in range(6):  # studio backdrop mottling (same for a photographer's backdrop)
            x0, y0 = rr.randrange(W), rr.randrange(W)
            d.ellipse([x0 - 12, y0 - 12, x0 + 12, y0 + 12], fill=tuple(min(255, c + 12) for c in bot))
    else:
        for y in range(0, W, 2):
            k = y / W
            d.line([(0, y), (W, y + 1)], fill=tuple(int(top[i] * (1 - k * 0.5) + spec.bg2[i] * k * 0.5) for i in range(3)))
    cx, cy = W // 2 + spec.hx + shift[0], W // 2 - 6 + spec.hy + shift[1]
    # shoulders
    d.ellipse([cx - 40, cy + 28, cx + 40, cy + 90], fill=spec.shirt)
    # hair behind
    if spec.hair_style in (1, 3):
        d.ellipse([cx - spec.hw // 2 - 5, cy - spec.hh // 2 - 6, cx + spec.hw // 2 + 5, cy + spec.hh // 2 + 10], fill=spec.hair)
    d.ellipse([cx - spec.hw // 2, cy - spec.hh // 2, cx + spec.hw // 2, cy + spec.hh // 2], fill=spec.skin)
    if spec.hair_style != 2:
        d.chord([cx - spec.hw // 2 - 2, cy - spec.hh // 2 - 4, cx + spec.hw // 2 + 2, cy + 4], 180, 360, fill=spec.hair)
    ey = cy - 2
    for ex in (cx - 8, cx + 8):
        d.ellipse([ex - 3, ey - 2, ex + 3, ey + 2], fill=(40, 30, 30))
    if glasses if glasses is not None else spec.glasses:
        d.rectangle([cx - 13, ey - 4, cx - 3, ey + 4], outline=(20, 20, 20))
        d.rectangle([cx + 3, ey - 4, cx + 13, ey + 4], outline=(20, 20, 20))
    d.arc([cx - 8, cy + 6, cx + 8, cy + 16], 20, 160, fill=(120, 50, 50), width=2)
    # individual texture: freckles, lighting
    for _ in range(40):
        x, y = r.randrange(W), r.randrange(W)
        c = img.getpixel((x, y))
        dv = r.randrange(-30, 30)
        d.point((x, y), fill=tuple(max(0, min(255, v + dv)) for v in c))
    for _ in range(5):
        x, y = r.randrange(W), r.randrange(W)
        rad = r.randrange(3, 10)
        c = img.getpixel((x, y))
        d.ellipse([x - rad, y - rad, x + rad, y + rad], fill=tuple(max(0, min(255, v + r.randrange(-25, 25))) for v in c))
    return img


def encode(img, fmt="JPEG", quality=88):
    b = io.BytesIO()
    if fmt == "JPEG":
        img.save(b, "JPEG", quality=quality)
    else:
        img.save(b, "PNG", optimize=False)
    return b.getvalue()


def ai_edit(spec, r):
    """An 'AI-edited' variant of a base face: new background, small shift, brightness/colour change, glasses toggled."""
    img = draw_face(spec, bg=r.choice(BG), shift=(r.randrange(-2, 3), r.randrange(-2, 3)),
                    glasses=(not spec.glasses) if r.random() < 0.3 else None)
    img = ImageEnhance.Brightness(img).enhance(r.uniform(0.88, 1.12))
    img = ImageEnhance.Color(img).enhance(r.uniform(0.8, 1.2))
    if r.random() < 0.5:
        w = img.size[0]
        c = r.randrange(1, 5)
        img = img.crop((c, c, w - c, w - c)).resize((w, w))
    return img


def default_avatar():
    img = Image.new("RGB", (96, 96), (224, 226, 230))
    d = ImageDraw.Draw(img)
    d.ellipse([30, 16, 66, 52], fill=(160, 164, 170))
    d.ellipse([14, 58, 82, 130], fill=(160, 164, 170))
    return encode(img, "PNG")


# ------------------------------------------------------------------------------------------ documents
def docx_bytes(text):
    paras = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(line)}</w:t></w:r></w:p>" for line in text.split("\n"))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           f'{paras}<w:sectPr/></w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, body)
    return b.getvalue()


def pdf_bytes(text):
    lines = [fold(x) for x in text.split("\n")]
    pages = [lines[i:i + 60] for i in range(0, max(1, len(lines)), 60)] or [[""]]
    objs = []
    # 1 catalog, 2 pages, 3 font, then per page: page obj, content obj
    kids = []
    contents = []
    for pi, pl in enumerate(pages):
        ops = ["BT", "/F1 9 Tf", "11 TL", "40 800 Td"]
        for ln in pl:
            s = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"({s}) Tj T*")
        ops.append("ET")
        contents.append("\n".join(ops).encode("latin-1", "replace"))
    n_pages = len(pages)
    page_ids = [4 + 2 * i for i in range(n_pages)]
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(("<< /Type /Pages /Kids [" + " ".join(f"{p} 0 R" for p in page_ids) + f"] /Count {n_pages} >>").encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i in range(n_pages):
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {page_ids[i] + 1} 0 R >>".encode())
        c = contents[i]
        objs.append(b"<< /Length " + str(len(c)).encode() + b" >>\nstream\n" + c + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs):
        offs.append(out.tell())
        out.write(f"{i + 1} 0 obj\n".encode() + o + b"\nendobj\n")
    x = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode())
    return out.getvalue()


# ------------------------------------------------------------------------------------------ resume content
class CareerSpec:
    """A person's real career: what any version of their resume is written from."""

    def __init__(self, r, role, years, country="US", school=None, origin="anglo"):
        self.role = role
        self.years = years
        self.title = r.choice(D.ROLES[role])
        n_jobs = max(1, min(5, years // 2 + r.randrange(0, 2)))
        self.jobs = []
        end = 2025
        for i in range(n_jobs):
            dur = r.randrange(1, 4)
            start = end - dur
            bullets = []
            for _ in range(r.randrange(2, 5)):
                bullets.append(bullet(r, role))
            self.jobs.append((r.choice(D.ROLES[role]), r.choice(D.PAST_COMPANIES), start, end if i else "Present", bullets))
            end = start
        self.skills = r.sample(D.SKILLS[role], min(len(D.SKILLS[role]), r.randrange(5, 10)))
        if school is None:
            if country in D.FOREIGN_UNIS and D.FOREIGN_UNIS[country]:
                school = r.choice(D.FOREIGN_UNIS[country])
            else:
                school = r.choice(D.US_UNIS_EXTRA + [u[0] for u in D.UNIVERSITIES])
        self.school = school
        self.degree = r.choice(D.DEGREES)
        self.grad = max(1995, 2025 - years - r.randrange(0, 3))
        self.summary = r.choice(D.SUMMARIES).format(title=self.title, y=max(1, years))
        self.projects = []


def bullet(r, role):
    obj = r.choice(D.OBJECTS[role]).format(n=r.randrange(2, 60), p=r.randrange(10, 70))
    return f"{r.choice(D.VERBS)} {obj}"


def resume_text(r, name, contact, career, style="classic", header=None, extra=None, version=0):
    """Render a resume. style: classic, modern, md, bootcamp, agency, bench, persona."""
    c = career
    L = []
    if header:
        L += header
    if style == "md":
        L.append(f"# {name}")
        L.append(contact)
        L.append("")
        L.append("## Summary")
        L.append(c.summary)
        L.append("")
        L.append("## Experience")
        for (t, co, s, e, bl) in c.jobs:
            L.append(f"### {t}, {co} ({s} - {e})")
            L += [f"- {b}" for b in bl]
        L.append("")
        L.append("## Education")
        L.append(f"- {c.degree}, {c.school}, {c.grad}")
        L.append("")
        L.append("## Skills")
        L.append(", ".join(c.skills))
    else:
        exp_h = {"classic": "EXPERIENCE", "modern": "Work History", "bootcamp": "EXPERIENCE", "agency": "PROFESSIONAL EXPERIENCE",
                 "bench": "PROFESSIONAL EXPERIENCE", "persona": "PROFESSIONAL EXPERIENCE"}.get(style, "EXPERIENCE")
        L.append(name if style != "agency" else f"Candidate: {name}")
        if contact:
            L.append(contact)
        L.append("")
        if style == "bench":
            L.append("PROFESSIONAL SUMMARY")
            for b in extra or []:
                L.append(f"* {b}")
        else:
            L.append("SUMMARY" if style != "modern" else "About me")
            L.append(c.summary)
        L.append("")
        if c.projects:
            L.append("PROJECTS")
            for p in c.projects:
                L.append(f"- {p}")
            L.append("")
        L.append(exp_h)
        for (t, co, s, e, bl) in c.jobs:
            L.append(f"{t} | {co} | {s} - {e}")
            L += [f"  - {b}" for b in bl]
        L.append("")
        L.append("EDUCATION")
        L.append(f"{c.degree} - {c.school} ({c.grad})")
        L.append("")
        L.append("SKILLS" if style != "modern" else "Toolbox")
        L.append(", ".join(c.skills))
    if version:
        L.append("")
        L.append(["Open to relocation.", "Available immediately.", "References available on request.",
                  "US work authorization: yes.", "Interests: hiking, chess, open source."][version % 5])
    return "\n".join(L)


def vary_career(r, career):
    """A revised version of the same career: one bullet rewritten, skills reordered."""
    import copy
    c2 = copy.deepcopy(career)
    if c2.jobs:
        j = r.randrange(len(c2.jobs))
        t, co, s, e, bl = c2.jobs[j]
        bl = list(bl)
        if bl:
            bl[r.randrange(len(bl))] = bullet(r, career.role)
        c2.jobs[j] = (t, co, s, e, bl)
    r.shuffle(c2.skills)
    if r.random() < 0.4:
        c2.summary = r.choice(D.SUMMARIES).format(title=c2.title, y=max(1, c2.years))
    return c2
