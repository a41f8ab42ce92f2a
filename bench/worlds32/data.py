"""Reference data for world 32 (Boxpoint): names, places, networks, organisations, software, resume material."""

# ---------------------------------------------------------------------------------------------
# Names by origin: (male first names, female first names, surnames)
# ---------------------------------------------------------------------------------------------
NAMES = {
    "us_white": (
        "James John Robert Michael William David Richard Joseph Thomas Christopher Daniel Matthew Anthony Mark Steven "
        "Andrew Joshua Kevin Brian Ryan Jacob Tyler Kyle Nathan Zachary Ethan Logan Dylan Austin Cody Travis Derek "
        "Brandon Sean Patrick Scott Eric Adam Jeffrey Gregory Connor Wyatt Hunter Caleb Garrett Colin",
        "Mary Jennifer Linda Elizabeth Susan Jessica Sarah Karen Nancy Lisa Emily Ashley Amanda Megan Rachel Lauren "
        "Hannah Kayla Brittany Samantha Katherine Heather Amber Danielle Kelsey Courtney Abigail Madison Olivia Emma "
        "Chloe Grace Molly Allison Erin Caitlin Shannon Jillian Meredith Claire Haley",
        "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Thompson White "
        "Clark Lewis Walker Hall Allen Young King Wright Scott Hill Green Adams Baker Nelson Carter Mitchell Roberts "
        "Campbell Parker Evans Edwards Collins Stewart Morris Murphy Cook Rogers Morgan Peterson Cooper Reed Bailey "
        "Bell Kelly Howard Ward Cox Richardson Wood Watson Brooks Bennett Gray Hughes Price Sanders Myers Long Ross "
        "Foster Powell Jenkins Perry Russell Sullivan Fisher Henderson Coleman Simmons Patterson Jordan Reynolds "
        "Hamilton Graham Wallace Cole West Stone Hayes Gibson Ellis Marshall Owens Harrison Kennedy Wells Schmidt "
        "Hoffman Olson Larson Schneider Becker Novak Kowalski Hansen Lindqvist Brennan Gallagher Doyle Fitzgerald"),
    "us_black": (
        "DeShawn Jamal Marcus Terrence Darnell Andre Malik Tyrone Jerome Isaiah Jalen Xavier Dwayne Cedric Reginald "
        "Lamar Elijah Darius Maurice Corey",
        "Aaliyah Imani Keisha Latoya Ebony Tanisha Jasmine Destiny Shanice Tiana Kiara Monique Nia Ayana Jada "
        "Raven Brianna Alicia Crystal Dominique",
        "Washington Jefferson Jackson Robinson Harris Lewis Walker Brooks Coleman Jenkins Bryant Gaines Dawson "
        "Freeman Holmes Banks Mack Rivers Boyd Simmons Tucker Grant Hunter Byrd Pierce Battle Mosley Whitfield"),
    "us_hispanic": (
        "Jose Luis Carlos Juan Miguel Jorge Antonio Alejandro Diego Javier Ricardo Fernando Eduardo Roberto Mario "
        "Francisco Andres Oscar Rafael Sergio Manuel Victor Hector Raul Julio",
        "Maria Ana Sofia Isabella Camila Valentina Gabriela Daniela Lucia Mariana Adriana Patricia Veronica Alejandra "
        "Carolina Paola Yesenia Leticia Rosa Carmen Elena Natalia Monica Andrea Diana",
        "Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera Gomez Diaz "
        "Reyes Morales Cruz Ortiz Gutierrez Chavez Ramos Ruiz Alvarez Mendoza Castillo Jimenez Vasquez Romero "
        "Herrera Medina Aguilar Vargas Castro Guzman Salazar Delgado Pena Rios Navarro Soto"),
    "chinese": (
        "Wei Jun Hao Lei Jian Ming Tao Yang Bo Chen Qiang Peng Kai Yong Feng Zhiwei Haoran Yifan Zihao Jiahao "
        "Kevin Jason Eric Michael David Andy Tony",
        "Li Fang Jing Ying Xin Min Hui Yan Mei Ling Xiaoyu Yuxin Jiayi Shuang Qian Yue Lin "
        "Jenny Grace Amy Cindy Vivian Helen Irene",
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng Liang Xie Song "
        "Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen"),
    "korean": (
        "Min-jun Seo-jun Ji-hoon Hyun-woo Jae-won Sung-min Dong-hyun Jun-young Tae-yang Young-ho Sang-woo Jin "
        "Daniel David James Brian Chris Sam Paul",
        "Seo-yeon Ji-woo Min-seo Ha-eun Soo-ah Ji-yeon Eun-ji Hye-jin Yu-na Da-eun So-young Mi-kyung "
        "Grace Jenny Christine Esther Hannah Sarah Julie",
        "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong Jeon Ko Moon "
        "Yang Son Bae Baek Heo Nam Noh"),
    "indian": (
        "Rahul Amit Rohit Vikram Arjun Sanjay Rajesh Suresh Anil Karthik Aditya Nikhil Pranav Varun Siddharth "
        "Abhishek Manish Deepak Harsh Ravi Srinivas Venkat Prakash Gaurav Ankit Vivek Ashok Mohit Kunal",
        "Priya Anjali Pooja Neha Divya Kavya Shreya Sneha Aishwarya Deepika Lakshmi Meera Swati Ritu Nisha "
        "Anusha Shruti Harini Pallavi Sunita Radhika Keerthi Madhuri Bhavana",
        "Sharma Patel Singh Kumar Gupta Reddy Rao Iyer Nair Menon Mehta Shah Joshi Desai Chopra Kapoor Malhotra "
        "Verma Agarwal Bhat Pillai Krishnan Subramanian Venkatesan Chatterjee Banerjee Das Mukherjee Naidu "
        "Kulkarni Jain Bansal Saxena Mishra Pandey Yadav Chauhan Thakur"),
    "vietnamese": (
        "Minh Tuan Hung Duc Long Nam Quang Hieu Khoa Phuc Thanh Dung Huy Bao Vinh",
        "Linh Trang Huong Lan Mai Thao Ngoc Anh Phuong Hoa Thu Vy Tram Nhung",
        "Nguyen Tran Le Pham Hoang Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly"),
    "filipino": (
        "Jose Mark John Paolo Carlo Miguel Rafael Joshua Kenneth Jericho Angelo Ramon Christian Jay Ariel",
        "Maria Kristine Angelica Joy Mary Grace Princess Jasmine Camille Patricia Rhea Jennylyn Lovely Diane Mae",
        "Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Tomas Andrada Castillo Flores Villanueva Ramos "
        "Dela Cruz Aquino Navarro Salvador Manalo Pascual Mercado Lim Tan Gonzales"),
    "japanese": (
        "Hiroshi Takeshi Kenji Yuki Daisuke Ryo Shota Kazuki Haruto Sota Naoki Takumi",
        "Yui Aoi Sakura Haruka Yuka Mai Naoko Emi Ayaka Misaki Rina Keiko",
        "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki "
        "Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Mori"),
    "nigerian": (
        "Chinedu Emeka Oluwaseun Tunde Ikechukwu Babatunde Chukwuemeka Ifeanyi Segun Adebayo Kelechi Obinna "
        "Uchenna Femi Kayode Samuel Daniel Victor",
        "Ngozi Chiamaka Adaeze Funmilayo Oluwatoyin Yetunde Chinwe Ifeoma Blessing Precious Amaka Temitope "
        "Folake Nkechi Esther Grace",
        "Okafor Adeyemi Okonkwo Eze Balogun Okoro Nwosu Adebayo Ogunleye Ibrahim Oladipo Chukwu Nwachukwu "
        "Afolabi Obi Bello Olawale Onyeka Akinola Uche"),
    "brazilian": (
        "Joao Pedro Lucas Gabriel Rafael Felipe Gustavo Thiago Bruno Matheus Leonardo Rodrigo Vinicius Diego",
        "Ana Beatriz Larissa Juliana Camila Fernanda Mariana Leticia Amanda Bruna Gabriela Carolina Isabela",
        "Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro Martins Carvalho "
        "Almeida Lopes Soares Fernandes Vieira Barbosa Rocha Dias Nascimento Araujo Moreira"),
    "pakistani": (
        "Muhammad Ahmed Ali Hassan Usman Bilal Hamza Umar Faisal Imran Zain Saad Kamran Asad Waqas Shahzaib",
        "Ayesha Fatima Sana Hira Maryam Zainab Amna Mahnoor Iqra Rabia Sadia Nida Saba",
        "Khan Ahmed Malik Hussain Shah Raza Qureshi Siddiqui Butt Chaudhry Sheikh Iqbal Akhtar Mirza Abbasi "
        "Javed Aslam Rana Bhatti Anwar"),
    "ukrainian": (
        "Oleksandr Andriy Dmytro Serhiy Volodymyr Mykola Ivan Yuriy Taras Bohdan Maksym Vitaliy Roman Oleh",
        "Olena Iryna Natalia Oksana Tetiana Yulia Kateryna Anastasia Svitlana Mariia Viktoriia Khrystyna",
        "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Koval Oliynyk Lysenko Moroz "
        "Petrenko Savchenko Rudenko Marchenko Pavlenko Kuzmenko Hnatyuk"),
    "russian": (
        "Alexei Dmitry Sergei Ivan Andrei Mikhail Nikolai Pavel Artem Maxim Vladimir Yegor Kirill Denis",
        "Anna Elena Olga Natalia Tatiana Ekaterina Maria Svetlana Irina Yulia Daria Polina Ksenia",
        "Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov Morozov Volkov "
        "Alekseev Lebedev Semenov Egorov Pavlov Kozlov Stepanov Orlov"),
    "polish": (
        "Piotr Krzysztof Tomasz Pawel Marcin Michal Lukasz Jakub Kamil Mateusz Bartosz Grzegorz",
        "Anna Katarzyna Magdalena Agnieszka Joanna Aleksandra Monika Natalia Karolina Zofia Ewa Marta",
        "Nowak Kowalski Wisniewski Wojcik Kaminski Lewandowski Zielinski Szymanski Wozniak Dabrowski "
        "Kozlowski Jankowski Mazur Krawczyk Piotrowski Grabowski"),
    "thai": (
        "Somchai Anan Kittisak Prasert Thanawat Nattapong Chaiwat Surasak Wichai Pongsak",
        "Siriporn Ploy Nattaya Kanokwan Pimchanok Supaporn Wanida Jintana Ratana Malee",
        "Saetang Srisuk Chaiyaporn Wongsawat Rattanakorn Boonmee Phromphan Kaewkla Thongchai Suwan"),
    "indonesian": (
        "Budi Agus Andi Rizky Dimas Fajar Hendra Yusuf Arif Bayu Eko Reza",
        "Siti Dewi Putri Ayu Rina Wulan Intan Nurul Fitri Maya Sari Lestari",
        "Santoso Wijaya Pratama Saputra Hidayat Kurniawan Nugroho Setiawan Gunawan Halim Susanto Wibowo"),
    "arab": (
        "Mohammed Ahmed Omar Khalid Yousef Ali Hassan Tariq Sami Faisal Rami Karim Nabil Ziad",
        "Fatima Layla Noor Sara Mariam Huda Rania Dina Yasmin Lina Reem Salma Hala",
        "Al-Sayed Haddad Khoury Mansour Nasser Saleh Hamdan Aziz Farouk Qasim Al-Farsi Rahman Darwish Hassan"),
    "turkish": (
        "Mehmet Mustafa Ahmet Ali Hasan Emre Burak Murat Can Cem Kerem Onur",
        "Ayse Fatma Zeynep Elif Emine Merve Esra Selin Derya Busra",
        "Yilmaz Kaya Demir Sahin Celik Yildiz Ozturk Aydin Arslan Dogan Kilic Aslan Cetin Kara"),
    "german": (
        "Lukas Jonas Felix Maximilian Leon Paul Tobias Florian Sebastian Jan Moritz Niklas",
        "Anna Lena Laura Julia Lea Sarah Katharina Sophie Hannah Marie Johanna Miriam",
        "Muller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Klein Wolf "
        "Schroder Neumann Zimmermann Braun Kruger Hartmann"),
    "british": (
        "Oliver Harry George Jack Charlie Thomas James William Alfie Henry Oscar Archie Callum Rhys",
        "Olivia Amelia Isla Ava Emily Sophie Poppy Jessica Charlotte Lucy Eleanor Imogen Freya Harriet",
        "Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White "
        "Roberts Green Hall Wood Jackson Clarke Hughes Edwards Patel Khan Lewis"),
    "french": (
        "Lucas Hugo Louis Gabriel Arthur Jules Nathan Thomas Antoine Maxime Quentin Julien",
        "Emma Louise Chloe Camille Manon Lea Ines Clara Juliette Pauline Margaux Elodie",
        "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel "
        "Garcia David Bertrand Roux Vincent Fournier"),
    "portuguese": (
        "Joao Tiago Rui Nuno Pedro Miguel Andre Ricardo Duarte Goncalo Diogo Bruno",
        "Ana Ines Beatriz Mariana Joana Catarina Sofia Rita Marta Carolina Leonor Filipa",
        "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes Goncalves Gomes "
        "Lopes Marques Alves Almeida Ribeiro Pinto Carvalho"),
    "mexican": (
        "Jose Luis Juan Miguel Carlos Jesus Alejandro Fernando Ricardo Eduardo Arturo Enrique Ivan Emiliano",
        "Maria Guadalupe Fernanda Daniela Ximena Valeria Andrea Paola Brenda Karla Mariana Regina",
        "Hernandez Garcia Martinez Lopez Gonzalez Rodriguez Perez Sanchez Ramirez Cruz Flores Gomez Morales "
        "Vazquez Reyes Jimenez Torres Diaz Gutierrez Mendoza"),
    "colombian": (
        "Juan Andres Santiago Sebastian Camilo Felipe Daniel David Alejandro Mateo Julian Esteban",
        "Valentina Laura Daniela Natalia Paula Catalina Juliana Manuela Sara Carolina Andrea Luisa",
        "Rodriguez Gomez Gonzalez Martinez Garcia Lopez Hernandez Sanchez Ramirez Perez Diaz Moreno Munoz Rojas "
        "Jaramillo Restrepo Ospina Castano Arango Velez"),
    "georgian": (
        "Giorgi Davit Levan Nikoloz Irakli Luka Sandro Zurab Lasha Beka",
        "Nino Mariam Ana Tamar Salome Natia Eka Keti Maka Tako",
        "Beridze Kapanadze Gelashvili Maisuradze Giorgadze Lomidze Tsiklauri Bolkvadze Kvaratskhelia Abashidze"),
    "kenyan": (
        "Brian Kevin Dennis Collins Victor Kelvin Felix Evans Moses Peter Samuel",
        "Faith Mercy Sharon Joy Esther Grace Cynthia Purity Lilian Winnie",
        "Otieno Ochieng Wanjiru Kamau Mwangi Njoroge Kiprop Chebet Mutua Odhiambo Kariuki Wambui Njeri Kiplagat"),
    "bangladeshi": (
        "Rahim Karim Sabbir Tanvir Rakib Arif Shakil Mahmud Nayeem Rifat",
        "Nusrat Farzana Sharmin Tahmina Sadia Jannat Mim Tasnim Sumaiya Afroza",
        "Hossain Rahman Islam Ahmed Chowdhury Uddin Akter Begum Sarkar Talukder Mia Haque"),
}


