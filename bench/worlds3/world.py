"""Blind world 3: an independent scenario generator for measuring ringwatch.

Written from public reporting on North Korean IT workers and US laptop farms (DOJ, FBI,
Mandiant/Google, Microsoft, CrowdStrike, Okta, KnowBe4) and from ordinary knowledge of how
honest people share contacts, homes, networks, devices and accounts.  It does not use any
code, data or tests of the detector.  See README.md in this folder.

generate(out_dir, n_subjects, seed) writes out_dir/bundle/ (a contract bundle) and
out_dir/truth.csv (subject_id, fraud, ring, kind) outside it.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import random
import shutil
from pathlib import Path

try:  # phone numbers are checked against the public numbering plan when the library is there
    import phonenumbers
except Exception:  # pragma: no cover
    phonenumbers = None

try:  # photos are optional: without Pillow/numpy the bundle simply has no photo column values
    import numpy as np
    from PIL import Image, ImageDraw
    HAVE_IMG = True
except Exception:  # pragma: no cover
    HAVE_IMG = False

T0 = dt.datetime(2023, 1, 1, tzinfo=dt.timezone.utc)
T_END = dt.datetime(2025, 6, 30, tzinfo=dt.timezone.utc)
SPAN = (T_END - T0).total_seconds()

# ---------------------------------------------------------------- reference pools
FIRST = ("James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara "
         "Richard Susan Joseph Jessica Thomas Sarah Christopher Karen Daniel Lisa Matthew Nancy "
         "Anthony Betty Mark Sandra Donald Ashley Steven Kimberly Andrew Emily Paul Donna Joshua "
         "Michelle Kenneth Carol Kevin Amanda Brian Melissa George Deborah Timothy Stephanie Jose "
         "Maria Luis Carmen Juan Ana Carlos Sofia Miguel Lucia Wei Li Jun Mei Hao Xin Min-jun "
         "Seo-yeon Ji-ho Ha-eun Hyun Soo-ah Priya Rahul Anjali Arjun Deepa Vikram Sanjay Kavya "
         "Olena Dmytro Oksana Andriy Piotr Katarzyna Tomasz Agnieszka Chinedu Ngozi Emeka Aisha "
         "Tuan Linh Minh Thu Ahmed Fatima Omar Zainab Ivan Natalia Sergei Anna Lukas Lena "
         "Gabriel Isabella Rafael Camila Diego Valentina Kwame Ama Tyler Brittany Jordan Taylor "
         "Noah Olivia Liam Emma Ethan Ava Mason Mia Logan Harper Aiden Chloe Jayden Zoe").split()
LAST = ("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez "
        "Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson "
        "White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott "
        "Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter "
        "Roberts Kim Park Choi Jung Kang Cho Yoon Zhang Wang Liu Chen Yang Huang Zhao Wu Zhou "
        "Patel Sharma Singh Kumar Gupta Reddy Iyer Shevchenko Kovalenko Bondarenko Nowak "
        "Kowalski Wisniewski Okafor Adeyemi Nwosu Tran Pham Le Hoang Khan Ali Hussain Ivanov "
        "Petrov Mueller Schmidt Silva Santos Oliveira Mensah Boateng Cooper Reed Bailey Bell "
        "Murphy Rogers Cook Morgan Peterson Cox Ward Richardson Watson Brooks Wood James Bennett "
        "Gray Hughes Price Sanders Myers Long Ross Foster Powell Jenkins Perry Russell Sullivan").split()

# city, state, zip prefix, lat, lon, tz
US_CITIES = [
    ("New York", "NY", "100", 40.71, -74.0, "America/New_York"), ("Brooklyn", "NY", "112", 40.65, -73.95, "America/New_York"),
    ("Los Angeles", "CA", "900", 34.05, -118.24, "America/Los_Angeles"), ("San Jose", "CA", "951", 37.34, -121.89, "America/Los_Angeles"),
    ("San Diego", "CA", "921", 32.72, -117.16, "America/Los_Angeles"), ("Chicago", "IL", "606", 41.88, -87.63, "America/Chicago"),
    ("Houston", "TX", "770", 29.76, -95.37, "America/Chicago"), ("Dallas", "TX", "752", 32.78, -96.8, "America/Chicago"),
    ("Austin", "TX", "787", 30.27, -97.74, "America/Chicago"), ("Phoenix", "AZ", "850", 33.45, -112.07, "America/Phoenix"),
    ("Litchfield Park", "AZ", "853", 33.49, -112.36, "America/Phoenix"), ("Philadelphia", "PA", "191", 39.95, -75.17, "America/New_York"),
    ("Seattle", "WA", "981", 47.61, -122.33, "America/Los_Angeles"), ("Denver", "CO", "802", 39.74, -104.99, "America/Denver"),
    ("Atlanta", "GA", "303", 33.75, -84.39, "America/New_York"), ("Miami", "FL", "331", 25.76, -80.19, "America/New_York"),
    ("Orlando", "FL", "328", 28.54, -81.38, "America/New_York"), ("Nashville", "TN", "372", 36.16, -86.78, "America/Chicago"),
    ("Boston", "MA", "021", 42.36, -71.06, "America/New_York"), ("Minneapolis", "MN", "554", 44.98, -93.27, "America/Chicago"),
    ("Portland", "OR", "972", 45.52, -122.68, "America/Los_Angeles"), ("Charlotte", "NC", "282", 35.23, -80.84, "America/New_York"),
    ("Raleigh", "NC", "276", 35.78, -78.64, "America/New_York"), ("Columbus", "OH", "432", 39.96, -83.0, "America/New_York"),
    ("Detroit", "MI", "482", 42.33, -83.05, "America/Detroit"), ("Ann Arbor", "MI", "481", 42.28, -83.74, "America/Detroit"),
    ("Salt Lake City", "UT", "841", 40.76, -111.89, "America/Denver"), ("Las Vegas", "NV", "891", 36.17, -115.14, "America/Los_Angeles"),
    ("Kansas City", "MO", "641", 39.1, -94.58, "America/Chicago"), ("St. Louis", "MO", "631", 38.63, -90.2, "America/Chicago"),
    ("Baltimore", "MD", "212", 39.29, -76.61, "America/New_York"), ("Newark", "NJ", "071", 40.74, -74.17, "America/New_York"),
    ("Edison", "NJ", "088", 40.52, -74.41, "America/New_York"), ("Arlington", "VA", "222", 38.88, -77.1, "America/New_York"),
    ("Richmond", "VA", "232", 37.54, -77.44, "America/New_York"), ("Indianapolis", "IN", "462", 39.77, -86.16, "America/Indiana/Indianapolis"),
    ("Milwaukee", "WI", "532", 43.04, -87.91, "America/Chicago"), ("Albuquerque", "NM", "871", 35.08, -106.65, "America/Denver"),
    ("Boise", "ID", "837", 43.62, -116.2, "America/Boise"), ("Honolulu", "HI", "968", 21.31, -157.86, "Pacific/Honolulu"),
    ("Livingston", "TX", "773", 30.71, -94.93, "America/Chicago"), ("Sioux Falls", "SD", "571", 43.54, -96.73, "America/Chicago"),
]
AREA = {"NY": ["212", "646", "718", "917", "347"], "CA": ["213", "310", "408", "415", "619", "818", "949"], "IL": ["312", "773", "847"],
        "TX": ["214", "512", "713", "832", "972", "936"], "AZ": ["480", "602", "623"], "PA": ["215", "267"], "WA": ["206", "425"],
        "CO": ["303", "720"], "GA": ["404", "678"], "FL": ["305", "407", "786"], "TN": ["615", "629"], "MA": ["617", "781"],
        "MN": ["612", "651"], "OR": ["503", "971"], "NC": ["704", "919"], "OH": ["614", "380"], "MI": ["313", "734"],
        "UT": ["801", "385"], "NV": ["702", "725"], "MO": ["314", "816"], "MD": ["410", "443"], "NJ": ["201", "732", "973"],
        "VA": ["571", "703", "804"], "IN": ["317"], "WI": ["414"], "NM": ["505"], "ID": ["208"], "HI": ["808"], "SD": ["605"]}
STREETS = ("Oak Maple Cedar Pine Elm Washington Lake Hill Park Main Sunset Highland Lincoln Jefferson Madison "
           "Franklin Church Spring Ridge Valley Meadow Forest River Willow Birch Chestnut Walnut Cherry Magnolia "
           "Dogwood Sycamore Aspen Laurel Hickory Poplar Juniper Cypress Mill Bridge Union Center Grove Prospect").split()
SUFFIX = [("St", "Street"), ("Ave", "Avenue"), ("Rd", "Road"), ("Dr", "Drive"), ("Ln", "Lane"), ("Ct", "Court"), ("Blvd", "Boulevard"), ("Way", "Way"), ("Pl", "Place")]
DIRS = [("N", "North"), ("S", "South"), ("E", "East"), ("W", "West")]

# country: (weight, phone builder key, cities [(city, lat, lon, tz)], keyboard, home ISPs)
FOREIGN = {
    "IN": (4.0, [("Bengaluru", 12.97, 77.59, "Asia/Kolkata"), ("Hyderabad", 17.39, 78.49, "Asia/Kolkata"), ("Pune", 18.52, 73.86, "Asia/Kolkata")], "hi-IN", [(55836, "Reliance Jio Infocomm Limited", ("49", "106", "157")), (24560, "Bharti Airtel Ltd.", ("122", "182"))]),
    "PH": (2.5, [("Manila", 14.6, 120.98, "Asia/Manila"), ("Cebu City", 10.32, 123.89, "Asia/Manila"), ("Quezon City", 14.68, 121.04, "Asia/Manila")], "fil-PH", [(9299, "Philippine Long Distance Telephone Company", ("112", "124")), (132199, "Globe Telecom Inc.", ("175", "180"))]),
    "CA": (2.0, [("Toronto", 43.65, -79.38, "America/Toronto"), ("Vancouver", 49.28, -123.12, "America/Vancouver")], "en-CA", [(812, "Rogers Communications Canada Inc.", ("24", "99")), (577, "Bell Canada", ("70", "142"))]),
    "GB": (2.0, [("London", 51.51, -0.13, "Europe/London"), ("Manchester", 53.48, -2.24, "Europe/London")], "en-GB", [(2856, "British Telecommunications PLC", ("81", "86")), (5089, "Virgin Media Limited", ("82", "92"))]),
    "UA": (1.2, [("Kyiv", 50.45, 30.52, "Europe/Kyiv"), ("Lviv", 49.84, 24.03, "Europe/Kyiv")], "uk-UA", [(15895, "Kyivstar PJSC", ("46", "176"))]),
    "PL": (1.2, [("Warsaw", 52.23, 21.01, "Europe/Warsaw"), ("Krakow", 50.06, 19.94, "Europe/Warsaw")], "pl-PL", [(5617, "Orange Polska Spolka Akcyjna", ("83", "89"))]),
    "BR": (1.5, [("Sao Paulo", -23.55, -46.63, "America/Sao_Paulo"), ("Recife", -8.05, -34.9, "America/Recife")], "pt-BR", [(28573, "Claro NXT Telecomunicacoes Ltda", ("177", "189"))]),
    "MX": (1.2, [("Mexico City", 19.43, -99.13, "America/Mexico_City"), ("Guadalajara", 20.67, -103.35, "America/Mexico_City")], "es-MX", [(8151, "UNINET", ("187", "189"))]),
    "NG": (1.0, [("Lagos", 6.52, 3.38, "Africa/Lagos"), ("Abuja", 9.06, 7.49, "Africa/Lagos")], "en-NG", [(29465, "MTN NIGERIA Communication limited", ("102", "105"))]),
    "PK": (0.8, [("Lahore", 31.55, 74.34, "Asia/Karachi"), ("Karachi", 24.86, 67.0, "Asia/Karachi")], "ur-PK", [(17557, "Pakistan Telecommunication Company Limited", ("39", "111"))]),
    "DE": (0.8, [("Berlin", 52.52, 13.4, "Europe/Berlin"), ("Munich", 48.14, 11.58, "Europe/Berlin")], "de-DE", [(3320, "Deutsche Telekom AG", ("79", "87"))]),
    "KR": (0.5, [("Seoul", 37.57, 126.98, "Asia/Seoul"), ("Busan", 35.18, 129.08, "Asia/Seoul")], "ko-KR", [(4766, "Korea Telecom", ("121", "175")), (9318, "SK Broadband Co Ltd", ("1", "110"))]),
    "VN": (0.5, [("Ho Chi Minh City", 10.82, 106.63, "Asia/Ho_Chi_Minh"), ("Hanoi", 21.03, 105.85, "Asia/Ho_Chi_Minh")], "vi-VN", [(7552, "Viettel Group", ("27", "116"))]),
    "CN": (0.5, [("Shanghai", 31.23, 121.47, "Asia/Shanghai"), ("Shenzhen", 22.54, 114.06, "Asia/Shanghai")], "zh-CN", [(4134, "Chinanet", ("58", "116", "180"))]),
    "RO": (0.6, [("Bucharest", 44.43, 26.1, "Europe/Bucharest"), ("Cluj-Napoca", 46.77, 23.6, "Europe/Bucharest")], "ro-RO", [(8708, "RCS & RDS SA", ("5", "86"))]),
    "AR": (0.7, [("Buenos Aires", -34.6, -58.38, "America/Argentina/Buenos_Aires")], "es-AR", [(7303, "Telecom Argentina S.A.", ("181", "190"))]),
}
US_ISPS = [(7922, "Comcast Cable Communications, LLC", ("24", "67", "73", "98", "76")), (20115, "Charter Communications", ("47", "66", "75", "97")),
           (7018, "AT&T Services, Inc.", ("99", "108", "12", "104")), (701, "Verizon Business", ("71", "72", "100", "108")),
           (22773, "Cox Communications Inc.", ("68", "70", "98")), (209, "CenturyLink Communications, LLC", ("63", "65", "97")),
           (5650, "Frontier Communications of America, Inc.", ("47", "50", "74")), (11427, "Charter Communications Inc", ("70", "72"))]
MOBILE = [(21928, "T-Mobile USA, Inc.", "172.56"), (21928, "T-Mobile USA, Inc.", "172.58"), (22394, "Verizon Wireless", "174.205"),
          (20057, "AT&T Mobility LLC", "166.205"), (20057, "AT&T Mobility LLC", "107.77")]
BUSINESS_ISPS = [(3356, "Level 3 Parent, LLC"), (174, "Cogent Communications"), (6461, "Zayo Bell"), (7018, "AT&T Services, Inc.")]
# consumer VPN providers (honest) and hosting networks; fraud operators use some of the same hosting.
VPNS = [("NordVPN", 212238, "Datacamp Limited", "185.216"), ("NordVPN", 9009, "M247 Europe SRL", "146.70"),
        ("Proton VPN", 209103, "Proton AG", "185.159"), ("Mullvad", 39351, "31173 Services AB", "193.138"),
        ("Surfshark", 9009, "M247 Europe SRL", "89.187"), ("ExpressVPN", 136787, "TEFINCOM S.A.", "45.134"),
        ("ExpressVPN", 14061, "DigitalOcean, LLC", "159.203"), ("PIA", 8100, "QuadraNet Enterprises LLC", "172.98")]
ASTRILL = [(9009, "M247 Europe SRL", "146.70"), (9009, "M247 Europe SRL", "38.132"), (20473, "The Constant Company, LLC", "45.76"),
           (16509, "Amazon.com, Inc.", "3.88"), (14061, "DigitalOcean, LLC", "167.99"), (62240, "Clouvider Limited", "193.27")]
LEAKS = [(4837, "CHINA UNICOM China169 Backbone", "175.167", "CN", "Shenyang", 41.8, 123.43),
         (4837, "CHINA UNICOM China169 Backbone", "221.200", "CN", "Dandong", 40.13, 124.39),
         (20485, "Joint Stock Company TransTeleCom", "188.43", "RU", "Vladivostok", 43.12, 131.89),
         (131279, "Ryugyong-dong", "175.45.178", "KP", "Pyongyang", 39.03, 125.75)]
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
       "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Mobile Safari/537.36"]
LAPTOPS = ["Dell Latitude 7440", "Dell Latitude 5540", "Lenovo ThinkPad T14 Gen 4", "Lenovo ThinkPad X1 Carbon Gen 11",
           "HP EliteBook 840 G10", "MacBookPro18,1", "MacBookAir10,1", "Mac14,2", "Microsoft Surface Laptop 5"]
MONITORS = ["DELL U2720Q", "DELL P2422H", "LG HDR 4K", "LG ULTRAFINE", "HP E24 G5", "SAMSUNG", "BenQ GW2480", "ASUS VG249", "Acer KA242Y", "LEN T27h-20"]
BASE_PROCS_WIN = ["explorer.exe", "chrome.exe", "msedge.exe", "Teams.exe", "OUTLOOK.EXE", "slack.exe", "Zoom.exe", "OneDrive.exe", "svchost.exe", "MsMpEng.exe"]
BASE_PROCS_MAC = ["Finder", "Google Chrome", "Slack", "zoom.us", "Microsoft Teams", "Safari", "Microsoft Outlook"]
DEV_PROCS = ["Code.exe", "node.exe", "python.exe", "docker.exe", "git.exe", "WindowsTerminal.exe", "idea64.exe", "postgres.exe"]
MANAGED_RMM = [("NinjaOne", ["NinjaRMMAgent.exe"]), ("ConnectWise ScreenConnect", ["ScreenConnect.ClientService.exe"]),
               ("Atera", ["AteraAgent.exe"]), ("TeamViewer", ["TeamViewer_Service.exe", "TeamViewer.exe"]),
               ("Kaseya VSA", ["AgentMon.exe"]), ("N-able", ["BASupSrvc.exe"]), ("BeyondTrust", ["bomgar-scc.exe"])]
FARM_RMM = ["AnyDesk.exe", "TeamViewer.exe", "remoting_host.exe", "rustdesk.exe", "RustDesk.exe", "Splashtop-streamer.exe",
            "SRService.exe", "AA_v3.exe", "vncserver.exe", "tvnserver.exe", "parsecd.exe", "RemotePCDesktop.exe"]
PERSONAL_REMOTE = ["remoting_host.exe", "parsecd.exe", "AnyDesk.exe", "Splashtop-streamer.exe"]
KVM_USB = [("PiKVM Composite Device", "1d6b", "0104"), ("Multifunction USB Device", "1d6b", "0104"),
           ("USB Emulation Device", "1d6b", "0104"), ("NanoKVM", "3346", "1009"), ("USB Composite Device", "1d6b", "0104"),
           ("Logitech USB Input Device", "1d6b", "0104")]  # last two: strings overridden, ids left at default
NORMAL_USB = [("USB Receiver", "046d", "c52b"), ("Logitech USB Input Device", "046d", "c534"), ("USB2.0 HD UVC WebCam", "0bda", "58c2"),
              ("Dell Universal Dock D6000", "17e9", "6006"), ("YubiKey OTP+FIDO+CCID", "1050", "0407"), ("USB Keyboard", "413c", "2113"),
              ("Jabra Evolve2 65", "0b0e", "245e"), ("Apple Internal Keyboard / Trackpad", "05ac", "0342"), ("USB Optical Mouse", "093a", "2510"),
              ("ThinkPad USB-C Dock Gen2 Audio", "17ef", "a396"), ("Microsoft Ergonomic Keyboard", "045e", "082c")]
LINUX_HUBS = [("xHCI Host Controller", "1d6b", "0003"), ("xHCI Host Controller", "1d6b", "0002"), ("EHCI Host Controller", "1d6b", "0002")]
SSIDS = ["NETGEAR{}", "xfinitywifi", "ATT{}", "Spectrum-{}", "MySpectrumWiFi{}", "TP-Link_{}", "Linksys{}", "Verizon_{}", "CenturyLink{}", "Google Fiber {}"]
SKILLS = ("Python Java JavaScript TypeScript React Angular Vue Node.js Express Django Flask Spring Go Rust C# .NET SQL PostgreSQL "
          "MySQL MongoDB Redis Kafka AWS Azure GCP Docker Kubernetes Terraform Jenkins GitHub-Actions Linux Bash GraphQL REST "
          "Solidity Web3 Ethereum Swift Kotlin Flutter Figma Tableau PowerBI Excel Salesforce SAP ServiceNow Jira Agile Scrum "
          "Pandas NumPy PyTorch TensorFlow Spark Airflow Snowflake dbt Looker HTML CSS Sass Next.js Nest.js Laravel PHP Ruby Rails").split()
VERBS = ("Built Designed Led Implemented Migrated Automated Optimized Maintained Developed Refactored Launched Delivered Owned "
         "Streamlined Mentored Coordinated Reduced Improved Integrated Deployed Architected Supported Analyzed Created").split()
OBJS = ["a customer-facing {t} dashboard", "the {t} billing pipeline", "internal {t} tooling for the support team",
        "a {t} microservice handling order events", "the onboarding flow in {t}", "CI/CD pipelines with {t}",
        "a reporting layer on {t}", "the legacy {t} monolith", "data ingestion jobs in {t}", "an inventory tracker using {t}",
        "the mobile checkout in {t}", "monitoring and alerting with {t}", "an API gateway in {t}", "a claims intake form in {t}",
        "test automation in {t}", "a recommendation service in {t}", "payroll integrations with {t}", "the search index on {t}"]
OUTCOMES = ["cutting latency by {n}%", "saving about {n} hours a month", "serving {n}k daily users", "reducing defects by {n}%",
            "for {n} enterprise clients", "with {n}% test coverage", "across {n} regional offices", "lowering cloud spend {n}%", ""]
TITLES = ["Software Engineer", "Senior Software Engineer", "Full Stack Developer", "Frontend Developer", "Backend Engineer",
          "Data Analyst", "DevOps Engineer", "QA Engineer", "Mobile Developer", "Product Designer", "IT Support Specialist",
          "Data Engineer", "Project Manager", "Customer Success Manager", "Accountant", "Registered Nurse", "Sales Associate"]
PAST_COS = ["Acme Logistics", "Brightpath Health", "Northwind Traders", "Globex", "Initech", "Umbrella Insurance", "Stark Retail",
            "Wayne Analytics", "Hooli", "Vandelay Imports", "Pied Piper", "Soylent Foods", "Cyberdyne Systems", "Tyrell Media",
            "Oceanic Air", "Massive Dynamic", "Dunder Paper", "Prestige Worldwide", "Blue Sun", "Wonka Confections"]
SCHOOLS = ["University of Texas at Austin", "Ohio State University", "Arizona State University", "Georgia Tech", "Rutgers University",
           "University of Washington", "Penn State", "University of Michigan", "Purdue University", "UC San Diego",
           "Anna University", "University of the Philippines", "Kyiv Polytechnic Institute", "Warsaw University of Technology",
           "University of Lagos", "Universidade de Sao Paulo", "Community College of Denver", "Western Governors University"]


def valid_phone(v: str, region: str) -> bool:
    if phonenumbers is None:
        return True
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(v, region))
    except Exception:
        return False


def plus(v: str) -> str:
    """A number written for a reader abroad: national US formats get their +1."""
    if not v or v.startswith("+"):
        return v
    d = "".join(ch for ch in v if ch.isdigit())
    return f"+1 {d[:3]} {d[3:6]} {d[6:]}"


def iso(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


class World:
    def __init__(self, n: int, seed: int):
        self.n = n
        self.rng = random.Random(seed)
        self.S: list[dict] = []          # subjects (internal dicts)
        self.logins: list[list] = []
        self.endpoint: list[dict] = []
        self.payments: list[list] = []
        self.shipments: list[list] = []
        self.domains: list[list] = []
        self.photo_jobs: list[tuple] = []   # (relpath, spec)
        self.resumes: dict[str, str] = {}
        self._ips: set[str] = set()
        self._pools: dict[str, list[str]] = {}
        self._draw: dict[str, list] = {}
        self._seq = 0

    # ------------------------------------------------------------ small helpers
    def uid(self, k=16) -> str:
        return "%0*x" % (k, self.rng.getrandbits(4 * k))

    def uuid(self) -> str:
        h = self.uid(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"

    def t_between(self, a: dt.datetime, b: dt.datetime) -> dt.datetime:
        s = max(0.0, (b - a).total_seconds())
        return a + dt.timedelta(seconds=self.rng.random() * s)

    def ip(self, prefix: str) -> str:
        parts = prefix.split(".")
        for _ in range(64):     # a small range (a /24) can run out at large sizes: then reuse
            p = parts + [str(self.rng.randint(1, 254)) for _ in range(4 - len(parts))]
            v = ".".join(p)
            if v not in self._ips:
                self._ips.add(v)
                return v
        return v

    def res_net(self, geo):
        isp = self.rng.choice(US_ISPS)
        return ("home", self.ip(self.rng.choice(isp[2])), isp[0], isp[1], geo, "false")

    def pool_ip(self, prefix: str, size: int) -> str:
        """Carrier-grade NAT and VPN exits: a finite set of addresses shared by many users."""
        pool = self._pools.get(prefix)
        if pool is None:
            pool = self._pools[prefix] = [self.ip(prefix) for _ in range(size)]
        return pool[int(len(pool) * self.rng.random() ** 1.5)]

    def mac(self) -> str:
        return ":".join("%02x" % self.rng.randint(0, 255) for _ in range(6))

    def us_city(self):
        return self.rng.choice(US_CITIES)

    def us_phone(self, state: str | None = None, fmt: int | None = None) -> str:
        for _ in range(20):
            v = self._us_phone(state, fmt)
            if valid_phone(v, "US"):
                return v
        return v

    def _us_phone(self, state: str | None = None, fmt: int | None = None) -> str:
        r = self.rng
        ac = r.choice(AREA.get(state or "", None) or r.choice(list(AREA.values())))
        ex = r.randint(201, 989)
        if ex in (555, 911):
            ex = 556
        ln = r.randint(0, 9999)
        f = r.randrange(5) if fmt is None else fmt
        return [f"({ac}) {ex}-{ln:04d}", f"{ac}-{ex}-{ln:04d}", f"+1{ac}{ex}{ln:04d}", f"{ac}.{ex}.{ln:04d}", f"+1 {ac} {ex} {ln:04d}"][f]

    def foreign_phone(self, c: str) -> str:
        for _ in range(20):
            v = self._foreign_phone(c)
            if valid_phone(v, c):
                return v
        return v

    def _foreign_phone(self, c: str) -> str:
        r = self.rng
        d = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))  # noqa: E731
        return {"IN": lambda: f"+91 {r.choice('6789')}{d(4)} {d(5)}", "PH": lambda: f"+63 9{r.choice(['17', '18', '27', '56'])} {d(3)} {d(4)}",
                "CA": lambda: f"+1 {r.choice(['416', '647', '604', '778'])} {r.randint(201, 989)} {d(4)}",
                "GB": lambda: f"+44 7{r.choice(['400', '700', '911', '825'])} {d(6)}", "UA": lambda: f"+380 {r.choice(['67', '50', '63', '97'])} {d(3)} {d(4)}",
                "PL": lambda: f"+48 {r.choice(['501', '600', '691', '780'])} {d(3)} {d(3)}", "BR": lambda: f"+55 11 9{d(4)}-{d(4)}",
                "MX": lambda: f"+52 55 {d(4)} {d(4)}", "NG": lambda: f"+234 {r.choice(['803', '806', '813', '703'])} {d(3)} {d(4)}",
                "PK": lambda: f"+92 3{r.choice(['00', '21', '33', '45'])} {d(7)}", "DE": lambda: f"+49 15{r.choice('1279')} {d(8)}",
                "KR": lambda: f"+82 10-{d(4)}-{d(4)}", "VN": lambda: f"+84 9{r.choice('0134')} {d(3)} {d(4)}",
                "CN": lambda: f"+86 13{r.randint(0, 9)} {d(4)} {d(4)}", "RO": lambda: f"+40 7{r.choice(['22', '23', '44', '55'])} {d(3)} {d(3)}",
                "AR": lambda: f"+54 9 11 {d(4)}-{d(4)}"}[c]()

    def street_addr(self, city=None, unit_p=0.3) -> dict:
        r = self.rng
        c = city or self.us_city()
        a = {"num": r.randint(10, 9899), "dir": r.choice(DIRS) if r.random() < 0.2 else None, "street": r.choice(STREETS),
             "suf": r.choice(SUFFIX), "unit": (r.choice(["Apt ", "Unit ", "#", "Apt. "]) + str(r.randint(1, 40)) + r.choice(["", "", "A", "B"])) if r.random() < unit_p else None,
             "city": c, "zip": c[2] + "%02d" % r.randint(1, 99)}
        return a

    def fmt_addr(self, a: dict, variant: int = 0) -> str:
        """variant 0: canonical; 1..4: how the same place gets written differently."""
        c = a["city"]
        dr = ""
        if a["dir"]:
            dr = (a["dir"][1] if variant in (1, 3) else a["dir"][0] + ("." if variant == 2 else "")) + " "
        suf = a["suf"][1] if variant in (1, 3) else a["suf"][0] + ("." if variant == 2 else "")
        unit = a["unit"]
        if unit and variant == 4:
            unit = "#" + unit.split(" ")[-1].lstrip("#")
        line = f"{a['num']} {dr}{a['street']} {suf}" + (f", {unit}" if unit else "")
        s = f"{line}, {c[0]}, {c[1]} {a['zip']}" if variant != 3 else f"{line}, {c[0]} {c[1]}"
        return s.upper() if variant == 4 and self.rng.random() < 0.5 else s

    def foreign_addr(self, c: str) -> tuple[str, tuple]:
        r = self.rng
        city = r.choice(FOREIGN[c][1])
        return f"{r.randint(1, 300)} {r.choice(STREETS)} Road, {city[0]}, {c}", city

    def name(self, first=None, last=None):
        r = self.rng
        f = first or (r.choice(FIRST[:40]) if r.random() < 0.35 else r.choice(FIRST))
        ln = last or (r.choice(LAST[:30]) if r.random() < 0.4 else r.choice(LAST))
        return f, ln

    def personal_email(self, f: str, ln: str, style=None) -> str:
        r = self.rng
        f2, l2 = f.lower().replace("-", ""), ln.lower()
        dom = r.choices(["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com", "protonmail.com", "comcast.net"],
                        [45, 12, 12, 8, 10, 3, 4, 3])[0]
        st = style if style is not None else r.randrange(6)
        local = [f"{f2}.{l2}", f"{f2}{l2}{r.randint(1, 99)}", f"{f2[0]}{l2}{r.randint(70, 2005)}", f"{f2}_{l2}",
                 f"{l2}.{f2}{r.randint(1, 9)}", f"{f2}{r.randint(100, 9999)}"][st]
        self._seq += 1
        if r.random() < 0.5:
            local += str(self._seq % 97)
        return f"{local}@{dom}"

    # ------------------------------------------------------------ people
    def new_subject(self, kind: str, country: str | None = None, employer: dict | None = None) -> dict:
        r = self.rng
        if country is None:
            country = "US" if r.random() < 0.78 else r.choices(list(FOREIGN), [v[0] for v in FOREIGN.values()])[0]
        f, ln = self.name()
        s = {"kind": kind, "country": country, "first": f, "last": ln, "labels": set(), "tactics": set(), "fraud": 0, "ring": "",
             "nets": [], "devices": [], "ep": None, "pay": None, "ship": [], "night": False, "login_n": 0, "extra_countries": []}
        if country == "US":
            a = self.street_addr()
            s["addr"] = a
            s["address"] = self.fmt_addr(a, r.choices([0, 1, 2, 3, 4], [70, 8, 10, 7, 5])[0])
            s["phone"] = self.us_phone(a["city"][1] if r.random() < 0.8 else None)
            c = a["city"]
            s["geo"] = (c[0], c[3], c[4], c[5], "US")
            isp = r.choice(US_ISPS)
        else:
            s["address"], city = self.foreign_addr(country)
            s["addr"] = None
            s["phone"] = self.foreign_phone(country)
            s["geo"] = (city[0], city[1], city[2], city[3], country)
            isp = r.choice(FOREIGN[country][3])
        s["home_net"] = ("home", self.ip(r.choice(isp[2])), isp[0], isp[1], s["geo"], "false")
        s["nets"].append([s["home_net"], 6.0])
        if r.random() < 0.45:
            m = r.choice(MOBILE)
            s["nets"].append([("mobile", m[2], m[0], m[1], s["geo"], "false"), 2.0])
            s["labels"].add("carrier_nat")
        s["email"] = self.personal_email(f, ln)
        s["employer"] = employer
        age = r.randint(21, 64)
        s["birth_date"] = dt.date(2024 - age, r.randint(1, 12), r.randint(1, 28))
        if country == "US":
            a1 = r.randint(1, 899)
            s["national_id"] = f"{(a1 if a1 != 666 else 667):03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
        else:
            s["national_id"] = f"{r.choice('PNKLM')}{r.randint(1000000, 9999999)}"
        s["created_at"] = self.t_between(T0, T_END - dt.timedelta(days=20))
        s["devices"].append((self.uuid() if r.random() < 0.7 else "dev-" + self.uid(12), r.choice(UAS[:6])))
        if r.random() < 0.5:
            s["devices"].append((self.uuid(), r.choice(UAS[6:])))
        s["show"] = self.default_show(kind)
        s["photo_spec"] = None
        s["resume_spec"] = None
        s["profiles"] = []
        s["recovery_email"] = ""
        s["recovery_phone"] = ""
        s["signup_ip"] = ""
        if r.random() < 0.55:
            handle = (f.lower() + "-" + ln.lower() + ("-" + self.uid(4) if r.random() < 0.6 else "")).replace(" ", "")
            s["profiles"].append(f"https://www.linkedin.com/in/{handle}")
        if kind in ("applicant", "contractor") and r.random() < 0.3:
            s["profiles"].append(f"https://github.com/{f.lower()}{ln.lower()[:3]}{r.randint(1, 999)}")
        self.S.append(s)
        return s

    def default_show(self, kind: str) -> dict:
        """Which optional fields a source of this kind fills."""
        r = self.rng
        p = {"applicant": dict(address=0.65, birth_date=0.25, national_id=0.08, photo=0.35, resume=0.8, phone=0.92),
             "employee": dict(address=0.95, birth_date=0.9, national_id=0.85, photo=0.5, resume=0.35, phone=0.95),
             "contractor": dict(address=0.85, birth_date=0.6, national_id=0.5, photo=0.35, resume=0.6, phone=0.9),
             "account": dict(address=0.2, birth_date=0.15, national_id=0.0, photo=0.3, resume=0.03, phone=0.6)}[kind]
        return {k: r.random() < v for k, v in p.items()}

    # ------------------------------------------------------------ organisations
    def build_orgs(self):
        r = self.rng
        n_emp = max(25, self.n // 160)
        words = ("Apex Blue Bright Cedar Clear Core Delta Ever First Granite Harbor Iron Keystone Lumen Meridian North "
                 "Nova Peak Pioneer Prime Quantum River Summit Terra True Vista Willow Zenith Atlas Beacon Crest Harbor").split()
        tails = ["Health", "Labs", "Logistics", "Financial", "Software", "Systems", "Retail", "Energy", "Media", "Insurance",
                 "Analytics", "Foods", "Bank", "Networks", "Partners", "Robotics", "Medical Center", "Learning"]
        self.employers = []
        used = set()
        for i in range(n_emp):
            for k in range(10 ** 6):      # after many tries (large sizes) names get a number
                nm = f"{r.choice(words)} {r.choice(tails)}" + (f" {k // 50}" if k >= 50 else "")
                if nm not in used:
                    used.add(nm)
                    break
            dom = nm.lower().replace(" ", "") + r.choice([".com", ".com", ".io", ".co", ".net"])
            city = self.us_city()
            oa = self.street_addr(city, unit_p=0)
            oa["unit"] = f"Suite {r.randint(1, 30) * 100}"
            bi = r.choice(BUSINESS_ISPS)
            e = {"name": nm, "domain": dom, "city": city, "office_addr": self.fmt_addr(oa), "office_addr_d": oa,
                 "office_ips": [self.ip(r.choice(["38", "64", "4", "208", "209", "12"])) for _ in range(r.randint(1, 3))],
                 "office_asn": bi, "rmm": r.choice(MANAGED_RMM) if r.random() < 0.3 else None,
                 "idp": r.choices(["okta", "entra", "plain"], [45, 35, 20])[0], "laptop": r.choice(LAPTOPS),
                 "asset": "".join(w[0] for w in nm.split()).upper() + r.choice(["-", "", "-LT-"]),
                 "remote": r.random(), "gw": self.mac(), "ssid": nm.split()[0].upper() + r.choice(["-CORP", "-Staff", "_WiFi"]),
                 "helpdesk": self.us_phone(city[1]), "hospital": nm.endswith("Medical Center") or nm.endswith("Health"),
                 "payroll_acct": None}
            self.employers.append(e)
            self.domains.append([dom, nm, iso(T0 - dt.timedelta(days=r.randint(900, 9000))),
                                 r.choice([f"hostmaster@{dom}", f"it@{dom}", "", "abuse@registrar-privacy.example"]),
                                 self.ip(r.choice(["104", "151", "185", "199"])),
                                 r.choice(["ns1.cloudflare.com;ns2.cloudflare.com", f"ns-{r.randint(100, 2000)}.awsdns-{r.randint(10, 60)}.org;ns-{r.randint(100, 2000)}.awsdns-{r.randint(10, 60)}.com", "dns1.registrar-servers.com;dns2.registrar-servers.com"])])
        self.platforms = [{"name": p, "domain": d} for p, d in [("TaskNest Marketplace", "tasknest.com"), ("Gigly Freelance", "gigly.io"), ("PayMail Accounts", "paymail.com")]]
        self.emp_weights = [1.0 / (i + 3) ** 0.9 for i in range(len(self.employers))]

    def pick_employer(self):
        return self.rng.choices(self.employers, self.emp_weights)[0]

    # ------------------------------------------------------------ base population
    def build_honest(self, n_honest: int):
        r = self.rng
        kinds = r.choices(["applicant", "employee", "contractor", "account"], [40, 30, 15, 15], k=n_honest)
        for k in kinds:
            e = self.pick_employer() if k != "account" else None
            s = self.new_subject(k, employer=e)
            self.setup_kind(s)
        self.honest = list(self.S)

    def setup_kind(self, s: dict):
        r = self.rng
        k, e = s["kind"], s["employer"]
        if k == "account":
            s["platform"] = r.choice(self.platforms)
            s["employer_name"] = s["platform"]["name"] if r.random() < 0.7 else ""
            s["signup_ip"] = s["home_net"][1] if r.random() < 0.8 else ""
            if r.random() < 0.55:
                s["recovery_email"] = self.personal_email(s["first"], s["last"])
            if r.random() < 0.45:
                s["recovery_phone"] = s["phone"] if r.random() < 0.7 else self.us_phone()
            s["login_n"] = r.randint(3, 30)
            if r.random() < 0.35:
                s["pay"] = {"method": r.choice(["wallet", "bank", "wallet"]), "dest": None, "n": r.randint(1, 6), "cur": "USD", "amt": (40, 900)}
            return
        s["employer_name"] = e["name"]
        if k == "applicant":
            s["login_n"] = r.choices([0, 1, 2, 3, 5], [30, 30, 20, 12, 8])[0]
            if r.random() < 0.5:
                s["signup_ip"] = s["home_net"][1]
            return
        # employees and contractors
        if k == "employee" and r.random() < 0.35:
            s["email"] = f"{s['first'].lower()}.{s['last'].lower()}@{e['domain']}".replace(" ", "")
        s["login_n"] = r.randint(8, 40) if k == "employee" else r.randint(4, 25)
        onsite = r.random() > e["remote"]
        if onsite:
            s["nets"].append([("office", r.choice(e["office_ips"]), e["office_asn"][0], e["office_asn"][1], (e["city"][0], e["city"][3], e["city"][4], e["city"][5], "US"), "false"), 8.0])
            s["labels"].add("office_network")
        s["start"] = s["created_at"]
        if k == "employee":
            s["pay"] = {"method": "bank", "dest": None, "n": r.randint(2, 8), "cur": "USD", "amt": (1400, 6200)}
        else:
            s["pay"] = {"method": r.choices(["bank", "wallet", "crypto"], [55, 42, 3])[0], "dest": None, "n": r.randint(1, 6),
                        "cur": "USD", "amt": (800, 7000)}
            if s["pay"]["method"] == "crypto":
                s["labels"].add("crypto_paid_contractor")
        gets_laptop = r.random() < (0.75 if k == "employee" else 0.35)
        if gets_laptop:
            dest = s["address"] if s["address"] and s["show"]["address"] else None
            if dest is None or (onsite and r.random() < 0.5):
                dest = e["office_addr"]
                s["labels"].add("ship_to_office")
            s["ship"].append(dest)
            if r.random() < 0.8:
                self.make_endpoint(s)

    def make_endpoint(self, s: dict):
        r = self.rng
        e = s["employer"]
        mac = e["laptop"].startswith("Mac")
        procs = list(BASE_PROCS_MAC if mac else BASE_PROCS_WIN)
        r.shuffle(procs)
        procs = procs[:r.randint(4, len(procs))]
        if r.random() < 0.3 and not mac:
            procs += r.sample(DEV_PROCS, r.randint(1, 4))
        if e["rmm"]:
            procs += e["rmm"][1]
            s["labels"].add("managed_rmm")
        usb = r.sample(NORMAL_USB, r.randint(0, 3))
        ssid = r.choice(SSIDS).format(r.randint(10, 999))
        ep = {"device": e["asset"] + "%05d" % r.randint(0, 99999), "system": e["laptop"], "procs": procs, "usb": usb,
              "display": r.sample(MONITORS, r.randint(0, 2)), "networks": [ssid], "gw": [self.mac()],
              "kbd": ["en-US"], "tz": s["geo"][3], "ports": [], "rsess": []}
        if s["nets"] and any(n[0][0] == "office" for n in s["nets"]):
            ep["networks"].append(e["ssid"])
            ep["gw"].append(e["gw"])
        if s["country"] != "US" and s["country"] in FOREIGN:
            ep["kbd"] = [FOREIGN[s["country"]][2]] + (["en-US"] if r.random() < 0.6 else [])
        s["ep"] = ep
        # the work laptop also signs in
        s["devices"].append((ep["device"], UAS[2] if mac else UAS[r.choice([0, 1])]))

    # ------------------------------------------------------------ honest look-alike groups
    def pool(self, kinds=None, exclude=None, cond=None):
        out = [s for s in self.honest if (kinds is None or s["kind"] in kinds) and (exclude is None or exclude not in s["labels"])
               and (cond is None or cond(s))]
        return out

    def draw(self, key, k, **kw):
        """Successive groups of one behaviour drawn without overlap from one shuffled pool."""
        d = self._draw.get(key)
        if d is None:
            d = self._draw[key] = self.pool(**kw)
            self.rng.shuffle(d)
        k = min(k, len(d))
        out = d[len(d) - k:]
        del d[len(d) - k:]
        return out

    def take(self, pool, k):
        k = min(k, len(pool))
        return self.rng.sample(pool, k)

    def add_net(self, s, net, w):
        s["nets"].append([net, w])

    def honest_groups(self):
        r = self.rng
        n = self.n
        # households: shared home, recovery contacts, joint account, family computer, shared home network
        cand = self.pool(cond=lambda s: s["country"] == "US")
        r.shuffle(cand)
        budget = int(n * 0.11)
        i = 0
        while budget > 0 and i < len(cand) - 6:
            size = r.choices([2, 3, 4, 5], [55, 25, 14, 6])[0]
            grp = cand[i:i + size]
            i += size
            budget -= size
            self.household(grp)
        # twins
        for _ in range(max(1, int(n * 0.0012))):
            grp = self.draw("g521", 2, exclude="household", cond=lambda s: s["country"] == "US")
            self.household(grp, twins=True)
        # bulk-created accounts (schools/employers' helpdesk as recovery contact)
        accts = self.pool(kinds=("account",), exclude="household")
        r.shuffle(accts)
        budget = int(n * 0.035)
        while budget > 0 and len(accts) > 10:
            size = min(len(accts), r.randint(8, 60))
            grp, accts = accts[:size], accts[size:]
            budget -= size
            self.bulk_org(grp)
        # university network + dorm
        for _ in range(max(1, int(n * 0.0008))):
            grp = self.draw("g534", r.randint(15, 60), kinds=("applicant", "account"), exclude="household")
            self.university(grp)
        # staffing agency / employer of record: pooled pay account, ship to agency office
        for _ in range(max(1, int(n * 0.0012))):
            grp = self.draw("g538", r.randint(6, 35), kinds=("contractor",), exclude="eor")
            self.eor(grp)
        # recruiting agency submissions
        for _ in range(max(1, int(n * 0.001))):
            grp = self.draw("g542", r.randint(5, 30), kinds=("applicant",), exclude="recruiter_submitted")
            self.recruiter_submissions(grp)
        # in-house recruiters of staffing firms: accounts at one old agency domain, one office network
        for _ in range(max(1, int(n * 0.0003))):
            grp = self.draw("agency_recruiters", r.randint(5, 20), kinds=("account",), exclude="bulk_created_helpdesk")
            self.agency_recruiters(grp)
        # payroll pool (pay-card / earned-wage provider), across employers
        for _ in range(max(1, int(n * 0.0002))):
            grp = self.take([s for s in self.pool(kinds=("employee",)) if s["pay"]], r.randint(30, 120))
            dest = f"021000089-{r.randint(10 ** 9, 10 ** 10 - 1)}"
            for s in grp:
                s["pay"]["dest"] = dest
                s["labels"].add("payroll_pool")
        # MSP / IT admins
        for s in self.take([s for s in self.pool(kinds=("employee", "contractor")) if s["ep"]], int(n * 0.005)):
            self.msp_admin(s)
        # personal remote desktop to the work laptop
        for s in self.take([s for s in self.pool(kinds=("employee", "contractor")) if s["ep"]], int(n * 0.012)):
            s["ep"]["procs"].append(r.choice(PERSONAL_REMOTE))
            s["labels"].add("personal_remote_desktop")
        # IT staff with a lab IP-KVM, Linux devs with a USB gadget
        for s in self.take([s for s in self.pool(kinds=("employee",)) if s["ep"]], max(1, int(n * 0.0008))):
            s["ep"]["usb"].append(r.choice(KVM_USB[:4]))
            s["ep"]["display"].append("PiKVM V3" if r.random() < 0.3 else "TinyPilot")
            s["labels"].add("it_lab_kvm")
        for s in self.take([s for s in self.pool(kinds=("employee", "contractor")) if s["ep"]], max(1, int(n * 0.003))):
            s["ep"]["system"] = r.choice(["Dell XPS 13 9310 (Ubuntu)", "System76 Lemur Pro", "Framework Laptop 13"])
            s["ep"]["usb"] += r.sample(LINUX_HUBS, 2)
            if r.random() < 0.3:
                s["ep"]["usb"].append(("Pi Zero Gadget", "1d6b", "0104"))
            s["labels"].add("linux_dev_usb")
        # coworking
        for _ in range(max(1, int(n * 0.0006))):
            city = self.us_city()
            cw = {"ips": [self.ip("199.116") for _ in range(2)], "addr": self.street_addr(city, unit_p=0), "gw": self.mac()}
            cw["addr"]["unit"] = "Suite 400"
            grp = self.draw("g574", r.randint(8, 30), kinds=("contractor", "applicant", "account"))
            for s in grp:
                self.add_net(s, ("coworking", r.choice(cw["ips"]), 14618, "Amazon.com, Inc." if r.random() < 0.3 else "Wework Companies Inc",
                                 (city[0], city[3], city[4], city[5], "US"), "false"), 5.0)
                s["labels"].add("coworking")
                if r.random() < 0.3:
                    s["address"] = self.fmt_addr(cw["addr"], r.randrange(3))
                    s["show"]["address"] = True
                    s["labels"].add("coworking_address")
                if s["ep"]:
                    s["ep"]["gw"].append(cw["gw"])
                    s["ep"]["networks"].append("WeWork")
        # public library computers
        for _ in range(max(1, int(n * 0.0004))):
            city = self.us_city()
            lib_ip = self.ip("161.97")
            kiosks = [(f"LIB-PC-{r.randint(1, 40):02d}", UAS[0]) for _ in range(r.randint(2, 6))]
            for s in self.draw("g591", r.randint(8, 40), kinds=("applicant", "account")):
                self.add_net(s, ("library", lib_ip, 7029, "Windstream Communications LLC", (city[0], city[3], city[4], city[5], "US"), "false"), 4.0)
                s["devices"].append(r.choice(kiosks))
                s["labels"].add("public_computer")
                if s["kind"] == "account" and r.random() < 0.4:
                    s["signup_ip"] = lib_ip
        # consumer VPN
        for s in self.take(self.pool(), int(n * 0.04)):
            v = r.choice(VPNS)
            geo = r.choice(US_CITIES)
            self.add_net(s, ("vpn", v[3], v[1], v[2], (geo[0], geo[3], geo[4], geo[5], "US"), "true"), r.choice([2.0, 6.0, 20.0]))
            s["labels"].add("consumer_vpn")
            if s["kind"] == "account" and r.random() < 0.3:
                s["signup_ip"] = self.ip(v[3])
        # travellers
        for s in self.take(self.pool(), int(n * 0.02)):
            for c in r.sample(list(FOREIGN), r.randint(1, 3)):
                city = r.choice(FOREIGN[c][1])
                isp = r.choice(FOREIGN[c][3])
                self.add_net(s, ("travel", self.ip(r.choice(isp[2])), isp[0], isp[1], (city[0], city[1], city[2], city[3], c), "false"), 1.0)
            s["labels"].add("traveller")
        # night shift workers (and a hospital night team with shared clinical workstations)
        for s in self.take(self.pool(), int(n * 0.02)):
            s["night"] = True
            s["labels"].add("night_shift")
        hosp = [e for e in self.employers if e["hospital"]] or self.employers[:1]
        for e in hosp[:3]:
            staff = [s for s in self.pool(kinds=("employee",)) if s["employer"] is e][:r.randint(10, 40)]
            ws = [(f"CLIN-WS-{r.randint(100, 999)}", UAS[1]) for _ in range(max(2, len(staff) // 4))]
            for s in staff:
                s["night"] = True
                s["devices"] += r.sample(ws, min(2, len(ws)))
                self.add_net(s, ("office", r.choice(e["office_ips"]), e["office_asn"][0], e["office_asn"][1],
                                 (e["city"][0], e["city"][3], e["city"][4], e["city"][5], "US"), "false"), 10.0)
                s["labels"] |= {"hospital_night_shift", "shared_workstation"}
        # call centre (BPO in Manila serving US clients; US-hours = Manila night)
        for _ in range(max(1, int(n * 0.00015))):
            grp = self.draw("g628", r.randint(15, 50), kinds=("contractor", "employee"), exclude="household", cond=lambda s: s["country"] in ("PH", "US"))
            ip = self.ip("122.55")
            desks = [(f"BPO-DESK-{k:03d}", UAS[0]) for k in range(max(2, len(grp) // 3))]
            rp = self.foreign_phone("PH")
            for s in grp:
                self.add_net(s, ("office", ip, 9299, "Philippine Long Distance Telephone Company", ("Manila", 14.6, 120.98, "Asia/Manila", "PH"), "false"), 12.0)
                s["devices"].append(r.choice(desks))
                s["night"] = True
                s["labels"] |= {"call_centre", "shared_workstation"}
                if r.random() < 0.4:
                    s["recovery_phone"] = rp
        # immigrants with two-country lives
        for s in self.take(self.pool(cond=lambda s: s["country"] == "US"), int(n * 0.03)):
            self.two_country(s)
        # heritage keyboards on US work laptops
        for s in self.take([s for s in self.pool(cond=lambda s: s["country"] == "US") if s["ep"]], int(n * 0.008)):
            s["ep"]["kbd"].append(r.choices(["ko-KR", "zh-CN", "zh-TW", "ru-RU", "uk-UA", "vi-VN", "ja-JP", "es-MX", "hi-IN"], [25, 15, 8, 10, 8, 10, 8, 10, 6])[0])
            s["labels"].add("heritage_keyboard")
        # gig drivers sharing a fleet device
        for _ in range(max(1, int(n * 0.0004))):
            grp = self.draw("g648", r.randint(4, 12), kinds=("account",))
            dev = (self.uuid(), UAS[7])
            owner = self.us_phone()
            for s in grp:
                s["devices"].append(dev)
                s["recovery_phone"] = owner if r.random() < 0.6 else s["recovery_phone"]
                s["labels"].add("gig_fleet_device")
        # church / community group sharing a payout wallet
        for _ in range(max(1, int(n * 0.00015))):
            grp = self.draw("g657", r.randint(4, 15), kinds=("account", "contractor"))
            w = f"stmarks-outreach-{r.randint(10, 99)}@wallet"
            rec = f"office@stmarks{r.randint(10, 99)}.org"
            for s in grp:
                s["pay"] = {"method": "wallet", "dest": w, "n": r.randint(1, 4), "cur": "USD", "amt": (20, 300)}
                if s["kind"] == "account" and r.random() < 0.5:
                    s["recovery_email"] = rec
                s["labels"].add("community_group_payout")
        # family business
        for _ in range(max(1, int(n * 0.0001))):
            grp = self.draw("g667", r.randint(3, 6), kinds=("contractor",), exclude="household", cond=lambda s: s["country"] == "US")
            if len(grp) < 2:
                continue
            self.household(grp)
            acct = f"{r.randint(10 ** 8, 10 ** 9 - 1)}-{r.randint(10 ** 9, 10 ** 10 - 1)}"
            comp = self.uuid()
            for s in grp:
                s["pay"] = {"method": "bank", "dest": acct, "n": r.randint(2, 6), "cur": "USD", "amt": (1000, 5000)}
                s["devices"].append((comp, UAS[0]))
                s["labels"].add("family_business")
        # co-founders of a fresh startup
        for _ in range(max(1, int(n * 0.0001))):
            grp = self.draw("g679", r.randint(2, 4), kinds=("contractor", "employee"))
            self.cofounders(grp)
        # mail forwarding addresses (full-time RVers, expats)
        for _ in range(max(1, int(n * 0.0002))):
            city = [c for c in US_CITIES if c[0] in ("Livingston", "Sioux Falls")][r.randrange(2)]
            base = ("101 Rainbow Dr", "77399") if city[0] == "Livingston" else ("5400 S Western Ave", "57108")
            for s in self.draw("g685", r.randint(6, 25), cond=lambda s: s["country"] == "US"):
                s["address"] = f"{base[0]} #{r.randint(1000, 99999)}, {city[0]}, {city[1]} {base[1]}"
                s["show"]["address"] = True
                s["ship"] = [s["address"] for _ in s["ship"]]
                s["labels"].add("mail_forwarding")
        # large apartment buildings
        for _ in range(max(1, int(n * 0.0005))):
            a = self.street_addr(unit_p=0)
            for s in self.draw("g693", r.randint(5, 20), exclude="household", cond=lambda s: s["country"] == "US"):
                b = dict(a)
                b["unit"] = ("Apt " + str(r.randint(100, 1200))) if r.random() < 0.85 else None
                s["address"] = self.fmt_addr(b, r.choice([0, 0, 2, 4]))
                s["show"]["address"] = True
                s["labels"].add("apartment_building")
        # repeat applicants, movers, name changes, people with several accounts
        self.repeats()
        # default avatars and bootcamp/template resumes are decided in assign_media
        # thin honest files: new accounts with almost nothing
        for s in self.take(self.pool(kinds=("account", "applicant")), int(n * 0.02)):
            s["login_n"] = min(s["login_n"], r.randint(0, 2))
            s["profiles"] = []
            s["show"]["photo"] = False
            s["labels"].add("thin_file")

    def household(self, grp, twins=False):
        r = self.rng
        if len(grp) < 2:
            return
        head = grp[0]
        if head["addr"] is None:
            return
        last = head["last"]
        home = head["home_net"]
        fam_pc = (self.uuid(), UAS[0]) if r.random() < 0.35 else None
        gw = self.mac()
        ssid = r.choice(SSIDS).format(r.randint(10, 999)) if r.random() < 0.7 else f"{last}-Family-5G"
        joint = f"{r.randint(10 ** 8, 10 ** 9 - 1)}-{r.randint(10 ** 7, 10 ** 10 - 1)}"
        bd = head["birth_date"]
        for j, s in enumerate(grp):
            s["labels"].add("household" if not twins else "twins")
            s["labels"].add("shared_home")
            if j and r.random() < 0.8:
                s["last"] = last
            if twins:
                s["birth_date"] = bd
                s["first"] = r.choice(FIRST)
                s["last"] = last
            if j:
                s["addr"] = head["addr"]
                s["address"] = self.fmt_addr(head["addr"], r.choices([0, 1, 2, 3, 4], [55, 10, 15, 10, 10])[0])
                s["geo"] = head["geo"]
                s["country"] = "US"
                s["nets"] = [[home, 6.0]] + [x for x in s["nets"] if x[0][0] not in ("home",)]
                s["home_net"] = home
                s["ship"] = [s["address"] if x != s["employer"]["office_addr"] else x for x in s["ship"]] if s["employer"] else s["ship"]
                if s["ep"]:
                    s["ep"]["tz"] = head["geo"][3]
            if s["ep"]:
                s["ep"]["gw"][0] = gw
                s["ep"]["networks"][0] = ssid
            if fam_pc:
                s["devices"].append(fam_pc)
                s["labels"].add("shared_computer")
            # a recovery contact that is another member's phone or email (parents for kids, spouses)
            if j and r.random() < 0.6:
                if s["kind"] == "account" or r.random() < 0.3:
                    if r.random() < 0.6:
                        s["recovery_phone"] = head["phone"]
                    else:
                        s["recovery_email"] = head["email"]
                    s["labels"].add("family_recovery")
            if j == 1 and not twins and s["pay"] and head["pay"] and r.random() < 0.5:
                s["pay"]["dest"] = head["pay"]["dest"] = joint
                s["pay"]["method"] = head["pay"]["method"] = "bank"
                s["labels"].add("joint_account")
                head["labels"].add("joint_account")
            if j and r.random() < 0.25:
                s["phone"] = head["phone"]      # a shared landline
                s["labels"].add("shared_phone")
            s["show"]["address"] = True if r.random() < 0.9 else s["show"]["address"]

    def bulk_org(self, grp):
        r = self.rng
        school = r.random() < 0.5
        org = (r.choice(["Lincoln", "Riverside", "Oak Valley", "Jefferson", "Westfield"]) + (" School District" if school else " Staffing")) \
            if r.random() < 0.6 else r.choice(self.employers)["name"]
        dom = org.lower().replace(" ", "")[:18] + (".k12.us" if school else ".com")
        help_e = r.choice(["helpdesk", "itsupport", "accounts", "techservices"]) + "@" + dom
        help_p = self.us_phone()
        admin_ip = self.ip("64.124")
        t = self.t_between(T0, T_END - dt.timedelta(days=60))
        city = self.us_city()
        for s in grp:
            s["email"] = f"{s['first'].lower()}.{s['last'].lower()}{r.choice(['', '', str(r.randint(1, 9))])}@{dom}".replace(" ", "")
            s["recovery_email"] = help_e if r.random() < 0.85 else s["recovery_email"]
            s["recovery_phone"] = help_p if r.random() < 0.5 else ""
            s["signup_ip"] = admin_ip
            s["created_at"] = t + dt.timedelta(seconds=r.randint(0, 3600))
            self.add_net(s, ("office", admin_ip, 6461, "Zayo Bell", (city[0], city[3], city[4], city[5], "US"), "false"), 4.0)
            s["labels"].add("bulk_created_helpdesk")
            if school:
                s["labels"].add("school_accounts")

    def university(self, grp):
        r = self.rng
        u = r.choice([("umich.edu", "141.211", 36375, "University of Michigan", "Ann Arbor"), ("utexas.edu", "128.62", 18, "University of Texas at Austin", "Austin"),
                      ("asu.edu", "149.169", 10, "Arizona State University", "Phoenix"), ("uw.edu", "128.95", 73, "University of Washington", "Seattle")])
        city = [c for c in US_CITIES if c[0] == u[4]][0]
        ips = [self.ip(u[1]) for _ in range(3)]
        dorm = self.street_addr(city, unit_p=0)
        for s in grp:
            s["email"] = f"{s['first'][0].lower()}{s['last'].lower()}{r.randint(1, 99)}@{u[0]}"
            self.add_net(s, ("university", r.choice(ips), u[2], u[3], (city[0], city[3], city[4], city[5], "US"), "false"), 10.0)
            s["labels"].add("university_network")
            if r.random() < 0.4:
                d = dict(dorm)
                d["unit"] = f"Room {r.randint(100, 450)}"
                s["address"] = self.fmt_addr(d, r.choice([0, 0, 3]))
                s["show"]["address"] = True
                s["labels"].add("dormitory")

    def eor(self, grp):
        r = self.rng
        name = r.choice(["Deel", "Remote People", "Oyster Staffing", "Velocity Global", "Atlas EOR", "Talentry Staffing", "BluePeak Contractors"]) + f" {r.randint(2, 99)}"
        pool_acct = f"{r.randint(10 ** 8, 10 ** 9 - 1)}-{r.randint(10 ** 9, 10 ** 10 - 1)}"
        oa = self.street_addr(unit_p=0)
        oa["unit"] = f"Suite {r.randint(1, 20) * 100}"
        office = self.fmt_addr(oa)
        for s in grp:
            s["labels"].add("eor")
            s["labels"].add("staffing_agency")
            if r.random() < 0.7:
                s["pay"] = {"method": "bank", "dest": pool_acct, "n": r.randint(2, 6), "cur": "USD", "amt": (1500, 6000)}
                s["labels"].add("agency_pooled_pay")
            if r.random() < 0.6:
                s["ship"] = [self.fmt_addr(oa, r.choice([0, 0, 2, 3]))]
                s["labels"].add("ship_to_agency")
            if r.random() < 0.3:
                s["employer_name"] = name + " (client: " + s["employer"]["name"] + ")" if r.random() < 0.3 else s["employer_name"]
        self.domains.append([name.split()[0].lower() + "staffing.com", name, iso(T0 - dt.timedelta(days=r.randint(400, 4000))), "", self.ip("52"), "ns1.cloudflare.com;ns2.cloudflare.com"])
        _ = office

    def recruiter_submissions(self, grp):
        r = self.rng
        agency = r.choice(["Hire Bridge Talent", "Crescent Recruiting", "TechSource Partners", "Pinnacle IT Search"])
        desk = self.us_phone()
        ip = self.ip("207.38")
        header = f"Candidate presented by {agency} -- confidential profile. Contact {agency} for interview scheduling.\n"
        for s in grp:
            s["labels"].add("recruiter_submitted")
            s["signup_ip"] = ip
            if r.random() < 0.6:
                s["phone"] = desk
                s["labels"].add("recruiter_contact")
            s["resume_header"] = header

    def agency_recruiters(self, grp):
        r = self.rng
        name = r.choice(["Insight Global", "Robert Half", "TEKsystems", "Kforce", "Randstad", "Apex Systems"]) + " " + r.choice(["Central", "West", "East", "Partners"])
        dom = name.lower().replace(" ", "") + ".com"
        self.domains.append([dom, name, iso(T0 - dt.timedelta(days=r.randint(2000, 8000))), f"domains@{dom}", self.ip("199.59"), "ns1.p16.dynect.net;ns2.p16.dynect.net"])
        city = self.us_city()
        ip = self.ip("12.157")
        for s in grp:
            s["email"] = f"{s['first'][0].lower()}{s['last'].lower()}@{dom}"
            s["employer_name"] = name
            s["signup_ip"] = ip if r.random() < 0.7 else s["signup_ip"]
            s["recovery_email"] = f"it-support@{dom}" if r.random() < 0.5 else s["recovery_email"]
            s["profiles"] = [f"https://www.linkedin.com/in/{s['first'].lower()}-{s['last'].lower()}-recruiter"]
            self.add_net(s, ("office", ip, 7018, "AT&T Services, Inc.", (city[0], city[3], city[4], city[5], "US"), "false"), 10.0)
            s["labels"].add("agency_recruiter")

    def msp_admin(self, s):
        r = self.rng
        tools = r.sample([p for t in MANAGED_RMM for p in t[1]] + ["AnyDesk.exe", "mstsc.exe", "putty.exe", "WinSCP.exe", "RoyalTS.exe"], r.randint(2, 6))
        s["ep"]["procs"] += tools
        s["ep"]["ports"] += ["3389/tcp"] + (["5900/tcp"] if r.random() < 0.2 else []) + (["22/tcp"] if r.random() < 0.5 else [])
        jump = self.ip("64.124")
        s["ep"]["rsess"] += [jump] + [self.ip("10." + str(r.randint(0, 255))) for _ in range(r.randint(0, 3))]
        for _ in range(r.randint(2, 6)):
            isp = r.choice(BUSINESS_ISPS)
            c = self.us_city()
            self.add_net(s, ("client_site", self.ip(r.choice(["38", "63", "65", "208"])), isp[0], isp[1], (c[0], c[3], c[4], c[5], "US"), "false"), 1.0)
        s["labels"].add("msp_it_admin")

    def two_country(self, s):
        r = self.rng
        c = r.choice(["IN", "PH", "MX", "NG", "CN", "KR", "VN", "UA", "PK", "BR", "PL"])
        city = r.choice(FOREIGN[c][1])
        isp = r.choice(FOREIGN[c][3])
        self.add_net(s, ("homeland", self.ip(r.choice(isp[2])), isp[0], isp[1], (city[0], city[1], city[2], city[3], c), "false"), r.choice([1.0, 3.0]))
        if r.random() < 0.4:
            s["recovery_phone"] = self.foreign_phone(c)
        if s["pay"] and r.random() < 0.3 and s["kind"] != "employee":
            s["pay"]["method"] = "wallet"
            s["labels"].add("remittance_wallet")
        if s["ep"] and r.random() < 0.6:
            s["ep"]["kbd"].append(FOREIGN[c][2])
        s["labels"].add("two_country_life")

    def cofounders(self, grp):
        r = self.rng
        if not grp:
            return
        name = r.choice(["Lattice", "Sprout", "Orbit", "Kite", "Fable"]) + r.choice(["ly", " AI", "works", " Labs"])
        dom = name.lower().replace(" ", "") + ".io"
        t = T_END - dt.timedelta(days=r.randint(30, 300))
        self.domains.append([dom, name, iso(t - dt.timedelta(days=r.randint(5, 40))), f"founders@{dom}", self.ip("76.76"), "ns1.vercel-dns.com;ns2.vercel-dns.com"])
        ip = self.ip("73")
        oa = self.street_addr(unit_p=1.0)
        for s in grp:
            s["email"] = f"{s['first'].lower()}@{dom}"
            s["employer_name"] = name
            s["created_at"] = t + dt.timedelta(days=r.randint(0, 3))
            self.add_net(s, ("office", ip, 7922, "Comcast Cable Communications, LLC", s["geo"], "false"), 8.0)
            s["ship"] = [self.fmt_addr(oa)]
            s["profiles"].append(f"https://{dom}/team")
            s["labels"].add("cofounders")

    def repeats(self):
        r = self.rng
        n = self.n
        # repeat applicants (same person, same contacts; different employers or the same twice)
        for s in self.take(self.pool(kinds=("applicant",)), int(n * 0.03)):
            for _ in range(r.choices([1, 2, 3], [70, 22, 8])[0]):
                c = self.clone_person(s, "applicant")
                c["labels"] = {"repeat_applicant"}
                s["labels"].add("repeat_applicant")
                if r.random() < 0.25:       # moved in between
                    a = self.street_addr()
                    c["addr"] = a
                    c["address"] = self.fmt_addr(a)
                    c["labels"].add("moved")
                    s["labels"].add("moved")
                if r.random() < 0.3:
                    c["email"] = self.personal_email(c["first"], c["last"])
                    c["labels"].add("new_email")
        # name change after marriage: employee later re-applies or is re-hired under the new name
        for s in self.take(self.pool(kinds=("employee", "applicant")), int(n * 0.004)):
            c = self.clone_person(s, r.choice(["applicant", "employee"]))
            c["last"] = r.choice(LAST)
            c["email"] = self.personal_email(c["first"], c["last"])
            c["labels"] = {"name_change"}
            s["labels"].add("name_change")
        # several accounts of one person
        for s in self.take(self.pool(kinds=("account",)), int(n * 0.012)):
            for _ in range(r.randint(1, 2)):
                c = self.clone_person(s, "account")
                c["email"] = self.personal_email(c["first"], c["last"])
                c["recovery_email"] = s["email"] if r.random() < 0.5 else s["recovery_email"]
                c["recovery_phone"] = s["phone"] if r.random() < 0.7 else ""
                c["labels"] = {"multiple_accounts"}
                s["labels"].add("multiple_accounts")

    def clone_person(self, s, kind):
        r = self.rng
        c = dict(s)
        c["kind"] = kind
        c["labels"] = set()
        c["tactics"] = set()
        c["nets"] = [list(x) for x in s["nets"]]
        c["devices"] = list(s["devices"][:2])
        c["ep"] = None
        c["ship"] = []
        c["pay"] = None
        c["profiles"] = list(s["profiles"])
        c["show"] = dict(s["show"])
        c["created_at"] = self.t_between(s["created_at"], T_END)
        c["same_person_as"] = s
        if kind != "account":
            c["employer"] = self.pick_employer()
            c["employer_name"] = c["employer"]["name"]
            if kind == "employee":
                c["login_n"] = r.randint(8, 30)
                c["pay"] = {"method": "bank", "dest": None, "n": r.randint(2, 6), "cur": "USD", "amt": (1400, 6000)}
            else:
                c["login_n"] = r.randint(0, 3)
        self.S.append(c)
        self.honest.append(c)
        return c

    # ------------------------------------------------------------ fraud
    def build_fraud(self, n_fraud: int):
        r = self.rng
        self.rings = []
        left = n_fraud
        rid = 0
        plan = []
        # ring sizes: a few big farms, mid operator cells, many small rings, lone personas
        while left > 0:
            style = r.choices(["farm", "cell", "small", "reapply", "recruiter", "single", "lone"], [14, 14, 16, 7, 4, 12, 50])[0]
            size = {"farm": r.randint(8, 40), "cell": r.randint(4, 12), "small": r.randint(2, 3), "reapply": r.randint(3, 9),
                    "recruiter": r.randint(2, 5), "single": r.randint(2, 5), "lone": 1}[style]
            size = min(size, left)
            if size == 1 and style != "lone":
                style = "lone"
            plan.append((style, size))
            left -= size
        for style, size in plan:
            rid += 1
            ring = f"R{rid:03d}" if style != "lone" else ""
            getattr(self, "ring_" + style)(ring, size)

    def persona(self, ring: str, kind: str, op: dict) -> dict:
        """A fake or stolen-identity persona driven by an operator."""
        r = self.rng
        country = "US" if r.random() < 0.78 else r.choice(["CA", "GB", "PL", "UA", "VN", "RO"])
        s = self.new_subject(kind, country=country, employer=self.pick_employer() if kind != "account" else None)
        self.setup_kind(s)
        s["fraud"] = 1
        s["ring"] = ring
        s["labels"] = set()
        s["nets"] = []   # the persona has no real home network: the operator's network replaces it
        # throwaway webmail created near the application
        if r.random() < 0.65:
            f, ln = s["first"].lower(), s["last"].lower()
            s["email"] = r.choice([f"{f}.{ln}{r.randint(1, 999)}", f"{f}{ln}.dev", f"{ln}{f[0]}{r.randint(80, 99)}", f"{f}.{ln}.{r.choice(['dev', 'eng', 'tech', 'it'])}{r.randint(1, 99)}"]) \
                + "@" + r.choice(["outlook.com", "hotmail.com", "outlook.com", "gmail.com", "proton.me"])
            s["tactics"].add("throwaway_email")
        # created in bursts
        s["created_at"] = op["t"] + dt.timedelta(days=r.uniform(0, op["burst_days"]))
        if s.get("start"):
            s["start"] = s["created_at"]
        s["login_n"] = max(s["login_n"], 2) if kind != "applicant" else s["login_n"]
        s["devices"] = [(s["ep"]["device"], UAS[0])] if s["ep"] else []
        # invented identity: no shown national id / birth date (synthetic), or a stolen one later
        if r.random() < 0.5:
            s["show"]["birth_date"] = r.random() < 0.3
            s["show"]["national_id"] = False
        if r.random() < 0.45:
            s["profiles"] = [f"https://www.linkedin.com/in/{s['first'].lower()}-{s['last'].lower()}-{self.uid(6)}"]
            if r.random() < 0.6:
                s["profiles"].append(f"https://github.com/{s['first'].lower()}{r.choice(['dev', 'codes', 'x', '0x'])}{r.randint(1, 99)}")
        return s

    def operator(self, ring_style: str) -> dict:
        r = self.rng
        op = {"t": self.t_between(T0, T_END - dt.timedelta(days=120)), "burst_days": r.choice([3, 14, 45, 120, 300])}
        a = r.choice(ASTRILL)
        op["vpn"] = [("vpn", self.ip(a[2]), a[0], a[1], (c[0], c[3], c[4], c[5], "US"), r.choice(["true", "true", "false", ""]))
                     for c in r.sample(US_CITIES, r.randint(1, 3))]
        op["devices"] = [(self.uuid(), r.choice(UAS[:6])) for _ in range(r.randint(1, 3))]
        op["recovery_phones"] = [self.us_phone(fmt=r.randrange(5)) for _ in range(r.randint(1, 3))]
        op["recovery_emails"] = [f"{r.choice(FIRST).lower()}{r.randint(100, 9999)}@{r.choice(['outlook.com', 'hotmail.com', 'gmail.com'])}" for _ in range(r.randint(1, 2))]
        op["wallets"] = [self.wallet() for _ in range(r.randint(1, 3))]
        op["resume"] = self.resume_body(fraud=True)
        op["photos"] = [("base", self.uid(8)) for _ in range(r.randint(1, 3))]
        op["leak"] = r.choice(LEAKS) if r.random() < 0.35 else None
        op["kbd"] = r.random() < 0.25
        op["night"] = r.random() < 0.3
        return op

    def wallet(self):
        r = self.rng
        k = r.choices(["payoneer", "wise", "usdt", "eth", "bank"], [30, 20, 20, 10, 20])[0]
        if k == "payoneer":
            return ("wallet", f"payoneer:{r.choice(FIRST).lower()}.{r.choice(LAST).lower()}{r.randint(1, 99)}@outlook.com")
        if k == "wise":
            return ("wallet", f"wise:P{r.randint(10 ** 7, 10 ** 8 - 1)}")
        if k == "usdt":
            return ("crypto", "T" + "".join(r.choice("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz") for _ in range(33)))
        if k == "eth":
            return ("crypto", "0x" + self.uid(40))
        return ("bank", f"{r.randint(10 ** 8, 10 ** 9 - 1)}-{r.randint(10 ** 9, 10 ** 10 - 1)}")

    def apply_op(self, s, op, p_dev=0.5, p_rec=0.6, p_pay=0.6, p_res=0.5, p_photo=0.5, p_vpn=0.9):
        """Give a persona a random subset of its operator's shared things."""
        r = self.rng
        if r.random() < p_vpn:
            s["nets"].append([r.choice(op["vpn"]), 8.0])
            s["tactics"].add("vpn")
        else:
            m = r.choice(MOBILE)
            s["nets"].append([("mobile", m[2], m[0], m[1], s["geo"], "false"), 3.0])
        if op["leak"] and r.random() < 0.5:
            lk = op["leak"]
            s["nets"].append([("leak", op.setdefault("leak_ip", self.ip(lk[2])) if r.random() < 0.6 else self.ip(lk[2]), lk[0], lk[1], (lk[4], lk[5], lk[6], "Asia/Shanghai", lk[3]), ""), 0.4])
            s["tactics"].add("leak_ip")
        if r.random() < p_dev:
            s["devices"].append(r.choice(op["devices"]))
            s["tactics"].add("shared_device")
        else:
            s["devices"].append((self.uuid(), r.choice(UAS[:6])))
        if s["kind"] == "account" or r.random() < 0.25:
            s["signup_ip"] = s["nets"][0][0][1] if s["nets"][0][0][0] != "mobile" else ""
            if s["signup_ip"] and s["nets"][0][0][0] == "vpn":
                s["tactics"].add("shared_signup_ip")
        if s["kind"] == "account" and r.random() < p_rec:
            if r.random() < 0.6:
                s["recovery_phone"] = r.choice(op["recovery_phones"])
            else:
                s["recovery_email"] = r.choice(op["recovery_emails"])
            s["tactics"].add("shared_recovery")
        elif s["kind"] != "account" and r.random() < p_rec * 0.4:
            s["phone"] = r.choice(op["recovery_phones"])     # one VOIP number on several applications
            s["tactics"].add("shared_phone")
        if s["pay"] and r.random() < p_pay:
            m, d = r.choice(op["wallets"])
            s["pay"]["method"], s["pay"]["dest"] = m, d
            s["tactics"].add("shared_payout")
            if m == "crypto":
                s["tactics"].add("crypto_payout")
        if r.random() < p_res:
            s["resume_spec"] = ("clone", op["resume"])
            s["show"]["resume"] = True
            s["tactics"].add("cloned_resume")
        if r.random() < p_photo:
            s["photo_spec"] = ("edit", r.choice(op["photos"])[1], self.uid(6))
            s["show"]["photo"] = True
            s["tactics"].add("edited_photo")
        if op["night"]:
            s["night"] = True
        if op["kbd"] and s["ep"]:
            s["ep"]["kbd"].append("ko-KR")
            s["tactics"].add("foreign_keyboard")
            if r.random() < 0.5:
                s["ep"]["tz"] = r.choice(["Asia/Shanghai", "Asia/Vladivostok", "Asia/Seoul"])
                s["tactics"].add("tz_mismatch")

    def steal_identity(self, s):
        """Reuse the identity of a real, honest, established person (present in the bundle or not)."""
        r = self.rng
        victims = self._victims
        if victims and r.random() < 0.6:
            v = victims.pop()
            v["labels"].add("identity_theft_victim")
            s["first"], s["last"], s["birth_date"], s["national_id"] = v["first"], v["last"], v["birth_date"], v["national_id"]
            s["show"]["national_id"] = True
            s["show"]["birth_date"] = True
            s["tactics"].add("stolen_identity")
            if r.random() < 0.3 and v["show"].get("address"):
                s["address"] = v["address"]      # the victim's real address on the application
        else:
            s["show"]["national_id"] = True
            s["show"]["birth_date"] = True
            s["tactics"].add("stolen_identity_offbundle")

    def ring_farm(self, ring, size):
        """A US facilitator's laptop farm: company laptops shipped to one house, driven via IP-KVM/RMM."""
        r = self.rng
        op = self.operator("farm")
        city = self.us_city()
        fa = self.street_addr(city, unit_p=0.4)
        isp = r.choice(US_ISPS)
        farm_ip = self.ip(r.choice(isp[2]))
        farm_net = ("farm", farm_ip, isp[0], isp[1], (city[0], city[3], city[4], city[5], "US"), "false")
        gw = self.mac()
        ssid = r.choice(SSIDS).format(r.randint(10, 999))
        kvm = r.choice(KVM_USB)
        fac_accounts = [("bank", f"{r.randint(10 ** 8, 10 ** 9 - 1)}-{r.randint(10 ** 9, 10 ** 10 - 1)}") for _ in range(r.randint(1, 3))]
        op["wallets"] = fac_accounts + op["wallets"][:1]
        for _ in range(size):
            s = self.persona(ring, r.choice(["employee", "employee", "contractor"]), op)
            s["tactics"] |= {"laptop_farm", "split_employers"}
            self.apply_op(s, op, p_dev=0.3, p_rec=0.3, p_pay=0.7, p_res=0.4, p_photo=0.3, p_vpn=0.6)
            if r.random() < 0.4:
                self.steal_identity(s)
            # shipments go to the facilitator, written in varying ways
            s["ship"] = [self.fmt_addr(fa, r.choices([0, 1, 2, 3, 4], [40, 15, 20, 10, 15])[0])]
            s["tactics"].add("farm_shipping")
            if not s["ep"] and r.random() < 0.75:
                self.make_endpoint(s)
            if s["ep"]:
                ep = s["ep"]
                ep["gw"][0] = gw
                ep["networks"][0] = ssid
                ep["tz"] = city[5] if r.random() < 0.8 else ep["tz"]
                if r.random() < 0.75:
                    ep["usb"].append(kvm if r.random() < 0.85 else r.choice(KVM_USB))
                    if r.random() < 0.3:
                        ep["display"].append("PiKVM V3" if "PiKVM" in kvm[0] else r.choice(["TinyPilot", "JetKVM", "HDMI"]))
                    s["tactics"].add("ip_kvm")
                if r.random() < 0.7:
                    ep["procs"] += r.sample(FARM_RMM, r.randint(1, 3))
                    s["tactics"].add("rmm_tools")
                    if r.random() < 0.5:
                        ep["ports"].append(r.choice(["3389/tcp", "5900/tcp", "7070/tcp"]))
                        ep["rsess"].append(op["vpn"][0][1])
            s["nets"].append([farm_net, 10.0])
            s["tactics"].add("farm_login_ip")
            # claimed home: anywhere in the US (often not the farm's state)
            if r.random() < 0.15:
                s["address"] = self.fmt_addr(fa, r.randrange(5))
                s["show"]["address"] = True

    def ring_cell(self, ring, size):
        """An operator cell: several personas across employers/platforms sharing a subset of things."""
        r = self.rng
        op = self.operator("cell")
        for _ in range(size):
            s = self.persona(ring, r.choice(["applicant", "applicant", "contractor", "account", "employee"]), op)
            self.apply_op(s, op)
            s["tactics"].add("split_employers")
            if r.random() < 0.25:
                self.steal_identity(s)
            if r.random() < 0.15 and s["kind"] == "account":
                s["recovery_email"] = op["recovery_emails"][0]
                s["tactics"].add("recovery_chain")
            if r.random() < 0.2 and len(s["profiles"]) and r.random() < 0.5:
                s["profiles"].append(op.setdefault("portfolio", f"https://{r.choice(['dev', 'tech', 'code'])}{r.choice(LAST).lower()}.vercel.app"))
                s["tactics"].add("shared_profile")

    def ring_small(self, ring, size):
        r = self.rng
        op = self.operator("small")
        for _ in range(size):
            s = self.persona(ring, r.choice(["applicant", "contractor", "account", "employee"]), op)
            self.apply_op(s, op, p_dev=0.4, p_rec=0.5, p_pay=0.5, p_res=0.35, p_photo=0.35, p_vpn=0.7)
            if r.random() < 0.2:
                self.steal_identity(s)

    def ring_single(self, ring, size):
        """Rings whose members share exactly one kind of thing."""
        r = self.rng
        op = self.operator("single")
        what = r.choice(["payout", "recovery", "resume", "photo", "device", "signup_ip", "phone"])
        kinds = {"payout": ["contractor", "employee"], "recovery": ["account"], "signup_ip": ["account"]}.get(what, ["applicant", "contractor", "account"])
        for _ in range(size):
            s = self.persona(ring, r.choice(kinds), op)
            s["tactics"].add("single_link")
            m = r.choice(MOBILE)
            s["nets"].append([("mobile", m[2], m[0], m[1], s["geo"], "false"), 3.0])
            s["nets"].append([self.res_net(s["geo"]), 3.0])
            s["devices"].append((self.uuid(), r.choice(UAS[:6])))
            if what == "payout":
                m_, d = op["wallets"][0]
                s["pay"]["method"], s["pay"]["dest"] = m_, d
                s["tactics"].add("shared_payout")
            elif what == "recovery":
                s["recovery_phone"] = op["recovery_phones"][0]
                s["tactics"].add("shared_recovery")
            elif what == "resume":
                s["resume_spec"] = ("clone", op["resume"])
                s["show"]["resume"] = True
                s["tactics"].add("cloned_resume")
            elif what == "photo":
                s["photo_spec"] = ("edit", op["photos"][0][1], self.uid(6))
                s["show"]["photo"] = True
                s["tactics"].add("edited_photo")
            elif what == "device":
                s["devices"] = [op["devices"][0]]
                s["tactics"].add("shared_device")
            elif what == "signup_ip":
                s["signup_ip"] = op["vpn"][0][1]
                s["tactics"].add("shared_signup_ip")
            elif what == "phone":
                s["phone"] = op["recovery_phones"][0]
                s["show"]["phone"] = True
                s["tactics"].add("shared_phone")

    def ring_reapply(self, ring, size):
        """One persona re-applying many times with small variations of name and contact."""
        r = self.rng
        op = self.operator("reapply")
        f, ln = self.name()
        phone = op["recovery_phones"][0]
        for j in range(size):
            s = self.persona(ring, "applicant", op)
            s["first"] = f if r.random() < 0.6 else r.choice(FIRST)
            s["last"] = ln if r.random() < 0.5 else r.choice(LAST)
            if r.random() < 0.6:
                s["phone"] = phone
                s["tactics"].add("shared_phone")
            s["resume_spec"] = ("clone", op["resume"])
            s["show"]["resume"] = True
            s["tactics"] |= {"cloned_resume", "reapply_variants"}
            if r.random() < 0.6:
                s["photo_spec"] = ("edit", op["photos"][0][1], self.uid(6))
                s["show"]["photo"] = True
                s["tactics"].add("edited_photo")
            s["nets"].append([r.choice(op["vpn"]), 6.0])
            s["tactics"].add("vpn")
            s["devices"].append(op["devices"][0] if r.random() < 0.5 else (self.uuid(), UAS[0]))
            if r.random() < 0.5:
                s["signup_ip"] = op["vpn"][0][1]

    def ring_recruiter(self, ring, size):
        """Fake recruiters (Contagious Interview / Dream Job): accounts at freshly registered look-alike companies."""
        r = self.rng
        op = self.operator("recruiter")
        reg = f"{r.choice(FIRST).lower()}{r.randint(10, 999)}@{r.choice(['proton.me', 'outlook.com', 'gmail.com'])}"
        ip = self.ip(r.choice(["45.61", "104.168", "172.86"]))
        ns = r.choice(["ns1.dnsowl.com;ns2.dnsowl.com;ns3.dnsowl.com", "dns1.namecheaphosting.com;dns2.namecheaphosting.com", "ns1.cloudflare.com;ns2.cloudflare.com"])
        doms = []
        for _ in range(r.randint(1, 3)):
            base = r.choice(["blocknovas", "softglide", "angeloper", "chainlinkcap", "defiworks", "talentbridge", "web3hiring", "nexalabs"]) + str(r.randint(1, 99))
            d = base + r.choice([".com", ".io", ".xyz", ".co"])
            reg_t = op["t"] - dt.timedelta(days=r.randint(3, 90))
            self.domains.append([d, base.rstrip("0123456789").title() + " LLC", iso(reg_t), reg if r.random() < 0.7 else "", ip, ns])
            doms.append(d)
        for _ in range(size):
            s = self.persona(ring, "account", op)
            d = r.choice(doms)
            s["email"] = f"{s['first'].lower()}.{s['last'].lower()}@{d}"
            s["employer_name"] = d.split(".")[0].rstrip("0123456789").title()
            s["profiles"] = [f"https://www.linkedin.com/in/{s['first'].lower()}-recruiter-{self.uid(4)}", f"https://{d}/careers"]
            s["tactics"] |= {"fake_recruiter", "new_domain"}
            self.apply_op(s, op, p_dev=0.6, p_rec=0.7, p_pay=0.0, p_res=0.0, p_photo=0.6, p_vpn=0.9)
            s["pay"] = None

    def ring_lone(self, ring, size):
        """A lone persona with few traits (or none at all)."""
        r = self.rng
        op = self.operator("lone")
        s = self.persona("", r.choice(["applicant", "employee", "contractor", "account"]), op)
        s["tactics"].add("lone")
        traits = r.sample(["vpn", "kvm", "rmm", "kbd", "stolen", "crypto", "leak", "none", "none"], r.randint(1, 2))
        m = r.choice(MOBILE)
        s["nets"].append([("mobile", m[2], m[0], m[1], s["geo"], "false"), 3.0])
        s["nets"].append([self.res_net(s["geo"]), 4.0])
        s["devices"].append((self.uuid(), r.choice(UAS[:6])))
        for t in traits:
            if t == "vpn":
                s["nets"].append([op["vpn"][0], 8.0])
                s["tactics"].add("vpn")
            elif t == "leak":
                lk = r.choice(LEAKS)
                s["nets"].append([("leak", self.ip(lk[2]), lk[0], lk[1], (lk[4], lk[5], lk[6], "Asia/Shanghai", lk[3]), ""), 0.5])
                s["tactics"].add("leak_ip")
            elif t in ("kvm", "rmm", "kbd") and s["kind"] in ("employee", "contractor"):
                if not s["ep"]:
                    s["ship"] = s["ship"] or [s["address"]]
                    self.make_endpoint(s)
                if t == "kvm":
                    s["ep"]["usb"].append(r.choice(KVM_USB))
                    s["tactics"].add("ip_kvm")
                elif t == "rmm":
                    s["ep"]["procs"] += r.sample(FARM_RMM, 2)
                    s["tactics"].add("rmm_tools")
                else:
                    s["ep"]["kbd"].append("ko-KR")
                    s["ep"]["tz"] = "Asia/Shanghai"
                    s["tactics"] |= {"foreign_keyboard", "tz_mismatch"}
            elif t == "stolen":
                self.steal_identity(s)
            elif t == "crypto" and s["pay"]:
                s["pay"]["method"], s["pay"]["dest"] = "crypto", "T" + self.uid(33)
                s["tactics"].add("crypto_payout")

    # ------------------------------------------------------------ media: photos and resumes
    def resume_body(self, fraud=False) -> list[str]:
        r = self.rng
        lines = []
        jobs = r.randint(2, 4)
        for _ in range(jobs):
            y = r.randint(2008, 2022)
            lines.append(f"{r.choice(TITLES) if not fraud else r.choice(TITLES[:5])} - {r.choice(PAST_COS)} ({y} - {min(2025, y + r.randint(1, 4))})")
            for _ in range(r.randint(3, 5)):
                t = r.choice(SKILLS)
                lines.append("- " + r.choice(VERBS) + " " + r.choice(OBJS).format(t=t) + " " + r.choice(OUTCOMES).format(n=r.randint(5, 90)))
        lines.append("Skills: " + ", ".join(r.sample(SKILLS, r.randint(6, 14))))
        lines.append(f"Education: B.S., {r.choice(['Computer Science', 'Information Systems', 'Mathematics', 'Business', 'Nursing', 'Electrical Engineering'])}, {r.choice(SCHOOLS)}")
        return lines

    def assign_media(self):
        r = self.rng
        templates = [["PROFESSIONAL SUMMARY", "Results-driven professional with a proven track record of delivering high-quality solutions in fast-paced environments.", "CORE COMPETENCIES"],
                     ["ABOUT ME", "Passionate, detail-oriented team player eager to learn new technologies and grow with a dynamic organization.", "EXPERIENCE"],
                     ["SUMMARY OF QUALIFICATIONS", "Motivated self-starter with excellent communication and problem-solving skills.", "WORK HISTORY"]]
        bootcamps = []
        for _ in range(max(1, self.n // 4000)):
            bootcamps.append({"proj": [f"Capstone: {r.choice(['TravelMate', 'BudgetBuddy', 'PetPal', 'RecipeBox', 'GymTrack'])} - a full-stack MERN app built by a team of four.",
                                       "- Implemented JWT authentication, REST API with Express and MongoDB, React front end with Redux.",
                                       "- Deployed to Heroku with CI from GitHub Actions; wrote Jest unit tests.",
                                       "- Practised Agile in two-week sprints with daily stand-ups and code reviews."],
                              "repo": f"https://github.com/{r.choice(['cohort', 'team', 'squad'])}{r.randint(10, 99)}/{r.choice(['travelmate', 'budgetbuddy', 'petpal'])}",
                              "school": r.choice(["CodeLaunch Bootcamp", "Hack Academy", "DevForge Immersive"])})
        defaults = ["avatars/default_silhouette.png", "avatars/default_initials_grey.png"]
        self.default_avatars = defaults
        for s in self.S:
            show = s["show"]
            # resumes
            if s["fraud"] and s["resume_spec"]:
                body = s["resume_spec"][1]
                b = list(body)
                for _ in range(r.randint(0, 3)):         # light edits on the cloned resume
                    i = r.randrange(len(b))
                    if b[i].startswith("- "):
                        b[i] = "- " + r.choice(VERBS) + " " + r.choice(OBJS).format(t=r.choice(SKILLS))
                s["resume_text"] = b
            elif show.get("resume") and s["kind"] != "account" or (s["kind"] == "account" and show.get("resume")):
                src = s.get("same_person_as")
                if src is not None and src.get("resume_text") and r.random() < 0.85:
                    b = list(src["resume_text"])
                    if r.random() < 0.5:
                        b.append("- " + r.choice(VERBS) + " " + r.choice(OBJS).format(t=r.choice(SKILLS)))
                    s["resume_text"] = b
                else:
                    b = self.resume_body()
                    if r.random() < 0.12:
                        t = r.choice(templates)
                        b = t[:2] + b[:1] + [t[2]] + b[1:]
                        s["labels"].add("resume_template")
                    if r.random() < 0.012 and s["kind"] in ("applicant", "contractor"):
                        bc = r.choice(bootcamps)
                        b = b[:3] + bc["proj"] + b[-2:-1] + [f"Certificate, Full-Stack Web Development, {bc['school']}"]
                        s["profiles"].append(bc["repo"])
                        s["labels"].add("bootcamp_cohort")
                    s["resume_text"] = b
                if s.get("resume_header"):
                    s["resume_text"] = [s["resume_header"]] + s["resume_text"]
            # photos
            if s["fraud"] and s["photo_spec"]:
                s["photo_job"] = s["photo_spec"]
            elif show.get("photo"):
                src = s.get("same_person_as")
                if src is not None and src.get("photo_job") and src["photo_job"][0] == "own" and r.random() < 0.8:
                    s["photo_job"] = ("reencode", src["photo_job"][1], self.uid(6))
                elif r.random() < 0.06:
                    s["photo_job"] = ("default", r.randrange(2))
                    s["labels"].add("default_avatar")
                else:
                    s["photo_job"] = ("own", self.uid(8))

    # ------------------------------------------------------------ rows
    def emit(self):
        r = self.rng
        # ids in a shuffled order so that nothing about generation order leaks
        order = list(range(len(self.S)))
        r.shuffle(order)
        ids = {}
        for k, i in enumerate(order):
            ids[i] = f"U{100000 + k * 7 + r.randint(0, 6):07d}"
        self.ids = ids
        sub_rows = []
        for k in order:
            s = self.S[k]
            sid = ids[k]
            s["id"] = sid
            show = s["show"]
            full = f"{s['first']} {s['last']}"
            if r.random() < 0.03:
                full = full.upper()
            photo = ""
            if s.get("photo_job") and HAVE_IMG:
                pj = s["photo_job"]
                if pj[0] == "default":
                    photo = self.default_avatars[pj[1]]
                else:
                    photo = f"photos/{sid}.jpg"
                    self.photo_jobs.append((photo, pj))
            resume = ""
            if s.get("resume_text"):
                ext = r.choice([".txt", ".txt", ".md"])
                resume = f"resumes/{sid}{ext}"
                head = f"{full}\n{s['email']} | {s['phone']}\n"
                self.resumes[resume] = head + "\n".join(s["resume_text"]) + "\n"
            emp = s.get("employer_name", "") or ""
            phone, rphone = s["phone"], s["recovery_phone"]
            if s["country"] != "US":
                phone, rphone = plus(phone), plus(rphone)
            blank_cc = r.random() < 0.03 and phone.startswith("+") and (not rphone or rphone.startswith("+"))
            created = s["created_at"]
            row = [sid, s["kind"], full, s["email"] if r.random() < 0.985 else "",
                   phone if show.get("phone") else "",
                   s["address"] if show.get("address") else "",
                   "" if blank_cc else s["country"],
                   s["birth_date"].isoformat() if show.get("birth_date") else "",
                   s["national_id"] if show.get("national_id") else "",
                   photo, resume, ";".join(dict.fromkeys(s["profiles"])), emp,
                   iso(created) if r.random() < 0.9 else created.strftime("%Y-%m-%dT%H:%M:%S"),
                   s["recovery_email"], rphone, s["signup_ip"]]
            sub_rows.append(row)
            self.emit_logins(s, sid)
            self.emit_endpoint(s, sid)
            self.emit_payments(s, sid)
            self.emit_shipments(s, sid)
        self.sub_rows = sub_rows

    def emit_logins(self, s, sid):
        r = self.rng
        n = s["login_n"]
        if n <= 0 or not s["nets"]:
            return
        nets = s["nets"]
        weights = [w for _, w in nets]
        devs = s["devices"] or [(self.uuid(), UAS[0])]
        idp = s["employer"]["idp"] if s.get("employer") and s["kind"] != "applicant" else "plain"
        end = T_END
        start = min(s["created_at"] + dt.timedelta(days=1), end - dt.timedelta(days=1))
        for _ in range(n):
            net = r.choices(nets, weights)[0][0]
            kind, ip, asn, owner, geo, proxy = net
            if ip.count(".") < 3:
                ip = self.pool_ip(ip, self.n // 40 + 40) if kind in ("mobile", "vpn") else self.ip(ip)
            t = self.t_between(start, end)
            # local working hours (or nights)
            tzoff = geo[2] / 15.0 if geo else -6
            if s["night"]:
                h = r.choice([22, 23, 0, 1, 2, 3, 4, 5])
            else:
                h = int(r.gauss(13, 3)) % 24
            t = t.replace(hour=int((h - tzoff) % 24), minute=r.randint(0, 59), second=r.randint(0, 59))
            dev = r.choice(devs)
            ua = dev[1] if kind != "mobile" else UAS[6 + r.randrange(2)]
            city, lat, lon = geo[0], geo[1], geo[2]
            cc = geo[4]
            out = r.choices(["success", "failure", "challenge"], [92, 5, 3])[0] if idp != "plain" else ""
            row = [sid, iso(t), ip, dev[0], ua, cc if r.random() < 0.97 else ""]
            if idp == "plain":
                row += ["", "", "", "", "", "", "", "", "", "", ""]
            else:
                risk = "none"
                if proxy == "true" or kind == "leak":
                    risk = r.choice(["low", "medium", "medium", "high"])
                elif kind in ("travel", "homeland"):
                    risk = r.choice(["none", "low", "medium"])
                sp = proxy if idp == "okta" else ("true" if proxy == "true" and r.random() < 0.6 else "")
                ev = "user.session.start" if idp == "okta" else r.choice(["interactiveUser", "interactiveUser", "nonInteractiveUser"])
                eid = ("okta:" if idp == "okta" else "entra:") + self.uuid()
                row += [out, sp, str(asn), owner, city, f"{lat + r.uniform(-0.05, 0.05):.4f}", f"{lon + r.uniform(-0.05, 0.05):.4f}",
                        risk, ev, self.uid(20), eid]
            self.logins.append(row)

    def emit_endpoint(self, s, sid):
        ep = s["ep"]
        if not ep:
            return
        r = self.rng
        dev = ep["device"]
        t0 = s.get("start") or s["created_at"]

        def add(kind, value, vid=None, pid=None):
            for _ in range(r.choice([1, 1, 2])):
                d = {"subject_id": sid, "ts": iso(self.t_between(t0 + dt.timedelta(days=2), T_END)), "device_id": dev, "kind": kind, "value": value}
                if vid:
                    d["vendor_id"], d["product_id"] = vid, pid
                self.endpoint.append(d)

        add("system", ep["system"])
        for p in dict.fromkeys(ep["procs"]):
            add("process", p)
        for u in ep["usb"]:
            add("usb", u[0], u[1], u[2])
        for d in ep["display"]:
            add("display", d)
        for n_ in ep["networks"]:
            add("network", n_)
        for g in ep["gw"]:
            add("gateway_mac", g)
        for k in dict.fromkeys(ep["kbd"]):
            add("keyboard", k)
        add("timezone", ep["tz"])
        for p in ep["ports"]:
            add("listening_port", p)
        for h in ep["rsess"]:
            add("remote_session", h)

    def emit_payments(self, s, sid):
        p = s["pay"]
        if not p:
            return
        r = self.rng
        if p["dest"] is None:
            m = p["method"]
            if m == "bank":
                p["dest"] = f"{r.randint(10 ** 8, 10 ** 9 - 1)}-{r.randint(10 ** 6, 10 ** 10 - 1)}"
            elif m == "wallet":
                p["dest"] = r.choice([f"paypal:{s['email']}", f"payoneer:{s['email']}", f"wise:P{r.randint(10 ** 7, 10 ** 8 - 1)}", f"venmo:@{s['first']}-{s['last']}-{r.randint(1, 99)}"])
            else:
                p["dest"] = "0x" + self.uid(40)
        t = (s.get("start") or s["created_at"]) + dt.timedelta(days=14)
        cur = "USDT" if p["method"] == "crypto" and r.random() < 0.5 else p["cur"]
        base = r.uniform(*p["amt"])
        for _ in range(p["n"]):
            if t > T_END:
                break
            self.payments.append([sid, iso(t), f"{base * r.uniform(0.95, 1.05):.2f}", cur, p["method"], p["dest"]])
            t += dt.timedelta(days=r.choice([14, 14, 15, 30]))

    def emit_shipments(self, s, sid):
        r = self.rng
        for addr in s["ship"]:
            if not addr:
                continue
            e = s.get("employer")
            pre = e["asset"] if e else "AST-"
            t = (s.get("start") or s["created_at"]) + dt.timedelta(days=r.randint(-7, 5))
            self.shipments.append([sid, iso(t), f"{pre}{r.randint(0, 999999):06d}" if r.random() < 0.6 else "C02" + self.uid(9).upper(), addr])

    # ------------------------------------------------------------ files
    def write(self, out: Path):
        b = out / "bundle"
        if out.exists():
            shutil.rmtree(out)
        (b / "resumes").mkdir(parents=True)
        (b / "photos").mkdir()
        (b / "avatars").mkdir()
        with open(b / "subjects.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["id", "kind", "full_name", "email", "phone", "address", "country", "birth_date", "national_id", "photo",
                        "resume", "profiles", "employer", "created_at", "recovery_email", "recovery_phone", "signup_ip"])
            w.writerows(self.sub_rows)
        lcols = ["subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome", "source_proxy", "asn", "network_owner",
                 "city", "latitude", "longitude", "risk_level", "event_type", "session_id", "event_id"]
        self.logins.sort(key=lambda x: x[1])
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
            cols = list(zip(*self.logins)) if self.logins else [[] for _ in lcols]
            tbl = pa.table({c: pa.array([v if v != "" else None for v in col], pa.string()) for c, col in zip(lcols, cols)})
            pq.write_table(tbl, b / "logins.parquet")
        except ImportError:  # pragma: no cover
            with open(b / "logins.csv", "w", newline="", encoding="utf-8") as f:
                w = csv.writer(f)
                w.writerow(lcols)
                w.writerows(self.logins)
        with open(b / "endpoint.jsonl", "w", encoding="utf-8") as f:
            for d in self.endpoint:
                f.write(json.dumps(d) + "\n")
        for name, cols, rows in [("payments", ["subject_id", "ts", "amount", "currency", "method", "destination"], self.payments),
                                 ("shipments", ["subject_id", "ts", "asset", "address"], self.shipments),
                                 ("domains", ["domain", "company", "registered_at", "registrant_email", "ip", "nameservers"], self.domains)]:
            with open(b / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
                w = csv.writer(f)
                w.writerow(cols)
                w.writerows(rows)
        for p, text in self.resumes.items():
            with open(b / p, "w", encoding="utf-8") as f:
                f.write(text)
        if HAVE_IMG:
            self.write_photos(b)
        with open(out / "truth.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["subject_id", "fraud", "ring", "kind"])
            for s in sorted(self.S, key=lambda s: s["id"]):
                if s["fraud"]:
                    kind = ";".join(sorted(s["tactics"])) or "bare"
                else:
                    kind = ";".join(sorted(s["labels"])) or "ordinary"
                w.writerow([s["id"], s["fraud"], s["ring"], kind])

    def write_photos(self, b: Path):
        r = self.rng
        bases: dict[str, "np.ndarray"] = {}

        uses: dict[str, int] = {}
        for _, pj in self.photo_jobs:
            if pj[0] != "default":
                uses[pj[1]] = uses.get(pj[1], 0) + 1

        def base_img(key: str):
            if key in bases:
                arr = bases[key]
                uses[key] -= 1
                if uses[key] <= 0:      # keep a source image only while later photos need it
                    del bases[key]
                return arr
            if True:
                g = np.random.default_rng(int(key, 16))
                small = g.integers(0, 256, (6, 6, 3), dtype=np.uint8)
                im = Image.fromarray(small).resize((128, 128), Image.BICUBIC)
                d = ImageDraw.Draw(im)
                cx, cy = int(g.integers(44, 84)), int(g.integers(40, 70))
                skin = tuple(int(x) for x in g.integers(90, 240, 3))
                d.ellipse([cx - 26, cy - 32, cx + 26, cy + 32], fill=skin)
                d.rectangle([cx - 40, 100, cx + 40, 128], fill=tuple(int(x) for x in g.integers(0, 200, 3)))
                for _ in range(3):
                    x, y = int(g.integers(0, 128)), int(g.integers(0, 128))
                    d.ellipse([x - 9, y - 9, x + 9, y + 9], fill=tuple(int(v) for v in g.integers(0, 256, 3)))
                arr = np.asarray(im).astype(np.int16)
                uses[key] -= 1
                if uses[key] > 0:
                    bases[key] = arr
                return arr

        # default avatars
        for k, p in enumerate(self.default_avatars):
            im = Image.new("RGB", (128, 128), (200, 200, 205) if k == 0 else (160, 160, 160))
            d = ImageDraw.Draw(im)
            if k == 0:
                d.ellipse([44, 24, 84, 64], fill=(120, 120, 125))
                d.ellipse([24, 70, 104, 150], fill=(120, 120, 125))
            else:
                d.ellipse([14, 14, 114, 114], fill=(110, 110, 110))
            im.save(b / p)
        for rel, pj in self.photo_jobs:
            if pj[0] == "own":
                arr = base_img(pj[1])
                q = r.choice([80, 88, 95])
            else:
                arr = base_img(pj[1]).copy()
                g = np.random.default_rng(int(pj[2], 16))
                if pj[0] == "edit":     # AI-edited / retouched variants of one source photo
                    arr = arr + g.integers(-18, 18, 3)
                    arr = arr + g.integers(-6, 7, arr.shape)
                    c = int(g.integers(0, 8))
                    arr = arr[c:128 - int(g.integers(0, 8)), c:128 - int(g.integers(0, 8))]
                    if g.random() < 0.2:
                        arr = arr[:, ::-1]
                else:                   # the same person's photo re-encoded or resized
                    arr = arr + g.integers(-3, 4, arr.shape)
                q = int(g.integers(70, 95))
            im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
            if im.size != (128, 128):
                im = im.resize((128, 128))
            im.save(b / rel, quality=q)


def generate(out_dir, n_subjects: int = 20000, seed: int = 1) -> dict:
    out = Path(out_dir)
    rng = random.Random(seed)
    w = World(n_subjects, rng.getrandbits(63))
    w.build_orgs()
    fraud_rate = w.rng.uniform(0.016, 0.024)
    n_fraud = max(3, round(n_subjects * fraud_rate))
    # honest base population, then look-alike groups (clones add rows), then fraud
    n_honest_base = int((n_subjects - n_fraud) / 1.06)
    w.build_honest(n_honest_base)
    w.honest_groups()
    w.n_honest_target = n_subjects - n_fraud
    while len(w.honest) < n_subjects - n_fraud:      # top up with ordinary people
        k = w.rng.choices(["applicant", "employee", "contractor", "account"], [40, 30, 15, 15])[0]
        s = w.new_subject(k, employer=w.pick_employer() if k != "account" else None)
        w.setup_kind(s)
        w.honest.append(s)
    extra = len(w.honest) - (n_subjects - n_fraud)
    if extra > 0:                                   # trim plain ordinary rows if the groups overshot
        drop = set()
        for s in reversed(w.S):
            if len(drop) >= extra:
                break
            if not s["labels"] and "same_person_as" not in s:
                drop.add(id(s))
        w.S = [s for s in w.S if id(s) not in drop]
        w.honest = [s for s in w.honest if id(s) not in drop]
    # victims: established honest employees (long tenure, full identity on file)
    w._victims = [s for s in w.honest if s["kind"] == "employee" and s["show"]["national_id"] and s["created_at"] < T0 + dt.timedelta(days=400)
                  and "identity_theft_victim" not in s["labels"]]
    w.rng.shuffle(w._victims)
    w.build_fraud(n_fraud)
    w.assign_media()
    w.emit()
    w.write(out)
    return {"subjects": len(w.S), "fraud": sum(s["fraud"] for s in w.S), "logins": len(w.logins), "endpoint": len(w.endpoint),
            "payments": len(w.payments), "shipments": len(w.shipments), "domains": len(w.domains), "photos": len(w.photo_jobs),
            "resumes": len(w.resumes)}
