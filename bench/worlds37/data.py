"""Reference data for world 37 (Appharbor): countries, cities, networks, names, streets, software, devices."""

# country: cities (name, lat, lon, utc offset, IANA zone), home ISPs (owner, asn), mobile carriers (owner, asn),
# name origin, keyboard layout, currency, phone area codes (US/CA only), CGNAT share (how many live on carrier NAT)
COUNTRIES = {
    "US": dict(cities=[("New York", 40.71, -74.0, -5, "America/New_York", "212"), ("Austin", 30.27, -97.74, -6, "America/Chicago", "512"),
                       ("San Jose", 37.34, -121.89, -8, "America/Los_Angeles", "408"), ("Atlanta", 33.75, -84.39, -5, "America/New_York", "404"),
                       ("Seattle", 47.61, -122.33, -8, "America/Los_Angeles", "206"), ("Chicago", 41.88, -87.63, -6, "America/Chicago", "312"),
                       ("Phoenix", 33.45, -112.07, -7, "America/Phoenix", "602"), ("Nashville", 36.16, -86.78, -6, "America/Chicago", "615"),
                       ("Denver", 39.74, -104.99, -7, "America/Denver", "303"), ("Miami", 25.76, -80.19, -5, "America/New_York", "305"),
                       ("Raleigh", 35.78, -78.64, -5, "America/New_York", "919"), ("Minneapolis", 44.98, -93.27, -6, "America/Chicago", "612")],
               isps=[("Comcast Cable Communications, LLC", 7922), ("Charter Communications Inc", 20115), ("AT&T Services, Inc.", 7018),
                     ("Verizon Business", 701), ("Cox Communications Inc.", 22773), ("Frontier Communications", 5650)],
               mobile=[("T-Mobile USA, Inc.", 21928), ("Verizon Wireless", 6167), ("AT&T Mobility", 20057)],
               names="us", kb="en-US", cur="USD", cgnat=0.06),
    "CA": dict(cities=[("Toronto", 43.65, -79.38, -5, "America/Toronto", "416"), ("Vancouver", 49.28, -123.12, -8, "America/Vancouver", "604"),
                       ("Montreal", 45.5, -73.57, -5, "America/Toronto", "514"), ("Calgary", 51.05, -114.07, -7, "America/Edmonton", "403")],
               isps=[("Rogers Communications Canada Inc.", 812), ("Bell Canada", 577), ("Shaw Communications Inc.", 6327), ("TELUS Communications Inc.", 852)],
               mobile=[("Rogers Wireless", 812), ("Bell Mobility", 36522)], names="us", kb="en-CA", cur="CAD", cgnat=0.05),
    "GB": dict(cities=[("London", 51.51, -0.13, 0, "Europe/London"), ("Manchester", 53.48, -2.24, 0, "Europe/London"), ("Bristol", 51.45, -2.59, 0, "Europe/London"),
                       ("Edinburgh", 55.95, -3.19, 0, "Europe/London")],
               isps=[("British Telecommunications PLC", 2856), ("Virgin Media Limited", 5089), ("Sky UK Limited", 5607)],
               mobile=[("EE Limited", 12576), ("Vodafone Limited", 25135)], names="gb", kb="en-GB", cur="GBP", cgnat=0.08),
    "DE": dict(cities=[("Berlin", 52.52, 13.4, 1, "Europe/Berlin"), ("Munich", 48.14, 11.58, 1, "Europe/Berlin"), ("Hamburg", 53.55, 9.99, 1, "Europe/Berlin")],
               isps=[("Deutsche Telekom AG", 3320), ("Vodafone GmbH", 3209), ("Telefonica Germany GmbH & Co.OHG", 6805)],
               mobile=[("Telefonica Germany", 6805)], names="de", kb="de-DE", cur="EUR", cgnat=0.06),
    "PL": dict(cities=[("Warsaw", 52.23, 21.01, 1, "Europe/Warsaw"), ("Krakow", 50.06, 19.94, 1, "Europe/Warsaw"), ("Wroclaw", 51.11, 17.04, 1, "Europe/Warsaw")],
               isps=[("Orange Polska Spolka Akcyjna", 5617), ("UPC Polska Sp. z o.o.", 6830), ("Netia SA", 12741)],
               mobile=[("P4 Sp. z o.o.", 39603), ("T-Mobile Polska S.A.", 12912)], names="pl", kb="pl-PL", cur="PLN", cgnat=0.12),
    "UA": dict(cities=[("Kyiv", 50.45, 30.52, 2, "Europe/Kyiv"), ("Lviv", 49.84, 24.03, 2, "Europe/Kyiv"), ("Kharkiv", 49.99, 36.23, 2, "Europe/Kyiv"),
                       ("Dnipro", 48.46, 35.05, 2, "Europe/Kyiv")],
               isps=[("Kyivstar PJSC", 15895), ("Volia", 25229), ("Ukrtelecom", 6849)], mobile=[("Kyivstar PJSC", 15895), ("Vodafone Ukraine", 21497)],
               names="ua", kb="uk-UA", cur="UAH", cgnat=0.2),
    "RO": dict(cities=[("Bucharest", 44.43, 26.1, 2, "Europe/Bucharest"), ("Cluj-Napoca", 46.77, 23.6, 2, "Europe/Bucharest"), ("Iasi", 47.16, 27.59, 2, "Europe/Bucharest")],
               isps=[("RCS & RDS SA", 8708), ("Orange Romania", 9050)], mobile=[("Vodafone Romania", 12302)], names="ro", kb="ro-RO", cur="RON", cgnat=0.1),
    "RS": dict(cities=[("Belgrade", 44.79, 20.45, 1, "Europe/Belgrade"), ("Novi Sad", 45.27, 19.83, 1, "Europe/Belgrade")],
               isps=[("Telekom Srbija", 8400), ("SBB", 31042)], mobile=[("Yettel d.o.o.", 13004)], names="rs", kb="sr-RS", cur="RSD", cgnat=0.15),
    "IN": dict(cities=[("Bengaluru", 12.97, 77.59, 5.5, "Asia/Kolkata"), ("Hyderabad", 17.39, 78.49, 5.5, "Asia/Kolkata"), ("Pune", 18.52, 73.86, 5.5, "Asia/Kolkata"),
                       ("Chennai", 13.08, 80.27, 5.5, "Asia/Kolkata"), ("Noida", 28.54, 77.39, 5.5, "Asia/Kolkata"), ("Ahmedabad", 23.02, 72.57, 5.5, "Asia/Kolkata"),
                       ("Kochi", 9.93, 76.27, 5.5, "Asia/Kolkata"), ("Jaipur", 26.91, 75.79, 5.5, "Asia/Kolkata")],
               isps=[("Bharti Airtel Ltd.", 24560), ("Atria Convergence Technologies", 24309), ("Hathway IP Over Cable", 17488), ("Reliance Jio Infocomm Limited", 55836)],
               mobile=[("Reliance Jio Infocomm Limited", 55836), ("Bharti Airtel Ltd.", 45609), ("Vodafone Idea Ltd", 38266)], names="in", kb="en-IN", cur="INR", cgnat=0.45),
    "PK": dict(cities=[("Lahore", 31.55, 74.34, 5, "Asia/Karachi"), ("Karachi", 24.86, 67.0, 5, "Asia/Karachi"), ("Islamabad", 33.68, 73.05, 5, "Asia/Karachi"),
                       ("Faisalabad", 31.42, 73.08, 5, "Asia/Karachi")],
               isps=[("Pakistan Telecommuication company limited", 17557), ("Nayatel", 23674), ("Wateen Telecom", 38193), ("Cybernet", 9541)],
               mobile=[("Jazz (Pakistan Mobile Communications)", 45669), ("Zong CMPak", 59257), ("Telenor Pakistan", 24499)], names="pk", kb="en-PK", cur="PKR", cgnat=0.5),
    "BD": dict(cities=[("Dhaka", 23.81, 90.41, 6, "Asia/Dhaka"), ("Chattogram", 22.36, 91.78, 6, "Asia/Dhaka"), ("Sylhet", 24.89, 91.87, 6, "Asia/Dhaka")],
               isps=[("Link3 Technologies", 23688), ("Amber IT", 58717), ("Carnival Internet", 63932)],
               mobile=[("Grameenphone Ltd.", 24389), ("Robi Axiata", 24432)], names="bd", kb="bn-BD", cur="BDT", cgnat=0.55),
    "NG": dict(cities=[("Lagos", 6.52, 3.38, 1, "Africa/Lagos"), ("Abuja", 9.08, 7.4, 1, "Africa/Lagos"), ("Ibadan", 7.38, 3.95, 1, "Africa/Lagos"),
                       ("Port Harcourt", 4.82, 7.05, 1, "Africa/Lagos"), ("Enugu", 6.46, 7.55, 1, "Africa/Lagos")],
               isps=[("Spectranet", 37340), ("Tizeti Network Limited", 37649), ("IPNX Nigeria", 37076)],
               mobile=[("MTN Nigeria", 29465), ("Airtel Networks Limited", 36873), ("Globacom Limited", 37148)], names="ng", kb="en-NG", cur="NGN", cgnat=0.65),
    "KE": dict(cities=[("Nairobi", -1.29, 36.82, 3, "Africa/Nairobi"), ("Mombasa", -4.04, 39.67, 3, "Africa/Nairobi"), ("Kisumu", -0.09, 34.77, 3, "Africa/Nairobi")],
               isps=[("Safaricom Home Fibre", 33771), ("Zuku (Wananchi Group)", 15808)], mobile=[("Safaricom PLC", 33771), ("Airtel Kenya", 36926)],
               names="ke", kb="en-KE", cur="KES", cgnat=0.55),
    "GH": dict(cities=[("Accra", 5.6, -0.19, 0, "Africa/Accra"), ("Kumasi", 6.69, -1.62, 0, "Africa/Accra")],
               isps=[("Vodafone Ghana", 29614), ("Busy Internet", 37313)], mobile=[("MTN Ghana", 30986)], names="gh", kb="en-GH", cur="GHS", cgnat=0.6),
    "EG": dict(cities=[("Cairo", 30.04, 31.24, 2, "Africa/Cairo"), ("Alexandria", 31.2, 29.92, 2, "Africa/Cairo"), ("Giza", 30.01, 31.21, 2, "Africa/Cairo")],
               isps=[("TE Data", 8452), ("Orange Egypt", 24863)], mobile=[("Vodafone Egypt", 24835), ("Etisalat Misr", 36992)], names="eg", kb="ar-EG", cur="EGP", cgnat=0.45),
    "BR": dict(cities=[("Sao Paulo", -23.55, -46.63, -3, "America/Sao_Paulo"), ("Recife", -8.05, -34.88, -3, "America/Recife"),
                       ("Belo Horizonte", -19.92, -43.94, -3, "America/Sao_Paulo"), ("Florianopolis", -27.6, -48.55, -3, "America/Sao_Paulo")],
               isps=[("Claro NXT Telecomunicacoes Ltda", 28573), ("Telefonica Brasil S.A", 26599), ("Oi S.A.", 7738)], mobile=[("TIM S/A", 26615)],
               names="br", kb="pt-BR", cur="BRL", cgnat=0.3),
    "MX": dict(cities=[("Mexico City", 19.43, -99.13, -6, "America/Mexico_City"), ("Guadalajara", 20.66, -103.35, -6, "America/Mexico_City"),
                       ("Monterrey", 25.69, -100.32, -6, "America/Monterrey")],
               isps=[("Telmex (Uninet S.A. de C.V.)", 8151), ("Totalplay Telecomunicaciones", 17072), ("Megacable", 13999)], mobile=[("Telcel (Radiomovil Dipsa)", 28403)],
               names="es", kb="es-MX", cur="MXN", cgnat=0.3),
    "CO": dict(cities=[("Bogota", 4.71, -74.07, -5, "America/Bogota"), ("Medellin", 6.24, -75.58, -5, "America/Bogota"), ("Cali", 3.45, -76.53, -5, "America/Bogota")],
               isps=[("Colombia Movil (Tigo)", 27831), ("Telmex Colombia S.A.", 10620), ("ETB", 19429)], mobile=[("Comcel S.A.", 26611)],
               names="es", kb="es-CO", cur="COP", cgnat=0.3),
    "AR": dict(cities=[("Buenos Aires", -34.6, -58.38, -3, "America/Argentina/Buenos_Aires"), ("Cordoba", -31.42, -64.18, -3, "America/Argentina/Cordoba"),
                       ("Rosario", -32.95, -60.65, -3, "America/Argentina/Cordoba")],
               isps=[("Telecom Argentina S.A.", 7303), ("Telefonica de Argentina", 22927)], mobile=[("AMX Argentina S.A.", 27747)],
               names="es", kb="es-AR", cur="ARS", cgnat=0.3),
    "PH": dict(cities=[("Manila", 14.6, 120.98, 8, "Asia/Manila"), ("Cebu City", 10.32, 123.89, 8, "Asia/Manila"), ("Davao", 7.19, 125.46, 8, "Asia/Manila"),
                       ("Quezon City", 14.68, 121.04, 8, "Asia/Manila")],
               isps=[("PLDT Inc.", 9299), ("Converge ICT Solutions", 17639)], mobile=[("Globe Telecom Inc.", 4775), ("Smart Communications", 10139)],
               names="ph", kb="en-PH", cur="PHP", cgnat=0.55),
    "VN": dict(cities=[("Ho Chi Minh City", 10.82, 106.63, 7, "Asia/Ho_Chi_Minh"), ("Hanoi", 21.03, 105.85, 7, "Asia/Ho_Chi_Minh"), ("Da Nang", 16.05, 108.2, 7, "Asia/Ho_Chi_Minh")],
               isps=[("Viettel Group", 7552), ("VNPT Corp", 45899), ("FPT Telecom Company", 18403)], mobile=[("Viettel Group", 7552)],
               names="vn", kb="vi-VN", cur="VND", cgnat=0.45),
    "ID": dict(cities=[("Jakarta", -6.21, 106.85, 7, "Asia/Jakarta"), ("Bandung", -6.92, 107.61, 7, "Asia/Jakarta"), ("Yogyakarta", -7.8, 110.36, 7, "Asia/Jakarta")],
               isps=[("PT Telekomunikasi Indonesia", 7713), ("Biznet Networks", 17451)], mobile=[("Telkomsel", 23693), ("Indosat Ooredoo", 4761)],
               names="id", kb="id-ID", cur="IDR", cgnat=0.55),
    "CN": dict(cities=[("Shanghai", 31.23, 121.47, 8, "Asia/Shanghai"), ("Shenzhen", 22.54, 114.06, 8, "Asia/Shanghai"), ("Chengdu", 30.57, 104.07, 8, "Asia/Shanghai"),
                       ("Hangzhou", 30.27, 120.16, 8, "Asia/Shanghai")],
               isps=[("Chinanet", 4134), ("China Unicom Backbone", 4837), ("China Mobile Communications Group", 9808)], mobile=[("China Mobile Communications Group", 9808)],
               names="cn", kb="zh-CN", cur="CNY", cgnat=0.4),
    "KR": dict(cities=[("Seoul", 37.57, 126.98, 9, "Asia/Seoul"), ("Busan", 35.18, 129.08, 9, "Asia/Seoul"), ("Incheon", 37.46, 126.7, 9, "Asia/Seoul")],
               isps=[("Korea Telecom", 4766), ("SK Broadband Co Ltd", 9318), ("LG POWERCOMM", 17858)], mobile=[("SK Telecom", 9644)],
               names="kr", kb="ko-KR", cur="KRW", cgnat=0.1),
    "JP": dict(cities=[("Tokyo", 35.68, 139.69, 9, "Asia/Tokyo"), ("Osaka", 34.69, 135.5, 9, "Asia/Tokyo"), ("Fukuoka", 33.59, 130.4, 9, "Asia/Tokyo")],
               isps=[("NTT Communications Corporation", 4713), ("KDDI CORPORATION", 2516), ("SoftBank Corp.", 17676)], mobile=[("NTT DOCOMO, INC.", 9605)],
               names="jp", kb="ja-JP", cur="JPY", cgnat=0.15),
    "TR": dict(cities=[("Istanbul", 41.01, 28.98, 3, "Europe/Istanbul"), ("Ankara", 39.93, 32.86, 3, "Europe/Istanbul"), ("Izmir", 38.42, 27.14, 3, "Europe/Istanbul")],
               isps=[("Turk Telekom", 9121), ("Superonline Iletisim Hizmetleri A.S.", 34984)], mobile=[("Turkcell Iletisim Hizmetleri A.S.", 16135)],
               names="tr", kb="tr-TR", cur="TRY", cgnat=0.25),
    "AE": dict(cities=[("Dubai", 25.2, 55.27, 4, "Asia/Dubai"), ("Abu Dhabi", 24.45, 54.38, 4, "Asia/Dubai")],
               isps=[("Emirates Telecommunications Group (Etisalat)", 5384), ("Emirates Integrated Telecommunications (du)", 15802)], mobile=[("du", 15802)],
               names="eg", kb="ar-AE", cur="AED", cgnat=0.2),
    "PT": dict(cities=[("Lisbon", 38.72, -9.14, 0, "Europe/Lisbon"), ("Porto", 41.15, -8.61, 0, "Europe/Lisbon")],
               isps=[("MEO - Servicos de Comunicacoes e Multimedia", 3243), ("NOS Comunicacoes", 2860)], mobile=[("Vodafone Portugal", 12353)],
               names="br", kb="pt-PT", cur="EUR", cgnat=0.1),
    "ES": dict(cities=[("Madrid", 40.42, -3.7, 1, "Europe/Madrid"), ("Barcelona", 41.39, 2.17, 1, "Europe/Madrid"), ("Valencia", 39.47, -0.38, 1, "Europe/Madrid")],
               isps=[("Telefonica de Espana", 3352), ("Orange Espagne", 12479)], mobile=[("Vodafone Spain", 12430)], names="es", kb="es-ES", cur="EUR", cgnat=0.1),
    "GE": dict(cities=[("Tbilisi", 41.72, 44.79, 4, "Asia/Tbilisi"), ("Batumi", 41.64, 41.64, 4, "Asia/Tbilisi")],
               isps=[("Magticom Ltd.", 16010), ("Silknet JSC", 35805)], mobile=[("Magticom Ltd.", 16010)], names="ua", kb="ka-GE", cur="GEL", cgnat=0.2),
    "NP": dict(cities=[("Kathmandu", 27.72, 85.32, 5.75, "Asia/Kathmandu"), ("Pokhara", 28.21, 83.99, 5.75, "Asia/Kathmandu")],
               isps=[("WorldLink Communications", 45650), ("Vianet Communications", 17501)], mobile=[("Nepal Telecom", 23752)], names="in", kb="ne-NP", cur="NPR", cgnat=0.5),
    "ZA": dict(cities=[("Cape Town", -33.92, 18.42, 2, "Africa/Johannesburg"), ("Johannesburg", -26.2, 28.05, 2, "Africa/Johannesburg")],
               isps=[("Vumatel", 37457), ("Afrihost", 37611), ("Telkom SA", 5713)], mobile=[("Vodacom", 36994)], names="za", kb="en-ZA", cur="ZAR", cgnat=0.3),
    "SG": dict(cities=[("Singapore", 1.35, 103.82, 8, "Asia/Singapore")], isps=[("Singtel Fibre Broadband", 9506), ("StarHub Ltd", 4657)],
               mobile=[("M1 Limited", 17547)], names="sg", kb="en-SG", cur="SGD", cgnat=0.1),
    "NL": dict(cities=[("Amsterdam", 52.37, 4.9, 1, "Europe/Amsterdam"), ("Rotterdam", 51.92, 4.48, 1, "Europe/Amsterdam")],
               isps=[("KPN B.V.", 1136), ("Ziggo B.V.", 33915)], mobile=[("T-Mobile Netherlands", 31615)], names="nl", kb="nl-NL", cur="EUR", cgnat=0.05),
    "RU": dict(cities=[("Moscow", 55.76, 37.62, 3, "Europe/Moscow"), ("Saint Petersburg", 59.94, 30.31, 3, "Europe/Moscow"), ("Novosibirsk", 55.03, 82.92, 7, "Asia/Novosibirsk")],
               isps=[("Rostelecom", 12389), ("MTS PJSC", 8359), ("ER-Telecom Holding", 9049)], mobile=[("MegaFon", 31133)], names="ru", kb="ru-RU", cur="RUB", cgnat=0.3),
}

