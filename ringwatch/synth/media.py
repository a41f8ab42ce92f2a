"""Profile photos: procedurally drawn faces, and edited copies of one face for photo reuse.

No network and no model: each face is drawn from its own seed with PIL (background room
shapes, skin, hair, eyes, clothes), so distinct people get distinct perceptual hashes, and a
reused photo is the same drawing put through the edits fraudsters make (crop, resize, mirror,
brightness, re-encode).
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageOps

SIZE = 128
_SKIN = [(255, 224, 196), (241, 194, 125), (224, 172, 105), (198, 134, 66), (141, 85, 36), (92, 56, 30)]
_HAIR = [(20, 16, 12), (60, 40, 25), (110, 75, 40), (180, 140, 80), (220, 200, 150), (130, 130, 130), (150, 50, 20)]


def _jitter(rng: np.random.Generator, color: tuple[int, int, int], amount: int) -> tuple[int, int, int]:
    return tuple(int(np.clip(c + rng.integers(-amount, amount + 1), 0, 255)) for c in color)  # type: ignore[return-value]


def draw_face(seed: int) -> Image.Image:
    rng = np.random.default_rng(seed)
    # Background: a gradient plus a few large shapes (a room, a shelf, a window).
    # Background: a smooth random light field (window light, walls) at low resolution, so
    # distinct photos differ in exactly the low frequencies perceptual hashes look at.
    field = rng.integers(20, 236, (4, 4, 3)).astype(np.uint8)
    img = Image.fromarray(field, "RGB").resize((SIZE, SIZE), Image.Resampling.BICUBIC)
    d = ImageDraw.Draw(img)
    for _ in range(int(rng.integers(2, 6))):
        x0, y0 = rng.integers(-30, SIZE, 2)
        w, h = rng.integers(20, 90, 2)
        color = tuple(int(c) for c in rng.integers(0, 256, 3))
        (d.rectangle if rng.random() < 0.6 else d.ellipse)([int(x0), int(y0), int(x0 + w), int(y0 + h)], fill=color)
    cx, cy = int(rng.normal(64, 9)), int(rng.normal(58, 7))
    fw, fh = int(rng.uniform(19, 28)), int(rng.uniform(25, 34))
    skin = _jitter(rng, _SKIN[int(rng.integers(len(_SKIN)))], 12)
    hair = _jitter(rng, _HAIR[int(rng.integers(len(_HAIR)))], 10)
    shirt = tuple(int(c) for c in rng.integers(0, 256, 3))
    # Shoulders and neck.
    d.ellipse([cx - 2 * fw - 10, cy + fh + 8, cx + 2 * fw + 10, cy + 3 * fh + 30], fill=shirt)
    d.rectangle([cx - fw // 3, cy + fh - 6, cx + fw // 3, cy + fh + 14], fill=_jitter(rng, skin, 8))
    # Hair behind the head (long) or on top (short), then the face.
    style = int(rng.integers(0, 4))
    if style == 0:
        d.ellipse([cx - fw - 6, cy - fh - 6, cx + fw + 6, cy + fh + int(rng.integers(10, 30))], fill=hair)
    d.ellipse([cx - fw, cy - fh, cx + fw, cy + fh], fill=skin)
    if style in (0, 1):
        d.chord([cx - fw - 2, cy - fh - 8, cx + fw + 2, cy + int(rng.integers(-8, 4))], 180, 360, fill=hair)
    elif style == 2:
        d.pieslice([cx - fw - 3, cy - fh - 10, cx + fw + 3, cy + fh // 2], 190, 350, fill=hair)
    # Eyes, brows, nose, mouth.
    ey = cy - int(fh * rng.uniform(0.05, 0.25))
    ex = int(fw * rng.uniform(0.35, 0.5))
    iris = tuple(int(c) for c in rng.integers(20, 140, 3))
    for side in (-1, 1):
        x = cx + side * ex
        d.ellipse([x - 5, ey - 3, x + 5, ey + 3], fill=(245, 245, 245))
        d.ellipse([x - 2, ey - 2, x + 2, ey + 2], fill=iris)
        by = ey - int(rng.integers(5, 9))
        d.line([x - 6, by + int(rng.integers(-2, 3)), x + 6, by], fill=hair, width=2)
    ny = cy + int(fh * rng.uniform(0.15, 0.3))
    d.line([cx, ey + 4, cx - int(rng.integers(1, 4)), ny], fill=_jitter(rng, skin, 40), width=2)
    my = cy + int(fh * rng.uniform(0.45, 0.6))
    mw = int(rng.integers(6, 12))
    d.arc([cx - mw, my - 4, cx + mw, my + 4], 10, 170, fill=(150, 60, 60), width=2)
    if rng.random() < 0.2:  # glasses
        for side in (-1, 1):
            x = cx + side * ex
            d.ellipse([x - 8, ey - 6, x + 8, ey + 6], outline=(30, 30, 30), width=2)
    # Sensor noise, cheaply: a small noise tile, blurred with the drawing.
    noise = Image.fromarray(rng.integers(0, 256, (SIZE // 4, SIZE // 4, 3), dtype=np.uint8), "RGB").resize((SIZE, SIZE))
    return Image.blend(img, noise, 0.04).filter(ImageFilter.SMOOTH)


def edit_copy(img: Image.Image, edit_seed: int) -> tuple[Image.Image, int]:
    """The edits of a reused photo; returns the image and a JPEG quality to save it with."""
    rng = np.random.default_rng(edit_seed)
    if edit_seed == 0:  # re-upload of the same file: only re-encoded
        return img, int(rng.integers(70, 95))
    w, h = img.size
    dx0, dy0, dx1, dy1 = (rng.uniform(0, 0.05, 4) * [w, h, w, h]).astype(int)
    out = img.crop((dx0, dy0, w - dx1, h - dy1))
    side = int(rng.integers(100, 160))
    out = out.resize((side, side), Image.Resampling.BICUBIC)
    if rng.random() < 0.4:
        out = ImageOps.mirror(out)
    out = ImageEnhance.Brightness(out).enhance(float(rng.uniform(0.8, 1.2)))
    return out, int(rng.integers(55, 95))


def write_photo(path: Path, face: int, edit: int) -> None:
    img = draw_face(face)
    quality = 90
    if edit >= 0:
        img, quality = edit_copy(img, edit)
    if path.suffix == ".png":
        img.save(path, format="PNG", optimize=False)
    else:
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=quality)
        path.write_bytes(buf.getvalue())
