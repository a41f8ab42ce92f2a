"""Static catalogues for world 15: names, places, networks, devices, software.

Everything here is public-knowledge shaped (real ASNs and network owners of well-known ISPs,
real USB vendor ids, real process names of remote-management tools from the LOLRMM list, the
IP-KVM default USB gadget ids published by PiKVM, TinyPilot, JetKVM and Sipeed NanoKVM), but
every person, address, phone number, account and IP address the world uses is invented.
"""

# --------------------------------------------------------------------------------------------
# Names, by origin. Honest population mix loosely follows the US tech / services workforce;
# the fraud side uses the same pools (stolen and synthetic US identities look like anyone).
FIRST = {
    "anglo": ("James John Robert Michael William David Richard Joseph Thomas Christopher Daniel "
              "Matthew Anthony Mark Steven Andrew Joshua Kevin Brian Ryan Jacob Nicholas Tyler "
              "Brandon Justin Eric Adam Kyle Jason Aaron Nathan Zachary Logan Ethan Connor "
              "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Emily "
              "Ashley Amanda Megan Rachel Lauren Hannah Nicole Samantha Katherine Rebecca Heather "
              "Olivia Emma Abigail Madison Chloe Grace Taylor Morgan Jordan Casey Alexis Brooke").split(),
    "hispanic": ("Jose Luis Carlos Juan Miguel Jorge Alejandro Diego Javier Fernando Ricardo "
                 "Maria Ana Sofia Gabriela Valeria Camila Daniela Lucia Isabel Carmen Adriana "
                 "Mariana Paola Andres Eduardo Raul Sergio").split(),
    "indian": ("Rahul Amit Priya Anjali Vikram Sanjay Arjun Rohan Neha Pooja Deepak Suresh "
               "Kavya Aditya Ramesh Sneha Karthik Divya Manish Swati Harish Lakshmi Vivek "
               "Ananya Nikhil Shreya").split(),
    "chinese": ("Wei Jing Li Ming Hui Yan Xin Lei Jun Fang Hao Yu Chen Tao Lin Ying Bo Qiang "
                "Xiaoming Meiling Zhen Jian Kevin Michelle Amy Eric").split(),
    "korean": ("Min-jun Seo-yeon Ji-hoon Ji-woo Hyun-woo Soo-ah Do-yoon Ha-eun Jae-won Eun-ji "
               "Sung-min Yuna Daniel Grace Sarah David Joon Hana Minho Jiyeon Sangwoo "
               "Jihye").split(),
    "vietnamese": "Minh Anh Linh Tuan Huong Thanh Nam Lan Hung Mai Duc Trang Quang Thao Khanh".split(),
    "filipino": ("Mark Jerome Angelica Kristine Joanna Ronald Rodel Maricel Jayson Christian "
                 "Mary Grace Jan Ericka Carlo Rhea Rowena Arnel Lyka Jhon").split(),
    "polish": "Piotr Krzysztof Tomasz Pawel Michal Anna Katarzyna Magdalena Agnieszka Marta Jakub Lukasz".split(),
    "arabic": "Omar Ahmed Yusuf Khalid Hassan Layla Fatima Noor Amira Samir Rami Zainab".split(),
    "african": "Chinedu Adebayo Oluwaseun Kwame Amara Ngozi Tunde Folake Emeka Abena Kofi Zuri".split(),
}
LAST = {
    "anglo": ("Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas "
              "Moore Jackson Martin Thompson White Harris Clark Lewis Robinson Walker Young "
              "Allen King Wright Scott Hill Green Adams Baker Nelson Carter Mitchell Roberts "
              "Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Murphy Cook "
              "Rogers Morgan Cooper Peterson Bailey Reed Kelly Howard Cox Ward Richardson Watson "
              "Brooks Wood Bennett Gray Hughes Price Sanders Myers Long Ross Foster Powell "
              "Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Fisher").split(),
    "hispanic": ("Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres "
                 "Flores Rivera Gomez Diaz Reyes Cruz Morales Ortiz Gutierrez Chavez Ramos "
                 "Vargas Castillo Jimenez Romero Mendoza").split(),
    "indian": ("Patel Sharma Singh Kumar Gupta Reddy Iyer Nair Rao Joshi Mehta Shah Desai "
               "Agarwal Verma Menon Pillai Chopra Kapoor Bhat Krishnan").split(),
    "chinese": "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin He Gao Luo".split(),
    "korean": "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song".split(),
    "vietnamese": "Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong".split(),
    "filipino": ("Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Villanueva Ramos "
                 "Aquino Castillo Dela Cruz Navarro Salazar Mercado Pascual").split(),
    "polish": "Nowak Kowalski Wisniewski Wojcik Kowalczyk Kaminski Lewandowski Zielinski Szymanski".split(),
    "arabic": "Haddad Khalil Nasser Hassan Saleh Mansour Farouk Aziz Rahman Karim".split(),
    "african": "Okafor Adeyemi Mensah Okonkwo Balogun Asante Eze Nwosu Boateng Owusu".split(),
}
# origin mix of the honest US workforce in this world (share)
US_ORIGIN_MIX = [("anglo", 58), ("hispanic", 12), ("indian", 9), ("chinese", 6), ("korean", 3),
                 ("vietnamese", 3), ("filipino", 3), ("polish", 2), ("arabic", 2), ("african", 2)]