# where honest developers live (weights of people)
HONEST_COUNTRY_W = {"US": 20, "IN": 13, "GB": 4, "CA": 3, "DE": 3, "PL": 3, "UA": 4, "RO": 2, "RS": 1, "PK": 5, "BD": 3, "NG": 5, "KE": 2,
                    "GH": 1, "EG": 3, "BR": 5, "MX": 3, "CO": 2, "AR": 2, "PH": 4, "VN": 4, "ID": 3, "CN": 3, "KR": 2, "JP": 2, "TR": 2,
                    "AE": 1, "PT": 1, "ES": 2, "GE": 1, "NP": 1, "ZA": 1, "SG": 1, "NL": 1, "RU": 1}
CGNAT_HEAVY = ("IN", "PK", "BD", "NG", "KE", "GH", "EG", "PH", "ID", "NP", "VN")

FIRST = {
    "us": "James Michael Robert David William John Christopher Daniel Matthew Anthony Joshua Andrew Ryan Tyler Brandon Kevin Jason Justin Eric Marcus "
          "Mary Jennifer Jessica Sarah Ashley Emily Amanda Megan Rachel Lauren Nicole Hannah Olivia Emma Grace Chloe Taylor Morgan Jordan Alexis "
          "DeShawn Jamal Aaliyah Keisha Priya Raj Wei Kevin Minji Daniel Jose Maria Luis Sofia Omar Fatima Ahmed Yusuf Tuan Linh".split(),
    "gb": "Oliver Harry George Jack Charlie Thomas Oscar William James Henry Amelia Isla Ava Mia Ivy Lily Sophie Poppy Freya Florence Callum Rhys Aisha Priya Imran".split(),
    "de": "Lukas Leon Finn Jonas Paul Felix Maximilian Niklas Tim Jan Anna Lea Hannah Lena Marie Laura Julia Sophie Katharina Sarah".split(),
    "pl": "Jakub Kacper Piotr Mateusz Michal Tomasz Pawel Krzysztof Bartosz Lukasz Anna Katarzyna Magdalena Agnieszka Joanna Aleksandra Natalia Zuzanna Monika Karolina".split(),
    "ua": "Oleksandr Andrii Dmytro Serhii Maksym Vladyslav Ihor Bohdan Yurii Taras Olena Iryna Kateryna Yuliia Nataliia Anastasiia Oksana Sofiia Daria Mariia".split(),
    "ru": "Aleksandr Dmitry Sergey Andrey Alexey Maxim Ivan Nikolai Artem Mikhail Elena Olga Tatiana Natalia Anna Ekaterina Maria Svetlana Irina Yulia".split(),
    "ro": "Andrei Alexandru Mihai Ionut Stefan Bogdan Cristian Vlad Razvan Florin Ioana Elena Andreea Maria Alexandra Bianca Cristina Diana Raluca Irina".split(),
    "rs": "Nikola Marko Stefan Luka Milos Nemanja Aleksandar Dusan Vuk Filip Jelena Milica Ana Marija Jovana Teodora Ivana Katarina Tamara Sanja".split(),
    "in": "Aarav Rahul Rohit Amit Vikram Arjun Karthik Suresh Pranav Aditya Sandeep Rajesh Harsh Nikhil Ankit Priya Ananya Divya Sneha Pooja Kavya Neha Shreya Lakshmi Deepika Meera".split(),
    "pk": "Muhammad Ali Ahmed Hassan Usman Bilal Hamza Zain Fahad Imran Umar Saad Ayesha Fatima Zainab Hira Sana Maryam Amna Mahnoor Iqra".split(),
    "bd": "Rahim Karim Tanvir Rafiq Sakib Mahmud Arif Nayeem Shafiq Imtiaz Fahim Nusrat Farhana Sadia Tahmina Sumaiya Jannatul Rumana Mim".split(),
    "ng": "Chinedu Emeka Oluwaseun Tunde Ibrahim Abdullahi Segun Chukwuemeka Femi Babatunde Uche Adebayo Ngozi Chioma Aisha Funmilayo Adaeze Temitope Blessing Yetunde Amina".split(),
    "ke": "Brian Kevin Dennis Collins Victor Felix Eric Samuel Peter Joseph Faith Mercy Grace Esther Caroline Wanjiru Akinyi Njeri Achieng Wambui".split(),
    "gh": "Kwame Kofi Kwabena Yaw Kojo Kwesi Emmanuel Daniel Samuel Prince Ama Akosua Abena Afua Adwoa Efua Esi Yaa Priscilla Gifty".split(),
    "eg": "Mohamed Ahmed Mahmoud Omar Youssef Mostafa Karim Amr Khaled Tarek Nour Mariam Salma Yasmin Hana Aya Dina Rana Sara Menna".split(),
    "br": "Lucas Gabriel Mateus Pedro Rafael Gustavo Felipe Bruno Thiago Leonardo Ana Juliana Beatriz Camila Larissa Fernanda Mariana Leticia Gabriela Amanda".split(),
    "es": "Juan Carlos Luis Jose Miguel Diego Andres Javier Santiago Alejandro Sebastian Daniel Maria Ana Sofia Valentina Camila Daniela Lucia Paula Gabriela Fernanda".split(),
    "ph": "John Mark Christian Joshua Angelo Carlo Paolo Miguel Jerome Kenneth Mary Kristine Angelica Joanna Camille Patricia Nicole Bea Janine Maricel".split(),
    "vn": "Minh Tuan Hoang Duc Nam Huy Khanh Long Quang Thanh Linh Lan Huong Thao Ngoc Trang Mai Phuong Hanh Anh".split(),
    "id": "Budi Agus Rizky Andi Dimas Fajar Eko Yoga Arief Hendra Siti Dewi Putri Ayu Rina Indah Wulan Fitri Nurul Sri".split(),
    "cn": "Wei Jun Hao Lei Yang Jie Tao Chen Bo Peng Jing Li Na Ying Xin Yan Min Hui Fang Xiao".split(),
    "kr": "Minjun Seojun Jiho Hyunwoo Dongha Jaewon Sungmin Junho Taeyang Jihoon Jiwoo Seoyeon Minji Jiyoung Soyeon Hyejin Yuna Eunji Sujin Dahye".split(),
    "jp": "Haruto Yuto Sota Ren Takumi Kenta Daiki Shota Ryo Kaito Yui Hina Sakura Aoi Yuna Misaki Haruka Nanami Ayaka Mei".split(),
    "tr": "Mehmet Mustafa Ahmet Emre Burak Can Mert Kerem Oguz Yusuf Zeynep Elif Ayse Fatma Merve Busra Ece Selin Derya Esra".split(),
    "za": "Thabo Sipho Lwazi Johan Pieter Ruan Kabelo Themba Andile Liam Naledi Thandiwe Zanele Lerato Anele Megan Chantelle Karabo Nomvula Aisha".split(),
    "sg": "Wei Jun Ming Ravi Hafiz Marcus Darren Jia Hui Shu Ling Priya Nur Aisyah Rachel".split(),
    "nl": "Daan Sem Lucas Bram Thijs Jesse Ruben Lars Sanne Lotte Fleur Eva Anouk Iris Femke Noor Sophie Julia".split(),
}
LAST = {
    "us": "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee "
          "Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Nguyen Hill Green Adams Baker Nelson Carter Mitchell Patel Kim Chen "
          "Park Shah Khan Singh Wang Washington Brooks Reed Sullivan Murphy Foster Hayes Bryant Russell Griffin Diaz Cruz Ortiz Ramirez Kowalski Novak Cohen".split(),
    "gb": "Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Roberts Johnson Lewis Walker Robinson Wood Thompson White Watson Jackson Wright Khan Patel Ahmed Hughes Edwards".split(),
    "de": "Mueller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Klein Wolf Schroeder Neumann Schwarz Zimmermann Braun Krueger".split(),
    "pl": "Nowak Kowalski Wisniewski Wojcik Kowalczyk Kaminski Lewandowski Zielinski Szymanski Wozniak Dabrowski Kozlowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski".split(),
    "ua": "Melnyk Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko".split(),
    "ru": "Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov Morozov Volkov Alekseev Lebedev Semenov Egorov Pavlov Kozlov".split(),
    "ro": "Popescu Ionescu Popa Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Rusu Munteanu Constantin Marin Florea Moldovan Ilie".split(),
    "rs": "Jovanovic Petrovic Nikolic Markovic Djordjevic Stojanovic Ilic Stankovic Pavlovic Milosevic Popovic Tomic Kostic Lazic Simic Zivkovic".split(),
    "in": "Sharma Verma Gupta Singh Kumar Reddy Nair Iyer Patel Rao Joshi Mehta Desai Agarwal Menon Pillai Chopra Kapoor Banerjee Mukherjee Das Krishnan Bhat Shetty Kulkarni Naidu".split(),
    "pk": "Khan Ahmed Ali Hussain Malik Sheikh Qureshi Butt Chaudhry Raza Iqbal Siddiqui Javed Anwar Aslam Mirza Abbasi Rehman".split(),
    "bd": "Rahman Hossain Islam Ahmed Akter Chowdhury Uddin Alam Hasan Sarker Mia Begum Khatun Talukder Haque Kabir".split(),
    "ng": "Okafor Adeyemi Okonkwo Ibrahim Bello Eze Nwosu Olawale Adebayo Abubakar Okeke Ogunleye Balogun Nnamdi Obi Afolabi Mohammed Uche Ojo Akinola".split(),
    "ke": "Otieno Mwangi Kamau Ochieng Wanjiku Kariuki Njoroge Odhiambo Mutua Kiprop Cheruiyot Wafula Omondi Kimani Maina Were".split(),
    "gh": "Mensah Owusu Asante Boateng Osei Agyeman Appiah Amoah Ansah Darko Frimpong Gyamfi Addo Tetteh Quaye Acheampong".split(),
    "eg": "Hassan Mohamed Ibrahim Ali Mahmoud Abdelrahman Mostafa Saleh Fathy Gamal Farouk Nasser Adel Samir Hamdy Ezzat Soliman Youssef".split(),
    "br": "Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro Martins Carvalho Almeida Lopes Araujo Barbosa Rocha Cardoso".split(),
    "es": "Garcia Rodriguez Gonzalez Fernandez Lopez Martinez Sanchez Perez Gomez Martin Jimenez Ruiz Hernandez Diaz Moreno Alvarez Romero Torres Ramirez Castro Vargas Rojas".split(),
    "ph": "Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Flores Villanueva Ramos Castillo Aquino DelaCruz Navarro Dizon Manalo Pascual".split(),
    "vn": "Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly".split(),
    "id": "Santoso Wijaya Saputra Hidayat Pratama Kusuma Setiawan Nugroho Wibowo Halim Gunawan Susanto Rahmawati Permana Hakim Siregar".split(),
    "cn": "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo".split(),
    "kr": "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song".split(),
    "jp": "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi".split(),
    "tr": "Yilmaz Kaya Demir Sahin Celik Yildiz Yildirim Ozturk Aydin Ozdemir Arslan Dogan Kilic Aslan Cetin Kara Koc Kurt".split(),
    "za": "Nkosi Dlamini Ndlovu Khumalo Mokoena Botha VanDerMerwe Pretorius Naidoo Smith Mthembu Zulu Sithole Coetzee Jacobs Pillay".split(),
    "sg": "Tan Lim Lee Ng Ong Wong Goh Chua Koh Teo Ang Yeo Rahman Kumar Pillai".split(),
    "nl": "DeJong Jansen DeVries VandenBerg VanDijk Bakker Janssen Visser Smit Meijer DeBoer Mulder DeGroot Bos Vos Peters".split(),
}

