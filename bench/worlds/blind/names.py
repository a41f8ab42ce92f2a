"""Static vocabularies for the blind world: names, places, networks, software and device strings.

Everything here is generic public knowledge (common given names and surnames, US cities and area
codes, well-known ISP/hosting address blocks, product names of common software). Remote-access
tool process names and IP-KVM USB strings follow the public LOLRMM catalogue and the KVM projects'
published default USB gadget strings (see ../README.md).
"""

US_FIRST = """James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard
Susan Joseph Jessica Thomas Sarah Christopher Karen Charles Lisa Daniel Nancy Matthew Betty Anthony
Sandra Mark Margaret Donald Ashley Steven Kimberly Andrew Emily Paul Donna Joshua Michelle Kenneth
Carol Kevin Amanda Brian Melissa George Deborah Timothy Stephanie Ronald Rebecca Jason Laura Edward
Sharon Jeffrey Cynthia Ryan Kathleen Jacob Amy Gary Angela Nicholas Shirley Eric Anna Jonathan Brenda
Stephen Pamela Larry Emma Justin Nicole Scott Helen Brandon Samantha Benjamin Katherine Samuel
Christine Gregory Debra Alexander Rachel Patrick Carolyn Frank Janet Raymond Catherine Jack Maria
Dennis Heather Jerry Diane Tyler Olivia Aaron Julie Jose Joyce Adam Victoria Nathan Kelly Henry
Christina Zachary Lauren Douglas Joan Peter Evelyn Kyle Judith Noah Megan Ethan Andrea Jeremy Cheryl
Walter Hannah Christian Jacqueline Keith Martha Roger Madison Terry Teresa Austin Gloria Sean Sara
Gerald Janice Carl Ann Harold Kathryn Dylan Abigail Arthur Sophia Lawrence Frances Jordan Jean
Jesse Alice Bryan Judy Billy Isabella Bruce Julia Gabriel Grace Logan Amber Alan Denise Juan Danielle
Wayne Marilyn Elijah Beverly Randy Charlotte Roy Natalie Vincent Theresa Ralph Diana Eugene Brittany
Russell Doris Bobby Kayla Mason Alexis Philip Lori Louis Marie""".split()

US_LAST = """Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez
Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez
Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green
Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz
Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan
Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood
James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster
Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher
Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno
West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall
Owens Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb
Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon
Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer
Rice Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kelley
Spencer Hawkins Arnold Pierce Vazquez Hansen Peters Santos Hart Bradley Knight Elliott Cunningham
Duncan Armstrong Hudson Carroll Lane Riley Andrews Alvarado Ray Delgado Berry Perkins Hoffman Johnston
Matthews Pena Richards Willis Carpenter Lawrence Sandoval""".split()

KO_FIRST = """Minjun Seoyeon Jiho Jiwoo Hyunwoo Soyeon Junho Eunji Donghyun Yuna Sungmin Hana Jaewon Minji
Taeyang Subin Joon Haeun Jinwoo Dahye Youngho Sujin Kyungsoo Hyejin Sangwoo Mirae Daniel Grace David
Esther Paul Christine""".split()
KO_LAST = "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong".split()
CN_FIRST = "Wei Jing Li Min Hao Yan Lei Xin Yu Jie Tao Fang Ying Chen Bo Hui Qiang Mei Lin Kai Amy Kevin Eric Vivian".split()
CN_LAST = "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo".split()
JP_FIRST = "Haruto Yui Sota Aoi Ren Hina Yuto Mei Kaito Sakura Takumi Rin Daiki Yuka Kenji Akira Hiroshi Naoko".split()
JP_LAST = "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi Matsumoto".split()
IN_FIRST = "Aarav Priya Rohan Ananya Vikram Sneha Arjun Kavya Rahul Pooja Sanjay Divya Amit Neha Karthik Lakshmi Rajesh Deepa".split()
IN_LAST = "Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Rao Desai Mehta Joshi Verma Agarwal Menon Pillai".split()
VN_FIRST = "Anh Minh Linh Huy Trang Duc Thao Nam Lan Tuan Mai Khoa Hieu Phuong".split()
VN_LAST = "Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ho Ngo Duong Ly".split()
ES_FIRST = "Carlos Maria Jose Ana Luis Sofia Miguel Lucia Javier Valentina Diego Camila Alejandro Gabriela Fernando Isabel".split()
ES_LAST = "Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera Gomez Diaz Morales Reyes".split()
PL_FIRST = "Piotr Anna Tomasz Katarzyna Pawel Agnieszka Marcin Magdalena Oleksandr Olena Andriy Iryna Dmytro Yulia".split()
PL_LAST = "Nowak Kowalski Wisniewski Wojcik Kaminski Lewandowski Shevchenko Kovalenko Bondarenko Tkachenko Melnyk Boyko".split()
NG_FIRST = "Chinedu Ngozi Emeka Aisha Tunde Funmilayo Ibrahim Chioma Olumide Amaka".split()
NG_LAST = "Okafor Adeyemi Okonkwo Bello Eze Ibrahim Olawale Nwosu Balogun Afolabi".split()
PH_FIRST = "Mark Joy Paolo Kristine Jerome Angelica Rommel Maricel Jericho Liza".split()
PH_LAST = "Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Villanueva Ramos".split()

