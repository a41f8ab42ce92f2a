"""Reference data for world 24: names by origin, places, networks, devices, software."""

FIRST = {
    "anglo": (["James", "Michael", "Robert", "John", "David", "William", "Richard", "Joseph", "Thomas", "Christopher",
               "Daniel", "Matthew", "Anthony", "Mark", "Andrew", "Joshua", "Ryan", "Brian", "Kevin", "Tyler", "Jacob",
               "Ethan", "Nathan", "Brandon", "Justin", "Eric", "Adam", "Kyle", "Sean", "Jason", "Zachary", "Noah"],
              ["Mary", "Jennifer", "Linda", "Elizabeth", "Sarah", "Jessica", "Karen", "Emily", "Ashley", "Amanda",
               "Megan", "Rachel", "Lauren", "Hannah", "Samantha", "Nicole", "Katherine", "Emma", "Olivia", "Abigail",
               "Madison", "Rebecca", "Laura", "Alyssa", "Brittany", "Kayla", "Heather", "Michelle", "Amber", "Grace"]),
    "hispanic": (["Jose", "Luis", "Carlos", "Juan", "Miguel", "Diego", "Alejandro", "Javier", "Andres", "Mateo",
                  "Ricardo", "Fernando"],
                 ["Maria", "Sofia", "Camila", "Valentina", "Isabella", "Gabriela", "Lucia", "Daniela", "Ana", "Paola"]),
    "indian": (["Rahul", "Arjun", "Vikram", "Rohan", "Amit", "Sanjay", "Karthik", "Aditya", "Ravi", "Suresh", "Nikhil",
                "Pranav", "Venkat", "Harish"],
               ["Priya", "Ananya", "Deepa", "Kavya", "Sneha", "Divya", "Pooja", "Lakshmi", "Shreya", "Neha", "Aishwarya"]),
    "chinese": (["Wei", "Jun", "Hao", "Lei", "Ming", "Yu", "Jian", "Tao", "Kevin", "Eric", "Jason", "Andrew", "Bo",
                 "Zhiwei", "Yifan"],
                ["Jing", "Xin", "Yan", "Ting", "Li", "Mei", "Jennifer", "Grace", "Vivian", "Yuqi", "Xiaoyu", "Lin"]),
    "korean": (["Min-jun", "Ji-hoon", "Hyun-woo", "Sung-min", "Dong-hyun", "Jae-won", "Daniel", "David", "Joseph",
                "Brian", "Sang-woo", "Joon"],
               ["Seo-yeon", "Ji-woo", "Eun-ji", "Soo-jin", "Hye-jin", "Min-ji", "Grace", "Esther", "Christine",
                "Hannah", "Yuna"]),
    "vietnamese": (["Minh", "Tuan", "Duc", "Huy", "Long", "Kevin", "Peter"],
                   ["Linh", "Anh", "Thao", "Ngoc", "Trang", "Vy", "Tina"]),
    "filipino": (["John Paul", "Mark", "Jerome", "Christian", "Joshua", "Paolo", "Rodel"],
                 ["Maria", "Angelica", "Kristine", "Joanna", "Mary Grace", "Camille", "Bea"]),
    "nigerian": (["Chinedu", "Oluwaseun", "Tunde", "Emeka", "Ifeanyi", "Segun", "David"],
                 ["Ngozi", "Funmilayo", "Chioma", "Adaeze", "Blessing", "Temitope"]),
    "arab": (["Omar", "Ahmed", "Youssef", "Khaled", "Karim", "Ali", "Hassan"],
             ["Fatima", "Layla", "Nour", "Sara", "Mariam", "Yasmin"]),
    "easteuro": (["Dmytro", "Oleksandr", "Piotr", "Andriy", "Tomasz", "Ivan", "Mikhail", "Bogdan"],
                 ["Olena", "Anna", "Katarzyna", "Iryna", "Natalia", "Agnieszka", "Yulia"]),
    "german": (["Lukas", "Felix", "Jonas", "Maximilian", "Tobias", "Stefan", "Jan"],
               ["Laura", "Lea", "Anna", "Julia", "Katharina", "Sophie", "Lena"]),
    "japanese": (["Haruto", "Yuto", "Kenji", "Takashi", "Ren", "Daiki"],
                 ["Yuki", "Sakura", "Aoi", "Haruka", "Emi", "Naomi"]),
    "brazilian": (["Gabriel", "Lucas", "Rafael", "Thiago", "Bruno", "Pedro"],
                  ["Ana", "Juliana", "Beatriz", "Larissa", "Fernanda", "Mariana"]),
}
LAST = {
    "anglo": ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
              "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson",
              "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams", "Baker", "Nelson",
              "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards",
              "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Cooper", "Peterson", "Reed",
              "Bailey", "Bell", "Kelly", "Howard", "Ward", "Cox", "Richardson", "Wood", "Watson", "Brooks", "Bennett",
              "Gray", "Hughes", "Price", "Sanders", "Myers", "Long", "Ross", "Foster", "Sullivan", "O'Brien"],
    "hispanic": ["Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Perez", "Sanchez", "Ramirez",
                 "Torres", "Flores", "Rivera", "Gomez", "Diaz", "Morales", "Ortiz", "Castillo", "Vargas"],
    "indian": ["Patel", "Sharma", "Singh", "Kumar", "Gupta", "Reddy", "Iyer", "Nair", "Rao", "Shah", "Mehta", "Joshi",
               "Agarwal", "Krishnan", "Desai", "Menon", "Chowdhury", "Bhat"],
    "chinese": ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Lin", "Guo",
                "He", "Gao", "Ma", "Luo"],
    "korean": ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin", "Oh", "Seo"],
    "vietnamese": ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui"],
    "filipino": ["Santos", "Reyes", "Cruz", "Bautista", "Mendoza", "Aquino", "Dela Cruz", "Villanueva", "Ramos"],
    "nigerian": ["Okafor", "Adeyemi", "Olawale", "Eze", "Nwosu", "Adebayo", "Okonkwo", "Balogun"],
    "arab": ["Hassan", "Ali", "Ahmed", "Mahmoud", "Ibrahim", "Khalil", "Haddad", "Saleh"],
    "easteuro": ["Kowalski", "Nowak", "Shevchenko", "Ivanov", "Kovalenko", "Wisniewski", "Bondarenko", "Petrov",
                 "Melnyk", "Zielinski"],
    "german": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann"],
    "japanese": ["Tanaka", "Sato", "Suzuki", "Takahashi", "Watanabe", "Ito", "Yamamoto", "Nakamura"],
    "brazilian": ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Almeida", "Ferreira"],
}

