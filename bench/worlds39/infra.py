"""Randomness, unique identifiers, networks, phones, mailboxes and addresses for world 39."""
from __future__ import annotations

import datetime as dt
import hashlib
import random

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF

from . import data as D

CITY = {c[1]: c for c in D.CITIES}
CITIES_BY_COUNTRY: dict[str, list] = {}
for _c in D.CITIES:
    CITIES_BY_COUNTRY.setdefault(_c[0], []).append(_c)

T0 = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)
T1 = dt.datetime(2025, 10, 31, tzinfo=dt.timezone.utc)
PUBLIC_FIRST_OCTETS = [2, 5, 23, 24, 31, 37, 41, 45, 46, 47, 49, 50, 58, 59, 62, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82,
                       83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 103, 104, 105, 106, 108, 109, 110, 111, 112, 113, 114, 115,
                       116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 128, 129, 130, 131, 132, 134, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145,
                       146, 147, 148, 149, 150, 151, 152, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 170, 171, 173,
                       174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 193, 194, 195, 196, 197, 199, 200,
                       201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 216, 217, 218, 219, 220, 221, 222]


SUR_PRE = ["Ash", "Black", "Brad", "Brook", "Cal", "Chad", "Craw", "Dal", "Fair", "Har", "Hart", "Hay", "Hol", "Kings", "Lang", "Mar", "Mid", "Mont",
           "North", "Pem", "Rad", "Red", "Rock", "Ros", "Sher", "Stan", "Stock", "Sut", "Thorn", "Wake", "Wes", "Whit", "Win", "Wood", "Ald", "Bar", "Bur", "Cran", "Elling", "Fen"]
SUR_SUF = ["ford", "well", "ley", "ton", "wood", "field", "worth", "by", "ham", "more", "dale", "shaw", "bury", "combe", "land", "ridge", "stead", "wick", "croft",
           "brook", "hurst", "mere", "low", "den", "ington", "er", "ell", "ing"]


