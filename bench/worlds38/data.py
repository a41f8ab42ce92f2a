"""Reference data for Stackyard: places, networks, names, software, hardware."""

# US metros: city, state, zip prefix, lat, lon, IANA zone, area codes
US_CITIES = [
    ("Austin", "TX", "787", 30.27, -97.74, "America/Chicago", ["512", "737"]),
    ("Dallas", "TX", "752", 32.78, -96.80, "America/Chicago", ["214", "469", "972"]),
    ("Houston", "TX", "770", 29.76, -95.37, "America/Chicago", ["713", "281", "832"]),
    ("Denver", "CO", "802", 39.74, -104.99, "America/Denver", ["303", "720"]),
    ("Phoenix", "AZ", "850", 33.45, -112.07, "America/Phoenix", ["602", "480", "623"]),
    ("Seattle", "WA", "981", 47.61, -122.33, "America/Los_Angeles", ["206", "425"]),
    ("Portland", "OR", "972", 45.52, -122.68, "America/Los_Angeles", ["503", "971"]),
    ("San Jose", "CA", "951", 37.34, -121.89, "America/Los_Angeles", ["408", "669"]),
    ("Sacramento", "CA", "958", 38.58, -121.49, "America/Los_Angeles", ["916", "279"]),
    ("San Diego", "CA", "921", 32.72, -117.16, "America/Los_Angeles", ["619", "858"]),
    ("Chicago", "IL", "606", 41.88, -87.63, "America/Chicago", ["312", "773", "872"]),
    ("Minneapolis", "MN", "554", 44.98, -93.27, "America/Chicago", ["612", "763"]),
    ("Columbus", "OH", "432", 39.96, -83.00, "America/New_York", ["614", "380"]),
    ("Detroit", "MI", "482", 42.33, -83.05, "America/Detroit", ["313", "248"]),
    ("Indianapolis", "IN", "462", 39.77, -86.16, "America/Indiana/Indianapolis", ["317", "463"]),
    ("Nashville", "TN", "372", 36.16, -86.78, "America/Chicago", ["615", "629"]),
    ("Atlanta", "GA", "303", 33.75, -84.39, "America/New_York", ["404", "470", "678"]),
    ("Charlotte", "NC", "282", 35.23, -80.84, "America/New_York", ["704", "980"]),
    ("Raleigh", "NC", "276", 35.78, -78.64, "America/New_York", ["919", "984"]),
    ("Tampa", "FL", "336", 27.95, -82.46, "America/New_York", ["813", "656"]),
    ("Miami", "FL", "331", 25.76, -80.19, "America/New_York", ["305", "786"]),
    ("Orlando", "FL", "328", 28.54, -81.38, "America/New_York", ["407", "321"]),
    ("New York", "NY", "100", 40.71, -74.01, "America/New_York", ["212", "646", "917"]),
    ("Jersey City", "NJ", "073", 40.72, -74.08, "America/New_York", ["201", "551"]),
    ("Philadelphia", "PA", "191", 39.95, -75.17, "America/New_York", ["215", "267"]),
    ("Pittsburgh", "PA", "152", 40.44, -80.00, "America/New_York", ["412", "878"]),
    ("Boston", "MA", "021", 42.36, -71.06, "America/New_York", ["617", "857"]),
    ("Baltimore", "MD", "212", 39.29, -76.61, "America/New_York", ["410", "443"]),
    ("Arlington", "VA", "222", 38.88, -77.10, "America/New_York", ["703", "571"]),
    ("Salt Lake City", "UT", "841", 40.76, -111.89, "America/Denver", ["801", "385"]),
    ("Kansas City", "MO", "641", 39.10, -94.58, "America/Chicago", ["816", "975"]),
    ("St. Louis", "MO", "631", 38.63, -90.20, "America/Chicago", ["314", "557"]),
    ("Las Vegas", "NV", "891", 36.17, -115.14, "America/Los_Angeles", ["702", "725"]),
    ("Albuquerque", "NM", "871", 35.08, -106.65, "America/Denver", ["505"]),
]

