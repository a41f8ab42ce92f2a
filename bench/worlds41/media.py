"""Photos (small drawn PNG portraits, their edits, a default avatar) and resumes."""
import io
import random

from PIL import Image, ImageDraw, ImageEnhance, ImageFilter

from . import data as D

SKIN = [(255, 224, 196), (241, 194, 150), (224, 172, 125), (198, 134, 94), (161, 102, 64), (120, 78, 48), (88, 56, 38)]
HAIR = [(20, 16, 14), (60, 40, 25), (110, 75, 40), (170, 130, 80), (210, 180, 120), (130, 130, 130), (90, 30, 20)]
SIZE = 64


def render_face(seed: int, edit: int = 0) -> bytes:
    """A portrait drawn from `seed`; `edit` > 0 is the same portrait retouched (light, crop, glasses, tint)."""
    r = random.Random(seed)
    im = Image.new("RGB", (SIZE, SIZE), tuple(r.randint(40, 230) for _ in range(3)))
    dr = ImageDraw.Draw(im)
    for _ in range(r.randint(4, 8)):  # background: a room, a wall, a window
        x, y = r.randint(-20, SIZE), r.randint(-20, SIZE)
        w, h = r.randint(10, 50), r.randint(10, 50)
        col = tuple(r.randint(20, 240) for _ in range(3))
        (dr.rectangle if r.random() < .5 else dr.ellipse)([x, y, x + w, y + h], fill=col)
    im = im.filter(ImageFilter.GaussianBlur(2))
    dr = ImageDraw.Draw(im)
    cx, cy = SIZE // 2 + r.randint(-5, 5), SIZE // 2 + r.randint(-3, 5)
    fw, fh = r.randint(17, 23), r.randint(22, 28)
    skin, hair = r.choice(SKIN), r.choice(HAIR)
    dr.rectangle([cx - fw - 6, cy + fh - 4, cx + fw + 6, SIZE], fill=tuple(r.randint(0, 255) for _ in range(3)))
    dr.ellipse([cx - fw - 2, cy - fh - 4, cx + fw + 2, cy + r.randint(-4, 8)], fill=hair)
    dr.ellipse([cx - fw, cy - fh, cx + fw, cy + fh], fill=skin)
    ey = cy - r.randint(2, 8)
    ex = r.randint(6, 10)
    for sx in (-1, 1):
        dr.ellipse([cx + sx * ex - 3, ey - 2, cx + sx * ex + 3, ey + 2], fill=(250, 250, 250))
        dr.ellipse([cx + sx * ex - 1, ey - 1, cx + sx * ex + 1, ey + 1], fill=(30, 20, 10))
    my = cy + r.randint(8, 14)
    dr.arc([cx - 7, my - 4, cx + 7, my + 3], 10, 170, fill=(140, 60, 60), width=2)
    dr.line([cx, ey + 2, cx - 2, my - 5], fill=tuple(max(0, c - 40) for c in skin), width=1)
    if edit:
        e = random.Random(seed * 31 + edit)
        im = ImageEnhance.Brightness(im).enhance(e.uniform(0.88, 1.12))
        im = ImageEnhance.Color(im).enhance(e.uniform(0.8, 1.2))
        c = e.randint(1, 4)
        im = im.crop((c, c, SIZE - c + e.randint(-1, 1), SIZE - c)).resize((SIZE, SIZE))
        if e.random() < 0.4:
            d2 = ImageDraw.Draw(im)
            d2.rectangle([cx - ex - 4, ey - 3, cx + ex + 4, ey + 3], outline=(20, 20, 20))
        if e.random() < 0.5:
            im = im.filter(ImageFilter.SMOOTH)
    b = io.BytesIO()
    im.save(b, "PNG", optimize=False)
    return b.getvalue()


def default_avatar() -> bytes:
    im = Image.new("RGB", (SIZE, SIZE), (200, 205, 212))
    dr = ImageDraw.Draw(im)
    dr.ellipse([24, 12, 48, 36], fill=(150, 156, 166))
    dr.ellipse([12, 40, 60, 90], fill=(150, 156, 166))
    b = io.BytesIO()
    im.save(b, "PNG")
    return b.getvalue()


def _fill(r: random.Random, s: str) -> str:
    return s.format(n=r.randint(3, 60), n2=r.randint(85, 99), tool=r.choice(D.TOOLS), lang=r.choice(D.LANGS))


def resume(r: random.Random, name: str, email: str, phone: str, city: str, family: str, title: str,
           service=None, employers=None, school=None, md=False) -> str:
    """A resume's text. `family`: it / rcm / clinical. `service`: a resume-writing service's template."""
    h = "# " if md else ""
    lines = [f"{h}{name}", f"{city} | {email} | {phone}", ""]
    if service:
        lines += [service[1], ""]
    else:
        lines += [f"{h}Summary", f"{title.replace(' (Remote)', '')} with {r.randint(2, 18)} years of experience "
                  f"in {r.choice(['hospital', 'health system', 'payer', 'ambulatory', 'academic medical center'])} settings.", ""]
    lines.append(f"{h}Experience")
    emps = employers or r.sample(D.PRIOR_EMPLOYERS, r.randint(2, 4))
    y = 2025
    pool = D.BULLETS[family]
    for emp in emps:
        y0 = y - r.randint(1, 5)
        lines.append(f"{title.replace(' (Remote)', '')} - {emp} ({y0}-{'Present' if y == 2025 else y})")
        for b in r.sample(pool, min(len(pool), r.randint(2, 4))):
            lines.append(f"- {_fill(r, b)}")
        y = y0
    lines += ["", f"{h}Education", f"{r.choice(['BS', 'BSN', 'MS', 'BA', 'AAS', 'MBA'])}, {school or r.choice(D.SCHOOLS)}, {y - r.randint(0, 3)}"]
    if service:
        lines += ["", service[2]]
    return "\n".join(lines) + "\n"


def mutate_resume(r: random.Random, text: str, name: str, email: str, phone: str, city: str) -> str:
    """A cloned master resume: new header, bullets shuffled within jobs, a few numbers changed."""
    ls = text.split("\n")
    ls[0] = ("# " if ls[0].startswith("# ") else "") + name
    ls[1] = f"{city} | {email} | {phone}"
    out = []
    for line in ls:
        if line.startswith("- ") and r.random() < 0.3:
            line = "- " + _fill(r, r.choice(D.BULLETS["it"]))
        out.append(line)
    return "\n".join(out)
