"""The world object and its building blocks: time, names, addresses, phones, emails, networks,
devices, sign-ins, desktop-app telemetry, charges and shipments."""
import datetime as dt
import hashlib
import random

import phonenumbers

from . import data as D

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


def T(y, m=1, d=1, h=0):
    return int((dt.datetime(y, m, d, h, tzinfo=dt.timezone.utc) - EPOCH).total_seconds())


W0, W1 = T(2023, 1, 1), T(2025, 10, 31)   # export window for sign-ins, telemetry, charges
ENRICH = T(2024, 1, 15)                    # IP enrichment (ASN, city, proxy flag, risk) since then
DAY = 86400


def iso(ts):
    return dt.datetime.fromtimestamp(ts, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def isodate(ts):
    return dt.datetime.fromtimestamp(ts, dt.timezone.utc).strftime("%Y-%m-%d")


class World:
    def __init__(self, n, seed):
        self.n = n
        self.seed = seed
        self.rng = random.Random(seed)
        self.subjects = []
        self.logins = []
        self.endpoint = []
        self.payments = []
        self.shipments = []
        self.domains = []
        self.images = {}        # relative path -> bytes
        self.ipinfo = {}        # ip -> record
        self._used_phones = set()
        self._used_emails = set()
        self._nid = 0
        self._ev = 0
        self._phone_cache = {}

    # ---------------------------------------------------------------- basics
    def sub(self, tag):
        """an independent generator for one part of the world (stable across edits elsewhere)"""
        h = int(hashlib.sha256(f"{self.seed}:{tag}".encode()).hexdigest()[:12], 16)
        return random.Random(h)

    def hexid(self, n=12):
        return "%0*x" % (n, self.rng.getrandbits(4 * n))

    def pick_w(self, pairs):
        r = self.rng.random() * sum(w for _, w in pairs)
        for v, w in pairs:
            r -= w
            if r <= 0:
                return v
        return pairs[-1][0]

    def uniform_ts(self, a, b):
        return a + int(self.rng.random() * max(1, b - a))

    # ---------------------------------------------------------------- people
    def us_origin(self):
        return self.pick_w(D.US_ORIGIN_MIX)

    def name(self, origin, gender=None):
        r = self.rng
        g = gender if gender is not None else r.randrange(2)
        return r.choice(D.FIRST[origin][g]), r.choice(D.LAST[origin]), g

    def birth(self, lo=1960, hi=2003):
        r = self.rng
        return "%04d-%02d-%02d" % (r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))

    def ssn_hash(self, raw=None):
        raw = raw or "%03d-%02d-%04d" % (self.rng.randint(100, 665), self.rng.randint(10, 99), self.rng.randint(1000, 9999))
        return "sha256:" + hashlib.sha256(("dialtone-salt-7|" + raw).encode()).hexdigest()[:32]

    def us_city(self):
        return self.rng.choice(D.US_CITIES)

    def street(self):
        r = self.rng
        return f"{r.randint(10, 9899)} {r.choice(D.STREETS)}"

    def us_address(self, city=None, unit=None, street=None):
        c = city or self.us_city()
        s = street or self.street()
        u = unit if unit is not None else (f", Apt {self.rng.randint(1, 40)}" if self.rng.random() < 0.3 else "")
        return f"{s}{u}, {c[0]}, {c[1]} {c[2]}{self.rng.randint(10, 99)}", c

    def foreign_city(self, cc):
        return self.rng.choice(D.FOREIGN_CITIES[cc])

    # ---------------------------------------------------------------- phones
    def _valid(self, s, region):
        try:
            return phonenumbers.is_valid_number(phonenumbers.parse(s, region))
        except phonenumbers.NumberParseException:
            return False

    def phone_us(self, area=None, fmt=None):
        r = self.rng
        for _ in range(50):
            a = area or r.choice(r.choice(D.US_CITIES)[6])
            num = f"{a}{r.randint(2, 9)}{r.randint(0, 9)}{r.randint(0, 9)}{r.randint(0, 9999):04d}"
            if num[3:6] == "555" or num in self._used_phones:
                continue
            if not self._valid("+1" + num, "US"):
                area = None
                continue
            self._used_phones.add(num)
            f = fmt if fmt is not None else r.random()
            if f < 0.7:
                return "+1" + num
            if f < 0.9:
                return f"({num[:3]}) {num[3:6]}-{num[6:]}"
            return f"{num[:3]}-{num[3:6]}-{num[6:]}"
        raise RuntimeError("no valid phone")

    def phone_foreign(self, cc):
        if cc == "US":
            return self.phone_us()
        r = self.rng
        ex = self._phone_cache.get(cc)
        if ex is None:
            e = phonenumbers.example_number_for_type(cc, phonenumbers.PhoneNumberType.MOBILE)
            ex = (e.country_code, phonenumbers.national_significant_number(e))
            self._phone_cache[cc] = ex
        code, nsn = ex
        keep = 3 if len(nsn) > 8 else 2
        for _ in range(60):
            num = nsn[:keep] + "".join(str(r.randint(0, 9)) for _ in range(len(nsn) - keep))
            s = f"+{code}{num}"
            if s not in self._used_phones and self._valid(s, cc):
                self._used_phones.add(s)
                return s
        self._used_phones.add(f"+{code}{nsn}")
        return f"+{code}{nsn}"

    # ---------------------------------------------------------------- email
    def email(self, first, last, domain=None, style=None):
        r = self.rng
        f = first.lower().replace(" ", "").replace("-", "")
        l = last.lower().replace(" ", "")
        for i in range(40):
            st = style if style is not None else r.randrange(7)
            if domain:
                local = [f"{f}.{l}", f"{f[0]}{l}", f"{f}", f"{f}{l[0]}", f"{f}.{l}", f"{f[0]}.{l}", f"{f}_{l}"][st % 7]
                if i:
                    local += str(i + 1)
                e = f"{local}@{domain}"
            else:
                local = [f"{f}.{l}{r.randint(1, 99)}", f"{f}{l}{r.randint(70, 2005)}", f"{f[0]}{l}{r.randint(1, 999)}",
                         f"{f}.{l}", f"{l}.{f}{r.randint(1, 99)}", f"{f}_{l}{r.randint(1, 99)}", f"{f}{r.randint(100, 9999)}"][st]
                e = f"{local}@{r.choice(D.FREE_MAIL)}"
            if e not in self._used_emails:
                self._used_emails.add(e)
                return e
        e = f"{f}.{l}.{self.hexid(5)}@gmail.com"
        self._used_emails.add(e)
        return e

    # ---------------------------------------------------------------- networks
    def _reg(self, ip, asn, owner, city, lat, lon, cc, proxy, tag):
        rec = (ip, asn, owner, city, lat, lon, cc, proxy, tag)
        self.ipinfo[ip] = rec
        return rec

    def _rand_ip(self, octets, rng=None):
        r = rng or self.rng
        a = r.choice(octets)
        b = r.randint(1, 254)
        if a == 172:
            b = r.randint(32, 127)      # not 172.16/12 (private)
        elif a == 100 and 64 <= b <= 127:
            b -= 64                     # not 100.64/10 (shared address space)
        elif a == 192 and b == 168:
            b = 169
        return f"{a}.{b}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def ip_home(self, cc, city=None):
        """home broadband (or an office's business line)"""
        isps = [x for x in D.ISPS[cc] if not x[3]] or D.ISPS[cc]
        asn, owner, octs, _ = self.rng.choice(isps)
        if city is None:
            city = self.foreign_city(cc) if cc != "US" else self.us_city()
        cname, lat, lon = (city[0], city[3], city[4]) if cc == "US" else city
        return self._reg(self._rand_ip(octs), asn, owner, cname, lat + self.rng.uniform(-.2, .2),
                         lon + self.rng.uniform(-.2, .2), cc, False, "RESIDENTIAL" if cc else "")

    def ip_business(self, cc, city):
        rec = self.ip_home(cc, city)
        return self._reg(rec[0], rec[1], rec[2], rec[3], rec[4], rec[5], cc, False, "BUSINESS")

    def cgnat_pool(self, cc, size):
        mob = [x for x in D.ISPS[cc] if x[3]]
        asn, owner, octs, _ = self.rng.choice(mob)
        city = self.foreign_city(cc) if cc != "US" else self.us_city()
        cname, lat, lon = (city[0], city[3], city[4]) if cc == "US" else city
        return [self._reg(self._rand_ip(octs), asn, owner, cname, lat, lon, cc, False, "MOBILE_CGNAT") for _ in range(size)]

    def vpn_pool(self, tag):
        pool = getattr(self, "_vpn_pools", None)
        if pool is None:
            pool = self._vpn_pools = {}
        if tag not in pool:
            asn, owner, octs, size, proxy = D.VPNS[tag]
            g = self.sub("vpn:" + tag)
            recs = []
            for i in range(size):
                if tag in ("ICLOUD_PRIVATE_RELAY", "CLOUDFLARE_WARP"):
                    c = D.US_CITIES[i % len(D.US_CITIES)]
                    cc, cname, lat, lon = "US", c[0], c[3], c[4]
                else:
                    cc = g.choice(["US"] * 6 + ["GB", "DE", "JP", "SG", "CA", "NL"])
                    if cc == "US":
                        c = g.choice(D.US_CITIES)
                        cname, lat, lon = c[0], c[3], c[4]
                    elif cc in D.FOREIGN_CITIES:
                        cname, lat, lon = D.FOREIGN_CITIES[cc][0]
                    else:
                        cname, lat, lon = {"SG": ("Singapore", 1.29, 103.85), "NL": ("Amsterdam", 52.37, 4.9)}[cc]
                ip = self._rand_ip(octs, g)
                recs.append(self._reg(ip, asn, owner, cname, lat, lon, cc, proxy, tag))
            pool[tag] = recs
        return pool[tag]

    def ip_vpn(self, tag, us_only=False):
        pool = self.vpn_pool(tag)
        if us_only:
            us = [x for x in pool if x[6] == "US"]
            return self.rng.choice(us or pool)
        return self.rng.choice(pool)

    def ip_cloud(self, provider=None):
        asn, owner, octs = provider or self.rng.choice(D.CLOUD)
        c = self.rng.choice([("Ashburn", 39.04, -77.49), ("Boardman", 45.84, -119.7), ("Council Bluffs", 41.26, -95.86),
                             ("San Jose", 37.34, -121.89), ("Dallas", 32.78, -96.8)])
        return self._reg(self._rand_ip(octs), asn, owner, c[0], c[1], c[2], "US", False, "DATACENTER")

    def ip_resproxy(self, city=None):
        c = city or self.us_city()
        asn, owner, octs, _ = self.rng.choice([x for x in D.ISPS["US"] if not x[3]])
        # IP intelligence recognises only part of the residential-proxy exits; the rest look like home broadband
        tag = "RESIDENTIAL_PROXY" if self.rng.random() < 0.4 else "RESIDENTIAL"
        return self._reg(self._rand_ip(octs), asn, owner, c[0], c[3], c[4], "US", False, tag)

    # ---------------------------------------------------------------- devices
    def device(self, os_=None, softphone=None):
        r = self.rng
        os_ = os_ or self.pick_w([("win", 40), ("mac", 22), ("iphone", 22), ("android", 14), ("chromebook", 2)])
        if softphone is None:
            softphone = os_ in ("win", "mac") and r.random() < 0.55
        ua_key = ("softphone_" + os_) if softphone else os_
        v = r.randint(118, 128) if ua_key in ("win", "chromebook") else r.randint(1, 6)
        dev = {"id": ("dt-" if softphone else "wb-") + self.hexid(16), "os": os_,
               "ua": D.UAS[ua_key].format(v=v), "soft": softphone,
               "system": r.choice(D.SYSTEMS[os_]) if os_ in D.SYSTEMS else "",
               "display": r.choice(D.DISPLAYS) if r.random() < 0.5 else "",
               "headset": r.choice(D.HEADSETS) if r.random() < 0.45 else None}
        return dev

    def gateway_mac(self):
        oui = self.rng.choice(["a0:63:91", "f4:92:bf", "c8:d7:19", "3c:37:86", "e4:f4:c6", "b0:4e:26", "00:1d:aa", "94:83:c4"])
        return oui + ":" + ":".join("%02x" % self.rng.randrange(256) for _ in range(3))

    # ---------------------------------------------------------------- subjects
    def add(self, fields, fraud, tokens, created):
        self._nid += 1
        s = {"_key": self._nid, "_fraud": 1 if fraud else 0, "_kind": ";".join(tokens), "_created": created}
        s.update(fields)
        s["created_at"] = iso(created)
        self.subjects.append(s)
        return s

    # ---------------------------------------------------------------- sign-ins
    def login(self, s, ts, ipr, dev, outcome="success", client=None, risk=None):
        self._ev += 1
        enriched = ts >= ENRICH
        ip, asn, owner, city, lat, lon, cc, proxy, tag = ipr
        if risk is None:
            risk = "low" if not proxy else self.rng.choice(["low", "medium", "medium", "high"])
        self.logins.append((
            s["_key"], iso(ts), ip, dev["id"], dev["ua"], cc, outcome,
            ("true" if proxy else "false") if enriched else "",
            str(asn) if enriched else "", owner if enriched else "", city if enriched else "",
            "%.4f" % lat if enriched else "", "%.4f" % lon if enriched else "",
            risk if enriched else "",
            client or ("desktop.session.start" if dev["soft"] else "user.session.start"),
            "s-" + self.hexid(14), "dialtone:%010d" % self._ev,
            (tag if enriched else ""),
            ("softphone" if dev["soft"] else ("mobile_app" if dev["os"] in ("iphone", "android") else
                                              ("api" if dev["os"] == "api" else "web"))),
        ))

    def local_ts(self, day0, tz_off, hours):
        """a timestamp on day `day0` (UTC midnight) at a local hour drawn from `hours`"""
        r = self.rng
        kind = hours
        if kind == "day":
            h = r.choice([8, 9, 9, 10, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 20, 21, 21, 22])
        elif kind == "business":
            h = r.choice([8, 9, 9, 10, 10, 11, 11, 12, 13, 14, 14, 15, 15, 16, 17])
        elif kind == "night":
            h = r.choice([21, 22, 23, 23, 0, 0, 1, 2, 3, 4, 5, 6])
        elif kind == "evening":
            h = r.choice([17, 18, 19, 19, 20, 20, 21, 21, 22, 23])
        elif kind == "any":
            h = r.randrange(24)
        else:  # a (lo, hi) window of local hours
            lo, hi = kind
            h = (lo + r.randrange((hi - lo) % 24 or 24)) % 24
        return day0 + int((h - tz_off) * 3600) + r.randrange(3600)

    def sessions(self, s, n, t_from, t_to, tz_off, hours, ips, devs, fail=0.04, weekdays=False, client=None):
        """n sign-ins between t_from and t_to; ips: list of (record, weight); devs: list of (device, weight)"""
        r = self.rng
        t_from = max(t_from, W0, s["_created"])
        t_to = min(t_to, W1)
        if t_to <= t_from or n <= 0:
            return
        for _ in range(n):
            d0 = t_from + r.randrange(max(1, t_to - t_from))
            d0 -= d0 % DAY
            if weekdays:
                wd = (d0 // DAY + 3) % 7  # 0 = Monday
                if wd >= 5:
                    d0 -= (wd - 4) * DAY
            ts = self.local_ts(d0, tz_off, hours)
            if ts < s["_created"]:
                ts = s["_created"] + r.randrange(3600, 5 * 3600)
            if ts > W1:
                ts = W1 - r.randrange(DAY)
            ipr = self.pick_w(ips) if len(ips) > 1 else ips[0][0]
            dev = self.pick_w(devs) if len(devs) > 1 else devs[0][0]
            oc = "success"
            x = r.random()
            if x < fail:
                oc = "failure"
            elif x < fail + 0.03:
                oc = "challenge"
            self.login(s, ts, ipr, dev, oc, client)

    # ---------------------------------------------------------------- telemetry
    def telemetry(self, s, dev, tz, kbd, ts=None, gateway=None, extra_proc=(), usb=(), remote=(), ports=(),
                  system=None, display=None, snapshots=None):
        """the Dialtone Desktop app's diagnostics bundle, sent on start (a few snapshots per machine)"""
        r = self.rng
        if not dev["soft"] and dev["os"] not in ("win", "mac"):
            return
        n = snapshots or r.choice([1, 1, 2, 2, 3])
        base = max(W0, s["_created"])
        for i in range(n):
            t = ts if (ts is not None and i == 0) else base + r.randrange(max(1, W1 - base))
            t = max(base, min(t, W1))
            stamp = iso(t)
            k = s["_key"]
            rows = [(k, stamp, dev["id"], "timezone", tz), (k, stamp, dev["id"], "keyboard", kbd),
                    (k, stamp, dev["id"], "system", system or dev["system"] or "Windows PC")]
            if display or dev["display"]:
                rows.append((k, stamp, dev["id"], "display", display or dev["display"]))
            if gateway:
                rows.append((k, stamp, dev["id"], "gateway_mac", gateway))
            procs = [("DialtoneDesktop.exe" if dev["os"] == "win" else "Dialtone Desktop")]
            procs += r.sample(D.COMMON_PROC if dev["os"] == "win" else D.MAC_PROC, 2)
            procs += list(extra_proc)
            for p in dict.fromkeys(procs):
                rows.append((k, stamp, dev["id"], "process", p))
            for port in ports:
                rows.append((k, stamp, dev["id"], "listening_port", port))
            for e in rows:
                self.endpoint.append(e + ("", "", "", ""))
            devs_usb = list(usb)
            if dev["headset"]:
                devs_usb.append(dev["headset"])
            for name, vid, pid in devs_usb:
                self.endpoint.append((k, stamp, dev["id"], "usb", name, vid, pid, "", ""))
            for host, started in remote:
                self.endpoint.append((k, stamp, dev["id"], "remote_session", host, "", "", "", iso(min(started, t))))

    # ---------------------------------------------------------------- money, hardware
    def charge(self, s, ts, amount, method, dest, instrument, item):
        if ts < W0 or ts > W1:
            return
        self.payments.append((s["_key"], iso(ts), "%.2f" % amount, "USD", method, dest, instrument, item))

    def billing(self, s, plan, nnum, instruments, start=None, months=6):
        """signup purchase plus the monthly renewals of the last `months` months of the export"""
        r = self.rng
        price = D.PLANS[plan] + D.NUMBER_FEE * max(0, nnum - 1)
        created = s["_created"]
        inst = instruments[0]
        self.charge(s, created + r.randrange(60, 1800), price + (D.NUMBER_FEE if nnum else 0), inst[0], inst[1], inst[2],
                    "signup:numbers=%d" % nnum)
        first = max(created + 20 * DAY, W1 - months * 30 * DAY)
        t = first
        i = 0
        while t < W1:
            inst = instruments[min(i * len(instruments) // max(1, months), len(instruments) - 1)] if len(instruments) > 1 else instruments[0]
            self.charge(s, t + r.randrange(DAY), price, inst[0], inst[1], inst[2], "renewal:" + plan)
            t += 30 * DAY
            i += 1

    def card(self):
        brand = self.rng.choice(["visa", "visa", "mastercard", "amex", "discover"])
        return ("bank", f"card:{brand}:fp_{self.hexid(14)}", "card")

    def ach(self):
        return ("bank", f"ach:{self.rng.choice(['021000021', '026009593', '121000248', '111000025', '322271627'])}:"
                        f"{self.hexid(10)}", "ach")

    def paypal(self, email):
        return ("wallet", f"paypal:{email}", "paypal")

    def cashapp(self, first):
        return ("wallet", f"cashapp:${first.lower()}{self.rng.randint(10, 9999)}", "cashapp")

    def crypto(self):
        if self.rng.random() < 0.6:
            return ("crypto", "T" + "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789")
                                            for _ in range(33)), "usdt_trc20")
        return ("crypto", "bc1q" + self.hexid(38), "btc")

    def ship(self, s, ts, asset, address, item, carrier=None):
        if ts < W0 or ts > W1:
            return
        self.shipments.append((s["_key"], iso(ts), asset, address, item, carrier or self.rng.choice(["UPS", "FedEx", "USPS"])))

    def serial(self, prefix):
        return f"{prefix}-{self.rng.randint(10, 99)}{self.hexid(8).upper()}"

    def numbers(self, k, area=None):
        return [self.phone_us(area=area, fmt=0.0) for _ in range(k)]