# small towns / rural areas: city, state, zip prefix, lat, lon, zone, area codes
RURAL_TOWNS = [
    ("Lander", "WY", "825", 42.83, -108.73, "America/Denver", ["307"]),
    ("Hamilton", "MT", "598", 46.25, -114.16, "America/Denver", ["406"]),
    ("Sandpoint", "ID", "838", 48.28, -116.55, "America/Los_Angeles", ["208"]),
    ("Pocahontas", "AR", "724", 36.26, -90.97, "America/Chicago", ["870"]),
    ("Boone", "NC", "286", 36.22, -81.67, "America/New_York", ["828"]),
    ("Marquette", "MI", "498", 46.54, -87.40, "America/Detroit", ["906"]),
    ("Ely", "MN", "557", 47.90, -91.87, "America/Chicago", ["218"]),
    ("Elkins", "WV", "262", 38.93, -79.85, "America/New_York", ["304"]),
    ("Alpine", "TX", "798", 30.36, -103.66, "America/Chicago", ["432"]),
    ("Paonia", "CO", "814", 38.87, -107.59, "America/Denver", ["970"]),
    ("Kirksville", "MO", "635", 40.19, -92.58, "America/Chicago", ["660"]),
    ("Presque Isle", "ME", "047", 46.68, -68.02, "America/New_York", ["207"]),
    ("Bemidji", "MN", "566", 47.47, -94.88, "America/Chicago", ["218"]),
    ("Cody", "WY", "824", 44.53, -109.06, "America/Denver", ["307"]),
    ("Oxford", "MS", "386", 34.37, -89.52, "America/Chicago", ["662"]),
    ("Decorah", "IA", "521", 43.30, -91.79, "America/Chicago", ["563"]),
    ("Burns", "OR", "977", 43.59, -119.05, "America/Los_Angeles", ["541"]),
    ("Hays", "KS", "676", 38.88, -99.33, "America/Chicago", ["785"]),
    ("Silver City", "NM", "880", 32.77, -108.28, "America/Denver", ["575"]),
    ("Big Stone Gap", "VA", "242", 36.87, -82.78, "America/New_York", ["276"]),
]

# foreign cities: cc -> [(city, lat, lon, zone)]
FOREIGN = {
    "KR": [("Seoul", 37.57, 126.98, "Asia/Seoul"), ("Busan", 35.18, 129.08, "Asia/Seoul")],
    "CN": [("Shanghai", 31.23, 121.47, "Asia/Shanghai"), ("Shenzhen", 22.54, 114.06, "Asia/Shanghai"),
           ("Shenyang", 41.81, 123.43, "Asia/Shanghai"), ("Dandong", 40.00, 124.35, "Asia/Shanghai")],
    "IN": [("Hyderabad", 17.39, 78.49, "Asia/Kolkata"), ("Pune", 18.52, 73.86, "Asia/Kolkata"),
           ("Bengaluru", 12.97, 77.59, "Asia/Kolkata")],
    "VN": [("Ho Chi Minh City", 10.82, 106.63, "Asia/Ho_Chi_Minh"), ("Hanoi", 21.03, 105.85, "Asia/Bangkok")],
    "PH": [("Quezon City", 14.68, 121.04, "Asia/Manila"), ("Cebu City", 10.32, 123.89, "Asia/Manila")],
    "MX": [("Guadalajara", 20.66, -103.35, "America/Mexico_City"), ("Mexico City", 19.43, -99.13, "America/Mexico_City")],
    "UA": [("Kyiv", 50.45, 30.52, "Europe/Kyiv"), ("Lviv", 49.84, 24.03, "Europe/Kyiv")],
    "RU": [("Vladivostok", 43.12, 131.89, "Asia/Vladivostok"), ("Moscow", 55.76, 37.62, "Europe/Moscow")],
    "NG": [("Lagos", 6.52, 3.38, "Africa/Lagos")],
    "PL": [("Warsaw", 52.23, 21.01, "Europe/Warsaw")],
    "PT": [("Lisbon", 38.72, -9.14, "Europe/Lisbon")],
    "ES": [("Barcelona", 41.39, 2.17, "Europe/Madrid")],
    "GB": [("London", 51.51, -0.13, "Europe/London")],
    "JP": [("Tokyo", 35.68, 139.69, "Asia/Tokyo")],
    "CO": [("Medellin", 6.24, -75.58, "America/Bogota")],
    "CA": [("Toronto", 43.65, -79.38, "America/Toronto"), ("Vancouver", 49.28, -123.12, "America/Vancouver")],
    "LA": [("Vientiane", 17.97, 102.63, "Asia/Vientiane")],
    "AE": [("Dubai", 25.20, 55.27, "Asia/Dubai")],
    "TH": [("Chiang Mai", 18.79, 98.99, "Asia/Bangkok")],
}

