"""Procedural portraits (no real faces), their AI-style edits, avatars, and hand-written PDF / DOCX resumes."""
import io
import zipfile

from PIL import Image, ImageDraw, ImageFilter, ImageEnhance

SKIN = [(255, 224, 196), (241, 194, 155), (224, 172, 125), (198, 134, 90), (160, 103, 66), (121, 78, 48),
        (92, 58, 38), (234, 192, 134), (250, 208, 170)]
HAIR = [(20, 16, 14), (45, 30, 22), (80, 52, 32), (120, 85, 50), (170, 130, 80), (210, 180, 120), (90, 90, 90),
        (140, 40, 30), (30, 30, 60)]
BG = [(200, 210, 225), (230, 230, 230), (180, 200, 190), (240, 225, 205), (170, 185, 210), (90, 110, 140),
      (250, 250, 250), (215, 195, 215), (120, 140, 120), (60, 60, 70)]
SHIRT = [(30, 50, 90), (200, 200, 200), (20, 20, 20), (150, 30, 40), (40, 110, 70), (240, 240, 240),
         (90, 60, 120), (180, 150, 100), (70, 130, 180)]


def face_params(rng):
    """A random face: the genotype of one (procedural) person."""
    return dict(skin=rng.randrange(len(SKIN)), hair=rng.randrange(len(HAIR)), bg=rng.randrange(len(BG)),
                shirt=rng.randrange(len(SHIRT)), fw=rng.randint(26, 34), fh=rng.randint(34, 42),
                eye_dx=rng.randint(8, 12), eye_y=rng.randint(-4, 2), eye_r=rng.randint(2, 3),
                mouth_w=rng.randint(7, 13), mouth_y=rng.randint(12, 17), hair_style=rng.randrange(5),
                glasses=rng.random() < 0.2, beard=rng.random() < 0.15, nose=rng.randint(3, 6),
                cx=rng.randint(-3, 3), cy=rng.randint(-3, 3), size=rng.choice([96, 112, 128]))


def edit_params(p, rng, strength=1):
    """An 'AI-edited' variant of a face: new background, shirt, hair shade, small geometry shifts, glasses."""
    q = dict(p)
    q["bg"] = rng.randrange(len(BG))
    if rng.random() < 0.7:
        q["shirt"] = rng.randrange(len(SHIRT))
    if rng.random() < 0.4 * strength:
        q["hair"] = rng.randrange(len(HAIR))
    if rng.random() < 0.3 * strength:
        q["hair_style"] = rng.randrange(5)
    if rng.random() < 0.3:
        q["glasses"] = not p["glasses"]
    q["cx"] = p["cx"] + rng.randint(-2, 2)
    q["cy"] = p["cy"] + rng.randint(-2, 2)
    q["fw"] = p["fw"] + rng.randint(-1, 1)
    q["mouth_w"] = p["mouth_w"] + rng.randint(-1, 1)
    q["size"] = rng.choice([96, 112, 128])
    q["bright"] = rng.uniform(0.88, 1.12)
    q["mirror"] = rng.random() < 0.3
    q["blur"] = rng.random() < 0.3
    return q


