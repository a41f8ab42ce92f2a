"""Reference data for the Hirepath world: names, places, networks, software, resume material."""

# ---------------------------------------------------------------- names by origin
FIRST = {
    "anglo": ("James John Robert Michael William David Richard Joseph Thomas Christopher Daniel Matthew Anthony Mark "
              "Steven Andrew Joshua Kevin Brian Ryan Jacob Tyler Brandon Justin Eric Kyle Zachary Nathan Adam Aaron "
              "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Emily Ashley Amanda Megan "
              "Rachel Lauren Hannah Olivia Emma Madison Abigail Samantha Katherine Nicole Stephanie Heather Allison "
              "Caitlin Brittany Jordan Taylor Morgan Casey Logan Ethan Noah Liam Mason Lucas Owen Caleb Grace Chloe").split(),
    "hispanic": ("Jose Luis Carlos Juan Miguel Jorge Alejandro Diego Javier Fernando Ricardo Eduardo Andres Mateo "
                 "Santiago Gabriel Maria Ana Sofia Valentina Camila Isabella Lucia Daniela Gabriela Paola Fernanda "
                 "Mariana Alejandra Veronica Carolina Adriana").split(),
    "chinese": ("Wei Jie Hao Yu Lei Jun Ming Tao Chen Bo Xin Yang Lin Jing Hui Yan Ying Xiaoling Mei Fang Li Qiang "
                "Kevin Eric Jason Vivian Grace Amy Jenny Annie").split(),
    "korean": ("Minjun Seojun Jiho Hyun Jin Sungmin Donghyun Jaewon Joon Taeyang Jiwoo Seoyeon Jiyeon Minji Hana "
               "Soyeon Eunji Yuna Daniel Grace Esther David Paul Sarah").split(),
    "indian": ("Rahul Amit Rohit Vikram Arjun Siddharth Karthik Pranav Aditya Rajesh Suresh Venkat Srinivas Anil "
               "Priya Ananya Divya Sneha Pooja Kavya Lakshmi Deepika Neha Shreya Aishwarya Meera Harish Naveen "
               "Sai Ravi Ramesh Ganesh").split(),
    "vietnamese": "Minh Anh Tuan Hung Duc Long Nam Quang Thanh Huy Linh Trang Huong Mai Thao Lan Ngoc Phuong".split(),
    "filipino": ("Mark John Paolo Carlo Miguel Rafael Jerome Angelo Kristine Maricel Jocelyn Rowena Angelica "
                 "Camille Patricia Joy").split(),
    "slavic": ("Oleksandr Andriy Dmytro Serhiy Mykola Ivan Taras Bohdan Volodymyr Yuriy Olena Iryna Natalia Oksana "
               "Kateryna Yulia Anastasia Alexei Dmitri Sergei Mikhail Pavel Tomasz Piotr Krzysztof Marcin Agnieszka "
               "Katarzyna Magdalena").split(),
    "nigerian": "Chinedu Emeka Oluwaseun Tunde Ifeanyi Chukwuemeka Adebayo Femi Ngozi Chioma Funmilayo Aisha Yetunde Kemi".split(),
    "japanese": "Haruto Ren Yuto Sota Takumi Kenji Hiroshi Daiki Yui Aoi Hina Sakura Yuki Mei Naoko".split(),
    "brazilian": "Lucas Gabriel Rafael Thiago Bruno Felipe Gustavo Leonardo Ana Beatriz Larissa Juliana Camila Fernanda".split(),
    "arabic": "Omar Ahmed Mohammed Khalid Youssef Karim Hassan Layla Fatima Noor Sara Mariam Rania".split(),
}
LAST = {
    "anglo": ("Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson "
              "Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker "
              "Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris "
              "Murphy Cook Rogers Morgan Cooper Peterson Bailey Reed Kelly Howard Cox Ward Richardson Watson Brooks "
              "Wood James Bennett Gray Hughes Price Sanders Myers Long Ross Foster Powell Jenkins Perry Russell "
              "Sullivan Bell Coleman Butler Henderson Barnes Fisher Vasquez Hayes Meyer Graham Schmidt Hoffman").split(),
    "hispanic": ("Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera Gomez "
                 "Diaz Cruz Morales Reyes Gutierrez Ortiz Ramos Castillo Mendoza Vargas Romero Herrera Medina Aguilar "
                 "Jimenez Ruiz Alvarez Castro").split(),
    "chinese": "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Zheng Liang Xie Song Tang".split(),
    "korean": "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong".split(),
    "indian": ("Sharma Patel Singh Kumar Gupta Reddy Rao Iyer Nair Menon Joshi Desai Mehta Shah Agarwal Verma "
               "Chowdhury Krishnan Subramanian Venkatesan Pillai Bhat Kulkarni Banerjee Mukherjee").split(),
    "vietnamese": "Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ho Ngo Duong Ly".split(),
    "filipino": "Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Villanueva Ramos Aquino Dela Cruz Castillo".split(),
    "slavic": ("Kovalenko Bondarenko Shevchenko Tkachenko Kravchenko Melnyk Boyko Ivanov Petrov Smirnov Kuznetsov "
               "Popov Sokolov Nowak Kowalski Wisniewski Wojcik Kaminski Lewandowski Zielinski").split(),
    "nigerian": "Okafor Adeyemi Okonkwo Eze Nwosu Balogun Ogunleye Afolabi Ibrahim Chukwu Obi Adewale".split(),
    "japanese": "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada".split(),
    "brazilian": "Silva Santos Oliveira Souza Lima Pereira Costa Ferreira Almeida Carvalho Ribeiro Rocha".split(),
    "arabic": "Haddad Khalil Nasser Mansour Saleh Hamdan Aziz Farah Qureshi Rahman".split(),
}
MIDDLE = "A B C D E F G H J K L M N P R S T W".split()

