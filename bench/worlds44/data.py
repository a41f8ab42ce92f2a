"""Static pools for world 44 (Hanbit): names with their romanisations, places, networks, devices, banks."""

# --- names -------------------------------------------------------------------------------------------------------
# Korean surnames with the romanisations people really use (one person may use two over time).
KO_SURNAMES = [
    ("Kim", ["Kim", "Gim"]), ("Lee", ["Lee", "Yi", "Rhee", "Rhie", "Ri"]), ("Park", ["Park", "Pak", "Bak"]),
    ("Choi", ["Choi", "Choe", "Chey"]), ("Jung", ["Jung", "Jeong", "Chung", "Chong"]), ("Kang", ["Kang", "Gang"]),
    ("Cho", ["Cho", "Jo", "Joe"]), ("Yoon", ["Yoon", "Yun"]), ("Jang", ["Jang", "Chang"]), ("Lim", ["Lim", "Im", "Rim"]),
    ("Han", ["Han"]), ("Oh", ["Oh", "O"]), ("Seo", ["Seo", "Suh", "Suh"]), ("Shin", ["Shin", "Sin"]),
    ("Kwon", ["Kwon", "Gwon"]), ("Hwang", ["Hwang"]), ("Song", ["Song"]), ("Ahn", ["Ahn", "An"]),
    ("Hong", ["Hong"]), ("Jeon", ["Jeon", "Jun", "Chun"]), ("Ko", ["Ko", "Go", "Koh"]), ("Moon", ["Moon", "Mun"]),
    ("Yang", ["Yang"]), ("Son", ["Son", "Sohn"]), ("Bae", ["Bae", "Pae"]), ("Baek", ["Baek", "Paik", "Paek"]),
    ("Heo", ["Heo", "Huh", "Hur"]), ("Nam", ["Nam"]), ("Noh", ["Noh", "Roh", "No"]), ("Ha", ["Ha"]),
    ("Kwak", ["Kwak", "Gwak"]), ("Yoo", ["Yoo", "Yu", "You"]), ("Shim", ["Shim", "Sim"]), ("Jin", ["Jin", "Chin"]),
    ("Woo", ["Woo", "U"]), ("Min", ["Min"]), ("Ryu", ["Ryu", "Yoo", "Ryoo"]), ("Na", ["Na", "Ra"]),
]
KO_SURNAME_W = [22, 15, 9, 5, 5, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 1.5, 1.5, 1.5, 1.5, 1.5, 1.2, 1.2, 1.2, 1, 1, 1,
                1, 1, 1, 1, 1, 1, 0.6, 0.5, 0.4, 0.4, 0.5, 0.4]
KO_HANGUL_SURNAME = {"Kim": "김", "Lee": "이", "Park": "박", "Choi": "최", "Jung": "정", "Kang": "강", "Cho": "조",
                     "Yoon": "윤", "Jang": "장", "Lim": "임", "Han": "한", "Oh": "오", "Seo": "서", "Shin": "신"}
# given names as syllable pairs; spelled joined, hyphenated or spaced
KO_SYL1 = ["Ji", "Min", "Seo", "Ha", "Do", "Ye", "Su", "Jun", "Hyun", "Eun", "Yeon", "Seung", "Jae", "Sung", "Young",
           "Dong", "Sang", "Hye", "Jin", "Woo", "Tae", "Kyung", "Na", "Chae", "Da", "Yu", "Joon", "Hee", "Si", "Gyu",
           "In", "Bo", "So", "Ah", "Won", "Hyo", "Mi", "Jung", "Kyu", "Han"]
KO_SYL2 = ["hoon", "jun", "yeon", "eun", "woo", "min", "jin", "ho", "ah", "bin", "won", "seo", "yoon", "hyun", "soo",
           "young", "rin", "hee", "kyung", "jae", "won", "mi", "na", "ji", "hwan", "sik", "chul", "su", "yeong", "il",
           "ha", "ri", "joon", "seok", "wook", "gyu", "ran", "bom", "eon", "kyu"]
EN_FIRST_M = ["James", "John", "Michael", "David", "Daniel", "Andrew", "Joseph", "Kevin", "Brian", "Eric", "Justin",
              "Ryan", "Jason", "Matthew", "Christopher", "Steven", "Paul", "Peter", "Samuel", "Timothy", "Richard",
              "Thomas", "William", "Jacob", "Ethan", "Nathan", "Aaron", "Brandon", "Tyler", "Joshua", "Kyle", "Mark",
              "Sean", "Jonathan", "Alex", "Adam", "Benjamin", "Charles", "Edward", "Henry", "Isaac", "Lucas", "Noah",
              "Owen", "Patrick", "Scott", "Vincent", "Gabriel", "Marcus", "Derek"]
