"""Reference data for world 34 (Vendorly): names by origin, places, networks, suppliers, software, resume material."""

FIRST = {
    "us": "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph Jessica Thomas Sarah Christopher Karen Charles Lisa Daniel Nancy Matthew Betty Anthony Sandra Mark Ashley Donald Kimberly Steven Emily Andrew Donna Paul Michelle Joshua Carol Kenneth Amanda Kevin Melissa Brian Deborah Timothy Stephanie Ronald Rebecca Jason Laura Ryan Sharon Jacob Cynthia Gary Kathleen Nicholas Amy Eric Angela Jonathan Shirley Justin Brenda Scott Pamela Brandon Nicole Tyler Samantha Aaron Katherine Adam Rachel Nathan Megan Zachary Hannah Kyle Lauren Ethan Olivia Logan Madison Caleb Chloe Dylan Brittany Cody Tiffany Derek Heather Trevor Courtney".split(),
    "hisp": "Jose Maria Luis Ana Carlos Sofia Juan Camila Miguel Valentina Jorge Daniela Diego Gabriela Alejandro Fernanda Andres Paula Javier Lucia Ricardo Mariana Fernando Isabella Sergio Natalia Pablo Andrea Raul Carolina Eduardo Veronica".split(),
    "in": "Rahul Priya Amit Anjali Vikram Sneha Suresh Pooja Rajesh Divya Arjun Kavya Sanjay Neha Karthik Lakshmi Venkat Swathi Ravi Deepa Srinivas Anusha Manoj Shreya Naveen Harini Pradeep Meera Abhishek Aishwarya Rohit Sowmya Ganesh Ramya Praveen Bhavana".split(),
    "ph": "Mark Jenny John Kristine Michael Angelica Christian Rowena Jerome Maricel Paolo Lovely Jayson Ma. Ryan Joy Rommel Cherry".split(),
    "cn": "Wei Fang Lei Jing Jun Li Tao Yan Ming Hui Qiang Xiu Yong Ping Jie Ling Hao Yu Bo Na Chen Xin".split(),
    "kr": "Min-jun Seo-yeon Ji-hoon Ji-woo Hyun-woo Soo-jin Dong-hyun Eun-ji Sung-min Ha-eun Jae-won Yoo-jin".split(),
    "vn": "Minh Linh Tuan Huong Duc Trang Hung Thao Nam Lan Quang Mai".split(),
    "east_eu": "Oleksandr Olena Andrii Iryna Dmytro Natalia Serhii Yulia Piotr Anna Tomasz Katarzyna Marek Agnieszka Bogdan Elena Vlad Ioana".split(),
    "pk": "Muhammad Ayesha Ali Fatima Usman Zainab Hamza Sana Bilal Hira Ahmed Maryam".split(),
    "af": "Chinedu Ngozi Emeka Aisha Tunde Funmilayo Kwame Ama Kofi Amina Segun Chioma".split(),
    "arab": "Omar Layla Ahmed Nour Youssef Mona Karim Salma Tarek Dina".split(),
}
LAST = {
    "us": "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson Brooks Bennett Gray Hughes Price Sanders Myers Long Ross Foster Powell Jenkins Perry Russell Sullivan Fisher Henderson Coleman Simmons Patterson Jordan Reynolds Hamilton Graham Wallace Cole West Stone Hayes Gibson Ellis Marshall Owens".split(),
    "hisp": "Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera Gomez Diaz Reyes Morales Cruz Ortiz Gutierrez Chavez Ramos Ruiz Alvarez Mendoza Castillo Vargas".split(),
    "in": "Sharma Patel Reddy Kumar Singh Gupta Rao Iyer Nair Menon Joshi Desai Mehta Agarwal Verma Chowdary Naidu Pillai Krishnan Subramanian Bhat Kulkarni Mishra Jain".split(),
    "ph": "Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Tomas Andrada Castillo Flores Villanueva Ramos Aquino".split(),
    "cn": "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin He Gao Luo".split(),
    "kr": "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin".split(),
    "vn": "Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do".split(),
    "east_eu": "Kovalenko Shevchenko Bondarenko Tkachenko Kowalski Nowak Wisniewski Wojcik Popescu Ionescu Petrov Ivanova".split(),
    "pk": "Khan Ahmed Malik Hussain Butt Qureshi Sheikh Raza Iqbal Chaudhry".split(),
    "af": "Okafor Adeyemi Okonkwo Balogun Mensah Boateng Eze Nwosu Osei Abubakar".split(),
    "arab": "Hassan Ibrahim Mahmoud Saleh Haddad Khalil Nasser Farouk".split(),
}
# origin mix of US residents (honest and personas drawn alike)
US_ORIGIN_MIX = [("us", 62), ("hisp", 14), ("in", 8), ("cn", 4), ("kr", 2), ("vn", 2), ("ph", 2), ("east_eu", 2), ("af", 2), ("pk", 1), ("arab", 1)]
COUNTRY_ORIGIN = {"IN": "in", "PH": "ph", "VN": "vn", "CN": "cn", "UA": "east_eu", "PL": "east_eu", "RO": "east_eu",
                  "PK": "pk", "EG": "arab", "NG": "af", "KE": "af", "MX": "hisp", "CO": "hisp", "AR": "hisp", "BR": "hisp",
                  "CR": "hisp", "UY": "hisp", "KR": "kr", "GE": "east_eu", "AM": "east_eu", "KZ": "east_eu", "US": None,
                  "CA": "us", "GB": "us", "PT": "us", "ES": "hisp", "JP": "cn", "TH": "vn", "DE": "us", "AE": "arab", "LA": "vn",
                  "RU": "east_eu", "SG": "cn"}

