"""Blind world 6: an independent scenario generator for measuring ringwatch.

Written from public reporting on North Korean remote IT workers and their US facilitators
(see README.md), and from the bundle contract alone. It never imports ringwatch.

generate(out_dir, n_subjects, seed) writes out_dir/bundle/ and out_dir/truth.csv.

The world: one email provider (Lumen Mail, lumenmail.com), one freelance marketplace
(GigHarbor) and 25 employers. Honest people live in households, work in offices and call
centres, are managed by MSPs, paid through employers of record, submitted by recruiters,
share computers and carrier NAT, travel, move, change names, apply repeatedly and keep several
accounts. About 2% of subject rows are fraud personas run by rings.
"""
from __future__ import annotations

import csv
import hashlib
import os
import random
import shutil
from datetime import datetime, timedelta, timezone

import numpy as np
import phonenumbers
from PIL import Image

EPOCH = datetime(2023, 1, 1, tzinfo=timezone.utc)
SPAN_DAYS = 1000

FIRST = ("James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara "
         "Richard Susan Joseph Jessica Thomas Sarah Chris Karen Daniel Lisa Matthew Nancy Anthony "
         "Betty Mark Sandra Steven Ashley Andrew Emily Joshua Kimberly Kevin Donna Brian Michelle "
         "Jose Maria Luis Carmen Juan Ana Carlos Sofia Miguel Lucia Wei Mei Jun Li Hao Xin "
         "Min-jun Seo-yeon Ji-ho Ha-eun Joon Soo-ah Hiroshi Yuki Kenji Aiko Priya Rahul Anita "
         "Vikram Deepa Arjun Olena Dmytro Oksana Andriy Chinedu Ngozi Emeka Adaeze Tuan Linh "
         "Minh Hoa Ahmed Fatima Omar Aisha Ali Zainab Ivan Natalia Sergei Olga Piotr Agnieszka "
         "Tomasz Katarzyna Liam Noah Olivia Emma Ava Ethan Mason Harper Lucas Amelia Evelyn").split()
LAST = ("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez "
        "Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson "
        "White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott "
        "Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter "
        "Kim Park Choi Jung Kang Cho Yoon Jang Lim Han Wang Zhang Liu Chen Yang Huang Zhao Wu "
        "Tanaka Suzuki Sato Patel Sharma Singh Gupta Reddy Iyer Kovalenko Shevchenko Bondarenko "
        "Okafor Adeyemi Eze Tran Pham Hoang Khan Hussain Ahmed Ivanov Petrov Nowak Kowalski "
        "Wisniewski Murphy Kelly Sullivan O'Brien Fischer Weber Schmidt Rossi Silva Santos").split()
STREETS = ("Maple Oak Pine Cedar Elm Washington Lake Hill Park Main Sunset Ridge River Willow "
           "Highland Meadow Forest Spring Church Lincoln Jefferson Madison Franklin Chestnut").split()
ST_KIND = [("St", "Street"), ("Ave", "Avenue"), ("Rd", "Road"), ("Dr", "Drive"), ("Ln", "Lane"),
           ("Ct", "Court"), ("Blvd", "Boulevard"), ("Way", "Way")]
US_CITIES = [("New York", "NY", "10001", "212", "America/New_York"),
             ("Brooklyn", "NY", "11201", "718", "America/New_York"),
             ("Los Angeles", "CA", "90012", "213", "America/Los_Angeles"),
             ("San Jose", "CA", "95112", "408", "America/Los_Angeles"),
             ("Chicago", "IL", "60601", "312", "America/Chicago"),
             ("Houston", "TX", "77002", "713", "America/Chicago"),
             ("Austin", "TX", "78701", "512", "America/Chicago"),
             ("Phoenix", "AZ", "85004", "602", "America/Phoenix"),
             ("Scottsdale", "AZ", "85251", "480", "America/Phoenix"),
             ("Philadelphia", "PA", "19103", "215", "America/New_York"),
             ("Seattle", "WA", "98101", "206", "America/Los_Angeles"),
             ("Denver", "CO", "80202", "303", "America/Denver"),
             ("Atlanta", "GA", "30303", "404", "America/New_York"),
             ("Miami", "FL", "33130", "305", "America/New_York"),
             ("Boston", "MA", "02108", "617", "America/New_York"),
             ("Nashville", "TN", "37203", "615", "America/Chicago"),
             ("Minneapolis", "MN", "55401", "612", "America/Chicago"),
             ("Raleigh", "NC", "27601", "919", "America/New_York"),
             ("Columbus", "OH", "43215", "614", "America/New_York"),
             ("Portland", "OR", "97204", "503", "America/Los_Angeles"),
             ("Hillsboro", "OR", "97123", "503", "America/Los_Angeles"),
             ("Nashville", "TN", "37211", "629", "America/Chicago"),
             ("Bowie", "MD", "20716", "301", "America/New_York"),
             ("Fairfax", "VA", "22030", "703", "America/New_York")]
FOREIGN = {  # country: (city, phone prefix, tz, keyboard, isp asn, isp owner, /8)
    "IN": ("Bengaluru", "+91 80", "Asia/Kolkata", "en-IN", "24560", "Bharti Airtel Ltd.", 122),
    "GB": ("London", "+44 20", "Europe/London", "en-GB", "2856", "British Telecommunications PLC", 86),
    "CA": ("Toronto", "+1 416", "America/Toronto", "en-CA", "812", "Rogers Communications Canada Inc.", 99),
    "PH": ("Manila", "+63 2", "Asia/Manila", "en-US", "9299", "Philippine Long Distance Telephone Co.", 112),
    "UA": ("Kyiv", "+380 44", "Europe/Kyiv", "uk-UA", "15895", "Kyivstar PJSC", 46),
    "DE": ("Berlin", "+49 30", "Europe/Berlin", "de-DE", "3320", "Deutsche Telekom AG", 87),
    "PL": ("Warsaw", "+48 22", "Europe/Warsaw", "pl-PL", "5617", "Orange Polska", 83),
    "BR": ("Sao Paulo", "+55 11", "America/Sao_Paulo", "pt-BR", "28573", "Claro NXT", 177),
    "MX": ("Mexico City", "+52 55", "America/Mexico_City", "es-MX", "8151", "Uninet S.A. de C.V.", 189),
    "NG": ("Lagos", "+234 1", "Africa/Lagos", "en-US", "29465", "MTN Nigeria", 105),
    "PK": ("Lahore", "+92 42", "Asia/Karachi", "en-US", "45595", "Pakistan Telecom Mobile", 39),
    "VN": ("Hanoi", "+84 24", "Asia/Ho_Chi_Minh", "vi-VN", "7552", "Viettel Group", 27),
    "KR": ("Seoul", "+82 2", "Asia/Seoul", "ko-KR", "4766", "Korea Telecom", 121),
    "CN": ("Shanghai", "+86 21", "Asia/Shanghai", "zh-CN", "4837", "China Unicom", 123),
}
US_ISPS = [("7922", "Comcast Cable Communications, LLC", (73, 24, 98)),
           ("20115", "Charter Communications", (174, 97, 47)),
           ("7018", "AT&T Services, Inc.", (99, 108, 107)),
           ("701", "Verizon Business", (71, 96)),
           ("22773", "Cox Communications Inc.", (68, 70))]
EMPLOYERS = [("Northwind Analytics", "northwind-analytics.com"), ("Bluefin Health", "bluefinhealth.com"),
             ("Cobalt Ledger", "cobaltledger.io"), ("Harbor Logistics", "harborlogistics.com"),
             ("Pinecrest Insurance", "pinecrestins.com"), ("Quanta Robotics", "quantarobotics.ai"),
             ("Redwood Retail Group", "redwoodretail.com"), ("Silverline Media", "silverlinemedia.net"),
             ("Tidewater Energy", "tidewaterenergy.com"), ("Umbra Security", "umbrasec.io"),
             ("Vantage Payments", "vantagepay.com"), ("Wildflower Games", "wildflowergames.com"),
             ("Apex Biotech", "apexbio.com"), ("Brightpath Learning", "brightpathlearn.org"),
             ("Crescent Travel", "crescenttravel.com"), ("Delta Fiber", "deltafiber.net"),
             ("Evergreen Credit Union", "evergreencu.org"), ("Fjord Cloud", "fjordcloud.dev"),
             ("Granite Construction Tech", "granitecontech.com"), ("Helios Solar", "heliossolar.com"),
             ("Ironclad Legal", "ironcladlegal.com"), ("Juniper Foods", "juniperfoods.com"),
             ("Keystone Telecom", "keystonetel.com"), ("Lumina Design", "luminadesign.co"),
             ("Meridian Hospital Network", "meridianhn.org")]