# ethnicity pools: (first names, last names)
POOLS = {
    "us": (US_FIRST, US_LAST), "ko": (KO_FIRST, KO_LAST), "cn": (CN_FIRST, CN_LAST),
    "jp": (JP_FIRST, JP_LAST), "in": (IN_FIRST, IN_LAST), "vn": (VN_FIRST, VN_LAST),
    "es": (ES_FIRST, ES_LAST), "pl": (PL_FIRST, PL_LAST), "ng": (NG_FIRST, NG_LAST),
    "ph": (PH_FIRST, PH_LAST),
}

# US cities: (city, state, zip prefix, area codes, IANA zone, UTC offset in hours (standard time))
US_CITIES = [
    ("New York", "NY", "100", ["212", "646", "917", "718"], "America/New_York", -5),
    ("Brooklyn", "NY", "112", ["718", "347", "929"], "America/New_York", -5),
    ("Los Angeles", "CA", "900", ["213", "310", "323", "818"], "America/Los_Angeles", -8),
    ("San Francisco", "CA", "941", ["415", "628"], "America/Los_Angeles", -8),
    ("San Jose", "CA", "951", ["408", "669"], "America/Los_Angeles", -8),
    ("San Diego", "CA", "921", ["619", "858"], "America/Los_Angeles", -8),
    ("Seattle", "WA", "981", ["206", "425"], "America/Los_Angeles", -8),
    ("Portland", "OR", "972", ["503", "971"], "America/Los_Angeles", -8),
    ("Phoenix", "AZ", "850", ["602", "480", "623"], "America/Phoenix", -7),
    ("Denver", "CO", "802", ["303", "720"], "America/Denver", -7),
    ("Salt Lake City", "UT", "841", ["801", "385"], "America/Denver", -7),
    ("Dallas", "TX", "752", ["214", "469", "972"], "America/Chicago", -6),
    ("Austin", "TX", "787", ["512", "737"], "America/Chicago", -6),
    ("Houston", "TX", "770", ["713", "281", "832"], "America/Chicago", -6),
    ("Chicago", "IL", "606", ["312", "773", "872"], "America/Chicago", -6),
    ("Minneapolis", "MN", "554", ["612", "763"], "America/Chicago", -6),
    ("Nashville", "TN", "372", ["615", "629"], "America/Chicago", -6),
    ("Atlanta", "GA", "303", ["404", "678", "770"], "America/New_York", -5),
    ("Miami", "FL", "331", ["305", "786"], "America/New_York", -5),
    ("Orlando", "FL", "328", ["407", "321"], "America/New_York", -5),
    ("Charlotte", "NC", "282", ["704", "980"], "America/New_York", -5),
    ("Raleigh", "NC", "276", ["919", "984"], "America/New_York", -5),
    ("Washington", "DC", "200", ["202"], "America/New_York", -5),
    ("Baltimore", "MD", "212", ["410", "443"], "America/New_York", -5),
    ("Philadelphia", "PA", "191", ["215", "267"], "America/New_York", -5),
    ("Pittsburgh", "PA", "152", ["412"], "America/New_York", -5),
    ("Boston", "MA", "021", ["617", "857"], "America/New_York", -5),
    ("Columbus", "OH", "432", ["614", "380"], "America/New_York", -5),
    ("Detroit", "MI", "482", ["313"], "America/Detroit", -5),
    ("Indianapolis", "IN", "462", ["317"], "America/Indiana/Indianapolis", -5),
    ("St. Louis", "MO", "631", ["314"], "America/Chicago", -6),
    ("Kansas City", "MO", "641", ["816"], "America/Chicago", -6),
    ("Las Vegas", "NV", "891", ["702", "725"], "America/Los_Angeles", -8),
    ("Albuquerque", "NM", "871", ["505"], "America/Denver", -7),
    ("Litchfield Park", "AZ", "853", ["623"], "America/Phoenix", -7),
    ("Fort Lee", "NJ", "070", ["201", "551"], "America/New_York", -5),
    ("Jersey City", "NJ", "073", ["201", "551"], "America/New_York", -5),
    ("Irvine", "CA", "926", ["949"], "America/Los_Angeles", -8),
    ("Fairfax", "VA", "220", ["703", "571"], "America/New_York", -5),
    ("Madison", "WI", "537", ["608"], "America/Chicago", -6),
]