# US metros: city, state, zip prefix, area codes, tz
US_METROS = [
    ("New York", "NY", "100", ["212", "646", "917", "718"], "America/New_York"),
    ("Brooklyn", "NY", "112", ["718", "347", "929"], "America/New_York"),
    ("Jersey City", "NJ", "073", ["201", "551"], "America/New_York"),
    ("Boston", "MA", "021", ["617", "857"], "America/New_York"),
    ("Philadelphia", "PA", "191", ["215", "267"], "America/New_York"),
    ("Pittsburgh", "PA", "152", ["412"], "America/New_York"),
    ("Washington", "DC", "200", ["202"], "America/New_York"),
    ("Arlington", "VA", "222", ["703", "571"], "America/New_York"),
    ("Richmond", "VA", "232", ["804"], "America/New_York"),
    ("Charlotte", "NC", "282", ["704", "980"], "America/New_York"),
    ("Raleigh", "NC", "276", ["919", "984"], "America/New_York"),
    ("Atlanta", "GA", "303", ["404", "470", "678"], "America/New_York"),
    ("Miami", "FL", "331", ["305", "786"], "America/New_York"),
    ("Orlando", "FL", "328", ["407", "321"], "America/New_York"),
    ("Tampa", "FL", "336", ["813"], "America/New_York"),
    ("Jacksonville", "FL", "322", ["904"], "America/New_York"),
    ("Columbus", "OH", "432", ["614"], "America/New_York"),
    ("Cleveland", "OH", "441", ["216"], "America/New_York"),
    ("Detroit", "MI", "482", ["313"], "America/Detroit"),
    ("Indianapolis", "IN", "462", ["317"], "America/Indiana/Indianapolis"),
    ("Chicago", "IL", "606", ["312", "773", "872"], "America/Chicago"),
    ("Minneapolis", "MN", "554", ["612"], "America/Chicago"),
    ("St. Louis", "MO", "631", ["314"], "America/Chicago"),
    ("Kansas City", "MO", "641", ["816"], "America/Chicago"),
    ("Nashville", "TN", "372", ["615", "629"], "America/Chicago"),
    ("Dallas", "TX", "752", ["214", "469", "972"], "America/Chicago"),
    ("Plano", "TX", "750", ["972", "469"], "America/Chicago"),
    ("Houston", "TX", "770", ["713", "832", "281"], "America/Chicago"),
    ("Austin", "TX", "787", ["512", "737"], "America/Chicago"),
    ("San Antonio", "TX", "782", ["210"], "America/Chicago"),
    ("Denver", "CO", "802", ["303", "720"], "America/Denver"),
    ("Phoenix", "AZ", "850", ["602", "480"], "America/Phoenix"),
    ("Salt Lake City", "UT", "841", ["801", "385"], "America/Denver"),
    ("Las Vegas", "NV", "891", ["702", "725"], "America/Los_Angeles"),
    ("Los Angeles", "CA", "900", ["213", "310", "323"], "America/Los_Angeles"),
    ("San Diego", "CA", "921", ["619", "858"], "America/Los_Angeles"),
    ("San Jose", "CA", "951", ["408", "669"], "America/Los_Angeles"),
    ("San Francisco", "CA", "941", ["415", "628"], "America/Los_Angeles"),
    ("Seattle", "WA", "981", ["206"], "America/Los_Angeles"),
    ("Portland", "OR", "972", ["503", "971"], "America/Los_Angeles"),
]
STREETS = "Main Oak Maple Cedar Pine Elm Washington Lake Hill Park Sunset Ridge Willow River Church Spring Highland Lincoln Jackson Franklin Meadow Forest Chestnut Walnut Cherry Madison Jefferson Adams Center Mill".split()
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Blvd", "Ct", "Way", "Pl", "Cir"]

