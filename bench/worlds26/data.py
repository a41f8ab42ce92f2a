"""Reference data for Forkyard (world 26): places, networks, names, companies, text.

IP prefixes are plausible public ranges for the named networks, not an exact allocation map.
"""

# country -> cities: (city, IANA zone, UTC offset hours (no DST), lat, lon)
CITIES = {
    "US": [("San Francisco", "America/Los_Angeles", -8, 37.77, -122.42), ("Seattle", "America/Los_Angeles", -8, 47.61, -122.33),
           ("Los Angeles", "America/Los_Angeles", -8, 34.05, -118.24), ("Portland", "America/Los_Angeles", -8, 45.52, -122.68),
           ("Denver", "America/Denver", -7, 39.74, -104.99), ("Austin", "America/Chicago", -6, 30.27, -97.74),
           ("Chicago", "America/Chicago", -6, 41.88, -87.63), ("Dallas", "America/Chicago", -6, 32.78, -96.80),
           ("New York", "America/New_York", -5, 40.71, -74.01), ("Boston", "America/New_York", -5, 42.36, -71.06),
           ("Atlanta", "America/New_York", -5, 33.75, -84.39), ("Raleigh", "America/New_York", -5, 35.78, -78.64),
           ("Miami", "America/New_York", -5, 25.76, -80.19), ("Nashville", "America/Chicago", -6, 36.16, -86.78),
           ("Phoenix", "America/Phoenix", -7, 33.45, -112.07), ("Minneapolis", "America/Chicago", -6, 44.98, -93.27)],
    "CA": [("Toronto", "America/Toronto", -5, 43.65, -79.38), ("Vancouver", "America/Vancouver", -8, 49.28, -123.12),
           ("Montreal", "America/Toronto", -5, 45.50, -73.57)],
    "GB": [("London", "Europe/London", 0, 51.51, -0.13), ("Manchester", "Europe/London", 0, 53.48, -2.24),
           ("Edinburgh", "Europe/London", 0, 55.95, -3.19)],
    "DE": [("Berlin", "Europe/Berlin", 1, 52.52, 13.40), ("Munich", "Europe/Berlin", 1, 48.14, 11.58)],
    "PL": [("Warsaw", "Europe/Warsaw", 1, 52.23, 21.01), ("Krakow", "Europe/Warsaw", 1, 50.06, 19.94)],
    "UA": [("Kyiv", "Europe/Kyiv", 2, 50.45, 30.52), ("Lviv", "Europe/Kyiv", 2, 49.84, 24.03), ("Kharkiv", "Europe/Kyiv", 2, 49.99, 36.23)],
    "IN": [("Bengaluru", "Asia/Kolkata", 5.5, 12.97, 77.59), ("Hyderabad", "Asia/Kolkata", 5.5, 17.39, 78.49),
           ("Pune", "Asia/Kolkata", 5.5, 18.52, 73.86), ("Chennai", "Asia/Kolkata", 5.5, 13.08, 80.27),
           ("Noida", "Asia/Kolkata", 5.5, 28.54, 77.39)],
    "VN": [("Ho Chi Minh City", "Asia/Ho_Chi_Minh", 7, 10.82, 106.63), ("Hanoi", "Asia/Bangkok", 7, 21.03, 105.85),
           ("Da Nang", "Asia/Ho_Chi_Minh", 7, 16.05, 108.20)],
    "BR": [("Sao Paulo", "America/Sao_Paulo", -3, -23.55, -46.63), ("Florianopolis", "America/Sao_Paulo", -3, -27.60, -48.55),
           ("Recife", "America/Recife", -3, -8.05, -34.88)],
    "KR": [("Seoul", "Asia/Seoul", 9, 37.57, 126.98), ("Busan", "Asia/Seoul", 9, 35.18, 129.08), ("Pangyo", "Asia/Seoul", 9, 37.39, 127.11)],
    "CN": [("Shanghai", "Asia/Shanghai", 8, 31.23, 121.47), ("Shenzhen", "Asia/Shanghai", 8, 22.54, 114.06),
           ("Hangzhou", "Asia/Shanghai", 8, 30.27, 120.15), ("Beijing", "Asia/Shanghai", 8, 39.90, 116.40)],
    "PH": [("Manila", "Asia/Manila", 8, 14.60, 120.98), ("Cebu", "Asia/Manila", 8, 10.32, 123.89)],
    "NG": [("Lagos", "Africa/Lagos", 1, 6.52, 3.38), ("Abuja", "Africa/Lagos", 1, 9.08, 7.40)],
    "PK": [("Lahore", "Asia/Karachi", 5, 31.55, 74.34), ("Karachi", "Asia/Karachi", 5, 24.86, 67.01)],
    "JP": [("Tokyo", "Asia/Tokyo", 9, 35.68, 139.69), ("Osaka", "Asia/Tokyo", 9, 34.69, 135.50)],
    "KE": [("Nairobi", "Africa/Nairobi", 3, -1.29, 36.82)],
    "SG": [("Singapore", "Asia/Singapore", 8, 1.35, 103.82)],
    "MX": [("Mexico City", "America/Mexico_City", -6, 19.43, -99.13), ("Guadalajara", "America/Mexico_City", -6, 20.67, -103.35)],
    "RU": [("Vladivostok", "Asia/Vladivostok", 10, 43.12, 131.89)],
}