EN_FIRST_F = ["Mary", "Jennifer", "Sarah", "Jessica", "Grace", "Michelle", "Emily", "Rachel", "Hannah", "Christine",
              "Esther", "Sophia", "Emma", "Olivia", "Julia", "Angela", "Helen", "Catherine", "Amy", "Stephanie",
              "Lauren", "Ashley", "Megan", "Rebecca", "Elizabeth", "Victoria", "Anna", "Diana", "Irene", "Joanna",
              "Claire", "Natalie", "Audrey", "Vivian", "Karen", "Linda", "Susan", "Ruth", "Abigail", "Chloe",
              "Madison", "Brooke", "Alyssa", "Danielle", "Erin", "Kelly", "Monica", "Nicole", "Tiffany", "Vanessa"]
EN_LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Garcia", "Rodriguez", "Wilson",
           "Martinez", "Anderson", "Taylor", "Thomas", "Hernandez", "Moore", "Martin", "Jackson", "Thompson", "White",
           "Lopez", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "Wright", "Scott", "Torres",
           "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell",
           "Carter", "Roberts", "Phillips", "Evans", "Turner", "Parker", "Collins", "Edwards", "Stewart", "Morris",
           "Murphy", "Cook", "Rogers", "Morgan", "Peterson", "Cooper", "Reed", "Bailey", "Bell", "Gomez", "Kelly",
           "Howard", "Ward", "Cox", "Diaz", "Richardson", "Wood", "Watson", "Brooks", "Bennett", "Gray", "James",
           "Reyes", "Cruz", "Hughes", "Price", "Myers", "Long", "Foster", "Sanders", "Ross", "Morales", "Powell",
           "Sullivan", "Russell", "Ortiz", "Jenkins", "Gutierrez", "Perry", "Butler", "Barnes", "Fisher", "Henderson",
           "Coleman", "Simmons", "Patterson", "Jordan", "Reynolds", "Hamilton", "Graham", "Wallace", "Chen", "Wong",
           "Patel", "Shah", "Tran", "Schmidt", "Meyer", "Weber", "Fischer", "Dubois", "Moreau", "Rossi", "Novak"]
JA_SURNAMES = ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato",
               "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue", "Kimura", "Hayashi", "Shimizu",
               "Saito", "Yamazaki", "Mori", "Abe", "Ikeda", "Hashimoto", "Ishikawa", "Ogawa", "Fujita", "Okada",
               "Goto", "Hasegawa", "Murakami", "Kondo", "Ishii", "Sakamoto", "Endo", "Aoki", "Fujii", "Nishimura",
               "Fukuda", "Ota", "Miura", "Okamoto", "Matsuda", "Nakagawa", "Harada", "Ono", "Tamura", "Takeuchi",
               "Kaneko", "Wada", "Nakano", "Ueda", "Morita", "Hara", "Shibata", "Sakai", "Kudo", "Yokoyama", "Miyazaki"]
JA_GIVEN = ["Haruto", "Yuto", "Sota", "Yui", "Hina", "Aoi", "Ren", "Riku", "Sakura", "Kenji", "Takeshi", "Yuki",
            "Daisuke", "Akiko", "Naoko", "Hiroshi", "Kazuki", "Shota", "Takumi", "Yuna", "Mei", "Rina", "Koji",
            "Satoshi", "Tomoko", "Yoko", "Kaito", "Haruka", "Misaki", "Ryota", "Kenta", "Daiki", "Nanami", "Ayaka",
            "Shun", "Sho", "Tatsuya", "Emi", "Mika", "Yusuke", "Kosuke", "Masaki", "Asuka", "Chihiro", "Naoki",
            "Tomoya", "Yumi", "Eri", "Keiko", "Makoto"]
ZH_SURNAMES = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu",
               "Hu", "Guo", "He", "Lin", "Gao", "Luo"]
ZH_GIVEN = ["Wei", "Fang", "Na", "Min", "Jing", "Lei", "Jun", "Yang", "Yong", "Jie", "Tao", "Ming", "Chao", "Xiu",
            "Hui", "Lan", "Xin", "Yu", "Hao", "Bo", "Zihan", "Yichen", "Haoran", "Xinyi", "Mengyao"]
VI_SURNAMES = ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Dang", "Bui", "Do"]
VI_GIVEN = ["Minh", "Anh", "Thu", "Linh", "Hung", "Tuan", "Huong", "Trang", "Duc", "Khoa", "Lan", "Nam", "Phuong"]
IN_FIRST = ["Rahul", "Priya", "Amit", "Sneha", "Vikram", "Ananya", "Arjun", "Kavya", "Rohan", "Neha", "Sanjay",
            "Divya", "Karthik", "Pooja"]