# US origin mix of US residents (names come from the same mixes for honest people and personas)
US_ORIGIN_MIX = [("anglo", 58), ("hispanic", 14), ("chinese", 6), ("indian", 8), ("korean", 3), ("vietnamese", 2),
                 ("filipino", 2), ("slavic", 3), ("nigerian", 2), ("arabic", 1), ("japanese", 1)]

# ---------------------------------------------------------------- US places
# city, state, zip prefix, lat, lon, tz, area codes
US_CITIES = [
    ("San Francisco", "CA", "941", 37.77, -122.42, "America/Los_Angeles", ["415", "628"]),
    ("San Jose", "CA", "951", 37.34, -121.89, "America/Los_Angeles", ["408", "669"]),
    ("Oakland", "CA", "946", 37.80, -122.27, "America/Los_Angeles", ["510", "341"]),
    ("Los Angeles", "CA", "900", 34.05, -118.24, "America/Los_Angeles", ["213", "323", "310"]),
    ("San Diego", "CA", "921", 32.72, -117.16, "America/Los_Angeles", ["619", "858"]),
    ("Irvine", "CA", "926", 33.68, -117.83, "America/Los_Angeles", ["949"]),
    ("Seattle", "WA", "981", 47.61, -122.33, "America/Los_Angeles", ["206"]),
    ("Bellevue", "WA", "980", 47.61, -122.20, "America/Los_Angeles", ["425"]),
    ("Portland", "OR", "972", 45.52, -122.68, "America/Los_Angeles", ["503", "971"]),
    ("Phoenix", "AZ", "850", 33.45, -112.07, "America/Phoenix", ["602", "480", "623"]),
    ("Scottsdale", "AZ", "852", 33.49, -111.93, "America/Phoenix", ["480"]),
    ("Litchfield Park", "AZ", "853", 33.49, -112.36, "America/Phoenix", ["623"]),
    ("Denver", "CO", "802", 39.74, -104.99, "America/Denver", ["303", "720"]),
    ("Salt Lake City", "UT", "841", 40.76, -111.89, "America/Denver", ["801", "385"]),
    ("Austin", "TX", "787", 30.27, -97.74, "America/Chicago", ["512", "737"]),
    ("Dallas", "TX", "752", 32.78, -96.80, "America/Chicago", ["214", "469", "972"]),
    ("Houston", "TX", "770", 29.76, -95.37, "America/Chicago", ["713", "832", "281"]),
    ("Chicago", "IL", "606", 41.88, -87.63, "America/Chicago", ["312", "773", "872"]),
    ("Minneapolis", "MN", "554", 44.98, -93.27, "America/Chicago", ["612"]),
    ("Nashville", "TN", "372", 36.16, -86.78, "America/Chicago", ["615", "629"]),
    ("Atlanta", "GA", "303", 33.75, -84.39, "America/New_York", ["404", "678", "470"]),
    ("Miami", "FL", "331", 25.76, -80.19, "America/New_York", ["305", "786"]),
    ("Tampa", "FL", "336", 27.95, -82.46, "America/New_York", ["813"]),
    ("Raleigh", "NC", "276", 35.78, -78.64, "America/New_York", ["919", "984"]),
    ("Charlotte", "NC", "282", 35.23, -80.84, "America/New_York", ["704", "980"]),
    ("Washington", "DC", "200", 38.91, -77.04, "America/New_York", ["202"]),
    ("Arlington", "VA", "222", 38.88, -77.10, "America/New_York", ["703", "571"]),
    ("Baltimore", "MD", "212", 39.29, -76.61, "America/New_York", ["410", "443"]),
    ("Philadelphia", "PA", "191", 39.95, -75.17, "America/New_York", ["215", "267"]),
    ("Pittsburgh", "PA", "152", 40.44, -80.00, "America/New_York", ["412"]),
    ("New York", "NY", "100", 40.71, -74.01, "America/New_York", ["212", "646", "917"]),
    ("Brooklyn", "NY", "112", 40.68, -73.94, "America/New_York", ["718", "347", "929"]),
    ("Jersey City", "NJ", "073", 40.72, -74.05, "America/New_York", ["201", "551"]),
    ("Edison", "NJ", "088", 40.52, -74.41, "America/New_York", ["732", "848"]),
    ("Boston", "MA", "021", 42.36, -71.06, "America/New_York", ["617", "857"]),
    ("Cambridge", "MA", "021", 42.37, -71.11, "America/New_York", ["617"]),
    ("Columbus", "OH", "432", 39.96, -83.00, "America/New_York", ["614"]),
    ("Detroit", "MI", "482", 42.33, -83.05, "America/Detroit", ["313"]),
    ("Ann Arbor", "MI", "481", 42.28, -83.74, "America/Detroit", ["734"]),
    ("Indianapolis", "IN", "462", 39.77, -86.16, "America/Indiana/Indianapolis", ["317"]),
    ("Hillsboro", "OR", "971", 45.52, -122.99, "America/Los_Angeles", ["503"]),
    ("Sugar Land", "TX", "774", 29.62, -95.63, "America/Chicago", ["281"]),
]
# weights roughly by tech-jobseeker population
US_CITY_W = [9, 5, 3, 7, 3, 2, 6, 2, 3, 3, 1, 0.5, 3, 2, 5, 4, 4, 5, 2, 2, 3, 2, 1.5, 2, 1.5, 2, 2, 1.5, 2, 1, 7, 4,
             1.5, 1.5, 4, 1.5, 1.5, 1, 1, 1, 0.7, 0.7]

