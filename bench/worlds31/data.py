"""Reference data for Linkwell: names, places, networks, VPN/VPS pools, operator bases, software, USB ids, resume material."""

# ---------------------------------------------------------------- names
# (romanised, native script or "", alternative romanisations)
NAMES = {
    "anglo": {
        "m": ["James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles",
              "Christopher", "Daniel", "Matthew", "Anthony", "Andrew", "Joshua", "Ryan", "Tyler", "Brandon", "Jacob",
              "Nicholas", "Kevin", "Jonathan", "Justin", "Aaron", "Eric", "Steven", "Brian", "Adam", "Nathan",
              "DeShawn", "Jamal", "Tyrone", "Darnell", "Marcus", "Caleb", "Logan", "Ethan", "Owen", "Patrick"],
        "f": ["Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen",
              "Emily", "Ashley", "Amanda", "Megan", "Rachel", "Lauren", "Hannah", "Olivia", "Emma", "Madison",
              "Abigail", "Samantha", "Katherine", "Nicole", "Brittany", "Aaliyah", "Imani", "Keisha", "Latoya", "Grace",
              "Chloe", "Natalie", "Allison", "Kayla", "Heather", "Rebecca", "Molly", "Claire", "Jasmine", "Erin"],
        "s": ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
              "Thomas", "Moore", "Jackson", "Martin", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson",
              "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams", "Baker", "Nelson",
              "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards",
              "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Peterson", "Cooper", "Reed",
              "Bailey", "Bell", "Kelly", "Howard", "Ward", "Cox", "Richardson", "Wood", "Watson", "Brooks", "Bennett",
              "Gray", "Hughes", "Price", "Sanders", "Myers", "Long", "Ross", "Foster", "O'Brien", "McCarthy",
              "Sullivan", "Schmidt", "Mueller", "Russo", "Romano", "Cohen", "Goldberg", "Friedman", "Larsen",
              "Olson", "Washington", "Jefferson", "Banks", "Holloway", "Fitzgerald", "MacDonald", "St. John"],
    },
    "hispanic": {
        "m": ["José", "Juan", "Luis", "Carlos", "Miguel", "Alejandro", "Diego", "Javier", "Fernando", "Jorge",
              "Ricardo", "Eduardo", "Andrés", "Mateo", "Santiago", "Francisco", "Raúl", "Óscar"],
        "f": ["María", "Ana", "Sofía", "Gabriela", "Valentina", "Camila", "Lucía", "Daniela", "Isabel", "Mariana",
              "Verónica", "Paola", "Alejandra", "Carmen", "Rosa", "Ximena"],
        "s": ["García", "Rodríguez", "Martínez", "Hernández", "López", "González", "Pérez", "Sánchez", "Ramírez",
              "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Morales", "Ortiz", "Cruz", "Reyes", "Vargas",
              "Castillo", "Jiménez", "Moreno", "Romero", "Álvarez", "Mendoza", "Ruiz", "Herrera", "Medina"],
    },
    "chinese": {
        "m": [("Wei", "伟"), ("Qiang", "强"), ("Lei", "磊"), ("Jun", "军"), ("Yong", "勇"), ("Jie", "杰"),
              ("Tao", "涛"), ("Ming", "明"), ("Chao", "超"), ("Hao", "浩"), ("Yu", "宇"), ("Haoran", "浩然"),
              ("Yuxuan", "宇轩"), ("Zhiwei", "志伟"), ("Jianguo", "建国")],
        "f": [("Fang", "芳"), ("Min", "敏"), ("Jing", "静"), ("Li", "丽"), ("Yan", "艳"), ("Juan", "娟"),
              ("Xia", "霞"), ("Ping", "平"), ("Xinyi", "欣怡"), ("Zihan", "子涵"), ("Xiulan", "秀兰"), ("Mei", "梅"),
              ("Yue", "悦"), ("Lan", "兰")],
        "s": [("Wang", "王", ["Wong"]), ("Li", "李", ["Lee"]), ("Zhang", "张", ["Chang", "Cheung"]),
              ("Liu", "刘", ["Lau", "Lew"]), ("Chen", "陈", ["Chan", "Chin"]), ("Yang", "杨", ["Yeung"]),
              ("Huang", "黄", ["Wong", "Hwang"]), ("Zhao", "赵", ["Chao", "Chiu"]), ("Wu", "吴", ["Ng", "Woo"]),
              ("Zhou", "周", ["Chou", "Chow"]), ("Xu", "徐", ["Hsu", "Tsui"]), ("Sun", "孙", ["Suen"]),
              ("Ma", "马", ["Mah"]), ("Zhu", "朱", ["Chu"]), ("Hu", "胡", ["Woo"]), ("Lin", "林", ["Lam", "Lim"]),
              ("Guo", "郭", ["Kuo", "Kwok"]), ("He", "何", ["Ho"]), ("Gao", "高", ["Kao", "Ko"]),
              ("Luo", "罗", ["Lo", "Law"])],
        "english": ["Kevin", "Jason", "Eric", "Tony", "Cindy", "Grace", "Amy", "Vivian", "Frank", "Jenny",
                    "Michael", "Annie", "Sherry", "Leo", "Iris", "Steven"],
    },
    "korean": {
        "m": [("Min-jun", "민준"), ("Ji-hoon", "지훈"), ("Hyun-woo", "현우"), ("Dong-hyun", "동현"),
              ("Jae-won", "재원"), ("Sung-min", "성민"), ("Young-ho", "영호"), ("Sang-woo", "상우"),
              ("Jin-ho", "진호"), ("Tae-yang", "태양"), ("Seung-hyun", "승현")],
        "f": [("Seo-yeon", "서연"), ("Ji-woo", "지우"), ("Su-bin", "수빈"), ("Ye-jin", "예진"), ("Eun-ji", "은지"),
              ("Hye-jin", "혜진"), ("Jin-young", "진영"), ("Min-seo", "민서"), ("Ha-eun", "하은"),
              ("Yoo-jin", "유진")],
        "s": [("Kim", "김", ["Gim"]), ("Lee", "이", ["Yi", "Rhee", "Rhie"]), ("Park", "박", ["Pak", "Bak"]),
              ("Choi", "최", ["Choe", "Chey"]), ("Jung", "정", ["Jeong", "Chung"]), ("Kang", "강", ["Gang"]),
              ("Cho", "조", ["Jo"]), ("Yoon", "윤", ["Yun"]), ("Jang", "장", ["Chang"]), ("Lim", "임", ["Im", "Rim"]),
              ("Han", "한", []), ("Oh", "오", []), ("Seo", "서", ["Suh"]), ("Shin", "신", ["Sin"]),
              ("Kwon", "권", []), ("Hwang", "황", []), ("Ahn", "안", ["An"]), ("Song", "송", []),
              ("Yoo", "유", ["Yu", "Ryu"]), ("Hong", "홍", [])],
        "english": ["Daniel", "David", "Grace", "Esther", "Paul", "Sarah", "John", "Joseph", "Christine", "Andrew",
                    "Hannah", "Peter"],
    },
    "japanese": {
        "m": [("Haruto", "陽翔"), ("Takumi", "拓海"), ("Kenji", "健二"), ("Hiroshi", "博"), ("Daiki", "大輝"),
              ("Ren", "蓮"), ("Yuto", "悠斗"), ("Shota", "翔太"), ("Kazuki", "和樹")],
        "f": [("Yuki", "由紀"), ("Sakura", "さくら"), ("Aiko", "愛子"), ("Yui", "結衣"), ("Haruka", "遥"),
              ("Misaki", "美咲"), ("Nanami", "七海"), ("Emi", "恵美")],
        "s": [("Sato", "佐藤", ["Satou", "Satoh"]), ("Suzuki", "鈴木", []), ("Takahashi", "高橋", []),
              ("Tanaka", "田中", []), ("Watanabe", "渡辺", []), ("Ito", "伊藤", ["Itoh", "Itou"]),
              ("Yamamoto", "山本", []), ("Nakamura", "中村", []), ("Kobayashi", "小林", []),
              ("Kato", "加藤", ["Katoh", "Katou"]), ("Ono", "小野", ["Ohno"]), ("Saito", "斎藤", ["Saitoh"])],
        "english": ["Ken", "Amy", "Mark", "Lisa"],
    },
    "indian": {
        "m": ["Rahul", "Amit", "Vikram", "Arjun", "Rohit", "Sanjay", "Karthik", "Suresh", "Aditya", "Venkatesh",
              "Srinivas", "Harish", "Ramesh", "Nikhil", "Rajesh", "Prakash", "Anil", "Manoj", "Sai Krishna",
              "Naveen", "Pranav", "Vivek"],
        "f": ["Priya", "Sneha", "Ananya", "Pooja", "Neha", "Deepika", "Lakshmi", "Kavya", "Divya", "Shreya",
              "Aishwarya", "Meera", "Swathi", "Anjali", "Nandini", "Ritu"],
        "s": ["Patel", "Sharma", "Singh", "Kumar", "Reddy", "Gupta", "Iyer", "Nair", "Rao", "Shah", "Mehta",
              "Joshi", "Agarwal", "Krishnan", "Menon", "Chowdhury", "Das", "Banerjee", "Pillai", "Subramanian",
              "Venkataraman", "Kotha", "Bhatt", "Desai", "Kulkarni", "Naidu", "Varma", "Malhotra"],
    },
    "vietnamese": {
        "m": [("Minh", "Minh"), ("Tuan", "Tuấn"), ("Duc", "Đức"), ("Quang", "Quang"), ("Hieu", "Hiếu"),
              ("Thanh", "Thanh"), ("Long", "Long"), ("Khoa", "Khoa"), ("Bao", "Bảo")],
        "f": [("Linh", "Linh"), ("Anh", "Anh"), ("Huong", "Hương"), ("Thao", "Thảo"), ("Trang", "Trang"),
              ("Mai", "Mai"), ("Ngoc", "Ngọc"), ("Lan", "Lan"), ("Vy", "Vy")],
        "s": [("Nguyen", "Nguyễn", ["Nguyenn", "Ng"]), ("Tran", "Trần", []), ("Le", "Lê", []),
              ("Pham", "Phạm", []), ("Hoang", "Hoàng", ["Huynh"]), ("Phan", "Phan", []), ("Vu", "Vũ", ["Vo"]),
              ("Dang", "Đặng", []), ("Bui", "Bùi", []), ("Do", "Đỗ", ["Doh"])],
        "english": ["Kevin", "Tony", "Vivian", "Peter", "Jenny", "Michelle", "Vincent"],
    },
    "filipino": {
        "m": ["Mark", "John Paul", "Jerome", "Rodel", "Christian", "Jose Miguel", "Paolo", "Ronald", "Jayson",
              "Carlo", "Rommel"],
        "f": ["Angelica", "Kristine", "Maricel", "Jonalyn", "Mary Grace", "Joy", "Rowena", "Princess", "Camille",
              "Jessa"],
        "s": ["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Dela Cruz", "Villanueva",
              "Castillo", "Ramos", "Aquino", "Soriano", "Manalo", "Navarro"],
    },
    "east_european": {
        "m": [("Oleksandr", "Олександр", ["Alexander", "Oleksander", "Aleksandr"]),
              ("Dmytro", "Дмитро", ["Dmitry", "Dmitriy", "Dmitrii"]), ("Andriy", "Андрій", ["Andrii", "Andrei"]),
              ("Serhiy", "Сергій", ["Sergey", "Serhii"]), ("Maksym", "Максим", ["Maxim", "Maksim"]),
              ("Piotr", "", ["Peter"]), ("Krzysztof", "", ["Kris"]), ("Tomasz", "", ["Tomas"]),
              ("Michał", "", ["Michal"]), ("Ivan", "Іван", []), ("Mykola", "Микола", ["Nikolai"])],
        "f": [("Yuliia", "Юлія", ["Yulia", "Julia"]), ("Olena", "Олена", ["Elena", "Helen"]),
              ("Iryna", "Ірина", ["Irina"]), ("Kateryna", "Катерина", ["Katerina", "Ekaterina"]),
              ("Anna", "", []), ("Katarzyna", "", ["Kasia"]), ("Agnieszka", "", []), ("Natalia", "Наталія", ["Natalya"]),
              ("Oksana", "Оксана", [])],
        "s": [("Kovalenko", "Коваленко", []), ("Shevchenko", "Шевченко", []), ("Bondarenko", "Бондаренко", []),
              ("Tkachenko", "Ткаченко", []), ("Kravchenko", "Кравченко", []), ("Melnyk", "Мельник", ["Melnik"]),
              ("Ivanov", "Иванов", []), ("Petrov", "Петров", []), ("Smirnov", "Смирнов", []),
              ("Nowak", "", []), ("Kowalski", "", []), ("Wiśniewski", "", ["Wisniewski"]),
              ("Wójcik", "", ["Wojcik"]), ("Kamiński", "", ["Kaminski"]), ("Lewandowski", "", []),
              ("Popescu", "", []), ("Horvat", "", [])],
    },
    "arabic": {
        "m": ["Mohammed", "Ahmed", "Omar", "Yusuf", "Ali", "Hassan", "Khalid", "Karim", "Tariq", "Samir"],
        "f": ["Fatima", "Layla", "Mariam", "Noor", "Aisha", "Rania", "Yasmin", "Huda", "Salma"],
        "s": ["Al-Sayed", "Haddad", "Khalil", "Hussein", "Ibrahim", "Mansour", "Nasser", "Saleh", "Abdullah",
              "Farouk", "Aziz", "Hamdan"],
    },
    "nigerian": {
        "m": ["Chinedu", "Oluwaseun", "Adebayo", "Emeka", "Ifeanyi", "Tunde", "Obinna", "Kelechi", "Olumide"],
        "f": ["Ngozi", "Chiamaka", "Folake", "Yetunde", "Adaeze", "Funmilayo", "Blessing", "Temitope"],
        "s": ["Okafor", "Adeyemi", "Okonkwo", "Eze", "Balogun", "Nwosu", "Okoro", "Ogunleye", "Chukwu", "Adeleke",
              "Nnamdi", "Oyelaran"],
    },
}

