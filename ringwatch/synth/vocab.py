"""Vocabulary of the synthetic world: names, places, companies, software and devices.

Plain data only. Lists are indexed by numpy draws elsewhere, so order is part of determinism:
append, never reorder.
"""

from __future__ import annotations

# -- names, by culture ---------------------------------------------------------------------
# (first names, last names). Accents and native spellings are deliberate: the detector must
# fold them, and a name is never evidence by itself.
NAMES: dict[str, tuple[list[str], list[str]]] = {
    "anglo": (
        ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David",
         "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas",
         "Sarah", "Christopher", "Karen", "Daniel", "Lisa", "Matthew", "Nancy", "Anthony",
         "Betty", "Mark", "Sandra", "Steven", "Ashley", "Andrew", "Emily", "Joshua", "Michelle",
         "Kevin", "Amanda", "Brian", "Melissa", "Timothy", "Rebecca", "Jason", "Laura",
         "Jeffrey", "Stephanie", "Ryan", "Nicole", "Jacob", "Katherine", "Tyler", "Hannah",
         "Brandon", "Olivia", "Ethan", "Madison", "Zoë", "Chloe", "Logan", "Avery", "Dylan",
         "Grace", "Marcus", "Jasmine", "Darnell", "Keisha", "Tyrone", "Latoya", "Andre",
         "Imani", "Malik", "Aaliyah", "Connor", "Megan", "Kyle", "Brittany", "Nathan", "Abigail",
         "Samuel", "Victoria", "Benjamin", "Charlotte", "Henry", "Amelia", "Owen", "Harper"],
        ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson",
         "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Thompson", "White",
         "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright",
         "Scott", "Hill", "Green", "Adams", "Baker", "Nelson", "Carter", "Mitchell", "Roberts",
         "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards", "Collins", "Stewart",
         "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Cooper", "Peterson", "Reed", "Bailey",
         "Bell", "Howard", "Ward", "Cox", "Richardson", "Wood", "Watson", "Brooks", "Bennett",
         "Gray", "Hughes", "Price", "Sanders", "Myers", "Long", "Ross", "Foster", "Powell",
         "Jenkins", "Perry", "Russell", "Sullivan", "Fisher", "Henderson", "Coleman", "Hayes"],
    ),
    "hispanic": (
        ["José", "María", "Juan", "Guadalupe", "Luis", "Carmen", "Carlos", "Rosa", "Jorge",
         "Ana", "Miguel", "Lucía", "Alejandro", "Sofía", "Andrés", "Valentina", "Diego",
         "Camila", "Javier", "Isabel", "Fernando", "Paola", "Ricardo", "Mariana", "Raúl",
         "Daniela", "Sergio", "Verónica", "Héctor", "Alejandra", "Manuel", "Ximena", "Óscar",
         "Gabriela", "Iván", "Natalia", "Emilio", "Renata", "Tomás", "Inés"],
        ["García", "Rodríguez", "Martínez", "Hernández", "López", "González", "Pérez",
         "Sánchez", "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Cruz", "Morales",
         "Reyes", "Gutiérrez", "Ortiz", "Chávez", "Ruiz", "Jiménez", "Mendoza", "Álvarez",
         "Castillo", "Romero", "Vargas", "Ramos", "Herrera", "Medina", "Aguilar", "Vega",
         "Castro", "Núñez", "Peña", "Ibáñez", "Soto", "Delgado", "Navarro", "Cabrera"],
    ),
    "german": (
        ["Lukas", "Anna", "Jonas", "Lea", "Felix", "Hannah", "Maximilian", "Lena", "Leon",
         "Marie", "Jürgen", "Sabine", "Matthias", "Katrin", "Stefan", "Birgit", "Tobias",
         "Jörg", "Ute", "Sören", "Björn", "Anja", "Uwe", "Frauke"],
        ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
         "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf",
         "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann"],
    ),
    "french": (
        ["Léa", "Hugo", "Chloé", "Louis", "Camille", "Gabriel", "Manon", "Jules", "Inès",
         "Arthur", "François", "Hélène", "Étienne", "Amélie", "Benoît", "Cécile", "Théo",
         "Margaux", "Rémi", "Noémie"],
        ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
         "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garnier", "Faure",
         "Rousseau", "Blanc", "Guérin", "Chevalier"],
    ),
    "polish": (
        ["Jakub", "Zuzanna", "Kacper", "Julia", "Szymon", "Maja", "Łukasz", "Agnieszka",
         "Paweł", "Małgorzata", "Michał", "Katarzyna", "Wojciech", "Joanna", "Krzysztof", "Ewa"],
        ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski",
         "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur"],
    ),
    "dutch": (
        ["Daan", "Emma", "Sem", "Julia", "Lucas", "Mila", "Levi", "Tess", "Finn", "Sophie",
         "Bram", "Femke", "Joost", "Anouk", "Sander", "Lotte"],
        ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen",
         "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters"],
    ),
    "italian": (
        ["Francesco", "Giulia", "Alessandro", "Chiara", "Lorenzo", "Martina", "Matteo",
         "Federica", "Niccolò", "Elena", "Davide", "Sara"],
        ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
         "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca"],
    ),
    "irish": (
        ["Seán", "Aoife", "Ciarán", "Niamh", "Patrick", "Siobhán", "Declan", "Orla", "Eoin",
         "Caoimhe", "Liam", "Róisín"],
        ["Murphy", "Kelly", "O'Sullivan", "Walsh", "O'Brien", "Byrne", "Ryan", "O'Connor",
         "O'Neill", "Doyle", "McCarthy", "Gallagher", "Ó Briain", "Fitzgerald"],
    ),
    "portuguese": (
        ["João", "Ana", "Pedro", "Beatriz", "Lucas", "Mariana", "Gabriel", "Larissa", "Rafael",
         "Juliana", "Thiago", "Fernanda", "Gonçalo", "Letícia", "Vinícius", "Débora"],
        ["Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira",
         "Lima", "Gomes", "Costa", "Ribeiro", "Martins", "Carvalho", "Araújo", "Conceição"],
    ),
    "indian": (
        ["Aarav", "Priya", "Rahul", "Ananya", "Vikram", "Deepika", "Arjun", "Sneha", "Rohan",
         "Kavya", "Sanjay", "Lakshmi", "Amit", "Pooja", "Suresh", "Divya", "Karthik", "Neha",
         "Rajesh", "Meera", "Venkatesh", "Shreya", "Nikhil", "Aishwarya", "Harpreet", "Gurpreet"],
        ["Sharma", "Patel", "Singh", "Kumar", "Gupta", "Reddy", "Iyer", "Nair", "Rao", "Joshi",
         "Mehta", "Shah", "Desai", "Chopra", "Bhat", "Menon", "Pillai", "Kapoor", "Malhotra",
         "Agarwal", "Banerjee", "Chatterjee", "Mukherjee", "Krishnan", "Srinivasan", "Gill"],
    ),
    "filipino": (
        ["Jose", "Maria", "Mark", "Kristine", "John Paul", "Angelica", "Jerome", "Mary Grace",
         "Rodel", "Jocelyn", "Ramil", "Marites", "Jun", "Lovely", "Christian", "Princess"],
        ["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Villanueva",
         "Dela Cruz", "Aquino", "Ramos", "Castillo", "Manalo", "Dizon", "Pascual", "Soriano"],
    ),
    "korean": (
        ["Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Jae-won", "Soo-jin", "Hyun-woo", "Ji-yeon",
         "Dong-hyun", "Eun-ji", "Sung-min", "Yuna", "Jihoon", "Minji", "Daniel", "Grace",
         "Joon", "Hana", "Taeyang", "Seung-hee"],
        ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han",
         "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong"],
    ),
    "chinese": (
        ["Wei", "Fang", "Jing", "Lei", "Xiu Ying", "Min", "Hao", "Yan", "Jun", "Li Na",
         "Zhiwei", "Xiaoming", "Mei", "Yong", "Chen", "Ting", "Kevin", "Vivian", "Jason", "Amy"],
        ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu",
         "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Zheng", "Chan", "Wong", "Leung"],
    ),
    "vietnamese": (
        ["Anh", "Linh", "Minh", "Huong", "Duc", "Thao", "Tuan", "Lan", "Hung", "Mai", "Quang",
         "Ngọc", "Trung", "Phương", "Khoa", "Thủy"],
        ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
         "Đỗ", "Hồ", "Ngô", "Dương", "Nguyen", "Tran", "Pham"],
    ),
    "nigerian": (
        ["Chinedu", "Ngozi", "Oluwaseun", "Funmilayo", "Emeka", "Adaeze", "Tunde", "Yetunde",
         "Ifeanyi", "Chiamaka", "Babatunde", "Folake", "Chukwuemeka", "Amaka", "Segun", "Bisi",
         "Ibrahim", "Aisha", "Musa", "Zainab"],
        ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Ogunleye", "Nwosu", "Adebayo",
         "Obi", "Oyelaran", "Chukwu", "Abubakar", "Bello", "Olawale", "Nnamdi", "Ibekwe"],
    ),
    "japanese": (
        ["Haruto", "Yui", "Sota", "Hina", "Ren", "Sakura", "Takumi", "Aoi", "Kenji", "Yuko",
         "Hiroshi", "Akiko"],
        ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura",
         "Kobayashi", "Kato", "Yoshida", "Yamada"],
    ),
    "arabic": (
        ["Mohammed", "Fatima", "Ahmed", "Layla", "Omar", "Nour", "Youssef", "Mariam", "Ali",
         "Huda", "Khalid", "Salma", "Hassan", "Rania"],
        ["Haddad", "Khoury", "Nasser", "Saleh", "Mansour", "Hamdan", "Aziz", "Farouk",
         "Rahman", "Darwish", "El-Sayed", "Abdullah", "Karim", "Youssef"],
    ),
    "slavic": (
        ["Oleksandr", "Olena", "Dmytro", "Iryna", "Andriy", "Nataliya", "Serhiy", "Yulia",
         "Maksym", "Tetiana", "Ivan", "Svitlana"],
        ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk",
         "Boyko", "Oliynyk", "Lysenko", "Petrenko", "Ivanova", "Moroz"],
    ),
}
CULTURES: list[str] = list(NAMES)

