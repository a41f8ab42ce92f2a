"""worlds10: a freelance marketplace ("GigLane") and a consumer email provider ("Postmail")
exporting one joint bundle.

Email accounts (kind ``account``) carry few fields: name, email, recovery contacts, sign-up IP,
logins.  Freelancer profiles (kind ``contractor``) carry many: KYC identity, photo, resume,
profiles, payouts, and for enterprise engagements a shipped laptop with endpoint telemetry.
Enterprise clients' job applications (kind ``applicant``) sit in between.

The generator is blind to ringwatch: it follows only the public data contract.
Everything random comes from one seeded ``random.Random`` (photos from numpy generators seeded
from it).  Never ``hash()``.
"""
from __future__ import annotations

import csv
import hashlib
import io
import os
import random
from collections import defaultdict
from datetime import datetime, timedelta, timezone

import numpy as np
from PIL import Image

# --------------------------------------------------------------------------- vocabularies
FIRST = ("James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara "
         "Richard Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Lisa Matthew Nancy Anthony "
         "Betty Mark Sandra Steven Ashley Paul Emily Andrew Donna Joshua Michelle Kevin Carol Brian "
         "Amanda George Melissa Ethan Olivia Noah Emma Liam Ava Mason Sophia Lucas Mia Wei Li Ming "
         "Jun Hao Yan Min-jun Seo-yeon Ji-ho Ha-eun Hyun Soo-ah Hiroshi Yuki Kenji Aiko Takeshi "
         "Priya Rahul Anil Deepa Arjun Kavya Vikram Sneha Carlos Maria Jose Ana Luis Sofia Diego "
         "Valentina Mateo Camila Ahmed Fatima Omar Aisha Yusuf Leila Ivan Olga Dmitri Natasha "
         "Oleksandr Iryna Chinedu Ngozi Kwame Ama Tunde Folake Juan Rosa Nguyen Thanh Minh Linh "
         "Jose Paolo Angelica Mark Kristine Grace Ryan Nicole Tyler Hannah Kyle Rachel").split()
LAST = ("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez "
        "Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris "
        "Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill "
        "Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Kim Park Choi "
        "Jung Kang Cho Yoon Jang Lim Han Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Tanaka "
        "Suzuki Sato Watanabe Ito Patel Sharma Singh Kumar Gupta Reddy Iyer Shah Mehta Ivanov "
        "Petrov Kowalski Novak Kovalenko Shevchenko Okafor Adeyemi Mensah Mwangi Santos Reyes Cruz "
        "Bautista Dela Cruz Mendoza Silva Costa Pereira Ali Khan Hussein Haddad Cohen Murphy Kelly "
        "O'Brien Sullivan Schmidt Muller Weber Fischer Rossi Russo Bianchi Tran Pham").split()
# "Dela Cruz" was split; rejoin it
LAST = [x for x in LAST if x not in ("Dela", "Cruz")] + ["Dela Cruz", "Cruz"]

US_CITIES = [  # city, state, zip prefix, tz
    ("Phoenix", "AZ", "850", "America/Phoenix"), ("Scottsdale", "AZ", "852", "America/Phoenix"),
    ("Nashville", "TN", "372", "America/Chicago"), ("Atlanta", "GA", "303", "America/New_York"),
    ("Dallas", "TX", "752", "America/Chicago"), ("Austin", "TX", "787", "America/Chicago"),
    ("Houston", "TX", "770", "America/Chicago"), ("Seattle", "WA", "981", "America/Los_Angeles"),
    ("Portland", "OR", "972", "America/Los_Angeles"), ("Denver", "CO", "802", "America/Denver"),
    ("Chicago", "IL", "606", "America/Chicago"), ("Columbus", "OH", "432", "America/New_York"),
    ("Raleigh", "NC", "276", "America/New_York"), ("Miami", "FL", "331", "America/New_York"),
    ("Tampa", "FL", "336", "America/New_York"), ("Brooklyn", "NY", "112", "America/New_York"),
    ("Newark", "NJ", "071", "America/New_York"), ("Boston", "MA", "021", "America/New_York"),
    ("San Jose", "CA", "951", "America/Los_Angeles"), ("Los Angeles", "CA", "900", "America/Los_Angeles"),
    ("Sacramento", "CA", "958", "America/Los_Angeles"), ("Minneapolis", "MN", "554", "America/Chicago"),
    ("St. Louis", "MO", "631", "America/Chicago"), ("Salt Lake City", "UT", "841", "America/Denver"),
    ("Baltimore", "MD", "212", "America/New_York"), ("Arlington", "VA", "222", "America/New_York"),
]
STREETS = ["Main", "Oak", "Maple", "Cedar", "Pine", "Elm", "Washington", "Lake", "Hill", "Park",
           "Sunset", "Highland", "Jefferson", "Lincoln", "Madison", "Ridge", "Walnut", "Willow",
           "Camelback", "Broadway", "Church", "Mill", "River", "Spring"]
SUFFIX = [("Street", "St"), ("Avenue", "Ave"), ("Road", "Rd"), ("Drive", "Dr"), ("Lane", "Ln"),
          ("Boulevard", "Blvd"), ("Court", "Ct"), ("Way", "Way")]
AREA = {"AZ": ["480", "602", "623"], "TN": ["615", "629"], "GA": ["404", "678"], "TX": ["214", "512", "713", "469"],
        "WA": ["206", "425"], "OR": ["503", "971"], "CO": ["303", "720"], "IL": ["312", "773"],
        "OH": ["614"], "NC": ["919"], "FL": ["305", "813", "786"], "NY": ["718", "347"], "NJ": ["973"],
        "MA": ["617"], "CA": ["408", "213", "916", "310"], "MN": ["612"], "MO": ["314"], "UT": ["801"],
        "MD": ["410"], "VA": ["703", "571"]}
ABROAD = {  # country: (calling code, tz, city list, ISP (asn, owner, first octets))
    "PH": ("63", "Asia/Manila", ["Manila", "Cebu City", "Davao"], (9299, "Philippine Long Distance Telephone", (112, 203))),
    "IN": ("91", "Asia/Kolkata", ["Bengaluru", "Pune", "Hyderabad"], (55836, "Reliance Jio Infocomm", (49, 157))),
    "KR": ("82", "Asia/Seoul", ["Seoul", "Busan", "Incheon"], (4766, "Korea Telecom", (121, 175))),
    "MX": ("52", "America/Mexico_City", ["Guadalajara", "Monterrey", "CDMX"], (8151, "Uninet S.A. de C.V.", (187, 189))),
    "GB": ("44", "Europe/London", ["London", "Manchester", "Leeds"], (2856, "British Telecommunications PLC", (81, 86))),
    "DE": ("49", "Europe/Berlin", ["Berlin", "Munich", "Hamburg"], (3320, "Deutsche Telekom AG", (79, 87))),
    "UA": ("380", "Europe/Kyiv", ["Kyiv", "Lviv", "Kharkiv"], (15895, "Kyivstar PJSC", (46, 176))),
    "NG": ("234", "Africa/Lagos", ["Lagos", "Abuja"], (29465, "MTN Nigeria", (102, 105))),
    "CA": ("1", "America/Toronto", ["Toronto", "Vancouver", "Montreal"], (812, "Rogers Communications", (99, 174))),
    "JP": ("81", "Asia/Tokyo", ["Tokyo", "Osaka"], (2516, "KDDI Corporation", (106, 111))),
    "VN": ("84", "Asia/Ho_Chi_Minh", ["Hanoi", "Ho Chi Minh City"], (7552, "Viettel Group", (27, 171))),
}
US_ISPS = [(7922, "Comcast Cable Communications, LLC", (73, 98, 24, 67)),
           (20115, "Charter Communications", (71, 97, 174)),
           (7018, "AT&T Services, Inc.", (99, 107, 108)),
           (701, "Verizon Business", (100, 108, 173)),
           (22773, "Cox Communications Inc.", (68, 70, 72))]
CGNAT = (21928, "T-Mobile USA, Inc.", 172, 56)       # mobile carrier NAT: few addresses, many users
HOSTING = [(9009, "M247 Europe SRL"), (60068, "Datacamp Limited"), (20473, "The Constant Company, LLC"),
           (60781, "LeaseWeb Netherlands B.V."), (212238, "Datacamp Limited")]
FOREIGN_ASIA = [("CN", 4837, "CHINA UNICOM China169 Backbone", 112), ("CN", 4134, "Chinanet", 36),
                ("RU", 12389, "Rostelecom", 95)]
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:129.0) Gecko/20100101 Firefox/129.0",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
       "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 Chrome/127.0 Mobile Safari/537.36",
       "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0 Safari/537.36",
       "GigLane/5.12 (Windows; desktop time tracker)", "Postmail/3.4 (iOS)"]
MAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "hotmail.com"]
PROVIDER = "postmail.net"
SKILLS = ["React", "Node.js", "Python", "Django", "Go", "Kotlin", "Swift", "Flutter", "AWS", "Kubernetes",
          "TypeScript", "PostgreSQL", "Solidity", "Web3", "Java", "Spring Boot", "Vue", "Angular",
          "Rust", "C#", ".NET", "PHP", "Laravel", "Figma", "Data engineering", "Machine learning",
          "Unity", "Shopify", "WordPress", "DevOps", "Terraform", "GraphQL"]
COMPANIES = ["Brightline Health", "Northwind Logistics", "Acorn Fintech", "Bluefin Media", "Cobalt Retail",
             "Granite Insurance", "Harbor Analytics", "Juniper Games", "Keystone Energy", "Lumen Apps",
             "Meridian Bank", "Nimbus Cloud", "Orchid Biotech", "Pioneer Travel", "Quartz Security",
             "Redwood Software", "Summit Education", "Tidal Robotics", "Vertex Payments", "Willow Foods"]
SCHOOLS = ["Arizona State University", "University of Washington", "Georgia Tech", "UT Austin",
           "Ohio State University", "Purdue University", "University of Manila", "IIT Bombay",
           "Seoul National University", "Universidad de Guadalajara", "Kyiv Polytechnic Institute",
           "University of Lagos", "Tsinghua University", "Lambda Bootcamp", "App Academy"]
GENERIC_PROCS = ["chrome.exe", "slack.exe", "zoom.exe", "Code.exe", "OUTLOOK.EXE", "Teams.exe",
                 "explorer.exe", "OneDrive.exe", "msedge.exe", "Docker Desktop.exe", "firefox.exe"]
REMOTE_TOOLS = ["anydesk.exe", "TeamViewer.exe", "remoting_host.exe", "rustdesk.exe",
                "ScreenConnect.WindowsClient.exe", "parsecd.exe", "strwinclt.exe", "tvnserver.exe"]
KVMS = [("1d6b", "0104", "PiKVM Composite Device"), ("1d6b", "0104", "Multifunction USB Device"),
        ("1d6b", "0104", "USB Emulation Device"), ("3346", "1009", "NanoKVM")]
NORMAL_USB = [("046d", "c52b", "USB Receiver"), ("05ac", "024f", "Magic Keyboard"),
              ("0bda", "8153", "USB 10/100/1000 LAN"), ("046d", "085e", "BRIO 4K Stream Edition"),
              ("1050", "0407", "YubiKey OTP+FIDO+CCID"), ("413c", "2113", "Dell KB216 Wired Keyboard")]
DISPLAYS = ["DELL U2720Q", "LG HDR 4K", "Built-in Retina Display", "HP E24 G5", "ASUS VG249"]
LAPTOPS = ["Latitude 5440", "ThinkPad T14 Gen 4", "MacBookPro18,3", "EliteBook 840 G10"]

START = datetime(2026, 1, 5, tzinfo=timezone.utc)
END = datetime(2026, 10, 30, tzinfo=timezone.utc)


def _iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


