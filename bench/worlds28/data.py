"""Reference data for world 28 (Shiftline): names, places, networks, devices, clients, vendors, templates."""

EXPORT_DAY = "2025-10-31"
WINDOW_START = "2025-05-01"  # sign-ins, telemetry and payouts are exported from here to EXPORT_DAY

# ---------------------------------------------------------------- names
US_FIRST = """James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph Jessica
Thomas Sarah Christopher Karen Charles Lisa Daniel Nancy Matthew Betty Anthony Sandra Mark Ashley Donald Kimberly Steven Emily
Andrew Donna Paul Michelle Joshua Carol Kenneth Amanda Kevin Melissa Brian Deborah George Stephanie Timothy Rebecca Ronald Sharon
Jason Laura Edward Cynthia Jeffrey Dorothy Ryan Amy Jacob Kathleen Gary Angela Nicholas Shirley Eric Emma Jonathan Brenda Stephen
Pamela Larry Nicole Justin Anna Scott Samantha Brandon Katherine Benjamin Christine Samuel Debra Gregory Rachel Alexander Carolyn
Patrick Janet Frank Maria Raymond Olivia Jack Heather Dennis Helen Jerry Catherine Tyler Diane Aaron Julie Jose Victoria Adam Joyce
Nathan Lauren Henry Kelly Zachary Christina Douglas Ruth Peter Joan Kyle Virginia Noah Judith Ethan Evelyn Jeremy Hannah Christian
Andrea Walter Megan Keith Cheryl Austin Jacqueline Roger Madison Terry Teresa Sean Abigail Gerald Sophia Carl Martha Dylan Sara
Harold Gloria Jordan Janice Jesse Kathryn Bryan Ann Lawrence Isabella Arthur Judy Gabriel Charlotte Bruce Julia Logan Grace Billy
Amber Joe Alice Alan Jean Juan Denise Elijah Frances Willie Danielle Albert Marilyn Wayne Natalie Randy Beverly Mason Diana Vincent
Brittany Liam Theresa Roy Kayla Bobby Alexis Caleb Doris Bradley Lori Russell Tiffany Lucas Kiara DeShawn Tanisha Jamal Latoya
Marcus Keisha Andre Imani Terrence Ebony Luis Guadalupe Carlos Rosa Miguel Yesenia Jorge Marisol Alejandro Lucia Wei Mei Jin Hana
Minh Linh Tuan Thao Hyun Soo Ji Priya Raj Anil Deepa Omar Fatima Ahmed Aisha Yusuf Layla Ivan Olga""".split()
US_LAST = """Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas
Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott
Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker
Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard
Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel
Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher Vasquez
Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis
Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry
Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz Hunt
Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols
Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kelley Spencer Hawkins Arnold Pierce Vazquez Hansen Peters Santos Hart Bradley
Knight Elliott Cunningham Duncan Armstrong Hudson Carroll Lane Riley Andrews Alvarado Ray Delgado Berry Perkins Hoffman Johnston
Matthews Pena Richards Contreras Willis Carpenter Lawrence Sandoval Park Choi Wong Le Pham Shah Singh Khan Ali Kowalski Novak""".split()
PH_FIRST = """Maria Jose Juan Mark John Michael Christian Angelica Kristine Jennifer Mary Grace Joy Rica Princess Jasmine Ronald Jerome
Carlo Paolo Miguel Angelo Joshua Jayson Ryan Rhea Camille Patricia Kimberly Katrina Jomar Rodel Arnel Marvin Reynaldo Lorna Marites
Rosalie Jocelyn Liezl Aileen Divina Erwin Ferdinand Raymart Jhon Mae Ella Bea Janine Czarina Rhoda Nestor Edgardo""".split()
PH_LAST = """Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Tomas Andrada Castillo Flores Villanueva Ramos Castro Rivera Aquino
Navarro Salazar Mercado Dela Cruz Del Rosario Gonzales Lopez Hernandez Perez Pascual Domingo Soriano Manalo Valdez Dizon Gutierrez
Aguilar Sison Lim Tan Go Co Magbanua Macaraeg Panganiban Dimaculangan Batungbakal Lacson Padilla Cabrera Manalastas""".split()
IN_FIRST = """Aarav Vivaan Aditya Vihaan Arjun Sai Reyansh Ayaan Krishna Ishaan Rahul Rohit Amit Suresh Ramesh Vikram Anil Sunil Kiran
Priya Ananya Diya Aadhya Pooja Neha Sneha Kavya Divya Lakshmi Meera Swati Shreya Nandini Anjali Deepika Harini Keerthi Sowmya
Mohammed Imran Faisal Sameer Naveen Praveen Karthik Sanjay Venkat Srinivas Manoj Gaurav""".split()
IN_LAST = """Sharma Verma Gupta Singh Kumar Reddy Rao Naidu Iyer Iyengar Nair Menon Pillai Patel Shah Mehta Joshi Kulkarni Deshpande
Chowdhury Das Banerjee Mukherjee Ghosh Bose Khan Ansari Qureshi Shaikh Agarwal Jain Mishra Pandey Tiwari Yadav Chauhan Rathore
Krishnan Subramanian Raman Gowda Hegde Shetty""".split()
CO_FIRST = """Juan Carlos Andres Felipe Santiago Sebastian Daniel Alejandro Camilo Mateo Nicolas David Luis Jorge Oscar Diego Maria
Valentina Camila Daniela Laura Natalia Paula Andrea Carolina Juliana Alejandra Sofia Manuela Catalina Isabella Mariana Luisa Diana
Lina Angela Paola Yuliana Estefania Viviana""".split()
CO_LAST = """Rodriguez Gomez Gonzalez Martinez Garcia Lopez Hernandez Sanchez Ramirez Perez Diaz Moreno Munoz Rojas Jimenez Vargas
Castro Ortiz Ruiz Alvarez Suarez Romero Herrera Medina Aguilar Torres Quintero Restrepo Ospina Cardenas Giraldo Zapata Arango
Mejia Velasquez Rios Osorio Castano Londono Henao""".split()
KE_FIRST = """Brian Kevin Dennis Collins Victor Kelvin Felix Peter Joseph Samuel Daniel Edwin Emmanuel Faith Mercy Grace Esther
Joy Purity Ann Caroline Winnie Sharon Cynthia Beatrice Lucy Diana Brenda Wanjiru Akinyi Achieng Njeri Wambui Chebet Kiprono Kipchoge
Otieno Ochieng Mwangi Kamau""".split()
KE_LAST = """Mwangi Otieno Kamau Wanjiku Ochieng Kariuki Njoroge Odhiambo Mutua Kimani Onyango Mugo Omondi Wafula Chege Kiprop Cheruiyot
Barasa Wekesa Mutiso Maina Karanja Nyambura Ouma Owino Kibet Kiplagat Rotich Langat Koech Muthoni Gitau Ngugi Waweru""".split()
PL_FIRST = """Jakub Kacper Szymon Filip Jan Antoni Mateusz Michal Bartosz Piotr Krzysztof Tomasz Pawel Adam Lukasz Marcin Anna Maria
Zuzanna Julia Maja Zofia Aleksandra Natalia Katarzyna Agnieszka Magdalena Joanna Monika Karolina Ewa Paulina Marta Dominika
Weronika Oliwia""".split()
PL_LAST = """Nowak Kowalski Wisniewski Wojcik Kowalczyk Kaminski Lewandowski Zielinski Szymanski Wozniak Dabrowski Kozlowski Jankowski
Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawlowski Michalski Nowicki Adamczyk Dudek Zajac Wieczorek Jablonski
Krol Majewski Olszewski Jaworski Wrobel Malinowski Pawlak Witkowski Walczak""".split()
MX_FIRST = """Jose Luis Juan Miguel Angel Jesus Francisco Alejandro Fernando Ricardo Eduardo Roberto Arturo Guadalupe Maria Fernanda
Ximena Valeria Daniela Andrea Mariana Gabriela Alejandra Veronica Adriana Leticia Patricia Rosa Claudia Karla Brenda Itzel
Yolanda Sofia""".split()
MX_LAST = """Hernandez Garcia Martinez Lopez Gonzalez Perez Rodriguez Sanchez Ramirez Cruz Flores Gomez Morales Vazquez Reyes Jimenez
Torres Diaz Gutierrez Ruiz Mendoza Aguilar Ortiz Moreno Castillo Romero Alvarez Mendez Chavez Rivera Juarez Ramos Dominguez
Herrera Medina Castro Vargas Guzman Velazquez Salazar""".split()
ZA_FIRST = """Thabo Sipho Lerato Nomvula Bongani Themba Zanele Lindiwe Mpho Kagiso Nokuthula Busisiwe Johan Pieter Annelie Chantal
Riaan Ayesha Naledi Karabo Tshepo Palesa Refilwe Siyabonga Andile""".split()
ZA_LAST = """Nkosi Dlamini Ndlovu Khumalo Mokoena Mahlangu Sithole Zulu Mthembu Naidoo Botha Van der Merwe Pretorius Adams Jacobs
Petersen Williams Hendricks Abrahams Mabaso Molefe Maseko Radebe Shabalala""".split()
JM_FIRST = """Andre Shanice Kemar Tashana Romaine Kimone Dwayne Shauna Oneil Jodian Jermaine Tamika Odane Kadian Rushane Abigail
Damion Trudy-Ann Ricardo Natoya Sheldon Shantel""".split()
JM_LAST = """Brown Williams Campbell Smith Johnson Thomas Clarke Reid Francis Morgan Grant Gordon Henry Lewis Walker Wright Stewart
Edwards Bailey Robinson Ellis McKenzie Graham""".split()

