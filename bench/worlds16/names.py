"""Name, place and network reference data for world 16 (all synthetic lists of common names)."""

US_FIRST_M = """James Michael Robert John David William Richard Joseph Thomas Christopher Charles Daniel
Matthew Anthony Mark Donald Steven Andrew Paul Joshua Kenneth Kevin Brian George Timothy Ronald Jason
Edward Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel
Gregory Alexander Patrick Frank Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Zachary
Douglas Peter Kyle Noah Ethan Jeremy Walter Christian Keith Roger Terry Austin Sean Gerald Carl Harold
Dylan Arthur Lawrence Jordan Jesse Bryan Billy Bruce Gabriel Joe Logan Alan Juan Albert Willie Elijah
Wayne Randy Vincent Mason Roy Ralph Bobby Russell Bradley Philip Eugene""".split()
US_FIRST_F = """Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty
Sandra Margaret Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Dorothy
Rebecca Sharon Laura Cynthia Amy Kathleen Angela Shirley Brenda Emma Anna Pamela Nicole Samantha
Katherine Christine Helen Debra Rachel Carolyn Janet Maria Catherine Heather Diane Olivia Julie Joyce
Victoria Ruth Virginia Lauren Kelly Christina Joan Evelyn Judith Andrea Hannah Megan Cheryl Jacqueline
Martha Madison Teresa Gloria Sara Janice Ann Kathryn Abigail Sophia Frances Jean Alice Judy Isabella
Julia Grace Amber Denise Danielle Marilyn Beverly Charlotte Natalie Theresa Diana Brittany Doris Kayla
Alexis Lori Marie""".split()
US_LAST = """Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez
Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez
Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams
Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz
Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson
Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray
Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins
Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Fisher Vasquez Simmons Graham Marshall
Owens Harrison Gibson Ellis Wallace Hamilton""".split()
HISP_FIRST = """Jose Luis Carlos Juan Miguel Jorge Alejandro Fernando Ricardo Eduardo Javier Diego Andres
Maria Guadalupe Sofia Valentina Camila Daniela Gabriela Fernanda Lucia Ximena Paola Alejandra Rosa
Adriana Veronica Mariana""".split()
HISP_LAST = """Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores
Rivera Gomez Diaz Cruz Morales Reyes Gutierrez Ortiz Chavez Ramos Mendoza Castillo Vargas Romero
Herrera Medina Aguilar Silva Castro Jimenez""".split()
BR_FIRST = """Joao Pedro Lucas Gabriel Matheus Rafael Felipe Gustavo Bruno Thiago Ana Julia Beatriz Larissa
Leticia Camila Amanda Fernanda Mariana Juliana Bruna Carolina""".split()
BR_LAST = """Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro Martins
Carvalho Almeida Lopes Soares Fernandes Vieira Barbosa""".split()
KR_FIRST = """Minjun Seojun Dohyun Jiho Junwoo Hyunwoo Jihoon Sungmin Jaehyun Donghyun Seoyeon Jiwoo Minseo
Haeun Jiyoon Soyeon Yuna Eunji Hyejin Sujin Jieun Minji Yerin Dahye""".split()
KR_LAST = "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song".split()
JP_FIRST = """Haruto Yuto Sota Riku Hiroshi Takashi Kenji Daiki Shota Yusuke Yui Aoi Hina Sakura Yuki Misaki
Haruka Ayaka Naomi Keiko Emi Mai""".split()
JP_LAST = """Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada
Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi""".split()
CN_FIRST = """Wei Fang Min Jing Lei Yang Jun Tao Hui Li Na Xiu Ying Hao Qiang Yan Chen Jie Ping Lan Xin
Yu Bo Mei""".split()
CN_LAST = "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo".split()
VN_FIRST = """Anh Minh Huy Khoa Long Nam Phuc Quang Tuan Duc Linh Mai Thao Trang Huong Ngoc Lan Hoa Vy
Thu""".split()
VN_LAST = "Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly".split()
IN_FIRST = """Aarav Vivaan Aditya Arjun Rohan Rahul Amit Vikram Sanjay Rajesh Karthik Suresh Priya Ananya
Diya Neha Pooja Kavya Deepika Sneha Lakshmi Divya Anjali Meera""".split()
IN_LAST = """Sharma Patel Singh Kumar Gupta Reddy Rao Iyer Nair Mehta Shah Joshi Verma Das Bose Menon
Pillai Chopra Malhotra Agarwal""".split()
PH_FIRST = """Jose Mark John Michael Christian Jayson Angelo Paolo Maria Angelica Kristine Mary Joy Jasmine
Princess Camille Nicole Andrea""".split()
PH_LAST = """Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Tomas Andrada Castillo Flores
Villanueva Ramos Castro Rivera Aquino Navarro""".split()
DE_FIRST = """Lukas Leon Finn Jonas Paul Felix Maximilian Julian Tobias Stefan Anna Lena Lea Hannah Laura
Sophie Marie Julia Katharina Sabine""".split()
DE_LAST = """Mueller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schaefer Koch
Bauer Richter Klein Wolf Neumann Schwarz""".split()
FR_FIRST = """Lucas Hugo Louis Gabriel Arthur Jules Thomas Nicolas Julien Antoine Emma Lea Chloe Manon Camille
Ines Sarah Julie Marion Claire""".split()
FR_LAST = """Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre
Michel Garcia David Bertrand Roux""".split()
GB_FIRST = """Oliver George Harry Jack Charlie Thomas James William Daniel Samuel Olivia Amelia Isla Ava Emily
Sophie Grace Lily Chloe Jessica Hannah Lucy""".split()
GB_LAST = """Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
Wright Walker White Edwards Hughes Green Hall Wood Harris Clarke Patel Khan""".split()
NG_FIRST = """Chinedu Emeka Oluwaseun Tunde Ibrahim Musa Chukwuemeka Segun Adebayo Ngozi Chioma Amaka Funmilayo
Aisha Zainab Blessing Folake Yetunde""".split()
NG_LAST = """Okafor Adeyemi Okonkwo Ibrahim Bello Mohammed Eze Nwosu Balogun Ogunleye Abubakar Adebayo
Chukwu Olawale Obi""".split()
RU_FIRST = "Alexander Dmitry Sergey Andrey Ivan Mikhail Anna Elena Olga Natalia Maria Tatiana".split()
RU_LAST = "Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov".split()