ALT_SPELL = {"Mohammed": ["Muhammad", "Mohamed", "Mohammad"], "Ahmed": ["Ahmad"], "Yusuf": ["Youssef", "Yousef"],
             "Aisha": ["Ayesha"], "Noor": ["Nour"], "Srinivas": ["Srinivasa"], "Sai Krishna": ["Saikrishna"],
             "John Paul": ["JP", "Jon Paul"], "Mary Grace": ["Marygrace"], "Katherine": ["Catherine", "Kathryn"],
             "Jonathan": ["Jonathon"], "Steven": ["Stephen"], "Erin": ["Eryn"], "Olivia": [], "Isabel": ["Isabelle"]}

NICK = {"Robert": ["Bob", "Rob", "Bobby"], "William": ["Will", "Bill", "Liam"], "Elizabeth": ["Liz", "Beth", "Eliza"],
        "Katherine": ["Kate", "Katie", "Kat"], "Michael": ["Mike"], "Jonathan": ["Jon"], "Christopher": ["Chris"],
        "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"], "Anthony": ["Tony"], "Andrew": ["Andy", "Drew"],
        "Joshua": ["Josh"], "Nicholas": ["Nick"], "Samantha": ["Sam"], "Jennifer": ["Jen", "Jenny"],
        "Patricia": ["Pat", "Trish"], "Richard": ["Rick", "Rich"], "Joseph": ["Joe"], "Thomas": ["Tom"],
        "Charles": ["Charlie", "Chuck"], "James": ["Jim", "Jamie"], "David": ["Dave"], "Abigail": ["Abby"],
        "Alejandro": ["Alex"], "Oleksandr": ["Sasha", "Alex"], "Dmytro": ["Dima"], "Venkatesh": ["Venkat"],
        "Srinivas": ["Srini"], "Rajesh": ["Raj"], "Oluwaseun": ["Seun"], "Mohammed": ["Mo"], "Francisco": ["Paco"],
        "Rebecca": ["Becca"], "Steven": ["Steve"], "Nathan": ["Nate"], "Benjamin": ["Ben"], "Emily": ["Em"],
        "Aditya": ["Adi"], "Krzysztof": ["Kris"], "Katarzyna": ["Kasia"], "Kateryna": ["Katya"],
        "Eduardo": ["Eddie"], "Alexander": ["Alex"], "Pranav": ["Pran"], "Oluwafemi": ["Femi"], "Jacob": ["Jake"]}