# foreign cities: country -> [(city, tz, keyboard)]
FOREIGN = {
    "IN": [("Bengaluru", "Asia/Kolkata", "en-IN"), ("Hyderabad", "Asia/Kolkata", "en-IN"), ("Pune", "Asia/Kolkata", "en-IN"), ("Chennai", "Asia/Kolkata", "ta-IN"), ("Noida", "Asia/Kolkata", "hi-IN")],
    "PH": [("Makati", "Asia/Manila", "en-PH"), ("Cebu City", "Asia/Manila", "en-PH"), ("Taguig", "Asia/Manila", "en-PH")],
    "VN": [("Ho Chi Minh City", "Asia/Ho_Chi_Minh", "vi-VN"), ("Hanoi", "Asia/Bangkok", "vi-VN"), ("Da Nang", "Asia/Ho_Chi_Minh", "vi-VN")],
    "UA": [("Kyiv", "Europe/Kyiv", "uk-UA"), ("Lviv", "Europe/Kyiv", "uk-UA"), ("Kharkiv", "Europe/Kyiv", "uk-UA")],
    "PL": [("Krakow", "Europe/Warsaw", "pl-PL"), ("Wroclaw", "Europe/Warsaw", "pl-PL"), ("Warsaw", "Europe/Warsaw", "pl-PL")],
    "RO": [("Cluj-Napoca", "Europe/Bucharest", "ro-RO"), ("Bucharest", "Europe/Bucharest", "ro-RO")],
    "PK": [("Lahore", "Asia/Karachi", "ur-PK"), ("Karachi", "Asia/Karachi", "en-PK"), ("Islamabad", "Asia/Karachi", "en-PK")],
    "EG": [("Cairo", "Africa/Cairo", "ar-EG"), ("Alexandria", "Africa/Cairo", "ar-EG")],
    "NG": [("Lagos", "Africa/Lagos", "en-NG"), ("Abuja", "Africa/Lagos", "en-NG")],
    "KE": [("Nairobi", "Africa/Nairobi", "en-KE")],
    "MX": [("Guadalajara", "America/Mexico_City", "es-MX"), ("Monterrey", "America/Monterrey", "es-MX"), ("Mexico City", "America/Mexico_City", "es-MX")],
    "CO": [("Medellin", "America/Bogota", "es-CO"), ("Bogota", "America/Bogota", "es-CO")],
    "AR": [("Buenos Aires", "America/Argentina/Buenos_Aires", "es-AR"), ("Cordoba", "America/Argentina/Cordoba", "es-AR")],
    "BR": [("Sao Paulo", "America/Sao_Paulo", "pt-BR"), ("Florianopolis", "America/Sao_Paulo", "pt-BR")],
    "CR": [("San Jose", "America/Costa_Rica", "es-CR")],
    "UY": [("Montevideo", "America/Montevideo", "es-UY")],
    "GE": [("Tbilisi", "Asia/Tbilisi", "ka-GE")],
    "AM": [("Yerevan", "Asia/Yerevan", "hy-AM")],
    "KZ": [("Almaty", "Asia/Almaty", "ru-KZ")],
    "CN": [("Dalian", "Asia/Shanghai", "zh-CN"), ("Shenzhen", "Asia/Shanghai", "zh-CN"), ("Shanghai", "Asia/Shanghai", "zh-CN"), ("Shenyang", "Asia/Shanghai", "zh-CN")],
    "KR": [("Seoul", "Asia/Seoul", "ko-KR"), ("Busan", "Asia/Seoul", "ko-KR")],
    "JP": [("Tokyo", "Asia/Tokyo", "ja-JP")],
    "TH": [("Chiang Mai", "Asia/Bangkok", "th-TH"), ("Bangkok", "Asia/Bangkok", "th-TH")],
    "PT": [("Lisbon", "Europe/Lisbon", "pt-PT")],
    "ES": [("Barcelona", "Europe/Madrid", "es-ES")],
    "CA": [("Toronto", "America/Toronto", "en-CA"), ("Vancouver", "America/Vancouver", "en-CA")],
    "GB": [("London", "Europe/London", "en-GB")],
    "DE": [("Berlin", "Europe/Berlin", "de-DE")],
    "AE": [("Dubai", "Asia/Dubai", "ar-AE")],
    "LA": [("Vientiane", "Asia/Vientiane", "lo-LA")],
    "RU": [("Vladivostok", "Asia/Vladivostok", "ru-RU"), ("Moscow", "Europe/Moscow", "ru-RU")],
    "SG": [("Singapore", "Asia/Singapore", "en-SG")],
    "ID": [("Canggu", "Asia/Makassar", "id-ID")],
}
FOREIGN_STREET = {
    "IN": "{n}, {s} Road, {c}", "PH": "{n} {s} St., {c}", "VN": "{n} {s}, {c}", "UA": "vul. {s} {n}, {c}",
    "PL": "ul. {s} {n}, {c}", "MX": "Calle {s} {n}, {c}", "CO": "Calle {n} # {n2}-{n3}, {c}", "AR": "Av. {s} {n}, {c}",
    "BR": "Rua {s}, {n}, {c}", "CN": "{s} Lu {n} Hao, {c}", "JP": "{n}-{n2}-{n3} {s}, {c}",
}
FOREIGN_STREET_NAMES = "Lakshmi Rizal Le_Loi Shevchenka Dluga Juarez Corrientes Paulista Zhongshan Ginza Victoria Independence Garden Station Central Harbor".replace("_", " ").split()

