"""Randomness, unique identifiers, mailboxes, valid phone numbers, addresses and network pools."""
from __future__ import annotations

import hashlib
import random
from datetime import datetime, timedelta, timezone

import phonenumbers

from . import data

UTC = timezone.utc
T0 = datetime(2025, 1, 2, tzinfo=UTC)     # sign-ins and telemetry window
T1 = datetime(2025, 10, 31, tzinfo=UTC)
A0 = datetime(2023, 6, 1, tzinfo=UTC)     # applications go back to here


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


class World:
    """One seeded random source plus the registries that keep real identifiers unique."""

    def __init__(self, seed: int):
        self.r = random.Random(seed * 7919 + 40)
        self.seed = seed
        self.used: set[str] = set()
        self.ip_used: set[str] = set()
        self.pools: dict = {}

    # randomness
    def hex(self, n: int) -> str:
        return "%0*x" % (n, self.r.getrandbits(4 * n))

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def wpick(self, pairs):
        tot = sum(w for _, w in pairs)
        x = self.r.random() * tot
        for v, w in pairs:
            x -= w
            if x <= 0:
                return v
        return pairs[-1][0]

    def uid(self, prefix: str, n: int = 10) -> str:
        while True:
            s = prefix + self.hex(n)
            if s not in self.used:
                self.used.add(s)
                return s

    def guid(self) -> str:
        h = self.hex(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[self.r.randrange(4)]}{h[17:20]}-{h[20:]}".upper()

    def between(self, a: datetime, b: datetime) -> datetime:
        return a + timedelta(seconds=self.r.randrange(max(1, int((b - a).total_seconds()))))

    def ssn_hash(self) -> str:
        while True:
            s = "sha256:" + hashlib.sha256(f"bw40-{self.seed}-{self.hex(16)}".encode()).hexdigest()[:24]
            if s not in self.used:
                self.used.add(s)
                return s

    # names and mailboxes
    def name(self, origin: str) -> tuple[str, str]:
        return self.pick(data.FIRST[origin]), self.pick(data.LAST[origin])

    def mailbox(self, first: str, last: str, domain: str | None = None, style: str | None = None) -> str:
        f = "".join(c for c in first.lower() if c.isalnum())
        l = "".join(c for c in last.lower() if c.isalnum())
        dom = domain or self.wpick([("gmail.com", 60), ("yahoo.com", 10), ("outlook.com", 9), ("hotmail.com", 5),
                                    ("icloud.com", 8), ("aol.com", 3), ("comcast.net", 2), ("protonmail.com", 1),
                                    ("att.net", 2)])
        for i in range(50):
            st = style or self.pick(["f.l", "fl", "f_l", "fl#", "f.l#", "fil#", "lf#", "f#"])
            num = str(self.r.randrange(1, 99)) if i < 3 else self.hex(4)
            local = {"f.l": f"{f}.{l}", "fl": f"{f}{l}", "f_l": f"{f}_{l}", "fl#": f"{f}{l}{num}",
                     "f.l#": f"{f}.{l}{num}", "fil#": f"{f[:1]}{l}{num}", "lf#": f"{l}{f[:1]}{num}",
                     "f#": f"{f}{num}"}.get(st, f"{f}.{l}{num}")
            if i >= 3:
                local += self.hex(3)
            e = f"{local}@{dom}"
            if e not in self.used:
                self.used.add(e)
                return e
        raise RuntimeError("mailbox space exhausted")

    def work_mailbox(self, first: str, last: str, domain: str) -> str:
        f = "".join(c for c in first.lower() if c.isalnum())
        l = "".join(c for c in last.lower() if c.isalnum())
        for local in (f"{f}.{l}", f"{f[:1]}{l}", f"{f}{l[:1]}", f"{f}.{l}{self.r.randrange(2, 9)}"):
            e = f"{local}@{domain}"
            if e not in self.used:
                self.used.add(e)
                return e
        e = f"{f}.{l}.{self.hex(3)}@{domain}"
        self.used.add(e)
        return e

    # phones
    def phone(self, area_codes, region: str = "US") -> str:
        """A valid, never-before-used number in E.164."""
        for _ in range(200):
            if region in ("US", "CA"):
                ac = self.pick(area_codes)
                ex = self.r.randrange(200, 1000)
                if ex % 100 == 11 or ex == 555:
                    continue
                num = f"+1{ac}{ex}{self.r.randrange(10000):04d}"
            else:
                ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
                nat = str(ex.national_number)
                keep = max(2, len(nat) - 7)
                num = f"+{ex.country_code}{nat[:keep]}{self.r.randrange(10 ** (len(nat) - keep)):0{len(nat) - keep}d}"
            if num in self.used:
                continue
            try:
                p = phonenumbers.parse(num)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(p):
                self.used.add(num)
                return num
        raise RuntimeError("no valid phone")

    def typed_phone(self, e164: str) -> str:
        """The number as a person types it into a form."""
        if not e164.startswith("+1"):
            return e164 if self.chance(0.6) else e164.replace("+", "00", 1)
        d = e164[2:]
        return self.wpick([(f"({d[:3]}) {d[3:6]}-{d[6:]}", 35), (f"{d[:3]}-{d[3:6]}-{d[6:]}", 30), (d, 15),
                           (f"+1 {d[:3]} {d[3:6]} {d[6:]}", 10), (f"{d[:3]}.{d[3:6]}.{d[6:]}", 6), (f"1{d}", 4)])

    # addresses
    def address(self, metro, unit_p: float = 0.3) -> str:
        city, st = metro[0], metro[1]
        for _ in range(100):
            n = self.r.randrange(10, 9999)
            street = f"{self.pick(STREETS)} {self.pick(SUFFIX)}"
            unit = f" Apt {self.r.randrange(1, 40)}{self.pick('ABCDEF')}" if self.chance(unit_p) else ""
            a = f"{n} {street}{unit}, {city}, {st} {metro[7]}{self.r.randrange(100):02d}"
            if a not in self.used:
                self.used.add(a)
                return a
        raise RuntimeError("address space exhausted")

    # networks: an "ipi" is (ip, asn, owner, city, country, lat, lon, proxy)
    def _ip(self, prefix: str) -> str:
        parts = prefix.split(".")
        for _ in range(1000):
            rest = [str(self.r.randrange(1, 255)) for _ in range(4 - len(parts))]
            ip = ".".join(parts + rest)
            if ip not in self.ip_used:
                self.ip_used.add(ip)
                return ip
        raise RuntimeError("ip space exhausted " + prefix)

    def home_ip(self, metro, isp=None):
        isp = isp or self.pick(data.ISPS)
        return (self._ip(self.pick(isp[2])), isp[1], isp[0], metro[0], "US", metro[4], metro[5], False)

    def business_ip(self, metro):
        isp = self.pick(data.BUSINESS_ISPS)
        return (self._ip(self.pick(isp[2])), isp[1], isp[0], metro[0], "US", metro[4], metro[5], False)

    def pool(self, key, make, size):
        """A shared pool of addresses (CGNAT, VPN exits, mobile carriers): drawn from by many people."""
        p = self.pools.get(key)
        if p is None:
            p = self.pools[key] = [make() for _ in range(size)]
        return p

    def mobile_ip(self, metro):
        car = self.pick(data.MOBILE)
        return self.pick(self.pool(("mob", car[0], metro[0]),
                                   lambda: (self._ip(car[2][:car[2].rfind(".") + 1] + str(int(car[2].split(".")[1]) + self.r.randrange(car[3]))),
                                            car[1], car[0], metro[0], "US", metro[4], metro[5], False), 120))

    def cgnat_ip(self, town, carrier):
        return self.pick(self.pool(("cgnat", carrier[0], town[1]),
                                   lambda: (self._ip(self.pick(carrier[2])), carrier[1], carrier[0], town[0], "US", town[4], town[5], False), 24))

    def vpn_ip(self, provider=None, city=None):
        prov = provider or self.pick(data.VPNS)
        c = city or self.pick(data.VPN_CITIES)
        return self.pick(self.pool(("vpn", prov[0], c[0]),
                                   lambda: (self._ip(self.pick(prov[3])), prov[2], prov[1], c[0], c[1], c[2], c[3], True), 20))

    def vps_ip(self):
        v = self.pick(data.VPS)
        c = self.pick(data.VPN_CITIES)
        return (self._ip(self.pick(v[2])), v[1], v[0], c[0], "US", c[2], c[3], False)

    def foreign_ip(self, cc, shared=True):
        f = data.FOREIGN[cc]
        mk = lambda: (self._ip(f[3]), f[2], f[1], f[0], cc, f[4], f[5], False)
        return self.pick(self.pool(("foreign", cc), mk, 300)) if shared else mk()

    def base_ip(self, base):
        return (self._ip(base[4]), base[3], base[2], base[0], base[1], base[5], base[6], False)

    def mac(self, oui=None) -> str:
        o = oui or self.pick(["a0:04:60", "9c:3d:cf", "c0:56:27", "e4:f4:c6", "f8:bb:bf", "10:da:43", "44:a5:6e", "70:4f:57",
                              "b0:a7:b9", "84:16:f9", "e8:9f:80", "3c:37:86"])
        while True:
            m = o + ":" + ":".join(self.hex(2) for _ in range(3))
            if m not in self.used:
                self.used.add(m)
                return m

    def ssid(self) -> str:
        return self.pick(data.SSID_WORDS) + self.hex(4).upper()

    def user_agent(self, kind="win") -> str:
        v = self.r.randrange(1, 8)
        if kind == "win":
            t = self.pick(data.UA_WIN)
        elif kind == "mac":
            t = self.pick(data.UA_MAC)
        else:
            t = self.pick(data.UA_MOBILE)
        return t.replace("%d", str(v))


