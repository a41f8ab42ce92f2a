"""Static catalogues for the Ledgerline world: names, places, networks, software.

Everything here is invented or generic public knowledge (city names, carrier names, common
software); no real person's data.  The generator in world.py draws from these tables with a
seeded random.Random, so the world is deterministic for a seed.
"""

# ----------------------------------------------------------------------------------- names
NAMES = {
    "western": (
        "James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel "
        "Matthew Anthony Mark Steven Paul Andrew Joshua Kevin Brian George Timothy Ryan Jacob Jason "
        "Eric Jonathan Justin Brandon Benjamin Samuel Nathan Tyler Aaron Adam Kyle Ethan Noah Logan "
        "Lucas Mason Owen Caleb Dylan Luke Isaac Connor Evan Ian Max Oliver Henry Leo Jack Liam Sam "
        "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Emily Ashley Amanda "
        "Melissa Rachel Laura Hannah Megan Lauren Olivia Emma Sophia Ava Chloe Grace Natalie Claire "
        "Anna Julia Zoe Lily Ella Abigail Madison Katherine Rebecca Victoria Alexis Kayla Morgan Taylor "
        "Jordan Casey Riley Avery Quinn",
        "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin "
        "Jackson Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill "
        "Green Adams Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards "
        "Collins Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey Bell Kelly Howard "
        "Ward Cox Richardson Wood Watson Brooks Bennett Gray Hughes Price Sanders Myers Long Ross Foster "
        "Powell Jenkins Perry Russell Sullivan Fisher Henderson Coleman Simmons Patterson Jordan Reynolds "
        "Hamilton Graham Wallace Cole West Stone Hayes Gibson Ellis Marshall Hunt Palmer Holmes Lawson "
        "Fletcher Schultz Becker Weber Hoffmann Klein Wagner Schneider Fischer Meyer Dubois Laurent "
        "Moreau Bernard Lefebvre Jansen DeVries Visser Bakker Nielsen Larsen Berg Lindqvist Novak",
    ),
    "hispanic": (
        "Jose Juan Carlos Luis Miguel Jorge Diego Alejandro Mateo Santiago Sebastian Andres Javier "
        "Fernando Ricardo Pablo Emilio Rafael Tomas Ignacio Maria Sofia Valentina Camila Lucia Isabella "
        "Daniela Gabriela Paula Mariana Fernanda Ana Carolina Elena Florencia Agustina Martina",
        "Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera "
        "Gomez Diaz Reyes Morales Cruz Ortiz Gutierrez Chavez Ramos Ruiz Alvarez Mendoza Castillo "
        "Jimenez Vargas Romero Herrera Medina Aguilar Silva Castro Rojas Fernandez Suarez Acosta",
    ),
    "portuguese": (
        "Joao Pedro Lucas Gabriel Rafael Gustavo Felipe Thiago Bruno Rodrigo Vinicius Matheus Leonardo "
        "Beatriz Larissa Camila Juliana Fernanda Leticia Amanda Bruna Mariana Carolina Ines Rita",
        "Silva Santos Oliveira Souza Lima Pereira Ferreira Costa Rodrigues Almeida Nascimento Carvalho "
        "Araujo Ribeiro Gomes Martins Rocha Barbosa Mendes Cardoso Teixeira Correia Moreira",
    ),
    "indian": (
        "Aarav Arjun Rohan Rahul Amit Vikram Sanjay Rajesh Karthik Aditya Nikhil Siddharth Varun Pranav "
        "Harsh Ankit Deepak Suresh Akash Yash Priya Ananya Divya Sneha Pooja Kavya Neha Shreya Aditi "
        "Riya Meera Lakshmi Anjali Ishita Nandini",
        "Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Rao Mehta Shah Joshi Verma Agarwal Chopra "
        "Malhotra Bhat Menon Pillai Desai Kulkarni Jain Mishra Pandey Srinivasan Krishnan Banerjee",
    ),
    "chinese": (
        "Wei Jie Hao Yang Lei Jun Tao Ming Qiang Bo Chen Yu Xin Yi Jing Li Fang Min Ying Hui Lan Xiu "
        "Zihan Yuxuan Haoran Zhiwei Jiahao Junjie Xinyi Yutong Shihan Ruoxi Mengyao Zixuan Tianyu "
        "Kaiwen Siyuan Yiming",
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang "
        "Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang",
    ),
    "korean": (
        "Minjun Seojun Doyun Jiho Jihoon Hyunwoo Junseo Donghyun Sungmin Jaehyun Taeyang Woojin "
        "Seungho Kyungsoo Youngjae Sanghoon Jungwoo Hyunjin Jiwon Seoyeon Minseo Jiyoung Sujin Eunji "
        "Hyejin Yuna Soyeon Dahyun Chaewon Nayeon Jimin Haeun Yerin Subin",
        "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong",
    ),
    "japanese": (
        "Haruto Yuto Sota Riku Kaito Ren Takumi Kenji Hiroshi Takeshi Daiki Shota Kazuki Naoki Yuki "
        "Sakura Yui Hina Aoi Mei Rin Yuna Haruka Misaki Nanami Ayaka Mao Kana Emi Saki",
        "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada "
        "Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto "
        "Ishikawa Ogawa Okada Goto Fujita Maeda",
    ),
    "vietnamese": (
        "Minh Anh Duc Hung Tuan Quang Huy Long Nam Khoa Phuc Thanh Hieu Dung Trung Linh Trang Huong "
        "Thao Mai Ngoc Hanh Lan Vy Quynh Phuong Thu",
        "Nguyen Tran Le Pham Hoang Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly",
    ),
    "slavic": (
        "Oleksandr Andriy Dmytro Serhiy Maksym Ivan Mykola Yuriy Vlad Artem Bogdan Taras Piotr Tomasz "
        "Krzysztof Pawel Michal Marek Jakub Lukasz Stefan Nikola Marko Milos Aleksandar Dusan Olena "
        "Iryna Natalia Kateryna Yulia Oksana Anna Agnieszka Katarzyna Magdalena Joanna Milica Jelena",
        "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Kovalchuk Marchenko "
        "Nowak Kowalski Wisniewski Wojcik Kaminski Lewandowski Zielinski Szymanski Wozniak Dabrowski "
        "Jovanovic Petrovic Nikolic Markovic Djordjevic Stojanovic Ilic Popovic Horvat Kovac Dvorak",
    ),
    "nigerian": (
        "Chinedu Emeka Oluwaseun Tunde Ifeanyi Chukwuemeka Segun Babajide Obinna Kelechi Femi Ade "
        "Chiamaka Ngozi Adaeze Funmilayo Yetunde Temitope Blessing Chioma Amaka Folake",
        "Okafor Adeyemi Okonkwo Eze Nwosu Ogunleye Balogun Adebayo Okeke Obi Afolabi Onyekachi "
        "Nwachukwu Ibrahim Bello Olawale Ogunbiyi Uche Akinola",
    ),
    "turkish_arabic": (
        "Mehmet Ahmet Mustafa Emre Burak Can Omer Yusuf Ali Hasan Omar Khalid Faisal Tariq Karim Zain "
        "Elif Zeynep Ayse Fatma Leyla Aisha Fatima Noor Layla Sara Mariam",
        "Yilmaz Kaya Demir Sahin Celik Yildiz Aydin Ozturk Arslan Dogan Khan Rahman Hussain Malik "
        "Haddad Nasser Saleh Mansour Aziz Qureshi Siddiqui Farooq Hashemi",
    ),
    "sea": (
        "Budi Agus Rizky Dimas Arif Putra Adi Fajar Joko Bayu Mark Paolo Miguel Carlo Jericho Paolo "
        "Siti Dewi Putri Ayu Rina Maria Kristine Jasmine Angelica Nicole Somchai Niran Kittipong "
        "Ploy Nattaya",
        "Santoso Wijaya Pratama Saputra Hidayat Kusuma Setiawan Nugroho Santos Reyes Cruz Bautista "
        "Ocampo Villanueva Mendoza Dela-Cruz Aquino Srisuk Wongsawat Chaiyaporn Rattanakorn",
    ),
}
NAMES = {k: (v[0].split(), v[1].split()) for k, v in NAMES.items()}