# residential broadband: country -> [(asn, owner, [/16 prefixes])]
RESIDENTIAL = {
    "US": [(7922, "Comcast Cable Communications, LLC", ["73.15", "73.162", "98.207", "24.6", "76.104", "67.180"]),
           (20115, "Charter Communications", ["71.82", "97.93", "24.176", "66.190"]),
           (7018, "AT&T Services, Inc.", ["99.44", "108.220", "104.12", "76.240"]),
           (701, "Verizon Business", ["100.11", "71.178", "108.46", "72.83"]),
           (22773, "Cox Communications Inc.", ["68.98", "70.176", "98.165"])],
    "CA": [(812, "Rogers Communications Canada Inc.", ["99.224", "174.112"]), (577, "Bell Canada", ["70.48", "142.112"])],
    "GB": [(2856, "British Telecommunications PLC", ["86.128", "81.156"]), (5089, "Virgin Media Limited", ["82.13", "86.0"])],
    "DE": [(3320, "Deutsche Telekom AG", ["79.192", "91.32"]), (3209, "Vodafone GmbH", ["88.64"])],
    "PL": [(5617, "Orange Polska Spolka Akcyjna", ["83.24", "31.174"]), (12741, "Netia SA", ["83.238"])],
    "UA": [(15895, "Kyivstar PJSC", ["176.36", "46.211"]), (6849, "Ukrtelecom", ["92.112"]), (25229, "Volia", ["93.72"])],
    "IN": [(55836, "Reliance Jio Infocomm Limited", ["49.36", "157.32", "152.58"]), (24560, "Bharti Airtel Ltd.", ["122.161", "182.64"]),
           (24309, "Atria Convergence Technologies", ["106.51"]), (9829, "National Internet Backbone", ["117.200"])],
    "VN": [(7552, "Viettel Group", ["27.64", "171.224"]), (45899, "VNPT Corp", ["113.160", "14.160"]), (18403, "FPT Telecom Company", ["42.112", "118.69"])],
    "BR": [(27699, "TELEFONICA BRASIL S.A", ["177.94", "189.100"]), (28573, "Claro NXT Telecomunicacoes Ltda", ["179.218", "187.64"])],
    "KR": [(4766, "Korea Telecom", ["211.36", "121.128"]), (9318, "SK Broadband Co Ltd", ["58.120", "175.223"]), (17858, "LG POWERCOMM", ["106.101", "110.70"])],
    "CN": [(4134, "CHINANET-BACKBONE", ["116.228", "180.160"]), (4837, "CHINA UNICOM China169 Backbone", ["123.112", "112.224"])],
    "PH": [(9299, "Philippine Long Distance Telephone Company", ["112.198", "49.144"]), (17639, "Converge ICT Solutions Inc.", ["180.190"])],
    "NG": [(29465, "MTN NIGERIA Communication limited", ["102.88"]), (36873, "Airtel Networks Limited", ["197.210"])],
    "PK": [(17557, "Pakistan Telecommunication Company Limited", ["39.32", "119.152"])],
    "JP": [(4713, "NTT Communications Corporation", ["153.160", "180.12"]), (2516, "KDDI CORPORATION", ["106.128"])],
    "KE": [(33771, "Safaricom Limited", ["105.160"])],
    "SG": [(9506, "Singtel Fibre Broadband", ["116.88"])],
    "MX": [(8151, "UNINET", ["187.188", "189.203"])],
    "RU": [(12389, "PJSC Rostelecom", ["95.24", "217.150"])],
}