# -- countries -----------------------------------------------------------------------------
# city: (name, region, IANA zone, UTC offset in hours, postcode base)
City = tuple[str, str, str, float, str]


class CountryInfo:
    __slots__ = ("code", "weight", "currency", "keyboard", "cultures", "cities", "layout",
                 "providers", "streets", "national_id")

    def __init__(self, code: str, weight: float, currency: str, keyboard: str,
                 cultures: dict[str, float], cities: list[City], layout: str,
                 providers: list[str], streets: list[str], national_id: str) -> None:
        self.code = code
        self.weight = weight
        self.currency = currency
        self.keyboard = keyboard
        self.cultures = cultures
        self.cities = cities
        # "number_first": 12 Oak Street, City, ST 12345 ; "street_first": Hauptstraße 12, 10115 Berlin
        self.layout = layout
        self.providers = providers
        self.streets = streets
        # shape of the national id: "ssn", "sin", "nino", "digits9", "digits10", "digits12", "alnum8"
        self.national_id = national_id


ENGLISH_STREETS = [
    "Oak", "Maple", "Cedar", "Pine", "Elm", "Washington", "Lake", "Hill", "Park", "Main",
    "Sunset", "Ridge", "Highland", "Jefferson", "Lincoln", "Madison", "Franklin", "Church",
    "Willow", "Chestnut", "Walnut", "Spring", "River", "Meadow", "Forest", "Valley", "Center",
    "Mill", "North", "Jackson", "Birch", "Dogwood", "Magnolia", "Laurel", "Harbor", "Prospect",
    "Liberty", "Union", "Broad", "Grove", "Orchard", "Summit", "Fairview", "Woodland", "Cherry",
    "Hickory", "Sycamore", "Aspen", "Poplar", "Cypress", "Bayview", "Creekside", "Heritage",
    "Colonial", "Evergreen", "Juniper", "Hawthorn", "Kingston", "Victoria", "Albert", "Queen",
    "King", "Station", "Mill Pond", "Stonebridge", "Brookside", "Clearwater", "Silver Lake",
    "Green Valley", "Rosewood", "Foxhill", "Pleasant", "Academy", "College", "Market",
]
# (written form, abbreviations). The first abbreviation is the usual one.
STREET_SUFFIXES: list[tuple[str, list[str]]] = [
    ("Street", ["St", "St.", "Str"]), ("Avenue", ["Ave", "Ave.", "Av"]),
    ("Road", ["Rd", "Rd."]), ("Drive", ["Dr", "Dr."]), ("Lane", ["Ln", "Ln."]),
    ("Court", ["Ct", "Ct."]), ("Boulevard", ["Blvd", "Blvd."]), ("Place", ["Pl", "Pl."]),
    ("Way", ["Way"]), ("Terrace", ["Ter", "Terr."]), ("Circle", ["Cir", "Cir."]),
]
UNIT_WORDS = ["Apt", "Apt.", "Unit", "#", "Suite", "Apartment"]