NAMES = {
    "US": (US_FIRST, US_LAST), "PH": (PH_FIRST, PH_LAST), "IN": (IN_FIRST, IN_LAST), "CO": (CO_FIRST, CO_LAST),
    "KE": (KE_FIRST, KE_LAST), "PL": (PL_FIRST, PL_LAST), "MX": (MX_FIRST, MX_LAST), "ZA": (ZA_FIRST, ZA_LAST),
    "JM": (JM_FIRST, JM_LAST),
}
COMMON_US_NAMES = ["Michael Smith", "Maria Garcia", "James Johnson", "Jennifer Brown", "David Rodriguez", "Jessica Williams",
                   "Robert Jones", "Ashley Davis", "Christopher Martinez", "Michelle Lee", "Daniel Nguyen", "Sarah Miller"]

# ---------------------------------------------------------------- places
# city, state/region, zone, lat, lon, zip (or postcode), US area codes
US_CITIES = [
    ("Tampa", "FL", "America/New_York", 27.95, -82.46, "336", ["813", "656"]),
    ("Jacksonville", "FL", "America/New_York", 30.33, -81.66, "322", ["904"]),
    ("Orlando", "FL", "America/New_York", 28.54, -81.38, "328", ["407", "321"]),
    ("Atlanta", "GA", "America/New_York", 33.75, -84.39, "303", ["404", "470", "678"]),
    ("Charlotte", "NC", "America/New_York", 35.23, -80.84, "282", ["704", "980"]),
    ("Columbus", "OH", "America/New_York", 39.96, -83.00, "432", ["614", "380"]),
    ("Detroit", "MI", "America/Detroit", 42.33, -83.05, "482", ["313"]),
    ("Philadelphia", "PA", "America/New_York", 39.95, -75.17, "191", ["215", "267"]),
    ("Richmond", "VA", "America/New_York", 37.54, -77.44, "232", ["804"]),
    ("Baltimore", "MD", "America/New_York", 39.29, -76.61, "212", ["410", "443"]),
    ("Brooklyn", "NY", "America/New_York", 40.68, -73.94, "112", ["718", "347"]),
    ("Buffalo", "NY", "America/New_York", 42.89, -78.88, "142", ["716"]),
    ("Louisville", "KY", "America/Kentucky/Louisville", 38.25, -85.76, "402", ["502"]),
    ("Memphis", "TN", "America/Chicago", 35.15, -90.05, "381", ["901"]),
    ("Nashville", "TN", "America/Chicago", 36.16, -86.78, "372", ["615", "629"]),
    ("San Antonio", "TX", "America/Chicago", 29.42, -98.49, "782", ["210", "726"]),
    ("Houston", "TX", "America/Chicago", 29.76, -95.37, "770", ["713", "281", "832"]),
    ("Dallas", "TX", "America/Chicago", 32.78, -96.80, "752", ["214", "469", "972"]),
    ("El Paso", "TX", "America/Denver", 31.76, -106.49, "799", ["915"]),
    ("Chicago", "IL", "America/Chicago", 41.88, -87.63, "606", ["312", "773", "872"]),
    ("Milwaukee", "WI", "America/Chicago", 43.04, -87.91, "532", ["414"]),
    ("Kansas City", "MO", "America/Chicago", 39.10, -94.58, "641", ["816"]),
    ("Omaha", "NE", "America/Chicago", 41.26, -95.94, "681", ["402", "531"]),
    ("New Orleans", "LA", "America/Chicago", 29.95, -90.07, "701", ["504"]),
    ("Oklahoma City", "OK", "America/Chicago", 35.47, -97.52, "731", ["405"]),
    ("Denver", "CO", "America/Denver", 39.74, -104.99, "802", ["303", "720"]),
    ("Boise", "ID", "America/Boise", 43.62, -116.20, "837", ["208", "986"]),
    ("Salt Lake City", "UT", "America/Denver", 40.76, -111.89, "841", ["801", "385"]),
    ("Albuquerque", "NM", "America/Denver", 35.08, -106.65, "871", ["505"]),
    ("Phoenix", "AZ", "America/Phoenix", 33.45, -112.07, "850", ["602", "480", "623"]),
    ("Tucson", "AZ", "America/Phoenix", 32.22, -110.97, "857", ["520"]),
    ("Las Vegas", "NV", "America/Los_Angeles", 36.17, -115.14, "891", ["702", "725"]),
    ("Sacramento", "CA", "America/Los_Angeles", 38.58, -121.49, "958", ["916", "279"]),
    ("Fresno", "CA", "America/Los_Angeles", 36.74, -119.79, "937", ["559"]),
    ("San Diego", "CA", "America/Los_Angeles", 32.72, -117.16, "921", ["619", "858"]),
    ("Los Angeles", "CA", "America/Los_Angeles", 34.05, -118.24, "900", ["213", "323", "818"]),
    ("Portland", "OR", "America/Los_Angeles", 45.52, -122.68, "972", ["503", "971"]),
    ("Spokane", "WA", "America/Los_Angeles", 47.66, -117.43, "992", ["509"]),
    ("Seattle", "WA", "America/Los_Angeles", 47.61, -122.33, "981", ["206", "253"]),
    ("Honolulu", "HI", "Pacific/Honolulu", 21.31, -157.86, "968", ["808"]),
    ("Anchorage", "AK", "America/Anchorage", 61.22, -149.90, "995", ["907"]),
]
US_STREETS = """Maple Oak Pine Cedar Elm Washington Lake Hill Sunset Park Main Church Walnut Highland Jefferson Lincoln Madison
Willow Ridge Meadow Forest River Spring Chestnut Franklin Magnolia Cherry Dogwood Hickory Poplar Sycamore Laurel Jackson Adams
Monroe Harrison Valley Prairie Mesa Canyon Bayview Harbor Mill Orchard Birch Aspen Juniper Cypress Palmetto""".split()
US_SUFFIX = [("Street", "St"), ("Avenue", "Ave"), ("Road", "Rd"), ("Drive", "Dr"), ("Lane", "Ln"), ("Court", "Ct"),
             ("Boulevard", "Blvd"), ("Way", "Way"), ("Place", "Pl"), ("Circle", "Cir"), ("Parkway", "Pkwy")]