# origin mix of candidates living in each country (US: tech workforce, roughly)
ORIGIN_MIX = {
    "US": [("anglo", 47), ("hispanic", 10), ("indian", 13), ("chinese", 8), ("korean", 3), ("vietnamese", 3),
           ("filipino", 2.5), ("nigerian", 3), ("arab", 2.5), ("easteuro", 4), ("german", 1), ("japanese", 1.5),
           ("brazilian", 1.5)],
    "CA": [("anglo", 45), ("chinese", 14), ("indian", 16), ("korean", 4), ("filipino", 5), ("arab", 5),
           ("easteuro", 5), ("vietnamese", 3), ("hispanic", 3)],
    "GB": [("anglo", 62), ("indian", 13), ("nigerian", 6), ("easteuro", 7), ("chinese", 4), ("arab", 5),
           ("korean", 1)],
    "DE": [("german", 68), ("easteuro", 12), ("arab", 7), ("anglo", 4), ("indian", 4), ("chinese", 3), ("korean", 1)],
    "IN": [("indian", 100)], "PH": [("filipino", 100)], "MX": [("hispanic", 100)], "BR": [("brazilian", 100)],
    "PL": [("easteuro", 100)], "UA": [("easteuro", 100)], "KR": [("korean", 100)], "JP": [("japanese", 100)],
    "VN": [("vietnamese", 100)], "NG": [("nigerian", 100)], "CN": [("chinese", 100)],
}

