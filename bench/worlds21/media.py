"""Procedural portraits (no real faces), their edits, avatars, and hand-written PDF/DOCX resumes."""
import hashlib
import io
import random
import unicodedata
import zipfile
from xml.sax.saxutils import escape

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFont

W, H = 120, 150
SKIN = [(255, 224, 196), (241, 194, 160), (224, 172, 130), (198, 134, 96), (160, 104, 70), (118, 78, 52), (92, 60, 40), (250, 210, 180)]
HAIR = [(20, 16, 14), (58, 40, 28), (96, 66, 40), (150, 110, 60), (200, 170, 110), (120, 40, 20), (160, 160, 160), (35, 30, 45)]
BGS = [((225, 230, 238), (170, 180, 200)), ((240, 235, 225), (200, 190, 170)), ((200, 220, 210), (120, 150, 140)), ((235, 235, 235), (120, 120, 125)),
       ((210, 225, 245), (80, 110, 160)), ((245, 225, 225), (180, 140, 140)), ((60, 60, 70), (20, 20, 25)), ((250, 250, 250), (215, 215, 215))]


def face_spec(rng):
    """A random face: every number the renderer needs."""
    return dict(seed=rng.randrange(1 << 30), skin=rng.randrange(len(SKIN)), hair=rng.randrange(len(HAIR)), style=rng.randrange(5),
                bg=rng.randrange(len(BGS)), cx=60 + rng.randint(-8, 8), cy=62 + rng.randint(-8, 6), rx=rng.randint(24, 31), ry=rng.randint(31, 38),
                eye=rng.randint(9, 14), shirt=(rng.randrange(256), rng.randrange(256), rng.randrange(256)), glasses=rng.random() < 0.25,
                beard=rng.random() < 0.15, tilt=rng.uniform(-6, 6))


def edit_spec(rng, strength=1.0):
    """An 'AI edit' or a new webcam frame of the same face: small changes."""
    return dict(bright=1 + rng.uniform(-0.12, 0.12) * strength, contrast=1 + rng.uniform(-0.1, 0.1) * strength, dx=rng.randint(-3, 3), dy=rng.randint(-3, 3),
                shirt=(rng.randrange(256), rng.randrange(256), rng.randrange(256)) if rng.random() < 0.5 else None,
                glasses=(rng.random() < 0.2), bgshift=rng.randint(-18, 18), noise=rng.randrange(1 << 20), crop=rng.randint(0, 6))


def render_face(spec, edit=None):
    r = random.Random(spec["seed"])
    c1, c2 = BGS[spec["bg"]]
    shift = edit["bgshift"] if edit else 0
    c1 = tuple(max(0, min(255, v + shift)) for v in c1)
    g = np.array([[r.random() for _ in range(4)] for _ in range(5)], dtype=np.float32)
    gi = Image.fromarray((g * 255).astype(np.uint8), "L").resize((W, H), Image.BICUBIC)
    ga = np.asarray(gi, dtype=np.float32)[..., None] / 255.0
    arr = np.array(c1, dtype=np.float32) * (1 - ga) + np.array(c2, dtype=np.float32) * ga
    img = Image.fromarray(arr.astype(np.uint8), "RGB")
    d = ImageDraw.Draw(img)
    skin, hair = SKIN[spec["skin"]], HAIR[spec["hair"]]
    cx, cy, rx, ry = spec["cx"], spec["cy"], spec["rx"], spec["ry"]
    shirt = tuple(spec["shirt"]) if not (edit and edit["shirt"]) else tuple(edit["shirt"])
    d.ellipse([cx - 55, cy + ry + 8, cx + 55, cy + ry + 90], fill=shirt)
    d.rectangle([cx - 10, cy + ry - 8, cx + 10, cy + ry + 14], fill=skin)
    st = spec["style"]
    if st in (1, 3):
        d.ellipse([cx - rx - 6, cy - ry - 8, cx + rx + 6, cy + ry + 20], fill=hair)
    d.ellipse([cx - rx, cy - ry, cx + rx, cy + ry], fill=skin)
    if st == 0:
        d.chord([cx - rx, cy - ry - 4, cx + rx, cy + 4], 180, 360, fill=hair)
    elif st == 1:
        d.chord([cx - rx, cy - ry - 6, cx + rx, cy - 2], 180, 360, fill=hair)
    elif st == 2:
        d.pieslice([cx - rx - 2, cy - ry - 6, cx + rx + 2, cy + 10], 190, 350, fill=hair)
    elif st == 3:
        d.chord([cx - rx + 2, cy - ry - 3, cx + rx - 2, cy - 6], 180, 360, fill=hair)
    e = spec["eye"]
    for sx in (-1, 1):
        ex = cx + sx * e
        d.ellipse([ex - 4, cy - 6, ex + 4, cy], fill=(250, 250, 250))
        d.ellipse([ex - 2, cy - 5, ex + 2, cy - 1], fill=(40, 30, 25))
        d.line([ex - 5, cy - 11, ex + 5, cy - 12], fill=hair, width=2)
    d.line([cx, cy - 2, cx - 2, cy + 9], fill=tuple(int(v * 0.8) for v in skin), width=2)
    d.arc([cx - 9, cy + 10, cx + 9, cy + 20], 20, 160, fill=(150, 70, 70), width=2)
    if spec["beard"]:
        d.chord([cx - rx + 3, cy + 4, cx + rx - 3, cy + ry + 2], 0, 180, fill=hair)
    if spec["glasses"] or (edit and edit["glasses"]):
        for sx in (-1, 1):
            ex = cx + sx * e
            d.rectangle([ex - 6, cy - 8, ex + 6, cy + 2], outline=(30, 30, 30), width=2)
        d.line([cx - e + 6, cy - 4, cx + e - 6, cy - 4], fill=(30, 30, 30), width=2)
    img = img.rotate(spec["tilt"], resample=Image.BILINEAR, fillcolor=c2)
    if edit:
        img = ImageEnhance.Brightness(img).enhance(edit["bright"])
        img = ImageEnhance.Contrast(img).enhance(edit["contrast"])
        c = edit["crop"]
        img = img.crop((c + edit["dx"] + 3, c + edit["dy"] + 3, W - c + edit["dx"] - 3, H - c + edit["dy"] - 3)).resize((W, H), Image.BILINEAR)
        nr = np.random.default_rng(edit["noise"])
        a = np.asarray(img, dtype=np.int16) + nr.integers(-6, 7, size=(H, W, 3), dtype=np.int16)
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    return img