STREETS = {
    "us": ["Maple Ave", "Oak St", "Pine Rd", "Cedar Ln", "Elm St", "Washington Blvd", "Lakeview Dr", "Park Ave", "Highland Ave", "Sunset Blvd",
           "Ridge Rd", "Main St", "Willow Way", "Church St", "Hillcrest Dr", "Meadow Ln", "Jefferson St", "Lincoln Ave", "Franklin St", "Grove St"],
    "gb": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Park Road", "Mill Lane", "Queens Road", "King Street", "Albert Road", "London Road"],
    "eu": ["Hauptstrasse", "ul. Marszalkowska", "vul. Shevchenka", "Strada Victoriei", "Bulevar Oslobodjenja", "Rua Augusta", "Calle Mayor", "Kerkstraat",
           "ul. Dluga", "vul. Franka", "Bahnhofstrasse", "Calea Dorobantilor", "Avenida da Liberdade", "Gran Via", "Prinsengracht", "Nevsky pr."],
    "in": ["MG Road", "HSR Layout, Sector 2", "Koramangala 5th Block", "Banjara Hills Road No. 12", "Baner Road", "Anna Salai", "Sector 62", "CG Road",
           "Kakkanad", "Malviya Nagar", "Indiranagar 100 Feet Rd", "Whitefield Main Rd", "Gachibowli", "Viman Nagar"],
    "af": ["Admiralty Way, Lekki Phase 1", "Allen Avenue, Ikeja", "Wuse 2", "Ngong Road", "Kilimani Road", "Oxford Street, Osu", "Ring Road Central",
           "Bodija Estate", "Trans-Amadi", "Westlands Road", "Herbert Macaulay Way", "Ozumba Mbadiwe Ave", "Tahrir St", "Abbas El Akkad St", "Long Street"],
    "la": ["Calle 10", "Carrera 43A", "Av. Insurgentes Sur", "Av. Paulista", "Rua Oscar Freire", "Av. Corrientes", "Calle Florida", "Av. Reforma",
           "Rua da Consolacao", "Av. Santa Fe", "Calle 93", "Av. Chapultepec"],
    "as": ["Nguyen Hue", "Le Loi", "Jl. Sudirman", "Jl. Thamrin", "Ayala Ave", "Katipunan Ave", "Gangnam-daero", "Teheran-ro", "Nanjing Rd", "Shennan Blvd",
           "Orchard Rd", "Sheikh Zayed Rd", "Istiklal Cd.", "Rustaveli Ave", "Durbar Marg", "Gulberg III", "Clifton Block 5", "Dhanmondi Rd 27", "Banani Rd 11"],
}
ADDR_STYLE = {"US": "us", "CA": "us", "GB": "gb", "DE": "eu", "PL": "eu", "UA": "eu", "RO": "eu", "RS": "eu", "PT": "eu", "ES": "eu", "NL": "eu", "RU": "eu",
              "IN": "in", "NP": "in", "NG": "af", "KE": "af", "GH": "af", "EG": "af", "ZA": "af", "BR": "la", "MX": "la", "CO": "la", "AR": "la"}