IN_LAST = ["Sharma", "Patel", "Reddy", "Iyer", "Gupta", "Singh", "Nair", "Rao", "Menon", "Kumar", "Das", "Joshi"]
EU_FIRST = ["Lukas", "Anna", "Jan", "Sophie", "Pierre", "Marie", "Tomasz", "Katarzyna", "Lars", "Emma", "Matteo",
            "Giulia", "Thomas", "Laura", "Felix", "Lena", "Hugo", "Camille", "Pawel", "Agnieszka"]
EU_LAST = ["Muller", "Schneider", "Fischer", "Becker", "Dubois", "Laurent", "Kowalski", "Nowak", "Jansen", "de Vries",
           "Rossi", "Bianchi", "Lindqvist", "Hansen", "Wagner", "Hoffmann", "Martin", "Bernard", "Wisniewski", "Visser"]
PH_FIRST = ["Mark", "Maria", "John Paul", "Kristine", "Jerome", "Angelica", "Carlo", "Patricia", "Rommel", "Joy"]
PH_LAST = ["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Torres", "Villanueva", "Ramos"]

# --- places --------------------------------------------------------------------------------------------------------
# city: (country, tz name, utc offset hours, lat, lon, extra) ; extra = US state+zip prefix / postal pieces
CITIES = {
    "Seoul": ("KR", "Asia/Seoul", 9, 37.566, 126.978, ""), "Seongnam": ("KR", "Asia/Seoul", 9, 37.420, 127.127, ""),
    "Incheon": ("KR", "Asia/Seoul", 9, 37.456, 126.705, ""), "Busan": ("KR", "Asia/Seoul", 9, 35.180, 129.075, ""),
    "Suwon": ("KR", "Asia/Seoul", 9, 37.263, 127.029, ""), "Daejeon": ("KR", "Asia/Seoul", 9, 36.351, 127.385, ""),
    "Tokyo": ("JP", "Asia/Tokyo", 9, 35.690, 139.692, ""), "Osaka": ("JP", "Asia/Tokyo", 9, 34.694, 135.502, ""),
    "Yokohama": ("JP", "Asia/Tokyo", 9, 35.444, 139.638, ""), "Fukuoka": ("JP", "Asia/Tokyo", 9, 33.590, 130.402, ""),
    "Nagoya": ("JP", "Asia/Tokyo", 9, 35.181, 136.906, ""),
    "Los Angeles": ("US", "America/Los_Angeles", -8, 34.052, -118.244, "CA 900"),
    "Irvine": ("US", "America/Los_Angeles", -8, 33.684, -117.826, "CA 926"),
    "Fullerton": ("US", "America/Los_Angeles", -8, 33.870, -117.925, "CA 928"),
    "San Jose": ("US", "America/Los_Angeles", -8, 37.338, -121.886, "CA 951"),
    "Seattle": ("US", "America/Los_Angeles", -8, 47.606, -122.332, "WA 981"),
    "New York": ("US", "America/New_York", -5, 40.713, -74.006, "NY 100"),
    "Fort Lee": ("US", "America/New_York", -5, 40.851, -73.970, "NJ 070"),
    "Duluth": ("US", "America/New_York", -5, 34.003, -84.145, "GA 300"),
    "Dallas": ("US", "America/Chicago", -6, 32.777, -96.797, "TX 752"),
    "Chicago": ("US", "America/Chicago", -6, 41.878, -87.630, "IL 606"),
    "Austin": ("US", "America/Chicago", -6, 30.267, -97.743, "TX 787"),
    "Honolulu": ("US", "Pacific/Honolulu", -10, 21.307, -157.858, "HI 968"),
    "Nashville": ("US", "America/Chicago", -6, 36.163, -86.781, "TN 372"),
    "Phoenix": ("US", "America/Phoenix", -7, 33.448, -112.074, "AZ 850"),
    "Denver": ("US", "America/Denver", -7, 39.739, -104.990, "CO 802"),
    "Annandale": ("US", "America/New_York", -5, 38.830, -77.196, "VA 220"),
    "Toronto": ("CA", "America/Toronto", -5, 43.653, -79.383, "ON M5"),
    "Vancouver": ("CA", "America/Vancouver", -8, 49.283, -123.121, "BC V6"),
    "Sydney": ("AU", "Australia/Sydney", 10, -33.869, 151.209, "NSW 20"),
    "Melbourne": ("AU", "Australia/Melbourne", 10, -37.814, 144.963, "VIC 30"),
    "London": ("GB", "Europe/London", 0, 51.507, -0.128, ""), "Berlin": ("DE", "Europe/Berlin", 1, 52.520, 13.405, ""),
    "Frankfurt": ("DE", "Europe/Berlin", 1, 50.110, 8.682, ""), "Paris": ("FR", "Europe/Paris", 1, 48.857, 2.352, ""),
    "Amsterdam": ("NL", "Europe/Amsterdam", 1, 52.368, 4.904, ""), "Warsaw": ("PL", "Europe/Warsaw", 1, 52.230, 21.012, ""),
    "Singapore": ("SG", "Asia/Singapore", 8, 1.352, 103.820, ""),
    "Ho Chi Minh City": ("VN", "Asia/Ho_Chi_Minh", 7, 10.823, 106.630, ""), "Hanoi": ("VN", "Asia/Ho_Chi_Minh", 7, 21.028, 105.834, ""),
    "Shanghai": ("CN", "Asia/Shanghai", 8, 31.230, 121.474, ""), "Beijing": ("CN", "Asia/Shanghai", 8, 39.904, 116.407, ""),
    "Shenyang": ("CN", "Asia/Shanghai", 8, 41.806, 123.432, ""), "Yanji": ("CN", "Asia/Shanghai", 8, 42.891, 129.509, ""),
    "Dandong": ("CN", "Asia/Shanghai", 8, 40.000, 124.354, ""),
    "Vladivostok": ("RU", "Asia/Vladivostok", 10, 43.116, 131.882, ""),
    "Pyongyang": ("KP", "Asia/Pyongyang", 9, 39.039, 125.762, ""),
    "Manila": ("PH", "Asia/Manila", 8, 14.600, 120.984, ""), "Bengaluru": ("IN", "Asia/Kolkata", 5.5, 12.972, 77.595, ""),
    "Taipei": ("TW", "Asia/Taipei", 8, 25.033, 121.565, ""), "Sao Paulo": ("BR", "America/Sao_Paulo", -3, -23.551, -46.633, ""),
    "Hong Kong": ("HK", "Asia/Hong_Kong", 8, 22.319, 114.169, ""),
}
COUNTRY_CITIES = {}
for _c, _v in CITIES.items():
    if _c not in ("Dandong", "Vladivostok", "Pyongyang", "Hong Kong"):
        COUNTRY_CITIES.setdefault(_v[0], []).append(_c)