MOBILE = {
    "US": [(21928, "T-Mobile USA, Inc.", ["172.58", "172.56"]), (22394, "Verizon Wireless", ["174.192", "174.205"]),
           (20057, "AT&T Mobility LLC", ["166.170", "107.77"])],
    "CA": [(852, "TELUS Communications Inc.", ["206.116"])],
    "GB": [(12576, "EE Limited", ["31.94"])],
    "DE": [(6805, "Telefonica Germany GmbH", ["176.0"])],
    "IN": [(45609, "Bharti Airtel Ltd. AS for GPRS Service", ["223.176"]), (55836, "Reliance Jio Infocomm Limited", ["49.34"])],
    "VN": [(7552, "Viettel Group", ["27.72"])],
    "UA": [(34058, "lifecell LLC", ["46.133"])],
    "BR": [(26615, "TIM S/A", ["191.248"])],
    "KR": [(9644, "SK Telecom", ["223.38"])],
    "CN": [(9808, "China Mobile Communications Group", ["112.0", "117.136"])],
    "PH": [(132199, "Globe Telecom Inc.", ["112.206"])],
}

# hosting / cloud: (asn, owner, [/16 prefixes])
CLOUD = {
    "aws": (16509, "AMAZON-02", ["3.80", "18.208", "52.14", "54.86"]),
    "gcp": (396982, "GOOGLE-CLOUD-PLATFORM", ["34.74", "35.196"]),
    "azure": (8075, "MICROSOFT-CORP-MSN-AS-BLOCK", ["20.42", "40.76"]),
    "digitalocean": (14061, "DIGITALOCEAN-ASN", ["159.203", "167.99", "64.225"]),
    "hetzner": (24940, "Hetzner Online GmbH", ["95.216", "135.181"]),
    "ovh": (16276, "OVH SAS", ["51.79", "147.135"]),
    "vultr": (20473, "AS-CHOOPA", ["45.76", "149.28"]),
    "linode": (63949, "Akamai Connected Cloud", ["172.105", "139.162"]),
}

# consumer VPNs: name -> (ipintel tag, [(asn, owner, /16)])
VPNS = {
    "astrill": ("ASTRILL_VPN", [(9009, "M247 Europe SRL", "185.156"), (8100, "QuadraNet Enterprises LLC", "104.129"),
                                (60781, "LeaseWeb Netherlands B.V.", "89.187")]),
    "nord": ("NORD_VPN", [(60068, "Datacamp Limited", "185.202"), (9009, "M247 Europe SRL", "37.120")]),
    "express": ("EXPRESS_VPN", [(9009, "M247 Europe SRL", "193.37"), (396356, "Latitude.sh", "45.86")]),
    "proton": ("PROTON_VPN", [(62371, "Proton AG", "185.159"), (9009, "M247 Europe SRL", "146.70")]),
    "mullvad": ("MULLVAD_VPN", [(39351, "31173 Services AB", "193.138"), (9009, "M247 Europe SRL", "185.213")]),
    "surfshark": ("SURFSHARK_VPN", [(9009, "M247 Europe SRL", "89.38"), (60068, "Datacamp Limited", "138.199")]),
}

SECURE_GATEWAYS = {
    "zscaler": ("ZSCALER", 53813, "ZSCALER-INC", ["136.226", "165.225"]),
    "netskope": ("NETSKOPE", 55256, "NETSKOPE", ["163.116"]),
    "cloudflare_warp": ("CLOUDFLARE_WARP", 13335, "CLOUDFLARENET", ["104.28"]),
    "icloud_relay": ("ICLOUD_PRIVATE_RELAY", 36183, "Akamai Technologies, Inc.", ["172.225", "146.75"]),
}

