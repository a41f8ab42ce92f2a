"""Profile photos: procedurally drawn portraits, and edited copies of one portrait for photo reuse.

No network and no model: each portrait is drawn from its own seed with PIL and numpy. Real
photos of different people differ mostly in what perceptual hashes see, the coarse layout of
light and dark: the setting (plain wall, room, outdoors, textured backdrop), how the head is
framed (zoom, position, tilt), hair and clothes, where the light comes from, exposure and
grain. Each of these is drawn at random, so distinct people get unrelated hashes, and a
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
_WALLS = [(230, 225, 210), (200, 205, 210), (180, 160, 130), (120, 130, 140), (60, 60, 70), (210, 190, 170)]
_SKIES = [(140, 180, 230), (200, 210, 220), (240, 170, 110), (90, 110, 150)]
_GROUNDS = [(70, 120, 50), (120, 100, 70), (110, 110, 110), (190, 180, 150), (40, 70, 40)]

Color = tuple[int, int, int]


def _jitter(rng: np.random.Generator, color: Color, amount: int) -> Color:
    return tuple(int(np.clip(c + rng.integers(-amount, amount + 1), 0, 255)) for c in color)  # type: ignore[return-value]


def _random_color(rng: np.random.Generator, low: int = 0, high: int = 256) -> Color:
    return tuple(int(c) for c in rng.integers(low, high, 3))  # type: ignore[return-value]


def _ramp(rng: np.random.Generator, size: int = SIZE) -> np.ndarray:
    """A linear ramp from 0 to 1 across a size x size frame, in a random direction."""
    angle = rng.uniform(0, 2 * np.pi)
    y, x = np.mgrid[0:size, 0:size] / max(size - 1, 1)
    ramp = np.cos(angle) * x + np.sin(angle) * y
    return (ramp - ramp.min()) / (ramp.max() - ramp.min())


def _gradient(rng: np.random.Generator, start: Color, end: Color) -> Image.Image:
    # A linear gradient is exactly the bilinear blend of its corners: drawing 2x2 and
    # resizing is ~20x cheaper than computing every pixel.
    t = _ramp(rng, 2)[..., None]
    corners = np.asarray(start, np.float64) * (1 - t) + np.asarray(end, np.float64) * t
    small = Image.fromarray(corners.round().astype(np.uint8), "RGB")
    return small.resize((SIZE, SIZE), Image.Resampling.BILINEAR, reducing_gap=None)


def _backdrop(rng: np.random.Generator) -> Image.Image:
    """The setting behind the person, with whatever stands in it."""
    img = _setting(rng)
    draw = ImageDraw.Draw(img)
    # Furniture, plants, lamps, posters, other people's shoulders: big shapes anywhere.
    for _ in range(int(rng.integers(0, 4))):
        x0, y0 = (int(v) for v in rng.integers(-30, SIZE, 2))
        w, h = (int(v) for v in rng.integers(20, 80, 2))
        shape = draw.rectangle if rng.random() < 0.6 else draw.ellipse
        shape([x0, y0, x0 + w, y0 + h], fill=_random_color(rng))
    return img


def _setting(rng: np.random.Generator) -> Image.Image:
    """A plain wall, a room, outdoors or a textured backdrop."""
    # Plain backdrops are the minority: most photos are taken at home, at work or outside.
    kind = int(rng.choice(4, p=[0.15, 0.25, 0.3, 0.3]))
    if kind == 0:  # studio or plain wall: a gradient between two tones
        return _gradient(rng, _random_color(rng), _random_color(rng))
    if kind == 1:  # textured backdrop: a coarse random field, smoothly upsampled
        cells = int(rng.integers(3, 8))
        base = rng.integers(30, 226, 3)
        field = np.clip(base + rng.integers(-70, 71, (cells, cells, 3)), 0, 255).astype(np.uint8)
        return Image.fromarray(field, "RGB").resize((SIZE, SIZE), Image.Resampling.BICUBIC)
    if kind == 2:  # indoors: a lit wall with a door, windows, shelves and frames
        wall = _jitter(rng, _WALLS[int(rng.integers(len(_WALLS)))], 30)
        img = _gradient(rng, wall, _jitter(rng, wall, 70))
        draw = ImageDraw.Draw(img)
        for _ in range(int(rng.integers(1, 5))):
            x0, y0 = (int(v) for v in rng.integers(-20, SIZE, 2))
            w, h = (int(v) for v in rng.integers(15, 70, 2))
            if rng.random() < 0.3:  # a window: bright, with a frame
                draw.rectangle([x0, y0, x0 + w, y0 + h], fill=_jitter(rng, (235, 240, 245), 20),
                               outline=_random_color(rng, 0, 120), width=int(rng.integers(2, 5)))
            else:
                draw.rectangle([x0, y0, x0 + w, y0 + h], fill=_random_color(rng))
        return img
    # Outdoors: sky above a horizon, ground below, trees or buildings on the line.
    horizon = int(rng.integers(25, 105))
    sky = _SKIES[int(rng.integers(len(_SKIES)))]
    img = _gradient(rng, _jitter(rng, sky, 25), _jitter(rng, sky, 60))
    draw = ImageDraw.Draw(img)
    draw.rectangle([0, horizon, SIZE, SIZE], fill=_jitter(rng, _GROUNDS[int(rng.integers(len(_GROUNDS)))], 25))
    for _ in range(int(rng.integers(0, 6))):
        x = int(rng.integers(-10, SIZE))
        w, h = int(rng.integers(10, 45)), int(rng.integers(10, 60))
        color = _random_color(rng, 20, 200)
        if rng.random() < 0.5:  # a tree crown
            draw.ellipse([x, horizon - h, x + w, horizon + h // 4], fill=color)
        else:  # a building
            draw.rectangle([x, horizon - h, x + w, horizon], fill=color)
    return img


def _hair_back(draw: ImageDraw.ImageDraw, rng: np.random.Generator, style: int,
               cx: int, cy: int, fw: int, fh: int, hair: Color) -> None:
    """Hair that falls behind the head and shoulders."""
    if style == 2:  # long
        drop = int(fh * rng.uniform(0.6, 1.8))
        spread = int(fw * rng.uniform(0.15, 0.5))
        draw.ellipse([cx - fw - spread, cy - fh - spread, cx + fw + spread, cy + fh + drop], fill=hair)
    elif style == 4:  # curly volume
        for _ in range(14):
            a = rng.uniform(np.pi * 0.9, np.pi * 2.1)
            r = int(fw * rng.uniform(0.35, 0.6))
            x, y = cx + int(np.cos(a) * fw * 1.05), cy + int(np.sin(a) * fh * 0.95)
            draw.ellipse([x - r, y - r, x + r, y + r], fill=hair)
    elif style == 5:  # bun on top
        r = int(fw * rng.uniform(0.35, 0.6))
        top = cy - fh - r
        draw.ellipse([cx - r, top - r, cx + r, top + r], fill=hair)


def _hair_front(draw: ImageDraw.ImageDraw, rng: np.random.Generator, style: int,
                cx: int, cy: int, fw: int, fh: int, hair: Color) -> None:
    """Hair over the top of the head, or a hat."""
    if style in (1, 2, 4, 5):  # a cap of hair down to a random hairline
        hairline = cy - int(fh * rng.uniform(0.2, 0.6))
        draw.chord([cx - fw - 2, cy - fh - int(fh * 0.2), cx + fw + 2, hairline + (hairline - cy + fh)],
                   180, 360, fill=hair)
    elif style == 3:  # side part
        start = int(rng.uniform(180, 215))
        draw.pieslice([cx - fw - 3, cy - fh - 8, cx + fw + 3, cy + fh // 2], start, start + 160, fill=hair)
    elif style == 6:  # hat or head scarf
        color = _random_color(rng)
        draw.chord([cx - fw - 4, cy - fh - 10, cx + fw + 4, cy - fh // 4], 180, 360, fill=color)
        if rng.random() < 0.5:
            draw.rectangle([cx - fw - 8, cy - fh // 2 - 4, cx + fw + 8, cy - fh // 2 + 1], fill=color)
    # style 0: bald or shaved


def _person(rng: np.random.Generator) -> tuple[Image.Image, tuple[int, int]]:
    """The person on a transparent layer, framed at a random zoom and position; and the head centre."""
    layer = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    zoom = float(rng.uniform(0.55, 1.9))  # half-body shot up to a tight close-up
    fw = int(zoom * rng.uniform(17, 24))
    fh = int(fw * rng.uniform(1.2, 1.45))
    cx = int(np.clip(rng.normal(64, 14), 26, 102))
    cy = int(np.clip(rng.normal(60 - 4 * (zoom - 1), 11), 28, 96))
    skin = _jitter(rng, _SKIN[int(rng.integers(len(_SKIN)))], 14)
    hair = _jitter(rng, _HAIR[int(rng.integers(len(_HAIR)))], 12)
    style = int(rng.integers(0, 7))

    _hair_back(draw, rng, style, cx, cy, fw, fh, hair)
    # Shoulders in clothes of any colour, sometimes a collar or a stripe pattern, then the neck.
    shirt = _random_color(rng)
    width = int(fw * rng.uniform(1.8, 2.6))
    top = cy + fh + int(fh * rng.uniform(0.1, 0.4))
    draw.ellipse([cx - width, top, cx + width, top + 3 * fh], fill=shirt)
    if rng.random() < 0.3:  # stripes, each as wide as the shoulders at its height
        stripe = _jitter(rng, shirt, 90)
        half_height = 1.5 * fh
        for y in range(top + 4, min(SIZE, top + 3 * fh), int(rng.integers(4, 9))):
            half = int(width * np.sqrt(max(0.0, 1 - ((y - top - half_height) / half_height) ** 2)))
            draw.line([cx - half, y, cx + half, y], fill=stripe, width=2)
    neck = _jitter(rng, skin, 10)
    draw.rectangle([cx - fw // 3, cy + fh - 6, cx + fw // 3, top + 4], fill=neck)
    if rng.random() < 0.5:  # open collar
        draw.polygon([(cx - fw // 2, top), (cx + fw // 2, top), (cx, top + fh // 2)], fill=neck)
    # Ears, face, hair on top.
    ear = max(3, fw // 5)
    for side in (-1, 1):
        draw.ellipse([cx + side * fw - ear, cy - ear, cx + side * fw + ear, cy + ear + 2], fill=skin)
    draw.ellipse([cx - fw, cy - fh, cx + fw, cy + fh], fill=skin)
    _hair_front(draw, rng, style, cx, cy, fw, fh, hair)
    # Eyes, brows, nose, mouth, sometimes a beard or glasses.
    ey = cy - int(fh * rng.uniform(0.0, 0.2))
    ex = int(fw * rng.uniform(0.35, 0.5))
    eye_w, eye_h = max(3, fw // 4), max(2, fh // 10)
    iris = _random_color(rng, 20, 140)
    brow_y = ey - eye_h - int(rng.integers(2, 6))
    for side in (-1, 1):
        x = cx + side * ex
        draw.ellipse([x - eye_w, ey - eye_h, x + eye_w, ey + eye_h], fill=(240, 240, 240))
        draw.ellipse([x - eye_h, ey - eye_h, x + eye_h, ey + eye_h], fill=iris)
        draw.line([x - eye_w - 1, brow_y + int(rng.integers(-2, 3)), x + eye_w + 1, brow_y], fill=hair, width=2)
    ny = cy + int(fh * rng.uniform(0.15, 0.3))
    draw.line([cx, ey + 3, cx - int(rng.integers(1, 4)), ny], fill=_jitter(rng, skin, 40), width=2)
    my = cy + int(fh * rng.uniform(0.45, 0.6))
    mw = int(fw * rng.uniform(0.25, 0.45))
    if rng.random() < 0.2:
        draw.chord([cx - fw + 2, cy + fh // 4, cx + fw - 2, cy + fh + 4], 0, 180, fill=hair)
    draw.arc([cx - mw, my - 4, cx + mw, my + 4], 10, 170, fill=(150, 60, 60), width=2)
    if rng.random() < 0.25:
        frame = _random_color(rng, 0, 100)
        for side in (-1, 1):
            x = cx + side * ex
            draw.ellipse([x - eye_w - 3, ey - eye_h - 4, x + eye_w + 3, ey + eye_h + 4], outline=frame, width=2)
    return layer, (cx, cy)


def draw_face(seed: int) -> Image.Image:
    """A 128x128 RGB portrait, the same for the same seed."""
    rng = np.random.default_rng(seed)
    img = _backdrop(rng).convert("RGBA")
    person, centre = _person(rng)
    # Pose: a slight head-and-body tilt (nearest-neighbour is 30x cheaper; the blur below
    # smooths its jagged edges).
    person = person.rotate(float(rng.normal(0, 6)), resample=Image.Resampling.NEAREST, center=centre)
    img.alpha_composite(person)
    # Lighting from one side, uneven over the frame (lamps, windows, shade), exposure and
    # colour temperature, as one smooth gain per pixel and channel.
    uneven = rng.uniform(-0.25, 0.25, (3, 3))
    light = (1 + rng.uniform(0.0, 0.9) * (_ramp(rng, 3) - 0.5) + uneven) * rng.uniform(0.75, 1.15)
    warmth = rng.uniform(-0.08, 0.08)
    gain_corners = light[..., None] * np.array([1 + warmth, 1.0, 1 - warmth])
    gain = np.asarray(Image.fromarray((gain_corners * 100).clip(0, 255).round().astype(np.uint8), "RGB").resize(
        (SIZE, SIZE), Image.Resampling.BILINEAR, reducing_gap=None), dtype=np.uint16)
    pixels = np.asarray(img.convert("RGB"), dtype=np.uint16) * gain // 100
    # Sensor grain.
    grain = int(rng.integers(0, 8))
    pixels = pixels.astype(np.int16) + rng.integers(-grain, grain + 1, (SIZE, SIZE, 1), dtype=np.int16)
    out = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "RGB")
    return out.filter(ImageFilter.BoxBlur(float(rng.uniform(0.3, 0.8))))


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