# origin mixes: US residents (both sides draw from this); international by country
US_ORIGINS = [("anglo", 52), ("hispanic", 14), ("chinese", 6), ("indian", 8), ("korean", 3), ("vietnamese", 3),
              ("filipino", 3), ("east_european", 4), ("arabic", 3), ("nigerian", 2), ("japanese", 2)]

# ---------------------------------------------------------------- US places
# city, state, zip3, lat, lon, tz, area codes
US_CITIES = [
    ("New York", "NY", "100", 40.7128, -74.0060, "America/New_York", ["212", "646", "917"], 9),
    ("Brooklyn", "NY", "112", 40.6782, -73.9442, "America/New_York", ["718", "347", "929"], 6),
    ("Jersey City", "NJ", "073", 40.7178, -74.0431, "America/New_York", ["201", "551"], 3),
    ("Boston", "MA", "021", 42.3601, -71.0589, "America/New_York", ["617", "857"], 5),
    ("Philadelphia", "PA", "191", 39.9526, -75.1652, "America/New_York", ["215", "267"], 4),
    ("Washington", "DC", "200", 38.9072, -77.0369, "America/New_York", ["202"], 4),
    ("Arlington", "VA", "222", 38.8816, -77.0910, "America/New_York", ["703", "571"], 4),
    ("Baltimore", "MD", "212", 39.2904, -76.6122, "America/New_York", ["410", "443"], 2),
    ("Atlanta", "GA", "303", 33.7490, -84.3880, "America/New_York", ["404", "470", "678"], 6),
    ("Charlotte", "NC", "282", 35.2271, -80.8431, "America/New_York", ["704", "980"], 3),
    ("Raleigh", "NC", "276", 35.7796, -78.6382, "America/New_York", ["919", "984"], 4),
    ("Miami", "FL", "331", 25.7617, -80.1918, "America/New_York", ["305", "786"], 4),
    ("Orlando", "FL", "328", 28.5383, -81.3792, "America/New_York", ["407", "321"], 2),
    ("Tampa", "FL", "336", 27.9506, -82.4572, "America/New_York", ["813"], 2),
    ("Pittsburgh", "PA", "152", 40.4406, -79.9959, "America/New_York", ["412"], 2),
    ("Columbus", "OH", "432", 39.9612, -82.9988, "America/New_York", ["614"], 3),
    ("Detroit", "MI", "482", 42.3314, -83.0458, "America/Detroit", ["313"], 2),
    ("Ann Arbor", "MI", "481", 42.2808, -83.7430, "America/Detroit", ["734"], 2),
    ("Indianapolis", "IN", "462", 39.7684, -86.1581, "America/Indiana/Indianapolis", ["317"], 2),
    ("West Lafayette", "IN", "479", 40.4259, -86.9081, "America/Indiana/Indianapolis", ["765"], 1),
    ("Chicago", "IL", "606", 41.8781, -87.6298, "America/Chicago", ["312", "773", "872"], 7),
    ("Urbana", "IL", "618", 40.1106, -88.2073, "America/Chicago", ["217"], 1),
    ("Madison", "WI", "537", 43.0731, -89.4012, "America/Chicago", ["608"], 1),
    ("Minneapolis", "MN", "554", 44.9778, -93.2650, "America/Chicago", ["612"], 3),
    ("St. Louis", "MO", "631", 38.6270, -90.1994, "America/Chicago", ["314"], 2),
    ("Kansas City", "MO", "641", 39.0997, -94.5786, "America/Chicago", ["816"], 2),
    ("Nashville", "TN", "372", 36.1627, -86.7816, "America/Chicago", ["615", "629"], 3),
    ("Dallas", "TX", "752", 32.7767, -96.7970, "America/Chicago", ["214", "469", "972"], 6),
    ("Houston", "TX", "770", 29.7604, -95.3698, "America/Chicago", ["713", "281", "832"], 6),
    ("Austin", "TX", "787", 30.2672, -97.7431, "America/Chicago", ["512", "737"], 5),
    ("San Antonio", "TX", "782", 29.4241, -98.4936, "America/Chicago", ["210"], 2),
    ("Denver", "CO", "802", 39.7392, -104.9903, "America/Denver", ["303", "720"], 4),
    ("Salt Lake City", "UT", "841", 40.7608, -111.8910, "America/Denver", ["801", "385"], 2),
    ("Phoenix", "AZ", "850", 33.4484, -112.0740, "America/Phoenix", ["602", "480"], 4),
    ("Las Vegas", "NV", "891", 36.1699, -115.1398, "America/Los_Angeles", ["702"], 2),
    ("Los Angeles", "CA", "900", 34.0522, -118.2437, "America/Los_Angeles", ["213", "310", "323", "424"], 8),
    ("San Diego", "CA", "921", 32.7157, -117.1611, "America/Los_Angeles", ["619", "858"], 3),
    ("San Francisco", "CA", "941", 37.7749, -122.4194, "America/Los_Angeles", ["415", "628"], 6),
    ("San Jose", "CA", "951", 37.3382, -121.8863, "America/Los_Angeles", ["408", "669"], 4),
    ("Oakland", "CA", "946", 37.8044, -122.2712, "America/Los_Angeles", ["510"], 2),
    ("Seattle", "WA", "981", 47.6062, -122.3321, "America/Los_Angeles", ["206"], 5),
    ("Bellevue", "WA", "980", 47.6101, -122.2015, "America/Los_Angeles", ["425"], 2),
    ("Portland", "OR", "972", 45.5152, -122.6784, "America/Los_Angeles", ["503", "971"], 3),
]

