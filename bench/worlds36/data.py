"""Static reference data for Campusline: names, places, schools, bootcamps, employers, networks."""

FIRST = {
    "us": "James Mary John Patricia Robert Jennifer Michael Linda William Elizabeth David Barbara Richard Susan Joseph Jessica Thomas Sarah Chris Karen Daniel Nancy Matthew Lisa Anthony Betty Mark Sandra Steven Ashley Andrew Kimberly Joshua Emily Kevin Donna Brian Michelle Ryan Amanda Jacob Melissa Tyler Hannah Noah Olivia Ethan Emma Logan Ava Mason Sophia Lucas Isabella Aiden Madison Caleb Abigail Dylan Chloe Nathan Grace Austin Lily Connor Natalie Jordan Zoe Evan Riley Cameron Taylor Hunter Morgan Owen Brooke Luke Avery Jack Paige Cole Sydney Blake Jenna Gavin Kayla Trevor Megan Colin Rachel Spencer Lauren".split(),
    "hisp": "Jose Maria Luis Ana Carlos Sofia Juan Valentina Miguel Camila Diego Lucia Jorge Daniela Alejandro Gabriela Mateo Fernanda Santiago Isabel Andres Paola Javier Adriana Ricardo Ximena Eduardo Natalia".split(),
    "cn": "Wei Jing Hao Yan Jun Xin Lei Mei Yu Ying Chen Li Tao Hui Bo Lin Zhen Qing Ming Fang Yifan Zihan Haoran Yuxuan Ruoxi Jiahui Kaiwen Siyu".split(),
    "in": "Aarav Priya Rohan Ananya Arjun Diya Vihaan Isha Aditya Kavya Rahul Sneha Karthik Pooja Siddharth Neha Varun Divya Nikhil Shreya Abhishek Meera Harsh Riya Pranav Anjali Sai Lakshmi".split(),
    "kr": "Minjun Seoyeon Jiho Jiwoo Hyunwoo Soyeon Junseo Yuna Dohyun Jiyoung Taeyang Eunji Sungmin Hayoon Jaehyun Minji".split(),
    "vn": "Minh Linh Anh Trang Duc Thao Huy Ngoc Quang Mai Tuan Hoa Long Lan Khoa Vy".split(),
    "ng": "Chinedu Ngozi Emeka Adaeze Tunde Funmilayo Oluwaseun Chiamaka Ifeanyi Temitope Babatunde Amaka Segun Yetunde Kelechi Bisola".split(),
    "jp": "Haruto Yui Sota Hina Yuto Aoi Riku Sakura Kaito Mio Ren Yuna Takumi Akari".split(),
    "ar": "Omar Fatima Ahmed Aisha Yusuf Layla Hassan Mariam Ali Noor Khalid Sara Karim Huda".split(),
    "ru": "Dmitri Anastasia Ivan Ekaterina Alexei Olga Sergei Natalia Mikhail Yulia Andrii Oksana".split(),
    "ph": "Mark Angelica John Kristine Paolo Joanna Carlo Patricia Miguel Camille Rafael Bea".split(),
}
LAST = {
    "us": "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Murphy Cook Rogers Morgan Peterson Cooper Reed Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson Brooks Bennett Gray James Hughes Price Sanders Myers Long Ross Foster Powell Jenkins Perry Russell Sullivan Fisher Henderson Coleman Simmons Patterson Jordan Reynolds Hamilton Graham Wallace Cole West Stone Meyer Hansen Olson Schmidt Weber Becker Novak Kowalski".split(),
    "hisp": "Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera Gomez Diaz Cruz Morales Reyes Gutierrez Ortiz Ramos Castillo Mendoza Vargas Romero".split(),
    "cn": "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Tang".split(),
    "in": "Patel Sharma Singh Kumar Gupta Reddy Iyer Nair Rao Mehta Shah Joshi Agarwal Desai Menon Pillai Verma Bhat Chowdhury Mishra Kapoor Malhotra".split(),
    "kr": "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang".split(),
    "vn": "Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ho Ngo Duong Ly".split(),
    "ng": "Okafor Adeyemi Okonkwo Eze Balogun Nwosu Ogunleye Chukwu Adebayo Obi Okeke Afolabi Onyeka Bello".split(),
    "jp": "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada".split(),
    "ar": "Haddad Khalil Nasser Hassan Ibrahim Mansour Saleh Farouk Aziz Rahman Qureshi Siddiqui".split(),
    "ru": "Ivanov Petrov Smirnov Kuznetsov Popov Sokolov Volkov Kovalenko Shevchenko Bondarenko".split(),
    "ph": "Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Aquino Villanueva Castro".split(),
}
# US resident origin mix (honest domestic students and the pool personas draw their fake names from)
US_ORIGIN_MIX = [("us", 62), ("hisp", 16), ("cn", 5), ("in", 6), ("kr", 3), ("vn", 3), ("ng", 2), ("ar", 1), ("ph", 2)]

