"""Photos (drawn faces, AI-style edits, one default avatar) and resumes (own, service templates, cloned masters)."""
from __future__ import annotations

import os
import random

from PIL import Image, ImageDraw

from . import data as D

SKIN = [(255, 224, 189), (241, 194, 125), (224, 172, 105), (198, 134, 66), (141, 85, 36), (255, 219, 172),
        (234, 192, 134), (170, 120, 80)]
HAIR = [(20, 20, 20), (60, 40, 20), (110, 70, 30), (200, 170, 90), (90, 90, 90), (40, 25, 10)]


class Media:
    def __init__(self, world, bundle: str):
        self.w = world
        self.dir = os.path.join(bundle, "photos")
        self.rdir = os.path.join(bundle, "resumes")
        os.makedirs(self.dir, exist_ok=True)
        os.makedirs(self.rdir, exist_ok=True)
        self.files = 0
        self.resumes = 0
        self._avatar = None

    def _draw(self, seed: int, bg=None, jitter: int = 0, size: int = 64) -> Image.Image:
        r = random.Random(seed)
        bg = bg or (r.randrange(150, 256), r.randrange(150, 256), r.randrange(150, 256))
        im = Image.new("RGB", (size, size), bg)
        d = ImageDraw.Draw(im)
        skin, hair = r.choice(SKIN), r.choice(HAIR)
        fw, fh = r.randrange(26, 34), r.randrange(32, 40)
        cx, cy = 32 + r.randrange(-2, 3), 34 + r.randrange(-2, 3)
        d.rectangle([cx - fw // 2 - 3, cy - fh // 2 - 5, cx + fw // 2 + 3, cy - fh // 2 + 6 + r.randrange(6)], fill=hair)
        d.ellipse([cx - fw // 2, cy - fh // 2, cx + fw // 2, cy + fh // 2], fill=skin)
        ey = cy - 4 + r.randrange(-2, 2)
        for ex in (cx - 7, cx + 7):
            d.ellipse([ex - 2, ey - 2, ex + 2, ey + 2], fill=(30, 30, 40))
        d.line([cx - 5, cy + 9, cx + 5, cy + 9 + r.randrange(-1, 2)], fill=(150, 60, 60), width=2)
        d.rectangle([8, 58, 56, 64], fill=(r.randrange(256), r.randrange(256), r.randrange(256)))
        if jitter:
            rj = random.Random(jitter)
            px = im.load()
            for _ in range(30):
                x, y = rj.randrange(size), rj.randrange(size)
                c = px[x, y]
                px[x, y] = tuple(min(255, max(0, v + rj.randrange(-25, 26))) for v in c)
        return im

    def face(self, seed: int, bg=None, jitter: int = 0) -> str:
        name = f"p_{self.w.r.getrandbits(48):012x}." + ("jpg" if self.w.chance(0.7) else "png")
        im = self._draw(seed, bg, jitter)
        path = os.path.join(self.dir, name)
        if name.endswith("jpg"):
            im.save(path, "JPEG", quality=self.w.r.randrange(80, 95))
        else:
            im.save(path, "PNG")
        self.files += 1
        return "photos/" + name

    def avatar(self) -> str:
        if self._avatar is None:
            im = Image.new("RGB", (64, 64), (200, 200, 205))
            d = ImageDraw.Draw(im)
            d.ellipse([20, 10, 44, 34], fill=(160, 160, 168))
            d.ellipse([10, 36, 54, 80], fill=(160, 160, 168))
            im.save(os.path.join(self.dir, "default_avatar.png"), "PNG")
            self._avatar = "photos/default_avatar.png"
            self.files += 1
        return self._avatar

    # ---------- resumes ----------
    def resume_text(self, name: str, role: str, stack: str, city: str, years: int, template: dict | None = None,
                    employers: list[str] | None = None) -> str:
        r = self.w.r
        if template:
            summary = template["summary"]
            bullets = template["bullets"]
            heads = template["heads"]
        else:
            summary = (f"{role} with {years} years of experience in {stack}. "
                       + r.choice(["Enjoy owning features end to end.", "Focused on reliability and clear code.",
                                   "Comfortable in small teams and on-call rotations.", "Mentor junior engineers.",
                                   "Background in support before moving into engineering.",
                                   "Care about accessible, well-tested software."]))
            bullets = [r.choice(["Built", "Migrated", "Maintained", "Designed", "Automated", "Reduced"]) + " "
                       + r.choice(["the billing service", "CI pipelines", "an internal admin tool", "the data warehouse loads",
                                   "device onboarding", "the customer portal", "alerting and dashboards", "the ticket backlog"])
                       + " " + r.choice(["using " + stack, f"cutting time by {r.randrange(10, 70)}%", "for 3 teams",
                                         "with zero downtime", "across 2 regions"]) for _ in range(r.randrange(3, 6))]
            heads = r.choice([("Summary", "Experience", "Skills"), ("Profile", "Work History", "Technical Skills"),
                              ("About", "Employment", "Tools")])
        emp = employers or [f"{r.choice(D.CLIENT_NAMES)} {r.choice(D.CLIENT_SUFFIX)}" for _ in range(r.randrange(1, 4))]
        lines = [name, f"{city} | {role}", "", heads[0], summary, "", heads[1]]
        for i, e in enumerate(emp):
            lines.append(f"{e}, {2024 - 2 * i - r.randrange(2)}-{'present' if i == 0 else 2025 - 2 * i}")
            lines.extend("- " + b for b in bullets[i::len(emp)] or bullets[:1])
        lines += ["", heads[2], stack + ", Git, Linux, " + r.choice(["Jira", "SQL", "Docker", "Azure AD", "Intune"])]
        return "\n".join(lines)

    def template(self, role: str, stack: str, service: str | None = None) -> dict:
        r = self.w.r
        t = {"summary": (f"Results-driven {role} with a proven track record in {stack}. " if service else
                         f"Senior {role} specialising in {stack} and scalable remote delivery. ")
             + r.choice(["Passionate about clean architecture and delivering business value.",
                         "Dedicated team player with strong communication skills.",
                         "Expert in agile methodologies and cross-functional collaboration."]),
             "bullets": [r.choice(["Spearheaded", "Architected", "Led", "Delivered", "Optimized"]) + " "
                         + r.choice(["enterprise-grade microservices", "high-availability platforms", "end-to-end CI/CD",
                                     "cloud-native migration", "a real-time analytics pipeline", "secure REST APIs"])
                         + " " + r.choice([f"improving performance by {r.randrange(20, 60)}%", "for Fortune 500 clients",
                                           f"serving {r.randrange(2, 9)}M users", "reducing costs significantly"])
                         for _ in range(6)],
             "heads": ("Professional Summary", "Professional Experience", "Core Competencies")}
        return t

    def resume_cell(self, text: str, file_p: float = 0.45) -> str:
        if not self.w.chance(file_p):
            return text
        ext = self.w.pick([".txt", ".txt", ".md"])
        name = f"r_{self.w.r.getrandbits(48):012x}{ext}"
        with open(os.path.join(self.rdir, name), "w", encoding="utf-8") as f:
            f.write(text if ext == ".txt" else "# " + text.replace("\n\n", "\n\n## ", 1))
        self.resumes += 1
        return "resumes/" + name
