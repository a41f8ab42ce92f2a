"""Reference data for world 39 (Nomadnest): places, networks, names, devices, software."""

# city: (country, city, lat, lon, tz, currency, [(isp, asn)], [(mobile carrier, asn)])
CITIES = [
    ("PT", "Lisbon", 38.72, -9.14, "Europe/Lisbon", "EUR", [("MEO", 3243), ("NOS", 2860), ("Vodafone PT", 12353)], [("Vodafone PT", 12353), ("MEO Movel", 42863), ("NOS Movel", 2860)]),
    ("PT", "Porto", 41.15, -8.61, "Europe/Lisbon", "EUR", [("MEO", 3243), ("NOS", 2860)], [("Vodafone PT", 12353), ("MEO Movel", 42863)]),
    ("PT", "Funchal", 32.65, -16.91, "Atlantic/Madeira", "EUR", [("MEO", 3243), ("NOS Madeira", 2860)], [("MEO Movel", 42863)]),
    ("ES", "Barcelona", 41.39, 2.17, "Europe/Madrid", "EUR", [("Movistar", 3352), ("Digi Spain", 57269), ("Orange ES", 12479)], [("Movistar Movil", 3352), ("Orange ES", 12479)]),
    ("ES", "Las Palmas", 28.12, -15.43, "Atlantic/Canary", "EUR", [("Movistar", 3352), ("Vodafone ES", 12430)], [("Vodafone ES", 12430)]),
    ("ES", "Valencia", 39.47, -0.38, "Europe/Madrid", "EUR", [("Movistar", 3352), ("Digi Spain", 57269)], [("Orange ES", 12479)]),
    ("DE", "Berlin", 52.52, 13.40, "Europe/Berlin", "EUR", [("Deutsche Telekom", 3320), ("Vodafone DE", 3209), ("O2 DE", 6805)], [("Telekom Mobil", 3320), ("O2 DE", 6805)]),
    ("GE", "Tbilisi", 41.72, 44.78, "Asia/Tbilisi", "GEL", [("Silknet", 35805), ("Magticom", 16010)], [("Magti", 16010), ("Cellfie", 20771)]),
    ("HR", "Split", 43.51, 16.44, "Europe/Zagreb", "EUR", [("Hrvatski Telekom", 5391), ("A1 Hrvatska", 29485)], [("A1 Hrvatska", 29485)]),
    ("EE", "Tallinn", 59.44, 24.75, "Europe/Tallinn", "EUR", [("Telia Eesti", 3249), ("Elisa Eesti", 1257)], [("Telia Eesti", 3249)]),
    ("PL", "Krakow", 50.06, 19.94, "Europe/Warsaw", "PLN", [("Orange Polska", 5617), ("UPC Polska", 6830)], [("Play", 12912), ("Plus", 12741)]),
    ("HU", "Budapest", 47.50, 19.04, "Europe/Budapest", "HUF", [("Magyar Telekom", 5483), ("Vodafone HU", 21334)], [("Yettel HU", 20845)]),
    ("BG", "Bansko", 41.84, 23.49, "Europe/Sofia", "BGN", [("Vivacom", 8866), ("A1 Bulgaria", 8717)], [("A1 Bulgaria", 8717)]),
    ("TR", "Istanbul", 41.01, 28.98, "Europe/Istanbul", "TRY", [("Turk Telekom", 9121), ("Superonline", 34984)], [("Turkcell", 16135), ("Vodafone TR", 15897)]),
    ("AE", "Dubai", 25.20, 55.27, "Asia/Dubai", "AED", [("Etisalat", 5384), ("du", 15802)], [("Etisalat", 5384), ("du", 15802)]),
    ("TH", "Chiang Mai", 18.79, 98.98, "Asia/Bangkok", "THB", [("3BB", 45758), ("True Internet", 7470), ("AIS Fibre", 133481)], [("AIS", 45430), ("TrueMove H", 24378)]),
    ("TH", "Bangkok", 13.76, 100.50, "Asia/Bangkok", "THB", [("3BB", 45758), ("True Internet", 7470)], [("AIS", 45430), ("dtac", 24378)]),
    ("ID", "Canggu", -8.65, 115.14, "Asia/Makassar", "IDR", [("Telkom Indonesia", 7713), ("Biznet", 17451)], [("Telkomsel", 23693), ("XL Axiata", 24203)]),
    ("VN", "Da Nang", 16.05, 108.20, "Asia/Ho_Chi_Minh", "VND", [("Viettel", 7552), ("VNPT", 45899), ("FPT Telecom", 18403)], [("Viettel Mobile", 7552)]),
    ("VN", "Ho Chi Minh City", 10.82, 106.63, "Asia/Ho_Chi_Minh", "VND", [("Viettel", 7552), ("FPT Telecom", 18403)], [("Viettel Mobile", 7552), ("Vinaphone", 45899)]),
    ("MY", "Kuala Lumpur", 3.14, 101.69, "Asia/Kuala_Lumpur", "MYR", [("TM Unifi", 4788), ("Maxis", 9534)], [("Maxis", 9534), ("CelcomDigi", 10030)]),
    ("CO", "Medellin", 6.24, -75.58, "America/Bogota", "COP", [("Tigo UNE", 13489), ("Claro CO", 10620)], [("Claro CO", 10620), ("Movistar CO", 3816)]),
    ("MX", "Mexico City", 19.43, -99.13, "America/Mexico_City", "MXN", [("Telmex Infinitum", 8151), ("Totalplay", 22884), ("izzi", 11888)], [("Telcel", 28403), ("AT&T Mexico", 32098)]),
    ("MX", "Playa del Carmen", 20.63, -87.08, "America/Cancun", "MXN", [("Telmex Infinitum", 8151), ("Totalplay", 22884)], [("Telcel", 28403)]),
    ("AR", "Buenos Aires", -34.60, -58.38, "America/Argentina/Buenos_Aires", "ARS", [("Telecom Argentina", 7303), ("Telefonica AR", 22927)], [("Personal AR", 7303), ("Claro AR", 11664)]),
    ("BR", "Florianopolis", -27.60, -48.55, "America/Sao_Paulo", "BRL", [("Claro NET", 28573), ("Vivo", 18881)], [("Vivo", 26599), ("TIM Brasil", 26615)]),
    ("ZA", "Cape Town", -33.92, 18.42, "Africa/Johannesburg", "ZAR", [("Vumatel", 37153), ("Afrihost", 37611)], [("Vodacom", 29975), ("MTN ZA", 16637)]),
    ("KR", "Seoul", 37.57, 126.98, "Asia/Seoul", "KRW", [("KT", 4766), ("SK Broadband", 9318), ("LG U+", 17858)], [("SK Telecom", 9644), ("KT Mobile", 4766)]),
    ("JP", "Tokyo", 35.68, 139.69, "Asia/Tokyo", "JPY", [("NTT OCN", 4713), ("KDDI", 2516), ("SoftBank BB", 17676)], [("NTT Docomo", 9605), ("SoftBank Mobile", 17676)]),
    ("TW", "Taipei", 25.03, 121.56, "Asia/Taipei", "TWD", [("Chunghwa HiNet", 3462)], [("Taiwan Mobile", 24158)]),
    ("PH", "Manila", 14.60, 120.98, "Asia/Manila", "PHP", [("PLDT", 9299), ("Globe", 4775), ("Converge", 17639)], [("Smart", 10139), ("Globe Mobile", 132199)]),
    ("IN", "Bengaluru", 12.97, 77.59, "Asia/Kolkata", "INR", [("ACT Fibernet", 24309), ("Airtel Broadband", 24560), ("Jio Fiber", 55836)], [("Jio", 55836), ("Airtel", 45609)]),
    ("UA", "Kyiv", 50.45, 30.52, "Europe/Kyiv", "UAH", [("Kyivstar", 15895), ("Volia", 25229)], [("Kyivstar", 15895), ("lifecell", 34058)]),
    ("NG", "Lagos", 6.52, 3.38, "Africa/Lagos", "NGN", [("Spectranet", 37340), ("MTN NG", 29465)], [("MTN NG", 29465), ("Airtel NG", 36873)]),
    ("KE", "Nairobi", -1.29, 36.82, "Africa/Nairobi", "KES", [("Safaricom Home", 33771), ("Zuku", 15808)], [("Safaricom", 33771)]),
    ("GB", "London", 51.51, -0.13, "Europe/London", "GBP", [("BT", 2856), ("Virgin Media", 5089), ("Sky Broadband", 5607)], [("EE", 12576), ("Vodafone UK", 25135), ("Three UK", 206067)]),
    ("GB", "Manchester", 53.48, -2.24, "Europe/London", "GBP", [("BT", 2856), ("Virgin Media", 5089)], [("EE", 12576), ("O2 UK", 35228)]),
    ("CA", "Toronto", 43.65, -79.38, "America/Toronto", "CAD", [("Rogers", 812), ("Bell Canada", 577)], [("Rogers Wireless", 812), ("Bell Mobility", 577)]),
    ("CA", "Vancouver", 49.28, -123.12, "America/Vancouver", "CAD", [("Telus", 852), ("Shaw", 6327)], [("Telus Mobility", 852)]),
    ("AU", "Sydney", -33.87, 151.21, "Australia/Sydney", "AUD", [("Telstra", 1221), ("Aussie Broadband", 4764)], [("Telstra Mobile", 1221), ("Optus", 4804)]),
    ("US", "Austin", 30.27, -97.74, "America/Chicago", "USD", [("Spectrum", 11427), ("AT&T Fiber", 7018), ("Google Fiber", 16591)], [("T-Mobile US", 21928), ("Verizon Wireless", 6167), ("AT&T Mobility", 20057)]),
    ("US", "Denver", 39.74, -104.99, "America/Denver", "USD", [("Xfinity", 7922), ("CenturyLink", 209)], [("T-Mobile US", 21928), ("Verizon Wireless", 6167)]),
    ("US", "New York", 40.71, -74.01, "America/New_York", "USD", [("Spectrum", 12271), ("Verizon Fios", 701), ("Optimum", 6128)], [("T-Mobile US", 21928), ("Verizon Wireless", 6167), ("AT&T Mobility", 20057)]),
    ("US", "San Francisco", 37.77, -122.42, "America/Los_Angeles", "USD", [("Xfinity", 7922), ("AT&T Fiber", 7018), ("Sonic", 46375)], [("T-Mobile US", 21928), ("Verizon Wireless", 6167)]),
    ("US", "Miami", 25.76, -80.19, "America/New_York", "USD", [("Xfinity", 7922), ("AT&T Fiber", 7018)], [("T-Mobile US", 21928), ("AT&T Mobility", 20057)]),
    ("US", "Seattle", 47.61, -122.33, "America/Los_Angeles", "USD", [("Xfinity", 7922), ("CenturyLink", 209), ("Ziply Fiber", 20055)], [("T-Mobile US", 21928), ("Verizon Wireless", 6167)]),
    ("US", "Chicago", 41.88, -87.63, "America/Chicago", "USD", [("Xfinity", 7922), ("AT&T Fiber", 7018)], [("T-Mobile US", 21928), ("AT&T Mobility", 20057)]),
    ("US", "Portland", 45.52, -122.68, "America/Los_Angeles", "USD", [("Xfinity", 7922), ("CenturyLink", 209)], [("Verizon Wireless", 6167)]),
    ("US", "Atlanta", 33.75, -84.39, "America/New_York", "USD", [("Xfinity", 7922), ("AT&T Fiber", 7018)], [("AT&T Mobility", 20057), ("T-Mobile US", 21928)]),
    ("US", "Phoenix", 33.45, -112.07, "America/Phoenix", "USD", [("Cox", 22773), ("CenturyLink", 209)], [("Verizon Wireless", 6167)]),
    ("US", "Nashville", 36.16, -86.78, "America/Chicago", "USD", [("Xfinity", 7922), ("AT&T Fiber", 7018)], [("T-Mobile US", 21928)]),
    ("US", "Boise", 43.62, -116.20, "America/Boise", "USD", [("Sparklight", 11492), ("CenturyLink", 209)], [("Verizon Wireless", 6167)]),
    ("US", "Raleigh", 35.78, -78.64, "America/New_York", "USD", [("Spectrum", 11426), ("AT&T Fiber", 7018)], [("AT&T Mobility", 20057)]),
    ("US", "Columbus", 39.96, -83.00, "America/New_York", "USD", [("Spectrum", 10796), ("WOW!", 12083)], [("Verizon Wireless", 6167)]),
    ("US", "Minneapolis", 44.98, -93.27, "America/Chicago", "USD", [("Xfinity", 7922), ("CenturyLink", 209)], [("T-Mobile US", 21928)]),
]
NOMAD_HUB_COUNTRIES = ["PT", "ES", "GE", "HR", "EE", "PL", "HU", "BG", "TR", "AE", "TH", "ID", "VN", "MY", "CO", "MX", "AR", "BR", "ZA", "KR", "JP", "TW", "DE"]
HOME_COUNTRY_WEIGHTS = {"US": 40, "GB": 7, "CA": 6, "DE": 5, "AU": 3, "PT": 3, "ES": 3, "PL": 3, "UA": 4, "BR": 3, "AR": 2, "MX": 2, "CO": 2, "IN": 4, "PH": 3, "NG": 2, "KE": 1, "ZA": 1, "KR": 1, "JP": 1, "TW": 1, "VN": 1, "TR": 1, "GE": 1}
US_AREA = {"Austin": [512, 737], "Denver": [303, 720], "New York": [212, 646, 718, 917], "San Francisco": [415, 628, 510],
           "Miami": [305, 786], "Seattle": [206, 425], "Chicago": [312, 773, 872], "Portland": [503, 971], "Atlanta": [404, 470, 678],
           "Phoenix": [602, 480], "Nashville": [615, 629], "Boise": [208], "Raleigh": [919, 984], "Columbus": [614, 380], "Minneapolis": [612, 763]}