# --------------------------------------------------------------------------------------------
# US places: city, state, state name, zip prefix, lat, lon, area codes
US_CITIES = [
    ("Phoenix", "AZ", "Arizona", "850", 33.45, -112.07, ["602", "480", "623"]),
    ("Scottsdale", "AZ", "Arizona", "852", 33.49, -111.93, ["480"]),
    ("Austin", "TX", "Texas", "787", 30.27, -97.74, ["512", "737"]),
    ("Dallas", "TX", "Texas", "752", 32.78, -96.80, ["214", "469", "972"]),
    ("Houston", "TX", "Texas", "770", 29.76, -95.37, ["713", "281", "832"]),
    ("San Antonio", "TX", "Texas", "782", 29.42, -98.49, ["210"]),
    ("Denver", "CO", "Colorado", "802", 39.74, -104.99, ["303", "720"]),
    ("Seattle", "WA", "Washington", "981", 47.61, -122.33, ["206"]),
    ("Bellevue", "WA", "Washington", "980", 47.61, -122.20, ["425"]),
    ("Portland", "OR", "Oregon", "972", 45.52, -122.68, ["503", "971"]),
    ("San Francisco", "CA", "California", "941", 37.77, -122.42, ["415", "628"]),
    ("San Jose", "CA", "California", "951", 37.34, -121.89, ["408", "669"]),
    ("Oakland", "CA", "California", "946", 37.80, -122.27, ["510"]),
    ("Los Angeles", "CA", "California", "900", 34.05, -118.24, ["213", "310", "323", "818"]),
    ("San Diego", "CA", "California", "921", 32.72, -117.16, ["619", "858"]),
    ("Sacramento", "CA", "California", "958", 38.58, -121.49, ["916"]),
    ("Chicago", "IL", "Illinois", "606", 41.88, -87.63, ["312", "773", "872"]),
    ("Minneapolis", "MN", "Minnesota", "554", 44.98, -93.27, ["612"]),
    ("Saint Paul", "MN", "Minnesota", "551", 44.95, -93.09, ["651"]),
    ("Detroit", "MI", "Michigan", "482", 42.33, -83.05, ["313"]),
    ("Ann Arbor", "MI", "Michigan", "481", 42.28, -83.74, ["734"]),
    ("Columbus", "OH", "Ohio", "432", 39.96, -83.00, ["614"]),
    ("Cleveland", "OH", "Ohio", "441", 41.50, -81.69, ["216"]),
    ("Pittsburgh", "PA", "Pennsylvania", "152", 40.44, -79.99, ["412"]),
    ("Philadelphia", "PA", "Pennsylvania", "191", 39.95, -75.17, ["215", "267"]),
    ("New York", "NY", "New York", "100", 40.71, -74.01, ["212", "646", "917"]),
    ("Brooklyn", "NY", "New York", "112", 40.68, -73.94, ["718", "347"]),
    ("Jersey City", "NJ", "New Jersey", "073", 40.73, -74.08, ["201"]),
    ("Newark", "NJ", "New Jersey", "071", 40.74, -74.17, ["973"]),
    ("Boston", "MA", "Massachusetts", "021", 42.36, -71.06, ["617", "857"]),
    ("Cambridge", "MA", "Massachusetts", "021", 42.37, -71.11, ["617"]),
    ("Baltimore", "MD", "Maryland", "212", 39.29, -76.61, ["410", "443"]),
    ("Bethesda", "MD", "Maryland", "208", 38.98, -77.10, ["301", "240"]),
    ("Arlington", "VA", "Virginia", "222", 38.88, -77.10, ["703", "571"]),
    ("Richmond", "VA", "Virginia", "232", 37.54, -77.44, ["804"]),
    ("Raleigh", "NC", "North Carolina", "276", 35.78, -78.64, ["919", "984"]),
    ("Charlotte", "NC", "North Carolina", "282", 35.23, -80.84, ["704", "980"]),
    ("Atlanta", "GA", "Georgia", "303", 33.75, -84.39, ["404", "470", "678"]),
    ("Nashville", "TN", "Tennessee", "372", 36.16, -86.78, ["615", "629"]),
    ("Miami", "FL", "Florida", "331", 25.76, -80.19, ["305", "786"]),
    ("Tampa", "FL", "Florida", "336", 27.95, -82.46, ["813"]),
    ("Orlando", "FL", "Florida", "328", 28.54, -81.38, ["407", "321"]),
    ("Salt Lake City", "UT", "Utah", "841", 40.76, -111.89, ["801", "385"]),
    ("Las Vegas", "NV", "Nevada", "891", 36.17, -115.14, ["702", "725"]),
    ("Kansas City", "MO", "Missouri", "641", 39.10, -94.58, ["816"]),
    ("St. Louis", "MO", "Missouri", "631", 38.63, -90.20, ["314"]),
    ("Indianapolis", "IN", "Indiana", "462", 39.77, -86.16, ["317"]),
    ("Milwaukee", "WI", "Wisconsin", "532", 43.04, -87.91, ["414"]),
    ("Madison", "WI", "Wisconsin", "537", 43.07, -89.40, ["608"]),
    ("Omaha", "NE", "Nebraska", "681", 41.26, -95.93, ["402"]),
    ("Albuquerque", "NM", "New Mexico", "871", 35.08, -106.65, ["505"]),
    ("Boise", "ID", "Idaho", "837", 43.62, -116.20, ["208"]),
    ("Louisville", "KY", "Kentucky", "402", 38.25, -85.76, ["502"]),
    ("New Orleans", "LA", "Louisiana", "701", 29.95, -90.07, ["504"]),
    ("Hartford", "CT", "Connecticut", "061", 41.77, -72.67, ["860"]),
    ("Providence", "RI", "Rhode Island", "029", 41.82, -71.41, ["401"]),
]
STREETS = ("Oak Maple Pine Cedar Elm Walnut Willow Birch Chestnut Spruce Aspen Juniper Magnolia "
           "Hickory Sycamore Poplar Cypress Laurel Hawthorn Mulberry Park Lake Hill River Meadow "
           "Forest Spring Valley Ridge Sunset Highland Madison Washington Lincoln Jefferson "
           "Franklin Jackson Adams Monroe Grant Main Church Mill Center Union Market Bridge "
           "Harbor Prospect Summit Orchard Heritage Canyon Mesa Prairie Creek Stone Fox Quail "
           "Cardinal Bluebird Heron Falcon Sierra Vista Bayview Greenwood Briarwood Kingsley").split()
