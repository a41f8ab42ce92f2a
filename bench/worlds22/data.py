"""Reference data for Gigforge: countries, networks, names, tools, hardware. Nothing random lives here."""

# Freelancer geography on large dev marketplaces (Upwork/Toptal/Payoneer freelancer reports): weight, zone,
# UTC offset used for the working clock, currency, cities (name, lat, lon), home ISPs and mobile carriers
# (name, ASN), name culture, keyboard layout.
COUNTRIES = {
    "US": (18, "America/New_York", -5, "USD", [("New York", 40.71, -74.01), ("Austin", 30.27, -97.74), ("Chicago", 41.88, -87.63),
           ("Seattle", 47.61, -122.33), ("Atlanta", 33.75, -84.39), ("Denver", 39.74, -104.99), ("Phoenix", 33.45, -112.07),
           ("Charlotte", 35.23, -80.84), ("San Jose", 37.34, -121.89), ("Columbus", 39.96, -83.0)],
           [("Comcast Cable Communications, LLC", 7922), ("Charter Communications Inc", 20115), ("AT&T Services, Inc.", 7018),
            ("Verizon Business", 701), ("Cox Communications Inc.", 22773), ("Frontier Communications of America, Inc.", 5650),
            ("CenturyLink Communications, LLC", 209)],
           [("T-Mobile USA, Inc.", 21928), ("Verizon Wireless", 6167), ("AT&T Mobility LLC", 20057)], "us", "en-US"),
    "IN": (14, "Asia/Kolkata", 5.5, "INR", [("Bengaluru", 12.97, 77.59), ("Hyderabad", 17.39, 78.49), ("Pune", 18.52, 73.86),
           ("Noida", 28.54, 77.39), ("Chennai", 13.08, 80.27), ("Kochi", 9.93, 76.27), ("Jaipur", 26.91, 75.79)],
           [("Bharti Airtel Ltd.", 24560), ("Atria Convergence Technologies", 24309), ("Hathway IP Over Cable", 17488),
            ("Reliance Jio Infocomm Limited", 55836)],
           [("Reliance Jio Infocomm Limited", 55836), ("Bharti Airtel Ltd. (Mobile)", 45609), ("Vodafone Idea Ltd", 38266)], "in", "en-IN"),
    "PK": (5, "Asia/Karachi", 5, "PKR", [("Lahore", 31.55, 74.34), ("Karachi", 24.86, 67.0), ("Islamabad", 33.68, 73.05)],
           [("Pakistan Telecommunication Company Limited", 17557), ("Nayatel", 23674), ("Cybernet", 9541)],
           [("Jazz (Pakistan Mobile Communications)", 45669), ("Zong CMPak", 59257)], "pk", "en-US"),
    "UA": (5, "Europe/Kyiv", 2, "UAH", [("Kyiv", 50.45, 30.52), ("Lviv", 49.84, 24.03), ("Kharkiv", 49.99, 36.23), ("Dnipro", 48.46, 35.05)],
           [("Kyivstar PJSC (Home Internet)", 15895), ("Volia", 25229), ("Triolan", 13188)],
           [("Kyivstar PJSC", 15895), ("Vodafone Ukraine", 21497), ("lifecell", 34058)], "ua", "uk-UA"),
    "PH": (5, "Asia/Manila", 8, "PHP", [("Manila", 14.6, 120.98), ("Cebu City", 10.32, 123.89), ("Davao", 7.19, 125.46)],
           [("PLDT Inc.", 9299), ("Converge ICT Solutions Inc.", 17639), ("Globe Telecom Inc.", 132199)],
           [("Globe Telecom (Mobile)", 4775), ("Smart Communications Inc.", 10139)], "ph", "en-US"),
    "BD": (3, "Asia/Dhaka", 6, "BDT", [("Dhaka", 23.81, 90.41), ("Chattogram", 22.36, 91.78)],
           [("Link3 Technologies Ltd.", 23688), ("Amber IT Ltd", 45294)], [("Grameenphone Ltd.", 24389), ("Robi Axiata", 24432)], "bd", "en-US"),
    "NG": (3, "Africa/Lagos", 1, "NGN", [("Lagos", 6.52, 3.38), ("Abuja", 9.06, 7.49), ("Ibadan", 7.38, 3.95)],
           [("Spectranet", 36916), ("ipNX Nigeria", 37148)], [("MTN Nigeria", 29465), ("Airtel Networks Nigeria", 36873)], "ng", "en-US"),
    "EG": (3, "Africa/Cairo", 2, "EGP", [("Cairo", 30.04, 31.24), ("Alexandria", 31.2, 29.92)],
           [("TE Data", 8452), ("Link Egypt", 24863)], [("Vodafone Egypt", 36935), ("Orange Egypt", 37069)], "eg", "ar-EG"),
    "BR": (4, "America/Sao_Paulo", -3, "BRL", [("São Paulo", -23.55, -46.63), ("Florianópolis", -27.6, -48.55), ("Recife", -8.05, -34.88)],
           [("Claro NXT Telecomunicacoes", 28573), ("Vivo (Telefonica Brasil)", 18881)], [("TIM S/A", 26615), ("Claro Movel", 28573)], "br", "pt-BR"),
    "PL": (3, "Europe/Warsaw", 1, "PLN", [("Warsaw", 52.23, 21.01), ("Kraków", 50.06, 19.94), ("Wrocław", 51.11, 17.04)],
           [("Orange Polska Spolka Akcyjna", 5617), ("UPC Polska", 6830), ("Netia SA", 12741)], [("P4 Sp. z o.o. (Play)", 12912), ("T-Mobile Polska", 12912)], "pl", "pl-PL"),
    "RS": (2, "Europe/Belgrade", 1, "RSD", [("Belgrade", 44.79, 20.45), ("Novi Sad", 45.27, 19.83)],
           [("Telekom Srbija", 8400), ("SBB", 31042)], [("A1 Srbija", 13004), ("Yettel Serbia", 31042)], "rs", "sr-Latn-RS"),
    "RO": (2, "Europe/Bucharest", 2, "RON", [("Bucharest", 44.43, 26.1), ("Cluj-Napoca", 46.77, 23.6), ("Iași", 47.16, 27.59)],
           [("RCS & RDS", 8708), ("Telekom Romania", 9050)], [("Orange Romania", 12302), ("Vodafone Romania", 12430)], "ro", "ro-RO"),
    "GB": (3, "Europe/London", 0, "GBP", [("London", 51.51, -0.13), ("Manchester", 53.48, -2.24), ("Edinburgh", 55.95, -3.19)],
           [("British Telecommunications PLC", 2856), ("Virgin Media Limited", 5089), ("Sky UK Limited", 5607)],
           [("EE Limited", 12576), ("Vodafone Limited", 25135)], "us", "en-GB"),
    "CA": (3, "America/Toronto", -5, "CAD", [("Toronto", 43.65, -79.38), ("Vancouver", 49.28, -123.12), ("Montreal", 45.5, -73.57)],
           [("Rogers Communications Canada Inc.", 812), ("Bell Canada", 577), ("Shaw Communications Inc.", 6327)],
           [("Rogers Wireless", 812), ("TELUS Communications", 852)], "us", "en-CA"),
    "DE": (2, "Europe/Berlin", 1, "EUR", [("Berlin", 52.52, 13.4), ("Munich", 48.14, 11.58), ("Hamburg", 53.55, 9.99)],
           [("Deutsche Telekom AG", 3320), ("Vodafone GmbH", 3209)], [("Telefonica Germany", 6805)], "de", "de-DE"),
    "AR": (3, "America/Argentina/Buenos_Aires", -3, "ARS", [("Buenos Aires", -34.6, -58.38), ("Córdoba", -31.42, -64.18)],
           [("Telecom Argentina S.A.", 7303), ("Telefonica de Argentina", 22927)], [("Claro Argentina", 27747)], "es", "es-AR"),
    "CO": (2, "America/Bogota", -5, "COP", [("Bogotá", 4.71, -74.07), ("Medellín", 6.24, -75.58)],
           [("Colombia Movil (Tigo)", 27831), ("ETB", 19429)], [("Comcel (Claro Colombia)", 10620)], "es", "es-CO"),
    "MX": (2, "America/Mexico_City", -6, "MXN", [("Mexico City", 19.43, -99.13), ("Guadalajara", 20.67, -103.35)],
           [("Telmex (Uninet)", 8151), ("Megacable", 28548)], [("Telcel (Radiomovil Dipsa)", 28403)], "es", "es-MX"),
    "VN": (3, "Asia/Ho_Chi_Minh", 7, "VND", [("Ho Chi Minh City", 10.82, 106.63), ("Hanoi", 21.03, 105.85), ("Da Nang", 16.05, 108.2)],
           [("Viettel Group", 7552), ("FPT Telecom", 18403), ("VNPT Corp", 45899)], [("Viettel Mobile", 7552)], "vn", "vi-VN"),
    "KE": (2, "Africa/Nairobi", 3, "KES", [("Nairobi", -1.29, 36.82), ("Mombasa", -4.04, 39.67)],
           [("Safaricom Home Fibre", 33771), ("Zuku (Wananchi)", 15808)], [("Safaricom Limited", 33771)], "ke", "en-US"),
    "ID": (2, "Asia/Jakarta", 7, "IDR", [("Jakarta", -6.21, 106.85), ("Bandung", -6.91, 107.61), ("Yogyakarta", -7.8, 110.36)],
           [("PT Telkom Indonesia (IndiHome)", 7713), ("Biznet Networks", 17451)], [("Telkomsel", 23693)], "id", "en-US"),
    "TR": (2, "Europe/Istanbul", 3, "TRY", [("Istanbul", 41.01, 28.98), ("Ankara", 39.93, 32.86)],
           [("Turk Telekom", 9121), ("Superonline", 34984)], [("Turkcell", 16135)], "tr", "tr-TR"),
    "KR": (1, "Asia/Seoul", 9, "KRW", [("Seoul", 37.57, 126.98), ("Busan", 35.18, 129.08), ("Pangyo", 37.39, 127.11)],
           [("Korea Telecom", 4766), ("SK Broadband", 9318), ("LG Uplus", 17858)], [("SK Telecom", 9644)], "kr", "ko-KR"),
    "CN": (1, "Asia/Shanghai", 8, "CNY", [("Shenzhen", 22.54, 114.06), ("Shanghai", 31.23, 121.47), ("Chengdu", 30.57, 104.07)],
           [("China Telecom", 4134), ("China Unicom Backbone", 4837)], [("China Mobile", 9808)], "cn", "zh-CN"),
    "ES": (2, "Europe/Madrid", 1, "EUR", [("Madrid", 40.42, -3.7), ("Barcelona", 41.39, 2.17), ("Valencia", 39.47, -0.38)],
           [("Telefonica de Espana", 3352), ("Orange Espagne", 12479)], [("Vodafone Spain", 12430)], "es", "es-ES"),
    "PT": (1, "Europe/Lisbon", 0, "EUR", [("Lisbon", 38.72, -9.14), ("Porto", 41.15, -8.61)],
           [("MEO", 3243), ("NOS Comunicacoes", 2860)], [("Vodafone Portugal", 12353)], "br", "pt-PT"),
    "GE": (1, "Asia/Tbilisi", 4, "GEL", [("Tbilisi", 41.72, 44.79)], [("Magticom", 16010), ("Silknet", 35805)], [("Magti Mobile", 16010)], "ua", "ka-GE"),
    "AM": (1, "Asia/Yerevan", 4, "AMD", [("Yerevan", 40.18, 44.51)], [("Ucom", 44395), ("Telecom Armenia", 12297)], [("Viva Armenia", 12297)], "ua", "hy-AM"),
    "JP": (0.5, "Asia/Tokyo", 9, "JPY", [("Tokyo", 35.68, 139.69), ("Osaka", 34.69, 135.5)], [("NTT Communications", 4713), ("KDDI", 2516)],
           [("NTT Docomo", 9605)], "jp", "ja-JP"),
    "FR": (1, "Europe/Paris", 1, "EUR", [("Paris", 48.86, 2.35), ("Lyon", 45.76, 4.84)], [("Orange S.A.", 3215), ("Free SAS", 12322)],
           [("Bouygues Telecom", 5410)], "de", "fr-FR"),
}

