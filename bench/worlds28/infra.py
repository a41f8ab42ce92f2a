"""The world object and its building blocks: time, names, addresses, phones, e-mails, networks, devices,
sign-ins, endpoint telemetry, payouts and shipments."""
import datetime as dt
import hashlib
import random
from zoneinfo import ZoneInfo

import phonenumbers

from . import data as D

UTC = dt.timezone.utc
T0 = dt.datetime.fromisoformat(D.WINDOW_START).replace(tzinfo=UTC)
T1 = dt.datetime.fromisoformat(D.EXPORT_DAY).replace(tzinfo=UTC) + dt.timedelta(hours=23)
_ZONES = {}


def zone(name):
    z = _ZONES.get(name)
    if z is None:
        z = _ZONES[name] = ZoneInfo(name)
    return z


def iso(t):
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def h(*parts, n=16):
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:n]


class Net:
    """One network a subject can sign in from: a household line, an office NAT, a carrier CGNAT pool, a VPN exit pool."""

    def __init__(self, w, service, name, asn, owner, country, city, lat, lon, ips, proxy=False, recog=0.0, sticky=True):
        self.service, self.name, self.asn, self.owner = service, name, asn, owner
        self.country, self.city, self.lat, self.lon = country, city, lat, lon
        self.ips, self.proxy, self.sticky = ips, proxy, sticky
        # which exits the sign-in source recognises as a proxy: fixed per address
        self.flag = {ip: (int(h("recog", ip, n=4), 16) / 65536.0) < recog for ip in ips} if proxy else {}
        self.gateway = w.mac() if service in ("RESIDENTIAL", "BUSINESS", "COWORK", "CAMPUS") else None

    def pick(self, rng):
        if self.sticky and len(self.ips) > 1:
            return self.ips[0] if rng.random() < 0.8 else rng.choice(self.ips)
        return rng.choice(self.ips)


class Device:
    def __init__(self, did, system, os, ua, tz, keyboard, managed):
        self.id, self.system, self.os, self.ua, self.tz, self.keyboard, self.managed = did, system, os, ua, tz, keyboard, managed
        self.displays, self.usb, self.procs, self.ports, self.remote = [], [], [], [], []
        self.net_name = None