KR_US_CITIES = ["Los Angeles", "Fullerton", "Irvine", "Fort Lee", "New York", "Duluth", "Seattle", "Annandale", "Dallas",
                "Honolulu", "San Jose", "Chicago"]
US_CITIES = COUNTRY_CITIES["US"]

KR_STREETS = ["Teheran-ro", "Gangnam-daero", "Pangyoyeok-ro", "Sejong-daero", "Olympic-ro", "Dosan-daero",
              "Bongeunsa-ro", "Hakdong-ro", "Yeoksam-ro", "Seocho-daero", "Mapo-daero", "World Cup buk-ro",
              "Dongil-ro", "Songpa-daero", "Baekhyeon-ro", "Jungang-ro", "Haeundaehaebyeon-ro", "Gwangbok-ro",
              "Hwaseo-ro", "Dunsan-ro", "Yeouidaebang-ro", "Nonhyeon-ro", "Apgujeong-ro", "Cheonho-daero"]
KR_GU = {"Seoul": ["Gangnam-gu", "Seocho-gu", "Mapo-gu", "Songpa-gu", "Yongsan-gu", "Gwanak-gu", "Nowon-gu",
                   "Yeongdeungpo-gu", "Seongdong-gu", "Gangseo-gu"],
         "Seongnam": ["Bundang-gu", "Sujeong-gu"], "Incheon": ["Yeonsu-gu", "Namdong-gu"],
         "Busan": ["Haeundae-gu", "Suyeong-gu", "Busanjin-gu"], "Suwon": ["Yeongtong-gu", "Paldal-gu"],
         "Daejeon": ["Yuseong-gu", "Seo-gu"]}
JP_WARDS = {"Tokyo": ["Shibuya-ku", "Minato-ku", "Setagaya-ku", "Shinjuku-ku", "Meguro-ku", "Shinagawa-ku",
                      "Nakano-ku", "Koto-ku", "Suginami-ku", "Bunkyo-ku", "Arakawa-ku"],
            "Osaka": ["Kita-ku", "Chuo-ku", "Ikuno-ku", "Tennoji-ku", "Yodogawa-ku"],
            "Yokohama": ["Nishi-ku", "Kohoku-ku", "Naka-ku"], "Fukuoka": ["Hakata-ku", "Chuo-ku", "Sawara-ku"],
            "Nagoya": ["Naka-ku", "Chikusa-ku", "Meito-ku"]}