# foreign cities where Shiftline runs delivery centres and/or has home-based agents
# city, region, country, zone, lat, lon, postcode
INTL_CITIES = {
    "PH": [("Quezon City", "Metro Manila", "Asia/Manila", 14.68, 121.04, "1100"), ("Makati", "Metro Manila", "Asia/Manila", 14.55, 121.02, "1226"),
           ("Pasig", "Metro Manila", "Asia/Manila", 14.58, 121.06, "1605"), ("Cebu City", "Cebu", "Asia/Manila", 10.32, 123.89, "6000"),
           ("Davao City", "Davao del Sur", "Asia/Manila", 7.07, 125.61, "8000"), ("Iloilo City", "Iloilo", "Asia/Manila", 10.72, 122.56, "5000"),
           ("Bacolod", "Negros Occidental", "Asia/Manila", 10.68, 122.95, "6100"), ("Baguio", "Benguet", "Asia/Manila", 16.40, 120.60, "2600")],
    "IN": [("Bengaluru", "Karnataka", "Asia/Kolkata", 12.97, 77.59, "560102"), ("Hyderabad", "Telangana", "Asia/Kolkata", 17.39, 78.49, "500081"),
           ("Pune", "Maharashtra", "Asia/Kolkata", 18.52, 73.86, "411014"), ("Chennai", "Tamil Nadu", "Asia/Kolkata", 13.08, 80.27, "600096"),
           ("Gurugram", "Haryana", "Asia/Kolkata", 28.46, 77.03, "122002"), ("Mohali", "Punjab", "Asia/Kolkata", 30.70, 76.72, "160062")],
    "CO": [("Bogota", "Bogota D.C.", "America/Bogota", 4.71, -74.07, "110111"), ("Medellin", "Antioquia", "America/Bogota", 6.24, -75.58, "050021"),
           ("Barranquilla", "Atlantico", "America/Bogota", 10.96, -74.80, "080001"), ("Cali", "Valle del Cauca", "America/Bogota", 3.45, -76.53, "760001")],
    "KE": [("Nairobi", "Nairobi County", "Africa/Nairobi", -1.29, 36.82, "00100"), ("Mombasa", "Mombasa County", "Africa/Nairobi", -4.04, 39.67, "80100"),
           ("Kisumu", "Kisumu County", "Africa/Nairobi", -0.09, 34.77, "40100")],
    "PL": [("Krakow", "Malopolskie", "Europe/Warsaw", 50.06, 19.94, "31-147"), ("Wroclaw", "Dolnoslaskie", "Europe/Warsaw", 51.11, 17.04, "50-077"),
           ("Lodz", "Lodzkie", "Europe/Warsaw", 51.76, 19.46, "90-001"), ("Warsaw", "Mazowieckie", "Europe/Warsaw", 52.23, 21.01, "00-001")],
    "MX": [("Monterrey", "Nuevo Leon", "America/Monterrey", 25.69, -100.32, "64000"), ("Guadalajara", "Jalisco", "America/Mexico_City", 20.66, -103.35, "44100"),
           ("Tijuana", "Baja California", "America/Tijuana", 32.51, -117.04, "22000"), ("Hermosillo", "Sonora", "America/Hermosillo", 29.07, -110.96, "83000")],
    "ZA": [("Cape Town", "Western Cape", "Africa/Johannesburg", -33.92, 18.42, "8001"), ("Durban", "KwaZulu-Natal", "Africa/Johannesburg", -29.86, 31.02, "4001"),
           ("Johannesburg", "Gauteng", "Africa/Johannesburg", -26.20, 28.05, "2001")],
    "JM": [("Kingston", "Kingston", "America/Jamaica", 18.02, -76.80, ""), ("Montego Bay", "St. James", "America/Jamaica", 18.47, -77.92, ""),
           ("Portmore", "St. Catherine", "America/Jamaica", 17.95, -76.88, "")],
}
COUNTRY_ZONE = {"US": "America/New_York", "PH": "Asia/Manila", "IN": "Asia/Kolkata", "CO": "America/Bogota", "KE": "Africa/Nairobi",
                "PL": "Europe/Warsaw", "MX": "America/Mexico_City", "ZA": "Africa/Johannesburg", "JM": "America/Jamaica"}
