"""Randomness, unique ids/names/mailboxes/phones/addresses/IPs, people, and the row writers."""
import hashlib
import random
import time

import phonenumbers

from . import data as D

T0 = 1704067200  # 2024-01-01
LOGIN_FROM = 1735689600  # 2025-01-01
LOGIN_TO = 1761955200  # 2025-11-01
DAY = 86400

_PRIVATE = [(10, None), (127, None), (0, None)]


def ts(t):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(int(t)))


def day(t):
    return time.strftime("%Y-%m-%d", time.gmtime(int(t)))


class World:
    def __init__(self, seed, n):
        self.r = random.Random(seed)
        self.n_target = n
        self.seed = seed
        self.subjects = []
        self.truth = []
        self.logins = []
        self.endpoint = []
        self.payments = []
        self.shipments = []
        self.domains = []
        self.photos = {}  # relpath -> (base seed, variant seed)
        self.used = set()
        self.used_names = set()
        self.used_ips = set()
        self.employers = []
        self.pools = {}
        self.kind_counts = {}

    # ---------- basics ----------
    def hex(self, n=10):
        return "%0*x" % (n, self.r.getrandbits(4 * n))

    def uid(self, prefix, n=10):
        while True:
            v = prefix + self.hex(n)
            if v not in self.used:
                self.used.add(v)
                return v

    def chance(self, p):
        return self.r.random() < p

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def wpick(self, d):
        keys = list(d)
        return self.r.choices(keys, weights=[d[k] for k in keys])[0]

    def salted(self, s):
        return "sha256:" + hashlib.sha256(("cw43|" + s).encode()).hexdigest()[:32]

    # ---------- names ----------
    def name(self, culture):
        firsts, lasts = D.NAMES[culture]
        for attempt in range(60):
            f, l = self.pick(firsts), self.pick(lasts)
            if attempt < 3:
                full = f"{f} {l}"
            elif attempt < 30:
                full = f"{f} {chr(65 + self.r.randrange(26))}. {l}"
            else:
                full = f"{f} {chr(65 + self.r.randrange(26))}. {chr(65 + self.r.randrange(26))}. {l}"
            if full not in self.used_names:
                self.used_names.add(full)
                return f, l, full
        return f, l, full

    def culture_for(self, cc):
        return self.wpick(D.COUNTRIES[cc]["names"])

    def handle(self):
        while True:
            h = self.pick(D.HANDLE_A) + self.pick(D.HANDLE_B) + (str(self.r.randrange(10, 9999)) if self.chance(0.7) else "")
            if ("h:" + h) not in self.used:
                self.used.add("h:" + h)
                return h

    # ---------- mailboxes ----------
    def email(self, first, last, domain=None, style=None):
        first = first.lower().replace(" ", "").replace("'", "")
        last = last.lower().replace(" ", "").replace("'", "")
        domain = domain or self.pick(D.FREE_MAIL)
        style = style if style is not None else self.r.randrange(6)
        for attempt in range(50):
            n = str(self.r.randrange(10, 99999)) if attempt or self.chance(0.8) else ""
            local = [f"{first}.{last}{n}", f"{first}{last}{n}", f"{first[0]}{last}{n}", f"{first}_{last[:3]}{n}", f"{last}.{first}{n}",
                     f"{first}{n}.{self.hex(3)}"][style % 6]
            if attempt > 5:
                local += self.hex(4)
            e = f"{local}@{domain}"
            if ("e:" + e) not in self.used:
                self.used.add("e:" + e)
                return e
        raise RuntimeError("mailbox pool exhausted")

    def handle_email(self, handle, domain=None):
        domain = domain or self.pick(D.PRIVACY_MAIL + ["gmail.com"])
        for attempt in range(50):
            local = "".join(c for c in handle.lower() if c.isalnum() or c in "._-") + ("" if attempt == 0 else self.hex(3))
            e = f"{local}@{domain}"
            if ("e:" + e) not in self.used:
                self.used.add("e:" + e)
                return e
        raise RuntimeError("mailbox pool exhausted")

    # ---------- phones ----------
    _US_AREAS = {"New York": ["212", "646", "917", "718", "347"], "San Francisco": ["415", "628", "510"], "Austin": ["512", "737"],
                 "Miami": ["305", "786"], "Denver": ["303", "720"], "Seattle": ["206", "425"], "Chicago": ["312", "773", "872"],
                 "Atlanta": ["404", "470", "678"], "Boston": ["617", "857"], "Phoenix": ["602", "480"], "Nashville": ["615", "629"],
                 "Columbus": ["614", "380"], "*": ["201", "262", "385", "469", "571", "703", "808", "832", "941", "954"]}
    _CA_AREAS = {"Toronto": ["416", "647", "437"], "Vancouver": ["604", "778"], "Montreal": ["514", "438"], "*": ["613", "403"]}

    def phone(self, cc, city=None, fixed=False):
        """A valid, never-reused number of region cc: returns (text in E.164 or national shape, e164)."""
        for _ in range(200):
            if cc in ("US", "CA"):
                areas = (self._US_AREAS if cc == "US" else self._CA_AREAS)
                a = self.pick(areas.get(city) or areas["*"])
                nxx = str(self.r.randrange(200, 999))
                if nxx[1:] == "11" or nxx == "555":
                    continue
                nat = a + nxx + "%04d" % self.r.randrange(10000)
            else:
                ex = phonenumbers.example_number_for_type(cc, phonenumbers.PhoneNumberType.FIXED_LINE if fixed else phonenumbers.PhoneNumberType.MOBILE)
                s = str(ex.national_number)
                keep = max(2, len(s) - 6)
                nat = s[:keep] + "".join(str(self.r.randrange(10)) for _ in range(len(s) - keep))
            try:
                p = phonenumbers.parse(nat, cc)
            except phonenumbers.NumberParseException:
                continue
            if not phonenumbers.is_valid_number(p):
                continue
            e164 = phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.E164)
            if ("p:" + e164) in self.used:
                continue
            self.used.add("p:" + e164)
            return e164
        raise RuntimeError("phone pool exhausted for " + cc)

    def phone_text(self, e164, cc_claimed):
        """How a person types it: E.164 mostly, national shapes when the number is of the claimed country."""
        p = phonenumbers.parse(e164)
        region = phonenumbers.region_code_for_number(p)
        x = self.r.random()
        if region == cc_claimed and x < 0.35:
            return phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.NATIONAL)
        if x < 0.6:
            return phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        return e164

    # ---------- places ----------
    def city(self, cc):
        return self.pick(D.COUNTRIES[cc]["cities"])

    def address(self, cc, city=None, unit=None):
        c = city or self.city(cc)
        while True:
            if cc in ("US", "CA"):
                a = f"{self.r.randrange(10, 9999)} {self.pick(D.STREETS)} {self.pick(D.STREET_TYPES)}"
                if unit is None and self.chance(0.35):
                    a += f", Apt {self.r.randrange(1, 40)}{self.pick('ABCD')}"
                elif unit:
                    a += f", {unit}"
                pc = c[4] + "%02d" % self.r.randrange(100) if cc == "US" else c[4] + " " + f"{self.r.randrange(10)}{self.pick('ABCEGHJ')}{self.r.randrange(10)}"
                full = f"{a}, {c[0]}, {c[3]} {pc}"
            else:
                a = f"{self.pick(D.INTL_STREETS)} Street {self.r.randrange(1, 250)}"
                if self.chance(0.5):
                    a += f", flat {self.r.randrange(1, 120)}"
                if unit:
                    a += f", {unit}"
                full = f"{a}, {c[4]}{self.r.randrange(100, 999)} {c[0]}, {cc}"
            if ("a:" + full) not in self.used:
                self.used.add("a:" + full)
                return full

    # ---------- networks ----------
    def _ip(self, octets):
        while True:
            a = self.pick(octets)
            b = self.r.randrange(256)
            if (a == 172 and 16 <= b < 32) or (a == 100 and 64 <= b < 128) or (a == 192 and b == 168) or a in (0, 10, 127) or (a == 169 and b == 254):
                continue
            ip = f"{a}.{b}.{self.r.randrange(256)}.{self.r.randrange(1, 255)}"
            if ip not in self.used_ips:
                self.used_ips.add(ip)
                return ip

    def home_net(self, cc, city):
        owner, asn, oct_ = self.pick(D.COUNTRIES[cc]["isps"])
        return dict(ip=self._ip(oct_), owner=owner, asn=asn, cc=cc, city=city, proxy="false")

    def pool(self, key, size, owner, asn, octets, cc, city, proxy):
        """A shared pool of addresses (carrier NAT, VPN exit city, conference Wi-Fi, co-working)."""
        p = self.pools.get(key)
        if p is None:
            p = [dict(ip=self._ip(octets), owner=owner, asn=asn, cc=cc, city=city, proxy=proxy) for _ in range(size)]
            self.pools[key] = p
        return self.pick(p)

    def mobile_net(self, cc, city):
        owner, asn, oct_ = self.pick(D.COUNTRIES[cc]["mobile"])
        return self.pool(("mob", cc, city, owner), 24, owner, asn, oct_, cc, city, "false")

    def vpn_net(self, provider, cc=None):
        (owner, asn), oct_ = D.VPNS[provider]
        cc = cc or self.pick(["US", "US", "US", "GB", "DE", "NL", "SG", "CH", "CA", "JP"])
        city = D.COUNTRIES[cc]["cities"][0][0] if cc in D.COUNTRIES else "Amsterdam"
        return self.pool(("vpn", provider, cc), 40, owner, asn, oct_, cc, city, "true" if self.chance(0.85) else "")

    def astrill_net(self, cc=None):
        (owner, asn), oct_ = D.ASTRILL
        cc = cc or self.pick(["US", "US", "US", "JP", "SG", "HK", "GB"])
        city = D.COUNTRIES[cc]["cities"][0][0]
        return self.pool(("astrill", cc), 30, owner, asn, oct_, cc, city, "true" if self.chance(0.7) else "")

    def tor_net(self):
        (owner, asn), oct_ = D.TOR
        cc = self.pick(["DE", "NL", "US", "FR", "CH"])
        return self.pool(("tor", cc), 60, owner, asn, oct_, cc, "", "true")

    def hosting_net(self, team_key=None):
        owner, asn, oct_ = self.pick(D.HOSTING)
        cc = self.pick(["US", "DE", "SG", "NL"])
        return dict(ip=self._ip(oct_), owner=owner, asn=asn, cc=cc, city="", proxy="")

    # ---------- devices ----------
    def device(self, kind="d"):
        return self.uid({"d": "dev-", "m": "mdm-", "p": "mob-"}[kind], 12)

    # ---------- writers ----------
    def add_subject(self, row, fraud, kind):
        self.subjects.append(row)
        self.truth.append((row["id"], 1 if fraud else 0, kind))
        prim = kind.split(";")[0]
        self.kind_counts[(fraud, prim)] = self.kind_counts.get((fraud, prim), 0) + 1

    def login(self, sid, t, net, dev, ua, event="user.session.start", outcome="success"):
        self.logins.append((sid, ts(t), net["ip"], dev, ua, net["cc"], outcome, net["proxy"], str(net["asn"]) if net["asn"] else "",
                            net["owner"], net["city"], event, self.hex(16)))

    def ep(self, sid, t, dev, kind, value, vid="", pid="", started=""):
        self.endpoint.append((sid, ts(t), dev, kind, value, vid, pid, started))

    def pay(self, sid, t, amount, currency, method, dest, **extra):
        self.payments.append((sid, ts(t), "%.2f" % amount, currency, method, dest, extra.get("memo", ""), extra.get("payer", ""),
                              extra.get("direction", "in"), extra.get("rail", "")))

    def ship(self, sid, t, asset, address, item):
        self.shipments.append((sid, ts(t), asset, address, item))

    # ---------- crypto ----------
    def address_of(self, chain):
        if chain == "sol":
            al = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
            return "sol:" + "".join(self.pick(al) for _ in range(44))
        if chain == "tron":
            al = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
            return "tron:T" + "".join(self.pick(al) for _ in range(33))
        if chain == "stellar":
            return "stellar:G" + "".join(self.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(55))
        return f"{chain}:0x" + self.hex(40)
