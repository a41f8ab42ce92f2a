"""Reference data for world 42 (Wirepay): names, places, networks, devices, marketplaces."""

# ---- names by origin: first names, last names -------------------------------------------
NAMES = {
    "anglo": (
        "James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark "
        "Steven Paul Andrew Joshua Kevin Brian George Timothy Ryan Jacob Gary Nicholas Eric Jonathan Justin Scott Brandon "
        "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Sandra Ashley Emily "
        "Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca Laura Sharon Cynthia Kathleen Amy Angela Hannah "
        "Olivia Emma Ava Sophia Isabella Mia Abigail Madison Chloe Grace Tyler Austin Dylan Logan Caleb Ethan Noah Liam".split(),
        "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Jackson Martin Thompson White "
        "Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker Nelson Carter Mitchell "
        "Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Murphy Cook Rogers Morgan Peterson "
        "Cooper Reed Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson Brooks Bennett Gray James Hughes Price "
        "Sanders Myers Long Ross Foster Powell Jenkins Perry Russell Sullivan Fisher Henderson Coleman Simmons Patterson "
        "Jordan Reynolds Hamilton Graham Wallace Cole West Owens Marshall Ellis Harrison Gibson McDonald Kennedy Wells".split(),
    ),
    "hispanic": (
        "Jose Luis Carlos Juan Jorge Miguel Pedro Alejandro Diego Fernando Ricardo Eduardo Javier Roberto Manuel Andres "
        "Maria Guadalupe Rosa Ana Carmen Sofia Valentina Camila Lucia Daniela Gabriela Isabel Fernanda Paola Mariana Elena "
        "Adriana Veronica Alejandra Raul Sergio Hector Oscar Rafael Ramon Arturo Enrique Mateo Santiago Emiliano".split(),
        "Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera Gomez Diaz Cruz "
        "Morales Reyes Gutierrez Ortiz Ramos Castillo Jimenez Vargas Romero Herrera Medina Aguilar Castro Mendoza Ruiz "
        "Alvarez Chavez Vasquez Salazar Guerrero Rojas Contreras Dominguez Navarro Soto Delgado Vega Rios Cabrera "
        "Fuentes Carrillo Espinoza Sandoval Figueroa Cortes Juarez Ibarra Pineda Valdez Acosta Campos Nunez".split(),
    ),
    "indian": (
        "Rahul Amit Rajesh Suresh Vikram Arjun Rohan Karthik Sanjay Anil Deepak Manoj Nikhil Pradeep Ravi Sandeep "
        "Priya Anjali Neha Pooja Divya Kavya Sneha Ananya Shreya Lakshmi Meera Swati Aishwarya Ritu Nisha Deepika "
        "Aditya Varun Harsh Kunal Siddharth Abhishek Vivek Gaurav Akash Naveen Srinivas Venkat Prakash Mahesh".split(),
        "Sharma Patel Singh Kumar Gupta Reddy Rao Iyer Nair Menon Joshi Desai Mehta Shah Verma Mishra Agarwal Chopra "
        "Kapoor Malhotra Bhat Kulkarni Pillai Naidu Chaudhary Banerjee Mukherjee Chatterjee Das Bose Ghosh Sen Jain "
        "Pandey Tiwari Saxena Srivastava Thakur Yadav Goswami Hegde Shetty Krishnan Subramanian Raman Venkatesan".split(),
    ),
    "filipino": (
        "Mark John Paul Christian Angelo Carlo Jerome Kenneth Ramon Joel Rodel Arnel Jomar Mary Grace Kristine "
        "Jennifer Maricel Rowena Lovely Joy Princess Angelica Rhea Cherry Janine Camille Nicole Jasmine Aileen Liezel "
        "Jericho Marvin Ronaldo Reynaldo Bong Jun Rommel Gerald Darwin Aljon Mariel Hazel Shiela Rochelle".split(),
        "Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Tomas Andrada Castillo Flores Villanueva Ramos "
        "Castro Rivera Aquino Navarro Salazar Mercado Dela Cruz Manalo Pascual Soriano Dizon Lim Tan Gonzales "
        "Domingo Agustin Valdez Santiago Fernandez Mallari Macaraeg Lacson Panganiban Sarmiento Ignacio Tolentino "
        "Evangelista Buenaventura Magbanua Lagman Cabrera Samonte Dimaculangan".split(),
    ),
    "chinese": (
        "Wei Jing Li Ming Hui Lei Yan Xin Yu Jun Hao Tao Fang Ling Na Qiang Bo Chen Xiaoming Yifan Zihan Haoran "
        "Kevin Jenny Michael Grace Eric Amy David Helen Vincent Cindy Jason Angela Tony Wendy Frank Lily Steven Iris".split(),
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song "
        "Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen".split(),
    ),
    "korean": (
        "Minjun Seojun Jiho Jiwoo Hyun Sungmin Junho Donghyun Jaewon Taeyang Seoyeon Jiyoung Minji Soyeon Eunji "
        "Hyejin Yuna Jisoo Sooah Chaewon Daniel Grace Joseph Esther David Christine Andrew Hannah Brian Julie".split(),
        "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Jeon Hong Yoo Ko Moon "
        "Yang Son Bae Baek Heo Nam Noh".split(),
    ),
    "vietnamese": (
        "Anh Minh Tuan Hung Duc Long Quang Thanh Huy Khanh Linh Trang Huong Lan Mai Thao Ngoc Phuong Hoa Thu "
        "Bao Dung Hai Nam Son Vy Nhung Hanh Loan Tien".split(),
        "Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong Dinh Lam Mai Trinh Ta Luong".split(),
    ),
    "nigerian": (
        "Chinedu Emeka Oluwaseun Tunde Ifeanyi Chukwuemeka Babatunde Segun Obinna Kelechi Uche Adebayo Femi Yusuf "
        "Ngozi Chiamaka Funmilayo Adaeze Blessing Chioma Folake Amaka Yetunde Nneka Aisha Temitope Bukola Ifeoma "
        "Kingsley Samuel Daniel Victor Precious Favour Joy Godwin".split(),
        "Okafor Adeyemi Okonkwo Nwosu Eze Okeke Adebayo Balogun Ogunleye Olawale Chukwu Obi Nnamdi Ibrahim Bello "
        "Abubakar Ogundipe Afolabi Oyelaran Onyekachi Akinola Adewale Uzor Oladipo Nwachukwu Okoro Ogbonna Ojo "
        "Adeleke Ezeh Anyanwu Salami Ayodele Fashola".split(),
    ),
    "slavic": (
        "Oleksandr Dmytro Andriy Serhiy Mykola Volodymyr Ivan Yuriy Taras Bohdan Maksym Artem Denys Vitaliy Pavlo "
        "Olena Iryna Tetiana Natalia Oksana Yulia Kateryna Anastasia Svitlana Maria Viktoria Daria Alina Sofia "
        "Aleksandr Dmitry Sergei Alexei Nikolai Elena Olga Anna Marina Ekaterina".split(),
        "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Boyko Melnyk Oliynyk Koval Moroz Lysenko Marchenko "
        "Savchenko Rudenko Petrenko Kuzmenko Pavlenko Ponomarenko Levchenko Hrytsenko Ivanov Petrov Smirnov Volkov "
        "Sokolov Popov Novak Kowalski Wisniewski Kaminski Lewandowski Zielinski Szymanski Wozniak Dabrowski".split(),
    ),
    "pakistani": (
        "Muhammad Ahmed Ali Hassan Usman Bilal Hamza Faisal Imran Kashif Zeeshan Adnan Asad Saad Waqas Farhan "
        "Ayesha Fatima Sana Hira Zainab Maryam Amna Mahnoor Iqra Rabia Sadia Nida Saba Mehwish".split(),
        "Khan Ahmed Malik Hussain Qureshi Sheikh Butt Chaudhry Raza Iqbal Akhtar Siddiqui Mirza Abbasi Baig Javed "
        "Shah Rana Aslam Ansari Hashmi Zaidi Rizvi Naqvi Bhatti Awan Cheema Gill Tariq Latif".split(),
    ),
    "arabic": (
        "Mohamed Ahmed Mahmoud Mostafa Omar Khaled Youssef Karim Tarek Amr Hossam Sherif Hany Walid Islam Nour "
        "Mariam Yasmin Salma Aya Rana Dina Heba Mona Rania Fatma Esraa Shaimaa Nada Reem".split(),
        "Hassan Ibrahim Mahmoud Ali Mohamed Abdelrahman Mostafa Saleh Fathy Gamal Farouk Nasser Mansour Hamdy "
        "Soliman Youssef Kamal Zaki Salem Shawky Ragab Adel Rashad Sabry Helmy Othman Tawfik Badawi Eid Attia".split(),
    ),
    "kenyan": (
        "Brian Kevin Dennis Collins Victor Felix Peter James Samuel Joseph Faith Mercy Grace Esther Ruth Caroline "
        "Purity Winnie Sharon Joyce Wanjiru Njeri Akinyi Atieno Kiprono Kipchoge Otieno Omondi Mwangi Kamau".split(),
        "Mwangi Otieno Kamau Wanjiku Ochieng Kiprop Mutua Kariuki Njoroge Odhiambo Wambui Chebet Kimani Maina "
        "Onyango Nyambura Muriuki Wafula Barasa Kibet Korir Rotich Langat Macharia Gitau Owino Achieng Mugo".split(),
    ),
    "brazilian": (
        "Lucas Gabriel Matheus Pedro Rafael Guilherme Felipe Bruno Thiago Gustavo Leonardo Rodrigo Vinicius "
        "Ana Julia Mariana Beatriz Larissa Camila Leticia Amanda Bruna Fernanda Juliana Aline Vanessa Patricia".split(),
        "Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro Martins Carvalho "
        "Almeida Lopes Soares Fernandes Vieira Barbosa Rocha Dias Nascimento Andrade Moreira Nunes Marques Mendes".split(),
    ),
    "bangladeshi": (
        "Rafiq Shakib Tanvir Arif Mahmud Rakib Sabbir Nayeem Fahim Tanim Sohel Jahid Nusrat Farhana Sumaiya "
        "Tasnim Sharmin Nasrin Rumana Sadia Mim Tania Riya Jannat".split(),
        "Rahman Hossain Islam Ahmed Uddin Chowdhury Miah Alam Haque Karim Sarkar Akter Begum Sultana Khatun "
        "Talukder Mondal Sheikh Bhuiyan Siddique Kabir Hasan Biswas Roy Das".split(),
    ),
}
MIDDLE = "A B C D E F G H J K L M N P R S T V W".split()

