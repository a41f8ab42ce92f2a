"""Static pools for Chainwork: places, networks, names, employers, devices, chains."""

# country: cities (name, IANA zone, UTC offset), keyboard, ISPs (owner, asn, first octets), name culture mix
COUNTRIES = {
    "US": dict(cities=[("New York", "America/New_York", -5, "NY", "100"), ("San Francisco", "America/Los_Angeles", -8, "CA", "941"),
                       ("Austin", "America/Chicago", -6, "TX", "787"), ("Miami", "America/New_York", -5, "FL", "331"),
                       ("Denver", "America/Denver", -7, "CO", "802"), ("Seattle", "America/Los_Angeles", -8, "WA", "981"),
                       ("Chicago", "America/Chicago", -6, "IL", "606"), ("Atlanta", "America/New_York", -5, "GA", "303"),
                       ("Boston", "America/New_York", -5, "MA", "021"), ("Phoenix", "America/Phoenix", -7, "AZ", "850"),
                       ("Nashville", "America/Chicago", -6, "TN", "372"), ("Columbus", "America/New_York", -5, "OH", "432")],
               kb="en-US", isps=[("Comcast Cable", 7922, (24, 73, 98)), ("Charter Communications", 20115, (66, 71, 97)),
                                 ("AT&T Services", 7018, (99, 104, 107)), ("Verizon Business", 701, (72, 108, 100))],
               mobile=[("T-Mobile USA", 21928, (172,)), ("Verizon Wireless", 6167, (174,))], names={"anglo": 6, "hispanic": 2, "chinese": 0.5, "indian": 0.7, "korean": 0.3, "slavic": 0.3}),
    "CA": dict(cities=[("Toronto", "America/Toronto", -5, "ON", "M5V"), ("Vancouver", "America/Vancouver", -8, "BC", "V6B"), ("Montreal", "America/Toronto", -5, "QC", "H2X")],
               kb="en-CA", isps=[("Rogers Communications", 812, (64, 99)), ("Bell Canada", 577, (65, 142))],
               mobile=[("Telus Mobility", 852, (154,))], names={"anglo": 5, "french": 1, "chinese": 1, "indian": 1}),
    "GB": dict(cities=[("London", "Europe/London", 0, "", "EC1"), ("Manchester", "Europe/London", 0, "", "M1"), ("Edinburgh", "Europe/London", 0, "", "EH1")],
               kb="en-GB", isps=[("British Telecommunications", 2856, (81, 86)), ("Virgin Media", 5089, (82, 62))],
               mobile=[("EE Limited", 12576, (31,))], names={"anglo": 6, "indian": 1, "nigerian": 0.5}),
    "DE": dict(cities=[("Berlin", "Europe/Berlin", 1, "", "10"), ("Munich", "Europe/Berlin", 1, "", "80")],
               kb="de-DE", isps=[("Deutsche Telekom", 3320, (79, 87)), ("Vodafone Kabel", 3209, (88,))],
               mobile=[("Telefonica Germany", 6805, (176,))], names={"german": 5, "turkish": 1, "slavic": 0.5}),
    "FR": dict(cities=[("Paris", "Europe/Paris", 1, "", "75")], kb="fr-FR", isps=[("Orange S.A.", 3215, (90, 92))],
               mobile=[("Bouygues Telecom", 5410, (176,))], names={"french": 5, "arabic": 1}),
    "PT": dict(cities=[("Lisbon", "Europe/Lisbon", 0, "", "1100"), ("Porto", "Europe/Lisbon", 0, "", "4000")], kb="pt-PT",
               isps=[("MEO", 3243, (85, 188))], mobile=[("Vodafone Portugal", 12353, (148,))], names={"portuguese": 4, "anglo": 1}),
    "ES": dict(cities=[("Madrid", "Europe/Madrid", 1, "", "280"), ("Barcelona", "Europe/Madrid", 1, "", "080")], kb="es-ES",
               isps=[("Telefonica de Espana", 3352, (83, 80))], mobile=[("Orange Espagne", 12479, (176,))], names={"hispanic": 5}),
    "CH": dict(cities=[("Zug", "Europe/Zurich", 1, "", "63"), ("Zurich", "Europe/Zurich", 1, "", "80")], kb="de-CH",
               isps=[("Swisscom", 3303, (85, 178))], mobile=[("Sunrise", 6730, (212,))], names={"german": 4, "french": 1}),
    "UA": dict(cities=[("Kyiv", "Europe/Kyiv", 2, "", "01"), ("Lviv", "Europe/Kyiv", 2, "", "79"), ("Kharkiv", "Europe/Kyiv", 2, "", "61")],
               kb="uk-UA", isps=[("Kyivstar", 15895, (46, 176)), ("Volia", 25229, (93,))], mobile=[("Lifecell", 34058, (37,))], names={"slavic": 6}),
    "PL": dict(cities=[("Warsaw", "Europe/Warsaw", 1, "", "00"), ("Krakow", "Europe/Warsaw", 1, "", "30")], kb="pl-PL",
               isps=[("Orange Polska", 5617, (83, 31))], mobile=[("Play", 39603, (37,))], names={"slavic": 5}),
    "RS": dict(cities=[("Belgrade", "Europe/Belgrade", 1, "", "11")], kb="sr-RS", isps=[("Telekom Srbija", 8400, (109, 178))],
               mobile=[("A1 Srbija", 44143, (77,))], names={"slavic": 5}),
    "GE": dict(cities=[("Tbilisi", "Asia/Tbilisi", 4, "", "01")], kb="ka-GE", isps=[("Magticom", 16010, (188, 212))],
               mobile=[("Silknet", 35805, (46,))], names={"slavic": 3}),
    "TR": dict(cities=[("Istanbul", "Europe/Istanbul", 3, "", "34")], kb="tr-TR", isps=[("Turk Telekom", 9121, (78, 88))],
               mobile=[("Turkcell", 16135, (176,))], names={"turkish": 5}),
    "AE": dict(cities=[("Dubai", "Asia/Dubai", 4, "", "")], kb="en-AE", isps=[("Emirates Telecommunications", 5384, (94, 86))],
               mobile=[("du", 15802, (5,))], names={"arabic": 2, "indian": 2, "anglo": 1, "slavic": 1}),
    "SG": dict(cities=[("Singapore", "Asia/Singapore", 8, "", "0")], kb="en-SG", isps=[("Singtel", 9506, (116, 220)), ("StarHub", 4657, (118,))],
               mobile=[("M1 Limited", 17547, (119,))], names={"chinese": 4, "indian": 1, "anglo": 1}),
    "HK": dict(cities=[("Hong Kong", "Asia/Hong_Kong", 8, "", "")], kb="zh-HK", isps=[("HKBN", 9269, (61, 118))],
               mobile=[("CSL", 4760, (223,))], names={"chinese": 5}),
    "KR": dict(cities=[("Seoul", "Asia/Seoul", 9, "", "0"), ("Busan", "Asia/Seoul", 9, "", "4")], kb="ko-KR",
               isps=[("Korea Telecom", 4766, (121, 211)), ("SK Broadband", 9318, (58,))], mobile=[("LG Uplus", 17858, (106,))], names={"korean": 6}),
    "JP": dict(cities=[("Tokyo", "Asia/Tokyo", 9, "", "1")], kb="ja-JP", isps=[("NTT Communications", 4713, (153, 60))],
               mobile=[("SoftBank", 17676, (126,))], names={"japanese": 5}),
    "VN": dict(cities=[("Ho Chi Minh City", "Asia/Ho_Chi_Minh", 7, "", "70"), ("Hanoi", "Asia/Bangkok", 7, "", "10")], kb="vi-VN",
               isps=[("Viettel", 7552, (27, 171)), ("FPT Telecom", 18403, (113,))], mobile=[("VNPT", 45899, (14,))], names={"vietnamese": 5}),
    "PH": dict(cities=[("Manila", "Asia/Manila", 8, "", "1000"), ("Cebu", "Asia/Manila", 8, "", "6000")], kb="en-PH",
               isps=[("PLDT", 9299, (112, 122)), ("Converge ICT", 17639, (136,))], mobile=[("Globe Telecom", 4775, (110,))], names={"filipino": 5}),
    "IN": dict(cities=[("Bengaluru", "Asia/Kolkata", 5.5, "", "560"), ("Pune", "Asia/Kolkata", 5.5, "", "411"), ("Hyderabad", "Asia/Kolkata", 5.5, "", "500")],
               kb="en-IN", isps=[("Bharti Airtel", 9498, (122, 182)), ("ACT Fibernet", 24309, (106,))], mobile=[("Reliance Jio", 55836, (49,))], names={"indian": 6}),
    "ID": dict(cities=[("Jakarta", "Asia/Jakarta", 7, "", "10"), ("Denpasar", "Asia/Makassar", 8, "", "80")], kb="id-ID",
               isps=[("Telkom Indonesia", 7713, (36, 180))], mobile=[("Telkomsel", 23693, (114,))], names={"indonesian": 5}),
    "TH": dict(cities=[("Bangkok", "Asia/Bangkok", 7, "", "10"), ("Chiang Mai", "Asia/Bangkok", 7, "", "50")], kb="th-TH",
               isps=[("True Internet", 7470, (58, 171))], mobile=[("AIS", 131445, (49,))], names={"thai": 4}),
    "NG": dict(cities=[("Lagos", "Africa/Lagos", 1, "", "100"), ("Abuja", "Africa/Lagos", 1, "", "900")], kb="en-NG",
               isps=[("MainOne", 37282, (41, 197))], mobile=[("MTN Nigeria", 29465, (102,))], names={"nigerian": 6}),
    "KE": dict(cities=[("Nairobi", "Africa/Nairobi", 3, "", "00100")], kb="en-KE", isps=[("Safaricom", 33771, (41, 105))],
               mobile=[("Airtel Kenya", 36926, (102,))], names={"kenyan": 5}),
    "AR": dict(cities=[("Buenos Aires", "America/Argentina/Buenos_Aires", -3, "", "C1")], kb="es-AR",
               isps=[("Telecom Argentina", 7303, (181, 190))], mobile=[("Claro Argentina", 11664, (186,))], names={"hispanic": 5, "german": 0.3}),
    "BR": dict(cities=[("Sao Paulo", "America/Sao_Paulo", -3, "SP", "01"), ("Florianopolis", "America/Sao_Paulo", -3, "SC", "88")], kb="pt-BR",
               isps=[("Claro NXT", 28573, (177, 189))], mobile=[("Vivo", 26599, (191,))], names={"portuguese": 5}),
    "MX": dict(cities=[("Mexico City", "America/Mexico_City", -6, "CDMX", "06"), ("Guadalajara", "America/Mexico_City", -6, "JAL", "44")], kb="es-MX",
               isps=[("Telmex", 8151, (187, 189))], mobile=[("Telcel", 28403, (201,))], names={"hispanic": 5}),
    "CO": dict(cities=[("Medellin", "America/Bogota", -5, "", "050"), ("Bogota", "America/Bogota", -5, "", "110")], kb="es-CO",
               isps=[("Claro Colombia", 10620, (181, 186))], mobile=[("Tigo", 27831, (191,))], names={"hispanic": 5}),
    "CN": dict(cities=[("Shanghai", "Asia/Shanghai", 8, "", "200"), ("Shenzhen", "Asia/Shanghai", 8, "", "518")], kb="zh-CN",
               isps=[("China Telecom", 4134, (101, 183)), ("China Unicom", 4837, (112, 123))], mobile=[("China Mobile", 9808, (111,))], names={"chinese": 6}),
}

