"""Reference data for world 40 (Bookwell): names, metros, networks, software, hardware, companies."""

FIRST = {
    "us": ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
           "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Chris", "Karen",
           "Daniel", "Lisa", "Matthew", "Nancy", "Anthony", "Betty", "Mark", "Sandra", "Donald", "Ashley",
           "Steven", "Kimberly", "Andrew", "Emily", "Paul", "Donna", "Joshua", "Michelle", "Kenneth", "Carol",
           "Kevin", "Amanda", "Brian", "Melissa", "George", "Deborah", "Timothy", "Stephanie", "Ronald", "Rebecca",
           "Jason", "Laura", "Ryan", "Heather", "Jacob", "Amy", "Gary", "Angela", "Nicholas", "Shannon",
           "Eric", "Brenda", "Jonathan", "Pamela", "Tyler", "Nicole", "Aaron", "Katie", "Kyle", "Megan",
           "Dustin", "Brittany", "Cody", "Tiffany", "Travis", "Crystal", "Logan", "Hannah", "Wyatt", "Abigail",
           "Tamika", "DeShawn", "Latoya", "Marcus", "Keisha", "Jamal", "Ebony", "Andre", "Monique", "Darnell"],
    "hispanic": ["Jose", "Maria", "Juan", "Guadalupe", "Carlos", "Rosa", "Luis", "Ana", "Miguel", "Carmen",
                 "Jorge", "Veronica", "Alejandro", "Gabriela", "Ricardo", "Daniela", "Fernando", "Alejandra",
                 "Javier", "Sofia", "Diego", "Valeria", "Eduardo", "Lucia", "Raul", "Adriana"],
    "korean": ["Min-jun", "Seo-yeon", "Ji-hoon", "Ji-woo", "Hyun-woo", "Soo-ah", "Jae-won", "Ha-eun",
               "Sung-min", "Yuna", "Dong-hyun", "Eun-ji", "Kyung-soo", "Hye-jin", "Daniel", "Grace", "Joon"],
    "chinese": ["Wei", "Fang", "Lei", "Jing", "Hao", "Xin", "Yong", "Li", "Jun", "Mei", "Tao", "Ying",
                "Kevin", "Amy", "Zhen", "Yan", "Chen", "Lan"],
    "indian": ["Aarav", "Priya", "Rahul", "Ananya", "Vikram", "Sneha", "Arjun", "Pooja", "Rohan", "Divya",
               "Sanjay", "Kavya", "Amit", "Neha", "Karthik", "Lakshmi", "Suresh", "Deepa", "Nikhil", "Shreya"],
    "vietnamese": ["Minh", "Linh", "Tuan", "Huong", "Duc", "Thao", "Quang", "Trang", "Hieu", "Lan", "Khoa", "Ngoc"],
    "filipino": ["Jomar", "Maricel", "Rodel", "Jocelyn", "Arnel", "Rowena", "Jerome", "Kristine", "Mark", "Joy"],
    "ukrainian": ["Oleksandr", "Olena", "Dmytro", "Iryna", "Andriy", "Natalia", "Serhiy", "Yulia", "Taras", "Oksana"],
    "nigerian": ["Chinedu", "Ngozi", "Emeka", "Adaeze", "Tunde", "Funmilayo", "Oluwaseun", "Chiamaka", "Ifeanyi", "Bukola"],
    "arabic": ["Omar", "Fatima", "Ahmed", "Layla", "Youssef", "Noor", "Khaled", "Amira", "Hassan", "Rania"],
}
LAST = {
    "us": ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
           "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson",
           "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams", "Baker", "Nelson",
           "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards",
           "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Cooper", "Peterson", "Reed",
           "Bailey", "Bell", "Kelly", "Howard", "Ward", "Cox", "Richardson", "Wood", "Watson", "Brooks",
           "Bennett", "Gray", "James", "Hughes", "Price", "Sanders", "Myers", "Long", "Ross", "Foster",
           "Schmidt", "Mueller", "Kowalski", "Novak", "O'Brien", "McCarthy", "Sullivan", "Gallagher", "Fitzgerald",
           "Hoffman", "Becker", "Larson", "Olson", "Swanson", "Lindqvist", "Yoder", "Stoltzfus", "Washington"],
    "hispanic": ["Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Perez", "Sanchez",
                 "Ramirez", "Torres", "Flores", "Rivera", "Gomez", "Diaz", "Reyes", "Cruz", "Morales", "Ortiz",
                 "Gutierrez", "Chavez", "Ramos", "Mendoza", "Castillo", "Vargas"],
    "korean": ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin", "Kwon"],
    "chinese": ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Lin"],
    "indian": ["Patel", "Sharma", "Singh", "Kumar", "Gupta", "Reddy", "Iyer", "Nair", "Rao", "Mehta", "Shah",
               "Joshi", "Desai", "Menon", "Krishnan", "Agarwal", "Bhat", "Chopra"],
    "vietnamese": ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Dang", "Bui", "Do"],
    "filipino": ["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Villanueva", "Dela Cruz", "Aquino"],
    "ukrainian": ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boyko", "Oliynyk"],
    "nigerian": ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Nwosu", "Adebayo", "Obi", "Oyelaran"],
    "arabic": ["Haddad", "Khalil", "Nasser", "Saleh", "Mansour", "Farouk", "Hamdan", "Aziz"],
}
# share of honest people by origin (US metro remote-work mix)
ORIGIN_MIX = [("us", 62), ("hispanic", 13), ("indian", 6), ("chinese", 4), ("korean", 3), ("vietnamese", 3),
              ("filipino", 3), ("ukrainian", 2), ("nigerian", 2), ("arabic", 2)]
