"""worlds8 — a blind scenario generator for DPRK remote-IT-worker rings and their honest look-alikes.

Written from public reporting only (see README.md for sources); it never imports ringwatch.
Everything is derived from one seeded random.Random / numpy Generator: same (N, seed) -> same bundle.
"""
from __future__ import annotations

import csv
import hashlib
import io
import os
import random
import shutil
from datetime import datetime, timedelta, timezone

import numpy as np
import phonenumbers
from PIL import Image

# ----------------------------------------------------------------------------------------------
# static vocabularies
# ----------------------------------------------------------------------------------------------

NAMES = {
    "anglo": (["James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
               "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Chris", "Karen",
               "Daniel", "Emily", "Matthew", "Ashley", "Andrew", "Megan", "Joshua", "Amanda", "Ryan", "Rachel",
               "Brandon", "Lauren", "Tyler", "Hannah", "Kevin", "Nicole", "Brian", "Olivia", "Jacob", "Emma",
               "Ethan", "Madison", "Noah", "Grace", "Logan", "Chloe", "Dylan", "Abigail", "Austin", "Kayla"],
              ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
               "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis",
               "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams",
               "Baker", "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell", "Parker",
               "Evans", "Edwards", "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Reed", "Bailey",
               "Cooper", "Howard", "Ward", "Cox", "Richardson", "Wood", "Watson", "Brooks", "Bennett", "Gray",
               "Hughes", "Price", "Sanders", "Myers", "Long", "Ross", "Foster", "Powell", "Jenkins", "Perry"]),
    "hispanic": (["Jose", "Maria", "Juan", "Guadalupe", "Carlos", "Sofia", "Luis", "Valentina", "Miguel", "Camila",
                  "Jorge", "Lucia", "Alejandro", "Isabella", "Diego", "Daniela", "Javier", "Gabriela", "Fernando",
                  "Ana", "Ricardo", "Paola", "Andres", "Mariana"],
                 ["Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Perez", "Sanchez",
                  "Ramirez", "Torres", "Flores", "Rivera", "Gomez", "Diaz", "Cruz", "Morales", "Reyes", "Gutierrez",
                  "Ortiz", "Castillo", "Jimenez", "Vargas", "Romero", "Mendoza"]),
    "chinese": (["Wei", "Jing", "Li", "Min", "Hao", "Yan", "Jun", "Xin", "Lei", "Ying", "Tao", "Hui", "Bo", "Fang",
                 "Yu", "Chen", "Ming", "Xiaoling", "Zhiwei", "Yifan", "Haoran", "Zihan", "Jiahui", "Kevin", "Amy"],
                ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma",
                 "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo"]),
    "korean": (["Min-jun", "Seo-yeon", "Ji-ho", "Ji-woo", "Hyun-woo", "Soo-ah", "Joon-young", "Eun-ji", "Dong-hyun",
                "Ha-eun", "Sung-min", "Yuna", "Jae-won", "Da-eun", "Daniel", "Grace", "David", "Sarah", "Kwang-jin",
                "Young-ho", "Hye-jin", "Sang-woo"],
               ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo",
                "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong"]),
    "japanese": (["Haruto", "Yui", "Sota", "Hina", "Ren", "Aoi", "Kaito", "Sakura", "Takumi", "Yuka", "Kenji",
                  "Naoko", "Hiroshi", "Emi", "Daiki", "Mei"],
                 ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi",
                  "Kato", "Yoshida", "Yamada", "Sasaki", "Matsumoto", "Inoue", "Kimura"]),
    "indian": (["Aarav", "Priya", "Rahul", "Ananya", "Vikram", "Sneha", "Arjun", "Pooja", "Rohan", "Divya",
                "Amit", "Neha", "Sanjay", "Kavya", "Rajesh", "Lakshmi", "Suresh", "Deepika", "Karthik", "Meera",
                "Venkat", "Anjali", "Nikhil", "Shreya"],
               ["Sharma", "Patel", "Singh", "Kumar", "Gupta", "Reddy", "Rao", "Iyer", "Nair", "Mehta", "Shah",
                "Joshi", "Das", "Verma", "Pillai", "Menon", "Agarwal", "Chopra", "Bhat", "Krishnan"]),
    "vietnamese": (["Minh", "Linh", "Huy", "Trang", "Duc", "Thao", "Nam", "Mai", "Tuan", "Phuong", "Khanh", "Hoa"],
                   ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Vo", "Dang", "Bui", "Do", "Ngo", "Duong"]),
    "filipino": (["Mark", "Kristine", "John Paul", "Mary Grace", "Jerome", "Angelica", "Ramon", "Liza", "Paolo",
                  "Joy", "Rommel", "Cherry"],
                 ["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Villanueva", "Ramos",
                  "Aquino", "Dela Cruz", "Castro", "Navarro", "Manalo"]),
    "nigerian": (["Chinedu", "Ngozi", "Emeka", "Aisha", "Oluwaseun", "Funmilayo", "Tunde", "Chiamaka", "Ibrahim",
                  "Blessing", "Obinna", "Yetunde", "Segun", "Amaka"],
                 ["Okafor", "Adeyemi", "Okonkwo", "Bello", "Ogunleye", "Eze", "Abubakar", "Nwosu", "Balogun",
                  "Olawale", "Umeh", "Ibekwe"]),
    "arabic": (["Mohammed", "Fatima", "Ahmed", "Aisha", "Omar", "Mariam", "Ali", "Layla", "Youssef", "Noor",
                "Hassan", "Salma", "Khalid", "Huda"],
               ["Khan", "Hassan", "Ali", "Ahmed", "Haddad", "Saleh", "Mansour", "Nasser", "Farouk", "Aziz",
                "Rahman", "Qureshi", "Siddiqui", "Malik"]),
    "slavic": (["Oleksandr", "Olena", "Dmitri", "Anna", "Sergei", "Natalia", "Andriy", "Iryna", "Ivan", "Yulia",
                "Pavel", "Katarzyna", "Piotr", "Marta", "Tomasz", "Agnieszka", "Nikola", "Milica", "Stefan", "Jelena"],
               ["Kovalenko", "Shevchenko", "Ivanov", "Petrov", "Smirnov", "Bondarenko", "Nowak", "Kowalski",
                "Wisniewski", "Wojcik", "Jovanovic", "Petrovic", "Nikolic", "Popov", "Melnyk", "Tkachenko",
                "Didenko", "Sokolov"]),
    "german": (["Lukas", "Anna", "Leon", "Marie", "Felix", "Laura", "Jonas", "Lena", "Paul", "Sophie", "Tobias",
                "Julia", "Pierre", "Camille", "Louis", "Chloe", "Lucas", "Manon"],
               ["Mueller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Dubois",
                "Martin", "Bernard", "Moreau", "Laurent", "Lefebvre", "de Vries", "Jansen", "Bakker"]),
    "brazilian": (["Joao", "Ana", "Pedro", "Beatriz", "Lucas", "Larissa", "Gabriel", "Fernanda", "Rafael",
                   "Juliana", "Thiago", "Camila"],
                  ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Costa", "Ferreira", "Almeida",
                   "Carvalho", "Ribeiro", "Rocha"]),
    "turkish": (["Mehmet", "Ayse", "Mustafa", "Zeynep", "Emre", "Elif", "Burak", "Selin"],
                ["Yilmaz", "Kaya", "Demir", "Sahin", "Celik", "Yildiz", "Aydin", "Ozturk"]),
}

# country: (weight among honest, cultures with weights, phone code, tz offset hours, IANA tz, keyboard)
COUNTRIES = {
    "US": (44, {"anglo": 62, "hispanic": 14, "chinese": 5, "korean": 4, "indian": 6, "vietnamese": 3,
                "filipino": 2, "nigerian": 1, "arabic": 2, "slavic": 2, "japanese": 1}, "1", -5, "America/New_York", "en-US"),
    "GB": (6, {"anglo": 75, "indian": 10, "arabic": 5, "nigerian": 4, "slavic": 4, "chinese": 2}, "44", 0, "Europe/London", "en-GB"),
    "CA": (5, {"anglo": 65, "chinese": 10, "indian": 10, "korean": 4, "filipino": 4, "arabic": 4, "german": 3}, "1", -5, "America/Toronto", "en-CA"),
    "IN": (6, {"indian": 100}, "91", 5.5, "Asia/Kolkata", "en-IN"),
    "DE": (3, {"german": 80, "turkish": 12, "slavic": 8}, "49", 1, "Europe/Berlin", "de-DE"),
    "FR": (2, {"german": 80, "arabic": 20}, "33", 1, "Europe/Paris", "fr-FR"),
    "NL": (1, {"german": 90, "turkish": 10}, "31", 1, "Europe/Amsterdam", "en-US"),
    "PH": (3, {"filipino": 100}, "63", 8, "Asia/Manila", "en-US"),
    "PK": (2, {"arabic": 100}, "92", 5, "Asia/Karachi", "en-US"),
    "NG": (2, {"nigerian": 100}, "234", 1, "Africa/Lagos", "en-US"),
    "BR": (3, {"brazilian": 100}, "55", -3, "America/Sao_Paulo", "pt-BR"),
    "MX": (2, {"hispanic": 100}, "52", -6, "America/Mexico_City", "es-MX"),
    "PL": (2, {"slavic": 100}, "48", 1, "Europe/Warsaw", "pl-PL"),
    "UA": (2, {"slavic": 100}, "380", 2, "Europe/Kyiv", "uk-UA"),
    "RS": (1, {"slavic": 100}, "381", 1, "Europe/Belgrade", "sr-Latn-RS"),
    "KR": (2, {"korean": 100}, "82", 9, "Asia/Seoul", "ko-KR"),
    "JP": (1.5, {"japanese": 100}, "81", 9, "Asia/Tokyo", "ja-JP"),
    "CN": (2, {"chinese": 100}, "86", 8, "Asia/Shanghai", "zh-CN"),
    "VN": (1.5, {"vietnamese": 100}, "84", 7, "Asia/Ho_Chi_Minh", "vi-VN"),
    "RU": (1, {"slavic": 100}, "7", 3, "Europe/Moscow", "ru-RU"),
    "TR": (1, {"turkish": 100}, "90", 3, "Europe/Istanbul", "tr-TR"),
    "AU": (2, {"anglo": 70, "chinese": 10, "indian": 8, "vietnamese": 5, "korean": 4, "filipino": 3}, "61", 10, "Australia/Sydney", "en-AU"),
    "ES": (1, {"hispanic": 100}, "34", 1, "Europe/Madrid", "es-ES"),
    "EG": (1, {"arabic": 100}, "20", 2, "Africa/Cairo", "ar-EG"),
    "KE": (1, {"nigerian": 100}, "254", 3, "Africa/Nairobi", "en-US"),
    "SG": (0.5, {"chinese": 70, "indian": 20, "arabic": 10}, "65", 8, "Asia/Singapore", "en-US"),
    "AE": (0.5, {"arabic": 60, "indian": 40}, "971", 4, "Asia/Dubai", "en-US"),
}

CITIES = {
    "US": [("New York", "NY", "100"), ("Los Angeles", "CA", "900"), ("Chicago", "IL", "606"), ("Houston", "TX", "770"),
           ("Phoenix", "AZ", "850"), ("Philadelphia", "PA", "191"), ("San Antonio", "TX", "782"), ("San Diego", "CA", "921"),
           ("Dallas", "TX", "752"), ("Austin", "TX", "787"), ("Jacksonville", "FL", "322"), ("Columbus", "OH", "432"),
           ("Charlotte", "NC", "282"), ("Seattle", "WA", "981"), ("Denver", "CO", "802"), ("Nashville", "TN", "372"),
           ("Atlanta", "GA", "303"), ("Boston", "MA", "021"), ("Portland", "OR", "972"), ("Las Vegas", "NV", "891"),
           ("Minneapolis", "MN", "554"), ("St. Louis", "MO", "631"), ("Bowie", "MD", "207"), ("Litchfield Park", "AZ", "853"),
           ("Newark", "NJ", "071"), ("Edison", "NJ", "088"), ("Raleigh", "NC", "276"), ("Sacramento", "CA", "958"),
           ("Kansas City", "MO", "641"), ("Salt Lake City", "UT", "841"), ("Tampa", "FL", "336"), ("Pittsburgh", "PA", "152"),
           ("Jefferson City", "TN", "377"), ("Fremont", "CA", "945"), ("Plano", "TX", "750"), ("Irvine", "CA", "926")],
    "GB": [("London", "", "E1"), ("Manchester", "", "M1"), ("Birmingham", "", "B1"), ("Leeds", "", "LS1"), ("Glasgow", "", "G1")],
    "CA": [("Toronto", "ON", "M5V"), ("Vancouver", "BC", "V6B"), ("Montreal", "QC", "H2X"), ("Calgary", "AB", "T2P")],
    "IN": [("Bengaluru", "KA", "560"), ("Hyderabad", "TG", "500"), ("Pune", "MH", "411"), ("Chennai", "TN", "600"), ("Noida", "UP", "201")],
    "DE": [("Berlin", "", "10"), ("Munich", "", "80"), ("Hamburg", "", "20")], "FR": [("Paris", "", "75"), ("Lyon", "", "69")],
    "NL": [("Amsterdam", "", "10")], "PH": [("Manila", "", "10"), ("Cebu City", "", "60")], "PK": [("Lahore", "", "54"), ("Karachi", "", "74")],
    "NG": [("Lagos", "", "10"), ("Abuja", "", "90")], "BR": [("Sao Paulo", "SP", "01"), ("Recife", "PE", "50")],
    "MX": [("Mexico City", "CDMX", "06"), ("Guadalajara", "JAL", "44")], "PL": [("Warsaw", "", "00"), ("Krakow", "", "30")],
    "UA": [("Kyiv", "", "01"), ("Lviv", "", "79")], "RS": [("Belgrade", "", "11")], "KR": [("Seoul", "", "04"), ("Busan", "", "48")],
    "JP": [("Tokyo", "", "100"), ("Osaka", "", "530")], "CN": [("Shanghai", "", "200"), ("Shenyang", "", "110"), ("Beijing", "", "100"), ("Dandong", "", "118"), ("Yanji", "", "133")],
    "VN": [("Ho Chi Minh City", "", "70"), ("Hanoi", "", "10")], "RU": [("Moscow", "", "101"), ("Vladivostok", "", "690")],
    "TR": [("Istanbul", "", "34")], "AU": [("Sydney", "NSW", "2000"), ("Melbourne", "VIC", "3000")], "ES": [("Madrid", "", "28")],
    "EG": [("Cairo", "", "11")], "KE": [("Nairobi", "", "00")], "SG": [("Singapore", "", "01")], "AE": [("Dubai", "", "00")],
}
STREETS = ["Main", "Oak", "Maple", "Cedar", "Pine", "Elm", "Washington", "Lake", "Hill", "Park", "Sunset", "Highland",
           "Church", "Mill", "River", "Spring", "Willow", "Jefferson", "Lincoln", "Franklin", "Madison", "Chestnut",
           "Walnut", "Ridge", "Meadow", "Forest", "Harbor", "Valley", "Orchard", "Station", "Kings", "Queen", "Victoria",
           "Garden", "Bridge", "Market", "Broad", "Canal", "College", "Union"]
