"""Static vocabularies for world 33 (Gridcraft)."""

FIRST = {
    "US": ["James", "Emily", "Michael", "Sarah", "David", "Jessica", "Chris", "Ashley", "Daniel", "Megan", "Ryan", "Lauren",
           "Kevin", "Rachel", "Brandon", "Amanda", "Tyler", "Nicole", "Jason", "Samantha", "Ethan", "Olivia", "Noah", "Ava",
           "Marcus", "Jasmine", "Carlos", "Maria", "Jun", "Min", "Priya", "Arjun", "Wei", "Linh", "Omar", "Fatima"],
    "PH": ["Juan", "Maria", "Jose", "Angelica", "Mark", "Kristine", "John Paul", "Joy", "Rommel", "Marites", "Carlo", "Aira",
           "Jerome", "Princess", "Renz", "Bea", "Paolo", "Camille"],
    "VN": ["Nguyen", "Minh", "Thanh", "Huong", "Tuan", "Lan", "Duc", "Mai", "Quang", "Trang", "Hieu", "Ngoc", "Khoa", "Thao"],
    "PL": ["Piotr", "Anna", "Krzysztof", "Katarzyna", "Tomasz", "Magdalena", "Pawel", "Agnieszka", "Michal", "Joanna",
           "Jakub", "Zofia", "Marcin", "Ewa"],
    "UA": ["Oleksandr", "Olena", "Andriy", "Iryna", "Dmytro", "Natalia", "Serhiy", "Yulia", "Taras", "Oksana"],
    "IN": ["Rahul", "Priya", "Amit", "Sneha", "Vikram", "Anjali", "Rohan", "Pooja", "Arjun", "Divya", "Karthik", "Meera"],
    "BR": ["Lucas", "Ana", "Gabriel", "Juliana", "Rafael", "Camila", "Mateus", "Beatriz", "Thiago", "Larissa"],
    "GB": ["Oliver", "Amelia", "Harry", "Isla", "George", "Poppy", "Jack", "Freya", "Alfie", "Ellie"],
    "CA": ["Liam", "Emma", "Logan", "Chloe", "Owen", "Sophie", "Nathan", "Maya", "Dylan", "Hannah"],
    "JP": ["Haruto", "Yui", "Sota", "Hina", "Ren", "Aoi", "Yuto", "Sakura"],
    "KR": ["Minjun", "Seoyeon", "Jiho", "Jiwoo", "Hyunwoo", "Soyeon", "Donghyun", "Yuna"],
}
LAST = {
    "US": ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Wilson",
           "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark",
           "Lewis", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Nguyen", "Kim", "Park", "Chen", "Patel", "Singh"],
    "PH": ["Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Dela Cruz", "Villanueva", "Ramos", "Aquino", "Castillo"],
    "VN": ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Dang", "Bui", "Do"],
    "PL": ["Nowak", "Kowalski", "Wisniewski", "Wojcik", "Kowalczyk", "Kaminski", "Lewandowski", "Zielinski", "Szymanski"],
    "UA": ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boyko", "Moroz"],
    "IN": ["Sharma", "Verma", "Gupta", "Reddy", "Iyer", "Nair", "Kumar", "Rao", "Mehta", "Joshi"],
    "BR": ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Costa", "Almeida"],
    "GB": ["Smith", "Jones", "Taylor", "Brown", "Evans", "Wilson", "Thomas", "Roberts", "Walker", "Wright"],
    "CA": ["Tremblay", "Roy", "Gagnon", "MacDonald", "Campbell", "Wilson", "Martin", "Lee"],
    "JP": ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura"],
    "KR": ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon"],
}

