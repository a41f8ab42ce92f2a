"""Blind benchmark world 11: an employer-of-record / IT staffing platform.

A global EOR plus staffing agency ("Meridian Workforce") onboards contractors and employees
for a few hundred client companies.  Its export holds candidates (resumes, photos, profiles),
onboarded workers (KYC name, birth date, hashed national id, address, phone, email, payout
account), laptop shipments, osquery-like telemetry from the shipped laptops and sign-ins from
the platform's identity provider, plus the client and recruiter-company domains.

About 3-4 % of the rows are DPRK IT-worker style fraud (rings of personas at three levels of
operator carefulness, lone personas, US facilitators hosting laptop farms, stolen identities,
fake recruiters).  The honest rows carry the look-alikes real life has: families, roommates,
sub-agencies paid into one account, client offices, coworking spaces, IT admins with remote
tools, home-lab IP-KVMs, night shifts, two-country lives, heritage keyboards, travellers,
privacy VPNs, carrier-grade NAT, reapplicants, movers, name changes, default avatars, resume
templates and identity-theft victims.

Written blind to the detector: only the bundle contract was read.  Deterministic: one seeded
random.Random drives everything (numpy image noise is seeded from it); no hash().
"""
from __future__ import annotations

import csv
import hashlib
import os
import random
import shutil
from datetime import date, datetime, timedelta, timezone

import numpy as np
from PIL import Image, ImageDraw

UTC = timezone.utc
T0 = datetime(2024, 1, 8, tzinfo=UTC)
T1 = datetime(2025, 11, 28, tzinfo=UTC)
SALT = "mwf-kyc-2024"

# --------------------------------------------------------------------------------------------
# reference data (the same tables feed honest and fraud rows)
# --------------------------------------------------------------------------------------------

# country: weight, currency, locale, cities [(city, region, tz, utc offset, postal prefix)]
COUNTRIES = {
    "US": (30, "USD", "en-US", [
        ("New York", "NY", "America/New_York", -5, "100"), ("Brooklyn", "NY", "America/New_York", -5, "112"),
        ("Philadelphia", "PA", "America/New_York", -5, "191"), ("Atlanta", "GA", "America/New_York", -5, "303"),
        ("Miami", "FL", "America/New_York", -5, "331"), ("Charlotte", "NC", "America/New_York", -5, "282"),
        ("Columbus", "OH", "America/New_York", -5, "432"), ("Chicago", "IL", "America/Chicago", -6, "606"),
        ("Dallas", "TX", "America/Chicago", -6, "752"), ("Houston", "TX", "America/Chicago", -6, "770"),
        ("Austin", "TX", "America/Chicago", -6, "787"), ("Nashville", "TN", "America/Chicago", -6, "372"),
        ("Minneapolis", "MN", "America/Chicago", -6, "554"), ("Denver", "CO", "America/Denver", -7, "802"),
        ("Phoenix", "AZ", "America/Phoenix", -7, "850"), ("Seattle", "WA", "America/Los_Angeles", -8, "981"),
        ("San Jose", "CA", "America/Los_Angeles", -8, "951"), ("Los Angeles", "CA", "America/Los_Angeles", -8, "900"),
        ("Portland", "OR", "America/Los_Angeles", -8, "972"), ("Litchfield Park", "AZ", "America/Phoenix", -7, "853")]),
    "CA": (5, "CAD", "en-CA", [("Toronto", "ON", "America/Toronto", -5, "M5V"), ("Vancouver", "BC", "America/Vancouver", -8, "V6B"),
                               ("Montreal", "QC", "America/Toronto", -5, "H2X"), ("Calgary", "AB", "America/Edmonton", -7, "T2P")]),
    "GB": (5, "GBP", "en-GB", [("London", "", "Europe/London", 0, "E1"), ("Manchester", "", "Europe/London", 0, "M1"),
                               ("Leeds", "", "Europe/London", 0, "LS1"), ("Bristol", "", "Europe/London", 0, "BS1")]),
    "IN": (8, "INR", "en-IN", [("Bengaluru", "KA", "Asia/Kolkata", 5.5, "560"), ("Pune", "MH", "Asia/Kolkata", 5.5, "411"),
                               ("Hyderabad", "TG", "Asia/Kolkata", 5.5, "500"), ("Chennai", "TN", "Asia/Kolkata", 5.5, "600")]),
    "PH": (6, "PHP", "en-PH", [("Makati", "Metro Manila", "Asia/Manila", 8, "12"), ("Quezon City", "Metro Manila", "Asia/Manila", 8, "11"),
                               ("Cebu City", "Cebu", "Asia/Manila", 8, "60")]),
    "PL": (5, "PLN", "pl-PL", [("Warszawa", "", "Europe/Warsaw", 1, "00"), ("Krakow", "", "Europe/Warsaw", 1, "31"),
                               ("Wroclaw", "", "Europe/Warsaw", 1, "50"), ("Gdansk", "", "Europe/Warsaw", 1, "80")]),
    "UA": (5, "UAH", "uk-UA", [("Kyiv", "", "Europe/Kyiv", 2, "01"), ("Lviv", "", "Europe/Kyiv", 2, "79"),
                               ("Kharkiv", "", "Europe/Kyiv", 2, "61"), ("Dnipro", "", "Europe/Kyiv", 2, "49")]),
    "BR": (5, "BRL", "pt-BR", [("Sao Paulo", "SP", "America/Sao_Paulo", -3, "01"), ("Rio de Janeiro", "RJ", "America/Sao_Paulo", -3, "20"),
                               ("Belo Horizonte", "MG", "America/Sao_Paulo", -3, "30"), ("Florianopolis", "SC", "America/Sao_Paulo", -3, "88")]),
    "MX": (5, "MXN", "es-MX", [("Ciudad de Mexico", "CDMX", "America/Mexico_City", -6, "06"), ("Guadalajara", "JAL", "America/Mexico_City", -6, "44"),
                               ("Monterrey", "NL", "America/Monterrey", -6, "64")]),
    "DE": (3, "EUR", "de-DE", [("Berlin", "", "Europe/Berlin", 1, "10"), ("Munchen", "", "Europe/Berlin", 1, "80"), ("Hamburg", "", "Europe/Berlin", 1, "20")]),
    "NG": (3, "NGN", "en-NG", [("Lagos", "LA", "Africa/Lagos", 1, "100"), ("Abuja", "FC", "Africa/Lagos", 1, "900")]),
    "VN": (3, "VND", "vi-VN", [("Ho Chi Minh City", "", "Asia/Ho_Chi_Minh", 7, "700"), ("Ha Noi", "", "Asia/Bangkok", 7, "100")]),
    "AR": (3, "ARS", "es-AR", [("Buenos Aires", "CABA", "America/Argentina/Buenos_Aires", -3, "C10"), ("Cordoba", "CBA", "America/Argentina/Cordoba", -3, "X50")]),
    "CO": (3, "COP", "es-CO", [("Bogota", "DC", "America/Bogota", -5, "110"), ("Medellin", "ANT", "America/Bogota", -5, "050")]),
    "RO": (2, "RON", "ro-RO", [("Bucuresti", "", "Europe/Bucharest", 2, "01"), ("Cluj-Napoca", "", "Europe/Bucharest", 2, "40")]),
    "PK": (2, "PKR", "en-PK", [("Lahore", "PB", "Asia/Karachi", 5, "54"), ("Karachi", "SD", "Asia/Karachi", 5, "75")]),
    "KR": (2, "KRW", "ko-KR", [("Seoul", "", "Asia/Seoul", 9, "0"), ("Busan", "", "Asia/Seoul", 9, "4")]),
    "JP": (1, "JPY", "ja-JP", [("Tokyo", "", "Asia/Tokyo", 9, "1"), ("Osaka", "", "Asia/Tokyo", 9, "5")]),
    "ES": (2, "EUR", "es-ES", [("Madrid", "", "Europe/Madrid", 1, "28"), ("Barcelona", "", "Europe/Madrid", 1, "08")]),
    "PT": (1, "EUR", "pt-PT", [("Lisboa", "", "Europe/Lisbon", 0, "1"), ("Porto", "", "Europe/Lisbon", 0, "4")]),
    "KE": (1, "KES", "en-KE", [("Nairobi", "", "Africa/Nairobi", 3, "00")]),
    "EG": (1, "EGP", "ar-EG", [("Cairo", "", "Africa/Cairo", 2, "11")]),
}
CC_LIST = list(COUNTRIES)
CC_W = [COUNTRIES[c][0] for c in CC_LIST]

CULTURE_BY_COUNTRY = {
    "US": {"anglo": 52, "hispanic": 14, "chinese": 6, "korean": 4, "indian": 8, "vietnamese": 3, "slavic": 4,
           "nigerian": 4, "filipino": 3, "japanese": 1, "arabic": 1},
    "CA": {"anglo": 55, "chinese": 12, "indian": 12, "french": 12, "korean": 3, "filipino": 3, "slavic": 3},
    "GB": {"anglo": 70, "indian": 10, "pakistani": 6, "nigerian": 5, "polish": 5, "chinese": 4},
    "IN": {"indian": 100}, "PH": {"filipino": 100}, "PL": {"polish": 100}, "UA": {"ukrainian": 100},
    "BR": {"lusophone": 95, "japanese": 5}, "MX": {"hispanic": 100}, "DE": {"german": 85, "turkish": 10, "polish": 5},
    "NG": {"nigerian": 100}, "VN": {"vietnamese": 100}, "AR": {"hispanic": 90, "italian": 10}, "CO": {"hispanic": 100},
    "RO": {"romanian": 100}, "PK": {"pakistani": 100}, "KR": {"korean": 100}, "JP": {"japanese": 100},
    "ES": {"hispanic": 100}, "PT": {"lusophone": 100}, "KE": {"kenyan": 100}, "EG": {"arabic": 100},
}
NAMES = {
    "anglo": ("James Michael Robert John David William Richard Joseph Thomas Christopher Daniel Matthew Anthony Mark "
              "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Emily Ashley Megan Rachel Tyler Kevin",
              "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson Thompson "
              "White Harris Clark Lewis Walker Hall Allen Young King Wright Scott Green Baker Adams Nelson Carter Mitchell Knoot Chapman"),
    "hispanic": ("Jose Luis Carlos Juan Miguel Jorge Alejandro Diego Andres Fernando Maria Ana Sofia Valentina Camila Lucia Gabriela Daniela Isabel Carmen",
                 "Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera Gomez Diaz Reyes Morales Cruz Ortiz Gutierrez Castillo"),
    "lusophone": ("Joao Pedro Lucas Gabriel Rafael Mateus Gustavo Felipe Bruno Thiago Ana Beatriz Mariana Larissa Juliana Fernanda Camila Leticia Amanda Bruna",
                  "Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro Martins Carvalho Almeida Lopes Barbosa Rocha"),
    "chinese": ("Wei Jing Li Ming Hui Yan Jun Lei Xin Yu Hao Chen Ling Mei Fang Tao Bo Qiang Kevin Vivian",
                "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin He Gao Luo"),
    "korean": ("Min-jun Seo-yeon Ji-hoon Ha-eun Do-yun Ji-woo Seung-hyun Soo-jin Hyun-woo Eun-ji Joon-ho Yuna Daniel Grace Jason Sarah",
               "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song"),
    "japanese": ("Haruto Yuto Sota Ren Kenji Takashi Hiroshi Yui Aoi Sakura Yuki Hina Mei Naoko Akira Kaito",
                 "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Matsumoto"),
    "indian": ("Aarav Vivaan Aditya Arjun Rohan Rahul Amit Vikram Sanjay Karthik Priya Ananya Divya Sneha Pooja Neha Kavya Lakshmi Deepika Ishaan",
               "Sharma Patel Singh Kumar Reddy Iyer Nair Gupta Mehta Rao Joshi Desai Pillai Menon Chatterjee Das Verma Agarwal Kapoor Krishnan"),
    "pakistani": ("Muhammad Ali Ahmed Hassan Usman Bilal Hamza Imran Fatima Ayesha Zainab Sana Hira Maryam Omar Faisal",
                  "Khan Ahmed Malik Hussain Qureshi Sheikh Butt Chaudhry Raza Siddiqui Iqbal Mirza Javed Aslam"),
    "vietnamese": ("Minh Anh Hung Tuan Duc Linh Huong Lan Thao Trang Quang Phuong Nam Khanh Bao Vy",
                   "Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ho Ngo Duong Ly"),
    "filipino": ("Jose Mark John Paul Christian Angelo Carlo Rafael Maria Kristine Jasmine Angelica Nicole Patricia Joy Mae",
                 "Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Tomas Andrada Castillo Flores Villanueva Ramos Aquino Dela Cruz"),
    "polish": ("Jakub Kacper Szymon Mateusz Michal Tomasz Piotr Pawel Anna Katarzyna Magdalena Agnieszka Joanna Zuzanna Aleksandra Marta",
               "Nowak Kowalski Wisniewski Wojcik Kowalczyk Kaminski Lewandowski Zielinski Szymanski Wozniak Dabrowski Kozlowski Mazur Krawczyk"),
    "ukrainian": ("Oleksandr Andriy Dmytro Serhiy Maksym Ivan Yuriy Bohdan Olena Iryna Nataliya Oksana Tetiana Kateryna Yuliia Anastasiia",
                  "Melnyk Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Oliynyk Shevchuk Koval Polishchuk Bondar Marchenko Lysenko Rudenko"),
    "slavic": ("Alex Dmitri Sergei Nikolai Ivan Pavel Anna Olga Natalia Irina Svetlana Yana Daria Mikhail",
               "Ivanov Petrov Smirnov Volkov Kuznetsov Popov Sokolov Novak Horvat Kovac Petrova Ivanova Morozova"),
    "romanian": ("Andrei Alexandru Mihai Ionut Stefan Cristian Bogdan Elena Ioana Andreea Maria Alexandra Raluca Diana",
                 "Popescu Ionescu Popa Dumitru Stan Stoica Gheorghe Matei Constantin Rusu Munteanu Dinu Lazar"),
    "german": ("Lukas Leon Finn Jonas Paul Felix Maximilian Julian Anna Lena Laura Julia Sophie Marie Hannah Lea",
               "Muller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Klein Wolf"),
    "turkish": ("Mehmet Mustafa Ahmet Emre Can Elif Zeynep Ayse Fatma Merve", "Yilmaz Kaya Demir Sahin Celik Yildiz Ozturk Aydin Arslan"),
    "french": ("Jean Pierre Louis Luc Mathieu Julien Marie Camille Chloe Emilie Isabelle Sophie",
               "Tremblay Gagnon Roy Cote Bouchard Gauthier Morin Lavoie Fortin Gagne Pelletier"),
    "italian": ("Marco Luca Matteo Lorenzo Giulia Francesca Chiara Sofia", "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci"),
    "nigerian": ("Chinedu Emeka Oluwaseun Tunde Ifeanyi Segun Chukwuma Babajide Ngozi Chioma Funmilayo Adaeze Amaka Yetunde Blessing Temitope",
                 "Okafor Adeyemi Okonkwo Eze Nwosu Ogunleye Balogun Adebayo Chukwu Obi Nnamdi Olawale Afolabi Okeke"),
    "kenyan": ("Brian Kevin Dennis Collins Wanjiru Akinyi Achieng Njeri Faith Mercy Otieno Kamau",
               "Mwangi Otieno Kamau Wanjiku Ochieng Kariuki Njoroge Odhiambo Mutua Kiprop"),
    "arabic": ("Mohamed Ahmed Mahmoud Omar Youssef Karim Nour Mariam Salma Yasmin Hana Layla",
               "Hassan Ibrahim Mahmoud Ali Mostafa Abdelrahman Saleh Farouk Nasser Khalil"),
}
NAMES = {k: (v[0].split(), v[1].split()) for k, v in NAMES.items()}
NAMES["filipino"] = (NAMES["filipino"][0], NAMES["filipino"][1][:-2] + ["Dela Cruz", "De Leon"])

