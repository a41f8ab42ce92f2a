"""Generator of the blind "mixed" world (version 2 bundle).

Honest population: applicants, employees and contractors of ~40 employers, staffing agencies
and a freelance platform, plus consumer/freelancer accounts, with the ordinary reasons real
people share things (households, offices, VPNs, agencies, carrier NAT ...).
Fraud (~2%): North Korean IT worker personas in rings of varied size plus lone personas, built
from tactics in public reporting, each applied only partly and with variation.

Everything is drawn from one random.Random(seed): the same seed gives the same files.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import random
import string

import pyarrow as pa
import pyarrow.parquet as pq

# --------------------------------------------------------------------------------------
# reference data
# --------------------------------------------------------------------------------------

FIRST = ("James Mary John Patricia Robert Jennifer Michael Linda William Elizabeth David Barbara "
         "Richard Susan Joseph Jessica Thomas Sarah Charles Karen Christopher Nancy Daniel Lisa "
         "Matthew Betty Anthony Margaret Mark Sandra Donald Ashley Steven Kimberly Paul Emily "
         "Andrew Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Melissa George Deborah "
         "Timothy Stephanie Ronald Rebecca Jason Laura Ryan Sharon Jacob Cynthia Gary Kathleen "
         "Nicholas Amy Eric Angela Jonathan Shirley Stephen Anna Larry Brenda Justin Pamela Scott "
         "Emma Brandon Nicole Benjamin Helen Samuel Samantha Gregory Katherine Alexander Christine "
         "Frank Debra Patrick Rachel Raymond Carolyn Jack Janet Dennis Catherine Jerry Maria Tyler "
         "Heather Aaron Diane Jose Ruth Adam Julie Nathan Olivia Henry Joyce Zachary Virginia "
         "Carlos Sofia Luis Camila Miguel Valentina Juan Lucia Diego Isabella Priya Rahul Anjali "
         "Arjun Deepa Vikram Sneha Rohan Kavya Amit Wei Li Jun Mei Hao Yan Chen Xin Min-jun Seo-yeon "
         "Ji-ho Ha-eun Do-yun Ji-woo Minh Linh Tuan Thao Oluwaseun Chiamaka Emeka Ngozi Tunde Aisha "
         "Olena Andriy Kateryna Piotr Agnieszka Tomasz Marta Jakub Fatima Omar Yusuf Leila Hiroshi "
         "Yuki Kenji Aiko Lars Ingrid Sven Freya Mateo Gabriel Noah Liam Mia Ava Ethan Lucas").split()
LAST = ("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez "
        "Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris "
        "Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill "
        "Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips "
        "Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook "
        "Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward "
        "Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez "
        "Castillo Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan "
        "Bell Coleman Butler Henderson Barnes Fisher Vasquez Simmons Romero Jordan Patterson "
        "Alexander Hamilton Graham Reynolds Griffin Wallace West Cole Hayes Bryant Sharma Singh Gupta "
        "Reddy Iyer Wang Zhang Liu Chen Yang Huang Zhao Park Choi Jung Kang Cho Yoon Tran Le Pham "
        "Okafor Adeyemi Okonkwo Balogun Kowalski Nowak Wisniewski Shevchenko Kovalenko Bondarenko "
        "Haddad Khan Ali Tanaka Sato Suzuki Johansson Larsen Muller Schmidt Rossi Silva").split()
KOREAN_FIRST = "Min-jun Seo-yeon Ji-ho Ha-eun Do-yun Ji-woo Joon-ho Soo-jin Hyun-woo Eun-ji".split()
KOREAN_LAST = "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim".split()

# city, state, zip3, lat, lon, tz
US_CITIES = [
    ("New York", "NY", "100", 40.71, -74.0, "America/New_York"),
    ("Brooklyn", "NY", "112", 40.65, -73.95, "America/New_York"),
    ("Los Angeles", "CA", "900", 34.05, -118.24, "America/Los_Angeles"),
    ("San Francisco", "CA", "941", 37.77, -122.42, "America/Los_Angeles"),
    ("San Jose", "CA", "951", 37.34, -121.89, "America/Los_Angeles"),
    ("San Diego", "CA", "921", 32.72, -117.16, "America/Los_Angeles"),
    ("Seattle", "WA", "981", 47.61, -122.33, "America/Los_Angeles"),
    ("Portland", "OR", "972", 45.52, -122.68, "America/Los_Angeles"),
    ("Phoenix", "AZ", "850", 33.45, -112.07, "America/Phoenix"),
    ("Scottsdale", "AZ", "852", 33.49, -111.93, "America/Phoenix"),
    ("Denver", "CO", "802", 39.74, -104.99, "America/Denver"),
    ("Salt Lake City", "UT", "841", 40.76, -111.89, "America/Denver"),
    ("Austin", "TX", "787", 30.27, -97.74, "America/Chicago"),
    ("Dallas", "TX", "752", 32.78, -96.8, "America/Chicago"),
    ("Houston", "TX", "770", 29.76, -95.37, "America/Chicago"),
    ("Chicago", "IL", "606", 41.88, -87.63, "America/Chicago"),
    ("Minneapolis", "MN", "554", 44.98, -93.27, "America/Chicago"),
    ("Nashville", "TN", "372", 36.16, -86.78, "America/Chicago"),
    ("Kansas City", "MO", "641", 39.1, -94.58, "America/Chicago"),
    ("Atlanta", "GA", "303", 33.75, -84.39, "America/New_York"),
    ("Miami", "FL", "331", 25.76, -80.19, "America/New_York"),
    ("Tampa", "FL", "336", 27.95, -82.46, "America/New_York"),
    ("Orlando", "FL", "328", 28.54, -81.38, "America/New_York"),
    ("Charlotte", "NC", "282", 35.23, -80.84, "America/New_York"),
    ("Raleigh", "NC", "276", 35.78, -78.64, "America/New_York"),
    ("Washington", "DC", "200", 38.9, -77.04, "America/New_York"),
    ("Arlington", "VA", "222", 38.88, -77.1, "America/New_York"),
    ("Baltimore", "MD", "212", 39.29, -76.61, "America/New_York"),
    ("Philadelphia", "PA", "191", 39.95, -75.17, "America/New_York"),
    ("Pittsburgh", "PA", "152", 40.44, -79.99, "America/New_York"),
    ("Boston", "MA", "021", 42.36, -71.06, "America/New_York"),
    ("Newark", "NJ", "071", 40.74, -74.17, "America/New_York"),
    ("Edison", "NJ", "088", 40.52, -74.41, "America/New_York"),
    ("Columbus", "OH", "432", 39.96, -83.0, "America/New_York"),
    ("Detroit", "MI", "482", 42.33, -83.05, "America/Detroit"),
    ("Indianapolis", "IN", "462", 39.77, -86.16, "America/Indiana/Indianapolis"),
    ("Las Vegas", "NV", "891", 36.17, -115.14, "America/Los_Angeles"),
    ("Albuquerque", "NM", "871", 35.08, -106.65, "America/Denver"),
    ("Boise", "ID", "837", 43.62, -116.2, "America/Boise"),
    ("Madison", "WI", "537", 43.07, -89.4, "America/Chicago"),
]
AREA = {"NY": ["212", "646", "718", "917", "347"], "CA": ["213", "310", "415", "408", "619", "650", "858"],
        "WA": ["206", "425"], "OR": ["503", "971"], "AZ": ["480", "602", "623"], "CO": ["303", "720"],
        "UT": ["801", "385"], "TX": ["512", "214", "713", "469", "832"], "IL": ["312", "773", "630"],
        "MN": ["612", "651"], "TN": ["615", "629"], "MO": ["816"], "GA": ["404", "470", "678"],
        "FL": ["305", "786", "813", "407"], "NC": ["704", "919", "980"], "DC": ["202"],
        "VA": ["571", "703"], "MD": ["410", "443", "301"], "PA": ["215", "267", "412"],
        "MA": ["617", "857"], "NJ": ["973", "732", "908"], "OH": ["614"], "MI": ["313"],
        "IN": ["317"], "NV": ["702"], "NM": ["505"], "ID": ["208"], "WI": ["608"]}
STREETS = ("Maple Oak Pine Cedar Elm Washington Lake Hill Park Main Church Walnut Sunset Highland "
           "Ridge Willow River Spring Meadow Forest Jefferson Lincoln Madison Franklin Chestnut "
           "Cherry Birch Magnolia Dogwood Sycamore Hickory Aspen Laurel Valley Prospect Summit "
           "Harbor Mill Orchard Greenwood Fairview Lakeview Brookside Kingston Windsor").split()
SUFFIX = [("St", "Street"), ("Ave", "Avenue"), ("Dr", "Drive"), ("Rd", "Road"), ("Ln", "Lane"),
          ("Blvd", "Boulevard"), ("Ct", "Court"), ("Way", "Way"), ("Pl", "Place"), ("Cir", "Circle")]

# foreign countries: code, phone cc, cities (name, lat, lon, tz), phone national pattern
FOREIGN = {
    "CA": ("+1", [("Toronto", 43.65, -79.38, "America/Toronto"), ("Vancouver", 49.28, -123.12, "America/Vancouver")]),
    "GB": ("+44", [("London", 51.51, -0.13, "Europe/London"), ("Manchester", 53.48, -2.24, "Europe/London")]),
    "IN": ("+91", [("Bengaluru", 12.97, 77.59, "Asia/Kolkata"), ("Hyderabad", 17.39, 78.49, "Asia/Kolkata")]),
    "PH": ("+63", [("Manila", 14.6, 120.98, "Asia/Manila"), ("Cebu", 10.32, 123.89, "Asia/Manila")]),
    "MX": ("+52", [("Mexico City", 19.43, -99.13, "America/Mexico_City"), ("Guadalajara", 20.67, -103.35, "America/Mexico_City")]),
    "DE": ("+49", [("Berlin", 52.52, 13.4, "Europe/Berlin"), ("Munich", 48.14, 11.58, "Europe/Berlin")]),
    "PL": ("+48", [("Warsaw", 52.23, 21.01, "Europe/Warsaw"), ("Krakow", 50.06, 19.94, "Europe/Warsaw")]),
    "UA": ("+380", [("Kyiv", 50.45, 30.52, "Europe/Kyiv"), ("Lviv", 49.84, 24.03, "Europe/Kyiv")]),
    "NG": ("+234", [("Lagos", 6.52, 3.38, "Africa/Lagos"), ("Abuja", 9.06, 7.5, "Africa/Lagos")]),
    "KR": ("+82", [("Seoul", 37.57, 126.98, "Asia/Seoul"), ("Busan", 35.18, 129.08, "Asia/Seoul")]),
    "CN": ("+86", [("Shanghai", 31.23, 121.47, "Asia/Shanghai"), ("Shenyang", 41.8, 123.43, "Asia/Shanghai"),
                   ("Beijing", 39.9, 116.4, "Asia/Shanghai")]),
    "VN": ("+84", [("Hanoi", 21.03, 105.85, "Asia/Ho_Chi_Minh"), ("Ho Chi Minh City", 10.82, 106.63, "Asia/Ho_Chi_Minh")]),
    "JP": ("+81", [("Tokyo", 35.68, 139.69, "Asia/Tokyo"), ("Osaka", 34.69, 135.5, "Asia/Tokyo")]),
    "BR": ("+55", [("Sao Paulo", -23.55, -46.63, "America/Sao_Paulo")]),
    "RU": ("+7", [("Vladivostok", 43.12, 131.89, "Asia/Vladivostok"), ("Moscow", 55.76, 37.62, "Europe/Moscow")]),
}

US_ISPS = [("7922", "Comcast Cable Communications, LLC", [73, 24, 98, 76, 67]),
           ("20115", "Charter Communications", [71, 97, 174, 66]),
           ("7018", "AT&T Services, Inc.", [99, 107, 108, 104]),
           ("701", "Verizon Business", [72, 96, 108, 173]),
           ("22773", "Cox Communications Inc.", [68, 70, 72]),
           ("5650", "Frontier Communications", [47, 50]),
           ("209", "CenturyLink Communications", [71, 75, 97])]
MOBILE = [("21928", "T-Mobile USA, Inc.", [172]), ("22394", "Verizon Wireless", [174]),
          ("20057", "AT&T Mobility LLC", [166])]
FOREIGN_ISP = {"CA": ("812", "Rogers Communications"), "GB": ("2856", "British Telecommunications PLC"),
               "IN": ("55836", "Reliance Jio Infocomm"), "PH": ("9299", "Philippine Long Distance Telephone"),
               "MX": ("8151", "Uninet S.A. de C.V."), "DE": ("3320", "Deutsche Telekom AG"),
               "PL": ("5617", "Orange Polska"), "UA": ("15895", "Kyivstar"), "NG": ("29465", "MTN Nigeria"),
               "KR": ("4766", "Korea Telecom"), "CN": ("4837", "China Unicom"), "VN": ("45899", "VNPT Corp"),
               "JP": ("2516", "KDDI Corporation"), "BR": ("28573", "Claro S.A."), "RU": ("12389", "Rostelecom")}
HOSTING = [("60068", "Datacamp Limited"), ("9009", "M247 Europe SRL"), ("8100", "QuadraNet Enterprises LLC"),
           ("395954", "Leaseweb USA, Inc."), ("212238", "Datacamp Limited"), ("136787", "TEFINCOM S.A."),
           ("20473", "The Constant Company, LLC"), ("14061", "DigitalOcean, LLC"), ("16509", "Amazon.com, Inc.")]

UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0",
]
MOBILE_UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Mobile Safari/537.36",
]

SKILLS = ("Python Java JavaScript TypeScript React Node.js Go Rust C# .NET Kotlin Swift SQL PostgreSQL "
          "MongoDB AWS Azure GCP Docker Kubernetes Terraform Django Flask Spring Vue Angular GraphQL "
          "Redis Kafka Spark Airflow Solidity Web3 Figma Linux CI/CD Jenkins Ansible Pandas PyTorch "
          "TensorFlow Excel Salesforce SAP Tableau PowerBI QA Selenium Cypress iOS Android Flutter").split()
TITLES = ["Software Engineer", "Senior Software Engineer", "Full Stack Developer", "Backend Engineer",
          "Frontend Developer", "DevOps Engineer", "Data Engineer", "Data Analyst", "QA Engineer",
          "Mobile Developer", "Blockchain Developer", "Product Designer", "IT Support Specialist",
          "Cloud Engineer", "Machine Learning Engineer", "Project Manager", "Customer Success Manager",
          "Accountant", "Sales Representative", "Marketing Coordinator", "Recruiter"]
SCHOOLS = ["University of Texas at Austin", "Ohio State University", "University of Washington",
           "Arizona State University", "Georgia Institute of Technology", "University of Florida",
           "Rutgers University", "Purdue University", "University of Michigan", "Penn State University",
           "University of Illinois", "San Jose State University", "University of Minnesota",
           "University of Maryland", "Boston University", "Indian Institute of Technology Bombay",
           "University of Lagos", "Warsaw University of Technology", "Seoul National University",
           "University of the Philippines", "Kyiv Polytechnic Institute", "Tecnologico de Monterrey"]
COMPANY_WORDS = ("Apex Blue Bright Cedar Clear Core Crest Delta Echo Ever Fair First Forge Frontier "
                 "Granite Harbor Helix Horizon Iron Keystone Lumen Meridian Nimbus North Nova Orbit "
                 "Peak Pioneer Prime Quantum Radiant Redwood Sage Signal Silver Summit Terra True "
                 "Union Vantage Vertex Vista Wave Zenith").split()
COMPANY_TAILS = ["Systems", "Labs", "Health", "Logistics", "Financial", "Software", "Analytics",
                 "Energy", "Robotics", "Media", "Retail", "Insurance", "Networks", "Bio", "Aerospace",
                 "Payments", "Mobility", "Security", "Foods", "Manufacturing"]

STD_PROCESSES = ["chrome.exe", "msedge.exe", "explorer.exe", "Teams.exe", "slack.exe", "OUTLOOK.EXE",
                 "Zoom.exe", "svchost.exe", "OneDrive.exe", "Code.exe", "WINWORD.EXE", "EXCEL.EXE"]
MAC_PROCESSES = ["Google Chrome", "Safari", "Finder", "Slack", "zoom.us", "Microsoft Teams",
                 "Microsoft Outlook", "Code Helper", "iTerm2", "Docker Desktop"]
DEV_PROCESSES = ["python.exe", "node.exe", "docker.exe", "git.exe", "idea64.exe", "postgres.exe",
                 "WindowsTerminal.exe", "wsl.exe", "pycharm64.exe", "java.exe"]
EDR = [["CSFalconService.exe"], ["SentinelAgent.exe"], ["MsSense.exe"], ["cyserver.exe"]]
MDM = [["IntuneManagementExtension.exe"], ["JamfDaemon"], ["WorkspaceONEAgent.exe"], ["KandjiAgent"]]
COMPANY_REMOTE = ["TeamViewer.exe", "ScreenConnect.ClientService.exe", "BomgarSCC.exe", "LogMeIn.exe"]
ILLICIT_REMOTE = ["AnyDesk.exe", "remoting_host.exe", "rustdesk.exe", "TeamViewer.exe", "Splashtop-streamer.exe",
                  "AA_v3.exe", "RemotePC.exe"]
USB_COMMON = [("Logitech USB Receiver", "046d", "c52b"), ("YubiKey OTP+FIDO+CCID", "1050", "0407"),
              ("HD Pro Webcam C920", "046d", "082d"), ("Jabra EVOLVE 20 MS", "0b0e", "0300"),
              ("USB-C Dock", "17ef", "a396"), ("Apple Magic Keyboard", "05ac", "0267"),
              ("Dell Universal Dock D6000", "17e9", "6006"), ("USB Receiver", "046d", "c548"),
              ("Razer DeathAdder", "1532", "0084"), ("SanDisk Ultra USB 3.0", "0781", "5591")]
KVM_USB = [("PiKVM Composite Device", "1d6b", "0104"), ("TinyPilot", "1d6b", "0104"),
           ("Multifunction Composite Gadget", "1d6b", "0104"), ("JetKVM", "1d6b", "0104"),
           ("KVM Switch", "2101", "1406"), ("USB Composite Device", "1d6b", "0104")]
DISPLAYS = ["DELL U2720Q", "DELL P2422H", "LG HDR 4K", "LG ULTRAGEAR", "HP E24 G4", "SAMSUNG",
            "Color LCD", "BenQ GW2480", "ASUS VG249", "Built-in Retina Display"]
KVM_DISPLAYS = ["PiKVM V4", "TinyPilot", "HDMI Capture", "USB3 Video", "MS2109"]
LAPTOPS = ["Dell Latitude 7440", "Dell Latitude 5540", "Lenovo ThinkPad T14 Gen 4", "Lenovo ThinkPad X1 Carbon Gen 11",
           "HP EliteBook 840 G10", "MacBookPro18,3", "MacBookAir10,1", "Mac14,7", "Microsoft Surface Laptop 5"]
ROUTER_SSIDS = ["NETGEAR", "Xfinity", "ATT", "Spectrum", "TP-Link_", "Linksys", "FiOS-", "MySpectrumWiFi",
                "ASUS_", "eero", "Google Nest", "CenturyLink"]


# --------------------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------------------

EPOCH = dt.datetime(2023, 1, 1, tzinfo=dt.timezone.utc)
END = dt.datetime(2025, 9, 30, tzinfo=dt.timezone.utc)
SPAN = int((END - EPOCH).total_seconds())


def iso(sec: int) -> str:
    return (EPOCH + dt.timedelta(seconds=int(sec))).strftime("%Y-%m-%dT%H:%M:%SZ")


def valid_phone(s: str) -> bool:
    import phonenumbers
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(s, "US"))
    except phonenumbers.NumberParseException:
        return False


def intl(phone: str, country: str) -> str:
    """A US-style number written for a subject who claims another country: give it its +1."""
    if not phone or phone.startswith("+") or country in ("US", ""):
        return phone
    return "+1 " + "".join(ch for ch in phone if ch.isdigit())


class R(random.Random):
    def p(self, prob: float) -> bool:
        return self.random() < prob

    def hexs(self, n: int) -> str:
        return "".join(self.choice("0123456789abcdef") for _ in range(n))

    def digits(self, n: int) -> str:
        return "".join(self.choice(string.digits) for _ in range(n))


class Net:
    """A network: an ASN with owner, country/city and a pool of public addresses."""

    def __init__(self, r: R, asn, owner, country, city, lat, lon, octets, n_ips, proxy=False, kind="isp"):
        self.asn, self.owner, self.country, self.city = asn, owner, country, city
        self.lat, self.lon, self.proxy, self.kind = lat, lon, proxy, kind
        a = r.choice(octets)
        b = r.randrange(1, 255)
        self.ips = [f"{a}.{b}.{r.randrange(0, 256)}.{r.randrange(1, 255)}" for _ in range(n_ips)]

    def ip(self, r: R) -> str:
        return r.choice(self.ips)


class Addr:
    def __init__(self, num, street, suf, unit, city, state, zipc, country="US", lat=0.0, lon=0.0, tz="UTC"):
        self.num, self.street, self.suf, self.unit = num, street, suf, unit
        self.city, self.state, self.zip, self.country = city, state, zipc, country
        self.lat, self.lon, self.tz = lat, lon, tz

    def fmt(self, r: R) -> str:
        """One of the ways people and systems write the same address."""
        if self.country != "US":
            u = f", {self.unit}" if self.unit else ""
            return f"{self.num} {self.street} {self.suf[1]}{u}, {self.city}, {self.zip}, {self.country}"
        v = r.randrange(5)
        short, long_ = self.suf
        if v == 0:
            u = f" Apt {self.unit}" if self.unit else ""
            return f"{self.num} {self.street} {short}{u}, {self.city}, {self.state} {self.zip}"
        if v == 1:
            u = f", Apt. {self.unit}" if self.unit else ""
            return f"{self.num} {self.street} {long_}{u}, {self.city} {self.state} {self.zip}"
        if v == 2:
            u = f" #{self.unit}" if self.unit else ""
            return f"{self.num} {self.street.upper()} {short.upper()}{u} {self.city.upper()} {self.state} {self.zip}"
        if v == 3:
            u = f" Unit {self.unit}" if self.unit else ""
            return f"{self.num} {self.street} {short}.{u}, {self.city}, {self.state}, {self.zip}-{r.digits(4)}"
        u = f" Apt {self.unit}" if self.unit else ""
        return f"{self.num} {self.street} {long_}{u}\n{self.city}, {self.state} {self.zip}"


# --------------------------------------------------------------------------------------
# the world
# --------------------------------------------------------------------------------------

class World:
    def __init__(self, n: int, seed: int, out: str):
        self.n, self.r, self.out = n, R(seed * 7919 + 17), out
        self.bundle = os.path.join(out, "bundle")
        os.makedirs(os.path.join(self.bundle, "photos"), exist_ok=True)
        os.makedirs(os.path.join(self.bundle, "resumes"), exist_ok=True)
        self.subjects: list[dict] = []
        self.truth: dict[str, tuple] = {}
        self.logins: dict[str, list] = {k: [] for k in (
            "subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome", "source_proxy",
            "asn", "network_owner", "city", "latitude", "longitude", "risk_level", "event_type")}
        self.endpoint: dict[str, list] = {k: [] for k in (
            "subject_id", "ts", "device_id", "kind", "value", "vendor_id", "product_id")}
        self.payments: list[tuple] = []
        self.shipments: list[tuple] = []
        self.domains: list[tuple] = []
        self.photo_cap = min(1500, max(60, n // 12))
        self.resume_cap = min(1500, max(60, n // 12))
        self.n_photos = 0
        self.n_resumes = 0
        self.used_emails: set[str] = set()
        self.used_ids: set[str] = set()
        self.photo_cache: dict = {}
        self.fraud_phase = False
        self._build_infrastructure()

    # ---- infrastructure --------------------------------------------------------------

    def _build_infrastructure(self):
        r = self.r
        # residential networks per city and ISP
        self.res_nets: dict = {}
        for c in US_CITIES:
            for asn, owner, octs in r.sample(US_ISPS, 3):
                self.res_nets.setdefault(c[0], []).append((asn, owner, octs))
        self.mobile = [Net(r, asn, owner, "US", "", 0, 0, octs, max(30, self.n // 120), kind="mobile")
                       for asn, owner, octs in MOBILE]
        # consumer VPNs (honest privacy users) on hosting networks
        self.consumer_vpn = []
        for name in ["NordVPN", "ExpressVPN", "ProtonVPN", "Mullvad", "Surfshark", "PIA"]:
            asn, owner = r.choice(HOSTING[:6])
            for city, cc in [("New York", "US"), ("Los Angeles", "US"), ("Dallas", "US"), ("Amsterdam", "NL"),
                             ("Frankfurt", "DE"), ("London", "GB")]:
                self.consumer_vpn.append(Net(r, asn, owner, cc, city, 0, 0, [45, 185, 193, 146, 89], 6,
                                             proxy=True, kind="vpn"))
        # Astrill VPN exits: used by DPRK operators (Mandiant, Unit 42), and by plenty of people in China
        self.astrill = [Net(r, asn, owner, cc, city, 0, 0, [104, 172, 192, 198, 23], 4, proxy=True, kind="vpn")
                        for (asn, owner), (city, cc) in zip(
                            [r.choice(HOSTING[:5]) for _ in range(10)],
                            [("Los Angeles", "US"), ("Seattle", "US"), ("New York", "US"), ("Dallas", "US"),
                             ("Miami", "US"), ("Chicago", "US"), ("San Jose", "US"), ("Tokyo", "JP"),
                             ("Singapore", "SG"), ("London", "GB")])]
        # corporate secure-access egress shared by many customer companies
        self.zscaler = [Net(r, "53813", "Zscaler, Inc.", "US", city, 0, 0, [165, 136, 147], 8, proxy=False,
                            kind="corp_vpn") for city in ["New York", "Chicago", "Dallas", "San Jose", "Atlanta"]]
        self.prisma = [Net(r, "54538", "Palo Alto Networks, Inc", "US", city, 0, 0, [34, 130, 208], 6,
                           kind="corp_vpn") for city in ["Ashburn", "Los Angeles", "Chicago"]]
        # CN/RU networks: DPRK workers' real location leaks; also honest visitors home
        self.cn_nets = [Net(r, "4837", "China Unicom Liaoning", "CN", "Shenyang", 41.8, 123.43, [175, 113, 60], 12),
                        Net(r, "4837", "China Unicom Liaoning", "CN", "Dandong", 40.12, 124.38, [175, 175], 6),
                        Net(r, "4134", "China Telecom", "CN", "Shanghai", 31.23, 121.47, [180, 101, 116], 20),
                        Net(r, "4134", "China Telecom", "CN", "Beijing", 39.9, 116.4, [106, 123], 20)]
        self.ru_nets = [Net(r, "20485", "TransTeleCom", "RU", "Vladivostok", 43.12, 131.89, [188, 217], 6),
                        Net(r, "12389", "Rostelecom", "RU", "Moscow", 55.76, 37.62, [95, 178, 5], 20)]
        self.vps = [Net(r, asn, owner, "US", "", 0, 0, [64, 45, 159, 137, 143], 40, kind="hosting")
                    for asn, owner in HOSTING[6:]]
        self.hotels = [Net(r, "6461", "Zayo Bandwidth", "US", "", 0, 0, [64, 208], 40, kind="hotel"),
                       Net(r, "3320", "Deutsche Telekom AG", "DE", "Berlin", 52.52, 13.4, [217, 80], 20, kind="hotel"),
                       Net(r, "2856", "British Telecommunications PLC", "GB", "London", 51.5, -0.1, [81, 86], 20, kind="hotel"),
                       Net(r, "4766", "Korea Telecom", "KR", "Seoul", 37.57, 126.98, [211, 121], 20, kind="hotel"),
                       Net(r, "8151", "Uninet S.A. de C.V.", "MX", "Cancun", 21.16, -86.85, [187, 201], 20, kind="hotel")]
        self.libraries = [Net(r, "7922", "Comcast Business", "US", c[0], c[3], c[4], [50, 96], 2, kind="library")
                          for c in r.sample(US_CITIES, 8)]
        self.library_pcs = {net.city: [f"PUB-{net.city[:3].upper()}-PC{i:02d}" for i in range(1, 9)]
                            for net in self.libraries}
        # universities: campus network + dorm address
        self.unis = []
        for i, c in enumerate(r.sample(US_CITIES, 6)):
            name = SCHOOLS[i]
            net = Net(r, str(3000 + i * 7), name, "US", c[0], c[3], c[4], [128, 129, 130, 155], 16, kind="campus")
            dorm = Addr(r.randrange(100, 999), r.choice(STREETS), r.choice(SUFFIX), None, c[0], c[1],
                        c[2] + r.digits(2), lat=c[3], lon=c[4], tz=c[5])
            self.unis.append((name, net, dorm, c))
        # virtual mailbox / mail forwarding services (honest expats use them; so do some rings)
        self.mailboxes = []
        for city in ["Wilmington", "Portland", "Sheridan"]:
            st = {"Wilmington": "DE", "Portland": "OR", "Sheridan": "WY"}[city]
            self.mailboxes.append(Addr(r.randrange(100, 9999), r.choice(STREETS), r.choice(SUFFIX), None, city, st,
                                       {"DE": "198", "OR": "972", "WY": "828"}[st] + r.digits(2), lat=0, lon=0))
        # employers
        self.companies = []
        n_comp = max(12, min(45, self.n // 400))
        names = set()
        while len(names) < n_comp:
            names.add(f"{r.choice(COMPANY_WORDS)} {r.choice(COMPANY_TAILS)}")
        for name in sorted(names):
            c = r.choice(US_CITIES)
            dom = name.lower().replace(" ", "") + r.choice([".com", ".com", ".io", ".co"])
            hq = Addr(r.randrange(1, 2000), r.choice(STREETS), r.choice(SUFFIX), f"Suite {r.randrange(100, 900)}",
                      c[0], c[1], c[2] + r.digits(2), lat=c[3], lon=c[4], tz=c[5])
            asn, owner, octs = r.choice(US_ISPS)
            office = Net(r, asn, owner.split(",")[0] + " Business", "US", c[0], c[3], c[4], octs, r.randrange(1, 4),
                         kind="office")
            vpn = None
            if r.p(0.35):
                vpn = r.choice(self.zscaler + self.prisma)
            elif r.p(0.3):
                vpn = Net(r, "396982", "Google LLC", "US", c[0], c[3], c[4], [34, 35], 3, kind="corp_vpn")
            comp = dict(name=name, domain=dom, city=c, hq=hq, office=office, vpn=vpn,
                        idp=r.choice(["okta", "entra", "entra", "none"]),
                        telemetry=r.p(0.65), edr=r.choice(EDR), mdm=r.choice(MDM),
                        remote_tool=r.choice(COMPANY_REMOTE) if r.p(0.12) else None,
                        rdp=r.p(0.08), laptop=r.choice(LAPTOPS), mac_fleet=r.p(0.3),
                        office_gw=":".join(r.hexs(2) for _ in range(6)),
                        office_ssid=name.split()[0].upper() + "-CORP",
                        remote_share=r.uniform(0.3, 0.9), hybrid=r.uniform(0.1, 0.6),
                        bank_prefix=r.choice(["021000021", "026009593", "121000248", "111000025", "071000013"]),
                        payroll=r.choice(["biweekly", "semimonthly"]),
                        tag=name.split()[0][:3].upper())
            self.companies.append(comp)
            self.domains.append((dom, name, dt.date(r.randrange(1996, 2020), r.randrange(1, 13), r.randrange(1, 28)).isoformat(),
                                 r.choice([f"hostmaster@{dom}", f"domains@{dom}", "", "Redacted for Privacy"]),
                                 r.choice(["104.18.", "172.67.", "151.101.", "13.32."]) + f"{r.randrange(0, 255)}.{r.randrange(1, 255)}",
                                 r.choice(["ns1.cloudflare.com;ns2.cloudflare.com",
                                           "ns-1234.awsdns-26.org;ns-567.awsdns-06.net",
                                           "dns1.p01.nsone.net;dns2.p01.nsone.net",
                                           "ns1.google.com;ns2.google.com"])))
        # staffing agencies / employers of record: contractors paid through them
        self.agencies = []
        for nm in ["Talentbridge Staffing", "Coastline IT Partners", "Nexa Contract Services", "BluePeak Consulting",
                   "Remoteforce EOR", "Meridian Workforce Solutions"]:
            c = r.choice(US_CITIES)
            dom = nm.split()[0].lower() + r.choice(["staffing.com", "partners.com", ".com", "group.com"])
            addr = Addr(r.randrange(1, 3000), r.choice(STREETS), r.choice(SUFFIX), f"Suite {r.randrange(100, 999)}",
                        c[0], c[1], c[2] + r.digits(2), lat=c[3], lon=c[4], tz=c[5])
            self.agencies.append(dict(name=nm, domain=dom, addr=addr, bank=f"{r.choice(['021000021', '121000248'])}:{r.digits(10)}",
                                      site=f"https://www.{dom}"))
            self.domains.append((dom, nm, dt.date(r.randrange(2001, 2021), r.randrange(1, 13), r.randrange(1, 28)).isoformat(),
                                 f"admin@{dom}", f"{r.choice([104, 172, 23])}.{r.randrange(0, 255)}.{r.randrange(0, 255)}.{r.randrange(1, 255)}",
                                 "dns1.registrar-servers.com;dns2.registrar-servers.com"))
        self.platform = dict(name="Gigwell Freelance", domain="gigwell.io")
        self.domains.append(("gigwell.io", "Gigwell Freelance", "2014-05-02", "legal@gigwell.io", "104.16.88.20",
                             "ns1.cloudflare.com;ns2.cloudflare.com"))
        # small legitimate young firms with privacy-protected registration on cheap DNS (like fronts look)
        for _ in range(max(4, self.n // 2500)):
            nm = f"{r.choice(COMPANY_WORDS)} {r.choice(['Digital', 'Studio', 'Dev', 'Tech', 'Solutions'])}"
            dom = nm.lower().replace(" ", "") + r.choice([".com", ".io", ".tech", ".dev"])
            self.domains.append((dom, nm, dt.date(r.choice([2023, 2024, 2025]), r.randrange(1, 13), r.randrange(1, 28)).isoformat(),
                                 "Redacted for Privacy", f"{r.choice([198, 162, 66])}.{r.randrange(0, 255)}.{r.randrange(0, 255)}.{r.randrange(1, 255)}",
                                 "dns1.registrar-servers.com;dns2.registrar-servers.com"))
        # default avatars and stock photos shared by many honest users
        self.default_avatars = ["default_avatar_gray", "default_avatar_blue"]
        self.stock_photos = [f"stock_headshot_{i}" for i in range(6)]

    # ---- primitive generators --------------------------------------------------------

    def res_net(self, city: tuple) -> tuple:
        return self.r.choice(self.res_nets[city[0]])

    def home(self, city=None, apt_p=0.35) -> Addr:
        r = self.r
        c = city or r.choice(US_CITIES)
        unit = str(r.randrange(1, 40)) + (r.choice(["", "A", "B"]) if r.p(0.2) else "") if r.p(apt_p) else None
        a = Addr(r.randrange(10, 19999), r.choice(STREETS), r.choice(SUFFIX), unit, c[0], c[1], c[2] + r.digits(2),
                 lat=c[3], lon=c[4], tz=c[5])
        a.cityrec = c
        return a

    def foreign_home(self, cc: str) -> Addr:
        r = self.r
        city, lat, lon, tz = r.choice(FOREIGN[cc][1])
        a = Addr(r.randrange(1, 300), r.choice(STREETS), r.choice(SUFFIX), str(r.randrange(1, 80)) if r.p(0.6) else None,
                 city, "", r.digits(5), country=cc, lat=lat, lon=lon, tz=tz)
        a.cityrec = None
        return a

    def home_ip(self, addr: Addr) -> dict:
        """A household's internet line: public IP(s) that rotate slowly, a router MAC, an SSID."""
        r = self.r
        if addr.country == "US":
            asn, owner, octs = self.res_net(addr.cityrec)
            net = Net(r, asn, owner, "US", addr.city, addr.lat, addr.lon, octs, r.choice([1, 1, 2, 3]))
        else:
            asn, owner = FOREIGN_ISP[addr.country]
            net = Net(r, asn, owner, addr.country, addr.city, addr.lat, addr.lon, [r.randrange(2, 220)], 2)
        return dict(net=net, gw=":".join(r.hexs(2) for _ in range(6)),
                    ssid=r.choice(ROUTER_SSIDS) + (r.hexs(4).upper() if r.p(0.7) else ""))

    def us_phone(self, state: str, fmt=None) -> str:
        r = self.r
        while True:
            area = r.choice(AREA.get(state, ["212"]))
            ex = r.randrange(201, 999)
            sub = r.digits(4)
            if ex != 555 and ex % 100 != 11 and valid_phone(f"+1{area}{ex}{sub}"):
                return self.fmt_phone(area, str(ex), sub, fmt)

    def fmt_phone(self, area, ex, sub, fmt=None) -> str:
        v = self.r.randrange(5) if fmt is None else fmt
        return [f"({area}) {ex}-{sub}", f"+1 {area}-{ex}-{sub}", f"{area}.{ex}.{sub}", f"{area}{ex}{sub}",
                f"+1{area}{ex}{sub}"][v]

    def foreign_phone(self, cc: str) -> str:
        for _ in range(200):
            ph = self._foreign_phone(cc)
            if valid_phone(ph):
                return ph
        return ph

    def _foreign_phone(self, cc: str) -> str:
        r = self.r
        pre = FOREIGN[cc][0]
        body = {"CA": lambda: f"{r.choice(['416', '647', '604'])} {r.randrange(201, 999)} {r.digits(4)}",
                "GB": lambda: f"7{r.randrange(400, 999)} {r.digits(6)}",
                "IN": lambda: f"9{r.digits(4)} {r.digits(5)}",
                "PH": lambda: f"9{r.randrange(15, 99)} {r.digits(3)} {r.digits(4)}",
                "MX": lambda: f"55 {r.digits(4)} {r.digits(4)}",
                "DE": lambda: f"15{r.randrange(1, 9)} {r.digits(8)}",
                "PL": lambda: f"5{r.randrange(0, 9)}{r.digits(1)} {r.digits(3)} {r.digits(3)}",
                "UA": lambda: f"67 {r.digits(3)} {r.digits(4)}",
                "NG": lambda: f"80{r.randrange(2, 9)} {r.digits(3)} {r.digits(4)}",
                "KR": lambda: f"10-{r.digits(4)}-{r.digits(4)}",
                "CN": lambda: f"13{r.randrange(0, 9)} {r.digits(4)} {r.digits(4)}",
                "VN": lambda: f"9{r.randrange(0, 9)} {r.digits(3)} {r.digits(4)}",
                "JP": lambda: f"90-{r.digits(4)}-{r.digits(4)}",
                "BR": lambda: f"11 9{r.digits(4)}-{r.digits(4)}",
                "RU": lambda: f"9{r.digits(2)} {r.digits(3)}-{r.digits(2)}-{r.digits(2)}"}[cc]()
        return f"{pre} {body}"

    def email_for(self, first, last, provider_weights=None, tag="") -> str:
        r = self.r
        provs = provider_weights or [("gmail.com", 55), ("outlook.com", 8), ("hotmail.com", 7), ("yahoo.com", 11),
                                     ("icloud.com", 8), ("aol.com", 2), ("proton.me", 3), ("comcast.net", 3),
                                     ("protonmail.com", 1), ("live.com", 2)]
        tot = sum(w for _, w in provs)
        f, l_ = first.lower().replace("-", ""), last.lower()
        for _ in range(50):
            x = r.uniform(0, tot)
            for prov, w in provs:
                x -= w
                if x <= 0:
                    break
            style = r.randrange(7)
            local = [f"{f}.{l_}", f"{f}{l_}", f"{f[0]}{l_}", f"{f}.{l_}{r.randrange(1, 99)}",
                     f"{f}{r.randrange(1960, 2006)}", f"{l_}.{f}", f"{f}_{l_}{r.randrange(1, 999)}"][style] + tag
            e = f"{local}@{prov}"
            if e not in self.used_emails:
                self.used_emails.add(e)
                return e
        e = f"{f}.{l_}.{r.hexs(5)}@{prov}"
        self.used_emails.add(e)
        return e

    def unique_email(self, local: str, domain: str) -> str:
        e, k = f"{local}@{domain}", 1
        while e in self.used_emails:
            k += 1
            e = f"{local}{k}@{domain}"
        self.used_emails.add(e)
        return e

    def ssn(self) -> str:
        r = self.r
        while True:
            s = f"{r.randrange(1, 900):03d}-{r.randrange(1, 100):02d}-{r.randrange(1, 10000):04d}"
            if not s.startswith("666") and s not in self.used_ids:
                self.used_ids.add(s)
                return s

    def fmt_ssn(self, s: str) -> str:
        return s if self.r.p(0.6) else s.replace("-", "")

    def name_variant(self, first, last, middle=None) -> str:
        r = self.r
        v = r.random()
        if v < 0.7:
            return f"{first} {last}"
        if v < 0.8 and middle:
            return f"{first} {middle[0]}. {last}"
        if v < 0.9:
            return f"{last}, {first}"
        return f"{first} {last}".upper() if v < 0.95 else f"{first.lower()} {last.lower()}"

    def device(self, prefix="WEB") -> str:
        return f"{prefix}-{self.r.hexs(12)}"

    def crypto_addr(self) -> str:
        r = self.r
        if r.p(0.6):
            return "T" + "".join(r.choice("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz") for _ in range(33))
        return "0x" + r.hexs(40)

    def bank(self, prefix=None) -> str:
        r = self.r
        return f"{prefix or r.choice(['021000021', '026009593', '121000248', '111000025', '322271627', '031176110'])}:{r.digits(r.choice([9, 10, 12]))}"

    # ---- photos and resumes ----------------------------------------------------------

    def _face(self, key: str):
        """A small synthetic head-and-shoulders picture drawn from `key`."""
        from PIL import Image, ImageDraw
        if key in self.photo_cache:
            return self.photo_cache[key].copy()
        rr = random.Random(key)
        img = Image.new("RGB", (64, 64), tuple(rr.randrange(120, 256) for _ in range(3)))
        d = ImageDraw.Draw(img)
        skin = rr.choice([(255, 220, 185), (240, 195, 150), (200, 150, 110), (160, 110, 75), (110, 75, 50)])
        d.rectangle([10, 48, 54, 64], fill=tuple(rr.randrange(0, 200) for _ in range(3)))
        d.ellipse([18 + rr.randrange(-2, 3), 12, 46 + rr.randrange(-2, 3), 50], fill=skin)
        d.ellipse([16, 8 + rr.randrange(0, 4), 48, 26], fill=tuple(rr.randrange(0, 120) for _ in range(3)))
        ey = 28 + rr.randrange(-2, 3)
        d.ellipse([24, ey, 28, ey + 3], fill=(30, 30, 30))
        d.ellipse([36, ey, 40, ey + 3], fill=(30, 30, 30))
        d.line([26, 42, 38, 42 + rr.randrange(-1, 2)], fill=(150, 60, 60), width=1)
        for _ in range(40):
            x, y = rr.randrange(64), rr.randrange(64)
            px = img.getpixel((x, y))
            img.putpixel((x, y), tuple(max(0, min(255, c + rr.randrange(-20, 21))) for c in px))
        self.photo_cache[key] = img
        return img.copy()

    def photo(self, key: str, edit: int | None = None, shared_file: bool = False) -> str | None:
        """Write a photo drawn from `key`; `edit` makes an AI-style retouched variant."""
        if self.n_photos >= (self.photo_cap if self.fraud_phase else int(self.photo_cap * 0.8)):
            return None
        from PIL import ImageEnhance
        name = (key.replace("/", "_") + ".png") if shared_file else f"p{self.n_photos:05d}.png"
        path = os.path.join(self.bundle, "photos", name)
        if shared_file and os.path.exists(path):
            return f"photos/{name}"
        img = self._face(key)
        if edit is not None:
            rr = random.Random(f"{key}/{edit}")
            img = ImageEnhance.Brightness(img).enhance(rr.uniform(0.9, 1.12))
            img = ImageEnhance.Color(img).enhance(rr.uniform(0.85, 1.2))
            dx, dy = rr.randrange(-2, 3), rr.randrange(-2, 3)
            img = img.transform(img.size, 0, (1, 0, dx, 0, 1, dy))  # affine shift
            if rr.random() < 0.3:
                img = img.resize((72, 72))
            for _ in range(30):
                x, y = rr.randrange(img.size[0]), rr.randrange(img.size[1])
                px = img.getpixel((x, y))
                img.putpixel((x, y), tuple(max(0, min(255, c + rr.randrange(-25, 26))) for c in px))
        img.save(path, optimize=False)
        self.n_photos += 1
        return f"photos/{name}"

    def write_resume(self, text: str) -> str | None:
        if self.n_resumes >= (self.resume_cap if self.fraud_phase else int(self.resume_cap * 0.8)):
            return None
        name = f"r{self.n_resumes:05d}.txt"
        with open(os.path.join(self.bundle, "resumes", name), "w", encoding="utf-8") as f:
            f.write(text)
        self.n_resumes += 1
        return f"resumes/{name}"

    def resume_text(self, name, email, phone, city, title, history, skills, school, summary=None, template=None):
        r = self.r
        lines = [name, f"{city} | {email} | {phone}", ""]
        if template == "career_center":
            lines += ["OBJECTIVE",
                      "Motivated and detail-oriented student seeking an internship opportunity to apply my academic "
                      "knowledge and develop professional skills in a dynamic, fast-paced environment.", "",
                      "EDUCATION", f"{school}, Bachelor of Science, Expected May {r.randrange(2024, 2027)}",
                      f"GPA: {r.uniform(2.8, 4.0):.2f}/4.00", "Relevant Coursework: Data Structures, Algorithms, "
                      "Databases, Operating Systems, Software Engineering", "",
                      "EXPERIENCE"]
            for comp, t, years in history:
                lines += [f"{t}, {comp} ({years})", "- Collaborated with team members to complete projects on time",
                          "- Communicated effectively with customers and staff"]
            lines += ["", "SKILLS", ", ".join(skills), "", "ACTIVITIES",
                      "Member, Association for Computing Machinery; Volunteer, Campus Food Pantry"]
            return "\n".join(lines)
        if template == "builder":
            lines += ["PROFESSIONAL SUMMARY",
                      f"Results-driven {title} with a proven track record of delivering high-quality solutions. "
                      "Strong problem-solving skills and ability to work independently and as part of a team.", "",
                      "WORK HISTORY"]
            for comp, t, years in history:
                lines += [f"{t} | {comp} | {years}", "- Managed day-to-day tasks and responsibilities",
                          "- Improved processes to increase efficiency and productivity"]
            lines += ["", "SKILLS", " • ".join(skills), "", "EDUCATION", school]
            return "\n".join(lines)
        lines += ["SUMMARY", summary or (f"{title} with {r.randrange(2, 15)} years of experience in "
                                         f"{', '.join(skills[:3])}. " + r.choice([
                                             "I enjoy turning messy requirements into reliable software.",
                                             "Focused on maintainable systems and mentoring.",
                                             "Previously led a migration that cut infra costs noticeably.",
                                             "Comfortable across the stack, happiest in the backend.",
                                             "Looking for a team that ships often and measures outcomes."])), "",
                  "EXPERIENCE"]
        for comp, t, years in history:
            lines.append(f"{t} — {comp} ({years})")
            for _ in range(r.randrange(1, 4)):
                lines.append("- " + r.choice([
                    f"Built {r.choice(['internal', 'customer-facing', 'billing', 'reporting', 'search'])} services with {r.choice(skills)}",
                    f"Reduced {r.choice(['latency', 'cloud spend', 'build times', 'incident count'])} by {r.randrange(10, 70)}%",
                    f"Worked with {r.choice(['product', 'design', 'sales', 'support'])} on {r.choice(['onboarding', 'checkout', 'analytics', 'mobile app'])}",
                    f"Maintained {r.choice(skills)} pipelines and on-call rotation",
                    f"Mentored {r.randrange(1, 6)} junior engineers"]))
        lines += ["", "SKILLS", ", ".join(skills), "", "EDUCATION", f"{school}, {r.choice(['B.S.', 'B.A.', 'M.S.', 'B.Eng.'])}"]
        return "\n".join(lines)

    def history(self, title, k=None):
        r = self.r
        y = 2025
        out = []
        for _ in range(k or r.randrange(1, 4)):
            span = r.randrange(1, 4)
            comp = r.choice(self.companies)["name"] if r.p(0.2) else f"{r.choice(COMPANY_WORDS)} {r.choice(COMPANY_TAILS)}"
            out.append((comp, title if r.p(0.6) else r.choice(TITLES), f"{y - span}–{y}"))
            y -= span
        return out

    # ---- emitting rows ---------------------------------------------------------------

    def add_subject(self, row: dict, fraud: int, ring: str, labels):
        row = {k: ("" if v is None else v) for k, v in row.items()}
        self.subjects.append(row)
        self.truth[row["id"]] = (fraud, ring, labels)

    def login(self, sid, ts, net: Net, device, ua, comp=None, ip=None, outcome="success", proxy_seen=None):
        L = self.logins
        r = self.r
        L["subject_id"].append(sid)
        L["ts"].append(iso(ts))
        L["ip"].append(ip or net.ip(r))
        L["device_id"].append(device or "")
        L["user_agent"].append(ua or "")
        L["country"].append(net.country if r.p(0.95) else "")
        idp = comp["idp"] if comp else "platform"
        if idp == "none":
            for k in ("outcome", "source_proxy", "asn", "network_owner", "city", "latitude", "longitude",
                      "risk_level", "event_type"):
                L[k].append("")
            return
        L["outcome"].append(outcome)
        flag = net.proxy if proxy_seen is None else proxy_seen
        L["source_proxy"].append(("true" if flag else "false") if r.p(0.9) else "")
        L["asn"].append(net.asn)
        L["network_owner"].append(net.owner)
        L["city"].append(net.city)
        L["latitude"].append(f"{net.lat + r.uniform(-0.05, 0.05):.4f}" if net.lat else "")
        L["longitude"].append(f"{net.lon + r.uniform(-0.05, 0.05):.4f}" if net.lon else "")
        L["risk_level"].append(r.choice(["none", "low", "low", "medium"]) if flag else r.choice(["none", "none", "low"]))
        L["event_type"].append("user.session.start" if idp == "okta" else
                               ("interactiveUser" if idp == "entra" else "web.login"))

    def ep(self, sid, ts, device, kind, value, vid="", pid=""):
        E = self.endpoint
        E["subject_id"].append(sid)
        E["ts"].append(iso(ts))
        E["device_id"].append(device)
        E["kind"].append(kind)
        E["value"].append(value)
        E["vendor_id"].append(vid)
        E["product_id"].append(pid)

    def work_hours_ts(self, start, days, tz_off_h, night=False):
        """A timestamp on a weekday within `days` after start, in local working (or night) hours."""
        r = self.r
        d = start + r.randrange(0, max(1, days)) * 86400
        day0 = d - d % 86400
        hour = r.uniform(20, 30) if night else r.uniform(8, 18.5)
        return int(day0 + (hour - tz_off_h) * 3600)

    # ---- honest people ---------------------------------------------------------------

    def make_person(self, city=None, country="US", last=None, addr=None, line=None, korean=False, age=None):
        r = self.r
        first = r.choice(KOREAN_FIRST if korean else FIRST)
        last = last or r.choice(KOREAN_LAST if korean else LAST)
        if addr is None:
            addr = self.home(city) if country == "US" else self.foreign_home(country)
        if line is None:
            line = self.home_ip(addr)
        st = addr.state if country == "US" else ""
        by = 2025 - (age if age else r.randrange(21, 66))
        p = dict(first=first, last=last, middle=r.choice(FIRST) if r.p(0.4) else None,
                 birth=dt.date(by, r.randrange(1, 13), r.randrange(1, 29)).isoformat(),
                 ssn=self.ssn() if country == "US" else f"{country}{r.randrange(10**7, 10**8)}",
                 phone=self.us_phone(st) if country == "US" else self.foreign_phone(country),
                 country=country, addr=addr, line=line, labels=set(), devices=[self.device()],
                 mobile_dev=self.device("MOB"), ua=r.choice(UAS), mua=r.choice(MOBILE_UAS),
                 bank=self.bank(), night=False, vpn=None, travel=False, title=r.choice(TITLES),
                 skills=r.sample(SKILLS, r.randrange(4, 9)), school=r.choice(SCHOOLS), photo=None,
                 resume=None, profiles=None, tz=addr.tz)
        p["email"] = self.email_for(first, last)
        return p

    def tz_off(self, tz: str) -> float:
        return {"America/New_York": -4, "America/Detroit": -4, "America/Indiana/Indianapolis": -4,
                "America/Chicago": -5, "America/Denver": -6, "America/Boise": -6, "America/Phoenix": -7,
                "America/Los_Angeles": -7, "America/Toronto": -4, "America/Vancouver": -7, "Europe/London": 1,
                "Europe/Berlin": 2, "Europe/Warsaw": 2, "Europe/Kyiv": 3, "Africa/Lagos": 1, "Asia/Kolkata": 5.5,
                "Asia/Manila": 8, "Asia/Shanghai": 8, "Asia/Seoul": 9, "Asia/Tokyo": 9, "Asia/Ho_Chi_Minh": 7,
                "America/Mexico_City": -6, "America/Sao_Paulo": -3, "Asia/Vladivostok": 10,
                "Europe/Moscow": 3}.get(tz, 0)

    def honest_population(self, target: int):
        """Persons and their subject rows until `target` rows exist."""
        r = self.r
        rows_before = len(self.subjects)
        persons = []
        while len(self.subjects) - rows_before < target:
            group = self.honest_group()
            for p in group:
                persons.append(p)
                self.emit_person(p, limit=target - (len(self.subjects) - rows_before))
                if len(self.subjects) - rows_before >= target:
                    break
        self.honest_persons = persons

    def honest_group(self):
        """One person, or a household / couple / roommates / dorm-mates."""
        r = self.r
        x = r.random()
        if x < 0.045:  # couple (often same surname, often a joint account)
            a = self.make_person()
            same = r.p(0.65)
            b = self.make_person(addr=a["addr"], line=a["line"], last=a["last"] if same else None)
            for p in (a, b):
                p["labels"].add("couple")
            if r.p(0.55):
                joint = self.bank()
                a["bank"] = b["bank"] = joint
                a["labels"].add("joint_bank_account")
                b["labels"].add("joint_bank_account")
            if r.p(0.3):  # one family computer
                a["devices"].append(b["devices"][0])
                a["labels"].add("shared_computer")
                b["labels"].add("shared_computer")
            if r.p(0.25):  # same employer
                a["same_employer_as"] = b
            return [a, b]
        if x < 0.065:  # family household 3-5: parents and adult children; parent's phone as recovery
            a = self.make_person()
            fam = [a] + [self.make_person(addr=a["addr"], line=a["line"], last=a["last"],
                                          age=r.randrange(18, 30) if i else None) for i in range(r.randrange(2, 5))]
            rec = a["phone"]
            for p in fam:
                p["labels"].add("household")
                p["recovery_phone"] = rec
                if r.p(0.35):
                    p["devices"].append(a["devices"][0])
                    p["labels"].add("shared_computer")
            return fam
        if x < 0.08:  # roommates
            a = self.make_person()
            mates = [a] + [self.make_person(addr=a["addr"], line=a["line"]) for _ in range(r.randrange(1, 4))]
            for p in mates:
                p["labels"].add("roommates")
            return mates
        if x < 0.125:  # students: dorm address, campus network, career-center resume template
            name, net, dorm, c = r.choice(self.unis)
            da = Addr(dorm.num, dorm.street, dorm.suf, f"{r.randrange(1, 9)}{r.randrange(0, 40):02d}" if r.p(0.6) else None,
                      dorm.city, dorm.state, dorm.zip, lat=dorm.lat, lon=dorm.lon, tz=dorm.tz)
            da.cityrec = c
            line = dict(net=net, gw=None, ssid="eduroam")
            p = self.make_person(addr=da, line=line, age=r.randrange(18, 25))
            p["school"] = name
            p["labels"].add("student")
            p["template"] = "career_center"
            p["role"] = "student"
            return [p]
        if x < 0.185:  # migrants: foreign phone, remittances, visits home, sometimes foreign address
            cc = r.choice(["IN", "PH", "MX", "NG", "CN", "KR", "UA", "PL", "VN", "BR", "GB", "DE", "RU"])
            if r.p(0.5):
                p = self.make_person(korean=(cc == "KR" and r.p(0.7)))
                p["phone"] = self.foreign_phone(cc)
            else:
                p = self.make_person(country=cc, korean=(cc == "KR" and r.p(0.7)))
            p["labels"].add("migrant")
            p["home_cc"] = cc
            p["wallet"] = f"wise:{p['email']}" if r.p(0.5) else None
            if cc == "KR":
                p["keyboard"] = "ko-KR"
                p["labels"].add("korean_speaker")
            elif cc == "CN":
                p["keyboard"] = "zh-CN" if r.p(0.6) else None
                if r.p(0.4):
                    p["astrill"] = True  # people in/visiting China commonly use Astrill
                    p["labels"].add("china_vpn_user")
            return [p]
        if x < 0.197:  # Korean-American / Korean speakers (no migration)
            p = self.make_person(korean=r.p(0.7))
            p["keyboard"] = "ko-KR"
            p["labels"].add("korean_speaker")
            return [p]
        p = self.make_person()
        return [p]

    def emit_person(self, p: dict, limit: int):
        r = self.r
        labels = p["labels"]
        # behaviours that go with one person
        if r.p(0.06):
            p["vpn"] = r.choice(self.consumer_vpn[:-6] if r.p(0.8) else self.consumer_vpn)
            labels.add("privacy_vpn")
        if r.p(0.05):
            p["night"] = True
            labels.add("night_worker")
        if r.p(0.05):
            p["travel"] = True
            labels.add("traveler")
        if r.p(0.03):
            labels.add("voip_phone")  # a Google Voice-style number: looks like any number
        if r.p(0.005):
            labels.add("homelab_kvm")
        if r.p(0.008):
            labels.add("virtual_mailbox")
            mb = r.choice(self.mailboxes)
            p["mailbox"] = Addr(mb.num, mb.street, mb.suf, f"PMB {r.randrange(100, 99999)}", mb.city, mb.state,
                                mb.zip, lat=0, lon=0, tz=p["tz"])
        if r.p(0.04) and "student" not in labels:
            labels.add("mover")
            p["new_addr"] = self.home()
        if r.p(0.2):
            p["mobile_heavy"] = True
            labels.add("mobile_carrier_nat")
        role = p.get("role")
        if role is None:
            role = r.choices(["applicant", "employee", "contractor", "account"], [34, 30, 10, 26])[0]
        if role == "student":
            role = "applicant"
        comp = r.choice(self.companies)
        if p.get("same_employer_as") is not None and "comp" in p["same_employer_as"]:
            comp = p["same_employer_as"]["comp"]
        p["comp"] = comp
        rows = []  # (kind, employer comp or None, variant labels)
        if role == "applicant":
            rows.append(("applicant", comp))
            if r.p(0.12):
                labels.add("repeat_applicant")
                for c in r.sample(self.companies, r.randrange(1, 4)):
                    rows.append(("applicant", c))
        elif role in ("employee", "contractor"):
            if r.p(0.3):
                rows.append(("applicant", comp))
            rows.append((role, comp))
            if role == "employee" and r.p(0.012):
                labels.add("two_jobs")
                c2 = r.choice([c for c in self.companies if c is not comp])
                rows.append(("employee", c2))
            if r.p(0.01):
                labels.add("rehired")
                rows.append((role, comp))
            if role == "employee" and r.p(0.025):
                labels.add("it_admin")
            if role == "contractor" and r.p(0.45):
                p["agency"] = r.choice(self.agencies)
                labels.add("agency_contractor")
        else:
            rows.append(("account", None))
            if r.p(0.3):
                p["freelancer"] = True
                labels.add("freelancer")
            if r.p(0.06):
                labels.add("several_accounts")
                for _ in range(r.randrange(1, 3)):
                    rows.append(("account", None))
            if r.p(0.012):
                labels.add("recruiter")
                ag = r.choice(self.agencies)
                p["agency"] = ag
                p["recruiter"] = True
        if r.p(0.005) and len(rows) < 3:
            labels.add("renamed")
            p["old_last"] = p["last"]
            p["last"] = r.choice(LAST)
            rows.insert(0, (rows[0][0], rows[0][1], "old_name"))
        # photo and resume, once per person
        if r.p(0.25):
            x = r.random()
            if x < 0.1:
                p["photo"] = self.photo(r.choice(self.default_avatars), shared_file=True)
                labels.add("default_avatar")
            elif x < 0.14:
                p["photo"] = self.photo(r.choice(self.stock_photos), shared_file=True)
                labels.add("stock_photo")
            else:
                p["photo"] = self.photo(f"honest/{p['ssn']}/{p['first']}")
        wants_resume = any(k in ("applicant", "contractor") for k, *_ in rows) or p.get("freelancer")
        if wants_resume and r.p(0.45):
            tmpl = p.get("template")
            if tmpl is None and r.p(0.15):
                tmpl = "builder"
                labels.add("templated_resume")
            if tmpl == "career_center":
                labels.add("templated_resume")
            full = f"{p['first']} {p['last']}"
            txt = self.resume_text(full, p["email"], p["phone"], p["addr"].city, p["title"],
                                   self.history(p["title"]), p["skills"], p["school"], template=tmpl)
            p["resume"] = self.write_resume(txt) if r.p(0.85) else txt[:600]
        if r.p(0.5):
            slug = f"{p['first']}-{p['last']}".lower().replace(" ", "-")
            prof = [f"https://www.linkedin.com/in/{slug}-{r.hexs(6) if r.p(0.6) else r.randrange(1, 999)}"]
            if p["title"] in TITLES[:15] and r.p(0.5):
                prof.append(f"https://github.com/{p['first'].lower()}{p['last'].lower()}{r.randrange(0, 99) if r.p(0.5) else ''}")
            if p.get("recruiter"):
                prof.append(p["agency"]["site"])
            if p.get("agency") and not p.get("recruiter") and r.p(0.3):
                prof.append(p["agency"]["site"])
            p["profiles"] = ";".join(prof)
        for i, row in enumerate(rows[:max(1, limit)]):
            self.emit_row(p, row[0], row[1], old_name=len(row) > 2, idx=i)

    def new_id(self) -> str:
        return ""  # ids are assigned at the end, after shuffling

    def emit_row(self, p, kind, comp, old_name=False, idx=0):
        r = self.r
        labels = set(p["labels"])
        last = p.get("old_last") if old_name else p["last"]
        created = r.randrange(0, SPAN - 120 * 86400)
        if kind in ("employee", "contractor") and idx > 0:
            created = min(SPAN - 100 * 86400, created + r.randrange(20, 60) * 86400)
        email = p["email"]
        if kind == "account" and idx > 0:
            email = self.email_for(p["first"], p["last"])  # another address for another account
        elif kind == "employee" and r.p(0.15):
            email = self.unique_email(f"{p['first'][0].lower()}{p['last'].lower()}".replace("-", ""), comp["domain"])
        if p.get("recruiter"):
            email = p.setdefault("agency_email", self.unique_email(
                f"{p['first'].lower()}.{last.lower()}".replace("-", ""), p["agency"]["domain"]))
        addr = p["addr"]
        show_addr = addr
        if p.get("mailbox") and r.p(0.7):
            show_addr = p["mailbox"]
        if p.get("new_addr") and idx > 0:
            show_addr = p["new_addr"]
        row = dict(id=None, kind=kind, full_name=self.name_variant(p["first"], last, p["middle"]),
                   email=email, phone=p["phone"] if r.p(0.9) else "",
                   address=show_addr.fmt(r) if (kind != "account" or r.p(0.3)) else "",
                   country=p["country"] if r.p(0.95) else "",
                   birth_date=p["birth"] if r.p({"employee": 0.9, "contractor": 0.8, "applicant": 0.3,
                                                 "account": 0.15}[kind]) else "",
                   national_id=self.fmt_ssn(p["ssn"]) if r.p({"employee": 0.7, "contractor": 0.5, "applicant": 0.05,
                                                              "account": 0.0}[kind]) else "",
                   photo=p["photo"] if r.p(0.9) else "", resume=p["resume"] if kind != "employee" else "",
                   profiles=p["profiles"] or "",
                   employer=(comp["name"] if comp else (self.platform["name"] if p.get("freelancer") else "")),
                   created_at=iso(created), recovery_email="", recovery_phone="", signup_ip="")
        if kind == "account":
            if r.p(0.6):
                row["recovery_phone"] = p.get("recovery_phone") or p["phone"]
            if r.p(0.4):
                row["recovery_email"] = p["email"] if email != p["email"] else (
                    p.get("recovery_email") or self.email_for(p["first"], p["last"]))
                p.setdefault("recovery_email", row["recovery_email"])
            row["signup_ip"] = self.pick_net(p, comp=None).ip(r)
        sid = f"tmp{len(self.subjects)}"
        row["id"] = sid
        row["phone"] = intl(row["phone"], row["country"] or p["country"])
        row["recovery_phone"] = intl(row["recovery_phone"], row["country"] or p["country"])
        p.setdefault("kinds", set()).add(kind)
        self.add_subject(row, 0, "", p["labels"])
        self.activity(sid, p, kind, comp, created)

    def pick_net(self, p, comp=None, at_office_p=0.0, on_laptop=False) -> Net:
        r = self.r
        if comp and on_laptop and comp["vpn"] is not None and r.p(0.7):
            return comp["vpn"]
        if comp and r.p(at_office_p):
            return comp["office"]
        if p.get("vpn") and r.p(0.6):
            return p["vpn"]
        if p.get("astrill") and r.p(0.5):
            return r.choice(self.astrill)
        if p.get("mobile_heavy") and r.p(0.5) and not on_laptop:
            return r.choice(self.mobile)
        if not on_laptop and r.p(0.1):
            return r.choice(self.mobile)
        if p.get("travel") and r.p(0.12):
            return r.choice(self.hotels)
        if p.get("home_cc") and r.p(0.06):
            cc = p["home_cc"]
            if cc == "CN":
                return r.choice(self.cn_nets[2:])
            if cc == "RU":
                return self.ru_nets[1]
            asn, owner = FOREIGN_ISP[cc]
            key = ("visit", cc)
            if key not in self.photo_cache:
                city, lat, lon, _ = FOREIGN[cc][1][0]
                self.photo_cache[key] = Net(r, asn, owner, cc, city, lat, lon, [r.randrange(2, 220)], 30)
            return self.photo_cache[key]
        if "library" in p and r.p(0.5):
            return p["library"]
        return p["line"]["net"]

    def activity(self, sid, p, kind, comp, created):
        """Logins, endpoint telemetry, payouts and equipment for one honest row."""
        r = self.r
        labels = p["labels"]
        if r.p(0.01) and "library" not in p:
            p["library"] = r.choice(self.libraries)
            labels.add("public_computer")
        tzo = self.tz_off(p["tz"])
        laptop = None
        if kind in ("employee", "contractor"):
            days = r.randrange(60, 300)
            remote = r.p(comp["remote_share"])
            if r.p(0.85 if kind == "employee" else 0.5):
                laptop = f"{comp['tag']}-LT-{r.randrange(10000, 99999)}"
                ship_to = None
                if remote:
                    if p.get("agency") and r.p(0.4):
                        ship_to = p["agency"]["addr"]
                    elif p.get("new_addr"):
                        ship_to = p["new_addr"]
                    elif p.get("mailbox") and r.p(0.3):
                        ship_to = p["mailbox"]
                    else:
                        ship_to = p["addr"]
                elif r.p(0.15):
                    ship_to = comp["hq"]
                if ship_to is not None:
                    self.shipments.append((sid, iso(created + r.randrange(3, 20) * 86400), laptop, ship_to.fmt(r)))
                    if p.get("new_addr") and r.p(0.5):
                        self.shipments.append((sid, iso(created + r.randrange(40, 90) * 86400),
                                               f"{comp['tag']}-MON-{r.randrange(1000, 9999)}", p["new_addr"].fmt(r)))
            n_log = r.randrange(8, 40)
            for _ in range(n_log):
                on_lt = laptop is not None and r.p(0.8)
                net = self.pick_net(p, comp, at_office_p=0.0 if remote else comp["hybrid"], on_laptop=on_lt)
                ts = self.work_hours_ts(created, days, tzo, night=p["night"] and r.p(0.7))
                dev = laptop if on_lt else (p["mobile_dev"] if net.kind == "mobile" else r.choice(p["devices"]))
                ua = p["mua"] if dev == p["mobile_dev"] else p["ua"]
                if "library" in p and net is p["library"]:
                    dev = r.choice(self.library_pcs[net.city])
                out = "success" if r.p(0.93) else r.choice(["failure", "challenge"])
                self.login(sid, ts, net, dev, ua, comp=comp, outcome=out)
            if laptop and comp["telemetry"]:
                self.telemetry(sid, p, comp, laptop, created, days, remote)
            self.pay(sid, p, kind, comp, created, days)
        elif kind == "applicant":
            for _ in range(r.randrange(1, 5)):
                net = self.pick_net(p, None)
                ts = self.work_hours_ts(created, 20, tzo, night=r.p(0.3))
                dev = p["mobile_dev"] if net.kind == "mobile" else r.choice(p["devices"])
                self.login(sid, ts, net, dev, p["mua"] if dev == p["mobile_dev"] else p["ua"], comp=dict(idp="none"))
        else:  # accounts
            days = r.randrange(30, 400)
            for _ in range(r.randrange(2, 22)):
                net = self.pick_net(p, None)
                ts = created + r.randrange(0, days * 86400)
                if p.get("night") and r.p(0.6):
                    ts = self.work_hours_ts(created, days, tzo, night=True)
                dev = p["mobile_dev"] if net.kind == "mobile" else r.choice(p["devices"])
                if "library" in p and net is p["library"]:
                    dev = r.choice(self.library_pcs[net.city])
                self.login(sid, ts, net, dev, p["mua"] if dev == p["mobile_dev"] else p["ua"],
                           comp=dict(idp="platform"), outcome="success" if r.p(0.95) else "failure")
            if p.get("travel"):  # quick hops between countries (trips): several countries in days
                t0 = created + r.randrange(0, days) * 86400
                for h in r.sample(self.hotels, 2):
                    self.login(sid, t0 + r.randrange(0, 3 * 86400), h, p["mobile_dev"], p["mua"], comp=dict(idp="platform"))
            if p.get("freelancer"):
                self.pay(sid, p, "freelancer", None, created, days)

    def telemetry(self, sid, p, comp, dev, created, days, remote):
        r = self.r
        labels = p["labels"]
        mac = comp["mac_fleet"]
        procs = (MAC_PROCESSES if mac else STD_PROCESSES) + comp["edr"] + comp["mdm"]
        if p["title"] in TITLES[:15]:
            procs = procs + r.sample(DEV_PROCESSES, 4)
        if comp["remote_tool"]:
            procs.append(comp["remote_tool"])
        if "it_admin" in labels:
            procs += r.sample(["AnyDesk.exe", "TeamViewer.exe", "mstsc.exe", "putty.exe", "WinSCP.exe",
                               "remoting_host.exe"], 2)
        tzo = self.tz_off(p["tz"])
        for _ in range(r.randrange(2, 5)):
            ts = self.work_hours_ts(created, days, tzo)
            for pr in r.sample(procs, min(len(procs), r.randrange(5, 12))):
                self.ep(sid, ts, dev, "process", pr)
        self.ep(sid, created + 86400 * 4, dev, "system", comp["laptop"])
        self.ep(sid, created + 86400 * 4, dev, "system", f"{comp['tag']}-{r.randrange(10000, 99999)}")
        for name, vid, pid in r.sample(USB_COMMON, r.randrange(1, 4)):
            self.ep(sid, self.work_hours_ts(created, days, tzo), dev, "usb", name, vid, pid)
        if "homelab_kvm" in labels:
            name, vid, pid = r.choice(KVM_USB)
            self.ep(sid, self.work_hours_ts(created, days, tzo), dev, "usb", name, vid, pid)
        if r.p(0.7):
            self.ep(sid, self.work_hours_ts(created, days, tzo), dev, "display", r.choice(DISPLAYS))
        if remote or r.p(0.5):
            line = p["line"]
            if line.get("gw"):
                self.ep(sid, self.work_hours_ts(created, days, tzo), dev, "gateway_mac", line["gw"])
            self.ep(sid, self.work_hours_ts(created, days, tzo), dev, "network", line["ssid"])
        if not remote:
            self.ep(sid, self.work_hours_ts(created, days, tzo), dev, "gateway_mac", comp["office_gw"])
            self.ep(sid, self.work_hours_ts(created, days, tzo), dev, "network", comp["office_ssid"])
        kb = p.get("keyboard") or "en-US"
        self.ep(sid, created + 86400 * 4, dev, "keyboard", kb)
        if kb != "en-US" and r.p(0.6):
            self.ep(sid, created + 86400 * 5, dev, "keyboard", "en-US")
        self.ep(sid, created + 86400 * 4, dev, "timezone", p["tz"])
        if p.get("travel") and r.p(0.5):
            self.ep(sid, created + 86400 * r.randrange(10, 60), dev, "timezone", r.choice(["Europe/Berlin", "Europe/London", "Asia/Seoul", "America/Mexico_City"]))
        if p.get("home_cc") and r.p(0.3):
            tz = FOREIGN[p["home_cc"]][1][0][3]
            self.ep(sid, created + 86400 * r.randrange(10, 60), dev, "timezone", tz)
        if comp["rdp"] or ("it_admin" in labels and r.p(0.5)):
            self.ep(sid, created + 86400 * 6, dev, "listening_port", "3389/tcp")
        if not mac:
            self.ep(sid, created + 86400 * 6, dev, "listening_port", r.choice(["135/tcp", "445/tcp", "7680/tcp"]))
        if "it_admin" in labels and r.p(0.6):
            self.ep(sid, self.work_hours_ts(created, days, tzo), dev, "remote_session", comp["office"].ips[0])

    def pay(self, sid, p, kind, comp, created, days):
        r = self.r
        labels = p["labels"]
        if kind == "freelancer":
            if r.p(0.04):
                dest, method = p.setdefault("crypto", self.crypto_addr()), "crypto"
                labels.add("crypto_payout")
            elif p.get("wallet"):
                dest, method = p["wallet"], "wallet"
            else:
                dest, method = r.choice([f"paypal:{p['email']}", f"payoneer:{p['email']}"]), "wallet"
                if r.p(0.4):
                    dest, method = p["bank"], "bank"
            for _ in range(r.randrange(1, 10)):
                self.payments.append((sid, iso(created + r.randrange(0, days * 86400)), f"{r.uniform(50, 3000):.2f}",
                                      "USD", method, dest))
            return
        period = 14 if comp["payroll"] == "biweekly" else 15
        if kind == "contractor":
            period = 30
        if p.get("agency") and kind == "contractor":
            dest, method = p["agency"]["bank"], "bank"
        elif kind == "contractor" and p.get("wallet"):
            dest, method = p["wallet"], "wallet"
        else:
            dest, method = p["bank"], "bank"
        amount = r.uniform(2500, 9000) if kind == "employee" else r.uniform(4000, 15000)
        t = created + r.randrange(5, 20) * 86400
        n = 0
        while t < created + days * 86400 and n < 12:
            self.payments.append((sid, iso(t), f"{amount * r.uniform(0.97, 1.03):.2f}", "USD", method, dest))
            t += period * 86400
            n += 1
        if p.get("home_cc") and p.get("wallet") and r.p(0.5):
            labels.add("remittance")

    # ---- fraud -----------------------------------------------------------------------

    def ring_sizes(self, f_total: int):
        r = self.r
        lone = max(1, round(f_total * r.uniform(0.08, 0.14)))
        sizes = []
        left = f_total - lone
        if left >= 45:
            big = r.randrange(30, min(70, left // 3 + 30))
            sizes.append(big)
            left -= big
        while left > 0:
            s = r.choice([2, 2, 2, 3, 3, 3, 4, 4, 5, 6, 7, 8, 10, 12, 15, 18, 24])
            s = min(s, left)
            if s == 1:
                lone += 1
                left -= 1
                break
            sizes.append(s)
            left -= s
        return lone, sizes

    def frauds(self, f_total: int):
        r = self.r
        lone, sizes = self.ring_sizes(f_total)
        # honest employees whose identities get stolen: a pool (they appear in the data as honest)
        self.holders = [p for p in self.honest_persons
                        if p["country"] == "US" and (p.get("kinds", set()) & {"employee", "contractor"}
                                                     or (p.get("kinds") and self.r.p(0.15)))]
        r.shuffle(self.holders)
        self.holder_i = 0
        for i, size in enumerate(sizes):
            self.make_ring(f"R{i + 1:03d}", size)
        for _ in range(lone):
            self.make_lone()

    def ring_infra(self, rid, size):
        r = self.r
        g = dict(id=rid)
        g["mode"] = r.choices(["employer", "platform", "mixed"], [55, 25, 20])[0]
        g["has_farm"] = g["mode"] != "platform" and r.p(0.75)
        g["farms"] = []
        for _ in range(1 if size < 12 else r.randrange(1, 4)):
            c = r.choice(US_CITIES)
            a = self.home(c, apt_p=0.25)
            g["farms"].append(dict(addr=a, line=self.home_ip(a)))
        g["p_farm"] = r.uniform(0.4, 1.0)
        g["kvm"] = r.choice(KVM_USB) if r.p(0.7) else None
        g["p_kvm"] = r.uniform(0.2, 0.9)
        g["tools"] = r.sample(ILLICIT_REMOTE, r.randrange(1, 3))
        g["p_tool"] = r.uniform(0.3, 0.95)
        g["hub"] = r.choice(self.vps).ip(r) if r.p(0.5) else r.choice(self.astrill).ip(r)
        g["astrill"] = r.sample(self.astrill, r.randrange(1, 4))
        g["p_astrill"] = r.uniform(0.3, 1.0)
        g["leak"] = r.sample(self.cn_nets[:2] + self.ru_nets[:1] + self.cn_nets[2:], r.randrange(1, 3))
        g["p_leak"] = r.uniform(0.0, 0.5)
        g["devices"] = [self.device() for _ in range(r.randrange(1, 4))]
        g["uas"] = [r.choice(UAS) for _ in g["devices"]]
        g["p_device"] = r.uniform(0.0, 0.7)
        while True:  # a block of numbers from one VOIP exchange
            st = r.choice(list(AREA))
            area, ex = r.choice(AREA[st]), str(r.randrange(201, 999))
            base = r.randrange(0, 9000)
            if ex != "555" and valid_phone(f"+1{area}{ex}{base:04d}"):
                break
        g["voip"] = [self.fmt_phone(area, ex, f"{base + r.randrange(0, 300):04d}", 0) for _ in range(r.randrange(1, 5))]
        g["voip_raw"] = (area, ex, base)
        g["p_voip_shared"] = r.uniform(0.1, 0.8)
        g["recovery_emails"] = [f"{r.choice(['work', 'dev', 'job', 'hr', 'acc'])}{r.choice(['center', 'team', 'desk', 'hub'])}{r.randrange(10, 9999)}@{r.choice(['outlook.com', 'hotmail.com', 'gmail.com', 'proton.me'])}"
                                for _ in range(r.randrange(1, 3))]
        g["p_recovery_shared"] = r.uniform(0.2, 0.9)
        g["banks"] = [self.bank() for _ in range(r.randrange(1, 4))]
        g["wallets"] = [f"payoneer:{r.choice(['ops', 'pay', 'finance', 'billing'])}.{r.hexs(4)}@{r.choice(['outlook.com', 'gmail.com'])}"
                        for _ in range(r.randrange(1, 3))]
        g["cryptos"] = [self.crypto_addr() for _ in range(r.randrange(1, 3))]
        g["p_pay_shared"] = r.uniform(0.35, 0.95)
        g["p_crypto"] = r.uniform(0.0, 0.4)
        g["faces"] = [f"op/{rid}/{k}" for k in range(r.randrange(1, 4))]
        g["p_photo_shared"] = r.uniform(0.0, 0.8)
        g["p_photo_exact"] = r.uniform(0.0, 0.5)
        g["resumes"] = [self.fraud_resume_base(rid, k) for k in range(r.randrange(1, 3))]
        g["p_resume_clone"] = r.uniform(0.1, 0.9)
        g["p_stolen"] = r.uniform(0.2, 0.9)
        g["p_holder_in_data"] = r.uniform(0.2, 0.8)
        g["p_rented"] = r.uniform(0.0, 0.3)
        g["p_multi_job"] = r.uniform(0.0, 0.4)
        g["p_outlook"] = r.uniform(0.4, 0.95)
        g["portfolio"] = f"https://{r.choice(COMPANY_WORDS).lower()}-{r.choice(['dev', 'codes', 'builds', 'tech'])}.{r.choice(['netlify.app', 'vercel.app', 'github.io'])}"
        g["p_portfolio"] = r.uniform(0.0, 0.6)
        g["claim_cc"] = "US" if r.p(0.8) else r.choice(["CA", "JP", "PL", "UA", "GB", "DE", "VN"])
        g["start"] = r.randrange(0, SPAN - 200 * 86400)
        g["burst"] = r.randrange(20, 150) * 86400
        g["targets"] = r.sample(self.companies, min(len(self.companies), r.randrange(2, 12)))
        g["fronts"] = []
        if r.p(0.35):
            reg = f"{r.choice(['admin', 'hr', 'contact', 'info'])}{r.randrange(10, 999)}@{r.choice(['outlook.com', 'hotmail.com', 'gmail.com'])}"
            ip = r.choice(self.vps).ip(r)
            ns = r.choice(["dns1.registrar-servers.com;dns2.registrar-servers.com", "ns1.hostinger.com;ns2.hostinger.com",
                           "ns1.dnsowl.com;ns2.dnsowl.com;ns3.dnsowl.com"])
            for _ in range(r.randrange(1, 4)):
                nm = f"{r.choice(COMPANY_WORDS)} {r.choice(['Tech Solutions', 'Staffing', 'Consulting', 'Digital Labs', 'IT Services', 'Talent'])}"
                dom = nm.lower().replace(" ", "") + r.choice([".com", ".net", ".io", ".tech"])
                reg_at = (EPOCH + dt.timedelta(seconds=g["start"] - r.randrange(10, 200) * 86400)).date().isoformat()
                self.domains.append((dom, nm, reg_at, reg if r.p(0.6) else "Redacted for Privacy",
                                     ip if r.p(0.7) else r.choice(self.vps).ip(r), ns))
                g["fronts"].append(dict(name=nm, domain=dom))
        return g

    def fraud_resume_base(self, rid, k):
        r = self.r
        title = r.choice(["Senior Full Stack Developer", "Senior Software Engineer", "Blockchain Developer",
                          "Senior React Developer", "Mobile Developer", "Senior Backend Engineer"])
        skills = r.sample(SKILLS[:40], 10)
        hist = []
        y = 2025
        for _ in range(r.randrange(3, 5)):
            span = r.randrange(1, 4)
            hist.append((f"{r.choice(COMPANY_WORDS)} {r.choice(COMPANY_TAILS)}", title, f"{y - span}–{y}"))
            y -= span
        summary = (f"{title} with {r.randrange(7, 12)}+ years of experience designing and delivering scalable web "
                   f"and mobile applications using {skills[0]}, {skills[1]} and {skills[2]}. Proven ability to lead "
                   "cross-functional teams, optimize performance and deliver high-quality products on time. "
                   "Passionate about clean code, best practices and continuous learning.")
        return dict(title=title, skills=skills, hist=hist, summary=summary, school=r.choice(SCHOOLS))

    def next_holder(self):
        if self.holder_i < len(self.holders):
            h = self.holders[self.holder_i]
            self.holder_i += 1
            return h
        return None

    def make_ring(self, rid, size):
        r = self.r
        g = self.ring_infra(rid, size)
        members = 0
        # facilitator appears as a subject now and then (own identity, the farm address, the ring's bank)
        if g["has_farm"] and size >= 4 and r.p(0.35):
            self.make_facilitator(g)
            members += 1
        extra = []
        if g["fronts"] and size - members >= 4 and r.p(0.6):
            extra.append("fake_recruiter")
        if g["mode"] != "employer" and size - members - len(extra) >= 4 and r.p(0.5):
            extra.append("fake_client")
        for e in extra:
            self.make_aux_account(g, e)
            members += 1
        while members < size:
            members += self.make_persona(g, max_rows=size - members)

    def make_identity(self, g, tactics):
        """Name, birth date, national id, address for a persona: stolen, rented or invented."""
        r = self.r
        if g is not None and r.p(g["p_rented"]) and g.get("renter") is None:
            # an American who rents out their identity (several jobs under one real name)
            rp = self.make_person(city=g["farms"][0]["addr"].cityrec, addr=g["farms"][0]["addr"])
            g["renter"] = rp
        if g is not None and g.get("renter") is not None and r.p(0.35):
            tactics.add("rented_identity")
            return g["renter"], None
        if r.p(g["p_stolen"] if g else 0.5):
            tactics.add("stolen_identity")
            h = self.next_holder() if r.p(g["p_holder_in_data"] if g else 0.4) else None
            if h is not None:
                h["labels"].add("stolen_id_holder")
                return h, h
            return self.make_person(), None  # a real person who is not in this data
        tactics.add("synthetic_identity")
        return self.make_person(), None

    def fraud_email(self, first, last, p_outlook, tactics):
        r = self.r
        if r.p(p_outlook):
            tactics.add("throwaway_email")
            provs = [("outlook.com", 60), ("hotmail.com", 35), ("live.com", 5)]
        else:
            provs = [("gmail.com", 80), ("proton.me", 10), ("yahoo.com", 10)]
        tag = r.choice(["", "", "dev", ".dev", "tech", "code", str(r.randrange(1, 99)), ".se", ".eng"])
        return self.email_for(first, last, provs, tag=tag)

    def make_persona(self, g, max_rows=1, lone=False):
        r = self.r
        tactics = set()
        ident, holder = self.make_identity(g, tactics)
        first, last = ident["first"], ident["last"]
        if "synthetic_identity" in tactics and r.p(0.3):
            first = r.choice(["Alex", "Kevin", "Daniel", "Ryan", "Jason", "Eric", "Brian", "Andrew", "Michael", "David"])
        start = g["start"] + r.randrange(0, g["burst"]) if g else r.randrange(0, SPAN - 200 * 86400)
        email = self.fraud_email(first, last, g["p_outlook"] if g else 0.7, tactics)
        # phone: shared VOIP, a fresh VOIP-looking number, or none
        if g and r.p(g["p_voip_shared"]):
            phone = r.choice(g["voip"])
            tactics.add("shared_voip_phone")
        elif r.p(0.6):
            if g:
                area, ex, base = g["voip_raw"]
                phone = self.fmt_phone(area, ex, f"{(base + r.randrange(0, 600)) % 10000:04d}")
            else:
                phone = self.us_phone(r.choice(list(AREA)))
            tactics.add("voip_phone")
        else:
            phone = ""
        farm = None
        if g and g["has_farm"] and r.p(g["p_farm"]):
            farm = r.choice(g["farms"])
            tactics.add("laptop_farm")
        # claimed address: the farm's, the identity holder's, or an invented one
        claim_cc = g["claim_cc"] if g else r.choice(["US", "US", "US", "CA", "JP", "PL"])
        if "rented_identity" in tactics:
            addr = ident["addr"]
        elif farm is not None and r.p(0.55):
            addr = farm["addr"]
            tactics.add("farm_address")
        elif holder is not None and r.p(0.4):
            addr = holder["addr"]
        elif claim_cc == "US":
            addr = self.home()
        else:
            addr = self.foreign_home(claim_cc)
        # photo
        photo = None
        if r.p(0.55):
            if g and r.p(g["p_photo_shared"]):
                face = r.choice(g["faces"])
                if r.p(g["p_photo_exact"]):
                    photo = self.photo(face, shared_file=True)
                    tactics.add("shared_photo")
                else:
                    photo = self.photo(face, edit=r.randrange(10**6))
                    tactics.add("ai_edited_photo")
            elif r.p(0.15):
                photo = self.photo(r.choice(self.stock_photos), shared_file=True)
                tactics.add("stock_photo")
            else:
                photo = self.photo(f"persona/{email}", edit=r.randrange(10**6))
        # resume
        resume = ""
        title = "Senior Software Engineer"
        if r.p(0.7):
            if g and r.p(g["p_resume_clone"]):
                b = r.choice(g["resumes"])
                skills = b["skills"][:]
                if r.p(0.5):
                    r.shuffle(skills)
                hist = b["hist"][:]
                if r.p(0.3) and g["fronts"]:
                    hist[0] = (r.choice(g["fronts"])["name"], b["title"], hist[0][2])
                txt = self.resume_text(f"{first} {last}", email, phone or "", addr.city, b["title"], hist, skills,
                                       b["school"], summary=b["summary"] if r.p(0.8) else None)
                title = b["title"]
                tactics.add("cloned_resume")
            else:
                t = r.choice(TITLES[:12])
                txt = self.resume_text(f"{first} {last}", email, phone or "", addr.city, t, self.history(t, 3),
                                       r.sample(SKILLS, 8), r.choice(SCHOOLS))
            resume = self.write_resume(txt) or txt[:600]
        prof = []
        if r.p(0.6):
            prof.append(f"https://github.com/{first.lower()}{last.lower()}{r.choice(['', 'dev', '0', '88', '-dev'])}")
        if r.p(0.5):
            prof.append(f"https://www.linkedin.com/in/{first.lower()}-{last.lower()}-{r.hexs(6)}")
        if g and r.p(g["p_portfolio"]):
            prof.append(g["portfolio"])
            tactics.add("shared_portfolio")
        # rows: what kind of subject(s) this persona is
        mode = g["mode"] if g else r.choice(["employer", "platform"])
        if mode == "mixed":
            mode = r.choice(["employer", "platform"])
        rows = []
        if mode == "employer":
            k = r.choices(["applicant", "employee", "contractor"], [35, 40, 25])[0]
            targets = g["targets"] if g else self.companies
            comp = r.choice(targets)
            if k != "applicant" and r.p(0.3):
                rows.append(("applicant", comp))
            rows.append((k, comp))
            p_multi = g["p_multi_job"] if g else 0.1
            if "rented_identity" in tactics:
                p_multi = max(p_multi, 0.7)
            if k != "applicant" and r.p(p_multi):
                tactics.add("multi_job")
                for c in r.sample([c for c in targets if c is not comp] or self.companies, min(r.randrange(1, 4), max(1, len(targets) - 1))):
                    rows.append((r.choice(["employee", "contractor"]), c))
            if k == "applicant" and r.p(0.4):
                tactics.add("mass_applications")
                for c in r.sample(self.companies, r.randrange(1, 4)):
                    rows.append(("applicant", c))
        else:
            rows.append(("account", None))
            if r.p(0.25):
                tactics.add("several_accounts")
                rows.append(("account", None))
        rows = rows[:max(1, max_rows)]
        persona = dict(first=first, last=last, ident=ident, email=email, phone=phone, addr=addr, farm=farm,
                       photo=photo, resume=resume, profiles=";".join(prof), title=title, g=g, lone=lone,
                       claim_cc=claim_cc, start=start,
                       device=(r.choice(g["devices"]) if g and r.p(g["p_device"]) else self.device()),
                       ua=r.choice(UAS))
        if g and persona["device"] in g["devices"]:
            tactics.add("shared_operator_device")
        if g and r.p(g["p_pay_shared"]):
            tactics.add("shared_payout")
            if r.p(g["p_crypto"]):
                persona["pay"] = (r.choice(g["cryptos"]), "crypto")
                tactics.add("crypto_payout")
            elif mode == "platform" or r.p(0.3):
                persona["pay"] = (r.choice(g["wallets"]), "wallet")
            else:
                persona["pay"] = (r.choice(g["banks"]), "bank")
        else:
            persona["pay"] = (self.bank(), "bank") if r.p(0.7) else (f"payoneer:{email}", "wallet")
        if g and r.p(0.15):
            tactics.add("payout_change")
            persona["pay2"] = (r.choice(g["banks"] + g["cryptos"]), "bank")
        persona["tactics"] = tactics
        for i, (k, comp) in enumerate(rows):
            self.emit_persona_row(persona, k, comp, i)
        return len(rows)

    def emit_persona_row(self, ps, kind, comp, idx):
        r = self.r
        g, tactics = ps["g"], set(ps["tactics"])
        ident = ps["ident"]
        stolen = "stolen_identity" in tactics or "rented_identity" in tactics
        created = ps["start"] + idx * r.randrange(5, 40) * 86400
        employer = comp["name"] if comp else (self.platform["name"] if r.p(0.8) else "")
        if comp and kind == "contractor" and g and g["fronts"] and r.p(0.5):
            employer = r.choice(g["fronts"])["name"]  # placed through the ring's front staffing company
            tactics.add("front_company")
        row = dict(id=f"tmp{len(self.subjects)}", kind=kind,
                   full_name=self.name_variant(ps["first"], ps["last"], ident.get("middle")),
                   email=ps["email"], phone=ps["phone"],
                   address=ps["addr"].fmt(r) if (kind != "account" or r.p(0.4)) else "",
                   country=ps["claim_cc"] if r.p(0.95) else "",
                   birth_date=(ident["birth"] if stolen else ident["birth"]) if r.p(
                       {"employee": 0.9, "contractor": 0.8, "applicant": 0.35, "account": 0.15}[kind]) else "",
                   national_id=self.fmt_ssn(ident["ssn"]) if r.p(
                       {"employee": 0.75, "contractor": 0.55, "applicant": 0.08, "account": 0.0}[kind]) else "",
                   photo=ps["photo"] or "", resume=ps["resume"] if kind != "employee" else "",
                   profiles=ps["profiles"], employer=employer, created_at=iso(created),
                   recovery_email="", recovery_phone="", signup_ip="")
        if kind == "account":
            if g and r.p(g["p_recovery_shared"]):
                row["recovery_email"] = r.choice(g["recovery_emails"])
                tactics.add("shared_recovery")
            elif r.p(0.4):
                row["recovery_email"] = self.email_for(ps["first"], ps["last"], [("outlook.com", 1)])
            if g and r.p(g["p_voip_shared"]):
                row["recovery_phone"] = r.choice(g["voip"])
                tactics.add("shared_recovery")
            elif ps["phone"] and r.p(0.5):
                row["recovery_phone"] = ps["phone"]
            net = self.fraud_web_net(ps, tactics)
            row["signup_ip"] = net.ip(r)
        sid = row["id"]
        if kind in ("applicant", "account"):
            tactics.discard("laptop_farm")  # no company laptop: only the farm's address or line can show
        row["phone"] = intl(row["phone"], row["country"] or ps["claim_cc"])
        row["recovery_phone"] = intl(row["recovery_phone"], row["country"] or ps["claim_cc"])
        self.fraud_activity(sid, ps, kind, comp, created, tactics)
        ring = g["id"] if g else ""
        labs = set(tactics)
        if ps.get("lone"):
            labs.add("lone_persona")
        self.add_subject(row, 1, ring, labs)

    def fraud_web_net(self, ps, tactics) -> Net:
        """Where an operator's browser appears from: a VPN exit, the farm, a leak, or a mobile line."""
        r = self.r
        g = ps["g"]
        if g and r.p(g["p_astrill"]):
            tactics.add("vpn")
            return r.choice(g["astrill"])
        if not g and r.p(0.7):
            tactics.add("vpn")
            return r.choice(self.astrill + self.consumer_vpn[:6])
        if ps["farm"] is not None and r.p(0.6):
            tactics.add("farm_ip")
            return ps["farm"]["line"]["net"]
        if r.p(0.3):
            return r.choice(self.mobile)
        return r.choice(self.consumer_vpn)

    def fraud_activity(self, sid, ps, kind, comp, created, tactics):
        r = self.r
        g = ps["g"]
        op_tz = 8 if r.p(0.7) else 9  # China / Korea / Russia Far East working day
        claimed_tz = ps["addr"].tz if ps["addr"].country == "US" else "America/New_York"
        ctzo = self.tz_off(claimed_tz)
        p_leak = g["p_leak"] if g else 0.25
        leaks = g["leak"] if g else [r.choice(self.cn_nets + self.ru_nets)]
        if kind in ("employee", "contractor"):
            days = r.randrange(40, 250)
            laptop = None
            if r.p(0.85):
                laptop = f"{comp['tag']}-LT-{r.randrange(10000, 99999)}"
                if ps["farm"] is not None:
                    ship = ps["farm"]["addr"]
                elif r.p(0.15):
                    ship = self.mailboxes[r.randrange(len(self.mailboxes))]
                    ship = Addr(ship.num, ship.street, ship.suf, f"PMB {r.randrange(100, 99999)}", ship.city, ship.state, ship.zip)
                    tactics.add("reshipping")
                else:
                    ship = ps["addr"]
                self.shipments.append((sid, iso(created + r.randrange(3, 20) * 86400), laptop, ship.fmt(r)))
            else:
                tactics.discard("laptop_farm")
            n_log = r.randrange(10, 45)
            for _ in range(n_log):
                on_lt = laptop is not None and r.p(0.8)
                # operator's day: work in UTC+8/9 office hours, sometimes matched to US hours
                if r.p(0.6):
                    ts = self.work_hours_ts(created, days, op_tz)
                    tactics.add("off_hours")
                else:
                    ts = self.work_hours_ts(created, days, ctzo)
                if on_lt:
                    if ps["farm"] is not None:
                        net = ps["farm"]["line"]["net"]
                        tactics.add("farm_ip")
                        if comp["vpn"] is not None and r.p(0.6):
                            net = comp["vpn"]
                    elif r.p(p_leak * 0.3):
                        net = r.choice(leaks)
                        tactics.add("location_leak")
                    else:
                        net = self.fraud_web_net(ps, tactics)
                        if comp["vpn"] is not None and r.p(0.5):
                            net = comp["vpn"]
                    self.login(sid, ts, net, laptop, ps["ua"], comp=comp,
                               outcome="success" if r.p(0.9) else r.choice(["failure", "challenge"]))
                else:
                    if r.p(p_leak * 0.3):
                        net = r.choice(leaks)
                        tactics.add("location_leak")
                    else:
                        net = self.fraud_web_net(ps, tactics)
                    proxy_seen = net.proxy and r.p(0.7)
                    self.login(sid, ts, net, ps["device"], ps["ua"], comp=comp, proxy_seen=proxy_seen,
                               outcome="success" if r.p(0.88) else r.choice(["failure", "challenge", "deny"]))
            if r.p(0.15):  # several logins in minutes from different countries (FBI indicator)
                t0 = self.work_hours_ts(created, days, op_tz)
                for net in r.sample(self.astrill, 3):
                    self.login(sid, t0 + r.randrange(0, 1800), net, ps["device"], ps["ua"], comp=comp)
                tactics.add("impossible_travel")
            if laptop and comp["telemetry"]:
                self.fraud_telemetry(sid, ps, comp, laptop, created, days, op_tz, tactics)
            self.fraud_pay(sid, ps, kind, created, days, tactics)
        elif kind == "applicant":
            for _ in range(r.randrange(1, 6)):
                net = self.fraud_web_net(ps, tactics) if not r.p(p_leak * 0.2) else r.choice(leaks)
                if net in leaks:
                    tactics.add("location_leak")
                self.login(sid, self.work_hours_ts(created, 20, op_tz), net, ps["device"], ps["ua"], comp=dict(idp="none"))
        else:
            days = r.randrange(30, 300)
            for _ in range(r.randrange(3, 25)):
                if r.p(p_leak * 0.3):
                    net = r.choice(leaks)
                    tactics.add("location_leak")
                else:
                    net = self.fraud_web_net(ps, tactics)
                self.login(sid, self.work_hours_ts(created, days, op_tz), net, ps["device"], ps["ua"],
                           comp=dict(idp="platform"))
            self.fraud_pay(sid, ps, "freelancer", created, days, tactics)

    def fraud_telemetry(self, sid, ps, comp, dev, created, days, op_tz, tactics):
        r = self.r
        g = ps["g"]
        mac = comp["mac_fleet"]
        procs = (MAC_PROCESSES if mac else STD_PROCESSES) + comp["edr"] + comp["mdm"] + r.sample(DEV_PROCESSES, 4)
        if comp["remote_tool"]:
            procs.append(comp["remote_tool"])
        if g and r.p(g["p_tool"]):
            procs += g["tools"]
            tactics.add("remote_access_tool")
        elif not g and r.p(0.3):
            procs.append(r.choice(ILLICIT_REMOTE))
            tactics.add("remote_access_tool")
        for _ in range(r.randrange(2, 5)):
            ts = self.work_hours_ts(created, days, op_tz)
            for pr in r.sample(procs, min(len(procs), r.randrange(5, 12))):
                self.ep(sid, ts, dev, "process", pr)
        self.ep(sid, created + 86400 * 4, dev, "system", comp["laptop"])
        self.ep(sid, created + 86400 * 4, dev, "system", f"{comp['tag']}-{r.randrange(10000, 99999)}")
        for name, vid, pid in r.sample(USB_COMMON, r.randrange(0, 3)):
            self.ep(sid, self.work_hours_ts(created, days, op_tz), dev, "usb", name, vid, pid)
        farm = ps["farm"]
        if farm is not None:
            if g["kvm"] and r.p(g["p_kvm"]):
                name, vid, pid = g["kvm"]
                self.ep(sid, self.work_hours_ts(created, days, op_tz), dev, "usb", name, vid, pid)
                if r.p(0.5):
                    self.ep(sid, self.work_hours_ts(created, days, op_tz), dev, "display", r.choice(KVM_DISPLAYS))
                tactics.add("ip_kvm")
            elif r.p(0.5):
                self.ep(sid, self.work_hours_ts(created, days, op_tz), dev, "display", r.choice(DISPLAYS))
            if r.p(0.8):
                self.ep(sid, self.work_hours_ts(created, days, op_tz), dev, "gateway_mac", farm["line"]["gw"])
            if r.p(0.8):
                self.ep(sid, self.work_hours_ts(created, days, op_tz), dev, "network", farm["line"]["ssid"])
            if r.p(0.4):
                self.ep(sid, created + 86400 * 6, dev, "listening_port", r.choice(["3389/tcp", "5900/tcp", "3389/tcp"]))
            if r.p(0.4):
                self.ep(sid, self.work_hours_ts(created, days, op_tz), dev, "remote_session", g["hub"])
        else:
            self.ep(sid, self.work_hours_ts(created, days, op_tz), dev, "display", r.choice(DISPLAYS))
            home = self.home_ip(ps["addr"]) if ps["addr"].country == "US" else None
            if home and r.p(0.5):
                self.ep(sid, self.work_hours_ts(created, days, op_tz), dev, "network", home["ssid"])
        kb = "en-US"
        if r.p(0.12):
            kb = r.choice(["ko-KR", "zh-CN", "ko-KR"])
            tactics.add("foreign_keyboard")
            self.ep(sid, created + 86400 * 4, dev, "keyboard", "en-US")
        self.ep(sid, created + 86400 * 4, dev, "keyboard", kb)
        tz = ps["addr"].tz if ps["addr"].country == "US" else "America/New_York"
        if r.p(0.15):
            tz = r.choice(["Asia/Shanghai", "Asia/Pyongyang", "Asia/Vladivostok", "Asia/Seoul"])
            tactics.add("timezone_mismatch")
        self.ep(sid, created + 86400 * 4, dev, "timezone", tz)
        if not mac:
            self.ep(sid, created + 86400 * 6, dev, "listening_port", r.choice(["135/tcp", "445/tcp", "7680/tcp"]))

    def fraud_pay(self, sid, ps, kind, created, days, tactics):
        r = self.r
        dest, method = ps["pay"]
        if kind == "freelancer":
            if not r.p(0.8):
                return
            for _ in range(r.randrange(1, 10)):
                self.payments.append((sid, iso(created + r.randrange(0, days * 86400)), f"{r.uniform(200, 5000):.2f}",
                                      "USD", method, dest))
            return
        amount = r.uniform(5000, 14000)
        t = created + r.randrange(5, 20) * 86400
        n = 0
        switched = False
        while t < created + days * 86400 and n < 12:
            if ps.get("pay2") and n >= 3 and not switched:
                dest, method = ps["pay2"]
                switched = True
            self.payments.append((sid, iso(t), f"{amount * r.uniform(0.97, 1.03):.2f}", "USD", method, dest))
            t += (30 if kind == "contractor" else 14) * 86400
            n += 1

    def make_facilitator(self, g):
        """The US host of a laptop farm, on the books under their own name (often as a contractor or account)."""
        r = self.r
        farm = g["farms"][0]
        p = self.make_person(addr=farm["addr"], line=farm["line"])
        p["bank"] = g["banks"][0]
        kind = r.choice(["contractor", "account", "employee"])
        comp = r.choice(g["targets"]) if kind != "account" else None
        created = g["start"] + r.randrange(0, g["burst"])
        row = dict(id=f"tmp{len(self.subjects)}", kind=kind, full_name=self.name_variant(p["first"], p["last"], p["middle"]),
                   email=p["email"], phone=p["phone"], address=farm["addr"].fmt(r), country="US",
                   birth_date=p["birth"] if r.p(0.6) else "", national_id=self.fmt_ssn(p["ssn"]) if kind != "account" and r.p(0.5) else "",
                   photo="", resume="", profiles="", employer=comp["name"] if comp else self.platform["name"],
                   created_at=iso(created), recovery_email="", recovery_phone="", signup_ip="")
        if kind == "account":
            row["recovery_phone"] = p["phone"]
            row["signup_ip"] = farm["line"]["net"].ip(r)
        sid = row["id"]
        for _ in range(r.randrange(4, 20)):
            self.login(sid, self.work_hours_ts(created, 120, self.tz_off(farm["addr"].tz)), farm["line"]["net"],
                       p["devices"][0], p["ua"], comp=comp or dict(idp="platform"))
        for _ in range(r.randrange(2, 8)):
            self.payments.append((sid, iso(created + r.randrange(0, 150 * 86400)), f"{r.uniform(500, 4000):.2f}", "USD",
                                  "bank", g["banks"][0]))
        self.add_subject(row, 1, g["id"], {"facilitator"})

    def make_aux_account(self, g, what):
        """A fake recruiter at the ring's front company, or a fake client that pays the ring's developers."""
        r = self.r
        first, last = r.choice(FIRST), r.choice(LAST)
        if what == "fake_recruiter":
            dom = r.choice(g["fronts"])["domain"]
            email = f"{first.lower()}.{last.lower()}@{dom}"
            employer = [f["name"] for f in g["fronts"] if f["domain"] == dom][0]
        else:
            email = self.email_for(first, last, [("outlook.com", 1), ("gmail.com", 1)])
            employer = self.platform["name"]
        created = g["start"] + r.randrange(0, g["burst"])
        ps = dict(g=g, farm=None, first=first, last=last)
        tact = {what}
        net = self.fraud_web_net(ps, tact)
        row = dict(id=f"tmp{len(self.subjects)}", kind="account", full_name=f"{first} {last}", email=email,
                   phone=r.choice(g["voip"]) if r.p(0.5) else "", address="", country=g["claim_cc"],
                   birth_date="", national_id="", photo=self.photo(r.choice(g["faces"]), edit=r.randrange(10**6)) if r.p(0.4) else "",
                   resume="", profiles=f"https://www.linkedin.com/in/{first.lower()}-{last.lower()}-{r.hexs(5)}" if r.p(0.5) else "",
                   employer=employer, created_at=iso(created),
                   recovery_email=r.choice(g["recovery_emails"]) if r.p(g["p_recovery_shared"]) else "",
                   recovery_phone=r.choice(g["voip"]) if r.p(0.4) else "", signup_ip=net.ip(r))
        sid = row["id"]
        row["phone"] = intl(row["phone"], g["claim_cc"])
        row["recovery_phone"] = intl(row["recovery_phone"], g["claim_cc"])
        dev = r.choice(g["devices"]) if r.p(g["p_device"]) else self.device()
        for _ in range(r.randrange(3, 15)):
            n2 = self.fraud_web_net(ps, tact)
            self.login(sid, self.work_hours_ts(created, 120, 8), n2, dev, r.choice(g["uas"]), comp=dict(idp="platform"))
        if what == "fake_client" and r.p(0.7):
            for _ in range(r.randrange(1, 4)):  # refunds/withdrawals to the same wallet the developers use
                self.payments.append((sid, iso(created + r.randrange(0, 100 * 86400)), f"{r.uniform(100, 2000):.2f}",
                                      "USD", "wallet", r.choice(g["wallets"])))
        self.add_subject(row, 1, g["id"], tact)

    def make_lone(self):
        self.make_persona(None, max_rows=1, lone=True)

    # ---- output ----------------------------------------------------------------------

    def finish(self):
        r = self.r
        # shuffle subject order and give ids that say nothing
        order = list(range(len(self.subjects)))
        r.shuffle(order)
        idmap = {}
        prefixes = {"applicant": "APP", "employee": "EMP", "contractor": "CTR", "account": "ACC"}
        used = set()
        for i in order:
            row = self.subjects[i]
            while True:
                nid = f"{prefixes[row['kind']]}-{r.randrange(10**6, 10**7)}"
                if nid not in used:
                    used.add(nid)
                    break
            idmap[row["id"]] = nid
        cols = ["id", "kind", "full_name", "email", "phone", "address", "country", "birth_date", "national_id",
                "photo", "resume", "profiles", "employer", "created_at", "recovery_email", "recovery_phone", "signup_ip"]
        with open(os.path.join(self.bundle, "subjects.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(cols)
            for i in order:
                row = self.subjects[i]
                out = dict(row)
                out["id"] = idmap[row["id"]]
                w.writerow([out[c] for c in cols])
        with open(os.path.join(self.out, "truth.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["subject_id", "fraud", "ring", "kind"])
            for i in order:
                row = self.subjects[i]
                fr, ring, labs = self.truth[row["id"]]
                w.writerow([idmap[row["id"]], fr, ring, ";".join(sorted(labs)) if labs else "ordinary"])
        # logins (parquet), endpoint (parquet), the rest CSV
        L = self.logins
        L["subject_id"] = [idmap[s] for s in L["subject_id"]]
        pq.write_table(pa.table(L), os.path.join(self.bundle, "logins.parquet"))
        E = self.endpoint
        E["subject_id"] = [idmap[s] for s in E["subject_id"]]
        pq.write_table(pa.table(E), os.path.join(self.bundle, "endpoint.parquet"))
        for name, header, rows in [
            ("payments", ["subject_id", "ts", "amount", "currency", "method", "destination"], self.payments),
            ("shipments", ["subject_id", "ts", "asset", "address"], self.shipments),
            ("domains", ["domain", "company", "registered_at", "registrant_email", "ip", "nameservers"], self.domains),
        ]:
            with open(os.path.join(self.bundle, f"{name}.csv"), "w", newline="", encoding="utf-8") as f:
                w = csv.writer(f)
                w.writerow(header)
                for row in rows:
                    if name in ("payments", "shipments"):
                        row = (idmap[row[0]],) + tuple(row[1:])
                    w.writerow(row)
        return dict(subjects=len(self.subjects), fraud=sum(1 for v in self.truth.values() if v[0]),
                    rings=len({v[1] for v in self.truth.values() if v[1]}), logins=len(L["ts"]),
                    endpoint=len(E["ts"]), payments=len(self.payments), shipments=len(self.shipments),
                    photos=self.n_photos, resumes=self.n_resumes)


def generate(out: str, n: int = 20000, seed: int = 1) -> dict:
    w = World(n, seed, out)
    f_total = max(3, round(n * w.r.uniform(0.018, 0.022)))
    w.honest_population(n - f_total)
    w.fraud_phase = True
    w.frauds(f_total)
    return w.finish()
