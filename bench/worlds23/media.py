"""Photos (procedurally drawn portraits, their edits, initials and default avatars) and resumes (text, Markdown,
hand-written PDF and DOCX). No real faces, no network, deterministic bytes."""
import io
import math
import zipfile

from anyascii import anyascii
from PIL import Image, ImageDraw, ImageEnhance, ImageFont, ImageOps

from . import data as D
from .infra import seeded, crypto_address, hhex


def ascii_slug(s):
    return "".join(ch for ch in anyascii(s).lower() if ch.isalnum()) or "x"


def crypto(rng, chain):
    if chain == "usdc":
        return crypto_address(rng, "erc20")
    return crypto_address(rng, chain)


# ---------------------------------------------------------------------------------------------------------------
# portraits

SKIN = [(255, 224, 196), (241, 194, 165), (224, 172, 136), (198, 134, 98), (161, 102, 70), (120, 76, 50), (92, 58, 40),
        (234, 192, 150), (214, 160, 120), (250, 210, 175)]
HAIR = [(20, 16, 14), (48, 32, 22), (86, 58, 36), (140, 96, 52), (196, 160, 96), (214, 196, 150), (120, 40, 24), (160, 160, 160),
        (230, 230, 230), (30, 24, 40)]
BG = [(232, 236, 240), (200, 216, 232), (240, 232, 220), (214, 232, 214), (250, 250, 250), (60, 64, 72), (180, 196, 214),
      (226, 214, 240), (210, 210, 210), (120, 150, 180), (245, 222, 200), (190, 220, 220)]
SHIRT = [(30, 50, 90), (240, 240, 240), (20, 20, 20), (90, 110, 130), (140, 30, 40), (60, 100, 60), (200, 180, 150), (70, 70, 160),
         (100, 100, 100), (180, 200, 230)]


def _face_params(face_id):
    r = seeded("face", face_id)
    return dict(skin=r.choice(SKIN), hair=r.choice(HAIR), bg=r.choice(BG), shirt=r.choice(SHIRT), fw=r.uniform(0.30, 0.38),
                fh=r.uniform(0.40, 0.48), style=r.randrange(5), eye=r.uniform(0.07, 0.1), glasses=r.random() < 0.25,
                beard=r.random() < 0.18, smile=r.uniform(-0.02, 0.05), tilt=r.uniform(-4, 4), cx=r.uniform(0.46, 0.54),
                cy=r.uniform(0.44, 0.52), neck=r.uniform(0.12, 0.17), brow=r.uniform(0.0, 0.02), ear=r.random() < 0.6,
                grad=r.random() < 0.4, mouth_w=r.uniform(0.07, 0.11), nose=r.uniform(0.03, 0.06))