STREET_SUFFIX = [("St", "Street"), ("Ave", "Avenue"), ("Dr", "Drive"), ("Rd", "Road"),
                 ("Ln", "Lane"), ("Ct", "Court"), ("Blvd", "Boulevard"), ("Way", "Way"),
                 ("Pl", "Place"), ("Ter", "Terrace"), ("Cir", "Circle"), ("Pkwy", "Parkway")]

# foreign places: city, country code, country name (as Okta writes it), lat, lon, tz
FOREIGN = {
    "KR": [("Seoul", "Seoul", 37.57, 126.98), ("Busan", "Busan", 35.18, 129.08), ("Incheon", "Incheon", 37.46, 126.71)],
    "PH": [("Manila", "Metro Manila", 14.60, 120.98), ("Quezon City", "Metro Manila", 14.68, 121.04),
           ("Cebu City", "Central Visayas", 10.32, 123.89), ("Davao City", "Davao Region", 7.19, 125.46)],
    "IN": [("Bengaluru", "Karnataka", 12.97, 77.59), ("Hyderabad", "Telangana", 17.39, 78.49), ("Pune", "Maharashtra", 18.52, 73.86)],
    "VN": [("Hanoi", "Hanoi", 21.03, 105.85), ("Ho Chi Minh City", "Ho Chi Minh", 10.82, 106.63)],
    "PL": [("Warsaw", "Mazovia", 52.23, 21.01), ("Krakow", "Lesser Poland", 50.06, 19.94)],
    "CA": [("Toronto", "Ontario", 43.65, -79.38), ("Vancouver", "British Columbia", 49.28, -123.12)],
    "GB": [("London", "England", 51.51, -0.13), ("Manchester", "England", 53.48, -2.24)],
    "DE": [("Berlin", "Land Berlin", 52.52, 13.40), ("Munich", "Bavaria", 48.14, 11.58)],
    "JP": [("Tokyo", "Tokyo", 35.68, 139.69), ("Osaka", "Osaka", 34.69, 135.50)],
    "MX": [("Mexico City", "Mexico City", 19.43, -99.13), ("Cancun", "Quintana Roo", 21.16, -86.85)],
    "CN": [("Shenyang", "Liaoning", 41.81, 123.43), ("Dandong", "Liaoning", 40.13, 124.39), ("Beijing", "Beijing", 39.90, 116.40)],
    "RU": [("Vladivostok", "Primorye", 43.12, 131.89), ("Moscow", "Moscow", 55.76, 37.62)],
    "AE": [("Dubai", "Dubai", 25.20, 55.27)],
    "LA": [("Vientiane", "Vientiane Prefecture", 17.97, 102.63)],
    "ES": [("Barcelona", "Catalonia", 41.39, 2.17)],
    "FR": [("Paris", "Ile-de-France", 48.86, 2.35)],
}
COUNTRY_NAME = {"US": "United States", "KR": "South Korea", "PH": "Philippines", "IN": "India",
                "VN": "Vietnam", "PL": "Poland", "CA": "Canada", "GB": "United Kingdom",
                "DE": "Germany", "JP": "Japan", "MX": "Mexico", "CN": "China", "RU": "Russia",
                "AE": "United Arab Emirates", "LA": "Laos", "ES": "Spain", "FR": "France"}