HONEST_COUNTRY_WEIGHTS = {"US": 30, "CA": 4, "GB": 6, "DE": 4, "FR": 2, "PT": 2, "ES": 2, "CH": 1, "UA": 5, "PL": 3, "RS": 1.5, "GE": 1,
                          "TR": 2, "AE": 2, "SG": 3, "HK": 1.5, "KR": 3, "JP": 2, "VN": 3, "PH": 4, "IN": 6, "ID": 2, "TH": 1,
                          "NG": 4, "KE": 1.5, "AR": 3, "BR": 3, "MX": 2, "CO": 1.5, "CN": 1.5}

# first octets the residential pools never use (VPN / hosting / base / conference pools live here)
NAMES = {
    "anglo": (["James", "Emily", "Michael", "Sarah", "David", "Jessica", "Ryan", "Ashley", "Daniel", "Megan", "Tyler", "Rachel", "Kevin", "Lauren",
               "Brian", "Amanda", "Jason", "Nicole", "Eric", "Hannah", "Andrew", "Olivia", "Matthew", "Chloe", "Joshua", "Grace", "Nathan", "Abigail",
               "Ethan", "Madison", "Connor", "Katie", "Aaron", "Brooke", "Justin", "Morgan", "Logan", "Taylor", "Caleb", "Jordan", "Dylan", "Sophie",
               "Sean", "Kayla", "Patrick", "Alyssa", "Zach", "Erin", "Cody", "Molly", "Jack", "Emma", "Liam", "Ava", "Noah", "Mia", "Owen", "Ella"],
              ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Martin",
               "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill",
               "Green", "Adams", "Baker", "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards",
               "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Cooper", "Peterson", "Reed", "Bailey", "Bell", "Kelly", "Howard",
               "Ward", "Cox", "Richardson", "Wood", "Watson", "Brooks", "Bennett", "Gray", "Hughes", "Price", "Sanders", "Myers", "Long", "Foster"]),
    "hispanic": (["Carlos", "Maria", "Jose", "Sofia", "Luis", "Valentina", "Diego", "Camila", "Javier", "Lucia", "Andres", "Daniela", "Miguel",
                  "Gabriela", "Juan", "Paula", "Alejandro", "Isabella", "Mateo", "Martina", "Santiago", "Fernanda", "Pablo", "Carolina", "Ricardo", "Elena"],
                 ["Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Perez", "Sanchez", "Ramirez", "Torres", "Flores", "Rivera",
                  "Gomez", "Diaz", "Morales", "Ortiz", "Castro", "Romero", "Vargas", "Ruiz", "Alvarez", "Mendoza", "Jimenez", "Silva", "Rojas", "Navarro",
                  "Medina", "Herrera", "Aguilar", "Vega", "Cabrera", "Fuentes"]),
    "slavic": (["Oleksandr", "Olena", "Dmytro", "Iryna", "Andrii", "Kateryna", "Serhii", "Natalia", "Maksym", "Yulia", "Piotr", "Anna", "Tomasz",
                "Agnieszka", "Marko", "Jelena", "Nikola", "Milica", "Ivan", "Daria", "Bohdan", "Oksana", "Pavel", "Marta", "Artem", "Viktoria"],
               ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boyko", "Kowalski", "Nowak", "Wisniewski", "Wojcik",
                "Kaminski", "Lewandowski", "Jovanovic", "Petrovic", "Nikolic", "Markovic", "Ivanov", "Popov", "Sokolov", "Moroz", "Lysenko",
                "Savchenko", "Rudenko", "Marchenko", "Zielinski", "Szymanski", "Dabrowski", "Pavlovic", "Ilic"]),
    "german": (["Lukas", "Anna", "Felix", "Lena", "Jonas", "Laura", "Leon", "Lea", "Paul", "Julia", "Maximilian", "Sophie", "Tim", "Marie",
                "Niklas", "Katharina", "Jan", "Johanna", "Florian", "Lisa"],
               ["Muller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch", "Richter", "Klein",
                "Wolf", "Schroder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Kruger", "Hartmann", "Lange", "Werner", "Krause"]),
    "french": (["Louis", "Camille", "Hugo", "Manon", "Lucas", "Chloe", "Theo", "Ines", "Arthur", "Lea", "Nathan", "Jade", "Antoine", "Clara"],
               ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre",
                "Michel", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine"]),
    "portuguese": (["Joao", "Ana", "Pedro", "Beatriz", "Rafael", "Mariana", "Gustavo", "Larissa", "Tiago", "Ines", "Bruno", "Leticia", "Rodrigo", "Carla"],
                   ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Ferreira", "Almeida", "Carvalho", "Gomes", "Ribeiro", "Martins",
                    "Rocha", "Barbosa", "Araujo", "Cardoso", "Teixeira", "Correia", "Pinto", "Lima"]),
    "indian": (["Rahul", "Priya", "Arjun", "Ananya", "Vikram", "Sneha", "Aditya", "Pooja", "Rohan", "Divya", "Karthik", "Neha", "Siddharth",
                "Kavya", "Amit", "Shreya", "Varun", "Meera", "Nikhil", "Riya", "Harsh", "Isha", "Manish", "Tanvi"],
               ["Sharma", "Patel", "Reddy", "Nair", "Iyer", "Gupta", "Singh", "Kumar", "Rao", "Mehta", "Joshi", "Desai", "Menon", "Pillai",
                "Chatterjee", "Banerjee", "Agarwal", "Verma", "Kulkarni", "Shah", "Bhat", "Krishnan", "Mishra", "Saxena"]),
    "chinese": (["Wei", "Jing", "Hao", "Xin", "Yu", "Lei", "Yan", "Jun", "Ming", "Li", "Chen", "Ying", "Tao", "Hui", "Kai", "Fang", "Bo", "Lin",
                 "Jason", "Kevin", "Vivian", "Eric"],
                ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin",
                 "Gao", "Luo", "Zheng", "Liang", "Tan", "Lim", "Ng", "Wong", "Lee", "Chan"]),
    "korean": (["Minjun", "Seoyeon", "Jihoon", "Jiwoo", "Hyunwoo", "Soyeon", "Donghyun", "Yuna", "Junho", "Eunji", "Sungmin", "Hana", "Taeyang",
                "Jisoo", "Woojin", "Minji"],
               ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song"]),
    "japanese": (["Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina", "Yuto", "Sakura", "Kenta", "Mio", "Daiki", "Riko", "Takumi", "Yuna"],
                 ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada",
                  "Sasaki", "Matsumoto", "Inoue", "Kimura"]),
    "vietnamese": (["Minh", "Linh", "Tuan", "Huong", "Duc", "Trang", "Quang", "Thao", "Hieu", "Mai", "Nam", "Lan", "Khoa", "Ngoc", "Phong", "Vy"],
                   ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Vo", "Dang", "Bui", "Do", "Ho", "Ngo", "Duong", "Ly"]),
    "filipino": (["Mark", "Kristine", "John Paul", "Angelica", "Jerome", "Mae", "Christian", "Joy", "Ramon", "Patricia", "Joshua", "Camille", "Paolo",
                  "Bea", "Carlo", "Rhea"],
                 ["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Torres", "Tomas", "Andrada", "Castillo", "Flores",
                  "Villanueva", "Ramos", "Aquino", "Dela Cruz", "Navarro", "Salazar", "Mercado", "Aguilar"]),
    "nigerian": (["Chinedu", "Ngozi", "Emeka", "Adaeze", "Tunde", "Funmilayo", "Oluwaseun", "Chiamaka", "Ifeanyi", "Yetunde", "Babajide", "Amaka",
                  "Segun", "Kemi", "Obinna", "Zainab"],
                 ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Nwosu", "Olawale", "Ibrahim", "Adebayo", "Chukwu", "Oyelaran", "Obi",
                  "Afolabi", "Uche", "Bello", "Ogunleye"]),
    "kenyan": (["Brian", "Faith", "Kevin", "Mercy", "Dennis", "Wanjiru", "Collins", "Akinyi", "Victor", "Njeri", "Samuel", "Achieng"],
               ["Otieno", "Kamau", "Mwangi", "Ochieng", "Wanjiku", "Kiprop", "Mutua", "Njoroge", "Odhiambo", "Kariuki", "Chebet", "Omondi"]),
    "turkish": (["Mehmet", "Elif", "Emre", "Zeynep", "Burak", "Ayse", "Can", "Ece", "Kerem", "Selin", "Mert", "Deniz"],
                ["Yilmaz", "Kaya", "Demir", "Sahin", "Celik", "Yildiz", "Aydin", "Ozturk", "Arslan", "Dogan", "Kilic", "Koc"]),
    "arabic": (["Omar", "Layla", "Ahmed", "Fatima", "Youssef", "Nour", "Khalid", "Mariam", "Hassan", "Sara", "Karim", "Rania"],
               ["Haddad", "Khalil", "Mansour", "Nasser", "Saleh", "Hamdan", "Farouk", "Aziz", "Rahman", "Qureshi", "Najjar", "Sabbagh"]),
    "indonesian": (["Budi", "Siti", "Agus", "Dewi", "Rizky", "Putri", "Andi", "Ayu", "Fajar", "Intan", "Dimas", "Rina"],
                   ["Santoso", "Wijaya", "Saputra", "Hidayat", "Pratama", "Kusuma", "Setiawan", "Nugroho", "Halim", "Gunawan", "Susanto", "Lestari"]),
    "thai": (["Somchai", "Ploy", "Anan", "Nok", "Krit", "Fah", "Niran", "Mali"],
             ["Saetang", "Chaiyaporn", "Srisuk", "Wongsa", "Boonmee", "Thongdee", "Rattanakul", "Kaewmanee"]),
}