# country -> (cities with (city, tz, lat, lon)), street words, postcode maker key
CITIES = {
    "US": [("Austin", "America/Chicago", 30.27, -97.74, "TX", "787"), ("Seattle", "America/Los_Angeles", 47.61, -122.33, "WA", "981"),
           ("Los Angeles", "America/Los_Angeles", 34.05, -118.24, "CA", "900"), ("Orlando", "America/New_York", 28.54, -81.38, "FL", "328"),
           ("Raleigh", "America/New_York", 35.78, -78.64, "NC", "276"), ("Chicago", "America/Chicago", 41.88, -87.63, "IL", "606"),
           ("Denver", "America/Denver", 39.74, -104.99, "CO", "802"), ("Irvine", "America/Los_Angeles", 33.68, -117.83, "CA", "926"),
           ("Montreal-adjacent Plattsburgh", "America/New_York", 44.70, -73.45, "NY", "129"), ("Nashville", "America/Chicago", 36.16, -86.78, "TN", "372"),
           ("Phoenix", "America/Phoenix", 33.45, -112.07, "AZ", "850"), ("Atlanta", "America/New_York", 33.75, -84.39, "GA", "303")],
    "PH": [("Manila", "Asia/Manila", 14.60, 120.98, "", "10"), ("Cebu City", "Asia/Manila", 10.32, 123.89, "", "60"), ("Davao", "Asia/Manila", 7.07, 125.61, "", "80")],
    "VN": [("Ho Chi Minh City", "Asia/Ho_Chi_Minh", 10.82, 106.63, "", "70"), ("Hanoi", "Asia/Ho_Chi_Minh", 21.03, 105.85, "", "10"), ("Da Nang", "Asia/Ho_Chi_Minh", 16.05, 108.20, "", "55")],
    "PL": [("Warsaw", "Europe/Warsaw", 52.23, 21.01, "", "00"), ("Krakow", "Europe/Warsaw", 50.06, 19.94, "", "30"), ("Wroclaw", "Europe/Warsaw", 51.11, 17.04, "", "50")],
    "UA": [("Kyiv", "Europe/Kyiv", 50.45, 30.52, "", "01"), ("Lviv", "Europe/Kyiv", 49.84, 24.03, "", "79")],
    "IN": [("Bengaluru", "Asia/Kolkata", 12.97, 77.59, "", "560"), ("Pune", "Asia/Kolkata", 18.52, 73.86, "", "411"), ("Hyderabad", "Asia/Kolkata", 17.39, 78.49, "", "500")],
    "BR": [("Sao Paulo", "America/Sao_Paulo", -23.55, -46.63, "", "01"), ("Curitiba", "America/Sao_Paulo", -25.43, -49.27, "", "80")],
    "GB": [("London", "Europe/London", 51.51, -0.13, "", "E"), ("Guildford", "Europe/London", 51.24, -0.57, "", "GU"), ("Dundee", "Europe/London", 56.46, -2.97, "", "DD")],
    "CA": [("Montreal", "America/Toronto", 45.50, -73.57, "QC", "H2"), ("Vancouver", "America/Vancouver", 49.28, -123.12, "BC", "V6")],
    "JP": [("Tokyo", "Asia/Tokyo", 35.68, 139.69, "", "1")],
    "KR": [("Seoul", "Asia/Seoul", 37.57, 126.98, "", "0")],
}
TZ_OFFSET = {"America/Chicago": -5, "America/Los_Angeles": -7, "America/New_York": -4, "America/Denver": -6, "America/Phoenix": -7,
             "Asia/Manila": 8, "Asia/Ho_Chi_Minh": 7, "Europe/Warsaw": 2, "Europe/Kyiv": 3, "Asia/Kolkata": 5.5,
             "America/Sao_Paulo": -3, "Europe/London": 1, "America/Toronto": -4, "America/Vancouver": -7, "Asia/Tokyo": 9,
             "Asia/Seoul": 9, "Asia/Shanghai": 8, "Asia/Vladivostok": 10}
KEYBOARD = {"US": "en-US", "PH": "en-PH", "VN": "vi-VN", "PL": "pl-PL", "UA": "uk-UA", "IN": "en-IN", "BR": "pt-BR",
            "GB": "en-GB", "CA": "en-CA", "JP": "ja-JP", "KR": "ko-KR"}
STREETS = ["Main St", "Oak Ave", "Maple Dr", "Cedar Ln", "Elm St", "Park Blvd", "Lakeview Rd", "Sunset Ave", "Hillcrest Dr",
           "River Rd", "Pine St", "Washington Ave", "Highland Ave", "Mill Rd", "Church St", "Franklin St"]
FOREIGN_STREETS = {"PH": ["Rizal Ave", "Ayala Ave", "Mabini St", "Osmena Blvd", "Bonifacio St"],
                   "VN": ["Le Loi", "Nguyen Hue", "Tran Hung Dao", "Hai Ba Trung", "Pham Van Dong"],
                   "PL": ["ul. Marszalkowska", "ul. Dluga", "ul. Polna", "ul. Krakowska", "ul. Lipowa"],
                   "UA": ["vul. Khreshchatyk", "vul. Shevchenka", "vul. Franka"],
                   "IN": ["MG Road", "Residency Rd", "FC Road", "Banjara Hills Rd 12"],
                   "BR": ["Rua Augusta", "Av. Paulista", "Rua XV de Novembro"],
                   "GB": ["High St", "Station Rd", "Church Lane", "Victoria Rd"],
                   "CA": ["Rue Sainte-Catherine", "Granville St", "Boul. Saint-Laurent"],
                   "JP": ["Shibuya 2-chome", "Nakano 4-chome"], "KR": ["Teheran-ro", "Gangnam-daero"]}