_EN_PROVIDERS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com",
                 "aol.com", "proton.me", "live.com"]

COUNTRIES: list[CountryInfo] = [
    CountryInfo("US", 0.50, "USD", "en-US",
                {"anglo": .55, "hispanic": .16, "indian": .05, "chinese": .03, "korean": .02,
                 "vietnamese": .02, "filipino": .02, "nigerian": .02, "german": .03,
                 "italian": .03, "irish": .03, "arabic": .02, "polish": .01, "slavic": .01},
                [("New York", "NY", "America/New_York", -5, "10001"),
                 ("Brooklyn", "NY", "America/New_York", -5, "11201"),
                 ("Boston", "MA", "America/New_York", -5, "02108"),
                 ("Philadelphia", "PA", "America/New_York", -5, "19102"),
                 ("Atlanta", "GA", "America/New_York", -5, "30303"),
                 ("Miami", "FL", "America/New_York", -5, "33101"),
                 ("Charlotte", "NC", "America/New_York", -5, "28202"),
                 ("Columbus", "OH", "America/New_York", -5, "43004"),
                 ("Arlington", "VA", "America/New_York", -5, "22201"),
                 ("Baltimore", "MD", "America/New_York", -5, "21201"),
                 ("Chicago", "IL", "America/Chicago", -6, "60601"),
                 ("Houston", "TX", "America/Chicago", -6, "77001"),
                 ("Dallas", "TX", "America/Chicago", -6, "75201"),
                 ("Austin", "TX", "America/Chicago", -6, "78701"),
                 ("Minneapolis", "MN", "America/Chicago", -6, "55401"),
                 ("Nashville", "TN", "America/Chicago", -6, "37201"),
                 ("St. Louis", "MO", "America/Chicago", -6, "63101"),
                 ("Denver", "CO", "America/Denver", -7, "80202"),
                 ("Phoenix", "AZ", "America/Phoenix", -7, "85001"),
                 ("Salt Lake City", "UT", "America/Denver", -7, "84101"),
                 ("Los Angeles", "CA", "America/Los_Angeles", -8, "90001"),
                 ("San Jose", "CA", "America/Los_Angeles", -8, "95112"),
                 ("San Diego", "CA", "America/Los_Angeles", -8, "92101"),
                 ("Seattle", "WA", "America/Los_Angeles", -8, "98101"),
                 ("Portland", "OR", "America/Los_Angeles", -8, "97201"),
                 ("Las Vegas", "NV", "America/Los_Angeles", -8, "89101")],
                "number_first", _EN_PROVIDERS, ENGLISH_STREETS, "ssn"),
    CountryInfo("CA", 0.07, "CAD", "en-CA",
                {"anglo": .55, "french": .12, "chinese": .08, "indian": .08, "filipino": .04,
                 "korean": .03, "irish": .04, "italian": .03, "arabic": .03},
                [("Toronto", "ON", "America/Toronto", -5, "M5V"), ("Ottawa", "ON", "America/Toronto", -5, "K1P"),
                 ("Montreal", "QC", "America/Toronto", -5, "H2X"), ("Vancouver", "BC", "America/Vancouver", -8, "V6B"),
                 ("Calgary", "AB", "America/Edmonton", -7, "T2P"), ("Winnipeg", "MB", "America/Winnipeg", -6, "R3C"),
                 ("Halifax", "NS", "America/Halifax", -4, "B3H")],
                "number_first", _EN_PROVIDERS + ["rogers.com", "shaw.ca"], ENGLISH_STREETS, "sin"),
    CountryInfo("GB", 0.07, "GBP", "en-GB",
                {"anglo": .70, "indian": .10, "irish": .05, "polish": .04, "nigerian": .04,
                 "chinese": .03, "arabic": .02, "italian": .02},
                [("London", "", "Europe/London", 0, "SW1A"), ("London", "", "Europe/London", 0, "E14"),
                 ("Manchester", "", "Europe/London", 0, "M1"), ("Birmingham", "", "Europe/London", 0, "B2"),
                 ("Leeds", "", "Europe/London", 0, "LS1"), ("Bristol", "", "Europe/London", 0, "BS1"),
                 ("Edinburgh", "", "Europe/London", 0, "EH1"), ("Glasgow", "", "Europe/London", 0, "G1")],
                "number_first", ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk",
                                 "btinternet.com", "icloud.com", "sky.com"], ENGLISH_STREETS, "nino"),
    CountryInfo("DE", 0.04, "EUR", "de-DE", {"german": .80, "polish": .05, "arabic": .05, "italian": .05, "slavic": .05},
                [("Berlin", "", "Europe/Berlin", 1, "10115"), ("München", "", "Europe/Berlin", 1, "80331"),
                 ("Hamburg", "", "Europe/Berlin", 1, "20095"), ("Köln", "", "Europe/Berlin", 1, "50667"),
                 ("Frankfurt am Main", "", "Europe/Berlin", 1, "60311")],
                "street_first", ["gmail.com", "gmx.de", "web.de", "t-online.de", "outlook.de"],
                ["Hauptstraße", "Bahnhofstraße", "Gartenstraße", "Schulstraße", "Lindenweg",
                 "Bergstraße", "Kirchweg", "Goethestraße", "Schillerplatz", "Am Markt", "Rosenweg",
                 "Friedrichstraße", "Mühlenweg", "Birkenallee"], "digits11"),
    CountryInfo("FR", 0.03, "EUR", "fr-FR", {"french": .80, "arabic": .10, "portuguese": .05, "vietnamese": .05},
                [("Paris", "", "Europe/Paris", 1, "75002"), ("Lyon", "", "Europe/Paris", 1, "69001"),
                 ("Marseille", "", "Europe/Paris", 1, "13001"), ("Toulouse", "", "Europe/Paris", 1, "31000"),
                 ("Lille", "", "Europe/Paris", 1, "59000")],
                "number_first_fr", ["gmail.com", "orange.fr", "free.fr", "laposte.net", "outlook.fr", "yahoo.fr"],
                ["rue de la Paix", "avenue Victor Hugo", "rue Nationale", "boulevard Voltaire",
                 "rue du Moulin", "place de l'Église", "rue Pasteur", "allée des Tilleuls",
                 "rue de la République", "chemin des Vignes"], "digits13"),
    CountryInfo("ES", 0.02, "EUR", "es-ES", {"hispanic": .90, "arabic": .05, "portuguese": .05},
                [("Madrid", "", "Europe/Madrid", 1, "28013"), ("Barcelona", "", "Europe/Madrid", 1, "08001"),
                 ("Valencia", "", "Europe/Madrid", 1, "46001"), ("Sevilla", "", "Europe/Madrid", 1, "41001")],
                "street_first", ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net"],
                ["Calle Mayor", "Calle Real", "Avenida de la Constitución", "Calle del Sol",
                 "Paseo de Gracia", "Calle Alcalá", "Plaza España", "Calle Nueva"], "dni"),
    CountryInfo("NL", 0.02, "EUR", "nl-NL", {"dutch": .85, "arabic": .05, "indian": .05, "german": .05},
                [("Amsterdam", "", "Europe/Amsterdam", 1, "1012"), ("Rotterdam", "", "Europe/Amsterdam", 1, "3011"),
                 ("Utrecht", "", "Europe/Amsterdam", 1, "3511"), ("Eindhoven", "", "Europe/Amsterdam", 1, "5611")],
                "street_first", ["gmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "hotmail.nl"],
                ["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Prinsengracht",
                 "Keizersgracht", "Schoolstraat", "Julianalaan"], "digits9"),
    CountryInfo("PL", 0.02, "PLN", "pl-PL", {"polish": .95, "slavic": .05},
                [("Warszawa", "", "Europe/Warsaw", 1, "00-001"), ("Kraków", "", "Europe/Warsaw", 1, "30-001"),
                 ("Wrocław", "", "Europe/Warsaw", 1, "50-001"), ("Gdańsk", "", "Europe/Warsaw", 1, "80-001")],
                "street_first", ["gmail.com", "wp.pl", "onet.pl", "interia.pl", "o2.pl"],
                ["ul. Marszałkowska", "ul. Długa", "ul. Polna", "ul. Lipowa", "ul. Słoneczna",
                 "ul. Kościuszki", "ul. Mickiewicza", "ul. Piłsudskiego"], "digits11"),
    CountryInfo("MX", 0.03, "MXN", "es-MX", {"hispanic": .97, "arabic": .03},
                [("Ciudad de México", "CDMX", "America/Mexico_City", -6, "06600"),
                 ("Guadalajara", "JAL", "America/Mexico_City", -6, "44100"),
                 ("Monterrey", "NL", "America/Monterrey", -6, "64000"),
                 ("Puebla", "PUE", "America/Mexico_City", -6, "72000")],
                "street_first", ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx", "prodigy.net.mx"],
                ["Av. Insurgentes Sur", "Calle Juárez", "Av. Reforma", "Calle Hidalgo",
                 "Calle Morelos", "Av. Revolución", "Calle Zaragoza", "Calle 5 de Mayo"], "curp"),
    CountryInfo("BR", 0.03, "BRL", "pt-BR", {"portuguese": .90, "italian": .05, "japanese": .05},
                [("São Paulo", "SP", "America/Sao_Paulo", -3, "01310"), ("Rio de Janeiro", "RJ", "America/Sao_Paulo", -3, "20040"),
                 ("Belo Horizonte", "MG", "America/Sao_Paulo", -3, "30110"), ("Curitiba", "PR", "America/Sao_Paulo", -3, "80010")],
                "street_first", ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com.br", "uol.com.br", "bol.com.br"],
                ["Rua Augusta", "Avenida Paulista", "Rua das Flores", "Rua XV de Novembro",
                 "Avenida Brasil", "Rua São João", "Rua da Consolação", "Rua Direita"], "cpf"),
    CountryInfo("IN", 0.06, "INR", "en-IN", {"indian": 1.0},
                [("Bengaluru", "KA", "Asia/Kolkata", 5.5, "560001"), ("Hyderabad", "TG", "Asia/Kolkata", 5.5, "500001"),
                 ("Pune", "MH", "Asia/Kolkata", 5.5, "411001"), ("Chennai", "TN", "Asia/Kolkata", 5.5, "600001"),
                 ("Mumbai", "MH", "Asia/Kolkata", 5.5, "400001"), ("Gurugram", "HR", "Asia/Kolkata", 5.5, "122001"),
                 ("Noida", "UP", "Asia/Kolkata", 5.5, "201301")],
                "number_first_in", ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com", "hotmail.com"],
                ["MG Road", "Residency Road", "Brigade Road", "Anna Salai", "Linking Road",
                 "Park Street", "Nehru Nagar", "Gandhi Nagar", "Koramangala 5th Block", "Banjara Hills Road 12"], "aadhaar"),
    CountryInfo("PH", 0.04, "PHP", "en-PH", {"filipino": .95, "chinese": .05},
                [("Manila", "Metro Manila", "Asia/Manila", 8, "1000"), ("Quezon City", "Metro Manila", "Asia/Manila", 8, "1100"),
                 ("Makati", "Metro Manila", "Asia/Manila", 8, "1200"), ("Cebu City", "Cebu", "Asia/Manila", 8, "6000"),
                 ("Davao City", "Davao del Sur", "Asia/Manila", 8, "8000")],
                "number_first", ["gmail.com", "yahoo.com", "outlook.com", "ymail.com"],
                ["Rizal", "Mabini", "Bonifacio", "Luna", "Quezon", "Aguinaldo", "Magsaysay", "Osmeña"], "digits12"),
    CountryInfo("NG", 0.02, "NGN", "en-NG", {"nigerian": 1.0},
                [("Lagos", "LA", "Africa/Lagos", 1, "100001"), ("Abuja", "FC", "Africa/Lagos", 1, "900001"),
                 ("Ibadan", "OY", "Africa/Lagos", 1, "200001"), ("Port Harcourt", "RI", "Africa/Lagos", 1, "500001")],
                "number_first", ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com"],
                ["Awolowo", "Adeola Odeku", "Allen", "Broad", "Herbert Macaulay", "Adetokunbo Ademola",
                 "Ozumba Mbadiwe", "Ahmadu Bello"], "digits11"),
    CountryInfo("KR", 0.015, "KRW", "ko-KR", {"korean": 1.0},
                [("Seoul", "", "Asia/Seoul", 9, "04524"), ("Busan", "", "Asia/Seoul", 9, "48058"),
                 ("Incheon", "", "Asia/Seoul", 9, "21554"), ("Seongnam", "", "Asia/Seoul", 9, "13487")],
                "street_first", ["naver.com", "gmail.com", "daum.net", "kakao.com", "hanmail.net"],
                ["Teheran-ro", "Gangnam-daero", "Sejong-daero", "Olympic-ro", "Haeundae-ro",
                 "Pangyoyeok-ro", "Yeouidaebang-ro"], "rrn"),
    CountryInfo("CN", 0.01, "CNY", "zh-CN", {"chinese": 1.0},
                [("Shanghai", "", "Asia/Shanghai", 8, "200000"), ("Beijing", "", "Asia/Shanghai", 8, "100000"),
                 ("Shenzhen", "", "Asia/Shanghai", 8, "518000"), ("Hangzhou", "", "Asia/Shanghai", 8, "310000")],
                "street_first", ["qq.com", "163.com", "126.com", "gmail.com", "outlook.com"],
                ["Nanjing Road", "Huaihai Road", "Chang'an Avenue", "Shennan Boulevard",
                 "Wensan Road", "Zhongshan Road"], "digits18"),
    CountryInfo("VN", 0.015, "VND", "vi-VN", {"vietnamese": 1.0},
                [("Hà Nội", "", "Asia/Ho_Chi_Minh", 7, "100000"), ("Ho Chi Minh City", "", "Asia/Ho_Chi_Minh", 7, "700000"),
                 ("Đà Nẵng", "", "Asia/Ho_Chi_Minh", 7, "550000")],
                "number_first", ["gmail.com", "yahoo.com", "outlook.com"],
                ["Lê Lợi", "Nguyễn Huệ", "Trần Hưng Đạo", "Hai Bà Trưng", "Lý Thường Kiệt",
                 "Điện Biên Phủ"], "digits12"),
    CountryInfo("JP", 0.01, "JPY", "ja-JP", {"japanese": 1.0},
                [("Tokyo", "", "Asia/Tokyo", 9, "100-0001"), ("Osaka", "", "Asia/Tokyo", 9, "530-0001"),
                 ("Fukuoka", "", "Asia/Tokyo", 9, "810-0001")],
                "street_first", ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "outlook.jp"],
                ["Chiyoda 1-chome", "Shibuya 2-chome", "Umeda 3-chome", "Tenjin 1-chome",
                 "Minato 4-chome", "Shinjuku 3-chome"], "digits12"),
    CountryInfo("AU", 0.02, "AUD", "en-AU", {"anglo": .70, "chinese": .08, "indian": .07, "vietnamese": .05,
                                             "italian": .05, "irish": .05},
                [("Sydney", "NSW", "Australia/Sydney", 10, "2000"), ("Melbourne", "VIC", "Australia/Melbourne", 10, "3000"),
                 ("Brisbane", "QLD", "Australia/Brisbane", 10, "4000"), ("Perth", "WA", "Australia/Perth", 8, "6000")],
                "number_first", ["gmail.com", "outlook.com", "bigpond.com", "yahoo.com.au", "icloud.com"],
                ENGLISH_STREETS, "digits9"),
    CountryInfo("UA", 0.01, "UAH", "uk-UA", {"slavic": 1.0},
                [("Kyiv", "", "Europe/Kyiv", 2, "01001"), ("Lviv", "", "Europe/Kyiv", 2, "79000"),
                 ("Kharkiv", "", "Europe/Kyiv", 2, "61000")],
                "street_first", ["gmail.com", "ukr.net", "i.ua", "outlook.com"],
                ["vul. Khreshchatyk", "vul. Shevchenka", "vul. Franka", "prosp. Peremohy",
                 "vul. Sadova"], "digits10"),
    CountryInfo("IE", 0.01, "EUR", "en-IE", {"irish": .75, "anglo": .10, "polish": .08, "indian": .07},
                [("Dublin", "Co. Dublin", "Europe/Dublin", 0, "D02"), ("Cork", "Co. Cork", "Europe/Dublin", 0, "T12"),
                 ("Galway", "Co. Galway", "Europe/Dublin", 0, "H91")],
                "number_first", ["gmail.com", "eircom.net", "outlook.com", "hotmail.com", "yahoo.ie"],
                ENGLISH_STREETS, "pps"),
]
COUNTRY_CODES: list[str] = [c.code for c in COUNTRIES]
COUNTRY_INDEX: dict[str, int] = {c: i for i, c in enumerate(COUNTRY_CODES)}