MARKET = "GigHarbor"
MAIL = "lumenmail.com"
SKILLS = ("Python Django React TypeScript Node.js Go Rust Java Spring Kotlin Swift Flutter AWS GCP "
          "Azure Kubernetes Docker Terraform PostgreSQL MongoDB Redis GraphQL Solidity Web3 Unity "
          "C# .NET PHP Laravel Vue Angular TensorFlow PyTorch Spark Airflow Figma Selenium").split()
OLD_COS = ("Acme Corp|Globex|Initech|Umbrella Systems|Stark Digital|Wayne Tech|Hooli|Vandelay "
           "Industries|Soylent Labs|Tyrell Software|Cyberdyne|Massive Dynamic|Pied Piper|Aperture "
           "Science|Wonka Digital|Oscorp|Gringotts Fintech|Monarch Solutions|Nakatomi Trading").split("|")
TEMPLATES = [
    "Results-driven {title} with {years}+ years of experience delivering scalable, high-quality "
    "solutions. Passionate about clean code, collaboration and continuous learning.",
    "Detail-oriented {title} who thrives in fast-paced, agile environments. Proven track record of "
    "shipping features end to end and mentoring junior engineers.",
    "Highly motivated {title} with a strong background in {s1} and {s2}. Adept at translating "
    "business requirements into robust technical solutions.",
]
TITLES = ["Software Engineer", "Full Stack Developer", "Backend Engineer", "Frontend Developer",
          "Mobile Developer", "DevOps Engineer", "Data Engineer", "QA Engineer", "Blockchain Developer",
          "Customer Support Specialist", "Accountant", "Nurse", "Project Manager", "UX Designer",
          "Sales Representative", "Data Analyst", "IT Support Technician"]
HONEST_PROCS = ["chrome.exe", "msedge.exe", "OUTLOOK.EXE", "Teams.exe", "slack.exe", "Code.exe",
                "Zoom.exe", "explorer.exe", "OneDrive.exe", "CrowdStrike.exe", "excel.exe",
                "WINWORD.EXE", "1Password.exe", "docker.exe"]
HONEST_USB = [("Logitech USB Receiver", "046d", "c52b"), ("YubiKey OTP+FIDO+CCID", "1050", "0407"),
              ("USB2.0 Hub", "05e3", "0610"), ("Dell Universal Dock D6000", "17e9", "6006"),
              ("USB Audio Device", "0d8c", "0014"), ("Jabra Evolve2 65", "0b0e", "245d"),
              ("Apple Magic Keyboard", "05ac", "026c"), ("HD Pro Webcam C920", "046d", "082d")]
KVM_USB = [("PiKVM Composite Device", "1d6b", "0104"), ("Multifunction USB Device", "1d6b", "0104"),
           ("NanoKVM", "3346", "1009"), ("USB Emulation Device", "1d6b", "0104")]
DISPLAYS = ["DELL U2720Q", "LG HDR 4K", "DELL P2419H", "Color LCD", "HP E24 G4", "SAMSUNG C27F390",
            "BenQ GW2480", "ASUS VG249"]
REMOTE_TOOLS = ["AnyDesk.exe", "TeamViewer.exe", "rustdesk.exe", "remoting_host.exe",
                "Splashtop Streamer.exe", "AA_v3.exe", "RemotePC.exe"]
MSP_TOOLS = ["ScreenConnect.ClientService.exe", "AteraAgent.exe", "NinjaRMMAgent.exe",
             "LTSVC.exe", "Kaseya.AgentEndpoint.exe"]
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
       "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/124.0 Mobile Safari/537.36",
       "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0 Safari/537.36"]


def h(s: str) -> int:
    return int(hashlib.md5(s.encode()).hexdigest()[:8], 16)


def ts(d: datetime) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