# city: (name, state/region, lat, lon, tz, area codes / phone prefix, zip prefix)
CITIES = {
    "US": [("New York", "NY", 40.71, -74.0, "America/New_York", ["212", "646", "917", "718"], "100"),
           ("Brooklyn", "NY", 40.65, -73.95, "America/New_York", ["718", "347", "929"], "112"),
           ("San Francisco", "CA", 37.77, -122.42, "America/Los_Angeles", ["415", "628"], "941"),
           ("San Jose", "CA", 37.34, -121.89, "America/Los_Angeles", ["408", "669"], "951"),
           ("Los Angeles", "CA", 34.05, -118.24, "America/Los_Angeles", ["213", "310", "323"], "900"),
           ("San Diego", "CA", 32.72, -117.16, "America/Los_Angeles", ["619", "858"], "921"),
           ("Seattle", "WA", 47.61, -122.33, "America/Los_Angeles", ["206", "425"], "981"),
           ("Portland", "OR", 45.52, -122.68, "America/Los_Angeles", ["503", "971"], "972"),
           ("Austin", "TX", 30.27, -97.74, "America/Chicago", ["512", "737"], "787"),
           ("Dallas", "TX", 32.78, -96.8, "America/Chicago", ["214", "469", "972"], "752"),
           ("Houston", "TX", 29.76, -95.37, "America/Chicago", ["713", "832"], "770"),
           ("Chicago", "IL", 41.88, -87.63, "America/Chicago", ["312", "773"], "606"),
           ("Minneapolis", "MN", 44.98, -93.27, "America/Chicago", ["612"], "554"),
           ("Nashville", "TN", 36.16, -86.78, "America/Chicago", ["615", "629"], "372"),
           ("Atlanta", "GA", 33.75, -84.39, "America/New_York", ["404", "678", "470"], "303"),
           ("Miami", "FL", 25.76, -80.19, "America/New_York", ["305", "786"], "331"),
           ("Raleigh", "NC", 35.78, -78.64, "America/New_York", ["919", "984"], "276"),
           ("Boston", "MA", 42.36, -71.06, "America/New_York", ["617", "857"], "021"),
           ("Pittsburgh", "PA", 40.44, -80.0, "America/New_York", ["412"], "152"),
           ("Columbus", "OH", 39.96, -83.0, "America/New_York", ["614"], "432"),
           ("Denver", "CO", 39.74, -104.99, "America/Denver", ["303", "720"], "802"),
           ("Salt Lake City", "UT", 40.76, -111.89, "America/Denver", ["801", "385"], "841"),
           ("Phoenix", "AZ", 33.45, -112.07, "America/Phoenix", ["602", "480"], "850"),
           ("Fremont", "CA", 37.55, -121.99, "America/Los_Angeles", ["510"], "945"),
           ("Fort Lee", "NJ", 40.85, -73.97, "America/New_York", ["201"], "070"),
           ("Irvine", "CA", 33.68, -117.83, "America/Los_Angeles", ["949"], "926")],
    "CA": [("Toronto", "ON", 43.65, -79.38, "America/Toronto", ["416", "647"], "M5V"),
           ("Vancouver", "BC", 49.28, -123.12, "America/Vancouver", ["604", "778"], "V6B"),
           ("Montreal", "QC", 45.5, -73.57, "America/Toronto", ["514", "438"], "H2X"),
           ("Waterloo", "ON", 43.46, -80.52, "America/Toronto", ["519", "226"], "N2L")],
    "GB": [("London", "", 51.51, -0.13, "Europe/London", ["20"], "EC1"),
           ("Manchester", "", 53.48, -2.24, "Europe/London", ["161"], "M1"),
           ("Edinburgh", "", 55.95, -3.19, "Europe/London", ["131"], "EH1"),
           ("Bristol", "", 51.45, -2.59, "Europe/London", ["117"], "BS1")],
    "DE": [("Berlin", "", 52.52, 13.4, "Europe/Berlin", ["30"], "10"),
           ("Munich", "", 48.14, 11.58, "Europe/Berlin", ["89"], "80"),
           ("Hamburg", "", 53.55, 9.99, "Europe/Berlin", ["40"], "20")],
    "IN": [("Bengaluru", "KA", 12.97, 77.59, "Asia/Kolkata", ["80"], "560"),
           ("Hyderabad", "TG", 17.39, 78.49, "Asia/Kolkata", ["40"], "500"),
           ("Pune", "MH", 18.52, 73.86, "Asia/Kolkata", ["20"], "411"),
           ("Chennai", "TN", 13.08, 80.27, "Asia/Kolkata", ["44"], "600")],
    "PH": [("Manila", "", 14.6, 120.98, "Asia/Manila", ["2"], "10"),
           ("Cebu City", "", 10.32, 123.89, "Asia/Manila", ["32"], "60")],
    "MX": [("Mexico City", "CDMX", 19.43, -99.13, "America/Mexico_City", ["55"], "06"),
           ("Guadalajara", "JAL", 20.67, -103.35, "America/Mexico_City", ["33"], "44")],
    "BR": [("São Paulo", "SP", -23.55, -46.63, "America/Sao_Paulo", ["11"], "01")],
    "PL": [("Warsaw", "", 52.23, 21.01, "Europe/Warsaw", ["22"], "00"),
           ("Kraków", "", 50.06, 19.94, "Europe/Warsaw", ["12"], "30")],
    "UA": [("Kyiv", "", 50.45, 30.52, "Europe/Kyiv", ["44"], "01"), ("Lviv", "", 49.84, 24.03, "Europe/Kyiv", ["32"], "79")],
    "KR": [("Seoul", "", 37.57, 126.98, "Asia/Seoul", ["2"], "04"), ("Busan", "", 35.18, 129.08, "Asia/Seoul", ["51"], "48")],
    "JP": [("Tokyo", "", 35.68, 139.69, "Asia/Tokyo", ["3"], "100")],
    "VN": [("Ho Chi Minh City", "", 10.82, 106.63, "Asia/Ho_Chi_Minh", ["28"], "70")],
    "NG": [("Lagos", "", 6.52, 3.38, "Africa/Lagos", ["1"], "100")],
    "CN": [("Shanghai", "", 31.23, 121.47, "Asia/Shanghai", ["21"], "200"),
           ("Shenyang", "", 41.8, 123.43, "Asia/Shanghai", ["24"], "110")],
}
CC = {"US": "1", "CA": "1", "GB": "44", "DE": "49", "IN": "91", "PH": "63", "MX": "52", "BR": "55", "PL": "48",
      "UA": "380", "KR": "82", "JP": "81", "VN": "84", "NG": "234", "CN": "86"}
