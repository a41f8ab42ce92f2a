"""Reference data for blind world 20 (Taskgrid): countries, names, networks, payout rails, devices.

Everything here is public-knowledge flavour (real ASNs and carrier names, common street names,
common given names and surnames); IP prefixes are drawn per run from ordinary unicast space.
"""

# ---------------------------------------------------------------------------------------------
# Name pools (given names mixed gender, surnames).  Several pools per country where the population
# is mixed (the US has Korean-, Chinese-, Indian-, Hispanic- and African-American workers).
# ---------------------------------------------------------------------------------------------
NAMES = {
    "us": ("James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph "
           "Jessica Thomas Sarah Chris Karen Daniel Nancy Matthew Lisa Anthony Betty Mark Ashley Donald Emily Steven "
           "Kimberly Paul Michelle Andrew Amanda Joshua Melissa Kevin Stephanie Brian Rebecca Ryan Laura Jacob Megan "
           "Tyler Hannah Brandon Rachel Justin Kayla Aaron Lauren Nathan Olivia Kyle Brittany Eric Samantha Adam Taylor",
           "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson Thompson "
           "White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker Nelson Carter "
           "Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Murphy Cook Rogers "
           "Morgan Cooper Peterson Reed Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson Brooks Bennett Gray "
           "Hughes Price Sanders Myers Long Ross Foster Powell Jenkins Perry Russell Sullivan Fisher Hayes Graham"),
    "us_hisp": ("Jose Maria Luis Ana Carlos Sofia Juan Isabella Miguel Camila Jorge Valeria Alejandro Daniela Diego "
                "Gabriela Javier Andrea Ricardo Lucia Fernando Paola Eduardo Adriana Roberto Veronica",
                "Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera Gomez Diaz "
                "Reyes Cruz Morales Ortiz Gutierrez Chavez Ramos Ruiz Mendoza Alvarez Castillo Jimenez Vasquez Romero"),
    "us_black": ("DeShawn Aaliyah Jamal Imani Malik Jasmine Darnell Keisha Terrence Ebony Marcus Tiana Andre Brianna "
                 "Jerome Destiny Tyrone Monique Cedric Shanice",
                 "Washington Jefferson Jackson Johnson Williams Brown Robinson Harris Coleman Banks Freeman Simmons Bryant "
                 "Alexander Griffin Hayes Wallace Dixon Gaines Holloway"),
    "us_korean": ("Daniel Grace David Esther Joseph Sarah Paul Hannah Andrew Rachel Jason Christine Kevin Jennifer "
                  "Brian Michelle Eugene Susan Min-jun Ji-woo Seo-yeon Hyun-woo",
                  "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Seo Kwon Hwang Ahn Song Yoo Hong Jeon"),
    "us_chinese": ("Kevin Amy Jason Emily Eric Vivian Brian Grace Andy Helen Jeffrey Cindy Wei Mei Jun Lin Tony Angela "
                   "Henry Jenny",
                   "Chen Wang Li Zhang Liu Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Lin Guo He Gao Luo Zheng Liang Chan "
                   "Wong Lau Cheung Ng"),
    "us_indian": ("Priya Rahul Ananya Arjun Deepa Vikram Sneha Rohan Kavya Amit Pooja Sanjay Neha Raj Divya Karthik",
                  "Patel Shah Sharma Reddy Iyer Nair Gupta Rao Kumar Desai Mehta Joshi Menon Pillai Krishnan"),
    "ph": ("Jose Maria Juan Ana Mark Kristine John Mary Grace Michael Angelica Jerome Jasmine Ronald Princess "
           "Christian Rowena Jericho Lovely Renz Mary Joy Kenneth Rhea Arnel Marites Joel Cherry Aldrin Joanna",
           "Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Tomas Andrada Castillo Flores Villanueva Ramos "
           "Castro Rivera Aquino Navarro Salazar Mercado Dela Cruz De Leon Pascual Manalo Soriano Gonzales Aguilar "
           "Lim Tan Dizon Domingo Lacson Macaraeg"),
    "ke": ("Brian Faith Kevin Mercy Dennis Esther Collins Purity Victor Winnie Felix Naomi Kelvin Sharon Dennis Caroline "
           "Evans Lydia Stephen Joy Wanjiru Achieng Otieno Kipchoge Mwangi Njeri Wambui Omondi Cheruiyot Akinyi",
           "Mwangi Otieno Kamau Ochieng Wanjiku Kiprono Njoroge Odhiambo Mutua Kariuki Kimani Wafula Chebet Korir "
           "Omondi Owino Maina Githinji Njeri Kiptoo Were Nyambura Musyoka Onyango"),
    "ng": ("Chinedu Ngozi Emeka Aisha Tunde Funmilayo Olumide Chiamaka Ibrahim Blessing Segun Adaeze Yusuf Folake "
           "Kelechi Amaka Babajide Zainab Obinna Temitope Uche Halima Femi Oluwaseun Ifeanyi Bukola",
           "Okafor Adeyemi Ibrahim Okonkwo Bello Eze Adebayo Nwosu Abubakar Ogunleye Obi Balogun Chukwu Afolabi "
           "Onyeka Lawal Ogbonna Adewale Musa Okoro Olawale Danjuma Nnamdi Akinola"),
    "in": ("Rahul Priya Amit Pooja Suresh Anjali Vijay Kavita Rohit Neha Arjun Divya Ravi Sunita Manoj Deepika "
           "Sandeep Sneha Karthik Lakshmi Abhishek Swati Harish Meena Gaurav Nisha Aditya Shreya Venkat Bhavana",
           "Sharma Verma Gupta Singh Kumar Patel Reddy Iyer Nair Rao Joshi Mishra Yadav Das Chatterjee Banerjee "
           "Pillai Menon Agarwal Shah Desai Kulkarni Naidu Pandey Tiwari Saxena Bhat Chauhan Mehta Ghosh"),
    "pk": ("Muhammad Ayesha Ali Fatima Ahmed Sana Usman Hira Bilal Maryam Hamza Zainab Imran Amna Faisal Rabia "
           "Hassan Iqra Zubair Sidra Kamran Mehwish",
           "Khan Ahmed Ali Hussain Malik Butt Chaudhry Raza Iqbal Shah Qureshi Sheikh Siddiqui Abbasi Mirza Awan "
           "Javed Akhtar Bhatti Rana"),
    "bd": ("Mohammad Fatema Abdul Nusrat Rafiq Tahmina Kamal Sharmin Arif Rumana Sajid Farzana Tanvir Shirin",
           "Rahman Hossain Islam Ahmed Uddin Chowdhury Akter Begum Khan Sarkar Miah Haque Alam Das"),
    "lk_np": ("Nuwan Dilani Kasun Ishara Tharindu Sanduni Bikash Sunita Ramesh Anita Suman Pooja Prakash Sita",
              "Perera Fernando Silva Jayasinghe Bandara Wickramasinghe Shrestha Gurung Tamang Thapa Rai Karki Adhikari Magar"),
    "hisp": ("Jose Maria Luis Ana Carlos Sofia Juan Valentina Miguel Camila Jorge Daniela Alejandro Gabriela Andres "
             "Mariana Diego Paola Gustavo Yuleisy Rafael Andreina Jesus Carolina Pedro Natalia Oscar Luisa Fernando Mariela",
             "Gonzalez Rodriguez Perez Hernandez Garcia Martinez Lopez Sanchez Ramirez Torres Diaz Rojas Morales "
             "Castillo Vargas Mendoza Jimenez Moreno Romero Herrera Medina Aguilar Contreras Guerrero Rivas Silva "
             "Salazar Marquez Briceño Pineda"),
    "br": ("João Maria Pedro Ana Lucas Juliana Gabriel Fernanda Rafael Camila Mateus Larissa Bruno Beatriz Thiago "
           "Amanda Felipe Leticia Gustavo Mariana",
           "Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro Martins Carvalho "
           "Almeida Lopes Soares Araújo Barbosa Rocha"),
    "arab": ("Mohamed Fatma Ahmed Mariam Mahmoud Nour Omar Salma Youssef Aya Karim Hana Mostafa Rana Amr Dina "
             "Hamza Imane Yassine Khadija Anas Sara",
             "Hassan Ali Ibrahim Mahmoud Mohamed Abdelrahman Mostafa Saleh Farouk Nasser El Sayed Gamal Benali "
             "Bennani Alaoui Trabelsi Ben Salah Haddad Mansour Chaabane"),
    "kr": ("Min-jun Seo-yeon Ji-hoon Ji-woo Hyun-woo Soo-ah Dong-hyun Ye-jin Jae-won Ha-eun Sung-min Yu-na "
           "Joon-young Da-eun Seung-hoon Eun-ji Tae-yang Min-seo",
           "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Jeon Hong"),
    "zh": ("Wei Fang Jun Li Hao Mei Lei Ying Jie Xin Tao Yan Bo Hui Ming Jing Chen Lin Kai Ting Yu Xiaoling "
           "Zhiwei Jiahui Yifan Siyu",
           "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Zheng Liang Xie Tan "
           "Lee Chan Wong Ng Lim Tan Goh Teo"),
    "vn": ("Anh Linh Minh Trang Huy Thao Duc Huong Tuan Lan Nam Mai Phuong Quang Hieu Ngoc Long Thu",
           "Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly"),
    "id": ("Budi Siti Agus Dewi Andi Rina Eko Putri Rizky Indah Fajar Wulan Dimas Sari Hendra Ayu",
           "Santoso Wijaya Saputra Pratama Hidayat Nugroho Kurniawan Setiawan Lestari Susanto Gunawan Halim Sutanto Putra"),
    "slav": ("Oleksandr Olena Andriy Iryna Dmytro Natalia Serhii Tetiana Piotr Anna Tomasz Katarzyna Marko Milica "
             "Nikola Jelena Ion Maria Andrei Elena Bogdan Ioana Mykola Yulia",
             "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Nowak Kowalski Wisniewski Wojcik Kaminski "
             "Jovanovic Petrovic Nikolic Popescu Ionescu Popa Stan Dumitru Melnyk Boyko Lewandowski Markovic"),
    "eu": ("Thomas Anna Lukas Julia Jonas Laura Pierre Camille Lucas Chloe Pablo Lucia Javier Carmen Joao Ines "
           "Oliver Amelia Harry Isla George Emily Jack Sophie Daniel Charlotte Finn Marie",
           "Müller Schmidt Schneider Fischer Weber Meyer Martin Bernard Dubois Durand Garcia Fernandez Lopez Martin "
           "Santos Ferreira Smith Jones Taylor Brown Williams Wilson Evans Thomas Murphy Walsh Byrne Kelly"),
    "afr": ("Thabo Naledi Sipho Lerato Kwame Ama Kofi Akosua Moses Grace Isaac Esther Samuel Ruth Tesfaye Hiwot "
            "Abebe Selam Joseph Sarah Kagiso Lindiwe Yaw Abena",
            "Nkosi Dlamini Mokoena Naidoo Mensah Owusu Boateng Asante Mugisha Okello Namubiru Ssemakula Tadesse "
            "Bekele Girma Haile Botha van der Merwe Osei Appiah Kato Nsubuga"),
    "jp": ("Haruto Yui Sota Hina Yuto Aoi Ren Mei Takumi Sakura Kenji Yuki Daiki Akari Hiroshi Naomi",
           "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki "
           "Yamaguchi Matsumoto Inoue"),
    "th": ("Somchai Suda Niran Malee Anan Kanya Prasert Siriporn Chaiwat Ploy",
           "Srisai Wongsakul Chaiyaporn Rattanakorn Suwannarat Kittisak Boonmee Thongchai Saelim Pongpanich"),
    "tr": ("Mehmet Ayse Mustafa Fatma Emre Zeynep Burak Elif Can Merve Murat Esra",
           "Yilmaz Kaya Demir Sahin Celik Yildiz Yildirim Ozturk Aydin Ozdemir Arslan Dogan"),
}