SUFFIX = ["St", "Ave", "Rd", "Blvd", "Ln", "Dr", "Ct", "Way", "Pl"]

MAIL_DOMAINS = {"default": [("gmail.com", 50), ("outlook.com", 14), ("yahoo.com", 9), ("hotmail.com", 7), ("icloud.com", 9),
                            ("proton.me", 2), ("aol.com", 2)],
                "KR": [("naver.com", 50), ("gmail.com", 40), ("daum.net", 10)], "CN": [("qq.com", 45), ("163.com", 25), ("gmail.com", 20), ("outlook.com", 10)],
                "RU": [("mail.ru", 35), ("yandex.ru", 35), ("gmail.com", 30)], "DE": [("gmx.de", 30), ("web.de", 25), ("gmail.com", 45)],
                "JP": [("gmail.com", 60), ("yahoo.co.jp", 40)], "FR": [("orange.fr", 20), ("gmail.com", 60), ("free.fr", 20)],
                "IN": [("gmail.com", 80), ("yahoo.co.in", 10), ("rediffmail.com", 10)], "UA": [("ukr.net", 35), ("gmail.com", 65)]}
FREELANCE_PLATFORM = "GigBridge Freelance"
MAIL_PROVIDER = "MailNest"

UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
       "Mozilla/5.0 (Linux; Android 13; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0",
       "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80"]

BASE_PROCS_WIN = ["explorer.exe", "chrome.exe", "msedge.exe", "Teams.exe", "slack.exe", "OUTLOOK.EXE", "Code.exe", "Zoom.exe",
                  "OneDrive.exe", "svchost.exe", "WINWORD.EXE", "EXCEL.EXE", "git.exe", "node.exe", "python.exe", "docker.exe"]
BASE_PROCS_MAC = ["Google Chrome", "Slack", "zoom.us", "Code", "Finder", "Microsoft Teams", "Microsoft Outlook", "iTerm2",
                  "Docker", "node", "python3", "Safari", "1Password", "Notion"]
EDR = ["csfalconservice.exe", "SentinelAgent.exe", "MsMpEng.exe", "MsSense.exe", "cb.exe", "SophosHealth.exe"]
RMM_COMPANY = [("ScreenConnect", "ScreenConnect.ClientService.exe"), ("Atera", "AteraAgent.exe"), ("NinjaOne", "NinjaRMMAgent.exe"),
               ("Kaseya", "AgentMon.exe"), ("N-able", "BASupSrvc.exe"), ("GoTo Resolve", "GoToResolveProcessChecker.exe")]
REMOTE_TOOLS = {"AnyDesk": "anydesk.exe", "TeamViewer": "TeamViewer.exe", "Chrome Remote Desktop": "remoting_host.exe",
                "RustDesk": "rustdesk.exe", "Splashtop": "SRService.exe", "Parsec": "parsecd.exe", "Zoho Assist": "ZA_Access.exe",
                "TightVNC": "tvnserver.exe", "RemotePC": "RemotePC.exe", "AnyViewer": "AnyViewer.exe", "Supremo": "supremo.exe"}
# from /work/shared/samples/indicators/ip_kvm_usb_gadget_ids.csv (default gadget ids of open IP-KVMs)
IPKVM = [("1d6b", "0104", "PiKVM Composite Device"), ("1d6b", "0104", "Multifunction USB Device"),
         ("1d6b", "0104", "USB Emulation Device"), ("3346", "1009", "NanoKVM")]
USB_NORMAL = [("046d", "c52b", "USB Receiver"), ("1050", "0407", "YubiKey OTP+FIDO+CCID"), ("046d", "085e", "Logitech BRIO"),
              ("413c", "b06e", "Dell dock"), ("05ac", "024f", "Magic Keyboard"), ("0bda", "8153", "USB 10/100/1000 LAN"),
              ("046d", "c08b", "G502 HERO Gaming Mouse"), ("1532", "0084", "Razer DeathAdder V2"), ("17ef", "a396", "ThinkPad USB-C Dock Gen2"),
              ("0b95", "1790", "AX88179 Gigabit Ethernet"), ("0c45", "636b", "USB 2.0 Camera"), ("047f", "c056", "Plantronics Blackwire 3220")]
DISPLAYS = ["DELL U2720Q", "DELL P2422H", "LG HDR 4K", "LG ULTRAGEAR", "HP E24 G4", "Color LCD", "BenQ GW2780", "ASUS VG279",
            "SAMSUNG C27F390", "ThinkVision T27h", "Acer K242HL", "DELL S2721DGF"]
SYSTEMS_WIN = ["Latitude 7440", "Latitude 5540", "ThinkPad T14 Gen 4", "ThinkPad X1 Carbon Gen 11", "HP EliteBook 840 G10", "Surface Laptop 5"]
SYSTEMS_MAC = ["MacBookPro18,1", "MacBookPro18,3", "Mac14,2", "Mac14,7", "Mac15,3"]

ISPS = {  # country: [(asn, owner, kind)]
    "US": [(7922, "Comcast Cable Communications, LLC", "res"), (20115, "Charter Communications", "res"), (7018, "AT&T Services, Inc.", "res"),
           (701, "Verizon Business", "res"), (22773, "Cox Communications Inc.", "res"), (21928, "T-Mobile USA, Inc.", "mob"),
           (6167, "Cellco Partnership DBA Verizon Wireless", "mob"), (20057, "AT&T Mobility LLC", "mob")],
    "GB": [(2856, "British Telecommunications PLC", "res"), (5089, "Virgin Media Limited", "res"), (25135, "Vodafone Limited", "mob")],
    "CA": [(812, "Rogers Communications Canada Inc.", "res"), (577, "Bell Canada", "res"), (852, "TELUS Communications Inc.", "mob")],
    "IN": [(55836, "Reliance Jio Infocomm Limited", "mob"), (24560, "Bharti Airtel Ltd.", "res"), (45609, "Bharti Airtel Ltd. AS for GPRS Service", "mob")],
    "DE": [(3320, "Deutsche Telekom AG", "res"), (3209, "Vodafone GmbH", "res")], "FR": [(3215, "Orange S.A.", "res"), (12322, "Free SAS", "res")],
    "NL": [(1136, "KPN B.V.", "res")], "PH": [(9299, "Philippine Long Distance Telephone Company", "res"), (132199, "Globe Telecom Inc.", "mob")],
    "PK": [(17557, "Pakistan Telecommunication Company Limited", "res")], "NG": [(29465, "MTN NIGERIA Communication limited", "mob")],
    "BR": [(28573, "Claro NXT Telecomunicacoes Ltda", "res")], "MX": [(8151, "UNINET", "res")], "PL": [(5617, "Orange Polska Spolka Akcyjna", "res")],
    "UA": [(15895, "Kyivstar PJSC", "res")], "RS": [(8400, "TELEKOM SRBIJA a.d.", "res")], "KR": [(4766, "Korea Telecom", "res"), (9318, "SK Broadband Co Ltd", "res")],
    "JP": [(2516, "KDDI CORPORATION", "res"), (4713, "NTT Communications Corporation", "res")],
    "CN": [(4134, "CHINANET-BACKBONE", "res"), (4837, "CHINA UNICOM China169 Backbone", "res")],
    "VN": [(45899, "VNPT Corp", "res")], "RU": [(12389, "PJSC Rostelecom", "res"), (8359, "MTS PJSC", "mob")],
    "TR": [(9121, "Turk Telekomunikasyon Anonim Sirketi", "res")], "AU": [(1221, "Telstra Limited", "res")], "ES": [(3352, "TELEFONICA DE ESPANA S.A.U.", "res")],
    "EG": [(8452, "TE Data", "res")], "KE": [(33771, "Safaricom Limited", "mob")], "SG": [(9506, "Singtel Fibre Broadband", "res")], "AE": [(5384, "Emirates Telecommunications Group Company (Etisalat Group)", "res")],
}
VPNS = {  # provider: (asn, owner, source_proxy flagged by IdP?)
    "NordVPN": (9009, "M247 Europe SRL"), "ExpressVPN": (207137, "PacketHub S.A."), "Mullvad": (39351, "31173 Services AB"),
    "ProtonVPN": (209103, "Proton AG"), "Surfshark": (60068, "Datacamp Limited"), "Astrill": (20473, "The Constant Company, LLC"),
    "PIA": (46562, "Performive LLC"), "iCloud Private Relay": (36183, "Akamai Technologies, Inc."),
}

SKILLS = ["React", "Node.js", "TypeScript", "Python", "Django", "Go", "Rust", "Java", "Spring Boot", "Kotlin", "Swift", "Flutter",
          "AWS", "GCP", "Azure", "Kubernetes", "Terraform", "PostgreSQL", "MongoDB", "Redis", "GraphQL", "Solidity", "Web3.js",
          "Vue.js", "Angular", "C#", ".NET", "PHP", "Laravel", "Ruby on Rails", "Machine Learning", "PyTorch", "Data Engineering",
          "Airflow", "Spark", "iOS", "Android", "Unity", "Figma", "QA automation", "Selenium", "Cypress", "Salesforce", "SAP",
          "accounts payable", "payroll processing", "medical billing", "customer support", "technical writing", "IT helpdesk"]
ROLES = ["Software Engineer", "Senior Software Engineer", "Full Stack Developer", "Frontend Developer", "Backend Engineer",
         "Mobile Developer", "DevOps Engineer", "Data Engineer", "ML Engineer", "QA Engineer", "Blockchain Developer",
         "IT Support Specialist", "Systems Administrator", "Product Designer", "Data Analyst", "Accountant", "Medical Biller",
         "Customer Success Manager", "Technical Writer", "Project Manager"]
SCHOOLS = ["University of Texas at Austin", "Georgia Institute of Technology", "Ohio State University", "Arizona State University",
           "University of Washington", "Rutgers University", "University of Toronto", "IIT Bombay", "Anna University",
           "University of Lagos", "Seoul National University", "Tsinghua University", "Kyiv Polytechnic Institute",
           "University of Belgrade", "Warsaw University of Technology", "University of Manila", "Universidad de Guadalajara",
           "Penn State University", "University of Michigan", "Purdue University", "Community College of Denver",
           "Western Governors University", "University of Tokyo", "Universidade de Sao Paulo", "Lahore University of Management Sciences"]
SENTS = [
    "Built and maintained {s1} services handling {n}k requests per day.", "Led migration of a legacy monolith to {s1} and {s2}.",
    "Reduced page load time by {p}% through caching and code splitting.", "Mentored {k} junior engineers and ran weekly code reviews.",
    "Designed CI/CD pipelines with GitHub Actions and {s2}.", "Worked closely with product and design to ship features every sprint.",
    "Wrote integration tests that cut production incidents by {p}%.", "Implemented payment flows with Stripe and {s1}.",
    "Owned on-call rotation for {s2} infrastructure.", "Automated reporting dashboards in {s1}, saving {k} hours per week.",
    "Supported {n} users across three offices as first-line helpdesk.", "Reconciled monthly accounts and prepared audit packages.",
    "Processed insurance claims and handled denials with payers.", "Translated customer feedback into {k} roadmap items.",
    "Refactored the {s1} codebase to improve readability and test coverage.", "Built a real-time analytics pipeline with {s1} and {s2}.",
    "Developed smart contracts in {s1} and audited token bridges.", "Managed a team of {k} contractors across time zones.",
    "Introduced feature flags and trunk-based development.", "Cut cloud spend by {p}% by rightsizing {s2} clusters.",
    "Shipped a cross-platform app with {s1} used by {n}k people.", "Maintained HIPAA-compliant data flows.",
    "Volunteered teaching {s1} at a local library coding club.", "Organized the company hackathon two years in a row.",
]


NS = ["ada.ns.cloudflare.com;bob.ns.cloudflare.com", "kim.ns.cloudflare.com;lou.ns.cloudflare.com",
      "ns1.wixdns.net;ns2.wixdns.net", "ns-cloud-a1.googledomains.com;ns-cloud-a2.googledomains.com",
      "dns1.registrar-servers.com;dns2.registrar-servers.com", "ns1.dreamhost.com;ns2.dreamhost.com",
      "ns-1234.awsdns-26.org;ns-567.awsdns-06.net", "ns07.domaincontrol.com;ns08.domaincontrol.com"]


def _d(dt):
    return dt.strftime("%Y-%m-%d")


