"""Blind world 12: a multi-employer job board with a hosted applicant-tracking system.

The export of one platform ("HireHarbor", a job board plus hosted ATS used by a few hundred
employers): candidate accounts, the applications that reached an employer's ATS review,
recruiter accounts of employers and staffing agencies (and of fake recruiting companies),
hires onboarded through the ATS (KYC, home address, payout account, a shipped laptop with
endpoint telemetry), sign-ins, and the company domains.

Written blind to the detector: only docs/CONTRACT.md and public reporting were used.
Deterministic: one ``random.Random(seed)``; images from numpy generators seeded from it.
"""
from __future__ import annotations

import csv
import hashlib
import io
import os
import random
from datetime import datetime, timedelta

import numpy as np
from PIL import Image

T0 = datetime(2024, 1, 1)
T1 = datetime(2025, 12, 15)
SALT = "hh-ats-2024|"

# ---------------------------------------------------------------- reference data
US_CITIES = [
    # city, state, zip3, tz, offset, lat, lon, area codes
    ("New York", "NY", "100", "America/New_York", -5, 40.71, -74.01, ["212", "646", "917"]),
    ("Brooklyn", "NY", "112", "America/New_York", -5, 40.68, -73.94, ["718", "347"]),
    ("Chicago", "IL", "606", "America/Chicago", -6, 41.88, -87.63, ["312", "773"]),
    ("Houston", "TX", "770", "America/Chicago", -6, 29.76, -95.37, ["713", "832"]),
    ("Dallas", "TX", "752", "America/Chicago", -6, 32.78, -96.80, ["214", "469"]),
    ("Austin", "TX", "787", "America/Chicago", -6, 30.27, -97.74, ["512", "737"]),
    ("Phoenix", "AZ", "850", "America/Phoenix", -7, 33.45, -112.07, ["602", "480"]),
    ("Litchfield Park", "AZ", "853", "America/Phoenix", -7, 33.49, -112.36, ["623"]),
    ("Los Angeles", "CA", "900", "America/Los_Angeles", -8, 34.05, -118.24, ["213", "310", "323"]),
    ("San Jose", "CA", "951", "America/Los_Angeles", -8, 37.34, -121.89, ["408", "669"]),
    ("San Diego", "CA", "921", "America/Los_Angeles", -8, 32.72, -117.16, ["619", "858"]),
    ("Seattle", "WA", "981", "America/Los_Angeles", -8, 47.61, -122.33, ["206", "425"]),
    ("Portland", "OR", "972", "America/Los_Angeles", -8, 45.52, -122.68, ["503", "971"]),
    ("Denver", "CO", "802", "America/Denver", -7, 39.74, -104.99, ["303", "720"]),
    ("Atlanta", "GA", "303", "America/New_York", -5, 33.75, -84.39, ["404", "678"]),
    ("Miami", "FL", "331", "America/New_York", -5, 25.76, -80.19, ["305", "786"]),
    ("Orlando", "FL", "328", "America/New_York", -5, 28.54, -81.38, ["407", "321"]),
    ("Charlotte", "NC", "282", "America/New_York", -5, 35.23, -80.84, ["704", "980"]),
    ("Raleigh", "NC", "276", "America/New_York", -5, 35.78, -78.64, ["919", "984"]),
    ("Boston", "MA", "021", "America/New_York", -5, 42.36, -71.06, ["617", "857"]),
    ("Philadelphia", "PA", "191", "America/New_York", -5, 39.95, -75.17, ["215", "267"]),
    ("Minneapolis", "MN", "554", "America/Chicago", -6, 44.98, -93.27, ["612", "763"]),
    ("Columbus", "OH", "432", "America/New_York", -5, 39.96, -83.00, ["614", "380"]),
    ("Nashville", "TN", "372", "America/Chicago", -6, 36.16, -86.78, ["615", "629"]),
    ("Salt Lake City", "UT", "841", "America/Denver", -7, 40.76, -111.89, ["801", "385"]),
    ("Baltimore", "MD", "212", "America/New_York", -5, 39.29, -76.61, ["410", "443"]),
    ("Kansas City", "MO", "641", "America/Chicago", -6, 39.10, -94.58, ["816"]),
    ("Detroit", "MI", "482", "America/New_York", -5, 42.33, -83.05, ["313"]),
]
US_ISPS = [(7922, "Comcast Cable Communications, LLC"), (20115, "Charter Communications"),
           (7018, "AT&T Services, Inc."), (701, "Verizon Business"),
           (22773, "Cox Communications Inc."), (209, "CenturyLink Communications, LLC"),
           (5650, "Frontier Communications of America, Inc."), (11427, "Charter Communications Inc")]
US_MOBILE = [(21928, "T-Mobile USA, Inc."), (22394, "Cellco Partnership DBA Verizon Wireless"),
             (20057, "AT&T Mobility LLC")]
US_BUSINESS = [(174, "Cogent Communications"), (3356, "Level 3 Parent, LLC"),
               (6461, "Zayo Bandwidth"), (7922, "Comcast Cable Communications, LLC")]
HOSTING = [(9009, "M247 Europe SRL"), (60068, "Datacamp Limited"), (20473, "The Constant Company, LLC"),
           (14061, "DigitalOcean, LLC"), (16276, "OVH SAS"), (39351, "31173 Services AB"),
           (62240, "Clouvider Limited"), (136787, "TEFINCOM S.A.")]
VPN_PROVIDERS = {  # provider -> hosting AS indexes
    "nord": [1, 7, 0], "mullvad": [5, 0], "express": [2, 0], "proton": [0, 6], "astrill": [0, 2, 3],
    "surfshark": [1, 0],
}
UNIS = [(3, "Massachusetts Institute of Technology"), (25, "University of California at Berkeley"),
        (32, "Stanford University"), (87, "Indiana University"), (55, "University of Pennsylvania"),
        (46, "Rutgers University"), (2572, "University of Minnesota"), (18, "University of Texas at Austin")]

FOREIGN = {
    # country: (cities[(city, region, tz, off, lat, lon)], isps, currency, keyboard, weight)
    "CA": ([("Toronto", "ON", "America/Toronto", -5, 43.65, -79.38), ("Vancouver", "BC", "America/Vancouver", -8, 49.28, -123.12),
            ("Montreal", "QC", "America/Toronto", -5, 45.50, -73.57)],
           [(812, "Rogers Communications Canada Inc."), (577, "Bell Canada"), (852, "TELUS Communications Inc.")], "CAD", "en-CA", 5),
    "GB": ([("London", "", "Europe/London", 0, 51.51, -0.13), ("Manchester", "", "Europe/London", 0, 53.48, -2.24)],
           [(2856, "British Telecommunications PLC"), (5089, "Virgin Media Limited"), (5607, "Sky UK Limited")], "GBP", "en-GB", 4),
    "IN": ([("Bengaluru", "KA", "Asia/Kolkata", 5.5, 12.97, 77.59), ("Hyderabad", "TG", "Asia/Kolkata", 5.5, 17.39, 78.49),
            ("Pune", "MH", "Asia/Kolkata", 5.5, 18.52, 73.86)],
           [(55836, "Reliance Jio Infocomm Limited"), (24560, "Bharti Airtel Ltd."), (24309, "Atria Convergence Technologies")], "INR", "en-IN", 6),
    "PH": ([("Manila", "", "Asia/Manila", 8, 14.60, 120.98), ("Cebu City", "", "Asia/Manila", 8, 10.32, 123.89)],
           [(9299, "Philippine Long Distance Telephone Company"), (4775, "Globe Telecoms")], "PHP", "en-PH", 2.5),
    "UA": ([("Kyiv", "", "Europe/Kyiv", 2, 50.45, 30.52), ("Lviv", "", "Europe/Kyiv", 2, 49.84, 24.03)],
           [(15895, "Kyivstar PJSC"), (13188, "TOV TRK Briz")], "UAH", "uk-UA", 2),
    "PL": ([("Warsaw", "", "Europe/Warsaw", 1, 52.23, 21.01), ("Krakow", "", "Europe/Warsaw", 1, 50.06, 19.94)],
           [(5617, "Orange Polska Spolka Akcyjna"), (12912, "T-Mobile Polska S.A.")], "PLN", "pl-PL", 2),
    "DE": ([("Berlin", "", "Europe/Berlin", 1, 52.52, 13.40), ("Munich", "", "Europe/Berlin", 1, 48.14, 11.58)],
           [(3320, "Deutsche Telekom AG"), (3209, "Vodafone GmbH")], "EUR", "de-DE", 2),
    "BR": ([("Sao Paulo", "SP", "America/Sao_Paulo", -3, -23.55, -46.63)],
           [(28573, "Claro NXT Telecomunicacoes Ltda"), (26599, "TELEFONICA BRASIL S.A")], "BRL", "pt-BR", 2),
    "MX": ([("Mexico City", "CDMX", "America/Mexico_City", -6, 19.43, -99.13), ("Guadalajara", "JAL", "America/Mexico_City", -6, 20.66, -103.35)],
           [(8151, "UNINET"), (28403, "RadioMovil Dipsa, S.A. de C.V.")], "MXN", "es-MX", 2.5),
    "PK": ([("Lahore", "", "Asia/Karachi", 5, 31.55, 74.34), ("Karachi", "", "Asia/Karachi", 5, 24.86, 67.01)],
           [(17557, "Pakistan Telecommunication Company Limited"), (45595, "Pakistan Telecom Mobile Ltd")], "PKR", "en-US", 1.5),
    "NG": ([("Lagos", "", "Africa/Lagos", 1, 6.52, 3.38)], [(29465, "MTN NIGERIA Communication limited"), (36873, "Airtel Networks Limited")], "NGN", "en-US", 1.5),
    "VN": ([("Ho Chi Minh City", "", "Asia/Ho_Chi_Minh", 7, 10.82, 106.63)], [(7552, "Viettel Group"), (18403, "FPT Telecom Company")], "VND", "vi-VN", 1),
    "JP": ([("Tokyo", "", "Asia/Tokyo", 9, 35.68, 139.69)], [(4713, "NTT Communications Corporation"), (2516, "KDDI CORPORATION")], "JPY", "ja-JP", 1),
    "KR": ([("Seoul", "", "Asia/Seoul", 9, 37.57, 126.98)], [(4766, "Korea Telecom"), (9318, "SK Broadband Co Ltd")], "KRW", "ko-KR", 1),
}
OPERATOR_LOC = [("CN", "Shenyang", "Asia/Shanghai", 8, 41.81, 123.43, (4837, "CHINA UNICOM China169 Backbone")),
                ("CN", "Dandong", "Asia/Shanghai", 8, 40.00, 124.35, (4134, "Chinanet")),
                ("RU", "Vladivostok", "Asia/Vladivostok", 10, 43.12, 131.89, (12389, "PJSC Rostelecom"))]
COUNTRY_W = [("US", 64)] + [(c, v[4]) for c, v in FOREIGN.items()]

