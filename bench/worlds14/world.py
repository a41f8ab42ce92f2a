"""worlds14: "Tandem HR", a PEO / small-business payroll-and-HR platform export.

A blind benchmark world for ringwatch.  Written only from docs/CONTRACT.md, the README's
"Set up", "Commands" and "The contract" sections, and public reporting on North Korean
remote IT workers (DOJ indictments and FBI/Treasury/State advisories 2022-2025, Microsoft
"Jasper Sleet", Mandiant UNC5267, CrowdStrike "Famous Chollima", Okta, the Chapman, Knoot,
Didenko and Wang laptop-farm cases, KnowBe4).  The detector's code, tests and other benchmark
worlds were not read.

Every person, honest or not, is drawn by the same functions (name, heritage, country, email
style, phone, address, photo, resume).  Fraud differs only in what is *shared* or *used*:
recovery contacts, devices, exits, laptops at one house, payout accounts, faces and resumes.

Only the standard library, numpy and Pillow are used.  Deterministic for a seed.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import math
import os
import random
import unicodedata
import zipfile
import zlib

import numpy as np
from PIL import Image, ImageDraw

# --------------------------------------------------------------------------------------
# time frame of the export
# --------------------------------------------------------------------------------------
EXPORT = dt.datetime(2025, 7, 1, 6, 0, 0)
WIN0 = dt.datetime(2025, 4, 1)          # logins / endpoint / payouts window start
WIN_DAYS = 91


def iso(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


# --------------------------------------------------------------------------------------
# names by heritage
# --------------------------------------------------------------------------------------
NAMES = {
    "anglo": (
        "James John Robert Michael William David Richard Joseph Thomas Christopher Daniel Matthew "
        "Anthony Mark Steven Andrew Joshua Kevin Brian Ryan Jacob Tyler Brandon Justin Eric "
        "Jonathan Nathan Adam Kyle Zachary Sean Aaron Dylan Logan Ethan Caleb Connor Austin "
        "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Emily Ashley "
        "Amanda Melissa Stephanie Rebecca Laura Rachel Megan Lauren Hannah Olivia Emma Madison "
        "Abigail Chloe Grace Natalie Brittany Heather Nicole Samantha Kayla Taylor Morgan Jordan",
        "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore "
        "Jackson Martin Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright "
        "Scott Green Baker Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans "
        "Turner Parker Collins Edwards Stewart Morris Murphy Cook Rogers Morgan Peterson Cooper "
        "Reed Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson Brooks Bennett Gray James "
        "Hughes Price Sanders Myers Long Ross Foster Powell Jenkins Perry Russell Sullivan "
        "Fisher Henderson Coleman Simmons Patterson Jordan Reynolds Hamilton Graham Wallace "
        "Cole West Ellis Stevens Tucker Porter Hunter Hicks Crawford Boyd Mason Warren Dixon "
        "Burns Gordon Shaw Holmes Rice Hunt Black Daniels Palmer Mills Grant Knight Ferguson "
        "Stone Hawkins Dunn Perkins Hudson Spencer Stephens Payne Pierce Berry Matthews Arnold "
        "Wagner Willis Ray Watkins Olson Carroll Duncan Snyder Hart Cunningham Bradley Lane "
        "Andrews Harper Fox Riley Armstrong Carpenter Weaver Greene Lawrence Elliott Chambers "
        "Washington Freeman Jefferson Banks Robinson Booker Gaines",
    ),
    "hispanic": (
        "José Luis Carlos Juan Jorge Miguel Alejandro Diego Javier Daniel Fernando Ricardo "
        "Eduardo Andrés Mateo Santiago Sebastián Gabriel Adrián Óscar Raúl Héctor Manuel "
        "María Guadalupe Ana Sofía Valentina Camila Isabella Lucía Daniela Gabriela Fernanda "
        "Paola Andrea Alejandra Carolina Mariana Ximena Natalia Adriana Verónica Rosa Elena",
        "García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres Flores "
        "Rivera Gómez Díaz Cruz Morales Reyes Gutiérrez Ortiz Chávez Ramos Ruiz Mendoza Vargas "
        "Castillo Jiménez Moreno Romero Herrera Medina Aguilar Vásquez Castro Guzmán Fernández "
        "Salazar Delgado Navarro Rojas Ortega Domínguez Soto Contreras Silva Mejía Cabrera "
        "Núñez Ríos Campos Vega Estrada Sandoval Cortés Figueroa Acosta Luna Pacheco Fuentes",
    ),
    "chinese": (
        "Wei Jing Li Min Hao Yan Xin Lei Jun Fang Ying Tao Yu Qiang Hui Ming Jie Lin Chen Xiaoming "
        "Yifan Zihan Haoran Yuxuan Zhiwei Jiahui Xiaoyu Ruoxi Shu Kai Bo Peng Rui Ning Dong",
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo "
        "Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang",
    ),
    "korean": (
        "Min-jun Seo-yeon Ji-hoon Hyun-woo Soo-jin Eun-ji Jae-won Ji-woo Dong-hyun Sung-min "
        "Ha-eun Yu-na Tae-yang Jin-ho Seung-hoon Min-seo Ye-jin Joon-young Hye-jin Kyung-soo "
        "Sang-woo Da-eun Woo-jin Na-yeon Jung-hoon Mi-rae Sun-hee Young-ho In-su Bo-ra",
        "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo "
        "Hong Jeon Ko Moon Yang Son Bae Baek Heo Nam Noh",
    ),
    "japanese": (
        "Haruto Yuto Sota Ren Takumi Kenji Hiroshi Daiki Kaito Shota Yui Aoi Sakura Hina Yuna "
        "Mei Rin Aya Naomi Emi Kaori Yuki Mika Saki",
        "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida "
        "Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Mori Ikeda Hashimoto",
    ),
    "vietnamese": (
        "Minh Anh Thanh Huy Linh Trang Duc Quang Hoa Tuan Hung Phuong Lan Nam Khanh Thao Vy "
        "Long Hieu Dung Tam Bao Ngoc Quynh",
        "Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ho Ngo Duong Ly Truong Dinh Mai Lam",
    ),
    "indian": (
        "Arjun Priya Rahul Ananya Vikram Sneha Rohan Kavya Aditya Pooja Sanjay Deepak Neha "
        "Rajesh Lakshmi Suresh Karthik Divya Amit Anjali Ravi Swati Nikhil Shreya Varun Meera "
        "Harish Aishwarya Gaurav Ritu Manish Preeti Siddharth Nisha Abhishek Keerthi Venkat",
        "Patel Sharma Singh Kumar Gupta Reddy Iyer Nair Rao Mehta Shah Joshi Desai Menon "
        "Pillai Agarwal Chatterjee Banerjee Verma Krishnan Bhat Kulkarni Mishra Srinivasan "
        "Pandey Chopra Kapoor Malhotra Naidu Subramanian Ghosh Das Jain Saxena",
    ),
    "filipino": (
        "Maria Jose Mark John_Paul Kristine Angelica Jerome Rhea Carlo Joy Mary_Grace Jericho "
        "Princess Rowena Arnel Jaypee Clarisse Kimberly Ronaldo Jessa Reymark Liezl",
        "Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Villanueva Dela_Cruz Aquino "
        "Castillo Ramos Flores Gonzales Soriano Navarro Manalo Pascual Dizon Salvador Mercado",
    ),
    "ukrainian": (
        "Oleksandr Andriy Dmytro Olena Iryna Kateryna Maksym Yulia Serhiy Oksana Vitaliy "
        "Tetiana Bohdan Nataliia Yaroslav Viktoriia Taras Mariia Volodymyr Anastasiia",
        "Kovalenko Shevchenko Bondarenko Tkachenko Kravchenko Boyko Melnyk Oliynyk Polishchuk "
        "Lysenko Marchenko Savchenko Rudenko Moroz Pavlenko Kozak Petrenko Hrytsenko",
    ),
    "polish": (
        "Piotr Tomasz Anna Katarzyna Krzysztof Agnieszka Paweł Magdalena Michał Joanna Marcin "
        "Ewa Łukasz Monika Jakub Aleksandra Kamil Natalia Bartosz Karolina",
        "Kowalski Nowak Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański "
        "Woźniak Dąbrowski Kozłowski Jankowski Mazur Krawczyk Piotrowski Grabowski",
    ),
    "serbian": (
        "Marko Nikola Jelena Milica Stefan Ana Luka Jovana Nemanja Ivana Miloš Tamara Aleksandar",
        "Petrović Jovanović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović "
        "Milošević Popović Kostić",
    ),
    "russian": (
        "Ivan Sergei Dmitry Alexei Natalia Elena Olga Anna Mikhail Pavel Andrei Tatiana Irina",
        "Ivanov Smirnov Kuznetsov Popov Sokolov Lebedev Kozlov Novikov Morozov Volkov Pavlov "
        "Fedorov Orlov",
    ),
    "romanian": (
        "Andrei Mihai Elena Ioana Alexandru Cristina Adrian Gabriela Bogdan Raluca Florin "
        "Diana Radu Alina Stefan",
        "Popescu Ionescu Popa Stan Dumitru Constantin Stoica Gheorghe Munteanu Matei Marin "
        "Tudor Dinu Ciobanu",
    ),
    "brazilian": (
        "João Pedro Lucas Gabriel Ana Beatriz Mariana Rafael Thiago Camila Larissa Felipe "
        "Bruno Juliana Gustavo Letícia Rodrigo Fernanda Vinícius Amanda",
        "Silva Santos Oliveira Souza Pereira Costa Rodrigues Almeida Nascimento Lima Carvalho "
        "Ferreira Araújo Ribeiro Gomes Martins Rocha Barbosa Cardoso Teixeira",
    ),
    "arabic": (
        "Ahmed Mohamed Omar Youssef Fatima Nour Mariam Karim Layla Hassan Mostafa Salma Amr "
        "Rana Tarek Dina Khaled Yasmin",
        "Hassan Ali Ibrahim Mahmoud Abdelrahman Khalil Mansour Saleh Farouk Haddad Nasser "
        "Youssef Fathy Soliman Shaker",
    ),
    "african": (
        "Chinedu Oluwaseun Ngozi Emeka Adaeze Tunde Wanjiru Kamau Achieng Otieno Amina Ifeoma "
        "Chukwuemeka Funmilayo Kelechi Njeri Babajide Zainab Kofi Abena",
        "Okafor Adeyemi Okonkwo Eze Balogun Mwangi Kariuki Njoroge Ochieng Abubakar Adebayo "
        "Nwosu Obi Onyeka Wanjiku Kiprop Mensah Owusu",
    ),
    "pakistani": (
        "Ali Usman Hamza Ayesha Fatima Bilal Zainab Imran Sana Hassan Faisal Mahnoor Saad Hira",
        "Khan Ahmed Malik Hussain Qureshi Chaudhry Butt Raza Iqbal Shah Siddiqui Mirza Javed",
    ),
    "european": (
        "Lukas Jonas Leon Sophie Hannah Lena Felix Max Julia Laura Paul Marie Tim Lea Niklas",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch "
        "Richter Klein Wolf Neumann",
    ),
}
NAMES = {k: ([w.replace("_", " ") for w in v[0].split()], [w.replace("_", " ") for w in v[1].split()])
         for k, v in NAMES.items()}
ENGLISH_FIRST = NAMES["anglo"][0]

# heritage mix per country of residence
HERITAGE = {
    "US": [("anglo", 58), ("hispanic", 16), ("chinese", 3.5), ("indian", 4.5), ("korean", 2),
           ("vietnamese", 2), ("filipino", 2.5), ("ukrainian", 1), ("polish", 1), ("russian", 1),
           ("arabic", 1.2), ("african", 2), ("european", 2), ("japanese", 0.8), ("brazilian", 0.5),
           ("pakistani", 1), ("romanian", 0.3), ("serbian", 0.3)],
    "CA": [("anglo", 66), ("chinese", 8), ("indian", 9), ("filipino", 3), ("ukrainian", 3),
           ("european", 4), ("korean", 2), ("arabic", 2), ("pakistani", 2), ("vietnamese", 1)],
    "GB": [("anglo", 78), ("indian", 6), ("pakistani", 5), ("european", 4), ("african", 4),
           ("polish", 3)],
    "IN": [("indian", 1)], "PH": [("filipino", 1)], "PK": [("pakistani", 1)],
    "UA": [("ukrainian", 1)], "PL": [("polish", 1)], "RS": [("serbian", 1)], "RO": [("romanian", 1)],
    "BR": [("brazilian", 1)], "MX": [("hispanic", 1)], "AR": [("hispanic", 1)], "CO": [("hispanic", 1)],
    "VN": [("vietnamese", 1)], "NG": [("african", 1)], "KE": [("african", 1)], "EG": [("arabic", 1)],
    "DE": [("european", 9), ("arabic", 0.5), ("polish", 0.5)], "JP": [("japanese", 1)],
    "KR": [("korean", 1)], "CN": [("chinese", 1)], "SG": [("chinese", 7), ("indian", 2), ("anglo", 1)],
}

# keyboard layouts a person of a heritage may add besides the local one
HERITAGE_KB = {
    "korean": ["ko-KR"], "chinese": ["zh-CN", "zh-TW"], "japanese": ["ja-JP"],
    "vietnamese": ["vi-VN"], "ukrainian": ["uk-UA", "ru-RU"], "russian": ["ru-RU"],
    "polish": ["pl-PL"], "serbian": ["sr-Latn-RS"], "romanian": ["ro-RO"], "arabic": ["ar-EG"],
    "hispanic": ["es-MX", "es-US"], "brazilian": ["pt-BR"], "european": ["de-DE"],
    "indian": ["hi-IN"], "pakistani": ["ur-PK"], "filipino": ["fil-PH"],
}
LOCAL_KB = {
    "US": "en-US", "CA": "en-CA", "GB": "en-GB", "IN": "en-IN", "PH": "en-US", "PK": "en-US",
    "UA": "uk-UA", "PL": "pl-PL", "RS": "sr-Latn-RS", "RO": "ro-RO", "BR": "pt-BR", "MX": "es-MX",
    "AR": "es-AR", "CO": "es-CO", "VN": "vi-VN", "NG": "en-US", "KE": "en-US", "EG": "ar-EG",
    "DE": "de-DE", "JP": "ja-JP", "KR": "ko-KR", "CN": "zh-CN", "SG": "en-US",
}

# --------------------------------------------------------------------------------------
# places: (city, region, postal prefix, dialing area, lat, lon, tz name, summer utc offset)
# --------------------------------------------------------------------------------------
US_CITIES = [
    ("New York", "NY", "100", "212", 40.71, -74.01, "America/New_York", -4, 6),
    ("Brooklyn", "NY", "112", "718", 40.65, -73.95, "America/New_York", -4, 4),
    ("Boston", "MA", "021", "617", 42.36, -71.06, "America/New_York", -4, 3),
    ("Philadelphia", "PA", "191", "215", 39.95, -75.17, "America/New_York", -4, 3),
    ("Newark", "NJ", "071", "973", 40.74, -74.17, "America/New_York", -4, 2),
    ("Jersey City", "NJ", "073", "201", 40.73, -74.08, "America/New_York", -4, 2),
    ("Washington", "DC", "200", "202", 38.90, -77.04, "America/New_York", -4, 2),
    ("Arlington", "VA", "222", "703", 38.88, -77.10, "America/New_York", -4, 2),
    ("Baltimore", "MD", "212", "410", 39.29, -76.61, "America/New_York", -4, 2),
    ("Charlotte", "NC", "282", "704", 35.23, -80.84, "America/New_York", -4, 3),
    ("Raleigh", "NC", "276", "919", 35.78, -78.64, "America/New_York", -4, 2),
    ("Atlanta", "GA", "303", "404", 33.75, -84.39, "America/New_York", -4, 4),
    ("Miami", "FL", "331", "305", 25.76, -80.19, "America/New_York", -4, 3),
    ("Orlando", "FL", "328", "407", 28.54, -81.38, "America/New_York", -4, 2),
    ("Tampa", "FL", "336", "813", 27.95, -82.46, "America/New_York", -4, 2),
    ("Columbus", "OH", "432", "614", 39.96, -83.00, "America/New_York", -4, 2),
    ("Cleveland", "OH", "441", "216", 41.50, -81.69, "America/New_York", -4, 1),
    ("Detroit", "MI", "482", "313", 42.33, -83.05, "America/New_York", -4, 2),
    ("Pittsburgh", "PA", "152", "412", 40.44, -79.99, "America/New_York", -4, 1),
    ("Louisville", "KY", "402", "502", 38.25, -85.76, "America/Kentucky/Louisville", -4, 1),
    ("Nashville", "TN", "372", "615", 36.16, -86.78, "America/Chicago", -5, 2),
    ("Chicago", "IL", "606", "312", 41.88, -87.63, "America/Chicago", -5, 5),
    ("Indianapolis", "IN", "462", "317", 39.77, -86.16, "America/Indiana/Indianapolis", -4, 1),
    ("Minneapolis", "MN", "554", "612", 44.98, -93.27, "America/Chicago", -5, 2),
    ("St. Louis", "MO", "631", "314", 38.63, -90.20, "America/Chicago", -5, 1),
    ("Kansas City", "MO", "641", "816", 39.10, -94.58, "America/Chicago", -5, 1),
    ("Madison", "WI", "537", "608", 43.07, -89.40, "America/Chicago", -5, 1),
    ("Omaha", "NE", "681", "402", 41.26, -95.93, "America/Chicago", -5, 1),
    ("New Orleans", "LA", "701", "504", 29.95, -90.07, "America/Chicago", -5, 1),
    ("Dallas", "TX", "752", "214", 32.78, -96.80, "America/Chicago", -5, 4),
    ("Houston", "TX", "770", "713", 29.76, -95.37, "America/Chicago", -5, 4),
    ("Austin", "TX", "787", "512", 30.27, -97.74, "America/Chicago", -5, 3),
    ("San Antonio", "TX", "782", "210", 29.42, -98.49, "America/Chicago", -5, 2),
    ("Denver", "CO", "802", "303", 39.74, -104.99, "America/Denver", -6, 3),
    ("Salt Lake City", "UT", "841", "801", 40.76, -111.89, "America/Denver", -6, 1),
    ("Boise", "ID", "837", "208", 43.62, -116.20, "America/Boise", -6, 1),
    ("Albuquerque", "NM", "871", "505", 35.08, -106.65, "America/Denver", -6, 1),
    ("Phoenix", "AZ", "850", "602", 33.45, -112.07, "America/Phoenix", -7, 3),
    ("Litchfield Park", "AZ", "853", "623", 33.49, -112.36, "America/Phoenix", -7, 0.3),
    ("Las Vegas", "NV", "891", "702", 36.17, -115.14, "America/Los_Angeles", -7, 2),
    ("Los Angeles", "CA", "900", "213", 34.05, -118.24, "America/Los_Angeles", -7, 6),
    ("San Diego", "CA", "921", "619", 32.72, -117.16, "America/Los_Angeles", -7, 3),
    ("San Jose", "CA", "951", "408", 37.34, -121.89, "America/Los_Angeles", -7, 2),
    ("San Francisco", "CA", "941", "415", 37.77, -122.42, "America/Los_Angeles", -7, 4),
    ("Sacramento", "CA", "958", "916", 38.58, -121.49, "America/Los_Angeles", -7, 1.5),
    ("Portland", "OR", "972", "503", 45.52, -122.68, "America/Los_Angeles", -7, 2),
    ("Seattle", "WA", "981", "206", 47.61, -122.33, "America/Los_Angeles", -7, 3),
]
US_CITY_W = [c[8] for c in US_CITIES]

INTL_CITIES = {
    "IN": [("Bengaluru", "KA", "560", "80", 12.97, 77.59, "Asia/Kolkata", 5.5),
           ("Hyderabad", "TG", "500", "40", 17.39, 78.49, "Asia/Kolkata", 5.5),
           ("Pune", "MH", "411", "20", 18.52, 73.86, "Asia/Kolkata", 5.5),
           ("Chennai", "TN", "600", "44", 13.08, 80.27, "Asia/Kolkata", 5.5)],
    "PH": [("Quezon City", "NCR", "11", "2", 14.68, 121.04, "Asia/Manila", 8),
           ("Makati", "NCR", "12", "2", 14.55, 121.02, "Asia/Manila", 8),
           ("Cebu City", "CEB", "60", "32", 10.32, 123.89, "Asia/Manila", 8)],
    "PK": [("Lahore", "PB", "54", "42", 31.52, 74.36, "Asia/Karachi", 5),
           ("Karachi", "SD", "75", "21", 24.86, 67.01, "Asia/Karachi", 5),
           ("Islamabad", "IS", "44", "51", 33.68, 73.05, "Asia/Karachi", 5)],
    "UA": [("Kyiv", "", "01", "44", 50.45, 30.52, "Europe/Kyiv", 3),
           ("Lviv", "", "79", "32", 49.84, 24.03, "Europe/Kyiv", 3),
           ("Kharkiv", "", "61", "57", 49.99, 36.23, "Europe/Kyiv", 3)],
    "PL": [("Warszawa", "", "00", "22", 52.23, 21.01, "Europe/Warsaw", 2),
           ("Kraków", "", "30", "12", 50.06, 19.94, "Europe/Warsaw", 2),
           ("Wrocław", "", "50", "71", 51.11, 17.04, "Europe/Warsaw", 2)],
    "RO": [("București", "", "01", "21", 44.43, 26.10, "Europe/Bucharest", 3),
           ("Cluj-Napoca", "", "40", "264", 46.77, 23.59, "Europe/Bucharest", 3)],
    "RS": [("Beograd", "", "11", "11", 44.79, 20.45, "Europe/Belgrade", 2),
           ("Novi Sad", "", "21", "21", 45.27, 19.83, "Europe/Belgrade", 2)],
    "BR": [("São Paulo", "SP", "01", "11", -23.55, -46.63, "America/Sao_Paulo", -3),
           ("Belo Horizonte", "MG", "30", "31", -19.92, -43.94, "America/Sao_Paulo", -3),
           ("Florianópolis", "SC", "88", "48", -27.60, -48.55, "America/Sao_Paulo", -3)],
    "MX": [("Ciudad de México", "CDMX", "06", "55", 19.43, -99.13, "America/Mexico_City", -6),
           ("Guadalajara", "JAL", "44", "33", 20.66, -103.35, "America/Mexico_City", -6),
           ("Monterrey", "NL", "64", "81", 25.69, -100.32, "America/Monterrey", -6)],
    "AR": [("Buenos Aires", "CABA", "C10", "11", -34.60, -58.38, "America/Argentina/Buenos_Aires", -3),
           ("Córdoba", "CBA", "X50", "351", -31.42, -64.18, "America/Argentina/Cordoba", -3)],
    "CO": [("Bogotá", "DC", "110", "601", 4.71, -74.07, "America/Bogota", -5),
           ("Medellín", "ANT", "050", "604", 6.24, -75.58, "America/Bogota", -5)],
    "VN": [("Ho Chi Minh City", "", "70", "28", 10.82, 106.63, "Asia/Ho_Chi_Minh", 7),
           ("Hà Nội", "", "10", "24", 21.03, 105.85, "Asia/Bangkok", 7),
           ("Đà Nẵng", "", "55", "236", 16.05, 108.20, "Asia/Ho_Chi_Minh", 7)],
    "NG": [("Lagos", "LA", "100", "1", 6.52, 3.38, "Africa/Lagos", 1),
           ("Abuja", "FC", "900", "9", 9.08, 7.40, "Africa/Lagos", 1)],
    "KE": [("Nairobi", "", "00", "20", -1.29, 36.82, "Africa/Nairobi", 3)],
    "EG": [("Cairo", "", "11", "2", 30.04, 31.24, "Africa/Cairo", 3)],
    "GB": [("London", "", "E1", "20", 51.51, -0.13, "Europe/London", 1),
           ("Manchester", "", "M1", "161", 53.48, -2.24, "Europe/London", 1)],
    "CA": [("Toronto", "ON", "M5V", "416", 43.65, -79.38, "America/Toronto", -4),
           ("Vancouver", "BC", "V6B", "604", 49.28, -123.12, "America/Vancouver", -7),
           ("Montréal", "QC", "H2X", "514", 45.50, -73.57, "America/Toronto", -4)],
    "DE": [("Berlin", "", "10", "30", 52.52, 13.40, "Europe/Berlin", 2),
           ("München", "", "80", "89", 48.14, 11.58, "Europe/Berlin", 2)],
    "JP": [("Tokyo", "", "100", "3", 35.68, 139.69, "Asia/Tokyo", 9),
           ("Osaka", "", "530", "6", 34.69, 135.50, "Asia/Tokyo", 9)],
    "KR": [("Seoul", "", "04", "2", 37.57, 126.98, "Asia/Seoul", 9),
           ("Busan", "", "48", "51", 35.18, 129.08, "Asia/Seoul", 9)],
    "CN": [("Shanghai", "", "200", "21", 31.23, 121.47, "Asia/Shanghai", 8),
           ("Shenzhen", "", "518", "755", 22.54, 114.06, "Asia/Shanghai", 8)],
    "SG": [("Singapore", "", "0", "", 1.35, 103.82, "Asia/Singapore", 8)],
}

# where contractors live (employees are US by PEO rules, a few CA/GB through partners)
CONTRACTOR_COUNTRIES = [
    ("US", 45), ("IN", 9), ("PH", 7), ("PK", 3), ("UA", 4), ("PL", 3), ("RO", 2), ("RS", 1.5),
    ("BR", 4), ("MX", 4), ("AR", 3), ("CO", 3), ("VN", 2), ("NG", 2), ("KE", 1.5), ("EG", 1),
    ("GB", 2), ("CA", 3), ("DE", 0.5), ("JP", 0.5), ("KR", 0.5), ("CN", 0.5), ("SG", 0.5),
]
EMPLOYEE_COUNTRIES = [("US", 96), ("CA", 2.5), ("GB", 1.5)]
APPLICANT_COUNTRIES = [("US", 62)] + [(c, w * 0.75) for c, w in CONTRACTOR_COUNTRIES if c != "US"]

PHONE_CC = {"US": "1", "CA": "1", "IN": "91", "PH": "63", "PK": "92", "UA": "380", "PL": "48",
            "RO": "40", "RS": "381", "BR": "55", "MX": "52", "AR": "54", "CO": "57", "VN": "84",
            "NG": "234", "KE": "254", "EG": "20", "GB": "44", "DE": "49", "JP": "81", "KR": "82",
            "CN": "86", "SG": "65"}

CURRENCY = {"US": "USD", "CA": "CAD", "GB": "GBP", "IN": "INR", "PH": "PHP", "PK": "USD", "UA": "USD",
            "PL": "PLN", "RO": "EUR", "RS": "EUR", "BR": "BRL", "MX": "MXN", "AR": "USD", "CO": "USD",
            "VN": "USD", "NG": "USD", "KE": "USD", "EG": "USD", "DE": "EUR", "JP": "JPY", "KR": "USD",
            "CN": "USD", "SG": "SGD"}
FX = {"USD": 1, "CAD": 1.36, "GBP": 0.79, "INR": 83.4, "PHP": 57.5, "PLN": 3.95, "EUR": 0.92,
      "BRL": 5.4, "MXN": 18.2, "JPY": 156.0, "SGD": 1.35}

STREETS = ("Main Oak Maple Cedar Pine Elm Washington Lake Hill Park Sunset Highland Ridge Meadow "
           "Forest Lincoln Jefferson Madison Franklin Willow Chestnut Walnut Spruce Birch Cherry "
           "Magnolia Dogwood Sycamore Hickory Aspen Juniper Laurel Holly Valley River Spring Mill "
           "Church School Center Union Market Broad Grove Railroad Prospect Summit Fairview "
           "Evergreen Orchard Bayview Canyon Mesa Saguaro Camelback Peachtree Magnolia Palmetto").split()
SUFFIX = [("Street", "St"), ("Avenue", "Ave"), ("Road", "Rd"), ("Drive", "Dr"), ("Lane", "Ln"),
          ("Court", "Ct"), ("Boulevard", "Blvd"), ("Way", "Way"), ("Place", "Pl"), ("Circle", "Cir"),
          ("Parkway", "Pkwy"), ("Terrace", "Ter")]
INTL_STREETS = {
    "IN": ["MG Road", "Brigade Road", "HSR Layout Sector 2", "Koramangala 5th Block", "Banjara Hills Road 12",
           "Baner Road", "Anna Salai", "Indiranagar 100 Feet Road", "Whitefield Main Road"],
    "PH": ["Ayala Avenue", "Katipunan Avenue", "Commonwealth Avenue", "Osmeña Boulevard", "Rizal Street"],
    "PK": ["Main Boulevard Gulberg", "Shahrah-e-Faisal", "Jinnah Avenue", "MM Alam Road"],
    "UA": ["vul. Khreshchatyk", "vul. Shevchenka", "prosp. Peremohy", "vul. Franka", "vul. Sumska"],
    "PL": ["ul. Marszałkowska", "ul. Długa", "ul. Floriańska", "ul. Świdnicka", "ul. Polna"],
    "RO": ["Strada Victoriei", "Bulevardul Unirii", "Strada Memorandumului", "Calea Dorobanților"],
    "RS": ["Knez Mihailova", "Bulevar oslobođenja", "Nemanjina", "Zmaj Jovina"],
    "BR": ["Rua Augusta", "Avenida Paulista", "Rua da Bahia", "Rua Felipe Schmidt", "Rua Oscar Freire"],
    "MX": ["Av. Insurgentes Sur", "Calle Madero", "Av. Chapultepec", "Av. Constitución"],
    "AR": ["Av. Corrientes", "Av. Santa Fe", "Calle Florida", "Av. Colón"],
    "CO": ["Carrera 7", "Calle 85", "Carrera 43A", "Calle 10"],
    "VN": ["Đường Lê Lợi", "Phố Huế", "Đường Nguyễn Huệ", "Đường Bạch Đằng"],
    "NG": ["Adeola Odeku Street", "Admiralty Way", "Aminu Kano Crescent"],
    "KE": ["Ngong Road", "Waiyaki Way", "Kimathi Street"],
    "EG": ["Tahrir Street", "26th of July Street", "Road 9 Maadi"],
    "GB": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Oxford Road"],
    "CA": ["King Street West", "Granville Street", "Rue Saint-Denis", "Queen Street East"],
    "DE": ["Friedrichstraße", "Leopoldstraße", "Hauptstraße", "Bahnhofstraße"],
    "JP": ["Shibuya 2-chome", "Umeda 1-chome", "Shinjuku 3-chome"],
    "KR": ["Teheran-ro", "Gangnam-daero", "Haeundae-ro"],
    "CN": ["Nanjing Road", "Shennan Avenue", "Huaihai Road"],
    "SG": ["Orchard Road", "Tanjong Pagar Road", "Jurong East Street 21"],
}

# --------------------------------------------------------------------------------------
# networks: name -> (owner, asn, country, kind, [(a, b_lo, b_hi)], v6 prefix or None)
# --------------------------------------------------------------------------------------
NETS = {
    # US residential
    "comcast": ("Comcast Cable Communications, LLC", 7922, "US", "res", [(73, 0, 255), (24, 0, 63), (98, 192, 255)], "2601"),
    "charter": ("Charter Communications Inc", 20115, "US", "res", [(71, 64, 95), (97, 80, 95), (174, 96, 111)], "2603"),
    "att": ("AT&T Services, Inc.", 7018, "US", "res", [(99, 0, 127), (107, 192, 223), (75, 0, 31)], "2600:1700"),
    "verizon": ("Verizon Business", 701, "US", "res", [(108, 0, 63), (72, 64, 95), (173, 48, 79)], "2600:4040"),
    "cox": ("Cox Communications Inc.", 22773, "US", "res", [(68, 96, 111), (70, 160, 191)], "2600:8800"),
    "lumen": ("CenturyLink Communications, LLC", 209, "US", "res", [(67, 0, 31), (184, 96, 111)], None),
    "frontier": ("Frontier Communications of America, Inc.", 5650, "US", "res", [(47, 128, 159), (50, 32, 47)], None),
    "gfiber": ("Google Fiber Inc.", 16591, "US", "res", [(136, 32, 63)], None),
    "tmobile": ("T-Mobile USA, Inc.", 21928, "US", "cgnat", [(172, 56, 63)], "2607:fb90"),
    "vzwireless": ("Verizon Wireless", 6167, "US", "cgnat", [(174, 192, 255)], "2600:1000"),
    "starlink": ("Space Exploration Technologies Corporation", 14593, "US", "cgnat", [(98, 97, 97), (129, 222, 222)], None),
    # US business / office
    "comcastbiz": ("Comcast Cable Communications, LLC", 7922, "US", "office", [(50, 192, 255)], None),
    "attbiz": ("AT&T Services, Inc.", 7018, "US", "office", [(12, 0, 255)], None),
    "lumenbiz": ("Level 3 Parent, LLC", 3356, "US", "office", [(4, 0, 255), (8, 0, 63)], None),
    "zayo": ("Zayo Bandwidth", 6461, "US", "office", [(64, 124, 127), (208, 184, 185)], None),
    # corporate secure-access egress
    "zscaler": ("Zscaler, Inc.", 53813, "US", "corpvpn", [(165, 225, 225), (136, 226, 226)], None),
    "gprotect": ("Palo Alto Networks, Inc", 54538, "US", "corpvpn", [(130, 41, 41), (134, 238, 238)], None),
    "warp": ("Cloudflare, Inc.", 13335, "US", "corpvpn", [(104, 28, 28)], None),
    # hosting / VPN exits
    "m247": ("M247 Europe SRL", 9009, "US", "hosting", [(37, 120, 120), (146, 70, 70)], None),
    "datacamp": ("Datacamp Limited", 60068, "US", "hosting", [(84, 17, 17), (212, 102, 102)], None),
    "vultr": ("The Constant Company, LLC", 20473, "US", "hosting", [(45, 32, 32), (45, 76, 77), (149, 28, 28)], None),
    "digitalocean": ("DigitalOcean, LLC", 14061, "US", "hosting", [(159, 203, 203), (167, 99, 99), (64, 225, 225)], None),
    "ovh": ("OVH SAS", 16276, "US", "hosting", [(51, 222, 222), (142, 44, 44)], None),
    "leaseweb": ("Leaseweb USA, Inc.", 396362, "US", "hosting", [(23, 105, 105), (209, 58, 58)], None),
    "tzulo": ("Tzulo, Inc.", 11878, "US", "hosting", [(204, 44, 44)], None),
    "quadranet": ("QuadraNet Enterprises LLC", 8100, "US", "hosting", [(104, 223, 223), (155, 94, 94)], None),
    "packethub": ("Packethub S.A.", 147049, "US", "hosting", [(149, 102, 102)], None),
    "proton": ("Proton AG", 209103, "US", "hosting", [(79, 135, 135)], None),
    "aws": ("Amazon.com, Inc.", 16509, "US", "hosting", [(3, 80, 95), (54, 144, 159)], None),
    # international residential / mobile
    "jio": ("Reliance Jio Infocomm Limited", 55836, "IN", "cgnat", [(49, 32, 47)], "2409:40"),
    "airtel": ("Bharti Airtel Ltd.", 24560, "IN", "res", [(122, 160, 191)], None),
    "actfiber": ("Atria Convergence Technologies Ltd.", 24309, "IN", "res", [(106, 51, 51)], None),
    "pldt": ("Philippine Long Distance Telephone Company", 9299, "PH", "res", [(112, 198, 211)], None),
    "globe": ("Globe Telecom Inc.", 132199, "PH", "cgnat", [(124, 104, 111)], None),
    "converge": ("Converge ICT Solutions Inc.", 17639, "PH", "res", [(136, 158, 158)], None),
    "ptcl": ("Pakistan Telecommunication Company Limited", 17557, "PK", "res", [(39, 32, 63)], None),
    "nayatel": ("Nayatel (Pvt) Ltd", 23674, "PK", "res", [(116, 58, 58)], None),
    "kyivstar": ("Kyivstar PJSC", 15895, "UA", "res", [(176, 36, 39)], None),
    "ukrtelecom": ("JSC Ukrtelecom", 6849, "UA", "res", [(93, 72, 79)], None),
    "orangepl": ("Orange Polska Spolka Akcyjna", 5617, "PL", "res", [(83, 0, 31)], None),
    "upcpl": ("Liberty Global B.V.", 6830, "PL", "res", [(89, 64, 79)], None),
    "rcsrds": ("RCS & RDS SA", 8708, "RO", "res", [(86, 120, 127)], None),
    "telekomrs": ("Telekom Srbija", 8400, "RS", "res", [(109, 92, 95)], None),
    "vivo": ("TELEFÔNICA BRASIL S.A", 26599, "BR", "res", [(177, 32, 63)], None),
    "clarobr": ("Claro NXT Telecomunicacoes Ltda", 28573, "BR", "res", [(187, 32, 63)], None),
    "telmex": ("Uninet S.A. de C.V.", 8151, "MX", "res", [(189, 128, 191)], None),
    "totalplay": ("Total Play Telecomunicaciones SA De CV", 22884, "MX", "res", [(201, 140, 143)], None),
    "telecomar": ("Telecom Argentina S.A.", 7303, "AR", "res", [(181, 0, 31)], None),
    "claroco": ("Comcel S.A.", 10620, "CO", "res", [(181, 48, 63)], None),
    "viettel": ("Viettel Group", 7552, "VN", "res", [(116, 96, 111)], None),
    "vnpt": ("VNPT Corp", 45899, "VN", "res", [(113, 160, 191)], None),
    "mtnng": ("MTN NIGERIA Communication limited", 29465, "NG", "cgnat", [(102, 88, 91)], None),
    "safaricom": ("Safaricom Limited", 33771, "KE", "cgnat", [(105, 160, 167)], None),
    "tedata": ("TE Data", 8452, "EG", "res", [(41, 32, 47)], None),
    "bt": ("British Telecommunications PLC", 2856, "GB", "res", [(86, 128, 191)], None),
    "virgin": ("Virgin Media Limited", 5089, "GB", "res", [(82, 0, 47)], None),
    "rogers": ("Rogers Communications Canada Inc.", 812, "CA", "res", [(99, 224, 255)], None),
    "bell": ("Bell Canada", 577, "CA", "res", [(142, 112, 127)], None),
    "dtag": ("Deutsche Telekom AG", 3320, "DE", "res", [(79, 192, 255)], None),
    "ocn": ("NTT Communications Corporation", 4713, "JP", "res", [(153, 128, 255)], None),
    "kt": ("Korea Telecom", 4766, "KR", "res", [(175, 192, 223)], None),
    "skb": ("SK Broadband Co Ltd", 9318, "KR", "res", [(211, 200, 215)], None),
    "unicom": ("CHINA UNICOM China169 Backbone", 4837, "CN", "res", [(175, 160, 175)], None),
    "chinanet": ("Chinanet", 4134, "CN", "res", [(58, 32, 63)], None),
    "singtel": ("SingNet Pte Ltd", 9506, "SG", "res", [(116, 14, 15)], None),
    "starhub": ("StarHub Ltd", 4657, "SG", "res", [(118, 200, 201)], None),
    # only ever seen when an operator's real location leaks
    "rostelecom": ("PJSC Rostelecom", 12389, "RU", "res", [(95, 24, 31)], None),
    "starjv": ("Star Joint Venture Co. Ltd.", 131279, "KP", "res", [(175, 45, 45)], None),
}
COUNTRY_NETS = {
    "US": [("comcast", 30), ("charter", 20), ("att", 16), ("verizon", 10), ("cox", 6), ("lumen", 5),
           ("frontier", 4), ("gfiber", 1.5)],
    "IN": [("jio", 4), ("airtel", 4), ("actfiber", 2)], "PH": [("pldt", 5), ("globe", 3), ("converge", 3)],
    "PK": [("ptcl", 3), ("nayatel", 1)], "UA": [("kyivstar", 2), ("ukrtelecom", 1)],
    "PL": [("orangepl", 2), ("upcpl", 1)], "RO": [("rcsrds", 1)], "RS": [("telekomrs", 1)],
    "BR": [("vivo", 2), ("clarobr", 1)], "MX": [("telmex", 2), ("totalplay", 1)],
    "AR": [("telecomar", 1)], "CO": [("claroco", 1)], "VN": [("viettel", 1), ("vnpt", 1)],
    "NG": [("mtnng", 1)], "KE": [("safaricom", 1)], "EG": [("tedata", 1)],
    "GB": [("bt", 2), ("virgin", 1)], "CA": [("rogers", 1), ("bell", 1)], "DE": [("dtag", 1)],
    "JP": [("ocn", 1)], "KR": [("kt", 1), ("skb", 1)], "CN": [("unicom", 1), ("chinanet", 1)],
    "SG": [("singtel", 1), ("starhub", 1)],
}
VPN_EXIT_CITIES = [("Los Angeles", "US", 34.05, -118.24), ("New York", "US", 40.71, -74.01),
                   ("Dallas", "US", 32.78, -96.80), ("Miami", "US", 25.76, -80.19),
                   ("Seattle", "US", 47.61, -122.33), ("Chicago", "US", 41.88, -87.63),
                   ("Ashburn", "US", 39.04, -77.49), ("San Jose", "US", 37.34, -121.89),
                   ("Atlanta", "US", 33.75, -84.39), ("Phoenix", "US", 33.45, -112.07)]


def _check_nets():
    seen = {}
    for k, (_o, _a, _c, _kind, blocks, _v6) in NETS.items():
        for a, lo, hi in blocks:
            for b in range(lo, hi + 1):
                assert (a, b) not in seen or k == "starjv", (k, seen.get((a, b)), a, b)
                seen[(a, b)] = k


_check_nets()

# --------------------------------------------------------------------------------------
# devices, software, peripherals
# --------------------------------------------------------------------------------------
UA_WIN = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0",
]
UA_MAC = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
]
UA_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Mobile Safari/537.36",
    "TandemHR/5.12.1 (iOS 17.5; iPhone15,2)", "TandemHR/5.12.0 (Android 14; SM-A546U)",
]
UA_LINUX = ["Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
            "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0"]

LAPTOPS_MAC = ["MacBookPro18,3", "MacBookPro18,1", "Mac14,7", "Mac14,9", "Mac15,3", "MacBookAir10,1", "Mac14,2"]
LAPTOPS_WIN = ["Dell Latitude 7440", "Dell Latitude 5540", "Lenovo ThinkPad T14 Gen 4", "Lenovo ThinkPad X1 Carbon Gen 11",
               "HP EliteBook 840 G10", "HP ProBook 450 G9", "Dell XPS 13 9315", "Microsoft Surface Laptop 5"]

PROC_COMMON_WIN = ["chrome.exe", "msedge.exe", "explorer.exe", "OUTLOOK.EXE", "Teams.exe", "slack.exe", "Zoom.exe",
                   "OneDrive.exe", "1Password.exe", "WINWORD.EXE", "EXCEL.EXE", "Spotify.exe", "Dropbox.exe"]
PROC_COMMON_MAC = ["Google Chrome", "Safari", "Finder", "Slack", "zoom.us", "Microsoft Teams", "Microsoft Outlook",
                   "1Password", "Notion", "Spotify", "Dropbox", "Microsoft Excel"]
PROC_DEV_WIN = ["Code.exe", "node.exe", "docker.exe", "python.exe", "idea64.exe", "Postman.exe", "git.exe", "WindowsTerminal.exe"]
PROC_DEV_MAC = ["Code", "node", "com.docker.backend", "python3", "idea", "Postman", "iTerm2", "git"]
PROC_DESIGN = ["Figma", "Adobe Photoshop 2024", "Adobe Illustrator", "Sketch"]
PROC_FIN = ["QuickBooks", "QBDBMgrN.exe", "Bill.com Sync"]
EDR = {"mac": ["falcond", "JamfAgent", "SentinelAgent"], "win": ["CSFalconService.exe", "IntuneManagementExtension.exe",
                                                                 "SentinelAgent.exe", "MsMpEng.exe"]}
REMOTE_TOOLS = {
    "anydesk": ({"win": "AnyDesk.exe", "mac": "AnyDesk"}, "7070/tcp"),
    "teamviewer": ({"win": "TeamViewer.exe", "mac": "TeamViewer"}, "5938/tcp"),
    "rustdesk": ({"win": "rustdesk.exe", "mac": "RustDesk"}, "21118/tcp"),
    "crd": ({"win": "remoting_host.exe", "mac": "ChromeRemoteDesktopHost"}, None),
    "screenconnect": ({"win": "ScreenConnect.ClientService.exe", "mac": "connectwisecontrol-client"}, None),
    "ninja": ({"win": "NinjaRMMAgent.exe", "mac": "NinjaRMMAgent"}, None),
    "atera": ({"win": "AteraAgent.exe", "mac": "AteraAgent"}, None),
    "splashtop": ({"win": "SRService.exe", "mac": "Splashtop Streamer"}, None),
    "parsec": ({"win": "parsecd.exe", "mac": "Parsec"}, None),
    "vnc": ({"win": "tvnserver.exe", "mac": "vncserver"}, "5900/tcp"),
}
USB_COMMON = [("USB Receiver", "046d", "c52b"), ("Logitech BRIO", "046d", "085e"), ("HD Pro Webcam C920", "046d", "082d"),
              ("Jabra Evolve2 65", "0b0e", "24e0"), ("Magic Keyboard", "05ac", "029c"), ("YubiKey OTP+FIDO+CCID", "1050", "0407"),
              ("Dell Universal Dock D6000", "17e9", "6006"), ("ThinkPad USB-C Dock Gen2", "17ef", "a396"),
              ("Microsoft Ergonomic Keyboard", "045e", "082c"), ("Ultra", "0781", "5581"), ("Razer DeathAdder V2", "1532", "0084"),
              ("Yeti Stereo Microphone", "b58e", "9e84"), ("Keychron K2", "05ac", "024f"), ("MX Master 3", "046d", "4082"),
              ("USB2.0 Hub", "05e3", "0610"), ("AX88179 Gigabit Ethernet", "0b95", "1790"), ("Anker PowerExpand 7-in-1", "291a", "8311")]
USB_KVM_SWITCH = [("CS22U KVM Switch", "0557", "2419"), ("UGREEN USB KVM Switch", "05e3", "0626")]
USB_GADGET_DEV = [("Multifunction Composite Gadget", "1d6b", "0104"), ("Pico", "2e8a", "0005"), ("CP2102 USB to UART Bridge Controller", "10c4", "ea60")]
USB_CAPTURE = [("Cam Link 4K", "0fd9", "0066"), ("USB Video", "534d", "2109")]
USB_IPKVM = {
    "pikvm": [("PiKVM Composite Device", "1d6b", "0104"), ("PiKVM Keyboard", "1d6b", "0104")],
    "tinypilot": [("TinyPilot", "1d6b", "0104")],
    "jetkvm": [("JetKVM USB Emulation Device", "1d6b", "0104")],
    "nanokvm": [("NanoKVM", "3346", "1009")],
    "spoofed": [("USB Receiver", "046d", "c52b")],      # a gadget configured to look like a Logitech receiver
}
EDID_KVM = {"pikvm": "PiKVM V3", "tinypilot": "TinyPilot", "jetkvm": "JetKVM", "nanokvm": "NanoKVM", "spoofed": "DELL P2422H"}
DISPLAYS = ["DELL U2720Q", "DELL P2422H", "DELL S2721QS", "LG HDR 4K", "LG ULTRAFINE", "LG FHD", "ASUS VG248",
            "Odyssey G5", "HP E24 G5", "BenQ GW2480", "Acer K242HL", "Sceptre F24", "PHL 272V8", "SAMSUNG"]
SSID_DEFAULTS = ["NETGEAR", "linksys", "TP-Link_2.4GHz", "xfinitywifi", "ATT-WIFI", "Verizon_Guest", "SpectrumSetup"]


def ascii_fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ß", "ss")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def slug(s: str) -> str:
    return "".join(ch for ch in ascii_fold(s).lower() if ch.isalnum())


# --------------------------------------------------------------------------------------
# photos: a face is a seed; copies of it are edits of one rendering
# --------------------------------------------------------------------------------------
SKIN = [(255, 224, 196), (241, 194, 165), (224, 172, 135), (198, 134, 96), (161, 102, 70),
        (120, 78, 52), (88, 58, 40), (234, 192, 160)]
HAIR = [(20, 16, 14), (45, 30, 22), (80, 52, 30), (120, 85, 50), (180, 140, 90), (210, 180, 130),
        (100, 100, 100), (160, 60, 30)]
S_IMG = 128
_YY, _XX = np.mgrid[0:S_IMG, 0:S_IMG].astype(np.float32)


def _waves(g, amp, n=3):
    out = np.zeros((S_IMG, S_IMG), np.float32)
    for _ in range(n):
        kx, ky = g.uniform(-0.12, 0.12, 2)
        out += amp * np.sin(kx * _XX + ky * _YY + g.uniform(0, 6.28))
    return out


def render_face(seed: int, edit: tuple | None) -> Image.Image:
    """seed: the face; edit: (bg_seed, dx, dy, zoom, bright, tint_seed, flip, glasses, noise_seed) or None."""
    g = np.random.default_rng(seed)
    bg_g = np.random.default_rng(edit[0]) if edit and edit[0] else g
    bg = bg_g.uniform(40, 230, 3).astype(np.float32)
    img = np.empty((S_IMG, S_IMG, 3), np.float32)
    bgw = _waves(bg_g, 22.0)
    for c in range(3):
        img[:, :, c] = bg[c] + bgw * (0.6 + 0.4 * c / 2)
    skin = np.array(SKIN[int(g.integers(len(SKIN)))], np.float32) + g.normal(0, 8, 3)
    hair = np.array(HAIR[int(g.integers(len(HAIR)))], np.float32) + g.normal(0, 6, 3)
    cloth = g.uniform(20, 230, 3).astype(np.float32)
    cx = S_IMG / 2 + g.normal(0, 4)
    cy = S_IMG * 0.47 + g.normal(0, 3)
    rx = S_IMG * g.uniform(0.19, 0.25)
    ry = S_IMG * g.uniform(0.26, 0.32)
    sh = ((_XX - S_IMG / 2) / (S_IMG * g.uniform(0.40, 0.50))) ** 2 + ((_YY - S_IMG * 1.05) / (S_IMG * 0.33)) ** 2 <= 1
    img[sh] = cloth + _waves(g, 10.0)[sh, None]
    hv = g.uniform(1.05, 1.25)
    hm = ((_XX - cx) / (rx * hv)) ** 2 + ((_YY - (cy - ry * g.uniform(0.1, 0.3))) / (ry * 1.02)) ** 2 <= 1
    img[hm] = hair + _waves(g, 8.0)[hm, None]
    fm = ((_XX - cx) / rx) ** 2 + ((_YY - (cy + ry * 0.08)) / (ry * 0.93)) ** 2 <= 1
    ftex = _waves(g, 9.0, 4)
    img[fm] = skin + ftex[fm, None]
    ex = rx * g.uniform(0.35, 0.50)
    ey = cy - ry * g.uniform(0.0, 0.15)
    er = g.uniform(2.2, 3.8)
    for sx in (-1, 1):
        em = ((_XX - (cx + sx * ex)) / (er * 1.5)) ** 2 + ((_YY - ey) / er) ** 2 <= 1
        img[em] = (30, 25, 25)
        bm = (np.abs(_YY - (ey - er * g.uniform(2.0, 3.2))) < 1.3) & (np.abs(_XX - (cx + sx * ex)) < er * 2.2)
        img[bm] = hair * 0.8
    my = cy + ry * g.uniform(0.42, 0.58)
    mw = rx * g.uniform(0.3, 0.5)
    mm = ((_XX - cx) / mw) ** 2 + ((_YY - my) / g.uniform(1.5, 3.5)) ** 2 <= 1
    img[mm] = skin * 0.55
    nm = (np.abs(_XX - cx) < 1.2) & (_YY > ey + 3) & (_YY < my - 6)
    img[nm] = skin * 0.8
    if edit:
        _bg, dx, dy, zoom, bright, tint_seed, flip, glasses, noise_seed = edit
        if glasses:
            for sx in (-1, 1):
                gm = (np.abs(np.sqrt(((_XX - (cx + sx * ex)) / 1.4) ** 2 + (_YY - ey) ** 2) - er * 2.3) < 1.0)
                img[gm] = (15, 15, 15)
        if tint_seed:
            img += np.random.default_rng(tint_seed).normal(0, 9, 3).astype(np.float32)
        img *= bright
        if noise_seed:
            img += np.random.default_rng(noise_seed).normal(0, 5, img.shape).astype(np.float32)
    im = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8), "RGB")
    if edit:
        _bg, dx, dy, zoom, bright, tint_seed, flip, glasses, noise_seed = edit
        if dx or dy or zoom != 1.0:
            m = S_IMG * (1 - 1 / zoom) / 2
            im = im.crop((int(m + dx), int(m + dy), int(S_IMG - m + dx), int(S_IMG - m + dy))).resize((S_IMG, S_IMG))
        if flip:
            im = im.transpose(Image.FLIP_LEFT_RIGHT)
    return im


def render_default_avatar() -> Image.Image:
    im = Image.new("RGB", (S_IMG, S_IMG), (200, 204, 209))
    d = ImageDraw.Draw(im)
    d.ellipse((40, 22, 88, 72), fill=(150, 156, 163))
    d.ellipse((18, 80, 110, 170), fill=(150, 156, 163))
    return im


# --------------------------------------------------------------------------------------
# resumes
# --------------------------------------------------------------------------------------
VERBS = ("Built Designed Led Shipped Migrated Refactored Implemented Owned Automated Scaled Launched "
         "Optimized Maintained Delivered Rebuilt Introduced Drove Integrated Streamlined Mentored "
         "Developed Architected Coordinated Managed Reduced Improved Created Supported").split()
OBJECTS = [
    "a customer-facing dashboard", "the payments service", "a React component library", "CI/CD pipelines",
    "the mobile checkout flow", "REST and GraphQL APIs", "the data warehouse ingestion jobs", "a Kubernetes platform",
    "an internal admin tool", "the onboarding funnel", "microservices in Go", "a Node.js backend", "ETL pipelines in Airflow",
    "the iOS app", "the Android app", "a design system", "infrastructure as code in Terraform", "the search service",
    "real-time notifications", "a Solidity smart-contract suite", "the billing integration with Stripe",
    "an analytics event pipeline", "the customer support knowledge base", "vendor invoicing workflows",
    "month-end close procedures", "payroll reconciliation", "social media campaigns", "the company blog",
    "Shopify storefront", "HubSpot CRM workflows", "the QA automation suite", "load testing harness",
    "a machine-learning feature store", "LLM-based support assistant", "the authentication service",
    "SOC 2 evidence collection", "patient scheduling system", "warehouse inventory tracking", "client reporting templates",
]
RESULTS = [
    "cutting page load time by {n}%", "reducing infrastructure cost by {n}%", "serving {k}k daily users",
    "improving conversion by {n}%", "with {n} engineers", "reducing incident volume by {n}%",
    "saving {n} hours per week", "increasing test coverage to {n}%", "across {n} product teams",
    "handling {k}k requests per minute", "ahead of schedule", "for {n} enterprise clients",
    "raising NPS by {n} points", "with zero downtime", "supporting {k}k transactions a month",
]
SKILLS_DEV = ["JavaScript", "TypeScript", "React", "Next.js", "Vue.js", "Angular", "Node.js", "Python", "Django", "FastAPI",
              "Go", "Java", "Spring Boot", "Kotlin", "Swift", "React Native", "Flutter", "PHP", "Laravel", "Ruby on Rails",
              "C#", ".NET", "PostgreSQL", "MySQL", "MongoDB", "Redis", "AWS", "GCP", "Azure", "Docker", "Kubernetes",
              "Terraform", "GraphQL", "Solidity", "Web3.js", "Rust", "Kafka", "Airflow", "Spark", "dbt", "Snowflake",
              "TensorFlow", "PyTorch", "LangChain", "Tailwind CSS", "Jest", "Cypress", "Git", "Linux"]
SKILLS_BIZ = ["Excel", "QuickBooks", "Xero", "NetSuite", "Salesforce", "HubSpot", "Google Ads", "SEO", "Figma", "Canva",
              "Adobe Photoshop", "Zendesk", "Intercom", "Asana", "Jira", "Notion", "Copywriting", "Bookkeeping",
              "Customer Success", "Project Management", "Recruiting", "Payroll", "Scheduling", "Shopify", "Tableau"]
PAST_COMPANIES = [
    "Accenture", "Deloitte", "Cognizant", "Infosys", "Wipro", "EPAM Systems", "Globant", "Toptal", "Andela",
    "Shopify", "Stripe", "Square", "Twilio", "Salesforce", "Oracle", "IBM", "Capgemini", "Thoughtworks",
    "Amazon", "Walmart Global Tech", "Target", "Capital One", "JPMorgan Chase", "Wells Fargo", "Comcast",
    "Brightline Digital", "Northstar Apps", "BlueOcean Software", "Pixel Forge", "Crestview Analytics", "Lumen Labs",
    "Summit Health", "Harbor Logistics", "Evergreen Marketing", "Redwood Consulting", "Atlas Fintech",
    "Coinbase", "Kraken", "Chainlink Labs", "Upwork (freelance)", "Freelance", "Self-employed",
    "Kyivstar", "SoftServe", "Luxoft", "Endava", "Globe Telecom", "Tata Consultancy Services", "HCLTech",
    "Mercado Libre", "Rappi", "Nubank", "Grab", "Sea Group", "Rakuten", "LINE", "Kakao", "Naver",
]
SCHOOLS = {
    "US": ["University of Texas at Austin", "Arizona State University", "University of Florida", "Penn State University",
           "University of Washington", "Georgia Institute of Technology", "Ohio State University", "Rutgers University",
           "University of Michigan", "San Jose State University", "Purdue University", "UC San Diego",
           "Columbia University", "New York University", "University of Illinois Urbana-Champaign", "Community College"],
    "IN": ["IIT Bombay", "VIT Vellore", "Anna University", "BITS Pilani", "Osmania University", "Pune University"],
    "PH": ["University of the Philippines Diliman", "Ateneo de Manila University", "De La Salle University"],
    "PK": ["LUMS", "FAST-NUCES", "NUST"], "UA": ["Kyiv Polytechnic Institute", "Lviv Polytechnic National University"],
    "PL": ["Warsaw University of Technology", "AGH University of Science and Technology"],
    "RO": ["Politehnica University of Bucharest", "Babeș-Bolyai University"], "RS": ["University of Belgrade"],
    "BR": ["Universidade de São Paulo", "UFMG", "UFSC"], "MX": ["UNAM", "Tecnológico de Monterrey"],
    "AR": ["Universidad de Buenos Aires"], "CO": ["Universidad de los Andes", "Universidad Nacional de Colombia"],
    "VN": ["Hanoi University of Science and Technology", "FPT University"], "NG": ["University of Lagos"],
    "KE": ["University of Nairobi"], "EG": ["Cairo University"], "GB": ["University of Manchester", "King's College London"],
    "CA": ["University of Toronto", "University of British Columbia", "McGill University"], "DE": ["TU München"],
    "JP": ["University of Tokyo", "Osaka University"], "KR": ["Seoul National University", "KAIST"],
    "CN": ["Zhejiang University", "Shanghai Jiao Tong University"], "SG": ["National University of Singapore"],
}
TEMPLATE_SUMMARY = [
    "Results-driven {title} with a proven track record of delivering high-quality solutions in fast-paced environments. "
    "Adept at collaborating with cross-functional teams and passionate about continuous learning.",
    "Highly motivated {title} with {y}+ years of experience. Strong problem-solving skills, excellent communication, "
    "and a commitment to writing clean, maintainable work.",
    "Detail-oriented {title} seeking to leverage my skills and experience to contribute to a dynamic team. "
    "Known for reliability, ownership and a customer-first mindset.",
]
SUMMARY_BITS = [
    "I like small teams where I can own a problem end to end.", "Most of my recent work is {s1} and {s2}.",
    "Previously shipped products used by {k}k people.", "Comfortable working async across time zones.",
    "I care about tests, readable code and calm on-call rotations.", "Happiest close to customers.",
    "Looking for a long-term remote role.", "Open to contract or full-time.", "Background in {s1}; moving toward {s2}.",
    "I mentor junior colleagues and write a lot of documentation.", "Former founder of a small agency.",
]


def docx_bytes(text: str) -> bytes:
    from xml.sax.saxutils import escape
    paras = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(line)}</w:t></w:r></w:p>" for line in text.split("\n"))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{paras}</w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


# --------------------------------------------------------------------------------------
# clients
# --------------------------------------------------------------------------------------
INDUSTRIES = [
    # (name, tech?, weight, office share, provisioning share)
    ("software", True, 16, 0.25, 0.75), ("saas", True, 10, 0.25, 0.8), ("digital agency", True, 9, 0.3, 0.5),
    ("fintech", True, 4, 0.35, 0.85), ("web3", True, 2.5, 0.1, 0.5), ("game studio", True, 2, 0.3, 0.7),
    ("e-commerce", True, 7, 0.3, 0.5), ("marketing", False, 7, 0.35, 0.4), ("consulting", False, 6, 0.3, 0.5),
    ("accounting", False, 4, 0.6, 0.6), ("law firm", False, 3, 0.8, 0.6), ("healthcare clinic", False, 4, 0.9, 0.3),
    ("dental practice", False, 3, 0.95, 0.2), ("real estate", False, 3, 0.5, 0.3), ("nonprofit", False, 3, 0.4, 0.4),
    ("logistics", False, 3, 0.5, 0.4), ("construction", False, 3, 0.6, 0.3), ("architecture", False, 2, 0.7, 0.5),
    ("media", False, 2, 0.4, 0.5), ("education", False, 2, 0.4, 0.4), ("restaurant group", False, 2, 0.9, 0.1),
    ("customer support BPO", False, 2, 0.2, 0.6), ("staffing", True, 2, 0.2, 0.3),
]
TITLES_TECH = [("Software Engineer", 10), ("Senior Software Engineer", 9), ("Full Stack Developer", 9),
               ("Frontend Developer", 6), ("Backend Engineer", 6), ("Mobile Developer", 4), ("iOS Engineer", 2),
               ("Android Engineer", 2), ("DevOps Engineer", 3), ("Data Engineer", 3), ("QA Engineer", 3),
               ("Machine Learning Engineer", 2), ("Blockchain Developer", 1), ("Product Designer", 3),
               ("Product Manager", 3), ("Engineering Manager", 2), ("Customer Success Manager", 3),
               ("Account Executive", 3), ("Marketing Manager", 2), ("Technical Support Engineer", 2),
               ("Operations Coordinator", 2), ("Recruiter", 1)]
TITLES_BIZ = [("Office Manager", 4), ("Bookkeeper", 3), ("Staff Accountant", 3), ("Paralegal", 2),
              ("Project Manager", 4), ("Sales Representative", 4), ("Customer Support Specialist", 5),
              ("Operations Coordinator", 3), ("Executive Assistant", 3), ("Virtual Assistant", 3),
              ("Content Writer", 2), ("Graphic Designer", 2), ("Social Media Manager", 2), ("Web Developer", 2),
              ("Marketing Coordinator", 3), ("Medical Assistant", 2), ("Dental Hygienist", 1), ("Scheduler", 2),
              ("Estimator", 1), ("Dispatcher", 1), ("HR Generalist", 1), ("Data Analyst", 2)]
DEV_TITLES = {t for t, _ in TITLES_TECH[:13]} | {"Web Developer"}
NAME_A = ("Bright Pine North Harbor Blue Copper Silver Summit Cedar Granite Maple Iron Lumen Clear Red Oak Falcon "
          "Beacon Atlas Vertex Orbit Nimbus Sparrow Anchor Keystone Willow Meridian Prairie Canyon Juniper Apex "
          "Bayside Evergreen Pioneer Lantern Kite Quartz Tidal Crescent Aspen Fox Hollow Sterling Harvest Coral").split()
NAME_B = ("Labs Analytics Studio Works Digital Health Dental Partners Group Logistics Systems Software Media "
          "Collective Consulting Solutions Realty Builders Design Foods Learning Cloud Data Pay Commerce Ventures "
          "Robotics Security Apps Creative Advisors Clinic Legal Supply Energy Network").split()
IND_NAMES = {
    "software": "Labs Software Systems Apps Cloud Data Digital Works".split(),
    "saas": "Cloud Software Analytics Data Systems Platform".split(), "digital agency": "Digital Creative Studio Media Collective Interactive".split(),
    "fintech": "Pay Financial Capital Ledger Money".split(), "web3": "Chain Labs Protocol Network".split(),
    "game studio": "Games Studios Interactive Entertainment".split(), "e-commerce": "Goods Supply Shop Commerce Outfitters Market".split(),
    "marketing": "Marketing Media Creative Growth Agency".split(), "consulting": "Consulting Advisors Partners Group Strategy".split(),
    "accounting": ["Accounting", "CPAs", "Tax Services"], "law firm": ["Law Group", "Legal", "& Associates", "Law"],
    "healthcare clinic": "Health Clinic Medical Wellness Care".split(), "dental practice": ["Dental", "Dentistry", "Smiles", "Family Dental"],
    "real estate": "Realty Properties Homes Real Estate".split(" ")[:3] + ["Real Estate"], "nonprofit": "Foundation Alliance Initiative Trust".split(),
    "logistics": "Logistics Freight Transport Delivery".split(), "construction": "Builders Construction Contracting Roofing".split(),
    "architecture": ["Architects", "Design", "Studio", "Architecture"], "media": "Media Publishing Productions Press".split(),
    "education": "Learning Academy Tutoring Education".split(), "restaurant group": ["Hospitality", "Kitchen", "Restaurant Group", "Eats"],
    "customer support BPO": ["Support", "Outsourcing", "CX", "Contact Solutions"],
    "staffing": ["Tech Solutions", "IT Staffing", "Staffing", "Talent", "Consulting Group", "Tech", "Soft"],
}
NAME_SUFFIX = ["", "", "", " LLC", " Inc.", " Co.", " PLLC", " LLP", " Corp."]
TLDS = [(".com", 70), (".io", 10), (".co", 6), (".ai", 4), (".dev", 2), (".net", 4), (".app", 2), (".xyz", 1)]
NS_SETS = [("ns1.dreamhost.com;ns2.dreamhost.com", 2), ("dns1.registrar-servers.com;dns2.registrar-servers.com", 8),
           ("ns01.domaincontrol.com;ns02.domaincontrol.com", 12), ("ns-cloud-a1.googledomains.com;ns-cloud-a2.googledomains.com", 6),
           ("ns1.squarespacedns.com;ns2.squarespacedns.com", 6), ("ns1.wixdns.net;ns2.wixdns.net", 4),
           ("CF", 20), ("AWS", 8), ("ns1.hover.com;ns2.hover.com", 1), ("ns1.bluehost.com;ns2.bluehost.com", 3)]
CF_NAMES = "ada bob cruz dana eric fay gina hal ivy jay kim lou meg nash olga pat quinn rob sue tom uma val will xena".split()
HOSTING_IPS = ["198.185.159.144", "198.185.159.145", "198.49.23.144", "198.49.23.145", "185.230.63.107", "185.230.63.171",
               "23.227.38.65", "23.227.38.32", "76.76.21.21", "75.2.60.5", "99.83.190.102", "104.21.48.12", "172.67.180.10",
               "192.0.78.24", "192.0.78.25", "35.185.44.232"]
PRIVACY_EMAILS = ["privacy@domainsbyproxy.com", "contact@privacyguardian.org", "redacted@whoisprivacy.com",
                  "abuse@withheldforprivacy.com"]
PEO_ADDRESS = "Tandem HR, 1 Embarcadero Center Ste 500, San Francisco, CA 94111"
PEO_CLEARING = ("bank", "121000248/4410098231")          # PEO pay-card / clearing settlement account
EOR_PARTNERS = [("Globalink EOR", "wallet", "wise:payouts@globalink-eor.com"),
                ("Remotely People", "bank", "GB29NWBK60161331926819"),
                ("LatAm Talent Bridge", "wallet", "payoneer:38829171")]


# --------------------------------------------------------------------------------------
# the world
# --------------------------------------------------------------------------------------
from types import SimpleNamespace as NS  # noqa: E402

COUNTRY_NAME = {"US": "USA", "CA": "Canada", "GB": "United Kingdom", "IN": "India", "PH": "Philippines",
                "PK": "Pakistan", "UA": "Ukraine", "PL": "Poland", "RO": "Romania", "RS": "Serbia", "BR": "Brazil",
                "MX": "Mexico", "AR": "Argentina", "CO": "Colombia", "VN": "Vietnam", "NG": "Nigeria", "KE": "Kenya",
                "EG": "Egypt", "DE": "Germany", "JP": "Japan", "KR": "South Korea", "CN": "China", "SG": "Singapore"}
MAIL_PROVIDERS = {
    "default": [("gmail.com", 55), ("outlook.com", 8), ("hotmail.com", 5), ("yahoo.com", 10), ("icloud.com", 8),
                ("proton.me", 3), ("aol.com", 2), ("me.com", 1)],
    "IN": [("gmail.com", 78), ("yahoo.co.in", 7), ("rediffmail.com", 3), ("outlook.com", 8)],
    "UA": [("gmail.com", 62), ("ukr.net", 28), ("i.ua", 5)], "PL": [("gmail.com", 55), ("wp.pl", 20), ("o2.pl", 10), ("onet.pl", 10)],
    "BR": [("gmail.com", 70), ("hotmail.com", 15), ("uol.com.br", 5), ("bol.com.br", 4)],
    "CN": [("qq.com", 40), ("163.com", 30), ("gmail.com", 20), ("outlook.com", 5)],
    "KR": [("naver.com", 50), ("gmail.com", 35), ("daum.net", 10)], "JP": [("gmail.com", 50), ("yahoo.co.jp", 30), ("icloud.com", 10)],
    "DE": [("gmail.com", 40), ("gmx.de", 25), ("web.de", 25)], "MX": [("gmail.com", 70), ("hotmail.com", 20), ("yahoo.com.mx", 5)],
    "RS": [("gmail.com", 80), ("yahoo.com", 10)], "RO": [("gmail.com", 75), ("yahoo.com", 15)],
}
ROUTER_OUI = ["a0:40:a0", "c4:04:15", "50:c7:bf", "3c:7a:8a", "10:da:43", "f8:1a:67", "d8:07:b6", "b0:be:76",
              "e8:48:b8", "44:a5:6e", "9c:3d:cf", "00:1d:aa", "cc:40:d0", "78:d2:94", "2c:30:33", "c8:9e:43"]
NICKS = "dev code tech pixel ninja cloud byte star sky blue moon sun king pro guru wave rock smart nova".split()


PH_PFX = "905 906 915 916 917 926 927 935 936 945 955 956 965 966 975 977 995 908 909 918 919 920 921 928 929 939 947 949 961 998".split()
PK_PFX = "300 301 302 303 305 306 307 308 309 310 311 312 313 314 315 316 317 320 321 322 323 331 332 333 334 335 336 340 341 342 343 344 345 346 347".split()
CO_PFX = "300 301 302 304 305 310 311 312 313 314 315 316 317 318 319 320 321 322 323 350".split()
CN_PFX = "130 131 132 133 135 136 137 138 139 150 151 152 155 156 157 158 159 180 181 182 183 185 186 187 188 189 198 199".split()


def _digits(r, k):
    return "".join(str(r.randint(0, 9)) for _ in range(k))


class World:
    def __init__(self, n: int, seed: int):
        self.n = n
        self.seed = seed
        self.r = random.Random(seed * 1_000_003 + 14)
        self.sc = min(1.6, max(0.35, math.sqrt(n / 20000.0)))
        self.subjects, self.truth = [], []
        self.logins, self.endpoint, self.payments, self.shipments, self.domains = [], [], [], [], []
        self.photos, self.resumes = {}, {}
        self._sids, self._emails, self._ips, self._names, self._domains = set(), set(), set(), set(), set()
        self.cities = {"US": [NS(cc="US", name=c[0], region=c[1], zp=c[2], area=c[3], lat=c[4], lon=c[5], tz=c[6], off=c[7])
                              for c in US_CITIES]}
        for cc, lst in INTL_CITIES.items():
            self.cities[cc] = [NS(cc=cc, name=c[0], region=c[1], zp=c[2], area=c[3], lat=c[4], lon=c[5], tz=c[6], off=c[7])
                               for c in lst]
        self.cgnat_pools = {}
        self.face_counter = 0
        self.n_fraud = 0
        self.n_rows = 0
        self._pid = 0

    # ---------------- basics
    def wpick(self, pairs):
        tot = 0.0
        for _, w in pairs:
            tot += w
        x = self.r.random() * tot
        for v, w in pairs:
            x -= w
            if x <= 0:
                return v
        return pairs[-1][0]

    def tok(self, k=12):
        return "%0*x" % (k, self.r.getrandbits(4 * k))

    def uuid(self):
        h = self.tok(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:32]}"

    def new_sid(self):
        while True:
            s = "TH%07d" % self.r.randint(0, 9_999_999)
            if s not in self._sids:
                self._sids.add(s)
                return s

    def between(self, a: dt.datetime, b: dt.datetime) -> dt.datetime:
        return a + dt.timedelta(seconds=int((b - a).total_seconds() * self.r.random()))

    def pick_city(self, cc):
        if cc == "US":
            return self.r.choices(self.cities["US"], weights=US_CITY_W)[0]
        return self.r.choice(self.cities[cc])

    def new_face(self):
        self.face_counter += 1
        return (self.seed * 7_777_777 + self.face_counter * 104_729) % (2 ** 31)

    # ---------------- networks
    def alloc_ip(self, key):
        owner, asn, cc, kind, blocks, _v6 = NETS[key]
        r = self.r
        while True:
            a, lo, hi = r.choice(blocks)
            b = r.randint(lo, hi)
            c = r.randint(176, 179) if key == "starjv" else r.randint(0, 255)
            ip = f"{a}.{b}.{c}.{r.randint(1, 254)}"
            if ip not in self._ips:
                self._ips.add(ip)
                return ip

    def alloc_ip6(self, key):
        v6 = NETS[key][5]
        if not v6:
            return None
        parts = v6.split(":")
        while len(parts) < 4:
            parts.append("%x" % self.r.randint(0x100, 0xffff))
        return ":".join(parts) + "::" + "%x" % self.r.randint(1, 0xffff)

    def net(self, key, city=None, ip=None, lat=None, lon=None, cityname=None, cc=None):
        owner, asn, ncc, kind, _b, _v6 = NETS[key]
        if city is not None:
            lat = city.lat + self.r.uniform(-0.06, 0.06)
            lon = city.lon + self.r.uniform(-0.06, 0.06)
            cityname = city.name
        return NS(ip=ip or self.alloc_ip(key), ip6=None, asn=asn, owner=owner, cc=cc or ncc, city=cityname or "",
                  lat=round(lat, 4) if lat is not None else None, lon=round(lon, 4) if lon is not None else None,
                  kind=kind, key=key)

    def cgnat_ips(self, key, city):
        pool = self.cgnat_pools.get(key)
        if pool is None:
            size = max(4, self.n // 250) if NETS[key][2] == "US" else max(3, self.n // 1500)
            pool = self.cgnat_pools[key] = [self.net(key, city=self.pick_city(NETS[key][2])) for _ in range(size)]
        k = self.r.randint(2, 3)
        return [self.r.choice(pool) for _ in range(k)]

    def home_network(self, city, flags):
        """-> list of (net, weight) for a home internet connection."""
        r = self.r
        cc = city.cc
        if cc == "US" and r.random() < 0.065:
            key = self.wpick([("tmobile", 5), ("starlink", 2), ("vzwireless", 3)])
        else:
            key = self.wpick(COUNTRY_NETS[cc])
        if NETS[key][3] == "cgnat":
            flags.add("cgnat")
            return [(n, 1.0) for n in self.cgnat_ips(key, city)]
        n = self.net(key, city=city)
        if r.random() < 0.25:
            n.ip6 = self.alloc_ip6(key)
        out = [(n, 0.85)]
        if r.random() < 0.2:   # dynamic address changed once
            out.append((self.net(key, city=city), 0.15))
        return out

    def mobile_network(self, city):
        cc = city.cc
        if cc == "US":
            key = self.wpick([("tmobile", 4), ("vzwireless", 4)])
        else:
            cg = [k for k, _ in COUNTRY_NETS[cc] if NETS[k][3] == "cgnat"]
            if not cg:
                return []
            key = cg[0]
        return [(n, 1.0) for n in self.cgnat_ips(key, city)]

    def gw_mac(self):
        return self.r.choice(ROUTER_OUI) + ":" + ":".join("%02x" % self.r.randint(0, 255) for _ in range(3))

    def home_ssid(self, net_key, last, flags):
        r = self.r
        x = r.random()
        if x < 0.04:
            flags.add("default_ssid")
            return r.choice(SSID_DEFAULTS[:3])
        if x < 0.08:
            return r.choice(["Pretty Fly for a WiFi", "FBI Surveillance Van", "Bill Wi the Science Fi", "Hide Yo Kids Hide Yo WiFi"])
        if x < 0.18:
            return f"{ascii_fold(last)} Family WiFi" if r.random() < 0.5 else f"The{ascii_fold(last)}s"
        pre = {"comcast": "XFINITY-", "charter": "MySpectrumWiFi", "att": "ATT", "verizon": "Fios-", "cox": "Cox-"}.get(net_key)
        if pre:
            return pre + self.tok(4).upper()[:r.randint(3, 4)] + ("-5G" if r.random() < 0.4 else "")
        return r.choice(["NETGEAR", "TP-Link_", "Tenda_", "HUAWEI-", "ASUS_", "Linksys"]) + self.tok(4).upper()

    # ---------------- identity
    def birth(self):
        age = self.r.triangular(21, 64, 31)
        return (EXPORT - dt.timedelta(days=age * 365.25)).date()

    def ssn_hash(self, cc):
        raw = _digits(self.r, 9)
        return "h:" + hashlib.sha256(f"tandem|{cc}|{raw}".encode()).hexdigest()[:24]

    def make_name(self, cc, heritage=None, last=None):
        r = self.r
        her = heritage or self.wpick(HERITAGE[cc])
        firsts, lasts = NAMES[her]
        first = r.choice(firsts)
        if cc in ("US", "CA", "GB", "SG") and her in ("chinese", "korean", "vietnamese", "japanese", "indian", "filipino") \
                and r.random() < 0.4:
            first = r.choice(ENGLISH_FIRST)
        last = last or r.choice(lasts)
        if her == "hispanic" and cc != "US" and r.random() < 0.3:
            last = last + " " + r.choice(lasts)
        return her, first, last

    def make_email(self, first, last, birth, cc, style=None):
        r = self.r
        f, l = slug(first) or "x", slug(last) or "y"
        style = style or self.wpick([("first.last", 25), ("firstlast", 14), ("flast", 11), ("first_last", 5),
                                     ("first.lastNN", 12), ("firstlastYY", 10), ("lastfirst", 4), ("dev", 4),
                                     ("nick", 8), ("firstNNNN", 5), ("f.last", 2)])
        loc = {"first.last": f"{f}.{l}", "firstlast": f + l, "flast": f[0] + l, "first_last": f"{f}_{l}",
               "first.lastNN": f"{f}.{l}{r.randint(1, 99)}", "firstlastYY": f"{f}{l}{birth.year % 100:02d}",
               "lastfirst": l + f, "dev": f"{f}{l}.{r.choice(['dev', 'tech', 'codes', 'eng'])}",
               "nick": f"{f}{r.choice(NICKS)}{r.randint(1, 999)}", "firstNNNN": f"{f}{r.randint(1000, 9999)}",
               "f.last": f"{f[0]}.{l}"}[style]
        dom = self.wpick(MAIL_PROVIDERS.get(cc, MAIL_PROVIDERS["default"]))
        e = f"{loc}@{dom}"
        while e in self._emails:
            e = f"{loc}{r.randint(2, 9999)}@{dom}"
        self._emails.add(e)
        return e

    def make_phone(self, city):
        r = self.r
        cc = city.cc
        if cc in ("US", "CA"):
            while True:
                ex = r.randint(201, 989)
                if ex % 100 != 11 and ex != 555:
                    break
            return f"+1{city.area}{ex}{r.randint(0, 9999):04d}"
        p = PHONE_CC[cc]
        body = {
            "IN": lambda: r.choice("6789") + _digits(r, 9), "PH": lambda: r.choice(PH_PFX) + _digits(r, 7),
            "PK": lambda: r.choice(PK_PFX) + _digits(r, 7),
            "UA": lambda: r.choice(["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"]) + _digits(r, 7),
            "PL": lambda: r.choice(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"]) + _digits(r, 7), "RO": lambda: "7" + r.choice("2345") + _digits(r, 7),
            "RS": lambda: "6" + r.choice("0123456") + _digits(r, 7), "BR": lambda: city.area + "9" + r.choice("6789") + _digits(r, 7),
            "MX": lambda: city.area + _digits(r, 10 - len(city.area)), "AR": lambda: "9" + city.area + r.choice("2345" if city.area == "11" else "2345689") + _digits(r, 9 - len(city.area)),
            "CO": lambda: r.choice(CO_PFX) + _digits(r, 7), "VN": lambda: r.choice(["90", "91", "93", "98", "97", "86", "70"]) + _digits(r, 7),
            "NG": lambda: r.choice(["803", "806", "810", "813", "816", "703", "706", "903", "802", "808"]) + _digits(r, 7),
            "KE": lambda: "7" + r.choice("0129") + _digits(r, 7), "EG": lambda: "1" + r.choice("0125") + _digits(r, 8),
            "GB": lambda: r.choice(["73", "74", "75", "78", "79"]) + r.choice("02345678") + _digits(r, 7), "DE": lambda: "1" + r.choice(["51", "52", "57", "60", "62", "70", "71", "76"]) + _digits(r, 8),
            "JP": lambda: r.choice(["70", "80", "90"]) + r.choice("123456789") + _digits(r, 7), "KR": lambda: "10" + r.choice("2346789") + _digits(r, 7),
            "CN": lambda: r.choice(CN_PFX) + _digits(r, 8), "SG": lambda: r.choice("89") + r.choice("1234567") + _digits(r, 6),
        }[cc]()
        return f"+{p}{body}"

    def fmt_phone(self, e164, cc, style=None):
        """Display a number for a row whose country is cc (a foreign number always keeps its +code)."""
        r = self.r
        s = style if style is not None else r.random()
        if e164.startswith("+1") and len(e164) == 12 and cc not in ("US", "CA"):
            return e164 if s < 0.5 else f"+1 {e164[2:5]}-{e164[5:8]}-{e164[8:]}"
        p = PHONE_CC.get(cc, "")
        if not e164.startswith("+" + p) or (p == "1" and not e164.startswith("+1")):
            return e164
        if e164.startswith("+1") and len(e164) == 12:
            a, b, c = e164[2:5], e164[5:8], e164[8:]
            if s < 0.3:
                return f"({a}) {b}-{c}"
            if s < 0.55:
                return f"{a}-{b}-{c}"
            if s < 0.65:
                return f"{a}.{b}.{c}"
            if s < 0.8:
                return f"+1 {a}-{b}-{c}"
            return e164
        if s < 0.6:
            return e164
        p = PHONE_CC[cc]
        rest = e164[1 + len(p):]
        return f"+{p} {rest[:3]} {rest[3:6]} {rest[6:]}".strip()

    def make_address(self, city, unit_p=0.35):
        r = self.r
        if city.cc == "US":
            unit = (str(r.randint(1, 40)) + r.choice(["", "", "A", "B", "C"])) if r.random() < unit_p else ""
            return NS(cc="US", num=r.randint(10, 19999), street=r.choice(STREETS), suf=r.randrange(len(SUFFIX)),
                      unit=unit, city=city, zip=city.zp + "%02d" % r.randint(0, 99))
        unit = str(r.randint(1, 60)) if r.random() < 0.5 else ""
        zl = {"IN": 6, "PH": 4, "PK": 5, "UA": 5, "PL": 5, "RO": 6, "RS": 5, "BR": 8, "MX": 5, "AR": 8, "CO": 6,
              "VN": 6, "NG": 6, "KE": 5, "EG": 5, "GB": 0, "CA": 0, "DE": 5, "JP": 7, "KR": 5, "CN": 6, "SG": 6}[city.cc]
        z = (city.zp + _digits(r, max(0, zl - len(city.zp)))) if zl else (city.zp + " " + str(r.randint(1, 9)) + r.choice("ABDEFGHJLNPQRSTUWXYZ") * 2)
        if city.cc == "CA":
            z = city.zp + " " + str(r.randint(1, 9)) + r.choice("ABCEGHJKLMNPRSTVWXYZ") + str(r.randint(0, 9))
        return NS(cc=city.cc, num=r.randint(1, 250), street=r.choice(INTL_STREETS[city.cc]), suf=None, unit=unit,
                  city=city, zip=z)

    def fmt_address(self, a, style=None):
        r = self.r
        s = style if style is not None else r.random()
        c = a.city
        if a.cc == "US":
            full, abbr = SUFFIX[a.suf]
            suf = full if s < 0.35 else abbr + ("." if 0.35 <= s < 0.45 and abbr != "Way" else "")
            unit = ""
            if a.unit:
                form = ["Apt ", "#", "Unit ", "Apt. "][int(s * 1000) % 4]
                unit = ", " + form + a.unit if s < 0.8 else " " + form + a.unit
            zp = a.zip if s < 0.9 else a.zip + "-" + "%04d" % (zlib.crc32((a.zip + a.street + str(a.num)).encode()) % 10000)
            out = f"{a.num} {a.street} {suf}{unit}, {c.name}, {c.region} {zp}"
            if 0.6 < s < 0.7:
                out += ", USA"
            if 0.97 < s:
                out = out.upper()
            return out
        unit = f", apt {a.unit}" if a.unit else ""
        if a.cc in ("GB", "CA", "PH", "IN", "NG", "KE", "SG", "PK"):
            reg = f" {c.region}" if c.region and a.cc in ("CA", "IN", "PH") else ""
            out = f"{a.num} {a.street}{unit}, {c.name}{reg} {a.zip}, {COUNTRY_NAME[a.cc]}"
        else:
            out = f"{a.street} {a.num}{unit}, {a.zip} {c.name}, {COUNTRY_NAME[a.cc]}"
        return out if s < 0.8 else out.replace(", " + COUNTRY_NAME[a.cc], "")

    def short_loc(self, city):
        if city.cc == "US":
            return f"{city.name}, {city.region}"
        return f"{city.name}, {COUNTRY_NAME[city.cc]}"

    def new_person(self, cc=None, pool="employee", heritage=None, last=None, city=None, birth=None, flags=None):
        r = self.r
        if cc is None:
            cc = self.wpick({"employee": EMPLOYEE_COUNTRIES, "contractor": CONTRACTOR_COUNTRIES,
                             "applicant": APPLICANT_COUNTRIES, "owner": [("US", 1)]}[pool])
        her, first, last = self.make_name(cc, heritage, last)
        city = city or self.pick_city(cc)
        b = birth or self.birth()
        self._pid += 1
        flags = set() if flags is None else flags
        p = NS(pid=self._pid, first=first, last=last, her=her, cc=cc, city=city, birth=b, flags=flags,
               mid=(r.choice("ABCDEFGHJKLMNPRSTW") if r.random() < 0.12 else ""),
               ssn=self.ssn_hash(cc), face=self.new_face(), addr=self.make_address(city))
        p.email = self.make_email(first, last, b, cc)
        p.phone = self.make_phone(city)
        p.alt_email = self.make_email(first, last, b, cc) if r.random() < 0.3 else None
        p.home = self.home_network(city, flags)
        p.home_key = p.home[0][0].key
        p.ssid = self.home_ssid(p.home_key, last, flags)
        if r.random() < 0.02:
            p.ssid = "xfinitywifi"
            flags.add("public_hotspot")
        p.gw = self.gw_mac()
        p.mobile = self.mobile_network(city)
        p.devs = [("d-" + self.tok(12), r.choice(UA_MOBILE))]
        if r.random() < 0.75:
            p.devs.append(("d-" + self.tok(12), r.choice(UA_WIN + UA_MAC)))
        kb = [LOCAL_KB[cc]]
        hk = HERITAGE_KB.get(her)
        if hk and hk[0] != kb[0] and r.random() < (0.3 if cc in ("US", "CA", "GB") else 0.1):
            kb.append(r.choice(hk))
            flags.add("heritage_keyboard")
        if cc not in ("US", "CA", "GB") and kb[0] != "en-US" and r.random() < 0.6:
            kb.append("en-US")
        p.kb = kb
        p.bank = self.bank_dest(cc)
        p.wallet = None
        p.tz = city.tz
        p.off = city.off
        p.vpn = None
        if r.random() < 0.055:
            flags.add("honest_vpn")
            p.vpn = [(self.r.choice(self.consumer_vpn), 1.0) for _ in range(r.randint(1, 3))]
        if cc == "CN" and r.random() < 0.7:
            flags.add("astrill_user")
            p.vpn = [(self.r.choice(self.astrill), 1.0) for _ in range(r.randint(2, 4))]
        p.night = cc in ("US", "CA") and r.random() < 0.025
        if p.night:
            flags.add("night_shift")
        p.trip = None
        if r.random() < 0.04:
            flags.add("traveller")
            dest = {"korean": "KR", "chinese": "CN", "indian": "IN", "filipino": "PH", "vietnamese": "VN",
                    "hispanic": "MX", "japanese": "JP", "polish": "PL", "ukrainian": "PL", "brazilian": "BR"}.get(her)
            dest = dest if (dest and dest != cc and r.random() < 0.6) else r.choice(["MX", "GB", "JP", "DE", "CA", "CO", "PH", "KR"])
            if dest == cc:
                dest = "GB" if cc != "GB" else "DE"
            d0 = self.between(WIN0, WIN0 + dt.timedelta(days=WIN_DAYS - 12))
            tnet = self.net(self.wpick(COUNTRY_NETS[dest]), city=self.pick_city(dest))
            p.trip = (tnet, d0, d0 + dt.timedelta(days=r.randint(4, 12)))
        p.cowork = None
        if cc == "US" and r.random() < 0.03:
            p.cowork = self.coworking_in(city)
            flags.add("coworking")
        return p

    def bank_dest(self, cc):
        r = self.r
        if cc == "US":
            routing = r.choice(["021000021", "026009593", "121000248", "111000025", "322271627", "071000013",
                                "031176110", "091000019", "063100277", "124003116", "051405515", "084009519",
                                "103100195", "031101279", "073972181", "026073150", "091311229"])
            return ("bank", f"{routing}/{_digits(r, r.randint(9, 12))}")
        if cc in ("GB",):
            return ("bank", "GB" + _digits(r, 2) + r.choice(["NWBK", "BARC", "LOYD", "MONZ", "REVO"]) + _digits(r, 14))
        if cc in ("DE", "PL", "RO", "RS", "UA"):
            return ("bank", cc + _digits(r, 2) + _digits(r, {"DE": 18, "PL": 24, "RO": 20, "RS": 18, "UA": 25}[cc]))
        if cc == "BR":
            return ("wallet", "pix:" + self.tok(8) + "-" + self.tok(4))
        return ("bank", cc + ":" + _digits(r, r.randint(10, 14)))

    def coworking_in(self, city):
        lst = self.cowork_by_city.setdefault(city.name, [])
        if len(lst) < 2 and (not lst or self.r.random() < 0.3):
            brand = self.r.choice(["WeWork", "Industrious", "Regus", "Spaces", "Impact Hub", "Serendipity Labs"])
            n = self.net(self.r.choice(["comcastbiz", "attbiz", "lumenbiz", "zayo"]), city=city)
            lst.append(NS(name=f"{brand} {city.name}", net=n, ssid=self.r.choice([f"{brand}", f"{brand}-Members", f"{brand} Guest"]),
                          gw=self.gw_mac()))
        return self.r.choice(lst)

    # ---------------- clients and other organisations
    def client_id(self):
        while True:
            cid = "CL%05d" % self.r.randint(1, 99999)
            if cid not in self._domains:
                self._domains.add(cid)
                return cid

    def company_name(self, ind=None):
        r = self.r
        while True:
            a, b = r.choice(NAME_A), r.choice(IND_NAMES.get(ind, NAME_B))
            if r.random() < 0.15:
                a = a + " " + r.choice(NAME_A)
            nm = f"{a} {b}"
            if nm not in self._names:
                self._names.add(nm)
                return nm, a, b

    def domain_for(self, a, b):
        r = self.r
        while True:
            base = slug(a + b) if r.random() < 0.7 else slug(a) + r.choice(["hq", "app", "team", "co", "labs", "group"])
            d = base + self.wpick(TLDS)
            if d not in self._domains:
                self._domains.add(d)
                return d

    def nameservers(self):
        ns = self.wpick(NS_SETS)
        r = self.r
        if ns == "CF":
            a, b = r.sample(CF_NAMES, 2)
            return f"{a}.ns.cloudflare.com;{b}.ns.cloudflare.com"
        if ns == "AWS":
            return ";".join([f"ns-{r.randint(1, 2047)}.awsdns-{r.randint(0, 63):02d}.{t}" for t in ("com", "net", "org", "co.uk")])
        return ns

    def add_domain(self, domain, company, registered, registrant, ip=None, ns=None):
        self.domains.append((domain, company, registered.isoformat(), registrant,
                             ip or (self.r.choice(HOSTING_IPS) if self.r.random() < 0.7 else self.alloc_ip(self.r.choice(["aws", "digitalocean", "vultr"]))),
                             ns or self.nameservers()))

    def corp_egress(self, key):
        pool = self.corp_pools.get(key)
        if pool is None:
            pool = self.corp_pools[key] = [self.net(key, lat=c[2], lon=c[3], cityname=c[0], cc=c[1]) for c in VPN_EXIT_CITIES
                                           for _ in range(1)] + [self.net(key, lat=c[2], lon=c[3], cityname=c[0], cc=c[1])
                                                                 for c in VPN_EXIT_CITIES[:4]]
        return self.r.sample(pool, self.r.randint(2, 4))

    def make_client(self, family=False, industry=None):
        r = self.r
        ind = industry or self.wpick([(i, i[2]) for i in INDUSTRIES])
        nm, a, b = self.company_name(ind[0])
        if family:
            nm = nm.replace(b, r.choice(["& Sons", "Family Dental", "Bakery", "Landscaping", "Insurance Agency", "Realty",
                                         "Plumbing & Heating", "Auto Repair", "Accounting"]))
        nm = nm + r.choice(NAME_SUFFIX)
        dom = self.domain_for(a, b)
        hq = self.pick_city("US")
        c = NS(id=self.client_id(), name=nm, domain=dom, ind=ind[0], tech=ind[1], hq=hq, family=family,
               code="".join(w[0] for w in nm.split()[:3]).upper())
        c.office = r.random() < (0.6 if family else ind[3])
        c.size = 0.5 if family else min(60.0, r.paretovariate(1.1) * 2.5)
        oa = self.make_address(hq, unit_p=0)
        sfx = SUFFIX[oa.suf][1]
        suite = f"Suite {r.randint(1, 30) * 10}" if r.random() < 0.7 else f"Floor {r.randint(2, 20)}"
        c.office_addr = f"{oa.num} {oa.street} {sfx}, {suite}, {hq.name}, {hq.region} {oa.zip}"
        c.office_addr_alt = f"{nm}, {oa.num} {oa.street} {SUFFIX[oa.suf][0]} {suite}, {hq.name} {hq.region} {oa.zip}"
        key = r.choice(["comcastbiz", "attbiz", "lumenbiz", "zayo"])
        c.office_net = [self.net(key, city=hq)]
        if r.random() < 0.3:
            c.office_net.append(self.net(key, city=hq))
        c.office_ssid = slug(a).capitalize() + r.choice(["-Corp", "-Staff", "-Office", " WiFi", "-5G"])
        c.office_gw = self.gw_mac()
        c.sso = self.wpick([("okta", 35), ("entra", 35), ("google", 15), (None, 15)] if ind[1] else
                           [("okta", 15), ("entra", 35), ("google", 15), (None, 35)])
        c.provisions = r.random() < (0.35 if family else ind[4])
        c.ship = "home"
        if c.provisions and c.office and r.random() < 0.55:
            c.ship = "office"
        elif c.provisions and (family or r.random() < 0.1):
            c.ship = "owner"
        c.corpvpn = None
        if r.random() < (0.16 if ind[1] else 0.06):
            c.corpvpn = self.corp_egress(self.wpick([("zscaler", 5), ("gprotect", 3), ("warp", 2)]))
        c.msp = None
        c.it_email = f"{r.choice(['it', 'admin', 'helpdesk', 'itsupport'])}@{dom}" if r.random() < 0.05 else None
        c.main_line = self.make_phone(hq) if (r.random() < (0.5 if family else 0.06)) else None
        c.peo_address = r.random() < 0.04
        c.eor = r.random() < 0.2
        new = r.random() < 0.09
        c.registered = (EXPORT - dt.timedelta(days=r.randint(40, 360))).date() if new else \
            dt.date(r.randint(1998, 2023), r.randint(1, 12), r.randint(1, 28))
        c.new = new
        c.owner = self.new_person(cc="US", pool="owner", city=hq)
        c.owner.flags.discard("night_shift")
        reg = self.r.choice(PRIVACY_EMAILS) if r.random() < 0.55 else (c.owner.email if r.random() < 0.55 else f"admin@{dom}")
        self.add_domain(dom, nm, c.registered, reg)
        c.workers = 0
        self.clients.append(c)
        return c

    # ---------------- photo / resume registration
    def photo_path(self, sid, face, edit, png=None):
        png = (self.r.random() < 0.12) if png is None else png
        path = f"photos/{sid}.{'png' if png else 'jpg'}"
        self.photos[path] = ("face", face, edit)
        return path

    def default_avatar(self, sid):
        if self.r.random() < 0.6:
            self.photos["photos/default-avatar.png"] = ("default",)
            return "photos/default-avatar.png"
        path = f"photos/{sid}-avatar.png"
        self.photos[path] = ("default",)
        return path

    def edit_light(self):
        r = self.r
        return (0, r.randint(-3, 3), r.randint(-3, 3), r.uniform(1.0, 1.08), r.uniform(0.94, 1.06), 0, False, False,
                r.randint(1, 2 ** 30) if r.random() < 0.5 else 0)

    def make_skel(self, p, title):
        r = self.r
        dev = title in DEV_TITLES or "Engineer" in title or "Developer" in title
        years = max(1, min(25, (EXPORT.date() - p.birth).days // 365 - 22 + r.randint(-2, 1)))
        pool = SKILLS_DEV if dev else SKILLS_BIZ
        skills = r.sample(pool, r.randint(6, 11))
        jobs = []
        end = 2025
        local = [c for c in PAST_COMPANIES]
        for j in range(r.randint(2, 4)):
            start = max(end - r.randint(1, 4), 2025 - years)
            jobs.append([r.choice(local), title if j == 0 else r.choice([title, "Junior " + title.split()[-1], title.replace("Senior ", "")]),
                         start, end if j else "Present",
                         [(r.randrange(len(VERBS)), r.randrange(len(OBJECTS)), r.randrange(len(RESULTS)), r.randint(10, 60))
                          for _ in range(r.randint(2, 4))]])
            end = start
            if end <= 2025 - years:
                break
        school = r.choice(SCHOOLS.get(p.cc, SCHOOLS["US"]))
        deg = r.choice(["B.S. Computer Science", "B.Sc. Software Engineering", "B.E. Information Technology", "M.S. Computer Science"]
                       if dev else ["B.A. Economics", "B.S. Business Administration", "B.A. Communications", "B.S. Accounting",
                                    "Associate of Arts", "B.A. Psychology"])
        tmpl = r.randrange(len(TEMPLATE_SUMMARY)) if r.random() < 0.25 else None
        bits = r.sample(range(len(SUMMARY_BITS)), 2)
        fmt = self.wpick([("txt", 55), ("md", 25), ("docx", 12), ("inline", 8)])
        return NS(title=title, years=years, skills=skills, jobs=jobs, school=school, degree=deg, grad=p.birth.year + 22,
                  tmpl=tmpl, bits=bits, fmt=fmt, dev=dev, s1=skills[0], s2=skills[1])

    def clone_skel(self, sk, level):
        """A ring's copy of a resume: light (names swapped), medium (one job and some bullets changed),
        heavy (paraphrased bullets, same career skeleton)."""
        r = self.r
        c = NS(**{k: v for k, v in vars(sk).items()})
        c.skills = list(sk.skills)
        c.jobs = [[j[0], j[1], j[2], j[3], list(j[4])] for j in sk.jobs]
        if level in ("light", "medium", "heavy"):
            r.shuffle(c.skills)
        if level in ("medium", "heavy"):
            k = r.randrange(len(c.jobs))
            c.jobs[k][0] = r.choice(PAST_COMPANIES)
            for j in c.jobs:
                j[4] = [(b if r.random() > (0.3 if level == "medium" else 0.75) else
                         (r.randrange(len(VERBS)), b[1], r.randrange(len(RESULTS)), r.randint(10, 60))) for b in j[4]]
            c.bits = r.sample(range(len(SUMMARY_BITS)), 2)
        if level == "heavy":
            c.skills = c.skills[:-2] + r.sample(SKILLS_DEV, 2)
            c.fmt = self.wpick([("txt", 50), ("md", 25), ("docx", 25)])
        return c

    def render_resume(self, sk, name, email, phone, loc, profiles):
        lines = [name, f"{sk.title} | {loc}", f"{email} | {phone}"]
        if profiles:
            lines.append(" | ".join(profiles.split(";")))
        lines.append("")
        lines.append("SUMMARY" if sk.tmpl is None else "PROFESSIONAL SUMMARY")
        if sk.tmpl is not None:
            lines.append(TEMPLATE_SUMMARY[sk.tmpl].format(title=sk.title.lower(), y=sk.years))
        else:
            lines.append(f"{sk.title} with {sk.years} years of experience. " +
                         " ".join(SUMMARY_BITS[b].format(s1=sk.s1, s2=sk.s2, k=(sk.years * 7) % 90 + 5) for b in sk.bits))
        lines += ["", "SKILLS", ", ".join(sk.skills), "", "EXPERIENCE"]
        for comp, title, start, end, bullets in sk.jobs:
            lines.append(f"{title}, {comp} ({start} - {end})")
            for v, o, res, nn in bullets:
                lines.append(f"- {VERBS[v]} {OBJECTS[o]}, " + RESULTS[res].format(n=nn, k=nn * 3))
        lines += ["", "EDUCATION", f"{sk.degree}, {sk.school}, {sk.grad}"]
        return "\n".join(lines)

    def resume_value(self, sid, sk, name, email, phone, loc, profiles):
        text = self.render_resume(sk, name, email, phone, loc, profiles)
        if sk.fmt == "inline":
            return " / ".join(x for x in text.split("\n")[:12] if x)
        path = f"resumes/{sid}.{sk.fmt}"
        self.resumes[path] = (sk.fmt, text)
        return path

    def profiles_for(self, p, dev):
        r = self.r
        if getattr(p, "profiles", None) is None:
            out = []
            if r.random() < 0.65:
                out.append(f"https://www.linkedin.com/in/{slug(p.first)}-{slug(p.last)}" + (f"-{self.tok(6)}" if r.random() < 0.6 else ""))
            if dev and r.random() < 0.55:
                out.append(f"https://github.com/{slug(p.first)[:1] + slug(p.last) if r.random() < 0.5 else slug(p.first) + self.tok(3)}")
            if r.random() < 0.08:
                out.append(f"https://{slug(p.first)}{slug(p.last)}.{r.choice(['dev', 'me', 'io', 'com'])}")
            if p.cc != "US" and r.random() < 0.3:
                out.append(f"https://www.upwork.com/freelancers/~01{self.tok(18)}")
            p.profiles = out
        return p.profiles

    # ---------------- rows
    def add_subject(self, row, fraud, tags):
        self.subjects.append(row)
        self.truth.append((row["id"], 1 if fraud else 0, ";".join(sorted(tags)) if tags else "plain"))
        self.n_rows += 1
        if fraud:
            self.n_fraud += 1

    def hire_date(self):
        return EXPORT - dt.timedelta(days=(self.r.random() ** 1.7) * 2300 + 18, seconds=self.r.randint(0, 86399))

    def pick_title(self, client):
        return self.wpick(TITLES_TECH if client.tech else TITLES_BIZ)

    def engage(self, p, client, kind, tags, fraud=False, **ov):
        """An employee or contractor record at a client, with its laptop, logins and payouts."""
        r = self.r
        sid = self.new_sid()
        tags = set(tags)
        if not fraud:
            tags |= p.flags
        created = ov.get("created") or self.hire_date()
        title = ov.get("title") or self.pick_title(client)
        status = ov.get("status", "active")
        dev = title in DEV_TITLES
        # contacts
        email = ov.get("email")
        work_email = False
        if email is None:
            if client.sso and kind == "employee" and r.random() < 0.35:
                email = f"{slug(p.first)}.{slug(p.last)}@{client.domain}" if r.random() < 0.7 else f"{slug(p.first)}@{client.domain}"
                if email in self._emails:
                    email = f"{slug(p.first)}.{slug(p.last)}{r.randint(2, 99)}@{client.domain}"
                self._emails.add(email)
                work_email = True
                if not fraud:
                    tags.add("work_email")
            else:
                email = p.email
        phone = ov.get("phone")
        if phone is None:
            if client.main_line and r.random() < 0.6:
                phone = self.fmt_phone(client.main_line, p.cc)
                if not fraud:
                    tags.add("shared_business_phone")
            else:
                phone = self.fmt_phone(p.phone, p.cc)
        address = ov.get("address")
        if address is None:
            if client.peo_address and kind == "employee" and r.random() < 0.5:
                address = PEO_ADDRESS
                if not fraud:
                    tags.add("peo_address")
            else:
                address = self.fmt_address(p.addr)
        loc = ov.get("work_location") or ("remote" if not client.office or p.city is not client.hq
                                          else self.wpick([("office", 5), ("hybrid", 4), ("remote", 1)]))
        if client.office and loc in ("office", "hybrid") and not fraud:
            tags.add("office_network")
        rec_email = ov["rec_email"] if "rec_email" in ov else None
        if "rec_email" not in ov:
            if client.it_email and r.random() < 0.8:
                rec_email = client.it_email
                if not fraud:
                    tags.add("it_managed_recovery")
            elif work_email:
                rec_email = p.email
            else:
                rec_email = p.alt_email or ""
        rec_phone = ov["rec_phone"] if "rec_phone" in ov else (self.fmt_phone(p.phone, p.cc) if r.random() < 0.7 else "")
        nets = ov.get("nets")
        if nets is None:
            nets = []
            if loc != "office":
                nets += list(p.home)
            if client.office and loc in ("office", "hybrid"):
                nets += [(n, 1.0 if loc == "office" else 0.45) for n in client.office_net]
            nets += [(n, 0.08 / len(p.mobile)) for n, _ in p.mobile]
            if p.vpn:
                nets += [(n, 0.6 / len(p.vpn)) for n, _ in p.vpn]
            if p.cowork:
                nets.append((p.cowork.net, 0.4))
        signup = ov.get("signup_ip")
        if signup is None:
            signup = nets[0][0].ip if nets else ""
        # photo, resume, profiles
        if "photo" in ov:
            photo = ov["photo"](sid) if callable(ov["photo"]) else ov["photo"]
        else:
            x = r.random()
            photo = ""
            if x < 0.04:
                photo = self.default_avatar(sid)
                if not fraud:
                    tags.add("default_avatar")
            elif x < 0.55:
                photo = self.photo_path(sid, p.face, None if r.random() < 0.5 else self.edit_light())
        name = ov.get("full_name") or (f"{p.first} {p.mid}. {p.last}" if p.mid and r.random() < 0.5 else f"{p.first} {p.last}")
        profiles = ov["profiles"] if "profiles" in ov else ";".join(self.profiles_for(p, dev))
        resume = ""
        sk = ov.get("resume")
        if sk is None and "resume" not in ov and r.random() < 0.12:
            if getattr(p, "skel", None) is None:
                p.skel = self.make_skel(p, title)
            sk = p.skel
        if sk is not None:
            resume = self.resume_value(sid, sk, name, email, phone, self.short_loc(p.city), profiles)
            if sk.tmpl is not None and not fraud:
                tags.add("resume_template")
        kyc = r.random() < (0.97 if kind == "employee" else 0.85)
        row = {"id": sid, "kind": kind, "full_name": name, "email": email, "phone": phone, "address": address,
               "country": p.cc, "birth_date": p.birth.isoformat() if kyc else "", "national_id": p.ssn if kyc else "",
               "photo": photo, "resume": resume, "profiles": profiles, "employer": client.name, "created_at": iso(created),
               "recovery_email": rec_email or "", "recovery_phone": rec_phone or "", "signup_ip": signup,
               "job_title": title, "status": status, "work_location": loc, "client_id": client.id}
        # laptop
        lap = None
        lap_ov = ov.get("laptop")
        if status == "active" and (lap_ov is not None or client.provisions) and lap_ov is not False:
            lap_ov = lap_ov or {}
            ship = ov.get("ship_addr")
            if ship is None:
                if client.ship == "office":
                    ship = client.office_addr if r.random() < 0.8 else client.office_addr_alt
                    if not fraud:
                        tags.add("office_shipping")
                elif client.ship == "owner":
                    ship = self.fmt_address(client.owner.addr)
                    if not fraud:
                        tags.add("owner_house_shipping")
                else:
                    ship = self.fmt_address(getattr(p, "old_addr", None) or p.addr)
            lap = self.laptop(sid, p, client, created, title, loc, ship, lap_ov, tags, fraud)
        # logins
        devs = ov.get("devices") or [(d, ua, 1.0, False) for d, ua in p.devs]
        if lap:
            devs = devs + [(lap.device_id, lap.ua, 3.0, True)]
        start = max(WIN0, created)
        n_log = ov.get("n_logins", r.randint(4, 13))
        if status == "active" and start < EXPORT:
            self.gen_logins(sid, n_log, nets, devs, ov.get("hours") or self.default_hours(p),
                            client.sso, start, EXPORT, corp=(client.corpvpn if lap else None),
                            trip=p.trip, app="work", leak=ov.get("leak"), portal_nets=ov.get("portal_nets"))
            if client.corpvpn and lap and not fraud:
                tags.add("corporate_vpn")
        # payouts
        if status == "active":
            dests = ov.get("pay") or self.default_pay(p, client, kind, tags, fraud)
            if kind == "employee":      # W-2 payroll only pays into US bank accounts (a wallet's US receiving account)
                dests = [d if d[0] == "bank" else
                         ("bank", ("026073150/" if "wise" in d[1] else "091311229/") + "%010d" % (zlib.crc32(d[1].encode()) % 10 ** 10), d[2])
                         for d in dests]
            self.gen_payments(sid, p, kind, title, created, dests, ov.get("currency"))
        if not fraud:
            tags |= p.flags
            if p.cc != "US":
                tags.add("intl_" + kind)
        self.add_subject(row, fraud, tags)
        return sid

    def default_hours(self, p):
        if p.night:
            return (p.off, 20.5, 9.5, 0.15)
        if p.cc not in ("US", "CA", "MX", "CO", "BR", "AR") and getattr(p, "us_hours", None) is None:
            p.us_hours = self.r.random() < (0.6 if p.off >= 5 else 0.35)
            if p.us_hours:
                p.flags.add("intl_night_hours" if p.off >= 5 else "intl_late_hours")
        if getattr(p, "us_hours", False):
            return (self.r.choice([-4, -5, -7]), 8.5, 9.0, 0.05)
        return (p.off, 7.5, 10.5, 0.06)

    def default_pay(self, p, client, kind, tags, fraud):
        r = self.r
        if kind == "employee":
            if r.random() < 0.02:
                if not fraud:
                    tags.add("peo_paycard")
                return [(PEO_CLEARING[0], PEO_CLEARING[1], 1.0)]
            d = [(p.bank[0], p.bank[1], 1.0)]
            if r.random() < 0.08:       # split deposit into savings
                d.append(("bank", p.bank[1].split("/")[0] + "/" + _digits(r, 10), 0.0))
            return d
        if p.cc == "US":
            x = r.random()
            if x < 0.85:
                return [(p.bank[0], p.bank[1], 1.0)]
            if not fraud:
                tags.add("wallet_payout")
            return [("wallet", f"paypal:{p.email}" if x < 0.95 else f"payoneer:{_digits(r, 8)}", 1.0)]
        if client.eor and r.random() < 0.5:
            e = r.choice(EOR_PARTNERS)
            if not fraud:
                tags.add("eor_payout")
            return [(e[1], e[2], 1.0)]
        x = r.random()
        if x < 0.35:
            if not fraud:
                tags.add("wallet_payout")
            return [("wallet", f"wise:{p.email}" if r.random() < 0.6 else f"wise:@{slug(p.first)}{slug(p.last)[:1]}{r.randint(1, 99)}", 1.0)]
        if x < 0.63:
            if not fraud:
                tags.add("wallet_payout")
            return [("wallet", f"payoneer:{_digits(r, 8)}", 1.0)]
        if x < 0.70:
            if not fraud:
                tags.add("wallet_payout")
            return [("wallet", f"paypal:{p.email}", 1.0)]
        if x < 0.73:
            if not fraud:
                tags.add("crypto_payout")
            return [("crypto", "0x" + self.tok(40) if r.random() < 0.6 else "T" + self.tok(33), 1.0)]
        return [(p.bank[0], p.bank[1], 1.0)]

    # ---------------- laptops and endpoint telemetry
    def laptop(self, sid, p, client, created, title, loc, ship, lov, tags, fraud):
        r = self.r
        dev = title in DEV_TITLES
        os_ = lov.get("os") or ("linux" if dev and r.random() < 0.04 else ("mac" if r.random() < (0.6 if client.tech else 0.35) else "win"))
        if os_ == "linux" and not fraud:
            tags.add("linux_laptop")
        model = r.choice(LAPTOPS_MAC) if os_ == "mac" else r.choice(LAPTOPS_WIN)
        asset = f"{client.code}-{r.randint(10000, 99999)}"
        device_id = "mdm-" + self.tok(12)
        if "computer_name" in lov:
            cname = lov["computer_name"]
        elif os_ == "mac":
            cname = r.choice([f"{ascii_fold(p.first)}s-MacBook-Pro", f"{ascii_fold(p.first)}’s MacBook Air",
                              f"{client.code}-MBP-{r.randint(100, 999)}", f"{slug(p.first)[0]}{slug(p.last)}-mbp"])
        else:
            cname = r.choice([f"{client.code}-LT{r.randint(100, 999)}", "DESKTOP-" + self.tok(7).upper(),
                              f"{slug(p.first)[0].upper()}{slug(p.last)[:6].upper()}-PC", "LAPTOP-" + self.tok(8).upper()])
        ua = r.choice(UA_MAC if os_ == "mac" else UA_LINUX if os_ == "linux" else UA_WIN)
        ts_ship = created - dt.timedelta(days=r.randint(2, 9), hours=r.randint(0, 12))
        self.shipments.append((sid, iso(ts_ship), asset, ship))
        if r.random() < 0.12:
            self.shipments.append((sid, iso(ts_ship + dt.timedelta(hours=r.randint(0, 30))), f"{client.code}-MON-{r.randint(1000, 9999)}", ship))
        # environment
        tz = lov.get("tz", p.tz)
        kb = lov.get("kb", p.kb)
        nets = lov.get("lan")
        if nets is None:
            nets = []
            if loc != "office":
                nets.append((p.ssid, p.gw))
            if client.office and loc in ("office", "hybrid"):
                nets.append((client.office_ssid, client.office_gw))
            if p.cowork:
                nets.append((p.cowork.ssid, p.cowork.gw))
        displays = lov.get("displays")
        if displays is None:
            displays = ["Color LCD" if os_ == "mac" else "Built-in Display"]
            if r.random() < 0.7:
                displays += r.sample(DISPLAYS, r.randint(1, 2))
            if r.random() < 0.004 and not fraud:
                displays.append("HDMI Dummy")
                tags.add("dummy_display")
        usbs = lov.get("usbs")
        if usbs is None:
            usbs = r.sample(USB_COMMON, r.randint(1, 4))
            if not fraud:
                if r.random() < 0.01:
                    usbs.append(r.choice(USB_KVM_SWITCH))
                    tags.add("kvm_switch")
                if dev and r.random() < 0.012:
                    usbs.append(r.choice(USB_GADGET_DEV))
                    tags.add("usb_gadget_dev")
                if r.random() < 0.008:
                    usbs.append(r.choice(USB_CAPTURE))
                    tags.add("capture_card")
            if os_ == "linux":
                usbs.append(("xHCI Host Controller", "1d6b", "0003"))
                usbs.append(("2.0 root hub", "1d6b", "0002"))
        usbs = usbs + lov.get("usb_extra", [])
        osk = "mac" if os_ == "mac" else "win"
        procs = r.sample(PROC_COMMON_MAC if os_ == "mac" else PROC_COMMON_WIN, r.randint(4, 7))
        procs.append(r.choice(EDR[osk]))
        if dev:
            procs += r.sample(PROC_DEV_MAC if os_ == "mac" else PROC_DEV_WIN, r.randint(2, 4))
        elif title in ("Product Designer", "Graphic Designer"):
            procs += r.sample(PROC_DESIGN, 2)
        elif title in ("Bookkeeper", "Staff Accountant"):
            procs += r.sample(PROC_FIN, 1)
        ports = []
        sessions = list(lov.get("sessions", []))
        if client.msp:
            tool = client.msp.tool
            procs.append(REMOTE_TOOLS[tool][0][osk])
            if not fraud:
                tags.add("msp_managed")
            if r.random() < 0.35:
                st = self.between(max(WIN0, created), EXPORT - dt.timedelta(days=3))
                sessions.append((client.msp.net.ip, st, st + dt.timedelta(minutes=r.randint(5, 70))))
        if client.corpvpn:
            procs.append({"mac": "Zscaler", "win": "ZSATunnel.exe"}[osk] if r.random() < 0.5 else
                         {"mac": "GlobalProtect", "win": "PanGPA.exe"}[osk])
        if not fraud and "honest_vpn" in p.flags:
            procs.append(r.choice(["NordVPN.exe", "ExpressVPN.exe", "ProtonVPN.exe"]) if osk == "win" else r.choice(["NordVPN", "ExpressVPN", "ProtonVPN"]))
        if not fraud and "astrill_user" in p.flags:
            procs.append("astrill.exe" if osk == "win" else "Astrill")
        if not fraud and r.random() < 0.035:
            tool = self.wpick([("anydesk", 3), ("teamviewer", 4), ("crd", 3), ("parsec", 1), ("splashtop", 1)])
            procs.append(REMOTE_TOOLS[tool][0][osk])
            if REMOTE_TOOLS[tool][1] and r.random() < 0.5:
                ports.append(REMOTE_TOOLS[tool][1])
            tags.add("honest_remote_tool")
            if r.random() < 0.3:
                st = self.between(max(WIN0, created), EXPORT - dt.timedelta(days=3))
                sessions.append((p.home[0][0].ip, st, st + dt.timedelta(minutes=r.randint(10, 240))))
        if osk == "win" and not fraud and r.random() < 0.03:
            ports.append("3389/tcp")
        if osk == "mac" and not fraud and r.random() < 0.02:
            ports.append("5900/tcp")
        for t in lov.get("tools", []):
            procs.append(REMOTE_TOOLS[t][0][osk])
            if REMOTE_TOOLS[t][1]:
                ports.append(REMOTE_TOOLS[t][1])
        procs += lov.get("procs", [])
        ports += lov.get("ports", [])
        # snapshots
        t0 = max(WIN0, created + dt.timedelta(days=2))
        if t0 >= EXPORT - dt.timedelta(days=3):
            t0 = EXPORT - dt.timedelta(days=3)
        t1 = self.between(t0, EXPORT - dt.timedelta(days=2))
        t2 = t1 + dt.timedelta(days=r.randint(5, 40), hours=r.randint(0, 23))
        if t2 > EXPORT:
            t2 = None
        E = self.endpoint
        ev = self.tok

        def row(ts, kind, value, vid="", pid="", started=""):
            E.append((sid, iso(ts), device_id, kind, value, vid, pid, ev(16), started))

        for ts, full in ((t1, True), (t2, False)):
            if ts is None:
                continue
            if full:
                row(ts, "system", model)
                row(ts, "system", cname)
                row(ts, "timezone", tz)
                for k in kb:
                    row(ts, "keyboard", k)
                for d in displays:
                    row(ts, "display", d)
                for prod, vid, pid in usbs:
                    row(ts, "usb", prod, vid, pid)
                for pt in ports:
                    row(ts, "listening_port", pt)
                shown = procs
            else:
                shown = r.sample(procs, min(len(procs), r.randint(3, 6)))
                for pt in ports:
                    if r.random() < 0.5:
                        row(ts, "listening_port", pt)
            ssid, gw = nets[0] if (full or len(nets) == 1) else r.choice(nets)
            row(ts, "network", ssid)
            row(ts, "gateway_mac", gw)
            for pr in shown:
                row(ts, "process", pr)
            for host, st, en in sessions:
                if st <= ts <= en:
                    row(ts, "remote_session", host, started=iso(st))
                elif full and st > ts and (st - ts).days < 30 and r.random() < 0.5:
                    # the snapshot that saw it (short sessions: a later snapshot at the session's time)
                    seen = st + (en - st) * r.random()
                    row(seen, "remote_session", host, started=iso(st))
        return NS(device_id=device_id, ua=ua, os=os_)

    # ---------------- logins
    def gen_logins(self, sid, n, nets, devs, hours, sso, start, end, corp=None, trip=None, app="work", leak=None,
                   portal_nets=None):
        r = self.r
        if n <= 0 or not nets:
            return
        span_days = max(1.0, (end - start).total_seconds() / 86400.0 - 1)
        off, h0, hspan, wk = hours
        netw = [w for _, w in nets]
        lap_devs = [d for d in devs if d[3]] or devs
        pers_devs = [d for d in devs if not d[3]] or devs
        for _ in range(n):
            for _try in range(6):
                day = start + dt.timedelta(days=r.random() * span_days)
                if day.weekday() < 5 or r.random() < wk:
                    break
            local_h = h0 + r.random() * hspan
            ts = dt.datetime(day.year, day.month, day.day) + dt.timedelta(hours=local_h - off, seconds=r.randint(0, 59))
            if ts >= end:
                ts = end - dt.timedelta(minutes=r.randint(5, 600))
            if app == "work":
                kind = "sso" if (sso and r.random() < 0.7) else "portal"
            else:
                kind = app
            if portal_nets and kind != "sso":
                net = r.choices(portal_nets, weights=[w for _, w in portal_nets])[0][0]
            else:
                net = r.choices(nets, weights=netw)[0][0]
            if trip and trip[1] <= ts <= trip[2]:
                net = trip[0]
            d = r.choices(lap_devs if kind == "sso" else pers_devs, weights=[x[2] for x in (lap_devs if kind == "sso" else pers_devs)])[0]
            if kind == "sso" and corp and d[3] and r.random() < 0.85:
                net = r.choice(corp)
            if leak and not d[3] and r.random() < leak[1]:
                net = r.choice(leak[0])
            hosting = net.kind == "hosting"
            x = r.random()
            if hosting:
                outcome = "success" if x < 0.8 else "challenge" if x < 0.93 else "failure" if x < 0.97 else "deny"
            else:
                outcome = "success" if x < 0.925 else "challenge" if x < 0.965 else "failure" if x < 0.995 else "deny"
            provider = sso if kind == "sso" else None
            if provider == "okta":
                proxy = ("true" if r.random() < 0.85 else "false") if hosting else ("true" if net.kind == "resproxy" and r.random() < 0.12 else "false")
                risk = (r.choice(["medium", "high", "low"]) if hosting else ("low" if r.random() < 0.86 else "medium" if r.random() < 0.8 else "none"))
                evt, sess, eid = ("user.session.start" if r.random() < 0.7 else "user.authentication.sso"), "idx" + self.tok(22), "okta:" + self.uuid()
            elif provider == "entra":
                proxy = ("true" if r.random() < 0.7 else "false") if hosting else "false"
                risk = (r.choice(["medium", "high", "low"]) if hosting else ("none" if r.random() < 0.86 else r.choice(["low", "medium", "hidden"])))
                evt, sess, eid = ("interactiveUser" if r.random() < 0.7 else "nonInteractiveUser"), self.uuid(), "entra:" + self.uuid()
            elif provider == "google":
                proxy, risk, evt, sess, eid = "", "", "login_success" if outcome == "success" else "login_failure", "", "gws:" + self.tok(16)
            else:
                proxy, risk = "", ""
                evt = "tandem.hiring.login" if kind == "hiring" else "tandem.portal.login"
                sess, eid = "ts-" + self.tok(16), "tandem:" + self.tok(20)
            ip = net.ip6 if (net.ip6 and r.random() < 0.3) else net.ip
            appname = {"sso": "client_sso", "portal": "tandem_portal", "hiring": "tandem_hiring", "admin": "tandem_admin"}[kind]
            self.logins.append((sid, iso(ts), ip, d[0], d[1], net.cc, outcome, proxy, str(net.asn), net.owner, net.city,
                                "" if net.lat is None else f"{net.lat}", "" if net.lon is None else f"{net.lon}",
                                risk, evt, sess, eid, appname))

    # ---------------- payouts
    def gen_payments(self, sid, p, kind, title, created, dests, currency=None):
        r = self.r
        dev = title in DEV_TITLES
        if p.cc in ("US", "CA", "GB", "DE"):
            annual = r.uniform(105, 195) * 1000 if dev else r.uniform(42, 98) * 1000
        else:
            annual = r.uniform(30, 85) * 1000 if dev else r.uniform(9, 32) * 1000
        if title in ("Virtual Assistant", "Customer Support Specialist", "Scheduler") and p.cc not in ("US", "CA", "GB"):
            annual *= 0.6
        dates = []
        if kind == "employee":
            d = dt.datetime(2025, 4, 4, 14, 0)
            while d < EXPORT:
                if d > created:
                    dates.append(d)
                d += dt.timedelta(days=14)
            per = annual / 26 * r.uniform(0.68, 0.78)
        else:
            semi = r.random() < 0.4
            for m in (4, 5, 6):
                if semi:
                    dates.append(dt.datetime(2025, m, 15, 16, 0))
                last = (dt.datetime(2025, m + 1, 1) - dt.timedelta(days=1)).replace(hour=16)
                while last.weekday() >= 5:
                    last -= dt.timedelta(days=1)
                dates.append(last)
            dates = [x for x in dates if x > created]
            per = annual / (24 if semi else 12)
        weights = [w for *_x, w in dests]
        for d in dates:
            amt = per * r.uniform(0.97, 1.03) if kind == "employee" else per * (r.uniform(0.7, 1.2) if r.random() < 0.3 else 1.0)
            ts = d + dt.timedelta(minutes=r.randint(0, 300))
            primary = dests[0] if len(dests) == 1 or sum(weights) == 0 else r.choices(dests, weights=[w or 0.0001 for w in weights])[0]
            split = [x for x in dests if x[2] == 0.0]
            if split and primary is not split[0]:
                s_amt = round(amt * 0.1, 2)
                self.payments.append((sid, iso(ts), f"{s_amt:.2f}", "USD", split[0][0], split[0][1]))
                amt -= s_amt
            meth, dest = primary[0], primary[1]
            cur = currency or ("USD" if meth in ("crypto", "wallet") or dest.startswith("payoneer") else CURRENCY.get(p.cc, "USD"))
            if meth == "crypto":
                cur = "USDC" if dest.startswith("0x") else "USDT"
            val = amt * FX.get(cur, 1.0)
            self.payments.append((sid, iso(ts), f"{val:.2f}", cur, meth, dest))

    # ---------------- applicants and platform accounts
    def apply(self, p, client, tags, fraud=False, **ov):
        r = self.r
        sid = self.new_sid()
        tags = set(tags)
        if not fraud:
            tags |= {t for t in p.flags if t in ("heritage_keyboard", "cgnat", "honest_vpn", "astrill_user", "traveller")}
        created = ov.get("created") or (EXPORT - dt.timedelta(days=r.randint(3, 400), seconds=r.randint(0, 86399)))
        title = ov.get("title") or self.pick_title(client)
        dev = title in DEV_TITLES
        email = ov.get("email") or p.email
        phone = ov.get("phone") or self.fmt_phone(p.phone, p.cc)
        address = ov.get("address")
        if address is None:
            address = self.short_loc(p.city) if r.random() < 0.6 else self.fmt_address(p.addr)
        if "photo" in ov:
            photo = ov["photo"](sid) if callable(ov["photo"]) else ov["photo"]
        else:
            x = r.random()
            photo = ""
            if x < 0.12:
                photo = self.default_avatar(sid)
                if not fraud:
                    tags.add("default_avatar")
            elif x < 0.72:
                photo = self.photo_path(sid, p.face, getattr(p, "app_edit", None))
        name = ov.get("full_name") or f"{p.first} {p.last}"
        profiles = ov["profiles"] if "profiles" in ov else ";".join(self.profiles_for(p, dev))
        sk = ov.get("resume")
        if sk is None and "resume" not in ov and r.random() < 0.92:
            if getattr(p, "skel", None) is None:
                p.skel = self.make_skel(p, title)
            sk = p.skel
        resume = ""
        if sk is not None:
            resume = self.resume_value(sid, sk, name, email, phone, self.short_loc(p.city), profiles)
            if sk.tmpl is not None and not fraud:
                tags.add("resume_template")
        nets = ov.get("nets") or (list(p.home) + [(n, 0.2 / max(1, len(p.mobile))) for n, _ in p.mobile] +
                                  ([(n, 0.5) for n, _ in p.vpn] if p.vpn else []))
        signup = ov.get("signup_ip") or nets[0][0].ip
        row = {"id": sid, "kind": "applicant", "full_name": name, "email": email, "phone": phone, "address": address,
               "country": p.cc, "birth_date": "", "national_id": "", "photo": photo, "resume": resume, "profiles": profiles,
               "employer": client.name, "created_at": iso(created), "recovery_email": ov.get("rec_email", ""),
               "recovery_phone": ov.get("rec_phone", ""), "signup_ip": signup, "job_title": title,
               "status": ov.get("status") or self.wpick([("applied", 3), ("rejected", 5), ("interviewing", 1), ("withdrawn", 1)]),
               "work_location": "remote", "client_id": client.id}
        nl = ov.get("n_logins", r.choice([0, 0, 1, 1, 2, 3]))
        if nl:
            hs = ov.get("hours") or self.default_hours(p)
            devs = ov.get("devices") or [(d, ua, 1.0, False) for d, ua in p.devs]
            st = max(created, WIN0 - dt.timedelta(days=120))
            self.gen_logins(sid, nl, nets, devs, hs, None, st, min(EXPORT, st + dt.timedelta(days=40)), app="hiring",
                            leak=ov.get("leak"))
        self.add_subject(row, fraud, tags)
        return sid

    def account(self, p, client, tags, fraud=False, **ov):
        """A platform user account (owner, admin, bookkeeper, IT) of a client."""
        r = self.r
        sid = self.new_sid()
        tags = set(tags)
        if not fraud:
            tags |= {t for t in p.flags if t in ("cgnat", "honest_vpn", "traveller", "coworking")}
        created = ov.get("created") or (EXPORT - dt.timedelta(days=r.randint(30, 2000), seconds=r.randint(0, 86399)))
        email = ov.get("email") or p.email
        nets = ov.get("nets") or list(p.home) + ([(n, 0.8) for n in client.office_net] if client.office else []) + \
            [(n, 0.1 / max(1, len(p.mobile))) for n, _ in p.mobile]
        photo = ""
        if r.random() < 0.2:
            photo = self.photo_path(sid, p.face, None)
        row = {"id": sid, "kind": "account", "full_name": ov.get("full_name") or f"{p.first} {p.last}", "email": email,
               "phone": self.fmt_phone(p.phone, p.cc) if r.random() < 0.8 else "", "address": "",
               "country": p.cc, "birth_date": "", "national_id": "", "photo": photo, "resume": "",
               "profiles": "", "employer": client.name, "created_at": iso(created),
               "recovery_email": ov.get("rec_email", p.alt_email or ""),
               "recovery_phone": ov.get("rec_phone", self.fmt_phone(p.phone, p.cc) if r.random() < 0.75 else ""),
               "signup_ip": ov.get("signup_ip") or nets[0][0].ip, "job_title": ov.get("title", "Owner"),
               "status": "active", "work_location": "", "client_id": client.id}
        devs = ov.get("devices") or [(d, ua, 1.0, False) for d, ua in p.devs]
        self.gen_logins(sid, ov.get("n_logins", r.randint(3, 14)), nets, devs, self.default_hours(p), None,
                        max(WIN0, created), EXPORT, app="admin", trip=p.trip)
        self.add_subject(row, fraud, tags)
        return sid

    # ==================================================================================
    # fraud
    # ==================================================================================
    SOPH = {
        "sloppy": dict(p_rec=0.9, n_rec=1, p_rphone=0.8, n_voip=2, p_dev=0.85, n_dev=2, p_exit=0.85, p_resproxy=0.15,
                       asia_hours=0.7, kb_leak=0.35, tz_leak=0.15, tools=0.9, kvm=["pikvm", "pikvm", "tinypilot"],
                       p_bank=0.9, n_bank=1, face="light", n_face=1, p_uniqface=0.0, resume="light", n_skel=1,
                       leak_p=0.08, addr_share=0.7, p_portfolio=0.5),
        "medium": dict(p_rec=0.5, n_rec=3, p_rphone=0.45, n_voip=3, p_dev=0.5, n_dev=3, p_exit=0.5, p_resproxy=0.4,
                       asia_hours=0.35, kb_leak=0.1, tz_leak=0.04, tools=0.6, kvm=["jetkvm", "nanokvm", "tinypilot", "spoofed"],
                       p_bank=0.55, n_bank=3, face="medium", n_face=2, p_uniqface=0.2, resume="medium", n_skel=2,
                       leak_p=0.02, addr_share=0.3, p_portfolio=0.2),
        "careful": dict(p_rec=0.12, n_rec=4, p_rphone=0.1, n_voip=4, p_dev=0.15, n_dev=4, p_exit=0.12, p_resproxy=0.8,
                        asia_hours=0.06, kb_leak=0.0, tz_leak=0.0, tools=0.15, kvm=["spoofed", "spoofed", "jetkvm"],
                        p_bank=0.2, n_bank=4, face="heavy", n_face=3, p_uniqface=0.6, resume="heavy", n_skel=3,
                        leak_p=0.0, addr_share=0.05, p_portfolio=0.0),
    }

    def fraud_edit(self, level):
        r = self.r
        if level == "light":
            return (0, r.randint(-2, 2), r.randint(-2, 2), r.uniform(1.0, 1.05), r.uniform(0.95, 1.05),
                    r.randint(1, 2 ** 30) if r.random() < 0.5 else 0, False, r.random() < 0.2, r.randint(1, 2 ** 30) if r.random() < 0.5 else 0)
        if level == "medium":
            return (r.randint(1, 2 ** 30) if r.random() < 0.6 else 0, r.randint(-5, 5), r.randint(-5, 5), r.uniform(1.0, 1.15),
                    r.uniform(0.9, 1.1), r.randint(1, 2 ** 30), r.random() < 0.1, r.random() < 0.4, r.randint(1, 2 ** 30))
        return (r.randint(1, 2 ** 30), r.randint(-8, 8), r.randint(-8, 8), r.uniform(1.05, 1.25), r.uniform(0.85, 1.15),
                r.randint(1, 2 ** 30), r.random() < 0.4, r.random() < 0.5, r.randint(1, 2 ** 30))

    def dev_title(self):
        return self.wpick([(t, w) for t, w in TITLES_TECH if t in DEV_TITLES] + [("Web Developer", 2)])

    def pick_clients(self, k, tech=True, provision=None, exclude=()):
        out = []
        pool = self.tech_clients if tech else self.clients
        for _ in range(k * 20):
            c = self.r.choices(pool, weights=[x.size for x in pool])[0]
            if c in out or c in exclude:
                continue
            if provision is not None and c.provisions != provision and self.r.random() < 0.8:
                continue
            out.append(c)
            if len(out) == k:
                break
        return out

    def new_ring(self, arch, soph):
        r = self.r
        S = self.SOPH[soph]
        g = NS(arch=arch, soph=soph, S=S)
        g.rec_emails = []
        for _ in range(S["n_rec"]):
            her, f, l = self.make_name("US")
            g.rec_emails.append(self.make_email(f, l, self.birth(), "US"))
        g.voip = [self.make_phone(self.pick_city("US")) for _ in range(S["n_voip"])]
        g.devices = [("d-" + self.tok(12), r.choice(UA_WIN + UA_MAC)) for _ in range(S["n_dev"])]
        g.exits = r.sample(self.astrill, r.randint(3, 5))
        g.resproxy = []
        for _ in range(r.randint(4, 8)):
            c = self.pick_city("US")
            n = self.net(self.wpick(COUNTRY_NETS["US"]), city=c)
            n.kind = "resproxy"
            g.resproxy.append(n)
        g.leak = [self.net("unicom", lat=41.80, lon=123.43, cityname="Shenyang"),
                  self.net("unicom", lat=40.12, lon=124.38, cityname="Dandong"),
                  self.net("chinanet", lat=38.91, lon=121.61, cityname="Dalian"),
                  self.net("rostelecom", lat=43.12, lon=131.89, cityname="Vladivostok")]
        if soph == "sloppy":
            g.leak.append(self.net("starjv", lat=39.02, lon=125.75, cityname="Pyongyang"))
        g.banks = [self.bank_dest("US") for _ in range(S["n_bank"])]
        g.wallets = [("wallet", f"payoneer:{_digits(r, 8)}") for _ in range(S["n_bank"])] + \
                    [("wallet", f"wise:{e}") for e in g.rec_emails[:2]]
        g.crypto = ("crypto", "T" + self.tok(33))
        g.faces = [self.new_face() for _ in range(S["n_face"])]
        dummy = self.new_person(cc="US")
        g.skels = [self.make_skel(dummy, self.dev_title()) for _ in range(S["n_skel"])]
        g.portfolio = f"https://{slug(r.choice(NAME_A))}{r.choice(['dev', 'studio', 'labs', 'soft'])}.{r.choice(['com', 'io', 'dev'])}"
        g.asia = (r.choice([8, 8, 8, 10]), r.uniform(8.5, 10.5), 10.0, 0.35)
        g.forwarder = None
        g.clients_used = []
        return g

    def persona(self, g, mode, pool="employee", cc=None):
        """A claimed identity run by the ring: a stolen real person, or a synthetic one (same generators)."""
        r = self.r
        S = g.S
        victim = None
        if mode == "stolen":
            victim = self.new_person(cc="US", pool="employee")
            q = self.new_person(cc="US", pool="employee", heritage=victim.her, last=victim.last)
            q.first, q.mid, q.birth, q.ssn = victim.first, victim.mid, victim.birth, victim.ssn
            q.email = self.make_email(q.first, q.last, q.birth, "US")
            if r.random() < 0.5:
                q.addr, q.city, q.off, q.tz = victim.addr, victim.city, victim.off, victim.tz
            if r.random() < 0.55:
                self.victim_rows(victim)
        else:
            q = self.new_person(cc=cc, pool=pool)
        q.flags = set()
        q.trip, q.vpn, q.cowork, q.night, q.us_hours = None, None, None, False, False
        st = NS(mode=mode, victim=victim)
        # shared recovery contacts; None = the persona's own, chosen as for anyone else
        st.rec_email = r.choice(g.rec_emails) if r.random() < S["p_rec"] else None
        st.rec_phone = self.fmt_phone(r.choice(g.voip), q.cc) if r.random() < S["p_rphone"] else None
        if r.random() < S["p_rphone"] * 0.6:
            q.phone = r.choice(g.voip)
        st.devs = ([(d, ua, 1.0, False) for d, ua in r.sample(g.devices, 1)] if r.random() < S["p_dev"]
                   else [(d, ua, 1.0, False) for d, ua in q.devs])
        nets = []
        if r.random() < S["p_exit"]:
            nets += [(e, 1.0) for e in r.sample(g.exits, 2)]
        if r.random() < S["p_resproxy"] or not nets:
            nets += [(x, 1.0) for x in r.sample(g.resproxy, 2)]
        st.nets = nets
        st.leak = (g.leak, S["leak_p"]) if S["leak_p"] else None
        st.hours = g.asia if r.random() < S["asia_hours"] else (q.off if q.cc in ("US", "CA") else -5, r.uniform(7.5, 9.5), 9.5, 0.05)
        if r.random() < S["p_uniqface"]:
            st.face, st.edit = q.face, None
        else:
            st.face, st.edit = r.choice(g.faces), self.fraud_edit(S["face"])
        st.skel = self.clone_skel(r.choice(g.skels), S["resume"])
        st.pay = [(g.banks[r.randrange(len(g.banks))] + (1.0,))] if r.random() < S["p_bank"] else [q.bank + (1.0,)]
        prof = self.profiles_for(q, True)
        if r.random() < S["p_portfolio"]:
            prof = prof + [g.portfolio]
        st.profiles = ";".join(prof)
        st.title = self.dev_title()
        return q, st

    def victim_rows(self, v):
        """The real person whose identity was stolen, present as an honest subject."""
        r = self.r
        x = r.random()
        tags = {"identity_theft_victim"}
        if x < 0.55:
            self.engage(v, self.pick_clients(1, tech=False)[0], "employee", tags)
        elif x < 0.75:
            self.engage(v, self.pick_clients(1, tech=False)[0], "contractor", tags)
        else:
            self.apply(v, self.pick_clients(1, tech=r.random() < 0.5)[0], tags)

    def persona_rows(self, g, q, st, tags, n_app, hires, laptop=None, ship=None, address=None, kind=None,
                     pay=None, portal_nets=None, work_nets=None, email_for=None):
        """Applications then hires for one persona; returns the subject ids."""
        r = self.r
        sids = []
        def photo_for(p_face, p_avatar):
            def make(sid):
                x = r.random()
                if x < p_avatar:
                    return self.default_avatar(sid)
                return self.photo_path(sid, st.face, st.edit) if x < p_face else ""
            return make
        photo = photo_for(0.72, 0.06)
        app_clients = self.pick_clients(n_app, exclude=hires)
        first_app = EXPORT - dt.timedelta(days=r.randint(60, 420))
        for i, c in enumerate(app_clients):
            t = first_app + dt.timedelta(days=r.randint(0, 50), seconds=r.randint(0, 86399))
            sids.append(self.apply(q, c, tags | {"applicant_only"}, fraud=True, created=t, title=st.title, photo=photo,
                                   resume=st.skel if r.random() < 0.93 else None, profiles=st.profiles, nets=st.nets, devices=st.devs, hours=st.hours,
                                   rec_email="", phone=self.fmt_phone(q.phone, q.cc), address=address,
                                   signup_ip=r.choice(st.nets)[0].ip, leak=st.leak,
                                   n_logins=r.choice([0, 1, 1, 2, 3]),
                                   status=self.wpick([("rejected", 5), ("applied", 3), ("withdrawn", 1), ("interviewing", 1)])))
        for i, c in enumerate(hires):
            t = first_app + dt.timedelta(days=r.randint(20, 120), seconds=r.randint(0, 86399))
            if t > EXPORT - dt.timedelta(days=10):
                t = EXPORT - dt.timedelta(days=r.randint(10, 40))
            k = kind or ("contractor" if q.cc != "US" or r.random() < 0.35 else "employee")
            if r.random() < 0.3:   # applied through the hiring module first
                sids.append(self.apply(q, c, tags | {"hired"}, fraud=True, created=t - dt.timedelta(days=r.randint(10, 30)),
                                       title=st.title, photo=photo, resume=st.skel, profiles=st.profiles, nets=st.nets,
                                       devices=st.devs, hours=st.hours, rec_email="", phone=self.fmt_phone(q.phone, q.cc),
                                       address=address, signup_ip=r.choice(st.nets)[0].ip, leak=st.leak, status="hired",
                                       n_logins=r.choice([0, 1, 2])))
            ov = dict(created=t, title=st.title, photo=photo_for(0.55, 0.04), resume=st.skel if r.random() < 0.15 else None,
                      profiles=st.profiles,
                      nets=work_nets or st.nets, portal_nets=portal_nets or st.nets, devices=st.devs, hours=st.hours,
                      leak=st.leak, pay=pay or st.pay, signup_ip=r.choice(st.nets)[0].ip, work_location="remote")
            if st.rec_email:
                ov["rec_email"] = st.rec_email
            if st.rec_phone:
                ov["rec_phone"] = st.rec_phone
            if email_for:
                ov["email"] = email_for(c)
            if address is not None:
                ov["address"] = address
            if laptop is not None:
                ov["laptop"] = laptop(c) if callable(laptop) else laptop
            if ship is not None:
                ov["ship_addr"] = ship() if callable(ship) else ship
            if c.corpvpn:
                ov["nets"] = ov["nets"]
            sids.append(self.engage(q, c, k, tags | {"hired"}, fraud=True, **ov))
        return sids

    def farm_laptop(self, g, farm, S, tools_p):
        r = self.r

        def make(c):
            kvm = r.choice(S["kvm"])
            lov = {"lan": farm.lan, "tz": farm.tz if r.random() >= S["tz_leak"] else r.choice(["Asia/Shanghai", "Asia/Vladivostok"]),
                   "kb": ["en-US"] + ([r.choice(["ko-KR", "zh-CN"])] if r.random() < S["kb_leak"] else []),
                   "displays": ([EDID_KVM[kvm]] + (["Color LCD"] if r.random() < 0.3 else [])),
                   "usb_extra": USB_IPKVM[kvm][:r.randint(1, len(USB_IPKVM[kvm]))]}
            if r.random() < tools_p:
                lov["tools"] = r.sample(["anydesk", "teamviewer", "rustdesk", "crd", "vnc"], r.randint(1, 2))
                st = self.between(WIN0, EXPORT - dt.timedelta(days=10))
                lov["sessions"] = [(r.choice(g.exits + g.leak[:2]).ip, st, st + dt.timedelta(days=r.randint(3, 40)))]
            if r.random() < 0.3 and S is not self.SOPH["careful"]:
                lov["procs"] = ["astrill.exe"]
            return lov
        return make

    # ---------------- ring archetypes
    def ring_laptop_farm(self, soph, size):
        r = self.r
        g = self.new_ring("laptop_farm", soph)
        S = g.S
        fac = self.new_person(cc="US", pool="owner")
        tags = {"laptop_farm", soph}
        farm = NS(lan=[(fac.ssid, fac.gw)], tz=fac.tz, net=fac.home, addr=fac.addr)
        drops = [fac.addr]
        if soph == "careful":
            drops.append(self.make_address(fac.city))     # a second mule's house in the same town
            farm.net = fac.home + [(n, 0.5) for n, _ in self.mobile_network(fac.city)]
        mk = self.farm_laptop(g, farm, S, S["tools"])
        for i in range(size):
            mode = "stolen" if r.random() < 0.6 else "synthetic"
            q, st = self.persona(g, mode, "employee", cc="US")
            addr = None
            if r.random() < S["addr_share"]:
                addr = self.fmt_address(r.choice(drops))
            hires = self.pick_clients(1 if r.random() < 0.75 else 2, provision=True)
            self.persona_rows(g, q, st, tags | {"persona", mode + "_identity"}, r.randint(0, 3 if soph != "careful" else 1), hires,
                              laptop=mk, ship=lambda: self.fmt_address(r.choice(drops)), address=addr,
                              work_nets=farm.net, pay=[(g.banks[0] + (1.0,))] if r.random() < S["p_bank"] else None)
        self.facilitator_rows(g, fac, farm, mk, tags)

    def facilitator_rows(self, g, fac, farm, mk, tags):
        r = self.r
        self.n_farms = getattr(self, "n_farms", 0) + 1
        if self.n_farms % 2 == 1 or r.random() < 0.3:      # Knoot / Vong style: the host also holds a job
            c = self.pick_clients(1, tech=r.random() < 0.5)[0]
            self.engage(fac, c, "employee", tags | {"facilitator", "facilitator_employee"}, fraud=True,
                        nets=farm.net, pay=[(g.banks[0] + (1.0,))], rec_email=fac.alt_email or "",
                        rec_phone=self.fmt_phone(fac.phone, "US"))
        if r.random() < 0.15:
            self.apply(fac, self.pick_clients(1)[0], tags | {"facilitator", "applicant_only"}, fraud=True)

    def ring_operator(self, soph, size):
        """Personas run from abroad with no US farm: contractors paid to wallets, VPN exits, shared contacts."""
        r = self.r
        g = self.new_ring("operator_ring", soph)
        S = g.S
        tags = {"operator_ring", soph}
        fwd_city = self.pick_city("US")
        g.forwarder = f"{r.randint(100, 9999)} {r.choice(['Commerce', 'Industrial', 'Harbor', 'Airport'])} {r.choice(['Way', 'Blvd', 'Dr'])} " \
                      f"Unit {r.randint(1, 300)}, {fwd_city.name}, {fwd_city.region} {fwd_city.zp}{r.randint(0, 99):02d}"
        room_lan = [("TP-Link_" + self.tok(4).upper(), self.gw_mac())]
        for i in range(size):
            claim_us = r.random() < 0.45
            mode = "stolen" if (claim_us and r.random() < 0.5) else "synthetic"
            q, st = self.persona(g, mode, "contractor", cc="US" if claim_us else None)
            if not claim_us and q.cc == "US":
                claim_us = True
            pay = [(r.choice(g.wallets) + (1.0,))] if r.random() < S["p_bank"] else None
            if pay is None and q.cc != "US":
                pay = [("wallet", f"payoneer:{_digits(r, 8)}", 1.0)]
            if r.random() < 0.1:
                pay = [(g.crypto + (1.0,))]
            hires = self.pick_clients(1 if r.random() < 0.7 else 2)
            lap = False
            ship = None
            if claim_us and any(c.provisions for c in hires):
                lap = {"lan": room_lan, "tz": r.choice(["Asia/Shanghai", q.tz]) if S["tz_leak"] else q.tz,
                       "kb": ["en-US"] + ([r.choice(["ko-KR", "zh-CN"])] if r.random() < S["kb_leak"] * 1.5 else []),
                       "tools": ["anydesk"] if r.random() < S["tools"] * 0.5 else []}
                ship = g.forwarder if r.random() < 0.7 else None
            self.persona_rows(g, q, st, tags | {"persona", mode + "_identity"}, r.randint(1, 4 if soph == "sloppy" else 2), hires,
                              laptop=lap, ship=ship, pay=pay)

    def ring_moonlighter(self, soph, _size):
        """One persona holding three or four jobs at once."""
        r = self.r
        g = self.new_ring("moonlighter", soph)
        S = g.S
        tags = {"moonlighter", soph}
        mode = "stolen" if r.random() < 0.4 else "synthetic"
        q, st = self.persona(g, mode, "employee", cc="US" if r.random() < 0.75 else None)
        hires = self.pick_clients(r.randint(3, 4))
        drop = self.make_address(self.pick_city("US"))
        kind = "contractor" if q.cc != "US" else None
        banks = [q.bank + (1.0,)] if soph != "careful" else None
        st.pay = banks or st.pay
        mk = None
        if q.cc == "US":
            farm = NS(lan=[("NETGEAR" + self.tok(2).upper(), self.gw_mac())], tz=q.tz, net=st.nets)
            mk = self.farm_laptop(g, farm, S, S["tools"])
        emails = None
        if soph == "careful":
            emails = lambda c: self.make_email(q.first, q.last, q.birth, q.cc)   # noqa: E731
        self.persona_rows(g, q, st, tags | {"persona", mode + "_identity"}, r.randint(1, 3), hires, laptop=mk if mk else False,
                          ship=(lambda: self.fmt_address(drop)), kind=kind, email_for=emails)

    def ring_lone(self, soph, _size):
        """A careful single persona: no sharing with anyone."""
        r = self.r
        g = self.new_ring("lone_persona", soph)
        S = g.S
        tags = {"lone_persona", soph}
        mode = "stolen" if r.random() < 0.4 else "synthetic"
        q, st = self.persona(g, mode, "contractor" if r.random() < 0.5 else "employee", cc=None)
        st.devs = [(d, ua, 1.0, False) for d, ua in q.devs]
        st.rec_email = None
        hires = self.pick_clients(1)
        lap = False
        if q.cc == "US" and hires[0].provisions:
            farm = NS(lan=[(self.home_ssid("comcast", q.last, set()), self.gw_mac())], tz=q.tz, net=st.nets)
            lap = self.farm_laptop(g, farm, S, S["tools"] * 0.7)
        self.persona_rows(g, q, st, tags | {"persona", mode + "_identity"}, r.randint(0, 2), hires, laptop=lap)

    CHANNELS = ["bank", "rec_email", "rec_phone", "face", "resume", "device", "ip", "ship", "phone"]

    def ring_single_channel(self, soph, size, channel=None):
        """Personas that share exactly one kind of thing (everything else their own)."""
        r = self.r
        channel = channel or r.choice(self.CHANNELS)
        g = self.new_ring("single_channel", soph)
        tags = {"single_channel", "single_" + channel, soph}
        shared_exit = r.choice(g.exits + g.resproxy)
        ship = self.fmt_address(self.make_address(self.pick_city("US")))
        for i in range(max(3, size)):
            mode = "stolen" if r.random() < 0.35 else "synthetic"
            q, st = self.persona(g, mode, "contractor", cc="US" if r.random() < 0.6 else None)
            # reset every channel to the persona's own, then share the one
            st.rec_email = None
            st.rec_phone = None
            st.devs = [(d, ua, 1.0, False) for d, ua in q.devs]
            st.pay = [q.bank + (1.0,)]
            st.face, st.edit = q.face, None
            st.skel = self.make_skel(q, st.title)
            st.nets = [(self.r.choice(g.resproxy), 1.0)]
            lap, shp = False, None
            if channel == "bank":
                st.pay = [(g.banks[0] + (1.0,))] if q.cc == "US" else [(g.wallets[0] + (1.0,))]
            elif channel == "rec_email":
                st.rec_email = g.rec_emails[0]
            elif channel == "rec_phone":
                st.rec_phone = self.fmt_phone(g.voip[0], q.cc)
            elif channel == "phone":
                q.phone = g.voip[0]
            elif channel == "face":
                st.face, st.edit = g.faces[0], self.fraud_edit(self.r.choice(["light", "medium"]))
            elif channel == "resume":
                st.skel = self.clone_skel(g.skels[0], self.r.choice(["light", "medium"]))
            elif channel == "device":
                st.devs = [(g.devices[0][0], g.devices[0][1], 1.0, False)]
            elif channel == "ip":
                st.nets = [(shared_exit, 1.0)]
            elif channel == "ship":
                lap, shp = {}, ship
            self.persona_rows(g, q, st, tags | {"persona", mode + "_identity"}, r.randint(0, 2), self.pick_clients(1),
                              laptop=lap if channel == "ship" else False, ship=shp)

    def ring_split(self, soph, size):
        """A ring spread one persona per client, each linked to the next by one different thing."""
        r = self.r
        g = self.new_ring("split_ring", soph)
        tags = {"split_ring", soph}
        prev = None
        used = []
        for i in range(max(4, size)):
            mode = "stolen" if r.random() < 0.4 else "synthetic"
            q, st = self.persona(g, mode, "contractor", cc="US" if r.random() < 0.6 else None)
            st.rec_email = None
            st.rec_phone = None
            st.devs = [(d, ua, 1.0, False) for d, ua in q.devs]
            st.pay = [q.bank + (1.0,)]
            st.face, st.edit = q.face, None
            st.skel = self.make_skel(q, st.title)
            st.nets = [(self.r.choice(g.resproxy), 1.0)]
            if prev is not None:
                ch = r.choice(["bank", "rec_email", "rec_phone", "face", "resume", "device", "ip"])
                pq, pst = prev
                if ch == "bank":
                    st.pay = pst.pay
                elif ch == "rec_email":
                    st.rec_email = pst.rec_email or pq.alt_email or pq.email
                elif ch == "rec_phone":
                    st.rec_phone = self.fmt_phone(pq.phone, q.cc)
                elif ch == "face":
                    st.face, st.edit = pst.face, self.fraud_edit("medium")
                elif ch == "resume":
                    st.skel = self.clone_skel(pst.skel, "medium")
                elif ch == "device":
                    st.devs = pst.devs
                elif ch == "ip":
                    st.nets = pst.nets
            hires = self.pick_clients(1, exclude=used)
            used += hires
            self.persona_rows(g, q, st, tags | {"persona", mode + "_identity"}, r.randint(0, 1), hires, laptop=False)
            prev = (q, st)

    def ring_shell(self, soph, size):
        """A facilitator's shell staffing firm (Taggcar / Hopana Tech style) that places personas and takes their pay."""
        r = self.r
        g = self.new_ring("shell_company", soph)
        S = g.S
        tags = {"shell_company", soph}
        fac = self.new_person(cc="US", pool="owner")
        nm, a, b = self.company_name("staffing")
        nm = nm + r.choice([" LLC", " LLC", " Inc.", ""])
        dom = self.domain_for(a, r.choice(["tech", "soft", "it"]))
        reg = (EXPORT - dt.timedelta(days=r.randint(60, 330))).date()
        vps = self.alloc_ip(r.choice(["vultr", "digitalocean", "ovh"]))
        registrant = g.rec_emails[0] if soph != "careful" else r.choice(PRIVACY_EMAILS)
        self.add_domain(dom, nm, reg, registrant, ip=vps, ns="dns1.registrar-servers.com;dns2.registrar-servers.com")
        if r.random() < 0.6:   # a sister shell on the same server
            nm2, a2, b2 = self.company_name()
            d2 = self.domain_for(a2, "group")
            self.add_domain(d2, nm2 + " Inc.", reg + dt.timedelta(days=r.randint(3, 60)),
                            g.rec_emails[-1] if soph == "sloppy" else r.choice(PRIVACY_EMAILS), ip=vps,
                            ns="dns1.registrar-servers.com;dns2.registrar-servers.com")
        shell = NS(id=self.client_id(), name=nm, domain=dom, ind="staffing", tech=True, hq=fac.city,
                   family=False, code="".join(w[0] for w in nm.split()[:3]).upper(), office=False, size=1.0,
                   office_net=[], office_ssid="", office_gw="", sso=None, provisions=False, ship="home", corpvpn=None,
                   msp=None, it_email=None, main_line=None, peo_address=False, eor=False, registered=reg, new=True,
                   owner=fac, workers=0, office_addr="", office_addr_alt="")
        shell_bank = self.bank_dest("US")
        self.account(fac, shell, tags | {"facilitator"}, fraud=True, title="Owner", rec_email=g.rec_emails[0],
                     nets=fac.home + [(e, 0.5) for e in g.exits[:1]])
        for i in range(size):
            mode = "stolen" if r.random() < 0.5 else "synthetic"
            q, st = self.persona(g, mode, "contractor", cc="US" if r.random() < 0.7 else None)
            emails = (lambda c, q=q: f"{slug(q.first)}.{slug(q.last)}@{dom}") if r.random() < 0.5 else None
            pay = [("bank", shell_bank[1], 1.0)] if r.random() < (0.9 if soph != "careful" else 0.6) else None
            if r.random() < 0.35:
                self.persona_rows(g, q, st, tags | {"persona", mode + "_identity"}, r.randint(1, 2), [shell],
                                  kind="employee", laptop=False, pay=pay, email_for=emails)
            else:
                self.persona_rows(g, q, st, tags | {"persona", mode + "_identity"}, r.randint(0, 2), self.pick_clients(1),
                                  kind="contractor", laptop=False, pay=pay, email_for=emails)

    SCHEDULE = [
        ("laptop_farm", "sloppy", 12), ("lone_persona", "careful", 1), ("operator_ring", "medium", 8),
        ("moonlighter", "medium", 1), ("single_channel", "careful", 3), ("lone_persona", "medium", 1),
        ("split_ring", "careful", 8), ("shell_company", "medium", 7), ("single_channel", "medium", 3),
        ("operator_ring", "sloppy", 9), ("laptop_farm", "careful", 6), ("moonlighter", "sloppy", 1),
        ("single_channel", "medium", 3), ("lone_persona", "careful", 1), ("operator_ring", "careful", 6),
        ("single_channel", "careful", 3), ("laptop_farm", "medium", 9), ("moonlighter", "careful", 1),
        ("single_channel", "careful", 3), ("lone_persona", "sloppy", 1), ("split_ring", "medium", 7),
        ("shell_company", "careful", 6), ("operator_ring", "medium", 7), ("single_channel", "sloppy", 3),
        ("lone_persona", "careful", 1), ("moonlighter", "medium", 1), ("single_channel", "medium", 3),
        ("lone_persona", "medium", 1),
    ]

    def build_fraud(self, target):
        i = 0
        fns = {"laptop_farm": self.ring_laptop_farm, "lone_persona": self.ring_lone, "operator_ring": self.ring_operator,
               "moonlighter": self.ring_moonlighter, "single_channel": self.ring_single_channel, "split_ring": self.ring_split,
               "shell_company": self.ring_shell}
        channels = list(self.CHANNELS)
        self.r.shuffle(channels)
        ch_i = 0
        while self.n_fraud < target:
            arch, soph, size = self.SCHEDULE[i % len(self.SCHEDULE)]
            size = max(2, int(round(size * self.sc * self.r.uniform(0.8, 1.25))))
            if arch == "single_channel":
                self.ring_single_channel(soph, size, channels[ch_i % len(channels)])
                ch_i += 1
            else:
                fns[arch](soph, size)
            i += 1

    # ==================================================================================
    # honest population
    # ==================================================================================
    def cohabit(self, p, q):
        q.addr, q.city, q.home, q.home_key, q.ssid, q.gw, q.tz, q.off = p.addr, p.city, p.home, p.home_key, p.ssid, p.gw, p.tz, p.off
        q.flags.discard("cgnat")
        if "cgnat" in p.flags:
            q.flags.add("cgnat")

    def pick_client(self, kind="employee"):
        if kind == "contractor" and self.r.random() < 0.6:
            return self.r.choices(self.tech_clients, cum_weights=self.tech_cw)[0]
        return self.r.choices(self.clients, cum_weights=self.client_cw)[0]

    def honest_worker(self, room, p=None, kind=None, client=None, tags=()):
        r = self.r
        kind = kind or ("employee" if r.random() < 0.68 else "contractor")
        client = client or self.pick_client(kind)
        if p is None:
            local = client.office and kind == "employee" and r.random() < 0.7
            p = self.new_person(pool=kind, cc="US" if local else None, city=client.hq if local else None)
        tags = set(tags)
        if room >= 2 and r.random() < 0.18:
            t = self.hire_date()
            p.app_edit = self.edit_light() if r.random() < 0.5 else None
            self.apply(p, client, tags | {"hired_applicant"}, created=t - dt.timedelta(days=r.randint(12, 45)), status="hired")
            self.engage(p, client, kind, tags | {"hired_applicant"}, created=t)
            return 2
        self.engage(p, client, kind, tags)
        return 1

    def honest_applicant(self, room):
        r = self.r
        p = self.new_person(pool="applicant")
        k = 1 if r.random() < 0.75 else r.randint(2, 4)
        k = min(k, room)
        p.app_edit = self.edit_light() if r.random() < 0.3 else None
        tags = {"multi_applicant"} if k > 1 else set()
        title = None
        for c in self.pick_clients(k, tech=r.random() < 0.6):
            if title is None:
                title = self.pick_title(c)
            self.apply(p, c, tags, title=title)
        return k

    def honest_couple(self, room, shared_computer=False):
        r = self.r
        a = self.new_person(pool="employee")
        b = self.new_person(cc=a.cc, pool="employee", heritage=a.her if r.random() < 0.7 else None,
                            last=a.last if r.random() < 0.5 else None, city=a.city)
        self.cohabit(a, b)
        tags = {"couple_same_home"}
        if r.random() < 0.4:
            b.bank = a.bank
        if shared_computer:
            b.devs = b.devs[:1] + [a.devs[-1]]
            tags.add("shared_family_computer")
        ca = self.pick_client()
        cb = ca if r.random() < 0.15 else self.pick_client()
        rec = {}
        if r.random() < 0.25:
            rec["rec_phone"] = self.fmt_phone(a.phone, a.cc)
        if r.random() < 0.15:
            rec["rec_email"] = a.email
        self.engage(a, ca, "employee" if r.random() < 0.7 else "contractor", tags)
        self.engage(b, cb, "employee" if r.random() < 0.7 else "contractor", tags, **rec)
        return 2

    def honest_two_jobs(self, room):
        r = self.r
        three = room >= 3 and r.random() < 0.15
        p = self.new_person(pool="contractor" if three else "employee")
        if three:
            title = r.choice(["Virtual Assistant", "Bookkeeper", "Graphic Designer", "Content Writer", "Web Developer", "Social Media Manager"])
            for c in self.pick_clients(3, tech=False):
                self.engage(p, c, "contractor", {"three_gigs"}, title=title)
            return 3
        c1, c2 = self.pick_clients(2, tech=False)
        self.engage(p, c1, "employee" if p.cc == "US" else "contractor", {"two_jobs"})
        self.engage(p, c2, "contractor", {"two_jobs"})
        return 2

    def honest_rehire(self, room):
        r = self.r
        p = self.new_person(pool="employee")
        c = self.pick_client()
        old = EXPORT - dt.timedelta(days=r.randint(700, 2400))
        self.engage(p, c, "employee", {"rehire"}, created=old, status="terminated")
        c2 = c if r.random() < 0.7 else self.pick_client()
        if r.random() < 0.3:
            p.email = self.make_email(p.first, p.last, p.birth, p.cc)
        if r.random() < 0.3:
            p.addr = self.make_address(p.city)
        self.engage(p, c2, "employee", {"rehire"}, created=EXPORT - dt.timedelta(days=r.randint(20, 500)))
        return 2

    def honest_name_change(self, room):
        r = self.r
        p = self.new_person(pool="employee")
        c = self.pick_client()
        self.engage(p, c, "employee", {"name_change"}, created=EXPORT - dt.timedelta(days=r.randint(500, 2000)),
                    status=r.choice(["terminated", "active"]))
        her, _f, new_last = self.make_name(p.cc)
        p.last = new_last
        if r.random() < 0.6:
            p.email = self.make_email(p.first, p.last, p.birth, p.cc)
        if r.random() < 0.5:
            p.addr = self.make_address(p.city if r.random() < 0.6 else self.pick_city(p.cc))
        c2 = c if r.random() < 0.4 else self.pick_client()
        self.engage(p, c2, "employee", {"name_change"}, created=EXPORT - dt.timedelta(days=r.randint(20, 480)))
        return 2

    def honest_moved(self, room):
        r = self.r
        p = self.new_person(pool="employee")
        p.old_addr = p.addr
        old_home = p.home
        newcity = p.city if r.random() < 0.5 else self.pick_city(p.cc)
        p.addr = self.make_address(newcity)
        p.city = newcity
        p.home = [(n, 1.0) for n, _ in self.home_network(newcity, p.flags)] + [(n, 0.4) for n, _ in old_home]
        p.flags.add("moved")
        return self.honest_worker(room, p=p)

    def honest_agency_batch(self, room):
        r = self.r
        ag = r.choice(self.agencies)
        k = min(room, r.randint(2, 6))
        for _ in range(k):
            p = self.new_person(pool="contractor")
            ov = {"pay": [("bank", ag.bank, 1.0)]}
            if r.random() < 0.4:
                e = f"{slug(p.first)}.{slug(p.last)}@{ag.domain}"
                if e not in self._emails:
                    self._emails.add(e)
                    ov["email"] = e
            if r.random() < 0.5:
                ov["profiles"] = ";".join(self.profiles_for(p, True) + [ag.site])
            self.engage(p, self.pick_client("contractor"), "contractor", {"agency_contractor"}, **ov)
        return k

    def org_rows(self):
        """Owners, admins, family businesses, bookkeepers and MSP technicians."""
        r = self.r
        for c in self.clients:
            o = c.owner
            self.account(o, c, {"client_owner"} | ({"new_business"} if c.new else set()), title="Owner")
            if c.family:
                kin = r.randint(1, 4)
                fam_email = self.make_email(o.last, "family", o.birth, "US") if r.random() < 0.3 else None
                self.engage(o, c, "employee", {"client_owner", "family_business"}, title="Owner",
                            **({"rec_email": fam_email} if fam_email else {}))
                for j in range(kin):
                    rel = self.new_person(cc="US", heritage=o.her, last=o.last if r.random() < 0.8 else None, city=o.city)
                    if j == 0 or r.random() < 0.5:
                        self.cohabit(o, rel)
                    ov = {}
                    if j == 0 and r.random() < 0.6:
                        ov["pay"] = [(o.bank[0], o.bank[1], 1.0)]
                    if r.random() < 0.45:
                        ov["rec_phone"] = self.fmt_phone(o.phone, "US")
                    if fam_email and r.random() < 0.7:
                        ov["rec_email"] = fam_email
                    if r.random() < 0.3 and rel.devs:
                        rel.devs = rel.devs[:1] + o.devs[-1:]
                    self.engage(rel, c, "employee", {"family_business"}, **ov)
            elif r.random() < 0.4:
                self.engage(o, c, "employee", {"client_owner"} | ({"new_business"} if c.new else set()), title="Owner")
            if r.random() < 0.22:
                adm = self.new_person(cc="US", city=c.hq)
                self.engage(adm, c, "employee", {"client_admin"}, title=r.choice(["Office Manager", "HR Generalist", "Operations Coordinator"]))
                self.account(adm, c, {"client_admin"}, title="HR Admin")
        for f in self.bk_firms:
            for _ in range(r.randint(1, 2)):
                b = self.new_person(cc="US", city=f.city)
                b.devs = [f.pc] + b.devs[:1]
                k = max(3, int(r.randint(4, 16) * self.sc))
                style = r.random()
                for c in self.pick_clients(k, tech=False):
                    if style < 0.55:
                        em = f"{slug(b.first)}@{f.domain}"
                    elif style < 0.8:
                        em = f"{slug(b.first)}+{c.code.lower()}@{f.domain}"
                    else:
                        em = f"{slug(b.first)}.{slug(b.last)}@{c.domain}"
                    self.account(b, c, {"bookkeeper"}, title=r.choice(["Bookkeeper (external)", "CPA", "Payroll Admin"]),
                                 email=em, nets=[(f.net, 0.9)] + b.home[:1], signup_ip=f.net.ip,
                                 devices=[(f.pc[0], f.pc[1], 3.0, False), (b.devs[-1][0], b.devs[-1][1], 0.5, False)],
                                 rec_email=f"office@{f.domain}" if r.random() < 0.5 else "",
                                 n_logins=r.randint(3, 10))
        for m in self.msps:
            for c in m.clients:
                if r.random() < 0.3:
                    t = r.choice(m.techs)
                    self.account(t, c, {"msp_tech"}, title="IT Administrator", email=t.work_email,
                                 nets=[(m.net, 1.0)], signup_ip=m.net.ip, devices=[(t.devs[0][0], t.devs[0][1], 1.0, False)],
                                 rec_email=f"noc@{m.domain}", rec_phone=self.fmt_phone(m.line, "US"))

    def build_honest(self):
        r = self.r
        self.org_rows()
        scen = [("worker", 62), ("applicant", 17), ("couple", 2.6), ("family_pc", 0.7), ("two_jobs", 2.4),
                ("rehire", 1.5), ("name_change", 0.8), ("moved", 2.2), ("agency", 1.3)]
        while self.n_rows < self.n:
            room = self.n - self.n_rows
            s = self.wpick(scen) if room >= 6 else ("worker" if r.random() < 0.7 else "applicant")
            if s == "worker":
                if room >= 2:
                    self.honest_worker(room)
                else:
                    self.engage(self.new_person(pool="employee"), self.pick_client(), "employee", set())
            elif s == "applicant":
                self.honest_applicant(room)
            elif s == "couple":
                self.honest_couple(room)
            elif s == "family_pc":
                self.honest_couple(room, shared_computer=True)
            elif s == "two_jobs":
                self.honest_two_jobs(room)
            elif s == "rehire":
                self.honest_rehire(room)
            elif s == "name_change":
                self.honest_name_change(room)
            elif s == "moved":
                self.honest_moved(room)
            elif s == "agency":
                self.honest_agency_batch(room)

    # ==================================================================================
    def build(self):
        r = self.r
        self.clients = []
        self.corp_pools = {}
        self.cowork_by_city = {}
        hosters = ["m247", "datacamp", "vultr", "tzulo", "quadranet", "packethub", "leaseweb"]
        self.astrill = [self.net(r.choice(hosters), lat=c[2], lon=c[3], cityname=c[0]) for c in VPN_EXIT_CITIES for _ in range(3)]
        cv = ["m247", "datacamp", "proton", "leaseweb", "vultr", "ovh", "aws"]
        self.consumer_vpn = [self.net(r.choice(cv), lat=c[2], lon=c[3], cityname=c[0]) for c in VPN_EXIT_CITIES for _ in range(5)]
        self.consumer_vpn += [self.net(r.choice(cv), lat=la, lon=lo, cityname=cn, cc=cc) for cn, cc, la, lo in
                              [("London", "GB", 51.51, -0.13), ("Frankfurt", "DE", 50.11, 8.68), ("Amsterdam", "NL", 52.37, 4.90),
                               ("Tokyo", "JP", 35.68, 139.69), ("Singapore", "SG", 1.35, 103.82), ("Toronto", "CA", 43.65, -79.38)]]
        n_clients = max(30, self.n // 40)
        for _ in range(n_clients):
            self.make_client(family=r.random() < 0.08)
        self.tech_clients = [c for c in self.clients if c.tech]
        # MSPs
        self.msps = []
        for _ in range(max(1, self.n // 4000)):
            nm, a, b = self.company_name()
            nm = nm.replace(b, r.choice(["IT Services", "Managed IT", "Technology Partners", "Networks"]))
            dom = self.domain_for(a, "it")
            city = self.pick_city("US")
            m = NS(name=nm, domain=dom, net=self.net(r.choice(["comcastbiz", "attbiz", "lumenbiz"]), city=city),
                   tool=self.wpick([("screenconnect", 4), ("ninja", 3), ("atera", 2), ("teamviewer", 2), ("splashtop", 1)]),
                   line=self.make_phone(city), clients=[])
            m.techs = []
            for _t in range(r.randint(1, 3)):
                t = self.new_person(cc="US", city=city)
                t.work_email = f"{slug(t.first)}@{dom}"
                m.techs.append(t)
            self.add_domain(dom, nm, dt.date(r.randint(2005, 2020), r.randint(1, 12), r.randint(1, 28)), f"admin@{dom}")
            self.msps.append(m)
        for c in self.clients:
            if c.provisions and r.random() < (0.25 if c.family else 0.14):
                c.msp = r.choice(self.msps)
                c.msp.clients.append(c)
        # staffing agencies, bookkeeping firms, recruiters
        self.agencies = []
        for _ in range(max(2, self.n // 2000)):
            nm, a, b = self.company_name()
            nm = nm.replace(b, r.choice(["Staffing", "Talent", "Recruiting", "Workforce Solutions"]))
            dom = self.domain_for(a, "talent")
            self.agencies.append(NS(name=nm, domain=dom, bank=self.bank_dest("US")[1], site=f"https://www.{dom}/our-team"))
            self.add_domain(dom, nm, dt.date(r.randint(2003, 2022), r.randint(1, 12), r.randint(1, 28)),
                            r.choice(PRIVACY_EMAILS) if r.random() < 0.5 else f"admin@{dom}")
        self.bk_firms = []
        for _ in range(max(1, self.n // 2500)):
            nm, a, b = self.company_name()
            nm = nm.replace(b, r.choice(["Bookkeeping", "CPAs", "Accounting Group", "Tax & Advisory"]))
            dom = self.domain_for(a, "cpa")
            city = self.pick_city("US")
            self.bk_firms.append(NS(name=nm, domain=dom, city=city, net=self.net(r.choice(["comcastbiz", "attbiz"]), city=city),
                                    pc=("d-" + self.tok(12), r.choice(UA_WIN))))
            self.add_domain(dom, nm, dt.date(r.randint(2000, 2021), r.randint(1, 12), r.randint(1, 28)), f"office@{dom}")
        for _ in range(max(5, self.n // 800)):
            nm, a, b = self.company_name()
            nm = nm.replace(b, r.choice(["Recruiting", "Search Partners", "Talent Partners", "Headhunters"]))
            dom = self.domain_for(a, "jobs")
            new = r.random() < 0.1
            reg = (EXPORT - dt.timedelta(days=r.randint(30, 360))).date() if new else dt.date(r.randint(2004, 2023), r.randint(1, 12), r.randint(1, 28))
            self.add_domain(dom, nm, reg, r.choice(PRIVACY_EMAILS) if r.random() < 0.6 else self.make_email(*self.make_name("US")[1:], self.birth(), "US"))
        cw, t = [], 0.0
        for c in self.clients:
            t += c.size
            cw.append(t)
        self.client_cw = cw
        cw, t = [], 0.0
        for c in self.tech_clients:
            t += c.size
            cw.append(t)
        self.tech_cw = cw
        self.build_fraud(int(round(0.03 * self.n)))
        self.build_honest()
        self.messy()

    def messy(self):
        """A handful of real-world data-entry mistakes."""
        r = self.r
        honest = [i for i, t in enumerate(self.truth) if t[1] == 0]
        picks = r.sample(honest, min(4, len(honest)))
        fixes = [("phone", "N/A"), ("birth_date", "1985-02-30"), ("created_at", "06/31/2023"), ("email", "none")]
        for i, (col, val) in zip(picks, fixes):
            self.subjects[i][col] = val

    # ==================================================================================
    SUBJECT_COLS = ["id", "kind", "full_name", "email", "phone", "address", "country", "birth_date", "national_id", "photo",
                    "resume", "profiles", "employer", "created_at", "recovery_email", "recovery_phone", "signup_ip",
                    "job_title", "status", "work_location", "client_id"]
    LOGIN_COLS = ["subject_id", "ts", "ip", "device_id", "user_agent", "country", "outcome", "source_proxy", "asn",
                  "network_owner", "city", "latitude", "longitude", "risk_level", "event_type", "session_id", "event_id", "app"]
    ENDPOINT_COLS = ["subject_id", "ts", "device_id", "kind", "value", "vendor_id", "product_id", "event_id", "started_at"]

    def write(self, out):
        r = self.r
        b = os.path.join(out, "bundle")
        os.makedirs(os.path.join(b, "photos"), exist_ok=True)
        os.makedirs(os.path.join(b, "resumes"), exist_ok=True)
        order = list(range(len(self.subjects)))
        r.shuffle(order)

        def wcsv(name, cols, rows):
            with open(os.path.join(b, name), "w", newline="", encoding="utf-8") as f:
                w = csv.writer(f, lineterminator="\n")
                w.writerow(cols)
                w.writerows(rows)

        wcsv("subjects.csv", self.SUBJECT_COLS, ([self.subjects[i][c] for c in self.SUBJECT_COLS] for i in order))
        self.logins.sort(key=lambda x: x[1])
        wcsv("logins.csv", self.LOGIN_COLS, self.logins)
        self.endpoint.sort(key=lambda x: x[1])
        wcsv("endpoint.csv", self.ENDPOINT_COLS, self.endpoint)
        self.payments.sort(key=lambda x: x[1])
        wcsv("payments.csv", ["subject_id", "ts", "amount", "currency", "method", "destination"], self.payments)
        self.shipments.sort(key=lambda x: x[1])
        wcsv("shipments.csv", ["subject_id", "ts", "asset", "address"], self.shipments)
        wcsv("domains.csv", ["domain", "company", "registered_at", "registrant_email", "ip", "nameservers"], self.domains)
        with open(os.path.join(out, "truth.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["subject_id", "fraud", "kind"])
            w.writerows(self.truth[i] for i in order)
        cache = {}
        for path, spec in self.photos.items():
            key = spec
            im = cache.get(key)
            if im is None:
                im = render_default_avatar() if spec[0] == "default" else render_face(spec[1], spec[2])
                if len(cache) < 64:
                    cache[key] = im
            full = os.path.join(b, path)
            if path.endswith(".png"):
                im.save(full, "PNG", optimize=False, compress_level=1)
            else:
                im.save(full, "JPEG", quality=85)
        for path, (fmt, text) in self.resumes.items():
            full = os.path.join(b, path)
            if fmt == "docx":
                with open(full, "wb") as f:
                    f.write(docx_bytes(text))
            elif fmt == "md":
                lines = text.split("\n")
                md = ["# " + lines[0]] + [("## " + x.title()) if x.isupper() and x else x for x in lines[1:]]
                with open(full, "w", encoding="utf-8") as f:
                    f.write("\n".join(md) + "\n")
            else:
                with open(full, "w", encoding="utf-8") as f:
                    f.write(text + "\n")


def generate(out: str, n: int, seed: int) -> dict:
    w = World(n, seed)
    w.build()
    w.write(out)
    return {"subjects": len(w.subjects), "fraud": w.n_fraud, "logins": len(w.logins), "endpoint": len(w.endpoint),
            "payments": len(w.payments), "shipments": len(w.shipments), "domains": len(w.domains),
            "photos": len(w.photos), "resumes": len(w.resumes)}