# ISPs: name, asn
US_ISPS = [("Comcast Cable Communications, LLC", 7922), ("Charter Communications Inc", 20115), ("AT&T Services, Inc.", 7018),
           ("Verizon Business", 701), ("Cox Communications Inc.", 22773), ("Frontier Communications", 5650),
           ("CenturyLink Communications", 209), ("Google Fiber Inc.", 16591), ("Optimum", 6128), ("Mediacom", 30036)]
US_MOBILE = [("T-Mobile USA, Inc.", 21928), ("Verizon Wireless", 22394), ("AT&T Mobility LLC", 20057)]
FOREIGN_ISPS = {
    "IN": [("Bharti Airtel Ltd.", 9498), ("Reliance Jio Infocomm Limited", 55836), ("ACT Fibernet", 24309)],
    "PH": [("PLDT", 9299), ("Globe Telecom", 4775), ("Converge ICT", 17639)],
    "VN": [("Viettel Group", 7552), ("FPT Telecom", 18403), ("VNPT", 45899)],
    "UA": [("Kyivstar", 15895), ("Volia", 25229)], "PL": [("Orange Polska", 5617), ("UPC Polska", 6830)],
    "RO": [("RCS & RDS", 8708)], "PK": [("PTCL", 17557), ("Nayatel", 23674)], "EG": [("TE Data", 8452)],
    "NG": [("MTN Nigeria", 29465), ("Spectranet", 37340)], "KE": [("Safaricom", 33771)],
    "MX": [("Telmex", 8151), ("Totalplay", 22884)], "CO": [("Claro Colombia", 10620), ("Tigo UNE", 13489)],
    "AR": [("Telecom Argentina", 7303), ("Fibertel", 10318)], "BR": [("Vivo", 27699), ("Claro Brasil", 28573)],
    "CR": [("ICE", 11830)], "UY": [("ANTEL", 6057)], "GE": [("Magticom", 16010)], "AM": [("Ucom", 44395)],
    "KZ": [("Kazakhtelecom", 9198)], "CN": [("China Unicom Liaoning", 4837), ("China Telecom", 4134)],
    "KR": [("KT Corporation", 4766), ("SK Broadband", 9318)], "JP": [("NTT", 4713)], "TH": [("True Internet", 7470)],
    "PT": [("MEO", 3243)], "ES": [("Telefonica de Espana", 3352)], "CA": [("Rogers", 812), ("Bell Canada", 577)],
    "GB": [("BT", 2856)], "DE": [("Deutsche Telekom", 3320)], "AE": [("Etisalat", 5384)], "LA": [("Lao Telecom", 9873)],
    "RU": [("Rostelecom", 12389)], "SG": [("Singtel", 3758)], "ID": [("Telkom Indonesia", 7713)],
}
VPNS = {"astrill": ("Astrill Systems", 0.0), "nordvpn": ("NordVPN / Tefincom", 0.0), "expressvpn": ("Express Technologies", 0.0),
        "surfshark": ("Surfshark", 0.0), "mullvad": ("31173 Services AB", 0.0), "proton": ("Proton AG", 0.0), "pia": ("Private Internet Access", 0.0)}