# ------------------------------------------------------------------------------- countries
# code: (name, [(city, region, lat, lon)], tz, keyboard, {culture: weight}, email domains)
COUNTRIES = {
    "US": ("United States", [("New York", "NY", 40.71, -74.0), ("San Francisco", "CA", 37.77, -122.42),
            ("Austin", "TX", 30.27, -97.74), ("Miami", "FL", 25.76, -80.19), ("Denver", "CO", 39.74, -104.99),
            ("Seattle", "WA", 47.61, -122.33), ("Chicago", "IL", 41.88, -87.63), ("Atlanta", "GA", 33.75, -84.39),
            ("Boston", "MA", 42.36, -71.06), ("Los Angeles", "CA", 34.05, -118.24), ("Phoenix", "AZ", 33.45, -112.07),
            ("Nashville", "TN", 36.16, -86.78), ("Columbus", "OH", 39.96, -83.0), ("Portland", "OR", 45.52, -122.68),
            ("Raleigh", "NC", 35.78, -78.64), ("Dallas", "TX", 32.78, -96.8), ("Minneapolis", "MN", 44.98, -93.27),
            ("Salt Lake City", "UT", 40.76, -111.89), ("Philadelphia", "PA", 39.95, -75.17), ("Tampa", "FL", 27.95, -82.46),
            ("Litchfield Park", "AZ", 33.49, -112.36), ("Nashua", "NH", 42.77, -71.47), ("Sioux Falls", "SD", 43.54, -96.73)],
           "America/New_York", "en-US",
           {"western": 60, "hispanic": 10, "indian": 9, "chinese": 6, "korean": 4, "vietnamese": 2,
            "japanese": 1, "slavic": 3, "nigerian": 2, "turkish_arabic": 3}, ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.com"]),
    "CA": ("Canada", [("Toronto", "ON", 43.65, -79.38), ("Vancouver", "BC", 49.28, -123.12), ("Montreal", "QC", 45.5, -73.57),
            ("Calgary", "AB", 51.05, -114.07), ("Waterloo", "ON", 43.46, -80.52)], "America/Toronto", "en-US",
           {"western": 55, "chinese": 12, "indian": 12, "korean": 5, "slavic": 5, "turkish_arabic": 5, "vietnamese": 3, "hispanic": 3},
           ["gmail.com", "outlook.com", "hotmail.com", "icloud.com"]),
    "GB": ("United Kingdom", [("London", "", 51.51, -0.13), ("Manchester", "", 53.48, -2.24), ("Edinburgh", "", 55.95, -3.19),
            ("Bristol", "", 51.45, -2.59), ("Leeds", "", 53.8, -1.55), ("Cambridge", "", 52.2, 0.12)], "Europe/London", "en-GB",
           {"western": 70, "indian": 10, "turkish_arabic": 6, "slavic": 5, "nigerian": 4, "chinese": 5},
           ["gmail.com", "outlook.com", "hotmail.co.uk", "icloud.com", "proton.me"]),
    "DE": ("Germany", [("Berlin", "", 52.52, 13.4), ("Munich", "", 48.14, 11.58), ("Hamburg", "", 53.55, 9.99),
            ("Cologne", "", 50.94, 6.96), ("Frankfurt", "", 50.11, 8.68)], "Europe/Berlin", "de-DE",
           {"western": 75, "turkish_arabic": 10, "slavic": 10, "chinese": 2, "indian": 3}, ["gmail.com", "gmx.de", "web.de", "proton.me", "outlook.de"]),
    "FR": ("France", [("Paris", "", 48.86, 2.35), ("Lyon", "", 45.76, 4.84), ("Toulouse", "", 43.6, 1.44), ("Nantes", "", 47.22, -1.55)],
           "Europe/Paris", "fr-FR", {"western": 80, "turkish_arabic": 12, "vietnamese": 3, "nigerian": 5},
           ["gmail.com", "orange.fr", "free.fr", "outlook.fr", "proton.me"]),
    "NL": ("Netherlands", [("Amsterdam", "", 52.37, 4.9), ("Rotterdam", "", 51.92, 4.48), ("Utrecht", "", 52.09, 5.12)],
           "Europe/Amsterdam", "en-US", {"western": 80, "turkish_arabic": 10, "slavic": 5, "indian": 5}, ["gmail.com", "outlook.com", "proton.me"]),
    "PT": ("Portugal", [("Lisbon", "", 38.72, -9.14), ("Porto", "", 41.15, -8.61)], "Europe/Lisbon", "pt-PT",
           {"portuguese": 75, "western": 20, "slavic": 5}, ["gmail.com", "sapo.pt", "outlook.pt"]),
    "ES": ("Spain", [("Madrid", "", 40.42, -3.7), ("Barcelona", "", 41.39, 2.17), ("Valencia", "", 39.47, -0.38)],
           "Europe/Madrid", "es-ES", {"hispanic": 85, "western": 10, "turkish_arabic": 5}, ["gmail.com", "hotmail.es", "outlook.es"]),
    "CH": ("Switzerland", [("Zurich", "", 47.38, 8.54), ("Zug", "", 47.17, 8.52), ("Geneva", "", 46.2, 6.14)], "Europe/Zurich", "de-CH",
           {"western": 85, "slavic": 5, "indian": 5, "chinese": 5}, ["gmail.com", "bluewin.ch", "proton.me"]),
    "PL": ("Poland", [("Warsaw", "", 52.23, 21.01), ("Krakow", "", 50.06, 19.94), ("Wroclaw", "", 51.11, 17.04)], "Europe/Warsaw", "pl-PL",
           {"slavic": 95, "western": 5}, ["gmail.com", "wp.pl", "onet.pl", "o2.pl"]),
    "UA": ("Ukraine", [("Kyiv", "", 50.45, 30.52), ("Lviv", "", 49.84, 24.03), ("Kharkiv", "", 49.99, 36.23), ("Odesa", "", 46.48, 30.72)],
           "Europe/Kyiv", "uk-UA", {"slavic": 100}, ["gmail.com", "ukr.net", "i.ua"]),
    "RS": ("Serbia", [("Belgrade", "", 44.79, 20.45), ("Novi Sad", "", 45.27, 19.83)], "Europe/Belgrade", "sr-Latn-RS",
           {"slavic": 100}, ["gmail.com", "yahoo.com"]),
    "TR": ("Turkiye", [("Istanbul", "", 41.01, 28.98), ("Ankara", "", 39.93, 32.86), ("Izmir", "", 38.42, 27.14)], "Europe/Istanbul", "tr-TR",
           {"turkish_arabic": 100}, ["gmail.com", "hotmail.com", "yandex.com"]),
    "AE": ("United Arab Emirates", [("Dubai", "", 25.2, 55.27), ("Abu Dhabi", "", 24.45, 54.38)], "Asia/Dubai", "en-US",
           {"turkish_arabic": 35, "indian": 30, "western": 20, "slavic": 10, "chinese": 5}, ["gmail.com", "outlook.com", "icloud.com"]),
    "IL": ("Israel", [("Tel Aviv", "", 32.09, 34.78), ("Haifa", "", 32.79, 34.99)], "Asia/Jerusalem", "he-IL",
           {"western": 80, "slavic": 20}, ["gmail.com", "walla.co.il"]),
    "IN": ("India", [("Bengaluru", "", 12.97, 77.59), ("Hyderabad", "", 17.39, 78.49), ("Pune", "", 18.52, 73.86),
            ("Mumbai", "", 19.08, 72.88), ("New Delhi", "", 28.61, 77.21), ("Chennai", "", 13.08, 80.27)], "Asia/Kolkata", "en-IN",
           {"indian": 100}, ["gmail.com", "outlook.com", "yahoo.co.in", "rediffmail.com"]),
    "PK": ("Pakistan", [("Lahore", "", 31.55, 74.34), ("Karachi", "", 24.86, 67.0), ("Islamabad", "", 33.68, 73.05)], "Asia/Karachi", "en-US",
           {"turkish_arabic": 100}, ["gmail.com", "outlook.com", "yahoo.com"]),
    "NG": ("Nigeria", [("Lagos", "", 6.52, 3.38), ("Abuja", "", 9.08, 7.4), ("Port Harcourt", "", 4.82, 7.05)], "Africa/Lagos", "en-US",
           {"nigerian": 100}, ["gmail.com", "yahoo.com", "outlook.com"]),
    "KE": ("Kenya", [("Nairobi", "", -1.29, 36.82), ("Mombasa", "", -4.04, 39.67)], "Africa/Nairobi", "en-US",
           {"nigerian": 30, "western": 10, "indian": 10, "sea": 0.01}, ["gmail.com", "yahoo.com"]),
    "BR": ("Brazil", [("Sao Paulo", "SP", -23.55, -46.63), ("Rio de Janeiro", "RJ", -22.91, -43.17), ("Florianopolis", "SC", -27.6, -48.55),
            ("Belo Horizonte", "MG", -19.92, -43.94)], "America/Sao_Paulo", "pt-BR", {"portuguese": 90, "japanese": 4, "western": 6},
           ["gmail.com", "hotmail.com", "outlook.com", "uol.com.br"]),
    "AR": ("Argentina", [("Buenos Aires", "", -34.6, -58.38), ("Cordoba", "", -31.42, -64.18), ("Rosario", "", -32.95, -60.65)],
           "America/Argentina/Buenos_Aires", "es-AR", {"hispanic": 90, "western": 10}, ["gmail.com", "hotmail.com", "yahoo.com.ar"]),
    "MX": ("Mexico", [("Mexico City", "CDMX", 19.43, -99.13), ("Guadalajara", "JAL", 20.67, -103.35), ("Monterrey", "NL", 25.69, -100.32)],
           "America/Mexico_City", "es-MX", {"hispanic": 100}, ["gmail.com", "hotmail.com", "outlook.com"]),
    "SG": ("Singapore", [("Singapore", "", 1.35, 103.82)], "Asia/Singapore", "en-US",
           {"chinese": 60, "indian": 15, "western": 15, "sea": 10}, ["gmail.com", "outlook.com", "yahoo.com.sg"]),
    "HK": ("Hong Kong", [("Hong Kong", "", 22.32, 114.17)], "Asia/Hong_Kong", "zh-HK",
           {"chinese": 85, "western": 15}, ["gmail.com", "yahoo.com.hk", "outlook.com"]),
    "TW": ("Taiwan", [("Taipei", "", 25.03, 121.57), ("Taichung", "", 24.15, 120.67)], "Asia/Taipei", "zh-TW",
           {"chinese": 100}, ["gmail.com", "yahoo.com.tw"]),
    "CN": ("China", [("Shanghai", "", 31.23, 121.47), ("Beijing", "", 39.9, 116.41), ("Shenzhen", "", 22.54, 114.06),
            ("Hangzhou", "", 30.27, 120.15), ("Chengdu", "", 30.57, 104.07), ("Shenyang", "", 41.8, 123.43)], "Asia/Shanghai", "zh-CN",
           {"chinese": 100}, ["qq.com", "163.com", "gmail.com", "outlook.com", "foxmail.com"]),
    "KR": ("South Korea", [("Seoul", "", 37.57, 126.98), ("Busan", "", 35.18, 129.08), ("Pangyo", "", 37.39, 127.11),
            ("Daejeon", "", 36.35, 127.38)], "Asia/Seoul", "ko-KR", {"korean": 100}, ["gmail.com", "naver.com", "kakao.com", "daum.net"]),
    "JP": ("Japan", [("Tokyo", "", 35.68, 139.69), ("Osaka", "", 34.69, 135.5), ("Fukuoka", "", 33.59, 130.4), ("Kyoto", "", 35.01, 135.77)],
           "Asia/Tokyo", "ja-JP", {"japanese": 100}, ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp"]),
    "VN": ("Vietnam", [("Ho Chi Minh City", "", 10.82, 106.63), ("Hanoi", "", 21.03, 105.85), ("Da Nang", "", 16.05, 108.2)],
           "Asia/Ho_Chi_Minh", "vi-VN", {"vietnamese": 100}, ["gmail.com", "yahoo.com", "outlook.com"]),
    "TH": ("Thailand", [("Bangkok", "", 13.76, 100.5), ("Chiang Mai", "", 18.79, 98.98)], "Asia/Bangkok", "th-TH",
           {"sea": 100}, ["gmail.com", "hotmail.com"]),
    "ID": ("Indonesia", [("Jakarta", "", -6.2, 106.85), ("Bali", "", -8.65, 115.22), ("Bandung", "", -6.91, 107.61)], "Asia/Jakarta", "id-ID",
           {"sea": 100}, ["gmail.com", "yahoo.co.id"]),
    "PH": ("Philippines", [("Manila", "", 14.6, 120.98), ("Cebu", "", 10.32, 123.89)], "Asia/Manila", "en-US",
           {"sea": 100}, ["gmail.com", "yahoo.com"]),
    "AU": ("Australia", [("Sydney", "NSW", -33.87, 151.21), ("Melbourne", "VIC", -37.81, 144.96), ("Brisbane", "QLD", -27.47, 153.03)],
           "Australia/Sydney", "en-AU", {"western": 70, "chinese": 12, "indian": 8, "vietnamese": 4, "korean": 3, "japanese": 3},
           ["gmail.com", "outlook.com", "bigpond.com", "icloud.com"]),
}
# developer residence weights (Electric Capital's developer reports: North America ~25%, Asia ~32%,
# Europe ~25%, rest ~18%)
DEV_COUNTRY_W = {
    "US": 20, "CA": 3.5, "GB": 4.5, "DE": 4, "FR": 2.5, "NL": 1.5, "PT": 1.5, "ES": 1.5, "CH": 1.5, "PL": 2.5,
    "UA": 3, "RS": 1, "TR": 2, "AE": 2, "IL": 1, "IN": 9, "PK": 2, "NG": 3, "KE": 1, "BR": 3, "AR": 2, "MX": 1.5,
    "SG": 2, "HK": 1, "TW": 1, "CN": 3.5, "KR": 3.5, "JP": 2, "VN": 3.5, "TH": 1, "ID": 2, "PH": 1.5, "AU": 2,
}
ASIA_HOME = ["KR", "CN", "JP", "VN", "TW", "HK", "SG"]
DIASPORA_CULTURE = {"korean": ["US", "CA", "AU", "GB", "DE"], "chinese": ["US", "CA", "AU", "GB", "SG", "NL"],
                    "japanese": ["US", "CA", "GB", "DE", "BR"], "vietnamese": ["US", "CA", "AU", "FR", "DE"]}

STREETS = ("Maple Oak Pine Cedar Elm Walnut Willow Birch Spruce Chestnut Lake Hill Park River Sunset Highland "
           "Meadow Forest Spring Ridge Valley Washington Lincoln Jefferson Madison Franklin Church Main Mill Union "
           "Center Market Prospect Grant Lafayette Adams Hawthorne Magnolia Dogwood Laurel Aspen Juniper Sycamore").split()
US_SUFFIX = [("St", "Street"), ("Ave", "Avenue"), ("Rd", "Road"), ("Dr", "Drive"), ("Ln", "Lane"), ("Ct", "Court"),
             ("Blvd", "Boulevard"), ("Way", "Way"), ("Pl", "Place")]
US_ZIP3 = {"NY": "100", "CA": "941", "TX": "787", "FL": "331", "CO": "802", "WA": "981", "IL": "606", "GA": "303",
           "MA": "021", "AZ": "850", "TN": "372", "OH": "432", "OR": "972", "NC": "276", "MN": "554", "UT": "841",
           "PA": "191", "NH": "030", "SD": "571"}
EU_STREETS = {"DE": ["Hauptstrasse", "Lindenstrasse", "Schillerstrasse", "Bahnhofstrasse", "Gartenweg", "Torstrasse", "Kastanienallee"],
              "FR": ["rue de la Paix", "rue Oberkampf", "avenue Jean Jaures", "rue Victor Hugo", "boulevard Voltaire"],
              "NL": ["Prinsengracht", "Keizersgracht", "Damrak", "Overtoom", "Kinkerstraat"],
              "PT": ["Rua Augusta", "Avenida da Liberdade", "Rua do Ouro", "Rua de Santa Catarina"],
              "ES": ["Calle Mayor", "Calle de Alcala", "Carrer de Mallorca", "Gran Via"],
              "CH": ["Bahnhofstrasse", "Baarerstrasse", "Seestrasse", "Rue du Rhone"],
              "PL": ["ul. Marszalkowska", "ul. Prosta", "ul. Florianska", "ul. Dluga"],
              "UA": ["vul. Khreshchatyk", "vul. Saksahanskoho", "vul. Shevchenka", "vul. Franka"],
              "RS": ["Knez Mihailova", "Bulevar kralja Aleksandra", "Nemanjina"],
              "GB": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Kings Road"],
              }

# ------------------------------------------------------------------------------- networks
# (owner, asn, country, kind, prefixes).  kind: res (fixed broadband), mob (mobile, CGNAT pools),
# biz (business fibre), edu (campus), dc (hosting / VPN exits).  Prefixes are /16s.
ISPS = [
    ("Comcast Cable Communications, LLC", 7922, "US", "res", ["73.15", "73.92", "98.207", "24.6", "76.104", "67.180"]),
    ("Charter Communications Inc", 20115, "US", "res", ["24.176", "47.144", "71.85", "97.96", "174.100"]),
    ("AT&T Services, Inc.", 7018, "US", "res", ["99.12", "108.210", "162.195", "104.3"]),
    ("Verizon Business", 701, "US", "res", ["71.171", "96.250", "108.46", "100.12"]),
    ("Cox Communications Inc.", 22773, "US", "res", ["68.0", "70.162", "98.174"]),
    ("T-Mobile USA, Inc.", 21928, "US", "mob", ["172.58", "172.56", "172.59"]),
    ("Verizon Wireless", 6167, "US", "mob", ["174.192", "174.205", "174.212"]),
    ("Rogers Communications Canada Inc.", 812, "CA", "res", ["99.224", "174.112", "24.114"]),
    ("Bell Canada", 577, "CA", "res", ["142.114", "70.50", "184.144"]),
    ("TELUS Communications Inc.", 852, "CA", "mob", ["154.20", "206.116"]),
    ("British Telecommunications PLC", 2856, "GB", "res", ["81.154", "86.128", "109.148", "217.42"]),
    ("Virgin Media Limited", 5089, "GB", "res", ["82.10", "86.0", "94.1"]),
    ("EE Limited", 12576, "GB", "mob", ["31.94", "92.40"]),
    ("Deutsche Telekom AG", 3320, "DE", "res", ["79.194", "87.123", "91.32", "93.197"]),
    ("Vodafone GmbH", 3209, "DE", "mob", ["188.100", "95.88"]),
    ("Orange S.A.", 3215, "FR", "res", ["90.12", "86.246", "92.184"]),
    ("Free SAS", 12322, "FR", "res", ["82.64", "88.160"]),
    ("KPN B.V.", 1136, "NL", "res", ["77.160", "145.129"]),
    ("MEO - Servicos de Comunicacoes e Multimedia S.A.", 3243, "PT", "res", ["85.243", "188.80"]),
    ("Telefonica de Espana", 3352, "ES", "res", ["79.145", "83.58", "88.20"]),
    ("Swisscom (Schweiz) AG", 3303, "CH", "res", ["85.0", "178.197"]),
    ("Orange Polska Spolka Akcyjna", 5617, "PL", "res", ["83.20", "89.64", "178.36"]),
    ("Kyivstar PJSC", 15895, "UA", "mob", ["46.211", "176.36"]),
    ("Triolan", 13188, "UA", "res", ["93.78", "91.196"]),
    ("Telekom Srbija", 8400, "RS", "res", ["109.92", "178.220"]),
    ("Turk Telekomunikasyon A.S.", 9121, "TR", "res", ["78.172", "85.105", "88.240"]),
    ("Emirates Integrated Telecommunications (du)", 15802, "AE", "res", ["94.200", "2.49"]),
    ("Bezeq International", 8551, "IL", "res", ["79.176", "109.64"]),
    ("Reliance Jio Infocomm Limited", 55836, "IN", "mob", ["49.36", "49.37", "157.32", "157.35"]),
    ("Bharti Airtel Ltd.", 24560, "IN", "res", ["106.195", "122.161", "182.64"]),
    ("ACT Fibernet", 24309, "IN", "res", ["49.207", "106.51"]),
    ("Pakistan Telecommunication Company", 17557, "PK", "res", ["39.32", "119.160", "182.176"]),
    ("MTN Nigeria", 29465, "NG", "mob", ["102.89", "105.112"]),
    ("Spectranet", 37340, "NG", "res", ["129.205", "197.210"]),
    ("Safaricom Limited", 33771, "KE", "mob", ["105.160", "197.232"]),
    ("Claro S.A.", 28573, "BR", "res", ["177.25", "179.218", "189.100"]),
    ("Vivo (Telefonica Brasil)", 18881, "BR", "mob", ["177.79", "191.255"]),
    ("Telecom Argentina S.A.", 7303, "AR", "res", ["181.1", "190.18", "201.252"]),
    ("Telmex (Uninet S.A. de C.V.)", 8151, "MX", "res", ["187.188", "189.203", "201.141"]),
    ("Singtel Fibre Broadband", 9506, "SG", "res", ["116.86", "118.200"]),
    ("StarHub Ltd", 4657, "SG", "mob", ["42.60", "183.90"]),
    ("HKT Limited", 4760, "HK", "res", ["112.118", "203.198"]),
    ("Chunghwa Telecom Co., Ltd.", 3462, "TW", "res", ["1.160", "36.224", "114.34"]),
    ("China Telecom", 4134, "CN", "res", ["101.80", "116.228", "180.160", "222.64"]),
    ("China Unicom", 4837, "CN", "res", ["112.96", "123.112", "175.16", "221.200"]),
    ("China Unicom Liaoning", 4837, "CN", "res", ["175.170", "113.224", "60.22"]),
    ("China Mobile", 9808, "CN", "mob", ["111.0", "117.136", "223.104"]),
    ("Korea Telecom", 4766, "KR", "res", ["175.192", "121.134", "211.36"]),
    ("SK Broadband Co Ltd", 9318, "KR", "res", ["1.224", "218.38", "58.120"]),
    ("SK Telecom", 9644, "KR", "mob", ["223.38", "223.62"]),
    ("NTT Communications Corporation", 4713, "JP", "res", ["114.150", "153.156", "180.3"]),
    ("KDDI Corporation", 2516, "JP", "mob", ["106.130", "111.108"]),
    ("Viettel Group", 7552, "VN", "res", ["27.72", "116.96", "171.224"]),
    ("FPT Telecom Company", 18403, "VN", "res", ["42.112", "58.186", "113.160"]),
    ("True Internet Co.,Ltd.", 7470, "TH", "res", ["49.228", "171.96"]),
    ("PT Telekomunikasi Indonesia", 7713, "ID", "res", ["36.68", "114.124", "180.245"]),
    ("PLDT Inc.", 9299, "PH", "res", ["112.198", "124.106"]),
    ("Telstra Corporation Ltd", 1221, "AU", "res", ["1.120", "101.160", "120.144"]),
    ("TPG Telecom Limited", 7545, "AU", "mob", ["49.180", "101.182"]),
    ("Rostelecom", 12389, "RU", "res", ["95.24", "176.59", "178.66"]),
    ("Lao Telecom", 9873, "LA", "res", ["115.84", "202.137"]),
]
# hosting networks behind commercial VPN exits and cloud desktops
DC_NETS = [
    ("M247 Europe SRL", 9009, ["37.120", "185.156", "89.187", "146.70"]),
    ("Datacamp Limited", 60068, ["84.17", "89.187", "138.199", "156.146"]),
    ("Tzulo, Inc.", 11878, ["104.243", "199.101", "209.127"]),
    ("Psychz Networks", 40676, ["107.151", "23.236", "192.186"]),
    ("Leaseweb USA, Inc.", 30633, ["23.106", "108.62", "209.58"]),
    ("31173 Services AB", 39351, ["193.138", "185.65"]),
    ("Proton AG", 62371, ["185.159", "146.70"]),
    ("Clouvider Limited", 62240, ["45.134", "185.245"]),
    ("The Constant Company, LLC", 20473, ["45.76", "45.77", "149.28", "207.148"]),
    ("DigitalOcean, LLC", 14061, ["104.248", "138.68", "159.89", "167.99"]),
    ("Amazon.com, Inc.", 16509, ["3.91", "18.204", "52.14", "54.210"]),
    ("Hetzner Online GmbH", 24940, ["88.198", "95.216", "135.181"]),
]
# commercial VPNs: (name, dc nets it rents, exit countries, users are mostly ...)
VPNS = {
    "NordVPN": (["M247 Europe SRL", "Datacamp Limited", "Clouvider Limited"], ["US", "GB", "DE", "NL", "CH", "SG", "JP", "CA"]),
    "Mullvad": (["31173 Services AB", "M247 Europe SRL"], ["SE", "DE", "NL", "CH", "US", "GB"]),
    "ProtonVPN": (["Proton AG", "Datacamp Limited", "M247 Europe SRL"], ["CH", "NL", "US", "JP", "SG", "DE"]),
    "ExpressVPN": (["Leaseweb USA, Inc.", "M247 Europe SRL", "Clouvider Limited"], ["US", "GB", "HK", "SG", "JP", "NL"]),
    "Astrill": (["Tzulo, Inc.", "Psychz Networks", "Leaseweb USA, Inc.", "The Constant Company, LLC"], ["US", "JP", "HK", "SG", "GB", "TW"]),
}
VPN_CITY = {"US": ["Los Angeles", "New York", "Dallas", "Chicago", "Miami", "Seattle"], "GB": ["London"], "DE": ["Frankfurt"],
            "NL": ["Amsterdam"], "CH": ["Zurich"], "SG": ["Singapore"], "JP": ["Tokyo"], "CA": ["Toronto"], "SE": ["Stockholm"],
            "HK": ["Hong Kong"], "TW": ["Taipei"]}

# ------------------------------------------------------------------------------- software
UAS = {
    "mac_chrome": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "mac_safari": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{m} Safari/605.1.15",
    "mac_firefox": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:{f}.0) Gecko/20100101 Firefox/{f}.0",
    "win_chrome": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "win_edge": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36 Edg/{v}.0.0.0",
    "win_firefox": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{f}.0) Gecko/20100101 Firefox/{f}.0",
    "linux_chrome": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "linux_firefox": "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:{f}.0) Gecko/20100101 Firefox/{f}.0",
    "brave": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "iphone": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_{m} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{m} Mobile/15E148 Safari/604.1",
    "android": "Mozilla/5.0 (Linux; Android 14; Pixel {p}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Mobile Safari/537.36",
}
UA_W_DEV = {"mac_chrome": 26, "mac_safari": 6, "mac_firefox": 5, "win_chrome": 16, "win_edge": 4, "win_firefox": 3,
            "linux_chrome": 8, "linux_firefox": 6, "brave": 8, "iphone": 10, "android": 8}

