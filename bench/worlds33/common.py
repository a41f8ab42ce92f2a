"""World 33 shared machinery: people, networks, media files and the row emitters."""
import datetime as dt
import hashlib
import random
import struct
import zlib
from pathlib import Path

import phonenumbers

from . import data as D

T0 = dt.datetime(2025, 1, 6, tzinfo=dt.timezone.utc)
DAYS = 300


def png_bytes(w, h, pixels):
    raw = b"".join(b"\x00" + bytes(pixels[y * w * 3:(y + 1) * w * 3]) for y in range(h))

    def chunk(t, b):
        return struct.pack(">I", len(b)) + t + b + struct.pack(">I", zlib.crc32(t + b) & 0xFFFFFFFF)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b"")


class Ctx:
    def __init__(self, outdir, n, seed):
        self.n = n
        self.seed = seed
        self.r = random.Random(seed)
        self.out = Path(outdir)
        self.bundle = self.out / "bundle"
        (self.bundle / "photos").mkdir(parents=True, exist_ok=True)
        (self.bundle / "resumes").mkdir(parents=True, exist_ok=True)
        self.subjects, self.truth, self.logins, self.endpoint = [], [], [], []
        self.payments, self.shipments, self.domains = [], [], []
        self.photos_written = {}
        self.vpn_pools = {}
        self.ids = set()
        self.studios = []
        self.stats = {}

    # ---------- identifiers ----------
    def hexid(self, prefix, k=10):
        while True:
            s = prefix + "%0*x" % (k, self.r.getrandbits(4 * k))
            if s not in self.ids:
                self.ids.add(s)
                return s

    def mac(self):
        return ":".join("%02x" % self.r.randrange(256) for _ in range(6))

    # ---------- identity pieces ----------
    def name(self, c):
        r = self.r
        first = r.choice(D.FIRST.get(c, D.FIRST["US"]))
        last = r.choice(D.LAST.get(c, D.LAST["US"]))
        return first, last

    def phone(self, c, voip=False):
        r = self.r
        for _ in range(30):
            if c == "US" or D.PHONE_PREFIX.get(c) is None:
                num = "+1" + r.choice(D.US_AREA) + str(r.randint(2, 9)) + "%02d" % r.randint(10, 99) + "%04d" % r.randint(0, 9999)
                if num[5:8] == "555":
                    continue
            else:
                cc, pre, k = D.PHONE_PREFIX[c]
                num = cc + r.choice(pre) + "".join(str(r.randrange(10)) for _ in range(k))
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(num)):
                    return num
            except phonenumbers.NumberParseException:
                pass
        return "+12065550100"

    def fmt_phone(self, num):
        r = self.r.random()
        if num.startswith("+1") and r < 0.4:
            return "(%s) %s-%s" % (num[2:5], num[5:8], num[8:])
        if r < 0.55 and num.startswith("+1"):
            return "%s-%s-%s" % (num[2:5], num[5:8], num[8:])
        return num

    def email(self, first, last, domains=None):
        r = self.r
        f, l = first.lower().replace(" ", ""), last.lower().replace(" ", "")
        pat = r.random()
        local = (f + "." + l) if pat < 0.35 else (f[0] + l) if pat < 0.55 else (f + l + str(r.randint(1, 99))) if pat < 0.8 else (f + "_" + r.choice(["gfx", "dev", "art", "qa", "3d", "plays", "codes"]) + str(r.randint(1, 999)))
        return local + "@" + r.choice(domains or D.EMAIL_DOMAINS)

    def city(self, c):
        return self.r.choice(D.CITIES[c])

    def address(self, c, city):
        r = self.r
        if c == "US":
            unit = r.choice(["", "", "", " Apt %d" % r.randint(1, 40), " Unit %d" % r.randint(100, 999)])
            return "%d %s%s, %s, %s %s%02d" % (r.randint(10, 9999), r.choice(D.STREETS), unit, city[0].split("-")[-1] if False else city[0], city[4], city[5], r.randint(0, 99))
        st = r.choice(D.FOREIGN_STREETS.get(c, D.STREETS))
        return "%s %d, %s, %s" % (st, r.randint(1, 250), city[0], c)

    def birth(self, lo=1975, hi=2004):
        return dt.date(self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28)).isoformat()

    def nid(self, c):
        r = self.r
        if c == "US":
            raw = "%03d-%02d-%04d" % (r.randint(100, 665), r.randint(1, 99), r.randint(1, 9999))
        else:
            raw = c + "%09d" % r.randrange(10 ** 9)
        return "sha256:" + hashlib.sha256(("gridcraft-salt:" + raw).encode()).hexdigest()[:32]

    # ---------- network ----------
    def res_ip(self, c, city=None, kind="residential"):
        r = self.r
        asn, owner = r.choice(D.ISP.get(c, D.ISP["US"]))
        if r.random() < 0.06 and c in ("US", "GB", "CA", "PL"):
            ip = "2601:%x:%x:%x::%x" % (r.randrange(4096), r.randrange(65536), r.randrange(65536), r.randrange(1, 65536))
        else:
            ip = "%d.%d.%d.%d" % (r.choice(D.FIRST_OCTET.get(c, [24])), r.randrange(256), r.randrange(256), r.randint(1, 254))
        return {"ip": ip, "type": kind, "country": c, "city": (city or self.city(c))[0], "asn": asn[2:], "owner": owner, "proxy": "false"}

    def vpn_ip(self, provider, c="US"):
        key = (provider, c)
        if key not in self.vpn_pools:
            asn, owner = D.VPN[provider]
            pool = []
            for i in range(12):
                pool.append({"ip": "%d.%d.%d.%d" % (self.r.choice([37, 45, 89, 146, 185, 193, 194]), self.r.randrange(256), self.r.randrange(256), self.r.randint(1, 254)),
                             "type": "vpn:" + provider, "country": c, "city": self.city(c)[0] if c in D.CITIES else "", "asn": asn[2:], "owner": owner, "proxy": "true"})
            self.vpn_pools[key] = pool
        return self.r.choice(self.vpn_pools[key])

    def hosting_ip(self, c="US"):
        asn, owner = self.r.choice(D.HOSTING)
        return {"ip": "%d.%d.%d.%d" % (self.r.choice([3, 18, 45, 64, 137, 159, 167]), self.r.randrange(256), self.r.randrange(256), self.r.randint(1, 254)),
                "type": "hosting", "country": c, "city": "", "asn": asn[2:], "owner": owner, "proxy": self.r.choice(["true", "false", ""])}

    def resproxy_ip(self, c="US"):
        n = self.res_ip(c, kind="residential_proxy")
        n["proxy"] = self.r.choice(["false", "", "true"])
        return n

    # ---------- media ----------
    def photo(self, key, variant=None):
        """A drawn face for `key`; `variant` edits it slightly (same base, different bytes)."""
        fname = "photos/%s.png" % hashlib.sha1(("%s|%s|%d" % (key, variant, self.seed)).encode()).hexdigest()[:16]
        if fname in self.photos_written:
            return fname
        base = random.Random(hashlib.sha256(("face|%s|%d" % (key, self.seed)).encode()).digest())
        w = h = 48
        bg = [base.randrange(256) for _ in range(3)]
        skin = [base.randint(120, 240), base.randint(90, 200), base.randint(60, 170)]
        hair = [base.randrange(90) for _ in range(3)]
        cx, cy, rx, ry = 24 + base.randint(-2, 2), 26, 12 + base.randint(-2, 2), 15 + base.randint(-2, 2)
        if variant is not None:
            ed = random.Random(hashlib.sha256(("edit|%s|%s|%d" % (key, variant, self.seed)).encode()).digest())
            bg = [ed.randrange(256) for _ in range(3)]
            hair = [max(0, min(255, c + ed.randint(-40, 60))) for c in hair]
            cx += ed.randint(-1, 1)
            ry += ed.randint(-1, 1)
        px = bytearray()
        for y in range(h):
            for x in range(w):
                d = ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2
                if d <= 1 and y < cy - ry * 0.55:
                    px += bytes(hair)
                elif d <= 1:
                    if (y == cy - 3) and abs(abs(x - cx) - 5) <= 1:
                        px += b"\x20\x20\x20"
                    elif y == cy + 7 and abs(x - cx) <= 4:
                        px += b"\x90\x30\x30"
                    else:
                        px += bytes(skin)
                else:
                    px += bytes(bg)
        (self.bundle / fname).write_bytes(png_bytes(w, h, px))
        self.photos_written[fname] = 1
        return fname

    def default_avatar(self):
        fname = "photos/default_avatar.png"
        if fname not in self.photos_written:
            (self.bundle / fname).write_bytes(png_bytes(8, 8, bytes([150, 150, 160] * 64)))
            self.photos_written[fname] = 1
        return fname

    def resume_text(self, p, title=None, template=None):
        r = random.Random(hash_str(p["pid"] + "|resume"))
        title = title or p.get("title") or r.choice(D.TITLES)
        skills = template["skills"] if template else r.sample(D.SKILLS, 7)
        lines = [p["name"], title, p["email"], ""]
        lines.append(template["summary"] if template else "%s with %d years shipping %s titles. %s" % (
            title, r.randint(1, 12), r.choice(["mobile", "PC and console", "indie", "VR", "live-service", "web3"]),
            r.choice(["Comfortable in distributed teams.", "Love tight feedback loops with designers.", "Shipped on Steam and Switch.",
                      "Strong eye for readability and performance budgets.", "Detail-oriented tester with certification experience."])))
        lines += ["", "Skills: " + ", ".join(skills), "", "Experience"]
        jobs = template["jobs"] if template else [(r.choice(D.STUDIOS), r.randint(2014, 2023)) for _ in range(r.randint(1, 3))]
        for s, y in jobs:
            lines.append("- %s, %s (%d - %s)" % (title, s, y, "present" if y > 2022 else y + r.randint(1, 3)))
        uni = template["uni"] if template else p.get("uni") or r.choice(D.UNIS)
        lines += ["", "Education: " + uni]
        return "\n".join(lines)

    def resume_cell(self, p, text):
        r = self.r.random()
        if r < 0.45:
            return text
        ext = ".txt" if r < 0.8 else ".md"
        fname = "resumes/%s%s" % (hashlib.sha1((text + str(self.seed)).encode()).hexdigest()[:16], ext)
        fp = self.bundle / fname
        if not fp.exists():
            fp.write_text(text + "\n", encoding="utf-8")
        return fname

    # ---------- times ----------
    def ts(self, day, hour_utc, fmt=None):
        t = T0 + dt.timedelta(days=day, hours=hour_utc, minutes=self.r.randrange(60), seconds=self.r.randrange(60))
        return t.strftime("%Y-%m-%dT%H:%M:%SZ")

    def work_hour(self, p):
        """A UTC hour (float) at which p is active."""
        r = self.r
        if r.random() < 0.12:
            local = r.uniform(0, 24)
        else:
            local = r.gauss(p["local_mid"], 3.0)
        return (local - p["work_offset"]) % 24

    # ---------- emitters ----------
    def subject(self, p, kind, source, record, employer="", created_day=None, photo=None, resume=None, profiles="",
                name=None, email=None, phone=None, address=None, extra=None, signup=None, country=None):
        sid = self.hexid({"freelancer": "gc_", "client": "cl_", "application": "ap_", "hire": "hr_"}.get(record, "gc_"))
        r = self.r
        cd = created_day if created_day is not None else r.randint(-700, DAYS - 10)
        ph = phone if phone is not None else p["phone"]
        row = {
            "id": sid, "kind": kind, "full_name": name or p["name"], "email": email or p["email"],
            "phone": self.fmt_phone(ph) if ph else "", "address": address if address is not None else p["address"],
            "country": country if country is not None else (p["country"] if r.random() > 0.04 else ""),
            "birth_date": p["birth"] if record in ("hire",) or (record == "freelancer" and r.random() < 0.5) else "",
            "national_id": p["nid"] if record == "hire" or (record == "freelancer" and r.random() < 0.3) else "",
            "photo": photo or "", "resume": resume or "", "profiles": profiles, "employer": employer,
            "created_at": self.ts(cd, r.uniform(0, 24)) if r.random() > 0.1 else (T0 + dt.timedelta(days=cd)).date().isoformat(),
            "recovery_email": p.get("recovery_email", "") if record in ("freelancer", "client") else "",
            "recovery_phone": self.fmt_phone(p["recovery_phone"]) if record in ("freelancer", "client") and p.get("recovery_phone") else "",
            "signup_ip": (signup or (p["nets"][0] if p["nets"] else {"ip": ""}))["ip"] if record in ("freelancer", "client") else "",
            "phone_line_type": (p.get("ptype", "mobile") if record in ("freelancer", "client") and ph == p["phone"] else ""),
            "recovery_phone_line_type": p.get("rptype", "") if record in ("freelancer", "client") and p.get("recovery_phone") else "",
            "gridcraft_source": source, "gridcraft_record": record, "gridcraft_title": p.get("title", ""),
            "gridcraft_prev_name": p.get("prev_name", ""), "gridcraft_org": p.get("org", ""),
        }
        if extra:
            row.update(extra)
        self.subjects.append(row)
        self.truth.append((sid, 1 if p["fraud"] else 0, ";".join(p["kind"])))
        return sid

    def login_rows(self, sid, p, n, source, nets=None, devices=None, uas=None):
        r = self.r
        nets = nets or p["nets"]
        devices = devices or p["devices"]
        uas = uas or p["uas"]
        for _ in range(n):
            net = r.choice(nets)
            day = r.randrange(DAYS)
            if r.random() < 0.9:
                outcome = "success"
            else:
                outcome = r.choice(["failure", "challenge", "failure"])
            dev = r.choice(devices) if devices and r.random() < 0.92 else ""
            self.logins.append((sid, self.ts(day, self.work_hour(p)), net["ip"], dev, r.choice(uas), net["country"],
                                outcome, net["proxy"] if source != "studio_portal" else "", net["asn"], net["owner"], net["city"],
                                r.choice(["none", "low", "low", "medium"]) if source == "okta" else "", source, net["type"]))

    def endpoint_rows(self, sid, dev, p, snaps, extra=None):
        r = self.r
        extra = extra or {}
        base = [("timezone", extra.get("tz", p["tz"]), None), ("keyboard", extra.get("kb", p["kb"]), None),
                ("system", r.choice(D.SYSTEMS), None), ("display", extra.get("display", r.choice(D.DISPLAYS)), None),
                ("gateway_mac", extra.get("gw", p["gw"]), None), ("network", extra.get("net", p["wifi"]), None)]
        procs = r.sample(D.PROC_COMMON, 6) + r.sample(D.PROC_DEV, 3) + list(extra.get("procs", []))
        usbs = r.sample(D.USB_COMMON, r.randint(1, 3)) + list(extra.get("usb", []))
        ports = list(extra.get("ports", []))
        for s in range(snaps):
            day = r.randrange(DAYS)
            ts = self.ts(day, self.work_hour(p))
            for k, v, _ in base:
                if v:
                    self.endpoint.append({"subject_id": sid, "ts": ts, "device_id": dev, "kind": k, "value": v, "vendor_id": None, "product_id": None, "started_at": None})
            for v in procs:
                if r.random() < 0.8:
                    self.endpoint.append({"subject_id": sid, "ts": ts, "device_id": dev, "kind": "process", "value": v, "vendor_id": None, "product_id": None, "started_at": None})
            for vid, pid, name in usbs:
                self.endpoint.append({"subject_id": sid, "ts": ts, "device_id": dev, "kind": "usb", "value": name, "vendor_id": vid, "product_id": pid, "started_at": None})
            for pt in ports:
                self.endpoint.append({"subject_id": sid, "ts": ts, "device_id": dev, "kind": "listening_port", "value": pt, "vendor_id": None, "product_id": None, "started_at": None})
            if extra.get("remote_host"):
                st = T0 + dt.timedelta(days=max(0, day - r.randint(0, 20)), hours=r.randrange(24))
                self.endpoint.append({"subject_id": sid, "ts": ts, "device_id": dev, "kind": "remote_session", "value": extra["remote_host"],
                                      "vendor_id": None, "product_id": None, "started_at": st.strftime("%Y-%m-%dT%H:%M:%SZ")})

    def pay_rows(self, sid, n, method, dest, amount, currency="USD", provider="", flow="payout"):
        r = self.r
        start = r.randrange(max(1, DAYS - 14 * n))
        for i in range(n):
            self.payments.append((sid, self.ts(min(DAYS - 1, start + i * 14 + r.randint(0, 3)), r.uniform(13, 22)),
                                  "%.2f" % (amount * r.uniform(0.6, 1.4)), currency, method, dest, flow, provider))

    def ship(self, sid, asset, address, what, day=None):
        self.shipments.append({"subject_id": sid, "ts": self.ts(day if day is not None else self.r.randrange(DAYS), self.r.uniform(14, 22)),
                               "asset": asset, "address": address, "gridcraft_item": what})


def hash_str(s):
    return int(hashlib.sha256(s.encode()).hexdigest()[:16], 16)


def ua_set(r, n=2):
    pool = [D.UA_WIN.format(v=r.randint(120, 131)), D.UA_MAC.format(v=r.randint(1, 6)), D.UA_LNX.format(v=r.randint(120, 132)),
            D.UA_MOB.format(v=r.randint(1, 6)), D.UA_APP.format(v=r.randint(3, 6))]
    return r.sample(pool, n)