# ---------------------------------------------------------------------------------------------
# Countries: weight among workers, calling code, national number length, mobile prefixes, UTC offset,
# IANA zone, currency, keyboard, name pools (weights), cities (name, region, lat, lon, postcode),
# fixed ISPs (asn, owner), mobile carriers (asn, owner, v6), payout rails (weights).
# ---------------------------------------------------------------------------------------------
def C(code, weight, cc, nlen, mob, utc, tz, cur, kb, pools, cities, isps, mobiles, rails, streets):
    return dict(code=code, weight=weight, cc=cc, nlen=nlen, mob=mob, utc=utc, tz=tz, cur=cur, kb=kb,
                pools=pools, cities=cities, isps=isps, mobiles=mobiles, rails=rails, streets=streets)


US_STREETS = ("Main St|Oak St|Maple Ave|Cedar Ln|Pine St|Elm St|Washington Ave|Lake Dr|Hillcrest Dr|Park Ave|"
              "Sunset Blvd|Jefferson St|Lincoln Ave|Highland Ave|Church St|Willow Way|Ridge Rd|Meadow Ln|"
              "Chestnut St|Walnut St|Franklin St|Jackson Ave|Madison St|Broadway|River Rd|Spring St|Center St|"
              "Forest Ave|Adams St|Cherry Ln|Valley View Dr|Dogwood Dr|Magnolia Ave|Birch St|Orchard Ln").split("|")