TZ_OF = {"KR": "Asia/Seoul", "PH": "Asia/Manila", "IN": "Asia/Kolkata", "VN": "Asia/Ho_Chi_Minh",
         "PL": "Europe/Warsaw", "CA": "America/Toronto", "GB": "Europe/London", "DE": "Europe/Berlin",
         "JP": "Asia/Tokyo", "MX": "America/Mexico_City", "CN": "Asia/Shanghai", "RU": "Asia/Vladivostok",
         "AE": "Asia/Dubai", "LA": "Asia/Vientiane", "ES": "Europe/Madrid", "FR": "Europe/Paris"}
UTC_OFFSET = {"KR": 9, "PH": 8, "IN": 5, "VN": 7, "PL": 1, "CA": -5, "GB": 0, "DE": 1, "JP": 9,
              "MX": -6, "CN": 8, "RU": 10, "AE": 4, "LA": 7, "ES": 1, "FR": 1}
STATE_TZ = {"AZ": ("America/Phoenix", -7), "TX": ("America/Chicago", -5), "CO": ("America/Denver", -6),
            "WA": ("America/Los_Angeles", -7), "OR": ("America/Los_Angeles", -7),
            "CA": ("America/Los_Angeles", -7), "IL": ("America/Chicago", -5), "MN": ("America/Chicago", -5),
            "MI": ("America/Detroit", -4), "OH": ("America/New_York", -4), "PA": ("America/New_York", -4),
            "NY": ("America/New_York", -4), "NJ": ("America/New_York", -4), "MA": ("America/New_York", -4),
            "MD": ("America/New_York", -4), "VA": ("America/New_York", -4), "NC": ("America/New_York", -4),
            "GA": ("America/New_York", -4), "TN": ("America/Chicago", -5), "FL": ("America/New_York", -4),
            "UT": ("America/Denver", -6), "NV": ("America/Los_Angeles", -7), "MO": ("America/Chicago", -5),
            "IN": ("America/Indiana/Indianapolis", -4), "WI": ("America/Chicago", -5),
            "NE": ("America/Chicago", -5), "NM": ("America/Denver", -6), "ID": ("America/Boise", -6),
            "KY": ("America/New_York", -4), "LA": ("America/Chicago", -5), "CT": ("America/New_York", -4),
            "RI": ("America/New_York", -4)}

