"""Tiny procedural portrait PNGs (stdlib only): badge photos, AI-edited variants, default avatars."""
import struct
import zlib

W = H = 64


def _png(rows):
    raw = b"".join(b"\x00" + bytes(r) for r in rows)
    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b""))


def face_params(rng, background=None):
    """A random face description (a 'person' as the camera or a generator sees it)."""
    skin = rng.choice([(241, 194, 167), (224, 172, 105), (198, 134, 66), (141, 85, 36), (255, 219, 172), (176, 120, 80)])
    return {
        "bg": background or tuple(rng.randrange(40, 230) for _ in range(3)),
        "grad": rng.randrange(-40, 40),
        "skin": skin,
        "hair": rng.choice([(20, 20, 20), (60, 40, 20), (110, 70, 30), (200, 170, 90), (120, 120, 120), (150, 40, 20)]),
        "hair_h": rng.randrange(6, 20), "hair_w": rng.randrange(14, 24),
        "face_w": rng.randrange(13, 19), "face_h": rng.randrange(17, 23),
        "cx": rng.randrange(28, 36), "cy": rng.randrange(26, 32),
        "eye_dx": rng.randrange(4, 8), "eye_y": rng.randrange(-5, 0), "eye_c": rng.choice([(40, 30, 20), (60, 90, 120), (50, 80, 40)]),
        "mouth_w": rng.randrange(3, 8), "mouth_y": rng.randrange(6, 11),
        "shirt": tuple(rng.randrange(0, 256) for _ in range(3)), "shirt_w": rng.randrange(18, 30),
        "glasses": rng.random() < 0.3, "beard": rng.random() < 0.2,
        "marks": [(rng.randrange(W), rng.randrange(H), rng.randrange(3, 9), tuple(rng.randrange(256) for _ in range(3)))
                  for _ in range(rng.randrange(3, 8))],
    }


def render(p, dx=0, dy=0, bright=0, tint=(0, 0, 0), noise_rng=None, noise=0, flip=False):
    def col(c, extra=0):
        return bytes(max(0, min(255, c[i] + bright + tint[i] + extra)) for i in range(3))
    rows = []
    cx, cy = p["cx"] + dx, p["cy"] + dy
    for y in range(H):
        g = p["grad"] * y // H
        row = bytearray(col(p["bg"], g) * W)
        def span(x0, x1, c):
            x0 = max(0, x0); x1 = min(W, x1)
            if x1 > x0:
                row[3 * x0:3 * x1] = c * (x1 - x0)
        for (mx, my, r, mc) in p["marks"]:
            if abs(y - my) <= r // 2 and (mx < 12 or mx > 52):
                span(mx - r, mx + r, col(mc))
        # shirt
        if y >= cy + p["face_h"] - 2:
            w = p["shirt_w"] + (y - cy - p["face_h"]) // 2
            span(cx - w, cx + w, col(p["shirt"]))
        # hair (behind/over top of the head)
        hy = y - (cy - p["face_h"] + p["hair_h"] // 2)
        if abs(hy) <= p["hair_h"]:
            w = int(p["hair_w"] * (1 - (hy / (p["hair_h"] + 1)) ** 2) ** 0.5)
            span(cx - w, cx + w, col(p["hair"]))
        # face ellipse
        fy = y - cy
        if abs(fy) < p["face_h"]:
            w = int(p["face_w"] * (1 - (fy / p["face_h"]) ** 2) ** 0.5)
            span(cx - w, cx + w, col(p["skin"]))
            if p["beard"] and fy > p["mouth_y"] - 3:
                span(cx - w + 2, cx + w - 2, col(p["hair"], 20))
        # eyes
        if abs(y - (cy + p["eye_y"])) <= 1:
            span(cx - p["eye_dx"] - 2, cx - p["eye_dx"] + 1, col(p["eye_c"]))
            span(cx + p["eye_dx"] - 1, cx + p["eye_dx"] + 2, col(p["eye_c"]))
            if p["glasses"]:
                span(cx - p["eye_dx"] - 4, cx - p["eye_dx"] - 3, col((10, 10, 10)))
                span(cx + p["eye_dx"] + 3, cx + p["eye_dx"] + 4, col((10, 10, 10)))
        if y == cy + p["mouth_y"]:
            span(cx - p["mouth_w"], cx + p["mouth_w"], col((150, 60, 60)))
        if flip:
            row = bytearray(b"".join(row[3 * i:3 * i + 3] for i in range(W - 1, -1, -1)))
        if noise and noise_rng is not None:
            for _ in range(noise):
                i = 3 * noise_rng.randrange(W) + noise_rng.randrange(3)
                row[i] = max(0, min(255, row[i] + noise_rng.randrange(-25, 26)))
        rows.append(row)
    return _png(rows)


def default_avatar(kind):
    """Identical placeholder images an ATS/HRIS shows when no photo was uploaded."""
    bg = {0: (200, 200, 200), 1: (220, 226, 232), 2: (90, 120, 160)}[kind]
    fg = {0: (150, 150, 150), 1: (160, 170, 180), 2: (230, 230, 240)}[kind]
    rows = []
    for y in range(H):
        row = bytearray(bytes(bg) * W)
        if 14 <= y <= 34:
            w = int(10 * (1 - ((y - 24) / 11) ** 2) ** 0.5)
            row[3 * (32 - w):3 * (32 + w)] = bytes(fg) * (2 * w)
        if y >= 40:
            w = min(26, 12 + (y - 40))
            row[3 * (32 - w):3 * (32 + w)] = bytes(fg) * (2 * w)
        rows.append(row)
    return _png(rows)
