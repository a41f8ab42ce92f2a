"""Blind world 4: an independent scenario generator for measuring ringwatch.

Written from public reporting on DPRK remote IT workers and laptop farms (see README.md), not
from ringwatch's code, tests or other benchmark worlds. ``generate(out_dir, n_subjects, seed)``
writes ``out_dir/bundle/`` (contract tables) and ``out_dir/truth.csv`` (outside the bundle).

Population: one email provider (Outlook-style accounts), one freelance platform ("Gigly")
and a set of employers (applicants in their ATS, hired employees/contractors with company
laptops, IdP sign-ins, payroll and equipment shipments).
"""
from __future__ import annotations

import csv
import hashlib
import os
import shutil
from datetime import datetime, timedelta, timezone

import numpy as np

T0 = datetime(2024, 7, 1, tzinfo=timezone.utc)
SPAN_DAYS = 540  # 2024-07 .. 2025-12

# --------------------------------------------------------------------------- name banks
FIRST = ("James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara "
         "Richard Susan Joseph Jessica Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy "
         "Matthew Betty Anthony Sandra Mark Ashley Donald Emily Steven Kimberly Andrew Michelle "
         "Paul Carol Joshua Amanda Kenneth Melissa Kevin Deborah Brian Stephanie George Rebecca "
         "Timothy Sharon Ryan Laura Jacob Cynthia Gary Amy Nicholas Kathleen Eric Angela Jonathan "
         "Shirley Justin Brenda Scott Emma Brandon Anna Benjamin Pamela Samuel Nicole Gregory "
         "Samantha Alexander Katherine Patrick Christine Frank Debra Raymond Rachel Jack Carolyn "
         "Dennis Janet Jerry Maria Tyler Olivia Aaron Heather Jose Helen Adam Catherine Nathan "
         "Diane Henry Julie Zachary Victoria Douglas Joyce Peter Lauren Kyle Kelly Noah Christina "
         "Ethan Ruth Jeremy Joan Walter Virginia Christian Judith Keith Evelyn Roger Hannah Terry "
         "Andrea Austin Megan Sean Cheryl Gerald Jacqueline Carl Martha Harold Madison Dylan Teresa "
         "Arthur Gloria Lawrence Sara Jordan Janice Jesse Ann Bryan Kathryn Billy Abigail Bruce "
         "Sophia Gabriel Frances Joe Jean Logan Alice Alan Judy Juan Isabella Albert Julia Willie "
         "Grace Elijah Amber Wayne Denise Randy Danielle Vincent Marilyn Mason Beverly Roy Charlotte "
         "Ralph Natalie Bobby Theresa Russell Diana Bradley Brittany Philip Doris Eugene Kayla "
         "Minjun Seoyeon Jiho Hana Jisoo Hyun Sungmin Eunji Wei Jing Li Xiu Hao Mei Yong Lan Arjun "
         "Priya Rahul Ananya Vikram Deepa Sanjay Kavya Nguyen Linh Minh Thao Duc Oksana Dmytro "
         "Olena Andriy Sergei Natalia Ivan Irina Alexei Tatiana Chinedu Ngozi Emeka Adaeze Tunde "
         "Folake Jose Carmen Luis Rosa Miguel Lucia Diego Sofia Mateo Valentina Kenji Yuki Haruto "
         "Aiko Rizal Maricel Jericho Liza Omar Fatima Ahmed Aisha Hassan Leila").split()
LAST = ("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez "
        "Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White "
        "Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres "
        "Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts "
        "Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales "
        "Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos "
        "Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes "
        "Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Park Choi Jung Kang "
        "Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou "
        "Xu Sun Ma Zhu Hu Guo Shah Singh Kumar Sharma Gupta Reddy Iyer Rao Tran Le Pham Hoang Vu "
        "Dang Bui Do Kovalenko Shevchenko Bondarenko Ivanov Petrov Smirnov Popov Volkov Okafor "
        "Adeyemi Okonkwo Balogun Eze Tanaka Suzuki Sato Watanabe Santos Reyes Dela Cruz Bautista "
        "Mendoza Aquino Haddad Khan Ali Hussein Rahman Schmidt Muller Novak Kowalski "
        "Oconnor Murray Sullivan Fischer Weber Becker Rossi Russo Ferrari Silva Costa").split()
STREETS = ("Oak Maple Cedar Pine Elm Washington Lake Hill Park Main Church Walnut Sunset Highland "
           "Madison Jefferson Lincoln Jackson Franklin River Spring Willow Forest Meadow Ridge "
           "Chestnut Laurel Cherry Dogwood Magnolia Birch Hickory Sycamore Aspen Juniper").split()
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Ct", "Blvd", "Way", "Pl"]
US_CITIES = [("Seattle", "WA", "America/Los_Angeles"), ("Portland", "OR", "America/Los_Angeles"),
             ("San Jose", "CA", "America/Los_Angeles"), ("Los Angeles", "CA", "America/Los_Angeles"),
             ("Phoenix", "AZ", "America/Phoenix"), ("Denver", "CO", "America/Denver"),
             ("Dallas", "TX", "America/Chicago"), ("Austin", "TX", "America/Chicago"),
             ("Houston", "TX", "America/Chicago"), ("Chicago", "IL", "America/Chicago"),
             ("St. Louis", "MO", "America/Chicago"), ("Minneapolis", "MN", "America/Chicago"),
             ("Nashville", "TN", "America/Chicago"), ("Atlanta", "GA", "America/New_York"),
             ("Miami", "FL", "America/New_York"), ("Charlotte", "NC", "America/New_York"),
             ("Arlington", "VA", "America/New_York"), ("Baltimore", "MD", "America/New_York"),
             ("Philadelphia", "PA", "America/New_York"), ("New York", "NY", "America/New_York"),
             ("Boston", "MA", "America/New_York"), ("Columbus", "OH", "America/New_York"),
             ("Detroit", "MI", "America/Detroit"), ("Salt Lake City", "UT", "America/Denver")]
# foreign home countries for immigrants / international freelancers: (cc, tz, phone cc, kbd)
FOREIGN = [("IN", "Asia/Kolkata", "91", "en-IN"), ("PH", "Asia/Manila", "63", "en-US"),
           ("MX", "America/Mexico_City", "52", "es-MX"), ("UA", "Europe/Kyiv", "380", "uk-UA"),
           ("NG", "Africa/Lagos", "234", "en-US"), ("KR", "Asia/Seoul", "82", "ko-KR"),
           ("CN", "Asia/Shanghai", "86", "zh-CN"), ("VN", "Asia/Ho_Chi_Minh", "84", "vi-VN"),
           ("PK", "Asia/Karachi", "92", "en-US"), ("BR", "America/Sao_Paulo", "55", "pt-BR"),
           ("GB", "Europe/London", "44", "en-GB"), ("DE", "Europe/Berlin", "49", "de-DE"),
           ("PL", "Europe/Warsaw", "48", "pl-PL"), ("RU", "Europe/Moscow", "7", "ru-RU"),
           ("JP", "Asia/Tokyo", "81", "ja-JP"), ("CA", "America/Toronto", "1", "en-CA")]
FOREIGN_CITY = {"IN": "Bengaluru", "PH": "Manila", "MX": "Guadalajara", "UA": "Kyiv", "NG": "Lagos",
                "KR": "Seoul", "CN": "Shenyang", "VN": "Hanoi", "PK": "Lahore", "BR": "Sao Paulo",
                "GB": "London", "DE": "Berlin", "PL": "Krakow", "RU": "Moscow", "JP": "Tokyo",
                "CA": "Toronto"}

# ISPs: (asn, owner, first octets) -------------------------------------------------------
US_RES = [(7922, "Comcast Cable Communications, LLC", (73, 24, 98, 67, 76)),
          (7018, "AT&T Services, Inc.", (99, 107, 108, 104)),
          (20115, "Charter Communications Inc", (71, 97, 174, 66)),
          (701, "Verizon Business", (100, 71, 72)),
          (22773, "Cox Communications Inc.", (68, 70, 72)),
          (5650, "Frontier Communications of America, Inc.", (47, 50))]
US_MOBILE = [(21928, "T-Mobile USA, Inc.", (172,), 56), (22394, "Verizon Wireless", (174,), 200),
             (20057, "AT&T Mobility LLC", (166,), 170)]