COUNTRIES = [
    C("US", 12.0, "1", 10, ["2", "3", "4", "5", "6", "7", "8", "9"], -6, "America/Chicago", "USD", "en-US",
      {"us": 55, "us_hisp": 16, "us_black": 12, "us_korean": 5, "us_chinese": 6, "us_indian": 6},
      [("New York", "NY", 40.71, -74.01, "10001"), ("Los Angeles", "CA", 34.05, -118.24, "90012"),
       ("Chicago", "IL", 41.88, -87.63, "60601"), ("Houston", "TX", 29.76, -95.37, "77002"),
       ("Phoenix", "AZ", 33.45, -112.07, "85004"), ("Philadelphia", "PA", 39.95, -75.17, "19103"),
       ("San Antonio", "TX", 29.42, -98.49, "78205"), ("San Diego", "CA", 32.72, -117.16, "92101"),
       ("Dallas", "TX", 32.78, -96.80, "75201"), ("Austin", "TX", 30.27, -97.74, "78701"),
       ("Jacksonville", "FL", 30.33, -81.66, "32202"), ("Columbus", "OH", 39.96, -83.00, "43215"),
       ("Charlotte", "NC", 35.23, -80.84, "28202"), ("Seattle", "WA", 47.61, -122.33, "98101"),
       ("Denver", "CO", 39.74, -104.99, "80202"), ("Nashville", "TN", 36.16, -86.78, "37203"),
       ("Atlanta", "GA", 33.75, -84.39, "30303"), ("Minneapolis", "MN", 44.98, -93.27, "55401"),
       ("Tampa", "FL", 27.95, -82.46, "33602"), ("Raleigh", "NC", 35.78, -78.64, "27601"),
       ("Mesa", "AZ", 33.42, -111.83, "85201"), ("Fort Lauderdale", "FL", 26.12, -80.14, "33301"),
       ("Portland", "OR", 45.52, -122.68, "97204"), ("Salt Lake City", "UT", 40.76, -111.89, "84101"),
       ("Baltimore", "MD", 39.29, -76.61, "21201"), ("Boise", "ID", 43.62, -116.21, "83702"),
       ("Fairfax", "VA", 38.85, -77.31, "22030"), ("Hillsboro", "OR", 45.52, -122.99, "97123")],
      [(7922, "Comcast Cable Communications, LLC"), (20115, "Charter Communications Inc"),
       (7018, "AT&T Services, Inc."), (701, "Verizon Business"), (22773, "Cox Communications Inc."),
       (5650, "Frontier Communications of America, Inc."), (20001, "Charter Communications (Spectrum)"),
       (6128, "Cablevision Systems Corp."), (209, "CenturyLink Communications, LLC")],
      [(21928, "T-Mobile USA, Inc.", True), (22394, "Cellco Partnership DBA Verizon Wireless", True),
       (20057, "AT&T Mobility LLC", False)],
      {"bank": 55, "paypal": 30, "payoneer": 5, "wise": 5, "crypto": 2, "cashapp": 3}, US_STREETS),
    C("CA", 2.0, "1", 10, ["4", "5", "6", "7", "9"], -5, "America/Toronto", "CAD", "en-CA",
      {"us": 60, "us_chinese": 12, "us_indian": 14, "eu": 10, "us_korean": 4},
      [("Toronto", "ON", 43.65, -79.38, "M5V 2T6"), ("Vancouver", "BC", 49.28, -123.12, "V6B 1A1"),
       ("Montreal", "QC", 45.50, -73.57, "H2X 1Y4"), ("Calgary", "AB", 51.05, -114.07, "T2P 1J9"),
       ("Ottawa", "ON", 45.42, -75.70, "K1P 1J1")],
      [(812, "Rogers Communications Canada Inc."), (577, "Bell Canada"), (6327, "Shaw Communications Inc."),
       (852, "TELUS Communications Inc.")],
      [(812, "Rogers Communications Canada Inc.", False), (852, "TELUS Communications Inc.", False)],
      {"bank": 45, "paypal": 40, "wise": 10, "payoneer": 5},
      "King St W|Queen St E|Yonge St|Bloor St W|Main St|Granville St|Rue Sainte-Catherine|Elgin St|Bank St".split("|")),
    C("GB", 2.0, "44", 10, ["7"], 0, "Europe/London", "GBP", "en-GB", {"eu": 70, "us_indian": 15, "afr": 8, "arab": 7},
      [("London", "", 51.51, -0.13, "E1 6AN"), ("Manchester", "", 53.48, -2.24, "M1 1AE"),
       ("Birmingham", "", 52.49, -1.89, "B1 1BB"), ("Leeds", "", 53.80, -1.55, "LS1 4AP"),
       ("Glasgow", "", 55.86, -4.25, "G1 1XQ")],
      [(2856, "British Telecommunications PLC"), (5089, "Virgin Media Limited"), (5607, "Sky UK Limited")],
      [(25135, "Vodafone Limited", False), (12576, "EE Limited", False)],
      {"bank": 55, "paypal": 30, "wise": 15},
      "High St|Station Rd|Church Ln|Victoria Rd|Park Rd|London Rd|Green Ln|Manor Rd".split("|")),
    C("PH", 10.0, "63", 10, ["9"], 8, "Asia/Manila", "PHP", "en-US", {"ph": 100},
      [("Quezon City", "Metro Manila", 14.68, 121.04, "1100"), ("Manila", "Metro Manila", 14.60, 120.98, "1000"),
       ("Cebu City", "Cebu", 10.32, 123.89, "6000"), ("Davao City", "Davao del Sur", 7.19, 125.46, "8000"),
       ("Makati", "Metro Manila", 14.55, 121.02, "1200"), ("Pasig", "Metro Manila", 14.58, 121.06, "1600"),
       ("Iloilo City", "Iloilo", 10.72, 122.56, "5000"), ("Baguio", "Benguet", 16.40, 120.60, "2600"),
       ("Cagayan de Oro", "Misamis Oriental", 8.48, 124.65, "9000"), ("Bacolod", "Negros Occidental", 10.68, 122.95, "6100"),
       ("Antipolo", "Rizal", 14.59, 121.18, "1870"), ("Dasmariñas", "Cavite", 14.33, 120.94, "4114")],
      [(9299, "Philippine Long Distance Telephone Co."), (17639, "Converge ICT Solutions Inc."),
       (132199, "Globe Telecom (Globe at Home)"), (23930, "Sky Cable Corporation")],
      [(4775, "Globe Telecoms", False), (10139, "Smart Communications Inc.", False), (139831, "DITO Telecommunity Corp.", True)],
      {"paypal": 35, "gcash": 35, "payoneer": 15, "bank": 10, "wise": 5},
      "Rizal St|Mabini St|Bonifacio St|Aguinaldo St|Luna St|Burgos St|Sampaguita St|Mango Ave|Acacia St|Magsaysay Blvd".split("|")),
    C("IN", 10.0, "91", 10, ["6", "7", "8", "9"], 5.5, "Asia/Kolkata", "INR", "en-IN", {"in": 100},
      [("Bengaluru", "Karnataka", 12.97, 77.59, "560001"), ("Hyderabad", "Telangana", 17.39, 78.49, "500001"),
       ("Chennai", "Tamil Nadu", 13.08, 80.27, "600001"), ("Pune", "Maharashtra", 18.52, 73.86, "411001"),
       ("Mumbai", "Maharashtra", 19.08, 72.88, "400001"), ("New Delhi", "Delhi", 28.61, 77.21, "110001"),
       ("Kolkata", "West Bengal", 22.57, 88.36, "700001"), ("Noida", "Uttar Pradesh", 28.54, 77.39, "201301"),
       ("Jaipur", "Rajasthan", 26.91, 75.79, "302001"), ("Kochi", "Kerala", 9.93, 76.27, "682001"),
       ("Ahmedabad", "Gujarat", 23.02, 72.57, "380001"), ("Indore", "Madhya Pradesh", 22.72, 75.86, "452001")],
      [(24560, "Bharti Airtel Ltd., Telemedia Services"), (9829, "National Internet Backbone (BSNL)"),
       (24309, "Atria Convergence Technologies (ACT Fibernet)"), (18209, "Hathway IP Over Cable Internet"),
       (133982, "Excitel Broadband Pvt Ltd")],
      [(55836, "Reliance Jio Infocomm Limited", True), (45609, "Bharti Airtel Ltd. AS for GPRS Service", False),
       (38266, "Vodafone Idea Ltd", False)],
      {"bank": 40, "paypal": 25, "payoneer": 25, "wise": 10},
      "MG Road|Station Road|Nehru Nagar|Gandhi Road|Anna Salai|Church Street|Park Street|Main Road|Sector 18|Ring Road".split("|")),
    C("KE", 8.0, "254", 9, ["7", "1"], 3, "Africa/Nairobi", "KES", "en-US", {"ke": 100},
      [("Nairobi", "Nairobi", -1.29, 36.82, "00100"), ("Mombasa", "Mombasa", -4.04, 39.67, "80100"),
       ("Kisumu", "Kisumu", -0.09, 34.77, "40100"), ("Nakuru", "Nakuru", -0.30, 36.07, "20100"),
       ("Eldoret", "Uasin Gishu", 0.51, 35.27, "30100"), ("Thika", "Kiambu", -1.03, 37.07, "01000"),
       ("Machakos", "Machakos", -1.52, 37.26, "90100"), ("Kiambu", "Kiambu", -1.17, 36.83, "00900")],
      [(15808, "Wananchi Group (Kenya) Limited (Zuku)"), (37061, "Safaricom Limited (Home Fibre)"),
       (36866, "Jamii Telecommunications Limited (Faiba)"), (37100, "Poa Internet Kenya")],
      [(33771, "Safaricom Limited", False), (36926, "Airtel Networks Kenya Limited", False)],
      {"mpesa": 45, "paypal": 25, "payoneer": 20, "bank": 10},
      "Moi Avenue|Kenyatta Avenue|Ngong Road|Thika Road|Jogoo Road|Kimathi Street|Biashara Street|Oginga Odinga Road".split("|")),
    C("NG", 7.0, "234", 10, ["70", "80", "81", "90", "91"], 1, "Africa/Lagos", "NGN", "en-US", {"ng": 100},
      [("Lagos", "Lagos", 6.52, 3.38, "100001"), ("Abuja", "FCT", 9.08, 7.40, "900001"),
       ("Ibadan", "Oyo", 7.38, 3.94, "200001"), ("Port Harcourt", "Rivers", 4.82, 7.03, "500001"),
       ("Enugu", "Enugu", 6.45, 7.51, "400001"), ("Benin City", "Edo", 6.34, 5.63, "300001"),
       ("Ilorin", "Kwara", 8.50, 4.55, "240001"), ("Kaduna", "Kaduna", 10.52, 7.44, "800001")],
      [(37282, "MainOne Cable Company"), (36873, "Airtel Networks Limited (Fixed)"), (37340, "Spectranet Limited"),
       (37148, "Globacom Limited (Fixed)")],
      [(29465, "MTN Nigeria Communication Limited", False), (36873, "Airtel Networks Limited", False),
       (37148, "Globacom Limited", False)],
      {"payoneer": 35, "paypal": 10, "bank": 30, "wise": 10, "crypto": 15},
      "Allen Avenue|Adeola Odeku Street|Awolowo Road|Herbert Macaulay Way|Ogunlana Drive|Aminu Kano Crescent|Broad Street|Ikorodu Road".split("|")),
    C("VE", 5.0, "58", 10, ["412", "414", "416", "424", "426"], -4, "America/Caracas", "USD", "es-ES", {"hisp": 100},
      [("Caracas", "Distrito Capital", 10.48, -66.90, "1010"), ("Maracaibo", "Zulia", 10.65, -71.64, "4001"),
       ("Valencia", "Carabobo", 10.16, -68.00, "2001"), ("Barquisimeto", "Lara", 10.07, -69.32, "3001"),
       ("Mérida", "Mérida", 8.59, -71.14, "5101"), ("Maracay", "Aragua", 10.25, -67.60, "2101")],
      [(8048, "CANTV Servicios, Venezuela"), (21826, "Corporación Telemic C.A. (Inter)"), (61461, "Airtek Solutions C.A."),
       (264731, "Fibex Telecom C.A.")],
      [(6306, "Telefonica Venezolana C.A. (Movistar)", False), (27889, "Digitel C.A.", False)],
      {"paypal": 40, "payoneer": 20, "zinli": 15, "crypto": 20, "wise": 5},
      "Avenida Bolívar|Calle Real|Avenida Libertador|Calle Páez|Avenida Urdaneta|Calle Sucre|Avenida Universidad".split("|")),
    C("PK", 5.0, "92", 10, ["3"], 5, "Asia/Karachi", "PKR", "en-US", {"pk": 100},
      [("Karachi", "Sindh", 24.86, 67.01, "74000"), ("Lahore", "Punjab", 31.55, 74.34, "54000"),
       ("Islamabad", "ICT", 33.68, 73.05, "44000"), ("Rawalpindi", "Punjab", 33.60, 73.04, "46000"),
       ("Faisalabad", "Punjab", 31.42, 73.08, "38000"), ("Peshawar", "KP", 34.01, 71.52, "25000")],
      [(17557, "Pakistan Telecommunication Company Limited"), (23674, "Nayatel (Pvt) Ltd"),
       (9541, "Cybernet (Pvt) Ltd (StormFiber)"), (38193, "Transworld Associates (Pvt) Ltd")],
      [(45669, "Mobilink-PMCL (Jazz)", False), (59257, "China Mobile Pakistan (Zong)", False), (24499, "Telenor Pakistan", False)],
      {"payoneer": 45, "bank": 30, "wise": 10, "crypto": 5, "paypal": 10},
      "Shahrah-e-Faisal|Mall Road|Jinnah Avenue|Gulberg Main Boulevard|University Road|MM Alam Road|Saddar Road".split("|")),
    C("BR", 4.0, "55", 11, ["119", "219", "319", "419", "519", "619", "719", "819"], -3, "America/Sao_Paulo", "BRL", "pt-BR",
      {"br": 100},
      [("São Paulo", "SP", -23.55, -46.63, "01000-000"), ("Rio de Janeiro", "RJ", -22.91, -43.17, "20000-000"),
       ("Belo Horizonte", "MG", -19.92, -43.94, "30100-000"), ("Curitiba", "PR", -25.43, -49.27, "80000-000"),
       ("Recife", "PE", -8.05, -34.88, "50000-000")],
      [(28573, "Claro NXT Telecomunicacoes Ltda"), (18881, "Telefonica Brasil S.A (Vivo)"), (7738, "Telemar Norte Leste S.A. (Oi)")],
      [(26615, "TIM S/A", False), (28573, "Claro S.A.", False)],
      {"pix": 40, "paypal": 25, "payoneer": 20, "wise": 15},
      "Rua das Flores|Avenida Paulista|Rua XV de Novembro|Rua Augusta|Avenida Brasil|Rua da Consolação".split("|")),
    C("MX", 3.0, "52", 10, ["55", "33", "81", "22"], -6, "America/Mexico_City", "MXN", "es-MX", {"hisp": 100},
      [("Ciudad de México", "CDMX", 19.43, -99.13, "06000"), ("Guadalajara", "Jalisco", 20.67, -103.35, "44100"),
       ("Monterrey", "Nuevo León", 25.69, -100.32, "64000"), ("Puebla", "Puebla", 19.04, -98.21, "72000"),
       ("Mérida", "Yucatán", 20.97, -89.62, "97000")],
      [(8151, "Uninet S.A. de C.V. (Telmex)"), (28548, "Cablevisión, S.A. de C.V. (izzi)"), (17072, "Total Play Telecomunicaciones")],
      [(28403, "Radiomovil Dipsa (Telcel)", False), (32098, "AT&T Comunicaciones Digitales", False)],
      {"bank": 35, "paypal": 35, "payoneer": 15, "wise": 15},
      "Avenida Insurgentes|Calle Madero|Avenida Juárez|Calle Hidalgo|Avenida Reforma|Calle Morelos".split("|")),
    C("CO", 3.0, "57", 10, ["3"], -5, "America/Bogota", "COP", "es-ES", {"hisp": 100},
      [("Bogotá", "Cundinamarca", 4.71, -74.07, "110111"), ("Medellín", "Antioquia", 6.24, -75.58, "050001"),
       ("Cali", "Valle del Cauca", 3.45, -76.53, "760001"), ("Barranquilla", "Atlántico", 10.96, -74.80, "080001")],
      [(10620, "Telmex Colombia S.A. (Claro)"), (3816, "Colombia Telecomunicaciones S.A. (Movistar)"), (13489, "EPM Telecomunicaciones (Tigo)")],
      [(27831, "Colombia Movil (Tigo)", False), (26611, "Comunicacion Celular S.A. (Claro)", False)],
      {"paypal": 30, "payoneer": 30, "bank": 20, "wise": 20},
      "Carrera 7|Calle 26|Carrera 15|Calle 72|Avenida 68|Carrera 43A|Calle 10".split("|")),
    C("AR", 2.0, "54", 10, ["911", "9351", "9341"], -3, "America/Argentina/Buenos_Aires", "ARS", "es-ES", {"hisp": 100},
      [("Buenos Aires", "CABA", -34.60, -58.38, "C1002"), ("Córdoba", "Córdoba", -31.42, -64.18, "X5000"),
       ("Rosario", "Santa Fe", -32.95, -60.64, "S2000")],
      [(7303, "Telecom Argentina S.A."), (22927, "Telefonica de Argentina"), (10318, "Cablevision S.A. (Fibertel)")],
      [(27747, "Telecom Personal S.A.", False), (11664, "Telefónica Móviles Argentina (Movistar)", False)],
      {"payoneer": 35, "paypal": 20, "wise": 20, "crypto": 25},
      "Avenida Corrientes|Avenida Santa Fe|Calle Florida|Avenida Rivadavia|Calle Lavalle|Avenida Cabildo".split("|")),
    C("EG", 3.0, "20", 10, ["10", "11", "12", "15"], 2, "Africa/Cairo", "EGP", "ar-EG", {"arab": 100},
      [("Cairo", "Cairo", 30.04, 31.24, "11511"), ("Giza", "Giza", 30.01, 31.21, "12511"),
       ("Alexandria", "Alexandria", 31.20, 29.92, "21500"), ("Mansoura", "Dakahlia", 31.04, 31.38, "35511")],
      [(8452, "TE Data (Telecom Egypt)"), (24863, "LINKdotNET"), (36992, "Etisalat Misr (Fixed)")],
      [(24835, "Vodafone Data (Egypt)", False), (36935, "Orange Egypt", False)],
      {"payoneer": 50, "bank": 25, "paypal": 10, "wise": 15},
      "Tahrir Street|Qasr El Nil Street|Abbas El Akkad Street|El Haram Street|Corniche Road|Makram Ebeid Street".split("|")),
    C("BD", 3.0, "880", 10, ["13", "15", "16", "17", "18", "19"], 6, "Asia/Dhaka", "BDT", "en-US", {"bd": 100},
      [("Dhaka", "Dhaka", 23.81, 90.41, "1000"), ("Chittagong", "Chittagong", 22.36, 91.78, "4000"),
       ("Sylhet", "Sylhet", 24.89, 91.87, "3100"), ("Rajshahi", "Rajshahi", 24.37, 88.60, "6000")],
      [(24389, "Grameenphone (Fixed)"), (17494, "BTTB (Bangladesh Telecommunications)"), (63526, "Link3 Technologies Ltd")],
      [(24389, "Grameenphone Ltd.", False), (24432, "Robi Axiata Limited", False), (45245, "Banglalink Digital Communications", False)],
      {"payoneer": 55, "bank": 25, "wise": 10, "crypto": 10},
      "Road 11|Mirpur Road|Dhanmondi Road 27|Gulshan Avenue|Agrabad Access Road|Zindabazar Road".split("|")),
    C("ID", 3.0, "62", 11, ["81", "82", "85", "87", "89"], 7, "Asia/Jakarta", "IDR", "id-ID", {"id": 100},
      [("Jakarta", "DKI Jakarta", -6.21, 106.85, "10110"), ("Surabaya", "Jawa Timur", -7.25, 112.75, "60111"),
       ("Bandung", "Jawa Barat", -6.91, 107.61, "40111"), ("Yogyakarta", "DIY", -7.80, 110.36, "55111"),
       ("Medan", "Sumatera Utara", 3.60, 98.67, "20111")],
      [(7713, "PT Telekomunikasi Indonesia (IndiHome)"), (23700, "PT First Media Tbk"), (63859, "PT MyRepublic Indonesia")],
      [(23693, "PT Telekomunikasi Selular (Telkomsel)", False), (4761, "PT Indosat Tbk", False), (24203, "PT XL Axiata", False)],
      {"paypal": 35, "payoneer": 30, "bank": 20, "wise": 15},
      "Jalan Sudirman|Jalan Thamrin|Jalan Malioboro|Jalan Gatot Subroto|Jalan Diponegoro|Jalan Merdeka".split("|")),
    C("VN", 2.0, "84", 9, ["9", "3", "8", "7"], 7, "Asia/Ho_Chi_Minh", "VND", "vi-VN", {"vn": 100},
      [("Ho Chi Minh City", "", 10.82, 106.63, "700000"), ("Hanoi", "", 21.03, 105.85, "100000"), ("Da Nang", "", 16.05, 108.20, "550000")],
      [(7552, "Viettel Group (Fixed)"), (45899, "VNPT Corp"), (18403, "FPT Telecom Company")],
      [(7552, "Viettel Group", False), (45899, "VNPT-VinaPhone", False)],
      {"payoneer": 40, "paypal": 30, "bank": 20, "wise": 10},
      "Nguyen Hue|Le Loi|Tran Hung Dao|Hai Ba Trung|Dien Bien Phu|Ly Thuong Kiet".split("|")),
    C("UA", 2.0, "380", 9, ["50", "63", "66", "67", "68", "93", "95", "96", "97", "98", "99"], 2, "Europe/Kyiv", "UAH", "uk-UA",
      {"slav": 100},
      [("Kyiv", "", 50.45, 30.52, "01001"), ("Lviv", "", 49.84, 24.03, "79000"), ("Kharkiv", "", 49.99, 36.23, "61000"),
       ("Dnipro", "", 48.46, 35.05, "49000")],
      [(15895, "Kyivstar PJSC (Home Internet)"), (13188, "Triolan"), (25229, "Volia (Datagroup)")],
      [(15895, "Kyivstar PJSC", False), (21497, "Vodafone Ukraine (PrJSC VF Ukraine)", False), (34058, "lifecell LLC", False)],
      {"payoneer": 40, "wise": 25, "bank": 20, "crypto": 15},
      "Khreshchatyk St|Shevchenko Blvd|Franka St|Sumska St|Yavornytskoho Ave|Lesi Ukrainky Blvd".split("|")),
    C("PL", 1.5, "48", 9, ["5", "6", "7", "8"], 1, "Europe/Warsaw", "PLN", "pl-PL", {"slav": 100},
      [("Warsaw", "", 52.23, 21.01, "00-001"), ("Kraków", "", 50.06, 19.94, "30-001"), ("Wrocław", "", 51.11, 17.04, "50-001")],
      [(5617, "Orange Polska S.A."), (6830, "Liberty Global (UPC Polska)"), (12741, "Netia SA")],
      [(12912, "T-Mobile Polska S.A.", False), (29314, "Vectra / Plus (Polkomtel)", False)],
      {"bank": 60, "wise": 20, "paypal": 20},
      "ul. Marszałkowska|ul. Floriańska|ul. Świdnicka|ul. Długa|ul. Mickiewicza|ul. Kościuszki".split("|")),
    C("RO", 1.0, "40", 9, ["7"], 2, "Europe/Bucharest", "RON", "ro-RO", {"slav": 100},
      [("Bucharest", "", 44.43, 26.10, "010011"), ("Cluj-Napoca", "", 46.77, 23.59, "400001"), ("Iași", "", 47.16, 27.59, "700001")],
      [(8708, "RCS & RDS S.A. (Digi)"), (9050, "Telekom Romania Communications")],
      [(6830, "Orange Romania", False), (48161, "Vodafone Romania", False)],
      {"bank": 50, "wise": 25, "paypal": 25},
      "Strada Victoriei|Bulevardul Unirii|Strada Memorandumului|Strada Lăpușneanu|Bulevardul Eroilor".split("|")),
    C("RS", 1.0, "381", 9, ["6"], 1, "Europe/Belgrade", "RSD", "sr-Latn-RS", {"slav": 100},
      [("Belgrade", "", 44.79, 20.45, "11000"), ("Novi Sad", "", 45.27, 19.83, "21000"), ("Niš", "", 43.32, 21.90, "18000")],
      [(31042, "Serbia BroadBand (SBB)"), (8400, "Telekom Srbija")],
      [(44143, "Vip mobile d.o.o.", False), (8400, "mts Telekom Srbija", False)],
      {"payoneer": 50, "bank": 30, "wise": 20},
      "Knez Mihailova|Bulevar Oslobođenja|Zmaj Jovina|Bulevar Kralja Aleksandra|Nemanjina".split("|")),
    C("DE", 1.0, "49", 11, ["15", "16", "17"], 1, "Europe/Berlin", "EUR", "de-DE", {"eu": 80, "tr": 10, "slav": 10},
      [("Berlin", "", 52.52, 13.40, "10115"), ("Munich", "", 48.14, 11.58, "80331"), ("Hamburg", "", 53.55, 9.99, "20095")],
      [(3320, "Deutsche Telekom AG"), (3209, "Vodafone GmbH"), (6805, "Telefonica Germany")],
      [(3320, "Telekom Deutschland Mobil", False), (6805, "O2 Germany", False)],
      {"bank": 60, "paypal": 30, "wise": 10},
      "Hauptstraße|Bahnhofstraße|Schillerstraße|Goethestraße|Gartenstraße|Lindenstraße".split("|")),
    C("FR", 0.8, "33", 9, ["6", "7"], 1, "Europe/Paris", "EUR", "fr-FR", {"eu": 75, "arab": 15, "afr": 10},
      [("Paris", "", 48.86, 2.35, "75001"), ("Lyon", "", 45.76, 4.84, "69001"), ("Marseille", "", 43.30, 5.37, "13001")],
      [(3215, "Orange S.A."), (12322, "Free SAS"), (5410, "Bouygues Telecom SA")],
      [(15557, "SFR SA", False), (3215, "Orange Mobile", False)],
      {"bank": 65, "paypal": 25, "wise": 10},
      "Rue de la République|Avenue Jean Jaurès|Rue Victor Hugo|Boulevard Voltaire|Rue Pasteur".split("|")),
    C("ES", 0.8, "34", 9, ["6", "7"], 1, "Europe/Madrid", "EUR", "es-ES", {"eu": 60, "hisp": 40},
      [("Madrid", "", 40.42, -3.70, "28001"), ("Barcelona", "", 41.39, 2.17, "08001"), ("Valencia", "", 39.47, -0.38, "46001")],
      [(3352, "Telefonica de España"), (12479, "Orange Espagne"), (12430, "Vodafone España")],
      [(12430, "Vodafone España Mobile", False), (3352, "Movistar Mobile", False)],
      {"bank": 60, "paypal": 25, "wise": 15},
      "Calle Mayor|Gran Vía|Calle de Alcalá|Carrer de Balmes|Avenida de la Constitución".split("|")),
    C("PT", 0.5, "351", 9, ["91", "92", "93", "96"], 0, "Europe/Lisbon", "EUR", "pt-PT", {"eu": 70, "br": 30},
      [("Lisbon", "", 38.72, -9.14, "1100-001"), ("Porto", "", 41.15, -8.61, "4000-001")],
      [(3243, "MEO - Servicos de Comunicacoes e Multimedia"), (12353, "Vodafone Portugal"), (2860, "NOS Comunicacoes")],
      [(12353, "Vodafone Portugal Mobile", False)],
      {"bank": 60, "wise": 25, "paypal": 15},
      "Rua Augusta|Avenida da Liberdade|Rua de Santa Catarina|Rua do Ouro|Avenida dos Aliados".split("|")),
    C("ZA", 2.0, "27", 9, ["6", "7", "8"], 2, "Africa/Johannesburg", "ZAR", "en-ZA", {"afr": 80, "eu": 20},
      [("Johannesburg", "Gauteng", -26.20, 28.05, "2001"), ("Cape Town", "Western Cape", -33.92, 18.42, "8001"),
       ("Durban", "KwaZulu-Natal", -29.86, 31.02, "4001"), ("Pretoria", "Gauteng", -25.75, 28.19, "0002")],
      [(37457, "Telkom SA Ltd"), (36874, "Cybersmart"), (37680, "Cool Ideas Service Provider")],
      [(29975, "Vodacom", False), (16637, "MTN SA", False)],
      {"bank": 40, "payoneer": 30, "paypal": 20, "wise": 10},
      "Main Road|Jan Smuts Avenue|Long Street|Church Street|Voortrekker Road|Oxford Road".split("|")),
    C("GH", 2.0, "233", 9, ["2", "5"], 0, "Africa/Accra", "GHS", "en-US", {"afr": 100},
      [("Accra", "Greater Accra", 5.60, -0.19, "GA-000"), ("Kumasi", "Ashanti", 6.69, -1.62, "AK-000"), ("Tamale", "Northern", 9.40, -0.85, "NT-000")],
      [(30986, "Scancom (MTN Ghana Fixed)"), (33786, "Vodafone Ghana")],
      [(30986, "Scancom PLC (MTN Ghana)", False), (37140, "AirtelTigo Ghana", False)],
      {"momo": 45, "payoneer": 30, "paypal": 15, "bank": 10},
      "Oxford Street|Ring Road Central|Liberation Road|Independence Avenue|Kojo Thompson Road".split("|")),
    C("UG", 1.5, "256", 9, ["70", "75", "77", "78"], 3, "Africa/Kampala", "UGX", "en-US", {"afr": 100},
      [("Kampala", "Central", 0.35, 32.58, ""), ("Gulu", "Northern", 2.78, 32.30, ""), ("Entebbe", "Central", 0.05, 32.46, "")],
      [(21491, "Uganda Telecom"), (37075, "Airtel Uganda (Fixed)")],
      [(20294, "MTN Uganda", False), (37075, "Airtel Uganda", False)],
      {"momo": 45, "payoneer": 35, "bank": 20},
      "Kampala Road|Jinja Road|Bombo Road|Entebbe Road|Acacia Avenue".split("|")),
    C("ET", 1.0, "251", 9, ["9", "7"], 3, "Africa/Addis_Ababa", "ETB", "en-US", {"afr": 100},
      [("Addis Ababa", "", 9.03, 38.74, "1000"), ("Bahir Dar", "", 11.59, 37.39, "")],
      [(24757, "Ethio Telecom (Fixed)")],
      [(24757, "Ethio Telecom", False), (328988, "Safaricom Telecommunications Ethiopia", False)],
      {"payoneer": 60, "bank": 40},
      "Bole Road|Churchill Avenue|Africa Avenue|Haile Gebreselassie Road".split("|")),
    C("MA", 1.0, "212", 9, ["6", "7"], 1, "Africa/Casablanca", "MAD", "fr-FR", {"arab": 100},
      [("Casablanca", "", 33.57, -7.59, "20000"), ("Rabat", "", 34.02, -6.83, "10000"), ("Marrakesh", "", 31.63, -8.01, "40000")],
      [(6713, "Maroc Telecom (IAM)"), (36925, "Orange Maroc (Meditel)")],
      [(6713, "Maroc Telecom Mobile", False), (36884, "inwi (Wana Corporate)", False)],
      {"payoneer": 55, "bank": 30, "paypal": 15},
      "Boulevard Mohammed V|Avenue Hassan II|Rue Allal Ben Abdellah|Boulevard Zerktouni".split("|")),
    C("TN", 0.8, "216", 8, ["2", "5", "9"], 1, "Africa/Tunis", "TND", "fr-FR", {"arab": 100},
      [("Tunis", "", 36.81, 10.18, "1000"), ("Sfax", "", 34.74, 10.76, "3000"), ("Sousse", "", 35.83, 10.64, "4000")],
      [(37705, "Topnet"), (2609, "Tunisia BackBone (TT)")],
      [(37693, "Ooredoo Tunisie", False), (37492, "Orange Tunisie", False)],
      {"payoneer": 60, "bank": 25, "wise": 15},
      "Avenue Habib Bourguiba|Rue de Marseille|Avenue de la Liberté|Rue de Rome".split("|")),
    C("TR", 1.0, "90", 10, ["5"], 3, "Europe/Istanbul", "TRY", "tr-TR", {"tr": 100},
      [("Istanbul", "", 41.01, 28.98, "34000"), ("Ankara", "", 39.93, 32.86, "06000"), ("Izmir", "", 38.42, 27.14, "35000")],
      [(9121, "Turk Telekomunikasyon A.S."), (34984, "Superonline (Turkcell)")],
      [(16135, "Turkcell Iletisim Hizmetleri", False), (15897, "Vodafone Turkey", False)],
      {"payoneer": 40, "wise": 30, "bank": 30},
      "Istiklal Caddesi|Bağdat Caddesi|Atatürk Bulvarı|Cumhuriyet Caddesi|Kıbrıs Şehitleri Caddesi".split("|")),
    C("KR", 1.5, "82", 10, ["10"], 9, "Asia/Seoul", "KRW", "ko-KR", {"kr": 100},
      [("Seoul", "", 37.57, 126.98, "04524"), ("Busan", "", 35.18, 129.08, "48058"), ("Incheon", "", 37.46, 126.71, "21554"),
       ("Daejeon", "", 36.35, 127.38, "34126")],
      [(4766, "Korea Telecom"), (9318, "SK Broadband Co Ltd"), (17858, "LG POWERCOMM")],
      [(9644, "SK Telecom", False), (4766, "KT Mobile", False), (17858, "LG U+ Mobile", False)],
      {"paypal": 30, "bank": 40, "payoneer": 20, "wise": 10},
      "Teheran-ro|Sejong-daero|Olympic-ro|Haeundae-ro|Gangnam-daero|Jong-ro".split("|")),
    C("TW", 1.0, "886", 9, ["9"], 8, "Asia/Taipei", "TWD", "zh-TW", {"zh": 100},
      [("Taipei", "", 25.03, 121.57, "100"), ("Taichung", "", 24.15, 120.67, "400"), ("Kaohsiung", "", 22.63, 120.30, "800")],
      [(3462, "Chunghwa Telecom (HiNet)"), (9924, "Taiwan Fixed Network")],
      [(24158, "Taiwan Mobile", False), (18182, "Far EasTone", False)],
      {"paypal": 40, "bank": 35, "payoneer": 15, "wise": 10},
      "Zhongxiao East Road|Xinyi Road|Ren'ai Road|Minsheng Road|Heping East Road".split("|")),
    C("MY", 1.0, "60", 9, ["1"], 8, "Asia/Kuala_Lumpur", "MYR", "en-US", {"zh": 45, "id": 40, "in": 15},
      [("Kuala Lumpur", "", 3.14, 101.69, "50000"), ("Penang", "", 5.41, 100.33, "10000"), ("Johor Bahru", "", 1.49, 103.74, "80000")],
      [(4788, "TM Net (Telekom Malaysia)"), (9534, "Maxis Broadband"), (38322, "TIME dotCom")],
      [(10030, "Celcom Axiata", False), (4818, "DiGi Telecommunications", False)],
      {"bank": 40, "paypal": 30, "payoneer": 20, "wise": 10},
      "Jalan Bukit Bintang|Jalan Ampang|Jalan Tun Razak|Lebuh Chulia|Jalan Wong Ah Fook".split("|")),
    C("SG", 0.5, "65", 8, ["8", "9"], 8, "Asia/Singapore", "SGD", "en-US", {"zh": 70, "in": 15, "id": 15},
      [("Singapore", "", 1.35, 103.82, "018956")],
      [(9506, "Singtel Fibre Broadband"), (17547, "M1 Limited"), (55430, "Starhub Ltd")],
      [(9506, "Singtel Mobile", False), (4657, "StarHub Mobile", False)],
      {"bank": 50, "paypal": 30, "wise": 20},
      "Orchard Road|Tampines Avenue|Jurong West Street|Ang Mo Kio Avenue|Bukit Timah Road".split("|")),
    C("HK", 0.5, "852", 8, ["5", "6", "9"], 8, "Asia/Hong_Kong", "HKD", "zh-HK", {"zh": 100},
      [("Hong Kong", "", 22.32, 114.17, "")],
      [(4760, "HKT Limited (Netvigator)"), (9269, "Hong Kong Broadband Network")],
      [(10118, "SmarTone Mobile", False), (9231, "China Mobile Hong Kong", False)],
      {"bank": 50, "paypal": 35, "wise": 15},
      "Nathan Road|Queen's Road Central|Hennessy Road|Des Voeux Road|Castle Peak Road".split("|")),
    C("JP", 0.5, "81", 10, ["70", "80", "90"], 9, "Asia/Tokyo", "JPY", "ja-JP", {"jp": 100},
      [("Tokyo", "", 35.68, 139.69, "100-0001"), ("Osaka", "", 34.69, 135.50, "530-0001"), ("Fukuoka", "", 33.59, 130.40, "810-0001")],
      [(2516, "KDDI Corporation"), (4713, "NTT Communications (OCN)"), (17676, "SoftBank Corp.")],
      [(2516, "au KDDI Mobile", False), (9605, "NTT DOCOMO", False)],
      {"bank": 50, "paypal": 35, "wise": 15},
      "Chuo-dori|Meiji-dori|Omotesando|Midosuji|Tenjin-nishi-dori".split("|")),
    C("LK", 1.0, "94", 9, ["7"], 5.5, "Asia/Colombo", "LKR", "en-US", {"lk_np": 100},
      [("Colombo", "", 6.93, 79.85, "00100"), ("Kandy", "", 7.29, 80.63, "20000")],
      [(9329, "Sri Lanka Telecom PLC")],
      [(18001, "Dialog Axiata PLC", False), (132045, "Mobitel (Pvt) Ltd", False)],
      {"payoneer": 55, "bank": 30, "paypal": 15},
      "Galle Road|Duplication Road|Kandy Road|Havelock Road|Peradeniya Road".split("|")),
    C("NP", 1.0, "977", 10, ["98", "97"], 5.75, "Asia/Kathmandu", "NPR", "en-US", {"lk_np": 100},
      [("Kathmandu", "", 27.72, 85.32, "44600"), ("Pokhara", "", 28.21, 83.99, "33700"), ("Lalitpur", "", 27.67, 85.32, "44700")],
      [(45650, "Vianet Communications"), (17501, "WorldLink Communications")],
      [(23752, "Nepal Telecom", False), (139922, "Ncell Axiata", False)],
      {"payoneer": 60, "bank": 40},
      "Durbar Marg|New Road|Lakeside Road|Jawalakhel Road|Putalisadak".split("|")),
    C("TH", 0.5, "66", 9, ["6", "8", "9"], 7, "Asia/Bangkok", "THB", "th-TH", {"th": 100},
      [("Bangkok", "", 13.76, 100.50, "10200"), ("Chiang Mai", "", 18.79, 98.98, "50000")],
      [(7470, "True Internet Co.,Ltd."), (45758, "Triple T Broadband (3BB)")],
      [(131445, "Advanced Wireless Network (AIS)", False), (24378, "Total Access Communication (dtac)", False)],
      {"bank": 40, "paypal": 35, "payoneer": 25},
      "Sukhumvit Road|Silom Road|Nimmanhaemin Road|Rama IV Road|Phahonyothin Road".split("|")),
    C("CN", 0.7, "86", 11, ["13", "15", "18"], 8, "Asia/Shanghai", "CNY", "zh-CN", {"zh": 100},
      [("Shanghai", "", 31.23, 121.47, "200000"), ("Shenzhen", "", 22.54, 114.06, "518000"), ("Beijing", "", 39.90, 116.40, "100000"),
       ("Chengdu", "", 30.57, 104.07, "610000")],
      [(4134, "Chinanet"), (4837, "China Unicom China169 Backbone")],
      [(9808, "China Mobile Communications Corporation", False)],
      {"payoneer": 45, "paypal": 25, "crypto": 15, "wise": 15},
      "Nanjing Road|Huaihai Road|Shennan Avenue|Chang'an Avenue|Renmin Road|Tianfu Avenue".split("|")),
]
COUNTRY = {c["code"]: c for c in COUNTRIES}