STREETS = ("Main Oak Maple Cedar Pine Elm Washington Lake Hill Park Sunset Highland Lincoln Jefferson Madison Church "
           "Willow Walnut Chestnut Spring Ridge Meadow Forest River Valley Union Franklin Grant Mission Broadway "
           "Magnolia Dogwood Aspen Juniper Cypress Sycamore Laurel Hawthorne Birch Poplar Orchard Prospect Summit "
           "Greenwood Fairview Lakeview Riverside Woodland Kingston Wellington Canyon Mesa Desert Palo Verde Saguaro").split()
STREET_TYPES = [("Street", "St"), ("Avenue", "Ave"), ("Road", "Rd"), ("Drive", "Dr"), ("Lane", "Ln"),
                ("Court", "Ct"), ("Boulevard", "Blvd"), ("Way", "Way"), ("Place", "Pl"), ("Circle", "Cir")]
UNIT_WORDS = [("Apt", "Apartment", "#"), ("Unit", "Unit", "#"), ("Suite", "Ste", "#")]

# ---------------------------------------------------------------- foreign places (country, city, lat, lon, tz, keyboard, origin)
FOREIGN = {
    "IN": [("Bengaluru", 12.97, 77.59), ("Hyderabad", 17.39, 78.49), ("Pune", 18.52, 73.86), ("Chennai", 13.08, 80.27),
           ("Noida", 28.54, 77.39)],
    "PH": [("Manila", 14.60, 120.98), ("Cebu City", 10.32, 123.89), ("Quezon City", 14.68, 121.04)],
    "UA": [("Kyiv", 50.45, 30.52), ("Lviv", 49.84, 24.03), ("Kharkiv", 49.99, 36.23)],
    "PL": [("Warsaw", 52.23, 21.01), ("Krakow", 50.06, 19.94), ("Wroclaw", 51.11, 17.04)],
    "MX": [("Mexico City", 19.43, -99.13), ("Guadalajara", 20.66, -103.35), ("Monterrey", 25.69, -100.32)],
    "BR": [("Sao Paulo", -23.55, -46.63), ("Florianopolis", -27.60, -48.55), ("Belo Horizonte", -19.92, -43.94)],
    "AR": [("Buenos Aires", -34.60, -58.38), ("Cordoba", -31.42, -64.18)],
    "CO": [("Bogota", 4.71, -74.07), ("Medellin", 6.24, -75.58)],
    "NG": [("Lagos", 6.52, 3.38), ("Abuja", 9.08, 7.40)],
    "VN": [("Ho Chi Minh City", 10.82, 106.63), ("Hanoi", 21.03, 105.85), ("Da Nang", 16.05, 108.20)],
    "KR": [("Seoul", 37.57, 126.98), ("Busan", 35.18, 129.08), ("Pangyo", 37.39, 127.11)],
    "CN": [("Shanghai", 31.23, 121.47), ("Shenzhen", 22.54, 114.06), ("Beijing", 39.90, 116.41), ("Hangzhou", 30.27, 120.16)],
    "JP": [("Tokyo", 35.68, 139.69), ("Osaka", 34.69, 135.50)],
    "CA": [("Toronto", 43.65, -79.38), ("Vancouver", 49.28, -123.12), ("Montreal", 45.50, -73.57)],
    "GB": [("London", 51.51, -0.13), ("Manchester", 53.48, -2.24)],
    "DE": [("Berlin", 52.52, 13.40), ("Munich", 48.14, 11.58)],
    "PK": [("Lahore", 31.55, 74.34), ("Karachi", 24.86, 67.01)],
    "EG": [("Cairo", 30.04, 31.24)],
    "PT": [("Lisbon", 38.72, -9.14)],
    "TH": [("Bangkok", 13.76, 100.50), ("Chiang Mai", 18.79, 98.99)],
    "ID": [("Bali", -8.65, 115.22), ("Jakarta", -6.21, 106.85)],
    "ES": [("Barcelona", 41.39, 2.17)],
}
COUNTRY_TZ = {"IN": "Asia/Kolkata", "PH": "Asia/Manila", "UA": "Europe/Kyiv", "PL": "Europe/Warsaw",
              "MX": "America/Mexico_City", "BR": "America/Sao_Paulo", "AR": "America/Argentina/Buenos_Aires",
              "CO": "America/Bogota", "NG": "Africa/Lagos", "VN": "Asia/Ho_Chi_Minh", "KR": "Asia/Seoul",
              "CN": "Asia/Shanghai", "JP": "Asia/Tokyo", "CA": "America/Toronto", "GB": "Europe/London",
              "DE": "Europe/Berlin", "PK": "Asia/Karachi", "EG": "Africa/Cairo", "PT": "Europe/Lisbon",
              "TH": "Asia/Bangkok", "ID": "Asia/Jakarta", "ES": "Europe/Madrid", "RU": "Asia/Vladivostok",
              "LA": "Asia/Vientiane", "KP": "Asia/Pyongyang"}
COUNTRY_KEYBOARD = {"IN": "en-IN", "PH": "en-PH", "UA": "uk-UA", "PL": "pl-PL", "MX": "es-MX", "BR": "pt-BR",
                    "AR": "es-AR", "CO": "es-CO", "NG": "en-NG", "VN": "vi-VN", "KR": "ko-KR", "CN": "zh-CN",
                    "JP": "ja-JP", "CA": "en-CA", "GB": "en-GB", "DE": "de-DE", "PK": "en-PK", "EG": "ar-EG",
                    "PT": "pt-PT", "TH": "th-TH", "ID": "id-ID", "ES": "es-ES"}
