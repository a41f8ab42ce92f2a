"""Photos (small drawn faces, AI-edited variants, the default avatar) and resume texts."""
from __future__ import annotations

import random

from PIL import Image, ImageDraw

from . import data

SKIN = [(255, 224, 196), (241, 194, 125), (224, 172, 105), (198, 134, 66), (141, 85, 36), (92, 56, 30)]
HAIR = [(20, 20, 20), (60, 40, 20), (110, 70, 30), (200, 160, 90), (130, 130, 130), (160, 60, 20)]


def face_spec(r: random.Random) -> dict:
    return {"bg": tuple(r.randrange(60, 250) for _ in range(3)), "skin": r.choice(SKIN), "hair": r.choice(HAIR),
            "shirt": tuple(r.randrange(0, 255) for _ in range(3)), "hx": r.randint(34, 46), "hy": r.randint(22, 32),
            "hw": r.randint(24, 32), "hh": r.randint(30, 38), "style": r.randrange(4), "eye": r.randint(2, 4),
            "mouth": r.randint(6, 14), "glasses": r.random() < 0.25, "marks": [(r.randrange(96), r.randrange(96), r.randrange(255)) for _ in range(6)]}


def edited(spec: dict, r: random.Random) -> dict:
    """An AI-edited copy of a base face: new background and shirt, small shifts, same face."""
    s = dict(spec)
    s["bg"] = tuple(min(255, max(0, c + r.randint(-40, 40))) for c in spec["bg"])
    s["shirt"] = tuple(r.randrange(0, 255) for _ in range(3))
    s["hx"] = spec["hx"] + r.randint(-2, 2)
    s["hy"] = spec["hy"] + r.randint(-2, 2)
    s["glasses"] = spec["glasses"] if r.random() < 0.7 else not spec["glasses"]
    return s


def draw(spec: dict, path: str):
    if spec.get("avatar"):
        im = Image.new("RGB", (96, 96), (200, 200, 205))
        d = ImageDraw.Draw(im)
        d.ellipse((30, 14, 66, 50), fill=(240, 240, 245))
        d.ellipse((14, 56, 82, 120), fill=(240, 240, 245))
        im.save(path, optimize=True)
        return
    im = Image.new("RGB", (96, 96), spec["bg"])
    d = ImageDraw.Draw(im)
    for x, y, c in spec["marks"]:
        d.rectangle((x, y, x + 5, y + 5), fill=(c, (c * 7) % 255, (c * 13) % 255))
    hx, hy, hw, hh = spec["hx"], spec["hy"], spec["hw"], spec["hh"]
    d.ellipse((hx - 30, hy + hh + 8, hx + 30 + hw, 130), fill=spec["shirt"])
    d.rectangle((hx + hw // 2 - 5, hy + hh - 4, hx + hw // 2 + 5, hy + hh + 12), fill=spec["skin"])
    if spec["style"] in (1, 3):
        d.ellipse((hx - 6, hy - 6, hx + hw + 6, hy + hh + 14), fill=spec["hair"])
    d.ellipse((hx, hy, hx + hw, hy + hh), fill=spec["skin"])
    if spec["style"] in (0, 1):
        d.chord((hx - 2, hy - 6, hx + hw + 2, hy + hh // 2), 180, 360, fill=spec["hair"])
    elif spec["style"] == 2:
        d.rectangle((hx, hy - 3, hx + hw, hy + 5), fill=spec["hair"])
    e = spec["eye"]
    ey = hy + hh // 2 - 2
    for ex in (hx + hw // 3, hx + 2 * hw // 3):
        d.ellipse((ex - e, ey - e, ex + e, ey + e), fill=(30, 30, 40))
        if spec["glasses"]:
            d.ellipse((ex - e - 3, ey - e - 3, ex + e + 3, ey + e + 3), outline=(10, 10, 10))
    m = spec["mouth"]
    d.arc((hx + hw // 2 - m // 2, hy + hh - 12, hx + hw // 2 + m // 2, hy + hh - 4), 0, 180, fill=(120, 40, 40), width=2)
    im.save(path, optimize=True)


# ---------------------------------------------------------------- resumes

CAREER_CENTRE = ("OBJECTIVE\nMotivated and detail-oriented professional seeking a remote position where I can apply my "
                 "skills, grow with a team, and contribute to the success of the organization.\n")
TEMPLATES = ["plain", "plain", "plain", "summary", "summary", "skills_first"]


def resume(r: random.Random, name: str, email: str, phone: str, city: str, role: str, history: list, school: str,
           template: str = "plain", skills=None) -> str:
    skills = skills or r.sample(data.ROLES[role], min(len(data.ROLES[role]), r.randint(4, 7)))
    title = {"bookkeeper": "Bookkeeper", "data_analyst": "Data Analyst", "erp_developer": "Salesforce / ERP Developer",
             "helpdesk_technician": "IT Support Technician", "tax_preparer": "Tax Preparer"}[role]
    lines = [name.upper() if template == "career_centre" else name, f"{city} | {phone} | {email}", ""]
    if template == "career_centre":
        lines += ["Prepared with Columbus State Community College Career Services", "", CAREER_CENTRE]
    elif template == "summary":
        lines += ["SUMMARY", f"{title} with {r.randint(2, 15)} years of experience in {skills[0]} and {skills[1]}.", ""]
    if template == "skills_first":
        lines += ["SKILLS", ", ".join(skills), ""]
    lines.append("EXPERIENCE")
    for emp, y0, y1, bullets in history:
        lines.append(f"{title if r.random() < 0.6 else 'Associate'} - {emp} ({y0} - {y1})")
        lines += [f"- {b}" for b in bullets]
    lines += ["", "EDUCATION", school]
    if template != "skills_first":
        lines += ["", "SKILLS", ", ".join(skills)]
    return "\n".join(lines) + "\n"


BULLETS = {
    "bookkeeper": ["Reconciled {n} bank and credit card accounts monthly", "Managed AP/AR for {n} small-business clients",
                   "Prepared monthly financial statements and 1099s", "Cleaned up {n} months of backlogged QuickBooks entries",
                   "Ran semi-monthly payroll in Gusto for {n} employees"],
    "data_analyst": ["Built {n} Power BI dashboards for operations", "Wrote SQL reports on sales and inventory",
                     "Automated weekly KPI reporting, saving {n} hours a month", "Cleaned and merged CRM exports"],
    "erp_developer": ["Delivered {n} Salesforce Flows and Apex triggers", "Migrated {n}k records into NetSuite",
                      "Integrated Shopify with Business Central via REST", "Maintained CI/CD for {n} sandboxes"],
    "helpdesk_technician": ["Resolved {n}+ tickets a week in ConnectWise", "Onboarded users into Microsoft 365 and Intune",
                            "Supported {n} small-office networks and printers", "Managed backups and patching with NinjaOne"],
    "tax_preparer": ["Prepared {n}+ individual returns per season", "Interviewed clients and organized documents",
                     "E-filed federal and state returns"],
}


def history(r: random.Random, role: str, employers=None, n=None) -> list:
    n = n or r.randint(1, 3)
    out, y = [], 2025
    emps = employers or r.sample(data.PAST_EMPLOYERS, n)
    for emp in emps:
        y0 = y - r.randint(1, 4)
        out.append((emp, y0, "Present" if y == 2025 and r.random() < 0.3 else y, [b.format(n=r.randint(3, 40)) for b in r.sample(BULLETS[role], 2)]))
        y = y0
    return out