# Valid mobile-number shapes (country calling code, national pattern; # = any digit). Generated numbers are
# checked with libphonenumber and redrawn if invalid.
PHONE = {
    "US": ("1", ["201#######", "312#######", "415#######", "512#######", "602#######", "704#######", "720#######", "206#######",
                 "404#######", "614#######", "917#######", "408#######", "929#######", "347#######"]),
    "CA": ("1", ["416#######", "604#######", "514#######", "647#######"]),
    "IN": ("91", ["98########", "97########", "88########", "70########", "63########"]),
    "PK": ("92", ["300#######", "321#######", "333#######", "345#######"]),
    "UA": ("380", ["50#######", "67#######", "93#######", "97#######", "63#######"]),
    "PH": ("63", ["917#######", "927#######", "939#######", "995#######"]),
    "BD": ("880", ["17########", "18########", "19########", "15########"]),
    "NG": ("234", ["803#######", "806#######", "813#######", "703#######", "810#######", "902#######"]),
    "EG": ("20", ["10########", "11########", "12########", "15########"]),
    "BR": ("55", ["119########", "489########", "819########"]),
    "PL": ("48", ["50#######", "51#######", "60#######", "69#######", "72#######", "79#######"]),
    "RS": ("381", ["60#######", "63#######", "64#######", "65#######"]),
    "RO": ("40", ["72#######", "74#######", "75#######", "76#######"]),
    "GB": ("44", ["74########", "75########", "77########", "78########", "79########"]),
    "DE": ("49", ["151########", "160#######", "170#######", "176########"]),
    "AR": ("54", ["911########", "9351#######"]),
    "CO": ("57", ["300#######", "310#######", "315#######", "320#######"]),
    "MX": ("52", ["55########", "33########"]),
    "VN": ("84", ["90#######", "91#######", "98#######", "38#######"]),
    "KE": ("254", ["70#######", "71#######", "72#######"]),
    "ID": ("62", ["812########", "813########", "857########"]),
    "TR": ("90", ["532#######", "533#######", "542#######", "555#######"]),
    "KR": ("82", ["10########"]),
    "CN": ("86", ["138########", "139########", "186########", "150########"]),
    "ES": ("34", ["6########"]),
    "PT": ("351", ["91#######", "93#######", "96#######"]),
    "GE": ("995", ["555######", "577######", "599######"]),
    "AM": ("374", ["77######", "91######", "93######", "99######"]),
    "JP": ("81", ["90########", "80########"]),
    "FR": ("33", ["6########", "7########"]),
}

