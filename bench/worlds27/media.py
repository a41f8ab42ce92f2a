"""Profile pictures (procedural faces, AI-style edits of one face, re-crops, default and brand avatars) and the
10DLC brand descriptions that business verification stores (the `resume` column)."""
import io
import random

import numpy as np
from PIL import Image, ImageDraw

from . import data as D

SIZE = 72
SKIN = [(255, 224, 189), (241, 194, 125), (224, 172, 105), (198, 134, 66), (141, 85, 36), (92, 56, 30), (234, 192, 160)]
HAIR = [(20, 20, 20), (60, 40, 20), (110, 70, 30), (200, 160, 80), (140, 140, 140), (90, 30, 20)]


def _params(seed):
    r = random.Random(seed)
    return {
        "bg": tuple(r.randint(60, 230) for _ in range(3)), "skin": r.choice(SKIN), "hair": r.choice(HAIR),
        "hstyle": r.randrange(4), "fw": r.randint(22, 28), "fh": r.randint(27, 33), "ey": r.randint(30, 36),
        "es": r.randint(8, 12), "mw": r.randint(6, 12), "shirt": tuple(r.randint(20, 220) for _ in range(3)),
        "glasses": r.random() < 0.25, "cx": 36 + r.randint(-3, 3), "cy": 36 + r.randint(-2, 3), "noise": r.randrange(1 << 30),
    }


def _draw(p, size=SIZE):
    im = Image.new("RGB", (size, size), p["bg"])
    d = ImageDraw.Draw(im)
    cx, cy, fw, fh = p["cx"], p["cy"], p["fw"], p["fh"]
    d.ellipse([cx - 30, cy + fh - 6, cx + 30, cy + fh + 40], fill=p["shirt"])
    d.rectangle([cx - 7, cy + fh - 12, cx + 7, cy + fh], fill=p["skin"])
    if p["hstyle"] == 1:
        d.ellipse([cx - fw - 4, cy - fh - 4, cx + fw + 4, cy + fh - 2], fill=p["hair"])
    d.ellipse([cx - fw, cy - fh, cx + fw, cy + fh], fill=p["skin"])
    if p["hstyle"] in (0, 2):
        d.pieslice([cx - fw, cy - fh - 3, cx + fw, cy + 4], 180, 360, fill=p["hair"])
    if p["hstyle"] == 3:
        d.rectangle([cx - fw + 2, cy - fh - 2, cx + fw - 2, cy - fh + 9], fill=p["hair"])
    ey, es = p["ey"], p["es"]
    for sx in (-1, 1):
        ex = cx + sx * es
        d.ellipse([ex - 3, ey - 2, ex + 3, ey + 2], fill=(250, 250, 250))
        d.ellipse([ex - 1, ey - 1, ex + 1, ey + 1], fill=(30, 30, 40))
        if p["glasses"]:
            d.ellipse([ex - 5, ey - 4, ex + 5, ey + 4], outline=(20, 20, 20))
    my = cy + fh // 2 + 2
    d.arc([cx - p["mw"], my - 4, cx + p["mw"], my + 3], 20, 160, fill=(150, 60, 60), width=2)
    a = np.asarray(im, dtype=np.int16)
    g = np.random.default_rng(p["noise"])
    a = np.clip(a + g.integers(-9, 10, a.shape), 0, 255).astype(np.uint8)
    return Image.fromarray(a)


def _encode(im, fmt, quality=88):
    b = io.BytesIO()
    if fmt == "png":
        im.save(b, "PNG", optimize=False)
    else:
        im.save(b, "JPEG", quality=quality)
    return b.getvalue()


def face(seed, fmt="jpg", quality=88):
    """a person's own photo"""
    return _encode(_draw(_params(seed)), fmt, quality)


def edited_face(seed, variant, fmt="jpg"):
    """an AI-style edit of one base face: same geometry, new hair/background/clothes, a slight crop shift and
    re-noise (what reporting describes as one real photo turned into several personas)"""
    p = _params(seed)
    r = random.Random(seed * 1009 + variant * 7919)
    p["bg"] = tuple(max(0, min(255, c + r.randint(-50, 50))) for c in p["bg"])
    p["shirt"] = tuple(r.randint(20, 220) for _ in range(3))
    if r.random() < 0.5:
        p["hair"] = r.choice(HAIR)
    if r.random() < 0.4:
        p["glasses"] = not p["glasses"]
    p["cx"] += r.randint(-2, 2)
    p["cy"] += r.randint(-2, 2)
    p["noise"] = r.randrange(1 << 30)
    return _encode(_draw(p), fmt, r.choice([80, 85, 90, 95]))


def recropped(seed, fmt="jpg"):
    """a victim's photo downloaded, cropped a little and saved again"""
    im = _draw(_params(seed), 80)
    r = random.Random(seed + 17)
    x, y = r.randint(0, 8), r.randint(0, 8)
    im = im.crop((x, y, x + SIZE, y + SIZE))
    return _encode(im, fmt, r.choice([70, 75, 82]))


_DEFAULT = None


def default_avatar():
    """the app's grey silhouette (shared by everybody who never uploaded a picture but ticked 'use default')"""
    global _DEFAULT
    if _DEFAULT is None:
        im = Image.new("RGB", (SIZE, SIZE), (200, 204, 210))
        d = ImageDraw.Draw(im)
        d.ellipse([24, 14, 48, 38], fill=(150, 156, 164))
        d.ellipse([12, 42, 60, 90], fill=(150, 156, 164))
        _DEFAULT = _encode(im, "png")
    return _DEFAULT


def brand_avatar(color, initials, logo_seed):
    """a brokerage's or sales team's branded avatar template: same logo and colour, the agent's initials"""
    r = random.Random(logo_seed)
    im = Image.new("RGB", (SIZE, SIZE), color)
    d = ImageDraw.Draw(im)
    d.rectangle([0, 52, SIZE, SIZE], fill=tuple(max(0, c - 60) for c in color))
    d.polygon([(36, 6), (20 + r.randint(0, 4), 26), (52 - r.randint(0, 4), 26)], fill=(255, 255, 255))
    d.text((24, 30), initials, fill=(255, 255, 255))
    return _encode(im, "png")


def smb_description(company, trade, city, st, rng):
    return rng.choice(D.SMB_DESCRIPTIONS).format(c=company, trade=trade.lower(), city=city, st=st)


def persona_description(tmpl, name, rng, role=None):
    return tmpl.format(n=name, role=role or rng.choice(D.ROLES))
