"""The world object for world 34: randomness, time, names, contacts, valid phones, addresses, networks, devices, row emitters."""
import datetime as dt
import hashlib
import random
from zoneinfo import ZoneInfo

import phonenumbers

from . import data as D

T0 = dt.datetime(2025, 1, 6, tzinfo=dt.timezone.utc)   # sign-in window start
T1 = dt.datetime(2025, 12, 19, tzinfo=dt.timezone.utc)  # end
SAFE_A = [24, 38, 45, 47, 50, 63, 64, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99, 104, 107, 108, 136, 142, 148, 162, 166, 173, 174, 184, 199, 205, 206, 207, 208, 209, 216]
FOREIGN_A = [1, 2, 5, 14, 27, 31, 36, 37, 39, 41, 42, 43, 49, 58, 59, 60, 61, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 101, 103, 106, 110, 111, 112, 113, 115, 116, 117, 118, 119, 120, 121, 122, 123, 125, 175, 176, 177, 178, 179, 180, 181, 182, 183, 186, 187, 188, 189, 190, 191, 196, 197, 200, 201, 202, 210, 211, 212, 213, 217, 218, 219, 220, 221, 222]
DPRK_SPACE = "175.45.17"  # 175.45.176.0/22


class World:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.seed = seed
        self.subjects, self.logins, self.endpoint, self.payments, self.shipments, self.domains, self.truth = [], [], [], [], [], [], []
        self.photos = {}      # relpath -> bytes
        self.resumes = {}     # relpath -> bytes
        self._isp_blocks = {}
        self._pools = {}
        self._used_ids = set()
        self._tz = {}
        self._phones = set()
        self.ctr = 0

    # ---------------- randomness
    def ch(self, seq):
        return seq[self.r.randrange(len(seq))]

    def p(self, x):
        return self.r.random() < x

    def wch(self, pairs):
        tot = sum(w for _, w in pairs)
        x = self.r.random() * tot
        for v, w in pairs:
            x -= w
            if x < 0:
                return v
        return pairs[-1][0]

    def hx(self, n=12):
        return "%0*x" % (n, self.r.getrandbits(4 * n))

    def uid(self, prefix):
        while True:
            s = prefix + self.hx(10)
            if s not in self._used_ids:
                self._used_ids.add(s)
                return s

    def guid(self):
        h = self.hx(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"

    def salted(self, v):
        return "sha256:" + hashlib.sha256(("vendorly-salt-34|" + v).encode()).hexdigest()[:40]

    # ---------------- time
    def tzoff(self, tz):
        if tz not in self._tz:
            self._tz[tz] = ZoneInfo(tz).utcoffset(dt.datetime(2025, 4, 1)).total_seconds() / 3600.0
        return self._tz[tz]

    def day(self, a=T0, b=T1):
        span = int((b - a).total_seconds() // 86400)
        return a + dt.timedelta(days=self.r.randrange(max(1, span)), seconds=self.r.randrange(86400))

    def at_local(self, day, tz, h0=8, h1=19):
        """A UTC timestamp on `day` at a local hour in [h0, h1) in zone tz (h1 may exceed 24)."""
        off = self.tzoff(tz)
        h = self.r.uniform(h0, h1)
        return day.replace(hour=0, minute=0, second=0, microsecond=0) + dt.timedelta(hours=h - off)

    def weekday(self, a=T0, b=T1):
        for _ in range(10):
            d = self.day(a, b)
            if d.weekday() < 5:
                return d
        return d

    @staticmethod
    def iso(t, style="z"):
        if style == "z":
            return t.strftime("%Y-%m-%dT%H:%M:%SZ")
        if style == "ms":
            return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)
        if style == "off":
            return t.strftime("%Y-%m-%dT%H:%M:%S+00:00")
        if style == "sp":
            return t.strftime("%Y-%m-%d %H:%M:%S")
        if style == "utc":
            return t.strftime("%Y-%m-%d %H:%M:%S UTC")
        if style == "date":
            return t.strftime("%Y-%m-%d")
        if style.startswith("zone:"):
            tz = style[5:]
            return (t + dt.timedelta(hours=World._static_off(tz))).strftime("%Y-%m-%d %H:%M:%S ") + tz
        if style.startswith("local:"):
            tz = style[6:]
            off = World._static_off(tz)
            lt = t + dt.timedelta(hours=off)
            sign = "-" if off < 0 else "+"
            ao = abs(off)
            return lt.strftime("%Y-%m-%dT%H:%M:%S") + "%s%02d:%02d" % (sign, int(ao), int(round((ao % 1) * 60)))
        return t.isoformat()

    _OFFC = {}

    @staticmethod
    def _static_off(tz):
        if tz not in World._OFFC:
            World._OFFC[tz] = ZoneInfo(tz).utcoffset(dt.datetime(2025, 4, 1)).total_seconds() / 3600.0
        return World._OFFC[tz]

    # ---------------- names, e-mails
    def name(self, origin):
        return self.ch(D.FIRST[origin]), self.ch(D.LAST[origin])

    def us_origin(self):
        return self.wch(D.US_ORIGIN_MIX)

    def email(self, first, last, domain=None, style=None):
        f = first.lower().replace(" ", "").replace(".", "").replace("-", "")
        l = last.lower().replace(" ", "")
        domain = domain or self.ch(D.FREE_MAIL)
        style = style if style is not None else self.r.randrange(7)
        if style == 0:
            loc = f"{f}.{l}"
        elif style == 1:
            loc = f"{f[0]}{l}"
        elif style == 2:
            loc = f"{f}{l}{self.r.randrange(1, 99)}"
        elif style == 3:
            loc = f"{f}_{l}"
        elif style == 4:
            loc = f"{l}.{f}"
        elif style == 5:
            loc = f"{f}{self.r.randrange(1970, 2003)}"
        else:
            loc = f"{f}.{l}{self.r.randrange(100, 9999)}"
        return f"{loc}@{domain}"

    # ---------------- phones
    def phone(self, country, metro=None):
        """A valid number (E.164) of country's region."""
        for _ in range(60):
            if country == "US":
                m = metro or self.ch(D.US_METROS)
                ac = self.ch(m[3])
                ex = self.r.randrange(200, 1000)
                if ex % 100 == 11 or ex == 555:
                    continue
                num = f"+1{ac}{ex}{self.r.randrange(10000):04d}"
            else:
                ex = phonenumbers.example_number_for_type(country, phonenumbers.PhoneNumberType.MOBILE) or phonenumbers.example_number(country)
                nat = str(ex.national_number)
                k = min(6, len(nat) - 2)
                nat = nat[:-k] + "".join(str(self.r.randrange(10)) for _ in range(k))
                num = f"+{ex.country_code}{nat}"
            if num in self._phones:
                continue
            try:
                pn = phonenumbers.parse(num)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(pn):
                self._phones.add(num)
                return num
        raise RuntimeError("no valid phone for " + country)

    def fmt_phone(self, e164, row_country):
        pn = phonenumbers.parse(e164)
        region = phonenumbers.region_code_for_number(pn)
        styles = ["e164", "intl", "intl"]
        if row_country and row_country == region:
            styles += ["nat", "nat", "nat"]
            if region == "US":
                styles += ["dots", "digits", "dash"]
        s = self.ch(styles)
        if s == "e164":
            return e164
        if s == "intl":
            return phonenumbers.format_number(pn, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        if s == "nat":
            return phonenumbers.format_number(pn, phonenumbers.PhoneNumberFormat.NATIONAL)
        d = str(pn.national_number)
        if s == "dots":
            return f"{d[:3]}.{d[3:6]}.{d[6:]}"
        if s == "dash":
            return f"{d[:3]}-{d[3:6]}-{d[6:]}"
        return d

    # ---------------- addresses
    def us_street(self):
        return f"{self.r.randrange(10, 9999)} {self.ch(D.STREETS)} {self.ch(D.SUFFIX)}"

    def us_address(self, metro, unit=None):
        unit = unit if unit is not None else (f"Apt {self.r.randrange(1, 40)}{self.ch('ABCD')}" if self.p(0.3) else "")
        z = f"{metro[2]}{self.r.randrange(100):02d}"
        return {"street": self.us_street(), "unit": unit, "city": metro[0], "state": metro[1], "zip": z, "country": "US"}

    def foreign_address(self, country, city):
        tmpl = D.FOREIGN_STREET.get(country, "{n} {s} Street, {c}")
        s = tmpl.format(n=self.r.randrange(1, 300), n2=self.r.randrange(1, 90), n3=self.r.randrange(1, 90), s=self.ch(D.FOREIGN_STREET_NAMES), c=city)
        return {"street": s, "unit": "", "city": city, "state": "", "zip": "", "country": country}

    def fmt_addr(self, a, style=None):
        if a is None:
            return ""
        if a["country"] != "US":
            return a["street"] + ("" if self.p(0.6) else f", {a['country']}")
        style = style if style is not None else self.r.randrange(6)
        unit = a["unit"]
        if unit and style in (1, 4):
            unit = unit.replace("Apt ", "#")
        line = a["street"] + (f" {unit}" if unit and style != 2 else (f", {unit}" if unit else ""))
        if style == 3:
            line = line.upper()
            return f"{line}, {a['city'].upper()} {a['state']} {a['zip']}"
        if style == 4:
            return f"{line}\n{a['city']}, {a['state']} {a['zip']}"
        if style == 5:
            return f"{line}, {a['city']}, {a['state']} {a['zip']}-{self.r.randrange(1000, 9999)}, United States"
        if style == 1:
            return f"{line} {a['city']} {a['state']} {a['zip']}"
        return f"{line}, {a['city']}, {a['state']} {a['zip']}"

    # ---------------- networks
    def _block(self, key, foreign):
        blk = self._isp_blocks.get(key)
        if blk is None:
            blk = [(self.ch(FOREIGN_A if foreign else SAFE_A), self.r.randrange(256)) for _ in range(3)]
            self._isp_blocks[key] = blk
        a, b = self.ch(blk)
        return f"{a}.{b}.{self.r.randrange(256)}.{self.r.randrange(1, 255)}"

    def net(self, type_, country="US", owner=None, asn=None, city=""):
        """A network: one fixed address (home line, office, coworking, VPS)."""
        if owner is None:
            if type_ == "hosting":
                owner, asn = self.ch(D.HOSTING)
            elif country == "US":
                owner, asn = self.ch(D.US_ISPS)
            else:
                owner, asn = self.ch(D.FOREIGN_ISPS.get(country, [("Local ISP", 64512)]))
        ip = self._block(owner, country != "US" and type_ != "hosting")
        return {"ips": [ip], "type": type_, "owner": owner, "asn": asn, "country": country, "city": city,
                "mac": ":".join("%02x" % self.r.randrange(256) for _ in range(6)),
                "wifi": self.wifi_name(type_), "proxy": type_ in ("vpn", "hosting", "resi_proxy")}

    def wifi_name(self, type_):
        if type_ == "home":
            return self.ch(["NETGEAR", "xfinitywifi-home", "ATT", "Spectrum", "MySpectrumWiFi", "TP-Link_", "Verizon_", "Linksys", "eero", "Google-Fiber-", "ASUS_"]) + self.hx(4).upper()
        if type_ == "office":
            return self.ch(["CORP", "Office", "Staff", "Guest", "Dev", "Eng"]) + "-" + self.hx(3).upper()
        return "WiFi-" + self.hx(4)

    def pool(self, key, size, type_, country, owner, asn, city=""):
        """A shared pool (carrier NAT, VPN exits, corporate egress, coworking)."""
        pl = self._pools.get(key)
        if pl is None:
            foreign = country != "US" and type_ not in ("vpn", "egress", "hosting")
            pl = {"ips": [self._block(owner + "|" + key, foreign) for _ in range(size)], "type": type_, "owner": owner, "asn": asn,
                  "country": country, "city": city, "mac": ":".join("%02x" % self.r.randrange(256) for _ in range(6)),
                  "wifi": self.wifi_name(type_), "proxy": type_ in ("vpn", "hosting")}
            self._pools[key] = pl
        return pl

    def mobile(self, country, city):
        if country == "US":
            owner, asn = self.ch(D.US_MOBILE)
        else:
            owner, asn = self.ch(D.FOREIGN_ISPS.get(country, [("Local Mobile", 64513)]))
        return self.pool(f"cgnat|{country}|{city}|{owner}", 24, "mobile", country, owner, asn, city)

    def vpn(self, provider, country="US"):
        owner = D.VPNS[provider][0]
        return self.pool(f"vpn|{provider}|{country}", 40, "vpn", country, owner, 9009 if provider != "astrill" else 62240, "")

    def egress(self):
        owner, asn = self.ch(D.EGRESS)
        return self.pool(f"egress|{owner}|{self.r.randrange(6)}", 30, "egress", "US", owner, asn, "")

    def resi_proxy(self):
        owner, asn = self.ch(D.RESI_PROXY_OWNERS)
        return {"ips": [self._block(owner, False)], "type": "resi_proxy", "owner": owner, "asn": asn, "country": "US", "city": self.ch(D.US_METROS)[0], "mac": "", "wifi": "", "proxy": None}

    def cowork(self, metro):
        brand = self.ch(D.COWORK)
        owner = f"{brand} Companies"
        return self.pool(f"cowork|{brand}|{metro[0]}|{self.r.randrange(3)}", 3, "coworking", "US", owner, 64520 + self.r.randrange(100), metro[0])

    # ---------------- devices
    def device_id(self, scheme):
        if scheme == "okta":
            return "guo" + self.hx(17)
        if scheme == "entra":
            return self.guid()
        if scheme == "mdm":
            return "host-" + self.hx(16)
        return "fp_" + self.hx(16)  # VMS browser fingerprint

    def ua(self, kind="win"):
        v = self.r.randrange(122, 132)
        return self.ch({"win": D.UA_WIN, "mac": D.UA_MAC, "mobile": D.UA_MOBILE}[kind]).format(v=v)

    # ---------------- rows
    def login(self, sid, t, net, device, ua, source, ip=None, outcome=None, extra=None):
        ip = ip or self.ch(net["ips"])
        row = {"subject_id": sid, "ts": t, "ip": ip, "device_id": device, "user_agent": ua,
               "country": net["country"] if (source != "vms" or self.p(0.9)) else "", "vendorly_source": source}
        if source in ("okta", "entra"):
            row.update({"outcome": outcome or ("success" if self.p(0.94) else self.ch(["challenge", "challenge", "failure"])),
                        "source_proxy": ("true" if net.get("proxy") else ("" if net.get("proxy") is None else "false")) if self.p(0.85) else "",
                        "asn": str(net["asn"]), "network_owner": net["owner"], "city": net.get("city") or "",
                        "risk_level": self.ch(["none", "low", "low"]) if not net.get("proxy") else self.ch(["low", "medium"]),
                        "event_type": "user.session.start" if source == "okta" else self.ch(["interactiveUser", "nonInteractiveUser"]),
                        "session_id": ("102" + self.hx(22)) if source == "okta" else self.guid(),
                        "event_id": f"{source}:{self.guid()}"})
        if extra:
            row.update(extra)
        self.logins.append(row)

    def ep(self, sid, t, device, kind, value, **kw):
        row = {"subject_id": sid, "ts": t, "device_id": device, "kind": kind, "value": value}
        row.update(kw)
        self.endpoint.append(row)

    def pay(self, sid, t, amount, currency, method, dest, **extra):
        row = {"subject_id": sid, "ts": t, "amount": amount, "currency": currency, "method": method, "destination": dest}
        row.update(extra)
        self.payments.append(row)

    def ship(self, sid, t, asset, address, **extra):
        row = {"subject_id": sid, "ts": t, "asset": asset, "address": address}
        row.update(extra)
        self.shipments.append(row)

    def bank(self, prefix="acct"):
        return f"{self.ch(['021000021', '026009593', '121000248', '111000025', '071000013', '031176110', '122105155', '091000019', '044000037'])}-{self.r.randrange(10**9, 10**10)}"