def names_of(origin):
    m, f, s = NAMES[origin]
    return m.split(), f.split(), s.split()


# A US resident's origin (fraud personas are drawn from the same mix).
US_ORIGIN_MIX = [("us_white", 58), ("us_black", 12), ("us_hispanic", 15), ("chinese", 4), ("indian", 4),
                 ("korean", 2), ("vietnamese", 1.5), ("filipino", 2), ("japanese", 0.5), ("nigerian", 0.5),
                 ("arab", 0.5)]

MIDDLE_M = "A B C D E F G H J K L M N P R S T W Lee James Michael Ray Allen Edward Thomas Paul Wayne Scott Alan".split()
MIDDLE_F = "A B C D E F G H J K L M N P R S T W Ann Marie Lee Lynn Grace Rose Jean Elizabeth Nicole Michelle Louise".split()

# ---------------------------------------------------------------------------------------------
# US places: city, state, tz, lat, lon, area codes, zip3
# ---------------------------------------------------------------------------------------------
US_CITIES = [
    ("New York", "NY", "America/New_York", 40.71, -74.01, ["212", "646", "917", "347", "718"], "100", 9),
    ("Brooklyn", "NY", "America/New_York", 40.65, -73.95, ["718", "347", "929"], "112", 4),
    ("Los Angeles", "CA", "America/Los_Angeles", 34.05, -118.24, ["213", "310", "323", "424", "818"], "900", 8),
    ("San Francisco", "CA", "America/Los_Angeles", 37.77, -122.42, ["415", "628"], "941", 5),
    ("San Jose", "CA", "America/Los_Angeles", 37.34, -121.89, ["408", "669"], "951", 4),
    ("Oakland", "CA", "America/Los_Angeles", 37.80, -122.27, ["510", "341"], "946", 2),
    ("San Diego", "CA", "America/Los_Angeles", 32.72, -117.16, ["619", "858"], "921", 4),
    ("Sacramento", "CA", "America/Los_Angeles", 38.58, -121.49, ["916", "279"], "958", 2),
    ("Irvine", "CA", "America/Los_Angeles", 33.68, -117.79, ["949", "714"], "926", 2),
    ("Seattle", "WA", "America/Los_Angeles", 47.61, -122.33, ["206", "425"], "981", 4),
    ("Tacoma", "WA", "America/Los_Angeles", 47.25, -122.44, ["253"], "984", 1),
    ("Portland", "OR", "America/Los_Angeles", 45.52, -122.68, ["503", "971"], "972", 3),
    ("Las Vegas", "NV", "America/Los_Angeles", 36.17, -115.14, ["702", "725"], "891", 3),
    ("Henderson", "NV", "America/Los_Angeles", 36.04, -114.98, ["702"], "890", 1),
    ("Phoenix", "AZ", "America/Phoenix", 33.45, -112.07, ["602", "480", "623"], "850", 4),
    ("Scottsdale", "AZ", "America/Phoenix", 33.49, -111.93, ["480"], "852", 1),
    ("Tucson", "AZ", "America/Phoenix", 32.22, -110.97, ["520"], "857", 1),
    ("Denver", "CO", "America/Denver", 39.74, -104.99, ["303", "720"], "802", 4),
    ("Colorado Springs", "CO", "America/Denver", 38.83, -104.82, ["719"], "809", 1),
    ("Salt Lake City", "UT", "America/Denver", 40.76, -111.89, ["801", "385"], "841", 2),
    ("Boise", "ID", "America/Boise", 43.62, -116.21, ["208"], "837", 1),
    ("Albuquerque", "NM", "America/Denver", 35.08, -106.65, ["505"], "871", 1),
    ("Dallas", "TX", "America/Chicago", 32.78, -96.80, ["214", "469", "972"], "752", 5),
    ("Houston", "TX", "America/Chicago", 29.76, -95.37, ["713", "281", "832"], "770", 5),
    ("Austin", "TX", "America/Chicago", 30.27, -97.74, ["512", "737"], "787", 4),
    ("San Antonio", "TX", "America/Chicago", 29.42, -98.49, ["210", "726"], "782", 3),
    ("Killeen", "TX", "America/Chicago", 31.12, -97.73, ["254"], "765", 1),
    ("Chicago", "IL", "America/Chicago", 41.88, -87.63, ["312", "773", "872"], "606", 6),
    ("Minneapolis", "MN", "America/Chicago", 44.98, -93.27, ["612", "952"], "554", 2),
    ("Kansas City", "MO", "America/Chicago", 39.10, -94.58, ["816"], "641", 2),
    ("St. Louis", "MO", "America/Chicago", 38.63, -90.20, ["314"], "631", 2),
    ("Nashville", "TN", "America/Chicago", 36.16, -86.78, ["615", "629"], "372", 3),
    ("Memphis", "TN", "America/Chicago", 35.15, -90.05, ["901"], "381", 1),
    ("New Orleans", "LA", "America/Chicago", 29.95, -90.07, ["504"], "701", 1),
    ("Atlanta", "GA", "America/New_York", 33.75, -84.39, ["404", "678", "470"], "303", 5),
    ("Miami", "FL", "America/New_York", 25.76, -80.19, ["305", "786"], "331", 4),
    ("Orlando", "FL", "America/New_York", 28.54, -81.38, ["407", "321"], "328", 3),
    ("Tampa", "FL", "America/New_York", 27.95, -82.46, ["813", "656"], "336", 3),
    ("Sarasota", "FL", "America/New_York", 27.34, -82.53, ["941"], "342", 1),
    ("Jacksonville", "FL", "America/New_York", 30.33, -81.66, ["904"], "322", 2),
    ("Green Cove Springs", "FL", "America/New_York", 29.99, -81.68, ["904"], "320", 0.3),
    ("Charlotte", "NC", "America/New_York", 35.23, -80.84, ["704", "980"], "282", 3),
    ("Raleigh", "NC", "America/New_York", 35.78, -78.64, ["919", "984"], "276", 2),
    ("Fayetteville", "NC", "America/New_York", 35.05, -78.88, ["910"], "283", 1),
    ("Washington", "DC", "America/New_York", 38.91, -77.04, ["202"], "200", 2),
    ("Arlington", "VA", "America/New_York", 38.88, -77.10, ["703", "571"], "222", 2),
    ("Norfolk", "VA", "America/New_York", 36.85, -76.29, ["757"], "235", 1),
    ("Baltimore", "MD", "America/New_York", 39.29, -76.61, ["410", "443"], "212", 2),
    ("Philadelphia", "PA", "America/New_York", 39.95, -75.17, ["215", "267"], "191", 4),
    ("Pittsburgh", "PA", "America/New_York", 40.44, -80.00, ["412"], "152", 2),
    ("Boston", "MA", "America/New_York", 42.36, -71.06, ["617", "857"], "021", 4),
    ("Nashua", "NH", "America/New_York", 42.77, -71.47, ["603"], "030", 0.5),
    ("Wilmington", "DE", "America/New_York", 39.74, -75.55, ["302"], "198", 0.8),
    ("Newark", "NJ", "America/New_York", 40.74, -74.17, ["973", "862"], "071", 2),
    ("Jersey City", "NJ", "America/New_York", 40.72, -74.08, ["201", "551"], "073", 2),
    ("Detroit", "MI", "America/Detroit", 42.33, -83.05, ["313"], "482", 2),
    ("Columbus", "OH", "America/New_York", 39.96, -83.00, ["614"], "432", 2),
    ("Cleveland", "OH", "America/New_York", 41.50, -81.69, ["216"], "441", 1),
    ("Indianapolis", "IN", "America/Indiana/Indianapolis", 39.77, -86.16, ["317"], "462", 2),
    ("Milwaukee", "WI", "America/Chicago", 43.04, -87.91, ["414"], "532", 1),
    ("Sheridan", "WY", "America/Denver", 44.80, -106.96, ["307"], "828", 0.2),
    ("Cheyenne", "WY", "America/Denver", 41.14, -104.82, ["307"], "820", 0.3),
    ("Sioux Falls", "SD", "America/Chicago", 43.55, -96.73, ["605"], "571", 0.5),
    ("Rapid City", "SD", "America/Denver", 44.08, -103.23, ["605"], "577", 0.3),
    ("Livingston", "TX", "America/Chicago", 30.71, -94.93, ["936"], "773", 0.2),
    ("Honolulu", "HI", "Pacific/Honolulu", 21.31, -157.86, ["808"], "968", 0.8),
    ("Anchorage", "AK", "America/Anchorage", 61.22, -149.90, ["907"], "995", 0.4),
    ("Richmond", "VA", "America/New_York", 37.54, -77.44, ["804"], "232", 1),
    ("Louisville", "KY", "America/New_York", 38.25, -85.76, ["502"], "402", 1),
    ("Oklahoma City", "OK", "America/Chicago", 35.47, -97.52, ["405"], "731", 1),
    ("Omaha", "NE", "America/Chicago", 41.26, -95.94, ["402"], "681", 1),
]

