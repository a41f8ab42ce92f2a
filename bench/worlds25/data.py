"""Reference data for world 25 (Keelbank). Fictional companies; real public geography and carrier/ISP names."""

# city, state, zip prefix, area codes, IANA zone, lat, lon
US_CITIES = [
    ("New York", "NY", "100", ["212", "646", "917", "347", "718"], "America/New_York", 40.71, -74.00),
    ("Brooklyn", "NY", "112", ["718", "347", "929"], "America/New_York", 40.65, -73.95),
    ("Los Angeles", "CA", "900", ["213", "310", "323", "424"], "America/Los_Angeles", 34.05, -118.24),
    ("San Francisco", "CA", "941", ["415", "628"], "America/Los_Angeles", 37.77, -122.42),
    ("San Jose", "CA", "951", ["408", "669"], "America/Los_Angeles", 37.34, -121.89),
    ("San Diego", "CA", "921", ["619", "858"], "America/Los_Angeles", 32.72, -117.16),
    ("Seattle", "WA", "981", ["206", "425"], "America/Los_Angeles", 47.61, -122.33),
    ("Portland", "OR", "972", ["503", "971"], "America/Los_Angeles", 45.52, -122.68),
    ("Austin", "TX", "787", ["512", "737"], "America/Chicago", 30.27, -97.74),
    ("Houston", "TX", "770", ["713", "832", "281"], "America/Chicago", 29.76, -95.37),
    ("Dallas", "TX", "752", ["214", "469", "972"], "America/Chicago", 32.78, -96.80),
    ("Chicago", "IL", "606", ["312", "773", "872"], "America/Chicago", 41.88, -87.63),
    ("Minneapolis", "MN", "554", ["612", "763"], "America/Chicago", 44.98, -93.27),
    ("St. Louis", "MO", "631", ["314", "636"], "America/Chicago", 38.63, -90.20),
    ("Nashville", "TN", "372", ["615", "629"], "America/Chicago", 36.16, -86.78),
    ("Atlanta", "GA", "303", ["404", "678", "470"], "America/New_York", 33.75, -84.39),
    ("Miami", "FL", "331", ["305", "786"], "America/New_York", 25.76, -80.19),
    ("Orlando", "FL", "328", ["407", "321"], "America/New_York", 28.54, -81.38),
    ("Tampa", "FL", "336", ["813", "656"], "America/New_York", 27.95, -82.46),
    ("Boston", "MA", "021", ["617", "857"], "America/New_York", 42.36, -71.06),
    ("Philadelphia", "PA", "191", ["215", "267"], "America/New_York", 39.95, -75.17),
    ("Pittsburgh", "PA", "152", ["412", "878"], "America/New_York", 40.44, -79.99),
    ("Washington", "DC", "200", ["202"], "America/New_York", 38.90, -77.04),
    ("Arlington", "VA", "222", ["703", "571"], "America/New_York", 38.88, -77.10),
    ("Baltimore", "MD", "212", ["410", "443"], "America/New_York", 39.29, -76.61),
    ("Charlotte", "NC", "282", ["704", "980"], "America/New_York", 35.23, -80.84),
    ("Raleigh", "NC", "276", ["919", "984"], "America/New_York", 35.78, -78.64),
    ("Columbus", "OH", "432", ["614", "380"], "America/New_York", 39.96, -83.00),
    ("Detroit", "MI", "482", ["313"], "America/Detroit", 42.33, -83.05),
    ("Denver", "CO", "802", ["303", "720"], "America/Denver", 39.74, -104.99),
    ("Phoenix", "AZ", "850", ["602", "480", "623"], "America/Phoenix", 33.45, -112.07),
    ("Litchfield Park", "AZ", "853", ["623"], "America/Phoenix", 33.49, -112.36),
    ("Salt Lake City", "UT", "841", ["801", "385"], "America/Denver", 40.76, -111.89),
    ("Las Vegas", "NV", "891", ["702", "725"], "America/Los_Angeles", 36.17, -115.14),
    ("Newark", "NJ", "071", ["973", "862"], "America/New_York", 40.74, -74.17),
    ("Jersey City", "NJ", "073", ["201", "551"], "America/New_York", 40.73, -74.08),
    ("Sacramento", "CA", "958", ["916", "279"], "America/Los_Angeles", 38.58, -121.49),
    ("Indianapolis", "IN", "462", ["317", "463"], "America/Indiana/Indianapolis", 39.77, -86.16),
    ("Milwaukee", "WI", "532", ["414"], "America/Chicago", 43.04, -87.91),
    ("Kansas City", "MO", "641", ["816"], "America/Chicago", 39.10, -94.58),
]
CITY_WEIGHTS = [9, 5, 7, 5, 3, 3, 5, 2, 4, 5, 5, 6, 2, 2, 2, 4, 4, 2, 2, 4, 3, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 1, 2, 2, 1, 1, 1, 1, 1, 1]