# Countries whose workers commonly reach the platform through a full-tunnel VPN because the platform's
# tools or payment pages are blocked or throttled there (China: the Great Firewall).
ASTRILL_COUNTRIES = {"CN": 0.65, "HK": 0.05, "TW": 0.03, "MY": 0.02, "VN": 0.03}

# ---------------------------------------------------------------------------------------------
# Shared egress networks (hosting/VPN); each gets its own pool of addresses at run time.
# ---------------------------------------------------------------------------------------------
VPN_PROVIDERS = [  # (name, asn, owner, exits, share of privacy-VPN users)
    ("NordVPN", 212238, "Datacamp Limited", 140, 30),
    ("ExpressVPN", 9009, "M247 Europe SRL", 120, 22),
    ("Surfshark", 136787, "TEFINCOM S.A.", 80, 12),
    ("ProtonVPN", 209103, "Proton AG", 90, 12),
    ("Mullvad", 39351, "31173 Services AB", 60, 6),
    ("PIA", 46562, "Performive LLC", 70, 8),
    ("Windscribe", 397423, "Tier.Net Technologies LLC", 50, 5),
    ("hide.me", 51852, "Private Layer INC", 40, 5),
]
ASTRILL = ("Astrill", 60068, "Datacamp Limited (CDN77)", 70)
ICLOUD_RELAY = (36183, "Akamai Technologies, Inc. (iCloud Private Relay)", 200)
CLOUD_HOSTS = [  # (asn, owner, city, country, lat, lon)
    (14061, "DigitalOcean, LLC", "North Bergen", "US", 40.79, -74.02),
    (20473, "The Constant Company, LLC (Vultr)", "Piscataway", "US", 40.55, -74.46),
    (63949, "Akamai Connected Cloud (Linode)", "Fremont", "US", 37.55, -121.99),
    (16509, "Amazon.com, Inc.", "Ashburn", "US", 39.04, -77.49),
    (396982, "Google LLC", "Council Bluffs", "US", 41.26, -95.86),
    (8075, "Microsoft Corporation", "Boydton", "US", 36.67, -78.39),
    (24940, "Hetzner Online GmbH", "Falkenstein", "DE", 50.48, 12.37),
    (16276, "OVH SAS", "Roubaix", "FR", 50.69, 3.18),
]
CORP_VPN = [  # corporate SSE egress, shared across customers
    (53813, "Zscaler, Inc.", "San Jose", "US", 37.34, -121.89, 120),
    (13335, "Cloudflare, Inc. (WARP)", "San Francisco", "US", 37.77, -122.42, 150),
    (54113, "Fastly, Inc.", "San Francisco", "US", 37.77, -122.42, 30),
]
# Address space the operator teams sometimes slip into.
SLIP_NETS = [
    (4837, "China Unicom Liaoning Province Network", "Shenyang", "CN", 41.80, 123.43),
    (4837, "China Unicom Liaoning Province Network", "Dandong", "CN", 40.12, 124.38),
    (4134, "Chinanet Jilin Province Network (Yanbian)", "Yanji", "CN", 42.89, 129.51),
    (12389, "PJSC Rostelecom (Far East)", "Vladivostok", "RU", 43.12, 131.89),
    (131279, "Ryugyong-dong (Star JV)", "Pyongyang", "KP", 39.02, 125.75),
]

