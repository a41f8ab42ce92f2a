"""Profile photos (drawn faces, AI-style edits of a base face, the platform's default avatar) and resumes."""
from __future__ import annotations

import os
import random

from PIL import Image, ImageDraw

from . import data as D

SIZE = 56


def face_params(rng: random.Random) -> dict:
    return {
        "bg": tuple(rng.randrange(60, 256) for _ in range(3)),
        "bg2": tuple(rng.randrange(40, 256) for _ in range(3)),
        "skin": rng.choice([(255, 224, 196), (241, 194, 125), (224, 172, 105), (198, 134, 66), (141, 85, 36), (92, 56, 31), (234, 192, 134)]),
        "hair": rng.choice([(20, 20, 20), (60, 40, 20), (120, 80, 40), (200, 170, 90), (140, 60, 30), (90, 90, 90), (230, 220, 200)]),
        "shirt": tuple(rng.randrange(256) for _ in range(3)),
        "fw": rng.randrange(15, 21), "fh": rng.randrange(19, 25), "eye": rng.randrange(5, 9), "ey": rng.randrange(-2, 3),
        "style": rng.randrange(5), "glasses": rng.random() < 0.25, "beard": rng.random() < 0.2, "mouth": rng.randrange(4, 9),
        "tex": rng.getrandbits(32), "dx": 0, "dy": 0, "tint": (0, 0, 0),
    }


def edited(p: dict, rng: random.Random) -> dict:
    """An AI-style edit of the same face: small shift, tint, background swap sometimes, glasses toggled sometimes."""
    q = dict(p)
    q["dx"], q["dy"] = rng.randrange(-2, 3), rng.randrange(-2, 3)
    q["tint"] = tuple(rng.randrange(-14, 15) for _ in range(3))
    if rng.random() < 0.35:
        q["bg"] = tuple(rng.randrange(60, 256) for _ in range(3))
    if rng.random() < 0.2:
        q["glasses"] = not p["glasses"]
    q["mouth"] = max(3, p["mouth"] + rng.randrange(-1, 2))
    return q