# heritage keyboard and the country a parent lives in
HERITAGE = {
    "korean": ("ko-KR", "KR"), "chinese": ("zh-CN", "CN"), "indian": ("hi-IN", "IN"), "vietnamese": ("vi-VN", "VN"),
    "filipino": ("fil-PH", "PH"), "ukrainian": ("uk-UA", "UA"), "hispanic": ("es-MX", "MX"), "nigerian": ("en-NG", "NG"),
    "arabic": ("ar-EG", "EG"),
}

# city, state, tz, utc offset (standard), lat, lon, area codes, zip prefix
METROS = [
    ("Columbus", "OH", "America/New_York", -5, 39.96, -83.00, [614, 380], "432"),
    ("Cleveland", "OH", "America/New_York", -5, 41.50, -81.69, [216, 440], "441"),
    ("Cincinnati", "OH", "America/New_York", -5, 39.10, -84.51, [513], "452"),
    ("Pittsburgh", "PA", "America/New_York", -5, 40.44, -79.99, [412, 724], "152"),
    ("Philadelphia", "PA", "America/New_York", -5, 39.95, -75.17, [215, 267], "191"),
    ("Atlanta", "GA", "America/New_York", -5, 33.75, -84.39, [404, 678, 770], "303"),
    ("Charlotte", "NC", "America/New_York", -5, 35.23, -80.84, [704, 980], "282"),
    ("Raleigh", "NC", "America/New_York", -5, 35.78, -78.64, [919, 984], "276"),
    ("Tampa", "FL", "America/New_York", -5, 27.95, -82.46, [813, 727], "336"),
    ("Orlando", "FL", "America/New_York", -5, 28.54, -81.38, [407, 321], "328"),
    ("Miami", "FL", "America/New_York", -5, 25.76, -80.19, [305, 786], "331"),
    ("New York", "NY", "America/New_York", -5, 40.71, -74.01, [212, 718, 917, 646], "100"),
    ("Newark", "NJ", "America/New_York", -5, 40.74, -74.17, [973, 862], "071"),
    ("Boston", "MA", "America/New_York", -5, 42.36, -71.06, [617, 857], "021"),
    ("Baltimore", "MD", "America/New_York", -5, 39.29, -76.61, [410, 443], "212"),
    ("Richmond", "VA", "America/New_York", -5, 37.54, -77.44, [804], "232"),
    ("Detroit", "MI", "America/Detroit", -5, 42.33, -83.05, [313, 248], "482"),
    ("Indianapolis", "IN", "America/Indiana/Indianapolis", -5, 39.77, -86.16, [317], "462"),
    ("Chicago", "IL", "America/Chicago", -6, 41.88, -87.63, [312, 773, 872], "606"),
    ("Milwaukee", "WI", "America/Chicago", -6, 43.04, -87.91, [414], "532"),
    ("Minneapolis", "MN", "America/Chicago", -6, 44.98, -93.27, [612, 763], "554"),
    ("St. Louis", "MO", "America/Chicago", -6, 38.63, -90.20, [314], "631"),
    ("Nashville", "TN", "America/Chicago", -6, 36.16, -86.78, [615, 629], "372"),
    ("Dallas", "TX", "America/Chicago", -6, 32.78, -96.80, [214, 469, 972], "752"),
    ("Houston", "TX", "America/Chicago", -6, 29.76, -95.37, [713, 281, 832], "770"),
    ("Austin", "TX", "America/Chicago", -6, 30.27, -97.74, [512, 737], "787"),
    ("San Antonio", "TX", "America/Chicago", -6, 29.42, -98.49, [210], "782"),
    ("Denver", "CO", "America/Denver", -7, 39.74, -104.99, [303, 720], "802"),
    ("Phoenix", "AZ", "America/Phoenix", -7, 33.45, -112.07, [602, 480, 623], "850"),
    ("Salt Lake City", "UT", "America/Denver", -7, 40.76, -111.89, [801, 385], "841"),
    ("Las Vegas", "NV", "America/Los_Angeles", -8, 36.17, -115.14, [702, 725], "891"),
    ("Los Angeles", "CA", "America/Los_Angeles", -8, 34.05, -118.24, [213, 310, 323, 818], "900"),
    ("San Diego", "CA", "America/Los_Angeles", -8, 32.72, -117.16, [619, 858], "921"),
    ("San Jose", "CA", "America/Los_Angeles", -8, 37.34, -121.89, [408, 669], "951"),
    ("Sacramento", "CA", "America/Los_Angeles", -8, 38.58, -121.49, [916], "958"),
    ("Seattle", "WA", "America/Los_Angeles", -8, 47.61, -122.33, [206, 425], "981"),
    ("Portland", "OR", "America/Los_Angeles", -8, 45.52, -122.68, [503, 971], "972"),
]
# small towns for rural subscribers: town, state, tz, offset, lat, lon, area code, zip prefix
RURAL = [
    ("Athens", "OH", "America/New_York", -5, 39.33, -82.10, [740], "457"), ("Marietta", "OH", "America/New_York", -5, 39.42, -81.45, [740], "457"),
    ("Boone", "NC", "America/New_York", -5, 36.22, -81.67, [828], "286"), ("Elkins", "WV", "America/New_York", -5, 38.93, -79.85, [304], "262"),
    ("Kalispell", "MT", "America/Denver", -7, 48.20, -114.31, [406], "599"), ("Bozeman", "MT", "America/Denver", -7, 45.68, -111.04, [406], "597"),
    ("Pierre", "SD", "America/Chicago", -6, 44.37, -100.35, [605], "575"), ("Hays", "KS", "America/Chicago", -6, 38.88, -99.33, [785], "676"),
    ("Bemidji", "MN", "America/Chicago", -6, 47.47, -94.88, [218], "566"), ("Ely", "NV", "America/Los_Angeles", -8, 39.25, -114.89, [775], "893"),
    ("Moab", "UT", "America/Denver", -7, 38.57, -109.55, [435], "845"), ("Show Low", "AZ", "America/Phoenix", -7, 34.25, -110.03, [928], "859"),
    ("Lufkin", "TX", "America/Chicago", -6, 31.34, -94.73, [936], "759"), ("Tupelo", "MS", "America/Chicago", -6, 34.26, -88.70, [662], "388"),
    ("Presque Isle", "ME", "America/New_York", -5, 46.68, -68.02, [207], "047"), ("Ironwood", "MI", "America/Chicago", -6, 46.45, -90.17, [906], "499"),
]