STREETS = ["Maple", "Oak", "Pine", "Cedar", "Elm", "Washington", "Lake", "Hill", "Park", "Main", "Sunset", "Highland",
           "Lincoln", "Jefferson", "Madison", "Franklin", "Willow", "Chestnut", "Walnut", "Spruce", "River", "Forest",
           "Meadow", "Church", "Mill", "Spring", "Ridge", "Valley", "Grand", "Union", "Prospect", "Broad", "Center",
           "Harrison", "Jackson", "Adams", "Monroe", "Cherry", "Birch", "Dogwood", "Magnolia", "Sycamore", "Laurel",
           "Fairview", "Woodland", "Greenwood", "Orchard", "Hawthorne", "Bayview", "Columbia", "Delaware", "Kingston"]
STREET_TYPES = [("St", "Street"), ("Ave", "Avenue"), ("Rd", "Road"), ("Dr", "Drive"), ("Ln", "Lane"), ("Blvd", "Boulevard"),
                ("Ct", "Court"), ("Pl", "Place"), ("Way", "Way"), ("Ter", "Terrace")]

# origin -> (first names, last names); used by both honest and fraud sides from one mix
NAMES = {
    "anglo": (["James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Christopher",
               "Daniel", "Matthew", "Anthony", "Mark", "Andrew", "Joshua", "Ryan", "Brandon", "Tyler", "Kevin", "Jason",
               "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen",
               "Emily", "Ashley", "Amanda", "Megan", "Rachel", "Lauren", "Hannah", "Olivia", "Emma", "Madison", "Nicole",
               "Ethan", "Noah", "Logan", "Caleb", "Austin", "Kyle", "Chloe", "Abigail", "Grace", "Samantha", "Katherine"],
              ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
               "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson",
               "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams", "Baker", "Nelson",
               "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards",
               "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Cooper", "Peterson", "Reed",
               "Bailey", "Bell", "Kelly", "Howard", "Ward", "Cox", "Richardson", "Wood", "Watson", "Brooks", "Bennett",
               "Gray", "Hughes", "Price", "Sanders", "Myers", "Long", "Ross", "Foster", "Powell", "Jenkins", "Perry",
               "Russell", "Sullivan", "Fisher", "Henderson", "Coleman", "Simmons", "Patterson", "Jordan", "Reynolds",
               "Hamilton", "Graham", "Wallace", "Cole", "West", "Owens", "Hayes", "Bryant", "Gibson", "Ellis", "Stone"]),
    "hispanic": (["Jose", "Luis", "Carlos", "Juan", "Miguel", "Jorge", "Alejandro", "Diego", "Javier", "Andres",
                  "Maria", "Ana", "Sofia", "Isabella", "Camila", "Valentina", "Gabriela", "Daniela", "Lucia", "Fernanda",
                  "Ricardo", "Eduardo", "Marisol", "Alejandra", "Ximena", "Mateo", "Santiago", "Adriana"],
                 ["Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Perez", "Sanchez", "Ramirez",
                  "Torres", "Flores", "Rivera", "Gomez", "Diaz", "Reyes", "Morales", "Cruz", "Ortiz", "Gutierrez",
                  "Chavez", "Ramos", "Ruiz", "Alvarez", "Mendoza", "Castillo", "Jimenez", "Vasquez", "Romero", "Herrera",
                  "Medina", "Aguilar", "Vargas", "Castro", "Guzman", "Salazar", "Delgado", "Soto", "Navarro"]),
    "indian": (["Rahul", "Amit", "Priya", "Anjali", "Vikram", "Arjun", "Sanjay", "Deepak", "Neha", "Pooja", "Ravi",
                "Suresh", "Kavya", "Aditya", "Rohan", "Sneha", "Karthik", "Divya", "Nikhil", "Lakshmi", "Aarav", "Ishaan"],
               ["Patel", "Sharma", "Singh", "Kumar", "Gupta", "Reddy", "Rao", "Iyer", "Nair", "Shah", "Mehta", "Joshi",
                "Desai", "Kapoor", "Agarwal", "Chopra", "Malhotra", "Verma", "Pillai", "Menon", "Bhat", "Krishnan"]),
    "chinese": (["Wei", "Jing", "Li", "Yan", "Hui", "Ming", "Xin", "Lei", "Jun", "Fang", "Hao", "Yu", "Chen", "Lin",
                 "Kevin", "Jenny", "Eric", "Grace", "Michael", "Amy", "Tony", "Vivian"],
                ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu",
                 "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang"]),
    "korean": (["Min-jun", "Seo-yeon", "Ji-hoon", "Ji-woo", "Hyun-woo", "Soo-jin", "Jae-won", "Eun-ji", "Dong-hyun",
                "Yuna", "Daniel", "Grace", "David", "Sarah", "James", "Jenny", "Brian", "Esther", "Joon", "Hannah"],
               ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin",
                "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong"]),
    "vietnamese": (["Minh", "Linh", "Anh", "Tuan", "Huong", "Thao", "Duc", "Trang", "Quang", "Mai", "Bao", "Khoa"],
                   ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Dang", "Bui", "Do", "Ho", "Ngo"]),
    "filipino": (["Mark", "John Paul", "Jerome", "Kristine", "Maricel", "Angelica", "Jericho", "Rowena", "Paolo",
                  "Jasmine", "Ramon", "Cristina"],
                 ["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Villanueva", "Dela Cruz",
                  "Aquino", "Castillo", "Ramos", "Navarro", "Manalo"]),
    "nigerian": (["Chinedu", "Oluwaseun", "Adebayo", "Ngozi", "Chioma", "Emeka", "Funmilayo", "Tunde", "Ifeoma",
                  "Babajide", "Amaka", "Kelechi"],
                 ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Ogunleye", "Nwosu", "Adebayo", "Obi", "Afolabi",
                  "Chukwu", "Olawale"]),
    "slavic": (["Oleksandr", "Dmytro", "Andriy", "Olena", "Iryna", "Katarzyna", "Piotr", "Tomasz", "Anna", "Natalia",
                "Mykola", "Yulia", "Marek", "Agnieszka"],
               ["Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Nowak", "Kowalski", "Wisniewski", "Lewandowski",
                "Melnyk", "Kravchenko", "Zielinski", "Wojcik"]),
    "arabic": (["Mohammed", "Ahmed", "Omar", "Ali", "Fatima", "Aisha", "Youssef", "Layla", "Hassan", "Mariam", "Khalid",
                "Nour"],
               ["Hassan", "Ali", "Ibrahim", "Mahmoud", "Abdullah", "Haddad", "Khalil", "Saleh", "Nasser", "Farah",
                "Mansour", "Rahman"]),
}
# share of the US customer base by name origin (both sides draw from this)
ORIGIN_WEIGHTS = {"anglo": 54, "hispanic": 14, "indian": 7, "chinese": 6, "korean": 3, "vietnamese": 3, "filipino": 3,
                  "nigerian": 3, "slavic": 4, "arabic": 3}