MOBILE_PREFIX = {"GB": "7", "DE": "15", "IN": "9", "PH": "9", "MX": "55", "BR": "119", "PL": "5", "UA": "67",
                 "KR": "10", "JP": "90", "VN": "9", "NG": "80", "CN": "13"}
LANG = {"US": "en-US", "CA": "en-CA", "GB": "en-GB", "DE": "de-DE", "IN": "en-IN", "PH": "en-PH", "MX": "es-MX",
        "BR": "pt-BR", "PL": "pl-PL", "UA": "uk-UA", "KR": "ko-KR", "JP": "ja-JP", "VN": "vi-VN", "NG": "en-NG",
        "CN": "zh-CN"}
HERITAGE_KB = {"korean": "ko-KR", "chinese": "zh-CN", "japanese": "ja-JP", "vietnamese": "vi-VN", "easteuro": "uk-UA",
               "arab": "ar-EG", "german": "de-DE", "indian": "hi-IN", "hispanic": "es-MX", "brazilian": "pt-BR"}
STREETS = ["Maple", "Oak", "Cedar", "Pine", "Elm", "Washington", "Lake", "Hill", "Park", "Main", "Sunset", "Highland",
           "Willow", "Lincoln", "Jefferson", "Church", "River", "Spring", "Meadow", "Ridge", "Valley", "Forest",
           "Madison", "Franklin", "Chestnut", "Walnut", "Birch", "Harbor", "Mill", "Grove"]
