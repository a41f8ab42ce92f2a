"""Reference data for Relaydesk (world 29): places, networks, names, software, hardware."""

# country -> cities: (city, region/state, postal pattern, lat, lon, IANA zone)
CITIES = {
    "US": [
        ("New York", "NY", "100##", 40.7128, -74.0060, "America/New_York"),
        ("Brooklyn", "NY", "112##", 40.6782, -73.9442, "America/New_York"),
        ("Philadelphia", "PA", "191##", 39.9526, -75.1652, "America/New_York"),
        ("Atlanta", "GA", "303##", 33.7490, -84.3880, "America/New_York"),
        ("Charlotte", "NC", "282##", 35.2271, -80.8431, "America/New_York"),
        ("Miami", "FL", "331##", 25.7617, -80.1918, "America/New_York"),
        ("Tampa", "FL", "336##", 27.9506, -82.4572, "America/New_York"),
        ("Columbus", "OH", "432##", 39.9612, -82.9988, "America/New_York"),
        ("Boston", "MA", "021##", 42.3601, -71.0589, "America/New_York"),
        ("Richmond", "VA", "232##", 37.5407, -77.4360, "America/New_York"),
        ("Detroit", "MI", "482##", 42.3314, -83.0458, "America/Detroit"),
        ("Chicago", "IL", "606##", 41.8781, -87.6298, "America/Chicago"),
        ("Dallas", "TX", "752##", 32.7767, -96.7970, "America/Chicago"),
        ("Houston", "TX", "770##", 29.7604, -95.3698, "America/Chicago"),
        ("Austin", "TX", "787##", 30.2672, -97.7431, "America/Chicago"),
        ("Nashville", "TN", "372##", 36.1627, -86.7816, "America/Chicago"),
        ("Minneapolis", "MN", "554##", 44.9778, -93.2650, "America/Chicago"),
        ("Kansas City", "MO", "641##", 39.0997, -94.5786, "America/Chicago"),
        ("Denver", "CO", "802##", 39.7392, -104.9903, "America/Denver"),
        ("Salt Lake City", "UT", "841##", 40.7608, -111.8910, "America/Denver"),
        ("Phoenix", "AZ", "850##", 33.4484, -112.0740, "America/Phoenix"),
        ("Litchfield Park", "AZ", "853##", 33.4934, -112.3580, "America/Phoenix"),
        ("Los Angeles", "CA", "900##", 34.0522, -118.2437, "America/Los_Angeles"),
        ("San Jose", "CA", "951##", 37.3382, -121.8863, "America/Los_Angeles"),
        ("San Diego", "CA", "921##", 32.7157, -117.1611, "America/Los_Angeles"),
        ("Seattle", "WA", "981##", 47.6062, -122.3321, "America/Los_Angeles"),
        ("Portland", "OR", "972##", 45.5152, -122.6784, "America/Los_Angeles"),
        ("Las Vegas", "NV", "891##", 36.1699, -115.1398, "America/Los_Angeles"),
        ("Fort Lee", "NJ", "070##", 40.8509, -73.9701, "America/New_York"),
        ("Flushing", "NY", "113##", 40.7675, -73.8330, "America/New_York"),
        ("Fairfax", "VA", "220##", 38.8462, -77.3064, "America/New_York"),
    ],
    "CA": [("Toronto", "ON", "M5V ###", 43.6532, -79.3832, "America/Toronto"),
           ("Vancouver", "BC", "V6B ###", 49.2827, -123.1207, "America/Vancouver"),
           ("Montreal", "QC", "H2X ###", 45.5017, -73.5673, "America/Toronto")],
    "GB": [("London", "", "EC1A #AA", 51.5074, -0.1278, "Europe/London"),
           ("Manchester", "", "M1 #AB", 53.4808, -2.2426, "Europe/London")],
    "DE": [("Berlin", "", "101##", 52.5200, 13.4050, "Europe/Berlin"),
           ("Munich", "", "803##", 48.1351, 11.5820, "Europe/Berlin")],
    "NL": [("Amsterdam", "", "10## AB", 52.3676, 4.9041, "Europe/Amsterdam")],
    "FR": [("Paris", "", "750##", 48.8566, 2.3522, "Europe/Paris")],
    "PL": [("Krakow", "", "30-###", 50.0647, 19.9450, "Europe/Warsaw"),
           ("Warsaw", "", "00-###", 52.2297, 21.0122, "Europe/Warsaw")],
    "UA": [("Kyiv", "", "01###", 50.4501, 30.5234, "Europe/Kyiv"),
           ("Lviv", "", "79###", 49.8397, 24.0297, "Europe/Kyiv")],
    "IN": [("Bengaluru", "KA", "5600##", 12.9716, 77.5946, "Asia/Kolkata"),
           ("Hyderabad", "TG", "5000##", 17.3850, 78.4867, "Asia/Kolkata"),
           ("Pune", "MH", "4110##", 18.5204, 73.8567, "Asia/Kolkata"),
           ("Noida", "UP", "2013##", 28.5355, 77.3910, "Asia/Kolkata"),
           ("Chennai", "TN", "6000##", 13.0827, 80.2707, "Asia/Kolkata")],
    "PH": [("Makati", "Metro Manila", "12##", 14.5547, 121.0244, "Asia/Manila"),
           ("Quezon City", "Metro Manila", "11##", 14.6760, 121.0437, "Asia/Manila"),
           ("Cebu City", "Cebu", "60##", 10.3157, 123.8854, "Asia/Manila")],
    "KR": [("Seoul", "", "0####", 37.5665, 126.9780, "Asia/Seoul"),
           ("Busan", "", "4####", 35.1796, 129.0756, "Asia/Seoul")],
    "JP": [("Tokyo", "", "1##-####", 35.6762, 139.6503, "Asia/Tokyo")],
    "CN": [("Shanghai", "", "200###", 31.2304, 121.4737, "Asia/Shanghai"),
           ("Guangzhou", "", "510###", 23.1291, 113.2644, "Asia/Shanghai"),
           ("Harbin", "", "150###", 45.8038, 126.5349, "Asia/Shanghai")],
    "VN": [("Ho Chi Minh City", "", "700###", 10.8231, 106.6297, "Asia/Ho_Chi_Minh"),
           ("Hanoi", "", "100###", 21.0278, 105.8342, "Asia/Ho_Chi_Minh")],
    "BR": [("Sao Paulo", "SP", "01###-###", -23.5505, -46.6333, "America/Sao_Paulo")],
    "MX": [("Monterrey", "NL", "64###", 25.6866, -100.3161, "America/Monterrey"),
           ("Mexico City", "CDMX", "06###", 19.4326, -99.1332, "America/Mexico_City")],
    "AU": [("Sydney", "NSW", "2###", -33.8688, 151.2093, "Australia/Sydney"),
           ("Melbourne", "VIC", "3###", -37.8136, 144.9631, "Australia/Melbourne")],
    "NG": [("Lagos", "LA", "1####", 6.5244, 3.3792, "Africa/Lagos")],
    "ES": [("Madrid", "", "280##", 40.4168, -3.7038, "Europe/Madrid")],
    "RU": [("Moscow", "", "101###", 55.7558, 37.6173, "Europe/Moscow")],
}

