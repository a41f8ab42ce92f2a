"""Photos and resume documents for the Payvia world.

Photos are procedural head-and-shoulders portraits drawn from a seed (so two people never
get the same picture by chance), with the edits fraud operators make to reuse one face:
re-encoding, cropping, colour shifts, mirroring and an "AI edit" that redraws the face
over the same background, hair and clothes. Documents are written by hand (PDF 1.4 with
Helvetica text, a minimal OOXML .docx) so the bytes are a function of the seed alone.
"""
import io
import random
import unicodedata
import zipfile

from PIL import Image, ImageDraw, ImageEnhance, ImageFilter

SKIN = [(255, 224, 189), (241, 194, 125), (224, 172, 105), (198, 134, 66), (141, 85, 36), (92, 56, 28),
        (255, 219, 172), (234, 192, 134), (176, 122, 80)]
HAIR = [(20, 16, 12), (45, 30, 20), (80, 55, 35), (120, 85, 50), (165, 120, 70), (200, 170, 110),
        (110, 40, 20), (150, 150, 150), (60, 60, 60)]
BACKDROPS = [(210, 214, 220), (180, 196, 215), (232, 232, 228), (120, 140, 160), (200, 190, 170),
             (90, 110, 90), (240, 240, 245), (160, 170, 150), (60, 70, 90), (215, 200, 190)]


def _portrait_params(seed):
    r = random.Random(seed)
    return {
        "bg": r.choice(BACKDROPS), "bg2": tuple(max(0, min(255, c + r.randint(-40, 40))) for c in r.choice(BACKDROPS)),
        "grad": r.random() < 0.6, "skin": r.choice(SKIN), "hair": r.choice(HAIR),
        "hair_style": r.randint(0, 4), "face_w": r.uniform(0.30, 0.40), "face_h": r.uniform(0.38, 0.48),
        "cx": r.uniform(0.45, 0.55), "cy": r.uniform(0.40, 0.48), "shirt": tuple(r.randint(20, 230) for _ in range(3)),
        "collar": r.random() < 0.5, "glasses": r.random() < 0.25, "eye_y": r.uniform(0.40, 0.47),
        "eye_dx": r.uniform(0.28, 0.36), "eye_c": r.choice([(60, 40, 20), (40, 60, 90), (70, 90, 60), (30, 30, 30)]),
        "mouth_w": r.uniform(0.25, 0.45), "mouth_y": r.uniform(0.72, 0.80), "smile": r.uniform(-0.05, 0.12),
        "brow": r.uniform(0.02, 0.06), "nose": r.uniform(0.10, 0.18), "beard": r.random() < 0.15,
        "noise": r.randint(0, 2 ** 31), "blobs": [(r.random(), r.random(), r.uniform(0.05, 0.2),
                                                  tuple(r.randint(0, 255) for _ in range(3))) for _ in range(r.randint(2, 6))],
    }