STREETS = """Main Oak Maple Cedar Pine Elm Washington Lake Hill Park Sunset Lincoln Jefferson Madison Walnut
Willow Cherry Highland Meadow River Spring Church Mill Forest Ridge Valley Franklin Jackson Adams
Chestnut Hickory Birch Magnolia Sycamore Dogwood Laurel Aspen Juniper Poplar Greenwood Fairview
Broadway Center Union Prospect Grove Orchard Cypress Palmetto Mesa Canyon Desert Vista Harbor""".split()
SUFFIXES = [("St", "Street"), ("Ave", "Avenue"), ("Rd", "Road"), ("Dr", "Drive"), ("Ln", "Lane"),
            ("Blvd", "Boulevard"), ("Ct", "Court"), ("Pl", "Place"), ("Way", "Way"), ("Ter", "Terrace")]
DIRS = [("N", "North"), ("S", "South"), ("E", "East"), ("W", "West")]

# foreign countries used by honest residents, dual-country people and fraud operators
# code: (name pool, phone format key, IANA zone, utc offset, cities, ip prefixes, keyboard)
FOREIGN = {
    "KR": ("ko", "+82 10-{a4}-{b4}", "Asia/Seoul", 9, ["Seoul", "Busan", "Incheon", "Daejeon"],
           ["175.192.0.0/10", "121.128.0.0/10", "106.240.0.0/12", "211.36.128.0/17"], "ko-KR"),
    "CN": ("cn", "+86 13{d1} {a4} {b4}", "Asia/Shanghai", 8, ["Shenyang", "Dandong", "Beijing", "Shanghai", "Shenzhen"],
           ["175.167.0.0/16", "113.224.0.0/12", "58.208.0.0/12", "180.160.0.0/12"], "zh-CN"),
    "JP": ("jp", "+81 90-{a4}-{b4}", "Asia/Tokyo", 9, ["Tokyo", "Osaka", "Fukuoka", "Nagoya"],
           ["126.0.0.0/9", "153.128.0.0/11", "220.96.0.0/12"], "ja-JP"),
    "VN": ("vn", "+84 9{d1} {a3} {b4}", "Asia/Ho_Chi_Minh", 7, ["Hanoi", "Ho Chi Minh City", "Da Nang"],
           ["14.160.0.0/11", "113.160.0.0/11", "171.224.0.0/11"], "vi-VN"),
    "PH": ("ph", "+63 917 {a3} {b4}", "Asia/Manila", 8, ["Manila", "Quezon City", "Cebu City"],
           ["112.198.0.0/16", "49.144.0.0/13", "180.190.0.0/16"], "en-US"),
    "IN": ("in", "+91 9{d1}{a3} {b4}{d1}", "Asia/Kolkata", 5.5, ["Bengaluru", "Hyderabad", "Pune", "Chennai"],
           ["49.32.0.0/11", "117.192.0.0/10", "106.192.0.0/11"], "en-IN"),
    "SG": ("cn", "+65 9{a3} {b4}", "Asia/Singapore", 8, ["Singapore"],
           ["118.200.0.0/13", "116.86.0.0/15"], "en-US"),
    "RU": ("pl", "+7 9{d1}{d1} {a3}-{b4}", "Europe/Moscow", 3, ["Moscow", "Vladivostok", "Khabarovsk"],
           ["95.24.0.0/13", "178.64.0.0/12", "188.162.0.0/16"], "ru-RU"),
    "UA": ("pl", "+380 67 {a3} {b4}", "Europe/Kyiv", 2, ["Kyiv", "Lviv", "Kharkiv"],
           ["46.200.0.0/13", "93.72.0.0/13"], "uk-UA"),
    "PL": ("pl", "+48 5{d1}{d1} {a3} {a3}", "Europe/Warsaw", 1, ["Warsaw", "Krakow", "Wroclaw"],
           ["83.0.0.0/11", "89.64.0.0/12"], "pl-PL"),
    "GB": ("us", "+44 7{d1}{a3} {a3}{d1}{d1}", "Europe/London", 0, ["London", "Manchester", "Leeds"],
           ["81.96.0.0/12", "86.0.0.0/11"], "en-GB"),
    "DE": ("us", "+49 151 {a4}{b4}", "Europe/Berlin", 1, ["Berlin", "Munich", "Hamburg"],
           ["79.192.0.0/10", "93.192.0.0/10"], "de-DE"),
    "MX": ("es", "+52 55 {a4} {b4}", "America/Mexico_City", -6, ["Mexico City", "Guadalajara", "Monterrey"],
           ["187.128.0.0/10", "189.128.0.0/10"], "es-MX"),
    "BR": ("es", "+55 11 9{a4}-{b4}", "America/Sao_Paulo", -3, ["Sao Paulo", "Rio de Janeiro", "Curitiba"],
           ["177.0.0.0/10", "179.96.0.0/11"], "pt-BR"),
    "NG": ("ng", "+234 803 {a3} {b4}", "Africa/Lagos", 1, ["Lagos", "Abuja"],
           ["105.112.0.0/12", "102.88.0.0/13"], "en-US"),
    "CA": ("us", "+1 416 {e3} {b4}", "America/Toronto", -5, ["Toronto", "Vancouver", "Montreal"],
           ["174.112.0.0/12", "99.224.0.0/11"], "en-CA"),
}

