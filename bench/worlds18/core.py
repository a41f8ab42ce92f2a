"""Shared machinery of the Ledgerline world: the output tables, ids, people's contact data,
networks (home, mobile, VPN, Tor, venues), devices, and the login / payment / endpoint rows.

Everything is drawn from seeded random.Random objects, so a world is deterministic for a seed.
"""
import datetime as dt
import hashlib
import os
import random
import string

from . import catalog as C
from . import media as M

try:  # only to keep generated numbers valid for their country (installed with ringwatch)
    import phonenumbers
except Exception:  # pragma: no cover
    phonenumbers = None

UTC = dt.timezone.utc
START = dt.datetime(2023, 1, 2, tzinfo=UTC)
END = dt.datetime(2025, 10, 30, tzinfo=UTC)
KYC_SALT = "ledgerline-kyc-2023"

SUBJECT_COLS = ["id", "kind", "full_name", "email", "phone", "phone_line_type", "address", "country", "birth_date",
                "national_id", "photo", "resume", "profiles", "employer", "created_at", "recovery_email",
                "recovery_phone", "recovery_phone_line_type", "signup_ip",
                # Ledgerline's own columns (kept by the contract as extra columns)
                "handle", "role", "kyc_level", "payout_method", "bio"]
LOGIN_COLS = ["subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome", "source_proxy", "asn",
              "network_owner", "city", "latitude", "longitude", "risk_level", "event_type", "session_id", "event_id"]
ENDPOINT_COLS = ["subject_id", "ts", "device_id", "kind", "value", "vendor_id", "product_id", "started_at", "event_id"]
PAYMENT_COLS = ["subject_id", "ts", "amount", "currency", "method", "destination", "payer", "chain", "memo",
                "onchain_next_hop", "reference"]
SHIPMENT_COLS = ["subject_id", "ts", "asset", "address", "carrier", "model"]
DOMAIN_COLS = ["domain", "company", "registered_at", "registrant_email", "ip", "nameservers", "registrar"]

# rough UTC offsets (no DST); US/CA/AU/BR by longitude
TZ_OFF = {"GB": 0, "PT": 0, "DE": 1, "FR": 1, "NL": 1, "ES": 1, "CH": 1, "PL": 1, "RS": 1, "NG": 1, "UA": 2, "IL": 2,
          "TR": 3, "KE": 3, "RU": 10, "AE": 4, "PK": 5, "IN": 5.5, "TH": 7, "VN": 7, "ID": 7, "LA": 7, "CN": 8, "SG": 8,
          "HK": 8, "TW": 8, "PH": 8, "KR": 9, "JP": 9, "AR": -3, "MX": -6, "SE": 1}
TZ_NAME_US = [(-100, "America/Los_Angeles"), (-90, "America/Denver"), (-82, "America/Chicago"), (0, "America/New_York")]

US_AREA = {"NY": ["212", "646", "917", "718", "347"], "CA": ["415", "628", "510", "213", "310", "323", "818"],
           "TX": ["512", "737", "214", "469", "972"], "FL": ["305", "786", "813", "727"], "CO": ["303", "720"],
           "WA": ["206", "425"], "IL": ["312", "773", "872"], "GA": ["404", "678", "470"], "MA": ["617", "857"],
           "AZ": ["602", "480", "623"], "TN": ["615", "629"], "OH": ["614", "380"], "OR": ["503", "971"],
           "NC": ["919", "984"], "MN": ["612", "651"], "UT": ["801", "385"], "PA": ["215", "267"], "NH": ["603"],
           "SD": ["605"]}
CA_AREA = {"Toronto": ["416", "647", "437"], "Vancouver": ["604", "778"], "Montreal": ["514", "438"],
           "Calgary": ["403", "587"], "Waterloo": ["519", "226"]}
VOIP_CARRIERS = ["Google (Grand Central) - SVR", "Bandwidth.com - SVR", "TextNow - Bandwidth", "Twilio - SVR",
                 "Onvoy Spectrum - SVR", "Telnyx - SVR"]


