"""Photos (drawn faces, backdrops, edits, re-encodings, default avatars) and resumes (text, PDF, DOCX)."""
import io
import random
import zipfile
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw, ImageFilter

from . import data as D

SKIN = [(255, 224, 196), (241, 194, 155), (224, 172, 125), (198, 134, 86), (161, 102, 62), (120, 75, 45), (90, 56, 37), (233, 203, 167)]
HAIR = [(20, 15, 12), (45, 30, 20), (80, 55, 35), (120, 85, 50), (170, 130, 80), (210, 180, 120), (110, 110, 110), (150, 60, 30), (30, 30, 35)]
SHIRT = [(30, 50, 90), (200, 200, 205), (240, 240, 240), (20, 20, 20), (90, 20, 30), (40, 90, 60), (100, 130, 170), (160, 140, 110), (70, 70, 80)]


def _bg(img, d, key, f, S):
    """Backdrop: a key names a place (notary booth, an office's wall, a studio) shared by everyone photographed there."""
    if key in (None, "plain"):
        c = (f.randint(150, 245), f.randint(150, 245), f.randint(150, 245))
        d.rectangle([0, 0, S, S], fill=c)
        if f.random() < 0.5:   # a room behind: a door frame, a shelf, a window
            c2 = tuple(max(0, x - f.randint(20, 60)) for x in c)
            x0 = f.randint(0, S - 60)
            d.rectangle([x0, f.randint(0, 60), x0 + f.randint(30, 90), S], fill=c2)
        if f.random() < 0.3:
            d.rectangle([0, f.randint(120, 200), S, S], fill=(f.randint(90, 200), f.randint(80, 180), f.randint(60, 160)))
        return
    g = random.Random(key)
    if key == "notary":
        top, bot = (214, 222, 232), (176, 188, 204)
    elif key == "badge" or key.startswith("badge:"):
        c = (g.randint(40, 120), g.randint(60, 140), g.randint(120, 200))
        d.rectangle([0, 0, S, S], fill=c)
        return
    else:
        top = (g.randint(90, 230), g.randint(90, 230), g.randint(90, 230))
        bot = tuple(max(0, x - g.randint(10, 70)) for x in top)
    for y in range(0, S, 4):
        a = y / S
        d.rectangle([0, y, S, y + 4], fill=tuple(int(top[i] * (1 - a) + bot[i] * a) for i in range(3)))
    for _ in range(g.randint(1, 4)):   # fixtures of that room
        x0, y0 = g.randint(0, S - 40), g.randint(0, S // 2)
        d.rectangle([x0, y0, x0 + g.randint(20, 80), y0 + g.randint(10, 50)],
                    fill=(g.randint(40, 250), g.randint(40, 250), g.randint(40, 250)))


def draw(spec):
    S = 256
    f = random.Random(spec.get("face", 0))
    e = random.Random(spec["edit"]) if spec.get("edit") is not None else None
    img = Image.new("RGB", (S, S))
    d = ImageDraw.Draw(img)
    bgkey = spec.get("bg")
    if e is not None and e.random() < 0.35:
        bgkey = "edit-bg-%d" % e.randint(0, 5)
    _bg(img, d, bgkey, random.Random("bg-%d" % spec.get("face", 0)) if bgkey in (None, "plain") else f, S)
    skin = f.choice(SKIN)
    hair = f.choice(HAIR)
    shirt = f.choice(SHIRT)
    cx, cy = 128 + f.randint(-10, 10), 118 + f.randint(-8, 8)
    fw, fh = f.randint(42, 56), f.randint(56, 70)
    long_hair = f.random() < 0.45
    glasses = f.random() < 0.3
    if e is not None:   # an AI edit of the same face: hair, glasses, a few pixels of shape, a grade
        if e.random() < 0.6:
            hair = e.choice(HAIR)
        if e.random() < 0.4:
            glasses = not glasses
        if e.random() < 0.5:
            shirt = e.choice(SHIRT)
        cx += e.randint(-5, 5)
        cy += e.randint(-4, 4)
        fw += e.randint(-3, 3)
    d.ellipse([cx - 95, cy + fh - 10, cx + 95, cy + fh + 160], fill=shirt)
    d.rectangle([cx - 16, cy + fh - 20, cx + 16, cy + fh + 10], fill=skin)
    if long_hair:
        d.ellipse([cx - fw - 12, cy - fh - 8, cx + fw + 12, cy + fh + 30], fill=hair)
    d.ellipse([cx - fw, cy - fh, cx + fw, cy + fh], fill=skin)
    d.chord([cx - fw - 4, cy - fh - 10, cx + fw + 4, cy + 6], 180, 360, fill=hair)
    ey = cy - f.randint(4, 14)
    ex = f.randint(15, 22)
    for s in (-1, 1):
        d.ellipse([cx + s * ex - 6, ey - 3, cx + s * ex + 6, ey + 4], fill=(250, 250, 250))
        d.ellipse([cx + s * ex - 3, ey - 3, cx + s * ex + 3, ey + 3], fill=f.choice([(60, 40, 20), (30, 30, 30), (70, 100, 140), (80, 110, 60)]))
        d.line([cx + s * ex - 8, ey - 10, cx + s * ex + 8, ey - 11], fill=hair, width=3)
        if glasses:
            d.ellipse([cx + s * ex - 11, ey - 9, cx + s * ex + 11, ey + 9], outline=(30, 30, 30), width=2)
    d.line([cx, ey + 4, cx - 3, ey + 22, cx + 3, ey + 24], fill=tuple(max(0, c - 40) for c in skin), width=2)
    my = cy + f.randint(28, 38)
    mw = f.randint(10, 18)
    d.arc([cx - mw, my - 8, cx + mw, my + 6], 10, 170, fill=(150, 60, 60), width=3)
    if f.random() < 0.25 and spec.get("face", 0) % 2:
        d.chord([cx - fw + 6, cy + 20, cx + fw - 6, cy + fh + 6], 0, 180, fill=hair)
    img = img.filter(ImageFilter.BoxBlur(1))
    if e is not None and e.random() < 0.5:
        tint = (e.randint(-18, 18), e.randint(-18, 18), e.randint(-18, 18))
        img = Image.eval(img, lambda v: v)  # keep mode
        r_, g_, b_ = img.split()
        r_ = r_.point(lambda v, t=tint[0]: max(0, min(255, v + t)))
        g_ = g_.point(lambda v, t=tint[1]: max(0, min(255, v + t)))
        b_ = b_.point(lambda v, t=tint[2]: max(0, min(255, v + t)))
        img = Image.merge("RGB", (r_, g_, b_))
    crop = spec.get("crop")
    if crop:
        c = random.Random(crop)
        m = c.randint(6, 28)
        img = img.crop((m + c.randint(-4, 4), m + c.randint(-4, 4), S - m, S - m))
    size = spec.get("size", 180)
    img = img.resize((size, size), Image.BILINEAR)
    return img


def default_avatar(kind):
    S = 200
    img = Image.new("RGB", (S, S), (206, 212, 218) if kind == "taskhive" else (229, 231, 235))
    d = ImageDraw.Draw(img)
    c = (255, 255, 255) if kind == "taskhive" else (156, 163, 175)
    d.ellipse([70, 40, 130, 100], fill=c)
    d.ellipse([35, 110, 165, 240], fill=c)
    return img


def encode(img, fmt, q):
    b = io.BytesIO()
    if fmt == "png":
        img.save(b, "PNG", optimize=False)
    else:
        img.save(b, "JPEG", quality=q)
    return b.getvalue()


# ============================================================================================ resumes


def make_resume(w, track=None, years=None, country="US", template=None):
    r = w.r
    track = track or w.pick(list(D.TRACKS))
    t = D.TRACKS[track]
    years = years or r.randint(1, 15)
    skills = r.sample(t["skills"], min(len(t["skills"]), r.randint(6, 10)))
    title = w.pick(t["titles"])
    tmpl = template if template is not None else r.randrange(len(D.SUMMARY_TEMPLATES))
    jobs = []
    y = 2025
    for i in range(r.randint(2, 4)):
        dur = r.randint(1, 4)
        bullets = []
        for _ in range(r.randint(2, 4)):
            res = w.pick(D.RESULTS).format(p=r.randint(12, 70), k=r.randint(5, 900))
            bullets.append(f"{w.pick(D.VERBS)} {w.pick(D.OBJECTS)}" + (f", {res}" if res else ""))
        jobs.append({"company": w.pick(D.PAST_COMPANIES), "title": title if i == 0 else w.pick(t["titles"]),
                     "from": y - dur, "to": "Present" if i == 0 else str(y), "bullets": bullets})
        y -= dur
    school = w.pick(D.SCHOOLS_US) if country == "US" else w.pick(D.SCHOOLS_ABROAD.get(country, D.SCHOOLS_ABROAD["default"]))
    return {"track": track, "title": title, "years": years, "skills": skills, "tmpl": tmpl, "jobs": jobs,
            "school": school, "degree": w.pick(D.DEGREES), "grad": 2025 - years - r.randint(0, 3), "coach": None}


def mutate_resume(w, res, k=1):
    """A later version, or a teammate's copy: a bullet or a company changed, skills reordered."""
    import copy
    r = w.r
    x = copy.deepcopy(res)
    for _ in range(k):
        j = w.pick(x["jobs"])
        if r.random() < 0.5 and j["bullets"]:
            i = r.randrange(len(j["bullets"]))
            j["bullets"][i] = f"{w.pick(D.VERBS)} {w.pick(D.OBJECTS)}"
        else:
            j["company"] = w.pick(D.PAST_COMPANIES)
    r.shuffle(x["skills"])
    return x


def summary(res):
    s = res["skills"] + ["software", "cloud", "APIs"]
    return D.SUMMARY_TEMPLATES[res["tmpl"]].format(title=res["title"], y=res["years"], s1=s[0], s2=s[1], s3=s[2])


def render(res, name, email="", phone="", city="", coach=None):
    lines = [name.strip(), " | ".join(x for x in (email.strip(), phone, city) if x), "", "SUMMARY", summary(res)]
    if coach or res.get("coach"):
        lines.append(D.COACH_PHRASES[(coach or res.get("coach")) % len(D.COACH_PHRASES)] + ".")
    lines += ["", "SKILLS", ", ".join(res["skills"]), "", "EXPERIENCE"]
    for j in res["jobs"]:
        lines.append(f"{j['title']} - {j['company']} ({j['from']} - {j['to']})")
        for b in j["bullets"]:
            lines.append(f"- {b}")
    lines += ["", "EDUCATION", f"{res['degree']}, {res['school']}, {res['grad']}"]
    return "\n".join(lines)


def overview(res):
    b = [x for j in res["jobs"][:2] for x in j["bullets"][:2]]
    return summary(res) + "\n\nSkills: " + ", ".join(res["skills"]) + "\n\n" + "\n".join("* " + x for x in b)


def pdf_bytes(text):
    lines = text.split("\n")
    ops = ["BT", "/F1 10 Tf", "12 TL", "50 760 Td"]
    for ln in lines[:60]:
        s = ln.encode("latin-1", "replace").decode("latin-1").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"({s}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
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


CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
      '</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '</Relationships>')


def docx_bytes(text, author):
    paras = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(ln)}</w:t></w:r></w:p>' for ln in text.split("\n"))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{paras}</w:body></w:document>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:creator>{escape(author)}</dc:creator><cp:lastModifiedBy>{escape(author)}</cp:lastModifiedBy></cp:coreProperties>')
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in (("[Content_Types].xml", CT), ("_rels/.rels", RELS), ("word/document.xml", doc), ("docProps/core.xml", core)):
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, body)
    return b.getvalue()


def md_text(text):
    lines = text.split("\n")
    out = ["# " + lines[0]]
    for ln in lines[1:]:
        out.append("## " + ln.title() if ln.isupper() and ln else ln)
    return "\n".join(out)
