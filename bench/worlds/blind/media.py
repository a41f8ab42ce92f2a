"""Small synthetic photos (64x64, drawn with Pillow) and resume texts for the blind world."""
from __future__ import annotations

import io
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance

from . import names as N

SKIN = [(255, 224, 189), (234, 192, 134), (198, 134, 66), (141, 85, 36), (224, 172, 105), (241, 194, 125)]
HAIR = [(20, 20, 20), (60, 40, 20), (110, 70, 30), (200, 170, 90), (90, 90, 90), (150, 40, 20)]


def face_params(rng: np.random.Generator) -> dict:
    """The latent 'person' behind a photo: the same params draw the same face."""
    return {
        "bg": tuple(int(x) for x in rng.integers(60, 240, 3)),
        "skin": SKIN[int(rng.integers(len(SKIN)))],
        "hair": HAIR[int(rng.integers(len(HAIR)))],
        "fw": int(rng.integers(30, 40)), "fh": int(rng.integers(38, 48)),
        "cx": int(rng.integers(29, 35)), "cy": int(rng.integers(30, 36)),
        "hairstyle": int(rng.integers(3)), "eye": int(rng.integers(2, 4)),
        "shirt": tuple(int(x) for x in rng.integers(0, 255, 3)),
        "seed": int(rng.integers(2**31)),
    }


