"""World 16: "Postbox", a large consumer webmail provider's trust-and-safety export for one quarter.

Tables (ringwatch contract): subjects (kind=account), logins, domains. Photos under bundle/photos/.
Ground truth: OUTDIR/truth.csv with subject_id,fraud,kind,ring.

Deterministic for a given (--subjects, --seed). See README.md in this folder for the model.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import os
import random
import shutil

import numpy as np
from PIL import Image

try:  # only to keep generated numbers inside real numbering plans
    import phonenumbers
except ImportError:  # pragma: no cover
    phonenumbers = None

from . import names as N

UTC = dt.timezone.utc
Q_START = dt.datetime(2025, 1, 1, tzinfo=UTC)
Q_END = dt.datetime(2025, 4, 1, tzinfo=UTC)
Q_DAYS = 90

# allowed first octets (public unicast, not reserved / private / documentation)
_OCTETS = [o for o in range(2, 224) if o not in (10, 100, 127, 169, 172, 192, 198, 203, 0, 1, 6, 7,
                                                  11, 21, 22, 26, 28, 29, 30, 33, 55, 56, 214, 215)]


def _valid_phone(p: str) -> bool:
    """Numbers a real carrier would have issued (the number plan's valid ranges)."""
    if phonenumbers is None:
        return True
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(p, None))
    except phonenumbers.NumberParseException:
        return False