STREETS = ["Main", "Oak", "Maple", "Cedar", "Pine", "Elm", "Washington", "Lake", "Hill", "Park", "Walnut",
           "Sunset", "Lincoln", "Jackson", "Franklin", "Highland", "Willow", "Ridge", "Church", "Meadow",
           "Forest", "River", "Spring", "Chestnut", "Madison", "Jefferson", "Adams", "Sycamore", "Magnolia",
           "Birch", "Aspen", "Lakeview", "Valley", "Cherry", "Hickory", "Mill", "Prospect", "Summit", "Colonial",
           "Greenwood", "Broad", "Market", "Union", "Grant", "Harrison", "Laurel", "Dogwood", "Juniper"]
SUFFIX = [("Street", "St"), ("Avenue", "Ave"), ("Road", "Rd"), ("Drive", "Dr"), ("Lane", "Ln"),
          ("Boulevard", "Blvd"), ("Court", "Ct"), ("Place", "Pl"), ("Way", "Way"), ("Terrace", "Ter"),
          ("Circle", "Cir"), ("Parkway", "Pkwy")]

# mail forwarding / virtual mailbox addresses (shared by thousands of honest nomads and by reshippers)
MAIL_FORWARDERS = [
    ("101 Rainbow Dr", "Livingston", "TX", "77399"), ("411 Walnut St", "Green Cove Springs", "FL", "32043"),
    ("1851 E 1st St", "Rapid City", "SD", "57703"), ("5 Embarcadero Ctr", "San Francisco", "CA", "94111"),
    ("2810 N Church St", "Wilmington", "DE", "19802"), ("1309 Coffeen Ave", "Sheridan", "WY", "82801"),
]

# ---------------------------------------------------------------- international
# country: cities (name, lat, lon, tz), phone pattern, keyboard, origin, isps
INTL = {
    "IN": dict(cities=[("Bengaluru", 12.9716, 77.5946, "Asia/Kolkata"), ("Hyderabad", 17.3850, 78.4867, "Asia/Kolkata"),
                       ("Pune", 18.5204, 73.8567, "Asia/Kolkata"), ("Chennai", 13.0827, 80.2707, "Asia/Kolkata"),
                       ("Noida", 28.5355, 77.3910, "Asia/Kolkata")],
               origin="indian", keyboard="en-IN", cc="91", mobile=["9", "8", "7", "6"], mlen=10,
               isps=["jio", "airtel", "act"]),
    "CN": dict(cities=[("Shanghai", 31.2304, 121.4737, "Asia/Shanghai"), ("Beijing", 39.9042, 116.4074, "Asia/Shanghai"),
                       ("Shenzhen", 22.5431, 114.0579, "Asia/Shanghai"), ("Shenyang", 41.8057, 123.4315, "Asia/Shanghai"),
                       ("Dalian", 38.9140, 121.6147, "Asia/Shanghai")],
               origin="chinese", keyboard="zh-CN", cc="86", mobile=["13", "15", "18", "17"], mlen=11,
               isps=["cnunicom", "cntelecom", "cnmobile"]),
    "KR": dict(cities=[("Seoul", 37.5665, 126.9780, "Asia/Seoul"), ("Busan", 35.1796, 129.0756, "Asia/Seoul"),
                       ("Incheon", 37.4563, 126.7052, "Asia/Seoul")],
               origin="korean", keyboard="ko-KR", cc="82", mobile=["10"], mlen=10, isps=["kt", "skb", "lgu"]),
    "JP": dict(cities=[("Tokyo", 35.6762, 139.6503, "Asia/Tokyo"), ("Osaka", 34.6937, 135.5023, "Asia/Tokyo")],
               origin="japanese", keyboard="ja-JP", cc="81", mobile=["90", "80", "70"], mlen=10,
               isps=["ntt", "kddi"]),
    "VN": dict(cities=[("Ho Chi Minh City", 10.8231, 106.6297, "Asia/Ho_Chi_Minh"), ("Hanoi", 21.0278, 105.8342, "Asia/Bangkok")],
               origin="vietnamese", keyboard="vi-VN", cc="84", mobile=["9", "3", "8"], mlen=9, isps=["viettel", "vnpt"]),
    "PH": dict(cities=[("Manila", 14.5995, 120.9842, "Asia/Manila"), ("Cebu City", 10.3157, 123.8854, "Asia/Manila"),
                       ("Quezon City", 14.6760, 121.0437, "Asia/Manila")],
               origin="filipino", keyboard="en-PH", cc="63", mobile=["9"], mlen=10, isps=["pldt", "globe"]),
    "PK": dict(cities=[("Lahore", 31.5204, 74.3587, "Asia/Karachi"), ("Karachi", 24.8607, 67.0011, "Asia/Karachi")],
               origin="arabic", keyboard="ur-PK", cc="92", mobile=["3"], mlen=10, isps=["ptcl"]),
    "NG": dict(cities=[("Lagos", 6.5244, 3.3792, "Africa/Lagos"), ("Abuja", 9.0765, 7.3986, "Africa/Lagos")],
               origin="nigerian", keyboard="en-NG", cc="234", mobile=["80", "81", "70", "90"], mlen=10, isps=["mtn"]),
    "UA": dict(cities=[("Kyiv", 50.4501, 30.5234, "Europe/Kyiv"), ("Lviv", 49.8397, 24.0297, "Europe/Kyiv")],
               origin="east_european", keyboard="uk-UA", cc="380", mobile=["67", "50", "63", "97"], mlen=9,
               isps=["kyivstar"]),
    "PL": dict(cities=[("Warsaw", 52.2297, 21.0122, "Europe/Warsaw"), ("Kraków", 50.0647, 19.9450, "Europe/Warsaw")],
               origin="east_european", keyboard="pl-PL", cc="48", mobile=["5", "6", "7"], mlen=9, isps=["orangepl"]),
    "BR": dict(cities=[("São Paulo", -23.5505, -46.6333, "America/Sao_Paulo"), ("Florianópolis", -27.5954, -48.5480, "America/Sao_Paulo")],
               origin="hispanic", keyboard="pt-BR", cc="55", mobile=["119", "219", "489"], mlen=11, isps=["vivo", "claro_br"]),
    "MX": dict(cities=[("Mexico City", 19.4326, -99.1332, "America/Mexico_City"), ("Guadalajara", 20.6597, -103.3496, "America/Mexico_City")],
               origin="hispanic", keyboard="es-MX", cc="52", mobile=["55", "33"], mlen=10, isps=["telmex"]),
    "CO": dict(cities=[("Medellín", 6.2442, -75.5812, "America/Bogota"), ("Bogotá", 4.7110, -74.0721, "America/Bogota")],
               origin="hispanic", keyboard="es-CO", cc="57", mobile=["3"], mlen=10, isps=["claro_co"]),
    "CA": dict(cities=[("Toronto", 43.6532, -79.3832, "America/Toronto"), ("Vancouver", 49.2827, -123.1207, "America/Vancouver")],
               origin=None, keyboard="en-CA", cc="1", mobile=["416", "647", "604", "778"], mlen=10, isps=["rogers", "bell"]),
    "GB": dict(cities=[("London", 51.5074, -0.1278, "Europe/London"), ("Manchester", 53.4808, -2.2426, "Europe/London")],
               origin=None, keyboard="en-GB", cc="44", mobile=["7"], mlen=10, isps=["bt", "virgin"]),
    "SG": dict(cities=[("Singapore", 1.3521, 103.8198, "Asia/Singapore")], origin="chinese", keyboard="en-SG",
               cc="65", mobile=["8", "9"], mlen=8, isps=["singtel"]),
    "TH": dict(cities=[("Bangkok", 13.7563, 100.5018, "Asia/Bangkok"), ("Chiang Mai", 18.7883, 98.9853, "Asia/Bangkok")],
               origin=None, keyboard="th-TH", cc="66", mobile=["8", "9", "6"], mlen=9, isps=["true_th"]),
    "PT": dict(cities=[("Lisbon", 38.7223, -9.1393, "Europe/Lisbon")], origin=None, keyboard="pt-PT", cc="351",
               mobile=["91", "93", "96"], mlen=9, isps=["meo"]),
    "RU": dict(cities=[("Vladivostok", 43.1155, 131.8855, "Asia/Vladivostok"), ("Moscow", 55.7558, 37.6173, "Europe/Moscow")],
               origin="east_european", keyboard="ru-RU", cc="7", mobile=["9"], mlen=10, isps=["rostelecom"]),
    "LA": dict(cities=[("Vientiane", 17.9757, 102.6331, "Asia/Vientiane")], origin=None, keyboard="lo-LA", cc="856",
               mobile=["20"], mlen=10, isps=["laotel"]),
    "AE": dict(cities=[("Dubai", 25.2048, 55.2708, "Asia/Dubai")], origin="arabic", keyboard="ar-AE", cc="971",
               mobile=["50", "55"], mlen=9, isps=["etisalat"]),
}
# honest residents abroad applying to remote roles (country, weight)
INTL_MIX = [("IN", 22), ("CA", 10), ("PH", 9), ("MX", 6), ("UA", 6), ("PL", 6), ("BR", 6), ("NG", 5), ("PK", 5),
            ("CO", 4), ("GB", 5), ("VN", 4), ("KR", 4), ("CN", 4), ("JP", 2), ("SG", 2), ("AE", 2), ("RU", 1),
            ("LA", 1)]

