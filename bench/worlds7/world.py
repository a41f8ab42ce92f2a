"""worlds7 — an independent scenario generator for DPRK remote IT-worker fraud and its honest look-alikes.

Standalone: imports nothing from ringwatch. Deterministic for a given (subjects, seed): every draw comes
from one seeded random.Random (and numpy Generators seeded from it); no hash() of strings, no set
iteration. See README.md for the composition and the public reporting behind each part.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import struct
import zlib
from datetime import datetime, timedelta, timezone
import random

try:
    import numpy as np
except ImportError:  # pragma: no cover
    np = None
try:
    from PIL import Image
except ImportError:  # pragma: no cover
    Image = None

FRAUD_SHARE = 0.024
# mobile number plans: leading digits and how many digits follow (valid national numbers)
MOBILE = {"GB": (["7400", "7500", "7800", "7900", "7912"], 6), "DE": (["151", "160", "170", "176"], 8),
          "PL": (["50", "51", "60", "69", "72", "79", "88"], 7), "UA": (["50", "63", "67", "68", "93", "97"], 7),
          "FR": (["61", "62", "66", "67", "68", "76", "77", "78"], 7), "IN": (["98", "97", "90", "88", "70", "63"], 8), "KR": (["10"], 8),
          "JP": (["901", "902", "905", "801", "802", "803"], 7), "CN": (["138", "139", "150", "186", "189"], 8),
          "VN": (["90", "91", "98", "97", "86", "32"], 7), "PH": (["917", "918", "920", "927", "995"], 7),
          "NG": (["803", "806", "813", "703", "906"], 7), "BR": (["119", "219", "419"], 8),
          "MX": (["55", "33", "81"], 8), "AE": (["50", "52", "55", "56"], 7), "SG": (["81", "82", "86", "87", "88", "90", "91", "92", "93", "96", "97", "98"], 6),
          "AU": (["400", "401", "402", "403", "404", "405", "406", "407", "408", "409", "410", "411", "412", "413", "414", "415", "416", "417", "418", "419", "420", "421", "422", "423", "424", "425", "426", "427", "428", "429", "430", "431", "432", "433", "434", "435", "437", "438", "439"], 6), "TR": (["532", "533", "542", "555"], 7), "PT": (["91", "92", "93", "96"], 7),
          "TH": (["8", "9", "6"], 8), "RU": (["9"], 9)}
# person traits that only count as a row's behaviour when that row's data shows them
TRAITS = ("consumer_vpn", "astrill_expat", "mobile_cgnat", "hotel_wifi", "personal_remote_tool", "desk_kvm_switch",
          "homelab_ipkvm", "usb_gadget", "second_keyboard", "korean_keyboard", "university_network",
          "public_library_computer")
ROW_KINDS = ("default_avatar", "payment_service", "asset_reissued", "office_shipping")          # share of subject rows that belong to DPRK IT-worker rings
T0 = datetime(2021, 6, 1, tzinfo=timezone.utc)
T1 = datetime(2025, 9, 30, tzinfo=timezone.utc)
SALT = "w7-salt"

# --------------------------------------------------------------------------------------------
# names (many cultures; names are never a fraud signal here: stolen identities are real US people)
# --------------------------------------------------------------------------------------------
NAMES = {
    "anglo": (["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
               "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Chris", "Karen",
               "Daniel", "Lisa", "Matthew", "Nancy", "Anthony", "Betty", "Mark", "Ashley", "Andrew", "Emily",
               "Joshua", "Megan", "Kyle", "Rachel", "Ryan", "Hannah", "Tyler", "Amber", "Brandon", "Kayla",
               "Ethan", "Olivia", "Noah", "Emma", "Logan", "Madison", "Harry", "Chloe", "Oliver", "Grace"],
              ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
               "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson",
               "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams", "Baker",
               "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans",
               "Edwards", "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Cooper", "Reed",
               "Bailey", "Bell", "Kelly", "Howard", "Ward", "Cox", "Richardson", "Wood", "Watson", "Brooks"]),
    "hispanic": (["Jose", "Maria", "Juan", "Guadalupe", "Luis", "Sofia", "Carlos", "Valentina", "Jorge", "Camila",
                  "Miguel", "Lucia", "Alejandro", "Daniela", "Diego", "Fernanda", "Javier", "Ana", "Mateo", "Isabella"],
                 ["Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Perez", "Sanchez", "Ramirez",
                  "Torres", "Flores", "Rivera", "Gomez", "Diaz", "Reyes", "Morales", "Cruz", "Ortiz", "Gutierrez",
                  "Chavez", "Ramos", "Vargas", "Castillo", "Jimenez", "Moreno", "Romero", "Herrera", "Medina"]),
    "chinese": (["Wei", "Fang", "Lei", "Jing", "Hao", "Yan", "Jun", "Min", "Tao", "Xin", "Yu", "Li", "Chen", "Ming",
                 "Qiang", "Hui", "Kevin", "Amy", "Jason", "Grace"],
                ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma",
                 "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo"]),
    "korean": (["Min-jun", "Seo-yeon", "Ji-hoon", "Ji-woo", "Hyun-woo", "Soo-ah", "Dong-hyun", "Ha-eun", "Sung-min",
                "Yu-jin", "Jae-won", "Eun-ji", "Daniel", "Grace", "Joon", "Hannah", "Young", "Esther"],
               ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo",
                "Shin", "Kwon", "Hwang", "Ahn", "Song"]),
    "japanese": (["Haruto", "Yui", "Sota", "Hina", "Ren", "Aoi", "Takumi", "Sakura", "Kenji", "Yuki", "Hiroshi",
                  "Akiko"],
                 ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi",
                  "Kato", "Yoshida", "Yamada"]),
    "vietnamese": (["Anh", "Minh", "Linh", "Tuan", "Huong", "Duc", "Thao", "Quang", "Lan", "Phuong", "Bao", "Vy"],
                   ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Vo", "Dang", "Bui", "Do", "Ho"]),
    "indian": (["Aarav", "Priya", "Rahul", "Ananya", "Vikram", "Sneha", "Arjun", "Pooja", "Rohan", "Divya", "Amit",
                "Kavya", "Sanjay", "Neha", "Karthik", "Lakshmi", "Suresh", "Deepa"],
               ["Patel", "Sharma", "Singh", "Kumar", "Gupta", "Reddy", "Iyer", "Nair", "Rao", "Shah", "Mehta",
                "Joshi", "Desai", "Menon", "Chopra", "Agarwal", "Banerjee", "Pillai"]),
    "arabic": (["Mohammed", "Fatima", "Ahmed", "Aisha", "Omar", "Layla", "Ali", "Noor", "Yusuf", "Mariam", "Hassan",
                "Zainab", "Khalid", "Sara"],
               ["Haddad", "Khalil", "Hassan", "Ali", "Nasser", "Saleh", "Farah", "Aziz", "Mansour", "Qureshi",
                "Rahman", "Abdullah", "Ibrahim", "Hamdan"]),
    "african": (["Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Folake", "Kwame", "Ama", "Tendai", "Zanele",
                 "Tunde", "Chiamaka", "Kofi", "Abena"],
                ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Mensah", "Boateng", "Nwosu", "Eze", "Moyo", "Dlamini",
                 "Ogunleye", "Asante", "Achebe", "Bello"]),
    "slavic": (["Dmitri", "Anastasia", "Ivan", "Olga", "Oleksandr", "Kateryna", "Piotr", "Agnieszka", "Sergei",
                "Natalia", "Andrii", "Marta", "Tomasz", "Irina"],
               ["Ivanov", "Petrova", "Shevchenko", "Kowalski", "Nowak", "Smirnov", "Kovalenko", "Wisniewska",
                "Popov", "Bondarenko", "Lewandowski", "Sokolova", "Melnyk", "Zielinski"]),
    "european": (["Lukas", "Lena", "Maximilian", "Mia", "Lucas", "Chloe", "Hugo", "Ines", "Matteo", "Giulia",
                  "Lars", "Ingrid", "Jan", "Sophie", "Pierre", "Elena"],
                 ["Muller", "Schmidt", "Schneider", "Fischer", "Dubois", "Moreau", "Laurent", "Rossi", "Russo",
                  "Bianchi", "Jansen", "de Vries", "Andersson", "Nielsen", "Novak", "Silva"]),
    "filipino": (["Jose", "Maria", "Mark", "Angel", "John Paul", "Kristine", "Rhea", "Jericho", "Lovely", "Ramon"],
                 ["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Dela Cruz", "Villanueva",
                  "Aquino"]),
    "turkish_persian": (["Emre", "Elif", "Mehmet", "Zeynep", "Reza", "Shirin", "Ali", "Leila", "Kaan", "Darius"],
                        ["Yilmaz", "Kaya", "Demir", "Sahin", "Celik", "Hosseini", "Mohammadi", "Ahmadi", "Karimi",
                         "Tehrani"]),
}
# culture mix of the honest population by claimed country
CULTURE_BY_COUNTRY = {
    "US": [("anglo", 52), ("hispanic", 17), ("chinese", 5), ("korean", 3), ("indian", 6), ("vietnamese", 2),
           ("african", 5), ("arabic", 2), ("filipino", 2), ("slavic", 3), ("european", 2), ("japanese", 1)],
    "CA": [("anglo", 50), ("chinese", 12), ("indian", 14), ("european", 8), ("korean", 3), ("filipino", 5),
           ("arabic", 4), ("slavic", 4)],
    "GB": [("anglo", 70), ("indian", 10), ("african", 6), ("european", 8), ("arabic", 3), ("chinese", 3)],
    "DE": [("european", 80), ("turkish_persian", 10), ("slavic", 10)],
    "PL": [("slavic", 95), ("european", 5)], "UA": [("slavic", 100)],
    "FR": [("european", 82), ("arabic", 12), ("african", 6)],
    "IN": [("indian", 100)], "KR": [("korean", 100)], "JP": [("japanese", 100)], "CN": [("chinese", 100)],
    "VN": [("vietnamese", 100)], "PH": [("filipino", 100)], "NG": [("african", 100)], "BR": [("european", 100)],
    "MX": [("hispanic", 100)], "AE": [("arabic", 60), ("indian", 30), ("filipino", 10)],
    "SG": [("chinese", 70), ("indian", 20), ("anglo", 10)], "AU": [("anglo", 75), ("chinese", 10), ("indian", 8),
                                                                      ("vietnamese", 4), ("korean", 3)],
    "TR": [("turkish_persian", 100)], "PT": [("european", 100)], "TH": [("anglo", 60), ("european", 40)],
}
COUNTRY_MIX = [("US", 62), ("CA", 5), ("GB", 5), ("DE", 3), ("PL", 2), ("UA", 1), ("FR", 2), ("IN", 5), ("KR", 2),
               ("JP", 1), ("CN", 1), ("VN", 1), ("PH", 2), ("NG", 1), ("BR", 2), ("MX", 2), ("AE", 1), ("SG", 1),
               ("AU", 1), ("TR", 0.5), ("PT", 0.5)]
CC_PREFIX = {"US": "1", "CA": "1", "GB": "44", "DE": "49", "PL": "48", "UA": "380", "FR": "33", "IN": "91",
             "KR": "82", "JP": "81", "CN": "86", "VN": "84", "PH": "63", "NG": "234", "BR": "55", "MX": "52",
             "AE": "971", "SG": "65", "AU": "61", "TR": "90", "PT": "351", "TH": "66", "RU": "7"}
TZ = {"US": ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Phoenix"],
      "CA": ["America/Toronto", "America/Vancouver"], "GB": ["Europe/London"], "DE": ["Europe/Berlin"],
      "PL": ["Europe/Warsaw"], "UA": ["Europe/Kyiv"], "FR": ["Europe/Paris"], "IN": ["Asia/Kolkata"],
      "KR": ["Asia/Seoul"], "JP": ["Asia/Tokyo"], "CN": ["Asia/Shanghai"], "VN": ["Asia/Ho_Chi_Minh"],
      "PH": ["Asia/Manila"], "NG": ["Africa/Lagos"], "BR": ["America/Sao_Paulo"], "MX": ["America/Mexico_City"],
      "AE": ["Asia/Dubai"], "SG": ["Asia/Singapore"], "AU": ["Australia/Sydney"], "TR": ["Europe/Istanbul"],
      "PT": ["Europe/Lisbon"], "TH": ["Asia/Bangkok"], "RU": ["Europe/Moscow"]}
KEYBOARD = {"US": "en-US", "CA": "en-CA", "GB": "en-GB", "DE": "de-DE", "PL": "pl-PL", "UA": "uk-UA",
            "FR": "fr-FR", "IN": "en-IN", "KR": "ko-KR", "JP": "ja-JP", "CN": "zh-CN", "VN": "vi-VN",
            "PH": "en-US", "NG": "en-US", "BR": "pt-BR", "MX": "es-MX", "AE": "ar-AE", "SG": "en-US",
            "AU": "en-AU", "TR": "tr-TR", "PT": "pt-PT", "TH": "en-US"}
HERITAGE_KEYBOARD = {"korean": "ko-KR", "chinese": "zh-CN", "japanese": "ja-JP", "vietnamese": "vi-VN",
                     "hispanic": "es-US", "arabic": "ar-SA", "slavic": "ru-RU", "indian": "hi-IN"}

US_CITIES = [("New York", "NY", "100"), ("Brooklyn", "NY", "112"), ("Los Angeles", "CA", "900"),
             ("San Jose", "CA", "951"), ("San Diego", "CA", "921"), ("Chicago", "IL", "606"), ("Houston", "TX", "770"),
             ("Dallas", "TX", "752"), ("Austin", "TX", "787"), ("Phoenix", "AZ", "850"), ("Scottsdale", "AZ", "852"),
             ("Philadelphia", "PA", "191"), ("Seattle", "WA", "981"), ("Denver", "CO", "802"),
             ("Atlanta", "GA", "303"), ("Miami", "FL", "331"), ("Tampa", "FL", "336"), ("Orlando", "FL", "328"),
             ("Nashville", "TN", "372"), ("Charlotte", "NC", "282"), ("Raleigh", "NC", "276"),
             ("Columbus", "OH", "432"), ("Detroit", "MI", "482"), ("Minneapolis", "MN", "554"),
             ("St. Louis", "MO", "631"), ("Kansas City", "MO", "641"), ("Portland", "OR", "972"),
             ("Las Vegas", "NV", "891"), ("Salt Lake City", "UT", "841"), ("Boston", "MA", "021"),
             ("Newark", "NJ", "071"), ("Jersey City", "NJ", "073"), ("Baltimore", "MD", "212"),
             ("Bowie", "MD", "207"), ("Richmond", "VA", "232"), ("Arlington", "VA", "222"),
             ("Indianapolis", "IN", "462"), ("Milwaukee", "WI", "532"), ("Omaha", "NE", "681"),
             ("Albuquerque", "NM", "871"), ("Boise", "ID", "837"), ("Honolulu", "HI", "968"),
             ("Anchorage", "AK", "995"), ("Pittsburgh", "PA", "152"), ("Sacramento", "CA", "958")]
AREA = {"NY": ["212", "718", "917", "646"], "CA": ["213", "408", "619", "916", "310", "415"], "IL": ["312", "773"],
        "TX": ["713", "214", "512", "469"], "AZ": ["602", "480"], "PA": ["215", "412"], "WA": ["206", "425"],
        "CO": ["303", "720"], "GA": ["404", "678"], "FL": ["305", "813", "407", "786"], "TN": ["615"],
        "NC": ["704", "919"], "OH": ["614"], "MI": ["313"], "MN": ["612"], "MO": ["314", "816"], "OR": ["503"],
        "NV": ["702"], "UT": ["801"], "MA": ["617"], "NJ": ["973", "201"], "MD": ["410", "301"],
        "VA": ["804", "703"], "IN": ["317"], "WI": ["414"], "NE": ["402"], "NM": ["505"], "ID": ["208"],
        "HI": ["808"], "AK": ["907"]}
STREETS = ["Main", "Oak", "Maple", "Cedar", "Pine", "Elm", "Washington", "Lake", "Hill", "Park", "Sunset",
           "Lincoln", "Jefferson", "Highland", "Ridge", "Meadow", "River", "Church", "Willow", "Franklin",
           "Spring", "Valley", "Forest", "Madison", "Jackson", "Cherry", "Walnut", "Chestnut", "Adams", "Birch"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Blvd", "Ct", "Way", "Pl", "Ter"]
INTL_CITY = {"CA": ["Toronto", "Vancouver", "Montreal", "Calgary"], "GB": ["London", "Manchester", "Leeds", "Bristol"],
             "DE": ["Berlin", "Munich", "Hamburg", "Cologne"], "PL": ["Warsaw", "Krakow", "Wroclaw"],
             "UA": ["Kyiv", "Lviv", "Kharkiv"], "FR": ["Paris", "Lyon", "Toulouse"],
             "IN": ["Bengaluru", "Hyderabad", "Pune", "Chennai"], "KR": ["Seoul", "Busan", "Incheon"],
             "JP": ["Tokyo", "Osaka", "Fukuoka"], "CN": ["Shanghai", "Beijing", "Shenzhen", "Shenyang"],
             "VN": ["Hanoi", "Ho Chi Minh City", "Da Nang"], "PH": ["Manila", "Cebu", "Quezon City"],
             "NG": ["Lagos", "Abuja"], "BR": ["Sao Paulo", "Rio de Janeiro", "Curitiba"],
             "MX": ["Mexico City", "Guadalajara", "Monterrey"], "AE": ["Dubai", "Abu Dhabi"], "SG": ["Singapore"],
             "AU": ["Sydney", "Melbourne"], "TR": ["Istanbul", "Ankara"], "PT": ["Lisbon", "Porto"],
             "TH": ["Bangkok", "Chiang Mai"]}

# --------------------------------------------------------------------------------------------
# networks: (asn, owner, country, first octets, cities)
# --------------------------------------------------------------------------------------------
ISP = {
    "comcast": (7922, "Comcast Cable Communications, LLC", "US", [73, 98, 24, 76]),
    "charter": (20115, "Charter Communications", "US", [75, 97, 66]),
    "att": (7018, "AT&T Services, Inc.", "US", [99, 107, 108]),
    "verizon": (701, "Verizon Business", "US", [71, 72, 100]),
    "cox": (22773, "Cox Communications Inc.", "US", [68, 70]),
    "frontier": (5650, "Frontier Communications of America, Inc.", "US", [47, 50]),
    "tmobile": (21928, "T-Mobile USA, Inc.", "US", [172]),
    "rogers": (812, "Rogers Communications Canada Inc.", "CA", [99, 174]),
    "bt": (2856, "British Telecommunications PLC", "GB", [86, 81]),
    "dtag": (3320, "Deutsche Telekom AG", "DE", [79, 87, 91]),
    "orange_pl": (5617, "Orange Polska Spolka Akcyjna", "PL", [83, 89]),
    "kyivstar": (15895, "Kyivstar PJSC", "UA", [46, 176]),
    "orange_fr": (3215, "Orange S.A.", "FR", [90, 86]),
    "jio": (55836, "Reliance Jio Infocomm Limited", "IN", [49, 157]),
    "airtel": (24560, "Bharti Airtel Ltd.", "IN", [122, 182]),
    "kt": (4766, "Korea Telecom", "KR", [121, 175]),
    "skb": (9318, "SK Broadband Co Ltd", "KR", [1, 118]),
    "ntt": (4713, "NTT Communications Corporation", "JP", [153, 180]),
    "unicom": (4837, "CHINA UNICOM China169 Backbone", "CN", [113, 123, 175]),
    "chinanet": (4134, "Chinanet", "CN", [114, 180, 58]),
    "viettel": (7552, "Viettel Group", "VN", [27, 171]),
    "pldt": (9299, "Philippine Long Distance Telephone Company", "PH", [112, 124]),
    "mtn_ng": (29465, "MTN NIGERIA Communication limited", "NG", [102, 105]),
    "claro_br": (28573, "Claro NXT Telecomunicacoes Ltda", "BR", [177, 179]),
    "telmex": (8151, "Uninet S.A. de C.V.", "MX", [187, 189]),
    "etisalat": (5384, "Emirates Telecommunications Group Company", "AE", [94, 86]),
    "singtel": (7473, "Singapore Telecommunications Ltd", "SG", [116, 119]),
    "telstra": (1221, "Telstra Limited", "AU", [101, 110]),
    "turktelekom": (9121, "Turk Telekom", "TR", [78, 88]),
    "meo": (3243, "MEO - Servicos De Comunicacoes E Multimedia S.A.", "PT", [85, 188]),
    "true_th": (7470, "TRUE INTERNET Co.,Ltd.", "TH", [171, 184]),
    "rostelecom": (12389, "PJSC Rostelecom", "RU", [95, 178]),
}
HOME_ISP = {"US": ["comcast", "charter", "att", "verizon", "cox", "frontier"], "CA": ["rogers"], "GB": ["bt"],
            "DE": ["dtag"], "PL": ["orange_pl"], "UA": ["kyivstar"], "FR": ["orange_fr"], "IN": ["jio", "airtel"],
            "KR": ["kt", "skb"], "JP": ["ntt"], "CN": ["unicom", "chinanet"], "VN": ["viettel"], "PH": ["pldt"],
            "NG": ["mtn_ng"], "BR": ["claro_br"], "MX": ["telmex"], "AE": ["etisalat"], "SG": ["singtel"],
            "AU": ["telstra"], "TR": ["turktelekom"], "PT": ["meo"], "TH": ["true_th"], "RU": ["rostelecom"]}
# hosting networks used by VPN exits and VPS
HOSTING = [(9009, "M247 Europe SRL", [37, 185, 89]), (60068, "Datacamp Limited", [156, 84, 212]),
           (20473, "The Constant Company, LLC", [45, 149, 207]), (14061, "DigitalOcean, LLC", [104, 138, 159]),
           (30633, "Leaseweb USA, Inc.", [23, 207]), (16509, "Amazon.com, Inc.", [3, 18, 54]),
           (63949, "Akamai Connected Cloud", [172, 139]), (212238, "Datacamp Limited", [143, 149])]
UA_STRINGS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0",
]

# --------------------------------------------------------------------------------------------
# endpoint vocabulary (remote tools and IP-KVM ids from /work/shared/samples/indicators)
# --------------------------------------------------------------------------------------------
COMMON_PROCS_WIN = ["chrome.exe", "msedge.exe", "Teams.exe", "ms-teams.exe", "slack.exe", "Zoom.exe", "OUTLOOK.EXE",
                    "Code.exe", "explorer.exe", "OneDrive.exe", "svchost.exe", "MsMpEng.exe", "CSFalconService.exe",
                    "docker.exe", "WINWORD.EXE", "EXCEL.EXE", "postman.exe", "idea64.exe", "node.exe", "python.exe",
                    "git.exe", "1Password.exe", "Spotify.exe"]
COMMON_PROCS_MAC = ["Google Chrome", "Safari", "Slack", "zoom.us", "Microsoft Teams", "Code", "Finder", "Dock",
                    "com.crowdstrike.falcon.Agent", "Docker", "iTerm2", "node", "python3", "1Password", "Spotify",
                    "Microsoft Outlook", "Notion", "Figma"]
REMOTE_TOOLS = {  # name -> (process names, listening port)
    "AnyDesk": (["AnyDesk.exe", "anydesk.exe"], "7070/tcp"),
    "RustDesk": (["rustdesk.exe"], "21118/tcp"),
    "TeamViewer": (["TeamViewer.exe", "TeamViewer_Service.exe"], "5938/tcp"),
    "Chrome Remote Desktop": (["remoting_host.exe", "remote_host.exe"], ""),
    "Splashtop": (["SRService.exe", "SRServer.exe", "SRManager.exe"], ""),
    "Zoho Assist": (["ZA_Access.exe", "ZohoURSService.exe"], ""),
    "ScreenConnect": (["ScreenConnect.ClientService.exe", "ScreenConnect.WindowsClient.exe"], ""),
    "Parsec": (["parsecd.exe", "pservice.exe"], ""),
    "UltraViewer": (["UltraViewer_Service.exe", "UltraViewer_Desktop.exe"], ""),
}
IPKVM = [("PiKVM Composite Device", "1d6b", "0104"), ("Multifunction USB Device", "1d6b", "0104"),
         ("USB Emulation Device", "1d6b", "0104"), ("NanoKVM", "3346", "1009")]
COMMON_USB = [("USB Receiver", "046d", "c52b"), ("Logitech BRIO", "046d", "085e"), ("Apple Internal Keyboard / Trackpad", "05ac", "027e"),
              ("YubiKey OTP+FIDO+CCID", "1050", "0407"), ("USB2.0 Hub", "05e3", "0610"), ("Dell Universal Dock D6000", "17e9", "6006"),
              ("Magic Keyboard", "05ac", "029c"), ("Jabra Evolve2 65", "0b0e", "245d"), ("USB Optical Mouse", "046d", "c077"),
              ("Realtek USB GbE Family Controller", "0bda", "8153"), ("CalDigit TS3 Plus", "2188", "0035"),
              ("HD Pro Webcam C920", "046d", "082d"), ("Keychron K2", "05ac", "024f")]
DESK_KVM = [("TESmart KVM Switch", "0483", "5750"), ("UGREEN USB Switch", "1a40", "0101"), ("ATEN CS1942DP", "0557", "2419"),
            ("Level1Techs KVM", "2109", "2817")]
USB_GADGET_HONEST = [("Multifunction Composite Gadget", "1d6b", "0104"), ("RNDIS/Ethernet Gadget", "0525", "a4a2"),
                     ("Pi Zero Gadget", "1d6b", "0104")]
DISPLAYS = ["DELL U2720Q", "DELL P2422H", "LG HDR 4K", "LG ULTRAFINE", "Color LCD", "Built-in Retina Display",
            "SAMSUNG", "BenQ GW2780", "HP E24 G5", "ASUS VG279", "Lenovo T27h-30", "ViewSonic VX2476"]
SYSTEMS_WIN = ["Latitude 7440", "Latitude 5540", "ThinkPad T14 Gen 4", "ThinkPad X1 Carbon Gen 11", "HP EliteBook 840 G10",
               "Surface Laptop 5", "XPS 15 9530"]
SYSTEMS_MAC = ["MacBookPro18,3", "MacBookPro18,1", "Mac14,7", "Mac15,3", "MacBookAir10,1", "Mac14,2"]

SKILLS = ["Python", "JavaScript", "TypeScript", "React", "Node.js", "Go", "Rust", "Java", "Kotlin", "Swift", "C#",
          ".NET", "AWS", "GCP", "Azure", "Kubernetes", "Docker", "Terraform", "PostgreSQL", "MongoDB", "Redis",
          "GraphQL", "REST APIs", "Django", "Flask", "FastAPI", "Spring Boot", "Vue.js", "Angular", "Next.js",
          "Solidity", "Web3.js", "ethers.js", "Rust/Substrate", "Unity", "Flutter", "React Native", "Kafka",
          "Spark", "Airflow", "TensorFlow", "PyTorch", "LLM fine-tuning", "CI/CD", "GitHub Actions", "Jenkins",
          "Linux", "Bash", "SQL", "Snowflake", "dbt", "Tableau", "Figma", "HTML/CSS", "Tailwind", "PHP", "Laravel",
          "Ruby on Rails", "Elixir", "Scala", "C++", "Embedded C", "Salesforce", "SAP", "ServiceNow", "Excel",
          "Power BI", "Jira", "Agile/Scrum", "Microservices", "gRPC", "OAuth2", "Okta", "Splunk", "Datadog"]
TITLES = ["Software Engineer", "Senior Software Engineer", "Full Stack Developer", "Backend Engineer",
          "Frontend Developer", "Mobile Developer", "DevOps Engineer", "Site Reliability Engineer", "Data Engineer",
          "Data Analyst", "Machine Learning Engineer", "Blockchain Developer", "Smart Contract Engineer",
          "QA Engineer", "IT Support Specialist", "Systems Administrator", "Product Designer", "Project Manager",
          "Customer Success Manager", "Accountant", "Nurse Informaticist", "Medical Billing Specialist",
          "Recruiter", "Technical Writer", "Solutions Architect", "Security Analyst", "Game Developer"]
BULLETS = [
    "Designed and implemented {a} services handling {n}k requests per day using {b}.",
    "Led migration of legacy {a} monolith to {b} microservices, cutting deployment time by {p}%.",
    "Built responsive web interfaces with {a} and {b}, improving conversion by {p}%.",
    "Developed data pipelines in {a} and {b} processing {n} GB of events daily.",
    "Automated infrastructure provisioning with {a} and {b}, reducing cloud spend by {p}%.",
    "Collaborated with product and design to ship {n} features in {a} on a two-week cadence.",
    "Wrote and audited {a} smart contracts; integrated wallets with {b}.",
    "Mentored {n} junior engineers and introduced code review guidelines for {a}.",
    "Improved test coverage from {p}% to {q}% with {a} and {b}.",
    "Optimized {a} queries, reducing p95 latency by {p}%.",
    "Integrated third-party payment and identity APIs using {a}.",
    "Maintained CI/CD pipelines in {a}; on-call rotation for {b} production systems.",
    "Built internal dashboards in {a} used by {n} stakeholders.",
    "Resolved {n}+ support tickets per week and documented fixes in {a}.",
    "Trained and deployed {a} models with {b}, improving precision by {p}%.",
    "Managed {n} vendor relationships and tracked budgets in {a}.",
]
SUMMARIES = [
    "{t} with {y}+ years of experience building scalable products.",
    "Results-driven {t} passionate about clean code and great user experiences.",
    "{t} experienced in {a} and {b}, comfortable owning features end to end.",
    "Detail-oriented {t} with a track record of shipping on time in remote teams.",
    "Self-motivated {t}; {y} years across startups and enterprise clients.",
    "Innovative and strategic {t} who thrives in fast-paced environments.",
]
SCHOOLS_NA = ["University of Texas at Austin", "Georgia Institute of Technology", "Arizona State University",
              "University of Michigan", "Rutgers University", "Ohio State University", "University of Washington",
              "Penn State University", "University of Florida", "San Jose State University", "University of Toronto",
              "Purdue University", "CUNY Brooklyn College", "University of Minnesota", "Western Governors University",
              "Southern New Hampshire University", "Howard University", "UC Irvine", "Miami Dade College"]
SCHOOLS_INTL = ["National University of Singapore", "University of Tokyo", "Kyushu University",
                "Hong Kong University of Science and Technology", "Seoul National University", "KAIST",
                "IIT Bombay", "Anna University", "University of Lagos", "Warsaw University of Technology",
                "Kyiv Polytechnic Institute", "TU Munich", "University of Manila", "Universidad de Buenos Aires",
                "Tsinghua University", "Universidade de Sao Paulo", "Hanoi University of Science and Technology"]
BOOTCAMPS = ["Hack Reactor", "App Academy", "Flatiron School", "General Assembly", "Tech Elevator", "Per Scholas"]
PAST_EMPLOYERS = ["Accenture", "Deloitte", "Capgemini", "Infosys", "Cognizant", "IBM", "Oracle", "Salesforce",
                  "Amazon", "Walmart Global Tech", "Target", "Capital One", "JPMorgan Chase", "Wells Fargo",
                  "Epic Systems", "Cerner", "Shopify", "Stripe", "Coinbase", "Uber", "Lyft", "DoorDash", "Intuit",
                  "Adobe", "Cisco", "Dell Technologies", "HP Inc.", "Verizon", "Comcast", "State Farm",
                  "a regional bank", "a healthcare startup", "a logistics startup", "Freelance (Upwork)",
                  "Freelance (Toptal)", "a digital agency", "a Web3 startup"]

EMPLOYER_WORDS_A = ["Blue", "North", "Bright", "Summit", "Iron", "Silver", "Clear", "True", "Open", "Pine", "Harbor",
                    "Vertex", "Nimbus", "Quantum", "Cedar", "Atlas", "Beacon", "Crescent", "Granite", "Lumen",
                    "Apex", "Evergreen", "Keystone", "Meridian", "Orbit", "Pioneer", "Redwood", "Sterling", "Tidal",
                    "Union", "Velocity", "Willow", "Zenith", "Coral", "Falcon", "Juniper"]
EMPLOYER_WORDS_B = ["Health", "Bank", "Logistics", "Software", "Analytics", "Labs", "Systems", "Media", "Retail",
                    "Insurance", "Energy", "Robotics", "Payments", "Networks", "Cloud", "Biotech", "Capital",
                    "Aerospace", "Motors", "Games", "Foods", "Learning", "Security", "Data"]
FRONT_WORDS = ["Helix", "Cloudmap", "Next Step", "Baby Box", "Hopana", "Tony WKJ", "Vortex", "Bitwise", "Skyline",
               "Nova", "Pixel", "Orion", "Sparkle", "Kinetic", "Mintvale", "Glacier", "Brightlane", "Softnet",
               "Codewave", "Stellar", "Lotus", "Maple Grove"]
FRONT_SUFFIX = ["Tech", "Tech LLC", "Info", "Solutions", "Digital", "Labs", "Soft", "IT Services", "Consulting"]


def _w(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def sha(s: str) -> str:
    return hashlib.sha256(s.encode()).hexdigest()


# --------------------------------------------------------------------------------------------
# images
# --------------------------------------------------------------------------------------------
def _png_bytes(arr) -> bytes:
    h, w, _ = arr.shape
    raw = b"".join(b"\x00" + arr[y].tobytes() for y in range(h))
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b""))


class Photos:
    """Small synthetic head-and-shoulders pictures: background texture + face + hair + clothes."""
    S = 48

    def __init__(self, root):
        self.root = root
        os.makedirs(root, exist_ok=True)
        self.n = 0

    def params(self, seed):
        g = np.random.default_rng(seed)
        return {
            "bg0": g.integers(30, 230, 3), "bg1": g.integers(30, 230, 3),
            "blobs": [(g.uniform(0, 48), g.uniform(0, 48), g.uniform(4, 14), g.integers(0, 255, 3)) for _ in range(g.integers(3, 7))],
            "face": (24 + g.uniform(-5, 5), 20 + g.uniform(-3, 4), g.uniform(8, 11), g.uniform(10, 13)),
            "skin": np.array([g.integers(90, 240), g.integers(60, 200), g.integers(40, 170)]),
            "hair": g.integers(10, 200, 3), "hairh": g.uniform(3, 9),
            "shirt": g.integers(0, 255, 3), "eyes": g.uniform(2.5, 4.5),
        }

    def render(self, p, face_from=None, noise_seed=None, jitter=0.0):
        S = self.S
        yy, xx = np.mgrid[0:S, 0:S].astype(float)
        t = (xx + yy) / (2 * S)
        img = p["bg0"][None, None, :] * (1 - t[..., None]) + p["bg1"][None, None, :] * t[..., None]
        for (bx, by, r, c) in p["blobs"]:
            m = np.exp(-((xx - bx) ** 2 + (yy - by) ** 2) / (2 * r * r))[..., None]
            img = img * (1 - 0.7 * m) + c[None, None, :] * 0.7 * m
        q = face_from or p
        fx, fy, rx, ry = p["face"]
        shirt = (yy > 38) & (np.abs(xx - fx) < 18)
        img[shirt] = p["shirt"]
        face = ((xx - fx) / rx) ** 2 + ((yy - fy) / ry) ** 2 <= 1
        img[face] = q["skin"]
        hair = (((xx - fx) / (rx + 1)) ** 2 + ((yy - (fy - ry + q["hairh"] / 2)) / q["hairh"]) ** 2 <= 1) & (yy < fy - 2)
        img[hair] = q["hair"]
        for ex in (fx - q["eyes"], fx + q["eyes"]):
            img[(np.abs(xx - ex) < 1.2) & (np.abs(yy - fy + 1) < 1.0)] = (20, 20, 20)
        img[(np.abs(xx - fx) < 3) & (np.abs(yy - fy - 5) < 0.7)] = (120, 40, 40)
        if noise_seed is not None:
            g = np.random.default_rng(noise_seed)
            img = img * (1 + g.uniform(-jitter, jitter)) + g.normal(0, 4 + 40 * jitter, img.shape)
        return np.clip(img, 0, 255).astype(np.uint8)

    def save(self, arr, fmt="png", quality=85, size=None):
        self.n += 1
        name = f"p{self.n:06d}.{'jpg' if fmt == 'jpg' and Image is not None else 'png'}"
        path = os.path.join(self.root, name)
        if Image is not None:
            im = Image.fromarray(arr)
            if size and size != self.S:
                im = im.resize((size, size))
            if name.endswith(".jpg"):
                im.save(path, "JPEG", quality=quality)
            else:
                im.save(path, "PNG")
        else:
            with open(path, "wb") as f:
                f.write(_png_bytes(arr))
        return "photos/" + name


# --------------------------------------------------------------------------------------------
# the world
# --------------------------------------------------------------------------------------------
class World:
    def __init__(self, n_subjects: int, seed: int, out: str):
        self.N = n_subjects
        self.seed = seed
        self.rng = random.Random(seed * 7919 + 17)
        self.out = out
        self.bundle = os.path.join(out, "bundle")
        os.makedirs(os.path.join(self.bundle, "resumes"), exist_ok=True)
        self.photos = Photos(os.path.join(self.bundle, "photos"))
        self.subjects, self.logins, self.endpoint, self.payments, self.shipments, self.domains = [], [], [], [], [], []
        self.truth = {}        # row key -> (fraud, ring, kinds list)
        self.rowkey = 0
        self.used_ips = {}
        self.used_emails = {}
        self.n_resume = 0
        self._default_avatar = None
        self._ids = 0
        self.make_pools()

    # ----------------------------------------------------------------- small generators
    def ts(self, a=T0, b=T1):
        return a + timedelta(seconds=self.rng.random() * (b - a).total_seconds())

    def iso(self, t):
        return t.strftime("%Y-%m-%dT%H:%M:%SZ")

    def hexid(self, n=16):
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def ip_in(self, octets):
        r = self.rng
        return f"{r.choice(octets)}.{r.randrange(0, 256)}.{r.randrange(0, 256)}.{r.randrange(1, 255)}"

    def isp_ip(self, isp):
        return self.ip_in(ISP[isp][3])

    def host_ip(self, h=None):
        h = h or self.rng.choice(HOSTING)
        return self.ip_in(h[2]), h

    def culture_for(self, country):
        return _w(self.rng, CULTURE_BY_COUNTRY.get(country, [("anglo", 1)]))

    def name(self, culture):
        f, l = NAMES[culture]
        return self.rng.choice(f), self.rng.choice(l)

    def country(self):
        return _w(self.rng, COUNTRY_MIX)

    def dob(self, lo=1962, hi=2003):
        return f"{self.rng.randint(lo, hi)}-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}"

    def national_id(self, country):
        r = self.rng
        if country == "US":
            raw = f"{r.randint(1, 899):03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
        else:
            raw = country + "".join(str(r.randint(0, 9)) for _ in range(9))
        return raw

    def hash_id(self, raw):
        return "sha256:" + sha(SALT + raw)[:40]

    def us_address(self, city=None, unit=None):
        r = self.rng
        c = city or r.choice(US_CITIES)
        num = r.randint(10, 9899)
        line = f"{num} {r.choice(STREETS)} {r.choice(SUFFIX)}"
        if unit:
            line += f" {unit}"
        return f"{line}, {c[0]}, {c[1]} {c[2]}{r.randint(0, 99):02d}", c

    def intl_address(self, country):
        r = self.rng
        city = r.choice(INTL_CITY.get(country, ["Capital"]))
        return f"{r.randint(1, 300)} {r.choice(STREETS)} {r.choice(['Street', 'Road', 'Avenue', 'ul.', 'Strasse', 'gil'])}, {city}, {country}", city

    def address(self, country):
        if country == "US":
            a, c = self.us_address(unit=(f"Apt {self.rng.randint(1, 40)}" if self.rng.random() < 0.3 else None))
            return a, c[0], c[1]
        a, city = self.intl_address(country)
        return a, city, None

    def phone(self, country, state=None, fmt=None):
        r = self.rng
        if country in ("US", "CA"):
            area = r.choice(AREA.get(state or "", None) or r.choice(list(AREA.values())))
            n = f"{r.randint(200, 989)}{r.randint(0, 9999):04d}"
            f = fmt if fmt is not None else r.randrange(4)
            if f == 0:
                return f"({area}) {n[:3]}-{n[3:]}"
            if f == 1:
                return f"{area}-{n[:3]}-{n[3:]}"
            if f == 2:
                return f"+1{area}{n}"
            return f"+1 {area} {n[:3]} {n[3:]}"
        cc = CC_PREFIX.get(country, "1")
        lead, n = MOBILE.get(country, (["9"], 8))
        if country == "CA":
            lead, n = [r.choice(["416", "647", "604", "778", "514", "403", "613"]) + str(r.randint(2, 9))], 6
        digits = r.choice(lead) + "".join(str(r.randint(0, 9)) for _ in range(n))
        if r.random() < 0.7:
            return f"+{cc} {digits[:3]} {digits[3:6]} {digits[6:]}"
        return f"+{cc}{digits}"

    def email(self, first, last, culture, country, provider=None, style=None):
        r = self.rng
        f = first.lower().replace(" ", "").replace("-", "")
        l = last.lower().replace(" ", "")
        if provider is None:
            opts = [("gmail.com", 45), ("outlook.com", 8), ("hotmail.com", 6), ("yahoo.com", 10), ("icloud.com", 8),
                    ("aol.com", 2), ("proton.me", 2), ("comcast.net", 2)]
            if culture == "korean" or country == "KR":
                opts += [("naver.com", 25), ("daum.net", 6)]
            if country == "CN" or (culture == "chinese" and r.random() < 0.3):
                opts += [("qq.com", 25), ("163.com", 12)]
            if country in ("DE",):
                opts += [("gmx.de", 20), ("web.de", 15)]
            if country in ("UA",):
                opts += [("ukr.net", 20)]
            if country == "IN":
                opts += [("rediffmail.com", 5)]
            if country == "JP":
                opts += [("yahoo.co.jp", 20)]
            provider = _w(r, opts)
        style = style if style is not None else r.randrange(7)
        if style == 0:
            local = f"{f}.{l}"
        elif style == 1:
            local = f"{f}{l}{r.randint(1, 99)}"
        elif style == 2:
            local = f"{f[0]}{l}"
        elif style == 3:
            local = f"{f}_{l}{r.randint(70, 99)}"
        elif style == 4:
            local = f"{l}.{f}{r.randint(1, 9)}"
        elif style == 5:
            local = f"{f}{r.randint(100, 9999)}"
        else:
            local = f"{f}.{l}.{r.randint(1980, 2004)}"
        e = f"{local}@{provider}"
        while e in self.used_emails:
            e = f"{local}{r.randint(1, 999)}@{provider}"
        self.used_emails[e] = 1
        return e

    def created(self):
        return self.ts()

    # ----------------------------------------------------------------- pools
    def make_pools(self):
        r = self.rng
        # employers (victims and honest employers are the same organisations)
        self.employers = []
        used = {}
        for i in range(160):
            while True:
                nm = f"{r.choice(EMPLOYER_WORDS_A)} {r.choice(EMPLOYER_WORDS_B)}"
                if nm not in used:
                    used[nm] = 1
                    break
            dom = nm.lower().replace(" ", "") + r.choice([".com", ".com", ".io", ".co", ".net"])
            country = "US" if r.random() < 0.8 else r.choice(["GB", "DE", "CA", "PL", "AU", "SG", "JP"])
            e = {"name": nm, "domain": dom, "country": country,
                 "w": 1.0 / (i + 3) ** 0.8,
                 "osquery": r.random() < 0.55, "idp_v2": r.random() < 0.55,
                 "rmm": (r.choice(["TeamViewer", "ScreenConnect", "Zoho Assist", "AnyDesk", "Splashtop"]) if r.random() < 0.15 else None),
                 "vpn": ([self.host_ip((62044, "Zscaler, Inc.", [136, 165]))[0] for _ in range(r.randint(3, 12))]
                         if r.random() < 0.4 else None),
                 "office": self.us_address()[0] if country == "US" else self.intl_address(country)[0],
                 "mac": r.random() < 0.4}
            self.employers.append(e)
            reg = self.ts(datetime(1998, 1, 1, tzinfo=timezone.utc), datetime(2019, 1, 1, tzinfo=timezone.utc))
            ns = r.choice([["ns1.cloudflare.com", "ns2.cloudflare.com"], ["ns-1.awsdns-01.org", "ns-2.awsdns-02.com"],
                           ["dns1.registrar-servers.com", "dns2.registrar-servers.com"], ["ns1.godaddy.com", "ns2.godaddy.com"]])
            self.domains.append({"domain": dom, "company": nm, "registered_at": reg.strftime("%Y-%m-%d"),
                                 "registrant_email": r.choice(["", "privacy@domainsbyproxy.com", f"hostmaster@{dom}",
                                                               "redacted@whoisprivacy.example", f"it@{dom}"]),
                                 "ip": self.ip_in([104, 172]) if ns[0].startswith("ns1.cloud") else self.host_ip()[0],
                                 "nameservers": ";".join(ns)})
        self.emp_w = [e["w"] for e in self.employers]
        # shared networks
        self.cgnat = [self.isp_ip("tmobile") for _ in range(max(200, self.N // 25))]
        self.cgnat_set = dict.fromkeys(self.cgnat)
        self.vpn_pools, self.vpn_meta = {}, {}
        for v, n in [("NordVPN", 260), ("ExpressVPN", 140), ("ProtonVPN", 140), ("Surfshark", 90), ("Astrill", 45)]:
            ips = []
            for _ in range(n):
                ip, h = self.host_ip()
                ips.append(ip)
                self.vpn_meta[ip] = (h[0], h[1])
            self.vpn_pools[v] = ips
        self.hotel = [self.ip_in([12, 32]) for _ in range(120)]
        self.universities = [{"name": s, "ips": [self.ip_in([128, 129, 130, 141]) for _ in range(6)],
                              "dorm": self.us_address()[0]} for s in SCHOOLS_NA[:12]]
        self.coworking = [{"ip": self.isp_ip("comcast"), "addr": self.us_address(unit=f"Suite {r.randint(100, 900)}")[0]} for _ in range(25)]
        self.libraries = [{"ip": self.isp_ip("att"), "dev": self.hexid(), "addr": self.us_address()[0]} for _ in range(15)]
        # mail forwarders for full-time RVers and freight forwarders for expats (one address, many people)
        self.rv_forwarders = ["101 Rainbow Dr, Livingston, TX 77399", "5400 S Western Ave, Sioux Falls, SD 57108",
                              "2510 State Road 16, Green Cove Springs, FL 32043"]
        self.freight_forwarders = ["4000 S Tamiami Trl, Sarasota, FL 34231", "3422 Old Capitol Trl, Wilmington, DE 19808",
                                   "7000 NE Airport Way, Portland, OR 97218"]
        self.military = ["Unit 2050 Box 4190, APO AE 09049", "PSC 473 Box 12, FPO AP 96349", "Unit 15332, APO AP 96205"]
        self.default_avatar = None

    # ----------------------------------------------------------------- rows
    def add_subject(self, row, fraud, ring, kinds):
        self.rowkey += 1
        row["_k"] = self.rowkey
        self.subjects.append(row)
        self.truth[self.rowkey] = [fraud, ring, kinds]
        return row

    def login(self, row, t, ip, dev, ua, country, proxy=None, meta=None, outcome=None):
        emp = row.get("_emp")
        rec = {"_k": row["_k"], "ts": self.iso(t), "ip": ip, "device_id": dev, "user_agent": ua, "country": country}
        if emp is not None and emp["idp_v2"]:
            asn, owner = (meta or (None, None))
            rec.update({"outcome": outcome or ("success" if self.rng.random() < 0.93 else self.rng.choice(["failure", "challenge"])),
                        "source_proxy": ("true" if proxy else "false") if proxy is not None else "",
                        "asn": str(asn) if asn else "", "network_owner": owner or "",
                        "event_type": "user.session.start", "session_id": "idx" + self.hexid(20),
                        "event_id": "okta:" + self.hexid(32)})
        self.logins.append(rec)

    def pick_employer(self):
        return self.rng.choices(self.employers, weights=self.emp_w, k=1)[0]

    def new_photo(self, kind="own", base=None):
        r = self.rng
        if kind == "default":
            if self.default_avatar is None:
                arr = np.full((48, 48, 3), 200, np.uint8)
                yy, xx = np.mgrid[0:48, 0:48]
                arr[((xx - 24) ** 2 + (yy - 18) ** 2) < 81] = 150
                arr[((xx - 24) ** 2 / 300 + (yy - 48) ** 2 / 200) < 1] = 150
                self.default_avatar = self.photos.save(arr, "png")
            return self.default_avatar, None
        seed = r.getrandbits(40)
        p = self.photos.params(seed)
        fmt = "jpg" if r.random() < 0.6 else "png"
        return self.photos.save(self.photos.render(p), fmt, quality=r.randint(70, 92)), p

    def photo_variant(self, p, mode):
        """mode: reencode | resize | ai_edit (same stock composition with another face)"""
        r = self.rng
        if mode == "ai_edit":
            other = self.photos.params(r.getrandbits(40))
            arr = self.photos.render(p, face_from=other, noise_seed=r.getrandbits(32), jitter=0.05)
            return self.photos.save(arr, "jpg", quality=r.randint(75, 92))
        if mode == "resize":
            return self.photos.save(self.photos.render(p, noise_seed=r.getrandbits(32), jitter=0.01), "jpg",
                                    quality=r.randint(65, 90), size=r.choice([40, 56, 64]))
        return self.photos.save(self.photos.render(p), r.choice(["jpg", "png"]), quality=r.randint(60, 95))

    def resume_text(self, first, last, email, phone, title=None, school=None, companies=None, bullets=None,
                    skills=None, extra=""):
        r = self.rng
        title = title or r.choice(TITLES)
        skills = skills or r.sample(SKILLS, r.randint(5, 12))
        y = r.randint(2, 14)
        a, b = r.sample(SKILLS, 2)
        lines = [f"{first} {last}", f"{email} | {phone}", "", "SUMMARY",
                 r.choice(SUMMARIES).format(t=title, y=y, a=a, b=b), "", "SKILLS", ", ".join(skills), "", "EXPERIENCE"]
        companies = companies or r.sample(PAST_EMPLOYERS, r.randint(1, 4))
        bl = bullets or [self.bullet() for _ in range(3 * len(companies))]
        k = 0
        year = 2025
        for c in companies:
            span = r.randint(1, 4)
            lines.append(f"{r.choice(TITLES)} — {c} ({year - span}–{year})")
            for _ in range(r.randint(2, 3)):
                lines.append("- " + bl[k % len(bl)])
                k += 1
            year -= span
        lines += ["", "EDUCATION", school or r.choice(SCHOOLS_NA + SCHOOLS_INTL)]
        if extra:
            lines += ["", extra]
        return "\n".join(lines)

    def bullet(self):
        r = self.rng
        a, b = r.sample(SKILLS, 2)
        p = r.randint(10, 70)
        return r.choice(BULLETS).format(a=a, b=b, n=r.randint(2, 500), p=p, q=min(98, p + r.randint(10, 40)))

    def write_resume(self, text):
        r = self.rng
        if r.random() < 0.25:
            return " ".join(text.split("\n")[:12])[:600]  # inline, as some ATS exports carry it
        self.n_resume += 1
        ext = ".txt" if r.random() < 0.8 else ".md"
        path = f"resumes/r{self.n_resume:06d}{ext}"
        with open(os.path.join(self.bundle, path), "w", encoding="utf-8") as f:
            f.write(text)
        return path

    # ----------------------------------------------------------------- people (honest)
    def person(self, country=None, culture=None, **kw):
        r = self.rng
        country = country or self.country()
        culture = culture or self.culture_for(country)
        first, last = self.name(culture)
        addr, city, state = self.address(country)
        home_isp = r.choice(HOME_ISP.get(country, ["comcast"]))
        p = {"country": country, "culture": culture, "first": first, "last": last,
             "email": self.email(first, last, culture, country), "phone": self.phone(country, state),
             "addr": addr, "state": state, "dob": self.dob(), "nid": self.national_id(country),
             "home_ips": [self.isp_ip(home_isp) for _ in range(r.choice([1, 1, 2, 3]))], "home_isp": home_isp,
             "devices": [self.hexid() for _ in range(r.choice([1, 1, 2, 3]))], "ua": r.sample(UA_STRINGS, 2),
             "bank": f"{r.randint(10000000, 39999999):09d}-{r.randint(10 ** 7, 10 ** 10)}",
             "tz": r.choice(TZ.get(country, ["UTC"])), "kinds": [], "photo": None, "photo_p": None,
             "resume": None, "mobile": r.random() < 0.45, "vpn": None, "profiles": None}
        p.update(kw)
        return p

    def honest_row(self, p, kind=None, employer=None, created=None, extra_kinds=(), photo_mode=None,
                   resume_text=None, no_photo=False):
        """Build one subject row (+ its activity) for honest person p."""
        r = self.rng
        self._obs = []
        kind = kind or _w(r, [("applicant", 42), ("employee", 22), ("contractor", 12), ("account", 24)])
        emp = employer or (self.pick_employer() if kind != "account" else None)
        t = created or self.created()
        row = {"kind": kind, "full_name": f"{p['first']} {p['last']}", "email": p["email"], "phone": p["phone"],
               "address": p["addr"], "country": p["country"], "created_at": self.iso(t), "_emp": emp}
        if r.random() < 0.75 or kind in ("employee", "contractor"):
            row["birth_date"] = p["dob"]
        if kind in ("employee", "contractor") or r.random() < 0.25:
            row["national_id"] = self.hash_id(p["nid"])
        if emp is not None:
            row["employer"] = emp["name"]
        # photo
        if not no_photo and (r.random() < (0.55 if kind != "account" else 0.45) or photo_mode):
            if photo_mode == "default" or (kind == "account" and photo_mode is None and r.random() < 0.25):
                row["photo"], _ = self.new_photo("default")
                self._obs.append("default_avatar")
            elif p["photo_p"] is not None:
                mode = photo_mode or r.choice(["same", "same", "reencode", "resize"])
                row["photo"] = p["photo"] if mode == "same" else self.photo_variant(p["photo_p"], mode)
            else:
                p["photo"], p["photo_p"] = self.new_photo()
                row["photo"] = p["photo"]
        # resume
        if kind != "account" and (r.random() < 0.7 or resume_text):
            text = resume_text or p.get("resume") or self.resume_text(p["first"], p["last"], p["email"], p["phone"])
            p["resume"] = text
            row["resume"] = self.write_resume(text)
        # profiles
        if kind != "account" and r.random() < 0.5:
            handle = (p["first"] + p["last"]).lower().replace(" ", "").replace("-", "")
            pr = [f"https://www.linkedin.com/in/{handle}-{r.randint(10, 9999)}"]
            if r.random() < 0.5:
                pr.append(f"https://github.com/{handle}{r.randint(1, 99)}")
            if p.get("profiles"):
                pr += p["profiles"]
            row["profiles"] = ";".join(pr)
        if kind == "account":
            if r.random() < 0.6:
                row["recovery_email"] = p.get("rec_email") or self.email(p["first"], p["last"], p["culture"], p["country"])
            if r.random() < 0.5:
                row["recovery_phone"] = p.get("rec_phone") or p["phone"]
            row["signup_ip"] = self.rng.choice(p["home_ips"] + ([r.choice(self.cgnat)] if p["mobile"] else []))
        sub = self.add_subject(row, 0, "", [])
        self.honest_activity(p, sub, kind, emp, t)
        if kind == "account" and row.get("signup_ip") in self.cgnat_set:
            self._obs.append("mobile_cgnat")
        ks = [k for k in p["kinds"] if k not in TRAITS or k in self._obs] + [k for k in self._obs if k in ROW_KINDS]
        self.truth[sub["_k"]][2] = ks + list(extra_kinds)
        return sub

    def honest_activity(self, p, row, kind, emp, t):
        r = self.rng
        n = {"applicant": r.randint(0, 3), "employee": r.randint(4, 14), "contractor": r.randint(3, 10),
             "account": r.randint(1, 9)}[kind]
        isp_meta = ISP[p["home_isp"]]
        for i in range(n):
            tt = t + timedelta(hours=r.random() * 24 * 200)
            x = r.random()
            dev = r.choice(p["devices"] + p.get("shared_devices", []))
            ua = r.choice(p["ua"])
            if p.get("travel_country") and x < 0.35:
                c2 = p["travel_country"]
                isp2 = r.choice(HOME_ISP.get(c2, ["comcast"]))
                self.login(row, tt, self.isp_ip(isp2), dev, ua, c2, False, (ISP[isp2][0], ISP[isp2][1]))
            elif p.get("vpn") and x < 0.55:
                ip = r.choice(self.vpn_pools[p["vpn"]])
                self.login(row, tt, ip, dev, ua, r.choice(["US", "US", "NL", "GB", "SG", "JP", "DE"]),
                           r.random() < 0.6, self.vpn_meta[ip])
                self._obs += ["consumer_vpn", "astrill_expat"]
            elif emp is not None and emp["vpn"] and kind in ("employee", "contractor") and x < 0.7:
                self.login(row, tt, r.choice(emp["vpn"]), dev, ua, emp["country"], False, (62044, "Zscaler, Inc."))
            elif p.get("cowork") and x < 0.75:
                self.login(row, tt, p["cowork"]["ip"], dev, ua, "US", False, (7922, ISP["comcast"][1]))
            elif p.get("library") and x < 0.8:
                self.login(row, tt, p["library"]["ip"], p["library"]["dev"], UA_STRINGS[0], "US", False, (7018, ISP["att"][1]))
                self._obs.append("public_library_computer")
            elif p.get("campus") and x < 0.8:
                self.login(row, tt, r.choice(p["campus"]["ips"]), dev, ua, "US", False, (r.randint(100, 60000), p["campus"]["name"]))
                self._obs.append("university_network")
            elif p["mobile"] and x < 0.88 and p["country"] == "US":
                self.login(row, tt, r.choice(self.cgnat), p["devices"][0], UA_STRINGS[6 + r.randrange(2)], "US", False,
                           (21928, ISP["tmobile"][1]))
                self._obs.append("mobile_cgnat")
            elif p.get("traveler") and x < 0.92:
                self.login(row, tt, r.choice(self.hotel), dev, ua, "US", False, (7018, ISP["att"][1]))
                self._obs.append("hotel_wifi")
            else:
                self.login(row, tt, r.choice(p["home_ips"]), dev, ua, p["country"], False, (isp_meta[0], isp_meta[1]))
        if kind in ("employee", "contractor"):
            self.honest_work(p, row, kind, emp, t)

    def honest_work(self, p, row, kind, emp, t):
        r = self.rng
        # payments
        npay = r.randint(1, 6)
        method, dest = "bank", p.get("payout") or p["bank"]
        if p.get("payout_method"):
            method = p["payout_method"]
        elif kind == "contractor" and p["country"] != "US" and r.random() < 0.35:
            method, dest = "wallet", f"payoneer:{p['email']}" if r.random() < 0.6 else f"wise:{p['first'].lower()}{p['last'].lower()}{r.randint(1, 99)}"
            self._obs.append("payment_service")
        amt = r.choice([2800, 3500, 4200, 5100, 6400, 7800, 9100]) * (1 if kind == "employee" else r.uniform(0.6, 1.4))
        for i in range(npay):
            self.payments.append({"_k": row["_k"], "ts": self.iso(t + timedelta(days=14 * (i + 1))),
                                  "amount": f"{amt:.2f}", "currency": "USD" if p["country"] == "US" else r.choice(["USD", "EUR", "GBP"]) if method != "bank" else {"GB": "GBP", "DE": "EUR", "FR": "EUR", "PL": "PLN", "CA": "CAD", "IN": "INR"}.get(p["country"], "USD"),
                                  "method": method, "destination": dest})
        # shipment of a laptop
        if emp is not None and r.random() < 0.7:
            asset = p.get("asset") or (("C02" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))) if emp["mac"]
                                       else "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(7)))
            if self.rng.random() < 0.04 and getattr(self, "reissue_pool", None):
                asset = self.reissue_pool.pop(0)
                self._obs.append("asset_reissued")
            elif self.rng.random() < 0.08:
                self.reissue_pool = getattr(self, "reissue_pool", []) + [asset]
            addr = p.get("ship_to") or (emp["office"] if r.random() < 0.07 else p["addr"])
            if addr == emp["office"] and not p.get("ship_to"):
                self._obs.append("office_shipping")
            self.shipments.append({"_k": row["_k"], "ts": self.iso(t + timedelta(days=r.randint(1, 20))),
                                   "asset": asset, "address": addr})
        # endpoint telemetry
        if emp is not None and emp["osquery"] and r.random() < 0.85:
            dev = p["devices"][0] if r.random() < 0.3 else self.hexid()
            mac = emp["mac"]
            tt = t + timedelta(days=r.randint(2, 60))
            E = lambda k, v, **kw: self.endpoint.append(dict({"_k": row["_k"], "ts": self.iso(tt), "device_id": dev, "kind": k, "value": v}, **kw))
            E("system", r.choice(SYSTEMS_MAC if mac else SYSTEMS_WIN))
            self._obs += ["personal_remote_tool", "desk_kvm_switch", "homelab_ipkvm", "usb_gadget", "second_keyboard",
                          "korean_keyboard"]
            E("timezone", p.get("os_tz") or p["tz"])
            kb = KEYBOARD.get(p["country"], "en-US")
            if p.get("heritage_kb"):
                E("keyboard", kb)
                kb = p["heritage_kb"]
            E("keyboard", kb)
            for proc in r.sample(COMMON_PROCS_MAC if mac else COMMON_PROCS_WIN, r.randint(5, 10)):
                E("process", proc)
            for tool in ([emp["rmm"]] if emp["rmm"] else []) + ([p["rtool"]] if p.get("rtool") else []):
                E("process", REMOTE_TOOLS[tool][0][0])
                if REMOTE_TOOLS[tool][1] and r.random() < 0.5:
                    E("listening_port", REMOTE_TOOLS[tool][1])
            for (nm, v, pid) in r.sample(COMMON_USB, r.randint(1, 4)) + p.get("usb_extra", []):
                E("usb", nm, vendor_id=v, product_id=pid)
            for d in r.sample(DISPLAYS, r.randint(0, 2)):
                E("display", d)
            gw = p.get("gw") or ":".join(f"{r.randrange(256):02x}" for _ in range(6))
            p["gw"] = gw
            E("gateway_mac", gw)
            E("network", p.get("ssid") or r.choice(["NETGEAR", "xfinitywifi-home", "ATT", "Linksys", "TP-Link_", "MySpectrumWiFi", "eero", "FRITZ!Box 7590", "BTHub6"]) + f"-{r.randint(10, 99)}")

    # ----------------------------------------------------------------- honest scenarios
    def honest_population(self, target):
        r = self.rng
        start = len(self.subjects)
        # (scenario, share of honest rows, mean rows per draw): a draw's weight is share / size
        shares = [("household", 9.0, 2.8), ("reapplicant", 5.0, 2.6), ("apartment", 2.5, 7.5), ("dorm", 1.2, 15),
                  ("military", 0.4, 7.5), ("rv_forwarder", 0.4, 8.5), ("freight_forwarder", 0.5, 5),
                  ("staffing_vendor", 2.5, 20), ("consultancy", 0.6, 4), ("recruiter", 1.2, 9), ("bootcamp", 1.0, 16.5),
                  ("name_collision", 1.5, 3), ("caregiver", 0.7, 4), ("coworking", 0.8, 4), ("placeholder", 0.3, 1),
                  ("dual_country", 2.5, 1), ("exchange_crypto", 0.2, 4), ("library", 0.4, 4),
                  ("resume_service", 0.8, 6.5)]
        single = 100.0 - sum(x[1] for x in shares)
        scen = [("single", single)] + [(n, sh / sz) for n, sh, sz in shares]
        while len(self.subjects) - start < target:
            s = _w(r, scen)
            getattr(self, "h_" + s)()
        # trim any overshoot from the end (keeps determinism)
        while len(self.subjects) - start > target:
            k = self.subjects.pop()["_k"]
            del self.truth[k]
        keep = {s["_k"] for s in self.subjects}
        for tb in ("logins", "endpoint", "payments", "shipments"):
            setattr(self, tb, [x for x in getattr(self, tb) if x["_k"] in keep])

    def decorate(self, p):
        """Individual honest traits at real-life rates."""
        r = self.rng
        if r.random() < 0.08:
            p["vpn"] = _w(r, [("NordVPN", 40), ("ExpressVPN", 25), ("ProtonVPN", 20), ("Surfshark", 15)])
            p["kinds"].append("consumer_vpn")
        if p["mobile"] and p["country"] == "US":
            p["kinds"].append("mobile_cgnat")
        if r.random() < 0.05:
            p["traveler"] = True
            p["kinds"].append("hotel_wifi")
        if r.random() < 0.05:
            p["phone"] = self.phone("US", fmt=r.randrange(4) if p["country"] == "US" else r.choice([2, 3]))  # Google Voice / TextNow
            p["kinds"].append("voip_number")
        if r.random() < 0.04:
            p["rtool"] = r.choice(["Chrome Remote Desktop", "RustDesk", "Parsec", "AnyDesk", "TeamViewer"])
            p["kinds"].append("personal_remote_tool")
        if r.random() < 0.03:
            p["usb_extra"] = [r.choice(DESK_KVM)]
            p["kinds"].append("desk_kvm_switch")
        if r.random() < 0.004:
            p["usb_extra"] = p.get("usb_extra", []) + [r.choice(IPKVM)]
            p["kinds"].append("homelab_ipkvm")
        if r.random() < 0.005:
            p["usb_extra"] = p.get("usb_extra", []) + [r.choice(USB_GADGET_HONEST)]
            p["kinds"].append("usb_gadget")
        hk = HERITAGE_KEYBOARD.get(p["culture"])
        if hk and p["country"] in ("US", "CA", "GB", "AU") and r.random() < 0.12:
            p["heritage_kb"] = hk
            p["kinds"].append("korean_keyboard" if hk == "ko-KR" else "second_keyboard")
        return p

    def h_single(self):
        p = self.decorate(self.person())
        self.honest_row(p)

    def h_household(self):
        r = self.rng
        country = self.country()
        base = self.decorate(self.person(country))
        n = _w(r, [(2, 50), (3, 25), (4, 15), (5, 7), (6, 3)])
        shared_dev = [self.hexid()] if r.random() < 0.4 else []
        landline = base["phone"] if r.random() < 0.2 else None
        joint = base["bank"] if r.random() < 0.35 else None
        shared_email = r.random() < 0.1
        parent_recovery = r.random() < 0.5
        members = [base]
        for i in range(n - 1):
            m = self.person(country, base["culture"] if r.random() < 0.85 else None)
            if r.random() < 0.8:
                m["last"] = base["last"]
                m["email"] = self.email(m["first"], m["last"], m["culture"], country)
            m.update({"addr": base["addr"], "home_ips": base["home_ips"], "home_isp": base["home_isp"],
                      "state": base["state"]})
            if i == 0 and n >= 3:
                m["dob"] = base["dob"][:4] + m["dob"][4:]
            elif i >= 1:
                m["dob"] = self.dob(1995, 2008)
            members.append(self.decorate(m))
        for j, m in enumerate(members):
            m["kinds"].append("household")
            if shared_dev:
                m["shared_devices"] = shared_dev
                m["kinds"].append("shared_family_device")
            if landline and r.random() < 0.6:
                m["phone"] = landline
                m["kinds"].append("household_phone")
            if shared_email and j == 1:
                m["email"] = base["email"]
                m["kinds"].append("couple_shared_email")
                base["kinds"].append("couple_shared_email")
            if joint and j <= 1:
                m["payout"] = joint
                m["kinds"].append("joint_account")
            if parent_recovery and j >= 1:
                m["rec_email"] = base["email"]
                m["rec_phone"] = base["phone"]
                m["kinds"].append("parent_recovery")
        for m in members:
            self.honest_row(m, kind=("account" if r.random() < 0.45 else None))

    def h_reapplicant(self):
        r = self.rng
        p = self.decorate(self.person())
        p["kinds"].append("reapplicant")
        k = _w(r, [(2, 60), (3, 25), (4, 10), (5, 5)])
        emp0 = self.pick_employer()
        t = self.created()
        for i in range(k):
            if i > 0:
                if r.random() < 0.2:
                    p["email"] = self.email(p["first"], p["last"], p["culture"], p["country"])
                if r.random() < 0.1:
                    p["phone"] = self.phone(p["country"], p["state"])
                if r.random() < 0.15:
                    p["addr"] = self.address(p["country"])[0]
                if p.get("resume") and r.random() < 0.7:
                    lines = p["resume"].split("\n")
                    lines.insert(min(len(lines), 11), "- " + self.bullet())
                    p["resume"] = "\n".join(lines)
            rehire = (i == k - 1 and r.random() < 0.35)
            emp = emp0 if (rehire or r.random() < 0.3) else self.pick_employer()
            kinds = ["rehire"] if rehire else []
            self.honest_row(p, kind=("employee" if rehire else "applicant"), employer=emp,
                            created=t + timedelta(days=40 * i + r.randint(0, 30)), extra_kinds=kinds)

    def h_apartment(self):
        r = self.rng
        a, c = self.us_address()
        base = a.split(",")[0]
        rest = ",".join(a.split(",")[1:])
        for i in range(r.randint(3, 12)):
            p = self.decorate(self.person("US"))
            unit = f" Apt {r.randint(1, 30)}{r.choice('ABCD')}" if r.random() < 0.7 else ""
            p["addr"] = base + unit + "," + rest
            p["kinds"].append("apartment_building")
            self.honest_row(p)

    def h_dorm(self):
        r = self.rng
        u = r.choice(self.universities)
        for i in range(r.randint(5, 25)):
            p = self.decorate(self.person(_w(r, [("US", 80), ("IN", 6), ("CN", 5), ("KR", 4), ("NG", 2), ("VN", 3)])))
            p["addr"] = u["dorm"]
            p["campus"] = u
            p["kinds"] += ["student_housing", "university_network"]
            p["dob"] = self.dob(2000, 2006)
            txt = self.resume_text(p["first"], p["last"], p["email"], p["phone"], title="Software Engineering Intern",
                                   school=u["name"], companies=["Campus IT Help Desk", r.choice(PAST_EMPLOYERS)],
                                   extra=f"Career Center resume template — {u['name']}")
            self.honest_row(p, kind="applicant", resume_text=txt)

    def h_military(self):
        r = self.rng
        a = r.choice(self.military)
        for i in range(r.randint(3, 12)):
            p = self.decorate(self.person("US"))
            p["addr"] = a
            p["kinds"].append("military_mail")
            p["travel_country"] = r.choice(["DE", "JP", "KR"])
            self.honest_row(p)

    def h_rv_forwarder(self):
        r = self.rng
        a = r.choice(self.rv_forwarders)
        for i in range(r.randint(3, 14)):
            p = self.decorate(self.person("US"))
            p["addr"] = a.replace(",", f" #{r.randint(1000, 99999)},", 1) if r.random() < 0.6 else a
            p["ship_to"] = p["addr"]
            p["mobile"] = True
            p["traveler"] = True
            p["kinds"] += ["mail_forwarding_rv", "mobile_cgnat"]
            self.honest_row(p, kind=r.choice(["employee", "contractor", "applicant", "account"]))

    def h_freight_forwarder(self):
        r = self.rng
        a = r.choice(self.freight_forwarders)
        abroad = r.choice(["PH", "MX", "PT", "TH", "CN", "VN", "AE", "KR"])
        for i in range(r.randint(2, 8)):
            p = self.decorate(self.person("US"))
            p["travel_country"] = abroad
            p["ship_to"] = a + (f" Suite {r.randint(100, 9999)}" if r.random() < 0.6 else "")
            p["kinds"] += ["freight_forwarder_expat", "dual_country"]
            if abroad == "CN" and r.random() < 0.7:
                p["vpn"] = "Astrill"
                p["kinds"].append("astrill_expat")
            self.honest_row(p, kind=r.choice(["employee", "contractor", "contractor"]))

    def h_staffing_vendor(self):
        r = self.rng
        vname = f"{r.choice(EMPLOYER_WORDS_A)} {r.choice(['Staffing', 'Consulting Group', 'IT Solutions', 'Talent'])}"
        vdom = vname.lower().replace(" ", "") + ".com"
        vacct = f"{r.randint(10000000, 39999999):09d}-{r.randint(10 ** 7, 10 ** 10)}"
        recruiter_phone = self.phone("US", fmt=2)
        emp = self.pick_employer()
        vpn = [self.host_ip()[0] for _ in range(3)]
        for i in range(r.randint(5, 35)):
            c = _w(r, [("US", 55), ("IN", 30), ("PH", 5), ("PL", 5), ("MX", 5)])
            p = self.decorate(self.person(c))
            p["payout"] = vacct
            p["kinds"].append("staffing_vendor_payout")
            if r.random() < 0.4:
                p["email"] = f"{p['first'][0].lower()}{p['last'].lower().replace(' ', '')}{r.randint(1, 99)}@{vdom}"
                p["kinds"].append("vendor_email_domain")
            if r.random() < 0.3:
                p["phone"] = recruiter_phone
                p["kinds"].append("recruiter_contact")
            txt = None
            if r.random() < 0.6:
                txt = self.resume_text(p["first"], p["last"], p["email"], p["phone"],
                                       extra=f"Submitted by {vname} — Confidential candidate profile. Rates and availability on request.")
            self.honest_row(p, kind="contractor", employer=emp, resume_text=txt)

    def h_consultancy(self):
        r = self.rng
        acct = f"{r.randint(10000000, 39999999):09d}-{r.randint(10 ** 7, 10 ** 10)}"
        office = self.us_address(unit=f"Suite {r.randint(100, 500)}")[0]
        ip = self.isp_ip("comcast")
        for i in range(r.randint(2, 6)):
            p = self.decorate(self.person("US"))
            p["payout"] = acct
            p["home_ips"] = p["home_ips"] + [ip]
            if r.random() < 0.5:
                p["ship_to"] = office
            p["kinds"].append("small_consultancy_llc")
            self.honest_row(p, kind="contractor")

    def h_recruiter(self):
        r = self.rng
        rphone, remail = self.phone("US", fmt=3), f"recruiting{r.randint(1, 99)}@{r.choice(EMPLOYER_WORDS_A).lower()}talent.com"
        for i in range(r.randint(3, 15)):
            p = self.decorate(self.person())
            p["kinds"].append("recruiter_submitted")
            if r.random() < 0.7:
                p["phone"] = rphone
            else:
                p["email"] = remail
            self.honest_row(p, kind="applicant")

    def h_bootcamp(self):
        r = self.rng
        bc = r.choice(BOOTCAMPS)
        capstone = [self.bullet() for _ in range(4)]
        repo = f"https://github.com/{bc.lower().replace(' ', '-')}-cohort-{r.randint(10, 99)}/capstone"
        for i in range(r.randint(8, 25)):
            p = self.decorate(self.person("US"))
            p["profiles"] = [repo]
            p["kinds"].append("bootcamp_cohort")
            txt = self.resume_text(p["first"], p["last"], p["email"], p["phone"], title="Full Stack Developer",
                                   school=f"{bc} — Software Engineering Immersive", companies=[f"{bc} Capstone", r.choice(PAST_EMPLOYERS)],
                                   bullets=capstone[:2] + [self.bullet()] + capstone[2:],
                                   skills=["JavaScript", "React", "Node.js", "PostgreSQL", "Express", "HTML/CSS"] + r.sample(SKILLS, 3))
            self.honest_row(p, kind="applicant", resume_text=txt)

    def h_resume_service(self):
        r = self.rng
        summ = f"{r.choice(SUMMARIES).format(t='professional', y=5, a='leadership', b='communication')} Proven ability to deliver measurable results."
        for i in range(r.randint(3, 10)):
            p = self.decorate(self.person())
            p["kinds"].append("resume_service_template")
            txt = self.resume_text(p["first"], p["last"], p["email"], p["phone"], extra=summ + " References available upon request.")
            self.honest_row(p, kind="applicant", resume_text=txt)

    def h_name_collision(self):
        r = self.rng
        culture = r.choice(["anglo", "hispanic", "korean", "chinese", "indian", "vietnamese", "arabic"])
        f, l = r.choice(NAMES[culture][0][:6]), r.choice(NAMES[culture][1][:4])
        for i in range(r.randint(2, 4)):
            p = self.decorate(self.person(r.choice(["US", "US", "US", "CA", "GB", "KR", "IN"]), culture))
            p["first"], p["last"] = f, l
            p["email"] = self.email(f, l, culture, p["country"])
            p["kinds"].append("common_name")
            self.honest_row(p)

    def h_caregiver(self):
        r = self.rng
        cg = self.decorate(self.person("US"))
        cg["kinds"].append("caregiver")
        self.honest_row(cg, kind="account")
        for i in range(r.randint(2, 4)):
            p = self.decorate(self.person("US", cg["culture"]))
            p["dob"] = self.dob(1930, 1955)
            p["rec_email"], p["rec_phone"] = cg["email"], cg["phone"]
            if r.random() < 0.5:
                p["shared_devices"] = [cg["devices"][0]]
                p["home_ips"] = cg["home_ips"]
            if r.random() < 0.2:
                p["addr"] = r.choice(["1200 Sunrise Senior Living Dr, Tampa, FL 33612", "77 Brookdale Way, Phoenix, AZ 85016"])
                p["kinds"].append("assisted_living")
            p["kinds"].append("caregiver_managed")
            self.honest_row(p, kind="account", photo_mode=None)

    def h_coworking(self):
        r = self.rng
        cw = r.choice(self.coworking)
        for i in range(r.randint(2, 6)):
            p = self.decorate(self.person("US"))
            p["cowork"] = cw
            if r.random() < 0.3:
                p["addr"] = cw["addr"]
            p["kinds"].append("coworking_space")
            self.honest_row(p, kind=r.choice(["contractor", "applicant", "employee"]))

    def h_library(self):
        r = self.rng
        lib = r.choice(self.libraries)
        for i in range(r.randint(2, 6)):
            p = self.decorate(self.person("US"))
            p["library"] = lib
            p["kinds"].append("public_library_computer")
            self.honest_row(p, kind=r.choice(["applicant", "account"]))

    def h_placeholder(self):
        r = self.rng
        p = self.decorate(self.person("US"))
        ph = r.choice(["nid", "phone", "email"])
        if ph == "nid":
            p["nid"] = r.choice(["000-00-0000", "123-45-6789", "999-99-9999"])
        elif ph == "phone":
            p["phone"] = r.choice(["(000) 000-0000", "555-555-5555", "+1 111 111 1111"])
        else:
            p["email"] = r.choice(["none@none.com", "noemail@gmail.com", "na@na.com"])
        p["kinds"].append("placeholder_value")
        self.honest_row(p, kind=r.choice(["applicant", "employee"]))

    def h_dual_country(self):
        r = self.rng
        c2 = r.choice(["KR", "IN", "MX", "PH", "VN", "CN", "GB", "DE", "NG", "BR", "PL", "UA", "TR", "JP"])
        p = self.decorate(self.person("US", culture=self.culture_for(c2) if r.random() < 0.7 else None))
        p["travel_country"] = c2
        p["kinds"].append("dual_country")
        if r.random() < 0.3:
            p["phone"] = self.phone(c2)
            p["kinds"].append("foreign_phone")
        if r.random() < 0.3:
            p["os_tz"] = r.choice(TZ[c2])
        if c2 == "CN" and r.random() < 0.6:
            p["vpn"] = "Astrill"
            p["kinds"].append("astrill_expat")
        self.honest_row(p, kind=r.choice(["employee", "contractor", "applicant", "account"]))

    def h_exchange_crypto(self):
        r = self.rng
        omni = r.choice(["rEb8TK3gBgk5auZkwc6sHnwrGVJH8DuaLh", "GDUKMGUGDZQK6YHYA5Z6AY2G4XDSZPSZ3SW5UN3ARVMO6QSRDWP5YLEX"])
        for i in range(r.randint(2, 6)):
            p = self.decorate(self.person(r.choice(["US", "PL", "UA", "SG", "AE", "PT"])))
            p["payout_method"] = "crypto"
            p["payout"] = omni  # custodial exchange omnibus address; the memo/tag is not in the export
            p["kinds"].append("exchange_omnibus_crypto")
            self.honest_row(p, kind="contractor")

    # ----------------------------------------------------------------- fraud
    def fraud_population(self, target):
        r = self.rng
        rid = 0
        self.front = []
        start = len(self.subjects)
        self.victims = []
        while len(self.subjects) - start < target:
            rid += 1
            style = _w(r, [("farm", 30), ("swarm", 30), ("freelance", 18), ("rented", 8), ("lone", 14)])
            self.make_ring(f"R{rid:03d}", style, target - (len(self.subjects) - start))
        return rid

    def make_front_companies(self, ring, k, op_emails):
        r = self.rng
        out = []
        ip, _ = self.host_ip()
        for i in range(k):
            nm = f"{r.choice(FRONT_WORDS)} {r.choice(FRONT_SUFFIX)}"
            dom = nm.lower().replace(" ", "").replace("llc", "") + r.choice([".com", ".net", ".io", ".co", ".tech"])
            reg = self.ts(datetime(2020, 6, 1, tzinfo=timezone.utc), datetime(2024, 12, 1, tzinfo=timezone.utc))
            self.domains.append({"domain": dom, "company": nm, "registered_at": reg.strftime("%Y-%m-%d"),
                                 "registrant_email": r.choice(op_emails) if r.random() < 0.6 else "privacy@domainsbyproxy.com",
                                 "ip": ip if r.random() < 0.7 else self.host_ip()[0],
                                 "nameservers": r.choice(["dns1.registrar-servers.com;dns2.registrar-servers.com",
                                                          "ns1.cloudflare.com;ns2.cloudflare.com"])})
            out.append((nm, dom))
        return out

    def make_ring(self, ring, style, remaining):
        r = self.rng
        # --- ring-level infrastructure
        big = 2 if r.random() < 0.12 else 1          # a few large operations (Chapman: 68 identities)
        n_persona = {"farm": r.randint(2, 12) * big, "swarm": r.randint(3, 14) * big, "freelance": r.randint(2, 9) * big,
                     "rented": 1, "lone": 1}[style]
        n_persona = max(1, min(n_persona, remaining, max(3, self.fraud_target // 5)))
        sloppy = r.random()  # 0 = careful tradecraft, 1 = sloppy
        op_country = _w(r, [("CN", 65), ("RU", 20), ("LA", 5), ("NG", 5), ("AE", 5)])
        op_isp = {"CN": "unicom", "RU": "rostelecom"}.get(op_country, "chinanet")
        op_ips = [self.isp_ip(op_isp) for _ in range(r.randint(1, 4))]
        op_devices = [self.hexid() for _ in range(r.randint(1, 3))]
        op_emails = [self.email(r.choice(NAMES["anglo"][0]), r.choice(NAMES["anglo"][1]), "anglo", "US",
                                provider=r.choice(["gmail.com", "outlook.com", "hotmail.com"]), style=5) for _ in range(r.randint(1, 3))]
        op_phones = [self.phone("US", fmt=r.choice([2, 3])) for _ in range(r.randint(1, 2))]   # VOIP numbers
        astrill = self.vpn_pools["Astrill"]
        farms = []
        if style in ("farm", "rented") or (style == "swarm" and r.random() < 0.3):
            for i in range(1 if style == "rented" else r.choice([1, 1, 2, 3])):
                a, c = self.us_address()
                farms.append({"addr": a, "ip": self.isp_ip(r.choice(HOME_ISP["US"])), "gw": ":".join(f"{r.randrange(256):02x}" for _ in range(6)),
                              "ssid": r.choice(["NETGEAR", "Spectrum", "ATT", "TP-Link"]) + f"-{r.randint(10, 99)}",
                              "kvm": r.choice(IPKVM) if r.random() < 0.55 else None,
                              "tool": r.choice(["AnyDesk", "RustDesk", "Chrome Remote Desktop", "TeamViewer", "Splashtop", "Zoho Assist"]),
                              "tz": r.choice(["America/Chicago", "America/New_York", "America/Phoenix", "America/Los_Angeles"])})
        fac_banks = [f"{r.randint(10000000, 39999999):09d}-{r.randint(10 ** 7, 10 ** 10)}" for _ in range(r.randint(1, 3))]
        shell_llc = r.random() < 0.4
        wallets = [f"payoneer:{r.choice(op_emails)}", f"wise:{self.hexid(8)}"][: r.randint(1, 2)]
        crypto = ["T" + "".join(r.choice("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz") for _ in range(33)),
                  "0x" + self.hexid(40)][: r.randint(1, 2)]
        base_resumes = []
        fronts = self.make_front_companies(ring, r.randint(0, 3), op_emails) if r.random() < 0.55 else []
        stock = [self.photos.params(r.getrandbits(40)) for _ in range(r.randint(1, 3))]
        rented_person = None
        if style == "rented":
            rented_person = self.person("US", culture=self.culture_for("US"))
        for pi in range(n_persona):
            if remaining <= 0:
                break
            tactics = []
            # --- identity
            if style == "rented":
                p = rented_person
                tactics.append("rented_identity")
                victim = None
            else:
                kind_id = _w(r, [("stolen", 55), ("synthetic", 35), ("borrowed", 10)])
                p = self.person("US" if r.random() < 0.73 else r.choice(["GB", "CA", "DE", "PL", "AU", "JP", "SG"]))
                victim = None
                if kind_id in ("stolen", "borrowed") and p["country"] == "US":
                    tactics.append("stolen_identity" if kind_id == "stolen" else "borrowed_identity")
                    victim = dict(p)
                    victim["kinds"] = ["identity_theft_victim"]
                    victim["email"] = self.email(p["first"], p["last"], p["culture"], "US")
                else:
                    tactics.append("synthetic_identity")
                    p["nid"] = self.national_id(p["country"])
                # operator contacts replace the real ones
                if r.random() < 0.8:
                    p["email"] = self.email(p["first"], p["last"], p["culture"], p["country"],
                                            provider=_w(r, [("gmail.com", 45), ("outlook.com", 30), ("hotmail.com", 20), ("proton.me", 5)]),
                                            style=r.choice([0, 1, 5, 6]))
                    tactics.append("webmail")
                p["phone"] = r.choice(op_phones) if r.random() < 0.25 * sloppy + 0.05 else \
                    self.phone("US", fmt=None if p["country"] == "US" else 2)
                if p["phone"] in op_phones:
                    tactics.append("shared_phone")
                tactics.append("voip_phone")
                if victim is not None and r.random() < 0.35:
                    self.victims.append(victim)
            # claimed address
            if farms and r.random() < 0.45:
                p["addr"] = r.choice(farms)["addr"]
                tactics.append("laptop_farm_address")
            rows_for_persona = 1
            if style in ("swarm", "rented", "freelance"):
                rows_for_persona = _w(r, [(1, 45), (2, 25), (3, 15), (4, 10), (6, 5)]) if style != "rented" else r.randint(4, 13)
            rows_for_persona = min(rows_for_persona, remaining)
            # photo
            photo_plan = _w(r, [("none", 25), ("ai_edit", 35), ("same_stock", 15 * sloppy + 5), ("own", 20), ("default", 5)])
            # resume
            if not base_resumes or (r.random() < 0.3 * (1 - sloppy) and len(base_resumes) < 4):
                companies = ([f[0] for f in fronts] + r.sample(PAST_EMPLOYERS, 2)) if fronts else r.sample(PAST_EMPLOYERS, 3)
                r.shuffle(companies)
                base_resumes.append({"title": r.choice(TITLES[:14]), "school": r.choice(SCHOOLS_INTL[:6] + SCHOOLS_NA),
                                     "companies": companies[:4], "bullets": [self.bullet() for _ in range(12)],
                                     "skills": r.sample(SKILLS, 10)})
            br = r.choice(base_resumes)
            for j in range(rows_for_persona):
                rt = list(tactics)
                kind = {"farm": _w(r, [("employee", 55), ("contractor", 30), ("applicant", 15)]),
                        "swarm": _w(r, [("applicant", 80), ("contractor", 10), ("employee", 10)]),
                        "freelance": _w(r, [("account", 55), ("contractor", 35), ("applicant", 10)]),
                        "rented": _w(r, [("employee", 60), ("contractor", 40)]),
                        "lone": _w(r, [("applicant", 50), ("employee", 25), ("contractor", 15), ("account", 10)])}[style]
                if rows_for_persona > 1:
                    rt.append("multi_employer")
                emp = self.pick_employer() if kind != "account" else None
                t = self.created()
                row = {"kind": kind, "full_name": f"{p['first']} {p['last']}", "email": p["email"], "phone": p["phone"],
                       "address": p["addr"], "country": p["country"], "created_at": self.iso(t), "_emp": emp}
                if kind in ("employee", "contractor") or r.random() < 0.7:
                    row["birth_date"] = p["dob"]
                if kind in ("employee", "contractor") or r.random() < 0.3:
                    row["national_id"] = self.hash_id(p["nid"])
                if emp is not None:
                    row["employer"] = emp["name"]
                if kind == "applicant" and j > 0 and style == "swarm" and r.random() < 0.3 * sloppy:
                    # gmail dot-variant of the same inbox (Jasper Sleet: many accounts)
                    loc, dom = p["email"].split("@")
                    if dom == "gmail.com" and len(loc) > 3:
                        k = r.randint(1, len(loc) - 1)
                        row["email"] = (loc[:k] + "." + loc[k:]).replace("..", ".") + "@" + dom
                        rt.append("gmail_alias")
                # photo
                if photo_plan == "ai_edit":
                    row["photo"] = self.photo_variant(r.choice(stock), "ai_edit")
                    rt.append("ai_photo")
                elif photo_plan == "same_stock":
                    row["photo"] = self.photo_variant(stock[0], r.choice(["reencode", "resize"]))
                    rt.append("photo_reuse")
                elif photo_plan == "own":
                    if p["photo_p"] is None:
                        p["photo"], p["photo_p"] = self.new_photo()
                    row["photo"] = p["photo"]
                elif photo_plan == "default":
                    row["photo"], _ = self.new_photo("default")
                # resume
                if kind != "account" and r.random() < 0.85:
                    bl = list(br["bullets"])
                    r.shuffle(bl)
                    if r.random() < 0.5:
                        bl[r.randrange(len(bl))] = self.bullet()
                    sk = list(br["skills"])
                    r.shuffle(sk)
                    txt = self.resume_text(p["first"], p["last"], row["email"], row["phone"], title=br["title"],
                                           school=br["school"], companies=br["companies"], bullets=bl, skills=sk)
                    row["resume"] = self.write_resume(txt)
                    rt.append("resume_template")
                    if fronts and any(f[0] in br["companies"] for f in fronts):
                        rt.append("front_company_history")
                # profiles
                if kind != "account" and r.random() < 0.6:
                    handle = (p["first"] + p["last"]).lower().replace(" ", "").replace("-", "")
                    pr = [f"https://www.linkedin.com/in/{handle}-{r.randint(100, 99999)}",
                          f"https://github.com/{handle}{r.choice(['dev', '0x', '-eng', ''])}{r.randint(1, 999)}"]
                    if r.random() < 0.35:
                        site = f"https://{handle}-portfolio.netlify.app" if r.random() < 0.6 else f"https://{handle}.vercel.app"
                        if r.random() < 0.3 * sloppy and fronts:
                            site = f"https://www.{fronts[0][1]}/team/{handle}"
                            rt.append("front_company_site")
                        pr.append(site)
                        rt.append("portfolio_site")
                    row["profiles"] = ";".join(pr)
                if kind == "account":
                    if r.random() < 0.4 + 0.5 * sloppy:
                        row["recovery_email"] = r.choice(op_emails)
                        rt.append("shared_recovery_email")
                    elif r.random() < 0.5:
                        row["recovery_email"] = self.email(p["first"], p["last"], p["culture"], "US", provider="outlook.com")
                    if r.random() < 0.3 + 0.4 * sloppy:
                        row["recovery_phone"] = r.choice(op_phones)
                        rt.append("shared_recovery_phone")
                    sip = r.choice(astrill) if r.random() < 0.5 else (r.choice(op_ips) if r.random() < 0.3 * sloppy + 0.1 else self.host_ip()[0])
                    row["signup_ip"] = sip
                    rt.append("astrill_signup" if sip in astrill else ("operator_ip_signup" if sip in op_ips else "vps_signup"))
                elif kind == "applicant" and r.random() < 0.3 * sloppy:
                    row["recovery_email"] = r.choice(op_emails)
                    rt.append("shared_recovery_email")
                sub = self.add_subject(row, 1, ring, rt)
                self.fraud_activity(sub, rt, kind, emp, t, p, style, sloppy, farms, op_ips, op_devices, astrill,
                                    fac_banks, shell_llc, wallets, crypto, fronts)
                remaining -= 1
                if remaining <= 0:
                    break
        # facilitator's own honest-looking account (witting) sometimes visible
        if farms and style == "farm" and r.random() < 0.25 and remaining > 0:
            fp = self.person("US")
            fp["addr"] = farms[0]["addr"]
            row = {"kind": "account", "full_name": f"{fp['first']} {fp['last']}", "email": fp["email"], "phone": fp["phone"],
                   "address": fp["addr"], "country": "US", "created_at": self.iso(self.created()), "_emp": None,
                   "signup_ip": farms[0]["ip"], "birth_date": fp["dob"]}
            self.add_subject(row, 1, ring, ["facilitator", "laptop_farm_address", "farm_ip"])

    def fraud_activity(self, row, rt, kind, emp, t, p, style, sloppy, farms, op_ips, op_devices, astrill,
                       fac_banks, shell_llc, wallets, crypto, fronts):
        r = self.rng
        n = {"applicant": r.randint(0, 4), "employee": r.randint(5, 16), "contractor": r.randint(3, 12),
             "account": r.randint(1, 8)}[kind]
        farm = r.choice(farms) if farms else None
        persona_dev = self.hexid()
        used = []
        for i in range(n):
            tt = t + timedelta(hours=r.random() * 24 * 200)
            x = r.random()
            dev = r.choice(op_devices) if r.random() < 0.15 + 0.6 * sloppy else persona_dev
            ua = r.choice(UA_STRINGS[:6])
            if farm and kind in ("employee", "contractor") and x < 0.6:
                isp = ISP[r.choice(HOME_ISP["US"])]
                self.login(row, tt, farm["ip"], persona_dev, ua, "US", False, (isp[0], isp[1]))
                used.append("farm_ip")
            elif x < 0.75:
                ip = r.choice(astrill)
                self.login(row, tt, ip, dev, ua, r.choice(["US", "US", "US", "JP", "SG", "GB"]), r.random() < 0.7, self.vpn_meta[ip])
                used.append("astrill_vpn")
            elif x < 0.75 + 0.2 * sloppy:
                isp = ISP["unicom"] if r.random() < 0.7 else ISP["rostelecom"]
                self.login(row, tt, r.choice(op_ips), dev, ua, isp[2], False, (isp[0], isp[1]),
                           outcome=r.choice(["success", "deny", "challenge"]))
                used.append("operator_ip")
            else:
                ip, h = self.host_ip()
                self.login(row, tt, ip, dev, ua, "US", r.random() < 0.4, (h[0], h[1]))
                used.append("vps_ip")
            if dev in op_devices:
                used.append("operator_device")
        for u in ["farm_ip", "astrill_vpn", "operator_ip", "vps_ip", "operator_device"]:
            if u in used:
                rt.append(u)
        if kind not in ("employee", "contractor"):
            return
        # payouts
        npay = r.randint(1, 6)
        m = _w(r, [("bank", 55), ("wallet", 30), ("crypto", 15)])
        if m == "bank":
            dest = r.choice(fac_banks)
            rt.append("shell_company_payout" if shell_llc else "facilitator_bank_payout")
        elif m == "wallet":
            dest = r.choice(wallets)
            rt.append("payment_service_payout")
        else:
            dest = r.choice(crypto)
            rt.append("crypto_payout")
        amt = r.choice([6500, 7800, 8300, 9500, 10000, 12000])
        for i in range(npay):
            self.payments.append({"_k": row["_k"], "ts": self.iso(t + timedelta(days=14 * (i + 1))), "amount": f"{amt * r.uniform(0.9, 1.1):.2f}",
                                  "currency": "USD", "method": m, "destination": dest})
        # laptop shipped to the farm (often not the claimed address)
        if emp is not None and r.random() < 0.8:
            asset = ("C02" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))) if emp["mac"] else \
                "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(7))
            if farm:
                addr = farm["addr"]
                rt.append("laptop_farm_shipment")
                if addr != p["addr"]:
                    rt.append("ship_to_other_address")
            else:
                addr = p["addr"]
            self.shipments.append({"_k": row["_k"], "ts": self.iso(t + timedelta(days=r.randint(1, 20))), "asset": asset, "address": addr})
        # endpoint at the farm
        if emp is not None and emp["osquery"] and r.random() < 0.85:
            dev = self.hexid()
            tt = t + timedelta(days=r.randint(2, 60))
            E = lambda k, v, **kw: self.endpoint.append(dict({"_k": row["_k"], "ts": self.iso(tt), "device_id": dev, "kind": k, "value": v}, **kw))
            E("system", r.choice(SYSTEMS_MAC if emp["mac"] else SYSTEMS_WIN))
            E("timezone", (farm["tz"] if farm else r.choice(TZ["US"])) if r.random() > 0.08 else "Asia/Shanghai")
            E("keyboard", "en-US")
            if r.random() < 0.06:
                E("keyboard", r.choice(["ko-KR", "zh-CN"]))
                rt.append("foreign_keyboard")
            for proc in r.sample(COMMON_PROCS_MAC if emp["mac"] else COMMON_PROCS_WIN, r.randint(4, 9)):
                E("process", proc)
            if emp["rmm"]:
                E("process", REMOTE_TOOLS[emp["rmm"]][0][0])
            tool = farm["tool"] if farm else (r.choice(["AnyDesk", "RustDesk", "Chrome Remote Desktop", "TeamViewer"]) if r.random() < 0.5 else None)
            if tool and r.random() < 0.85:
                E("process", r.choice(REMOTE_TOOLS[tool][0]))
                if REMOTE_TOOLS[tool][1] and r.random() < 0.6:
                    E("listening_port", REMOTE_TOOLS[tool][1])
                rt.append("remote_tool")
            if farm and farm["kvm"] and r.random() < 0.8:
                nm, v, pid = farm["kvm"]
                E("usb", nm, vendor_id=v, product_id=pid)
                rt.append("ip_kvm")
            for (nm, v, pid) in r.sample(COMMON_USB, r.randint(0, 2)):
                E("usb", nm, vendor_id=v, product_id=pid)
            if r.random() < 0.25:
                started = tt - timedelta(days=r.randint(3, 40))
                E("remote_session", r.choice(astrill + op_ips), started_at=self.iso(started))
                rt.append("long_remote_session")
            if farm:
                E("gateway_mac", farm["gw"])
                E("network", farm["ssid"])
                rt.append("farm_gateway")
            else:
                E("gateway_mac", ":".join(f"{r.randrange(256):02x}" for _ in range(6)))

    # ----------------------------------------------------------------- output
    def build(self):
        fraud_target = self.fraud_target = max(3, round(self.N * FRAUD_SHARE))
        self.fraud_population(fraud_target)
        n_fraud = len(self.subjects)
        # identity-theft victims appear as honest subjects
        for v in self.victims:
            if len(self.subjects) >= self.N:
                break
            v["photo"], v["photo_p"] = None, None
            v["phone"] = self.phone("US", v["state"])
            self.decorate(v)
            self.honest_row(v, kind=self.rng.choice(["account", "employee", "applicant"]))
        self.honest_population(self.N - len(self.subjects))
        self.write()
        return n_fraud

    def write(self):
        r = self.rng
        order = list(range(len(self.subjects)))
        r.shuffle(order)
        prefix = {"applicant": "APP", "employee": "EMP", "contractor": "CTR", "account": "ACC"}
        idmap = {}
        cnt = {}
        subs = []
        for i in order:
            s = self.subjects[i]
            cnt[s["kind"]] = cnt.get(s["kind"], 0) + 1
            sid = f"{prefix[s['kind']]}-{cnt[s['kind']]:06d}"
            idmap[s["_k"]] = sid
            subs.append(s)
        cols = ["id", "kind", "full_name", "email", "phone", "address", "country", "birth_date", "national_id", "photo",
                "resume", "profiles", "employer", "created_at", "recovery_email", "recovery_phone", "signup_ip"]
        with open(os.path.join(self.bundle, "subjects.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(cols)
            for s in subs:
                s = dict(s, id=idmap[s["_k"]])
                w.writerow([s.get(c, "") or "" for c in cols])
        lcols = ["subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome", "source_proxy", "asn",
                 "network_owner", "event_type", "session_id", "event_id"]
        self.logins.sort(key=lambda x: (x["ts"], x["_k"]))
        with open(os.path.join(self.bundle, "logins.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(lcols)
            for x in self.logins:
                w.writerow([idmap[x["_k"]] if c == "subject_id" else x.get(c, "") for c in lcols])
        with open(os.path.join(self.bundle, "endpoint.jsonl"), "w", encoding="utf-8") as f:
            for x in self.endpoint:
                d = {"subject_id": idmap[x["_k"]]}
                d.update({k: v for k, v in x.items() if k != "_k"})
                f.write(json.dumps(d) + "\n")
        for name, rows, cs in [("payments", self.payments, ["subject_id", "ts", "amount", "currency", "method", "destination"]),
                               ("shipments", self.shipments, ["subject_id", "ts", "asset", "address"])]:
            with open(os.path.join(self.bundle, name + ".csv"), "w", newline="", encoding="utf-8") as f:
                w = csv.writer(f)
                w.writerow(cs)
                for x in rows:
                    w.writerow([idmap[x["_k"]] if c == "subject_id" else x.get(c, "") for c in cs])
        with open(os.path.join(self.bundle, "domains.csv"), "w", newline="", encoding="utf-8") as f:
            cs = ["domain", "company", "registered_at", "registrant_email", "ip", "nameservers"]
            w = csv.writer(f)
            w.writerow(cs)
            seen = {}
            for d in self.domains:
                if d["domain"] in seen:
                    continue
                seen[d["domain"]] = 1
                w.writerow([d[c] for c in cs])
        with open(os.path.join(self.out, "truth.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["subject_id", "fraud", "ring", "kind"])
            for s in subs:
                fr, ring, kinds = self.truth[s["_k"]]
                ks = []
                for k in kinds:
                    if k not in ks:
                        ks.append(k)
                w.writerow([idmap[s["_k"]], fr, ring, ";".join(ks) if ks else ("ordinary" if not fr else "thin")])


def generate(out: str, subjects: int = 20000, seed: int = 1) -> dict:
    if np is None:
        raise SystemExit("worlds7 needs numpy")
    w = World(subjects, seed, out)
    n_fraud = w.build()
    return {"subjects": len(w.subjects), "fraud_rows": n_fraud, "logins": len(w.logins), "endpoint": len(w.endpoint),
            "payments": len(w.payments), "shipments": len(w.shipments), "photos": w.photos.n}