# DPRK-linked origins seen in public reporting (slips past the VPN)
DPRK_ORIGINS = [
    ("CN", "Shenyang", 4837, "CHINA UNICOM China169 Backbone", "175.168", 41.80, 123.43),
    ("CN", "Dandong", 4837, "CHINA UNICOM China169 Backbone", "113.224", 40.12, 124.38),
    ("CN", "Yanji", 4134, "CHINANET-BACKBONE", "222.168", 42.89, 129.51),
    ("RU", "Vladivostok", 12389, "PJSC Rostelecom", "217.150", 43.12, 131.89),
    ("KP", "Pyongyang", 131279, "Star Joint Venture Co. Ltd.", "175.45", 39.02, 125.75),
    ("LA", "Vientiane", 9873, "Lao Telecom Communication, LTC", "115.84", 17.97, 102.63),
]

KEYBOARD = {"US": "en-US", "CA": "en-CA", "GB": "en-GB", "DE": "de-DE", "PL": "pl-PL", "UA": "uk-UA", "IN": "en-IN",
            "VN": "vi-VN", "BR": "pt-BR", "KR": "ko-KR", "CN": "zh-CN", "PH": "en-PH", "NG": "en-NG", "PK": "en-PK",
            "JP": "ja-JP", "KE": "en-KE", "SG": "en-SG", "MX": "es-MX", "RU": "ru-RU"}

# where honest developers live (claimed and real): weights
HOME_MIX = [("US", 52), ("IN", 9), ("GB", 5), ("DE", 4), ("CA", 4), ("BR", 4), ("CN", 3), ("VN", 2.5), ("UA", 2.5),
            ("PL", 2.5), ("KR", 2), ("PH", 2), ("NG", 1.5), ("PK", 1.5), ("JP", 1.5), ("MX", 1.5), ("KE", 1), ("SG", 1)]