COUNTRY_ORIGIN = {"IN": "indian", "PH": "filipino", "UA": "slavic", "PL": "slavic", "MX": "hispanic", "BR": "brazilian",
                  "AR": "hispanic", "CO": "hispanic", "NG": "nigerian", "VN": "vietnamese", "KR": "korean",
                  "CN": "chinese", "JP": "japanese", "CA": "anglo", "GB": "anglo", "DE": "anglo", "PK": "arabic",
                  "EG": "arabic", "PT": "brazilian", "TH": "anglo", "ID": "anglo", "ES": "hispanic"}
ORIGIN_HOME = {"hispanic": "MX", "chinese": "CN", "korean": "KR", "indian": "IN", "vietnamese": "VN", "filipino": "PH",
               "slavic": "UA", "nigerian": "NG", "japanese": "JP", "brazilian": "BR", "arabic": "EG"}
ORIGIN_KEYBOARD = {"hispanic": "es-MX", "chinese": "zh-CN", "korean": "ko-KR", "indian": "hi-IN", "vietnamese": "vi-VN",
                   "filipino": "fil-PH", "slavic": "uk-UA", "nigerian": "en-NG", "japanese": "ja-JP",
                   "brazilian": "pt-BR", "arabic": "ar-EG"}
# remote-international candidates' countries
INTL_MIX = [("IN", 22), ("PH", 8), ("UA", 7), ("PL", 6), ("MX", 8), ("BR", 7), ("AR", 4), ("CO", 5), ("NG", 6),
            ("VN", 4), ("KR", 3), ("CN", 2), ("CA", 10), ("GB", 5), ("DE", 2), ("PK", 4), ("EG", 2), ("JP", 1)]

# ---------------------------------------------------------------- networks
# key: (asn, owner, kind, first octets pool)
US_RES_ISPS = [
    (7922, "Comcast Cable Communications, LLC", ["73", "98", "24", "67", "76"]),
    (20115, "Charter Communications", ["71", "47", "97", "174"]),
    (7018, "AT&T Services, Inc.", ["99", "107", "104", "108"]),
    (701, "Verizon Business", ["100", "108", "71", "96"]),
    (22773, "Cox Communications Inc.", ["68", "70", "72"]),
    (16591, "Google Fiber Inc.", ["136", "104"]),
    (209, "CenturyLink Communications, LLC", ["75", "97", "65"]),
    (11427, "Charter Communications (Spectrum TX)", ["66", "70"]),
]
US_MOBILE = [
    (21928, "T-Mobile USA, Inc.", "172.56"),
    (21928, "T-Mobile USA, Inc.", "172.58"),
    (22394, "Verizon Wireless", "174.205"),
    (20057, "AT&T Mobility LLC", "166.205"),
]
FOREIGN_ISPS = {
    "IN": [(24560, "Bharti Airtel Ltd.", "122.171"), (55836, "Reliance Jio Infocomm Limited", "49.36"),
           (45609, "Bharti Airtel Ltd. AS for GPRS Service", "106.205")],
    "PH": [(9299, "Philippine Long Distance Telephone Company", "112.198"), (132199, "Globe Telecom Inc.", "180.190")],
    "UA": [(15895, "Kyivstar PJSC", "46.211"), (3255, "UARNet", "194.44")],
    "PL": [(5617, "Orange Polska Spolka Akcyjna", "83.27"), (12741, "Netia SA", "89.69")],
    "MX": [(8151, "UNINET", "189.203"), (28548, "Cablevision S.A. de C.V.", "187.190")],
    "BR": [(28573, "Claro NXT Telecomunicacoes Ltda", "177.32"), (18881, "TELEFONICA BRASIL S.A", "179.98")],
    "AR": [(7303, "Telecom Argentina S.A.", "181.46")],
    "CO": [(3816, "COLOMBIA TELECOMUNICACIONES S.A. ESP", "181.55")],
    "NG": [(29465, "MTN NIGERIA Communication limited", "102.89"), (36873, "Airtel Networks Limited", "105.112")],
    "VN": [(7552, "Viettel Group", "27.72"), (45899, "VNPT Corp", "14.177")],
    "KR": [(4766, "Korea Telecom", "121.134"), (9318, "SK Broadband Co Ltd", "175.209")],
    "CN": [(4134, "Chinanet", "116.228"), (4837, "CHINA UNICOM China169 Backbone", "123.112")],
    "JP": [(2516, "KDDI CORPORATION", "106.180"), (4713, "NTT Communications Corporation", "153.207")],
    "CA": [(812, "Rogers Communications Canada Inc.", "99.224"), (577, "Bell Canada", "70.50")],
    "GB": [(2856, "British Telecommunications PLC", "86.145"), (5089, "Virgin Media Limited", "82.38")],
    "DE": [(3320, "Deutsche Telekom AG", "91.54")],
    "PK": [(17557, "Pakistan Telecommunication Company Limited", "39.40")],
    "EG": [(8452, "TE-AS", "41.40")],
    "PT": [(3243, "MEO - SERVICOS DE COMUNICACOES E MULTIMEDIA S.A.", "85.245")],
    "TH": [(17552, "True Online", "171.96")],
    "ID": [(7713, "PT Telekomunikasi Indonesia", "36.85")],
    "ES": [(3352, "TELEFONICA DE ESPANA S.A.U.", "88.6")],
}
# operator bases (used only by the fraud side) -- home ISP address space
BASES = {
    "Shenyang": ("CN", 41.80, 123.43, "Asia/Shanghai", (4837, "CHINA UNICOM China169 Backbone", "113.224")),
    "Dandong": ("CN", 40.12, 124.38, "Asia/Shanghai", (4837, "CHINA UNICOM China169 Backbone", "175.170")),
    "Yanji": ("CN", 42.89, 129.51, "Asia/Shanghai", (4134, "Chinanet", "222.161")),
    "Vladivostok": ("RU", 43.12, 131.89, "Asia/Vladivostok", (12389, "PJSC Rostelecom", "95.188")),
    "Vientiane": ("LA", 17.97, 102.63, "Asia/Vientiane", (9873, "Lao Telecom Communication, LTC", "115.84")),
}
NK_NET = (131279, "Ryugyong-dong", "175.45.17")  # 175.45.176.0/22