# weight of honest residence countries
COUNTRY_MIX = [("US", 52), ("CA", 4), ("GB", 6), ("DE", 5), ("NL", 2), ("FR", 3), ("PL", 2), ("UA", 2),
               ("IN", 7), ("PH", 4), ("KR", 2), ("JP", 1), ("CN", 1), ("VN", 1), ("BR", 3), ("MX", 2),
               ("AU", 2), ("NG", 1), ("ES", 2)]

# country -> residential ISPs: (asn, owner, [first octets], mobile?)
ISPS = {
    "US": [(7922, "Comcast Cable Communications, LLC", [73, 76, 98, 24], False),
           (7018, "AT&T Services, Inc.", [99, 107, 108, 75], False),
           (701, "Verizon Business", [71, 96, 100, 173], False),
           (20115, "Charter Communications", [66, 97, 174, 47], False),
           (22773, "Cox Communications Inc.", [68, 70, 72], False),
           (5650, "Frontier Communications of America, Inc.", [50, 104], False),
           (21928, "T-Mobile USA, Inc.", [172], True),
           (6167, "Cellco Partnership DBA Verizon Wireless", [174], True)],
    "CA": [(812, "Rogers Communications Canada Inc.", [99, 174], False), (577, "Bell Canada", [65, 70], False)],
    "GB": [(2856, "British Telecommunications PLC", [81, 86, 109], False), (5089, "Virgin Media Limited", [82, 62], False)],
    "DE": [(3320, "Deutsche Telekom AG", [79, 87, 91], False), (3209, "Vodafone GmbH", [88, 94], False)],
    "NL": [(1136, "KPN B.V.", [77, 145], False), (33915, "Vodafone Libertel B.V.", [84], False)],
    "FR": [(3215, "Orange S.A.", [90, 86], False), (12322, "Free SAS", [88, 82], False)],
    "PL": [(5617, "Orange Polska Spolka Akcyjna", [83, 31], False), (6830, "Liberty Global B.V.", [89], False)],
    "UA": [(15895, "Kyivstar PJSC", [46, 176], False), (6849, "PJSC Ukrtelecom", [93], False)],
    "IN": [(24560, "Bharti Airtel Ltd., Telemedia Services", [122, 106], False), (55836, "Reliance Jio Infocomm Limited", [49, 157], True),
           (24309, "Atria Convergence Technologies Pvt. Ltd.", [183, 106], False)],
    "PH": [(9299, "Philippine Long Distance Telephone Company", [112, 124], False), (4775, "Globe Telecoms", [110, 180], True),
           (17639, "Converge ICT Solutions Inc.", [136, 175], False)],
    "KR": [(4766, "Korea Telecom", [121, 175, 211], False), (9318, "SK Broadband Co Ltd", [118, 1], False)],
    "JP": [(4713, "NTT Communications Corporation", [60, 153], False)],
    "CN": [(4134, "CHINANET-BACKBONE", [114, 180, 58], False), (4837, "CHINA UNICOM China169 Backbone", [113, 221, 60], False)],
    "VN": [(7552, "Viettel Group", [27, 116], False), (45899, "VNPT Corp", [14, 113], False)],
    "BR": [(26599, "TELEFONICA BRASIL S.A", [177, 179], False), (28573, "Claro NXT Telecomunicacoes Ltda", [189, 187], False)],
    "MX": [(8151, "Uninet S.A. de C.V.", [187, 189], False)],
    "AU": [(1221, "Telstra Corporation Ltd", [101, 120], False), (4804, "Microplex PTY LTD (Optus)", [49, 211], False)],
    "NG": [(29465, "MTN NIGERIA Communication limited", [102, 105], True)],
    "ES": [(3352, "Telefonica de Espana SAU", [88, 83], False)],
    "RU": [(12389, "PJSC Rostelecom", [95, 178], False)],
}

