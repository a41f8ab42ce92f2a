"""Reference data for world 23 (Fleetdesk): places, names, networks, devices, software.

Everything here is plain data; nothing is random. IP ranges are plausible public ranges of the named
networks (first octet, second-octet span); they are drawn from, never looked up.
"""

WINDOW_START = "2024-01-01"
WINDOW_END = "2025-10-31"          # export taken 2025-11-01

# ---------------------------------------------------------------------------------------------------------------
# Cities: country, city, region, tz, lat, lon, postcode pattern, area codes (NANP only), weight
# Postcode pattern: '5:941' = 5 digits starting 941; 'GB:SW' outward code letters; 'CA:M5V'; 'D4'/'D5'/'D6' digits;
# 'PL' = NN-NNN.
US_CITIES = [
    ("New York", "NY", "America/New_York", 40.713, -74.006, "5:100", ["212", "646", "917", "332"], 7.0),
    ("Brooklyn", "NY", "America/New_York", 40.678, -73.944, "5:112", ["718", "347", "929"], 4.0),
    ("Jersey City", "NJ", "America/New_York", 40.718, -74.043, "5:073", ["201", "551"], 1.5),
    ("Hoboken", "NJ", "America/New_York", 40.744, -74.032, "5:070", ["201", "551"], 0.7),
    ("Boston", "MA", "America/New_York", 42.360, -71.058, "5:021", ["617", "857"], 3.0),
    ("Cambridge", "MA", "America/New_York", 42.373, -71.110, "5:021", ["617", "857"], 1.0),
    ("Philadelphia", "PA", "America/New_York", 39.953, -75.165, "5:191", ["215", "267", "445"], 2.0),
    ("Pittsburgh", "PA", "America/New_York", 40.441, -79.996, "5:152", ["412", "878"], 1.0),
    ("Washington", "DC", "America/New_York", 38.907, -77.037, "5:200", ["202", "771"], 2.0),
    ("Arlington", "VA", "America/New_York", 38.880, -77.107, "5:222", ["703", "571"], 1.5),
    ("Richmond", "VA", "America/New_York", 37.541, -77.436, "5:232", ["804"], 0.7),
    ("Baltimore", "MD", "America/New_York", 39.290, -76.612, "5:212", ["410", "443", "667"], 1.0),
    ("Atlanta", "GA", "America/New_York", 33.749, -84.388, "5:303", ["404", "678", "470"], 3.0),
    ("Miami", "FL", "America/New_York", 25.762, -80.192, "5:331", ["305", "786"], 2.0),
    ("Tampa", "FL", "America/New_York", 27.951, -82.457, "5:336", ["813", "656"], 1.2),
    ("Orlando", "FL", "America/New_York", 28.538, -81.379, "5:328", ["407", "321", "689"], 1.2),
    ("Jacksonville", "FL", "America/New_York", 30.332, -81.656, "5:322", ["904"], 0.7),
    ("Charlotte", "NC", "America/New_York", 35.227, -80.843, "5:282", ["704", "980"], 1.5),
    ("Raleigh", "NC", "America/New_York", 35.780, -78.639, "5:276", ["919", "984"], 1.5),
    ("Durham", "NC", "America/New_York", 35.994, -78.899, "5:277", ["919", "984"], 0.6),
    ("Columbus", "OH", "America/New_York", 39.961, -82.999, "5:432", ["614", "380"], 1.2),
    ("Cleveland", "OH", "America/New_York", 41.499, -81.694, "5:441", ["216"], 0.7),
    ("Cincinnati", "OH", "America/New_York", 39.103, -84.512, "5:452", ["513"], 0.7),
    ("Detroit", "MI", "America/Detroit", 42.331, -83.046, "5:482", ["313"], 0.8),
    ("Ann Arbor", "MI", "America/Detroit", 42.281, -83.743, "5:481", ["734"], 0.5),
    ("Indianapolis", "IN", "America/Indiana/Indianapolis", 39.768, -86.158, "5:462", ["317", "463"], 0.8),
    ("Nashville", "TN", "America/Chicago", 36.163, -86.781, "5:372", ["615", "629"], 1.5),
    ("Chicago", "IL", "America/Chicago", 41.878, -87.630, "5:606", ["312", "773", "872"], 4.5),
    ("Minneapolis", "MN", "America/Chicago", 44.978, -93.265, "5:554", ["612"], 1.2),
    ("St. Paul", "MN", "America/Chicago", 44.954, -93.090, "5:551", ["651"], 0.5),
    ("Milwaukee", "WI", "America/Chicago", 43.039, -87.906, "5:532", ["414"], 0.6),
    ("Madison", "WI", "America/Chicago", 43.073, -89.401, "5:537", ["608"], 0.6),
    ("St. Louis", "MO", "America/Chicago", 38.627, -90.199, "5:631", ["314"], 0.8),
    ("Kansas City", "MO", "America/Chicago", 39.100, -94.579, "5:641", ["816"], 0.8),
    ("Dallas", "TX", "America/Chicago", 32.777, -96.797, "5:752", ["214", "469", "972"], 3.0),
    ("Plano", "TX", "America/Chicago", 33.020, -96.699, "5:750", ["972", "469"], 1.0),
    ("Houston", "TX", "America/Chicago", 29.760, -95.370, "5:770", ["713", "281", "832"], 2.5),
    ("Austin", "TX", "America/Chicago", 30.267, -97.743, "5:787", ["512", "737"], 3.0),
    ("San Antonio", "TX", "America/Chicago", 29.424, -98.494, "5:782", ["210", "726"], 1.0),
    ("New Orleans", "LA", "America/Chicago", 29.951, -90.072, "5:701", ["504"], 0.5),
    ("Oklahoma City", "OK", "America/Chicago", 35.468, -97.516, "5:731", ["405"], 0.5),
    ("Omaha", "NE", "America/Chicago", 41.257, -95.935, "5:681", ["402"], 0.4),
    ("Denver", "CO", "America/Denver", 39.739, -104.990, "5:802", ["303", "720"], 2.5),
    ("Boulder", "CO", "America/Denver", 40.015, -105.270, "5:803", ["303", "720"], 0.8),
    ("Salt Lake City", "UT", "America/Denver", 40.761, -111.891, "5:841", ["801", "385"], 1.2),
    ("Boise", "ID", "America/Boise", 43.615, -116.202, "5:837", ["208", "986"], 0.6),
    ("Albuquerque", "NM", "America/Denver", 35.084, -106.650, "5:871", ["505"], 0.5),
    ("Phoenix", "AZ", "America/Phoenix", 33.448, -112.074, "5:850", ["602", "480", "623"], 2.0),
    ("Scottsdale", "AZ", "America/Phoenix", 33.494, -111.926, "5:852", ["480"], 0.7),
    ("Tucson", "AZ", "America/Phoenix", 32.222, -110.975, "5:857", ["520"], 0.5),
    ("Las Vegas", "NV", "America/Los_Angeles", 36.170, -115.140, "5:891", ["702", "725"], 1.0),
    ("Los Angeles", "CA", "America/Los_Angeles", 34.052, -118.244, "5:900", ["213", "323", "310", "424"], 4.5),
    ("Irvine", "CA", "America/Los_Angeles", 33.684, -117.826, "5:926", ["949"], 1.0),
    ("San Diego", "CA", "America/Los_Angeles", 32.716, -117.161, "5:921", ["619", "858"], 2.0),
    ("San Francisco", "CA", "America/Los_Angeles", 37.775, -122.419, "5:941", ["415", "628"], 5.0),
    ("Oakland", "CA", "America/Los_Angeles", 37.804, -122.271, "5:946", ["510", "341"], 1.5),
    ("San Jose", "CA", "America/Los_Angeles", 37.339, -121.895, "5:951", ["408", "669"], 2.0),
    ("Sunnyvale", "CA", "America/Los_Angeles", 37.369, -122.036, "5:940", ["408", "650"], 1.0),
    ("Sacramento", "CA", "America/Los_Angeles", 38.582, -121.494, "5:958", ["916", "279"], 0.8),
    ("Portland", "OR", "America/Los_Angeles", 45.515, -122.679, "5:972", ["503", "971"], 1.5),
    ("Bend", "OR", "America/Los_Angeles", 44.058, -121.315, "5:977", ["541", "458"], 0.3),
    ("Seattle", "WA", "America/Los_Angeles", 47.606, -122.332, "5:981", ["206", "564"], 3.5),
    ("Bellevue", "WA", "America/Los_Angeles", 47.610, -122.201, "5:980", ["425"], 1.0),
    ("Spokane", "WA", "America/Los_Angeles", 47.659, -117.426, "5:992", ["509"], 0.4),
    ("Anchorage", "AK", "America/Anchorage", 61.218, -149.900, "5:995", ["907"], 0.2),
    ("Honolulu", "HI", "Pacific/Honolulu", 21.307, -157.858, "5:968", ["808"], 0.3),
    ("Burlington", "VT", "America/New_York", 44.476, -73.212, "5:054", ["802"], 0.2),
    ("Bozeman", "MT", "America/Denver", 45.677, -111.043, "5:597", ["406"], 0.2),
    ("Asheville", "NC", "America/New_York", 35.595, -82.551, "5:288", ["828"], 0.3),
    ("Louisville", "KY", "America/Kentucky/Louisville", 38.253, -85.759, "5:402", ["502"], 0.5),
    ("Birmingham", "AL", "America/Chicago", 33.519, -86.810, "5:352", ["205", "659"], 0.4),
    ("Des Moines", "IA", "America/Chicago", 41.587, -93.625, "5:503", ["515"], 0.3),
]
# rural/small-town places (Starlink and fixed wireless users)
US_RURAL = [
    ("Hood River", "OR", "America/Los_Angeles", 45.705, -121.521, "5:970", ["541"], 1),
    ("Sandpoint", "ID", "America/Los_Angeles", 48.277, -116.553, "5:838", ["208"], 1),
    ("Taos", "NM", "America/Denver", 36.407, -105.573, "5:875", ["575"], 1),
    ("Marquette", "MI", "America/Detroit", 46.544, -87.395, "5:498", ["906"], 1),
    ("Boone", "NC", "America/New_York", 36.217, -81.675, "5:286", ["828"], 1),
    ("Stowe", "VT", "America/New_York", 44.465, -72.685, "5:056", ["802"], 1),
    ("Driggs", "ID", "America/Denver", 43.723, -111.111, "5:834", ["208"], 1),
    ("Ely", "MN", "America/Chicago", 47.903, -91.867, "5:557", ["218"], 1),
    ("Marfa", "TX", "America/Chicago", 30.309, -104.021, "5:798", ["432"], 1),
    ("Port Townsend", "WA", "America/Los_Angeles", 48.117, -122.760, "5:983", ["360"], 1),
    ("Hendersonville", "NC", "America/New_York", 35.319, -82.461, "5:287", ["828"], 1),
    ("Sedona", "AZ", "America/Phoenix", 34.870, -111.761, "5:863", ["928"], 1),
]
# suburbs where facilitators live (ordinary US suburbs; honest people live there too)
US_SUBURBS = [
    ("Litchfield Park", "AZ", "America/Phoenix", 33.493, -112.358, "5:853", ["623"], 1),
    ("Murfreesboro", "TN", "America/Chicago", 35.846, -86.392, "5:371", ["615", "629"], 1),
    ("Frisco", "TX", "America/Chicago", 33.151, -96.824, "5:750", ["469", "972"], 1),
    ("Katy", "TX", "America/Chicago", 29.786, -95.824, "5:774", ["281", "832"], 1),
    ("Henderson", "NV", "America/Los_Angeles", 36.040, -114.982, "5:890", ["702", "725"], 1),
    ("Kissimmee", "FL", "America/New_York", 28.292, -81.408, "5:347", ["407", "321"], 1),
    ("Lawrenceville", "GA", "America/New_York", 33.956, -83.988, "5:300", ["470", "678"], 1),
    ("Edison", "NJ", "America/New_York", 40.519, -74.412, "5:088", ["732", "848"], 1),
    ("Silver Spring", "MD", "America/New_York", 38.991, -77.026, "5:209", ["301", "240"], 1),
    ("Aurora", "CO", "America/Denver", 39.729, -104.832, "5:800", ["303", "720"], 1),
    ("Renton", "WA", "America/Los_Angeles", 47.482, -122.217, "5:980", ["425"], 1),
    ("Schaumburg", "IL", "America/Chicago", 42.033, -88.083, "5:601", ["847", "224"], 1),
    ("Hillsboro", "OR", "America/Los_Angeles", 45.523, -122.990, "5:971", ["503", "971"], 1),
    ("Fontana", "CA", "America/Los_Angeles", 34.092, -117.435, "5:923", ["909"], 1),
    ("Garland", "TX", "America/Chicago", 32.913, -96.639, "5:750", ["972", "469"], 1),
    ("Brandon", "FL", "America/New_York", 27.938, -82.286, "5:335", ["813"], 1),
]