# residential ISPs: name, asn, first octets pool, share
US_BROADBAND = [
    ("Comcast Cable Communications, LLC", 7922, [73, 98, 24, 67, 76], 0.30),
    ("Charter Communications Inc", 20115, [47, 66, 97, 174], 0.22),
    ("AT&T Services, Inc.", 7018, [99, 107, 108, 104], 0.15),
    ("Verizon Business", 701, [71, 72, 100, 108], 0.10),
    ("Cox Communications Inc.", 22773, [68, 70, 72], 0.07),
    ("Frontier Communications of America, Inc.", 5650, [47, 50, 74], 0.05),
    ("CenturyLink Communications, LLC", 209, [63, 65, 75, 97], 0.06),
    ("Google Fiber Inc.", 16591, [136, 104], 0.02),
    ("Sonic Telecom LLC", 46375, [50, 75], 0.01),
    ("Astound Broadband", 11404, [50, 66], 0.02),
]
# rural / shared-address ISPs (carrier-grade NAT: few public addresses per region)
RURAL_ISPS = [
    ("SpaceX Services, Inc.", 14593, [98, 129, 143], "satellite", "Starlink"),
    ("Hughes Network Systems", 6621, [66, 216], "satellite", "HughesNet"),
    ("ViaSat, Inc.", 7155, [8, 173], "satellite", "Viasat"),
    ("Rise Broadband", 33588, [64, 216], "fixed_wireless", "Rise"),
    ("T-Mobile USA, Inc.", 21928, [172], "fixed_wireless", "T-Mobile Home Internet"),
    ("Verizon Wireless", 6167, [174], "fixed_wireless", "Verizon 5G Home"),
]
MOBILE_CARRIERS = [
    ("T-Mobile USA, Inc.", 21928, [172]),
    ("Verizon Wireless", 6167, [174, 97]),
    ("AT&T Mobility LLC", 20057, [107, 166]),
]
# commercial VPNs: provider, asn, owner, first octets
VPNS = [
    ("NordVPN", 212238, "Datacamp Limited", [185, 37]),
    ("ExpressVPN", 9009, "M247 Europe SRL", [146, 193]),
    ("Surfshark", 60068, "Datacamp Limited", [89, 156]),
    ("ProtonVPN", 209103, "Proton AG", [149, 185]),
    ("Mullvad", 39351, "31173 Services AB", [193, 45]),
    ("Astrill", 9009, "M247 Europe SRL", [38, 103]),
    ("Private Internet Access", 46562, "Performive LLC", [212, 102]),
]
VPS = [
    ("DigitalOcean, LLC", 14061, [159, 167, 134, 64]),
    ("The Constant Company, LLC", 20473, [45, 149, 207]),
    ("Akamai Connected Cloud", 63949, [172, 139, 45]),
    ("Hetzner Online GmbH", 24940, [5, 88, 135]),
    ("OVH SAS", 16276, [51, 54, 147]),
    ("Amazon.com, Inc.", 16509, [3, 18, 52, 54]),
]
SWG = [("Zscaler, Inc.", 22616, [165, 136, 104]), ("Netskope Inc", 55256, [163, 8]),
       ("Cloudflare, Inc.", 13335, [104, 172])]
FOREIGN_ISPS = {
    "KR": [("Korea Telecom", 4766), ("SK Broadband Co Ltd", 9318), ("LG POWERCOMM", 17858)],
    "CN": [("China Unicom Liaoning", 4837), ("Chinanet", 4134), ("China Mobile", 9808)],
    "IN": [("Bharti Airtel Ltd.", 24560), ("Reliance Jio Infocomm Limited", 55836)],
    "VN": [("Viettel Group", 7552), ("VNPT Corp", 45899)],
    "PH": [("PLDT", 9299), ("Globe Telecom", 132199)],
    "MX": [("Telmex", 8151), ("Totalplay", 22884)],
    "UA": [("Kyivstar", 15895), ("Lanet", 39608)],
    "RU": [("Rostelecom", 12389), ("MTS PJSC", 8359)],
    "NG": [("MTN Nigeria", 29465)], "PL": [("Orange Polska", 5617)], "PT": [("MEO", 3243)],
    "ES": [("Telefonica de Espana", 3352)], "GB": [("British Telecommunications PLC", 2856)],
    "JP": [("NTT Communications", 4713)], "CO": [("Tigo Colombia", 27831)],
    "CA": [("Rogers Communications", 812), ("Bell Canada", 577)], "LA": [("Lao Telecom", 9873)],
    "AE": [("Emirates Telecommunications", 5384)], "TH": [("True Internet", 7470)],
}
FOREIGN_OCTETS = {"KR": [121, 175, 211], "CN": [113, 175, 123], "IN": [49, 106, 117], "VN": [113, 14, 171],
                  "PH": [112, 49], "MX": [187, 189], "UA": [93, 176], "RU": [95, 178], "NG": [105, 102],
                  "PL": [83, 89], "PT": [85, 94], "ES": [83, 88], "GB": [86, 81], "JP": [126, 153],
                  "CO": [181, 190], "CA": [99, 142], "LA": [115, 183], "AE": [94, 86], "TH": [171, 58]}

