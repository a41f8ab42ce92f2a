"""KYC selfies for world 42: small drawn faces (PNG); 'AI-edited' variants of one base face for personas."""
from __future__ import annotations

import io
import os

from PIL import Image, ImageDraw

SKIN = [(255, 224, 189), (241, 194, 125), (224, 172, 105), (198, 134, 66), (141, 85, 36), (92, 56, 30), (234, 192, 160)]
HAIR = [(20, 20, 20), (60, 40, 20), (110, 70, 30), (200, 170, 90), (90, 90, 90), (140, 40, 20)]


def face_params(rng):
    return {"bg": tuple(rng.randint(120, 245) for _ in range(3)), "skin": rng.choice(SKIN), "hair": rng.choice(HAIR),
            "fw": rng.randint(30, 40), "fh": rng.randint(38, 48), "eye_y": rng.randint(28, 34), "eye_dx": rng.randint(7, 11),
            "mouth_y": rng.randint(44, 50), "mouth_w": rng.randint(6, 12), "hair_h": rng.randint(6, 16), "shirt": tuple(rng.randint(0, 255) for _ in range(3)),
            "glasses": rng.random() < 0.2, "jitter": [rng.randint(0, 255) for _ in range(24)]}


def edited(rng, base):
    """An AI-edited variant: same face geometry, new hair colour, background, glasses or shirt, slight shifts."""
    p = dict(base)
    p["bg"] = tuple(max(0, min(255, c + rng.randint(-40, 40))) for c in base["bg"])
    p["hair"] = rng.choice(HAIR)
    p["shirt"] = tuple(rng.randint(0, 255) for _ in range(3))
    p["glasses"] = rng.random() < 0.5
    p["eye_y"] = base["eye_y"] + rng.randint(-1, 1)
    p["mouth_w"] = base["mouth_w"] + rng.randint(-1, 1)
    p["jitter"] = [max(0, min(255, j + rng.randint(-12, 12))) for j in base["jitter"]]
    return p


def draw(p) -> bytes:
    im = Image.new("RGB", (64, 64), p["bg"])
    d = ImageDraw.Draw(im)
    for i, j in enumerate(p["jitter"]):   # textured background: a per-photo pattern
        x, y = (i % 6) * 11, (i // 6) * 16
        d.rectangle([x, y, x + 4, y + 3], fill=tuple(max(0, min(255, c + (j - 128) // 6)) for c in p["bg"]))
    d.rectangle([10, 54, 54, 64], fill=p["shirt"])
    cx, cy = 32, 32
    d.ellipse([cx - p["fw"] // 2, cy - p["fh"] // 2, cx + p["fw"] // 2, cy + p["fh"] // 2], fill=p["skin"])
    d.chord([cx - p["fw"] // 2, cy - p["fh"] // 2 - 2, cx + p["fw"] // 2, cy - p["fh"] // 2 + 2 * p["hair_h"]], 180, 360, fill=p["hair"])
    for sx in (-1, 1):
        ex = cx + sx * p["eye_dx"]
        d.ellipse([ex - 2, p["eye_y"] - 2, ex + 2, p["eye_y"] + 2], fill=(30, 30, 30))
        if p["glasses"]:
            d.rectangle([ex - 4, p["eye_y"] - 4, ex + 4, p["eye_y"] + 4], outline=(10, 10, 10))
    d.line([cx - p["mouth_w"] // 2, p["mouth_y"], cx + p["mouth_w"] // 2, p["mouth_y"]], fill=(150, 40, 40), width=2)
    b = io.BytesIO()
    im.save(b, "PNG", optimize=False)
    return b.getvalue()


def write_photo(w, params, name=None) -> str:
    rel = f"photos/{name or w.hexid(48)}.png"
    path = os.path.join(w.out, "bundle", rel)
    if not os.path.exists(path):
        with open(path, "wb") as f:
            f.write(draw(params))
        w.photo_count += 1
    return rel
