"""worlds9: an independent synthetic world of DPRK remote-IT-worker fraud and honest look-alikes.

Written from public reporting only (see README.md), without knowledge of how ringwatch detects.
Everything is drawn from one seeded ``random.Random``; photos use numpy generators seeded from
integers that the same ``random.Random`` draws. ``hash()`` is never used.
"""
from __future__ import annotations

import csv
import os
import random
import uuid
from datetime import datetime, timedelta, timezone

import numpy as np
from PIL import Image

T0 = datetime(2024, 1, 1, tzinfo=timezone.utc)
T1 = datetime(2025, 9, 30, tzinfo=timezone.utc)
SPAN = (T1 - T0).total_seconds()

# --------------------------------------------------------------------------------------------
# geography
# --------------------------------------------------------------------------------------------
# name, country, state, lat, lon, utc offset, tz name, area codes / dialing
CITIES = [
    ("New York", "US", "NY", 40.71, -74.00, -5, "America/New_York", ["212", "347", "646", "718", "917"]),
    ("Brooklyn", "US", "NY", 40.65, -73.95, -5, "America/New_York", ["347", "718", "929"]),
    ("Boston", "US", "MA", 42.36, -71.06, -5, "America/New_York", ["617", "857"]),
    ("Philadelphia", "US", "PA", 39.95, -75.17, -5, "America/New_York", ["215", "267"]),
    ("Atlanta", "US", "GA", 33.75, -84.39, -5, "America/New_York", ["404", "470", "678"]),
    ("Miami", "US", "FL", 25.76, -80.19, -5, "America/New_York", ["305", "786"]),
    ("Charlotte", "US", "NC", 35.23, -80.84, -5, "America/New_York", ["704", "980"]),
    ("Nashville", "US", "TN", 36.16, -86.78, -6, "America/Chicago", ["615", "629"]),
    ("Chicago", "US", "IL", 41.88, -87.63, -6, "America/Chicago", ["312", "773", "872"]),
    ("St. Louis", "US", "MO", 38.63, -90.20, -6, "America/Chicago", ["314", "636"]),
    ("Dallas", "US", "TX", 32.78, -96.80, -6, "America/Chicago", ["214", "469", "972"]),
    ("Houston", "US", "TX", 29.76, -95.37, -6, "America/Chicago", ["713", "281", "832"]),
    ("Austin", "US", "TX", 30.27, -97.74, -6, "America/Chicago", ["512", "737"]),
    ("Minneapolis", "US", "MN", 44.98, -93.27, -6, "America/Chicago", ["612", "763"]),
    ("Denver", "US", "CO", 39.74, -104.99, -7, "America/Denver", ["303", "720"]),
    ("Phoenix", "US", "AZ", 33.45, -112.07, -7, "America/Phoenix", ["602", "480", "623"]),
    ("Litchfield Park", "US", "AZ", 33.49, -112.36, -7, "America/Phoenix", ["623"]),
    ("Salt Lake City", "US", "UT", 40.76, -111.89, -7, "America/Denver", ["801", "385"]),
    ("Seattle", "US", "WA", 47.61, -122.33, -8, "America/Los_Angeles", ["206", "253", "425"]),
    ("Portland", "US", "OR", 45.52, -122.68, -8, "America/Los_Angeles", ["503", "971"]),
    ("San Francisco", "US", "CA", 37.77, -122.42, -8, "America/Los_Angeles", ["415", "628"]),
    ("San Jose", "US", "CA", 37.34, -121.89, -8, "America/Los_Angeles", ["408", "669"]),
    ("Los Angeles", "US", "CA", 34.05, -118.24, -8, "America/Los_Angeles", ["213", "310", "323", "818"]),
    ("San Diego", "US", "CA", 32.72, -117.16, -8, "America/Los_Angeles", ["619", "858"]),
    ("Columbus", "US", "OH", 39.96, -83.00, -5, "America/New_York", ["614", "380"]),
    ("Hillsboro", "US", "OR", 45.52, -122.99, -8, "America/Los_Angeles", ["503"]),
    ("Toronto", "CA", "ON", 43.65, -79.38, -5, "America/Toronto", ["416", "647"]),
    ("Vancouver", "CA", "BC", 49.28, -123.12, -8, "America/Vancouver", ["604", "778"]),
    ("London", "GB", "", 51.51, -0.13, 0, "Europe/London", ["20"]),
    ("Manchester", "GB", "", 53.48, -2.24, 0, "Europe/London", ["161"]),
    ("Berlin", "DE", "", 52.52, 13.40, 1, "Europe/Berlin", ["30"]),
    ("Warsaw", "PL", "", 52.23, 21.01, 1, "Europe/Warsaw", ["22"]),
    ("Kyiv", "UA", "", 50.45, 30.52, 2, "Europe/Kyiv", ["44"]),
    ("Bengaluru", "IN", "", 12.97, 77.59, 5.5, "Asia/Kolkata", ["80"]),
    ("Hyderabad", "IN", "", 17.39, 78.49, 5.5, "Asia/Kolkata", ["40"]),
    ("Manila", "PH", "", 14.60, 120.98, 8, "Asia/Manila", ["2"]),
    ("Seoul", "KR", "", 37.57, 126.98, 9, "Asia/Seoul", ["2"]),
    ("Tokyo", "JP", "", 35.68, 139.69, 9, "Asia/Tokyo", ["3"]),
    ("Shanghai", "CN", "", 31.23, 121.47, 8, "Asia/Shanghai", ["21"]),
    ("Shenyang", "CN", "", 41.81, 123.43, 8, "Asia/Shanghai", ["24"]),
    ("Dandong", "CN", "", 40.00, 124.35, 8, "Asia/Shanghai", ["415"]),
    ("Ho Chi Minh City", "VN", "", 10.82, 106.63, 7, "Asia/Ho_Chi_Minh", ["28"]),
    ("Sao Paulo", "BR", "", -23.55, -46.63, -3, "America/Sao_Paulo", ["11"]),
    ("Mexico City", "MX", "", 19.43, -99.13, -6, "America/Mexico_City", ["55"]),
    ("Singapore", "SG", "", 1.35, 103.82, 8, "Asia/Singapore", [""]),
    ("Moscow", "RU", "", 55.76, 37.62, 3, "Europe/Moscow", ["495"]),
    ("Vladivostok", "RU", "", 43.12, 131.89, 10, "Asia/Vladivostok", ["423"]),
    ("Dubai", "AE", "", 25.20, 55.27, 4, "Asia/Dubai", ["4"]),
    ("Lagos", "NG", "", 6.52, 3.38, 1, "Africa/Lagos", ["1"]),
    ("Bangkok", "TH", "", 13.76, 100.50, 7, "Asia/Bangkok", ["2"]),
    ("Lisbon", "PT", "", 38.72, -9.14, 0, "Europe/Lisbon", ["21"]),
    ("Mexico Tulum", "MX", "", 20.21, -87.47, -5, "America/Cancun", ["984"]),
]
CITY = {c[0]: c for c in CITIES}
DIAL = {"US": "1", "CA": "1", "GB": "44", "DE": "49", "PL": "48", "UA": "380", "IN": "91", "PH": "63",
        "KR": "82", "JP": "81", "CN": "86", "VN": "84", "BR": "55", "MX": "52", "SG": "65", "RU": "7",
        "AE": "971", "NG": "234", "TH": "66", "PT": "351"}
COUNTRY_NAME = {"US": "USA", "CA": "Canada", "GB": "United Kingdom", "DE": "Germany", "PL": "Poland",
                "UA": "Ukraine", "IN": "India", "PH": "Philippines", "KR": "South Korea", "JP": "Japan",
                "CN": "China", "VN": "Vietnam", "BR": "Brazil", "MX": "Mexico", "SG": "Singapore",
                "RU": "Russia", "AE": "UAE", "NG": "Nigeria", "TH": "Thailand", "PT": "Portugal"}
US_CITIES = [c[0] for c in CITIES if c[1] == "US"]
HOME_COUNTRIES = [("US", 58), ("CA", 5), ("GB", 5), ("IN", 6), ("DE", 3), ("PL", 3), ("UA", 2), ("PH", 3),
                  ("KR", 2), ("JP", 2), ("CN", 2), ("VN", 1.5), ("BR", 2), ("MX", 2), ("SG", 1), ("RU", 1),
                  ("NG", 1), ("PT", 0.5)]

STREETS = ["Main", "Oak", "Maple", "Cedar", "Pine", "Elm", "Washington", "Lake", "Hill", "Park", "Sunset",
           "Highland", "Jefferson", "Lincoln", "Madison", "Franklin", "Willow", "Birch", "Spruce", "Walnut",
           "Chestnut", "River", "Meadow", "Forest", "Ridge", "Valley", "Church", "Mill", "Spring", "Center",
           "Union", "Jackson", "Adams", "Monroe", "Cherry", "Poplar", "Magnolia", "Harbor", "Bay", "Prospect",
           "Fairview", "Grove", "Orchard", "Sycamore", "Hickory", "Laurel", "Dogwood", "Aspen", "Canyon",
           "Mesa", "Indian School", "Camelback", "Peachtree", "Mission", "Valencia", "Broadway", "Market",
           "Wilshire", "Colfax", "Halsted"]
SUFFIX = [("Street", "St"), ("Avenue", "Ave"), ("Road", "Rd"), ("Drive", "Dr"), ("Lane", "Ln"),
          ("Boulevard", "Blvd"), ("Court", "Ct"), ("Place", "Pl"), ("Way", "Way"), ("Terrace", "Ter")]
DIRS = [("North", "N"), ("South", "S"), ("East", "E"), ("West", "W")]

# --------------------------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------------------------
FN = {
    "anglo": "James Michael Robert John David William Richard Joseph Thomas Christopher Charles Daniel Matthew Anthony Mark Steven Andrew Joshua Kevin Brian Ryan Jacob Nicholas Tyler Eric Jason Justin Brandon Aaron Kyle Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Emily Ashley Amanda Megan Rachel Lauren Hannah Olivia Emma Madison Abigail Christina Nicole Samantha Katherine Rebecca Laura Heather Amber Erin Alex Jordan Taylor Morgan Casey Logan Ethan Noah Liam Mason Lucas Owen Caleb".split(),
    "hispanic": "Jose Luis Carlos Juan Miguel Jorge Alejandro Diego Javier Ricardo Fernando Eduardo Andres Mateo Santiago Maria Ana Sofia Isabella Valentina Camila Gabriela Daniela Lucia Elena Carmen Rosa Paula Adriana Mariana".split(),
    "chinese": "Wei Jun Hao Lei Jie Yang Tao Ming Chen Bo Yu Xin Yan Li Jing Hui Ying Fang Mei Lin Xiaoming Zihan Yifan Jiayi Haoran Kevin Jason Vivian Grace Eric".split(),
    "korean": "Min-jun Seo-jun Ji-ho Do-yun Joon-ho Hyun-woo Sung-min Jae-won Dong-hyun Young-ho Ji-woo Seo-yeon Min-ji Soo-jin Ha-eun Ji-eun Hye-jin Eun-ji Yuna Daniel Paul Grace Jenny Andrew Joseph Sarah Chris Michelle Eugene Esther".split(),
    "indian": "Rahul Amit Rohit Vikram Arjun Sanjay Rajesh Suresh Anil Karthik Vivek Aditya Pranav Nikhil Siddharth Priya Anjali Pooja Neha Divya Kavya Sneha Deepika Lakshmi Aishwarya Meera Shreya Ananya Ritu Swati".split(),
    "vietnamese": "Minh Anh Tuan Hung Duc Thanh Long Nam Quang Huy Linh Thao Trang Huong Mai Lan Ngoc Phuong Hoa Thu".split(),
    "slavic": "Oleksandr Andriy Dmytro Serhiy Ivan Mykola Pavlo Volodymyr Maksym Yuriy Piotr Tomasz Krzysztof Marcin Pawel Olga Natalia Iryna Tetiana Kateryna Anna Agnieszka Magdalena Joanna Svetlana Alexei Sergei Dmitri Nikolai Elena".split(),
    "japanese": "Hiroshi Takeshi Kenji Yuki Haruto Sota Ren Daiki Kaito Shota Yui Aoi Sakura Hina Yuna Mio Rin Akari Naoko Emi".split(),
    "german": "Lukas Leon Felix Jonas Paul Maximilian Tobias Florian Sebastian Jan Lena Lea Anna Hannah Laura Julia Sophie Marie Katharina Johanna".split(),
    "nigerian": "Chinedu Emeka Oluwaseun Tunde Ifeanyi Babatunde Chukwuma Segun Adebayo Obinna Ngozi Chioma Funmilayo Adaeze Yetunde Aisha Blessing Temitope Amaka Kemi".split(),
    "portuguese": "Joao Pedro Lucas Gabriel Rafael Thiago Bruno Felipe Gustavo Matheus Ana Beatriz Juliana Fernanda Larissa Camila Leticia Mariana Bianca Carolina".split(),
    "filipino": "Mark John Paolo Carlo Jericho Miguel Rommel Jayson Angelo Ramon Maricel Kristine Joy Angelica Mary Grace Jasmine Princess Camille Rhea".split(),
}
LN = {
    "anglo": "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Green Baker Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Parker Collins Edwards Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson Bailey Reed Kelly Howard Cox Ward Richardson Watson Brooks Wood James Bennett Gray Hughes Price Sanders Myers Long Ross Foster Knoot Chapman".split(),
    "hispanic": "Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera Gomez Diaz Cruz Morales Reyes Gutierrez Ortiz Jimenez Ruiz Alvarez Castillo Vasquez Romero Herrera Medina Aguilar Vargas Mendoza".split(),
    "chinese": "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng Liang Xie Tang Han Feng Deng Cao Peng Zeng".split(),
    "korean": "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong Jeon Ko Moon Yang Baek".split(),
    "indian": "Sharma Patel Singh Kumar Gupta Reddy Rao Iyer Nair Menon Joshi Mehta Shah Desai Kulkarni Verma Agarwal Chatterjee Banerjee Mukherjee Pillai Krishnan Srinivasan Bhat Malhotra".split(),
    "vietnamese": "Nguyen Tran Le Pham Hoang Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly".split(),
    "slavic": "Kovalenko Shevchenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Oliynyk Nowak Kowalski Wisniewski Wojcik Kowalczyk Kaminski Lewandowski Zielinski Ivanov Smirnov Kuznetsov Popov Sokolov Petrov Volkov Morozov Novak".split(),
    "japanese": "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Mori".split(),
    "german": "Muller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Klein Wolf Schroder Neumann Schwarz Braun Zimmermann Kruger".split(),
    "nigerian": "Okafor Adeyemi Okonkwo Eze Nwosu Balogun Ogunleye Chukwu Adebayo Ibrahim Okoro Afolabi Onyeka Bello Nnamdi".split(),
    "portuguese": "Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro Martins Carvalho Almeida".split(),
    "filipino": "Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Tomas Andrada Castillo Flores Villanueva Ramos Dela Cruz Aquino Navarro Salvador".split(),
}
ORIGIN_BY_COUNTRY = {
    "US": [("anglo", 58), ("hispanic", 14), ("chinese", 6), ("indian", 7), ("korean", 4), ("vietnamese", 3),
           ("slavic", 3), ("japanese", 1.5), ("nigerian", 2), ("filipino", 1.5)],
    "CA": [("anglo", 55), ("chinese", 15), ("indian", 15), ("korean", 5), ("slavic", 5), ("filipino", 5)],
    "GB": [("anglo", 70), ("indian", 15), ("nigerian", 7), ("slavic", 8)],
    "DE": [("german", 80), ("slavic", 12), ("anglo", 8)], "PL": [("slavic", 100)], "UA": [("slavic", 100)],
    "RU": [("slavic", 100)], "IN": [("indian", 100)], "PH": [("filipino", 100)], "KR": [("korean", 100)],
    "JP": [("japanese", 100)], "CN": [("chinese", 100)], "VN": [("vietnamese", 100)],
    "BR": [("portuguese", 100)], "PT": [("portuguese", 100)], "MX": [("hispanic", 100)],
    "SG": [("chinese", 70), ("indian", 20), ("anglo", 10)], "NG": [("nigerian", 100)],
    "AE": [("indian", 50), ("anglo", 50)], "TH": [("anglo", 100)],
}
NICK = {"Robert": "Bob", "William": "Will", "Michael": "Mike", "Christopher": "Chris", "Matthew": "Matt",
        "Joseph": "Joe", "Daniel": "Dan", "Anthony": "Tony", "Nicholas": "Nick", "Katherine": "Kate",
        "Elizabeth": "Liz", "Jennifer": "Jen", "Samantha": "Sam", "Rebecca": "Becca", "Andrew": "Andy",
        "Steven": "Steve", "Jacob": "Jake", "Joshua": "Josh", "Benjamin": "Ben", "Alejandro": "Alex",
        "Oleksandr": "Alex", "Dmytro": "Dima", "Thomas": "Tom", "Richard": "Rick", "James": "Jim"}