CA_AREA = {"Toronto": [416, 647, 437], "Vancouver": [604, 778]}
US_STATE = {"Austin": ("TX", "787"), "Denver": ("CO", "802"), "New York": ("NY", "100"), "San Francisco": ("CA", "941"), "Miami": ("FL", "331"),
            "Seattle": ("WA", "981"), "Chicago": ("IL", "606"), "Portland": ("OR", "972"), "Atlanta": ("GA", "303"), "Phoenix": ("AZ", "850"),
            "Nashville": ("TN", "372"), "Boise": ("ID", "837"), "Raleigh": ("NC", "276"), "Columbus": ("OH", "432"), "Minneapolis": ("MN", "554")}

# Mail-forwarding / virtual-mailbox services (domicile addresses of full-time travellers)
MAIL_FORWARDERS = [
    ("Escapees Mail Service", "101 Rainbow Dr", "Livingston, TX 77399", "#{n}"),
    ("Dakota Post", "2500 W 49th St Ste 202", "Sioux Falls, SD 57105", "PMB {n}"),
    ("Americas Mailbox", "514 Americas Way", "Box Elder, SD 57719", "#{n}"),
    ("St Brendan's Isle", "411 Walnut St", "Green Cove Springs, FL 32043", "#{n}"),
    ("Texas Home Base", "1500 Hwy 59 Ste 7", "Livingston, TX 77351", "Box {n}"),
    ("Anytime Mailbox Wyoming", "30 N Gould St Ste R", "Sheridan, WY 82801", "Ste {n}"),
    ("Traveling Mailbox", "2201 Menaul Blvd NE Ste A", "Albuquerque, NM 87107", "#{n}"),
]

