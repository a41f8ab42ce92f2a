"""The world object: randomness, time, names, e-mails, valid phones, addresses, networks and shared pools, devices, row emitters."""
import datetime as dt
import hashlib
import random
import unicodedata

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from . import data as D

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
WIN0 = int(dt.datetime(2024, 12, 1, tzinfo=dt.timezone.utc).timestamp())
WIN1 = int(dt.datetime(2025, 11, 30, tzinfo=dt.timezone.utc).timestamp())
DAY = 86400
PUBLIC_FIRST = [o for o in range(24, 224) if o not in (100, 127, 169, 172, 175, 192, 198, 203, 10)]


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def iso(ts, style="z"):
    d = dt.datetime.fromtimestamp(ts, dt.timezone.utc)
    if style == "z":
        return d.strftime("%Y-%m-%dT%H:%M:%SZ")
    if style == "ms":
        return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{(ts * 1000) % 1000:03.0f}Z"
    if style == "naive":
        return d.strftime("%Y-%m-%d %H:%M:%S")
    if style == "date":
        return d.strftime("%Y-%m-%d")
    if style == "utc":
        return d.strftime("%Y-%m-%d %H:%M:%S UTC")
    if style == "p00":
        return d.strftime("%Y-%m-%dT%H:%M:%S+00:00")
    if isinstance(style, tuple):  # ("off", hours)
        h = style[1]
        ld = d + dt.timedelta(hours=h)
        sign = "+" if h >= 0 else "-"
        hh, mm = int(abs(h)), int(round((abs(h) % 1) * 60))
        return ld.strftime("%Y-%m-%dT%H:%M:%S") + f"{sign}{hh:02d}:{mm:02d}"
    raise ValueError(style)


class Net:
    """A network a person signs in from: one fixed address or a pool (carrier NAT, VPN exits, hub guest Wi-Fi)."""
    __slots__ = ("type", "country", "city", "lat", "lon", "asn", "owner", "proxy", "ips", "gw", "wifi", "tz")

    def __init__(self, type, country, city, lat, lon, asn, owner, proxy, ips, gw=None, wifi=None, tz=None):
        self.type, self.country, self.city, self.lat, self.lon = type, country, city, lat, lon
        self.asn, self.owner, self.proxy, self.ips, self.gw, self.wifi, self.tz = asn, owner, proxy, ips, gw, wifi, tz


