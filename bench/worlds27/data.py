"""Reference data for the Dialtone world: names, places, networks, devices, products."""

FIRST = {
    "anglo": (["James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Christopher",
               "Daniel", "Matthew", "Anthony", "Mark", "Steven", "Andrew", "Joshua", "Kevin", "Brian", "Ryan", "Jason",
               "Eric", "Tyler", "Brandon", "Justin", "Aaron", "Adam", "Nathan", "Kyle", "Ethan", "Logan", "Dylan"],
              ["Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen",
               "Lisa", "Nancy", "Sandra", "Ashley", "Emily", "Michelle", "Amanda", "Melissa", "Stephanie", "Rebecca",
               "Laura", "Megan", "Rachel", "Hannah", "Olivia", "Emma", "Abigail", "Madison", "Lauren", "Katie"]),
    "hispanic": (["Jose", "Luis", "Carlos", "Juan", "Miguel", "Jorge", "Alejandro", "Diego", "Javier", "Fernando",
                  "Ricardo", "Eduardo", "Manuel", "Raul", "Hector", "Mateo"],
                 ["Maria", "Ana", "Sofia", "Isabella", "Camila", "Valentina", "Lucia", "Gabriela", "Daniela", "Carmen",
                  "Rosa", "Elena", "Paola", "Adriana"]),
    "korean": (["Min-jun", "Ji-hoon", "Hyun-woo", "Sung-min", "Joon-ho", "Dong-hyun", "Jae-won", "Young-ho", "Kyung-soo",
                "Daniel", "David", "Peter", "John", "Chris"],
               ["Ji-yeon", "Soo-jin", "Min-ji", "Eun-ji", "Hye-jin", "Yoon-ah", "Seo-yeon", "Ha-eun", "Grace",
                "Esther", "Jenny", "Sarah"]),
    "chinese": (["Wei", "Jun", "Hao", "Lei", "Ming", "Jian", "Tao", "Yang", "Bo", "Kevin", "Eric", "Jason", "Leo"],
                ["Li", "Fang", "Xin", "Ying", "Mei", "Jing", "Yan", "Hui", "Lin", "Amy", "Cindy", "Grace", "Vivian"]),
    "vietnamese": (["Minh", "Anh", "Tuan", "Hung", "Duc", "Quang", "Long", "Khoa", "Bao", "Tony"],
                   ["Linh", "Trang", "Huong", "Thao", "Lan", "Mai", "Ngoc", "Vy", "Tien"]),
    "indian": (["Rahul", "Amit", "Arjun", "Vikram", "Rohan", "Sanjay", "Karthik", "Pradeep", "Suresh", "Anil", "Ravi",
                "Nikhil", "Aditya"],
               ["Priya", "Anjali", "Neha", "Pooja", "Divya", "Kavya", "Sneha", "Lakshmi", "Meera", "Aishwarya"]),
    "filipino": (["Jose", "Mark", "John Paul", "Rommel", "Jerome", "Christian", "Angelo", "Noel"],
                 ["Maricel", "Jocelyn", "Kristine", "Rowena", "Mae", "Angelica", "Joy", "Cherry"]),
    "nigerian": (["Chinedu", "Emeka", "Oluwaseun", "Tunde", "Ifeanyi", "Babajide", "Chukwuma", "Segun"],
                 ["Ngozi", "Chioma", "Funmilayo", "Adaeze", "Yetunde", "Blessing", "Folake"]),
    "slavic": (["Oleksandr", "Dmytro", "Andriy", "Serhiy", "Ivan", "Mykola", "Pavel", "Sergei", "Alexei"],
               ["Olena", "Iryna", "Natalia", "Oksana", "Tetiana", "Yulia", "Anastasia"]),
    "german": (["Lukas", "Jonas", "Felix", "Maximilian", "Tobias", "Stefan"], ["Anna", "Lena", "Katharina", "Julia", "Sabine"]),
    "japanese": (["Haruto", "Takeshi", "Kenji", "Hiroshi", "Daiki", "Ren"], ["Yui", "Sakura", "Aoi", "Yuki", "Haruka"]),
    "arabic": (["Omar", "Ahmed", "Mohammed", "Yusuf", "Khalid", "Tariq"], ["Fatima", "Aisha", "Layla", "Mariam", "Noor"]),
}
LAST = {
    "anglo": ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
              "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson",
              "Walker", "Young", "Allen", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Hill",
              "Campbell", "Mitchell", "Roberts", "Carter", "Phillips", "Evans", "Turner", "Parker", "Collins",
              "Edwards", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Cooper", "Peterson", "Reed",
              "Bailey", "Bell", "Kelly", "Howard", "Ward", "Cox", "Richardson", "Wood", "Watson", "Brooks", "Bennett",
              "Gray", "Hughes", "Price", "Sanders", "Myers", "Long", "Ross", "Foster", "Powell", "Jenkins", "Perry",
              "Russell", "Sullivan", "Fisher", "Henderson", "Coleman", "Simmons", "Patterson", "Jordan", "Reynolds"],
    "hispanic": ["Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Perez", "Sanchez", "Ramirez",
                 "Torres", "Flores", "Rivera", "Gomez", "Diaz", "Cruz", "Morales", "Reyes", "Ortiz", "Gutierrez",
                 "Chavez", "Ramos", "Mendoza", "Castillo", "Vargas", "Romero"],
    "korean": ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin", "Oh", "Seo"],
    "chinese": ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu",
                "Hu", "Lin", "Guo", "He"],
    "vietnamese": ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui", "Do"],
    "indian": ["Sharma", "Patel", "Singh", "Kumar", "Gupta", "Reddy", "Iyer", "Nair", "Rao", "Mehta", "Shah", "Joshi",
               "Agarwal", "Menon", "Pillai", "Verma"],
    "filipino": ["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Dela Cruz", "Villanueva",
                 "Aquino", "Ramos", "Castro"],
    "nigerian": ["Okafor", "Adeyemi", "Okonkwo", "Eze", "Balogun", "Nwosu", "Adebayo", "Obi", "Ogunleye", "Chukwu"],
    "slavic": ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Ivanov", "Petrov", "Kravchenko",
               "Boyko", "Smirnov"],
    "german": ["Muller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker"],
    "japanese": ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura"],
    "arabic": ["Haddad", "Khalil", "Hassan", "Nasser", "Saleh", "Mansour", "Aziz"],
}
# ethnic mix of the US population used for names on both sides
US_ORIGIN_MIX = [("anglo", 62), ("hispanic", 17), ("korean", 3), ("chinese", 4), ("vietnamese", 2), ("indian", 4),
                 ("filipino", 2), ("nigerian", 2), ("slavic", 2), ("german", 1), ("japanese", 1), ("arabic", 1)]