COUNTRY_NAME = {"US": "USA", "CA": "Canada", "GB": "United Kingdom", "DE": "Germany", "PL": "Poland", "UA": "Ukraine", "RO": "Romania", "RS": "Serbia",
                "IN": "India", "PK": "Pakistan", "BD": "Bangladesh", "NG": "Nigeria", "KE": "Kenya", "GH": "Ghana", "EG": "Egypt", "BR": "Brazil",
                "MX": "Mexico", "CO": "Colombia", "AR": "Argentina", "PH": "Philippines", "VN": "Vietnam", "ID": "Indonesia", "CN": "China",
                "KR": "South Korea", "JP": "Japan", "TR": "Turkey", "AE": "UAE", "PT": "Portugal", "ES": "Spain", "GE": "Georgia", "NP": "Nepal",
                "ZA": "South Africa", "SG": "Singapore", "NL": "Netherlands", "RU": "Russia"}
US_STATE = {"New York": "NY", "Austin": "TX", "San Jose": "CA", "Atlanta": "GA", "Seattle": "WA", "Chicago": "IL", "Phoenix": "AZ", "Nashville": "TN",
            "Denver": "CO", "Miami": "FL", "Raleigh": "NC", "Minneapolis": "MN", "Toronto": "ON", "Vancouver": "BC", "Montreal": "QC", "Calgary": "AB"}