SUFFIX = [("Street", "St"), ("Avenue", "Ave"), ("Road", "Rd"), ("Drive", "Dr"), ("Lane", "Ln"), ("Court", "Ct"),
          ("Boulevard", "Blvd"), ("Way", "Way"), ("Place", "Pl")]

# networks: name -> (asn, owner, first octets, kind)
ISPS = {
    "US": [("Comcast", 7922, "Comcast Cable Communications, LLC", "73"), ("Charter", 20115, "Charter Communications", "71"),
           ("Verizon Fios", 701, "Verizon Business", "108"), ("AT&T", 7018, "AT&T Services, Inc.", "99"),
           ("Cox", 22773, "Cox Communications Inc.", "68"), ("CenturyLink", 209, "CenturyLink Communications", "184"),
           ("Frontier", 5650, "Frontier Communications", "47"), ("Google Fiber", 16591, "Google Fiber Inc.", "136")],
    "CA": [("Rogers", 812, "Rogers Communications Canada Inc.", "99"), ("Bell", 577, "Bell Canada", "142"),
           ("Shaw", 6327, "Shaw Communications Inc.", "24")],
    "GB": [("BT", 2856, "British Telecommunications PLC", "86"), ("Virgin Media", 5089, "Virgin Media Limited", "82"),
           ("Sky", 5607, "Sky UK Limited", "90")],
    "DE": [("Telekom", 3320, "Deutsche Telekom AG", "93"), ("Vodafone DE", 3209, "Vodafone GmbH", "88")],
    "IN": [("Jio", 55836, "Reliance Jio Infocomm Limited", "49"), ("Airtel", 24560, "Bharti Airtel Ltd.", "122"),
           ("ACT Fibernet", 24309, "Atria Convergence Technologies", "106")],
    "PH": [("PLDT", 9299, "Philippine Long Distance Telephone Company", "112"), ("Globe", 4775, "Globe Telecoms", "175")],
    "MX": [("Telmex", 8151, "Uninet S.A. de C.V.", "189")], "BR": [("Vivo", 27699, "TELEFONICA BRASIL S.A", "177")],
    "PL": [("Orange PL", 5617, "Orange Polska Spolka Akcyjna", "83")], "UA": [("Kyivstar", 15895, "Kyivstar PJSC", "176")],
    "KR": [("KT", 4766, "Korea Telecom", "211"), ("SK Broadband", 9318, "SK Broadband Co Ltd", "175")],
    "JP": [("NTT", 4713, "NTT Communications Corporation", "153")], "VN": [("Viettel", 7552, "Viettel Group", "171")],
    "NG": [("MTN NG", 29465, "MTN NIGERIA Communication limited", "102")],
    "CN": [("China Unicom", 4837, "CHINA UNICOM China169 Backbone", "123")],
}
MOBILE = {"US": [("T-Mobile", 21928, "T-Mobile USA, Inc.", "172.58"), ("Verizon Wireless", 6167, "Verizon Business", "174.205"),
                 ("AT&T Mobility", 20057, "AT&T Mobility LLC", "166.205")],
          "CA": [("Rogers Wireless", 812, "Rogers Communications Canada Inc.", "72.143")],
          "GB": [("EE", 12576, "EE Limited", "31.94")], "IN": [("Jio 4G", 55836, "Reliance Jio Infocomm Limited", "157.35")],
          "PH": [("Smart", 10139, "Smart Broadband, Inc.", "110.54")]}
VPNS = [("NordVPN", 212238, "Datacamp Limited", "185.246"), ("ExpressVPN", 9009, "M247 Europe SRL", "193.37"),
        ("Proton VPN", 209103, "Proton AG", "146.70"), ("Mullvad", 39351, "31173 Services AB", "193.138"),
        ("Astrill", 136258, "BrainStorm Network", "104.223"), ("Surfshark", 9009, "M247 Europe SRL", "89.187")]
VPS = [("DigitalOcean", 14061, "DigitalOcean, LLC", "159.89"), ("Vultr", 20473, "The Constant Company, LLC", "45.77"),
       ("Linode", 63949, "Akamai Connected Cloud", "172.105"), ("AWS", 16509, "Amazon.com, Inc.", "54.183")]