US_STREETS = ["Main St", "Oak Ave", "Maple Dr", "Cedar Ln", "Pine St", "Elm St", "Washington Blvd", "Park Ave",
              "Lakeview Dr", "Sunset Blvd", "Wilshire Blvd", "Olympic Blvd", "Western Ave", "Hillcrest Rd",
              "Valley View Rd", "Highland Ave", "Broadway", "Jefferson St", "Madison Ave", "Lincoln Ave",
              "Riverside Dr", "Magnolia Ave", "Willow Way", "Birch Ct", "Chestnut St", "Spruce St", "Harbor Blvd",
              "Palisade Ave", "Pleasant Hill Rd", "Little River Tpke", "Walnut St", "Aspen Ct", "Jamboree Rd",
              "Culver Dr", "Bethel Rd", "Steeles Ave", "Yonge St", "Kingsway", "Granville St", "George St"]
EU_STREETS = ["Hauptstrasse", "Bahnhofstrasse", "Rue de Rivoli", "Keizersgracht", "Marszalkowska", "High Street",
              "Baker Street", "Friedrichstrasse", "Prinsengracht", "Rue Oberkampf"]
ASIA_STREETS = ["Orchard Rd", "Nguyen Hue", "Le Loi", "Nanjing Rd", "Huaihai Rd", "Zhongshan Rd", "Ayala Ave",
                "MG Road", "Xinyi Rd", "Jianguo Rd", "Beijing Rd", "Shifu Rd", "Renmin St"]

# Hanbit's offices: name -> (city, address, n egress IPs)
OFFICES = {
    "Seoul HQ": ("Seoul", "Hanbit Tower, 521 Teheran-ro, Gangnam-gu, Seoul 06164", 4),
    "Pangyo Studio": ("Seongnam", "Hanbit Pangyo Campus, 235 Pangyoyeok-ro, Bundang-gu, Seongnam-si, Gyeonggi-do 13494", 3),
    "Tokyo HQ": ("Tokyo", "Hanbit Japan KK, Shibuya Scramble Square 24F, 2-24-12 Shibuya, Shibuya-ku, Tokyo 150-6124", 3),
    "Osaka Studio": ("Osaka", "Hanbit Japan KK Osaka, 3-3-3 Umeda, Kita-ku, Osaka 530-0001", 2),
    "Irvine Office": ("Irvine", "Hanbit America Inc, 2 Park Plaza Suite 900, Irvine, CA 92614", 2),
    "Singapore Hub": ("Singapore", "Hanbit Pay Pte Ltd, 1 Raffles Place #20-01, Singapore 048616", 2),
    "Amsterdam Office": ("Amsterdam", "Hanbit Europe BV, Herengracht 450, 1017 CA Amsterdam", 1),
}
COWORKING = [("WeWork Gangnam Station", "Seoul", "WeWork, 373 Gangnam-daero, Seocho-gu, Seoul 06621"),
             ("Fastfive Seongsu", "Seoul", "Fastfive, 14 Wangsimni-ro, Seongdong-gu, Seoul 04779"),
             ("WeWork Shibuya", "Tokyo", "WeWork, 1-21-3 Jinnan, Shibuya-ku, Tokyo 150-0041"),
             ("WeWork Koreatown", "Los Angeles", "3250 Wilshire Blvd, Los Angeles, CA 90010"),
             ("Spaces Fort Lee", "Fort Lee", "2050 Center Ave, Fort Lee, NJ 07024"),
             ("WeWork King St", "Toronto", "240 Richmond St W, Toronto, ON M5V 1V6"),
             ("JustCo Marina", "Singapore", "JustCo, 6 Raffles Quay, Singapore 048580")]
AGENCIES = [  # MSP / staffing agencies placing contractors (name, domain, city, office address)
    ("Nexa Talent Partners", "nexatalent.co.kr", "Seoul", "5F, 14 Seolleung-ro 94-gil, Gangnam-gu, Seoul 06161"),
    ("Bluefin Game Services", "bluefin-gs.com", "Seongnam", "7F, 17 Daewangpangyo-ro 606beon-gil, Bundang-gu, Seongnam-si 13524"),
    ("Sakura Dev Staffing", "sakuradev.co.jp", "Tokyo", "4-1-8 Toranomon, Minato-ku, Tokyo 105-0001"),
    ("PacificBridge IT", "pacificbridge-it.com", "Irvine", "17875 Von Karman Ave Suite 150, Irvine, CA 92614"),
    ("Manila LiveOps Inc", "manilaliveops.ph", "Manila", "12F Ayala Tower One, Ayala Ave, Makati, Metro Manila 1226"),
    ("Saigon QA Labs", "saigonqa.vn", "Ho Chi Minh City", "81 Cach Mang Thang Tam, District 1, Ho Chi Minh City"),
    ("Shenyang Pixel Outsourcing", "sypixel.cn", "Shenyang", "No. 17 Shiyi Wei Road, Heping District, Shenyang 110003"),
    ("Northstar Localization", "northstar-l10n.com", "Toronto", "100 King St W Suite 5600, Toronto, ON M5X 1C9"),
]

