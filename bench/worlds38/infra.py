"""The world object: randomness, time, names, mailboxes, valid phones, addresses, networks, row sinks."""
from __future__ import annotations

import datetime as dt
import ipaddress
import random

import phonenumbers
from phonenumbers import PhoneNumberType

from . import data as D

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
T_SIGNIN0 = int(dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc).timestamp())
T_END = int(dt.datetime(2025, 10, 31, tzinfo=dt.timezone.utc).timestamp())
T_ATS0 = int(dt.datetime(2023, 6, 1, tzinfo=dt.timezone.utc).timestamp())
DAY = 86400


def iso(t: int, style: int = 0, tz: str | None = None) -> str:
    d = dt.datetime.fromtimestamp(t, dt.timezone.utc)
    if style == 0:
        return d.strftime("%Y-%m-%dT%H:%M:%SZ")
    if style == 1:
        return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{(t * 7919) % 1000:03d}Z"
    if style == 2:
        return d.strftime("%Y-%m-%d %H:%M:%S")
    if style == 3:
        return d.strftime("%Y-%m-%d")
    if style == 4:  # US central offset, as an HRIS writes it
        return (d - dt.timedelta(hours=5)).strftime("%Y-%m-%dT%H:%M:%S-05:00")
    return d.strftime("%Y-%m-%d %H:%M:%S") + " UTC"


class Net:
    """A place on the internet a sign-in comes from: a pool of addresses with its AS and geolocation."""
    __slots__ = ("ips", "asn", "owner", "city", "cc", "lat", "lon", "proxy", "label")

    def __init__(self, ips, asn, owner, city, cc, lat, lon, proxy=False, label=""):
        self.ips, self.asn, self.owner, self.city, self.cc = ips, asn, owner, city, cc
        self.lat, self.lon, self.proxy, self.label = lat, lon, proxy, label