STREET_NAMES = ("Main Oak Maple Cedar Pine Elm Washington Lake Hill Park Walnut Sunset Highland Jefferson Lincoln "
                "Madison Franklin Church Spring River Willow Chestnut Meadow Forest Ridge Valley Broadway Center "
                "Cherry Birch Hickory Dogwood Magnolia Laurel Mill Orchard Prospect Summit Union Jackson Adams "
                "Monroe Harrison Grant Sherman Cleveland Taylor Polk Vine Market Water Bridge Canyon Mesa "
                "Juniper Aspen Sycamore Poplar Cypress Palmetto Bayview Harbor Lakeshore Riverside Fairview").split()
STREET_TYPES = [("Street", "St"), ("Avenue", "Ave"), ("Road", "Rd"), ("Drive", "Dr"), ("Lane", "Ln"),
                ("Boulevard", "Blvd"), ("Court", "Ct"), ("Place", "Pl"), ("Way", "Way"), ("Circle", "Cir"),
                ("Parkway", "Pkwy"), ("Terrace", "Ter")]
DIRECTIONS = [("North", "N"), ("South", "S"), ("East", "E"), ("West", "W")]
UNIT_WORDS = ["Apt", "Apt.", "Unit", "#", "Suite"]

# ---------------------------------------------------------------------------------------------
# Boxpoint locations (commercial mail receiving agencies and reshipping warehouses)
# code, street, city, state, zip, type, weight, own suite prefix (the building's suite the PMBs sit in)
# ---------------------------------------------------------------------------------------------
BOXPOINT_LOCATIONS = [
    ("NYC1", "244 Fifth Avenue", "New York", "NY", "10001", "virtual_office", 6, None),
    ("NYC2", "1178 Broadway 3rd Floor", "New York", "NY", "10001", "mailbox", 3, None),
    ("BKN1", "495 Flatbush Avenue", "Brooklyn", "NY", "11225", "mailbox", 1.5, None),
    ("SFO1", "2261 Market Street", "San Francisco", "CA", "94114", "mailbox", 4, None),
    ("SFO2", "548 Market Street", "San Francisco", "CA", "94104", "virtual_office", 5, None),
    ("LAX1", "8605 Santa Monica Boulevard", "Los Angeles", "CA", "90069", "mailbox", 4, None),
    ("LAX2", "1968 South Coast Highway", "Laguna Beach", "CA", "92651", "mailbox", 1.5, None),
    ("SEA1", "1752 NW Market Street", "Seattle", "WA", "98107", "mailbox", 2.5, None),
    ("PDX1", "14150 NE 20th Avenue", "Portland", "OR", "97230", "reship_warehouse", 7, "Ste F1"),
    ("PDX2", "5331 SW Macadam Avenue", "Portland", "OR", "97239", "mailbox", 1.5, "Ste 258"),
    ("LAS1", "2300 West Sahara Avenue", "Las Vegas", "NV", "89102", "virtual_office", 3, "Suite 800"),
    ("HND1", "2520 St Rose Parkway", "Henderson", "NV", "89074", "mailbox", 2.5, "Ste 209"),
    ("LAS2", "4730 South Fort Apache Road", "Las Vegas", "NV", "89147", "mailbox", 1.5, "Ste 300"),
    ("AUS1", "5900 Balcones Drive", "Austin", "TX", "78731", "virtual_office", 4, "Ste 100"),
    ("AUS2", "2028 East Ben White Boulevard", "Austin", "TX", "78741", "mailbox", 2, "Ste 240"),
    ("DAL1", "4514 Cole Avenue", "Dallas", "TX", "75205", "mailbox", 2, "Ste 600"),
    ("HOU1", "1001 Texas Avenue", "Houston", "TX", "77002", "mailbox", 2, "Ste 1400"),
    ("LIV1", "101 Rainbow Drive", "Livingston", "TX", "77351", "rv_mail", 6, None),
    ("CHI1", "1440 West Taylor Street", "Chicago", "IL", "60607", "mailbox", 2.5, None),
    ("CHI2", "222 West Merchandise Mart Plaza", "Chicago", "IL", "60654", "virtual_office", 2.5, "Suite 1212"),
    ("MIA1", "8004 NW 154th Street", "Miami Lakes", "FL", "33016", "reship_warehouse", 6, None),
    ("MIA2", "1001 Brickell Bay Drive", "Miami", "FL", "33131", "virtual_office", 3, "Ste 2700"),
    ("GCS1", "2018 Wells Road", "Orange Park", "FL", "32073", "rv_mail", 3, None),
    ("SRQ1", "2901 Clint Moore Road", "Boca Raton", "FL", "33496", "mailbox", 1.5, None),
    ("TPA1", "13575 58th Street North", "Clearwater", "FL", "33760", "reship_warehouse", 3, "Ste 200"),
    ("ATL1", "3355 Lenox Road NE", "Atlanta", "GA", "30326", "virtual_office", 2.5, "Suite 750"),
    ("CLT1", "10130 Mallard Creek Road", "Charlotte", "NC", "28262", "mailbox", 1.5, "Ste 300"),
    ("DCA1", "1629 K Street NW", "Washington", "DC", "20006", "virtual_office", 3, "Ste 300"),
    ("BOS1", "1 Broadway 14th Floor", "Cambridge", "MA", "02142", "virtual_office", 2.5, None),
    ("NHA1", "18 Crown Street", "Nashua", "NH", "03060", "reship_warehouse", 3, None),
    ("WIL1", "8 The Green", "Dover", "DE", "19901", "virtual_office", 7, None),
    ("WIL2", "1000 North West Street", "Wilmington", "DE", "19801", "virtual_office", 3, "Suite 1200"),
    ("SHR1", "30 North Gould Street", "Sheridan", "WY", "82801", "virtual_office", 6, "Ste R"),
    ("CYS1", "1712 Pioneer Avenue", "Cheyenne", "WY", "82001", "virtual_office", 2, "Ste 500"),
    ("SFS1", "5020 South Tennis Lane", "Sioux Falls", "SD", "57108", "rv_mail", 4, "Ste 12"),
    ("RAP1", "1211 Mountain View Road", "Rapid City", "SD", "57702", "rv_mail", 2, None),
    ("DEN1", "1312 17th Street", "Denver", "CO", "80202", "mailbox", 2, None),
    ("NSH1", "5042 Wilshire Boulevard", "Los Angeles", "CA", "90036", "mailbox", 1.5, None),
]
# How a building's Boxpoint suite number is written (weights): the same box appears in all these ways.
SUITE_STYLES = [("PMB {n}", 22), ("#{n}", 18), ("Ste {n}", 12), ("Suite {n}", 10), ("Unit {n}", 7), ("Box {n}", 5),
                ("PMB #{n}", 5), ("STE {n}", 3), ("Apt {n}", 2), ("Pmb {n}", 3), ("No. {n}", 1), ("", 8),
                ("{n}", 4)]