FIRST = {
    "anglo": ["James", "Emily", "Michael", "Sarah", "David", "Jessica", "Chris", "Ashley", "Matt", "Lauren", "Ryan", "Megan",
              "Daniel", "Rachel", "Tyler", "Hannah", "Kevin", "Amanda", "Brian", "Nicole", "Jacob", "Olivia", "Ethan", "Grace",
              "Nathan", "Kayla", "Alex", "Jordan", "Sam", "Taylor", "Noah", "Emma", "Logan", "Claire", "Owen", "Chloe"],
    "hispanic": ["Carlos", "Maria", "Jose", "Ana", "Luis", "Sofia", "Diego", "Camila", "Javier", "Valeria", "Miguel", "Lucia"],
    "indian": ["Rahul", "Priya", "Arjun", "Ananya", "Vikram", "Sneha", "Rohan", "Pooja", "Aditya", "Divya", "Karthik", "Neha",
               "Sanjay", "Lakshmi", "Varun", "Meera", "Siddharth", "Kavya"],
    "chinese": ["Wei", "Jing", "Hao", "Xin", "Yi", "Lei", "Mei", "Jun", "Yan", "Tao", "Ling", "Chen"],
    "korean": ["Min-jun", "Ji-woo", "Seo-yeon", "Hyun-woo", "Ji-ho", "Su-bin", "Dong-hyun", "Eun-ji", "Jae-won", "Ha-eun", "Sung-min", "Yuna"],
    "vietnamese": ["Minh", "Linh", "Huy", "Trang", "Duc", "Thao", "Khanh", "Phuong", "Tuan", "Ngoc"],
    "slavic": ["Oleksandr", "Olena", "Dmytro", "Iryna", "Andriy", "Kateryna", "Serhiy", "Yulia", "Piotr", "Agnieszka", "Tomasz", "Marta"],
    "brazilian": ["Lucas", "Gabriel", "Mariana", "Rafael", "Beatriz", "Thiago", "Larissa", "Felipe", "Juliana", "Bruno"],
    "filipino": ["Mark", "Angelica", "John Paul", "Kristine", "Jericho", "Maricel", "Paolo", "Rhea"],
    "nigerian": ["Chinedu", "Ngozi", "Oluwaseun", "Funmilayo", "Emeka", "Aisha", "Tunde", "Chiamaka"],
    "japanese": ["Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina", "Takumi", "Sakura"],
    "german": ["Lukas", "Anna", "Felix", "Lena", "Jonas", "Laura", "Tobias", "Julia"],
    "pakistani": ["Ali", "Fatima", "Hamza", "Ayesha", "Usman", "Zainab"],
    "kenyan": ["Brian", "Faith", "Kevin", "Mercy", "Dennis", "Wanjiru"],
}
LAST = {
    "anglo": ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas",
              "Moore", "Martin", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall", "Young", "Allen", "King",
              "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips",
              "Campbell", "Parker", "Evans", "Edwards", "Collins", "Stewart", "Murphy", "Cook", "Rogers", "Morgan", "Bell"],
    "hispanic": ["Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Perez", "Sanchez", "Ramirez", "Torres", "Flores", "Rivera"],
    "indian": ["Sharma", "Patel", "Reddy", "Iyer", "Nair", "Gupta", "Singh", "Kumar", "Rao", "Menon", "Joshi", "Agarwal", "Krishnan", "Bhat"],
    "chinese": ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Lin"],
    "korean": ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin"],
    "vietnamese": ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do", "Ngo"],
    "slavic": ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Nowak", "Kowalski", "Wisniewski", "Lewandowski"],
    "brazilian": ["Silva", "Santos", "Oliveira", "Souza", "Costa", "Pereira", "Almeida", "Ferreira", "Carvalho", "Ribeiro"],
    "filipino": ["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Villanueva"],
    "nigerian": ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Ibrahim", "Nwosu", "Adebayo"],
    "japanese": ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura"],
    "german": ["Muller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker"],
    "pakistani": ["Khan", "Ahmed", "Malik", "Hussain", "Qureshi", "Butt"],
    "kenyan": ["Otieno", "Kamau", "Wanjiku", "Mwangi", "Ochieng", "Njoroge"],
}
# claimed country -> name origin weights (US/CA/GB mix reflects the developer workforce)
ORIGIN_MIX = {
    "US": [("anglo", 58), ("hispanic", 9), ("indian", 12), ("chinese", 8), ("korean", 4), ("vietnamese", 3), ("slavic", 3), ("filipino", 2), ("nigerian", 1)],
    "CA": [("anglo", 60), ("indian", 15), ("chinese", 12), ("korean", 4), ("filipino", 4), ("slavic", 5)],
    "GB": [("anglo", 75), ("indian", 12), ("pakistani", 5), ("nigerian", 4), ("slavic", 4)],
    "DE": [("german", 80), ("slavic", 10), ("anglo", 10)], "PL": [("slavic", 100)], "UA": [("slavic", 100)],
    "IN": [("indian", 100)], "VN": [("vietnamese", 100)], "BR": [("brazilian", 100)], "KR": [("korean", 100)],
    "CN": [("chinese", 100)], "PH": [("filipino", 100)], "NG": [("nigerian", 100)], "PK": [("pakistani", 100)],
    "JP": [("japanese", 100)], "KE": [("kenyan", 100)], "SG": [("chinese", 70), ("indian", 20), ("anglo", 10)],
    "MX": [("hispanic", 100)], "RU": [("slavic", 100)],
}
HERITAGE_KEYBOARD = {"korean": "ko-KR", "chinese": "zh-CN", "vietnamese": "vi-VN", "indian": "hi-IN", "slavic": "uk-UA",
                     "hispanic": "es-MX", "japanese": "ja-JP", "brazilian": "pt-BR"}