# --- networks ------------------------------------------------------------------------------------------------------
# ISP: (name shown as network_owner, asn, [first two octets], kind) per country
ISPS = {
    "KR": [("Korea Telecom", 4766, [(121, 128), (175, 223), (211, 36), (59, 10)], "res"),
           ("SK Broadband Co Ltd", 9318, [(1, 224), (58, 140), (118, 33), (222, 98)], "res"),
           ("LG POWERCOMM", 17858, [(106, 240), (112, 169), (211, 202)], "res")],
    "JP": [("NTT Communications Corporation", 4713, [(153, 156), (114, 160), (180, 12)], "res"),
           ("KDDI CORPORATION", 2516, [(106, 130), (111, 97), (182, 249)], "res"),
           ("SoftBank Corp.", 17676, [(126, 74), (219, 106), (60, 71)], "res"),
           ("Sony Network Communications Inc.", 2527, [(118, 241), (122, 18)], "res")],
    "US": [("Comcast Cable Communications, LLC", 7922, [(73, 162), (98, 207), (24, 4), (76, 21)], "res"),
           ("Charter Communications Inc", 20115, [(47, 151), (76, 90), (104, 32)], "res"),
           ("AT&T Services, Inc.", 7018, [(99, 112), (107, 203), (23, 125)], "res"),
           ("Verizon Business", 701, [(71, 105), (108, 6), (173, 63)], "res"),
           ("Cox Communications Inc.", 22773, [(68, 5), (70, 175), (98, 176)], "res"),
           ("Frontier Communications", 5650, [(47, 180), (50, 38)], "res")],
    "CA": [("Rogers Communications Canada Inc.", 812, [(99, 226), (174, 112)], "res"),
           ("Bell Canada", 577, [(65, 92), (142, 114)], "res"), ("TELUS Communications Inc.", 852, [(50, 64), (154, 5)], "res")],
    "AU": [("Telstra Limited", 1221, [(101, 160), (120, 144)], "res"), ("Optus", 4804, [(49, 195), (211, 30)], "res")],
    "GB": [("British Telecommunications PLC", 2856, [(81, 128), (86, 140)], "res"), ("Virgin Media Limited", 5089, [(82, 12), (92, 233)], "res")],
    "DE": [("Deutsche Telekom AG", 3320, [(79, 192), (87, 160)], "res"), ("Vodafone GmbH", 3209, [(88, 64), (95, 88)], "res")],
    "FR": [("Orange S.A.", 3215, [(90, 3), (86, 246)], "res"), ("Free SAS", 12322, [(82, 64), (88, 120)], "res")],
    "NL": [("KPN B.V.", 1136, [(77, 160), (145, 53)], "res"), ("Ziggo B.V.", 33915, [(84, 24), (212, 238)], "res")],
    "PL": [("Orange Polska Spolka Akcyjna", 5617, [(83, 6), (31, 0)], "res")],
    "SG": [("Singapore Telecommunications Ltd", 7473, [(116, 14), (118, 189)], "res"), ("StarHub Ltd", 4657, [(27, 104), (203, 116)], "res")],
    "VN": [("Viettel Group", 7552, [(27, 72), (116, 110)], "res"), ("VNPT Corp", 45899, [(14, 160), (113, 185)], "res")],
    "CN": [("China Unicom Liaoning", 4837, [(175, 166), (60, 22)], "res"), ("Chinanet", 4134, [(114, 80), (180, 160), (222, 64)], "res")],
    "PH": [("PLDT", 9299, [(112, 198), (180, 190)], "res"), ("Globe Telecom", 132199, [(112, 207)], "res")],
    "IN": [("Bharti Airtel Ltd.", 9498, [(122, 171), (182, 74)], "res"), ("Reliance Jio Infocomm", 55836, [(49, 36), (157, 32)], "res")],
    "TW": [("Chunghwa Telecom", 3462, [(1, 160), (36, 224)], "res")],
    "BR": [("Claro NXT", 28573, [(177, 32), (191, 176)], "res")],
    "RU": [("TransTelecom Far East", 20485, [(95, 154), (217, 150)], "res")],
    "KP": [("Star Joint Venture Co. Ltd.", 131279, [(175, 45)], "res")],
    "HK": [("HGC Global Communications", 9304, [(218, 102)], "res")],
}
# mobile carriers: carrier-grade NAT pools shared by thousands of subscribers
MOBILE = {
    "KR": [("SK Telecom", 9644, (223, 38)), ("KT Mobile", 4766, (39, 7)), ("LG Uplus Corp.", 17853, (117, 111))],
    "JP": [("NTT DOCOMO, INC.", 9605, (1, 66)), ("KDDI au", 2516, (106, 128)), ("SoftBank Mobile", 17676, (126, 205))],
    "US": [("T-Mobile USA, Inc.", 21928, (172, 58)), ("Verizon Wireless", 6167, (174, 192)), ("AT&T Mobility", 20057, (166, 137))],
    "CA": [("Rogers Wireless", 812, (72, 136))], "AU": [("Telstra Mobile", 1221, (1, 128))],
    "GB": [("EE Limited", 12576, (31, 94))], "SG": [("Singtel Mobile", 7473, (202, 166))],
    "PH": [("Smart Communications", 10139, (110, 54))], "VN": [("Viettel Mobile", 7552, (171, 224))],
    "CN": [("China Mobile", 9808, (117, 136))], "DE": [("Telefonica Germany", 6805, (176, 0))],
}
# VPN providers: (owner, asn, (a,b)) exits; Astrill's exits are what both expats in China and the teams use
ASTRILL = [("M247 Europe SRL", 9009, (185, 246)), ("Leaseweb USA, Inc.", 30633, (23, 105)),
           ("DataCamp Limited", 60068, (89, 187)), ("QuadraNet Enterprises LLC", 8100, (104, 223)),
           ("Psychz Networks", 40676, (172, 106))]