# Given names (female, male) and surnames per culture. Korean and Chinese names appear on both sides at
# ordinary rates: a name is never evidence.
NAMES = {
    "us": (["Emily", "Sarah", "Jessica", "Ashley", "Megan", "Lauren", "Rachel", "Olivia", "Hannah", "Amanda", "Nicole", "Katherine", "Brittany", "Madison"],
           ["Michael", "David", "James", "Robert", "John", "Daniel", "Matthew", "Andrew", "Joshua", "Ryan", "Tyler", "Brandon", "Kevin", "Justin", "Eric", "Jason"],
           ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Jackson",
            "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall", "Young", "Allen", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Carter"]),
    "in": (["Priya", "Ananya", "Sneha", "Pooja", "Divya", "Kavya", "Neha", "Shreya", "Aishwarya", "Meera"],
           ["Rahul", "Amit", "Arjun", "Vikram", "Rohit", "Sandeep", "Karthik", "Suresh", "Aditya", "Pranav", "Nikhil", "Venkatesh"],
           ["Sharma", "Patel", "Reddy", "Iyer", "Nair", "Gupta", "Kumar", "Singh", "Rao", "Mehta", "Joshi", "Agarwal", "Menon", "Pillai", "Choudhary"]),
    "pk": (["Ayesha", "Fatima", "Hira", "Sana", "Maryam", "Zainab"], ["Ali", "Hamza", "Usman", "Bilal", "Ahmed", "Hassan", "Faisal", "Imran"],
           ["Khan", "Malik", "Qureshi", "Butt", "Sheikh", "Chaudhry", "Raza", "Javed", "Iqbal"]),
    "ua": (["Olena", "Iryna", "Kateryna", "Anastasiia", "Yuliia", "Daria", "Natalia"], ["Oleksandr", "Dmytro", "Andrii", "Serhii", "Maksym", "Volodymyr", "Ihor", "Yurii"],
           ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boyko", "Koval", "Oliinyk", "Lysenko", "Petrenko"]),
    "ph": (["Maria", "Kristine", "Joy", "Angelica", "Camille", "Patricia"], ["John Paul", "Mark", "Carlo", "Jerome", "Ramon", "Paolo", "Jericho"],
           ["Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Villanueva", "Dela Cruz", "Aquino", "Ramos"]),
    "bd": (["Nusrat", "Farzana", "Tahmina", "Sadia"], ["Rafiq", "Tanvir", "Mahmud", "Arif", "Shakil", "Rakib"],
           ["Hossain", "Rahman", "Islam", "Ahmed", "Chowdhury", "Uddin", "Akter"]),
    "ng": (["Chiamaka", "Ngozi", "Aisha", "Funmilayo", "Adaeze", "Temitope"], ["Chukwuemeka", "Oluwaseun", "Ibrahim", "Tunde", "Emeka", "Babajide", "Chinedu"],
           ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Nwosu", "Adebayo", "Ogunleye", "Abubakar"]),
    "eg": (["Nour", "Mariam", "Salma", "Yasmin"], ["Mohamed", "Ahmed", "Omar", "Mostafa", "Karim", "Youssef"],
           ["Hassan", "Ibrahim", "Mahmoud", "El-Sayed", "Abdelrahman", "Fathy", "Mansour"]),
    "br": (["Ana", "Juliana", "Fernanda", "Camila", "Beatriz", "Larissa"], ["João", "Lucas", "Gabriel", "Rafael", "Felipe", "Gustavo", "Thiago"],
           ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues", "Almeida", "Ferreira", "Carvalho"]),
    "pl": (["Anna", "Katarzyna", "Magdalena", "Agnieszka", "Joanna"], ["Piotr", "Krzysztof", "Tomasz", "Paweł", "Michał", "Łukasz", "Jakub"],
           ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański"]),
    "rs": (["Milica", "Jelena", "Ana", "Marija"], ["Nikola", "Stefan", "Marko", "Miloš", "Luka"], ["Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Ilić"]),
    "ro": (["Andreea", "Elena", "Ioana", "Alexandra"], ["Andrei", "Alexandru", "Mihai", "Ionuț", "Radu"], ["Popescu", "Ionescu", "Popa", "Stan", "Dumitru", "Constantin"]),
    "de": (["Laura", "Julia", "Lena", "Sophie", "Camille"], ["Lukas", "Jonas", "Felix", "Maximilian", "Julien", "Thomas"],
           ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Dubois", "Lefebvre"]),
    "es": (["Lucía", "Valentina", "Sofía", "Camila", "Daniela"], ["Santiago", "Mateo", "Sebastián", "Diego", "Alejandro", "Javier", "Andrés"],
           ["García", "Rodríguez", "Martínez", "López", "González", "Hernández", "Pérez", "Gómez", "Díaz", "Torres"]),
    "vn": (["Linh", "Trang", "Huong", "Mai", "Thao"], ["Minh", "Tuan", "Duc", "Hoang", "Quang", "Huy"], ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui"]),
    "ke": (["Wanjiru", "Akinyi", "Njeri", "Atieno"], ["Brian", "Kevin", "Otieno", "Kamau", "Mwangi"], ["Otieno", "Mwangi", "Kamau", "Odhiambo", "Wanjala", "Kiprop"]),
    "id": (["Putri", "Dewi", "Siti", "Ayu"], ["Budi", "Agus", "Rizky", "Dimas", "Fajar"], ["Santoso", "Wijaya", "Saputra", "Pratama", "Hidayat", "Kusuma"]),
    "tr": (["Elif", "Zeynep", "Merve", "Ayşe"], ["Mehmet", "Emre", "Burak", "Can", "Mert"], ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın"]),
    "kr": (["Ji-woo", "Seo-yeon", "Min-ji", "Soo-jin", "Hye-jin", "Eun-ji"], ["Min-jun", "Ji-hoon", "Hyun-woo", "Seung-min", "Dong-hyun", "Jae-won", "Sung-ho"],
           ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin"]),
    "cn": (["Wei", "Jing", "Li", "Xiaomei", "Yan", "Hui", "Fang"], ["Wei", "Lei", "Jun", "Hao", "Tao", "Ming", "Yang", "Chen"],
           ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun"]),
    "jp": (["Yui", "Haruka", "Aoi"], ["Haruto", "Ren", "Takumi", "Kenji"], ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe"]),
}
# Native-script renderings some people type as their display name.
HANGUL_SURNAME = {"Kim": "김", "Lee": "이", "Park": "박", "Choi": "최", "Jung": "정", "Kang": "강", "Cho": "조", "Yoon": "윤", "Jang": "장", "Lim": "임", "Han": "한", "Shin": "신"}
HANZI_SURNAME = {"Wang": "王", "Li": "李", "Zhang": "张", "Liu": "刘", "Chen": "陈", "Yang": "杨", "Zhao": "赵", "Huang": "黄", "Zhou": "周", "Wu": "吴", "Xu": "徐", "Sun": "孙"}

US_STREETS = ["Maple Ave", "Oak St", "Washington Blvd", "Park Rd", "Lakeview Dr", "Cedar Ln", "Elm St", "Main St", "Pine St", "Highland Ave",
              "Sunset Blvd", "Willow Way", "Meadow Ln", "Ridge Rd", "Chestnut St", "Hillcrest Dr", "Forest Ave", "Spring St"]
US_PLACES = [("Tucson", "AZ", "857"), ("Scottsdale", "AZ", "852"), ("Nashville", "TN", "372"), ("Plano", "TX", "750"), ("Houston", "TX", "770"),
             ("Columbus", "OH", "432"), ("Raleigh", "NC", "276"), ("Alpharetta", "GA", "300"), ("Minneapolis", "MN", "554"),
             ("Portland", "OR", "972"), ("Sacramento", "CA", "958"), ("Jacksonville", "FL", "322"), ("Newark", "NJ", "071"),
             ("Hillsboro", "OR", "971"), ("Brooklyn", "NY", "112"), ("Denver", "CO", "802"), ("Seattle", "WA", "981"), ("Austin", "TX", "787"),
             ("Chicago", "IL", "606"), ("Atlanta", "GA", "303"), ("Charlotte", "NC", "282"), ("Phoenix", "AZ", "850"), ("San Jose", "CA", "951")]
STREET_WORDS = ["Central", "Victory", "Liberty", "Garden", "Station", "Market", "River", "Church", "Mill", "School", "Park", "Lake"]

# Shared egress networks: (name, ASN, country, proxy flag from the identity provider).
VPNS = [("NordVPN (Datacamp Limited)", 212238), ("ExpressVPN (M247 Europe SRL)", 9009), ("Surfshark (Clouvider Limited)", 62240),
        ("Proton AG", 209103), ("Mullvad (31173 Services AB)", 39351), ("Private Internet Access (QuadraNet)", 8100)]
ASTRILL = [("Astrill VPN (Leaseweb USA)", 30633), ("Astrill VPN (Psychz Networks)", 40676), ("Astrill VPN (Choopa LLC)", 20473)]
RELAY = [("Akamai Technologies (iCloud Private Relay)", 36183), ("Cloudflare, Inc. (iCloud Private Relay)", 13335), ("Fastly, Inc.", 54113)]
HOSTING = [("DigitalOcean, LLC", 14061), ("The Constant Company (Vultr)", 20473), ("Akamai Connected Cloud (Linode)", 63949),
           ("Hetzner Online GmbH", 24940), ("OVH SAS", 16276), ("Amazon.com, Inc.", 16509), ("Microsoft Corporation", 8075), ("Google LLC", 396982)]
SSE = [("Zscaler, Inc.", 62044), ("Cloudflare, Inc. (WARP)", 13335), ("Netskope Inc", 55256), ("Palo Alto Networks (Prisma Access)", 54538)]
STARLINK = ("SpaceX Services, Inc. (Starlink)", 14593)
# Where operator teams sit, and the local networks a slip shows (China Unicom Liaoning, Jilin, Rostelecom, Laos).
BASES = [("Shenyang", "CN", 8, 41.8, 123.43, "China Unicom Liaoning Province Network", 4837),
         ("Dandong", "CN", 8, 40.12, 124.38, "China Unicom Liaoning Province Network", 4837),
         ("Yanji", "CN", 8, 42.89, 129.5, "China Unicom Jilin Province Network", 4837),
         ("Vladivostok", "RU", 10, 43.12, 131.89, "PJSC Rostelecom", 12389),
         ("Vientiane", "LA", 7, 17.97, 102.6, "Lao Telecom", 9873),
         ("Pyongyang", "KP", 9, 39.03, 125.75, "Star JV", 131279)]

# Hardware and software the time tracker sees.
LAPTOPS = ["MacBookPro18,3", "MacBookPro18,1", "Mac14,2", "Mac15,3", "MacBookAir10,1", "Dell XPS 15 9530", "Dell Latitude 7440",
           "Lenovo ThinkPad T14 Gen 4", "Lenovo ThinkPad X1 Carbon Gen 11", "HP EliteBook 840 G10", "ASUS ROG Zephyrus G14",
           "HP ProBook 450 G9", "Lenovo IdeaPad 5 Pro", "Acer Aspire 7", "Custom desktop (MSI B550)"]
MONITORS = ["DELL U2720Q", "DELL P2422H", "LG HDR 4K", "LG ULTRAFINE", "BenQ GW2480", "Samsung LS27A60", "ASUS VG249", "HP E24 G5",
            "AOC 24G2W1G4", "Studio Display", "Color LCD", "Built-in Retina Display", "PHL 243V7"]
PROCS_COMMON = ["Code.exe", "chrome.exe", "slack.exe", "zoom.exe", "Teams.exe", "firefox.exe", "idea64.exe", "docker.exe", "node", "python3",
                "Postman.exe", "Figma.exe", "WindowsTerminal.exe", "Spotify.exe", "Discord.exe", "gigforge-tracker"]
REMOTE_TOOLS = [("AnyDesk.exe", "7070/tcp"), ("TeamViewer.exe", "5938/tcp"), ("rustdesk.exe", "21118/tcp"), ("ScreenConnect.ClientService.exe", "8041/tcp"),
                ("remoting_host.exe", ""), ("tvnserver.exe", "5900/tcp"), ("sshd", "22/tcp")]
# USB devices: (product string, vendor_id, product_id).
USB_COMMON = [("USB Receiver", "046d", "c52b"), ("Logitech USB Input Device", "046d", "c548"), ("Apple Magic Keyboard", "05ac", "026c"),
              ("Keychron K2", "05ac", "024f"), ("YubiKey OTP+FIDO+CCID", "1050", "0407"), ("USB2.0 Hub", "05e3", "0610"),
              ("Jabra Evolve2 65", "0b0e", "245d"), ("HD Pro Webcam C920", "046d", "082d"), ("USB 10/100/1000 LAN", "0bda", "8153"),
              ("Elgato Stream Deck", "0fd9", "0060"), ("Razer DeathAdder", "1532", "0084"), ("Blue Yeti", "b58e", "9e84")]
# Desk KVM switches that honest people with two machines use.
DESK_KVM = [("ATEN CS1942DP", "0557", "2419"), ("TESmart HKS0401A", "1a86", "7523"), ("Level1Techs DisplayPort KVM", "2109", "2817"),
            ("UGREEN USB Switch", "1a40", "0101")]
# IP-KVMs (homelab tinkerers and laptop farms alike): PiKVM/TinyPilot are Raspberry Pi composite gadgets.
IP_KVM = [("PiKVM Composite Device", "1d6b", "0104"), ("TinyPilot", "1d6b", "0104"), ("JetKVM", "1d6b", "0104"),
          ("GL.iNet Comet KVM", "1d6b", "0104"), ("BliKVM", "1d6b", "0104"), ("Lantronix Spider", "0914", "0201"), ("ATEN CN9000", "0557", "8021")]
IP_KVM_EDID = ["PiKVM V4", "TinyPilot", "JetKVM", "GL-RM1", "BliKVM", "TC358743"]

BANKS = {"US": ["Chase", "Bank of America", "Wells Fargo", "Capital One", "Navy Federal CU", "Ally Bank"], "IN": ["HDFC Bank", "ICICI Bank", "SBI"],
         "UA": ["PrivatBank", "monobank"], "PK": ["Meezan Bank", "HBL"], "PH": ["BDO", "BPI"], "NG": ["GTBank", "Access Bank"], "GB": ["Monzo", "Barclays"]}
WALLETS = ["payoneer", "wise", "paypal", "revolut"]
EOR = [("Deel", "deel.com"), ("Remote.com", "remote.com"), ("Oyster HR", "oysterhr.com"), ("Papaya Global", "papayaglobal.com")]

SKILLS = ["React", "TypeScript", "Node.js", "Python", "Django", "Go", "Rust", "Java", "Spring Boot", "Kotlin", "Swift", "Flutter",
          "AWS", "Kubernetes", "Terraform", "PostgreSQL", "GraphQL", "Vue.js", "Next.js", "Solidity", "Ruby on Rails", "PHP/Laravel",
          "C#/.NET", "Data engineering", "ML/PyTorch", "DevOps", "QA automation", "Unity", "Shopify", "WordPress"]
ROLES = ["Full-stack developer", "Senior backend engineer", "Frontend engineer", "Mobile developer", "DevOps engineer", "Data engineer",
         "Blockchain developer", "QA automation engineer", "Machine learning engineer", "Software engineer"]
COMPANY_WORDS = ["Bright", "Loop", "Pixel", "Harbor", "North", "Atlas", "Quill", "Nimbus", "Cedar", "Vector", "Orbit", "Lumen", "Prairie",
                 "Beacon", "Summit", "Kite", "Maple", "Copper", "Juniper", "Signal", "Tidal", "Falcon", "Granite", "Echo", "Nova", "Ridge",
                 "Spruce", "Cobalt", "Willow", "Arrow", "Helix", "Mosaic", "Vertex", "Zephyr", "Onyx", "Sable"]
COMPANY_TAILS = ["Labs", "Health", "Pay", "Logistics", "AI", "Cloud", "Systems", "Commerce", "Analytics", "Security", "Learning", "Media", "Robotics", "Works"]
TLDS = [".com", ".io", ".co", ".ai", ".dev", ".app", ".tech"]
FREEMAIL = ["gmail.com"] * 10 + ["outlook.com"] * 2 + ["yahoo.com", "hotmail.com", "icloud.com", "proton.me", "mail.ru", "yandex.ru",
            "ukr.net", "naver.com", "qq.com", "163.com", "rediffmail.com", "gmx.de", "aol.com"]
REGISTRARS_NS = [["ns1.digitalocean.com", "ns2.digitalocean.com"], ["dns1.registrar-servers.com", "dns2.registrar-servers.com"],
                 ["ns-cloud-a1.googledomains.com", "ns-cloud-a2.googledomains.com"], ["kate.ns.cloudflare.com", "rob.ns.cloudflare.com"],
                 ["ns1.dnsowl.com", "ns2.dnsowl.com", "ns3.dnsowl.com"], ["pdns1.registrar-servers.com", "pdns2.registrar-servers.com"],
                 ["ns-1204.awsdns-22.org", "ns-331.awsdns-41.com"]]
PRIVACY_EMAILS = ["redacted@privacyguardian.org", "contact@withheldforprivacy.com", "abuse@namecheap.com", "proxy@whoisprivacyservice.org", ""]