CULTURES = {
    "us": (US_FIRST_M + US_FIRST_F, US_LAST),
    "hisp": (HISP_FIRST, HISP_LAST),
    "br": (BR_FIRST, BR_LAST),
    "kr": (KR_FIRST, KR_LAST),
    "jp": (JP_FIRST, JP_LAST),
    "cn": (CN_FIRST, CN_LAST),
    "vn": (VN_FIRST, VN_LAST),
    "in": (IN_FIRST, IN_LAST),
    "ph": (PH_FIRST, PH_LAST),
    "de": (DE_FIRST, DE_LAST),
    "fr": (FR_FIRST, FR_LAST),
    "gb": (GB_FIRST, GB_LAST),
    "ng": (NG_FIRST, NG_LAST),
    "ru": (RU_FIRST, RU_LAST),
}

# Country: weight among honest accounts, winter UTC offsets (hours) with weights, name cultures,
# residential ISPs (asn, owner), mobile carriers (asn, owner, ipv6 prefix or None), cities.
COUNTRIES = {
    "US": dict(w=0.45, tz=[(-5, 0.47), (-6, 0.29), (-7, 0.07), (-8, 0.17)],
               cult=[("us", 0.66), ("hisp", 0.15), ("kr", 0.02), ("cn", 0.02), ("vn", 0.02),
                     ("jp", 0.01), ("in", 0.04), ("ph", 0.02), ("ng", 0.01), ("gb", 0.05)],
               isp=[(7922, "COMCAST-7922"), (7018, "ATT-INTERNET4"), (20115, "CHARTER-20115"),
                    (701, "UUNET"), (22773, "ASN-CXA-ALL-CCI-22773-RDC"),
                    (209, "CENTURYLINK-US-LEGACY-QWEST"), (5650, "FRONTIER-FRTR")],
               mob=[(21928, "T-MOBILE-AS21928", "2607:fb90"), (22394, "CELLCO-PART", "2600:1000"),
                    (20057, "ATT-MOBILITY-LLC-AS20057", "2600:380")],
               cities=["New York, NY", "Los Angeles, CA", "Chicago, IL", "Houston, TX", "Phoenix, AZ",
                       "Philadelphia, PA", "San Antonio, TX", "San Diego, CA", "Dallas, TX",
                       "Columbus, OH", "Charlotte, NC", "Seattle, WA", "Denver, CO", "Boston, MA",
                       "Atlanta, GA", "Miami, FL", "Minneapolis, MN", "Portland, OR", "Tampa, FL",
                       "Raleigh, NC"]),
    "GB": dict(w=0.06, tz=[(0, 1.0)], cult=[("gb", 0.85), ("in", 0.08), ("ng", 0.04), ("cn", 0.03)],
               isp=[(2856, "BT-UK-AS"), (5089, "NTL"), (5607, "BSKYB-BROADBAND-AS")],
               mob=[(12576, "EE Limited", None), (25135, "VODAFONE_UK_ASN", None)],
               cities=["London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Bristol"]),
    "CA": dict(w=0.04, tz=[(-5, 0.6), (-8, 0.25), (-7, 0.15)], cult=[("us", 0.7), ("cn", 0.08), ("in", 0.08), ("kr", 0.04), ("fr", 0.1)],
               isp=[(812, "ROGERS-COMMUNICATIONS"), (577, "BACOM")],
               mob=[(852, "TELUS Communications", None)],
               cities=["Toronto, ON", "Vancouver, BC", "Montreal, QC", "Calgary, AB", "Ottawa, ON"]),
    "IN": dict(w=0.06, tz=[(5.5, 1.0)], cult=[("in", 1.0)],
               isp=[(9829, "BSNL-NIB"), (24309, "ATRIA-AS-IN")],
               mob=[(55836, "RELIANCEJIO-IN", "2409:4040"), (45609, "BHARTI-MOBILITY-AS-AP", None)],
               cities=["Mumbai", "Delhi", "Bengaluru", "Hyderabad", "Chennai", "Pune"]),
    "DE": dict(w=0.04, tz=[(1, 1.0)], cult=[("de", 0.9), ("ru", 0.05), ("gb", 0.05)],
               isp=[(3320, "DTAG"), (3209, "VODANET")], mob=[(6805, "TDDE-ASN1", None)],
               cities=["Berlin", "Hamburg", "Munich", "Cologne", "Frankfurt"]),
    "FR": dict(w=0.03, tz=[(1, 1.0)], cult=[("fr", 1.0)],
               isp=[(3215, "Orange"), (12322, "PROXAD")], mob=[(15557, "LDCOMNET", None)],
               cities=["Paris", "Lyon", "Marseille", "Toulouse", "Lille"]),
    "BR": dict(w=0.04, tz=[(-3, 1.0)], cult=[("br", 0.95), ("jp", 0.05)],
               isp=[(28573, "CLARO S.A."), (26599, "TELEFONICA BRASIL S.A")],
               mob=[(26615, "TIM S/A", None)], cities=["Sao Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba"]),
    "MX": dict(w=0.04, tz=[(-6, 1.0)], cult=[("hisp", 1.0)],
               isp=[(8151, "Uninet S.A. de C.V.")], mob=[(28403, "RadioMovil Dipsa, S.A. de C.V.", None)],
               cities=["Mexico City", "Guadalajara", "Monterrey", "Puebla"]),
    "PH": dict(w=0.04, tz=[(8, 1.0)], cult=[("ph", 1.0)],
               isp=[(9299, "Philippine Long Distance Telephone Company"), (17639, "Converge ICT Solutions Inc.")],
               mob=[(132199, "Globe Telecom Inc.", None)], cities=["Manila", "Quezon City", "Cebu City", "Davao City"]),
    "KR": dict(w=0.03, tz=[(9, 1.0)], cult=[("kr", 1.0)],
               isp=[(4766, "Korea Telecom"), (9318, "SK Broadband Co Ltd")],
               mob=[(17858, "LG POWERCOMM", None)], cities=["Seoul", "Busan", "Incheon", "Daegu"]),
    "JP": dict(w=0.03, tz=[(9, 1.0)], cult=[("jp", 1.0)],
               isp=[(4713, "NTT Communications Corporation"), (2516, "KDDI CORPORATION")],
               mob=[(17676, "SoftBank Corp.", None)], cities=["Tokyo", "Osaka", "Yokohama", "Nagoya", "Sapporo"]),
    "CN": dict(w=0.02, tz=[(8, 1.0)], cult=[("cn", 1.0)],
               isp=[(4134, "CHINANET-BACKBONE"), (4837, "CHINA169-BACKBONE CHINA UNICOM China169 Backbone")],
               mob=[(9808, "CHINAMOBILE-CN", None)], cities=["Shenyang", "Beijing", "Shanghai", "Dandong", "Guangzhou"]),
    "VN": dict(w=0.02, tz=[(7, 1.0)], cult=[("vn", 1.0)],
               isp=[(45899, "VNPT Corp")], mob=[(7552, "Viettel Group", None)],
               cities=["Hanoi", "Ho Chi Minh City", "Da Nang"]),
    "AU": dict(w=0.03, tz=[(11, 0.8), (10.5, 0.1), (8, 0.1)], cult=[("gb", 0.8), ("cn", 0.1), ("vn", 0.05), ("in", 0.05)],
               isp=[(1221, "Telstra Limited")], mob=[(4804, "Optus", None)],
               cities=["Sydney", "Melbourne", "Brisbane", "Perth"]),
    "NG": dict(w=0.03, tz=[(1, 1.0)], cult=[("ng", 1.0)],
               isp=[(37148, "Globacom")], mob=[(29465, "MTN NIGERIA Communication limited", None)],
               cities=["Lagos", "Abuja", "Ibadan", "Port Harcourt"]),
    "RU": dict(w=0.01, tz=[(3, 1.0)], cult=[("ru", 1.0)],
               isp=[(12389, "PJSC Rostelecom"), (20485, "JSC TransTeleCom")],
               mob=[(8359, "MTS PJSC", None)], cities=["Moscow", "Vladivostok", "Saint Petersburg"]),
}