# --------------------------------------------------------------------------------------------
# networks
# --------------------------------------------------------------------------------------------
ISPS = {  # country: [(owner, asn, kind, weight)] kind: fixed | mobile (CGNAT)
    "US": [("Comcast Cable Communications, LLC", 7922, "fixed", 25), ("Charter Communications Inc", 20115, "fixed", 18),
           ("AT&T Services, Inc.", 7018, "fixed", 14), ("Verizon Business", 701, "fixed", 8),
           ("Cox Communications Inc.", 22773, "fixed", 5), ("CenturyLink Communications, LLC", 209, "fixed", 5),
           ("Frontier Communications of America, Inc.", 5650, "fixed", 3),
           ("T-Mobile USA, Inc.", 21928, "mobile", 10), ("Verizon Wireless", 6167, "mobile", 8),
           ("AT&T Mobility LLC", 20057, "mobile", 6), ("Starlink (SpaceX Services, Inc.)", 14593, "mobile", 1)],
    "CA": [("Rogers Communications Canada Inc.", 812, "fixed", 5), ("Bell Canada", 577, "fixed", 5),
           ("Telus Communications Inc.", 852, "mobile", 3)],
    "GB": [("British Telecommunications PLC", 2856, "fixed", 5), ("Virgin Media Limited", 5089, "fixed", 4),
           ("Vodafone Limited", 25135, "mobile", 3)],
    "DE": [("Deutsche Telekom AG", 3320, "fixed", 5), ("Vodafone GmbH", 3209, "mobile", 3)],
    "PL": [("Orange Polska Spolka Akcyjna", 5617, "fixed", 5), ("P4 Sp. z o.o.", 39603, "mobile", 3)],
    "UA": [("Kyivstar PJSC", 15895, "mobile", 5), ("Ukrtelecom", 6849, "fixed", 3)],
    "IN": [("Reliance Jio Infocomm Limited", 55836, "mobile", 6), ("Bharti Airtel Ltd.", 24560, "fixed", 4),
           ("ACT Fibernet", 24309, "fixed", 2)],
    "PH": [("PLDT Inc.", 9299, "fixed", 4), ("Globe Telecom Inc.", 132199, "mobile", 4)],
    "KR": [("Korea Telecom", 4766, "fixed", 5), ("SK Broadband Co Ltd", 9318, "fixed", 3), ("LG Uplus", 17858, "mobile", 3)],
    "JP": [("NTT Communications Corporation", 4713, "fixed", 5), ("SoftBank Corp.", 17676, "mobile", 3)],
    "CN": [("China Unicom Liaoning", 4837, "fixed", 4), ("China Telecom", 4134, "fixed", 4), ("China Mobile", 9808, "mobile", 3)],
    "VN": [("Viettel Group", 7552, "mobile", 4), ("VNPT Corp", 45899, "fixed", 3)],
    "BR": [("Claro S.A.", 28573, "fixed", 4), ("TIM S/A", 26615, "mobile", 3)],
    "MX": [("Telmex", 8151, "fixed", 4), ("Telcel", 28403, "mobile", 3)],
    "SG": [("Singtel", 7473, "fixed", 4), ("StarHub Ltd", 4657, "mobile", 2)],
    "RU": [("Rostelecom", 12389, "fixed", 4), ("MTS PJSC", 8359, "mobile", 3)],
    "AE": [("Emirates Telecommunications Group", 5384, "fixed", 4)],
    "NG": [("MTN Nigeria", 29465, "mobile", 4)],
    "TH": [("True Internet Co.,Ltd.", 7470, "mobile", 4)],
    "PT": [("MEO - Servicos de Comunicacoes e Multimedia", 3243, "fixed", 4)],
}
VPN_PROVIDERS = [  # label, hosting owner, asn, popularity among honest VPN users, exits
    ("NordVPN", "Datacamp Limited", 60068, 30, 120),
    ("ExpressVPN", "Express Technologies Ltd", 394711, 20, 80),
    ("ProtonVPN", "Proton AG", 209103, 14, 60),
    ("Surfshark", "M247 Europe SRL", 9009, 12, 70),
    ("Mullvad", "31173 Services AB", 39351, 6, 40),
    ("PrivateInternetAccess", "Leaseweb USA, Inc.", 30633, 8, 60),
    ("Astrill", "Choopa, LLC", 20473, 3, 25),
    ("CloudflareWARP", "Cloudflare, Inc.", 13335, 18, 40),
    ("iCloudPrivateRelay", "Apple Inc.", 714, 20, 80),
]
VPN_CITIES = ["New York", "Los Angeles", "Chicago", "Dallas", "Seattle", "Miami", "Atlanta", "Denver", "Phoenix",
              "San Jose", "Toronto", "London", "Berlin", "Tokyo", "Singapore", "Warsaw", "Lisbon"]

UA = {
    "win": ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36 Edg/{v}.0.0.0",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{f}.0) Gecko/20100101 Firefox/{f}.0"],
    "mac": ["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{m} Safari/605.1.15",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36"],
    "linux": ["Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
              "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:{f}.0) Gecko/20100101 Firefox/{f}.0"],
    "ios": ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_{m} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{m} Mobile/15E148 Safari/604.1",
            "Okta Verify/9.{m}.0 (iPhone; iOS 17.{m})"],
    "android": ["Mozilla/5.0 (Linux; Android 14; Pixel {p}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Mobile Safari/537.36",
                "Mozilla/5.0 (Linux; Android 13; SM-S91{p}B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Mobile Safari/537.36"],
}
BASE_PROCS = {
    "win": ["explorer.exe", "svchost.exe", "chrome.exe", "msedge.exe", "Teams.exe", "slack.exe", "Code.exe",
            "OUTLOOK.EXE", "Zoom.exe", "OneDrive.exe", "SearchHost.exe", "RuntimeBroker.exe", "WindowsTerminal.exe",
            "node.exe", "python.exe", "docker.exe", "git.exe", "spotify.exe", "1Password.exe"],
    "mac": ["Finder", "Safari", "Google Chrome", "Slack", "zoom.us", "Microsoft Teams", "Code Helper", "iTerm2",
            "Docker Desktop", "Spotify", "1Password", "node", "python3", "Notion", "Figma"],
    "linux": ["systemd", "sshd", "gnome-shell", "firefox", "chrome", "code", "slack", "zoom", "dockerd", "python3",
              "node", "tmux", "bash", "pipewire"],
}
EDR = ["CSFalconService.exe", "MsSense.exe", "SentinelAgent.exe", "jamf", "osqueryd", "elastic-agent",
       "ir_agent.exe", "Kandji Agent"]
MODELS = {"win": ["Latitude 5440", "Latitude 7430", "ThinkPad T14 Gen 4", "ThinkPad X1 Carbon Gen 11",
                  "HP EliteBook 840 G10", "Surface Laptop 5", "OptiPlex 7010", "XPS 15 9530"],
          "mac": ["MacBookPro18,1", "MacBookPro18,3", "Mac14,7", "Mac15,3", "MacBookAir10,1", "Mac14,2"],
          "linux": ["ThinkPad P1 Gen 6", "XPS 13 9315", "Framework Laptop 13", "System Product Name"]}
DISPLAYS = ["DELL U2720Q", "DELL P2422H", "LG HDR 4K", "LG ULTRAFINE", "Color LCD", "Built-in Retina Display",
            "SAMSUNG", "BenQ GW2780", "HP E24 G5", "ASUS VG27A", "Acer XV272U", "Odyssey G5"]
USB_COMMON = [("046d", "c52b", "USB Receiver"), ("046d", "c548", "USB Receiver"), ("046d", "085c", "C922 Pro Stream Webcam"),
              ("05ac", "024f", "Magic Keyboard"), ("413c", "b06e", "Dell dock"), ("413c", "2113", "Dell KB216 Wired Keyboard"),
              ("1050", "0407", "YubiKey OTP+FIDO+CCID"), ("0bda", "8153", "USB 10/100/1000 LAN"), ("17ef", "a387", "ThinkPad USB-C Dock Gen2 USB Audio"),
              ("046d", "0a8f", "H390 headset with microphone"), ("0b0e", "24c8", "Jabra Evolve2 65"), ("1532", "0084", "Razer DeathAdder V2"),
              ("03f0", "0a4a", "HP USB-C Dock G5"), ("0781", "5581", "SanDisk Ultra"), ("04e8", "61f5", "Portable SSD T5")]
LINUX_HUBS = [("1d6b", "0002", "2.0 root hub"), ("1d6b", "0003", "3.0 root hub")]
KVM_USB = {  # from /work/shared/samples/indicators/ip_kvm_usb_gadget_ids.csv
    "pikvm": ("1d6b", "0104", "PiKVM Composite Device"),
    "tinypilot": ("1d6b", "0104", "Multifunction USB Device"),
    "jetkvm": ("1d6b", "0104", "USB Emulation Device"),
    "nanokvm": ("3346", "1009", "NanoKVM"),
    "spoof_logi": ("1d6b", "0104", "USB Keyboard"),
    "gadget": ("1d6b", "0104", "Multifunction Composite Gadget"),
    "aten": ("0557", "2419", "ATEN CS1924 KVM"),
    "generic_kvm": ("2101", "8501", "USB KVM Switch"),
}
KVM_DISPLAY = {"pikvm": "PiKVM V3", "tinypilot": "TinyPilot", "jetkvm": "JetKVM", "nanokvm": "NanoKVM"}
# process names as in LOLRMM (/work/shared/samples/indicators/lolrmm_tools_process_names.csv)
REMOTE_TOOLS = {
    "anydesk": (["anydesk.exe"], "7070/tcp"), "teamviewer": (["TeamViewer.exe", "teamviewer_service.exe"], "5938/tcp"),
    "chrome_rd": (["remoting_host.exe"], None), "rustdesk": (["rustdesk.exe"], "21118/tcp"),
    "splashtop": (["SRServer.exe", "SRManager.exe"], None), "zoho": (["ZohoURSService.exe", "zaservice.exe"], None),
    "screenconnect": (["ScreenConnect.ClientService.exe"], None), "parsec": (["parsecd.exe", "pservice.exe"], None),
    "tightvnc": (["tvnserver.exe"], "5900/tcp"), "meshcentral": (["MeshAgent.exe"], None),
    "atera": (["AteraAgent.exe"], None), "remotepc": (["RemotePC.exe", "remotepcservice.exe"], None),
    "radmin": (["RServer3.exe"], "4899/tcp"), "nomachine": (["nxd.exe"], "4000/tcp"),
}

# --------------------------------------------------------------------------------------------
# resumes
# --------------------------------------------------------------------------------------------
ROLES = ["Software Engineer", "Senior Software Engineer", "Full Stack Developer", "Backend Engineer",
         "Frontend Developer", "Mobile Developer", "DevOps Engineer", "Data Engineer", "Blockchain Developer",
         "QA Automation Engineer", "Machine Learning Engineer", "Site Reliability Engineer", "IT Support Specialist",
         "Systems Administrator", "Product Designer", "Data Analyst"]
SKILLS = ["Python", "JavaScript", "TypeScript", "React", "Node.js", "Java", "Spring Boot", "Go", "Rust", "C#", ".NET",
          "AWS", "GCP", "Azure", "Docker", "Kubernetes", "Terraform", "PostgreSQL", "MySQL", "MongoDB", "Redis",
          "GraphQL", "REST APIs", "Django", "Flask", "FastAPI", "Vue.js", "Angular", "Next.js", "Swift", "Kotlin",
          "Flutter", "React Native", "Solidity", "Web3.js", "Ethers.js", "Kafka", "Spark", "Airflow", "dbt",
          "Snowflake", "Linux", "Bash", "CI/CD", "GitHub Actions", "Jenkins", "Selenium", "Cypress", "Jest",
          "PyTorch", "TensorFlow", "Pandas", "Tableau", "Figma", "Active Directory", "Intune", "Jamf", "Okta"]
BULLETS = [
    "Built and maintained {n} microservices in {s1} serving {k}K daily active users",
    "Reduced API latency by {p}% by introducing caching with {s1} and query optimisation",
    "Led migration of legacy monolith to {s1} on {s2}, cutting infrastructure cost by {p}%",
    "Designed CI/CD pipelines with {s1}, shortening release cycle from weeks to days",
    "Implemented responsive UI components in {s1} used across {n} product teams",
    "Developed smart contracts in {s1} and integrated wallets via {s2}",
    "Mentored {n} junior engineers and ran weekly code reviews",
    "Automated data pipelines in {s1} processing {k}M events per day",
    "Improved test coverage from {p}% to {q}% using {s1}",
    "Collaborated with product and design to ship {n} customer-facing features per quarter",
    "Containerised services with {s1} and orchestrated deployments on {s2}",
    "Built internal dashboards in {s1} for finance and operations stakeholders",
    "Integrated third-party payment providers and reduced checkout errors by {p}%",
    "Maintained {n} production databases on {s1} with 99.9% uptime",
    "Wrote technical documentation and onboarding guides for {n} new hires",
    "Refactored {s1} codebase to {s2}, improving maintainability and performance",
    "Managed endpoint fleet of {k}00 devices with {s1} and {s2}",
    "Resolved {k}0+ support tickets per week across hardware, accounts and network issues",
    "Developed mobile applications in {s1} with {k}K+ downloads",
    "Built ML models in {s1} that improved recommendation click-through by {p}%",
    "Set up observability with Prometheus and Grafana, reducing incident response time by {p}%",
    "Participated in on-call rotation and led {n} incident post-mortems",
    "Designed RESTful and GraphQL APIs consumed by web and mobile clients",
    "Optimised SQL queries and indexes, reducing report generation time by {p}%",
]
COMPANIES_CV = ["Accenture", "Infosys", "Capgemini", "EPAM Systems", "Globant", "Toptal", "Upwork (freelance)",
                "Deloitte Digital", "Cognizant", "Thoughtworks", "IBM", "Oracle", "SAP", "Shopify", "Stripe",
                "Twilio", "Atlassian", "Coinbase", "Binance", "Kraken", "Salesforce", "Intuit", "Wayfair",
                "Self-employed", "Freelance", "Northwind Labs", "Bluefin Software", "Crescent Apps", "Pinnacle IT Group",
                "Helios Digital", "Acme Corp", "State University IT Services", "Riverbend Health"]
UNIS = ["University of Texas at Austin", "Georgia Institute of Technology", "University of Washington",
        "Arizona State University", "University of Illinois", "Ohio State University", "Rutgers University",
        "University of Toronto", "Seoul National University", "Tsinghua University", "University of Tokyo",
        "Kyiv Polytechnic Institute", "Warsaw University of Technology", "IIT Bombay", "Anna University",
        "University of Manila", "Universidade de Sao Paulo", "Purdue University", "Penn State", "Boston University",
        "Malaysia University of Science and Technology", "National University of Singapore", "UCLA", "NYU"]
DEGREES = ["B.S. Computer Science", "B.Sc. Software Engineering", "M.S. Computer Science", "B.E. Information Technology",
           "B.A. Mathematics", "M.Sc. Data Science", "Associate of Applied Science, IT", "B.S. Electrical Engineering"]
SUMMARIES = [
    "{role} with {y}+ years of experience building scalable web applications. Passionate about clean code and great user experience.",
    "Results-driven {role} with {y} years of hands-on experience in {s1} and {s2}. Proven track record of delivering high-quality software on time.",
    "Detail-oriented {role} experienced in {s1}, {s2} and cloud infrastructure. Strong communicator who enjoys cross-functional work.",
    "Self-motivated {role} with a background in {s1}. Looking for a remote role where I can grow and contribute.",
    "Experienced {role} ({y} yrs) specialising in {s1}. Comfortable owning features end to end.",
    "Highly skilled {role} with {y}+ years of experience in {s1}, {s2} and blockchain technologies. Available to work in US time zones.",
    "{role} who loves solving hard problems. {y} years shipping production code in {s1}.",
]
SYN = {"Built": "Developed", "Developed": "Created", "Led": "Drove", "Designed": "Architected", "Reduced": "Cut",
       "Improved": "Increased", "maintained": "supported", "Implemented": "Delivered", "Managed": "Administered",
       "Collaborated": "Partnered", "experience": "expertise", "Passionate": "Enthusiastic", "scalable": "high-performance",
       "Proven": "Demonstrated", "Strong": "Excellent", "production": "live", "customer-facing": "user-facing"}


# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------
def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def wchoice(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.random() * tot
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


class Net:
    __slots__ = ("owner", "asn", "kind", "country", "city", "proxy", "prefix", "label")

    def __init__(self, owner, asn, kind, country, city, proxy, prefix, label=""):
        self.owner, self.asn, self.kind, self.country, self.city = owner, asn, kind, country, city
        self.proxy, self.prefix, self.label = proxy, prefix, label


class Src:
    """A source of login IPs: a list of (ip, net, city) drawn from uniformly, or a generator."""
    __slots__ = ("items", "fn")

    def __init__(self, items=None, fn=None):
        self.items, self.fn = items, fn

    def pick(self, r):
        if self.fn is not None:
            return self.fn()
        return self.items[r.randrange(len(self.items))]


class Row:
    __slots__ = ("f", "logins", "endpoint", "payments", "shipments", "fraud", "ring", "tags", "photo", "resume",
                 "person", "order", "idp", "sid", "hh")

    def __init__(self):
        self.f = {}
        self.logins, self.endpoint, self.payments, self.shipments = [], [], [], []
        self.fraud, self.ring, self.tags = 0, "", set()
        self.photo = None
        self.resume = None
        self.person = None
        self.idp = "none"
        self.sid = ""
        self.hh = None


class WorldBase:
    def __init__(self, n_subjects=20000, seed=1):
        self.N = n_subjects
        self.seed = seed
        self.r = random.Random(f"worlds9:{seed}:{n_subjects}")
        self.rows = []
        self.used_prefix = set()
        self.domains = []
        self.photo_seq = 0

    # ---------------------------------------------------------------- primitives
    def rint_seed(self):
        return self.r.getrandbits(63)

    def hexid(self, n=16):
        return "%0*x" % (n, self.r.getrandbits(4 * n))

    def mac(self):
        b = [self.r.randrange(256) for _ in range(6)]
        b[0] = (b[0] & 0xFC)
        return ":".join("%02x" % x for x in b)

    def new_prefix(self):
        r = self.r
        while True:
            a = r.choice([r.randrange(2, 100), r.randrange(101, 126), r.randrange(128, 169), r.randrange(173, 192),
                          r.randrange(193, 223)])
            b = r.randrange(0, 256)
            if (a, b) not in self.used_prefix and not (a == 198 and b in (18, 19, 51)):
                self.used_prefix.add((a, b))
                return (a, b)

    def ip_in(self, net):
        a, b = net.prefix
        return f"{a}.{b}.{self.r.randrange(0, 256)}.{self.r.randrange(1, 255)}"

    def ip6_in(self, net):
        a, b = net.prefix
        return "2%03x:%x:%x:%x::%x" % (a % 0xfff, b * 7 + 0x100, self.r.getrandbits(16), self.r.getrandbits(16),
                                       self.r.getrandbits(16))

    def net(self, owner, asn, kind, country, city, proxy=False, label=""):
        return Net(owner, asn, kind, country, city, proxy, self.new_prefix(), label)

    # ---------------------------------------------------------------- infrastructure
    def build_infra(self):
        r, N = self.r, self.N
        # ISP nets per (country, isp) and per city for mobile CGNAT pools
        self.isp = {}
        for cc, lst in ISPS.items():
            self.isp[cc] = [(self.net(o, a, k, cc, None), w) for o, a, k, w in lst]
        # CGNAT pools per (country, carrier): a few hundred public IPs shared by all subscribers
        self.cgnat = {}
        for cc, lst in self.isp.items():
            for net, w in lst:
                if net.kind == "mobile":
                    size = max(20, int(N / 60 * w / 10)) if cc == "US" else max(10, int(N / 600))
                    self.cgnat[net.asn] = [self.ip_in(net) for _ in range(size)]
        # commercial VPN exits
        self.vpn = {}
        for label, owner, asn, pop, nexits in VPN_PROVIDERS:
            nets = {}
            exits = []
            n_ex = max(6, int(nexits * min(1.0, N / 20000) ** 0.5))
            for i in range(n_ex):
                city = r.choice(VPN_CITIES)
                if city not in nets:
                    nets[city] = self.net(owner, asn, "vpn", CITY[city][1], city, proxy=True, label=label)
                exits.append((self.ip_in(nets[city]), nets[city], city))
            self.vpn[label] = exits
        self.vpn_pop = [(v[0], v[3]) for v in VPN_PROVIDERS]
        # cloud / business networks for offices and corporate VPN egress
        self.corp_nets = [
            self.net("Zscaler, Inc.", 53813, "corpvpn", "US", "San Jose", proxy=False),
            self.net("Amazon.com, Inc.", 16509, "cloud", "US", "Ashburn" if False else "New York"),
            self.net("Google LLC", 396982, "cloud", "US", "Chicago"),
            self.net("Microsoft Corporation", 8075, "cloud", "US", "Seattle"),
            self.net("Palo Alto Networks, Inc", 54538, "corpvpn", "US", "Dallas"),
            self.net("Cisco Systems, Inc.", 109, "corpvpn", "US", "San Jose"),
        ]
        self.biz_nets = {}
        for cc in ISPS:
            self.biz_nets[cc] = self.net({"US": "Comcast Business", "GB": "BT Business", "DE": "Deutsche Telekom Business"}.get(cc, ISPS[cc][0][0] + " Business"), ISPS[cc][0][1], "business", cc, None)

        # employers
        n_emp = max(24, N // 130)
        adj = ["Blue", "Bright", "North", "Silver", "Iron", "Quantum", "Cedar", "Summit", "Harbor", "Atlas", "Nimbus",
               "Vertex", "Lumen", "Apex", "Copper", "Granite", "Orbit", "Pioneer", "Prairie", "Redwood", "Sterling",
               "Tidal", "Union", "Velvet", "Willow", "Zenith", "Coastal", "Evergreen", "Falcon", "Golden", "Keystone",
               "Liberty", "Meridian", "Oak", "Pacific", "Rapid", "Signal", "True", "Vista", "Wild"]
        noun = ["Ledger", "Labs", "Systems", "Health", "Logistics", "Analytics", "Software", "Networks", "Bank",
                "Insurance", "Robotics", "Media", "Payments", "Cloud", "Data", "Works", "Dynamics", "Foods",
                "Energy", "Security", "Learning", "Mobility", "Retail", "Capital", "Games", "Bio", "Commerce"]
        sfx = ["Inc", "LLC", "Corp", "Group", "Technologies", "Co", ""]
        names = set()
        self.employers = []
        for i in range(n_emp):
            while True:
                nm = f"{r.choice(adj)} {r.choice(noun)}"
                if nm not in names:
                    names.add(nm)
                    break
            s = r.choice(sfx)
            full = f"{nm} {s}".strip()
            cc = wchoice(r, [("US", 80), ("CA", 5), ("GB", 6), ("DE", 4), ("PL", 2), ("SG", 2), ("JP", 1)])
            city = r.choice([c[0] for c in CITIES if c[1] == cc])
            dom = nm.lower().replace(" ", "") + r.choice([".com", ".com", ".io", ".co", ".tech", ".ai"])
            cn = r.choice(self.corp_nets)
            egress = [(self.ip_in(cn), cn, cn.city) for _ in range(r.randint(1, 4))]
            office_net = self.biz_nets[cc]
            office_ip = [(self.ip_in(office_net), office_net, city)]
            e = dict(name=full, domain=dom, country=cc, city=city, egress=egress, office_ip=office_ip,
                     idp=wchoice(r, [("okta", 40), ("entra", 35), ("none", 25)]),
                     osquery=r.random() < 0.55, ssn_fmt=r.choice(["dash", "plain", "dash"]),
                     resume_mode=r.choice(["file", "inline", "mixed"]),
                     size=int(1 + 300 / (i + 3) ** 0.9 * r.uniform(0.5, 1.5) * 10),
                     office=self.new_address(city), gw=self.mac(), ssid=f"{nm.split()[0].upper()}-CORP",
                     logo_seed=self.rint_seed(), asset_prefix=nm[:3].upper() + r.choice(["-LT-", "-", "IT", "-NB-"]),
                     tz=CITY[city][6], hybrid=r.random() < 0.5, headshot=r.random() < 0.1,
                     remote_first=r.random() < 0.6, age_days=r.randint(900, 9000), startup=False)
            self.employers.append(e)
            self.domains.append((dom, full, self.date_before(T0, e["age_days"]), self.registrant(r, dom, False),
                                 self.ip_in(r.choice(self.corp_nets)), self.ns_for(r)))
        # honest startups with freshly registered domains (look like fake recruiting firms)
        for i in range(max(3, N // 2500)):
            nm = f"{r.choice(adj)}{r.choice(['ly', 'io', 'ify', 'Hub', 'Stack', 'Base', 'Loop', 'Forge'])}"
            dom = nm.lower() + r.choice([".io", ".ai", ".xyz", ".dev", ".app"])
            city = r.choice(US_CITIES)
            cn = self.corp_nets[1]
            e = dict(name=nm, domain=dom, country="US", city=city, egress=[(self.ip_in(cn), cn, cn.city)],
                     office_ip=[(self.ip_in(self.biz_nets["US"]), self.biz_nets["US"], city)], idp="none",
                     osquery=False, ssn_fmt="dash", resume_mode="inline", size=r.randint(8, 30),
                     office=self.new_address(city), gw=self.mac(), ssid=nm.upper(), logo_seed=self.rint_seed(),
                     asset_prefix=nm[:3].upper() + "-", tz=CITY[city][6], hybrid=False, headshot=False,
                     remote_first=True, age_days=r.randint(20, 200), startup=True)
            self.employers.append(e)
            reg = T0 + timedelta(days=r.randint(0, 500))
            self.domains.append((dom, nm, reg.strftime("%Y-%m-%d"), self.registrant(r, dom, True),
                                 r.choice(SHARED_HOSTING_IPS), r.choice(["ns1.vercel-dns.com;ns2.vercel-dns.com", "dana.ns.cloudflare.com;rick.ns.cloudflare.com", "dns1.registrar-servers.com;dns2.registrar-servers.com"])))
        self.emp_weights = [(i, e["size"]) for i, e in enumerate(self.employers)]
        # staffing agencies / employer-of-record payroll providers: one collection account each
        self.agencies = []
        for nm in ["Worklane Global EOR", "Remotely Payroll Ltd", "Talentbridge Staffing", "Nexus IT Staffing",
                   "Oyster Partners", "Crossborder Contractors", "Payflow EOR", "Skyline Consulting Group"][:max(3, N // 2500)]:
            self.agencies.append(dict(name=nm, dest=self.bank_acct(), city=r.choice(US_CITIES)))
        # device logistics depots that receive and forward laptops
        self.depots = [self.new_address(r.choice(["Columbus", "Dallas", "Phoenix", "Nashville"]), unit=f"Dock {r.randint(1, 12)}")
                       for _ in range(3)]
        # virtual mailboxes / mail forwarders (each customer gets a PMB number)
        self.mailboxes = [self.new_address(r.choice(["Miami", "Portland", "Dallas", "San Francisco", "Austin"]))
                          for _ in range(4)]
        # coworking spaces
        self.coworks = []
        for i in range(max(4, N // 800)):
            city = r.choice(US_CITIES + ["London", "Berlin", "Lisbon", "Toronto", "Bengaluru", "Manila"])
            cc = CITY[city][1]
            net = self.biz_nets[cc]
            self.coworks.append(dict(city=city, ips=[(self.ip_in(net), net, city) for _ in range(r.randint(1, 2))],
                                     gw=self.mac(), ssid=r.choice(["WeWork", "Industrious-Guest", "Regus", "Spaces", "Cowork"]) + f"-{r.randint(10, 99)}",
                                     addr=self.new_address(city, unit=f"Suite {r.randint(100, 900)}")))
        # universities / colleges / K-12 schools / libraries / MSPs
        self.unis = []
        for i, nm in enumerate(["Lakeside State University", "Eastfield Community College", "Northern Plains University",
                                "Bayview Institute of Technology", "Riverside College", "Mountain West University"][:max(3, N // 3000)]):
            city = r.choice(US_CITIES)
            net = self.net(nm, r.randint(1000, 40000), "edu", "US", city)
            self.unis.append(dict(name=nm, city=city, ips=[(self.ip_in(net), net, city) for _ in range(r.randint(4, 12))],
                                  admin_email=f"it-accounts@{nm.split()[0].lower()}.edu", admin_phone=self.phone_number("US", city),
                                  domain=nm.split()[0].lower() + ".edu"))
        self.orgs = []  # small orgs and MSPs that provision accounts for their people
        kinds = ["school", "school", "msp", "msp", "msp", "smallfirm", "smallfirm", "church", "nonprofit"]
        for i in range(max(6, N // 900)):
            k = kinds[i % len(kinds)]
            city = r.choice(US_CITIES)
            nm = f"{r.choice(adj)} {r.choice({'school': ['Elementary', 'High School', 'Academy'], 'msp': ['IT Solutions', 'Managed Services', 'Tech Partners'], 'smallfirm': ['Dental', 'Law Group', 'Realty', 'Accounting'], 'church': ['Community Church'], 'nonprofit': ['Foundation', 'Food Bank']}[k])}"
            net = self.biz_nets["US"]
            dom = nm.lower().replace(" ", "") + ".org"
            self.orgs.append(dict(name=nm, kind=k, city=city, ip=(self.ip_in(net), net, city),
                                  admin_email=r.choice(["admin", "it", "helpdesk", "office", "tech"]) + "@" + dom,
                                  admin_phone=self.phone_number("US", city), domain=dom, gw=self.mac()))
        self.libraries = []
        for i in range(max(3, N // 2500)):
            city = r.choice(US_CITIES)
            net = self.biz_nets["US"]
            self.libraries.append(dict(city=city, ip=(self.ip_in(net), net, city),
                                       pcs=[self.hexid() for _ in range(r.randint(3, 8))]))
        self.hotel_nets = {c[0]: self.net(r.choice(["Boingo Wireless", "Hospitality Network", "iPass Inc.", "Airport WiFi Services"]),
                                          r.randint(10000, 60000), "hotel", c[1], c[0]) for c in CITIES}

    def registrant(self, r, dom, fresh):
        x = r.random()
        if x < 0.45:
            return r.choice(["redacted@privacyprotect.org", "contact@privacy-guardian.net", "proxy@whoisprivacycorp.com",
                             "select-request-form@domainsbyproxy.com"])
        if x < 0.6:
            return ""
        return r.choice(["admin", "hostmaster", "it", "founders", "dns"]) + "@" + dom

    def ns_for(self, r):
        return r.choice(["ns-1021.awsdns-63.net;ns-1788.awsdns-31.co.uk", "dana.ns.cloudflare.com;rick.ns.cloudflare.com",
                         "ns1.google.com;ns2.google.com", "pdns1.ultradns.net;pdns2.ultradns.net",
                         "ns01.domaincontrol.com;ns02.domaincontrol.com", "dns1.p08.nsone.net;dns2.p08.nsone.net"])

    def date_before(self, t, days):
        return (t - timedelta(days=days)).strftime("%Y-%m-%d")

    def bank_acct(self):
        r = self.r
        return f"{r.choice(['021000021', '026009593', '121000248', '111000025', '071000013', '322271627', '031176110', '124303120'])}:{r.randrange(10**8, 10**12)}"

    def wallet(self, email):
        r = self.r
        return r.choice(["payoneer:", "paypal:", "wise:"]) + email

    def crypto(self):
        r = self.r
        if r.random() < 0.6:
            return "0x" + self.hexid(40)
        alpha = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
        return "T" + "".join(r.choice(alpha) for _ in range(33))

    # ---------------------------------------------------------------- addresses, names, contacts
    def new_address(self, city, unit=None):
        r = self.r
        c = CITY[city]
        a = dict(num=r.randint(10, 19999) if c[1] == "US" else r.randint(1, 250), street=r.choice(STREETS),
                 suffix=r.randrange(len(SUFFIX)), dir=r.randrange(len(DIRS)) if r.random() < 0.25 else None,
                 unit=unit if unit is not None else (f"{r.randint(1, 40)}{r.choice(['', '', 'A', 'B', 'C'])}" if r.random() < 0.35 else None),
                 city=city, cc=c[1], state=c[2],
                 zip=("%05d" % r.randint(10000, 99950)) if c[1] == "US" else str(r.randint(10000, 99999)),
                 zip4="%04d" % r.randint(1, 9999))
        return a

    def fmt_address(self, a, style=None, unit=None):
        r = self.r
        if style is None:
            style = r.getrandbits(16)
        u = unit if unit is not None else a["unit"]
        full_sfx = style & 1
        sfx = SUFFIX[a["suffix"]][0 if full_sfx else 1]
        if not full_sfx and (style >> 1) & 1 and sfx not in ("Way",):
            sfx += "."
        d = ""
        if a["dir"] is not None:
            d = DIRS[a["dir"]][0 if (style >> 2) & 1 else 1] + " "
        street = f"{a['num']} {d}{a['street']} {sfx}"
        if u:
            ustyle = (style >> 3) & 3
            if u.startswith(("Suite", "Dock", "PMB", "Unit")):
                street += (", " if ustyle else " ") + u
            else:
                street += [" #" + u, ", Apt " + u, " Apt. " + u, ", Unit " + u][ustyle]
        if a["cc"] == "US":
            z = a["zip"] + ("-" + a["zip4"] if (style >> 5) & 1 and (style >> 6) & 1 else "")
            s = f"{street}, {a['city']}, {a['state']} {z}"
            tail = (style >> 7) & 3
            if tail == 1:
                s += ", USA"
            elif tail == 2 and (style >> 9) & 1:
                s += ", United States"
        else:
            s = f"{street}, {a['zip']} {a['city']}, {COUNTRY_NAME[a['cc']]}"
        cs = (style >> 10) & 15
        if cs == 0:
            s = s.upper()
        elif cs == 1:
            s = s.replace(",", "")
        return s

    def origin_for(self, cc):
        return wchoice(self.r, ORIGIN_BY_COUNTRY.get(cc, [("anglo", 1)]))

    def name(self, origin, last=None):
        r = self.r
        fn = r.choice(FN[origin])
        ln = last or r.choice(LN[origin])
        return fn, ln

    def email_for(self, fn, ln, cc, domain=None):
        r = self.r
        f = fn.lower().replace("-", "").replace(" ", "")
        l = ln.lower().replace(" ", "")
        pat = r.randrange(9)
        yy = r.choice(["", str(r.randint(1, 99)), str(r.randint(1975, 2004)), str(r.randint(100, 9999))])
        local = [f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}.{l}{yy}", f"{f}_{l}", f"{f}{l[0]}{yy}", f"{l}.{f}",
                 f"{f}{yy}", f"{f}.{l}.dev"][pat]
        if domain:
            return f"{f}.{l}@{domain}" if r.random() < 0.7 else f"{f[0]}{l}@{domain}"
        prov = wchoice(r, [("gmail.com", 50), ("outlook.com", 12), ("yahoo.com", 9), ("icloud.com", 8),
                           ("hotmail.com", 5), ("proton.me", 4), ("aol.com", 1.5), ("mail.com", 1)] +
                       ({"DE": [("gmx.de", 20), ("web.de", 10)], "KR": [("naver.com", 30)], "CN": [("qq.com", 30), ("163.com", 15)],
                         "JP": [("yahoo.co.jp", 20)], "RU": [("yandex.ru", 30), ("mail.ru", 20)], "PL": [("wp.pl", 15)],
                         "IN": [("rediffmail.com", 5)], "UA": [("ukr.net", 20)]}.get(cc, [])))
        return f"{local}@{prov}"

    def phone_number(self, cc, city=None):
        r = self.r
        if cc in ("US", "CA"):
            codes = CITY[city][7] if city and CITY[city][1] in ("US", "CA") else ["202", "415", "646", "312", "512", "206"]
            return ("1", r.choice(codes), str(r.randint(200, 999)), "%04d" % r.randint(0, 9999))
        d = lambda n: "".join(str(r.randrange(10)) for _ in range(n))
        pat = {
            "GB": lambda: ("7" + r.choice(["400", "412", "812", "590"]), d(6)),
            "DE": lambda: (r.choice(["151", "160", "170", "171", "176"]), d(8)),
            "PL": lambda: (r.choice(["512", "601", "693", "724", "881"]), d(6)),
            "UA": lambda: (r.choice(["50", "67", "68", "93", "97"]), d(7)),
            "IN": lambda: (r.choice(["98", "97", "91", "88", "70"]) + d(3), d(5)),
            "PH": lambda: (r.choice(["917", "918", "927", "939", "995"]), d(7)),
            "KR": lambda: ("10", d(8)),
            "JP": lambda: (r.choice(["90", "80", "70"]), r.choice("123456789") + d(7)),
            "CN": lambda: (r.choice(["138", "139", "150", "186", "135"]), d(8)),
            "VN": lambda: (r.choice(["91", "98", "90", "97"]), d(7)),
            "BR": lambda: (r.choice(["11", "21", "31"]), "9" + d(8)),
            "MX": lambda: (r.choice(["55", "33", "81"]), d(8)),
            "SG": lambda: (r.choice(["81", "82", "83", "84", "85", "87", "91", "93", "96", "97", "98"]) + d(2), d(4)),
            "RU": lambda: (r.choice(["916", "903", "925", "985"]), d(7)),
            "AE": lambda: (r.choice(["50", "52", "55"]), d(7)),
            "NG": lambda: (r.choice(["803", "806", "813", "703"]), d(7)),
            "TH": lambda: (r.choice(["81", "86", "89"]), d(7)),
            "PT": lambda: (r.choice(["912", "913", "961", "936"]), d(6)),
        }.get(cc, lambda: ("7" + r.choice(["400", "412"]), d(6)))
        a, b = pat()
        return (DIAL.get(cc, "44") if cc in DIAL else "44", a, b, "")

    def fmt_phone(self, p, cc, style):
        cc_code, a, b, c = p
        if cc_code == "1":
            if cc not in ("US", "CA"):
                return [f"+1 ({a}) {b}-{c}", f"+1{a}{b}{c}", f"+1 {a} {b} {c}", f"+1-{a}-{b}-{c}"][style % 4]
            return [f"+1 ({a}) {b}-{c}", f"{a}-{b}-{c}", f"({a}) {b}-{c}", f"+1{a}{b}{c}", f"{a}.{b}.{c}",
                    f"1-{a}-{b}-{c}", f"+1 {a} {b} {c}", f"{a}{b}{c}"][style % 8]
        return [f"+{cc_code} {a} {b}", f"+{cc_code}{a}{b}", f"+{cc_code} {a}{b}", f"+{cc_code} {a}-{b}"][style % 4]

    def ssn(self):
        r = self.r
        area = r.randint(1, 899)
        while area == 666:
            area = r.randint(1, 899)
        return (area, r.randint(1, 99), r.randint(1, 9999))

    def fmt_nid(self, nid, emp):
        if nid is None:
            return ""
        if isinstance(nid, str):
            return nid
        a, g, s = nid
        if emp and emp["ssn_fmt"] == "plain":
            return "%03d%02d%04d" % (a, g, s)
        return "%03d-%02d-%04d" % (a, g, s)

    def passport(self, cc):
        r = self.r
        return cc + "".join(r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(8))

    # ---------------------------------------------------------------- people
    def new_person(self, cc=None, city=None, last=None, origin=None, household=None):
        r = self.r
        if cc is None:
            cc = wchoice(r, HOME_COUNTRIES)
        if city is None:
            city = r.choice([c[0] for c in CITIES if c[1] == cc and c[0] not in ("Dandong", "Litchfield Park", "Mexico Tulum")] or [c[0] for c in CITIES if c[1] == cc])
        origin = origin or self.origin_for(cc)
        fn, ln = self.name(origin, last)
        if r.random() < 0.12 and origin in ("anglo", "hispanic", "slavic", "german"):
            mid = r.choice("ABCDEFGHJKLMNPRSTW")
        else:
            mid = None
        p = dict(fn=fn, ln=ln, mid=mid, origin=origin, cc=cc, city=city,
                 dob=datetime(1960, 1, 1) + timedelta(days=r.randint(0, 365 * 44)),
                 nid=self.ssn() if cc == "US" else (self.passport(cc) if r.random() < 0.7 else None),
                 email=self.email_for(fn, ln, cc), phone=self.phone_number(cc, city), phone_style=r.randrange(8),
                 addr=household["addr"] if household else self.new_address(city), addr_style=r.getrandbits(16),
                 photo_seed=self.rint_seed(), tz=CITY[city][5], tzname=CITY[city][6], household=household,
                 devices=[], stolen_by=0, kbd=["en-US"] if cc in ("US", "CA", "PH", "SG", "NG", "IN", "AE", "TH") else
                 [{"GB": "en-GB", "DE": "de-DE", "PL": "pl-PL", "UA": "uk-UA", "KR": "ko-KR", "JP": "ja-JP", "CN": "zh-CN",
                   "VN": "vi-VN", "BR": "pt-BR", "MX": "es-MX", "RU": "ru-RU", "PT": "pt-PT"}.get(cc, "en-US"), "en-US"])
        if cc in ("US", "CA"):
            if origin == "korean" and r.random() < 0.35:
                p["kbd"] = ["en-US", "ko-KR"]
            elif origin == "chinese" and r.random() < 0.3:
                p["kbd"] = ["en-US", "zh-CN"]
            elif origin == "slavic" and r.random() < 0.3:
                p["kbd"] = ["en-US", r.choice(["ru-RU", "uk-UA", "pl-PL"])]
            elif origin == "japanese" and r.random() < 0.3:
                p["kbd"] = ["en-US", "ja-JP"]
            elif origin == "hispanic" and r.random() < 0.15:
                p["kbd"] = ["en-US", "es-US"]
        return p

    def new_device(self, os_=None, shared=False):
        r = self.r
        os_ = os_ or wchoice(r, [("win", 50), ("mac", 40), ("linux", 10)])
        v = r.randint(118, 131)
        ua = r.choice(UA[os_]).format(v=v, f=r.randint(115, 131), m=r.randint(0, 6), p=r.randint(6, 9))
        return dict(id=self.hexid(16) if r.random() < 0.7 else str(uuid.UUID(int=r.getrandbits(128))),
                    os=os_, ua=ua)

    # ---------------------------------------------------------------- rows
    def make_row(self, p, kind, emp, created, person_key):
        r = self.r
        row = Row()
        row.person = person_key
        row.idp = emp["idp"] if emp and kind in ("employee", "contractor") else ("platform" if kind == "account" else "ats")
        name = f"{p['fn']} {p['mid']}. {p['ln']}" if p["mid"] and r.random() < 0.5 else f"{p['fn']} {p['ln']}"
        if r.random() < 0.03:
            name = name.upper()
        f = row.f
        f["kind"] = kind
        f["full_name"] = name
        f["email"] = p["email"]
        f["phone"] = self.fmt_phone(p["phone"], p["cc"], p["phone_style"]) if r.random() < 0.93 else ""
        f["address"] = self.fmt_address(p["addr"], p["addr_style"]) if r.random() < (0.55 if kind == "account" else 0.9) else ""
        f["country"] = p["cc"] if r.random() < 0.95 else ""
        f["birth_date"] = p["dob"].strftime("%Y-%m-%d") if r.random() < {"applicant": 0.5, "employee": 0.9, "contractor": 0.7, "account": 0.3}[kind] else ""
        want_nid = r.random() < {"applicant": 0.45, "employee": 0.92, "contractor": 0.75, "account": 0.04}[kind]
        f["national_id"] = self.fmt_nid(p["nid"], emp) if want_nid else ""
        f["employer"] = emp["name"] if emp else ""
        f["created_at"] = iso(created)
        f["profiles"] = ""
        f["recovery_email"] = ""
        f["recovery_phone"] = ""
        f["signup_ip"] = ""
        if kind in ("applicant", "contractor") or r.random() < 0.3:
            prof = []
            slug = (p["fn"] + "-" + p["ln"]).lower().replace(" ", "-")
            if r.random() < 0.8:
                prof.append(f"https://www.linkedin.com/in/{slug}{r.choice(['', '', '-' + self.hexid(8)[:r.randint(4, 8)], str(r.randint(1, 999))])}")
            if r.random() < 0.55:
                prof.append(f"https://github.com/{p['fn'].lower()[:r.randint(1, 8)]}{p['ln'].lower()}{r.choice(['', 'dev', str(r.randint(1, 99))])}")
            if r.random() < 0.12:
                prof.append(f"https://{p['fn'].lower()}{p['ln'].lower()}.{r.choice(['dev', 'me', 'io', 'vercel.app', 'netlify.app'])}")
            f["profiles"] = ";".join(prof)
        if kind == "account" or r.random() < 0.05:
            if r.random() < 0.6:
                f["recovery_email"] = self.email_for(p["fn"], p["ln"], p["cc"])
            if r.random() < 0.5:
                f["recovery_phone"] = self.fmt_phone(p["phone"], p["cc"], r.randrange(8))
        self.rows.append(row)
        return row

    def want_photo(self, kind):
        return self.r.random() < {"applicant": 0.55, "employee": 0.65, "contractor": 0.6, "account": 0.5}[kind]

    def want_resume(self, kind):
        return self.r.random() < {"applicant": 0.85, "employee": 0.35, "contractor": 0.7, "account": 0.15}[kind]

    def rand_time(self, a=T0, b=T1):
        return a + timedelta(seconds=self.r.random() * (b - a).total_seconds())

    # ---------------------------------------------------------------- resumes
    def resume_master(self, role=None, years=None, seed_skills=None):
        r = self.r
        role = role or r.choice(ROLES)
        y = years or r.randint(2, 14)
        sk = seed_skills or r.sample(SKILLS, r.randint(6, 14))
        summ = r.choice(SUMMARIES).format(role=role, y=y, s1=sk[0], s2=sk[1])
        jobs = []
        end = 2025
        for j in range(r.randint(2, 4)):
            start = end - r.randint(1, 4)
            bl = []
            for b in r.sample(BULLETS, r.randint(3, 5)):
                bl.append(b.format(n=r.randint(2, 30), k=r.randint(2, 900), p=r.randint(10, 70), q=r.randint(71, 95),
                                   s1=r.choice(sk), s2=r.choice(sk)))
            jobs.append(dict(title=r.choice(ROLES) if j else role, co=r.choice(COMPANIES_CV), y1=start, y2=end, bullets=bl))
            end = start
        edu = (r.choice(DEGREES), r.choice(UNIS), end - r.randint(0, 3))
        return dict(role=role, summary=summ, skills=sk, jobs=jobs, edu=edu, headers=r.choice(
            [("SUMMARY", "SKILLS", "EXPERIENCE", "EDUCATION"), ("Professional Summary", "Technical Skills", "Work Experience", "Education"),
             ("About Me", "Skills", "Employment History", "Education"), ("PROFILE", "CORE COMPETENCIES", "PROFESSIONAL EXPERIENCE", "EDUCATION")]))

    def resume_text(self, m, p, email, phone):
        H = m["headers"]
        lines = [f"{p['fn']} {p['ln']}", m["role"], f"{email} | {phone} | {p['city']}", "", H[0], m["summary"], "",
                 H[1], ", ".join(m["skills"]), "", H[2]]
        for j in m["jobs"]:
            lines.append(f"{j['title']} - {j['co']} ({j['y1']} - {j['y2'] if j['y2'] < 2025 else 'Present'})")
            lines += ["- " + b for b in j["bullets"]]
            lines.append("")
        lines += [H[3], f"{m['edu'][0]}, {m['edu'][1]}, {m['edu'][2]}"]
        return "\n".join(lines)

    def mutate_resume(self, m, strength):
        """A lightly edited copy: reorder skills, shift years, rewrite some words, swap a bullet or employer."""
        r = self.r
        m2 = dict(m)
        sk = list(m["skills"])
        r.shuffle(sk) if r.random() < strength else None
        if r.random() < strength:
            sk = sk[:-1] + [r.choice(SKILLS)]
        m2["skills"] = sk
        shift = r.choice([0, 0, -1, 1]) if r.random() < strength else 0
        jobs = []
        for j in m["jobs"]:
            j2 = dict(j)
            j2["y1"] += shift
            j2["y2"] = min(2025, j2["y2"] + shift)
            bl = []
            for b in j["bullets"]:
                if r.random() < strength * 0.5:
                    b = " ".join(SYN.get(w, w) for w in b.split(" "))
                if r.random() < strength * 0.2:
                    b = r.choice(BULLETS).format(n=r.randint(2, 30), k=r.randint(2, 900), p=r.randint(10, 70),
                                                 q=r.randint(71, 95), s1=r.choice(sk), s2=r.choice(sk))
                bl.append(b)
            j2["bullets"] = bl
            if r.random() < strength * 0.25:
                j2["co"] = r.choice(COMPANIES_CV)
            jobs.append(j2)
        m2["jobs"] = jobs
        if r.random() < strength * 0.6:
            m2["summary"] = " ".join(SYN.get(w, w) for w in m["summary"].split(" "))
        if r.random() < strength * 0.3:
            m2["edu"] = (m["edu"][0], r.choice(UNIS), m["edu"][2] + shift)
        return m2

    def set_resume(self, row, p, master):
        row.resume = self.resume_text(master, p, row.f["email"] or p["email"], row.f["phone"] or "")

    # ---------------------------------------------------------------- logins & endpoint
    def add_logins(self, row, n, sources, devices, tzoff, start, end, hours=(8, 19), weekend=0.12, extra_tags=None):
        r = self.r
        if n <= 0 or end <= start:
            return
        v2 = row.idp in ("okta", "entra")
        span = (end - start).total_seconds()
        tot = sum(w for w, _ in sources)
        sess = None
        for i in range(n):
            for _ in range(4):
                t = start + timedelta(seconds=r.random() * span)
                if t.weekday() < 5 or r.random() < weekend * 3:
                    break
            h0, h1 = hours
            lh = r.uniform(h0, h1 if h1 > h0 else h1 + 24) % 24
            day = t.replace(hour=0, minute=0, second=0)
            t = day + timedelta(hours=lh - tzoff, seconds=r.randint(0, 59))
            x = r.random() * tot
            for w, src in sources:
                x -= w
                if x <= 0:
                    break
            ip, net, city = src.pick(r)
            dev = devices[r.randrange(len(devices))] if devices else None
            if net.kind == "mobile" and r.random() < 0.2:
                ip = self.ip6_in(net)
            rec = [row, iso(t), ip, dev["id"] if dev else "", dev["ua"] if dev else "", net.country if r.random() < 0.97 else ""]
            if v2:
                prox = "true" if net.proxy and r.random() < 0.85 else ("false" if r.random() < 0.8 else "")
                risk = "none"
                if net.proxy:
                    risk = r.choice(["low", "medium", "medium", "high"])
                elif r.random() < 0.08:
                    risk = r.choice(["low", "medium"])
                out = "success"
                y = r.random()
                if y < (0.12 if net.proxy else 0.05):
                    out = "challenge"
                elif y < (0.17 if net.proxy else 0.08):
                    out = "failure"
                elif net.proxy and y < 0.2:
                    out = "deny"
                cname = net.city or city
                c = CITY.get(cname)
                lat = "%.4f" % (c[3] + r.uniform(-0.05, 0.05)) if c else ""
                lon = "%.4f" % (c[4] + r.uniform(-0.05, 0.05)) if c else ""
                if sess is None or r.random() < 0.7:
                    sess = self.hexid(24)
                evt = (("okta:" + str(uuid.UUID(int=r.getrandbits(128)))) if row.idp == "okta" else ("entra:" + str(uuid.UUID(int=r.getrandbits(128)))))
                rec += [out, prox, str(net.asn), net.owner, cname or "", lat, lon, risk,
                        "user.session.start" if row.idp == "okta" else r.choice(["interactiveUser", "interactiveUser", "nonInteractiveUser"]),
                        sess, evt]
            else:
                rec += [""] * 11
            row.logins.append(rec)

    def endpoint(self, row, dev, t0, t1, tzname, kbd, gw, ssid, procs=(), usb=(), displays=(), ports=(), sessions=(),
                 extra_net=()):
        r = self.r
        if t1 <= t0:
            t1 = t0 + timedelta(days=3)
        span = (t1 - t0).total_seconds()

        def ts():
            return iso(t0 + timedelta(seconds=r.random() * span))

        os_ = dev["os"] if dev["os"] in BASE_PROCS else "win"
        E = row.endpoint
        did = dev["id"]

        def add(kind, value, vid="", pid="", started=""):
            E.append([row, ts(), did, kind, value, vid, pid, self.hexid(20), started])

        for pname in r.sample(BASE_PROCS[os_], r.randint(5, min(10, len(BASE_PROCS[os_])))):
            add("process", pname)
        add("process", r.choice(EDR))
        for pname in procs:
            add("process", pname)
        us = r.sample(USB_COMMON, r.randint(1, 4))
        if os_ == "linux":
            us += LINUX_HUBS
        for vid, pid, nm in list(us) + list(usb):
            add("usb", nm, vid, pid)
        for d in (r.sample(DISPLAYS, r.randint(0, 2)) + list(displays)):
            add("display", d)
        for k in kbd:
            add("keyboard", k)
        add("timezone", tzname)
        if gw:
            add("gateway_mac", gw)
        if ssid:
            add("network", ssid)
        for s in extra_net:
            add("network", s)
        for pt in ports:
            add("listening_port", pt)
        for host, started in sessions:
            add("remote_session", host, started=started)
        add("system", r.choice(MODELS[os_]))

    # ---------------------------------------------------------------- photo specs
    def photo_spec(self, spec):
        return spec


SHARED_HOSTING_IPS = ["76.76.21.21", "75.2.60.5", "185.199.108.153", "104.21.48.12", "172.67.181.40", "199.36.158.100"]


# ============================================================================================
# population
# ============================================================================================
class World(WorldBase):

    # ------------------------------------------------------------ shared pieces
    def home_src(self, hh):
        return Src(hh["home"])

    def cgnat_src(self, cc, city):
        r = self.r
        mob = [(n, w) for n, w in self.isp[cc] if n.kind == "mobile"]
        if not mob:
            return None
        net = wchoice(r, mob)
        pool = self.cgnat[net.asn]
        return Src([(ip, net, city) for ip in r.sample(pool, min(len(pool), 12))])

    def vpn_src(self, provider=None, k=None):
        r = self.r
        provider = provider or wchoice(r, self.vpn_pop)
        ex = self.vpn[provider]
        if k:
            ex = r.sample(ex, min(k, len(ex)))
        return Src(ex), provider

    def resproxy_src(self):
        """Residential proxy: a fresh US home IP on each use."""
        r = self.r

        def fn():
            net = wchoice(r, [(n, w) for n, w in self.isp["US"] if n.kind == "fixed"])
            return (self.ip_in(net), net, r.choice(US_CITIES))
        return Src(fn=fn)

    def hotel_src(self, cities):
        r = self.r
        return Src([(self.ip_in(self.hotel_nets[c]), self.hotel_nets[c], c) for c in cities for _ in range(2)])

    def household(self, cc=None, city=None, kind="single"):
        r = self.r
        cc = cc or wchoice(r, HOME_COUNTRIES)
        if city is None:
            opts = [c[0] for c in CITIES if c[1] == cc and c[0] not in ("Dandong", "Litchfield Park", "Mexico Tulum", "Hillsboro")]
            city = r.choice(opts or [c[0] for c in CITIES if c[1] == cc])
        fixed = [(n, w) for n, w in self.isp[cc] if n.kind == "fixed"] or self.isp[cc]
        net = wchoice(r, fixed)
        home = [(self.ip_in(net), net, city) for _ in range(r.choice([1, 1, 2, 3]))]
        return dict(cc=cc, city=city, addr=self.new_address(city), home=home, gw=self.mac(),
                    ssid=r.choice(["NETGEAR", "xfinitywifi-home", "TP-Link_", "ATT", "Linksys", "MySpectrumWiFi", "eero", "Fios-", "BTHub", "FRITZ!Box "]) + str(r.randint(10, 9999)),
                    device=self.new_device(r.choice(["win", "mac"])) if r.random() < 0.35 else None,
                    recovery=None, kind=kind, members=[])

    def pick_employer(self, allow_startup=True):
        r = self.r
        while True:
            e = self.employers[wchoice(r, self.emp_weights)]
            if allow_startup or not e["startup"]:
                return e

    def salary_payments(self, row, start, end, dest, method, monthly, currency="USD", every=30):
        r = self.r
        t = start + timedelta(days=r.randint(5, 25))
        k = 0
        while t < end and k < 8:
            amt = monthly * r.uniform(0.85, 1.15) if method != "bank" or r.random() < 0.5 else monthly
            row.payments.append([row, iso(t.replace(hour=r.randint(0, 23))), "%.2f" % amt, currency, method, dest])
            t += timedelta(days=every + r.randint(-2, 2))
            k += 1

    def ship(self, row, t, emp, addr_text):
        r = self.r
        asset = emp["asset_prefix"] + "%05d" % r.randint(0, 99999) if r.random() < 0.6 else "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(r.choice([10, 12])))
        row.shipments.append([row, iso(t), asset, addr_text])

    def photo_for(self, row, spec, tag=None):
        row.photo = spec
        if tag:
            row.tags.add(tag)

    def currency(self, cc):
        return {"GB": "GBP", "DE": "EUR", "PL": "PLN", "PT": "EUR", "CA": "CAD", "IN": "INR", "JP": "JPY", "BR": "BRL",
                "MX": "MXN", "PH": "PHP", "SG": "SGD", "KR": "KRW"}.get(cc, "USD")

    # ------------------------------------------------------------ honest
    def honest_household(self):
        r = self.r
        kind = wchoice(r, [("single", 46), ("couple", 20), ("family", 18), ("roommates", 7), ("multigen", 4),
                           ("twocountry", 3), ("nomad", 2)])
        hh = self.household(kind=kind) if kind not in ("nomad", "twocountry") else self.household(cc="US" if r.random() < 0.7 else None, kind=kind)
        members = []
        if kind == "single" or kind == "nomad" or kind == "twocountry":
            members.append(("adult", self.new_person(hh["cc"], hh["city"], household=hh)))
        elif kind == "couple":
            a = self.new_person(hh["cc"], hh["city"], household=hh)
            b = self.new_person(hh["cc"], hh["city"], last=a["ln"] if r.random() < 0.6 else None, origin=a["origin"] if r.random() < 0.7 else None, household=hh)
            members += [("adult", a), ("adult", b)]
        elif kind in ("family", "multigen"):
            a = self.new_person(hh["cc"], hh["city"], household=hh)
            members.append(("adult", a))
            if r.random() < 0.8:
                members.append(("adult", self.new_person(hh["cc"], hh["city"], last=a["ln"], origin=a["origin"], household=hh)))
            for _ in range(r.randint(1, 3)):
                k = self.new_person(hh["cc"], hh["city"], last=a["ln"], origin=a["origin"], household=hh)
                k["dob"] = datetime(2002, 1, 1) + timedelta(days=r.randint(0, 365 * 9))
                members.append(("kid", k))
            if kind == "multigen":
                g = self.new_person(hh["cc"], hh["city"], last=a["ln"], origin=a["origin"], household=hh)
                g["dob"] = datetime(1940, 1, 1) + timedelta(days=r.randint(0, 365 * 18))
                members.append(("elder", g))
            hh["recovery"] = (a["email"], self.fmt_phone(a["phone"], a["cc"], a["phone_style"]))
        elif kind == "roommates":
            for _ in range(r.randint(3, 6)):
                members.append(("adult", self.new_person(hh["cc"], hh["city"], household=hh)))
        out = 0
        twins = kind == "family" and r.random() < 0.04 and sum(1 for m in members if m[0] == "kid") >= 2
        if twins:
            kids = [m[1] for m in members if m[0] == "kid"]
            kids[1]["dob"] = kids[0]["dob"]
        first = True
        for role, p in members:
            present = first or r.random() < {"adult": 0.55, "kid": 0.45, "elder": 0.3}[role]
            if kind == "roommates":
                present = first or r.random() < 0.75
            first = False
            if not present:
                continue
            out += self.honest_person(p, hh, role, len(members), twins and role == "kid")
        return out

    def honest_person(self, p, hh, role, hh_size, twin=False):
        r = self.r
        tags = set()
        self.honest_people.append(p)
        if role == "kid":
            kind = "account" if r.random() < 0.7 else "applicant"
        elif role == "elder":
            kind = "account"
        else:
            kind = wchoice(r, [("applicant", 35), ("employee", 30), ("contractor", 15), ("account", 20)])
        emp = self.pick_employer() if kind != "account" else None
        org = None
        uni = None
        if kind == "account":
            x = r.random()
            if x < 0.12:
                org = r.choice(self.orgs)
            elif x < 0.2 or (role == "kid" and x < 0.5):
                uni = r.choice(self.unis)
        cc, city = p["cc"], p["city"]
        # behaviours
        mobile = r.random() < 0.6
        vpn_user = r.random() < 0.07
        cowork = r.random() < (0.08 if kind in ("contractor", "applicant") else 0.03)
        traveller = r.random() < 0.05 or hh["kind"] == "nomad"
        night = r.random() < 0.04
        it_admin = kind in ("employee", "contractor") and r.random() < 0.05
        homelab = r.random() < 0.012
        embedded = r.random() < 0.008
        kvm_desk = r.random() < 0.02
        remote_dev = r.random() < 0.03
        gamer = r.random() < 0.015
        longssh = r.random() < 0.025
        library = r.random() < 0.02
        reapply = r.random() < 0.045
        overemployed = kind in ("employee", "contractor") and r.random() < 0.015
        name_change = role == "adult" and r.random() < 0.01
        mover = r.random() < 0.06
        voip = r.random() < 0.05
        if hh["kind"] == "twocountry":
            tags.add("lives_in_two_countries")
        if traveller:
            tags.add("traveller")
        if night:
            tags.add("night_shift")
        if len(p["kbd"]) > 1 and cc in ("US", "CA"):
            tags.add("heritage_keyboard_locale")
        if hh["kind"] == "nomad":
            tags.add("digital_nomad_mailbox")
        if voip:
            p["phone"] = ("1", r.choice(["267", "415", "646", "213", "480"]), str(r.randint(200, 999)), "%04d" % r.randint(0, 9999))
            tags.add("voip_phone")
        # devices
        laptop = self.new_device()
        phone = self.new_device(r.choice(["ios", "android"]))
        devices = [laptop, phone] if mobile else [laptop]
        if hh.get("device") and r.random() < 0.7:
            devices.append(hh["device"])
            tags.add("family_shared_device" if hh["kind"] != "roommates" else "roommates_shared_device")
        # login sources
        home_w = 6
        srcs = [(home_w, self.home_src(hh))]
        if mobile:
            s = self.cgnat_src(cc, city)
            if s:
                srcs.append((2.5, s))
                tags.add("mobile_cgnat")
        if vpn_user:
            vs, prov = self.vpn_src()
            srcs.append((r.uniform(2, 12), vs))
            tags.add("commercial_vpn" if prov not in ("iCloudPrivateRelay", "CloudflareWARP") else "privacy_relay")
        if cowork:
            cw = [c for c in self.coworks if CITY[c["city"]][1] == cc] or self.coworks
            cw = r.choice(cw)
            srcs.append((5, Src(cw["ips"])))
            tags.add("coworking_space")
        else:
            cw = None
        if uni:
            srcs.append((5, Src(uni["ips"])))
            tags.add("university_network")
        if library:
            lib = r.choice(self.libraries)
            srcs.append((2, Src([lib["ip"]])))
            devices = devices + [{"id": r.choice(lib["pcs"]), "os": "win", "ua": UA["win"][0].format(v=122, f=120, m=1, p=7)}]
            tags.add("public_library_pc")
        if traveller:
            cities = r.sample([c[0] for c in CITIES if c[0] != city], 3)
            srcs.append((3, self.hotel_src(cities)))
        if hh["kind"] == "twocountry":
            cc2 = r.choice(["KR", "CN", "IN", "PH", "VN", "MX", "PL", "UA", "JP", "RU"]) if cc == "US" else "US"
            hh2 = self.household(cc=cc2)
            srcs.append((5, self.home_src(hh2)))
            if len(p["kbd"]) == 1 and cc2 in ("KR", "CN", "JP", "RU", "UA", "PL", "VN"):
                p["kbd"] = p["kbd"] + [{"KR": "ko-KR", "CN": "zh-CN", "JP": "ja-JP", "RU": "ru-RU", "UA": "uk-UA", "PL": "pl-PL", "VN": "vi-VN"}[cc2]]
        rows = 1 + (r.choice([1, 1, 2]) if reapply else 0) + (1 if overemployed else 0)
        if name_change:
            rows = max(rows, 2)
        if reapply:
            tags.add("reapplicant")
        if overemployed:
            tags.add("overemployed_two_jobs")
        person_key = id(p)
        made = 0
        base_created = self.rand_time(T0, T1 - timedelta(days=60))
        master = self.resume_master()
        career_cohort = None
        if r.random() < 0.07:
            career_cohort = self.cohort()
        template = None
        if career_cohort is None and r.random() < 0.2:
            template = self.popular_template()
        photo_base = ("face", p["photo_seed"], None)
        photo_kind = None
        x = r.random()
        if x < 0.06:
            photo_kind = "avatar"
        elif x < 0.085 and emp is not None:
            photo_kind = "logo"
        elif x < 0.1 and hh["kind"] in ("couple", "family") and role == "adult":
            photo_kind = "couple"
        elif emp is not None and emp["headshot"] and r.random() < 0.5:
            photo_base = ("face", p["photo_seed"], emp["logo_seed"])
            photo_kind = "headshot"
        rowlist = []
        for k in range(rows):
            e = emp
            kd = kind
            if k > 0 and (reapply or overemployed) and kind != "account":
                if overemployed and k == rows - 1:
                    e = self.pick_employer(False)
                    kd = kind
                elif r.random() < 0.6:
                    e = self.pick_employer()
            created = base_created + timedelta(days=k * r.randint(20, 200)) if k else base_created
            if created > T1:
                created = T1 - timedelta(days=r.randint(1, 20))
            if k > 0 and name_change and k == 1:
                p = dict(p)
                p["ln"] = r.choice(LN[self.origin_for(cc)])
                p["email"] = self.email_for(p["fn"], p["ln"], cc) if r.random() < 0.6 else p["email"]
                tags.add("name_change")
            elif k > 0 and r.random() < 0.15:
                p = dict(p)
                p["email"] = self.email_for(p["fn"], p["ln"], cc)
            if k > 0 and mover and r.random() < 0.6:
                p = dict(p)
                p["addr"] = self.new_address(r.choice([c[0] for c in CITIES if c[1] == cc]))
                tags.add("moved_house")
            if k > 0 and r.random() < 0.1 and p["fn"] in NICK:
                p = dict(p)
                p["fn"] = NICK[p["fn"]]
                tags.add("nickname_variant")
            if k > 0:
                p["addr_style"] = r.getrandbits(16)
                tags.add("address_written_differently")
            row = self.make_row(p, kd, e, created, person_key)
            row.hh = hh
            rowlist.append(row)
            rtags = set(tags)
            if kd in ("employee", "contractor") and e and r.random() < 0.3 and not e["startup"]:
                row.f["email"] = self.email_for(p["fn"], p["ln"], cc, domain=e["domain"])
            # org / family recovery contacts and sign-up
            if kd == "account":
                if org:
                    row.f["employer"] = org["name"]
                    row.f["recovery_email"] = org["admin_email"]
                    row.f["recovery_phone"] = self.fmt_phone(self.phone_number("US", org["city"]), "XX", 0) if r.random() < 0.2 else (org["admin_phone"] and self.fmt_phone(org["admin_phone"], "XX", 2))
                    row.f["signup_ip"] = org["ip"][0]
                    row.f["created_at"] = iso(self.org_batch_time(org))
                    rtags.add("org_provisioned_" + org["kind"])
                    srcs = srcs + [(6, Src([org["ip"]]))]
                elif uni:
                    row.f["employer"] = uni["name"]
                    row.f["email"] = f"{p['fn'].lower()[:1]}{p['ln'].lower().replace(' ', '')}{r.randint(1, 999)}@{uni['domain']}"
                    if r.random() < 0.5:
                        row.f["recovery_email"] = uni["admin_email"]
                    row.f["signup_ip"] = r.choice(uni["ips"])[0]
                    rtags.add("university_provisioned")
                else:
                    row.f["signup_ip"] = (r.choice(hh["home"])[0]) if r.random() < 0.7 else (srcs[-1][1].pick(r)[0] if len(srcs) > 1 else "")
                    if hh.get("recovery") and role in ("kid", "elder", "adult") and hh["recovery"][0] != p["email"] and r.random() < 0.75:
                        row.f["recovery_email"] = hh["recovery"][0]
                        if r.random() < 0.6:
                            row.f["recovery_phone"] = hh["recovery"][1]
                        rtags.add("family_shared_recovery")
                    elif hh["kind"] == "couple" and r.random() < 0.3:
                        other = [m for m in self._couple_email(hh) if m != p["email"]]
                        if other:
                            row.f["recovery_email"] = other[0]
                            rtags.add("family_shared_recovery")
                if row.f["signup_ip"] and r.random() < 0.1:
                    row.f["signup_ip"] = ""
            hh.setdefault("emails", []).append(p["email"])
            # address sharing inside the household
            if hh_size > 1 and row.f["address"]:
                rtags.add("household_shared_address" if hh["kind"] != "roommates" else "roommates_shared_address")
            if twin:
                rtags.add("twin_sibling")
            if cc == "US" and r.random() < 0.0:
                pass
            # photo
            if self.want_photo(kd):
                if photo_kind == "avatar":
                    row.photo = ("avatar", r.randrange(3), r.random() < 0.5, self.rint_seed())
                    rtags.add("default_avatar")
                elif photo_kind == "logo" and e is not None:
                    row.photo = ("logo", e["logo_seed"], self.rint_seed())
                    rtags.add("company_logo_photo")
                elif photo_kind == "couple":
                    row.photo = ("face", hh.setdefault("couple_seed", self.rint_seed()), None)
                    rtags.add("couple_shared_photo")
                elif k > 0 and r.random() < 0.5:
                    row.photo = ("var", photo_base, self.rint_seed(), 0.5)
                    rtags.add("same_person_recropped_photo")
                else:
                    row.photo = photo_base
                    if photo_kind == "headshot":
                        rtags.add("company_headshot_backdrop")
            # resume
            if self.want_resume(kd):
                m = master
                if career_cohort is not None:
                    m = self.cohort_resume(career_cohort, master)
                    rtags.add("career_service_rewrite")
                elif template is not None:
                    m = dict(master, summary=template[0], headers=template[1])
                    rtags.add("resume_template")
                if k > 0:
                    m = self.mutate_resume(m, 0.3)
                self.set_resume(row, p, m)
            # logins
            self.honest_activity(row, p, hh, kd, e, srcs, devices, created, it_admin, homelab, embedded, kvm_desk,
                                 remote_dev, gamer, longssh, night, traveller, cw, mover, rtags)
            row.tags = rtags
            made += 1
        return made

    def _couple_email(self, hh):
        return hh.get("emails", [])

    def org_batch_time(self, org):
        r = self.r
        if "batches" not in org:
            org["batches"] = [self.rand_time() for _ in range(3)]
        t = r.choice(org["batches"])
        return t + timedelta(minutes=r.randint(0, 90))

    def cohort(self):
        r = self.r
        if not hasattr(self, "_cohorts"):
            self._cohorts = []
        if self._cohorts and r.random() < 0.85:
            return r.choice(self._cohorts)
        sk = r.sample(SKILLS, 8)
        c = dict(summary=f"Recent graduate of the {r.choice(['Full Stack', 'Software Engineering', 'Data Science', 'Cloud'])} immersive program at {r.choice(['CodeBridge Academy', 'LaunchPath Bootcamp', 'Hack Reactor-style cohort', 'State University Career Center'])}. Career changer with a background in {r.choice(['teaching', 'retail management', 'nursing', 'hospitality', 'the military', 'finance'])}, passionate about building accessible, user-friendly applications.",
                 project=[b.format(n=r.randint(2, 9), k=r.randint(2, 50), p=r.randint(10, 60), q=80, s1=sk[0], s2=sk[1]) for b in r.sample(BULLETS, 4)],
                 skills=sk, headers=("SUMMARY", "TECHNICAL SKILLS", "PROJECTS AND EXPERIENCE", "EDUCATION"))
        self._cohorts.append(c)
        return c

    def cohort_resume(self, c, master):
        m = dict(master)
        m["summary"] = c["summary"]
        m["skills"] = list(c["skills"])
        m["headers"] = c["headers"]
        jobs = [dict(title="Capstone Project", co="Bootcamp", y1=2024, y2=2025, bullets=list(c["project"]))] + master["jobs"][:1]
        m["jobs"] = jobs
        return m

    def popular_template(self):
        r = self.r
        if not hasattr(self, "_templates"):
            self._templates = []
            for i in range(8):
                self._templates.append((r.choice(SUMMARIES).format(role="software professional", y="5", s1="modern frameworks", s2="cloud platforms"),
                                        r.choice([("SUMMARY", "SKILLS", "EXPERIENCE", "EDUCATION"), ("Professional Summary", "Technical Skills", "Work Experience", "Education")])))
        return r.choice(self._templates)

    def honest_activity(self, row, p, hh, kind, emp, srcs, devices, created, it_admin, homelab, embedded, kvm_desk,
                        remote_dev, gamer, longssh, night, traveller, cw, mover, tags):
        r = self.r
        tz = p["tz"]
        hours = (21, 7) if night else (7, 20)
        end = min(T1, created + timedelta(days=r.randint(30, 400)))
        srcs = list(srcs)
        devs = list(devices)
        office_based = False
        if kind in ("employee", "contractor") and emp:
            corp = self.new_device(r.choice(["win", "mac", "mac", "linux"]) if not it_admin else "win")
            rec = self.__dict__.setdefault("_recycled", [])
            if rec and r.random() < 0.05:
                corp["id"] = rec.pop()
                tags.add("reassigned_laptop")
            elif r.random() < 0.05:
                rec.append(corp["id"])
            devs = [corp] + devs[1:]
            if not emp["remote_first"] and emp["country"] == p["cc"] and r.random() < 0.6:
                office_based = True
                srcs.append((8, Src(emp["office_ip"])))
                tags.add("employer_office_network")
            if emp["idp"] != "none" or r.random() < 0.5:
                srcs.append((r.uniform(2, 8), Src(emp["egress"])))
                tags.add("corporate_vpn_egress")
            n = r.randint(5, 22)
        elif kind == "applicant":
            n = r.randint(1, 5)
            corp = None
        else:
            n = r.randint(3, 14)
            corp = None
        self.add_logins(row, n, srcs, devs, tz, created, end, hours=hours)
        if kind not in ("employee", "contractor") or emp is None:
            return
        # equipment
        if kind == "employee" or r.random() < 0.3:
            x = r.random()
            st = p["addr_style"] if r.random() < 0.5 else r.getrandbits(16)
            addr = p["addr"]
            if mover and r.random() < 0.5:
                addr = self.new_address(r.choice([c[0] for c in CITIES if c[1] == p["cc"]]))
                tags.add("moved_house")
            if hh["kind"] == "nomad":
                txt = self.fmt_address(self.mailboxes[hh.setdefault("mbx", r.randrange(len(self.mailboxes)))], st,
                                       unit=hh.setdefault("pmb", r.choice(["PMB ", "#", "Suite 100-", "Box "]) + str(r.randint(100, 9999))))
            elif office_based or x < 0.2:
                txt = self.fmt_address(emp["office"], st)
                tags.add("shipped_to_employer_office")
            elif x < 0.3:
                txt = self.fmt_address(r.choice(self.depots), st)
                tags.add("shipped_to_device_depot")
            elif cw is not None and x < 0.4:
                txt = self.fmt_address(cw["addr"], st)
                tags.add("shipped_to_coworking")
            else:
                txt = self.fmt_address(addr, st)
                if hh.get("kind") == "roommates":
                    tags.add("roommates_shared_address")
            self.ship(row, created + timedelta(days=r.randint(-10, 10)), emp, txt)
            if r.random() < 0.08:
                self.ship(row, created + timedelta(days=r.randint(30, 300)), emp, txt)
        # pay
        cur = self.currency(p["cc"]) if r.random() < 0.7 else "USD"
        monthly = r.uniform(4000, 14000)
        if cur not in ("USD", "CAD", "GBP", "EUR"):
            monthly *= {"JPY": 150, "INR": 83, "PLN": 4, "SGD": 1.3, "KRW": 1350, "PHP": 56, "BRL": 5, "MXN": 17}.get(cur, 1)
        x = r.random()
        if kind == "contractor" and x < 0.35:
            ag = r.choice(self.agencies)
            self.salary_payments(row, created, end, ag["dest"], "bank", monthly, "USD")
            tags.add("staffing_or_eor_payroll")
        elif kind == "contractor" and x < 0.42:
            self.salary_payments(row, created, end, self.crypto(), "crypto", monthly / 2, r.choice(["USDC", "USDT"]), every=14)
            tags.add("paid_in_crypto")
        elif kind == "contractor" and x < 0.62:
            self.salary_payments(row, created, end, self.wallet(p["email"]), "wallet", monthly, "USD")
        else:
            if hh["kind"] in ("couple", "family", "multigen") and r.random() < 0.35:
                dest = hh.setdefault("joint", self.bank_acct())
                tags.add("joint_bank_account")
            else:
                dest = self.bank_acct()
            self.salary_payments(row, created, end, dest, "bank", monthly, cur, every=r.choice([14, 30]))
        # endpoint
        if not emp["osquery"] or kind not in ("employee", "contractor"):
            return
        procs, usb, disp, ports, sess = [], [], [], [], []
        if it_admin:
            tools = r.sample(["screenconnect", "teamviewer", "anydesk", "atera", "meshcentral", "radmin", "splashtop", "zoho", "tightvnc"], r.randint(1, 3))
            for t in tools:
                procs += REMOTE_TOOLS[t][0]
                if REMOTE_TOOLS[t][1] and r.random() < 0.5:
                    ports.append(REMOTE_TOOLS[t][1])
            ports.append("3389/tcp")
            for _ in range(r.randint(1, 4)):
                st = created + timedelta(days=r.randint(1, 200))
                sess.append((f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}", iso(st)))
            tags.add("it_admin_remote_tools")
            if r.random() < 0.3:
                usb.append(KVM_USB["aten"])
        if homelab:
            k = r.choice(["pikvm", "tinypilot", "jetkvm", "nanokvm"])
            usb.append(KVM_USB[k])
            if r.random() < 0.5:
                disp.append(KVM_DISPLAY[k])
            procs += REMOTE_TOOLS[r.choice(["rustdesk", "nomachine", "anydesk"])][0]
            tags.add("homelab_ip_kvm")
        if embedded:
            usb.append(KVM_USB["gadget"])
            tags.add("embedded_dev_usb_gadget")
        if kvm_desk:
            usb.append(KVM_USB[r.choice(["aten", "generic_kvm"])])
            tags.add("desk_kvm_switch")
        if remote_dev:
            t = r.choice(["chrome_rd", "teamviewer", "anydesk", "rustdesk"])
            procs += REMOTE_TOOLS[t][0]
            tags.add("personal_remote_desktop")
        if gamer:
            procs += REMOTE_TOOLS["parsec"][0]
            tags.add("parsec_gamer")
        if longssh:
            ports.append("22/tcp")
            ip, net, c = r.choice(hh["home"])
            st = created + timedelta(days=r.randint(1, 100))
            sess.append((ip, iso(st)))
            tags.add("long_remote_session_from_home")
        gws = []
        if office_based:
            gws.append((emp["gw"], emp["ssid"]))
            tags.add("office_gateway")
        if not office_based or r.random() < 0.5:
            gws.append((hh["gw"], hh["ssid"]))
            if hh["kind"] == "roommates":
                tags.add("roommates_shared_gateway")
        if cw is not None:
            gws.append((cw["gw"], cw["ssid"]))
        t1 = end
        tzname = p["tzname"]
        if traveller and r.random() < 0.4:
            tzname = r.choice(["Europe/Lisbon", "Asia/Bangkok", "America/Mexico_City", "Asia/Tokyo", "Europe/London"])
        for j, (gw, ssid) in enumerate(gws):
            self.endpoint(row, devs[0], created, t1, tzname, p["kbd"] if j == 0 else [], gw, ssid,
                          procs if j == 0 else (), usb if j == 0 else (), disp if j == 0 else (),
                          ports if j == 0 else (), [(h, s) for h, s in sess] if j == 0 else ())
        if sess:
            # snapshot lists the open session again later: how long it has stayed open
            for h, s in sess:
                later = datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc) + timedelta(hours=r.choice([1, 3, 30, 200]))
                row.endpoint.append([row, iso(later), devs[0]["id"], "remote_session", h, "", "", self.hexid(20), s])

    # ------------------------------------------------------------ fraud: plan
    def plan_fraud(self):
        r, N = self.r, self.N
        n_farms = max(2, round(N / 2800))
        n_rings = max(3, round(N / 300))
        n_lone = max(4, round(N / 250))
        n_ops = max(2, round(N / 2500))
        self.farms = []
        for i in range(n_farms):
            city = r.choice(["Litchfield Park", "Nashville", "St. Louis", "Hillsboro", "Phoenix", "Dallas", "Atlanta",
                             "Columbus", "Houston", "Minneapolis", "Charlotte", "Brooklyn", "Denver"])
            hh = self.household(cc="US", city=city)
            fac = self.new_person("US", city, household=hh)
            self.farms.append(dict(id=i, hh=hh, fac=fac, addr=hh["addr"], city=city,
                                   kvm=r.choice([None, None, "pikvm", "tinypilot", "jetkvm", "nanokvm", "spoof_logi"]),
                                   tools=r.sample(["anydesk", "teamviewer", "chrome_rd", "rustdesk", "splashtop", "zoho", "remotepc"], r.randint(1, 2)),
                                   acct=self.bank_acct(), present=r.random() < 0.6, rings=0))
        self.ring_plans = []
        for i in range(n_rings):
            size = min(14, max(2, int(r.expovariate(1 / 4.0)) + 2))
            t = {}
            t["freelance"] = r.random() < 0.3
            t["farm"] = (not t["freelance"]) and r.random() < 0.5
            t["recovery"] = r.random() < (0.6 if t["freelance"] else 0.15)
            t["payout"] = r.random() < 0.4
            t["photo"] = r.choice([None, None, None, "reuse", "ai"]) if r.random() < 0.55 else None
            t["resume"] = r.random() < 0.45
            t["vpn"] = r.random() < 0.6
            t["resproxy"] = r.random() < 0.25
            t["opdevice"] = r.random() < 0.3
            t["asia_shift"] = r.random() < 0.5
            t["leak"] = r.random() < 0.15
            t["kbd_leak"] = r.random() < 0.1
            t["tz_leak"] = r.random() < 0.08
            t["profile"] = r.random() < 0.08
            t["mailbox"] = r.random() < 0.25
            t["crypto"] = r.random() < 0.2
            t["phone"] = r.random() < 0.15
            t["stolen_frac"] = r.choice([0, 0, 0.2, 0.4, 0.6, 0.8])
            personas = [r.choice([1] * 7 + [2] * 2 + [3]) for _ in range(size)]
            self.ring_plans.append(dict(id=f"ring-{i + 1:03d}", traits=t, personas=personas))
        self.lone_plans = [r.choice([1] * 8 + [2] * 2) for _ in range(n_lone)]
        self.op_plans = [r.randint(2, 5) for _ in range(n_ops)]
        total = sum(sum(p["personas"]) for p in self.ring_plans) + sum(self.lone_plans) + sum(self.op_plans)
        total += sum(1 for f in self.farms if f["present"])
        return total

    # ------------------------------------------------------------ fraud: build
    def fraud_identity(self, stolen):
        r = self.r
        cc = wchoice(r, [("US", 78), ("CA", 4), ("GB", 3), ("JP", 4), ("SG", 2), ("PL", 3), ("UA", 3), ("KR", 1), ("VN", 1), ("IT", 0)]) if not stolen else "US"
        cc = cc if cc in ISPS else "US"
        p = self.new_person(cc)
        p["kbd"] = ["en-US"]
        if stolen and self.victims:
            v = self.victims.pop()
            v["stolen_by"] += 1
            p.update(fn=v["fn"], ln=v["ln"], mid=v["mid"], dob=v["dob"], nid=v["nid"], origin=v["origin"])
            p["email"] = self.email_for(p["fn"], p["ln"], "US")
            if r.random() < 0.3:
                p["addr"] = v["addr"]
                p["city"] = v["city"]
                p["stolen_addr"] = True
            if r.random() < 0.15 and p["fn"] in NICK:
                p["fn"] = NICK[p["fn"]]
            p["victim"] = v
        return p

    def build_fraud(self):
        r = self.r
        # victims: honest US people with an SSN
        cands = [p for p in self.honest_people if p["cc"] == "US" and p["nid"] and not isinstance(p["nid"], str)]
        r.shuffle(cands)
        self.victims = cands[: len(cands) // 4]
        for rp in self.ring_plans:
            self.build_ring(rp)
        for i, nrows in enumerate(self.lone_plans):
            self.build_lone(f"solo-{i + 1:03d}", nrows)
        for i, n in enumerate(self.op_plans):
            self.build_recruit_op(f"recruit-{i + 1:03d}", n)
        for f in self.farms:
            if f["present"]:
                self.build_facilitator(f)

    def fraud_row(self, p, kind, emp, created, ring, tags):
        row = self.make_row(p, kind, emp, created, id(p))
        row.fraud = 1
        row.ring = ring
        row.tags = set(tags)
        if p.get("victim") is not None:
            row.tags.add("stolen_identity")
            if p.get("stolen_addr"):
                row.tags.add("victim_address_used")
        else:
            row.tags.add("invented_identity")
        return row

    def build_ring(self, rp):
        r = self.r
        t = rp["traits"]
        rid = rp["id"]
        farm = None
        if t["farm"]:
            farm = r.choice(self.farms)
            farm["rings"] += 1
        vsrc = None
        if t["vpn"]:
            prov = "Astrill" if r.random() < 0.5 else wchoice(r, [("NordVPN", 3), ("ExpressVPN", 3), ("Surfshark", 2), ("ProtonVPN", 1), ("PrivateInternetAccess", 1)])
            vsrc, _ = self.vpn_src(prov, r.randint(2, 8))
        rsrc = self.resproxy_src() if t["resproxy"] else None
        leak = None
        if t["leak"]:
            lc = r.choice(["Shenyang", "Dandong", "Vladivostok", "Shanghai"])
            cc = CITY[lc][1]
            net = wchoice(r, self.isp[cc])
            leak = Src([(self.ip_in(net), net, lc) for _ in range(r.randint(1, 3))])
        opdevs = [self.new_device(r.choice(["win", "win", "mac"])) for _ in range(r.randint(1, 3))] if t["opdevice"] else None
        handler = None
        if t["recovery"]:
            hp = self.new_person("US")
            handler = (self.email_for(hp["fn"], hp["ln"], "US"), self.fmt_phone(hp["phone"], "XX", r.randrange(8)))
        payouts = None
        if t["payout"]:
            if farm and r.random() < 0.5:
                payouts = [("bank", farm["acct"])]
            elif t["crypto"]:
                payouts = [("crypto", self.crypto()) for _ in range(r.randint(1, 2))]
            else:
                mp = self.new_person("US")
                payouts = [r.choice([("bank", self.bank_acct()), ("wallet", self.wallet(mp["email"]))]) for _ in range(r.randint(1, 2))]
        photo_bases = [self.rint_seed() for _ in range(r.randint(1, 2))] if t["photo"] else None
        master = self.resume_master(role=r.choice(ROLES[:9])) if t["resume"] else None
        strength = r.uniform(0.1, 0.8)
        shared_phone = self.phone_number("US", r.choice(US_CITIES)) if t["phone"] else None
        shared_profile = f"https://{r.choice(['devfolio', 'techport', 'codecraft', 'stackfolio'])}-{self.hexid(5)}.vercel.app" if t["profile"] else None
        mbx = r.choice(self.mailboxes) if t["mailbox"] else None
        share_p = r.uniform(0.4, 1.0)
        tz_asia = 8.5 if t["asia_shift"] else None
        base_t = self.rand_time(T0, T1 - timedelta(days=120))
        for pi, nrows in enumerate(rp["personas"]):
            stolen = r.random() < t["stolen_frac"]
            p = self.fraud_identity(stolen)
            tags = set()
            at_farm = farm is not None and r.random() < share_p + 0.2
            use_vpn = vsrc is not None and r.random() < share_p + 0.3
            use_rp = rsrc is not None and r.random() < share_p + 0.3
            shares = lambda: r.random() < share_p
            if at_farm:
                p["addr"] = farm["addr"] if r.random() < 0.6 else p["addr"]
                p["city"] = farm["city"]
                if p["addr"] is farm["addr"]:
                    tags.add("farm_address_claimed")
            elif mbx is not None and shares():
                p["addr"] = mbx
                p["pmb"] = r.choice(["PMB ", "#", "Suite 100-", "Box "]) + str(r.randint(100, 9999))
                tags.add("mail_forwarder_address")
            if shared_phone and shares():
                p["phone"] = shared_phone
                tags.add("shared_phone")
            if master is not None and shares():
                pmaster = self.mutate_resume(master, strength)
                tags.add("cloned_resume")
            else:
                pmaster = self.resume_master()
            pphoto = None
            if photo_bases and shares():
                b = r.choice(photo_bases)
                if t["photo"] == "ai":
                    pphoto = ("blend", b, self.rint_seed(), r.uniform(0.5, 0.8), self.rint_seed())
                    tags.add("ai_edited_photo")
                else:
                    pphoto = ("var", ("face", b, None), self.rint_seed(), r.uniform(0.3, 1.0))
                    tags.add("photo_reuse")
            else:
                pphoto = ("face", p["photo_seed"], None)
            kinds_pool = [("account", 1)] if t["freelance"] else [("applicant", 45), ("employee", 30), ("contractor", 25)]
            devs = [self.new_device()]
            if opdevs and shares():
                devs = opdevs[:]
                tags.add("shared_operator_device")
            srcs = []
            if use_vpn:
                srcs.append((6, vsrc))
                tags.add("vpn_exit")
            if use_rp:
                srcs.append((5, rsrc))
                tags.add("residential_proxy")
            if at_farm:
                srcs.append((8, Src(farm["hh"]["home"])))
            if leak is not None and r.random() < 0.5:
                srcs.append((0.7, leak))
                tags.add("direct_asia_login")
            if not srcs:
                # nothing shared: the persona's own home-looking connection
                hh = self.household(cc=p["cc"], city=p["city"] if CITY[p["city"]][1] == p["cc"] else None)
                srcs.append((6, self.home_src(hh)))
            tzoff = tz_asia if tz_asia is not None else p["tz"]
            if tz_asia is not None:
                tags.add("asia_working_hours")
            employers = []
            for k in range(nrows):
                kind = wchoice(r, kinds_pool)
                emp = self.pick_employer() if kind != "account" else None
                created = base_t + timedelta(days=r.randint(0, 90) + 60 * k)
                if k > 0:
                    tags.add("persona_multi_application")
                    if r.random() < 0.35:
                        p = dict(p)
                        p["email"] = self.email_for(p["fn"], p["ln"], p["cc"])
                    p = dict(p)
                    p["addr_style"] = r.getrandbits(16)
                row = self.fraud_row(p, kind, emp, created, rid, tags)
                if kind in ("employee", "contractor") and emp and r.random() < 0.3 and not emp["startup"]:
                    row.f["email"] = self.email_for(p["fn"], p["ln"], p["cc"], domain=emp["domain"])
                if p.get("pmb"):
                    row.f["address"] = self.fmt_address(p["addr"], p["addr_style"], unit=p["pmb"])
                if shared_profile and shares():
                    row.f["profiles"] = ";".join([x for x in [row.f["profiles"], shared_profile] if x])
                    row.tags.add("shared_profile_url")
                if kind == "account":
                    row.f["employer"] = ""
                    if handler and shares():
                        row.f["recovery_email"] = handler[0]
                        if r.random() < 0.5:
                            row.f["recovery_phone"] = handler[1]
                        row.tags.add("shared_recovery_contact")
                    sip = srcs[0][1].pick(r)[0]
                    row.f["signup_ip"] = sip if r.random() < 0.9 else ""
                if self.want_photo(kind):
                    row.photo = pphoto
                else:
                    row.tags.discard("photo_reuse")
                    row.tags.discard("ai_edited_photo")
                if self.want_resume(kind):
                    self.set_resume(row, p, self.mutate_resume(pmaster, 0.2) if k else pmaster)
                else:
                    row.tags.discard("cloned_resume")
                self.fraud_activity(row, p, kind, emp, srcs, devs, created, tzoff, farm if at_farm else None, t,
                                    payouts if payouts and shares() else None, mbx)
                employers.append(emp)

    def fraud_activity(self, row, p, kind, emp, srcs, devs, created, tzoff, farm, t, payouts, mbx):
        r = self.r
        end = min(T1, created + timedelta(days=r.randint(30, 300)))
        n = {"applicant": r.randint(1, 5), "employee": r.randint(5, 22), "contractor": r.randint(4, 16), "account": r.randint(3, 14)}[kind]
        hours = (9, 20) if r.random() < 0.85 else (6, 23)
        srcs = list(srcs)
        dv = list(devs)
        if kind in ("employee", "contractor") and emp:
            corp = self.new_device(r.choice(["win", "win", "mac"]))
            dv = [corp] + dv[:1]
            if emp["idp"] != "none" or r.random() < 0.5:
                srcs.append((r.uniform(1, 5), Src(emp["egress"])))
        self.add_logins(row, n, srcs, dv, tzoff, created, end, hours=hours)
        if kind not in ("employee", "contractor") or emp is None:
            return
        # equipment shipped to the farm, a forwarder, or the claimed address
        if kind == "employee" or r.random() < 0.35:
            st = r.getrandbits(16)
            if farm is not None:
                txt = self.fmt_address(farm["addr"], st)
                row.tags.add("laptop_farm_shipping")
            elif p.get("pmb"):
                txt = self.fmt_address(p["addr"], st, unit=p["pmb"])
            else:
                txt = self.fmt_address(p["addr"], st)
            self.ship(row, created + timedelta(days=r.randint(-10, 10)), emp, txt)
        # pay
        monthly = r.uniform(5000, 13000)
        if payouts:
            method, dest = r.choice(payouts)
            row.tags.add("shared_payout_account")
        else:
            x = r.random()
            if t and t.get("crypto") and x < 0.5:
                method, dest = "crypto", self.crypto()
            elif x < 0.25:
                method, dest = "wallet", self.wallet(p["email"])
            else:
                method, dest = "bank", self.bank_acct()
        if method == "crypto":
            row.tags.add("crypto_payout")
            self.salary_payments(row, created, end, dest, method, monthly / 2, r.choice(["USDT", "USDC"]), every=14)
        else:
            cur = self.currency(p["cc"]) if r.random() < 0.7 else "USD"
            if cur not in ("USD", "CAD", "GBP", "EUR"):
                monthly *= {"JPY": 150, "INR": 83, "PLN": 4, "SGD": 1.3, "KRW": 1350, "PHP": 56, "BRL": 5, "MXN": 17}.get(cur, 1)
            self.salary_payments(row, created, end, dest, method, monthly, cur, every=r.choice([14, 30]))
        if not emp["osquery"]:
            return
        procs, usb, disp, ports, sess = [], [], [], [], []
        kbd = ["en-US"]
        tzname = CITY[farm["city"]][6] if farm else CITY[p["city"]][6]
        if farm is not None:
            gw, ssid = farm["hh"]["gw"], farm["hh"]["ssid"]
            row.tags.add("farm_gateway")
            if r.random() < 0.85:
                for tname in farm["tools"]:
                    procs += REMOTE_TOOLS[tname][0]
                    if REMOTE_TOOLS[tname][1] and r.random() < 0.6:
                        ports.append(REMOTE_TOOLS[tname][1])
                row.tags.add("remote_tool")
            if farm["kvm"] and r.random() < 0.8:
                usb.append(KVM_USB[farm["kvm"]])
                if farm["kvm"] in KVM_DISPLAY and r.random() < 0.5:
                    disp.append(KVM_DISPLAY[farm["kvm"]])
                row.tags.add("ip_kvm")
            if r.random() < 0.5:
                ports.append("3389/tcp")
            if r.random() < 0.6:
                st = created + timedelta(days=r.randint(1, 60))
                host = srcs[0][1].pick(r)[0] if srcs else "10.0.0.5"
                sess.append((host, iso(st)))
                row.tags.add("long_remote_session")
        else:
            hh = self.household(cc="US", city=p["city"] if CITY[p["city"]][1] == "US" else None)
            gw, ssid = hh["gw"], hh["ssid"]
            if r.random() < 0.5:
                tname = r.choice(["anydesk", "teamviewer", "chrome_rd", "rustdesk", "zoho"])
                procs += REMOTE_TOOLS[tname][0]
                row.tags.add("remote_tool")
        if t and t.get("kbd_leak") and r.random() < 0.6:
            kbd.append("ko-KR")
            row.tags.add("korean_keyboard_leak")
        if t and t.get("tz_leak") and r.random() < 0.6:
            tzname = "Asia/Shanghai"
            row.tags.add("asia_timezone_leak")
        self.endpoint(row, dv[0], created, end, tzname, kbd, gw, ssid, procs, usb, disp, ports, sess)
        for h, s in sess:
            later = datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc) + timedelta(days=r.randint(3, 40))
            row.endpoint.append([row, iso(later), dv[0]["id"], "remote_session", h, "", "", self.hexid(20), s])

    def build_lone(self, rid, nrows):
        r = self.r
        stolen = r.random() < 0.3
        p = self.fraud_identity(stolen)
        t = dict(crypto=r.random() < 0.15, kbd_leak=r.random() < 0.05, tz_leak=r.random() < 0.05)
        tags = {"lone_persona"}
        srcs = []
        if r.random() < 0.45:
            vs, _ = self.vpn_src("Astrill" if r.random() < 0.4 else None, r.randint(1, 4))
            srcs.append((6, vs))
            tags.add("vpn_exit")
        elif r.random() < 0.3:
            srcs.append((5, self.resproxy_src()))
            tags.add("residential_proxy")
        if not srcs or r.random() < 0.3:
            hh = self.household(cc=p["cc"])
            srcs.append((6, self.home_src(hh)))
        if r.random() < 0.1:
            lc = r.choice(["Shenyang", "Vladivostok"])
            net = wchoice(r, self.isp[CITY[lc][1]])
            srcs.append((0.7, Src([(self.ip_in(net), net, lc)])))
            tags.add("direct_asia_login")
        asia = r.random() < 0.4
        if asia:
            tags.add("asia_working_hours")
        if r.random() < 0.15:
            p["addr"] = r.choice(self.mailboxes)
            p["pmb"] = r.choice(["PMB ", "#", "Suite 100-"]) + str(r.randint(100, 9999))
            tags.add("mail_forwarder_address")
        devs = [self.new_device()]
        master = self.resume_master()
        for k in range(nrows):
            kind = wchoice(r, [("applicant", 45), ("employee", 25), ("contractor", 20), ("account", 10)])
            emp = self.pick_employer() if kind != "account" else None
            created = self.rand_time(T0, T1 - timedelta(days=60))
            row = self.fraud_row(p, kind, emp, created, rid, tags | ({"persona_multi_application"} if k else set()))
            if p.get("pmb"):
                row.f["address"] = self.fmt_address(p["addr"], p["addr_style"], unit=p["pmb"])
            if kind == "account":
                row.f["signup_ip"] = srcs[0][1].pick(r)[0]
            if self.want_photo(kind):
                row.photo = ("face", p["photo_seed"], None)
            if self.want_resume(kind):
                self.set_resume(row, p, master)
            self.fraud_activity(row, p, kind, emp, srcs, devs, created, 8.5 if asia else p["tz"], None, t, None, None)

    def build_recruit_op(self, rid, n):
        """A fake recruiting company (Contagious Interview / Wagemole style) and its recruiter accounts."""
        r = self.r
        words = ["Nexa", "Blockfin", "Quantix", "Chainlabs", "DeFiCore", "Tokenova", "Metaverse Talent", "CryptoHire",
                 "Veltrix", "Omnisoft", "Hyperion", "Solvix", "Arcadia Web3", "Lumina Capital", "Zentrix"]
        nm = f"{r.choice(words)} {r.choice(['Labs', 'Technologies', 'Solutions', 'Ventures', 'Inc'])}"
        dom = nm.lower().replace(" ", "") + r.choice([".io", ".xyz", ".com", ".ai", ".tech"])
        reg = self.rand_time(T0 + timedelta(days=30), T1 - timedelta(days=120))
        if not hasattr(self, "_op_registrant") or r.random() < 0.5:
            self._op_registrant = r.choice([f"{r.choice(['hr', 'admin', 'career', 'talent'])}.{r.choice(words).lower()}{r.randint(1, 99)}@gmail.com",
                                            "redacted@privacyprotect.org", "select-request-form@domainsbyproxy.com", ""])
            self._op_ip = r.choice(SHARED_HOSTING_IPS + [f"{self.new_prefix()[0]}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"] * 2)
        self.domains.append((dom, nm, reg.strftime("%Y-%m-%d"), self._op_registrant, self._op_ip,
                             r.choice(["dns1.registrar-servers.com;dns2.registrar-servers.com", "dana.ns.cloudflare.com;rick.ns.cloudflare.com", "ns1.vercel-dns.com;ns2.vercel-dns.com"])))
        emp = dict(name=nm, domain=dom, idp="none", osquery=False, ssn_fmt="dash", startup=True)
        vs, _ = self.vpn_src("Astrill" if r.random() < 0.6 else "NordVPN", r.randint(2, 5))
        opdevs = [self.new_device() for _ in range(r.randint(1, 2))]
        handler = self.email_for(*self.name("anglo"), "US") if r.random() < 0.6 else None
        pb = self.rint_seed() if r.random() < 0.4 else None
        for k in range(n):
            p = self.fraud_identity(False)
            row = self.fraud_row(p, "account", None, reg + timedelta(days=r.randint(5, 60)), rid, {"fake_recruiter"})
            row.tags.discard("invented_identity")
            row.tags.add("invented_identity")
            row.f["employer"] = nm
            if r.random() < 0.6:
                row.f["email"] = self.email_for(p["fn"], p["ln"], "US", domain=dom)
            if handler and r.random() < 0.7:
                row.f["recovery_email"] = handler
                row.tags.add("shared_recovery_contact")
            row.f["signup_ip"] = vs.pick(r)[0]
            row.f["profiles"] = f"https://www.linkedin.com/in/{p['fn'].lower()}-{p['ln'].lower()}-{self.hexid(6)}"
            row.tags.add("vpn_exit")
            if self.want_photo("account"):
                if pb is not None:
                    row.photo = ("blend", pb, self.rint_seed(), r.uniform(0.5, 0.8), self.rint_seed())
                    row.tags.add("ai_edited_photo")
                else:
                    row.photo = ("face", p["photo_seed"], None)
            row.idp = "platform"
            devs = opdevs if r.random() < 0.7 else [self.new_device()]
            if devs is opdevs:
                row.tags.add("shared_operator_device")
            self.add_logins(row, r.randint(4, 15), [(1, vs)], devs, 8.5, reg, T1)
        # job seekers who answered the fake company (honest)
        for k in range(r.randint(3, 9)):
            hh = self.household(cc=wchoice(r, [("US", 60), ("IN", 10), ("UA", 10), ("PL", 10), ("GB", 10)]))
            p = self.new_person(hh["cc"], hh["city"], household=hh)
            row = self.make_row(p, "applicant", emp, reg + timedelta(days=r.randint(10, 120)), id(p))
            row.tags = {"applied_to_fake_recruiter"}
            if self.want_photo("applicant"):
                row.photo = ("face", p["photo_seed"], None)
            if self.want_resume("applicant"):
                self.set_resume(row, p, self.resume_master())
            self.add_logins(row, r.randint(1, 4), [(1, self.home_src(hh))], [self.new_device()], p["tz"], reg, T1)
            self.extra_honest += 1

    def build_facilitator(self, f):
        r = self.r
        p = f["fac"]
        kind = r.choice(["contractor", "account", "employee"])
        emp = self.pick_employer(False) if kind != "account" else None
        row = self.fraud_row(p, kind, emp, self.rand_time(T0, T1 - timedelta(days=90)), f"farm-{f['id'] + 1:02d}", {"facilitator"})
        row.tags.discard("invented_identity")
        row.tags.add("real_identity")
        srcs = [(8, Src(f["hh"]["home"]))]
        self.add_logins(row, r.randint(4, 14), srcs, [self.new_device()], p["tz"], datetime.strptime(row.f["created_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc), T1)
        if kind != "account":
            self.salary_payments(row, T0 + timedelta(days=r.randint(0, 300)), T1, f["acct"], "bank", r.uniform(3000, 9000))
            row.tags.add("shared_payout_account")
        if self.want_photo(kind):
            row.photo = ("face", p["photo_seed"], None)

    # ------------------------------------------------------------ assembly
    def honest_single(self):
        hh = self.household(kind="single")
        p = self.new_person(hh["cc"], hh["city"], household=hh)
        return self.honest_person(p, hh, "adult", 1)

    def build(self):
        self.build_infra()
        self.honest_people = []
        self.extra_honest = 0
        F = self.plan_fraud()
        budget = self.N - F - 9 * len(self.op_plans)
        while len(self.rows) < budget - 25:
            self.honest_household()
        while len(self.rows) < budget:
            self.honest_single()
        self.build_fraud()
        while len(self.rows) < self.N:
            self.honest_single()
        while len(self.rows) > self.N:
            assert not self.rows[-1].fraud
            self.rows.pop()
        # household look-alike tags only where two or more of its people are in the data
        present = {}
        for row in self.rows:
            if row.hh is not None and not row.fraud:
                present.setdefault(id(row.hh), set()).add(row.person)
        hh_tags = {"household_shared_address", "roommates_shared_address", "family_shared_device",
                   "roommates_shared_device", "roommates_shared_gateway", "joint_bank_account", "couple_shared_photo",
                   "twin_sibling"}
        for row in self.rows:
            if row.hh is not None and not row.fraud and len(present.get(id(row.hh), ())) < 2:
                row.tags -= hh_tags
        victims = {id(v) for v in self.honest_people if v["stolen_by"]}
        for row in self.rows:
            if not row.fraud and row.person in victims:
                row.tags.add("identity_theft_victim")
        return self

    # ------------------------------------------------------------ photos
    def _face(self, seed, bg_seed):
        key = (seed, bg_seed)
        c = self._face_cache.get(key)
        if c is not None:
            return c
        S = 64
        g = np.random.default_rng(seed)
        low = g.integers(0, 256, (5, 5, 3), dtype=np.uint8)
        img = np.asarray(Image.fromarray(low).resize((S, S), Image.BICUBIC), dtype=np.float32)
        if bg_seed is not None:
            gb = np.random.default_rng(bg_seed)
            col = gb.uniform(40, 220, 3)
            img = img * 0.25 + col * 0.75
        yy, xx = self._grid
        cx, cy = 32 + g.normal(0, 2.5), 35 + g.normal(0, 2.5)
        rx, ry = g.uniform(13, 19), g.uniform(17, 23)
        skin = g.uniform([110, 70, 50], [245, 205, 175])
        hair = g.uniform(10, 200, 3) * np.array([1.0, 0.85, 0.7])
        d = ((xx - cx) / rx) ** 2 + ((yy - cy) / ry) ** 2
        hmask = (((xx - cx) / (rx * 1.12)) ** 2 + ((yy - cy + 2) / (ry * 1.1)) ** 2 <= 1) & (yy < cy - ry * g.uniform(0.1, 0.5))
        img[d <= 1] = skin
        img[hmask] = hair
        body = (yy > cy + ry * 0.9) & (np.abs(xx - cx) < g.uniform(18, 30))
        img[body] = g.uniform(20, 230, 3)
        for sx in (-1, 1):
            ex, ey = cx + sx * rx * g.uniform(0.33, 0.45), cy - ry * g.uniform(0.05, 0.25)
            img[((xx - ex) ** 2 + (yy - ey) ** 2) <= g.uniform(1.5, 4)] = g.uniform(10, 90, 3)
        my = cy + ry * g.uniform(0.4, 0.6)
        img[(((xx - cx) / g.uniform(3, 7)) ** 2 + ((yy - my) / 1.2) ** 2) <= 1] = g.uniform([100, 30, 30], [200, 90, 90])
        img += g.normal(0, 5, img.shape)
        self._face_cache[key] = img
        return img

    def _vary(self, arr, vseed, strength):
        g = np.random.default_rng(vseed)
        a = arr.copy()
        S = a.shape[0]
        if g.random() < 0.1 + 0.3 * strength:
            a = a[:, ::-1]
        m = int(1 + 5 * strength * g.random())
        x0, y0 = g.integers(0, m + 1), g.integers(0, m + 1)
        a = a[y0:S - (m - y0), x0:S - (m - x0)]
        a = np.asarray(Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).resize((S, S), Image.BILINEAR), dtype=np.float32)
        a = a * (1 + g.normal(0, 0.08 * strength)) + g.normal(0, 10 * strength)
        a = a * (1 + g.normal(0, 0.05 * strength, 3))
        a += g.normal(0, 2 + 5 * strength, a.shape)
        return a

    def _render(self, spec):
        k = spec[0]
        if k == "face":
            return self._face(spec[1], spec[2])
        if k == "var":
            return self._vary(self._render(spec[1]), spec[2], spec[3])
        if k == "blend":
            a = self._face(spec[1], None) * spec[3] + self._face(spec[2], None) * (1 - spec[3])
            return self._vary(a, spec[4], 0.4)
        if k == "avatar":
            S = 64
            yy, xx = self._grid
            img = np.zeros((S, S, 3), np.float32) + [[200, 205, 210], [225, 228, 232], [180, 190, 205]][spec[1]]
            img[((xx - 32) ** 2 + (yy - 26) ** 2) <= 110] = [150, 155, 165]
            img[(((xx - 32) / 24) ** 2 + ((yy - 66) / 22) ** 2) <= 1] = [150, 155, 165]
            if not spec[2]:
                g = np.random.default_rng(spec[3])
                img = img + g.normal(0, 1.5, img.shape)
            return img
        if k == "logo":
            g = np.random.default_rng(spec[1])
            S = 64
            yy, xx = self._grid
            img = np.zeros((S, S, 3), np.float32) + g.uniform(0, 255, 3)
            fg = g.uniform(0, 255, 3)
            shape = g.integers(0, 3)
            if shape == 0:
                img[((xx - 32) ** 2 + (yy - 32) ** 2) <= g.uniform(100, 500)] = fg
            elif shape == 1:
                w = g.integers(8, 24)
                img[32 - w:32 + w, 32 - w:32 + w] = fg
            else:
                img[(np.abs(xx - 32) + np.abs(yy - 32)) <= g.uniform(10, 26)] = fg
            g2 = np.random.default_rng(spec[2])
            return img + g2.normal(0, 1.0, img.shape)
        raise ValueError(k)

    # ------------------------------------------------------------ output
    def write(self, outdir):
        r = self.r
        bundle = os.path.join(outdir, "bundle")
        os.makedirs(os.path.join(bundle, "photos"), exist_ok=True)
        os.makedirs(os.path.join(bundle, "resumes"), exist_ok=True)
        rows = self.rows
        r.shuffle(rows)
        ids = r.sample(range(1000000, 9999999), len(rows))
        for row, i in zip(rows, ids):
            row.sid = str(i)
        self._face_cache = {}
        yy, xx = np.mgrid[0:64, 0:64]
        self._grid = (yy.astype(np.float32), xx.astype(np.float32))
        shared_files = {}
        cols = ["id", "kind", "full_name", "email", "phone", "address", "country", "birth_date", "national_id", "photo",
                "resume", "profiles", "employer", "created_at", "recovery_email", "recovery_phone", "signup_ip"]
        emp_mode = {e["name"]: e["resume_mode"] for e in self.employers}
        with open(os.path.join(bundle, "subjects.csv"), "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(cols)
            for row in rows:
                f = row.f
                photo = ""
                if row.photo is not None:
                    spec = row.photo
                    if spec[0] == "avatar" and spec[2]:
                        photo = shared_files.get(("avatar", spec[1]))
                        if photo is None:
                            photo = f"photos/default-avatar-{spec[1]}.png"
                            Image.fromarray(np.clip(self._render(spec), 0, 255).astype(np.uint8)).save(os.path.join(bundle, photo))
                            shared_files[("avatar", spec[1])] = photo
                    else:
                        ext = "png" if r.random() < 0.2 else "jpg"
                        photo = f"photos/{self.hexid(12)}.{ext}"
                        im = Image.fromarray(np.clip(self._render(spec), 0, 255).astype(np.uint8))
                        if ext == "jpg":
                            im.save(os.path.join(bundle, photo), quality=r.randint(70, 95))
                        else:
                            im.save(os.path.join(bundle, photo))
                resume = ""
                if row.resume:
                    mode = emp_mode.get(f["employer"], "mixed")
                    if mode == "file" or (mode == "mixed" and r.random() < 0.5):
                        resume = f"resumes/{self.hexid(12)}.{'md' if r.random() < 0.15 else 'txt'}"
                        with open(os.path.join(bundle, resume), "w", encoding="utf-8") as rf:
                            rf.write(row.resume)
                    else:
                        resume = row.resume
                vals = dict(f, id=row.sid, photo=photo, resume=resume)
                w.writerow([vals.get(c, "") for c in cols])
        # child tables
        lrows = [x for row in rows for x in row.logins]
        lrows.sort(key=lambda x: x[1])
        self._table(bundle, "logins", ["subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome",
                                       "source_proxy", "asn", "network_owner", "city", "latitude", "longitude",
                                       "risk_level", "event_type", "session_id", "event_id"], lrows)
        erows = [x for row in rows for x in row.endpoint]
        erows.sort(key=lambda x: x[1])
        self._table(bundle, "endpoint", ["subject_id", "ts", "device_id", "kind", "value", "vendor_id", "product_id",
                                         "event_id", "started_at"], erows)
        prows = [x for row in rows for x in row.payments]
        prows.sort(key=lambda x: x[1])
        self._table(bundle, "payments", ["subject_id", "ts", "amount", "currency", "method", "destination"], prows)
        srows = [x for row in rows for x in row.shipments]
        srows.sort(key=lambda x: x[1])
        self._table(bundle, "shipments", ["subject_id", "ts", "asset", "address"], srows)
        doms = list(self.domains)
        r.shuffle(doms)
        with open(os.path.join(bundle, "domains.csv"), "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["domain", "company", "registered_at", "registrant_email", "ip", "nameservers"])
            seen = set()
            for d in doms:
                if d[0] in seen:
                    continue
                seen.add(d[0])
                w.writerow(d)
        with open(os.path.join(outdir, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["subject_id", "fraud", "ring", "kind"])
            for row in sorted(rows, key=lambda x: x.sid):
                tags = sorted(row.tags) if row.tags else ["ordinary"]
                w.writerow([row.sid, row.fraud, row.ring, ";".join(tags)])

    def _table(self, bundle, name, cols, recs):
        with open(os.path.join(bundle, name + ".csv"), "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(cols)
            for rec in recs:
                w.writerow([rec[0].sid] + rec[1:])


def generate(outdir, n_subjects=20000, seed=1):
    w = World(n_subjects, seed).build()
    w.write(outdir)
    return w