# residential ISPs: name, asn, /16 blocks
ISPS = [
    ("Comcast Cable Communications, LLC", 7922, ["73.%d" % i for i in range(0, 256, 3)] + ["24.%d" % i for i in range(0, 60)]),
    ("Charter Communications Inc", 20115, ["71.%d" % i for i in range(64, 127)] + ["76.%d" % i for i in range(80, 190)]),
    ("AT&T Services, Inc.", 7018, ["99.%d" % i for i in range(0, 200)] + ["107.%d" % i for i in range(192, 255)]),
    ("Verizon Business", 701, ["108.%d" % i for i in range(0, 60)] + ["100.%d" % i for i in range(0, 60)]),
    ("Cox Communications Inc.", 22773, ["68.%d" % i for i in range(0, 120)]),
    ("CenturyLink Communications, LLC", 209, ["75.%d" % i for i in range(160, 255)]),
    ("Frontier Communications of America, Inc.", 5650, ["47.%d" % i for i in range(128, 220)]),
]
BUSINESS_ISPS = [("Comcast Business", 7922, ["50.%d" % i for i in range(192, 255)]),
                 ("Spectrum Business", 11426, ["66.%d" % i for i in range(24, 90)]),
                 ("AT&T Enterprises, LLC", 7018, ["12.%d" % i for i in range(0, 250)])]
