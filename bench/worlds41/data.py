"""Reference data for world 41 (Healthbridge): names, places, networks, roles, devices, text."""

# ---------------------------------------------------------------- names
US_FIRST = """James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan
Joseph Jessica Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy Matthew Betty Anthony Sandra Mark Margaret
Donald Ashley Steven Kimberly Andrew Emily Paul Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Melissa George
Deborah Timothy Stephanie Ronald Dorothy Jason Rebecca Edward Sharon Jeffrey Laura Ryan Cynthia Jacob Amy Gary Kathleen
Nicholas Angela Eric Shirley Jonathan Brenda Stephen Emma Larry Anna Justin Pamela Scott Nicole Brandon Samantha
Benjamin Katherine Samuel Christine Gregory Debra Alexander Rachel Patrick Carolyn Frank Janet Raymond Maria Jack
Catherine Dennis Heather Jerry Diane Tyler Olivia Aaron Julie Jose Joyce Adam Victoria Nathan Ruth Henry Virginia Zachary
Lauren Douglas Kelly Peter Christina Kyle Joan Noah Evelyn Ethan Judith Jeremy Andrea Walter Hannah Christian Megan
Keith Cheryl Roger Jacqueline Terry Martha Austin Madison Sean Teresa Gerald Gloria Carl Sara Harold Janice Dylan Ann
Arthur Kathryn Lawrence Abigail Jordan Sophia Jesse Frances Bryan Jean Billy Alice Bruce Judy Gabriel Isabella Joe Julia
Logan Grace Alan Amber Juan Denise Albert Danielle Willie Marilyn Elijah Beverly Wayne Charlotte Randy Natalie Vincent
Theresa Mason Diana Roy Brittany Ralph Doris Bobby Kayla Russell Alexis Bradley Lori Philip Tiffany Eugene Kristen
Trevor Destiny Marcus Jasmine Darnell Latoya Tremaine Keisha DeShawn Shanice Malik Aaliyah Terrell Ebony Jamal Tamika
Carlos Lucia Miguel Rosa Luis Carmen Jorge Ana Ricardo Gabriela Alejandro Daniela Javier Veronica Hector Adriana Cody
Brooke Chase Whitney Colton Kelsey Garrett Lindsey Brett Courtney Derek Erin Wesley Molly Spencer Paige Caleb Haley
Owen Leah Hunter Chloe Connor Kaitlyn Blake Morgan Dalton Savannah Tanner Shelby Levi Mackenzie Grant Allison Riley Avery""".split()