# Other countries: cc -> list of (city, region, tz, lat, lon, postcode pattern, weight)
INTL_CITIES = {
    "GB": [("London", "", "Europe/London", 51.507, -0.128, "GB:L", 6), ("Manchester", "", "Europe/London", 53.480, -2.242, "GB:M", 1.5),
           ("Bristol", "", "Europe/London", 51.454, -2.588, "GB:BS", 1), ("Edinburgh", "", "Europe/London", 55.953, -3.188, "GB:EH", 1),
           ("Leeds", "", "Europe/London", 53.800, -1.549, "GB:LS", 0.8), ("Birmingham", "", "Europe/London", 52.486, -1.890, "GB:B", 0.8),
           ("Cambridge", "", "Europe/London", 52.205, 0.122, "GB:CB", 0.5)],
    "CA": [("Toronto", "ON", "America/Toronto", 43.653, -79.383, "CA:M", 5), ("Vancouver", "BC", "America/Vancouver", 49.283, -123.121, "CA:V", 3),
           ("Montreal", "QC", "America/Toronto", 45.502, -73.567, "CA:H", 2), ("Calgary", "AB", "America/Edmonton", 51.045, -114.072, "CA:T", 1.2),
           ("Ottawa", "ON", "America/Toronto", 45.421, -75.697, "CA:K", 1), ("Waterloo", "ON", "America/Toronto", 43.464, -80.520, "CA:N", 0.6)],
    "DE": [("Berlin", "", "Europe/Berlin", 52.520, 13.405, "D5:10", 4), ("Munich", "", "Europe/Berlin", 48.135, 11.582, "D5:80", 2),
           ("Hamburg", "", "Europe/Berlin", 53.551, 9.994, "D5:20", 1.5), ("Cologne", "", "Europe/Berlin", 50.938, 6.960, "D5:50", 1),
           ("Frankfurt", "", "Europe/Berlin", 50.110, 8.682, "D5:60", 1)],
    "PL": [("Warsaw", "", "Europe/Warsaw", 52.230, 21.012, "PL:0", 4), ("Kraków", "", "Europe/Warsaw", 50.065, 19.945, "PL:3", 3),
           ("Wrocław", "", "Europe/Warsaw", 51.108, 17.039, "PL:5", 2), ("Gdańsk", "", "Europe/Warsaw", 54.352, 18.646, "PL:8", 1),
           ("Poznań", "", "Europe/Warsaw", 52.406, 16.925, "PL:6", 1)],
    "IN": [("Bengaluru", "KA", "Asia/Kolkata", 12.972, 77.594, "D6:560", 5), ("Hyderabad", "TS", "Asia/Kolkata", 17.385, 78.487, "D6:500", 3),
           ("Pune", "MH", "Asia/Kolkata", 18.520, 73.857, "D6:411", 2.5), ("Chennai", "TN", "Asia/Kolkata", 13.083, 80.271, "D6:600", 2),
           ("Gurugram", "HR", "Asia/Kolkata", 28.459, 77.027, "D6:122", 1.5), ("Noida", "UP", "Asia/Kolkata", 28.535, 77.391, "D6:201", 1.2),
           ("Mumbai", "MH", "Asia/Kolkata", 19.076, 72.878, "D6:400", 1.5)],
    "PH": [("Makati", "Metro Manila", "Asia/Manila", 14.555, 121.024, "D4:12", 3), ("Quezon City", "Metro Manila", "Asia/Manila", 14.676, 121.044, "D4:11", 3),
           ("Taguig", "Metro Manila", "Asia/Manila", 14.518, 121.051, "D4:16", 2), ("Cebu City", "Cebu", "Asia/Manila", 10.316, 123.885, "D4:60", 2),
           ("Davao City", "Davao del Sur", "Asia/Manila", 7.190, 125.455, "D4:80", 1), ("Pasig", "Metro Manila", "Asia/Manila", 14.576, 121.085, "D4:16", 1.5)],
    "MX": [("Mexico City", "CDMX", "America/Mexico_City", 19.433, -99.133, "D5:0", 3), ("Guadalajara", "JAL", "America/Mexico_City", 20.660, -103.350, "D5:44", 2),
           ("Monterrey", "NL", "America/Monterrey", 25.687, -100.316, "D5:64", 1.5)],
    "BR": [("São Paulo", "SP", "America/Sao_Paulo", -23.551, -46.633, "BR:0", 3), ("Florianópolis", "SC", "America/Sao_Paulo", -27.595, -48.548, "BR:88", 1),
           ("Belo Horizonte", "MG", "America/Sao_Paulo", -19.917, -43.935, "BR:30", 1)],
    "AR": [("Buenos Aires", "CABA", "America/Argentina/Buenos_Aires", -34.604, -58.382, "AR:C", 3), ("Córdoba", "CBA", "America/Argentina/Cordoba", -31.420, -64.189, "AR:X", 1)],
    "CO": [("Bogotá", "DC", "America/Bogota", 4.711, -74.072, "D6:110", 2), ("Medellín", "ANT", "America/Bogota", 6.244, -75.581, "D6:050", 2)],
    "PT": [("Lisbon", "", "Europe/Lisbon", 38.722, -9.139, "PT:1", 2), ("Porto", "", "Europe/Lisbon", 41.158, -8.629, "PT:4", 1)],
    "ES": [("Madrid", "", "Europe/Madrid", 40.417, -3.704, "D5:28", 2), ("Barcelona", "", "Europe/Madrid", 41.385, 2.173, "D5:08", 2), ("Valencia", "", "Europe/Madrid", 39.470, -0.376, "D5:46", 1)],
    "UA": [("Kyiv", "", "Europe/Kyiv", 50.450, 30.523, "D5:0", 2), ("Lviv", "", "Europe/Kyiv", 49.840, 24.030, "D5:79", 2), ("Kharkiv", "", "Europe/Kyiv", 49.994, 36.231, "D5:61", 1)],
    "RO": [("Bucharest", "", "Europe/Bucharest", 44.427, 26.103, "D6:0", 2), ("Cluj-Napoca", "", "Europe/Bucharest", 46.771, 23.624, "D6:400", 1)],
    "NG": [("Lagos", "LA", "Africa/Lagos", 6.524, 3.379, "D6:100", 2), ("Abuja", "FC", "Africa/Lagos", 9.076, 7.399, "D6:900", 1)],
    "KE": [("Nairobi", "", "Africa/Nairobi", -1.292, 36.822, "D5:00", 1)],
    "PK": [("Lahore", "Punjab", "Asia/Karachi", 31.520, 74.359, "D5:54", 2), ("Karachi", "Sindh", "Asia/Karachi", 24.861, 67.010, "D5:75", 1), ("Islamabad", "", "Asia/Karachi", 33.684, 73.048, "D5:44", 1)],
    "VN": [("Ho Chi Minh City", "", "Asia/Ho_Chi_Minh", 10.823, 106.630, "D6:700", 2), ("Hanoi", "", "Asia/Bangkok", 21.028, 105.834, "D6:100", 1.5), ("Da Nang", "", "Asia/Ho_Chi_Minh", 16.054, 108.202, "D6:550", 0.6)],
    "KR": [("Seoul", "", "Asia/Seoul", 37.566, 126.978, "D5:0", 3), ("Busan", "", "Asia/Seoul", 35.180, 129.076, "D5:4", 1), ("Incheon", "", "Asia/Seoul", 37.456, 126.705, "D5:2", 0.6)],
    "JP": [("Tokyo", "", "Asia/Tokyo", 35.676, 139.650, "JP:1", 3), ("Osaka", "", "Asia/Tokyo", 34.694, 135.502, "JP:5", 1)],
    "CN": [("Shanghai", "", "Asia/Shanghai", 31.230, 121.474, "D6:200", 2), ("Beijing", "", "Asia/Shanghai", 39.904, 116.407, "D6:100", 2),
           ("Shenzhen", "", "Asia/Shanghai", 22.543, 114.058, "D6:518", 1.5), ("Guangzhou", "", "Asia/Shanghai", 23.129, 113.264, "D6:510", 1),
           ("Shenyang", "", "Asia/Shanghai", 41.806, 123.432, "D6:110", 0.5), ("Harbin", "", "Asia/Shanghai", 45.803, 126.535, "D6:150", 0.3),
           ("Chengdu", "", "Asia/Shanghai", 30.573, 104.066, "D6:610", 0.7),
           ("Dandong", "", "Asia/Shanghai", 40.000, 124.354, "D6:118", 0.05), ("Yanji", "", "Asia/Shanghai", 42.891, 129.507, "D6:133", 0.05)],
    "TW": [("Taipei", "", "Asia/Taipei", 25.033, 121.565, "D3:1", 2)],
    "TH": [("Bangkok", "", "Asia/Bangkok", 13.756, 100.502, "D5:10", 2), ("Chiang Mai", "", "Asia/Bangkok", 18.788, 98.985, "D5:50", 1)],
    "ID": [("Denpasar", "Bali", "Asia/Makassar", -8.650, 115.217, "D5:80", 1), ("Jakarta", "", "Asia/Jakarta", -6.208, 106.846, "D5:10", 1)],
    "AE": [("Dubai", "", "Asia/Dubai", 25.205, 55.271, "", 1)],
    "NL": [("Amsterdam", "", "Europe/Amsterdam", 52.368, 4.904, "NL:10", 1)],
    "FR": [("Paris", "", "Europe/Paris", 48.857, 2.352, "D5:75", 1)],
    "IE": [("Dublin", "", "Europe/Dublin", 53.350, -6.260, "IE:D", 1)],
    "IT": [("Milan", "", "Europe/Rome", 45.464, 9.190, "D5:20", 1)],
    "RU": [("Vladivostok", "", "Asia/Vladivostok", 43.116, 131.882, "D6:690", 1), ("Moscow", "", "Europe/Moscow", 55.756, 37.617, "D6:1", 1)],
    "LA": [("Vientiane", "", "Asia/Vientiane", 17.975, 102.633, "D5:01", 1)],
    "KP": [("Pyongyang", "", "Asia/Pyongyang", 39.039, 125.763, "", 1)],
    "GE": [("Tbilisi", "", "Asia/Tbilisi", 41.716, 44.783, "D4:0", 1)],
    "EG": [("Cairo", "", "Africa/Cairo", 30.044, 31.236, "D5:1", 1)],
}

CURRENCY = {"US": "USD", "GB": "GBP", "CA": "CAD", "DE": "EUR", "PL": "PLN", "IN": "INR", "PH": "PHP", "MX": "MXN", "BR": "BRL",
            "AR": "USD", "CO": "COP", "PT": "EUR", "ES": "EUR", "UA": "USD", "RO": "RON", "NG": "USD", "KE": "KES", "PK": "PKR",
            "VN": "USD", "KR": "KRW", "JP": "JPY", "TW": "TWD", "TH": "THB", "ID": "IDR", "NL": "EUR", "FR": "EUR", "IE": "EUR",
            "IT": "EUR", "AE": "AED", "GE": "USD", "EG": "USD"}