HOSTING = [("DigitalOcean, LLC", 14061), ("Amazon.com, Inc.", 16509), ("Vultr Holdings", 20473), ("Linode / Akamai", 63949), ("OVH SAS", 16276), ("Hetzner Online GmbH", 24940), ("M247 Europe", 9009)]
RESI_PROXY_OWNERS = US_ISPS[:7]
EGRESS = [("Zscaler, Inc.", 22616), ("Netskope Inc", 55256), ("Palo Alto Networks (Prisma Access)", 54538), ("Cloudflare WARP", 13335)]
COWORK = ["WeWork", "Industrious", "Regus", "Spaces", "Convene", "Impact Hub"]

CLIENT_INDUSTRY = ["Bank", "Health", "Insurance", "Energy", "Retail", "Logistics", "Pharma", "Media", "Telecom", "Capital", "Foods", "Motors", "Airlines", "Mutual", "Systems", "Financial"]
CLIENT_PREFIX = ["Northwind", "Contoso", "Fabrikam", "Lakeshore", "Summit", "Bluewater", "Redwood", "Granite", "Pioneer", "Keystone", "Harbor", "Meridian", "Sterling", "Crescent", "Atlas", "Beacon", "Cascade", "Evergreen", "Frontier", "Heartland", "Liberty", "Pinnacle", "Riverside", "Silverline", "Trident", "Union", "Vanguard", "Westfield", "Zenith", "Orion", "Apex", "Bayview", "Canyon", "Delta", "Eastgate", "Falcon"]
AGENCY_A = ["Tek", "Infinity", "Apex", "Kforce-like", "Prime", "Insight", "Nova", "Vertex", "Blue Ridge", "Allied", "Sierra", "Quantum", "Synergy", "Rapid", "Core", "Talent", "Premier", "Global", "Elevate", "Bridge", "Matrix", "Cyber", "Agile", "Next", "True", "Bright", "Peak", "Signal", "Omni", "Metro"]
AGENCY_B = ["Staffing", "Solutions", "Systems", "Consulting", "Technologies", "Resources", "Partners", "IT Services", "Infotech", "Group", "Workforce", "Talent Group"]
OFFSHORE_A = ["Sai", "Sri", "Infosoft", "Cloudnine", "Bytecraft", "Codewave", "Softvision", "Zenith", "Mindtree-like", "Techwave", "Nexus", "Pixel", "Brainz", "Lumen", "Aurora", "Digital", "Orbit", "Sparrow", "Kite", "Atlas", "Vega"]
OFFSHORE_B = ["Technologies Pvt Ltd", "Software Solutions", "Labs", "Dev Studio", "IT Services LLC", "Softworks", "Consulting Sp. z o.o.", "S.A. de C.V.", "Outsourcing Inc", "Digital JSC"]
# DPRK front companies posing as outsourcing firms (names invented; pattern from Yanbian Silverstar / Volasys Silver Star / Chinyong / Laos fronts)
FRONT_NAMES = [("Silverpine Network Technology Co., Ltd.", "CN", "Shenyang"), ("Yalu Bridge Software Co., Ltd.", "CN", "Dandong"),
               ("Mekong Cloud Solutions Sole Co., Ltd.", "LA", "Vientiane"), ("Primorye Digital Outsourcing LLC", "RU", "Vladivostok"),
               ("Jinhai Data Services Co., Ltd.", "CN", "Yanji"), ("Gulf Horizon IT Consultancy FZE", "AE", "Dubai"),
               ("Lotus Stack Technology Co., Ltd.", "LA", "Vientiane"), ("Baekdu Byte Solutions Ltd", "CN", "Shenyang")]