# country -> (name origin, [timezones], keyboard, lang of UI)
COUNTRY = {
    "US": ("anglo", ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"], "en-US"),
    "CA": ("anglo", ["America/Toronto", "America/Vancouver"], "en-CA"),
    "GB": ("anglo", ["Europe/London"], "en-GB"),
    "DE": ("german", ["Europe/Berlin"], "de-DE"),
    "PT": ("anglo", ["Europe/Lisbon"], "pt-PT"),
    "ES": ("hispanic", ["Europe/Madrid"], "es-ES"),
    "MX": ("hispanic", ["America/Mexico_City"], "es-MX"),
    "CO": ("hispanic", ["America/Bogota"], "es-CO"),
    "BR": ("hispanic", ["America/Sao_Paulo"], "pt-BR"),
    "KR": ("korean", ["Asia/Seoul"], "ko-KR"),
    "CN": ("chinese", ["Asia/Shanghai"], "zh-CN"),
    "JP": ("japanese", ["Asia/Tokyo"], "ja-JP"),
    "VN": ("vietnamese", ["Asia/Ho_Chi_Minh"], "vi-VN"),
    "TH": ("anglo", ["Asia/Bangkok"], "th-TH"),
    "PH": ("filipino", ["Asia/Manila"], "en-PH"),
    "IN": ("indian", ["Asia/Kolkata"], "en-IN"),
    "AE": ("arabic", ["Asia/Dubai"], "ar-AE"),
    "NG": ("nigerian", ["Africa/Lagos"], "en-NG"),
    "UA": ("slavic", ["Europe/Kyiv"], "uk-UA"),
    "PL": ("slavic", ["Europe/Warsaw"], "pl-PL"),
    "RU": ("slavic", ["Asia/Vladivostok"], "ru-RU"),
    "LA": ("anglo", ["Asia/Vientiane"], "lo-LA"),
    "KP": ("korean", ["Asia/Pyongyang"], "ko-KP"),
}
TZ_OFFSET = {"America/New_York": -5, "America/Chicago": -6, "America/Denver": -7, "America/Los_Angeles": -8,
             "America/Phoenix": -7, "America/Toronto": -5, "America/Vancouver": -8, "Europe/London": 0,
             "Europe/Berlin": 1, "Europe/Lisbon": 0, "Europe/Madrid": 1, "America/Mexico_City": -6,
             "America/Bogota": -5, "America/Sao_Paulo": -3, "Asia/Seoul": 9, "Asia/Shanghai": 8, "Asia/Tokyo": 9,
             "Asia/Ho_Chi_Minh": 7, "Asia/Bangkok": 7, "Asia/Manila": 8, "Asia/Kolkata": 5.5, "Asia/Dubai": 4,
             "Africa/Lagos": 1, "Europe/Kyiv": 2, "Europe/Warsaw": 1, "Asia/Vladivostok": 10, "Asia/Vientiane": 7,
             "Asia/Pyongyang": 9, "Asia/Harbin": 8}

# US cities: name, state, zip prefix, lat, lon, tz, area codes
US_CITIES = [
    ("New York", "NY", "100", 40.71, -74.0, "America/New_York", ["212", "646", "917", "718"]),
    ("Brooklyn", "NY", "112", 40.65, -73.95, "America/New_York", ["718", "347", "929"]),
    ("Boston", "MA", "021", 42.36, -71.06, "America/New_York", ["617", "857"]),
    ("Philadelphia", "PA", "191", 39.95, -75.17, "America/New_York", ["215", "267"]),
    ("Atlanta", "GA", "303", 33.75, -84.39, "America/New_York", ["404", "470", "678"]),
    ("Miami", "FL", "331", 25.76, -80.19, "America/New_York", ["305", "786"]),
    ("Orlando", "FL", "328", 28.54, -81.38, "America/New_York", ["407", "321"]),
    ("Charlotte", "NC", "282", 35.23, -80.84, "America/New_York", ["704", "980"]),
    ("Raleigh", "NC", "276", 35.78, -78.64, "America/New_York", ["919", "984"]),
    ("Washington", "DC", "200", 38.9, -77.04, "America/New_York", ["202"]),
    ("Arlington", "VA", "222", 38.88, -77.1, "America/New_York", ["703", "571"]),
    ("Columbus", "OH", "432", 39.96, -83.0, "America/New_York", ["614", "380"]),
    ("Detroit", "MI", "482", 42.33, -83.05, "America/New_York", ["313"]),
    ("Chicago", "IL", "606", 41.88, -87.63, "America/Chicago", ["312", "773", "872"]),
    ("Houston", "TX", "770", 29.76, -95.37, "America/Chicago", ["713", "281", "832"]),
    ("Dallas", "TX", "752", 32.78, -96.8, "America/Chicago", ["214", "469", "972"]),
    ("Austin", "TX", "787", 30.27, -97.74, "America/Chicago", ["512", "737"]),
    ("Nashville", "TN", "372", 36.16, -86.78, "America/Chicago", ["615", "629"]),
    ("Minneapolis", "MN", "554", 44.98, -93.27, "America/Chicago", ["612"]),
    ("Denver", "CO", "802", 39.74, -104.99, "America/Denver", ["303", "720"]),
    ("Phoenix", "AZ", "850", 33.45, -112.07, "America/Denver", ["602", "480", "623"]),
    ("Salt Lake City", "UT", "841", 40.76, -111.89, "America/Denver", ["801", "385"]),
    ("Los Angeles", "CA", "900", 34.05, -118.24, "America/Los_Angeles", ["213", "310", "323", "424"]),
    ("San Diego", "CA", "921", 32.72, -117.16, "America/Los_Angeles", ["619", "858"]),
    ("San Jose", "CA", "951", 37.34, -121.89, "America/Los_Angeles", ["408", "669"]),
    ("San Francisco", "CA", "941", 37.77, -122.42, "America/Los_Angeles", ["415", "628"]),
    ("Seattle", "WA", "981", 47.61, -122.33, "America/Los_Angeles", ["206", "253"]),
    ("Portland", "OR", "972", 45.52, -122.68, "America/Los_Angeles", ["503", "971"]),
    ("Las Vegas", "NV", "891", 36.17, -115.14, "America/Los_Angeles", ["702", "725"]),
    ("Sacramento", "CA", "958", 38.58, -121.49, "America/Los_Angeles", ["916"]),
]
FOREIGN_CITIES = {
    "CA": [("Toronto", 43.65, -79.38), ("Vancouver", 49.28, -123.12)],
    "GB": [("London", 51.51, -0.13), ("Manchester", 53.48, -2.24)],
    "DE": [("Berlin", 52.52, 13.4), ("Munich", 48.14, 11.58)],
    "PT": [("Lisbon", 38.72, -9.14), ("Porto", 41.15, -8.61)],
    "ES": [("Madrid", 40.42, -3.7), ("Barcelona", 41.39, 2.17)],
    "MX": [("Mexico City", 19.43, -99.13), ("Guadalajara", 20.67, -103.35), ("Tijuana", 32.51, -117.04)],
    "CO": [("Medellin", 6.24, -75.58), ("Bogota", 4.71, -74.07)],
    "BR": [("Sao Paulo", -23.55, -46.63), ("Florianopolis", -27.6, -48.55)],
    "KR": [("Seoul", 37.57, 126.98), ("Busan", 35.18, 129.08)],
    "CN": [("Shanghai", 31.23, 121.47), ("Beijing", 39.9, 116.41), ("Shenzhen", 22.54, 114.06), ("Shenyang", 41.8, 123.43)],
    "JP": [("Tokyo", 35.68, 139.69), ("Osaka", 34.69, 135.5)],
    "VN": [("Ho Chi Minh City", 10.82, 106.63), ("Hanoi", 21.03, 105.85), ("Da Nang", 16.05, 108.2)],
    "TH": [("Bangkok", 13.76, 100.5), ("Chiang Mai", 18.79, 98.99)],
    "PH": [("Manila", 14.6, 120.98), ("Cebu City", 10.32, 123.89), ("Davao", 7.19, 125.46)],
    "IN": [("Bengaluru", 12.97, 77.59), ("Hyderabad", 17.39, 78.49), ("Mumbai", 19.08, 72.88), ("Delhi", 28.61, 77.21)],
    "AE": [("Dubai", 25.2, 55.27)],
    "NG": [("Lagos", 6.52, 3.38), ("Abuja", 9.08, 7.4)],
    "UA": [("Kyiv", 50.45, 30.52), ("Lviv", 49.84, 24.03)],
    "PL": [("Warsaw", 52.23, 21.01), ("Krakow", 50.06, 19.94)],
    "RU": [("Vladivostok", 43.12, 131.89)],
    "LA": [("Vientiane", 17.98, 102.63)],
    "KP": [("Pyongyang", 39.04, 125.76)],
}
# residential / mobile ISPs: country -> [(asn, owner, [first octets], mobile_cgnat)]
ISPS = {
    "US": [(7922, "Comcast Cable Communications, LLC", [73, 98, 24, 67, 69], False),
           (20115, "Charter Communications", [71, 174, 76, 97], False),
           (7018, "AT&T Services, Inc.", [99, 107, 108, 104], False),
           (701, "Verizon Business", [100, 108, 96], False),
           (22773, "Cox Communications Inc.", [68, 70, 72], False),
           (5650, "Frontier Communications", [47, 50], False),
           (21928, "T-Mobile USA, Inc.", [172], True),
           (6167, "Verizon Wireless", [174], True),
           (20057, "AT&T Mobility LLC", [166], True)],
    "CA": [(812, "Rogers Communications Canada Inc.", [99, 174], False), (577, "Bell Canada", [70, 142], False)],
    "GB": [(2856, "British Telecommunications PLC", [81, 86], False), (5089, "Virgin Media Limited", [82, 86], False)],
    "DE": [(3320, "Deutsche Telekom AG", [79, 87, 91], False), (3209, "Vodafone GmbH", [88, 94], False)],
    "PT": [(3243, "MEO - Servicos De Comunicacoes E Multimedia S.A.", [85, 89], False)],
    "ES": [(3352, "Telefonica De Espana", [83, 88], False)],
    "MX": [(8151, "Uninet S.A. de C.V.", [187, 189, 201], False), (28548, "Cablevision S.A. de C.V.", [189], False)],
    "CO": [(13489, "EPM Telecomunicaciones S.A. E.S.P.", [181, 190], False)],
    "BR": [(28573, "Claro NXT Telecomunicacoes Ltda", [177, 179, 191], False)],
    "KR": [(4766, "Korea Telecom", [121, 175, 211], False), (9318, "SK Broadband Co Ltd", [1, 39, 110], False)],
    "CN": [(4837, "CHINA UNICOM China169 Backbone", [123, 175, 221], False),
           (4134, "Chinanet", [115, 116, 183], False)],
    "JP": [(2516, "KDDI Corporation", [106, 111], False), (4713, "NTT Communications Corporation", [153, 180], False)],
    "VN": [(7552, "Viettel Group", [27, 116, 171], False), (45899, "VNPT Corp", [14, 113, 123], False)],
    "TH": [(7470, "TRUE INTERNET Co.,Ltd.", [49, 58, 171], False)],
    "PH": [(9299, "Philippine Long Distance Telephone Company", [112, 119, 124], False),
           (132199, "Globe Telecom Inc.", [110, 120], True)],
    "IN": [(55836, "Reliance Jio Infocomm Limited", [49, 157, 152], True),
           (24560, "Bharti Airtel Ltd., Telemedia Services", [122, 182, 106], False)],
    "AE": [(5384, "Emirates Telecommunications Group Company (ETISALAT GROUP) PJSC", [94, 86], False)],
    "NG": [(29465, "MTN NIGERIA Communication limited", [102, 105, 197], True)],
    "UA": [(15895, "Kyivstar PJSC", [46, 176], False)],
    "PL": [(5617, "Orange Polska Spolka Akcyjna", [83, 89], False)],
    "RU": [(12389, "PJSC Rostelecom", [95, 176], False)],
    "LA": [(9873, "Lao Telecom Communication, LTD", [115, 202], False)],
    "KP": [(131279, "Ryugyong-dong", [175], False)],
}
# VPN / anonymiser exits: tag -> (asn, owner, [hosting first octets], pool size, proxy flag)
VPNS = {
    "ASTRILL_VPN": (9009, "M247 Europe SRL", [45, 89, 185], 60, True),
    "NORD_VPN": (212238, "Datacamp Limited", [37, 143, 185], 500, True),
    "EXPRESS_VPN": (396356, "Latitude.sh LTDA", [45, 91, 146], 400, True),
    "PROTON_VPN": (62371, "Proton AG", [146, 185], 250, True),
    "MULLVAD_VPN": (39351, "31173 Services AB", [193, 185], 200, True),
    "SURFSHARK": (9009, "M247 Europe SRL", [84, 92, 217], 250, True),
    "ICLOUD_PRIVATE_RELAY": (36183, "Akamai Technologies, Inc.", [172, 104], 900, True),
    "CLOUDFLARE_WARP": (13335, "Cloudflare, Inc.", [104, 162], 500, True),
}
CLOUD = [(16509, "Amazon.com, Inc.", [3, 18, 34, 52, 54]), (15169, "Google LLC", [34, 35]),
         (8075, "Microsoft Corporation", [20, 40, 52]), (14061, "DigitalOcean, LLC", [138, 159, 167]),
         (63949, "Akamai Connected Cloud", [45, 172]), (20473, "The Constant Company, LLC", [45, 149, 155]),
         (24940, "Hetzner Online GmbH", [5, 88, 95])]
RES_PROXY = (7922, "Comcast Cable Communications, LLC")  # residential proxy exits geolocate like home broadband

STREETS = ["Main St", "Oak Ave", "Maple St", "Cedar Ln", "Pine St", "Elm St", "Washington Ave", "Lake Dr",
           "Park Ave", "Hillcrest Rd", "Sunset Blvd", "Lincoln Ave", "Jefferson St", "Highland Ave", "River Rd",
           "Church St", "Meadow Ln", "Forest Dr", "Spring St", "Madison Ave", "Willow Way", "Franklin St",
           "Chestnut St", "Ridge Rd", "Valley View Dr", "Broadway", "Market St", "Commerce Dr", "Center St",
           "Airport Blvd", "Industrial Pkwy", "Technology Dr", "Corporate Blvd", "Executive Park Dr"]

FREE_MAIL = ["gmail.com"] * 10 + ["yahoo.com"] * 3 + ["outlook.com"] * 3 + ["hotmail.com"] * 2 + ["icloud.com"] * 3 + \
            ["aol.com", "proton.me", "comcast.net", "att.net"]

UAS = {
    "win": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "mac": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{v} Safari/605.1.15",
    "iphone": "Dialtone/{v}.2 (iPhone; iOS 17.{v}; Scale/3.00)",
    "android": "Dialtone/{v}.1 (Linux; Android 14; SM-S911U)",
    "softphone_win": "DialtoneDesktop/5.{v} (Windows 10.0.22631; x64) Electron/28.2.1",
    "softphone_mac": "DialtoneDesktop/5.{v} (macOS 14.{v}; arm64) Electron/28.2.1",
    "chromebook": "Mozilla/5.0 (X11; CrOS x86_64 15633.69.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "api": "dialtone-python/3.{v}.0 python-requests/2.31.0",
}
SYSTEMS = {"win": ["Dell Latitude 5540", "Lenovo ThinkPad T14 Gen 3", "HP EliteBook 840 G9", "HP ProDesk 400 G7",
                   "Dell OptiPlex 7090", "ASUS VivoBook 15", "Acer Aspire 5", "Lenovo ThinkCentre M70q"],
           "mac": ["MacBookPro18,3", "MacBookAir10,1", "Mac14,2", "iMac21,1", "Macmini9,1"]}
DISPLAYS = ["DELL P2422H", "DELL U2720Q", "LG HDR 4K", "HP E24 G5", "ASUS VG248", "Acer KA242Y", "SAMSUNG S24R35x",
            "LEN T24i-30", "Color LCD"]
HEADSETS = [("Jabra Evolve2 65", "0b0e", "24a1"), ("Jabra Engage 55", "0b0e", "2426"), ("Poly Voyager 4320", "047f", "02f6"),
            ("Logitech H390 USB Headset", "046d", "0a44"), ("Yealink UH36", "6993", "b0a6"),
            ("Poly Blackwire 3220", "047f", "c056"), ("EPOS IMPACT SC 160", "1395", "0287")]
IPKVM = [("PiKVM Composite Device", "1d6b", "0104"), ("TinyPilot Keyboard/Mouse", "1d6b", "0104"),
         ("JetKVM USB Emulation", "1d6b", "0104")]
REMOTE_TOOLS = ["AnyDesk.exe", "TeamViewer.exe", "remoting_host.exe", "RustDesk.exe", "rutserv.exe"]
MSP_TOOLS = ["ScreenConnect.ClientService.exe", "TeamViewer.exe", "LTSVC.exe", "NinjaRMMAgent.exe", "Kaseya.AgentEndpoint.exe"]
COMMON_PROC = ["DialtoneDesktop.exe", "chrome.exe", "msedge.exe", "Teams.exe", "Zoom.exe", "OUTLOOK.EXE", "slack.exe",
               "explorer.exe", "OneDrive.exe"]
MAC_PROC = ["Dialtone Desktop", "Google Chrome", "Safari", "zoom.us", "Slack", "Microsoft Outlook", "Finder"]

PLANS = {"personal": 9.99, "personal_plus": 14.99, "business": 19.99, "business_pro": 29.99, "call_center": 34.99,
         "reseller": 12.99, "api": 0.0}
NUMBER_FEE = 4.99
DESK_PHONES = [("Yealink T54W", "YLT54"), ("Poly VVX 450", "PVX45"), ("Yealink T43U", "YLT43"), ("Grandstream GRP2615", "GS2615"),
               ("Cisco 8851 MPP", "CP885")]

COMPANY_WORDS = ["Summit", "Harbor", "Pioneer", "Evergreen", "Bluebird", "Keystone", "Riverbend", "Silverline", "Northstar",
                 "Lakeside", "Redwood", "Granite", "Crescent", "Beacon", "Cardinal", "Meridian", "Prairie", "Liberty",
                 "Oakridge", "Coastal", "Sterling", "Patriot", "Heritage", "Frontier", "Magnolia", "Aspen", "Canyon"]
COMPANY_TRADES = [("Dental", "dental"), ("Plumbing & Heating", "plumbing"), ("Realty", "realty"), ("Law Group", "law"),
                  ("Insurance Agency", "insurance"), ("Auto Repair", "auto"), ("Family Medicine", "medical"),
                  ("HVAC", "hvac"), ("Roofing", "roofing"), ("Accounting", "cpa"), ("Landscaping", "landscaping"),
                  ("Veterinary Clinic", "vet"), ("Property Management", "property"), ("Marketing", "marketing"),
                  ("Logistics", "logistics"), ("Home Health", "homehealth"), ("Chiropractic", "chiro"),
                  ("Construction", "construction"), ("Solar", "solar"), ("Staffing", "staffing")]
REGISTRARS_NS = {"godaddy": "ns{a}.domaincontrol.com;ns{b}.domaincontrol.com",
                 "cloudflare": "{x}.ns.cloudflare.com;{y}.ns.cloudflare.com",
                 "namecheap": "dns1.registrar-servers.com;dns2.registrar-servers.com",
                 "google": "ns-cloud-{l}1.googledomains.com;ns-cloud-{l}2.googledomains.com",
                 "route53": "ns-{a}.awsdns-{b}.org;ns-{c}.awsdns-{d}.com",
                 "squarespace": "ns-cloud-{l}1.googledomains.com;ns-cloud-{l}2.googledomains.com",
                 "wix": "ns{a}.wixdns.net;ns{b}.wixdns.net"}
CF_NAMES = ["ada", "bob", "cruz", "dana", "elle", "fred", "gina", "hank", "ivy", "jake", "kim", "leo", "mia", "nash"]

SMB_DESCRIPTIONS = [
    "{c} is a {trade} business serving customers in {city}, {st}. We use Dialtone for our main office line, "
    "appointment reminders and customer callbacks.",
    "Customer care line for {c}. Staff place and receive calls about appointments, estimates and billing.",
    "{c} ({trade}) - local business phone system. Messages are appointment confirmations and service updates "
    "sent only to customers who opted in.",
]
RESELLER_TEMPLATE = ("Business phone service for {c}, provisioned and supported by {msp}. Inbound customer calls, "
                     "voicemail-to-email and appointment reminders to opted-in customers.")
PERSONA_TEMPLATES = [
    "Independent software development consultancy. {n} provides full-stack web and mobile development for US "
    "clients on a contract basis. The number is used to talk with clients and recruiters.",
    "Freelance {role} offering remote services to startups and small businesses across the United States. "
    "Calls and texts with clients and hiring managers only.",
    "{n} Solutions LLC - IT staffing and software outsourcing. We connect experienced engineers with US companies.",
]
RECRUITER_TEMPLATE = ("{c} is a talent acquisition partner for Web3 and fintech companies. Our recruiters contact "
                      "senior engineers about remote roles and schedule technical interviews.")
ROLES = ["full-stack developer", "React/Node.js engineer", "mobile app developer", "blockchain developer",
         "data engineer", "DevOps engineer", "Python developer", "UI/UX designer"]