MAIL_GLOBAL = ["gmail.com"] * 10 + ["outlook.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "proton.me"]
MAIL_LOCAL = {"DE": ["gmx.de", "web.de"], "PL": ["wp.pl", "o2.pl", "interia.pl"], "UA": ["ukr.net", "i.ua"], "RU": ["yandex.ru", "mail.ru"],
              "IN": ["rediffmail.com", "yahoo.co.in"], "CN": ["qq.com", "163.com"], "KR": ["naver.com", "daum.net"], "JP": ["yahoo.co.jp"],
              "BR": ["uol.com.br", "bol.com.br"], "GB": ["btinternet.com", "yahoo.co.uk"], "US": ["aol.com", "comcast.net"], "TR": ["yandex.com.tr"]}

# commercial VPN: (provider, hosting owner, asn); exits per country are pools shared by all customers
VPNS = [("Astrill", "Tzulo, Inc.", 11878), ("NordVPN", "Datacamp Limited", 60068), ("ExpressVPN", "M247 Europe SRL", 9009),
        ("Surfshark", "Clouvider Limited", 62240), ("ProtonVPN", "Proton AG", 62371), ("Mullvad", "31173 Services AB", 39351),
        ("Windscribe", "Leaseweb USA, Inc.", 395954)]
VPN_EXIT_COUNTRIES = ["US", "US", "US", "GB", "DE", "NL", "JP", "SG", "CA"]
VPS = [("DigitalOcean, LLC", 14061), ("The Constant Company, LLC (Vultr)", 20473), ("Akamai Connected Cloud (Linode)", 63949), ("OVH SAS", 16276),
       ("Hetzner Online GmbH", 24940), ("Contabo GmbH", 51167), ("Amazon.com, Inc.", 16509)]
CI = [("GitHub Actions", "Microsoft Corporation", 8075, "US"), ("Bitrise", "Google LLC", 396982, "US"), ("Codemagic", "MacStadium, Inc.", 46716, "US"),
      ("Expo EAS", "Google LLC", 15169, "US"), ("CircleCI", "Amazon.com, Inc.", 16509, "US")]
DEVICE_FARMS = [("BrowserStack App Live", "Amazon.com, Inc.", 16509, "US"), ("AWS Device Farm", "Amazon.com, Inc.", 16509, "US"),
                ("Firebase Test Lab", "Google LLC", 15169, "US"), ("Sauce Labs Real Devices", "Sauce Labs Inc", 395354, "US")]

UA_DESKTOP = ["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
              "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
              "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
              "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0",
              "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
              "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.6; rv:133.0) Gecko/20100101 Firefox/133.0",
              "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0"]
UA_MOBILE = ["Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
             "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
             "Mozilla/5.0 (Linux; Android 13; Redmi Note 12) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36",
             "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36"]
UA_UPLOADER = ["HarborUploader/4.2.1 (macOS 14.6; arm64)", "HarborUploader/4.2.1 (macOS 15.1; arm64)", "HarborUploader/4.1.0 (macOS 13.6; x86_64)",
               "harbor-cli/2.8.0 (linux; x64)", "harbor-cli/2.8.0 (darwin; arm64)", "HarborUploader/4.2.1 (Windows 11; x64)"]
UA_OKTA = ["Okta Verify/9.24 (iOS 18.1)", "Okta Verify/9.22 (Android 14)"]

MAC_MODELS = ["MacBookPro18,3", "Mac14,9", "Mac15,6", "MacBookAir10,1", "Mac14,2", "Macmini9,1", "Mac14,3", "Mac14,13 (Mac Studio)"]
WIN_MODELS = ["Dell Latitude 7440", "Lenovo ThinkPad T14 Gen 4", "HP EliteBook 840 G10", "Dell XPS 15 9530", "Lenovo ThinkPad X1 Carbon Gen 11",
              "ASUS ROG Strix G15", "HP ProBook 450 G9", "Acer Aspire 7"]
CLIENT_LAPTOPS = ["MacBookPro18,1", "Mac15,7", "MacBookPro18,3", "Dell Latitude 5440", "Lenovo ThinkPad T14s Gen 4", "HP EliteBook 860 G10"]
DISPLAYS = ["DELL U2723QE", "LG HDR 4K", "DELL P2422H", "LG ULTRAFINE", "Built-in Retina Display", "Color LCD", "HP E24 G5", "SAMSUNG", "BenQ PD2705U",
            "ASUS VG279Q", "LEN T24i-30"]
USB_COMMON = [("Apple Magic Keyboard", "05ac", "029c"), ("Logitech USB Receiver", "046d", "c52b"), ("YubiKey OTP+FIDO+CCID", "1050", "0407"),
              ("USB-C Digital AV Multiport Adapter", "05ac", "1460"), ("Razer DeathAdder V2", "1532", "0084"), ("Logitech BRIO", "046d", "085e"),
              ("Jabra Evolve2 65", "0b0e", "24ef"), ("CalDigit TS3 Plus", "2188", "0611"), ("Anker USB-C Hub", "291a", "8382"),
              ("Samsung Galaxy (MTP)", "04e8", "6860"), ("iPhone", "05ac", "12a8"), ("Pixel 8", "18d1", "4ee1")]
KVM_USB = [("PiKVM Composite Device", "1d6b", "0104"), ("TinyPilot", "1d6b", "0104"), ("JetKVM", "1d6b", "0104"), ("GL.iNet Comet KVM", "1d6b", "0104"),
           ("CH9329 USB HID", "1a86", "e129"), ("ATEN CS1922 KVM", "0557", "2419"), ("MACROSILICON USB Video", "534d", "2109")]
KVM_DISPLAY = ["PiKVM", "TinyPilot", "MS2109", "USB3. 0 capture", "CS1922"]
REMOTE_TOOLS = [("AnyDesk", "7070/tcp"), ("RustDesk", "21118/tcp"), ("TeamViewer", "5938/tcp"), ("remoting_host", None), ("SplashtopStreamer", "6783/tcp"),
                ("ScreenConnect.ClientService", None), ("vncserver", "5900/tcp")]
MSP_TOOLS = [("ScreenConnect.ClientService", None), ("NinjaRMMAgent", None), ("TeamViewer", "5938/tcp"), ("Kaseya.AgentEndpoint", None)]
DEV_PROCS = ["Xcode", "Android Studio", "Simulator", "qemu-system-aarch64", "node", "flutter", "java", "Slack", "zoom.us", "Google Chrome", "Code",
             "Figma", "Docker Desktop", "Postman", "iTerm2", "gradle", "watchman", "Microsoft Teams", "1Password", "Spotify", "Firefox", "Notion"]
SECURITY_PROCS = ["falcond", "SentinelAgent", "Jamf", "intune-agent", "osqueryd", "Kandji Agent"]
VPN_PROCS = {"Astrill": "AstrillVPN", "NordVPN": "NordVPN", "ExpressVPN": "ExpressVPN", "Surfshark": "Surfshark", "ProtonVPN": "ProtonVPN",
             "Mullvad": "mullvad-daemon", "Windscribe": "Windscribe"}
WIFI_HOME = ["NETGEAR{n}", "Xfinity-{n}", "TP-Link_{n}", "ATT{n}", "SpectrumSetup-{n}", "Vodafone-{n}", "FRITZ!Box 7590 {n}", "HUAWEI-{n}", "JioFiber-{n}",
             "MTN-{n}", "ZTE_{n}", "Home_{n}", "VIETTEL_{n}", "PLDTHOMEFIBR{n}", "Tenda_{n}", "Livebox-{n}", "BTHub6-{n}", "Linksys{n}"]
TRAVEL_ROUTERS = ["GL-MT3000-{n}", "GL-AXT1800-{n}", "GL-SFT1200-{n}"]

SKILLS = ["Swift", "SwiftUI", "UIKit", "Kotlin", "Jetpack Compose", "Flutter", "Dart", "React Native", "TypeScript", "Firebase", "GraphQL", "REST APIs",
          "Core Data", "Room", "Combine", "RxSwift", "Coroutines", "Unity", "C#", "In-app purchases", "StoreKit 2", "Google Play Billing", "CI/CD",
          "Fastlane", "Bitrise", "Xcode Cloud", "Realm", "MapKit", "ARKit", "Push notifications", "Accessibility", "Localization", "SQLite", "Node.js",
          "Python", "AWS Amplify", "Supabase", "Stripe SDK", "Lottie", "WebRTC", "Bluetooth LE", "HealthKit", "WidgetKit", "App Clips", "Wear OS"]
APP_WORDS = ["Fit", "Budget", "Recipe", "Habit", "Trail", "Pocket", "Quick", "Smart", "Daily", "Zen", "Note", "Scan", "Photo", "Tutor", "Quiz", "Park",
             "Taxi", "Food", "Shop", "Pet", "Garden", "Sleep", "Focus", "Run", "Lingo", "Chess", "Puzzle", "Block", "Tile", "Farm", "Word", "Crypto",
             "Wallet", "Invoice", "Clinic", "Salon", "Gym", "Tour", "Event", "Church", "School", "Radio", "Loyalty", "Delivery", "Ride"]
APP_TAILS = ["Tracker", "Planner", "Pro", "Lite", "Hub", "Buddy", "Go", "Now", "Kit", "Mate", "Box", "Master", "Quest", "Saga", "Studio", "Plus"]
STUDIO_WORDS = ["Pixel", "Byte", "Nimbus", "Lighthouse", "Harbor", "Orbit", "Maple", "Falcon", "Coral", "Nova", "Atlas", "Cobalt", "Juniper", "Lumen",
                "Summit", "Quartz", "Cedar", "Kite", "Prism", "Echo", "Ember", "Tidal", "Aurora", "Vertex", "Willow", "Sable", "Onyx", "Crimson"]
STUDIO_TAILS = ["Apps", "Labs", "Studio", "Studios", "Mobile", "Digital", "Software", "Interactive", "Games", "Technologies", "Solutions", "Works"]
BUSINESS = ["Pizza", "Dental", "Fitness", "Yoga", "Salon", "Barbers", "Bakery", "Auto Repair", "Church", "Realty", "Pharmacy", "Grill", "Coffee",
            "Taqueria", "Sushi", "Daycare", "Martial Arts", "Pet Care", "Florist", "Car Wash", "Laundry", "Tutoring", "Radio", "Boutique"]
CLIENT_COMPANIES = ["Brightline Health", "Northwind Logistics", "Keystone Insurance", "Bluebird Fintech", "Peregrine Retail", "Cascade Media",
                    "Summit Mobility", "Evergreen Bank", "Trellis Education", "Riverstone Foods", "Halcyon Travel", "Ironclad Security", "Lumos Energy",
                    "Meridian Pharma", "Pioneer Realty", "Quantum Fitness", "Redwood Telecom", "Sapphire Dating", "Tandem Payments", "Union Hospitality",
                    "Vantage Sports", "Westbrook Auto", "Yellowtail Delivery", "Zephyr Wellness", "Atlas Freight", "Beacon Streaming", "Copperleaf Games",
                    "Driftwood Outdoors", "Emberly Kids", "Foxglove Beauty", "Granite Payroll", "Harbor Lights Church Network", "Indigo Parking",
                    "Juno Telehealth", "Kestrel Aviation", "Lattice Crypto", "Monarch Events", "Nautilus Marine", "Oakridge Schools", "Pinnacle Gyms"]
BOOTCAMPS = ["CodePath Mobile", "App Academy", "Andela Learning", "Le Wagon", "Ironhack", "Generation", "ALX Africa", "Coding Dojo", "Turing School",
             "HackYourFuture", "42 School", "Laboratoria", "AltSchool Africa", "Masai School", "Scaler", "Kodluyoruz", "Digital House", "Henry"]
UNIS = ["State University", "Institute of Technology", "Polytechnic", "University of Engineering", "College of Computing"]
