"""Procedural ID-selfie portraits (no real faces) as grayscale PNG: a base face, its edits and re-takes, one default avatar."""
import random
import struct
import zlib

import numpy as np

SIZE = 96


def _png(arr):
    h, w = arr.shape
    raw = b"".join(b"\x00" + arr[y].tobytes() for y in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b""))


Y, X = np.mgrid[0:SIZE, 0:SIZE].astype(np.float32) / SIZE


def render(spec):
    if spec[0] == "default":
        img = np.full((SIZE, SIZE), 205, np.float32)
        img -= 90 * (((X - 0.5) ** 2 + (Y - 0.38) ** 2) < 0.03)
        img -= 90 * ((((X - 0.5) / 1.6) ** 2 + (Y - 0.95) ** 2) < 0.06)
        return _png(img.clip(0, 255).astype(np.uint8))
    _, bits, variant = spec
    r = random.Random(bits)
    bg = r.uniform(40, 230)
    skin = r.uniform(70, 220)
    hair = r.uniform(10, 120)
    cx, cy = r.uniform(0.38, 0.62), r.uniform(0.42, 0.58)
    fw, fh = r.uniform(0.16, 0.26), r.uniform(0.22, 0.32)
    hair_h = r.uniform(0.05, 0.16)
    eye_y, eye_dx = r.uniform(-0.08, 0.0), r.uniform(0.06, 0.1)
    mouth_w = r.uniform(0.05, 0.11)
    tex = np.array([[r.uniform(-25, 25) for _ in range(6)] for _ in range(6)], np.float32)
    glasses = r.random() < 0.25
    v = random.Random(bits * 31 + variant)
    if variant:
        big = variant >= 100  # a twin: a look-alike, not a copy
        bg = (bg + v.uniform(-60, 60)) % 255 if v.random() < 0.6 or big else bg
        cx += v.uniform(-0.02, 0.02) * (3 if big else 1)
        cy += v.uniform(-0.02, 0.02) * (3 if big else 1)
        fw *= v.uniform(0.96, 1.04) * (v.uniform(0.9, 1.1) if big else 1)
        skin += v.uniform(-12, 12)
        hair_h += v.uniform(-0.03, 0.03)
        if v.random() < 0.3:
            glasses = not glasses
        if big:
            tex = tex + np.array([[v.uniform(-15, 15) for _ in range(6)] for _ in range(6)], np.float32)
    t = np.kron(tex, np.ones((SIZE // 6 + 1, SIZE // 6 + 1), np.float32))[:SIZE, :SIZE]
    img = np.full((SIZE, SIZE), bg, np.float32) + t * 0.6
    body = (((X - cx) / 0.35) ** 2 + ((Y - 1.05) / 0.3) ** 2) < 1
    img[body] = skin * 0.5 + 30
    face = (((X - cx) / fw) ** 2 + ((Y - cy) / fh) ** 2) < 1
    img[face] = skin + t[face] * 0.3
    hr = face & (Y < cy - fh + hair_h * 2)
    img[hr] = hair
    for s in (-1, 1):
        e = ((X - (cx + s * eye_dx)) ** 2 + (Y - (cy + eye_y)) ** 2) < 0.0007
        img[e] = 25
        if glasses:
            g = np.abs(np.sqrt((X - (cx + s * eye_dx)) ** 2 + (Y - (cy + eye_y)) ** 2) - 0.04) < 0.006
            img[g] = 15
    m = (np.abs(X - cx) < mouth_w) & (np.abs(Y - (cy + fh * 0.55)) < 0.012)
    img[m] = skin * 0.45
    noise = np.frombuffer(v.randbytes(SIZE * SIZE), np.uint8).reshape(SIZE, SIZE).astype(np.float32)
    img += (noise - 128) * 0.04
    return _png(img.clip(0, 255).astype(np.uint8))