# ---------------------------------------------------------------------------------------------
# Foreign places: country -> cities (name, tz, lat, lon), name origin, keyboard, currency, email domains
# ---------------------------------------------------------------------------------------------
COUNTRIES = {
    "CN": dict(cities=[("Beijing", "Asia/Shanghai", 39.90, 116.40), ("Shanghai", "Asia/Shanghai", 31.23, 121.47),
                       ("Shenzhen", "Asia/Shanghai", 22.54, 114.06), ("Guangzhou", "Asia/Shanghai", 23.13, 113.26),
                       ("Shenyang", "Asia/Shanghai", 41.80, 123.43), ("Dalian", "Asia/Shanghai", 38.91, 121.60),
                       ("Yanji", "Asia/Shanghai", 42.89, 129.51), ("Hangzhou", "Asia/Shanghai", 30.27, 120.15),
                       ("Yiwu", "Asia/Shanghai", 29.31, 120.07), ("Dandong", "Asia/Shanghai", 40.12, 124.38)],
               origin="chinese", kb="zh-CN", cur="CNY", mail=["qq.com", "163.com", "126.com", "gmail.com", "outlook.com"]),
    "KR": dict(cities=[("Seoul", "Asia/Seoul", 37.57, 126.98), ("Busan", "Asia/Seoul", 35.18, 129.08),
                       ("Pyeongtaek", "Asia/Seoul", 36.99, 127.11), ("Incheon", "Asia/Seoul", 37.46, 126.71)],
               origin="korean", kb="ko-KR", cur="KRW", mail=["naver.com", "gmail.com", "daum.net", "kakao.com"]),
    "JP": dict(cities=[("Tokyo", "Asia/Tokyo", 35.68, 139.69), ("Osaka", "Asia/Tokyo", 34.69, 135.50),
                       ("Okinawa", "Asia/Tokyo", 26.33, 127.80), ("Yokosuka", "Asia/Tokyo", 35.28, 139.67)],
               origin="japanese", kb="ja-JP", cur="JPY", mail=["gmail.com", "yahoo.co.jp", "icloud.com"]),
    "IN": dict(cities=[("Bengaluru", "Asia/Kolkata", 12.97, 77.59), ("Hyderabad", "Asia/Kolkata", 17.39, 78.49),
                       ("Pune", "Asia/Kolkata", 18.52, 73.86), ("Chennai", "Asia/Kolkata", 13.08, 80.27),
                       ("Noida", "Asia/Kolkata", 28.54, 77.39), ("Mumbai", "Asia/Kolkata", 19.08, 72.88),
                       ("Ahmedabad", "Asia/Kolkata", 23.02, 72.57), ("Kochi", "Asia/Kolkata", 9.93, 76.27)],
               origin="indian", kb="en-IN", cur="INR", mail=["gmail.com", "yahoo.co.in", "outlook.com", "rediffmail.com"]),
    "PH": dict(cities=[("Manila", "Asia/Manila", 14.60, 120.98), ("Cebu City", "Asia/Manila", 10.32, 123.89),
                       ("Davao", "Asia/Manila", 7.19, 125.46), ("Quezon City", "Asia/Manila", 14.68, 121.04)],
               origin="filipino", kb="en-PH", cur="PHP", mail=["gmail.com", "yahoo.com", "outlook.com"]),
    "PK": dict(cities=[("Lahore", "Asia/Karachi", 31.55, 74.34), ("Karachi", "Asia/Karachi", 24.86, 67.01),
                       ("Islamabad", "Asia/Karachi", 33.68, 73.05), ("Faisalabad", "Asia/Karachi", 31.42, 73.08)],
               origin="pakistani", kb="en-PK", cur="PKR", mail=["gmail.com", "yahoo.com", "outlook.com"]),
    "BD": dict(cities=[("Dhaka", "Asia/Dhaka", 23.81, 90.41), ("Chittagong", "Asia/Dhaka", 22.36, 91.78)],
               origin="bangladeshi", kb="en-BD", cur="BDT", mail=["gmail.com", "yahoo.com"]),
    "NG": dict(cities=[("Lagos", "Africa/Lagos", 6.52, 3.38), ("Abuja", "Africa/Lagos", 9.08, 7.40),
                       ("Port Harcourt", "Africa/Lagos", 4.82, 7.05), ("Ibadan", "Africa/Lagos", 7.38, 3.95)],
               origin="nigerian", kb="en-NG", cur="NGN", mail=["gmail.com", "yahoo.com", "outlook.com"]),
    "KE": dict(cities=[("Nairobi", "Africa/Nairobi", -1.29, 36.82), ("Mombasa", "Africa/Nairobi", -4.04, 39.67)],
               origin="kenyan", kb="en-KE", cur="KES", mail=["gmail.com", "yahoo.com"]),
    "BR": dict(cities=[("Sao Paulo", "America/Sao_Paulo", -23.55, -46.63), ("Rio de Janeiro", "America/Sao_Paulo", -22.91, -43.17),
                       ("Florianopolis", "America/Sao_Paulo", -27.60, -48.55), ("Belo Horizonte", "America/Sao_Paulo", -19.92, -43.94)],
               origin="brazilian", kb="pt-BR", cur="BRL", mail=["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br"]),
    "MX": dict(cities=[("Mexico City", "America/Mexico_City", 19.43, -99.13), ("Guadalajara", "America/Mexico_City", 20.67, -103.35),
                       ("Monterrey", "America/Monterrey", 25.69, -100.32), ("Playa del Carmen", "America/Cancun", 20.63, -87.08),
                       ("Oaxaca", "America/Mexico_City", 17.07, -96.73)],
               origin="mexican", kb="es-MX", cur="MXN", mail=["gmail.com", "hotmail.com", "outlook.com"]),
    "CO": dict(cities=[("Medellin", "America/Bogota", 6.24, -75.58), ("Bogota", "America/Bogota", 4.71, -74.07),
                       ("Cartagena", "America/Bogota", 10.39, -75.48)],
               origin="colombian", kb="es-CO", cur="COP", mail=["gmail.com", "hotmail.com", "outlook.com"]),
    "AR": dict(cities=[("Buenos Aires", "America/Argentina/Buenos_Aires", -34.60, -58.38)],
               origin="colombian", kb="es-AR", cur="ARS", mail=["gmail.com", "hotmail.com"]),
    "VE": dict(cities=[("Caracas", "America/Caracas", 10.48, -66.90), ("Maracaibo", "America/Caracas", 10.65, -71.64)],
               origin="colombian", kb="es-VE", cur="USD", mail=["gmail.com", "hotmail.com"]),
    "TH": dict(cities=[("Bangkok", "Asia/Bangkok", 13.76, 100.50), ("Chiang Mai", "Asia/Bangkok", 18.79, 98.98),
                       ("Phuket", "Asia/Bangkok", 7.88, 98.39), ("Koh Phangan", "Asia/Bangkok", 9.73, 100.01)],
               origin="thai", kb="th-TH", cur="THB", mail=["gmail.com", "hotmail.com"]),
    "VN": dict(cities=[("Ho Chi Minh City", "Asia/Ho_Chi_Minh", 10.82, 106.63), ("Da Nang", "Asia/Ho_Chi_Minh", 16.05, 108.20),
                       ("Hanoi", "Asia/Bangkok", 21.03, 105.85)],
               origin="vietnamese", kb="vi-VN", cur="VND", mail=["gmail.com", "yahoo.com"]),
    "ID": dict(cities=[("Canggu", "Asia/Makassar", -8.65, 115.13), ("Jakarta", "Asia/Jakarta", -6.21, 106.85),
                       ("Ubud", "Asia/Makassar", -8.51, 115.26)],
               origin="indonesian", kb="id-ID", cur="IDR", mail=["gmail.com", "yahoo.co.id"]),
    "MY": dict(cities=[("Kuala Lumpur", "Asia/Kuala_Lumpur", 3.14, 101.69), ("Penang", "Asia/Kuala_Lumpur", 5.41, 100.33)],
               origin="chinese", kb="en-MY", cur="MYR", mail=["gmail.com", "yahoo.com"]),
    "SG": dict(cities=[("Singapore", "Asia/Singapore", 1.35, 103.82)],
               origin="chinese", kb="en-SG", cur="SGD", mail=["gmail.com", "outlook.com"]),
    "LA": dict(cities=[("Vientiane", "Asia/Vientiane", 17.97, 102.63), ("Luang Prabang", "Asia/Vientiane", 19.89, 102.13)],
               origin="thai", kb="lo-LA", cur="LAK", mail=["gmail.com"]),
    "PT": dict(cities=[("Lisbon", "Europe/Lisbon", 38.72, -9.14), ("Porto", "Europe/Lisbon", 41.15, -8.61),
                       ("Madeira", "Atlantic/Madeira", 32.65, -16.91), ("Ericeira", "Europe/Lisbon", 38.96, -9.42)],
               origin="portuguese", kb="pt-PT", cur="EUR", mail=["gmail.com", "sapo.pt"]),
    "ES": dict(cities=[("Barcelona", "Europe/Madrid", 41.39, 2.17), ("Madrid", "Europe/Madrid", 40.42, -3.70),
                       ("Valencia", "Europe/Madrid", 39.47, -0.38), ("Las Palmas", "Atlantic/Canary", 28.12, -15.44)],
               origin="mexican", kb="es-ES", cur="EUR", mail=["gmail.com", "hotmail.es"]),
    "DE": dict(cities=[("Berlin", "Europe/Berlin", 52.52, 13.40), ("Munich", "Europe/Berlin", 48.14, 11.58),
                       ("Kaiserslautern", "Europe/Berlin", 49.44, 7.77), ("Stuttgart", "Europe/Berlin", 48.78, 9.18)],
               origin="german", kb="de-DE", cur="EUR", mail=["gmail.com", "gmx.de", "web.de"]),
    "GB": dict(cities=[("London", "Europe/London", 51.51, -0.13), ("Manchester", "Europe/London", 53.48, -2.24),
                       ("Edinburgh", "Europe/London", 55.95, -3.19)],
               origin="british", kb="en-GB", cur="GBP", mail=["gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com"]),
    "FR": dict(cities=[("Paris", "Europe/Paris", 48.86, 2.35), ("Lyon", "Europe/Paris", 45.76, 4.84)],
               origin="french", kb="fr-FR", cur="EUR", mail=["gmail.com", "orange.fr", "free.fr"]),
    "NL": dict(cities=[("Amsterdam", "Europe/Amsterdam", 52.37, 4.90), ("Rotterdam", "Europe/Amsterdam", 51.92, 4.48)],
               origin="german", kb="nl-NL", cur="EUR", mail=["gmail.com", "outlook.com"]),
    "PL": dict(cities=[("Warsaw", "Europe/Warsaw", 52.23, 21.01), ("Krakow", "Europe/Warsaw", 50.06, 19.94),
                       ("Wroclaw", "Europe/Warsaw", 51.11, 17.04)],
               origin="polish", kb="pl-PL", cur="PLN", mail=["gmail.com", "wp.pl", "onet.pl"]),
    "UA": dict(cities=[("Kyiv", "Europe/Kyiv", 50.45, 30.52), ("Lviv", "Europe/Kyiv", 49.84, 24.03),
                       ("Kharkiv", "Europe/Kyiv", 49.99, 36.23), ("Dnipro", "Europe/Kyiv", 48.46, 35.05)],
               origin="ukrainian", kb="uk-UA", cur="UAH", mail=["gmail.com", "ukr.net", "i.ua"]),
    "RU": dict(cities=[("Moscow", "Europe/Moscow", 55.76, 37.62), ("Saint Petersburg", "Europe/Moscow", 59.93, 30.34),
                       ("Vladivostok", "Asia/Vladivostok", 43.12, 131.89), ("Novosibirsk", "Asia/Novosibirsk", 55.03, 82.92)],
               origin="russian", kb="ru-RU", cur="RUB", mail=["gmail.com", "mail.ru", "yandex.ru"]),
    "GE": dict(cities=[("Tbilisi", "Asia/Tbilisi", 41.72, 44.79), ("Batumi", "Asia/Tbilisi", 41.64, 41.63)],
               origin="georgian", kb="ka-GE", cur="GEL", mail=["gmail.com"]),
    "TR": dict(cities=[("Istanbul", "Europe/Istanbul", 41.01, 28.98), ("Antalya", "Europe/Istanbul", 36.90, 30.70)],
               origin="turkish", kb="tr-TR", cur="TRY", mail=["gmail.com", "hotmail.com"]),
    "AE": dict(cities=[("Dubai", "Asia/Dubai", 25.20, 55.27), ("Abu Dhabi", "Asia/Dubai", 24.45, 54.38)],
               origin="arab", kb="ar-AE", cur="AED", mail=["gmail.com", "outlook.com", "hotmail.com"]),
    "SA": dict(cities=[("Riyadh", "Asia/Riyadh", 24.71, 46.68), ("Jeddah", "Asia/Riyadh", 21.49, 39.19)],
               origin="arab", kb="ar-SA", cur="SAR", mail=["gmail.com", "hotmail.com"]),
    "IL": dict(cities=[("Tel Aviv", "Asia/Jerusalem", 32.09, 34.78)],
               origin="us_white", kb="he-IL", cur="ILS", mail=["gmail.com", "walla.co.il"]),
    "EG": dict(cities=[("Cairo", "Africa/Cairo", 30.04, 31.24), ("Alexandria", "Africa/Cairo", 31.20, 29.92)],
               origin="arab", kb="ar-EG", cur="EGP", mail=["gmail.com", "yahoo.com"]),
    "CA": dict(cities=[("Toronto", "America/Toronto", 43.65, -79.38), ("Vancouver", "America/Vancouver", 49.28, -123.12),
                       ("Montreal", "America/Toronto", 45.50, -73.57), ("Calgary", "America/Edmonton", 51.05, -114.07)],
               origin="us_white", kb="en-CA", cur="CAD", mail=["gmail.com", "outlook.com", "yahoo.ca"]),
    "AU": dict(cities=[("Sydney", "Australia/Sydney", -33.87, 151.21), ("Melbourne", "Australia/Melbourne", -37.81, 144.96),
                       ("Perth", "Australia/Perth", -31.95, 115.86)],
               origin="british", kb="en-AU", cur="AUD", mail=["gmail.com", "bigpond.com", "outlook.com"]),
    "IE": dict(cities=[("Dublin", "Europe/Dublin", 53.35, -6.26)],
               origin="british", kb="en-IE", cur="EUR", mail=["gmail.com", "eircom.net"]),
    "ZA": dict(cities=[("Cape Town", "Africa/Johannesburg", -33.92, 18.42), ("Johannesburg", "Africa/Johannesburg", -26.20, 28.05)],
               origin="british", kb="en-ZA", cur="ZAR", mail=["gmail.com", "outlook.com"]),
    "CL": dict(cities=[("Santiago", "America/Santiago", -33.45, -70.67)],
               origin="colombian", kb="es-CL", cur="CLP", mail=["gmail.com", "hotmail.com"]),
    "CR": dict(cities=[("San Jose", "America/Costa_Rica", 9.93, -84.08), ("Tamarindo", "America/Costa_Rica", 10.30, -85.84)],
               origin="colombian", kb="es-CR", cur="CRC", mail=["gmail.com"]),
}