US_LAST_REAL = """Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson
Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker
Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter
Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers
Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood
James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins
Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher Vasquez Simmons Romero Jordan Patterson
Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar
Stevens Murray Ford Castro Marshall Owens Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen
Freeman Webb Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz
Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels
Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kelley Spencer Hawkins Arnold Pierce Vazquez Hansen
Peters Santos Hart Bradley Knight Elliott Cunningham Duncan Armstrong Hudson Carroll Lane Riley Andrews Alvarado Ray
Delgado Berry Perkins Hoffman Johnston Matthews Pena Richards Contreras Willis Carpenter Lawrence Sandoval Guerrero
George Chapman Rios Estrada Ortega Watkins Greene Nunez Wheeler Valdez Harper Burke Larson Santiago Maldonado Morrison
Franklin Carlson Austin Dominguez Carr Lawson Jacobs Obrien Lynch Singh Vega Bishop Montgomery Oliver Jensen Harvey
Williamson Gilbert Dean Sims Espinoza Howell Li Wong Reid Hanson Le McCoy Garrett Burton Fuller Wang Weber Welch Rojas
Lucas Marquez Fields Park Yang Little Banks Padilla Day Walsh Bowman Schultz Luna Fowler Mejia Davidson Acosta Brewer
May Holland Juarez Newman Pearson Curtis Cortez Douglas Schneider Joseph Barrett Navarro Figueroa Keller Avila Wade
Molina Stanley Hopkins Campos Barnett Bates Chambers Caldwell Beck Lambert Miranda Byrd Craig Ayala Lowe Frazier Powers
Neal Leonard Gregory Carrillo Sutton Fleming Rhodes Shelton Schwartz Norris Jennings Watts Duran Walters Cohen McDaniel
Moran Parks Steele Vaughn Becker Holt Deleon Barker Terry Hale Leon Hail Benson Haynes Horton Miles Lyons Pham Graves
Bush Thornton Wolfe Warner Cabrera McKinney Mann Zimmerman Dawson Lara Fletcher Page McCarthy Love Robles Cervantes
Solis Erickson Reeves Chang Klein Salinas Fuentes Baldwin Daniel Simon Velasquez Hardy Higgins Aguirre Lin Cummings
Chandler Sharp Barber Bowen Ochoa Dennis Robbins Liu Ramsey Francis Griffith Paul Blair Oconnor Cardenas Pacheco Cross
Calderon Quinn Moss Swanson Chan Rivas Khan Rodgers Serrano Fitzgerald Rosales Stevenson Christensen Manning Gill Curry
McLaughlin Harmon McGee Gross Doyle Garner Newton Burgess Reese Walton Blake Trujillo Adkins Brady Goodman Roman Webster
Goodwin Fischer Huang Potter Delacruz Montoya Todd Wu Hines Mullins Castaneda Malone Cannon Tate Mack Sherman Hubbard
Hodges Zhang Guerra Wolf Valencia Saunders Franco Rowe Gallagher Farmer Hammond Hampton Townsend Ingram Wise Gallegos
Clarke Barton Schroeder Maxwell Waters Logan Camacho Strickland Norman Person Colon Parsons Frank Harrington Glover
Osborne Buchanan Casey Floyd Patton Ibarra Ball Tyler Suarez Bowers Orozco Salas Cobb Gibbs Andrade Bauer Conner Moody
Escobar McGuire Lloyd Mueller Hartman French Kramer McBride Pope Lindsey Velazquez Norton McCormick Sparks Flynn Yates
Hogan Marsh Macias Villanueva Zamora Pratt Stokes Owen Ballard Lang Brock Villarreal Charles Drake Barrera Cain Patrick
Pineda Burnett Mercado Santana Shepherd Bautista Ali Shaffer Lamb Trevino McKenzie Hess Beil Olsen Cochran Morton Nash
Wilkins Petersen Briggs Shah Roth Nicholson Holloway Lozano Rangel Flowers Hoover Short Arias Mora Valenzuela Bryan Meyers
Weiss Underwood Bass Greer Summers Houston Carson Morrow Clayton Whitaker Decker Yoder Collier Zuniga Carey Wilcox Melendez
Poole Roberson Larsen Conley Davenport Copeland Massey Lam Huff Rocha Cameron Jefferson Hood Monroe Anthony Pittman Huynh
Randall Singleton Kirk Combs Mathis Christian Skinner Bradford Richard Galvan Wall Boone Kirby Wilkinson Bridges Bruce
Atkinson Velez Meza Roy Vincent York Hodge Villa Abbott Allison Tapia Gates Chase Sosa Sweeney Farrell Wyatt Dalton
Horn Barron Phelps Yu Dickerson Heath Foley Atkins Mathews Bonilla Acevedo Benitez Zavala Hensley Glenn Cisneros Harrell
Shields Rubio Choi Huffman Boyer Garrison Arroyo Bond Kane Hancock Callahan Dillon Cline Wiggins Grimes Arellano Melton
Oneill Savage Ho Beltran Pitts Parrish Ponce Rich Booth Koch Golden Ware Brennan McDowell Marks Cantu Humphrey Baxter
Sawyer Clay Tanner Hutchinson Kaur Berg Wiley Gilmore Russo Villegas Hobbs Keith Wilkerson Ahmed Beard McClain Montes
Mata Rosario Vang Walter Henson Oneal Mosley McClure Beasley Stephenson Snow Huerta Preston Vance Barry Johns Eaton
Blackwell Dyer Prince Macdonald Solomon Guevara Stafford English Hurst Woodard Cortes Shannon Kemp Nolan McCullough
Merritt Murillo Moon Salgado Strong Kline Cordova Barajas Roach Rosas Winters Jacobson Lester Knox Bullock Kerr Leach
Meadows Orr Davila Whitehead Pruitt Kent Conway McKee Barr David Dejesus Marin Berger McIntyre Blankenship Gaines
Palacios Cuevas Bartlett Durham Dorsey McCall Odonnell Stein Browning Stout Lowery Sloan McLean Hendricks Calhoun
Sexton Chung Gentry Hull Duarte Ellison Nielsen Gillespie Buck Middleton Sellers Leblanc Esparza Hardin Bradshaw McIntosh
Howe Livingston Frost Glass Morse Knapp Herman Stark Bravo Noble Spears Weeks Corona Frederick Buckley McFarland Hebert
Enriquez Hickman Quintero Randolph Schaefer Walls Trejo House Reilly Pennington Michael Conrad Giles Benjamin Crosby
Fitzpatrick Donovan Mays Mahoney Valentine Raymond Medrano Hahn McMillan Small Bentley Felix Peck Lucero Boyle Hanna
Pace Rush Hurley Harding McConnell Bernal Nava Ayers Everett Ventura Avery Pugh Mayer Bender Shepard McMahon Landry
Case Sampson Moses Magana Blackburn Dunlap Gould Duffy Vaughan Herring McKay Espinosa Rivers Farley Bernard Ashley Friedman
Potts Truong Costa Correa Blevins Nixon Clements Fry Delarosa Best Benton Lugo Portillo Dougherty Crane Haley Phan Villalobos
Blanchard Horne Finley Quintana Lynn Esquivel Bean Dodson Mullen Xiong Hayden Cano Levy Huber Richmond Moyer Lim Frye
Sheppard McCarty Avalos Booker Waller Parra Woodward Jaramillo Krueger Rasmussen Brandt Peralta Donaldson Stuart Faulkner
Maynard Galindo Coffey Estes Sanford Burch Maddox Vo Oconnell Vu Andersen Spence McPherson Church Schmitt Stanton Leal
Cherry Compton Dudley Sierra Pollard Alfaro Hester Proctor Lu Hinton Novak Good Madden McCann Terrell Jarvis Dickson Reyna
Cantrell Mayo Branch Hendrix Rollins Rowland Whitney Duke Odom Daugherty Travis Tang Archer""".split()

SURNAME_PREFIX = """Ash Black Brad Brook Cald Clay Cran Dal Dun East Fair Fen Ford Glen Green Hal Hart Hay Hazel Hol
Kings Lang Lark Marsh Mid Mill Moor New North Oak Pem Red Ridge Rock Rush Shel South Stan Stock Thorn Wad West Whit Wick
Wil Win Wood Brom Chad Dray Elm Gar Har Lind Nor Pen Sel Tal Wes Ald Bram Carl Craw Dar Ever Farn Gil Hurl Kel Lock Mar
Ould Pres Rad Sax Sher Tor Ux Wal Yar""".split()
SURNAME_SUFFIX = """by field ford ham ley ton well wood worth bury dale man stead more wick croft mont ridge brook cott hurst
land shaw ston win combe den lock bridge ville""".split()

