"""Blind world 5: an independent scenario generator for measuring ringwatch.

Written from public reporting on North Korean remote IT workers and US laptop farms (DOJ
indictments and press releases 2023-2025, FBI PSAs of 2022/2023/2025, Mandiant UNC5267,
Microsoft "Jasper Sleet", CrowdStrike "Famous Chollima", Okta's research on DPRK applicants,
KnowBe4's disclosure) and from ordinary knowledge of how honest people, households and
organisations look in identity, HR and payroll data. Nothing here was tuned on ringwatch.

The world: one consumer email provider (Larkmail), one freelance marketplace (GigHarbor) and
30 employers with applicants, employees and contractors, their sign-ins, work machines,
payroll and laptop shipments, plus the domains of organisations that contact candidates.

generate(out_dir, n_subjects, seed) writes out_dir/bundle/ (the contract's tables) and
out_dir/truth.csv (outside the bundle).
"""
from __future__ import annotations

import csv
import hashlib
import os
import random
import shutil
import struct
import zlib
from datetime import date, datetime, timedelta, timezone

import numpy as np

T0 = datetime(2023, 1, 2, tzinfo=timezone.utc)
T1 = datetime(2025, 6, 30, tzinfo=timezone.utc)
SPAN_S = int((T1 - T0).total_seconds())
SALT = "acme-export-2025"

FIRST = {
    "us": "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph Jessica Thomas Sarah Chris Karen Daniel Lisa Matthew Nancy Anthony Betty Mark Sandra Steven Ashley Paul Kimberly Andrew Emily Joshua Donna Kevin Michelle Brian Amanda Ryan Melissa Jacob Stephanie Tyler Rebecca Kyle Laura Ethan Hannah Logan Olivia Noah Emma Liam Ava Mason Sophia Lucas Chloe Caleb Grace".split(),
    "hisp": "Jose Maria Luis Ana Carlos Sofia Juan Valentina Miguel Camila Diego Lucia Jorge Daniela Alejandro Gabriela".split(),
    "kr": "Min-jun Seo-yeon Ji-hoon Ji-woo Hyun-woo Su-bin Dong-hyun Eun-ji Joon Yuna Daniel Grace Sung-min Hye-jin".split(),
    "cn": "Wei Fang Jing Lei Xiu Yang Hao Ming Li Na Chen Jun Yan Tao".split(),
    "in": "Aarav Priya Rohan Ananya Vikram Sneha Arjun Kavya Rahul Pooja Amit Neha Sanjay Divya".split(),
    "slav": "Oleksandr Olena Dmytro Iryna Andriy Natalia Piotr Anna Tomasz Katarzyna Ivan Yulia".split(),
    "af": "Chinedu Ngozi Emeka Amara Tunde Funmilayo Kwame Ama Obinna Zainab".split(),
    "ph": "Mark Joy Jericho Kristine Rey Maricel Paolo Angelica".split(),
}
LAST = {
    "us": "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Murphy Cook Rogers Reed Bailey Cooper Howard Ward Cox Peterson Gray Hughes Price Myers Long Foster Sanders Ross Bennett Wood Barnes Fisher Henderson Coleman Jenkins Perry Powell Sullivan Russell".split(),
    "hisp": "Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera Gomez Diaz Reyes Cruz".split(),
    "kr": "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin".split(),
    "cn": "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu".split(),
    "in": "Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Rao Mehta Joshi Das".split(),
    "slav": "Shevchenko Kovalenko Bondarenko Nowak Kowalski Wisniewski Ivanov Melnyk Tkachenko Lewandowski".split(),
    "af": "Okafor Adeyemi Okonkwo Mensah Balogun Eze Nwosu Boateng".split(),
    "ph": "Santos Reyes Dela Cruz Bautista Garcia Mendoza Villanueva Ramos".split(),
}
GROUP_W = [("us", 62), ("hisp", 12), ("kr", 4), ("cn", 5), ("in", 7), ("slav", 4), ("af", 3), ("ph", 3)]

STREETS = "Oak Maple Pine Cedar Elm Washington Lake Hill Park Main Sunset Highland Ridge River Meadow Willow Church Spring Forest Lincoln Franklin Jefferson Walnut Chestnut Birch Valley Mill Prospect Center Cherry".split()
SUFFIX = [("Street", "St"), ("Avenue", "Ave"), ("Road", "Rd"), ("Drive", "Dr"), ("Lane", "Ln"), ("Court", "Ct"), ("Boulevard", "Blvd"), ("Way", "Way")]
CITIES = [("Austin", "TX", "787", "America/Chicago", "512"), ("Dallas", "TX", "752", "America/Chicago", "214"),
          ("Seattle", "WA", "981", "America/Los_Angeles", "206"), ("Portland", "OR", "972", "America/Los_Angeles", "503"),
          ("Denver", "CO", "802", "America/Denver", "303"), ("Phoenix", "AZ", "850", "America/Phoenix", "602"),
          ("Chicago", "IL", "606", "America/Chicago", "312"), ("Atlanta", "GA", "303", "America/New_York", "404"),
          ("Charlotte", "NC", "282", "America/New_York", "704"), ("Nashville", "TN", "372", "America/Chicago", "615"),
          ("New York", "NY", "100", "America/New_York", "917"), ("Brooklyn", "NY", "112", "America/New_York", "718"),
          ("Boston", "MA", "021", "America/New_York", "617"), ("Philadelphia", "PA", "191", "America/New_York", "215"),
          ("Columbus", "OH", "432", "America/New_York", "614"), ("Minneapolis", "MN", "554", "America/Chicago", "612"),
          ("San Jose", "CA", "951", "America/Los_Angeles", "408"), ("Los Angeles", "CA", "900", "America/Los_Angeles", "213"),
          ("San Diego", "CA", "921", "America/Los_Angeles", "619"), ("Miami", "FL", "331", "America/New_York", "305"),
          ("Tampa", "FL", "336", "America/New_York", "813"), ("Raleigh", "NC", "276", "America/New_York", "919"),
          ("Salt Lake City", "UT", "841", "America/Denver", "801"), ("Baltimore", "MD", "212", "America/New_York", "410"),
          ("Hillsboro", "OR", "971", "America/Los_Angeles", "503"), ("Scottsdale", "AZ", "852", "America/Phoenix", "480"),
          ("Ellicott City", "MD", "210", "America/New_York", "410"), ("Nashua", "NH", "030", "America/New_York", "603")]
FOREIGN = {  # country: (tz, phone prefix, asn, owner, city, first octets, name group)
    "IN": ("Asia/Kolkata", "+91 9", 55836, "Reliance Jio Infocomm Limited", "Bengaluru", [49, 157], "in"),
    "PH": ("Asia/Manila", "+63 9", 9299, "Philippine Long Distance Telephone Company", "Manila", [112, 120], "ph"),
    "UA": ("Europe/Kyiv", "+380 6", 15895, "Kyivstar PJSC", "Kyiv", [176, 46], "slav"),
    "PL": ("Europe/Warsaw", "+48 5", 5617, "Orange Polska Spolka Akcyjna", "Warsaw", [83, 89], "slav"),
    "BR": ("America/Sao_Paulo", "+55 11 9", 28573, "Claro NXT Telecomunicacoes Ltda", "Sao Paulo", [177, 189], "hisp"),
    "MX": ("America/Mexico_City", "+52 55 ", 8151, "UNINET", "Mexico City", [187, 189], "hisp"),
    "NG": ("Africa/Lagos", "+234 80", 29465, "MTN NIGERIA Communication limited", "Lagos", [102, 105], "af"),
    "PK": ("Asia/Karachi", "+92 30", 45595, "Pakistan Telecom Company Limited", "Lahore", [39, 111], "in"),
    "VN": ("Asia/Ho_Chi_Minh", "+84 9", 45899, "VNPT Corp", "Hanoi", [113, 14], "cn"),
    "KR": ("Asia/Seoul", "+82 10-", 4766, "Korea Telecom", "Seoul", [211, 121], "kr"),
    "JP": ("Asia/Tokyo", "+81 90-", 2516, "KDDI CORPORATION", "Tokyo", [106, 126], "cn"),
    "CA": ("America/Toronto", "+1 416 ", 812, "Rogers Communications Canada Inc.", "Toronto", [99, 174], "us"),
    "GB": ("Europe/London", "+44 7", 2856, "British Telecommunications PLC", "London", [81, 86], "us"),
    "DE": ("Europe/Berlin", "+49 15", 3320, "Deutsche Telekom AG", "Berlin", [79, 91], "us"),
    "SG": ("Asia/Singapore", "+65 8", 7473, "Singapore Telecommunications Ltd", "Singapore", [116, 175], "cn"),
    "CN": ("Asia/Shanghai", "+86 13", 4837, "CHINA UNICOM China169 Backbone", "Shenyang", [175, 113], "cn"),
    "RU": ("Asia/Vladivostok", "+7 914 ", 12389, "Rostelecom", "Vladivostok", [95, 178], "slav"),
}
US_ISPS = [(7922, "Comcast Cable Communications, LLC", [73, 24, 98, 69]), (20115, "Charter Communications", [71, 97, 76]),
           (7018, "AT&T Services, Inc.", [99, 107, 108]), (701, "Verizon Business", [96, 72, 100]),
           (22773, "Cox Communications Inc.", [68, 70]), (209, "CenturyLink Communications, LLC", [67, 75])]
MOBILE = [(21928, "T-Mobile USA, Inc.", "172.58"), (6167, "Verizon Wireless", "174.205"), (20057, "AT&T Mobility LLC", "166.205")]
VPN_HOSTS = [(9009, "M247 Europe SRL", "Astrill"), (60068, "Datacamp Limited", "NordVPN"), (20473, "The Constant Company, LLC", "Astrill"),
             (14061, "DigitalOcean, LLC", "Mullvad"), (16276, "OVH SAS", "ProtonVPN"), (60781, "LeaseWeb Netherlands B.V.", "Astrill"),
             (212238, "Datacamp Limited", "ExpressVPN"), (136787, "TEFINCOM S.A.", "NordVPN")]