STAFF_PROCS = ["Slack", "zoom.us", "Google Chrome", "Code Helper", "1Password", "Notion", "Figma", "Docker Desktop",
               "iTerm2", "Spotify", "Microsoft Teams", "Linear", "Cursor", "Arc", "Postman", "Ledger Live", "Obsidian",
               "Rectangle", "Raycast", "Loom", "Discord", "Telegram", "Signal", "Brave Browser", "Firefox"]
IT_PROCS = ["TeamViewer", "AnyDesk", "Jamf Remote", "ScreenConnect.ClientService", "Microsoft Remote Desktop", "Tailscale"]
DEV_REMOTE_PROCS = ["Chrome Remote Desktop Host", "Parsec", "Tailscale", "RustDesk", "Screens 5"]
FARM_PROCS = ["AnyDesk", "RustDesk", "TeamViewer", "Chrome Remote Desktop Host", "AnyDesk", "Splashtop Streamer", "Zoom"]
STAFF_USB = [("Magic Keyboard with Touch ID", "05ac", "029a"), ("MX Master 3S", "046d", "b034"), ("YubiKey OTP+FIDO+CCID", "1050", "0407"),
             ("Dell USB-C Dock WD19", "413c", "b06e"), ("CalDigit TS4", "2188", "0047"), ("USB Receiver", "046d", "c52b"),
             ("Keychron K2", "05ac", "024f"), ("Logitech BRIO", "046d", "085e"), ("Jabra Evolve2 65", "0b0e", "245d"),
             ("Ledger Nano X", "2c97", "4015"), ("Elgato Stream Deck", "0fd9", "0080"), ("Anker USB-C Hub", "0bda", "8153"),
             ("Samsung T7 SSD", "04e8", "4001"), ("Trezor Model T", "1209", "53c1")]