ORIGINS = {
    # origin: (first names, last names)
    "filipino": ("""Maria Jose Mark Angelica John Kristine Ramon Maricel Arnel Jocelyn Rowena Rodel Marites Jerome Cherry
Reynaldo Divina Jonathan Rosalie Edgardo Lorna Ferdinand Analyn Rommel Mylene Alvin Liezel Noel Girlie Joel Charmaine
Dennis Kimberly Ryan Jennelyn Mary Grace Joy Jun Rhea Marvin Leah Glenn Darlene Ariel Precious Cristina Benjie""".split(),
                 """Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Tomas Andrada Castillo Flores Villanueva Ramos
Castro Rivera Aquino Navarro Salazar Mercado Dela Cruz Gonzales Lopez Del Rosario Soriano Manalo Pascual Dizon Santiago
Aguilar Valdez Lim Tan Domingo Fernandez Bernardo Magbanua Panganiban Dimaculangan Macaraeg Sison Lacson Tolentino
Agustin Cabrera Samonte Quiambao Padilla Galang Manalang Buenaventura Evangelista Velasco Pangilinan Yap Ong Sy""".split()),
    "indian": ("""Priya Rahul Anjali Amit Sneha Vikram Deepa Suresh Kavya Arjun Pooja Rajesh Divya Sanjay Lakshmi Karthik
Meera Anil Swathi Ravi Neha Manoj Aishwarya Vivek Shreya Naveen Ananya Harish Nisha Prakash Revathi Sunil Keerthi Ajay
Bhavana Srinivas Madhavi Venkat Shalini Ashok Sowmya Ramesh Jyothi Ganesh Nandini Mahesh Radhika Kiran Sapna Rohit""".split(),
               """Patel Sharma Singh Kumar Reddy Nair Iyer Rao Gupta Menon Pillai Desai Shah Joshi Mehta Chopra Verma
Krishnan Agarwal Bhat Kulkarni Naidu Chaudhary Mishra Pandey Varghese Thomas Mathew Kurian George Srinivasan
Raman Subramanian Venkatesan Narayanan Banerjee Chatterjee Mukherjee Das Ghosh Bose Kapoor Malhotra Saxena Trivedi
Shetty Hegde Kamath Prabhu Gowda Jain Sinha Tiwari Dubey Chandran Rajan Ramachandran Gopal Acharya""".split()),
    "nigerian": ("""Chinedu Ngozi Emeka Adaeze Oluwaseun Funmilayo Tunde Yetunde Ikechukwu Chiamaka Babatunde Folake
Obinna Nneka Olumide Bukola Chukwuemeka Amaka Segun Kemi Femi Titilayo Uchenna Ifeoma Adebayo Omolara Kelechi Chioma
Damilola Oluwatoyin Ifeanyi Blessing Gbenga Temitope Nnamdi Ebere Kayode Abimbola Ngozika Yemi""".split(),
                 """Okafor Adeyemi Okonkwo Balogun Eze Nwosu Oyelaran Ogunleye Chukwu Adebayo Olawale Nwachukwu Obi
Afolabi Okeke Ibrahim Bello Adeleke Onyeka Ogunbiyi Uzoma Akinola Ekwueme Oladipo Nnadi Adeniyi Ugwu Ojo Fashola
Okoro Anyanwu Oyewole Akande Obiora Eze-Uzoamaka Igwe Onuoha Adewale Oduya Ezenwa Ajayi Oguntade Olaniyan""".split()),
    "korean": (None, """Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong Jeon Ko
Moon Yang Son Bae Baek Heo Nam Noh""".split()),
    "chinese": (None, """Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng Liang Xie
Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren""".split()),
    "vietnamese": ("""Anh Bao Binh Chau Cuong Dung Hanh Hieu Hoa Hung Huong Khanh Lan Linh Long Mai Minh Nam Ngoc Phuong
Quang Tam Thanh Thao Thu Trang Trung Tuan Van Vy""".split(), """Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho
Ngo Duong Ly""".split()),
}
KOREAN_SYL = """Min Ji Seo Hyun Jun Woo Young Soo Eun Hye Jin Sung Dong Hoon Yeon Ha Na Kyung Sang Jae Won Ho Joon Tae
Seung Chan Yu Mi Bin Gyu Hee In Ye Da Su So Yoon Ah Rin""".split()
CHINESE_GIVEN = """Wei Jing Lei Fang Yan Min Jun Hui Ying Tao Xin Hao Yu Ling Qiang Mei Bo Chen Xiaoming Jiayi Zihan
Yuxuan Haoran Xinyi Yiming Siyu Ruoxi Junjie Zhiwei Shuang Tianyu Kexin Mingyu Yichen""".split()

# origin mix of the honest population (share)
ORIGIN_MIX = [("us", 0.76), ("filipino", 0.07), ("indian", 0.07), ("nigerian", 0.04), ("korean", 0.025),
              ("chinese", 0.02), ("vietnamese", 0.015)]