# business / campus / hosting networks
CORP_NETS = [(3356, "Level 3 Parent, LLC"), (174, "Cogent Communications"), (6461, "Zayo Bandwidth"),
             (209, "CenturyLink Communications, LLC"), (20473, "The Constant Company, LLC"), (16509, "Amazon.com, Inc."),
             (8075, "Microsoft Corporation"), (53813, "Zscaler, Inc."), (62044, "Zscaler Switzerland GmbH")]

# commercial VPN providers -> exit networks: (asn, owner, first octet, exit country, city)
VPNS = {
    "Astrill": [(9009, "M247 Europe SRL", 146, "US", "Los Angeles"), (46664, "VolumeDrive", 173, "US", "Dallas"),
                (9009, "M247 Europe SRL", 89, "US", "New York"), (40676, "Psychz Networks", 104, "US", "Los Angeles"),
                (35916, "MULTACOM CORPORATION", 38, "US", "Los Angeles"), (9009, "M247 Europe SRL", 185, "JP", "Tokyo")],
    "NordVPN": [(212238, "Datacamp Limited", 212, "US", "New York"), (9009, "M247 Europe SRL", 37, "GB", "London"),
                (136787, "TEFINCOM S.A.", 193, "US", "Chicago")],
    "ExpressVPN": [(396356, "Maxihost LLC", 45, "US", "Miami"), (9009, "M247 Europe SRL", 91, "NL", "Amsterdam")],
    "ProtonVPN": [(209103, "Proton AG", 185, "CH", "Zurich"), (212238, "Datacamp Limited", 149, "US", "Seattle")],
    "Mullvad": [(39351, "31173 Services AB", 193, "SE", "Stockholm"), (9009, "M247 Europe SRL", 146, "US", "Atlanta")],
    "Surfshark": [(9009, "M247 Europe SRL", 37, "DE", "Frankfurt"), (212238, "Datacamp Limited", 89, "US", "Denver")],
    "iCloud Private Relay": [(36183, "Akamai Technologies, Inc.", 172, "US", "Los Angeles"), (13335, "Cloudflare, Inc.", 104, "US", "Dallas")],
}
VPN_CLIENT = {"Astrill": "Astrill.exe", "NordVPN": "NordVPN.exe", "ExpressVPN": "ExpressVPN.exe", "ProtonVPN": "ProtonVPN.exe",
              "Mullvad": "mullvad-vpn.exe", "Surfshark": "Surfshark.exe", "iCloud Private Relay": ""}

