"""Shared machinery for blind world 20 (Taskgrid): random source, places, networks, identities, phases.

A subject is a dict: contract columns (`row`), truth (`fraud`, `tokens`) and behaviour (`phases`).
A phase is a stretch of time with fixed habits: networks, devices, working hours, a payout rail and,
for the laptop programme, the laptop's environment.  events.py turns phases into rows.
"""
import datetime as dt
import hashlib
import random

import phonenumbers

from . import data as D

UTC = dt.timezone.utc
T0 = dt.datetime(2025, 1, 1, tzinfo=UTC).timestamp()
T1 = dt.datetime(2025, 11, 30, tzinfo=UTC).timestamp()
OKTA_FROM = dt.datetime(2025, 3, 3, tzinfo=UTC).timestamp()   # Taskgrid moved its sign-in to Okta
DAY = 86400.0
MOBILE = phonenumbers.PhoneNumberType.MOBILE
FIXED = phonenumbers.PhoneNumberType.FIXED_LINE
BAD_FIRST = {0, 10, 100, 127, 169, 172, 192, 198, 203} | set(range(224, 256))
VPN_EXIT_COUNTRIES = [("US", "Ashburn", 39.04, -77.49), ("US", "Los Angeles", 34.05, -118.24), ("US", "New York", 40.71, -74.01),
                      ("US", "Dallas", 32.78, -96.80), ("US", "Miami", 25.76, -80.19), ("GB", "London", 51.51, -0.13),
                      ("DE", "Frankfurt am Main", 50.11, 8.68), ("NL", "Amsterdam", 52.37, 4.90), ("SG", "Singapore", 1.35, 103.82),
                      ("JP", "Tokyo", 35.68, 139.69), ("CA", "Toronto", 43.65, -79.38), ("FR", "Paris", 48.86, 2.35),
                      ("AU", "Sydney", -33.87, 151.21), ("HK", "Hong Kong", 22.32, 114.17), ("CH", "Zurich", 47.37, 8.54)]


def iso_date(t):
    return dt.datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%d")


def iso_ts(t):
    return dt.datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def wchoice(rng, d):
    """Weighted choice from a dict {item: weight} (insertion order, deterministic)."""
    ks = list(d)
    return rng.choices(ks, weights=[d[k] for k in ks])[0]