def _ts(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


T0 = datetime(2021, 1, 1, tzinfo=timezone.utc)
T1 = datetime(2025, 9, 30, tzinfo=timezone.utc)


class World:
    def __init__(self, n, seed):
        self.n = n
        self.seed = seed
        self.r = random.Random(seed)
        self.subjects = []   # dicts with _key
        self.truth = {}      # key -> [fraud, ring, set(kinds)]
        self.logins, self.endpoint, self.payments, self.shipments, self.domains = [], [], [], [], []
        self.photos = {}     # relpath -> (face_seed, variant, fmt)
        self.resumes = {}    # relpath -> text
        self.used_emails, self.used_phones, self.used_handles = set(), set(), set()
        self.ctr = 0
        self.fraud_rows = 0
        self._nets = {}
        self._prefix = {}
        self._build_static()

    # ------------------------------------------------------------------ basic helpers
    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def wpick(self, pairs):
        tot = sum(w for _, w in pairs)
        x = self.r.random() * tot
        for v, w in pairs:
            x -= w
            if x <= 0:
                return v
        return pairs[-1][0]

    def hexs(self, k):
        return "".join("0123456789abcdef"[self.r.randrange(16)] for _ in range(k))

    def uid(self):
        self.ctr += 1
        return self.ctr

    def rand_time(self, a=T0, b=T1):
        return a + timedelta(seconds=self.r.randrange(int((b - a).total_seconds())))

    # ------------------------------------------------------------------ static world: orgs, networks
    def _prefix_for(self, key):
        if key not in self._prefix:
            while True:
                a = self.r.choice([23, 24, 31, 37, 45, 49, 50, 58, 61, 62, 66, 67, 68, 71, 73, 76, 77, 81, 86, 89, 91, 93,
                                   98, 99, 104, 106, 108, 110, 112, 113, 116, 118, 121, 124, 136, 142, 149, 154, 162, 167,
                                   172, 174, 175, 176, 178, 180, 183, 185, 188, 190, 193, 197, 201, 203, 206, 211, 213, 217])
                b = self.r.randrange(256)
                if (a, b) not in self._prefix.values():
                    break
            self._prefix[key] = (a, b)
        return self._prefix[key]

    def new_ip(self, key):
        a, b = self._prefix_for(key)
        return f"{a}.{b}.{self.r.randrange(256)}.{self.r.randrange(1, 255)}"

    def net(self, ip, country, city, asn, owner, kind, proxy=""):
        n = {"ip": ip, "country": country, "city": city, "asn": asn, "owner": owner, "kind": kind, "proxy": proxy}
        self._nets[ip] = n
        return n

    def res_net(self, country, city):
        isp = self.pick([i for i in ISPS[country] if i[2] == "res"] or ISPS[country])
        return self.net(self.new_ip(("isp", isp[0], city)), country, city, isp[0], isp[1], "res")

    def mobile_net(self, country, city):
        # carrier-grade NAT: a small pool per carrier and city, shared by many unrelated subscribers
        mobs = [i for i in ISPS[country] if i[2] == "mob"]
        if not mobs:
            return self.res_net(country, city)
        isp = self.pick(mobs)
        pool = self.cgnat.setdefault((isp[0], city), [])
        if len(pool) < 40 or self.r.random() < 0.05:
            pool.append(self.net(self.new_ip(("cg", isp[0])), country, city, isp[0], isp[1], "mob"))
        return self.pick(pool)

    def vpn_net(self, provider, country="US"):
        pool = self.vpn_pools.setdefault((provider, country), [])
        if len(pool) < 30:
            asn, owner = VPNS[provider]
            city = self.pick(CITIES[country])[0]
            pool.append(self.net(self.new_ip(("vpn", provider)), country, city, asn, owner, "vpn", "true"))
        return self.pick(pool)

    def _build_static(self):
        r = self.r
        self.cgnat, self.vpn_pools = {}, {}
        scale = max(1.0, self.n / 20000)
        self.orgs = []
        kinds = [("large", 10), ("mid", 40), ("small", 90), ("agency", 15), ("school", 12), ("clinic", 16),
                 ("nonprofit", 10), ("staffing", 8)]
        words = ["Apex", "Blue", "Cedar", "Delta", "Evergreen", "Falcon", "Granite", "Harbor", "Iron", "Juniper", "Keystone",
                 "Lumen", "Maple", "North", "Orbit", "Pioneer", "Quartz", "Redwood", "Summit", "Tidal", "Union", "Vertex",
                 "Willow", "Zenith", "Beacon", "Copper", "Horizon", "Prairie", "Silver", "Atlas", "Bright", "Crescent"]
        tails = {"large": ["Financial", "Motors", "Media Group", "Aerospace", "Retail", "Health Systems", "Technologies", "Insurance"],
                 "mid": ["Software", "Labs", "Analytics", "Logistics", "Systems", "Cloud", "Data", "Networks", "Games", "Fintech"],
                 "small": ["Web Studio", "Consulting", "Bookkeeping", "Design Co", "Dental", "Law Group", "Realty", "IT Services", "Bakery", "Plumbing"],
                 "agency": ["Digital Agency", "Creative", "Marketing", "Interactive"], "school": ["Elementary School", "High School", "Academy", "Community College"],
                 "clinic": ["Family Clinic", "Pediatrics", "Physical Therapy", "Dental Care", "Medical Group"],
                 "nonprofit": ["Foundation", "Food Bank", "Youth League", "Arts Council"], "staffing": ["Tech Staffing", "IT Solutions Pvt Ltd", "Outsourcing Inc", "Talent Partners"]}
        used = set()
        for kind, cnt in kinds:
            for _ in range(int(round(cnt * (scale if kind != "large" else 1)))):
                while True:
                    name = f"{self.pick(words)} {self.pick(tails[kind])}"
                    if name not in used:
                        used.add(name)
                        break
                if kind == "staffing":
                    country = self.pick(["IN", "PH", "PK", "UA", "VN", "IN", "PL", "MX"])
                else:
                    country = self.wpick([("US", 70), ("GB", 8), ("CA", 6), ("DE", 4), ("AU", 3), ("JP", 2), ("PL", 2), ("NL", 2), ("FR", 2), ("IN", 1)])
                city = self.pick(CITIES[country])[0]
                dom = name.lower().replace(" ", "").replace("&", "") + self.pick([".com", ".com", ".io", ".co", ".org" if kind in ("nonprofit", "school") else ".com", ".net"])
                org = {"name": name, "kind": kind, "country": country, "city": city, "domain": dom,
                       "addr": self.address(country, city), "phone": self.phone(country, landline=True),
                       "office": [self.net(self.new_ip(("corp", name)), country, city, self.pick(ISPS[country])[0], name if kind in ("large", "mid") else self.pick(ISPS[country])[1], "corp") for _ in range(1 if kind not in ("large", "mid") else 3)],
                       "zscaler": kind in ("large",) or (kind == "mid" and r.random() < 0.3),
                       "okta": kind in ("large", "mid", "staffing") or r.random() < 0.3,
                       "rmm": (self.pick(RMM_COMPANY) if (kind in ("small", "clinic", "school", "nonprofit") and r.random() < 0.45) or r.random() < 0.08 else None),
                       "edr": self.pick(EDR) if kind in ("large", "mid") or r.random() < 0.5 else None,
                       "mac": r.random() < 0.4, "depot": None, "logo_seed": r.getrandbits(31),
                       "recovery_admin": None}
                if kind in ("large", "mid"):
                    org["depot"] = self.address("US", self.pick(CITIES["US"])[0])
                self.orgs.append(org)
                reg = datetime(r.randrange(1996, 2012) if kind == "large" else r.randrange(2003, 2024), r.randrange(1, 13), r.randrange(1, 28))
                self.domains.append({"domain": dom, "company": name, "registered_at": _d(reg),
                                     "registrant_email": self.pick(["redacted@whoisprivacy.example", "proxy@domainsbyproxy.example", f"hostmaster@{dom}", "privacy@contactprivacy.example"]),
                                     "ip": self.pick(self.shared_hosting()), "nameservers": self.pick(NS)})
        self.zscaler = [self.net(self.new_ip(("zs",)), "US", self.pick(CITIES["US"])[0], 53813, "ZSCALER, INC.", "zscaler") for _ in range(25)]
        self.hiring_orgs = [o for o in self.orgs if o["kind"] not in ("staffing",)]
        # package forwarders and mailbox stores used by expats (one street address, suite per customer)
        self.forwarders = [f"{r.randrange(100, 9999)} {self.pick(STREETS)} {self.pick(SUFFIX)}, {c}, {s} {z}{r.randrange(10, 99)}"
                           for c, s, z in [("Wilmington", "DE", "198"), ("Portland", "OR", "972"), ("Sarasota", "FL", "342"), ("Miami", "FL", "331"), ("Hillsboro", "OR", "971")]]
        self.coworks = [(self.net(self.new_ip(("cw", i)), "US", c, 7922, "Comcast Cable Communications, LLC", "cowork"), f"{r.randrange(100, 999)} {self.pick(STREETS)} {self.pick(SUFFIX)}, {c}, {s} {z}{r.randrange(10, 99)}")
                        for i, (c, s, z) in enumerate(self.pick_n(CITIES["US"], 8))]
        self.campus = [self.net(self.new_ip(("campus", i)), "US", self.pick(CITIES["US"])[0], 1000 + i, self.pick(SCHOOLS), "campus") for i in range(6)]
        self.libraries = [self.net(self.new_ip(("lib", i)), "US", self.pick(CITIES["US"])[0], 7018, "AT&T Services, Inc.", "public") for i in range(6)]
        self.exchange_deposits = ["rLNaPoKeeBjZe2qs6x52yVPZpZ8td4dc6w", "rEb8TK3gBgk5auZkwc6sHnwrGVJH8DuaLh", "GA5XIGA5C7QTPTWXQHY6MCJRMTRZDOSHR6EFIBNDQTCQHG262N4GGKTM"]

    def pick_n(self, seq, k):
        s = list(seq)
        self.r.shuffle(s)
        return s[:k]

    def shared_hosting(self):
        if not hasattr(self, "_hosting"):
            self._hosting = [self.new_ip(("host", i)) for i in range(12)]
        return self._hosting

    # ------------------------------------------------------------------ identity pieces
    def country_honest(self):
        return self.wpick([(c, v[0]) for c, v in COUNTRIES.items()])

    def name(self, culture, gender_first=None):
        firsts, lasts = NAMES[culture]
        f, l = self.pick(firsts), self.pick(lasts)
        return f, l

    def full(self, f, l, culture, country):
        if culture in ("korean", "chinese", "japanese") and country in ("KR", "CN", "JP") and self.r.random() < 0.5:
            return f"{l} {f}"
        return f"{f} {l}"

    def address(self, country, city=None, unit=None):
        r = self.r
        cs = [c for c in CITIES[country] if city is None or c[0] == city] or CITIES[country]
        c, s, z = self.pick(cs)
        num = r.randrange(1, 9999)
        st = f"{num} {self.pick(STREETS)} {self.pick(SUFFIX)}"
        if unit:
            st += f" {unit}"
        if country == "US":
            return f"{st}, {c}, {s} {z}{r.randrange(10, 99)}"
        if country in ("CA", "AU"):
            return f"{st}, {c} {s} {z}"
        if country == "GB":
            return f"{num} {self.pick(STREETS)} Road, {c} {z} {r.randrange(1, 9)}{self.pick('ABDEFGHJLNP')}{self.pick('ABDEFGHJLNP')}"
        return f"{self.pick(STREETS)} {num}, {z}{r.randrange(100, 999)} {c}"

    def phone(self, country, landline=False, voip=False):
        """a valid number for the country (checked with the phonenumbers library), E.164."""
        r = self.r
        t = phonenumbers.PhoneNumberType.FIXED_LINE if landline else phonenumbers.PhoneNumberType.MOBILE
        ex = phonenumbers.example_number_for_type(country, t) or phonenumbers.example_number(country)
        nat = str(ex.national_number)
        keep = 3 if country in ("US", "CA") else max(2, len(nat) - 6)
        for _ in range(200):
            if country in ("US", "CA"):
                digits = f"{r.randrange(201, 990)}{r.randrange(200, 999)}{r.randrange(0, 10000):04d}"
            else:
                digits = nat[:keep] + "".join(str(r.randrange(10)) for _ in range(len(nat) - keep))
            num = phonenumbers.PhoneNumber(country_code=ex.country_code, national_number=int(digits))
            if not phonenumbers.is_valid_number_for_region(num, country):
                continue
            p = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
            if p not in self.used_phones:
                self.used_phones.add(p)
                return p
        raise RuntimeError(f"no phone for {country}")

    def email(self, f, l, country, domain=None, style=None):
        r = self.r
        dl = domain or self.wpick(MAIL_DOMAINS.get(country, MAIL_DOMAINS["default"]))
        base_f = f.lower().replace(" ", "").replace("-", "")
        base_l = l.lower().replace(" ", "").replace("-", "")
        for _ in range(50):
            st = style or r.randrange(7)
            if st == 0:
                u = f"{base_f}.{base_l}"
            elif st == 1:
                u = f"{base_f}{base_l}{r.randrange(1, 99)}"
            elif st == 2:
                u = f"{base_f[0]}{base_l}{r.randrange(1970, 2006)}"
            elif st == 3:
                u = f"{base_f}_{base_l}{r.randrange(100, 999)}"
            elif st == 4:
                u = f"{base_l}.{base_f}{r.randrange(1, 9)}"
            elif st == 5:
                u = f"{self.pick(['sunny', 'blue', 'cool', 'tiny', 'dark', 'happy', 'lucky', 'wild', 'quiet'])}{self.pick(['fox', 'moon', 'river', 'cat', 'coder', 'tiger', 'pixel', 'owl'])}{r.randrange(1, 9999)}"
            else:
                u = f"{base_f}{base_l[0]}{r.randrange(10, 9999)}"
            e = f"{u}@{dl}"
            if e not in self.used_emails:
                self.used_emails.add(e)
                return e
            style = None
        e = f"{base_f}{self.hexs(6)}@{dl}"
        self.used_emails.add(e)
        return e

    def handle(self, f, l):
        for _ in range(50):
            h = self.pick([f"{f}{l}", f"{f[0]}{l}", f"{f}-{l}", f"{l}{f}", f"{f}{l}{self.r.randrange(1, 999)}", f"{f}-{l}-dev"]).lower().replace(" ", "")
            if h not in self.used_handles:
                self.used_handles.add(h)
                return h
        h = f"{f}{l}{self.hexs(4)}".lower().replace(" ", "")
        self.used_handles.add(h)
        return h

    def nid(self):
        return "h:" + hashlib.sha256(f"salt8|{self.r.getrandbits(64)}".encode()).hexdigest()[:24]

    def dob(self, young=False):
        y = self.r.randrange(1998, 2009) if young else self.r.randrange(1955, 2002)
        return datetime(y, self.r.randrange(1, 13), self.r.randrange(1, 29))

    def person(self, country=None, culture=None, city=None, home=None, young=False, surname=None):
        country = country or self.country_honest()
        if culture is None:
            culture = self.wpick(list(COUNTRIES[country][1].items()))
        f, l = self.name(culture)
        if surname:
            l = surname
        p = {"first": f, "last": l, "culture": culture, "country": country,
             "name": self.full(f, l, culture, country), "dob": self.dob(young), "nid": self.nid(),
             "photo_seed": self.r.getrandbits(31), "kbd": COUNTRIES[country][5], "tz": COUNTRIES[country][4],
             "tzo": COUNTRIES[country][3], "emails": [], "devices": [], "night": False}
        if culture == "korean" and country != "KR" and self.r.random() < 0.35:
            p["kbd"] = "ko-KR"
        if culture == "chinese" and country not in ("CN", "SG") and self.r.random() < 0.3:
            p["kbd"] = "zh-CN"
        p["home"] = home or self.home(country, city)
        p["phone"] = self.phone(country)
        p["email"] = self.email(f, l, country)
        p["device"] = "dev-" + self.hexs(12)
        p["ua"] = self.pick(UAS)
        return p

    def home(self, country, city=None, unit=None, addr=None):
        city = city or self.pick(CITIES[country])[0]
        h = {"country": country, "city": city, "addr": addr or self.address(country, city, unit),
             "net": self.res_net(country, city), "ssid": self.pick(["NETGEAR", "xfinitywifi-home", "ATT", "TP-Link_", "Linksys", "ASUS_", "Spectrum", "FRITZ!Box 7590 ", "BT-", "Vodafone-", "HUAWEI-", "MyHome"]) + self.hexs(4).upper(),
             "gw": ":".join(self.hexs(2) for _ in range(6)), "landline": None, "family_device": None}
        return h

    # ------------------------------------------------------------------ photos and resumes
    def photo(self, key, face_seed, variant=0, fmt=None):
        fmt = fmt or self.pick(["jpg", "jpg", "png"])
        rel = f"photos/{key}.{fmt}"
        self.photos[rel] = (face_seed, variant, fmt)
        return rel

    def resume_text(self, p, role=None, template=None):
        r = self.r
        role = role or self.pick(ROLES)
        skills = self.pick_n(SKILLS, r.randrange(4, 9))

        def fill(s):
            return s.format(s1=self.pick(skills), s2=self.pick(skills), n=r.randrange(2, 900), p=r.randrange(10, 70), k=r.randrange(2, 12))
        lines = [p["name"], f"{role}", f"{p['email']} | {p.get('phone_shown', p['phone'])}", ""]
        if template:
            lines += template
        else:
            lines.append("SUMMARY")
            lines.append(fill(self.pick(["{k} years of experience building products with {s1} and {s2}.",
                                         "Detail-oriented professional with a background in {s1}.",
                                         "Engineer who enjoys turning messy requirements into reliable {s1} systems.",
                                         "Self-taught developer, former teacher, passionate about {s1}.",
                                         "Generalist comfortable across {s1}, {s2} and cloud operations."])))
            lines.append("")
            lines.append("EXPERIENCE")
            y = r.randrange(2008, 2020)
            for _ in range(r.randrange(1, 4)):
                o = self.pick(self.orgs)
                lines.append(f"{self.pick(ROLES)}, {o['name']} ({y}-{min(2025, y + r.randrange(1, 5))})")
                for _ in range(r.randrange(2, 5)):
                    lines.append("- " + fill(self.pick(SENTS)))
                y += r.randrange(1, 5)
            lines.append("")
            lines.append(f"EDUCATION\n{self.pick(['B.S.', 'B.A.', 'M.S.', 'B.Tech', 'Diploma'])} {self.pick(['Computer Science', 'Information Systems', 'Mathematics', 'Accounting', 'Electrical Engineering', 'Biology', 'Economics'])}, {self.pick(SCHOOLS)}")
        lines.append("")
        lines.append("SKILLS: " + ", ".join(skills))
        return "\n".join(lines)

    def resume(self, key, text):
        if self.r.random() < 0.25:
            return text  # inline text (ATS exports often carry the parsed text)
        ext = self.pick(["txt", "txt", "md"])
        rel = f"resumes/{key}.{ext}"
        self.resumes[rel] = text
        return rel

    # ------------------------------------------------------------------ subject rows
    def add(self, kind, p, kinds, fraud=0, ring="", **f):
        key = f"k{len(self.subjects)}"
        row = {"_key": key, "_ctx": f.pop("_ctx", kind), "kind": kind, "full_name": p["name"] if p else "", **f}
        self.subjects.append(row)
        self.truth[key] = [fraud, ring, set(kinds)]
        if fraud:
            self.fraud_rows += 1
        return key

    def tag(self, key, *kinds):
        self.truth[key][2].update(kinds)

    def gen_logins(self, key, nets, devices, uas, n, start, end, tzo, night=False, okta=False, fail=0.04, hours=None):
        """nets: list of (net, weight)."""
        r = self.r
        if end <= start:
            end = start + timedelta(days=3)
        for _ in range(n):
            net = self.wpick(nets)
            t = self.rand_time(start, end)
            if hours is not None:
                h = self.pick(hours)
            elif night:
                h = self.pick([22, 23, 0, 1, 2, 3, 4, 5, 6])
            else:
                h = int(self.wpick([(x, w) for x, w in zip(range(24), [1, 1, 0.5, 0.3, 0.3, 0.5, 2, 5, 8, 10, 10, 9, 8, 9, 10, 9, 8, 7, 5, 5, 4, 4, 3, 2])]))
            utc_h = (h - tzo) % 24
            t = t.replace(hour=int(utc_h) % 24, minute=r.randrange(60), second=r.randrange(60))
            row = {"subject_id": key, "ts": _ts(t), "ip": net["ip"], "device_id": self.pick(devices), "user_agent": self.pick(uas),
                   "country": net["country"]}
            if okta:
                out = "success"
                x = r.random()
                if x < fail:
                    out = "failure"
                elif x < fail + 0.05:
                    out = "challenge"
                row.update({"outcome": out, "source_proxy": net["proxy"] if net["proxy"] else ("false" if r.random() < 0.7 else ""),
                            "asn": str(net["asn"]), "network_owner": net["owner"], "city": net["city"],
                            "risk_level": "none" if net["kind"] != "vpn" else self.pick(["low", "medium", "none"]),
                            "event_type": "user.session.start", "session_id": "102" + self.hexs(21),
                            "event_id": "okta:" + self.hexs(8) + "-" + self.hexs(4) + "-" + self.hexs(4) + "-" + self.hexs(4) + "-" + self.hexs(12)})
            self.logins.append(row)

    def laptop(self, org):
        mac = org["mac"] if self.r.random() < 0.9 else not org["mac"]
        serial = ("C02" + self.hexs(7).upper()) if mac else ("PF" + self.hexs(6).upper())
        return {"id": serial, "mac": mac, "system": self.pick(SYSTEMS_MAC if mac else SYSTEMS_WIN)}

    def endpoint_rows(self, key, lap, org, start, home, kbd, tz, extra_procs=(), extra_usb=(), sessions=(), ports=(), n_snap=None, display=None):
        r = self.r
        procs = self.pick_n(BASE_PROCS_MAC if lap["mac"] else BASE_PROCS_WIN, r.randrange(5, 10))
        if org.get("edr"):
            procs.append(org["edr"] if not lap["mac"] else org["edr"].replace(".exe", ""))
        if org.get("rmm"):
            procs.append(org["rmm"][1])
        procs += list(extra_procs)
        usb = self.pick_n(USB_NORMAL, r.randrange(0, 4)) + list(extra_usb)
        disp = display or self.pick_n(DISPLAYS, r.randrange(1, 3))
        n_snap = n_snap or r.randrange(2, 5)
        for s in range(n_snap):
            t = start + timedelta(days=r.randrange(1, 200), hours=r.randrange(24))
            ts = _ts(t)
            dev = lap["id"]
            E = self.endpoint.append
            for pn in procs:
                if r.random() < 0.85:
                    E({"subject_id": key, "ts": ts, "device_id": dev, "kind": "process", "value": pn})
            for v, pid, name in usb:
                if r.random() < 0.8:
                    E({"subject_id": key, "ts": ts, "device_id": dev, "kind": "usb", "value": name, "vendor_id": v, "product_id": pid})
            for d in disp:
                E({"subject_id": key, "ts": ts, "device_id": dev, "kind": "display", "value": d})
            if home:
                E({"subject_id": key, "ts": ts, "device_id": dev, "kind": "network", "value": home["ssid"]})
                E({"subject_id": key, "ts": ts, "device_id": dev, "kind": "gateway_mac", "value": home["gw"]})
            E({"subject_id": key, "ts": ts, "device_id": dev, "kind": "keyboard", "value": kbd})
            E({"subject_id": key, "ts": ts, "device_id": dev, "kind": "timezone", "value": tz})
            if s == 0:
                E({"subject_id": key, "ts": ts, "device_id": dev, "kind": "system", "value": lap["system"]})
            for pt in ports:
                E({"subject_id": key, "ts": ts, "device_id": dev, "kind": "listening_port", "value": pt})
            for host, opened in sessions:
                E({"subject_id": key, "ts": ts, "device_id": dev, "kind": "remote_session", "value": host,
                   "started_at": _ts(t - timedelta(hours=opened))})

    def payroll(self, key, dest, start, months, amount, currency="USD", method="bank", every=30):
        t = start + timedelta(days=self.r.randrange(10, 30))
        for i in range(months):
            self.payments.append({"subject_id": key, "ts": _ts(t), "amount": f"{amount * self.r.uniform(0.97, 1.03):.2f}",
                                  "currency": currency, "method": method, "destination": dest})
            t += timedelta(days=every)
            if t > T1:
                break

    def bank(self):
        return "acct:" + self.hexs(16)

    def wallet(self, p=None, kind=None):
        kind = kind or self.pick(["payoneer", "paypal", "wise"])
        if kind in ("payoneer", "paypal") and p is not None:
            return f"{kind}:{p['email']}"
        return f"{kind}:@{self.hexs(10)}"

    def crypto(self):
        k = self.pick(["eth", "tron", "btc"])
        if k == "eth":
            return "0x" + self.hexs(40)
        if k == "tron":
            return "T" + "".join(self.pick("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz") for _ in range(33))
        return "bc1q" + "".join(self.pick("023456789acdefghjklmnpqrstuvwxyz") for _ in range(38))

    # ------------------------------------------------------------------ record contexts
    def home_nets(self, p, mobile=0.3):
        h = p["home"]
        nets = [(h["net"], 1.0)]
        if mobile:
            nets.append((self.mobile_net(h["country"], h["city"]), mobile))
        return nets

    def mail_account(self, p, kinds, email=None, rec_email="own", rec_phone="own", signup=None, created=None, nets=None,
                     devices=None, n=None, name=None, fraud=0, ring="", night=None, hours=None, uas=None):
        r = self.r
        if email is None:
            if p["email"].split("@")[1] in ("outlook.com", "hotmail.com") and p["email"] not in p["emails"]:
                email = p["email"]
            else:
                email = self.email(p["first"], p["last"], p["country"], domain=self.pick(["outlook.com", "hotmail.com", "outlook.com"]))
        p["emails"].append(email)
        if rec_email == "own":
            rec_email = p["email"] if p["email"] != email else (self.email(p["first"], p["last"], p["country"]) if r.random() < 0.3 else "")
        if rec_phone == "own":
            rec_phone = p["phone"] if r.random() < 0.75 else ""
        created = created or self.rand_time(T0, T1 - timedelta(days=30))
        nets = nets or self.home_nets(p)
        signup = signup or self.wpick(nets)
        key = self.add("account", p, kinds, fraud, ring, _ctx="mail", email=email, phone="", address="",
                       country=p["country"] if r.random() < 0.8 else "", birth_date=_d(p["dob"]) if r.random() < 0.4 else "",
                       employer=MAIL_PROVIDER, created_at=_ts(created), recovery_email=rec_email or "",
                       recovery_phone=rec_phone or "", signup_ip=signup["ip"])
        if name is not None:
            self.subjects[-1]["full_name"] = name
        self.gen_logins(key, nets, devices or [p["device"]], uas or [p["ua"]], n if n is not None else r.randrange(2, 10), created, T1,
                        p["tzo"], night=p["night"] if night is None else night, hours=hours)
        return key

    def profiles(self, p, gh=True, li=True, extra=()):
        r = self.r
        out = []
        if li and r.random() < 0.6:
            out.append(f"https://www.linkedin.com/in/{p.setdefault('li', self.handle(p['first'], p['last']))}")
        if gh and r.random() < 0.5:
            out.append(f"https://github.com/{p.setdefault('gh', self.handle(p['first'], p['last']))}")
        out += list(extra)
        return ";".join(out)

    def freelance_account(self, p, kinds, dest=None, method=None, photo="own", nets=None, created=None, fraud=0, ring="",
                          resume_text=None, profiles=None, devices=None, n=None, address=None, phone=None, email=None,
                          amount=None, months=None, night=None, hours=None, uas=None):
        r = self.r
        created = created or self.rand_time(T0, T1 - timedelta(days=60))
        key_hint = f"f{self.uid()}"
        if photo == "own":
            photo = self.photo(key_hint, p["photo_seed"]) if r.random() < 0.85 else ""
        text = resume_text or self.resume_text(p)
        nets = nets or self.home_nets(p)
        key = self.add("account", p, kinds, fraud, ring, _ctx="freelance", email=email or p["email"], phone=phone if phone is not None else (p["phone"] if r.random() < 0.7 else ""),
                       address=address if address is not None else (p["home"]["addr"] if r.random() < 0.5 else f"{p['home']['city']}, {p['home']['country']}"),
                       country=p["country"], birth_date="", photo=photo or "", resume=self.resume(key_hint, text),
                       profiles=profiles if profiles is not None else self.profiles(p), employer=FREELANCE_PLATFORM,
                       created_at=_ts(created), signup_ip=self.wpick(nets)["ip"])
        self.gen_logins(key, nets, devices or [p["device"]], uas or [p["ua"]], n if n is not None else r.randrange(3, 14), created, T1, p["tzo"],
                        night=p["night"] if night is None else night, hours=hours)
        if method is None:
            method = self.wpick([("wallet", 55), ("bank", 35), ("crypto", 10)])
        if dest is None:
            dest = self.wallet(p) if method == "wallet" else (self.bank() if method == "bank" else self.crypto())
        if r.random() < 0.85 or fraud:
            self.payroll(key, dest, created, months or r.randrange(1, 12), amount or r.choice([150, 400, 900, 2200, 3500]), method=method,
                         every=r.choice([7, 14, 30]))
        return key

    def application(self, p, org, kinds, fraud=0, ring="", resume_text=None, photo="own", phone=None, email=None, address=None,
                    created=None, profiles=None, country=None):
        r = self.r
        k = f"a{self.uid()}"
        if photo == "own":
            photo = self.photo(k, p["photo_seed"]) if r.random() < 0.45 else ""
        text = resume_text or p.get("resume_txt") or self.resume_text(p)
        p.setdefault("resume_txt", text)
        return self.add("applicant", p, kinds, fraud, ring, _ctx="apply", email=email or p["email"], phone=phone or p["phone"],
                        address=address if address is not None else (p["home"]["addr"] if r.random() < 0.8 else ""),
                        country=country or p["country"], photo=photo or "", resume=self.resume(k, text),
                        profiles=profiles if profiles is not None else self.profiles(p), employer=org["name"],
                        created_at=_ts(created or self.rand_time(T0, T1 - timedelta(days=20))))

    def employment(self, p, org, kinds, kind=None, fraud=0, ring="", ship_to=None, gw_home=None, nets=None, dest=None,
                   extra_procs=(), extra_usb=(), sessions=(), ports=(), kbd=None, tz=None, photo="own", resume_text=None,
                   phone=None, email=None, address=None, start=None, months=None, devices=None, uas=None, night=None,
                   hours=None, okta_nets_only=False, nid=None, dob=None, amount=None, profiles=None):
        r = self.r
        kind = kind or ("employee" if r.random() < 0.75 else "contractor")
        k = f"e{self.uid()}"
        start = start or self.rand_time(T0, T1 - timedelta(days=90))
        if photo == "own":
            photo = self.photo(k, p["photo_seed"]) if r.random() < 0.6 else ""
        text = resume_text or p.get("resume_txt") or self.resume_text(p)
        key = self.add(kind, p, kinds, fraud, ring, _ctx="employ", email=email or p["email"], phone=phone or p["phone"],
                       address=address if address is not None else p["home"]["addr"], country=p["country"] if address is None else (p.get("claim_country") or p["country"]),
                       birth_date=_d(dob or p["dob"]), national_id=nid or p["nid"], photo=photo or "",
                       resume=self.resume(k, text) if r.random() < 0.7 else "", profiles=profiles if profiles is not None else self.profiles(p),
                       employer=org["name"], created_at=_ts(start))
        lap = self.laptop(org)
        ship = ship_to or p["home"]["addr"]
        self.shipments.append({"subject_id": key, "ts": _ts(start - timedelta(days=r.randrange(2, 10))), "asset": lap["id"], "address": ship})
        if r.random() < 0.15:
            self.shipments.append({"subject_id": key, "ts": _ts(start + timedelta(days=r.randrange(30, 300))),
                                   "asset": "ACC-" + self.hexs(6).upper(), "address": ship})
        home = gw_home or p["home"]
        self.endpoint_rows(key, lap, org, start, home, kbd or p["kbd"], tz or p["tz"], extra_procs, extra_usb, sessions, ports)
        if nets is None:
            nets = [(home["net"], 1.0), (self.mobile_net(home["country"], home["city"]), 0.15)]
            if org["zscaler"]:
                nets.append((self.pick(self.zscaler), 0.8))
            if r.random() < 0.3:
                nets.append((self.pick(org["office"]), 0.3))
        end = min(T1, start + timedelta(days=30 * (months or r.randrange(3, 36))))
        self.gen_logins(key, nets, devices or [lap["id"]], uas or [self.pick(UAS[:3] + UAS[6:])], r.randrange(5, 22), start, end,
                        p["tzo"] if not okta_nets_only else p.get("op_tzo", p["tzo"]), okta=org["okta"],
                        night=p["night"] if night is None else night, hours=hours)
        cur = {"US": "USD", "GB": "GBP", "CA": "CAD", "DE": "EUR", "FR": "EUR", "NL": "EUR", "AU": "AUD", "JP": "JPY", "PL": "PLN", "IN": "INR"}.get(org["country"], "USD")
        self.payroll(key, dest or p.setdefault("bank", self.bank()), start, max(1, (end - start).days // 30),
                     amount or r.choice([3800, 5200, 6900, 8400, 10500, 12500]), currency=cur, every=self.pick([14, 30, 30]))
        p.setdefault("laptops", []).append(lap["id"])
        return key

    # ------------------------------------------------------------------ honest scenarios
    def org_of(self, kinds=None):
        pool = [o for o in self.hiring_orgs if kinds is None or o["kind"] in kinds]
        return self.pick(pool)

    def h_records(self, p, base_kinds, ctxs=None):
        """an ordinary life: 1-3 records across the contexts."""
        r = self.r
        ctxs = ctxs or self.wpick([(("mail",), 34), (("apply",), 18), (("employ",), 11), (("freelance",), 7),
                                   (("mail", "apply"), 10), (("mail", "employ"), 6), (("apply", "apply"), 5),
                                   (("mail", "freelance"), 3), (("apply", "employ"), 4), (("apply", "apply", "apply"), 2)])
        keys = []
        n_apply = sum(1 for c in ctxs if c == "apply")
        for c in ctxs:
            ks = list(base_kinds) + (["repeat_applicant"] if c == "apply" and n_apply > 1 else [])
            if c == "mail":
                keys.append(self.mail_account(p, ks))
            elif c == "apply":
                keys.append(self.application(p, self.org_of(), ks))
            elif c == "employ":
                o = self.org_of()
                ks2 = ks + (["company_rmm"] if o["rmm"] else [])
                keys.append(self.employment(p, o, ks2))
            else:
                keys.append(self.freelance_account(p, ks))
        return keys

    def h_ordinary(self):
        p = self.person()
        if self.r.random() < 0.12:  # mostly mobile users
            p["home"]["net"] = self.mobile_net(p["country"], p["home"]["city"])
            return self.h_records(p, ["mobile_cgnat"])
        return self.h_records(p, [])

    def h_household(self):
        r = self.r
        country = self.country_honest()
        home = self.home(country)
        culture = self.wpick(list(COUNTRIES[country][1].items()))
        surname = self.name(culture)[1]
        n_adults = r.choice([1, 2, 2, 2, 3])
        n_kids = r.choice([0, 0, 1, 2, 3])
        adults = [self.person(country, culture if r.random() < 0.8 else None, home=home, surname=surname if i < 2 and r.random() < 0.7 else None) for i in range(n_adults)]
        kids = [self.person(country, culture, home=home, young=True, surname=surname) for _ in range(n_kids)]
        if r.random() < 0.3:
            home["landline"] = self.phone(country, landline=True)
        if r.random() < 0.4:
            home["family_device"] = "dev-" + self.hexs(12)
        joint = self.bank() if n_adults >= 2 and r.random() < 0.5 else None
        n_remote = 0
        for a in adults:
            tags = ["household"]
            devs = [a["device"]] + ([home["family_device"]] if home["family_device"] else [])
            if home["family_device"]:
                tags.append("shared_family_device")
            ph = home["landline"] if home["landline"] and r.random() < 0.5 else None
            if ph:
                tags.append("shared_landline")
            if joint:
                a["bank"] = joint
            c = self.wpick([("mail", 4), ("employ", 3), ("apply", 2), ("freelance", 1)])
            if c == "mail":
                self.mail_account(a, tags, devices=devs)
            elif c == "employ":
                n_remote += 1
                o = self.org_of()
                t = tags + (["joint_bank_account"] if joint else []) + (["company_rmm"] if o["rmm"] else [])
                self.employment(a, o, t + (["multi_laptop_household"] if n_remote >= 2 or sum(1 for x in adults if "laptops" in x) else []), phone=ph)
            elif c == "apply":
                self.application(a, self.org_of(), tags + (["shared_landline"] if ph else []), phone=ph)
            else:
                self.freelance_account(a, tags + (["joint_bank_account"] if joint else []), dest=joint, method="bank" if joint else None, devices=devs)
            if r.random() < 0.3:
                self.mail_account(a, ["household"])
        parent = adults[0]
        for kd in kids:
            self.mail_account(kd, ["household", "family_recovery"], rec_email=parent["email"], rec_phone=parent["phone"] if r.random() < 0.8 else "",
                              devices=[kd["device"]] + ([home["family_device"]] if home["family_device"] else []))
            if r.random() < 0.3:
                self.application(kd, self.org_of(("small", "agency", "mid", "nonprofit")), ["household", "shared_parent_phone"] if r.random() < 0.3 else ["household"],
                                 phone=parent["phone"] if r.random() < 0.3 else None)

    def h_alt_accounts(self):
        r = self.r
        p = self.person()
        biz = f"{p['first']}'s {self.pick(['Bakery', 'Photography', 'Tutoring', 'Crafts', 'Cleaning', 'Auto Repair', 'Nails', 'Catering'])}"
        for i in range(r.randrange(2, 6)):
            nm = p["name"] if r.random() < 0.6 else self.pick([biz, p["first"], p["first"] + " " + p["last"][0], p["name"].upper(), "Shop " + p["last"]])
            em = None if i == 0 else self.email(p["first"] if r.random() < 0.5 else self.pick(["shop", "info", "hello", "orders", "gamer"]), p["last"], p["country"],
                                                domain=self.pick(["outlook.com", "hotmail.com"]))
            self.mail_account(p, ["own_alt_accounts"], email=em, rec_email=p["email"], rec_phone=p["phone"], name=nm)
        if r.random() < 0.4:
            self.h_records(p, ["own_alt_accounts"], ("apply",))

    def h_org_accounts(self):
        r = self.r
        org = self.org_of(("school", "clinic", "small", "nonprofit"))
        admin = self.person(org["country"], city=org["city"])
        admin_email = self.email(admin["first"], admin["last"], org["country"])
        office = org["office"][0]
        for i in range(r.randrange(4, 22)):
            p = self.person(org["country"], city=org["city"])
            self.mail_account(p, ["org_admin_recovery", "office_network"], rec_email=admin_email,
                              rec_phone=org["phone"] if r.random() < 0.5 else "", signup=office,
                              nets=[(office, 3), (p["home"]["net"], 1)], created=self.rand_time(T0, T1 - timedelta(days=60)))

    def h_small_firm(self):
        r = self.r
        org = self.org_of(("small", "clinic", "agency", "nonprofit", "school"))
        logo = r.random() < 0.35
        front = "dev-" + self.hexs(12) if org["kind"] == "clinic" and r.random() < 0.6 else None
        for i in range(r.randrange(3, 12)):
            p = self.person(org["country"], city=org["city"])
            tags = ["small_org_staff"] + (["company_rmm"] if org["rmm"] else [])
            ph = None
            if r.random() < 0.4:
                ph = org["phone"]
                tags.append("office_shared_phone")
            photo = "own"
            if logo and r.random() < 0.7:
                photo = self.photo(f"logo{self.uid()}", org["logo_seed"], variant=0, fmt="png")
                tags.append("company_logo_photo")
            ship = None
            if r.random() < 0.5:
                ship = org["addr"]
                tags.append("ship_to_office")
            nets = [(org["office"][0], 3), (p["home"]["net"], 1)]
            devs = None
            if front:
                tags.append("shared_front_desk_device")
                devs = [front]
            k = self.employment(p, org, tags + ["office_network"], phone=ph, photo=photo, ship_to=ship, nets=nets)
            if devs:
                self.gen_logins(k, [(org["office"][0], 1)], devs, [UAS[0]], r.randrange(3, 10), T0, T1, p["tzo"], okta=org["okta"])

    def h_staffing(self):
        r = self.r
        ag = self.pick([o for o in self.orgs if o["kind"] == "staffing"])
        acct = self.bank()
        tmpl = ["SUMMARY", f"Certified professional deployed through {ag['name']}, a CMMI Level 3 delivery partner.",
                "Experienced in agile delivery, client communication and 24x7 support models.", "", "EXPERIENCE",
                f"Consultant, {ag['name']} (2019-2025)", "- Delivered enterprise projects for Fortune 500 clients in BFSI, retail and healthcare.",
                "- Followed ITIL processes for incident, change and release management.", "", "EDUCATION", "Bachelor of Engineering"]
        for i in range(r.randrange(5, 22)):
            p = self.person(ag["country"], city=ag["city"])
            client = self.org_of(("large", "mid", "small"))
            tags = ["offshore_contractor_known", "staffing_agency_payout", "resume_template", "office_network"]
            ship = ag["addr"] if r.random() < 0.7 else None
            if ship:
                tags.append("ship_to_agency")
            p["claim_country"] = ag["country"]
            self.employment(p, client, tags + (["company_rmm"] if client["rmm"] else []), kind="contractor", dest=acct, ship_to=ship,
                            resume_text="\n".join(tmpl), nets=[(ag["office"][0], 4), (p["home"]["net"], 1)],
                            hours=list(range(18, 24)) + list(range(0, 4)) if r.random() < 0.6 else None)

    def h_bootcamp(self):
        r = self.r
        camp = self.pick(["CodeForge Bootcamp", "LaunchPad Academy", "Full Stack Fellowship", "ByteCamp", "DevSprint"])
        proj = [f"- Capstone: {self.pick(['RecipeShare', 'FitTrack', 'PetMatch', 'BudgetBuddy'])} - a MERN stack app with JWT auth and Stripe checkout.",
                "- Built a REST API with Express and PostgreSQL, deployed to Heroku.", "- Pair-programmed daily using agile sprints and Git workflow."]
        tmpl = ["SUMMARY", f"Full stack web developer and recent graduate of {camp}'s 16-week immersive program.",
                "Passionate about clean code, accessibility and continuous learning.", "", "PROJECTS"] + proj + ["", "EDUCATION", f"Certificate in Full Stack Web Development, {camp}"]
        country = self.wpick([("US", 7), ("CA", 1), ("GB", 1), ("NG", 1)])
        cityn = self.pick(CITIES[country])[0]
        for i in range(r.randrange(8, 22)):
            p = self.person(country, city=cityn, young=r.random() < 0.5)
            for _ in range(r.randrange(1, 4)):
                self.application(p, self.org_of(("mid", "small", "agency", "large")), ["bootcamp_resume"], resume_text="\n".join(tmpl))

    def h_cowork(self):
        r = self.r
        net, addr = self.pick(self.coworks)
        for i in range(r.randrange(4, 12)):
            p = self.person("US", city=net["city"])
            tags = ["coworking_network"]
            kw = {}
            if r.random() < 0.3:
                tags.append("coworking_address")
            c = self.pick(["freelance", "employ", "mail"])
            nets = [(net, 2), (p["home"]["net"], 1)]
            if c == "freelance":
                self.freelance_account(p, tags, nets=nets, address=addr if "coworking_address" in tags else None)
            elif c == "employ":
                o = self.org_of()
                self.employment(p, o, tags + (["company_rmm"] if o["rmm"] else []), nets=nets, ship_to=addr if "coworking_address" in tags else None)
            else:
                self.mail_account(p, ["coworking_network"], nets=nets)

    def h_campus(self):
        r = self.r
        net = self.pick(self.campus)
        for i in range(r.randrange(5, 18)):
            p = self.person(self.wpick([("US", 6), ("IN", 1), ("CN", 1), ("KR", 1), ("NG", 1)]), young=True)
            p["home"]["net"] = net
            tags = ["campus_network"] + (["international_student"] if p["country"] != "US" else [])
            self.mail_account(p, tags, nets=[(net, 3), (self.mobile_net("US", net["city"]), 1)])
            if r.random() < 0.5:
                self.application(p, self.org_of(), tags)

    def h_privacy(self):
        r = self.r
        p = self.person()
        prov = self.pick(["NordVPN", "ExpressVPN", "Mullvad", "ProtonVPN", "Surfshark", "PIA", "iCloud Private Relay"])
        vnet = self.vpn_net(prov, self.pick(["US", "US", "GB", "DE", "NL", "CA"]))
        nets = [(vnet, 4), (self.vpn_net(prov, "US"), 2), (p["home"]["net"], 0.5)]
        tags = ["commercial_vpn", "privacy_minded"]
        if r.random() < 0.3:
            p["email"] = f"{self.hexs(10)}@privaterelay.appleid.com"
        c = self.pick(["mail", "mail", "freelance", "employ", "apply"])
        if c == "mail":
            self.mail_account(p, tags, nets=nets, rec_email="", rec_phone=p["phone"] if r.random() < 0.5 else "")
        elif c == "freelance":
            self.freelance_account(p, tags, nets=nets, photo="", method="crypto" if r.random() < 0.3 else None, profiles="")
        elif c == "employ":
            o = self.org_of()
            self.employment(p, o, tags + (["company_rmm"] if o["rmm"] else []), nets=nets, photo="")
        else:
            self.application(p, self.org_of(), tags, photo="", address=f"PO Box {r.randrange(100, 99999)}, {p['home']['city']}" if r.random() < 0.5 else "")

    def h_astrill_expat(self):
        r = self.r
        p = self.person("CN", culture=self.pick(["anglo", "chinese", "chinese", "korean", "german", "indian"]), city=self.pick(["Shanghai", "Beijing", "Shenyang"]))
        ast = self.vpn_net("Astrill", self.pick(["US", "US", "JP", "SG"]))
        nets = [(ast, 3), (p["home"]["net"], 2), (self.vpn_net("Astrill", "US"), 1)]
        tags = ["astrill_expat", "lives_in_china"]
        c = self.pick(["mail", "freelance", "employ", "apply"])
        if c == "mail":
            self.mail_account(p, tags, nets=nets)
        elif c == "freelance":
            self.freelance_account(p, tags, nets=nets)
        elif c == "employ":
            o = self.org_of(("large", "mid", "small", "school"))
            self.employment(p, o, tags + ["offshore_contractor_known"] + (["company_rmm"] if o["rmm"] else []), nets=nets, kind="contractor")
        else:
            self.application(p, self.org_of(), tags)

    def h_two_country(self):
        r = self.r
        a, b = self.pick([("US", "KR"), ("US", "IN"), ("US", "MX"), ("PL", "UA"), ("US", "PH"), ("GB", "NG"), ("US", "CN"), ("CA", "IN"),
                          ("US", "VN"), ("DE", "TR"), ("US", "BR"), ("AE", "IN"), ("US", "JP"), ("GB", "PK"), ("US", "RU")])
        culture = self.wpick(list(COUNTRIES[b][1].items()))
        p = self.person(a, culture=culture)
        other = self.home(b)
        tags = ["two_country"]
        if culture == "korean" and a != "KR":
            p["kbd"] = "ko-KR" if r.random() < 0.5 else p["kbd"]
        nets = [(p["home"]["net"], 3), (other["net"], 2), (self.mobile_net(b, other["city"]), 0.5)]
        if r.random() < 0.3:
            p["phone"] = self.phone(b)
            tags.append("foreign_phone")
        c = self.pick(["mail", "employ", "freelance", "apply"])
        if c == "mail":
            self.mail_account(p, tags, nets=nets)
        elif c == "employ":
            o = self.org_of()
            ship = None
            if r.random() < 0.25:
                ship = f"Suite {r.randrange(10000, 99999)}, {self.pick(self.forwarders)}"
                tags.append("package_forwarder")
            self.employment(p, o, tags + (["company_rmm"] if o["rmm"] else []) + (["ko_input"] if p["kbd"] == "ko-KR" else []), nets=nets, ship_to=ship)
        elif c == "freelance":
            self.freelance_account(p, tags, nets=nets)
        else:
            self.application(p, self.org_of(), tags)

    def h_korean_heritage(self):
        r = self.r
        p = self.person(self.pick(["US", "US", "CA", "AU"]), culture="korean")
        p["kbd"] = "ko-KR" if r.random() < 0.6 else p["kbd"]
        tags = ["korean_heritage"] + (["ko_input"] if p["kbd"] == "ko-KR" else [])
        nets = [(p["home"]["net"], 4), (self.mobile_net(p["country"], p["home"]["city"]), 1)]
        if r.random() < 0.3:
            nets.append((self.res_net("KR", "Seoul"), 1))
            tags.append("two_country")
        o = self.org_of()
        self.employment(p, o, tags + (["company_rmm"] if o["rmm"] else []), nets=nets)
        if r.random() < 0.5:
            self.mail_account(p, tags[:1])

    def h_night(self):
        p = self.person()
        p["night"] = True
        self.h_records(p, ["night_worker"])

    def h_it_staff(self):
        r = self.r
        p = self.person()
        o = self.org_of()
        tools = self.pick_n(["TeamViewer", "AnyDesk", "RustDesk", "Chrome Remote Desktop", "Splashtop", "TightVNC", "Zoho Assist", "RemotePC"], r.randrange(1, 4))
        procs = [REMOTE_TOOLS[t] for t in tools] + ["mstsc.exe", "putty.exe", "WindowsTerminal.exe"]
        tags = ["it_staff_remote_tools"] + (["company_rmm"] if o["rmm"] else [])
        usb = []
        if r.random() < 0.15:
            usb.append(self.pick(IPKVM))
            tags.append("homelab_ip_kvm")
        elif r.random() < 0.2:
            usb.append(("2109", "0817", "USB KVM Switch"))
            tags.append("desk_kvm_switch")
        sess = [(self.new_ip(("jump", o["name"])), r.randrange(1, 48))] if r.random() < 0.6 else []
        self.employment(p, o, tags, extra_procs=procs, extra_usb=usb, sessions=sess, ports=["22/tcp"] + (["3389/tcp"] if r.random() < 0.3 else []))

    def h_creative_remote(self):
        r = self.r
        p = self.person()
        o = self.org_of()
        tool = self.pick(["Parsec", "Splashtop", "Chrome Remote Desktop", "Chrome Remote Desktop"])
        self.employment(p, o, ["personal_remote_desktop"] + (["company_rmm"] if o["rmm"] else []), extra_procs=[REMOTE_TOOLS[tool]])

    def h_embedded(self):
        p = self.person()
        o = self.org_of(("mid", "large", "small"))
        self.employment(p, o, ["usb_gadget_developer"], extra_usb=[("1d6b", "0104", "Multifunction Composite Gadget")], extra_procs=["putty.exe"])

    def h_overemployed(self):
        r = self.r
        p = self.person(self.pick(["US", "US", "US", "CA", "GB"]))
        start = self.rand_time(T0, T1 - timedelta(days=200))
        for i in range(r.randrange(2, 4)):
            o = self.org_of(("large", "mid", "small", "agency"))
            self.employment(p, o, ["overemployed", "multi_laptop_household"] + (["company_rmm"] if o["rmm"] else []),
                            start=start + timedelta(days=r.randrange(0, 120)))

    def h_changes(self):
        r = self.r
        p = self.person()
        n = r.randrange(2, 5)
        ch = self.pick(["changed_email", "changed_phone", "moved_address", "changed_email", "name_change"])
        for i in range(n):
            tags = ["repeat_applicant"]
            if i > 0:
                if ch == "changed_email":
                    p["email"] = self.email(p["first"], p["last"], p["country"])
                elif ch == "changed_phone":
                    p["phone"] = self.phone(p["country"])
                elif ch == "moved_address":
                    p["home"] = self.home(p["country"])
                elif ch == "name_change" and i == 1:
                    p["last"] = self.name(self.wpick(list(COUNTRIES[p["country"]][1].items())))[1]
                    p["name"] = self.full(p["first"], p["last"], p["culture"], p["country"])
                    p["email"] = self.email(p["first"], p["last"], p["country"])
                tags.append(ch)
            if ch == "name_change" and i == n - 1 and r.random() < 0.6:
                o = self.org_of()
                self.employment(p, o, tags + (["company_rmm"] if o["rmm"] else []))
            else:
                self.application(p, self.org_of(), tags, created=T0 + timedelta(days=300 * i + r.randrange(200)))

    def h_namesakes(self):
        r = self.r
        culture, (f, l) = self.pick([("chinese", ("Wei", "Zhang")), ("hispanic", ("Maria", "Garcia")), ("korean", ("Min-jun", "Kim")),
                                     ("arabic", ("Mohammed", "Khan")), ("anglo", ("John", "Smith")), ("indian", ("Rahul", "Sharma")),
                                     ("vietnamese", ("Minh", "Nguyen")), ("anglo", ("Michael", "Johnson")), ("korean", ("Ji-ho", "Lee")),
                                     ("anglo", ("David", "Brown")), ("chinese", ("Jing", "Wang")), ("filipino", ("Mark", "Santos"))])
        for i in range(r.randrange(2, 5)):
            country = self.pick([c for c, v in COUNTRIES.items() if culture in v[1]])
            p = self.person(country, culture=culture)
            p["first"], p["last"] = f, l
            p["name"] = f"{f} {l}"
            p["email"] = self.email(f, l, country)
            self.h_records(p, ["namesake"])

    def h_twins(self):
        r = self.r
        country = self.country_honest()
        home = self.home(country)
        culture = self.wpick(list(COUNTRIES[country][1].items()))
        parent = self.person(country, culture, home=home)
        dob = self.dob(young=True)
        sn = parent["last"]
        for i in range(2):
            t = self.person(country, culture, home=home, young=True, surname=sn)
            t["dob"] = dob
            self.mail_account(t, ["twin", "household", "family_recovery"], rec_email=parent["email"], rec_phone=parent["phone"])
            if r.random() < 0.5:
                self.application(t, self.org_of(), ["twin", "household"])

    def h_recycled_phone(self):
        r = self.r
        a = self.person("US")
        b = self.person("US")
        b["phone"] = a["phone"]
        self.application(a, self.org_of(), ["recycled_phone"], created=self.rand_time(T0, T0 + timedelta(days=400)))
        a["phone"] = self.phone("US")
        if r.random() < 0.5:
            self.mail_account(a, [])
        self.application(b, self.org_of(), ["recycled_phone"], created=self.rand_time(T0 + timedelta(days=700), T1))
        if r.random() < 0.5:
            self.mail_account(b, ["recycled_phone"], rec_phone=b["phone"])

    def h_apartment(self):
        r = self.r
        country = self.pick(["US", "US", "GB", "CA", "IN", "KR"])
        base = self.address(country)
        city = [c for c, _, _ in CITIES[country] if c in base]
        city = city[0] if city else self.pick(CITIES[country])[0]
        for i in range(r.randrange(4, 14)):
            unit = self.pick(["Apt ", "Unit ", "#", "Apt. "]) + str(r.randrange(1, 40) * 100 // 10 + r.randrange(1, 9))
            addr = base.replace(",", f" {unit},", 1) if r.random() < 0.8 else base
            h = self.home(country, city, addr=addr)
            h["net"] = self.res_net(country, city)
            p = self.person(country, home=h)
            tags = ["apartment_building"]
            c = self.pick(["employ", "apply", "mail", "freelance"])
            if c == "employ":
                o = self.org_of()
                self.employment(p, o, tags + (["company_rmm"] if o["rmm"] else []))
            elif c == "apply":
                self.application(p, self.org_of(), tags)
            elif c == "mail":
                self.mail_account(p, tags)
            else:
                self.freelance_account(p, tags)

    def h_forwarder(self):
        r = self.r
        p = self.person(self.pick(["GB", "AU", "BR", "NG", "IN", "PH", "MX", "DE", "KR", "JP", "AE"]))
        fw = f"{p['first']} {p['last']}, Suite {r.randrange(10000, 99999)}, {self.pick(self.forwarders)}"
        c = self.pick(["apply", "freelance", "employ"])
        tags = ["package_forwarder", "foreign_resident"]
        if c == "apply":
            self.application(p, self.org_of(), tags, address=fw if r.random() < 0.5 else None)
        elif c == "freelance":
            self.freelance_account(p, tags, address=fw)
        else:
            o = self.org_of()
            self.employment(p, o, tags + ["offshore_contractor_known"] + (["company_rmm"] if o["rmm"] else []), kind="contractor", ship_to=fw)

    def h_exec_assistant(self):
        r = self.r
        boss = self.person("US")
        asst = self.person("US", city=boss["home"]["city"])
        self.mail_account(asst, ["exec_assistant"])
        for i in range(r.randrange(1, 3)):
            self.mail_account(boss if i == 0 else self.person("US"), ["exec_assistant_recovery"], rec_email=asst["email"], rec_phone=asst["phone"] if r.random() < 0.4 else "own")

    def h_library(self):
        r = self.r
        lib = self.pick(self.libraries)
        pc = "dev-lib-" + self.hexs(6)
        for i in range(r.randrange(3, 9)):
            p = self.person("US", city=lib["city"])
            p["device"] = pc
            p["home"]["net"] = lib
            self.mail_account(p, ["public_computer"], nets=[(lib, 3), (self.mobile_net("US", lib["city"]), 1)])
            if r.random() < 0.4:
                self.application(p, self.org_of(("small", "clinic", "nonprofit", "school")), ["public_computer"])

    def h_fl_agency(self):
        r = self.r
        country = self.pick(["IN", "PK", "UA", "PH", "NG", "VN", "RS", "EG", "BR"])
        city = self.pick(CITIES[country])[0]
        name = f"{self.pick(['Pixel', 'Code', 'Bright', 'Nova', 'Smart', 'Agile', 'Cloud'])}{self.pick(['Crafters', 'Works', 'Soft', 'Minds', 'Labs', 'Hive'])}"
        dom = name.lower() + self.pick([".com", ".io", ".dev", ".co"])
        self.domains.append({"domain": dom, "company": name, "registered_at": _d(datetime(r.randrange(2014, 2024), r.randrange(1, 13), r.randrange(1, 28))),
                             "registrant_email": "privacy@contactprivacy.example" if r.random() < 0.6 else f"admin@{dom}",
                             "ip": self.pick(self.shared_hosting()), "nameservers": self.pick(NS)})
        office = self.net(self.new_ip(("ag", name)), country, city, self.pick(ISPS[country])[0], self.pick(ISPS[country])[1], "corp")
        dest = self.wallet(None, "payoneer") if r.random() < 0.5 else self.bank()
        logo = r.getrandbits(31)
        for i in range(r.randrange(3, 9)):
            p = self.person(country, city=city)
            tags = ["freelance_agency_team", "agency_payout", "office_network"]
            photo = "own"
            if r.random() < 0.25:
                photo = self.photo(f"alogo{self.uid()}", logo, fmt="png")
                tags.append("company_logo_photo")
            self.freelance_account(p, tags, dest=dest, method="wallet" if dest.startswith("payoneer") else "bank", photo=photo,
                                   nets=[(office, 3), (p["home"]["net"], 1)], profiles=f"https://{dom}/team/{self.handle(p['first'], p['last'])}")

    def h_exchange_deposit(self):
        p = self.person()
        self.freelance_account(p, ["exchange_shared_deposit"], dest=self.pick(self.exchange_deposits), method="crypto")

    def h_offshore(self):
        r = self.r
        p = self.person(self.pick(["IN", "PK", "UA", "PH", "NG", "BR", "MX", "PL", "VN", "EG", "KE", "RS", "AR" if False else "TR"]))
        o = self.org_of(("large", "mid", "small", "agency"))
        p["claim_country"] = p["country"]
        self.employment(p, o, ["offshore_contractor_known"] + (["company_rmm"] if o["rmm"] else []), kind="contractor",
                        dest=self.wallet(p, self.pick(["payoneer", "wise"])),
                        hours=list(range(17, 24)) + [0, 1, 2] if r.random() < 0.5 else None)

    def h_family_helper(self):
        r = self.r
        child = self.person()
        elder = self.person(child["country"], culture=child["culture"], surname=child["last"])
        elder["dob"] = datetime(r.randrange(1935, 1960), r.randrange(1, 13), r.randrange(1, 28))
        self.mail_account(child, ["family_helper"])
        self.mail_account(elder, ["family_recovery", "family_helper"], rec_email=child["email"], rec_phone=child["phone"],
                          nets=[(elder["home"]["net"], 2), (child["home"]["net"], 1)], devices=[elder["device"], child["device"]])

    def h_rehire(self):
        r = self.r
        p = self.person()
        o = self.org_of()
        s = self.rand_time(T0, T0 + timedelta(days=500))
        self.employment(p, o, ["rehire"], start=s, months=r.randrange(3, 12))
        self.employment(p, o, ["rehire"], start=s + timedelta(days=r.randrange(500, 900)))

    # ------------------------------------------------------------------ fraud rings
    CARE = {  # share payout, share phone, reuse photo, reuse resume, share recovery, foreign login, remote tool, kvm, asian kbd/tz, same signup, same device, off hours
        "sloppy": dict(pay=.75, phone=.5, photo=.6, resume=.7, rec=.75, foreign=.35, tool=.85, kvm=.25, kbd=.15, signup=.7, dev=.6, off=.5),
        "average": dict(pay=.45, phone=.25, photo=.35, resume=.45, rec=.4, foreign=.12, tool=.6, kvm=.35, kbd=.04, signup=.35, dev=.3, off=.25),
        "careful": dict(pay=.2, phone=.05, photo=.12, resume=.12, rec=.1, foreign=.02, tool=.25, kvm=.5, kbd=0, signup=.08, dev=.05, off=.08),
    }

    def ring(self, rid, arch, npers, care_name):
        r = self.r
        c = self.CARE[care_name]
        op_country = self.wpick([("CN", 65), ("RU", 25), ("AE", 5), ("VN", 5)])
        op_city = self.pick(CITIES[op_country])[0] if op_country != "CN" else self.pick(["Shenyang", "Dandong", "Yanji", "Beijing"])
        op_tzo = COUNTRIES[op_country][3]
        claim = self.wpick([("US", 78), ("GB", 5), ("CA", 5), ("JP", 4), ("PL", 3), ("DE", 2), ("UA", 3)])
        vpnp = self.wpick([("Astrill", 70), ("NordVPN", 10), ("ExpressVPN", 10), ("Surfshark", 10)])
        vpn_exits = [self.vpn_net(vpnp, claim if claim in ("US", "GB", "JP") else "US") for _ in range(r.randrange(1, 4))]
        op_home = self.res_net(op_country, op_city)
        op_devices = ["dev-" + self.hexs(12) for _ in range(max(1, npers // 4))]
        op_mailbox = self.email(self.pick(["kevin", "dragon", "star", "jack", "tiger", "golden", "sky"]), self.pick(["dev", "work", "team", "pro"]), "US",
                                domain=self.pick(["gmail.com", "outlook.com", "hotmail.com"]))
        n_farms = 1 + npers // 12
        farms = []
        for _ in range(n_farms):
            fac = self.person(claim if claim in ("US", "GB", "CA") else "US")
            farms.append(fac["home"])
        mules = [self.bank() for _ in range(max(1, npers // 3))]
        wallets = [f"payoneer:{op_mailbox}"] + [f"payoneer:{self.email(self.pick(['lucky', 'sun', 'win', 'happy']), self.pick(['pay', 'fund', 'money']), 'US')}" for _ in range(max(0, npers // 5))]
        coins = [self.crypto() for _ in range(max(1, npers // 4))]
        voips = [self.phone("US", voip=True) for _ in range(max(1, npers // 4))]
        faces = [r.getrandbits(31) for _ in range(max(1, npers // 3))]
        ring_rec_phone = self.pick(voips)
        tmpl_role = self.pick(["Senior Full Stack Developer", "Senior Software Engineer", "Blockchain Developer", "Mobile Developer", "Senior Backend Engineer"])
        tmpl = ["SUMMARY", f"{tmpl_role} with {r.randrange(7, 12)}+ years of experience delivering scalable web and mobile applications.",
                f"Strong expertise in {self.pick(SKILLS)}, {self.pick(SKILLS)} and {self.pick(SKILLS)}; passionate about clean architecture.",
                "", "EXPERIENCE", f"Senior Software Engineer, {self.pick(['Amazon', 'Google', 'Netflix', 'Meta', 'Shopify', 'Coinbase'])} (2020-2024)",
                "- Led development of high-traffic microservices and mentored a team of engineers.",
                "- Improved system performance by 40% and reduced infrastructure costs.",
                f"Software Engineer, {self.pick(['Accenture', 'EPAM', 'Toptal', 'Upwork clients', 'Freelance'])} (2015-2020)",
                "- Delivered 30+ projects for clients in fintech, healthcare and e-commerce.", "",
                "EDUCATION", f"Bachelor of Computer Science, {self.pick(SCHOOLS)}"]
        fronts = []
        if r.random() < (0.6 if arch in ("freelance", "farm") else 0.25):
            vps = self.new_ip(("vps", rid))
            for _ in range(r.randrange(1, 4)):
                nm = f"{self.pick(['Nexora', 'Bluewave', 'Skylink', 'Vertexa', 'Cobalt', 'Inno', 'Smartgate', 'Lumina'])}{self.pick(['Tech', 'Soft', 'Labs', 'Digital', 'Solutions'])}"
                dom = nm.lower() + self.pick([".com", ".io", ".tech", ".net"])
                sloppy_reg = r.random() < (0.8 if care_name == "sloppy" else 0.3)
                self.domains.append({"domain": dom, "company": nm + " LLC", "registered_at": _d(self.rand_time(datetime(2021, 1, 1, tzinfo=timezone.utc), T1)),
                                     "registrant_email": op_mailbox if sloppy_reg else "privacy@contactprivacy.example",
                                     "ip": vps if sloppy_reg else self.pick(self.shared_hosting()), "nameservers": self.pick(NS)})
                fronts.append((dom, nm))
        tzmap = {"US": -6, "GB": 0, "CA": -5, "JP": 9, "PL": 1, "DE": 1, "UA": 2}
        claim_tzo = tzmap[claim]
        off_hours = [(h - op_tzo + claim_tzo) % 24 for h in range(9, 19)]
        biz_hours = list(range(8, 19))

        def persona(idx):
            kind_id = self.wpick([("stolen", 62), ("synthetic", 30), ("borrowed", 8)])
            tactics = []
            if kind_id == "stolen":
                v = self.person(claim)
                tactics.append("stolen_identity")
                if r.random() < 0.7:  # the real person appears in the data as well, with their own records
                    v2 = dict(v)
                    v2["emails"] = []
                    for k in self.h_records(v2, ["identity_theft_victim"]):
                        pass
                p = dict(v)
                p["emails"] = []
                p["victim"] = v
            elif kind_id == "synthetic":
                p = self.person(claim, culture=self.wpick([("anglo", 50), ("japanese", 10), ("slavic", 15), ("chinese", 10), ("hispanic", 10), ("korean", 5)]))
                tactics.append("synthetic_identity")
            else:
                p = self.person(claim)
                tactics.append("borrowed_identity")
            p["tzo"] = claim_tzo
            p["op_tzo"] = claim_tzo
            p["night"] = False
            p["kbd"] = COUNTRIES[claim][5]
            p["tz"] = COUNTRIES[claim][4]
            p["email"] = self.email(p["first"], p["last"], claim, domain=self.pick(["gmail.com", "outlook.com", "outlook.com", "hotmail.com", "proton.me"]), style=self.pick([0, 1, 6]) if care_name == "sloppy" else None)
            if r.random() < c["phone"]:
                p["phone"] = self.pick(voips)
                tactics.append("shared_voip_phone")
            else:
                p["phone"] = self.phone(claim, voip=True)
            p["device"] = self.pick(op_devices) if r.random() < c["dev"] else "dev-" + self.hexs(12)
            if r.random() < c["dev"]:
                tactics.append("shared_operator_device")
            p["ua"] = self.pick(UAS[:3])
            if "victim" in p and r.random() < 0.15:
                p["photo_seed"] = p["victim"]["photo_seed"]
                tactics.append("victim_photo")
            elif r.random() < c["photo"]:
                p["photo_seed"] = self.pick(faces)
                tactics.append("reused_photo")
            else:
                p["photo_seed"] = r.getrandbits(31)
                tactics.append("ai_edited_photo")
            if r.random() < c["resume"]:
                p["resume_txt"] = self.resume_text(p, template=tmpl)
                tactics.append("reused_resume")
            else:
                p["resume_txt"] = self.resume_text(p)
            p["front"] = self.pick(fronts) if fronts and r.random() < 0.7 else None
            if p["front"]:
                tactics.append("front_company")
            p["farm"] = self.pick(farms)
            p["uses_victim_addr"] = "victim" in p and r.random() < 0.5
            if not p["uses_victim_addr"] and kind_id != "borrowed":
                p["home"] = dict(p["farm"])
            return p, tactics

        def nets_for(p, tactics, farm=True):
            nets = []
            if farm:
                nets.append((p["farm"]["net"], 3))
            nets.append((self.pick(vpn_exits), 1.5))
            tactics.append("vpn")
            if r.random() < c["foreign"]:
                nets.append((op_home, 0.4))
                tactics.append("foreign_login")
            return nets

        def hours(tactics):
            if r.random() < c["off"]:
                tactics.append("off_hours")
                return off_hours
            return biz_hours

        def profs(p):
            extra = [f"https://{p['front'][0]}/team/{self.handle(p['first'], p['last'])}"] if p["front"] else []
            return self.profiles(p, extra=extra)

        def batch_mail(p, tactics, t0):
            ts = list(tactics)
            same = r.random() < c["signup"]
            signup = vpn_exits[0] if same else self.vpn_net(vpnp, "US")
            if same:
                ts.append("batch_signup")
            rec_e, rec_p = "", ""
            if r.random() < c["rec"]:
                rec_e = op_mailbox
                rec_p = ring_rec_phone if r.random() < 0.6 else ""
                ts.append("shared_recovery")
            elif r.random() < 0.5:
                rec_p = p["phone"]
            nets = nets_for(p, ts, farm=False)
            return self.mail_account(p, ts, email=None, rec_email=rec_e, rec_phone=rec_p, signup=signup,
                                     created=t0 + timedelta(hours=r.randrange(0, 72)), nets=nets, devices=[p["device"]], fraud=1, ring=rid,
                                     night=False, hours=hours(ts), uas=[p["ua"]])

        def farm_job(p, tactics, start=None):
            ts = list(tactics) + ["laptop_farm"]
            o = self.org_of(("large", "mid", "small", "agency", "school", "clinic", "nonprofit"))
            procs, usb = [], []
            if r.random() < c["kvm"]:
                usb.append(self.pick(IPKVM))
                ts.append("ip_kvm")
            if r.random() < c["tool"] or not usb:
                tools = self.pick_n(["AnyDesk", "TeamViewer", "Chrome Remote Desktop", "RustDesk", "Splashtop", "AnyViewer", "Supremo", "RemotePC"],
                                    1 if care_name == "careful" else r.randrange(1, 4))
                procs += [REMOTE_TOOLS[t] for t in tools]
                ts.append("remote_tool")
            kbd, tz = None, None
            if r.random() < c["kbd"]:
                kbd = self.pick(["ko-KR", "zh-CN", "ko-KR"])
                tz = COUNTRIES[op_country][4] if r.random() < 0.5 else None
                ts.append("asian_input_or_tz")
            sess, ports = [], []
            if care_name != "careful" and r.random() < 0.3:
                sess = [(self.pick(vpn_exits)["ip"], r.randrange(2, 200))]
                ports = ["3389/tcp"]
                ts.append("remote_session")
            if r.random() < c["pay"]:
                dest = self.pick(mules)
                ts.append("shared_payout")
            else:
                dest = self.bank()
            ship = p["farm"]["addr"]
            addr = None
            if p["uses_victim_addr"]:
                addr = p["victim"]["home"]["addr"]
                ts.append("ship_to_other_address")
                if r.random() < 0.2:
                    ship = f"Suite {r.randrange(10000, 99999)}, {self.pick(self.forwarders)}"
                    ts.append("reship_forwarder")
            nets = nets_for(p, ts)
            k = self.employment(p, o, ts, fraud=1, ring=rid, ship_to=ship, gw_home=p["farm"], nets=nets,
                                dest=dest, extra_procs=procs, extra_usb=usb, sessions=sess, ports=ports, kbd=kbd, tz=tz,
                                photo=self.photo(f"x{self.uid()}", p["photo_seed"], variant=r.randrange(0, 4)) if r.random() < 0.8 else "",
                                address=addr, start=start, devices=None, hours=hours(ts), profiles=profs(p),
                                amount=r.choice([6500, 8000, 9500, 11000, 12500]))
            return k

        made = 0
        if arch == "rented_identity":
            p = self.person(claim if claim in ("US", "GB", "CA") else "US")
            p["tzo"] = claim_tzo
            start = self.rand_time(T0, T1 - timedelta(days=300))
            base = ["rented_identity", "multiple_jobs"]
            dest = self.bank()
            for i in range(npers):
                ts = list(base)
                o = self.org_of(("large", "mid", "small", "agency"))
                tools = self.pick_n(["AnyDesk", "TeamViewer", "Chrome Remote Desktop", "RustDesk"], r.randrange(1, 3))
                ts.append("remote_tool")
                nets = [(p["home"]["net"], 3), (self.pick(vpn_exits), 1)]
                ts.append("vpn")
                if r.random() < c["foreign"]:
                    nets.append((op_home, 0.5))
                    ts.append("foreign_login")
                hrs = hours(ts)
                self.employment(p, o, ts, fraud=1, ring=rid, nets=nets, dest=dest,
                                extra_procs=[REMOTE_TOOLS[t] for t in tools], start=start + timedelta(days=r.randrange(0, 500)),
                                resume_text=self.resume_text(p, template=tmpl), hours=hrs,
                                amount=r.choice([5000, 7000, 9000]))
                made += 1
            return made
        t0 = self.rand_time(T0, T1 - timedelta(days=200))
        for i in range(npers):
            p, tac = persona(i)
            if arch == "farm":
                jobs = self.wpick([(1, 50), (2, 30), (3, 20)])
                start = self.rand_time(T0, T1 - timedelta(days=200))
                for j in range(jobs):
                    farm_job(p, tac + (["multiple_jobs"] if jobs > 1 else []), start=start + timedelta(days=r.randrange(0, 200)))
                    made += 1
                if r.random() < 0.4:
                    self.application(p, self.org_of(), tac, fraud=1, ring=rid, resume_text=p["resume_txt"],
                                     photo=self.photo(f"x{self.uid()}", p["photo_seed"], variant=r.randrange(0, 4)), profiles=profs(p),
                                     address=p["victim"]["home"]["addr"] if p["uses_victim_addr"] else p["farm"]["addr"])
                    made += 1
                if r.random() < 0.35:
                    batch_mail(p, tac, t0)
                    made += 1
            elif arch == "freelance":
                if r.random() < 0.25:
                    # an account rented from a real freelancer (Didenko / UpWorkSell; Comparitech on account rental)
                    owner = self.person(self.pick(["US", "UA", "PH", "KE", "PK", "US", "GB"]))
                    ts = ["rented_account", "payout_change", "vpn"]
                    created = self.rand_time(T0, T1 - timedelta(days=400))
                    k = self.freelance_account(owner, ts, fraud=1, ring=rid, created=created, months=2)
                    switch = created + timedelta(days=r.randrange(120, 300))
                    devs = [self.pick(op_devices)]
                    if r.random() < c["dev"]:
                        ts.append("shared_operator_device")
                    nets = [(self.pick(vpn_exits), 3)]
                    if r.random() < c["foreign"]:
                        nets.append((op_home, 0.5))
                        ts.append("foreign_login")
                    self.gen_logins(k, nets, devs, [self.pick(UAS[:3])], r.randrange(8, 25), switch, T1, owner["tzo"], hours=hours(ts))
                    dest = self.pick(wallets) if r.random() < c["pay"] + 0.2 else self.pick(coins)
                    if dest in wallets or r.random() < c["pay"]:
                        ts.append("shared_payout")
                    self.payroll(k, dest, switch, r.randrange(2, 8), r.choice([1500, 3000, 4500]), method="wallet" if dest.startswith("payoneer") else "crypto", every=14)
                    self.tag(k, *ts)
                    made += 1
                    continue
                ts = list(tac)
                share = r.random() < c["pay"]
                if share:
                    dest = self.pick(wallets + coins)
                    ts.append("shared_payout")
                else:
                    dest = self.wallet(p, "payoneer") if r.random() < 0.6 else self.crypto()
                method = "wallet" if dest.startswith("payoneer") else "crypto"
                nets = nets_for(p, ts, farm=False)
                self.freelance_account(p, ts, dest=dest, method=method, photo=self.photo(f"x{self.uid()}", p["photo_seed"], variant=r.randrange(0, 4)),
                                       nets=nets, created=t0 + timedelta(days=r.randrange(0, 120)), fraud=1, ring=rid, resume_text=p["resume_txt"],
                                       profiles=profs(p), devices=[p["device"]], address=f"{p['home']['city']}, {claim}", phone=p["phone"],
                                       amount=r.choice([1200, 2500, 4000, 6000]), months=r.randrange(2, 10), night=False, hours=hours(ts), uas=[p["ua"]])
                made += 1
                if r.random() < 0.5:
                    batch_mail(p, tac, t0)
                    made += 1
            elif arch == "mailbatch":
                batch_mail(p, tac, t0)
                made += 1
                for _ in range(self.wpick([(0, 40), (1, 35), (2, 15), (3, 10)])):
                    self.application(p, self.org_of(), tac, fraud=1, ring=rid, resume_text=p["resume_txt"],
                                     photo=self.photo(f"x{self.uid()}", p["photo_seed"], variant=r.randrange(0, 4)) if r.random() < 0.6 else "",
                                     profiles=profs(p), address=p["home"]["addr"] if r.random() < 0.7 else "")
                    made += 1
            else:  # applicant spray (Okta: 130 identities, 6,500 interviews at 5,000 companies)
                for _ in range(self.wpick([(1, 30), (2, 30), (3, 20), (4, 10), (6, 10)])):
                    self.application(p, self.org_of(), tac, fraud=1, ring=rid, resume_text=p["resume_txt"],
                                     photo=self.photo(f"x{self.uid()}", p["photo_seed"], variant=r.randrange(0, 4)) if r.random() < 0.7 else "",
                                     profiles=profs(p), address=p["home"]["addr"] if r.random() < 0.6 else "")
                    made += 1
                if r.random() < 0.3:
                    batch_mail(p, tac, t0)
                    made += 1
        return made

    # ------------------------------------------------------------------ orchestration
    def build(self):
        r = self.r
        target = max(4, round(self.n * 0.022))
        ring_no = 0
        big_done = self.n < 8000
        while self.fraud_rows < target:
            ring_no += 1
            rid = f"R{ring_no:03d}"
            arch = self.wpick([("farm", 32), ("freelance", 20), ("mailbatch", 15), ("applicant_spray", 23), ("rented_identity", 10)])
            left = target - self.fraud_rows
            if not big_done and arch == "farm":
                npers = min(max(2, left // 3), r.randrange(18, 32))
                big_done = True
            elif arch == "rented_identity":
                npers = r.randrange(2, 9)
            else:
                npers = self.wpick([(1, 8), (2, 25), (3, 22), (4, 15), (5, 10), (6, 8), (8, 6), (11, 4), (15, 2)])
            npers = max(1, min(npers, max(1, left // 2)))
            care = self.wpick([("sloppy", 35), ("average", 40), ("careful", 25)])
            self.ring(rid, arch, npers, care)
            self.ring_info[rid] = (arch, care, npers)
        scen = [(self.h_ordinary, 1000), (self.h_household, 35), (self.h_alt_accounts, 20), (self.h_org_accounts, 2.5), (self.h_small_firm, 3),
                (self.h_staffing, 1.2), (self.h_bootcamp, 1), (self.h_cowork, 1.5), (self.h_campus, 1.5), (self.h_privacy, 25),
                (self.h_astrill_expat, 8), (self.h_two_country, 25), (self.h_korean_heritage, 12), (self.h_night, 25), (self.h_it_staff, 15),
                (self.h_creative_remote, 10), (self.h_embedded, 3), (self.h_overemployed, 5), (self.h_changes, 18), (self.h_namesakes, 8),
                (self.h_twins, 3), (self.h_recycled_phone, 5), (self.h_apartment, 3), (self.h_forwarder, 6), (self.h_exec_assistant, 4),
                (self.h_library, 1.5), (self.h_fl_agency, 3), (self.h_exchange_deposit, 4), (self.h_offshore, 15), (self.h_family_helper, 8),
                (self.h_rehire, 4)]
        while self.n - len(self.subjects) > 60:
            self.wpick(scen)()
        while len(self.subjects) < self.n:
            p = self.person()
            self.mail_account(p, []) if r.random() < 0.6 else self.application(p, self.org_of(), [])

    # ------------------------------------------------------------------ writing
    def render_photo(self, face_seed, variant, fmt):
        g = np.random.default_rng(face_seed)
        S = 64
        yy, xx = np.mgrid[0:S, 0:S] / S
        bg1, bg2 = g.integers(30, 230, 3), g.integers(30, 230, 3)
        ang = g.uniform(0, np.pi)
        t = (np.cos(ang) * xx + np.sin(ang) * yy)[..., None]
        img = bg1 * (1 - t) + bg2 * t
        for _ in range(4):  # low-frequency texture so unrelated photos differ in structure
            fx, fy, ph = g.uniform(1, 5), g.uniform(1, 5), g.uniform(0, 6.28)
            img += (np.sin(2 * np.pi * (fx * xx + fy * yy) + ph)[..., None] * g.uniform(8, 30, 3))
        cx, cy = g.uniform(0.38, 0.62), g.uniform(0.42, 0.6)
        rx, ry = g.uniform(0.16, 0.25), g.uniform(0.22, 0.32)
        face = ((xx - cx) / rx) ** 2 + ((yy - cy) / ry) ** 2 < 1
        skin = np.array([g.uniform(90, 250), g.uniform(60, 200), g.uniform(40, 180)])
        img[face] = skin
        hair = (((xx - cx) / (rx * 1.1)) ** 2 + ((yy - cy + ry * 0.5) / (ry * 0.7)) ** 2 < 1) & (yy < cy - ry * g.uniform(0.2, 0.6))
        img[hair] = g.integers(10, 120, 3)
        for dx in (-1, 1):
            ex, ey = cx + dx * rx * 0.4, cy - ry * 0.1
            eye = ((xx - ex) ** 2 + (yy - ey) ** 2) < (0.025 ** 2)
            img[eye] = [20, 20, 30]
        body = (yy > cy + ry * 0.9) & (np.abs(xx - cx) < g.uniform(0.25, 0.45))
        img[body] = g.integers(20, 230, 3)
        if variant:  # the same photo re-encoded / retouched: small brightness shift, slight crop, mild noise
            v = np.random.default_rng(face_seed * 7 + variant)
            img = img * v.uniform(0.93, 1.07) + v.uniform(-6, 6)
            c = int(v.integers(1, 4))
            img = img[c:S - c + 1, c:S - c + 1]
            img = img + v.normal(0, 2, img.shape)
        im = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))
        if im.size != (S, S):
            im = im.resize((S, S))
        buf = io.BytesIO()
        if fmt == "png":
            im.save(buf, "PNG", optimize=False)
        else:
            im.save(buf, "JPEG", quality=85 if not variant else 78)
        return buf.getvalue()

    def write(self, outdir):
        r = self.r
        bundle = os.path.join(outdir, "bundle")
        if os.path.exists(bundle):
            shutil.rmtree(bundle)
        os.makedirs(os.path.join(bundle, "photos"))
        os.makedirs(os.path.join(bundle, "resumes"))
        # ids: shuffled so ring members are not adjacent; formats differ by source system
        order = list(range(len(self.subjects)))
        r.shuffle(order)
        idmap = {}
        pref = {"mail": "mn-", "freelance": "gb-", "apply": "cand-", "employ": "hr-"}
        for rank, i in enumerate(order):
            s = self.subjects[i]
            idmap[s["_key"]] = f"{pref[s['_ctx']]}{100000 + rank * 7 + r.randrange(7)}"
        cols = ["id", "kind", "full_name", "email", "phone", "address", "country", "birth_date", "national_id", "photo", "resume",
                "profiles", "employer", "created_at", "recovery_email", "recovery_phone", "signup_ip"]
        with open(os.path.join(bundle, "subjects.csv"), "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, cols, extrasaction="ignore")
            w.writeheader()
            for i in order:
                s = dict(self.subjects[i])
                s["id"] = idmap[s["_key"]]
                for col in ("phone", "recovery_phone"):
                    v = s.get(col) or ""
                    if s.get("country") == "US" and v.startswith("+1") and len(v) == 12 and r.random() < 0.35:
                        s[col] = f"({v[2:5]}) {v[5:8]}-{v[8:]}"
                w.writerow({c: s.get(c, "") for c in cols})

        def table(name, rows, cols):
            with open(os.path.join(bundle, name), "w", newline="", encoding="utf-8") as fh:
                w = csv.DictWriter(fh, cols, extrasaction="ignore")
                w.writeheader()
                rows = sorted(rows, key=lambda x: (x.get("ts", ""), x.get("subject_id", "")))
                for row in rows:
                    row = dict(row)
                    if "subject_id" in row:
                        row["subject_id"] = idmap[row["subject_id"]]
                    w.writerow({c: row.get(c, "") for c in cols})
        table("logins.csv", self.logins, ["subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome", "source_proxy", "asn",
                                          "network_owner", "city", "risk_level", "event_type", "session_id", "event_id"])
        table("endpoint.csv", self.endpoint, ["subject_id", "ts", "device_id", "kind", "value", "vendor_id", "product_id", "started_at"])
        table("payments.csv", self.payments, ["subject_id", "ts", "amount", "currency", "method", "destination"])
        table("shipments.csv", self.shipments, ["subject_id", "ts", "asset", "address"])
        with open(os.path.join(bundle, "domains.csv"), "w", newline="", encoding="utf-8") as fh:
            cols_d = ["domain", "company", "registered_at", "registrant_email", "ip", "nameservers"]
            w = csv.DictWriter(fh, cols_d)
            w.writeheader()
            seen = set()
            for d in self.domains:
                if d["domain"] in seen:
                    continue
                seen.add(d["domain"])
                w.writerow(d)
        used_photos = {s.get("photo") for s in self.subjects if s.get("photo")}
        for rel, (fs, var, fmt) in self.photos.items():
            if rel in used_photos:
                with open(os.path.join(bundle, rel), "wb") as fh:
                    fh.write(self.render_photo(fs, var, fmt))
        used_res = {s.get("resume") for s in self.subjects if s.get("resume")}
        for rel, text in self.resumes.items():
            if rel in used_res:
                with open(os.path.join(bundle, rel), "w", encoding="utf-8") as fh:
                    fh.write(text + "\n")
        with open(os.path.join(outdir, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["subject_id", "fraud", "ring", "kind"])
            for i in order:
                key = self.subjects[i]["_key"]
                fraud, ring, kinds = self.truth[key]
                kinds = sorted(kinds)
                w.writerow([idmap[key], fraud, ring, ";".join(kinds) if kinds else ("ordinary" if not fraud else "thin")])
        return {"subjects": len(self.subjects), "fraud": self.fraud_rows, "rings": len(self.ring_info)}


def generate(outdir, n=20000, seed=1):
    os.makedirs(outdir, exist_ok=True)
    w = World(n, seed)
    w.ring_info = {}
    w.build()
    return w.write(outdir)