def draw_face(p, backdrop=None):
    s = 128
    im = Image.new("RGB", (s, s), BG[p["bg"]] if backdrop is None else backdrop)
    d = ImageDraw.Draw(im)
    if backdrop is not None:  # studio backdrop gradient (headshot day)
        for y in range(s):
            c = tuple(max(0, v - y // 5) for v in backdrop)
            d.line([(0, y), (s, y)], fill=c)
    cx, cy = 64 + p["cx"], 56 + p["cy"]
    skin, hair = SKIN[p["skin"]], HAIR[p["hair"]]
    d.ellipse([cx - 46, cy + 44, cx + 46, cy + 110], fill=SHIRT[p["shirt"]])
    d.rectangle([cx - 8, cy + 30, cx + 8, cy + 48], fill=skin)
    hs = p["hair_style"]
    if hs in (1, 3):
        d.ellipse([cx - p["fw"] - 6, cy - p["fh"] - 6, cx + p["fw"] + 6, cy + p["fh"] // 2], fill=hair)
    if hs == 3:
        d.rectangle([cx - p["fw"] - 6, cy - 4, cx + p["fw"] + 6, cy + p["fh"] + 10], fill=hair)
    d.ellipse([cx - p["fw"], cy - p["fh"], cx + p["fw"], cy + p["fh"]], fill=skin)
    if hs in (0, 2, 4):
        top = cy - p["fh"] - (6 if hs == 2 else 2)
        d.chord([cx - p["fw"] - 2, top, cx + p["fw"] + 2, cy + (0 if hs == 4 else -8)], 180, 360, fill=hair)
    ey = cy + p["eye_y"]
    for sx in (-1, 1):
        ex = cx + sx * p["eye_dx"]
        d.ellipse([ex - p["eye_r"] - 2, ey - p["eye_r"], ex + p["eye_r"] + 2, ey + p["eye_r"]], fill=(250, 250, 250))
        d.ellipse([ex - p["eye_r"], ey - p["eye_r"], ex + p["eye_r"], ey + p["eye_r"]], fill=(40, 30, 25))
        d.line([ex - 5, ey - 7, ex + 5, ey - 8], fill=hair, width=2)
        if p["glasses"]:
            d.ellipse([ex - 7, ey - 6, ex + 7, ey + 6], outline=(30, 30, 30), width=2)
    d.line([cx, ey + 3, cx - 2, ey + 3 + p["nose"] + 4], fill=tuple(max(0, v - 40) for v in skin), width=2)
    my = cy + p["mouth_y"]
    d.arc([cx - p["mouth_w"], my - 4, cx + p["mouth_w"], my + 4], 10, 170, fill=(150, 60, 60), width=2)
    if p["beard"]:
        d.chord([cx - p["fw"], cy, cx + p["fw"], cy + p["fh"] + 2], 20, 160, fill=hair)
    if p.get("mirror"):
        im = im.transpose(Image.FLIP_LEFT_RIGHT)
    if p.get("bright"):
        im = ImageEnhance.Brightness(im).enhance(p["bright"])
    if p.get("blur"):
        im = im.filter(ImageFilter.GaussianBlur(0.6))
    if p["size"] != s:
        im = im.resize((p["size"], p["size"]), Image.BILINEAR)
    return im


def save_image(im, path, fmt, quality=85):
    if fmt == "JPEG":
        im.save(path, "JPEG", quality=quality, optimize=False)
    else:
        im.save(path, "PNG", optimize=False)


def default_avatar(path):
    im = Image.new("RGB", (96, 96), (205, 210, 218))
    d = ImageDraw.Draw(im)
    d.ellipse([30, 14, 66, 50], fill=(150, 158, 170))
    d.ellipse([14, 56, 82, 120], fill=(150, 158, 170))
    im.save(path, "PNG")


def initials_avatar(path, initials, color):
    """The platform's generated initials avatar: same initials and colour give the same image."""
    im = Image.new("RGB", (96, 96), color)
    d = ImageDraw.Draw(im)
    # block letters from rectangles so no font file is needed
    x = 22
    for ch in initials[:2]:
        o = (ord(ch.upper()) - 65) % 26
        d.rectangle([x, 30, x + 4, 66], fill=(255, 255, 255))
        d.rectangle([x, 30, x + 18, 34 + o % 5], fill=(255, 255, 255))
        if o % 2:
            d.rectangle([x + 14, 30, x + 18, 66], fill=(255, 255, 255))
        if o % 3 == 0:
            d.rectangle([x, 46, x + 16, 50], fill=(255, 255, 255))
        if o % 4 == 1:
            d.rectangle([x, 62, x + 18, 66], fill=(255, 255, 255))
        x += 30
    im.save(path, "PNG")


def cartoon_avatar(path, k):
    """Popular downloaded avatars (anime-style, logos) that many unrelated people use."""
    cols = [(255, 120, 60), (60, 160, 255), (250, 200, 40), (120, 220, 120), (200, 80, 200), (30, 30, 30)]
    im = Image.new("RGB", (100, 100), cols[k % len(cols)])
    d = ImageDraw.Draw(im)
    d.ellipse([20, 15, 80, 75], fill=(255, 230, 210))
    d.ellipse([32, 35, 44, 50], fill=(20, 20, 80))
    d.ellipse([56, 35, 68, 50], fill=(20, 20, 80))
    d.polygon([(15, 30), (50, 0), (85, 30), (70, 20), (50, 12), (30, 20)], fill=cols[(k + 3) % len(cols)])
    d.arc([38, 52, 62, 66], 0, 180, fill=(200, 40, 60), width=3)
    im.save(path, "JPEG", quality=90)


# ------------------------------------------------------------------------------------------------
# Documents
# ------------------------------------------------------------------------------------------------
def _pdf_escape(s):
    s = s.encode("latin-1", "replace").decode("latin-1")
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def write_pdf(path, lines, producer="Microsoft® Word 2019"):
    """A one- or two-page PDF with Helvetica text, written by hand (what 'Save as PDF' gives, roughly)."""
    pages = [lines[i:i + 52] for i in range(0, max(1, len(lines)), 52)] or [[]]
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(len(pages)))
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    font_id = 3 + 2 * len(pages)
    for i, pg in enumerate(pages):
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 {font_id} 0 R >> >> "
                    f"/Contents {4 + 2 * i} 0 R >>".encode())
        body = ["BT", "/F1 10 Tf", "12 TL", "54 740 Td"]
        for ln in pg:
            body.append(f"({_pdf_escape(ln)}) Tj T*")
        body.append("ET")
        stream = "\n".join(body).encode("latin-1", "replace")
        objs.append(b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(f"<< /Producer ({_pdf_escape(producer)}) >>".encode("latin-1", "replace"))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs):
        offs.append(out.tell())
        out.write(f"{i + 1} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info {len(objs)} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    with open(path, "wb") as f:
        f.write(out.getvalue())


def _xml(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_docx(path, lines, author="User"):
    """A minimal valid .docx (one paragraph per line), deterministic (fixed zip timestamps)."""
    paras = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{_xml(ln)}</w:t></w:r></w:p>" for ln in lines)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           f'{paras}<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>')
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
            f'<dc:creator>{_xml(author)}</dc:creator><cp:lastModifiedBy>{_xml(author)}</cp:lastModifiedBy></cp:coreProperties>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
                           ("docProps/core.xml", core)):
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