# --------------------------------------------------------------------------------------------
# Networks: (key, asn, asOrg as Okta lower-cases it, isp, domain, first octets, class)
# class: residential | mobile | business | hosting | gateway | vpn | edu
NETWORKS = {
    "comcast": (7922, "comcast", "comcast cable communications  llc", "comcast.net", [73, 24, 98, 67, 76, 69], "residential"),
    "charter": (20115, "charter communications", "charter communications inc", "spectrum.com", [70, 47, 97, 174, 66], "residential"),
    "att": (7018, "at&t services", "at&t corp.", "att.net", [99, 107, 108, 104], "residential"),
    "verizon": (701, "verizon business", "verizon fios", "verizon.net", [71, 72, 100, 96], "residential"),
    "cox": (22773, "cox communications", "cox communications inc.", "cox.net", [68, 70, 72], "residential"),
    "frontier": (5650, "frontier communications", "frontier communications of america", "frontier.com", [47, 50], "residential"),
    "tmobile": (21928, "t-mobile usa", "t-mobile usa inc.", "tmodns.net", [172], "mobile"),
    "vzw": (6167, "cellco partnership dba verizon wireless", "verizon wireless", "myvzw.com", [174], "mobile"),
    "attm": (20057, "at&t mobility", "at&t mobility llc", "mycingular.net", [166], "mobile"),
    "cogent": (174, "cogent communications", "cogent communications", "cogentco.com", [38], "business"),
    "lumen": (3356, "level 3 parent", "lumen technologies", "lumen.com", [4, 8, 63], "business"),
    "zayo": (6461, "zayo bandwidth", "zayo bandwidth", "zayo.com", [64, 208], "business"),
    "comcastbiz": (7922, "comcast", "comcast business", "comcastbusiness.net", [50, 96], "business"),
    "zscaler": (53813, "zscaler", "zscaler inc.", "zscaler.net", [165, 136], "gateway"),
    "aws": (16509, "amazon.com", "amazon.com  inc.", "amazonaws.com", [3, 18, 52, 54], "hosting"),
    "azure": (8075, "microsoft corporation", "microsoft corporation", "microsoft.com", [20, 40, 52], "hosting"),
    "m247": (9009, "m247 europe srl", "m247 ltd", "m247.com", [185, 89, 146], "vpn"),
    "datacamp": (212238, "datacamp limited", "datacamp limited", "datacamp.co.uk", [185, 156], "vpn"),
    "mullvad": (39351, "31173 services ab", "31173 services ab", "31173.se", [193, 185], "vpn"),
    "proton": (62371, "proton ag", "proton ag", "proton.me", [146, 149], "vpn"),
    "vultr": (20473, "the constant company  llc", "vultr holdings llc", "vultr.com", [45, 66, 149, 207], "hosting"),
    "digitalocean": (14061, "digitalocean  llc", "digitalocean llc", "digitalocean.com", [134, 159, 167, 143], "hosting"),
    "linode": (63949, "akamai connected cloud", "linode", "linode.com", [172, 45, 139], "hosting"),
    "clouvider": (62240, "clouvider limited", "clouvider", "clouvider.net", [185, 194], "vpn"),
    "kt": (4766, "korea telecom", "kt corporation", "kt.co.kr", [121, 175, 211], "residential"),
    "skb": (9318, "sk broadband co ltd", "sk broadband", "skbroadband.com", [1, 58, 118], "residential"),
    "pldt": (9299, "philippine long distance telephone company", "pldt", "pldt.com", [112, 122, 180], "residential"),
    "globe": (4775, "globe telecoms", "globe telecom inc.", "globe.com.ph", [112, 124], "mobile"),
    "jio": (55836, "reliance jio infocomm limited", "reliance jio", "jio.com", [49, 157], "mobile"),
    "airtel": (24560, "bharti airtel ltd.", "bharti airtel", "airtel.in", [122, 182], "residential"),
    "viettel": (7552, "viettel group", "viettel corporation", "viettel.vn", [27, 171], "residential"),
    "unicom": (4837, "china unicom china169 backbone", "china unicom liaoning", "chinaunicom.cn", [175, 113, 124], "residential"),
    "rostelecom": (12389, "pjsc rostelecom", "rostelecom", "rt.ru", [95, 178], "residential"),
    "orangepl": (5617, "orange polska spolka akcyjna", "orange polska", "orange.pl", [83, 89], "residential"),
    "rogers": (812, "rogers communications canada inc.", "rogers cable", "rogers.com", [99, 174], "residential"),
    "bt": (2856, "british telecommunications plc", "bt", "bt.com", [86, 81], "residential"),
    "dtag": (3320, "deutsche telekom ag", "deutsche telekom", "t-ipconnect.de", [79, 87], "residential"),
    "ntt": (4713, "ntt communications corporation", "ntt ocn", "ocn.ne.jp", [114, 153], "residential"),
    "telmex": (8151, "uninet s.a. de c.v.", "telmex", "telmex.com", [187, 189], "residential"),
    "du": (15802, "emirates integrated telecommunications company pjsc", "du", "du.ae", [94, 2], "residential"),
    "wework": (3356, "level 3 parent", "lumen technologies", "lumen.com", [216, 67], "business"),
    "edu": (40127, "lakeshore state university", "lakeshore state university", "lsu-lakeshore.edu", [129], "edu"),
    "edu2": (32611, "riverside college network", "riverside college", "riversidecollege.edu", [128], "edu"),
}
RESIDENTIAL_US = [("comcast", 30), ("charter", 22), ("att", 18), ("verizon", 14), ("cox", 9), ("frontier", 7)]
MOBILE_US = [("tmobile", 40), ("vzw", 35), ("attm", 25)]
FOREIGN_RES = {"KR": ["kt", "skb"], "PH": ["pldt", "globe"], "IN": ["airtel", "jio"], "VN": ["viettel"],
               "PL": ["orangepl"], "CA": ["rogers"], "GB": ["bt"], "DE": ["dtag"], "JP": ["ntt"],
               "MX": ["telmex"], "CN": ["unicom"], "RU": ["rostelecom"], "AE": ["du"], "LA": ["viettel"],
               "ES": ["dtag"], "FR": ["dtag"]}