COUNTRY_KEYBOARD = {"US": "en-US", "PH": "en-US", "IN": "en-IN", "CO": "es-CO", "KE": "en-US", "PL": "pl-PL", "MX": "es-MX",
                    "ZA": "en-ZA", "JM": "en-US"}
DIAL = {"US": "1", "PH": "63", "IN": "91", "CO": "57", "KE": "254", "PL": "48", "MX": "52", "ZA": "27", "JM": "1",
        "CN": "86", "RU": "7", "LA": "856", "AE": "971", "GB": "44", "CA": "1"}

# delivery centres: (site code, city index in INTL_CITIES / US city name, building address line)
SITES = [
    ("MNL1", "PH", "Quezon City", "Eastwood City Cyberpark, 188 E. Rodriguez Jr. Ave, Bagumbayan"),
    ("MNL2", "PH", "Makati", "Ayala North Exchange Tower 2, 6796 Ayala Ave"),
    ("MNL3", "PH", "Pasig", "Robinsons Cybergate Center Tower 3, Pioneer St"),
    ("CEB1", "PH", "Cebu City", "i2 Building, Asiatown IT Park, Lahug"),
    ("DVO1", "PH", "Davao City", "Abreeza Corporate Center, J.P. Laurel Ave, Bajada"),
    ("ILO1", "PH", "Iloilo City", "Two Global Center, Megaworld Blvd, Mandurriao"),
    ("BLR1", "IN", "Bengaluru", "Tower C, Embassy Tech Village, Outer Ring Road, Devarabisanahalli"),
    ("HYD1", "IN", "Hyderabad", "Block 5, Mindspace IT Park, HITEC City, Madhapur"),
    ("PNQ1", "IN", "Pune", "Building 9, EON Free Zone, Kharadi"),
    ("BOG1", "CO", "Bogota", "Torre Atrio Norte, Carrera 7 # 26-20, piso 14"),
    ("MDE1", "CO", "Medellin", "Edificio Milla de Oro, Calle 3 Sur # 43A-52"),
    ("NBO1", "KE", "Nairobi", "Sameer Business Park, Block B, Mombasa Road"),
    ("KRK1", "PL", "Krakow", "Quattro Business Park, ul. Bora-Komorowskiego 25"),
    ("MTY1", "MX", "Monterrey", "Torre Avalanz, Av. Batallon de San Patricio 109, Valle Oriente"),
    ("CPT1", "ZA", "Cape Town", "The Boulevard Office Park, Searle St, Woodstock"),
    ("KIN1", "JM", "Kingston", "Digicel Innovation Park, 8 Ocean Blvd"),
    ("TPA1", "US", "Tampa", "4200 W Cypress St, Suite 300"),
    ("SAT1", "US", "San Antonio", "9601 McAllister Fwy, Building 2"),
    ("BOI1", "US", "Boise", "1111 W Jefferson St, Floor 4"),
]