FOREIGN_STREETS_BY_COUNTRY = {
    "CN": ["Zhongshan Road", "Jiefang Road", "Renmin Road", "Nanjing Road", "Beijing Street", "Huanghe Street", "Qingnian Street"],
    "KR": ["Gangnam-daero", "Teheran-ro", "Sejong-daero", "Pyeongtaek-ro", "Olympic-ro"], "JP": ["Chuo-dori", "Meiji-dori", "Kokusai-dori", "Aoyama-dori"],
    "IN": ["MG Road", "Ring Road", "Outer Ring Road", "Anna Salai", "Linking Road", "SV Road", "Nehru Nagar Main Road"],
    "PH": ["Ayala Ave", "Ortigas Ave", "EDSA", "Osmena Blvd", "Katipunan Ave"], "PK": ["Mall Road", "Shahrah-e-Faisal", "Jinnah Avenue", "Main Boulevard Gulberg"],
    "BD": ["Gulshan Avenue", "Mirpur Road", "Satmasjid Road"], "NG": ["Allen Avenue", "Adeola Odeku Street", "Admiralty Way", "Aminu Kano Crescent"],
    "KE": ["Ngong Road", "Kenyatta Avenue", "Waiyaki Way"], "BR": ["Avenida Paulista", "Rua Augusta", "Rua das Flores", "Avenida Atlantica"],
    "MX": ["Paseo de la Reforma", "Avenida Insurgentes", "Calle 10 Norte", "Avenida Juarez"], "CO": ["Carrera 43A", "Calle 10", "Avenida El Poblado", "Carrera 7"],
    "AR": ["Avenida Corrientes", "Calle Florida", "Avenida Santa Fe"], "VE": ["Avenida Libertador", "Avenida Francisco de Miranda"],
    "TH": ["Sukhumvit Road", "Nimmanhaemin Road", "Silom Road", "Thanon Rat Uthit"], "VN": ["Nguyen Hue", "Le Loi", "Vo Nguyen Giap", "Hang Bai"],
    "ID": ["Jalan Raya Canggu", "Jalan Sudirman", "Jalan Monkey Forest"], "MY": ["Jalan Bukit Bintang", "Jalan Ampang"], "SG": ["Orchard Road", "Bukit Timah Road"],
    "LA": ["Lane Xang Avenue", "Samsenthai Road"], "PT": ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua do Norte"],
    "ES": ["Calle Mayor", "Carrer de Mallorca", "Gran Via", "Calle de Triana"], "DE": ["Hauptstrasse", "Bahnhofstrasse", "Schillerstrasse", "Kaiserstrasse"],
    "GB": ["High Street", "Station Road", "Victoria Street", "Church Lane", "Park Road"], "FR": ["Rue de Rivoli", "Rue de la Republique", "Avenue Jean Jaures"],
    "NL": ["Prinsengracht", "Kalverstraat", "Coolsingel"], "PL": ["ul. Marszalkowska", "ul. Florianska", "ul. Swidnicka"],
    "UA": ["Khreshchatyk St", "Shevchenka Ave", "Sumska St"], "RU": ["Tverskaya Ulitsa", "Nevsky Prospekt", "Svetlanskaya Ulitsa", "Krasny Prospekt"],
    "GE": ["Rustaveli Ave", "Chavchavadze Ave", "Aghmashenebeli Ave"], "TR": ["Istiklal Caddesi", "Bagdat Caddesi", "Ataturk Bulvari"],
    "AE": ["Sheikh Zayed Rd", "Al Wasl Road", "Corniche Road"], "SA": ["King Fahd Road", "Tahlia Street"], "IL": ["Rothschild Blvd", "Dizengoff St"],
    "EG": ["Tahrir Street", "26th of July Corridor"], "CA": ["Yonge Street", "Granville Street", "Rue Sainte-Catherine", "17 Avenue SW"],
    "AU": ["George Street", "Collins Street", "Hay Street"], "IE": ["Grafton Street", "Baggot Street"], "ZA": ["Long Street", "Jan Smuts Avenue"],
    "CL": ["Avenida Providencia", "Avenida Apoquindo"], "CR": ["Avenida Central", "Calle Principal"],
}
FOREIGN_STREETS = {
    "default": ["Rua das Flores", "Calle Mayor", "Avenida Central", "Main Road", "Station Road", "Jalan Sudirman",
                "Soi Sukhumvit", "Nguyen Hue", "ul. Marszalkowska", "Khreshchatyk St", "Rustaveli Ave",
                "Sheikh Zayed Rd", "Victoria Street", "Park Lane", "Baker Street", "MG Road", "Ring Road",
                "Ortigas Ave", "Ayala Ave", "Allen Avenue", "Bole Road", "Paseo de la Reforma", "Carrera 43A",
                "Avenida Paulista", "Gangnam-daero", "Teheran-ro", "Nanjing Road", "Zhongshan Road", "Jiefang Road"],
}