STREETS = {
    "en": ["Oak", "Maple", "Cedar", "Pine", "Elm", "Washington", "Lake", "Hill", "Park", "Sunset", "Highland", "River",
           "Lincoln", "Jefferson", "Church", "Willow", "Meadow", "Ridge", "Franklin", "Madison", "Walnut", "Chestnut"],
    "es": ["Calle Hidalgo", "Av. Reforma", "Calle Morelos", "Av. Juarez", "Calle Libertad", "Av. San Martin", "Calle Bolivar", "Carrera 7", "Calle 85"],
    "pt": ["Rua das Flores", "Av. Paulista", "Rua Augusta", "Rua XV de Novembro", "Av. Atlantica", "Rua da Liberdade", "Rua Oscar Freire"],
    "pl": ["ul. Marszalkowska", "ul. Dluga", "ul. Polna", "ul. Mickiewicza", "ul. Slowackiego", "ul. Pilsudskiego", "ul. Kwiatowa"],
    "uk": ["vul. Khreshchatyk", "vul. Shevchenka", "vul. Franka", "vul. Sadova", "prosp. Peremohy", "vul. Lesi Ukrainky"],
    "de": ["Hauptstrasse", "Bahnhofstrasse", "Gartenstrasse", "Schillerstrasse", "Goethestrasse", "Lindenweg", "Bergstrasse"],
    "ro": ["Str. Victoriei", "Bd. Unirii", "Str. Florilor", "Str. Libertatii", "Calea Dorobantilor"],
    "gen": ["MG Road", "Rizal Avenue", "Ayala Avenue", "Allen Avenue", "Ngong Road", "Nguyen Hue", "Teheran-ro", "Gangnam-daero",
            "Mall Road", "Brigade Road", "Banani Road", "Tahrir Street", "Shibuya", "Jalan Sudirman", "Ring Road", "Station Road"],
}
STREET_GROUP = {"US": "en", "CA": "en", "GB": "en", "MX": "es", "AR": "es", "CO": "es", "ES": "es", "BR": "pt", "PT": "pt",
                "PL": "pl", "UA": "uk", "DE": "de", "RO": "ro"}
SUFFIX = [("Street", "St"), ("Avenue", "Ave"), ("Drive", "Dr"), ("Road", "Rd"), ("Lane", "Ln"), ("Court", "Ct"),
          ("Boulevard", "Blvd"), ("Place", "Pl"), ("Way", "Way")]

# phone: country calling code and a national-number maker (mobile / geographic ranges)
US_AREAS = ["212", "718", "917", "646", "215", "267", "404", "678", "305", "786", "704", "614", "312", "773", "214", "469",
            "713", "832", "512", "737", "615", "612", "303", "720", "602", "480", "206", "425", "408", "669", "213", "310",
            "503", "971", "623"]


def _d(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


PHONE = {
    "US": ("1", lambda r: r.choice(US_AREAS) + str(r.randint(2, 9)) + _d(r, 2) + _d(r, 4)),
    "CA": ("1", lambda r: r.choice(["416", "647", "604", "778", "514", "438", "403", "587"]) + str(r.randint(2, 9)) + _d(r, 6)),
    "GB": ("44", lambda r: "7" + r.choice(["4", "5", "8"]) + _d(r, 8)),
    "IN": ("91", lambda r: r.choice(["98", "99", "97", "96", "94", "93", "91", "88", "87", "70"]) + _d(r, 8)),
    "PH": ("63", lambda r: r.choice(["917", "918", "919", "920", "921", "927", "935", "945", "966", "977"]) + _d(r, 7)),
    "PL": ("48", lambda r: r.choice(["50", "51", "53", "57", "60", "66", "69", "72", "78", "79"]) + _d(r, 7)),
    "UA": ("380", lambda r: r.choice(["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"]) + _d(r, 7)),
    "BR": ("55", lambda r: r.choice(["11", "21", "31", "41", "48", "51", "61"]) + "9" + str(r.randint(6, 9)) + _d(r, 7)),
    "MX": ("52", lambda r: r.choice(["55", "33", "81"]) + _d(r, 8)),
    "DE": ("49", lambda r: r.choice(["151", "152", "157", "176", "160", "170", "171", "172", "175"]) + _d(r, 8)),
    "NG": ("234", lambda r: r.choice(["803", "806", "813", "816", "703", "706", "805", "807", "802", "808"]) + _d(r, 7)),
    "VN": ("84", lambda r: r.choice(["90", "91", "93", "94", "96", "97", "98", "32", "33", "35", "86"]) + _d(r, 7)),
    "AR": ("54", lambda r: "911" + str(r.randint(2, 6)) + _d(r, 7)),
    "CO": ("57", lambda r: r.choice(["300", "301", "310", "311", "312", "313", "315", "316", "320", "321"]) + _d(r, 7)),
    "RO": ("40", lambda r: r.choice(["72", "73", "74", "75", "76", "77"]) + _d(r, 7)),
    "PK": ("92", lambda r: r.choice(["300", "301", "302", "321", "333", "345", "311"]) + _d(r, 7)),
    "KR": ("82", lambda r: "10" + str(r.choice([2, 3, 4, 6, 7, 8, 9])) + _d(r, 7)),
    "JP": ("81", lambda r: r.choice(["90", "80", "70"]) + str(r.randint(1, 9)) + _d(r, 7)),
    "ES": ("34", lambda r: "6" + str(r.choice([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])) + _d(r, 7)),
    "PT": ("351", lambda r: "9" + r.choice(["1", "2", "3", "6"]) + _d(r, 7)),
    "KE": ("254", lambda r: "7" + r.choice(["0", "1", "2", "9"]) + _d(r, 7)),
    "EG": ("20", lambda r: "1" + r.choice(["0", "1", "2", "5"]) + _d(r, 8)),
}

# networks: (asn, owner, kind) per country; kind res (residential), mob (mobile, CGNAT)
ISPS = {
    "US": [("7922", "Comcast Cable Communications, LLC", "res"), ("7018", "AT&T Services, Inc.", "res"),
           ("20115", "Charter Communications Inc", "res"), ("701", "Verizon Business", "res"),
           ("22773", "Cox Communications Inc.", "res"), ("21928", "T-Mobile USA, Inc.", "mob"), ("6167", "Cellco Partnership DBA Verizon Wireless", "mob")],
    "CA": [("812", "Rogers Communications Canada Inc.", "res"), ("577", "Bell Canada", "res"), ("852", "TELUS Communications Inc.", "mob")],
    "GB": [("2856", "British Telecommunications PLC", "res"), ("5089", "Virgin Media Limited", "res"), ("12576", "EE Limited", "mob")],
    "IN": [("24560", "Bharti Airtel Ltd.", "res"), ("55836", "Reliance Jio Infocomm Limited", "mob"), ("45609", "Bharti Airtel Ltd. AS for GPRS Service", "mob")],
    "PH": [("9299", "Philippine Long Distance Telephone Company", "res"), ("139831", "Converge ICT Solutions Inc.", "res"), ("132199", "Globe Telecom Inc.", "mob")],
    "PL": [("5617", "Orange Polska Spolka Akcyjna", "res"), ("6830", "Liberty Global B.V.", "res"), ("12912", "T-Mobile Polska S.A.", "mob")],
    "UA": [("13188", "Triolan", "res"), ("15895", "Kyivstar PJSC", "mob"), ("21497", "PrJSC VF UKRAINE", "mob")],
    "BR": [("28573", "Claro NXT Telecomunicacoes Ltda", "res"), ("26599", "TELEFONICA BRASIL S.A", "res"), ("26615", "TIM S/A", "mob")],
    "MX": [("8151", "UNINET", "res"), ("28548", "Cablevision, S.A. de C.V.", "res"), ("28403", "RadioMovil Dipsa, S.A. de C.V.", "mob")],
    "DE": [("3320", "Deutsche Telekom AG", "res"), ("3209", "Vodafone GmbH", "res"), ("6805", "Telefonica Germany GmbH & Co.OHG", "mob")],
    "NG": [("36873", "Airtel Networks Limited", "res"), ("29465", "MTN NIGERIA Communication limited", "mob"), ("37148", "Globacom Limited", "mob")],
    "VN": [("7552", "Viettel Group", "res"), ("45899", "VNPT Corp", "res"), ("18403", "FPT Telecom Company", "mob")],
    "AR": [("7303", "Telecom Argentina S.A.", "res"), ("22927", "Telefonica de Argentina", "mob")],
    "CO": [("10620", "Telmex Colombia S.A.", "res"), ("27831", "Colombia Movil", "mob")],
    "RO": [("8708", "RCS & RDS SA", "res"), ("12302", "Vodafone Romania S.A.", "mob")],
    "PK": [("17557", "Pakistan Telecommunication Company Limited", "res"), ("24499", "Telenor Pakistan", "mob")],
    "KR": [("4766", "Korea Telecom", "res"), ("9318", "SK Broadband Co Ltd", "res"), ("17858", "LG POWERCOMM", "mob")],
    "JP": [("4713", "NTT Communications Corporation", "res"), ("2516", "KDDI CORPORATION", "mob")],
    "ES": [("3352", "TELEFONICA DE ESPANA S.A.U.", "res"), ("12479", "Orange Espagne SA", "mob")],
    "PT": [("3243", "MEO - SERVICOS DE COMUNICACOES E MULTIMEDIA S.A.", "res"), ("12353", "Vodafone Portugal", "mob")],
    "KE": [("36926", "Airtel Networks Kenya Limited", "res"), ("33771", "Safaricom Limited", "mob")],
    "EG": [("8452", "TE Data", "res"), ("24863", "Link Egypt (Link.NET)", "mob")],
    "CN": [("4837", "CHINA UNICOM China169 Backbone", "res"), ("4134", "Chinanet", "res")],
    "RU": [("12389", "PJSC Rostelecom", "res"), ("8359", "MTS PJSC", "res")],
}
ENTERPRISE = [("174", "Cogent Communications"), ("6461", "Zayo Bandwidth"), ("3356", "Level 3 Parent, LLC"), ("7843", "Charter Communications (Spectrum Enterprise)")]
HOSTING = [("9009", "M247 Europe SRL"), ("60068", "Datacamp Limited"), ("212238", "Datacamp Limited"), ("136787", "TEFINCOM S.A."),
           ("39351", "31173 Services AB"), ("20473", "The Constant Company, LLC"), ("16276", "OVH SAS"), ("14061", "DigitalOcean, LLC"),
           ("62240", "Clouvider Limited"), ("16265", "LeaseWeb Netherlands B.V.")]
VPN_PROVIDERS = {  # provider: asns its exits sit on
    "nord": ["9009", "60068", "136787", "212238"], "proton": ["9009", "62240", "212238"], "mullvad": ["39351", "9009"],
    "express": ["60068", "16265"], "astrill": ["20473", "16265", "9009", "62240"], "surfshark": ["9009", "212238", "16276"],
}
EXIT_CITIES = [("US", "Los Angeles"), ("US", "New York"), ("US", "Dallas"), ("US", "Miami"), ("US", "Chicago"), ("US", "Seattle"),
               ("US", "Ashburn"), ("GB", "London"), ("DE", "Frankfurt am Main"), ("NL", "Amsterdam"), ("JP", "Tokyo"),
               ("SG", "Singapore"), ("CA", "Toronto"), ("PL", "Warsaw")]

UA_WIN = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36 Edg/{v}.0.0.0",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0"]
UA_MAC = ["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
          "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{m} Safari/605.1.15"]
UA_MOB = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_{m} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.{m} Mobile/15E148 Safari/604.1",
          "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Mobile Safari/537.36",
          "Okta Verify/9.{m}.0 (iPhone; iOS 17.{m})"]

WIN_PROCS = ["explorer.exe", "svchost.exe", "chrome.exe", "msedge.exe", "Teams.exe", "slack.exe", "Code.exe", "OneDrive.exe",
             "OUTLOOK.EXE", "Zoom.exe", "WINWORD.EXE", "node.exe", "docker.exe", "idea64.exe", "python.exe", "Postman.exe",
             "MsMpEng.exe", "CrowdStrike.exe", "1Password.exe", "SearchHost.exe"]
MAC_PROCS = ["Finder", "Google Chrome", "Slack", "zoom.us", "Code Helper", "Microsoft Teams", "Safari", "Dock", "iTerm2",
             "Docker Desktop", "node", "python3", "Notion", "1Password", "falcond", "Spotlight", "Postman", "IntelliJ IDEA"]
REMOTE_WIN = ["anydesk.exe", "TeamViewer.exe", "rustdesk.exe", "remoting_host.exe", "ScreenConnect.ClientService.exe",
              "srservice.exe", "AteraAgent.exe", "zaservice.exe", "parsecd.exe", "tvnserver.exe", "quickassist.exe", "rutserv.exe"]
REMOTE_MAC = ["AnyDesk", "TeamViewer", "RustDesk", "remoting_me2me_host", "Splashtop Streamer", "Parsec"]
ADMIN_REMOTE = ["ScreenConnect.ClientService.exe", "AteraAgent.exe", "TeamViewer.exe", "anydesk.exe", "quickassist.exe", "zaservice.exe"]
USB_COMMON = [("USB Receiver", "046d", "c52b"), ("HD Pro Webcam C920", "046d", "082d"), ("YubiKey OTP+FIDO+CCID", "1050", "0407"),
              ("USB2.0 Hub", "05e3", "0610"), ("Dell Universal Dock D6000", "17e9", "6006"), ("USB-C Digital AV Multiport Adapter", "05ac", "1460"),
              ("Jabra Evolve2 65", "0b0e", "245f"), ("MX Master 3", "046d", "4082"), ("Keychron K2", "05ac", "024f"),
              ("USB Optical Mouse", "093a", "2510"), ("Ultra USB 3.0", "0781", "5591"), ("ThinkPad USB-C Dock Gen2", "17ef", "a396")]