NAMES = {
    "anglo": ("James John Robert Michael William David Richard Joseph Thomas Christopher Daniel Matthew Anthony Mark Steven Andrew Joshua Kevin Brian Ryan "
              "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Emily Ashley Megan Rachel Lauren Hannah Olivia Emma Chloe Grace",
              "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Jackson Martin Thompson White Harris Clark Lewis Walker "
              "Hall Allen Young King Wright Scott Green Baker Adams Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins"),
    "hispanic": ("Jose Luis Carlos Juan Miguel Jorge Alejandro Diego Sofia Valentina Camila Maria Lucia Gabriela Daniela Fernanda Andres Javier Ricardo Elena",
                 "Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera Gomez Diaz Reyes Morales Cruz Ortiz Gutierrez Chavez"),
    "chinese": ("Wei Jing Li Min Hao Yan Lei Xin Jun Mei Tao Yu Hui Ling Chen Kevin Amy Jason Vivian Eric",
                "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin He Gao Luo"),
    "indian": ("Rahul Priya Amit Sneha Vikram Anjali Arjun Pooja Rohan Kavya Sanjay Neha Aditya Divya Karthik Meera Suresh Lakshmi Nikhil Deepa",
               "Sharma Patel Singh Kumar Reddy Gupta Iyer Nair Rao Mehta Joshi Desai Shah Verma Menon Pillai Agarwal Chopra Bhat Kapoor"),
    "korean": ("Min-jun Seo-yeon Ji-hoon Ha-eun Jae-won Soo-jin Hyun-woo Ji-woo Dong-hyun Eun-ji Daniel Grace Sung-min Yuna Joon",
               "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon"),
    "vietnamese": ("Minh Linh Anh Tuan Huong Duc Lan Hai Thao Nam Trang Quang", "Nguyen Tran Le Pham Hoang Phan Vu Vo Dang Bui Do Ho"),
    "west_african": ("Chinedu Ngozi Emeka Adaeze Oluwaseun Funmilayo Tunde Chiamaka Kwame Abena Ibrahim Aisha Segun Yetunde",
                     "Okafor Adeyemi Okonkwo Balogun Eze Nwosu Adebayo Mensah Boateng Okeke Ogunleye Afolabi Bello Danjuma"),
    "slavic": ("Oleksandr Olena Dmytro Iryna Andriy Natalia Piotr Katarzyna Tomasz Agnieszka Ivan Anna Sergei Maria Pavel Yulia Marek Ewa",
               "Kovalenko Shevchenko Bondarenko Tkachenko Kowalski Nowak Wisniewski Wojcik Ivanov Petrov Smirnova Kravchenko Lewandowski Melnyk Zielinski Popov"),
    "arabic": ("Omar Fatima Ahmed Layla Hassan Mariam Youssef Noor Khalid Sara Ali Hana Tariq Zainab Bilal Ayesha Usman Hamza",
               "Khan Ahmed Ali Hussain Rahman Malik Haddad Mansour Qureshi Siddiqui Farouk Nasser Butt Chaudhry Iqbal Saleh"),
    "filipino": ("Jose Mark Angelica Kristine John Paolo Maria Carlo Joanna Rafael Bea Miguel Patricia Jericho",
                 "Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Villanueva Ramos Aquino Castillo Dela Cruz Fernandez"),
    "japanese": ("Haruto Yui Sota Aoi Ren Hina Yuto Sakura Kenji Yuki Takumi Mio", "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada"),
    "german": ("Lukas Leon Felix Jonas Anna Lea Laura Julia Maximilian Sophie Paul Marie Tobias Katharina",
               "Muller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Klein Wolf"),
    "brazilian": ("Joao Pedro Lucas Gabriel Ana Beatriz Mariana Larissa Rafael Thiago Juliana Camila Bruno Fernanda",
                  "Silva Santos Oliveira Souza Lima Pereira Ferreira Costa Rodrigues Almeida Nascimento Carvalho Ribeiro Araujo"),
}
NAMES = {k: (a.split(), b.split()) for k, (a, b) in NAMES.items()}
HERITAGE_BY_COUNTRY = {
    "US": [("anglo", 42), ("hispanic", 16), ("chinese", 6), ("indian", 8), ("korean", 3), ("vietnamese", 2), ("west_african", 4),
           ("slavic", 5), ("arabic", 4), ("filipino", 3), ("japanese", 2), ("german", 4), ("brazilian", 1)],
    "CA": [("anglo", 50), ("chinese", 12), ("indian", 14), ("slavic", 6), ("arabic", 6), ("filipino", 6), ("korean", 3), ("hispanic", 3)],
    "GB": [("anglo", 68), ("indian", 12), ("arabic", 7), ("west_african", 5), ("slavic", 5), ("chinese", 3)],
    "IN": [("indian", 1)], "PH": [("filipino", 1)], "UA": [("slavic", 1)], "PL": [("slavic", 1)],
    "DE": [("german", 80), ("arabic", 10), ("slavic", 10)], "BR": [("brazilian", 1)], "MX": [("hispanic", 1)],
    "PK": [("arabic", 1)], "NG": [("west_african", 1)], "VN": [("vietnamese", 1)], "JP": [("japanese", 1)], "KR": [("korean", 1)],
}
HERITAGE_KB = {"korean": "ko-KR", "chinese": "zh-CN", "slavic": "ru-RU", "vietnamese": "vi-VN", "hispanic": "es-MX",
               "arabic": "ar-SA", "japanese": "ja-JP", "indian": "hi-IN", "german": "de-DE", "brazilian": "pt-BR"}
STREETS = ("Main Oak Maple Cedar Pine Elm Washington Lake Hill Park Sunset Highland Ridge Meadow Church Walnut Jefferson "
           "Lincoln Madison Franklin Willow Chestnut Spruce Birch Forest River Spring Valley Center Mill Cherry Jackson").split()
SUFFIX = [("St", "Street"), ("Ave", "Avenue"), ("Rd", "Road"), ("Dr", "Drive"), ("Ln", "Lane"), ("Blvd", "Boulevard"), ("Ct", "Court"), ("Way", "Way")]
MAILS = [("gmail.com", 46), ("outlook.com", 12), ("yahoo.com", 9), ("hotmail.com", 7), ("icloud.com", 7), ("proton.me", 5),
         ("aol.com", 2), ("gmx.com", 2), ("mail.com", 2), ("yandex.com", 1), ("zoho.com", 1)]

CO_A = ("Blue North Bright Clear Silver Iron Cedar Summit Harbor Quantum Lumen Atlas Nova Vertex Orbit Pioneer Granite Beacon Falcon Maple "
        "Crescent Signal Copper Delta Echo Helix Prism Stellar Tidal Vista Apex Bold Keystone Redwood Sterling Urban Violet Willow Zen Arbor").split()
CO_B = ("Peak Labs Analytics Systems Software Health Logistics Cloud Data Works Robotics Pay Finance Media Security Bio Energy Networks "
        "Commerce Learning Games Mobility Insights Dynamics Digital Solutions Partners Capital Foods Retail").split()
AGENCY_A = "Apex Talent|Prime Staffing|TekForce|BrightPath Recruiting|NovaHire|CoreStaff Solutions|Summit IT Staffing|BlueCollar Tech|Vector Consulting|Allied Talent Group|Keystone Resourcing|TalentBridge".split("|")

SKILLS = ("Python JavaScript TypeScript React Node.js Java Spring Go Rust C# .NET SQL PostgreSQL MongoDB AWS Azure GCP Docker Kubernetes "
          "Terraform Django Flask FastAPI Vue Angular GraphQL Redis Kafka Spark Airflow Swift Kotlin Flutter Solidity Web3.js Ruby Rails PHP "
          "Laravel Linux CI/CD Jenkins Selenium Pandas TensorFlow PyTorch Figma Tableau Excel Jira").split()
TITLES = ["Software Engineer", "Senior Software Engineer", "Full Stack Developer", "Backend Engineer", "Frontend Developer",
          "Data Engineer", "DevOps Engineer", "Mobile Developer", "QA Engineer", "Data Analyst", "Blockchain Developer",
          "Machine Learning Engineer", "IT Support Specialist", "Cloud Engineer", "Site Reliability Engineer", "Product Designer"]
BULLETS = [
    "Built and maintained {t} services handling {n}k requests per day",
    "Reduced page load time by {p}% by refactoring the {t} front end",
    "Led migration of legacy modules to {t}, cutting infrastructure cost by {p}%",
    "Designed REST and GraphQL APIs consumed by {n} internal teams",
    "Implemented CI/CD pipelines with {t}, shortening release cycles from weeks to days",
    "Mentored {n} junior developers and ran weekly code reviews",
    "Wrote automated tests in {t}, raising coverage to {p}%",
    "Integrated payment and identity providers using {t}",
    "Developed data pipelines in {t} processing {n} million events daily",
    "Collaborated with product and design to ship {n} customer-facing features",
    "Containerized services with Docker and deployed them on {t}",
    "Optimized {t} queries, reducing report generation time by {p}%",
    "Maintained on-call rotation and resolved production incidents within SLA",
    "Built dashboards in {t} used by leadership for weekly planning",
    "Developed smart contracts and dApp front ends with {t}",
    "Automated onboarding workflows, saving {n} hours of manual work per month",
]
SUMMARIES = [
    "Results-driven {title} with {y}+ years of experience building scalable web applications.",
    "{title} passionate about clean code, testing and developer experience.",
    "Detail-oriented {title} with a background in {t} and cloud infrastructure.",
    "Self-motivated {title} experienced in remote, cross-functional teams across time zones.",
    "{title} who enjoys turning complex business problems into simple, reliable software.",
    "Versatile {title} with hands-on experience in {t}, {t2} and agile delivery.",
]
SCHOOLS = ["University of Texas at Austin", "Georgia Institute of Technology", "Arizona State University", "University of Washington",
           "Penn State University", "Rutgers University", "University of Florida", "Ohio State University", "Purdue University",
           "San Jose State University", "University of Toronto", "University of Manchester", "Anna University", "VIT University",
           "University of the Philippines", "Kyiv Polytechnic Institute", "Warsaw University of Technology", "TU Munich",
           "Universidade de Sao Paulo", "UNAM", "University of Lagos", "FAST-NUCES", "Seoul National University", "Waseda University",
           "RMIT Vietnam", "Kim Chaek University of Technology", "University of Minnesota", "Boston University"]
BOOTCAMPS = ["Hack Reactor", "General Assembly", "Flatiron School", "App Academy", "Coding Dojo", "Tech Elevator",
             "Fullstack Academy", "Springboard", "Nucamp", "Per Scholas", "CodePath", "Launch School"]
DEGREES = ["B.S. Computer Science", "B.S. Information Technology", "B.E. Computer Engineering", "M.S. Computer Science",
           "B.A. Mathematics", "B.S. Electrical Engineering", "M.S. Data Science", "B.S. Software Engineering"]

WIN_PROCS = ["explorer.exe", "chrome.exe", "msedge.exe", "Teams.exe", "slack.exe", "Zoom.exe", "OUTLOOK.EXE", "OneDrive.exe",
             "Code.exe", "svchost.exe", "CSFalconService.exe", "MsMpEng.exe", "powershell.exe", "WindowsTerminal.exe", "git.exe",
             "node.exe", "python.exe", "docker.exe", "idea64.exe", "Postman.exe", "1Password.exe", "SentinelAgent.exe"]
MAC_PROCS = ["Finder", "Google Chrome", "Slack", "zoom.us", "Microsoft Teams", "Code Helper", "Safari", "Terminal", "iTerm2",
             "Docker Desktop", "com.crowdstrike.falcon.Agent", "1Password", "Spotify", "node", "python3", "Postman", "JetBrains Toolbox"]
RMM_FRAUD = ["anydesk.exe", "TeamViewer.exe", "remoting_host.exe", "rustdesk.exe", "ScreenConnect.ClientService.exe",
             "parsecd.exe", "tvnserver.exe", "SRServer.exe"]
RMM_ADMIN = ["mstsc.exe", "putty.exe", "ScreenConnect.WindowsClient.exe", "TeamViewer.exe", "remoting_host.exe", "anydesk.exe", "tvnviewer.exe", "quickassist.exe"]
USB_NORMAL = [("Logitech USB Receiver", "046d", "c52b"), ("USB Receiver", "046d", "c548"), ("Jabra EVOLVE 65", "0b0e", "030c"),
              ("HD Pro Webcam C920", "046d", "082d"), ("YubiKey OTP+FIDO+CCID", "1050", "0407"), ("USB 3.0 Hub", "05e3", "0610"),
              ("USB Keyboard", "413c", "2113"), ("Magic Keyboard", "05ac", "029c"), ("Dell Universal Dock D6000", "17e9", "6006"),
              ("Apple Internal Keyboard / Trackpad", "05ac", "0342"), ("BRIO 4K Stream Edition", "046d", "086b"),
              ("Poly BT700", "047f", "02e6"), ("USB Optical Mouse", "0461", "4d81")]
USB_KVM = [("PiKVM Composite Device", "1d6b", "0104"), ("Multifunction USB Device", "1d6b", "0104"),
           ("USB Emulation Device", "1d6b", "0104"), ("NanoKVM", "3346", "1009")]
USB_GADGET_MAKER = [("Multifunction Composite Gadget", "1d6b", "0104"), ("Pico", "2e8a", "0003"), ("Arduino Leonardo", "2341", "8036")]
DISPLAYS = ["DELL U2720Q", "DELL P2422H", "LG HDR 4K", "LG ULTRAFINE", "Color LCD", "Built-in Retina Display", "HP E24 G5",
            "SAMSUNG", "BenQ GW2480", "ASUS VG249", "Acer K242HL", "LEN T24i-20"]
KVM_DISPLAY = ["PiKVM V4", "PiKVM V3", "TinyPilot", "JetKVM", "NanoKVM"]
WIN_MODELS = ["Dell Latitude 5440", "Dell Latitude 7440", "Lenovo ThinkPad T14 Gen 4", "Lenovo ThinkPad X1 Carbon Gen 11",
              "HP EliteBook 840 G10", "Microsoft Surface Laptop 5", "Dell XPS 15 9530"]
MAC_MODELS = ["MacBookPro18,1", "MacBookPro18,3", "Mac14,2", "Mac14,7", "Mac15,3", "MacBookAir10,1"]
SSID_STYLES = ["NETGEAR{n}", "Spectrum-5G-{n}", "ATT{h}", "xfinity-{h}", "TP-Link_{h}", "Verizon_{h}", "Linksys{n}", "{last} Home", "{last}_5G", "MyWiFi-{n}"]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Mobile Safari/537.36",
]
FIRST_OCTETS = [o for o in range(12, 223) if o not in (100, 127, 169, 172, 192, 198, 203, 10)]