COWORK_BRANDS = ["Selina", "Outsite", "Impact Hub", "Second Home", "WeWork", "Regus", "Heden", "Dojo", "Punspace", "Hubud", "Cowork Central",
                 "The Nomad Den", "Nest Coworking", "Lab Lisboa", "Tropical Nomad", "Spaces", "Mindspace", "Workhub"]
HOTELS = ["Ibis", "Holiday Inn Express", "Hostel One", "Generator Hostel", "Mad Monkey Hostel", "Selina Hotel", "Novotel", "Hilton Garden Inn",
          "Airbnb host network", "Zoku", "The Social Hub", "citizenM"]

# (provider, datacenter asn, owner)
VPN_PROVIDERS = [("NordVPN", 9009, "M247 Europe SRL"), ("ExpressVPN", 60068, "Datacamp Limited"), ("Mullvad", 39351, "31173 Services AB"),
                 ("Surfshark", 207137, "PacketHub S.A."), ("ProtonVPN", 62371, "Proton AG"), ("Private Internet Access", 46562, "Performive LLC"),
                 ("Astrill", 60781, "LeaseWeb Netherlands B.V.")]
VPN_EXITS = [("US", "New York", 40.71, -74.01), ("US", "Los Angeles", 34.05, -118.24), ("US", "Dallas", 32.78, -96.80), ("US", "Miami", 25.76, -80.19),
             ("US", "Chicago", 41.88, -87.63), ("US", "Seattle", 47.61, -122.33), ("GB", "London", 51.51, -0.13), ("DE", "Frankfurt", 50.11, 8.68),
             ("NL", "Amsterdam", 52.37, 4.90), ("JP", "Tokyo", 35.68, 139.69), ("SG", "Singapore", 1.35, 103.82)]