# ---- places: country -> list of cities (city, region, tz name, utc offset h, postal prefix, us area codes) --------
CITIES = {
    "US": [
        ("New York", "NY", "America/New_York", -4, "100", [212, 646, 917, 347, 718]),
        ("Brooklyn", "NY", "America/New_York", -4, "112", [718, 347, 929]),
        ("Los Angeles", "CA", "America/Los_Angeles", -7, "900", [213, 310, 323, 424, 818]),
        ("San Francisco", "CA", "America/Los_Angeles", -7, "941", [415, 628]),
        ("San Jose", "CA", "America/Los_Angeles", -7, "951", [408, 669]),
        ("Seattle", "WA", "America/Los_Angeles", -7, "981", [206, 425]),
        ("Chicago", "IL", "America/Chicago", -5, "606", [312, 773, 872]),
        ("Houston", "TX", "America/Chicago", -5, "770", [713, 281, 832]),
        ("Dallas", "TX", "America/Chicago", -5, "752", [214, 469, 972]),
        ("Austin", "TX", "America/Chicago", -5, "787", [512, 737]),
        ("Atlanta", "GA", "America/New_York", -4, "303", [404, 470, 678]),
        ("Miami", "FL", "America/New_York", -4, "331", [305, 786]),
        ("Orlando", "FL", "America/New_York", -4, "328", [407, 689]),
        ("Phoenix", "AZ", "America/Phoenix", -7, "850", [602, 480, 623]),
        ("Denver", "CO", "America/Denver", -6, "802", [303, 720]),
        ("Boston", "MA", "America/New_York", -4, "021", [617, 857]),
        ("Philadelphia", "PA", "America/New_York", -4, "191", [215, 267]),
        ("Charlotte", "NC", "America/New_York", -4, "282", [704, 980]),
        ("Nashville", "TN", "America/Chicago", -5, "372", [615, 629]),
        ("Minneapolis", "MN", "America/Chicago", -5, "554", [612]),
        ("Detroit", "MI", "America/Detroit", -4, "482", [313]),
        ("Columbus", "OH", "America/New_York", -4, "432", [614]),
        ("Portland", "OR", "America/Los_Angeles", -7, "972", [503, 971]),
        ("Las Vegas", "NV", "America/Los_Angeles", -7, "891", [702, 725]),
        ("Salt Lake City", "UT", "America/Denver", -6, "841", [801, 385]),
        ("Jacksonville", "FL", "America/New_York", -4, "322", [904]),
        ("Richmond", "VA", "America/New_York", -4, "232", [804]),
        ("Baltimore", "MD", "America/New_York", -4, "212", [410, 443]),
        ("St. Louis", "MO", "America/Chicago", -5, "631", [314]),
        ("Raleigh", "NC", "America/New_York", -4, "276", [919, 984]),
    ],
    "CA": [("Toronto", "ON", "America/Toronto", -4, "M5V", [416, 647]), ("Vancouver", "BC", "America/Vancouver", -7, "V6B", [604, 778]),
           ("Montreal", "QC", "America/Toronto", -4, "H2X", [514, 438]), ("Calgary", "AB", "America/Edmonton", -6, "T2P", [403, 587])],
    "GB": [("London", "", "Europe/London", 1, "E1", []), ("Manchester", "", "Europe/London", 1, "M1", []), ("Birmingham", "", "Europe/London", 1, "B1", [])],
    "PH": [("Quezon City", "Metro Manila", "Asia/Manila", 8, "11", []), ("Cebu City", "Cebu", "Asia/Manila", 8, "60", []),
           ("Davao City", "Davao", "Asia/Manila", 8, "80", []), ("Makati", "Metro Manila", "Asia/Manila", 8, "12", [])],
    "IN": [("Bengaluru", "KA", "Asia/Kolkata", 5.5, "560", []), ("Hyderabad", "TS", "Asia/Kolkata", 5.5, "500", []),
           ("Pune", "MH", "Asia/Kolkata", 5.5, "411", []), ("Chennai", "TN", "Asia/Kolkata", 5.5, "600", []),
           ("New Delhi", "DL", "Asia/Kolkata", 5.5, "110", []), ("Kolkata", "WB", "Asia/Kolkata", 5.5, "700", [])],
    "PK": [("Lahore", "Punjab", "Asia/Karachi", 5, "54", []), ("Karachi", "Sindh", "Asia/Karachi", 5, "75", []), ("Islamabad", "ICT", "Asia/Karachi", 5, "44", [])],
    "NG": [("Lagos", "Lagos", "Africa/Lagos", 1, "100", []), ("Abuja", "FCT", "Africa/Lagos", 1, "900", []), ("Port Harcourt", "Rivers", "Africa/Lagos", 1, "500", [])],
    "UA": [("Kyiv", "", "Europe/Kyiv", 3, "01", []), ("Lviv", "", "Europe/Kyiv", 3, "79", []), ("Kharkiv", "", "Europe/Kyiv", 3, "61", [])],
    "KE": [("Nairobi", "", "Africa/Nairobi", 3, "00", []), ("Mombasa", "", "Africa/Nairobi", 3, "80", [])],
    "BR": [("Sao Paulo", "SP", "America/Sao_Paulo", -3, "01", []), ("Rio de Janeiro", "RJ", "America/Sao_Paulo", -3, "20", []), ("Curitiba", "PR", "America/Sao_Paulo", -3, "80", [])],
    "BD": [("Dhaka", "", "Asia/Dhaka", 6, "12", []), ("Chattogram", "", "Asia/Dhaka", 6, "40", [])],
    "EG": [("Cairo", "", "Africa/Cairo", 3, "11", []), ("Alexandria", "", "Africa/Cairo", 3, "21", [])],
    "VN": [("Ho Chi Minh City", "", "Asia/Ho_Chi_Minh", 7, "70", []), ("Hanoi", "", "Asia/Bangkok", 7, "10", [])],
    "MX": [("Mexico City", "CDMX", "America/Mexico_City", -6, "06", []), ("Guadalajara", "JAL", "America/Mexico_City", -6, "44", [])],
    "PL": [("Warsaw", "", "Europe/Warsaw", 2, "00", []), ("Krakow", "", "Europe/Warsaw", 2, "30", [])],
    "DE": [("Berlin", "", "Europe/Berlin", 2, "10", []), ("Munich", "", "Europe/Berlin", 2, "80", [])],
    "RS": [("Belgrade", "", "Europe/Belgrade", 2, "11", []), ("Novi Sad", "", "Europe/Belgrade", 2, "21", [])],
    "AE": [("Dubai", "", "Asia/Dubai", 4, "00", [])],
    "KR": [("Seoul", "", "Asia/Seoul", 9, "04", [])],
    "CN": [("Shanghai", "", "Asia/Shanghai", 8, "20", []), ("Shenzhen", "", "Asia/Shanghai", 8, "51", [])],
    "PT": [("Lisbon", "", "Europe/Lisbon", 1, "11", [])],
    "ES": [("Barcelona", "", "Europe/Madrid", 2, "08", [])],
    "CO": [("Medellin", "", "America/Bogota", -5, "05", [])],
    "TH": [("Bangkok", "", "Asia/Bangkok", 7, "10", [])],
}
COUNTRY_NAME = {"US": "USA", "CA": "Canada", "GB": "United Kingdom", "PH": "Philippines", "IN": "India", "PK": "Pakistan",
                "NG": "Nigeria", "UA": "Ukraine", "KE": "Kenya", "BR": "Brazil", "BD": "Bangladesh", "EG": "Egypt",
                "VN": "Vietnam", "MX": "Mexico", "PL": "Poland", "DE": "Germany", "RS": "Serbia", "AE": "UAE",
                "KR": "South Korea", "CN": "China", "PT": "Portugal", "ES": "Spain", "CO": "Colombia", "TH": "Thailand"}