class World:
    def __init__(self, seed, n):
        self.seed, self.n = seed, n
        self.rng = random.Random(seed)
        self.subjects, self.truth = [], {}
        self.logins, self.endpoint, self.payments, self.shipments, self.domains = [], [], [], [], []
        self.photos = {}  # relative path -> bytes
        self.used_phone, self.used_email, self.used_ip, self.used_dev = set(), set(), set(), set()
        self.prefixes, self.isp_prefix = set(), {}
        self.mobile_pools, self.vpn_pools, self.office_nets = {}, {}, {}
        self.counter = 0
        self.seq = 0

    # ------------------------------------------------------------ ids and time
    def rid(self, tag, n=8):
        self.seq += 1
        return h(self.seed, tag, self.seq, n=n)

    def date_between(self, a, b):
        span = (b - a).total_seconds()
        return a + dt.timedelta(seconds=self.rng.random() * span)

    def created(self, lo="2019-01-01", hi=None):
        a = dt.datetime.fromisoformat(lo).replace(tzinfo=UTC)
        b = dt.datetime.fromisoformat(hi).replace(tzinfo=UTC) if hi else T1 - dt.timedelta(days=3)
        t = self.date_between(a, b)
        return t.replace(microsecond=0)

    def local_to_utc(self, day, hour, minute, zname):
        local = dt.datetime(day.year, day.month, day.day, hour % 24, minute, self.rng.randrange(60), tzinfo=zone(zname))
        if hour >= 24:
            local += dt.timedelta(days=1)
        return local.astimezone(UTC)

    def birth(self, lo=1965, hi=2005):
        y = self.rng.randint(lo, hi)
        return f"{y}-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}"

    # ------------------------------------------------------------ people
    def name(self, country="US"):
        first, last = D.NAMES.get(country, D.NAMES["US"])
        r = self.rng
        f = r.choice(first)
        if country in ("US", "PH", "CO", "MX") and r.random() < 0.18:
            f = f + " " + r.choice(first)
        return f + " " + r.choice(last)

    def email(self, name, country="US", domain=None):
        r = self.rng
        parts = [p.lower().replace("-", "") for p in name.split() if p]
        f, l = parts[0], parts[-1]
        for _ in range(50):
            style = r.randrange(7)
            local = [f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}", f"{l}.{f}", f"{f}{l[0]}", f"{f}.{l}"][style]
            if domain is None or r.random() < 0.3:
                local += str(r.choice([r.randint(1, 99), r.randint(1960, 2005), r.randint(100, 9999)]))
            dom = domain or r.choice(D.INTL_MAIL.get(country, D.FREE_MAIL) if country != "US" else D.FREE_MAIL)
            e = f"{local}@{dom}"
            if e not in self.used_email:
                self.used_email.add(e)
                return e
        e = f"{f}.{l}.{self.rid('em', 6)}@{domain or 'gmail.com'}"
        self.used_email.add(e)
        return e

    def handle_email(self, domain="gmail.com", stem=None):
        r = self.rng
        words = ["sunny", "blue", "tech", "pro", "star", "dev", "cloud", "smart", "happy", "king", "lucky", "bright", "cool", "swift"]
        for _ in range(50):
            e = f"{stem or r.choice(words) + r.choice(words)}{r.randint(10, 9999)}@{domain}"
            if e not in self.used_email:
                self.used_email.add(e)
                return e
        return f"{self.rid('hm', 10)}@{domain}"

    # ------------------------------------------------------------ phones
    def _nsn(self, country, kind, city_ac=None):
        r = self.rng
        d = lambda k: "".join(str(r.randrange(10)) for _ in range(k))
        if country in ("US", "CA"):
            ac = city_ac or r.choice(r.choice(D.US_CITIES)[6])
            ex = str(r.randint(2, 9)) + d(2)
            if ex[1:] == "11" or ex == "555":
                ex = "73" + d(1)
            return ac + ex + d(4)
        if country == "JM":
            return r.choice(["876", "658"]) + str(r.randint(2, 9)) + d(6)
        if country == "PH":
            if kind == "landline":
                return "2" + str(r.randint(7, 8)) + d(7)
            return "9" + r.choice(["17", "18", "19", "20", "21", "27", "28", "29", "35", "39", "45", "47", "55", "56", "61", "66", "75", "77", "95", "98"]) + d(7)
        if country == "IN":
            return str(r.randint(6, 9)) + d(9)
        if country == "CO":
            if kind == "landline":
                return "60" + str(r.choice([1, 4, 5])) + str(r.randint(2, 7)) + d(6)
            return "3" + r.choice(["00", "01", "02", "04", "05", "10", "11", "12", "13", "14", "15", "16", "17", "18", "20", "21", "23"]) + d(7)
        if country == "KE":
            return "7" + r.choice(["0", "1", "2", "4", "9"]) + d(7)
        if country == "PL":
            return r.choice(["50", "51", "53", "60", "66", "69", "72", "78", "79", "88"]) + d(7)
        if country == "MX":
            return r.choice(["81", "33", "55"]) + d(8)
        if country == "ZA":
            return r.choice(["82", "83", "72", "73", "84", "71", "60", "61"]) + d(7)
        if country == "CN":
            return "1" + r.choice(["30", "31", "35", "38", "39", "50", "58", "86", "87", "89"]) + d(8)
        if country == "RU":
            return "9" + r.choice(["14", "24", "02", "84", "08"]) + d(7)
        if country == "LA":
            return "20" + r.choice(["2", "5", "7", "9"]) + d(7)
        return d(9)

    def phone(self, country="US", kind="mobile", fmt_country=None, city_ac=None):
        """A valid, unused number: returns (display string, e164)."""
        cc = D.DIAL[country]
        for _ in range(200):
            nsn = self._nsn(country, kind, city_ac)
            e164 = "+" + cc + nsn
            if e164 in self.used_phone:
                continue
            try:
                p = phonenumbers.parse(e164)
            except phonenumbers.NumberParseException:
                continue
            if not phonenumbers.is_valid_number(p):
                continue
            self.used_phone.add(e164)
            return self.fmt_phone(p, fmt_country or country), e164
        raise RuntimeError(f"no valid phone for {country}")

    def fmt_phone(self, p, claimed):
        r = self.rng.random()
        region = phonenumbers.region_code_for_number(p)
        if r < 0.35 and region == claimed:
            return phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.NATIONAL)
        if r < 0.7:
            return phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        return phonenumbers.format_number(p, phonenumbers.PhoneNumberFormat.E164)

    def reformat(self, e164, claimed):
        return self.fmt_phone(phonenumbers.parse(e164), claimed)

    # ------------------------------------------------------------ places
    def us_city(self, name=None):
        if name:
            return next(c for c in D.US_CITIES if c[0] == name)
        return self.rng.choice(D.US_CITIES)

    def intl_city(self, country, name=None):
        cs = D.INTL_CITIES[country]
        if name:
            return next(c for c in cs if c[0] == name)
        return self.rng.choice(cs)

    def place(self, country, name=None):
        """(city, region, zone, lat, lon, postcode, area codes)"""
        if country == "US":
            c = self.us_city(name)
            return (c[0], c[1], c[2], c[3], c[4], c[5] + f"{self.rng.randint(0, 99):02d}", c[6])
        c = self.intl_city(country, name)
        return c + ([],)

    def address(self, country, pl):
        """A structured address; render() writes it."""
        r = self.rng
        a = {"country": country, "city": pl[0], "region": pl[1], "post": pl[5]}
        if country == "US":
            a["num"] = str(r.randint(10, 9899))
            a["street"] = r.choice(D.US_STREETS)
            a["suffix"] = r.choice(D.US_SUFFIX)
            a["unit"] = str(r.randint(1, 40)) + r.choice(["", "", "A", "B"]) if r.random() < 0.35 else ""
        elif country == "PH":
            a["line"] = r.choice([f"Blk {r.randint(1, 40)} Lot {r.randint(1, 30)}, {r.choice(['Mabini', 'Rizal', 'Bonifacio', 'Luna', 'Sampaguita', 'Narra'])} St",
                                  f"{r.randint(1, 300)} {r.choice(['Kalayaan', 'Aurora', 'Katipunan', 'Magsaysay', 'Osmena'])} Ave",
                                  f"Unit {r.randint(101, 2405)} {r.choice(['SMDC Grass', 'Avida Towers', 'Camella Homes', 'Urban Deca'])} Residences"])
            a["area"] = "Brgy. " + r.choice(["San Isidro", "Poblacion", "Santo Nino", "San Roque", "Bagong Silang", "Holy Spirit", "Lahug", "Talamban"])
        elif country == "IN":
            a["line"] = f"Flat {r.randint(1, 15)}0{r.randint(1, 9)}, {r.choice(['Sri Sai', 'Prestige', 'Lakshmi', 'Green Valley', 'Sobha', 'Brigade'])} {r.choice(['Residency', 'Apartments', 'Enclave', 'Heights'])}"
            a["area"] = f"{r.randint(1, 18)}th Cross, {r.choice(['HSR Layout', 'Madhapur', 'Kharadi', 'Velachery', 'Sector 45', 'Whitefield', 'Gachibowli'])}"
        elif country in ("CO",):
            a["line"] = f"{r.choice(['Calle', 'Carrera', 'Transversal', 'Diagonal'])} {r.randint(1, 150)} # {r.randint(1, 99)}-{r.randint(1, 99)}"
            a["area"] = f"Apto {r.randint(1, 20)}0{r.randint(1, 9)}" if r.random() < 0.6 else f"Barrio {r.choice(['Chapinero', 'Laureles', 'Envigado', 'Suba', 'Belen', 'El Prado'])}"
        elif country == "MX":
            a["line"] = f"{r.choice(['Av.', 'Calle'])} {r.choice(['Juarez', 'Hidalgo', 'Morelos', 'Constitucion', 'Revolucion', 'Zaragoza'])} {r.randint(10, 3000)}"
            a["area"] = "Col. " + r.choice(["Centro", "Del Valle", "Mitras", "Americana", "Obispado", "Chapultepec"])
        elif country == "KE":
            a["line"] = f"{r.choice(['Kilimani', 'Kileleshwa', 'South B', 'Ruaka', 'Kasarani', 'Rongai', 'Nyali'])}, {r.choice(['Argwings Kodhek Rd', 'Ngong Rd', 'Thika Rd', 'Mombasa Rd', 'Waiyaki Way'])}"
            a["area"] = f"Apartment {r.choice('ABCDE')}{r.randint(1, 30)}, P.O. Box {r.randint(100, 99999)}"
        elif country == "PL":
            a["line"] = f"ul. {r.choice(['Dluga', 'Krotka', 'Mickiewicza', 'Slowackiego', 'Zielona', 'Polna', 'Lipowa', 'Kosciuszki'])} {r.randint(1, 120)}/{r.randint(1, 40)}"
            a["area"] = ""
        elif country == "ZA":
            a["line"] = f"{r.randint(1, 200)} {r.choice(['Main', 'Long', 'Church', 'Voortrekker', 'Jan Smuts', 'Beach'])} {r.choice(['Road', 'Street', 'Avenue'])}"
            a["area"] = r.choice(["Observatory", "Sea Point", "Umhlanga", "Rosebank", "Bellville", "Randburg"])
        else:  # JM
            a["line"] = f"{r.randint(1, 90)} {r.choice(['Hope', 'Constant Spring', 'Red Hills', 'Barbican', 'Molynes', 'Waltham Park'])} Road"
            a["area"] = f"Kingston {r.randint(2, 20)}" if pl[0] == "Kingston" else pl[1]
        return a

    def render(self, a, style=0):
        """Write an address; style 1-4 are the ways one address gets re-typed (abbreviations, unit forms, case, no postcode)."""
        c = a["country"]
        if c == "US":
            suf = a["suffix"][1] if style in (1, 3) else a["suffix"][0]
            unit = ""
            if a["unit"]:
                unit = [f", Apt {a['unit']}", f" #{a['unit']}", f", Unit {a['unit']}", f" Apt. {a['unit']}", f", APT {a['unit']}"][style % 5]
            s = f"{a['num']} {a['street']} {suf}{unit}, {a['city']}, {a['region']} {a['post']}"
            if style == 2:
                s = s.upper()
            if style == 4:
                s = f"{a['num']} {a['street']} {suf}{unit} {a['city']} {a['region']}"
            return s
        parts = [a["line"], a.get("area", ""), a["city"], a["region"] if c in ("PH", "IN", "MX", "ZA") else "", a["post"]]
        if style in (2, 4):
            parts = parts[:3]
        s = ", ".join(p for p in parts if p)
        if c == "PL":
            s = f"{a['line']}, {a['post']} {a['city']}" if style != 2 else f"{a['line']}, {a['city']}"
        if style == 3:
            s = s.replace("Street", "St").replace("Avenue", "Ave").replace("Brgy.", "Barangay").replace("Apto", "Apartamento")
        return s

    # ------------------------------------------------------------ networks
    _FIRST_OCTETS = [23, 24, 31, 37, 41, 45, 46, 49, 50, 58, 62, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 80, 81, 82,
                     83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
                     112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145,
                     146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 170,
                     171, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 193, 194, 195, 196,
                     197, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222]

    def _prefix(self, key):
        lst = self.isp_prefix.get(key)
        if lst is None:
            lst = self.isp_prefix[key] = []
        if not lst or self.rng.random() < 0.02:
            while True:
                p = (self.rng.choice(self._FIRST_OCTETS), self.rng.randrange(256))
                if p not in self.prefixes:
                    self.prefixes.add(p)
                    lst.append(p)
                    break
        return self.rng.choice(lst)

    def ip(self, key):
        for _ in range(1000):
            a, b = self._prefix(key)
            s = f"{a}.{b}.{self.rng.randrange(256)}.{self.rng.randint(1, 254)}"
            if s not in self.used_ip:
                self.used_ip.add(s)
                return s
        raise RuntimeError("ip space")

    def jitter(self, lat, lon, d=0.08):
        return round(lat + self.rng.uniform(-d, d), 4), round(lon + self.rng.uniform(-d, d), 4)

    def home_net(self, country, pl, n_ips=None, isp=None):
        isp = isp or self.rng.choice(D.ISPS[country])
        k = n_ips or self.rng.choice([1, 1, 1, 2, 2, 3])
        ips = [self.ip(isp[0]) for _ in range(k)]
        lat, lon = self.jitter(pl[3], pl[4])
        return Net(self, isp[3], isp[0], isp[1], isp[2], country, pl[0], lat, lon, ips)

    def mobile_net(self, country, pl):
        car = self.rng.choice(D.MOBILE[country])
        key = (car[0], pl[1] if country == "US" else country)
        net = self.mobile_pools.get(key)
        if net is None:
            size = 60 if country == "US" else 40
            ips = [self.ip(car[0]) for _ in range(size)]
            net = Net(self, car[3], car[0], car[1], car[2], country, pl[0], pl[3], pl[4], ips, sticky=False)
            self.mobile_pools[key] = net
        return net

    def office_net(self, key, country, pl, n_ips=3, service="BUSINESS", isp=None):
        net = self.office_nets.get(key)
        if net is None:
            isp = isp or self.rng.choice(D.BUSINESS_ISP.get(country, D.BUSINESS_ISP["US"]))
            ips = [self.ip(isp[0]) for _ in range(n_ips)]
            net = Net(self, service, isp[0], isp[1], isp[2], country, pl[0], pl[3], pl[4], ips, sticky=False)
            self.office_nets[key] = net
        return net

    def vpn_net(self, service, exit_country="US", exit_city=None):
        key = (service, exit_country, exit_city)
        net = self.vpn_pools.get(key)
        if net is None:
            prov = [v for v in D.VPNS if v[0] == service]
            v = self.rng.choice(prov)
            pl = self.place(exit_country, exit_city) if exit_country in ("US",) + tuple(D.INTL_CITIES) else ("", "", "", 0, 0, "", [])
            ips = [self.ip(("vpn", service, exit_country)) for _ in range(12 if exit_city else 30)]
            net = Net(self, service, v[2], v[1], v[2], exit_country, pl[0], pl[3], pl[4], ips, proxy=True, recog=v[3], sticky=False)
            self.vpn_pools[key] = net
        return net

    def vps_net(self, country="US", city=None):
        v = self.rng.choice(D.VPS)
        pl = self.place(country, city)
        return Net(self, "DATACENTER", v[0], v[1], v[2], country, pl[0], pl[3], pl[4], [self.ip(("vps", v[0]))], proxy=True, recog=0.3)

    def corp_egress(self, pl):
        e = self.rng.choice(D.CORP_EGRESS)
        return self.office_net(("egress", e[0], pl[0]), "US", pl, n_ips=6, service=e[0], isp=(e[0], e[1], e[2], e[0]))

    # ------------------------------------------------------------ devices
    def mac(self):
        r = self.rng
        oui = r.choice(["00:1a:2b", "3c:37:86", "a4:2b:b0", "c8:3a:35", "f4:f2:6d", "e4:8d:8c", "74:da:88", "18:e8:29", "b0:be:76", "50:c7:bf"])
        return oui + ":" + ":".join(f"{r.randrange(256):02x}" for _ in range(3))

    def device(self, kind, tz, keyboard, system=None, ua=None):
        """kind: corp (managed laptop), byod, thin (hot-desk thin client / workstation), mobile."""
        r = self.rng
        v = r.randint(120, 131)
        if kind == "corp":
            m = system or r.choice(D.CORP_LAPTOPS)
            did = "SLD-" + self.rid("dev", 10).upper()
            d = Device(did, m[0] if isinstance(m, tuple) else m, "Windows 11", (ua or r.choice(D.UA_WIN)).format(v=v), tz, keyboard, True)
            d.serial = (m[1] if isinstance(m, tuple) else "5CG") + self.rid("ser", 7).upper()
        elif kind == "thin":
            did = system  # caller names the workstation
            d = Device(did, r.choice(D.THIN_CLIENTS), "IGEL OS 11", r.choice(D.UA_CITRIX), tz, keyboard, True)
        elif kind == "mobile":
            did = "okta-" + self.rid("mob", 12)
            d = Device(did, "", "mobile", r.choice(D.UA_MOBILE).format(v=v), tz, keyboard, False)
        else:
            did = "byod-" + self.rid("byod", 12)
            sysname = system or r.choice(D.BYOD_SYSTEMS)
            ua = ua or (D.UA_MAC[0] if "Mac" in sysname else r.choice(D.UA_WIN).format(v=v))
            d = Device(did, sysname, "macOS" if "Mac" in sysname else "Windows", ua, tz, keyboard, False)
        return d

    def kit(self, d, role="agent", extra_procs=(), usb_extra=()):
        """Fill a device's telemetry with what an agent's machine of that role shows."""
        r = self.rng
        if d.os == "mobile":
            return d
        d.displays = [r.choice(D.DISPLAYS)] if r.random() < 0.7 else []
        if r.random() < 0.2:
            d.displays.append(r.choice(D.DISPLAYS))
        d.usb = [r.choice(D.HEADSETS)] + r.sample(D.PERIPHERALS, r.randint(0, 3)) + list(usb_extra)
        procs = r.sample(D.AGENT_PROCS, r.randint(3, 6))
        if d.managed:
            procs += r.sample(D.CORP_AGENTS[:2], 2) + ([r.choice(D.CORP_AGENTS[2:4])] if r.random() < 0.5 else [])
        if role == "vdi" or (not d.managed and r.random() < 0.7):
            procs.append(r.choice(D.VDI_PROCS))
        if r.random() < 0.3:
            procs += r.sample(D.MISC_PROCS[:10], r.randint(1, 2))
        d.procs = procs + list(extra_procs)
        return d

    # ------------------------------------------------------------ events
    def login(self, key, t, net, dev, outcome="success", event_type="user.session.start", app="okta", ip=None, risk=None):
        r = self.rng
        ip = ip or net.pick(r)
        if risk is None:
            risk = "low" if r.random() < 0.85 else r.choice(["none", "medium"])
            if net.proxy and r.random() < 0.4:
                risk = r.choice(["medium", "high"])
        sp = ""
        if r.random() < 0.92:
            sp = "true" if net.flag.get(ip) else "false"
        lat, lon = (net.lat, net.lon) if net.lat or net.lon else ("", "")
        self.logins.append({
            "subject_id": key, "ts": iso(t), "ip": ip, "device_id": dev.id if dev else "", "user_agent": dev.ua if dev else "",
            "country": net.country, "outcome": outcome, "source_proxy": sp, "asn": str(net.asn), "network_owner": net.owner,
            "city": net.city, "latitude": lat, "longitude": lon, "risk_level": risk, "event_type": event_type,
            "session_id": "idx" + self.rid("sess", 20), "event_id": "okta:" + self.rid("ev", 32),
            "shiftline_app": app, "shiftline_ip_service": net.service if not net.proxy or net.flag.get(ip) else "UNKNOWN",
        })

    def work_sessions(self, key, start, n, zname, shift, paths, app_mix=("okta", "citrix", "genesys")):
        """n sign-ins from `start` to the export day, at the start of a shift in zone zname.
        shift: (start hour, spread hours); paths: [(weight, net, device)]."""
        r = self.rng
        a = max(start, T0)
        if a >= T1:
            return
        tw = sum(p[0] for p in paths)
        for _ in range(n):
            day = self.date_between(a, T1)
            if day.weekday() >= 5 and r.random() < 0.6:
                day += dt.timedelta(days=2)
            if day > T1:
                day = T1 - dt.timedelta(days=1)
            hr = shift[0] + r.uniform(-0.5, shift[1])
            t = self.local_to_utc(day, int(hr) % 24 if hr >= 0 else int(hr) + 24, int((hr % 1) * 60), zname)
            x = r.random() * tw
            for w, net, dev in paths:
                x -= w
                if x <= 0:
                    break
            out = "success"
            q = r.random()
            if q < 0.05:
                out = "challenge"
            elif q < 0.08:
                out = "failure"
            self.login(key, t, net, dev, outcome=out, app=r.choice(app_mix))
            if out != "success" and r.random() < 0.8:
                self.login(key, t + dt.timedelta(seconds=r.randint(20, 300)), net, dev, app="okta")

    def snapshot(self, key, dev, t=None, gateway=None, network=None):
        """A telemetry snapshot of a device as seen while `key` was signed in."""
        if dev.os == "mobile":
            return
        r = self.rng
        t = t or self.date_between(T0, T1)
        ts = iso(t)
        rows = self.endpoint

        def add(kind, value, **kw):
            row = {"subject_id": key, "ts": ts, "device_id": dev.id, "kind": kind, "value": value,
                   "event_id": "osq:" + self.rid("osq", 24)}
            row.update(kw)
            rows.append(row)
        add("timezone", dev.tz)
        add("keyboard", dev.keyboard)
        add("system", dev.system)
        for x in dev.displays:
            add("display", x)
        for v, p, name in dev.usb:
            add("usb", name, vendor_id=v, product_id=p)
        for p in dev.procs:
            add("process", p)
        if gateway:
            add("gateway_mac", gateway)
        if network:
            add("network", network)
        for p in dev.ports:
            add("listening_port", p)
        for host, started, hours in dev.remote:
            if started <= t <= started + dt.timedelta(hours=hours):
                add("remote_session", host, started_at=iso(started))

    def payouts(self, key, start, method, dest, amount, currency="USD", every=14, extra=None):
        r = self.rng
        t = dt.datetime(2025, 5, 2, 13, 0, tzinfo=UTC)
        while t < T1:
            if t > start + dt.timedelta(days=10):
                row = {"subject_id": key, "ts": iso(t + dt.timedelta(minutes=r.randint(0, 90))), "amount": f"{amount * r.uniform(0.85, 1.15):.2f}",
                       "currency": currency, "method": method, "destination": dest}
                row.update(extra or {})
                self.payments.append(row)
            t += dt.timedelta(days=every)

    def ship(self, key, t, asset, address, item, device_id="", carrier=None):
        self.shipments.append({"subject_id": key, "ts": iso(t), "asset": asset, "address": address, "shiftline_item": item,
                               "shiftline_device_id": device_id, "shiftline_carrier": carrier or self.rng.choice(["UPS", "FedEx", "DHL", "LBC", "USPS"])})

    # ------------------------------------------------------------ subjects
    def subject(self, fraud, tokens, **cols):
        self.counter += 1
        s = {"_k": self.counter}
        s.update(cols)
        self.subjects.append(s)
        self.truth[self.counter] = (1 if fraud else 0, tokens)
        return s

    def tok(self, s, *tokens):
        f, toks = self.truth[s["_k"]]
        for t in tokens:
            if t not in toks:
                toks.append(t)