KVM_USB = [("Multifunction Composite Gadget", "1d6b", "0104"), ("PiKVM Composite Device", "1d6b", "0104"),
           ("TinyPilot", "1d6b", "0104"), ("JetKVM USB Gadget", "1d6b", "0104"), ("USB-HID Keyboard/Mouse (KVM)", "2e8a", "0003")]
DESK_KVM_USB = [("ATEN CS1942DP KVM Switch", "0557", "2419"), ("TESmart HDMI KVM", "1a86", "e026")]
STAFF_DISPLAYS = ["Color LCD", "DELL U2720Q", "LG HDR 4K", "DELL P2419H", "Studio Display", "LG UltraFine", "BenQ PD2700U",
                  "SAMSUNG", "HP E24 G4", "ASUS PA278QV"]
KVM_DISPLAYS = ["PiKVM V4", "TinyPilot", "PiKVM", "JetKVM", "HDMI Capture"]
SYSTEMS_MAC = ["MacBookPro18,3", "MacBookPro18,1", "Mac14,5", "Mac14,9", "Mac15,6", "MacBookAir10,1", "Mac14,2"]
SYSTEMS_WIN = ["Latitude 7440", "ThinkPad X1 Carbon Gen 11", "ThinkPad T14s Gen 4", "HP EliteBook 840 G10", "XPS 13 9340"]
SSIDS_HOME = ["NETGEAR{n}", "xfinitywifi-home{n}", "ATT{h}", "Spectrum-{h}", "TP-Link_{h}", "Verizon_{h}", "MyHome{n}",
              "eero-{h}", "FRITZ!Box 7530 {h}", "Vodafone-{h}", "BT-{h}", "Linksys{n}", "iPhone de {f}", "KT_GiGA_{h}",
              "U+Net{h}", "ChinaNet-{h}", "TP-LINK_{h}", "Livebox-{h}", "WiFi-{h}"]