# ---------------------------------------------------------------- networks
# name, asn, owner, service; per country
ISPS = {
    "US": [("Comcast", 7922, "Comcast Cable Communications, LLC", "RESIDENTIAL"),
           ("Charter", 20115, "Charter Communications", "RESIDENTIAL"),
           ("AT&T", 7018, "AT&T Services, Inc.", "RESIDENTIAL"),
           ("Verizon Fios", 701, "Verizon Business", "RESIDENTIAL"),
           ("Cox", 22773, "Cox Communications Inc.", "RESIDENTIAL"),
           ("CenturyLink", 209, "CenturyLink Communications, LLC", "RESIDENTIAL"),
           ("Frontier", 5650, "Frontier Communications of America, Inc.", "RESIDENTIAL"),
           ("Optimum", 6128, "Cablevision Systems Corp.", "RESIDENTIAL")],
    "PH": [("PLDT", 9299, "Philippine Long Distance Telephone Company", "RESIDENTIAL"),
           ("Globe", 4775, "Globe Telecoms", "RESIDENTIAL"),
           ("Converge", 17639, "Converge ICT Solutions Inc.", "RESIDENTIAL"),
           ("Sky Cable", 23944, "SKYBroadband SKYCable Corporation", "RESIDENTIAL")],
    "IN": [("Airtel", 24560, "Bharti Airtel Ltd., Telemedia Services", "RESIDENTIAL"),
           ("Jio", 55836, "Reliance Jio Infocomm Limited", "RESIDENTIAL"),
           ("ACT Fibernet", 24309, "Atria Convergence Technologies Ltd.", "RESIDENTIAL"),
           ("BSNL", 9829, "National Internet Backbone", "RESIDENTIAL")],
    "CO": [("Claro", 10620, "Telmex Colombia S.A.", "RESIDENTIAL"), ("ETB", 19429, "ETB - Colombia", "RESIDENTIAL"),
           ("Tigo", 13489, "EPM Telecomunicaciones S.A. E.S.P.", "RESIDENTIAL")],
    "KE": [("Safaricom", 33771, "Safaricom Limited", "RESIDENTIAL"), ("Zuku", 15399, "Wananchi Group (Kenya) Limited", "RESIDENTIAL"),
           ("Airtel KE", 36926, "Airtel Networks Kenya Limited", "RESIDENTIAL")],
    "PL": [("Orange Polska", 5617, "Orange Polska Spolka Akcyjna", "RESIDENTIAL"), ("UPC Polska", 6830, "Liberty Global B.V.", "RESIDENTIAL"),
           ("Netia", 12741, "Netia SA", "RESIDENTIAL")],
    "MX": [("Telmex", 8151, "UNINET", "RESIDENTIAL"), ("Totalplay", 22884, "TOTAL PLAY TELECOMUNICACIONES SA DE CV", "RESIDENTIAL"),
           ("Izzi", 11888, "Television Internacional, S.A. de C.V.", "RESIDENTIAL")],
    "ZA": [("Vumatel", 37680, "COOL IDEAS SERVICE PROVIDER (PTY) LTD", "RESIDENTIAL"), ("Telkom SA", 37457, "Telkom SA Ltd.", "RESIDENTIAL")],
    "JM": [("Flow", 23520, "Columbus Communications Jamaica Limited", "RESIDENTIAL"), ("Digicel JM", 33576, "Digicel Jamaica", "RESIDENTIAL")],
}
MOBILE = {
    "US": [("T-Mobile", 21928, "T-Mobile USA, Inc.", "MOBILE_CGNAT"), ("Verizon Wireless", 6167, "Cellco Partnership DBA Verizon Wireless", "MOBILE_CGNAT"),
           ("AT&T Mobility", 20057, "AT&T Mobility LLC", "MOBILE_CGNAT")],
    "PH": [("Smart", 10139, "Smart Broadband, Inc.", "MOBILE_CGNAT"), ("Globe Mobile", 132199, "Globe Telecom Inc.", "MOBILE_CGNAT"),
           ("DITO", 139831, "DITO Telecommunity Corp.", "MOBILE_CGNAT")],
    "IN": [("Jio Mobile", 55836, "Reliance Jio Infocomm Limited", "MOBILE_CGNAT"), ("Vi", 38266, "Vodafone Idea Ltd", "MOBILE_CGNAT")],
    "CO": [("Claro Movil", 27831, "Colombia Movil", "MOBILE_CGNAT")],
    "KE": [("Safaricom Mobile", 33771, "Safaricom Limited", "MOBILE_CGNAT")],
    "PL": [("Play", 39603, "P4 Sp. z o.o.", "MOBILE_CGNAT")],
    "MX": [("Telcel", 28403, "Radiomovil Dipsa, S.A. de C.V.", "MOBILE_CGNAT")],
    "ZA": [("Vodacom", 29975, "Vodacom", "MOBILE_CGNAT")],
    "JM": [("Digicel Mobile", 33576, "Digicel Jamaica", "MOBILE_CGNAT")],
}
BUSINESS_ISP = {
    "US": [("Lumen Enterprise", 3356, "Level 3 Parent, LLC", "BUSINESS"), ("Zayo", 6461, "Zayo Bandwidth", "BUSINESS")],
    "PH": [("PLDT Enterprise", 9299, "Philippine Long Distance Telephone Company", "BUSINESS"), ("Eastern Communications", 9658, "Eastern Telecoms Phils., Inc.", "BUSINESS")],
    "IN": [("Tata Communications", 4755, "TATA Communications formerly VSNL is Leading ISP", "BUSINESS"), ("Airtel Enterprise", 9498, "BHARTI Airtel Ltd.", "BUSINESS")],
    "CO": [("Internexa", 18678, "INTERNEXA S.A. E.S.P", "BUSINESS")],
    "KE": [("Liquid Telecom", 30844, "Liquid Telecommunications Ltd", "BUSINESS")],
    "PL": [("Orange Business", 5617, "Orange Polska Spolka Akcyjna", "BUSINESS")],
    "MX": [("Alestra", 11172, "Alestra, S. de R.L. de C.V.", "BUSINESS")],
    "ZA": [("Dimension Data", 37053, "Dimension Data", "BUSINESS")],
    "JM": [("Flow Business", 23520, "Columbus Communications Jamaica Limited", "BUSINESS")],
}
# consumer VPN / proxy exits. recog = share of exits the sign-in source flags as proxy
VPNS = [("ASTRILL_VPN", 9009, "M247 Europe SRL", 0.55), ("ASTRILL_VPN", 212238, "Datacamp Limited", 0.55),
        ("NORD_VPN", 136787, "TEFINCOM S.A.", 0.7), ("EXPRESS_VPN", 394711, "Express VPN International Ltd", 0.6),
        ("PROTON_VPN", 62371, "Proton AG", 0.8), ("MULLVAD_VPN", 39351, "31173 Services AB", 0.8),
        ("SURFSHARK", 16247, "Datacamp Limited", 0.5), ("ICLOUD_PRIVATE_RELAY", 36183, "Akamai Technologies, Inc.", 0.1)]