VPS = [("DigitalOcean", 14061, "DigitalOcean, LLC"), ("Vultr", 20473, "The Constant Company, LLC"), ("Linode", 63949, "Akamai Connected Cloud"),
       ("OVH", 16276, "OVH SAS"), ("Hetzner", 24940, "Hetzner Online GmbH")]
VPS_SITES = [("US", "Clifton", 40.86, -74.16), ("US", "Santa Clara", 37.35, -121.96), ("US", "Ashburn", 39.04, -77.49), ("DE", "Falkenstein", 50.48, 12.37),
             ("SG", "Singapore", 1.35, 103.82), ("NL", "Amsterdam", 52.37, 4.90)]
FRAUD_BASES = [("CN", "Shenyang", 41.80, 123.43, "China Unicom Liaoning", 4837, "Asia/Shanghai"),
               ("CN", "Dandong", 40.12, 124.38, "China Unicom Liaoning", 4837, "Asia/Shanghai"),
               ("RU", "Vladivostok", 43.12, 131.89, "TransTelecom", 20485, "Asia/Vladivostok"),
               ("LA", "Vientiane", 17.97, 102.63, "Lao Telecom", 9873, "Asia/Vientiane"),
               ("KP", "Pyongyang", 39.03, 125.75, "Star Joint Venture", 131279, "Asia/Pyongyang")]