# address blocks (public, well-known allocations; only their shape matters here)
US_RESIDENTIAL = ["73.0.0.0/8", "98.192.0.0/10", "24.0.0.0/12", "68.32.0.0/11", "76.96.0.0/11",
                  "71.192.0.0/12", "108.0.0.0/12", "99.0.0.0/10", "47.128.0.0/10", "174.48.0.0/12",
                  "67.160.0.0/11", "70.112.0.0/12", "75.0.0.0/10", "104.0.0.0/12"]
US_RESIDENTIAL_V6 = ["2601:", "2600:1700:", "2603:6000:", "2605:a601:"]
US_MOBILE = {"T-Mobile": "172.56.0.0/14", "Verizon Wireless": "174.192.0.0/10", "AT&T Mobility": "166.128.0.0/11"}
US_BUSINESS = ["12.0.0.0/8", "38.0.0.0/8", "64.0.0.0/10", "66.0.0.0/10", "208.0.0.0/10",
               "50.192.0.0/10", "63.64.0.0/10", "65.0.0.0/10", "216.0.0.0/11"]
UNIVERSITY = ["128.32.0.0/16", "171.64.0.0/14", "18.0.0.0/9", "128.97.0.0/16", "129.59.0.0/16",
              "128.2.0.0/16", "130.132.0.0/16", "141.211.0.0/16", "128.104.0.0/16", "169.229.0.0/16"]