# ---------------------------------------------------------------------------------------------
# Devices and software
# ---------------------------------------------------------------------------------------------
UAS = {
    "win_chrome": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "win_edge": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36 Edg/{v}.0.0.0",
    "win_firefox": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{f}.0) Gecko/20100101 Firefox/{f}.0",
    "mac_chrome": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "mac_safari": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{s} Safari/605.1.15",
    "linux_firefox": "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:{f}.0) Gecko/20100101 Firefox/{f}.0",
    "linux_chrome": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "android": "Mozilla/5.0 (Linux; Android {a}; {m}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Mobile Safari/537.36",
    "iphone": "Mozilla/5.0 (iPhone; CPU iPhone OS {i} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{s} Mobile/15E148 Safari/604.1",
}
ANDROID_MODELS = ["SM-A155F", "SM-A546E", "Redmi Note 13", "TECNO KI5k", "Infinix X6833B", "itel A70", "SM-S918B",
                  "Pixel 7a", "vivo Y17s", "OPPO A78", "moto g54", "realme C55", "CPH2591", "SM-A057F"]
LAPTOPS = ["Dell Latitude 5440", "Dell Latitude 7440", "Lenovo ThinkPad T14 Gen 4", "Lenovo ThinkPad E14 Gen 5",
           "HP EliteBook 840 G10", "MacBookPro18,3", "Mac14,2"]