def draw_face(p: dict) -> Image.Image:
    im = Image.new("RGB", (64, 64), p["bg"])
    d = ImageDraw.Draw(im)
    cx, cy, fw, fh = p["cx"], p["cy"], p["fw"], p["fh"]
    d.rectangle([cx - 22, cy + fh // 2 - 2, cx + 22, 64], fill=p["shirt"])  # shoulders
    if p["hairstyle"] == 2:
        d.ellipse([cx - fw // 2 - 4, cy - fh // 2 - 5, cx + fw // 2 + 4, cy + fh // 2 + 8], fill=p["hair"])
    d.ellipse([cx - fw // 2, cy - fh // 2, cx + fw // 2, cy + fh // 2], fill=p["skin"])
    if p["hairstyle"] in (0, 2):
        d.chord([cx - fw // 2, cy - fh // 2 - 3, cx + fw // 2, cy], 180, 360, fill=p["hair"])
    else:
        d.rectangle([cx - fw // 2 + 2, cy - fh // 2, cx + fw // 2 - 2, cy - fh // 2 + 6], fill=p["hair"])
    e = p["eye"]
    for sx in (-1, 1):
        ex = cx + sx * fw // 5
        d.ellipse([ex - e, cy - 4 - e // 2, ex + e, cy - 4 + e // 2 + 1], fill=(30, 30, 30))
    d.line([cx, cy - 1, cx - 1, cy + 5], fill=(120, 80, 60))
    d.arc([cx - 6, cy + 6, cx + 6, cy + 12], 20, 160, fill=(150, 60, 60), width=2)
    # sensor noise, fixed per photo
    arr = np.asarray(im).astype(np.int16)
    arr += np.random.default_rng(p["seed"]).integers(-6, 7, arr.shape, dtype=np.int16)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def edit(im: Image.Image, rng: np.random.Generator, strength: float = 1.0) -> Image.Image:
    """An 'AI-edited' or re-uploaded variant: shift, crop/resize, colour, brightness, fresh noise."""
    out = im
    if rng.random() < 0.7 * strength:
        dx, dy = (int(x) for x in rng.integers(-3, 4, 2))
        out = out.transform(out.size, Image.AFFINE, (1, 0, dx, 0, 1, dy), fillcolor=out.getpixel((0, 0)))
    if rng.random() < 0.5 * strength:
        c = int(rng.integers(1, 5))
        out = out.crop((c, c, 64 - c, 64 - c)).resize((64, 64), Image.BILINEAR)
    out = ImageEnhance.Brightness(out).enhance(float(1 + rng.normal(0, 0.08 * strength)))
    out = ImageEnhance.Color(out).enhance(float(1 + rng.normal(0, 0.15 * strength)))
    if rng.random() < 0.15 * strength:
        out = out.transpose(Image.FLIP_LEFT_RIGHT)
    arr = np.asarray(out).astype(np.int16)
    arr += rng.integers(-4, 5, arr.shape, dtype=np.int16)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def default_avatar() -> Image.Image:
    im = Image.new("RGB", (64, 64), (200, 204, 210))
    d = ImageDraw.Draw(im)
    d.ellipse([20, 10, 44, 34], fill=(150, 155, 162))
    d.ellipse([8, 38, 56, 80], fill=(150, 155, 162))
    return im


def save(im: Image.Image, path: Path, rng: np.random.Generator) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".jpg":
        im.save(path, "JPEG", quality=int(rng.integers(70, 95)))
    else:
        im.save(path, "PNG")


# ------------------------------------------------------------------ resumes

def resume_body(rng: np.random.Generator, title: str, skills: list[str], years: int,
                companies: list[str], school: str, degree: str, project: str | None = None,
                template: int = 0) -> str:
    """The body of a resume (everything but the header with name and contacts)."""
    bullets = [
        f"Built and maintained {rng.choice(['REST APIs', 'microservices', 'dashboards', 'data pipelines', 'mobile apps', 'internal tools', 'payment integrations'])} using {skills[0]} and {skills[1]}",
        f"Improved {rng.choice(['page load time', 'query latency', 'deployment frequency', 'test coverage', 'customer retention', 'build time'])} by {int(rng.integers(15, 70))}%",
        f"Collaborated with {rng.choice(['product', 'design', 'QA', 'data science', 'sales', 'support'])} teams across {int(rng.integers(2, 6))} time zones",
        f"Mentored {int(rng.integers(1, 6))} junior engineers and led code reviews",
        f"Migrated {rng.choice(['legacy monolith', 'on-prem servers', 'reporting stack', 'CI pipeline'])} to {rng.choice(skills)}",
        f"Owned on-call rotation for {rng.choice(['checkout', 'search', 'auth', 'billing', 'notifications'])} service",
    ]
    heads = [("SUMMARY", "EXPERIENCE", "SKILLS", "EDUCATION"),
             ("## Profile", "## Work History", "## Technical Skills", "## Education"),
             ("Professional Summary", "Professional Experience", "Core Competencies", "Education & Training")][template % 3]
    lines = [heads[0], f"{title} with {years}+ years of experience delivering reliable software. "
             f"Passionate about clean code, {rng.choice(skills)} and shipping features customers love.", "", heads[1]]
    end = 2025
    for c in companies:
        span = int(rng.integers(1, 4))
        lines.append(f"{title} - {c} ({end - span}-{end})")
        for b in rng.choice(bullets, size=2, replace=False):
            lines.append(f"- {b}")
        end -= span
    if project:
        lines += ["", "PROJECTS" if template % 3 != 1 else "## Projects", project]
    lines += ["", heads[2], ", ".join(skills), "", heads[3], f"{degree}, {school}"]
    return "\n".join(lines)


def resume_header(name: str, email: str | None, phone: str | None, city: str) -> str:
    parts = [p for p in (email, phone, city) if p]
    return f"{name}\n{' | '.join(parts)}\n"


def mutate_resume(body: str, rng: np.random.Generator, n_edits: int = 2) -> str:
    """A lightly edited copy: a few words or lines changed (cloned resume, or a tailored re-send)."""
    lines = body.split("\n")
    for _ in range(n_edits):
        i = int(rng.integers(len(lines)))
        if lines[i].startswith("- "):
            lines[i] = lines[i].replace("Built and maintained", "Designed and built").replace(
                "Improved", "Reduced").replace("Collaborated", "Partnered")
        elif "years of experience" in lines[i]:
            lines[i] = lines[i].replace("years", "years of hands-on")
    return "\n".join(lines)