# ---------------------------------------------------------------------------------------------
# Networks: owner, ASN, prefixes (first two octets or /16s), type
# ---------------------------------------------------------------------------------------------
US_ISPS = [
    ("Comcast Cable Communications, LLC", "7922", ["73.", "24.1", "98.2", "67.16", "71.19", "76.10", "174.5", "50.13", "69.24"], 28),
    ("Charter Communications Inc", "20115", ["71.8", "66.16", "97.9", "24.18", "47.3", "75.13", "98.14", "174.10"], 22),
    ("AT&T Services, Inc.", "7018", ["99.3", "108.2", "104.1", "76.20", "75.2", "107.20", "68.9"], 16),
    ("Verizon Business", "701", ["71.10", "72.6", "96.23", "108.4", "100.2", "173.5", "98.11"], 10),
    ("Cox Communications Inc.", "22773", ["68.10", "70.17", "72.19", "98.16", "174.6"], 7),
    ("CenturyLink Communications, LLC", "209", ["67.4", "71.3", "97.11", "75.16", "184.9"], 5),
    ("Frontier Communications of America, Inc.", "5650", ["47.14", "50.4", "74.3", "104.17"], 4),
    ("Google Fiber Inc.", "16591", ["136.3", "104.18", "23.22"], 2),
    ("Optimum (Altice USA)", "6128", ["24.4", "67.8", "69.11", "173.6"], 4),
    ("Mediacom Communications Corp", "30036", ["173.2", "67.22"], 1),
    ("Sonic Telecom LLC", "46375", ["50.0", "75.10"], 1),
]
US_MOBILE = [
    ("T-Mobile USA, Inc.", "21928", ["172.56.", "172.58.", "172.59.", "172.32.", "208.54."], 40),
    ("Verizon Wireless", "6167", ["174.20", "174.21", "174.22", "97.13", "97.14"], 35),
    ("AT&T Mobility LLC", "20057", ["166.19", "166.20", "107.77.", "107.115."], 25),
]
STARLINK = ("SpaceX Services, Inc.", "14593", ["98.97.", "129.222.", "143.105.", "206.214.", "149.19."])
# Foreign ISPs per country: (owner, asn, prefixes)
FOREIGN_ISPS = {
    "CN": [("China Unicom", "4837", ["113.22", "60.1", "218.2", "175.1", "123.18"]), ("China Telecom", "4134", ["116.2", "222.16", "61.13", "183.1"]),
           ("China Mobile", "9808", ["111.3", "120.2", "223.10"])],
    "KR": [("Korea Telecom", "4766", ["121.13", "175.19", "211.23"]), ("SK Broadband", "9318", ["1.22", "58.14"]), ("LG U+", "17858", ["106.24", "117.11"])],
    "JP": [("NTT Communications", "4713", ["153.14", "180.1", "114.15"]), ("SoftBank Corp.", "17676", ["126.2", "219.10"]), ("KDDI", "2516", ["106.13", "111.10"])],
    "IN": [("Reliance Jio Infocomm", "55836", ["49.3", "49.4", "157.3", "152.5"]), ("Bharti Airtel", "24560", ["122.17", "182.6", "106.20"]), ("ACT Fibernet", "24309", ["49.20", "183.8"]), ("BSNL", "9829", ["117.20", "59.9"])],
    "PH": [("PLDT", "9299", ["112.20", "49.14", "122.5"]), ("Globe Telecom", "132199", ["112.198.", "180.19"]), ("Converge ICT", "17639", ["136.15", "175.17"])],
    "PK": [("PTCL", "17557", ["39.3", "182.18", "119.15"]), ("Nayatel", "23674", ["58.65.", "175.10"]), ("Jazz", "24499", ["111.11"])],
    "BD": [("Grameenphone", "24389", ["37.111.", "103.10"]), ("Link3", "23688", ["103.24"])],
    "NG": [("MTN Nigeria", "29465", ["102.89.", "197.210."]), ("Airtel Nigeria", "36873", ["105.11", "105.112."]), ("Spectranet", "37340", ["197.211.", "41.184."])],
    "KE": [("Safaricom", "33771", ["105.16", "41.90."]), ("Zuku", "37061", ["197.237."])],
    "BR": [("Telefonica Brasil (Vivo)", "26599", ["177.3", "187.7", "189.4"]), ("Claro NXT", "28573", ["177.13", "191.18"]), ("TIM", "26615", ["179.22"])],
    "MX": [("Telmex (Uninet)", "8151", ["187.13", "189.13", "201.14"]), ("Totalplay", "22884", ["189.20", "187.19"]), ("Izzi Telecom", "17072", ["201.15"])],
    "CO": [("Claro Colombia", "10620", ["181.5", "186.8"]), ("UNE EPM Telecomunicaciones", "13489", ["181.13", "190.24"])],
    "AR": [("Telecom Argentina", "7303", ["181.4", "190.18"])],
    "VE": [("CANTV", "8048", ["186.9", "190.20"])],
    "TH": [("True Internet", "7470", ["171.96.", "184.22"]), ("AIS Fibre", "133481", ["49.22", "171.10"]), ("3BB", "45758", ["110.16", "180.18"])],
    "VN": [("Viettel Group", "7552", ["27.7", "116.10", "171.22"]), ("VNPT", "45899", ["113.16", "14.16"]), ("FPT Telecom", "18403", ["1.52.", "42.11"])],
    "ID": [("Telkom Indonesia", "7713", ["36.6", "180.24", "114.12"]), ("Biznet", "17451", ["112.21"])],
    "MY": [("TM Net", "4788", ["175.13", "60.5"])],
    "SG": [("Singtel", "9506", ["116.86.", "118.20"]), ("StarHub", "4657", ["101.12"])],
    "LA": [("Lao Telecom", "9873", ["115.84.", "202.137."]), ("Unitel Laos", "38567", ["183.182."])],
    "PT": [("MEO", "3243", ["85.24", "94.6"]), ("NOS Comunicacoes", "2860", ["89.15", "188.8"]), ("Vodafone Portugal", "12353", ["148.63.", "2.80."])],
    "ES": [("Telefonica de Espana", "3352", ["83.5", "88.2"]), ("Orange Espagne", "12479", ["90.16"])],
    "DE": [("Deutsche Telekom AG", "3320", ["79.19", "87.12", "91.6"]), ("Vodafone GmbH", "3209", ["88.7", "94.13"])],
    "GB": [("British Telecommunications PLC", "2856", ["86.13", "81.15", "217.4"]), ("Virgin Media", "5089", ["82.3", "86.2"]), ("Sky UK", "5607", ["90.19", "2.12"])],
    "FR": [("Orange S.A.", "3215", ["90.10", "86.24"]), ("Free SAS", "12322", ["82.6", "88.16"])],
    "NL": [("KPN B.V.", "1136", ["77.16", "145.13"]), ("Ziggo", "33915", ["84.8", "83.8"])],
    "PL": [("Orange Polska", "5617", ["83.2", "178.23"]), ("UPC Polska", "6830", ["89.7"])],
    "UA": [("Kyivstar", "15895", ["46.21", "176.10"]), ("Ukrtelecom", "6849", ["195.5", "91.24"])],
    "RU": [("Rostelecom", "12389", ["95.15", "5.10", "178.6", "46.6"]), ("MTS PJSC", "8359", ["85.14", "217.11"])],
    "GE": [("Magticom", "16010", ["188.12", "91.23"]), ("Silknet", "35805", ["94.24", "212.58."])],
    "TR": [("Turk Telekom", "9121", ["88.24", "78.17"])],
    "AE": [("Emirates Telecommunications (Etisalat)", "5384", ["94.20", "2.50."]), ("du (EITC)", "15802", ["5.31."])],
    "SA": [("Saudi Telecom", "25019", ["46.15", "188.24"])],
    "IL": [("Bezeq International", "8551", ["79.17", "84.22"])],
    "EG": [("TE Data", "8452", ["41.3", "156.20"])],
    "CA": [("Rogers Communications", "812", ["99.22", "174.11"]), ("Bell Canada", "577", ["70.5", "142.11"]), ("TELUS", "852", ["75.15", "154.20"])],
    "AU": [("Telstra", "1221", ["101.16", "120.15"]), ("TPG Telecom", "7545", ["124.17", "220.23"])],
    "IE": [("Eir", "5466", ["86.4", "37.228."])],
    "ZA": [("Vodacom", "29975", ["41.1", "105.22"])],
    "CL": [("Entel Chile", "27651", ["186.10"])],
    "CR": [("ICE (Kolbi)", "11830", ["201.19", "186.15"])],
    "KP": [("Star Joint Venture Co. Ltd.", "131279", ["175.45.176.", "175.45.177.", "175.45.178.", "175.45.179."])],
}