class Nets:
    """Address space drawn per run; pools of shared egress (CGNAT, VPN exits, relays, offices)."""

    def __init__(self, rng):
        self.rng = rng
        self.pref = {}
        self.used16 = set()
        self.used = set()
        self.v6 = {}
        self.pools = {}

    def _new16(self):
        r = self.rng
        while True:
            a, b = r.randint(1, 223), r.randint(0, 255)
            if a in BAD_FIRST or (a, b) in self.used16:
                continue
            self.used16.add((a, b))
            return (a, b)

    def ip(self, asn):
        r = self.rng
        ps = self.pref.setdefault(asn, [])
        if not ps or (len(ps) < 5 and r.random() < 0.05):
            ps.append(self._new16())
        while True:
            a, b = r.choice(ps)
            s = f"{a}.{b}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            if s not in self.used:
                self.used.add(s)
                return s

    def ip6(self, asn):
        r = self.rng
        if asn not in self.v6:
            self.v6[asn] = f"{r.randint(0x2400, 0x2a0f):x}:{r.randint(0x100, 0xffff):x}"
        return self.v6[asn] + ":" + ":".join(f"{r.randint(0, 0xffff):x}" for _ in range(6))

    # ------------------------------------------------------------------ nets a subject uses
    def net(self, kind, asn, owner, ips, proxy=None):
        return dict(kind=kind, asn=asn, owner=owner, ips=ips, proxy=proxy)

    def home(self, loc, churn=None):
        r = self.rng
        c = D.COUNTRY[loc[0]]
        asn, owner = r.choice(c["isps"])
        k = churn if churn is not None else (1 if r.random() < 0.6 else r.randint(2, 4))
        return self.net("home", asn, owner, [(self.ip(asn),) + loc[:4] for _ in range(k)])

    def mobile(self, loc, k=None):
        """Carrier-grade NAT: a city's mobile users share a small pool of public addresses."""
        r = self.rng
        c = D.COUNTRY[loc[0]]
        asn, owner, v6 = r.choice(c["mobiles"])
        key = ("cgnat", asn, loc[1])
        if key not in self.pools:
            size = max(12, int(8 * c["weight"]) + r.randint(0, 20))
            self.pools[key] = [(self.ip(asn),) + loc[:4] for _ in range(size)]
        pool = self.pools[key]
        k = k or r.randint(3, 8)
        ips = r.sample(pool, min(k, len(pool)))
        if v6 and r.random() < 0.6:
            ips += [(self.ip6(asn),) + loc[:4] for _ in range(r.randint(1, 3))]
        return self.net("mobile", asn, owner, ips)

    def vpn(self, provider=None, k=None, prefer=None):
        r = self.rng
        if provider is None:
            provider = wchoice(r, {p: p[4] for p in D.VPN_PROVIDERS})
        name, asn, owner, exits = provider[:4]
        key = ("vpn", name)
        if key not in self.pools:
            pool = []
            for _ in range(exits):
                cc, city, la, lo = r.choice(VPN_EXIT_COUNTRIES)
                pool.append((self.ip(asn), cc, city, la, lo))
            self.pools[key] = pool
        pool = self.pools[key]
        if prefer:
            cand = [p for p in pool if p[1] == prefer] or pool
        else:
            cand = pool
        k = k or r.randint(3, 12)
        return self.net("vpn", asn, owner, r.sample(cand, min(k, len(cand))), proxy=True)

    def astrill(self, k=None, prefer="US"):
        return self.vpn(D.ASTRILL + (0,), k=k, prefer=prefer)

    def relay(self, loc):
        """iCloud Private Relay: egress near the user's region, shared with many other users."""
        r = self.rng
        asn, owner, _ = D.ICLOUD_RELAY
        key = ("relay", loc[0])
        if key not in self.pools:
            self.pools[key] = [(self.ip(asn),) + loc[:4] for _ in range(r.randint(15, 40))]
        return self.net("relay", asn, owner, r.sample(self.pools[key], 4), proxy=True)

    def cloud(self, shared_key=None):
        r = self.rng
        asn, owner, city, cc, la, lo = r.choice(D.CLOUD_HOSTS)
        if shared_key is not None:
            key = ("cloud", shared_key)
            if key not in self.pools:
                self.pools[key] = [(self.ip(asn), cc, city, la, lo)]
            return self.net("cloud", asn, owner, self.pools[key], proxy=None)
        return self.net("cloud", asn, owner, [(self.ip(asn), cc, city, la, lo)], proxy=None)

    def corp(self, k=None):
        r = self.rng
        asn, owner, city, cc, la, lo, size = r.choice(D.CORP_VPN)
        key = ("corp", asn)
        if key not in self.pools:
            self.pools[key] = [(self.ip(asn), cc, city, la, lo) for _ in range(size)]
        return self.net("corp", asn, owner, r.sample(self.pools[key], k or r.randint(2, 6)), proxy=False)

    def fixed(self, loc, n=1, kind="office"):
        """An office, café, campus or farm connection: a few static addresses."""
        r = self.rng
        c = D.COUNTRY[loc[0]]
        asn, owner = r.choice(c["isps"])
        return self.net(kind, asn, owner, [(self.ip(asn),) + loc[:4] for _ in range(n)])

    def resproxy(self, k=None, country="US"):
        """Residential proxy exits: real households' addresses, rented (911 S5, IPRoyal style)."""
        r = self.rng
        c = D.COUNTRY[country]
        ips = []
        for _ in range(k or r.randint(4, 15)):
            asn, owner = r.choice(c["isps"])
            city = r.choice(c["cities"])
            ips.append((self.ip(asn), country, city[0], city[2], city[3], asn, owner))
        return self.net("resproxy", ips[0][5], ips[0][6], ips, proxy=r.random() < 0.35)

    def slip(self):
        r = self.rng
        asn, owner, city, cc, la, lo = r.choice(D.SLIP_NETS)
        return self.net("slip", asn, owner, [(self.ip(asn), cc, city, la, lo)], proxy=False)


