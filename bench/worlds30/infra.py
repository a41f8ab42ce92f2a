"""The world object and shared machinery: ids, time, names, addresses, phones, networks, devices, sign-ins, telemetry."""
import datetime as dt
import hashlib
import random
import unicodedata

import phonenumbers

from . import data as D

T0 = int(dt.datetime(2024, 9, 1, tzinfo=dt.timezone.utc).timestamp())
T1 = int(dt.datetime(2025, 10, 31, tzinfo=dt.timezone.utc).timestamp())
DAY = 86400
HOUR = 3600

# local UTC offsets (standard time; good enough for working-hour shapes)
TZ_OFF = {"America/Los_Angeles": -8, "America/Phoenix": -7, "America/Denver": -7, "America/Chicago": -6,
          "America/New_York": -5, "America/Detroit": -5, "America/Indiana/Indianapolis": -5, "Asia/Kolkata": 5.5,
          "Asia/Manila": 8, "Europe/Kyiv": 2, "Europe/Warsaw": 1, "America/Mexico_City": -6, "America/Sao_Paulo": -3,
          "America/Argentina/Buenos_Aires": -3, "America/Bogota": -5, "Africa/Lagos": 1, "Asia/Ho_Chi_Minh": 7,
          "Asia/Seoul": 9, "Asia/Shanghai": 8, "Asia/Tokyo": 9, "America/Toronto": -5, "Europe/London": 0,
          "Europe/Berlin": 1, "Asia/Karachi": 5, "Africa/Cairo": 2, "Europe/Lisbon": 0, "Asia/Bangkok": 7,
          "Asia/Jakarta": 7, "Europe/Madrid": 1, "Asia/Vladivostok": 10, "Asia/Vientiane": 7, "Asia/Pyongyang": 9,
          "America/Vancouver": -8, "UTC": 0}

LOGIN_COLS = ["subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome", "source_proxy", "asn",
              "network_owner", "city", "latitude", "longitude", "risk_level", "event_type", "session_id", "event_id",
              "hirepath_app", "hirepath_ip_type"]
ENDPOINT_COLS = ["subject_id", "ts", "device_id", "kind", "value", "vendor_id", "product_id", "event_id", "started_at",
                 "hirepath_host_label"]
PAYMENT_COLS = ["subject_id", "ts", "amount", "currency", "method", "destination", "hirepath_payroll_provider",
                "hirepath_pay_type"]
SHIPMENT_COLS = ["subject_id", "ts", "asset", "address", "hirepath_carrier", "hirepath_ship_to"]


def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


class Net:
    """A network a sign-in can come from: one or a pool of addresses with the source's geolocation."""
    __slots__ = ("kind", "asn", "owner", "cc", "city", "lat", "lon", "pool", "proxy")

    def __init__(self, kind, asn, owner, cc, city, lat, lon, pool, proxy=False):
        self.kind, self.asn, self.owner, self.cc, self.city = kind, asn, owner, cc, city
        self.lat, self.lon, self.pool, self.proxy = lat, lon, pool, proxy


class Dev:
    __slots__ = ("id", "ua", "plat")

    def __init__(self, id_, ua, plat):
        self.id, self.ua, self.plat = id_, ua, plat