# international students' home countries: origin, region, country name, home city, tz, keyboard, lat, lon, isps, mail
INTL = {
    "IN": ("in", "Bengaluru", "Asia/Kolkata", "en-IN", 12.97, 77.59, ["Reliance Jio", "Bharti Airtel", "ACT Fibernet"], ["gmail.com", "yahoo.co.in", "rediffmail.com"]),
    "CN": ("cn", "Shanghai", "Asia/Shanghai", "zh-CN", 31.23, 121.47, ["China Telecom", "China Unicom", "China Mobile"], ["qq.com", "163.com", "126.com", "gmail.com"]),
    "KR": ("kr", "Seoul", "Asia/Seoul", "ko-KR", 37.57, 126.98, ["Korea Telecom", "SK Broadband", "LG U+"], ["naver.com", "gmail.com", "daum.net"]),
    "VN": ("vn", "Hanoi", "Asia/Ho_Chi_Minh", "vi-VN", 21.03, 105.85, ["Viettel", "VNPT", "FPT Telecom"], ["gmail.com", "yahoo.com.vn"]),
    "NG": ("ng", "Lagos", "Africa/Lagos", "en-NG", 6.52, 3.38, ["MTN Nigeria", "Airtel Nigeria", "Spectranet"], ["gmail.com", "yahoo.com"]),
    "JP": ("jp", "Tokyo", "Asia/Tokyo", "ja-JP", 35.68, 139.69, ["NTT Docomo", "KDDI", "SoftBank"], ["gmail.com", "yahoo.co.jp", "docomo.ne.jp"]),
    "SA": ("ar", "Riyadh", "Asia/Riyadh", "ar-SA", 24.71, 46.68, ["STC", "Mobily"], ["gmail.com", "hotmail.com"]),
    "PK": ("ar", "Lahore", "Asia/Karachi", "en-PK", 31.55, 74.34, ["PTCL", "Jazz"], ["gmail.com", "hotmail.com"]),
    "MX": ("hisp", "Monterrey", "America/Monterrey", "es-MX", 25.69, -100.32, ["Telmex", "Totalplay"], ["gmail.com", "hotmail.com", "outlook.com"]),
    "BR": ("hisp", "Sao Paulo", "America/Sao_Paulo", "pt-BR", -23.55, -46.63, ["Vivo", "Claro Brasil"], ["gmail.com", "hotmail.com"]),
    "TW": ("cn", "Taipei", "Asia/Taipei", "zh-TW", 25.03, 121.56, ["Chunghwa Telecom"], ["gmail.com", "yahoo.com.tw"]),
    "UA": ("ru", "Kyiv", "Europe/Kyiv", "uk-UA", 50.45, 30.52, ["Kyivstar", "Volia"], ["gmail.com", "ukr.net"]),
    "PH": ("ph", "Manila", "Asia/Manila", "en-PH", 14.60, 120.98, ["PLDT", "Globe Telecom"], ["gmail.com", "yahoo.com"]),
    "CA": ("us", "Toronto", "America/Toronto", "en-CA", 43.65, -79.38, ["Rogers", "Bell Canada"], ["gmail.com", "outlook.com"]),
}
INTL_MIX = [("IN", 30), ("CN", 24), ("KR", 8), ("VN", 5), ("NG", 5), ("JP", 3), ("SA", 3), ("PK", 3), ("MX", 4), ("BR", 3), ("TW", 4), ("UA", 2), ("PH", 2), ("CA", 4)]

