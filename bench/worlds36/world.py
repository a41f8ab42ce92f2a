"""Campusline: generate(outdir, n, seed) builds the bundle and truth.csv."""
from __future__ import annotations

import collections
import os

from .infra import Ctx
from .institutions import World
from .lives import Book
from .media import Media
from . import honest, fraud, export


def generate(outdir: str, n: int, seed: int) -> dict:
    os.makedirs(os.path.join(outdir, "bundle"), exist_ok=True)
    ctx = Ctx(seed, n)
    media = Media(os.path.join(outdir, "bundle"), seed)
    W = World(ctx, media)
    W.media = media
    book = Book()
    fraud.build_fraud(ctx, W, book)
    honest.build_honest(ctx, W, book, n)
    stats = export.write(outdir, ctx, W, book)
    fr = sum(1 for t in book.truth if t[1])
    prim = collections.Counter(t[2].split(";")[0] for t in book.truth)
    stats.update({"fraud": fr, "photos": media.count_photos, "resume_files": media.count_resumes})
    with open(os.path.join(outdir, "kinds.txt"), "w") as f:
        for k, v in prim.most_common():
            f.write(f"{k}\t{v}\n")
    return stats
