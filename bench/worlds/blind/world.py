"""The blind world: an honest population with its hard cases plus DPRK-IT-worker-style fraud.

Written from public reporting only (see ../README.md), never from ringwatch's code. Each honest
behaviour is its own `kind` in truth.csv; fraud kinds are the tactics applied to the subject.
"""
from __future__ import annotations

import hashlib
import ipaddress
import math
import shutil
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

try:  # only to keep generated foreign numbers inside assigned ranges
    import phonenumbers
except ImportError:  # pragma: no cover
    phonenumbers = None

from . import media
from . import names as N

DAY = 86400.0
NOW = float(np.datetime64("2025-06-30T00:00:00", "s").astype(np.int64))
YEAR = 365.25 * DAY

SUBJECT_COLS = ["id", "kind", "full_name", "email", "phone", "address", "country", "birth_date",
                "national_id", "photo", "resume", "profiles", "employer", "created_at",
                "recovery_email", "recovery_phone", "signup_ip", "phone_line_type"]

EMPLOYER_HONEST = {  # share of honest employer-side rows, by kind
    "plain": 0.20, "remote_worker": 0.10, "office_worker": 0.16, "household": 0.04,
    "repeat_applicant": 0.06, "moved_or_renamed": 0.015, "it_admin": 0.015, "msp_technician": 0.006,
    "agency_contractor": 0.05, "coworking": 0.02, "university": 0.03, "mobile_cgnat": 0.04,
    "default_avatar": 0.03, "resume_template": 0.03, "traveller": 0.025, "night_shift": 0.02,
    "heritage_keyboard": 0.008, "asia_resident": 0.03, "dual_country": 0.03, "vpn_user": 0.03,
    "voip_user": 0.015, "desk_kvm": 0.01, "hardware_developer": 0.004,
}
ACCOUNT_HONEST = {
    "plain": 0.38, "new_account": 0.08, "family_recovery": 0.16, "org_provisioned": 0.08,
    "own_multiple_accounts": 0.05, "public_computer": 0.02, "mobile_cgnat": 0.06, "university": 0.04,
    "vpn_user": 0.03, "traveller": 0.02, "night_shift": 0.015, "asia_resident": 0.03,
    "dual_country": 0.025, "voip_user": 0.01,
}
# mean rows per generated group, so that the shares above are shares of rows
GROUP_SIZE = {"household": 2.15, "repeat_applicant": 3.5, "moved_or_renamed": 2.0, "msp_technician": 7.5,
              "resume_template": 17.0, "family_recovery": 4.25, "org_provisioned": 32.5,
              "own_multiple_accounts": 3.0}
FRAUD_SHARE = 0.02      # all fraud subjects
LONE_SHARE = 0.003      # of which lone personas
EMP_TACTICS = ["laptop_farm", "shared_payout", "shared_photo", "cloned_resume", "stolen_identity",
               "shared_login_infra", "shared_contact"]
ACC_TACTICS = ["burst_signup", "patterned_names", "shared_recovery_phone", "shared_recovery_email",
               "shared_login_infra", "new_domain_recovery"]


def _iso(ts: np.ndarray) -> np.ndarray:
    return np.char.add(np.datetime_as_string(np.asarray(ts, dtype=np.int64).astype("datetime64[s]")), "Z")