MAIL = {
    "default": [("gmail.com", 70), ("outlook.com", 8), ("yahoo.com", 5), ("icloud.com", 6), ("proton.me", 4), ("hotmail.com", 4), ("fastmail.com", 1)],
    "IN": [("gmail.com", 85), ("outlook.com", 6), ("yahoo.co.in", 5), ("rediffmail.com", 2)],
    "CN": [("qq.com", 45), ("163.com", 30), ("gmail.com", 20), ("outlook.com", 5)],
    "KR": [("naver.com", 55), ("gmail.com", 35), ("daum.net", 10)],
    "UA": [("gmail.com", 70), ("ukr.net", 25), ("proton.me", 5)],
    "RU": [("yandex.ru", 50), ("gmail.com", 40), ("mail.ru", 10)],
    "BR": [("gmail.com", 80), ("hotmail.com", 12), ("outlook.com", 8)],
    "DE": [("gmail.com", 50), ("gmx.de", 25), ("web.de", 15), ("posteo.de", 10)],
    "JP": [("gmail.com", 70), ("yahoo.co.jp", 30)],
}

USER_AGENTS = {
    "mac": ["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:125.0) Gecko/20100101 Firefox/125.0"],
    "win": ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.67",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0"],
    "linux": ["Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
              "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"],
    "cli": ["git/2.44.0", "git/2.39.3 (Apple Git-146)", "forkyard-cli/2.48.1 (linux; amd64)", "forkyard-cli/2.47.0 (darwin; arm64)"],
    "mobile": ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
               "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36"],
    "bot": ["forkyard-actions-runner/2.316.0", "python-requests/2.31.0", "Go-http-client/2.0", "octokit-rest.js/20.1.0"],
    "desktop": ["ForkyardDesktop/3.4.2 (macOS 14.4)", "ForkyardDesktop/3.4.2 (Windows 10.0.22631)", "ForkyardDesktop/3.3.9 (Windows 10.0.19045)"],
}
SYSTEMS = {"mac": ["MacBookPro18,3", "MacBookPro17,1", "MacBookAir10,1", "Mac14,2", "Mac15,6"],
           "win": ["Dell XPS 15 9520", "Lenovo ThinkPad T14 Gen 3", "HP EliteBook 840 G8", "ASUS ROG Strix G15", "Dell Latitude 5420",
                   "Custom PC (MSI B550)", "Lenovo Legion 5 15ACH6H"],
           "linux": ["Lenovo ThinkPad X1 Carbon Gen 9", "Framework Laptop 13", "System76 Lemur Pro", "Dell XPS 13 9310"]}
DISPLAYS = ["DELL U2720Q", "LG HDR 4K", "Color LCD", "DELL P2422H", "LG ULTRAFINE", "BenQ PD2700U", "Samsung S27R65x", "HP E24 G4"]

# employers: (company, domain, registered year, dns style)
COMPANIES = [
    ("Nimbus Ledger", "nimbusledger.com", 2014, "aws"), ("Coinvault Labs", "coinvault.io", 2017, "cloudflare"),
    ("Brightlane Health", "brightlanehealth.com", 2009, "aws"), ("Quarry Analytics", "quarryanalytics.com", 2012, "cloudflare"),
    ("Helix Robotics", "helixrobotics.ai", 2018, "cloudflare"), ("Pinecrest Bank", "pinecrestbank.com", 1999, "corp"),
    ("Ordinal Systems", "ordinalsystems.com", 2011, "aws"), ("Tessellate", "tessellate.dev", 2020, "cloudflare"),
    ("Meridian Logistics", "meridianlogistics.com", 2003, "corp"), ("Kestrel Games", "kestrelgames.com", 2010, "cloudflare"),
    ("Saltbox Payments", "saltboxpay.com", 2016, "aws"), ("Arcadia Insurance", "arcadiainsurance.com", 1998, "corp"),
    ("Lumen Grid", "lumengrid.io", 2019, "cloudflare"), ("Fieldnote", "fieldnote.app", 2021, "cloudflare"),
    ("Vantage Retail Group", "vantageretail.com", 2001, "corp"), ("Polaris Chain", "polarischain.xyz", 2021, "cloudflare"),
    ("Tidewater Media", "tidewatermedia.com", 2006, "aws"), ("Granite Cloud", "granitecloud.net", 2013, "aws"),
    ("Sable DeFi", "sabledefi.finance", 2022, "cloudflare"), ("Bluefin Software", "bluefinsoftware.com", 2008, "aws"),
    ("Corvid Security", "corvidsec.com", 2015, "cloudflare"), ("Northwind Motors", "northwindmotors.com", 1997, "corp"),
    ("Cobalt Health AI", "cobalthealth.ai", 2023, "cloudflare"), ("Stackline Capital", "stacklinecapital.com", 2012, "aws"),
    ("Riverbend University", "riverbend.edu", 1996, "corp"), ("Oakridge Energy", "oakridgeenergy.com", 2000, "corp"),
    ("Pixelmint", "pixelmint.io", 2022, "cloudflare"), ("Wavecrest Telecom", "wavecresttel.com", 2004, "corp"),
    ("Atlas Freight", "atlasfreight.co", 2016, "aws"), ("Juniper Bio", "juniperbio.com", 2018, "aws"),
]
AGENCIES = [("TalentBridge Staffing", "talentbridgestaffing.com", 2007), ("CodeHire Partners", "codehirepartners.com", 2012),
            ("Apex Tech Recruiting", "apextechrecruiting.com", 2010), ("Lighthouse Talent", "lighthousetalent.co", 2015),
            ("NearShore Devs", "nearshoredevs.com", 2017), ("Summit IT Staffing", "summititstaffing.com", 2005),
            ("Remote Crew", "remotecrew.io", 2020), ("Bayside Consulting", "baysideconsulting.com", 2009)]