class World:
    def __init__(self, n: int, seed: int):
        self.n = n
        self.r = random.Random(seed * 7919 + 38)
        self._ids: set[str] = set()
        self._mail: set[str] = set()
        self._phones: set[str] = set()
        self._addr: set[str] = set()
        self._macs: set[str] = set()
        self._ipctr: dict[int, int] = {}
        self._ipstep: dict[int, int] = {}
        self._pools: dict = {}
        self.subjects: list[dict] = []
        self.truth: dict[str, tuple[int, list[str]]] = {}
        self.sinks = None  # set by export
        self.domains: list[dict] = []

    # ---------- basics ----------
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

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def hexid(self, prefix: str, bits: int = 40) -> str:
        while True:
            s = f"{prefix}{self.r.getrandbits(bits):0{bits // 4}x}"
            if s not in self._ids:
                self._ids.add(s)
                return s

    def uuid(self) -> str:
        h = f"{self.r.getrandbits(128):032X}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def mac(self, oui: str | None = None) -> str:
        while True:
            o = oui or self.pick(["a0:63:91", "9c:3d:cf", "b0:be:76", "44:d9:e7", "f8:bb:bf", "e4:f4:c6",
                                  "74:ac:b9", "20:e5:2a", "c0:56:27", "18:e8:29", "d8:47:32", "60:38:e0"])
            m = o + ":" + ":".join(f"{self.r.randrange(256):02x}" for _ in range(3))
            if m not in self._macs:
                self._macs.add(m)
                return m

    # ---------- time ----------
    def local_time(self, t0: int, t1: int, utc_off: int, night: bool = False, weekend_ok: float = 0.08) -> int:
        """A working moment between t0 and t1 in a place `utc_off` hours from UTC."""
        for _ in range(20):
            day = t0 + self.r.randrange(max(1, (t1 - t0) // DAY)) * DAY
            d0 = day - day % DAY
            wd = (d0 // DAY + 4) % 7  # 0 = Monday
            if wd >= 5 and not self.chance(weekend_ok):
                continue
            if night:
                h = self.pick([20, 21, 22, 23, 0, 1, 2, 3, 4, 5])
            else:
                h = self.wpick([(7, 2), (8, 6), (9, 9), (10, 9), (11, 8), (12, 6), (13, 8), (14, 8), (15, 7),
                                (16, 6), (17, 4), (18, 2), (19, 1), (21, 1), (22, 0.5)])
            t = d0 + (h - utc_off) * 3600 + self.r.randrange(3600)
            if t0 <= t <= t1:
                return t
        return t0 + self.r.randrange(max(1, t1 - t0))

    # ---------- people ----------
    def origin(self) -> str:
        return self.wpick(D.ORIGIN_WEIGHTS)

    def name(self, origin: str) -> tuple[str, str]:
        if origin != "us" and self.chance(0.15):  # second generation: an American first name
            return self.pick(D.FIRST["us"]), self.pick(D.LAST[origin])
        return self.pick(D.FIRST[origin]), self.pick(D.LAST[origin])

    def email(self, first: str, last: str, style: str = "personal", domain: str | None = None) -> str:
        f = first.lower().replace(" ", "").replace("-", "")
        la = last.lower().replace(" ", "").replace("-", "")
        for i in range(50):
            dom = domain or self.wpick(D.MAIL_DOMAINS)
            if style == "throwaway":
                pat = self.r.randrange(5)
                loc = [f"{f}{la}{self.r.randrange(10, 9999)}", f"{f}.{la}{self.r.randrange(80, 2002)}",
                       f"{f[0]}{la}.dev{self.r.randrange(1, 99)}", f"{la}{f}{self.r.randrange(100, 999)}",
                       f"{f}.{la}.{self.pick(['dev', 'tech', 'eng', 'code', 'it'])}{self.r.randrange(1, 99)}"][pat]
            else:
                pat = self.r.randrange(8)
                yy = self.r.randrange(60, 100) if self.chance(0.5) else self.r.randrange(1, 99)
                loc = [f"{f}.{la}", f"{f}{la}", f"{f[0]}{la}", f"{f}.{la}{yy}", f"{f}{la}{yy}", f"{f}_{la}",
                       f"{f}{la[0]}{self.r.randrange(1, 999)}", f"{la}.{f}"][pat]
            if i > 2:
                loc += str(self.r.randrange(10, 99999))
            e = f"{loc}@{dom}"
            if e not in self._mail:
                self._mail.add(e)
                return e
        raise RuntimeError("mailbox")

    def dob(self, young: int = 22, old: int = 62) -> str:
        y = 2025 - self.r.randrange(young, old)
        return f"{y}-{self.r.randrange(1, 13):02d}-{self.r.randrange(1, 29):02d}"

    def ssn_hash(self) -> str:
        return f"sha256:{self.r.getrandbits(64):016x}"

    # ---------- phones ----------
    def us_phone(self, area_codes: list[str]) -> str:
        for _ in range(200):
            ac = self.pick(area_codes)
            ex = f"{self.r.randrange(2, 10)}{self.r.randrange(10):d}{self.r.randrange(10):d}"
            if ex[1:] == "11" or ex == "555" or ex == "950" or ex == "976":
                continue
            num = f"+1{ac}{ex}{self.r.randrange(10000):04d}"
            if num in self._phones:
                continue
            try:
                pn = phonenumbers.parse(num)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(pn):
                self._phones.add(num)
                return num
        raise RuntimeError("phone")

    def intl_phone(self, cc: str) -> str:
        ex = phonenumbers.example_number_for_type(cc, PhoneNumberType.MOBILE)
        nat = str(ex.national_number)
        for _ in range(300):
            keep = max(3, len(nat) - 6)
            cand = nat[:keep] + "".join(str(self.r.randrange(10)) for _ in range(len(nat) - keep))
            num = f"+{ex.country_code}{cand}"
            if num in self._phones:
                continue
            pn = phonenumbers.parse(num)
            if phonenumbers.is_valid_number(pn):
                self._phones.add(num)
                return num
        raise RuntimeError("intl phone " + cc)

    def fmt_phone(self, e164: str) -> str:
        """As people type it: E.164, (512) 448-2100, 512.448.2100, 512-448-2100, international."""
        if e164.startswith("+1") and len(e164) == 12:
            a, b, c = e164[2:5], e164[5:8], e164[8:]
            return self.wpick([(e164, 3), (f"({a}) {b}-{c}", 4), (f"{a}-{b}-{c}", 4), (f"{a}.{b}.{c}", 1),
                               (f"+1 {a} {b} {c}", 1), (f"1-{a}-{b}-{c}", 1), (f"{a}{b}{c}", 1)])
        pn = phonenumbers.parse(e164)
        return self.pick([e164, phonenumbers.format_number(pn, phonenumbers.PhoneNumberFormat.INTERNATIONAL)])

    # ---------- addresses ----------
    def address(self, place, unit_p: float = 0.3) -> dict:
        city, st, zp = place[0], place[1], place[2]
        for _ in range(100):
            num = self.r.randrange(100, 9999) if self.chance(0.8) else self.r.randrange(10000, 45000)
            street = self.pick(D.STREETS)
            stt = self.pick(D.STREET_TYPES)
            unit = f"Apt {self.r.randrange(1, 40)}{self.pick(['', 'A', 'B', 'C'])}" if self.chance(unit_p) else ""
            zip5 = f"{zp}{self.r.randrange(1, 99):02d}"
            key = f"{num}|{street}|{stt[0]}|{unit}|{city}"
            if key not in self._addr:
                self._addr.add(key)
                return {"num": num, "street": street, "type": stt, "unit": unit, "city": city, "st": st, "zip": zip5}
        raise RuntimeError("address")

    def fmt_addr(self, a: dict, co: str = "") -> str:
        st_full, st_abbr = a["type"]
        typ = st_abbr if self.chance(0.6) else st_full
        unit = a["unit"]
        if unit and self.chance(0.3):
            unit = unit.replace("Apt ", "#").replace("Suite ", "Ste ")
        line = f"{a['num']} {a['street']} {typ}" + (f" {unit}" if unit and self.chance(0.5) else (f", {unit}" if unit else ""))
        s = self.wpick([(f"{line}, {a['city']}, {a['st']} {a['zip']}", 6), (f"{line} {a['city']} {a['st']} {a['zip']}", 2),
                        (f"{line}, {a['city']}, {a['st']} {a['zip']}, USA", 1)])
        if self.chance(0.06):
            s = s.upper()
        if co:
            s = f"c/o {co}, {s}"
        return s

    # ---------- networks ----------
    def ip(self, octets) -> str:
        o = self.pick(octets)
        for _ in range(100):
            if o not in self._ipctr:
                self._ipctr[o] = self.r.randrange(1 << 24)
                self._ipstep[o] = self.r.randrange(1 << 20, 1 << 23) | 1
            c = self._ipctr[o] = (self._ipctr[o] + self._ipstep[o]) % (1 << 24)
            s = f"{o}.{(c >> 16) & 255}.{(c >> 8) & 255}.{c & 255}"
            if c & 255 in (0, 255):
                continue
            if ipaddress.ip_address(s).is_global:
                return s
        raise RuntimeError("ip")

    def home_net(self, place, isp=None) -> Net:
        isp = isp or self.wpick([(x, x[3]) for x in D.US_BROADBAND])
        ips = [self.ip(isp[2]) for _ in range(self.r.randrange(1, 4))]
        return Net(ips, isp[1], isp[0], place[0], "US", place[3], place[4], False, "home")

    def pool(self, key, size, octets, asn, owner, city, cc, lat, lon, proxy=False, label="") -> Net:
        n = self._pools.get(key)
        if n is None:
            n = self._pools[key] = Net([self.ip(octets) for _ in range(size)], asn, owner, city, cc, lat, lon, proxy, label)
        return n

    def cgnat(self, place, isp) -> Net:
        return self.pool(("cgnat", isp[0], place[1]), 24, isp[2], isp[1], isp[0], place[0], "US", place[3], place[4],
                         False, isp[3])

    def mobile(self, place) -> Net:
        c = self.pick(D.MOBILE_CARRIERS)
        return self.pool(("mob", c[0], place[0]), 40, c[2], c[1], c[0], place[0], "US", place[3], place[4], False, "mobile")

    def vpn_at(self, provider: str, city: str, cc: str, lat: float, lon: float) -> Net:
        v = next(x for x in D.VPNS if x[0] == provider)
        return self.pool(("vpn", provider, city), 16, v[3], v[1], v[2], city, cc, lat, lon, True, "vpn")

    def vpn_us(self, provider: str, place) -> Net:
        v = next(x for x in D.VPNS if x[0] == provider)
        return self.pool(("vpn", provider, place[0]), 16, v[3], v[1], v[2], place[0], "US", place[3], place[4], True, "vpn")

    def vps(self) -> Net:
        v = self.pick(D.VPS)
        place = self.pick(D.US_CITIES)
        return Net([self.ip(v[2])], v[1], v[0], place[0], "US", place[3], place[4], False, "vps")

    def swg(self, vendor_i: int, place) -> Net:
        v = D.SWG[vendor_i]
        return self.pool(("swg", v[0], place[0]), 48, v[2], v[1], v[0], place[0], "US", place[3], place[4], False, "swg")

    def foreign(self, cc: str, shared: bool = False) -> Net:
        city = self.pick(D.FOREIGN[cc])
        isp = self.pick(D.FOREIGN_ISPS[cc])
        if shared:
            return self.pool(("fx", cc, city[0], isp[0]), 32, D.FOREIGN_OCTETS[cc], isp[1], isp[0], city[0], cc,
                             city[1], city[2], False, "foreign")
        return Net([self.ip(D.FOREIGN_OCTETS[cc])], isp[1], isp[0], city[0], cc, city[1], city[2], False, "foreign")

    # ---------- rows ----------
    def subject(self, row: dict, fraud: int, kind: list[str]) -> str:
        self.subjects.append(row)
        self.truth[row["id"]] = (fraud, kind)
        return row["id"]