CLIENT_WORDS = ("Chain Block Ledger Vault Node Hash Layer Nexus Orbit Prism Quanta Relay Stake Swap Yield Zenith Apex "
                "Arc Aurora Beacon Bolt Cipher Delta Echo Flux Forge Grid Helix Horizon Kite Lumen Meridian Mint Nova "
                "Onyx Pulse Quartz Ripple Sable Sigma Solace Spark Strata Tide Vector Verse Warp Zephyr Atlas Cobalt "
                "Ember Fathom Glacier Harbor Iris Juno Kelvin Lattice Monad Nimbus Oracle Pylon Rune Shard Tessera").split()
CLIENT_SUFFIX = ["Labs", "Protocol", "Finance", "Network", "Foundation", "Technologies", "Capital", "Games", "Studios",
                 "Exchange", "DAO", "Systems", "Inc.", "Pay", "Markets", "Research"]
CLIENT_TLDS = ["xyz", "io", "finance", "com", "network", "org", "fi", "gg", "co", "tech", "app"]

SKILLS = ["Solidity", "Rust", "TypeScript", "Go", "Python", "React", "Next.js", "Node.js", "Hardhat", "Foundry", "Anchor",
          "ethers.js", "viem", "wagmi", "The Graph", "Substrate", "Cosmos SDK", "Move", "Cairo", "zk-SNARKs", "Circom",
          "PostgreSQL", "Kubernetes", "AWS", "GraphQL", "Vyper", "Huff", "EVM internals", "MEV", "Uniswap v3/v4 hooks",
          "ERC-4337", "LayerZero", "Chainlink", "IPFS", "Tailwind", "Web3.js", "Solana web3.js", "Docker", "Terraform"]