MOBILE = [("T-Mobile USA, Inc.", 21928, "172.%d" % 56, 4), ("Verizon Wireless", 6167, "174.%d" % 192, 60),
          ("AT&T Mobility LLC", 20057, "166.%d" % 170, 30)]
RURAL_CARRIERS = [("SpaceX Services, Inc.", 14593, ["98.97", "129.222"]), ("Hughes Network Systems", 6621, ["66.82"]),
                  ("Viasat, Inc.", 7155, ["8.46"]), ("T-Mobile USA, Inc.", 21928, ["172.58"])]
VPNS = [("NordVPN", "M247 Europe SRL", 9009, ["146.70", "185.247"]), ("ExpressVPN", "Datacamp Limited", 60068, ["89.187", "156.146"]),
        ("Surfshark", "Leaseweb USA, Inc.", 30633, ["23.82", "104.149"]), ("ProtonVPN", "Proton AG", 209103, ["149.102", "185.159"]),
        ("Astrill", "Psychz Networks", 40676, ["104.148", "172.96"]), ("Mullvad", "31173 Services AB", 39351, ["198.44", "193.138"])]
VPS = [("DigitalOcean, LLC", 14061, ["159.203", "167.99", "137.184"]), ("The Constant Company, LLC", 20473, ["45.77", "149.28"]),
       ("Akamai Connected Cloud", 63949, ["45.79", "172.105"]), ("Amazon.com, Inc.", 16509, ["3.91", "54.183"]),
       ("OVH SAS", 16276, ["51.81", "147.135"])]
VPN_CITIES = [("New York", "US", 40.71, -74.01), ("Dallas", "US", 32.78, -96.80), ("Los Angeles", "US", 34.05, -118.24),
              ("Chicago", "US", 41.88, -87.63), ("Miami", "US", 25.76, -80.19), ("Seattle", "US", 47.61, -122.33),
              ("Atlanta", "US", 33.75, -84.39), ("Denver", "US", 39.74, -104.99)]
# foreign access networks: country, city, isp, asn, prefix, lat, lon
FOREIGN = {
    "KR": ("Seoul", "Korea Telecom", 4766, "121.134", 37.57, 126.98), "CN": ("Shanghai", "Chinanet", 4134, "180.160", 31.23, 121.47),
    "IN": ("Bengaluru", "Reliance Jio Infocomm Limited", 55836, "49.36", 12.97, 77.59),
    "VN": ("Ho Chi Minh City", "Viettel Group", 7552, "27.72", 10.82, 106.63), "PH": ("Quezon City", "PLDT", 9299, "112.198", 14.68, 121.04),
    "UA": ("Lviv", "Kyivstar", 15895, "46.211", 49.84, 24.03), "MX": ("Guadalajara", "Telmex", 8151, "187.189", 20.67, -103.35),
    "NG": ("Lagos", "MTN Nigeria", 29465, "105.112", 6.52, 3.38), "EG": ("Cairo", "TE Data", 8452, "156.204", 30.04, 31.24),
    "GB": ("London", "British Telecommunications PLC", 2856, "86.128", 51.51, -0.13), "CA": ("Toronto", "Rogers Communications", 812, "99.224", 43.65, -79.38),
    "ES": ("Madrid", "Telefonica de Espana", 3352, "83.32", 40.42, -3.70), "JP": ("Tokyo", "NTT Communications", 4713, "122.16", 35.68, 139.69),
}
# fraud team bases: city, country, isp, asn, prefix, lat, lon
BASES = [("Shenyang", "CN", "China Unicom Liaoning", 4837, "175.167", 41.81, 123.43),
         ("Dandong", "CN", "China Unicom Liaoning", 4837, "113.226", 40.12, 124.38),
         ("Vladivostok", "RU", "Rostelecom", 12389, "95.154", 43.12, 131.89),
         ("Vientiane", "LA", "Lao Telecom", 9873, "115.84", 17.97, 102.63)]
NK_NET = ("Pyongyang", "KP", "Star Joint Venture Co. Ltd.", 131279, "175.45", 39.03, 125.75)

UA_WIN = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/13%d.0.0.0 Safari/537.36",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/13%d.0.0.0 Safari/537.36 Edg/13%d.0.0.0"]
UA_MAC = ["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.%d Safari/605.1.15",
          "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/13%d.0.0.0 Safari/537.36"]