ORIGIN_OF = {"US": ["anglo"] * 6 + ["hispanic"] * 2 + ["indian", "chinese", "korean", "vietnamese", "nigerian", "slavic", "arabic", "filipino"],
             "CA": ["anglo"] * 4 + ["indian", "chinese", "korean", "filipino", "slavic", "pakistani"],
             "GB": ["anglo"] * 5 + ["indian", "pakistani", "nigerian", "slavic", "bangladeshi"],
             "PH": ["filipino"], "IN": ["indian"], "PK": ["pakistani"], "NG": ["nigerian"], "UA": ["slavic"], "KE": ["kenyan"],
             "BR": ["brazilian"], "BD": ["bangladeshi"], "EG": ["arabic"], "VN": ["vietnamese"], "MX": ["hispanic"],
             "PL": ["slavic"], "DE": ["anglo", "slavic", "arabic"], "RS": ["slavic"], "AE": ["arabic", "indian", "pakistani", "filipino"],
             "KR": ["korean"], "CN": ["chinese"], "PT": ["brazilian", "anglo"], "ES": ["hispanic"], "CO": ["hispanic"], "TH": ["anglo"]}
HERITAGE_KEYBOARD = {"korean": "ko-KR", "chinese": "zh-CN", "vietnamese": "vi-VN", "slavic": "uk-UA", "indian": "hi-IN",
                     "arabic": "ar-EG", "hispanic": "es-MX", "filipino": "fil-PH", "pakistani": "ur-PK", "bangladeshi": "bn-BD",
                     "brazilian": "pt-BR", "nigerian": "yo-NG"}