# commercial VPN providers: (name, asn, owner, first-octet prefixes)
VPNS = {
    "astrill": [(9009, "M247 Europe SRL", "38.132"), (60068, "Datacamp Limited", "89.187"),
                (203020, "HostRoyale Technologies Pvt Ltd", "45.89"), (20473, "The Constant Company, LLC", "45.63")],
    "nordvpn": [(60068, "Datacamp Limited", "185.216"), (9009, "M247 Europe SRL", "37.120")],
    "expressvpn": [(396356, "Latitude.sh", "185.213"), (136787, "TEFINCOM S.A.", "193.37")],
    "mullvad": [(39351, "31173 Services AB", "193.138"), (9009, "M247 Europe SRL", "146.70")],
    "protonvpn": [(209103, "Proton AG", "149.88"), (62371, "Proton AG", "185.159")],
    "surfshark": [(9009, "M247 Europe SRL", "212.102"), (212238, "Datacamp Limited", "156.146")],
    "private_relay": [(36183, "Akamai Technologies, Inc.", "172.225"), (13335, "Cloudflare, Inc.", "104.28")],
    "warp": [(13335, "Cloudflare, Inc.", "104.28")],
}
HOSTING = [(16509, "Amazon.com, Inc.", "3.91"), (16509, "Amazon.com, Inc.", "54.172"), (14061, "DigitalOcean, LLC", "159.89"),
           (14061, "DigitalOcean, LLC", "167.99"), (20473, "The Constant Company, LLC", "45.77"),
           (63949, "Akamai Connected Cloud", "172.105"), (16276, "OVH SAS", "51.81"), (24940, "Hetzner Online GmbH", "5.161")]
ZSCALER = (53813, "Zscaler, Inc.", ["165.225", "136.226", "147.161"])
NETSKOPE = (55256, "Netskope Inc", ["163.116"])
COWORK = [(7922, "WeWork Companies LLC (via Comcast Business)", "50.206"), (174, "Cogent Communications (Industrious)", "38.104")]
UNIVERSITIES = [
    ("University of Michigan", "Ann Arbor", "umich.edu", 36375, "141.211"),
    ("Georgia Institute of Technology", "Atlanta", "gatech.edu", 2637, "143.215"),
    ("University of Texas at Austin", "Austin", "utexas.edu", 18, "128.83"),
    ("University of Washington", "Seattle", "uw.edu", 73, "128.95"),
    ("Arizona State University", "Phoenix", "asu.edu", 2900, "149.169"),
    ("Rutgers University", "Edison", "rutgers.edu", 46, "128.6"),
    ("Northeastern University", "Boston", "northeastern.edu", 156, "155.33"),
    ("University of Illinois Chicago", "Chicago", "uic.edu", 6200, "131.193"),
    ("San Jose State University", "San Jose", "sjsu.edu", 2152, "130.65"),
    ("Carnegie Mellon University", "Pittsburgh", "cmu.edu", 9, "128.2"),
    ("University of Central Florida", "Tampa", "ucf.edu", 3447, "132.170"),
    ("Ohio State University", "Columbus", "osu.edu", 159, "164.107"),
]
BOOTCAMPS = [("Launchpad Academy", "launchpadacademy.io", "New York"), ("Hack Reactor-style Codeworks", "codeworks.dev", "San Francisco"),
             ("Ridgeline Coding School", "ridgelinecoding.com", "Denver"), ("Tech Elevator Labs", "techelevatorlabs.com", "Columbus"),
             ("Byte Foundry", "bytefoundry.io", "Austin"), ("Northstar Data Academy", "northstardata.ai", "Chicago"),
             ("Sunbelt Code Camp", "sunbeltcode.org", "Atlanta"), ("Cascade Dev Bootcamp", "cascadedev.school", "Seattle")]

# ---------------------------------------------------------------- software and devices
UA = {
    "win_chrome": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "win_edge": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36 Edg/{v}.0.0.0",
    "mac_chrome": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "mac_safari": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{m} Safari/605.1.15",
    "iphone": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_{m} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{m} Mobile/15E148 Safari/604.1",
    "android": "Mozilla/5.0 (Linux; Android 14; {model}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Mobile Safari/537.36",
    "linux_firefox": "Mozilla/5.0 (X11; Linux x86_64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0",
    "win_firefox": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0",
}
ANDROID_MODELS = ["SM-S918B", "Pixel 8", "Pixel 7a", "SM-A546E", "moto g power 5G", "2201116SG", "CPH2581"]

LAPTOPS_MAC = ["MacBookPro18,3", "MacBookPro18,1", "Mac14,7", "Mac15,3", "MacBookAir10,1", "Mac14,2"]
LAPTOPS_WIN = ["Latitude 7440", "Latitude 5540", "ThinkPad T14 Gen 4", "ThinkPad X1 Carbon Gen 11", "EliteBook 840 G10",
               "XPS 13 9315", "Surface Laptop 5"]
BASE_PROCS_MAC = ["launchd", "WindowServer", "Finder", "Dock", "Slack", "zoom.us", "Google Chrome", "Microsoft Teams",
                  "1Password", "Spotlight", "loginwindow", "Safari", "Microsoft Outlook", "Notion"]