def iso(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


class Net:
    """A network a sign-in can come from: a pool of addresses with its AS and place."""
    __slots__ = ("ips", "asn", "owner", "country", "city", "lat", "lon", "proxy", "kind", "mac", "ssid", "tz")

    def __init__(self, ips, asn, owner, country, city, lat, lon, proxy, kind, mac="", ssid="", tz=""):
        self.ips, self.asn, self.owner, self.country, self.city = ips, asn, owner, country, city
        self.lat, self.lon, self.proxy, self.kind, self.mac, self.ssid, self.tz = lat, lon, proxy, kind, mac, ssid, tz


class Infra:
    def __init__(self, seed: int):
        self.rng = random.Random(seed * 7919 + 39)
        self.salt = f"nn39-{seed}"
        self.used: set = set()
        self.blocks: set = set()
        self.nets: dict = {}
        self.example: dict = {}

    # ---- unique things -------------------------------------------------
    def uniq(self, make):
        for _ in range(1000):
            v = make()
            if v not in self.used:
                self.used.add(v)
                return v
        raise RuntimeError("could not make a unique value")

    def hex(self, n=10) -> str:
        """n hex digits; from 6 digits on, never the same twice in a world (ids, file names)."""
        if n < 6:
            return "%0*x" % (n, self.rng.getrandbits(4 * n))
        return self.uniq(lambda: "%0*x" % (n, self.rng.getrandbits(4 * n)))

    def uuid(self, upper=False) -> str:
        h = self.hex(32)
        s = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
        return s.upper() if upper else s

    def mac(self) -> str:
        return self.uniq(lambda: ":".join("%02x" % self.rng.randrange(256) for _ in range(6)))

    def natid(self) -> str:
        return "sha256:" + hashlib.sha256((self.salt + self.hex(12)).encode()).hexdigest()[:32]

    def name(self, origin: str, last: str | None = None) -> tuple[str, str, str]:
        """first, middle initial(s), last: unique as a triple (one real person per name at 200,000)."""
        r = self.rng
        for i in range(400):
            f = r.choice(D.FIRST[origin])
            la = last
            if la is None:
                la = r.choice(D.LAST[origin])
                if origin in ("anglo", "european") and r.random() < 0.45:
                    la = r.choice(SUR_PRE) + r.choice(SUR_SUF)
            m = r.choice(D.MIDDLE_INITIALS)
            if i >= 40:
                m += r.choice(D.MIDDLE_INITIALS)
            key = ("name", f, m, la)
            if key not in self.used:
                self.used.add(key)
                return f, m, la
        raise RuntimeError("no unique name")

    def mailbox(self, first: str, last: str, domain: str) -> str:
        r = self.rng
        f = "".join(ch for ch in first.lower() if ch.isalnum())
        la = "".join(ch for ch in last.lower() if ch.isalnum())

        def make():
            s = r.choice([f"{f}.{la}", f"{f}{la}", f"{f[0]}{la}", f"{f}_{la}", f"{la}.{f}", f"{f}.{la}{r.randrange(10, 99)}", f"{f}{r.randrange(100, 9999)}"])
            if r.random() < 0.45:
                s += self.hex(3) if r.random() < 0.3 else str(r.randrange(1, 999))
            return f"{s}@{domain}"
        return self.uniq(make)

    def throwaway(self, first: str, last: str) -> str:
        r = self.rng
        dom = r.choice(["outlook.com", "hotmail.com", "gmail.com", "gmail.com", "proton.me", "yahoo.com"])
        f = "".join(ch for ch in first.lower() if ch.isalpha())
        la = "".join(ch for ch in last.lower() if ch.isalpha())
        return self.uniq(lambda: f"{r.choice([f + la, f + '.' + la, la + f, f[0] + la, f + '.dev'])}{r.randrange(10, 99999)}@{dom}")

    # ---- phones ----------------------------------------------------------
    def phone(self, region: str, city: str | None = None) -> str:
        """A valid, unused number of the region, as E.164."""
        r = self.rng
        for _ in range(400):
            if region in ("US", "CA"):
                table = D.US_AREA if region == "US" else D.CA_AREA
                areas = table.get(city) or [a for v in table.values() for a in v]
                nat = f"{r.choice(areas)}{r.randrange(2, 10)}{r.randrange(10):d}{r.randrange(10):d}{r.randrange(10000):04d}"
                if nat[4:6] == "11" or nat[3:6] == "555":
                    continue
            else:
                ex = self.example.get(region)
                if ex is None:
                    ex = str(phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE).national_number)
                    self.example[region] = ex
                k = 6 if len(ex) >= 9 else 5
                nat = ex[:-k] + "".join(str(r.randrange(10)) for _ in range(k))
            cc = phonenumbers.country_code_for_region(region)
            e164 = f"+{cc}{nat}"
            if e164 in self.used:
                continue
            num = phonenumbers.parse(e164)
            if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
                self.used.add(e164)
                return e164
        raise RuntimeError(f"no valid phone for {region}")

    def typed(self, e164: str, home_region: str) -> str:
        """The number as a person types it: national shapes when it is of their claimed country, else international."""
        r = self.rng
        num = phonenumbers.parse(e164)
        same = phonenumbers.region_code_for_number(num) == home_region
        x = r.random()
        if same and x < 0.45:
            s = phonenumbers.format_number(num, PNF.NATIONAL)
            if home_region in ("US", "CA") and r.random() < 0.4:
                n = str(num.national_number)
                s = r.choice([f"{n[:3]}-{n[3:6]}-{n[6:]}", f"{n[:3]}.{n[3:6]}.{n[6:]}", n])
            return s
        if x < 0.8:
            return phonenumbers.format_number(num, PNF.INTERNATIONAL)
        return e164

    # ---- networks --------------------------------------------------------
    def ips(self, n: int) -> list[str]:
        r = self.rng
        out = []
        while len(out) < n:
            while True:
                b = (r.choice(PUBLIC_FIRST_OCTETS), r.randrange(256), r.randrange(256))
                if b not in self.blocks:
                    self.blocks.add(b)
                    break
            hosts = r.sample(range(2, 254), min(n - len(out), 200))
            out.extend(f"{b[0]}.{b[1]}.{b[2]}.{h}" for h in hosts)
        return out

    def shared(self, key, make):
        n = self.nets.get(key)
        if n is None:
            n = self.nets[key] = make()
        return n

    def home_net(self, city: str, n_ips: int = 2) -> Net:
        c = CITY[city]
        isp, asn = self.rng.choice(c[6])
        return Net(self.ips(n_ips), asn, isp, c[0], city, c[2], c[3], False, "home", self.mac(), self.ssid(), c[4])

    def ssid(self) -> str:
        r = self.rng
        return r.choice(["NETGEAR", "TP-Link_", "Xfinity-", "MEO-", "Vodafone-", "FRITZ!Box 7590 ", "Livebox-", "ASUS_", "eero-", "Starlink-", "HUAWEI-", "AirbnbGuest-"]) + self.hex(4).upper()

    def mobile(self, city: str) -> Net:
        c = CITY[city]
        carrier, asn = self.rng.choice(c[7])
        return self.shared(("mob", c[0], carrier), lambda: Net(self.ips(48), asn, carrier, c[0], c[1], c[2], c[3], False, "mobile", tz=c[4]))

    def vpn(self, provider: str | None = None, exit_country: str | None = None) -> Net:
        r = self.rng
        p = [v for v in D.VPN_PROVIDERS if v[0] == provider][0] if provider else r.choice(D.VPN_PROVIDERS[:-1])
        exits = [e for e in D.VPN_EXITS if exit_country is None or e[0] == exit_country] or D.VPN_EXITS
        e = r.choice(exits)
        return self.shared(("vpn", p[0], e[1]), lambda: Net(self.ips(24), p[1], p[2], e[0], e[1], e[2], e[3], True, "vpn:" + p[0]))

    def hotel(self, city: str) -> Net:
        c = CITY[city]
        h = self.rng.randrange(5)
        name = D.HOTELS[(h * 7 + len(city)) % len(D.HOTELS)]
        isp, asn = c[6][h % len(c[6])]
        return self.shared(("hotel", city, h), lambda: Net(self.ips(3), asn, isp, c[0], city, c[2], c[3], False, "hotel", self.mac(),
                                                             f"{name} Guest", c[4]))

    def space(self, city: str, idx: int | None = None):
        """A coworking space: its Wi-Fi egress, router, hot-desk PCs, street address."""
        c = CITY[city]
        i = self.rng.randrange(3) if idx is None else idx

        def make():
            brand = D.COWORK_BRANDS[(i * 5 + len(city) * 3) % len(D.COWORK_BRANDS)]
            isp, asn = c[6][i % len(c[6])]
            net = Net(self.ips(self.rng.choice([1, 2, 4])), asn, isp, c[0], city, c[2], c[3], False, "cowork", self.mac(), f"{brand.replace(' ', '')}-Members", c[4])
            pcs = [f"HD-{brand[:3].upper()}{self.hex(4).upper()}-{k:02d}" for k in range(self.rng.randrange(3, 8))]
            addr = f"{self.rng.randrange(1, 300)} {self.rng.choice(['Rua', 'Calle', 'Street', 'Avenue', 'Road', 'Soi'])} {self.hex(3).title()}, {city}"
            return {"name": f"{brand} {city}", "net": net, "pcs": pcs, "address": addr}
        return self.shared(("space", city, i), make)

    def vps(self) -> Net:
        r = self.rng
        p = r.choice(D.VPS)
        s = r.choice(D.VPS_SITES)
        return Net(self.ips(1), p[1], p[2], s[0], s[1], s[2], s[3], False, "vps")

    # ---- addresses -------------------------------------------------------
    def street_address(self, city: str) -> str:
        r = self.rng
        c = CITY[city]

        def make():
            num = r.randrange(1, 9800)
            st = r.choice(["Oak", "Maple", "Cedar", "Pine", "Elm", "Lake", "Hill", "Park", "Washington", "Lincoln", "Jefferson", "Sunset", "River", "Highland",
                           "Meadow", "Willow", "Church", "Main", "Spring", "Forest", "Ridge", "Mill", "Chestnut", "Walnut", "Birch", "Aspen", "Harbor", "Bay"])
            suf = r.choice(["St", "Ave", "Rd", "Dr", "Ln", "Blvd", "Ct", "Way", "Pl"])
            unit = r.choice(["", "", "", f" Apt {r.randrange(1, 40)}{r.choice('ABCD')}", f" Unit {r.randrange(100, 999)}"])
            if c[0] == "US":
                stt, z = D.US_STATE[city]
                return f"{num} {st} {suf}{unit}, {city}, {stt} {z}{r.randrange(10, 99)}"
            if c[0] in ("GB", "CA", "AU"):
                return f"{num} {st} {suf}{unit}, {city}, {c[0]}"
            word = {"PT": "Rua", "ES": "Calle", "BR": "Rua", "MX": "Calle", "CO": "Carrera", "AR": "Calle", "DE": "Strasse", "PL": "ul."}.get(c[0], "")
            if word:
                return f"{word} {st}{r.choice(['', ' Nova', ' Velha', 'weg'])} {num}{unit}, {city}, {c[0]}"
            return f"{num} {st} Road{unit}, {city}, {c[0]}"
        return self.uniq(make)

    def forwarder_address(self) -> tuple[str, str]:
        r = self.rng
        f = r.choices(D.MAIL_FORWARDERS, weights=[30, 18, 14, 14, 8, 8, 8])[0]
        box = self.uniq(lambda: (f[0], r.randrange(1000, 999999)))[1]
        unit = f[3].format(n=box)
        return f[0], f"{f[1]} {unit}, {f[2]}"

    def birth(self, lo=1958, hi=2002) -> str:
        r = self.rng
        return f"{r.randrange(lo, hi)}-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}"

    def when(self, a: dt.datetime = T0, b: dt.datetime = T1) -> dt.datetime:
        return a + dt.timedelta(seconds=self.rng.randrange(max(1, int((b - a).total_seconds()))))