FIRST = {
    "anglo": ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica",
              "Thomas", "Sarah", "Chris", "Karen", "Daniel", "Lisa", "Matthew", "Nancy", "Anthony", "Betty", "Mark", "Sandra", "Steven", "Ashley", "Andrew", "Emily", "Joshua",
              "Kimberly", "Kevin", "Megan", "Brian", "Amanda", "Ryan", "Rachel", "Tyler", "Hannah", "Jacob", "Olivia", "Ethan", "Chloe", "Noah", "Grace", "Liam", "Zoe", "Logan",
              "Madison", "Caleb", "Avery", "Owen", "Harper", "Wyatt", "Nora", "Jack", "Ella", "Connor", "Riley", "Dylan", "Quinn", "Gavin", "Brooke", "Trevor", "Paige", "Sean",
              "Molly", "Colin", "Tessa", "Hunter", "Sierra", "Blake", "Jenna", "Cody", "Kayla", "Dustin", "Morgan", "Travis", "Shelby", "Derek", "Heather", "Garrett", "Lauren"],
    "latin": ["Jose", "Maria", "Juan", "Ana", "Luis", "Carmen", "Carlos", "Sofia", "Diego", "Valentina", "Javier", "Camila", "Miguel", "Lucia", "Andres", "Isabella",
              "Mateo", "Gabriela", "Santiago", "Daniela", "Alejandro", "Mariana", "Felipe", "Paula", "Joao", "Beatriz", "Pedro", "Ines", "Rafael", "Larissa", "Tiago", "Renata"],
    "east_asian": ["Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Jae-won", "Soo-jin", "Hyun-woo", "Ji-yeon", "Wei", "Fang", "Jun", "Li", "Hao", "Xin", "Yuki", "Haruto",
                   "Sakura", "Kenji", "Mei", "Chen", "Yu-ting", "Chia-hao", "Daniel", "Grace", "Kevin", "Jenny", "Eric", "Irene"],
    "south_asian": ["Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Sneha", "Arjun", "Kavya", "Rahul", "Pooja", "Amit", "Neha", "Sanjay", "Divya", "Karthik", "Meera"],
    "slavic": ["Oleksandr", "Olena", "Dmytro", "Iryna", "Andriy", "Kateryna", "Serhiy", "Natalia", "Piotr", "Agnieszka", "Tomasz", "Magdalena", "Marek", "Zofia", "Ivan", "Anastasia"],
    "african": ["Chinedu", "Ngozi", "Emeka", "Amaka", "Tunde", "Funmilayo", "Kwame", "Ama", "Wanjiru", "Otieno", "Thabo", "Naledi", "Sipho", "Zanele", "Kofi", "Adaeze"],
    "european": ["Lukas", "Anna", "Felix", "Lena", "Jonas", "Marie", "Paul", "Sophie", "Luca", "Giulia", "Matteo", "Chiara", "Lars", "Ingrid", "Mikkel", "Freya", "Hugo", "Camille", "Jules", "Elodie"],
    "sea": ["Minh", "Linh", "Tuan", "Thao", "Somchai", "Ploy", "Ananda", "Dewi", "Rizky", "Putri", "Jose Miguel", "Maricel", "Rodel", "Kristine"],
}
LAST = {
    "anglo": ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White",
              "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams", "Baker", "Nelson", "Carter", "Mitchell",
              "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards", "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Cooper", "Peterson",
              "Reed", "Bailey", "Bell", "Kelly", "Howard", "Ward", "Cox", "Richardson", "Wood", "Watson", "Brooks", "Bennett", "Gray", "Hughes", "Price", "Sanders", "Myers", "Long",
              "Ross", "Foster", "Powell", "Jenkins", "Perry", "Russell", "Sullivan", "Fisher", "Henderson", "Coleman", "Simmons", "Patterson", "Jordan", "Reynolds", "Hamilton",
              "Graham", "Wallace", "Cole", "West", "Stone", "Hayes", "Gibson", "Ellis", "Murray", "Ford", "Marshall", "Owens", "McDonald", "Harrison", "Kennedy", "Wells", "Tucker",
              "Porter", "Hunter", "Hicks", "Crawford", "Henry", "Boyd", "Mason", "Warren", "Dixon", "Burns", "Gordon", "Shaw", "Holmes", "Rice", "Hunt", "Black", "Daniels", "Palmer",
              "Mills", "Grant", "Knight", "Ferguson", "Rose", "Armstrong", "Carpenter", "Weaver", "Greene", "Lawrence", "Elliott", "Chavez", "Sims", "Austin", "Peters", "Kelley",
              "Franklin", "Lawson", "Fields", "Ryan", "Schmidt", "Carr", "Castillo", "Wheeler", "Chapman", "Oliver", "Montgomery", "Richards", "Williamson", "Johnston", "Banks",
              "Meyer", "Bishop", "McCoy", "Howell", "Morrison", "Hansen", "Harvey", "Little", "Burton", "Stanley", "Nguyen", "George", "Jacobs", "Reid", "Fuller", "Lynch", "Dean",
              "Gilbert", "Garrett", "Romero", "Welch", "Larson", "Frazier", "Burke", "Hanson", "Day", "Moreno", "Bowman", "Medina", "Fowler", "Brewer", "Hoffman", "Carlson",
              "Silva", "Pearson", "Holland", "Douglas", "Fleming", "Jensen", "Vargas", "Byrd", "Davidson", "Hopkins", "May", "Terry", "Herrera", "Wade", "Soto", "Walters", "Curtis"],
    "latin": ["Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Perez", "Sanchez", "Ramirez", "Torres", "Flores", "Rivera", "Gomez", "Diaz", "Cruz",
              "Morales", "Ortiz", "Gutierrez", "Ruiz", "Alvarez", "Mendoza", "Castro", "Vargas", "Rojas", "Herrera", "Medina", "Aguilar", "Pereira", "Santos", "Oliveira",
              "Costa", "Ferreira", "Almeida", "Carvalho", "Ribeiro", "Sousa", "Fernandes", "Lima", "Araujo", "Barbosa", "Mendes", "Nunes", "Vieira", "Moreira", "Cardoso"],
    "east_asian": ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Wang", "Zhang", "Liu", "Chen",
                   "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "Lin", "He", "Tanaka", "Suzuki", "Takahashi", "Watanabe", "Ito", "Yamamoto",
                   "Nakamura", "Kobayashi", "Sato", "Tsai", "Hsu", "Chang", "Wong"],
    "south_asian": ["Sharma", "Patel", "Singh", "Kumar", "Gupta", "Reddy", "Iyer", "Nair", "Rao", "Mehta", "Shah", "Joshi", "Desai", "Menon", "Pillai", "Chatterjee",
                    "Banerjee", "Das", "Verma", "Agarwal", "Kapoor", "Malhotra", "Bhat", "Krishnan"],
    "slavic": ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boyko", "Moroz", "Lysenko", "Nowak", "Kowalski", "Wisniewski", "Wojcik",
               "Kaminski", "Lewandowski", "Zielinski", "Szymanski", "Ivanov", "Petrov", "Sokolov", "Novak", "Horvat", "Kovac", "Marek"],
    "african": ["Okafor", "Adeyemi", "Okonkwo", "Nwosu", "Balogun", "Eze", "Mensah", "Boateng", "Kamau", "Otieno", "Mwangi", "Ndlovu", "Dlamini", "Nkosi", "Mokoena", "Abubakar"],
    "european": ["Muller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Wagner", "Hoffmann", "Rossi", "Russo", "Ferrari", "Bianchi", "Romano", "Dubois", "Laurent",
                 "Moreau", "Lefebvre", "Jansen", "de Vries", "Bakker", "Larsen", "Nielsen", "Andersson", "Johansson", "Virtanen", "Korhonen", "Tamm", "Saar"],
    "sea": ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Santos", "Reyes", "Bautista", "Dela Cruz", "Garcia", "Wijaya", "Saputra", "Siregar", "Srisai", "Chaiyasit"],
}
MIDDLE_INITIALS = "ABCDEFGHIJKLMNOPRSTVW"
ORIGIN_BY_COUNTRY = {"US": {"anglo": 58, "latin": 15, "east_asian": 8, "south_asian": 7, "african": 6, "slavic": 3, "european": 3},
                     "CA": {"anglo": 55, "east_asian": 15, "south_asian": 15, "european": 10, "latin": 5}, "GB": {"anglo": 70, "south_asian": 15, "european": 10, "african": 5},
                     "AU": {"anglo": 70, "east_asian": 15, "european": 10, "south_asian": 5}, "DE": {"european": 80, "slavic": 15, "anglo": 5},
                     "PT": {"latin": 85, "european": 15}, "ES": {"latin": 90, "european": 10}, "PL": {"slavic": 100}, "UA": {"slavic": 100}, "BR": {"latin": 100},
                     "AR": {"latin": 90, "european": 10}, "MX": {"latin": 100}, "CO": {"latin": 100}, "IN": {"south_asian": 100}, "PH": {"sea": 100}, "NG": {"african": 100},
                     "KE": {"african": 100}, "ZA": {"african": 60, "anglo": 40}, "KR": {"east_asian": 100}, "JP": {"east_asian": 100}, "TW": {"east_asian": 100},
                     "VN": {"sea": 100}, "TR": {"european": 100}, "GE": {"slavic": 50, "european": 50}}