# where egress gateways and hosting sit
EGRESS_CITIES = [("Ashburn", "VA", "Virginia", 39.04, -77.49), ("Chicago", "IL", "Illinois", 41.88, -87.63),
                 ("San Jose", "CA", "California", 37.34, -121.89), ("Dallas", "TX", "Texas", 32.78, -96.80),
                 ("New York", "NY", "New York", 40.71, -74.01), ("Los Angeles", "CA", "California", 34.05, -118.24),
                 ("Seattle", "WA", "Washington", 47.61, -122.33), ("Atlanta", "GA", "Georgia", 33.75, -84.39),
                 ("Boardman", "OR", "Oregon", 45.84, -119.70), ("Miami", "FL", "Florida", 25.76, -80.19)]

# --------------------------------------------------------------------------------------------
# USB devices: (vendor, vendor_id, model, model_id, serial)
USB_MAC_BASE = [("Apple Inc.", "05ac", "AppleUSBXHCI Root Hub Simulation", "8007", "0"),
                ("Apple Inc.", "05ac", "Apple Internal Keyboard / Trackpad", "0342", ""),
                ("Apple Inc.", "05ac", "BRCM20702 Hub", "8294", "")]
USB_WIN_BASE = [("Intel Corp.", "8087", "AX201 Bluetooth", "0026", ""),
                ("Realtek Semiconductor Corp.", "0bda", "Integrated Webcam HD", "565a", "200901010001"),
                ("Synaptics, Inc.", "06cb", "Prometheus MIS Touch Fingerprint Reader", "00bd", "")]
USB_LINUX_BASE = [("Linux Foundation", "1d6b", "xHCI Host Controller", "0003", "0000:00:14.0"),
                  ("Linux Foundation", "1d6b", "2.0 root hub", "0002", "0000:00:14.0"),
                  ("Intel Corp.", "8087", "Bluetooth wireless interface", "0a2b", "")]
USB_PERIPH = [("Logitech, Inc.", "046d", "Unifying Receiver", "c52b", ""),
              ("Logitech, Inc.", "046d", "USB Receiver (Bolt)", "c548", ""),
              ("Yubico.com", "1050", "YubiKey OTP+FIDO+CCID", "0407", ""),
              ("GN Netcom", "0b0e", "Jabra Evolve2 65", "24c8", "70BF92C4A8E1"),
              ("Dell Inc.", "413c", "Dell dock", "b06e", ""),
              ("Genesys Logic, Inc.", "05e3", "USB2.0 Hub", "0610", ""),
              ("VIA Labs, Inc.", "2109", "USB3.0 Hub", "2817", ""),
              ("Plantronics, Inc.", "047f", "Poly Blackwire 3220", "c056", "A1B2C3D4E5F6"),
              ("Microsoft Corp.", "045e", "Microsoft Wired Keyboard 600", "0750", ""),
              ("Elgato Systems GmbH", "0fd9", "Stream Deck MK.2", "0080", ""),
              ("SanDisk Corp.", "0781", "Ultra Fit", "5583", "4C530001230411108201"),
              ("Samsung Electronics Co., Ltd", "04e8", "Portable SSD T7", "4001", "S5SANS0R604512")]
# KVM switches used by IT desks (not network KVMs)
USB_KVM_SWITCH = [("ATEN International Co., Ltd", "0557", "CS1924 KVMP Switch", "2419", ""),
                  ("Belkin Components", "050d", "F1DN102K Secure KVM", "0212", ""),
                  ("TESmart", "1a86", "HKS0401A KVM Switch", "e026", "")]
# IP-KVM default gadget identities (shared/samples/indicators/ip_kvm_usb_gadget_ids.csv)
USB_IPKVM = {
    "pikvm": ("PiKVM", "1d6b", "PiKVM Composite Device", "0104", "CAFEBABE"),
    "tinypilot": ("tinypilot", "1d6b", "Multifunction USB Device", "0104", "6b65796d696d6570690"),
    "jetkvm": ("JetKVM", "1d6b", "USB Emulation Device", "0104", ""),
    "nanokvm": ("sipeed", "3346", "NanoKVM", "1009", "0123456789ABCDEF"),
    "generic": ("Linux Foundation", "1d6b", "Multifunction Composite Gadget", "0104", ""),
    "renamed": ("Logitech", "1d6b", "USB Keyboard", "0104", ""),          # strings overridden, ids kept
    "cloned": ("Logitech, Inc.", "046d", "USB Keyboard", "c31c", ""),       # ids overridden too
}