HERITAGE_HOME = {"korean": "KR", "chinese": "CN", "vietnamese": "VN", "slavic": "UA", "indian": "IN", "arabic": "EG",
                 "hispanic": "MX", "filipino": "PH", "pakistani": "PK", "bangladeshi": "BD", "brazilian": "BR", "nigerian": "NG"}
LOCAL_KEYBOARD = {"US": "en-US", "CA": "en-CA", "GB": "en-GB", "PH": "en-PH", "IN": "en-IN", "PK": "en-US", "NG": "en-NG",
                  "UA": "uk-UA", "KE": "en-US", "BR": "pt-BR", "BD": "en-US", "EG": "ar-EG", "VN": "vi-VN", "MX": "es-MX",
                  "PL": "pl-PL", "DE": "de-DE", "RS": "sr-RS", "AE": "en-US", "KR": "ko-KR", "CN": "zh-CN", "PT": "pt-PT",
                  "ES": "es-ES", "CO": "es-CO", "TH": "th-TH"}

STREETS = ("Maple Oak Pine Cedar Elm Washington Lincoln Jefferson Park Lake Hill Sunset River Highland Madison Franklin "
           "Chestnut Walnut Spruce Willow Birch Magnolia Dogwood Cherry Jackson Adams Monroe Grant Church Spring Meadow "
           "Forest Ridge Valley Prospect Union Mill Center Broad Market School Railroad Bridge Harbor Orchard Laurel "
           "Hawthorn Juniper Sycamore Aspen Poplar Holly Ivy Vine Rosewood Fairview Glenwood Lakeview Riverside Woodland "
           "Greenway Kingston Canterbury Brookside Clearwater Summit Heritage Liberty Independence Pioneer Frontier").split()