# -- work ----------------------------------------------------------------------------------
COMPANY_WORDS_A = [
    "North", "Blue", "Bright", "Silver", "Granite", "Summit", "Cedar", "Harbor", "Iron",
    "Lumen", "Vertex", "Nova", "Apex", "Clear", "True", "Pioneer", "Quantum", "Atlas",
    "Beacon", "Crescent", "Evergreen", "Falcon", "Helix", "Keystone", "Meridian", "Orbit",
    "Prairie", "Redwood", "Sterling", "Tidal", "Union", "Vantage", "Willow", "Zenith",
]
COMPANY_WORDS_B = [
    "Analytics", "Systems", "Labs", "Software", "Health", "Logistics", "Financial", "Data",
    "Networks", "Cloud", "Robotics", "Media", "Bank", "Insurance", "Energy", "Retail",
    "Consulting", "Security", "Payments", "Learning", "Biotech", "Games", "Mobility",
]
COMPANY_FORMS = ["Inc.", "LLC", "Corp.", "Ltd", "GmbH", "Group", "", "", "", ""]

RECRUITER_WORDS = ["Talent", "Staffing", "Recruit", "Hire", "Careers", "Remote", "Dev",
                   "Jobs", "Workforce", "Tech"]

# -- devices, software, networks ----------------------------------------------------------
USER_AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
    "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17628; Pro)",
    "Slack/4.38.125 (Windows NT 10.0; Win64; x64)",
]
ORDINARY_PROCESSES = [
    "chrome.exe", "msedge.exe", "firefox.exe", "slack.exe", "Zoom.exe", "ms-teams.exe",
    "Teams.exe", "OUTLOOK.EXE", "WINWORD.EXE", "EXCEL.EXE", "Code.exe", "explorer.exe",
    "OneDrive.exe", "Spotify.exe", "notepad.exe", "Docker Desktop.exe", "idea64.exe",
    "python.exe", "node.exe", "git.exe", "WindowsTerminal.exe", "1Password.exe", "Notion.exe",
    "Figma.exe", "postman.exe", "SnippingTool.exe", "Acrobat.exe", "Dropbox.exe",
]
ORDINARY_USB = [
    "USB Receiver", "Logitech USB Keyboard", "Logitech USB Optical Mouse", "USB Optical Mouse",
    "Unifying Receiver", "Microsoft Wired Keyboard 600", "USB Audio Device",
    "Jabra EVOLVE 20 MS", "Logitech Webcam C920", "USB2.0 HD UVC WebCam", "YubiKey OTP+FIDO+CCID",
    "Apple Magic Keyboard", "Razer DeathAdder", "SanDisk Ultra USB 3.0", "Bose USB Audio",
]
# Legitimate multi-port devices an IT admin plugs in; they are not IP-KVMs.
MULTIPORT_USB = ["USB3.0 Hub", "Dell Universal Dock D6000", "CalDigit TS3 Plus",
                 "Anker USB-C Hub", "Lenovo ThinkPad USB-C Dock Gen2", "Generic USB Hub"]
