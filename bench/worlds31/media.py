"""Profile photos (drawn faces, AI-edit variants, default avatars), resume text, and minimal PDF / DOCX writers."""
import io
import zipfile

from PIL import Image, ImageDraw, ImageFilter

from . import data as D

SKIN = [(255, 224, 196), (241, 194, 160), (224, 172, 130), (198, 134, 90), (160, 102, 62), (120, 78, 50), (90, 58, 38)]
HAIR = [(20, 16, 14), (60, 40, 28), (110, 72, 40), (170, 130, 80), (210, 180, 120), (120, 120, 120), (150, 40, 30)]


def face_params(rng):
    return dict(skin=rng.randrange(len(SKIN)), hair=rng.randrange(len(HAIR)), hstyle=rng.randrange(5),
                fw=rng.randrange(30, 40), fh=rng.randrange(40, 50), ey=rng.randrange(-3, 4), es=rng.randrange(9, 14),
                mouth=rng.randrange(3), glasses=rng.random() < 0.25, beard=rng.random() < 0.15,
                bg=(rng.randrange(140, 250), rng.randrange(140, 250), rng.randrange(140, 250)),
                shirt=(rng.randrange(20, 230), rng.randrange(20, 230), rng.randrange(20, 230)),
                dx=0, dy=0, grad=None)


def draw_face(fp, size=112):
    im = Image.new("RGB", (size, size), fp["bg"])
    d = ImageDraw.Draw(im)
    if fp.get("grad"):
        a, b = fp["grad"]
        for y in range(size):
            t = y / size
            d.line([(0, y), (size, y)], fill=tuple(int(a[i] * (1 - t) + b[i] * t) for i in range(3)))
    cx, cy = size // 2 + fp["dx"], size // 2 - 4 + fp["dy"]
    skin = SKIN[fp["skin"]]
    hair = HAIR[fp["hair"]]
    d.rectangle([cx - 44, cy + 40, cx + 44, size], fill=fp["shirt"])
    d.ellipse([cx - 42, cy + 30, cx + 42, cy + 80], fill=fp["shirt"])
    d.rectangle([cx - 9, cy + 20, cx + 9, cy + 40], fill=skin)
    hs = fp["hstyle"]
    if hs in (1, 3):
        d.ellipse([cx - fp["fw"] - 6, cy - fp["fh"] + 4, cx + fp["fw"] + 6, cy + fp["fh"] + 14], fill=hair)
    d.ellipse([cx - fp["fw"], cy - fp["fh"] + 10, cx + fp["fw"], cy + fp["fh"] - 2], fill=skin)
    if hs in (0, 1, 3, 4):
        d.chord([cx - fp["fw"] - 2, cy - fp["fh"] + 4, cx + fp["fw"] + 2, cy + 6], 180, 360, fill=hair)
    if hs == 4:
        d.rectangle([cx - fp["fw"] - 2, cy - 12, cx - fp["fw"] + 6, cy + 16], fill=hair)
    ey = cy + fp["ey"]
    es = fp["es"]
    for sx in (-1, 1):
        d.ellipse([cx + sx * es - 4, ey - 3, cx + sx * es + 4, ey + 3], fill=(250, 250, 250))
        d.ellipse([cx + sx * es - 2, ey - 2, cx + sx * es + 2, ey + 2], fill=(40, 30, 25))
        if fp["glasses"]:
            d.ellipse([cx + sx * es - 7, ey - 6, cx + sx * es + 7, ey + 6], outline=(30, 30, 30), width=2)
    if fp["glasses"]:
        d.line([cx - es + 7, ey, cx + es - 7, ey], fill=(30, 30, 30), width=2)
    d.line([cx, ey + 4, cx - 2, ey + 14], fill=tuple(max(0, c - 40) for c in skin), width=2)
    my = ey + 22
    if fp["mouth"] == 0:
        d.arc([cx - 10, my - 6, cx + 10, my + 6], 20, 160, fill=(150, 60, 60), width=2)
    elif fp["mouth"] == 1:
        d.line([cx - 8, my, cx + 8, my], fill=(150, 60, 60), width=2)
    else:
        d.chord([cx - 9, my - 4, cx + 9, my + 6], 0, 180, fill=(170, 70, 70))
    if fp["beard"]:
        d.chord([cx - fp["fw"] + 4, cy + 6, cx + fp["fw"] - 4, cy + fp["fh"] - 2], 0, 180, fill=hair)
    return im


def encode(im, fmt="JPEG", quality=88):
    b = io.BytesIO()
    if fmt == "JPEG":
        im.save(b, "JPEG", quality=quality)
    else:
        im.save(b, "PNG", optimize=False)
    return b.getvalue()