# ---------------------------------------------------------------- geography
# city, state, zip3 prefix, lat, lon, tz, area codes
HB_CITIES = [
    ("Columbus", "OH", "432", 39.96, -83.00, "America/New_York", ["614", "380"]),
    ("Cincinnati", "OH", "452", 39.10, -84.51, "America/New_York", ["513"]),
    ("Dayton", "OH", "454", 39.76, -84.19, "America/New_York", ["937"]),
    ("Louisville", "KY", "402", 38.25, -85.76, "America/Kentucky/Louisville", ["502"]),
    ("Indianapolis", "IN", "462", 39.77, -86.16, "America/Indiana/Indianapolis", ["317"]),
    ("Nashville", "TN", "372", 36.16, -86.78, "America/Chicago", ["615", "629"]),
]
# suburbs where hospital staff live (city, state, zip3, lat, lon, tz, area codes, hub index)
SUBURBS = [
    ("Westerville", "OH", "430", 40.13, -82.93, "America/New_York", ["614"], 0),
    ("Dublin", "OH", "430", 40.10, -83.11, "America/New_York", ["614"], 0),
    ("Grove City", "OH", "431", 39.88, -83.09, "America/New_York", ["614"], 0),
    ("Hilliard", "OH", "430", 40.03, -83.16, "America/New_York", ["614"], 0),
    ("Delaware", "OH", "430", 40.30, -83.07, "America/New_York", ["740"], 0),
    ("Newark", "OH", "430", 40.06, -82.40, "America/New_York", ["740", "220"], 0),
    ("Mason", "OH", "450", 39.36, -84.31, "America/New_York", ["513"], 1),
    ("Hamilton", "OH", "450", 39.40, -84.56, "America/New_York", ["513"], 1),
    ("Florence", "KY", "410", 38.99, -84.63, "America/New_York", ["859"], 1),
    ("Covington", "KY", "410", 39.08, -84.51, "America/New_York", ["859"], 1),
    ("Kettering", "OH", "454", 39.69, -84.17, "America/New_York", ["937"], 2),
    ("Beavercreek", "OH", "454", 39.71, -84.06, "America/New_York", ["937"], 2),
    ("Springfield", "OH", "455", 39.92, -83.81, "America/New_York", ["937", "326"], 2),
    ("Jeffersontown", "KY", "402", 38.19, -85.56, "America/Kentucky/Louisville", ["502"], 3),
    ("New Albany", "IN", "471", 38.29, -85.82, "America/Kentucky/Louisville", ["812", "930"], 3),
    ("Jeffersonville", "IN", "471", 38.28, -85.74, "America/Kentucky/Louisville", ["812"], 3),
    ("Carmel", "IN", "460", 39.98, -86.12, "America/Indiana/Indianapolis", ["317"], 4),
    ("Fishers", "IN", "460", 39.96, -86.01, "America/Indiana/Indianapolis", ["317"], 4),
    ("Greenwood", "IN", "461", 39.61, -86.11, "America/Indiana/Indianapolis", ["317"], 4),
    ("Franklin", "TN", "370", 35.93, -86.87, "America/Chicago", ["615", "629"], 5),
    ("Murfreesboro", "TN", "371", 35.85, -86.39, "America/Chicago", ["615", "629"], 5),
    ("Hendersonville", "TN", "370", 36.30, -86.62, "America/Chicago", ["615"], 5),
]
# remote staff anywhere in the US
US_REMOTE = [
    ("Atlanta", "GA", "303", 33.75, -84.39, "America/New_York", ["404", "470", "678"]),
    ("Charlotte", "NC", "282", 35.23, -80.84, "America/New_York", ["704", "980"]),
    ("Raleigh", "NC", "276", 35.78, -78.64, "America/New_York", ["919", "984"]),
    ("Tampa", "FL", "336", 27.95, -82.46, "America/New_York", ["813"]),
    ("Orlando", "FL", "328", 28.54, -81.38, "America/New_York", ["407", "321"]),
    ("Jacksonville", "FL", "322", 30.33, -81.66, "America/New_York", ["904"]),
    ("Pittsburgh", "PA", "152", 40.44, -79.99, "America/New_York", ["412"]),
    ("Philadelphia", "PA", "191", 39.95, -75.16, "America/New_York", ["215", "267"]),
    ("Richmond", "VA", "232", 37.54, -77.44, "America/New_York", ["804"]),
    ("Detroit", "MI", "482", 42.33, -83.05, "America/Detroit", ["313"]),
    ("Grand Rapids", "MI", "495", 42.96, -85.67, "America/Detroit", ["616"]),
    ("Cleveland", "OH", "441", 41.50, -81.69, "America/New_York", ["216"]),
    ("Chicago", "IL", "606", 41.88, -87.63, "America/Chicago", ["312", "773", "872"]),
    ("Naperville", "IL", "605", 41.75, -88.15, "America/Chicago", ["630", "331"]),
    ("Milwaukee", "WI", "532", 43.04, -87.91, "America/Chicago", ["414"]),
    ("Minneapolis", "MN", "554", 44.98, -93.27, "America/Chicago", ["612"]),
    ("St. Louis", "MO", "631", 38.63, -90.20, "America/Chicago", ["314"]),
    ("Kansas City", "MO", "641", 39.10, -94.58, "America/Chicago", ["816"]),
    ("Dallas", "TX", "752", 32.78, -96.80, "America/Chicago", ["214", "469", "972"]),
    ("Houston", "TX", "770", 29.76, -95.37, "America/Chicago", ["713", "281", "832"]),
    ("San Antonio", "TX", "782", 29.42, -98.49, "America/Chicago", ["210"]),
    ("Austin", "TX", "787", 30.27, -97.74, "America/Chicago", ["512", "737"]),
    ("Memphis", "TN", "381", 35.15, -90.05, "America/Chicago", ["901"]),
    ("Birmingham", "AL", "352", 33.52, -86.80, "America/Chicago", ["205"]),
    ("New Orleans", "LA", "701", 29.95, -90.07, "America/Chicago", ["504"]),
    ("Oklahoma City", "OK", "731", 35.47, -97.52, "America/Chicago", ["405"]),
    ("Denver", "CO", "802", 39.74, -104.99, "America/Denver", ["303", "720"]),
    ("Phoenix", "AZ", "850", 33.45, -112.07, "America/Phoenix", ["602", "480", "623"]),
    ("Salt Lake City", "UT", "841", 40.76, -111.89, "America/Denver", ["801", "385"]),
    ("Boise", "ID", "837", 43.62, -116.20, "America/Boise", ["208"]),
    ("Las Vegas", "NV", "891", 36.17, -115.14, "America/Los_Angeles", ["702", "725"]),
    ("Sacramento", "CA", "958", 38.58, -121.49, "America/Los_Angeles", ["916"]),
    ("San Diego", "CA", "921", 32.72, -117.16, "America/Los_Angeles", ["619", "858"]),
    ("Los Angeles", "CA", "900", 34.05, -118.24, "America/Los_Angeles", ["213", "323", "310"]),
    ("Portland", "OR", "972", 45.52, -122.68, "America/Los_Angeles", ["503", "971"]),
    ("Seattle", "WA", "981", 47.61, -122.33, "America/Los_Angeles", ["206"]),
    ("Spokane", "WA", "992", 47.66, -117.43, "America/Los_Angeles", ["509"]),
    ("Albuquerque", "NM", "871", 35.08, -106.65, "America/Denver", ["505"]),
    ("Omaha", "NE", "681", 41.26, -95.94, "America/Chicago", ["402"]),
    ("Des Moines", "IA", "503", 41.59, -93.62, "America/Chicago", ["515"]),
    ("Boston", "MA", "021", 42.36, -71.06, "America/New_York", ["617", "857"]),
    ("Hartford", "CT", "061", 41.76, -72.68, "America/New_York", ["860"]),
    ("Baltimore", "MD", "212", 39.29, -76.61, "America/New_York", ["410", "443"]),
    ("Newark", "NJ", "071", 40.74, -74.17, "America/New_York", ["973", "862"]),
    ("Buffalo", "NY", "142", 42.89, -78.88, "America/New_York", ["716"]),
    ("Knoxville", "TN", "379", 35.96, -83.92, "America/New_York", ["865"]),
    ("Lexington", "KY", "405", 38.04, -84.50, "America/New_York", ["859"]),
    ("Toledo", "OH", "436", 41.65, -83.54, "America/New_York", ["419", "567"]),
    ("Fort Wayne", "IN", "468", 41.08, -85.14, "America/Indiana/Indianapolis", ["260"]),
    ("Little Rock", "AR", "722", 34.75, -92.29, "America/Chicago", ["501"]),
]
STREETS = """Maple Oak Elm Pine Cedar Walnut Chestnut Hickory Birch Willow Spruce Sycamore Poplar Magnolia Dogwood
Cherry Laurel Juniper Holly Aspen Main High Broad Market Church Mill Park Lake Hill River Spring Valley Ridge Forest
Meadow Summit Highland Sunset Lincoln Washington Jefferson Madison Monroe Jackson Franklin Adams Grant Sherman
Cleveland Harrison Garfield Wilson Hamilton Clinton Union Liberty Center College Academy Cambridge Oxford Windsor
Kensington Chelsea Greenwood Fairview Lakeview Riverside Hillcrest Brookside Woodland Country Club Orchard Prairie
Heritage Colonial Stonegate Wexford Ashford Bristol Brighton Dover Essex Hampton Kingston Lancaster Newport Richmond
Salem Sheffield Stratford Trenton Warwick Berkshire Carriage Saddle Foxhall Deer Run Quail Hollow Pheasant Run
Timber Creek Stone Bridge Mill Pond Old Farm Indian Mound Shawnee Miami Scioto Olentangy Hocking Muskingum Licking
Tuscarawas Cuyahoga Wabash Tippecanoe Kanawha Cumberland Harpeth Stones River Bardstown Shelbyville Preston Dixie
Frankfort Taylorsville Brownsboro Westport Hurstbourne Keystone Meridian Emerson Fall Creek Allisonville Pendleton
Hillsboro Granny White Belmont Bellevue Nolensville Lebanon Gallatin Murfreesboro Charlotte Harding Briley Whites
Creek Dickerson Hermitage Donelson Antioch Bluegrass Lexington Paris Versailles Nicholasville Tates Creek Alexandria
Kemper Montgomery Reading Galbraith Colerain Harrison Glenway Delhi Beechmont Ohio Pike Wilmington Far Hills
Smithville Linden Salem Hoover Gettysburg Needmore Stroop Whipp Rahn Shroyer Dorothy Patterson Woodman""".split()
STREET_TYPES = ["St", "Ave", "Rd", "Dr", "Ln", "Ct", "Blvd", "Way", "Pl", "Cir", "Ter", "Pkwy"]
STATE_NAMES = {"OH": "Ohio", "KY": "Kentucky", "IN": "Indiana", "TN": "Tennessee", "TX": "Texas", "FL": "Florida",
               "CA": "California", "GA": "Georgia", "NC": "North Carolina", "IL": "Illinois"}