class World:
    def __init__(self, n_subjects: int, seed: int):
        self.N = n_subjects
        self.rng = random.Random(seed)
        self.seed = seed
        self.subjects = []       # dicts
        self.logins = []
        self.endpoint = []
        self.payments = []
        self.shipments = []
        self.domains = []
        self.photos = {}         # relpath -> bytes
        self.resumes = {}        # relpath -> text
        self.truth = {}          # sid -> [fraud, ring, role, set(tags)]
        self.shared = defaultdict(lambda: defaultdict(set))  # label -> key -> {(owner, sid)}
        self.used_ids = set()
        self.used_emails = set()
        self.used_ips = set()
        self.person_seq = 0
        self.photo_seq = 0
        self.ipinfo = {}
        self.addr_seq = 0

    # ------------------------------------------------------------------ small helpers
    def _dev(self):
        return "dev-" + "%012x" % self.rng.getrandbits(48)

    def _ip(self, a, b=None):
        r = self.rng
        while True:
            ip = f"{a}.{b if b is not None else r.randrange(1, 255)}.{r.randrange(256)}.{r.randrange(1, 255)}"
            if ip not in self.used_ips:
                self.used_ips.add(ip)
                return ip

    def _res_ip(self, isp=None, owner=None):
        isp = isp or self.rng.choice(US_ISPS)
        ip = self._ip(self.rng.choice(isp[2]))
        self.ipinfo[ip] = (owner or isp[:2]) + ("US", False)
        return ip

    def _edu_ip(self):
        ip = self._ip(128)
        self.ipinfo[ip] = (self.rng.randrange(1000, 40000), "University network", "US", False)
        return ip

    def _hosting_ip(self, country=None):
        asn, owner = self.rng.choice(HOSTING)
        ip = self._ip(self.rng.choice((45, 89, 146, 185, 193)))
        self.ipinfo[ip] = (asn, owner, country or self.rng.choice(["US", "US", "NL", "GB", "SG", "JP"]), True)
        return ip

    def _abroad_ip(self, cc):
        asn, owner, octs = ABROAD[cc][3]
        ip = self._ip(self.rng.choice(octs))
        self.ipinfo[ip] = (asn, owner, cc, False)
        return ip

    def _asia_ip(self):
        cc, asn, owner, a = self.rng.choice(FOREIGN_ASIA)
        ip = self._ip(a)
        self.ipinfo[ip] = (asn, owner, cc, False)
        return ip

    ipinfo: dict = None

    def _name(self):
        r = self.rng
        return r.choice(FIRST), r.choice(LAST)

    def _nid(self):
        return "h:" + hashlib.sha256(f"{self.seed}:{self.rng.getrandbits(64)}".encode()).hexdigest()[:20]

    def _birth(self, lo=1965, hi=2004):
        r = self.rng
        return f"{r.randrange(lo, hi)}-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}"

    def _us_place(self):
        return self.rng.choice(US_CITIES)

    def _unit(self):
        r = self.rng
        return r.choice([None, None, str(r.randrange(1, 40)), f"{r.randrange(1, 9)}B"])

    def _address(self, city=None, unit=None):
        r = self.rng
        c = city or self._us_place()
        num = r.randrange(100, 9999)
        st = r.choice(STREETS)
        suf = r.choice(SUFFIX)
        zp = c[2] + "%02d" % r.randrange(100)
        self.addr_seq += 1
        return {"num": num, "st": st, "suf": suf, "city": c, "zip": zp, "unit": unit, "aid": self.addr_seq}

    def _fmt_addr(self, a, unit=None):
        r = self.rng
        unit = unit if unit is not None else a["unit"]
        suf = a["suf"][r.random() < 0.5]
        line = f"{a['num']} {a['st']} {suf}"
        if unit:
            line += r.choice([f" Apt {unit}", f" #{unit}", f", Unit {unit}"])
        c = a["city"]
        s = f"{line}, {c[0]}, {c[1]} {a['zip']}"
        if r.random() < 0.15:
            s = s.upper()
        return s

    def _phone(self, state=None, cc=None):
        r = self.rng
        if cc and cc != "US":
            code = ABROAD[cc][0]
            return f"+{code} {r.randrange(100, 999)} {r.randrange(100, 999)} {r.randrange(1000, 9999)}"
        area = r.choice(AREA.get(state, ["312"]))
        ex, ln = r.randrange(201, 989), r.randrange(1000, 9999)
        return r.choice([f"({area}) {ex}-{ln}", f"+1 {area} {ex} {ln}", f"{area}.{ex}.{ln}", f"+1{area}{ex}{ln}"])

    def _email(self, first, last, domain=None):
        r = self.rng
        domain = domain or r.choice(MAIL_DOMAINS)
        f, l = first.lower().replace(" ", "").replace("'", ""), last.lower().replace(" ", "").replace("'", "")
        for _ in range(50):
            local = r.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}_{l}", f"{l}.{f}"])
            if r.random() < 0.6:
                local += str(r.randrange(1, 9999))
            e = f"{local}@{domain}"
            if e not in self.used_emails:
                self.used_emails.add(e)
                return e
        e = f"{f}.{l}.{r.getrandbits(32):x}@{domain}"
        self.used_emails.add(e)
        return e

    def _sid(self, kind):
        prefix = {"account": "pm-", "contractor": "gl-", "applicant": "ap-"}[kind]
        while True:
            s = prefix + "%07d" % self.rng.randrange(10 ** 7)
            if s not in self.used_ids:
                self.used_ids.add(s)
                return s

    def _created(self, lo=2014, hi=2026.75):
        y = self.rng.uniform(lo, hi)
        dt = datetime(int(y), 1, 1, tzinfo=timezone.utc) + timedelta(days=(y % 1) * 365, seconds=self.rng.randrange(86400))
        return min(dt, END)

    def _ts(self, night=False, tz_shift=0):
        r = self.rng
        d = START + timedelta(days=r.randrange((END - START).days))
        if night:
            h = r.choice([22, 23, 0, 1, 2, 3, 4])
        else:
            h = r.randrange(8, 19)
        return d + timedelta(hours=(h - tz_shift) % 24, minutes=r.randrange(60), seconds=r.randrange(60))

    # ------------------------------------------------------------------ photos & resumes
    def _face(self, seed, plain=False):
        g = np.random.default_rng(seed)
        h = w = 64
        img = np.zeros((h, w, 3), np.float32)
        bg = g.uniform(40, 230, 3)
        img[:] = bg
        yy, xx = np.mgrid[0:h, 0:w]
        cx, cy = w / 2 + g.uniform(-4, 4), h / 2 + g.uniform(-2, 4)
        rx, ry = g.uniform(14, 20), g.uniform(18, 25)
        face = ((xx - cx) / rx) ** 2 + ((yy - cy) / ry) ** 2 <= 1
        skin = g.uniform(90, 240, 3) if not plain else np.array([200, 200, 200])
        img[face] = skin
        if not plain:
            hair = ((xx - cx) / (rx + 2)) ** 2 + ((yy - cy + 8) / (ry)) ** 2 <= 1
            hair &= yy < cy - ry * 0.45
            img[hair] = g.uniform(10, 120, 3)
            for ex in (-6, 6):
                eye = ((xx - cx - ex) ** 2 + (yy - cy + 4) ** 2) <= 4
                img[eye] = 30
            mouth = (np.abs(yy - cy - 9) <= 1) & (np.abs(xx - cx) <= 5)
            img[mouth] = g.uniform(80, 180, 3)
            img += g.normal(0, 6, img.shape)
        return np.clip(img, 0, 255).astype(np.uint8)

    def _edit(self, arr, seed):
        g = np.random.default_rng(seed)
        a = arr.astype(np.float32)
        op = g.integers(4)
        if op == 0:
            a = a[:, ::-1]
        elif op == 1:
            a = a * g.uniform(0.85, 1.15)
        elif op == 2:
            c = int(g.integers(2, 6))
            a = np.asarray(Image.fromarray(arr[c:-c, c:-c]).resize((64, 64))).astype(np.float32)
        a = a + g.normal(0, 3, a.shape)
        return np.clip(a, 0, 255).astype(np.uint8)

    def _save_photo(self, arr, fmt=None):
        self.photo_seq += 1
        fmt = fmt or ("jpg" if self.rng.random() < 0.8 else "png")
        rel = f"photos/p{self.photo_seq:06d}.{fmt}"
        buf = io.BytesIO()
        Image.fromarray(arr).save(buf, "JPEG" if fmt == "jpg" else "PNG", **({"quality": 85} if fmt == "jpg" else {}))
        self.photos[rel] = buf.getvalue()
        return rel

    def _template_text(self, kind):
        r = self.rng
        sents = [
            "Results-driven professional with a passion for building scalable, user-centric solutions.",
            "Proven track record of delivering high-quality software on time and within budget.",
            "Strong communicator who thrives in fast-paced, agile, cross-functional teams.",
            "Experienced in the full software development lifecycle from requirements to deployment.",
            "Committed to clean code, test-driven development and continuous improvement.",
            "Skilled at translating business requirements into robust technical architecture.",
            "Adept at mentoring junior developers and leading code reviews.",
            "Available for long-term engagements and comfortable working across time zones.",
            "Delivered blockchain and fintech platforms for clients in the US and EU.",
            "Specialized in React/Node marketplaces and Web3 wallets for startups.",
            "Built scalable SaaS back ends for healthcare and e-commerce companies.",
        ]
        if kind == "bootcamp":
            return ("SUMMARY\nFull-stack web developer graduate of an immersive 16-week program. " +
                    " ".join(sents[:5]) + "\nPROJECTS\nCapstone: a MERN-stack marketplace app with Stripe payments and JWT auth.\n")
        return "PROFESSIONAL SUMMARY\n" + " ".join(r.sample(sents, 4)) + "\n"

    def _resume(self, first, last, skills, history, school, template=None, extra=""):
        r = self.rng
        lines = [f"{first} {last}".upper(), ", ".join(skills), ""]
        lines.append(template if template else
                     f"About me: {r.choice(['I', 'Hi, I'])} build {r.choice(['web apps', 'APIs', 'mobile apps', 'data pipelines'])} "
                     f"and have {r.randrange(2, 15)} years of experience with {skills[0]} and {skills[-1]}. "
                     f"{r.choice(['I enjoy', 'Lately I have focused on', 'My favourite work is'])} "
                     f"{r.choice(['performance tuning', 'accessibility', 'startup MVPs', 'legacy migrations', 'testing'])}.")
        lines.append("EXPERIENCE")
        for co, yrs, role in history:
            lines.append(f"{role}, {co} ({yrs})")
        lines.append("EDUCATION")
        lines.append(school)
        if extra:
            lines.append(extra)
        return "\n".join(lines) + "\n"

    def _history(self):
        r = self.rng
        y = r.randrange(2012, 2022)
        out = []
        for co in r.sample(COMPANIES, r.randrange(1, 4)):
            y2 = min(2026, y + r.randrange(1, 4))
            out.append((co, f"{y}-{y2}", r.choice(["Software Engineer", "Senior Developer", "Frontend Engineer",
                                                    "Backend Developer", "Full Stack Engineer", "Mobile Developer"])))
            y = y2
        return out

    # ------------------------------------------------------------------ row emitters
    def tag(self, sid, *tags):
        self.truth[sid][3].update(t for t in tags if t)

    def share(self, label, key, owner, sid):
        self.shared[label][key].add((owner, sid))

    def hshare(self, p, key, sid):
        if p["kindh"] in ("family", "roommates"):
            self.share(p["kindh"], p["hh"] + "|" + key, p["pid"], sid)

    def new_subject(self, kind, fraud, ring, role, **fields):
        sid = self._sid(kind)
        row = {"id": sid, "kind": kind}
        row.update(fields)
        self.subjects.append(row)
        self.truth[sid] = [fraud, ring, role, set()]
        return sid

    def login(self, sid, ip, dev, ua=None, ts=None, outcome="success"):
        asn, owner, cc, proxy = self.ipinfo[ip]
        r = self.rng
        self.logins.append({
            "subject_id": sid, "ts": _iso(ts or self._ts()), "ip": ip, "device_id": dev,
            "user_agent": ua or r.choice(UAS), "country": cc,
            "outcome": outcome if r.random() > 0.05 else r.choice(["failure", "challenge"]),
            "source_proxy": ("true" if proxy else "false") if r.random() < 0.9 else "",
            "asn": str(asn), "network_owner": owner,
        })

    def ep(self, sid, dev, kind, value, ts=None, vendor_id="", product_id="", started_at=""):
        self.endpoint.append({"subject_id": sid, "ts": _iso(ts or self._ts()), "device_id": dev, "kind": kind,
                              "value": value, "vendor_id": vendor_id, "product_id": product_id, "started_at": started_at})

    def pay(self, sid, dest, method, n=None, currency="USD"):
        r = self.rng
        for _ in range(n or r.randrange(1, 6)):
            self.payments.append({"subject_id": sid, "ts": _iso(self._ts()), "amount": f"{r.uniform(80, 6500):.2f}",
                                  "currency": currency, "method": method, "destination": dest})

    def ship(self, sid, addr_text, ts=None):
        self.shipments.append({"subject_id": sid, "ts": _iso(ts or self._ts()),
                               "asset": "LT-%08X" % self.rng.getrandbits(32), "address": addr_text})

    def bank(self):
        return "bank:" + "%010d" % self.rng.randrange(10 ** 10)

    def wallet(self, email):
        return self.rng.choice(["paypal:", "payoneer:", "wise:"]) + email

    def crypto(self):
        r = self.rng
        if r.random() < 0.5:
            return "0x" + "%040x" % r.getrandbits(160)
        alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
        return "T" + "".join(r.choice(alphabet) for _ in range(33))

    def endpoint_baseline(self, sid, dev, tz, keyboard="en-US", gw=None, system=None):
        r = self.rng
        for p in r.sample(GENERIC_PROCS, r.randrange(3, 7)):
            self.ep(sid, dev, "process", p)
        for v, p, name in r.sample(NORMAL_USB, r.randrange(1, 3)):
            self.ep(sid, dev, "usb", name, vendor_id=v, product_id=p)
        self.ep(sid, dev, "display", r.choice(DISPLAYS))
        self.ep(sid, dev, "keyboard", keyboard)
        self.ep(sid, dev, "timezone", tz)
        self.ep(sid, dev, "gateway_mac", gw or self.mac())
        self.ep(sid, dev, "system", system or r.choice(LAPTOPS))

    def mac(self):
        return ":".join("%02x" % self.rng.randrange(256) for _ in range(6))

    # ================================================================== HONEST
    def honest_household(self):
        """A household of 1-5 people (family or roommates) and the rows its people have."""
        r = self.rng
        kindh = r.choices(["single", "family", "roommates"], [0.45, 0.4, 0.15])[0]
        size = 1 if kindh == "single" else (r.randrange(2, 6) if kindh == "family" else r.randrange(2, 4))
        city = self._us_place()
        abroad = None
        addr = self._address(city, unit=r.choice([None, None, str(r.randrange(1, 40)), f"{r.randrange(1, 9)}B"]))
        home_ip = self._res_ip() if r.random() < 0.85 else r.choice(self.cgnat_ips)
        gw = self.mac()
        family_dev = self._dev()
        last = r.choice(LAST)
        joint_bank = self.bank()
        hh = f"hh{self.person_seq}"
        parent_email = None
        rows = 0
        for i in range(size):
            self.person_seq += 1
            pid = f"h{self.person_seq}"
            first = r.choice(FIRST)
            ln = last if kindh == "family" else r.choice(LAST)
            if kindh == "family" and i > 0 and r.random() < 0.2:
                ln = r.choice(LAST)   # blended families, kept names
            minor = kindh == "family" and i >= 2
            birth = self._birth(2006, 2012) if minor else self._birth()
            p = dict(pid=pid, first=first, last=ln, birth=birth, nid=self._nid(), city=city, addr=addr,
                     home_ip=home_ip, gw=gw, hh=hh, kindh=kindh, state=city[1], family_dev=family_dev,
                     joint_bank=joint_bank if (kindh == "family" and i < 2) else None, minor=minor,
                     parent_email=parent_email)
            rows += self.honest_person(p)
            if i == 0 and p.get("account_email"):
                parent_email = p["account_email"]
        return rows

    def honest_person(self, p):
        r = self.rng
        n = 0
        p["phone"] = self._phone(p["state"])
        p["devices"] = [self._dev() for _ in range(r.randrange(1, 3))]
        # individual behaviours
        p["night"] = r.random() < 0.06
        p["vpn"] = r.random() < 0.07
        p["traveller"] = r.random() < 0.05
        p["two_countries"] = r.choice(list(ABROAD)) if r.random() < 0.04 else None
        p["heritage_kb"] = r.random() < 0.04
        p["it_admin"] = r.random() < 0.03
        p["homelab_kvm"] = r.random() < 0.012
        p["carrier"] = r.random() < 0.12
        p["library"] = r.choice(self.libraries) if r.random() < 0.03 else None
        p["uni"] = r.choice(self.universities) if (r.random() < 0.08 and not p["minor"]) else None
        p["cowork"] = r.choice(self.coworking) if r.random() < 0.05 else None
        has_acct = r.random() < 0.78 or p["minor"]
        has_free = (not p["minor"]) and r.random() < 0.38
        has_app = (not p["minor"]) and r.random() < 0.10
        if not (has_acct or has_free or has_app):
            has_acct = True
        if has_acct:
            n += self.honest_account(p)
        if has_free:
            n += self.honest_freelancer(p)
        if has_app:
            n += self.honest_applicant(p)
        return n

    def person_logins(self, sid, p, k=None):
        r = self.rng
        k = k or r.randrange(2, 9)
        shift = -7 if p["city"][3].endswith(("Los_Angeles", "Phoenix")) else (-5 if "New_York" in p["city"][3] else -6)
        for _ in range(k):
            ip, dev = p["home_ip"], r.choice(p["devices"])
            x = r.random()
            if p["carrier"] and x < 0.4:
                ip = r.choice(self.cgnat_ips); self.tag(sid, "carrier_nat")
                dev = p["devices"][0]
            elif p["vpn"] and x < 0.6:
                ip = r.choice(self.vpn_exits); self.tag(sid, "privacy_vpn")
            elif p["uni"] and x < 0.6:
                ip = p["uni"][0]; self.tag(sid, "university_network")
            elif p["cowork"] and x < 0.6:
                ip = p["cowork"][0]; self.tag(sid, "coworking")
            elif p["library"] and x < 0.5:
                ip, dev = p["library"][0], r.choice(p["library"][1]); self.tag(sid, "library_pc")
            elif p["two_countries"] and x < 0.5:
                ip = self._abroad_ip(p["two_countries"]); self.tag(sid, "two_countries")
            elif p["traveller"] and x < 0.3:
                ip = self._hosting_ip() if r.random() < 0.3 else self._abroad_ip(r.choice(list(ABROAD)))
                self.tag(sid, "traveller")
            elif p["kindh"] != "single" and x < 0.25:
                dev = p["family_dev"]
                self.hshare(p, "dev:" + dev, sid)
            if ip == p["home_ip"] and p["kindh"] != "single":
                self.hshare(p, "ip:" + ip, sid)
            self.login(sid, ip, dev, ts=self._ts(night=p["night"], tz_shift=shift))
        if p["night"]:
            self.tag(sid, "night_shift")

    def honest_account(self, p, provision=None):
        r = self.rng
        email = self._email(p["first"], p["last"], PROVIDER)
        p["account_email"] = email
        rec_email = p["parent_email"] if (p["minor"] and p.get("parent_email")) else (
            self._email(p["first"], p["last"]) if r.random() < 0.5 else "")
        rec_phone = p["phone"] if r.random() < 0.6 else ""
        signup = p["home_ip"]
        fields = dict(full_name=f"{p['first']} {p['last']}" if r.random() < 0.9 else p["first"],
                      email=email, country="US", created_at=_iso(self._created()),
                      recovery_email=rec_email, recovery_phone=rec_phone, signup_ip=signup)
        if r.random() < 0.3:
            fields["phone"] = p["phone"]
        if r.random() < 0.25:
            fields["birth_date"] = p["birth"]
        if r.random() < 0.06:
            fields["employer"] = r.choice(self.clients())
        sid = self.new_subject("account", 0, "", "honest", **fields)
        if p["minor"] and p.get("parent_email"):
            self.hshare(p, "rec:" + rec_email, sid)
        if p["kindh"] != "single":
            self.hshare(p, "ip:" + signup, sid)
            if rec_phone and p["kindh"] == "family":
                pass
        self.share("same_person", p["pid"], p["pid"], sid)
        self.person_logins(sid, p)
        return 1

    def honest_freelancer(self, p):
        r = self.rng
        email = p.get("account_email") if (p.get("account_email") and r.random() < 0.6) else self._email(p["first"], p["last"])
        skills = r.sample(SKILLS, r.randrange(3, 7))
        hist = self._history()
        school = r.choice(SCHOOLS)
        tmpl, extra = None, ""
        tags = []
        tr = r.random()
        if tr < 0.08:
            tmpl = self.bootcamp_tmpl; tags.append("resume_template")
        elif tr < 0.16:
            tmpl = r.choice(self.popular_tmpl); tags.append("resume_template")
        # photo
        photo = ""
        pr = r.random()
        if pr < 0.10:
            photo = self._save_photo(self.default_avatars[r.randrange(3)], fmt="png"); tags.append("default_avatar")
        elif pr < 0.85:
            photo = self._save_photo(self._face(r.getrandbits(40)))
        # agency / employer of record / enterprise client
        agency = None
        eng = r.random()
        employer = "GigLane"
        if eng < 0.10:
            agency = self.agency()
            employer = agency["name"]
        elif eng < 0.30:
            employer = r.choice(self.clients())
        addr_txt = self._fmt_addr(p["addr"])
        country = "US"
        fields = dict(full_name=f"{p['first']} {p['last']}", email=email, phone=p["phone"], address=addr_txt,
                      country=country, birth_date=p["birth"], national_id=p["nid"], photo=photo,
                      resume="", profiles=self._profiles(p["first"], p["last"]) if r.random() < 0.85 else "", employer=employer,
                      created_at=_iso(self._created()))
        sid = self.new_subject("contractor", 0, "", "honest", **fields)
        rel = f"resumes/{sid}.txt"
        self.resumes[rel] = self._resume(p["first"], p["last"], skills, hist, school, tmpl, extra)
        self.subjects[-1]["resume"] = rel
        self.tag(sid, *tags)
        self.share("same_person", p["pid"], p["pid"], sid)
        if p["kindh"] != "single":
            self.hshare(p, "addr:" + str(p["addr"]["aid"]), sid)
        # payouts
        if agency:
            self.pay(sid, agency["bank"], "bank"); self.tag(sid, "staffing_agency")
            self.share("staffing_agency", agency["bank"], p["pid"], sid)
        elif p["joint_bank"] and r.random() < 0.7:
            self.pay(sid, p["joint_bank"], "bank"); self.hshare(p, "bank:" + p["joint_bank"], sid)
        else:
            m = r.choices(["bank", "wallet", "crypto"], [0.6, 0.35, 0.05])[0]
            dest = self.bank() if m == "bank" else (self.wallet(email) if m == "wallet" else self.crypto())
            self.pay(sid, dest, m)
        self.person_logins(sid, p, r.randrange(3, 12))
        # enterprise engagement: a shipped laptop with telemetry
        if employer != "GigLane" and r.random() < 0.7:
            self.honest_laptop(sid, p, agency)
        elif p["it_admin"] or p["homelab_kvm"]:
            # own machine enrolled in the marketplace's desktop tracker
            self.honest_laptop(sid, p, None, own=True)
        return 1

    def honest_laptop(self, sid, p, agency, own=False):
        r = self.rng
        dev = self._dev()
        moved = (not own) and r.random() < 0.06
        if not own:
            if agency and r.random() < 0.5:
                self.ship(sid, agency["office"]); self.share("staffing_agency", "ship:" + agency["office"], p["pid"], sid)
            elif moved:
                self.ship(sid, self._fmt_addr(p["addr"]), ts=START + timedelta(days=20))
                self.ship(sid, self._fmt_addr(self._address()), ts=START + timedelta(days=200))
                self.tag(sid, "mover")
            else:
                self.ship(sid, self._fmt_addr(p["addr"]))
                if p["kindh"] != "single":
                    self.hshare(p, "addr:" + str(p["addr"]["aid"]), sid)
        kb = "en-US"
        if p["heritage_kb"]:
            kb = r.choice(["ko-KR", "zh-CN", "ja-JP", "vi-VN", "es-MX", "uk-UA"]); self.tag(sid, "heritage_keyboard")
        tz = p["city"][3]
        if p["two_countries"] and r.random() < 0.4:
            tz = ABROAD[p["two_countries"]][1]; self.tag(sid, "two_countries")
        self.endpoint_baseline(sid, dev, tz, kb, gw=p["gw"])
        if p["kindh"] != "single":
            self.hshare(p, "gw:" + p["gw"], sid)
        if p["it_admin"]:
            for t in r.sample(REMOTE_TOOLS, r.randrange(1, 3)):
                self.ep(sid, dev, "process", t)
            if r.random() < 0.5:
                self.ep(sid, dev, "listening_port", r.choice(["3389/tcp", "5900/tcp", "22/tcp"]))
            self.tag(sid, "it_admin_remote_tools")
        if p["homelab_kvm"]:
            v, pr_, name = r.choice(KVMS)
            self.ep(sid, dev, "usb", name, vendor_id=v, product_id=pr_)
            self.tag(sid, "homelab_ip_kvm")
        for _ in range(r.randrange(1, 4)):
            self.login(sid, p["home_ip"], dev, ua=UAS[6])

    def honest_applicant(self, p, again=False):
        r = self.rng
        employer = r.choice(self.clients())
        email = p.get("account_email") or self._email(p["first"], p["last"])
        fields = dict(full_name=f"{p['first']} {p['last']}", email=email, phone=p["phone"],
                      address=self._fmt_addr(p["addr"]), country="US", employer=employer,
                      created_at=_iso(self._created(2024, 2026.8)),
                      resume=f"{p['first']} {p['last']} - {', '.join(r.sample(SKILLS, 3))} developer, "
                             f"{r.randrange(1, 12)} years. Previously at {r.choice(COMPANIES)}.",
                      profiles=self._profiles(p["first"], p["last"]) if r.random() < 0.6 else "")
        if r.random() < 0.5:
            fields["birth_date"] = p["birth"]
        sid = self.new_subject("applicant", 0, "", "honest", **fields)
        self.share("same_person", p["pid"], p["pid"], sid)
        self.hshare(p, "addr:" + str(p["addr"]["aid"]), sid)
        if not again and r.random() < 0.15:
            self.honest_applicant(p, again=True)   # re-applies (same or other client)
            self.tag(sid, "reapplicant")
            self.tag(self.subjects[-1]["id"], "reapplicant")
            return 2
        return 1

    def _profiles(self, first, last):
        r = self.rng
        h = f"{first}{last}".lower().replace(" ", "").replace("'", "") + (str(r.randrange(99)) if r.random() < 0.4 else "")
        out = [f"https://www.linkedin.com/in/{h}"]
        if r.random() < 0.6:
            out.append(f"https://github.com/{h}")
        return ";".join(out)

    _agencies = None
    _clients = None

    def agency(self):
        if self._agencies is None:
            self._agencies = []
            for nm in ["Apex Talent Partners", "BlueBridge Staffing", "CodeCrew Agency", "Deel EOR pool", "Remote Bridge LLC"]:
                self._agencies.append({"name": nm, "bank": self.bank(), "office": self._fmt_addr(self._address())})
        return self.rng.choice(self._agencies)

    def clients(self):
        if self._clients is None:
            self._clients = COMPANIES[:]
        return self._clients

    # ------------------------------------------------------------------ special honest groups
    def provisioned_batch(self, label):
        """A school or firm creates accounts for its people in one go: same admin recovery
        address and sign-up IP, created within an hour."""
        r = self.rng
        k = r.randrange(4, 30)
        if label == "school_provisioned":
            dom = r.choice(["lincolnhs.k12.az.us", "summitacademy.org", "westview.k12.or.us", "stmarys-prep.org"])
            org = ""
        else:
            org = r.choice(COMPANIES)
            dom = org.lower().replace(" ", "") + ".com"
        admin = self._email("it", "admin" + str(r.randrange(99)), dom)
        ip = self._res_ip(owner=(r.randrange(10000, 60000), "Business Fiber"))
        t0 = self._created(2018, 2026.5)
        minors = label == "school_provisioned"
        for _ in range(k):
            self.person_seq += 1
            f, l = self._name()
            email = self._email(f, l, PROVIDER)
            sid = self.new_subject("account", 0, "", "honest", full_name=f"{f} {l}", email=email, country="US",
                                   created_at=_iso(t0 + timedelta(seconds=r.randrange(3600))),
                                   recovery_email=admin, recovery_phone="", signup_ip=ip,
                                   employer=org if label == "firm_provisioned" else "",
                                   birth_date=self._birth(2008, 2014) if minors and r.random() < 0.5 else "")
            self.tag(sid, label)
            for _ in range(r.randrange(1, 5)):
                self.login(sid, ip if r.random() < 0.6 else self._res_ip(), self._dev())
        return k

    def office_group(self):
        """Consultancy staff all freelancing under their own profiles from one office."""
        r = self.rng
        k = r.randrange(3, 12)
        ip = self._res_ip(owner=(r.randrange(10000, 60000), "Business Fiber"))
        city = self._us_place()
        office = self._address(city)
        for _ in range(k):
            self.person_seq += 1
            pid = f"h{self.person_seq}"
            f, l = self._name()
            p = dict(pid=pid, first=f, last=l, birth=self._birth(), nid=self._nid(), city=city, addr=self._address(city),
                     home_ip=self._res_ip(), gw=self.mac(), hh=pid, kindh="single", state=city[1], family_dev=self._dev(),
                     joint_bank=None, minor=False, parent_email=None)
            p.update(phone=self._phone(city[1]), devices=[self._dev()], night=False, vpn=False, traveller=False,
                     two_countries=None, heritage_kb=False, it_admin=r.random() < 0.2, homelab_kvm=False,
                     carrier=False, library=None, uni=None, cowork=None)
            self.honest_freelancer(p)
            sid = self.subjects[-1]["id"]
            for _ in range(r.randrange(2, 6)):
                self.login(sid, ip, p["devices"][0])
            self.tag(sid, "office_network")
        return k

    def theft_victim(self):
        """An honest person; returns their identity for a fraud persona to borrow."""
        r = self.rng
        city = self._us_place()
        self.person_seq += 1
        pid = f"h{self.person_seq}"
        f, l = self._name()
        p = dict(pid=pid, first=f, last=l, birth=self._birth(), nid=self._nid(), city=city, addr=self._address(city),
                 home_ip=self._res_ip(), gw=self.mac(), hh=pid, kindh="single", state=city[1], family_dev=self._dev(),
                 joint_bank=None, minor=False, parent_email=None)
        p.update(phone=self._phone(city[1]), devices=[self._dev()], night=False, vpn=False, traveller=False,
                 two_countries=None, heritage_kb=False, it_admin=False, homelab_kvm=False,
                 carrier=False, library=None, uni=None, cowork=None)
        before = len(self.subjects)
        if r.random() < 0.7:
            self.honest_freelancer(p)
        else:
            self.honest_applicant(p, again=True)
        vids = [s["id"] for s in self.subjects[before:]]
        for v in vids:
            self.tag(v, "identity_theft_victim")
        return p, vids

    def name_change(self):
        """Married: an old profile under the maiden name and a new one; same DOB and national id."""
        r = self.rng
        city = self._us_place()
        self.person_seq += 1
        f, l = self._name()
        p = dict(pid=f"h{self.person_seq}", first=f, last=l, birth=self._birth(), nid=self._nid(), city=city,
                 addr=self._address(city), home_ip=self._res_ip(), gw=self.mac(), hh="", kindh="single", state=city[1],
                 family_dev=self._dev(), joint_bank=None, minor=False, parent_email=None)
        p.update(phone=self._phone(city[1]), devices=[self._dev()], night=False, vpn=False, traveller=False,
                 two_countries=None, heritage_kb=False, it_admin=False, homelab_kvm=False,
                 carrier=False, library=None, uni=None, cowork=None)
        self.honest_freelancer(p)
        a = self.subjects[-1]["id"]
        p["last"] = r.choice(LAST)
        if r.random() < 0.5:
            p["addr"] = self._address(); p["home_ip"] = self._res_ip()
        self.honest_applicant(p, again=True)
        b = self.subjects[-1]["id"]
        self.tag(a, "name_change"); self.tag(b, "name_change")
        return 2

    # ================================================================== FRAUD
    def ring(self, ring_id, size, victims):
        """A DPRK IT-worker cell: personas sharing partial sets of the cell's kit."""
        r = self.rng
        style = r.choices(["farm", "marketplace", "mixed"], [0.35, 0.35, 0.3])[0]
        farm_city = self._us_place()
        kit = {
            "rec_emails": [self._email(*self._name()) for _ in range(r.randrange(1, 3))],
            "rec_phones": [self._phone(r.choice(list(AREA))) for _ in range(r.randrange(1, 3))],
            "banks": [self.bank() for _ in range(r.randrange(1, 3))],
            "wallets": [self.wallet(self._email(*self._name())) for _ in range(r.randrange(1, 3))],
            "cryptos": [self.crypto() for _ in range(r.randrange(1, 3))],
            "vpn": r.sample(self.vpn_exits, r.randrange(1, 4)) + [self._hosting_ip() for _ in range(r.randrange(1, 3))],
            "asia": [self._asia_ip() for _ in range(2)],
            "devices": [self._dev() for _ in range(r.randrange(1, 4))],
            "photos": [self._face(r.getrandbits(40)) for _ in range(r.randrange(1, 4))],
            "template": self._template_text("ring"),
            "history": self._history(),
            "farm_addr": self._address(farm_city, self._unit()),
            "farm_ip": self._res_ip(),
            "farm_gw": self.mac(),
            "farm_tz": farm_city[3],
            "kvm": r.choice(KVMS),
            "tools": r.sample(REMOTE_TOOLS[:5], r.randrange(1, 3)),
            "signup_ip": self._hosting_ip(),
        }
        # probabilities that a persona uses each element (partial overlap)
        pr = {k: r.uniform(0.15, 0.7) for k in ["rec", "payout", "vpn", "asia", "device", "photo", "template",
                                                 "signup", "farm", "kvm", "tool"]}
        if style == "marketplace":
            pr["farm"] = 0.0; pr["kvm"] = 0.0
        if style == "farm":
            pr["farm"] = r.uniform(0.6, 0.95); pr["kvm"] = r.uniform(0.2, 0.6); pr["tool"] = r.uniform(0.4, 0.9)
        rows = 0
        # the facilitator (a real US person receiving laptops) for farm-style rings
        if style != "marketplace" and r.random() < 0.6:
            rows += self.facilitator(ring_id, kit)
        for i in range(size):
            stolen = victims.pop() if (victims and r.random() < 0.3) else None
            rows += self.persona(ring_id, kit, pr, style, stolen)
        # fake recruiters of the cell
        if r.random() < 0.3:
            rows += self.fake_recruiters(ring_id, kit)
        return rows

    def persona(self, ring_id, kit, pr, style, stolen, lone=False):
        r = self.rng
        pid = f"f{ring_id}-{r.getrandbits(32):x}"
        if stolen:
            sp = stolen[0]
            first, last, birth, nid = sp["first"], sp["last"], sp["birth"], sp["nid"]
        else:
            first, last = self._name()
            birth, nid = self._birth(1985, 2001), self._nid()
        role = "lone_persona" if lone else "ring_member"
        use = {k: r.random() < v for k, v in pr.items()}
        city = self._us_place()
        claimed_addr = kit["farm_addr"] if use["farm"] and r.random() < 0.5 else self._address(city, self._unit())
        phone = r.choice(kit["rec_phones"]) if (use["rec"] and r.random() < 0.3) else self._phone(city[1])
        devs = [r.choice(kit["devices"])] if use["device"] else [self._dev()]
        rows = 0
        acct_email = None
        # the persona's email account (recruiter / client facing)
        if r.random() < 0.7:
            acct_email = self._email(first, last, PROVIDER)
            rec_e = r.choice(kit["rec_emails"]) if use["rec"] else (self._email(first, last) if r.random() < 0.5 else "")
            rec_p = r.choice(kit["rec_phones"]) if (use["rec"] and r.random() < 0.6) else (phone if r.random() < 0.5 else "")
            signup = kit["signup_ip"] if use["signup"] else (r.choice(kit["vpn"]) if use["vpn"] else self._res_ip())
            f = dict(full_name=f"{first} {last}", email=acct_email, country="US",
                     created_at=_iso(self._created(2022.5, 2026.7)), recovery_email=rec_e, recovery_phone=rec_p,
                     signup_ip=signup)
            if r.random() < 0.3:
                f["phone"] = phone
            if r.random() < 0.25:
                f["birth_date"] = birth
            sid = self.new_subject("account", 1, ring_id, role, **f)
            if use["rec"] and rec_e in kit["rec_emails"]:
                self.share("f_shared_recovery", rec_e, pid, sid)
            if rec_p and rec_p in kit["rec_phones"]:
                self.share("f_shared_recovery", rec_p, pid, sid)
            if use["signup"]:
                self.share("f_shared_signup_ip", signup, pid, sid)
            elif use["vpn"]:
                self.tag(sid, "vpn")
            self.fraud_logins(sid, pid, kit, use, devs, k=r.randrange(2, 8))
            rows += 1
        # the freelancer profile (the earning side)
        if r.random() < 0.8 or acct_email is None:
            email = acct_email if (acct_email and r.random() < 0.7) else self._email(first, last)
            photo = ""
            if use["photo"]:
                photo = self._save_photo(self._edit(r.choice(kit["photos"]), r.getrandbits(40)))
            elif r.random() < 0.85:
                photo = self._save_photo(self._face(r.getrandbits(40)))
            employer = r.choice(self.clients()) if r.random() < (0.6 if style != "marketplace" else 0.2) else "GigLane"
            f = dict(full_name=f"{first} {last}", email=email, phone=phone,
                     address=self._fmt_addr(claimed_addr), country="US", birth_date=birth, national_id=nid,
                     photo=photo, resume="", profiles=self._profiles(first, last) if r.random() < 0.85 else "",
                     employer=employer, created_at=_iso(self._created(2022.5, 2026.7)))
            sid = self.new_subject("contractor", 1, ring_id, role, **f)
            if use["photo"]:
                self.share("f_photo_reuse", ring_id + "photo", pid, sid)
            if stolen:
                self.tag(sid, "stolen_identity")
            if claimed_addr is kit["farm_addr"]:
                self.share("f_farm_address", "farm", pid, sid)
            skills = r.sample(SKILLS, r.randrange(3, 7))
            if use["template"]:
                text = self._resume(first, last, skills, kit["history"], r.choice(SCHOOLS), kit["template"])
                self.share("f_resume_template", ring_id + "tmpl", pid, sid)
            else:
                text = self._resume(first, last, skills, self._history(), r.choice(SCHOOLS))
            rel = f"resumes/{sid}.txt"
            self.resumes[rel] = text
            self.subjects[-1]["resume"] = rel
            # payouts
            if use["payout"]:
                m = r.choices(["bank", "wallet", "crypto"], [0.4, 0.35, 0.25])[0]
                dest = r.choice(kit["banks" if m == "bank" else ("wallets" if m == "wallet" else "cryptos")])
                self.pay(sid, dest, m)
                self.share("f_shared_payout", dest, pid, sid)
            else:
                m = r.choices(["bank", "wallet", "crypto"], [0.5, 0.4, 0.1])[0]
                self.pay(sid, self.bank() if m == "bank" else (self.wallet(email) if m == "wallet" else self.crypto()), m)
            self.fraud_logins(sid, pid, kit, use, devs, k=r.randrange(3, 12))
            # enterprise engagement: laptop shipped (to the farm, or the claimed address)
            if employer != "GigLane" and r.random() < 0.75:
                dev = self._dev()
                if use["farm"]:
                    self.ship(sid, self._fmt_addr(kit["farm_addr"]))
                    self.share("f_farm_address", "farm", pid, sid)
                    gw, tz = kit["farm_gw"], kit["farm_tz"]
                    self.share("f_farm_network", gw, pid, sid)
                    for _ in range(r.randrange(2, 6)):
                        self.login(sid, kit["farm_ip"], dev, ua=UAS[6])
                    self.share("f_farm_network", kit["farm_ip"], pid, sid)
                else:
                    self.ship(sid, self._fmt_addr(claimed_addr))
                    gw, tz = self.mac(), city[3]
                    if r.random() < 0.5:
                        self.login(sid, r.choice(kit["vpn"]), dev, ua=UAS[6]); self.tag(sid, "vpn")
                kb = "en-US" if r.random() < 0.85 else "ko-KR"
                self.endpoint_baseline(sid, dev, tz, kb, gw=gw)
                if kb == "ko-KR":
                    self.tag(sid, "korean_keyboard")
                if use["tool"]:
                    for t in kit["tools"]:
                        self.ep(sid, dev, "process", t)
                    self.tag(sid, "remote_tool")
                    if r.random() < 0.3:
                        st = self._ts()
                        self.ep(sid, dev, "remote_session", self._hosting_ip(), ts=st + timedelta(days=r.randrange(3, 20)),
                                started_at=_iso(st))
                if use["kvm"]:
                    v, p_, name = kit["kvm"]
                    self.ep(sid, dev, "usb", name, vendor_id=v, product_id=p_)
                    self.tag(sid, "ip_kvm")
            rows += 1
        if r.random() < 0.2:
            f = dict(full_name=f"{first} {last}", email=acct_email or self._email(first, last), phone=phone,
                     address=self._fmt_addr(claimed_addr), country="US", employer=r.choice(self.clients()),
                     created_at=_iso(self._created(2024, 2026.8)),
                     resume=f"{first} {last} - {', '.join(r.sample(SKILLS, 3))} developer, "
                            f"{r.randrange(1, 12)} years. Previously at {r.choice(COMPANIES)}.",
                     profiles=self._profiles(first, last) if r.random() < 0.6 else "")
            if r.random() < 0.5:
                f["birth_date"] = birth
            sid = self.new_subject("applicant", 1, ring_id, role, **f)
            if claimed_addr is kit["farm_addr"]:
                self.share("f_farm_address", "farm", pid, sid)
            if stolen and f.get("birth_date"):
                self.tag(sid, "stolen_identity")
            rows += 1
        return rows

    def fraud_logins(self, sid, pid, kit, use, devs, k):
        r = self.rng
        for _ in range(k):
            x = r.random()
            dev = r.choice(devs)
            if use["vpn"] and x < 0.6:
                ip = r.choice(kit["vpn"]); self.tag(sid, "vpn")
                self.share("f_shared_ip", ip, pid, sid)
            elif use["asia"] and x < 0.75:
                ip = r.choice(kit["asia"]); self.tag(sid, "foreign_login")
                self.share("f_shared_ip", ip, pid, sid)
            elif use["farm"] and x < 0.85:
                ip = kit["farm_ip"]; self.share("f_farm_network", ip, pid, sid)
            else:
                ip = self._res_ip() if r.random() < 0.7 else r.choice(self.cgnat_ips)
            if use["device"]:
                self.share("f_shared_device", dev, pid, sid)
            self.login(sid, ip, dev, ts=self._ts(night=r.random() < 0.2))

    def facilitator(self, ring_id, kit):
        """A US resident hosting the laptops (Chapman, Knoot): real identity, own profile;
        the farm address is their home, the farm IP their line, and some pay lands in their bank."""
        r = self.rng
        pid = f"fac{ring_id}"
        f, l = self._name()
        city = kit["farm_addr"]["city"]
        email = self._email(f, l)
        sid = self.new_subject("contractor", 1, ring_id, "facilitator", full_name=f"{f} {l}", email=email,
                               phone=self._phone(city[1]), address=self._fmt_addr(kit["farm_addr"]), country="US",
                               birth_date=self._birth(1965, 1995), national_id=self._nid(),
                               photo=self._save_photo(self._face(r.getrandbits(40))), resume="",
                               profiles=self._profiles(f, l), employer="GigLane",
                               created_at=_iso(self._created(2019, 2025)))
        rel = f"resumes/{sid}.txt"
        self.resumes[rel] = self._resume(f, l, r.sample(SKILLS, 3), self._history(), r.choice(SCHOOLS))
        self.subjects[-1]["resume"] = rel
        self.share("f_farm_address", "farm", pid, sid)
        dev = self._dev()
        for _ in range(r.randrange(3, 8)):
            self.login(sid, kit["farm_ip"], dev)
        self.share("f_farm_network", kit["farm_ip"], pid, sid)
        if r.random() < 0.6:
            dest = kit["banks"][0]
            self.pay(sid, dest, "bank"); self.share("f_shared_payout", dest, pid, sid)
        else:
            self.pay(sid, self.bank(), "bank")
        return 1

    def fake_recruiters(self, ring_id, kit):
        """Contagious Interview: fake recruiter accounts for a look-alike company domain."""
        r = self.rng
        co = r.choice(["Blockwave Labs", "NovaChain Capital", "Tradefi Partners", "Quantix Recruiting", "Meta Hire Group"])
        dom = co.lower().replace(" ", "") + r.choice([".io", ".xyz", ".com", ".co"])
        reg_email = r.choice(kit["rec_emails"])
        vip = self._hosting_ip()
        self.domains.append({"domain": dom, "company": co, "registered_at": _iso(self._created(2025.5, 2026.6)),
                             "registrant_email": reg_email, "ip": vip,
                             "nameservers": f"ns1.{dom};ns2.{dom}" if r.random() < 0.5 else "dns1.registrar-servers.com;dns2.registrar-servers.com"})
        k = r.randrange(1, 4)
        for _ in range(k):
            f, l = self._name()
            pid = f"rec{ring_id}-{r.getrandbits(24)}"
            rec = r.choice(kit["rec_emails"]) if r.random() < 0.6 else ""
            sid = self.new_subject("account", 1, ring_id, "fake_recruiter", full_name=f"{f} {l}",
                                   email=self._email(f, l, PROVIDER), country="US", employer=co,
                                   phone=self._phone(r.choice(list(AREA))) if r.random() < 0.3 else "",
                                   created_at=_iso(self._created(2025.5, 2026.7)), recovery_email=rec,
                                   recovery_phone="", signup_ip=r.choice(kit["vpn"]))
            self.tag(sid, "vpn")
            if rec:
                self.share("f_shared_recovery", rec, pid, sid)
                if rec == reg_email:
                    self.tag(sid, "recovery_is_domain_registrant")
            self.tag(sid, "new_lookalike_domain")
            for _ in range(r.randrange(2, 6)):
                self.login(sid, r.choice(kit["vpn"]), self._dev())
        return k

    def lone(self, victims):
        """A careful lone persona: own everything, one or two faint traces."""
        r = self.rng
        rid = ""
        stolen = victims.pop() if (victims and r.random() < 0.4) else None
        kit_ring = f"lone{self.person_seq}"
        self.person_seq += 1
        kit = {"rec_emails": [self._email(*self._name())], "rec_phones": [self._phone("TX")], "banks": [self.bank()],
               "wallets": [self.wallet(self._email(*self._name()))], "cryptos": [self.crypto()],
               "vpn": [r.choice(self.vpn_exits)], "asia": [self._asia_ip()], "devices": [self._dev()],
               "photos": [self._face(r.getrandbits(40))], "template": "", "history": self._history(),
               "farm_addr": self._address(), "farm_ip": self._res_ip(), "farm_gw": self.mac(),
               "farm_tz": "America/Chicago", "kvm": r.choice(KVMS), "tools": [r.choice(REMOTE_TOOLS[:5])],
               "signup_ip": self._hosting_ip()}
        pr = {k: 0.0 for k in ["rec", "payout", "vpn", "asia", "device", "photo", "template", "signup", "farm", "kvm", "tool"]}
        for k in r.sample(["vpn", "asia", "tool", "kvm", "vpn"], r.randrange(1, 3)):
            pr[k] = 1.0
        n = self.persona(rid, kit, pr, "mixed", stolen, lone=True)
        return n

    # ================================================================== build
    def build(self):
        r = self.rng
        self.__init_infra()
        N = self.N
        fraud_target = int(N * r.uniform(0.022, 0.035))
        # theft victims first (honest rows), borrowed later
        n_victims = max(2, N // 700)
        victims = []
        rows = 0
        for _ in range(n_victims):
            p, vids = self.theft_victim()
            victims.append((p, vids))
            rows += len(vids)
        victim_pairs = victims[:]
        r.shuffle(victims)
        # fraud
        frows = 0
        ring_no = 0
        while frows < fraud_target:
            if r.random() < 0.8:
                ring_no += 1
                size = min(25, max(3, int(r.paretovariate(1.3) * 3)))
                frows += self.ring(f"R{ring_no:03d}", size, victims)
            else:
                frows += self.lone(victims)
        # unused victims are still ordinary honest people; drop their victim tag
        for p, vids in victims:
            for v in vids:
                self.truth[v][3].discard("identity_theft_victim")
        # honest: special groups then households
        total = rows + frows
        while total < N:
            x = r.random()
            if x < 0.004:
                total += self.provisioned_batch("school_provisioned")
            elif x < 0.007:
                total += self.provisioned_batch("firm_provisioned")
            elif x < 0.011:
                total += self.office_group()
            elif x < 0.016:
                total += self.name_change()
            else:
                total += self.honest_household()
        self.finish_tags()

    def __init_infra(self):
        r = self.rng
        self.cgnat_ips = []
        for _ in range(40):
            ip = f"172.{56 + r.randrange(4)}.{r.randrange(256)}.{r.randrange(1, 255)}"
            self.ipinfo[ip] = (CGNAT[0], CGNAT[1], "US", False)
            self.cgnat_ips.append(ip)
        self.vpn_exits = [self._hosting_ip() for _ in range(120)]
        self.libraries = [(self._res_ip(owner=(r.randrange(10000, 60000), "City of Public Library Network")),
                           [self._dev() for _ in range(4)]) for _ in range(12)]
        self.universities = [(self._edu_ip(), s) for s in ["asu.edu", "uw.edu", "gatech.edu", "utexas.edu", "osu.edu", "purdue.edu"]]
        self.coworking = [(self._res_ip(owner=(r.randrange(10000, 60000), "Coworking Business Internet")), c[0])
                          for c in r.sample(US_CITIES, 8)]
        self.default_avatars = [self._face(r.randrange(1 << 30), plain=True) for _ in range(3)]
        self.bootcamp_tmpl = self._template_text("bootcamp")
        self.popular_tmpl = [self._template_text("popular") for _ in range(3)]
        # legitimate client and agency domains, incl. new startups behind a privacy registrant
        for co in COMPANIES:
            self.domains.append({"domain": co.lower().replace(" ", "") + ".com", "company": co,
                                 "registered_at": _iso(self._created(2003, 2020)),
                                 "registrant_email": f"hostmaster@{co.lower().replace(' ', '')}.com",
                                 "ip": self._res_ip(owner=(16509, "Amazon.com, Inc.")),
                                 "nameservers": "ns-1.awsdns-01.org;ns-2.awsdns-02.com"})
        for co in ["Lumora AI", "Fernbrook Labs", "Palisade Data", "Kitebird"]:
            self.domains.append({"domain": co.lower().replace(" ", "") + ".io", "company": co,
                                 "registered_at": _iso(self._created(2025.5, 2026.6)),
                                 "registrant_email": "redacted@withheldforprivacy.com",
                                 "ip": self._res_ip(owner=(13335, "Cloudflare, Inc.")),
                                 "nameservers": "ada.ns.cloudflare.com;bob.ns.cloudflare.com"})

    def finish_tags(self):
        self.rowmap = {row["id"]: row for row in self.subjects}
        # resources shared by >= 2 distinct owners tag every row that shows them
        for label, keys in self.shared.items():
            for key, members in keys.items():
                owners = {o for o, _ in members}
                if label == "same_person":
                    sids = sorted({s for _, s in members})
                    if len(sids) >= 2:
                        keys_of = {s: _contact_keys(self.rowmap[s]) for s in sids}
                        for s in sids:
                            if any(keys_of[s] & keys_of[t] for t in sids if t != s):
                                self.tag(s, "same_person_multi_row")
                    continue
                if len(owners) < 2:
                    continue
                name = label[2:] if label.startswith("f_") else label
                for _, s in members:
                    if self.truth[s][0] == (1 if label.startswith("f_") else 0) or not label.startswith("f_"):
                        self.tag(s, name)

    # ================================================================== write
    def write(self, out):
        b = os.path.join(out, "bundle")
        os.makedirs(os.path.join(b, "photos"), exist_ok=True)
        os.makedirs(os.path.join(b, "resumes"), exist_ok=True)
        for rel, data in self.photos.items():
            with open(os.path.join(b, rel), "wb") as fh:
                fh.write(data)
        for rel, text in self.resumes.items():
            with open(os.path.join(b, rel), "w", encoding="utf-8") as fh:
                fh.write(text)
        subj_cols = ["id", "kind", "full_name", "email", "phone", "address", "country", "birth_date", "national_id",
                     "photo", "resume", "profiles", "employer", "created_at", "recovery_email", "recovery_phone", "signup_ip"]
        order = list(range(len(self.subjects)))
        self.rng.shuffle(order)
        subs = [self.subjects[i] for i in order]
        _csv(os.path.join(b, "subjects.csv"), subj_cols, subs)
        _csv(os.path.join(b, "logins.csv"), ["subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome",
                                             "source_proxy", "asn", "network_owner"], _sorted(self.logins))
        _csv(os.path.join(b, "endpoint.csv"), ["subject_id", "ts", "device_id", "kind", "value", "vendor_id",
                                               "product_id", "started_at"], _sorted(self.endpoint))
        _csv(os.path.join(b, "payments.csv"), ["subject_id", "ts", "amount", "currency", "method", "destination"],
             _sorted(self.payments))
        _csv(os.path.join(b, "shipments.csv"), ["subject_id", "ts", "asset", "address"], _sorted(self.shipments))
        _csv(os.path.join(b, "domains.csv"), ["domain", "company", "registered_at", "registrant_email", "ip",
                                              "nameservers"], self.domains)
        rows = []
        for s in subs:
            fraud, ring, role, tags = self.truth[s["id"]]
            tags = set(tags)
            tags.discard("same_person_multi_row") if fraud else None
            if fraud:
                kind = ";".join([role] + sorted(tags - {role}))
            else:
                kind = ";".join(sorted(tags)) or "ordinary"
            rows.append({"subject_id": s["id"], "fraud": fraud, "ring": ring, "kind": kind})
        _csv(os.path.join(out, "truth.csv"), ["subject_id", "fraud", "ring", "kind"], rows)


def _contact_keys(row):
    out = set()
    for c in ("email", "recovery_email"):
        if row.get(c):
            out.add(row[c].lower())
    for c in ("phone", "recovery_phone"):
        d = "".join(ch for ch in row.get(c, "") if ch.isdigit())[-10:]
        if len(d) >= 7:
            out.add(d)
    return out


def _sorted(rows):
    return sorted(rows, key=lambda x: (x["ts"], x["subject_id"]))


def _csv(path, cols, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for row in rows:
            w.writerow({c: row.get(c, "") for c in cols})


def generate(out, subjects=20000, seed=1):
    w = World(subjects, seed)
    w.build()
    w.write(out)
    return w
