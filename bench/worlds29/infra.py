"""The world object and its building blocks: time, people, addresses, phones, networks, machines, events."""
import datetime as dt
import hashlib
import random
import zoneinfo

import phonenumbers

from . import data as D

START = dt.datetime(2025, 6, 1)
END = dt.datetime(2025, 11, 15)
SPAN_S = int((END - START).total_seconds())

AREA = {"NY": ["212", "718", "917", "347"], "PA": ["215", "267"], "GA": ["404", "678", "470"], "NC": ["704", "980"],
        "FL": ["305", "786", "813", "727"], "OH": ["614", "380"], "MA": ["617", "857"], "VA": ["804", "703", "571"],
        "MI": ["313", "248"], "IL": ["312", "773", "872"], "TX": ["214", "469", "713", "832", "512", "737"], "TN": ["615", "629"],
        "MN": ["612", "651"], "MO": ["816", "314"], "CO": ["303", "720"], "UT": ["801", "385"], "AZ": ["602", "623", "480"],
        "CA": ["213", "310", "408", "669", "619", "858"], "WA": ["206", "425"], "OR": ["503", "971"], "NV": ["702", "725"],
        "NJ": ["201", "551"]}

_OFFSET = {}


def zone_offset_h(zone):
    if zone not in _OFFSET:
        _OFFSET[zone] = dt.datetime(2025, 8, 1, tzinfo=zoneinfo.ZoneInfo(zone)).utcoffset().total_seconds() / 3600
    return _OFFSET[zone]


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def public_b2(o1, b2):
    """Keep a second octet out of private (172.16/12) and carrier-NAT (100.64/10) space."""
    if o1 == 172 and 16 <= b2 <= 31:
        return b2 + 40
    if o1 == 100 and 64 <= b2 <= 127:
        return b2 + 70
    return b2


def h(*parts, n=12):
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:n]


class Net:
    """A network location a sign-in or a remote session comes from."""
    __slots__ = ("ips", "asn", "owner", "country", "city", "lat", "lon", "proxy", "kind")

    def __init__(self, ips, asn, owner, country, city, lat, lon, proxy, kind):
        self.ips, self.asn, self.owner, self.country, self.city = ips, asn, owner, country, city
        self.lat, self.lon, self.proxy, self.kind = lat, lon, proxy, kind


class Machine:
    """A computer: the client a subject signs in from and/or an endpoint the agent runs on."""
    __slots__ = ("id", "model", "os", "zone", "kb", "procs", "usb", "display", "ports", "gw", "ssid", "label", "sessions",
                 "access", "name")

    def __init__(self, mid, model, os_, zone, kb):
        self.id, self.model, self.os, self.zone, self.kb = mid, model, os_, zone, kb
        self.procs, self.usb, self.display, self.ports, self.sessions = [], [], "", [], []
        self.gw = self.ssid = self.label = self.name = ""
        self.access = "unattended"