# Healthbridge campuses: name, hub index, street address, zip
CAMPUSES = [
    ("Healthbridge Columbus Medical Center", 0, "3400 Olentangy River Rd, Columbus, OH 43214"),
    ("Healthbridge East Hospital", 0, "1800 E Broad St, Columbus, OH 43203"),
    ("Healthbridge Cincinnati Medical Center", 1, "2100 Burnet Ave, Cincinnati, OH 45219"),
    ("Healthbridge Dayton Hospital", 2, "1 Wyoming St, Dayton, OH 45409"),
    ("Healthbridge Louisville Hospital", 3, "550 S Jackson St, Louisville, KY 40202"),
    ("Healthbridge Indianapolis Hospital", 4, "1700 N Senate Ave, Indianapolis, IN 46202"),
    ("Healthbridge Nashville Medical Center", 5, "2000 Church St, Nashville, TN 37236"),
]
HB_HQ = "6000 Frantz Rd, Dublin, OH 43017"
HB_IT_DEPOT = "Healthbridge IT Depot, 4150 Fisher Rd, Columbus, OH 43228"

EMPLOYERS = {  # legal entities of the system
    "hb_health": "Healthbridge Health System",
    "hb_medgroup": "Healthbridge Medical Group",
    "hb_rcm": "Healthbridge Revenue Services LLC",
    "hb_gme": "Healthbridge Graduate Medical Education",
}
IT_STAFFING = [  # name, domain, office address, city for egress
    ("Keystone IT Staffing", "keystoneitstaff.com", "250 W Old Wilson Bridge Rd Suite 300, Worthington, OH 43085"),
    ("Northbeam Technical Resources", "northbeamtech.com", "9200 Shelbyville Rd Suite 410, Louisville, KY 40222"),
    ("Corvid Consulting Group", "corvidcg.com", "11711 N Meridian St Suite 600, Carmel, IN 46032"),
    ("Meridian Talent Partners", "meridiantalent.io", "1600 Division St Suite 250, Nashville, TN 37203"),
]
MSP = ("Ironclad Managed Services", "ironclad-ms.com", "5025 Bradenton Ave, Dublin, OH 43017")
TRAVEL_AGENCIES = [  # name, domain, office address, office main line (area code)
    ("Trident Travel Nursing", "tridenttravelrn.com", "8910 University Center Ln Suite 800, San Diego, CA 92122", "858"),
    ("BluePeak Health Staffing", "bluepeakhealth.com", "2201 Lakewood Blvd Suite 300, Dallas, TX 75214", "214"),
    ("Crossroads Nurse Travel", "crossroadsnurse.com", "4400 W 78th St Suite 200, Bloomington, MN 55435", "952"),
    ("Sunbelt Clinical Staffing", "sunbeltclinical.com", "1 Tampa City Center Suite 1900, Tampa, FL 33602", "813"),
]
IDV_VENDORS = ["Sterling", "HireRight", "Checkr", "First Advantage"]
I9_DOCS = ["US passport", "driver license + SS card", "permanent resident card", "EAD", "US passport card",
           "state ID + birth certificate"]