COMMERCIAL_VPN = {
    "NordVPN": [("DataCamp Limited", 60068, (156, 146)), ("M247 Europe SRL", 9009, (37, 120))],
    "ExpressVPN": [("Performive LLC", 46562, (66, 115)), ("Leaseweb Japan", 59253, (173, 239))],
    "Proton VPN": [("Proton AG", 209103, (146, 70)), ("Datapacket", 212238, (149, 102))],
    "Surfshark": [("Packethub S.A.", 147049, (45, 87)), ("Tzulo, Inc.", 11878, (194, 110))],
}
VPN_EXIT_COUNTRIES = ["US", "JP", "KR", "SG", "GB", "DE", "HK", "CA"]
VPS = [("DigitalOcean, LLC", 14061, (159, 203)), ("Vultr Holdings LLC", 20473, (45, 77)),
       ("Amazon.com, Inc.", 16509, (3, 101)), ("Choopa LLC", 20473, (149, 28))]
CORP_VPN = ("Hanbit Corp", 133802)

# --- devices and software ------------------------------------------------------------------------------------------
LAPTOPS_MAC = ["MacBookPro18,3", "MacBookPro18,1", "Mac14,9", "Mac15,6", "MacBookAir10,1", "Mac14,2"]
LAPTOPS_WIN = ["Latitude 7440", "Latitude 5540", "ThinkPad X1 Carbon Gen 11", "ThinkPad T14 Gen 4",
               "LG gram 16Z90R", "Galaxy Book3 Pro", "HP EliteBook 840 G10", "Surface Laptop 5", "VAIO SX14",
               "Dynabook G83/KV", "ROG Zephyrus G14"]
BASE_PROCS_WIN = ["chrome.exe", "slack.exe", "Zoom.exe", "OUTLOOK.EXE", "Teams.exe", "OneDrive.exe",
                  "CrowdStrike Falcon Sensor", "Okta Verify.exe", "Code.exe", "git.exe", "Notion.exe"]
BASE_PROCS_MAC = ["Google Chrome", "Slack", "zoom.us", "Microsoft Outlook", "Okta Verify", "falcond", "Code",
                  "Notion", "iTerm2", "Figma"]
DEV_PROCS = ["Unity.exe", "UnrealEditor.exe", "docker", "node", "python3", "idea64.exe", "Postman", "Perforce P4V",
             "Rider64.exe", "devenv.exe", "DBeaver", "Jira Desktop"]
KO_PROCS = ["KakaoTalk", "NaverWhale", "Hancom Office HWP", "AhnLab V3", "nProtect"]
JA_PROCS = ["LINE", "ATOK", "Chatwork"]
ZH_PROCS = ["WeChat", "DingTalk", "Sogou Input"]
RDP_TOOLS = ["AnyDesk.exe", "TeamViewer.exe", "RustDesk.exe", "remoting_host.exe", "Splashtop Streamer",
             "ScreenConnect.ClientService.exe", "tvnserver.exe"]
USB_COMMON = [("Logitech USB Receiver", "046d", "c52b"), ("Apple Magic Keyboard", "05ac", "029c"),
              ("YubiKey OTP+FIDO+CCID", "1050", "0407"), ("Logitech MX Master 3", "046d", "4082"),
              ("USB-C Digital AV Multiport Adapter", "05ac", "1460"), ("Dell Universal Dock D6000", "17e9", "6006"),
              ("Realforce 108UH", "0853", "0100"), ("Razer DeathAdder V2", "1532", "0084"),
              ("Xbox Wireless Controller", "045e", "0b12"), ("DualSense Wireless Controller", "054c", "0ce6"),
              ("Leopold FC900R", "04d9", "a0cd"), ("Elecom TrackBall", "056e", "010d"), ("SanDisk Ultra Fit", "0781", "5583")]