# US metros: state, tz, area codes, lat, lon, zip prefix
CITIES = {
    "Boston": ("MA", "America/New_York", ["617", "857", "781"], 42.36, -71.06, "021"),
    "New York": ("NY", "America/New_York", ["212", "646", "718", "917", "347"], 40.71, -74.01, "100"),
    "Philadelphia": ("PA", "America/New_York", ["215", "267"], 39.95, -75.17, "191"),
    "Pittsburgh": ("PA", "America/New_York", ["412"], 40.44, -79.99, "152"),
    "Atlanta": ("GA", "America/New_York", ["404", "470", "678"], 33.75, -84.39, "303"),
    "Raleigh": ("NC", "America/New_York", ["919", "984"], 35.78, -78.64, "276"),
    "Ann Arbor": ("MI", "America/Detroit", ["734"], 42.28, -83.74, "481"),
    "Columbus": ("OH", "America/New_York", ["614"], 39.96, -83.00, "432"),
    "Chicago": ("IL", "America/Chicago", ["312", "773", "872"], 41.88, -87.63, "606"),
    "Champaign": ("IL", "America/Chicago", ["217"], 40.12, -88.24, "618"),
    "Madison": ("WI", "America/Chicago", ["608"], 43.07, -89.40, "537"),
    "Minneapolis": ("MN", "America/Chicago", ["612", "651"], 44.98, -93.27, "554"),
    "Austin": ("TX", "America/Chicago", ["512", "737"], 30.27, -97.74, "787"),
    "Dallas": ("TX", "America/Chicago", ["214", "469", "972"], 32.78, -96.80, "752"),
    "Houston": ("TX", "America/Chicago", ["713", "832", "281"], 29.76, -95.37, "770"),
    "Denver": ("CO", "America/Denver", ["303", "720"], 39.74, -104.99, "802"),
    "Phoenix": ("AZ", "America/Phoenix", ["602", "480", "623"], 33.45, -112.07, "850"),
    "Salt Lake City": ("UT", "America/Denver", ["801", "385"], 40.76, -111.89, "841"),
    "Seattle": ("WA", "America/Los_Angeles", ["206", "425", "253"], 47.61, -122.33, "981"),
    "Portland": ("OR", "America/Los_Angeles", ["503", "971"], 45.52, -122.68, "972"),
    "San Francisco": ("CA", "America/Los_Angeles", ["415", "628"], 37.77, -122.42, "941"),
    "San Jose": ("CA", "America/Los_Angeles", ["408", "669"], 37.34, -121.89, "951"),
    "Los Angeles": ("CA", "America/Los_Angeles", ["213", "310", "323", "818"], 34.05, -118.24, "900"),
    "San Diego": ("CA", "America/Los_Angeles", ["619", "858"], 32.72, -117.16, "921"),
    "Nashville": ("TN", "America/Chicago", ["615", "629"], 36.16, -86.78, "372"),
    "Miami": ("FL", "America/New_York", ["305", "786"], 25.76, -80.19, "331"),
    "Washington": ("DC", "America/New_York", ["202"], 38.91, -77.04, "200"),
    "Baltimore": ("MD", "America/New_York", ["410", "443"], 39.29, -76.61, "212"),
    "Tucson": ("AZ", "America/Phoenix", ["520"], 32.22, -110.97, "857"),
    "Lansing": ("MI", "America/Detroit", ["517"], 42.73, -84.55, "489"),
}