UA_MOBILE = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_%d like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
             "Microsoft Office/16.0 (iOS 17.%d; Outlook 4.24)", "Mozilla/5.0 (Linux; Android 14; SM-S91%d) AppleWebKit/537.36 Chrome/13%d.0.0.0 Mobile Safari/537.36"]

LAPTOPS = ["Dell Latitude 5440", "Dell Latitude 7440", "Lenovo ThinkPad T14 Gen 4", "Lenovo ThinkPad E14", "HP EliteBook 840 G10",
           "HP ProBook 450 G10", "MacBookAir10,1", "MacBookPro18,3"]
PERSONAL_PCS = ["HP Pavilion 15", "Dell Inspiron 5520", "Acer Aspire 5", "ASUS VivoBook 15", "HP All-in-One 24", "Dell OptiPlex 3000"]
OFFICE_APPS = ["OUTLOOK.EXE", "EXCEL.EXE", "WINWORD.EXE", "Teams.exe", "msedge.exe", "chrome.exe", "OneDrive.exe", "explorer.exe",
               "svchost.exe", "MsMpEng.exe", "Zoom.exe", "AcroRd32.exe"]
FINANCE_APPS = ["QBW.EXE", "QBDBMgrN.exe", "XeroDesktop.exe", "Sage50Accounting.exe", "TaxAct.exe", "UltraTax.exe", "Drake.exe"]
DEV_APPS = ["Code.exe", "sfdx.exe", "node.exe", "git.exe", "python.exe", "DBeaver.exe", "powershell.exe", "Postman.exe", "WindowsTerminal.exe"]
ANALYST_APPS = ["PBIDesktop.exe", "Tableau.exe", "python.exe", "ssms.exe", "EXCEL.EXE", "Alteryx.exe"]
RMM_AGENT = ["NinjaRMMAgent.exe", "ScreenConnect.ClientService.exe", "LTSVC.exe"]
TECH_TOOLS = ["ScreenConnect.WindowsClient.exe", "NinjaRMMAgent.exe", "AnyDesk.exe", "TeamViewer.exe", "mstsc.exe", "putty.exe",
              "WinSCP.exe", "Wireshark.exe", "mRemoteNG.exe", "RemoteDesktopManager.exe", "powershell.exe", "ConnectWiseControl.Client.exe"]
FRAUD_REMOTE = ["AnyDesk.exe", "TeamViewer.exe", "remoting_host.exe", "rustdesk.exe", "Zoho Assist.exe", "tvnserver.exe",
                "AteraAgent.exe", "splashtop.exe"]
# (product string, vendor id, product id)
USB_COMMON = [("USB Receiver", "046d", "c52b"), ("USB Optical Mouse", "046d", "c077"), ("Keyboard K120", "046d", "c31c"),
              ("USB2.0 Hub", "05e3", "0610"), ("Integrated Webcam", "0c45", "6725"), ("Jabra Evolve2 40", "0b0e", "2430"),
              ("Realtek USB GbE Family Controller", "0bda", "8153"), ("YubiKey OTP+FIDO+CCID", "1050", "0407"),
              ("USB Smart Card Reader", "0bda", "0165"), ("Dell Universal Dock D6000", "17e9", "6000"),
              ("Logitech BRIO", "046d", "085e"), ("Canon LiDE 300", "04a9", "1913"), ("Fujitsu ScanSnap iX1600", "04c5", "132e")]
USB_DESK_KVM = [("ATEN CS22U", "0557", "2419"), ("TESmart HKS0201A1U", "1a86", "7523"), ("UGREEN USB 3.0 Switch", "2109", "2817"),
                ("CKL USB KVM Switch", "1c4f", "0002"), ("Sabrent USB 3.0 Sharing Switch", "2109", "0817")]
USB_IPKVM = [("Composite KVM Device", "1d6b", "0104"), ("PiKVM", "1d6b", "0104"), ("TinyPilot", "1d6b", "0104"),
             ("CH9329 HID", "1a86", "e129"), ("JetKVM", "1d6b", "0104"), ("MS2109 USB Video", "534d", "2109")]
DISPLAYS = ["DELL P2422H", "DELL U2723QE", "LG ULTRAFINE", "HP E24 G5", "ASUS VA24E", "Samsung S24R35x", "LEN T24i-30",
            "BenQ GW2480", "Acer KA242Y", "Built-in Retina Display", "Color LCD"]