class World:
    def __init__(self, n, seed, outdir):
        self.n = n
        self.seed = seed
        self.outdir = outdir
        self.r = random.Random(seed)
        self.subjects = []
        self.truth = []
        self.logins = []
        self.endpoint = []
        self.payments = []
        self.shipments = []
        self.domains = []
        self.files = []  # (relpath, bytes)
        self._ids = set()
        self._ips = set()
        self._phones = set()
        self._macs = set()
        self.zscaler = None
        self.vpn = {}
        self.counter = 0

    # ------------------------------------------------------------ ids and hashes
    def hx(self, k=12):
        return "%0*x" % (k, self.r.getrandbits(4 * k))

    def new_id(self, prefix):
        while True:
            i = prefix + self.hx(10)
            if i not in self._ids:
                self._ids.add(i)
                return i

    def salted(self, s, tag="sha256"):
        return tag + ":" + hashlib.sha256(("hirepath-salt-30|" + s).encode()).hexdigest()[:24]

    def uuid(self):
        h = self.hx(32).upper()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    # ------------------------------------------------------------ randomness helpers
    def wpick(self, pairs):
        tot = sum(w for _, w in pairs)
        x = self.r.random() * tot
        for v, w in pairs:
            x -= w
            if x <= 0:
                return v
        return pairs[-1][0]

    def chance(self, p):
        return self.r.random() < p

    # ------------------------------------------------------------ time
    @staticmethod
    def iso(t, off_h=None):
        if off_h is None:
            return dt.datetime.fromtimestamp(int(t), dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        tz = dt.timezone(dt.timedelta(hours=off_h))
        return dt.datetime.fromtimestamp(int(t), tz).isoformat()

    @staticmethod
    def date(t):
        return dt.datetime.fromtimestamp(int(t), dt.timezone.utc).strftime("%Y-%m-%d")

    def at_local_hour(self, day_t, tz, h0, h1, weekdays=True):
        """A time on the day of day_t between local hours h0..h1 (float) in zone tz (UTC offset table)."""
        off = TZ_OFF.get(tz, 0)
        base = (int(day_t) // DAY) * DAY
        if weekdays:
            wd = dt.datetime.fromtimestamp(base, dt.timezone.utc).weekday()
            if wd >= 5:
                base += (7 - wd) * DAY
        h = self.r.uniform(h0, h1)
        t = base + int((h - off) * HOUR) + self.r.randrange(60)
        return t

    def clamp(self, t):
        return max(T0, min(T1, int(t)))

    # ------------------------------------------------------------ names
    def name(self, origin):
        f = self.r.choice(D.FIRST[origin])
        la = self.r.choice(D.LAST[origin])
        mid = self.r.choice(D.MIDDLE) if self.chance(0.35) else ""
        return f, mid, la

    def render_name(self, f, mid, la, style=None):
        if style is None:
            style = self.wpick([("plain", 70), ("mid", 12), ("last_first", 5), ("upper", 3), ("lower", 3), ("short", 7)])
        if style == "mid" and mid:
            return f"{f} {mid}. {la}"
        if style == "last_first":
            return f"{la}, {f}"
        if style == "upper":
            return f"{f} {la}".upper()
        if style == "lower":
            return f"{f} {la}".lower()
        if style == "short" and len(f) > 5:
            return f"{f[:3]} {la}" if f[:3] not in ("Jos", "Mar") else f"{f} {la}"
        return f"{f} {la}"

    def email(self, f, la, provider=None, digits=None):
        if provider is None:
            provider = self.wpick(D.EMAIL_PROVIDERS)
        f2, l2 = fold(f).lower().replace(" ", ""), fold(la).lower().replace(" ", "")
        style = self.r.randrange(8)
        if style == 0:
            loc = f"{f2}.{l2}"
        elif style == 1:
            loc = f"{f2}{l2}"
        elif style == 2:
            loc = f"{f2[0]}{l2}"
        elif style == 3:
            loc = f"{f2}.{l2}{self.r.randrange(1, 99)}"
        elif style == 4:
            loc = f"{f2}{l2}{self.r.randrange(70, 100) if self.chance(0.5) else self.r.randrange(1990, 2004)}"
        elif style == 5:
            loc = f"{f2}_{l2}"
        elif style == 6:
            loc = f"{l2}.{f2}"
        else:
            loc = f"{f2}{self.r.randrange(100, 9999)}"
        if digits:
            loc += str(digits)
        return f"{loc}@{provider}"

    # ------------------------------------------------------------ places
    def us_city(self):
        return self.r.choices(D.US_CITIES, weights=D.US_CITY_W)[0]

    def city_by_name(self, name):
        for c in D.US_CITIES:
            if c[0] == name:
                return c
        return D.US_CITIES[0]

    def us_address(self, city):
        """A structured US address (num, street, type, unit, city, state, zip)."""
        num = self.r.randrange(10, 9999) if self.chance(0.8) else self.r.randrange(100, 29999)
        st = self.r.choice(D.STREETS)
        ty = self.r.choice(D.STREET_TYPES)
        unit = None
        if self.chance(0.38):
            unit = (self.r.choice(D.UNIT_WORDS), str(self.r.randrange(1, 40)) + (self.r.choice("ABCD") if self.chance(0.2) else "")
                    if self.chance(0.6) else str(self.r.randrange(100, 2400)))
        z = city[2] + "%02d" % self.r.randrange(1, 99)
        return {"num": num, "st": st, "ty": ty, "unit": unit, "city": city[0], "state": city[1], "zip": z, "cc": "US"}

    def render_addr(self, a, style=None):
        if a["cc"] != "US":
            if style == "short":
                return f"{a['city']}, {a['country_name']}"
            return f"{a['line']}, {a['city']}, {a['country_name']}"
        if style is None:
            style = self.wpick([("full", 45), ("abbr", 35), ("upper", 5), ("nozip", 8), ("lower", 4), ("zip4", 3)])
        ty = a["ty"][0] if style in ("full",) else a["ty"][1]
        u = ""
        if a["unit"]:
            (w, u_hash) = a["unit"]
            words, val = w, u_hash
            pick = self.r.randrange(3)
            u = f" {words[pick]} {val}" if pick < 2 else f" #{val}"
            if style == "full" and self.chance(0.5):
                u = "," + u
        line = f"{a['num']} {a['st']} {ty}{u}"
        if style == "nozip":
            s = f"{line}, {a['city']}, {a['state']}"
        elif style == "zip4":
            s = f"{line}, {a['city']}, {a['state']} {a['zip']}-{self.r.randrange(1000, 9999)}"
        else:
            s = f"{line}, {a['city']}, {a['state']} {a['zip']}"
        if style == "upper":
            s = s.upper()
        elif style == "lower":
            s = s.lower()
        return s

    def foreign_address(self, cc, city=None):
        c = city or self.r.choice(D.FOREIGN[cc])
        names = {"IN": "India", "PH": "Philippines", "UA": "Ukraine", "PL": "Poland", "MX": "Mexico", "BR": "Brazil",
                 "AR": "Argentina", "CO": "Colombia", "NG": "Nigeria", "VN": "Vietnam", "KR": "South Korea",
                 "CN": "China", "JP": "Japan", "CA": "Canada", "GB": "United Kingdom", "DE": "Germany",
                 "PK": "Pakistan", "EG": "Egypt", "PT": "Portugal", "TH": "Thailand", "ID": "Indonesia", "ES": "Spain"}
        line = f"{self.r.randrange(1, 300)} {self.r.choice(D.STREETS)} Road"
        if cc in ("IN", "PH", "PK"):
            line = f"Flat {self.r.randrange(101, 999)}, {self.r.choice(D.STREETS)} Residency"
        elif cc in ("UA", "PL", "DE"):
            line = f"{self.r.choice(D.STREETS)}str. {self.r.randrange(1, 120)}/{self.r.randrange(1, 80)}"
        return {"cc": cc, "line": line, "city": c[0], "lat": c[1], "lon": c[2], "country_name": names.get(cc, cc)}

    # ------------------------------------------------------------ phones
    def us_phone(self, city=None, area=None):
        for _ in range(200):
            ac = area or self.r.choice((city or self.us_city())[6])
            ex = self.r.randrange(201, 999)
            if ex % 100 == 11 or ex == 555:
                continue
            num = f"{ac}{ex}{self.r.randrange(0, 10000):04d}"
            if num in self._phones:
                continue
            p = phonenumbers.parse("+1" + num)
            if phonenumbers.is_valid_number(p):
                self._phones.add(num)
                return "+1" + num
        raise RuntimeError("no phone")

    def foreign_phone(self, cc):
        if cc == "CA":
            return self.us_phone(area=self.r.choice(["416", "647", "604", "514", "613"]))
        ex = phonenumbers.example_number_for_type(cc, phonenumbers.PhoneNumberType.MOBILE)
        nat = str(ex.national_number)
        keep = 3 if len(nat) >= 9 else 2
        for _ in range(200):
            cand = nat[:keep] + "".join(str(self.r.randrange(10)) for _ in range(len(nat) - keep))
            p = phonenumbers.parse(f"+{ex.country_code}{cand}")
            if phonenumbers.is_valid_number(p) and cand not in self._phones:
                self._phones.add(cand)
                return f"+{ex.country_code}{cand}"
        return f"+{ex.country_code}{nat}"

    def render_phone(self, e164, style=None):
        p = phonenumbers.parse(e164)
        if style is None:
            style = self.wpick([("intl", 35), ("natl", 40), ("e164", 15), ("digits", 10)])
        if p.country_code == 1:
            d = str(p.national_number)
            if style == "natl":
                return f"({d[:3]}) {d[3:6]}-{d[6:]}"
            if style == "intl":
                return f"+1 {d[:3]}-{d[3:6]}-{d[6:]}"
            if style == "digits":
                return d if self.chance(0.6) else f"{d[:3]}.{d[3:6]}.{d[6:]}"
            return e164
        if style == "natl":
            return phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        if style == "intl":
            return phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        return e164

    # ------------------------------------------------------------ networks
    def _fresh_ip(self, prefix):
        parts = prefix.split(".")
        for _ in range(1000):
            rest = [str(self.r.randrange(1, 255)) for _ in range(4 - len(parts))]
            ip = ".".join(parts + rest)
            if ip not in self._ips:
                self._ips.add(ip)
                return ip
        return ".".join(parts + ["1"] * (4 - len(parts)))

    def jitter(self, lat, lon, d=0.08):
        return round(lat + self.r.uniform(-d, d), 4), round(lon + self.r.uniform(-d, d), 4)

    def home_net(self, city, isp=None, n_ips=None):
        """A household line in a US city: 1-2 addresses over the period (residential churn)."""
        asn, owner, pfx = isp or self.r.choice(D.US_RES_ISPS)
        k = n_ips or (1 if self.chance(0.7) else 2)
        pool = [self._fresh_ip(self.r.choice(pfx)) for _ in range(k)]
        lat, lon = self.jitter(city[3], city[4])
        return Net("residential", asn, owner, "US", city[0], lat, lon, pool)

    def foreign_home_net(self, cc, city):
        asn, owner, pfx = self.r.choice(D.FOREIGN_ISPS[cc])
        pool = [self._fresh_ip(pfx) for _ in range(1 if self.chance(0.5) else 3)]
        lat, lon = self.jitter(city[1], city[2])
        return Net("residential", asn, owner, cc, city[0], lat, lon, pool)

    def mobile_net(self, city):
        key = ("mob", city[0], self.r.randrange(len(D.US_MOBILE)))
        net = self._mob.get(key)
        if net is None:
            asn, owner, pfx = D.US_MOBILE[key[2]]
            pool = [self._fresh_ip(pfx) for _ in range(24)]  # carrier-grade NAT: a few addresses serve a whole city
            net = Net("mobile", asn, owner, "US", city[0], city[3], city[4], pool)
            self._mob[key] = net
        return net

    def foreign_mobile_net(self, cc, city):
        key = ("fmob", cc, city[0])
        net = self._mob.get(key)
        if net is None:
            asn, owner, pfx = D.FOREIGN_ISPS[cc][-1]
            pool = [self._fresh_ip(pfx) for _ in range(16)]
            net = Net("mobile", asn, owner, cc, city[0], city[1], city[2], pool)
            self._mob[key] = net
        return net

    def office_net(self, city, k=None):
        asn, owner, pfx = self.r.choice(D.US_RES_ISPS[:4])
        owner = owner.split(",")[0] + " Business"
        pool = [self._fresh_ip(self.r.choice(pfx)) for _ in range(k or self.r.randrange(1, 4))]
        return Net("business", asn, owner, "US", city[0], city[3], city[4], pool)

    def init_shared_pools(self):
        self._mob = {}
        exits_city = [c for c in D.US_CITIES if c[0] in ("Los Angeles", "New York", "Dallas", "Chicago", "Miami", "Seattle",
                                                         "Atlanta", "Denver", "Phoenix", "San Jose")]
        ashburn = ("Ashburn", "VA", "201", 39.04, -77.49, "America/New_York", ["703"])
        exits_city.append(ashburn)
        for prov, nets in D.VPNS.items():
            k = {"astrill": 90, "nordvpn": 120, "expressvpn": 90, "mullvad": 60, "protonvpn": 80, "surfshark": 60,
                 "private_relay": 150, "warp": 60}[prov]
            out = []
            for _ in range(k):
                asn, owner, pfx = self.r.choice(nets)
                if prov in ("astrill",) and self.chance(0.22):
                    cc, city, lat, lon = self.r.choice([("JP", "Tokyo", 35.68, 139.69), ("SG", "Singapore", 1.35, 103.82),
                                                        ("HK", "Hong Kong", 22.32, 114.17), ("US", "Ashburn", 39.04, -77.49)])
                else:
                    c = self.r.choice(exits_city)
                    cc, city, lat, lon = "US", c[0], c[3], c[4]
                out.append(Net("vpn:" + prov, asn, owner, cc, city, lat, lon, [self._fresh_ip(pfx)], proxy=True))
            self.vpn[prov] = out
        zasn, zown, zpfx = D.ZSCALER
        self.zscaler = []
        for c in exits_city:
            self.zscaler.append(Net("zscaler", zasn, zown, "US", c[0], c[3], c[4],
                                    [self._fresh_ip(self.r.choice(zpfx)) for _ in range(12)]))
        self.cowork = {}
        for c in D.US_CITIES[:34]:
            asn, owner, pfx = self.r.choice(D.COWORK)
            self.cowork[c[0]] = Net("coworking", asn, owner, "US", c[0], c[3], c[4], [self._fresh_ip(pfx) for _ in range(3)])
        self.hotel = []
        for c in self.r.sample(D.US_CITIES, 20):
            self.hotel.append(Net("hotel", 6128, "Hospitality Network LLC", "US", c[0], c[3], c[4], [self._fresh_ip("64.20")]))
        self.hosting = []
        for _ in range(200):
            asn, owner, pfx = self.r.choice(D.HOSTING)
            c = self.r.choice(exits_city)
            self.hosting.append(Net("hosting", asn, owner, "US", c[0], c[3], c[4], [self._fresh_ip(pfx)], proxy=True))

    def vpn_exit(self, prov):
        return self.r.choice(self.vpn[prov])

    def resproxy(self):
        """A residential-proxy exit: an ordinary US home line somewhere, used once or twice."""
        c = self.us_city()
        n = self.home_net(c, n_ips=1)
        n.kind = "residential"
        n.proxy = self.chance(0.35)
        return n

    # ------------------------------------------------------------ devices
    def ua(self, plat):
        v = self.r.randrange(118, 131)
        return D.UA[plat].format(v=v, m=self.r.randrange(1, 7), model=self.r.choice(D.ANDROID_MODELS))

    def portal_dev(self, plat=None):
        plat = plat or self.wpick([("win_chrome", 30), ("mac_chrome", 22), ("mac_safari", 10), ("win_edge", 8),
                                   ("iphone", 14), ("android", 10), ("linux_firefox", 3), ("win_firefox", 3)])
        return Dev("hpd-" + self.hx(16), self.ua(plat), plat)

    def managed_dev(self, mac=None):
        mac = self.chance(0.5) if mac is None else mac
        plat = "mac_chrome" if mac else self.r.choice(["win_chrome", "win_edge"])
        return Dev(self.uuid(), self.ua(plat), "mac" if mac else "win")

    def mac_addr(self):
        while True:
            oui = self.r.choice(["a4:2b:b0", "f0:9f:c2", "74:ac:b9", "e4:f4:c6", "b0:be:76", "3c:37:86", "44:a5:6e",
                                 "c8:3a:35", "d8:07:b6", "60:38:e0", "28:87:ba", "9c:53:22"])
            m = oui + ":" + ":".join("%02x" % self.r.randrange(256) for _ in range(3))
            if m not in self._macs:
                self._macs.add(m)
                return m

    # ------------------------------------------------------------ sign-ins
    def login(self, sid, t, net, dev, app, outcome="success", event="user.session.start", risk=None, ip=None,
              country_known=True, sess=None, off_h=None):
        ip = ip or self.r.choice(net.pool)
        sp = ""
        x = self.r.random()
        if x > 0.08:
            if net.proxy:
                sp = "true" if (net.kind.startswith("vpn") or net.kind == "hosting" or self.chance(0.9)) else "false"
            else:
                sp = "false"
        if risk is None:
            risk = "low" if not net.proxy else self.wpick([("low", 40), ("medium", 45), ("high", 15)])
            if self.chance(0.05):
                risk = "none"
        lat, lon = (net.lat, net.lon)
        lat, lon = round(lat + self.r.uniform(-0.02, 0.02), 4), round(lon + self.r.uniform(-0.02, 0.02), 4)
        ts = self.iso(t, off_h) if off_h is not None else self.iso(t)
        self.logins.append((sid, ts, ip, dev.id if dev else "", dev.ua if dev else "", net.cc if country_known else "",
                            outcome, sp, str(net.asn), net.owner, net.city, repr(lat), repr(lon), risk, event,
                            sess or ("s-" + self.hx(14)), "hp:" + self.hx(20), app, net.kind))

    def login_burst(self, sid, t, net, dev, app, n=1, event="user.session.start", fail_p=0.06, mfa_p=0.0, off_h=None):
        """One sitting: optional failed attempt, optional MFA challenge, then success(es)."""
        if self.chance(fail_p):
            self.login(sid, t - self.r.randrange(20, 200), net, dev, app, outcome="failure", event="user.authentication.sso", off_h=off_h)
        if mfa_p and self.chance(mfa_p):
            self.login(sid, t - self.r.randrange(5, 60), net, dev, app, outcome="challenge", event="user.authentication.auth_via_mfa", off_h=off_h)
        sess = "s-" + self.hx(14)
        for i in range(n):
            self.login(sid, t + i * self.r.randrange(300, 3600), net, dev, app, event=event, sess=sess, off_h=off_h)

    # ------------------------------------------------------------ endpoint telemetry
    def ep(self, sid, t, dev, kind, value, vid="", pid="", started="", label=""):
        self.endpoint.append((sid, self.iso(t), dev, kind, value, vid, pid, "oq:" + self.hx(16), started, label))