STREET_SUFFIX = "St Ave Rd Blvd Dr Ln Ct Way Pl Ter".split()
INTL_STREETS = ("Rizal Mabini Bonifacio Luna Gandhi Nehru Tagore Station Market Church Ring Central Garden Lake Palm Mango "
                "Independence Unity Freedom Victoria Shevchenko Franka Khreshchatyk Jinnah Iqbal Liberty Allama Awolowo Adeola "
                "Moi Kenyatta Ngong Paulista Augusta Flores Tahrir Nile Pyramids Nguyen Hue Le Loi Tran Hung Dao Marszalkowska "
                "Florianska Knez Mihailova Terazije Juarez Reforma Insurgentes Mirpur Gulshan Dhanmondi Banani").split()

# ---- networks: key -> (owner, asn, country, prefixes "a.b") ---------------------------------------------------
RESIDENTIAL = {
    "US": [("Comcast Cable Communications, LLC", 7922, ["73.12", "73.45", "24.118", "98.207", "76.104", "67.160", "50.174"]),
           ("Charter Communications Inc", 20115, ["70.120", "66.91", "97.93", "174.108", "71.84"]),
           ("Verizon Business", 701, ["71.191", "108.28", "100.36", "173.56"]),
           ("AT&T Services, Inc.", 7018, ["99.104", "107.204", "104.182", "75.10"]),
           ("Cox Communications Inc.", 22773, ["68.101", "70.176", "98.174"]),
           ("CenturyLink Communications, LLC", 209, ["71.208", "97.118", "75.166"]),
           ("Frontier Communications", 5650, ["47.144", "50.39"])],
    "CA": [("Rogers Communications Canada Inc.", 812, ["99.224", "174.112"]), ("Bell Canada", 577, ["142.114", "70.50"]), ("Shaw Communications Inc.", 6327, ["68.144", "24.64"])],
    "GB": [("British Telecommunications PLC", 2856, ["86.128", "81.152"]), ("Virgin Media Limited", 5089, ["82.20", "86.0"]), ("Sky UK Limited", 5607, ["90.192", "2.96"])],
    "PH": [("PLDT Inc.", 9299, ["112.198", "112.200", "120.28"]), ("Converge ICT Solutions Inc.", 17639, ["136.158", "175.176"])],
    "IN": [("Bharti Airtel Ltd.", 24560, ["122.171", "106.51"]), ("ACT Fibernet", 24309, ["49.207", "106.206"]), ("Reliance Jio Infocomm Limited", 55836, ["49.36", "157.32"])],
    "PK": [("Pakistan Telecommuication company limited", 17557, ["39.32", "119.160"]), ("Nayatel", 23674, ["110.93"])],
    "NG": [("Spectranet Limited", 37340, ["105.112"]), ("MainOne", 37282, ["41.75"])],
    "UA": [("Kyivstar PJSC", 15895, ["46.211", "93.72"]), ("Volia", 25229, ["93.75", "77.121"])],
    "KE": [("Safaricom Limited", 33771, ["105.160"]), ("Zuku", 15808, ["197.237"])],
    "BR": [("Claro NXT", 28573, ["177.94", "189.62"]), ("Vivo", 18881, ["177.139", "187.4"])],
    "BD": [("Link3 Technologies Ltd.", 23688, ["103.4", "103.15"]), ("Carnival Internet", 63932, ["103.159"])],
    "EG": [("TE Data", 8452, ["41.43", "156.193"])],
    "VN": [("Viettel Group", 7552, ["27.72", "116.110"]), ("VNPT Corp", 45899, ["113.161", "14.161"])],
    "MX": [("Telmex", 8151, ["187.188", "189.203"])],
    "PL": [("Orange Polska", 5617, ["83.24", "89.64"])],
    "DE": [("Deutsche Telekom AG", 3320, ["87.150", "91.40"])],
    "RS": [("Telekom Srbija", 8400, ["109.92", "178.149"])],
    "AE": [("Emirates Telecommunications Corporation", 5384, ["94.56", "86.97"])],
    "KR": [("Korea Telecom", 4766, ["121.134", "175.223"])],
    "CN": [("China Telecom", 4134, ["180.158", "116.228"])],
    "PT": [("MEO", 3243, ["85.243"])],
    "ES": [("Telefonica de Espana", 3352, ["83.45"])],
    "CO": [("Claro Colombia", 10620, ["181.51"])],
    "TH": [("True Internet", 7470, ["171.96"])],
}
MOBILE_CGNAT = {  # carrier NAT pools: (owner, asn, prefixes, addresses per metro)
    "US": [("T-Mobile USA, Inc.", 21928, ["172.56", "172.58"], 40), ("Verizon Wireless", 6167, ["174.204", "174.215"], 40),
           ("AT&T Mobility LLC", 20057, ["166.196", "166.205"], 30)],
    "CA": [("Rogers Wireless", 812, ["72.143"], 12)], "GB": [("EE Limited", 12576, ["31.94"], 12)],
    "PH": [("Globe Telecom Inc.", 132199, ["49.145", "124.6"], 10), ("Smart Communications", 10139, ["110.54"], 10)],
    "IN": [("Reliance Jio Infocomm Limited", 55836, ["49.37", "106.193"], 12), ("Bharti Airtel Mobile", 45609, ["223.182"], 10)],
    "PK": [("Jazz (Mobilink)", 45669, ["39.50"], 8)], "NG": [("MTN Nigeria", 29465, ["102.88"], 8), ("Airtel Nigeria", 36873, ["105.113"], 6)],
    "UA": [("Kyivstar Mobile", 15895, ["176.36"], 6)], "KE": [("Safaricom Mobile", 33771, ["41.90"], 8)],
    "BR": [("TIM Brasil", 26615, ["179.240"], 8)], "BD": [("Grameenphone", 24389, ["37.111"], 8)], "EG": [("Vodafone Egypt", 36935, ["41.233"], 6)],
    "VN": [("Viettel Mobile", 7552, ["171.224"], 8)], "MX": [("Telcel", 28403, ["189.216"], 6)], "PL": [("Play", 39603, ["37.248"], 4)],
    "DE": [("Vodafone GmbH", 3209, ["94.134"], 4)], "RS": [("A1 Srbija", 44143, ["77.243"], 3)], "AE": [("du", 15802, ["5.30"], 4)],
    "KR": [("SK Telecom", 9644, ["223.38"], 4)], "CN": [("China Mobile", 9808, ["117.136"], 6)], "PT": [("Vodafone Portugal", 12353, ["94.62"], 3)],
    "ES": [("Orange Espagne", 12479, ["88.30"], 3)], "CO": [("Tigo", 27831, ["191.95"], 3)], "TH": [("AIS", 45758, ["49.228"], 3)],
}
VPN_PROVIDERS = [("NordVPN (Tefincom S.A.)", 212238, ["185.236", "146.70"]), ("ExpressVPN", 9009, ["149.34", "45.87"]),
                 ("Proton AG", 209103, ["149.88", "185.159"]), ("Surfshark", 16247, ["212.102"]),
                 ("Mullvad VPN AB", 39351, ["193.138"]), ("Private Internet Access", 46562, ["181.214"])]