DISPLAYS = ["DELL U2720Q", "DELL P2422H", "LG HDR 4K", "LG ULTRAGEAR", "Samsung C27F390",
            "HP E24 G4", "BenQ GW2480", "ASUS VG249", "Color LCD", "Built-in Retina Display",
            "Lenovo T24i-20", "ViewSonic VX2458", "AOC 24G2W1G4", "Philips 272E1"]
HOME_NETWORK_PREFIXES = ["NETGEAR", "Linksys", "TP-Link_", "ASUS_", "xfinitywifi-home",
                         "SpectrumSetup-", "BTHub6-", "FRITZ!Box 7590 ", "Vodafone-", "MyHome-"]

# The zones and layouts remote operators leak (guidance: Jasper Sleet, Mandiant).
OPERATOR_TIMEZONES = ["Asia/Pyongyang", "Asia/Shanghai", "Asia/Vladivostok", "Asia/Seoul"]
OPERATOR_KEYBOARDS = ["ko-KR", "ko-KR", "zh-CN"]

DISPOSABLE_EMAIL_DOMAINS = ["mailinator.com", "guerrillamail.com", "10minutemail.com",
                            "sharklasers.com", "yopmail.com", "trashmail.com"]

# -- resumes ---------------------------------------------------------------------------------
JOB_TITLES = [
    "Software Engineer", "Senior Software Engineer", "Full Stack Developer", "Backend Engineer",
    "Frontend Developer", "Mobile Developer", "DevOps Engineer", "Data Engineer",
    "Machine Learning Engineer", "QA Engineer", "Site Reliability Engineer", "Blockchain Developer",
    "Product Designer", "Data Analyst", "IT Support Specialist", "Cloud Architect",
]
SKILLS = [
    "Python", "Java", "TypeScript", "JavaScript", "React", "Node.js", "Go", "Rust", "C#", ".NET",
    "AWS", "Azure", "GCP", "Kubernetes", "Docker", "Terraform", "PostgreSQL", "MongoDB", "Redis",
    "Kafka", "Spark", "Django", "Flask", "Spring Boot", "Angular", "Vue.js", "Swift", "Kotlin",
    "Flutter", "Solidity", "GraphQL", "CI/CD", "Linux", "Figma", "Tableau", "PyTorch", "SQL",
]
BULLET_VERBS = ["Built", "Designed", "Led", "Migrated", "Optimized", "Automated", "Implemented",
                "Developed", "Maintained", "Reduced", "Improved", "Delivered", "Refactored", "Scaled"]