COMMON_NAMES = [("James", "Smith"), ("Maria", "Garcia"), ("Michael", "Johnson"), ("David", "Kim"), ("Wei", "Wang"),
                ("Priya", "Patel"), ("Linh", "Nguyen"), ("Jose", "Rodriguez"), ("Jennifer", "Lee"), ("Robert", "Brown"),
                ("Ji-hoon", "Kim"), ("Daniel", "Lee"), ("Sarah", "Johnson"), ("Juan", "Hernandez"), ("John", "Williams")]

EMAIL_DOMAINS = [("gmail.com", 55), ("outlook.com", 10), ("yahoo.com", 9), ("icloud.com", 10), ("hotmail.com", 5),
                 ("proton.me", 3), ("aol.com", 1), ("comcast.net", 2), ("mail.com", 1), ("yandex.com", 0.3),
                 ("naver.com", 0.3), ("qq.com", 0.3), ("163.com", 0.2)]

# payers: (name, domain, kind, weight)
MARKETPLACES = [("TaskHarbor Marketplace Inc.", "taskharbor.com", 30), ("GigNorth Freelance LLC", "gignorth.io", 14),
                ("CodeBazaar Talent Inc.", "codebazaar.dev", 10), ("Brightlance Networks", "brightlance.com", 6),
                ("DeliverNow Courier Platform", "delivernow.app", 8), ("ScribeHub Writers Exchange", "scribehub.co", 4)]