VPS = [("DigitalOcean", 14061, "DigitalOcean, LLC"), ("Vultr", 20473, "The Constant Company, LLC"), ("OVH", 16276, "OVH SAS"),
       ("Linode", 63949, "Akamai Connected Cloud"), ("Hetzner", 24940, "Hetzner Online GmbH"), ("Contabo", 51167, "Contabo GmbH")]
CORP_EGRESS = [("ZSCALER", 62044, "Zscaler, Inc."), ("NETSKOPE", 55256, "Netskope Inc")]
UNIVERSITIES = [("Arizona State University", "asu.edu", "Tempe", "AZ", 15321), ("University of Central Florida", "ucf.edu", "Orlando", "FL", 3447),
                ("Georgia State University", "gsu.edu", "Atlanta", "GA", 10437), ("University of Houston", "uh.edu", "Houston", "TX", 22767),
                ("Ohio State University", "osu.edu", "Columbus", "OH", 159), ("Boise State University", "boisestate.edu", "Boise", "ID", 2707),
                ("University of the Philippines Diliman", "up.edu.ph", "Quezon City", "PH", 9821),
                ("Universidad Nacional de Colombia", "unal.edu.co", "Bogota", "CO", 27905),
                ("University of Nairobi", "uonbi.ac.ke", "Nairobi", "KE", 36914)]
# DPRK operator bases: city, country, zone, lat, lon, isp (name, asn, owner)
BASES = [("Shenyang", "CN", "Asia/Shanghai", 41.80, 123.43, ("China Unicom Liaoning", 4837, "CHINA UNICOM China169 Backbone")),
         ("Dandong", "CN", "Asia/Shanghai", 40.12, 124.38, ("China Unicom Liaoning", 4837, "CHINA UNICOM China169 Backbone")),
         ("Yanji", "CN", "Asia/Shanghai", 42.90, 129.51, ("China Telecom Jilin", 4134, "Chinanet")),
         ("Vladivostok", "RU", "Asia/Vladivostok", 43.12, 131.89, ("Rostelecom", 12389, "PJSC Rostelecom")),
         ("Vientiane", "LA", "Asia/Vientiane", 17.97, 102.63, ("Lao Telecom", 9873, "Lao Telecom Communication, LTC")),
         ("Pyongyang", "KP", "Asia/Pyongyang", 39.03, 125.75, ("Star JV", 131279, "Ryugyong-dong"))]

# ---------------------------------------------------------------- devices and software
CORP_LAPTOPS = [("HP EliteBook 840 G8", "5CG", "hp"), ("HP ProBook 450 G9", "5CD", "hp"), ("Lenovo ThinkPad T14 Gen 3", "PF3", "lenovo"),
                ("Lenovo ThinkPad E14 Gen 4", "PF4", "lenovo"), ("Dell Latitude 5440", "DL5", "dell"), ("Dell Latitude 3540", "DL3", "dell")]