# rough monthly gross pay in local currency for a remote tech-company employee (median; lognormal spread applied)
PAY_MONTH = {"USD": 9800, "GBP": 5600, "CAD": 9000, "EUR": 5800, "PLN": 17000, "INR": 210000, "PHP": 95000, "MXN": 70000,
             "BRL": 18000, "COP": 14000000, "RON": 16000, "KES": 380000, "PKR": 600000, "KRW": 7000000, "JPY": 750000,
             "TWD": 120000, "THB": 110000, "IDR": 45000000, "AED": 30000}

# ---------------------------------------------------------------------------------------------------------------
# Names by origin: (female first, male first, surnames)
NAMES = {
    "anglo": (
        "Emily Sarah Jessica Ashley Jennifer Amanda Megan Lauren Rachel Hannah Olivia Emma Abigail Madison Elizabeth Katherine Samantha "
        "Rebecca Laura Heather Nicole Stephanie Allison Caroline Claire Molly Kelsey Brittany Amy Anna Julia Grace Natalie Chloe Taylor "
        "Lindsay Kathryn Meredith Erin Courtney Danielle Kristen Alyssa Sydney Paige Mary Linda Susan Karen Lisa Michelle".split(),
        "James John Robert Michael William David Richard Joseph Thomas Christopher Daniel Matthew Anthony Mark Andrew Joshua Ryan Kevin "
        "Brian Jason Justin Eric Adam Tyler Nathan Zachary Brandon Jacob Ethan Kyle Benjamin Samuel Patrick Sean Aaron Scott Jeffrey "
        "Gregory Timothy Steven Jonathan Nicholas Alexander Cody Dylan Travis Derek Logan Connor Austin Caleb Luke".split(),
        "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson Thompson White Harris Clark "
        "Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker Nelson Carter Mitchell Roberts Turner Phillips "
        "Campbell Parker Evans Edwards Collins Stewart Morris Murphy Cook Rogers Morgan Peterson Cooper Reed Bailey Bell Kelly Howard "
        "Ward Cox Richardson Wood Watson Brooks Bennett Gray James Hughes Price Sanders Myers Long Ross Foster Powell Sullivan Russell "
        "Fisher Hayes Graham Wallace Cole West Jordan Hamilton Ellis Marshall Murray Ford Owens Harrison Gibson McDonald Kennedy "
        "Shaw Holmes Palmer Black Stone Hunt Meyer Schultz Olson Larson Hansen Johansson Becker Weber Wagner Klein".split()),
    "black": (
        "Aaliyah Jasmine Imani Ebony Keisha Latoya Tiana Destiny Brianna Jada Kiara Nia Tamika Shanice Monique Aisha Zora Kendra".split(),
        "DeShawn Marcus Jamal Darnell Terrence Andre Malik Tyrone Jerome Cedric Reginald Darius Isaiah Xavier Dante Lamar Trevon Jalen".split(),
        "Washington Jefferson Jackson Robinson Coleman Brooks Bryant Simmons Banks Freeman Gaines Mack Dawson Booker Hairston Pierre".split()),
    "hispanic": (
        "María Ana Sofía Isabella Camila Valentina Daniela Gabriela Alejandra Mariana Lucía Paola Fernanda Andrea Carolina Adriana "
        "Verónica Natalia Jimena Guadalupe Rosa Elena Claudia Lorena Patricia".split(),
        "José Luis Carlos Juan Miguel Jorge Alejandro Diego Javier Andrés Ricardo Fernando Eduardo Sergio Manuel Pablo Raúl Héctor "
        "Mateo Santiago Sebastián Emilio Gustavo Rodrigo Óscar Iván".split(),
        "García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres Flores Rivera Gómez Díaz Cruz Morales Reyes "
        "Gutiérrez Ortiz Chávez Ramos Ruiz Mendoza Vargas Castillo Jiménez Moreno Romero Herrera Medina Aguilar Vega Castro Delgado "
        "Rojas Navarro Salazar Guerrero Cortés Núñez".split()),
    "chinese": (
        "Wei Jing Li Xin Ying Yan Hui Mei Lin Xiaoling Yuting Jiayi Ruoxi Shu Fang Qian Hua Jia Lan Yue Tingting Amy Grace Jessica "
        "Emily Cindy Vivian Helen".split(),
        "Wei Jun Hao Lei Tao Jie Ming Yang Bo Chen Hao Jian Feng Peng Yong Zhiwei Haoran Yichen Zihan Kevin Jason Eric Andrew "
        "Michael David Jeffrey Tony".split(),
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Song Tang Deng Feng Han "
        "Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Shen Chan Wong Leung Lau Cheung Ng Chow".split()),
    "korean": (
        "Ji-yeon Min-ji Seo-yeon Soo-jin Hye-jin Eun-ji Ji-woo Ha-eun Yuna Jiwon Sora Minji Hana Grace Christine Esther Sarah "
        "Jenny Michelle Joanne Eunice Soyoung".split(),
        "Min-jun Ji-hoon Seo-jun Hyun-woo Dong-hyun Jae-won Sung-min Joon-ho Tae-yang Jinwoo Minho Daniel David Paul Samuel "
        "Joseph Andrew Brian Justin Kevin Sungho Youngjae".split(),
        "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong Jeon Ko Moon Yang Son Bae Baek "
        "Heo Nam".split()),
    "japanese": (
        "Yuki Haruka Aoi Sakura Yui Mio Rin Hina Akari Emi Naomi Kaori Ayaka Mai".split(),
        "Haruto Yuto Sota Ren Kaito Takumi Daiki Kenji Hiroshi Takeshi Shota Ryo Yusuke Kenta".split(),
        "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi Matsumoto "
        "Inoue Kimura Hayashi Shimizu Mori".split()),
    "vietnamese": (
        "Linh Trang Huong Thao Mai Ngoc Lan Anh Phuong Hanh Vy Quynh Thu Nhung".split(),
        "Minh Hung Tuan Duc Nam Huy Khoa Long Quang Phuc Thanh Bao Dat Khanh Vinh".split(),
        "Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong Dinh".split()),
    "filipino": (
        "Maria Kristine Jasmine Angelica Mary Grace Joy Princess Camille Nicole Patricia Janine Rhea Lovely Czarina Trisha".split(),
        "John Mark Christian Jerome Paolo Carlo Rafael Miguel Joshua Jericho Renz Kenneth Vincent Marvin Jomar Arvin".split(),
        "Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Tomas Andrada Castillo Flores Villanueva Ramos Castro Rivera "
        "Aquino Navarro Salazar Mercado Dela Cruz Gonzales Fernandez Lopez Dizon Manalo Pascual Soriano".split()),
    "indian": (
        "Priya Ananya Divya Pooja Sneha Kavya Aishwarya Neha Shreya Lakshmi Meera Deepika Swati Nisha Riya Aditi Sunita Anjali "
        "Harini Keerthana Bhavana Radhika Sowmya".split(),
        "Rahul Amit Arjun Vikram Rohan Aditya Karthik Sanjay Suresh Rajesh Anil Vivek Nikhil Pranav Siddharth Harish Venkat "
        "Srinivas Ravi Abhishek Manish Gaurav Akash Varun Naveen".split(),
        "Sharma Patel Singh Kumar Gupta Reddy Rao Iyer Nair Menon Shah Mehta Joshi Desai Agarwal Verma Chatterjee Banerjee Das "
        "Mukherjee Krishnan Subramanian Pillai Naidu Kulkarni Bhat Chopra Malhotra Kapoor Srinivasan Venkatesan Rajan Ghosh".split()),
    "russian": (
        "Anastasia Ekaterina Olga Natalia Irina Yulia Maria Daria Svetlana Elena Tatiana Oksana Kateryna Olena Iryna".split(),
        "Alexander Dmitry Sergei Andrei Alexei Ivan Mikhail Nikolai Pavel Maxim Artem Oleksandr Dmytro Andriy Yuriy Taras Bohdan".split(),
        "Ivanov Petrov Smirnov Kuznetsov Popov Sokolov Volkov Novikov Morozov Lebedev Kozlov Pavlov Shevchenko Kovalenko Bondarenko "
        "Tkachenko Kravchenko Melnyk Boyko Moroz Lysenko Petrenko".split()),
    "polish": (
        "Anna Katarzyna Magdalena Agnieszka Joanna Aleksandra Monika Karolina Natalia Zofia Marta Ewa Paulina Weronika".split(),
        "Piotr Krzysztof Tomasz Paweł Michał Marcin Jakub Kamil Łukasz Mateusz Bartosz Adam Wojciech Grzegorz Rafał".split(),
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski "
        "Mazur Krawczyk Piotrowski Grabowski Nowakowski Pawłowski Michalski".split()),
    "german": (
        "Julia Laura Anna Lena Sarah Lisa Katharina Johanna Sophie Hannah Marie Lea Miriam Franziska".split(),
        "Lukas Jonas Felix Maximilian Leon Paul Tobias Florian Jan Sebastian Moritz Niklas Tim Fabian Stefan".split(),
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Bauer Klein Wolf Schröder Neumann "
        "Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange".split()),
    "arabic": (
        "Fatima Aisha Mariam Layla Noor Sara Yasmin Huda Rania Dina Amira Salma Hana Leila".split(),
        "Mohammed Ahmed Omar Ali Hassan Youssef Khalid Ibrahim Karim Tariq Samir Bilal Hamza Faisal Zain Usman".split(),
        "Khan Ahmed Ali Hassan Hussein Rahman Abdullah Mahmoud Ibrahim Saleh Haddad Nasser Aziz Farouk Qureshi Siddiqui Malik "
        "Chaudhry Sheikh Mansour Khalil".split()),
    "persian": (
        "Shirin Maryam Nazanin Parisa Roya Sara Ladan Mina Niloufar".split(),
        "Reza Ali Amir Behnam Kian Arash Dariush Farhad Navid Omid".split(),
        "Hosseini Ahmadi Mohammadi Karimi Rezaei Moradi Jafari Rahimi Tehrani Sadeghi Shirazi Farahani".split()),
    "nigerian": (
        "Chioma Ngozi Amaka Funmilayo Adaeze Ifeoma Oluwaseun Temitope Yetunde Blessing Precious Chiamaka".split(),
        "Chinedu Emeka Oluwaseun Tunde Adebayo Obinna Ikechukwu Babatunde Olumide Femi Chukwuemeka Segun".split(),
        "Okafor Adeyemi Okonkwo Eze Nwosu Balogun Adebayo Okeke Ogunleye Oyelaran Afolabi Nnamdi Uchenna Obi".split()),
    "kenyan": (
        "Wanjiru Akinyi Njeri Achieng Wambui Mercy Faith".split(),
        "Kamau Otieno Mwangi Kipchoge Ochieng Kiprono Brian Dennis".split(),
        "Mwangi Otieno Kamau Wanjiku Ochieng Kariuki Njoroge Kiprop Omondi Mutua".split()),
    "brazilian": (
        "Ana Juliana Mariana Beatriz Larissa Camila Fernanda Gabriela Letícia Rafaela Bruna Carolina".split(),
        "João Pedro Lucas Gabriel Rafael Felipe Gustavo Bruno Thiago Matheus Rodrigo Leonardo Vinícius".split(),
        "Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro Martins Carvalho Almeida Araújo".split()),
    "portuguese": (
        "Inês Beatriz Mariana Joana Catarina Sofia Rita".split(),
        "João Tiago Miguel Rui Diogo Nuno Pedro André".split(),
        "Silva Santos Ferreira Pereira Costa Oliveira Martins Rodrigues Sousa Fernandes Gonçalves Marques".split()),
    "romanian": (
        "Ioana Andreea Elena Maria Alexandra Cristina Raluca Bianca".split(),
        "Andrei Alexandru Mihai Ionuț Ștefan Bogdan Radu Cristian Vlad".split(),
        "Popescu Ionescu Popa Dumitru Stan Stoica Gheorghe Matei Ciobanu Rusu Munteanu Constantin".split()),
    "french": (
        "Camille Léa Manon Chloé Émilie Sophie Julie Marie-Ève Geneviève Catherine".split(),
        "Louis Gabriel Antoine Mathieu Julien Nicolas Olivier Étienne Jean-François Philippe".split(),
        "Tremblay Gagnon Roy Côté Bouchard Gauthier Morin Lavoie Fortin Martin Bernard Dubois Lefebvre Girard".split()),
    "british": (
        "Olivia Amelia Isla Emily Sophie Charlotte Lucy Hannah Eleanor Grace Jessica Rebecca Harriet Georgia Imogen".split(),
        "Oliver Harry George Jack Charlie Thomas James William Henry Alfie Joshua Daniel Samuel Callum Rhys Jamie".split(),
        "Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White Roberts Green Hall "
        "Wood Jackson Clarke Hughes Edwards Lewis Harris Patel Khan Thomas Turner Hill Moore Cooper Ward Morris King Watson "
        "Harrison Morgan Baker Young Allen".split()),
    "turkish": (
        "Elif Zeynep Ayşe Fatma Emine Merve".split(),
        "Mehmet Mustafa Ahmet Emre Can Burak Murat".split(),
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk".split()),
    "pakistani": (
        "Ayesha Fatima Sana Hira Maryam Zainab Iqra".split(),
        "Muhammad Ali Usman Hamza Bilal Faisal Asad Ahmed Hassan".split(),
        "Khan Malik Chaudhry Butt Qureshi Sheikh Raza Iqbal Akhtar Hussain".split()),
    "thai": ("Ploy Nok Fah Mint".split(), "Somchai Anan Krit Nattapong".split(), "Srisai Wongsawat Chaiyaporn Thongchai".split()),
}

# origin mixture by country of residence (honest and claimed identities alike)
ORIGIN_MIX = {
    "US": [("anglo", 48), ("hispanic", 13), ("black", 6), ("chinese", 6.5), ("indian", 7.5), ("korean", 3.5), ("vietnamese", 2.5),
           ("filipino", 2.5), ("japanese", 1), ("russian", 2.5), ("arabic", 1.5), ("persian", 1), ("nigerian", 1), ("polish", 1),
           ("german", 0.5), ("french", 0.3), ("brazilian", 0.5), ("turkish", 0.3), ("pakistani", 1)],
    "CA": [("anglo", 45), ("french", 13), ("chinese", 10), ("indian", 10), ("korean", 3), ("filipino", 4), ("arabic", 3),
           ("hispanic", 2), ("vietnamese", 2), ("russian", 3), ("persian", 3), ("pakistani", 2)],
    "GB": [("british", 64), ("indian", 9), ("pakistani", 5), ("polish", 4), ("nigerian", 4), ("chinese", 3), ("arabic", 2),
           ("romanian", 2), ("portuguese", 1), ("turkish", 1), ("korean", 0.5), ("hispanic", 1.5)],
    "DE": [("german", 74), ("turkish", 8), ("polish", 5), ("russian", 4), ("arabic", 3), ("romanian", 2), ("indian", 2), ("chinese", 1), ("korean", 1)],
    "PL": [("polish", 93), ("russian", 6), ("indian", 1)],
    "IN": [("indian", 100)], "PH": [("filipino", 100)], "MX": [("hispanic", 100)], "CO": [("hispanic", 100)], "AR": [("hispanic", 100)],
    "ES": [("hispanic", 95), ("romanian", 5)], "BR": [("brazilian", 100)], "PT": [("portuguese", 90), ("brazilian", 10)],
    "UA": [("russian", 100)], "RO": [("romanian", 100)], "NG": [("nigerian", 100)], "KE": [("kenyan", 100)], "PK": [("pakistani", 100)],
    "VN": [("vietnamese", 100)], "KR": [("korean", 100)], "JP": [("japanese", 100)], "CN": [("chinese", 100)], "TW": [("chinese", 100)],
    "TH": [("thai", 100)], "ID": [("anglo", 100)], "AE": [("arabic", 60), ("indian", 30), ("anglo", 10)], "NL": [("german", 80), ("anglo", 20)],
    "FR": [("french", 90), ("arabic", 10)], "IE": [("british", 100)], "IT": [("hispanic", 100)], "GE": [("russian", 100)], "EG": [("arabic", 100)],
}
# an immigrant's country of origin by origin (heritage keyboard, visits home, messenger app)
HERITAGE = {
    "chinese": ("CN", ["zh-CN", "zh-CN", "zh-TW", "zh-Hans"], ["WeChat", "WeChat", "QQ", "DingTalk"]),
    "korean": ("KR", ["ko-KR", "ko-KR", "com.apple.inputmethod.Korean.2SetKorean"], ["KakaoTalk", "KakaoTalk", "LINE"]),
    "japanese": ("JP", ["ja-JP", "com.apple.inputmethod.Kotoeri.RomajiTyping.Japanese"], ["LINE"]),
    "vietnamese": ("VN", ["vi-VN", "com.apple.keylayout.Vietnamese"], ["Zalo", "Messenger"]),
    "filipino": ("PH", ["en-US", "fil-PH"], ["Messenger", "Viber"]),
    "indian": ("IN", ["hi-IN", "ta-IN", "te-IN", "en-IN"], ["WhatsApp"]),
    "russian": ("UA", ["ru-RU", "uk-UA", "com.apple.keylayout.Russian"], ["Telegram", "Viber"]),
    "arabic": ("EG", ["ar-SA", "ar-EG"], ["WhatsApp"]),
    "persian": ("AE", ["fa-IR"], ["Telegram", "WhatsApp"]),
    "hispanic": ("MX", ["es-MX", "es-US", "es-ES"], ["WhatsApp"]),
    "polish": ("PL", ["pl-PL"], ["WhatsApp", "Messenger"]),
    "german": ("DE", ["de-DE"], ["WhatsApp"]),
    "nigerian": ("NG", ["en-NG", "en-US"], ["WhatsApp"]),
    "brazilian": ("BR", ["pt-BR"], ["WhatsApp"]),
    "turkish": ("TR", ["tr-TR"], ["WhatsApp"]),
    "pakistani": ("PK", ["ur-PK", "en-US"], ["WhatsApp"]),
    "french": ("FR", ["fr-CA", "fr-FR"], ["WhatsApp"]),
}
KEYBOARD_HOME = {"US": "en-US", "CA": "en-CA", "GB": "en-GB", "DE": "de-DE", "PL": "pl-PL", "IN": "en-IN", "PH": "en-US", "MX": "es-MX",
                 "BR": "pt-BR", "AR": "es-AR", "CO": "es-CO", "PT": "pt-PT", "ES": "es-ES", "UA": "uk-UA", "RO": "ro-RO", "NG": "en-US",
                 "KE": "en-US", "PK": "en-US", "VN": "vi-VN", "KR": "ko-KR", "JP": "ja-JP", "CN": "zh-CN", "TW": "zh-TW", "TH": "th-TH",
                 "ID": "en-US", "AE": "en-US", "NL": "en-US", "FR": "fr-FR", "IE": "en-IE", "IT": "it-IT", "RU": "ru-RU", "GE": "en-US",
                 "EG": "ar-EG"}

# ---------------------------------------------------------------------------------------------------------------
# Networks. (owner, asn, [(a, b_lo, b_hi)], v6 prefix or None)
ISP = {
    "US": [("Comcast Cable Communications, LLC", 7922, [(73, 0, 255), (98, 192, 255), (67, 160, 191), (24, 0, 63)], "2601", 26),
           ("Charter Communications Inc", 20115, [(71, 80, 95), (76, 80, 95), (97, 88, 95), (47, 132, 159)], "2603", 20),
           ("AT&T Services, Inc.", 7018, [(99, 0, 191), (108, 192, 255), (104, 0, 63)], "2600:1700", 15),
           ("Verizon Business", 701, [(96, 224, 255), (108, 0, 63), (71, 160, 191)], "2600:4040", 10),
           ("Cox Communications Inc.", 22773, [(68, 0, 15), (70, 160, 191)], "2600:8800", 6),
           ("Frontier Communications of America, Inc.", 5650, [(47, 144, 159), (50, 32, 47)], "2600:6c40", 4),
           ("CenturyLink Communications, LLC", 209, [(71, 208, 223), (174, 16, 31)], "2602:4c", 4),
           ("Google Fiber Inc.", 16591, [(136, 32, 63)], "2605:a601", 2),
           ("Optimum", 6128, [(24, 184, 191), (69, 112, 127)], "2604:2d80", 4),
           ("Astound Broadband", 6079, [(209, 6, 6), (146, 115, 115)], None, 2),
           ("Sonic Telecom LLC", 46375, [(75, 101, 101), (23, 93, 93)], "2001:5a8", 1),
           ("Ziply Fiber", 20055, [(50, 46, 47)], None, 1),
           ("Mediacom Communications Corp", 30036, [(173, 16, 31)], None, 1),
           ("WideOpenWest Finance LLC", 12083, [(69, 14, 14), (24, 192, 199)], None, 1)],
    "GB": [("British Telecommunications PLC", 2856, [(81, 128, 159), (86, 128, 191)], "2a00:23c", 4),
           ("Virgin Media Limited", 5089, [(82, 0, 47), (86, 0, 31)], "2a02:c7c", 3),
           ("Sky UK Limited", 5607, [(90, 192, 223), (2, 24, 31)], "2a02:c78", 3),
           ("TalkTalk Communications Limited", 13285, [(92, 24, 31), (89, 240, 243)], None, 1),
           ("Hyperoptic Ltd", 56478, [(5, 181, 181)], None, 1)],
    "CA": [("Rogers Communications Canada Inc.", 812, [(99, 224, 255), (174, 112, 119)], "2607:fea8", 3),
           ("Bell Canada", 577, [(70, 24, 55), (142, 112, 127)], "2607:fa49", 3),
           ("TELUS Communications Inc.", 852, [(154, 5, 20), (50, 64, 71)], "2001:569", 2),
           ("Videotron Ltee", 5769, [(24, 200, 203), (66, 130, 131)], None, 1),
           ("Shaw Communications Inc.", 6327, [(24, 64, 87), (68, 144, 151)], "2604:3d08", 2)],
    "DE": [("Deutsche Telekom AG", 3320, [(79, 192, 255), (87, 128, 191), (91, 32, 63)], "2003", 4),
           ("Vodafone GmbH", 3209, [(88, 64, 79), (94, 134, 135)], "2a02:8108", 3),
           ("Telefonica Germany GmbH & Co.OHG", 6805, [(85, 176, 183), (77, 0, 15)], None, 2),
           ("1&1 Versatel Deutschland GmbH", 8881, [(62, 225, 226)], None, 1)],
    "PL": [("Orange Polska Spolka Akcyjna", 5617, [(83, 0, 31), (89, 64, 79)], None, 3),
           ("UPC Polska Sp. z o.o.", 6830, [(89, 78, 79), (31, 60, 61)], None, 2),
           ("Netia SA", 12741, [(83, 238, 239), (89, 174, 175)], None, 1),
           ("T-Mobile Polska S.A.", 12912, [(37, 47, 47), (46, 134, 135)], None, 1)],
    "IN": [("Reliance Jio Infocomm Limited", 55836, [(49, 32, 47), (157, 32, 51)], "2405:201", 4),
           ("Bharti Airtel Ltd.", 24560, [(122, 160, 191), (182, 64, 79)], "2401:4900", 3),
           ("Atria Convergence Technologies Ltd.", 24309, [(49, 204, 207), (106, 51, 51)], None, 2),
           ("BSNL", 9829, [(117, 192, 255), (61, 0, 3)], None, 1)],
    "PH": [("PLDT Inc.", 9299, [(112, 198, 211), (120, 28, 29)], None, 3),
           ("Globe Telecom Inc.", 4775, [(112, 200, 207), (124, 104, 107)], None, 2),
           ("Converge ICT Solutions Inc.", 17639, [(180, 190, 195), (136, 158, 158)], None, 3),
           ("Sky Cable Corporation", 23944, [(49, 144, 151)], None, 1)],
    "MX": [("Telmex", 8151, [(189, 128, 255), (187, 128, 191)], None, 3), ("Total Play Telecomunicaciones", 17072, [(189, 203, 203), (201, 159, 159)], None, 1),
           ("Megacable Comunicaciones de Mexico", 13999, [(201, 163, 163)], None, 1)],
    "BR": [("Telefonica Brasil S.A.", 18881, [(177, 0, 63)], None, 2), ("Claro NXT Telecomunicacoes Ltda", 28573, [(179, 0, 63)], None, 2)],
    "AR": [("Telecom Argentina S.A.", 7303, [(181, 0, 31)], None, 2), ("Telefonica de Argentina", 22927, [(190, 0, 15)], None, 1)],
    "CO": [("Comcel S.A.", 10620, [(181, 48, 63)], None, 2), ("Colombia Telecomunicaciones S.A.", 3816, [(190, 84, 87)], None, 1)],
    "PT": [("MEO - Servicos de Comunicacoes e Multimedia S.A.", 3243, [(85, 240, 255)], None, 2), ("NOS Comunicacoes, S.A.", 2860, [(188, 80, 83)], None, 1)],
    "ES": [("Telefonica de Espana S.A.U.", 3352, [(83, 32, 63)], None, 2), ("Vodafone Spain", 12430, [(88, 8, 15)], None, 1)],
    "UA": [("Kyivstar PJSC", 15895, [(176, 36, 39)], None, 2), ("Ukrtelecom", 6849, [(92, 112, 115)], None, 1), ("Volia", 25229, [(93, 72, 79)], None, 1)],
    "RO": [("RCS & RDS SA", 8708, [(86, 120, 127), (5, 12, 15)], None, 2), ("Orange Romania", 9050, [(79, 112, 119)], None, 1)],
    "NG": [("MTN NIGERIA Communication limited", 29465, [(102, 88, 95)], None, 2), ("Airtel Networks Limited", 36873, [(105, 112, 127)], None, 1)],
    "KE": [("Safaricom Limited", 33771, [(105, 160, 175)], None, 2)],
    "PK": [("Pakistan Telecommuication company limited", 17557, [(39, 32, 63)], None, 2), ("Nayatel (Pvt) Ltd", 23674, [(58, 65, 65)], None, 1)],
    "VN": [("Viettel Group", 7552, [(27, 64, 79)], None, 2), ("VNPT Corp", 45899, [(113, 160, 191)], None, 2), ("FPT Telecom Company", 18403, [(42, 112, 119)], None, 1)],
    "KR": [("Korea Telecom", 4766, [(121, 128, 191), (211, 32, 63)], None, 3), ("SK Broadband Co Ltd", 9318, [(1, 224, 255)], None, 2),
           ("LG POWERCOMM", 17858, [(106, 240, 255)], None, 2)],
    "JP": [("NTT Communications Corporation", 4713, [(153, 128, 255)], None, 2), ("KDDI CORPORATION", 2516, [(106, 128, 191)], None, 1),
           ("SoftBank Corp.", 17676, [(126, 0, 255)], None, 1)],
    "CN": [("China Unicom Liaoning", 4837, [(175, 160, 175), (221, 200, 207), (60, 16, 23)], None, 3),
           ("CHINANET-BACKBONE", 4134, [(116, 0, 31), (183, 0, 63)], None, 3),
           ("China Mobile Communications Group Co., Ltd.", 9808, [(111, 0, 63)], None, 2)],
    "TW": [("Chunghwa Telecom Co., Ltd.", 3462, [(36, 224, 239), (114, 32, 47)], None, 2)],
    "TH": [("TRUE INTERNET Co.,Ltd.", 7470, [(171, 96, 103)], None, 1), ("Advanced Wireless Network Company Limited", 131445, [(49, 228, 231)], None, 1)],
    "ID": [("PT Telekomunikasi Indonesia", 7713, [(36, 64, 95)], None, 1)],
    "AE": [("Emirates Telecommunications Group Company (ETISALAT GROUP) PJSC", 5384, [(94, 200, 207)], None, 1)],
    "NL": [("KPN B.V.", 1136, [(77, 160, 175)], None, 1)],
    "FR": [("Orange S.A.", 3215, [(90, 0, 127)], None, 1)],
    "IE": [("Eircom Limited", 5466, [(86, 40, 47)], None, 1)],
    "IT": [("Telecom Italia S.p.A.", 3269, [(79, 0, 63)], None, 1)],
    "RU": [("Rostelecom", 12389, [(95, 24, 31), (178, 64, 79)], None, 2), ("Vladlink Ltd.", 41252, [(95, 188, 188)], None, 1)],
    "LA": [("Lao Telecom Communication, LTC", 9873, [(115, 84, 87)], None, 1), ("Unitel (Star Telecom Co., Ltd)", 45575, [(183, 182, 182)], None, 1)],
    "KP": [("Star Joint Venture Co. Ltd.", 131279, [(175, 45, 45)], None, 1)],
    "GE": [("Magticom Ltd.", 16010, [(188, 169, 169)], None, 1)],
    "EG": [("TE Data", 8452, [(41, 32, 47)], None, 1)],
    "TR": [("Turk Telekomunikasyon Anonim Sirketi", 9121, [(88, 224, 255)], None, 1)],
}
# Mobile carriers (carrier-grade NAT: a city's subscribers share a pool of public addresses)
MOBILE = {
    "US": [("T-Mobile USA, Inc.", 21928, [(172, 32, 63)], "2607:fb90", 40), ("Verizon Wireless", 22394, [(174, 192, 255)], "2600:1000", 35),
           ("AT&T Mobility LLC", 20057, [(107, 64, 127), (166, 128, 191)], "2600:380", 25)],
    "GB": [("EE Limited", 12576, [(31, 94, 95)], None, 2), ("Vodafone Limited", 25135, [(85, 255, 255)], None, 1), ("Telefonica UK", 35228, [(82, 132, 132)], None, 1)],
    "CA": [("Rogers Wireless", 812, [(72, 136, 143)], None, 1), ("Bell Mobility", 36522, [(184, 151, 151)], None, 1), ("TELUS Mobility", 852, [(174, 0, 7)], None, 1)],
    "DE": [("Telefonica Germany", 6805, [(176, 0, 7)], None, 1), ("Deutsche Telekom Mobile", 3320, [(80, 187, 187)], None, 1)],
    "PL": [("Play (P4 Sp. z o.o.)", 39603, [(31, 0, 7)], None, 1), ("Orange Polska Mobile", 5617, [(37, 248, 251)], None, 1)],
    "IN": [("Reliance Jio Infocomm Limited", 55836, [(157, 48, 51)], "2409:40", 2), ("Bharti Airtel Ltd. AS for GPRS Service", 45609, [(106, 192, 223)], None, 1)],
    "PH": [("Globe Telecom (Mobile)", 132199, [(175, 176, 179)], None, 1), ("Smart Communications Inc", 10139, [(110, 54, 55)], None, 1)],
}
HOME_WIRELESS = [("T-Mobile USA, Inc.", 21928, [(172, 58, 59)], "2607:fb91", "tmobile_home")]
STARLINK = ("SpaceX Services, Inc.", 14593, [(98, 97, 97), (129, 222, 222), (143, 105, 105)], "2605:59c8")

# hosting / VPN exits: provider -> (list of (owner, asn, ranges)), proxy-flag probability, exit countries weights
HOSTING = {
    "DigitalOcean": ("DigitalOcean, LLC", 14061, [(159, 203, 203), (167, 99, 99), (134, 209, 209)]),
    "Vultr": ("The Constant Company, LLC", 20473, [(45, 76, 77), (149, 28, 28), (207, 148, 148)]),
    "Linode": ("Akamai Connected Cloud", 63949, [(172, 104, 105), (45, 79, 79)]),
    "OVH": ("OVH SAS", 16276, [(51, 75, 75), (147, 135, 135)]),
    "Hetzner": ("Hetzner Online GmbH", 24940, [(88, 99, 99), (5, 161, 161)]),
    "AWS": ("Amazon.com, Inc.", 16509, [(3, 80, 95), (44, 192, 207), (52, 0, 31), (54, 144, 175)]),
    "GCP": ("Google LLC", 396982, [(34, 64, 127), (35, 184, 191)]),
    "Azure": ("Microsoft Corporation", 8075, [(20, 0, 63), (40, 64, 79), (52, 224, 239)]),
    "M247": ("M247 Europe SRL", 9009, [(89, 187, 187), (185, 156, 156), (37, 120, 120)]),
    "Datacamp": ("Datacamp Limited", 60068, [(156, 146, 146), (185, 65, 65)]),
    "Leaseweb": ("Leaseweb USA, Inc.", 30633, [(23, 105, 105), (108, 62, 62)]),
    "QuadraNet": ("QuadraNet Enterprises LLC", 8100, [(104, 129, 129), (192, 161, 161)]),
    "Psychz": ("Psychz Networks", 40676, [(104, 149, 149), (23, 239, 239)]),
    "Proton": ("Proton AG", 62371, [(185, 159, 159), (149, 102, 102)]),
    "Mullvad": ("31173 Services AB", 39351, [(193, 138, 138), (185, 213, 213)]),
    "Packethub": ("Packethub S.A.", 207137, [(185, 246, 246), (146, 70, 70)]),
    "Cloudflare": ("Cloudflare, Inc.", 13335, [(104, 28, 31), (172, 64, 71)]),
    "Akamai": ("Akamai Technologies, Inc.", 36183, [(172, 224, 227)]),
    "Fastly": ("Fastly, Inc.", 54113, [(146, 75, 75)]),
    "Zscaler": ("ZSCALER, INC.", 53813, [(165, 225, 225), (136, 226, 226)]),
    "Netskope": ("NETSKOPE", 55256, [(163, 116, 116)]),
    "Tzulo": ("Tzulo, Inc.", 11878, [(69, 16, 16)]),
    "HostRoyale": ("HostRoyale Technologies Pvt Ltd", 203020, [(185, 225, 225)]),
}
# consumer VPNs: name -> (hosting providers, proxy-flag p, process names (mac, win))
VPNS = {
    "NordVPN": (["Packethub", "M247", "Datacamp"], 0.75, ("NordVPN", "nordvpn-service.exe")),
    "ExpressVPN": (["M247", "Datacamp", "Leaseweb"], 0.7, ("ExpressVPN", "expressvpnd.exe")),
    "ProtonVPN": (["Proton", "M247"], 0.7, ("ProtonVPN", "ProtonVPNService.exe")),
    "Mullvad": (["Mullvad", "M247"], 0.8, ("Mullvad VPN", "mullvad-daemon.exe")),
    "Surfshark": (["Datacamp", "M247"], 0.7, ("Surfshark", "Surfshark.Service.exe")),
    "PIA": (["Tzulo", "Datacamp", "Leaseweb"], 0.6, ("Private Internet Access", "pia-service.exe")),
    "Astrill": (["QuadraNet", "Psychz", "Leaseweb", "M247", "HostRoyale"], 0.45, ("Astrill", "astrill.exe")),
}
# corporate egress (clients): SSE/SASE vendors and VPN concentrators
SSE = {
    "Zscaler": ("Zscaler", ("Zscaler", "ZSATunnel.exe")),
    "Netskope": ("Netskope", ("Netskope Client", "stAgentSvc.exe")),
    "Cloudflare WARP": ("Cloudflare", ("Cloudflare WARP", "warp-svc.exe")),
    "Prisma Access": ("GCP", ("GlobalProtect", "PanGPA.exe")),
}
CORP_VPN_CLIENTS = [("Cisco Secure Client", "vpnagent.exe"), ("GlobalProtect", "PanGPA.exe"), ("FortiClient", "FortiClient.exe"),
                    ("OpenVPN Connect", "openvpnserv.exe")]

UNIVERSITIES = [
    ("University of Texas at Austin", 18, "Austin", "utexas.edu"), ("University of California at Berkeley", 25, "Oakland", "berkeley.edu"),
    ("University of Michigan", 36375, "Ann Arbor", "umich.edu"), ("Georgia Institute of Technology", 2637, "Atlanta", "gatech.edu"),
    ("Massachusetts Institute of Technology", 3, "Cambridge", "mit.edu"), ("University of Washington", 73, "Seattle", "uw.edu"),
    ("Arizona State University", 2900, "Phoenix", "asu.edu"), ("University of Illinois", 38, "Chicago", "illinois.edu"),
    ("Carnegie Mellon University", 9, "Pittsburgh", "cmu.edu"), ("North Carolina State University", 11442, "Raleigh", "ncsu.edu"),
    ("University of Wisconsin Madison", 59, "Madison", "wisc.edu"), ("University of Colorado", 104, "Boulder", "colorado.edu"),
]
UNI_RANGES = [(128, 62, 62), (129, 22, 22), (141, 211, 213), (130, 207, 207), (128, 31, 31), (128, 95, 95), (129, 219, 219),
              (130, 126, 126), (128, 2, 2), (152, 7, 7), (128, 104, 105), (128, 138, 138)]

# ---------------------------------------------------------------------------------------------------------------
# Devices
LAPTOPS = [
    # (maker, model shown, hardware model id, os, weight, serial style)
    ("Apple", "MacBook Pro 14-inch (M3 Pro, 2023)", "Mac15,6", "mac", 20, "apple"),
    ("Apple", "MacBook Pro 14-inch (M1 Pro, 2021)", "MacBookPro18,3", "mac", 12, "apple"),
    ("Apple", "MacBook Pro 16-inch (M2 Max, 2023)", "Mac14,6", "mac", 5, "apple"),
    ("Apple", "MacBook Air 13-inch (M2, 2022)", "Mac14,2", "mac", 10, "apple"),
    ("Apple", "MacBook Air 13-inch (M3, 2024)", "Mac15,12", "mac", 8, "apple"),
    ("Apple", "MacBook Pro 14-inch (M4 Pro, 2024)", "Mac16,8", "mac", 6, "apple"),
    ("Dell", "Latitude 5440", "Latitude 5440", "win", 8, "dell"),
    ("Dell", "Latitude 7440", "Latitude 7440", "win", 6, "dell"),
    ("Dell", "XPS 15 9530", "XPS 15 9530", "win", 3, "dell"),
    ("Lenovo", "ThinkPad T14 Gen 4", "21HD0040US", "win", 7, "lenovo"),
    ("Lenovo", "ThinkPad X1 Carbon Gen 11", "21HM0061US", "win", 5, "lenovo"),
    ("Lenovo", "ThinkPad P1 Gen 6", "21FV000AUS", "linux", 2, "lenovo"),
    ("HP", "EliteBook 840 G10", "HP EliteBook 840 14 inch G10 Notebook PC", "win", 5, "hp"),
    ("Dell", "XPS 13 Plus 9320 (Ubuntu)", "XPS 13 9320", "linux", 2, "dell"),
    ("Framework", "Framework Laptop 13", "Laptop (13th Gen Intel Core)", "linux", 1, "framework"),
]
# USB devices: (vendor_id, product_id, product string)
USB_DESK = {
    "logi_receiver": ("046d", "c52b", "USB Receiver"),
    "logi_bolt": ("046d", "c548", "USB Receiver"),
    "logi_c920": ("046d", "082d", "HD Pro Webcam C920"),
    "logi_brio": ("046d", "085e", "Logitech BRIO"),
    "logi_mouse": ("046d", "c077", "USB Optical Mouse"),
    "logi_kb": ("046d", "c31c", "USB Keyboard"),
    "apple_kb": ("05ac", "029c", "Magic Keyboard"),
    "apple_tp": ("05ac", "0265", "Magic Trackpad"),
    "dell_kb": ("413c", "2113", "Dell KB216 Wired Keyboard"),
    "dell_mouse": ("413c", "301a", "Dell MS116 USB Optical Mouse"),
    "jabra": ("0b0e", "245e", "Jabra Link 380"),
    "poly": ("047f", "c056", "Plantronics Blackwire 3220 Series"),
    "yeti": ("b58e", "9e84", "Yeti Stereo Microphone"),
    "yubikey": ("1050", "0407", "YubiKey OTP+FIDO+CCID"),
    "sandisk": ("0781", "5581", "Ultra"),
    "samsung_ssd": ("04e8", "61f5", "Portable SSD T5"),
    "keychron": ("3434", "0281", "Keychron K2"),
    "razer": ("1532", "0084", "Razer DeathAdder V2"),
    "elgato_camlink": ("0fd9", "0066", "Cam Link 4K"),
    "elgato_sd": ("0fd9", "0080", "Stream Deck MK.2"),
    "iphone": ("05ac", "12a8", "iPhone"),
    "pixel": ("18d1", "4ee1", "Pixel 8"),
    "wacom": ("056a", "0374", "Intuos S"),
    "ledger": ("2c97", "1011", "Nano S Plus"),
}
USB_DOCK = {
    "dell_wd19": [("413c", "b06e", "Dell dock"), ("413c", "b06f", "Dell dock"), ("0bda", "8153", "USB 10/100/1000 LAN")],
    "tb4_caldigit": [("2188", "0750", "CalDigit TS4"), ("2188", "0754", "USB Audio"), ("0bda", "8156", "USB 10/100/1G/2.5G LAN")],
    "anker_hub": [("291a", "8352", "Anker USB-C Hub"), ("0bda", "8153", "USB 10/100/1000 LAN"), ("05e3", "0610", "USB2.0 Hub")],
    "lenovo_dock": [("17ef", "a396", "ThinkPad USB-C Dock Gen2"), ("17ef", "a387", "USB-C Dock Ethernet")],
    "belkin_dock": [("050d", "0314", "Belkin USB-C Multimedia Hub"), ("2109", "2817", "USB2.0 Hub")],
    "plugable": [("2109", "0817", "USB3.0 Hub"), ("17e9", "6006", "Plugable UD-6950")],
    "ugreen_hub": [("05e3", "0626", "USB3.1 Hub"), ("0bda", "5411", "USB2.1 Hub")],
    "apple_display": [("05ac", "1114", "Studio Display"), ("05ac", "1116", "Studio Display Camera")],
}
USB_DESK_KVM = [  # honest desk KVM switches (two computers, one set of peripherals)
    [("2b89", "8761", "TESmart KVM Switch"), ("1a40", "0101", "USB 2.0 Hub [MTT]")],
    [("0557", "2419", "ATEN CS1924 KVM"), ("0557", "7000", "Hub")],
    [("1a40", "0101", "USB 2.0 Hub [MTT]"), ("2101", "8500", "UGREEN USB Switch")],
    [("2109", "0813", "Level1Techs KVM Hub"), ("1a40", "0201", "USB 2.0 Hub")],
    [("05e3", "0610", "USB2.0 Hub"), ("1bcf", "2283", "CKL KVM Switch")],
]
USB_IPKVM = {  # IP-KVMs: the work machine sees a USB composite gadget and the KVM's EDID
    "pikvm": (("1d6b", "0104", "PiKVM Composite Device"), "PiKVM V3"),
    "pikvm_v4": (("1d6b", "0104", "PiKVM Composite Device"), "PiKVM V4"),
    "tinypilot": (("1d6b", "0104", "TinyPilot"), "TinyPilot"),
    "jetkvm": (("1d6b", "0104", "JetKVM USB Emulation Device"), "JetKVM"),
    "gadget": (("1d6b", "0104", "Multifunction Composite Gadget"), "MS2109"),
    "nanokvm": (("3346", "1009", "NanoKVM"), "NanoKVM"),
    "glinet": (("1d6b", "0104", "GL.iNet Comet KVM"), "GL-RM1"),
}
USB_LINUX_ROOT = [("1d6b", "0002", "2.0 root hub"), ("1d6b", "0003", "3.0 root hub")]
USB_PI_GADGET = ("1d6b", "0104", "Multifunction Composite Gadget")   # an embedded developer's Raspberry Pi gadget

DISPLAYS = ["DELL U2723QE", "DELL U2720Q", "DELL P2422H", "DELL S2721QS", "LG HDR 4K", "LG ULTRAFINE", "LG ULTRAGEAR",
            "LG HDR WQHD", "LEN T27h-30", "LEN P27h-20", "HP E24 G5", "HP Z27k G3", "ASUS VG27A", "ASUS PA278QV", "BenQ GW2780",
            "BenQ PD2700U", "Acer KG271", "PHL 243V7", "SAMSUNG", "Odyssey G7", "S27R65x", "VX2476-SMH", "Studio Display",
            "Pro Display XDR", "C34H89x", "DELL U3423WE"]
BUILTIN_DISPLAY = {"mac": "Built-in Retina Display", "win": "Built-in Display", "linux": "eDP-1"}

PROCS_BASE = {
    "mac": ["Google Chrome", "Slack", "zoom.us", "Microsoft Teams", "1Password", "Finder", "Spotify", "Notion", "Safari", "Arc",
            "Microsoft Outlook", "Figma", "Docker Desktop", "Code", "iTerm2", "Cursor", "Linear", "Dropbox", "Raycast", "Postman"],
    "win": ["chrome.exe", "msedge.exe", "ms-teams.exe", "slack.exe", "Zoom.exe", "OUTLOOK.EXE", "OneDrive.exe", "Code.exe",
            "explorer.exe", "1Password.exe", "Spotify.exe", "Notion.exe", "EXCEL.EXE", "WINWORD.EXE", "Docker Desktop.exe"],
    "linux": ["chrome", "slack", "code", "zoom", "firefox", "docker", "gnome-terminal-server", "1password", "spotify"],
}
PROCS_DEV = {"mac": ["Code", "iTerm2", "Docker Desktop", "Postman", "Cursor", "DataGrip", "IntelliJ IDEA"],
             "win": ["Code.exe", "WindowsTerminal.exe", "Docker Desktop.exe", "idea64.exe", "Postman.exe"],
             "linux": ["code", "docker", "kitty", "idea"]}
PROCS_MDM = {"mac": ["osqueryd", "Fleetdesk Agent", "jamf"], "win": ["osqueryd.exe", "FleetdeskAgent.exe", "MsMpEng.exe"],
             "linux": ["osqueryd", "fleetdesk-agent"]}
EDR = {"mac": ["falcond", "SentinelAgent", "com.crowdstrike.falcon.Agent"], "win": ["CSFalconService.exe", "SentinelAgent.exe", "MsSense.exe"],
       "linux": ["falcon-sensor", "sentinelone-agent"]}
REMOTE_TOOLS = {  # name -> (mac process, win process, linux process, listening port or None)
    "AnyDesk": ("AnyDesk", "AnyDesk.exe", "anydesk", "7070/tcp"),
    "TeamViewer": ("TeamViewer", "TeamViewer_Service.exe", "teamviewerd", "5938/tcp"),
    "RustDesk": ("RustDesk", "rustdesk.exe", "rustdesk", "21118/tcp"),
    "Chrome Remote Desktop": ("remoting_me2me_host", "remoting_host.exe", "chrome-remote-desktop-host", None),
    "ScreenConnect": ("ScreenConnect Client", "ScreenConnect.ClientService.exe", "screenconnect", None),
    "Splashtop": ("Splashtop Streamer", "SRService.exe", "SRStreamer", None),
    "Parsec": ("parsecd", "parsecd.exe", "parsecd", None),
    "RealVNC": ("vncagent", "vncserver.exe", "vncserver-x11", "5900/tcp"),
    "Zoho Assist": ("ZohoAssist", "ZA_Connect.exe", "zohoassist", None),
    "Jump Desktop": ("Jump Desktop Connect", "JumpConnect.exe", "jumpconnect", None),
}
DEV_PORTS = ["3000/tcp", "5432/tcp", "8080/tcp", "5173/tcp", "6379/tcp", "8000/tcp", "9229/tcp", "4200/tcp", "27017/tcp"]
OS_PORTS = {"mac": ["5000/tcp", "7000/tcp", "49152/tcp"], "win": ["135/tcp", "445/tcp", "5040/tcp", "49664/tcp"], "linux": ["631/tcp", "5353/udp"]}

ROUTER_OUI = ["a0:40:a0", "50:c7:bf", "f8:bb:bf", "fc:ec:da", "24:5a:4c", "e0:63:da", "10:13:31", "44:a5:6e", "3c:37:86",
              "b0:be:76", "c0:56:27", "94:83:c4", "20:e5:2a", "cc:40:d0", "88:71:b1", "d8:0d:17", "74:ac:b9", "80:da:13",
              "5c:a6:e6", "f4:92:bf", "18:e8:29", "c4:ad:34", "60:38:e0", "84:d8:1b"]
SSID_HOME = ["NETGEAR{n2}", "NETGEAR{n2}-5G", "TP-Link_{h4}", "TP-Link_{h4}_5G", "eero", "Google Wifi", "ATT{a6}", "ATT{a6}-5G",
             "MySpectrumWiFi{h2}-5G", "SpectrumSetup-{h2}", "Verizon_{A6}", "Fios-{A5}", "XFINITY-{h4}", "Xfinity-{h4}-5G",
             "CenturyLink{n4}", "Linksys{n5}", "ASUS_{h2}_5G", "orbi{n2}", "{last}Net", "{last} WiFi", "The {last}s",
             "{last}-5G", "Casa {last}", "Pretty Fly for a WiFi", "FBI Surveillance Van", "Hide Yo Kids Hide Yo WiFi",
             "Tell My WiFi Love Her", "Wu-Tang LAN", "LAN Solo", "Bill Wi the Science Fi", "HomeNet", "Home-{n4}", "Starlink",
             "TMOBILE-{h4}", "BELL{n3}", "VM{n7}", "BT-{A6}", "SKY{A5}", "FRITZ!Box 7590 {A2}", "Vodafone-{h4}",
             "Orange_Swiatlowod_{h4}", "UPC{n7}", "PLDTHOMEFIBR{h5}", "GlobeAtHome_{h5}", "Converge_2.4G_{h4}", "JioFiber-{h4}",
             "Airtel_{last}", "ACT-{n5}"]
SSID_GENERIC = ["TP-Link_{h4}", "TP-Link_{h4}_5G", "eero", "Google Wifi", "ASUS_{h2}_5G", "{last}Net", "{last} WiFi", "{last}-5G",
                "HomeNet", "Home-{n4}", "Starlink", "Pretty Fly for a WiFi", "Linksys{n5}", "NETGEAR{n2}", "HUAWEI-{h4}", "Xiaomi_{h4}",
                "MERCURY_{h4}", "Tenda_{h4}", "D-Link_{h4}"]
SSID_HOME_CC = {
    "US": [x for x in SSID_HOME if not x.startswith(("BELL", "VM", "BT-", "SKY", "FRITZ", "Vodafone", "Orange", "UPC", "PLDT", "Globe",
                                                     "Converge", "Jio", "Airtel", "ACT-"))],
    "GB": ["BT-{A6}", "SKY{A5}", "VM{n7}", "TALKTALK{h4}", "EE-Hub-{a6}", "{last}Net", "eero", "TP-Link_{h4}", "Google Wifi"],
    "CA": ["BELL{n3}", "Rogers{n4}", "TELUS{n4}", "{last}Net", "eero", "Google Wifi", "Linksys{n5}", "Videotron{n4}"],
    "DE": ["FRITZ!Box 7590 {A2}", "FRITZ!Box 7530 {A2}", "Vodafone-{h4}", "o2-WLAN{n2}", "Telekom-{h4}", "{last}Net", "WLAN-{n5}"],
    "PL": ["Orange_Swiatlowod_{h4}", "UPC{n7}", "PLAY_Swiatlowod_{h4}", "NETIASPOT-{h4}", "TP-Link_{h4}", "{last}Net"],
    "PH": ["PLDTHOMEFIBR{h5}", "GlobeAtHome_{h5}", "Converge_2.4G_{h4}", "PLDTHOMEFIBR_5G{h4}", "SKY_{h4}"],
    "IN": ["JioFiber-{h4}", "Airtel_{last}", "ACT-{n5}", "Airtel_{n4}", "JioFiber-5G-{h4}", "TP-Link_{h4}"],
    "CN": ["ChinaNet-{h4}", "CU_{h4}", "CMCC-{h4}", "TP-LINK_{h4}", "MERCURY_{h4}", "Tenda_{h4}", "HUAWEI-{h4}", "Xiaomi_{h4}"],
    "KR": ["KT_GiGA_{h4}", "SK_WiFi{h4}", "U+Net{h4}", "iptime{n2}", "KT_GiGA_5G_{h4}"],
    "MX": ["INFINITUM{h4}", "Totalplay-{h4}", "IZZI-{h4}", "MEGACABLE-{h4}"],
    "BR": ["VIVO-{h4}", "NET_2G{h4}", "CLARO_{h4}"],
    "JP": ["aterm-{h4}-g", "Buffalo-G-{h4}", "elecom-{h4}"],
}
SSID_FARM = ["NETGEAR{n2}", "TP-Link_{h4}", "ATT{a6}", "MySpectrumWiFi{h2}-5G", "Xfinity-{h4}-5G", "{last}Net", "Home-{n4}",
             "Verizon_{A6}", "eero", "orbi{n2}"]

PHONE_BRANDS = [("iphone", 55), ("pixel", 12), ("samsung", 25), ("other_android", 8)]

# Carrier lookup line types, as vendors spell them
LINE_TYPE_SPELL = {
    "mobile": ["mobile", "mobile", "mobile", "MOBILE", "Mobile"],
    "landline": ["landline", "LANDLINE", "fixed"],
    "voip_nonfixed": ["nonFixedVoip", "nonFixedVoip", "voip", "VOIP", "NON_FIXED_VOIP"],
    "voip_fixed": ["fixedVoip", "voip", "FIXED_VOIP"],
}

# Personal email providers (honest population); country-specific extras
EMAIL_PROVIDERS = [("gmail.com", 52), ("outlook.com", 7), ("hotmail.com", 5), ("yahoo.com", 6), ("icloud.com", 10), ("me.com", 1),
                   ("proton.me", 2.5), ("protonmail.com", 1.5), ("aol.com", 0.8), ("hey.com", 0.4), ("fastmail.com", 0.4), ("duck.com", 0.3)]
EMAIL_LOCAL = {"US": [("comcast.net", 1.2), ("att.net", 0.6), ("verizon.net", 0.3), ("sbcglobal.net", 0.3)],
               "GB": [("btinternet.com", 2), ("yahoo.co.uk", 2), ("sky.com", 1)],
               "CA": [("shaw.ca", 1), ("rogers.com", 1), ("yahoo.ca", 1)],
               "DE": [("gmx.de", 6), ("web.de", 6), ("t-online.de", 3)],
               "PL": [("wp.pl", 6), ("o2.pl", 4), ("onet.pl", 4), ("interia.pl", 2)],
               "IN": [("yahoo.co.in", 3), ("rediffmail.com", 1.5)],
               "PH": [("yahoo.com.ph", 2)], "MX": [("yahoo.com.mx", 2)], "BR": [("uol.com.br", 2), ("bol.com.br", 1)],
               "KR": [("naver.com", 6), ("daum.net", 3)], "CN": [("qq.com", 6), ("163.com", 4)], "JP": [("yahoo.co.jp", 3)],
               "RU": [("yandex.ru", 4), ("mail.ru", 4)], "UA": [("ukr.net", 4), ("i.ua", 1)], "FR": [("orange.fr", 2)]}

COMPANY_WORDS_A = ["Blue", "North", "Bright", "Clear", "Silver", "Quantum", "Vertex", "Summit", "Harbor", "Pioneer", "Cedar",
                   "Atlas", "Nimbus", "Orbit", "Pixel", "Lumen", "Kite", "Maple", "Granite", "Falcon", "Cobalt", "Juniper",
                   "Meridian", "Apex", "Beacon", "Crescent", "Delta", "Evergreen", "Fathom", "Helix", "Ion", "Keystone",
                   "Lattice", "Mosaic", "Nova", "Onyx", "Prism", "Radiant", "Sable", "Tandem", "Umbra", "Vela", "Willow",
                   "Zephyr", "Copper", "Ember", "Ridge", "Tidal", "Arbor", "Basalt", "Cinder", "Drift", "Echo", "Flint"]
COMPANY_WORDS_B = ["Labs", "Health", "Pay", "AI", "Works", "Cloud", "Data", "Bio", "Logic", "Systems", "Analytics", "Robotics",
                   "Security", "Finance", "Commerce", "Learning", "Energy", "Logistics", "Media", "Software", "Networks",
                   "Insights", "Capital", "Therapeutics", "Dynamics", "Studio", "Ventures", "Mobility", "Foods", "Freight"]
TLDS = [("com", 55), ("io", 18), ("ai", 8), ("co", 7), ("dev", 2), ("app", 2), ("tech", 2), ("health", 1), ("so", 1), ("us", 1)]
NAMESERVERS = [
    ("cloudflare", 30), ("route53", 25), ("godaddy", 12), ("google", 10), ("namecheap", 8), ("azure", 5), ("squarespace", 5),
    ("dnsimple", 3), ("nsone", 2)]
WEB_HOSTS = [("vercel", "76.76.21.{n}"), ("cloudflare", "104.21.{a}.{b}"), ("cloudflare", "172.67.{a}.{b}"), ("squarespace", "198.185.159.{n}"),
             ("webflow", "198.202.211.1"), ("aws", "3.{a}.{b}.{c}"), ("aws", "52.{a}.{b}.{c}"), ("netlify", "75.2.60.5"),
             ("wpengine", "141.193.213.{n}"), ("hubspot", "199.60.103.{n}"), ("ghs", "34.{a}.{b}.{c}")]

STREETS = ["Main St", "Oak St", "Maple Ave", "Cedar Ln", "Pine St", "Elm St", "Washington Ave", "Lake Dr", "Hill Rd", "Park Ave",
           "Sunset Blvd", "River Rd", "Highland Ave", "Willow Way", "Meadow Ln", "Forest Dr", "Jefferson St", "Lincoln Ave",
           "Madison Ave", "Franklin St", "Chestnut St", "Spruce St", "Walnut St", "Birch Rd", "Aspen Ct", "Magnolia Dr",
           "Dogwood Ln", "Laurel St", "Hawthorne Ave", "Sycamore St", "Cherry Ln", "Grove St", "Church St", "Mill Rd",
           "Spring St", "Valley View Dr", "Ridge Rd", "Summit Ave", "Fairview Ave", "Broadway", "Market St", "Mission St",
           "Union St", "Academy St", "College Ave", "University Ave", "Greenwood Ave", "Bayview Dr", "Harbor Blvd",
           "Shoreline Dr", "Canyon Rd", "Mesa Dr", "Desert Willow Dr", "Prairie Ln", "Orchard Rd", "Vineyard Way",
           "Stonebridge Dr", "Brookside Dr", "Windsor Ct", "Kensington Pl", "Heritage Pkwy", "Legacy Dr", "Palm Ave",
           "Ocean Ave", "Bluebonnet Ln", "Peachtree St", "Magnolia Ave", "Tremont St", "Beacon St", "Alameda St",
           "Cypress Ave", "Juniper Dr", "Foothill Blvd", "Rainier Ave", "Cascade Dr", "Belmont Ave", "Wabash Ave",
           "Division St", "Clark St", "Grand Ave", "Euclid Ave", "Ponce de Leon Ave", "Coral Way", "Bell Ave", "Addison St"]
STREETS_INTL = {
    "GB": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Kings Road", "Queens Avenue", "Mill Lane", "Park Road",
           "Albert Street", "Grove Road", "Manor Way", "Elm Grove"],
    "CA": ["Queen St W", "King St E", "Yonge St", "Dundas St W", "Granville St", "Robson St", "Rue Saint-Denis", "Bank St",
           "Bloor St W", "Main St", "Kensington Rd NW", "Avenue du Parc"],
    "DE": ["Hauptstraße", "Schillerstraße", "Goethestraße", "Bahnhofstraße", "Lindenallee", "Bergmannstraße", "Torstraße",
           "Leopoldstraße", "Gartenweg", "Kastanienallee"],
    "PL": ["ul. Marszałkowska", "ul. Długa", "ul. Floriańska", "ul. Piękna", "ul. Mokotowska", "ul. Karmelicka", "ul. Świdnicka",
           "ul. Grunwaldzka", "ul. Słowackiego", "ul. Polna"],
    "IN": ["MG Road", "100 Feet Road", "Residency Road", "Banjara Hills Road No. 12", "FC Road", "Anna Salai", "Sector 45",
           "Koramangala 5th Block", "HSR Layout Sector 2", "Whitefield Main Road", "Baner Road", "Jubilee Hills Road No. 36"],
    "PH": ["Ayala Avenue", "Paseo de Roxas", "Katipunan Avenue", "Tomas Morato Avenue", "Bonifacio High Street", "Osmeña Boulevard",
           "J.P. Laurel Avenue", "Shaw Boulevard", "Ortigas Avenue", "Timog Avenue"],
}
STREETS_GENERIC = ["Avenida Central", "Calle Mayor", "Rua Augusta", "Strada Principală", "Main Road", "Central Avenue",
                   "Station Street", "Garden Road", "Park Lane", "Harbour Road", "Market Road", "Lake View Road"]