def draw_face(face_id, size=192, edit=0):
    P = _face_params(face_id)
    e = seeded("edit", face_id, edit) if edit else None
    if e is not None and edit >= 3:
        # heavier edits: another background, glasses toggled, hair tint (a photo "refreshed" with an AI tool)
        P["bg"] = e.choice(BG)
        if e.random() < 0.5:
            P["glasses"] = not P["glasses"]
        if e.random() < 0.4:
            P["hair"] = tuple(min(255, max(0, c + e.randint(-30, 30))) for c in P["hair"])
    S = size
    im = Image.new("RGB", (S, S), P["bg"])
    d = ImageDraw.Draw(im)
    if P["grad"]:
        for y in range(0, S, 4):
            f = y / S
            col = tuple(int(c * (1 - 0.25 * f)) for c in P["bg"])
            d.rectangle([0, y, S, y + 4], fill=col)
    cx, cy = P["cx"] * S, P["cy"] * S
    fw, fh = P["fw"] * S, P["fh"] * S
    # shoulders and neck
    d.ellipse([cx - 0.55 * S, cy + 0.32 * S, cx + 0.55 * S, cy + 1.1 * S], fill=P["shirt"])
    d.rectangle([cx - P["neck"] * S / 2, cy + fh * 0.35, cx + P["neck"] * S / 2, cy + fh * 0.8], fill=P["skin"])
    # hair behind
    st = P["style"]
    if st in (1, 3):
        d.ellipse([cx - fw * 0.62, cy - fh * 0.62, cx + fw * 0.62, cy + fh * (0.85 if st == 1 else 0.3)], fill=P["hair"])
    # ears
    if P["ear"]:
        d.ellipse([cx - fw * 0.58, cy - fh * 0.05, cx - fw * 0.42, cy + fh * 0.15], fill=P["skin"])
        d.ellipse([cx + fw * 0.42, cy - fh * 0.05, cx + fw * 0.58, cy + fh * 0.15], fill=P["skin"])
    # face
    d.ellipse([cx - fw / 2, cy - fh / 2, cx + fw / 2, cy + fh / 2], fill=P["skin"])
    # hair on top
    if st != 4:
        d.chord([cx - fw * 0.55, cy - fh * 0.62, cx + fw * 0.55, cy + fh * 0.1], 180, 360, fill=P["hair"])
    if st == 2:
        d.ellipse([cx - fw * 0.2, cy - fh * 0.75, cx + fw * 0.2, cy - fh * 0.45], fill=P["hair"])
    # eyes, brows, nose, mouth
    ey = cy - fh * 0.02
    ex = fw * 0.2
    er = P["eye"] * S * 0.25
    for sx in (-1, 1):
        d.ellipse([cx + sx * ex - er * 1.6, ey - er, cx + sx * ex + er * 1.6, ey + er], fill=(250, 250, 250))
        d.ellipse([cx + sx * ex - er * 0.8, ey - er * 0.8, cx + sx * ex + er * 0.8, ey + er * 0.8], fill=(50, 40, 30))
        by = ey - er * 2.2 - P["brow"] * S
        d.line([cx + sx * ex - er * 2, by, cx + sx * ex + er * 2, by - sx * 0], fill=P["hair"], width=max(2, S // 80))
    d.line([cx, ey + er, cx - P["nose"] * S * 0.3, ey + fh * 0.18, cx, ey + fh * 0.2], fill=tuple(int(c * 0.8) for c in P["skin"]), width=2)
    my = cy + fh * 0.26
    mw = P["mouth_w"] * S
    d.arc([cx - mw, my - mw * 0.4 - P["smile"] * S, cx + mw, my + mw * 0.4 + P["smile"] * S], 10, 170, fill=(150, 60, 60), width=max(2, S // 70))
    if P["beard"]:
        d.chord([cx - fw * 0.48, cy - fh * 0.05, cx + fw * 0.48, cy + fh * 0.52], 20, 160, fill=P["hair"])
    if P["glasses"]:
        for sx in (-1, 1):
            d.ellipse([cx + sx * ex - er * 2.6, ey - er * 2, cx + sx * ex + er * 2.6, ey + er * 2], outline=(30, 30, 30), width=max(2, S // 90))
        d.line([cx - ex + er * 2.6, ey, cx + ex - er * 2.6, ey], fill=(30, 30, 30), width=2)
    if P["tilt"]:
        im = im.rotate(P["tilt"], resample=Image.BILINEAR, fillcolor=P["bg"])
    if e is not None:
        z = e.uniform(0.86, 0.98)
        w_ = int(S * z)
        x0 = e.randint(0, S - w_)
        y0 = e.randint(0, S - w_)
        im = im.crop((x0, y0, x0 + w_, y0 + w_)).resize((S, S), Image.BILINEAR)
        im = ImageEnhance.Brightness(im).enhance(e.uniform(0.88, 1.12))
        im = ImageEnhance.Color(im).enhance(e.uniform(0.8, 1.2))
        if e.random() < 0.25:
            im = ImageOps.mirror(im)
        if edit >= 7:
            im = ImageEnhance.Sharpness(im).enhance(2.0)
            im = ImageEnhance.Contrast(im).enhance(1.1)
    return im


def encode(im, fmt, quality=88):
    b = io.BytesIO()
    if fmt == "png":
        im.save(b, "PNG", optimize=False)
    else:
        im.save(b, "JPEG", quality=quality)
    return b.getvalue()


PALETTE = [(66, 133, 244), (219, 68, 55), (244, 180, 0), (15, 157, 88), (171, 71, 188), (0, 172, 193), (255, 112, 67), (92, 107, 192),
           (120, 144, 156)]
_FONT = {}


def _font(sz):
    f = _FONT.get(sz)
    if f is None:
        try:
            f = ImageFont.load_default(size=sz)
        except TypeError:
            f = ImageFont.load_default()
        _FONT[sz] = f
    return f


def initials_avatar(letters, color):
    S = 128
    im = Image.new("RGB", (S, S), PALETTE[color % len(PALETTE)])
    d = ImageDraw.Draw(im)
    f = _font(56)
    d.text((S / 2, S / 2), anyascii(letters)[:2] or "?", fill=(255, 255, 255), font=f, anchor="mm")
    return im


def slack_default(k):
    S = 128
    r = seeded("slackdef", k)
    col = PALETTE[k % len(PALETTE)]
    im = Image.new("RGB", (S, S), col)
    d = ImageDraw.Draw(im)
    lighter = tuple(min(255, c + 70) for c in col)
    for i in range(4):
        x, y = r.randint(0, S), r.randint(0, S)
        rad = r.randint(14, 40)
        d.ellipse([x - rad, y - rad, x + rad, y + rad], fill=lighter)
    d.ellipse([44, 26, 84, 66], fill=(255, 255, 255))
    d.ellipse([24, 70, 104, 150], fill=(255, 255, 255))
    return im


def cartoon(k):
    S = 128
    r = seeded("cartoon", k)
    im = Image.new("RGB", (S, S), r.choice(BG))
    d = ImageDraw.Draw(im)
    body = (r.randint(60, 240), r.randint(60, 240), r.randint(60, 240))
    d.ellipse([24, 30, 104, 110], fill=body)
    if k % 3 == 0:   # cat ears
        d.polygon([(30, 44), (40, 10), (58, 34)], fill=body)
        d.polygon([(98, 44), (88, 10), (70, 34)], fill=body)
    elif k % 3 == 1:   # dog ears
        d.ellipse([12, 34, 40, 84], fill=tuple(int(c * 0.7) for c in body))
        d.ellipse([88, 34, 116, 84], fill=tuple(int(c * 0.7) for c in body))
    d.ellipse([46, 58, 56, 68], fill=(20, 20, 20))
    d.ellipse([72, 58, 82, 68], fill=(20, 20, 20))
    d.ellipse([59, 74, 69, 82], fill=(40, 20, 20))
    return im


_PHOTO_CACHE = {}


def photo_bytes(spec, sid):
    """(bytes, extension) for a subject's photo spec."""
    kind, key, edit = spec
    if kind == "face":
        r = seeded("fmt", key, edit)
        size = r.choice([160, 192, 200, 256]) if edit else 192
        fmt = "png" if (edit and r.random() < 0.25) else "jpg"
        im = draw_face(key, size=size, edit=edit)
        return encode(im, fmt, quality=r.randint(72, 92) if edit else 88), fmt
    ck = (kind, key, edit)
    if ck in _PHOTO_CACHE:
        return _PHOTO_CACHE[ck]
    if kind == "initials":
        im = initials_avatar(key, edit)
        out = encode(im, "png"), "png"
    elif kind == "slack":
        out = encode(slack_default(key), "png"), "png"
    else:
        out = encode(cartoon(key), "jpg"), "jpg"
    _PHOTO_CACHE[ck] = out
    return out


# ---------------------------------------------------------------------------------------------------------------
# resumes

VERBS = ["Built", "Designed", "Led", "Implemented", "Migrated", "Optimized", "Automated", "Shipped", "Owned", "Refactored", "Scaled",
         "Introduced", "Maintained", "Delivered", "Developed", "Architected", "Reduced", "Improved", "Launched", "Mentored"]
OBJECTS = {
    "eng": ["a real-time payments ledger", "the customer onboarding flow", "a multi-tenant REST API", "an event-driven order pipeline",
            "the mobile checkout experience", "a GraphQL gateway", "CI/CD pipelines", "a feature-flag service", "the search indexing job",
            "a data warehouse on {sk}", "internal admin tools", "a recommendation service", "the authentication service",
            "infrastructure as code with {sk}", "a React component library", "observability dashboards", "a smart-contract audit toolkit",
            "a Kafka streaming platform", "a design system in {sk}", "microservices in {sk}", "the billing integration with Stripe",
            "a HIPAA-compliant patient portal", "an ML model serving layer", "ETL jobs in {sk}", "end-to-end tests with Playwright"],
    "ops": ["the quarterly planning process", "onboarding for 40+ new hires", "a customer health scoring model", "vendor contracts",
            "the support knowledge base", "sales playbooks", "a renewal pipeline of $2M", "the hiring funnel", "OKR tracking",
            "board reporting packages", "a product launch across 3 regions", "user research studies"],
    "it": ["device management for 300 endpoints with {sk}", "SSO rollout with {sk}", "the help desk queue", "zero-touch laptop provisioning",
           "patch management", "a remote support workflow", "network upgrades at 2 offices", "SaaS license audits"],
    "support": ["tier-1 and tier-2 tickets in {sk}", "escalations for enterprise customers", "chat support SLAs", "billing disputes",
                "macro library and canned responses", "CSAT follow-ups", "onboarding calls for new accounts"],
}
METRICS = ["by 35%", "by 2x", "from 8 hours to 40 minutes", "for 1.2M users", "with 99.95% uptime", "saving $180K per year",
           "across 12 teams", "in under 3 months", "by 60%", "to 4,000 requests per second", "with zero downtime", ""]
SUMMARIES = {
    "eng": ["{adj} software engineer with {y}+ years of experience building scalable web applications.",
            "Full-stack developer with {y} years in {sk} and {sk2}, passionate about clean code and great products.",
            "Backend-leaning engineer with {y} years of experience in distributed systems and cloud infrastructure.",
            "Engineer who enjoys turning ambiguous problems into reliable software; {y} years across startups and enterprise."],
    "ops": ["{adj} operator with {y} years in high-growth startups.", "People-first professional with {y} years of experience."],
    "it": ["IT professional with {y} years supporting distributed teams.", "Systems administrator with {y} years of endpoint and identity work."],
    "support": ["Customer-obsessed support specialist with {y} years of experience.", "Support professional with {y} years in SaaS."],
}
ADJ = ["Results-driven", "Detail-oriented", "Pragmatic", "Passionate", "Senior", "Versatile", "Highly motivated", "Curious"]
POPULAR_TEMPLATES = [
    ("SUMMARY", "EXPERIENCE", "EDUCATION", "SKILLS", "Results-driven professional dedicated to delivering high-quality work in fast-paced environments."),
    ("Professional Summary", "Work History", "Education", "Technical Skills", "Dynamic team player with strong communication and problem-solving skills."),
    ("PROFILE", "PROFESSIONAL EXPERIENCE", "EDUCATION", "CORE COMPETENCIES", "Self-starter with a proven track record of success."),
    ("About Me", "Experience", "Education", "Skills", "I love building things and learning new technologies."),
    ("Objective", "Employment History", "Education", "Skills & Tools", "Seeking a challenging role where I can grow and contribute."),
    ("Summary", "Experience", "Education", "Skills", "Hardworking and reliable, with excellent time management."),
]


def _bullets(rng, role, n):
    out = []
    objs = OBJECTS.get(role, OBJECTS["eng"])
    for _ in range(n):
        o = rng.choice(objs).replace("{sk}", rng.choice(D.SKILLS))
        out.append(f"{rng.choice(VERBS)} {o} {rng.choice(METRICS)}".strip() + ".")
    return out


def make_resume(rng, p, template=None):
    """Resume text; a template (('popular', k) or ('vendor', k)) brings its headings and boilerplate."""
    role = p.role if p.role in OBJECTS else "eng"
    y = rng.randint(2, 15)
    sk = rng.sample(D.SKILLS, 10)
    head = ("SUMMARY", "EXPERIENCE", "EDUCATION", "SKILLS", "")
    if template is not None:
        if template[0] == "popular":
            head = POPULAR_TEMPLATES[template[1] % len(POPULAR_TEMPLATES)]
        else:
            tr = seeded("vendortmpl", template[1])
            head = (tr.choice(["Candidate Profile", "Consultant Summary", "Profile"]), "Project Experience", "Education", "Technology Stack",
                    tr.choice(["Certified consultant of our delivery center, experienced in agile teams and client communication.",
                               "Part of our nearshore delivery team; fluent English, overlap with US time zones.",
                               "Our engineers follow Scrum and deliver with high quality and ownership."]))
    lines = [f"{p.first} {p.last}", f"{p.title} | {rng.choice(['Remote', 'Open to remote'])} | {{EMAIL}}", ""]
    lines.append(head[0])
    summ = rng.choice(SUMMARIES[role]).format(adj=rng.choice(ADJ), y=y, sk=sk[0], sk2=sk[1])
    lines.append((head[4] + " " + summ).strip())
    lines.append("")
    lines.append(head[1])
    yr = 2025
    for j in range(rng.randint(2, 4)):
        comp = rng.choice(D.RESUME_COMPANIES)
        t = rng.choice(D.JOB_TITLES.get(role, D.JOB_TITLES["eng"]))
        y1 = yr - rng.randint(1, 4)
        lines.append(f"{t} - {comp} ({y1} - {'Present' if j == 0 else yr})")
        for b in _bullets(rng, role, rng.randint(2, 5)):
            lines.append(f"- {b}")
        yr = y1
        lines.append("")
    lines.append(head[2])
    cc = p.home_cc if p.home_cc in D.SCHOOLS else ("other" if p.home_cc != "US" else "US")
    lines.append(f"{rng.choice(['B.S. Computer Science', 'B.Tech Information Technology', 'B.A. Economics', 'M.S. Computer Science', 'B.S. Information Systems', 'B.Eng. Software Engineering', 'Certificate, Full-Stack Web Development'])}, {rng.choice(D.SCHOOLS[cc])}, {yr - rng.randint(0, 3)}")
    lines.append("")
    lines.append(head[3])
    lines.append(", ".join(sk[:rng.randint(6, 10)]))
    return "\n".join(lines)


def clone_resume(rng, text, p):
    """The same resume under another name: header swapped, a few words changed, sections kept."""
    lines = text.split("\n")
    lines[0] = f"{p.first} {p.last}"
    out = []
    for ln in lines:
        if ln.startswith("- ") and rng.random() < 0.12:
            continue
        if rng.random() < 0.05:
            ln = ln.replace("Built", "Developed").replace("Led", "Drove").replace("35%", "40%")
        out.append(ln)
    return "\n".join(out)


def resume_final(text, email):
    return text.replace("{EMAIL}", email or "")


def _pdf_escape(s):
    out = []
    for ch in s:
        try:
            b = ch.encode("cp1252")
        except UnicodeEncodeError:
            b = anyascii(ch).encode("ascii", "replace")
        for x in b:
            c = chr(x)
            if c in "()\\":
                out.append("\\" + c)
            elif x < 32 or x > 126:
                out.append("\\%03o" % x)
            else:
                out.append(c)
    return "".join(out)


def pdf_bytes(text):
    lines = text.split("\n")
    pages = [lines[i:i + 56] for i in range(0, max(1, len(lines)), 56)] or [[""]]
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join(f"{5 + 2 * i} 0 R" for i in range(len(pages)))
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Producer (Fleetdesk ATS export) >>")
    for i, pg in enumerate(pages):
        parts = ["BT /F1 10 Tf 50 770 Td 13 TL"]
        for j, ln in enumerate(pg):
            if j == 0 and i == 0:
                parts.append("/F1 14 Tf")
                parts.append(f"({_pdf_escape(ln)}) Tj T*")
                parts.append("/F1 10 Tf")
            else:
                parts.append(f"({_pdf_escape(ln)}) Tj T*")
        parts.append("ET")
        stream = "\n".join(parts).encode("latin-1")
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents {6 + 2 * i} 0 R >>".encode())
        objs.append(b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for k, o in enumerate(objs):
        offs.append(out.tell())
        out.write(f"{k + 1} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 4 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def _xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def docx_bytes(text):
    paras = []
    for i, ln in enumerate(text.split("\n")):
        if i == 0:
            paras.append(f'<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t xml:space="preserve">{_xml_escape(ln)}</w:t></w:r></w:p>')
        else:
            paras.append(f'<w:p><w:r><w:t xml:space="preserve">{_xml_escape(ln)}</w:t></w:r></w:p>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(paras) + '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>')
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
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return b.getvalue()


def md_text(text):
    lines = text.split("\n")
    out = [f"# {lines[0]}"]
    for ln in lines[1:]:
        if ln and ln.upper() == ln and len(ln) < 40 and not ln.startswith("-"):
            out.append(f"## {ln.title()}")
        elif ln and len(ln) < 40 and ln[0].isupper() and not ln.startswith("-") and " - " not in ln and "|" not in ln and "," not in ln:
            out.append(f"## {ln}")
        else:
            out.append(ln)
    return "\n".join(out) + "\n"
