"""World 24 media: procedurally drawn ID/selfie photos (no real faces) and their edits, resumes as txt/md/pdf/docx."""
import io
import os
import random
import zipfile

from PIL import Image, ImageDraw

from . import data

SKIN = [(255, 224, 196), (241, 194, 160), (224, 172, 130), (198, 134, 96), (160, 104, 70), (110, 70, 45), (236, 200, 170)]
HAIR = [(20, 15, 10), (60, 40, 20), (110, 80, 40), (200, 170, 100), (140, 60, 20), (90, 90, 90), (35, 30, 30)]
BG = [(230, 230, 235), (200, 215, 235), (240, 240, 240), (220, 235, 220), (185, 200, 225), (245, 235, 215)]


def new_face(rng):
    return {"skin": rng.randrange(len(SKIN)), "hair": rng.randrange(len(HAIR)), "bg": rng.randrange(len(BG)),
            "fw": rng.randrange(30, 42), "fh": rng.randrange(40, 52), "eye": rng.randrange(8, 14), "ey": rng.randrange(30, 38),
            "mouth": rng.randrange(8, 18), "hs": rng.randrange(4), "glasses": rng.random() < 0.25, "seed": rng.randrange(10 ** 9)}


class Media:
    def __init__(self, bundle, seed):
        self.bundle = bundle
        os.makedirs(os.path.join(bundle, "photos"), exist_ok=True)
        os.makedirs(os.path.join(bundle, "resumes"), exist_ok=True)
        self.seed = seed
        self.cache = {}
        self.n_photo = 0
        self.n_resume = {"pdf": 0, "txt": 0, "docx": 0, "md": 0, "inline": 0}

    def _draw(self, f, shot, edit):
        r = random.Random(f["seed"] * 1000003 + shot)
        W, H = 64, 80
        bg = BG[f["bg"]] if edit.get("bg") is None else edit["bg"]
        img = Image.new("RGB", (W, H), bg)
        d = ImageDraw.Draw(img)
        if edit.get("booth"):
            for x in range(0, W, 8):
                d.line([(x, 0), (x, H)], fill=(bg[0] - 20, bg[1] - 20, bg[2] - 20))
        dx, dy = (r.randrange(-3, 4), r.randrange(-3, 4)) if shot else (0, 0)
        light = r.randrange(-18, 19) if shot else 0
        sk = tuple(max(0, min(255, c + light)) for c in SKIN[f["skin"]])
        hair = HAIR[f["hair"] if edit.get("hair") is None else edit["hair"]]
        cx, cy = W // 2 + dx, 44 + dy
        d.rectangle([cx - 20, cy + 20, cx + 20, H], fill=(60, 70, 90) if not edit.get("shirt") else edit["shirt"])
        d.ellipse([cx - f["fw"] // 2, cy - f["fh"] // 2, cx + f["fw"] // 2, cy + f["fh"] // 2], fill=sk)
        hs = f["hs"]
        d.pieslice([cx - f["fw"] // 2 - 2, cy - f["fh"] // 2 - 4, cx + f["fw"] // 2 + 2, cy + 4 - hs * 3], 180, 360, fill=hair)
        ey = cy - 24 + f["ey"] // 2
        for s in (-1, 1):
            ex = cx + s * f["eye"] // 2 * 2 // 2 + s * 3
            d.ellipse([ex - 2, ey - 2, ex + 2, ey + 2], fill=(30, 30, 40))
            if f["glasses"] or edit.get("glasses"):
                d.ellipse([ex - 5, ey - 4, ex + 5, ey + 4], outline=(20, 20, 20))
        d.line([cx - f["mouth"] // 2, cy + 12, cx + f["mouth"] // 2, cy + 12], fill=(150, 60, 60), width=2)
        if shot:
            px = img.load()
            for _ in range(60):
                x, y = r.randrange(W), r.randrange(H)
                c = px[x, y]
                px[x, y] = tuple(max(0, min(255, v + r.randrange(-12, 13))) for v in c)
        return img

    def photo(self, face, shot=0, edit=None, key=None):
        """face: params; shot: 0 = the base photo, n = a new photo of the same face; edit: light edit of a base photo."""
        edit = edit or {}
        k = key or (face["seed"], shot, tuple(sorted((a, str(b)) for a, b in edit.items())))
        if k in self.cache:
            return self.cache[k]
        self.n_photo += 1
        ext = "jpg" if (face["seed"] + shot) % 3 else "png"
        rel = f"photos/p{self.n_photo:06d}.{ext}"
        img = self._draw(face, shot, edit)
        if ext == "jpg":
            img.save(os.path.join(self.bundle, rel), "JPEG", quality=85)
        else:
            img.save(os.path.join(self.bundle, rel), "PNG")
        self.cache[k] = rel
        return rel

    def avatar(self, kind):
        k = ("avatar", kind)
        if k in self.cache:
            return self.cache[k]
        img = Image.new("RGB", (64, 64), (200, 200, 205))
        d = ImageDraw.Draw(img)
        d.ellipse([20, 10, 44, 34], fill=(150, 150, 160))
        d.pieslice([8, 36, 56, 90], 180, 360, fill=(150, 150, 160))
        rel = f"photos/default_{kind}.png"
        img.save(os.path.join(self.bundle, rel), "PNG")
        self.cache[k] = rel
        return rel

    # ------------------------------------------------------------ resumes
    def resume(self, sid, text, fmt):
        if fmt == "inline":
            self.n_resume["inline"] += 1
            return text
        self.n_resume[fmt] += 1
        rel = f"resumes/{sid}.{fmt}"
        path = os.path.join(self.bundle, rel)
        if fmt in ("txt", "md"):
            body = text if fmt == "txt" else "# " + text.replace("\n\n", "\n\n## ", 1)
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(body)
        elif fmt == "pdf":
            with open(path, "wb") as fh:
                fh.write(pdf_bytes(text))
        else:
            with open(path, "wb") as fh:
                fh.write(docx_bytes(text))
        return rel


def resume_text(rng, name, email, phone, city, title, skills, jobs, school, summary=None, template=None):
    lines = [name, f"{city} | {email} | {phone}", "", title]
    lines.append(summary or f"{title} with {rng.randrange(2, 15)} years of experience building reliable software. "
                            f"Strong in {', '.join(skills[:3])}.")
    lines += ["", "EXPERIENCE"]
    for emp, yrs, bullet in jobs:
        lines.append(f"{emp} - {yrs}")
        lines.append(f"- {bullet}")
    lines += ["", "SKILLS", ", ".join(skills), "", "EDUCATION", school]
    if template:
        lines += ["", template]
    return "\n".join(lines)


def job_history(rng, skills):
    out = []
    y = 2024
    for _ in range(rng.randrange(1, 4)):
        a = y - rng.randrange(1, 5)
        emp = rng.choice(data.PAST_EMPLOYERS)
        verb = rng.choice(["Built", "Led", "Maintained", "Designed", "Migrated", "Automated", "Shipped"])
        obj = rng.choice(["a payments API", "the customer dashboard", "CI/CD pipelines", "a data warehouse",
                          "microservices on Kubernetes", "the mobile app", "internal tooling", "an ETL platform",
                          "a smart-contract audit flow", "the onboarding service"])
        out.append((emp, f"{a}-{y}", f"{verb} {obj} using {rng.choice(skills)}; cut latency {rng.randrange(10, 70)}%."))
        y = a
    return out


def _pdf_esc(s):
    s = s.encode("latin-1", "replace").decode("latin-1")
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_bytes(text):
    ops = ["BT", "/F1 10 Tf", "50 780 Td", "12 TL"]
    for line in text.split("\n")[:60]:
        ops.append(f"({_pdf_esc(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
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


def _xml(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx_bytes(text):
    paras = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{_xml(l)}</w:t></w:r></w:p>" for l in text.split("\n"))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + paras + "</w:body></w:document>")
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
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, body)
    return out.getvalue()