# Phone number shapes per country (dial code, generator spec).
US_AREA = [201, 202, 203, 205, 206, 207, 208, 210, 212, 213, 214, 215, 216, 217, 224, 248, 251, 253,
           267, 281, 301, 303, 305, 310, 312, 313, 314, 315, 317, 321, 323, 336, 347, 352, 360, 402,
           404, 407, 408, 410, 412, 414, 415, 423, 425, 435, 469, 480, 502, 503, 504, 512, 513, 515,
           520, 530, 540, 559, 571, 585, 602, 610, 612, 614, 615, 617, 619, 623, 626, 646, 650, 651,
           678, 702, 703, 704, 708, 713, 714, 718, 720, 724, 727, 732, 757, 773, 774, 786, 801, 804,
           813, 816, 818, 832, 847, 857, 858, 862, 901, 904, 908, 909, 913, 916, 917, 919, 925, 929,
           949, 954, 971, 972, 973, 980]
CA_AREA = [416, 647, 437, 604, 778, 514, 438, 613, 403, 587, 780, 902, 519, 905]

VOIP_US_AREA = [202, 213, 312, 347, 415, 646, 718, 786, 917, 929]

US_STREETS = ["Maple", "Oak", "Pine", "Cedar", "Elm", "Washington", "Lake", "Hill", "Park", "Main",
              "Walnut", "Sunset", "Lincoln", "Jefferson", "Highland", "Willow", "Church", "Ridge",
              "Meadow", "Forest", "River", "Chestnut", "Spruce", "Franklin", "Madison"]