VPS = [(14061, "DigitalOcean, LLC", 159, "US", "Clifton"), (20473, "The Constant Company, LLC", 45, "US", "Piscataway"),
       (63949, "Akamai Connected Cloud", 172, "US", "Newark"), (16276, "OVH SAS", 51, "FR", "Roubaix"),
       (24940, "Hetzner Online GmbH", 95, "DE", "Falkenstein")]

# where operator teams sit: (city, country, lat, lon, zone, (asn, owner, first octet))
BASES = [("Shenyang", "CN", 41.8057, 123.4315, "Asia/Shanghai", (4837, "CHINA UNICOM China169 Backbone", 175)),
         ("Dandong", "CN", 40.1244, 124.3946, "Asia/Shanghai", (4837, "CHINA UNICOM China169 Backbone", 119)),
         ("Yanji", "CN", 42.9048, 129.5067, "Asia/Shanghai", (4134, "CHINANET-BACKBONE", 222)),
         ("Vladivostok", "RU", 43.1155, 131.8855, "Asia/Vladivostok", (12389, "PJSC Rostelecom", 94)),
         ("Vladivostok", "RU", 43.1155, 131.8855, "Asia/Vladivostok", (8359, "MTS PJSC", 217))]
NK_NET = (131279, "Ryugyong-dong", "175.45.17")  # Star JV, 175.45.176.0/22