# ---------------------------------------------------------------- networks
# key: asn, owner, country, type, [(first octet, second lo, second hi)]
ISPS = {
    "comcast": (7922, "Comcast Cable Communications, LLC", "US", "residential", [(73, 0, 255), (24, 0, 31), (98, 192, 255)]),
    "charter": (20115, "Charter Communications", "US", "residential", [(97, 64, 127), (174, 96, 111), (66, 168, 191)]),
    "att": (7018, "AT&T Services, Inc.", "US", "residential", [(99, 0, 127), (108, 192, 255), (75, 0, 63)]),
    "verizon": (701, "Verizon Business", "US", "residential", [(71, 160, 191), (72, 64, 95), (100, 0, 15)]),
    "cox": (22773, "Cox Communications Inc.", "US", "residential", [(68, 0, 15), (70, 160, 191), (98, 160, 191)]),
    "lumen": (209, "CenturyLink Communications, LLC", "US", "residential", [(67, 0, 15), (75, 160, 175), (71, 208, 223)]),
    "frontier": (5650, "Frontier Communications of America, Inc.", "US", "residential", [(50, 32, 63), (104, 160, 175)]),
    "tmhome": (21928, "T-Mobile USA, Inc.", "US", "mobile", [(172, 56, 59)]),
    # mobile carriers (CGNAT pools)
    "tmobile": (21928, "T-Mobile USA, Inc.", "US", "mobile", [(172, 32, 55)]),
    "vzw": (6167, "Cellco Partnership DBA Verizon Wireless", "US", "mobile", [(174, 192, 255)]),
    "attm": (20057, "AT&T Mobility LLC", "US", "mobile", [(166, 128, 255)]),
    # business / coworking transit
    "zayo": (6461, "Zayo Bandwidth", "US", "business", [(64, 125, 125), (208, 185, 185)]),
    "cogent": (174, "Cogent Communications", "US", "business", [(38, 96, 127)]),
    "lumen_biz": (3356, "Level 3 Parent, LLC", "US", "business", [(4, 0, 63), (8, 0, 15)]),
    # corporate security clouds (shared by many customers)
    "zscaler": (53813, "ZSCALER, INC.", "US", "zscaler", [(165, 225, 225), (136, 226, 226), (147, 161, 161)]),
    "netskope": (55256, "NETSKOPE", "US", "cloud_proxy", [(163, 116, 116)]),
    "prisma": (54538, "PAN0001", "US", "cloud_proxy", [(134, 238, 238)]),
    "cfwarp": (13335, "Cloudflare, Inc.", "US", "cloud_proxy", [(104, 28, 28)]),
    "icloudrelay": (36183, "Akamai Technologies, Inc.", "US", "vpn:icloud_relay", [(172, 224, 226)]),
    # hosting / VPS
    "digitalocean": (14061, "DigitalOcean, LLC", "US", "hosting", [(134, 209, 209), (159, 65, 65), (167, 99, 99)]),
    "vultr": (20473, "The Constant Company, LLC", "US", "hosting", [(45, 32, 32), (45, 76, 77), (149, 28, 28)]),
    "linode": (63949, "Akamai Connected Cloud", "US", "hosting", [(45, 33, 33), (172, 105, 105)]),
    "ovh": (16276, "OVH SAS", "US", "hosting", [(51, 79, 79), (51, 222, 222)]),
    "hetzner": (24940, "Hetzner Online GmbH", "US", "hosting", [(5, 161, 161), (95, 216, 217)]),
    "aws": (16509, "Amazon.com, Inc.", "US", "hosting", [(3, 80, 95), (18, 204, 224), (54, 144, 159)]),
    # VPN carriers
    "m247": (9009, "M247 Europe SRL", "US", "vpn", [(37, 120, 120), (38, 132, 132), (89, 187, 187)]),
    "datacamp": (212238, "Datacamp Limited", "US", "vpn", [(143, 244, 244), (156, 146, 146), (185, 156, 156)]),
    "leaseweb": (396362, "Leaseweb USA, Inc.", "US", "vpn", [(23, 82, 82), (108, 62, 62)]),
    "tzulo": (11878, "tzulo, inc.", "US", "vpn", [(192, 253, 253), (204, 12, 12)]),
    "mullvad": (39351, "31173 Services AB", "SE", "vpn", [(193, 138, 138), (185, 213, 213)]),
    "proton": (62371, "Proton AG", "CH", "vpn", [(185, 159, 159), (146, 70, 70)]),
    "quadranet": (8100, "QuadraNet Enterprises LLC", "US", "vpn", [(104, 129, 129), (192, 161, 161)]),
    # campus
    # international ISPs
    "jio": (55836, "Reliance Jio Infocomm Limited", "IN", "mobile", [(49, 32, 47), (157, 32, 51)]),
    "airtel": (24560, "Bharti Airtel Ltd.", "IN", "residential", [(122, 160, 179), (182, 64, 79)]),
    "act": (24309, "Atria Convergence Technologies Ltd.", "IN", "residential", [(106, 51, 51), (183, 82, 83)]),
    "cnunicom": (4837, "CHINA UNICOM China169 Backbone", "CN", "residential", [(113, 224, 231), (175, 160, 175), (119, 112, 119)]),
    "cntelecom": (4134, "Chinanet", "CN", "residential", [(58, 32, 47), (114, 80, 95)]),
    "cnmobile": (9808, "China Mobile Communications Group Co., Ltd.", "CN", "mobile", [(111, 0, 31), (183, 192, 207)]),
    "kt": (4766, "Korea Telecom", "KR", "residential", [(175, 192, 223), (211, 36, 47)]),
    "skb": (9318, "SK Broadband Co Ltd", "KR", "residential", [(1, 224, 255), (220, 70, 95)]),
    "lgu": (3786, "LG DACOM Corporation", "KR", "residential", [(106, 240, 255), (211, 234, 234)]),
    "ntt": (4713, "NTT Communications Corporation", "JP", "residential", [(153, 128, 191), (126, 0, 31)]),
    "kddi": (2516, "KDDI CORPORATION", "JP", "residential", [(106, 128, 191)]),
    "viettel": (7552, "Viettel Group", "VN", "residential", [(27, 64, 79), (171, 224, 255)]),
    "vnpt": (45899, "VNPT Corp", "VN", "residential", [(113, 160, 191), (14, 160, 191)]),
    "pldt": (9299, "Philippine Long Distance Telephone Company", "PH", "residential", [(112, 198, 211), (122, 52, 55)]),
    "globe": (4775, "Globe Telecoms", "PH", "mobile", [(112, 200, 207), (131, 226, 226)]),
    "ptcl": (17557, "Pakistan Telecommunication Company Limited", "PK", "residential", [(39, 32, 63), (119, 152, 159)]),
    "mtn": (29465, "MTN NIGERIA Communication limited", "NG", "mobile", [(102, 88, 91), (197, 210, 211)]),
    "kyivstar": (15895, "Kyivstar PJSC", "UA", "residential", [(46, 211, 211), (176, 36, 39)]),
    "orangepl": (5617, "Orange Polska Spolka Akcyjna", "PL", "residential", [(83, 0, 31), (79, 184, 191)]),
    "vivo": (26599, "TELEFONICA BRASIL S.A", "BR", "residential", [(177, 32, 63), (187, 56, 63)]),
    "claro_br": (28573, "Claro NXT Telecomunicacoes Ltda", "BR", "residential", [(179, 96, 127), (189, 0, 31)]),
    "telmex": (8151, "UNINET", "MX", "residential", [(187, 128, 191), (189, 128, 159)]),
    "claro_co": (10620, "Telmex Colombia S.A.", "CO", "residential", [(181, 48, 63), (190, 24, 27)]),
    "rogers": (812, "Rogers Communications Canada Inc.", "CA", "residential", [(99, 224, 255), (174, 112, 119)]),
    "bell": (577, "Bell Canada", "CA", "residential", [(70, 24, 55), (142, 112, 127)]),
    "bt": (2856, "British Telecommunications PLC", "GB", "residential", [(81, 128, 159), (86, 128, 191)]),
    "virgin": (5089, "Virgin Media Limited", "GB", "residential", [(82, 0, 47), (92, 232, 239)]),
    "singtel": (9506, "Singtel Fibre Broadband", "SG", "residential", [(116, 86, 87), (220, 255, 255)]),
    "true_th": (7470, "TRUE INTERNET Co.,Ltd.", "TH", "residential", [(171, 96, 103), (184, 22, 23)]),
    "meo": (3243, "MEO - SERVICOS DE COMUNICACOES E MULTIMEDIA S.A.", "PT", "residential", [(85, 240, 247), (94, 60, 63)]),
    "rostelecom": (12389, "PJSC Rostelecom", "RU", "residential", [(95, 152, 159), (178, 64, 71)]),
    "laotel": (9873, "Lao Telecom Communication, LTD", "LA", "residential", [(115, 84, 84), (202, 137, 137)]),
    "etisalat": (5384, "Emirates Internet", "AE", "residential", [(94, 200, 207), (86, 96, 99)]),
    "starjv": (131279, "Ryugyong-dong", "KP", "residential", [(175, 45, 45)]),
}
US_HOME_ISPS = [("comcast", 30), ("charter", 22), ("att", 18), ("verizon", 10), ("cox", 7), ("lumen", 5),
                ("frontier", 4), ("tmhome", 4)]