ASTRILL = ("Astrill Systems", 49532, ["104.251", "45.141"])
VPS = [("DigitalOcean, LLC", 14061, ["159.203", "167.71", "143.198"]), ("The Constant Company (Vultr)", 20473, ["45.77", "149.28", "66.42"]),
       ("Akamai Connected Cloud (Linode)", 63949, ["172.105", "45.79"]), ("OVH SAS", 16276, ["51.79", "147.135"]),
       ("Hetzner Online GmbH", 24940, ["5.161", "88.198"])]
RESI_PROXY = [("Comcast Cable Communications, LLC", 7922, ["73.220", "68.50"]), ("Charter Communications Inc", 20115, ["47.34", "75.190"]),
              ("AT&T Services, Inc.", 7018, ["76.212", "12.74"]), ("Verizon Business", 701, ["72.68", "98.116"])]
BASES = {  # DPRK team bases and their local networks
    "Shenyang": ("CN", "China Unicom Liaoning", 4837, ["113.224", "175.166"], 8, "Asia/Shanghai"),
    "Dandong": ("CN", "China Unicom Liaoning", 4837, ["60.22", "218.61"], 8, "Asia/Shanghai"),
    "Vladivostok": ("RU", "Rostelecom", 12389, ["95.167", "217.150"], 10, "Asia/Vladivostok"),
    "Vientiane": ("LA", "Lao Telecom", 9873, ["115.84", "202.137"], 7, "Asia/Vientiane"),
    "Pyongyang": ("KP", "Star Joint Venture Co. Ltd.", 131279, ["175.45"], 9, "Asia/Pyongyang"),
}
UNIVERSITIES = [("University of Texas at Austin", "utexas.edu", "Austin", 18, ["128.83"]), ("Ohio State University", "osu.edu", "Columbus", 600, ["164.107"]),
                ("University of Washington", "uw.edu", "Seattle", 73, ["128.95"]), ("Arizona State University", "asu.edu", "Phoenix", 2519, ["129.219"]),
                ("University of Michigan", "umich.edu", "Detroit", 36375, ["141.211"]), ("Georgia Institute of Technology", "gatech.edu", "Atlanta", 2637, ["128.61"]),
                ("University of Florida", "ufl.edu", "Jacksonville", 6356, ["128.227"]), ("Boston University", "bu.edu", "Boston", 111, ["128.197"]),
                ("University of Illinois Chicago", "uic.edu", "Chicago", 6200, ["131.193"]), ("UCLA", "ucla.edu", "Los Angeles", 52, ["164.67"])]