EORS = [("Remotely Payroll Inc. (EOR)", "remotelypayroll.com", 8), ("Globehire EOR Services", "globehire.com", 6),
        ("Paystack Staffing Partners", "paystackstaffing.com", 3), ("Ironbridge Staffing Group", "ironbridgestaff.com", 3),
        ("Northwind Contract Solutions", "northwindcontract.com", 2)]
COMPANY_A = ["Blue", "Bright", "Cedar", "Cobalt", "Summit", "Harbor", "Granite", "Silver", "North", "Pine", "Atlas",
             "Vector", "Lumen", "Quarry", "Beacon", "Maple", "Copper", "Falcon", "Orbit", "Prairie", "Keystone", "Ridge",
             "Tidal", "Crescent", "Vertex", "Meridian", "Aspen", "Juniper", "Redwood", "Solstice"]
COMPANY_B = ["Labs", "Systems", "Analytics", "Software", "Health", "Logistics", "Data", "Cloud", "Media", "Robotics",
             "Payments", "Security", "Dynamics", "Works", "Digital", "Interactive", "Networks", "Bio", "Energy", "AI"]
COMPANY_C = ["Inc.", "LLC", "Corp.", "Co.", "Technologies Inc.", "Group LLC"]

# ISPs / networks: owner -> (asn, list of /16 prefixes)
RESIDENTIAL_ISP = {
    "Comcast Cable Communications, LLC": ("7922", ["73.15", "24.60", "98.207", "76.104", "67.180", "71.232", "50.168"]),
    "Charter Communications Inc": ("20115", ["66.190", "97.93", "71.84", "24.176", "174.103", "47.36"]),
    "AT&T Services, Inc.": ("7018", ["99.40", "107.200", "75.14", "108.83", "104.58"]),
    "Verizon Business": ("701", ["71.178", "108.28", "96.241", "100.11", "173.66"]),
    "Cox Communications Inc.": ("22773", ["68.96", "70.176", "98.165", "72.208"]),
    "Frontier Communications": ("5650", ["47.149", "50.47", "74.37"]),
    "Google Fiber Inc.": ("16591", ["136.49", "104.132"]),
}
MOBILE_CARRIER = {
    "T-Mobile USA, Inc.": ("21928", ["172.56", "172.58", "172.59", "208.54"]),
    "Verizon Wireless": ("6167", ["174.192", "174.205", "97.137"]),
    "AT&T Mobility LLC": ("20057", ["166.170", "166.205", "107.77"]),
}
VPN_PROVIDERS = {
    "NordVPN": ("212238", ["185.203", "37.120", "89.187"], 30),
    "ExpressVPN": ("9009", ["146.70", "185.195", "45.87"], 20),
    "Proton VPN": ("62371", ["149.88", "185.159"], 12),
    "Surfshark": ("9009", ["143.244", "138.199"], 10),
    "Mullvad VPN": ("39351", ["193.138", "185.213"], 6),
    "Astrill VPN": ("136787", ["104.243", "45.136", "203.28"], 3),
    "Private Internet Access": ("46562", ["212.102", "102.129"], 8),
}
VPS_PROVIDERS = {
    "DigitalOcean, LLC": ("14061", ["159.65", "167.99", "143.198", "64.227"]),
    "The Constant Company, LLC (Vultr)": ("20473", ["45.76", "149.28", "108.61"]),
    "Amazon.com, Inc.": ("16509", ["3.84", "18.118", "54.183"]),
    "Linode, LLC (Akamai)": ("63949", ["172.104", "45.79"]),
    "OVH SAS": ("16276", ["51.79", "147.135"]),
}
RESIDENTIAL_PROXY_OWNER = ["Comcast Cable Communications, LLC", "Charter Communications Inc", "AT&T Services, Inc.",
                           "Cox Communications Inc.", "Frontier Communications"]
