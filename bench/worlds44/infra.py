"""Randomness, unique identifiers, names, mailboxes, valid phones, addresses, IP pools and timestamps."""
import hashlib
import random
import time

import phonenumbers

from . import data as D

T0 = 1735689600  # 2025-01-01T00:00:00Z
T1 = 1761955199  # 2025-10-31T23:59:59Z
DAY = 86400


def iso(ts):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))


def iso_off(ts, off):
    """A local timestamp with its UTC offset, as some exports write them."""
    t = time.gmtime(ts + int(off * 3600))
    sign = "+" if off >= 0 else "-"
    a = abs(off)
    return time.strftime("%Y-%m-%dT%H:%M:%S", t) + f"{sign}{int(a):02d}:{int(round((a % 1) * 60)):02d}"


def day(ts):
    return time.strftime("%Y-%m-%d", time.gmtime(ts))


class World:
    """Everything drawn so far, so that nothing is shared by accident."""

    def __init__(self, seed, n):
        self.r = random.Random(seed)
        self.n = n
        self.emails = set()
        self.phones = set()
        self.addresses = set()
        self.ips = set()
        self.hexes = set()
        self.handles = set()
        self.nids = set()
        self.pools = {}
        self.sid_n = 0

    # -- ids ---------------------------------------------------------------------------------------------------
    def hex(self, k=12):
        if k < 8:  # short suffixes: uniqueness, where it matters, is checked by the caller's own set
            return "%0*x" % (k, self.r.getrandbits(4 * k))
        while True:
            h = "%0*x" % (k, self.r.getrandbits(4 * k))
            if h not in self.hexes:
                self.hexes.add(h)
                return h

    def subject_id(self, prefix):
        self.sid_n += 1
        return f"{prefix}-{self.hex(8)}"

    def mac(self):
        return ":".join("%02x" % b for b in [self.r.choice([0x00, 0x3c, 0x58, 0x70, 0xa4, 0xc8, 0xe4, 0x10, 0x94, 0xb0])]
                        + [self.r.getrandbits(8) for _ in range(5)])

    def nid(self, country):
        """A salted hash of a national id (SSN, RRN, My Number, passport)."""
        while True:
            raw = f"{country}:{self.r.getrandbits(48)}"
            h = "h:" + hashlib.sha256(("hanbit-salt:" + raw).encode()).hexdigest()[:32]
            if h not in self.nids:
                self.nids.add(h)
                return h

    def handle(self, base):
        base = "".join(ch for ch in base.lower() if ch.isalnum() or ch in "-_")[:20] or "dev"
        h = base
        while h in self.handles:
            h = f"{base}{self.r.choice(['', '-', '_'])}{self.r.randint(1, 9999)}"
        self.handles.add(h)
        return h

    # -- names -------------------------------------------------------------------------------------------------
    def ko_given(self, style=None):
        r = self.r
        a, b = r.choice(D.KO_SYL1), r.choice(D.KO_SYL2)
        style = style or r.choices(["hy", "join", "space"], [45, 40, 15])[0]
        if style == "hy":
            return f"{a}-{b}"
        if style == "join":
            return a + b
        return f"{a} {b.capitalize()}"

    def ko_surname(self):
        i = self.r.choices(range(len(D.KO_SURNAMES)), D.KO_SURNAME_W)[0]
        canon, spells = D.KO_SURNAMES[i]
        return canon, self.r.choice(spells) if self.r.random() < 0.35 else spells[0]

    def name(self, origin, sex=None):
        """(first, last, canon_last) for an origin: ko, ko_am (English first name), ja, en, zh, vi, in, eu, ph."""
        r = self.r
        sex = sex or r.choice("MF")
        if origin in ("ko", "ko_am"):
            canon, last = self.ko_surname()
            if origin == "ko":
                first = self.ko_given()
            else:
                first = r.choice(D.EN_FIRST_M if sex == "M" else D.EN_FIRST_F)
                if r.random() < 0.3:
                    first += " " + self.ko_given("join")
            return first, last, canon
        if origin == "ja":
            last = r.choice(D.JA_SURNAMES)
            return r.choice(D.JA_GIVEN), last, last
        if origin == "zh":
            last = r.choice(D.ZH_SURNAMES)
            return r.choice(D.ZH_GIVEN), last, last
        if origin == "vi":
            last = r.choice(D.VI_SURNAMES)
            return r.choice(D.VI_GIVEN), last, last
        if origin == "in":
            last = r.choice(D.IN_LAST)
            return r.choice(D.IN_FIRST), last, last
        if origin == "eu":
            last = r.choice(D.EU_LAST)
            return r.choice(D.EU_FIRST), last, last
        if origin == "ph":
            last = r.choice(D.PH_LAST)
            return r.choice(D.PH_FIRST), last, last
        first = r.choice(D.EN_FIRST_M if sex == "M" else D.EN_FIRST_F)
        if r.random() < 0.25:
            first += " " + r.choice("ABCDEFGHJKLMNPRSTW") + "."
        last = r.choice(D.EN_LAST)
        return first, last, last

    @staticmethod
    def full_name(first, last, origin, order_ko=False):
        if order_ko and origin in ("ko", "ja", "zh", "vi"):
            return f"{last.upper() if origin == 'ja' else last} {first}"
        return f"{first} {last}"

    # -- mailboxes ---------------------------------------------------------------------------------------------
    def email(self, first, last, domain, pattern=None):
        r = self.r
        f = "".join(ch for ch in first.lower() if ch.isalpha())
        l = "".join(ch for ch in last.lower() if ch.isalpha())
        pattern = pattern or r.choice(["f.l", "fl", "fl##", "f_l", "lf", "f#", "l.f##", "word##", "fl####"])
        words = ["sunny", "blue", "happy", "gamer", "coding", "dream", "star", "moon", "river", "jjang", "neko",
                 "sora", "hana", "maru", "tiger", "pixel", "byte", "cloud"]
        for attempt in range(50):
            if pattern == "f.l":
                local = f"{f}.{l}"
            elif pattern == "fl":
                local = f + l
            elif pattern == "fl##":
                local = f"{f}{l}{r.randint(1, 99)}"
            elif pattern == "f_l":
                local = f"{f}_{l}"
            elif pattern == "lf":
                local = l + f
            elif pattern == "f#":
                local = f"{f}{r.randint(70, 2005)}"
            elif pattern == "l.f##":
                local = f"{l}.{f}{r.randint(1, 99)}"
            elif pattern == "word##":
                local = f"{r.choice(words)}{f[:3]}{r.randint(1, 9999)}"
            elif pattern == "dev":
                local = f"{f}{l}.dev{r.randint(1, 99)}"
            else:
                local = f"{f}{l}{r.randint(1, 9999)}"
            if attempt >= 2:
                local += str(r.randint(10, 99999)) if attempt < 10 else "." + self.hex(5)
            e = f"{local}@{domain}"
            if e not in self.emails:
                self.emails.add(e)
                return e
        raise RuntimeError("email")

    # -- phones ------------------------------------------------------------------------------------------------
    US_AREAS = ["213", "310", "323", "424", "562", "626", "657", "714", "818", "949", "408", "650", "206", "425",
                "212", "646", "718", "917", "201", "551", "404", "470", "678", "770", "214", "469", "972", "312",
                "773", "512", "808", "615", "602", "303", "703", "571", "571"]
    VOIP_AREAS = ["256", "318", "405", "458", "520", "541", "567", "580", "620", "662", "717", "785", "903", "931"]
    CA_AREAS = ["416", "647", "437", "604", "778", "236"]

    def _nat(self, country, kind):
        r = self.r
        d = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
        if country in ("US", "CA"):
            areas = (self.US_AREAS + self.VOIP_AREAS) if kind == "voip" and country == "US" else (self.CA_AREAS if country == "CA" else self.US_AREAS)
            return "1", r.choice(areas) + str(r.randint(2, 9)) + d(2) + d(4)
        if country == "KR":
            if kind == "voip":
                return "82", "70" + str(r.randint(2, 8)) + d(7)
            if kind == "landline":
                return "82", "2" + str(r.randint(2, 9)) + d(7)
            return "82", "10" + str(r.randint(2, 9)) + d(7)
        if country == "JP":
            if kind == "voip":
                return "81", "50" + str(r.randint(1, 9)) + d(7)
            return "81", r.choice(["90", "80", "70"]) + str(r.randint(1, 9)) + d(7)
        table = {"AU": ("61", lambda: "4" + str(r.randint(0, 9)) + d(7)),
                 "GB": ("44", lambda: "7" + r.choice("4579") + d(8)),
                 "DE": ("49", lambda: "151" + d(8)), "FR": ("33", lambda: "6" + d(8)),
                 "NL": ("31", lambda: "6" + str(r.randint(1, 5)) + d(7)), "PL": ("48", lambda: "60" + d(7)),
                 "SG": ("65", lambda: r.choice("89") + d(7)), "VN": ("84", lambda: "9" + r.choice("01346") + d(7)),
                 "CN": ("86", lambda: "13" + d(9)), "PH": ("63", lambda: "917" + d(7)),
                 "IN": ("91", lambda: "98" + d(8)), "TW": ("886", lambda: "9" + d(8)),
                 "BR": ("55", lambda: "119" + d(8)), "HK": ("852", lambda: r.choice("569") + d(7)),
                 "RU": ("7", lambda: "914" + d(7))}
        cc, fn = table.get(country, table["SG"])
        return cc, fn()

    def phone(self, country, kind="mobile", style=None, claimed=None):
        """A valid, never-used number, written as people type it."""
        r = self.r
        for _ in range(200):
            cc, nat = self._nat(country, kind)
            e164 = f"+{cc}{nat}"
            if e164 in self.phones:
                continue
            try:
                p = phonenumbers.parse(e164)
            except phonenumbers.NumberParseException:
                continue
            if not phonenumbers.is_valid_number(p):
                continue
            self.phones.add(e164)
            return self.fmt_phone(p, claimed or country, style), e164
        raise RuntimeError(f"phone {country} {kind}")

    def fmt_phone(self, p, country, style=None):
        r = self.r
        style = style or r.choices(["e164", "intl", "national"], [40, 35, 25])[0]
        region = phonenumbers.region_code_for_number(p)
        if style == "national" and region == country:
            return phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.NATIONAL)
        if style == "intl" or (style == "national"):
            return phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        return phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.E164)

    # -- addresses ---------------------------------------------------------------------------------------------
    def address(self, city, unique=True):
        r = self.r
        country = D.CITIES[city][0]
        for _ in range(100):
            if country == "KR":
                gu = r.choice(D.KR_GU.get(city, ["Jung-gu"]))
                s = f"{r.randint(1, 120)}-{r.randint(1, 30)}, {r.choice(D.KR_STREETS)}{' ' + str(r.randint(1, 60)) + '-gil' if r.random() < 0.5 else ''}, {gu}, {city} {r.randint(10000, 63999):05d}"
                if r.random() < 0.6:
                    s = f"{r.randint(101, 120)}-dong {r.randint(101, 2504)}-ho, " + s
            elif country == "JP":
                ward = r.choice(D.JP_WARDS.get(city, ["Chuo-ku"]))
                s = f"{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 25)} {r.choice(['Honcho', 'Nishi', 'Higashi', 'Minami', 'Kita', 'Sakae', 'Daikanyama', 'Ebisu', 'Nakameguro', 'Umeda'])}, {ward}, {city} {r.randint(100, 899)}-{r.randint(0, 9999):04d}"
                if r.random() < 0.5:
                    s = f"{r.choice(['Sunny Heights', 'Park Mansion', 'Grand Maison', 'Lions Mansion', 'Leopalace'])} {r.randint(101, 1205)}, " + s
            elif country in ("US", "CA", "AU"):
                extra = D.CITIES[city][5]
                st, zp = extra.split(" ")
                apt = f" Apt {r.randint(1, 40)}{r.choice('ABCD')}" if r.random() < 0.35 else ""
                if country == "US":
                    z = zp + "%02d" % r.randint(1, 99)
                elif country == "CA":
                    z = f"{zp}{r.choice('ABCEGHJ')} {r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(1, 9)}"
                else:
                    z = zp + "%02d" % r.randint(0, 99)
                s = f"{r.randint(10, 29999)} {r.choice(D.US_STREETS)}{apt}, {city}, {st} {z}"
            elif country in ("GB", "DE", "FR", "NL", "PL"):
                s = f"{r.choice(D.EU_STREETS)} {r.randint(1, 250)}{r.choice(['', 'a', 'b'])}, {r.randint(10000, 99999)} {city}"
            else:
                s = f"{r.randint(1, 999)} {r.choice(D.ASIA_STREETS)}, #{r.randint(1, 40):02d}-{r.randint(1, 400):02d}, {city}"
            if not unique or s not in self.addresses:
                self.addresses.add(s)
                return s
        return s + f" Unit {self.hex(3)}"

    @staticmethod
    def address_variant(r, addr):
        """The same address typed differently (abbreviations, case, a dropped unit)."""
        a = addr
        choice = r.randint(0, 4)
        if choice == 0:
            a = a.replace("Apt ", "#").replace("-dong ", "dong ").replace("Street", "St")
        elif choice == 1:
            a = a.upper()
        elif choice == 2:
            a = a.replace(", ", " ").replace("Avenue", "Ave")
        elif choice == 3:
            a = a.replace("-ro", " ro").replace("-gu", " gu").replace("Suite", "Ste")
        else:
            a = a.lower()
        return a

    # -- networks ----------------------------------------------------------------------------------------------
    def ip_in(self, ab):
        r = self.r
        while True:
            ip = f"{ab[0]}.{ab[1]}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            if ip not in self.ips:
                self.ips.add(ip)
                return ip

    def place(self, city, ip, owner, asn, proxy="false", country=None):
        c = D.CITIES.get(city)
        lat, lon = (c[3], c[4]) if c else (None, None)
        if lat is not None:
            lat = round(lat + self.r.uniform(-0.08, 0.08), 4)
            lon = round(lon + self.r.uniform(-0.08, 0.08), 4)
        return {"ip": ip, "country": country or (c[0] if c else ""), "city": city, "asn": str(asn),
                "network_owner": owner, "source_proxy": proxy, "latitude": lat, "longitude": lon}

    def home_place(self, city):
        country = D.CITIES[city][0]
        name, asn, prefixes, _ = self.r.choice(D.ISPS.get(country, D.ISPS["US"]))
        return self.place(city, self.ip_in(self.r.choice(prefixes)), name, asn)

    def pool(self, key, size, maker):
        if key not in self.pools:
            self.pools[key] = [maker() for _ in range(size)]
        return self.pools[key]

    def mobile_place(self, city):
        country = D.CITIES[city][0]
        carriers = D.MOBILE.get(country)
        if not carriers:
            return self.home_place(city)
        name, asn, ab = self.r.choice(carriers)
        size = 8 + self.n // 2500
        return self.r.choice(self.pool(("cgnat", name, city), size,
                                       lambda: self.place(city, self.ip_in(ab), name, asn)))

    def astrill_place(self, exit_country=None):
        ec = exit_country or self.r.choice(["US", "US", "US", "JP", "SG", "HK", "KR", "GB"])
        city = {"US": self.r.choice(["Los Angeles", "Dallas", "New York", "Seattle"]), "JP": "Tokyo", "SG": "Singapore",
                "HK": "Hong Kong", "KR": "Seoul", "GB": "London", "DE": "Frankfurt", "CA": "Toronto"}[ec]
        size = 6 + self.n // 4000
        def mk():
            owner, asn, ab = self.r.choice(D.ASTRILL)
            return self.place(city, self.ip_in(ab), owner, asn, "true", ec)
        return self.r.choice(self.pool(("astrill", city), size, mk))

    def vpn_place(self, provider=None, exit_country=None):
        provider = provider or self.r.choice(list(D.COMMERCIAL_VPN))
        ec = exit_country or self.r.choice(D.VPN_EXIT_COUNTRIES)
        city = {"US": self.r.choice(["Los Angeles", "Dallas", "New York", "Chicago"]), "JP": "Tokyo", "SG": "Singapore",
                "HK": "Hong Kong", "KR": "Seoul", "GB": "London", "DE": "Frankfurt", "CA": "Toronto"}[ec]
        size = 8 + self.n // 3000
        def mk():
            owner, asn, ab = self.r.choice(D.COMMERCIAL_VPN[provider])
            return self.place(city, self.ip_in(ab), owner, asn, "true", ec)
        return self.r.choice(self.pool(("vpn", provider, city), size, mk))

    def office_place(self, office):
        city, _, k = D.OFFICES[office]
        return self.r.choice(self.pool(("office", office), k, lambda: self.place(city, self.ip_in((203, 246 if city != "Tokyo" else 247)), D.CORP_VPN[0], D.CORP_VPN[1])))

    def corp_vpn_place(self):
        office = self.r.choice(["Seoul HQ", "Seoul HQ", "Tokyo HQ", "Irvine Office"])
        return self.office_place(office)

    def vps_place(self):
        owner, asn, ab = self.r.choice(D.VPS)
        return self.place(self.r.choice(["New York", "Los Angeles", "Seattle", "Singapore", "Tokyo"]), self.ip_in(ab), owner, asn, "false")