DISPLAYS_IPKVM = ["PiKVM V3", "TC358743", "MS2109", "USB3.0 Capture", "Dummy Plug 4K"]
SSID_WORDS = ["NETGEAR", "Linksys", "xfinitywifi", "ATT", "Spectrum", "TP-Link", "ORBI", "eero", "Verizon_", "CenturyLink",
              "MySpectrumWiFi", "Frontier", "HOME-", "DIRECT-"]
COMPANY_A = ["Maple", "Birch", "Harbor", "Summit", "Prairie", "Riverbend", "Cedar", "Granite", "Lakeside", "Oak Hill", "Pioneer",
             "Blue Ridge", "Heartland", "Bayview", "Sunrise", "Keystone", "Redwood", "Willow", "Copper", "Evergreen",
             "Northside", "Golden", "Silver Creek", "Ironwood", "Meadow", "Canyon", "Magnolia", "Lighthouse", "Tri-County", "Buckeye"]
COMPANY_B = ["Dental", "Family Dentistry", "Veterinary Clinic", "Auto Repair", "Plumbing & Heating", "Landscaping", "Bakery",
             "Realty", "Insurance Agency", "Chiropractic", "Law Office", "Construction", "Roofing", "Physical Therapy",
             "Pediatrics", "HVAC", "Electric", "Florist", "Brewing Co", "Pharmacy", "Hardware", "Tire & Service", "Cafe",
             "Property Management", "Daycare", "Hair Studio", "Fitness", "Machine Shop", "Printing", "Catering"]
PAST_EMPLOYERS = ["H&R Block", "Jackson Hewitt", "Paychex", "ADP", "Robert Half", "Accountemps", "Deloitte", "Cardinal Health",
                  "Nationwide", "Kroger", "Walmart", "Target", "Wells Fargo", "Fifth Third Bank", "Huntington Bank", "Bank of America",
                  "State Farm", "Geek Squad", "CDW", "Insight", "TEKsystems", "Accenture", "Cognizant", "Infosys", "Wipro",
                  "Salesforce", "Oracle NetSuite", "Intuit", "Bench Accounting", "Pilot.com", "Bookkeeper360", "a local CPA firm",
                  "Ohio State University", "Kaiser Permanente", "UPS", "FedEx", "Amazon", "Dell", "Best Buy", "Staples"]
SCHOOLS = ["Ohio State University", "Columbus State Community College", "University of Phoenix", "Western Governors University",
           "Penn State World Campus", "Georgia State University", "University of Central Florida", "Arizona State University",
           "Texas A&M University", "University of Texas at Dallas", "DeVry University", "Southern New Hampshire University",
           "Miami Dade College", "Houston Community College", "Cuyahoga Community College", "Portland Community College",
           "Sinclair Community College", "Ivy Tech Community College", "University of Washington", "San Jose State University"]
FOREIGN_SCHOOLS = {"KR": "Yonsei University", "CN": "Tsinghua University", "IN": "Anna University", "VN": "Vietnam National University",
                   "PH": "University of Santo Tomas", "UA": "Lviv Polytechnic National University", "MX": "Universidad de Guadalajara",
                   "NG": "University of Lagos", "EG": "Cairo University"}
ROLES = {
    "bookkeeper": ["QuickBooks Online", "Xero", "bank reconciliations", "accounts payable", "accounts receivable", "payroll (Gusto, ADP)",
                   "month-end close", "1099 preparation", "sales tax filings", "Excel pivot tables", "Bill.com", "Expensify"],
    "data_analyst": ["SQL", "Power BI", "Tableau", "Excel", "Python (pandas)", "dashboarding", "KPI reporting", "data cleaning",
                     "forecasting", "Google Sheets", "Looker Studio"],
    "erp_developer": ["Salesforce Apex", "Lightning Web Components", "SOQL", "NetSuite SuiteScript", "Dynamics 365 Business Central",
                      "REST integrations", "Flows", "data migration", "JavaScript", "Sage Intacct", "CI/CD"],
    "helpdesk_technician": ["Microsoft 365 administration", "Active Directory", "Intune", "ConnectWise Manage", "NinjaOne",
                            "Windows 10/11", "printer support", "network troubleshooting", "CompTIA A+", "Google Workspace", "backup (Datto)"],
    "tax_preparer": ["Form 1040", "Schedule C", "Drake Tax", "UltraTax", "client interviews", "IRS e-file", "state returns"],
}