class World:
    def __init__(self, n, seed):
        self.n = n
        self.r = random.Random(seed)
        self.seed = seed
        self.salt = f"hubwise-{seed}"
        self.subjects, self.logins, self.endpoint, self.payments, self.shipments, self.domains = [], [], [], [], [], []
        self.truth = {}
        self.ids = set()
        self._blocks = {}
        self._nblocks = 0
        self._phone_pref = {}
        self._pools = {}
        self.used_phones = set()
        self.media = None

    # ---- randomness helpers
    def chance(self, p):
        return self.r.random() < p

    def pick(self, seq):
        return seq[int(self.r.random() * len(seq))]

    def wpick(self, pairs):
        tot = sum(w for _, w in pairs)
        x = self.r.random() * tot
        for v, w in pairs:
            x -= w
            if x <= 0:
                return v
        return pairs[-1][0]

    def hex(self, k=8):
        return f"{self.r.getrandbits(4 * k):0{k}x}"

    def uid(self, prefix, k=8):
        while True:
            s = f"{prefix}{self.hex(k)}"
            if s not in self.ids:
                self.ids.add(s)
                return s

    def uuid(self):
        h = self.hex(32).upper()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def mac(self, oui=None):
        oui = oui or self.pick(["a0:63:91", "50:c7:bf", "f4:f2:6d", "b0:be:76", "14:cc:20", "e8:48:b8", "00:1e:58", "c8:3a:35", "dc:a6:32", "ac:84:c6"])
        return oui + ":" + ":".join(f"{self.r.randrange(256):02x}" for _ in range(3))

    def salted(self, v):
        return hashlib.sha256((self.salt + "|" + v).encode()).hexdigest()[:24]

    # ---- places
    def city(self, country):
        return self.pick(D.CITIES[country])

    def city_named(self, country, name):
        for c in D.CITIES[country]:
            if c[0] == name:
                return c
        return D.CITIES[country][0]

    # ---- names and contacts
    def name(self, country=None, origin=None):
        if origin is None:
            origin = self.wpick(D.US_ORIGINS) if country in ("US", "CA") else D.ORIGIN.get(country, "us")
        f, l = D.NAMES[origin]
        return self.pick(f), self.pick(l), origin

    def email(self, first, last, country="default", year=None):
        dom = self.pick(D.EMAIL_DOMAINS.get(country, D.EMAIL_DOMAINS["default"]))
        f, l = ascii_fold(first).lower().replace(" ", "").replace("-", ""), ascii_fold(last).lower().replace(" ", "").replace("-", "")
        y = year or self.r.randrange(70, 100)
        style = self.r.random()
        if style < 0.3:
            local = f"{f}.{l}"
        elif style < 0.5:
            local = f"{f}{l}{self.r.randrange(1, 999)}"
        elif style < 0.65:
            local = f"{f[0]}{l}"
        elif style < 0.8:
            local = f"{f}.{l}{y % 100:02d}"
        elif style < 0.9:
            local = f"{l}.{f}"
        else:
            local = f"{f}{self.pick(['dev', 'codes', '.dev', 'tech', '_eng'])}"
        return f"{local}@{dom}"

    def phone(self, country, kind="mobile"):
        """A valid number (E.164) of the region."""
        for _ in range(60):
            if country in ("US", "CA"):
                area = self.pick(AREAS[country])
                nat = f"{area}{self.r.randrange(2, 10)}{self.r.randrange(0, 10)}{self.r.randrange(0, 10)}{self.r.randrange(0, 10000):04d}"
                num = phonenumbers.parse("+1" + nat)
            else:
                pref = self._phone_pref.get((country, kind))
                if pref is None:
                    ex = phonenumbers.example_number_for_type(country, PhoneNumberType.MOBILE if kind == "mobile" else PhoneNumberType.FIXED_LINE)
                    ex = ex or phonenumbers.example_number_for_type(country, PhoneNumberType.MOBILE)
                    s = str(ex.national_number)
                    keep = max(2, len(s) - 6)
                    pref = (ex.country_code, s[:keep], len(s) - keep)
                    self._phone_pref[(country, kind)] = pref
                cc, head, rest = pref
                nat = head + "".join(str(self.r.randrange(10)) for _ in range(rest))
                num = phonenumbers.parse(f"+{cc}{nat}")
            if phonenumbers.is_valid_number(num):
                e = phonenumbers.format_number(num, PhoneNumberFormat.E164)
                if e not in self.used_phones:
                    self.used_phones.add(e)
                    return e
        raise RuntimeError(f"no valid phone for {country}")

    def fmt_phone(self, e164, country, style=None):
        """The number as someone typed it: E.164, international, national (only when the row's country is the number's)."""
        num = phonenumbers.parse(e164)
        same = phonenumbers.region_code_for_number(num) == country or (country in ("US", "CA") and num.country_code == 1)
        style = style or self.wpick([("e164", 4), ("intl", 3), ("national", 3 if same else 0), ("digits", 1 if same else 0), ("intl_dots", 1)])
        if style == "e164":
            return e164
        if style == "intl":
            return phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
        if style == "national":
            return phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
        if style == "digits":
            return str(num.national_number) if num.country_code != 1 else f"{num.national_number}"
        intl = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
        cc, _, rest = intl.partition(" ")
        return cc + " " + rest.replace(" ", ".").replace("-", ".")

    # ---- addresses
    def address(self, country, city=None):
        city = city or self.city(country)
        org = "es" if country in ("MX", "CO", "AR", "CL", "PE") else ("pt" if country == "BR" else country)
        street = self.pick(D.STREETS.get(org, D.STREETS.get(country, ["Main Street"])))
        num = self.r.randrange(1, 3000 if country in ("US", "CA", "BR", "AR") else 300)
        unit = None
        if self.chance(0.55):
            unit = str(self.r.randrange(1, 40)) + (self.pick(["A", "B", "C", ""]) if self.chance(0.3) else "")
        return {"country": country, "city": city[0], "region": city[1], "street": street, "num": num, "unit": unit,
                "post": self.postcode(country), "area": self.pick(AREAS_LOCAL.get(country, [""]))}

    def postcode(self, c):
        r = self.r.randrange
        if c == "US":
            return f"{r(10000, 99950):05d}"
        if c == "CA":
            L = "ABCEGHJKLMNPRSTVXY"
            return f"{self.pick(L)}{r(10)}{self.pick(L)} {r(10)}{self.pick(L)}{r(10)}"
        if c == "BR":
            return f"{r(1000, 99999):05d}-{r(1000):03d}"
        if c == "PL":
            return f"{r(10, 99)}-{r(100, 999)}"
        if c in ("IN",):
            return f"{r(110001, 860000)}"
        if c in ("NG", "GH", "EG", "PK", "BD", "AE"):
            return ""
        if c == "GB":
            return f"{self.pick(['SW1A', 'E14', 'M1', 'N7', 'SE15'])} {r(1, 9)}{self.pick('ABDEFGHJ')}{self.pick('LNPQRSTU')}"
        if c == "AR":
            return f"C{r(1000, 1499)}"
        return f"{r(1000, 99999)}"

    def fmt_address(self, a, style=None, careless=0.15):
        c = a["country"]
        num, unit, st, city, reg, post, area = a["num"], a["unit"], a["street"], a["city"], a["region"], a["post"], a["area"]
        if careless and self.chance(careless):
            unit = None
        if c in ("US", "CA"):
            u = f" {self.pick(['Apt', 'Apt.', '#', 'Unit', 'Ste'])} {unit}" if unit else ""
            s = f"{num} {st}{u}, {city}, {reg} {post}"
            if self.chance(0.1):
                s = s.replace(" St", " Street").replace(" Ave", " Avenue").replace(" Dr", " Drive")
        elif c in ("MX", "CO", "AR", "CL", "PE", "ES"):
            if c == "CO":
                s = f"{st} # {self.r.randrange(10, 90)}-{num % 99}" + (f", Apto {unit}" if unit else "") + (f", {area}" if area else "") + f", {city}"
            else:
                s = f"{st} {num}" + (f", Int. {unit}" if unit else "") + (f", Col. {area}" if area else "") + f", {post} {city}, {reg}"
        elif c in ("BR", "PT"):
            s = f"{st}, {num}" + (f", apto {unit}" if unit else "") + (f" - {area}" if area else "") + f", {city} - {reg}, {post}"
        elif c == "IN":
            s = (f"Flat {unit}, " if unit else "") + f"{num}, {st}" + (f", {area}" if area else "") + f", {city}, {post}"
        elif c in ("NG", "GH", "KE", "ZA", "EG", "PK", "BD", "LK"):
            s = (f"Flat {unit}, " if unit else "") + f"{num} {st}" + (f", {area}" if area else "") + f", {city}"
        elif c in ("UA", "PL", "RO", "RS"):
            s = f"{st} {num}" + (f"/{unit}" if unit else "") + f", {post} {city}"
        elif c in ("PH",):
            s = (f"Unit {unit}, " if unit else "") + f"{num} {st}" + (f", {area}" if area else "") + f", {city}"
        elif c in ("VN", "ID", "MY"):
            s = (f"Số {num} " if c == "VN" else f"{st} No. {num}, ") + (st if c == "VN" else "") + (f", {area}" if area else "") + f", {city}"
        else:
            s = f"{num} {st}" + (f" {unit}" if unit else "") + f", {city} {post}"
        style = style if style is not None else self.r.random()
        if style < 0.1:
            s = s.upper()
        elif style < 0.2:
            s = s + ", " + COUNTRY_NAME.get(c, c)
        elif style < 0.26:
            s = ascii_fold(s)
        elif style < 0.3:
            s = s.replace(",", "")
        return " ".join(s.split()).strip(", ")

    # ---- networks
    def _block(self, key):
        b = self._blocks.get(key)
        if b is None:
            i = self._nblocks
            self._nblocks += 1
            b = (PUBLIC_FIRST[(i // 250) % len(PUBLIC_FIRST)], (i * 37) % 250 + 1)
            self._blocks[key] = b
        return b

    def ip_in(self, key, nblocks=4):
        o1, o2 = self._block((key, self.r.randrange(nblocks)))
        return f"{o1}.{o2}.{self.r.randrange(256)}.{self.r.randrange(1, 255)}"

    def home_net(self, country, city, isp=None):
        isp = isp or self.pick(D.ISPS[country])
        return Net("residential", country, city[0], city[4], city[5], isp[1], isp[0], False, [self.ip_in(("isp", country, isp[0]))],
                   gw=self.mac(), wifi=self.wifi(), tz=city[2])

    def wifi(self):
        t = self.pick(D.WIFI)
        return t.replace("{h}", self.hex(4).upper()).replace("{n}", str(self.r.randrange(100, 999)))

    def mobile_net(self, country, city):
        """Carrier-grade NAT: a pool of 32 addresses per carrier and metro, shared by everyone on it."""
        car = self.pick(D.MOBILE[country])
        key = ("cgnat", country, city[0], car[0])
        n = self._pools.get(key)
        if n is None:
            ips = [self.ip_in(("mob", country, car[0]), 2) for _ in range(32)]
            n = Net("mobile", country, city[0], city[4], city[5], car[1], car[0], False, ips, tz=city[2])
            self._pools[key] = n
        return n

    def starlink(self, country, city):
        key = ("starlink", country, city[1])
        n = self._pools.get(key)
        if n is None:
            ips = [self.ip_in(("starlink", country), 2) for _ in range(16)]
            n = Net("starlink", country, city[0], city[4], city[5], D.STARLINK[1], D.STARLINK[0], False, ips, tz=city[2])
            self._pools[key] = n
        return n

    def fixed_net(self, key, type, country, city, owner=None, asn=None, n_ips=1, proxy=False):
        """A shared place: hub office, coworking space, campus, cafe, a relative's home."""
        k = ("fixed", key)
        n = self._pools.get(k)
        if n is None:
            if owner is None:
                owner, asn = self.pick(D.ISPS[country])
            ips = [self.ip_in(("biz", country, owner), 2) for _ in range(n_ips)]
            n = Net(type, country, city[0], city[4], city[5], asn, owner, proxy, ips, gw=self.mac(), wifi=None, tz=city[2])
            self._pools[k] = n
        return n

    def vpn_net(self, provider, exit_city=None):
        ex = exit_city or self.pick(D.VPN_EXIT_CITIES)
        key = ("vpn", provider, ex[1])
        n = self._pools.get(key)
        if n is None:
            owner, asn = D.VPN_HOSTING[provider]
            ips = [self.ip_in(("vpnblk", provider), 2) for _ in range(24)]
            n = Net("vpn", ex[0], ex[1], ex[2], ex[3], asn, owner, True, ips)
            self._pools[key] = n
        return n

    def vps_net(self):
        owner, asn = self.pick(D.VPS)
        ex = self.pick(D.VPN_EXIT_CITIES)
        return Net("hosting", ex[0], ex[1], ex[2], ex[3], asn, owner, True, [self.ip_in(("vps", owner), 4)])

    def resi_proxy(self, country="US"):
        """A residential-proxy exit: a random home line in the claimed country; the source rarely flags it."""
        if country not in D.ISPS:
            country = "US"
        c = self.city(country) if country in D.CITIES else self.city("US")
        isp = self.pick(D.ISPS[country])
        return Net("residential", country, c[0], c[4], c[5], isp[1], isp[0], self.chance(0.25), [self.ip_in(("isp", country, isp[0]))], tz=c[2])

    # ---- time
    def work_ts(self, ref_off, h0=9, h1=18, t0=WIN0, t1=WIN1, weekend=0.06):
        """A moment in working hours of a clock at UTC offset ref_off."""
        for _ in range(8):
            day = self.r.randrange(max(t0, WIN0 - 3 * 365 * DAY) // DAY, max(t0 // DAY + 1, t1 // DAY))
            local_dow = (day + 3) % 7  # 1970-01-01 was Thursday -> 0 Monday
            if local_dow >= 5 and not self.chance(weekend):
                continue
            break
        hour = h0 + self.r.random() * (h1 - h0)
        return int(day * DAY + (hour - ref_off) * 3600)

    def ts_between(self, t0, t1):
        return self.r.randrange(int(t0), int(max(t0 + 1, t1)))

    # ---- rows
    def add_login(self, sid, ts, net, device, ua, source, event_type, outcome="success", risk=None, proxy_known=True, session=None):
        ip = net.ips[0] if len(net.ips) == 1 else self.pick(net.ips)
        full = source in ("okta", "entra")
        style = "ms" if source == "okta" else ("p00" if source == "entra" else "z")
        row = {"subject_id": sid, "ts": iso(ts, style), "ip": ip, "device_id": device, "user_agent": ua,
               "country": net.country if self.r.random() > 0.01 else None, "outcome": outcome,
               "source_proxy": (("true" if net.proxy else "false") if proxy_known else None),
               "asn": str(net.asn) if (full or self.r.random() < 0.7) else None,
               "network_owner": net.owner if full else None,
               "city": net.city if full else None,
               "latitude": f"{net.lat + (self.r.random() - 0.5) * 0.1:.4f}" if full else None,
               "longitude": f"{net.lon + (self.r.random() - 0.5) * 0.1:.4f}" if full else None,
               "risk_level": risk or ("none" if full else None), "event_type": event_type,
               "session_id": session or ((("102" if source == "okta" else "") + self.hex(20)) if full else None),
               "event_id": (f"okta:{self.uuid().lower()}" if source == "okta" else (f"entra:{self.uuid().lower()}" if source == "entra" else None)),
               "hubwise_source": source}
        self.logins.append(row)

    def add_endpoint(self, sid, ts, device, kind, value, vendor=None, product=None, started=None):
        self.endpoint.append({"subject_id": sid, "ts": iso(ts, "z"), "device_id": device, "kind": kind, "value": value,
                              "vendor_id": vendor, "product_id": product, "event_id": self.hex(16), "started_at": iso(started, "z") if started else None})

    def add_payment(self, sid, ts, amount, currency, method, dest, payer, provider, memo=None):
        self.payments.append({"subject_id": sid, "ts": iso(ts, "z"), "amount": f"{amount:.2f}", "currency": currency, "method": method,
                              "destination": dest, "hubwise_payer": payer, "hubwise_provider": provider, "hubwise_memo": memo})

    def add_shipment(self, sid, ts, asset, address, item, recipient, carrier):
        self.shipments.append({"subject_id": sid, "ts": iso(ts, "z"), "asset": asset, "address": address, "hubwise_item": item,
                               "hubwise_recipient": recipient, "hubwise_carrier": carrier})

    def add_subject(self, row, truth_kind, fraud):
        """truth_kind: a string or a callable evaluated at export (traits may still be added)."""
        self.subjects.append(row)
        self.truth[row["id"]] = (1 if fraud else 0, truth_kind)


AREAS = {"US": ["512", "404", "206", "303", "919", "614", "602", "615", "718", "408", "612", "813", "214", "312", "503", "412", "605", "410",
                "737", "470", "425", "720", "984", "380", "480", "629", "347", "669", "952", "727", "469", "773", "971", "878", "443"],
         "CA": ["416", "647", "604", "778", "514", "438", "403", "587", "519", "226"]}
AREAS_LOCAL = {"MX": ["Roma Norte", "Condesa", "Providencia", "Del Valle"], "CO": ["El Poblado", "Laureles", "Chapinero", "Envigado"],
               "BR": ["Consolação", "Pinheiros", "Savassi", "Boa Viagem"], "AR": ["Palermo", "Belgrano", "Nueva Córdoba"],
               "NG": ["Victoria Island", "Lekki Phase 1", "Yaba", "Ikeja GRA", "Wuse 2", "Surulere", "Gwarinpa"],
               "KE": ["Kilimani", "Westlands", "Kileleshwa", "South B"], "GH": ["East Legon", "Osu", "Cantonments"],
               "EG": ["Maadi", "Nasr City", "Heliopolis", "Dokki"], "ZA": ["Sea Point", "Observatory", "Sandton"],
               "IN": ["HSR Layout", "Koramangala", "Whitefield", "Kothrud", "Gachibowli", "Velachery"],
               "PK": ["Gulberg", "DHA Phase 5", "Johar Town", "Bahria Town", "Dhanmondi", "Gulshan"],
               "PH": ["Poblacion", "Diliman", "Lahug", "BGC"], "VN": ["Đống Đa", "Quận 1", "Hải Châu"], "ID": ["Kemang", "Kuta", "Dago"]}
COUNTRY_NAME = {"US": "USA", "CA": "Canada", "MX": "México", "BR": "Brasil", "AR": "Argentina", "CO": "Colombia", "CL": "Chile", "PE": "Perú",
                "NG": "Nigeria", "KE": "Kenya", "GH": "Ghana", "EG": "Egypt", "ZA": "South Africa", "UA": "Ukraine", "PL": "Polska",
                "RO": "România", "RS": "Srbija", "IN": "India", "PK": "Pakistan", "BD": "Bangladesh", "LK": "Sri Lanka", "PH": "Philippines",
                "VN": "Việt Nam", "ID": "Indonesia", "MY": "Malaysia", "GB": "United Kingdom", "TR": "Türkiye", "PT": "Portugal",
                "GE": "Georgia", "AE": "UAE", "JP": "Japan", "SG": "Singapore", "DE": "Germany", "ES": "España", "NL": "Netherlands"}