class World:
    def __init__(self, n, seed):
        self.n, self.seed = n, seed
        self.rng = random.Random(seed)
        self.subjects, self.truth, self.logins, self.endpoint, self.payments, self.domains = [], [], [], [], [], []
        self.next_id = 0
        self.used_email = set()
        self.used_phone = set()
        self.vpn_pools = {}
        for prov, exits in D.VPNS.items():
            pool = []
            for i, (asn, owner, o1, cc, city) in enumerate(exits):
                lat, lon = self.city_coords(cc, city)
                for k in range(30):
                    ip = f"{o1}.{(asn + 7 * i) % 200 + 20}.{(i * 37 + k * 11) % 250 + 2}.{(k * 53 + i) % 250 + 3}"
                    pool.append(Net([ip], asn, owner, cc, city, lat, lon, True, "vpn:" + prov))
            self.vpn_pools[prov] = pool

    # ---------- basics
    def r(self):
        return self.rng.random()

    def city_coords(self, cc, city):
        for c in D.CITIES.get(cc, []):
            if c[0] == city:
                return c[3], c[4]
        return {"Zurich": (47.37, 8.54), "Stockholm": (59.33, 18.07), "Frankfurt": (50.11, 8.68), "Clifton": (40.86, -74.16),
                "Piscataway": (40.55, -74.46), "Newark": (40.74, -74.17), "Roubaix": (50.69, 3.17),
                "Falkenstein": (50.48, 12.37)}.get(city, (0.0, 0.0))

    SUBJECT_COLS = ["id", "kind", "full_name", "email", "phone", "phone_line_type", "address", "country", "birth_date",
                    "national_id", "photo", "resume", "profiles", "employer", "created_at", "recovery_email", "recovery_phone",
                    "recovery_phone_line_type", "signup_ip", "relaydesk_plan", "relaydesk_role", "relaydesk_team",
                    "relaydesk_idv", "relaydesk_previous_name", "relaydesk_previous_address", "relaydesk_recovery_changed_at"]

    def add_subject(self, fraud, tokens, **f):
        self.next_id += 1
        sid = "RD-" + h("sid", self.seed, self.next_id, n=10).upper()
        row = {c: "" for c in self.SUBJECT_COLS}
        row.update({k: ("" if v is None else v) for k, v in f.items()})
        row["id"] = sid
        row.setdefault("kind", "account")
        if not row["kind"]:
            row["kind"] = "account"
        self.subjects.append(row)
        self.truth.append([sid, 1 if fraud else 0, tokens if isinstance(tokens, list) else list(tokens)])
        return sid

    def person(self, cc, heritage=None):
        nc = heritage or D.NAME_COUNTRY.get(cc, cc)
        first = self.rng.choice(D.FIRST.get(nc, D.FIRST["US"]))
        last = self.rng.choice(D.LAST.get(nc, D.LAST["US"]))
        return first, last

    def city(self, cc):
        return self.rng.choice(D.CITIES[cc])

    def address(self, cc, c=None):
        c = c or self.city(cc)
        num = self.rng.randint(2, 9899)
        street = self.rng.choice(D.STREETS)
        post = "".join(str(self.rng.randint(0, 9)) if ch == "#" else ch for ch in c[2])
        unit = f" Apt {self.rng.randint(1, 40)}{self.rng.choice('ABCD')}" if self.r() < 0.3 else ""
        if cc == "US":
            return f"{num} {street}{unit}, {c[0]}, {c[1]} {post}", c
        reg = f", {c[1]}" if c[1] else ""
        return f"{num} {street}{unit}, {post} {c[0]}{reg}, {cc}", c

    def respell(self, addr):
        """The same address typed differently."""
        a = addr
        choices = [lambda s: s.replace(" Apt ", " #").replace(" St,", " Street,"),
                   lambda s: s.upper(), lambda s: s.replace(" Ave", " Avenue").replace(" Dr,", " Drive,"),
                   lambda s: s.replace(",", "").replace(" Apt ", " Unit "), lambda s: s.replace(" Rd", " Road")]
        a = self.rng.choice(choices)(a)
        return a if a != addr else addr.replace(",", "", 1)

    def birth(self, lo=1955, hi=2004):
        d = dt.date(self.rng.randint(lo, hi), 1, 1) + dt.timedelta(days=self.rng.randint(0, 364))
        return d.isoformat()

    def national_id(self, cc):
        scheme = {"US": "ssn", "IN": "pan", "PH": "philsys", "GB": "nino", "CA": "sin", "KR": "rrn"}.get(cc, "passport")
        return f"{scheme}:sha256:{h('nid', self.seed, self.r(), n=24)}"

    # ---------- contact
    def phone(self, cc, kind="mobile", state=None):
        rng = self.rng
        for _ in range(200):
            if cc == "US" or cc == "CA" and False:
                ac = rng.choice(AREA.get(state) or rng.choice(list(AREA.values())))
                nat = f"{ac}{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}{rng.randint(0, 9999):04d}"
            else:
                ex = phonenumbers.example_number_for_type(cc, phonenumbers.PhoneNumberType.MOBILE)
                base = str(ex.national_number)
                keep = max(2, len(base) - 7)
                nat = base[:keep] + "".join(str(rng.randint(0, 9)) for _ in range(len(base) - keep))
            if nat[3:6] == "555":
                continue
            try:
                pn = phonenumbers.parse(nat, cc)
            except phonenumbers.NumberParseException:
                continue
            if not phonenumbers.is_valid_number(pn):
                continue
            e164 = phonenumbers.format_number(pn, phonenumbers.PhoneNumberFormat.E164)
            if e164 in self.used_phone:
                continue
            self.used_phone.add(e164)
            return e164
        raise RuntimeError("no phone for " + cc)

    def fmt_phone(self, e164, cc):
        x = self.r()
        if x < 0.6:
            return e164
        pn = phonenumbers.parse(e164)
        if x < 0.85:
            return phonenumbers.format_number(pn, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        return phonenumbers.format_number(pn, phonenumbers.PhoneNumberFormat.NATIONAL) if phonenumbers.region_code_for_number(pn) == cc else e164

    def email(self, first, last, domain=None, cc="US", style=None):
        rng = self.rng
        if domain is None:
            pool = D.MAIL + D.MAIL_LOCAL.get(cc, []) * 2
            domain = rng.choice(pool)
        f, l = first.lower().replace(" ", "").replace("'", ""), last.lower().replace(" ", "").replace("'", "")
        for i in range(50):
            st = style if style is not None else rng.randint(0, 6)
            loc = [f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}.{l}{rng.randint(1, 99)}", f"{f}{rng.randint(70, 2005)}",
                   f"{l}.{f}", f"{f}_{l}{rng.randint(1, 9)}"][st % 7]
            if i > 3:
                loc += str(rng.randint(100, 9999))
            e = f"{loc}@{domain}"
            if e not in self.used_email:
                self.used_email.add(e)
                return e
        raise RuntimeError("email")

    def handle_email(self, domain):
        rng = self.rng
        words = ["dev", "tech", "code", "cloud", "pixel", "smart", "star", "blue", "sky", "max", "pro", "nova", "zen"]
        while True:
            e = f"{rng.choice(words)}{rng.choice(words)}{rng.randint(10, 9999)}@{domain}"
            if e not in self.used_email:
                self.used_email.add(e)
                return e

    # ---------- networks
    def home_net(self, cc, c=None, mobile=False):
        c = c or self.city(cc)
        isps = [x for x in D.ISPS[cc] if x[3] == mobile] or D.ISPS[cc]
        asn, owner, octs, mob = self.rng.choice(isps)
        o1 = self.rng.choice(octs)
        b2, b3 = public_b2(o1, self.rng.randint(1, 254)), self.rng.randint(0, 255)
        ips = [f"{o1}.{b2}.{b3}.{self.rng.randint(2, 254)}" for _ in range(self.rng.randint(1, 3))]
        lat, lon = c[3] + self.rng.uniform(-0.08, 0.08), c[4] + self.rng.uniform(-0.08, 0.08)
        return Net(ips, asn, owner, cc, c[0], round(lat, 4), round(lon, 4), False, "mobile" if mob else "residential")

    def office_net(self, cc, c=None, n_ips=3):
        c = c or self.city(cc)
        if self.r() < 0.5:
            asn, owner = self.rng.choice(D.CORP_NETS[:4])
        else:
            asn, owner, _, _ = self.rng.choice(D.ISPS[cc])
            owner = owner if "Mobile" not in owner else owner
        o1 = self.rng.choice([4, 12, 38, 63, 64, 65, 66, 199, 204, 206, 208, 216])
        b = f"{o1}.{self.rng.randint(1, 254)}.{self.rng.randint(0, 255)}."
        ips = [b + str(self.rng.randint(2, 250)) for _ in range(n_ips)]
        return Net(ips, asn, owner, cc, c[0], c[3], c[4], False, "business")

    def vpn_exit(self, prov, k=None):
        pool = self.vpn_pools[prov]
        return pool[k % len(pool)] if k is not None else self.rng.choice(pool)

    def vps_net(self):
        asn, owner, o1, cc, city = self.rng.choice(D.VPS)
        lat, lon = self.city_coords(cc, city)
        ip = f"{o1}.{public_b2(o1, self.rng.randint(1, 254))}.{self.rng.randint(0, 255)}.{self.rng.randint(2, 254)}"
        return Net([ip], asn, owner, cc, city, lat, lon, self.r() < 0.6, "hosting")

    def gw_mac(self):
        oui = self.rng.choice(["a0:63:91", "c8:3a:35", "dc:a6:32", "f4:f2:6d", "44:d9:e7", "b0:be:76", "e4:5f:01", "18:e8:29",
                               "74:ac:b9", "9c:53:22", "38:94:ed", "50:c7:bf"])
        return oui + ":" + ":".join(f"{self.rng.randint(0, 255):02x}" for _ in range(3))

    def ssid(self, cc):
        s = self.rng.choice(D.SSIDS)
        return s.format(n=self.rng.randint(10, 9999))

    # ---------- machines
    def machine(self, kind, zone, kb, owner_hint=""):
        rng = self.rng
        model = rng.choice({"laptop": D.LAPTOPS, "desktop": D.DESKTOPS, "server": D.SERVERS}[kind])
        os_ = "macOS" if ("Mac" in model or "iMac" in model) else ("Linux" if kind == "server" and "Synology" not in model else "Windows")
        m = Machine("rd-" + h("mach", self.seed, rng.random(), n=16), model, os_, zone, kb)
        return m

    def ua(self, m=None, mobile=False):
        rng = self.rng
        if mobile:
            return (D.UA_IOS if rng.random() < 0.55 else D.UA_ANDROID).format(m=rng.randint(0, 9))
        os_ = m.os if m else "Windows"
        if rng.random() < 0.5:
            return (D.UA_CLIENT_MAC if os_ == "macOS" else D.UA_CLIENT).format(m=rng.randint(0, 9), b=rng.randint(0, 30),
                                                                               w=rng.choice([19045, 22631, 26100]))
        v = rng.randint(128, 141)
        if os_ == "macOS":
            return (D.UA_MAC.format(v=v) if rng.random() < 0.6 else D.UA_SAFARI.format(m=rng.randint(0, 6)))
        if os_ == "Linux":
            return D.UA_LINUX.format(v=v)
        return rng.choice([D.UA_WIN, D.UA_EDGE, D.UA_FF]).format(v=v)

    # ---------- events
    def t_local(self, zone, hours=(8, 19), day=None, weekdays=True):
        """A UTC datetime at a local hour in zone, within the event window."""
        rng = self.rng
        for _ in range(20):
            d = day if day is not None else START + dt.timedelta(days=rng.randint(0, (END - START).days - 1))
            if not weekdays or d.weekday() < 5 or rng.random() < 0.15:
                break
        lo, hi = hours
        span = (hi - lo) % 24 or 24
        hour = (lo + rng.random() * span) % 24
        local = dt.datetime(d.year, d.month, d.day) + dt.timedelta(hours=hour)
        t = local - dt.timedelta(hours=zone_offset_h(zone))
        return min(max(t, START), END - dt.timedelta(minutes=5))

    def t_any(self):
        return START + dt.timedelta(seconds=self.rng.randint(0, SPAN_S - 1))

    def login(self, sid, t, net, m=None, ua=None, mobile=False, outcome=None, risk=None, event="user.session.start",
              app=None, auth=None, ip=None):
        rng = self.rng
        ip = ip or rng.choice(net.ips)
        if outcome is None:
            x = rng.random()
            outcome = "success" if x < 0.9 else ("challenge" if x < 0.96 else "failure")
        proxy = ("true" if net.proxy else "false") if rng.random() < 0.92 else ""
        if risk is None:
            risk = "medium" if net.proxy and rng.random() < 0.5 else ("low" if rng.random() < 0.8 else "none")
        did = m.id if m is not None else ("mob-" + h("mob", sid, self.seed, n=12) if mobile else "")
        sess = h("sess", sid, t, ip, n=20)
        row = {"subject_id": sid, "ts": iso(t), "ip": ip, "device_id": did, "user_agent": ua or self.ua(m, mobile),
               "country": net.country, "outcome": outcome, "source_proxy": proxy, "asn": str(net.asn),
               "network_owner": net.owner, "city": net.city, "latitude": f"{net.lat:.4f}", "longitude": f"{net.lon:.4f}",
               "risk_level": risk, "event_type": event, "session_id": sess, "event_id": "rd:" + h("ev", sess, outcome, n=24),
               "relaydesk_app": app or ("mobile" if mobile else ("client" if ua and "RelaydeskClient" in (ua or "") else "console")),
               "relaydesk_auth": auth or rng.choice(["password+totp", "password+totp", "passkey", "sso", "password"]),
               "relaydesk_ip_type": net.kind}
        self.logins.append(row)
        if outcome == "failure" and rng.random() < 0.8:
            r2 = dict(row)
            t2 = t + dt.timedelta(seconds=rng.randint(20, 300))
            r2.update(ts=iso(t2), outcome="success", session_id=h("sess", sid, t2, n=20))
            r2["event_id"] = "rd:" + h("ev", r2["session_id"], "s", n=24)
            self.logins.append(r2)
        return ip

    def session(self, m, host_ip, start, hours):
        """A remote-control session into machine m from host_ip (Relaydesk's own connection log)."""
        m.sessions.append((host_ip, start, hours))

    def emit_machine(self, sid, m, snapshots=1, light=False):
        """The agent's telemetry for machine m, owned (enrolled) by subject sid."""
        rng = self.rng
        rows = self.endpoint
        times = sorted(self.t_any() for _ in range(snapshots))
        for t in times:
            ts = iso(t)
            base = [("system", m.model if not m.name else f"{m.name} ({m.model})"), ("timezone", m.zone)]
            if m.kb:
                base.append(("keyboard", m.kb))
            if m.gw:
                base.append(("gateway_mac", m.gw))
            if m.ssid and not light:
                base.append(("network", m.ssid))
            procs = m.procs if not light else m.procs[:3]
            base += [("process", p) for p in procs]
            if m.display and not light:
                base.append(("display", m.display))
            base += [("listening_port", p) for p in m.ports]
            for kind, val in base:
                rows.append(self._erow(sid, ts, m, kind, val))
            for vid, pid, name in m.usb:
                r = self._erow(sid, ts, m, "usb", name)
                r["vendor_id"], r["product_id"] = vid, pid
                rows.append(r)
        for host, start, hours in m.sessions:
            seen = start + dt.timedelta(hours=hours * (0.3 + 0.7 * rng.random()))
            seen = min(seen, END)
            r = self._erow(sid, iso(seen), m, "remote_session", host)
            r["started_at"] = iso(start)
            r["relaydesk_session_hours"] = f"{hours:.1f}"
            rows.append(r)

    def _erow(self, sid, ts, m, kind, val):
        return {"subject_id": sid, "ts": ts, "device_id": m.id, "kind": kind, "value": val, "vendor_id": "", "product_id": "",
                "started_at": "", "event_id": "rdt:" + h(m.id, ts, kind, val, n=24), "relaydesk_endpoint_label": m.label,
                "relaydesk_access": m.access, "relaydesk_session_hours": ""}

    def pay(self, sid, t, amount, method, dest, instrument, plan, currency="USD", payer=""):
        self.payments.append({"subject_id": sid, "ts": iso(t), "amount": f"{amount:.2f}", "currency": currency, "method": method,
                              "destination": dest, "relaydesk_instrument": instrument, "relaydesk_plan": plan,
                              "relaydesk_payer": payer})

    def card(self, brand=None):
        brand = brand or self.rng.choice(["visa", "visa", "mastercard", "amex", "discover"])
        return f"card:{brand}:fp_{h('card', self.seed, self.r(), n=16)}", "card"

    def paypal(self, email):
        return f"paypal:{email.lower()}", "paypal"

    def wallet_addr(self):
        x = self.r()
        if x < 0.5:
            return "usdt-trc20:T" + h("w", self.seed, self.r(), n=33), "crypto"
        if x < 0.8:
            return "btc:bc1q" + h("w", self.seed, self.r(), n=38), "crypto"
        return "usdc-erc20:0x" + h("w", self.seed, self.r(), n=40), "crypto"