KEYBOARD = {"US": "en-US", "CA": "en-CA", "GB": "en-GB", "AU": "en-AU", "DE": "de-DE", "PT": "pt-PT", "ES": "es-ES", "PL": "pl-PL", "UA": "uk-UA", "BR": "pt-BR",
            "AR": "es-AR", "MX": "es-MX", "CO": "es-CO", "IN": "en-IN", "PH": "en-PH", "NG": "en-NG", "KE": "en-KE", "ZA": "en-ZA", "KR": "ko-KR", "JP": "ja-JP",
            "TW": "zh-TW", "VN": "vi-VN", "TR": "tr-TR", "GE": "ka-GE"}
HERITAGE = [("ko-KR", "KR", "east_asian"), ("zh-CN", "CN", "east_asian"), ("zh-TW", "TW", "east_asian"), ("ja-JP", "JP", "east_asian"), ("ru-RU", "RU", "slavic"),
            ("uk-UA", "UA", "slavic"), ("vi-VN", "VN", "sea"), ("hi-IN", "IN", "south_asian"), ("es-MX", "MX", "latin"), ("pt-BR", "BR", "latin"), ("tl-PH", "PH", "sea")]

CLIENT_WORDS = ["Lumen", "Harbor", "Cobalt", "Northwind", "Bluefin", "Quartz", "Tidal", "Fernway", "Ironclad", "Parallax", "Kestrel", "Orchard", "Summit", "Vantage",
                "Helix", "Beacon", "Driftwood", "Saltmarsh", "Copperleaf", "Meridian", "Basalt", "Juniper", "Polaris", "Redwood", "Sable", "Tundra", "Willow", "Zephyr",
                "Aster", "Brightline", "Cinder", "Delta", "Evergreen", "Foxglove", "Granite", "Hollow", "Inlet", "Jetstream", "Keystone", "Lattice", "Mosaic", "Nimbus"]
