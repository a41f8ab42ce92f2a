"""Resume text: honest resumes built from common templates, persona resumes cloned by an operator."""
from .data import COMPANIES_PAST, JOB_TITLES, SCHOOLS, SKILLS

SUMMARIES = [
    "Results-driven {title} with {years}+ years of experience delivering high-quality solutions in fast-paced environments.",
    "Detail-oriented {title} with {years} years of experience and a proven track record of exceeding targets.",
    "{title} with {years} years of hands-on experience. Passionate about continuous improvement and teamwork.",
    "Motivated {title} bringing {years} years of experience across {sector} and a strong customer focus.",
    "Experienced {title} ({years} yrs) who enjoys solving hard problems and mentoring colleagues.",
    "Dedicated professional with {years} years as a {title}; strong communicator and collaborative team player.",
]
BULLETS = [
    "Led a cross-functional initiative that reduced {metric} by {pct}%.",
    "Collaborated with stakeholders to define requirements and deliver on schedule.",
    "Built and maintained {thing} used by {n} internal users.",
    "Improved {metric} by {pct}% through process automation.",
    "Mentored {small} junior team members and ran weekly knowledge-sharing sessions.",
    "Migrated legacy {thing} to {skill}, cutting costs by {pct}%.",
    "Handled {n} tickets per month with a {pct}% satisfaction score.",
    "Designed dashboards in {skill} for leadership reporting.",
    "Owned the end-to-end release process for {thing}.",
    "Partnered with vendors to streamline {thing} onboarding.",
]
THINGS = ["the customer portal", "payment services", "internal tooling", "the data pipeline", "mobile apps",
          "the billing platform", "CI/CD pipelines", "the CRM integration", "microservices", "the reporting stack"]
METRICS = ["response time", "cloud spend", "churn", "deployment time", "defect rate", "onboarding time", "costs"]
SECTORS = ["fintech", "healthcare", "e-commerce", "logistics", "SaaS", "telecom", "banking", "retail"]


def _skills(rng, dept, k):
    pool = SKILLS.get(dept, SKILLS["other"]) + SKILLS["other"][:3]
    return rng.sample(pool, min(k, len(pool)))


def _fill(rng, s, dept):
    return s.format(metric=rng.choice(METRICS), pct=rng.randrange(8, 60), thing=rng.choice(THINGS),
                    n=rng.choice([40, 120, 300, 1500, 5000]), small=rng.randrange(2, 6),
                    skill=rng.choice(_skills(rng, dept, 3)))


def honest_resume(rng, name, email, phone, city, country, dept, title, years, vendor=None):
    lines = []
    if vendor:
        lines += [f"Candidate profile presented by {vendor}", "Confidential - do not contact candidate directly", ""]
    lines += [name, f"{city}, {country} | {email} | {phone}", "", "SUMMARY",
              rng.choice(SUMMARIES).format(title=title, years=years, sector=rng.choice(SECTORS)), "", "EXPERIENCE"]
    y = 2026
    for _ in range(rng.randrange(1, 4)):
        span = rng.randrange(1, 5)
        lines.append(f"{rng.choice(JOB_TITLES.get(dept, ['Analyst']))}, {rng.choice(COMPANIES_PAST)} ({y - span}-{y})")
        for b in rng.sample(BULLETS, 3):
            lines.append("- " + _fill(rng, b, dept))
        y -= span
    school = rng.choice(SCHOOLS.get(country, SCHOOLS["generic"]))
    lines += ["", "EDUCATION", f"{rng.choice(['B.Sc.', 'B.A.', 'M.Sc.', 'B.Tech', 'MBA'])}, {school} ({y - rng.randrange(0, 3)})",
              "", "SKILLS", ", ".join(_skills(rng, dept, rng.randrange(5, 10)))]
    return "\n".join(lines)


def operator_master(rng, dept):
    """The operator's master resume: senior, broad, keyword-heavy, remote-only."""
    title = rng.choice(["Senior Full Stack Developer", "Senior Software Engineer", "Lead Blockchain Developer",
                        "Senior Mobile Developer", "Senior Backend Engineer", "AI/ML Engineer"])
    comps = rng.sample(COMPANIES_PAST, 3)
    skills = rng.sample(SKILLS["Engineering"], 12)
    bullets = [_fill(rng, b, "Engineering") for b in rng.sample(BULLETS, 8)]
    school = rng.choice(SCHOOLS["JP"] + SCHOOLS["SG"] + SCHOOLS["US"] + SCHOOLS["UA"] + SCHOOLS["generic"])
    return {"title": title, "comps": comps, "skills": skills, "bullets": bullets, "school": school,
            "years": rng.randrange(7, 13)}


def persona_resume(rng, master, name, email, phone, city, country, edit=True):
    m = master
    skills = list(m["skills"])
    bullets = list(m["bullets"])
    comps = list(m["comps"])
    if edit:  # light edits so the clone is not byte-identical
        rng.shuffle(skills)
        if rng.random() < 0.5:
            bullets[rng.randrange(len(bullets))] = _fill(rng, rng.choice(BULLETS), "Engineering")
        if rng.random() < 0.4:
            comps[rng.randrange(3)] = rng.choice(COMPANIES_PAST)
    lines = [name, f"{m['title']} | Remote | {city}, {country}", f"{email} | {phone}", "",
             "PROFESSIONAL SUMMARY",
             f"Highly skilled {m['title']} with {m['years']}+ years of experience building scalable web, mobile and "
             "blockchain applications. Available for full-time remote work in any time zone.", "", "WORK EXPERIENCE"]
    y = 2026
    for i, c in enumerate(comps):
        span = 2 + (m["years"] + i) % 3
        lines.append(f"Senior Developer, {c} ({y - span}-{y})")
        lines += ["- " + b for b in bullets[3 * i:3 * i + 3]]
        y -= span
    lines += ["", "EDUCATION", f"Bachelor of Computer Science, {m['school']}", "", "TECHNICAL SKILLS", ", ".join(skills)]
    return "\n".join(lines)