class World:
    def __init__(self, n: int, seed: int, world: str, out: Path,
                 max_photos: int = 5000, max_resumes: int = 10000):
        self.n, self.seed, self.world, self.out = n, seed, world, Path(out)
        self.rng = np.random.default_rng(seed)
        self.rows: list[dict] = []
        self.truth: list[tuple] = []
        self.lp: list[dict | None] = []
        self.endpoint: list[tuple] = []
        self.payments: list[tuple] = []
        self.shipments: list[tuple] = []
        self.domains: list[tuple] = []
        self.photo_jobs: list[tuple] = []   # (relpath, params, edit_seed | None, strength)
        self.resume_jobs: list[tuple] = []  # (relpath, text)
        self.emails: set[str] = set()
        self.nets: dict[str, tuple[int, int]] = {}
        self.pools: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self.dev_counter = 0
        self.asset_counter = 0
        self.n_emp = {"mixed": n // 2, "accounts": 0, "employer": n}[world]
        self.n_acc = n - self.n_emp
        self.p_photo = min(0.45, max_photos / max(1, self.n_emp) * 0.9)
        self.p_resume = min(0.6, max_resumes / max(1, self.n_emp) * 0.9)
        self.max_photos, self.max_resumes = max_photos, max_resumes
        self.avatar_path = "media/photos/default-avatar.png"
        self.ring_counter = 0
        self.n_ring_rows = 0

    # ------------------------------------------------------------------ small helpers
    def pick(self, seq):
        return seq[int(self.rng.integers(len(seq)))]

    def chance(self, p: float) -> bool:
        return bool(self.rng.random() < p)

    def ip(self, cidr: str) -> str:
        if cidr.endswith(":"):  # IPv6 prefix
            g = self.rng.integers(0, 65536, 8 - cidr.count(":"))
            return cidr + ":".join(f"{x:x}" for x in g)
        if cidr not in self.nets:
            net = ipaddress.ip_network(cidr)
            self.nets[cidr] = (int(net.network_address), net.num_addresses)
        base, size = self.nets[cidr]
        v = base + int(self.rng.integers(1, size - 1))
        if v & 0xFF in (0, 255):
            v = (v & ~0xFF) | int(self.rng.integers(2, 250))
        return str(ipaddress.IPv4Address(v))

    def res_ip(self) -> str:
        if self.chance(0.12):
            return self.ip(self.pick(N.US_RESIDENTIAL_V6))
        return self.ip(self.pick(N.US_RESIDENTIAL))

    def foreign_ip(self, cc: str) -> str:
        return self.ip(self.pick(N.FOREIGN[cc][5]))

    def device(self) -> str:
        self.dev_counter += 1
        return "dev-" + hashlib.blake2b(f"{self.seed}:{self.dev_counter}".encode(), digest_size=6).hexdigest()

    def mac(self) -> str:
        b = self.rng.integers(0, 256, 6)
        b[0] = (b[0] & 0xFC)
        return ":".join(f"{x:02x}" for x in b)

    def ssid(self) -> str:
        return self.pick(["NETGEAR", "xfinitywifi-home-", "ATT", "Linksys", "TP-Link_", "MySpectrumWiFi",
                          "Verizon_", "eero-", "Google-Nest-", "ASUS_"]) + f"{int(self.rng.integers(10, 9999)):02d}"

    def make_pool(self, name: str, size: int, gen) -> None:
        ips, ccs = [], []
        for _ in range(size):
            ip, cc = gen()
            ips.append(ip)
            ccs.append(cc)
        self.pools[name] = (np.array(ips, dtype=object), np.array(ccs, dtype=object))

    def nid(self, ssn: str) -> str:
        return "sha256:" + hashlib.sha256(f"blind-salt:{ssn}".encode()).hexdigest()[:24]

    def ts_between(self, a: float, b: float) -> float:
        return float(a + self.rng.random() * max(1.0, b - a))

    # ------------------------------------------------------------------ people
    def person(self, pool: str = "us", country: str = "US", city=None, age=(22, 62)) -> dict:
        firsts, lasts = N.POOLS[pool]
        first, last = self.pick(firsts), self.pick(lasts)
        if pool != "us" and self.chance(0.35):  # first names are often anglicised
            first = self.pick(N.US_FIRST)
        dob = NOW - float(self.rng.uniform(age[0], age[1])) * YEAR
        p = {"first": first, "last": last, "dob": str(np.datetime64(int(dob), "s").astype("datetime64[D]")),
             "country": country, "ssn": f"{int(self.rng.integers(100, 899)):03d}{int(self.rng.integers(1, 99)):02d}{int(self.rng.integers(1, 9999)):04d}"}
        if country == "US":
            c = city or self.pick(N.US_CITIES)
            p["city"] = c
            p["tz_name"], p["tz"] = c[4], c[5]
            p["addr"] = self.us_addr(c)
            p["phone"] = ("+1", self.pick(c[3]) + f"{int(self.rng.integers(200, 999))}" + f"{int(self.rng.integers(0, 9999)):04d}")
            if p["phone"][1][3:6] in ("555", "211", "311", "411", "511", "611", "711", "811", "911"):
                p["phone"] = ("+1", p["phone"][1][:3] + "62" + p["phone"][1][5:])
        else:
            f = N.FOREIGN[country]
            p["city"] = (self.pick(f[4]), "", "", [], f[2], f[3])
            p["tz_name"], p["tz"] = f[2], f[3]
            p["addr"] = {"foreign": True, "num": int(self.rng.integers(1, 300)), "street": self.pick(N.STREETS),
                         "city": p["city"][0], "country": country, "post": f"{int(self.rng.integers(10000, 99999))}"}
            for _ in range(30):
                ph = self.fill_phone(f[1])
                if phonenumbers is None or phonenumbers.is_valid_number(phonenumbers.parse(ph, None)):
                    break
            p["phone"] = ("intl", ph)
        return p

    def fill_phone(self, fmt: str) -> str:
        r = self.rng
        return fmt.format(a4=f"{int(r.integers(1000, 9999))}", b4=f"{int(r.integers(1000, 9999))}",
                          a3=f"{int(r.integers(100, 999))}", d1=f"{int(r.integers(0, 9))}",
                          e3=f"{int(r.integers(200, 999))}")

    def us_addr(self, c) -> dict:
        return {"foreign": False, "num": int(self.rng.integers(10, 9999)), "dir": self.pick(N.DIRS) if self.chance(0.25) else None,
                "street": self.pick(N.STREETS), "suf": self.pick(N.SUFFIXES),
                "unit": (str(int(self.rng.integers(1, 40))) + self.pick(["", "A", "B", "C"])) if self.chance(0.3) else None,
                "city": c[0], "state": c[1], "zip": c[2] + f"{int(self.rng.integers(1, 99)):02d}"}

    def fmt_addr(self, a: dict, style: int = 0) -> str:
        if a["foreign"]:
            return f"{a['num']} {a['street']} St, {a['city']} {a['post']}, {a['country']}"
        d = a["dir"]
        street = f"{a['num']} " + ((d[style % 2] + " ") if d else "") + a["street"] + " " + a["suf"][style % 2]
        unit = ""
        if a["unit"]:
            unit = [" Apt " + a["unit"], ", #" + a["unit"], " Unit " + a["unit"], " APT " + a["unit"]][style % 4]
        if style % 3 == 2:
            s = f"{street}{unit} {a['city']} {a['state']} {a['zip']}".upper()
            return s.replace(".", "")
        return f"{street}{unit}, {a['city']}, {a['state']} {a['zip']}"

    def fmt_phone(self, ph: tuple, style: int = 0) -> str:
        if ph[0] == "intl":
            return ph[1] if style % 2 == 0 else ph[1].replace(" ", "").replace("-", "")
        d = ph[1]
        return [f"({d[:3]}) {d[3:6]}-{d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", f"+1 {d[:3]} {d[3:6]} {d[6:]}",
                f"{d}", f"+1{d}", f"{d[:3]}.{d[3:6]}.{d[6:]}"][style % 6]

    def new_phone(self, city=None) -> tuple:
        c = city or self.pick(N.US_CITIES)
        ex = int(self.rng.integers(200, 999))
        if ex == 555 or ex % 100 == 11:
            ex += 1
        return ("+1", self.pick(c[3]) + f"{ex}" + f"{int(self.rng.integers(0, 9999)):04d}")

    def email(self, first: str, last: str, dob: str | None, domain: str | None = None, style: int | None = None) -> str:
        if domain is None:
            doms, ws = zip(*N.EMAIL_PROVIDERS)
            domain = doms[int(self.rng.choice(len(doms), p=np.array(ws) / sum(ws)))]
        f, l = first.lower().replace("-", ""), last.lower().replace(" ", "")
        yy = (dob or "1990")[2:4]
        style = int(self.rng.integers(8)) if style is None else style
        local = [f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}{yy}", f"{f}{l}{yy}", f"{f}.{l}{int(self.rng.integers(1, 99))}",
                 f"{l}{f[0]}", f"{f}{int(self.rng.integers(1, 999))}"][style % 8]
        e = f"{local}@{domain}"
        k = 0
        while e in self.emails:
            k += 1
            e = f"{local}{int(self.rng.integers(2, 9999))}@{domain}"
        self.emails.add(e)
        return e

    # ------------------------------------------------------------------ subject rows
    def add(self, row: dict, fraud: int, ring: str, kind: str, lp: dict | None) -> int:
        i = len(self.rows)
        self.rows.append(row)
        self.truth.append((i, fraud, ring, kind))
        self.n_ring_rows += 1 if (fraud and ring) else 0
        self.lp.append(lp)
        return i

    def lp_basic(self, ips, cc, p, devs, tz, n, t0, t1, pd=0.8, hm=None, hs=2.5, ua=None, ep=None) -> dict:
        ips = list(ips) + [None] * (3 - len(ips))
        cc = list(cc) + [None] * (3 - len(cc))
        p = list(p) + [0.0] * (2 - len(p))
        devs = list(devs) + [devs[0]] * (2 - len(devs))
        if ua is None:
            ua = [self.pick(N.USER_AGENTS[:6]), self.pick(N.USER_AGENTS[6:])]
        return {"ips": ips, "cc": cc, "p": p[:2], "devs": devs, "pd": pd, "ua": ua, "tz": tz,
                "hm": float(self.rng.uniform(9.5, 14.5)) if hm is None else hm, "hs": hs,
                "n": int(n), "t0": t0, "t1": max(t1, t0 + DAY), "ep": ep}

    # ------------------------------------------------------------------ organisations
    def setup(self) -> None:
        r = self.rng
        scale = max(1, self.n // 20000)
        # carrier-grade NAT pools: a few hundred exit addresses shared by everyone on the carrier
        for name, cidr in N.US_MOBILE.items():
            self.make_pool("@mobile:" + name, 150 * scale, lambda c=cidr: (self.ip(c), "US"))
        self.make_pool("@vpn", 120 * scale, lambda: (self.ip(self.pick(N.HOSTING)),
                                                     "US" if self.chance(0.7) else self.pick(["GB", "NL", "DE", "CA", "JP", "SG"])))
        self.make_pool("@corpvpn", 40 * scale, lambda: (self.ip(self.pick(N.CORP_VPN_EGRESS)), "US"))
        for cc in N.FOREIGN:
            self.make_pool("@cc:" + cc, 300 * scale, lambda cc=cc: (self.foreign_ip(cc), cc))
        self.make_pool("@cc:KP", 8, lambda: (self.ip(N.KP[0]), "KP"))
        self.make_pool("@cc:US", 1000 * scale, lambda: (self.res_ip(), "US"))
        # employers
        n_emp_orgs = max(25, self.n_emp // 70)
        self.employers = []
        used = set()
        for k in range(n_emp_orgs):
            for tries in range(1000):
                nm = f"{self.pick(N.ORG_WORDS)} {self.pick(N.ORG_SUFFIX)}"
                if tries > 20:
                    nm = f"{self.pick(N.ORG_WORDS)} {self.pick(N.ORG_WORDS)} {self.pick(N.ORG_SUFFIX)}"
                if nm not in used:
                    used.add(nm)
                    break
            dom = nm.lower().replace(" ", "") + self.pick([".com", ".com", ".io", ".co", ".net"])
            c = self.pick(N.US_CITIES)
            addr = self.us_addr(c)
            addr["unit"] = None
            suite = f", Suite {int(r.integers(100, 2000))}"
            size_w = float(r.pareto(1.2) + 1)
            emp = {"name": nm, "domain": dom, "city": c, "office": self.fmt_addr(addr, 0).replace(",", suite + ",", 1),
                   "egress": [self.ip(self.pick(N.US_BUSINESS)) for _ in range(int(r.integers(1, 4)))],
                   "gw": self.mac(), "w": size_w, "rmm": self.pick(list(N.ORG_RMM)) if self.chance(0.10) else None,
                   "code": "".join(w[0] for w in nm.split()).upper() + f"{k:03d}",
                   "corpvpn": self.chance(0.5), "security": self.pick(N.SECURITY_PROCS)}
            self.employers.append(emp)
            reg = NOW - float(r.uniform(0.5, 25)) * YEAR if self.chance(0.9) else NOW - float(r.uniform(30, 400)) * DAY
            self.domains.append((dom, nm, reg, "privacy@" + self.pick(["domainsbyproxy.com", "whoisprivacy.net", "contactprivacy.com"]),
                                 self.ip(self.pick(N.HOSTING)), self.pick(["ns1.cloudflare.com;ns2.cloudflare.com",
                                                                           "ns-12.awsdns-01.com;ns-900.awsdns-48.net",
                                                                           "ns51.domaincontrol.com;ns52.domaincontrol.com"])))
        w = np.array([e["w"] for e in self.employers])
        self.emp_w = w / w.sum()
        # staffing agencies / employers of record paying contractors into one account
        self.agencies = [{"name": f"{self.pick(N.ORG_WORDS)} Staffing", "dest": f"bank:{int(r.integers(10**8, 10**9))}-{int(r.integers(10**9, 10**10))}"}
                         for _ in range(max(3, self.n_emp // 8000))]
        self.coworks = [{"ip": self.ip(self.pick(N.US_BUSINESS)), "gw": self.mac(), "city": self.pick(N.US_CITIES)}
                        for _ in range(max(4, self.n_emp // 2500))]
        self.unis = [{"pool": f"@uni:{k}", "net": N.UNIVERSITY[k % len(N.UNIVERSITY)]} for k in range(max(4, min(30, self.n // 5000)))]
        for u in self.unis:
            self.make_pool(u["pool"], 12, lambda u=u: (self.ip(u["net"]), "US"))
        self.resume_cohorts = []

    def employer(self, office_only=False) -> dict:
        return self.employers[int(self.rng.choice(len(self.employers), p=self.emp_w))]

    # ------------------------------------------------------------------ employer-side rows
    def emp_row_kind(self) -> str:
        u = self.rng.random()
        return "applicant" if u < 0.45 else ("employee" if u < 0.85 else "contractor")

    def emp_subject(self, P: dict, kind_row: str, emp: dict, created: float, *, email=None, phone_style=None,
                    addr_style=None, photo=None, resume=None, profiles=None, line_type=None, nid_p=None,
                    name=None) -> dict:
        r = self.rng
        emp_name = emp["name"] if not self.chance(0.03) else emp["name"].upper()
        nid_p = (0.6 if kind_row != "applicant" else 0.15) if nid_p is None else nid_p
        row = {"kind": kind_row, "full_name": name or f"{P['first']} {P['last']}",
               "email": email or self.email(P["first"], P["last"], P["dob"]),
               "phone": self.fmt_phone(P["phone"], (int(r.integers(6)) if phone_style is None else phone_style)
                                       if P["country"] == "US" or P["phone"][0] != "+1" else self.pick([2, 4])),
               "address": self.fmt_addr(P["addr"], int(r.integers(4)) if addr_style is None else addr_style),
               "country": P["country"], "employer": emp_name,
               "created_at": created}
        if self.chance(0.5 if kind_row == "applicant" else 0.9):
            row["birth_date"] = P["dob"]
        if self.chance(nid_p):
            row["national_id"] = self.nid(P["ssn"])
        if self.chance(0.75):
            row["phone_line_type"] = line_type or ("mobile" if self.chance(0.93) else "landline")
        if photo:
            row["photo"] = photo
        if resume:
            row["resume"] = resume
        if profiles is None:
            profiles = self.honest_profiles(P, created)
        if profiles:
            row["profiles"] = profiles
        return row

    def honest_profiles(self, P, created) -> str:
        out = []
        if self.chance(0.55):
            out.append(f"https://www.linkedin.com/in/{P['first'].lower()}-{P['last'].lower()}-{int(self.rng.integers(10**5, 10**9)):x}")
        if self.chance(0.2):
            out.append(f"https://github.com/{P['first'].lower()[0]}{P['last'].lower()}{int(self.rng.integers(0, 99))}")
        return ";".join(out)

    def maybe_photo(self, params=None, edit_strength=0.0, force=False) -> str | None:
        if not force and not self.chance(self.p_photo):
            return None
        if len(self.photo_jobs) >= self.max_photos:
            return None
        k = len(self.photo_jobs)
        ext = ".jpg" if self.chance(0.6) else ".png"
        rel = f"media/photos/p{k:05d}{ext}"
        self.photo_jobs.append((rel, params or media.face_params(self.rng), int(self.rng.integers(2**31)), edit_strength))
        return rel

    def maybe_resume(self, text_fn, force=False) -> str | None:
        if not force and not self.chance(self.p_resume):
            return None
        if len(self.resume_jobs) >= self.max_resumes:
            return None
        k = len(self.resume_jobs)
        rel = f"media/resumes/r{k:05d}" + (".md" if self.chance(0.3) else ".txt")
        self.resume_jobs.append((rel, text_fn()))
        return rel

    def own_resume_body(self, P, template=None, project=None, title=None):
        r = self.rng
        skills = list(r.choice(N.SKILLS, size=int(r.integers(5, 10)), replace=False))
        comps = [f"{self.pick(N.ORG_WORDS)} {self.pick(N.ORG_SUFFIX)}" for _ in range(int(r.integers(1, 4)))]
        return media.resume_body(r, title or self.pick(N.JOB_TITLES), skills, int(r.integers(1, 15)), comps,
                                 self.pick(N.SCHOOLS), self.pick(N.DEGREES), project,
                                 int(r.integers(3)) if template is None else template)

    def header(self, row, P):
        return media.resume_header(row.get("full_name", ""), row.get("email"), row.get("phone"), P["city"][0])

    def add_emp_person(self, P, kind_label, *, emp=None, kind_row=None, created=None, fraud=0, ring="",
                       home_ip=None, home_gw=None, lp_over=None, endpoint_over=None, pay_dest=None,
                       ship_addr=None, photo_params=None, photo_strength=0.0, resume_body=None, row_over=None,
                       email=None, line_type=None, hours=None, tz=None, laptop=None) -> int:
        """One employer-side subject with logins, and for hires endpoint, payments and a shipment."""
        r = self.rng
        emp = emp or self.employer()
        kind_row = kind_row or self.emp_row_kind()
        created = created if created is not None else NOW - float(r.uniform(10, 900)) * DAY
        photo = self.maybe_photo(photo_params, photo_strength)
        row = self.emp_subject(P, kind_row, emp, created, email=email, photo=photo, line_type=line_type)
        if row_over:
            row.update(row_over)
        if self.chance(self.p_resume) or resume_body is not None:
            body = resume_body or self.own_resume_body(P)
            if resume_body is not None or True:
                rel = self.maybe_resume(lambda: self.header(row, P) + "\n" + body, force=True)
                if rel:
                    row["resume"] = rel
        hired = kind_row != "applicant"
        home_ip = home_ip or self.res_ip()
        laptop = laptop or self.device()
        phone_dev = self.device()
        tzv = P["tz"] if tz is None else tz
        if hired:
            n = 2 + int(r.poisson(14))
            t0 = max(created, NOW - 180 * DAY)
            lp = self.lp_basic([home_ip, "@mobile:" + self.pick(list(N.US_MOBILE)) if P["country"] == "US" else "@cc:" + P["country"]],
                               [P["country"], P["country"]], [0.85, 0.15], [laptop, phone_dev], tzv, n, t0, NOW, pd=0.85,
                               hm=hours)
            if emp.get("corpvpn") and self.chance(0.6):
                lp["ips"][2] = "@corpvpn"
                lp["cc"][2] = "US"
                lp["p"] = [0.6, 0.1]
        else:
            n = 1 + int(r.poisson(1.5))
            lp = self.lp_basic([home_ip, "@mobile:" + self.pick(list(N.US_MOBILE)) if P["country"] == "US" else "@cc:" + P["country"]],
                               [P["country"], P["country"]], [0.7, 0.3], [self.device(), phone_dev], tzv, n,
                               created - 2 * DAY, created + 20 * DAY, pd=0.7, hm=hours)
        if lp_over:
            lp.update(lp_over)
        if hired and not fraud and emp.get("rmm") and kind_label in ("plain", "remote_worker", "office_worker"):
            kind_label = "org_rmm"   # the employer's IT runs an RMM agent on every laptop
        i = self.add(row, fraud, ring, kind_label, lp)
        if hired:
            ep = {"gw": home_gw or self.mac(), "tz_name": P["tz_name"], "kb": "en-US", "procs": [], "usb": [],
                  "display": [], "extra_net": []}
            if endpoint_over:
                ep.update(endpoint_over)
            self.add_endpoint(i, laptop, created, emp, ep)
            self.add_payments(i, created, kind_row, pay_dest or self.bank_dest())
            if self.chance(0.92):
                self.shipments.append((i, created - float(r.uniform(2, 10)) * DAY,
                                       f"{emp['code']}-{self.next_asset()}",
                                       ship_addr or self.fmt_addr(P["addr"], int(r.integers(4)))))
        return i

    def next_asset(self) -> str:
        self.asset_counter += 1
        return f"LT{self.asset_counter:06d}"

    def bank_dest(self) -> str:
        r = self.rng
        u = r.random()
        if u < 0.9:
            return f"bank:{int(r.integers(10**8, 10**9))}-{int(r.integers(10**9, 10**10))}"
        if u < 0.985:
            return f"wallet:{self.pick(['payoneer', 'wise', 'paypal'])}:{int(r.integers(10**7, 10**8))}"
        return f"crypto:0x{int(r.integers(2**62)):016x}{int(r.integers(2**62)):016x}{int(r.integers(2**30)):08x}"

    def add_payments(self, i, created, kind_row, dest) -> None:
        r = self.rng
        amt = float(r.lognormal(math.log(8000 if kind_row == "employee" else 6000), 0.35))
        start = max(created + 14 * DAY, NOW - 150 * DAY)
        k = int(r.integers(2, 6))
        method = dest.split(":")[0]
        for j in range(k):
            t = start + j * 30 * DAY + float(r.uniform(0, 3)) * DAY
            if t < NOW:
                self.payments.append((i, t, round(amt * float(r.uniform(0.97, 1.03)), 2), "USD", method, dest))

    def add_endpoint(self, i, dev, created, emp, ep) -> None:
        r = self.rng
        t = max(created, NOW - 170 * DAY) + float(r.uniform(1, 20)) * DAY
        procs = list(r.choice(N.COMMON_PROCS, size=int(r.integers(5, 10)), replace=False)) + [emp["security"]]
        if emp.get("corpvpn"):
            procs.append(N.CORP_VPN_PROCS[len(emp["name"]) % 4])
        if emp.get("rmm"):
            procs += N.ORG_RMM[emp["rmm"]]
        procs += ep["procs"]
        for p in procs:
            self.endpoint.append((i, t + float(r.uniform(0, 30)) * DAY, dev, "process", p))
        usb = list(r.choice(N.HONEST_USB, size=int(r.integers(0, 4)), replace=False)) + ep["usb"]
        for u in usb:
            self.endpoint.append((i, t + float(r.uniform(0, 30)) * DAY, dev, "usb", u))
        disp = ep["display"] or list(r.choice(N.HONEST_DISPLAYS, size=int(r.integers(1, 3)), replace=False))
        for d in disp:
            self.endpoint.append((i, t + float(r.uniform(0, 30)) * DAY, dev, "display", d))
        self.endpoint.append((i, t, dev, "network", ep["gw"]))
        for g in ep["extra_net"]:
            self.endpoint.append((i, t + float(r.uniform(0, 30)) * DAY, dev, "network", g))
        self.endpoint.append((i, t, dev, "keyboard", ep["kb"]))
        self.endpoint.append((i, t, dev, "timezone", ep["tz_name"]))

    # ------------------------------------------------------------------ honest employer kinds
    def honest_employer(self, kind: str, budget: int) -> int:
        r = self.rng
        if kind in ("plain", "remote_worker", "traveller", "night_shift", "vpn_user", "voip_user",
                    "mobile_cgnat", "heritage_keyboard", "desk_kvm", "hardware_developer", "default_avatar",
                    "university", "coworking"):
            pool = "us"
            if kind == "heritage_keyboard" or (self.chance(0.25)):
                pool = "ko" if kind == "heritage_keyboard" and self.chance(0.8) else self.pick(list(N.POOLS))
            P = self.person(pool)
            emp = self.employer()
            kw = {}
            kr = None
            if kind == "remote_worker":
                kr = self.pick(["employee", "contractor"])
            if kind in ("desk_kvm", "hardware_developer", "heritage_keyboard", "night_shift", "vpn_user"):
                kr = self.pick(["employee", "employee", "contractor"])
            if kind in ("university",):
                kr = "applicant" if self.chance(0.7) else "employee"
                P = self.person(pool, age=(20, 27))
            ep = {}
            lpo = {}
            if kind == "traveller":
                dest = self.pick(["GB", "DE", "MX", "JP", "PL", "BR", "KR", "VN", "PH", "CA"])
                s = NOW - float(r.uniform(10, 150)) * DAY
                lpo = {"ep": (s, s + float(r.uniform(5, 20)) * DAY, N.FOREIGN[dest][3])}
                lpo_ip = ("@cc:" + dest, dest)
            if kind == "night_shift":
                kw["hours"] = float(r.uniform(0.0, 3.0))
            if kind == "vpn_user":
                ep["procs"] = [self.pick(N.CONSUMER_VPN_PROCS)]
            if kind == "desk_kvm":
                ep["usb"] = [self.pick(N.DESK_KVM_USB)]
                ep["display"] = list(r.choice(N.HONEST_DISPLAYS, size=2, replace=False))
            if kind == "hardware_developer":
                ep["usb"] = list(r.choice(N.HW_DEV_USB, size=int(r.integers(1, 3)), replace=False))
            if kind == "heritage_keyboard":
                ep["kb"] = "ko-KR"
                ep["extra_net"] = []
            if kind == "voip_user":
                kw["line_type"] = "voip"
            if kind == "default_avatar":
                kw["row_over"] = {"photo": self.avatar_path}
            if kind == "plain" and self.chance(0.03):
                ep["procs"] = [self.pick(["TeamViewer.exe", "anydesk.exe"])]  # helps relatives
            i = self.add_emp_person(P, kind, emp=emp, kind_row=kr, endpoint_over=ep or None, **kw)
            lp = self.lp[i]
            if kind == "traveller":
                lp["ips"][2], lp["cc"][2] = lpo_ip
                lp["p"] = [0.75, 0.05]
                lp["ep"] = lpo["ep"]
                lp["n"] += 6
            elif kind == "vpn_user":
                lp["ips"][1], lp["cc"][1] = "@vpn", None
                lp["p"] = [0.35, 0.6]
            elif kind == "mobile_cgnat":
                lp["ips"][0], lp["cc"][0] = "@mobile:" + self.pick(list(N.US_MOBILE)), "US"
                lp["p"] = [0.8, 0.2]
            elif kind == "university":
                u = self.pick(self.unis)
                lp["ips"][0], lp["cc"][0] = u["pool"], "US"
                lp["p"] = [0.75, 0.25]
            elif kind == "coworking":
                cw = self.pick(self.coworks)
                lp["ips"][2], lp["cc"][2] = cw["ip"], "US"
                lp["p"] = [0.35, 0.1]
                for k in range(len(self.endpoint) - 1, -1, -1):
                    e = self.endpoint[k]
                    if e[0] != i:
                        break
                    if e[3] == "network":
                        self.endpoint.append((i, e[1] + DAY, e[2], "network", cw["gw"]))
                        break
            return 1
        if kind == "office_worker":
            emp = self.employer()
            P = self.person("us" if self.chance(0.75) else self.pick(list(N.POOLS)), city=emp["city"])
            i = self.add_emp_person(P, kind, emp=emp, kind_row="employee", home_gw=emp["gw"], ship_addr=emp["office"])
            lp = self.lp[i]
            lp["ips"][0] = self.pick(emp["egress"])
            lp["ips"][2], lp["cc"][2] = self.res_ip(), "US"
            lp["p"] = [0.7, 0.1]
            return 1
        if kind == "household":
            city = self.pick(N.US_CITIES)
            A = self.person(self.pick(["us", "us", "us", "es", "in", "cn", "ko"]), city=city)
            B = self.person(self.pick(["us", "us", "es", "in", "cn", "ko"]), city=city)
            B["addr"], B["last"] = A["addr"], (A["last"] if self.chance(0.6) else B["last"])
            ip, gw, joint = self.res_ip(), self.mac(), self.bank_dest() if self.chance(0.7) else None
            n = min(budget, 2 if self.chance(0.85) else 3)
            for P in [A, B, self.person("us", city=city, age=(18, 24))][:n]:
                P["addr"] = A["addr"]
                self.add_emp_person(P, kind, home_ip=ip, home_gw=gw, pay_dest=joint)
            return n
        if kind == "repeat_applicant":
            P = self.person(self.pick(["us", "us", "us", "in", "cn", "es", "ko", "ng", "vn"]))
            n = min(budget, int(r.integers(2, 6)))
            params = media.face_params(r) if self.chance(self.p_photo * 1.5) else None
            body = self.own_resume_body(P)
            e1 = self.email(P["first"], P["last"], P["dob"])
            e2 = self.email(P["first"], P["last"], P["dob"]) if self.chance(0.3) else e1
            ip, dev = self.res_ip(), self.device()
            t = NOW - float(r.uniform(30, 700)) * DAY
            for k in range(n):
                emp = self.employer()
                i = self.add_emp_person(P, kind, emp=emp, kind_row="applicant" if k < n - 1 or self.chance(0.5) else "employee",
                                        created=t + k * float(r.uniform(1, 40)) * DAY, home_ip=ip,
                                        email=e1 if k % 2 == 0 else e2, photo_params=params, photo_strength=0.3,
                                        resume_body=media.mutate_resume(body, r, 1) if self.chance(self.p_resume * 1.3) else None)
                self.lp[i]["devs"][0] = dev
            return n
        if kind == "moved_or_renamed":
            P = self.person(self.pick(["us", "us", "es", "in", "ko", "cn"]))
            params = media.face_params(r) if self.chance(self.p_photo * 1.5) else None
            t = NOW - float(r.uniform(400, 1000)) * DAY
            self.add_emp_person(P, kind, kind_row="applicant" if self.chance(0.5) else "employee", created=t,
                                photo_params=params, photo_strength=0.5)
            if budget < 2:
                return 1
            P2 = dict(P)
            if self.chance(0.5):  # moved: new city, address, phone, often a new email
                P2["city"] = self.pick(N.US_CITIES) if P["country"] == "US" else P["city"]
                if P["country"] == "US":
                    P2["addr"] = self.us_addr(P2["city"])
                    P2["tz"], P2["tz_name"] = P2["city"][5], P2["city"][4]
                    if self.chance(0.5):
                        P2["phone"] = self.new_phone(P2["city"])
            else:  # name change (marriage/divorce), same ssn, dob, often same phone
                P2["last"] = self.pick(N.US_LAST)
            self.add_emp_person(P2, kind, created=t + float(r.uniform(200, 380)) * DAY, photo_params=params,
                                photo_strength=0.6)
            return 2
        if kind == "it_admin":
            P = self.person(self.pick(["us", "us", "in", "cn", "pl", "es"]))
            emp = self.employer()
            ep = {"procs": list(r.choice(N.ADMIN_TOOLS, size=2, replace=False)) +
                  N.REMOTE_TOOLS[self.pick(["TeamViewer", "AnyDesk", "ScreenConnect", "Splashtop", "Zoho Assist"])]}
            if self.chance(0.2):
                ep["usb"] = [self.pick(N.DESK_KVM_USB)]
            i = self.add_emp_person(P, kind, emp=emp, kind_row="employee", endpoint_over=ep, hours=float(r.uniform(8, 16)))
            lp = self.lp[i]
            lp["ips"][2], lp["cc"][2] = self.ip(self.pick(N.HOSTING)), "US"   # cloud jump host
            lp["p"] = [0.6, 0.15]
            return 1
        if kind == "msp_technician":
            # an MSP's technicians placed as contractors at several client companies: laptops go to the
            # MSP's office, they sign in from it and run remote-support tools all day
            city = self.pick(N.US_CITIES)
            off = self.us_addr(city)
            off["unit"] = None
            office = self.fmt_addr(off, 0).replace(",", f", Suite {int(r.integers(100, 900))},", 1)
            egress, gw = self.ip(self.pick(N.US_BUSINESS)), self.mac()
            dest = self.bank_dest() if self.chance(0.5) else None
            tool = self.pick(["ScreenConnect", "TeamViewer", "Splashtop", "AnyDesk"])
            n = min(budget, int(r.integers(3, 13)))
            for _ in range(n):
                P = self.person(self.pick(["us", "us", "us", "es", "in", "pl"]), city=city)
                i = self.add_emp_person(P, kind, kind_row="contractor", home_gw=gw, ship_addr=office, pay_dest=dest,
                                        endpoint_over={"procs": N.REMOTE_TOOLS[tool] + [self.pick(N.ADMIN_TOOLS)]})
                lp = self.lp[i]
                lp["ips"][0] = egress
                lp["ips"][2], lp["cc"][2] = self.res_ip(), "US"
                lp["p"] = [0.75, 0.1]
            return n
        if kind == "agency_contractor":
            ag = self.pick(self.agencies)
            P = self.person(self.pick(["us", "us", "in", "es", "ph", "pl", "ng"]))
            self.add_emp_person(P, kind, kind_row="contractor", pay_dest=ag["dest"])
            return 1
        if kind == "resume_template":
            # bootcamp / career-services cohort: same template and capstone project text
            proj = (f"Capstone: {self.pick(['TaskFlow', 'ShopSmart', 'MediTrack', 'EventHub', 'BudgetBuddy'])} - a full-stack "
                    f"{self.pick(['React/Node', 'Django/React', 'MERN', 'Rails'])} app with authentication, payments and "
                    f"real-time notifications, deployed on {self.pick(['AWS', 'Heroku', 'Vercel'])}. Team of 4, agile sprints.")
            tmpl = int(r.integers(3))
            title = self.pick(["Full Stack Developer", "Software Engineer", "Frontend Developer"])
            n = min(budget, int(r.integers(5, 30)))
            for _ in range(n):
                P = self.person(self.pick(["us", "us", "es", "in", "cn", "ko", "ng", "vn"]), age=(21, 40))
                body = self.own_resume_body(P, template=tmpl, project=proj, title=title)
                self.add_emp_person(P, kind, kind_row="applicant", resume_body=body)
            return n
        if kind in ("asia_resident", "dual_country"):
            cc = self.pick(["KR", "KR", "CN", "JP", "VN", "PH", "IN", "SG"]) if kind == "asia_resident" else \
                self.pick(["KR", "CN", "IN", "VN", "PH", "MX", "UA", "NG", "PL", "BR", "JP"])
            pool = N.FOREIGN[cc][0]
            if kind == "asia_resident":
                P = self.person(pool, country=cc)
                i = self.add_emp_person(P, kind, kind_row=self.pick(["applicant", "contractor", "contractor", "employee"]),
                                        endpoint_over={"kb": N.FOREIGN[cc][6]})
                lp = self.lp[i]
                lp["ips"][0], lp["cc"][0] = self.foreign_ip(cc), cc
                lp["ips"][1], lp["cc"][1] = "@cc:" + cc, cc
                return 1
            P = self.person(pool)
            ep = {}
            if self.chance(0.4):
                ep["kb"] = N.FOREIGN[cc][6]
            if self.chance(0.15):
                ep["tz_name"] = N.FOREIGN[cc][2]
            i = self.add_emp_person(P, kind, kind_row=self.pick(["employee", "employee", "contractor", "applicant"]),
                                    endpoint_over=ep or None)
            lp = self.lp[i]
            s = NOW - float(r.uniform(20, 170)) * DAY
            lp["ips"][2], lp["cc"][2] = "@cc:" + cc, cc
            lp["p"] = [0.7, 0.1]
            lp["ep"] = (s, s + float(r.uniform(10, 40)) * DAY, N.FOREIGN[cc][3])
            lp["n"] += 6
            return 1
        raise ValueError(kind)

    # ------------------------------------------------------------------ fraud: employer side
    def ring_size(self, cap: int) -> int:
        ks = np.arange(2, 41)
        p = ks ** -1.8
        return int(min(cap, self.rng.choice(ks, p=p / p.sum())))

    def pick_tactics(self, pool: list[str]) -> list[str]:
        u = self.rng.random()
        k = 1 if u < 0.35 else (int(self.rng.integers(2, 4)) if u < 0.8 else int(self.rng.integers(4, len(pool) + 1)))
        return sorted(self.rng.choice(pool, size=k, replace=False).tolist())

    def fraud_email(self, first, last, style_base, k, domain=None) -> str:
        r = self.rng
        domain = domain or (self.pick(N.MS_CONSUMER) if self.chance(0.65) else "gmail.com")
        f, l = first.lower(), last.lower()
        if style_base is not None:  # operator's naming habit: base word + running number
            local = f"{style_base}{k + int(r.integers(0, 3))}{self.pick(['', '', '0' + str(int(r.integers(1, 9)))])}"
        else:
            local = self.pick([f"{f}{l}{int(r.integers(10, 9999))}", f"{f}.{l}.dev", f"{f}{l}.tech",
                               f"{f}.{self.pick(['dev', 'smart', 'pro', 'star', 'cloud'])}{int(r.integers(1, 999))}",
                               f"{l}{f}{int(r.integers(80, 99))}"])
        e = f"{local}@{domain}"
        while e in self.emails:
            e = f"{local}{int(r.integers(1, 9999))}@{domain}"
        self.emails.add(e)
        return e

    def employer_ring(self, budget: int, ring: str | None, tactics: list[str] | None = None) -> int:
        """A ring of personas run by one operator cell; ring=None makes a lone persona."""
        r = self.rng
        lone = ring is None
        size = 1 if lone else self.ring_size(budget)
        tactics = [] if lone else (tactics or self.pick_tactics(EMP_TACTICS))
        s = float(r.beta(2, 2)) * (0.5 if lone else 1.0)  # sloppiness: how many individual traits leak
        q = {t: float(r.uniform(0.5, 1.0)) for t in tactics}  # share of members the tactic touches
        own_hours = self.chance(0.5)
        op_tz = self.pick([8.0, 9.0, 3.0, 8.0])
        op_cc = {8.0: "CN", 9.0: self.pick(["CN", "KR", "KP"]), 3.0: "RU"}[op_tz]
        if op_cc == "KR":
            op_cc = "CN"
        # facilitator (laptop farm)
        fac_city = self.pick(N.US_CITIES)
        fac = self.us_addr(fac_city)
        fac_ips = [self.res_ip() for _ in range(int(r.integers(1, 3)))]
        fac_gw = self.mac()
        kvm = self.pick(N.IP_KVM_USB)
        p_kvm = self.pick([0.0, 0.3, 0.6, 0.9])
        # shared resources
        payouts = [self.pick([f"bank:{int(r.integers(10**8, 10**9))}-{int(r.integers(10**9, 10**10))}",
                              f"wallet:payoneer:{int(r.integers(10**7, 10**8))}",
                              f"crypto:T{int(r.integers(2**62)):x}{int(r.integers(2**62)):x}"]) for _ in range(int(r.integers(1, 3)))]
        faces = [media.face_params(r) for _ in range(int(r.integers(1, 3)))]
        base_p = self.person("us")
        bodies = [self.own_resume_body(base_p, title=self.pick(N.JOB_TITLES[:16])) for _ in range(int(r.integers(1, 3)))]
        portfolio = f"https://{self.pick(N.ORG_WORDS).lower()}{self.pick(['dev', 'tech', 'soft', 'labs'])}{int(r.integers(1, 99))}.vercel.app" \
            if self.chance(0.3) else None
        op_ips = [self.ip(self.pick(N.HOSTING)) for _ in range(int(r.integers(1, 4)))]
        op_devs = [self.device() for _ in range(int(r.integers(1, 3)))]
        voips = [self.new_phone() for _ in range(int(r.integers(1, 3)))]
        n_vict = max(1, int(math.ceil(size / r.integers(2, 6))))
        victims = []
        for _ in range(n_vict):
            V = self.person("us", age=(28, 60))
            if self.chance(0.5) and "stolen_identity" in tactics:
                # the real person is an established honest employee somewhere in the data
                self.add_emp_person(V, "identity_theft_victim", kind_row="employee",
                                    created=NOW - float(r.uniform(2, 9)) * YEAR)
            victims.append(V)
        style_base = (f"{self.pick(['smart', 'gold', 'star', 'top', 'dev', 'cyber', 'bright', 'lucky'])}"
                      f"{self.pick(['dev', 'coder', 'tech', 'master', 'eng', 'soft'])}") if self.chance(0.35) else None
        employers_used = []
        made = 0
        ring_id = ring or ""
        for m in range(size):
            uses = {t for t in tactics if m < 2 or self.chance(q[t])} or {self.pick(tactics)} if tactics else set()
            labels = sorted(uses) if not lone else ["lone_persona"]
            kind_row = "employee" if "laptop_farm" in uses else self.pick(["applicant", "applicant", "employee", "contractor"])
            if lone:
                kind_row = self.pick(["applicant", "employee", "contractor"])
            # identity
            if "stolen_identity" in uses:
                V = victims[m % len(victims)]
                P = dict(V)
                P["addr"] = fac if self.chance(0.5) else self.us_addr(V["city"])
                P["phone"] = self.new_phone()
            else:
                pool = self.pick(["us"] * 8 + ["jp", "cn", "pl", "ko"])
                cc = "US" if self.chance(0.85) else self.pick(["JP", "CA", "PL", "SG", "UA"])
                P = self.person(pool if cc == "US" else N.FOREIGN[cc][0], country=cc, age=(24, 40))
                if "laptop_farm" in uses and cc == "US" and self.chance(0.6):
                    P["addr"], P["city"] = fac, fac_city
                    P["tz"], P["tz_name"] = fac_city[5], fac_city[4]
            if "shared_contact" in uses:
                P["phone"] = self.pick(voips)
            # employer: rings are split across many companies, an occasional double hire
            emp = self.pick(employers_used) if employers_used and self.chance(0.12) else self.employer()
            employers_used.append(emp)
            email = self.fraud_email(P["first"], P["last"], style_base, m)
            line = "voip" if self.chance(min(1, 1.2 * s)) else ("mobile" if self.chance(0.9) else "landline")
            hours = float(r.uniform(9.5, 14.5))
            tz = op_tz if own_hours else P["tz"]
            created = NOW - float(r.uniform(15, 500)) * DAY
            ep = {"procs": [], "usb": [], "display": [], "extra_net": []}
            if "laptop_farm" in uses:
                ep["gw"] = fac_gw
                ep["procs"] += N.REMOTE_TOOLS[self.pick(["AnyDesk", "Chrome Remote Desktop", "TeamViewer", "RustDesk", "Splashtop"])]
                if self.chance(p_kvm):
                    ep["usb"].append(kvm)
                    if self.chance(0.5):
                        ep["display"] = [self.pick(N.IP_KVM_DISPLAY)]
            elif self.chance(0.8 * s):
                ep["procs"] += N.REMOTE_TOOLS[self.pick(["AnyDesk", "Chrome Remote Desktop", "TeamViewer", "RustDesk", "Parsec"])]
            if self.chance(0.8 * s):
                ep["procs"].append(self.pick(["astrill.exe", "astrill.exe", "nordvpn.exe", "ExpressVPN.exe"]))
            if self.chance(0.5 * s):
                ep["kb"] = self.pick(["ko-KR", "ko-KR", "zh-CN", "ja-JP", "ru-RU"])
            if self.chance(0.6 * s):
                ep["tz_name"] = self.pick(["Asia/Shanghai", "Asia/Seoul", "Asia/Pyongyang", "Asia/Vladivostok", "UTC"])
            photo_params, strength = (self.pick(faces), float(r.uniform(0.4, 1.2))) if "shared_photo" in uses else (None, 0.0)
            body = media.mutate_resume(self.pick(bodies), r, int(r.integers(1, 4))) if "cloned_resume" in uses else None
            farm = "laptop_farm" in uses
            i = self.add_emp_person(
                P, ";".join(labels), emp=emp, kind_row=kind_row, created=created, fraud=1, ring=ring_id,
                home_ip=fac_ips[0] if farm else None, pay_dest=self.pick(payouts) if "shared_payout" in uses else None,
                ship_addr=self.fmt_addr(fac, int(r.integers(4))) if farm else None, email=email, line_type=line,
                hours=hours, tz=tz, photo_params=photo_params, photo_strength=strength, resume_body=body,
                endpoint_over={k: v for k, v in ep.items() if v or k in ("procs", "usb", "display", "extra_net")})
            row = self.rows[i]
            if photo_params is not None and "photo" not in row:
                ph = self.maybe_photo(photo_params, strength, force=True)
                if ph:
                    row["photo"] = ph
            if portfolio and "cloned_resume" in uses:
                row["profiles"] = ";".join([x for x in [row.get("profiles"), portfolio] if x])
            elif self.chance(0.6):
                row["profiles"] = f"https://www.linkedin.com/in/{P['first'].lower()}-{P['last'].lower()}-{int(r.integers(100, 999))}"
            lp = self.lp[i]
            # where the persona signs in from
            if farm:
                lp["ips"][0], lp["cc"][0] = self.pick(fac_ips), "US"
                lp["p"] = [0.8, 0.1]
            elif "shared_login_infra" in uses:
                lp["ips"][0], lp["cc"][0] = self.pick(op_ips), "US"
                lp["devs"][1] = self.pick(op_devs)
                lp["pd"] = 0.5 if kind_row != "applicant" else 0.2
                lp["p"] = [0.7, 0.2]
            elif self.chance(0.7):
                lp["ips"][0], lp["cc"][0] = "@vpn", None       # commercial VPN, shared with honest users
                lp["p"] = [0.6, 0.3]
            else:
                lp["ips"][0] = self.res_ip()  # residential proxy / rented US line
            lp["ips"][1], lp["cc"][1] = ("@vpn", None) if self.chance(min(1, 1.5 * s)) else (lp["ips"][1], lp["cc"][1])
            if self.chance(0.5 * s):
                lp["ips"][2], lp["cc"][2] = "@cc:" + op_cc, op_cc    # the real location leaks
                lp["p"] = [lp["p"][0] * 0.92, lp["p"][1] * 0.92]
            else:
                lp["ips"][2], lp["cc"][2] = lp["ips"][0], lp["cc"][0]
            made += 1
            # in the mixed world the persona's throwaway mailbox is also an account at the provider
            if self.world == "mixed" and row["email"].split("@")[1] in N.MS_CONSUMER and self.chance(0.7) and made < budget:
                self.fraud_account(row["email"], P, ring_id, labels, created - float(r.uniform(1, 20)) * DAY,
                                   recovery_phone=self.fmt_phone(P["phone"], 4) if self.chance(0.6) else None,
                                   s=s, op_tz=op_tz, op_ips=op_ips if "shared_login_infra" in uses else None,
                                   op_devs=op_devs if "shared_login_infra" in uses else None)
                made += 1
            if made >= budget:
                break
        return made

    # ------------------------------------------------------------------ accounts
    def acc_row(self, name, email, created, *, rec_email=None, rec_phone=None, signup_ip=None, country=None, dob=None) -> dict:
        row = {"kind": "account", "full_name": name, "email": email, "created_at": created, "signup_ip": signup_ip}
        if rec_email:
            row["recovery_email"] = rec_email
        if rec_phone:
            row["recovery_phone"] = rec_phone
        if country and self.chance(0.6):
            row["country"] = country
        if dob and self.chance(0.3):
            row["birth_date"] = dob
        return row

    def pool_ip(self, pool: str) -> str:
        ips, _ = self.pools[pool]
        return ips[int(self.rng.integers(len(ips)))]

    def acc_email(self, P, domain=None) -> str:
        return self.email(P["first"], P["last"], P["dob"], domain or self.pick(N.MS_CONSUMER))

    def honest_account(self, kind: str, budget: int) -> int:
        r = self.rng
        if kind in ("plain", "new_account", "mobile_cgnat", "vpn_user", "traveller", "night_shift", "voip_user",
                    "asia_resident", "dual_country"):
            cc = "US"
            if kind == "asia_resident":
                cc = self.pick(["KR", "KR", "CN", "JP", "VN", "PH", "IN", "SG"])
            elif kind == "plain" and self.chance(0.15):
                cc = self.pick(list(N.FOREIGN))
            pool = N.FOREIGN[cc][0] if cc != "US" else self.pick(["us"] * 6 + ["es", "cn", "ko", "in", "vn"])
            P = self.person(pool, country=cc, age=(16, 80))
            created = NOW - (float(r.uniform(1, 60)) * DAY if kind == "new_account" else float(r.uniform(0.2, 15)) * YEAR)
            home = self.res_ip() if cc == "US" else self.foreign_ip(cc)
            signup = home
            if kind == "mobile_cgnat":
                signup = self.pool_ip("@mobile:" + self.pick(list(N.US_MOBILE)))
            elif kind == "vpn_user" and self.chance(0.6):
                signup = self.pool_ip("@vpn")
            rec_phone = self.fmt_phone(P["phone"], int(r.integers(6))) if self.chance(0.7) else None
            rec_email = self.email(P["first"], P["last"], P["dob"], self.pick(["gmail.com", "yahoo.com", "icloud.com"])) if self.chance(0.45) else None
            row = self.acc_row(f"{P['first']} {P['last']}", self.acc_email(P), created, rec_email=rec_email,
                               rec_phone=rec_phone, signup_ip=signup, country=cc, dob=P["dob"])
            n = 1 + int(r.poisson(3 if kind == "new_account" else 8))
            mob = "@mobile:" + self.pick(list(N.US_MOBILE)) if cc == "US" else "@cc:" + cc
            lp = self.lp_basic([home, mob], [cc, cc], [0.6, 0.4], [self.device(), self.device()], P["tz"], n,
                               max(created, NOW - 365 * DAY), NOW, pd=0.6, hm=float(r.uniform(11, 21)), hs=3.5)
            if kind == "mobile_cgnat":
                lp["p"] = [0.1, 0.9]
            if kind == "vpn_user":
                lp["ips"][1], lp["cc"][1] = "@vpn", None
                lp["p"] = [0.3, 0.7]
            if kind == "night_shift":
                lp["hm"] = float(r.uniform(0, 3.5))
            if kind in ("traveller", "dual_country"):
                dest = self.pick(["GB", "DE", "MX", "JP", "KR", "VN", "PH", "BR", "CN", "IN", "PL"])
                s = NOW - float(r.uniform(10, 300)) * DAY
                lp["ips"][2], lp["cc"][2] = "@cc:" + dest, dest
                lp["p"] = [0.55, 0.2]
                lp["ep"] = (s, s + float(r.uniform(7, 40)) * DAY, N.FOREIGN[dest][3])
                lp["n"] += 5
            self.add(row, 0, "", kind, lp)
            return 1
        if kind == "family_recovery":
            city = self.pick(N.US_CITIES)
            pool = self.pick(["us"] * 6 + ["es", "cn", "ko", "in", "vn", "ph"])
            A = self.person(pool, city=city, age=(35, 60))
            B = self.person(pool, city=city, age=(35, 60))
            B["last"] = A["last"]
            home, famdev = self.res_ip(), self.device()
            n_kids = int(r.integers(1, 5))
            members = [A, B][: 1 if self.chance(0.25) else 2]
            ea = self.acc_email(A, self.pick(N.MS_CONSUMER + ["gmail.com", "yahoo.com"]))
            pa = self.fmt_phone(A["phone"], int(r.integers(6)))
            made = 0
            base = NOW - float(r.uniform(2, 15)) * YEAR
            for k, P in enumerate(members):
                created = base - float(r.uniform(0, 3)) * YEAR
                email = ea if k == 0 else self.acc_email(P)
                row = self.acc_row(f"{P['first']} {P['last']}", email, created,
                                   rec_phone=self.fmt_phone(P["phone"], int(r.integers(6))),
                                   rec_email=None if k == 0 else ea, signup_ip=home, country="US", dob=P["dob"])
                if k == 0 and ea.split("@")[1] not in N.MS_CONSUMER:
                    row["email"] = self.acc_email(P)
                self.add(row, 0, "", kind, self.lp_basic([home, "@mobile:" + self.pick(list(N.US_MOBILE))], ["US", "US"], [0.7, 0.3],
                                                          [famdev if self.chance(0.5) else self.device(), self.device()], P["tz"],
                                                          1 + int(r.poisson(8)), NOW - 365 * DAY, NOW, pd=0.6, hm=float(r.uniform(12, 21)), hs=3.5))
                made += 1
                if made >= budget:
                    return made
            kid_day = NOW - float(r.uniform(0.1, 6)) * YEAR
            for k in range(n_kids):
                K = self.person("us", city=city, age=(8, 19))
                K["last"] = A["last"]
                # siblings' accounts are often set up on the same day on the family computer
                created = kid_day + (float(r.uniform(0, 3)) * 3600 if self.chance(0.5) else float(r.uniform(0, 3)) * YEAR)
                created = min(created, NOW - DAY)
                row = self.acc_row(f"{K['first']} {K['last']}", self.acc_email(K), created, rec_email=ea,
                                   rec_phone=pa if self.chance(0.8) else None, signup_ip=home, country="US",
                                   dob=K["dob"])
                self.add(row, 0, "", kind, self.lp_basic([home, "@mobile:" + self.pick(list(N.US_MOBILE)), self.pick(self.unis)["pool"] if self.chance(0.2) else home],
                                                          ["US", "US", "US"], [0.75, 0.15], [famdev, self.device()], K["tz"],
                                                          1 + int(r.poisson(10)), max(created, NOW - 365 * DAY), NOW, pd=0.7,
                                                          hm=float(r.uniform(14, 22)), hs=3.0))
                made += 1
                if made >= budget:
                    break
            return made
        if kind == "org_provisioned":
            # a school, small firm or IT department creating a batch in one sitting from its own address
            city = self.pick(N.US_CITIES)
            orgname = f"{self.pick(N.ORG_WORDS)} {self.pick(['Elementary School', 'High School', 'Dental', 'Law Group', 'Church', 'Library', 'Accounting', 'Academy', 'Clinic', 'Realty', 'IT Services'])}"
            dom = orgname.lower().replace(" ", "") + self.pick([".org", ".com", ".us", ".net"])
            abbr = "".join(w[0] for w in orgname.split()).lower()
            reg = NOW - (float(r.uniform(3, 22)) * YEAR if self.chance(0.9) else float(r.uniform(60, 300)) * DAY)
            self.domains.append((dom, orgname, reg, f"admin@{dom}", self.ip(self.pick(N.HOSTING)),
                                 "ns1.dnsimple.com;ns2.dnsimple.com"))
            helpdesk = self.pick(["helpdesk", "it", "admin", "office", "techsupport"]) + "@" + dom
            hd_phone = self.fmt_phone(self.new_phone(city), int(r.integers(6)))
            ip = self.ip(self.pick(N.US_BUSINESS))
            dev = self.device()
            n = min(budget, int(r.integers(5, 61)))
            t = NOW - float(r.uniform(10, 1500)) * DAY
            style = int(r.integers(3))
            for k in range(n):
                P = self.person(self.pick(["us"] * 6 + ["es", "cn", "ko", "in", "vn"]), city=city,
                                age=(10, 18) if "School" in orgname else (20, 65))
                f, l = P["first"].lower(), P["last"].lower()
                local = [f"{f}.{l}.{abbr}", f"{abbr}.{f}{l[0]}", f"{f[0]}{l}{abbr}"][style]
                e = f"{local}@{self.pick(N.MS_CONSUMER[:2])}"
                while e in self.emails:
                    e = f"{local}{int(r.integers(2, 9999))}@{e.split('@')[1]}"
                self.emails.add(e)
                created = t + k * float(r.uniform(40, 400))
                row = self.acc_row(f"{P['first']} {P['last']}", e, created, rec_email=helpdesk,
                                   rec_phone=hd_phone if self.chance(0.7) else None, signup_ip=ip, country="US")
                self.add(row, 0, "", kind, self.lp_basic([ip, self.res_ip()], ["US", "US"], [0.65, 0.35],
                                                          [dev if self.chance(0.3) else self.device(), self.device()], P["tz"],
                                                          1 + int(r.poisson(6)), created, NOW, pd=0.6, hm=float(r.uniform(9, 15))))
            return n
        if kind == "own_multiple_accounts":
            P = self.person(self.pick(["us"] * 5 + ["es", "cn", "in", "ko"]), age=(18, 70))
            home, dev = self.res_ip(), self.device()
            ph = self.fmt_phone(P["phone"], int(r.integers(6)))
            n = min(budget, int(r.integers(2, 5)))
            prev = self.email(P["first"], P["last"], P["dob"], "gmail.com") if self.chance(0.5) else None
            for k in range(n):
                created = NOW - float(r.uniform(0.1, 14)) * YEAR
                e = self.acc_email(P)
                row = self.acc_row(f"{P['first']} {P['last']}", e, created, rec_email=prev, rec_phone=ph,
                                   signup_ip=home if self.chance(0.6) else self.res_ip(), country="US", dob=P["dob"])
                prev = e
                self.add(row, 0, "", kind, self.lp_basic([home, "@mobile:" + self.pick(list(N.US_MOBILE))], ["US", "US"], [0.7, 0.3],
                                                          [dev, self.device()], P["tz"], 1 + int(r.poisson(5)), NOW - 365 * DAY, NOW,
                                                          hm=float(r.uniform(11, 21)), hs=3.5))
            return n
        if kind == "public_computer":
            # a library / internet cafe: unrelated people sign up and sign in on the same PCs over months
            if not hasattr(self, "libraries"):
                self.libraries = []
            if not self.libraries or self.chance(0.1):
                self.libraries.append({"ip": self.ip(self.pick(N.US_BUSINESS)), "devs": [self.device() for _ in range(int(r.integers(4, 15)))]})
            lib = self.pick(self.libraries)
            P = self.person(self.pick(["us"] * 5 + ["es", "vn", "ph", "ng"]), age=(16, 85))
            created = NOW - float(r.uniform(5, 900)) * DAY
            row = self.acc_row(f"{P['first']} {P['last']}", self.acc_email(P), created,
                               rec_phone=self.fmt_phone(P["phone"], int(r.integers(6))) if self.chance(0.5) else None,
                               signup_ip=lib["ip"], country="US")
            self.add(row, 0, "", kind, self.lp_basic([lib["ip"], "@mobile:" + self.pick(list(N.US_MOBILE))], ["US", "US"], [0.7, 0.3],
                                                      [self.pick(lib["devs"]), self.pick(lib["devs"])], P["tz"],
                                                      1 + int(r.poisson(5)), max(created, NOW - 365 * DAY), NOW, pd=0.5,
                                                      hm=float(r.uniform(10, 18))))
            return 1
        if kind == "university":
            u = self.pick(self.unis)
            P = self.person(self.pick(["us"] * 5 + ["cn", "in", "ko", "es", "vn"]), age=(17, 26))
            yr = int(r.integers(2016, 2025))
            created = float(np.datetime64(f"{yr}-08-20", "s").astype(np.int64)) + float(r.uniform(0, 20)) * DAY
            row = self.acc_row(f"{P['first']} {P['last']}", self.acc_email(P), created,
                               rec_phone=self.fmt_phone(P["phone"], int(r.integers(6))) if self.chance(0.8) else None,
                               signup_ip=self.pool_ip(u["pool"]), country="US", dob=P["dob"])
            self.add(row, 0, "", kind, self.lp_basic([u["pool"], "@mobile:" + self.pick(list(N.US_MOBILE))], ["US", "US"], [0.7, 0.3],
                                                      [self.device(), self.device()], P["tz"], 1 + int(r.poisson(9)),
                                                      NOW - 365 * DAY, NOW, hm=float(r.uniform(12, 23)), hs=3.5))
            return 1
        raise ValueError(kind)

    def fraud_account(self, email, P, ring_id, labels, created, *, rec_email=None, recovery_phone=None,
                      signup_ip=None, s=0.5, op_tz=8.0, op_ips=None, op_devs=None) -> int:
        r = self.rng
        signup_ip = signup_ip or (self.pool_ip("@vpn") if self.chance(0.6) else self.res_ip())
        row = self.acc_row(f"{P['first']} {P['last']}", email, created, rec_email=rec_email, rec_phone=recovery_phone,
                           signup_ip=signup_ip, country="US" if self.chance(0.7) else None)
        own = self.chance(0.5)
        leak = "RU" if op_tz == 3.0 else "CN"
        ips = [self.pick(op_ips) if op_ips else "@vpn", self.res_ip(), "@cc:" + leak]
        lp = self.lp_basic(ips, ["US", "US", leak], [0.6, 0.35 - 0.3 * s], [self.pick(op_devs) if op_devs else self.device(), self.device()],
                           op_tz if own else -5.0, 1 + int(r.poisson(3)), created, NOW, pd=0.8)
        return self.add(row, 1, ring_id, ";".join(labels), lp)

    def account_ring(self, budget: int, ring: str | None) -> int:
        r = self.rng
        lone = ring is None
        size = 1 if lone else self.ring_size(budget)
        tactics = [] if lone else self.pick_tactics(ACC_TACTICS)
        s = float(r.beta(2, 2)) * (0.5 if lone else 1.0)
        q = {t: float(r.uniform(0.5, 1.0)) for t in tactics}
        op_tz = self.pick([8.0, 9.0, 3.0])
        t0 = NOW - float(r.uniform(3, 400)) * DAY
        burst_ip = self.ip(self.pick(N.HOSTING)) if self.chance(0.6) else self.pool_ip("@vpn")
        voips = [self.fmt_phone(self.new_phone(), int(r.integers(6))) for _ in range(int(r.integers(1, 3)))]
        hub = self.fraud_email(self.pick(N.US_FIRST), self.pick(N.US_LAST), None, 0, domain=self.pick(["gmail.com", "proton.me", "outlook.com"]))
        newdom = None
        if "new_domain_recovery" in tactics:
            newdom = f"{self.pick(N.ORG_WORDS).lower()}{self.pick(['soft', 'tech', 'dev', 'it', 'digital'])}{int(r.integers(1, 999))}.{self.pick(['com', 'xyz', 'online', 'site', 'net'])}"
        op_ips = [self.ip(self.pick(N.HOSTING)) for _ in range(int(r.integers(1, 3)))]
        op_devs = [self.device() for _ in range(int(r.integers(1, 3)))]
        base = f"{self.pick(['smart', 'gold', 'star', 'top', 'dev', 'cyber', 'bright', 'lucky', 'nova', 'alpha'])}{self.pick(['dev', 'coder', 'tech', 'master', 'eng', 'soft', 'works'])}"
        prev = None
        labels_all = sorted(tactics) if not lone else ["lone_persona"]
        ring_id = ring or ""
        if newdom:
            self.domains.append((newdom, newdom.split(".")[0].title(), t0 - float(r.uniform(2, 40)) * DAY,
                                 hub, self.ip(self.pick(N.HOSTING)), "dns1.registrar-servers.com;dns2.registrar-servers.com"))
        for m in range(size):
            uses = {t for t in tactics if m < 2 or self.chance(q[t])} or {self.pick(tactics)} if tactics else set()
            labels = sorted(uses) if not lone else ["lone_persona"]
            P = self.person(self.pick(["us"] * 8 + ["jp", "cn", "ko"]), age=(22, 40))
            if "patterned_names" in uses:
                local = f"{base}{int(r.integers(1, 30)) + m}" if self.chance(0.5) else f"{P['first'].lower()}{P['last'].lower()}{int(r.integers(1990, 2003))}"
                e = f"{local}@{self.pick(N.MS_CONSUMER[:2])}"
                while e in self.emails:
                    e = f"{local}{int(r.integers(1, 9999))}@{e.split('@')[1]}"
                self.emails.add(e)
            else:
                e = self.fraud_email(P["first"], P["last"], None, m, domain=self.pick(N.MS_CONSUMER))
            created = (t0 + m * float(r.uniform(30, 900))) if "burst_signup" in uses else t0 + float(r.uniform(0, 90)) * DAY
            created = min(created, NOW - 3600)
            signup = burst_ip if "burst_signup" in uses else (self.pool_ip("@vpn") if self.chance(0.5 + 0.4 * s) else self.res_ip())
            rec_phone = self.pick(voips) if "shared_recovery_phone" in uses else (
                self.fmt_phone(self.new_phone(), int(r.integers(6))) if self.chance(0.5) else None)
            if "new_domain_recovery" in uses:
                rec_email = f"{P['first'].lower()}{int(r.integers(1, 99))}@{newdom}"
            elif "shared_recovery_email" in uses:
                rec_email = prev if (prev and self.chance(0.5)) else hub
            else:
                rec_email = self.fraud_email(P["first"], P["last"], None, m, domain="gmail.com") if self.chance(0.3) else None
            infra = "shared_login_infra" in uses
            i = self.fraud_account(e, P, ring_id, labels, created, rec_email=rec_email, recovery_phone=rec_phone,
                                   signup_ip=signup, s=s, op_tz=op_tz, op_ips=op_ips if infra else None,
                                   op_devs=op_devs if infra else None)
            prev = e
        return size

    # ------------------------------------------------------------------ generate
    def generate(self) -> dict:
        r = self.rng
        t_start = time.time()
        self.setup()
        # fraud first, with a fixed budget: lone personas, then rings (employer rings first; in the
        # mixed world their personas' mailboxes are account rows and count toward the account half)
        for _ in range(int(round(self.n_emp * LONE_SHARE))):
            self.employer_ring(1, None)
        for _ in range(int(round(self.n_acc * LONE_SHARE))):
            self.account_ring(1, None)
        target_emp = int(round(self.n_emp * (FRAUD_SHARE - LONE_SHARE)))
        target_acc = int(round(self.n_acc * (FRAUD_SHARE - LONE_SHARE)))
        if self.world == "mixed":
            target_emp = int(round(target_emp * 1.3))   # personas + about 0.3 of a mailbox each

        def ring_rows():
            return self.n_ring_rows
        while ring_rows() < target_emp:
            self.ring_counter += 1
            self.employer_ring(max(2, target_emp - ring_rows()), f"R{self.ring_counter:04d}")
        goal = int(round(self.n * (FRAUD_SHARE - LONE_SHARE)))
        while ring_rows() < goal:
            self.ring_counter += 1
            self.account_ring(max(2, goal - ring_rows()), f"R{self.ring_counter:04d}")
        # honest populations fill the rest
        emp_rows = sum(1 for row in self.rows if row["kind"] != "account")
        acc_rows = len(self.rows) - emp_rows
        kinds, w = zip(*EMPLOYER_HONEST.items())
        w = np.array([x / GROUP_SIZE.get(k, 1.0) for k, x in zip(kinds, w)])
        w = w / w.sum()
        while emp_rows < self.n_emp:
            k = kinds[int(r.choice(len(kinds), p=w))]
            emp_rows += self.honest_employer(k, self.n_emp - emp_rows)
        kinds, w = zip(*ACCOUNT_HONEST.items())
        w = np.array([x / GROUP_SIZE.get(k, 1.0) for k, x in zip(kinds, w)])
        w = w / w.sum()
        # in the mixed world some honest applicants' mailboxes are accounts at the provider too
        if self.world == "mixed":
            for i in range(len(self.rows)):
                row = self.rows[i]
                if acc_rows >= self.n_acc:
                    break
                if self.truth[i][1] == 0 and row["kind"] != "account" and row["email"].split("@")[1] in N.MS_CONSUMER and self.chance(0.3):
                    P = {"first": row["full_name"].split()[0], "last": row["full_name"].split()[-1], "dob": row.get("birth_date")}
                    home = self.lp[i]["ips"][0]
                    arow = self.acc_row(row["full_name"], row["email"], row["created_at"] - float(r.uniform(0.5, 10)) * YEAR,
                                        rec_phone=row["phone"] if self.chance(0.6) else None, signup_ip=home if not str(home).startswith("@") else self.res_ip(),
                                        country=row.get("country"))
                    lp = dict(self.lp[i])
                    lp["n"] = 1 + int(r.poisson(6))
                    lp["t0"], lp["t1"] = NOW - 365 * DAY, NOW
                    lp["ips"] = list(lp["ips"])
                    self.add(arow, 0, "", self.truth[i][3], lp)
                    acc_rows += 1
        while acc_rows < self.n_acc:
            k = kinds[int(r.choice(len(kinds), p=w))]
            acc_rows += self.honest_account(k, self.n_acc - acc_rows)
        t_gen = time.time() - t_start
        self.write()
        return {"subjects": len(self.rows), "fraud": sum(t[1] for t in self.truth),
                "rings": len({t[2] for t in self.truth if t[2]}), "photos": len(self.photo_jobs),
                "resumes": len(self.resume_jobs), "seconds_build": round(t_gen, 1),
                "seconds_total": round(time.time() - t_start, 1)}

    # ------------------------------------------------------------------ output
    def logins(self, ids: np.ndarray) -> pd.DataFrame:
        r = self.rng
        idx = np.array([i for i, lp in enumerate(self.lp) if lp is not None])
        L = [self.lp[i] for i in idx]
        n = np.array([lp["n"] for lp in L])
        rep = np.repeat(np.arange(len(L)), n)
        m = len(rep)

        def col(f, dtype=object):
            return np.array([f(lp) for lp in L], dtype=dtype)
        p0, p1 = col(lambda x: x["p"][0], float), col(lambda x: x["p"][1], float)
        u = r.random(m)
        src = np.where(u < p0[rep], 0, np.where(u < (p0 + p1)[rep], 1, 2))
        ipk = [col(lambda x, k=k: x["ips"][k] if x["ips"][k] is not None else x["ips"][0]) for k in range(3)]
        cck = [col(lambda x, k=k: x["cc"][k] if x["ips"][k] is not None else x["cc"][0]) for k in range(3)]
        ip = np.where(src == 0, ipk[0][rep], np.where(src == 1, ipk[1][rep], ipk[2][rep]))
        cc = np.where(src == 0, cck[0][rep], np.where(src == 1, cck[1][rep], cck[2][rep]))
        # pooled exits (carrier NAT, commercial VPN, foreign ISPs): a fresh exit per session
        ip = ip.astype(object)
        cc = cc.astype(object)
        is_pool = np.array([isinstance(x, str) and x.startswith("@") for x in ip])
        psel = np.where(is_pool)[0]
        codes, uniq = pd.factorize(ip[psel], sort=True)
        order = np.argsort(codes, kind="stable")
        bounds = np.searchsorted(codes[order], np.arange(len(uniq) + 1))
        for k, name in enumerate(uniq):
            sel = psel[order[bounds[k]:bounds[k + 1]]]
            pips, pccs = self.pools[name]
            j = r.integers(0, len(pips), len(sel))
            ip[sel] = pips[j]
            cc[sel] = pccs[j]
        t0, t1 = col(lambda x: x["t0"], float), col(lambda x: x["t1"], float)
        t = t0[rep] + r.random(m) * (t1 - t0)[rep]
        has_ep = col(lambda x: x["ep"] is not None, bool)
        eps = col(lambda x: x["ep"][0] if x["ep"] else 0.0, float)
        epe = col(lambda x: x["ep"][1] if x["ep"] else 0.0, float)
        eptz = col(lambda x: x["ep"][2] if x["ep"] else 0.0, float)
        in_ep = has_ep[rep] & (src == 2)
        t = np.where(in_ep, eps[rep] + r.random(m) * (epe - eps)[rep], t)
        tz = np.where(in_ep, eptz[rep], col(lambda x: x["tz"], float)[rep])
        hm, hs = col(lambda x: x["hm"], float), col(lambda x: x["hs"], float)
        hour = np.mod(hm[rep] + r.normal(0, 1, m) * hs[rep], 24.0)
        day = np.floor(t / DAY) * DAY
        ts = day + (hour - tz) * 3600.0 + r.uniform(0, 60, m)
        ts = np.minimum(ts, NOW + DAY - 1)
        pd_ = col(lambda x: x["pd"], float)
        dsel = r.random(m) < pd_[rep]
        dev = np.where(dsel, col(lambda x: x["devs"][0])[rep], col(lambda x: x["devs"][1])[rep])
        ua = np.where(dsel, col(lambda x: x["ua"][0])[rep], col(lambda x: x["ua"][1])[rep])
        df = pd.DataFrame({"subject_id": ids[idx[rep]], "ts": ts.astype(np.int64), "ip": ip, "device_id": dev,
                           "user_agent": ua, "country": cc})
        order = np.lexsort((df["subject_id"].to_numpy().astype(str), df["ts"].to_numpy()))
        df = df.iloc[order].reset_index(drop=True)
        df["ts"] = _iso(df["ts"].to_numpy())
        return df

    def write(self) -> None:
        r = self.rng
        out = self.out
        bundle = out / "bundle"
        if bundle.exists():
            shutil.rmtree(bundle)
        bundle.mkdir(parents=True)
        # shuffle rows so rings and groups are not contiguous, then give ids
        n = len(self.rows)
        perm = r.permutation(n)           # perm[k] = internal index at output position k
        ids = np.empty(n, dtype=object)
        pref = np.array(["acct-" if row["kind"] == "account" else "hr-" for row in self.rows], dtype=object)
        codes = r.choice(np.arange(10**6, 10**7), size=n, replace=False)
        for i in range(n):
            ids[i] = f"{pref[i]}{codes[i]}"
        subj = pd.DataFrame([self.rows[i] for i in perm])
        subj.insert(0, "id", ids[perm])
        subj["created_at"] = _iso(subj["created_at"].to_numpy().astype(float).astype(np.int64))
        subj = subj[[c for c in SUBJECT_COLS if c in subj.columns]]
        subj.to_csv(bundle / "subjects.csv", index=False)
        tr = pd.DataFrame(self.truth, columns=["i", "fraud", "ring", "kind"])
        tr.insert(0, "subject_id", ids[tr["i"].to_numpy()])
        tr = tr.drop(columns="i").iloc[perm].reset_index(drop=True)
        tr.to_csv(out / "truth.csv", index=False)
        # logins
        lg = self.logins(ids)
        pq.write_table(pa.Table.from_pandas(lg, preserve_index=False), bundle / "logins.parquet")
        if self.endpoint:
            e = pd.DataFrame(self.endpoint, columns=["i", "ts", "device_id", "kind", "value"])
            e.insert(0, "subject_id", ids[e.pop("i").to_numpy()])
            e["ts"] = _iso(np.minimum(e["ts"].to_numpy(), NOW).astype(np.int64))
            e = e[["subject_id", "ts", "device_id", "kind", "value"]]
            pq.write_table(pa.Table.from_pandas(e, preserve_index=False), bundle / "endpoint.parquet")
        if self.payments:
            p = pd.DataFrame(self.payments, columns=["i", "ts", "amount", "currency", "method", "destination"])
            p.insert(0, "subject_id", ids[p.pop("i").to_numpy()])
            p["ts"] = _iso(p["ts"].to_numpy().astype(np.int64))
            p.to_csv(bundle / "payments.csv", index=False)
        if self.shipments:
            s = pd.DataFrame(self.shipments, columns=["i", "ts", "asset", "address"])
            s.insert(0, "subject_id", ids[s.pop("i").to_numpy()])
            s["ts"] = _iso(s["ts"].to_numpy().astype(np.int64))
            s.to_csv(bundle / "shipments.csv", index=False)
        if self.domains:
            d = pd.DataFrame(self.domains, columns=["domain", "company", "registered_at", "registrant_email", "ip", "nameservers"])
            d = d.drop_duplicates("domain")
            d["registered_at"] = _iso(d["registered_at"].to_numpy().astype(np.int64))
            d.to_csv(bundle / "domains.csv", index=False)
        self.write_media(bundle)

    def write_media(self, bundle: Path) -> None:
        if any(row.get("photo") == self.avatar_path for row in self.rows):
            p = bundle / self.avatar_path
            p.parent.mkdir(parents=True, exist_ok=True)
            media.default_avatar().save(p, "PNG")
        for rel, params, eseed, strength in self.photo_jobs:
            er = np.random.default_rng(eseed)
            im = media.draw_face(params)
            if strength > 0:
                im = media.edit(im, er, strength)
            media.save(im, bundle / rel, er)
        for rel, text in self.resume_jobs:
            p = bundle / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(text, encoding="utf-8")


def build(out: str | Path, subjects: int, seed: int, world: str) -> dict:
    if world not in ("mixed", "accounts", "employer"):
        raise ValueError(f"unknown world {world!r}")
    return World(subjects, seed, world, Path(out)).generate()