FIRST = {
    "US": ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth", "William",
           "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Chris", "Karen", "Daniel", "Lisa",
           "Matthew", "Nancy", "Anthony", "Ashley", "Mark", "Emily", "Kevin", "Megan", "Brian", "Amanda", "Jose", "Maria",
           "Carlos", "Ana", "Luis", "Sofia", "Wei", "Min", "Jin", "Priya", "Rahul", "Anh", "Duc", "Olena", "Dmitri",
           "Tyrone", "Keisha", "DeShawn", "Aaliyah", "Jae", "Hyun", "Eun", "Kyle", "Tanya", "Greg", "Heather"],
    "IN": ["Rahul", "Priya", "Amit", "Sneha", "Vikram", "Anjali", "Suresh", "Deepa", "Karthik", "Lakshmi", "Arjun", "Pooja"],
    "PH": ["Mark", "Joy", "Jerome", "Kristine", "Paolo", "Angelica", "Rommel", "Maricel", "John Paul", "Rowena"],
    "KR": ["Minjun", "Seoyeon", "Jihoon", "Jiwoo", "Hyunwoo", "Soyeon", "Dongha", "Yuna", "Jaehyun", "Haeun"],
    "CN": ["Wei", "Fang", "Jun", "Li", "Hao", "Xiu", "Lei", "Mei", "Qiang", "Yan"],
    "VN": ["Anh", "Linh", "Minh", "Thao", "Huy", "Trang", "Duc", "Mai"],
    "JP": ["Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina"],
    "DE": ["Lukas", "Anna", "Felix", "Lea", "Jonas", "Marie", "Tobias", "Katrin"],
    "FR": ["Lucas", "Chloe", "Hugo", "Camille", "Louis", "Manon"],
    "PL": ["Jakub", "Zuzanna", "Kacper", "Maja", "Piotr", "Agnieszka"],
    "UA": ["Oleksandr", "Olena", "Andrii", "Iryna", "Dmytro", "Natalia"],
    "BR": ["Joao", "Maria", "Pedro", "Ana", "Gabriel", "Juliana"],
    "MX": ["Jose", "Guadalupe", "Juan", "Fernanda", "Diego", "Valeria"],
    "NG": ["Chinedu", "Ngozi", "Emeka", "Aisha", "Tunde", "Funmi"],
    "ES": ["Javier", "Lucia", "Alejandro", "Carmen", "Pablo", "Elena"],
    "GB": ["Oliver", "Amelia", "Harry", "Isla", "George", "Emily", "Jack", "Sophie", "Raj", "Aisha"],
}
LAST = {
    "US": ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
           "Hernandez", "Lopez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Thompson",
           "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Nguyen",
           "Kim", "Park", "Chen", "Wang", "Patel", "Shah", "Kowalski", "Ivanov", "Cohen", "Murphy", "O'Brien", "Reyes",
           "Cruz", "Brooks", "Price", "Sanders", "Bennett", "Wood", "Ross", "Choi", "Zhang", "Tran"],
    "IN": ["Sharma", "Patel", "Reddy", "Iyer", "Nair", "Gupta", "Singh", "Kumar", "Rao", "Menon"],
    "PH": ["Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Dela Cruz", "Ramos", "Villanueva"],
    "KR": ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang"],
    "CN": ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang"],
    "VN": ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu"],
    "JP": ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe"],
    "DE": ["Muller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner"],
    "FR": ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit"],
    "PL": ["Nowak", "Kowalski", "Wisniewski", "Wojcik", "Kaminski"],
    "UA": ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk"],
    "BR": ["Silva", "Santos", "Oliveira", "Souza", "Pereira"],
    "MX": ["Hernandez", "Garcia", "Martinez", "Lopez", "Gonzalez"],
    "NG": ["Okafor", "Adeyemi", "Eze", "Bello", "Okonkwo"],
    "ES": ["Garcia", "Fernandez", "Gonzalez", "Rodriguez", "Lopez"],
    "GB": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Khan", "Patel", "Hughes"],
}
NAME_COUNTRY = {"CA": "US", "AU": "GB", "NL": "DE", "RU": "UA"}
STREETS = ["Main St", "Oak Ave", "Maple Dr", "Cedar Ln", "Park Ave", "Washington St", "Elm St", "Lake View Rd", "Pine St",
           "Sunset Blvd", "Hillcrest Dr", "Broadway", "Church St", "Highland Ave", "Mill Rd", "Spring St", "Ridge Rd",
           "W Indian School Rd", "N 83rd Ave", "Meadow Ln", "River Rd", "Jefferson Ave", "Franklin St", "2nd St", "5th Ave"]

KEYBOARD = {"US": "en-US", "CA": "en-CA", "GB": "en-GB", "DE": "de-DE", "NL": "nl-NL", "FR": "fr-FR", "PL": "pl-PL",
            "UA": "uk-UA", "IN": "en-IN", "PH": "en-PH", "KR": "ko-KR", "JP": "ja-JP", "CN": "zh-CN", "VN": "vi-VN",
            "BR": "pt-BR", "MX": "es-MX", "AU": "en-AU", "NG": "en-NG", "ES": "es-ES", "RU": "ru-RU"}
HERITAGE_KB = ["ko-KR", "zh-CN", "zh-TW", "vi-VN", "ru-RU", "es-MX", "uk-UA", "hi-IN", "ja-JP", "tl-PH"]

MAIL = ["gmail.com", "gmail.com", "gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.com", "aol.com"]
MAIL_LOCAL = {"DE": ["gmx.de", "web.de"], "FR": ["orange.fr"], "GB": ["btinternet.com"], "IN": ["rediffmail.com"],
              "KR": ["naver.com"], "JP": ["yahoo.co.jp"], "CN": ["qq.com", "163.com"], "BR": ["uol.com.br"], "PL": ["wp.pl"],
              "UA": ["ukr.net"], "RU": ["yandex.ru"]}
PRIVACY_MAIL = ["proton.me", "protonmail.com", "tutanota.com", "pm.me", "duck.com"]
THROWAWAY_MAIL = ["proton.me", "outlook.com", "gmail.com", "tutanota.com", "mail.com", "gmx.com", "hotmail.com"]

