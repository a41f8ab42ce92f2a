"""Shared machinery: networks (homes, carriers, VPNs, relays, proxies), devices, names, contact details, formats."""
import datetime as dt
import hashlib
import unicodedata
from zoneinfo import ZoneInfo

from . import data

T0 = dt.datetime(2025, 1, 6, tzinfo=dt.timezone.utc)
T1 = dt.datetime(2025, 11, 28, tzinfo=dt.timezone.utc)
SPAN_DAYS = (T1 - T0).days
_ZONES = {}


def zone(name):
    z = _ZONES.get(name)
    if z is None:
        z = _ZONES[name] = ZoneInfo(name)
    return z


def utc_offset_h(tzname, when=None):
    when = when or dt.datetime(2025, 6, 1)
    return zone(tzname).utcoffset(when.replace(tzinfo=None)).total_seconds() / 3600


def hexid(rng, n=16):
    return "%0*x" % (n, rng.getrandbits(4 * n))


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ø", "o")


def ip_from(prefix, rng):
    parts = prefix.split(".")
    if parts[-1] == "":
        parts = parts[:-1]
    else:
        p = parts[-1]
        cands = [int(p + str(d)) for d in range(10) if int(p + str(d)) <= 255] or [int(p)]
        parts[-1] = str(rng.choice(cands))
    while len(parts) < 4:
        parts.append(str(rng.randint(1, 254)))
    return ".".join(parts)


def ip6_from(prefix, rng):
    groups = [g for g in prefix.split(":") if g]
    while len(groups) < 8:
        groups.append("%x" % rng.randrange(1, 0xFFFF))
    return ":".join(groups)


class Net:
    """A place a subject's traffic leaves from: a fixed pool of addresses, or fresh ones each time (proxies)."""
    __slots__ = ("kind", "asn", "owner", "country", "city", "lat", "lon", "ips", "prefixes", "proxy_p", "tz")

    def __init__(self, kind, asn, owner, country, city, lat, lon, ips=None, prefixes=None, proxy_p=0.0, tz=None):
        self.kind, self.asn, self.owner, self.country, self.city = kind, asn, owner, country, city
        self.lat, self.lon, self.ips, self.prefixes, self.proxy_p, self.tz = lat, lon, ips, prefixes, proxy_p, tz

    def pick(self, rng):
        if self.ips:
            return self.ips[0] if len(self.ips) == 1 or rng.random() < 0.55 else rng.choice(self.ips)
        return ip_from(rng.choice(self.prefixes), rng)


def place(country, rng, city=None):
    c = data.COUNTRIES[country]
    if city:
        for p in c["places"]:
            if p[0] == city:
                return p
    return rng.choice(c["places"])


def home_net(rng, country, city_row, n_ips=None, kind="home"):
    c = data.COUNTRIES[country]
    asn, owner, prefixes = rng.choice(c["isps"])
    n = n_ips or rng.choice([1, 1, 2, 2, 3])
    ips = [ip_from(rng.choice(prefixes), rng) for _ in range(n)]
    return Net(kind, asn, owner, country, city_row[0], city_row[2] + rng.uniform(-0.08, 0.08), city_row[3] + rng.uniform(-0.08, 0.08), ips=ips, tz=city_row[1])