STREETS = ["Maple", "Oak", "Cedar", "Pine", "Elm", "Willow", "Lake", "Hill", "Park", "River", "Sunset", "Highland", "Meadow", "Forest", "Spring",
           "Church", "Market", "Mill", "Station", "Bridge", "Harbor", "Grove", "Ridge", "Valley", "Orchard", "Chestnut", "Birch", "Aspen",
           "Magnolia", "Laurel", "Franklin", "Lincoln", "Washington", "Madison", "Jefferson", "Adams", "Monroe", "Jackson", "Liberty", "Union"]
STREET_TYPES = ["St", "Ave", "Rd", "Blvd", "Ln", "Dr", "Ct", "Way", "Pl", "Ter"]
INTL_STREETS = ["Central", "Garden", "Victory", "Freedom", "Station", "Market", "Harbour", "Linden", "Rose", "Castle", "Academy", "Palace",
                "Bridge", "Mill", "School", "Church", "Forest", "Lake", "River", "Sun", "Star", "Spring", "Vineyard", "Olive"]

# Employers: crypto exchanges (managed laptops), start-ups, DAOs, auditors
EMPLOYER_KINDS = [("exchange", 0.12), ("startup", 0.45), ("dao", 0.30), ("audit_firm", 0.08), ("market_maker", 0.05)]
EMP_A = ["Aurel", "Nova", "Quanta", "Lumen", "Zephyr", "Helio", "Obsid", "Cobalt", "Verid", "Axon", "Kairo", "Strata", "Onyx", "Polar",
         "Tessel", "Vanta", "Mira", "Echo", "Flux", "Sable", "Arc", "Drift", "Nimbus", "Cinder", "Orbit", "Prism", "Rune", "Tidal", "Vertex", "Halo"]