PHONE_SPEC = {"IN": ("+91 9", 9), "PH": ("+63 917", 7), "UA": ("+380 67", 7), "PL": ("+48 51", 7), "BR": ("+55 11 9", 8), "MX": ("+52 55 ", 8), "NG": ("+234 803", 7), "PK": ("+92 300", 7), "VN": ("+84 91", 7), "KR": ("+82 10-", 8), "JP": ("+81 90-", 8), "CA": ("+1 416 ", 7), "GB": ("+44 79", 8), "DE": ("+49 151", 8), "SG": ("+65 8", 7), "CN": ("+86 13", 9), "RU": ("+7 914 ", 7)}
UA_WIN = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36"
UA_MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36"
UA_SAF = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{v2} Safari/605.1.15"
UA_IOS = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_{v2} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{v2} Mobile/15E148 Safari/604.1"
UA_AND = "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Mobile Safari/537.36"
UA_FF = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0"

ROLES = ["Full Stack Developer", "Backend Engineer", "Frontend Developer", "Mobile Developer (React Native)", "DevOps Engineer",
         "Data Engineer", "QA Automation Engineer", "Blockchain Developer", "Python Developer", "Java Developer",
         "Customer Support Specialist", "Accountant", "Sales Development Rep", "Graphic Designer", "IT Support Technician"]
SKILLS = "Python Java TypeScript JavaScript React Node.js Go Rust AWS Azure GCP Docker Kubernetes Terraform PostgreSQL MongoDB Redis Kafka GraphQL Django Flask Spring Vue Angular Solidity Web3.js Swift Kotlin Jenkins Linux Salesforce Excel Figma Zendesk".split()
VERBS = "Built Designed Led Implemented Migrated Optimized Automated Delivered Maintained Refactored Developed Launched Scaled Integrated Owned".split()
OBJS = ["a payments microservice", "the customer onboarding flow", "CI/CD pipelines", "a real-time analytics dashboard",
        "REST and GraphQL APIs", "the mobile checkout", "an internal admin portal", "ETL jobs for the data warehouse",
        "a smart-contract audit toolkit", "test automation suites", "the search service", "multi-tenant auth",
        "infrastructure as code", "a recommendation engine", "the billing system", "support ticket workflows",
        "monthly close reconciliations", "the marketing site", "a DeFi trading bot", "NFT marketplace contracts"]
RESULTS = ["cutting latency by {n}%", "serving {n}k daily users", "reducing costs by {n}%", "with {n}% test coverage",
           "across {n} teams", "raising conversion by {n}%", "saving {n} hours a week", "handling {n}M events a day"]
SCHOOLS = ["University of Texas at Austin", "Georgia Tech", "Ohio State University", "Arizona State University", "University of Washington",
           "Purdue University", "Rutgers University", "University of Florida", "Penn State", "San Jose State University",
           "Kyiv Polytechnic Institute", "IIT Bombay", "University of the Philippines", "Warsaw University of Technology",
           "University of Tokyo", "Seoul National University", "National University of Singapore", "University of Lagos"]
PAST_CO = ["Acme Corp", "Globex", "Initech", "Umbrella Health", "Stark Logistics", "Wayne Retail", "Hooli", "Vandelay Imports",
           "Pied Piper", "Soylent Foods", "Cyberdyne Analytics", "Tyrell Systems", "Massive Dynamic", "Wonka Industries"]
BOOTCAMPS = ["CodeForge Bootcamp", "LaunchPad Academy", "Hack Reactor-style Immersive", "DevCamp Online"]

EMPLOYER_NAMES = ["Northwind Labs", "Bluepeak Software", "Corvid Health", "Fernway Logistics", "Halcyon Fintech", "Ironleaf Games",
                  "Juniper Retail", "Kestrel Analytics", "Lumen Insurance", "Mosaic Media", "Nimbus Cloud", "Orchid Biotech",
                  "Pinecrest Bank", "Quarry AI", "Redwood Energy", "Saltmarsh Travel", "Tidewater Freight", "Umber Design",
                  "Vantage Security", "Willowbrook Schools", "Xenon Robotics", "Yardline Sports", "Zephyr Telecom",
                  "Atlas Contact Center", "Beacon Managed IT", "Cobalt Payments", "Driftwood Crypto", "Evergreen Foods",
                  "Foxglove HR", "Granite Construction Tech"]
AGENCIES = [("Brightpath Staffing", "brightpathstaffing.com"), ("Remotely EOR", "remotely-eor.com"),
            ("TalentBridge Partners", "talentbridgepartners.com"), ("Keystone Contractors Inc", "keystonecontractors.net")]
PROVIDERS_HONEST = [("gmail.com", 52), ("yahoo.com", 8), ("outlook.com", 8), ("hotmail.com", 5), ("icloud.com", 8), ("larkmail.com", 12),
                    ("proton.me", 3), ("aol.com", 2), ("comcast.net", 2)]

USB_NORMAL = [("USB Receiver", "046d", "c52b"), ("Logitech USB Input Device", "046d", "c534"), ("USB Keyboard", "413c", "2113"),
              ("Yubikey 5 NFC", "1050", "0407"), ("USB-C Hub", "2109", "2817"), ("Jabra Evolve2 65", "0b0e", "245d"),
              ("Apple Magic Keyboard", "05ac", "029c"), ("Webcam C920", "046d", "082d"), ("USB2.0 Hub", "05e3", "0608"),
              ("Dell Universal Dock D6000", "17e9", "6006"), ("Realtek USB GbE Family Controller", "0bda", "8153")]
IPKVM_USB = [("PiKVM Composite Device", "1d6b", "0104"), ("Multifunction USB Device", "1d6b", "0104"),
             ("JetKVM USB Emulation Device", "1d6b", "0104"), ("NanoKVM", "3346", "1009")]
DISPLAYS = ["DELL U2720Q", "DELL P2419H", "LG HDR 4K", "LG ULTRAFINE", "HP E24 G4", "Color LCD", "BenQ GW2480", "SAMSUNG", "ASUS VG248"]
PROC_NORMAL = ["chrome.exe", "msedge.exe", "Teams.exe", "slack.exe", "Code.exe", "Zoom.exe", "OUTLOOK.EXE", "explorer.exe",
               "OneDrive.exe", "docker.exe", "node.exe", "python.exe", "firefox.exe", "Spotify.exe", "1Password.exe", "CrowdStrike.exe"]
REMOTE_PROCS = ["AnyDesk.exe", "TeamViewer.exe", "rustdesk.exe", "remoting_host.exe", "ScreenConnect.ClientService.exe", "Splashtop.exe"]
ADMIN_PROCS = ["ScreenConnect.ClientService.exe", "TeamViewer.exe", "AteraAgent.exe", "mstsc.exe", "putty.exe", "NinjaRMMAgent.exe", "AnyDesk.exe"]
SYSTEMS = ["Dell Latitude 5440", "Lenovo ThinkPad T14 Gen 4", "MacBookPro18,3", "HP EliteBook 840 G10", "Dell XPS 13 9340", "MacBookAir10,1"]


def _h(*parts) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()


def _png(arr: np.ndarray) -> bytes:
    h, w, _ = arr.shape
    raw = b"".join(b"\x00" + arr[i].tobytes() for i in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b""))


_YY, _XX = np.mgrid[0:64, 0:64]