# universities: name, short, domain, city, dorms
UNIVERSITIES = [
    ("Northeastern Commonwealth University", "ncu", "ncu.edu", "Boston", ["Speare Hall", "Kerr Hall", "West Village H"]),
    ("Hudson Metropolitan University", "hmu", "hmu.edu", "New York", ["Lipton Hall", "Third North", "Palladium Hall"]),
    ("Schuylkill Technical University", "stu", "stu.edu", "Philadelphia", ["Harrison House", "Hill College House"]),
    ("Allegheny Institute of Technology", "ait", "ait.edu", "Pittsburgh", ["Morewood Gardens", "Donner House", "Stever House"]),
    ("Peachtree State University", "psu-ga", "peachtree.edu", "Atlanta", ["North Avenue East", "Glenn Hall"]),
    ("Triangle State University", "tsu", "trianglestate.edu", "Raleigh", ["Wolf Village", "Bragaw Hall"]),
    ("University of Huron", "uhuron", "uhuron.edu", "Ann Arbor", ["Bursley Hall", "East Quad", "Markley Hall"]),
    ("Scioto State University", "scioto", "scioto.edu", "Columbus", ["Morrill Tower", "Lincoln Tower"]),
    ("Lakeshore University Chicago", "luc", "lakeshore.edu", "Chicago", ["Baumhart Hall", "Mertz Hall"]),
    ("Prairie State University", "prairie", "prairie.edu", "Champaign", ["ISR Hall", "PAR Hall", "FAR Hall"]),
    ("University of Mendota", "umendota", "mendota.edu", "Madison", ["Sellery Hall", "Witte Hall"]),
    ("Twin Rivers University", "twinriv", "twinrivers.edu", "Minneapolis", ["Centennial Hall", "Pioneer Hall"]),
    ("Colorado River University", "cru", "coloradoriver.edu", "Austin", ["Jester West", "Kinsolving Hall"]),
    ("Trinity Valley University", "tvu", "trinityvalley.edu", "Dallas", ["McElvaney Hall", "Boaz Hall"]),
    ("Front Range University", "fru", "frontrange.edu", "Denver", ["Centennial Halls", "Nelson Hall"]),
    ("Sonoran State University", "sonoran", "sonoran.edu", "Phoenix", ["Manzanita Hall", "Tooker House"]),
    ("Puget Sound Technical University", "pstu", "pstu.edu", "Seattle", ["McMahon Hall", "Terry Hall"]),
    ("Willamette Valley University", "wvu", "wvu.edu", "Portland", ["Ondine Hall", "Broadway Hall"]),
    ("Bay Polytechnic University", "baypoly", "baypoly.edu", "San Jose", ["Campus Village B", "Washburn Hall"]),
    ("Pacific Coast University", "pcu", "pcu.edu", "Los Angeles", ["Hedrick Hall", "Sproul Hall", "Rieber Hall"]),
    ("Torrey Pines University", "tpu", "torreypines.edu", "San Diego", ["Tenaya Hall", "Galathea Hall"]),
    ("Cumberland University", "cumberland", "cumberland.edu", "Nashville", ["Commons Hall", "Kissam Hall"]),
    ("Biscayne International University", "biu", "biscayne.edu", "Miami", ["Panther Hall", "Lakeview South"]),
    ("Potomac University", "potomac", "potomac.edu", "Washington", ["Thurston Hall", "District House"]),
    ("Chesapeake Institute", "chesinst", "chesapeake.edu", "Baltimore", ["AMR II", "Wolman House"]),
    ("Spartan Plains University", "spu", "spartanplains.edu", "Lansing", ["Holden Hall", "Wilson Hall"]),
]
BOOTCAMPS = [
    ("LaunchCode Forge", "forge", "codeforge.io", "Chicago"),
    ("Stackwise Academy", "stackwise", "stackwise.dev", "Austin"),
    ("Byte Harbor", "byteharbor", "byteharbor.com", "Seattle"),
    ("Gridline Coding School", "gridline", "gridline.school", "Denver"),
    ("Hackpath", "hackpath", "hackpath.io", "New York"),
    ("Codeyard", "codeyard", "codeyard.org", "Atlanta"),
    ("Semicolon Institute", "semicolon", "semicolon.institute", "San Francisco"),
    ("Pivot Tech Academy", "pivot", "pivottech.academy", "Nashville"),
    ("NextRung Bootcamp", "nextrung", "nextrung.com", "Phoenix"),
    ("Fullstack Foundry", "foundry", "fsfoundry.io", "Boston"),
]
EMPLOYER_WORDS_A = "Blue Bright Cedar Clear Copper Delta Ember Fern Granite Harbor Iron Juniper Kite Lumen Maple North Oak Pine Quartz River Sable Summit Tidal Vector Willow Zenith Arc Beacon Cobalt Drift".split()
EMPLOYER_WORDS_B = "Labs Systems Health Analytics Cloud Data Works Logic Pay Bio Robotics Security Software Networks AI Commerce Learning Finance Mobility Energy".split()
HQ_STREETS = ["Market St", "Main St", "Broadway", "Congress Ave", "Pike St", "Peachtree St NE", "Michigan Ave", "Boylston St", "Larimer St", "Mission St", "Pearl St", "2nd Ave"]

STREETS = ["Oak", "Maple", "Cedar", "Pine", "Elm", "Washington", "Lake", "Hill", "Park", "Walnut", "Sunset", "Highland", "Jefferson", "Lincoln", "Franklin", "Chestnut", "Spruce", "Willow", "Ridge", "Church", "Adams", "Madison", "Forest", "River", "Meadow", "Center", "Prospect", "Grove", "Union", "Summit", "Dogwood", "Hickory", "Magnolia", "Birch", "Laurel", "Cherry", "Locust", "Poplar", "Sycamore", "Juniper"]
STREET_SUFFIX = [("St", "Street"), ("Ave", "Avenue"), ("Rd", "Road"), ("Dr", "Drive"), ("Ln", "Lane"), ("Blvd", "Boulevard"), ("Ct", "Court"), ("Pl", "Place"), ("Way", "Way")]
APT_BUILDINGS = ["The Standard", "Hub on Campus", "The Verge", "Lark", "Uncommon", "The Retreat", "Vue", "Rise at State", "The Mark", "Canopy"]