def iso(t: dt.datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Net:
    """A network: residential ISP, mobile carrier (CGNAT pool), VPN exit set, hosting, campus, office."""

    def __init__(self, kind, asn, owner, country, prefixes, pool=None, proxy=False, v6=None):
        self.kind, self.asn, self.owner, self.country = kind, asn, owner, country
        self.prefixes, self.pool, self.proxy, self.v6 = prefixes, pool, proxy, v6

    def fresh_ip(self, rng):
        a, b = rng.choice(self.prefixes)
        return f"{a}.{b}.{rng.randrange(256)}.{rng.randrange(1, 255)}"

    def ip(self, rng):
        if self.pool:
            return rng.choice(self.pool)
        return self.fresh_ip(rng)

    def v6_ip(self, rng):
        h = lambda: format(rng.randrange(65536), "x")  # noqa: E731
        return f"{self.v6}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}"


class World:
    def __init__(self, n: int, seed: int, outdir: str):
        self.n, self.seed = n, seed
        self.rng = random.Random(seed * 7919 + 16)
        self.np = np.random.default_rng(seed * 31 + 16)
        self.out = outdir
        self.bundle = os.path.join(outdir, "bundle")
        self.photodir = os.path.join(self.bundle, "photos")
        os.makedirs(self.photodir, exist_ok=True)
        self.subjects: list[dict] = []
        self.truth: list[tuple] = []
        self.logins: list[tuple] = []
        self.domains: list[dict] = []
        self.used_ids: set = set()
        self.used_mail: set = set()
        self.used_phone: set = set()
        self.used_prefix: set = set()
        self.photo_n = 0
        self.ring_n = 0
        self.recycled_pool: list = []
        self.victims: list = []
        self._build_networks()
        self._build_photos()

    # ------------------------------------------------------------------ basics
    def new_id(self):
        while True:
            s = "pb_" + format(self.rng.getrandbits(48), "012x")
            if s not in self.used_ids:
                self.used_ids.add(s)
                return s

    def prefix(self):
        while True:
            p = (self.rng.choice(_OCTETS), self.rng.randrange(256))
            if p not in self.used_prefix:
                self.used_prefix.add(p)
                return p

    def wchoice(self, pairs):
        r = self.rng.random() * sum(w for _, w in pairs)
        for v, w in pairs:
            r -= w
            if r <= 0:
                return v
        return pairs[-1][0]

    def phone(self, country, voip=False, unique=True):
        rng = self.rng
        while True:
            if country in ("US",) or voip:
                area = rng.choice(N.VOIP_US_AREA if voip else N.US_AREA)
                p = f"+1{area}{rng.randrange(2, 10)}{rng.randrange(10)}{rng.randrange(2, 10)}{rng.randrange(10000):04d}"
                if p[5:7] == "55" and p[7] == "5":
                    continue
            elif country == "CA":
                p = f"+1{rng.choice(N.CA_AREA)}{rng.randrange(2, 10)}{rng.randrange(10)}{rng.randrange(2, 10)}{rng.randrange(10000):04d}"
            elif country == "GB":
                p = f"+447{rng.choice('4579')}{rng.randrange(10**8):08d}"
            elif country == "IN":
                p = f"+91{rng.choice('6789')}{rng.randrange(10**9):09d}"
            elif country == "DE":
                p = f"+4915{rng.choice('1279')}{rng.randrange(10**7, 10**8)}"
            elif country == "FR":
                p = f"+33{rng.choice(['6', '6', '6', '73', '75', '76', '77', '78'])}{rng.randrange(10**8):08d}"[:12]
            elif country == "BR":
                p = f"+55119{rng.randrange(6, 10)}{rng.randrange(10**7):07d}"
            elif country == "MX":
                p = f"+5255{rng.randrange(1, 10)}{rng.randrange(10**7):07d}"
            elif country == "PH":
                p = f"+639{rng.choice(['17', '18', '19', '20', '27', '55', '66', '77'])}{rng.randrange(10**7):07d}"
            elif country == "KR":
                p = f"+8210{rng.randrange(2, 10)}{rng.randrange(10**7):07d}"
            elif country == "JP":
                p = f"+81{rng.choice(['70', '80', '90'])}{rng.randrange(1, 10)}{rng.randrange(10**7):07d}"
            elif country == "CN":
                p = f"+861{rng.choice(['33', '35', '36', '38', '39', '50', '58', '86', '88'])}{rng.randrange(10**8):08d}"
            elif country == "VN":
                p = f"+849{rng.choice('0136789')}{rng.randrange(10**7):07d}"
            elif country == "AU":
                p = f"+614{rng.randrange(0, 4)}{rng.randrange(10)}{rng.randrange(10**6):06d}"
            elif country == "NG":
                p = f"+234{rng.choice(['803', '806', '813', '816', '703', '706', '903'])}{rng.randrange(10**7):07d}"
            elif country == "RU":
                p = f"+79{rng.randrange(10, 100)}{rng.randrange(10**7):07d}"
            else:
                p = f"+1{rng.choice(N.US_AREA)}{rng.randrange(2, 10)}{rng.randrange(10)}{rng.randrange(2, 10)}{rng.randrange(10000):04d}"
            if not _valid_phone(p):
                continue
            if not unique or p not in self.used_phone:
                self.used_phone.add(p)
                return p

    def phone_display(self, p, country):
        """How a user typed it: mostly E.164, some national formats (country is the default region)."""
        r = self.rng.random()
        if p.startswith("+1") and country in ("US", "CA") and r < 0.35:
            d = p[2:]
            return self.rng.choice([f"({d[:3]}) {d[3:6]}-{d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}"])
        if r < 0.12 and not p.startswith("+1"):
            return p[:3] + " " + p[3:6] + " " + p[6:]
        return p

    def mailbox(self, local, domain):
        local = "".join(c for c in local.lower() if c.isalnum() or c in "._-").strip("._-") or "user"
        addr = f"{local}@{domain}"
        k = 0
        while addr in self.used_mail:
            k += 1
            suffix = str(self.rng.randrange(10, 9999)) if k < 5 else str(self.rng.getrandbits(24))
            addr = f"{local}{suffix}@{domain}"
        self.used_mail.add(addr)
        return addr

    def name(self, culture):
        firsts, lasts = N.CULTURES[culture]
        return self.rng.choice(firsts), self.rng.choice(lasts)

    def local_parts(self, first, last, style=None):
        r = self.rng
        f, l = first.lower(), last.lower()
        opts = [f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}", f"{f}.{l}{r.randrange(1, 99)}",
                f"{f}{l}{r.randrange(1960, 2012)}", f"{l}.{f}", f"{f}{r.randrange(100, 9999)}",
                f"{f[0]}.{l}{r.randrange(10, 99)}", f"{f}{l[0]}{r.randrange(1, 999)}"]
        return r.choice(opts)

    def birth(self, lo_year, hi_year, lazy=0.06):
        r = self.rng
        y = r.randint(lo_year, hi_year)
        if r.random() < lazy:  # 1 Jan: the form's default / a lazy answer
            return dt.date(y, 1, 1)
        return dt.date(y, r.randint(1, 12), r.randint(1, 28))

    def created_between(self, y0, y1, end=None):
        a = dt.datetime(y0, 1, 1, tzinfo=UTC)
        b = end or min(dt.datetime(y1, 12, 31, tzinfo=UTC), Q_END - dt.timedelta(hours=2))
        return a + dt.timedelta(seconds=self.rng.randrange(int((b - a).total_seconds())))

    def honest_created(self):
        # account ages: weighted towards recent years, long tail back to 2004
        y = self.wchoice([(y, 1.0 + (y - 2004) * 0.12) for y in range(2004, 2026)])
        return self.created_between(y, y)

    # ----------------------------------------------------------------- networks
    def _build_networks(self):
        rng, n = self.rng, self.n
        self.res = {}
        self.mob = {}
        for cc, c in N.COUNTRIES.items():
            self.res[cc] = [Net("residential", asn, own, cc, [self.prefix() for _ in range(rng.randint(3, 6))])
                            for asn, own in c["isp"]]
            mobs = []
            for asn, own, v6 in c["mob"]:
                share = c["w"] / len(c["mob"])
                size = max(6, int(n * share * 0.45 / 70))  # ~70 subscribers per public CGNAT address
                pfx = [self.prefix() for _ in range(2)]
                net = Net("mobile", asn, own, cc, pfx, v6=v6)
                net.pool = [net.fresh_ip(rng) for _ in range(size)]
                mobs.append(net)
            self.mob[cc] = mobs
        # commercial VPN exits (geolocated mostly US) on hosting networks
        hosters = [(9009, "M247 Europe SRL"), (60068, "Datacamp Limited"), (212238, "Datacamp Limited"),
                   (30633, "LEASEWEB-USA-WDC"), (40676, "AS40676"), (8100, "ASN-QUADRANET-GLOBAL"),
                   (39351, "31173 Services AB"), (174, "COGENT-174"), (20473, "AS-CHOOPA")]
        self.hostnets = {h: Net("vpn", h[0], h[1], "US", [self.prefix() for _ in range(2)], proxy=True) for h in hosters}
        def exits(hosts, k, countries=(("US", 0.8), ("GB", 0.07), ("DE", 0.05), ("JP", 0.04), ("CA", 0.04))):
            out = []
            for _ in range(k):
                h = self.hostnets[rng.choice(hosts)]
                out.append((h.fresh_ip(rng), h, self.wchoice(list(countries))))
            return out
        scale = max(1.0, n / 20000)
        self.vpn = {
            "nord": exits([hosters[0], hosters[1]], int(60 * scale)),
            "express": exits([hosters[3], hosters[7]], int(40 * scale)),
            "proton": exits([hosters[0], hosters[8]], int(30 * scale)),
            "mullvad": exits([hosters[6], hosters[0]], int(20 * scale)),
            "surfshark": exits([hosters[2], hosters[0]], int(25 * scale)),
            "astrill": exits([hosters[4], hosters[5], hosters[3]], int(28 * scale),
                             (("US", 0.85), ("JP", 0.05), ("SG", 0.05), ("GB", 0.05))),
        }
        self.hosting = [Net("hosting", a, o, "US", [self.prefix() for _ in range(3)], proxy=True)
                        for a, o in [(16509, "AMAZON-02"), (14061, "DIGITALOCEAN-ASN"), (16276, "OVH"),
                                     (20473, "AS-CHOOPA"), (51167, "Contabo GmbH"), (24940, "Hetzner Online GmbH")]]
        # enterprise cloud proxy egress shared by employees of many companies
        self.zscaler = Net("corp", 22616, "ZSCALER-INC", "US", [self.prefix()], proxy=False)
        self.zscaler.pool = [self.zscaler.fresh_ip(rng) for _ in range(max(10, n // 800))]
        self.corps = []
        for i in range(max(6, n // 600)):
            cc = self.wchoice([("US", 0.6), ("GB", 0.1), ("CA", 0.05), ("IN", 0.1), ("DE", 0.05), ("JP", 0.05), ("KR", 0.05)])
            net = Net("corp", rng.randrange(13000, 64000), f"{rng.choice(N.ORG_WORDS_A).upper()}-{rng.choice(['HEALTH', 'BANK', 'CORP', 'LOGISTICS', 'INSURANCE', 'RETAIL', 'MFG'])}-AS",
                      cc, [self.prefix()])
            net.pool = [net.fresh_ip(rng) for _ in range(rng.randint(2, 6))]
            self.corps.append(net)
        self.unis = []
        for i in range(max(3, n // 2500)):
            cc = self.wchoice([("US", 0.6), ("GB", 0.1), ("CA", 0.1), ("KR", 0.05), ("JP", 0.05), ("IN", 0.1)])
            net = Net("campus", rng.randrange(1000, 40000), f"{rng.choice(N.ORG_WORDS_A).upper()}-UNIVERSITY", cc, [self.prefix()])
            net.pool = [net.fresh_ip(rng) for _ in range(rng.randint(4, 12))]
            self.unis.append(net)
        # public library networks with shared PCs (fingerprint device ids survive the profile wipe)
        self.libraries = []
        for i in range(max(2, n // 4000)):
            isp = rng.choice(self.res["US"])
            self.libraries.append(dict(ip=isp.fresh_ip(rng), net=isp,
                                       pcs=[format(rng.getrandbits(64), "016x") for _ in range(rng.randint(3, 8))],
                                       ua=rng.choice(N.USER_AGENTS_DESKTOP[:4])))

    def obs(self, net, ip, country=None):
        return (country or net.country, "true" if net.proxy else "false", str(net.asn), net.owner)

    # ------------------------------------------------------------------- photos
    def _build_photos(self):
        self.stock = [self._face() for _ in range(6)]  # popular stock / cartoon avatars

    def _face(self):
        g = self.np
        small = g.integers(0, 256, size=(6, 6, 3)).astype(np.uint8)
        img = Image.fromarray(small, "RGB").resize((64, 64), Image.BICUBIC)
        arr = np.asarray(img).astype(np.int16)
        yy, xx = np.mgrid[0:64, 0:64]
        cy, cx, r = g.integers(24, 40), g.integers(24, 40), g.integers(12, 22)
        mask = (yy - cy) ** 2 + (xx - cx) ** 2 < r * r
        arr[mask] = (arr[mask] * 0.4 + g.integers(120, 240, size=3) * 0.6).astype(np.int16)
        return np.clip(arr, 0, 255).astype(np.uint8)

    def _edit(self, arr, strength=1.0):
        """An AI touch-up / re-encode of the same portrait: crop, light, noise."""
        g = self.np
        c = int(g.integers(1, 4))
        img = Image.fromarray(arr[c:64 - c, c:64 - c], "RGB").resize((64, 64), Image.BICUBIC)
        a = np.asarray(img).astype(np.float32) * float(g.uniform(0.9, 1.1)) + float(g.uniform(-10, 10))
        a += g.normal(0, 3 * strength, size=a.shape)
        return np.clip(a, 0, 255).astype(np.uint8)

    def save_photo(self, arr, fmt=None):
        self.photo_n += 1
        fmt = fmt or ("jpg" if self.rng.random() < 0.8 else "png")
        name = f"{format(self.rng.getrandbits(40), '010x')}{self.photo_n}.{fmt}"
        img = Image.fromarray(arr, "RGB")
        img.save(os.path.join(self.photodir, name), "JPEG" if fmt == "jpg" else "PNG", **({"quality": 88} if fmt == "jpg" else {}))
        return "photos/" + name

    def copy_photo(self, path):
        self.photo_n += 1
        ext = path.rsplit(".", 1)[1]
        name = f"{format(self.rng.getrandbits(40), '010x')}{self.photo_n}.{ext}"
        shutil.copyfile(os.path.join(self.bundle, path), os.path.join(self.photodir, name))
        return "photos/" + name

    # ----------------------------------------------------------------- persons
    def person(self, country=None, culture=None, first=None, last=None, age=None, household=None):
        rng = self.rng
        country = country or (household["country"] if household else self.wchoice([(c, v["w"]) for c, v in N.COUNTRIES.items()]))
        cinfo = N.COUNTRIES[country]
        culture = culture or self.wchoice(cinfo["cult"])
        f, l = self.name(culture)
        first, last = first or f, last or l
        age = age if age is not None else int(min(85, max(16, rng.gauss(40, 15))))
        tz = household["tz"] if household else self.wchoice(cinfo["tz"])
        hh = household or self.household(country, tz)
        mob_share = {"IN": 0.75, "PH": 0.75, "NG": 0.85, "CN": 0.6, "VN": 0.65, "BR": 0.65, "MX": 0.6}.get(country, 0.45)
        p = dict(first=first, last=last, country=country, culture=culture, age=age, tz=tz, hh=hh,
                 carrier=rng.choice(self.mob[country]), mob_share=min(0.95, max(0.05, rng.gauss(mob_share, 0.2))),
                 work=None, campus=None, vpn=None, vpn_share=0.0, travel=None, night=False, library=None,
                 activity=rng.random(), tags=[])
        p["phone_dev"] = (format(rng.getrandbits(64), "016x"), rng.choice(N.USER_AGENTS_MOBILE))
        p["laptop"] = (format(rng.getrandbits(64), "016x"), rng.choice(N.USER_AGENTS_DESKTOP)) if rng.random() < 0.6 else None
        p["imap"] = rng.random() < 0.12
        if p["mob_share"] > 0.5:
            p["tags"].append("mobile_cgnat")
        if 18 <= age <= 26 and rng.random() < 0.35:
            same = [u for u in self.unis if u.country == country]
            if same:
                p["campus"] = rng.choice(same)
                p["tags"].append("university_network")
        if 22 <= age <= 66 and rng.random() < 0.25:
            same = [c for c in self.corps if c.country == country]
            p["work"] = self.zscaler if (rng.random() < 0.3 or not same) else rng.choice(same)
            p["tags"].append("corporate_network")
        if rng.random() < (0.12 if country in ("CN", "RU") else 0.07):
            p["vpn"] = "astrill" if (country == "CN" and rng.random() < 0.5) or rng.random() < 0.04 else \
                self.wchoice([("nord", 0.4), ("express", 0.2), ("proton", 0.15), ("mullvad", 0.1), ("surfshark", 0.15)])
            p["vpn_share"] = rng.choice([0.2, 0.5, 0.8, 1.0])
            p["tags"].append("privacy_vpn")
        if rng.random() < 0.05:
            dest = rng.choice([c for c in N.COUNTRIES if c != country])
            start = rng.randrange(0, 80)
            p["travel"] = (dest, start, start + rng.randint(4, 20))
            p["tags"].append("traveller")
        if 20 <= age <= 65 and rng.random() < 0.04:
            p["night"] = True
            p["tags"].append("night_shift")
        if country == "US" and rng.random() < 0.006 and self.libraries:
            p["library"] = rng.choice(self.libraries)
            p["tags"].append("library_pc")
        if country in ("KR", "JP", "CN", "VN", "PH", "AU"):
            p["tags"].append("asia_pacific_resident")
        if culture == "kr" and country != "KR":
            p["tags"].append("korean_name_abroad")
        return p

    def household(self, country, tz=None):
        rng = self.rng
        cinfo = N.COUNTRIES[country]
        isp = rng.choice(self.res[country])
        ips = [isp.fresh_ip(rng)]
        if rng.random() < 0.25:
            ips.append(isp.fresh_ip(rng))
        addr = None
        if country == "US":
            addr = f"{rng.randint(10, 9999)} {rng.choice(N.US_STREETS)} {rng.choice(N.STREET_SUFFIX)}, {rng.choice(cinfo['cities'])} {rng.randint(10001, 99950):05d}"
        else:
            addr = f"{rng.randint(1, 250)} {rng.choice(N.US_STREETS)} Road, {rng.choice(cinfo['cities'])}"
        return dict(country=country, tz=tz if tz is not None else self.wchoice(cinfo["tz"]), isp=isp, ips=ips,
                    switch=rng.randrange(5, 85), pc=None, addr=addr)

    # ------------------------------------------------------------------ logins
    def local_hour(self, night=False):
        r = self.rng
        if night:
            return (r.gauss(3.0, 3.0)) % 24
        return self.wchoice([(lambda: r.gauss(8, 1.2), 0.25), (lambda: r.gauss(12.5, 1.5), 0.2),
                             (lambda: r.gauss(17.5, 1.5), 0.2), (lambda: r.gauss(21, 1.5), 0.3),
                             (lambda: r.uniform(0, 24), 0.05)])() % 24

    def login_times(self, k, created, tz, hours_fn, weekdays=None):
        out = []
        start = max(Q_START, created + dt.timedelta(minutes=3))
        span = (Q_END - start).total_seconds() / 86400
        if span <= 0.05:
            return out
        for _ in range(k * 3):
            if len(out) >= k:
                break
            day = start.date() + dt.timedelta(days=int(self.rng.random() * span))
            h = hours_fn()
            local = dt.datetime(day.year, day.month, day.day, tzinfo=UTC) + dt.timedelta(hours=h, seconds=self.rng.randrange(3600))
            if weekdays is not None and local.weekday() not in weekdays:
                continue
            t = local - dt.timedelta(hours=tz)
            if start <= t < Q_END:
                out.append(t)
        out.sort()
        return out

    def n_honest_logins(self, p, dormant=False):
        r = self.rng
        if dormant or r.random() < 0.13:
            return 0 if r.random() < 0.7 else 1
        return int(min(140, max(1, r.lognormvariate(2.3, 0.9) * (0.5 + p["activity"]))))

    def honest_logins(self, sid, p, created, k, extra_devices=()):
        rng = self.rng
        hh = p["hh"]
        times = self.login_times(k, created, p["tz"], lambda: self.local_hour(p["night"]))
        for t in times:
            day = (t - Q_START).days
            country = None
            event = "web"
            dev = None
            # device
            choices = [("phone", 0.5 + p["mob_share"])]
            if p["laptop"]:
                choices.append(("laptop", 0.9))
            if hh.get("pc"):
                choices.append(("pc", 0.7))
            if p["imap"]:
                choices.append(("imap", 0.5))
            if p["library"]:
                choices.append(("library", 0.4))
            for d in extra_devices:
                choices.append((d, 0.5))
            d = self.wchoice(choices)
            traveling = p["travel"] and p["travel"][1] <= day <= p["travel"][2]
            if d == "phone":
                dev, ua = p["phone_dev"]
                event = "mobile_app" if ua.startswith("PostboxMail") else "web"
                if rng.random() < p["mob_share"] or traveling:
                    net = p["carrier"]
                    ip = net.v6_ip(rng) if (net.v6 and rng.random() < 0.55) else net.ip(rng)
                elif p["campus"] and rng.random() < 0.5:
                    net = p["campus"]; ip = net.ip(rng)
                else:
                    net = hh["isp"]; ip = hh["ips"][-1 if day >= hh["switch"] else 0]
            elif d in ("laptop", "pc", "imap") or isinstance(d, tuple):
                if d == "laptop":
                    dev, ua = p["laptop"]
                elif d == "pc":
                    dev, ua = hh["pc"]
                elif d == "imap":
                    dev, ua, event = "", rng.choice(N.USER_AGENTS_IMAP), "imap"
                else:
                    dev, ua = d
                r = rng.random()
                if d == "laptop" and p["work"] and r < 0.45:
                    net = p["work"]; ip = net.ip(rng)
                elif d == "laptop" and p["campus"] and r < 0.6:
                    net = p["campus"]; ip = net.ip(rng)
                else:
                    net = hh["isp"]; ip = hh["ips"][-1 if day >= hh["switch"] else 0]
            else:  # library PC
                lib = p["library"]
                dev, ua, net, ip = rng.choice(lib["pcs"]), lib["ua"], lib["net"], lib["ip"]
            if traveling and d != "phone":
                dest = p["travel"][0]
                net = rng.choice(self.res[dest]); ip = net.fresh_ip(rng)  # hotel / cafe wifi
            if p["vpn"] and rng.random() < p["vpn_share"] and event != "imap":
                ip, net, country = rng.choice(self.vpn[p["vpn"]])
            cc, proxy, asn, owner = self.obs(net, ip, country)
            outcome = self.wchoice([("success", 0.93), ("failure", 0.05), ("challenge", 0.02)])
            if net.proxy and outcome == "success" and rng.random() < 0.08:
                outcome = "challenge"
            self.logins.append((sid, iso(t), ip, dev, ua, cc, outcome, proxy, asn, owner, event))

    # ---------------------------------------------------------------- accounts
    def add(self, *, name, email, created, signup_ip, country, fraud, kinds, ring="", recovery_email="",
            recovery_phone="", phone="", birth=None, photo="", employer="", address="", plan="free",
            line_type="", sec_changed=None):
        sid = self.new_id()
        if sec_changed is None:
            sec_changed = created + dt.timedelta(days=self.rng.randrange(0, 2000)) if self.rng.random() < 0.4 else created
            sec_changed = min(sec_changed, Q_END - dt.timedelta(hours=1))
        self.subjects.append(dict(
            id=sid, kind="account", full_name=name, email=email,
            phone=phone, address=address, country=country,
            birth_date=birth.isoformat() if birth else "", photo=photo, employer=employer,
            created_at=iso(created), recovery_email=recovery_email, recovery_phone=recovery_phone,
            signup_ip=signup_ip, plan=plan, recovery_phone_line_type=line_type,
            security_info_updated_at=iso(sec_changed)))
        dedup = []
        for k in kinds:
            if k not in dedup:
                dedup.append(k)
        self.truth.append((sid, 1 if fraud else 0, ";".join(dedup), ring))
        return sid

    def signup_ip_for(self, p, created):
        """Address the person signed up from: home line (changes over years) or mobile."""
        rng = self.rng
        hh = p["hh"]
        if created > Q_START - dt.timedelta(days=150) and rng.random() < 0.7:
            if rng.random() < p["mob_share"]:
                return p["carrier"].ip(rng)
            return hh["ips"][0]
        if rng.random() < 0.1:
            return ""  # very old accounts: not recorded
        return rng.choice(self.res[p["country"]]).fresh_ip(rng) if rng.random() < 0.6 else p["carrier"].ip(rng)

    def honest_account(self, p, kinds, created=None, local=None, domain=None, recovery_email=None,
                       recovery_phone=None, photo=None, signup_ip=None, dormant=False, employer="",
                       extra_devices=(), birth=None, premium=None):
        rng = self.rng
        created = created or self.honest_created()
        domain = domain or rng.choice(N.PROVIDER_DOMAINS)
        email = self.mailbox(local or self.local_parts(p["first"], p["last"]), domain)
        tags = list(kinds) + p["tags"]
        if recovery_phone is None:
            if rng.random() < 0.62:
                if "own_phone" not in p:
                    voip = rng.random() < 0.04
                    p["own_phone"] = self.phone("US" if voip else p["country"], voip=voip)
                    p["own_phone_type"] = "voip" if voip else "mobile"
                    if voip:
                        p["tags"].append("voip_phone")
                        tags.append("voip_phone")
                    if self.recycled_pool and rng.random() < 0.02 and p["country"] == "US":
                        p["own_phone"] = self.recycled_pool.pop(0)
                        p["own_phone_type"] = "mobile"
                        tags.append("recycled_phone_new_owner")
                recovery_phone = p["own_phone"]
            else:
                recovery_phone = ""
        if recovery_email is None:
            recovery_email = self.mailbox(self.local_parts(p["first"], p["last"]), rng.choice(N.OTHER_MAIL)) if rng.random() < 0.5 else ""
        if photo is None:
            r = rng.random()
            if r < 0.25:
                if "own_photo" not in p:
                    p["own_photo"] = self._face()
                photo = self.save_photo(p["own_photo"] if rng.random() < 0.6 else self._edit(p["own_photo"], 0.6))
            elif r < 0.31:
                photo = self.save_photo(self.stock[min(5, int(rng.expovariate(0.8)))], "png")
                tags.append("stock_avatar")
            else:
                photo = ""
        line_type = p.get("own_phone_type", "mobile") if recovery_phone == p.get("own_phone") else ("mobile" if recovery_phone else "")
        prem = rng.random() < 0.08 if premium is None else premium
        sid = self.add(name=self.display_name(p), email=email, created=created,
                       signup_ip=signup_ip if signup_ip is not None else self.signup_ip_for(p, created),
                       country=p["country"], fraud=0, kinds=tags, recovery_email=recovery_email,
                       recovery_phone=self.phone_display(recovery_phone, p["country"]) if recovery_phone else "",
                       phone=(recovery_phone if recovery_phone and rng.random() < 0.5 else ""),
                       birth=birth if birth is not None else (self.birth(2025 - p["age"], 2025 - p["age"]) if rng.random() < 0.8 else None),
                       photo=photo, employer=employer, address=p["hh"]["addr"] if prem else "",
                       plan="premium" if prem else "free", line_type=line_type)
        k = self.n_honest_logins(p, dormant)
        self.honest_logins(sid, p, self.parse(created), k, extra_devices)
        if recovery_phone and rng.random() < 0.015 and self.parse(created).year < 2018 and p["country"] == "US":
            self.recycled_pool.append(recovery_phone)  # number later given up and re-issued
            self.truth[-1] = (self.truth[-1][0], 0, self.truth[-1][2] + ";recycled_phone_old_owner", "")
        return sid, email

    @staticmethod
    def parse(t):
        return t if isinstance(t, dt.datetime) else dt.datetime.fromisoformat(t.replace("Z", "+00:00"))

    def display_name(self, p):
        r = self.rng.random()
        if r < 0.82:
            return f"{p['first']} {p['last']}"
        if r < 0.9:
            return p["first"]
        if r < 0.95:
            return f"{p['first']} {p['last'][0]}."
        return ""

    # ------------------------------------------------------------- honest units
    def unit_plain(self):
        p = self.person()
        self.honest_account(p, ["plain"])
        return 1

    def unit_returning(self):
        p = self.person()
        created = self.created_between(2008, 2016)
        sid, _ = self.honest_account(p, ["returning_dormant"], created=created, dormant=False)
        s = self.subjects[-1]
        s["security_info_updated_at"] = iso(Q_START + dt.timedelta(days=self.rng.randrange(0, 80)))
        return 1

    def unit_family(self, cap):
        rng = self.rng
        country = self.wchoice([(c, v["w"]) for c, v in N.COUNTRIES.items()])
        hh = self.household(country)
        size = min(cap, self.wchoice([(2, 0.35), (3, 0.25), (4, 0.22), (5, 0.12), (6, 0.06)]))
        last = self.name(self.wchoice(N.COUNTRIES[country]["cult"]))[1]
        culture = None
        shared_pc = rng.random() < 0.3
        if shared_pc:
            hh["pc"] = (format(rng.getrandbits(64), "016x"), rng.choice(N.USER_AGENTS_DESKTOP))
        parent = self.person(country=country, last=last, age=rng.randint(32, 55), household=hh)
        kinds = ["family"] + (["shared_family_device"] if shared_pc else [])
        pphone = self.phone(country)
        parent["own_phone"] = pphone
        parent["own_phone_type"] = "mobile"
        fam_photo = self._face() if rng.random() < 0.2 else None
        created_p = self.honest_created()
        pid, pmail = self.honest_account(parent, kinds + ["family_organizer"], created=created_p,
                                         recovery_phone=pphone,
                                         photo=self.save_photo(fam_photo) if fam_photo is not None else None)
        made = 1
        spouse_mail = None
        if size >= 2 and rng.random() < 0.75:
            sp = self.person(country=country, last=last if rng.random() < 0.7 else None, age=parent["age"] + rng.randint(-5, 5), household=hh)
            rec_mail = pmail if rng.random() < 0.6 else None
            sid, spouse_mail = self.honest_account(sp, kinds + ["couple"], recovery_email=rec_mail,
                                                   photo=self.save_photo(fam_photo) if fam_photo is not None else None)
            if rng.random() < 0.5:  # mutual recovery
                for s in self.subjects[-2::-1]:
                    if s["email"] == pmail:
                        s["recovery_email"] = spouse_mail
                        break
            made += 1
        while made < size:
            if rng.random() < 0.75:
                age = rng.randint(8, 24)
                tag = "child"
                created = max(Q_START - dt.timedelta(days=365 * max(0, age - 8)) - dt.timedelta(days=rng.randrange(0, 365)),
                              dt.datetime(2006, 1, 1, tzinfo=UTC))
            else:
                age = rng.randint(65, 88)
                tag = "elderly_parent"
                created = self.honest_created()
            c = self.person(country=country, last=last, age=age, household=hh)
            if tag == "elderly_parent":
                c["laptop"] = None
                c["mob_share"] = 0.3
            rp = pphone if rng.random() < 0.7 else None
            re = pmail if rng.random() < 0.6 else None
            sup = hh["ips"][0] if rng.random() < 0.6 else None
            self.honest_account(c, kinds + [tag], created=created, recovery_phone=rp, recovery_email=re, signup_ip=sup,
                                birth=self.birth(2025 - age, 2025 - age, 0.1))
            made += 1
        return made

    def unit_multi_mailbox(self, cap):
        rng = self.rng
        p = self.person()
        k = min(cap, self.wchoice([(2, 0.6), (3, 0.25), (4, 0.1), (5, 0.05)]))
        same_day = rng.random() < 0.25  # a job-hunting / shopping mailbox made in one sitting
        created0 = self.honest_created()
        ph = self.phone(p["country"]) if rng.random() < 0.8 else ""
        if ph:
            p["own_phone"] = ph
            p["own_phone_type"] = "mobile"
        prev = None
        mails = []
        for i in range(k):
            created = created0 + dt.timedelta(minutes=rng.randint(2, 40) * i) if same_day else \
                (created0 if i == 0 else self.created_between(created0.year, 2025))
            suffix = rng.choice(["", ".jobs", ".work", ".shop", ".deals", "career", ".resume", ".family", ".personal", "2"])
            local = self.local_parts(p["first"], p["last"]).split("@")[0] + (suffix if i else "")
            re = mails[0] if (i and rng.random() < 0.75) else (prev if prev and rng.random() < 0.5 else None)
            sid, mail = self.honest_account(p, ["multi_mailbox"] + (["same_day_mailboxes"] if same_day else []),
                                            created=created, local=local, recovery_phone=ph or None, recovery_email=re)
            mails.append(mail)
            prev = mail
        if k >= 2 and rng.random() < 0.5:  # first mailbox recovered by the second
            for s in self.subjects[::-1]:
                if s["email"] == mails[0]:
                    s["recovery_email"] = mails[1]
                    break
        return k

    def unit_business_roles(self, cap):
        """Small-business owner opening info@/orders@/billing@-style mailboxes in one sitting."""
        rng = self.rng
        p = self.person(country=self.wchoice([("US", 0.6), ("GB", 0.1), ("CA", 0.1), ("IN", 0.1), ("PH", 0.1)]))
        k = min(cap, rng.randint(3, 6))
        biz = f"{rng.choice(N.ORG_WORDS_A)}{rng.choice(['bakery', 'cleaning', 'photo', 'events', 'tutoring', 'nails', 'autodetail', 'catering'])}".lower()
        created0 = self.honest_created()
        ph = self.phone(p["country"])
        p["own_phone"], p["own_phone_type"] = ph, "mobile"
        owner_mail = None
        for i in range(k):
            role = ["", ".orders", ".info", ".billing", ".bookings", ".support"][i]
            local = (biz + role) if i else self.local_parts(p["first"], p["last"])
            sid, mail = self.honest_account(p, ["business_role_mailboxes"], created=created0 + dt.timedelta(minutes=3 * i + rng.randint(0, 5)),
                                            local=local, recovery_phone=ph, recovery_email=owner_mail,
                                            signup_ip=p["hh"]["ips"][0])
            if i:
                self.subjects[-1]["full_name"] = biz.title() if rng.random() < 0.6 else self.subjects[-1]["full_name"]
            owner_mail = owner_mail or mail
        return k

    def unit_org(self, cap, kind=None):
        """School, club, small firm or staffing agency: an admin creates many accounts at once."""
        rng = self.rng
        kind = kind or self.wchoice([("school", 0.35), ("club", 0.3), ("firm", 0.27), ("agency", 0.08)])
        country = self.wchoice([("US", 0.6), ("GB", 0.08), ("CA", 0.06), ("IN", 0.06), ("DE", 0.04), ("KR", 0.04),
                                ("JP", 0.04), ("PH", 0.04), ("AU", 0.04)])
        size = min(cap, int(5 + 55 * rng.random() ** 2.2))
        orgname = f"{rng.choice(N.ORG_WORDS_A)} {rng.choice(N.ORG_WORDS_B[kind])}"
        isp = rng.choice(self.res[country])
        office_ip = isp.fresh_ip(rng)
        hh = self.household(country)
        hh["ips"] = [office_ip]
        custom = kind in ("firm", "agency") and rng.random() < 0.75
        domain = None
        if custom:
            domain = "".join(ch for ch in orgname.lower() if ch.isalnum()) + rng.choice([".com", ".com", ".net", ".us", ".co"])
            reg_priv = rng.random() < 0.5
            self.domains.append(dict(domain=domain, company=orgname,
                                     registered_at=self.created_between(2003, 2021).date().isoformat(),
                                     registrant_email="contact@privacyguardian.org" if reg_priv else "",
                                     ip=self.hosting[0].fresh_ip(rng) if rng.random() < 0.3 else "",
                                     nameservers="ns1.postbox-dns.com;ns2.postbox-dns.com" if rng.random() < 0.7 else
                                     "dns1.registrar-servers.com;dns2.registrar-servers.com"))
        office = Net("office", isp.asn, isp.owner, country, isp.prefixes, pool=[office_ip])
        admin = self.person(country=country, age=rng.randint(28, 60), household=hh)
        admin_phone = self.phone(country)
        admin["own_phone"], admin["own_phone_type"] = admin_phone, "mobile"
        office_phone = self.phone(country)
        created0 = self.honest_created() if rng.random() < 0.5 else self.created_between(2024, 2025)
        dom = domain or rng.choice(N.PROVIDER_DOMAINS)
        aid, amail = self.honest_account(admin, ["org_batch", f"org_{kind}", "org_admin"], created=created0 - dt.timedelta(days=rng.randint(0, 400)),
                                         domain=dom, recovery_phone=admin_phone, signup_ip=office_ip,
                                         employer=orgname if custom else "")
        helpdesk = amail if rng.random() < 0.6 else self.mailbox("helpdesk." + orgname.split()[0].lower(), rng.choice(N.OTHER_MAIL))
        made = 1
        minute = 0
        while made < size:
            age = rng.randint(10, 17) if kind == "school" else rng.randint(18, 70)
            m = self.person(country=country, age=age)
            if kind in ("firm", "agency"):
                m["work"] = office
            elif kind == "school":
                m["campus"] = office
            minute += rng.randint(1, 4)
            prefix = orgname.split()[0].lower()[:6]
            local = f"{m['first'].lower()}.{m['last'].lower()}" if custom else \
                rng.choice([f"{prefix}.{m['first'].lower()}{m['last'][0].lower()}", f"{m['first'].lower()}.{m['last'].lower()}.{prefix}",
                            f"{prefix}{rng.randint(2025, 2031)}.{m['last'].lower()}"])
            rp = office_phone if rng.random() < 0.6 else (admin_phone if rng.random() < 0.5 else "")
            self.honest_account(m, ["org_batch", f"org_{kind}", "org_member"], created=created0 + dt.timedelta(minutes=minute),
                                local=local, domain=dom, recovery_email=helpdesk, recovery_phone=rp, signup_ip=office_ip,
                                employer=orgname if custom else "")
            made += 1
        return made

    def unit_classroom(self, cap):
        """A class signs up together during a lesson from the school network."""
        rng = self.rng
        country = self.wchoice([("US", 0.5), ("GB", 0.1), ("KR", 0.08), ("JP", 0.07), ("IN", 0.1), ("PH", 0.1), ("BR", 0.05)])
        size = min(cap, rng.randint(15, 32))
        campus_ip = rng.choice(self.res[country]).fresh_ip(rng)
        t0 = self.created_between(2019, 2025)
        teacher_mail = self.mailbox("ms." + self.name(self.wchoice(N.COUNTRIES[country]["cult"]))[1], rng.choice(N.OTHER_MAIL))
        for i in range(size):
            age = rng.randint(12, 17)
            p = self.person(country=country, age=age)
            re = teacher_mail if rng.random() < 0.3 else None
            self.honest_account(p, ["classroom_burst"], created=t0 + dt.timedelta(seconds=rng.randint(0, 1500)),
                                signup_ip=campus_ip, recovery_email=re, recovery_phone=None if rng.random() < 0.5 else "")
        return size

    def unit_victim(self):
        """A real person (honest account) whose identity an operator will reuse."""
        p = self.person(country="US", culture="us", age=self.rng.randint(24, 45))
        birth = self.birth(2025 - p["age"], 2025 - p["age"], 0.0)
        self.honest_account(p, ["identity_theft_victim"], birth=birth)
        s = self.subjects[-1]
        s["full_name"] = f"{p['first']} {p['last']}"
        return (p["first"], p["last"], birth, s["id"])

    # ------------------------------------------------------------- fraud side
    def new_ring(self, kind):
        self.ring_n += 1
        return f"R16-{self.ring_n:03d}-{kind}"

    def operator(self):
        """The team's real context: working hours in UTC+9, a VPN habit, team devices."""
        rng = self.rng
        op = dict(
            vpn_exits=rng.sample(self.vpn["astrill"], k=min(len(self.vpn["astrill"]), rng.randint(3, 8))) +
                      (rng.sample(self.vpn[rng.choice(["nord", "express", "surfshark"])], k=3) if rng.random() < 0.5 else []),
            devices=[(format(rng.getrandbits(64), "016x"), rng.choice(N.USER_AGENTS_DESKTOP[:4])) for _ in range(rng.randint(1, 4))],
            leak=rng.choice([(self.res["CN"][1], "CN"), (self.res["CN"][0], "CN"), (self.res["RU"][1], "RU")]),
            leak_ip=None, voip=[self.phone("US", voip=True) for _ in range(rng.randint(1, 2))],
            hosting=rng.choice(self.hosting), us_hours=rng.random() < 0.2,
        )
        op["leak_ip"] = op["leak"][0].fresh_ip(rng)
        return op

    def fraud_hours(self, op):
        r = self.rng
        if op.get("us_hours") and r.random() < 0.6:
            return r.uniform(9, 18), -6  # working to the employer's clock
        h = self.wchoice([(lambda: r.uniform(8.5, 12), 0.4), (lambda: r.uniform(13, 18.5), 0.4),
                          (lambda: r.uniform(19, 23.5), 0.15), (lambda: r.uniform(0, 8), 0.05)])()
        return h, 9

    def fraud_logins(self, sid, op, created, k, devices=None, farm_ip=None, resi_share=0.15, leak_p=0.02,
                     vpn_only=None):
        rng = self.rng
        start = max(Q_START, created + dt.timedelta(minutes=2))
        span = (Q_END - start).total_seconds()
        if span <= 600:
            return
        devs = devices or op["devices"]
        for _ in range(k):
            t = start + dt.timedelta(seconds=rng.randrange(int(span)))
            h, tz = self.fraud_hours(op)
            t = dt.datetime(t.year, t.month, t.day, tzinfo=UTC) + dt.timedelta(hours=h - tz)
            if tz == 9 and (t + dt.timedelta(hours=9)).weekday() == 6 and rng.random() < 0.8:
                t += dt.timedelta(days=1)
            if not (start <= t < Q_END):
                continue
            dev, ua = rng.choice(devs)
            country = None
            r = rng.random()
            if r < leak_p:
                net, ip = op["leak"][0], op["leak_ip"]
            elif farm_ip and r < 0.7:
                net, ip = farm_ip
            elif r < leak_p + resi_share:
                net = rng.choice(self.res["US"]); ip = net.fresh_ip(rng)  # residential proxy exit
            else:
                pool = vpn_only or op["vpn_exits"]
                ip, net, country = rng.choice(pool)
            cc, proxy, asn, owner = self.obs(net, ip, country)
            outcome = self.wchoice([("success", 0.84), ("failure", 0.06), ("challenge", 0.09), ("deny", 0.01)])
            self.logins.append((sid, iso(t), ip, dev, ua, cc, outcome, proxy, asn, owner, "web"))

    def persona_name(self):
        r = self.rng
        first = r.choice(N.US_FIRST_M if r.random() < 0.8 else N.US_FIRST_F)
        return first, r.choice(N.US_LAST[:60])

    def persona_country(self):
        return self.wchoice([("US", 0.73), ("GB", 0.06), ("CA", 0.06), ("DE", 0.04), ("AU", 0.04), ("JP", 0.03), ("IN", 0.04)])

    def persona_photo(self, base_pool):
        r = self.rng
        if r.random() < 0.25:
            return "", []
        if base_pool and r.random() < 0.35:  # the same stock / stolen face reused across personas
            return self.save_photo(self._edit(r.choice(base_pool), 0.8)), ["reused_photo"]
        base = self._face()
        base_pool.append(base)
        return self.save_photo(self._edit(base, 1.0)), ["ai_photo"]

    def ring_batch(self, budget, farm=False, stolen=False):
        """Jasper Sleet style: personas with several throwaway mailboxes each, chained recovery."""
        rng = self.rng
        kind = "laptop_farm" if farm else ("stolen_identity" if stolen else "batch_personas")
        ring = self.new_ring(kind)
        op = self.operator()
        n_personas = rng.randint(2, 5) if (farm or stolen) else rng.randint(3, 7)
        farm_ip = None
        if farm:
            isp = rng.choice(self.res["US"])
            farm_ip = (isp, isp.fresh_ip(rng))
        faces = []
        made = 0
        t_batch = self.created_between(2024, 2025) if rng.random() < 0.8 else self.created_between(2022, 2023)
        shared_dev = rng.random() < 0.7
        for pi in range(n_personas):
            if made >= budget:
                break
            if stolen:
                first, last, birth, _vid = self.unit_victim()
                self._victim_made += 1
            else:
                first, last = self.persona_name()
                birth = self.birth(1984, 1999, 0.03)
            country = "US" if stolen else self.persona_country()
            k = min(budget - made, rng.randint(1, 2) if (farm or stolen) else rng.randint(2, 4))
            photo0, ptags = self.persona_photo(faces)
            t0 = t_batch + dt.timedelta(days=rng.randint(0, 40), minutes=rng.randint(0, 600))
            signup = rng.choice([("vpn",) + rng.choice(op["vpn_exits"])[:2], ("host", op["hosting"].fresh_ip(rng), op["hosting"]),
                                 ("resi", None, None)])
            sip = signup[1] if signup[0] != "resi" else rng.choice(self.res["US"]).fresh_ip(rng)
            ext = self.mailbox(self.local_parts(first, last), rng.choice(N.FRAUD_EXT_MAIL))
            mails = []
            voip = rng.choice(op["voip"])
            devs = op["devices"] if shared_dev else [(format(rng.getrandbits(64), "016x"), op["devices"][0][1])]
            for j in range(k):
                suffix = rng.choice(["", ".dev", ".it", ".work", ".eng", "tech", ".pro", ".jobs", ".official"])
                local = self.local_parts(first, last) + (suffix if j else "")
                email = self.mailbox(local, rng.choice(N.PROVIDER_DOMAINS))
                chained = bool(mails) and rng.random() < 0.8
                rec_mail = mails[-1] if chained else ext
                tags = [kind, "common_us_name" if not stolen else "stolen_identity_name", "burst_signup"]
                tags.append("vpn_signup" if signup[0] == "vpn" else ("hosting_signup" if signup[0] == "host" else "residential_proxy"))
                if chained:
                    tags.append("chained_recovery")
                rp = voip if rng.random() < 0.8 else ""
                if rp:
                    tags.append("voip_recovery_phone")
                if shared_dev:
                    tags.append("shared_operator_device")
                tags += ["utc9_hours"] if not op["us_hours"] else ["mixed_hours"]
                if farm:
                    tags.append("farm_residential_ip")
                photo = ""
                if photo0:
                    photo = self.copy_photo(photo0) if rng.random() < 0.5 else self.save_photo(self._edit(faces[-1] if faces else self._face(), 1.2))
                    tags += ptags
                created = t0 + dt.timedelta(minutes=rng.randint(1, 25) * j)
                sid = self.add(name=f"{first} {last}" if rng.random() < 0.9 else first, email=email, created=created,
                               signup_ip=sip, country=country, fraud=1, kinds=tags, ring=ring,
                               recovery_email=rec_mail, recovery_phone=self.phone_display(rp, country) if rp else "",
                               phone=rp if rp and rng.random() < 0.3 else "",
                               birth=birth if rng.random() < 0.85 else None, photo=photo,
                               line_type="voip" if rp else "", sec_changed=created)
                mails.append(email)
                self.fraud_logins(sid, op, created, int(rng.lognormvariate(2.6, 0.6)), devices=devs,
                                  farm_ip=farm_ip, resi_share=0.1 if signup[0] != "resi" else 0.4)
                made += 1
        return made

    def ring_careful(self, budget):
        """Varies names, devices, networks, contacts; one thing slips and is shared."""
        rng = self.rng
        ring = self.new_ring("careful_operator")
        op = self.operator()
        k = min(budget, rng.randint(4, 9))
        slip = rng.choice(["recovery_phone", "device", "photo", "signup_ip", "login_ip", "recovery_email"])
        shared_dev = (format(rng.getrandbits(64), "016x"), rng.choice(N.USER_AGENTS_DESKTOP))
        shared_phone = self.phone("US", voip=rng.random() < 0.5)
        shared_face = self._face()
        shared_sip = op["hosting"].fresh_ip(rng)
        proxy_isp = rng.choice(self.res["US"])
        shared_login = (proxy_isp, proxy_isp.fresh_ip(rng))
        shared_mail = self.mailbox(f"{rng.choice(['backup', 'acc', 'mail', 'rec'])}{rng.randrange(1000, 99999)}", rng.choice(FRAUD_EXT))
        for i in range(k):
            first, last = self.persona_name() if rng.random() < 0.7 else self.name(rng.choice(["us", "hisp", "gb"]))
            country = self.persona_country()
            created = self.created_between(2023, 2025)
            tags = ["careful_operator", f"careful_shares_{slip}", "residential_proxy"]
            tags += ["utc9_hours"] if not op["us_hours"] else ["mixed_hours"]
            rp = shared_phone if slip == "recovery_phone" else (self.phone(country) if rng.random() < 0.5 else "")
            rm = shared_mail if slip == "recovery_email" else (self.mailbox(self.local_parts(first, last), rng.choice(N.OTHER_MAIL)) if rng.random() < 0.6 else "")
            photo = self.save_photo(self._edit(shared_face, 0.7)) if slip == "photo" else \
                (self.save_photo(self._face()) if rng.random() < 0.4 else "")
            sip = shared_sip if slip == "signup_ip" else rng.choice(self.res["US"]).fresh_ip(rng)
            sid = self.add(name=f"{first} {last}", email=self.mailbox(self.local_parts(first, last), rng.choice(N.PROVIDER_DOMAINS)),
                           created=created, signup_ip=sip, country=country, fraud=1, kinds=tags, ring=ring,
                           recovery_email=rm, recovery_phone=self.phone_display(rp, country) if rp else "",
                           birth=self.birth(1982, 2000, 0.0) if rng.random() < 0.8 else None, photo=photo,
                           line_type=("voip" if rp == shared_phone and rp.startswith("+1") and rng.random() < 0.5 else ("mobile" if rp else "")))
            devs = [shared_dev] if slip == "device" else [(format(rng.getrandbits(64), "016x"), rng.choice(N.USER_AGENTS_DESKTOP + N.USER_AGENTS_MOBILE[:4]))]
            k_log = int(rng.lognormvariate(2.4, 0.6))
            if slip == "login_ip":
                self.fraud_logins(sid, op, created, k_log, devices=devs, farm_ip=shared_login, resi_share=0.3, leak_p=0.0)
            else:
                self.fraud_logins(sid, op, created, k_log, devices=devs, resi_share=0.85, leak_p=0.005)
        return k

    def ring_lone(self, budget):
        rng = self.rng
        ring = self.new_ring("lone_persona")
        op = self.operator()
        first, last = self.persona_name()
        country = self.persona_country()
        k = min(budget, rng.choice([1, 1, 2]))
        faces = []
        photo, ptags = self.persona_photo(faces)
        prev = None
        t0 = self.created_between(2024, 2025)
        for i in range(k):
            tags = ["lone_persona", "common_us_name", "vpn"] + (["utc9_hours"] if not op["us_hours"] else ["mixed_hours"]) + ptags
            created = t0 + dt.timedelta(minutes=7 * i)
            sid = self.add(name=f"{first} {last}", email=self.mailbox(self.local_parts(first, last) + (".dev" if i else ""), rng.choice(N.PROVIDER_DOMAINS)),
                           created=created, signup_ip=rng.choice(op["vpn_exits"])[0], country=country, fraud=1, kinds=tags,
                           ring=ring, recovery_email=prev or self.mailbox(self.local_parts(first, last), rng.choice(N.FRAUD_EXT_MAIL)),
                           recovery_phone="", birth=self.birth(1985, 1998, 0.0) if rng.random() < 0.7 else None,
                           photo=self.copy_photo(photo) if photo else "")
            prev = self.subjects[-1]["email"]
            self.fraud_logins(sid, op, created, int(rng.lognormvariate(2.5, 0.6)))
        return k

    def ring_aged(self, budget):
        """Old accounts bought in bulk (aged-account market) and woken up by the team."""
        rng = self.rng
        ring = self.new_ring("aged_account_woken")
        op = self.operator()
        k = min(budget, rng.randint(4, 10))
        rec = self.mailbox(f"{rng.choice(['support', 'team', 'office', 'hr'])}.{rng.randrange(100, 9999)}", rng.choice(N.FRAUD_EXT_MAIL))
        wake = Q_START + dt.timedelta(days=rng.randint(0, 60))
        for i in range(k):
            p = self.person(country="US" if rng.random() < 0.8 else None)
            created = self.created_between(2010, 2018)
            rp = rng.choice(op["voip"]) if rng.random() < 0.75 else ""
            tags = ["aged_account_woken", "vpn"] + (["voip_recovery_phone"] if rp else []) + \
                   (["utc9_hours"] if not op["us_hours"] else ["mixed_hours"])
            changed = wake + dt.timedelta(hours=rng.randint(0, 72))
            sid = self.add(name=f"{p['first']} {p['last']}" if rng.random() < 0.7 else self.display_name(p),
                           email=self.mailbox(self.local_parts(p["first"], p["last"]), rng.choice(N.PROVIDER_DOMAINS)),
                           created=created, signup_ip=rng.choice(self.res[p["country"]]).fresh_ip(rng) if rng.random() < 0.8 else "",
                           country=p["country"], fraud=1, kinds=tags, ring=ring,
                           recovery_email=rec if rng.random() < 0.6 else "", recovery_phone=self.phone_display(rp, p["country"]) if rp else "",
                           birth=self.birth(1970, 1998) if rng.random() < 0.6 else None,
                           photo="" if rng.random() < 0.8 else self.save_photo(self._face()),
                           line_type="voip" if rp else "", sec_changed=changed)
            self.fraud_logins(sid, op, changed, int(rng.lognormvariate(2.4, 0.6)), resi_share=0.2)
        return k

    def ring_rental(self, budget):
        """Real people's accounts rented to the team: owner's history plus the team's sessions."""
        rng = self.rng
        ring = self.new_ring("account_rental")
        op = self.operator()
        k = min(budget, rng.randint(3, 6))
        for i in range(k):
            p = self.person(country="US", age=rng.randint(22, 45))
            created = self.created_between(2012, 2022)
            ph = self.phone("US")
            tags = ["account_rental", "vpn"] + (["utc9_hours"] if not op["us_hours"] else ["mixed_hours"]) + \
                   (["shared_operator_device"] if len(op["devices"]) < 3 else [])
            sid = self.add(name=f"{p['first']} {p['last']}", email=self.mailbox(self.local_parts(p["first"], p["last"]), rng.choice(N.PROVIDER_DOMAINS)),
                           created=created, signup_ip=self.signup_ip_for(p, created), country="US", fraud=1, kinds=tags, ring=ring,
                           recovery_email=self.mailbox(self.local_parts(p["first"], p["last"]), rng.choice(N.OTHER_MAIL)) if rng.random() < 0.5 else "",
                           recovery_phone=self.phone_display(ph, "US"), phone=ph if rng.random() < 0.4 else "",
                           birth=self.birth(2025 - p["age"], 2025 - p["age"]),
                           photo=self.save_photo(self._face()) if rng.random() < 0.3 else "", line_type="mobile")
            own = max(0, int(rng.lognormvariate(1.5, 0.8)) if rng.random() < 0.6 else 0)
            self.honest_logins(sid, p, created, own)
            self.fraud_logins(sid, op, Q_START + dt.timedelta(days=rng.randint(0, 40)), int(rng.lognormvariate(2.7, 0.5)))
        return k

    def ring_recruiter(self, budget):
        """Fake recruiters on look-alike domains of real employers, hosted as Postbox custom domains."""
        rng = self.rng
        ring = self.new_ring("fake_recruiter")
        op = self.operator()
        n_dom = rng.randint(1, 3)
        made = 0
        registrant = None
        # the ring's registrant mailbox is itself a Postbox account
        first, last = self.persona_name()
        created_r = self.created_between(2024, 2025)
        reg_mail = self.mailbox(self.local_parts(first, last), "postbox.com")
        rp = rng.choice(op["voip"])
        sid = self.add(name=f"{first} {last}", email=reg_mail, created=created_r, signup_ip=rng.choice(op["vpn_exits"])[0],
                       country="US", fraud=1, kinds=["fake_recruiter", "domain_registrant", "vpn", "voip_recovery_phone", "utc9_hours"],
                       ring=ring, recovery_email=self.mailbox(self.local_parts(first, last), rng.choice(N.FRAUD_EXT_MAIL)),
                       recovery_phone=self.phone_display(rp, "US"), line_type="voip", sec_changed=created_r)
        self.fraud_logins(sid, op, created_r, int(rng.lognormvariate(2.5, 0.5)))
        made += 1
        for d in range(n_dom):
            if made >= budget:
                break
            company, real = rng.choice(N.TARGET_COMPANIES)
            if not any(x["domain"] == real for x in self.domains):
                self.domains.append(dict(domain=real, company=company, registered_at=self.created_between(2005, 2016).date().isoformat(),
                                         registrant_email="domains@" + real if rng.random() < 0.5 else "contact@privacyguardian.org",
                                         ip=self.hosting[0].fresh_ip(rng), nameservers=f"ns1.{real};ns2.{real}"))
            stem, tld = real.rsplit(".", 1)
            look = rng.choice([f"{stem}-careers.com", f"{stem}-talent.com", f"{stem}hr.com", f"{stem.replace('i', 'l', 1)}.{tld}",
                               f"{stem}-jobs.net", f"join{stem}.com", f"{stem}.co"])
            if any(x["domain"] == look for x in self.domains):
                look = f"{stem}-recruiting{rng.randint(2, 99)}.com"
            reg_at = created_r + dt.timedelta(days=rng.randint(1, 30))
            self.domains.append(dict(domain=look, company=company, registered_at=min(reg_at, Q_END - dt.timedelta(days=20)).date().isoformat(),
                                     registrant_email=reg_mail if rng.random() < 0.6 else "contact@privacyguardian.org",
                                     ip=op["hosting"].fresh_ip(rng),
                                     nameservers="dns1.registrar-servers.com;dns2.registrar-servers.com"))
            for j in range(min(budget - made, rng.randint(2, 4))):
                f2, l2 = self.persona_name()
                created = min(reg_at + dt.timedelta(days=rng.randint(0, 5), minutes=rng.randint(0, 300)), Q_END - dt.timedelta(days=15))
                faces = []
                photo, ptags = self.persona_photo(faces)
                sid = self.add(name=f"{f2} {l2}", email=self.mailbox(rng.choice([f"{f2}.{l2}", f"{f2[0]}{l2}", "careers", "talent", "hr", "recruiting"]).lower(), look),
                               created=created, signup_ip=rng.choice(op["vpn_exits"])[0], country="US", fraud=1,
                               kinds=["fake_recruiter", "lookalike_domain", "vpn", "utc9_hours"] + ptags, ring=ring,
                               recovery_email=reg_mail if rng.random() < 0.7 else "", recovery_phone=self.phone_display(rp, "US") if rng.random() < 0.6 else "",
                               employer=company, photo=photo, line_type="voip", sec_changed=created)
                self.fraud_logins(sid, op, created, int(rng.lognormvariate(2.6, 0.5)))
                made += 1
        return made

    # ------------------------------------------------------------------ driver
    def build(self):
        rng = self.rng
        n = self.n
        target_fraud = max(3, round(n * 0.022))
        self._victim_made = 0
        fraud_made = 0
        # share of fraud accounts per ring kind, divided by the kind's mean ring size = ring weights
        kinds = [("batch", 0.32 / 15), ("farm", 0.10 / 5), ("careful", 0.14 / 6.5), ("lone", 0.06 / 1.3),
                 ("aged", 0.10 / 7), ("rental", 0.10 / 4.5), ("recruiter", 0.10 / 8), ("stolen", 0.08 / 5)]
        order = []
        while fraud_made < target_fraud:
            kk = self.wchoice(kinds) if len(order) >= len(kinds) or n < 5000 else kinds[len(order)][0]
            order.append(kk)
            budget = target_fraud - fraud_made
            fn = dict(batch=lambda b: self.ring_batch(b), farm=lambda b: self.ring_batch(b, farm=True),
                      careful=self.ring_careful, lone=self.ring_lone, aged=self.ring_aged, rental=self.ring_rental,
                      recruiter=self.ring_recruiter, stolen=lambda b: self.ring_batch(b, stolen=True))[kk]
            fraud_made += fn(budget)
        honest_target = n - fraud_made - self._victim_made
        units = [("plain", 0.38 / 1.0), ("family", 0.27 / 3.2), ("multi", 0.10 / 2.6), ("biz", 0.02 / 4.5),
                 ("org", 0.10 / 16.0), ("class", 0.02 / 23.0), ("returning", 0.03 / 1.0), ("victimlike", 0.004)]
        made = 0
        while made < honest_target:
            cap = honest_target - made
            u = self.wchoice(units)
            if u == "plain" or cap < 2:
                made += self.unit_plain()
            elif u == "family":
                made += self.unit_family(cap)
            elif u == "multi":
                made += self.unit_multi_mailbox(cap)
            elif u == "biz":
                made += self.unit_business_roles(cap) if cap >= 3 else self.unit_plain()
            elif u == "org":
                made += self.unit_org(cap) if cap >= 5 else self.unit_plain()
            elif u == "class":
                made += self.unit_classroom(cap) if cap >= 15 else self.unit_plain()
            elif u == "returning":
                made += self.unit_returning()
            else:  # honest people who share a famous/common name and birthday with nobody in particular
                self.unit_victim()
                self.truth[-1] = (self.truth[-1][0], 0, self.truth[-1][2].replace("identity_theft_victim", "plain"), "")
                made += 1

    def write(self):
        rng = self.rng
        order = list(range(len(self.subjects)))
        rng.shuffle(order)
        cols = ["id", "kind", "full_name", "email", "phone", "address", "country", "birth_date", "photo", "employer",
                "created_at", "recovery_email", "recovery_phone", "signup_ip", "plan", "recovery_phone_line_type",
                "security_info_updated_at"]
        with open(os.path.join(self.bundle, "subjects.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=cols)
            w.writeheader()
            for i in order:
                w.writerow(self.subjects[i])
        self.logins.sort(key=lambda r: r[1])
        with open(os.path.join(self.bundle, "logins.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome", "source_proxy",
                        "asn", "network_owner", "event_type"])
            w.writerows(self.logins)
        with open(os.path.join(self.bundle, "domains.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=["domain", "company", "registered_at", "registrant_email", "ip", "nameservers"])
            w.writeheader()
            seen = set()
            for d in self.domains:
                if d["domain"] not in seen:
                    seen.add(d["domain"])
                    w.writerow(d)
        with open(os.path.join(self.out, "truth.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["subject_id", "fraud", "kind", "ring"])
            for i in order:
                w.writerow(self.truth[i])


FRAUD_EXT = N.FRAUD_EXT_MAIL


def generate(outdir: str, subjects: int, seed: int):
    w = World(subjects, seed, outdir)
    w.build()
    w.write()
    return w


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m bench.worlds16", description=__doc__.splitlines()[0])
    ap.add_argument("outdir")
    ap.add_argument("--subjects", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args(argv)
    w = generate(a.outdir, a.subjects, a.seed)
    fraud = sum(t[1] for t in w.truth)
    print(f"world16: {len(w.subjects)} subjects ({fraud} fraud in {w.ring_n} rings), {len(w.logins)} logins, "
          f"{len(w.domains)} domains -> {a.outdir}")


if __name__ == "__main__":
    main()