# ---- devices -----------------------------------------------------------------------------------------------
PHONES_ANDROID = ["samsung SM-A546B", "samsung SM-S911U", "samsung SM-A156E", "Xiaomi Redmi Note 13", "Xiaomi 23129RAA4G",
                  "Google Pixel 8", "Google Pixel 7a", "motorola moto g play 2023", "OPPO CPH2591", "vivo V2318", "realme RMX3834",
                  "TECNO KJ5", "Infinix X6833B", "OnePlus CPH2581", "Nokia G42 5G"]
PHONES_IOS = ["iPhone15,2", "iPhone14,5", "iPhone14,7", "iPhone13,2", "iPhone16,1", "iPhone12,8", "iPad13,18"]
EMULATORS = ["Google sdk_gphone64_x86_64", "BlueStacks HD-Player", "Genymotion Google Pixel 3 (emulated)", "LDPlayer ASUS_Z01QD"]
UA_WEB = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36 Edg/127.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
]
UA_APP = ["Wirepay/6.{v} (Android {a}; {m})", "Wirepay/6.{v} (iOS {a}; {m})"]
UA_MAIL_APP = ["Outlook-Android/2.2.{v}", "Outlook-iOS/2.0.{v}", "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.{v}; Pro)"]

# ---- money ---------------------------------------------------------------------------------------------------
MARKETPLACES = ["Upwork", "Fiverr", "Freelancer.com", "Toptal", "Deel", "Remote.com", "Amazon Seller Central", "Etsy",
                "99designs", "PeoplePerHour", "Guru", "Airbnb Payouts"]