US_MOBILE = [("tmobile", 40), ("vzw", 35), ("attm", 25)]

# commercial VPN providers: carriers their exits sit on, exit cities (country, city, lat, lon)
VPN_PROVIDERS = {
    "astrill": ["m247", "datacamp", "quadranet", "leaseweb", "tzulo"],
    "nord": ["m247", "datacamp", "tzulo"],
    "express": ["datacamp", "leaseweb", "m247"],
    "surfshark": ["m247", "datacamp"],
    "mullvad": ["mullvad", "m247"],
    "proton": ["proton", "datacamp"],
    "pia": ["m247", "quadranet", "tzulo"],
}
VPN_EXIT_CITIES = [("US", "New York", 40.7128, -74.0060), ("US", "Los Angeles", 34.0522, -118.2437),
                   ("US", "Chicago", 41.8781, -87.6298), ("US", "Dallas", 32.7767, -96.7970),
                   ("US", "Miami", 25.7617, -80.1918), ("US", "Seattle", 47.6062, -122.3321),
                   ("US", "Atlanta", 33.7490, -84.3880), ("US", "Denver", 39.7392, -104.9903),
                   ("US", "Ashburn", 39.0438, -77.4874), ("US", "San Jose", 37.3382, -121.8863),
                   ("JP", "Tokyo", 35.6762, 139.6503), ("SG", "Singapore", 1.3521, 103.8198),
                   ("HK", "Hong Kong", 22.3193, 114.1694), ("GB", "London", 51.5074, -0.1278),
                   ("NL", "Amsterdam", 52.3676, 4.9041), ("DE", "Frankfurt", 50.1109, 8.6821)]
VPS_PROVIDERS = ["digitalocean", "vultr", "linode", "ovh", "hetzner", "aws"]
VPS_CITIES = [("US", "New York", 40.7128, -74.0060), ("US", "Ashburn", 39.0438, -77.4874),
              ("US", "San Francisco", 37.7749, -122.4194), ("US", "Dallas", 32.7767, -96.7970),
              ("US", "Seattle", 47.6062, -122.3321), ("US", "Hillsboro", 45.5229, -122.9898)]