BASE_PROCS_WIN = ["explorer.exe", "svchost.exe", "chrome.exe", "msedge.exe", "slack.exe", "Zoom.exe", "ms-teams.exe",
                  "OUTLOOK.EXE", "OneDrive.exe", "SearchHost.exe", "RuntimeBroker.exe", "1Password.exe"]
EDR_PROCS = ["falcond", "CSFalconService.exe", "SentinelAgent", "osqueryd", "jamf", "IntuneManagementExtension.exe",
             "Kandji Agent", "ZSATunnel.exe", "nessusd"]
DEV_PROCS = ["Code", "Code.exe", "idea", "pycharm", "docker", "com.docker.backend", "node", "python3", "java", "iTerm2",
             "WindowsTerminal.exe", "postgres", "ssh", "git", "DataGrip", "Postman", "figma_agent", "Tableau"]
REMOTE_TOOLS_HONEST = ["TeamViewer", "TeamViewer.exe", "AnyDesk", "AnyDesk.exe", "Chrome Remote Desktop Host",
                       "remoting_host.exe", "mstsc.exe", "Microsoft Remote Desktop", "ScreenConnect.ClientService.exe",
                       "Splashtop Streamer"]
REMOTE_TOOLS_FRAUD = ["AnyDesk.exe", "AnyDesk", "RustDesk", "rustdesk.exe", "remoting_host.exe", "TeamViewer.exe",
                      "Chrome Remote Desktop Host", "vncserver", "tvnserver.exe", "ScreenConnect.ClientService.exe"]
VPN_CLIENT_PROCS = {"astrill": ["astrill.exe", "ASProxy.exe", "Astrill"], "nordvpn": ["NordVPN", "nordvpn-service.exe"],
                    "expressvpn": ["ExpressVPN", "expressvpnd"], "mullvad": ["mullvad-daemon"],
                    "protonvpn": ["ProtonVPN", "ProtonVPNService.exe"], "surfshark": ["Surfshark.Service.exe"]}
CHAT_APPS_ASIA = ["KakaoTalk", "KakaoTalk.exe", "WeChat", "WeChat.exe", "QQ.exe", "Telegram", "Telegram.exe"]
USB_COMMON = [("Logitech BRIO", "046d", "085e"), ("USB Receiver", "046d", "c52b"), ("Apple Magic Keyboard", "05ac", "029c"),
              ("YubiKey OTP+FIDO+CCID", "1050", "0407"), ("CalDigit TS4", "2188", "0035"), ("Dell WD19TBS Dock", "413c", "b06e"),
              ("USB 3.0 Hub", "2109", "0817"), ("Jabra Evolve2 65", "0b0e", "245d"), ("Logitech C920", "046d", "082d"),
              ("AirPods Pro", "05ac", "200e"), ("SanDisk Ultra", "0781", "5581"), ("Anker PowerExpand", "0bda", "8153")]
USB_KVM = [("PiKVM Composite KVM Device", "1d6b", "0104"), ("TinyPilot", "1d6b", "0104"),
           ("JetKVM", "1d6b", "0104"), ("GL.iNet Comet KVM", "1d6b", "0104"), ("ATEN CN9600", "0557", "2419"),
           ("USB3.0 HD Video Capture", "534d", "2109")]
USB_HOMELAB = [("PiKVM Composite KVM Device", "1d6b", "0104"), ("CP2102 USB to UART Bridge", "10c4", "ea60"),
               ("FT232R USB UART", "0403", "6001"), ("Elgato Cam Link 4K", "0fd9", "0066")]
DISPLAYS = ["DELL U2720Q", "DELL P2422H", "LG ULTRAFINE", "LG HDR 4K", "Studio Display", "Built-in Retina Display",
            "Color LCD", "SAMSUNG", "ASUS VG27A", "HP E24 G5", "BenQ GW2780"]
DISPLAYS_KVM = ["PiKVM", "TinyPilot", "HDMI", "Virtual Display", "MS2109", "Generic PnP Monitor"]

# ---------------------------------------------------------------- jobs and resumes
ROLES = {
    "swe": ["Software Engineer", "Senior Software Engineer", "Backend Engineer", "Full Stack Engineer", "Staff Engineer",
            "Frontend Engineer"],
    "mobile": ["iOS Engineer", "Android Engineer", "Mobile Developer"],
    "data": ["Data Engineer", "Data Scientist", "Analytics Engineer", "Machine Learning Engineer"],
    "devops": ["DevOps Engineer", "Site Reliability Engineer", "Cloud Engineer", "Platform Engineer"],
    "it": ["IT Support Specialist", "Systems Administrator", "IT Manager", "Help Desk Technician"],
    "design": ["Product Designer", "UX Designer", "UI Designer"],
    "pm": ["Product Manager", "Technical Program Manager", "Project Manager"],
    "sales": ["Account Executive", "Sales Development Representative", "Customer Success Manager"],
    "ops": ["Operations Analyst", "Recruiting Coordinator", "HR Generalist", "Financial Analyst"],
    "web3": ["Blockchain Developer", "Smart Contract Engineer", "Solidity Developer"],
}
ROLE_W = [("swe", 34), ("mobile", 5), ("data", 12), ("devops", 8), ("it", 7), ("design", 6), ("pm", 7),
          ("sales", 10), ("ops", 9), ("web3", 2)]