FRONT_CLAIMED = ["US", "US", "US", "PL", "JP", "SG", "UA", "CA", "US"]

SKILLS = ["Java", "Spring Boot", "Python", "Django", "React", "Angular", "Node.js", "TypeScript", "AWS", "Azure", "GCP", "Kubernetes", "Docker", "Terraform", "Go", "Rust", "C#", ".NET", "SQL Server", "PostgreSQL", "Snowflake", "Databricks", "Spark", "Salesforce", "ServiceNow", "SAP ABAP", "Workday", "Flutter", "Swift", "Kotlin", "Solidity", "Web3", "Blockchain", "Golang", "QA Automation", "Selenium", "DevOps", "Jenkins", "Tableau", "Power BI"]
TITLES = ["Senior Java Developer", "Full Stack Engineer", "React Developer", "DevOps Engineer", "Data Engineer", "QA Automation Engineer", "Salesforce Developer", "ServiceNow Developer", "Cloud Architect", ".NET Developer", "Mobile Developer (iOS/Android)", "Business Analyst", "Project Manager", "Scrum Master", "Python Developer", "SAP ABAP Consultant", "Data Analyst", "Network Engineer", "Help Desk Technician", "Blockchain Developer", "Machine Learning Engineer", "Site Reliability Engineer"]
SUMMARY = ["Results-driven professional with {y}+ years of experience in {s1} and {s2}.", "Seasoned {t} with a proven track record delivering scalable solutions using {s1}, {s2} and {s3}.",
           "Highly motivated {t} experienced in agile teams; strong in {s1} and {s2}.", "{y} years building enterprise applications with {s1}; hands-on with {s2} and {s3}.",
           "Passionate engineer focused on clean code, {s1} and cloud-native {s2}.", "Detail-oriented {t} who has shipped {s1} and {s2} systems for Fortune 500 clients."]
COMPANIES_PAST = ["Accenture", "Cognizant", "Infosys", "TCS", "Wipro", "Capgemini", "IBM", "Deloitte", "Amazon", "Oracle", "Cisco", "EPAM", "Globant", "Endava", "Walmart Labs", "Capital One", "JPMorgan Chase", "Verizon", "Comcast", "State Farm", "Humana", "Target", "UnitedHealth Group", "Fidelity", "Bank of America", "local startup", "Freelance"]
UNIS = ["University of Texas at Dallas", "Arizona State University", "Penn State", "University of Florida", "Georgia Tech", "JNTU Hyderabad", "Anna University", "VIT Vellore", "University of the Philippines", "Ateneo de Manila", "Kyiv Polytechnic", "AGH Krakow", "UNAM", "Universidad de los Andes", "UBA", "USP", "Dalian University of Technology", "HCMUT", "LUMS", "Cairo University", "University of Lagos", "Rutgers", "Ohio State", "Purdue", "University of Washington"]