FIRST = {
    "us": ["James", "Emily", "Michael", "Sarah", "David", "Jessica", "Daniel", "Ashley", "Matthew", "Amanda",
           "Christopher", "Megan", "Andrew", "Lauren", "Joshua", "Rachel", "Ryan", "Hannah", "Brandon", "Nicole",
           "Tyler", "Kayla", "Justin", "Brittany", "Kevin", "Samantha", "Jacob", "Olivia", "Ethan", "Grace",
           "Nathan", "Abigail", "Aaron", "Madison", "Eric", "Chloe", "Adam", "Natalie", "Sean", "Heather",
           "Cody", "Amber", "Travis", "Dustin", "Kyle", "Whitney", "Logan", "Caleb", "Jordan", "Morgan"],
    "hispanic": ["Carlos", "Maria", "Luis", "Ana", "Jose", "Sofia", "Miguel", "Gabriela", "Juan", "Valeria",
                 "Diego", "Camila", "Alejandro", "Daniela", "Javier", "Lucia", "Ricardo", "Elena"],
    "korean": ["Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Joon", "Soo-jin", "Daniel", "Grace", "Hyun-woo",
               "Ji-woo", "Eun-ji", "Sung-min", "Jenny", "David"],
    "chinese": ["Wei", "Li", "Jing", "Hao", "Xin", "Yu", "Kevin", "Amy", "Jian", "Mei", "Chen", "Ling"],
    "indian": ["Arjun", "Priya", "Rahul", "Ananya", "Vikram", "Sneha", "Rohan", "Kavya", "Amit", "Divya",
               "Sanjay", "Pooja", "Karthik", "Lakshmi"],
    "vietnamese": ["Minh", "Linh", "Tuan", "Thao", "Duc", "Huong", "Nam", "Trang", "Khoa", "Vy"],
    "slavic": ["Oleksandr", "Olena", "Dmitri", "Natalia", "Andriy", "Iryna", "Sergei", "Yulia", "Maksym", "Anna"],
    "nigerian": ["Chinedu", "Ngozi", "Emeka", "Adaeze", "Tunde", "Funmi", "Ifeanyi", "Bisi"],
    "filipino": ["Mark", "Kristine", "John Paul", "Angelica", "Jerome", "Maricel", "Rommel", "Joy"],
    "japanese": ["Kenji", "Yuki", "Takeshi", "Aiko", "Hiroshi", "Naomi", "Kenta", "Emi"],
}
LAST = {
    "us": ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
           "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson",
           "Walker", "Young", "Allen", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Hill",
           "Campbell", "Mitchell", "Roberts", "Carter", "Phillips", "Evans", "Turner", "Parker", "Collins",
           "Edwards", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Cooper", "Peterson", "Reed",
           "Bailey", "Bell", "Kelly", "Howard", "Ward", "Cox", "Richardson", "Wood", "Watson", "Brooks",
           "Bennett", "Gray", "Hughes", "Price", "Sanders", "Myers", "Long", "Ross", "Foster", "Powell",
           "Jenkins", "Perry", "Russell", "Sullivan", "Fisher", "Henderson", "Coleman", "Simmons", "Patterson"],
    "hispanic": ["Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Perez", "Sanchez",
                 "Ramirez", "Torres", "Flores", "Rivera", "Gomez", "Diaz", "Morales", "Ortiz", "Castillo"],
    "korean": ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin"],
    "chinese": ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun"],
    "indian": ["Patel", "Sharma", "Singh", "Kumar", "Reddy", "Gupta", "Iyer", "Nair", "Rao", "Mehta", "Shah"],
    "vietnamese": ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do"],
    "slavic": ["Kovalenko", "Shevchenko", "Ivanov", "Petrova", "Bondarenko", "Melnyk", "Smirnov", "Tkachenko"],
    "nigerian": ["Okafor", "Adeyemi", "Eze", "Okonkwo", "Balogun", "Nwosu", "Ogunleye"],
    "filipino": ["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Villanueva"],
    "japanese": ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura"],
}
# origin -> (heritage keyboard layout, home country for calls and visits)
HERITAGE = {"korean": ("ko-KR", "KR"), "chinese": ("zh-CN", "CN"), "indian": ("hi-IN", "IN"),
            "vietnamese": ("vi-VN", "VN"), "slavic": ("uk-UA", "UA"), "nigerian": ("en-NG", "NG"),
            "filipino": ("fil-PH", "PH"), "japanese": ("ja-JP", "JP"), "hispanic": ("es-MX", "MX")}