def iso(t):
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def sub_rng(seed, name):
    return random.Random(f"ledgerline:{seed}:{name}")


def hexid(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def b58(rng, n):
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    return "".join(rng.choice(alphabet) for _ in range(n))


def wrand(rng, weights):
    """weights: dict or list of (item, weight)."""
    items = list(weights.items()) if isinstance(weights, dict) else list(weights)
    tot = sum(w for _, w in items)
    x = rng.random() * tot
    for it, w in items:
        x -= w
        if x <= 0:
            return it
    return items[-1][0]


def rand_time(rng, a, b):
    return a + dt.timedelta(seconds=rng.random() * max(1.0, (b - a).total_seconds()))


def clamp_t(t):
    return max(START, min(END, t))


def slug(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


class Addr:
    """One network address as a login sees it."""
    __slots__ = ("ip", "asn", "owner", "cc", "city", "lat", "lon", "proxy", "kind")

    def __init__(self, ip, asn, owner, cc, city, lat, lon, proxy, kind):
        self.ip, self.asn, self.owner, self.cc, self.city = ip, asn, owner, cc, city
        self.lat, self.lon, self.proxy, self.kind = lat, lon, proxy, kind


class Device:
    __slots__ = ("id", "ua", "family")

    def __init__(self, did, ua, family):
        self.id, self.ua, self.family = did, ua, family


class World:
    """Holds the tables being built and every shared pool (networks, VPN exits, venues)."""

    def __init__(self, seed, outdir):
        self.seed = seed
        self.bundle = os.path.join(outdir, "bundle")
        os.makedirs(os.path.join(self.bundle, "photos"), exist_ok=True)
        os.makedirs(os.path.join(self.bundle, "resumes"), exist_ok=True)
        os.makedirs(os.path.join(self.bundle, "static"), exist_ok=True)
        self.rng = sub_rng(seed, "world")
        self.subjects, self.logins, self.endpoint = [], [], []
        self.payments, self.shipments, self.domains = [], [], []
        self.truth = {}
        self.ids, self.emails, self.phones, self.handles = set(), set(), set(), set()
        self.ips_used = set()
        self._photo_cache = {}
        self.dev_pool = []
        self.company_names = set()
        self._build_networks()

    # ------------------------------------------------------------------ ids
    def new_id(self, kind, rng):
        prefix = {"account": "acct_", "contractor": "acct_", "employee": "E", "applicant": "app-"}[kind]
        while True:
            if kind == "employee":
                sid = f"E{rng.randint(10000, 99999)}"
            elif kind == "applicant":
                sid = f"app-{rng.randint(100000, 999999)}"
            else:
                sid = prefix + hexid(rng, 10)
            if sid not in self.ids:
                self.ids.add(sid)
                return sid

    def add_subject(self, row, fraud, tokens):
        for c in SUBJECT_COLS:
            row.setdefault(c, "")
        self.subjects.append(row)
        toks = []
        for t in tokens:
            if t and t not in toks:
                toks.append(t)
        self.truth[row["id"]] = (1 if fraud else 0, ";".join(toks))
        return row

    # ------------------------------------------------------------------ people
    def culture_for(self, rng, cc):
        return wrand(rng, C.COUNTRIES[cc][4])

    def name(self, rng, culture):
        first, last = C.NAMES[culture]
        f, l = rng.choice(first), rng.choice(last)
        if culture in ("chinese", "korean", "vietnamese") and rng.random() < 0.15:
            return f"{l} {f}"  # family name first, as some write it
        if culture == "western" and rng.random() < 0.06:
            return f"{f} {rng.choice(string.ascii_uppercase)}. {l}"
        return f"{f} {l}"

    def handle(self, rng, name=None):
        while True:
            r = rng.random()
            if name and r < 0.45:
                parts = name.lower().replace(".", "").split()
                h = rng.choice([parts[0] + parts[-1], parts[0][0] + parts[-1], parts[0] + "_" + parts[-1],
                                parts[0] + parts[-1][:1], parts[-1] + parts[0][:2]])
                if rng.random() < 0.4:
                    h += str(rng.randint(1, 999))
            else:
                w1 = rng.choice(["0x", "", "", "crypto", "degen", "anon", "zk", "based", "ser", "gm", "the", "mr", "rekt",
                                 "sol", "eth", "defi", "chad", "pepe", "frog", "moon", "node", "hash", "block"])
                w2 = rng.choice(["builder", "dev", "wizard", "ninja", "monk", "maxi", "punk", "ape", "cat", "wolf", "fox",
                                 "otter", "sage", "smith", "hacker", "coder", "lord", "kid", "dao", "chef", "pilot",
                                 "ghost", "samurai", "ronin", "nomad", "builder", "farmer", "whale", "shrimp", "owl"])
                h = w1 + w2 + (str(rng.randint(0, 9999)) if rng.random() < 0.6 else "")
                if w1 == "0x" and rng.random() < 0.5:
                    h = "0x" + hexid(rng, 4)
                if rng.random() < 0.12:
                    h += ".eth"
            if h not in self.handles:
                self.handles.add(h)
                return h

    def email(self, rng, name, cc=None, domain=None, handle=None, style=None):
        doms = C.COUNTRIES[cc][5] if cc in C.COUNTRIES else ["gmail.com", "outlook.com"]
        dom = domain or (doms[0] if rng.random() < 0.5 else rng.choice(doms))
        parts = [p for p in name.lower().replace(".", "").replace("-", "").split() if p] if name else []
        while True:
            st = style or rng.random()
            if handle and (not parts or (isinstance(st, float) and st < 0.25)):
                local = handle.replace(".eth", "").replace(".", "")
            elif isinstance(st, float):
                if st < 0.45:
                    local = f"{parts[0]}.{parts[-1]}"
                elif st < 0.65:
                    local = f"{parts[0]}{parts[-1]}"
                elif st < 0.8:
                    local = f"{parts[0][0]}{parts[-1]}"
                else:
                    local = f"{parts[0]}{rng.randint(1, 99)}"
            else:
                local = st.format(f=parts[0], l=parts[-1], i=parts[0][0], n=rng.randint(10, 9999))
            if rng.random() < 0.25:
                local += str(rng.randint(1, 99) if rng.random() < 0.6 else rng.randint(1970, 2004))
            e = f"{local}@{dom}"
            if e not in self.emails:
                self.emails.add(e)
                return e
            style = None

    def phone(self, rng, cc, state_or_city=None, mobile=True):
        """A valid number for cc (E.164 with spaces), never one already handed out."""
        for _ in range(60):
            if cc in ("US", "CA"):
                if cc == "US":
                    area = rng.choice(US_AREA.get(state_or_city) or sum(US_AREA.values(), []))
                else:
                    area = rng.choice(CA_AREA.get(state_or_city) or sum(CA_AREA.values(), []))
                num = f"+1{area}{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}{rng.randint(0, 9999):04d}"
                if num[5:8] in ("555", "911", "411"):
                    continue
            else:
                num = self._intl(rng, cc, mobile)
                if num is None:
                    continue
            if phonenumbers is not None:
                try:
                    p = phonenumbers.parse(num)
                    if not phonenumbers.is_valid_number(p):
                        continue
                    fmt = phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
                except Exception:
                    continue
            else:
                fmt = num
            if fmt in self.phones:
                continue
            self.phones.add(fmt)
            return fmt
        raise RuntimeError(f"no phone for {cc}")

    _examples = {}

    def _intl(self, rng, cc, mobile):
        if phonenumbers is None:
            return None
        key = (cc, mobile)
        if key not in self._examples:
            t = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
            ex = phonenumbers.example_number_for_type(cc, t) or phonenumbers.example_number(cc)
            self._examples[key] = (ex.country_code, str(ex.national_number))
        code, nsn = self._examples[key]
        keep = max(1, min(3, len(nsn) - 6))
        rest = "".join(str(rng.randint(0, 9)) for _ in range(len(nsn) - keep))
        return f"+{code}{nsn[:keep]}{rest}"

    def us_address(self, rng, city=None, state=None, apt=None):
        if city is None:
            city, state, _, _ = rng.choice(C.COUNTRIES["US"][1])
        street = rng.choice(C.STREETS)
        suf = rng.choice(C.US_SUFFIX)[0]
        num = rng.randint(10, 9899)
        a = f"{num} {street} {suf}"
        if apt or (apt is None and rng.random() < 0.35):
            a += f" Apt {apt or rng.randint(1, 40)}{rng.choice(['', '', 'A', 'B'])}"
        z = C.US_ZIP3.get(state, "100") + f"{rng.randint(0, 99):02d}"
        return f"{a}, {city}, {state} {z}"

    def address(self, rng, cc, city=None):
        cities = C.COUNTRIES[cc][1]
        if city is None:
            city, region, _, _ = rng.choice(cities)
        else:
            region = next((c[1] for c in cities if c[0] == city), "")
        if cc == "US":
            return self.us_address(rng, city, region)
        cname = C.COUNTRIES[cc][0]
        if cc in C.EU_STREETS:
            st = rng.choice(C.EU_STREETS[cc])
            if cc in ("GB",):
                return f"{rng.randint(1, 220)} {st}, {city} {rng.choice('ENSWBLMC')}{rng.randint(1, 20)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJ')}{rng.choice('ABDEFGHJ')}, {cname}"
            return f"{st} {rng.randint(1, 180)}, {rng.randint(10000, 99999)} {city}, {cname}"
        if cc in ("CA", "AU"):
            return f"{rng.randint(10, 9999)} {rng.choice(C.STREETS)} {rng.choice(['St', 'Ave', 'Rd', 'Dr'])}, {city} {region}, {cname}"
        if cc == "KR":
            return f"{rng.randint(1, 300)}, {rng.choice(['Teheran-ro', 'Gangnam-daero', 'Yeoksam-ro', 'Pangyoyeok-ro', 'Haeundae-ro', 'Seongsui-ro'])} {rng.randint(1, 90)}-gil, {city}, {cname}"
        if cc == "JP":
            return f"{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {rng.choice(['Shibuya', 'Minato', 'Meguro', 'Chuo', 'Naka', 'Kita'])}, {city}, {cname}"
        if cc in ("CN", "TW", "HK"):
            return (f"No. {rng.randint(1, 999)} {rng.choice(['Zhongshan', 'Renmin', 'Jiefang', 'Nanjing', 'Heping', 'Xinhua', 'Wenhua', 'Keji'])} "
                    f"{rng.choice(['Road', 'Street', 'Avenue'])}, {rng.choice(['Heping', 'Xuhui', 'Chaoyang', 'Nanshan', 'Xihu', 'Jinjiang', 'Da-an', 'Central'])} District, {city}, {cname}")
        if cc == "VN":
            return f"{rng.randint(1, 300)} {rng.choice(['Nguyen Hue', 'Le Loi', 'Tran Hung Dao', 'Hai Ba Trung', 'Vo Van Tan', 'Bach Dang'])}, District {rng.randint(1, 12)}, {city}, {cname}"
        if cc == "IN":
            return f"{rng.randint(1, 400)}, {rng.choice(['MG Road', '5th Cross', 'Link Road', 'Ring Road', 'Nehru Nagar', 'HSR Layout Sector 2', 'Banjara Hills Road 12'])}, {city} {rng.randint(110001, 600100)}, {cname}"
        if cc in ("BR", "AR", "MX"):
            return f"{rng.choice(['Rua', 'Avenida', 'Calle', 'Av.'])} {rng.choice(['Paulista', 'Corrientes', 'Reforma', 'das Flores', 'San Martin', 'Insurgentes', 'Santa Fe'])} {rng.randint(10, 3000)}, {city}, {cname}"
        return f"{rng.randint(1, 400)} {rng.choice(C.STREETS)} {rng.choice(['Road', 'Street', 'Avenue', 'Lane'])}, {city}, {cname}"

    def national_id(self, rng, cc):
        if cc == "US":
            raw = f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
        else:
            raw = cc + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(9))
        return self.hash_id(raw)

    @staticmethod
    def hash_id(raw):
        return "sha256:" + hashlib.sha256((KYC_SALT + raw).encode()).hexdigest()[:32]

    def birth_date(self, rng, lo=1968, hi=2004):
        return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)).isoformat()

    def city_of(self, rng, cc, city=None):
        cities = C.COUNTRIES[cc][1]
        if city:
            for c in cities:
                if c[0] == city:
                    return c
        return rng.choice(cities)

    def tz_of(self, cc, lon=None):
        if cc in ("US", "CA", "BR", "AU") and lon is not None:
            if cc == "AU":
                return 10
            if cc == "BR":
                return -3
            return -8 if lon < -114 else (-7 if lon < -100 else (-6 if lon < -85 else -5))
        return TZ_OFF.get(cc, 0)

    def tz_name(self, cc, lon=None):
        if cc == "US" and lon is not None:
            return "America/Los_Angeles" if lon < -114 else ("America/Denver" if lon < -100 else (
                "America/Chicago" if lon < -85 else "America/New_York"))
        if cc == "CA" and lon is not None:
            return "America/Vancouver" if lon < -114 else ("America/Edmonton" if lon < -100 else "America/Toronto")
        return C.COUNTRIES[cc][2] if cc in C.COUNTRIES else "UTC"

    # ------------------------------------------------------------------ media
    def save_photo(self, sid, img, fmt="jpg", quality=85):
        rel = f"photos/{sid}.{fmt}"
        with open(os.path.join(self.bundle, rel), "wb") as f:
            f.write(M.encode(img, fmt, quality))
        return rel

    def save_photo_bytes(self, sid, data, fmt):
        rel = f"photos/{sid}.{fmt}"
        with open(os.path.join(self.bundle, rel), "wb") as f:
            f.write(data)
        return rel

    def static_photo(self, key, make, fmt="png"):
        """One file used by many subjects (a platform default avatar)."""
        if key not in self._photo_cache:
            rel = f"static/{key}.{fmt}"
            with open(os.path.join(self.bundle, rel), "wb") as f:
                f.write(M.encode(make(), fmt))
            self._photo_cache[key] = rel
        return self._photo_cache[key]

    def save_resume(self, sid, text, ext="txt"):
        rel = f"resumes/{sid}.{ext}"
        with open(os.path.join(self.bundle, rel), "w", encoding="utf-8") as f:
            f.write(text)
        return rel

    # ------------------------------------------------------------------ networks
    def _build_networks(self):
        r = sub_rng(self.seed, "networks")
        self.isps = {}
        for owner, asn, cc, kind, prefixes in C.ISPS:
            self.isps.setdefault((cc, kind), []).append((owner, asn, prefixes))
        self.dc = {owner: (asn, prefixes) for owner, asn, prefixes in C.DC_NETS}
        # commercial VPN exits: a few dozen per provider and country, shared by every user of that exit
        self.vpn_exits = {}
        for vpn, (nets, ccs) in C.VPNS.items():
            for cc in ccs:
                lst = []
                lo, hi = {"NordVPN": (40, 120), "ExpressVPN": (30, 90), "ProtonVPN": (30, 80), "Mullvad": (15, 50),
                          "Astrill": (12, 36)}[vpn]
                for _ in range(r.randint(lo, hi) if cc in ("US", "GB", "DE", "NL", "JP") else r.randint(lo // 3, hi // 3)):
                    owner = r.choice(nets)
                    lst.append(self._dc_addr(r, owner, cc, r.choice(C.VPN_CITY.get(cc, ["?"])), proxy="true", kind="vpn"))
                self.vpn_exits[(vpn, cc)] = lst
        # Tor exits
        self.tor_exits = [self._dc_addr(r, r.choice(list(self.dc)), r.choice(["DE", "NL", "US", "CH", "SE", "GB"]), "",
                                        proxy="true", kind="tor") for _ in range(220)]
        # venues: coworking spaces, hotels, airports, cafes (one or two public IPs, many unrelated users)
        self.venues = {}
        for cc, (cname, cities, *_rest) in C.COUNTRIES.items():
            for city, region, lat, lon in cities:
                lst = []
                for vk in ("coworking", "hotel", "cafe", "airport"):
                    for _ in range(r.randint(1, 3) if vk != "airport" else 1):
                        lst.append(self._isp_addr(r, cc, "biz" if (cc, "biz") in self.isps else "res", city, lat, lon,
                                                  kind=vk))
                self.venues[(cc, city)] = lst
        # mobile carrier pools (CGNAT: a small set of public IPs shared by many subscribers)
        self.mobile_pool = {}

    def _dc_addr(self, r, owner, cc, city, proxy="true", kind="dc"):
        asn, prefixes = self.dc[owner]
        ip = f"{r.choice(prefixes)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
        lat, lon = "", ""
        if cc in C.COUNTRIES:
            for c in C.COUNTRIES[cc][1]:
                if c[0] == city:
                    lat, lon = c[2], c[3]
        return Addr(ip, asn, owner, cc, city, lat, lon, proxy, kind)

    def _isp_addr(self, r, cc, nettype, city, lat, lon, kind="home"):
        opts = self.isps.get((cc, nettype)) or self.isps.get((cc, "res")) or self.isps.get((cc, "mob"))
        owner, asn, prefixes = r.choice(opts)
        while True:
            ip = f"{r.choice(prefixes)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
            if ip not in self.ips_used:
                self.ips_used.add(ip)
                break
        jl = (lambda v: round(v + r.uniform(-0.08, 0.08), 4)) if lat != "" else (lambda v: v)
        return Addr(ip, asn, owner, cc, city, jl(lat), jl(lon), "false", kind)

    def home_addr(self, rng, cc, city=None):
        """A household's fixed broadband address (unique)."""
        c = self.city_of(rng, cc, city)
        return self._isp_addr(rng, cc, "res", c[0], c[2], c[3], kind="home")

    def biz_addr(self, rng, cc, city=None):
        c = self.city_of(rng, cc, city)
        return self._isp_addr(rng, cc, "biz" if (cc, "biz") in self.isps else "res", c[0], c[2], c[3], kind="office")

    def mobile_addr(self, rng, cc, city=None):
        """A CGNAT address: drawn from a carrier pool, so unrelated users meet on it."""
        c = self.city_of(rng, cc, city)
        key = cc
        if key not in self.mobile_pool:
            opts = self.isps.get((cc, "mob")) or self.isps.get((cc, "res"))
            pr = sub_rng(self.seed, f"mob:{cc}")
            pool = []
            for owner, asn, prefixes in opts:
                for p in prefixes:
                    for _ in range(300):
                        pool.append((f"{p}.{pr.randint(0, 31)}.{pr.randint(2, 254)}", asn, owner))
            self.mobile_pool[key] = pool
        ip, asn, owner = rng.choice(self.mobile_pool[key])
        return Addr(ip, asn, owner, cc, c[0], round(c[2] + rng.uniform(-.1, .1), 4), round(c[3] + rng.uniform(-.1, .1), 4),
                    "false", "mobile")

    def vpn_addr(self, rng, vpn, cc=None):
        ccs = C.VPNS[vpn][1]
        cc = cc if cc in ccs else rng.choice(ccs)
        return rng.choice(self.vpn_exits[(vpn, cc)])

    def tor_addr(self, rng):
        return rng.choice(self.tor_exits)

    def venue_addr(self, rng, cc, city=None, kind=None):
        if city is None or (cc, city) not in self.venues:
            city = self.city_of(rng, cc)[0]
        lst = self.venues[(cc, city)]
        if kind:
            k = [a for a in lst if a.kind == kind]
            lst = k or lst
        return rng.choice(lst)

    def cloud_addr(self, rng, cc="US"):
        owner = rng.choice(["DigitalOcean, LLC", "Amazon.com, Inc.", "Hetzner Online GmbH", "The Constant Company, LLC"])
        return self._dc_addr(rng, owner, cc, rng.choice(C.VPN_CITY.get(cc, ["?"])), proxy="false", kind="cloud")

    def raw_addr(self, rng, owner_prefix_cc, city, lat, lon, kind="home"):
        """An address on a named ISP (operators' own networks)."""
        owner, asn, cc, prefixes = owner_prefix_cc
        ip = f"{rng.choice(prefixes)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
        return Addr(ip, asn, owner, cc, city, lat, lon, "false", kind)

    # ------------------------------------------------------------------ devices
    def device(self, rng, family=None):
        fam = family or wrand(rng, C.UA_W_DEV)
        ua = C.UAS[fam].format(v=rng.randint(118, 131), m=rng.randint(0, 6), f=rng.randint(118, 132), p=rng.randint(6, 9))
        return Device("fp_" + hexid(rng, 20), ua, fam)

    # ------------------------------------------------------------------ rows
    def add_logins(self, rng, sid, start, end, n, sources, devices, tz, *, fail=0.03, night=0.08, signup_addr=None,
                   signup_device=None):
        """n sessions between start and end.  sources: [(weight, Addr or callable(rng) -> Addr)].
        tz: the user's real UTC offset (hours): sessions follow their working day."""
        start = clamp_t(start)
        end = clamp_t(max(end, start + dt.timedelta(hours=2)))
        rows = []
        times = sorted(rand_time(rng, start, end) for _ in range(n))
        if signup_addr is not None and n:
            times[0] = start + dt.timedelta(seconds=rng.randint(5, 400))
        for i, t in enumerate(times):
            # move the hour into the user's local working day
            if rng.random() < night:
                local_h = rng.choice([0, 1, 2, 3, 22, 23, 5, 6])
            else:
                local_h = int(min(23, max(6, rng.gauss(13.5, 3.2))))
            day = (t + dt.timedelta(hours=tz)).date()
            lt = dt.datetime(day.year, day.month, day.day, local_h, rng.randint(0, 59), rng.randint(0, 59), tzinfo=UTC)
            ts = lt - dt.timedelta(hours=tz)
            if i == 0 and signup_addr is not None:
                ts, a, d = start + dt.timedelta(seconds=rng.randint(5, 400)), signup_addr, signup_device or devices[0]
            else:
                src = wrand(rng, [(s, w) for w, s in sources])
                a = src(rng) if callable(src) else src
                d = rng.choice(devices) if len(devices) > 1 and rng.random() < 0.5 else devices[0]
                if ts > END:
                    ts = END - dt.timedelta(minutes=rng.randint(1, 5000))
            outcome = "success"
            x = rng.random()
            if x < fail:
                outcome = "failure"
            elif x < fail + 0.04:
                outcome = "challenge"
            risk = "none"
            if a.kind == "tor":
                risk = "high"
            elif a.proxy == "true":
                risk = rng.choice(["medium", "low", "medium"])
            elif rng.random() < 0.05:
                risk = "low"
            rows.append({
                "subject_id": sid, "ts": iso(ts), "ip": a.ip, "device_id": d.id, "user_agent": d.ua, "country": a.cc,
                "outcome": outcome, "source_proxy": a.proxy, "asn": str(a.asn), "network_owner": a.owner,
                "city": a.city, "latitude": "" if a.lat == "" else f"{a.lat}", "longitude": "" if a.lon == "" else f"{a.lon}",
                "risk_level": risk, "event_type": "user.session.start" if rng.random() < 0.85 else "user.session.refresh",
                "session_id": "sess_" + hexid(rng, 16), "event_id": "ll:" + hexid(rng, 24)})
        self.logins.extend(rows)
        return rows

    def add_payments(self, rng, sid, start, end, n, dests, *, method, currency, payer, chain="", memo="",
                     next_hop=None, amount=(300, 6000), reference=""):
        """dests: list of destination strings (a person with several wallets rotates through them).
        next_hop: None, a string, or a callable(dest) -> string."""
        start = clamp_t(start)
        end = clamp_t(max(end, start + dt.timedelta(days=3)))
        for _ in range(n):
            d = rng.choice(dests) if len(dests) > 1 else dests[0]
            t = rand_time(rng, start, end)
            amt = round(min(amount[1], max(amount[0], rng.lognormvariate(0, 0.6) * (amount[0] + amount[1]) / 3)), 2)
            if currency == "ETH":
                amt = round(amt / 2600, 5)
            nh = next_hop(d) if callable(next_hop) else (next_hop or "")
            self.payments.append({
                "subject_id": sid, "ts": iso(t), "amount": f"{amt}", "currency": currency, "method": method,
                "destination": d, "payer": payer if isinstance(payer, str) else rng.choice(payer), "chain": chain,
                "memo": memo, "onchain_next_hop": nh, "reference": reference or ("po_" + hexid(rng, 12))})

    def add_endpoint(self, rng, sid, did, start, end, snaps, facts):
        """facts: list of (kind, value, vendor_id, product_id, started_at or None, prob per snapshot)."""
        start = clamp_t(start)
        end = clamp_t(max(end, start + dt.timedelta(days=2)))
        for _ in range(snaps):
            t = rand_time(rng, start, end)
            for kind, value, vid, pid, started, p in facts:
                if rng.random() > p:
                    continue
                st = ""
                if started is not None:
                    st = iso(max(start, t - dt.timedelta(hours=started * rng.uniform(0.6, 1.0))))
                self.endpoint.append({"subject_id": sid, "ts": iso(t), "device_id": did, "kind": kind, "value": value,
                                      "vendor_id": vid or "", "product_id": pid or "", "started_at": st,
                                      "event_id": "osq:" + hexid(rng, 20)})

    def add_shipment(self, rng, sid, t, address, model=None):
        self.shipments.append({"subject_id": sid, "ts": iso(clamp_t(t)), "asset": "LL-" + hexid(rng, 8).upper(),
                               "address": address, "carrier": rng.choice(["FedEx", "UPS", "UPS", "DHL", "USPS"]),
                               "model": model or rng.choice(["MacBook Pro 14 M3", "MacBook Pro 14 M3", "MacBook Air 13 M2",
                                                             "ThinkPad X1 Carbon Gen 11", "Dell Latitude 7440"])})

    # ------------------------------------------------------------------ wallets
    def evm(self, rng):
        return "0x" + hexid(rng, 40)

    def sol(self, rng):
        return b58(rng, 44)

    def iban(self, rng, cc):
        return f"{cc}{rng.randint(10, 99)}" + "".join(str(rng.randint(0, 9)) for _ in range(18))

    US_ROUTING = {"Chase": "021000021", "Bank of America": "026009593", "Wells Fargo": "121000248",
                  "Citibank": "021000089", "Capital One": "051405515", "US Bank": "091000022", "PNC": "043000096",
                  "TD Bank": "031101266", "Chime": "103100195", "Mercury": "084106768", "Navy Federal": "256074974"}

    def us_bank(self, rng, bank=None):
        """routing:account (the payout export carries both)."""
        bank = bank or wrand(rng, {"Chase": 18, "Bank of America": 14, "Wells Fargo": 12, "Citibank": 6, "Capital One": 7,
                                   "US Bank": 5, "PNC": 4, "TD Bank": 4, "Chime": 8, "Mercury": 9, "Navy Federal": 3})
        return f"{self.US_ROUTING[bank]}:{rng.randint(10 ** 9, 10 ** 12 - 1)}"