def _face(seed: int, edit: int = 0) -> np.ndarray:
    """A smooth synthetic portrait: background, skin ellipse, hair; `edit` > 0 = a retouched copy."""
    r = np.random.default_rng(seed)
    bg = r.integers(40, 220, 3)
    skin = r.integers(90, 235, 3)
    hair = r.integers(10, 120, 3)
    cx, cy, ax, ay = 32 + r.integers(-4, 5), 34 + r.integers(-3, 4), 14 + r.integers(-2, 3), 19 + r.integers(-2, 3)
    low = r.normal(0, 18, (8, 8, 3))
    img = np.ones((64, 64, 3)) * bg + np.kron(low, np.ones((8, 8, 1)))
    face = ((_XX - cx) / ax) ** 2 + ((_YY - cy) / ay) ** 2 < 1
    hairm = (((_XX - cx) / (ax + 3)) ** 2 + ((_YY - cy + 6) / (ay + 2)) ** 2 < 1) & (_YY < cy - ay * 0.45)
    img[face] = skin
    img[hairm] = hair
    for ex in (cx - ax // 2.5, cx + ax // 2.5):
        img[((_XX - ex) ** 2 + (_YY - (cy - 4)) ** 2) < 4] = (30, 30, 30)
    if edit:
        e = np.random.default_rng(seed * 7919 + edit)
        img = img * e.uniform(0.9, 1.1) + e.uniform(-10, 10, 3)  # re-toned
        img += e.normal(0, 4, img.shape)  # re-generated texture
        s = int(e.integers(-2, 3))
        img = np.roll(img, s, axis=1)  # re-cropped
    return np.clip(img, 0, 255).astype(np.uint8)


class World:
    def __init__(self, out_dir: str, n: int, seed: int):
        self.out = out_dir
        self.bundle = os.path.join(out_dir, "bundle")
        self.n = n
        self.r = random.Random(seed)
        self.seed = seed
        self.subjects, self.truth = [], []
        self.logins, self.endpoint, self.payments, self.shipments, self.domains = [], [], [], [], []
        self.photos = {}  # rel path -> (seed, edit)
        self.resume_files = {}
        self.sid = 0
        self.used_ips = set()
        self.n_fraud_target = 0

    # ---------- primitives ----------
    def ts(self, lo=None, hi=None):
        lo = lo or T0
        hi = hi or T1
        return lo + timedelta(seconds=self.r.randint(0, max(1, int((hi - lo).total_seconds()))))

    def iso(self, t):
        return t.strftime("%Y-%m-%dT%H:%M:%SZ")

    def new_ip(self, first_octets, prefix=None):
        while True:
            if prefix:
                ip = f"{prefix}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
            else:
                ip = f"{self.r.choice(first_octets)}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
            if ip not in self.used_ips:
                self.used_ips.add(ip)
                return ip

    def home_net(self, country="US", city=None):
        if country == "US":
            asn, owner, octs = self.r.choice(US_ISPS)
            return {"ip": self.new_ip(octs), "country": "US", "asn": asn, "owner": owner, "city": city or "", "proxy": False}
        f = FOREIGN[country]
        return {"ip": self.new_ip(f[5]), "country": country, "asn": f[2], "owner": f[3], "city": f[4], "proxy": False}

    def name(self, group=None):
        g = group or self.r.choices([g for g, _ in GROUP_W], [w for _, w in GROUP_W])[0]
        return self.r.choice(FIRST[g]), self.r.choice(LAST[g]), g

    def address(self, city=None):
        c = city or self.r.choice(CITIES)
        unit = self.r.randint(1, 40) if self.r.random() < 0.3 else None
        return {"num": self.r.randint(10, 9899), "street": self.r.choice(STREETS), "suf": self.r.randrange(len(SUFFIX)),
                "unit": unit, "city": c[0], "state": c[1], "zip": c[2] + f"{self.r.randint(0, 99):02d}", "tz": c[3], "area": c[4]}

    def render_addr(self, a, style=None):
        if a is None:
            return ""
        if "foreign" in a:
            return a["foreign"]
        s = self.r.randrange(4) if style is None else style
        suf = SUFFIX[a["suf"]][0 if s == 1 else 1]
        unit = ""
        if a["unit"]:
            unit = [f" Apt {a['unit']}", f", Apt. {a['unit']}", f" #{a['unit']}", f" Unit {a['unit']}"][s]
        txt = f"{a['num']} {a['street']} {suf}{unit}, {a['city']}, {a['state']} {a['zip']}"
        if s == 2:
            txt = txt.upper()
        if s == 3:
            txt = txt.replace(",", "")
        return txt

    def phone(self, area=None, country="US"):
        if country != "US":
            p, k = PHONE_SPEC[country]
            return p + str(self.r.randint(2, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(k - 1))
        a = area or self.r.choice(CITIES)[4]
        return f"{a}{self.r.randint(200, 999)}{self.r.randint(0, 9999):04d}"

    def render_phone(self, p, country="US"):
        if p.startswith("+"):
            return p
        s = self.r.randrange(4) if country == "US" else self.r.choice([2, 3])
        return [f"({p[:3]}) {p[3:6]}-{p[6:]}", f"{p[:3]}-{p[3:6]}-{p[6:]}", f"+1 {p[:3]} {p[3:6]} {p[6:]}", f"+1{p}"][s]

    def ssn(self):
        return f"{self.r.randint(100, 899):03d}{self.r.randint(1, 99):02d}{self.r.randint(1, 9999):04d}"

    def render_nid(self, ssn, fmt):
        if not ssn:
            return ""
        if fmt == "hash":
            return "h:" + _h(SALT, ssn)[:24]
        if fmt == "dash" and ssn.isdigit():
            return f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}"
        return ssn

    def email_for(self, first, last, dom, style=None):
        f, l = first.lower().replace("-", "").replace(" ", ""), last.lower().replace(" ", "")
        s = self.r.randrange(6) if style is None else style
        local = [f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}.{l}{self.r.randint(1, 99)}", f"{f}_{l}{self.r.randint(70, 2005)}", f"{l}.{f}"][s]
        return f"{local}@{dom}"

    def device(self, prefix="d"):
        return f"{prefix}-{self.r.getrandbits(48):012x}"

    def ua(self, kind):
        v, v2 = self.r.randint(112, 126), self.r.randint(0, 5)
        return {"win": UA_WIN, "mac": UA_MAC, "saf": UA_SAF, "ios": UA_IOS, "and": UA_AND, "ff": UA_FF}[kind].format(v=v, v2=v2)

    def photo(self, face_seed, edit=0, shared_name=None):
        rel = f"photos/{shared_name}.png" if shared_name else f"photos/p{_h(self.seed, face_seed, edit)[:16]}.png"
        self.photos[rel] = (face_seed, edit)
        return rel

    # ---------- resumes ----------
    def resume_body(self, rr, role, template=None, bootcamp=None):
        lines = []
        skills = rr.sample(SKILLS, 7)
        lines.append(f"{role}")
        head = {"modern": "PROFESSIONAL SUMMARY", "classic": "Summary", "agency": "CANDIDATE PROFILE - presented by {agency}"}
        lines.append(head.get(template, "About me"))
        lines.append(f"{rr.choice(['Results-driven', 'Detail-oriented', 'Passionate', 'Self-motivated', 'Seasoned'])} {role.lower()} with "
                     f"{rr.randint(2, 14)} years of experience in {', '.join(skills[:3])}.")
        lines.append("Skills: " + ", ".join(skills))
        lines.append("Experience")
        for _ in range(rr.randint(2, 3)):
            lines.append(f"{rr.choice(PAST_CO)} - {role} ({rr.randint(2012, 2020)}-{rr.randint(2021, 2024)})")
            for _ in range(rr.randint(2, 4)):
                lines.append("- " + f"{rr.choice(VERBS)} {rr.choice(OBJS)} using {rr.choice(skills)}, "
                             + rr.choice(RESULTS).format(n=rr.randint(3, 90)))
        if bootcamp:
            lines.append("Projects")
            br = random.Random(bootcamp)
            for _ in range(3):
                lines.append("- Capstone: " + f"{br.choice(VERBS)} {br.choice(OBJS)} with {br.choice(SKILLS)} and {br.choice(SKILLS)}")
            lines.append(f"Education: {bootcamp.split('#')[0]} certificate")
        else:
            lines.append(f"Education: B.S. Computer Science, {rr.choice(SCHOOLS)}")
        return lines

    def resume_ref(self, name_line, lines, as_file):
        text = "\n".join([name_line] + lines)
        if as_file:
            rel = f"resumes/r{_h(self.seed, text)[:16]}.txt"
            self.resume_files[rel] = text
            return rel
        return text

    # ---------- rows ----------
    def add_subject(self, row, truth):
        self.sid += 1
        sid = f"S{self.sid:06d}"
        row = dict(row)
        row["id"] = sid
        self.subjects.append(row)
        t = dict(truth)
        t["subject_id"] = sid
        self.truth.append(t)
        return sid

    def add_login(self, sid, t, net, dev, ua, idp=None, outcome="success", risk=None):
        row = {"subject_id": sid, "ts": self.iso(t), "ip": net["ip"], "device_id": dev, "user_agent": ua,
               "country": net["country"] if self.r.random() < 0.95 else ""}
        if idp:
            row.update({"outcome": outcome, "source_proxy": "true" if net["proxy"] else "false", "asn": str(net["asn"]),
                        "network_owner": net["owner"], "city": net.get("city", ""),
                        "risk_level": risk or ("low" if net["proxy"] else "none"),
                        "event_type": "user.session.start" if idp == "okta" else "interactiveUser",
                        "session_id": f"{idp[:2]}{self.r.getrandbits(40):010x}"})
        self.logins.append(row)

    def add_ep(self, sid, t, dev, kind, value, vid="", pid="", started=""):
        self.endpoint.append({"subject_id": sid, "ts": self.iso(t), "device_id": dev, "kind": kind, "value": value,
                              "vendor_id": vid, "product_id": pid, "started_at": started})

    def local_hour_ts(self, t, tzoff, lo=8, hi=18):
        """Move t to a local time between lo and hi hours for a zone offset (hours from UTC)."""
        d = t.replace(hour=0, minute=0, second=0)
        h = self.r.uniform(lo, hi) - tzoff
        return d + timedelta(hours=h)

    # ---------- setting ----------
    def build_setting(self):
        r = self.r
        self.employers = []
        for i, nm in enumerate(EMPLOYER_NAMES):
            dom = nm.lower().replace(" ", "") + r.choice([".com", ".com", ".io", ".co"])
            kind = "callcentre" if "Contact" in nm else "msp" if "Managed IT" in nm else "normal"
            city = r.choice(CITIES)
            e = {"name": nm, "domain": dom, "kind": kind, "idp": r.choice(["okta", "entra", "okta", None]),
                 "nid": r.choice(["dash", "digits", "hash"]), "office": self.address(city),
                 "office_net": [self.home_net("US", city[0]) for _ in range(r.randint(1, 2))],
                 "remote_share": 0.2 if kind == "callcentre" else r.uniform(0.4, 0.9), "city": city,
                 "hosts": [self.device("ws") for _ in range(25)] if kind == "callcentre" else []}
            for n in e["office_net"]:
                n["owner"] = r.choice(["Zayo Bandwidth", "Lumen Technologies", "Cogent Communications", n["owner"]])
            self.employers.append(e)
            self.domains.append({"domain": dom, "company": nm, "registered_at": f"{r.randint(1998, 2018)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                                 "registrant_email": r.choice(["", f"hostmaster@{dom}", "redacted@privacyguardian.org", "select request email form at registrar"]),
                                 "ip": f"{r.choice([104, 172, 151, 52, 34])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 "nameservers": r.choice(["ns1.cloudflare.com;ns2.cloudflare.com", "ns-101.awsdns-12.com;ns-900.awsdns-40.net",
                                                          f"ns1.{dom};ns2.{dom}", "dns1.registrar-servers.com;dns2.registrar-servers.com"])})
        self.agencies = []
        for nm, dom in AGENCIES:
            city = r.choice(CITIES)
            self.agencies.append({"name": nm, "domain": dom, "office": self.address(city), "account": f"ACCT{r.randint(10**9, 10**10)}",
                                  "phone": self.phone(city[4]), "recruiters": [self.phone(city[4]) for _ in range(3)]})
            self.domains.append({"domain": dom, "company": nm, "registered_at": f"{r.randint(2005, 2021)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                                 "registrant_email": "redacted@privacyguardian.org", "ip": f"104.21.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 "nameservers": "ns1.cloudflare.com;ns2.cloudflare.com"})
        # honest small recruiting firms registered recently (look-alikes of fake recruiters)
        for nm in ["Summit Tech Recruiting", "HireLoop", "Codewise Talent", "Northstar Search Group", "BlueOcean Hiring"]:
            dom = nm.lower().replace(" ", "") + r.choice([".com", ".io"])
            self.domains.append({"domain": dom, "company": nm, "registered_at": f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                                 "registrant_email": "redacted@privacyguardian.org", "ip": f"76.76.21.{r.randint(1, 254)}",
                                 "nameservers": "ns1.vercel-dns.com;ns2.vercel-dns.com"})
            self.honest_recruiter_domains = getattr(self, "honest_recruiter_domains", []) + [(nm, dom)]
        self.domains.append({"domain": "larkmail.com", "company": "Larkmail", "registered_at": "2004-03-11", "registrant_email": "domains@larkmail.com",
                             "ip": "203.0.113.10", "nameservers": "ns1.larkmail.com;ns2.larkmail.com"})
        self.domains.append({"domain": "gigharbor.com", "company": "GigHarbor", "registered_at": "2012-08-20", "registrant_email": "redacted@privacyguardian.org",
                             "ip": "104.18.3.7", "nameservers": "ns1.cloudflare.com;ns2.cloudflare.com"})
        # shared networks
        self.cgnat = {m[0]: [{"ip": f"{m[2]}.{r.randint(0, 255)}.{r.randint(1, 254)}", "country": "US", "asn": m[0], "owner": m[1], "city": "", "proxy": False}
                             for _ in range(max(20, self.n // 120))] for m in MOBILE}
        self.vpn = []
        for _ in range(70):
            asn, owner, prov = r.choice(VPN_HOSTS)
            c = r.choices(["US", "US", "US", "CA", "GB", "DE", "SG", "JP", "PL"])[0]
            self.vpn.append({"ip": self.new_ip([185, 193, 45, 149, 89, 104, 138]), "country": c, "asn": asn, "owner": owner,
                             "city": "", "proxy": True, "prov": prov})
        self.astrill = [v for v in self.vpn if v["prov"] == "Astrill"]
        self.coworking = [dict(self.home_net("US", c[0]), owner="WeWork Companies LLC") for c in r.sample(CITIES, 10)]
        self.campus = [{"ip": f"128.{r.randint(10, 250)}.{r.randint(0, 255)}.{r.randint(1, 254)}", "country": "US", "asn": r.randint(1000, 4000),
                        "owner": s + " network", "city": "", "proxy": False} for s in SCHOOLS[:6] for _ in range(3)]
        self.library = [dict(self.home_net("US", c[0]), owner="Public Library Consortium") for c in r.sample(CITIES, 8)]
        self.library_dev = {l["ip"]: [self.device("pub") for _ in range(4)] for l in self.library}
        self.default_avatars = [self.photo(10_000_000 + i, 0, shared_name=f"default_avatar_{i}") for i in range(3)]

    # ---------- honest people ----------
    def new_person(self, labels=None, country=None, group=None, household=None):
        r = self.r
        country = country or ("US" if r.random() < 0.86 else r.choice(list(FOREIGN)[:15]))
        if group is None and country != "US":
            group = FOREIGN[country][6]
        first, last, g = self.name(group)
        city = r.choice(CITIES)
        p = {"first": first, "last": last, "group": g, "country": country, "labels": set(labels or []),
             "dob": date(r.randint(1960, 2004), r.randint(1, 12), r.randint(1, 28)), "ssn": self.ssn() if country == "US" else "",
             "passport": f"{country}{r.randint(10**7, 10**8)}" if country != "US" else "",
             "role": r.choice(ROLES), "face": r.getrandbits(40), "rseed": r.getrandbits(40), "devices": [], "bank": f"{r.randint(10**8, 10**11)}",
             "wallet": None, "other_emails": []}
        if country == "US":
            p["addr"] = self.address(city)
            p["phone"] = self.phone(city[4])
            p["net"] = self.home_net("US", city[0])
            p["tzoff"] = {"America/New_York": -5, "America/Chicago": -6, "America/Denver": -7, "America/Phoenix": -7, "America/Los_Angeles": -8}[city[3]]
            p["tz"] = city[3]
        else:
            f = FOREIGN[country]
            p["addr"] = {"foreign": f"{r.randint(1, 300)} {r.choice(STREETS)} Rd, {f[4]}, {country}"}
            p["phone"] = self.phone(country=country)
            p["net"] = self.home_net(country)
            p["tz"] = f[0]
            p["tzoff"] = {"Asia": 7, "Euro": 1, "Amer": -4, "Afri": 1}[f[0][:4]]
        dom = r.choices([d for d, _ in PROVIDERS_HONEST], [w for _, w in PROVIDERS_HONEST])[0]
        p["email"] = self.email_for(first, last, dom)
        kinds = r.choice([("win", "ios"), ("mac", "ios"), ("win", "and"), ("mac", "saf"), ("ff", "and"), ("win",)])
        p["devices"] = [(self.device(), self.ua(k)) for k in kinds]
        p["nets"] = [p["net"]]
        if r.random() < 0.35:
            p["nets"].append(r.choice(self.cgnat[r.choice(MOBILE)[0]]))
        if household:
            h = household
            p["last"] = h["last"] if r.random() < 0.8 else p["last"]
            p["addr"], p["net"], p["nets"] = h["addr"], h["net"], [h["net"]] + p["nets"][1:]
            p["country"], p["tz"], p["tzoff"] = h["country"], h["tz"], h["tzoff"]
            p["email"] = self.email_for(p["first"], p["last"], dom)
        return p

    def honest_truth(self, p, extra=()):
        return {"fraud": 0, "ring": "", "_p": p, "_extra": tuple(extra)}

    def person_logins(self, sid, p, k, idp=None, span=(None, None), extra_nets=()):
        r = self.r
        for _ in range(k):
            t = self.ts(*span)
            lo, hi = (20, 30) if "night_shift" in p["labels"] else (7, 22)
            t = self.local_hour_ts(t, p["tzoff"], lo, hi)
            nets = list(p["nets"]) + list(extra_nets)
            net = r.choice(nets)
            if "vpn_user" in p["labels"] and r.random() < 0.5:
                net = p.setdefault("vpn_exit", r.choice(self.vpn)) if r.random() < 0.7 else r.choice(self.vpn)
            if "traveller" in p["labels"] and r.random() < 0.15:
                c = p.setdefault("trip", r.choice(["GB", "JP", "MX", "DE", "SG", "CA", "KR", "IN", "BR"]))
                net = p.setdefault("trip_net", dict(self.home_net(c), owner="Hotel WiFi " + FOREIGN[c][4]))
            if "immigrant" in p["labels"] and r.random() < 0.08:
                net = p.setdefault("family_net", self.home_net(p["origin"]))
            dev, ua = r.choice(p["devices"])
            if "shared_computer" in p["labels"] and r.random() < 0.7:
                dev, ua = p["family_device"]
            outcome = r.choices(["success", "failure", "challenge"], [90, 6, 4])[0]
            self.add_login(sid, t, net, dev, ua, idp, outcome)

    def work_machine(self, sid, p, emp, hired, extra_labels):
        """Endpoint telemetry of a company laptop; returns the device id."""
        r = self.r
        dev = self.device("wm")
        ts = [self.ts(hired, T1) for _ in range(r.randint(6, 12))]
        home_gw = p.setdefault("gw", ":".join(f"{r.randint(0, 255):02x}" for _ in range(6)))
        wifi = p.setdefault("wifi", r.choice(["NETGEAR", "xfinitywifi-home", "ATT", "Spectrum", "TP-Link_", "MyHome", "Verizon_"]) + f"{r.randint(10, 99)}")
        self.add_ep(sid, ts[0], dev, "system", r.choice(SYSTEMS))
        self.add_ep(sid, ts[0], dev, "timezone", p["tz"] if "traveller" not in p["labels"] else r.choice([p["tz"], "Europe/London"]))
        kb = "en-US"
        if "heritage_keyboard" in p["labels"]:
            kb = p["kb"]
        self.add_ep(sid, ts[1 % len(ts)], dev, "keyboard", kb)
        if "heritage_keyboard" in p["labels"] and r.random() < 0.7:
            self.add_ep(sid, ts[1 % len(ts)], dev, "keyboard", "en-US")
        self.add_ep(sid, ts[2], dev, "network", wifi)
        self.add_ep(sid, ts[2], dev, "gateway_mac", home_gw)
        for t in ts[3:]:
            self.add_ep(sid, t, dev, "process", r.choice(PROC_NORMAL))
        for u in r.sample(USB_NORMAL, r.randint(0, 3)):
            self.add_ep(sid, r.choice(ts), dev, "usb", u[0], u[1], u[2])
        self.add_ep(sid, r.choice(ts), dev, "display", r.choice(DISPLAYS))
        if "it_admin" in p["labels"]:
            for pr in r.sample(ADMIN_PROCS, r.randint(2, 4)):
                self.add_ep(sid, r.choice(ts), dev, "process", pr)
            for _ in range(r.randint(1, 4)):
                t = r.choice(ts)
                self.add_ep(sid, t, dev, "remote_session", f"10.{r.randint(0, 40)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                            started=self.iso(t - timedelta(hours=r.uniform(0.2, 200))))
            self.add_ep(sid, r.choice(ts), dev, "listening_port", r.choice(["3389/tcp", "22/tcp", "5900/tcp"]))
        if "remote_support_user" in p["labels"]:
            self.add_ep(sid, r.choice(ts), dev, "process", r.choice(["TeamViewer.exe", "AnyDesk.exe", "remoting_host.exe"]))
        if "homelab_kvm" in p["labels"]:
            u = r.choice(IPKVM_USB[:2])
            self.add_ep(sid, r.choice(ts), dev, "usb", u[0], u[1], u[2])
        if "kvm_switch" in p["labels"]:
            self.add_ep(sid, r.choice(ts), dev, "usb", r.choice(["ATEN CS1964", "UGREEN USB Switch", "TESmart KVM"]), "0557", "2419")
        return dev

    def emit_person(self, p):
        """Write every subject row of an honest person, with logins, machines, pay and shipments."""
        r = self.r
        L = p["labels"]
        rows = 0
        # --- Larkmail account(s) ---
        n_accounts = 0
        if p["email"].endswith("@larkmail.com") or r.random() < 0.18 or "bulk_created" in L:
            n_accounts = 1 + (r.randint(1, 3) if "several_accounts" in L else 0)
        for i in range(n_accounts):
            em = p["email"] if i == 0 and p["email"].endswith("larkmail.com") else self.email_for(p["first"], p["last"], "larkmail.com")
            if i > 0:
                em = em.replace("@", f".{r.choice(['work', 'shop', 'games', 'alt', str(r.randint(1, 99))])}@")
            rec_phone = p.get("rec_phone", p["phone"]) if r.random() < 0.85 else ""
            rec_email = p.get("rec_email") or (p["other_emails"][0] if p["other_emails"] else "")
            created = self.ts(T0, T1 - timedelta(days=30)) if "bulk_created" not in L else p["bulk_time"] + timedelta(minutes=r.randint(0, 600))
            signup = p.get("signup_net") or r.choice(p["nets"])
            extra = []
            if "public_computer" in L:
                signup = p["lib"]
            sid = self.add_subject({"kind": "account", "full_name": f"{p['first']} {p['last']}", "email": em,
                                    "phone": "", "country": p["country"], "birth_date": p["dob"].isoformat() if r.random() < 0.6 else "",
                                    "employer": "Larkmail", "created_at": self.iso(created), "recovery_email": rec_email,
                                    "recovery_phone": self.render_phone(rec_phone, p["country"]) if rec_phone else "", "signup_ip": signup["ip"],
                                    "photo": p.get("avatar", "") if r.random() < 0.3 else ""}, self.honest_truth(p, extra))
            p["other_emails"].append(em)
            extra_nets = [p["lib"]] if "public_computer" in L else [p["signup_net"]] if "bulk_created" in L else []
            self.person_logins(sid, p, r.randint(2, 12), None, (created, T1), extra_nets)
            if "public_computer" in L:
                for _ in range(r.randint(2, 6)):
                    t = self.local_hour_ts(self.ts(created, T1), p["tzoff"], 9, 20)
                    self.add_login(sid, t, p["lib"], r.choice(self.library_dev[p["lib"]["ip"]]), self.ua("win"))
            rows += 1
        # --- GigHarbor profile ---
        if "freelancer" in L:
            created = self.ts(T0, T1 - timedelta(days=60))
            sid = self.add_subject({"kind": "contractor", "full_name": f"{p['first']} {p['last'][0]}." if r.random() < 0.3 else f"{p['first']} {p['last']}",
                                    "email": p["email"], "phone": self.render_phone(p["phone"], p["country"]), "country": p["country"],
                                    "address": self.render_addr(p["addr"]) if r.random() < 0.5 else "",
                                    "national_id": p["passport"] or self.render_nid(p["ssn"], "hash") if r.random() < 0.5 else "",
                                    "photo": p["photo"], "resume": self.resume_ref(f"{p['first']} {p['last']}", p["resume"], r.random() < 0.5),
                                    "profiles": f"https://gigharbor.com/fl/{p['first'].lower()}{p['last'].lower()[:3]}{r.randint(1, 999)}"
                                                + (f";https://github.com/{p['first'].lower()}{p['last'].lower()}" if r.random() < 0.5 else ""),
                                    "employer": "GigHarbor", "created_at": self.iso(created)}, self.honest_truth(p))
            self.person_logins(sid, p, r.randint(2, 10), None, (created, T1))
            for _ in range(r.randint(0, 6)):
                if "crypto_freelancer" in L:
                    m, d = "crypto", p.setdefault("crypto", "0x" + _h("c", p["rseed"])[:40])
                elif p["country"] != "US" or r.random() < 0.5:
                    m, d = "wallet", p.setdefault("wallet", f"payoneer:{p['email']}")
                else:
                    m, d = "bank", p.get("joint", p["bank"])
                self.payments.append({"subject_id": sid, "ts": self.iso(self.ts(created, T1)), "amount": f"{r.uniform(80, 4000):.2f}",
                                      "currency": "USD", "method": m, "destination": d})
            rows += 1
        # --- employer rows ---
        for (emp, kind, when) in p.get("jobs", []):
            addr = p["addr"]
            name_last = p["last"]
            ssn = p["ssn"]
            extra = []
            if "mover" in L and kind == "applicant" and p.get("old_addr"):
                addr = p["old_addr"]
            if "name_change" in L and kind == "applicant" and p.get("maiden"):
                name_last = p["maiden"]
            phone = p["phone"]
            email = p["email"]
            resume_lines = p["resume"]
            if "recruiter_submitted" in L and kind == "applicant":
                ag = p["agency"]
                phone = p["recruiter_phone"]
                resume_lines = [l.replace("{agency}", ag["name"]) for l in p["resume_agency"]]
            row = {"kind": kind, "full_name": f"{p['first']} {name_last}", "email": email, "phone": self.render_phone(phone, p["country"]),
                   "address": self.render_addr(addr), "country": p["country"], "employer": emp["name"], "created_at": self.iso(when),
                   "photo": p["photo"] if r.random() < 0.5 else "",
                   "resume": self.resume_ref(f"{p['first']} {name_last}", resume_lines, r.random() < 0.6) if kind == "applicant" or r.random() < 0.3 else "",
                   "profiles": f"https://www.linkedin.com/in/{p['first'].lower()}-{p['last'].lower()}-{p['rseed'] % 9999:x}" if r.random() < 0.6 else ""}
            if kind != "applicant":
                row["birth_date"] = p["dob"].isoformat()
                row["national_id"] = self.render_nid(ssn or p["passport"], emp["nid"])
            elif r.random() < 0.15:
                row["birth_date"] = p["dob"].isoformat()
            sid = self.add_subject(row, self.honest_truth(p))
            rows += 1
            if kind == "applicant":
                if r.random() < 0.3:
                    self.person_logins(sid, p, r.randint(1, 2), None, (when, when + timedelta(days=20)))
                continue
            # employee / contractor
            idp = emp["idp"]
            extra_nets = []
            office = "office" in L or emp["kind"] == "callcentre"
            if office:
                extra_nets = emp["office_net"] * 3
            if "coworking" in L:
                extra_nets = [p["cowork"]] * 3
            if "campus" in L:
                extra_nets = [p["campus_net"]] * 2
            k = r.randint(6, 18)
            if emp["kind"] == "callcentre" and "call_centre" in L:
                for _ in range(k):
                    t = self.local_hour_ts(self.ts(when, T1), p["tzoff"], 6, 23)
                    self.add_login(sid, t, r.choice(emp["office_net"]), r.choice(emp["hosts"]), self.ua("win"), idp)
            else:
                self.person_logins(sid, p, k, idp, (when, T1), extra_nets)
            if r.random() < 0.8 and emp["kind"] != "callcentre":
                dev = self.work_machine(sid, p, emp, when, ())
                for _ in range(r.randint(2, 6)):
                    t = self.local_hour_ts(self.ts(when, T1), p["tzoff"], 8, 18)
                    self.add_login(sid, t, r.choice(p["nets"][:1] + extra_nets), dev, self.ua("win"), idp)
                ship_addr = p["addr"]
                if "staffing_agency" in L and kind == "contractor":
                    ship_addr = p["agency"]["office"]
                self.shipments.append({"subject_id": sid, "ts": self.iso(when + timedelta(days=r.randint(-10, 5))),
                                       "asset": f"{emp['name'][:3].upper()}-{r.randint(10000, 99999)}", "address": self.render_addr(ship_addr)})
                if r.random() < 0.15:
                    self.shipments.append({"subject_id": sid, "ts": self.iso(when + timedelta(days=r.randint(6, 90))),
                                           "asset": f"MON-{r.randint(10000, 99999)}", "address": self.render_addr(ship_addr)})
            # pay
            if "staffing_agency" in L and kind == "contractor":
                dest, m = p["agency"]["account"], "bank"
            elif "joint_account" in L:
                dest, m = p["joint"], "bank"
            else:
                dest, m = p["bank"], "bank"
            t = when
            for _ in range(r.randint(2, 7)):
                t = t + timedelta(days=14 if kind == "employee" else 30)
                if t > T1:
                    break
                self.payments.append({"subject_id": sid, "ts": self.iso(t), "amount": f"{r.uniform(1800, 7500):.2f}", "currency": "USD",
                                      "method": m, "destination": dest})
        return rows

    def assign_jobs(self, p, fixed_emp=None):
        r = self.r
        jobs = []
        n_app = r.choices([0, 1, 2, 3], [25, 45, 20, 10])[0]
        if "repeat_applicant" in p["labels"]:
            n_app = r.randint(3, 6)
        emps = r.sample(self.employers, min(len(self.employers), n_app)) if n_app else []
        if "repeat_applicant" in p["labels"] and emps:
            emps.append(emps[0])
        for e in emps:
            jobs.append((e, "applicant", self.ts(T0, T1 - timedelta(days=120))))
        if fixed_emp or r.random() < 0.45:
            e = fixed_emp or (emps[0] if emps and r.random() < 0.5 else r.choice(self.employers))
            kind = "contractor" if ("staffing_agency" in p["labels"] or r.random() < 0.2) else "employee"
            jobs.append((e, kind, self.ts(T0 + timedelta(days=30), T1 - timedelta(days=60))))
        p["jobs"] = jobs

    def add_label_details(self, p):
        r = self.r
        L = p["labels"]
        p["resume"] = self.resume_body(random.Random(p["rseed"]), p["role"],
                                       template="modern" if "resume_template" in L else None,
                                       bootcamp=p.get("bootcamp"))
        if "recruiter_submitted" in L:
            ag = p["agency"] = p.get("agency") or r.choice(self.agencies)
            p["recruiter_phone"] = r.choice(ag["recruiters"])
            p["resume_agency"] = self.resume_body(random.Random(p["rseed"]), p["role"], template="agency")
        if "staffing_agency" in L:
            p["agency"] = p.get("agency") or r.choice(self.agencies)
        if "default_avatar" in L:
            p["photo"] = r.choice(self.default_avatars)
        elif r.random() < 0.55:
            p["photo"] = self.photo(p["face"])
        else:
            p["photo"] = ""
        p["avatar"] = p["photo"]
        if "heritage_keyboard" in L:
            p["kb"] = {"kr": "ko-KR", "cn": "zh-CN", "slav": r.choice(["uk-UA", "ru-RU", "pl-PL"]), "in": "hi-IN",
                       "hisp": "es-US", "ph": "fil-PH"}.get(p["group"], r.choice(["ko-KR", "ja-JP", "de-DE"]))
        if "immigrant" in L:
            p["origin"] = {"kr": "KR", "cn": "CN", "slav": "UA", "in": "IN", "hisp": "MX", "ph": "PH", "af": "NG"}.get(p["group"], "GB")
            if r.random() < 0.5:
                p["rec_phone"] = self.phone(country=p["origin"])
            p["ssn"] = p["ssn"] if r.random() < 0.7 else ""
            if not p["ssn"]:
                p["passport"] = f"{p['origin']}{r.randint(10**7, 10**8)}"
        if "mover" in L:
            p["old_addr"] = self.address()
        if "name_change" in L:
            p["maiden"] = self.name(p["group"])[1]
        if "coworking" in L:
            p["cowork"] = r.choice(self.coworking)
        if "campus" in L:
            p["campus_net"] = r.choice(self.campus)
        if "public_computer" in L:
            p["lib"] = r.choice(self.library)
        if "carrier_nat" in L:
            p["nets"] = [r.choice(self.cgnat[r.choice(MOBILE)[0]]) for _ in range(3)] + [p["net"]]
        if "several_accounts" in L:
            p["email"] = self.email_for(p["first"], p["last"], "larkmail.com")

    def honest_population(self, budget):
        r = self.r
        rows = 0
        simple = ["vpn_user", "traveller", "night_shift", "immigrant", "heritage_keyboard", "default_avatar", "resume_template",
                  "mover", "name_change", "repeat_applicant", "several_accounts", "carrier_nat", "campus", "coworking", "office",
                  "public_computer", "recruiter_submitted", "staffing_agency", "it_admin", "remote_support_user", "homelab_kvm",
                  "kvm_switch", "crypto_freelancer", "digital_nomad"]
        rates = {"vpn_user": .08, "traveller": .05, "night_shift": .04, "immigrant": .08, "heritage_keyboard": .05,
                 "default_avatar": .10, "resume_template": .12, "mover": .05, "name_change": .02, "repeat_applicant": .05,
                 "several_accounts": .04, "carrier_nat": .08, "campus": .04, "coworking": .04, "office": .25, "public_computer": .02,
                 "recruiter_submitted": .06, "staffing_agency": .06, "it_admin": .03, "remote_support_user": .02, "homelab_kvm": .003,
                 "kvm_switch": .01, "crypto_freelancer": .01, "digital_nomad": .01}
        self.victim_pool = []
        bootcamp_cohorts = [f"{b}#{i}" for b in BOOTCAMPS for i in range(max(2, self.n // 4000))]
        while rows < budget:
            u = r.random()
            if u < 0.06:  # household
                size = r.choices([2, 3, 4, 5], [50, 25, 17, 8])[0]
                head = self.new_person()
                head["labels"].add("household")
                hh = {"last": head["last"], "addr": head["addr"], "net": head["net"], "country": head["country"], "tz": head["tz"], "tzoff": head["tzoff"]}
                members = [head] + [self.new_person(["household"], group=head["group"], household=hh) for _ in range(size - 1)]
                fam_dev = (self.device("fam"), self.ua("win"))
                joint = f"{r.randint(10**8, 10**11)}"
                shared_comp, joint_acc, fam_rec = r.random() < 0.4, r.random() < 0.6, r.random() < 0.5
                twins = size >= 3 and r.random() < 0.1
                for i, m in enumerate(members):
                    m["gw"] = head.setdefault("gw", "a4:" + ":".join(f"{r.randint(0, 255):02x}" for _ in range(5)))
                    m["wifi"] = head.setdefault("wifi", f"HOME-{r.randint(1000, 9999)}")
                    if shared_comp:
                        m["labels"].add("shared_computer")
                        m["family_device"] = fam_dev
                    if joint_acc and i < 2:
                        m["labels"].add("joint_account")
                        m["joint"] = joint
                    if fam_rec and i > 0:
                        m["labels"].add("family_recovery")
                        m["rec_phone"] = head["phone"]
                        m["rec_email"] = head["email"]
                        if r.random() < 0.5:
                            m["email"] = self.email_for(m["first"], m["last"], "larkmail.com")
                    if twins and i in (1, 2):
                        m["labels"].add("twins")
                        m["dob"] = members[1]["dob"]
                        m["last"] = head["last"]
                    if r.random() < 0.3:
                        m["labels"].add("freelancer")
                for m in members:
                    self.add_label_details(m)
                    self.assign_jobs(m)
                    rows += self.emit_person(m)
                    self.victim_pool.append(m)
                continue
            if u < 0.07:  # bulk creation by a school or firm
                org = r.choice(["Lincoln High School", "Maple Grove Middle School", "Riverside Community College", "Hartwell Dental Group",
                                "Cobb County Library", "St. Mary's Parish", "Sunrise Senior Center", "Bayview Realty"]) + f" {r.randint(1, 99)}"
                city = r.choice(CITIES)
                net = self.home_net("US", city[0])
                admin = f"it.admin@{org.split()[0].lower()}{r.randint(1, 99)}.org"
                line = self.phone(city[4])
                t = self.ts(T0, T1 - timedelta(days=60))
                size = r.randint(8, 40)
                for _ in range(size):
                    m = self.new_person(["bulk_created"], country="US")
                    m["email"] = self.email_for(m["first"], m["last"], "larkmail.com", style=r.choice([0, 1, 2]))
                    m["rec_email"], m["rec_phone"], m["signup_net"], m["bulk_time"] = admin, line if r.random() < 0.6 else "", net, t
                    m["nets"] = [net, m["net"]]
                    self.add_label_details(m)
                    m["jobs"] = []
                    rows += self.emit_person(m)
                continue
            if u < 0.085:  # bootcamp cohort
                cohort = r.choice(bootcamp_cohorts)
                for _ in range(r.randint(4, 12)):
                    m = self.new_person(["bootcamp"] + (["freelancer"] if r.random() < 0.4 else []))
                    m["bootcamp"] = cohort
                    m["role"] = r.choice(ROLES[:4])
                    self.add_label_details(m)
                    self.assign_jobs(m)
                    rows += self.emit_person(m)
                continue
            if u < 0.095:  # call-centre staff sharing hot desks
                emp = [e for e in self.employers if e["kind"] == "callcentre"][0]
                m = self.new_person(["call_centre", "office"], country="US")
                m["role"] = "Customer Support Specialist"
                self.add_label_details(m)
                self.assign_jobs(m, fixed_emp=emp)
                rows += self.emit_person(m)
                continue
            if u < 0.10:  # caregiver managing elderly relatives' accounts
                cg = self.new_person(["caregiver"])
                self.add_label_details(cg)
                self.assign_jobs(cg)
                rows += self.emit_person(cg)
                for _ in range(r.randint(2, 4)):
                    m = self.new_person(["cared_for"], country="US")
                    m["rec_phone"], m["rec_email"] = cg["phone"], cg["email"]
                    m["devices"] = cg["devices"][:1]
                    m["nets"] = [cg["net"]]
                    m["email"] = self.email_for(m["first"], m["last"], "larkmail.com")
                    m["dob"] = date(r.randint(1935, 1955), r.randint(1, 12), r.randint(1, 28))
                    self.add_label_details(m)
                    m["jobs"] = []
                    rows += self.emit_person(m)
                continue
            labs = [l for l in simple if r.random() < rates[l]]
            if "it_admin" in labs or "msp" in labs:
                pass
            if r.random() < 0.25 or "crypto_freelancer" in labs or "digital_nomad" in labs:
                labs.append("freelancer")
            if "digital_nomad" in labs:
                labs += ["vpn_user", "traveller"]
            country = None
            if "immigrant" in labs or "heritage_keyboard" in labs:
                country = "US"
                if "immigrant" in labs and r.random() < 0.6:
                    grp = r.choice(["kr", "cn", "in", "slav", "hisp", "ph", "af"])
                else:
                    grp = r.choice(["kr", "cn", "slav", "in", "hisp"])
                m = self.new_person(labs, country=country, group=grp)
            else:
                m = self.new_person(labs)
            self.add_label_details(m)
            fixed = None
            if "it_admin" in labs and r.random() < 0.5:
                fixed = [e for e in self.employers if e["kind"] == "msp"][0]
            self.assign_jobs(m, fixed_emp=fixed if fixed else (r.choice(self.employers) if ("it_admin" in labs or "homelab_kvm" in labs or "kvm_switch" in labs or "remote_support_user" in labs) else None))
            rows += self.emit_person(m)
            self.victim_pool.append(m)
        return rows

    # ---------- fraud ----------
    def fraud_population(self, budget):
        r = self.r
        rows = 0
        ring_no = 0
        n = self.n
        P = max(6, budget // 3)  # about three subject rows per persona
        plan = []
        big = max(4, min(25, int(P * 0.15)))
        plan.append(("big", big))
        if P > 120:
            plan.append(("big", max(8, min(30, int(P * 0.10)))))
        plan += [("medium", r.randint(5, 12)) for _ in range(max(1, int(P * 0.18 / 8)))]
        plan += [("small", r.randint(2, 4)) for _ in range(max(2, int(P * 0.12 / 3)))]
        singles = ["recovery_phone", "payout", "ship_address", "photo", "resume", "login_ip", "device", "recovery_email"]
        r.shuffle(singles)
        for kind in singles[: max(3, min(8, int(P * 0.06)))]:
            plan.append(("single:" + kind, r.randint(3, 5)))
        plan += [("split", r.randint(6, 10)) for _ in range(max(1, int(P * 0.06 / 8)))]
        plan += [("farm", r.randint(5, 12)) for _ in range(max(1, int(P * 0.16 / 8)))]
        plan += [("recruiter", r.randint(3, 5)) for _ in range(max(1, int(P * 0.03 / 4)))]
        # one ring of each kind first, so every tactic appears at any size; then the rest in random order
        firsts, rest, seen = [], [], set()
        for item in plan:
            k = item[0].split(":")[0]
            (rest if k in seen else firsts).append(item)
            seen.add(k if k != "farm" or sum(1 for x in firsts if x[0] == "farm") >= 2 else "")
        r.shuffle(rest)
        plan = firsts + rest
        for kind, size in plan:
            if rows >= budget * 0.85:
                break
            ring_no += 1
            rows += self.make_ring(f"R{ring_no:03d}", kind, size)
        while rows < budget:  # lone personas with few traits
            rows += self.make_persona(None, self.ring_assets("lone"), lone=True)
        return rows

    def ring_assets(self, kind):
        r = self.r
        A = {"kind": kind}
        city = r.choice(CITIES)
        all_kinds = {"recovery_phone", "recovery_email", "payout", "ship_address", "photo", "resume", "login_ip", "device", "vpn"}
        if kind == "big":
            share = set(all_kinds)
        elif kind == "medium":
            share = set(r.sample(sorted(all_kinds), r.randint(3, 5))) | {"vpn"}
        elif kind == "small":
            share = set(r.sample(sorted(all_kinds - {"vpn"}), r.randint(1, 3)))
        elif kind.startswith("single:"):
            share = {kind.split(":")[1]}
        elif kind == "split":
            share = {"payout", "photo", "resume", "vpn"}
        elif kind == "farm":
            share = {"ship_address", "farm", "payout"}
            if r.random() < 0.5:
                share.add("vpn")
        elif kind == "recruiter":
            share = {"device", "login_ip", "recovery_email"}
        else:
            share = set()
        A["share"] = share
        A["rec_phones"] = [self.phone(city[4]) for _ in range(r.randint(1, 2))]
        A["rec_emails"] = [self.email_for(*self.name("us")[:2], r.choice(["outlook.com", "hotmail.com", "larkmail.com"]), style=3) for _ in range(r.randint(1, 2))]
        A["payouts"] = [("bank", f"{r.randint(10**8, 10**11)}"), ("wallet", f"payoneer:{self.email_for(*self.name()[:2], 'outlook.com', style=3)}"),
                        ("crypto", "T" + _h("usdt", r.random())[:33])][: r.randint(1, 3)]
        A["ship"] = [self.address(city) for _ in range(r.randint(1, 2))]
        A["faces"] = [r.getrandbits(40) for _ in range(r.randint(1, 3))]
        A["master_resume"] = self.resume_body(random.Random(r.getrandbits(40)), r.choice(ROLES[:10]),
                                              template=r.choice([None, "modern"]))
        A["devices"] = [(self.device(), self.ua(r.choice(["win", "ff"]))) for _ in range(r.randint(1, 3))]
        A["ips"] = [self.home_net("US", city[0]) for _ in range(r.randint(1, 2))]
        A["vpn"] = r.sample(self.astrill if r.random() < 0.7 else self.vpn, 3)
        A["kst"] = r.random() < 0.5
        A["ssn_style"] = r.choice(["stolen", "stolen", "invented"])
        if "farm" in share:
            fac = self.new_person(country="US")
            A["farm_net"] = fac["net"]
            A["ship"] = [fac["addr"]]
            A["farm_gw"] = ":".join(f"{r.randint(0, 255):02x}" for _ in range(6))
            A["farm_wifi"] = f"NETGEAR{r.randint(10, 99)}"
            A["kvm"] = r.choice(IPKVM_USB)
            A["tz"] = fac["tz"]
            A["payouts"] = [("bank", fac["bank"]), ("bank", f"{r.randint(10**8, 10**11)}")][: r.randint(1, 2)]
        if kind == "recruiter":
            base = r.choice(["blocknova", "angeloper", "softglide", "chainlabs", "quickhire", "nexaworks"]) + str(r.randint(1, 99))
            A["fake_domains"] = [base + r.choice(["-labs.io", "tech.com", ".xyz"]), base + r.choice(["-careers.com", "-hr.net"])]
            reg = self.email_for(*self.name()[:2], "outlook.com", style=4)
            ip = f"{r.choice([45, 91, 185])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            for d in A["fake_domains"]:
                self.domains.append({"domain": d, "company": d.split(".")[0].replace("-", " ").title(),
                                     "registered_at": f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                                     "registrant_email": reg if r.random() < 0.6 else "redacted@privacyguardian.org", "ip": ip,
                                     "nameservers": r.choice(["ns1.cloudflare.com;ns2.cloudflare.com", "dns1.registrar-servers.com;dns2.registrar-servers.com"])})
        return A

    def make_ring(self, ring, kind, size):
        rows = 0
        A = self.ring_assets(kind)
        if kind == "split":
            # two cells, one on the marketplace + Larkmail, one applying to employers; bridged only by payouts
            for i in range(size):
                A["cell"] = "platform" if i < size // 2 else "employer"
                rows += self.make_persona(ring, A)
            return rows
        for i in range(size):
            rows += self.make_persona(ring, A)
        return rows

    def make_persona(self, ring, A, lone=False):
        r = self.r
        S = A["share"]
        tactics_base = set()
        # identity
        stolen = None
        if A.get("ssn_style") == "stolen" and r.random() < 0.35 and self.victim_pool and A["kind"] != "recruiter":
            stolen = r.choice(self.victim_pool)
        if lone and r.random() < 0.2 and self.victim_pool:
            stolen = r.choice(self.victim_pool)
        if stolen:
            first, last, dob, ssn = stolen["first"], stolen["last"], stolen["dob"], stolen["ssn"]
            stolen["labels"].add("identity_theft_victim")
            tactics_base.add("stolen_identity")
            if not ssn:
                ssn = self.ssn()
        else:
            first, last, _ = self.name(r.choice(["us", "us", "us", "hisp", "cn", "kr", "slav"]))
            dob = date(r.randint(1985, 1999), r.randint(1, 12), r.randint(1, 28))
            ssn = self.ssn()
            tactics_base.add("invented_identity")
        city = r.choice(CITIES)
        claimed_addr = self.address(city)
        phone = self.phone(r.choice(CITIES)[4])  # VOIP numbers in an arbitrary area code
        tactics_base.add("voip_phone")
        dom = r.choices(["outlook.com", "hotmail.com", "larkmail.com", "gmail.com"], [40, 25, 20, 15])[0]
        email = self.email_for(first, last, dom, style=r.choice([3, 4, 1]))
        if dom in ("outlook.com", "hotmail.com", "larkmail.com"):
            tactics_base.add("throwaway_email")
        role = r.choice(ROLES[:10])
        face = r.choice(A["faces"]) if "photo" in S else r.getrandbits(40)
        photo = self.photo(face, edit=r.randint(1, 10**6)) if "photo" in S else (self.photo(face) if r.random() < 0.7 else "")
        if "resume" in S:
            lines = list(A["master_resume"])
            lines[0] = role if r.random() < 0.5 else lines[0]
            if r.random() < 0.5:
                lines[5] = lines[5].replace(lines[5].split(" - ")[0], r.choice(PAST_CO)) if " - " in lines[5] else lines[5]
            resume = lines
        else:
            resume = self.resume_body(random.Random(r.getrandbits(40)), role)
        devices = [r.choice(A["devices"])] if "device" in S else [(self.device(), self.ua("win"))]
        home_net = r.choice(A["ips"]) if "login_ip" in S else None
        vpn = A["vpn"] if "vpn" in S or lone or r.random() < 0.4 else []
        kst = A["kst"]
        if lone:
            vpn = [r.choice(self.astrill if r.random() < 0.6 else self.vpn)]
        rows = 0
        cell = A.get("cell")

        def logins(sid, k, idp, span, tac, work_dev=None):
            for _ in range(k):
                t = self.ts(*span)
                t = self.local_hour_ts(t, 9, 8, 20) if kst else self.local_hour_ts(t, -5, 8, 19)
                net, used = None, None
                if "farm" in S and work_dev:
                    net, used = A["farm_net"], "laptop_farm"
                elif home_net and r.random() < 0.6:
                    net, used = home_net, "shared_login_ip"
                elif vpn and r.random() < 0.8:
                    net, used = r.choice(vpn), "vpn"
                else:
                    net = self.home_net("US") if r.random() < 0.9 else self.home_net(r.choice(["CN", "RU"]))
                    if net["country"] in ("CN", "RU"):
                        used = "foreign_login"
                if used:
                    tac.add(used)
                dev, ua = work_dev or r.choice(devices)
                if "device" in S and not work_dev:
                    tac.add("shared_device")
                self.add_login(sid, t, net, dev, ua, idp, r.choices(["success", "failure", "challenge", "deny"], [85, 8, 5, 2])[0],
                               risk=r.choice(["low", "medium", "high"]) if net.get("proxy") else None)

        truth = lambda tac: {"fraud": 1, "ring": ring or "", "kind": ";".join(sorted(tac))}
        # Larkmail account
        if cell != "employer" and (dom == "larkmail.com" or r.random() < 0.5 or "recovery_phone" in S or "recovery_email" in S):
            tac = set(tactics_base) & {"invented_identity", "stolen_identity", "throwaway_email"}
            tac.add("throwaway_email")
            em = email if dom == "larkmail.com" else self.email_for(first, last, "larkmail.com", style=r.choice([3, 4]))
            rp = r.choice(A["rec_phones"]) if "recovery_phone" in S else (self.phone() if r.random() < 0.6 else "")
            re_ = r.choice(A["rec_emails"]) if "recovery_email" in S else ""
            if "recovery_phone" in S:
                tac.add("shared_recovery_phone")
            if "recovery_email" in S:
                tac.add("shared_recovery_email")
            if rp:
                tac.add("voip_phone")
            signup = home_net if home_net else (r.choice(vpn) if vpn else self.home_net("US"))
            if signup.get("proxy"):
                tac.add("vpn")
            created = self.ts(T0, T1 - timedelta(days=90))
            if A["kind"] == "recruiter":
                em = f"{first.lower()}.{last.lower()}@{r.choice(A['fake_domains'])}"
                tac.add("fake_recruiter")
            sid = self.add_subject({"kind": "account", "full_name": f"{first} {last}", "email": em, "country": "US",
                                    "birth_date": dob.isoformat() if r.random() < 0.6 else "", "employer": "Larkmail",
                                    "created_at": self.iso(created), "recovery_email": re_,
                                    "recovery_phone": self.render_phone(rp) if rp else "", "signup_ip": signup["ip"]}, {})
            logins(sid, r.randint(3, 12), None, (created, T1), tac)
            self.truth[-1].update(truth(tac))
            rows += 1
        if A["kind"] == "recruiter":
            # a recruiter "client" account on the marketplace contacting developers
            tac = set(tactics_base) & {"invented_identity"}
            tac |= {"fake_recruiter"}
            created = self.ts(T0 + timedelta(days=400), T1 - timedelta(days=30))
            sid = self.add_subject({"kind": "account", "full_name": f"{first} {last}", "email": f"{first.lower()}@{r.choice(A['fake_domains'])}",
                                    "phone": self.render_phone(phone, "GB"), "country": r.choice(["US", "US", "GB", "AE"]), "employer": "GigHarbor",
                                    "created_at": self.iso(created), "photo": photo, "profiles": f"https://www.linkedin.com/in/{first.lower()}-{last.lower()}-talent"}, {})
            if "photo" in S:
                tac.add("edited_photo")
            logins(sid, r.randint(3, 10), None, (created, T1), tac)
            self.truth[-1].update(truth(tac))
            return rows + 1
        # GigHarbor profile
        if cell != "employer" and (r.random() < 0.55 or cell == "platform"):
            tac = set(tactics_base)
            claim = r.choice(["US", "US", "US", "JP", "SG", "UA", "PL", "CA"])
            created = self.ts(T0, T1 - timedelta(days=60))
            row = {"kind": "contractor", "full_name": f"{first} {last}", "email": email, "phone": self.render_phone(phone, claim), "country": claim,
                   "address": self.render_addr(claimed_addr) if claim == "US" and r.random() < 0.5 else "",
                   "national_id": self.render_nid(ssn, "hash") if r.random() < 0.4 else "", "photo": photo,
                   "resume": self.resume_ref(f"{first} {last}", resume, r.random() < 0.5),
                   "profiles": f"https://gigharbor.com/fl/{first.lower()}{last.lower()[:3]}{r.randint(1, 999)};https://github.com/{first.lower()}-{role.split()[0].lower()}{r.randint(1, 99)}",
                   "employer": "GigHarbor", "created_at": self.iso(created)}
            if "photo" in S:
                tac.add("edited_photo")
            if "resume" in S:
                tac.add("cloned_resume")
            if not stolen and "stolen_identity" in tac:
                tac.discard("stolen_identity")
            sid = self.add_subject(row, {})
            logins(sid, r.randint(3, 10), None, (created, T1), tac)
            for _ in range(r.randint(1, 6)):
                if "payout" in S:
                    m, d = r.choice(A["payouts"])
                    tac.add("shared_payout")
                else:
                    m, d = r.choice([("wallet", f"payoneer:{email}"), ("crypto", "T" + _h("w", email)[:33])])
                self.payments.append({"subject_id": sid, "ts": self.iso(self.ts(created, T1)), "amount": f"{r.uniform(300, 6000):.2f}",
                                      "currency": "USD", "method": m, "destination": d})
            self.truth[-1].update(truth(tac))
            rows += 1
        if cell == "platform":
            return rows
        # employers: applications to several, hired at some
        n_app = r.randint(1, 4) if not lone else r.randint(1, 2)
        emps = r.sample([e for e in self.employers if e["kind"] == "normal"], n_app)
        for j, emp in enumerate(emps):
            tac = set(tactics_base)
            hired = r.random() < (0.9 if "farm" in S else 0.45 if not lone else 0.35)
            when = self.ts(T0 + timedelta(days=30), T1 - timedelta(days=75))
            kind = ("employee" if r.random() < 0.6 else "contractor") if hired else "applicant"
            ship_to = r.choice(A["ship"]) if "ship_address" in S else None
            addr = claimed_addr
            if ship_to and r.random() < 0.5:
                addr = ship_to  # some personas give the drop address as home
            if "photo" in S:
                tac.add("edited_photo")
            if "resume" in S:
                tac.add("cloned_resume")
            row = {"kind": kind, "full_name": f"{first} {last}", "email": email, "phone": self.render_phone(phone),
                   "address": self.render_addr(addr), "country": "US", "employer": emp["name"], "created_at": self.iso(when),
                   "photo": photo if r.random() < 0.7 else "",
                   "resume": self.resume_ref(f"{first} {last}", resume, r.random() < 0.6),
                   "profiles": f"https://www.linkedin.com/in/{first.lower()}-{last.lower()}-{r.randint(100, 999)};https://github.com/{first.lower()}-{role.split()[0].lower()}{r.randint(1, 99)}"}
            if not row["photo"]:
                tac.discard("edited_photo")
            if kind != "applicant" or r.random() < 0.2:
                row["birth_date"] = dob.isoformat()
            if kind != "applicant":
                row["national_id"] = self.render_nid(ssn, emp["nid"])
            if addr is ship_to and ship_to:
                tac.add("shared_address")
            sid = self.add_subject(row, {})
            rows += 1
            if kind == "applicant":
                if r.random() < 0.3:
                    logins(sid, r.randint(1, 3), None, (when, when + timedelta(days=20)), tac)
                self.truth[-1].update(truth(tac))
                continue
            # hired: laptop shipped
            dev = self.device("wm")
            ship_addr = ship_to or claimed_addr
            if ship_to:
                tac.add("shared_ship_address")
            self.shipments.append({"subject_id": sid, "ts": self.iso(when + timedelta(days=r.randint(-7, 5))),
                                   "asset": f"{emp['name'][:3].upper()}-{r.randint(10000, 99999)}", "address": self.render_addr(ship_addr)})
            ua = self.ua("win")
            logins(sid, r.randint(6, 16), emp["idp"], (when, T1), tac, work_dev=(dev, ua))
            # endpoint
            ts = [self.ts(when, T1) for _ in range(r.randint(8, 14))]
            self.add_ep(sid, ts[0], dev, "system", r.choice(SYSTEMS))
            tz = A.get("tz") or r.choice(["America/New_York", "America/Chicago", "America/Los_Angeles"])
            self.add_ep(sid, ts[0], dev, "timezone", tz)
            kb = "en-US"
            if r.random() < 0.12:
                kb = r.choice(["ko-KR", "zh-CN"])
                tac.add("foreign_keyboard")
            self.add_ep(sid, ts[1], dev, "keyboard", kb)
            if "farm" in S:
                self.add_ep(sid, ts[2], dev, "network", A["farm_wifi"])
                self.add_ep(sid, ts[2], dev, "gateway_mac", A["farm_gw"])
                tac.add("laptop_farm")
                if r.random() < 0.75:
                    u = A["kvm"]
                    self.add_ep(sid, ts[3], dev, "usb", u[0], u[1], u[2])
                    tac.add("ip_kvm")
                    if r.random() < 0.3:
                        self.add_ep(sid, ts[3], dev, "display", u[0].split()[0])
                if r.random() < 0.6:
                    self.add_ep(sid, ts[4], dev, "process", r.choice(REMOTE_PROCS))
                    tac.add("remote_tool")
                if r.random() < 0.3:
                    t = ts[5]
                    self.add_ep(sid, t, dev, "remote_session", r.choice(vpn)["ip"] if vpn else A["farm_net"]["ip"],
                                started=self.iso(t - timedelta(days=r.uniform(1, 20))))
                    self.add_ep(sid, t, dev, "listening_port", r.choice(["3389/tcp", "5900/tcp"]))
                    tac.add("remote_session")
            else:
                gw = ":".join(f"{r.randint(0, 255):02x}" for _ in range(6))
                self.add_ep(sid, ts[2], dev, "gateway_mac", gw)
                self.add_ep(sid, ts[2], dev, "network", r.choice(["NETGEAR", "TP-Link_", "Spectrum"]) + f"{r.randint(10, 99)}")
                if r.random() < 0.4:
                    self.add_ep(sid, ts[4], dev, "process", r.choice(REMOTE_PROCS))
                    tac.add("remote_tool")
            for t in ts[6:]:
                self.add_ep(sid, t, dev, "process", r.choice(PROC_NORMAL))
            self.add_ep(sid, r.choice(ts), dev, "display", r.choice(DISPLAYS))
            # wages
            t = when
            for _ in range(r.randint(2, 8)):
                t = t + timedelta(days=14 if kind == "employee" else 30)
                if t > T1:
                    break
                if "payout" in S:
                    m, d = r.choice(A["payouts"])
                    if m == "crypto" and kind == "employee":
                        m, d = A["payouts"][0]
                    tac.add("shared_payout")
                else:
                    m, d = "bank", "9" + str(int(_h("b", email)[:12], 16))[:10]
                self.payments.append({"subject_id": sid, "ts": self.iso(t), "amount": f"{r.uniform(2500, 9000):.2f}",
                                      "currency": "USD", "method": m, "destination": d})
            self.truth[-1].update(truth(tac))
        return rows

    # ---------- output ----------
    def write(self):
        os.makedirs(self.bundle, exist_ok=True)
        os.makedirs(os.path.join(self.bundle, "photos"), exist_ok=True)
        os.makedirs(os.path.join(self.bundle, "resumes"), exist_ok=True)
        # recompute honest truth kinds now that victims are known
        cols = ["id", "kind", "full_name", "email", "phone", "address", "country", "birth_date", "national_id", "photo", "resume",
                "profiles", "employer", "created_at", "recovery_email", "recovery_phone", "signup_ip"]
        order = list(range(len(self.subjects)))
        self.r.shuffle(order)  # row order carries no label
        with open(os.path.join(self.bundle, "subjects.csv"), "w", newline="") as f:
            w = csv.DictWriter(f, cols, extrasaction="ignore")
            w.writeheader()
            for i in order:
                w.writerow(self.subjects[i])
        for name, rows, cols in [
            ("logins", self.logins, ["subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome", "source_proxy", "asn",
                                     "network_owner", "city", "risk_level", "event_type", "session_id"]),
            ("endpoint", self.endpoint, ["subject_id", "ts", "device_id", "kind", "value", "vendor_id", "product_id", "started_at"]),
            ("payments", self.payments, ["subject_id", "ts", "amount", "currency", "method", "destination"]),
            ("shipments", self.shipments, ["subject_id", "ts", "asset", "address"]),
            ("domains", self.domains, ["domain", "company", "registered_at", "registrant_email", "ip", "nameservers"])]:
            rows = sorted(rows, key=lambda x: (x.get("ts", ""), x.get("subject_id", x.get("domain", ""))))
            with open(os.path.join(self.bundle, name + ".csv"), "w", newline="") as f:
                w = csv.DictWriter(f, cols, extrasaction="ignore")
                w.writeheader()
                w.writerows(rows)
        faces = {}
        for rel, (fs, ed) in self.photos.items():
            with open(os.path.join(self.bundle, rel), "wb") as f:
                f.write(_png(_face(fs, ed)))
        for rel, text in self.resume_files.items():
            with open(os.path.join(self.bundle, rel), "w") as f:
                f.write(text + "\n")
        with open(os.path.join(self.out, "truth.csv"), "w", newline="") as f:
            w = csv.DictWriter(f, ["subject_id", "fraud", "ring", "kind"])
            w.writeheader()
            for t in self.truth:
                w.writerow({k: t.get(k, "") for k in ["subject_id", "fraud", "ring", "kind"]})


def generate(out_dir: str, n_subjects: int = 20000, seed: int = 1) -> dict:
    """Write out_dir/bundle/ and out_dir/truth.csv; returns a small summary."""
    if os.path.exists(os.path.join(out_dir, "bundle")):
        shutil.rmtree(os.path.join(out_dir, "bundle"))
    os.makedirs(out_dir, exist_ok=True)
    w = World(out_dir, n_subjects, seed)
    w.build_setting()
    r = w.r
    fraud_share = r.uniform(0.015, 0.025)
    n_fraud = max(8, int(round(n_subjects * fraud_share)))
    # honest first (fraud steals identities from the honest pool), then fraud, then trim to size
    w.honest_population(n_subjects - n_fraud)
    w.fraud_population(n_fraud)
    # honest kinds are read from the person at the end: a victim is labelled once a persona used the identity
    for t in w.truth:
        if "_p" in t:
            lab = sorted(set(t.pop("_p")["labels"]) | set(t.pop("_extra")))
            t["kind"] = ";".join(lab) if lab else "ordinary"
    w.write()
    nf = sum(1 for t in w.truth if t["fraud"] == 1)
    return {"subjects": len(w.subjects), "fraud": nf, "rings": len({t["ring"] for t in w.truth if t["ring"]})}