class Pools:
    """Egress pools shared by unrelated people: carrier-grade NAT, VPN exits, relays, corporate SSE."""

    def __init__(self, rng):
        self.rng = rng
        self.cgnat = {}
        self.vpn = {}
        vpn_cities = [("New York", "US", 40.71, -74.0), ("Los Angeles", "US", 34.05, -118.24), ("Dallas", "US", 32.78, -96.8), ("Chicago", "US", 41.88, -87.63),
                      ("Miami", "US", 25.76, -80.19), ("Seattle", "US", 47.61, -122.33), ("Atlanta", "US", 33.75, -84.39), ("Amsterdam", "NL", 52.37, 4.9),
                      ("Frankfurt", "DE", 50.11, 8.68), ("London", "GB", 51.51, -0.13), ("Tokyo", "JP", 35.68, 139.69), ("Singapore", "SG", 1.35, 103.82),
                      ("Toronto", "CA", 43.65, -79.38), ("Warsaw", "PL", 52.23, 21.01)]
        for key, (asn, owner, prefixes, size, pp) in list(data.VPNS.items()) + list(data.RELAYS.items()) + list(data.CORP_SSE.items()):
            exits = []
            for _ in range(size):
                city = rng.choice(vpn_cities) if not key.startswith("astrill") else rng.choice(vpn_cities[:7] + vpn_cities[10:12])
                exits.append(Net("vpn" if key in data.VPNS else ("relay" if key in data.RELAYS else "sse"), asn, owner, city[1], city[0], city[2], city[3],
                                 ips=[ip_from(rng.choice(prefixes), rng)], proxy_p=pp))
            self.vpn[key] = exits

    def carrier(self, country, rng):
        """A carrier's CGNAT: a person's phone sees a handful of a shared pool's addresses."""
        c = data.COUNTRIES[country]
        mobs = c["mobile"]
        idx = rng.randrange(len(mobs))
        key = (country, idx)
        pool = self.cgnat.get(key)
        if pool is None:
            asn, owner, prefixes, v6 = mobs[idx]
            pool = self.cgnat[key] = [ip_from(rng.choice(prefixes), self.rng) for _ in range(300)]
        asn, owner, prefixes, v6 = mobs[idx]
        ips = rng.sample(pool, 5)
        if v6 and rng.random() < 0.5:
            ips = [ip6_from(v6, rng) for _ in range(2)] + ips[:3]
        return asn, owner, ips

    def mobile_net(self, country, city_row, rng):
        asn, owner, ips = self.carrier(country, rng)
        return Net("mobile", asn, owner, country, city_row[0], city_row[2], city_row[3], ips=ips, tz=city_row[1])

    def vpn_net(self, key, rng, n=4):
        exits = rng.sample(self.vpn[key], n)
        return exits  # list of Nets, each one exit


def hosting_net(rng, city=("New York", "US", 40.71, -74.0), n=1):
    asn, owner, prefixes = rng.choice(data.HOSTING)
    return Net("hosting", asn, owner, city[1], city[0], city[2], city[3], ips=[ip_from(rng.choice(prefixes), rng) for _ in range(n)], proxy_p=0.35)


def resi_proxy_net(rng, country="US"):
    c = data.COUNTRIES[country]
    asn, owner, prefixes = rng.choice(c["isps"])
    city = rng.choice(c["places"])
    return Net("resiproxy", asn, owner, country, city[0], city[2], city[3], prefixes=prefixes, proxy_p=0.25)


class Dev:
    __slots__ = ("id", "ua", "plat", "tz", "kb", "display", "system", "procs", "extras")

    def __init__(self, id, ua, plat, tz, kb, display, system, procs=None):
        self.id, self.ua, self.plat, self.tz, self.kb, self.display, self.system = id, ua, plat, tz, kb, display, system
        self.procs = procs or []
        self.extras = {}


KEYBOARDS = {"US": "en-US", "CA": "en-US", "GB": "en-GB", "IN": "en-US", "PL": "pl-PL", "UA": "uk-UA", "BR": "pt-BR", "MX": "es-MX", "AR": "es-AR",
             "CO": "es-CO", "PH": "en-US", "NG": "en-US", "PK": "en-US", "DE": "de-DE", "KR": "ko-KR", "CN": "zh-CN", "VN": "vi-VN", "TW": "zh-TW",
             "JP": "ja-JP", "SG": "en-US", "RO": "ro-RO", "RS": "sr-Latn-RS", "PT": "pt-PT", "EG": "ar-EG", "KE": "en-US", "TR": "tr-TR", "ES": "es-ES"}


