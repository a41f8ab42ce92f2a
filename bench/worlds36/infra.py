"""Infrastructure of the Campusline world: unique handles, phones, IP pools, devices, addresses, clocks."""
from __future__ import annotations

import datetime as dt
import random

import phonenumbers

from . import data

EPOCH = dt.datetime(2023, 1, 1, tzinfo=dt.timezone.utc)
END = dt.datetime(2025, 11, 30, tzinfo=dt.timezone.utc)
SPAN_DAYS = (END - EPOCH).days


def pick(rng, weighted):
    tot = sum(w for _, w in weighted)
    r = rng.random() * tot
    for k, w in weighted:
        r -= w
        if r <= 0:
            return k
    return weighted[-1][0]


class Ctx:
    """Everything shared by the generators: the RNG and every pool whose members must not collide."""

    def __init__(self, seed: int, n: int):
        self.rng = random.Random(seed)
        self.n = n
        self.used_mail: set[str] = set()
        self.used_phone: set[str] = set()
        self.used_ip: set[str] = set()
        self.used_id: set[str] = set()
        self.pools: dict = {}
        self.blocks: dict = {}
        self.next_block = [23, 0]

    # ---------------------------------------------------------------- ids
    def rid(self, prefix: str, bits: int = 40) -> str:
        while True:
            s = f"{prefix}_{self.rng.getrandbits(bits):0{bits // 4}x}"
            if s not in self.used_id:
                self.used_id.add(s)
                return s

    def hexid(self, bits=64):
        return f"{self.rng.getrandbits(bits):0{bits // 4}x}"

    def uuid(self):
        h = f"{self.rng.getrandbits(128):032x}"
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}".upper()

    def mac(self):
        r = self.rng
        return ":".join(f"{x:02x}" for x in [r.choice([0x00, 0x3c, 0x58, 0x74, 0xa4, 0xb0, 0xe4, 0xf0]), r.randrange(256), r.randrange(256), r.randrange(256), r.randrange(256), r.randrange(256)])

    # ---------------------------------------------------------------- names / mail
    def name(self, origin: str):
        r = self.rng
        return r.choice(data.FIRST[origin]), r.choice(data.LAST[origin])

    def mailbox(self, first: str, last: str, domain: str, style: str | None = None) -> str:
        """A personal mailbox that belongs to one person: handle styles grow with the population."""
        r = self.rng
        f, l = first.lower().replace(" ", ""), last.lower().replace(" ", "")
        for attempt in range(50):
            st = style or r.choice(["f.l", "fl", "f_l", "fl##", "f.l##", "fl####", "finit", "lf##", "nick", "f.l.yy"])
            num = str(r.randrange(10, 100)) if attempt < 10 else str(r.randrange(100, 100000))
            h = {"f.l": f"{f}.{l}", "fl": f"{f}{l}", "f_l": f"{f}_{l}", "fl##": f"{f}{l}{num}",
                 "f.l##": f"{f}.{l}{num}", "fl####": f"{f}{l}{r.randrange(1985, 2008)}", "finit": f"{f[0]}{l}{num}",
                 "lf##": f"{l}.{f}{num}", "nick": f"{f[:4]}{l[:3]}{r.choice(['x', 'z', '_dev', 'codes', '99', ''])}{num}",
                 "f.l.yy": f"{f}.{l}.{r.randrange(0, 100):02d}"}[st]
            if attempt >= 3:
                h += str(r.randrange(10, 10000))
            m = f"{h}@{domain}"
            if m not in self.used_mail:
                self.used_mail.add(m)
                return m
            style = None
        raise RuntimeError("mailbox space exhausted")

    def throwaway(self, domain: str) -> str:
        r = self.rng
        while True:
            w = r.choice(["dev", "tech", "smart", "star", "pro", "code", "cloud", "happy", "best", "gold", "sky", "jack", "tiger", "lucky"])
            m = f"{w}{r.choice(['master', 'king', 'work', 'hub', 'soft', 'life', 'man', 'boy'])}{r.randrange(100, 99999)}@{domain}"
            if m not in self.used_mail:
                self.used_mail.add(m)
                return m

    def personal_domain(self, intl_cc: str | None = None, fraud=False):
        r = self.rng
        if fraud:
            return pick(r, [("outlook.com", 35), ("hotmail.com", 20), ("gmail.com", 40), ("proton.me", 5)])
        if intl_cc and r.random() < 0.5:
            return r.choice(data.INTL[intl_cc][7])
        return pick(r, [("gmail.com", 58), ("icloud.com", 12), ("outlook.com", 9), ("yahoo.com", 8), ("hotmail.com", 5), ("proton.me", 2), ("aol.com", 1), ("me.com", 2)])

    # ---------------------------------------------------------------- phones
    def phone(self, region: str = "US", area: str | None = None) -> str:
        """A valid, unused number in E.164."""
        r = self.rng
        for _ in range(200):
            if region == "US":
                a = area or r.choice(data.CITIES[r.choice(list(data.CITIES))][2])
                nxx = r.randrange(201, 999)
                if nxx % 100 == 11 or nxx == 555:
                    continue
                s = f"+1{a}{nxx}{r.randrange(10000):04d}"
            else:
                ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
                nat = str(ex.national_number)
                keep = max(2, len(nat) - 6)
                s = f"+{ex.country_code}{nat[:keep]}" + "".join(str(r.randrange(10)) for _ in range(len(nat) - keep))
            if s in self.used_phone:
                continue
            try:
                if not phonenumbers.is_valid_number(phonenumbers.parse(s)):
                    continue
            except phonenumbers.NumberParseException:
                continue
            self.used_phone.add(s)
            return s
        raise RuntimeError("no phone")

    def fmt_phone(self, e164: str, country: str | None) -> str:
        """How people type it: national styles only when the number is of the row's country."""
        r = self.rng
        if e164.startswith("+1") and country == "US":
            d = e164[2:]
            return r.choice([e164, f"({d[:3]}) {d[3:6]}-{d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}", f"+1 {d[:3]} {d[3:6]} {d[6:]}", f"1{d}", d])
        p = phonenumbers.parse(e164)
        if r.random() < 0.5:
            return phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        return e164

    # ---------------------------------------------------------------- IPs
    def _block(self, key):
        """A fresh /16 for a provider (deterministic order of first use)."""
        if key not in self.blocks:
            a, b = self.next_block
            while a in (10, 100, 127, 169, 172, 192, 198, 203, 224):
                a, b = a + 1, 0
            self.blocks[key] = (a, b)
            b += 1
            if b > 250:
                a, b = a + 1, 0
            self.next_block = [a, b]
        return self.blocks[key]

    def ip_in(self, key) -> str:
        """A fresh address in the provider's blocks (a household's line, a VPS)."""
        r = self.rng
        for i in range(100):
            a, b = self._block((key, i // 20))
            ip = f"{a}.{b}.{r.randrange(256)}.{r.randrange(1, 255)}"
            if ip not in self.used_ip:
                self.used_ip.add(ip)
                return ip
        raise RuntimeError("ip space")

    def pool(self, key, size: int) -> list[str]:
        """A shared pool of egress addresses (campus NAT, carrier CGNAT, a VPN exit, a building's line)."""
        if key not in self.pools:
            self.pools[key] = [self.ip_in(("pool",) + (key if isinstance(key, tuple) else (key,))) for _ in range(size)]
        return self.pools[key]

    # ---------------------------------------------------------------- time
    def day(self, lo=0, hi=SPAN_DAYS) -> dt.datetime:
        return EPOCH + dt.timedelta(days=self.rng.randrange(max(lo, 0), max(min(hi, SPAN_DAYS), lo + 1)))

    def at_local_hour(self, day: dt.datetime, hour_lo: float, hour_hi: float, tz_off: float) -> dt.datetime:
        """A moment between local hours lo and hi of that day, as UTC (tz_off hours from UTC)."""
        h = self.rng.uniform(hour_lo, hour_hi)
        return day.replace(hour=0, minute=0, second=0) + dt.timedelta(hours=h - tz_off, seconds=self.rng.randrange(60))

    # ---------------------------------------------------------------- addresses
    def street_address(self, city: str, apt: bool | None = None):
        r = self.rng
        st, tz, ac, lat, lon, zp = data.CITIES[city]
        num = r.randrange(10, 9900)
        name = r.choice(data.STREETS)
        suf = r.choice(data.STREET_SUFFIX)
        z = f"{zp}{r.randrange(10, 99)}"
        unit = f"Apt {r.randrange(1, 40)}{r.choice('ABCD')}" if (apt if apt is not None else r.random() < 0.45) else ""
        return {"num": num, "street": name, "suf": suf, "unit": unit, "city": city, "state": st, "zip": z}

    def fmt_addr(self, a: dict, messy=True) -> str:
        r = self.rng
        if a.get("raw"):
            return a["raw"]
        suf = a["suf"][1] if messy and r.random() < 0.3 else a["suf"][0]
        unit = a["unit"]
        if unit and messy and r.random() < 0.3:
            unit = unit.replace("Apt ", "#")
        line = f"{a['num']} {a['street']} {suf}" + (f" {unit}" if unit and r.random() < 0.5 else (f", {unit}" if unit else ""))
        s = f"{line}, {a['city']}, {a['state']} {a['zip']}"
        if messy:
            x = r.random()
            if x < 0.08:
                s = s.upper()
            elif x < 0.14:
                s = s.replace(",", "")
            elif x < 0.2:
                s += ", USA"
            elif x < 0.24:
                s = s.replace(f" {a['zip']}", f" {a['zip']}-{r.randrange(1000, 9999)}")
        return s


def tz_offset(tz: str, when: dt.datetime | None = None) -> float:
    """Rough standard/daylight offset (hours) of the zones used here."""
    base = {"America/New_York": -5, "America/Detroit": -5, "America/Chicago": -6, "America/Denver": -7, "America/Phoenix": -7,
            "America/Los_Angeles": -8, "Asia/Kolkata": 5.5, "Asia/Shanghai": 8, "Asia/Seoul": 9, "Asia/Ho_Chi_Minh": 7,
            "Africa/Lagos": 1, "Asia/Tokyo": 9, "Asia/Riyadh": 3, "Asia/Karachi": 5, "America/Monterrey": -6,
            "America/Sao_Paulo": -3, "Asia/Taipei": 8, "Europe/Kyiv": 2, "Asia/Manila": 8, "America/Toronto": -5,
            "Asia/Vladivostok": 10, "Asia/Pyongyang": 9, "Asia/Vientiane": 7, "UTC": 0}[tz]
    if when is not None and tz.startswith("America/") and tz != "America/Phoenix" and tz not in ("America/Sao_Paulo", "America/Monterrey") and 3 <= when.month <= 10:
        base += 1
    return base


def iso(t: dt.datetime, r: random.Random | None = None, style: str = "z") -> str:
    if style == "z":
        return t.strftime("%Y-%m-%dT%H:%M:%SZ")
    if style == "ms":
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"
    if style == "naive":
        return t.strftime("%Y-%m-%d %H:%M:%S")
    if style == "date":
        return t.strftime("%Y-%m-%d")
    if style == "offset":
        off = -5 if r is None else r.choice([-4, -5, -6, -7])
        lt = t + dt.timedelta(hours=off)
        return lt.strftime("%Y-%m-%dT%H:%M:%S") + f"{off:+03d}:00"
    raise ValueError(style)