BULLET_OBJECTS = [
    "a payments microservice handling {n}k requests per day",
    "the CI/CD pipeline, cutting release time by {p}%",
    "a React dashboard used by {n} internal analysts",
    "data ingestion jobs processing {n} GB nightly",
    "the monolith to Kubernetes across {n} services",
    "an internal design system adopted by {n} teams",
    "REST and GraphQL APIs for the mobile app",
    "infrastructure as code with Terraform for {n} environments",
    "query latency by {p}% through indexing and caching",
    "on-call incident volume by {p}%",
    "an ML model for churn prediction improving recall by {p}%",
    "smart contracts for an NFT marketplace",
    "end-to-end tests raising coverage to {p}%",
    "a customer onboarding flow increasing conversion by {p}%",
    "observability with Prometheus and Grafana",
    "a real-time chat feature with WebSockets",
]
DEGREES = ["B.Sc. Computer Science", "B.Eng. Software Engineering", "M.Sc. Computer Science",
           "B.Sc. Information Technology", "B.A. Mathematics", "M.Sc. Data Science",
           "B.Sc. Electrical Engineering", "Associate Degree, Computer Programming"]
UNIVERSITIES = ["State University", "Institute of Technology", "University", "Polytechnic",
                "College of Engineering", "Technical University"]