KVMS = [("PiKVM Composite Device", "1d6b", "0104", "PiKVM V3"), ("Multifunction USB Device", "1d6b", "0104", "TinyPilot"),
        ("USB Emulation Device", "1d6b", "0104", ""), ("NanoKVM", "3346", "1009", "")]
GADGET = ("Multifunction Composite Gadget", "1d6b", "0104")
DISPLAYS = ["DELL U2720Q", "DELL P2422H", "LG HDR 4K", "LG ULTRAFINE", "HP E24 G5", "Color LCD", "Built-in Retina Display",
            "BenQ GW2480", "ASUS VG249", "SAMSUNG", "LEN T24i-20", "AOC 24G2"]
MAC_MODELS = ["MacBookPro18,1", "MacBookPro18,3", "Mac14,7", "Mac15,3", "MacBookAir10,1"]
WIN_MODELS = ["ThinkPad T14 Gen 3", "ThinkPad X1 Carbon Gen 10", "Latitude 5440", "Latitude 7430", "HP EliteBook 840 G9", "XPS 13 9315"]

EMAIL_DOMAINS = [("gmail.com", 46), ("outlook.com", 14), ("hotmail.com", 5), ("yahoo.com", 6), ("proton.me", 4), ("icloud.com", 5),
                 ("protonmail.com", 2), ("aol.com", 1), ("gmx.com", 2), ("mail.com", 1), ("zoho.com", 1), ("live.com", 2), ("yandex.com", 1)]
ED_NAMES = [d for d, _ in EMAIL_DOMAINS]
ED_W = [w for _, w in EMAIL_DOMAINS]

SKILLS = ["Python", "Java", "JavaScript", "TypeScript", "React", "Node.js", "Go", "Rust", "C#", ".NET", "AWS", "Azure", "GCP",
          "Kubernetes", "Docker", "Terraform", "PostgreSQL", "MongoDB", "Redis", "Kafka", "Spark", "Django", "Flask", "Spring Boot",
          "Vue.js", "Angular", "Next.js", "GraphQL", "Solidity", "Web3.js", "Swift", "Kotlin", "Flutter", "React Native",
          "PHP", "Laravel", "Ruby on Rails", "CI/CD", "Jenkins", "GitHub Actions", "Figma", "Selenium", "Pandas", "PyTorch"]
TITLES = ["Software Engineer", "Senior Software Engineer", "Full Stack Developer", "Backend Developer", "Frontend Developer",
          "DevOps Engineer", "Mobile Developer", "Data Engineer", "QA Automation Engineer", "Blockchain Developer",
          "Cloud Engineer", "Site Reliability Engineer", "Machine Learning Engineer", "Technical Lead"]
CO_WORDS = ["Blue", "North", "Bright", "Iron", "Silver", "Summit", "Harbor", "Pixel", "Quantum", "Cedar", "Apex", "Nimbus",
            "Vertex", "Lumen", "Atlas", "Orbit", "Pioneer", "Keystone", "Crescent", "Granite", "Beacon", "Falcon", "Sable", "Tidal"]
CO_WORDS2 = ["Wave", "Labs", "Systems", "Analytics", "Logic", "Works", "Health", "Pay", "Cloud", "Data", "Soft", "Bridge",
             "Stack", "Point", "Dynamics", "Networks", "Digital", "Capital", "Retail", "Robotics", "Bio", "Security"]
CO_SUFFIX = ["Inc.", "LLC", "Ltd", "Corp.", "GmbH", "S.A.", "Technologies", "Group", ""]
UNIS = ["University of Texas at Austin", "Georgia Institute of Technology", "Arizona State University", "University of Toronto",
        "Warsaw University of Technology", "Kyiv Polytechnic Institute", "IIT Bombay", "VIT University", "University of the Philippines",
        "Universidade de Sao Paulo", "UNAM", "TU Munchen", "University of Lagos", "Hanoi University of Science and Technology",
        "Universidad de Buenos Aires", "Universidad de los Andes", "Politehnica University of Bucharest", "LUMS", "Seoul National University",
        "Penn State University", "Rutgers University", "Ohio State University", "University of Washington", "Coursera certificate"]
SUMMARY_BITS = ["Engineer with {y} years of experience building {a} for {b}.", "Passionate about clean code and {c}.",
                "Shipped {a} used by {n} users.", "Led a team of {t} engineers across {z} time zones.",
                "Comfortable owning features end to end, from design to monitoring.", "Strong background in {c} and {d}.",
                "Enjoy mentoring junior developers and writing documentation.", "Open-source contributor to {d} tooling.",
                "Focused on performance, testing and developer experience.", "Worked remotely with distributed teams since {s}."]
A_BITS = ["payment platforms", "e-commerce storefronts", "internal tools", "data pipelines", "mobile apps", "trading dashboards",
          "healthcare portals", "logistics systems", "SaaS products", "marketplaces", "DeFi protocols", "CRM integrations"]
C_BITS = ["distributed systems", "API design", "cloud infrastructure", "test automation", "UI engineering", "observability", "security"]
TEMPLATES = {  # a popular resume-template site's canned text (many honest people paste it)
    "t1": ("PROFESSIONAL SUMMARY\nResults-driven software professional with a proven track record of delivering high-quality, "
           "scalable solutions in fast-paced environments. Adept at collaborating with cross-functional teams to translate business "
           "requirements into robust technical designs. Known for strong problem-solving skills, attention to detail and a commitment "
           "to continuous learning.\nCORE COMPETENCIES"),
    "t2": ("SUMMARY\nDetail-oriented and motivated developer seeking to leverage expertise in modern frameworks to contribute to a "
           "dynamic organization. Excellent communication skills and ability to work independently or as part of a team. "
           "Committed to writing maintainable code and meeting deadlines.\nSKILLS"),
    "t3": ("CAREER OBJECTIVE\nHighly skilled engineer with extensive hands-on experience across the full software development "
           "life cycle. Passionate about leveraging cutting-edge technologies to drive innovation, optimize performance and "
           "deliver exceptional user experiences.\nTECHNICAL SKILLS"),
}


# --------------------------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------------------------

def sha(s, n=32):
    return hashlib.sha256(s.encode()).hexdigest()[:n]


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def wchoice(r, items, weights):
    return r.choices(items, weights)[0]