MONITORS = ["DELL U2723QE", "DELL P2422H", "LG HDR 4K", "LG ULTRAGEAR", "SAMSUNG LS27C33", "ASUS VG249",
            "HP E24 G5", "BenQ GW2480", "Acer KA242Y", "DELL S2721DS", "PHL 243V7", "AOC 24G2W1G4", "LEN T24i-30"]
# (product string, vendor id, product id)
USB_COMMON = [("USB Receiver", "046d", "c52b"), ("Logitech USB Receiver", "046d", "c548"),
              ("MX Master 3S", "046d", "b034"), ("USB Optical Mouse", "046d", "c077"),
              ("Jabra Evolve2 65", "0b0e", "24ae"), ("USB Audio Device", "0d8c", "0014"),
              ("Microsoft USB Keyboard", "045e", "07f8"), ("HD Pro Webcam C920", "046d", "082d"),
              ("USB2.0 Hub", "05e3", "0610"), ("USB3.0 Hub", "2109", "2813"), ("Dell dock WD19", "413c", "b06e"),
              ("AX88179 Gigabit Ethernet", "0b95", "1790"), ("Razer DeathAdder", "1532", "0084"),
              ("Keychron K2", "05ac", "024f"), ("SanDisk Ultra", "0781", "5581"), ("Elgato Facecam", "0fd9", "0078")]