UA_WIN = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36"
UA_MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36"
UA_EDGE = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36 Edg/{v}.0.0.0"
UA_FF = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0"
UA_SAFARI = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.{m} Safari/605.1.15"
UA_IOS = "Relaydesk/7.{m} (iPhone; iOS 18.{m}; Scale/3.00)"
UA_ANDROID = "Relaydesk/7.{m} (Linux; Android 14; Pixel 8)"
UA_CLIENT = "RelaydeskClient/7.{m}.{b} (Windows 10.0.{w}; x64)"
UA_CLIENT_MAC = "RelaydeskClient/7.{m}.{b} (macOS 15.{b}; arm64)"
UA_LINUX = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36"

# (model, os) of machines
LAPTOPS = ["Dell Latitude 5440", "Dell Latitude 7440", "Lenovo ThinkPad T14 Gen 4", "Lenovo ThinkPad X1 Carbon Gen 11",
           "HP EliteBook 840 G10", "HP ProBook 450 G9", "MacBookPro18,1", "MacBookAir15,12", "Microsoft Surface Laptop 5"]
DESKTOPS = ["Dell OptiPlex 7010", "HP EliteDesk 800 G6", "Lenovo ThinkCentre M70q", "Custom Build (ASUS ROG STRIX B650)",
            "Custom Build (MSI MAG B550)", "Mac mini (Mac14,3)", "iMac24,1", "Intel NUC 13 Pro"]
SERVERS = ["Dell PowerEdge R740", "HPE ProLiant DL380 Gen10", "Supermicro X11SCH-F", "Proxmox VE (QEMU Standard PC)",
           "Synology DS920+", "Raspberry Pi 4 Model B"]

PROC_BASE = ["relaydesk_agent.exe", "explorer.exe", "svchost.exe", "MsMpEng.exe"]
PROC_OFFICE = ["OUTLOOK.EXE", "Teams.exe", "ms-teams.exe", "WINWORD.EXE", "EXCEL.EXE", "chrome.exe", "msedge.exe",
               "OneDrive.exe", "slack.exe", "Zoom.exe", "AcroRd32.exe", "CiscoSecureClient.exe", "GlobalProtect.exe"]
PROC_DEV = ["Code.exe", "git.exe", "node.exe", "python.exe", "docker.exe", "idea64.exe", "WindowsTerminal.exe", "postman.exe"]
PROC_HOME = ["chrome.exe", "firefox.exe", "Spotify.exe", "WhatsApp.exe", "Discord.exe", "iCloudServices.exe",
             "Photos.exe", "vlc.exe", "Skype.exe"]
PROC_GAMER = ["steam.exe", "EpicGamesLauncher.exe", "obs64.exe", "Discord.exe", "NVIDIA Share.exe", "Battle.net.exe",
              "RiotClientServices.exe", "StreamDeck.exe", "parsecd.exe"]
PROC_IT = ["mmc.exe", "powershell.exe", "putty.exe", "mRemoteNG.exe", "WinSCP.exe", "wireshark.exe", "RDCMan.exe",
           "ScreenConnect.ClientService.exe", "TeamViewer_Service.exe", "NinjaRMMAgent.exe", "LTSVC.exe", "AteraAgent.exe"]
PROC_SERVER = ["sshd", "dockerd", "containerd", "nginx", "pve-cluster", "smbd", "relaydesk-agent", "tailscaled", "node_exporter"]
PROC_CN = ["WeChat.exe", "QQ.exe", "DingTalk.exe", "SogouInput.exe", "baidunetdisk.exe"]
PROC_KR = ["KakaoTalk.exe", "NateOn.exe", "AhnLab V3.exe", "Hwp.exe"]
PROC_REMOTE = ["AnyDesk.exe", "TeamViewer.exe", "rustdesk.exe", "remoting_host.exe", "Splashtop-streamer.exe", "tvnserver.exe"]

# (vendor_id, product_id, product string)
USB_COMMON = [("046d", "c52b", "Logitech USB Receiver"), ("046d", "082d", "HD Pro Webcam C920"),
              ("045e", "07a5", "Microsoft Wireless Receiver 1461C"), ("05ac", "024f", "Apple Aluminum Keyboard"),
              ("0781", "5567", "SanDisk Cruzer Blade"), ("0bda", "8153", "Realtek USB 10/100/1000 LAN"),
              ("05e3", "0610", "Genesys Logic USB2.0 Hub"), ("0b0e", "245e", "Jabra Link 370"),
              ("046d", "0a8f", "Logitech USB Headset H390"), ("413c", "b06e", "Dell Universal Dock D6000"),
              ("17ef", "a396", "ThinkPad USB-C Dock Gen2"), ("1050", "0407", "YubiKey OTP+FIDO+CCID"),
              ("2109", "2817", "VIA Labs USB2.0 Hub"), ("0451", "8142", "TI USB Hub")]