SUMMARY_SENTENCES = [
    "Engineer with {y} years of experience shipping production software.",
    "I enjoy turning messy requirements into reliable, well-tested systems.",
    "Comfortable across the stack, happiest close to the data.",
    "Looking for a remote role on a product-focused team.",
    "Experienced in agile teams across multiple time zones.",
    "Passionate about clean code, mentoring and measurable impact.",
    "Background in startups and enterprise consulting.",
    "Strong communicator who writes things down.",
]
# Boilerplate of popular resume templates: honest applicants share it (hard negative).
TEMPLATE_BOILERPLATE = [
    ["PROFESSIONAL SUMMARY", "CORE COMPETENCIES", "PROFESSIONAL EXPERIENCE", "EDUCATION",
     "Results-driven professional with a proven track record of delivering high-quality solutions "
     "in fast-paced environments.",
     "Excellent problem-solving skills and a strong ability to work independently and in teams.",
     "References available upon request."],
    ["About Me", "Skills & Tools", "Work History", "Education & Certifications",
     "Detail-oriented developer dedicated to writing maintainable code and continuous learning.",
     "Adept at collaborating with cross-functional stakeholders to achieve business goals.",
     "Open to relocation and remote opportunities."],
    ["Summary", "Technical Skills", "Experience", "Education",
     "Motivated self-starter eager to contribute to a dynamic organisation.",
     "Proficient in modern development practices including agile methodologies and code review.",
     "Fluent in English."],
]