USB_YUBIKEY = ("YubiKey OTP+FIDO+CCID", "1050", "0407")
USB_DESK_KVM = [("ATEN CS22U KVM Switch", "0557", "2419"), ("TESmart HKS0401A2U", "1a86", "7523"),
                ("UGREEN USB Switch", "05e3", "0626"), ("IOGEAR GCS1102", "0557", "2221"),
                ("CKL KVM Switch", "1a40", "0101")]
USB_IP_KVM = [("PiKVM Composite Device", "1d6b", "0104"), ("TinyPilot", "1d6b", "0104"),
              ("JetKVM", "1d6b", "0104"), ("KVM-over-IP CN9600", "0557", "2303"),
              ("Lantronix Spider", "0403", "6015"), ("GL.iNet Comet KVM", "1d6b", "0104"),
              ("BliKVM", "1d6b", "0104")]
PROC_BASE_WIN = ["chrome.exe", "msedge.exe", "explorer.exe", "Slack.exe", "Teams.exe", "Zoom.exe", "OneDrive.exe",
                 "Code.exe", "python.exe", "WindowsTerminal.exe", "SecurityHealthService.exe", "SentinelAgent.exe"]
PROC_BASE_MAC = ["Google Chrome", "Safari", "Slack", "zoom.us", "Code Helper", "Terminal", "Finder",
                 "SentinelAgent", "iTerm2"]