USB_GAMER = [("0fd9", "0066", "Elgato Cam Link 4K"), ("0fd9", "0060", "Stream Deck"), ("1532", "0084", "Razer DeathAdder V2"),
             ("045e", "0b12", "Xbox Wireless Controller"), ("b58e", "9e84", "Yeti Stereo Microphone"), ("054c", "0ce6", "DualSense Wireless Controller")]
USB_HOBBY = [("0403", "6001", "FT232R USB UART"), ("2341", "0043", "Arduino Uno"), ("2e8a", "0005", "Raspberry Pi Pico"),
             ("10c4", "ea60", "CP2102 USB to UART Bridge Controller"), ("1a86", "7523", "USB-Serial CH340")]
# IP-KVMs as the target machine sees them
KVM_PIKVM = ("1d6b", "0104", "PiKVM Composite Device")
KVM_TINYPILOT = ("1d6b", "0104", "TinyPilot")
KVM_JETKVM = ("1d6b", "0104", "JetKVM USB Emulation Device")
KVM_GLINET = ("1d6b", "0104", "GL.iNet Comet KVM")
KVM_ATEN = ("0557", "2419", "ATEN Virtual Media KVM")
KVM_RARITAN = ("14dd", "1009", "Raritan D2CIM-VUSB")
KVM_CAPTURE = ("534d", "2109", "USB3. 0 capture")
IP_KVMS = [KVM_PIKVM, KVM_TINYPILOT, KVM_JETKVM, KVM_GLINET]

DISPLAYS = ["DELL U2722D", "DELL P2422H", "LG ULTRAGEAR", "LG HDR 4K", "HP E24 G5", "BenQ GW2480", "ASUS VG27A", "SAMSUNG",
            "Color LCD", "LEN T24i-30", "ODYSSEY G7"]
SSIDS = ["NETGEAR{n}", "Linksys{n}", "xfinitywifi", "ATT{n}", "MySpectrumWiFi{n}", "TP-Link_{n}", "Verizon_{n}", "HOME-{n}",
         "eero", "Google Nest {n}", "FRITZ!Box 7590 {n}", "BTHub6-{n}", "PLDTHOMEFIBR{n}", "JioFiber-{n}"]

SMB_INDUSTRY = ["Dental", "Law", "Accounting", "Realty", "Insurance", "Construction", "Chiropractic", "Veterinary",
                "Architects", "Logistics", "Printing", "Auto Repair", "Pharmacy", "Marketing", "Property Management"]
CORP_WORDS = ["Northwind", "Contoso", "Fabrikam", "Bluepeak", "Summit", "Ironwood", "Cedarline", "Harbor", "Pinnacle",
              "Evergreen", "Brightline", "Redstone", "Silverlake", "Keystone", "Meridian", "Crestview", "Oakridge",
              "Granite", "Lakeshore", "Riverbend", "Westfield", "Trailhead", "Beacon", "Copperleaf", "Frontier",
              "Horizon", "Lumen", "Vantage", "Apex", "Stonebridge", "Clearwater", "Highgate", "Prairie", "Anchor"]
CORP_SUFFIX = ["Technologies", "Systems", "Health", "Logistics", "Financial", "Labs", "Software", "Manufacturing",
               "Foods", "Energy", "Retail Group", "Insurance", "Data", "Networks", "Analytics"]
MSP_WORDS = ["TechGuard", "NetCare", "ByteShield", "Clearpath IT", "Blue Sky IT", "Managed Edge", "Core IT Partners",
             "Reliant Tech", "SecureNet", "IT Force", "Helpdesk Heroes", "Vertex IT", "Omni Networks", "Prime IT",
             "BrightWire", "GridPoint IT", "Nexus Support", "Arc Tech Services", "Sentinel MSP", "Quantum IT"]