ORIGIN_WEIGHTS = [("us", 56), ("hispanic", 12), ("indian", 9), ("chinese", 5), ("korean", 4), ("vietnamese", 3),
                  ("slavic", 3), ("nigerian", 3), ("filipino", 3), ("japanese", 2)]

STREETS = ["Oak", "Maple", "Cedar", "Pine", "Elm", "Washington", "Lake", "Hill", "Park", "Walnut", "Sunset",
           "Lincoln", "Jackson", "Highland", "Franklin", "Willow", "Meadow", "River", "Church", "Spring",
           "Ridge", "Forest", "Jefferson", "Madison", "Chestnut", "Dogwood", "Magnolia", "Birch", "Aspen",
           "Sycamore", "Hickory", "Laurel", "Mill", "Orchard", "Prairie", "Quail", "Redbud", "Sage", "Tamarack",
           "Vista", "Wildflower", "Canyon", "Juniper", "Mesa", "Pecan", "Bluebonnet", "Heritage", "Cypress"]
STREET_TYPES = [("Street", "St"), ("Avenue", "Ave"), ("Drive", "Dr"), ("Road", "Rd"), ("Lane", "Ln"),
                ("Court", "Ct"), ("Boulevard", "Blvd"), ("Way", "Way"), ("Place", "Pl"), ("Circle", "Cir")]

MAIL_DOMAINS = [("gmail.com", 55), ("outlook.com", 10), ("hotmail.com", 6), ("yahoo.com", 10), ("icloud.com", 9),
                ("aol.com", 2), ("proton.me", 2), ("comcast.net", 2), ("att.net", 1), ("me.com", 1)]

STACKS = ["Python/Django", "Go microservices", "React/TypeScript", "Java/Spring", "Node.js", ".NET/C#",
          "Ruby on Rails", "AWS/Terraform", "Kubernetes/SRE", "Data engineering (Spark, Airflow)", "iOS/Swift",
          "Android/Kotlin", "Salesforce", "QA automation"]
IT_ROLES = ["IT Support Specialist", "Desktop Support Technician", "Systems Administrator", "Network Engineer",
            "Help Desk Analyst", "M365 Administrator", "NOC Technician"]
DEV_ROLES = ["Software Engineer", "Senior Software Engineer", "Full Stack Developer", "Backend Engineer",
             "Frontend Engineer", "DevOps Engineer", "Data Engineer", "Mobile Developer", "QA Engineer"]

CLIENT_NAMES = ["Harbor", "Pinecrest", "Summit", "Bluefield", "Northgate", "Redstone", "Lakeshore", "Ironwood",
                "Clearpath", "Brightline", "Meridian", "Copperleaf", "Silverton", "Granite", "Westbrook", "Fairmont",
                "Cobalt", "Ridgeway", "Oakmont", "Keystone", "Evergreen", "Trident", "Beacon", "Horizon", "Lumen",
                "Crescent", "Sterling", "Highmark", "Riverbend", "Stonegate", "Falcon", "Crossroads", "Alder",
                "Blackhawk", "Wren", "Marlow", "Juniper", "Tidewater", "Prairie", "Canyon"]
CLIENT_SUFFIX = ["Health", "Logistics", "Financial", "Insurance", "Software", "Manufacturing", "Energy", "Foods",
                 "Labs", "Retail", "Systems", "Analytics", "Credit Union", "Medical Group", "Freight"]

