"""Procedurally drawn profile photos (no real faces) and their edits, avatars, and resume files (txt/md/pdf/docx)."""
import hashlib
import io
import random
import zipfile

from PIL import Image, ImageDraw, ImageFilter

SKIN = [(255, 224, 196), (241, 194, 160), (224, 172, 135), (198, 134, 96), (160, 104, 70), (112, 72, 48), (236, 200, 170)]
HAIR = [(20, 16, 14), (55, 38, 26), (96, 62, 36), (160, 120, 70), (200, 170, 110), (120, 120, 120), (70, 30, 20)]
BG = [(214, 226, 240), (235, 235, 235), (200, 215, 200), (245, 230, 210), (60, 70, 90), (180, 200, 220), (250, 250, 250), (120, 140, 160)]


def _r(key):
    return random.Random(int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big"))


def portrait(face, variant=0, size=192):
    """A face from its id; variant > 0 is an edit of it (crop, light, background, touched-up features)."""
    r = _r("face|" + face)
    skin, hair, bg = r.choice(SKIN), r.choice(HAIR), r.choice(BG)
    cx, cy, hw, hh = 96 + r.randrange(-6, 7), 92 + r.randrange(-6, 7), 38 + r.randrange(-6, 7), 50 + r.randrange(-6, 7)
    eye_dy, eye_dx, mouth_w, hair_style = r.randrange(-14, -4), r.randrange(12, 20), r.randrange(12, 24), r.randrange(4)
    shirt = (r.randrange(20, 230), r.randrange(20, 230), r.randrange(20, 230))
    if variant:
        v = _r(f"edit|{face}|{variant}")
        bg = v.choice(BG)
        cx += v.randrange(-5, 6)
        cy += v.randrange(-5, 6)
        skin = tuple(min(255, max(0, c + v.randrange(-12, 13))) for c in skin)
        mouth_w += v.randrange(-3, 4)
        shirt = (v.randrange(20, 230), v.randrange(20, 230), v.randrange(20, 230)) if v.random() < 0.5 else shirt
    im = Image.new("RGB", (192, 192), bg)
    d = ImageDraw.Draw(im)
    d.ellipse([cx - 70, cy + 55, cx + 70, cy + 170], fill=shirt)
    d.rectangle([cx - 14, cy + 35, cx + 14, cy + 65], fill=skin)
    if hair_style in (1, 3):
        d.ellipse([cx - hw - 8, cy - hh - 8, cx + hw + 8, cy + hh + 30], fill=hair)
    d.ellipse([cx - hw, cy - hh, cx + hw, cy + hh], fill=skin)
    if hair_style in (0, 1, 2):
        d.chord([cx - hw - 3, cy - hh - 6, cx + hw + 3, cy + 4], 180, 360, fill=hair)
    for sx in (-1, 1):
        ex = cx + sx * eye_dx
        d.ellipse([ex - 6, cy + eye_dy - 4, ex + 6, cy + eye_dy + 4], fill=(250, 250, 250))
        d.ellipse([ex - 3, cy + eye_dy - 3, ex + 3, cy + eye_dy + 3], fill=(40, 30, 25))
    d.line([cx, cy - 2, cx - 3, cy + 14], fill=tuple(max(0, c - 40) for c in skin), width=2)
    d.arc([cx - mouth_w, cy + 14, cx + mouth_w, cy + 32], 20, 160, fill=(150, 60, 60), width=3)
    # Camera noise so two photos of one face are near, not equal.
    n = _r(f"noise|{face}|{variant}")
    for _ in range(60):
        x, y = n.randrange(192), n.randrange(192)
        d.point((x, y), fill=tuple(min(255, c + n.randrange(-20, 21)) for c in im.getpixel((x, y))))
    if variant and _r(f"blur|{face}|{variant}").random() < 0.5:
        im = im.filter(ImageFilter.SMOOTH)
    return im.resize((size, size)) if size != 192 else im


def initials_avatar(letters):
    """Letter avatars: the same letters give the same image, as the platform's default does."""
    r = _r("initials|" + letters)
    im = Image.new("RGB", (128, 128), (r.randrange(40, 200), r.randrange(40, 200), r.randrange(40, 200)))
    d = ImageDraw.Draw(im)
    d.text((40, 52), letters, fill=(255, 255, 255))
    return im


def default_avatar():
    im = Image.new("RGB", (128, 128), (200, 204, 210))
    d = ImageDraw.Draw(im)
    d.ellipse([40, 22, 88, 70], fill=(150, 155, 165))
    d.ellipse([20, 78, 108, 150], fill=(150, 155, 165))
    return im


def encode(im, fmt, quality=85):
    b = io.BytesIO()
    if fmt == "png":
        im.save(b, "PNG", optimize=False)
    else:
        im.save(b, "JPEG", quality=quality)
    return b.getvalue()


def _pdf_escape(s):
    s = s.encode("latin-1", "replace").decode("latin-1")
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(text):
    """A small hand-written PDF: one Helvetica page per 60 lines, text a reader can extract."""
    lines = text.splitlines() or [""]
    pages = [lines[i:i + 60] for i in range(0, len(lines), 60)]
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", None, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for pg in pages:
        body = "BT /F1 10 Tf 50 800 Td 13 TL\n" + "\n".join(f"({_pdf_escape(l[:110])}) Tj T*" for l in pg) + "\nET"
        stream = body.encode("latin-1")
        objs.append(f"<< /Length {len(stream)} >>\nstream\n" + body + "\nendstream")
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {len(objs)} 0 R >>")
        kids.append(len(objs))
    objs[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>"
    out = bytearray(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return bytes(out)


def _xml(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(text):
    """A minimal Word document written by hand with fixed zip times, so output is byte-identical."""
    paras = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{_xml(l)}</w:t></w:r></w:p>" for l in text.splitlines())
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                               '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                               '<Default Extension="xml" ContentType="application/xml"/>'
                               '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                       '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                             f"<w:body>{paras}</w:body></w:document>",
    }
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, body.encode("utf-8"))
    return b.getvalue()