class World:
    def __init__(self, out_dir: str, n: int, seed: int):
        self.r = random.Random(seed)
        self.np = np.random.default_rng(seed)
        self.out = out_dir
        self.b = os.path.join(out_dir, "bundle")
        self.n = n
        self.subjects: list[dict] = []
        self.truth: list[tuple] = []
        self.logins: list[list] = []
        self.endpoint: list[list] = []
        self.payments: list[list] = []
        self.shipments: list[list] = []
        self.domains: list[list] = []
        self.used_ip: set[str] = set()
        self.uid = 0
        r = self.r
        # shared network pools
        self.cgnat = [self._ip((172,), r) for _ in range(max(60, n // 60))]
        self.starlink_ips = [f"98.97.{r.randrange(0, 64)}.{r.randrange(1, 255)}" for _ in range(25)]
        self.vpn = [self._ip((185, 193, 45, 89), r) for _ in range(max(40, n // 120))]
        self.astrill = [self._ip((104, 167, 191), r) for _ in range(20)]
        self.campus_ips = [(f"128.{r.randrange(1, 250)}.{r.randrange(256)}.{r.randrange(1, 255)}",
                        "Campus") for _ in range(6)]
        self.library = [self._ip((66, 206), r) for _ in range(30)]
        self.employers = []
        for name, dom in EMPLOYERS:
            offices = [self._ip((12, 50, 64, 208), r) for _ in range(r.randint(1, 3))]
            city = r.choice(US_CITIES)
            self.employers.append({"name": name, "domain": dom, "offices": offices,
                                   "office_addr": self.address(city),
                                   "msp": r.random() < 0.3, "msp_ip": self._ip((38, 45), r),
                                   "depot": r.random() < 0.2,
                                   "bank": self.bank()})
            self.domains.append([dom, name, self.day(-4000, -800).date().isoformat(),
                                 f"hostmaster@{dom}", self._ip((13, 52, 104), r),
                                 r.choice(["ns1.cloudflare.com;ns2.cloudflare.com",
                                           "ns-101.awsdns-12.com;ns-900.awsdns-40.net",
                                           "dns1.registrar-servers.com;dns2.registrar-servers.com"])])
        self.domains.append(["gigharbor.io", MARKET, "2014-05-02", "legal@gigharbor.io",
                             "151.101.1.10", "ns1.cloudflare.com;ns2.cloudflare.com"])
        self.domains.append([MAIL, "Lumen Mail", "2009-09-14", "dns@lumenmail.com",
                             "151.101.65.10", "ns1.lumenmail.com;ns2.lumenmail.com"])
        os.makedirs(os.path.join(self.b, "photos"), exist_ok=True)
        os.makedirs(os.path.join(self.b, "resumes"), exist_ok=True)
        self.default_avatar = self.write_photo(self.face(0, plain=True))
        self.default_avatar2 = self.write_photo(self.face(1, plain=True))

    # ---------------------------------------------------------------- primitives
    def _ip(self, firsts, r=None):
        r = r or self.r
        while True:
            ip = f"{r.choice(firsts)}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"
            if ip not in self.used_ip:
                self.used_ip.add(ip)
                return ip

    def rid(self, n=10):
        return "%0*x" % (n, self.r.getrandbits(4 * n))

    def day(self, lo=0, hi=SPAN_DAYS):
        return EPOCH + timedelta(days=self.r.uniform(lo, hi))

    def name(self):
        return self.r.choice(FIRST), self.r.choice(LAST)

    def ssn(self):
        r = self.r
        a = r.randrange(1, 666)
        return f"{a:03d}-{r.randrange(1, 100):02d}-{r.randrange(1, 10000):04d}"

    def address(self, city=None, r=None):
        r = r or self.r
        c = city or r.choice(US_CITIES)
        k = r.choice(ST_KIND)
        apt = f" Apt {r.randint(1, 40)}" if r.random() < 0.3 else ""
        return f"{r.randint(10, 9999)} {r.choice(STREETS)} {k[0]}{apt}, {c[0]}, {c[1]} {c[2]}"

    def us_phone(self, area=None):
        r = self.r
        a = area or r.choice(US_CITIES)[3]
        ex = r.randrange(201, 999)
        while ex in (555, 911, 411, 611):
            ex = r.randrange(201, 999)
        return f"+1 {a}-{ex}-{r.randrange(1000, 9999)}"

    def foreign_phone(self, cc):
        """A valid mobile number of that country (phonenumbers' example, last digits randomised)."""
        r = self.r
        ex = phonenumbers.example_number_for_type(cc, phonenumbers.PhoneNumberType.MOBILE)
        nsn = str(ex.national_number)
        for _ in range(30):
            cand = nsn[:-5] + "".join(str(r.randrange(10)) for _ in range(5))
            num = phonenumbers.parse(f"+{ex.country_code}{cand}")
            if phonenumbers.is_valid_number(num):
                break
        else:
            num = ex
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)

    def bank(self):
        return f"US{self.r.randrange(10**8, 10**9)}-{self.r.randrange(10**9, 10**10)}"

    def wallet(self):
        return f"payee-{self.rid(8)}"

    def crypto(self):
        return "T" + "".join(self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789")
                             for _ in range(33))

    def mac(self):
        return ":".join("%02x" % self.r.randrange(256) for _ in range(6))

    def home_place(self, country="US"):
        r = self.r
        if country == "US":
            asn, owner, firsts = r.choice(US_ISPS)
            return (self._ip(firsts), asn, owner, "US", None, "false")
        f = FOREIGN[country]
        return (self._ip((f[6],)), f[4], f[5], country, f[0], "false")

    def cg_place(self):
        return (self.r.choice(self.cgnat), "21928", "T-Mobile USA, Inc.", "US", None, "false")

    def vpn_place(self, astrill=False):
        r = self.r
        if astrill:
            return (r.choice(self.astrill), "60781", "LeaseWeb Netherlands B.V.",
                    r.choice(["US", "US", "NL", "JP"]), None, "true" if r.random() < 0.7 else "")
        return (r.choice(self.vpn), r.choice(["9009", "60068", "212238"]),
                r.choice(["M247 Europe SRL", "Datacamp Limited"]),
                r.choice(["US", "US", "GB", "NL", "DE", "CA"]), None, "true" if r.random() < 0.8 else "")

    # ---------------------------------------------------------------- photos, resumes
    def face(self, seed, plain=False):
        g = np.random.default_rng(10_000 + seed)
        h = w = 64
        y, x = np.mgrid[0:h, 0:w].astype(np.float32)
        img = np.zeros((h, w, 3), np.float32)
        img[:] = g.uniform(60, 220, 3)
        if plain:
            img[:] = (200, 200, 205)
            m = ((x - 32) ** 2 / 14 ** 2 + (y - 24) ** 2 / 16 ** 2) < 1
            img[m] = (140, 140, 150)
            m = ((x - 32) ** 2 / 26 ** 2 + (y - 70) ** 2 / 26 ** 2) < 1
            img[m] = (140, 140, 150)
            return img
        skin = g.uniform(90, 240, 3) * np.array([1.0, 0.85, 0.75])
        cx, cy, ax, ay = g.uniform(28, 36), g.uniform(26, 34), g.uniform(12, 18), g.uniform(16, 22)
        m = ((x - cx) ** 2 / ax ** 2 + (y - cy) ** 2 / ay ** 2) < 1
        img[m] = skin
        for _ in range(6):
            bx, by, br = g.uniform(0, 64), g.uniform(0, 64), g.uniform(3, 9)
            mm = ((x - bx) ** 2 + (y - by) ** 2) < br ** 2
            img[mm] = img[mm] * 0.5 + g.uniform(0, 255, 3) * 0.5
        hair = g.uniform(10, 120, 3)
        img[(y < cy - ay * 0.6) & m] = hair
        img += g.normal(0, 4, img.shape)
        return img

    def edit(self, img, strength=1.0):
        """An AI-/hand-edited copy: brightness, a small shift, noise, a retouched patch."""
        g = self.np
        out = img * g.uniform(0.9, 1.1) + g.uniform(-10, 10)
        dx, dy = g.integers(-2, 3, 2)
        out = np.roll(out, (int(dy), int(dx)), (0, 1))
        out = out + g.normal(0, 3 * strength, out.shape)
        px, py = g.integers(10, 50, 2)
        out[py:py + 6, px:px + 6] += g.uniform(-25, 25, 3)
        return out

    def write_photo(self, img, ext=None):
        ext = ext or self.r.choice(["png", "jpg"])
        rel = f"photos/{self.rid(12)}.{ext}"
        im = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))
        if ext == "png":
            im.save(os.path.join(self.b, rel), compress_level=1)
        else:
            im.save(os.path.join(self.b, rel), quality=88)
        return rel

    def resume_text(self, p, title=None, template=None, experience=None):
        r = self.r
        title = title or p["title"]
        t = TEMPLATES[template if template is not None else r.randrange(3)]
        s = r.sample(SKILLS, 6)
        summary = t.format(title=title, years=r.randint(2, 15), s1=s[0], s2=s[1])
        exp = experience or self.experience(title)
        return (f"{p['first']} {p['last']}\n{p['email']} | {p['phone']}\n\nSUMMARY\n{summary}\n\n"
                f"EXPERIENCE\n{exp}\n\nSKILLS\n{', '.join(s)}\n")

    def experience(self, title):
        r = self.r
        lines = []
        y = 2024
        for _ in range(r.randint(2, 4)):
            start = y - r.randint(1, 4)
            co = r.choice(OLD_COS)
            lines.append(f"{title}, {co} ({start}-{y})\n- Built {r.choice(SKILLS)} services used by "
                         f"{r.randint(2, 900)}k users\n- Cut {r.choice(['latency', 'costs', 'build time', 'defects'])}"
                         f" by {r.randint(10, 70)}% using {r.choice(SKILLS)}")
            y = start
        return "\n".join(lines)

    def put_resume(self, text):
        if self.r.random() < 0.5:
            return text
        rel = f"resumes/{self.rid(12)}.{self.r.choice(['txt', 'md'])}"
        with open(os.path.join(self.b, rel), "w", encoding="utf-8") as f:
            f.write(text)
        return rel

    # ---------------------------------------------------------------- people
    def person(self, country=None, first=None, last=None):
        r = self.r
        if country is None:
            country = "US" if r.random() < 0.78 else r.choice(list(FOREIGN))
        first = first or r.choice(FIRST)
        last = last or r.choice(LAST)
        if country == "US":
            city = r.choice(US_CITIES)
            addr, phone, tz, kb = self.address(city), self.us_phone(city[3]), city[4], "en-US"
        else:
            f = FOREIGN[country]
            addr = f"{r.randint(1, 300)} {r.choice(STREETS)} Road, {f[0]}"
            phone = self.foreign_phone(country)
            tz, kb = f[2], f[3]
        dom = r.choices(["gmail.com", MAIL, "outlook.com", "hotmail.com", "yahoo.com", "icloud.com",
                         "proton.me"], [50, 18, 8, 4, 9, 7, 4])[0]
        handle = f"{first}.{last}".lower().replace("'", "").replace(" ", "") + (
            str(r.randint(1, 99)) if r.random() < 0.5 else "")
        p = {"first": first, "last": last, "country": country, "address": addr, "phone": phone,
             "tz": tz, "kb": kb, "dob": (datetime(1960, 1, 1) + timedelta(days=r.randint(0, 15000))).date().isoformat(),
             "ssn": self.ssn() if country == "US" else f"P{r.randrange(10**7, 10**8)}",
             "email": f"{handle}@{dom}", "handle": handle,
             "title": r.choice(TITLES), "device": "dev-" + self.rid(10), "phone_dev": "dev-" + self.rid(10),
             "home": self.home_place(country), "mac": self.mac(), "ssid": r.choice(
                 ["NETGEAR", "xfinitywifi-home", "ATT", "Spectrum", "TP-Link", "Linksys", "MyHome", "eero"]) + f"-{r.randrange(100, 999)}",
             "photo": None, "resume": None, "bank": self.bank(), "wallet": self.wallet(),
             "night": r.random() < 0.06, "mobile": r.random() < 0.5, "labels": set()}
        return p

    def photo_for(self, p, prob=0.6):
        if p["photo"] is None and self.r.random() < prob:
            if self.r.random() < 0.07:
                p["photo"] = self.r.choice([self.default_avatar, self.default_avatar2])
                p["labels"].add("default_avatar")
            else:
                p["photo"] = self.write_photo(self.face(self.r.randrange(10**9)))
        return p["photo"]

    # ---------------------------------------------------------------- rows
    def add(self, p, kind, employer, fraud=0, ring="", tags=(), created=None, **over):
        self.uid += 1
        sid = None  # assigned after shuffle
        r = self.r
        created = created or self.day()
        row = {"kind": kind, "full_name": f"{p['first']} {p['last']}", "email": p["email"],
               "phone": p["phone"], "address": p["address"], "country": p["country"],
               "birth_date": p["dob"], "national_id": p["ssn"], "photo": "", "resume": "",
               "profiles": "", "employer": employer, "created_at": ts(created),
               "recovery_email": "", "recovery_phone": "", "signup_ip": ""}
        # what a source typically knows
        if kind == "account":
            row.update(address="", birth_date="", national_id="")
            if r.random() < 0.5:
                row["country"] = ""
        if kind in ("applicant",) and r.random() < 0.6:
            row["national_id"] = ""
        if kind in ("applicant", "contractor") and employer == MARKET and r.random() < 0.7:
            row["national_id"] = ""
        if kind != "account" and p.get("resume_text") is not None:
            row["resume"] = p.get("resume_ref") or ""
        if kind != "account":
            ph = p["photo"] if p["photo"] else ""
            row["photo"] = ph
            gh = f"https://github.com/{p['handle'].replace('.', '-')}"
            li = f"https://www.linkedin.com/in/{p['handle'].replace('.', '-')}"
            if employer == MARKET:
                row["profiles"] = f"https://gigharbor.io/freelancers/~{self.rid(12)};" + (gh if r.random() < 0.5 else li)
            elif r.random() < 0.7:
                row["profiles"] = li + (";" + gh if r.random() < 0.4 else "")
        row.update(over)
        row["_t"] = (fraud, ring, tags, p["labels"])
        self.subjects.append(row)
        return row

    def login_series(self, row, p, places, k, start, days=200, devices=None, night=None):
        r = self.r
        night = p["night"] if night is None else night
        devices = devices or [p["device"]]
        out = []
        for _ in range(k):
            d = start + timedelta(days=r.uniform(0, days))
            hr = (r.choice([22, 23, 0, 1, 2, 3, 4, 5]) if night else r.choice(range(8, 20)))
            d = d.replace(hour=hr, minute=r.randrange(60), second=r.randrange(60))
            pl = r.choices(places, [w for _, w in places])[0][0]
            dev = r.choice(devices)
            out.append([row, ts(d), pl[0], dev, UAS[h(dev) % len(UAS)] if not dev.startswith("m") else UAS[3],
                        pl[3], r.choices(["success", "failure", "challenge", ""], [80, 5, 8, 7])[0],
                        pl[5], pl[1], pl[2], pl[4] or ""])
        self.logins.extend(out)

    def std_places(self, p, extra=None):
        r = self.r
        pl = [(p["home"], 10)]
        if p["mobile"]:
            pl.append((self.cg_place(), 4))
            p["labels"].add("carrier_nat")
        if extra:
            pl.extend(extra)
        return pl

    def ep(self, row, dev, d, kind, value, vid="", pid="", started=""):
        self.endpoint.append([row, ts(d), dev, kind, value, vid, pid, started])

    def laptop(self, row, p, emp, start, gw_mac=None, ssid=None, kvm=None, remote=None, msp=False,
               extra_procs=(), remote_host=None, kb=None, tz=None):
        r = self.r
        dev = f"{emp['domain'].split('.')[0][:4].upper()}-{r.randrange(10000, 99999)}"
        for i in range(r.randint(2, 4)):
            d = start + timedelta(days=r.uniform(0, 150), hours=r.uniform(0, 23))
            for proc in r.sample(HONEST_PROCS, 5) + list(extra_procs) + ([remote] if remote else []) + (
                    [emp.get("msp_tool", MSP_TOOLS[h(emp["name"]) % len(MSP_TOOLS)])] if msp else []):
                self.ep(row, dev, d, "process", proc)
            if i == 0:
                for u in r.sample(HONEST_USB, r.randint(1, 3)):
                    self.ep(row, dev, d, "usb", u[0], u[1], u[2])
                if kvm:
                    self.ep(row, dev, d, "usb", kvm[0], kvm[1], kvm[2])
                self.ep(row, dev, d, "display", r.choice(DISPLAYS) if not kvm or r.random() < 0.5 else "HDMI")
                self.ep(row, dev, d, "keyboard", kb or p["kb"])
                self.ep(row, dev, d, "timezone", tz or p["tz"])
                self.ep(row, dev, d, "gateway_mac", gw_mac or p["mac"])
                self.ep(row, dev, d, "network", ssid or p["ssid"])
                self.ep(row, dev, d, "system", r.choice(["Latitude 5440", "ThinkPad T14 Gen 4",
                                                          "MacBookPro18,3", "EliteBook 840 G10"]))
                if remote or (kvm and r.random() < 0.5):
                    self.ep(row, dev, d, "listening_port", r.choice(["3389/tcp", "5900/tcp", "7070/tcp"]))
            if remote_host and r.random() < 0.8:
                self.ep(row, dev, d, "remote_session", remote_host,
                        started=ts(d - timedelta(hours=r.uniform(0.5, 30))))
        return dev

    # ---------------------------------------------------------------- honest channels
    def honest_employee(self, p, emp=None, kind=None, **kw):
        r = self.r
        emp = emp or r.choice(self.employers)
        self.photo_for(p, 0.5)
        self.resume_for(p)
        kind = kind or r.choices(["employee", "contractor"], [85, 15])[0]
        start = kw.pop("created", None) or self.day(0, SPAN_DAYS - 200)
        row = self.add(p, kind, emp["name"], created=start, email=kw.pop("email", p["email"]))
        places = self.std_places(p)
        if not kw.pop("remote_only", False) and r.random() < 0.45:
            places.append(((r.choice(emp["offices"]), "7018", f"{emp['name']} (AT&T Enterprise)", "US", None, "false"), 12))
            p["labels"].add("office")
        places.extend(kw.pop("places", []))
        self.login_series(row, p, places, r.randint(8, 25), start)
        ship_to = kw.pop("ship_to", None) or (emp["office_addr"] if emp["depot"] and r.random() < 0.5 else p["address"])
        if ship_to == emp["office_addr"]:
            p["labels"].add("it_depot")
        self.shipments.append([row, ts(start - timedelta(days=r.uniform(2, 10))),
                               f"{emp['domain'][:3].upper()}{r.randrange(100000, 999999)}", ship_to])
        dest = kw.pop("pay", None) or p["bank"]
        msp = emp["msp"]
        if msp:
            p["labels"].add("msp_managed")
        self.laptop(row, p, emp, start, msp=msp, remote_host=emp["msp_ip"] if msp and r.random() < 0.5 else None,
                    **kw)
        for m in range(r.randint(1, 4)):
            self.payments.append([row, ts(start + timedelta(days=30 * (m + 1))), f"{r.randint(2500, 12000)}.00",
                                  "USD", "bank", dest])
        return row

    def resume_for(self, p, template=None):
        if p.get("resume_text") is None and self.r.random() < 0.8:
            p["resume_text"] = self.resume_text(p, template=template)
            p["resume_ref"] = self.put_resume(p["resume_text"])

    def honest_applicant(self, p, emp=None, **over):
        emp = emp or self.r.choice(self.employers)
        self.photo_for(p, 0.4)
        self.resume_for(p)
        return self.add(p, "applicant", emp["name"], **over)

    def honest_freelancer(self, p, pay=None, places=None, **over):
        r = self.r
        self.photo_for(p, 0.85)
        self.resume_for(p)
        start = self.day(0, SPAN_DAYS - 100)
        row = self.add(p, r.choice(["contractor", "contractor", "applicant"]), MARKET, created=start, **over)
        self.login_series(row, p, places or self.std_places(p), r.randint(5, 20), start)
        method, dest = pay or r.choices([("wallet", p["wallet"]), ("bank", p["bank"]),
                                         ("crypto", self.crypto())], [60, 35, 5])[0]
        for m in range(r.randint(1, 5)):
            self.payments.append([row, ts(start + timedelta(days=r.uniform(5, 300))),
                                  f"{r.randint(80, 4000)}.00", "USD", method, dest])
        return row

    def honest_account(self, p, places=None, signup=None, recovery_email=None, recovery_phone=None,
                       created=None, handle=None, devices=None):
        r = self.r
        created = created or self.day()
        email = f"{handle or p['handle']}{'' if handle else r.randint(1, 9999)}@{MAIL}"
        places = places or self.std_places(p)
        sip = signup or places[0][0][0]
        row = self.add(p, "account", "Lumen Mail", created=created, email=email,
                       recovery_email=recovery_email if recovery_email is not None else (
                           p["email"] if r.random() < 0.5 and not p["email"].endswith(MAIL) else ""),
                       recovery_phone=recovery_phone if recovery_phone is not None else (
                           p["phone"] if r.random() < 0.7 else ""), signup_ip=sip)
        self.login_series(row, p, places, r.randint(3, 15), created, devices=devices)
        return row

    def ordinary(self):
        r = self.r
        p = self.person()
        c = r.choices(["account", "free", "app", "emp"], [35, 20, 30, 15])[0]
        if r.random() < 0.05:
            p["labels"].add("vpn")
            extra = [(self.vpn_place(astrill=p["country"] in ("CN",) or r.random() < 0.1), 8)]
        else:
            extra = []
        if r.random() < 0.03:
            p["labels"].add("traveller")
            cc = r.choice(list(FOREIGN))
            extra.append((self.home_place(cc), 3))
        if p["night"]:
            p["labels"].add("night_shift")
        if c == "account":
            return [self.honest_account(p, places=self.std_places(p, extra))]
        if c == "free":
            return [self.honest_freelancer(p, places=self.std_places(p, extra))]
        if c == "app":
            return [self.honest_applicant(p)]
        return [self.honest_employee(p, places=extra)]

    # Scenario builders return the rows they made.
    def household(self):
        r = self.r
        base = self.person(country="US")
        rows = []
        last = base["last"]
        for i in range(r.randint(2, 4)):
            p = self.person(country="US", last=last if r.random() < 0.7 else None)
            for k in ("address", "home", "mac", "ssid"):
                p[k] = base[k]
            if r.random() < 0.3:
                p["phone"] = base["phone"]  # shared landline / family plan number
            if r.random() < 0.2:
                p["bank"] = base["bank"]; p["wallet"] = base["wallet"]  # joint account
            if r.random() < 0.15:
                p["device"] = base["device"]  # the family computer
            p["labels"].add("household")
            kind = r.choice(["account", "free", "app", "emp"])
            if kind == "account":
                rows.append(self.honest_account(p, recovery_phone=base["phone"] if r.random() < 0.5 else None))
            elif kind == "free":
                rows.append(self.honest_freelancer(p))
            elif kind == "app":
                rows.append(self.honest_applicant(p))
            else:
                rows.append(self.honest_employee(p, remote_only=True))
        return rows

    def bulk_accounts(self):
        r = self.r
        org = r.choice(["lincoln-high", "stmarys-parish", "eastside-ymca", "harborview-clinic", "metro-library", "refugee-welcome-center"])
        ip = self._ip((24, 69))
        admin = f"it-admin@{org}.org"
        t0 = self.day()
        rows = []
        for i in range(r.randint(8, 30)):
            p = self.person(country="US")
            p["labels"].update({"bulk_created"})
            pl = [((ip, "7922", "Comcast Business", "US", None, "false"), 10), (p["home"], 5)]
            rows.append(self.honest_account(p, places=pl, signup=ip, recovery_email=admin,
                                            recovery_phone="" if r.random() < 0.7 else self.us_phone(),
                                            created=t0 + timedelta(minutes=3 * i + r.uniform(0, 2)),
                                            devices=[p["device"], "dev-lab-" + org]))
        return rows

    def call_centre(self):
        r = self.r
        emp = r.choice(self.employers)
        ip = self._ip((12, 63))
        desks = ["dev-" + self.rid(10) for _ in range(r.randint(3, 8))]
        rows = []
        for i in range(r.randint(5, 18)):
            p = self.person(country=r.choice(["US", "US", "PH", "IN"]))
            p["labels"].update({"call_centre"})
            if r.random() < 0.5:
                p["night"] = True
                p["labels"].add("night_shift")
            pl = [((ip, "7018", "AT&T Enterprise", "US" if p["country"] == "US" else p["country"], None, "false"), 12)]
            p["device"] = r.choice(desks)
            if r.random() < 0.5:
                rows.append(self.honest_account(p, places=pl, signup=ip, devices=desks))
            else:
                rows.append(self.honest_employee(p, emp=emp, places=pl, remote_only=True))
        return rows

    def msp_admin(self):
        r = self.r
        p = self.person(country="US")
        p["labels"].update({"it_admin", "remote_tool"})
        emp = r.choice(self.employers)
        return [self.honest_employee(p, emp=emp, remote=r.choice(REMOTE_TOOLS[:3]) if r.random() < 0.7 else "mstsc.exe",
                                     extra_procs=("putty.exe", "mRemoteNG.exe"))]

    def eor(self):
        r = self.r
        agency = r.choice(["Deelway EOR", "Remotely Global", "StaffBridge", "TalentPort Staffing", "Omnia EOR"])
        acct = self.bank()
        office = self.address()
        emp = r.choice(self.employers)
        rows = []
        for i in range(r.randint(4, 15)):
            p = self.person(country=r.choice(["US", "IN", "UA", "PL", "BR", "MX", "PH", "PK"]))
            p["labels"].add("staffing_eor")
            ship = office if r.random() < 0.4 else None
            rows.append(self.honest_employee(p, emp=emp, kind="contractor", remote_only=True, ship_to=ship, pay=acct))
        return rows

    def recruiter(self):
        r = self.r
        ag = r.choice(["Apex Talent", "BlueOcean Recruiting", "TechHire Partners", "Summit Search"])
        rphone = self.us_phone()
        remail = f"{r.choice(FIRST).lower()}@{ag.lower().replace(' ', '')}.com"
        header = f"Presented by {ag} | Contact: {remail} {rphone}\n"
        rows = []
        for i in range(r.randint(4, 15)):
            p = self.person()
            p["labels"].add("recruiter_submitted")
            p["resume_text"] = header + self.resume_text(p, template=1)
            p["resume_ref"] = self.put_resume(p["resume_text"])
            over = {}
            if r.random() < 0.5:
                over["phone"] = rphone
            if r.random() < 0.25:
                over["email"] = remail
            rows.append(self.honest_applicant(p, **over))
        return rows

    def public_computer(self):
        r = self.r
        ip = r.choice(self.library)
        dev = "dev-pub-" + self.rid(6)
        rows = []
        for i in range(r.randint(3, 10)):
            p = self.person(country="US")
            p["labels"].add("public_computer")
            pl = [((ip, "11492", "Public Library Consortium", "US", None, "false"), 10)]
            rows.append(self.honest_account(p, places=pl, signup=ip, devices=[dev]))
        return rows

    def campus(self):
        r = self.r
        ip = r.choice(self.campus_ips)[0]
        rows = []
        for i in range(r.randint(5, 20)):
            p = self.person(country=r.choice(["US", "US", "US", "IN", "CN", "KR", "NG"]))
            p["labels"].add("campus")
            pl = [((ip, "3", "University Network", "US", None, "false"), 10), (p["home"], 2)]
            if r.random() < 0.5:
                rows.append(self.honest_account(p, places=pl, signup=ip))
            else:
                rows.append(self.honest_freelancer(p, places=pl))
        return rows

    def starlink(self):
        rows = []
        for i in range(self.r.randint(3, 8)):
            p = self.person(country="US")
            p["labels"].add("satellite_cgnat")
            p["home"] = (self.r.choice(self.starlink_ips), "14593", "Space Exploration Technologies Corporation", "US", None, "false")
            rows.append(self.honest_freelancer(p) if self.r.random() < 0.5 else self.honest_employee(p, remote_only=True))
        return rows

    def immigrant(self):
        r = self.r
        heritage = r.choice(["KR", "CN", "UA", "VN", "KR"])
        f = FOREIGN[heritage]
        p = self.person(country="US", first=r.choice(FIRST), last=r.choice(LAST[50:80]))
        p["labels"].update({"heritage_keyboard"})
        if r.random() < 0.5:
            p["labels"].add("immigrant")
            p["phone"] = self.foreign_phone(heritage)
        extra = [(self.home_place(heritage), 2)] if r.random() < 0.4 else []
        if extra:
            p["labels"].add("traveller")
        if heritage == "CN" and r.random() < 0.5:
            extra.append((self.vpn_place(astrill=True), 3)); p["labels"].add("vpn")
        return [self.honest_employee(p, kb=f[3], places=extra)]

    def mover(self):
        r = self.r
        p = self.person(country="US")
        p["labels"].add("mover")
        new = self.address()
        return [self.honest_employee(p, ship_to=new)]

    def name_change(self):
        r = self.r
        p = self.person(country="US")
        p["labels"].add("name_change")
        emp = r.choice(self.employers)
        rows = [self.honest_applicant(p, emp=emp, national_id=p["ssn"])]
        p2 = dict(p)
        p2["labels"] = p["labels"]
        p2["last"] = r.choice(LAST)
        p2["email"] = f"{p2['first'].lower()}.{p2['last'].lower().replace(chr(39), '')}@gmail.com"
        rows.append(self.honest_employee(p2, emp=emp))
        rows[-1]["national_id"] = p["ssn"]
        return rows

    def repeat_applicant(self):
        r = self.r
        p = self.person()
        p["labels"].add("repeat_applicant")
        return [self.honest_applicant(p, emp=e, created=self.day()) for e in r.sample(self.employers, r.randint(2, 6))]

    def several_accounts(self):
        r = self.r
        p = self.person()
        p["labels"].add("several_accounts")
        rows = []
        for i in range(r.randint(2, 4)):
            rows.append(self.honest_account(p, recovery_phone=p["phone"], handle=f"{p['handle']}.{r.choice(['work', 'shop', 'news', 'old', 'biz', 'games'])}{i}"))
        if r.random() < 0.4:
            rows.append(self.honest_freelancer(p))
        return rows

    def dev_agency(self):
        """A real marketplace agency: several developers, one office, one agency payout account."""
        r = self.r
        country = r.choice(["UA", "PL", "IN", "PK", "VN", "US", "BR"])
        office = self.home_place(country)
        wallet = self.wallet()
        rows = []
        for i in range(r.randint(3, 9)):
            p = self.person(country=country)
            p["labels"].update({"dev_agency"})
            p["resume_text"] = f"{p['first']} {p['last']} - member of Brightforge Studio\n" + self.resume_text(p, template=0)
            p["resume_ref"] = self.put_resume(p["resume_text"])
            rows.append(self.honest_freelancer(p, pay=("wallet", wallet), places=[(office, 10), (p["home"], 4)]))
        return rows

    def virtual_mailbox(self):
        r = self.r
        base = f"{r.randint(100, 9999)} {r.choice(STREETS)} Ave, Sheridan, WY 82801"
        rows = []
        for i in range(r.randint(4, 12)):
            p = self.person(country="US")
            p["address"] = f"{base.split(',')[0]} PMB {r.randint(100, 9999)},{','.join(base.split(',')[1:])}"
            p["labels"].update({"virtual_mailbox", "traveller"})
            p["home"] = self.home_place(r.choice(list(FOREIGN)))
            rows.append(self.honest_employee(p, remote_only=True) if r.random() < 0.4 else self.honest_freelancer(p))
        return rows

    def twins(self):
        r = self.r
        p1 = self.person(country="US")
        p2 = self.person(country="US", last=p1["last"])
        p2.update(dob=p1["dob"], address=p1["address"], home=p1["home"], mac=p1["mac"], ssid=p1["ssid"])
        img = self.face(r.randrange(10**9))
        p1["photo"] = self.write_photo(img)
        p2["photo"] = self.write_photo(self.edit(img, 2.0))
        for p in (p1, p2):
            p["labels"].add("twins")
        return [self.honest_employee(p1), self.honest_employee(p2)]

    def family_support(self):
        p = self.person(country="US")
        p["labels"].update({"remote_tool", "family_it_support"})
        return [self.honest_employee(p, remote=self.r.choice(["AnyDesk.exe", "TeamViewer.exe"]))]

    def homelab(self):
        p = self.person(country="US")
        p["labels"].update({"homelab_kvm"})
        return [self.honest_employee(p, kvm=self.r.choice(KVM_USB[:2]), extra_procs=("tailscaled.exe",))]

    def couple_same_employer(self):
        r = self.r
        emp = r.choice(self.employers)
        a = self.person(country="US")
        b = self.person(country="US", last=a["last"])
        for k in ("address", "home", "mac", "ssid"):
            b[k] = a[k]
        for p in (a, b):
            p["labels"].update({"household", "couple_same_employer"})
        return [self.honest_employee(a, emp=emp, remote_only=True), self.honest_employee(b, emp=emp, remote_only=True)]

    def theft_victim(self, p):
        p["labels"].add("identity_theft_victim")
        c = self.r.choice(["emp", "app", "acc"])
        if c == "emp":
            return [self.honest_employee(p)]
        if c == "app":
            return [self.honest_applicant(p, national_id=p["ssn"])]
        return [self.honest_account(p)]

    def coworking(self):
        r = self.r
        ip = self._ip((199, 204))
        rows = []
        for i in range(r.randint(4, 12)):
            p = self.person(country="US")
            p["labels"].add("coworking")
            pl = [((ip, "174", "Cogent Communications", "US", None, "false"), 8), (p["home"], 6)]
            rows.append(self.honest_freelancer(p, places=pl) if r.random() < 0.6 else self.honest_employee(p, places=pl[:1]))
        return rows

    # ---------------------------------------------------------------- fraud
    def ring(self, rid, size, channels, employers_mode="mixed", farm=False, kvm_rate=0.0, stolen_rate=0.3,
             lone=False):
        """One operator group. channels: which things its personas share."""
        r = self.r
        rows = []
        op = {
            "rphone": [self.us_phone(r.choice(["646", "929", "347", "628", "415"])) for _ in range(r.randint(1, 2))],
            "wallet": [r.choice([("wallet", self.wallet()), ("crypto", self.crypto()), ("bank", self.bank())]) for _ in range(r.randint(1, 3))],
            "addr": [self.address() for _ in range(r.randint(1, 2))],
            "faces": [self.face(r.randrange(10**9)) for _ in range(r.randint(1, 3))],
            "resume": [self.experience(r.choice(TITLES[:9])) for _ in range(r.randint(1, 2))],
            "devices": ["dev-" + self.rid(10) for _ in range(r.randint(1, 3))],
            "vpn": [self.vpn_place(astrill=r.random() < 0.6) for _ in range(r.randint(1, 4))],
            "farm_ip": self.home_place("US"), "farm_mac": self.mac(), "farm_ssid": f"NETGEAR-{r.randrange(100, 999)}",
            "remote": r.choice(REMOTE_TOOLS), "kvm": r.choice(KVM_USB), "op_ip": self.home_place(r.choice(["CN", "RU"]) if False else "CN"),
            "recovery": f"{self.rid(8)}@{r.choice(['outlook.com', 'hotmail.com', MAIL])}",
        }
        emps = r.sample(self.employers, min(len(self.employers), max(1, size)))
        for i in range(size):
            tags = set()
            stolen = r.random() < stolen_rate
            if stolen:
                victim = self.person(country="US")
                p = self.person(country="US", first=victim["first"], last=victim["last"])
                p["dob"], p["ssn"] = victim["dob"], victim["ssn"]
                tags.add("stolen_identity")
                if r.random() < 0.5:
                    self.pending_victims.append(victim)
            else:
                p = self.person(country="US" if r.random() < 0.85 else r.choice(["JP", "CA"]) if False else "US")
                tags.add("invented_identity")
            p["labels"] = set()
            dom = r.choice(["outlook.com", "hotmail.com", "outlook.com", MAIL, "gmail.com"])
            p["email"] = f"{p['first'].lower()}{p['last'].lower().replace(chr(39), '')}{r.choice(['.dev', '', '.it', '0'])}{r.randint(1, 999)}@{dom}"
            if dom in ("outlook.com", "hotmail.com"):
                tags.add("throwaway_email")
            p["phone"] = self.us_phone(r.choice(["646", "929", "347", "628", "415", "302", "856"]))
            p["night"] = r.random() < 0.5  # working US hours from Asia shows as odd hours for some
            p["mobile"] = False
            if "address" in channels and r.random() < 0.75:
                p["address"] = r.choice(op["addr"])
                if r.random() < 0.4:  # the same house written differently
                    p["address"] = p["address"].replace(" St", " Street").replace(" Ave", " Avenue").replace(" Rd", " Road").replace("Apt", "Unit")
                tags.add("shared_address")
            if "phone" in channels and r.random() < 0.7:
                p["rphone"] = r.choice(op["rphone"])
                tags.add("shared_recovery_phone")
                if r.random() < 0.3:
                    p["phone"] = p["rphone"]
            if "photo" in channels and r.random() < 0.75:
                base = r.choice(op["faces"])
                p["photo"] = self.write_photo(self.edit(base) if r.random() < 0.7 else base)
                tags.add("reused_photo")
            elif r.random() < 0.7:
                p["photo"] = self.write_photo(self.edit(self.face(r.randrange(10**9))))
            if "resume" in channels and r.random() < 0.8:
                title = r.choice(TITLES[:9])
                p["resume_text"] = self.resume_text(p, title=title, experience=r.choice(op["resume"]))
                tags.add("cloned_resume")
            else:
                p["resume_text"] = self.resume_text(p, title=r.choice(TITLES[:9]))
            p["resume_ref"] = self.put_resume(p["resume_text"])
            if "device" in channels and r.random() < 0.7:
                p["device"] = r.choice(op["devices"])
                tags.add("shared_device")
            places = []
            if "vpn" in channels or r.random() < 0.6:
                places.append((r.choice(op["vpn"]), 10))
                tags.add("vpn")
            if "ip" in channels and r.random() < 0.7:
                places.append((op["farm_ip"], 10))
                tags.add("shared_ip")
            if r.random() < 0.1:
                places.append((op["op_ip"], 2))
                tags.add("foreign_login")
            if not places:
                places.append((self.home_place("US"), 10))
            pay = None
            if "wallet" in channels and r.random() < 0.8:
                pay = r.choice(op["wallet"])
                tags.add("shared_payout")
            # which channels the persona appears in
            nrows = r.choices([1, 2, 3], [55, 30, 15])[0]
            kinds = r.sample(["emp", "app", "free", "acc"], nrows)
            if farm and "emp" not in kinds:
                kinds[0] = "emp"
            for k in kinds:
                t = set(tags)
                if k == "emp":
                    emp = emps[i % len(emps)] if employers_mode == "split" else r.choice(emps[:3])
                    start = self.day(60, SPAN_DAYS - 150)
                    ship = p["address"]
                    kw = {}
                    if farm:
                        ship = r.choice(op["addr"])
                        t.add("laptop_farm")
                        kw.update(gw_mac=op["farm_mac"], ssid=op["farm_ssid"])
                        if r.random() < kvm_rate:
                            kw["kvm"] = op["kvm"]; t.add("ip_kvm")
                        if r.random() < 0.7:
                            kw["remote"] = op["remote"]; t.add("remote_tool")
                            if r.random() < 0.5:
                                kw["remote_host"] = op["op_ip"][0]
                        places_e = [(op["farm_ip"], 12)] + places
                    else:
                        if r.random() < 0.3:
                            kw["remote"] = op["remote"]; t.add("remote_tool")
                        places_e = places
                    p["photo"] = p["photo"]
                    row = self.add(p, r.choice(["employee", "employee", "contractor"]), emp["name"], 1, rid, tuple(sorted(t)), created=start)
                    self.login_series(row, p, places_e, r.randint(8, 25), start, devices=[p["device"]])
                    self.shipments.append([row, ts(start - timedelta(days=r.uniform(2, 10))),
                                           f"{emp['domain'][:3].upper()}{r.randrange(100000, 999999)}", ship])
                    self.laptop(row, p, emp, start, **kw)
                    dest = pay if pay and pay[0] == "bank" else ("bank", p["bank"])
                    if pay and pay[0] != "bank" and r.random() < 0.5:
                        dest = pay  # contractor paid out to a wallet
                    for m in range(r.randint(1, 5)):
                        self.payments.append([row, ts(start + timedelta(days=30 * (m + 1))),
                                              f"{r.randint(4000, 11000)}.00", "USD", dest[0], dest[1]])
                elif k == "app":
                    emp = emps[i % len(emps)] if employers_mode == "split" else r.choice(emps)
                    rows.append(self.add(p, "applicant", emp["name"], 1, rid, tuple(sorted(t)), created=self.day(30, SPAN_DAYS)))
                    continue
                elif k == "free":
                    start = self.day(30, SPAN_DAYS - 60)
                    row = self.add(p, "contractor", MARKET, 1, rid, tuple(sorted(t)), created=start)
                    self.login_series(row, p, places, r.randint(5, 20), start, devices=[p["device"]])
                    dest = pay or r.choice([("wallet", p["wallet"]), ("crypto", self.crypto())])
                    for m in range(r.randint(1, 6)):
                        self.payments.append([row, ts(start + timedelta(days=r.uniform(5, 200))),
                                              f"{r.randint(300, 5000)}.00", "USD", dest[0], dest[1]])
                else:
                    created = self.day(0, SPAN_DAYS)
                    rp = p.get("rphone") or (p["phone"] if r.random() < 0.5 else "")
                    remail = op["recovery"] if "phone" in channels and r.random() < 0.4 else ""
                    if remail:
                        t.add("shared_recovery_email")
                    sip = places[0][0][0]
                    row = self.add(p, "account", "Lumen Mail", 1, rid, tuple(sorted(t)), created=created,
                                   email=f"{p['first'].lower()}.{p['last'].lower().replace(chr(39), '')}{r.randint(10, 9999)}@{MAIL}",
                                   recovery_email=remail, recovery_phone=rp, signup_ip=sip)
                    self.login_series(row, p, places, r.randint(3, 12), created, devices=[p["device"]])
                    if "recovery_phone" not in row or not rp:
                        pass
                rows.append(row)
        return rows

    def fake_recruiters(self, rid, size):
        r = self.r
        rows = []
        ip = self._ip((45, 91))
        fake_cos = r.sample(["Blocknovas", "Softglide Tech", "Angeloper Agency", "Nexora Labs",
                             "Chainlinkr Ventures", "Vortexa Talent", "BitHarbor Capital"], 2)
        reg = f"{self.rid(8)}@{r.choice(['outlook.com', 'hotmail.com'])}"
        dev = "dev-" + self.rid(10)
        place = self.vpn_place(astrill=True)
        for co in fake_cos:
            dom = co.lower().replace(" ", "") + r.choice([".com", ".io", ".xyz"])
            self.domains.append([dom, co, self.day(SPAN_DAYS - 200, SPAN_DAYS - 30).date().isoformat(),
                                 reg, ip, "ns1.namecheaphosting.com;ns2.namecheaphosting.com"])
        for i in range(size):
            p = self.person(country="US")
            p["labels"] = set()
            co = r.choice(fake_cos)
            t = ("fake_recruiter", "vpn", "shared_device" if i else "fake_recruiter")
            row = self.add(p, "account", "Lumen Mail", 1, rid, tuple(sorted(set(t))), created=self.day(SPAN_DAYS - 200, SPAN_DAYS),
                           email=f"{p['first'].lower()}.hr{r.randint(1, 99)}@{MAIL}", recovery_email=reg,
                           recovery_phone="", signup_ip=place[0],
                           profiles=f"https://www.linkedin.com/in/{p['first'].lower()}-{co.split()[0].lower()}-talent")
            self.login_series(row, p, [(place, 10)], r.randint(3, 10), self.day(SPAN_DAYS - 200, SPAN_DAYS - 100), devices=[dev])
            rows.append(row)
        # honest look-alike: real new startups with privacy-protected domains
        for i in range(3):
            co = r.choice(["Quillstack", "Brightnest", "Parcelwise", "Tallyho Labs", "Oakleaf AI"]) + f" {i}"
            self.domains.append([co.lower().replace(" ", "") + ".com", co, self.day(SPAN_DAYS - 150, SPAN_DAYS).date().isoformat(),
                                 "contact@privacyguardian.org", self._ip((104,)), "ns1.namecheaphosting.com;ns2.namecheaphosting.com"])
        return rows

    def build_fraud(self, budget):
        r = self.r
        made = 0
        k = 0
        self.pending_victims = []
        plan = []
        # one or two big rings, farms, small rings, single-channel, split, lone, recruiters
        plan.append(("big", r.randint(10, 18)))
        if budget > 250:
            plan.append(("big", r.randint(8, 14)))
        while sum(s for _, s in plan) * 1.6 < budget:
            plan.append(r.choices([("farm", r.randint(3, 8)), ("small", r.randint(2, 4)),
                                   ("single", r.randint(2, 5)), ("split", r.randint(3, 6)),
                                   ("lone", 1), ("recruiter", r.randint(2, 4))],
                                  [20, 25, 20, 12, 18, 5])[0])
        all_ch = ["address", "phone", "photo", "resume", "device", "vpn", "ip", "wallet"]
        rows = []
        for kind, size in plan:
            if made >= budget:
                break
            k += 1
            rid = f"F{k:03d}"
            if kind == "big":
                out = self.ring(rid, size, set(all_ch), farm=r.random() < 0.5, kvm_rate=0.4)
            elif kind == "farm":
                out = self.ring(rid, size, {"address", "ip", "wallet"} if r.random() < 0.5 else {"address"},
                                employers_mode="split", farm=True, kvm_rate=r.choice([0.0, 0.5, 0.9]), stolen_rate=0.6)
            elif kind == "small":
                out = self.ring(rid, size, set(r.sample(all_ch, r.randint(2, 3))))
            elif kind == "single":
                out = self.ring(rid, size, {r.choice(all_ch)})
            elif kind == "split":
                out = self.ring(rid, size, set(r.sample(all_ch, 2)), employers_mode="split")
            elif kind == "lone":
                out = self.ring(rid, 1, set(), farm=r.random() < 0.3, kvm_rate=0.5, stolen_rate=0.5)
                for row in out:
                    row["_t"] = (1, rid, tuple(sorted(set(row["_t"][2]) | {"lone"})), set())
            else:
                out = self.fake_recruiters(rid, size)
            if made + len(out) > budget * 1.1 and made > 0:
                # too many: drop this ring's rows from the world (child rows too)
                drop = {id(x) for x in out}
                self.subjects = [s for s in self.subjects if id(s) not in drop]
                for tab in (self.logins, self.endpoint, self.payments, self.shipments):
                    tab[:] = [t for t in tab if id(t[0]) not in drop]
                continue
            made += len(out)
        return made

    # ---------------------------------------------------------------- assemble
    def build(self):
        r = self.r
        budget = max(2, round(self.n * r.uniform(0.017, 0.022)))
        self.build_fraud(budget)
        for v in self.pending_victims:
            self.theft_victim(v)
        scen = [(self.household, 7), (self.bulk_accounts, 1.2), (self.call_centre, 1.2), (self.msp_admin, 1.5),
                (self.eor, 1.0), (self.recruiter, 1.2), (self.public_computer, 1.2), (self.campus, 1.2),
                (self.starlink, 0.6), (self.immigrant, 3), (self.mover, 3), (self.name_change, 2),
                (self.repeat_applicant, 4), (self.several_accounts, 4), (self.dev_agency, 1.0),
                (self.virtual_mailbox, 0.6), (self.twins, 0.6), (self.family_support, 1.5), (self.homelab, 0.5),
                (self.couple_same_employer, 1.5), (self.coworking, 0.8)]
        fns, ws = zip(*scen)
        while len(self.subjects) < self.n:
            left = self.n - len(self.subjects)
            if r.random() < 0.6 or left < 45:
                self.ordinary()
            else:
                r.choices(fns, ws)[0]()
        # trim any overshoot from honest ordinary tail (never fraud)
        while len(self.subjects) > self.n:
            for i in range(len(self.subjects) - 1, -1, -1):
                if not self.subjects[i]["_t"][0]:
                    dead = self.subjects.pop(i)
                    for tab in (self.logins, self.endpoint, self.payments, self.shipments):
                        tab[:] = [t for t in tab if t[0] is not dead]
                    break

    def write(self):
        r = self.r
        order = list(range(len(self.subjects)))
        r.shuffle(order)
        ids = {}
        for new, i in enumerate(order):
            s = self.subjects[i]
            ids[id(s)] = f"u{new + 1:06d}"
        cols = ["id", "kind", "full_name", "email", "phone", "address", "country", "birth_date",
                "national_id", "photo", "resume", "profiles", "employer", "created_at",
                "recovery_email", "recovery_phone", "signup_ip"]
        with open(os.path.join(self.b, "subjects.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(cols)
            for i in order:
                s = self.subjects[i]
                w.writerow([ids[id(s)]] + [s.get(c, "") for c in cols[1:]])
        with open(os.path.join(self.out, "truth.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["subject_id", "fraud", "ring", "kind"])
            for i in order:
                s = self.subjects[i]
                fraud, ring, tags, labels = s["_t"]
                kind = ";".join(sorted(tags)) if fraud else (";".join(sorted(labels)) or "ordinary")
                w.writerow([ids[id(s)], fraud, ring, kind])

        def dump(name, header, rows, key=lambda t: t[1]):
            rows = [t for t in rows if id(t[0]) in ids]
            rows.sort(key=key)
            with open(os.path.join(self.b, name), "w", newline="", encoding="utf-8") as f:
                w = csv.writer(f)
                w.writerow(header)
                for t in rows:
                    w.writerow([ids[id(t[0])]] + list(t[1:]))

        dump("logins.csv", ["subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome",
                            "source_proxy", "asn", "network_owner", "city"], self.logins)
        dump("endpoint.csv", ["subject_id", "ts", "device_id", "kind", "value", "vendor_id", "product_id",
                              "started_at"], self.endpoint)
        dump("payments.csv", ["subject_id", "ts", "amount", "currency", "method", "destination"], self.payments)
        dump("shipments.csv", ["subject_id", "ts", "asset", "address"], self.shipments)
        with open(os.path.join(self.b, "domains.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["domain", "company", "registered_at", "registrant_email", "ip", "nameservers"])
            rows = sorted(self.domains, key=lambda d: d[0])
            w.writerows(rows)


def generate(out_dir: str, n_subjects: int = 20000, seed: int = 1) -> dict:
    out_dir = str(out_dir)
    if os.path.exists(os.path.join(out_dir, "bundle")):
        shutil.rmtree(os.path.join(out_dir, "bundle"))
    os.makedirs(out_dir, exist_ok=True)
    w = World(out_dir, n_subjects, seed)
    w.build()
    w.write()
    fraud = sum(1 for s in w.subjects if s["_t"][0])
    return {"subjects": len(w.subjects), "fraud": fraud, "bundle": os.path.join(out_dir, "bundle"),
            "truth": os.path.join(out_dir, "truth.csv")}