EMP_B = ["chain", "fi", "swap", "labs", "protocol", "pay", "vault", "link", "mint", "dex", "stake", "bridge", "node", "ledger", "layer",
         "zk", "yield", "verse", "base", "net"]
DAO_SUFFIX = ["DAO", "Collective", "Foundation", "Guild"]
ROLES = {"developer": 0.45, "smart_contract_auditor": 0.12, "community_moderator": 0.18, "devrel": 0.06, "designer": 0.07, "data_analyst": 0.05,
         "ops": 0.07}

SKILLS = {"developer": ["Solidity", "Rust", "TypeScript", "Go", "Foundry", "Hardhat", "ethers.js", "viem", "Anchor", "Substrate", "React",
                        "Next.js", "The Graph", "Cosmos SDK", "Move", "Cairo", "zk-SNARK circuits", "Node.js", "PostgreSQL", "Kubernetes"],
          "smart_contract_auditor": ["Solidity", "Foundry fuzzing", "Echidna", "Slither", "Certora", "formal verification", "DeFi economics",
                                     "Code4rena", "Sherlock", "Immunefi", "Rust", "Move"],
          "community_moderator": ["Discord moderation", "Telegram", "Collab.Land", "community events", "ambassador programs", "Zealy",
                                  "scam reporting", "multilingual support", "Twitter Spaces"],
          "devrel": ["technical writing", "workshops", "hackathons", "SDK examples", "Docusaurus", "TypeScript", "Solidity"],
          "designer": ["Figma", "brand systems", "dApp UX", "NFT art direction", "motion design", "Framer"],
          "data_analyst": ["Dune", "SQL", "Flipside", "Python", "on-chain analytics", "Nansen", "dbt"],
          "ops": ["payroll", "token vesting ops", "Gnosis Safe", "accounting", "compliance", "Notion"]}