BYOD_SYSTEMS = ["ASUS VivoBook 15", "Acer Aspire 5", "HP Pavilion 15", "Lenovo IdeaPad 3", "Dell Inspiron 15 3520", "MacBook Air (M1, 2020)",
                "MacBook Pro (14-inch, 2021)", "Custom desktop (B550M)", "HP 24 All-in-One", "MSI Modern 14"]
THIN_CLIENTS = ["HP t640 Thin Client", "Dell Wyse 5070", "IGEL UD3"]
DISPLAYS = ["DELL P2422H", "DELL E2222H", "HP P24h G4", "LG 24MK430H", "Samsung S24R350", "AOC 24B2XH", "ViewSonic VA2432", "ASUS VA24EHE",
            "Lenovo T24i-20", "Acer K242HL", "PHL 243V7"]
HEADSETS = [("0b0e", "2456", "Jabra Evolve2 40"), ("0b0e", "245e", "Jabra Evolve2 65"), ("0b0e", "0305", "Jabra BIZ 2300"),
            ("047f", "c056", "Plantronics Blackwire 3220"), ("047f", "02ee", "Poly EncorePro 515"), ("046d", "0aaa", "Logitech H390 Headset"),
            ("046d", "0a8f", "Logitech H340 Headset"), ("1395", "0300", "EPOS IMPACT SC 60")]
PERIPHERALS = [("046d", "c52b", "Logitech USB Receiver"), ("046d", "085b", "Logitech Webcam C925e"), ("045e", "07b2", "Microsoft Wired Keyboard 600"),
               ("413c", "2113", "Dell KB216 Wired Keyboard"), ("0bda", "8153", "Realtek USB 10/100/1000 LAN"), ("17ef", "a395", "Lenovo USB-C Dock"),
               ("0781", "5581", "SanDisk Ultra USB 3.0"), ("05ac", "024f", "Apple Magic Keyboard"), ("0c45", "6366", "USB 2.0 Camera")]
IP_KVMS = [("1d6b", "0104", "PiKVM Composite Device"), ("1d6b", "0104", "TinyPilot Multifunction Composite Gadget"),
           ("1d6b", "0104", "Multifunction Composite Gadget"), ("0557", "2419", "ATEN CN9000 Virtual Media")]
AGENT_PROCS = ["msedge.exe", "chrome.exe", "Teams.exe", "GenesysCloud.exe", "ZendeskAgent.exe", "Zoom.exe", "OUTLOOK.EXE", "EXCEL.EXE",
               "OneDrive.exe", "Slack.exe", "SalesforceConsole.exe", "NICEinContactAgent.exe", "Five9Softphone.exe", "AmazonConnectCCP.exe"]
CORP_AGENTS = ["CrowdStrike Falcon (CSFalconService.exe)", "IntuneManagementExtension.exe", "ZSATunnel.exe", "Netskope Client (stAgentSvc.exe)",
               "ScreenConnect.ClientService.exe", "TeramindAgent.exe", "ActivTrak (svctcom.exe)"]
VDI_PROCS = ["SelfService.exe", "wfica32.exe", "Citrix Workspace (Receiver.exe)", "vmware-view.exe", "msrdc.exe"]
APPROVED_RMM = ["ScreenConnect.ClientService.exe", "BeyondTrust Remote Support (bomgar-scc.exe)", "TeamViewer_Service.exe"]
ROGUE_REMOTE = ["AnyDesk.exe", "rustdesk.exe", "remoting_host.exe", "TeamViewer.exe", "RemotePC.exe", "Splashtop Streamer (SRService.exe)"]
VPN_PROCS = {"ASTRILL_VPN": "astrill.exe", "NORD_VPN": "nordvpn-service.exe", "EXPRESS_VPN": "expressvpnd.exe",
             "PROTON_VPN": "ProtonVPNService.exe", "MULLVAD_VPN": "mullvad-daemon.exe", "SURFSHARK": "Surfshark.Service.exe"}
MISC_PROCS = ["Spotify.exe", "WhatsApp.exe", "Discord.exe", "steam.exe", "Grammarly.exe", "Telegram.exe", "notepad++.exe", "Viber.exe",
              "Messenger.exe", "AcroRd32.exe", "vlc.exe", "KakaoTalk.exe", "WeChat.exe"]
UA_WIN = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36 Edg/{v}.0.0.0"]
UA_MAC = ["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15"]
UA_MOBILE = ["Okta Verify/9.{v} (Android 14; SM-A546E)", "Okta Verify/9.{v} (iOS 17.5; iPhone14,5)",
             "Mozilla/5.0 (Linux; Android 13; Redmi Note 12) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Mobile Safari/537.36",
             "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"]
UA_CITRIX = ["CitrixReceiver/23.9.1 (Windows NT 10.0)", "CitrixReceiver/24.2.0 (IGEL OS 11)", "Microsoft Remote Desktop/10.2 (Windows NT 10.0)"]

