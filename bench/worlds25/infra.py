"""The world object and its building blocks: time, identities, phones, addresses, networks, devices, accounts."""
import datetime as dt
import hashlib
import random

from . import data

START = dt.datetime(2024, 1, 1)
END = dt.datetime(2025, 10, 31)
SALT = "keelbank-kyc-2024"


class W:
    def __init__(self, seed, n):
        self.rng = random.Random(seed)
        self.seed = seed
        self.n = n
        self.subjects, self.truth = [], []
        self.logins, self.endpoint, self.payments, self.shipments, self.domains = [], [], [], [], []
        self.photos = {}          # relative path -> face spec
        self.used = set()
        self.seq = 0
        self.cache = {}
        self.city_w = data.CITY_WEIGHTS
        self.payers = []
        self.ids = None

    # ---------- unique tokens
    def uniq(self, f):
        for _ in range(1000):
            v = f()
            if v not in self.used:
                self.used.add(v)
                return v
        raise RuntimeError("no unique value")

    def hexid(self, n=16):
        return self.uniq(lambda: "%0*x" % (n, self.rng.getrandbits(4 * n)))

    def pick(self, seq, weights=None):
        if weights is None:
            return seq[self.rng.randrange(len(seq))]
        return self.rng.choices(seq, weights=weights)[0]

    def chance(self, p):
        return self.rng.random() < p

    # ---------- time
    def rand_time(self, a=START, b=END):
        s = (b - a).total_seconds()
        return a + dt.timedelta(seconds=self.rng.random() * max(s, 1))


def iso(t, style=0):
    if style == 1:
        return t.strftime("%Y-%m-%d %H:%M:%S")
    if style == 2:
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)
    if style == 3:
        return t.strftime("%Y-%m-%d %H:%M:%S") + " UTC"
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------- identities
def origin(w):
    ks = list(data.ORIGIN_WEIGHTS)
    return w.pick(ks, [data.ORIGIN_WEIGHTS[k] for k in ks])


def name(w, org=None):
    org = org or origin(w)
    firsts, lasts = data.NAMES[org]
    return w.pick(firsts), w.pick(lasts), org


def ssn_hash(ssn):
    return "sha256:" + hashlib.sha256((SALT + ssn).encode()).hexdigest()[:32]


def new_ssn(w):
    def f():
        a = w.rng.randint(1, 899)
        while a == 666:
            a = w.rng.randint(1, 899)
        return "%03d%02d%04d" % (a, w.rng.randint(1, 99), w.rng.randint(1, 9999))
    return w.uniq(f)


def passport_hash(w, country):
    def f():
        return "%s-P%08d" % (country, w.rng.randint(10 ** 7, 10 ** 8 - 1))
    return ssn_hash(w.uniq(f))


def birth(w, lo=1962, hi=2004):
    return dt.date(w.rng.randint(lo, hi), w.rng.randint(1, 12), w.rng.randint(1, 28))


def city(w):
    return w.pick(data.US_CITIES, w.city_w)


def street_addr(w, c, apt=None):
    num = w.rng.randint(10, 9899)
    st = w.pick(data.STREETS)
    ab, full = w.pick(data.STREET_TYPES)
    zipc = c[2] + "%02d" % w.rng.randint(1, 99)
    return {"num": num, "street": st, "type": (ab, full), "apt": apt, "city": c[0], "state": c[1], "zip": zipc,
            "cityrec": c}


def fmt_addr(a, style=0):
    """Render a structured address as a person types it."""
    if a.get("raw"):
        return a["raw"] if style % 2 == 0 else a["raw"].upper()
    ab, full = a["type"]
    unit = ""
    if a["apt"]:
        unit = [" Apt %s", " #%s", ", Apt %s", " Unit %s", " APT %s"][style % 5] % a["apt"]
    if style == 0:
        return "%d %s %s%s, %s, %s %s" % (a["num"], a["street"], ab, unit, a["city"], a["state"], a["zip"])
    if style == 1:
        return "%d %s %s%s, %s %s %s" % (a["num"], a["street"], full, unit, a["city"], a["state"], a["zip"])
    if style == 2:
        return ("%d %s %s%s %s %s %s" % (a["num"], a["street"], ab, unit, a["city"], a["state"], a["zip"])).upper()
    if style == 3:
        return "%d %s %s.%s, %s, %s %s-%04d" % (a["num"], a["street"], ab, unit, a["city"], a["state"], a["zip"],
                                                (a["num"] * 7 + len(a["street"])) % 10000)
    return "%d %s %s%s, %s, %s, %s, USA" % (a["num"], a["street"], full, unit, a["city"], a["state"], a["zip"])


def us_phone(w, c=None, voip=False):
    c = c or city(w)
    def f():
        ac = w.pick(c[3])
        ex = w.rng.randint(201, 989)
        while ex % 100 == 11 or ex == 555:
            ex = w.rng.randint(201, 989)
        return "%s%03d%04d" % (ac, ex, w.rng.randint(0, 9999))
    return {"digits": w.uniq(f), "country": "US", "type": "voip" if voip else "mobile"}