FOREIGN_ISP = {
    "IN": ("Reliance Jio Infocomm Limited", "55836", ["49.36", "157.32"], "Asia/Kolkata", "Bengaluru", 12.97, 77.59),
    "PH": ("PLDT", "9299", ["112.198", "124.106"], "Asia/Manila", "Quezon City", 14.68, 121.04),
    "MX": ("Telmex", "8151", ["187.189", "201.141"], "America/Mexico_City", "Mexico City", 19.43, -99.13),
    "NG": ("MTN Nigeria", "29465", ["102.89", "105.112"], "Africa/Lagos", "Lagos", 6.52, 3.38),
    "VN": ("Viettel Group", "7552", ["27.72", "171.224"], "Asia/Ho_Chi_Minh", "Ho Chi Minh City", 10.82, 106.63),
    "KR": ("Korea Telecom", "4766", ["175.223", "211.234"], "Asia/Seoul", "Seoul", 37.57, 126.98),
    "CN": ("China Unicom", "4837", ["123.185", "175.167"], "Asia/Shanghai", "Shenyang", 41.80, 123.43),
    "GB": ("British Telecommunications PLC", "2856", ["86.128", "81.152"], "Europe/London", "London", 51.51, -0.13),
    "DE": ("Deutsche Telekom AG", "3320", ["91.64", "79.192"], "Europe/Berlin", "Berlin", 52.52, 13.40),
    "PL": ("Orange Polska", "5617", ["83.24", "31.61"], "Europe/Warsaw", "Warsaw", 52.23, 21.01),
    "UA": ("Kyivstar", "15895", ["46.211", "176.36"], "Europe/Kyiv", "Kyiv", 50.45, 30.52),
    "BR": ("Claro NXT", "28573", ["177.40", "189.6"], "America/Sao_Paulo", "Sao Paulo", -23.55, -46.63),
    "JP": ("NTT Communications", "4713", ["153.156", "180.4"], "Asia/Tokyo", "Tokyo", 35.68, 139.69),
    "PT": ("MEO", "3243", ["85.240", "188.81"], "Europe/Lisbon", "Lisbon", 38.72, -9.14),
    "TH": ("True Internet", "7470", ["171.96", "184.22"], "Asia/Bangkok", "Chiang Mai", 18.79, 98.98),
    "CO": ("Comcel", "10620", ["181.50", "190.85"], "America/Bogota", "Medellin", 6.24, -75.58),
    "RU": ("Rostelecom", "12389", ["95.174", "178.70"], "Asia/Vladivostok", "Vladivostok", 43.12, 131.89),
    "LA": ("Lao Telecom", "9873", ["115.84", "202.137"], "Asia/Vientiane", "Vientiane", 17.97, 102.63),
    "MY": ("TM Net", "4788", ["175.139", "60.53"], "Asia/Kuala_Lumpur", "Kuala Lumpur", 3.14, 101.69),
}
# home-country mobile number shapes (all valid for libphonenumber)
def _d(n):
    return "#" * n