def make_dev(rng, tz, country, kind=None, mobile=False, name_hint=None):
    if mobile:
        kind = rng.choice(["iphone", "android"])
    if kind is None:
        kind = weighted(rng, data.UA_WEIGHTS[:8])
    v = rng.choice([128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142])
    ua = data.UAS[kind].format(v=v, f=rng.choice([128, 131, 133, 135, 137, 139, 141, 143]), s=rng.choice(["17.6", "18.1", "18.3", "18.5", "26.0"]), i=rng.randint(0, 6))
    plat = "mac" if kind.startswith("mac") or kind == "iphone" else ("win" if kind.startswith("win") else ("linux" if kind.startswith("linux") else "android"))
    kb = KEYBOARDS.get(country, "en-US")
    if country not in ("US", "GB", "CA") and rng.random() < 0.35:
        kb = "en-US"
    if plat == "mac":
        system = rng.choice(["MacBookPro18,3", "MacBookPro18,1", "Mac15,6", "MacBookAir10,1", "Mac14,2", "iMac21,1"]) if kind != "iphone" else "iPhone15,2"
    elif plat == "win":
        system = "DESKTOP-" + hexid(rng, 7).upper() if rng.random() < 0.7 else (name_hint or "LAPTOP") + "-PC"
    elif plat == "linux":
        system = rng.choice(["ubuntu", "fedora", "archlinux", "pop-os", "debian"]) + ("-" + (name_hint or "dev").lower() if rng.random() < 0.5 else "")
    else:
        system = rng.choice(["Pixel 8", "SM-S918B", "SM-A546E", "moto g84", "Redmi Note 13"])
    display = None if mobile else ("Built-in Retina Display" if plat == "mac" and rng.random() < 0.5 else rng.choice(data.MONITORS))
    return Dev("fp-" + hexid(rng, 20), ua, plat, tz, kb, display, system)