BASE_PROCS = {"win": ["explorer.exe", "svchost.exe", "chrome.exe", "msedge.exe", "Teams.exe", "OUTLOOK.EXE",
                      "OneDrive.exe", "Code.exe", "slack.exe", "CrowdStrike CSFalconService.exe", "ZSATunnel.exe",
                      "IntuneManagementExtension.exe", "zoom.exe", "WindowsTerminal.exe", "docker.exe"],
              "mac": ["Finder", "Google Chrome", "Slack", "Microsoft Teams", "Microsoft Outlook", "zoom.us",
                      "Code Helper", "falcond", "Jamf", "iTerm2", "Docker Desktop", "Zscaler", "1Password"]}
REMOTE_TOOLS = [("AnyDesk.exe", "7070/tcp"), ("TeamViewer.exe", "5938/tcp"), ("rustdesk.exe", "21118/tcp"),
                ("remoting_host.exe", None), ("SRService.exe", None), ("ScreenConnect.ClientService.exe", None),
                ("tvnserver.exe", "5900/tcp")]
RMM_AGENTS = ["NinjaRMMAgent.exe", "LTSVC.exe", "AEMAgent.exe", "AgentMon.exe", "ScreenConnect.ClientService.exe",
              "BeyondTrust-Remote-Support.exe", "mstsc.exe", "putty.exe", "WinSCP.exe", "mRemoteNG.exe",
              "Wireshark.exe", "TeamViewer.exe", "AnyDesk.exe", "SecureCRT.exe"]
USB_COMMON = [("Logitech USB Receiver", "046d", "c52b"), ("Jabra Evolve2 65", "0b0e", "24c8"),
              ("Apple Magic Keyboard", "05ac", "029c"), ("Dell Universal Dock D6000", "17e9", "6006"),
              ("Anker USB-C Hub", "0bda", "8153"), ("YubiKey OTP+FIDO+CCID", "1050", "0407"),
              ("Logitech BRIO", "046d", "085e"), ("SanDisk Cruzer Blade", "0781", "5567"),
              ("Microsoft Sculpt Ergonomic", "045e", "07a5"), ("CalDigit TS3 Plus", "2188", "0035")]
USB_SERVER_KVM = [("ATEN CS1784A KVM", "0557", "2419"), ("Raritan Dominion KX III", "14dd", "1009"),
                  ("Vertiv Avocent MergePoint", "0624", "0248"), ("TESmart HDMI KVM", "1a86", "7523")]
USB_IPKVM = [("PiKVM Composite KVM Device", "1d6b", "0104"), ("TinyPilot Multifunction Composite Gadget", "1d6b", "0104"),
             ("JetKVM USB Emulation Device", "1d6b", "0104"), ("CH9329 HID Serial", "1a86", "e129"),
             ("MACROSILICON USB Video", "534d", "2109"), ("GL.iNet Comet KVM", "1d6b", "0104")]
DISPLAYS = ["DELL U2723QE", "LG HDR 4K", "DELL P2422H", "Color LCD", "HP E24 G5", "LG ULTRAFINE",
            "SAMSUNG LS27", "ASUS VG249", "BenQ GW2780", "Lenovo T27i"]
KVM_DISPLAYS = ["PiKVM V4", "TinyPilot", "JetKVM", "MACROSILICON", "USB3.0 HD Video"]
LAPTOPS = {"win": ["Dell Latitude 7440", "Lenovo ThinkPad T14 Gen 4", "HP EliteBook 840 G10", "Lenovo ThinkPad X1 Carbon"],
           "mac": ["MacBookPro18,3", "Mac14,2", "MacBookPro18,1", "Mac15,3"]}
UA = {"win": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
      "mac": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
      "iphone": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
      "android": "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Mobile Safari/537.36",
      "edge": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36 Edg/{v}.0.0.0"}
WIFI = ["NETGEAR{n}", "xfinitywifi", "ATT{x}", "Spectrum-{x}", "MySpectrumWiFi{x}", "TP-Link_{x}", "eero", "Verizon_{x}",
        "Starlink", "CenturyLink{n}", "Home-{x}", "Linksys{n}", "The LAN Before Time", "FBI Van {n}", "{last}Family"]
RESUME_SERVICES = ["TopResume", "ZipJob", "Resume Writers Pro", "CareerPro Plus"]
PAYCARDS = ["Branch", "Brightwell NaviCard", "ADP Wisely", "Paycard Plus"]
BANK_ROUTING = ["021000021", "026009593", "121000248", "111000025", "061000104", "322271627", "071000013",
                "031176110", "044000037", "124003116", "091000019", "113000023", "053000196", "063100277",
                "102001017", "073972181", "256074974", "314074269"]