# -- honest sharing ---------------------------------------------------------------------------
# Desk KVM switches (no network: one keyboard for two computers), receivers and mouse jigglers
# (a USB "mouse" that nudges the pointer): on honest desks, and none of them an IP-KVM.
DESK_USB = ["ATEN CS22U", "ATEN CS782DP", "UGREEN KVM Switch", "TESmart HKS0401A", "Belkin F1DN102K",
            "Logitech Unifying Receiver", "Logitech USB Receiver", "CKL USB KVM Switch",
            "Mouse Jiggler", "Vaydeer USB Mouse Jiggler", "Liberty Mouse Jiggler MJ-3",
            "Meatanty Mouse Mover", "Generic USB Hub"]
# Remote support agents a managed-service technician runs for many clients.
MSP_TOOLS = ["TeamViewer.exe", "TeamViewer_Service.exe", "AnyDesk.exe", "ScreenConnect.WindowsClient.exe",
             "ConnectWiseControl.Client.exe", "LTSVC.exe", "LTSvcMon.exe", "NinjaRMMAgent.exe",
             "AteraAgent.exe", "Syncro.Service.exe", "SRService.exe", "mstsc.exe", "rdm.exe",
             "AgentMon.exe", "BASupSrvc.exe"]
# Organisations that create accounts for their people: (name pattern, domain pattern, kind).
ORG_PATTERNS = [("{a} High School", "{a}hs.org", "school"), ("{a} Middle School", "{a}ms.org", "school"),
                ("{a} Academy", "{a}academy.edu", "school"), ("{a} Public Schools", "{a}schools.org", "school"),
                ("{a} {b} LLC", "{a}{b}.com", "firm"), ("{a} {b} & Co.", "{a}{b}.com", "firm"),
                ("{a} Dental Group", "{a}dental.com", "firm"), ("{a} Family Clinic", "{a}clinic.org", "firm"),
                ("{a} County IT Services", "{a}county.gov", "it"), ("{a} {b} IT Department", "{a}{b}.net", "it")]
ORG_WORDS = ["Lincoln", "Jefferson", "Riverside", "Oakwood", "Westfield", "Lakeview", "Hillcrest",
             "Fairmont", "Brookfield", "Greenwood", "Maplewood", "Springdale", "Ashford", "Kingsley",
             "Millbrook", "Northgate", "Pinecrest", "Rosedale", "Stonegate", "Woodbury", "Clearview",
             "Highland", "Bayside", "Cedarbrook", "Eastwood", "Glenview", "Harborview", "Longmeadow"]
HELPDESK_MAILBOXES = ["helpdesk", "it", "support", "itsupport", "accounts", "techsupport", "admin"]
ADDRESS_DIRECTIONS = {"North": "N", "South": "S", "East": "E", "West": "W"}
US_STATES = {"NY": "New York", "MA": "Massachusetts", "PA": "Pennsylvania", "GA": "Georgia", "FL": "Florida",
             "NC": "North Carolina", "OH": "Ohio", "VA": "Virginia", "MD": "Maryland", "IL": "Illinois",
             "TX": "Texas", "MN": "Minnesota", "TN": "Tennessee", "MO": "Missouri", "CO": "Colorado",
             "AZ": "Arizona", "UT": "Utah", "CA": "California", "WA": "Washington", "OR": "Oregon",
             "NV": "Nevada", "MI": "Michigan", "WI": "Wisconsin", "NJ": "New Jersey", "IN": "Indiana"}