# operator bases (city, country, lat, lon, tz, isps)
BASES = [("Shenyang", "CN", 41.8057, 123.4315, "Asia/Shanghai", ["cnunicom", "cntelecom"]),
         ("Dandong", "CN", 40.1244, 124.3946, "Asia/Shanghai", ["cnunicom"]),
         ("Yanji", "CN", 42.9047, 129.5136, "Asia/Shanghai", ["cnunicom", "cntelecom"]),
         ("Vladivostok", "RU", 43.1155, 131.8855, "Asia/Vladivostok", ["rostelecom"]),
         ("Vientiane", "LA", 17.9757, 102.6331, "Asia/Vientiane", ["laotel"])]

# ---------------------------------------------------------------- organisations
COMPANY_A = ["Blue", "North", "Bright", "Clear", "Iron", "Silver", "Summit", "Harbor", "Cedar", "Atlas", "Nova",
             "Pioneer", "Beacon", "Vertex", "Quantum", "Evergreen", "Granite", "Lumen", "Orbit", "Keystone",
             "Riverbend", "Sterling", "Meridian", "Coastal", "Prairie", "Redwood", "Copper", "Falcon", "Horizon",
             "Juniper", "Apex", "Crescent", "Mosaic", "Tandem", "Parallel", "Signal", "Bluebird", "Lattice",
             "Anchor", "Boulder", "Cobalt", "Driftwood", "Ember", "Fathom", "Gable", "Hollis", "Indigo", "Kestrel"]
COMPANY_B = ["Labs", "Health", "Systems", "Analytics", "Software", "Logistics", "Financial", "Networks", "Bio",
             "Robotics", "Data", "Cloud", "Media", "Energy", "Insurance", "Capital", "Foods", "Retail", "Security",
             "Learning", "Mobility", "Devices", "Works", "Technologies", "Partners", "Payments", "Therapeutics"]
COMPANY_SUFFIX = ["Inc.", "LLC", "", "Corp.", "Co.", "", "Group", ""]
FRONT_NAMES = [("Chainforge Labs", "chainforgelabs.io"), ("Blocknova Studio", "blocknova.dev"),
               ("Nexalink Digital", "nexalinkdigital.com"), ("Metaverse Ridge", "metaridge.xyz"),
               ("Quantix Ledger", "quantixledger.io"), ("Soltrade Systems", "soltradesys.com"),
               ("Veltrix AI", "veltrix-ai.com"), ("Orbitswap Labs", "orbitswap.app")]
UNIVERSITIES = [("University of Michigan", "umich.edu", "Ann Arbor", 36375, "University of Michigan"),
                ("Georgia Institute of Technology", "gatech.edu", "Atlanta", 2637, "Georgia Institute of Technology"),
                ("The University of Texas at Austin", "utexas.edu", "Austin", 18, "The University of Texas at Austin"),
                ("Purdue University", "purdue.edu", "West Lafayette", 17, "Purdue University"),
                ("University of Illinois Urbana-Champaign", "illinois.edu", "Urbana", 38, "University of Illinois"),
                ("Rutgers University", "rutgers.edu", "Jersey City", 46, "Rutgers University"),
                ("University of Washington", "uw.edu", "Seattle", 73, "University of Washington"),
                ("UC Berkeley", "berkeley.edu", "Oakland", 25, "University of California at Berkeley"),
                ("Arizona State University", "asu.edu", "Phoenix", 2150, "Arizona State University"),
                ("San Jose State University", "sjsu.edu", "San Jose", 2152, "California State University Network"),
                ("University of Wisconsin-Madison", "wisc.edu", "Madison", 59, "University of Wisconsin Madison"),
                ("Carnegie Mellon University", "cmu.edu", "Pittsburgh", 9, "Carnegie Mellon University"),
                ("University of Central Florida", "ucf.edu", "Orlando", 3447, "University of Central Florida"),
                ("Columbia University", "columbia.edu", "New York", 14, "Columbia University")]
UNI_PREFIX = {36375: (141, 211), 2637: (128, 61), 18: (128, 83), 17: (128, 210), 38: (130, 126), 46: (128, 6),
              73: (128, 95), 25: (128, 32), 2150: (129, 219), 2152: (130, 65), 59: (128, 104), 9: (128, 2),
              3447: (132, 170), 14: (128, 59)}
BOOTCAMPS = [("Hack Reactor", "hackreactor.com"), ("General Assembly", "generalassemb.ly"),
             ("Flatiron School", "flatironschool.com"), ("Fullstack Academy", "fullstackacademy.com"),
             ("App Academy", "appacademy.io"), ("Tech Elevator", "techelevator.com"),
             ("Codesmith", "codesmith.io"), ("Launch Academy", "launchacademy.com")]
AGENCY_NAMES = ["TalentBridge Staffing", "Apex Technical Recruiting", "Keystone Search Partners", "HireLine Group",
                "Summit IT Staffing", "Pinnacle Talent", "BlueWave Recruiting", "NorthStar Consulting Group",
                "Vector Talent Solutions", "Cardinal Staffing", "Elevate Search", "Ironclad Recruiting",
                "Meridian Workforce", "BrightPath Staffing", "Redline Talent", "Crescent Technical"]
RPO_FIRMS = [("Sourcely RPO Services", "Bengaluru", "IN"), ("Talent Harbor Solutions", "Manila", "PH"),
             ("Kinetic Sourcing", "Hyderabad", "IN"), ("Bluepeak RPO", "Noida", "IN")]
COWORKING = ["WeWork", "Industrious", "Regus", "Spaces", "Convene", "Serendipity Labs"]
COACH_FIRMS = ["Resume Rocket", "CareerLift Coaching", "Next Role Partners", "HireMeNow Coaching", "Pathway Careers",
               "ProfilePro", "Launchpad Career Co", "The Resume Studio"]

# domains infrastructure
CF_IPS = ["104.21.%d.%d", "172.67.%d.%d"]
HOSTING_IPS = {"vercel": ["76.76.21.21", "76.76.21.22"], "squarespace": ["198.185.159.144", "198.185.159.145", "198.49.23.144"],
               "wix": ["185.230.63.107", "185.230.63.171"], "ghpages": ["185.199.108.153", "185.199.109.153"],
               "aws": ["3.33.152.147", "15.197.142.173"], "netlify": ["75.2.60.5", "99.83.190.102"]}
NAMESERVERS = {"cloudflare": [("ada.ns.cloudflare.com", "bob.ns.cloudflare.com"), ("kia.ns.cloudflare.com", "rob.ns.cloudflare.com"),
                              ("dana.ns.cloudflare.com", "walt.ns.cloudflare.com"), ("elle.ns.cloudflare.com", "gene.ns.cloudflare.com")],
               "route53": [("ns-1021.awsdns-63.net", "ns-1602.awsdns-08.co.uk", "ns-201.awsdns-25.com", "ns-1411.awsdns-48.org")],
               "godaddy": [("ns51.domaincontrol.com", "ns52.domaincontrol.com"), ("ns07.domaincontrol.com", "ns08.domaincontrol.com")],
               "namecheap": [("dns1.registrar-servers.com", "dns2.registrar-servers.com")],
               "markmonitor": [("ns1.markmonitor.com", "ns2.markmonitor.com")],
               "google": [("ns-cloud-a1.googledomains.com", "ns-cloud-a2.googledomains.com")]}