LAPTOPS = ["MacBookPro18,3", "MacBookPro18,1", "Mac14,7", "Mac15,3", "MacBookAir10,1", "Dell XPS 15 9530", "ThinkPad X1 Carbon Gen 11",
           "ThinkPad T14s Gen 4", "HP EliteBook 840 G10", "Framework Laptop 13"]
DISPLAYS = ["DELL U2723QE", "LG HDR 4K", "LG Ultrafine", "Studio Display", "DELL P2422H", "SAMSUNG Odyssey", "BenQ PD2705U", "ASUS VG27A",
            "HP E24 G5", "Color LCD"]
COMMON_PROCS = ["Google Chrome", "Slack", "Visual Studio Code", "zoom.us", "Discord", "Telegram", "iTerm2", "Docker Desktop", "1Password",
                "Notion", "Brave Browser", "Firefox", "Spotify", "Figma", "Obsidian", "Cursor", "Ledger Live", "MetaMask Flask"]
HONEST_REMOTE = ["TeamViewer", "AnyDesk", "Chrome Remote Desktop", "RustDesk"]
USB_COMMON = [("Logitech USB Receiver", "046d", "c52b"), ("YubiKey 5 NFC", "1050", "0407"), ("Ledger Nano S Plus", "2c97", "5011"),
              ("Apple Magic Keyboard", "05ac", "026c"), ("USB-C Digital AV Multiport Adapter", "05ac", "1460"), ("Keychron K2", "05ac", "024f"),
              ("Trezor Model T", "1209", "53c1"), ("Elgato Stream Deck", "0fd9", "0063"), ("Blue Yeti", "046d", "0ab7"), ("CalDigit TS4", "2188", "0035")]