# ---------------------------------------------------------------- roles
CLINICAL_ROLES = ["Registered Nurse - Med/Surg", "Registered Nurse - ICU", "Registered Nurse - Emergency",
                  "Registered Nurse - Labor & Delivery", "Registered Nurse - Oncology", "Registered Nurse - PACU",
                  "Registered Nurse - Telemetry", "Licensed Practical Nurse", "Patient Care Technician",
                  "Respiratory Therapist", "Pharmacist", "Pharmacy Technician", "Radiologic Technologist",
                  "Medical Laboratory Scientist", "Physical Therapist", "Unit Secretary", "Nurse Practitioner",
                  "Certified Nursing Assistant", "Surgical Technologist", "Phlebotomist"]
PHYSICIAN_ROLES = ["Hospitalist", "Emergency Physician", "Anesthesiologist", "Family Medicine Physician",
                   "Cardiologist", "Radiologist", "Pediatrician", "Psychiatrist"]
RESIDENT_PROGRAMS = ["Internal Medicine", "General Surgery", "Emergency Medicine", "Pediatrics", "Family Medicine",
                     "Psychiatry", "Obstetrics and Gynecology", "Anesthesiology", "Radiology"]
SUPPORT_ROLES = ["Environmental Services Associate", "Patient Transporter", "Food Service Worker",
                 "Security Officer", "Registration Specialist", "Sterile Processing Technician",
                 "Patient Access Representative", "Scheduler"]
REMOTE_RCM_ROLES = ["Medical Coder (Remote)", "Medical Billing Specialist (Remote)", "Claims Follow-Up Specialist (Remote)",
                    "Denials Analyst (Remote)", "Prior Authorization Specialist (Remote)", "Revenue Cycle Analyst (Remote)",
                    "Clinical Documentation Specialist (Remote)", "Patient Financial Services Rep (Remote)"]
REMOTE_IT_ROLES = ["Epic Analyst (Remote)", "Software Engineer - Integration (Remote)", "Data Engineer (Remote)",
                   "Data Analyst (Remote)", "BI Developer (Remote)", "Cloud Engineer (Remote)",
                   "Interface Developer - HL7/FHIR (Remote)", "Full Stack Developer (Remote)",
                   "Security Analyst (Remote)", "DevOps Engineer (Remote)", "Salesforce Developer (Remote)",
                   "Database Administrator (Remote)"]
ONSITE_IT_ROLES = ["Desktop Support Technician", "Field Services Technician", "Network Engineer",
                   "Systems Administrator", "Clinical Applications Support", "Service Desk Analyst"]

# ---------------------------------------------------------------- networks
# key: (asn, owner, first octets used for allocation, kind)
HOME_ISPS = {
    "comcast": (7922, "Comcast Cable Communications, LLC", [73, 98, 76, 69]),
    "charter": (20115, "Charter Communications", [24, 97, 174, 71]),
    "att": (7018, "AT&T Services, Inc.", [99, 107, 108, 12]),
    "verizon": (701, "Verizon Business", [71, 72, 96, 100]),
    "cox": (22773, "Cox Communications Inc.", [68, 70, 184]),
    "frontier": (5650, "Frontier Communications of America, Inc.", [47, 50]),
    "lumen": (209, "CenturyLink Communications, LLC", [63, 75, 97]),
    "wow": (12083, "WideOpenWest Finance LLC", [65, 162]),
    "altafiber": (6181, "Cincinnati Bell Telephone Company LLC", [74, 216]),
}
HUB_ISPS = {0: ["charter", "att", "wow", "comcast"], 1: ["altafiber", "charter", "att"],
            2: ["charter", "att", "frontier"], 3: ["charter", "att", "comcast"], 4: ["comcast", "att", "charter"],
            5: ["comcast", "att", "charter"]}
MOBILE = {
    "tmobile": (21928, "T-Mobile USA, Inc.", [172, 174]),
    "vzw": (6167, "Verizon Wireless", [174, 97]),
    "attm": (20057, "AT&T Mobility LLC", [107, 166]),
}
VPNS = {  # provider: (asn, owner, cities) - exits shared by all users of a provider in a city
    "nordvpn": (9009, "M247 Europe SRL", ["Chicago", "Dallas", "New York", "Atlanta", "Los Angeles"]),
    "expressvpn": (397086, "Packethub S.A.", ["New York", "Dallas", "Chicago", "Denver", "Miami"]),
    "protonvpn": (209103, "Proton AG", ["New York", "Chicago", "Miami"]),
    "astrill": (396356, "Latitude.sh", ["Los Angeles", "New York", "Dallas", "Seattle", "Miami"]),
    "surfshark": (36352, "ColoCrossing", ["Atlanta", "Dallas", "Seattle"]),
}
VPS = [(14061, "DigitalOcean, LLC"), (20473, "The Constant Company, LLC"), (63949, "Akamai Connected Cloud"),
       (16509, "Amazon.com, Inc.")]
FOREIGN_ISPS = {  # country: list of (asn, owner, city, lat, lon, first octets)
    "PH": [(9299, "Philippine Long Distance Telephone Company", "Manila", 14.60, 120.98, [112, 122]),
           (4775, "Globe Telecoms", "Cebu City", 10.32, 123.89, [110, 180]),
           (132199, "Globe Telecom Inc.", "Quezon City", 14.68, 121.04, [49, 120])],
    "IN": [(55836, "Reliance Jio Infocomm Limited", "Hyderabad", 17.39, 78.49, [49, 157]),
           (24560, "Bharti Airtel Ltd.", "Kochi", 9.93, 76.26, [122, 182]),
           (9829, "National Internet Backbone", "Chennai", 13.08, 80.27, [117, 59])],
    "NG": [(29465, "MTN Nigeria Communication limited", "Lagos", 6.52, 3.38, [102, 105]),
           (36873, "Airtel Networks Limited", "Abuja", 9.07, 7.40, [105, 197])],
    "KR": [(4766, "Korea Telecom", "Seoul", 37.57, 126.98, [121, 175]),
           (9318, "SK Broadband Co Ltd", "Busan", 35.18, 129.08, [1, 222])],
    "CN": [(4837, "CHINA UNICOM China169 Backbone", "Shenyang", 41.81, 123.43, [113, 175]),
           (4134, "Chinanet", "Guangzhou", 23.13, 113.26, [113, 183])],
    "VN": [(7552, "Viettel Group", "Hanoi", 21.03, 105.85, [27, 171])],
    "MX": [(8151, "UNINET", "Cancun", 21.16, -86.85, [187, 189])],
    "CA": [(812, "Rogers Communications Canada Inc.", "Toronto", 43.65, -79.38, [99, 174])],
}
FRAUD_BASES = [  # name, country, asn, owner, city, lat, lon, first octet(s)
    ("shenyang", "CN", 4837, "CHINA UNICOM China169 Backbone", "Shenyang", 41.81, 123.43, [113, 175]),
    ("dandong", "CN", 4837, "CHINA UNICOM China169 Backbone", "Dandong", 40.12, 124.38, [113, 221]),
    ("vladivostok", "RU", 12389, "PJSC Rostelecom", "Vladivostok", 43.12, 131.89, [95, 178]),
    ("pyongyang", "KP", 131279, "Star Joint Venture Co. Ltd.", "Pyongyang", 39.03, 125.75, [175]),
]