# ------------------------------------------------------------------------------------------------
# Places and identities
# ------------------------------------------------------------------------------------------------
COUNTRY_WEIGHTS = {c["code"]: c["weight"] for c in D.COUNTRIES}


def place(rng, cc, city=None):
    c = D.COUNTRY[cc]
    ct = city or rng.choice(c["cities"])
    return (cc, ct[0], round(ct[2] + rng.uniform(-0.08, 0.08), 4), round(ct[3] + rng.uniform(-0.08, 0.08), 4), ct)


def name(rng, cc, pool=None):
    c = D.COUNTRY[cc]
    pool = pool or wchoice(rng, c["pools"])
    given, sur = D.NAMES[pool]
    return rng.choice(given.split()), rng.choice(sur.split()), pool


def strip_accents(s):
    import unicodedata
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


class Ids:
    """Unique emails, phones, device ids, accounts."""

    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def _uniq(self, make):
        for _ in range(200):
            v = make()
            if v not in self.used:
                self.used.add(v)
                return v
        raise RuntimeError("id space exhausted")

    def email(self, given, sur, cc, domain=None, style=None):
        r = self.rng
        g = strip_accents(given).lower().replace(" ", "").replace("-", "").replace("'", "")
        s = strip_accents(sur).lower().replace(" ", "").replace("-", "").replace("'", "")
        doms = D.EMAIL_FREE.get(cc, D.EMAIL_FREE["default"])

        tries = [0]

        def make():
            dom = domain or r.choice(doms)
            tries[0] += 1
            st = style if (style is not None and tries[0] < 4) else r.randrange(1, 8)
            if st == 0:
                lp = f"{g}.{s}"
            elif st == 1:
                lp = f"{g}{s}{r.randint(1, 99)}"
            elif st == 2:
                lp = f"{g[:1]}{s}{r.randint(70, 2005)}"
            elif st == 3:
                lp = f"{g}_{s}{r.randint(1, 999)}"
            elif st == 4:
                lp = f"{s}.{g}{r.randint(1, 99)}"
            elif st == 5:
                lp = f"{g}{r.randint(100, 9999)}"
            elif st == 6:
                lp = f"{g}.{s}{r.randint(1, 99)}"
            else:
                lp = f"{g}{s[:1]}{r.randint(10, 999)}"
            return f"{lp}@{dom}"
        return self._uniq(make)

    def phone(self, cc, mobile=True, fmt=None, voip=False):
        """Returns (as written, e164, line type).  Numbers are valid for their country (libphonenumber
        metadata), written as people write them: E.164, international, national, US dashes."""
        r = self.rng
        c = D.COUNTRY[cc]
        ex = phonenumbers.example_number_for_type(cc, MOBILE if mobile else FIXED)
        ex_nsn = str(ex.national_number) if ex else ""

        def candidate(i):
            if i < 12:
                if cc in ("US", "CA"):
                    area = r.choice(["212", "415", "512", "602", "312", "713", "206", "303", "404", "305", "480", "615",
                                     "702", "919", "503", "801", "571", "813", "469", "929", "628", "737", "347", "646"])
                    if cc == "CA":
                        area = r.choice(["416", "647", "604", "778", "514", "403", "613"])
                    return area + str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(6))
                pre = r.choice(c["mob"]) if mobile else str(r.randint(2, 5))
                return pre + "".join(str(r.randint(0, 9)) for _ in range(c["nlen"] - len(pre)))
            keep = max(1, len(ex_nsn) - 6)
            return ex_nsn[:keep] + "".join(str(r.randint(0, 9)) for _ in range(len(ex_nsn) - keep))

        for i in range(400):
            nat = candidate(i)
            e164 = f"+{c['cc']}{nat}"
            if e164 in self.used:
                continue
            try:
                pn = phonenumbers.parse(e164, None)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(pn) and phonenumbers.region_code_for_number(pn) == cc:
                self.used.add(e164)
                break
        else:
            raise RuntimeError("no valid phone for " + cc)
        f = fmt if fmt is not None else r.randrange(4)
        if f == 0:
            shown = e164
        elif f == 1:
            shown = phonenumbers.format_number(pn, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        elif f == 2:
            shown = phonenumbers.format_number(pn, phonenumbers.PhoneNumberFormat.NATIONAL)
        elif cc in ("US", "CA"):
            shown = f"{nat[:3]}-{nat[3:6]}-{nat[6:]}"
        else:
            shown = e164 if r.random() < 0.5 else phonenumbers.format_number(pn, phonenumbers.PhoneNumberFormat.NATIONAL).replace(" ", "")
        lt = "voip" if voip else ("mobile" if mobile else "landline")
        return shown, e164, lt

    def device(self, kind=None):
        r = self.rng
        kind = kind or wchoice(r, {"win_chrome": 40, "win_edge": 8, "win_firefox": 4, "mac_chrome": 10, "mac_safari": 5,
                                   "linux_firefox": 2, "linux_chrome": 2, "android": 22, "iphone": 7})
        did = self._uniq(lambda: "dv_" + "".join(r.choice("0123456789abcdef") for _ in range(16)))
        return dict(id=did, ua=kind, model=r.choice(D.ANDROID_MODELS), a=r.choice(["12", "13", "14", "15"]),
                    i=r.choice(["17_5", "17_6_1", "18_1", "18_3_2"]), off=r.randint(-2, 0))

    def token(self, prefix, n=10, alphabet="0123456789"):
        r = self.rng
        return self._uniq(lambda: prefix + "".join(r.choice(alphabet) for _ in range(n)))


def address(rng, loc, unit=None, num=None, street=None):
    """Address parts for a place; render with addr_text."""
    cc, city = loc[0], loc[4]
    c = D.COUNTRY[cc]
    return dict(cc=cc, num=num or str(rng.randint(1, 9999) if cc in ("US", "CA") else rng.randint(1, 400)),
                street=street or rng.choice(c["streets"]), unit=unit, city=city[0], region=city[1], post=city[4])


ABBR = [("Street", "St"), ("Avenue", "Ave"), ("Road", "Rd"), ("Drive", "Dr"), ("Lane", "Ln"), ("Boulevard", "Blvd")]


def addr_text(a, variant=0, rng=None):
    """The same address typed several ways (variant>0): abbreviations, unit marks, case, missing postcode."""
    street = a["street"]
    unit = a["unit"]
    if variant and rng is not None:
        for full, ab in ABBR:
            if street.endswith(" " + ab) and rng.random() < 0.5:
                street = street[: -len(ab)] + full
            elif street.endswith(" " + full) and rng.random() < 0.5:
                street = street[: -len(full)] + ab
        if unit and rng.random() < 0.6:
            unit = rng.choice(["#", "Apt ", "Unit ", "Ste "]) + unit.split()[-1].lstrip("#")
    head = f"{a['num']} {street}" + (f" {unit}" if unit else "")
    if a["cc"] in ("US", "CA"):
        tail = f"{a['city']}, {a['region']} {a['post']}"
        if variant and rng is not None and rng.random() < 0.2:
            tail = f"{a['city']} {a['region']}"
        text = f"{head}, {tail}"
        if variant and rng is not None and rng.random() < 0.25:
            text += ", USA" if a["cc"] == "US" else ", Canada"
    else:
        reg = f", {a['region']}" if a["region"] and a["region"] != a["city"] else ""
        text = f"{head}, {a['city']}{reg} {a['post']}".strip()
    if variant and rng is not None and rng.random() < 0.15:
        text = text.upper()
    return text


def dob(rng, lo=19, hi=58, mode=27):
    age = min(hi, max(lo, int(rng.triangular(lo, hi, mode))))
    return f"{2025 - age}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def nid_hash(raw):
    return hashlib.sha256(("tg-salt-7f3a|" + raw).encode()).hexdigest()[:32]


def raw_nid(rng, cc):
    if cc == "US":
        return f"{rng.randint(100, 899):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    return cc + "".join(str(rng.randint(0, 9)) for _ in range(9))


# ------------------------------------------------------------------------------------------------
# Payout accounts
# ------------------------------------------------------------------------------------------------
RAIL_METHOD = {"bank": "bank", "crypto": "crypto"}
NEOBANK_US = [("026073150", "Wise/Payoneer (Community Federal Savings Bank)"), ("084106768", "Evolve Bank (Mercury)"),
              ("031101279", "The Bancorp (Chime)"), ("103100195", "Stride Bank (Chime)")]
US_ROUTING = ["021000021", "026009593", "121000248", "322271627", "043000096", "091000022", "061000104", "256074974",
              "071000013", "111000025", "063100277", "053000196"]


def payout_account(ids, rng, rail, cc, email=None, e164=None, local_phone=None, given="", sur=""):
    """A payout destination on a rail.  Returns dict(method, dest, cur, rail)."""
    c = D.COUNTRY[cc]
    cur = "USD"
    if rail == "bank":
        if cc == "US":
            if rng.random() < 0.18:
                routing = rng.choice(NEOBANK_US)[0]
            else:
                routing = rng.choice(US_ROUTING)
            dest = f"{routing}:{ids.token('', rng.choice([9, 10, 12]))}"
        elif cc in ("GB", "DE", "FR", "ES", "PT", "PL", "RO", "RS", "UA", "TR", "EG", "MA", "TN", "PK"):
            dest = f"{cc}{rng.randint(10, 99)}" + ids.token("", 18 if cc != "GB" else 14)
        else:
            dest = f"{cc}-{ids.token('', 4)}-{ids.token('', 10)}"
        cur = c["cur"] if (cc != "US" and rng.random() < 0.5) else "USD"
        return dict(method="bank", dest=dest, cur=cur, rail="bank")
    if rail == "crypto":
        chain, pre = rng.choice(D.CRYPTO_CHAINS)
        if pre == "0x":
            dest = "0x" + ids.token("", 40, "0123456789abcdef")
        elif pre == "T":
            dest = "T" + ids.token("", 33, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")
        else:
            dest = ids.token("", 44, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")
        return dict(method="crypto", dest=dest, cur=chain.split("-")[0], rail=chain)
    if rail in ("gcash", "mpesa", "momo"):
        dest = (local_phone or e164 or ids.token("+" + c["cc"], 9)).replace(" ", "")
        if rail == "mpesa" and dest.startswith("+"):
            dest = dest[1:]
        cur = {"gcash": "PHP", "mpesa": "KES", "momo": c["cur"]}[rail]
        return dict(method="wallet", dest=dest, cur=cur, rail=rail)
    if rail == "pix":
        dest = email if (email and rng.random() < 0.4) else ids.token("", 11)
        return dict(method="wallet", dest=dest, cur="BRL", rail="pix")
    if rail == "cashapp":
        g = strip_accents(given or "cash").lower().replace(" ", "")
        return dict(method="wallet", dest=ids.token("$" + g, 4), cur="USD", rail="cashapp")
    if rail == "payoneer" and rng.random() < 0.35:
        return dict(method="wallet", dest=ids.token("payoneer:", 8), cur="USD", rail="payoneer")
    # paypal, payoneer, wise, zinli: an email handle (usually the worker's own)
    dest = email or ids.email(given or "pay", sur or "out", cc)
    return dict(method="wallet", dest=dest.lower(), cur="USD", rail=rail)


# ------------------------------------------------------------------------------------------------
# Subjects and phases
# ------------------------------------------------------------------------------------------------
def phase(start, end, nets, devs, hour, hsd=2.5, rate=3.0, pay=None, laptop=None, weekend=0.35, loc=None):
    """rate = sign-in days per week; hour = centre of the working day in UTC hours."""
    return dict(start=start, end=end, nets=nets, devs=devs, hour=hour, hsd=hsd, rate=rate, pay=pay, laptop=laptop,
                weekend=weekend, loc=loc)


def utc_hour(local_center, cc):
    return (local_center - D.COUNTRY[cc]["utc"]) % 24


def subject(sid, kind, fraud, tokens):
    return dict(row=dict(id=sid, kind=kind), fraud=fraud, tokens=list(tokens), phases=[], ships=[], photo=None,
                resume=None)