def draw_face(p: dict) -> Image.Image:
    im = Image.new("RGB", (SIZE, SIZE), p["bg"])
    d = ImageDraw.Draw(im)
    for y in range(0, SIZE, 4):  # soft gradient background
        a = y / SIZE
        col = tuple(int(p["bg"][i] * (1 - a) + p["bg2"][i] * a) for i in range(3))
        d.rectangle([0, y, SIZE, y + 3], fill=col)
    cx, cy = SIZE // 2 + p["dx"], SIZE // 2 - 2 + p["dy"]
    d.ellipse([cx - 22, cy + 18, cx + 22, cy + 44], fill=p["shirt"])
    d.ellipse([cx - p["fw"] // 2 - 2, cy - p["fh"] // 2 - 4, cx + p["fw"] // 2 + 2, cy + 4], fill=p["hair"])
    d.ellipse([cx - p["fw"] // 2, cy - p["fh"] // 2, cx + p["fw"] // 2, cy + p["fh"] // 2], fill=p["skin"])
    if p["style"] == 1:
        d.rectangle([cx - p["fw"] // 2 - 3, cy - p["fh"] // 2, cx - p["fw"] // 2, cy + p["fh"] // 2 + 6], fill=p["hair"])
        d.rectangle([cx + p["fw"] // 2, cy - p["fh"] // 2, cx + p["fw"] // 2 + 3, cy + p["fh"] // 2 + 6], fill=p["hair"])
    elif p["style"] == 2:
        d.pieslice([cx - p["fw"] // 2, cy - p["fh"] // 2 - 3, cx + p["fw"] // 2, cy], 180, 360, fill=p["hair"])
    e, ey = p["eye"], cy - 2 + p["ey"]
    for sx in (-1, 1):
        d.ellipse([cx + sx * e - 2, ey - 1, cx + sx * e + 2, ey + 2], fill=(30, 30, 30))
        if p["glasses"]:
            d.ellipse([cx + sx * e - 4, ey - 3, cx + sx * e + 4, ey + 4], outline=(20, 20, 20))
    d.line([cx - p["mouth"] // 2, cy + 6, cx + p["mouth"] // 2, cy + 6], fill=(150, 60, 60), width=1)
    if p["beard"]:
        d.chord([cx - p["fw"] // 2, cy, cx + p["fw"] // 2, cy + p["fh"] // 2 + 2], 0, 180, fill=p["hair"])
    r = random.Random(p["tex"])
    px = im.load()
    t = p["tint"]
    for _ in range(70):
        x, y = r.randrange(SIZE), r.randrange(SIZE)
        c = px[x, y]
        px[x, y] = tuple(max(0, min(255, c[i] + r.randrange(-18, 19))) for i in range(3))
    if any(t):
        im = Image.eval(im, lambda v: v)  # copy
        px = im.load()
        for y in range(SIZE):
            for x in range(0, SIZE, 1):
                c = px[x, y]
                px[x, y] = (max(0, min(255, c[0] + t[0])), max(0, min(255, c[1] + t[1])), max(0, min(255, c[2] + t[2])))
    return im


class Media:
    def __init__(self, bundle: str, rng: random.Random, hexer):
        self.bundle, self.rng, self.hexer = bundle, rng, hexer
        os.makedirs(os.path.join(bundle, "photos"), exist_ok=True)
        os.makedirs(os.path.join(bundle, "resumes"), exist_ok=True)
        self.default = "photos/default-avatar.png"
        im = Image.new("RGB", (SIZE, SIZE), (205, 210, 218))
        d = ImageDraw.Draw(im)
        d.ellipse([18, 10, 38, 30], fill=(150, 158, 170))
        d.ellipse([8, 32, 48, 62], fill=(150, 158, 170))
        im.save(os.path.join(bundle, self.default))
        self.files = {"photos": 1, "resumes": 0}

    def photo(self, params: dict) -> str:
        rel = f"photos/{self.hexer(12)}.png"
        draw_face(params).save(os.path.join(self.bundle, rel), optimize=False)
        self.files["photos"] += 1
        return rel

    def resume_cell(self, text: str, inline_share: float = 0.4) -> str:
        r = self.rng
        if r.random() < inline_share:
            return text
        ext = r.choice([".txt", ".txt", ".md"])
        rel = f"resumes/{self.hexer(12)}{ext}"
        with open(os.path.join(self.bundle, rel), "w", encoding="utf-8") as f:
            f.write(text)
        self.files["resumes"] += 1
        return rel


def resume_body(rng: random.Random, role: str, template: str, years: int, employers: list[str], city: str) -> dict:
    """The substance of a resume, independent of whose name is on it (so a master can be cloned)."""
    eng = any(w in role for w in ("Engineer", "Developer", "Architect", "DevOps", "Data", "ML", "Blockchain", "Salesforce", "Security"))
    pool = D.SKILLS["eng"] if eng else D.SKILLS["other"]
    skills = rng.sample(pool, min(len(pool), rng.randrange(6, 11)))
    jobs = []
    y = 2025
    for emp in employers:
        span = rng.randrange(1, 4)
        bullets = []
        for _ in range(rng.randrange(2, 5)):
            verb = rng.choice(["Built", "Led", "Designed", "Migrated", "Owned", "Shipped", "Automated", "Scaled", "Reduced", "Improved", "Mentored", "Maintained"])
            obj = rng.choice(["the billing service", "a customer-facing dashboard", "CI pipelines", "the onboarding flow", "data ingestion jobs", "an internal admin tool",
                              "the mobile checkout", "search relevance", "on-call runbooks", "the design system", "a partner API", "the support knowledge base",
                              "cloud cost reporting", "feature-flag rollout", "the analytics warehouse", "SSO and device enrollment"])
            how = rng.choice(["", f" using {rng.choice(skills)}", f" with {rng.choice(skills)} and {rng.choice(skills)}",
                              f", cutting latency {rng.randrange(15, 70)}%", f" for {rng.randrange(2, 90)}k users", f" across {rng.randrange(2, 9)} teams"])
            bullets.append(f"{verb} {obj}{how}.")
        jobs.append((emp, f"{y - span}-{y}", bullets))
        y -= span
    summary = rng.choice([
        f"{role} with {years}+ years of experience building reliable products for distributed teams.",
        f"Remote-first {role.lower()} ({years} years). Comfortable across time zones and async work.",
        f"Self-driven {role.lower()} with {years} years in startups and scale-ups; fully remote since 2020.",
        f"Results-oriented {role} with a passion for clean code and great user experiences. {years} years of experience.",
    ])
    edu = rng.choice(["B.Sc. Computer Science", "B.Eng. Software Engineering", "B.A. Economics", "M.Sc. Data Science", "B.Sc. Information Systems",
                      "Bootcamp: Le Wagon", "Bootcamp: App Academy", "B.Sc. Mathematics", "B.Des. Interaction Design"])
    edu += rng.choice([", University of Texas", ", Universidade de Lisboa", ", University of Manchester", ", Kyiv Polytechnic Institute", ", University of Lagos",
                       ", Ateneo de Manila", ", Universidad de los Andes", ", Seoul National University", ", University of Toronto", ", TU Berlin",
                       ", Ohio State University", ", Arizona State University", ", Anna University", ", Universidad de Buenos Aires"])
    return {"role": role, "template": template, "summary": summary, "skills": skills, "jobs": jobs, "edu": edu, "city": city}


def render_resume(body: dict, name: str, email: str, phone: str, location: str, rng: random.Random | None = None) -> str:
    t = body["template"]
    out = []
    if t == "overleaf-awesome-cv" or t.startswith("agency:"):
        out.append(f"# {name}")
        out.append(f"{body['role']} | {location} | {email} | {phone}")
    else:
        out.append(name.upper() if t == "zety-modern" else name)
        out.append(body["role"])
        out.append(f"{email} · {phone} · {location}")
    if t.startswith("agency:"):
        out.append(f"Presented by {t[7:]} - candidate reference on request")
    out.append("")
    out.append({"canva-minimal": "PROFILE", "novoresume-basic": "Summary", "resume.io-london": "Profile", "overleaf-awesome-cv": "## Summary",
                "zety-modern": "PROFESSIONAL SUMMARY"}.get(t, "## Summary"))
    out.append(body["summary"])
    out.append("")
    out.append("Skills: " + ", ".join(body["skills"]))
    out.append("")
    out.append("EXPERIENCE" if not t.startswith("overleaf") else "## Experience")
    for emp, span, bullets in body["jobs"]:
        out.append(f"{emp} ({span})")
        for b in bullets:
            out.append(f"- {b}")
    out.append("")
    out.append("EDUCATION")
    out.append(body["edu"])
    return "\n".join(out) + "\n"