# --------------------------------------------------------------------------------------------
# processes (windows name, mac name)
APPS_COMMON = [("chrome.exe", "Google Chrome"), ("msedge.exe", "Microsoft Edge"), ("ms-teams.exe", "Microsoft Teams"),
               ("OUTLOOK.EXE", "Microsoft Outlook"), ("slack.exe", "Slack"), ("Zoom.exe", "zoom.us"),
               ("OneDrive.exe", "OneDrive"), ("explorer.exe", "Finder"), ("CSFalconService.exe", "falcond"),
               ("EXCEL.EXE", "Microsoft Excel"), ("1Password.exe", "1Password")]
APPS_DEV = [("Code.exe", "Code Helper"), ("docker.exe", "com.docker.backend"), ("node.exe", "node"),
            ("idea64.exe", "idea"), ("postgres.exe", "postgres"), ("WindowsTerminal.exe", "iTerm2"), ("python.exe", "python3")]
APPS_SUPPORT = [("Citrix.DesktopViewer.exe", "Citrix Viewer"), ("wfica32.exe", "Citrix Workspace"),
                ("Five9Softphone.exe", "Five9"), ("Genesys.exe", "Genesys Cloud")]
APPS_CLINICAL = [("EpicHyperspace.exe", "Epic"), ("Imprivata.exe", "Imprivata OneSign")]
ZSCALER_PROC = ("ZSATunnel.exe", "Zscaler")
VPN_PROCS = [("PanGPA.exe", "GlobalProtect"), ("vpnui.exe", "Cisco Secure Client"), ("FortiClient.exe", "FortiClient")]
PERSONAL_VPN_PROCS = [("nordvpn-service.exe", "NordVPN"), ("ProtonVPN.exe", "ProtonVPN"), ("mullvad-daemon.exe", "mullvad-daemon"),
                      ("expressvpnd.exe", "ExpressVPN")]
ASTRILL_PROC = ("astrill.exe", "Astrill")
# remote-management tools (LOLRMM process names)
RMM = {
    "anydesk": ("AnyDesk.exe", "AnyDesk", "C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe", "/Applications/AnyDesk.app/Contents/MacOS/AnyDesk", "7070/tcp"),
    "teamviewer": ("TeamViewer_Service.exe", "TeamViewer", "C:\\Program Files\\TeamViewer\\TeamViewer_Service.exe", "/Applications/TeamViewer.app/Contents/MacOS/TeamViewer", "5938/tcp"),
    "rustdesk": ("rustdesk.exe", "rustdesk", "C:\\Program Files\\RustDesk\\rustdesk.exe", "/Applications/RustDesk.app/Contents/MacOS/rustdesk", "21118/tcp"),
    "crd": ("remoting_host.exe", "remoting_me2me_host", "C:\\Program Files (x86)\\Google\\Chrome Remote Desktop\\CurrentVersion\\remoting_host.exe", "/Library/PrivilegedHelperTools/ChromeRemoteDesktopHost.app/Contents/MacOS/remoting_me2me_host", ""),
    "splashtop": ("SRServer.exe", "Splashtop Streamer", "C:\\Program Files (x86)\\Splashtop\\Splashtop Remote\\Server\\SRServer.exe", "/Applications/Splashtop Streamer.app/Contents/MacOS/Splashtop Streamer", ""),
    "parsec": ("parsecd.exe", "parsecd", "C:\\Program Files\\Parsec\\parsecd.exe", "/Applications/Parsec.app/Contents/MacOS/parsecd", ""),
    "screenconnect": ("ScreenConnect.ClientService.exe", "connectwisecontrol-client", "C:\\Program Files (x86)\\ScreenConnect Client (4f1a2b3c)\\ScreenConnect.ClientService.exe", "/opt/connectwisecontrol-4f1a2b3c/ClientService", ""),
    "automate": ("LTSVC.exe", "ltsvc", "C:\\Windows\\LTSvc\\LTSVC.exe", "/usr/local/ltechagent/ltechagent", ""),
    "ninja": ("NinjaRMMAgent.exe", "NinjaRMMAgent", "C:\\Program Files (x86)\\NinjaRMMAgent\\NinjaRMMAgent.exe", "/Applications/NinjaRMMAgent/programfiles/ninjarmm-macagent", ""),
    "nable": ("BASupSrvc.exe", "Take Control Agent", "C:\\Program Files (x86)\\BeAnywhere Support Express\\GetSupportService\\BASupSrvc.exe", "/Applications/Take Control Agent.app/Contents/MacOS/Take Control Agent", ""),
}
FLEET_RMM = ["screenconnect", "automate", "ninja", "nable"]     # deployed fleet-wide by some IT teams / MSPs
FARM_RMM = [("anydesk", 30), ("rustdesk", 18), ("teamviewer", 14), ("crd", 14), ("splashtop", 8), ("parsec", 6)]

