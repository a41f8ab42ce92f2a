"""Photos (drawn faces, AI-style edits, the default avatar) and resumes (templates, versions, master resumes)."""
from __future__ import annotations

import io
import os
import random

from PIL import Image, ImageDraw, ImageFilter

SKILLS = ["Python", "Java", "JavaScript", "TypeScript", "React", "Node.js", "SQL", "PostgreSQL", "AWS", "Docker", "Kubernetes", "C++", "Go", "Rust", "Django", "Flask", "Spring Boot", "GraphQL", "TensorFlow", "PyTorch", "pandas", "Git", "Linux", "Figma", "Tableau", "Excel", "R", "Swift", "Kotlin", "Vue", "Next.js", "Terraform", "Redis", "MongoDB", "CI/CD", "REST APIs", "Agile"]
VERBS = ["Built", "Designed", "Implemented", "Led", "Developed", "Shipped", "Automated", "Optimized", "Refactored", "Deployed", "Analyzed", "Created", "Migrated", "Maintained"]
THINGS = ["a full-stack web application", "a REST API for course scheduling", "a machine learning pipeline", "a mobile app for campus dining", "an internal dashboard", "a data ingestion service", "a recommendation engine", "a CI/CD pipeline", "a React component library", "a chatbot for student services", "a real-time chat feature", "an ETL job on AWS", "a payments microservice", "a hackathon project", "unit and integration tests", "a Kubernetes deployment"]
RESULTS = ["reducing latency by {n}%", "serving {k} users", "cutting build time by {n}%", "improving test coverage to {c}%", "saving {h} hours per week", "adopted by {t} teams", "increasing engagement by {n}%"]
MAJORS = ["Computer Science", "Computer Engineering", "Information Systems", "Data Science", "Software Engineering", "Electrical Engineering", "Mathematics", "Statistics", "Cognitive Science", "Business Analytics"]