FISCAL_HOSTS = ["Open Source Collective", "Open Collective Europe", "NumFOCUS", "Software Freedom Conservancy", "Commons Conservancy"]
UNIVERSITIES = [("Riverbend University", "US", "riverbend.edu"), ("State Tech Institute", "US", "statetech.edu"),
                ("Lakeshore College", "US", "lakeshore.edu"), ("University of Northbridge", "GB", "northbridge.ac.uk"),
                ("IIT Deccan", "IN", "iitdeccan.ac.in"), ("Hanyang Tech", "KR", "hanyangtech.ac.kr"),
                ("Kyiv Polytechnic", "UA", "kpi.ua"), ("Universidade Paulista Tech", "BR", "uptech.edu.br"),
                ("Toronto Metro U", "CA", "tmu-cs.ca"), ("Bach Khoa HCMC", "VN", "hcmut.edu.vn")]
BOOTCAMPS = [("LaunchCode Academy", "US"), ("Hack Reactor Pro", "US"), ("Turing Forge", "US"), ("Le Wagon Sprint", "BR"),
             ("Masai Bootcamp", "IN"), ("CodeSmith NYC", "US"), ("Northcoders UK", "GB")]
COWORKING = ["WeWork", "Regus", "Industrious", "Impact Hub", "Toong", "Dreamplex"]

SKILLS = ["Python", "Go", "Rust", "TypeScript", "React", "Node.js", "Kubernetes", "Terraform", "Java", "Kotlin", "Swift",
          "C++", "PostgreSQL", "Django", "Rails", "Vue", "GraphQL", "AWS", "Solidity", "Flutter", "Elixir", "Scala", "Spark", "PyTorch"]
TOPICS = ["distributed systems", "developer tooling", "data pipelines", "web performance", "accessibility", "compilers",
          "embedded Linux", "game engines", "observability", "security tooling", "mobile apps", "machine learning infra",
          "static site generators", "home automation", "bioinformatics", "CLI tools", "database internals"]

STREETS = ["Main St", "Oak Ave", "Maple Dr", "Pine St", "Cedar Ln", "Elm St", "Washington Ave", "Park Blvd", "Lake St",
           "Hillcrest Rd", "Sunset Blvd", "River Rd", "Highland Ave", "2nd St", "Mission St", "Broadway"]
US_STATE = {"San Francisco": ("CA", "941"), "Seattle": ("WA", "981"), "Los Angeles": ("CA", "900"), "Portland": ("OR", "972"),
            "Denver": ("CO", "802"), "Austin": ("TX", "787"), "Chicago": ("IL", "606"), "Dallas": ("TX", "752"),
            "New York": ("NY", "100"), "Boston": ("MA", "021"), "Atlanta": ("GA", "303"), "Raleigh": ("NC", "276"),
            "Miami": ("FL", "331"), "Nashville": ("TN", "372"), "Phoenix": ("AZ", "850"), "Minneapolis": ("MN", "554")}