ROLES = ["Smart Contract Engineer", "Senior Blockchain Developer", "Full-Stack Web3 Engineer", "Protocol Engineer",
         "Frontend Engineer (dApps)", "Backend Engineer", "Solidity Developer", "Rust Engineer", "DevOps Engineer",
         "Security Researcher", "Smart Contract Auditor", "Game Developer (Unity/Web3)", "Data Engineer", "ZK Engineer"]
UNIVERSITIES = {"US": ["University of Michigan", "UC Berkeley", "Georgia Tech", "UT Austin", "Stanford University", "NYU",
                       "University of Washington", "Purdue University", "Arizona State University", "Rutgers University"],
                "CA": ["University of Waterloo", "University of Toronto", "UBC"], "GB": ["Imperial College London", "University of Manchester", "UCL"],
                "DE": ["TU Munich", "RWTH Aachen", "TU Berlin"], "IN": ["IIT Bombay", "IIT Delhi", "BITS Pilani", "VIT Vellore", "NIT Trichy"],
                "CN": ["Tsinghua University", "Zhejiang University", "Fudan University"], "KR": ["KAIST", "Seoul National University", "Yonsei University"],
                "JP": ["University of Tokyo", "Kyoto University"], "VN": ["Hanoi University of Science and Technology", "VNU-HCM"],
                "UA": ["Kyiv Polytechnic Institute", "Lviv Polytechnic"], "NG": ["University of Lagos", "Covenant University"],
                "BR": ["USP", "Unicamp"], "SG": ["NUS", "NTU"], "PL": ["Warsaw University of Technology"], "AR": ["UBA"]}
BOOTCAMPS = ["Encode Club", "Alchemy University", "Metana", "Consensys Academy", "Buildspace", "Ironhack", "Turing College"]
RESUME_TEMPLATE_LINES = [
    "Results-driven software engineer with a passion for building scalable decentralized applications.",
    "Proven track record of delivering high-quality code in fast-paced startup environments.",
    "Strong communicator who thrives in remote, cross-functional teams.",
    "Collaborated with product and design to ship features used by thousands of users.",
    "Wrote comprehensive unit and integration tests, raising coverage above 90%.",
    "Mentored junior developers and led code reviews.",
]