PROC_REMOTE = ["AnyDesk.exe", "TeamViewer.exe", "remoting_host.exe", "rustdesk.exe", "ScreenConnect.ClientService.exe",
               "tvnserver.exe", "Splashtop-streamer.exe", "parsecd.exe"]
PROC_REMOTE_MAC = ["AnyDesk", "TeamViewer", "ChromeRemoteDesktopHost", "RustDesk", "Splashtop Streamer"]
PROC_KOREAN = ["KakaoTalk.exe", "HncHwp.exe", "NateOnMain.exe"]
PROC_CHINESE = ["WeChat.exe", "QQ.exe", "DingTalk.exe", "astrill.exe", "SogouInput.exe"]

BANK_NAMES = {"US": ["Chase", "Bank of America", "Wells Fargo", "Citibank", "Capital One", "US Bank", "PNC", "Navy Federal CU",
                     "Chime", "Mercury"],
              "default": ["local bank"]}
CRYPTO_CHAINS = [("USDC-Polygon", "0x"), ("USDT-TRC20", "T"), ("USDC-Solana", "")]

# Client companies that post tasks (AI labs, enterprises).  name, domain, country
CLIENT_WORDS_A = ["Lumen", "Vector", "Atlas", "Quill", "Nimbus", "Cortex", "Helix", "Orbit", "Prism", "Sable", "Tern",
                  "Kestrel", "Meridian", "Juniper", "Halcyon", "Cobalt", "Aster", "Beacon", "Cinder", "Delta", "Ember",
                  "Fathom", "Granite", "Harbor", "Ionic", "Jetty", "Kinetic", "Lattice", "Mosaic", "Nova", "Onyx",
                  "Polar", "Quartz", "Relay", "Summit", "Tidal", "Umbra", "Verity", "Willow", "Zephyr"]
CLIENT_WORDS_B = ["AI", "Labs", "Robotics", "Health", "Analytics", "Systems", "Maps", "Commerce", "Bio", "Financial",
                  "Motors", "Learning", "Intelligence", "Vision", "Speech", "Data"]

SKILLS_GENERAL = ["image labelling", "bounding boxes", "semantic segmentation", "audio transcription", "sentiment tagging",
                  "search relevance rating", "content moderation", "translation review", "LiDAR annotation",
                  "named entity tagging", "chatbot response rating", "survey tasks"]
SKILLS_EXPERT = ["Python", "TypeScript", "Java", "Go", "Rust", "C++", "SQL", "React", "Node.js", "Django", "Kubernetes",
                 "AWS", "PyTorch", "code review", "unit testing", "competitive programming", "Solidity", "Swift", "Kotlin"]
LANGS = {"US": "English", "CA": "English;French", "GB": "English", "PH": "English;Filipino", "IN": "English;Hindi",
         "KE": "English;Swahili", "NG": "English;Yoruba", "VE": "Spanish", "PK": "English;Urdu", "BR": "Portuguese",
         "MX": "Spanish", "CO": "Spanish", "AR": "Spanish", "EG": "Arabic;English", "BD": "Bengali;English",
         "ID": "Indonesian", "VN": "Vietnamese", "UA": "Ukrainian;English", "PL": "Polish;English", "RO": "Romanian",
         "RS": "Serbian", "DE": "German;English", "FR": "French", "ES": "Spanish", "PT": "Portuguese", "ZA": "English",
         "GH": "English", "UG": "English", "ET": "Amharic;English", "MA": "Arabic;French", "TN": "Arabic;French",
         "TR": "Turkish", "KR": "Korean;English", "TW": "Chinese (Traditional);English", "MY": "Malay;English;Chinese",
         "SG": "English;Chinese", "HK": "Cantonese;English", "JP": "Japanese", "LK": "Sinhala;English",
         "NP": "Nepali;English", "TH": "Thai", "CN": "Chinese (Simplified);English"}

EMAIL_FREE = {"default": ["gmail.com"] * 8 + ["yahoo.com", "outlook.com", "hotmail.com"],
              "US": ["gmail.com"] * 6 + ["yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "comcast.net"],
              "IN": ["gmail.com"] * 7 + ["yahoo.co.in", "rediffmail.com", "outlook.com"],
              "KR": ["naver.com", "naver.com", "gmail.com", "daum.net", "kakao.com"],
              "CN": ["qq.com", "163.com", "gmail.com", "outlook.com"],
              "TW": ["gmail.com", "yahoo.com.tw", "hotmail.com"],
              "JP": ["gmail.com", "yahoo.co.jp", "icloud.com"],
              "DE": ["gmail.com", "gmx.de", "web.de", "t-online.de"],
              "FR": ["gmail.com", "orange.fr", "free.fr", "hotmail.fr"],
              "BR": ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br"],
              "NG": ["gmail.com"] * 6 + ["yahoo.com", "outlook.com"],
              "PH": ["gmail.com"] * 7 + ["yahoo.com", "ymail.com"]}

RESUME_TEMPLATES = [
    ("Professional Summary", "Detail-oriented professional with a passion for delivering high-quality results in fast-paced environments.",
     ["PROFESSIONAL SUMMARY", "CORE COMPETENCIES", "WORK EXPERIENCE", "EDUCATION", "CERTIFICATIONS"]),
    ("Profile", "Motivated and reliable team player with strong attention to detail and excellent communication skills.",
     ["PROFILE", "SKILLS", "EXPERIENCE", "EDUCATION", "REFERENCES AVAILABLE ON REQUEST"]),
    ("Summary", "Results-driven software engineer experienced in building scalable, maintainable applications and collaborating across teams.",
     ["SUMMARY", "TECHNICAL SKILLS", "PROFESSIONAL EXPERIENCE", "PROJECTS", "EDUCATION"]),
    ("About Me", "Hardworking and fast learner who enjoys solving problems and working with data. Comfortable working remotely and independently.",
     ["ABOUT ME", "SKILLS", "WORK HISTORY", "EDUCATION", "LANGUAGES"]),
    ("Career Objective", "To obtain a challenging position where I can utilize my skills and experience for the growth of the organization.",
     ["CAREER OBJECTIVE", "KEY SKILLS", "EMPLOYMENT HISTORY", "ACADEMIC QUALIFICATIONS", "HOBBIES"]),
]
BOOTCAMPS = [
    ("ALX Africa Software Engineering", "ALX Software Engineering graduate. Completed a 12-month intensive program covering C, Python, "
     "JavaScript, DevOps and system engineering through peer learning and project-based work."),
    ("Moringa School", "Moringa School graduate with full-stack training in Python, Django, JavaScript and React, "
     "building team projects in an Agile environment."),
    ("Zuri / HNG Internship", "HNG Internship finalist: completed staged backend and frontend tasks under tight deadlines "
     "with a distributed team of mentors."),
    ("Kodego Bootcamp", "KodeGo full-stack web development graduate with hands-on experience in HTML, CSS, JavaScript, PHP and MySQL."),
    ("Lambda School / BloomTech", "BloomTech full-stack web development graduate: React, Node.js, SQL, computer science "
     "fundamentals and a four-week team capstone."),
]
EMPLOYERS_FAKE_HISTORY = ["Accenture", "Infosys", "Wipro", "Cognizant", "EPAM Systems", "Globant", "Toptal", "Upwork",
                          "Freelance", "Tata Consultancy Services", "Capgemini", "IBM", "Oracle", "SAP", "Shopify",
                          "Amazon Web Services", "Microsoft", "Meta", "Stripe", "Twilio", "Coinbase", "Robinhood",
                          "Andela", "Turing", "Crossover", "Lemon.io", "Deel", "Remote.com"]
SCHOOLS = {"US": ["University of Texas at Austin", "Arizona State University", "Georgia Tech", "Penn State", "UCLA",
                  "University of Florida", "Ohio State University", "Purdue University", "San Jose State University",
                  "University of Washington", "Rutgers University", "University of Maryland"],
           "default": ["State University", "National University", "Institute of Technology", "Polytechnic University"]}