INTL_PHONE = {
    "IN": ["+91 9" + _d(9), "+91 8" + _d(9), "+91 7" + _d(9)],
    "PH": ["+63 917 " + _d(7), "+63 918 " + _d(7), "+63 927 " + _d(7)],
    "MX": ["+52 55 " + _d(8), "+52 33 " + _d(8)],
    "NG": ["+234 803 " + _d(7), "+234 806 " + _d(7), "+234 813 " + _d(7)],
    "VN": ["+84 91 " + _d(7), "+84 98 " + _d(7)],
    "KR": ["+82 10-2" + _d(3) + "-" + _d(4), "+82 10-4" + _d(3) + "-" + _d(4), "+82 10-8" + _d(3) + "-" + _d(4), "+82 10-9" + _d(3) + "-" + _d(4)],
    "CN": ["+86 138 " + _d(8), "+86 139 " + _d(8), "+86 186 " + _d(8)],
    "GB": ["+44 7401 " + _d(6), "+44 7400 " + _d(6)],
    "DE": ["+49 151 " + _d(8), "+49 160 " + _d(7), "+49 172 " + _d(7)],
    "PL": ["+48 50" + _d(7), "+48 60" + _d(7)],
    "UA": ["+380 67 " + _d(7), "+380 50 " + _d(7)],
    "BR": ["+55 11 9" + _d(8), "+55 21 9" + _d(8)],
    "JP": ["+81 90-@" + _d(3) + "-" + _d(4)],
    "CO": ["+57 300 " + _d(7), "+57 310 " + _d(7)],
    "PT": ["+351 91 " + _d(7), "+351 93 " + _d(7)],
    "TH": ["+66 81 " + _d(7), "+66 89 " + _d(7)],
}
ORIGIN_HOME = {"indian": "IN", "filipino": "PH", "hispanic": "MX", "nigerian": "NG", "vietnamese": "VN",
               "korean": "KR", "chinese": "CN", "slavic": "UA", "arabic": None, "anglo": None}
KEYBOARD = {"IN": "hi-IN", "PH": "fil-PH", "MX": "es-MX", "NG": "en-NG", "VN": "vi-VN", "KR": "ko-KR", "CN": "zh-CN",
            "UA": "uk-UA", "PL": "pl-PL", "DE": "de-DE", "BR": "pt-BR", "JP": "ja-JP", "GB": "en-GB", "CO": "es-CO",
            "PT": "pt-PT", "TH": "th-TH"}

IPHONES = ["iPhone13,2", "iPhone14,5", "iPhone14,2", "iPhone15,3", "iPhone15,4", "iPhone16,1", "iPhone16,2", "iPhone17,1"]
ANDROIDS = ["SM-S911U", "SM-S918U", "SM-A546U", "Pixel 7", "Pixel 8", "Pixel 8a", "moto g stylus 5G", "SM-G991U", "OnePlus 11"]
LAPTOPS = ["MacBookPro18,3", "MacBookAir10,1", "Mac14,2", "Dell Latitude 5430", "Dell XPS 13 9315", "HP EliteBook 840 G8",
           "Lenovo ThinkPad T14 Gen 3", "ASUS VivoBook 15", "HP Pavilion 15", "Acer Aspire 5"]
REMOTE_APPS = ["AnyDesk.exe", "TeamViewer.exe", "remoting_host.exe", "rustdesk.exe", "Splashtop.exe"]