PUBLIC_WIFI_OWNERS = {"library": "Public Library", "lab": "University", "cafe": "Internet Cafe"}

BROWSERS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_{m}) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{m} Safari/605.1.15",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:12{m}.0) Gecko/20100101 Firefox/12{m}.0",
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_{m} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{m} Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Mobile Safari/537.36"]
SYSTEMS = {"win": ["Dell Latitude 5440", "Lenovo ThinkPad T14 Gen 3", "HP EliteBook 840 G9", "Dell XPS 15 9530",
                   "ASUS ROG Strix G16", "Lenovo IdeaPad 5", "HP Pavilion 15", "Custom desktop (MSI B550)"],
           "mac": ["MacBookPro18,3", "MacBookAir10,1", "Mac14,2", "MacBookPro16,1", "Macmini9,1", "Mac15,3"],
           "linux": ["ThinkPad X1 Carbon Gen 11", "Framework Laptop 13", "System76 Lemur Pro"]}
DISPLAYS = ["DELL U2720Q", "LG HDR 4K", "DELL P2422H", "BenQ GW2480", "Color LCD", "LG ULTRAFINE", "Built-in Retina Display",
            "HP E24 G5", "SAMSUNG", "ASUS VG27A", "Acer K242HL"]
BASE_PROC = {"win": ["explorer.exe", "chrome.exe", "msedge.exe", "Teams.exe", "Zoom.exe", "slack.exe", "Code.exe",
                     "OneDrive.exe", "Spotify.exe", "Discord.exe", "outlook.exe"],
             "mac": ["Finder", "Google Chrome", "Safari", "zoom.us", "Slack", "Code", "Spotify", "Microsoft Teams",
                     "1Password", "iTerm2"],
             "linux": ["gnome-shell", "firefox", "chrome", "code", "slack", "zoom"]}
USB_HONEST = [("Logitech USB Receiver", "046d", "c52b"), ("Logitech BRIO", "046d", "085e"), ("Apple Magic Keyboard", "05ac", "029c"),
              ("YubiKey OTP+FIDO+CCID", "1050", "0407"), ("Jabra Evolve2 65", "0b0e", "245d"), ("USB-C Hub", "2109", "2817"),
              ("Razer Kiyo", "1532", "0e03"), ("SanDisk Ultra", "0781", "5581"), ("Elgato Stream Deck", "0fd9", "006d")]
DESK_KVM = [("ATEN CS1924 KVM", "0557", "2419"), ("TESmart KVM Switch", "1a86", "e2e3")]
IP_KVM = [("PiKVM Composite Device", "1d6b", "0104"), ("TinyPilot", "1d6b", "0104"), ("JetKVM", "1d6b", "0104"),
          ("BliKVM", "1d6b", "0104"), ("GL.iNet Comet KVM", "1d6b", "0104")]
IP_KVM_DISPLAY = ["PiKVM", "TinyPilot", "JetKVM", "BLIKVM", "GLKVM"]
REMOTE_TOOLS = {"win": ["AnyDesk.exe", "TeamViewer.exe", "rustdesk.exe", "remoting_host.exe", "mstsc.exe"],
                "mac": ["AnyDesk", "TeamViewer", "RustDesk", "Chrome Remote Desktop Host"],
                "linux": ["anydesk", "rustdesk", "x11vnc"]}
VIRTUAL_CAM = {"win": ["obs64.exe", "ManyCam.exe", "Snap Camera.exe", "XSplit.Core.exe", "NVIDIA Broadcast.exe",
                       "Camo.exe"],
               "mac": ["OBS", "ManyCam", "Snap Camera", "Camo", "mmhmm"], "linux": ["obs"]}
DEEPFAKE_CAM = {"win": ["DeepFaceLive.exe", "ManyCam.exe", "obs64.exe", "AvatarifyDesktop.exe"],
                "mac": ["ManyCam", "OBS"], "linux": ["obs"]}
