"""Procedural profile photos (faces, AI-style edits, re-crops, default avatar) and resume texts."""
import hashlib
import io

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance

from . import data as D

SIZE = 112
SKIN = [(255, 224, 189), (241, 194, 125), (224, 172, 105), (198, 134, 66), (141, 85, 36), (92, 51, 23), (234, 192, 134)]
HAIR = [(20, 16, 12), (45, 30, 20), (90, 60, 30), (160, 120, 60), (200, 170, 100), (110, 110, 110), (60, 40, 35)]


def face_params(rng):
    return {
        "bg": tuple(rng.randint(90, 240) for _ in range(3)), "skin": rng.choice(SKIN), "hair": rng.choice(HAIR),
        "style": rng.randrange(4), "hw": rng.randint(30, 40), "hh": rng.randint(38, 48), "eye": rng.randint(9, 14),
        "ey": rng.randint(-6, 2), "mouth": rng.randint(8, 16), "shirt": tuple(rng.randint(20, 220) for _ in range(3)),
        "glasses": rng.random() < 0.2, "noise": rng.randrange(1 << 30), "dx": 0, "dy": 0,
    }


def render_face(p):
    im = Image.new("RGB", (SIZE, SIZE), p["bg"])
    d = ImageDraw.Draw(im)
    cx, cy = SIZE // 2 + p["dx"], SIZE // 2 - 6 + p["dy"]
    d.ellipse([cx - 46, cy + 38, cx + 46, cy + 110], fill=p["shirt"])
    d.rectangle([cx - 9, cy + 30, cx + 9, cy + 46], fill=p["skin"])
    if p["style"] in (1, 3):
        d.ellipse([cx - p["hw"] - 6, cy - p["hh"] - 4, cx + p["hw"] + 6, cy + p["hh"] - 4], fill=p["hair"])
    d.ellipse([cx - p["hw"], cy - p["hh"] + 6, cx + p["hw"], cy + p["hh"] - 6], fill=p["skin"])
    if p["style"] in (0, 1):
        d.pieslice([cx - p["hw"] - 2, cy - p["hh"], cx + p["hw"] + 2, cy + 8], 180, 360, fill=p["hair"])
    if p["style"] == 2:
        d.rectangle([cx - p["hw"], cy - p["hh"] + 4, cx + p["hw"], cy - p["hh"] + 16], fill=p["hair"])
    ey = cy + p["ey"]
    for sx in (-1, 1):
        ex = cx + sx * p["eye"]
        d.ellipse([ex - 4, ey - 3, ex + 4, ey + 3], fill=(250, 250, 250))
        d.ellipse([ex - 2, ey - 2, ex + 2, ey + 2], fill=(40, 30, 20))
        if p["glasses"]:
            d.ellipse([ex - 7, ey - 6, ex + 7, ey + 6], outline=(30, 30, 30), width=2)
    d.line([cx, ey + 4, cx - 2, ey + 13], fill=(120, 80, 60), width=2)
    d.arc([cx - p["mouth"], ey + 12, cx + p["mouth"], ey + 24], 20, 160, fill=(150, 60, 60), width=2)
    arr = np.asarray(im).astype(np.int16)
    g = np.random.default_rng(p["noise"])
    arr = arr + g.integers(-4, 5, size=arr.shape, dtype=np.int16)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def encode(im, fmt="JPEG", quality=84):
    b = io.BytesIO()
    if fmt == "JPEG":
        im.save(b, "JPEG", quality=quality)
    else:
        im.save(b, "PNG", optimize=False)
    return b.getvalue()


def ai_edit(base, rng):
    """An AI-style edit of a base face: new background and clothes, slight shift, restyled colours; same face."""
    p = dict(base)
    p["bg"] = tuple(rng.randint(90, 240) for _ in range(3))
    p["shirt"] = tuple(rng.randint(20, 220) for _ in range(3))
    p["dx"], p["dy"] = rng.randint(-3, 3), rng.randint(-3, 3)
    p["noise"] = rng.randrange(1 << 30)
    if rng.random() < 0.4:
        p["glasses"] = not p["glasses"]
    im = render_face(p)
    im = ImageEnhance.Color(im).enhance(rng.uniform(0.85, 1.2))
    return ImageEnhance.Brightness(im).enhance(rng.uniform(0.9, 1.1))


def recrop(im, rng):
    w, h = im.size
    m = rng.randint(4, 12)
    return im.crop((m, m, w - m + rng.randint(-2, 2), h - m)).resize((SIZE, SIZE))


def default_avatar():
    im = Image.new("RGB", (SIZE, SIZE), (200, 204, 210))
    d = ImageDraw.Draw(im)
    d.ellipse([36, 18, 76, 58], fill=(150, 155, 162))
    d.ellipse([18, 64, 94, 140], fill=(150, 155, 162))
    return encode(im, "PNG")


def photo_path(w, raw, ext):
    name = "photos/" + hashlib.sha256(raw).hexdigest()[:20] + "." + ext
    w.photos[name] = raw
    return name


def new_photo(w, rng, params=None, fmt=None):
    p = params or face_params(rng)
    fmt = fmt or ("JPEG" if rng.random() < 0.75 else "PNG")
    raw = encode(render_face(p), fmt)
    return photo_path(w, raw, "jpg" if fmt == "JPEG" else "png"), p