FOREIGN_ISP = {"IN": (55836, "Reliance Jio Infocomm Limited", 49), "PH": (9299, "Philippine Long Distance Telephone Company", 112),
               "MX": (8151, "UNINET", 187), "UA": (15895, "Kyivstar PJSC", 176), "NG": (29465, "MTN NIGERIA Communication limited", 105),
               "KR": (4766, "Korea Telecom", 211), "CN": (4134, "CHINANET-BACKBONE", 116), "VN": (7552, "Viettel Group", 27),
               "PK": (17557, "Pakistan Telecommunication Company Limited", 39), "BR": (28573, "Claro NXT Telecomunicacoes Ltda", 177),
               "GB": (2856, "British Telecommunications PLC", 86), "DE": (3320, "Deutsche Telekom AG", 91),
               "PL": (5617, "Orange Polska Spolka Akcyjna", 83), "RU": (12389, "PJSC Rostelecom", 95),
               "JP": (2516, "KDDI CORPORATION", 106), "CA": (577, "Bell Canada", 142), "TH": (17552, "True Internet", 171),
               "FR": (3215, "Orange S.A.", 90), "ES": (3352, "Telefonica de Espana", 88), "IT": (3269, "Telecom Italia", 79)}
VPN_PROVIDERS = [(9009, "M247 Europe SRL"), (212238, "Datacamp Limited"), (136787, "TEFINCOM S.A."),
                 (20473, "The Constant Company, LLC"), (396356, "Latitude.sh"), (62240, "Clouvider Limited"),
                 (16276, "OVH SAS"), (14061, "DigitalOcean, LLC")]
VPN_COUNTRIES = ["US", "US", "US", "US", "GB", "NL", "DE", "JP", "SG", "CA"]
CLOUD = [(16509, "Amazon.com, Inc."), (8075, "Microsoft Corporation"), (15169, "Google LLC")]

UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/134.0.0.0 Safari/537.36 Edg/134.0.0.0",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Mobile Safari/537.36",
       "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:134.0) Gecko/20100101 Firefox/134.0"]

COMMON_PROC = ["chrome.exe", "msedge.exe", "Teams.exe", "slack.exe", "Zoom.exe", "OneDrive.exe",
               "outlook.exe", "Code.exe", "explorer.exe", "svchost.exe", "MsMpEng.exe", "git.exe",
               "docker.exe", "node.exe", "python.exe", "WINWORD.EXE", "EXCEL.EXE", "1Password.exe"]
COMPANY_RMM = ["ScreenConnect.ClientService.exe", "NinjaRMMAgent.exe", "AteraAgent.exe",
               "TeamViewer_Service.exe", "strwinclt.exe", "tacticalrmm.exe", "LTSVC.exe"]
PERSONAL_REMOTE = ["anydesk.exe", "TeamViewer.exe", "remoting_host.exe", "rustdesk.exe", "parsecd.exe"]
FRAUD_REMOTE = ["anydesk.exe", "anydesk.exe", "TeamViewer.exe", "remoting_host.exe", "rustdesk.exe",
                "AnyViewer.exe", "Zoom.exe"]
USB_COMMON = [("USB Receiver", "046d", "c52b"), ("Dell Universal Dock D6000", "17e9", "6006"),
              ("YubiKey OTP+FIDO+CCID", "1050", "0407"), ("USB Audio Device", "0d8c", "0014"),
              ("Jabra Evolve2 65", "0b0e", "24b8"), ("Apple Magic Keyboard", "05ac", "029c"),
              ("USB2.0 Hub", "05e3", "0608"), ("HD Pro Webcam C920", "046d", "082d")]
USB_KVM_SWITCH = ("USB KVM Switch", "2101", "8501")
IPKVM = [("PiKVM Composite Device", "1d6b", "0104", "PiKVM V3"),
         ("Multifunction USB Device", "1d6b", "0104", "TinyPilot"),
         ("USB Emulation Device", "1d6b", "0104", "JetKVM"),
         ("NanoKVM", "3346", "1009", "NanoKVM")]
DISPLAYS = ["DELL U2720Q", "DELL P2419H", "LG HDR 4K", "LG ULTRAGEAR", "HP E24 G4", "ASUS VG249",
            "SAMSUNG LS27A", "Color LCD", "BenQ GW2480", "LEN T27h-20"]
LAPTOPS = ["Dell Latitude 5440", "Lenovo ThinkPad T14 Gen 4", "HP EliteBook 840 G10",
           "MacBookPro18,3", "Dell XPS 15 9530", "Lenovo ThinkPad X1 Carbon Gen 11"]

SKILLS = ["Python", "Django", "React", "Node.js", "TypeScript", "Go", "Java", "Spring Boot", "AWS",
          "Kubernetes", "Terraform", "PostgreSQL", "MongoDB", "Solidity", "Web3.js", "Flutter",
          "Swift", "Kotlin", "C#", ".NET", "Angular", "Vue.js", "GraphQL", "Redis", "Kafka",
          "Rust", "PHP", "Laravel", "Ruby on Rails", "Figma", "Salesforce", "SQL", "Excel",
          "Tableau", "Customer service", "Zendesk", "Bookkeeping", "QuickBooks", "Nursing", "Sales"]
TITLES = ["Senior Software Engineer", "Full Stack Developer", "Backend Engineer", "Frontend Developer",
          "Mobile Developer", "Blockchain Developer", "DevOps Engineer", "Data Analyst",
          "QA Engineer", "IT Support Specialist", "Customer Support Agent", "Project Manager",
          "Account Executive", "Bookkeeper", "UX Designer", "Registered Nurse", "Machine Learning Engineer"]
PAST_COS = ["Accenture", "Cognizant", "Infosys", "Capgemini", "IBM", "Oracle", "Deloitte", "EPAM",
            "Globant", "Wells Fargo", "Target", "Kroger", "Humana", "CVS Health", "Intuit",
            "Shopify", "Stripe", "Twilio", "a stealth startup", "Freelance", "Walmart Global Tech"]
VERBS = ["Built", "Led", "Designed", "Migrated", "Optimised", "Shipped", "Maintained", "Automated",
         "Scaled", "Refactored", "Launched", "Integrated"]
OBJECTS = ["a payments API", "the customer portal", "CI/CD pipelines", "a React Native app",
           "microservices on Kubernetes", "an NFT marketplace", "a DeFi staking dashboard",
           "data pipelines", "the billing system", "an internal admin tool", "a chatbot",
           "search ranking", "the onboarding flow", "ETL jobs", "the support knowledge base"]
IMPACT = ["cutting latency by 40%", "serving 2M users", "saving $300K a year", "with 99.99% uptime",
          "reducing tickets by 30%", "in 6 weeks", "for 12 enterprise clients", "across 5 teams"]


US_AREA = [201, 202, 206, 212, 213, 214, 215, 216, 224, 248, 253, 267, 281, 301, 303, 305, 310, 312, 314,
           317, 404, 405, 408, 410, 412, 415, 425, 469, 503, 512, 571, 602, 612, 615, 617, 646, 678, 703,
           704, 713, 718, 720, 773, 801, 804, 813, 832, 857, 901, 916, 917, 919, 954, 971, 972]
# mobile prefixes and national significant number length
MOBILE_PAT = {"91": ("98 97 99 70 81", 10), "63": ("917 918 920 995", 10), "52": ("55 33 81", 10),
              "380": ("67 50 63 97", 9), "234": ("803 806 813 703", 10), "82": ("10", 10), "86": ("138 139 186 135", 11),
              "84": ("90 91 98 97", 9), "92": ("300 301 321 333", 10), "55": ("119 219", 11), "44": ("77 78 79", 10),
              "49": ("151 160 170 176", 11), "48": ("50 60 69 79", 9), "7": ("91 92 98", 10), "81": ("90 80", 10)}


def _h(*parts) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


