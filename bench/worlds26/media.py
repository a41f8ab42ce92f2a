"""Avatars (procedural faces and their edits, identicons, the platform default) and bios/resumes."""
import hashlib
import io
import random

from PIL import Image, ImageDraw, ImageFilter

from . import data as D

SIZE = 112
SKIN = [(255, 224, 189), (241, 194, 125), (224, 172, 105), (198, 134, 66), (141, 85, 36), (92, 56, 30), (234, 192, 160)]
HAIR = [(20, 20, 20), (60, 40, 25), (110, 70, 40), (180, 140, 80), (200, 170, 120), (120, 120, 120), (150, 40, 30)]


def _face_params(seed):
    r = random.Random(seed)
    return {"bg": (r.randrange(40, 230), r.randrange(40, 230), r.randrange(40, 230)), "skin": r.choice(SKIN),
            "hair": r.choice(HAIR), "style": r.randrange(4), "fw": r.randrange(30, 40), "fh": r.randrange(38, 48),
            "eye": r.randrange(48, 56), "shirt": (r.randrange(256), r.randrange(256), r.randrange(256)),
            "glasses": r.random() < 0.25, "mouth": r.randrange(3), "cx": r.randrange(52, 60), "noise": r.randrange(1 << 30)}


def _edit(p, eseed):
    """An 'AI edit' of a face: new background, restyled hair/shirt, glasses toggled, a shift; the face stays."""
    r = random.Random(eseed)
    q = dict(p)
    q["bg"] = (r.randrange(40, 230), r.randrange(40, 230), r.randrange(40, 230))
    if r.random() < 0.5:
        q["shirt"] = (r.randrange(256), r.randrange(256), r.randrange(256))
    if r.random() < 0.3:
        q["glasses"] = not p["glasses"]
    if r.random() < 0.3:
        q["style"] = (p["style"] + 1) % 4
    q["cx"] = p["cx"] + r.randrange(-3, 4)
    q["noise"] = r.randrange(1 << 30)
    return q