SKILLS = {
    "swe": "Python Java Go TypeScript JavaScript React Node.js Django Flask Spring PostgreSQL MySQL Redis Kafka AWS GCP Docker Kubernetes GraphQL REST gRPC Rust C# .NET Ruby Rails".split(),
    "mobile": "Swift SwiftUI Kotlin Java Android iOS Flutter React-Native Firebase Xcode Jetpack".split(),
    "data": "Python SQL Spark Airflow dbt Snowflake BigQuery Pandas PyTorch TensorFlow scikit-learn Tableau Looker Databricks".split(),
    "devops": "AWS Terraform Kubernetes Docker Ansible Jenkins GitHub-Actions Prometheus Grafana Linux Bash Python Datadog Helm".split(),
    "it": "Active-Directory Okta Jamf Intune Office365 Windows-Server ServiceNow Networking Cisco VMware Zendesk Google-Workspace".split(),
    "design": "Figma Sketch Adobe-XD Prototyping User-Research Design-Systems Illustrator Accessibility".split(),
    "pm": "Roadmapping Agile Scrum JIRA SQL A/B-Testing Stakeholder-Management Confluence OKRs".split(),
    "sales": "Salesforce HubSpot Outreach Gong Negotiation Prospecting SaaS Forecasting".split(),
    "ops": "Excel Workday Greenhouse NetSuite SQL Process-Improvement Reporting Budgeting".split(),
    "web3": "Solidity Ethereum Hardhat Foundry Web3.js ethers.js Rust Solana DeFi Smart-Contracts TypeScript".split(),
}
VERBS = ("Built Designed Led Implemented Migrated Reduced Improved Automated Developed Launched Scaled Optimized Owned "
         "Refactored Delivered Mentored Architected Streamlined Introduced Partnered").split()
OBJECTS = {
    "swe": ["a payments microservice handling {n}K requests per minute", "the customer-facing checkout flow in React",
            "an internal GraphQL gateway used by {n} teams", "CI pipelines, cutting build time by {p}%",
            "a legacy monolith to Kubernetes-hosted services", "p99 API latency by {p}%", "a feature-flag platform",
            "real-time notifications with WebSockets and Redis", "an event-driven order pipeline on Kafka",
            "the search indexing service, improving relevance by {p}%", "authentication and SSO integration (OAuth2/SAML)",
            "a multi-tenant billing system", "observability dashboards and on-call runbooks", "test coverage from {p}% to 85%"],
    "mobile": ["the iOS app's offline mode", "app startup time by {p}%", "a shared design system for iOS and Android",
               "crash-free sessions to 99.{n}%", "in-app purchases and subscriptions", "push notification infrastructure"],
    "data": ["a churn model lifting retention by {p}%", "batch ETL pipelines in Airflow processing {n}TB daily",
             "the company's dbt project with {n} models", "a feature store for ML training", "executive KPI dashboards",
             "anomaly detection for fraud losses", "a recommendation model serving {n}M users", "data quality checks"],
    "devops": ["infrastructure as code for {n} AWS accounts with Terraform", "cloud spend by {p}%",
               "zero-downtime deploys with Argo CD", "a Prometheus/Grafana monitoring stack", "incident response processes",
               "Kubernetes clusters serving {n}K pods", "disaster recovery drills"],
    "it": ["onboarding for {n} employees per month", "Okta SSO rollout across {n} applications", "Jamf and Intune device management",
           "help desk tickets resolved within SLA at {p}%", "laptop imaging and shipping to remote staff", "Office 365 migration"],
    "design": ["the onboarding flow redesign, raising activation by {p}%", "a component library in Figma",
               "usability studies with {n} customers", "the mobile app's navigation", "accessibility audit to WCAG 2.1 AA"],
    "pm": ["a roadmap for a product line with ${n}M ARR", "discovery interviews with {n} customers",
           "the launch of a self-serve tier", "cross-functional delivery across {n} teams", "pricing experiments"],
    "sales": ["{p}% of annual quota", "a pipeline of ${n}M", "enterprise accounts in the Northeast", "a new outbound playbook",
              "renewals for {n} mid-market accounts"],
    "ops": ["monthly close from 10 to {n} days", "recruiting pipeline reporting", "vendor onboarding", "headcount planning models",
            "HRIS data migration to Workday"],
    "web3": ["ERC-20 and ERC-721 contracts audited by {n} firms", "a DeFi lending protocol's liquidation engine",
             "gas costs by {p}%", "a cross-chain bridge integration", "an NFT marketplace's smart contracts"],
}
SUMMARIES = [
    "{title} with {y}+ years of experience building reliable, scalable products.",
    "Results-driven {title} passionate about clean code and great user experiences.",
    "{title} with a track record of shipping high-impact features in fast-paced teams.",
    "Detail-oriented {title} experienced across the full lifecycle, from design to production.",
    "{title} who enjoys hard problems, mentoring and collaborating with product and design.",
    "Self-motivated {title} with {y} years of remote experience working with distributed teams.",
    "Experienced {title} focused on performance, security and maintainability.",
]
PAST_COMPANIES = ("Acme Corp|Globex|Initech|Umbrella Health|Stark Industries|Wayne Financial|Hooli|Pied Piper|Vandelay Imports|"
                  "Soylent Foods|Cyberdyne Systems|Massive Dynamic|Aperture Labs|Oscorp|Wonka Industries|Tyrell Corp|"
                  "Blue Sun|Gringotts Bank|Monarch Solutions|Dunder Mifflin|Prestige Worldwide|Sterling Cooper|"
                  "Rekall Inc|Nakatomi Trading|Contoso|Fabrikam|Northwind Traders|Adventure Works|Tailspin Toys|"
                  "Litware|Proseware|Wingtip Toys|Fourth Coffee|Woodgrove Bank|Alpine Ski House|Coho Winery|"
                  "Lucerne Publishing|Margie's Travel|Trey Research|Humongous Insurance|Datum Corporation|Relecloud|"
                  "Best For You Organics|Consolidated Messenger|Graphic Design Institute|Southridge Video|"
                  "Fincher Architects|VanArsdel Ltd|Bellows College|City Power & Light").split("|")