STREETS = ["Maple", "Oak", "Pine", "Cedar", "Elm", "Walnut", "Chestnut", "Hickory", "Willow", "Birch", "Spruce", "Sycamore",
           "Main", "High", "Church", "Mill", "Park", "Lake", "Hill", "River", "Spring", "Meadow", "Forest", "Sunset",
           "Washington", "Lincoln", "Jefferson", "Madison", "Franklin", "Jackson", "Adams", "Monroe", "Grant", "Sherman",
           "Broad", "Market", "Front", "Water", "Center", "Union", "Liberty", "Prospect", "Highland", "Ridge", "Valley",
           "Orchard", "Garden", "Woodland", "Cherry", "Poplar", "Magnolia", "Dogwood", "Laurel", "Aspen", "Juniper",
           "Cottonwood", "Hawthorne", "Briarwood", "Fox Run", "Deer Creek", "Stone Gate", "Brookside", "Fairway", "Country Club",
           "Kingston", "Windsor", "Cambridge", "Oxford", "Hamilton", "Wellington", "Sheffield", "Dover", "Bristol", "Salem",
           "Summit", "Crest", "Vista", "Harbor", "Bay", "Shore", "Canyon", "Mesa", "Sierra", "Prairie", "Heritage",
           "Colonial", "Pleasant", "Greenfield", "Westfield", "Northwood", "Southgate", "Eastview", "Lakeview", "Riverview",
           "Timber", "Quail", "Cardinal", "Bluebird", "Robin", "Eagle", "Hawk", "Falcon", "Heron", "Sparrow", "Wren"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Ct", "Blvd", "Way", "Pl", "Cir", "Ter", "Pkwy", "Trl"]