USER_AGENTS_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36 Edg/128.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36",
]
USER_AGENTS_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S921U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36",
    "Okta Verify/9.24.1 (iPhone; iOS 17.5)", "Okta Verify/9.22.0 (Android 14; Pixel 8)",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Epic Haiku/10.4",
]
UA_CITRIX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 CitrixReceiver/2405"

# ---------------------------------------------------------------- endpoint
LAPTOP_MODELS = ["Dell Latitude 5440", "Dell Latitude 7440", "Lenovo ThinkPad T14 Gen 4", "HP EliteBook 840 G10",
                 "MacBookPro18,3"]
WORKSTATION_MODELS = ["Dell OptiPlex 7010 Micro", "HP EliteDesk 800 G6 Mini", "Dell Wyse 5070 Thin Client",
                      "Capsa CareLink WOW Cart PC"]
BASE_PROCS = ["Teams.exe", "OUTLOOK.EXE", "CSFalconService.exe", "msedge.exe", "chrome.exe", "OneDrive.exe",
              "CitrixWorkspace.exe", "PanGPA.exe", "IntuneManagementExtension.exe"]
CLINICAL_PROCS = ["EpicHyperspace.exe", "ImprivataAgent.exe", "SSOManHost.exe", "Vocera.exe", "PyxisES.exe",
                  "DragonMedical.exe", "PACSViewer.exe", "wfica32.exe"]
RCM_PROCS = ["EpicHyperspace.exe", "3MCodeFinder.exe", "Availity.exe", "wfica32.exe", "EXCEL.EXE"]
DEV_PROCS = ["Code.exe", "python.exe", "git.exe", "docker.exe", "SSMS.exe", "DBeaver.exe", "postman.exe",
             "WindowsTerminal.exe", "idea64.exe", "node.exe", "Tableau.exe", "PowerBIDesktop.exe"]
IT_TOOLS = ["BeyondTrustRemoteSupport.exe", "mstsc.exe", "putty.exe", "WinSCP.exe", "mRemoteNG.exe",
            "vncviewer.exe", "TeamViewer.exe", "SCCMRemoteControl.exe", "Wireshark.exe", "ConnectWiseControl.Client.exe"]
HOME_USB = [("Logitech USB Receiver", "046d", "c52b"), ("Jabra Evolve2 65", "0b0e", "24c8"),
            ("Logitech Webcam C920", "046d", "082d"), ("YubiKey OTP+FIDO+CCID", "1050", "0407"),
            ("USB2.0 Hub", "05e3", "0608"), ("Dell Universal Dock D6000", "17e9", "6006"),
            ("Plantronics Blackwire 5220", "047f", "c053"), ("Apple Magic Keyboard", "05ac", "0267")]
CLINICAL_USB = [("RF IDeas pcProx Plus", "0c27", "3bfa"), ("Zebra DS8178 Scanner", "05e0", "1200"),
                ("Topaz SignatureGem", "0403", "6001"), ("Dell Keyboard KB216", "413c", "2113"),
                ("Dell Mouse MS116", "413c", "301a"), ("Honeywell Xenon 1902", "0c2e", "0b61")]
SERVER_ROOM_KVM = [("ATEN CS1316 KVM", "0557", "2419"), ("Raritan Dominion KX IV", "14dd", "1007"),
                   ("Avocent DSR Dongle", "0624", "0402"), ("StarTech NOTECONS02 Crash Cart", "0603", "1002"),
                   ("Vertiv Avocent MergePoint", "0624", "0249")]
HOME_DISPLAYS = ["DELL P2422H", "DELL S2721DS", "LG ULTRAGEAR", "HP E24 G5", "LEN T24i-30", "SAMSUNG C27F390",
                 "ASUS VA24E", "Acer SA240Y", "BenQ GW2480"]
CLINICAL_DISPLAYS = ["DELL P2419H", "HP E243", "Elo 2402L", "BARCO MDRC-2224"]
ROUTER_OUI = ["3c:37:86", "a0:04:60", "c0:56:27", "f8:ab:05", "44:a5:6e", "b0:be:76", "10:da:43", "d8:47:32",
              "e0:db:d1", "70:3a:cb"]
SSIDS = ["NETGEAR", "Xfinity", "Spectrum", "ATT", "MySpectrumWiFi", "TP-Link_", "Linksys", "ORBI", "eero",
         "CenturyLink", "WOW", "Verizon_"]
KEYBOARDS = {"filipino": ["en-US", "fil-PH"], "indian": ["en-US", "en-IN", "hi-IN", "ta-IN", "ml-IN"],
             "nigerian": ["en-US", "en-NG", "yo-NG"], "korean": ["en-US", "ko-KR"],
             "chinese": ["en-US", "zh-CN", "zh-TW"], "vietnamese": ["en-US", "vi-VN"]}
HOME_COUNTRY = {"filipino": "PH", "indian": "IN", "nigerian": "NG", "korean": "KR", "chinese": "CN", "vietnamese": "VN"}

