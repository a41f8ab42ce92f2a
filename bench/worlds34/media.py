"""Photos (drawn faces, office backdrops, edits, default avatars) and resumes (text, Markdown, minimal PDF and DOCX)."""
import io
import zipfile

from PIL import Image, ImageDraw

from . import data as D

SKIN = [(255, 224, 189), (241, 194, 125), (224, 172, 105), (198, 134, 66), (141, 85, 36), (255, 219, 172), (234, 192, 134)]
HAIR = [(20, 20, 20), (60, 40, 20), (110, 70, 30), (200, 170, 90), (150, 150, 150), (90, 30, 10)]


def face_params(w):
    r = w.r
    return {"bg": (r.randrange(150, 256), r.randrange(150, 256), r.randrange(150, 256)), "skin": w.ch(SKIN), "hair": w.ch(HAIR),
            "fw": r.randrange(22, 30), "fh": r.randrange(28, 36), "eye": r.randrange(2, 4), "mouth": r.randrange(6, 12),
            "hairh": r.randrange(6, 14), "glasses": r.random() < 0.25, "pattern": None, "tint": None, "shift": 0}


def draw(p, fmt="PNG", size=64):
    im = Image.new("RGB", (size, size), p["bg"])
    d = ImageDraw.Draw(im)
    if p.get("pattern"):
        c, step = p["pattern"]
        for x in range(0, size, step):
            d.line([(x, 0), (x, size)], fill=c)
    cx, cy = 32 + p["shift"], 36
    d.rectangle([cx - 20, 56, cx + 20, 64], fill=(40, 60, 110))
    d.ellipse([cx - p["fw"] // 2, cy - p["fh"] // 2, cx + p["fw"] // 2, cy + p["fh"] // 2], fill=p["skin"])
    d.ellipse([cx - p["fw"] // 2 - 1, cy - p["fh"] // 2 - 2, cx + p["fw"] // 2 + 1, cy - p["fh"] // 2 + p["hairh"]], fill=p["hair"])
    for ex in (cx - 6, cx + 6):
        d.ellipse([ex - p["eye"], cy - 3 - p["eye"], ex + p["eye"], cy - 3 + p["eye"]], fill=(30, 30, 30))
    if p["glasses"]:
        d.rectangle([cx - 10, cy - 7, cx - 2, cy + 1], outline=(10, 10, 10))
        d.rectangle([cx + 2, cy - 7, cx + 10, cy + 1], outline=(10, 10, 10))
    d.line([cx - p["mouth"] // 2, cy + 9, cx + p["mouth"] // 2, cy + 9], fill=(120, 40, 40), width=2)
    if p.get("tint"):
        im = Image.blend(im, Image.new("RGB", im.size, p["tint"]), 0.12)
    b = io.BytesIO()
    if fmt == "JPEG":
        im.save(b, "JPEG", quality=p.get("q", 88))
    else:
        im.save(b, "PNG")
    return b.getvalue()


def edited(w, base):
    """An AI-style edit of a base face: hair, glasses, tint, a shift, a new backdrop."""
    p = dict(base)
    k = w.r.randrange(4)
    if k == 0:
        p["hair"] = w.ch(HAIR)
    elif k == 1:
        p["glasses"] = not p["glasses"]
    elif k == 2:
        p["tint"] = (w.r.randrange(256), w.r.randrange(256), w.r.randrange(256))
    else:
        p["shift"] = w.r.randrange(-3, 4)
    if w.p(0.5):
        p["bg"] = (w.r.randrange(150, 256), w.r.randrange(150, 256), w.r.randrange(150, 256))
    p["fh"] = max(26, min(38, p["fh"] + w.r.randrange(-1, 2)))
    return p


def default_avatar():
    im = Image.new("RGB", (64, 64), (200, 204, 210))
    d = ImageDraw.Draw(im)
    d.ellipse([20, 12, 44, 36], fill=(150, 155, 165))
    d.ellipse([10, 38, 54, 80], fill=(150, 155, 165))
    b = io.BytesIO()
    im.save(b, "PNG")
    return b.getvalue()


# ---------------- resumes
def resume_body(w, title, skills, years, past, uni, summary_tmpl=None):
    s = list(skills)
    summ = (summary_tmpl or w.ch(D.SUMMARY)).format(y=years, s1=s[0], s2=s[1], s3=s[2], t=title)
    lines = ["PROFESSIONAL SUMMARY", summ, "", "TECHNICAL SKILLS", ", ".join(s), "", "EXPERIENCE"]
    y = 2025
    for c in past:
        n = w.r.randrange(1, 4)
        lines.append(f"{c} - {title} ({y - n} - {y})")
        lines.append(f"- Built and maintained {s[w.r.randrange(len(s))]} services; worked with {s[w.r.randrange(len(s))]}.")
        lines.append(f"- Collaborated with cross-functional teams in an agile environment.")
        y -= n
    lines += ["", "EDUCATION", f"B.S. Computer Science, {uni}"]
    return lines


def new_resume(w, title=None):
    title = title or w.ch(D.TITLES)
    skills = w.r.sample(D.SKILLS, 6)
    return {"title": title, "skills": skills, "years": w.r.randrange(3, 16), "past": w.r.sample(D.COMPANIES_PAST, w.r.randrange(2, 5)),
            "uni": w.ch(D.UNIS), "summary": None}


def resume_text(w, res, name, contact_lines, header=None):
    lines = []
    if header:
        lines.append(header)
    lines.append(name.upper() if w.p(0.3) else name)
    lines.append(res["title"])
    lines += [c for c in contact_lines if c]
    lines.append("")
    lines += resume_body(w, res["title"], res["skills"], res["years"], res["past"], res["uni"], res.get("summary"))
    return "\n".join(lines)


def pdf_bytes(text):
    lines = text.split("\n")[:60]
    esc = [ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1", "replace").decode("latin-1") for ln in lines]
    content = "BT /F1 10 Tf 50 780 Td 12 TL\n" + "".join(f"({x}) Tj T*\n" for x in esc) + "ET"
    cb = content.encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(cb) + cb + b"\nendstream",
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


def docx_bytes(text, author):
    from xml.sax.saxutils import escape
    paras = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(ln)}</w:t></w:r></w:p>" for ln in text.split("\n"))
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
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>' + escape(author) + "</dc:creator></cp:coreProperties>")
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        for name, s in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc), ("docProps/core.xml", core)):
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, s)
    return b.getvalue()