STREET_SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Ct", "Blvd", "Way", "Pl"]

USER_AGENTS_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36 Edg/132.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:134.0) Gecko/20100101 Firefox/134.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
]
USER_AGENTS_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; SM-A536U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36",
    "PostboxMail-iOS/4.2412.0",
    "PostboxMail-Android/4.2501.1",
]
USER_AGENTS_IMAP = ["Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17928)",
                    "Thunderbird/128.6.0", "iOS/18.2 (22C152) dataaccessd/1.0", "Apple Mail (macOS 15.2)"]

PROVIDER_DOMAINS = ["postbox.com", "postbox.com", "postbox.com", "postbox.net", "pbmail.com"]
OTHER_MAIL = ["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "icloud.com", "aol.com", "comcast.net",
              "hotmail.com", "outlook.com"]
FRAUD_EXT_MAIL = ["proton.me", "protonmail.com", "gmail.com", "tutamail.com", "gmx.com"]

ORG_WORDS_A = ["Maple", "Cedar", "Lakeside", "Riverbend", "Summit", "Bright", "Northgate", "Harbor",
               "Oakridge", "Silver", "Blue", "Granite", "Prairie", "Westfield", "Pioneer", "Evergreen",
               "Sunrise", "Redwood", "Clearwater", "Hilltop", "Stonebridge", "Meadowbrook", "Ironwood"]
ORG_WORDS_B = {
    "school": ["Elementary", "Middle School", "High School", "Academy", "Charter School", "Montessori"],
    "club": ["Soccer Club", "Swim Team", "Rotary Club", "Chess Club", "Youth Orchestra", "Running Club",
             "Church Youth Group", "Scout Troop", "Robotics Team"],
    "firm": ["Dental", "Family Law", "Accounting", "Realty", "Plumbing", "Veterinary Clinic",
             "Landscaping", "Insurance Agency", "Physical Therapy", "Auto Repair", "Bakery",
             "Architects", "Construction"],
    "agency": ["Staffing", "Talent Partners", "Recruiting Group", "Tech Staffing"],
}

# Well-known-looking (fictional) employers whose look-alike domains fake recruiters register.
TARGET_COMPANIES = [("Brightpath Analytics", "brightpathanalytics.com"),
                    ("Coinvault Exchange", "coinvault.com"), ("Lumen Ledger", "lumenledger.io"),
                    ("Northwind Robotics", "northwindrobotics.com"), ("Stratus Cloudworks", "stratuscloudworks.com"),
                    ("Quanta Pay", "quantapay.com"), ("Helix Genomics", "helixgenomics.com"),
                    ("Orbit Trading", "orbittrading.com"), ("Vantage Health", "vantagehealth.com"),
                    ("Kestrel Security", "kestrelsecurity.com")]