DEPOTS = [
    ("Fleetdesk Returns Depot", "2150 Commerce Pkwy", "Ste 300", "Louisville", "KY", "40209", "US"),
    ("Fleetdesk West Depot", "4400 Airport Industrial Blvd", "Bldg C", "Reno", "NV", "89502", "US"),
    ("Fleetdesk EU Depot", "Unit 4, Hams Hall Distribution Park", "", "Coleshill", "", "B46 1AL", "GB"),
    ("Fleetdesk Canada Depot", "6705 Millcreek Dr", "Unit 2", "Mississauga", "ON", "L5N 5M4", "CA"),
]
COWORK_BRANDS = [("WeWork", "WeWork", "WeWork"), ("Regus", "Regus", "Regus-Guest"), ("Industrious", "Industrious", "Industrious-Members"),
                 ("Spaces", "Spaces", "Spaces-Members"), ("Impact Hub", "Impact Hub", "ImpactHub"), ("Convene", "Convene", "Convene-Guest"),
                 ("The Yard", "The Yard", "TheYard"), ("Serendipity Labs", "Serendipity Labs", "SerendipityLabs"),
                 ("Novel Coworking", "Novel Coworking", "Novel-Members"), ("Venture X", "Venture X", "VentureX")]
MAILBOX_SERVICES = [  # virtual mailbox / mail forwarding (honest digital nomads and expats use them; so do drops)
    ("MailHaven", "1401 21st St", "Ste", "Sacramento", "CA", "95811"),
    ("iPostbox", "8 The Green", "Ste", "Dover", "DE", "19901"),
    ("Anytime Mailbox", "2810 N Church St", "PMB", "Wilmington", "DE", "19802"),
    ("Escapees Mail", "101 Rainbow Dr", "#", "Livingston", "TX", "77399"),
    ("Traveling Mailbox", "4023 Kennett Pike", "PMB", "Wilmington", "DE", "19807"),
    ("St Brendan's Isle", "411 Walnut St", "#", "Green Cove Springs", "FL", "32043"),
    ("Dakota Post", "1302 W Russell St", "PMB", "Sioux Falls", "SD", "57104"),
    ("US Global Mail", "10685-B Hazelhurst Dr", "#", "Houston", "TX", "77043"),
    ("PostScanMail", "1001 S Main St", "Ste", "Kalispell", "MT", "59901"),
    ("Earth Class Mail", "9450 SW Gemini Dr", "PMB", "Beaverton", "OR", "97008"),
]
FORWARDERS = [  # package forwarders' US warehouses (suite = the customer's number)
    ("Parcelway Forwarding", "8301 NW 66th St", "Ste", "Miami", "FL", "33166"),
    ("ShipNest", "37 Germay Dr", "Unit", "Wilmington", "DE", "19804"),
    ("Borderless Box", "2300 SE Hanna Harvester Dr", "Ste", "Milwaukie", "OR", "97222"),
    ("PortalBox USA", "15600 NE 8th St", "Ste B1", "Bellevue", "WA", "98008"),
    ("Stackry-style Forwarder", "1 Harvard Way", "Ste", "Hillsborough", "NH", "03244"),
]
CORP_HOUSING = [("Oakwood Residences", "New York"), ("Blueground", "Chicago"), ("Sonder", "Austin"), ("AvenueWest", "Denver"),
                ("Oakwood Residences", "Seattle"), ("Blueground", "San Francisco"), ("Zeus Living", "Atlanta"), ("Sonder", "Boston")]