class Media:
    def __init__(self, root: str, seed: int):
        self.root = root
        self.rng = random.Random(seed * 7919 + 36)
        os.makedirs(os.path.join(root, "photos"), exist_ok=True)
        os.makedirs(os.path.join(root, "resumes"), exist_ok=True)
        self.count_photos = 0
        self.count_resumes = 0
        self._default = None

    # ----------------------------------------------------------------- photos
    def face_spec(self, rng: random.Random, backdrop=None):
        return {
            "bg": backdrop or (rng.randrange(120, 250), rng.randrange(120, 250), rng.randrange(120, 250)),
            "skin": rng.choice([(255, 224, 189), (241, 194, 125), (224, 172, 105), (198, 134, 66), (141, 85, 36), (92, 56, 30), (255, 219, 172)]),
            "hair": rng.choice([(20, 20, 20), (60, 40, 20), (110, 70, 30), (200, 170, 90), (140, 40, 20), (90, 90, 90)]),
            "w": rng.randrange(30, 42), "h": rng.randrange(40, 52), "hairh": rng.randrange(8, 22),
            "eye": rng.randrange(3, 6), "eyedx": rng.randrange(9, 15), "mouth": rng.randrange(8, 18),
            "shirt": (rng.randrange(256), rng.randrange(256), rng.randrange(256)), "seed": rng.getrandbits(32),
            "grad": rng.random() < 0.5,
        }

    def _draw(self, s, edit=None) -> Image.Image:
        img = Image.new("RGB", (112, 112), s["bg"])
        d = ImageDraw.Draw(img)
        if s["grad"]:
            for y in range(0, 112, 4):
                c = tuple(max(0, v - y // 3) for v in s["bg"])
                d.rectangle([0, y, 111, y + 3], fill=c)
        cx, cy = 56, 50
        d.ellipse([cx - 34, 96, cx + 34, 150], fill=s["shirt"])
        d.ellipse([cx - s["w"] // 2, cy - s["h"] // 2, cx + s["w"] // 2, cy + s["h"] // 2], fill=s["skin"])
        d.chord([cx - s["w"] // 2 - 2, cy - s["h"] // 2 - 4, cx + s["w"] // 2 + 2, cy - s["h"] // 2 + 2 * s["hairh"]], 180, 360, fill=s["hair"])
        for sx in (-1, 1):
            d.ellipse([cx + sx * s["eyedx"] - s["eye"], cy - 4 - s["eye"], cx + sx * s["eyedx"] + s["eye"], cy - 4 + s["eye"]], fill=(30, 30, 30))
        d.line([cx - s["mouth"] // 2, cy + 12, cx + s["mouth"] // 2, cy + 12], fill=(120, 40, 40), width=2)
        rr = random.Random(s["seed"])
        for _ in range(30):
            x, y = rr.randrange(112), rr.randrange(112)
            d.point((x, y), fill=(rr.randrange(256), rr.randrange(256), rr.randrange(256)))
        if edit:
            er = random.Random(edit)
            img = img.rotate(er.uniform(-4, 4), resample=Image.BILINEAR, fillcolor=s["bg"])
            dx, dy = er.randrange(0, 6), er.randrange(0, 6)
            img = img.crop((dx, dy, 112 - 6 + dx, 112 - 6 + dy)).resize((112, 112))
            if er.random() < 0.5:
                img = img.filter(ImageFilter.SMOOTH_MORE)
            px = Image.new("RGB", img.size, (er.randrange(256), er.randrange(256), er.randrange(256)))
            img = Image.blend(img, px, er.uniform(0.04, 0.12))
        return img

    def photo(self, spec, edit=None, fmt=None) -> str:
        fmt = fmt or self.rng.choice(["jpg", "jpg", "png"])
        name = f"photos/{self.rng.getrandbits(48):012x}.{fmt}"
        img = self._draw(spec, edit)
        if fmt == "jpg":
            img.save(os.path.join(self.root, name), "JPEG", quality=self.rng.randrange(70, 92))
        else:
            img.save(os.path.join(self.root, name), "PNG")
        self.count_photos += 1
        return name

    def default_avatar(self) -> str:
        if self._default is None:
            img = Image.new("RGB", (112, 112), (200, 205, 212))
            d = ImageDraw.Draw(img)
            d.ellipse([36, 20, 76, 60], fill=(150, 156, 166))
            d.ellipse([16, 66, 96, 140], fill=(150, 156, 166))
            self._default = "photos/default_avatar.png"
            img.save(os.path.join(self.root, self._default), "PNG")
            self.count_photos += 1
        return self._default

    # ----------------------------------------------------------------- resumes
    def template(self, rng: random.Random, owner: str):
        """A resume template: a header layout, a summary sentence, section names, bullet phrasings."""
        return {
            "owner": owner,
            "summary": rng.choice(["Motivated", "Detail-oriented", "Results-driven", "Passionate", "Curious", "Collaborative"]) + " "
            + rng.choice(["software engineer", "computer science student", "full-stack developer", "data-minded builder", "aspiring developer"])
            + " " + rng.choice(["with hands-on experience in", "skilled in", "focused on", "eager to apply experience in"]) + " "
            + ", ".join(rng.sample(SKILLS, 3)) + ". " + rng.choice([
                "Seeking a full-time role on a remote-first engineering team.", "Looking for a software engineering internship.",
                "Excited to contribute to product teams that ship fast.", "Committed to clean code and continuous learning."]),
            "sections": rng.choice([["SUMMARY", "EDUCATION", "EXPERIENCE", "PROJECTS", "SKILLS"], ["Education", "Technical Skills", "Experience", "Projects"],
                                    ["PROFILE", "SKILLS", "PROJECTS", "EXPERIENCE", "EDUCATION"]]),
            "bullets": [f"{rng.choice(VERBS)} {rng.choice(THINGS)}, " + rng.choice(RESULTS).format(n=rng.randrange(10, 70), k=rng.choice(['2,000', '15,000', '40k+', '500']), c=rng.randrange(70, 96), h=rng.randrange(3, 20), t=rng.randrange(2, 12)) for _ in range(6)],
            "skills": rng.sample(SKILLS, 10),
        }

    def resume_text(self, rng, p, tpl=None, school_line="", jobs=(), swap_name=None, version=0) -> str:
        tpl = tpl or self.template(rng, "own")
        name = swap_name or f"{p['first']} {p['last']}"
        lines = [name.upper() if rng.random() < 0.5 else name, f"{p.get('resume_email', '')} | {p.get('resume_phone', '')} | {p.get('resume_city', '')}"]
        own_bullets = [f"{rng.choice(VERBS)} {rng.choice(THINGS)}" for _ in range(2 + version)]
        for sec in tpl["sections"]:
            lines.append("")
            lines.append(sec)
            s = sec.lower()
            if s in ("summary", "profile"):
                lines.append(tpl["summary"])
            elif "education" in s:
                lines.append(school_line or "Self-taught; online coursework")
            elif "experience" in s:
                for j in jobs:
                    lines.append(j)
                lines.extend("- " + b for b in tpl["bullets"][:3])
                lines.extend("- " + b for b in own_bullets[:1])
            elif "project" in s:
                lines.extend("- " + b for b in tpl["bullets"][3:])
                lines.extend("- " + b for b in own_bullets[1:])
            else:
                lines.append(", ".join(tpl["skills"]))
        return "\n".join(lines)

    def resume(self, text: str, inline_share=0.2) -> str:
        r = self.rng
        if r.random() < inline_share:
            return text
        ext = r.choice(["txt", "txt", "md"])
        name = f"resumes/{r.getrandbits(48):012x}.{ext}"
        with open(os.path.join(self.root, name), "w", encoding="utf-8") as f:
            f.write(text.replace("\n", "\n\n") if ext == "md" else text)
        self.count_resumes += 1
        return name