CLIENT_SUFFIX = ["Labs", "Software", "Health", "Analytics", "Commerce", "Systems", "Cloud", "Data", "Pay", "AI", "Logistics", "Studio", "Security", "Learning"]
JOBS = ["Senior Backend Engineer", "Full-Stack Developer", "React Native Developer", "DevOps Engineer", "Data Engineer", "ML Engineer", "QA Automation Engineer",
        "Product Designer", "Customer Success Manager", "Technical Writer", "IT Support Specialist", "Site Reliability Engineer", "Blockchain Developer",
        "Android Developer", "iOS Developer", "Growth Marketer", "Data Analyst", "Solutions Architect", "Salesforce Developer", "Security Engineer"]
SKILLS = {"eng": ["Python", "Go", "TypeScript", "React", "Node.js", "PostgreSQL", "Kubernetes", "AWS", "Terraform", "Docker", "GraphQL", "Rust", "Java", "Kotlin",
                  "Swift", "Django", "FastAPI", "Redis", "Kafka", "GCP", "Solidity", "Vue", "Next.js", "Spark", "dbt", "Airflow", "Snowflake", "CI/CD"],
          "other": ["Figma", "HubSpot", "Zendesk", "Jira", "Notion", "SQL", "Tableau", "Salesforce", "Intercom", "Google Analytics", "Confluence", "Okta", "Jamf", "Intune"]}