DEGREES = ["B.S. Computer Science", "B.S. Information Systems", "M.S. Computer Science", "B.A. Economics", "B.S. Mathematics",
           "B.E. Computer Engineering", "B.Tech Information Technology", "M.S. Data Science", "B.S. Electrical Engineering",
           "B.A. Psychology", "B.F.A. Graphic Design", "MBA"]
FOREIGN_UNIS = {"IN": ["Anna University", "VIT Vellore", "JNTU Hyderabad", "Pune University"],
                "PH": ["University of the Philippines", "Ateneo de Manila University"], "UA": ["Kyiv Polytechnic Institute", "Lviv Polytechnic"],
                "PL": ["Warsaw University of Technology"], "MX": ["UNAM", "Tecnologico de Monterrey"],
                "BR": ["Universidade de Sao Paulo"], "NG": ["University of Lagos", "Covenant University"],
                "VN": ["Hanoi University of Science and Technology"], "KR": ["Seoul National University", "KAIST", "Yonsei University"],
                "CN": ["Zhejiang University", "Wuhan University"], "JP": ["Tokyo Institute of Technology"],
                "CA": ["University of Waterloo", "University of Toronto"], "GB": ["University of Manchester"],
                "AR": ["Universidad de Buenos Aires"], "CO": ["Universidad de los Andes"], "PK": ["LUMS"], "EG": ["Cairo University"],
                "DE": ["TU Munich"], "JP2": []}
US_UNIS_EXTRA = ["Penn State University", "Purdue University", "UCLA", "UC San Diego", "Texas A&M University", "University of Florida",
                 "Rochester Institute of Technology", "Virginia Tech", "Boston University", "DePaul University", "Portland State University",
                 "University of Colorado Boulder", "CUNY Hunter College", "Western Governors University", "Southern New Hampshire University"]

# ---------------------------------------------------------------- employers
EMP_STEMS = ("Bright North Blue Iron Silver Quantum Harbor Summit Vector Lumen Cobalt Apex Cedar Orbit Pixel Atlas Beacon "
             "Nimbus Copper Granite Signal Meridian Falcon Tandem Kinetic Ember Prism Nova Polar Sable Verdant Crescent "
             "Lattice Keystone Horizon Pioneer Redwood Slate Torch Zenith Willow Arbor Clearwater Foundry Ridge Solstice "
             "Mosaic Catalyst Evergreen Highline Juniper Kestrel Lodestar Marble Onyx Pinnacle Quarry Radiant Sparrow "
             "Trident Union Vantage Wavecrest Yardline Anchor Bluebird Cinder Drift Element Fathom Gale Helix Indigo").split()
EMP_SUFFIX = ["Labs", "Systems", "Health", "Analytics", "Software", "Technologies", "AI", "Pay", "Logistics", "Bio",
              "Networks", "Cloud", "Robotics", "Security", "Financial", "Media", "Energy", "Learning", "Commerce", "Data"]
AGENCY_NAMES = ["TalentBridge Staffing", "Apex Tech Partners", "Keystone Recruiting Group", "Nexus IT Staffing",
                "BlueOcean Talent", "Summit Search Partners", "Pinnacle Technical Resources", "Coastal Consulting Group",
                "Prime Tech Solutions", "Horizon Workforce", "Crestline Staffing", "Vertex Talent"]
OFFSHORE_AGENCIES = [("Sriven Infotech Inc", "IN", "Hyderabad"), ("Cygnus Soft Solutions LLC", "IN", "Hyderabad"),
                     ("NextGen IT Consulting Inc", "IN", "Bengaluru"), ("Manila Talent Hub", "PH", "Manila"),
                     ("Vedic Systems Corp", "IN", "Noida"), ("Kaizen Global Staffing", "IN", "Pune")]
PAYROLL_PROVIDERS = ["ADP", "Gusto", "Rippling", "Paychex", "Workday Payroll", "Justworks", "TriNet"]
EORS = ["Deel", "Remote.com", "Oyster", "Papaya Global", "Multiplier"]
NAMESERVERS = {"aws": "ns-{a}.awsdns-{b}.org;ns-{c}.awsdns-{d}.com", "cloudflare": "{x}.ns.cloudflare.com;{y}.ns.cloudflare.com",
               "godaddy": "ns{a}.domaincontrol.com;ns{b}.domaincontrol.com", "google": "ns-cloud-{x}1.googledomains.com;ns-cloud-{x}2.googledomains.com",
               "azure": "ns1-0{a}.azure-dns.com;ns2-0{a}.azure-dns.net", "namecheap": "dns1.registrar-servers.com;dns2.registrar-servers.com"}
CF_NAMES = ["ada", "bob", "cody", "dana", "elle", "fred", "gina", "hank", "iris", "jack", "kara", "leo", "mia", "noah",
            "olga", "pete", "rita", "sam", "tina", "vera", "walt", "zara"]
PRIVACY_EMAILS = ["{d}@withheldforprivacy.com", "{d}@domainsbyproxy.com", "redacted-{h}@privacyguardian.org",
                  "contact-{h}@whoisprivacy.net"]
EMAIL_PROVIDERS = [("gmail.com", 62), ("outlook.com", 9), ("yahoo.com", 8), ("icloud.com", 7), ("hotmail.com", 5),
                   ("proton.me", 2), ("aol.com", 1), ("protonmail.com", 1), ("me.com", 1)]
VOIP_LINE_TYPES = ["voip", "nonFixedVoip", "VOIP", "NonFixedVoip", "nonfixedvoip"]