DEV_MARKETPLACES = ["Upwork", "Freelancer.com", "Toptal", "Deel", "Remote.com", "Guru"]
CURRENCY = {"US": "USD", "CA": "CAD", "GB": "GBP", "PH": "PHP", "IN": "INR", "PK": "PKR", "NG": "NGN", "UA": "UAH", "KE": "KES",
            "BR": "BRL", "BD": "BDT", "EG": "EGP", "VN": "VND", "MX": "MXN", "PL": "PLN", "DE": "EUR", "RS": "RSD", "AE": "AED",
            "KR": "KRW", "CN": "CNY", "PT": "EUR", "ES": "EUR", "CO": "COP", "TH": "THB"}
BANKS = {"US": ["CHASE", "BOFA", "WELLS", "CITI", "USBANK", "PNC", "TRUIST", "CAPONE", "NAVYFED", "ALLY", "CHIME"],
         "PH": ["BDO", "BPI", "METROBANK", "GCASH"], "IN": ["HDFC", "ICICI", "SBI", "AXIS", "KOTAK"], "PK": ["HBL", "MEEZAN", "UBL"],
         "NG": ["GTBANK", "ZENITH", "ACCESS", "KUDA"], "UA": ["PRIVAT", "MONOBANK"], "KE": ["EQUITY", "KCB", "MPESA"],
         "BR": ["ITAU", "NUBANK", "BRADESCO"], "BD": ["BRAC", "DBBL", "BKASH"], "EG": ["CIB", "NBE", "QNB"], "VN": ["VCB", "TECHCOMBANK"],
         "MX": ["BBVA", "BANORTE"], "GB": ["BARCLAYS", "HSBC", "MONZO"], "CA": ["RBC", "TD"], "PL": ["PKO", "MBANK"], "DE": ["DKB", "N26"],
         "RS": ["INTESA", "RAIFFEISEN"], "AE": ["ENBD", "ADCB"], "KR": ["KOOKMIN", "SHINHAN"], "CN": ["ICBC", "BOC"], "PT": ["MILLENNIUM"],
         "ES": ["SANTANDER"], "CO": ["BANCOLOMBIA"], "TH": ["KBANK"]}
SKILLS = ["web development", "mobile apps", "data entry", "virtual assistance", "graphic design", "video editing",
          "copywriting", "translation", "SEO", "bookkeeping", "customer support", "QA testing", "DevOps", "blockchain development",
          "React development", "Python development", "illustration", "voice over", "social media management", "3D modeling"]
BUSINESS_WORDS = ["Bright", "Summit", "Blue", "North", "Pixel", "Nimbus", "Harbor", "Cedar", "Atlas", "Vertex", "Lumen", "Orbit",
                  "Kite", "Granite", "Willow", "Copper", "Signal", "Maple", "Apex", "Echo", "Meridian", "Beacon", "Juniper", "Falcon"]
BUSINESS_TAILS = ["Digital", "Labs", "Studio", "Solutions", "Media", "Consulting", "Works", "Creative", "Tech", "Partners",
                  "Outsourcing", "Ventures", "Analytics", "Design Co", "Commerce", "Supply"]
MAIL_FORWARDERS = [("US Global Mail", "7111 Cedar Crest Rd", "Houston", "TX", "77045"),
                   ("Anytime Mailbox", "2810 N Church St", "Wilmington", "DE", "19802"),
                   ("Traveling Mailbox", "1517 N Point Rd", "Baltimore", "MD", "21224"),
                   ("Escapia Mail", "2400 Gulf Fwy", "Houston", "TX", "77023")]