IPKVM_USB = [("PiKVM Composite Device", "1d6b", "0104"), ("TinyPilot", "1d6b", "0104"), ("JetKVM", "1d6b", "0104"),
             ("Multifunction Composite Gadget", "1d6b", "0104"), ("Lantronix Spider KVM", "0403", "6001")]
PHONES_UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
             "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
             "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36"]
DESK_UA = ["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
           "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
           "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0",
           "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.6; rv:132.0) Gecko/20100101 Firefox/132.0",
           "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0"]

# VPN / hosting / Tor / conference / base networks: (owner, asn, first octets)
VPNS = {"NordVPN": (("Datacamp Limited", 60068), (185, 89)), "ExpressVPN": (("Express Technologies", 206092), (45, 146)),
        "Proton VPN": (("Proton AG", 62371), (149, 185)), "Mullvad": (("31173 Services AB", 39351), (193, 198)),
        "Surfshark": (("Packethub S.A.", 147049), (194, 45)), "Private Internet Access": (("Private Internet Access", 46562), (209, 212))}
ASTRILL = (("Astrill VPN", 206238), (103, 45))
TOR = (("Tor exit relay", 60729), (185, 199))
HOSTING = [("DigitalOcean", 14061, (159, 167)), ("Vultr Holdings", 20473, (45, 149)), ("Hetzner Online", 24940, (5, 95)),
           ("OVH SAS", 16276, (51, 54)), ("Amazon.com", 16509, (3, 18))]