def intl_phone(w, cc):
    pat = w.pick(data.INTL_PHONE[cc])
    def f():
        return "".join(str(w.rng.randint(0, 9)) if ch == "#" else str(w.rng.randint(2, 9)) if ch == "@" else ch for ch in pat)
    return {"raw": w.uniq(f), "country": cc, "type": "mobile"}


def fmt_phone(p, style=0):
    if p is None:
        return ""
    if "raw" in p:
        return p["raw"]
    d = p["digits"]
    return ["+1" + d, "(%s) %s-%s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:]),
            "%s.%s.%s" % (d[:3], d[3:6], d[6:]), "+1 %s %s %s" % (d[:3], d[3:6], d[6:]), "1-%s-%s-%s" % (d[:3], d[3:6], d[6:])][style % 6]


LINE_TYPE_SPELL = {"voip": ["voip", "nonFixedVoip", "VOIP", "non_fixed_voip"], "mobile": ["mobile", "MOBILE", "Mobile"],
                   "landline": ["landline", "fixedLine", "LANDLINE"]}


def line_type(w, p):
    if p is None:
        return ""
    t = p["type"]
    sp = LINE_TYPE_SPELL.get(t, [t])
    if t == "voip" and w.chance(0.5):
        return "nonFixedVoip"
    return sp[0] if w.chance(0.8) else w.pick(sp)


def email_for(w, first, last, dom=None, year=None):
    if dom is None:
        doms = data.EMAIL_DOMAINS
        dom = w.pick([d for d, _ in doms], [x for _, x in doms])
    f = first.lower().replace(" ", "").replace("-", "")
    l = last.lower().replace(" ", "").replace("-", "")
    def g():
        style = w.rng.randrange(7)
        n = w.rng.randint(1, 999)
        loc = [f + "." + l, f + l + str(n), f[0] + l, f + "_" + l + str(n % 100), l + f[0] + str(n),
               f + "." + l + str(year % 100 if year else n), f + str(n)][style]
        return loc + "@" + dom
    return w.uniq(g)


# ---------- networks
class Net:
    __slots__ = ("kind", "ips", "asn", "owner", "city", "country", "lat", "lon", "proxy", "gw", "ssid")

    def __init__(self, kind, ips, asn, owner, city, country, lat, lon, proxy=False, gw=None, ssid=None):
        self.kind, self.ips, self.asn, self.owner = kind, ips, asn, owner
        self.city, self.country, self.lat, self.lon, self.proxy = city, country, lat, lon, proxy
        self.gw, self.ssid = gw, ssid


def _ip(w, prefix):
    return w.uniq(lambda: "%s.%d.%d" % (prefix, w.rng.randint(0, 255), w.rng.randint(1, 254)))


def mac(w):
    return w.uniq(lambda: ":".join("%02x" % w.rng.randint(0, 255) for _ in range(6)))


def home_net(w, c, ssid=None):
    owner = w.pick(list(data.RESIDENTIAL_ISP), [30, 22, 18, 12, 8, 5, 3])
    asn, prefs = data.RESIDENTIAL_ISP[owner]
    pre = w.pick(prefs)
    ips = [_ip(w, pre) for _ in range(w.pick([1, 1, 2, 2, 3]))]
    ssid = ssid or w.pick(["NETGEAR", "xfinitywifi-home", "ATT", "Spectrum", "MyHome", "TP-Link_", "Linksys", "FiOS-"]) + \
        "%02X%02X" % (w.rng.randint(0, 255), w.rng.randint(0, 255))
    return Net("home", ips, asn, owner, c[0], "US", c[5], c[6], False, mac(w), ssid)


def cgnat(w, c, carrier=None):
    carrier = carrier or w.pick(list(data.MOBILE_CARRIER), [45, 35, 20])
    key = ("cgnat", carrier, c[0])
    if key not in w.cache:
        asn, prefs = data.MOBILE_CARRIER[carrier]
        w.cache[key] = Net("cgnat", [_ip(w, w.pick(prefs)) for _ in range(24)], asn, carrier, c[0], "US", c[5], c[6])
    return w.cache[key]


def vpn(w, provider=None, country="US"):
    provs = list(data.VPN_PROVIDERS)
    provider = provider or w.pick(provs, [data.VPN_PROVIDERS[p][2] for p in provs])
    key = ("vpn", provider, country)
    if key not in w.cache:
        asn, prefs, _ = data.VPN_PROVIDERS[provider]
        cities = {"US": ("Los Angeles", 34.05, -118.24), "JP": ("Tokyo", 35.68, 139.69), "GB": ("London", 51.5, -0.12),
                  "DE": ("Frankfurt", 50.11, 8.68), "SG": ("Singapore", 1.35, 103.82), "HK": ("Hong Kong", 22.3, 114.2)}
        cy, la, lo = cities.get(country, cities["US"])
        w.cache[key] = Net("vpn", [_ip(w, w.pick(prefs)) for _ in range(30)], asn, provider, cy, country, la, lo, True)
    return w.cache[key]


