"""World 17, "Meridian": a multinational employer's security + HR export with DPRK IT-worker rings.

Stdlib only. build(n, seed) -> World; World.write(outdir) writes OUTDIR/bundle/ and OUTDIR/truth.csv.
"""
import csv
import hashlib
import os
import random
from datetime import date, datetime, timedelta, timezone

from . import images, resumes
from .data import (AREA_CODES, COUNTRIES, DEPARTMENTS, EXTRA_COUNTRIES, JOB_TITLES, NAMES, OFFICES, PHONE_PATTERNS,
                   STREETS, US_CITY_AC)

UTC = timezone.utc
T0 = datetime(2026, 9, 1, tzinfo=UTC)        # identity-provider log window (90 days kept)
T_END = datetime(2026, 11, 30, 23, 0, tzinfo=UTC)
WINDOW = (T_END - T0).total_seconds()
COMPANY = "Meridian Group"
CORP_DOMAIN = "meridian-group.com"
SALT = "mg-hr-2026"

FRAUD_CLAIM_COUNTRIES = ["US", "US", "US", "JP", "SG", "PL", "UA", "VN", "GB", "DE", "PT", "CA", "RS", "MX", "AR"]


def ts(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def cinfo(c):
    """(cultures, cities, offset, zone, keyboard, currency, res ISPs, mobile ISP) for any country."""
    if c in COUNTRIES:
        w, cult, cities, off, zone, kb, cur, res, mob = COUNTRIES[c]
        return cult, cities, off, zone, kb, cur, res, mob
    cult, cities, off, zone, kb, cur, res = EXTRA_COUNTRIES[c]
    return cult, cities, off, zone, kb, cur, res, res[0]


def wpick(rng, d):
    keys = list(d)
    return rng.choices(keys, weights=[d[k] for k in keys])[0]


class Net:
    __slots__ = ("key", "asn", "owner", "country", "city", "lat", "lon", "kind", "a", "b", "proxy")


class World:
    def __init__(self, n, seed, fraud_rate=0.03):
        self.n, self.seed = n, seed
        self.rng = random.Random(seed)
        self.fraud_rate = fraud_rate
        self.subjects = []      # dicts (row); "_tokens", "_fraud" private keys
        self.logins, self.endpoint, self.payments, self.shipments, self.domains = [], [], [], [], []
        self.files = {}         # relative path -> bytes
        self.nets = {}
        self.used_prefix = set()
        self.used_emails = set()
        self.snaps = [T0 + timedelta(days=d, hours=self.rng.randrange(24)) for d in (10, 38, 66, 85)]
        self._build_networks()

    # ------------------------------------------------------------------ helpers
    def hexid(self, k=12):
        return "%0*x" % (k, self.rng.getrandbits(4 * k))

    def net(self, key, asn, owner, country, kind, city=None, proxy=False):
        if key in self.nets:
            return self.nets[key]
        rng = self.rng
        firsts = [24, 31, 37, 45, 50, 62, 66, 68, 71, 73, 76, 77, 78, 79, 80, 81, 82, 84, 85, 86, 87, 88, 89, 90,
                  91, 92, 93, 94, 95, 98, 99, 101, 103, 104, 106, 108, 110, 112, 114, 115, 116, 118, 121, 122, 124,
                  125, 136, 139, 141, 142, 146, 151, 152, 154, 156, 158, 160, 162, 164, 166, 170, 173, 174, 175,
                  176, 178, 180, 182, 183, 185, 186, 187, 188, 189, 190, 193, 194, 195, 196, 197, 199, 200, 201,
                  202, 210, 211, 212, 213, 217, 218, 219, 220, 221, 222, 223]
        while True:
            a, b = rng.choice(firsts), rng.randrange(256)
            if (a, b) not in self.used_prefix:
                self.used_prefix.add((a, b))
                break
        n = Net()
        n.key, n.asn, n.owner, n.country, n.kind, n.a, n.b, n.proxy = key, asn, owner, country, kind, a, b, proxy
        cities = cinfo(country)[1]
        c = city or cities[0]
        n.city, n.lat, n.lon = c[0], c[2], c[3]
        self.nets[key] = n
        return n

    def ip(self, net):
        return "%d.%d.%d.%d" % (net.a, net.b, self.rng.randrange(256), self.rng.randrange(1, 255))

    def _build_networks(self):
        for c in list(COUNTRIES) + list(EXTRA_COUNTRIES):
            info = cinfo(c)
            for asn, owner in info[6]:
                self.net(f"res:{c}:{asn}", asn, owner, c, "residential")
            asn, owner = info[7]
            self.net(f"mob:{c}", asn, owner, c, "mobile")
        # corporate: office egress, VPN gateways, secure web gateway
        for c, offs in OFFICES.items():
            for code, city, _ in offs:
                cc = [x for x in cinfo(c)[1] if x[0] == city] or [cinfo(c)[1][0]]
                asn, owner = (3356, "Level 3 Parent, LLC") if c == "US" else cinfo(c)[6][0]
                self.net(f"office:{code}", asn, owner, c, "office", cc[0])
        self.vpn_gw = []
        for c in ("US", "GB", "IN", "SG", "DE"):
            n = self.net(f"corpvpn:{c}", 394512, "Meridian Group Holdings", c, "corpvpn")
            self.vpn_gw.append((c, [self.ip(n) for _ in range(3)], n))
        self.zs = {}
        for c in ("US", "GB", "DE", "IN", "SG", "JP", "BR", "AU"):
            n = self.net(f"zscaler:{c}", 53813 if c == "US" else 62044, "ZSCALER, INC.", c, "swg")
            self.zs[c] = [(self.ip(n), self.rng.random() < 0.4) for _ in range(12)]
        hosts = {"M247": (9009, "M247 Europe SRL"), "Datacamp": (60068, "Datacamp Limited"),
                 "Leaseweb": (395954, "Leaseweb USA, Inc."), "Tzulo": (11878, "tzulo, inc."),
                 "QuadraNet": (8100, "QuadraNet Enterprises LLC"), "31173": (39351, "31173 Services AB"),
                 "Psychz": (40676, "Psychz Networks"), "DigitalOcean": (14061, "DigitalOcean, LLC"),
                 "AWS": (16509, "Amazon.com, Inc."), "Contabo": (51167, "Contabo GmbH")}
        self.hosts = hosts
        # consumer VPN exits (honest), Astrill exits (operators). Same hosting networks carry both.
        self.vpn_exits = {}
        plan = {"NordVPN": ["M247", "Datacamp"], "ExpressVPN": ["Leaseweb", "QuadraNet"], "Surfshark": ["Datacamp", "M247"],
                "Mullvad": ["31173", "M247"], "Astrill": ["Tzulo", "QuadraNet", "M247", "Psychz", "Leaseweb"]}
        for prov, hs in plan.items():
            exits = []
            for c in ("US", "GB", "DE", "JP", "SG", "KR", "NL", "CA", "PL", "IN", "BR", "AU", "HK", "VN", "UA"):
                h = hs[(len(exits)) % len(hs)]
                asn, owner = hosts[h]
                n = self.net(f"host:{h}:{c}", asn, owner, c, "hosting", proxy=True)
                k = 2 if prov != "Astrill" else 3
                exits += [(c, self.ip(n), n) for _ in range(k)]
            self.vpn_exits[prov] = exits
        for h, (asn, owner) in hosts.items():
            self.net(f"host:{h}:US", asn, owner, "US", "hosting", proxy=False)

    # ------------------------------------------------------------------ people
    def phone(self, c, city=None, intl=False):
        rng = self.rng
        if c in ("US", "CA"):
            ac = rng.choice(US_CITY_AC.get(city, AREA_CODES[c])) if c == "US" else rng.choice(AREA_CODES["CA"])
            ex = "%d%02d" % (rng.randrange(2, 10), rng.randrange(100))
            if ex[1:] == "11" or ex == "555":
                ex = "234"
            num = "%s%s%04d" % (ac, ex, rng.randrange(10000))
            style = 0 if intl else rng.random()
            if style < 0.6:
                return "+1" + num
            if style < 0.8:
                return f"({num[:3]}) {num[3:6]}-{num[6:]}"
            return f"{num[:3]}-{num[3:6]}-{num[6:]}"
        cc, pats = PHONE_PATTERNS[c]
        p = rng.choice(pats)
        nsn = "".join(str(rng.randrange(10)) if ch == "#" else ch for ch in p)
        if rng.random() < 0.75:
            return f"+{cc} {nsn[:3]} {nsn[3:]}"
        return f"+{cc}{nsn}"

    def address(self, c, city):
        rng = self.rng
        name, region, _, _, pc = city
        if c == "US":
            st = rng.choice(STREETS["US"])
            apt = f" Apt {rng.randrange(1, 40)}" if rng.random() < 0.35 else ""
            return f"{rng.randrange(100, 9999)} {st}{apt}, {name}, {region} {pc}{rng.randrange(10, 99)}"
        if c == "CA":
            return f"{rng.randrange(10, 999)} {rng.choice(STREETS['US'])}, {name}, {region} {pc} {rng.randrange(1, 9)}A{rng.randrange(1, 9)}"
        if c == "GB":
            return f"{rng.randrange(1, 200)} {rng.choice(STREETS['GB'])}, {name} {pc} {rng.randrange(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        if c in ("DE", "NL", "SE", "PL", "RO", "PT", "ES", "FR", "IL", "RS", "UA"):
            st = rng.choice(STREETS["DE"] if c == "DE" else STREETS["generic"])
            return f"{st} {rng.randrange(1, 150)}, {pc} {name}"
        if c in ("JP", "KR", "CN", "VN", "HK", "TH"):
            return f"{rng.randrange(1, 30)}-{rng.randrange(1, 20)}-{rng.randrange(1, 40)} {rng.choice(STREETS['generic'])}, {name} {pc}"
        return f"{rng.randrange(1, 400)} {rng.choice(STREETS['generic'])}, {name} {pc}".strip()

    def person(self, c, culture=None, city=None, age=None):
        rng = self.rng
        info = cinfo(c)
        culture = culture or wpick(rng, info[0])
        firsts, lasts = NAMES[culture]
        city = city or rng.choice(info[1])
        age = age or max(19, min(67, int(rng.gauss(36, 10))))
        bd = date(2026 - age, 1, 1) + timedelta(days=rng.randrange(365))
        p = {"first": rng.choice(firsts), "last": rng.choice(lasts), "culture": culture, "country": c, "city": city,
             "birth": bd.isoformat(), "nid": self.hexid(9), "zone": info[3], "offset": info[2], "kb": info[4],
             "cur": info[5]}
        p["name"] = f"{p['first']} {p['last']}"
        p["phone"] = self.phone(c, city[0])
        p["personal_email"] = self.personal_email(p)
        p["home"] = self.household(c, city)
        return p

    def household(self, c, city):
        rng = self.rng
        info = cinfo(c)
        asn, owner = rng.choice(info[6])
        n = self.nets[f"res:{c}:{asn}"]
        ssid = rng.choice(["NETGEAR%02d" % rng.randrange(100), "TP-Link_%04X" % rng.getrandbits(16),
                           "xfinitywifi-home-%03d" % rng.randrange(1000), "SKY%05X" % rng.getrandbits(20),
                           "FRITZ!Box 7590 %s" % self.hexid(2).upper(), "Vodafone-%s" % self.hexid(4).upper(),
                           "KT_GiGA_5G_%s" % self.hexid(4), "PLDTHOMEFIBR%s" % self.hexid(5), "JioFiber-%s" % self.hexid(4),
                           "eero-%s" % self.hexid(4), "Home-%d" % rng.randrange(1000), "MyHome5G"])
        return {"addr": self.address(c, city), "net": n, "ip": self.ip(n), "mac": self.mac(), "ssid": ssid,
                "city": city, "country": c}

    def mac(self):
        return ":".join("%02x" % self.rng.randrange(256) for _ in range(6))

    def personal_email(self, p, style=None):
        rng = self.rng
        f = p["first"].lower().replace(" ", "").replace("-", "").replace("'", "")
        l = p["last"].lower().replace(" ", "").replace("-", "").replace("'", "")
        f = self._ascii(f)
        l = self._ascii(l)
        c = p["country"]
        doms = {"KR": ["naver.com", "gmail.com", "daum.net"], "JP": ["gmail.com", "yahoo.co.jp", "icloud.com"],
                "DE": ["gmx.de", "web.de", "gmail.com"], "FR": ["gmail.com", "orange.fr", "free.fr"],
                "IN": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"], "PL": ["gmail.com", "wp.pl", "o2.pl"],
                "BR": ["gmail.com", "hotmail.com", "uol.com.br"], "GB": ["gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com"],
                "CN": ["qq.com", "163.com"], "US": ["gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "comcast.net"]}
        dom = rng.choice(doms.get(c, ["gmail.com", "outlook.com", "yahoo.com"]))
        for _ in range(50):
            s = style if style is not None else rng.randrange(6)
            local = [f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}.{l}{rng.randrange(1, 99)}", f"{l}.{f}",
                     f"{f}{l}{rng.randrange(70, 2005)}"][s]
            e = f"{local}@{dom}"
            if e not in self.used_emails:
                self.used_emails.add(e)
                return e
            style = None
        e = f"{f}.{l}.{self.hexid(4)}@{dom}"
        self.used_emails.add(e)
        return e

    def work_email(self, p, domain, suffix=""):
        f = self._ascii(p["first"].lower().replace(" ", "").replace("'", ""))
        l = self._ascii(p["last"].lower().replace(" ", "").replace("'", ""))
        base = f"{f}.{l}{suffix}"
        e, k = f"{base}@{domain}", 2
        while e in self.used_emails:
            e, k = f"{base}{k}@{domain}", k + 1
        self.used_emails.add(e)
        return e

    @staticmethod
    def _ascii(s):
        tr = str.maketrans("áàâãäåçéèêëíìîïñóòôõöúùûüýłśźżćńąęőűșțăîđ", "aaaaaaceeeeiiiinooooouuuuylszzcnaeousaaid")
        s = s.translate(tr)
        return "".join(ch for ch in s if ch.isascii() and (ch.isalnum() or ch in "._-")) or "user"

    def photo(self, params, **kw):
        path = f"photos/{self.hexid(14)}.{ 'png' }"
        self.files[path] = images.render(params, **kw)
        return path

    def text_file(self, text, ext):
        path = f"resumes/{self.hexid(14)}.{ext}"
        self.files[path] = text.encode("utf-8")
        return path

    def nid_hash(self, raw):
        return hashlib.sha256((SALT + raw).encode()).hexdigest()[:40]

    def add_subject(self, row, fraud, tokens):
        row["_fraud"] = fraud
        row["_tokens"] = tokens
        self.subjects.append(row)
        return row


def build(n, seed, fraud_rate=0.03):
    from .population import populate
    w = World(n, seed, fraud_rate)
    populate(w)
    return w


SUBJECT_COLS = ["id", "kind", "full_name", "email", "phone", "phone_line_type", "address", "country", "birth_date",
                "national_id", "photo", "resume", "profiles", "employer", "created_at", "recovery_email",
                "recovery_phone", "recovery_phone_line_type", "signup_ip", "department", "job_title", "office",
                "work_mode", "status", "terminated_at", "vendor", "referred_by", "source"]
LOGIN_COLS = ["subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome", "source_proxy", "asn",
              "network_owner", "city", "latitude", "longitude", "risk_level", "event_type", "session_id", "event_id"]
ENDPOINT_COLS = ["subject_id", "ts", "device_id", "kind", "value", "vendor_id", "product_id", "started_at", "event_id"]


def write(w, outdir):
    bundle = os.path.join(outdir, "bundle")
    os.makedirs(bundle, exist_ok=True)
    for rel, data in w.files.items():
        p = os.path.join(bundle, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as f:
            f.write(data)

    def dump(name, cols, rows):
        with open(os.path.join(bundle, name), "w", newline="", encoding="utf-8") as f:
            wr = csv.writer(f, lineterminator="\n")
            wr.writerow(cols)
            for r in rows:
                wr.writerow(["" if r.get(c) is None else r.get(c) for c in cols] if isinstance(r, dict) else r)

    dump("subjects.csv", SUBJECT_COLS, w.subjects)
    dump("logins.csv", LOGIN_COLS, w.logins)
    dump("endpoint.csv", ENDPOINT_COLS, w.endpoint)
    dump("payments.csv", ["subject_id", "ts", "amount", "currency", "method", "destination"], w.payments)
    dump("shipments.csv", ["subject_id", "ts", "asset", "address"], w.shipments)
    dump("domains.csv", ["domain", "company", "registered_at", "registrant_email", "ip", "nameservers"], w.domains)
    with open(os.path.join(outdir, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f, lineterminator="\n")
        wr.writerow(["subject_id", "fraud", "kind"])
        for r in w.subjects:
            wr.writerow([r["id"], r["_fraud"], ";".join(r["_tokens"])])