PHONE_PREFIX = {"US": None, "PH": ("+63", ["917", "918", "927", "998", "905"], 7), "VN": ("+84", ["90", "91", "98", "97", "93"], 7),
                "PL": ("+48", ["501", "602", "693", "725", "881"], 6), "UA": ("+380", ["50", "67", "93", "97"], 7),
                "IN": ("+91", ["98", "99", "97", "88", "70"], 8), "BR": ("+55", ["1191", "1198", "4199"], 7),
                "GB": ("+44", ["7700", "7911", "7400", "7825"], 6), "CA": ("+1", ["514", "438", "604", "778"], 7),
                "JP": ("+81", ["90", "80", "70"], 8), "KR": ("+82", ["10"], 8)}
US_AREA = ["512", "206", "213", "407", "919", "312", "303", "949", "615", "602", "404", "425", "818", "646", "718", "630"]

EMAIL_DOMAINS = ["gmail.com", "gmail.com", "gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "hotmail.com"]
PERSONA_EMAIL_DOMAINS = ["gmail.com", "gmail.com", "outlook.com", "proton.me", "protonmail.com", "mail.com"]

STUDIOS = ["Ironleaf Games", "Pixelforge Interactive", "Northbound Studios", "Lumen Arcade", "Shardline Entertainment",
           "Brasswing Games", "Tidewater Interactive", "Quarterlight Studio", "Redkite Games", "Mossback Interactive",
           "Hexgate Studios", "Cinder & Oak", "Polyhollow", "Skyfall Forge", "Bitriver Games", "Nebula Yard",
           "Cobalt Anvil", "Wildmark Studios", "Paperlantern Games", "Tenfold Interactive", "Glasshouse Games",
           "Orbital Pony", "Chainquest Labs", "MetaRealm Games", "Tokenforge Studio", "Crystal Hollow", "Drift Engine Co",
           "Starling Pixel", "Vantablack Arcade", "Owlbear Interactive"]
TITLES = ["Unity Developer", "Unreal Engine Developer", "Gameplay Programmer", "3D Artist", "2D Illustrator", "Concept Artist",
          "Animator", "Technical Artist", "QA Tester", "QA Lead", "Level Designer", "Blockchain Game Developer",
          "Solidity Developer", "Backend Engineer (Game Services)", "Tools Programmer", "UI/UX Designer", "Sound Designer",
          "Rigging Artist", "VFX Artist", "Full-stack Web3 Developer", "Mobile Game Developer", "Localization QA"]
SKILLS = ["Unity", "C#", "Unreal Engine 5", "C++", "Blueprints", "Blender", "Maya", "ZBrush", "Substance Painter", "Spine",
          "Photoshop", "Houdini", "Perforce", "Git", "Jira", "TestRail", "Solidity", "Web3.js", "ethers.js", "Node.js",
          "Godot", "GDScript", "HLSL", "Shader Graph", "Photon", "PlayFab", "Rust", "React", "TypeScript", "Python",
          "Wwise", "FMOD", "Spine 2D", "Aseprite", "Live2D", "Addressables", "Mirror networking", "Hardhat", "Foundry"]
UNIS = ["University of Central Florida", "DigiPen Institute of Technology", "Full Sail University", "Ateneo de Manila",
        "University of Santo Tomas", "FPT University", "Warsaw University of Technology", "AGH Krakow", "Abertay University",
        "Savannah College of Art and Design", "Rochester Institute of Technology", "Concordia University", "IIT Bombay",
        "Kyiv Polytechnic", "Universidade de Sao Paulo", "USC Games"]

VPN = {"nordvpn": ("AS212238", "Datacamp Limited"), "expressvpn": ("AS206092", "Express Technologies"),
       "protonvpn": ("AS209103", "Proton AG"), "mullvad": ("AS39351", "31173 Services AB"),
       "astrill": ("AS136787", "Astrill Systems"), "surfshark": ("AS9009", "M247 Europe SRL")}
ISP = {"US": [("AS7922", "Comcast Cable"), ("AS7018", "AT&T Services"), ("AS22773", "Cox Communications"), ("AS20115", "Charter Communications"), ("AS701", "Verizon Business")],
       "PH": [("AS9299", "Philippine Long Distance Telephone"), ("AS132199", "Globe Telecom"), ("AS139831", "Converge ICT")],
       "VN": [("AS7552", "Viettel Group"), ("AS45899", "VNPT Corp"), ("AS18403", "FPT Telecom")],
       "PL": [("AS5617", "Orange Polska"), ("AS12741", "Netia SA"), ("AS29314", "Vectra SA")],
       "UA": [("AS15895", "Kyivstar"), ("AS13188", "Triolan")], "IN": [("AS55836", "Reliance Jio"), ("AS24560", "Bharti Airtel")],
       "BR": [("AS28573", "Claro NXT"), ("AS18881", "Telefonica Brasil")], "GB": [("AS2856", "British Telecom"), ("AS5089", "Virgin Media")],
       "CA": [("AS812", "Rogers"), ("AS577", "Bell Canada")], "JP": [("AS2516", "KDDI")], "KR": [("AS4766", "Korea Telecom")]}
FIRST_OCTET = {"US": [24, 67, 68, 73, 76, 98, 99, 107, 108, 172], "PH": [112, 124, 136, 180], "VN": [14, 27, 113, 171],
               "PL": [31, 83, 89, 178], "UA": [46, 91, 93, 176], "IN": [49, 103, 106, 117], "BR": [177, 179, 187, 189],
               "GB": [81, 86, 90, 92], "CA": [70, 99, 142, 184], "JP": [126, 153], "KR": [121, 211, 175]}
HOSTING = [("AS16509", "Amazon.com"), ("AS14061", "DigitalOcean"), ("AS24940", "Hetzner Online"), ("AS20473", "Vultr (The Constant Company)"), ("AS63949", "Akamai Connected Cloud (Linode)")]

UA_WIN = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36"
UA_MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{v} Safari/605.1.15"
UA_LNX = "Mozilla/5.0 (X11; Linux x86_64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0"
UA_MOB = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_{v} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"
UA_APP = "GridcraftApp/{v}.2 (Android 14; SM-G991B)"

PROC_COMMON = ["chrome.exe", "slack.exe", "Zoom.exe", "explorer.exe", "OneDrive.exe", "Teams.exe", "Code.exe", "git.exe",
               "MsMpEng.exe", "osqueryd.exe", "CrowdStrike.exe"]
PROC_DEV = ["Unity.exe", "UnityHub.exe", "UnrealEditor.exe", "devenv.exe", "p4v.exe", "blender.exe", "Substance Painter.exe",
            "Maya.exe", "rider64.exe", "node.exe", "Photoshop.exe", "ZBrush.exe", "RenderDoc.exe", "TestRail.exe", "hardhat"]
PROC_REMOTE_HONEST = ["parsecd.exe", "TeamViewer.exe", "AnyDesk.exe", "chrome_remote_desktop_host.exe", "rustdesk.exe"]
PROC_STREAM = ["obs64.exe", "Discord.exe", "steam.exe", "StreamDeck.exe", "EpicGamesLauncher.exe"]
USB_COMMON = [("046d", "c52b", "Logitech USB Receiver"), ("046d", "c08b", "G502 HERO Gaming Mouse"), ("1532", "0084", "Razer DeathAdder V2"),
              ("05ac", "024f", "Apple Magic Keyboard"), ("0951", "16a4", "HyperX Cloud II"), ("1050", "0407", "YubiKey OTP+FIDO+CCID"),
              ("256c", "006d", "Huion Tablet"), ("056a", "0374", "Wacom Intuos S"), ("045e", "028e", "Xbox 360 Controller"),
              ("054c", "0ce6", "DualSense Wireless Controller"), ("0fd9", "0060", "Elgato Stream Deck"), ("0fd9", "006a", "Elgato Cam Link 4K"),
              ("2109", "2817", "USB2.0 Hub"), ("0bda", "8153", "USB 10/100/1000 LAN")]
USB_KVM = [("1d6b", "0104", "PiKVM Composite KVM Device"), ("1d6b", "0104", "TinyPilot Composite Device"),
           ("1d6b", "0104", "Multifunction Composite Gadget"), ("0483", "5750", "JetKVM HID"), ("2b89", "5750", "IPMI Virtual Keyboard")]
DISPLAYS = ["DELL U2723QE", "LG 27GP850", "ASUS VG27AQ", "Samsung Odyssey G7", "BenQ PD2700U", "Color LCD", "HP E24 G5", "Built-in Retina Display"]
DISPLAY_KVM = ["PiKVM", "TinyPilot HDMI", "USB3.0 HDMI Capture", "MS2109 Capture"]
SYSTEMS = ["Dell Precision 5680", "Lenovo ThinkPad P1 Gen 6", "MacBookPro18,3", "HP ZBook Studio G10", "Razer Blade 16", "ASUS ROG Zephyrus G14", "Dell XPS 15 9530"]