# Commercial VPNs: provider -> (owner, asn, prefixes); exits in US metros and abroad (honest and fraud share the pools)
VPNS = {
    "astrill": [("Astrill Systems Corp / Leaseweb USA", "30633", ["23.106.", "23.82.", "107.6"]), ("Astrill / M247 Europe", "9009", ["37.120.", "185.236."])],
    "nordvpn": [("Datacamp Limited (NordVPN)", "60068", ["185.216.", "89.187.", "212.102."]), ("M247 Europe SRL", "9009", ["37.120.", "146.70."])],
    "expressvpn": [("Express Virtual Meta", "137409", ["45.87.", "185.159."]), ("Host Universal (ExpressVPN)", "136787", ["173.239."])],
    "surfshark": [("Surfshark / Datacamp", "60068", ["138.199.", "156.146."])],
    "mullvad": [("31173 Services AB (Mullvad)", "39351", ["185.65.134.", "193.138.218."]), ("M247 Europe SRL", "9009", ["146.70."])],
    "protonvpn": [("Proton AG", "62371", ["185.159.157.", "79.135.104."]), ("Datacamp Limited", "60068", ["149.88."])],
    "pia": [("Private Internet Access (Kape)", "46562", ["181.41.", "102.129."]), ("Performive LLC", "46562", ["154.16."])],
    "icloud_relay": [("Akamai Technologies (iCloud Private Relay)", "36183", ["172.225.", "172.226.", "172.232."]), ("Cloudflare (iCloud Private Relay)", "13335", ["104.28."])],
    "tailscale_exit": [],
}
HOSTING = [
    ("DigitalOcean, LLC", "14061", ["134.209.", "159.89.", "167.99.", "68.183.", "142.93.", "64.227.", "165.227."]),
    ("The Constant Company (Vultr)", "20473", ["45.32.", "45.63.", "45.76.", "45.77.", "108.61.", "149.28."]),
    ("Akamai Connected Cloud (Linode)", "63949", ["45.33.", "45.56.", "45.79.", "172.104.", "139.162."]),
    ("OVH SAS", "16276", ["51.68.", "51.79.", "51.81.", "135.125.", "144.217.", "147.135."]),
    ("Hetzner Online GmbH", "24940", ["5.161.", "65.108.", "95.216.", "135.181.", "88.198."]),
    ("Amazon.com, Inc. (AWS)", "16509", ["3.8", "18.20", "34.19", "52.2", "54.8"]),
]
ZSCALER = ("Zscaler, Inc.", "22616", ["165.225.", "136.226.", "147.161."])
NETSKOPE = ("Netskope Inc", "55256", ["163.116."])
PRISMA = ("Palo Alto Networks (Prisma Access)", "54538", ["134.238.", "137.83."])
COWORK_OWNERS = [("WeWork Companies LLC", "393387"), ("Regus Management Group (IWG)", "27176"), ("Industrious Office", "399122"),
                 ("Boingo Wireless (venue Wi-Fi)", "10910"), ("Common Desk / Zayo", "6461")]
HOTEL_OWNERS = [("Nomadix / hotel guest Wi-Fi", "18532"), ("Hospitality Network (Cox Business)", "22773"),
                ("Boingo Wireless", "10910"), ("Spectrum Business (campground Wi-Fi)", "11427")]
MILITARY_NETS = [("DoD Network Information Center", "721", ["214.3", "215.6"]), ("AAFES Exchange Wi-Fi (Spectrum)", "11427", ["97.76.", "24.73."])]

# ---------------------------------------------------------------------------------------------
# Employers, freelance platforms, depots
# ---------------------------------------------------------------------------------------------
EMPLOYER_WORDS_A = ("Blue North Bright Summit Iron Silver Clear Harbor Cedar Quantum Vector Polar Atlas Signal Keystone "
                    "Lumen Beacon Granite Orbit Pioneer Crest Cobalt Meridian Vertex Apex Horizon Nimbus Redwood Prairie "
                    "Tandem Kinetic Stratus Alder Juniper Copper Evergreen Sable Cascade Ember Falcon Lattice Pivot "
                    "Trident Willow Zephyr Onyx Sterling Halcyon Mosaic Northwind Bluebird Lighthouse").split()
EMPLOYER_WORDS_B = ("Labs Systems Health Analytics Software Logistics Financial Networks Data Cloud Robotics Security "
                    "Payments Learning Energy Insurance Media Bio Commerce Dynamics Technologies Partners Digital Works "
                    "Solutions Interactive Therapeutics Capital Mobility Foods").split()
IDPS = ["okta", "entra"]
PAYROLL = ["ADP", "Gusto", "Rippling", "Paylocity", "Deel", "Workday Payroll", "Justworks", "Paychex"]
IT_DEPOTS = [
    ("Firstline Device Depot", "4800 West Gandy Boulevard Bldg 3", "Tampa", "FL", "33611"),
    ("KitReady Logistics", "2250 Satellite Boulevard Ste 120", "Duluth", "GA", "30097"),
    ("Remote Asset Hub", "1225 West 190th Street Dock 4", "Gardena", "CA", "90248"),
    ("Assetbridge IT Services", "6101 Nimtz Parkway", "South Bend", "IN", "46628"),
]
PLATFORMS = {
    "gigspan": dict(name="Gigspan", prefix="gs_", kind="account", lookup="telesign", risk=True),
    "taskhive": dict(name="Taskhive", prefix="th_", kind="account", lookup="telesign", risk=False),
    "devlane": dict(name="Devlane", prefix="dl_", kind="contractor", lookup=None, risk=True),
}
FRONT_WORDS = ("Chain Block Nova Quant Meta Neura Zeta Hyper Fusion Aether Sky Deep Omni Arc Flux Sol Lumi Pixel "
               "Cipher Ledger").split()
FRONT_SUFFIX = ["Labs", "AI", "Technologies", "Protocol", "Ventures", "Studio", "Digital", "Network"]

# ---------------------------------------------------------------------------------------------
# Phone carriers as a lookup reports them
# ---------------------------------------------------------------------------------------------
US_MOBILE_CARRIERS = ["T-Mobile USA, Inc.", "Verizon Wireless", "AT&T Wireless", "Cricket Wireless", "Metro by T-Mobile",
                      "Visible (Verizon)", "Mint Mobile", "US Cellular"]
US_VOIP_CARRIERS = ["Google (Grasshopper)", "Bandwidth.com CLEC", "Twilio - SMS/MMS-SVR", "TextNow (Enflick)",
                    "Onvoy Spectrum (Inteliquent)", "Peerless Network", "Level 3 (Lumen) VoIP"]
BUSINESS_VOIP = ["RingCentral", "OpenPhone (Bandwidth)", "Grasshopper", "Dialpad (Bandwidth)", "Vonage Business",
                 "Nextiva", "Google Voice for Business"]
US_LANDLINE = ["AT&T Southwest", "Verizon New York", "Frontier", "Comcast Phone", "Charter Fiberlink", "CenturyLink"]

# ---------------------------------------------------------------------------------------------
# Devices and telemetry
# ---------------------------------------------------------------------------------------------
LAPTOPS_MAC = ["MacBookPro18,3", "MacBookPro18,1", "Mac14,9", "Mac14,10", "Mac15,6", "Mac15,3", "MacBookAir10,1", "Mac14,2"]
LAPTOPS_WIN = ["Latitude 7440", "Latitude 5440", "Latitude 7430", "ThinkPad X1 Carbon Gen 11", "ThinkPad T14 Gen 4",
               "ThinkPad T14s Gen 3", "HP EliteBook 840 G10", "HP EliteBook 860 G9", "Surface Laptop 5", "XPS 13 9315"]
PROCESSES_COMMON_MAC = ["Google Chrome", "Slack", "zoom.us", "Finder", "loginwindow", "Dock", "Spotlight", "Code Helper",
                        "Microsoft Teams", "1Password", "CrowdStrike Falcon", "Jamf Agent", "osqueryd", "Safari", "Notion",
                        "Docker Desktop", "iTerm2", "Postman", "Figma", "Microsoft Outlook", "Spotify", "Calendar"]
PROCESSES_COMMON_WIN = ["chrome.exe", "slack.exe", "Zoom.exe", "explorer.exe", "svchost.exe", "ms-teams.exe", "OUTLOOK.EXE",
                        "Code.exe", "CSFalconService.exe", "osqueryd.exe", "msedge.exe", "OneDrive.exe", "1Password.exe",
                        "IntuneManagementExtension.exe", "Docker Desktop.exe", "WindowsTerminal.exe", "Notion.exe",
                        "Spotify.exe", "SentinelAgent.exe"]
DEV_PROCESSES = ["node", "python3", "java", "postgres", "redis-server", "kubectl", "terraform", "go", "cargo", "idea",
                 "pycharm", "dotnet", "gradle"]
REMOTE_TOOLS = [("AnyDesk", "AnyDesk.exe", "7070/tcp"), ("RustDesk", "rustdesk.exe", "21118/tcp"),
                ("TeamViewer", "TeamViewer_Service.exe", "5938/tcp"), ("Chrome Remote Desktop", "remoting_host.exe", None),
                ("Splashtop", "SRService.exe", "6783/tcp"), ("TightVNC", "tvnserver.exe", "5900/tcp"),
                ("RealVNC", "vncserver.exe", "5900/tcp"), ("Parsec", "parsecd.exe", None), ("ScreenConnect", "ScreenConnect.ClientService.exe", None)]
REMOTE_TOOLS_MAC = {"AnyDesk": "AnyDesk", "RustDesk": "RustDesk", "TeamViewer": "TeamViewer", "Chrome Remote Desktop": "remoting_me2me_host",
                    "Splashtop": "Splashtop Streamer", "TightVNC": "Screen Sharing", "RealVNC": "vncagent", "Parsec": "parsecd",
                    "ScreenConnect": "connectwisecontrol-client"}
USB_COMMON = [("Apple Magic Keyboard", "05ac", "029c"), ("Logitech USB Receiver", "046d", "c52b"), ("Logitech MX Master 3", "046d", "b023"),
              ("Logitech BRIO", "046d", "085e"), ("Logitech C920 HD Pro Webcam", "046d", "082d"), ("Jabra Evolve2 65", "0b0e", "030c"),
              ("CalDigit TS4", "2188", "0110"), ("Dell Universal Dock D6000", "17e9", "6006"), ("USB-C Digital AV Multiport Adapter", "05ac", "1460"),
              ("YubiKey OTP+FIDO+CCID", "1050", "0407"), ("Anker USB-C Hub", "291a", "8388"), ("Keychron K2", "05ac", "024f"),
              ("Microsoft Ergonomic Keyboard", "045e", "082c"), ("Razer DeathAdder", "1532", "0084"), ("Elgato Stream Deck", "0fd9", "0060"),
              ("Poly Blackwire 3220", "047f", "c056"), ("SanDisk Ultra Fit", "0781", "5583"), ("Samsung T7 SSD", "04e8", "4001")]
USB_IPKVM = [("PiKVM Composite Device", "1d6b", "0104"), ("Multifunction Composite Gadget", "1d6b", "0104"),
             ("TinyPilot Composite", "1d6b", "0104"), ("CH9329 HID Serial", "1a86", "e129"),
             ("ATEN CS1316 KVM", "0557", "2221"), ("USB3.0 HD Capture", "345f", "2130"), ("Cam Link 4K", "0fd9", "0066"),
             ("JetKVM HID", "1d6b", "0104"), ("GL.iNet Comet KVM", "1d6b", "0104")]