def ascii_slug(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


class World:
    def __init__(self, size, seed):
        self.r = random.Random(seed)
        self.size = size
        self.nrng = np.random.default_rng(self.r.getrandbits(63))
        self.subjects = []   # dicts
        self.truth = {}      # row id -> [fraud, ring, role/tags list]
        self.logins, self.endpoint, self.payments, self.shipments, self.domains = [], [], [], [], []
        self.photo_jobs = []  # (path, face seed or 'default', edit spec)
        self.resume_files = []  # (path, text)
        self.cand = {}       # row id -> list of (tag, channel, value)
        self.index = {}      # (channel, value) -> set(person keys)
        self.row_person = {}
        self.used_ids = set()
        self.used_prefixes = set()
        self.networks = {}   # (country, asn) -> dict
        self.pools = {}
        self.fraud_rows = 0
        self.next_person = 0
        self._build_networks()
        self._build_clients()

    # ---------------- ids / registration ----------------
    def new_id(self, kind):
        pre = {"applicant": "cand", "contractor": "wkr", "employee": "wkr", "account": "usr"}[kind]
        while True:
            s = pre + "_" + "".join(self.r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(10))
            if s not in self.used_ids:
                self.used_ids.add(s)
                return s

    def new_person_key(self, prefix):
        self.next_person += 1
        return f"{prefix}{self.next_person}"

    def reg(self, row, channel, value, tag):
        """Row `row` shows `value` in `channel`; `tag` is added if two people show it."""
        if value is None or value == "":
            return
        key = (channel, value)
        self.index.setdefault(key, set()).add(self.row_person[row])
        if tag:
            self.cand.setdefault(row, []).append((tag, key))

    # ---------------- networks ----------------
    def _prefix(self):
        while True:
            a = self.r.choice([23, 24, 38, 45, 47, 50, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82,
                               83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 101, 103, 104, 107, 108, 109,
                               110, 112, 113, 114, 115, 116, 117, 118, 119, 121, 122, 123, 124, 125, 128, 129, 130, 131, 134, 136,
                               137, 138, 139, 140, 141, 142, 143, 144, 146, 147, 148, 149, 151, 152, 154, 155, 156, 157, 158,
                               159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 170, 171, 173, 174, 175, 176, 177, 178, 179,
                               180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 193, 194, 195, 196, 197, 199, 200, 201,
                               202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 216, 217, 218, 219, 220, 221, 222, 223])
            b = self.r.randint(0, 255)
            if (a, b) not in self.used_prefixes and not (a == 192 and b == 168):
                self.used_prefixes.add((a, b))
                return (a, b)

    def _net(self, country, asn, owner, kind):
        n = {"country": country, "asn": asn, "owner": owner, "kind": kind, "prefixes": [self._prefix() for _ in range(2)]}
        self.networks[(country, asn)] = n
        return n

    def _build_networks(self):
        for cc, lst in ISPS.items():
            for asn, owner, kind in lst:
                self._net(cc, asn, owner, kind)
        for asn, owner in ENTERPRISE:
            self._net("ENT", asn, owner, "ent")
        for asn, owner in HOSTING:
            self._net("HOST", asn, owner, "host")
        # CGNAT pools: a mobile carrier shows few public addresses for many subscribers
        for (cc, asn), n in self.networks.items():
            if n["kind"] == "mob":
                self.pools[("cgnat", cc, asn)] = [self.ip_in(n) for _ in range(max(12, self.size // 60))]
        # VPN exit pools
        for prov, asns in VPN_PROVIDERS.items():
            exits = []
            for _ in range(40 if prov != "astrill" else 30):
                n = self.networks[("HOST", self.r.choice(asns))]
                cc, city = self.r.choice(EXIT_CITIES)
                exits.append((self.ip_in(n), n, cc, city))
            self.pools[("vpn", prov)] = exits

    def ip_in(self, n):
        a, b = self.r.choice(n["prefixes"])
        return f"{a}.{b}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"

    def home_net(self, cc):
        opts = [x for x in ISPS[cc] if x[2] == "res"] or ISPS[cc]
        asn = self.r.choice(opts)[0]
        return self.networks[(cc, asn)]

    def mobile_net(self, cc):
        opts = [x for x in ISPS[cc] if x[2] == "mob"] or ISPS[cc]
        return self.networks[(cc, self.r.choice(opts)[0])]

    # ---------------- companies / domains ----------------
    def company_name(self):
        return (self.r.choice(CO_WORDS) + self.r.choice(CO_WORDS2).lower() + " " + self.r.choice(CO_SUFFIX)).strip()

    def _domain_row(self, company, registered, registrant, ip, ns):
        base = ascii_slug(company.replace("Inc.", "").replace("LLC", "").replace("Ltd", "").replace("Corp.", "")
                          .replace("GmbH", "").replace("S.A.", "").replace("Group", "").replace("Technologies", ""))
        dom = base + self.r.choice([".com", ".com", ".com", ".io", ".co", ".tech", ".net"])
        while any(d["domain"] == dom for d in self.domains[-400:]) or dom in self._domset:
            dom = base + str(self.r.randint(2, 99)) + ".com"
        self._domset.add(dom)
        self.domains.append({"domain": dom, "company": company, "registered_at": registered, "registrant_email": registrant,
                             "ip": ip, "nameservers": ns})
        return dom

    def _build_clients(self):
        r = self.r
        self._domset = set()
        self.cf_ips = [f"104.21.{r.randint(0, 255)}.{r.randint(1, 254)}" for _ in range(12)] + \
                      [f"172.67.{r.randint(0, 255)}.{r.randint(1, 254)}" for _ in range(12)]
        self.privacy_regs = ["contact@privacyguardian.org", "redacted@redacted-for-privacy.com", "abuse@withheldforprivacy.com",
                             "proxy@domainsbyproxy.com"]
        ns_sets = ["ns1.cloudflare.com;ns2.cloudflare.com", "ns-112.awsdns-14.com;ns-1309.awsdns-35.org",
                   "ns1.domaincontrol.com;ns2.domaincontrol.com", "dns1.registrar-servers.com;dns2.registrar-servers.com",
                   "ns1.google.com;ns2.google.com", "ns1.vercel-dns.com;ns2.vercel-dns.com"]
        self.ns_sets = ns_sets
        self.clients = []
        for i in range(max(25, self.size // 60)):
            name = self.company_name()
            young = r.random() < 0.05
            reg = date(r.randint(2023, 2024), r.randint(1, 12), r.randint(1, 28)) if young else date(r.randint(1998, 2021), r.randint(1, 12), r.randint(1, 28))
            dom_reg = r.random()
            registrant = r.choice(self.privacy_regs) if dom_reg < 0.5 else ("" if dom_reg < 0.7 else None)
            ip = r.choice(self.cf_ips) if r.random() < 0.45 else f"{self._prefix()[0]}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            dom = self._domain_row(name, reg.isoformat() + "T00:00:00Z", "", ip, r.choice(ns_sets))
            if registrant is None:
                registrant = f"{r.choice(['admin', 'hostmaster', 'it', 'domains'])}@{dom}"
            self.domains[-1]["registrant_email"] = registrant
            cc = wchoice(r, ["US", "US", "US", "GB", "CA", "DE", "PL", "BR", "IN"], [1] * 9)
            city = r.choice(COUNTRIES[cc][3])
            office = self.make_address(cc, city)
            self.clients.append({"name": name, "domain": dom, "young": young, "cc": cc, "city": city, "office": office,
                                 "gw": self.mac(), "ip_net": self.networks[("ENT", r.choice(ENTERPRISE)[0])],
                                 "ip": None, "did_area": r.choice(US_AREAS) if cc == "US" else None, "did_next": r.randint(2000, 7000),
                                 "registered": reg})
            self.clients[-1]["ip"] = self.ip_in(self.clients[-1]["ip_net"])

    # ---------------- people ----------------
    def draw_identity(self, cc=None):
        r = self.r
        cc = cc or wchoice(r, CC_LIST, CC_W)
        cults = CULTURE_BY_COUNTRY[cc]
        cult = wchoice(r, list(cults), list(cults.values()))
        given, fam = NAMES[cult]
        first, last = r.choice(given), r.choice(fam)
        middle = r.choice(given)[0] + "." if r.random() < 0.12 else ""
        if cult in ("chinese", "korean", "vietnamese") and r.random() < 0.15:
            full = f"{last} {first}"
        else:
            full = " ".join(x for x in (first, middle, last) if x)
        city = r.choice(COUNTRIES[cc][3])
        bd = date(r.randint(1966, 2003), r.randint(1, 12), r.randint(1, 28))
        nid = "sha256:" + sha(SALT + cc + str(r.getrandbits(40)))
        return {"cc": cc, "cult": cult, "first": first, "last": last, "full": full, "city": city, "birth": bd.isoformat(),
                "nid": nid, "home": self.make_address(cc, city), "face": r.getrandbits(62)}

    def make_address(self, cc, city):
        r = self.r
        grp = STREET_GROUP.get(cc, "gen")
        unit = ""
        if r.random() < 0.4:
            unit = str(r.randint(1, 40)) + (r.choice("ABCD") if r.random() < 0.4 else "")
        postal_pre = city[4]
        if cc == "US":
            postal = postal_pre + _d(r, 2)
        elif cc == "CA":
            postal = postal_pre + " " + str(r.randint(1, 9)) + r.choice("ABCEGHJKLMNPRSTVXY") + str(r.randint(1, 9))
        elif cc == "GB":
            postal = postal_pre + " " + str(r.randint(1, 9)) + r.choice("ABDEFGHJLNPQRSTUWXYZ") + r.choice("ABDEFGHJLNPQRSTUWXYZ")
        else:
            postal = (postal_pre + _d(r, 6))[:max(5, len(postal_pre) + 2)]
        if grp == "en":
            street = r.choice(STREETS["en"])
            suf = r.choice(SUFFIX)
        else:
            street = r.choice(STREETS[grp])
            suf = None
        return {"cc": cc, "num": str(r.randint(1, 9800)), "street": street, "suf": suf, "unit": unit, "city": city[0],
                "region": city[1], "postal": postal}

    def fmt_address(self, a, style=None):
        """Write an address; style 0 is the canonical way, 1-3 the variants people use."""
        r = self.r
        style = r.choice([0, 0, 0, 1, 2, 3]) if style is None else style
        if a["suf"]:
            suf = a["suf"][0] if style in (0, 3) else a["suf"][1] + ("." if style == 2 else "")
            unit = ""
            if a["unit"].startswith("Suite"):
                unit = [", ", " ", " ", ", "][style] + (a["unit"] if style != 1 else "Ste " + a["unit"][6:])
            elif a["unit"]:
                unit = [", Apt " + a["unit"], " #" + a["unit"], " Apt. " + a["unit"], ", Unit " + a["unit"]][style]
            line = f"{a['num']} {a['street']} {suf}{unit}"
            if a["cc"] == "US" or a["cc"] == "CA":
                s = f"{line}, {a['city']}, {a['region']} {a['postal']}" if style != 1 else f"{line} {a['city']} {a['region']} {a['postal']}"
            else:
                s = f"{line}, {a['city']} {a['postal']}"
            if style == 3:
                s = s.upper()
            if style == 2 and a["cc"] in ("US", "CA"):
                s += ", USA" if a["cc"] == "US" else ", Canada"
            return s
        unit = ("/" + a["unit"]) if a["unit"] else ""
        if a["cc"] in ("IN", "PH", "NG", "PK", "KE", "EG", "VN", "KR", "JP"):
            u = (("Flat " if style != 1 else "#") + a["unit"] + ", ") if a["unit"] else ""
            s = f"{u}{a['num']} {a['street']}, {a['city']} {a['postal']}"
            if style == 2:
                s = s.replace(", ", " ")
            return s
        s = f"{a['street']} {a['num']}{unit}, {a['postal']} {a['city']}"
        if style == 1:
            s = f"{a['street']} {a['num']}{unit} {a['postal']} {a['city']}"
        elif style == 2:
            s = f"{a['street']} {a['num']}{(' apt ' + a['unit']) if a['unit'] else ''}, {a['city']}, {a['postal']}"
        return s

    def addr_key(self, a):
        return f"{a['cc']}|{a['num']}|{a['street']}|{a['unit']}|{a['postal']}"

    def phone(self, cc, nsn=None, intl=False):
        r = self.r
        code, fn = PHONE[cc]
        nsn = nsn or fn(r)
        st = r.random()
        if intl and code == "1":  # a number from another country than the subject's is written with its +code
            st = 0.3 + st * 0.5
        if code == "1":
            if st < 0.3:
                return f"({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}"
            if st < 0.55:
                return f"+1 {nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"
            if st < 0.8:
                return f"+1{nsn}"
            return f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}"
        if st < 0.5:
            return f"+{code}{nsn}"
        return f"+{code} {nsn[:3]} {nsn[3:6]} {nsn[6:]}"

    def email_for(self, first, last, birth):
        r = self.r
        f, l = ascii_slug(first), ascii_slug(last)
        st = r.random()
        yy = birth[2:4]
        if st < 0.25:
            local = f"{f}.{l}"
        elif st < 0.45:
            local = f"{f}{l}{r.randint(1, 999)}"
        elif st < 0.55:
            local = f"{f[0]}{l}{yy}"
        elif st < 0.65:
            local = f"{f}_{l}"
        elif st < 0.75:
            local = f"{l}.{f}{r.randint(1, 99)}"
        elif st < 0.85:
            local = f"{f}.dev{r.randint(1, 9999)}"
        else:
            local = f"{f}{r.choice(['codes', 'tech', 'js', 'eng', 'io', 'works', 'x'])}{r.randint(1, 999)}"
        if r.random() < 0.04:
            return f"{local}@{f}{l}.dev"
        return f"{local}@{wchoice(r, ED_NAMES, ED_W)}"

    def _any_name(self):
        """first, last and birth date of someone drawn like everybody else (an operator's handler mailbox)."""
        q = self.draw_identity()
        return q["first"], q["last"], q["birth"]

    def mac(self):
        r = self.r
        oui = r.choice(["a4:2b:b0", "c8:3a:35", "f4:f2:6d", "b0:be:76", "10:da:43", "e4:f4:c6", "3c:84:6a", "90:9a:4a",
                        "dc:a6:32", "50:c7:bf", "f8:1a:67", "74:da:38"])
        return oui + ":" + ":".join(f"{r.randint(0, 255):02x}" for _ in range(3))

    def ssid(self):
        r = self.r
        return r.choice(["NETGEAR", "TP-Link_", "xfinitywifi-home-", "ATT", "Spectrum-", "MySpectrumWiFi", "Verizon_", "HOME-",
                         "Livebox-", "FRITZ!Box 7590 ", "UPC", "FASTWEB-", "Tenda_", "ASUS_", "eero-"]) + f"{r.randint(10, 9999):X}"

    def bank(self):
        return "h:" + sha(SALT + "acct" + str(self.r.getrandbits(48)), 24)

    def crypto(self):
        r = self.r
        if r.random() < 0.6:
            return "T" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789") for _ in range(33))
        return "0x" + "".join(r.choice("0123456789abcdef") for _ in range(40))

    def payout_account(self, method=None):
        r = self.r
        method = method or wchoice(r, ["bank", "wallet", "crypto"], [78, 17, 5])
        if method == "crypto":
            return method, self.crypto()
        return method, self.bank() if method == "bank" else "w:" + sha(SALT + "wallet" + str(r.getrandbits(48)), 20)

    # ---------------- photos / resumes ----------------
    def photo_path(self, row, face, edit=None, shared_file=None):
        if shared_file:
            return shared_file
        ext = "jpg" if self.r.random() < 0.7 else "png"
        path = f"photos/{row}.{ext}"
        self.photo_jobs.append((path, face, edit))
        return path

    def random_edit(self):
        r = self.r
        return {"mirror": r.random() < 0.5, "crop": r.randint(0, 10) if r.random() < 0.6 else 0,
                "bright": r.uniform(0.8, 1.2) if r.random() < 0.6 else 1.0, "noise": r.uniform(2, 8) if r.random() < 0.5 else 0.0,
                "nseed": r.getrandbits(62)}

    def resume_text(self, p, skills=None, jobs=None, template=None, summary=None):
        r = self.r
        skills = skills or r.sample(SKILLS, r.randint(6, 11))
        if jobs is None:
            jobs, y = [], 2025
            for _ in range(r.randint(2, 4)):
                span = r.randint(1, 4)
                jobs.append((r.choice(TITLES), self.company_name(), y - span, y, r.choice(A_BITS)))
                y -= span + r.randint(0, 1)
        if summary is None:
            bits = r.sample(SUMMARY_BITS, 3)
            summary = " ".join(b.format(y=r.randint(3, 12), a=r.choice(A_BITS), b=r.choice(["startups", "Fortune 500 clients", "fintech", "healthcare", "agencies"]),
                                        c=r.choice(C_BITS), d=r.choice(C_BITS), n=r.choice(["50k", "1M+", "200k", "3M"]),
                                        t=r.randint(3, 9), z=r.randint(2, 4), s=r.randint(2015, 2021)) for b in bits)
        lines = [p["full"].upper(), f"{p['email']} | {p['phone']} | {p['city'][0]}"]
        if template:
            lines.append(TEMPLATES[template])
            lines.append(", ".join(skills))
        else:
            lines += ["SUMMARY", summary, "SKILLS", ", ".join(skills)]
        lines.append("EXPERIENCE")
        for t, c, a, b, what in jobs:
            lines.append(f"{t}, {c} ({a}-{b if b < 2025 else 'Present'})")
            lines.append(f"- Built and maintained {what} using {r.choice(skills)} and {r.choice(skills)}.")
            lines.append(f"- Improved {r.choice(['latency', 'test coverage', 'deployment frequency', 'conversion', 'uptime'])} by {r.randint(15, 70)}%.")
        lines.append("EDUCATION")
        lines.append(f"B.Sc. Computer Science, {r.choice(UNIS)}, {int(p['birth'][:4]) + 22}")
        return "\n".join(lines), skills, jobs, summary

    def resume_field(self, row, text):
        if self.r.random() < 0.35:
            return text.replace("\n", " | ")
        ext = self.r.choice(["txt", "txt", "md"])
        path = f"resumes/{row}.{ext}"
        self.resume_files.append((path, text))
        return path

    def profiles(self, p, extra=None):
        r = self.r
        out = []
        slug = ascii_slug(p["first"]) + "-" + ascii_slug(p["last"])
        if r.random() < 0.75:
            out.append(f"https://www.linkedin.com/in/{slug}-{sha(str(r.getrandbits(30)), 8) if r.random() < 0.6 else r.randint(1, 999)}")
        if r.random() < 0.5:
            out.append(f"https://github.com/{ascii_slug(p['first'])[:6]}{ascii_slug(p['last'])[:6]}{r.randint(0, 99) if r.random() < 0.5 else ''}")
        if extra:
            out.append(extra)
        elif r.random() < 0.12:
            out.append(f"https://{ascii_slug(p['first'])}{ascii_slug(p['last'])}.{r.choice(['dev', 'vercel.app', 'netlify.app', 'github.io'])}")
        return ";".join(out)

    # ---------------- subject rows ----------------
    def add_subject(self, person_key, kind, p, created, fraud, ring, tags, *, address=None, email=None, phone=None, photo=None,
                    resume=None, profiles=None, employer="", recovery_email="", recovery_phone="", signup_ip="", name=None,
                    birth=None, nid=None, cc=None):
        r = self.r
        rid = self.new_id(kind)
        self.row_person[rid] = person_key
        row = {"id": rid, "kind": kind, "full_name": name or p["full"], "email": email if email is not None else p["email"],
               "phone": phone if phone is not None else p["phone"], "address": address if address is not None else "",
               "country": cc or p["cc"], "birth_date": birth if birth is not None else p["birth"],
               "national_id": nid if nid is not None else p["nid"], "photo": photo or "", "resume": resume or "",
               "profiles": profiles or "", "employer": employer, "created_at": iso(created), "recovery_email": recovery_email,
               "recovery_phone": recovery_phone, "signup_ip": signup_ip}
        self.subjects.append(row)
        self.truth[rid] = [1 if fraud else 0, ring or "", list(tags)]
        if fraud:
            self.fraud_rows += 1
        return rid

    def login(self, rid, ts, ip, net, device, ua, cc, city, proxy=None, outcome=None):
        r = self.r
        if outcome is None:
            outcome = wchoice(r, ["success", "failure", "challenge", "deny", ""], [84, 5, 6, 1, 4])
        if proxy is None:
            proxy = "false" if r.random() < 0.7 else ""
        risk = ""
        x = r.random()
        if x < 0.55:
            risk = wchoice(r, ["none", "low", "medium", "high"], [60, 30, 8, 2] if proxy != "true" else [25, 35, 30, 10])
        self.logins.append({"subject_id": rid, "ts": iso(ts), "ip": ip, "device_id": device, "user_agent": ua, "country": cc,
                            "outcome": outcome, "source_proxy": proxy, "asn": net["asn"], "network_owner": net["owner"], "city": city,
                            "risk_level": risk, "event_type": "user.session.start" if r.random() < 0.85 else "user.authentication.sso",
                            "session_id": "102" + sha(str(r.getrandbits(60)), 22)})

    def ua(self, os_):
        r = self.r
        v, m = r.randint(118, 131), r.randint(1, 6)
        pool = UA_WIN if os_ == "win" else UA_MAC if os_ == "mac" else UA_MOB
        return r.choice(pool).format(v=v, m=m)

    def ep(self, rid, ts, dev, kind, value, vid="", pid="", started=""):
        self.endpoint.append({"subject_id": rid, "ts": iso(ts), "device_id": dev, "kind": kind, "value": value,
                              "vendor_id": vid, "product_id": pid, "started_at": started})

    def when(self, day, local_hour, offset):
        """A UTC timestamp for a local hour on `day` in a zone `offset` hours from UTC."""
        t = day.replace(hour=0, minute=0, second=0) + timedelta(hours=local_hour - offset, minutes=self.r.randint(0, 59),
                                                                seconds=self.r.randint(0, 59))
        return t

    def rand_day(self, a, b):
        if b <= a:
            b = a + timedelta(days=1)
        return a + timedelta(seconds=self.r.randint(0, int((b - a).total_seconds())))

    def laptop(self):
        r = self.r
        os_ = "mac" if r.random() < 0.4 else "win"
        model = r.choice(MAC_MODELS if os_ == "mac" else WIN_MODELS)
        serial = ("C02" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))) if os_ == "mac" else \
                 ("PF" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(6)))
        dev = "host-" + sha(str(r.getrandbits(64)), 12)
        return {"os": os_, "model": model, "serial": serial, "dev": dev, "ua": self.ua(os_)}

    def telemetry(self, rid, lap, start, end, *, gw, ssid, tz, keyboards, remote=(), kvm=None, gadget=False, rdp=False,
                  session_from=None, session_days=0.0, extra_usb=()):
        """osquery-like snapshots from one laptop."""
        r = self.r
        procs = WIN_PROCS if lap["os"] == "win" else MAC_PROCS
        snaps = r.randint(1, 3)
        for k in range(snaps):
            ts = self.rand_day(start, min(end, start + timedelta(days=120)))
            if k == 0:
                self.ep(rid, ts, lap["dev"], "system", lap["model"])
                self.ep(rid, ts, lap["dev"], "timezone", tz)
                for kb in keyboards:
                    self.ep(rid, ts, lap["dev"], "keyboard", kb)
            for pname in r.sample(procs, r.randint(4, 7)):
                self.ep(rid, ts, lap["dev"], "process", pname)
            for pname in remote:
                self.ep(rid, ts, lap["dev"], "process", pname)
            self.ep(rid, ts, lap["dev"], "gateway_mac", gw)
            if r.random() < 0.5:
                self.ep(rid, ts, lap["dev"], "network", ssid)
            for name, vid, pid in r.sample(USB_COMMON, r.randint(1, 3)) + list(extra_usb):
                self.ep(rid, ts, lap["dev"], "usb", name, vid, pid)
            if kvm:
                self.ep(rid, ts, lap["dev"], "usb", kvm[0], kvm[1], kvm[2])
                if kvm[3] and k == 0:
                    self.ep(rid, ts, lap["dev"], "display", kvm[3])
            if gadget:
                self.ep(rid, ts, lap["dev"], "usb", *GADGET)
            if r.random() < 0.6 and not (kvm and kvm[3]):
                self.ep(rid, ts, lap["dev"], "display", r.choice(DISPLAYS))
            if rdp and lap["os"] == "win":
                self.ep(rid, ts, lap["dev"], "listening_port", "3389/tcp")
            elif r.random() < 0.1:
                self.ep(rid, ts, lap["dev"], "listening_port", r.choice(["22/tcp", "5432/tcp", "8080/tcp", "3000/tcp"]))
            if session_from:
                st = ts - timedelta(hours=session_days * 24 * r.uniform(0.7, 1.0))
                self.ep(rid, ts, lap["dev"], "remote_session", session_from, started=iso(st))

    # ---------------- activity windows ----------------
    def login_hours(self, mode, offset):
        r = self.r
        if mode == "day":
            return r.choice([8, 9, 9, 10, 10, 11, 13, 14, 15, 16, 17, 18, 20])
        if mode == "night":
            return r.choice([21, 22, 23, 0, 1, 2, 3, 4, 5, 6])
        raise ValueError(mode)

    # ============================================================================================
    # honest population
    # ============================================================================================
    def honest_person(self, ctx, victim_of=None):
        """An honest person and all their rows.  ctx: dict with the group's shared things."""
        r = self.r
        cc = ctx.get("cc")
        p = self.draw_identity(cc)
        if ctx.get("home"):
            p["home"] = ctx["home"]
            p["city"] = ctx["city"]
        if ctx.get("last"):
            p["last"] = ctx["last"]
            p["full"] = f"{p['first']} {p['last']}"
        if victim_of:
            p.update(victim_of)
        p["email"] = self.email_for(p["first"], p["last"], p["birth"])
        p["phone"] = self.phone(p["cc"])
        key = self.new_person_key("H")
        static = []
        grp = ctx.get("group")  # family / roommates / subagency / office / coworking / None
        # behaviours (the same rates whatever the name or country)
        night = r.random() < 0.05
        two_country = r.random() < 0.03
        traveller = r.random() < 0.06
        vpn_user = r.random() < 0.07
        vpn_prov = r.choice(["nord", "proton", "mullvad", "express", "surfshark", "astrill" if r.random() < 0.25 else "nord"])
        admin = r.random() < (0.03 if grp != "subagency" else 0.0)
        homelab = r.random() < 0.008
        gadget = r.random() < 0.006
        heritage = []
        herit_p = {"korean": 0.35, "chinese": 0.3, "japanese": 0.3, "vietnamese": 0.25, "ukrainian": 0.3, "slavic": 0.3,
                   "polish": 0.15, "hispanic": 0.15, "arabic": 0.3, "lusophone": 0.1}.get(p["cult"], 0.02)
        kb_map = {"korean": "ko-KR", "chinese": "zh-CN", "japanese": "ja-JP", "vietnamese": "vi-VN", "ukrainian": "uk-UA",
                  "slavic": "ru-RU", "polish": "pl-PL", "hispanic": "es-ES", "arabic": "ar-EG", "lusophone": "pt-BR"}
        local_kb = COUNTRIES[p["cc"]][2]
        if r.random() < herit_p and kb_map.get(p["cult"]) and kb_map[p["cult"]] != local_kb:
            heritage = [kb_map[p["cult"]]]
        elif r.random() < 0.01:
            heritage = [r.choice(["ko-KR", "zh-CN", "ru-RU", "ja-JP"])]
        crypto_pay = r.random() < 0.05
        # row plan
        x = r.random()
        if grp in ("subagency", "office"):
            plan = ["worker"] if r.random() < 0.7 else ["applicant", "worker"]
        elif grp == "recruiter":
            plan = ["account"]
        elif x < 0.47:
            plan = ["applicant"]
        elif x < 0.82:
            plan = ["worker"]
        elif x < 0.95:
            plan = ["applicant", "worker"]
        else:
            plan = ["applicant", "applicant"] + (["worker"] if r.random() < 0.4 else [])
            static.append("reapplicant")
        if ctx.get("force_plan"):
            plan = ctx["force_plan"]
        mover = len(plan) > 1 and r.random() < 0.08
        name_change = len(plan) > 1 and r.random() < 0.04
        # things fixed for the person
        home_net = ctx.get("home_net") or self.home_net(p["cc"])
        home_ip = ctx.get("home_ip") or self.ip_in(home_net)
        gw = ctx.get("gw") or self.mac()
        ssid = ctx.get("ssid") or self.ssid()
        pdev = ctx.get("family_dev") if ctx.get("family_dev") and r.random() < 0.7 else None
        pdev = pdev or {"dev": "dev-" + sha(str(r.getrandbits(64)), 14), "os": r.choice(["win", "mac"])}
        if "ua" not in pdev:
            pdev["ua"] = self.ua(pdev["os"])
        phone_dev = {"dev": "dev-" + sha(str(r.getrandbits(64)), 14), "ua": self.ua("mob")}
        city = p["city"]
        offset, tzname = city[3], city[2]
        if two_country:
            cc2 = wchoice(r, CC_LIST, CC_W)
            while cc2 == p["cc"]:
                cc2 = wchoice(r, CC_LIST, CC_W)
            city2 = r.choice(COUNTRIES[cc2][3])
            net2 = self.home_net(cc2)
            ip2 = self.ip_in(net2)
        photo_face = p["face"]
        has_photo = r.random() < 0.7
        default_avatar = has_photo and r.random() < 0.09
        template = r.choice(list(TEMPLATES)) if r.random() < 0.16 else None
        has_resume = r.random() < 0.85
        res_parts = None
        payout = ctx.get("payout")
        if payout is None:
            payout = self.payout_account("crypto" if crypto_pay else None)
        rec_email = ctx.get("rec_email") if ctx.get("rec_email") and r.random() < 0.8 else (self.email_for(p["first"], p["last"], p["birth"]) if r.random() < 0.5 else "")
        rec_phone = ctx.get("rec_phone") if ctx.get("rec_phone") and r.random() < 0.8 else (self.phone(p["cc"]) if r.random() < 0.35 else "")
        if two_country and rec_phone and not ctx.get("rec_phone") and r.random() < 0.5:
            rec_phone = self.phone(cc2, intl=True)
        placeholder = r.random() < 0.008
        start = self.rand_day(T0, T1 - timedelta(days=60))
        if ctx.get("cohort"):
            start = ctx["cohort"] + timedelta(hours=r.randint(0, 20))
        rows = []
        addr = p["home"]
        cur_email, cur_name, cur_phone = p["email"], p["full"], p["phone"]
        employer = ctx.get("employer") or r.choice(self.clients)["name"]
        prof_extra = ctx.get("profile")
        profiles = self.profiles(p, prof_extra)
        t = start
        for i, kind in enumerate(plan):
            if i > 0:
                t = t + timedelta(days=r.randint(10, 200))
                if t > T1:
                    t = T1 - timedelta(days=r.randint(1, 20))
            tags = list(static)
            if kind == "worker":
                kind = "contractor" if r.random() < 0.55 else "employee"
            if i > 0 and mover and i == len(plan) - 1:
                addr = self.make_address(p["cc"], r.choice(COUNTRIES[p["cc"]][3])) if not ctx.get("home") else addr
                tags.append("mover")
            if i > 0 and name_change and i == len(plan) - 1:
                cur_name = f"{p['first']} {r.choice(NAMES[p['cult']][1])}-{p['last']}" if r.random() < 0.5 else f"{p['first']} {r.choice(NAMES[p['cult']][1])}"
                cur_email = self.email_for(p["first"], cur_name.split()[-1], p["birth"])
                tags.append("name_change")
            if i > 0 and "reapplicant" in static and r.random() < 0.4:
                cur_email = self.email_for(p["first"], p["last"], p["birth"])
            if i > 0 and r.random() < 0.1:
                cur_phone = self.phone(p["cc"])
            style = 0 if i == 0 else r.choice([0, 1, 2, 3])
            addr_s = self.fmt_address(addr, style) if (kind != "applicant" or r.random() < 0.6) else ""
            rid_kind = kind
            # photo
            photo = ""
            rid_placeholder = None
            if has_photo:
                if default_avatar:
                    photo = "photos/default_avatar.png"
                else:
                    photo = None  # set after id known
            # resume
            created = t
            rid = self.add_subject(key, rid_kind, p, created, False, "", tags, address=addr_s, email=cur_email, phone=cur_phone,
                                   employer=employer, name=cur_name,
                                   nid=("sha256:" + sha(SALT + "000000000")) if placeholder else p["nid"],
                                   recovery_email=rec_email if kind != "applicant" or r.random() < 0.5 else "",
                                   recovery_phone=rec_phone)
            row = self.subjects[-1]
            rows.append(rid)
            if has_photo and not default_avatar:
                edit = self.random_edit() if (i > 0 and r.random() < 0.3) else None
                row["photo"] = self.photo_path(rid, photo_face, edit)
            elif default_avatar:
                row["photo"] = photo
                self.reg(rid, "photo", "default", "default_avatar")
            if has_resume and (kind == "applicant" or r.random() < 0.6):
                if res_parts is None or r.random() < 0.3:
                    p2 = dict(p, email=cur_email, phone=cur_phone, full=cur_name)
                    text, sk, jb, sm = self.resume_text(p2, template=template)
                    res_parts = (sk, jb, sm)
                else:
                    p2 = dict(p, email=cur_email, phone=cur_phone, full=cur_name)
                    text = self.resume_text(p2, skills=res_parts[0], jobs=res_parts[1], summary=res_parts[2], template=template)[0]
                row["resume"] = self.resume_field(rid, text)
                if template:
                    self.reg(rid, "resume_tpl", template, "resume_template")
            row["profiles"] = profiles if r.random() < 0.85 else ""
            if prof_extra and prof_extra in row["profiles"]:
                self.reg(rid, "profile", prof_extra, ctx.get("tag_profile", "shared_profile_site"))
            if placeholder:
                self.reg(rid, "nid", row["national_id"], "placeholder_national_id")
            if victim_of:
                tags.append("identity_theft_victim")
                self.truth[rid][2] = tags
            if ctx.get("cohort") and i == 0:
                self.reg(rid, "cohort", ctx["cohort_id"], "batch_onboarding")
            if row["address"]:
                self.reg(rid, "home", self.addr_key(addr), ctx.get("tag_home"))
                if style != 0:
                    tags.append("address_variants")
            if row["recovery_email"]:
                self.reg(rid, "rec_email", row["recovery_email"], "shared_recovery_contact")
            if row["recovery_phone"]:
                self.reg(rid, "rec_phone", row["recovery_phone"], "shared_recovery_contact")
            if ctx.get("did"):
                pass
            # ---- activity ----
            is_worker = kind in ("contractor", "employee")
            end = min(T1, created + timedelta(days=r.randint(90, 600))) if is_worker else min(T1, created + timedelta(days=30))
            sign_ip = None
            nlog = r.randint(1, 3) if not is_worker else r.randint(6, 14)
            lap = self.laptop() if is_worker and r.random() < 0.8 else None
            at_office = ctx.get("office_ip") and is_worker
            for j in range(nlog):
                day = self.rand_day(created, end)
                mode = "night" if night and r.random() < 0.8 else "day"
                hour = self.login_hours(mode, offset)
                o, ccx, cityx, net, ip, proxy = offset, p["cc"], city[0], home_net, home_ip, None
                dev = lap if (lap and r.random() < 0.85) else (pdev if r.random() < 0.75 else phone_dev)
                y = r.random()
                if at_office and y < 0.6:
                    net, ip = ctx["office_net"], ctx["office_ip"]
                    cityx = ctx.get("office_city", cityx)
                    self.reg(rid, "ip", ip, ctx.get("tag_office_net"))
                elif vpn_user and y < 0.55:
                    ipx, net, ccx, cityx = r.choice(self.pools[("vpn", vpn_prov)])
                    ip, proxy = ipx, ("true" if r.random() < 0.8 else "")
                    tags.append("privacy_vpn")
                    self.reg(rid, "ip", ip, "shared_vpn_exit")
                elif two_country and y < 0.5:
                    net, ip, ccx, cityx, o = net2, ip2, cc2, city2[0], city2[3]
                    tags.append("two_country")
                elif traveller and y < 0.2:
                    tcc = wchoice(r, CC_LIST, CC_W)
                    tcity = r.choice(COUNTRIES[tcc][3])
                    net = self.home_net(tcc) if r.random() < 0.5 else self.networks[("ENT", r.choice(ENTERPRISE)[0])]
                    ip, ccx, cityx, o = self.ip_in(net), tcc, tcity[0], tcity[3]
                    if tcc != p["cc"]:
                        tags.append("traveller")
                elif y < 0.75 and dev is phone_dev or (y > 0.97):
                    net = self.mobile_net(p["cc"])
                    ip = r.choice(self.pools[("cgnat", net["country"], net["asn"])])
                    self.reg(rid, "ip", ip, "cgnat_mobile")
                else:
                    if r.random() < 0.05:
                        home_ip = self.ip_in(home_net)  # dynamic address renewal
                        ip = home_ip
                    self.reg(rid, "ip", ip, ctx.get("tag_home_net"))
                ts = self.when(day, hour, o)
                if ts > T1:
                    ts = T1 - timedelta(hours=r.randint(1, 50))
                self.login(rid, ts, ip, net, dev["dev"], dev["ua"], ccx, cityx, proxy=proxy)
                if dev is pdev and ctx.get("family_dev") is pdev:
                    self.reg(rid, "device", pdev["dev"], "family_shared_device")
                if sign_ip is None:
                    sign_ip = ip
                if mode == "night":
                    tags.append("night_shift")
            if r.random() < 0.8:
                row["signup_ip"] = sign_ip or ""
            if is_worker:
                # payments
                method, dest = payout
                if method == "crypto":
                    tags.append("crypto_payout")
                cur = COUNTRIES[p["cc"]][1] if r.random() < 0.7 else "USD"
                amt = r.uniform(2500, 11000)
                d = created + timedelta(days=r.randint(20, 35))
                while d < end:
                    self.payments.append({"subject_id": rid, "ts": iso(d), "amount": f"{amt * r.uniform(0.95, 1.05):.2f}",
                                          "currency": cur, "method": method, "destination": dest})
                    d += timedelta(days=r.choice([14, 30, 31]))
                self.reg(rid, "payout", dest, ctx.get("tag_payout"))
                if lap:
                    ship_addr = addr
                    ship_tag = ctx.get("tag_home")
                    if ctx.get("ship_to"):
                        ship_addr, ship_tag = ctx["ship_to"], ctx.get("tag_ship")
                    elif ctx.get("forwarder"):
                        ship_addr, ship_tag = ctx["forwarder"], None
                        self.reg(rid, "fwd", self.addr_key(dict(ship_addr, unit="")), "freight_forwarder_address")
                    sa = self.fmt_address(ship_addr)
                    self.shipments.append({"subject_id": rid, "ts": iso(created + timedelta(days=r.randint(1, 12))),
                                           "asset": lap["serial"], "address": sa})
                    self.reg(rid, "ship", self.addr_key(ship_addr), ship_tag)
                    kbs = [COUNTRIES[p["cc"]][2] if r.random() < 0.75 else "en-US"] + heritage
                    if heritage:
                        tags.append("heritage_keyboard")
                    tz = tzname
                    if two_country and r.random() < 0.5:
                        tz = city2[2]
                    ugw, ussid = gw, ssid
                    if at_office:
                        ugw, ussid = ctx["office_gw"], ctx["office_ssid"]
                        self.reg(rid, "gw", ugw, ctx.get("tag_office_net"))
                    elif ctx.get("cowork_gw") and r.random() < 0.8:
                        ugw, ussid = ctx["cowork_gw"], ctx["cowork_ssid"]
                        self.reg(rid, "gw", ugw, "coworking_network")
                    else:
                        self.reg(rid, "gw", ugw, ctx.get("tag_home_net"))
                    remote = []
                    if admin:
                        remote = r.sample(ADMIN_REMOTE, r.randint(1, 2))
                        tags.append("it_admin_remote_tools")
                    if ctx.get("agency_rmm"):
                        remote = [ctx["agency_rmm"]]
                        tags.append("agency_managed_remote_tool")
                    kvm = None
                    if homelab:
                        kvm = r.choice(KVMS)
                        tags.append("homelab_ip_kvm")
                    if gadget:
                        tags.append("linux_usb_gadget")
                    sess = None
                    if admin and r.random() < 0.5:
                        sess = self.ip_in(self.networks[("ENT", r.choice(ENTERPRISE)[0])])
                    self.telemetry(rid, lap, created, end, gw=ugw, ssid=ussid, tz=tz, keyboards=kbs, remote=remote, kvm=kvm,
                                   gadget=gadget, rdp=admin and r.random() < 0.5, session_from=sess,
                                   session_days=r.uniform(0.02, 0.4))
            if len(plan) > 1:
                tags.append("multi_row_person")
            self.truth[rid][2] = tags
        if ctx.get("phone_block"):
            pass
        return p, key, rows

    def honest_population(self, target_rows):
        r = self.r
        start_rows = len(self.subjects)
        fam_names = 0
        while len(self.subjects) - start_rows < target_rows:
            x = r.random()
            if target_rows - (len(self.subjects) - start_rows) < 40:
                self.honest_person({"force_plan": ["applicant"] if r.random() < 0.55 else ["worker"]})
                continue
            if x < 0.07:  # family household
                cc = wchoice(r, CC_LIST, CC_W)
                city = r.choice(COUNTRIES[cc][3])
                home = self.make_address(cc, city)
                net = self.home_net(cc)
                lead = self.draw_identity(cc)
                ctx = {"cc": cc, "city": city, "home": home, "home_net": net, "home_ip": self.ip_in(net), "gw": self.mac(),
                       "ssid": self.ssid(), "group": "family", "tag_home": "family_shared_home", "tag_home_net": "family_shared_network",
                       "last": lead["last"] if r.random() < 0.7 else None}
                if r.random() < 0.35:
                    ctx["family_dev"] = {"dev": "dev-" + sha(str(r.getrandbits(64)), 14), "os": r.choice(["win", "mac"])}
                if r.random() < 0.3:
                    ctx["payout"] = self.payout_account("bank")
                    ctx["tag_payout"] = "family_shared_payout"
                if r.random() < 0.35:
                    ctx["rec_email"] = self.email_for(lead["first"], lead["last"], lead["birth"])
                if r.random() < 0.3:
                    ctx["rec_phone"] = self.phone(cc)
                for _ in range(r.choice([2, 2, 2, 3, 3, 4])):
                    self.honest_person(dict(ctx))
            elif x < 0.11:  # roommates
                cc = wchoice(r, CC_LIST, CC_W)
                city = r.choice(COUNTRIES[cc][3])
                net = self.home_net(cc)
                ctx = {"cc": cc, "city": city, "home": self.make_address(cc, city), "home_net": net, "home_ip": self.ip_in(net),
                       "gw": self.mac(), "ssid": self.ssid(), "group": "roommates", "tag_home": "roommates_shared_home",
                       "tag_home_net": "roommates_shared_network"}
                for _ in range(r.choice([2, 2, 3])):
                    self.honest_person(dict(ctx))
            elif x < 0.12:  # staffing sub-agency: one payout account, one office, one RMM agent
                cc = wchoice(r, ["PH", "IN", "PL", "UA", "MX", "BR", "CO", "AR", "RO", "VN", "PK", "NG", "US"], [1] * 13)
                city = r.choice(COUNTRIES[cc][3])
                office = self.make_address(cc, city)
                net = self.networks[("ENT", r.choice(ENTERPRISE)[0])] if r.random() < 0.4 else self.home_net(cc)
                agency = self.company_name()
                dom = self._domain_row(agency, date(r.randint(2008, 2022), r.randint(1, 12), r.randint(1, 28)).isoformat() + "T00:00:00Z",
                                       r.choice(self.privacy_regs), r.choice(self.cf_ips), r.choice(self.ns_sets))
                ctx = {"cc": cc, "group": "subagency", "ship_to": office if r.random() < 0.8 else None, "tag_ship": "subagency_office_shipment",
                       "payout": ("bank", self.bank()) if r.random() < 0.85 else None, "tag_payout": "subagency_shared_payout",
                       "office_net": net, "office_ip": self.ip_in(net), "office_gw": self.mac(), "office_ssid": agency.split()[0] + "-Staff",
                       "office_city": city[0], "tag_office_net": "subagency_office_network",
                       "agency_rmm": r.choice(["ScreenConnect.ClientService.exe", "AteraAgent.exe", "anydesk.exe", "TeamViewer.exe"]) if r.random() < 0.45 else None,
                       "profile": f"https://{dom}/team" if r.random() < 0.5 else None, "tag_profile": "subagency_shared_profile"}
                for _ in range(r.randint(5, 18)):
                    self.honest_person(dict(ctx, employer=r.choice(self.clients)["name"], force_plan=["worker"] if r.random() < 0.75 else ["applicant", "worker"]))
            elif x < 0.135:  # client office cohort
                cl = r.choice(self.clients)
                cohort = self.rand_day(T0, T1 - timedelta(days=90))
                ctx = {"cc": cl["cc"], "group": "office", "employer": cl["name"], "ship_to": cl["office"] if r.random() < 0.85 else None,
                       "tag_ship": "client_office_shipment", "office_net": cl["ip_net"], "office_ip": cl["ip"], "office_gw": cl["gw"],
                       "office_ssid": cl["name"].split()[0] + "-Corp", "office_city": cl["city"][0], "tag_office_net": "client_office_network",
                       "cohort": cohort if r.random() < 0.7 else None, "cohort_id": f"{cl['name']}|{cohort.date()}"}
                n = r.randint(4, 14)
                members = []
                for _ in range(n):
                    p, key, rows = self.honest_person(dict(ctx))
                    members.append((key, rows))
                if cl["did_area"] and r.random() < 0.7:  # desk phones from one DID block
                    exch = cl.setdefault("did_exch", str(r.randint(2, 9)) + _d(r, 2))
                    for key, rows in members:
                        cl["did_next"] += r.randint(1, 3)
                        nsn = cl["did_area"] + exch + f"{cl['did_next'] % 10000:04d}"
                        ph = self.phone("US", nsn)
                        for rid in rows:
                            row = self.subjects_by_id(rid)
                            if row["kind"] != "applicant":
                                row["phone"] = ph
                                self.reg(rid, "phone_block", cl["name"] + nsn[:6], "office_did_block")
            elif x < 0.15:  # coworking space members (unrelated people on one network)
                cc = wchoice(r, CC_LIST, CC_W)
                city = r.choice(COUNTRIES[cc][3])
                gwc, ssidc = self.mac(), r.choice(["WeWork", "Regus-Guest", "Impact Hub", "Spaces", "Industrious"]) + f"-{r.randint(1, 99)}"
                net = self.networks[("ENT", r.choice(ENTERPRISE)[0])]
                ipc = self.ip_in(net)
                for _ in range(r.randint(3, 9)):
                    ctx = {"cc": cc, "office_gw": gwc, "office_ssid": ssidc, "office_net": net, "office_ip": ipc,
                           "office_city": city[0], "tag_office_net": "coworking_network"}
                    self.honest_person(ctx)
            elif x < 0.16:  # people abroad using one US freight-forwarder address
                fw = getattr(self, "_forwarders", None)
                if fw is None:
                    self._forwarders = [self.make_address("US", c) for c in (COUNTRIES["US"][3][4], COUNTRIES["US"][3][18])]
                    for a in self._forwarders:
                        a["unit"] = ""
                base = dict(r.choice(self._forwarders))
                base["unit"] = "Suite " + str(r.randint(100, 9999))
                ccx = wchoice(r, CC_LIST[1:], CC_W[1:])
                self.honest_person({"cc": ccx, "forwarder": base, "force_plan": ["worker"]})
            elif x < 0.185:  # recruiter / hiring-manager accounts of clients
                self.honest_recruiter(r.choice(self.clients))
            else:
                self.honest_person({})

    def subjects_by_id(self, rid):
        # rows are appended in order; a small reverse scan is enough for the callers here
        for row in reversed(self.subjects):
            if row["id"] == rid:
                return row
        raise KeyError(rid)

    def honest_recruiter(self, cl):
        r = self.r
        p = self.draw_identity(cl["cc"])
        key = self.new_person_key("H")
        email = f"{ascii_slug(p['first'])}.{ascii_slug(p['last'])}@{cl['domain']}" if r.random() < 0.85 else self.email_for(p["first"], p["last"], p["birth"])
        created = self.rand_day(T0, T1 - timedelta(days=30))
        tags = []
        if cl["young"]:
            tags.append("new_company_domain")
        dom = next(d for d in self.domains if d["domain"] == cl["domain"])
        if dom["registrant_email"] in self.privacy_regs:
            tags.append("privacy_registrant")
        net = self.home_net(cl["cc"]) if r.random() < 0.5 else cl["ip_net"]
        ip = self.ip_in(net) if net is not cl["ip_net"] else cl["ip"]
        rid = self.add_subject(key, "account", p, created, False, "", tags, address="", email=email, phone=self.phone(p["cc"]),
                               employer=cl["name"], signup_ip=ip if r.random() < 0.8 else "",
                               profiles=self.profiles(p))
        row = self.subjects[-1]
        row["birth_date"] = "" if r.random() < 0.7 else row["birth_date"]
        row["national_id"] = ""
        if r.random() < 0.5:
            row["photo"] = self.photo_path(rid, p["face"])
        dev = self.laptop()
        for _ in range(r.randint(3, 9)):
            ts = self.when(self.rand_day(created, T1), self.login_hours("day", p["city"][3]), p["city"][3])
            if ts > T1:
                ts = T1 - timedelta(hours=3)
            self.login(rid, ts, ip, net, dev["dev"], dev["ua"], cl["cc"], p["city"][0])
        if net is cl["ip_net"]:
            self.reg(rid, "ip", ip, "client_office_network")
        self.truth[rid][2] = tags

    # ============================================================================================
    # fraud
    # ============================================================================================
    def new_ring(self, style):
        r = self.r
        ring_id = f"R{len(self.rings) + 1:03d}"
        core = ["payout", "rec_email", "rec_phone", "farm", "device", "vpn_exit", "photo", "resume", "profile", "phone_block",
                "burst", "kvm", "remote_tool", "keyboard", "off_hours", "leak", "tz_mismatch", "rdp_session"]
        if style == "sloppy":
            shares = {c for c in core if r.random() < 0.75} | {"farm", "vpn_exit"}
            size = r.randint(8, 18)
        elif style == "medium":
            shares = set(r.sample(["payout", "rec_email", "farm", "device", "vpn_exit", "photo", "resume", "phone_block", "burst"], r.randint(3, 4)))
            shares |= {c for c in ["kvm", "remote_tool", "off_hours", "keyboard", "rdp_session"] if r.random() < 0.4}
            size = r.randint(4, 9)
        else:
            shares = set(r.sample(["payout", "farm", "vpn_exit", "resume", "rec_email", "photo", "device"], r.randint(1, 2)))
            shares |= {c for c in ["kvm", "remote_tool"] if r.random() < 0.25}
            size = r.randint(2, 6)
        farm_cc = "US"
        farm_city = r.choice(COUNTRIES["US"][3])
        farm = self.make_address("US", farm_city)
        fnet = self.home_net("US")
        ring = {"id": ring_id, "style": style, "shares": shares, "size": size, "farm": farm, "farm_city": farm_city,
                "farm_net": fnet, "farm_ip": self.ip_in(fnet), "farm_gw": self.mac(), "farm_ssid": self.ssid(),
                "vpn": r.choice(["astrill", "astrill", "astrill", "nord", "express", "surfshark"]),
                "payouts": [self.payout_account(wchoice(r, ["bank", "wallet", "crypto"], [55, 25, 20])) for _ in range(r.randint(1, 2))],
                "rec_emails": [self.email_for(*self._any_name()) for _ in range(r.randint(1, 2))],
                "rec_phones": [self.phone("US", intl=True) for _ in range(r.randint(1, 2))],
                "op_dev": {"dev": "dev-" + sha(str(r.getrandbits(64)), 14), "ua": self.ua(r.choice(["win", "mac"]))},
                "faces": [r.getrandbits(62) for _ in range(r.randint(1, 3))],
                "master": None, "profile": f"https://{r.choice(CO_WORDS).lower()}{r.choice(['dev', 'studio', 'soft', 'labs'])}{r.randint(1, 99)}.{r.choice(['vercel.app', 'netlify.app', 'github.io', 'com'])}",
                "op_offset": wchoice(r, [9, 8, 3], [50, 40, 10]), "burst": self.rand_day(T0, T1 - timedelta(days=150)),
                "kvm": r.choice(KVMS), "remote": r.sample(REMOTE_WIN, 2), "remote_mac": r.choice(REMOTE_MAC),
                "kb": wchoice(r, ["ko-KR", "zh-CN", "ru-RU"], [60, 30, 10]), "did_area": r.choice(US_AREAS),
                "did_base": r.randint(2, 9) * 100 + r.randint(0, 99), "did_next": r.randint(1000, 8000),
                "drops": {}, "facilitator": None, "clients": r.sample(self.clients, min(len(self.clients), r.randint(2, 8))),
                "exits": None}
        ring["exits"] = r.sample(self.pools[("vpn", ring["vpn"])], 3 if "vpn_exit" in shares else 12)
        self.rings.append(ring)
        return ring

    def facilitator(self, ring):
        """The US person hosting the farm: a real identity, their own rows, the farm's address and network."""
        r = self.r
        p = self.draw_identity("US")
        p["home"], p["city"] = ring["farm"], ring["farm_city"]
        p["email"] = self.email_for(p["first"], p["last"], p["birth"])
        p["phone"] = self.phone("US")
        key = self.new_person_key("F")
        kind = r.choice(["contractor", "employee"])
        created = self.rand_day(T0, T1 - timedelta(days=120))
        if "burst" in ring["shares"]:
            created = ring["burst"] - timedelta(days=r.randint(5, 40))
        rid = self.add_subject(key, kind, p, created, True, ring["id"], ["facilitator"], address=self.fmt_address(p["home"]),
                               employer=r.choice(ring["clients"])["name"], profiles=self.profiles(p))
        row = self.subjects[-1]
        tags = ["facilitator"]
        if r.random() < 0.6:
            row["photo"] = self.photo_path(rid, p["face"])
        self.reg(rid, "home", self.addr_key(ring["farm"]), "farm_address")
        lap = self.laptop()
        end = min(T1, created + timedelta(days=r.randint(150, 500)))
        for _ in range(r.randint(5, 10)):
            ts = self.when(self.rand_day(created, end), self.login_hours("day", 0), ring["farm_city"][3])
            self.login(rid, min(ts, T1), ring["farm_ip"], ring["farm_net"], lap["dev"], lap["ua"], "US", ring["farm_city"][0])
        self.reg(rid, "ip", ring["farm_ip"], "shared_ip")
        row["signup_ip"] = ring["farm_ip"]
        self.shipments.append({"subject_id": rid, "ts": iso(created + timedelta(days=5)), "asset": lap["serial"], "address": self.fmt_address(ring["farm"])})
        self.reg(rid, "ship", self.addr_key(ring["farm"]), "farm_address")
        self.telemetry(rid, lap, created, end, gw=ring["farm_gw"], ssid=ring["farm_ssid"], tz=ring["farm_city"][2], keyboards=["en-US"])
        self.reg(rid, "gw", ring["farm_gw"], "shared_gateway")
        # the facilitator's own pay lands in the account that also takes the personas' wages
        method, dest = ring["payouts"][0] if "payout" in ring["shares"] and r.random() < 0.7 else self.payout_account("bank")
        d = created + timedelta(days=25)
        while d < end:
            self.payments.append({"subject_id": rid, "ts": iso(d), "amount": f"{r.uniform(3000, 7000):.2f}", "currency": "USD",
                                  "method": method, "destination": dest})
            d += timedelta(days=30)
        self.reg(rid, "payout", dest, "shared_payout")
        self.truth[rid][2] = tags
        ring["facilitator"] = rid

    def persona(self, ring, lone=False, victim=None):
        r = self.r
        style = ring["style"]
        sh = ring["shares"]
        p = self.draw_identity()
        tags = []
        role = "lone_persona" if lone else "ring_member"
        if victim:
            for k in ("cc", "cult", "first", "last", "full", "city", "birth", "nid", "home"):
                p[k] = victim[k]
            tags.append("stolen_identity")
        p["email"] = self.email_for(p["first"], p["last"], p["birth"])
        p["phone"] = self.phone(p["cc"])
        key = self.new_person_key("P")
        # claimed address: the farm for some personas claiming the farm's country
        claimed = p["home"]
        at_farm = p["cc"] == "US" and "farm" in sh and not lone
        if at_farm and r.random() < (0.6 if style == "sloppy" else 0.3) and not victim:
            claimed = ring["farm"]
        if at_farm:
            ship = ring["farm"]
            ship_tag = "farm_address"
        elif "farm" in sh and not lone:
            if p["cc"] not in ring["drops"]:
                ring["drops"][p["cc"]] = self.make_address(p["cc"], r.choice(COUNTRIES[p["cc"]][3]))
            ship, ship_tag = ring["drops"][p["cc"]], "drop_address"
        else:
            ship, ship_tag = claimed, None
        if "phone_block" in sh and p["cc"] == "US":
            ring["did_next"] += r.randint(1, 4)
            nsn = ring["did_area"] + str(ring["did_base"]) + f"{ring['did_next']:04d}"
            p["phone"] = self.phone("US", nsn)
            phone_block = ring["id"] + nsn[:6]
        else:
            phone_block = None
        # plan
        x = r.random()
        if x < 0.35:
            plan = ["applicant"]
        elif x < 0.6:
            plan = ["worker"]
        elif x < 0.9:
            plan = ["applicant", "worker"]
        else:
            plan = ["applicant", "applicant_variant"] + (["worker"] if r.random() < 0.5 else [])
        created = self.rand_day(T0, T1 - timedelta(days=90))
        if "burst" in sh:
            created = ring["burst"] + timedelta(days=r.randint(0, 6), hours=r.randint(0, 23))
        has_photo = r.random() < 0.7
        default_avatar = has_photo and r.random() < 0.09
        face = r.choice(ring["faces"]) if "photo" in sh else p["face"]
        has_resume = r.random() < 0.85
        template = r.choice(list(TEMPLATES)) if r.random() < 0.16 else None
        if "resume" in sh:
            if ring["master"] is None:
                ring["master"] = self.resume_text(p, template=template)[1:]
            sk, jb, sm = ring["master"]
            sk = list(sk)
            for _ in range(r.randint(0, 2)):
                sk[r.randrange(len(sk))] = r.choice(SKILLS)
            jb = [(t, c if r.random() < 0.8 else self.company_name(), a + r.choice([0, 0, -1, 1]), b, w) for t, c, a, b, w in jb]
            res_parts = (sk, jb, sm)
        else:
            res_parts = None
        payout = r.choice(ring["payouts"]) if "payout" in sh else self.payout_account(wchoice(r, ["bank", "wallet", "crypto"], [60, 25, 15]))
        rec_email = r.choice(ring["rec_emails"]) if "rec_email" in sh and r.random() < 0.85 else (self.email_for(p["first"], p["last"], p["birth"]) if r.random() < 0.5 else "")
        rec_phone = r.choice(ring["rec_phones"]) if "rec_phone" in sh and r.random() < 0.85 else (self.phone(p["cc"]) if r.random() < 0.35 else "")
        profile_extra = ring["profile"] if "profile" in sh and r.random() < 0.8 else None
        profiles = self.profiles(p, profile_extra)
        offset = p["city"][3]
        off_hours = "off_hours" in sh or (lone and r.random() < 0.5)
        keyboard = "keyboard" in sh or (lone and r.random() < 0.3)
        kvm_on = "kvm" in sh or (lone and r.random() < 0.3) or ("farm" in sh and r.random() < {"sloppy": 0.9, "medium": 0.6, "careful": 0.4}[style])
        remote_on = "remote_tool" in sh or (lone and r.random() < 0.5)
        leak = "leak" in sh or (lone and r.random() < 0.15)
        tzm = "tz_mismatch" in sh or (lone and r.random() < 0.2)
        rdp = "rdp_session" in sh or (lone and r.random() < 0.3)
        shared_dev = "device" in sh
        exits = ring["exits"]
        name, email = p["full"], p["email"]
        t = created
        employer = r.choice(ring["clients"])["name"]
        for i, kind in enumerate(plan):
            rtags = [role] + list(tags)
            if i > 0:
                t = t + timedelta(days=r.randint(7, 90))
                t = min(t, T1 - timedelta(days=r.randint(1, 20)))
            if kind == "applicant_variant":
                kind = "applicant"
                # rejected persona reapplies: a small edit of the name, a new mailbox
                if r.random() < 0.5 and p["cult"] in NAMES:
                    name = f"{r.choice(NAMES[p['cult']][0])} {p['last']}"
                else:
                    name = p["full"].replace(p["first"], p["first"][:max(3, len(p['first']) - 1)] + r.choice("aeiy"), 1)
                email = self.email_for(name.split()[0], name.split()[-1], p["birth"])
                rtags.append("reapply_variant")
                employer = r.choice(ring["clients"])["name"]
            if kind == "worker":
                kind = "contractor" if r.random() < 0.6 else "employee"
            is_worker = kind != "applicant"
            addr_s = self.fmt_address(claimed, 0 if i == 0 else None) if (is_worker or r.random() < 0.6) else ""
            rid = self.add_subject(key, kind, p, t, True, "" if lone else ring["id"], rtags, address=addr_s, email=email,
                                   name=name, employer=employer, recovery_email=rec_email if is_worker or r.random() < 0.5 else "",
                                   recovery_phone=rec_phone, profiles=profiles if r.random() < 0.85 else "")
            row = self.subjects[-1]
            if addr_s and claimed is ring["farm"]:
                self.reg(rid, "home", self.addr_key(claimed), "farm_address")
            if row["recovery_email"]:
                self.reg(rid, "rec_email", row["recovery_email"], "shared_recovery_email")
            if row["recovery_phone"]:
                self.reg(rid, "rec_phone", row["recovery_phone"], "shared_recovery_phone")
            if profile_extra and profile_extra in row["profiles"]:
                self.reg(rid, "profile", profile_extra, "shared_profile")
            if phone_block:
                self.reg(rid, "phone_block", phone_block, "sequential_phones")
            if "burst" in sh and i == 0:
                self.reg(rid, "cohort", ring["id"] + "burst", "burst_signup")
            if victim:
                self.reg(rid, "nid", p["nid"], None)
            if has_photo:
                if default_avatar:
                    row["photo"] = "photos/default_avatar.png"
                    self.reg(rid, "photo", "default", None)
                else:
                    row["photo"] = self.photo_path(rid, face, self.random_edit() if ("photo" in sh or r.random() < 0.5) else None)
                    if "photo" in sh:
                        self.reg(rid, "photo", face, "edited_photo_reuse")
            if has_resume and (kind == "applicant" or r.random() < 0.6):
                p2 = dict(p, full=name, email=email)
                if res_parts:
                    text = self.resume_text(p2, skills=res_parts[0], jobs=res_parts[1], summary=res_parts[2], template=template)[0]
                    self.reg(rid, "resume_master", ring["id"], "reused_resume")
                else:
                    text = self.resume_text(p2, template=template)[0]
                if template:
                    self.reg(rid, "resume_tpl", template, None)
                row["resume"] = self.resume_field(rid, text)
            # ---- activity ----
            end = min(T1, t + timedelta(days=r.randint(60, 400))) if is_worker else min(T1, t + timedelta(days=25))
            lap = self.laptop() if is_worker and r.random() < 0.8 else None
            pdev = ring["op_dev"] if shared_dev and r.random() < 0.8 else {"dev": "dev-" + sha(str(r.getrandbits(64)), 14), "ua": self.ua(r.choice(["win", "mac"]))}
            nlog = r.randint(1, 3) if not is_worker else r.randint(6, 14)
            sign_ip = None
            used_vpn = used_resi = False
            night_n = 0
            resi_p = 0.5 if lone else {"sloppy": 0.05, "medium": 0.3, "careful": 0.7}[style]
            for j in range(nlog):
                day = self.rand_day(t, end)
                if off_hours:
                    ts = self.when(day, r.choice([9, 10, 11, 13, 14, 15, 16, 17, 18, 19]), ring["op_offset"])
                else:
                    ts = self.when(day, self.login_hours("day", offset), offset)
                ts = min(ts, T1 - timedelta(hours=r.randint(1, 30)))
                proxy = None
                if lap and ship_tag == "farm_address" and r.random() < 0.8:
                    # the laptop sits on the farm's home network; the operator drives it through the KVM / remote tool
                    ip, net, ccx, cityx = ring["farm_ip"], ring["farm_net"], "US", ring["farm_city"][0]
                    dev = lap
                    self.reg(rid, "ip", ip, "shared_ip")
                elif leak and r.random() < 0.12:
                    lcc = "CN" if ring["op_offset"] != 3 else "RU"
                    net = self.networks[(lcc, r.choice(ISPS[lcc])[0])]
                    ip, ccx, cityx = self.ip_in(net), lcc, {"CN": r.choice(["Shenyang", "Dandong", "Beijing"]), "RU": r.choice(["Vladivostok", "Moscow"])}[lcc]
                    dev = pdev
                    rtags.append("login_leak")
                elif ship_tag == "farm_address" and r.random() < 0.1:
                    net = self.mobile_net("US")
                    ip = r.choice(self.pools[("cgnat", "US", net["asn"])])
                    ccx, cityx = "US", ring["farm_city"][0]
                    dev = lap or pdev
                elif r.random() < resi_p:
                    # a residential-proxy exit in the claimed country: a fresh home address every time, not flagged
                    net = self.home_net(p["cc"])
                    ip, ccx, cityx = self.ip_in(net), p["cc"], p["city"][0]
                    dev = lap if (lap and r.random() < 0.6) else pdev
                    used_resi = True
                else:
                    ip, net, ccx, cityx = r.choice(exits)
                    proxy = "true" if r.random() < 0.75 else ""
                    dev = lap if (lap and r.random() < 0.6) else pdev
                    used_vpn = True
                    self.reg(rid, "ip", ip, "shared_vpn_exit")
                self.login(rid, ts, ip, net, dev["dev"], dev["ua"], ccx, cityx, proxy=proxy)
                lh = (ts.hour + offset) % 24
                night_n += 1 if (lh >= 22 or lh < 6) else 0
                if dev is pdev and shared_dev:
                    self.reg(rid, "device", pdev["dev"], "shared_device")
                sign_ip = sign_ip or ip
            if used_vpn:
                rtags.append("vpn_logins")
            if used_resi and nlog > 1:
                rtags.append("residential_proxy")
            if off_hours and nlog and night_n * 2 >= nlog:
                rtags.append("off_hours")
            if r.random() < 0.8:
                row["signup_ip"] = sign_ip or ""
            if is_worker:
                method, dest = payout
                if method == "crypto":
                    rtags.append("crypto_payout")
                cur = COUNTRIES[p["cc"]][1] if r.random() < 0.7 else "USD"
                amt = r.uniform(2500, 11000)
                d = t + timedelta(days=r.randint(20, 35))
                while d < end:
                    self.payments.append({"subject_id": rid, "ts": iso(d), "amount": f"{amt * r.uniform(0.95, 1.05):.2f}",
                                          "currency": cur, "method": method, "destination": dest})
                    d += timedelta(days=r.choice([14, 30, 31]))
                self.reg(rid, "payout", dest, "shared_payout")
                if lap:
                    self.shipments.append({"subject_id": rid, "ts": iso(t + timedelta(days=r.randint(1, 12))), "asset": lap["serial"],
                                           "address": self.fmt_address(ship)})
                    self.reg(rid, "ship", self.addr_key(ship), ship_tag)
                    at_f = ship_tag == "farm_address"
                    gw = ring["farm_gw"] if at_f else self.mac()
                    if at_f:
                        self.reg(rid, "gw", gw, "shared_gateway")
                    kbs = ["en-US" if p["cc"] in ("US", "CA", "PH", "IN", "NG", "KE", "PK") or r.random() < 0.5 else COUNTRIES[p["cc"]][2]]
                    if keyboard:
                        kbs.append(ring["kb"])
                        rtags.append("foreign_keyboard")
                    tz = ring["farm_city"][2] if at_f else p["city"][2]
                    if tzm:
                        tz = {9: "Asia/Seoul", 8: "Asia/Shanghai", 3: "Europe/Moscow"}[ring["op_offset"]] if r.random() < 0.5 else "Asia/Vladivostok"
                        rtags.append("timezone_mismatch")
                    remote = []
                    if remote_on:
                        remote = ring["remote"] if lap["os"] == "win" else [ring["remote_mac"]]
                        rtags.append("remote_tool")
                    kvm, extra = None, []
                    if kvm_on and (at_f or lone):
                        if style == "careful" and r.random() < 0.5:
                            kvm = None  # a KVM whose USB ids were overridden to look like a plain keyboard
                            extra = [("USB Keyboard", "046d", "c31c")]
                        else:
                            kvm = ring["kvm"]
                            rtags.append("ip_kvm")
                    sess = None
                    if rdp:
                        ipx = r.choice(exits)[0]
                        sess = ipx
                        rtags.append("remote_session_long")
                    self.telemetry(rid, lap, t, end, gw=gw, ssid=ring["farm_ssid"] if at_f else self.ssid(), tz=tz, keyboards=kbs,
                                   remote=remote, kvm=kvm, rdp=rdp, session_from=sess, session_days=r.uniform(3, 40),
                                   extra_usb=extra)
                    if ship_tag == "drop_address":
                        pass
            self.truth[rid][2] = rtags
        return key

    def lone(self):
        ring = self.new_ring("careful")
        self.rings.pop()
        ring["shares"] = set()
        ring["id"] = ""
        victim = self.maybe_victim(0.3)
        self.persona(ring, lone=True, victim=victim)

    def maybe_victim(self, prob):
        r = self.r
        if r.random() >= prob:
            return None
        v = self.draw_identity()
        v["first"], v["last"] = v["first"], v["last"]
        if r.random() < 0.5:  # the real person is on the platform too (an earlier application or a job)
            self.honest_person({"cc": v["cc"]}, victim_of={k: v[k] for k in ("cc", "cult", "first", "last", "full", "city", "birth", "nid", "home")})
            # register the victim's national id under the victim's person key
            for row in self.subjects[::-1]:
                if row["national_id"] == v["nid"]:
                    self.reg(row["id"], "nid", v["nid"], None)
                    break
        return v

    def fake_recruiters(self):
        """A fake recruiting company (Contagious Interview): look-alike brands, fresh domains, shared registrant/host."""
        r = self.r
        crew = f"R{len(self.rings) + 1:03d}"
        self.rings.append({"id": crew})
        sloppy = r.random() < 0.6
        reg_email = f"{r.choice(['hr', 'talent', 'career', 'admin'])}{r.randint(100, 999)}@{r.choice(['gmail.com', 'proton.me', 'outlook.com'])}"
        host_ip = f"{self._prefix()[0]}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        ns = r.choice(self.ns_sets)
        exits = r.sample(self.pools[("vpn", r.choice(["astrill", "nord", "express"]))], 3)
        op_dev = {"dev": "dev-" + sha(str(r.getrandbits(64)), 14), "ua": self.ua("win")}
        companies = []
        for _ in range(r.randint(1, 3)):
            real = r.choice(self.clients)["name"]
            words = real.split()
            fake = (words[0] + r.choice([" Talent", " Ventures", " Labs", " Global", " Recruiting"]) + " " + r.choice(["LLC", "Inc.", "Group", ""])).strip()
            when = self.rand_day(T0 + timedelta(days=60), T1 - timedelta(days=60))
            registered = when - timedelta(days=r.randint(5, 70))
            dom = self._domain_row(fake, iso(registered), reg_email if sloppy else r.choice(self.privacy_regs),
                                   host_ip if (sloppy or r.random() < 0.5) else r.choice(self.cf_ips), ns)
            companies.append((fake, dom, when))
        for _ in range(r.randint(2, 4)):
            fake, dom, when = r.choice(companies)
            p = self.draw_identity()
            key = self.new_person_key("P")
            created = when + timedelta(days=r.randint(0, 10))
            email = f"{ascii_slug(p['first'])}.{ascii_slug(p['last'])}@{dom}" if r.random() < 0.8 else self.email_for(p["first"], p["last"], p["birth"])
            tags = ["fake_recruiter", "new_domain", "lookalike_company"]
            rec = reg_email if sloppy and r.random() < 0.7 else ""
            rid = self.add_subject(key, "account", p, created, True, crew, tags, address="", email=email, phone=self.phone(p["cc"]),
                                   employer=fake, recovery_email=rec, profiles=self.profiles(p))
            row = self.subjects[-1]
            row["birth_date"] = "" if r.random() < 0.7 else row["birth_date"]
            row["national_id"] = ""
            if r.random() < 0.5:
                row["photo"] = self.photo_path(rid, p["face"], self.random_edit())
            if rec:
                self.reg(rid, "rec_email", rec, "shared_recovery_email")
            self.reg(rid, "registrant", reg_email if sloppy else "privacy", "shared_registrant" if sloppy else None)
            self.reg(rid, "domain_ip", host_ip, "shared_hosting_ip")
            for j in range(r.randint(3, 9)):
                ip, net, ccx, cityx = r.choice(exits)
                ts = min(self.rand_day(created, min(T1, created + timedelta(days=90))), T1)
                dev = op_dev if sloppy else {"dev": "dev-" + sha(str(rid) + str(j // 20), 14), "ua": self.ua("win")}
                self.login(rid, ts, ip, net, dev["dev"], dev["ua"], ccx, cityx, proxy="true" if r.random() < 0.7 else "")
                self.reg(rid, "ip", ip, "shared_vpn_exit")
                if sloppy:
                    self.reg(rid, "device", op_dev["dev"], "shared_device")
                row["signup_ip"] = row["signup_ip"] or ip
            self.truth[rid][2] = tags

    def fraud_population(self, target):
        r = self.r
        self.rings = []
        # always at least one of each shape, then draw until the budget is met
        order = ["sloppy", "medium", "careful", "lone", "recruit", "careful", "medium", "lone"]
        k = 0
        while self.fraud_rows < target:
            what = order[k] if k < len(order) else wchoice(r, ["sloppy", "medium", "careful", "lone", "recruit"], [14, 24, 30, 22, 10])
            k += 1
            if what == "lone":
                self.lone()
            elif what == "recruit":
                self.fake_recruiters()
            else:
                ring = self.new_ring(what)
                if "farm" in ring["shares"] and r.random() < 0.75:
                    self.facilitator(ring)
                size = ring["size"]
                for _ in range(size):
                    victim = self.maybe_victim({"sloppy": 0.25, "medium": 0.3, "careful": 0.4}[what])
                    self.persona(ring, victim=victim)
                    if self.fraud_rows >= target + 6:
                        break

    # ============================================================================================
    def finish_tags(self):
        for rid, cands in self.cand.items():
            tags = self.truth[rid][2]
            for tag, key in cands:
                if tag and len(self.index.get(key, ())) >= 2 and tag not in tags:
                    tags.append(tag)
        for rid, t in self.truth.items():
            seen, out = set(), []
            for x in t[2]:
                if x not in seen:
                    seen.add(x)
                    out.append(x)
            if not t[0] and not out:
                out = ["ordinary"]
            t[2] = out

    def write(self, outdir):
        b = os.path.join(outdir, "bundle")
        if os.path.exists(b):
            shutil.rmtree(b)
        os.makedirs(os.path.join(b, "photos"))
        os.makedirs(os.path.join(b, "resumes"))

        def wcsv(name, rows, cols):
            with open(os.path.join(b, name), "w", newline="", encoding="utf-8") as f:
                w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
                w.writeheader()
                w.writerows(rows)

        subj_cols = ["id", "kind", "full_name", "email", "phone", "address", "country", "birth_date", "national_id", "photo",
                     "resume", "profiles", "employer", "created_at", "recovery_email", "recovery_phone", "signup_ip"]
        subs = list(self.subjects)
        self.r.shuffle(subs)
        wcsv("subjects.csv", subs, subj_cols)
        self.logins.sort(key=lambda x: x["ts"])
        wcsv("logins.csv", self.logins, ["subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome", "source_proxy",
                                         "asn", "network_owner", "city", "risk_level", "event_type", "session_id"])
        self.endpoint.sort(key=lambda x: x["ts"])
        wcsv("endpoint.csv", self.endpoint, ["subject_id", "ts", "device_id", "kind", "value", "vendor_id", "product_id", "started_at"])
        self.payments.sort(key=lambda x: x["ts"])
        wcsv("payments.csv", self.payments, ["subject_id", "ts", "amount", "currency", "method", "destination"])
        self.shipments.sort(key=lambda x: x["ts"])
        wcsv("shipments.csv", self.shipments, ["subject_id", "ts", "asset", "address"])
        wcsv("domains.csv", self.domains, ["domain", "company", "registered_at", "registrant_email", "ip", "nameservers"])
        for path, text in self.resume_files:
            with open(os.path.join(b, path), "w", encoding="utf-8") as f:
                f.write(text + "\n")
        self._write_photos(b)
        with open(os.path.join(outdir, "truth.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["subject_id", "fraud", "ring", "kind"])
            for row in subs:
                fr, ring, tags = self.truth[row["id"]]
                w.writerow([row["id"], fr, ring, ";".join(tags)])

    def _face(self, seed):
        g = np.random.default_rng(seed)
        bg = g.integers(30, 230, (3, 3, 3)).astype(np.uint8)
        img = Image.fromarray(bg, "RGB").resize((96, 96), Image.BICUBIC)
        d = ImageDraw.Draw(img)
        skin = tuple(int(x) for x in g.integers(80, 235, 3))
        hair = tuple(int(x) for x in g.integers(0, 120, 3))
        cx, cy = 48 + int(g.integers(-5, 6)), 52 + int(g.integers(-4, 5))
        w, h = int(g.integers(20, 28)), int(g.integers(26, 34))
        d.rectangle([cx - w - 14, cy + h - 6, cx + w + 14, 96], fill=tuple(int(x) for x in g.integers(0, 255, 3)))
        d.ellipse([cx - w - 2, cy - h - 6, cx + w + 2, cy + 4], fill=hair)
        d.ellipse([cx - w, cy - h, cx + w, cy + h], fill=skin)
        ey = cy - int(g.integers(4, 10))
        for ex in (cx - w // 2, cx + w // 2):
            d.ellipse([ex - 3, ey - 2, ex + 3, ey + 2], fill=(30, 30, 30))
        d.arc([cx - 8, cy + 6, cx + 8, cy + 16], 20, 160, fill=(120, 40, 40), width=2)
        arr = np.asarray(img).astype(np.float32)
        arr += g.standard_normal(arr.shape, dtype=np.float32) * 4
        return np.clip(arr, 0, 255)

    def _write_photos(self, b):
        av = np.full((96, 96, 3), 205, np.uint8)
        img = Image.fromarray(av, "RGB")
        d = ImageDraw.Draw(img)
        d.ellipse([30, 14, 66, 50], fill=(160, 160, 160))
        d.ellipse([14, 56, 82, 120], fill=(160, 160, 160))
        img.save(os.path.join(b, "photos/default_avatar.png"))
        cache = {}
        for path, face, edit in self.photo_jobs:
            if face not in cache:
                if len(cache) > 64:
                    cache.clear()
                cache[face] = self._face(face)
            arr = cache[face]
            if edit:
                g = np.random.default_rng(edit["nseed"])
                a = arr
                if edit["mirror"]:
                    a = a[:, ::-1]
                c = edit["crop"]
                if c:
                    a = np.asarray(Image.fromarray(a[c:96 - c // 2, c // 2:96 - c].astype(np.uint8)).resize((96, 96), Image.BILINEAR)).astype(np.float32)
                a = a * edit["bright"]
                if edit["noise"]:
                    a = a + g.standard_normal(a.shape, dtype=np.float32) * edit["noise"]
                arr2 = np.clip(a, 0, 255)
            else:
                arr2 = arr
            im = Image.fromarray(arr2.astype(np.uint8), "RGB")
            full = os.path.join(b, path)
            if path.endswith(".jpg"):
                im.save(full, "JPEG", quality=88)
            else:
                im.save(full, "PNG", compress_level=1)


def generate(outdir, size=2000, seed=1):
    """Write outdir/bundle/ and outdir/truth.csv for a world of `size` subject rows."""
    w = World(size, seed)
    target_fraud = max(20, round(size * 0.035))
    w.fraud_population(target_fraud)
    w.honest_population(size - len(w.subjects))
    w.finish_tags()
    os.makedirs(outdir, exist_ok=True)
    w.write(outdir)
    return {"subjects": len(w.subjects), "fraud": w.fraud_rows}