RES_PROXY = ("residential proxy (various ISPs)", None)
BASES = [("Shenyang", "CN", "China Unicom Liaoning", 4837, (175, 124)), ("Dandong", "CN", "China Unicom Liaoning", 4837, (175, 119)),
         ("Vladivostok", "RU", "Rostelecom", 12389, (95, 178)), ("Pyongyang", "KP", "Star JV", 131279, (175,))]
CONFERENCES = [("ETHDenver", "US", "Denver", "2025-02-23", 9), ("EthCC", "FR", "Paris", "2024-07-08", 4), ("Token2049 Singapore", "SG", "Singapore", "2024-09-18", 2),
               ("Devcon SEA", "TH", "Bangkok", "2024-11-12", 4), ("Consensus", "CA", "Toronto", "2025-05-14", 3), ("Token2049 Dubai", "AE", "Dubai", "2025-04-30", 2),
               ("EthCC", "FR", "Cannes", "2025-06-30", 4), ("Permissionless", "US", "Brooklyn", "2025-06-24", 3), ("ETHGlobal Brussels", "BE", "Brussels", "2024-07-12", 3)]

CHAINS = ["eth", "arb", "base", "op", "polygon", "sol", "tron"]
EXCHANGE_OMNIBUS = ["Coinbase", "Kraken", "Binance", "OKX", "Bitstamp", "Gemini", "Bybit"]
PAYROLL_RAILS = ["Bitwage", "Request Finance", "Deel crypto", "Rise", "Toku", "Utopia Labs"]
DEFI_CONTRACTS = ["Uniswap Universal Router", "Arbitrum L1 Gateway", "Base Bridge", "Optimism Portal", "Across SpokePool", "Stargate Router",
                  "Lido stETH", "Aave v3 Pool", "Hop Bridge", "Wormhole Token Bridge"]
BANKS = {"US": ["Chase", "Bank of America", "Wells Fargo", "Citi", "Capital One", "Mercury", "Chime"], "GB": ["Monzo", "Revolut", "Barclays", "HSBC UK"],
         "*": ["Revolut", "Wise", "local bank"]}
FREE_MAIL = ["gmail.com", "gmail.com", "gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "hotmail.com"]
PRIVACY_MAIL = ["proton.me", "protonmail.com", "pm.me", "tutanota.com", "skiff.com"]
HANDLE_A = ["0x", "degen", "anon", "based", "zk", "moon", "cyber", "ser", "gm", "frog", "sats", "rekt", "wagmi", "void", "pixel", "shadow",
            "punk", "ape", "lambo", "hash", "byte", "mev", "block", "nonce", "gas"]
HANDLE_B = ["wizard", "monk", "sensei", "fox", "ninja", "builder", "whale", "otter", "raccoon", "maxi", "hacker", "dev", "samurai", "cat",
            "panda", "koala", "sloth", "owl", "wolf", "ghost", "chad", "anon", "poet", "yeti", "kraken"]