def _draw_face(p):
    im = Image.new("RGB", (SIZE, SIZE), p["bg"])
    d = ImageDraw.Draw(im)
    cx, fw, fh, ey = p["cx"], p["fw"], p["fh"], p["eye"]
    d.ellipse([cx - 46, 92, cx + 46, 150], fill=p["shirt"])
    d.rectangle([cx - 9, 70, cx + 9, 96], fill=p["skin"])
    if p["style"] in (1, 3):
        d.ellipse([cx - fw // 2 - 8, 18, cx + fw // 2 + 8, 90], fill=p["hair"])
    d.ellipse([cx - fw // 2, 26, cx + fw // 2, 26 + fh * 1.25], fill=p["skin"])
    if p["style"] in (0, 1, 2):
        d.chord([cx - fw // 2 - 2, 20, cx + fw // 2 + 2, 60], 180, 360, fill=p["hair"])
    d.ellipse([cx - 11, ey - 3, cx - 5, ey + 3], fill=(30, 30, 30))
    d.ellipse([cx + 5, ey - 3, cx + 11, ey + 3], fill=(30, 30, 30))
    d.line([cx - 13, ey - 7, cx - 4, ey - 8], fill=p["hair"], width=2)
    d.line([cx + 4, ey - 8, cx + 13, ey - 7], fill=p["hair"], width=2)
    d.line([cx, ey + 2, cx - 2, ey + 12], fill=(120, 80, 60), width=1)
    if p["mouth"] == 0:
        d.arc([cx - 8, ey + 12, cx + 8, ey + 22], 20, 160, fill=(150, 50, 50), width=2)
    else:
        d.line([cx - 7, ey + 18, cx + 7, ey + 18], fill=(150, 50, 50), width=2)
    if p["glasses"]:
        d.rectangle([cx - 15, ey - 6, cx - 2, ey + 5], outline=(20, 20, 20), width=2)
        d.rectangle([cx + 2, ey - 6, cx + 15, ey + 5], outline=(20, 20, 20), width=2)
    noise = Image.effect_noise((SIZE, SIZE), 18).convert("RGB")
    im = Image.blend(im, noise, 0.06)
    return im.filter(ImageFilter.SMOOTH)


def _identicon(handle):
    h = hashlib.md5(handle.encode()).digest()
    col = (h[0] // 2 + 60, h[1] // 2 + 60, h[2] // 2 + 60)
    im = Image.new("RGB", (SIZE, SIZE), (240, 240, 240))
    d = ImageDraw.Draw(im)
    cell = (SIZE - 16) // 5
    for i in range(15):
        if (h[3 + i // 8] >> (i % 8)) & 1:
            x, y = i // 5, i % 5
            for xx in {x, 4 - x}:
                d.rectangle([8 + xx * cell, 8 + y * cell, 8 + (xx + 1) * cell - 1, 8 + (y + 1) * cell - 1], fill=col)
    return im


def _default():
    im = Image.new("RGB", (SIZE, SIZE), (220, 224, 230))
    d = ImageDraw.Draw(im)
    d.ellipse([36, 20, 76, 60], fill=(160, 168, 180))
    d.ellipse([16, 66, 96, 140], fill=(160, 168, 180))
    return im


_cache = {}


def render(spec):
    """spec -> (bytes, ext). ('face', seed, edit) | ('crop', seed, edit) | ('identicon', handle) | ('default',)."""
    if spec in _cache:
        return _cache[spec]
    kind = spec[0]
    if kind in ("face", "crop"):
        p = _face_params(spec[1])
        if spec[2]:
            p = _edit(p, spec[2] * 7919 + spec[1])
        im = _draw_face(p)
        if kind == "crop":
            im = im.crop((4, 4, SIZE - 4, SIZE - 4)).resize((SIZE, SIZE))
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=86)
        out = (buf.getvalue(), "jpg")
    elif kind == "identicon":
        buf = io.BytesIO()
        _identicon(spec[1]).save(buf, "PNG")
        out = (buf.getvalue(), "png")
    else:
        buf = io.BytesIO()
        _default().save(buf, "PNG")
        out = (buf.getvalue(), "png")
    if kind != "identicon":
        _cache[spec] = out
    return out


# ---------------- text ----------------
ROLES = ["Software engineer", "Backend developer", "Frontend engineer", "SRE", "Data engineer", "Full-stack developer",
         "Mobile developer", "Platform engineer", "ML engineer", "Security engineer", "Hobbyist programmer", "Student"]


def honest_bio(w, p):
    r = w.rng
    s = r.sample(D.SKILLS, 3)
    topic = w.pick(D.TOPICS)
    role = w.pick(ROLES)
    at = (" at " + p["employer"]) if p["employer"] and r.random() < 0.6 else ""
    parts = [
        "%s%s. Mostly %s and %s; lately %s." % (role, at, s[0], s[1], topic),
        "I build %s things in %s. %s." % (topic, s[0], r.choice(["Maintainer of a few small libraries", "Coffee, cats and CI pipelines",
                                                               "Opinions are my own", "Currently learning " + s[2], "Talks and notes on my site"])),
        "%s%s. Interested in %s, %s and %s." % (role, at, topic, s[1], s[2]),
        "%s | %s | %s | based in %s" % (role, s[0], s[1], p["city"][0]),
        "Writing %s, breaking %s, fixing %s." % (s[0], s[1], topic),
    ]
    return r.choice(parts)


def cohort_bio(w, camp):
    s = w.rng.sample(["JavaScript", "React", "Node.js", "PostgreSQL", "Express", "HTML/CSS", "MongoDB", "Python"], 4)
    return "Full-stack developer and %s graduate. Skilled in %s, %s, %s and %s. Open to work!" % (camp, *s)


def student_bio(w, uni):
    return "%s student at %s. %s" % (w.rng.choice(["CS", "Computer Engineering", "Software Engineering", "Data Science"]), uni,
                                      w.rng.choice(["Learning Rust.", "Looking for internships.", "TA for intro programming.", "Hackathons and side projects.", ""]))


TEAM_BIOS = [
    "Senior Full Stack Engineer with {y}+ years of experience building scalable web and blockchain applications. Expert in {a}, {b}, Node.js and AWS. Passionate about clean code and delivering high-quality products on time.",
    "Experienced {a} / {b} developer ({y}+ years). I help startups ship fast: DeFi dashboards, NFT marketplaces, SaaS platforms. Available for full-time remote roles.",
    "Full-stack software engineer | {y} years | {a}, {b}, Solidity, Python | Led teams at fintech and Web3 companies | Remote only",
    "Lead developer with {y}+ years in web, mobile and smart contracts. Strong in {a}, {b} and cloud. Reliable, responsive, results-driven.",
]


def team_bio(w, tmpl_idx, y=None, tweak=True):
    r = w.rng
    a, b = ("React", "Next.js") if not tweak or r.random() < 0.5 else tuple(r.sample(["React", "Vue", "Next.js", "Golang", "Rust", "Django", "Laravel", "TypeScript"], 2))
    return TEAM_BIOS[tmpl_idx].format(y=y or r.choice([7, 8, 9, 10]), a=a, b=b)


def resume_text(w, p, summary, jobs, skills, school):
    lines = ["# " + p["full_name"], "", p["email"] + ("  |  " + p["phone"] if p["phone"] else ""), "", "## Summary", "", summary, "",
             "## Experience", ""]
    for title, comp, years in jobs:
        lines += ["**%s**, %s (%s)" % (title, comp, years),
                  "- " + w.rng.choice(["Built and maintained services used by", "Led the migration of", "Designed APIs for", "Shipped features for"])
                  + " " + w.rng.choice(["internal teams", "millions of users", "the payments platform", "the mobile app", "the data platform"]), ""]
    lines += ["## Skills", "", ", ".join(skills), "", "## Education", "", school, ""]
    return "\n".join(lines)


def honest_resume(w, p):
    r = w.rng
    y = 2025
    jobs = []
    for _ in range(r.randrange(1, 4)):
        y0 = y - r.randrange(1, 5)
        jobs.append((w.pick(ROLES[:10]), w.pick(D.COMPANIES)[0], "%d-%d" % (y0, y)))
        y = y0
    school = r.choice([u[0] for u in D.UNIVERSITIES] + ["Self-taught", "State University", "Community College"])
    return resume_text(w, p, honest_bio(w, p), jobs, r.sample(D.SKILLS, 6), school)