def _wchoice(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def _iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def _slug(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


# ---------------------------------------------------------------- the world
class World:
    def __init__(self, size, seed, outdir):
        self.r = random.Random(seed)
        self.size = size
        self.out = outdir
        self.bundle = os.path.join(outdir, "bundle")
        self.subjects = []
        self.truth = {}            # id -> [fraud, ring, role, tags(set)]
        self.logins, self.endpoint, self.payments, self.shipments, self.domains = [], [], [], [], []
        self.shares = []           # (row_id, tags, key, person)
        self.ids = set()
        self.emails = set()
        self.phones = set()
        self.asn_prefix = {}
        self.used_prefix = set()
        self.photo_jobs = []       # (relpath, spec)
        self.resume_n = 0
        self.person_n = 0
        self.cgnat = {}
        self.vpn_exits = {}
        self.stats = {}
        self._photo_set = set()
        self.phone_info = {}
        self.resume_files = []

    # ---------------- primitives
    def new_id(self, kind):
        r = self.r
        pre = {"account": "u", "applicant": "app-", "employee": "E", "contractor": "C-"}[kind]
        while True:
            if kind == "account":
                i = f"u{r.getrandbits(44):011x}"
            elif kind == "applicant":
                i = f"app-{r.randint(10**8, 10**9 - 1)}"
            elif kind == "employee":
                i = f"E{r.randint(10**6, 10**7 - 1)}"
            else:
                i = f"C-{r.getrandbits(32):08X}"
            if i not in self.ids:
                self.ids.add(i)
                return i

    def new_person_key(self):
        self.person_n += 1
        return f"p{self.person_n}"

    def prefix(self, asn):
        if asn not in self.asn_prefix:
            ps = []
            for _ in range(4):
                while True:
                    p = (self.r.choice(FIRST_OCTETS), self.r.randint(0, 255))
                    if p not in self.used_prefix:
                        self.used_prefix.add(p)
                        ps.append(p)
                        break
            self.asn_prefix[asn] = ps
        return self.r.choice(self.asn_prefix[asn])

    def ip(self, asn):
        a, b = self.prefix(asn)
        return f"{a}.{b}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"

    def mac(self):
        r = self.r
        oui = r.choice(["a0:40:a0", "c4:41:1e", "44:d9:e7", "b0:be:76", "e4:f4:c6", "78:45:58", "f8:bb:bf", "10:0c:6b", "cc:40:d0", "9c:53:22"])
        return oui + ":" + ":".join(f"{r.randint(0, 255):02x}" for _ in range(3))

    def when(self, a=T0, b=T1):
        span = (b - a).total_seconds()
        if span <= 0:
            return a
        return a + timedelta(seconds=self.r.random() * span)

    # ---------------- places
    def place(self, country):
        r = self.r
        if country == "US":
            c = r.choice(US_CITIES)
            return dict(country="US", city=c[0], region=c[1], zip3=c[2], tz=c[3], off=c[4], lat=c[5], lon=c[6], area=c[7])
        c = r.choice(FOREIGN[country][0])
        return dict(country=country, city=c[0], region=c[1], tz=c[2], off=c[3], lat=c[4], lon=c[5])

    def address(self, pl):
        """Returns (canonical form, alternative way of writing the same address)."""
        r = self.r
        num = r.randint(10, 9899)
        st = r.choice(STREETS)
        sa, sf = r.choice(SUFFIX)
        unit = r.randint(1, 40) if r.random() < 0.35 else None
        c = pl["country"]
        if c == "US":
            z = pl["zip3"] + f"{r.randint(0, 99):02d}"
            a1 = f"{num} {st} {sa}" + (f" Apt {unit}" if unit else "") + f", {pl['city']}, {pl['region']} {z}"
            a2 = f"{num} {st} {sf}" + (f" #{unit}" if unit else "") + f" {pl['city']} {pl['region']} {z}"
        elif c == "CA":
            pc = f"{r.choice('KLMNMV')}{r.randint(1, 9)}{r.choice('ABCEGHJ')} {r.randint(1, 9)}{r.choice('ABCEGHJ')}{r.randint(1, 9)}"
            a1 = (f"{unit}-" if unit else "") + f"{num} {st} {sa}, {pl['city']}, {pl['region']} {pc}"
            a2 = f"{num} {st} {sf}" + (f" Unit {unit}" if unit else "") + f", {pl['city']} {pl['region']} {pc}"
        elif c == "GB":
            pc = f"{r.choice(['NW1', 'E2', 'SW9', 'M4', 'M20', 'N7', 'SE15'])} {r.randint(1, 9)}{r.choice('ABDEFGHJ')}{r.choice('LNPQRSTUWXYZ')}"
            a1 = (f"Flat {unit}, " if unit else "") + f"{num % 300} {st} {sf}, {pl['city']} {pc}"
            a2 = (f"{unit} " if unit else "") + f"{num % 300} {st} {sa}. {pl['city']}, {pc}, UK"
        elif c == "IN":
            pin = f"{r.randint(110, 600)}0{r.randint(10, 99)}"
            a1 = f"Flat {unit or r.randint(1, 20)}, {num % 60} {st} Cross Road, {pl['city']} {pin}"
            a2 = f"#{num % 60}, {st} Cross Rd, Flat no. {unit or 1}, {pl['city']} - {pin}, India"
        else:
            pc = f"{r.randint(10000, 99999)}"
            a1 = f"{st}str. {num % 200}" + (f"/{unit}" if unit else "") + f", {pc} {pl['city']}"
            a2 = f"{st} Street {num % 200}" + (f" apt {unit}" if unit else "") + f", {pl['city']} {pc}"
        return a1, a2

    def phone(self, pl):
        r = self.r
        c = pl["country"]
        for _ in range(50):
            if c == "US":
                area = r.choice(pl["area"])
                ex = f"{r.randint(2, 9)}{r.randint(0, 9)}{r.randint(0, 9)}"
                if ex[1:] == "11" or ex == "555":
                    continue
                ln = f"{r.randint(0, 9999):04d}"
                d = area + ex + ln
                fmt = r.random()
                s = (f"({area}) {ex}-{ln}" if fmt < 0.35 else f"{area}-{ex}-{ln}" if fmt < 0.6 else
                     f"+1 {area} {ex} {ln}" if fmt < 0.8 else f"+1{d}" if fmt < 0.9 else d)
                key = "+1" + d
            else:
                if c == "CA":
                    area = {"Toronto": "416", "Vancouver": "604", "Montreal": "514"}[pl["city"]]
                    body = f"{r.randint(2, 9)}{r.randint(20, 99)}{r.randint(0, 9999):04d}"
                    cc, nat = "1", area + body
                elif c == "GB":
                    cc, nat = "44", f"{r.choice([r.randint(7400, 7599), r.randint(7701, 7899), r.randint(7912, 7999)])}{r.randint(100000, 999999)}"
                elif c == "IN":
                    cc, nat = "91", f"{r.choice('6789')}{r.randint(100000000, 999999999)}"
                elif c == "PH":
                    cc, nat = "63", f"9{r.choice(['17', '18', '19', '27', '47', '56', '77', '98'])}{r.randint(1000000, 9999999)}"
                elif c == "UA":
                    cc, nat = "380", f"{r.choice(['67', '50', '63', '66', '93', '97'])}{r.randint(1000000, 9999999)}"
                elif c == "PL":
                    cc, nat = "48", f"{r.choice(['50', '51', '53', '60', '66', '69', '72', '79', '88'])}{r.randint(1000000, 9999999)}"
                elif c == "DE":
                    cc, nat = "49", f"{r.choice(['151', '152', '160', '170', '171', '176'])}{r.randint(10000000, 99999999)}"
                elif c == "BR":
                    cc, nat = "55", f"119{r.randint(60000000, 99999999)}"
                elif c == "MX":
                    cc, nat = "52", f"{r.choice(['55', '33'])}{r.randint(20000000, 99999999)}"
                elif c == "PK":
                    cc, nat = "92", f"3{r.choice(['00', '01', '21', '33', '45'])}{r.randint(1000000, 9999999)}"
                elif c == "NG":
                    cc, nat = "234", f"{r.choice(['803', '806', '813', '703', '706', '810'])}{r.randint(1000000, 9999999)}"
                elif c == "VN":
                    cc, nat = "84", f"9{r.choice('0134678')}{r.randint(1000000, 9999999)}"
                elif c == "JP":
                    cc, nat = "81", f"{r.choice(['90', '80', '70'])}{r.randint(10000000, 99999999)}"
                else:  # KR
                    cc, nat = "82", f"10{r.choice([r.randint(20000000, 58999999), r.randint(60000000, 99999999)])}"
                key = "+" + cc + nat
                fmt = r.random()
                if fmt < 0.55:
                    s = f"+{cc} {nat[:3]} {nat[3:6]} {nat[6:]}"
                elif fmt < 0.85 or c in ("CA",):
                    s = key
                else:
                    s = "0" + nat if c not in ("CA", "MX", "PL") else key
            if key not in self.phones:
                self.phones.add(key)
                self.phone_info[s] = (key, c)
                return s
        return s

    def email(self, first, last, byear, domain=None):
        r = self.r
        f, l = _slug(first), _slug(last)
        for k in range(30):
            d = domain or _wchoice(r, MAILS)
            st = r.random()
            if st < 0.3:
                loc = f"{f}.{l}"
            elif st < 0.5:
                loc = f"{f}{l}{r.randint(1, 99)}"
            elif st < 0.62:
                loc = f"{f[0]}{l}"
            elif st < 0.72:
                loc = f"{f}.{l}{str(byear)[2:]}"
            elif st < 0.8:
                loc = f"{l}.{f}"
            elif st < 0.88:
                loc = f"{f}_{l}{r.randint(100, 9999)}"
            elif st < 0.95:
                loc = f"{f}{r.randint(1000, 9999)}"
            else:
                loc = f"{f[0]}{l[0]}{r.choice(['dev', 'codes', 'tech', 'x', 'js'])}{r.randint(1, 999)}"
            if k > 3:
                loc += str(r.randint(1, 9999))
            e = f"{loc}@{d}"
            if r.random() < 0.04:
                e = e.capitalize()
            if e.lower() not in self.emails:
                self.emails.add(e.lower())
                return e
        return e

    def identity(self, country=None, heritage=None, last=None):
        r = self.r
        c = country or _wchoice(r, COUNTRY_W)
        h = heritage or _wchoice(r, HERITAGE_BY_COUNTRY[c])
        fn, ln = NAMES[h]
        first = r.choice(fn)
        last = last or r.choice(ln)
        by = r.randint(1965, 2003)
        pl = self.place(c)
        a1, a2 = self.address(pl)
        if c == "US":
            raw = f"{r.randint(1, 665):03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
        else:
            raw = f"{c}{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.randint(1000000, 99999999)}"
        mid = f" {r.choice('ABCDEJKLMRST')}." if r.random() < 0.12 else ""
        return dict(first=first, last=last, full=f"{first}{mid} {last}", heritage=h, country=c, place=pl, addr=a1, addr2=a2,
                    birth=f"{by}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}", byear=by, nid_raw=raw,
                    nid="sha256:" + hashlib.sha256((SALT + raw).encode()).hexdigest()[:40])

    # ---------------- networks
    def home_net(self, pl):
        r = self.r
        if pl["country"] == "US":
            asn, owner = r.choice(US_ISPS)
        else:
            asn, owner = r.choice(FOREIGN[pl["country"]][1])
        return dict(kind="home", asn=asn, owner=owner, ips=[self.ip(asn)], pl=pl, proxy=False,
                    gw=self.mac(), ssid=None)

    def ssid(self, last):
        r = self.r
        return r.choice(SSID_STYLES).format(n=r.randint(10, 999), h=f"{r.getrandbits(16):04X}", last=last)

    def mobile_net(self, pl):
        """Carrier-grade NAT: a handful of public IPs shared by every subscriber in the metro."""
        r = self.r
        if pl["country"] == "US":
            asn, owner = r.choice(US_MOBILE)
        else:
            asn, owner = FOREIGN[pl["country"]][1][-1]
        key = (asn, pl["city"])
        if key not in self.cgnat:
            self.cgnat[key] = [self.ip(asn) for _ in range(r.randint(3, 6))]
        return dict(kind="cgnat", asn=asn, owner=owner, ips=self.cgnat[key], pl=pl, proxy=False)

    def vpn_net(self, provider, exits=None):
        r = self.r
        if provider not in self.vpn_exits:
            ex = []
            for _ in range(40):
                ai = r.choice(VPN_PROVIDERS[provider])
                asn, owner = HOSTING[ai]
                c = r.choice(US_CITIES[:16])
                ex.append((self.ip(asn), asn, owner, dict(country="US", city=c[0], lat=c[5], lon=c[6], tz=c[3], off=c[4])))
            self.vpn_exits[provider] = ex
        pool = self.vpn_exits[provider]
        if exits:
            pool = r.sample(pool, exits)
        return dict(kind="vpn", exits=pool, proxy=True)

    def resproxy_net(self):
        return dict(kind="resproxy", proxy=True)

    def draw(self, net):
        """-> (ip, asn, owner, country, city, lat, lon, proxyflag)"""
        r = self.r
        k = net["kind"]
        if k == "vpn":
            ip, asn, owner, pl = r.choice(net["exits"])
            return ip, asn, owner, pl["country"], pl["city"], pl["lat"], pl["lon"], r.random() < 0.8
        if k == "resproxy":
            c = r.choice(US_CITIES)
            asn, owner = r.choice(US_ISPS)
            return self.ip(asn), asn, owner, "US", c[0], c[5], c[6], r.random() < 0.3
        pl = net["pl"]
        return r.choice(net["ips"]), net["asn"], net["owner"], pl["country"], pl["city"], pl["lat"], pl["lon"], False

    def emit_logins(self, sid, n, nets, start, end, devices, off, corp=False, night=False, person=None, share_tags=None):
        """nets: list of (weight, net). off: UTC offset of the hours the user keeps."""
        r = self.r
        seen_ips = set()
        for _ in range(n):
            net = _wchoice(r, nets)
            ip, asn, owner, ctry, city, lat, lon, pflag = self.draw(net)
            day = self.when(start, end).replace(hour=0, minute=0, second=0)
            if night:
                lh = r.choice([0, 1, 2, 3, 4, 23])
            else:
                lh = int(min(23, max(6, r.gauss(13, 3.5))))
            ts = day + timedelta(hours=lh - off, minutes=r.randint(0, 59), seconds=r.randint(0, 59))
            if ts < start:
                ts = start + timedelta(minutes=r.randint(1, 600))
            dev, ua = r.choice(devices)
            out = "success"
            x = r.random()
            if x < 0.04:
                out = "failure"
            elif x < 0.09:
                out = "challenge"
            row = dict(subject_id=sid, ts=_iso(ts), ip=ip, device_id=dev, user_agent=ua, country=ctry,
                       outcome=out, asn=str(asn), network_owner=owner, city=city,
                       latitude=f"{lat + r.uniform(-0.05, 0.05):.4f}", longitude=f"{lon + r.uniform(-0.05, 0.05):.4f}")
            if corp:
                row["source_proxy"] = "true" if pflag else "false"
                risk = "low"
                if pflag:
                    risk = r.choice(["medium", "medium", "high", "low"])
                elif r.random() < 0.03:
                    risk = "medium"
                row["risk_level"] = r.choice(["none", risk]) if risk == "low" else risk
                row["event_type"] = "user.session.start"
                row["session_id"] = f"idx{r.getrandbits(64):016x}"
            else:
                row["event_type"] = "candidate.signin"
            self.logins.append(row)
            if net.get("tag"):
                self.tag(sid, net["tag"])
            if person is not None and share_tags and net.get("kind") in share_tags:
                tags = share_tags[net["kind"]]
                if ip not in seen_ips:
                    seen_ips.add(ip)
                    self.share(sid, person, tags, "ip:" + ip)

    # ---------------- photos & resumes
    def photo(self, spec):
        """spec: ('face', seed) | ('edit', base_seed, edit_seed) | ('avatar',) | ('logo', seed)."""
        if spec[0] == "avatar":
            rel = "photos/default-avatar.png"
        elif spec[0] == "logo":
            rel = f"photos/logo-{spec[1]}.png"
        else:
            rel = f"photos/{self.r.getrandbits(48):012x}.{'jpg' if self.r.random() < 0.6 else 'png'}"
        if rel not in self._photo_set:
            self._photo_set.add(rel)
            self.photo_jobs.append((rel, spec))
        return rel

    def resume_text(self, ident, title, jobs, skills, summary, edu, extra=None):
        lines = [ident["full"], f"{ident.get('email', '')} | {ident['place']['city']}", "", "SUMMARY", summary, "", "SKILLS",
                 ", ".join(skills), "", "EXPERIENCE"]
        for co, t, y0, y1, bl in jobs:
            lines.append(f"{t} - {co} ({y0} - {y1})")
            lines += [f"- {b}" for b in bl]
        if extra:
            lines += ["", "PROJECTS"] + [f"- {b}" for b in extra]
        lines += ["", "EDUCATION", edu]
        return "\n".join(lines) + "\n"

    def fill(self, b):
        r = self.r
        return b.format(t=r.choice(SKILLS), n=r.randint(2, 60), p=r.randint(15, 70))

    def resume_parts(self, title=None):
        r = self.r
        title = title or r.choice(TITLES)
        y = r.randint(2, 12)
        summary = r.choice(SUMMARIES).format(title=title, y=y, t=r.choice(SKILLS), t2=r.choice(SKILLS))
        skills = r.sample(SKILLS, r.randint(6, 11))
        jobs = []
        yr = 2025
        for _ in range(r.randint(2, 4)):
            y0 = yr - r.randint(1, 4)
            co = f"{r.choice(CO_A)} {r.choice(CO_B)}"
            jobs.append((co, r.choice(TITLES), y0, "Present" if yr == 2025 else yr, [self.fill(b) for b in r.sample(BULLETS, r.randint(2, 4))]))
            yr = y0
        edu = f"{r.choice(DEGREES)}, {r.choice(SCHOOLS)}, {yr - r.randint(0, 2)}"
        return dict(title=title, summary=summary, skills=skills, jobs=jobs, edu=edu, extra=None)

    def variant(self, parts, strength):
        """A near-identical copy of a template: a few bullets and skills swapped, dates nudged."""
        r = self.r
        p = dict(parts)
        p["skills"] = list(parts["skills"])
        for _ in range(strength):
            if r.random() < 0.5:
                p["skills"][r.randrange(len(p["skills"]))] = r.choice(SKILLS)
        jobs = []
        for co, t, y0, y1, bl in parts["jobs"]:
            bl = list(bl)
            for _ in range(strength):
                if r.random() < 0.35:
                    bl[r.randrange(len(bl))] = self.fill(r.choice(BULLETS))
            if r.random() < 0.2 * strength:
                y0 = y0 + r.choice([-1, 1])
            jobs.append((co, t, y0, y1, bl))
        p["jobs"] = jobs
        return p

    def write_resume(self, ident, parts, inline_ok=True):
        txt = self.resume_text(ident, parts["title"], parts["jobs"], parts["skills"], parts["summary"], parts["edu"], parts.get("extra"))
        if inline_ok and self.r.random() < 0.15:
            return txt.replace("\n\n", "\n").replace("\n", " | ").strip(" |")
        self.resume_n += 1
        ext = ".txt" if self.r.random() < 0.85 else ".md"
        rel = f"resumes/{self.r.getrandbits(48):012x}{ext}"
        self.resume_files.append((rel, txt))
        return rel

    def profiles(self, ident, extra=None):
        r = self.r
        out = []
        if r.random() < 0.8:
            out.append(f"https://www.linkedin.com/in/{_slug(ident['first'])}-{_slug(ident['last'])}-{r.getrandbits(24):06x}")
        if r.random() < 0.45:
            out.append(f"https://github.com/{_slug(ident['first'])[:6]}{_slug(ident['last'])[:6]}{r.randint(0, 99) if r.random() < 0.5 else ''}")
        if r.random() < 0.12:
            out.append(f"https://{_slug(ident['first'])}{_slug(ident['last'])}.dev")
        if extra:
            out += extra
        return ";".join(out)

    # ---------------- tagging
    def tag(self, sid, *tags):
        self.truth[sid][3].update(tags)

    def share(self, sid, person, tags, key):
        self.shares.append((sid, tuple(tags), key, person))

    def add_subject(self, row, fraud, ring, role):
        self.subjects.append(row)
        self.truth[row["id"]] = [fraud, ring, role, set()]

    # ================================================================ organisations
    def make_employers(self):
        r = self.r
        n = max(12, self.size // 70)
        self.employers = []
        names = set()
        while len(self.employers) < n:
            name = f"{r.choice(CO_A)} {r.choice(CO_B)}"
            if name in names:
                continue
            names.add(name)
            slug = _slug(name)
            tld = _wchoice(r, [(".com", 70), (".io", 15), (".co", 6), (".ai", 5), (".tech", 4)])
            country = "US" if r.random() < 0.85 else _wchoice(r, [(c, w) for c, w in COUNTRY_W if c != "US"])
            pl = self.place(country)
            addr = self.address(pl)[0]
            biz = r.choice(US_BUSINESS) if country == "US" else FOREIGN[country][1][0]
            startup = r.random() < 0.08
            reg = self.when(datetime(2024, 1, 1), datetime(2025, 6, 1)) if startup else self.when(datetime(2001, 1, 1), datetime(2021, 1, 1))
            e = dict(name=name, domain=slug + tld, slug=slug, pl=pl, addr=addr, startup=startup, reg=reg,
                     net=dict(kind="office", asn=biz[0], owner=biz[1], ips=[self.ip(biz[0]) for _ in range(r.randint(1, 3))], pl=pl, proxy=False),
                     gw=self.mac(), ssid=f"{name.split()[0]}-Corp", office_ship=r.random() < 0.3, logo=r.getrandbits(32),
                     main_phone=self.phone(pl), first_post=max(reg + timedelta(days=r.randint(30, 150)), T0) if startup else T0)
            ns = r.choice([["ns1.cloudflare.com", "ns2.cloudflare.com"], ["ns-512.awsdns-00.net", "ns-1024.awsdns-00.org"],
                           ["ns51.domaincontrol.com", "ns52.domaincontrol.com"], ["dns1.registrar-servers.com", "dns2.registrar-servers.com"],
                           ["ns1.google.com", "ns2.google.com"]])
            host = r.choice(HOSTING[2:5] + [(16509, "Amazon.com, Inc."), (13335, "Cloudflare, Inc.")])
            e["host_ip"] = self.ip(host[0])
            regmail = r.choice(["privacy@withheldforprivacy.com", "contact@privacyguardian.org", f"hostmaster@{e['domain']}",
                                f"it@{e['domain']}", f"admin@{e['domain']}", "domains@markmonitor.com"])
            self.domains.append(dict(domain=e["domain"], company=name, registered_at=_iso(reg), registrant_email=regmail,
                                     ip=e["host_ip"], nameservers=";".join(ns)))
            if r.random() < 0.1:  # defensive registration of a look-alike by the company itself
                alt = slug + (".net" if tld != ".net" else ".org")
                self.domains.append(dict(domain=alt, company=name, registered_at=_iso(reg + timedelta(days=r.randint(0, 900))),
                                         registrant_email=regmail, ip=e["host_ip"], nameservers=";".join(ns)))
            self.employers.append(e)
        self.agencies = []
        for i in range(max(2, self.size // 2500)):
            name = AGENCY_A[i % len(AGENCY_A)] + ("" if i < len(AGENCY_A) else f" {i}")
            pl = self.place("US")
            dom = _slug(name) + ".com"
            a = dict(name=name, domain=dom, pl=pl, phone=self.phone(pl), inbox=f"submissions@{dom}",
                     net=dict(kind="office", asn=US_BUSINESS[i % 4][0], owner=US_BUSINESS[i % 4][1], ips=[self.ip(US_BUSINESS[i % 4][0])], pl=pl, proxy=False))
            self.domains.append(dict(domain=dom, company=name, registered_at=_iso(self.when(datetime(2005, 1, 1), datetime(2019, 1, 1))),
                                     registrant_email=f"it@{dom}", ip=self.ip(13335), nameservers="ns1.cloudflare.com;ns2.cloudflare.com"))
            self.agencies.append(a)

    # ================================================================ rows of a person
    def tags_for(self, P, res, sub=None):
        if P["fraud"]:
            m = {"addr": "shared_address", "wifi": "farm_wifi", "device": "shared_device", "payout": "shared_payout",
                 "recovery": "shared_recovery_contact", "phone": "shared_phone", "signup_ip": "shared_signup_ip",
                 "ship": "farm_address", "photo": "edited_photo", "resume": "templated_resume", "profile": "shared_profile_url",
                 "registrant": "shared_registrant", "domain_host": "shared_domain_host", "nid": "stolen_identity"}
            if res == "login_ip":
                t = {"vpn": "shared_vpn_exit", "home": "farm_ip", "office": "shared_login_ip"}.get(sub, "shared_login_ip")
            elif res == "photo" and sub == "logo":
                t = "company_logo_photo"
            elif res == "photo" and sub == "avatar":
                t = "default_avatar"
            else:
                t = m[res]
            if P["role"] == "facilitator" and res in ("addr", "ship"):
                t = "farm_address"
            return (t,)
        m = {"addr": "shared_address", "wifi": "shared_wifi", "device": "shared_device", "payout": "shared_payout",
             "recovery": "shared_recovery_contact", "phone": "shared_phone", "signup_ip": "shared_signup_ip",
             "ship": "shared_address", "resume": "shared_resume_template", "profile": "shared_profile_url",
             "agency": "agency_contact", "registrant": "shared_registrant", "domain_host": "shared_domain_host",
             "nid": "identity_theft_victim"}
        if res == "login_ip":
            t = {"cgnat": "cgnat_shared_ip", "home": "shared_home_ip", "vpn": "privacy_vpn_shared_exit", "office": "office_network",
                 "cowork": "coworking_network", "campus": "campus_network"}[sub]
        elif res == "photo":
            t = {"logo": "company_logo_photo", "avatar": "default_avatar"}.get(sub, "shared_photo")
        elif res == "ship" and sub == "office":
            t = "office_shipment"
        elif res == "ship" and sub == "cowork":
            t = "coworking_address"
        elif res == "wifi" and sub == "office":
            t = "office_network"
        elif res == "wifi" and sub == "cowork":
            t = "coworking_network"
        else:
            t = m[res]
        g = P["groups"].get(res)
        return (t,) + ((g,) if g else ())

    def sh(self, sid, P, res, key, sub=None):
        ns = {"ship": "addr", "registrant": "contact", "recovery": "contact"}.get(res, res)
        self.share(sid, P["key"], self.tags_for(P, res, sub), ns + ":" + str(key).lower())

    def base_row(self, P, kind, created):
        sid = self.new_id(kind)
        row = dict(id=sid, kind=kind, full_name=P["ident"]["full"], created_at=_iso(created))
        self.add_subject(row, 1 if P["fraud"] else 0, P["ring"], P["role"])
        return sid, row

    def put_photo(self, sid, row, P, prob):
        if P["photo"] and self.r.random() < prob:
            rel, sub, key = P["photo"]
            row["photo"] = rel
            if key:
                self.sh(sid, P, "photo", key, sub)

    def phone_for(self, phone, row):
        """A number written without + is read in the row's country: write it in + form where they differ."""
        if phone.startswith("+"):
            return phone
        key, c = self.phone_info[phone]
        if row.get("country") == c:
            return phone
        return key

    def put_phone(self, sid, row, P, prob, typed=True):
        if P["phone"] and self.r.random() < prob:
            row["phone"] = P["phone"]
            self.sh(sid, P, "phone", P["phone_key"])
            if typed and self.r.random() < 0.8:
                row["phone_line_type"] = P["phone_type"]
                if P["phone_type"] == "voip":
                    self.tag(sid, "voip_phone")

    def put_resume(self, sid, row, P, prob):
        if P.get("resume") and self.r.random() < prob:
            row["resume"] = P["resume"]
            if P.get("resume_tpl"):
                self.sh(sid, P, "resume", P["resume_tpl"])

    def emit_account(self, P, created, nlog=None, employer=None, email=None):
        r = self.r
        sid, row = self.base_row(P, "account", created)
        row["email"] = email or P["email"]
        if employer:
            row["employer"] = employer
        self.put_phone(sid, row, P, 0.7)
        if P["addr_acct"] and r.random() < 0.3:
            self.put_addr(sid, row, P)
        if r.random() < 0.9:
            row["country"] = P["ident"]["country"]
        self.put_photo(sid, row, P, 0.55)
        self.put_resume(sid, row, P, 0.4)
        if P["profiles"] and r.random() < 0.6:
            row["profiles"] = P["profiles"]
            for u in P.get("shared_urls", ()):
                self.sh(sid, P, "profile", u)
        if P["rec_email"] and r.random() < 0.5:
            row["recovery_email"] = P["rec_email"]
            self.sh(sid, P, "recovery", P["rec_email"])
        if P["rec_phone"] and r.random() < 0.35:
            row["recovery_phone"] = P["rec_phone"]
            self.sh(sid, P, "recovery", P["rec_phone_key"])
        if r.random() < 0.95:
            net = _wchoice(r, P["signup_nets"])
            ip = self.draw(net)[0]
            row["signup_ip"] = ip
            self.sh(sid, P, "signup_ip", ip)
        n = nlog if nlog is not None else r.randint(3, 10)
        self.emit_logins(sid, n, P["acct_nets"], created, T1, P["devices"], P["off"], corp=False, night=P["night"],
                         person=P["key"], share_tags=self.login_share_tags(P))
        for d, _ in P["devices"]:
            if d in P.get("shared_devs", ()):
                self.sh(sid, P, "device", d)
        self.tag(sid, *P["acct_tags"])
        return sid

    def login_share_tags(self, P):
        return {k: self.tags_for(P, "login_ip", k) for k in ("cgnat", "home", "vpn", "office", "cowork", "campus")}

    def put_addr(self, sid, row, P):
        row["address"] = P["addr_acct"]
        self.sh(sid, P, "addr", P["addr_acct_key"])
        if P["addr_acct"] != P["addr_acct_key"]:
            self.tag(sid, "address_two_ways")

    def emit_application(self, P, emp, when, agency=None):
        r = self.r
        sid, row = self.base_row(P, "applicant", when)
        row["employer"] = emp["name"]
        row["email"] = P["email"]
        row["source"] = "agency" if agency else _wchoice(r, [("job_board", 70), ("company_site", 15), ("referral", 8), ("linkedin", 7)])
        if agency:
            if r.random() < 0.8:
                row["phone"] = agency["phone"]
                self.sh(sid, P, "agency", agency["phone"])
            elif P["phone"]:
                row["phone"] = P["phone"]
            if r.random() < 0.3:
                row["email"] = agency["inbox"]
                self.sh(sid, P, "agency", agency["inbox"])
            self.tag(sid, "agency_submitted")
        else:
            self.put_phone(sid, row, P, 0.9, typed=False)
        if P["addr_acct"] and r.random() < 0.55:
            self.put_addr(sid, row, P)
        if r.random() < 0.95:
            row["country"] = P["ident"]["country"]
        self.put_photo(sid, row, P, 0.45)
        self.put_resume(sid, row, P, 0.92)
        if P["profiles"] and r.random() < 0.7:
            row["profiles"] = P["profiles"]
            for u in P.get("shared_urls", ()):
                self.sh(sid, P, "profile", u)
        self.tag(sid, *P["app_tags"])
        return sid

    def emit_hire(self, P, emp, when):
        r = self.r
        kind = "contractor" if r.random() < (0.45 if P["ident"]["country"] != "US" else 0.25) else "employee"
        sid, row = self.base_row(P, kind, when)
        I = P["hire_ident"]
        row["full_name"] = I["full"]
        row["employer"] = emp["name"]
        row["email"] = P["email"]
        self.put_phone(sid, row, P, 0.95, typed=False)
        if r.random() < 0.98:
            row["address"] = P["addr_hire"]
            self.sh(sid, P, "addr", P["addr_key"])
        row["country"] = I["country"]
        if r.random() < 0.95:
            row["birth_date"] = I["birth"]
        if r.random() < 0.9:
            row["national_id"] = I["nid"]
            self.sh(sid, P, "nid", I["nid"])
        self.put_photo(sid, row, P, 0.7)
        self.put_resume(sid, row, P, 0.3)
        if P["profiles"] and r.random() < 0.4:
            row["profiles"] = P["profiles"]
        # shipment of the laptop
        asset = f"{emp['slug'][:4].upper()}-{r.randint(10000, 99999)}" if r.random() < 0.6 else f"{r.choice(['5CD', 'PF3', 'C02', 'FVF', 'JQ7'])}{r.getrandbits(28):07X}"
        ship_addr, ship_key, ship_sub = P["ship"](emp)
        ts = when + timedelta(days=r.randint(1, 10))
        self.shipments.append(dict(subject_id=sid, ts=_iso(ts), asset=asset, address=ship_addr))
        self.sh(sid, P, "ship", ship_key, ship_sub)
        if r.random() < 0.15:
            self.shipments.append(dict(subject_id=sid, ts=_iso(ts + timedelta(days=r.randint(20, 200))),
                                       asset=f"{r.choice(['MON', 'DOCK', 'YK'])}-{r.randint(100000, 999999)}", address=ship_addr))
        # corporate sign-ins (Okta-style)
        end = min(T1, when + timedelta(days=r.randint(60, 500)))
        laptop_ua = UAS[2] if P["mac"] else UAS[r.choice([0, 1, 4])]
        devs = [(asset, laptop_ua)] * 4 + P["corp_extra_devices"]
        self.emit_logins(sid, r.randint(12, 30), P["corp_nets"](emp), ts, end, devs, P["off"], corp=True, night=P["night"],
                         person=P["key"], share_tags=self.login_share_tags(P))
        for d, _ in P["corp_extra_devices"]:
            if d in P.get("shared_devs", ()):
                self.sh(sid, P, "device", d)
        # endpoint telemetry
        self.emit_endpoint(sid, P, asset, emp, ts, end)
        # payroll
        dest, method, cur = P["payout"]
        if dest:
            t = ts + timedelta(days=r.randint(10, 20))
            base = r.uniform(2400, 7800)
            k = 0
            while t < end and k < 14:
                self.payments.append(dict(subject_id=sid, ts=_iso(t), amount=f"{base * r.uniform(0.97, 1.03):.2f}", currency=cur,
                                          method=method, destination=dest))
                t += timedelta(days=14 if kind == "employee" else 30)
                k += 1
            if k:
                self.sh(sid, P, "payout", dest)
        self.tag(sid, *P["hire_tags"])
        return sid

    def emit_endpoint(self, sid, P, dev, emp, start, end):
        r = self.r
        E = P["ep"](emp)
        procs_all = (MAC_PROCS if P["mac"] else WIN_PROCS)
        model = r.choice(MAC_MODELS if P["mac"] else WIN_MODELS)
        base_procs = r.sample(procs_all, 8)
        usb = r.sample(USB_NORMAL, r.randint(1, 3)) + E.get("usb", [])
        disp = r.sample(DISPLAYS, r.randint(0, 2)) + E.get("display", [])
        nsnap = r.randint(2, 3)
        for i in range(nsnap):
            t = self.when(start, end)
            ep = lambda kind, value, **kw: self.endpoint.append(dict(subject_id=sid, ts=_iso(t), device_id=dev, kind=kind, value=value, **kw))
            if i == 0:
                ep("system", model)
            ep("timezone", E["tz"])
            for kb in E["kb"]:
                ep("keyboard", kb)
            for p in r.sample(base_procs, r.randint(4, 7)) + E.get("procs", []):
                ep("process", p)
            for name, vid, pid in usb:
                ep("usb", name, vendor_id=vid, product_id=pid)
            for d in disp:
                ep("display", d)
            if E.get("gw"):
                ep("gateway_mac", E["gw"])
            if E.get("ssid"):
                ep("network", E["ssid"])
            for port in (["135/tcp", "445/tcp"] if not P["mac"] else []) + E.get("ports", []):
                ep("listening_port", port)
            for host, days in E.get("rsess", []):
                st = t - timedelta(days=days, hours=r.randint(0, 20))
                ep("remote_session", host, started_at=_iso(max(st, start)))
        if E.get("gw"):
            self.sh(sid, P, "wifi", E["gw"], E.get("net_sub"))
        for t in E.get("tags", ()):
            self.tag(sid, t)

    # ================================================================ honest people
    def bank(self, country):
        r = self.r
        if country == "US":
            return f"{r.choice(['021000021', '026009593', '121000248', '111000025', '031176110', '322271627', '071000013'])}:{r.randint(10**8, 10**11)}"
        return f"{country}{r.randint(10, 99)}{r.getrandbits(60):015d}"[:24]

    def payout_for(self, ident, contractor_abroad=False):
        r = self.r
        c = ident["country"]
        if c != "US" and r.random() < 0.5:
            x = r.random()
            if x < 0.55:
                return (f"payoneer:{_slug(ident['first'])}.{_slug(ident['last'])}{r.randint(1, 999)}", "wallet", "USD")
            if x < 0.9:
                return (f"wise:@{_slug(ident['first'])}{_slug(ident['last'])[:3]}{r.randint(1, 99)}", "wallet", "USD")
            return ("0x" + f"{r.getrandbits(160):040x}", "crypto", "USDC")
        cur = "USD" if c == "US" else FOREIGN[c][2]
        return (self.bank(c), "bank", cur)

    def household(self, htype):
        ident = self.identity()
        pl = ident["place"]
        net = self.home_net(pl)
        hh = dict(type=htype, ident=ident, pl=pl, addr=ident["addr"], addr2=ident["addr2"], net=net,
                  gw=net["gw"], ssid=self.ssid(ident["last"]), dev=None, payout=None, rec=None)
        if htype == "family":
            if self.r.random() < 0.35:
                hh["dev"] = (f"dev-{self.r.getrandbits(40):010x}", self.r.choice(UAS[:6]))
            if self.r.random() < 0.5:
                hh["payout"] = (self.bank(pl["country"]) if pl["country"] == "US" else self.bank(pl["country"]), "bank",
                                "USD" if pl["country"] == "US" else FOREIGN[pl["country"]][2])
            if self.r.random() < 0.3:
                hh["rec"] = self.email(ident["first"], ident["last"], ident["byear"])
        return hh

    def honest_P(self, ident=None, hh=None, cohort=None, cowork=None, victim=False, minimal=False):
        r = self.r
        groups = {}
        if hh and hh["type"] in ("family", "roommates"):
            g = hh["type"]
            ident = ident or self.identity(country=hh["pl"]["country"], heritage=hh["ident"]["heritage"] if g == "family" else None,
                                           last=hh["ident"]["last"] if g == "family" and r.random() < 0.8 else None)
            for k in ("addr", "wifi", "login_ip", "ship"):
                groups[k] = g
            if g == "family":
                for k in ("device", "payout", "recovery"):
                    groups[k] = g
        ident = ident or (hh["ident"] if hh else self.identity())
        if hh:
            ident = dict(ident, place=hh["pl"], addr=hh["addr"], addr2=hh["addr2"])
        pl = ident["place"]
        net = hh["net"] if hh else self.home_net(pl)
        gw = hh["gw"] if hh else net["gw"]
        ssid = hh["ssid"] if hh else self.ssid(ident["last"])
        fl = set()
        if not minimal:
            for f, p in (("mass_applicant", 0.03), ("privacy_vpn", 0.06), ("mobile", 0.2), ("traveller", 0.05),
                         ("night_worker", 0.05), ("two_countries", 0.02), ("reapplicant", 0.04), ("mover", 0.03),
                         ("name_change", 0.01), ("address_two_ways", 0.05)):
                if r.random() < p:
                    fl.add(f)
        P = dict(key=self.new_person_key(), fraud=False, ring="", role="", ident=ident, groups=groups, flags=fl, mac=r.random() < 0.3)
        P["email"] = self.email(ident["first"], ident["last"], ident["byear"])
        P["phone"] = self.phone(pl)
        P["phone_key"] = "".join(ch for ch in P["phone"] if ch.isdigit())[-10:]
        P["phone_type"] = _wchoice(r, [("mobile", 88), ("voip", 7), ("landline", 5)])
        P["rec_email"] = (hh["rec"] if hh and hh.get("rec") else self.email(ident["first"], ident["last"], ident["byear"])) if r.random() < 0.6 else None
        P["rec_phone"] = P["phone"] if r.random() < 0.5 else None
        P["rec_phone_key"] = P["phone_key"]
        if r.random() < 0.65:
            if r.random() < 0.12:
                P["photo"] = (self.photo(("avatar",)), "avatar", "avatar")
            else:
                P["photo"] = (self.photo(("face", r.getrandbits(31))), None, None)
        else:
            P["photo"] = None
        parts = self.resume_parts()
        shared_urls = []
        if cohort:
            parts = dict(parts, summary=cohort["summary"], extra=cohort["projects"], edu=cohort["edu"], skills=list(cohort["skills"]))
            parts = self.variant(parts, 1)
            P["resume_tpl"] = cohort["id"]
            for k in ("resume", "signup_ip", "login_ip", "profile"):
                groups[k] = "bootcamp_cohort"
            if r.random() < 0.6:
                shared_urls.append(cohort["url"])
        P["resume"] = self.write_resume(ident, parts) if r.random() < 0.85 else None
        P["profiles"] = self.profiles(ident, shared_urls)
        P["shared_urls"] = shared_urls
        devs = [(f"dev-{r.getrandbits(40):010x}", r.choice(UAS)) for _ in range(r.randint(1, 2))]
        P["shared_devs"] = set()
        if hh and hh.get("dev"):
            devs.append(hh["dev"])
            P["shared_devs"].add(hh["dev"][0])
        P["devices"] = devs
        nets = [(net, 6)]
        if "mobile" in fl:
            nets.append((self.mobile_net(pl), 3))
        elif r.random() < 0.3:
            nets.append((self.mobile_net(pl), 0.6))
        if "privacy_vpn" in fl:
            v = dict(self.vpn_net(r.choice(list(VPN_PROVIDERS))), tag="privacy_vpn")
            nets.append((v, 4))
        if "traveller" in fl:
            c2 = r.choice([c for c in FOREIGN if c != pl["country"]] + (["US"] if pl["country"] != "US" else []))
            tn = dict(self.home_net(self.place(c2)), tag="traveller", kind="travel")
            nets.append((tn, 1.5))
        second = None
        if "two_countries" in fl:
            c2 = r.choice([c for c in FOREIGN if c != pl["country"]] + (["US"] if pl["country"] != "US" else []))
            second = self.place(c2)
            nets.append((dict(self.home_net(second), tag="two_countries", kind="second"), 4))
        if cohort:
            nets.append((cohort["net"], 5))
        if cowork:
            nets.append((cowork["net"], 4))
            for k in ("login_ip", "wifi", "ship"):
                groups[k] = "coworking"
        P["acct_nets"] = nets
        P["signup_nets"] = [(cohort["net"], 1)] if cohort else nets
        P["off"] = pl["off"]
        P["night"] = "night_worker" in fl
        P["addr_acct"] = ident["addr2"] if "address_two_ways" in fl and r.random() < 0.7 else ident["addr"]
        P["addr_acct_key"] = ident["addr"]
        addr_hire, addr_key = ident["addr"], ident["addr"]
        if "mover" in fl:
            npl = self.place(pl["country"])
            addr_hire = addr_key = self.address(npl)[0]
        P["addr_hire"], P["addr_key"] = addr_hire, addr_key
        hire_ident = ident
        if "name_change" in fl:
            hire_ident = dict(ident, last=r.choice(NAMES[_wchoice(r, HERITAGE_BY_COUNTRY[pl["country"]])][1]))
            hire_ident["full"] = f"{ident['first']} {hire_ident['last']}"
        P["hire_ident"] = hire_ident

        def ship(emp):
            if emp["office_ship"]:
                return emp["addr"], emp["addr"], "office"
            if cowork and r.random() < 0.4:
                return cowork["addr"], cowork["addr"], "cowork"
            return P["addr_hire"], P["addr_key"], None
        P["ship"] = ship

        def corp_nets(emp):
            ns = list(nets)
            if emp["office_ship"]:
                ns.append((emp["net"], 6))
            return ns
        P["corp_nets"] = corp_nets
        P["corp_extra_devices"] = [(f"dev-{r.getrandbits(40):010x}", r.choice(UAS[6:]))] if r.random() < 0.5 else []
        # laptop profile
        kb = ["en-US"] if pl["country"] == "US" else [FOREIGN[pl["country"]][3]]
        tags = []
        procs, usb, disp, ports, rsess = [], [], [], [], []
        tz = pl["tz"]
        if second and r.random() < 0.5:
            tz = second["tz"]
            tags.append("two_countries")
        h = ident["heritage"]
        if h in HERITAGE_KB and HERITAGE_KB[h] not in kb and r.random() < 0.25:
            kb.append(HERITAGE_KB[h])
            tags.append("heritage_keyboard")
        x = r.random()
        if x < 0.025:
            procs += r.sample(RMM_ADMIN, r.randint(2, 3))
            ports += ["3389/tcp", "22/tcp"]
            rsess.append((f"10.{r.randint(0, 40)}.{r.randint(0, 255)}.{r.randint(2, 250)}", 0))
            tags.append("it_admin_remote_tools")
        elif x < 0.055:
            procs.append(r.choice(["remoting_host.exe", "anydesk.exe", "TeamViewer.exe", "parsecd.exe"]))
            tags.append("remote_desktop_user")
        y = r.random()
        if y < 0.008:
            usb.append(r.choice(USB_KVM))
            if r.random() < 0.5:
                disp.append(r.choice(KVM_DISPLAY))
            tags.append("homelab_kvm")
        elif y < 0.025:
            usb.append(r.choice(USB_GADGET_MAKER))
            tags.append("usb_gadget_device")

        def ep(emp):
            g, s_, sub = gw, ssid, None
            if emp["office_ship"] and r.random() < 0.6:
                g, s_, sub = emp["gw"], emp["ssid"], "office"
            elif cowork and r.random() < 0.6:
                g, s_, sub = cowork["gw"], cowork["ssid"], "cowork"
            return dict(tz=tz, kb=kb, procs=procs, usb=usb, display=disp, gw=g, ssid=s_, ports=ports, rsess=rsess, tags=tags, net_sub=sub)
        P["ep"] = ep
        if hh and hh.get("payout") and r.random() < 0.8:
            P["payout"] = hh["payout"]
        else:
            P["payout"] = self.payout_for(ident)
        fl_tags = [t for t in ("night_worker", "name_change") if t in fl]
        P["acct_tags"] = fl_tags + (["reapplicant"] if "reapplicant" in fl else [])
        P["app_tags"] = [t for t in fl_tags if t != "night_worker"] + (["mass_applicant"] if "mass_applicant" in fl else [])
        P["hire_tags"] = fl_tags + (["mover"] if "mover" in fl else []) + (["address_two_ways"] if "address_two_ways" in fl else [])
        if victim:
            P["victim"] = True
        return P

    def emit_honest(self, P, hire=None, minimal=False, employee_only=False):
        r = self.r
        created = self.when(T0, T1 - timedelta(days=60))
        if P.get("cohort_start"):
            created = P["cohort_start"] + timedelta(days=r.randint(0, 12), hours=r.randint(0, 23))
        rows = []
        if minimal:
            rows.append(self.emit_account(P, created))
            return rows
        if not employee_only:
            rows.append(self.emit_account(P, created))
            if "reapplicant" in P["flags"]:
                old = P["email"]
                if r.random() < 0.5:
                    P["email"] = self.email(P["ident"]["first"], P["ident"]["last"], P["ident"]["byear"])
                rows.append(self.emit_account(P, created + timedelta(days=r.randint(60, 400))))
                P["email"] = old
        if "mass_applicant" in P["flags"]:
            napp = r.randint(5, 9)
        else:
            napp = _wchoice(r, [(0, 15), (1, 45), (2, 25), (3, 10), (4, 5)])
        if employee_only:
            napp = 0
        t = created
        emps = r.sample(self.employers, min(napp, len(self.employers)))
        for emp in emps:
            t = t + timedelta(days=r.randint(0, 20), hours=r.randint(0, 23))
            ag = r.choice(self.agencies) if r.random() < 0.06 else None
            rows.append(self.emit_application(P, emp, max(t, emp["first_post"]), ag))
        if hire is None:
            hire = r.random() < 0.27
        if hire:
            emp = emps[-1] if emps and r.random() < 0.8 else r.choice(self.employers)
            rows.append(self.emit_hire(P, emp, max(t, emp["first_post"]) + timedelta(days=r.randint(14, 60))))
        return rows

    def emit_recruiter(self, emp, agency=None):
        r = self.r
        org = agency or emp
        ident = self.identity(country=org["pl"]["country"])
        ident = dict(ident, place=org["pl"])
        P = dict(key=self.new_person_key(), fraud=False, ring="", role="", ident=ident, groups={}, flags=set(), mac=False)
        P["email"] = self.email(ident["first"], ident["last"], ident["byear"], domain=org["domain"])
        if r.random() < 0.35:
            P["phone"] = org["phone"] if agency else org["main_phone"]
        else:
            P["phone"] = self.phone(org["pl"])
        P["phone_key"] = "".join(ch for ch in P["phone"] if ch.isdigit())[-10:]
        P["phone_type"] = "landline" if r.random() < 0.3 else "mobile"
        P["rec_email"] = self.email(ident["first"], ident["last"], ident["byear"]) if r.random() < 0.6 else None
        P["rec_phone"], P["rec_phone_key"] = None, None
        x = r.random()
        if x < 0.45:
            P["photo"] = (self.photo(("face", r.getrandbits(31))), None, None)
        elif x < 0.7:
            lid = org.get("logo", abs(hash_int(org["name"])))
            P["photo"] = (self.photo(("logo", lid)), "logo", f"logo{lid}")
        elif x < 0.78:
            P["photo"] = (self.photo(("avatar",)), "avatar", "avatar")
        else:
            P["photo"] = None
        P["resume"] = None
        P["profiles"] = self.profiles(ident)
        P["devices"] = [(f"dev-{r.getrandbits(40):010x}", r.choice(UAS[:6]))]
        home = self.home_net(self.place(org["pl"]["country"]))
        P["acct_nets"] = [(org["net"], 6), (home, 2), (self.mobile_net(org["pl"]), 1)]
        P["signup_nets"] = [(org["net"], 1)]
        P["off"] = org["pl"]["off"]
        P["night"] = False
        P["addr_acct"] = org.get("addr", "")
        P["addr_acct_key"] = P["addr_acct"]
        tags = []
        if agency:
            tags.append("staffing_recruiter")
        elif emp["startup"]:
            tags.append("new_company_domain")
        P["acct_tags"] = tags
        created = max(self.when(T0, T1 - timedelta(days=90)), emp["first_post"] - timedelta(days=10) if not agency else T0)
        return self.emit_account(P, created, employer=org["name"])


def hash_int(s):
    return int(hashlib.sha256(s.encode()).hexdigest()[:8], 16)


# ==================================================================== fraud
class FraudMixin:
    def operator(self):
        r = self.r
        loc = r.choice(OPERATOR_LOC)
        c, city, tz, off, lat, lon, isp = loc
        net = dict(kind="leak", asn=isp[0], owner=isp[1], ips=[self.ip(isp[0]) for _ in range(2)],
                   pl=dict(country=c, city=city, lat=lat, lon=lon, tz=tz, off=off), proxy=False, tag="operator_ip_leak")
        devs = [(f"dev-{r.getrandbits(40):010x}", r.choice(UAS[:6])) for _ in range(r.randint(1, 2))]
        return dict(tz=tz, off=off, net=net, devices=devs)

    def facilitator(self, R):
        """A real US person who receives the laptops and hosts them (laptop farm)."""
        r = self.r
        ident = self.identity(country="US")
        pl = ident["place"]
        net = self.home_net(pl)
        F = dict(ident=ident, pl=pl, addr=ident["addr"], net=net, gw=net["gw"], ssid=self.ssid(ident["last"]),
                 payout=(self.bank("US"), "bank", "USD"), hosted=0)
        P = self.base_fraud_P(R, ident, "facilitator")
        P["phone_type"] = "mobile"
        P["acct_nets"] = [(net, 6), (self.mobile_net(pl), 2)]
        P["signup_nets"] = [(net, 1)]
        P["off"] = pl["off"]
        P["addr_acct"] = P["addr_acct_key"] = P["addr_hire"] = P["addr_key"] = F["addr"]
        P["ship"] = lambda emp: (F["addr"], F["addr"], None)
        P["corp_nets"] = lambda emp: [(net, 6)]
        P["corp_extra_devices"] = []
        P["payout"] = F["payout"]
        gw, ssid = F["gw"], F["ssid"]
        P["ep"] = lambda emp: dict(tz=pl["tz"], kb=["en-US"], gw=gw, ssid=ssid, tags=[])
        P["acct_tags"] = P["app_tags"] = P["hire_tags"] = []
        F["P"] = P
        return F

    def base_fraud_P(self, R, ident, role):
        r = self.r
        P = dict(key=self.new_person_key(), fraud=True, ring=R["id"] if R else "", role=role, ident=ident, groups={}, flags=set(),
                 mac=r.random() < 0.3, night=False)
        P["email"] = self.email(ident["first"], ident["last"], ident["byear"])
        P["phone"] = self.phone(ident["place"])
        P["phone_key"] = "".join(ch for ch in P["phone"] if ch.isdigit())[-10:]
        P["phone_type"] = "mobile"
        P["rec_email"] = self.email(ident["first"], ident["last"], ident["byear"]) if r.random() < 0.6 else None
        P["rec_phone"] = P["phone"] if r.random() < 0.5 else None
        P["rec_phone_key"] = P["phone_key"]
        if r.random() < 0.65:
            P["photo"] = (self.photo(("avatar",)), "avatar", "avatar") if r.random() < 0.12 else (self.photo(("face", r.getrandbits(31))), None, None)
        else:
            P["photo"] = None
        P["resume"] = self.write_resume(ident, self.resume_parts()) if r.random() < 0.85 else None
        P["profiles"] = self.profiles(ident)
        P["shared_urls"] = []
        P["devices"] = [(f"dev-{r.getrandbits(40):010x}", r.choice(UAS))]
        P["shared_devs"] = set()
        P["hire_ident"] = ident
        return P

    def make_ring(self, idx, care, n):
        r = self.r
        R = dict(id=f"ring-{idx:02d}", care=care)
        R["ops"] = [self.operator() for _ in range(max(1, n // 3))]
        R["rec_emails"] = [self.email(*(lambda i: (i["first"], i["last"], i["byear"]))(self.identity())) for _ in range(2)]
        vpl = self.place("US")
        R["rec_phones"] = [self.phone(vpl) for _ in range(2)]
        prov = "astrill" if r.random() < 0.7 else r.choice(list(VPN_PROVIDERS))
        exits = {"sloppy": 3, "medium": 8, "careful": None}[care]
        R["vpn"] = dict(self.vpn_net(prov, exits), tag="vpn_logins")
        R["faces"] = [r.getrandbits(31) for _ in range(r.randint(1, 3))]
        R["template"] = self.resume_parts(r.choice(["Senior Software Engineer", "Full Stack Developer", "Blockchain Developer",
                                                    "Mobile Developer", "Backend Engineer"]))
        R["url"] = r.choice([f"https://github.com/{r.choice(CO_A).lower()}-{r.choice(['dev', 'labs', 'studio', 'tech'])}{r.randint(1, 99)}",
                             f"https://{r.choice(CO_A).lower()}{r.choice(CO_B).lower()}.vercel.app"])
        nf = 1 if care != "careful" else r.randint(2, 3)
        R["facs"] = [self.facilitator(R) for _ in range(nf)]
        if care == "sloppy":
            R["wallets"] = [(f"payoneer:{self.email('pay', r.choice(CO_A), 1990, 'gmail.com')}", "wallet", "USD"),
                            ("T" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789") for _ in range(33)), "crypto", "USDT")][:r.randint(1, 2)]
        else:
            R["wallets"] = [(f"payoneer:{self.email('pay', r.choice(CO_A), 1991, 'outlook.com')}", "wallet", "USD")]
        return R

    def persona_P(self, R, role="ring_member", lone=False):
        r = self.r
        care = R["care"]
        ident = self.identity()
        stolen = r.random() < 0.5
        if stolen and r.random() < 0.55:
            self.victims.append(ident)
        P = self.base_fraud_P(R, ident, role)
        if lone:
            P["ring"] = ""
        op = r.choice(R["ops"])
        F = r.choice(R["facs"])
        pv = {"sloppy": 0.8, "medium": 0.55, "careful": 0.3}[care]
        if care == "sloppy" and r.random() < 0.4:
            P["phone"] = r.choice(R["rec_phones"])
            P["phone_key"] = "".join(ch for ch in P["phone"] if ch.isdigit())[-10:]
            P["phone_type"] = "voip"
        else:
            P["phone_type"] = "voip" if r.random() < pv else "mobile"
        ps = {"sloppy": 0.8, "medium": 0.45, "careful": 0.12}[care]
        if P["rec_email"] and r.random() < ps:
            P["rec_email"] = r.choice(R["rec_emails"])
        if P["rec_phone"] and r.random() < ps:
            P["rec_phone"] = r.choice(R["rec_phones"])
            P["rec_phone_key"] = "".join(ch for ch in P["rec_phone"] if ch.isdigit())[-10:]
        if P["photo"] and P["photo"][1] is None:
            pe = {"sloppy": 0.85, "medium": 0.6, "careful": 0.25}[care]
            if r.random() < pe:
                base = r.choice(R["faces"])
                P["photo"] = (self.photo(("edit", base, r.getrandbits(31))), "edit", f"face{base}")
        if P["resume"] is not None:
            pt = {"sloppy": 1.0, "medium": 0.75, "careful": 0.35}[care]
            if r.random() < pt:
                strength = {"sloppy": 1, "medium": 2, "careful": 3}[care]
                P["resume"] = self.write_resume(ident, self.variant(R["template"], strength))
                P["resume_tpl"] = R["id"]
        pu = {"sloppy": 0.4, "medium": 0.2, "careful": 0.0}[care]
        if r.random() < pu:
            P["shared_urls"] = [R["url"]]
            P["profiles"] = ";".join([x for x in [P["profiles"], R["url"]] if x])
        # devices
        if care == "sloppy":
            P["devices"] = list(op["devices"])
        elif care == "medium" and r.random() < 0.5:
            P["devices"] = P["devices"] + [op["devices"][0]]
        elif care == "careful" and r.random() < 0.1:
            P["devices"] = P["devices"] + [op["devices"][0]]
        P["shared_devs"] = {d for d, _ in op["devices"]}
        rp = dict(self.resproxy_net(), tag="residential_proxy")
        nets = [(R["vpn"], 5), (rp, 3 if care == "careful" else 1)]
        if care == "sloppy":
            nets.append((op["net"], 0.35))
        P["acct_nets"] = nets
        P["signup_nets"] = [(R["vpn"], 1)] if care != "careful" else [(rp, 2), (R["vpn"], 1)]
        if care == "sloppy" or (care == "medium" and r.random() < 0.5):
            P["off"] = op["off"]
            P["acct_tags"] = ["operator_hours"]
        else:
            P["off"] = ident["place"]["off"]
            P["acct_tags"] = []
        P["addr_acct"] = ident["addr"]
        P["addr_acct_key"] = ident["addr"]
        pa = {"sloppy": 0.6, "medium": 0.3, "careful": 0.0}[care]
        if r.random() < pa:
            P["addr_hire"] = P["addr_key"] = F["addr"]
        else:
            P["addr_hire"] = P["addr_key"] = ident["addr"]
        P["ship"] = lambda emp: (F["addr"], F["addr"], None)
        corp = [(F["net"], 6), (R["vpn"], 2), (rp, 1)]
        if care == "sloppy":
            corp.append((op["net"], 0.3))
        P["corp_nets"] = lambda emp: corp
        P["corp_extra_devices"] = [op["devices"][0]] if care == "sloppy" or (care == "medium" and r.random() < 0.4) else []
        # laptop as seen at the farm
        tags = []
        tz = F["pl"]["tz"]
        pz = {"sloppy": 0.6, "medium": 0.25, "careful": 0.0}[care]
        if r.random() < pz:
            tz = op["tz"]
            tags.append("timezone_mismatch")
        kb = ["en-US"]
        if r.random() < {"sloppy": 0.6, "medium": 0.25, "careful": 0.0}[care]:
            kb.append("ko-KR")
            tags.append("foreign_keyboard")
        procs, usb, disp, ports, rsess = [], [], [], [], []
        nr = {"sloppy": (2, 3), "medium": (1, 2), "careful": (0, 1)}[care]
        k = r.randint(*nr)
        if care == "careful" and k:
            procs.append("remoting_host.exe")
        else:
            procs += r.sample(RMM_FRAUD, k)
        if procs:
            tags.append("rmm_tools")
        pk = {"sloppy": 0.8, "medium": 0.5, "careful": 0.15}[care]
        if r.random() < pk:
            usb.append(r.choice(USB_KVM) if care != "careful" else ("Multifunction Composite Gadget", "1d6b", "0104"))
            tags.append("ip_kvm")
            if care != "careful" and r.random() < 0.6:
                disp.append(r.choice(KVM_DISPLAY))
                tags.append("kvm_display")
        if "anydesk.exe" in procs:
            ports.append("7070/tcp")
        if care == "sloppy" and r.random() < 0.5:
            ports.append("3389/tcp")
        if care != "careful" and r.random() < 0.6:
            host = self.draw(R["vpn"])[0] if r.random() < 0.7 else op["net"]["ips"][0]
            rsess.append((host, r.randint(3, 40)))
            tags.append("remote_session_long")
        gw, ssid = F["gw"], F["ssid"]
        P["ep"] = lambda emp: dict(tz=tz, kb=kb, procs=procs, usb=usb, display=disp, gw=gw, ssid=ssid, ports=ports, rsess=rsess, tags=tags)
        # wages
        if care == "sloppy":
            P["payout"] = r.choice(R["wallets"]) if r.random() < 0.75 else F["payout"]
        elif care == "medium":
            P["payout"] = F["payout"] if r.random() < 0.6 else R["wallets"][0]
        else:
            P["payout"] = F["payout"] if r.random() < 0.5 else self.payout_for(ident)
        P["app_tags"] = []
        P["hire_tags"] = (["stolen_identity"] if stolen else []) + (["reship_address"] if P["addr_key"] != F["addr"] else [])
        P["mass"] = r.random() < 0.4
        if P["mass"]:
            P["app_tags"] = ["mass_apply"]
        if P["payout"][1] == "crypto":
            P["hire_tags"].append("crypto_payout")
        return P

    def emit_fraud_person(self, P, hire_p=0.45):
        r = self.r
        created = self.when(T0, T1 - timedelta(days=90))
        rows = [self.emit_account(P, created)]
        napp = r.randint(4, 8) if P.get("mass") else _wchoice(r, [(0, 10), (1, 55), (2, 35)])
        t = created
        emps = r.sample(self.employers, min(napp, len(self.employers)))
        for emp in emps:
            t = t + timedelta(days=r.randint(0, 6), hours=r.randint(0, 23))
            rows.append(self.emit_application(P, emp, max(t, emp["first_post"])))
        if r.random() < hire_p:
            emp = emps[-1] if emps and r.random() < 0.8 else r.choice(self.employers)
            rows.append(self.emit_hire(P, emp, max(t, emp["first_post"]) + timedelta(days=r.randint(14, 45))))
        return rows

    def fake_recruiter(self, R):
        r = self.r
        target = r.choice(self.employers)
        slug = target["slug"]
        dom = r.choice([f"{slug}-careers.com", f"{slug}hr.com", f"join{slug}.com", f"{slug}-talent.net", f"{slug}.team",
                        slug.replace("l", "1", 1).replace("o", "0", 1) + ".com", f"{slug}-recruiting.io"])
        if dom == target["domain"]:
            dom = "get" + dom
        company = target["name"] + r.choice(["", " Inc", " Careers", " Talent"])
        ident = self.identity()
        P = self.base_fraud_P(R, ident, "fake_recruiter")
        op = r.choice(R["ops"])
        email = f"{_slug(ident['first'])}.{_slug(ident['last'])}@{dom}"
        self.emails.add(email)
        P["phone_type"] = "voip" if r.random() < 0.6 else "mobile"
        if P["rec_email"] is not None and (R["care"] != "careful" or r.random() < 0.3):
            P["rec_email"] = r.choice(R["rec_emails"])
        x = r.random()
        if x < 0.4:
            P["photo"] = (self.photo(("logo", target["logo"])), "logo", f"logo{target['logo']}")
        elif x < 0.75:
            base = r.choice(R["faces"])
            P["photo"] = (self.photo(("edit", base, r.getrandbits(31))), "edit", f"face{base}")
        P["resume"] = None
        P["devices"] = list(op["devices"]) if R["care"] != "careful" else P["devices"] + ([op["devices"][0]] if r.random() < 0.3 else [])
        P["shared_devs"] = {d for d, _ in op["devices"]}
        P["acct_nets"] = [(R["vpn"], 5), (dict(self.resproxy_net(), tag="residential_proxy"), 1)]
        P["signup_nets"] = [(R["vpn"], 1)]
        P["off"] = op["off"] if R["care"] == "sloppy" else -5
        P["addr_acct"] = None
        P["acct_tags"] = ["lookalike_domain", "new_domain"]
        created = self.when(T0 + timedelta(days=60), T1 - timedelta(days=30))
        reg = created - timedelta(days=r.randint(5, 60))
        if R["care"] == "sloppy":
            regmail = r.choice(R["rec_emails"])
        elif R["care"] == "medium":
            regmail = R.get("persona_emails", [R["rec_emails"][0]])[0]
        else:
            regmail = r.choice(["privacy@withheldforprivacy.com", "contact@privacyguardian.org"])
        if "fake_host" not in R:
            R["fake_host"] = self.ip(r.choice(HOSTING)[0])
        self.domains.append(dict(domain=dom, company=company, registered_at=_iso(reg), registrant_email=regmail,
                                 ip=R["fake_host"], nameservers="dns1.registrar-servers.com;dns2.registrar-servers.com"))
        sid = self.emit_account(P, created, employer=company, email=email)
        if not regmail.startswith(("privacy@", "contact@privacy")):
            self.sh(sid, P, "registrant", regmail)
        self.sh(sid, P, "domain_host", R["fake_host"])
        return [sid]


# ==================================================================== assembly
class Gen(FraudMixin, World):
    def cohort(self, i):
        r = self.r
        camp = r.choice(BOOTCAMPS)
        asn, owner = r.choice(UNIS) if r.random() < 0.5 else r.choice(US_BUSINESS)
        pl = self.place("US")
        start = self.when(T0, T1 - timedelta(days=200))
        return dict(id=f"cohort{i}", summary=f"Full-stack web developer and recent {camp} graduate. " + r.choice(SUMMARIES).format(
                        title="Software Engineer", y=1, t=r.choice(SKILLS), t2=r.choice(SKILLS)),
                    projects=[self.fill(b) for b in r.sample(BULLETS, 3)],
                    edu=f"Full Stack Web Development Certificate, {camp}, {start.year}", skills=r.sample(SKILLS, 8),
                    net=dict(kind="campus", asn=asn, owner=owner, ips=[self.ip(asn) for _ in range(3)], pl=pl, proxy=False),
                    url=f"https://github.com/{_slug(camp)}-{start.strftime('%b').lower()}{start.year % 100}/capstone", start=start)

    def cowork(self):
        r = self.r
        pl = self.place("US")
        asn, owner = r.choice(US_BUSINESS)
        brand = r.choice(["WeWork", "Industrious", "Regus", "Spaces", "Impact Hub", "Serendipity Labs"])
        return dict(addr=self.address(pl)[0], net=dict(kind="cowork", asn=asn, owner=owner, ips=[self.ip(asn) for _ in range(2)], pl=pl, proxy=False),
                    gw=self.mac(), ssid=f"{brand}-Members")

    def build(self):
        r = self.r
        size = self.size
        self.victims = []
        self.make_employers()
        fraud_target = max(10, round(size * 0.03))
        fraud_rows = 0
        cares = ["sloppy", "medium", "careful", "medium", "careful", "sloppy", "careful", "medium"]
        idx = 0
        while fraud_rows < fraud_target:
            remaining = fraud_target - fraud_rows
            care = cares[idx % len(cares)]
            n = {"sloppy": r.randint(6, 12), "medium": r.randint(4, 9), "careful": r.randint(3, 6)}[care]
            n = max(2, min(n, remaining // 7))
            R = self.make_ring(idx + 1, care, n)
            rows = []
            for F in R["facs"]:
                FP = F["P"]
                rows.append(self.emit_account(FP, self.when(T0, T1 - timedelta(days=200))))
                if r.random() < 0.4:
                    emp = r.choice(self.employers)
                    rows.append(self.emit_hire(FP, emp, max(self.when(T0, T1 - timedelta(days=120)), emp["first_post"])))
            first = None
            for _ in range(n):
                P = self.persona_P(R)
                pr = self.emit_fraud_person(P)
                if first is None:
                    first = (P, pr[0])
                rows += pr
            if idx % 3 == 1 or (care == "sloppy" and r.random() < 0.5):
                if care == "medium":
                    R["persona_emails"] = [first[0]["email"]]
                    self.sh(first[1], first[0], "registrant", first[0]["email"])
                for _ in range(r.randint(1, 3)):
                    rows += self.fake_recruiter(R)
            fraud_rows += len(rows)
            if (idx % 2 == 1 or self.size < 5000) and fraud_rows < fraud_target:
                for _ in range(r.randint(1, 3)):
                    R1 = self.make_ring(0, r.choice(["medium", "careful", "careful"]), 1)
                    P = self.persona_P(R1, role="lone_persona", lone=True)
                    fraud_rows += len(self.emit_fraud_person(P, hire_p=0.5))
            idx += 1
        self.stats["rings"] = idx
        # honest: victims of the stolen identities (present on the platform with their own, real rows)
        for ident in self.victims:
            self.emit_honest(self.honest_P(ident=ident), hire=True)
        for emp in self.employers:
            for _ in range(_wchoice(r, [(0, 20), (1, 45), (2, 25), (3, 10)])):
                self.emit_recruiter(emp)
        for ag in self.agencies:
            for _ in range(r.randint(2, 4)):
                self.emit_recruiter(self.employers[0], agency=ag)
        for i in range(max(1, size // 1500)):
            c = self.cohort(i)
            for _ in range(r.randint(10, 18)):
                P = self.honest_P(cohort=c)
                P["cohort_start"] = c["start"]
                self.emit_honest(P)
        for _ in range(max(1, size // 2500)):
            w = self.cowork()
            for _ in range(r.randint(6, 12)):
                self.emit_honest(self.honest_P(cowork=w))
        while len(self.subjects) < size - 20:
            ht = _wchoice(r, [("single", 89), ("family", 7), ("roommates", 4)])
            hh = self.household(ht)
            nm = 1 if ht == "single" else r.randint(2, 4) if ht == "family" else r.randint(2, 3)
            for _ in range(nm):
                self.emit_honest(self.honest_P(hh=hh), employee_only=r.random() < 0.05)
        while len(self.subjects) < size:
            self.emit_honest(self.honest_P(minimal=True), minimal=True)

    def finish(self):
        persons = {}
        for sid, tags, key, person in self.shares:
            persons.setdefault(key, set()).add(person)
        for sid, tags, key, person in self.shares:
            if len(persons[key]) >= 2:
                self.truth[sid][3].update(tags)

    # ---------------- files
    def render(self, spec):
        size = 96
        yy, xx = np.mgrid[0:size, 0:size].astype(np.float32)
        if spec[0] == "avatar":
            a = np.full((size, size, 3), 222, np.float32)
            head = ((xx - 48) / 17) ** 2 + ((yy - 38) / 19) ** 2 < 1
            body = ((xx - 48) / 34) ** 2 + ((yy - 100) / 34) ** 2 < 1
            a[head | body] = 160
            return a
        if spec[0] == "logo":
            g = np.random.default_rng(spec[1])
            a = np.ones((size, size, 3), np.float32) * g.uniform(200, 255, 3)
            for _ in range(3):
                c = g.uniform(0, 200, 3)
                cx, cy, rr = g.uniform(20, 76), g.uniform(20, 76), g.uniform(10, 30)
                if g.random() < 0.5:
                    m = (np.abs(xx - cx) < rr) & (np.abs(yy - cy) < rr * 0.6)
                else:
                    m = (xx - cx) ** 2 + (yy - cy) ** 2 < rr ** 2
                a[m] = c
            return a
        seed = spec[1]
        g = np.random.default_rng(seed)
        low = (g.random((5, 5, 3)) * 255).astype(np.uint8)
        a = np.asarray(Image.fromarray(low).resize((size, size), Image.BICUBIC)).astype(np.float32)
        skin = g.uniform(70, 235) * np.array([1.0, 0.82, 0.68]) + g.normal(0, 8, 3)
        cx, cy = 48 + g.normal(0, 3), 44 + g.normal(0, 3)
        fa, fb = g.uniform(20, 26), g.uniform(26, 32)
        face = ((xx - cx) / fa) ** 2 + ((yy - cy) / fb) ** 2 < 1
        a[face] = a[face] * 0.15 + skin * 0.85
        hair = (((xx - cx) / (fa + 3)) ** 2 + ((yy - cy + 8) / (fb + 2)) ** 2 < 1) & (yy < cy - fb * 0.45)
        a[hair] = g.uniform(10, 120, 3)
        ey = cy - g.uniform(3, 7)
        for sx in (-1, 1):
            ex = cx + sx * g.uniform(7, 10)
            a[((xx - ex) / 3.2) ** 2 + ((yy - ey) / 2.0) ** 2 < 1] = 30
        my = cy + g.uniform(10, 15)
        a[((xx - cx) / g.uniform(5, 9)) ** 2 + ((yy - my) / 1.6) ** 2 < 1] = skin * 0.55
        body = ((xx - 48) / 40) ** 2 + ((yy - 118) / 34) ** 2 < 1
        a[body] = g.uniform(20, 230, 3)
        if spec[0] == "edit":
            e = np.random.default_rng(spec[2])
            a = a * e.uniform(0.85, 1.15) + e.normal(0, 10, 3)
            a = np.roll(a, (int(e.integers(-3, 4)), int(e.integers(-3, 4))), axis=(0, 1))
            a = a + e.normal(0, 4, a.shape)
            if e.random() < 0.4:
                a = a[:, ::-1]
            c = int(e.integers(0, 7))
            if c:
                a = np.asarray(Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)[c:size - c, c:size - c]).resize((size, size))).astype(np.float32)
        return a

    def write(self):
        b = self.bundle
        os.makedirs(os.path.join(b, "photos"), exist_ok=True)
        os.makedirs(os.path.join(b, "resumes"), exist_ok=True)
        for rel, spec in self.photo_jobs:
            img = Image.fromarray(np.clip(self.render(spec), 0, 255).astype(np.uint8))
            if rel.endswith(".jpg"):
                img.save(os.path.join(b, rel), "JPEG", quality=88)
            else:
                img.save(os.path.join(b, rel), "PNG")
        for rel, txt in self.resume_files:
            with open(os.path.join(b, rel), "w", encoding="utf-8") as f:
                f.write(txt)
        self.r.shuffle(self.subjects)
        for row in self.subjects:
            for col in ("phone", "recovery_phone"):
                if row.get(col):
                    row[col] = self.phone_for(row[col], row)
        cols = ["id", "kind", "full_name", "email", "phone", "address", "country", "birth_date", "national_id", "photo", "resume",
                "profiles", "employer", "created_at", "recovery_email", "recovery_phone", "signup_ip", "phone_line_type", "source"]
        self._csv("subjects.csv", cols, self.subjects)
        self._csv("logins.csv", ["subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome", "source_proxy", "asn",
                                 "network_owner", "city", "latitude", "longitude", "risk_level", "event_type", "session_id"], self.logins)
        self._csv("endpoint.csv", ["subject_id", "ts", "device_id", "kind", "value", "vendor_id", "product_id", "started_at"], self.endpoint)
        self._csv("payments.csv", ["subject_id", "ts", "amount", "currency", "method", "destination"], self.payments)
        self._csv("shipments.csv", ["subject_id", "ts", "asset", "address"], self.shipments)
        seen, doms = set(), []
        for d in self.domains:
            if d["domain"] not in seen:
                seen.add(d["domain"])
                doms.append(d)
        self._csv("domains.csv", ["domain", "company", "registered_at", "registrant_email", "ip", "nameservers"], doms)
        with open(os.path.join(self.out, "truth.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["subject_id", "fraud", "ring", "kind"])
            for row in self.subjects:
                fraud, ring, role, tags = self.truth[row["id"]]
                if fraud:
                    kind = ";".join([role] + sorted(tags - {role}))
                else:
                    kind = ";".join(sorted(tags)) or "ordinary"
                w.writerow([row["id"], fraud, ring, kind])

    def _csv(self, name, cols, rows):
        with open(os.path.join(self.bundle, name), "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise", lineterminator="\n")
            w.writeheader()
            w.writerows(rows)


def generate(outdir, size=20000, seed=1):
    """Write ``outdir/bundle/`` and ``outdir/truth.csv``. Returns a small summary dict."""
    os.makedirs(outdir, exist_ok=True)
    W = Gen(int(size), int(seed), str(outdir))
    W.build()
    W.finish()
    W.write()
    return dict(subjects=len(W.subjects), logins=len(W.logins), endpoint=len(W.endpoint), payments=len(W.payments),
                shipments=len(W.shipments), domains=len(W.domains), photos=len(W.photo_jobs), resumes=len(W.resume_files),
                rings=W.stats.get("rings"))