def _draw(p, face=None, size=(180, 225)):
    """p: the scene (background, hair, clothes); face: the face's own parameters (default p)."""
    f = face or p
    W, H = size
    img = Image.new("RGB", size, p["bg"])
    d = ImageDraw.Draw(img)
    if p["grad"]:
        for y in range(H):
            t = y / H
            c = tuple(int(a * (1 - t) + b * t) for a, b in zip(p["bg"], p["bg2"]))
            d.line([(0, y), (W, y)], fill=c)
    for bx, by, br, bc in p["blobs"]:  # out-of-focus background shapes
        rr = br * W
        d.ellipse([bx * W - rr, by * H * 0.6 - rr, bx * W + rr, by * H * 0.6 + rr], fill=bc)
    img = img.filter(ImageFilter.GaussianBlur(4))
    d = ImageDraw.Draw(img)
    cx, cy = p["cx"] * W, p["cy"] * H
    fw, fh = f["face_w"] * W, f["face_h"] * H
    # shoulders and shirt
    d.ellipse([cx - W * 0.48, cy + fh * 0.55, cx + W * 0.48, cy + fh * 1.9], fill=p["shirt"])
    if p["collar"]:
        d.polygon([(cx - fw * 0.35, cy + fh * 0.6), (cx, cy + fh * 0.95), (cx + fw * 0.35, cy + fh * 0.6)], fill=(245, 245, 245))
    # neck
    d.rectangle([cx - fw * 0.22, cy + fh * 0.3, cx + fw * 0.22, cy + fh * 0.7], fill=tuple(int(c * 0.92) for c in f["skin"]))
    # hair behind
    hs = p["hair_style"]
    if hs in (1, 3):
        d.ellipse([cx - fw * 0.68, cy - fh * 0.62, cx + fw * 0.68, cy + fh * (0.55 if hs == 3 else 0.15)], fill=p["hair"])
    # face
    d.ellipse([cx - fw / 2, cy - fh / 2, cx + fw / 2, cy + fh / 2], fill=f["skin"])
    # hair on top
    if hs != 4:
        d.chord([cx - fw * 0.56, cy - fh * 0.62, cx + fw * 0.56, cy + fh * 0.05], 180, 360, fill=p["hair"])
    # eyes, brows
    ey = cy - fh / 2 + f["eye_y"] * fh
    for s in (-1, 1):
        ex = cx + s * f["eye_dx"] * fw
        d.ellipse([ex - fw * 0.09, ey - fh * 0.035, ex + fw * 0.09, ey + fh * 0.035], fill=(250, 250, 250))
        d.ellipse([ex - fw * 0.04, ey - fh * 0.03, ex + fw * 0.04, ey + fh * 0.03], fill=f["eye_c"])
        by = ey - f["brow"] * fh - fh * 0.04
        d.line([(ex - fw * 0.1, by + s * 1), (ex + fw * 0.1, by - s * 1)], fill=p["hair"], width=3)
        if p["glasses"]:
            d.ellipse([ex - fw * 0.14, ey - fh * 0.07, ex + fw * 0.14, ey + fh * 0.07], outline=(30, 30, 30), width=2)
    # nose and mouth
    d.line([(cx, ey + fh * 0.02), (cx - fw * 0.04, ey + f["nose"] * fh + fh * 0.05), (cx + fw * 0.02, ey + f["nose"] * fh + fh * 0.06)],
           fill=tuple(int(c * 0.8) for c in f["skin"]), width=2)
    my = cy - fh / 2 + f["mouth_y"] * fh
    mw = f["mouth_w"] * fw
    d.arc([cx - mw / 2, my - fh * 0.05 - f["smile"] * fh, cx + mw / 2, my + fh * 0.05 + f["smile"] * fh], 10, 170,
          fill=(150, 60, 60), width=3)
    if f.get("beard") and face is None:
        d.chord([cx - fw * 0.45, cy, cx + fw * 0.45, cy + fh * 0.52], 0, 180, fill=p["hair"])
    # sensor noise
    r = random.Random(p["noise"])
    px = img.load()
    for _ in range(W * H // 25):
        x, y = r.randrange(W), r.randrange(H)
        c = px[x, y]
        k = r.randint(-12, 12)
        px[x, y] = (max(0, min(255, c[0] + k)), max(0, min(255, c[1] + k)), max(0, min(255, c[2] + k)))
    return img


def portrait(seed, edit=None, edit_seed=0, backdrop=None, fmt="JPEG"):
    """The JPEG (or PNG) bytes of person `seed`'s photo.

    edit: None, or one of 'recompress', 'crop', 'color', 'flip', 'resize', 'ai_face' (a new face
    drawn over the same scene: background, hair, clothes), 'ai_face_crop' (both).
    backdrop: a photographer's backdrop seed (a company headshot day) that replaces the background.
    """
    p = _portrait_params(seed)
    if backdrop is not None:
        b = _portrait_params(backdrop)
        p.update(bg=b["bg"], bg2=b["bg2"], grad=b["grad"], blobs=b["blobs"])
    r = random.Random(edit_seed * 7919 + 17)
    face = None
    if edit in ("ai_face", "ai_face_crop"):
        face = dict(_portrait_params(edit_seed + 10 ** 9))
        face["skin"] = p["skin"] if r.random() < 0.6 else face["skin"]
    img = _draw(p, face)
    quality = 88
    if edit == "recompress":
        quality = r.choice([62, 70, 75, 80, 95])
    if edit in ("crop", "ai_face_crop"):
        W, H = img.size
        dx, dy = int(W * r.uniform(0.03, 0.09)), int(H * r.uniform(0.03, 0.09))
        img = img.crop((dx, dy, W - int(W * r.uniform(0.0, 0.06)), H - int(H * r.uniform(0.0, 0.05)))).resize((W, H))
    if edit == "color":
        img = ImageEnhance.Brightness(img).enhance(r.uniform(0.85, 1.15))
        img = ImageEnhance.Color(img).enhance(r.uniform(0.7, 1.3))
    if edit == "flip":
        img = img.transpose(Image.FLIP_LEFT_RIGHT)
    if edit == "resize":
        img = img.resize((int(img.size[0] * 1.6), int(img.size[1] * 1.6)), Image.BICUBIC)
    buf = io.BytesIO()
    if fmt == "PNG":
        img.save(buf, "PNG", optimize=False)
    else:
        img.save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def default_avatar(variant=0):
    """A platform's grey silhouette placeholder (variant 1: a Gravatar-style 'mystery person')."""
    W = H = 200
    img = Image.new("RGB", (W, H), (200, 205, 210) if variant == 0 else (236, 236, 236))
    d = ImageDraw.Draw(img)
    fg = (150, 155, 162) if variant == 0 else (190, 190, 190)
    d.ellipse([W * 0.32, H * 0.18, W * 0.68, H * 0.54], fill=fg)
    d.ellipse([W * 0.14, H * 0.6, W * 0.86, H * 1.3], fill=fg)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


# --------------------------------------------------------------------------- documents
_FOLD = {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ø": "o", "ß": "ss", "æ": "ae", "—": "-", "–": "-",
         "•": "-", "▪": "-", "’": "'", "“": '"', "”": '"', "\u00a0": " ", "·": "-", "|": "|"}


def ascii_fold(s):
    s = "".join(_FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if ord(c) < 128 and not unicodedata.combining(c))


def pdf_bytes(text, title="Resume"):
    """A minimal PDF 1.4: Helvetica 10pt lines, 60 lines a page."""
    lines = []
    for raw in text.split("\n"):
        raw = ascii_fold(raw)
        while len(raw) > 95:
            cut = raw.rfind(" ", 0, 95)
            cut = cut if cut > 20 else 95
            lines.append(raw[:cut])
            raw = raw[cut:].lstrip()
        lines.append(raw)
    pages = [lines[i:i + 60] for i in range(0, max(1, len(lines)), 60)] or [[]]
    objs = []
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, then per page: page obj, content obj
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n_pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, pl in enumerate(pages):
        content = ["BT", "/F1 10 Tf", "12 TL", "50 780 Td"]
        for ln in pl:
            esc = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            content.append(f"({esc}) Tj T*")
        content.append("ET")
        stream = "\n".join(content).encode("latin-1")
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
                    f"/Contents {5 + 2 * i} 0 R >>".encode())
        objs.append(b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for k, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{k} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    info = ascii_fold(title).replace("(", "").replace(")", "")
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


_CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
       '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
       '<Default Extension="xml" ContentType="application/xml"/>'
       '<Override PartName="/word/document.xml" '
       'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
       '</Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
         'Target="word/document.xml"/></Relationships>')


def _xml_esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;"))


def docx_bytes(text):
    paras = []
    for ln in text.split("\n"):
        bold = ln.isupper() and len(ln) > 2
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        paras.append(f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{_xml_esc(ln)}</w:t></w:r></w:p>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(paras) + '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", _CT), ("_rels/.rels", _RELS), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()