def weighted(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for k, w in pairs:
        x -= w
        if x < 0:
            return k
    return pairs[-1][0]


def person_name(rng, country, pool=None):
    c = data.COUNTRIES[country]
    pool = pool or weighted(rng, c["names"])
    first, last = data.NAMES[pool]
    return rng.choice(first), rng.choice(last), pool


def display_name(rng, first, last, pool, country):
    """How the name lands in the export: native script now and then, mixed case, middle initials."""
    r = rng.random()
    if pool in data.NATIVE and country in ("KR", "CN", "UA") and last in data.NATIVE[pool] and r < 0.25:
        g = rng.choice(data.NATIVE_GIVEN[pool])
        return data.NATIVE[pool][last] + g if pool in ("kr", "cn") else g + " " + data.NATIVE[pool][last]
    if pool in ("kr", "cn", "tw") and country in ("KR", "CN", "TW") and r < 0.45:
        return f"{last.upper()} {first}"
    if r < 0.05:
        return f"{first} {last}".upper()
    if r < 0.08:
        return f"{first} {last}".lower()
    if r < 0.16:
        return f"{first} {chr(65 + rng.randrange(26))}. {last}"
    if r < 0.19:
        return f"{last}, {first}"
    return f"{first} {last}"


FREE_MAIL = [("gmail.com", 55), ("outlook.com", 8), ("hotmail.com", 5), ("yahoo.com", 7), ("icloud.com", 6), ("proton.me", 4), ("protonmail.com", 1),
             ("aol.com", 1), ("live.com", 2), ("mail.com", 1), ("zoho.com", 1)]
LOCAL_MAIL = {"IN": ["rediffmail.com", "gmail.com"], "PL": ["wp.pl", "o2.pl", "onet.pl"], "UA": ["ukr.net", "i.ua"], "BR": ["uol.com.br", "bol.com.br"],
              "DE": ["gmx.de", "web.de", "t-online.de"], "KR": ["naver.com", "daum.net", "kakao.com"], "CN": ["qq.com", "163.com", "126.com"],
              "JP": ["yahoo.co.jp", "docomo.ne.jp"], "RU": ["yandex.ru"], "TR": ["yandex.com.tr"], "TW": ["yahoo.com.tw"], "MX": ["prodigy.net.mx"], "GB": ["btinternet.com"]}


def email_for(rng, first, last, country, domain=None, style=None):
    f, l = fold(first).lower().replace(" ", "").replace("'", "").replace("-", ""), fold(last).lower().replace(" ", "").replace("'", "")
    if not f:
        f = "user"
    if not l:
        l = "x"
    style = style if style is not None else rng.randrange(9)
    n = rng.randint(1, 99)
    y = rng.randint(70, 2005) % 100
    local = [f"{f}.{l}", f"{f}{l}{n}", f"{f[0]}{l}", f"{f}_{l}", f"{f}.{l}{y:02d}", f"{l}.{f}", f"{f}{l}", f"{f}.{l}.dev", f"{f}{l[0]}{n}"][style % 9]
    if domain is None:
        if country in LOCAL_MAIL and rng.random() < 0.25:
            domain = rng.choice(LOCAL_MAIL[country])
        else:
            domain = weighted(rng, FREE_MAIL)
    e = f"{local}@{domain}"
    if rng.random() < 0.04:
        e = e[0].upper() + e[1:]
    return e


# national mobile numbers (libphonenumber's example numbers): the first digits are kept, the rest drawn
MOBILE_EXAMPLE = {"GB": "7400123456", "IN": "8123456789", "PL": "512345678", "UA": "501234567", "BR": "11961234567", "MX": "2221234567", "AR": "91123456789",
                  "CO": "3211234567", "PH": "9051234567", "NG": "8021234567", "PK": "3012345678", "DE": "15123456789", "KR": "1020000000", "CN": "13123456789",
                  "VN": "912345678", "TW": "912345678", "JP": "9012345678", "SG": "81234567", "RO": "712034567", "RS": "601234567", "PT": "912345678",
                  "EG": "1001234567", "KE": "712123456", "TR": "5012345678", "ES": "612345678"}
TRUNK0 = {"GB", "IN", "UA", "PK", "NG", "PH", "KR", "JP", "TW", "VN", "CN", "TR", "EG", "KE", "RO", "RS", "DE"}


def phone_digits(rng, country, city=None, voip=False):
    """E.164 digits without '+' for a number in that country."""
    c = data.COUNTRIES[country]
    cc = c["cc"]
    if country in ("US", "CA"):
        if country == "US":
            area = rng.choice(data.US_AREA.get(city) or data.US_AREA["Chicago"])
        else:
            area = rng.choice(["416", "647", "604", "778", "514", "403", "519"])
        return cc + area + str(rng.randint(2, 9)) + "%06d" % rng.randrange(10 ** 6)
    ex = MOBILE_EXAMPLE.get(country, "912345678")
    pre = ex[:4] if country in ("CO", "EG", "TR", "PK", "PT", "MX", "AR", "DE", "GB", "CN", "JP") else ex[:3]
    n = len(ex) - len(pre)
    return cc + pre + "".join(str(rng.randrange(10)) for _ in range(n))


def fmt_phone(rng, digits, country, same_country=True):
    """The same number as people and systems write it."""
    cc = data.COUNTRIES[country]["cc"]
    if not digits.startswith(cc):
        return "+" + digits if rng.random() < 0.7 else "+%s %s" % (digits[:1] if digits[0] == "1" else digits[:2], digits[1:] if digits[0] == "1" else digits[2:])
    nat = digits[len(cc):]
    r = rng.random()
    if country in ("US", "CA"):
        a, b, c = nat[:3], nat[3:6], nat[6:]
        opts = [f"+1{nat}", f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"+1 {a} {b} {c}", f"{a}.{b}.{c}", f"1-{a}-{b}-{c}", f"+1 ({a}) {b}-{c}", f"{a}{b}{c}"]
        w = [30, 20, 18, 10, 8, 4, 6, 4]
        k = weighted(rng, list(zip(range(len(opts)), w)))
        s = opts[k]
        if not same_country and not s.startswith("+"):
            s = f"+1{nat}"
        return s
    if r < 0.5 or not same_country:
        return f"+{cc}{nat}" if r < 0.3 else f"+{cc} {nat[:3]} {nat[3:6]} {nat[6:]}".strip()
    if r < 0.8:
        return ("0" + nat) if country in TRUNK0 and country != "IN" else nat
    return f"+{cc}-{nat}"


STREET_STYLE = {"PL": "ul. {s} {n}", "DE": "{s}straße {n}", "ES": "Calle {s} {n}", "MX": "Calle {s} {n}", "AR": "Av. {s} {n}", "CO": "Carrera {n} # {s}",
                "BR": "Rua {s}, {n}", "PT": "Rua {s} {n}", "UA": "вул. {s}, {n}", "RS": "{s} {n}", "RO": "Strada {s} {n}", "TR": "{s} Sokak No:{n}",
                "FR": "{n} rue {s}"}
LOCAL_STREETS = {"PL": ["Długa", "Floriańska", "Marszałkowska", "Piękna", "Lipowa", "Ogrodowa"], "DE": ["Haupt", "Linden", "Garten", "Schiller", "Berg"],
                 "ES": ["Mayor", "Real", "del Sol", "Alcalá"], "MX": ["Reforma", "Juárez", "Hidalgo", "Morelos"], "AR": ["Corrientes", "Santa Fe", "Rivadavia"],
                 "CO": ["45-12", "70-31", "10-22"], "BR": ["das Flores", "Augusta", "XV de Novembro", "da Consolação"], "PT": ["Augusta", "das Flores", "do Ouro"],
                 "UA": ["Хрещатик", "Шевченка", "Франка", "Саксаганського"], "RS": ["Knez Mihailova", "Bulevar oslobođenja", "Nemanjina"],
                 "RO": ["Victoriei", "Mihai Eminescu", "Republicii"], "TR": ["Bağdat", "Atatürk", "Cumhuriyet"]}


def make_address(rng, country, city_row):
    city = city_row[0]
    if country in STREET_STYLE and country in LOCAL_STREETS:
        street = STREET_STYLE[country].format(s=rng.choice(LOCAL_STREETS[country]), n=rng.randint(1, 180))
    else:
        street = f"{rng.randint(10, 9899)} {rng.choice(data.STREETS)}"
    unit = ""
    if rng.random() < 0.35:
        unit = str(rng.randint(1, 40)) + (rng.choice(["", "A", "B"]) if country in ("US", "CA") else "")
    if country == "US":
        st, z3 = data.US_STATES.get(city, ("IL", "606"))
        postcode = z3 + "%02d" % rng.randint(1, 99)
        state = st
    elif country == "CA":
        state = {"Toronto": "ON", "Waterloo": "ON", "Vancouver": "BC", "Montreal": "QC", "Calgary": "AB"}.get(city, "ON")
        postcode = f"{chr(65 + rng.randrange(26))}{rng.randint(0, 9)}{chr(65 + rng.randrange(26))} {rng.randint(0, 9)}{chr(65 + rng.randrange(26))}{rng.randint(0, 9)}"
    else:
        state = ""
        postcode = str(rng.randint(10000, 99999)) if country not in ("GB", "PL", "PT") else (
            f"{chr(65 + rng.randrange(26))}{rng.randint(1, 20)} {rng.randint(1, 9)}{chr(65 + rng.randrange(26))}{chr(65 + rng.randrange(26))}" if country == "GB"
            else (f"{rng.randint(0, 99):02d}-{rng.randint(0, 999):03d}" if country == "PL" else f"{rng.randint(1000, 9999)}-{rng.randint(0, 999):03d}"))
    return dict(street=street, unit=unit, city=city, state=state, postcode=postcode, country=country)


ABBR = [("Street", "St"), ("Avenue", "Ave"), ("Drive", "Dr"), ("Road", "Rd"), ("Lane", "Ln"), ("Boulevard", "Blvd"), ("Court", "Ct")]


def fmt_address(rng, a, style=None):
    """One address written several ways (abbreviations, unit marks, case, commas, country name)."""
    style = rng.randrange(8) if style is None else style
    street = a["street"]
    if style in (2, 5):
        for full, ab in ABBR:
            if street.endswith(" " + ab):
                street = street[: -len(ab)] + full
    unit = ""
    if a["unit"]:
        unit = [f", Apt {a['unit']}", f" #{a['unit']}", f" Apt. {a['unit']}", f", Unit {a['unit']}", f" Apt {a['unit']}"][style % 5] if a["country"] in ("US", "CA") else f"/{a['unit']}"
    if a["country"] in ("US", "CA"):
        s = f"{street}{unit}, {a['city']}, {a['state']} {a['postcode']}"
        if style == 3:
            s = s.replace(",", "")
        if style == 4:
            s = s.upper()
        if style == 6:
            s += ", USA" if a["country"] == "US" else ", Canada"
        if style == 7:
            s = s.replace(f", {a['state']}", f" {a['state']}")
        return s
    s = f"{street}{unit}, {a['postcode']} {a['city']}"
    if style in (3, 6):
        s += ", " + {"GB": "United Kingdom", "PL": "Poland", "DE": "Germany", "UA": "Ukraine", "BR": "Brazil", "IN": "India"}.get(a["country"], a["country"])
    if style == 4:
        s = s.upper()
    if a["country"] in ("IN", "PH", "NG", "KE", "PK", "EG", "SG", "VN", "KR", "CN", "JP", "TW"):
        s = f"{street}{(' Flat ' + a['unit']) if a['unit'] else ''}, {a['city']} {a['postcode']}"
    return s


def iso(ts, style=0, tzname=None):
    """Timestamps as the different sources write them (all valid ISO 8601 shapes)."""
    if style == 0:
        return ts.strftime("%Y-%m-%dT%H:%M:%SZ")
    if style == 1:
        return ts.strftime("%Y-%m-%d %H:%M:%S")
    if style == 2:
        return ts.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (ts.microsecond // 1000)
    if style == 3 and tzname:
        loc = ts.astimezone(zone(tzname))
        off = loc.strftime("%z")
        return loc.strftime("%Y-%m-%dT%H:%M:%S") + off[:3] + ":" + off[3:]
    if style == 4 and tzname:
        loc = ts.astimezone(zone(tzname))
        return loc.strftime("%Y-%m-%d %H:%M") + " " + tzname
    return ts.strftime("%Y-%m-%dT%H:%M:%SZ")


def salted(kind, value):
    return hashlib.sha256(("assessly-t&s-2025|" + kind + "|" + value).encode()).hexdigest()[:32]


def ssn(rng):
    return "%03d-%02d-%04d" % (rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999))


def birth(rng, lo=1968, hi=2003):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def rand_ts(rng, a=None, b=None):
    a = a or T0
    b = b or T1
    return a + dt.timedelta(seconds=rng.randrange(max(1, int((b - a).total_seconds()))))


def mac(rng, oui=None):
    oui = oui or rng.choice(["a4:2b:b0", "3c:37:86", "f0:9f:c2", "b0:be:76", "74:ac:b9", "c4:41:1e", "50:c7:bf", "e4:f0:42", "94:83:c4", "9c:53:22"])
    return oui + ":" + ":".join("%02x" % rng.randrange(256) for _ in range(3))


def ssid(rng, last):
    t = rng.choice(data.SSIDS)
    return t.format(n=rng.randint(10, 999), h=hexid(rng, 4).upper(), H=str(rng.randint(100, 999)) + hexid(rng, 2).upper(), L=fold(last).replace(" ", ""))