IT_PROC = {"win": ["putty.exe", "mRemoteNG.exe", "WinSCP.exe", "vmware.exe", "wireshark.exe"],
           "mac": ["Royal TSX", "Termius", "VMware Fusion", "Wireshark"], "linux": ["ssh", "virt-manager", "wireshark"]}
VPN_PROC = {"NordVPN": "NordVPN", "ExpressVPN": "ExpressVPN", "Proton VPN": "ProtonVPN", "Mullvad": "mullvad-daemon",
            "Astrill": "AstrillVPN", "Surfshark": "Surfshark"}

SKILLS = ["Python", "Go", "TypeScript", "React", "Node.js", "Java", "Kotlin", "Swift", "AWS", "GCP", "Kubernetes",
          "Terraform", "PostgreSQL", "Django", "Spring Boot", "Rust", "C#", ".NET", "Data engineering", "Airflow",
          "Spark", "iOS", "Android", "Flutter", "Solidity", "Blockchain", "DevOps", "SRE", "Machine learning",
          "QA automation", "Salesforce", "SAP"]
TITLES = ["Software Engineer", "Senior Software Engineer", "Full Stack Developer", "Backend Engineer",
          "Frontend Developer", "DevOps Engineer", "Data Engineer", "Mobile Developer", "QA Engineer", "IT Support Specialist",
          "Customer Success Manager", "Account Executive", "Product Designer", "Data Analyst", "Site Reliability Engineer",
          "Blockchain Developer", "Machine Learning Engineer", "Technical Writer", "Project Manager", "Recruiter"]
PAST_EMPLOYERS = ["Accenture", "Infosys", "Deloitte", "IBM", "Oracle", "Capital One", "Amazon", "Target", "Wells Fargo",
                  "Cognizant", "EPAM Systems", "Shopify", "Salesforce", "Intuit", "Cisco", "Dell", "a local startup",
                  "Walmart Global Tech", "Toptal", "Upwork clients", "Globant", "Wipro", "TCS", "Booz Allen Hamilton"]
UNIS = [("University of Texas at Austin", "utexas.edu", "US", "Austin"), ("Georgia Tech", "gatech.edu", "US", "Atlanta"),
        ("UC San Diego", "ucsd.edu", "US", "San Diego"), ("University of Washington", "uw.edu", "US", "Seattle"),
        ("Ohio State University", "osu.edu", "US", "Columbus"), ("Carnegie Mellon University", "cmu.edu", "US", "Pittsburgh"),
        ("University of Waterloo", "uwaterloo.ca", "CA", "Waterloo"), ("University of Manchester", "manchester.ac.uk", "GB", "Manchester"),
        ("Hack Reactor", "hackreactor.com", "US", "San Francisco"), ("Flatiron School", "flatironschool.com", "US", "New York"),
        ("General Assembly", "generalassemb.ly", "US", "Chicago"), ("App Academy", "appacademy.io", "US", "San Francisco"),
        ("NC State University", "ncsu.edu", "US", "Raleigh"), ("TU München", "tum.de", "DE", "Munich")]
AGENCIES = [("TalentBridge Staffing", "talentbridge-staffing.com", "US", "Dallas"), ("Apex Tech Search", "apextechsearch.com", "US", "Chicago"),
            ("Redline IT Partners", "redlineitpartners.com", "US", "Atlanta"), ("NorthStar Consulting Group", "northstarcg.com", "US", "Fremont"),
            ("Infinite Bench Solutions", "infinitebench.io", "US", "Irvine"), ("Harbor Talent", "harbortalent.co.uk", "GB", "London"),
            ("Maple Recruit", "maplerecruit.ca", "CA", "Toronto"), ("CodeHire India", "codehire.in", "IN", "Hyderabad"),
            ("Kinetic Staffing", "kineticstaffing.com", "US", "Phoenix"), ("Brightpath Recruiting", "brightpathrecruit.com", "US", "Raleigh")]
COWORK = ["WeWork", "Regus", "Industrious", "Impact Hub", "Spaces"]
SHIP_NOTES = ["UPS Ground", "FedEx 2Day", "FedEx Ground", "DHL Express", "USPS Priority"]