# ---------------------------------------------------------------- organisations
CLIENTS = [("Northwind Telecom", "northwindtel.com"), ("Bluefin Bank", "bluefinbank.com"), ("Cartwheel Retail", "cartwheel.shop"),
           ("Helio Health Plans", "heliohealth.com"), ("Parcelly Logistics", "parcelly.com"), ("Streamly", "streamly.tv"),
           ("Kitewire Software", "kitewire.io"), ("Orbitel Mobile", "orbitelmobile.com"), ("Harbor Mutual Insurance", "harbormutual.com"),
           ("Lumen Grocers", "lumengrocers.com"), ("Vantage Travel", "vantagetravel.com"), ("Pinecrest Utilities", "pinecrestutil.com"),
           ("Foxglove Apparel", "foxglove.co"), ("Meridian Card Services", "meridiancard.com"), ("Quill Social", "quill.social"),
           ("Tandem Rideshare", "tandemride.com"), ("Sparrow Health", "sparrowhealth.org"), ("Crestview Energy", "crestviewenergy.com")]
PROGRAM_LINES = ["Tier 1 Voice", "Chat & Email", "Billing Support", "Tech Support Tier 2", "Trust & Safety Review", "Claims Processing",
                 "Collections", "Retention", "Back-office Data Entry", "Content Moderation", "IT Service Desk", "Sales Inbound"]
VENDORS = [("Apex Talent Solutions", "apextalent.ph", "PH", "Makati", "Unit 1203, Cityland Pasong Tamo Tower, 2210 Chino Roces Ave"),
           ("BrightHire Staffing", "brighthire-staffing.com", "US", "Tampa", "5401 W Kennedy Blvd, Suite 870"),
           ("Cebu Workforce Partners", "cebuworkforce.com", "PH", "Cebu City", "3F Skyrise 4B, Asiatown IT Park"),
           ("Talentia Colombia SAS", "talentia.com.co", "CO", "Medellin", "Carrera 43A # 1-50, Torre 2, oficina 702"),
           ("SkyBridge Outsourcing Kenya", "skybridge.co.ke", "KE", "Nairobi", "Westlands Square, 4th Floor, Ring Road"),
           ("Vistula Staffing", "vistulastaffing.pl", "PL", "Krakow", "ul. Lubicz 23, lok. 7"),
           ("Staffwise Group", "staffwisegroup.com", "US", "San Antonio", "7550 IH-10 West, Suite 400"),
           ("Kalinga Manpower Services", "kalingamanpower.com.ph", "PH", "Davao City", "2F Plaza de Luisa, Ramon Magsaysay Ave")]
CAREER_SERVICES = "BrightPath Career Services"

FREE_MAIL = ["gmail.com"] * 12 + ["yahoo.com"] * 3 + ["outlook.com"] * 3 + ["hotmail.com"] * 2 + ["icloud.com"] * 2 + ["aol.com", "proton.me"]
INTL_MAIL = {"PH": ["gmail.com", "gmail.com", "gmail.com", "yahoo.com"], "IN": ["gmail.com", "gmail.com", "rediffmail.com", "outlook.com"],
             "CO": ["gmail.com", "gmail.com", "hotmail.com", "outlook.es"], "KE": ["gmail.com", "gmail.com", "yahoo.com"],
             "PL": ["gmail.com", "wp.pl", "onet.pl", "o2.pl"], "MX": ["gmail.com", "hotmail.com", "outlook.com"],
             "ZA": ["gmail.com", "webmail.co.za", "outlook.com"], "JM": ["gmail.com", "yahoo.com", "hotmail.com"]}
REGISTRARS = [("GoDaddy", ["ns51.domaincontrol.com", "ns52.domaincontrol.com"]), ("Cloudflare", ["lara.ns.cloudflare.com", "tom.ns.cloudflare.com"]),
              ("Namecheap", ["dns1.registrar-servers.com", "dns2.registrar-servers.com"]), ("MarkMonitor", ["ns1.markmonitor.com", "ns2.markmonitor.com"]),
              ("Google Domains", ["ns-cloud-a1.googledomains.com", "ns-cloud-a2.googledomains.com"]),
              ("AWS Route 53", ["ns-1021.awsdns-63.net", "ns-1730.awsdns-24.co.uk"])]

SKILLS = ["inbound customer service", "outbound collections", "technical troubleshooting", "CRM (Salesforce, Zendesk)", "de-escalation",
          "chat and email support", "data entry (60 WPM)", "claims adjudication", "content policy review", "billing disputes",
          "ServiceNow ticketing", "Active Directory password resets", "Microsoft 365 administration", "order management",
          "bilingual English/Spanish", "KPI: CSAT 95%+", "AHT reduction", "quality assurance scoring", "workforce management (NICE IEX)",
          "Windows 10/11 support", "network troubleshooting", "upselling and retention", "HIPAA-compliant handling", "PCI-DSS awareness"]
PREV_EMPLOYERS = ["Concentrix", "Teleperformance", "TaskUs", "Alorica", "TTEC", "Sitel", "Conduent", "Startek", "Foundever", "Amazon",
                  "Walmart", "Target", "Spectrum", "Verizon", "AT&T", "Best Buy", "Comcast", "Kaiser Permanente", "UPS", "FedEx",
                  "Accenture", "Wipro", "Infosys BPM", "Genpact", "IBM", "Geek Squad", "Apple (AppleCare At Home)", "Transcom"]
SCHOOLS = ["Hillsborough Community College", "University of the Philippines", "Polytechnic University of the Philippines",
           "University of Mumbai", "Osmania University", "Universidad de Antioquia", "Kenyatta University", "Jagiellonian University",
           "Tecnologico de Monterrey", "University of Cape Town", "University of Technology, Jamaica", "Ohio State University",
           "Georgia State University", "Arizona State University (online)", "Houston Community College", "San Antonio College",
           "Western Governors University", "Southern New Hampshire University", "CompTIA A+ certification", "Google IT Support Certificate"]