PRIVACY_REGISTRANTS = ["contact@privacyguardian.org", "proxy@whoisprivacyservice.com", "redacted@domainsbyproxy.com",
                       "abuse@withheldforprivacy.com", "c/o whoisproxy.com"]

# ---------------------------------------------------------------- jobs / resumes
TECH_TITLES = ["Software Engineer", "Senior Software Engineer", "Full Stack Developer", "Frontend Engineer",
               "Backend Engineer", "DevOps Engineer", "Data Engineer", "Machine Learning Engineer", "Mobile Developer",
               "Site Reliability Engineer", "Blockchain Developer", "QA Automation Engineer", "Cloud Engineer",
               "Staff Software Engineer", "React Developer", "Python Developer"]
OTHER_TITLES = ["Data Analyst", "Product Manager", "Project Manager", "Registered Nurse", "Accountant",
                "Marketing Manager", "Sales Representative", "UX Designer", "Customer Success Manager",
                "Operations Analyst", "Financial Analyst", "HR Generalist", "Business Analyst", "Teacher",
                "Supply Chain Analyst", "Account Executive", "Graphic Designer", "Technical Writer"]
SKILLS = ["Python", "JavaScript", "TypeScript", "React", "Node.js", "Go", "Java", "Kotlin", "Swift", "AWS", "GCP",
          "Azure", "Docker", "Kubernetes", "Terraform", "PostgreSQL", "MongoDB", "Redis", "GraphQL", "Django",
          "Flask", "Spring Boot", "Next.js", "Vue.js", "Rust", "Solidity", "Web3.js", "Ethers.js", "PyTorch",
          "TensorFlow", "Spark", "Airflow", "Snowflake", "dbt", "Tableau", "SQL", "Excel", "Salesforce", "Figma",
          "Jira", "CI/CD", "Linux", "C#", ".NET", "Ruby on Rails", "PHP", "Laravel", "Angular", "Flutter"]
BULLETS = ["Developed RESTful APIs using {s1} and {s2}, serving {n}k requests per day",
           "Led migration of legacy services to {s1} on {cloud}, cutting infrastructure cost by {p}%",
           "Built responsive user interfaces with {s1} and {s2}",
           "Collaborated with cross-functional teams to deliver features on schedule",
           "Implemented CI/CD pipelines with GitHub Actions and {s1}",
           "Optimized {s1} queries, reducing page load time by {p}%",
           "Mentored {k} junior engineers and ran weekly code reviews",
           "Designed data pipelines in {s1} processing {n}M events daily",
           "Wrote unit and integration tests raising coverage to {p}%",
           "Integrated third-party payment providers (Stripe, PayPal) into the checkout flow",
           "Automated reporting with {s1}, saving {k} analyst hours per week",
           "Owned on-call rotation and reduced incident count by {p}%",
           "Shipped a {s1} mobile app with {n}k monthly active users",
           "Partnered with product and design to define the roadmap for {k} quarters",
           "Managed a portfolio of {n} enterprise accounts",
           "Improved onboarding conversion by {p}% through A/B testing",
           "Built smart contracts in {s1} and audited token flows",
           "Deployed microservices on {cloud} with {s1} and {s2}"]
DEGREES = ["B.S. Computer Science", "B.S. Information Technology", "B.A. Economics", "B.S. Mechanical Engineering",
           "M.S. Computer Science", "B.S. Mathematics", "B.A. Communications", "B.S. Nursing",
           "B.Tech Computer Science", "M.S. Data Science", "B.S. Electrical Engineering", "MBA"]
HEADLINES_SEEK = ["Open to work", "Actively looking", "Seeking new opportunities", ""]

# ---------------------------------------------------------------- devices, software, telemetry
UA_WEB = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
          "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
          "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36 Edg/128.0.0.0",
          "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
          "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36"]
UA_IOS = "Linkwell/{v} (iPhone{m}; iOS {o}; Scale/3.00)"
UA_ANDROID = "Linkwell/{v} (Android {o}; {m})"
ANDROID_MODELS = ["Pixel 8", "SM-S918U", "SM-A546U", "Pixel 7a", "moto g stylus 5G", "SM-S921U"]
LAPTOPS = ["MacBookPro18,3", "MacBookPro18,1", "MacBookAir10,1", "Mac14,2", "Mac15,6", "Latitude 7440",
           "Latitude 5540", "ThinkPad X1 Carbon Gen 11", "ThinkPad T14 Gen 4", "HP EliteBook 840 G10", "Surface Laptop 5"]
HONEST_PROCS = ["Google Chrome", "Slack", "zoom.us", "Microsoft Teams", "Code", "CrowdStrike Falcon", "Okta Verify",
                "jamf", "1Password", "Microsoft Outlook", "Spotify", "Notion", "Docker Desktop", "iTerm2",
                "Figma", "OneDrive", "GlobalProtect", "Zscaler", "Postman", "Safari", "Firefox", "IntelliJ IDEA"]
REMOTE_TOOLS = ["AnyDesk", "TeamViewer", "rustdesk", "remoting_host", "vncserver", "Splashtop Streamer", "ScreenConnect.ClientService"]
HONEST_USB = [("Apple Magic Keyboard", "05ac", "029c"), ("Logitech USB Receiver", "046d", "c52b"),
              ("YubiKey OTP+FIDO+CCID", "1050", "0407"), ("Dell dock WD19", "413c", "b06e"),
              ("Jabra Evolve2 65", "0b0e", "24c1"), ("USB2.0 Hub", "05e3", "0610"), ("Logitech BRIO", "046d", "085e"),
              ("Apple USB-C Digital AV Multiport Adapter", "05ac", "1460"), ("SanDisk Ultra Fit", "0781", "5583"),
              ("CalDigit TS4", "2188", "0611"), ("Anker USB-C Hub", "291a", "8370"), ("Elgato Stream Deck", "0fd9", "0080")]
KVM_USB = [("Multifunction Composite Gadget", "1d6b", "0104"),  # PiKVM / TinyPilot / JetKVM (Linux gadget)
           ("GL.iNet Comet Composite Gadget", "1d6b", "0104"),
           ("ATEN CS1922 KVMP Switch", "0557", "2419"), ("USB3.0 HDMI Capture", "534d", "2109"),
           ("CH9329 USB HID", "1a86", "e129")]
HONEST_KVM_USB = [("ATEN CS1922 KVMP Switch", "0557", "2419"), ("Multifunction Composite Gadget", "1d6b", "0104"),
                  ("TESmart HKS0401A KVM", "1a86", "7523"), ("FT232R USB UART", "0403", "6001")]
DISPLAYS = ["DELL U2723QE", "LG ULTRAFINE", "Color LCD", "DELL P2422H", "LG HDR 4K", "HP E24 G5", "S27R65x",
            "BenQ PD2705U", "Studio Display", "ThinkVision T27h-30"]
KVM_DISPLAYS = ["PiKVM", "TinyPilot", "JetKVM", "HDMI Capture", "KVM"]