def ai_variant(base, rng):
    """An 'AI-edited' variant of a base face: new background/shirt/hair tint, small shift, glasses toggled."""
    fp = dict(base)
    fp["bg"] = (rng.randrange(120, 250), rng.randrange(120, 250), rng.randrange(120, 250))
    fp["shirt"] = (rng.randrange(20, 230), rng.randrange(20, 230), rng.randrange(20, 230))
    fp["dx"] = rng.randrange(-3, 4)
    fp["dy"] = rng.randrange(-3, 4)
    if rng.random() < 0.3:
        fp["glasses"] = not fp["glasses"]
    if rng.random() < 0.4:
        fp["hair"] = min(len(HAIR) - 1, max(0, fp["hair"] + rng.choice([-1, 1])))
    im = draw_face(fp)
    if rng.random() < 0.5:
        im = im.filter(ImageFilter.SMOOTH)
    return encode(im, "JPEG", rng.randrange(78, 95))


def reencode(base_fp, rng, crop=True):
    """The same photo re-uploaded: re-encoded, perhaps slightly cropped and resized."""
    im = draw_face(base_fp)
    if crop:
        k = rng.randrange(2, 8)
        im = im.crop((k, k, 112 - k // 2, 112 - k // 2)).resize((112, 112))
    return encode(im, "JPEG", rng.randrange(70, 92))


def default_avatar(color=(200, 205, 210)):
    im = Image.new("RGB", (112, 112), color)
    d = ImageDraw.Draw(im)
    d.ellipse([36, 20, 76, 60], fill=(150, 155, 160))
    d.ellipse([18, 66, 94, 140], fill=(150, 155, 160))
    return encode(im, "PNG")


# ---------------------------------------------------------------- resumes
def resume_body(rng, title, skills, jobs, degree, school, summary, template="plain", extra=None):
    """Everything but the header (name and contacts)."""
    out = []
    if template == "career_services":
        out.append("OBJECTIVE")
        out.append(summary)
        out.append("EDUCATION")
        out.append(f"{school} | {degree} | GPA: {rng.randrange(30, 40) / 10:.1f}")
        out.append("Relevant Coursework: Data Structures, Algorithms, Operating Systems, Databases")
        out.append("EXPERIENCE")
    elif template == "bootcamp":
        out.append("SUMMARY")
        out.append(summary)
        out.append("TECHNICAL SKILLS")
        out.append(", ".join(skills))
        out.append("PROJECTS")
        for pr in (extra or []):
            out.append(pr)
        out.append("EXPERIENCE")
    elif template == "coach":
        out.append("PROFESSIONAL SUMMARY")
        out.append(summary)
        out.append("CORE COMPETENCIES")
        out.append(" | ".join(skills))
        out.append("PROFESSIONAL EXPERIENCE")
    else:
        out.append(title)
        out.append("Summary")
        out.append(summary)
        out.append("Experience")
    for (jt, co, yrs, bullets) in jobs:
        out.append(f"{jt}, {co} ({yrs})")
        for b in bullets:
            out.append("- " + b)
    if template not in ("career_services",):
        out.append("Education")
        out.append(f"{degree}, {school}")
    if template not in ("bootcamp", "coach"):
        out.append("Skills")
        out.append(", ".join(skills))
    return out


def bullet(rng, skills):
    b = rng.choice(D.BULLETS)
    s1 = rng.choice(skills)
    s2 = rng.choice(skills)
    return b.format(s1=s1, s2=s2, n=rng.randrange(2, 900), p=rng.randrange(12, 65), k=rng.randrange(2, 9),
                    cloud=rng.choice(["AWS", "GCP", "Azure"]))


def resume_text(header, body):
    return "\n".join(header + body) + "\n"


def _pdf_escape(s):
    s = s.encode("latin-1", "replace").decode("latin-1")
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_bytes(lines, title=""):
    y = 760
    parts = ["BT /F1 10 Tf 50 780 Td 12 TL"]
    for ln in lines[:58]:
        parts.append(f"({_pdf_escape(ln[:110])}) '")
        y -= 12
    parts.append("ET")
    stream = "\n".join(parts).encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            ("<< /Title (%s) /Producer (Linkwell Resume Export) >>" % _pdf_escape(title)).encode("latin-1", "replace")]
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
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x))
    return out.getvalue()


def _x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx_bytes(lines, author=""):
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{_x(ln)}</w:t></w:r></w:p>' for ln in lines)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{body}</w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f'<dc:creator>{_x(author)}</dc:creator></cp:coreProperties>')
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
                           ("docProps/core.xml", core)):
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, text)
    return b.getvalue()