RESUME_TEMPLATES = ["canva-minimal", "novoresume-basic", "resume.io-london", "overleaf-awesome-cv", "zety-modern"]
AGENCIES = [("TalentBridge PH", "PH", "Manila"), ("DevHire India", "IN", "Bengaluru"), ("Kyiv Remote Staffing", "UA", "Kyiv"), ("LatAm Devs", "CO", "Medellin"),
            ("AndesTalent", "AR", "Buenos Aires"), ("Lagos Tech Talent", "NG", "Lagos"), ("NearshoreMX", "MX", "Mexico City"), ("EuroDev Partners", "PL", "Krakow")]

USER_AGENTS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0",
]
MOBILE_UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36",
    "OktaVerify/9.28.0 iOS/18.1 iPhone15,2", "Microsoft Authenticator/6.8.17 Android/14",
]
HOTDESK_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36"

LAPTOPS = ["MacBookPro18,3", "MacBookPro18,1", "Mac15,6", "MacBookAir10,1", "Mac14,2", "Dell Latitude 7440", "Lenovo ThinkPad T14 Gen 4", "Lenovo ThinkPad X1 Carbon Gen 11", "HP EliteBook 840 G10"]
BASE_PROCS_MAC = ["launchd", "WindowServer", "Finder", "Google Chrome", "Slack", "zoom.us", "osqueryd", "falcond", "1Password", "Code Helper", "Spotify", "Microsoft Teams", "Docker Desktop", "iTerm2", "Notion"]
BASE_PROCS_WIN = ["explorer.exe", "chrome.exe", "slack.exe", "Zoom.exe", "osqueryd.exe", "CSFalconService.exe", "1Password.exe", "Code.exe", "ms-teams.exe", "OneDrive.exe", "msedge.exe", "Docker Desktop.exe"]
NOMAD_PROCS = ["tailscaled", "NordVPN", "Mullvad VPN", "ExpressVPN", "WhatsApp", "Telegram", "Wise"]
REMOTE_TOOLS_HONEST = ["ScreenConnect.ClientService.exe", "TeamViewer", "AnyDesk", "remoting_host", "Splashtop Streamer", "parsecd", "rustdesk"]
REMOTE_TOOLS_FRAUD = ["AnyDesk", "rustdesk", "TeamViewer", "remoting_host", "Splashtop Streamer", "ngrok", "tailscaled"]
USB_HONEST = [("Logitech USB Receiver", "046d", "c52b"), ("Magic Keyboard with Touch ID", "05ac", "029c"), ("YubiKey OTP+FIDO+CCID", "1050", "0407"),
              ("USB-C Digital AV Multiport Adapter", "05ac", "1460"), ("Anker USB-C Hub", "0bda", "5411"), ("Jabra Evolve2 65", "0b0e", "24c8"),
              ("Logitech BRIO", "046d", "085e"), ("Samsung Portable SSD T7", "04e8", "4001"), ("Elgato Cam Link 4K", "0fd9", "0066"),
              ("Keychron K2", "05ac", "024f"), ("SanDisk Ultra Fit", "0781", "5583")]
USB_IPKVM = [("Multifunction Composite Gadget", "1d6b", "0104"), ("PiKVM Composite Device", "1d6b", "0104"), ("TinyPilot", "1d6b", "0104"),
             ("JetKVM HID", "1d6b", "0104"), ("CH9329 HID Keyboard Mouse", "1a86", "e129"), ("USB Video MS2109", "534d", "2109")]
USB_SERVER_KVM = [("ATEN CS1316 KVM", "0557", "2419"), ("Raritan D2CIM-VUSB", "14dd", "1007"), ("Avocent DSRIQ-USB", "0624", "0200")]
DISPLAYS_HONEST = ["Color LCD", "Built-in Retina Display", "DELL U2723QE", "LG HDR 4K", "DELL P2422H", "LG ULTRAFINE", "ASUS PA278QV", "SAMSUNG", "HP E24 G5", "Portable Monitor"]
DISPLAYS_FRAUD = ["PiKVM", "TinyPilot", "JetKVM", "MS2109 HDMI Capture", "HDMI-USB Capture"]