def save_jpeg(img, path, quality=86):
    img.save(path, "JPEG", quality=quality, optimize=False)


def save_png(img, path):
    img.save(path, "PNG", optimize=False)


AVATAR_COLOURS = [(26, 115, 232), (217, 48, 37), (30, 142, 62), (249, 171, 0), (161, 66, 244), (0, 137, 123), (233, 30, 99), (96, 125, 139)]
_FONT = None


def _font():
    global _FONT
    if _FONT is None:
        try:
            _FONT = ImageFont.load_default(size=44)
        except TypeError:  # older Pillow
            _FONT = ImageFont.load_default()
    return _FONT


def initials_avatar(initials):
    """Identical initials give identical images (the colour comes from the letters)."""
    col = AVATAR_COLOURS[int(hashlib.sha256(initials.encode()).hexdigest(), 16) % len(AVATAR_COLOURS)]
    img = Image.new("RGB", (128, 128), col)
    d = ImageDraw.Draw(img)
    d.text((64, 64), initials, fill=(255, 255, 255), font=_font(), anchor="mm")
    return img


def default_avatar():
    img = Image.new("RGB", (128, 128), (224, 228, 232))
    d = ImageDraw.Draw(img)
    d.ellipse([40, 22, 88, 70], fill=(160, 168, 178))
    d.ellipse([18, 78, 110, 160], fill=(160, 168, 178))
    return img


def stock_avatar(k):
    """Popular downloaded cartoon/illustration avatars (the same file for everyone who picked it)."""
    r = random.Random(9000 + k)
    img = Image.new("RGB", (160, 160), tuple(r.randrange(256) for _ in range(3)))
    d = ImageDraw.Draw(img)
    for _ in range(6):
        x, y = r.randrange(160), r.randrange(160)
        s = r.randint(20, 70)
        d.ellipse([x - s, y - s, x + s, y + s], fill=tuple(r.randrange(256) for _ in range(3)))
    d.ellipse([45, 35, 115, 105], fill=(250, 220, 120))
    d.ellipse([62, 58, 70, 66], fill=(0, 0, 0))
    d.ellipse([90, 58, 98, 66], fill=(0, 0, 0))
    d.arc([62, 70, 98, 95], 10, 170, fill=(0, 0, 0), width=3)
    return img


def _ascii(s):
    out = []
    for ch in s:
        try:
            ch.encode("latin-1")
            out.append(ch)
        except UnicodeEncodeError:
            out.append(unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode() or "?")
    return "".join(out)


def pdf_bytes(lines):
    """A one- or two-page PDF with the text in Helvetica, written by hand (no dates, deterministic)."""
    pages = [lines[i:i + 58] for i in range(0, max(1, len(lines)), 58)] or [[]]
    objs = []
    kids = []
    font_id = 3
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(None)  # pages, filled below
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for pg in pages:
        parts = ["BT /F1 10 Tf 13 TL 50 780 Td"]
        for ln in pg:
            t = _ascii(ln).replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            parts.append(f"({t}) Tj T*")
        parts.append("ET")
        stream = "\n".join(parts).encode("latin-1")
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        cid = len(objs)
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (font_id, cid))
        kids.append(len(objs))
    objs[1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
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


_CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
       '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
       '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')


def docx_bytes(lines):
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(ln)}</w:t></w:r></w:p>' for ln in lines)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{body}<w:sectPr/></w:body></w:document>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", _CT), ("_rels/.rels", _RELS), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return out.getvalue()