def vps(w, provider=None):
    provider = provider or w.pick(list(data.VPS_PROVIDERS))
    asn, prefs = data.VPS_PROVIDERS[provider]
    return Net("vps", [_ip(w, w.pick(prefs))], asn, provider, w.pick(["Ashburn", "Newark", "Dallas", "Santa Clara"]),
               "US", 39.04, -77.49, w.chance(0.6))


def res_proxy(w):
    """A residential proxy: a different US home address almost every time, not flagged as proxy."""
    owner = w.pick(data.RESIDENTIAL_PROXY_OWNER)
    asn, prefs = data.RESIDENTIAL_ISP[owner]
    c = city(w)
    return Net("resproxy", [_ip(w, w.pick(prefs)) for _ in range(40)], asn, owner, c[0], "US", c[5], c[6], False)


def foreign_net(w, cc):
    owner, asn, prefs, tz, cy, la, lo = data.FOREIGN_ISP[cc]
    return Net("foreign", [_ip(w, w.pick(prefs)) for _ in range(2)], asn, owner, cy, cc, la, lo, False,
               mac(w), "wifi-%04d" % w.rng.randint(0, 9999))


def foreign_mobile(w, cc):
    key = ("fmob", cc)
    if key not in w.cache:
        owner, asn, prefs, tz, cy, la, lo = data.FOREIGN_ISP[cc]
        w.cache[key] = Net("cgnat", [_ip(w, w.pick(prefs)) for _ in range(20)], asn, owner, cy, cc, la, lo)
    return w.cache[key]


def office_net(w, c, owner_name, kind="office", nips=2):
    owner = w.pick(list(data.RESIDENTIAL_ISP)[:4])
    asn, prefs = data.RESIDENTIAL_ISP[owner]
    return Net(kind, [_ip(w, w.pick(prefs)) for _ in range(nips)], asn, owner_name, c[0], "US", c[5], c[6], False,
               mac(w), owner_name.split()[0] + "-Guest")


# ---------- devices
def ua_for(model, platform):
    if platform == "ios":
        return "Keelbank/%s (%s; iOS 17.%d)" % ("5.%d.0" % (len(model) % 9 + 10), model, len(model) % 6)
    if platform == "android":
        return "Keelbank/%s (Android 14; %s)" % ("5.%d.1" % (len(model) % 9 + 10), model)
    if platform == "mac":
        return "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15"
    return "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/12%d.0.0.0 Safari/537.36" % (len(model) % 9)


def device(w, tz, keyboards=("en-US",), platform=None, procs=(), model=None):
    platform = platform or w.pick(["ios", "android", "mac", "win"], [44, 30, 12, 14])
    if model is None:
        if platform == "ios":
            model = w.pick(data.IPHONES)
        elif platform == "android":
            model = w.pick(data.ANDROIDS)
        elif platform == "mac":
            model = w.pick([m for m in data.LAPTOPS if m.startswith("Mac")])
        else:
            model = w.pick([m for m in data.LAPTOPS if not m.startswith("Mac")])
    return {"id": ("kbd-" if platform in ("ios", "android") else "web-") + w.hexid(20), "platform": platform,
            "model": model, "ua": ua_for(model, platform), "tz": tz, "kb": list(keyboards), "procs": list(procs)}


# ---------- accounts
def new_account_number(w):
    return "KB" + w.uniq(lambda: "%010d" % w.rng.randint(0, 10 ** 10 - 1))


def ext_bank(w, bank=None):
    bank = bank or w.pick(["021000021", "026009593", "121000248", "111000025", "031176110", "071000013", "322271627"])
    return ("bank", "ext:%s:%s" % (bank, w.uniq(lambda: "%011d" % w.rng.randint(0, 10 ** 11 - 1))))


def wallet(w, handle_base=None):
    svc = w.pick(["paypal", "wise", "venmo", "cashapp", "payoneer"], [40, 20, 15, 15, 10])
    return ("wallet", "%s:%s" % (svc, w.uniq(lambda: (handle_base or "user") + "%05d" % w.rng.randint(0, 99999))))


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def crypto(w, chain=None):
    chain = chain or w.pick(["TRON", "ETH", "BTC"], [55, 30, 15])
    if chain == "TRON":
        v = "T" + "".join(w.pick(B58) for _ in range(33))
    elif chain == "ETH":
        v = "0x" + "%040x" % w.rng.getrandbits(160)
    else:
        v = "bc1q" + "".join(w.pick("qpzry9x8gf2tvdw0s3jn54khce6mua7l") for _ in range(38))
    return ("crypto", "%s:%s" % (chain, w.uniq(lambda: v)))