GATEWAY_OUI = ["a0:40:a0", "50:c7:bf", "74:83:c2", "f8:bb:bf", "10:56:11", "c0:56:27", "e8:9f:80",
               "9c:53:22", "b0:be:76", "44:d9:e7", "18:e8:29", "00:1b:54"]

MAC_MODELS = ["MacBookPro18,3", "MacBookPro18,1", "Mac14,7", "Mac14,9", "Mac15,3", "MacBookAir10,1", "Mac15,12"]
WIN_MODELS = ["Latitude 7440", "Latitude 5540", "ThinkPad T14 Gen 4", "ThinkPad X1 Carbon Gen 11",
              "HP EliteBook 840 G10", "Precision 5680", "Surface Laptop 5"]
LINUX_MODELS = ["ThinkPad P1 Gen 6", "XPS 13 Plus 9320", "Framework Laptop 13"]

UA = {
    "mac": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
    "win": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36 Edg/129.0.2792.79",
    "linux": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
    "iphone": "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1",
    "android": "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.81 Mobile Safari/537.36",
    "firefox_win": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:131.0) Gecko/20100101 Firefox/131.0",
}
UA_OS = {"mac": ("Mac OS X", "CHROME", "Computer"), "win": ("Windows 10", "EDGE_CHROMIUM", "Computer"),
         "linux": ("Linux", "CHROME", "Computer"), "iphone": ("iOS", "SAFARI", "Mobile"),
         "android": ("Android", "CHROME", "Mobile"), "firefox_win": ("Windows 10", "FIREFOX", "Computer")}

# --------------------------------------------------------------------------------------------
SKILLS = {
    "software": ["Python", "Go", "TypeScript", "React", "Node.js", "Kubernetes", "AWS", "PostgreSQL", "Terraform",
                 "Java", "Spring Boot", "GraphQL", "Rust", "Kafka", "Redis", "Docker", "CI/CD", "Django"],
    "data": ["SQL", "dbt", "Snowflake", "Airflow", "Spark", "Tableau", "Python", "pandas", "Looker"],
    "web3": ["Solidity", "Web3.js", "Ethers.js", "Smart Contracts", "React", "Node.js", "Hardhat", "DeFi"],
    "it": ["Active Directory", "Intune", "Jamf", "ServiceNow", "Okta", "Windows Server", "Networking", "M365"],
    "clinical": ["Epic", "Patient Care", "BLS", "ACLS", "Charting", "Triage"],
    "support": ["Customer Service", "Zendesk", "Salesforce", "De-escalation", "Five9", "Ticketing"],
    "finance": ["Excel", "NetSuite", "Reconciliation", "GAAP", "Accounts Payable", "FP&A"],
    "retail": ["Merchandising", "Inventory", "POS", "Shopify", "Visual Display"],
}
TEMPLATE_SUMMARIES = [
    "Results-driven professional with a proven track record of delivering high-quality work in fast-paced environments.",
    "Detail-oriented team player with excellent communication skills and a passion for continuous learning.",
    "Motivated self-starter who thrives on solving complex problems and collaborating across teams.",
]
UNIVERSITIES = ["University of Michigan", "Arizona State University", "Georgia Tech", "UC Davis", "Rutgers University",
                "Purdue University", "University of Texas at Austin", "Ohio State University", "UCLA",
                "University of Washington", "Penn State", "University of Florida", "San Jose State University",
                "Seoul National University", "University of the Philippines", "IIT Bombay", "Hanoi University of Science and Technology",
                "Warsaw University of Technology", "University of Toronto", "Lakeshore State University"]
PAST_EMPLOYERS = ["Accenture", "Deloitte", "IBM", "Oracle", "Cognizant", "Capital One", "Target", "Walmart Labs",
                  "Salesforce", "Intuit", "Cerner", "Kaiser Permanente", "Infosys", "Wipro", "EPAM", "Toptal",
                  "Upwork (freelance)", "Comcast", "State Farm", "Humana", "Best Buy", "Teleperformance",
                  "Concentrix", "TaskUs", "Robert Half", "Insight Global", "TEKsystems"]