USB_KVM_HONEST = [("ATEN CS22U KVM Switch", "0557", "2419"), ("UGREEN USB Switch", "1a40", "0101")]
USB_IPKVM = [("PiKVM Composite Device", "1d6b", "0104"), ("TinyPilot Composite", "1d6b", "0104"),
             ("JetKVM", "1d6b", "0104"), ("Multifunction Composite Gadget", "1d6b", "0104"),
             ("NanoKVM HID", "3346", "1009")]
DISPLAYS = ["DELL U2723QE", "LG HDR 4K", "LG ULTRAGEAR", "Samsung Odyssey G7", "BenQ PD2700U", "DELL P2422H",
            "EIZO EV2785", "IODATA LCD-MF", "Color LCD", "Built-in Retina Display", "ASUS VG27A"]
DISPLAY_KVM = ["PiKVM", "TinyPilot", "HDMI CAPTURE", "USB3.0 HD Video Capture"]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36 Edg/{v}.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Whale/3.{w}.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 OktaVerify/9.{w}",
    "Mozilla/5.0 (Linux; Android 14; SM-S918N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Mobile Safari/537.36",
]

# --- money ---------------------------------------------------------------------------------------------------------
BANKS = {"KR": ["KB Kookmin", "Shinhan", "Woori", "Hana", "NH Nonghyup", "IBK", "Kakao Bank", "Toss Bank"],
         "JP": ["MUFG", "SMBC", "Mizuho", "Rakuten Bank", "PayPay Bank", "Japan Post Bank"],
         "US": ["Chase", "Bank of America", "Wells Fargo", "Citibank", "Capital One", "Hanmi Bank", "Bank of Hope",
                "Shinhan Bank America", "Navy Federal", "Ally"],
         "CA": ["RBC", "TD", "Scotiabank"], "AU": ["Commonwealth Bank", "Westpac"], "GB": ["Barclays", "HSBC UK", "Monzo"],
         "DE": ["Sparkasse", "N26"], "FR": ["BNP Paribas"], "NL": ["ING"], "PL": ["PKO BP"], "SG": ["DBS", "OCBC"],
         "VN": ["Vietcombank"], "CN": ["ICBC", "Bank of China"], "PH": ["BDO", "BPI"], "IN": ["HDFC"], "TW": ["CTBC"],
         "BR": ["Itau"], "HK": ["HSBC HK"]}
CURRENCY = {"KR": "KRW", "JP": "JPY", "US": "USD", "CA": "CAD", "AU": "AUD", "GB": "GBP", "DE": "EUR", "FR": "EUR",
            "NL": "EUR", "PL": "PLN", "SG": "SGD", "VN": "VND", "CN": "CNY", "PH": "PHP", "IN": "INR", "TW": "TWD",
            "BR": "BRL", "HK": "HKD"}
FX = {"KRW": 1380, "JPY": 150, "USD": 1, "CAD": 1.37, "AUD": 1.52, "GBP": 0.79, "EUR": 0.92, "PLN": 4.0, "SGD": 1.34,
      "VND": 25000, "CNY": 7.2, "PHP": 57, "INR": 84, "TWD": 32, "BRL": 5.4, "HKD": 7.8}
WALLETS = ["payoneer", "wise", "paypal", "deel"]

KEYBOARD = {"KR": "ko-KR", "JP": "ja-JP", "US": "en-US", "CA": "en-CA", "AU": "en-AU", "GB": "en-GB", "DE": "de-DE",
            "FR": "fr-FR", "NL": "nl-NL", "PL": "pl-PL", "SG": "en-SG", "VN": "vi-VN", "CN": "zh-CN", "PH": "en-PH",
            "IN": "en-IN", "TW": "zh-TW", "BR": "pt-BR", "HK": "zh-HK"}
MAIL_KO = ["naver.com", "daum.net", "hanmail.net", "kakao.com", "nate.com", "gmail.com"]
MAIL_JA = ["yahoo.co.jp", "docomo.ne.jp", "gmail.com", "icloud.com", "outlook.jp", "ezweb.ne.jp"]
MAIL_US = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "proton.me", "aol.com"]
MAIL_OTHER = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "hotmail.com", "gmx.de", "qq.com"]
DEPARTMENTS = ["Game Client", "Game Server", "Live Ops", "Payments Platform", "Fraud & Risk", "Mobile", "Data",
               "QA", "Localization", "Art", "SRE", "Security", "Customer Support", "Web3 Wallet", "Backend"]
EMPLOYERS = ["Hanbit Games Co., Ltd.", "Hanbit Pay Corp.", "Hanbit Japan KK", "Hanbit America Inc."]