# hosting / VPN exit space (DigitalOcean, Vultr, Linode, OVH, AWS, M247, Datacamp, Zscaler-like)
HOSTING = ["159.203.0.0/16", "167.99.0.0/16", "104.248.0.0/16", "45.76.0.0/16", "45.77.0.0/16",
           "149.28.0.0/16", "172.104.0.0/15", "51.68.0.0/16", "54.36.0.0/16", "3.80.0.0/12",
           "54.144.0.0/12", "146.70.0.0/16", "89.187.160.0/19", "185.216.32.0/22", "156.146.32.0/20",
           "138.199.0.0/17", "37.19.192.0/19"]
CORP_VPN_EGRESS = ["165.225.0.0/17", "136.226.0.0/16", "147.161.0.0/16"]  # SSE / cloud proxy egress
KP = ["175.45.176.0/22"]

EMAIL_PROVIDERS = [("gmail.com", 0.55), ("yahoo.com", 0.10), ("outlook.com", 0.08), ("hotmail.com", 0.07),
                   ("icloud.com", 0.08), ("aol.com", 0.03), ("proton.me", 0.02), ("comcast.net", 0.03),
                   ("live.com", 0.02), ("msn.com", 0.02)]
MS_CONSUMER = ["outlook.com", "hotmail.com", "live.com"]

ORG_WORDS = """North Blue River Summit Bright Apex Cedar Harbor Pioneer Vertex Granite Silver Maple Beacon
Atlas Lumen Quantum Keystone Meridian Sterling Evergreen Horizon Crescent Falcon Cobalt Nimbus Orbit
Prairie Redwood Sequoia Tidal Vantage Willow Zenith Alder Aurora Bison Canyon Delta Ember Fjord
Golden Ironwood Juniper Kestrel Lakeside Magnet Nova Onyx Pinnacle""".split()
ORG_SUFFIX = ["Analytics", "Health", "Logistics", "Software", "Systems", "Labs", "Financial", "Media",
              "Robotics", "Energy", "Retail", "Insurance", "Networks", "Foods", "Aerospace", "Motors",
              "Capital", "Bio", "Learning", "Security", "Cloud", "Games", "Travel", "Realty"]

JOB_TITLES = ["Software Engineer", "Senior Software Engineer", "Full Stack Developer", "Frontend Developer",
              "Backend Engineer", "DevOps Engineer", "Data Engineer", "Mobile Developer", "QA Engineer",
              "Data Analyst", "Product Manager", "IT Support Specialist", "Systems Administrator",
              "Blockchain Developer", "Machine Learning Engineer", "Cloud Architect", "UX Designer",
              "Technical Writer", "Accountant", "Sales Representative", "Customer Success Manager",
              "Recruiter", "Nurse", "Marketing Coordinator", "Project Manager", "Operations Analyst"]
SKILLS = ["Python", "JavaScript", "TypeScript", "React", "Node.js", "Go", "Java", "C#", ".NET", "AWS",
          "Azure", "GCP", "Docker", "Kubernetes", "Terraform", "SQL", "PostgreSQL", "MongoDB", "Redis",
          "GraphQL", "Vue.js", "Angular", "Solidity", "Web3.js", "Rust", "Swift", "Kotlin", "Flutter",
          "Django", "Flask", "Spring Boot", "Kafka", "Spark", "Airflow", "Tableau", "Excel", "Salesforce",
          "Figma", "Linux", "Bash", "CI/CD", "Jenkins", "GitHub Actions", "Unity", "PHP", "Laravel"]
SCHOOLS = ["University of Texas at Austin", "Arizona State University", "University of Washington",
           "Georgia Institute of Technology", "Ohio State University", "University of Michigan",
           "Purdue University", "Penn State University", "University of Florida", "UC San Diego",
           "University of Illinois Urbana-Champaign", "Rutgers University", "Seoul National University",
           "Tsinghua University", "University of Tokyo", "IIT Bombay", "University of Warsaw",
           "Kyiv Polytechnic Institute", "University of Lagos", "Community College of Denver",
           "Boston University", "Northeastern University", "San Jose State University"]
DEGREES = ["B.S. Computer Science", "B.S. Information Systems", "B.A. Economics", "M.S. Computer Science",
           "B.S. Electrical Engineering", "B.S. Mathematics", "A.A.S. Network Administration",
           "B.A. Communications", "M.B.A.", "B.S. Nursing"]

