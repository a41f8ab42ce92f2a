"""Writers: the subjects table (shuffled), domains, and the truth labels outside the bundle."""
from __future__ import annotations

import csv
import os

from .infra import SUBJECT_COLS


def write_subjects(w):
    t = w.subjects
    order = list(range(t.n))
    w.r.shuffle(order)
    with open(os.path.join(w.bundle, "subjects.csv"), "w", newline="", encoding="utf-8") as f:
        cw = csv.writer(f)
        cw.writerow(SUBJECT_COLS)
        cols = [t.data[c] for c in SUBJECT_COLS]
        for i in order:
            cw.writerow(["" if col[i] is None else col[i] for col in cols])
    return order


def write_domains(w):
    with open(os.path.join(w.bundle, "domains.csv"), "w", newline="", encoding="utf-8") as f:
        cw = csv.writer(f)
        cw.writerow(["domain", "company", "registered_at", "registrant_email", "ip", "nameservers"])
        for row in w.domains:
            cw.writerow(row)


def write_truth(w, order):
    ids = w.subjects.data["id"]
    with open(os.path.join(w.out, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        cw = csv.writer(f)
        cw.writerow(["subject_id", "fraud", "kind"])
        for i in order:
            sid = ids[i]
            fraud, kind = w.truth[sid]
            cw.writerow([sid, fraud, kind])