# ------------------------------------------------------------------ resumes
def _history(rng, n, country):
    out = []
    y = 2025
    for _ in range(n):
        a = y - rng.randint(1, 4)
        out.append((rng.choice(D.PREV_EMPLOYERS), rng.choice(["Customer Service Representative", "Technical Support Associate",
                                                               "Customer Care Specialist", "Team Leader", "Chat Support Agent",
                                                               "Collections Agent", "Data Entry Specialist", "Content Moderator",
                                                               "IT Help Desk Analyst", "Quality Analyst", "Back Office Associate"]), a, y))
        y = a
    return out


def resume(rng, name, email, phone, city, country, style="plain", years=None):
    skills = rng.sample(D.SKILLS, rng.randint(4, 8))
    hist = _history(rng, rng.randint(1, 4), country)
    school = rng.choice(D.SCHOOLS)
    years = years or rng.randint(1, 12)
    if style == "career_services":
        lines = [name.upper(), f"{city} | {phone} | {email}", "", "PROFESSIONAL SUMMARY",
                 f"Customer-focused professional with {years} years of experience delivering excellent service in fast-paced "
                 f"contact-centre environments. Known for {skills[0]} and {skills[1]}.", "", "CORE COMPETENCIES",
                 " | ".join(skills), "", "PROFESSIONAL EXPERIENCE"]
        for e, t, a, b in hist:
            lines += [f"{t} — {e} ({a}–{b})", f"• Handled {rng.randint(40, 120)}+ interactions per day while exceeding quality targets",
                      f"• Recognised for {rng.choice(['top CSAT', 'perfect attendance', 'mentoring new hires', 'lowest AHT on the team'])}"]
        lines += ["", "EDUCATION", school, "", f"Resume prepared with {D.CAREER_SERVICES} · brightpathcareers.org"]
        return "\n".join(lines)
    if style == "vendor":
        lines = [f"Candidate Profile — {name}", f"Location: {city}, {country}", f"Contact: {phone} / {email}",
                 f"Experience: {years} yrs BPO", "Skills: " + ", ".join(skills), "Work history:"]
        lines += [f"- {e}, {t}, {a}-{b}" for e, t, a, b in hist]
        lines += [f"Education: {school}", f"Typing speed: {rng.randint(35, 75)} WPM", f"Versant score: {rng.randint(52, 78)}"]
        return "\n".join(lines)
    intro = rng.choice([
        f"Experienced support professional ({years} years) looking for a remote or on-site role.",
        f"Dedicated team player with {years}+ years in customer service.",
        "Hard-working and reliable; comfortable with night shifts and weekends.",
        f"{years} years of call-centre experience, mostly inbound voice and chat.",
        "Recent graduate looking for my first customer-support job.",
    ])
    lines = [name, f"{email} · {phone}", city, "", intro, "", "Experience"]
    lines += [f"{e} — {t}, {a}–{b}" for e, t, a, b in hist]
    lines += ["", "Skills: " + ", ".join(skills), "", "Education: " + school]
    return "\n".join(lines)


def fraud_template(rng):
    """An operator team's resume skeleton: one story told for every persona."""
    years = rng.randint(6, 11)
    skills = rng.sample(D.SKILLS[12:] + D.SKILLS[:6], 8)
    hist = [(rng.choice(["Accenture", "IBM", "Geek Squad", "Conduent", "Apple (AppleCare At Home)", "TTEC"]),
             rng.choice(["Senior IT Support Specialist", "Technical Support Engineer", "IT Help Desk Lead", "Customer Success Engineer"]),
             2020, 2025),
            (rng.choice(["Alorica", "Sitel", "Startek", "Concentrix"]), "Technical Support Associate", 2016, 2020)]
    summary = rng.choice([
        f"Results-driven IT support and customer experience professional with {years}+ years of fully remote experience "
        "resolving Tier 1/Tier 2 issues for Fortune 500 clients. Expert in Microsoft 365, Active Directory and ServiceNow.",
        f"Highly motivated remote technical support specialist with {years} years of experience. Passionate about delivering "
        "world-class customer experience and reducing ticket backlog by 40%.",
        f"Detail-oriented support engineer ({years}+ yrs) with a proven record of 98% CSAT in fast-paced remote teams; "
        "available for US business hours and overtime.",
    ])
    return {"summary": summary, "skills": skills, "hist": hist, "school": rng.choice(["University of Houston", "Ohio State University",
                                                                                        "Western Governors University", "Georgia State University"])}


def fraud_resume(rng, tpl, name, email, phone, city, tweak=True):
    skills = list(tpl["skills"])
    if tweak and rng.random() < 0.5:
        rng.shuffle(skills)
    lines = [name, f"{city} | {phone} | {email}", "", "SUMMARY", tpl["summary"], "", "SKILLS", ", ".join(skills), "", "EXPERIENCE"]
    for e, t, a, b in tpl["hist"]:
        lines += [f"{t}, {e} ({a} - {'Present' if b == 2025 else b})",
                  "- Resolved 50+ tickets daily across hardware, software and account issues",
                  "- Maintained 98% customer satisfaction and mentored new team members"]
    lines += ["", "EDUCATION", tpl["school"] + ", B.S. Information Technology"]
    return "\n".join(lines)