HOTELS = ["Marriott", "Hilton", "Hyatt", "Holiday Inn Express", "Courtyard", "Hampton Inn", "Residence Inn", "Best Western",
          "Kimpton", "Ace Hotel", "Airbnb"]

EORS = [("Deel", "deel.com", "Deel Inc."), ("Remote", "remote.com", "Remote Technology Inc."), ("Oyster", "oysterhr.com", "Oyster HR Inc."),
        ("Papaya Global", "papayaglobal.com", "Papaya Global Inc."), ("Rippling EOR", "rippling.com", "Rippling PEO 1, Inc."),
        ("Velocity Global", "velocityglobal.com", "Velocity Global LLC"), ("Multiplier", "usemultiplier.com", "Multiplier Technologies Inc."),
        ("Justworks", "justworks.com", "Justworks Employment Group LLC")]

JOB_TITLES = {
    "eng": ["Software Engineer", "Senior Software Engineer", "Staff Engineer", "Backend Engineer", "Frontend Engineer",
            "Full Stack Engineer", "Mobile Engineer (iOS)", "Android Engineer", "Data Engineer", "Machine Learning Engineer",
            "DevOps Engineer", "Site Reliability Engineer", "Platform Engineer", "QA Engineer", "Security Engineer",
            "Engineering Manager", "Blockchain Developer", "Solutions Engineer"],
    "it": ["IT Support Specialist", "IT Administrator", "Systems Administrator", "Help Desk Technician", "IT Manager",
           "Desktop Support Engineer", "Endpoint Engineer", "MSP Technician", "Network Engineer"],
    "ops": ["Customer Success Manager", "Support Specialist", "Account Executive", "Sales Development Representative",
            "Operations Manager", "People Partner", "Recruiter", "Office Manager", "Product Manager", "Product Designer",
            "UX Researcher", "Marketing Manager", "Content Writer", "Financial Analyst", "Controller", "Data Analyst",
            "Project Manager", "Technical Writer", "Chief of Staff", "Executive Assistant"],
    "support": ["Customer Support Agent", "Technical Support Representative", "Tier 2 Support Agent", "Trust & Safety Analyst",
                "Billing Specialist", "Chat Support Agent", "Team Lead, Support"],
}
SKILLS = ["Python", "Go", "TypeScript", "JavaScript", "React", "Node.js", "Java", "Kotlin", "Swift", "Rust", "C#", ".NET",
          "Ruby on Rails", "PHP", "Laravel", "Django", "FastAPI", "Flask", "Spring Boot", "PostgreSQL", "MySQL", "MongoDB",
          "Redis", "Kafka", "AWS", "GCP", "Azure", "Kubernetes", "Docker", "Terraform", "GraphQL", "Next.js", "Vue.js",
          "Angular", "Flutter", "React Native", "Solidity", "Web3.js", "TensorFlow", "PyTorch", "Spark", "Airflow", "dbt",
          "Snowflake", "Elasticsearch", "Linux", "CI/CD", "Jenkins", "GitHub Actions", "Figma", "Tailwind CSS", "Salesforce",
          "Zendesk", "HubSpot", "SQL", "Tableau", "Looker", "Jamf", "Intune", "Okta", "Active Directory", "PowerShell"]