USB_KVM_HONEST = [("TESmart HDMI KVM Switch", "1a86", "7523"), ("ATEN CS1924 KVM Switch", "0557", "2419"),
                  ("UGREEN USB Switch", "05e3", "0610"), ("Level1Techs KVM", "1a40", "0101")]
DISPLAYS = ["Color LCD", "Built-in Retina Display", "DELL U2723QE", "DELL P2422H", "LG HDR 4K", "LG UltraFine", "Studio Display",
            "HP E24 G5", "Samsung Odyssey G5", "BenQ PD2700U", "ASUS VG27A", "LEN T27h-20"]
DISPLAYS_KVM = ["PiKVM", "TinyPilot", "MS2109", "USB3.0 HD Video", "HDMI Capture", "ATEN KVM"]
ROUTER_OUIS = ["3c:37:86", "a0:40:a0", "f8:bb:bf", "c8:d7:19", "b0:b9:8a", "10:56:ca", "e8:48:b8", "50:c7:bf", "58:ef:68",
               "70:4f:57", "ac:84:c6", "cc:40:d0", "dc:a6:32", "00:1d:7e", "98:da:c4", "d8:07:b6"]
TRAVEL_ROUTER_OUI = "94:83:c4"  # GL.iNet
SSID_HOME = ["NETGEAR{n}", "xfinitywifi", "ATT{a}", "MySpectrumWiFi{a}-5G", "Verizon_{a}", "TP-Link_{a}", "eero", "CenturyLink{n}",
             "Linksys{n}", "Google Nest", "The Promised LAN", "FBI Surveillance Van", "Pretty Fly for a WiFi", "{last} Family",
             "{last}_5G", "orbi{n}", "ASUS_{a}_5G", "HOME-{a}"]

# ---------------------------------------------------------------------------------------------
# Resume material
# ---------------------------------------------------------------------------------------------
TRACKS = {
    "frontend": dict(titles=["Frontend Engineer", "Senior Frontend Developer", "UI Engineer", "React Developer", "Web Developer"],
                     skills="React TypeScript JavaScript Next.js Redux Tailwind CSS HTML5 Vue.js Jest Cypress Webpack Vite GraphQL Storybook Figma".split()),
    "backend": dict(titles=["Backend Engineer", "Senior Software Engineer", "Java Developer", "Python Developer", "Node.js Developer", "Go Engineer"],
                    skills="Python Django FastAPI Java Spring Node.js Express Go PostgreSQL MySQL Redis Kafka Docker Kubernetes AWS gRPC REST".split()),
    "fullstack": dict(titles=["Full Stack Developer", "Senior Full Stack Engineer", "Software Engineer", "MERN Stack Developer"],
                      skills="React Node.js TypeScript MongoDB Express PostgreSQL Next.js AWS Docker GraphQL Python Django Firebase".split()),
    "mobile": dict(titles=["iOS Developer", "Android Engineer", "Mobile Developer", "React Native Developer", "Flutter Developer"],
                   skills="Swift SwiftUI Kotlin Android iOS React Native Flutter Dart Firebase Xcode Jetpack Compose CoreData".split()),
    "data": dict(titles=["Data Engineer", "Data Scientist", "Analytics Engineer", "Machine Learning Engineer", "Data Analyst"],
                 skills="Python SQL Spark Airflow dbt Snowflake Pandas TensorFlow PyTorch scikit-learn Tableau BigQuery Databricks".split()),
    "devops": dict(titles=["DevOps Engineer", "Site Reliability Engineer", "Cloud Engineer", "Platform Engineer"],
                   skills="AWS Terraform Kubernetes Docker Jenkins GitHub Actions Ansible Prometheus Grafana Linux Azure GCP Helm".split()),
    "blockchain": dict(titles=["Blockchain Developer", "Smart Contract Engineer", "Web3 Developer", "Solidity Engineer"],
                       skills="Solidity Ethereum Web3.js ethers.js Hardhat Truffle Rust Solana DeFi NFT React Node.js TypeScript".split()),
    "qa": dict(titles=["QA Engineer", "SDET", "Test Automation Engineer"],
               skills="Selenium Cypress Playwright Java Python TestNG Jest Postman JMeter Appium CI/CD".split()),
    "design": dict(titles=["Product Designer", "UX/UI Designer", "Graphic Designer"],
                   skills="Figma Sketch Adobe XD Photoshop Illustrator Prototyping User Research Design Systems".split()),
    "support": dict(titles=["Customer Support Specialist", "Technical Support Engineer", "Virtual Assistant", "Executive Assistant"],
                    skills="Zendesk Salesforce HubSpot Intercom Jira Excel Google Workspace Calendly QuickBooks".split()),
    "ops": dict(titles=["Operations Manager", "Bookkeeper", "Project Manager", "Account Manager", "Marketing Coordinator"],
                skills="QuickBooks Excel Asana Trello HubSpot Salesforce Google Ads SEO Shopify Xero Canva".split()),
    "nursing": dict(titles=["Registered Nurse", "Travel ICU Nurse", "ER Nurse", "Travel RN"],
                    skills="Epic Cerner ACLS BLS PALS Telemetry Critical Care Triage Patient Education".split()),
}
VERBS = ("Built Designed Developed Implemented Led Migrated Optimized Automated Refactored Shipped Scaled Architected "
         "Maintained Delivered Reduced Improved Integrated Launched Owned Mentored Created Streamlined").split()
OBJECTS = ["a customer-facing dashboard", "the payments service", "a real-time notification system", "CI/CD pipelines",
           "a microservices backend", "the mobile onboarding flow", "an internal admin tool", "data pipelines",
           "REST and GraphQL APIs", "the design system", "a recommendation engine", "the search infrastructure",
           "automated test suites", "cloud infrastructure on AWS", "a multi-tenant SaaS platform", "an ETL framework",
           "the checkout experience", "monitoring and alerting", "a reporting module", "legacy PHP services",
           "the authentication service", "a DeFi staking dashboard", "smart contracts for an NFT marketplace",
           "Kubernetes clusters", "a booking platform", "an analytics warehouse", "the billing system",
           "the mobile app's offline mode", "a chat feature", "an inventory management system"]
RESULTS = ["reducing latency by {p}%", "cutting costs by {p}%", "improving conversion by {p}%", "serving {k}K daily users",
           "increasing test coverage to {p}%", "reducing deploy time by {p}%", "supporting {k}K transactions per day",
           "improving page load by {p}%", "decreasing incidents by {p}%", "saving {k}0 engineering hours per month", ""]
SUMMARY_TEMPLATES = [
    "Results-driven {title} with {y}+ years of experience building scalable, high-performance applications. Passionate about clean code and delivering business value.",
    "{title} with {y} years of experience in {s1}, {s2} and {s3}. Strong communicator who thrives in fast-paced remote teams.",
    "Detail-oriented {title} with a proven track record of delivering {s1} solutions for startups and enterprises.",
    "Experienced {title} specializing in {s1} and {s2}. {y}+ years shipping production software across fintech, healthcare and e-commerce.",
    "Self-motivated {title} with {y} years of hands-on experience. I love solving hard problems with {s1} and {s2}.",
    "Highly skilled {title} with extensive experience in {s1}, {s2}, {s3}. Committed to writing maintainable code and mentoring others.",
    "{title} | {s1} | {s2} | {s3}. Open to remote opportunities.",
]
COACH_PHRASES = ["Proven ability to translate ambiguous requirements into elegant technical solutions",
                 "Recognized for cross-functional leadership and stakeholder alignment",
                 "Track record of measurable impact in high-growth environments",
                 "Blends deep technical expertise with a product mindset"]
SCHOOLS_US = ["University of Texas at Austin", "Arizona State University", "Georgia Institute of Technology", "Penn State University",
              "University of Washington", "Ohio State University", "University of Florida", "Rutgers University",
              "University of Michigan", "Purdue University", "University of Illinois Urbana-Champaign", "San Jose State University",
              "University of Central Florida", "Texas A&M University", "University of Maryland", "Northeastern University",
              "Western Governors University", "Southern New Hampshire University", "University of Phoenix", "CUNY Hunter College",
              "University of Minnesota", "Virginia Tech", "UC San Diego", "Boston University", "Iowa State University"]
SCHOOLS_ABROAD = {"IN": ["Anna University", "VIT Vellore", "IIT Kharagpur", "Pune University", "BITS Pilani"],
                  "PK": ["FAST-NUCES", "COMSATS University", "University of Lahore"], "PH": ["University of Santo Tomas", "Mapua University"],
                  "NG": ["University of Lagos", "Obafemi Awolowo University"], "UA": ["Kyiv Polytechnic Institute", "Lviv Polytechnic"],
                  "BR": ["Universidade de Sao Paulo", "UNICAMP"], "CN": ["Zhejiang University", "Northeastern University (Shenyang)"],
                  "default": ["National University", "State Technical University", "University of Technology"]}
DEGREES = ["B.S. Computer Science", "B.S. Information Technology", "B.S. Software Engineering", "B.A. Mathematics",
           "M.S. Computer Science", "B.S. Electrical Engineering", "B.E. Computer Engineering", "B.S. Information Systems",
           "Associate of Applied Science", "B.S. Nursing", "B.A. Business Administration"]
PAST_COMPANIES = ["Accenture", "Deloitte Digital", "Capital One", "IBM", "Cognizant", "Infosys", "EPAM Systems", "Globant",
                  "Amazon", "Oracle", "Salesforce", "Shopify", "Stripe", "Wayfair", "Chewy", "Intuit", "Toptal (contract)",
                  "Upwork (freelance)", "Self-employed", "Fiverr Pro (freelance)", "Kforce", "Robert Half", "TEKsystems",
                  "Booz Allen Hamilton", "Humana", "UnitedHealth Group", "Target", "Walmart Global Tech", "Home Depot",
                  "CVS Health", "Optum", "Bank of America", "JPMorgan Chase", "Lyft", "DoorDash", "Instacart", "Zillow",
                  "a Series B fintech startup", "an early-stage healthtech startup", "a digital agency", "Binance (contract)",
                  "Crypto.com", "OpenSea (contract)", "Coinbase", "ConsenSys", "Chainlink Labs (contract)"]