REMOTE_TOOLS = [("AnyDesk.exe", "7070/tcp"), ("TeamViewer.exe", "5938/tcp"), ("rustdesk.exe", "21118/tcp"), ("remoting_host.exe", None), ("SRService.exe", None), ("ScreenConnect.ClientService.exe", None), ("vncserver.exe", "5900/tcp")]
NORMAL_PROCS = ["chrome.exe", "msedge.exe", "Teams.exe", "slack.exe", "Code.exe", "outlook.exe", "OneDrive.exe", "zoom.exe", "explorer.exe", "java.exe", "node.exe", "docker.exe", "idea64.exe", "python.exe", "CrowdStrike CSFalconService.exe", "GlobalProtect.exe", "ZSATunnel.exe"]
MAC_PROCS = ["Google Chrome", "Slack", "Microsoft Teams", "Code Helper", "zoom.us", "iTerm2", "Docker Desktop", "Safari", "falcond", "GlobalProtect"]
IPKVM_USB = [("PiKVM Composite Device", "1d6b", "0104"), ("TinyPilot Keyboard/Mouse", "1d6b", "0104"), ("JetKVM HID", "1d6b", "0104"), ("CH9329 Serial HID", "1a86", "e129"), ("ATEN KVM Adapter", "0557", "2221"), ("USB3.0 HDMI Capture", "534d", "2109")]
NORMAL_USB = [("USB Receiver", "046d", "c52b"), ("Dell Universal Dock D6000", "17e9", "6006"), ("Jabra Evolve2 65", "0b0e", "24c8"), ("YubiKey OTP+FIDO+CCID", "1050", "0407"), ("USB-C Digital AV Multiport Adapter", "05ac", "1460"), ("Logitech BRIO", "046d", "085e"), ("CalDigit TS3 Plus", "2188", "0611"), ("ThinkPad USB-C Dock Gen2", "17ef", "a396")]
HOMELAB_KVM_USB = [("TESmart HDMI KVM Switch", "1a86", "7523"), ("ATEN CS1924 KVM", "0557", "2213")]
DISPLAYS = ["DELL U2720Q", "DELL P2419H", "LG HDR 4K", "LG ULTRAWIDE", "Samsung C27F390", "HP E24 G4", "BenQ GW2480", "Color LCD", "ASUS VG249", "LEN T27h-20"]
KVM_DISPLAYS = ["PiKVM", "TinyPilot", "MS2109", "USB3.0 HD Capture"]
SYSTEMS = ["Latitude 7440", "Latitude 5540", "ThinkPad T14 Gen 4", "ThinkPad X1 Carbon Gen 11", "MacBookPro18,3", "Mac14,2", "HP EliteBook 840 G10", "Surface Laptop 5"]
UA_WIN = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36 Edg/{v}.0.0.0"]
UA_MAC = ["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
          "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36"]
UA_MOBILE = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
             "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Mobile Safari/537.36",
             "Vendorly/5.12 (iOS 17.5; iPhone15,2)", "Vendorly/5.11 (Android 14; Pixel 8)"]
FREE_MAIL = ["gmail.com"] * 10 + ["yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com", "proton.me"]
FOREIGN_MAIL = {"IN": ["gmail.com", "rediffmail.com", "yahoo.co.in"], "CN": ["qq.com", "163.com"], "KR": ["naver.com"], "UA": ["ukr.net", "gmail.com"], "PL": ["wp.pl", "gmail.com"], "RU": ["mail.ru", "yandex.ru"], "MX": ["hotmail.com", "gmail.com"], "BR": ["gmail.com", "uol.com.br"]}
THROWAWAY_MAIL = ["proton.me", "tutanota.com", "outlook.com", "gmail.com", "gmx.com", "mail.com"]