RESUME_COMPANIES = ["Amazon", "Microsoft", "Google", "Meta", "Oracle", "IBM", "Accenture", "Deloitte", "Capital One", "JPMorgan Chase",
                    "Salesforce", "Shopify", "Stripe", "Twilio", "Intuit", "Cisco", "Adobe", "Atlassian", "Infosys", "Wipro",
                    "Tata Consultancy Services", "Cognizant", "EPAM Systems", "Globant", "SoftServe", "Toptal", "Upwork",
                    "a Series A fintech startup", "a healthcare SaaS startup", "a Fortune 500 retailer", "a logistics scale-up",
                    "Chewy", "Wayfair", "Etsy", "DoorDash", "Instacart", "Lyft", "Square", "Robinhood", "Coinbase", "Kraken",
                    "Okta", "Datadog", "Cloudflare", "HubSpot", "Zendesk", "Concentrix", "TaskUs", "Teleperformance"]
SCHOOLS = {"US": ["University of Texas at Austin", "Georgia Tech", "University of Michigan", "UC Berkeley", "UCLA", "Purdue University",
                  "Arizona State University", "Penn State", "University of Washington", "Ohio State University", "Rutgers University",
                  "University of Florida", "NC State University", "San Jose State University", "University of Illinois Urbana-Champaign",
                  "Boston University", "Northeastern University", "University of Maryland", "Virginia Tech", "CUNY Hunter College",
                  "Western Governors University", "Hack Reactor", "App Academy", "General Assembly", "Flatiron School"],
           "IN": ["IIT Bombay", "IIT Madras", "NIT Trichy", "BITS Pilani", "VIT Vellore", "Anna University", "Manipal Institute of Technology"],
           "PH": ["University of the Philippines Diliman", "Ateneo de Manila University", "De La Salle University", "University of Santo Tomas", "Mapúa University"],
           "PL": ["Warsaw University of Technology", "AGH University of Kraków", "Wrocław University of Science and Technology"],
           "GB": ["University of Manchester", "Imperial College London", "University of Edinburgh", "UCL", "University of Bristol"],
           "CA": ["University of Waterloo", "University of Toronto", "UBC", "McGill University"],
           "DE": ["TU München", "TU Berlin", "KIT Karlsruhe", "RWTH Aachen"],
           "other": ["Universidad de Buenos Aires", "Universidade de São Paulo", "Tecnológico de Monterrey", "Kyiv Polytechnic Institute",
                     "University of Lagos", "LUMS", "University of Nairobi", "Hanoi University of Science and Technology",
                     "Seoul National University", "Yonsei University", "University of Tokyo", "Tsinghua University",
                     "Zhejiang University", "Politehnica University of Bucharest"]}