# home ISPs (US): owner, asn
US_ISPS = [("Comcast Cable Communications, LLC", "7922", 30), ("Charter Communications Inc", "20115", 22), ("AT&T Services, Inc.", "7018", 14), ("Verizon Business", "701", 10), ("Cox Communications Inc.", "22773", 6), ("CenturyLink Communications, LLC", "209", 6), ("Frontier Communications", "5650", 4), ("Google Fiber Inc.", "16591", 3), ("Astound Broadband", "46690", 3), ("Sonic Telecom", "46375", 2)]
US_MOBILE = [("T-Mobile USA, Inc.", "21928", 40), ("Verizon Wireless", "6167", 35), ("AT&T Mobility LLC", "20057", 25)]
VPNS = {
    "NordVPN": ("Packethub S.A.", "136787"), "ExpressVPN": ("Express Technologies Ltd", "206092"),
    "Surfshark": ("Surfshark Ltd", "209854"), "ProtonVPN": ("Proton AG", "62371"), "Mullvad": ("31173 Services AB", "39351"),
    "Astrill": ("Astrill Systems Corp", "40676"), "letsVPN": ("Leaseweb Asia Pacific", "59253"), "iCloud Private Relay": ("Akamai Technologies", "36183"),
}
VPN_CITIES = ["New York", "Los Angeles", "Chicago", "Dallas", "Seattle", "Miami", "Atlanta", "Denver"]
VPS = [("DigitalOcean, LLC", "14061"), ("Vultr Holdings LLC", "20473"), ("Akamai Connected Cloud", "63949"), ("Amazon.com, Inc.", "16509"), ("OVH SAS", "16276"), ("Hetzner Online GmbH", "24940")]
CORP_SSE = [("Zscaler, Inc.", "22616"), ("Netskope Inc", "55256"), ("Palo Alto Networks", "54538")]

UA_DESKTOP = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:131.0) Gecko/20100101 Firefox/131.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
]
UA_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36",
    "Campusline/5.12 (iPhone; iOS 17.5)", "Campusline/5.12 (Android 14)",
]
LAPTOPS = ["MacBookPro18,3", "MacBookPro18,1", "MacBookAir10,1", "Mac14,2", "Mac15,3", "Latitude 7440", "ThinkPad T14 Gen 4", "ThinkPad X1 Carbon Gen 11", "EliteBook 840 G10", "Surface Laptop 5"]
WORK_PROCS = ["Slack", "zoom.us", "Google Chrome", "Code", "Microsoft Teams", "1Password", "Notion", "iTerm2", "Docker", "Figma", "Outlook", "Postman", "CrowdStrike Falcon", "Jamf", "intellij"]
DISPLAYS = ["DELL U2723QE", "LG HDR 4K", "DELL P2422H", "Built-in Retina Display", "LG ULTRAFINE", "SAMSUNG LS27", "HP E24 G5", "ASUS VG27A", "BenQ GW2480"]
USB_HONEST = [("Logitech USB Receiver", "046d", "c52b"), ("YubiKey 5 NFC", "1050", "0407"), ("Apple Magic Keyboard", "05ac", "029c"), ("Anker USB-C Hub", "0bda", "8153"), ("Jabra Evolve2 65", "0b0e", "245d"), ("Logitech BRIO", "046d", "085e"), ("SanDisk Ultra", "0781", "5581"), ("Blue Yeti", "b58e", "9e84"), ("CalDigit TS4", "2188", "0611")]
USB_KVM = [("PiKVM Composite Device", "1d6b", "0104"), ("TinyPilot Composite", "1d6b", "0104"), ("CH9329 Keyboard Mouse", "1a86", "e129"), ("ATEN CN9600 IP-KVM", "0557", "2419"), ("USB3.0 HDMI Capture", "345f", "2130"), ("JetKVM", "1d6b", "0104")]
USB_KVM_SWITCH_HONEST = [("TESmart KVM Switch", "1a86", "7523"), ("ATEN US3344i KVM Switch", "0557", "7000"), ("Raspberry Pi Pico", "2e8a", "0005")]
REMOTE_TOOLS = [("AnyDesk", "7070/tcp"), ("RustDesk", "21118/tcp"), ("TeamViewer", "5938/tcp"), ("remoting_host", None), ("Splashtop Streamer", "6783/tcp"), ("ScreenConnect.ClientService", None), ("vncserver", "5900/tcp")]