class World:
    def __init__(self, out_dir: str, n: int, seed: int):
        self.rng = np.random.default_rng(seed)
        self.seed = seed
        self.n = n
        self.out = out_dir
        self.bundle = os.path.join(out_dir, "bundle")
        self.photo_dir = os.path.join(self.bundle, "photos")
        self.subjects: list[dict] = []
        self.logins: list[tuple] = []
        self.endpoint: list[tuple] = []
        self.payments: list[tuple] = []
        self.shipments: list[tuple] = []
        self.domains: list[dict] = []
        self.truth: dict[str, list] = {}
        self.ids: set[str] = set()
        self.ctr = 0
        self.photos_written: set[str] = set()
        self._ip_used: set[str] = set()
        # shared network pools
        r = self.rng
        self.cgnat = [self._mk_mobile() for _ in range(max(60, n // 120))]
        self.vpn_pool = [self._mk_vpn() for _ in range(max(80, n // 60))]
        self.honest_photo_default = self._photo_base()
        self.templates = [self._resume_skeleton() for _ in range(12)]

    # ---------------------------------------------------------------- primitives
    def ri(self, a, b):  # inclusive
        return int(self.rng.integers(a, b + 1))

    def p(self, x):
        return self.rng.random() < x

    def pick(self, seq):
        return seq[int(self.rng.integers(len(seq)))]

    def new_id(self, prefix=""):
        while True:
            s = prefix + "%010x" % int(self.rng.integers(1 << 40))
            if s not in self.ids:
                self.ids.add(s)
                return s

    def ts(self, day=None, hour=None):
        d = self.ri(0, SPAN_DAYS - 1) if day is None else day
        h = self.ri(0, 23) if hour is None else hour
        t = T0 + timedelta(days=int(d), hours=int(h) % 24, minutes=self.ri(0, 59), seconds=self.ri(0, 59))
        return t.strftime("%Y-%m-%dT%H:%M:%SZ")

    def _ip(self, a):
        while True:
            s = f"{a}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"
            if s not in self._ip_used:
                self._ip_used.add(s)
                return s

    def _mk_res(self, country="US", city=None):
        if country == "US":
            asn, owner, octs = self.pick(US_RES)
            return (self._ip(self.pick(octs)), asn, owner, "US", False, city or "")
        asn, owner, o = FOREIGN_ISP.get(country, (3356, "Level 3 Parent, LLC", 4))
        return (self._ip(o), asn, owner, country, False, city or FOREIGN_CITY.get(country, ""))

    def _mk_mobile(self):
        asn, owner, octs, b = self.pick(US_MOBILE)
        return (f"{octs[0]}.{b + self.ri(0, 3)}.{self.ri(0, 255)}.{self.ri(1, 254)}", asn, owner, "US", False, "")

    def _mk_vpn(self):
        asn, owner = self.pick(VPN_PROVIDERS)
        return (self._ip(self.pick((45, 89, 185, 193, 146, 154, 37))), asn, owner, self.pick(VPN_COUNTRIES), True, "")

    def _mk_business(self, city=""):
        asn, owner = self.pick([(7922, "Comcast Business"), (6461, "Zayo Bandwidth"), (3356, "Level 3 Parent, LLC"),
                                (174, "Cogent Communications"), (7018, "AT&T Enterprises, LLC")])
        return (self._ip(self.pick((50, 64, 65, 38, 12, 208))), asn, owner, "US", False, city)

    def _mk_cloud(self):
        asn, owner = self.pick(CLOUD)
        return (self._ip(self.pick((3, 18, 52, 20, 40, 34, 35))), asn, owner, "US", False, "")

    def mac(self):
        b = self.rng.integers(0, 256, 6)
        b[0] = (b[0] & 0xFC)
        return ":".join("%02x" % int(x) for x in b)

    def phone(self, cc="1"):
        import phonenumbers
        pat = MOBILE_PAT.get(cc, ("7", 9))
        for _ in range(50):
            if cc == "1":
                s = f"+1{self.pick(US_AREA)}{self.ri(2, 9)}{self.ri(0, 9)}{self.ri(0, 9)}{self.ri(0, 9999):04d}"
            else:
                s = f"+{cc}{self.pick(pat[0].split())}"
                s += "".join(str(self.ri(0, 9)) for _ in range(pat[1] - (len(s) - 1 - len(cc))))
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(s)):
                    return s
            except phonenumbers.NumberParseException:
                pass
        return s

    def ssn(self):
        return f"{self.ri(1, 665):03d}-{self.ri(1, 99):02d}-{self.ri(1, 9999):04d}"

    def address(self, city=None, unit=None, street=None):
        c, st, _ = city or self.pick(US_CITIES)
        s = street or f"{self.ri(10, 9899)} {self.pick(STREETS)} {self.pick(SUFFIX)}"
        u = f" Apt {unit}" if unit else ""
        return f"{s}{u}, {c}, {st} {self.ri(10000, 99899):05d}" if not street else f"{s}{u}, {c}, {st}"

    def device(self):
        return "dev-" + "%012x" % int(self.rng.integers(1 << 48))

    def bank(self):
        return f"{self.pick(['021000021', '026009593', '121000248', '111000614', '322271627', '031176110'])}:{self.ri(10 ** 9, 10 ** 10 - 1)}"

    # ---------------------------------------------------------------- photos
    def _photo_base(self):
        small = self.rng.normal(128, 45, (6, 6))
        return np.kron(small, np.ones((8, 8)))

    def photo_variant(self, base, noise):
        img = base + self.rng.normal(0, noise, base.shape) + self.rng.normal(0, noise)
        return np.clip(img, 0, 255).astype(np.uint8)

    def write_photo(self, arr, name=None):
        from PIL import Image
        name = name or ("photos/" + self.new_id("p") + ".png")
        if name not in self.photos_written:
            os.makedirs(self.photo_dir, exist_ok=True)
            Image.fromarray(arr, "L").save(os.path.join(self.bundle, name), optimize=False, compress_level=1)
            self.photos_written.add(name)
        return name

    # ---------------------------------------------------------------- resumes
    def _resume_skeleton(self):
        return {"title": self.pick(TITLES), "skills": list(self.rng.choice(SKILLS, 6, replace=False)),
                "jobs": [(self.pick(PAST_COS), 2014 + self.ri(0, 8)) for _ in range(3)],
                "bullets": [f"{self.pick(VERBS)} {self.pick(OBJECTS)} {self.pick(IMPACT)}" for _ in range(5)]}

    def resume_text(self, name, sk, tweak=0):
        sk = dict(sk)
        bl = list(sk["bullets"])
        for _ in range(tweak):
            bl[self.ri(0, len(bl) - 1)] = f"{self.pick(VERBS)} {self.pick(OBJECTS)} {self.pick(IMPACT)}"
        jobs = "; ".join(f"{c} ({y}-{y + self.ri(1, 3) if tweak else y + 2})" for c, y in sk["jobs"])
        return (f"{name} | {sk['title']} | Skills: {', '.join(sk['skills'])} | Experience: {jobs} | "
                + " | ".join(bl))

    # ---------------------------------------------------------------- people
    def person(self, city=None, country="US", last=None, home=None):
        r = self
        first = r.pick(FIRST)
        last = last or r.pick(LAST)
        age = r.ri(19, 72)
        dob = (datetime(2025, 1, 1) - timedelta(days=age * 365 + r.ri(0, 364))).strftime("%Y-%m-%d")
        cty = city or r.pick(US_CITIES)
        p = {"first": first, "last": last, "dob": dob, "ssn": r.ssn() if country == "US" else "P" + str(r.ri(10 ** 7, 10 ** 8 - 1)),
             "phone": r.phone() if country == "US" else r.phone(dict((f[0], f[2]) for f in FOREIGN).get(country, "44")),
             "country": country, "city": cty, "tz": cty[2] if country == "US" else dict((f[0], f[1]) for f in FOREIGN).get(country, "UTC"),
             "kbd": "en-US" if country == "US" else dict((f[0], f[3]) for f in FOREIGN).get(country, "en-US"),
             "labels": set(), "devices": [r.device()], "ua": r.pick(UAS), "bank": r.bank(),
             "photo": None, "resume": None, "hour0": r.ri(7, 10), "nets": [], "mail_n": r.ri(0, 99)}
        if home is None:
            home = {"address": r.address(cty) if country == "US" else f"{r.ri(1, 300)} {r.pick(STREETS)} Road, {FOREIGN_CITY.get(country, 'City')}",
                    "net": r._mk_res(country, cty[0] if country == "US" else None), "mac": r.mac(),
                    "ssid": r.pick(["NETGEAR", "xfinitywifi-home", "ATT", "Spectrum", "TP-Link_", "MyHome", "Linksys"]) + "%02d" % r.ri(0, 99)}
        p["home"] = home
        p["nets"].append((home["net"], 6.0))
        if r.p(0.35):
            p["nets"].append((r.pick(self.cgnat), 2.0))  # phone on carrier NAT
            p["labels"].add("carrier_nat") if r.p(0.5) else None
        p["email"] = self.email_for(p)
        p["skel"] = r.pick(self.templates) if r.p(0.12) else r._resume_skeleton()
        if p["skel"] in self.templates:
            p["labels"].add("resume_template")
        return p

    def email_for(self, p, domain=None):
        dom = domain or self.pick(["gmail.com"] * 6 + ["outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "proton.me", "aol.com"])
        style = self.ri(0, 4)
        f, l = p["first"].lower(), p["last"].lower().replace(" ", "")
        loc = [f"{f}.{l}", f"{f}{l}{self.ri(1, 99)}", f"{f[0]}{l}", f"{f}_{l}{self.ri(70, 99)}", f"{l}.{f}{self.ri(1, 9999)}"][style]
        return f"{loc}@{dom}"

    def net_choice(self, p):
        nets = p["nets"]
        w = np.array([x[1] for x in nets], float)
        return nets[int(self.rng.choice(len(nets), p=w / w.sum()))][0]

    # ---------------------------------------------------------------- emitting
    def emit(self, p, kind, org=None, labels=(), fraud=None, extra=None):
        """One subject row for person p in source kind: account|contractor|applicant|employee."""
        r = self
        sid = r.new_id("s")
        name = f"{p['first']} {p['last']}"
        row = {"id": sid, "kind": "employee" if kind == "employee" else kind, "full_name": name,
               "email": p["email"], "phone": "", "address": "", "country": p["country"], "birth_date": "",
               "national_id": "", "photo": "", "resume": "", "profiles": "", "employer": "",
               "created_at": "", "recovery_email": "", "recovery_phone": "", "signup_ip": "", "referred_by": ""}
        thin = "thin_file" in p["labels"]
        day0 = p.get("day0", r.ri(0, SPAN_DAYS - 60))
        row["created_at"] = r.ts(day0, p["hour0"] + r.ri(0, 8))
        lab = set(labels)
        if kind == "account":
            row["email"] = p.get("acct_email") or self.email_for(p, r.pick(["outlook.com", "outlook.com", "hotmail.com"]))
            row["phone"] = p["phone"] if r.p(0.6) and not thin else ""
            row["birth_date"] = p["dob"] if r.p(0.5) and not thin else ""
            row["recovery_phone"] = p.get("rec_phone", p["phone"] if r.p(0.7) else "")
            row["recovery_email"] = p.get("rec_email", p["email"] if (r.p(0.5) and p["email"] != row["email"]) else "")
            row["signup_ip"] = p.get("signup_ip") or r.net_choice(p)[0]
            row["country"] = p["country"] if r.p(0.9) else ""
            nlog = r.ri(2, 25)
            self.gen_logins(sid, p, nlog, day0, idp=False)
        elif kind == "contractor":  # freelance platform profile
            row["employer"] = org or "Gigly"
            row["phone"] = p["phone"]
            row["address"] = p["home"]["address"] if not thin else ""
            row["birth_date"] = p["dob"] if r.p(0.7) else ""
            row["national_id"] = p["ssn"] if r.p(0.5) and not thin else ""
            row["photo"] = self.photo_for(p) if r.p(0.8) and not thin else ""
            row["resume"] = r.resume_text(name, p["skel"], p.get("tweak", 2)) if not thin else ""
            row["profiles"] = self.profiles_for(p)
            row["signup_ip"] = p.get("signup_ip") or r.net_choice(p)[0]
            row["recovery_phone"] = p.get("rec_phone", "")
            self.gen_logins(sid, p, r.ri(4, 30), day0, idp=False)
            self.gen_payments(sid, p, day0, r.ri(1, 12))
        elif kind == "applicant":
            row["employer"] = org["name"]
            row["phone"] = p["phone"]
            row["address"] = p["home"]["address"] if r.p(0.7) and not thin else ""
            row["photo"] = self.photo_for(p) if r.p(0.3) and not thin else ""
            row["resume"] = r.resume_text(name, p["skel"], p.get("tweak", 2)) if not thin else ""
            row["profiles"] = self.profiles_for(p) if not thin else ""
            row["referred_by"] = p.get("referrer", "")
        else:  # employee / contractor hired by an employer
            row["kind"] = "employee" if r.p(0.8) else "contractor"
            row["employer"] = org["name"]
            row["phone"] = p["phone"]
            row["address"] = p["home"]["address"]
            row["birth_date"] = p["dob"]
            row["national_id"] = p["ssn"] if r.p(0.85) else ""
            row["photo"] = self.photo_for(p) if r.p(0.5) else ""
            row["resume"] = r.resume_text(name, p["skel"], p.get("tweak", 2)) if r.p(0.6) else ""
            row["profiles"] = self.profiles_for(p) if r.p(0.6) else ""
            row["email"] = p["email"]
            self.employee_world(sid, p, org, day0)
        if extra:
            row.update(extra)
        self.subjects.append(row)
        if fraud is None:
            self.truth[sid] = [0, "", ";".join(sorted(lab | (p["labels"] & HONEST_ROW_LABELS))) or "ordinary"]
        else:
            self.truth[sid] = [1, fraud, ""]
        p.setdefault("rows", []).append(sid)
        return sid

    def profiles_for(self, p):
        if "profiles" in p:
            return p["profiles"]
        h = f"{p['first'].lower()}-{p['last'].lower().replace(' ', '')}-{_h(p['ssn'])[:5]}"
        out = []
        if self.p(0.7):
            out.append(f"https://www.linkedin.com/in/{h}")
        if self.p(0.5):
            out.append(f"https://github.com/{p['first'].lower()}{p['last'][:3].lower()}{self.ri(1, 999)}")
        p["profiles"] = ";".join(out)
        return p["profiles"]

    def photo_for(self, p):
        if p["photo"] is None:
            if self.p(0.06):
                p["photo"] = "photos/default_avatar.png"
                p["labels"].add("default_avatar")
                self.write_photo(self.photo_variant(self.honest_photo_default, 0).copy() * 0 + 200, p["photo"])
            else:
                base = p.get("photo_base")
                arr = self.photo_variant(base if base is not None else self._photo_base(), 4 if base is not None else 0)
                p["photo"] = self.write_photo(arr)
        return p["photo"]

    def gen_logins(self, sid, p, n, day0, idp, nets=None, devices=None):
        r = self
        hour0 = p["hour0"]
        night = "night_shift" in p["labels"]
        for _ in range(n):
            net = nets() if nets else r.net_choice(p)
            dev = r.pick(devices or p["devices"])
            day = min(SPAN_DAYS - 1, day0 + r.ri(0, 120))
            tzoff = p.get("tzoff", 5)
            h = (hour0 + (12 if night else 0) + r.ri(0, 9) + tzoff) % 24
            outcome = "success" if r.p(0.93) else r.pick(["failure", "challenge", "failure"])
            self.logins.append((sid, r.ts(day, h), net[0], dev, p["ua"] if dev == p["devices"][0] else r.pick(UAS),
                                net[3], outcome, "true" if net[4] else "false", net[1], net[2], net[5],
                                "user.session.start" if idp else "web.login", "sess-" + _h(sid, dev, day)[:12]))

    def gen_payments(self, sid, p, day0, n, dest=None, method=None):
        r = self
        m, d = method or p.get("pay_method", "bank"), dest or p.get("pay_dest", p["bank"])
        for i in range(n):
            day = min(SPAN_DAYS - 1, day0 + 14 * (i + 1))
            self.payments.append((sid, r.ts(day, 15), round(float(r.rng.uniform(300, 9000)), 2),
                                  p.get("currency", "USD"), m, d))

    def employee_world(self, sid, p, org, day0):
        """Corporate laptop, shipping, IdP sign-ins, payroll and endpoint telemetry."""
        r = self
        laptop = r.device()
        asset = f"{org['tag']}-{r.ri(10000, 99999)}"
        ship_to = p.get("ship_to", p["home"]["address"])
        self.shipments.append((sid, r.ts(day0 + r.ri(1, 10), 17), asset, ship_to))
        if p.get("ship_second"):
            self.shipments.append((sid, r.ts(day0 + r.ri(60, 200), 17), asset + "-R", p["ship_second"]))
        in_office = org.get("office_share", 0) > 0 and r.p(org["office_share"]) and not p.get("remote_only")
        nets = list(p.get("work_nets") or p["nets"])
        if in_office:
            nets = nets + [(r.pick(org["office_nets"]), 8.0)]
            p["labels"].add("office")
        pp = dict(p)
        pp["nets"] = nets
        devs = [laptop] + ([p["devices"][0]] if r.p(0.3) else [])
        pp["devices"] = devs
        self.gen_logins(sid, pp, r.ri(8, 40), day0, idp=True)
        # endpoint telemetry
        ts = lambda: r.ts(min(SPAN_DAYS - 1, day0 + r.ri(2, 150)), r.ri(12, 23))
        E = self.endpoint
        E.append((sid, ts(), laptop, "system", org["laptop"], "", "", ""))
        for proc in r.rng.choice(COMMON_PROC, r.ri(4, 9), replace=False):
            E.append((sid, ts(), laptop, "process", str(proc), "", "", ""))
        if org.get("rmm"):
            p["labels"].add("company_rmm")
            E.append((sid, ts(), laptop, "process", org["rmm"], "", "", ""))
        for u in r.rng.choice(len(USB_COMMON), r.ri(0, 3), replace=False):
            n_, v, pr = USB_COMMON[int(u)]
            E.append((sid, ts(), laptop, "usb", n_, v, pr, ""))
        for _ in range(r.ri(0, 2)):
            E.append((sid, ts(), laptop, "display", r.pick(DISPLAYS), "", "", ""))
        E.append((sid, ts(), laptop, "keyboard", p.get("ep_kbd", "en-US"), "", "", ""))
        E.append((sid, ts(), laptop, "timezone", p.get("ep_tz", p["tz"]), "", "", ""))
        if in_office:
            E.append((sid, ts(), laptop, "gateway_mac", org["office_mac"], "", "", ""))
            E.append((sid, ts(), laptop, "network", org["ssid"], "", "", ""))
        if not in_office or r.p(0.5):
            home = p.get("ep_home", p["home"])
            E.append((sid, ts(), laptop, "gateway_mac", home["mac"], "", "", ""))
            E.append((sid, ts(), laptop, "network", home["ssid"], "", "", ""))
        for kind, val in p.get("ep_extra", []):
            if kind == "usb":
                E.append((sid, ts(), laptop, "usb", val[0], val[1], val[2], ""))
            elif kind == "remote_session":
                t0 = min(SPAN_DAYS - 1, day0 + r.ri(2, 100))
                E.append((sid, r.ts(min(SPAN_DAYS - 1, t0 + r.ri(0, 20)), 20), laptop, "remote_session", val, "", "", r.ts(t0, 3)))
            else:
                E.append((sid, ts(), laptop, kind, val, "", "", ""))
        self.gen_payments(sid, p, day0, r.ri(2, 10))


HONEST_ROW_LABELS = {
    "household", "roommates", "family_recovery", "family_computer", "joint_account", "twins",
    "elder_care", "apartment_block", "multi_account", "repeat_applicant", "name_change", "mover",
    "thin_file", "consumer_vpn", "traveller", "night_shift", "immigrant_two_country",
    "heritage_keyboard", "default_avatar", "resume_template", "bootcamp_cohort", "carrier_nat",
    "campus", "library_computer", "idtheft_victim", "cloud_desktop", "personal_remote_tool",
    "homelab_kvm", "it_admin", "company_rmm", "bulk_school", "bulk_firm", "office", "coworking",
    "call_centre", "agency_payout", "agency_shipping", "recruiter_submitted", "rideshare_fleet",
    "church_payout", "cofounders", "family_business", "ship_to_relative", "china_expat_vpn",
    "new_startup_domain", "kvm_switch", "international_freelancer", "shared_phone_family",
}


# ============================================================================ population
def _orgs(w: World):
    r = w
    n_emp = max(24, w.n // 300)
    orgs = []
    for i in range(n_emp):
        nm = f"{r.pick(['North', 'Blue', 'Bright', 'Summit', 'Iron', 'Clear', 'Pioneer', 'Vector', 'Harbor', 'Atlas', 'Quantum', 'Cedar', 'Nimbus', 'Granite'])}" \
             f"{r.pick(['Soft', 'Path', 'Stack', 'Logic', 'Works', 'Health', 'Pay', 'Cloud', 'Data', 'Labs', 'Systems', 'Point'])} {r.pick(['Inc', 'LLC', 'Corp', 'Group'])} {i}"
        city = r.pick(US_CITIES)
        dom = nm.split()[0].lower() + str(i) + ".com"
        o = {"name": nm, "domain": dom, "tag": "A" + "%03d" % i, "city": city,
             "office_nets": [r._mk_business(city[0]) for _ in range(r.ri(1, 3))], "office_mac": r.mac(),
             "ssid": nm.split()[0].upper() + "-CORP", "office_share": r.pick([0, 0.3, 0.6, 0.8]),
             "rmm": r.pick(COMPANY_RMM) if r.p(0.22) else None, "laptop": r.pick(LAPTOPS),
             "address": r.address(city)}
        orgs.append(o)
        w.domains.append({"domain": dom, "company": nm, "registered_at": f"{r.ri(1998, 2019)}-{r.ri(1, 12):02d}-{r.ri(1, 28):02d}",
                          "registrant_email": f"hostmaster@{dom}" if r.p(0.4) else "REDACTED FOR PRIVACY",
                          "ip": r._mk_business()[0], "nameservers": r.pick(["ns1.cloudflare.com;ns2.cloudflare.com", f"ns-{r.ri(1, 2000)}.awsdns-{r.ri(1, 60)}.org;ns-{r.ri(1, 2000)}.awsdns-{r.ri(1, 60)}.net", "ns1.godaddy.com;ns2.godaddy.com"])})
    for _ in range(max(6, w.n // 3000)):  # honest recruiting agencies
        dom = f"{r.pick(['talent', 'hire', 'staff', 'recruit', 'techpeople', 'devsource'])}{r.pick(['bridge', 'hub', 'first', 'pro', 'now'])}{r.ri(1, 99)}.com"
        w.domains.append({"domain": dom, "company": dom.split('.')[0].title() + " Staffing", "registered_at": f"{r.ri(2003, 2021)}-0{r.ri(1, 9)}-1{r.ri(0, 9)}",
                          "registrant_email": "REDACTED FOR PRIVACY", "ip": r._mk_cloud()[0], "nameservers": "ns1.cloudflare.com;ns2.cloudflare.com"})
    return orgs


def _mods(w: World, p, adult=True):
    r = w
    L = p["labels"]
    if r.p(0.06):
        L.add("consumer_vpn"); p["nets"].append((r.pick(w.vpn_pool), r.pick([1.0, 3.0, 12.0])))
    if r.p(0.04):
        L.add("traveller")
        for _ in range(r.ri(1, 3)):
            p["nets"].append((r._mk_res(r.pick(list(FOREIGN_ISP))), 0.7))
    if r.p(0.05):
        L.add("night_shift")
    if r.p(0.05):
        L.add("thin_file")
    if r.p(0.01):
        L.add("cloud_desktop"); p["nets"].append((r._mk_cloud(), 4.0))
    if r.p(0.004):
        L.add("china_expat_vpn"); p["nets"] += [(r._mk_res("CN"), 2.0), (r.pick(w.vpn_pool), 3.0)]
    ex = p.setdefault("ep_extra", [])
    if r.p(0.035):
        L.add("personal_remote_tool"); ex.append(("process", r.pick(PERSONAL_REMOTE)))
        if r.p(0.3):
            ex.append(("listening_port", r.pick(["5900/tcp", "7070/tcp", "3389/tcp"])))
    if r.p(0.004):
        L.add("homelab_kvm"); k = r.pick(IPKVM); ex += [("usb", k[:3]), ("display", k[3])]
    if r.p(0.02):
        L.add("kvm_switch"); ex.append(("usb", USB_KVM_SWITCH))
    if r.p(0.012):
        L.add("it_admin")
        ex += [("process", r.pick(COMPANY_RMM)), ("process", "mstsc.exe"), ("listening_port", "3389/tcp"),
               ("remote_session", r._mk_business()[0])]
    if r.p(0.045):
        L.add("heritage_keyboard")
        p["ep_kbd"] = r.pick(["ko-KR", "ko-KR", "zh-CN", "ru-RU", "vi-VN", "es-ES", "uk-UA", "ja-JP"])
    if r.p(0.04) and p["country"] == "US":
        L.add("immigrant_two_country")
        f = r.pick(FOREIGN)
        p["nets"].append((r._mk_res(f[0]), 1.5))
        if r.p(0.3):
            p["phone"] = r.phone(f[2])
        if r.p(0.4):
            p["ep_kbd"] = f[3]
        if r.p(0.3):
            p["pay_dest"] = f"IBAN-{f[0]}{r.ri(10 ** 11, 10 ** 12 - 1)}"
    if r.p(0.04):
        L.add("mover"); p["ship_second"] = r.address()


def _rows_for(w: World, p, orgs, weights=(0.5, 0.2, 0.17, 0.13), labels=()):
    """Emit 1..4 rows for an honest person across sources."""
    r = w
    k = r.rng.choice(4, p=np.array(weights) / sum(weights))
    src = ["account", "contractor", "applicant", "employee"][int(k)]
    nrows = 1 if r.p(0.82) else (2 if r.p(0.75) else r.ri(3, 4))
    lab = set(labels)
    if nrows > 1:
        lab.add("multi_account" if src in ("account", "contractor") else "repeat_applicant")
    for i in range(nrows):
        if src == "account" and i > 0:
            p["acct_email"] = w.email_for(p, r.pick(["outlook.com", "hotmail.com"]))
        if src == "contractor" and p["country"] != "US":
            lab.add("international_freelancer")
        w.emit(p, src, org=r.pick(orgs) if src in ("applicant", "employee") else None, labels=lab)
        p.pop("acct_email", None)
    if r.p(0.01) and not p.get("nc"):
        p["nc"] = 1
        old = p["last"]; p["last"] = r.pick(LAST); p["email"] = w.email_for(p)
        w.emit(p, src, org=r.pick(orgs) if src in ("applicant", "employee") else None, labels=lab | {"name_change"})
        p["last"] = old


def _household(w: World, orgs, size=None, kind_labels=()):
    r = w
    size = size or int(r.rng.choice([1, 2, 3, 4, 5, 6], p=[0.42, 0.31, 0.13, 0.09, 0.035, 0.015]))
    head = w.person()
    members = [head]
    roommates = size > 1 and r.p(0.12)
    for i in range(1, size):
        m = w.person(city=head["city"], last=None if roommates else head["last"], home=head["home"])
        if not roommates and i >= 2:  # children
            age = r.ri(9, 18)
            m["dob"] = (datetime(2025, 1, 1) - timedelta(days=age * 365 + r.ri(0, 364))).strftime("%Y-%m-%d")
            m["kid"] = True
        members.append(m)
    lab = set(kind_labels)
    if size > 1:
        lab.add("roommates" if roommates else "household")
    fam_pc = size > 1 and not roommates and r.p(0.3)
    pcdev = r.device()
    joint = size > 1 and not roommates and r.p(0.4)
    if not roommates and size >= 4 and r.p(0.1):  # twins
        a, b = members[2], members[3]
        b["dob"] = a["dob"]; a["photo_base"] = b["photo_base"] = w._photo_base()
        a["labels"].add("twins"); b["labels"].add("twins")
    for m in members:
        _mods(w, m)
        if fam_pc:
            m["devices"].append(pcdev); m["labels"].add("family_computer")
        if joint and not m.get("kid"):
            m["pay_dest"] = head["bank"]; m["labels"].add("joint_account")
        if m.get("kid"):
            m["rec_phone"] = head["phone"]; m["rec_email"] = head["email"]; m["labels"].add("family_recovery")
            m["labels"].discard("thin_file")
            w.emit(m, "account", labels=lab)
            continue
        if size > 1 and not roommates and m is not head and r.p(0.15):
            m["phone"] = head["phone"]; m["labels"].add("shared_phone_family")
        _rows_for(w, m, orgs, labels=lab)
    return members


def _honest(w: World, orgs, target):
    r = w
    r_names = ["household"] * 60 + ["elder"] * 2 + ["apartment"] * 2 + ["school"] * 2 + ["firm"] * 2 + \
        ["bpo"] * 1 + ["bootcamp"] * 1 + ["cofounders"] * 2 + ["rideshare"] + ["church"] + ["agency"] * 2 + \
        ["eor"] + ["recruiter"] * 2 + ["coworking"] * 2 + ["library"] + ["intl"] * 6 + ["campus"] * 2 + \
        ["relative_ship"]
    while len(w.subjects) < target:
        s = r.pick(r_names)
        if s == "household":
            _household(w, orgs)
        elif s == "elder":
            kid = _household(w, orgs, size=1)[0]
            parents = _household(w, orgs, size=0 or 1)  # placeholder single then add spouse
            par = [parents[0], w.person(city=parents[0]["city"], last=parents[0]["last"], home=parents[0]["home"])]
            for m in par[1:]:
                m["rec_phone"] = kid["phone"]; m["rec_email"] = kid["email"]; m["labels"].add("elder_care")
                w.emit(m, "account", labels={"household"})
            if r.p(0.5):
                parents[0]["rec_phone"] = kid["phone"]; parents[0]["labels"].add("elder_care")
                parents[0]["acct_email"] = w.email_for(parents[0], "outlook.com")
                w.emit(parents[0], "account", labels={"household", "multi_account"})
        elif s == "apartment":
            city = r.pick(US_CITIES)
            street = f"{r.ri(100, 2999)} {r.pick(STREETS)} {r.pick(SUFFIX)}"
            bnet = (r._ip(r.pick((73, 99, 71))), 7922, "Comcast Cable Communications, LLC", "US", False, city[0])
            bmac, bssid = r.mac(), "Building-WiFi"
            for u in range(r.ri(8, 35)):
                size = int(r.rng.choice([1, 2, 3], p=[0.5, 0.35, 0.15]))
                p0 = w.person(city=city)
                p0["home"] = {"address": w.address(city, unit=f"{r.ri(1, 12)}{r.pick('ABCDEF')}", street=street),
                              "net": bnet if r.p(0.6) else r._mk_res("US", city[0]), "mac": bmac if r.p(0.6) else r.mac(), "ssid": bssid}
                p0["nets"] = [(p0["home"]["net"], 6.0)]
                _mods(w, p0)
                _rows_for(w, p0, orgs, labels={"apartment_block"})
                for _ in range(size - 1):
                    m = w.person(city=city, last=p0["last"], home=p0["home"]); _mods(w, m)
                    _rows_for(w, m, orgs, labels={"apartment_block", "household"})
        elif s in ("school", "firm"):
            city = r.pick(US_CITIES)
            net = r._mk_business(city[0])
            if s == "school":
                admin = f"it-admin@{r.pick(STREETS).lower()}{r.ri(1, 99)}.k12.{city[1].lower()}.us"
            else:
                owner = w.person(city=city); _mods(w, owner); _rows_for(w, owner, orgs, labels={"bulk_firm"})
            day = r.ri(0, SPAN_DAYS - 100)
            for i in range(r.ri(10, 70) if s == "school" else r.ri(4, 20)):
                m = w.person(city=city)
                if s == "school":
                    age = r.ri(13, 18)
                    m["dob"] = (datetime(2025, 1, 1) - timedelta(days=age * 365 + r.ri(0, 364))).strftime("%Y-%m-%d")
                    m["rec_email"] = admin; m["rec_phone"] = ""
                    m["acct_email"] = f"{m['first'][0].lower()}{m['last'].lower().replace(' ', '')}{r.ri(2025, 2031)}@outlook.com"
                else:
                    m["rec_phone"] = owner["phone"]; m["rec_email"] = owner["email"] if r.p(0.5) else ""
                m["signup_ip"] = net[0]; m["day0"] = day; m["nets"].append((net, 5.0))
                _mods(w, m)
                w.emit(m, "account", labels={"bulk_school" if s == "school" else "bulk_firm"})
        elif s == "bpo":
            c = r.pick(["PH", "IN", "US", "US"])
            org = dict(r.pick(orgs)); org["office_share"] = 1.0
            onet = r._mk_res(c) if c != "US" else r._mk_business()
            org["office_nets"] = [onet]
            desks = [r.device() for _ in range(r.ri(5, 20))]
            for i in range(r.ri(15, 60)):
                m = w.person(country=c) if c != "US" else w.person()
                m["devices"] = [r.pick(desks)]; m["labels"].add("night_shift") if r.p(0.6) else None
                _mods(w, m)
                if r.p(0.5):
                    w.emit(m, "employee", org=org, labels={"call_centre"})
                else:
                    m["signup_ip"] = onet[0]; m["nets"].append((onet, 6.0))
                    w.emit(m, "account", labels={"call_centre"})
        elif s == "bootcamp":
            sk = w._resume_skeleton(); sk["title"] = "Full Stack Developer"
            boot = r.pick(["App Academy", "Hack Reactor", "General Assembly", "Flatiron School", "Codesmith", "Le Wagon"])
            targets = [r.pick(orgs) for _ in range(3)]
            for i in range(r.ri(8, 30)):
                m = w.person(); m["skel"] = sk; m["tweak"] = 1
                m["profiles"] = f"https://github.com/{m['first'].lower()}{r.ri(1, 999)};https://{boot.replace(' ', '').lower()}.com/alumni/{_h(m['ssn'])[:6]}"
                _mods(w, m)
                for org in targets[: r.ri(1, 3)]:
                    w.emit(m, "applicant", org=org, labels={"bootcamp_cohort"})
                if r.p(0.3):
                    w.emit(m, "contractor", labels={"bootcamp_cohort"})
        elif s == "cofounders":
            city = r.pick(US_CITIES)
            office = w.address(city); acct = w.bank(); net = r._mk_business(city[0])
            dom = f"{r.pick(['get', 'try', 'use', 'hello'])}{r.pick(['flux', 'mint', 'orbit', 'lumen', 'koda'])}{r.ri(1, 999)}.ai"
            w.domains.append({"domain": dom, "company": dom.split('.')[0].title() + " Inc", "registered_at": f"2025-{r.ri(1, 9):02d}-{r.ri(1, 28):02d}",
                              "registrant_email": "REDACTED FOR PRIVACY", "ip": r._mk_cloud()[0], "nameservers": "ns1.vercel-dns.com;ns2.vercel-dns.com"})
            for i in range(r.ri(2, 3)):
                m = w.person(city=city); m["pay_dest"] = acct; m["nets"].append((net, 5.0))
                m["email"] = f"{m['first'].lower()}@{dom}"; _mods(w, m)
                w.emit(m, "contractor", org=dom.split('.')[0].title() + " Inc", labels={"cofounders", "new_startup_domain"}, extra={"address": office})
        elif s in ("rideshare", "church", "agency"):
            owner = w.person(); _mods(w, owner)
            if s == "rideshare":
                dest, meth, lab, intl = owner["bank"], "bank", "rideshare_fleet", None
            elif s == "church":
                dest, meth, lab, intl = f"church-{_h(owner['ssn'])[:8]}@paypal", "wallet", "church_payout", None
            else:
                dest, meth, lab, intl = f"payoneer:{r.ri(10 ** 7, 10 ** 8)}", "wallet", "agency_payout", r.pick(["IN", "PH", "UA", "PK", "NG", None])
            _rows_for(w, owner, orgs, labels={lab})
            for i in range(r.ri(3, 18) if s != "church" else r.ri(3, 8)):
                m = w.person(country=intl) if intl else w.person()
                m["pay_dest"] = dest; m["pay_method"] = meth; _mods(w, m)
                w.emit(m, "contractor", labels={lab} | ({"international_freelancer"} if intl else set()))
        elif s == "eor":
            org = dict(r.pick(orgs)); agency_addr = w.address(org["city"])
            for i in range(r.ri(5, 25)):
                m = w.person(); m["ship_to"] = agency_addr; _mods(w, m)
                w.emit(m, "employee", org=org, labels={"agency_shipping"})
        elif s == "recruiter":
            rec = w.person(); dom = r.pick([d["domain"] for d in w.domains if "Staffing" in d["company"]])
            remail = f"{rec['first'].lower()}.{rec['last'].lower().replace(' ', '')}@{dom}"
            for i in range(r.ri(8, 40)):
                m = w.person(country=r.pick(["US", "US", "US", "IN", "PH"])); m["referrer"] = remail
                if r.p(0.2):
                    m["phone"] = rec["phone"]
                _mods(w, m)
                for _ in range(r.ri(1, 3)):
                    w.emit(m, "applicant", org=r.pick(orgs), labels={"recruiter_submitted"})
        elif s == "coworking":
            city = r.pick(US_CITIES); cw = {"address": w.address(city), "net": r._mk_business(city[0]), "mac": r.mac(), "ssid": "WeWork"}
            for i in range(r.ri(8, 30)):
                m = w.person(city=city); m["nets"].append((cw["net"], 6.0)); m["ep_home"] = cw; _mods(w, m)
                w.emit(m, r.pick(["employee", "employee", "contractor", "account"]), org=r.pick(orgs), labels={"coworking"})
        elif s == "library":
            city = r.pick(US_CITIES); lnet = r._mk_business(city[0]); terms = [r.device() for _ in range(r.ri(2, 5))]
            for i in range(r.ri(5, 20)):
                m = w.person(city=city); m["devices"] = [r.pick(terms)] + ([m["devices"][0]] if r.p(0.3) else [])
                m["nets"] = [(lnet, 8.0)] + m["nets"]; m["labels"].add("thin_file") if r.p(0.5) else None
                m["signup_ip"] = lnet[0] if r.p(0.5) else None; _mods(w, m)
                w.emit(m, r.pick(["account", "account", "applicant"]), org=r.pick(orgs), labels={"library_computer"})
        elif s == "intl":
            c = r.pick(FOREIGN)[0]
            m = w.person(country=c); _mods(w, m)
            w.emit(m, "contractor", labels={"international_freelancer"})
            if r.p(0.3):
                w.emit(m, "account")
        elif s == "campus":
            cnet = [(r._ip(r.pick((128, 129, 130, 141, 152))), r.ri(1000, 40000), f"University of {r.pick(STREETS)}", "US", False, "") for _ in range(3)]
            for i in range(r.ri(10, 40)):
                m = w.person(); age = r.ri(18, 24)
                m["dob"] = (datetime(2025, 1, 1) - timedelta(days=age * 365 + r.ri(0, 364))).strftime("%Y-%m-%d")
                m["nets"] = [(r.pick(cnet), 8.0)] + m["nets"]; _mods(w, m)
                _rows_for(w, m, orgs, weights=(0.6, 0.15, 0.25, 0.0), labels={"campus"})
        elif s == "relative_ship":
            m = w.person(); _mods(w, m); m["ship_to"] = w.address(); m["remote_only"] = True
            w.emit(m, "employee", org=r.pick(orgs), labels={"ship_to_relative"})


# ============================================================================ fraud
SHARE_KINDS = ["recovery", "payout", "farm", "photo", "resume", "login_ip", "device"]
TRAIT_KINDS = ["vpn", "foreign", "kvm", "remote", "keyboard", "tz", "front", "recruiter"]


def _fraud(w: World, orgs, budget, honest_people):
    r = w
    ring_no = 0
    victims = [p for p in honest_people if p.get("rows") and not p.get("kid") and p["country"] == "US"]
    while budget > 0:
        size = int(r.rng.choice([1, r.ri(2, 4), r.ri(5, 12), r.ri(13, 40)], p=[0.22, 0.36, 0.28, 0.14]))
        size = max(1, min(size, budget))
        ring_no += 1
        rid = f"ring{ring_no:03d}" if size > 1 else ""
        mode = r.pick(["farm", "farm", "freelance", "freelance", "mixed"])
        single = size > 1 and r.p(0.2)
        if size == 1:
            shares = set()
            traits = set(r.rng.choice(["vpn", "kvm", "remote", "keyboard", "tz", "foreign", "stolen"], r.ri(1, 2), replace=False))
        elif single:
            shares = {r.pick(SHARE_KINDS)}
            traits = set()
        else:
            shares = {k for k in SHARE_KINDS if r.p(0.45)} or {r.pick(SHARE_KINDS)}
            traits = {k for k in TRAIT_KINDS if r.p(0.35)}
        if "farm" in shares and mode == "freelance":
            mode = "farm"
        p_use = float(r.rng.uniform(0.5, 0.95))
        city = r.pick(US_CITIES)
        farms = [{"address": w.address(city), "net": r._mk_res("US", city[0]), "mac": r.mac(),
                  "ssid": r.pick(["NETGEAR", "Spectrum", "ATT"]) + "%02d" % r.ri(0, 99)} for _ in range(r.ri(1, 2))]
        rec_phones = [r.phone() for _ in range(r.ri(1, 3))]
        rec_emails = [f"{r.pick(FIRST).lower()}{r.ri(100, 9999)}@{r.pick(['outlook.com', 'hotmail.com'])}" for _ in range(r.ri(1, 2))]
        wallets = [r.pick([("crypto", "T" + _h(rid, i, w.seed)[:33]), ("wallet", f"payoneer:{r.ri(10 ** 7, 10 ** 8)}"),
                           ("bank", r.bank())]) for i in range(r.ri(1, 3))]
        op_nets = [r._mk_res(r.pick(["CN", "CN", "RU"])) for _ in range(r.ri(1, 3))]
        op_ips_res = [r._mk_res("US") for _ in range(r.ri(1, 2))]  # operator's residential proxy / facilitator
        vpns = [r.pick(w.vpn_pool) for _ in range(r.ri(2, 6))]
        op_devs = [r.device() for _ in range(r.ri(1, 3))]
        base_photo = w._photo_base()
        skel = w._resume_skeleton()
        targets = [r.pick(orgs) for _ in range(r.ri(1, 6))]
        fronts = []
        if "front" in traits or "recruiter" in traits:
            reg = f"{r.pick(FIRST).lower()}.{r.pick(LAST).lower()}{r.ri(10, 99)}@{r.pick(['gmail.com', 'outlook.com', 'proton.me'])}"
            fip = r._mk_cloud()[0]
            for _ in range(r.ri(1, 3)):
                nm = f"{r.pick(['Apex', 'Nova', 'Silver', 'Star', 'Blue', 'Helix', 'Bright'])}{r.pick(['Tech', 'Soft', 'Dev', 'Solutions', 'Digital'])}"
                dom = f"{nm.lower()}{r.ri(1, 999)}.{r.pick(['com', 'io', 'net', 'tech'])}"
                fronts.append((nm + " LLC", dom))
                w.domains.append({"domain": dom, "company": nm + " LLC", "registered_at": f"2025-{r.ri(1, 10):02d}-{r.ri(1, 28):02d}",
                                  "registrant_email": reg if r.p(0.7) else "REDACTED FOR PRIVACY", "ip": fip,
                                  "nameservers": "ns1.namecheaphosting.com;ns2.namecheaphosting.com"})
        day_c = r.ri(0, SPAN_DAYS - 120)
        orgs_used = set()
        ring_rows = []
        for k in range(size):
            if budget <= 0:
                break
            p = w.person(city=r.pick(US_CITIES))
            tac = set()
            stolen = ("stolen" in traits) or (r.p(0.3))
            if stolen and victims and r.p(0.6):
                v = r.pick(victims)
                p["first"], p["last"], p["dob"], p["ssn"] = v["first"], v["last"], v["dob"], v["ssn"]
                if r.p(0.3):
                    p["home"] = dict(p["home"], address=v["home"]["address"])
                tac.add("stolen_identity")
                for vs in v["rows"]:
                    t = w.truth[vs]
                    t[2] = ";".join(sorted((set(t[2].split(";")) - {"ordinary"}) | {"idtheft_victim"}))
            p["labels"] = set()
            p["email"] = f"{p['first'].lower()}{r.pick(['.', '', '_'])}{p['last'].lower().replace(' ', '')}{r.pick(['', 'dev', 'tech', str(r.ri(1, 99))])}{r.ri(0, 999) if r.p(0.5) else ''}@{r.pick(['outlook.com', 'hotmail.com', 'outlook.com', 'gmail.com'])}"
            p["day0"] = min(SPAN_DAYS - 60, day_c + r.ri(0, 75))
            p["hour0"] = r.ri(7, 11)
            p["tzoff"] = 5
            use = lambda kind: kind in shares and (r.p(p_use) or k == 0 or single)
            # network: the persona is never at its claimed home
            nets = []
            if "vpn" in traits or r.p(0.5):
                nets += [(r.pick(vpns), 4.0)]
                tac.add("vpn")
            if "foreign" in traits:
                nets += [(r.pick(op_nets), 2.0)]; tac.add("foreign_login")
            if use("login_ip"):
                nets += [(r.pick(op_ips_res), 5.0)]; tac.add("shared_login_ip")
            if not nets:
                nets = [(r._mk_res("US"), 5.0)]  # residential proxy, unique
            p["nets"] = nets
            if use("device"):
                p["devices"] = [r.pick(op_devs)] + ([r.device()] if r.p(0.3) else []); tac.add("shared_device")
            if use("recovery"):
                p["rec_phone"] = r.pick(rec_phones)
                if r.p(0.5):
                    p["rec_email"] = r.pick(rec_emails)
                tac.add("shared_recovery")
            if use("payout"):
                m, d = r.pick(wallets); p["pay_method"], p["pay_dest"] = m, d; tac.add("shared_payout")
            if use("photo"):
                p["photo_base"] = base_photo; tac.add("shared_photo")
            if use("resume"):
                p["skel"] = skel; p["tweak"] = r.pick([0, 1, 1, 2]); tac.add("cloned_resume")
            ex = []
            if use("farm") or (mode == "farm" and "kvm" in traits):
                f = r.pick(farms)
                p["ship_to"] = f["address"]; p["ep_home"] = f; p["remote_only"] = True
                p["work_nets"] = [(f["net"], 6.0)] + nets
                if r.p(0.4):
                    p["home"] = dict(p["home"], address=f["address"])
                tac.add("laptop_farm")
            if "kvm" in traits:
                kv = r.pick(IPKVM); ex += [("usb", kv[:3])] + ([("display", kv[3])] if r.p(0.6) else []); tac.add("ip_kvm")
            if "remote" in traits:
                ex += [("process", r.pick(FRAUD_REMOTE))]
                if r.p(0.5):
                    ex += [("listening_port", r.pick(["5900/tcp", "3389/tcp", "7070/tcp"]))]
                if r.p(0.4):
                    ex += [("remote_session", r.pick(vpns)[0])]
                tac.add("remote_tool")
            if "keyboard" in traits and r.p(0.8):
                p["ep_kbd"] = "ko-KR"; tac.add("korean_keyboard")
            if "tz" in traits:
                p["ep_tz"] = r.pick(["Asia/Shanghai", "Asia/Shanghai", "Asia/Vladivostok", "Asia/Pyongyang"]); tac.add("tz_mismatch")
            p["ep_extra"] = ex
            # where the persona appears
            if mode == "farm":
                srcs = ["employee"] if r.p(0.7) else ["applicant"]
            elif mode == "freelance":
                srcs = ["contractor"] if r.p(0.8) else ["account"]
            else:
                srcs = [r.pick(["employee", "applicant", "contractor", "account"])]
            if srcs[0] in ("employee", "applicant") and r.p(0.25) and budget >= 3:
                srcs += [srcs[0]] * r.ri(1, 2); tac.add("reused_persona")
            budget -= len(srcs)
            fr = None
            if fronts and ("front" in traits) and r.p(0.7):
                fr = r.pick(fronts)
                if r.p(0.5):
                    p["email"] = f"{p['first'].lower()}.{p['last'].lower().replace(' ', '')}@{fr[1]}"
            if fronts and "recruiter" in traits:
                p["referrer"] = f"hr@{r.pick(fronts)[1]}"
            for src in srcs:
                org = r.pick(targets) if src in ("employee", "applicant") else (fr[0] if fr and src == "contractor" else None)
                orgs_used.add(org["name"] if isinstance(org, dict) else (org or src))
                sid = w.emit(p, src, org=org, fraud=rid)
                row = w.subjects[-1]
                vis = set(t for t in tac if t in ("stolen_identity", "reused_persona"))
                has_logins = src != "applicant"
                if has_logins:
                    vis |= tac & {"vpn", "foreign_login", "shared_login_ip", "shared_device"}
                if src in ("account", "contractor"):
                    vis |= tac & {"shared_recovery"}
                if src in ("contractor", "employee"):
                    vis |= tac & {"shared_payout"}
                if row["photo"]:
                    vis |= tac & {"shared_photo"}
                if row["resume"]:
                    vis |= tac & {"cloned_resume"}
                if src == "employee":
                    vis |= tac & {"laptop_farm", "ip_kvm", "remote_tool", "korean_keyboard", "tz_mismatch"}
                if fr and (fr[1] in row["email"] or row["employer"] == fr[0]):
                    vis.add("front_company")
                if row.get("referred_by"):
                    vis.add("fake_recruiter")
                w.truth[sid][2] = vis
                ring_rows.append(sid)
        split = len(orgs_used) > 1
        for sid in ring_rows:
            v = set(w.truth[sid][2])
            v.add("lone" if size == 1 else ("single_share" if single else ("big_ring" if size >= 13 else "ring")))
            if split and size > 1:
                v.add("split_orgs")
            w.truth[sid][2] = ";".join(sorted(v))
    return ring_no


# ============================================================================ output
SUBJ_COLS = ["id", "kind", "full_name", "email", "phone", "address", "country", "birth_date", "national_id",
             "photo", "resume", "profiles", "employer", "created_at", "recovery_email", "recovery_phone",
             "signup_ip", "referred_by"]


def _write(w: World, order):
    import pyarrow as pa
    import pyarrow.parquet as pq
    b = w.bundle
    with open(os.path.join(b, "subjects.csv"), "w", newline="", encoding="utf-8") as f:
        cw = csv.writer(f)
        cw.writerow(SUBJ_COLS)
        for i in order:
            row = w.subjects[i]
            cw.writerow([row[c] for c in SUBJ_COLS])

    def table(rows, cols, name):
        rows = sorted(rows, key=lambda t: (t[1], t[0]))  # by time: no grouping by subject
        data = {c: [x[j] for x in rows] for j, c in enumerate(cols)}
        pq.write_table(pa.table(data), os.path.join(b, name + ".parquet"))

    table(w.logins, ["subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome", "source_proxy",
                     "asn", "network_owner", "city", "event_type", "session_id"], "logins")
    table(w.endpoint, ["subject_id", "ts", "device_id", "kind", "value", "vendor_id", "product_id", "started_at"], "endpoint")
    table(w.payments, ["subject_id", "ts", "amount", "currency", "method", "destination"], "payments")
    table(w.shipments, ["subject_id", "ts", "asset", "address"], "shipments")
    dom = list({d["domain"]: d for d in w.domains}.values())
    w.rng.shuffle(dom)
    with open(os.path.join(b, "domains.csv"), "w", newline="", encoding="utf-8") as f:
        cw = csv.DictWriter(f, ["domain", "company", "registered_at", "registrant_email", "ip", "nameservers"])
        cw.writeheader(); cw.writerows(dom)
    with open(os.path.join(w.out, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        cw = csv.writer(f)
        cw.writerow(["subject_id", "fraud", "ring", "kind"])
        for i in order:
            sid = w.subjects[i]["id"]
            t = w.truth[sid]
            cw.writerow([sid, t[0], t[1], t[2]])


def generate(out_dir, n_subjects=20000, seed=1):
    out_dir = str(out_dir)
    w = World(out_dir, int(n_subjects), int(seed))
    if os.path.exists(w.bundle):
        shutil.rmtree(w.bundle)
    os.makedirs(w.bundle)
    orgs = _orgs(w)
    n_fraud = max(1, int(round(w.n * float(w.rng.uniform(0.016, 0.024)))))
    people = []
    orig_person = w.person

    def tracked(*a, **k):
        p = orig_person(*a, **k)
        people.append(p)
        return p
    w.person = tracked
    _honest(w, orgs, w.n - n_fraud)
    # trim to the exact honest count (drop the last rows and their child rows)
    keep_h = w.n - n_fraud
    if len(w.subjects) > keep_h:
        drop = {s["id"] for s in w.subjects[keep_h:]}
        w.subjects = w.subjects[:keep_h]
        for p in people:
            if p.get("rows"):
                p["rows"] = [x for x in p["rows"] if x not in drop]
        for name in ("logins", "endpoint", "payments", "shipments"):
            setattr(w, name, [t for t in getattr(w, name) if t[0] not in drop])
        for d in drop:
            w.truth.pop(d, None)
    honest_people = list(people)
    w.person = orig_person
    _fraud(w, orgs, n_fraud, honest_people)
    order = np.arange(len(w.subjects))
    w.rng.shuffle(order)
    _write(w, order)
    return {"subjects": len(w.subjects), "fraud": n_fraud, "logins": len(w.logins), "endpoint": len(w.endpoint),
            "payments": len(w.payments), "shipments": len(w.shipments), "domains": len(w.domains),
            "photos": len(w.photos_written)}