USER_AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Mobile Safari/537.36",
]

COMMON_PROCS = ["explorer.exe", "chrome.exe", "msedge.exe", "Teams.exe", "slack.exe", "OUTLOOK.EXE",
                "Zoom.exe", "Code.exe", "OneDrive.exe", "WINWORD.EXE", "EXCEL.EXE", "firefox.exe",
                "Spotify.exe", "Docker Desktop.exe", "idea64.exe", "postman.exe", "Notion.exe",
                "1Password.exe", "git.exe", "WindowsTerminal.exe"]
SECURITY_PROCS = ["MsMpEng.exe", "CSFalconService.exe", "SentinelAgent.exe", "osqueryd.exe"]
CORP_VPN_PROCS = ["vpnui.exe", "GlobalProtect.exe", "ZSATunnel.exe", "FortiClient.exe"]
CONSUMER_VPN_PROCS = ["nordvpn.exe", "ExpressVPN.exe", "ProtonVPN.exe", "Surfshark.exe", "openvpn.exe",
                      "astrill.exe", "wireguard.exe"]
# remote access / RMM executables (public LOLRMM catalogue)
REMOTE_TOOLS = {
    "AnyDesk": ["anydesk.exe"], "TeamViewer": ["TeamViewer.exe", "teamviewer_service.exe"],
    "Chrome Remote Desktop": ["remoting_host.exe"], "RustDesk": ["rustdesk.exe"],
    "Splashtop": ["SRService.exe", "strwinclt.exe"], "ScreenConnect": ["ScreenConnect.ClientService.exe"],
    "Parsec": ["parsecd.exe"], "Zoho Assist": ["ZA_Access.exe"],
}
ORG_RMM = {"Kaseya": ["agentmon.exe"], "Atera": ["AteraAgent.exe"], "NinjaOne": ["NinjaRMMAgent.exe"],
           "ConnectWise Automate": ["LTSVC.exe", "LTTray.exe"], "N-able": ["BASupSrvc.exe", "winagent.exe"],
           "Datto RMM": ["CagService.exe", "AEMAgent.exe"]}
ADMIN_TOOLS = ["mstsc.exe", "putty.exe", "WinSCP.exe", "mRemoteNG.exe", "RDCMan.exe", "powershell.exe"]

HONEST_USB = ["USB Receiver", "Logitech USB Input Device", "USB Composite Device", "Integrated Webcam",
              "YubiKey OTP+FIDO+CCID", "Jabra EVOLVE 20 MS", "USB2.0 Hub", "Dell Universal Dock D6000",
              "Apple Magic Keyboard", "USB Optical Mouse", "Logi C270 HD WebCam", "Poly Blackwire 3220",
              "CalDigit TS3 Plus", "SanDisk Ultra Fit", "Realtek USB GbE Family Controller"]
DESK_KVM_USB = ["TESmart KVM Switch", "IOGEAR 2-Port USB KVM", "UGREEN USB KVM Switch", "ATEN CS692 KVM Switch",
                "Belkin Secure KVM Switch", "CKL USB KVM Switch", "USB 2.0 Switch"]
HW_DEV_USB = ["Multifunction Composite Gadget", "Raspberry Pi Pico", "CP2102 USB to UART Bridge Controller",
              "STM32 Virtual ComPort", "Arduino Uno", "FT232R USB UART", "J-Link"]
# IP-KVM default USB gadget strings (PiKVM, TinyPilot, JetKVM, NanoKVM)
IP_KVM_USB = ["PiKVM Composite Device", "Multifunction USB Device", "USB Emulation Device",
              "JetKVM USB Emulation Device", "NanoKVM", "Multifunction Composite Gadget"]
IP_KVM_DISPLAY = ["PiKVM V3", "PiKVM", "TinyPilot", "JetKVM", "NanoKVM"]
HONEST_DISPLAYS = ["DELL U2720Q", "DELL P2419H", "LG HDR 4K", "LG ULTRAFINE", "Color LCD", "HP E24 G4",
                   "SAMSUNG", "BenQ GW2480", "ASUS VG279", "Built-in Retina Display", "Generic PnP Monitor"]