# ---------------------------------------------------------------- resumes
SCHOOLS = ["The Ohio State University", "University of Cincinnati", "Wright State University", "University of Louisville",
           "Indiana University", "Purdue University", "Vanderbilt University", "Belmont University",
           "Columbus State Community College", "Sinclair Community College", "Ivy Tech Community College",
           "Western Governors University", "University of Kentucky", "Ohio University", "Miami University",
           "Middle Tennessee State University", "Southern New Hampshire University", "University of Phoenix",
           "Texas A&M University", "Georgia State University", "Arizona State University", "Rutgers University",
           "University of the Philippines Manila", "Manipal Academy of Higher Education", "University of Lagos",
           "Yonsei University", "Anna University", "University of Santo Tomas", "Kerala University of Health Sciences"]
PRIOR_EMPLOYERS = ["OhioHealth", "Mount Carmel Health", "TriHealth", "Premier Health", "Norton Healthcare",
                   "Baptist Health", "IU Health", "Community Health Network", "HCA Healthcare", "Ascension",
                   "Change Healthcare", "R1 RCM", "Optum", "Cerner", "Epic Systems", "Humana", "Anthem", "Cardinal Health",
                   "Nationwide", "Kroger Technology", "Accenture", "Cognizant", "Infosys", "Tata Consultancy Services",
                   "Conifer Health Solutions", "Ensemble Health Partners", "Navient", "JPMorgan Chase", "Huntington Bank",
                   "Fifth Third Bank", "Vanderbilt University Medical Center", "Cleveland Clinic", "Kaiser Permanente"]
BULLETS = {
    "it": ["Built HL7 v2 and FHIR R4 interfaces between Epic Bridges and {tool} for {n} downstream systems",
           "Migrated {n} on-prem SQL Server databases to Azure SQL with zero unplanned downtime",
           "Automated nightly ETL in {tool}, cutting report latency from {n} hours to minutes",
           "Developed REST APIs in {lang} consumed by the patient portal and {n} internal apps",
           "Owned CI/CD pipelines in {tool}; reduced release cycle from {n} weeks to days",
           "Designed star-schema data marts for revenue-cycle KPIs in {tool}",
           "Hardened {n} Linux servers against CIS benchmarks and remediated Qualys findings",
           "Led on-call rotation for integration engine; resolved {n}+ production incidents",
           "Wrote {lang} microservices for claims eligibility checks (X12 270/271)",
           "Built Power BI dashboards used daily by {n} department leaders",
           "Implemented Terraform modules for {n} AWS accounts with guardrails",
           "Mentored {n} junior developers and ran weekly code reviews",
           "Tuned slow {tool} queries, improving p95 latency by {n}%",
           "Partnered with clinical informatics to deliver {n} Epic build requests per quarter",
           "Containerized legacy {lang} services with Docker and Kubernetes"],
    "rcm": ["Coded {n}+ inpatient and outpatient charts per day with {n2}% accuracy (ICD-10-CM/PCS, CPT)",
            "Worked {tool} denials queue; recovered ${n}K in underpaid claims in one year",
            "Submitted prior authorizations for imaging and specialty drugs via {tool}",
            "Reconciled payer remittances (835) and posted payments in Epic Resolute",
            "Trained {n} new hires on charge-capture workflows",
            "Reduced A/R over 90 days by {n2}% through targeted payer follow-up",
            "Audited E/M levels for {n} providers and delivered education",
            "Maintained CPC certification; completed {n} CEUs annually",
            "Handled patient billing calls and payment plans with {n2}% satisfaction"],
    "clinical": ["Provided direct care for {n} patients per shift on a {n2}-bed unit",
                 "Charge nurse on night shift; coordinated admissions and rapid responses",
                 "Precepted {n} new graduate nurses", "Member of unit practice council and falls committee",
                 "Administered chemotherapy and managed central lines", "BLS, ACLS, PALS current; {tool} certified",
                 "Documented in Epic and Cerner; super-user for {tool} go-live"],
}
TOOLS = ["Rhapsody", "Cloverleaf", "Mirth Connect", "Azure Data Factory", "Snowflake", "Databricks", "Jenkins",
         "GitHub Actions", "SSIS", "Power BI", "Tableau", "Oracle", "PostgreSQL", "Waystar", "Availity", "Epic",
         "NIHSS", "TNCC", "Cerner", "Meditech"]
LANGS = ["Python", "Java", "C#", ".NET", "Go", "TypeScript", "Node.js", "Scala"]
RESUME_SERVICES = [  # a resume-writing service's template header and closing (shared by its many customers)
    ("ZipJob", "PROFESSIONAL SUMMARY\nResults-driven professional with a proven track record of delivering measurable outcomes in fast-paced healthcare environments.",
     "CORE COMPETENCIES: Stakeholder Management | Process Improvement | Cross-Functional Collaboration | Regulatory Compliance"),
    ("TopResume", "SUMMARY OF QUALIFICATIONS\nDedicated and detail-oriented specialist known for accuracy, integrity and a patient-first mindset.",
     "KEY SKILLS: Time Management | Critical Thinking | Communication | HIPAA | Team Leadership"),
    ("Indeed template", "PROFILE\nMotivated team player seeking to contribute skills and experience to a mission-driven organization.",
     "SKILLS: Microsoft Office | Customer Service | Problem Solving | Attention to Detail"),
]

FOREIGN_ROADS = {
    "PH": ["Rizal", "Mabini", "Bonifacio", "Luna", "Del Pilar", "Aguinaldo", "Quezon", "Magsaysay", "Osmena", "Roxas",
           "Burgos", "Jacinto", "Recto", "Taft", "Katipunan"],
    "IN": ["MG Road", "Anna Salai", "Link Road", "Residency Road", "Nehru Nagar", "Gandhi Nagar", "Sector 21",
           "HSR Layout", "Banjara Hills", "Kakkanad", "Koramangala 5th Block", "Jubilee Hills"],
    "NG": ["Allen Avenue", "Admiralty Way", "Adeola Odeku Street", "Awolowo Road", "Ogui Road", "Aminu Kano Crescent",
           "Herbert Macaulay Way", "Bode Thomas Street"],
    "KR": ["Gangnam-daero", "Teheran-ro", "Sejong-daero", "Haeundae-ro", "Dongil-ro", "Olympic-ro", "Bupyeong-daero"],
}
