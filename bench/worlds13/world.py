"""Blind benchmark world 13: "Forgeline", a developer talent marketplace and contractor-payments
platform used by web3 and fintech start-ups, DAOs and ordinary software firms.

One bundle as Forgeline would export it: marketplace developer accounts, applications that
its clients received, contractors and employees hired through it (with KYC), marketplace and
client-IdP sign-ins, endpoint telemetry of the laptops clients shipped, payouts (bank, payment
wallets, and a lot of honest crypto), shipments, and the domains of the organisations that
contact developers.

Written blind: from the bundle contract (docs/CONTRACT.md) and public reporting on North Korean
remote IT workers only, never from the detector's code, tests or other benchmark worlds.

Every identity field (name, heritage, country, email style, phone, address, birth date, photo,
resume) is drawn by the same functions for honest and fraudulent people; fraud differs only in
what operators share, where they connect from, when they work and where the laptops go.
"""

# ruff: noqa: C408, ISC004, RUF059, SIM115, SIM401, UP031
from __future__ import annotations

import bisect
import csv
import hashlib
import io
import json
import os
import random
import zipfile
from datetime import UTC, datetime

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageOps

T0 = datetime(2023, 1, 1, tzinfo=UTC).timestamp()
T1 = datetime(2025, 6, 30, 23, 0, tzinfo=UTC).timestamp()
DAY = 86400.0
LOAD_DAY = datetime(2025, 7, 1, tzinfo=UTC)


def iso(t: float) -> str:
    d = datetime.fromtimestamp(t, UTC)
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{d.microsecond // 1000:03d}Z"


def iso_s(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def day_str(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%d")


class Weighted:
    """Weighted choice with a prebuilt cumulative table."""

    def __init__(self, pairs):
        pairs = [
            (k, w)
            for k, w in (pairs.items() if isinstance(pairs, dict) else pairs)
            if w > 0
        ]
        self.items = [k for k, _ in pairs]
        self.cum = []
        s = 0.0
        for _, w in pairs:
            s += w
            self.cum.append(s)
        self.total = s

    def draw(self, rng):
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.total)]


# --------------------------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------------------------

HERITAGE = {
    "anglo": (
        [
            "James",
            "John",
            "Robert",
            "Michael",
            "William",
            "David",
            "Richard",
            "Joseph",
            "Thomas",
            "Christopher",
            "Daniel",
            "Matthew",
            "Anthony",
            "Mark",
            "Andrew",
            "Joshua",
            "Ryan",
            "Kevin",
            "Brian",
            "Tyler",
            "Ethan",
            "Jacob",
            "Nathan",
            "Kyle",
            "Dylan",
            "Logan",
            "Austin",
            "Brandon",
            "Justin",
            "Eric",
            "Adam",
            "Zachary",
            "Sean",
            "Connor",
            "Patrick",
            "Jason",
            "Aaron",
            "Cody",
            "Derek",
            "Travis",
            "Caleb",
        ],
        [
            "Mary",
            "Patricia",
            "Jennifer",
            "Linda",
            "Elizabeth",
            "Barbara",
            "Susan",
            "Jessica",
            "Sarah",
            "Karen",
            "Emily",
            "Ashley",
            "Megan",
            "Rachel",
            "Lauren",
            "Hannah",
            "Olivia",
            "Emma",
            "Madison",
            "Abigail",
            "Chloe",
            "Grace",
            "Amanda",
            "Stephanie",
            "Nicole",
            "Kayla",
            "Brittany",
            "Samantha",
            "Taylor",
            "Morgan",
            "Allison",
            "Heather",
            "Amber",
            "Danielle",
            "Courtney",
        ],
        [
            "Smith",
            "Johnson",
            "Williams",
            "Brown",
            "Jones",
            "Miller",
            "Davis",
            "Wilson",
            "Anderson",
            "Taylor",
            "Thomas",
            "Moore",
            "Martin",
            "Jackson",
            "Thompson",
            "White",
            "Harris",
            "Clark",
            "Lewis",
            "Robinson",
            "Walker",
            "Young",
            "Allen",
            "King",
            "Wright",
            "Scott",
            "Hill",
            "Green",
            "Adams",
            "Baker",
            "Nelson",
            "Carter",
            "Mitchell",
            "Roberts",
            "Turner",
            "Phillips",
            "Campbell",
            "Parker",
            "Evans",
            "Edwards",
            "Collins",
            "Stewart",
            "Morris",
            "Murphy",
            "Cook",
            "Rogers",
            "Reed",
            "Cooper",
            "Bailey",
            "Bell",
            "Kelly",
            "Howard",
            "Ward",
            "Cox",
            "Richardson",
            "Wood",
            "Watson",
            "Brooks",
            "Bennett",
            "Gray",
            "Hughes",
            "Price",
            "Sanders",
            "Myers",
            "Long",
            "Ross",
            "Foster",
            "Powell",
            "Jenkins",
            "Perry",
            "Russell",
            "Sullivan",
            "Fisher",
            "Henderson",
            "Coleman",
            "Hayes",
            "Bryant",
            "Graham",
            "Wallace",
            "Griffin",
            "West",
            "Cole",
            "Hamilton",
            "Ford",
            "Marshall",
            "Owens",
            "Harrison",
            "Gibson",
            "Kennedy",
            "Wells",
            "Palmer",
            "Lawson",
            "Fleming",
            "Barker",
            "Shaw",
            "Holmes",
            "Rice",
            "Hunt",
            "Black",
            "Daniels",
            "Stone",
            "Hudson",
            "Burke",
            "Porter",
            "Hunter",
            "Warren",
            "Dixon",
        ],
        0.45,
    ),
    "hispanic": (
        [
            "Carlos",
            "Juan",
            "Luis",
            "Jose",
            "Miguel",
            "Diego",
            "Alejandro",
            "Javier",
            "Andres",
            "Mateo",
            "Santiago",
            "Sebastian",
            "Fernando",
            "Ricardo",
            "Eduardo",
            "Pablo",
            "Manuel",
            "Jorge",
            "Raul",
            "Oscar",
            "Hector",
            "Emilio",
            "Ivan",
            "Nicolas",
            "Gonzalo",
            "Rodrigo",
        ],
        [
            "Maria",
            "Ana",
            "Sofia",
            "Valentina",
            "Camila",
            "Lucia",
            "Isabella",
            "Daniela",
            "Gabriela",
            "Paula",
            "Carolina",
            "Andrea",
            "Natalia",
            "Mariana",
            "Alejandra",
            "Fernanda",
            "Elena",
            "Laura",
            "Veronica",
            "Adriana",
            "Paola",
            "Ximena",
        ],
        [
            "Garcia",
            "Rodriguez",
            "Martinez",
            "Hernandez",
            "Lopez",
            "Gonzalez",
            "Perez",
            "Sanchez",
            "Ramirez",
            "Torres",
            "Flores",
            "Rivera",
            "Gomez",
            "Diaz",
            "Reyes",
            "Morales",
            "Cruz",
            "Ortiz",
            "Gutierrez",
            "Chavez",
            "Ramos",
            "Romero",
            "Vargas",
            "Castillo",
            "Jimenez",
            "Moreno",
            "Alvarez",
            "Mendoza",
            "Ruiz",
            "Herrera",
            "Medina",
            "Aguilar",
            "Castro",
            "Vega",
            "Rojas",
            "Navarro",
            "Dominguez",
            "Soto",
            "Delgado",
            "Guerrero",
            "Pena",
            "Rios",
            "Salazar",
            "Cabrera",
            "Fuentes",
            "Acosta",
            "Molina",
            "Suarez",
            "Ibarra",
            "Cortes",
        ],
        0.35,
    ),
    "brazilian": (
        [
            "Lucas",
            "Gabriel",
            "Pedro",
            "Rafael",
            "Thiago",
            "Bruno",
            "Felipe",
            "Gustavo",
            "Leonardo",
            "Matheus",
            "Joao",
            "Vinicius",
            "Diego",
            "Rodrigo",
            "Caio",
            "Andre",
            "Marcelo",
            "Henrique",
            "Tiago",
            "Guilherme",
        ],
        [
            "Ana",
            "Beatriz",
            "Larissa",
            "Fernanda",
            "Juliana",
            "Mariana",
            "Camila",
            "Leticia",
            "Amanda",
            "Bruna",
            "Carolina",
            "Gabriela",
            "Isabela",
            "Patricia",
            "Renata",
            "Vanessa",
            "Ines",
            "Marta",
        ],
        [
            "Silva",
            "Santos",
            "Oliveira",
            "Souza",
            "Pereira",
            "Costa",
            "Rodrigues",
            "Almeida",
            "Nascimento",
            "Lima",
            "Araujo",
            "Fernandes",
            "Carvalho",
            "Gomes",
            "Martins",
            "Rocha",
            "Ribeiro",
            "Barbosa",
            "Alves",
            "Monteiro",
            "Cardoso",
            "Teixeira",
            "Correia",
            "Moreira",
            "Mendes",
            "Nunes",
            "Freitas",
            "Pinto",
            "Ferreira",
            "Lopes",
            "Marques",
            "Sousa",
            "Cunha",
        ],
        0.5,
    ),
    "indian": (
        [
            "Rahul",
            "Amit",
            "Vikram",
            "Arjun",
            "Rohan",
            "Sanjay",
            "Rajesh",
            "Suresh",
            "Karthik",
            "Aditya",
            "Pranav",
            "Nikhil",
            "Siddharth",
            "Vivek",
            "Anil",
            "Harish",
            "Manoj",
            "Abhishek",
            "Varun",
            "Gaurav",
            "Ankit",
            "Deepak",
            "Sandeep",
            "Ravi",
            "Akash",
            "Ajay",
            "Kunal",
            "Mohit",
            "Naveen",
            "Srinivas",
            "Venkat",
            "Prakash",
        ],
        [
            "Priya",
            "Ananya",
            "Divya",
            "Pooja",
            "Neha",
            "Kavya",
            "Shreya",
            "Aishwarya",
            "Deepika",
            "Lakshmi",
            "Sneha",
            "Swati",
            "Anjali",
            "Nisha",
            "Meera",
            "Ritu",
            "Sunita",
            "Radhika",
            "Pallavi",
            "Harini",
            "Keerthi",
        ],
        [
            "Sharma",
            "Patel",
            "Kumar",
            "Singh",
            "Gupta",
            "Reddy",
            "Rao",
            "Iyer",
            "Nair",
            "Menon",
            "Joshi",
            "Mehta",
            "Shah",
            "Desai",
            "Verma",
            "Agarwal",
            "Chatterjee",
            "Banerjee",
            "Mukherjee",
            "Pillai",
            "Krishnan",
            "Srinivasan",
            "Bhat",
            "Kulkarni",
            "Naidu",
            "Chopra",
            "Malhotra",
            "Jain",
            "Thakur",
            "Yadav",
            "Mishra",
            "Pandey",
            "Tiwari",
            "Saxena",
            "Kapoor",
            "Bose",
            "Das",
            "Ghosh",
            "Hegde",
            "Shetty",
            "Varma",
        ],
        0.15,
    ),
    "chinese": (
        [
            "Wei",
            "Jun",
            "Hao",
            "Lei",
            "Jie",
            "Ming",
            "Yang",
            "Tao",
            "Bo",
            "Peng",
            "Feng",
            "Qiang",
            "Chao",
            "Kai",
            "Yong",
            "Bin",
            "Kevin",
            "Jason",
            "Eric",
            "Steven",
            "Tony",
        ],
        [
            "Li",
            "Ying",
            "Xin",
            "Mei",
            "Jing",
            "Yan",
            "Hui",
            "Fang",
            "Lin",
            "Xiao",
            "Yu",
            "Na",
            "Qian",
            "Ting",
            "Michelle",
            "Grace",
            "Vivian",
            "Cindy",
        ],
        [
            "Wang",
            "Li",
            "Zhang",
            "Liu",
            "Chen",
            "Yang",
            "Huang",
            "Zhao",
            "Wu",
            "Zhou",
            "Xu",
            "Sun",
            "Ma",
            "Zhu",
            "Hu",
            "Guo",
            "He",
            "Lin",
            "Gao",
            "Luo",
            "Zheng",
            "Liang",
            "Xie",
            "Song",
            "Tang",
            "Han",
            "Feng",
            "Deng",
            "Cao",
            "Peng",
            "Zeng",
            "Xiao",
            "Tian",
            "Dong",
            "Pan",
            "Yuan",
        ],
        0.05,
    ),
    "korean": (
        [
            "Minjun",
            "Seojun",
            "Jiho",
            "Hyunwoo",
            "Jaewon",
            "Donghyun",
            "Sungmin",
            "Joonho",
            "Youngsoo",
            "Taeyang",
            "Jinwoo",
            "Sanghoon",
            "Daniel",
            "David",
            "Andrew",
            "Brian",
        ],
        [
            "Jiyeon",
            "Seoyeon",
            "Minji",
            "Soojin",
            "Hyejin",
            "Eunji",
            "Haeun",
            "Yoojin",
            "Sora",
            "Jiwon",
            "Grace",
            "Esther",
            "Christine",
        ],
        [
            "Kim",
            "Lee",
            "Park",
            "Choi",
            "Jung",
            "Kang",
            "Cho",
            "Yoon",
            "Jang",
            "Lim",
            "Han",
            "Oh",
            "Seo",
            "Shin",
            "Kwon",
            "Hwang",
            "Ahn",
            "Song",
            "Ryu",
            "Hong",
            "Jeon",
            "Ko",
            "Moon",
            "Yang",
            "Son",
            "Bae",
            "Baek",
        ],
        0.1,
    ),
    "japanese": (
        [
            "Haruto",
            "Yuto",
            "Sota",
            "Ren",
            "Takumi",
            "Kenji",
            "Hiroshi",
            "Daiki",
            "Shota",
            "Kaito",
            "Ryota",
            "Yusuke",
            "Kenta",
        ],
        [
            "Yui",
            "Hina",
            "Sakura",
            "Aoi",
            "Yuki",
            "Mei",
            "Rin",
            "Haruka",
            "Misaki",
            "Nanami",
            "Ayaka",
        ],
        [
            "Sato",
            "Suzuki",
            "Takahashi",
            "Tanaka",
            "Watanabe",
            "Ito",
            "Yamamoto",
            "Nakamura",
            "Kobayashi",
            "Kato",
            "Yoshida",
            "Yamada",
            "Sasaki",
            "Yamaguchi",
            "Matsumoto",
            "Inoue",
            "Kimura",
            "Hayashi",
            "Shimizu",
            "Mori",
        ],
        0.0,
    ),
    "vietnamese": (
        [
            "Minh",
            "Duc",
            "Huy",
            "Tuan",
            "Khoa",
            "Nam",
            "Long",
            "Quang",
            "Hieu",
            "Thanh",
            "Phuc",
            "Dat",
            "Trung",
            "Vinh",
        ],
        [
            "Linh",
            "Trang",
            "Huong",
            "Thao",
            "Ngoc",
            "Mai",
            "Lan",
            "Phuong",
            "Anh",
            "Hoa",
            "Hanh",
        ],
        [
            "Nguyen",
            "Tran",
            "Le",
            "Pham",
            "Hoang",
            "Phan",
            "Vu",
            "Dang",
            "Bui",
            "Do",
            "Ho",
            "Ngo",
            "Duong",
            "Ly",
            "Truong",
            "Dinh",
        ],
        0.2,
    ),
    "filipino": (
        [
            "Mark",
            "John",
            "Jerome",
            "Christian",
            "Rey",
            "Angelo",
            "Paolo",
            "Carlo",
            "Jericho",
            "Ramon",
            "Joel",
            "Arnel",
            "Kenneth",
        ],
        [
            "Kristine",
            "Joy",
            "Jasmine",
            "Angelica",
            "Maricel",
            "Rowena",
            "Camille",
            "Bea",
            "Patricia",
            "Rhea",
            "Charisse",
        ],
        [
            "Santos",
            "Reyes",
            "Cruz",
            "Bautista",
            "Ocampo",
            "Garcia",
            "Mendoza",
            "Torres",
            "Tomas",
            "Andrada",
            "Castillo",
            "Flores",
            "Villanueva",
            "Ramos",
            "Aquino",
            "Navarro",
            "Manalo",
            "Gonzales",
            "Dizon",
            "Pascual",
            "Mercado",
            "Salvador",
            "Lim",
        ],
        0.3,
    ),
    "slavic": (
        [
            "Oleksandr",
            "Dmytro",
            "Andriy",
            "Serhiy",
            "Maksym",
            "Ivan",
            "Artem",
            "Mykola",
            "Yuriy",
            "Vladimir",
            "Alexei",
            "Dmitri",
            "Pavel",
            "Sergei",
            "Nikolai",
            "Piotr",
            "Krzysztof",
            "Tomasz",
            "Pawel",
            "Michal",
            "Jakub",
            "Kamil",
            "Bogdan",
            "Denys",
            "Roman",
            "Taras",
            "Marko",
            "Nikola",
            "Stefan",
            "Milos",
        ],
        [
            "Olena",
            "Iryna",
            "Natalia",
            "Kateryna",
            "Yulia",
            "Anastasia",
            "Svetlana",
            "Tatiana",
            "Anna",
            "Agnieszka",
            "Katarzyna",
            "Magdalena",
            "Marta",
            "Oksana",
            "Daria",
            "Jelena",
            "Milica",
            "Ivana",
        ],
        [
            "Shevchenko",
            "Kovalenko",
            "Bondarenko",
            "Tkachenko",
            "Kravchenko",
            "Melnyk",
            "Boyko",
            "Kovalchuk",
            "Ivanov",
            "Petrov",
            "Smirnov",
            "Kuznetsov",
            "Popov",
            "Sokolov",
            "Volkov",
            "Nowak",
            "Kowalski",
            "Wisniewski",
            "Wojcik",
            "Kowalczyk",
            "Kaminski",
            "Lewandowski",
            "Zielinski",
            "Szymanski",
            "Wozniak",
            "Moroz",
            "Lysenko",
            "Savchenko",
            "Rudenko",
            "Marchenko",
            "Jovanovic",
            "Petrovic",
            "Nikolic",
            "Markovic",
            "Djordjevic",
            "Horvat",
            "Novak",
        ],
        0.25,
    ),
    "romanian": (
        [
            "Andrei",
            "Alexandru",
            "Mihai",
            "Stefan",
            "Ionut",
            "Florin",
            "Bogdan",
            "Cristian",
            "Vlad",
            "Radu",
            "Adrian",
        ],
        [
            "Ioana",
            "Andreea",
            "Elena",
            "Maria",
            "Alina",
            "Cristina",
            "Mihaela",
            "Roxana",
            "Diana",
            "Raluca",
        ],
        [
            "Popescu",
            "Ionescu",
            "Popa",
            "Dumitru",
            "Stan",
            "Stoica",
            "Gheorghe",
            "Matei",
            "Ciobanu",
            "Rusu",
            "Munteanu",
            "Constantin",
            "Marin",
            "Tudor",
            "Dinu",
            "Radu",
            "Florea",
        ],
        0.2,
    ),
    "georgian": (
        ["Giorgi", "Davit", "Levan", "Nikoloz", "Irakli", "Luka", "Sandro", "Zurab"],
        ["Nino", "Mariam", "Tamar", "Ana", "Salome", "Eka", "Natia"],
        [
            "Beridze",
            "Kapanadze",
            "Gelashvili",
            "Maisuradze",
            "Giorgadze",
            "Lomidze",
            "Tsiklauri",
            "Bolkvadze",
            "Kvaratskhelia",
            "Nozadze",
            "Abashidze",
        ],
        0.0,
    ),
    "nigerian": (
        [
            "Chinedu",
            "Emeka",
            "Oluwaseun",
            "Tunde",
            "Babatunde",
            "Ifeanyi",
            "Segun",
            "Kelechi",
            "Obinna",
            "Femi",
            "Ayodele",
            "Chidi",
            "Samuel",
            "David",
            "Daniel",
            "Victor",
            "Michael",
            "Emmanuel",
        ],
        [
            "Chioma",
            "Ngozi",
            "Adaeze",
            "Funmilayo",
            "Yetunde",
            "Amaka",
            "Blessing",
            "Temitope",
            "Esther",
            "Folake",
            "Ifeoma",
            "Grace",
        ],
        [
            "Okafor",
            "Adeyemi",
            "Okonkwo",
            "Nwosu",
            "Eze",
            "Ogunleye",
            "Balogun",
            "Adebayo",
            "Olawale",
            "Chukwu",
            "Obi",
            "Afolabi",
            "Okeke",
            "Uche",
            "Adeleke",
            "Ogundipe",
            "Nnamdi",
            "Ibrahim",
            "Bello",
            "Abubakar",
            "Onyekachi",
            "Akinola",
        ],
        0.3,
    ),
    "kenyan": (
        [
            "Brian",
            "Kevin",
            "Dennis",
            "Collins",
            "Samuel",
            "Peter",
            "James",
            "Felix",
            "Victor",
            "Ian",
        ],
        [
            "Faith",
            "Mercy",
            "Wanjiru",
            "Achieng",
            "Grace",
            "Naomi",
            "Cynthia",
            "Sharon",
            "Joy",
        ],
        [
            "Otieno",
            "Odhiambo",
            "Kamau",
            "Mwangi",
            "Wanjiku",
            "Kiprop",
            "Njoroge",
            "Ochieng",
            "Mutua",
            "Kariuki",
            "Onyango",
            "Wambui",
            "Kiplagat",
            "Chebet",
        ],
        0.3,
    ),
    "german": (
        [
            "Lukas",
            "Jonas",
            "Felix",
            "Maximilian",
            "Leon",
            "Paul",
            "Tobias",
            "Jan",
            "Florian",
            "Stefan",
            "Niklas",
            "Moritz",
            "Philipp",
        ],
        [
            "Anna",
            "Lena",
            "Laura",
            "Julia",
            "Sophie",
            "Katharina",
            "Lea",
            "Hannah",
            "Lisa",
            "Johanna",
            "Marie",
        ],
        [
            "Muller",
            "Schmidt",
            "Schneider",
            "Fischer",
            "Weber",
            "Meyer",
            "Wagner",
            "Becker",
            "Schulz",
            "Hoffmann",
            "Koch",
            "Richter",
            "Klein",
            "Wolf",
            "Neumann",
            "Schwarz",
            "Zimmermann",
            "Braun",
            "Kruger",
            "Hartmann",
            "Lange",
            "Werner",
            "Krause",
        ],
        0.3,
    ),
    "turkish": (
        [
            "Mehmet",
            "Mustafa",
            "Ahmet",
            "Emre",
            "Burak",
            "Can",
            "Murat",
            "Kerem",
            "Onur",
            "Serkan",
            "Yusuf",
        ],
        ["Elif", "Zeynep", "Ayse", "Fatma", "Merve", "Ece", "Selin", "Esra", "Busra"],
        [
            "Yilmaz",
            "Kaya",
            "Demir",
            "Sahin",
            "Celik",
            "Yildiz",
            "Yildirim",
            "Ozturk",
            "Aydin",
            "Ozdemir",
            "Arslan",
            "Dogan",
            "Kilic",
            "Aslan",
            "Cetin",
            "Kara",
            "Koc",
            "Kurt",
        ],
        0.1,
    ),
    "arabic": (
        [
            "Ahmed",
            "Mohammed",
            "Omar",
            "Ali",
            "Hassan",
            "Youssef",
            "Khalid",
            "Tariq",
            "Bilal",
            "Usman",
            "Faisal",
            "Hamza",
            "Imran",
            "Zain",
            "Saad",
            "Kareem",
            "Mahmoud",
            "Amr",
        ],
        [
            "Fatima",
            "Aisha",
            "Mariam",
            "Sara",
            "Noor",
            "Layla",
            "Zainab",
            "Hira",
            "Amina",
            "Yasmin",
            "Salma",
            "Rania",
            "Dina",
        ],
        [
            "Khan",
            "Ahmed",
            "Hassan",
            "Ali",
            "Hussain",
            "Malik",
            "Qureshi",
            "Sheikh",
            "Rahman",
            "Abdullah",
            "Farouk",
            "Mansour",
            "Haddad",
            "Nasser",
            "Saleh",
            "Siddiqui",
            "Chaudhry",
            "Butt",
            "Iqbal",
            "Raza",
            "Mirza",
            "Aziz",
            "Hamdan",
            "Khalil",
            "Mostafa",
            "Ibrahim",
        ],
        0.2,
    ),
    "indonesian": (
        [
            "Budi",
            "Agus",
            "Rizky",
            "Andi",
            "Dimas",
            "Fajar",
            "Hendra",
            "Eko",
            "Yoga",
            "Arief",
        ],
        ["Dewi", "Putri", "Sari", "Ayu", "Indah", "Rina", "Fitri", "Wulan"],
        [
            "Santoso",
            "Wijaya",
            "Pratama",
            "Saputra",
            "Hidayat",
            "Kurniawan",
            "Setiawan",
            "Gunawan",
            "Susanto",
            "Nugroho",
            "Halim",
            "Tanjung",
        ],
        0.1,
    ),
}

EAST_ASIAN = ("chinese", "korean", "japanese", "vietnamese")

# country: weight in the marketplace, heritage mix, phone, address style, email providers, currency
COUNTRIES = {
    "US": dict(
        w=20,
        her={
            "anglo": 52,
            "hispanic": 14,
            "indian": 9,
            "chinese": 6,
            "korean": 4,
            "vietnamese": 2,
            "filipino": 2,
            "slavic": 3,
            "nigerian": 2,
            "arabic": 2,
            "japanese": 1,
            "german": 1,
            "brazilian": 0.5,
            "kenyan": 0.5,
            "turkish": 0.5,
        },
        cur="USD",
    ),
    "CA": dict(
        w=3,
        her={
            "anglo": 50,
            "chinese": 10,
            "indian": 12,
            "hispanic": 4,
            "slavic": 6,
            "arabic": 4,
            "korean": 3,
            "filipino": 4,
            "vietnamese": 2,
            "nigerian": 2,
            "german": 2,
        },
        cur="CAD",
    ),
    "GB": dict(
        w=4,
        her={
            "anglo": 64,
            "indian": 12,
            "arabic": 6,
            "nigerian": 5,
            "chinese": 3,
            "slavic": 6,
            "romanian": 2,
            "german": 1,
            "hispanic": 1,
        },
        cur="GBP",
    ),
    "DE": dict(
        w=3,
        her={
            "german": 72,
            "slavic": 8,
            "turkish": 9,
            "arabic": 4,
            "anglo": 3,
            "romanian": 2,
            "vietnamese": 1,
            "indian": 1,
        },
        cur="EUR",
    ),
    "PL": dict(
        w=4, her={"slavic": 97, "vietnamese": 1, "anglo": 1, "indian": 1}, cur="PLN"
    ),
    "UA": dict(w=5, her={"slavic": 99, "georgian": 1}, cur="UAH"),
    "RU": dict(
        w=1, her={"slavic": 97, "korean": 1, "georgian": 1, "turkish": 1}, cur="RUB"
    ),
    "RS": dict(w=1, her={"slavic": 100}, cur="RSD"),
    "RO": dict(w=1.5, her={"romanian": 100}, cur="RON"),
    "GE": dict(w=0.5, her={"georgian": 90, "slavic": 10}, cur="GEL"),
    "TR": dict(w=1.5, her={"turkish": 95, "arabic": 5}, cur="TRY"),
    "IN": dict(w=9, her={"indian": 100}, cur="INR"),
    "PK": dict(w=3, her={"arabic": 100}, cur="PKR"),
    "PH": dict(w=4, her={"filipino": 97, "chinese": 2, "anglo": 1}, cur="PHP"),
    "VN": dict(w=3, her={"vietnamese": 100}, cur="VND"),
    "ID": dict(w=1.5, her={"indonesian": 92, "chinese": 8}, cur="IDR"),
    "CN": dict(w=1.5, her={"chinese": 100}, cur="CNY"),
    "KR": dict(w=1.5, her={"korean": 100}, cur="KRW"),
    "JP": dict(w=1, her={"japanese": 97, "korean": 2, "chinese": 1}, cur="JPY"),
    "SG": dict(
        w=1,
        her={"chinese": 65, "indian": 15, "indonesian": 8, "anglo": 8, "filipino": 4},
        cur="SGD",
    ),
    "AE": dict(
        w=1,
        her={
            "arabic": 45,
            "indian": 30,
            "filipino": 8,
            "anglo": 8,
            "slavic": 5,
            "turkish": 4,
        },
        cur="AED",
    ),
    "EG": dict(w=1.5, her={"arabic": 100}, cur="EGP"),
    "NG": dict(w=4, her={"nigerian": 100}, cur="NGN"),
    "KE": dict(w=2, her={"kenyan": 97, "indian": 3}, cur="KES"),
    "BR": dict(
        w=4, her={"brazilian": 93, "japanese": 3, "arabic": 2, "german": 2}, cur="BRL"
    ),
    "AR": dict(
        w=3, her={"hispanic": 90, "german": 4, "slavic": 3, "arabic": 3}, cur="ARS"
    ),
    "MX": dict(w=2, her={"hispanic": 97, "anglo": 3}, cur="MXN"),
    "CO": dict(w=1.5, her={"hispanic": 100}, cur="COP"),
    "ES": dict(w=2, her={"hispanic": 92, "romanian": 4, "arabic": 4}, cur="EUR"),
    "PT": dict(w=2, her={"brazilian": 92, "slavic": 4, "indian": 4}, cur="EUR"),
}
ASIA_EEUROPE = {
    "UA",
    "RU",
    "RS",
    "RO",
    "GE",
    "PL",
    "TR",
    "IN",
    "PK",
    "PH",
    "VN",
    "ID",
    "CN",
    "KR",
    "JP",
    "SG",
}

# cities: name, region, lat, lon, IANA zone, standard UTC offset, postal template, area codes
CITIES = {
    "US": [
        (
            "New York",
            "NY",
            40.71,
            -74.01,
            "America/New_York",
            -5,
            "100##",
            "212 646 917 718 347 929",
            9,
        ),
        (
            "Brooklyn",
            "NY",
            40.68,
            -73.94,
            "America/New_York",
            -5,
            "112##",
            "718 347 929",
            4,
        ),
        ("Austin", "TX", 30.27, -97.74, "America/Chicago", -6, "787##", "512 737", 5),
        (
            "Dallas",
            "TX",
            32.78,
            -96.80,
            "America/Chicago",
            -6,
            "752##",
            "214 469 972",
            4,
        ),
        (
            "Houston",
            "TX",
            29.76,
            -95.37,
            "America/Chicago",
            -6,
            "770##",
            "713 281 832",
            4,
        ),
        (
            "San Francisco",
            "CA",
            37.77,
            -122.42,
            "America/Los_Angeles",
            -8,
            "941##",
            "415 628",
            6,
        ),
        (
            "Los Angeles",
            "CA",
            34.05,
            -118.24,
            "America/Los_Angeles",
            -8,
            "900##",
            "213 310 323 424 818",
            6,
        ),
        (
            "San Jose",
            "CA",
            37.34,
            -121.89,
            "America/Los_Angeles",
            -8,
            "951##",
            "408 669",
            3,
        ),
        (
            "San Diego",
            "CA",
            32.72,
            -117.16,
            "America/Los_Angeles",
            -8,
            "921##",
            "619 858",
            3,
        ),
        (
            "Seattle",
            "WA",
            47.61,
            -122.33,
            "America/Los_Angeles",
            -8,
            "981##",
            "206 425",
            5,
        ),
        (
            "Portland",
            "OR",
            45.52,
            -122.68,
            "America/Los_Angeles",
            -8,
            "972##",
            "503 971",
            2,
        ),
        ("Denver", "CO", 39.74, -104.99, "America/Denver", -7, "802##", "303 720", 3),
        (
            "Phoenix",
            "AZ",
            33.45,
            -112.07,
            "America/Phoenix",
            -7,
            "850##",
            "480 602 623",
            3,
        ),
        (
            "Salt Lake City",
            "UT",
            40.76,
            -111.89,
            "America/Denver",
            -7,
            "841##",
            "801 385",
            2,
        ),
        (
            "Chicago",
            "IL",
            41.88,
            -87.63,
            "America/Chicago",
            -6,
            "606##",
            "312 773 872",
            5,
        ),
        (
            "Minneapolis",
            "MN",
            44.98,
            -93.27,
            "America/Chicago",
            -6,
            "554##",
            "612 651",
            2,
        ),
        (
            "Atlanta",
            "GA",
            33.75,
            -84.39,
            "America/New_York",
            -5,
            "303##",
            "404 470 678",
            4,
        ),
        ("Miami", "FL", 25.76, -80.19, "America/New_York", -5, "331##", "305 786", 4),
        ("Tampa", "FL", 27.95, -82.46, "America/New_York", -5, "336##", "813", 2),
        ("Orlando", "FL", 28.54, -81.38, "America/New_York", -5, "328##", "407 321", 2),
        ("Boston", "MA", 42.36, -71.06, "America/New_York", -5, "021##", "617 857", 4),
        ("Raleigh", "NC", 35.78, -78.64, "America/New_York", -5, "276##", "919 984", 3),
        (
            "Charlotte",
            "NC",
            35.23,
            -80.84,
            "America/New_York",
            -5,
            "282##",
            "704 980",
            2,
        ),
        (
            "Nashville",
            "TN",
            36.16,
            -86.78,
            "America/Chicago",
            -6,
            "372##",
            "615 629",
            2,
        ),
        (
            "Columbus",
            "OH",
            39.96,
            -83.00,
            "America/New_York",
            -5,
            "432##",
            "614 380",
            2,
        ),
        ("Pittsburgh", "PA", 40.44, -80.00, "America/New_York", -5, "152##", "412", 2),
        (
            "Philadelphia",
            "PA",
            39.95,
            -75.17,
            "America/New_York",
            -5,
            "191##",
            "215 267",
            3,
        ),
        (
            "Baltimore",
            "MD",
            39.29,
            -76.61,
            "America/New_York",
            -5,
            "212##",
            "410 443",
            2,
        ),
        ("Richmond", "VA", 37.54, -77.44, "America/New_York", -5, "232##", "804", 1),
        (
            "Las Vegas",
            "NV",
            36.17,
            -115.14,
            "America/Los_Angeles",
            -8,
            "891##",
            "702 725",
            2,
        ),
        ("Detroit", "MI", 42.33, -83.05, "America/Detroit", -5, "482##", "313", 2),
        ("St. Louis", "MO", 38.63, -90.20, "America/Chicago", -6, "631##", "314", 1),
        ("Kansas City", "MO", 39.10, -94.58, "America/Chicago", -6, "641##", "816", 1),
    ],
    "CA": [
        (
            "Toronto",
            "ON",
            43.65,
            -79.38,
            "America/Toronto",
            -5,
            "M@# #@#",
            "416 647",
            6,
        ),
        (
            "Vancouver",
            "BC",
            49.28,
            -123.12,
            "America/Vancouver",
            -8,
            "V@# #@#",
            "604 778 236",
            4,
        ),
        (
            "Montreal",
            "QC",
            45.50,
            -73.57,
            "America/Toronto",
            -5,
            "H@# #@#",
            "514 438",
            3,
        ),
        (
            "Calgary",
            "AB",
            51.05,
            -114.07,
            "America/Edmonton",
            -7,
            "T@# #@#",
            "403 587",
            2,
        ),
        ("Ottawa", "ON", 45.42, -75.70, "America/Toronto", -5, "K@# #@#", "613 343", 2),
    ],
    "GB": [
        ("London", "England", 51.51, -0.13, "Europe/London", 0, "@@# #@@", "", 7),
        ("Manchester", "England", 53.48, -2.24, "Europe/London", 0, "M# #@@", "", 2),
        ("Edinburgh", "Scotland", 55.95, -3.19, "Europe/London", 0, "EH# #@@", "", 1),
        ("Bristol", "England", 51.45, -2.59, "Europe/London", 0, "BS# #@@", "", 1),
        ("Birmingham", "England", 52.49, -1.89, "Europe/London", 0, "B# #@@", "", 1),
    ],
    "DE": [
        ("Berlin", "Berlin", 52.52, 13.40, "Europe/Berlin", 1, "10###", "", 5),
        ("Munich", "Bavaria", 48.14, 11.58, "Europe/Berlin", 1, "80###", "", 3),
        ("Hamburg", "Hamburg", 53.55, 9.99, "Europe/Berlin", 1, "20###", "", 2),
        ("Cologne", "NRW", 50.94, 6.96, "Europe/Berlin", 1, "50###", "", 2),
    ],
    "PL": [
        ("Warsaw", "Mazowieckie", 52.23, 21.01, "Europe/Warsaw", 1, "0#-###", "", 5),
        ("Krakow", "Malopolskie", 50.06, 19.94, "Europe/Warsaw", 1, "3#-###", "", 3),
        ("Wroclaw", "Dolnoslaskie", 51.11, 17.04, "Europe/Warsaw", 1, "5#-###", "", 2),
        ("Gdansk", "Pomorskie", 54.35, 18.65, "Europe/Warsaw", 1, "80-###", "", 1),
    ],
    "UA": [
        ("Kyiv", "Kyiv", 50.45, 30.52, "Europe/Kyiv", 2, "0####", "", 5),
        ("Lviv", "Lviv Oblast", 49.84, 24.03, "Europe/Kyiv", 2, "79###", "", 3),
        ("Kharkiv", "Kharkiv Oblast", 49.99, 36.23, "Europe/Kyiv", 2, "61###", "", 2),
        (
            "Dnipro",
            "Dnipropetrovsk Oblast",
            48.46,
            35.05,
            "Europe/Kyiv",
            2,
            "49###",
            "",
            2,
        ),
        ("Odesa", "Odesa Oblast", 46.48, 30.72, "Europe/Kyiv", 2, "65###", "", 1),
    ],
    "RU": [
        ("Moscow", "Moscow", 55.76, 37.62, "Europe/Moscow", 3, "1#####", "", 4),
        (
            "Saint Petersburg",
            "Saint Petersburg",
            59.93,
            30.34,
            "Europe/Moscow",
            3,
            "19####",
            "",
            2,
        ),
        (
            "Novosibirsk",
            "Novosibirsk Oblast",
            55.03,
            82.92,
            "Asia/Novosibirsk",
            7,
            "630###",
            "",
            1,
        ),
    ],
    "RS": [
        ("Belgrade", "Belgrade", 44.79, 20.45, "Europe/Belgrade", 1, "11###", "", 3),
        ("Novi Sad", "Vojvodina", 45.27, 19.83, "Europe/Belgrade", 1, "21###", "", 1),
    ],
    "RO": [
        (
            "Bucharest",
            "Bucuresti",
            44.43,
            26.10,
            "Europe/Bucharest",
            2,
            "0#####",
            "",
            3,
        ),
        ("Cluj-Napoca", "Cluj", 46.77, 23.60, "Europe/Bucharest", 2, "400###", "", 2),
        ("Iasi", "Iasi", 47.16, 27.59, "Europe/Bucharest", 2, "700###", "", 1),
    ],
    "GE": [("Tbilisi", "Tbilisi", 41.72, 44.79, "Asia/Tbilisi", 4, "01##", "", 1)],
    "TR": [
        ("Istanbul", "Istanbul", 41.01, 28.98, "Europe/Istanbul", 3, "34###", "", 4),
        ("Ankara", "Ankara", 39.93, 32.86, "Europe/Istanbul", 3, "06###", "", 1),
        ("Izmir", "Izmir", 38.42, 27.14, "Europe/Istanbul", 3, "35###", "", 1),
    ],
    "IN": [
        ("Bengaluru", "Karnataka", 12.97, 77.59, "Asia/Kolkata", 5.5, "560###", "", 6),
        ("Hyderabad", "Telangana", 17.39, 78.49, "Asia/Kolkata", 5.5, "500###", "", 4),
        ("Pune", "Maharashtra", 18.52, 73.86, "Asia/Kolkata", 5.5, "411###", "", 3),
        ("Mumbai", "Maharashtra", 19.08, 72.88, "Asia/Kolkata", 5.5, "400###", "", 3),
        ("Chennai", "Tamil Nadu", 13.08, 80.27, "Asia/Kolkata", 5.5, "600###", "", 3),
        ("New Delhi", "Delhi", 28.61, 77.21, "Asia/Kolkata", 5.5, "110###", "", 3),
        ("Noida", "Uttar Pradesh", 28.54, 77.39, "Asia/Kolkata", 5.5, "201###", "", 2),
        ("Ahmedabad", "Gujarat", 23.02, 72.57, "Asia/Kolkata", 5.5, "380###", "", 1),
    ],
    "PK": [
        ("Lahore", "Punjab", 31.55, 74.34, "Asia/Karachi", 5, "54###", "", 3),
        ("Karachi", "Sindh", 24.86, 67.01, "Asia/Karachi", 5, "75###", "", 3),
        ("Islamabad", "ICT", 33.68, 73.05, "Asia/Karachi", 5, "44###", "", 2),
    ],
    "PH": [
        ("Manila", "Metro Manila", 14.60, 120.98, "Asia/Manila", 8, "10##", "", 3),
        ("Quezon City", "Metro Manila", 14.68, 121.04, "Asia/Manila", 8, "11##", "", 3),
        ("Makati", "Metro Manila", 14.55, 121.02, "Asia/Manila", 8, "12##", "", 2),
        ("Cebu City", "Cebu", 10.32, 123.89, "Asia/Manila", 8, "60##", "", 2),
        ("Davao City", "Davao del Sur", 7.19, 125.46, "Asia/Manila", 8, "80##", "", 1),
    ],
    "VN": [
        (
            "Ho Chi Minh City",
            "Ho Chi Minh",
            10.82,
            106.63,
            "Asia/Ho_Chi_Minh",
            7,
            "700###",
            "",
            4,
        ),
        ("Hanoi", "Hanoi", 21.03, 105.85, "Asia/Ho_Chi_Minh", 7, "100###", "", 3),
        ("Da Nang", "Da Nang", 16.05, 108.22, "Asia/Ho_Chi_Minh", 7, "550###", "", 1),
    ],
    "ID": [
        ("Jakarta", "DKI Jakarta", -6.21, 106.85, "Asia/Jakarta", 7, "1####", "", 3),
        ("Bandung", "West Java", -6.92, 107.61, "Asia/Jakarta", 7, "40###", "", 1),
        ("Denpasar", "Bali", -8.65, 115.22, "Asia/Makassar", 8, "80###", "", 1),
    ],
    "CN": [
        ("Shanghai", "Shanghai", 31.23, 121.47, "Asia/Shanghai", 8, "200###", "", 3),
        ("Beijing", "Beijing", 39.90, 116.41, "Asia/Shanghai", 8, "100###", "", 3),
        ("Shenzhen", "Guangdong", 22.54, 114.06, "Asia/Shanghai", 8, "518###", "", 3),
        ("Hangzhou", "Zhejiang", 30.27, 120.16, "Asia/Shanghai", 8, "310###", "", 2),
        ("Shenyang", "Liaoning", 41.81, 123.43, "Asia/Shanghai", 8, "110###", "", 1),
    ],
    "KR": [
        ("Seoul", "Seoul", 37.57, 126.98, "Asia/Seoul", 9, "0####", "", 5),
        ("Busan", "Busan", 35.18, 129.08, "Asia/Seoul", 9, "4####", "", 1),
        ("Seongnam", "Gyeonggi", 37.42, 127.13, "Asia/Seoul", 9, "13###", "", 1),
    ],
    "JP": [
        ("Tokyo", "Tokyo", 35.68, 139.69, "Asia/Tokyo", 9, "1##-####", "", 5),
        ("Osaka", "Osaka", 34.69, 135.50, "Asia/Tokyo", 9, "5##-####", "", 2),
        ("Fukuoka", "Fukuoka", 33.59, 130.40, "Asia/Tokyo", 9, "81#-####", "", 1),
    ],
    "SG": [
        ("Singapore", "Singapore", 1.35, 103.82, "Asia/Singapore", 8, "######", "", 1)
    ],
    "AE": [
        ("Dubai", "Dubai", 25.20, 55.27, "Asia/Dubai", 4, "", "", 3),
        ("Abu Dhabi", "Abu Dhabi", 24.45, 54.38, "Asia/Dubai", 4, "", "", 1),
    ],
    "EG": [
        ("Cairo", "Cairo", 30.04, 31.24, "Africa/Cairo", 2, "11###", "", 3),
        ("Alexandria", "Alexandria", 31.20, 29.92, "Africa/Cairo", 2, "21###", "", 1),
    ],
    "NG": [
        ("Lagos", "Lagos", 6.52, 3.38, "Africa/Lagos", 1, "1#####", "", 5),
        ("Abuja", "FCT", 9.08, 7.40, "Africa/Lagos", 1, "9#####", "", 2),
        ("Port Harcourt", "Rivers", 4.82, 7.03, "Africa/Lagos", 1, "5#####", "", 1),
        ("Ibadan", "Oyo", 7.38, 3.95, "Africa/Lagos", 1, "2#####", "", 1),
    ],
    "KE": [
        ("Nairobi", "Nairobi", -1.29, 36.82, "Africa/Nairobi", 3, "00###", "", 4),
        ("Mombasa", "Mombasa", -4.04, 39.67, "Africa/Nairobi", 3, "80###", "", 1),
    ],
    "BR": [
        (
            "Sao Paulo",
            "SP",
            -23.55,
            -46.63,
            "America/Sao_Paulo",
            -3,
            "0####-###",
            "11",
            5,
        ),
        (
            "Rio de Janeiro",
            "RJ",
            -22.91,
            -43.17,
            "America/Sao_Paulo",
            -3,
            "2####-###",
            "21",
            3,
        ),
        (
            "Belo Horizonte",
            "MG",
            -19.92,
            -43.94,
            "America/Sao_Paulo",
            -3,
            "3####-###",
            "31",
            2,
        ),
        (
            "Curitiba",
            "PR",
            -25.43,
            -49.27,
            "America/Sao_Paulo",
            -3,
            "8####-###",
            "41",
            1,
        ),
        (
            "Florianopolis",
            "SC",
            -27.60,
            -48.55,
            "America/Sao_Paulo",
            -3,
            "88###-###",
            "48",
            1,
        ),
    ],
    "AR": [
        (
            "Buenos Aires",
            "CABA",
            -34.60,
            -58.38,
            "America/Argentina/Buenos_Aires",
            -3,
            "C1###@@@",
            "",
            5,
        ),
        (
            "Cordoba",
            "Cordoba",
            -31.42,
            -64.18,
            "America/Argentina/Cordoba",
            -3,
            "X5###@@@",
            "",
            1,
        ),
        (
            "Rosario",
            "Santa Fe",
            -32.94,
            -60.64,
            "America/Argentina/Buenos_Aires",
            -3,
            "S2###@@@",
            "",
            1,
        ),
    ],
    "MX": [
        (
            "Mexico City",
            "CDMX",
            19.43,
            -99.13,
            "America/Mexico_City",
            -6,
            "0####",
            "",
            4,
        ),
        (
            "Guadalajara",
            "Jalisco",
            20.66,
            -103.35,
            "America/Mexico_City",
            -6,
            "44###",
            "",
            2,
        ),
        (
            "Monterrey",
            "Nuevo Leon",
            25.69,
            -100.32,
            "America/Monterrey",
            -6,
            "64###",
            "",
            1,
        ),
    ],
    "CO": [
        ("Bogota", "Bogota D.C.", 4.71, -74.07, "America/Bogota", -5, "11####", "", 3),
        ("Medellin", "Antioquia", 6.24, -75.58, "America/Bogota", -5, "050###", "", 2),
    ],
    "ES": [
        ("Madrid", "Madrid", 40.42, -3.70, "Europe/Madrid", 1, "280##", "", 3),
        ("Barcelona", "Catalonia", 41.39, 2.17, "Europe/Madrid", 1, "080##", "", 3),
        ("Valencia", "Valencia", 39.47, -0.38, "Europe/Madrid", 1, "460##", "", 1),
    ],
    "PT": [
        ("Lisbon", "Lisboa", 38.72, -9.14, "Europe/Lisbon", 0, "1###-###", "", 3),
        ("Porto", "Porto", 41.15, -8.61, "Europe/Lisbon", 0, "4###-###", "", 2),
    ],
}

PHONE = {  # country calling code, mobile prefixes of the national number, national number length, trunk
    "US": ("1", None, 10, ""),
    "CA": ("1", None, 10, ""),
    "GB": ("44", "74 75 78 795 796 797 798", 10, "0"),
    "DE": (
        "49",
        "151 152 157 160 162 170 171 172 173 174 175 176 177 178 179",
        11,
        "0",
    ),
    "PL": ("48", "50 51 53 57 60 66 69 72 73 78 79 88", 9, ""),
    "UA": ("380", "50 63 66 67 68 73 93 95 96 97 98 99", 9, "0"),
    "RU": ("7", "90 91 92 95 96 98 99", 10, "8"),
    "RS": ("381", "60 61 62 63 64 65 66", 9, "0"),
    "RO": ("40", "72 73 74 75 76 77", 9, "0"),
    "GE": ("995", "555 557 568 571 574 577 591 592 593 595 596 597 598 599", 9, ""),
    "TR": ("90", "50 53 54 55", 10, "0"),
    "IN": (
        "91",
        "70 72 73 74 75 76 77 78 79 80 81 82 83 84 85 86 87 88 89 90 91 93 94 95 96 97 98 99",
        10,
        "0",
    ),
    "PK": (
        "92",
        "300 301 302 303 304 305 306 307 308 309 310 311 312 313 314 315 320 321 322 333 334 335 336 "
        "340 341 342 343 345 346 347",
        10,
        "0",
    ),
    "PH": (
        "63",
        "905 906 915 916 917 926 927 935 936 945 953 955 956 965 966 967 975 977 995 997 908 918 919 "
        "920 921 928 929 939 946 947 949 951 961 998 999",
        10,
        "0",
    ),
    "VN": (
        "84",
        "32 33 34 35 36 37 38 39 70 76 77 78 79 81 82 83 84 85 86 88 90 91 93 94 96 97 98",
        9,
        "0",
    ),
    "ID": ("62", "812 813 821 822 852 853 857 858 878 877 896 895", 11, "0"),
    "CN": (
        "86",
        "130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156 157 158 159 180 181 182 183 184 "
        "185 186 187 188 189",
        11,
        "",
    ),
    "KR": ("82", "102 103 104 106 107 108 109", 10, "0"),
    "JP": (
        "81",
        "901 902 903 904 905 906 907 908 909 801 802 803 804 805 806 807 808 809 701 702 703 704",
        10,
        "0",
    ),
    "SG": ("65", "81 82 83 84 85 86 87 88 89 90 91 92 93 94 95 96 97 98", 8, ""),
    "AE": ("971", "50 52 54 55 56 58", 9, "0"),
    "EG": ("20", "10 11 12 15", 10, "0"),
    "NG": (
        "234",
        "803 806 813 816 703 706 903 906 805 807 815 905 802 808 812 701 902 809 817 818 909 908",
        10,
        "0",
    ),
    "KE": ("254", "70 71 72 74 79 11", 9, "0"),
    "BR": ("55", None, 11, ""),
    "AR": ("54", "9112 9113 9114 9115 9116 9117 9118", 11, ""),
    "MX": ("52", "55 33 81", 10, ""),
    "CO": (
        "57",
        "300 301 302 304 310 311 312 313 314 315 316 317 318 320 321 350",
        10,
        "",
    ),
    "ES": ("34", "6", 9, ""),
    "PT": ("351", "91 92 93 96", 9, ""),
}

EMAIL_PROVIDERS = {
    "default": {
        "gmail.com": 62,
        "outlook.com": 8,
        "yahoo.com": 5,
        "hotmail.com": 4,
        "icloud.com": 5,
        "proton.me": 6,
        "protonmail.com": 3,
        "tutanota.com": 0.5,
        "fastmail.com": 0.5,
        "hey.com": 0.5,
    },
    "US": {
        "gmail.com": 58,
        "outlook.com": 7,
        "yahoo.com": 7,
        "icloud.com": 11,
        "hotmail.com": 3,
        "proton.me": 6,
        "protonmail.com": 2,
        "aol.com": 1,
        "hey.com": 1,
        "fastmail.com": 1,
        "comcast.net": 1,
    },
    "UA": {
        "gmail.com": 70,
        "ukr.net": 14,
        "i.ua": 2,
        "proton.me": 6,
        "outlook.com": 5,
        "meta.ua": 1,
    },
    "RU": {"gmail.com": 45, "yandex.ru": 25, "mail.ru": 22, "proton.me": 6},
    "PL": {
        "gmail.com": 65,
        "wp.pl": 10,
        "o2.pl": 7,
        "onet.pl": 6,
        "interia.pl": 4,
        "proton.me": 5,
    },
    "DE": {
        "gmail.com": 45,
        "gmx.de": 17,
        "web.de": 17,
        "posteo.de": 4,
        "outlook.de": 5,
        "proton.me": 8,
    },
    "KR": {"gmail.com": 55, "naver.com": 35, "daum.net": 6, "kakao.com": 4},
    "CN": {
        "qq.com": 45,
        "163.com": 22,
        "gmail.com": 20,
        "126.com": 6,
        "outlook.com": 5,
        "foxmail.com": 2,
    },
    "JP": {"gmail.com": 60, "yahoo.co.jp": 25, "icloud.com": 10, "outlook.jp": 5},
    "IN": {
        "gmail.com": 82,
        "yahoo.co.in": 5,
        "outlook.com": 6,
        "rediffmail.com": 2,
        "proton.me": 3,
    },
    "BR": {
        "gmail.com": 75,
        "hotmail.com": 10,
        "outlook.com": 7,
        "uol.com.br": 3,
        "proton.me": 3,
    },
    "GB": {
        "gmail.com": 55,
        "outlook.com": 10,
        "hotmail.co.uk": 8,
        "icloud.com": 10,
        "yahoo.co.uk": 5,
        "proton.me": 7,
        "btinternet.com": 2,
    },
}

STREETS = {
    "en": [
        "Oak",
        "Maple",
        "Cedar",
        "Pine",
        "Elm",
        "Washington",
        "Lake",
        "Hill",
        "Park",
        "Main",
        "Sunset",
        "River",
        "Highland",
        "Lincoln",
        "Jefferson",
        "Madison",
        "Franklin",
        "Church",
        "Mill",
        "Spring",
        "Willow",
        "Meadow",
        "Ridge",
        "Forest",
        "Valley",
        "Walnut",
        "Chestnut",
        "Cherry",
        "Birch",
        "Hickory",
        "Magnolia",
        "Jackson",
        "Adams",
        "Monroe",
        "Grant",
        "Union",
        "Broad",
        "Market",
        "High",
        "Center",
        "Prospect",
        "Laurel",
        "Dogwood",
        "Sycamore",
        "Orchard",
        "Fairview",
        "Hawthorne",
        "Summit",
        "Bayview",
        "Harbor",
        "Glenwood",
    ],
    "de": [
        "Haupt",
        "Bahnhof",
        "Garten",
        "Schul",
        "Berg",
        "Linden",
        "Birken",
        "Wald",
        "Dorf",
        "Kirch",
        "Mozart",
        "Goethe",
        "Schiller",
        "Rosen",
        "Ahorn",
        "Eichen",
        "Sonnen",
        "Wiesen",
    ],
    "pl": [
        "Marszalkowska",
        "Dluga",
        "Polna",
        "Lesna",
        "Sloneczna",
        "Krotka",
        "Szkolna",
        "Ogrodowa",
        "Lipowa",
        "Brzozowa",
        "Pulawska",
        "Grojecka",
        "Mickiewicza",
        "Slowackiego",
        "Kosciuszki",
    ],
    "ua": [
        "Shevchenka",
        "Franka",
        "Khreshchatyk",
        "Sadova",
        "Lesi-Ukrainky",
        "Hrushevskoho",
        "Peremohy",
        "Naukova",
        "Sichovykh",
        "Striltsiv",
        "Zelena",
        "Holovna",
        "Kyivska",
    ],
    "ru": [
        "Lenina",
        "Pushkina",
        "Gagarina",
        "Mira",
        "Sovetskaya",
        "Sadovaya",
        "Tverskaya",
        "Lesnaya",
        "Molodezhnaya",
    ],
    "es": [
        "Mayor",
        "Real",
        "Alcala",
        "Gran-Via",
        "San-Martin",
        "Belgrano",
        "Rivadavia",
        "Reforma",
        "Insurgentes",
        "Corrientes",
        "Santa-Fe",
        "Cordoba",
        "Serrano",
        "Velazquez",
        "Diagonal",
        "Aragon",
    ],
    "pt": [
        "Augusta",
        "Flores",
        "Liberdade",
        "Almirante-Reis",
        "Paulista",
        "Consolacao",
        "Bela-Cintra",
        "Oscar-Freire",
        "Sete-de-Setembro",
        "Quinze-de-Novembro",
        "Boavista",
    ],
    "in": [
        "MG",
        "Station",
        "Temple",
        "Gandhi",
        "Nehru",
        "Lake",
        "Residency",
        "Brigade",
        "Church",
        "Hosur",
        "Outer-Ring",
        "Link",
        "Bannerghatta",
        "Linking",
    ],
    "ph": [
        "Rizal",
        "Mabini",
        "Bonifacio",
        "Luna",
        "Del-Pilar",
        "Aguinaldo",
        "Quezon",
        "Roxas",
        "Osmena",
        "Magsaysay",
    ],
    "misc": [
        "Independence",
        "Unity",
        "Freedom",
        "Liberty",
        "Victory",
        "Republic",
        "Garden",
        "Palm",
        "Station",
        "Market",
        "Harbor",
        "Central",
        "Park",
        "Hill",
    ],
}
ADDR_STYLE = {
    "US": "us",
    "CA": "us",
    "GB": "gb",
    "DE": "de",
    "PL": "pl",
    "UA": "ua",
    "RU": "ru",
    "RS": "de",
    "RO": "eu",
    "GE": "eu",
    "TR": "eu",
    "IN": "in",
    "PK": "in",
    "PH": "ph",
    "VN": "eu",
    "ID": "eu",
    "CN": "eu",
    "KR": "eu",
    "JP": "jp",
    "SG": "gb",
    "AE": "eu",
    "EG": "eu",
    "NG": "eu",
    "KE": "eu",
    "BR": "br",
    "AR": "es",
    "MX": "es",
    "CO": "es",
    "ES": "es",
    "PT": "br",
}
STREET_LANG = {
    "us": "en",
    "gb": "en",
    "de": "de",
    "pl": "pl",
    "ua": "ua",
    "ru": "ru",
    "in": "in",
    "ph": "ph",
    "br": "pt",
    "es": "es",
    "eu": "misc",
    "jp": "misc",
}

# --------------------------------------------------------------------------------------------
# networks: ISPs (asn, owner, kind, /16 or /24 prefixes, IPv6 prefix)
# --------------------------------------------------------------------------------------------

ISPS = {
    # United States
    "comcast": (
        7922,
        "Comcast Cable Communications, LLC",
        "US",
        "res",
        "73.15 73.92 73.170 98.207 24.126 67.180 76.104",
        "2601",
    ),
    "charter": (
        20115,
        "Charter Communications",
        "US",
        "res",
        "71.84 97.96 24.27 47.32 70.122",
        "2600:6c",
    ),
    "att": (
        7018,
        "AT&T Services, Inc.",
        "US",
        "res",
        "99.118 107.205 76.245 104.180 162.196",
        "2600:1700",
    ),
    "verizon": (
        701,
        "Verizon Business",
        "US",
        "res",
        "108.46 100.12 71.191 96.245 173.63",
        "2600:4040",
    ),
    "cox": (
        22773,
        "Cox Communications Inc.",
        "US",
        "res",
        "68.107 70.178 72.192 98.164",
        None,
    ),
    "frontier": (
        5650,
        "Frontier Communications of America, Inc.",
        "US",
        "res",
        "47.147 50.45 74.35",
        None,
    ),
    "tmobile": (
        21928,
        "T-Mobile USA, Inc.",
        "US",
        "mob",
        "172.56 172.58 172.59 172.32",
        "2607:fb90",
    ),
    "vzw": (
        6167,
        "Cellco Partnership DBA Verizon Wireless",
        "US",
        "mob",
        "174.205 174.212 97.33",
        "2600:1010",
    ),
    "attm": (
        20057,
        "AT&T Mobility LLC",
        "US",
        "mob",
        "166.196 166.205 107.77",
        "2600:380",
    ),
    # Canada
    "rogers": (
        812,
        "Rogers Communications Canada Inc.",
        "CA",
        "res",
        "99.228 174.115 72.141",
        None,
    ),
    "bell": (577, "Bell Canada", "CA", "res", "70.53 142.114 65.93", None),
    "telus": (
        852,
        "TELUS Communications Inc.",
        "CA",
        "res",
        "50.66 154.5 207.216",
        None,
    ),
    "rogersm": (
        812,
        "Rogers Communications Canada Inc.",
        "CA",
        "mob",
        "24.114 72.136",
        None,
    ),
    # UK
    "bt": (
        2856,
        "British Telecommunications PLC",
        "GB",
        "res",
        "86.128 81.154 109.150",
        "2a00:23c",
    ),
    "virgin": (5089, "Virgin Media Limited", "GB", "res", "82.21 86.2 94.173", None),
    "sky": (5607, "Sky UK Limited", "GB", "res", "90.195 2.216 5.65", None),
    "ee": (12576, "EE Limited", "GB", "mob", "31.94 31.121 148.252", None),
    # Germany
    "dtag": (
        3320,
        "Deutsche Telekom AG",
        "DE",
        "res",
        "79.219 91.43 87.185 93.208",
        "2003:e",
    ),
    "vodade": (3209, "Vodafone GmbH", "DE", "res", "88.65 94.134 178.200", None),
    "o2de": (
        6805,
        "Telefonica Germany GmbH & Co.OHG",
        "DE",
        "mob",
        "77.7 89.204 176.0",
        None,
    ),
    # Poland
    "orangepl": (
        5617,
        "Orange Polska Spolka Akcyjna",
        "PL",
        "res",
        "83.25 83.30 89.64 31.60",
        None,
    ),
    "netia": (12741, "Netia SA", "PL", "res", "83.238 77.253 195.205", None),
    "play": (39603, "P4 Sp. z o.o.", "PL", "mob", "37.47 37.248 188.146", None),
    # Ukraine
    "kyivstar": (15895, "Kyivstar PJSC", "UA", "mob", "46.211 176.36 94.153", None),
    "ukrtelecom": (6849, "JSC Ukrtelecom", "UA", "res", "91.202 92.113 212.90", None),
    "volia": (25229, "Volia", "UA", "res", "93.72 77.121 176.104", None),
    "lifecell": (34058, "lifecell LLC", "UA", "mob", "46.133 37.73", None),
    # Russia
    "rostelecom": (12389, "PJSC Rostelecom", "RU", "res", "95.27 178.66 188.232", None),
    "mts": (8359, "MTS PJSC", "RU", "mob", "85.140 213.87 91.78", None),
    "ttk": (20485, "JSC Company TransTeleCom", "RU", "res", "217.150 188.43", None),
    # Serbia, Romania, Georgia, Turkey
    "telekomrs": (
        8400,
        "TELEKOM SRBIJA a.d.",
        "RS",
        "res",
        "109.92 178.222 93.86",
        None,
    ),
    "rds": (8708, "RCS & RDS SA", "RO", "res", "86.120 79.116 5.12", None),
    "vodaro": (12302, "Vodafone Romania S.A.", "RO", "mob", "37.251 188.24", None),
    "silknet": (35805, "Silknet JSC", "GE", "res", "94.240 188.129", None),
    "magti": (16010, "Magticom Ltd.", "GE", "mob", "31.146 95.104", None),
    "turktelekom": (
        9121,
        "Turk Telekomunikasyon Anonim Sirketi",
        "TR",
        "res",
        "78.163 85.105 88.230",
        None,
    ),
    "turkcell": (
        16135,
        "Turkcell Iletisim Hizmetleri A.S.",
        "TR",
        "mob",
        "188.119 37.155",
        None,
    ),
    # India, Pakistan
    "jio": (
        55836,
        "Reliance Jio Infocomm Limited",
        "IN",
        "mob",
        "49.36 49.37 157.32 157.35 152.58",
        "2409:40",
    ),
    "airtel": (
        24560,
        "Bharti Airtel Ltd., Telemedia Services",
        "IN",
        "res",
        "122.167 106.203 182.68",
        "2401:4900",
    ),
    "actfibernet": (
        24309,
        "Atria Convergence Technologies Ltd.",
        "IN",
        "res",
        "49.207 106.51 183.82",
        None,
    ),
    "bsnl": (
        9829,
        "National Internet Backbone",
        "IN",
        "res",
        "117.205 59.92 61.0",
        None,
    ),
    "ptcl": (
        17557,
        "Pakistan Telecommunication Company Limited",
        "PK",
        "res",
        "39.37 182.185 119.152",
        None,
    ),
    "jazz": (45669, "Mobilink", "PK", "mob", "119.160 39.50", None),
    "nayatel": (23674, "Nayatel (Pvt) Ltd", "PK", "res", "39.61 115.186", None),
    # South-east and east Asia
    "pldt": (
        9299,
        "Philippine Long Distance Telephone Company",
        "PH",
        "res",
        "112.205 49.145 122.55",
        None,
    ),
    "globe": (4775, "Globe Telecoms", "PH", "mob", "112.198 180.190 175.176", None),
    "converge": (
        17639,
        "Converge ICT Solutions Inc.",
        "PH",
        "res",
        "136.158 175.158",
        None,
    ),
    "viettel": (7552, "Viettel Group", "VN", "res", "171.224 27.72 125.234", None),
    "vnpt": (45899, "VNPT Corp", "VN", "res", "113.161 14.165 123.20", None),
    "fpt": (18403, "FPT Telecom Company", "VN", "res", "42.112 118.70 1.52", None),
    "viettelm": (7552, "Viettel Group", "VN", "mob", "27.64 116.96", None),
    "telkomid": (
        7713,
        "PT Telekomunikasi Indonesia",
        "ID",
        "res",
        "36.68 182.253 180.252",
        None,
    ),
    "telkomsel": (
        23693,
        "PT. Telekomunikasi Selular",
        "ID",
        "mob",
        "114.124 182.1",
        None,
    ),
    "unicom": (
        4837,
        "CHINA UNICOM China169 Backbone",
        "CN",
        "res",
        "60.21 113.224 123.112 175.167",
        None,
    ),
    "chinanet": (
        4134,
        "CHINANET-BACKBONE",
        "CN",
        "res",
        "116.228 183.14 180.160 101.80",
        None,
    ),
    "cmcc": (
        9808,
        "China Mobile Communications Group Co., Ltd.",
        "CN",
        "mob",
        "111.18 223.104 117.136",
        None,
    ),
    "kt": (4766, "Korea Telecom", "KR", "res", "211.234 175.197 121.134", None),
    "skb": (9318, "SK Broadband Co Ltd", "KR", "res", "1.229 118.37 58.140", None),
    "lgu": (17858, "LG POWERCOMM", "KR", "mob", "106.248 211.36", None),
    "ntt": (
        4713,
        "NTT Communications Corporation",
        "JP",
        "res",
        "153.156 114.160 60.33",
        None,
    ),
    "kddi": (2516, "KDDI CORPORATION", "JP", "res", "106.128 111.239 182.167", None),
    "softbank": (17676, "SoftBank Corp.", "JP", "mob", "126.236 126.205", None),
    "singtel": (
        9506,
        "Singtel Fibre Broadband",
        "SG",
        "res",
        "116.86 220.255 58.182",
        None,
    ),
    "starhub": (4657, "StarHub Ltd", "SG", "res", "58.185 101.127", None),
    "singtelm": (9506, "Singtel Fibre Broadband", "SG", "mob", "121.7 116.15", None),
    # Middle East and Africa
    "etisalat": (
        5384,
        "Emirates Telecommunications Group Company (Etisalat Group) PJSC",
        "AE",
        "res",
        "94.204 86.98 2.50",
        None,
    ),
    "du": (
        15802,
        "Emirates Integrated Telecommunications Company PJSC",
        "AE",
        "mob",
        "94.200 83.110",
        None,
    ),
    "tedata": (8452, "TE Data", "EG", "res", "41.35 197.35 156.204", None),
    "vodaeg": (24835, "Vodafone Data", "EG", "mob", "41.233 196.157", None),
    "mtnng": (
        29465,
        "MTN NIGERIA Communication limited",
        "NG",
        "mob",
        "102.89 105.112 197.210",
        None,
    ),
    "airtelng": (36873, "Airtel Networks Limited", "NG", "mob", "105.113 41.184", None),
    "spectranet": (37340, "Spectranet Limited", "NG", "res", "102.88 41.58", None),
    "safaricom": (
        33771,
        "Safaricom Limited",
        "KE",
        "mob",
        "105.160 197.237 41.90",
        None,
    ),
    "zuku": (
        15808,
        "Wananchi Group (Kenya) Limited",
        "KE",
        "res",
        "197.232 41.139",
        None,
    ),
    # Latin America, Iberia
    "claro": (
        28573,
        "Claro NXT Telecomunicacoes Ltda",
        "BR",
        "res",
        "177.12 179.108 189.100",
        None,
    ),
    "vivo": (
        26599,
        "TELEFONICA BRASIL S.A",
        "BR",
        "res",
        "177.68 187.18 191.176",
        None,
    ),
    "timbr": (26615, "TIM S/A", "BR", "mob", "177.79 191.52", None),
    "telecomar": (
        7303,
        "Telecom Argentina S.A.",
        "AR",
        "res",
        "181.47 190.190 186.22",
        None,
    ),
    "telefonicaar": (
        22927,
        "Telefonica de Argentina",
        "AR",
        "res",
        "186.136 200.117",
        None,
    ),
    "personalar": (7303, "Telecom Argentina S.A.", "AR", "mob", "181.4 186.12", None),
    "telmex": (8151, "UNINET", "MX", "res", "187.190 189.146 201.141", None),
    "telcelmx": (
        28403,
        "Radiomovil Dipsa, S.A. de C.V.",
        "MX",
        "mob",
        "189.203 187.149",
        None,
    ),
    "claroco": (
        10620,
        "Telmex Colombia S.A.",
        "CO",
        "res",
        "181.58 186.86 190.24",
        None,
    ),
    "tigoco": (27831, "Colombia Movil", "CO", "mob", "181.48 191.95", None),
    "telefonicaes": (
        3352,
        "TELEFONICA DE ESPANA S.A.U.",
        "ES",
        "res",
        "83.36 88.17 79.147",
        None,
    ),
    "orangees": (12479, "Orange Espagne SA", "ES", "mob", "90.167 85.57", None),
    "meo": (
        3243,
        "MEO - SERVICOS DE COMUNICACOES E MULTIMEDIA S.A.",
        "PT",
        "res",
        "85.240 188.81 148.69",
        None,
    ),
    "nos": (2860, "NOS COMUNICACOES, S.A.", "PT", "res", "85.138 89.152", None),
    "vodapt": (12353, "Vodafone Portugal", "PT", "mob", "94.60 2.82", None),
}
COUNTRY_ISPS = {}
for _k, _v in ISPS.items():
    COUNTRY_ISPS.setdefault((_v[2], _v[3]), []).append(_k)

# data centres: owner, asn, prefixes
HOSTING = {
    "m247": (9009, "M247 Europe SRL", "185.156 146.70 89.238 193.27"),
    "datacamp": (60068, "Datacamp Limited", "89.187 143.244 156.146 212.102"),
    "leaseweb": (60781, "LeaseWeb Netherlands B.V.", "5.79 37.48 81.171"),
    "leasewebus": (30633, "Leaseweb USA, Inc.", "23.82 108.62 199.115"),
    "mullvad": (
        39351,
        "31173 Services AB",
        "193.138.218 185.213.154 185.65.134 45.83.220",
    ),
    "proton": (209103, "Proton AG", "185.159.157 185.159.156 149.88.27"),
    "packethub": (207137, "Packethub S.A.", "185.246.208 194.127.167 37.120.143"),
    "clouvider": (62240, "Clouvider Limited", "45.134.140 193.32.126 185.253.96"),
    "zenlayer": (21859, "Zenlayer Inc", "128.1.38 98.98.130 107.155.40"),
    "xtom": (3214, "xTom GmbH", "185.230.102 45.142.244"),
    "psychz": (40676, "Psychz Networks", "104.149.134 172.106.80 23.238.132"),
    "quadranet": (8100, "QuadraNet Enterprises LLC", "104.223.91 173.44.37 192.161.48"),
    "vultr": (20473, "The Constant Company, LLC", "45.32 45.76 66.42 149.28"),
    "tzulo": (11878, "tzulo, inc.", "206.217.142 173.199.119"),
    "performive": (397423, "Performive LLC", "198.44.136 45.74.40"),
    "aws": (16509, "Amazon.com, Inc.", "3.84 18.206 52.14 54.183 35.172"),
    "gcp": (396982, "Google LLC", "34.83 35.188 34.106"),
    "azure": (8075, "Microsoft Corporation", "20.42 40.114 52.226 20.185"),
    "hetzner": (24940, "Hetzner Online GmbH", "95.216 116.202 5.161 88.99"),
    "do": (14061, "DigitalOcean, LLC", "134.209 159.89 167.99 143.198"),
    "zscaler": (62044, "Zscaler, Inc.", "165.225 136.226 147.161"),
    "cloudflare": (13335, "Cloudflare, Inc.", "104.28 172.64"),
    "cogent": (174, "Cogent Communications", "38.104 38.142 154.27"),
    "zayo": (6461, "Zayo Bandwidth", "64.125 208.185"),
    "lumen": (3356, "Level 3 Parent, LLC", "4.14 8.44"),
    "starkind": (44477, "PQ HOSTING PLUS S.R.L.", "45.61.136 45.84.0 87.251.75"),
    "hostwinds": (54290, "Hostwinds LLC.", "192.236.146 142.11.195"),
}

DC_CITIES = [  # city, cc, lat, lon
    ("Amsterdam", "NL", 52.37, 4.90),
    ("Frankfurt am Main", "DE", 50.11, 8.68),
    ("London", "GB", 51.51, -0.13),
    ("Paris", "FR", 48.86, 2.35),
    ("Stockholm", "SE", 59.33, 18.07),
    ("Zurich", "CH", 47.38, 8.54),
    ("New York", "US", 40.71, -74.01),
    ("Los Angeles", "US", 34.05, -118.24),
    ("Dallas", "US", 32.78, -96.80),
    ("Miami", "US", 25.76, -80.19),
    ("Chicago", "US", 41.88, -87.63),
    ("Seattle", "US", 47.61, -122.33),
    ("Ashburn", "US", 39.04, -77.49),
    ("Toronto", "CA", 43.65, -79.38),
    ("Tokyo", "JP", 35.68, 139.69),
    ("Singapore", "SG", 1.35, 103.82),
    ("Hong Kong", "HK", 22.32, 114.17),
    ("Seoul", "KR", 37.57, 126.98),
    ("Sydney", "AU", -33.87, 151.21),
    ("Warsaw", "PL", 52.23, 21.01),
    ("Bucharest", "RO", 44.43, 26.10),
    ("Madrid", "ES", 40.42, -3.70),
    ("Sao Paulo", "BR", -23.55, -46.63),
    ("San Jose", "US", 37.34, -121.89),
]

# commercial VPN providers: hosting networks, number of exits, city weights (index into DC_CITIES)
VPNS = {
    "astrill": (
        ["zenlayer", "psychz", "quadranet", "vultr", "xtom"],
        70,
        {
            "Los Angeles": 5,
            "Tokyo": 4,
            "Singapore": 3,
            "Hong Kong": 3,
            "Seattle": 2,
            "New York": 2,
            "Dallas": 2,
            "San Jose": 2,
            "Seoul": 1,
            "Chicago": 1,
            "London": 1,
            "Amsterdam": 1,
        },
    ),
    "nordvpn": (["packethub", "datacamp", "m247"], 240, None),
    "mullvad": (["mullvad", "m247", "xtom", "tzulo"], 130, None),
    "protonvpn": (["proton", "m247", "datacamp"], 130, None),
    "expressvpn": (["datacamp", "leaseweb", "leasewebus", "performive"], 170, None),
    "surfshark": (["m247", "datacamp", "clouvider"], 140, None),
    "pia": (["datacamp", "m247", "tzulo"], 140, None),
}
HONEST_VPN_MIX = {
    "nordvpn": 26,
    "mullvad": 16,
    "protonvpn": 20,
    "expressvpn": 18,
    "surfshark": 10,
    "pia": 8,
    "astrill": 2,
}

# --------------------------------------------------------------------------------------------
# devices and endpoints
# --------------------------------------------------------------------------------------------


def _ua(rng, kind):
    v = rng.randint(112, 126)
    if kind == "win":
        if rng.random() < 0.2:
            return (
                f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                f"Chrome/{v}.0.0.0 Safari/537.36 Edg/{v}.0.{rng.randint(1000, 2600)}.{rng.randint(10, 99)}"
            )
        if rng.random() < 0.12:
            return f"Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0"
        return (
            f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            f"Chrome/{v}.0.0.0 Safari/537.36"
        )
    if kind == "mac":
        if rng.random() < 0.25:
            return (
                f"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                f"Version/{rng.choice(['16.6', '17.1', '17.3', '17.4', '17.5', '18.0', '18.1'])} Safari/605.1.15"
            )
        if rng.random() < 0.1:
            return f"Mozilla/5.0 (Macintosh; Intel Mac OS X 14.{rng.randint(0, 5)}; rv:{v}.0) Gecko/20100101 Firefox/{v}.0"
        return (
            f"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
            f"Chrome/{v}.0.0.0 Safari/537.36"
        )
    if kind == "linux":
        if rng.random() < 0.4:
            return f"Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0"
        return f"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36"
    if kind == "iphone":
        ios = rng.choice(
            ["16_6", "17_1", "17_3", "17_4", "17_5", "17_6", "18_0", "18_1"]
        )
        return (
            f"Mozilla/5.0 (iPhone; CPU iPhone OS {ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            f"Version/{ios.split('_')[0]}.{ios.split('_')[1]} Mobile/15E148 Safari/604.1"
        )
    model = rng.choice(
        [
            "SM-S918B",
            "SM-A546E",
            "Pixel 7",
            "Pixel 8",
            "M2101K6G",
            "CPH2451",
            "V2207",
            "SM-G991B",
        ]
    )
    return (
        f"Mozilla/5.0 (Linux; Android {rng.choice([12, 13, 14])}; {model}) AppleWebKit/537.36 (KHTML, like Gecko) "
        f"Chrome/{v}.0.0.0 Mobile Safari/537.36"
    )


PROC = {
    "mac": [
        "Google Chrome",
        "Slack",
        "zoom.us",
        "Code",
        "Docker",
        "iTerm2",
        "Finder",
        "1Password",
        "Spotify",
        "node",
        "python3",
        "git",
        "Notion",
        "Figma",
        "Postman",
        "Microsoft Teams",
        "Safari",
        "Terminal",
        "ssh-agent",
        "WindowServer",
        "falcond",
        "JamfAgent",
        "Arc",
        "Linear",
        "Cursor",
        "Obsidian",
        "Discord",
        "Telegram",
    ],
    "win": [
        "chrome.exe",
        "Slack.exe",
        "Zoom.exe",
        "Code.exe",
        "explorer.exe",
        "svchost.exe",
        "ms-teams.exe",
        "OneDrive.exe",
        "node.exe",
        "python.exe",
        "git.exe",
        "WindowsTerminal.exe",
        "Docker Desktop.exe",
        "msedge.exe",
        "CSFalconService.exe",
        "IntuneManagementExtension.exe",
        "Postman.exe",
        "notepad++.exe",
        "Discord.exe",
        "Telegram.exe",
        "Cursor.exe",
        "wsl.exe",
    ],
    "linux": [
        "chrome",
        "slack",
        "code",
        "dockerd",
        "node",
        "python3",
        "zsh",
        "sshd",
        "gnome-shell",
        "firefox",
        "tmux",
        "falcon-sensor",
        "telegram-desktop",
        "cursor",
    ],
}
REMOTE_TOOLS = {
    "anydesk": {"win": "AnyDesk.exe", "mac": "AnyDesk", "linux": "anydesk"},
    "teamviewer": {
        "win": "TeamViewer.exe",
        "mac": "TeamViewer",
        "linux": "teamviewerd",
    },
    "rustdesk": {"win": "rustdesk.exe", "mac": "RustDesk", "linux": "rustdesk"},
    "crd": {
        "win": "remoting_host.exe",
        "mac": "ChromeRemoteDesktopHost",
        "linux": "chrome-remote-desktop-host",
    },
    "screenconnect": {
        "win": "ScreenConnect.ClientService.exe",
        "mac": "connectwisecontrol-client",
        "linux": "screenconnect",
    },
    "splashtop": {
        "win": "SRService.exe",
        "mac": "Splashtop Streamer",
        "linux": "SRStreamer",
    },
    "tightvnc": {"win": "tvnserver.exe", "mac": "vncserver", "linux": "x11vnc"},
    "parsec": {"win": "parsecd.exe", "mac": "parsecd", "linux": "parsecd"},
    "tailscale": {"win": "tailscaled.exe", "mac": "tailscaled", "linux": "tailscaled"},
    "zerotier": {
        "win": "zerotier-one_x64.exe",
        "mac": "zerotier-one",
        "linux": "zerotier-one",
    },
    "ngrok": {"win": "ngrok.exe", "mac": "ngrok", "linux": "ngrok"},
}
USB_COMMON = [
    ("USB Receiver", "046d", "c52b"),
    ("YubiKey OTP+FIDO+CCID", "1050", "0407"),
    ("Logitech BRIO", "046d", "085e"),
    ("USB2.0 Hub", "05e3", "0610"),
    ("USB3.0 Hub", "2109", "0817"),
    ("Magic Keyboard", "05ac", "0267"),
    ("MX Master 3", "046d", "b023"),
    ("Keychron K2", "05ac", "024f"),
    ("Jabra Evolve2 65", "0b0e", "24b8"),
    ("USB Audio Device", "0d8c", "0014"),
    ("Razer DeathAdder V2", "1532", "0084"),
    ("SanDisk Ultra", "0781", "5581"),
    ("Dell Universal Dock D6000", "17e9", "6006"),
    ("Microsoft Ergonomic Keyboard", "045e", "082c"),
    ("Ledger Nano X", "2c97", "4011"),
    ("Trezor", "1209", "53c1"),
    ("Blue Yeti", "b58e", "9e84"),
    ("ThinkPad USB-C Dock Gen2", "17ef", "a396"),
    ("C922 Pro Stream Webcam", "046d", "085c"),
]
USB_DESK_KVM = [
    ("USB KVM Switch", "2101", "1406"),
    ("TESmart KVM Switch", "1a86", "e026"),
    ("UGREEN USB Switch", "1a40", "0101"),
    ("ATEN CS1922 KVM", "0557", "2419"),
]
USB_IPKVM = [
    ("PiKVM Composite Device", "1d6b", "0104"),
    ("TinyPilot", "1d6b", "0104"),
    ("JetKVM", "1d6b", "0104"),
    ("NanoKVM", "3346", "1009"),
]
USB_EMBEDDED = [
    ("Multifunction Composite Gadget", "1d6b", "0104"),
    ("STM32 Virtual ComPort", "0483", "5740"),
    ("CP2102 USB to UART Bridge Controller", "10c4", "ea60"),
]
DISPLAYS = [
    "DELL U2723QE",
    "DELL P2422H",
    "LG HDR 4K",
    "LG ULTRAFINE",
    "SAMSUNG",
    "BenQ PD2700U",
    "ASUS VG27A",
    "HP E24 G5",
    "Generic PnP Monitor",
    "LEN T27h-20",
    "DELL S2721DGF",
    "LG ULTRAGEAR",
    "PHL 272B8Q",
]
IPKVM_EDID = {
    "PiKVM Composite Device": "PiKVM V4",
    "TinyPilot": "TinyPilot",
    "JetKVM": "JetKVM",
    "NanoKVM": "NanoKVM",
}
MODELS = {
    "mac": [
        "MacBookPro18,3",
        "MacBookPro18,1",
        "Mac14,7",
        "Mac14,9",
        "Mac15,3",
        "MacBookAir10,1",
        "Mac15,6",
    ],
    "win": [
        "Dell Latitude 5440",
        "Dell Latitude 7440",
        "Lenovo ThinkPad T14 Gen 3",
        "Lenovo ThinkPad X1 Carbon Gen 11",
        "HP EliteBook 840 G9",
        "Dell XPS 15 9530",
        "Lenovo ThinkPad T14s Gen 4",
    ],
    "linux": [
        "Lenovo ThinkPad P1 Gen 6",
        "Dell XPS 13 Plus 9320",
        "Framework Laptop 13",
    ],
}
SSID_HOME = [
    "Xfinity-Home-{h}",
    "NETGEAR{n}",
    "ATT{h}",
    "Spectrum-5G-{n}",
    "TP-Link_{H}",
    "Vodafone-{H}",
    "FRITZ!Box 7590 {L}",
    "Livebox-{H}",
    "MEO-{H}",
    "JioFiber-{h}",
    "PLDTHOMEFIBR{h}",
    "HUAWEI-B535-{H}",
    "{fam}_5G",
    "{fam} Family",
    "Linksys{n}",
    "eero",
    "Google Wifi",
    "ASUS_{H}_5G",
    "DIRECT-{h}",
    "MySpectrumWiFi{h}",
]

# --------------------------------------------------------------------------------------------
# resumes
# --------------------------------------------------------------------------------------------

ROLES = {
    "Full Stack Engineer": [
        "JavaScript",
        "TypeScript",
        "React",
        "Node.js",
        "PostgreSQL",
        "Next.js",
        "GraphQL",
        "Docker",
        "AWS",
        "Redis",
    ],
    "Blockchain Developer": [
        "Solidity",
        "Hardhat",
        "Foundry",
        "ethers.js",
        "TypeScript",
        "The Graph",
        "EVM",
        "OpenZeppelin",
        "Web3.js",
        "Chainlink",
    ],
    "Smart Contract Engineer": [
        "Solidity",
        "Foundry",
        "Vyper",
        "Slither",
        "EVM",
        "DeFi",
        "ERC-4626",
        "Gnosis Safe",
        "Echidna",
        "Yul",
    ],
    "Backend Engineer": [
        "Go",
        "Python",
        "PostgreSQL",
        "Kafka",
        "gRPC",
        "Kubernetes",
        "Redis",
        "AWS",
        "Terraform",
        "Java",
    ],
    "Frontend Developer": [
        "React",
        "TypeScript",
        "Next.js",
        "Tailwind CSS",
        "Redux",
        "Vite",
        "wagmi",
        "Storybook",
        "Jest",
        "Figma",
    ],
    "Mobile Developer": [
        "React Native",
        "Swift",
        "Kotlin",
        "Flutter",
        "Firebase",
        "TypeScript",
        "Expo",
        "GraphQL",
    ],
    "DevOps Engineer": [
        "Kubernetes",
        "Terraform",
        "AWS",
        "GCP",
        "Prometheus",
        "Grafana",
        "GitHub Actions",
        "Ansible",
        "Helm",
        "Linux",
    ],
    "Data Engineer": [
        "Python",
        "SQL",
        "Airflow",
        "dbt",
        "Spark",
        "Snowflake",
        "BigQuery",
        "Kafka",
        "Dagster",
    ],
    "Rust Engineer": [
        "Rust",
        "Solana",
        "Anchor",
        "Tokio",
        "WebAssembly",
        "Substrate",
        "gRPC",
        "PostgreSQL",
    ],
    "Python Developer": [
        "Python",
        "Django",
        "FastAPI",
        "Celery",
        "PostgreSQL",
        "pandas",
        "Docker",
        "AWS",
    ],
    "QA Automation Engineer": [
        "Playwright",
        "Cypress",
        "Selenium",
        "TypeScript",
        "Python",
        "Postman",
        "Jenkins",
        "k6",
    ],
    "Machine Learning Engineer": [
        "Python",
        "PyTorch",
        "TensorFlow",
        "scikit-learn",
        "MLflow",
        "LangChain",
        "SQL",
        "Docker",
    ],
}
VERBS = [
    "Built",
    "Designed",
    "Led",
    "Implemented",
    "Migrated",
    "Optimized",
    "Developed",
    "Shipped",
    "Refactored",
    "Automated",
    "Maintained",
    "Integrated",
    "Architected",
    "Rewrote",
    "Launched",
    "Owned",
    "Scaled",
    "Hardened",
    "Instrumented",
    "Prototyped",
]
OBJECTS = [
    "a cross-chain bridge UI",
    "the order matching service",
    "REST and GraphQL APIs",
    "ERC-20 and ERC-721 contracts",
    "a real-time analytics dashboard",
    "CI/CD pipelines",
    "a KYC onboarding flow",
    "the payments reconciliation service",
    "a DeFi lending protocol frontend",
    "microservices on Kubernetes",
    "the mobile wallet app",
    "indexers for on-chain events",
    "a component library and design system",
    "batch data pipelines",
    "the NFT marketplace backend",
    "an internal admin portal",
    "a staking dashboard",
    "the notification service",
    "end-to-end test suites",
    "a token vesting program",
    "the merchant checkout",
    "a fraud scoring API",
    "the subscription billing system",
    "an event-sourced ledger",
    "a price oracle adapter",
    "a multi-tenant SaaS backend",
    "the customer support tooling",
    "a feature-flag service",
    "a search service",
    "the onboarding funnel",
    "a DAO governance portal",
    "liquidity pool analytics",
    "an invoice financing platform",
    "a telemedicine scheduling app",
    "a logistics tracking API",
    "a chat service",
    "the observability stack",
    "a gas-optimised AMM router",
    "a Layer-2 sequencer monitor",
    "a card issuing integration",
]
TECH = [
    "using React and TypeScript",
    "with Node.js and PostgreSQL",
    "in Go",
    "with Solidity and Hardhat",
    "on AWS Lambda",
    "with Rust and Anchor",
    "using Python and Airflow",
    "with Next.js",
    "on GCP",
    "using Kafka",
    "with The Graph",
    "using Foundry",
    "with Django",
    "on Kubernetes",
    "with Flutter",
    "using FastAPI",
    "with Redis streams",
    "in Kotlin",
    "using Terraform",
    "with ethers.js and wagmi",
    "",
    "",
    "",
]
OUTCOMES = [
    "reducing p95 latency by {n}%",
    "serving {k}k daily users",
    "cutting deploy time from {a} to {b} minutes",
    "handling ${m}M in monthly volume",
    "raising test coverage to {c}%",
    "saving ${s}k per year in cloud costs",
    "used by {t} internal teams",
    "",
    "",
    "",
    "",
]
SUMMARY_OPEN = [
    "{role} with {y} years of experience",
    "{adj} {role} with {y}+ years",
    "{role} ({y} yrs)",
    "{y} years building production software as a {role}",
    "{adj} engineer focused on {focus}",
]
ADJ = [
    "Pragmatic",
    "Detail-oriented",
    "Versatile",
    "Product-minded",
    "Senior",
    "Self-driven",
    "Curious",
    "Reliable",
    "Hands-on",
]
FOCUS = [
    "DeFi and payments",
    "developer tooling",
    "scalable backends",
    "web3 user experience",
    "data platforms",
    "fintech infrastructure",
    "mobile products",
    "smart contract security",
    "cloud infrastructure",
    "B2B SaaS",
]
SUMMARY_TAIL = [
    "Comfortable owning features end to end.",
    "Enjoys working with small remote teams.",
    "Strong async communicator across time zones.",
    "Open source contributor.",
    "Looking for a long-term remote role.",
    "Experienced with audits and incident response.",
    "Fluent in English.",
    "Available for full-time contracts.",
    "",
]
EMPLOYERS = [
    "Coinbase",
    "Kraken",
    "Consensys",
    "Chainlink-Labs",
    "Stripe",
    "Shopify",
    "Accenture",
    "EPAM-Systems",
    "Globant",
    "Infosys",
    "TCS",
    "Wipro",
    "SoftServe",
    "Luxoft",
    "Andela",
    "Toptal",
    "Upwork",
    "Gemini",
    "Circle",
    "Ripple",
    "Alchemy",
    "Polygon-Labs",
    "OpenSea",
    "Binance",
    "Crypto.com",
    "Revolut",
    "Wise",
    "N26",
    "Nubank",
    "MercadoLibre",
    "Rappi",
    "Grab",
    "Gojek",
    "Flipkart",
    "Zoho",
    "Freshworks",
    "Razorpay",
    "Paytm",
    "Allegro",
    "Grammarly",
    "MacPaw",
    "Rakuten",
    "Naver",
    "Kakao",
    "Line",
    "Sea-Group",
    "Klarna",
    "Adyen",
    "Monzo",
    "Plaid",
    "Brex",
    "Ramp",
    "Chime",
    "SoFi",
    "Robinhood",
    "Deel",
    "Remote.com",
    "Oyster",
    "GitLab",
    "Automattic",
    "Canonical",
    "Red-Hat",
    "Thoughtworks",
    "Endava",
    "Ciklum",
    "Intellias",
    "N-iX",
    "DataArt",
    "STX-Next",
    "10Clouds",
    "Netguru",
    "Software-Mind",
    "BairesDev",
    "Encora",
    "Wizeline",
    "Softtek",
    "Stefanini",
    "CI&T",
    "Hexaware",
    "Mindtree",
    "Mphasis",
    "Persistent-Systems",
    "Tech-Mahindra",
    "Cognizant",
    "Capgemini",
    "Nimbus-Ledger",
    "Parallax-Labs",
    "Quantfold",
    "Bluebird-Health",
    "Orbitpay",
    "Tessellate",
    "Kiteworks-Digital",
    "Brightloop",
    "Sable-Analytics",
    "Harborline",
    "Fernway",
    "Copperline-Systems",
    "Northwind-Apps",
    "Lumasoft",
    "Greyfin",
    "Tidewater-Tech",
]
UNIVERSITIES = {
    "US": [
        "University of Texas at Austin",
        "Georgia Institute of Technology",
        "University of Washington",
        "Arizona State University",
        "Rutgers University",
        "University of Florida",
        "Penn State University",
        "University of Illinois Urbana-Champaign",
        "San Jose State University",
        "Ohio State University",
        "University of Maryland",
        "Purdue University",
    ],
    "CA": [
        "University of Toronto",
        "University of Waterloo",
        "University of British Columbia",
        "McGill University",
    ],
    "GB": [
        "University of Manchester",
        "King's College London",
        "University of Edinburgh",
        "University of Bristol",
    ],
    "DE": ["TU Munich", "TU Berlin", "RWTH Aachen", "University of Hamburg"],
    "PL": [
        "Warsaw University of Technology",
        "AGH University of Krakow",
        "Wroclaw University of Science and Technology",
    ],
    "UA": [
        "Kyiv Polytechnic Institute",
        "Lviv Polytechnic National University",
        "Kharkiv National University of Radio Electronics",
        "Taras Shevchenko National University of Kyiv",
    ],
    "RU": [
        "Bauman Moscow State Technical University",
        "ITMO University",
        "Novosibirsk State University",
    ],
    "IN": [
        "VIT Vellore",
        "Anna University",
        "Jawaharlal Nehru Technological University",
        "University of Pune",
        "IIIT Hyderabad",
        "Amity University",
        "SRM Institute of Science and Technology",
        "Manipal Institute of Technology",
    ],
    "PK": [
        "FAST-NUCES",
        "COMSATS University Islamabad",
        "University of Engineering and Technology Lahore",
    ],
    "PH": [
        "University of the Philippines Diliman",
        "Ateneo de Manila University",
        "Mapua University",
        "University of San Carlos",
    ],
    "VN": [
        "Hanoi University of Science and Technology",
        "Ho Chi Minh City University of Technology",
        "FPT University",
    ],
    "CN": [
        "Zhejiang University",
        "Shanghai Jiao Tong University",
        "Harbin Institute of Technology",
        "Northeastern University (China)",
    ],
    "KR": [
        "Seoul National University",
        "KAIST",
        "Korea University",
        "Yonsei University",
        "Hanyang University",
    ],
    "JP": ["University of Tokyo", "Osaka University", "Tokyo Institute of Technology"],
    "NG": [
        "University of Lagos",
        "Obafemi Awolowo University",
        "Covenant University",
        "University of Nigeria, Nsukka",
    ],
    "KE": [
        "University of Nairobi",
        "Jomo Kenyatta University of Agriculture and Technology",
        "Strathmore University",
    ],
    "BR": ["Universidade de Sao Paulo", "UNICAMP", "UFMG", "UFRJ"],
    "AR": ["Universidad de Buenos Aires", "ITBA", "Universidad Nacional de Cordoba"],
    "misc": [
        "State Technical University",
        "National University of Science and Technology",
        "Polytechnic University",
        "University of Computer Science",
        "Technical University",
    ],
}
DEGREES = [
    "B.Sc. Computer Science",
    "B.S. Computer Science",
    "B.Eng. Software Engineering",
    "B.Tech Information Technology",
    "M.Sc. Computer Science",
    "B.Sc. Mathematics",
    "B.A. Economics",
    "B.Sc. Electrical Engineering",
    "M.S. Software Engineering",
    "B.Sc. Information Systems",
]
PARAPHRASE = {
    "Built": "Created",
    "Designed": "Planned",
    "Led": "Drove",
    "Implemented": "Delivered",
    "Migrated": "Moved",
    "Optimized": "Tuned",
    "Developed": "Wrote",
    "Shipped": "Released",
    "Refactored": "Reworked",
    "Automated": "Scripted",
    "Maintained": "Supported",
    "Integrated": "Connected",
    "Architected": "Structured",
    "reducing": "lowering",
    "serving": "supporting",
    "service": "system",
    "dashboard": "console",
    "using": "with",
    "with": "using",
    "a ": "an in-house ",
    "the ": "our ",
    "pipelines": "workflows",
    "years": "yrs",
    "experience": "background",
    "Comfortable": "At ease",
    "Strong": "Effective",
}
GENERIC_TEMPLATES = [
    (
        "Results-driven {role} with proven experience designing, developing and maintaining scalable applications. "
        "Adept at collaborating with cross-functional teams to deliver high-quality software on time.",
        [
            "Developed and maintained web applications using modern frameworks and best practices.",
            "Collaborated with cross-functional teams to define, design and ship new features.",
            "Participated in code reviews and contributed to team knowledge sharing.",
            "Troubleshot, debugged and upgraded existing software.",
            "Wrote clean, maintainable and efficient code following coding standards.",
        ],
    ),
    (
        "Highly motivated {role} passionate about building user-friendly, performant software. Strong problem-solving "
        "skills and a commitment to continuous learning.",
        [
            "Implemented responsive user interfaces and reusable components.",
            "Integrated third-party APIs and services into existing platforms.",
            "Improved application performance and reliability through profiling and optimization.",
            "Worked in an Agile/Scrum environment with two-week sprints.",
            "Wrote unit and integration tests to ensure code quality.",
        ],
    ),
    (
        "Experienced {role} with a demonstrated history of working in the information technology and services industry. "
        "Skilled in software development, databases and cloud platforms.",
        [
            "Designed and developed RESTful APIs and backend services.",
            "Managed databases and optimized SQL queries for performance.",
            "Deployed applications to cloud environments and maintained CI/CD pipelines.",
            "Provided technical support and documentation for end users.",
            "Mentored junior developers and interns.",
        ],
    ),
    (
        "Dedicated {role} seeking to leverage technical expertise and teamwork in a challenging remote position.",
        [
            "Gathered requirements from stakeholders and translated them into technical specifications.",
            "Built and maintained features across the full software development life cycle.",
            "Resolved production issues and performed root cause analysis.",
            "Contributed to architecture discussions and technical decisions.",
            "Documented processes and maintained technical wiki pages.",
        ],
    ),
]

# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
B64U = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


class R(random.Random):
    def pick(self, seq):
        return seq[self.randrange(len(seq))]

    def p(self, prob):
        return self.random() < prob

    def hexs(self, n):
        return "%0*x" % (n, self.getrandbits(4 * n))

    def digits(self, n):
        return "".join(str(self.randrange(10)) for _ in range(n))

    def chars(self, alphabet, n):
        return "".join(alphabet[self.randrange(len(alphabet))] for _ in range(n))


def slug(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def stable_int(*parts):
    return int.from_bytes(
        hashlib.sha256("|".join(map(str, parts)).encode()).digest()[:8], "big"
    )


def mac(rng):
    return ":".join(f"{rng.randrange(256):02x}" for _ in range(6))


class IPRec(tuple):
    """(ip, asn, owner, cc, city, lat, lon, proxy)"""

    __slots__ = ()


def ip_from(rng, prefixes):
    parts = rng.pick(prefixes).split(".")
    if len(parts) == 2:
        parts.append(str(rng.randrange(256)))
    parts.append(str(rng.randint(1, 254)))
    return ".".join(parts)


def ip6_from(rng, pfx):
    groups = pfx.split(":")
    while len(groups) < 8:
        groups.append(f"{rng.randrange(65536):x}")
    return ":".join(groups)


class Fixed:
    """One address (or a timeline of addresses, e.g. a home line whose lease changes)."""

    def __init__(self, timeline, v6=None, v6share=0.0):
        self.tl = sorted(timeline, key=lambda x: x[0])
        self.v6, self.v6share = v6, v6share

    def get(self, rng, t):
        if self.v6 is not None and rng.random() < self.v6share:
            return self.v6
        rec = self.tl[0][1]
        for tf, r in self.tl:
            if tf <= t:
                rec = r
            else:
                break
        return rec


class Pool:
    def __init__(self, recs):
        self.recs = recs

    def get(self, rng, t):
        return self.recs[rng.randrange(len(self.recs))]


class Seg:
    """From t on: where the person connects from, on which devices, at which hours."""

    def __init__(self, t, src, dev, hours):
        self.t, self.src, self.dev, self.hours = t, src, dev, hours


class Person:
    def __init__(self, pid):
        self.pid = pid
        self.fraud = False
        self.tags = []
        self.rows = []
        self.segs = []
        self.bursts = []
        self.alias = None
        self.ship_addr = None
        self.farm = None
        self.ring = None
        self.ep_extra = {}
        self.kb = ["en-US"]
        self.resume_kind = "own"
        self.photo_spec = None
        self.display_name = None
        self.extra_profiles = []
        self.agency = None
        self.cowork = None
        self.pay_plan = []
        self.bank_plan = None

    def seg_at(self, t):
        s = self.segs[0]
        for sg in self.segs:
            if sg.t <= t:
                s = sg
            else:
                break
        return s


class Row:
    def __init__(
        self, p, kind, company, t, fraud, tags, logins=None, pay=False, end=None
    ):
        self.p, self.kind, self.company, self.t = p, kind, company, t
        self.fraud, self.tags = fraud, list(tags)
        self.logins = logins
        self.pay = pay
        self.end = end if end is not None else T1
        self.laptop = False
        self.ship_to = None
        self.site = None
        self.over = {}
        self.id = None


class Company:
    pass


# --------------------------------------------------------------------------------------------
# photos
# --------------------------------------------------------------------------------------------

SKIN = [
    (255, 224, 196),
    (241, 194, 160),
    (224, 172, 130),
    (198, 134, 96),
    (161, 102, 70),
    (118, 74, 50),
    (90, 56, 38),
]
HAIR = [
    (20, 16, 14),
    (50, 35, 25),
    (90, 60, 35),
    (150, 110, 60),
    (200, 170, 110),
    (120, 120, 120),
    (170, 60, 30),
]
_BASE_CACHE = {}


def render_face(key, bgkey=None, glasses=False):
    ck = (key, bgkey, glasses)
    im = _BASE_CACHE.get(ck)
    if im is not None:
        return im
    g = np.random.default_rng(key)
    S = 128
    b = np.random.default_rng(bgkey if bgkey is not None else key ^ 0x5F5F)
    c1 = b.integers(30, 235, 3).astype(np.float32)
    c2 = b.integers(30, 235, 3).astype(np.float32)
    t = np.linspace(0, 1, S, dtype=np.float32)[:, None, None]
    bg = c1 * (1 - t) + c2 * t
    bg = np.broadcast_to(bg, (S, S, 3)).copy()
    img = Image.fromarray(bg.astype(np.uint8))
    d = ImageDraw.Draw(img)
    skin = tuple(
        int(v)
        for v in np.clip(
            np.array(SKIN[g.integers(len(SKIN))]) + g.integers(-14, 15, 3), 0, 255
        )
    )
    hair = tuple(
        int(v)
        for v in np.clip(
            np.array(HAIR[g.integers(len(HAIR))]) + g.integers(-10, 11, 3), 0, 255
        )
    )
    shirt = tuple(int(v) for v in g.integers(0, 256, 3))
    cx = 64 + int(g.integers(-9, 10))
    cy = 56 + int(g.integers(-7, 8))
    rx = 22 + int(g.integers(0, 10))
    ry = 29 + int(g.integers(0, 10))
    d.ellipse(
        [
            cx - 52 - int(g.integers(0, 12)),
            cy + ry - 6,
            cx + 52 + int(g.integers(0, 12)),
            cy + ry + 90,
        ],
        fill=shirt,
    )
    d.rectangle([cx - 9, cy + ry - 14, cx + 9, cy + ry + 4], fill=skin)
    style = int(g.integers(0, 4))
    if style in (1, 3):
        d.ellipse(
            [
                cx - rx - 9,
                cy - ry - 7,
                cx + rx + 9,
                cy + ry + 22 + int(g.integers(0, 16)),
            ],
            fill=hair,
        )
    d.ellipse([cx - rx, cy - ry, cx + rx, cy + ry], fill=skin)
    if style != 2:
        d.chord(
            [cx - rx - 3, cy - ry - 9, cx + rx + 3, cy + int(ry * 0.35)],
            180,
            360,
            fill=hair,
        )
    ey = cy - int(ry * 0.08) + int(g.integers(-3, 4))
    ex = int(rx * 0.42)
    for sx in (-1, 1):
        x = cx + sx * ex
        d.ellipse([x - 5, ey - 3, x + 5, ey + 3], fill=(245, 245, 245))
        d.ellipse([x - 2, ey - 2, x + 2, ey + 2], fill=(40, 30, 25))
        d.line(
            [x - 6, ey - 8 - int(g.integers(0, 3)), x + 6, ey - 8], fill=hair, width=2
        )
    d.line(
        [cx, ey + 3, cx - 3, ey + 14], fill=tuple(max(0, v - 40) for v in skin), width=2
    )
    mw = 7 + int(g.integers(0, 8))
    my = cy + int(ry * 0.55)
    d.arc([cx - mw, my - 5, cx + mw, my + 5], 10, 170, fill=(150, 60, 60), width=2)
    if glasses:
        for sx in (-1, 1):
            x = cx + sx * ex
            d.rectangle([x - 8, ey - 6, x + 8, ey + 6], outline=(20, 20, 20), width=2)
        d.line([cx - ex + 8, ey, cx + ex - 8, ey], fill=(20, 20, 20), width=2)
    arr = np.asarray(img).astype(np.int16)
    small = np.clip(g.normal(0, 1, (5, 5, 3)) * 45 + 128, 0, 255).astype(np.uint8)
    low = (
        np.asarray(Image.fromarray(small).resize((S, S), Image.BICUBIC)).astype(
            np.int16
        )
        - 128
    )
    arr = np.clip(arr + low // 2 + g.integers(-5, 6, (S, S, 1)), 0, 255).astype(
        np.uint8
    )
    im = Image.fromarray(arr)
    if len(_BASE_CACHE) > 4000:
        _BASE_CACHE.clear()
    _BASE_CACHE[ck] = im
    return im


def encode(im, fmt, quality=88):
    buf = io.BytesIO()
    if fmt == "png":
        im.save(buf, "PNG", optimize=False)
    else:
        im.save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def render_spec(spec):
    """spec: ('face', key, edit) | ('default', k) | ('nft', k, variant)."""
    if spec[0] == "default":
        k = spec[1]
        bgc = [(200, 204, 210), (176, 190, 197), (220, 214, 206)][k]
        im = Image.new("RGB", (200, 200), bgc)
        d = ImageDraw.Draw(im)
        d.ellipse([68, 38, 132, 102], fill=(255, 255, 255))
        d.ellipse([30, 110, 170, 260], fill=(255, 255, 255))
        return encode(im, "png")
    if spec[0] == "nft":
        k, var = spec[1], spec[2]
        g = np.random.default_rng(900 + k)
        pal = g.integers(0, 256, (5, 3))
        half = g.integers(0, 5, (24, 12))
        grid = np.concatenate([half, half[:, ::-1]], axis=1)
        arr = pal[grid].astype(np.uint8)
        im = Image.fromarray(arr).resize((240, 240), Image.NEAREST)
        if var == 1:
            im = im.resize((200, 200), Image.BILINEAR)
        if var == 2:
            return encode(im, "jpeg", 80)
        return encode(im, "png")
    _, key, e = spec
    # e: (bgkey, glasses, dx, dy, crop, bright, contrast, tint, flip, size, quality, fmt)
    bgkey, glasses, dx, dy, crop, bright, contrast, tint, flip, size, quality, fmt = e
    im = render_face(key, bgkey, glasses)
    if dx or dy or crop:
        c = int(crop)
        box = (
            max(0, c + dx),
            max(0, c + dy),
            min(128, 128 - c + dx),
            min(128, 128 - c + dy),
        )
        im = im.crop(box).resize((128, 128), Image.BILINEAR)
    if bright != 1.0:
        im = ImageEnhance.Brightness(im).enhance(bright)
    if contrast != 1.0:
        im = ImageEnhance.Contrast(im).enhance(contrast)
    if tint:
        arr = np.asarray(im).astype(np.float32) * np.array(tint, dtype=np.float32)
        im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if flip:
        im = ImageOps.mirror(im)
    if size != 128:
        im = im.resize((size, size), Image.BILINEAR)
    return encode(im, fmt, quality)


def file_form(rng):
    """Pixel size, JPEG quality and format of an uploaded picture: the same draw for everybody."""
    return (
        rng.pick([96, 112, 128, 128, 144, 160, 200, 256]),
        rng.pick([70, 75, 80, 85, 88, 90, 92, 95]),
        "jpeg" if rng.random() < 0.82 else "png",
    )


def plain_edit(rng):
    size, q, fmt = file_form(rng)
    return (None, False, 0, 0, 0, 1.0, 1.0, None, False, size, q, fmt)


def reencode_edit(rng):
    size, q, fmt = file_form(rng)
    return (
        None,
        False,
        0,
        0,
        rng.pick([0, 0, 2, 3]),
        1.0,
        1.0,
        None,
        False,
        size,
        q,
        fmt,
    )


def operator_edit(rng, level):
    """How an operator disguises one of a few stock/AI faces for another persona."""
    size, q, fmt = file_form(rng)
    if level == "sloppy":
        return (
            None,
            False,
            rng.randint(-2, 2),
            rng.randint(-2, 2),
            rng.pick([0, 1, 2]),
            rng.uniform(0.95, 1.06),
            1.0,
            None,
            False,
            size,
            q,
            fmt,
        )
    if level == "medium":
        return (
            None,
            rng.p(0.25),
            rng.randint(-4, 4),
            rng.randint(-4, 4),
            rng.pick([3, 5, 7]),
            rng.uniform(0.88, 1.12),
            rng.uniform(0.9, 1.12),
            (rng.uniform(0.92, 1.08), rng.uniform(0.92, 1.08), rng.uniform(0.92, 1.08)),
            rng.p(0.3),
            size,
            q,
            fmt,
        )
    return (
        rng.getrandbits(30),
        rng.p(0.4),
        rng.randint(-7, 7),
        rng.randint(-7, 7),
        rng.pick([6, 9, 12]),
        rng.uniform(0.82, 1.18),
        rng.uniform(0.85, 1.2),
        (rng.uniform(0.88, 1.12), rng.uniform(0.88, 1.12), rng.uniform(0.88, 1.12)),
        rng.p(0.5),
        size,
        q,
        fmt,
    )


# --------------------------------------------------------------------------------------------
# documents
# --------------------------------------------------------------------------------------------


def _pdf_escape(s):
    s = s.encode("latin-1", "replace").decode("latin-1")
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(text):
    lines = []
    for ln in text.split("\n"):
        while len(ln) > 95:
            cut = ln.rfind(" ", 0, 95)
            cut = cut if cut > 20 else 95
            lines.append(ln[:cut])
            ln = ln[cut:].lstrip()
        lines.append(ln)
    pages = [lines[i : i + 58] for i in range(0, len(lines), 58)] or [[""]]
    objs = []
    n_pages = len(pages)
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n_pages))
    font_id = 3 + 2 * n_pages
    objs.append("<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>")
    for i, pg in enumerate(pages):
        body = (
            "BT /F1 10 Tf 12 TL 50 760 Td "
            + " ".join(f"({_pdf_escape(x)}) Tj T*" for x in pg)
            + " ET"
        )
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * i} 0 R "
            f"/Resources << /Font << /F1 {font_id} 0 R >> >> >>"
        )
        objs.append(
            f"<< /Length {len(body.encode('latin-1'))} >>\nstream\n{body}\nendstream"
        )
    objs.append(
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    out = bytearray(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += f"{i + 1} 0 obj\n{o}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _xml(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make_docx(text):
    paras = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{_xml(ln)}</w:t></w:r></w:p>'
        for ln in text.split("\n")
    )
    doc = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{paras}</w:body></w:document>"
    )
    ct = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/></Relationships>'
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (
            ("[Content_Types].xml", ct),
            ("_rels/.rels", rels),
            ("word/document.xml", doc),
        ):
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def render_resume(parts, md=False):
    h = "# " if md else ""
    s = "## " if md else ""
    out = [f"{h}{parts['name']}", parts["title"], parts["contact"]]
    if parts.get("header"):
        out.append(parts["header"])
    out += [
        "",
        f"{s}SUMMARY",
        parts["summary"],
        "",
        f"{s}SKILLS",
        ", ".join(parts["skills"]),
        "",
        f"{s}EXPERIENCE",
    ]
    for title, comp, loc, y0, y1, bullets in parts["exps"]:
        out.append(f"{title} - {comp}, {loc} ({y0} - {y1})")
        out += [f"- {b}" for b in bullets]
        out.append("")
    if parts.get("projects"):
        out.append(f"{s}PROJECTS")
        out += [f"- {pj}" for pj in parts["projects"]]
        out.append("")
    out.append(f"{s}EDUCATION")
    out += parts["edu"]
    if parts.get("footer"):
        out += ["", parts["footer"]]
    return "\n".join(out) + "\n"


def paraphrase(text):
    for a, b in PARAPHRASE.items():
        text = text.replace(a, b)
    return text


# --------------------------------------------------------------------------------------------
# the generator
# --------------------------------------------------------------------------------------------

COUNTRY_NAME = {
    "US": "USA",
    "CA": "Canada",
    "GB": "United Kingdom",
    "DE": "Germany",
    "PL": "Poland",
    "UA": "Ukraine",
    "RU": "Russia",
    "RS": "Serbia",
    "RO": "Romania",
    "GE": "Georgia",
    "TR": "Turkey",
    "IN": "India",
    "PK": "Pakistan",
    "PH": "Philippines",
    "VN": "Vietnam",
    "ID": "Indonesia",
    "CN": "China",
    "KR": "South Korea",
    "JP": "Japan",
    "SG": "Singapore",
    "AE": "UAE",
    "EG": "Egypt",
    "NG": "Nigeria",
    "KE": "Kenya",
    "BR": "Brazil",
    "AR": "Argentina",
    "MX": "Mexico",
    "CO": "Colombia",
    "ES": "Spain",
    "PT": "Portugal",
}
MOBILE_FIRST = {"IN", "NG", "KE", "PK", "PH", "ID", "EG", "VN"}
RICH = {"US", "CA", "GB", "DE", "JP", "SG", "KR", "AE"}
LOCAL_KB = {
    "DE": "de-DE",
    "PL": "pl-PL",
    "UA": "uk-UA",
    "RU": "ru-RU",
    "KR": "ko-KR",
    "CN": "zh-CN",
    "JP": "ja-JP",
    "BR": "pt-BR",
    "PT": "pt-PT",
    "ES": "es-ES",
    "AR": "es-419",
    "MX": "es-419",
    "CO": "es-419",
    "TR": "tr-TR",
    "VN": "vi-VN",
    "RS": "sr-Latn-RS",
    "RO": "ro-RO",
    "GE": "ka-GE",
    "EG": "ar-EG",
    "AE": "ar-AE",
    "GB": "en-GB",
}
HERITAGE_KB = {
    "korean": "ko-KR",
    "chinese": "zh-CN",
    "japanese": "ja-JP",
    "slavic": "ru-RU",
    "vietnamese": "vi-VN",
    "arabic": "ar-SA",
}
ROLE_W = {
    "Full Stack Engineer": 18,
    "Blockchain Developer": 10,
    "Smart Contract Engineer": 5,
    "Backend Engineer": 14,
    "Frontend Developer": 12,
    "Mobile Developer": 6,
    "DevOps Engineer": 6,
    "Data Engineer": 6,
    "Rust Engineer": 4,
    "Python Developer": 8,
    "QA Automation Engineer": 4,
    "Machine Learning Engineer": 6,
}
WEB3_ROLES = {"Blockchain Developer", "Smart Contract Engineer", "Rust Engineer"}
NOMAD_SPOTS = [
    ("PT", 0),
    ("ID", 2),
    ("MX", 0),
    ("CO", 1),
    ("GE", 0),
    ("AR", 0),
    ("TR", 0),
    ("AE", 0),
    ("ES", 1),
    ("VN", 2),
    ("JP", 0),
    ("BR", 4),
    ("PT", 1),
    ("ES", 0),
    ("KR", 0),
    ("SG", 0),
]
IBAN_LEN = {
    "DE": 22,
    "PL": 28,
    "UA": 29,
    "RO": 24,
    "ES": 24,
    "PT": 25,
    "GB": 22,
    "TR": 26,
    "AE": 23,
    "PK": 24,
    "GE": 22,
    "RS": 22,
    "EG": 29,
    "BR": 29,
}
FX = {
    "USD": 1,
    "CAD": 1.36,
    "GBP": 0.79,
    "EUR": 0.92,
    "PLN": 4.0,
    "UAH": 39,
    "RUB": 90,
    "RSD": 108,
    "RON": 4.6,
    "GEL": 2.7,
    "TRY": 32,
    "INR": 83,
    "PKR": 280,
    "PHP": 56,
    "VND": 25000,
    "IDR": 15800,
    "CNY": 7.2,
    "KRW": 1350,
    "JPY": 150,
    "SGD": 1.35,
    "AED": 3.67,
    "EGP": 48,
    "NGN": 1500,
    "KES": 130,
    "BRL": 5.1,
    "ARS": 900,
    "MXN": 17,
    "COP": 3900,
}
HANDLE_ADJ = [
    "silent",
    "quick",
    "lazy",
    "brave",
    "cosmic",
    "pixel",
    "rusty",
    "binary",
    "neon",
    "solar",
    "lunar",
    "frosty",
    "mighty",
    "hidden",
    "clever",
]
HANDLE_NOUN = [
    "fox",
    "otter",
    "coder",
    "panda",
    "falcon",
    "wolf",
    "ninja",
    "byte",
    "node",
    "owl",
    "tiger",
    "lynx",
    "raven",
    "builder",
    "hacker",
]


class Gen:
    def __init__(self, n, seed):
        self.n = n
        self.seed = seed
        self.rng = R(seed * 7919 + 13)
        self.scale = n / 20000.0
        self.persons = []
        self.rows = []
        self.used_emails = set()
        self.used_handles = set()
        self.used_names = set()
        self.country_w = Weighted({k: v["w"] for k, v in COUNTRIES.items()})
        self.her_w = {cc: Weighted(v["her"]) for cc, v in COUNTRIES.items()}
        self.city_w = {
            cc: Weighted([(c, c[8]) for c in cs]) for cc, cs in CITIES.items()
        }
        self.role_w = Weighted(ROLE_W)
        self.email_w = {k: Weighted(v) for k, v in EMAIL_PROVIDERS.items()}
        self.mob_pools = {}
        self.resproxy = {}
        self.domains = []
        self.farms = []
        self.rings = []
        self.ring_seq = 0
        self.build_pools()
        self.build_companies()

    # ---- small draws ---------------------------------------------------------------------
    def uuid(self):
        h = self.rng.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{h[16:20]}-{h[20:]}"

    def city(self, cc):
        return self.city_w[cc].draw(self.rng)

    def rec_isp(self, key, city, proxy="false", v6=False):
        asn, owner, cc, kind, pfx, v6p = ISPS[key]
        ip = ip6_from(self.rng, v6p) if (v6 and v6p) else ip_from(self.rng, pfx.split())
        return IPRec((ip, str(asn), owner, cc, city[0], city[2], city[3], proxy))

    def rec_host(self, key, dc, proxy):
        asn, owner, pfx = HOSTING[key]
        return IPRec(
            (
                ip_from(self.rng, pfx.split()),
                str(asn),
                owner,
                dc[1],
                dc[0],
                dc[2],
                dc[3],
                proxy,
            )
        )

    def isp_for(self, cc, kind):
        lst = (
            COUNTRY_ISPS.get((cc, kind))
            or COUNTRY_ISPS.get((cc, "res"))
            or COUNTRY_ISPS.get((cc, "mob"))
        )
        return self.rng.pick(lst)

    def mob_pool(self, key, city):
        k = (key, city[0])
        pool = self.mob_pools.get(k)
        if pool is None:
            pool = [
                self.rec_isp(key, city, "false", v6=self.rng.p(0.25))
                for _ in range(self.rng.randint(25, 70))
            ]
            self.mob_pools[k] = pool
        return pool

    def resproxy_pool(self, cc):
        pool = self.resproxy.get(cc)
        if pool is None:
            n = 600 if cc == "US" else 90
            pool = []
            for _ in range(n):
                c = self.city(cc)
                pool.append(
                    self.rec_isp(
                        self.isp_for(cc, "res"),
                        c,
                        "true" if self.rng.p(0.12) else "false",
                    )
                )
            self.resproxy[cc] = pool
        return pool

    # ---- pools ---------------------------------------------------------------------------
    def build_pools(self):
        rng = self.rng
        dcw = {c[0]: c for c in DC_CITIES}
        self.vpn = {}
        for prov, (hosts, count, cityw) in VPNS.items():
            cw = Weighted(cityw) if cityw else None
            recs = []
            for _ in range(count):
                dc = dcw[cw.draw(rng)] if cw else rng.pick(DC_CITIES)
                recs.append(
                    self.rec_host(
                        rng.pick(hosts), dc, "true" if rng.p(0.78) else "false"
                    )
                )
            self.vpn[prov] = recs
        self.honest_vpn_w = Weighted(HONEST_VPN_MIX)
        us_eu = [c for c in DC_CITIES if c[1] in ("US", "NL", "DE", "GB", "SG")]
        self.cloud = [
            self.rec_host(
                rng.pick(["azure", "azure", "gcp", "aws"]), rng.pick(us_eu), "false"
            )
            for _ in range(140)
        ]
        self.zscaler = [
            self.rec_host(
                "zscaler", rng.pick(DC_CITIES), "true" if rng.p(0.7) else "false"
            )
            for _ in range(60)
        ]
        self.warp = [
            self.rec_host(
                "cloudflare", rng.pick(DC_CITIES), "true" if rng.p(0.4) else "false"
            )
            for _ in range(80)
        ]
        sy = ("Shenyang", "Liaoning", 41.81, 123.43)
        dd = ("Dandong", "Liaoning", 40.12, 124.38)
        vl = ("Vladivostok", "Primorsky Krai", 43.12, 131.89)
        self.slips = (
            [
                IPRec(
                    (
                        ip_from(rng, ["60.21", "175.167", "113.224"]),
                        "4837",
                        ISPS["unicom"][1],
                        "CN",
                        c[0],
                        c[2],
                        c[3],
                        "false",
                    )
                )
                for c in (sy, sy, dd, dd, sy, dd, sy, dd)
            ]
            + [
                IPRec(
                    (
                        ip_from(rng, ["217.150", "188.43"]),
                        "20485",
                        ISPS["ttk"][1],
                        "RU",
                        vl[0],
                        vl[2],
                        vl[3],
                        "false",
                    )
                )
                for _ in range(5)
            ]
            + [
                IPRec(
                    (
                        f"175.45.178.{rng.randint(2, 250)}",
                        "131279",
                        "Ryugyong-dong",
                        "KP",
                        "Pyongyang",
                        39.03,
                        125.75,
                        "false",
                    )
                )
                for _ in range(2)
            ]
        )
        # exchanges and payroll providers whose deposit addresses many users share (memo tells them apart)
        self.omnibus_exchange = []
        for name in ("Exchange-A", "Exchange-B", "Exchange-C", "Exchange-D"):
            self.omnibus_exchange.append(
                dict(
                    chain="stellar",
                    currency="USDC",
                    dest="G" + rng.chars(B32, 55),
                    memo_digits=rng.pick([8, 9, 10]),
                    owner=name,
                )
            )
        for name in ("Exchange-A", "Exchange-E"):
            self.omnibus_exchange.append(
                dict(
                    chain="ton",
                    currency="USDT",
                    dest="EQ" + rng.chars(B64U, 46),
                    memo_digits=9,
                    owner=name,
                )
            )
        self.omnibus_payroll = []
        for name, pref in (
            ("Payroll-Rise", "RS"),
            ("Payroll-Streamly", "STR"),
            ("Payroll-Toku", "TK"),
        ):
            for chain in ("polygon", "base"):
                self.omnibus_payroll.append(
                    dict(
                        chain=chain,
                        currency="USDC",
                        dest="0x" + rng.hexs(40),
                        memo_prefix=pref,
                        owner=name,
                    )
                )
        self.forgeline_hot = ["0x" + rng.hexs(40) for _ in range(3)]
        self.forgeline_tron = "T" + rng.chars(B58, 33)
        self.privacy_registrants = [
            "select-contact-privacy@domainsbyproxy.com",
            "contact@privacyprotect.org",
            "redacted@withheldforprivacy.com",
            "registrant@whoisguard.com",
            "privacy@contactprivacy.com",
            "abuse@privacy.cloudflare.com",
        ]

    # ---- organisations -------------------------------------------------------------------
    def company_name(self, ctype):
        rng = self.rng
        for _ in range(100):
            if ctype == "web3":
                base = rng.pick(
                    [
                        "Chain",
                        "Block",
                        "Ledger",
                        "Hash",
                        "Node",
                        "Vault",
                        "Nova",
                        "Aether",
                        "Zk",
                        "Layer",
                        "Stake",
                        "Mint",
                        "Orbit",
                        "Flux",
                        "Quanta",
                        "Nexus",
                        "Pulse",
                        "Onyx",
                        "Helix",
                        "Arc",
                        "Solace",
                        "Kite",
                        "Lumen",
                        "Prism",
                        "Vector",
                        "Atlas",
                        "Bolt",
                        "Cipher",
                        "Delta",
                        "Echo",
                        "Tessera",
                        "Rollup",
                        "Oracle",
                        "Relay",
                        "Shard",
                        "Epoch",
                        "Merkle",
                        "Gas",
                        "Tidal",
                    ]
                )
                base += rng.pick(
                    [
                        "forge",
                        "works",
                        "labs",
                        "fi",
                        "swap",
                        "base",
                        "verse",
                        "pad",
                        "wave",
                        "link",
                        "bit",
                        "stack",
                        "zone",
                        "scale",
                        "gate",
                        "rise",
                        "loop",
                        "mesh",
                        "port",
                        "dex",
                        "ware",
                    ]
                )
                name = base + rng.pick(
                    [
                        " Labs",
                        " Protocol",
                        " Foundation",
                        " Inc.",
                        " Technologies",
                        "",
                        "",
                        " Network",
                    ]
                )
            elif ctype == "fintech":
                base = rng.pick(
                    [
                        "Pay",
                        "Fin",
                        "Cash",
                        "Coin",
                        "Credit",
                        "Lend",
                        "Fund",
                        "Capital",
                        "Clear",
                        "Settle",
                        "Remit",
                        "Wage",
                        "Bill",
                        "Ledgr",
                        "Treasur",
                        "Vest",
                    ]
                ) + rng.pick(
                    [
                        "ly",
                        "wise",
                        "flow",
                        "path",
                        "bridge",
                        "stack",
                        "point",
                        "hub",
                        "mint",
                        "sure",
                        "ify",
                        "io",
                        "grid",
                        "wave",
                        "line",
                    ]
                )
                name = base + rng.pick(
                    ["", " Inc.", " Ltd", " Technologies", " Financial"]
                )
            elif ctype == "dao":
                base = rng.pick(
                    [
                        "Moss",
                        "Lattice",
                        "Harbor",
                        "Fable",
                        "Tidal",
                        "Kernel",
                        "Commons",
                        "Meridian",
                        "Grove",
                        "Beacon",
                        "Anchor",
                        "Cedar",
                        "Ember",
                        "Hive",
                        "Canopy",
                    ]
                )
                name = base + rng.pick([" DAO", " Collective", " Guild"])
            elif ctype == "agency":
                base = rng.pick(
                    [
                        "Bright",
                        "Blue",
                        "Iron",
                        "North",
                        "Code",
                        "Pixel",
                        "Byte",
                        "Agile",
                        "Digital",
                        "Swift",
                        "Prime",
                        "Apex",
                        "Nova",
                        "Core",
                        "Smart",
                        "Dev",
                        "Soft",
                        "Cloud",
                    ]
                ) + rng.pick(
                    [
                        "craft",
                        "hive",
                        "forge",
                        "lab",
                        "works",
                        "squad",
                        "force",
                        "bridge",
                        "logic",
                        "point",
                    ]
                )
                name = base + rng.pick(
                    [
                        " Studio",
                        " Agency",
                        " Software House",
                        " Solutions",
                        " Dev",
                        " Labs",
                    ]
                )
            elif ctype == "staffing":
                name = (
                    rng.pick(
                        [
                            "Apex",
                            "Sigma",
                            "Vertex",
                            "Pinnacle",
                            "Global",
                            "Infinite",
                            "Tech",
                            "Pro",
                            "Elite",
                            "Zenith",
                            "Nexgen",
                            "Quantum",
                        ]
                    )
                    + " "
                    + rng.pick(
                        [
                            "IT Solutions",
                            "Infotech",
                            "Staffing",
                            "Consulting",
                            "Technologies",
                            "Systems",
                        ]
                    )
                )
                name += rng.pick(["", " Inc", " LLC", " Pvt Ltd"])
            else:
                base = rng.pick(
                    [
                        "Bright",
                        "Blue",
                        "Green",
                        "Cloud",
                        "Data",
                        "Smart",
                        "Open",
                        "Rapid",
                        "Pixel",
                        "Byte",
                        "Code",
                        "Sky",
                        "Iron",
                        "Silver",
                        "Maple",
                        "North",
                        "True",
                        "Clear",
                        "Red",
                        "Summit",
                    ]
                ) + rng.pick(
                    [
                        "soft",
                        "ware",
                        "logic",
                        "sys",
                        "tech",
                        "works",
                        "apps",
                        "grid",
                        "scale",
                        "metrics",
                        "base",
                        "desk",
                        "ly",
                    ]
                )
                name = base + rng.pick(
                    [" Inc.", " LLC", " GmbH", " Ltd", "", " Corp", " Software"]
                )
            if name not in self.used_names:
                self.used_names.add(name)
                return name
        return name + f" {rng.randint(2, 99)}"

    def domain_for(self, name, ctype):
        base = slug(
            name.replace(" Inc.", "")
            .replace(" Ltd", "")
            .replace(" LLC", "")
            .replace(" GmbH", "")
            .replace(" Corp", "")
            .replace(" Pvt", "")
        )
        tlds = {
            "web3": [
                ".io",
                ".xyz",
                ".finance",
                ".network",
                ".com",
                ".so",
                ".dev",
                ".tech",
                ".ai",
                ".exchange",
            ],
            "fintech": [".com", ".io", ".co", ".com", ".finance"],
            "dao": [".xyz", ".org", ".io"],
            "agency": [".com", ".io", ".dev", ".co", ".pl", ".ua"],
            "staffing": [".com", ".net", ".us", ".in"],
            "software": [".com", ".com", ".io", ".net", ".co", ".de"],
        }[ctype]
        return base + self.rng.pick(tlds)

    def hosting_ip(self):
        rng = self.rng
        r = rng.random()
        if r < 0.42:
            return f"{rng.pick(['104.21', '172.67'])}.{rng.randrange(256)}.{rng.randint(1, 254)}"
        if r < 0.55:
            return "76.76.21.21"
        if r < 0.63:
            return "75.2.60.5"
        if r < 0.68:
            return "185.199.108.153"
        return ip_from(
            rng, HOSTING[rng.pick(["aws", "gcp", "do", "hetzner"])][2].split()
        )

    def nameservers(self):
        rng = self.rng
        r = rng.random()
        cf = [
            "ada",
            "bob",
            "carl",
            "dana",
            "elle",
            "fred",
            "gina",
            "hank",
            "iris",
            "jack",
            "kara",
            "liam",
            "mona",
            "nash",
            "olga",
            "pete",
            "rita",
            "sam",
            "tess",
            "uma",
        ]
        if r < 0.5:
            a, b = rng.sample(cf, 2)
            return f"{a}.ns.cloudflare.com;{b}.ns.cloudflare.com"
        if r < 0.7:
            return ";".join(
                f"ns-{rng.randint(1, 2047)}.awsdns-{rng.randint(1, 63):02d}.{t}"
                for t in ("com", "net", "org", "co.uk")
            )
        if r < 0.85:
            return "dns1.registrar-servers.com;dns2.registrar-servers.com"
        if r < 0.95:
            return "ns01.domaincontrol.com;ns02.domaincontrol.com"
        return "ns-cloud-a1.googledomains.com;ns-cloud-a2.googledomains.com"

    def add_domain(self, domain, company, reg_t, registrant, ip, ns):
        self.domains.append((domain, company, day_str(reg_t), registrant, ip, ns))

    def new_company(self, ctype, cc=None, name=None):
        rng = self.rng
        c = Company()
        c.ctype = ctype
        c.name = name or self.company_name(ctype)
        c.domain = self.domain_for(c.name, ctype)
        c.fake = False
        c.cc = cc or Weighted(
            {
                "US": 45,
                "GB": 8,
                "DE": 6,
                "SG": 5,
                "CA": 5,
                "PT": 3,
                "AE": 4,
                "PL": 4,
                "UA": 3,
                "IN": 5,
                "BR": 3,
                "ES": 3,
                "KR": 1,
                "JP": 1,
            }
        ).draw(rng)
        c.city = self.city(c.cc)
        c.office = self.new_address(c.cc, c.city)
        c.office_rec = self.rec_isp(self.isp_for(c.cc, "res"), c.city, "false")
        c.wifi = (
            f"{slug(c.name)[:10].capitalize()}-{rng.pick(['Corp', 'Staff', 'Office', 'WiFi'])}",
            mac(rng),
        )
        ships_p = {
            "software": 0.65,
            "fintech": 0.7,
            "web3": 0.4,
            "dao": 0.0,
            "agency": 0.1,
            "staffing": 0.0,
        }[ctype]
        c.ships = rng.p(ships_p)
        c.ship_office = c.ships and rng.p(0.3)
        c.ship_intl = rng.p(0.55)
        c.swg = (
            "zscaler" if (ctype in ("fintech", "software") and rng.p(0.18)) else None
        )
        c.os_w = Weighted(
            {"mac": 55, "win": 40, "linux": 5}
            if ctype != "software"
            else {"mac": 40, "win": 55, "linux": 5}
        )
        c.pays_crypto = rng.p(
            {"web3": 0.7, "dao": 1.0, "fintech": 0.15, "software": 0.03}.get(ctype, 0.0)
        )
        c.treasury = "0x" + rng.hexs(40)
        lo, hi = {
            "web3": (2017, 2024.3),
            "dao": (2019, 2024),
            "fintech": (2010, 2023),
            "software": (1998, 2021),
            "agency": (2008, 2023),
            "staffing": (2003, 2022),
        }[ctype]
        c.reg_t = (
            datetime(int(lo), 1, 1, tzinfo=UTC).timestamp()
            + rng.random() * (hi - lo) * 365 * DAY
        )
        reg = (
            rng.pick(self.privacy_registrants)
            if rng.p(0.55)
            else rng.pick(["domains", "it", "admin", "hostmaster", "ops"])
            + "@"
            + c.domain
        )
        self.add_domain(
            c.domain, c.name, c.reg_t, reg, self.hosting_ip(), self.nameservers()
        )
        c.weight = 1.0
        return c

    def build_companies(self):
        rng = self.rng
        nc = max(30, int(self.n / 40))
        tw = Weighted({"web3": 36, "fintech": 20, "software": 38, "dao": 6})
        self.companies = [self.new_company(tw.draw(rng)) for _ in range(nc)]
        rng.shuffle(self.companies)
        for i, c in enumerate(self.companies):
            c.weight = 1.0 / (i + 3) ** 0.75
        self.company_w = Weighted(
            [(c, c.weight) for c in self.companies if c.ctype != "dao"]
        )
        us_ship = [(c, c.weight) for c in self.companies if c.ships and c.cc == "US"]
        self.us_ship_w = Weighted(us_ship) if us_ship else None

    # ---- identity ------------------------------------------------------------------------
    def postal(self, tpl):
        rng = self.rng
        return "".join(
            str(rng.randrange(10))
            if ch == "#"
            else (rng.pick("ABCEGHJKLMNPRSTVWXYZ") if ch == "@" else ch)
            for ch in tpl
        )

    def new_address(self, cc, city):
        rng = self.rng
        style = ADDR_STYLE[cc]
        a = dict(
            cc=cc,
            style=style,
            num=rng.randint(1, 240) if style not in ("us",) else rng.randint(10, 9899),
            street=rng.pick(STREETS[STREET_LANG[style]]),
            city=city[0],
            region=city[1],
            postal=self.postal(city[6]),
            suffix=rng.pick(["St", "Ave", "Rd", "Blvd", "Ln", "Dr", "Ct", "Way", "Pl"]),
            unit=None,
            brgy=rng.pick(
                [
                    "San Isidro",
                    "Poblacion",
                    "San Antonio",
                    "Santo Nino",
                    "Bagong Silang",
                ]
            ),
        )
        if style in ("us", "gb", "in", "ph", "br", "es", "eu", "jp") and rng.p(0.4):
            a["unit"] = f"{rng.randint(1, 30)}{rng.pick(['', '', 'A', 'B', 'C', 'D'])}"
        if style in ("pl", "ua", "ru", "de") and rng.p(0.7):
            a["unit"] = str(rng.randint(1, 120))
        if style == "jp":
            a["num"] = f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
            a["street"] = rng.pick(
                [
                    "Minato",
                    "Shibuya",
                    "Setagaya",
                    "Shinjuku",
                    "Meguro",
                    "Chuo",
                    "Kita",
                    "Naka",
                ]
            )
        return a

    def fmt_address(self, a, level="full"):
        """The same physical address written the way different forms and people write it."""
        rng = self.rng
        st, cc = a["style"], a["cc"]
        cname = COUNTRY_NAME.get(cc, cc)
        if level == "city":
            if cc in ("US", "CA"):
                return rng.pick(
                    [
                        f"{a['city']}, {a['region']}",
                        f"{a['city']}, {a['region']}, {cname}",
                    ]
                )
            return rng.pick([f"{a['city']}, {cname}", a["city"] + ", " + cc])
        unit = a["unit"]
        if st == "us":
            full = {
                "St": "Street",
                "Ave": "Avenue",
                "Rd": "Road",
                "Blvd": "Boulevard",
                "Ln": "Lane",
                "Dr": "Drive",
                "Ct": "Court",
                "Way": "Way",
                "Pl": "Place",
            }[a["suffix"]]
            suf = rng.pick([a["suffix"], a["suffix"], full, a["suffix"] + "."])
            s = f"{a['num']} {a['street']} {suf}"
            if unit:
                s += rng.pick(
                    [
                        f", Apt {unit}",
                        f" Apt {unit}",
                        f", #{unit}",
                        f" #{unit}",
                        f", Unit {unit}",
                        f", Apt. {unit}",
                    ]
                )
            zipc = a["postal"] + (
                f"-{rng.randint(1000, 9999)}" if cc == "US" and rng.p(0.08) else ""
            )
            s += f", {a['city']}, {a['region']} {zipc}"
            if rng.p(0.25):
                s += ", " + rng.pick(
                    [
                        cname,
                        "US" if cc == "US" else "CA",
                        "United States" if cc == "US" else "Canada",
                    ]
                )
            if rng.p(0.04):
                s = s.upper()
            return s
        if st == "gb":
            road = rng.pick(["Road", "Rd", "Street", "Lane"])
            base = f"{a['num']} {a['street']} {road}"
            if unit:
                base = rng.pick([f"Flat {unit}, {base}", f"{base}, Flat {unit}"])
            return f"{base}, {a['city']} {a['postal']}" + rng.pick(
                ["", ", " + cname, ", UK"]
            )
        if st == "de":
            s = rng.pick(
                [
                    f"{a['street']}strasse {a['num']}",
                    f"{a['street']}str. {a['num']}",
                    f"{a['street']}straße {a['num']}",
                ]
            )
            if unit and cc == "RS":
                s += f"/{unit}"
            return f"{s}, {a['postal']} {a['city']}" + rng.pick(["", ", " + cname])
        if st == "pl":
            u = rng.pick([f"/{unit}", f" m. {unit}", f" lok. {unit}"]) if unit else ""
            return (
                f"ul. {a['street']} {a['num']}{u}, {a['postal']} {a['city']}"
                + rng.pick(["", ", Polska", ", Poland"])
            )
        if st == "ua":
            if rng.p(0.5):
                return (
                    f"vul. {a['street']} {a['num']}"
                    + (f", kv. {unit}" if unit else "")
                    + f", {a['city']}, {a['postal']}"
                )
            return (
                f"{a['street']} St {a['num']}"
                + (f", apt {unit}" if unit else "")
                + f", {a['city']} {a['postal']}, Ukraine"
            )
        if st == "ru":
            return (
                f"ul. {a['street']}, d. {a['num']}"
                + (f", kv. {unit}" if unit else "")
                + f", {a['city']}, {a['postal']}"
            )
        if st == "in":
            u = f"{rng.pick(['Flat', 'Flat No.', '#'])} {unit}, " if unit else ""
            return (
                f"{u}{a['num']}, {a['street']} Road, {a['city']}, {a['region']} {a['postal']}"
                + rng.pick(["", ", India" if cc == "IN" else ""])
            )
        if st == "ph":
            u = f"Unit {unit}, " if unit else ""
            return f"{u}{a['num']} {a['street']} St., Brgy. {a['brgy']}, {a['city']}, {a['postal']}"
        if st == "br":
            u = f", {rng.pick(['Apto', 'Apt', 'ap.'])} {unit}" if unit else ""
            if cc == "PT":
                return f"Rua {a['street']} {a['num']}{u}, {a['postal']} {a['city']}"
            return f"Rua {a['street']}, {a['num']}{u}, {a['city']} - {a['region']}, {a['postal']}"
        if st == "es":
            lead = (
                rng.pick(["Calle", "C/", "Av.", "Avenida"])
                if cc == "ES"
                else rng.pick(["Av.", "Calle", "Avenida"])
            )
            u = (
                f", {rng.pick(['Piso', 'Depto', ''])} {unit}".replace("  ", " ")
                if unit
                else ""
            )
            return f"{lead} {a['street']} {a['num']}{u}, {a['postal']} {a['city']}".replace(
                ", ,", ","
            )
        if st == "jp":
            return f"{a['num']} {a['street']}, {a['city']} {a['postal']}" + rng.pick(
                ["", ", Japan"]
            )
        u = f", {rng.pick(['Apt', 'Flat', 'Unit'])} {unit}" if unit else ""
        pc = f" {a['postal']}" if a["postal"] else ""
        return f"{a['num']} {a['street']} {rng.pick(['Street', 'St', 'Road', 'Avenue'])}{u}, {a['city']}{pc}, {cname}"

    def make_phone(self, cc, city=None):
        rng = self.rng
        code, pfx, n, trunk = PHONE[cc]
        if cc in ("US", "CA"):
            if city is None or city[7] == "":
                city = self.city(cc)
            area = rng.pick(city[7].split())
            while True:
                ex = rng.randint(200, 999)
                if ex % 100 != 11 and ex != 555:
                    break
            return (cc, code, f"{area}{ex}{rng.randrange(10000):04d}")
        if cc == "BR":
            area = (
                city[7]
                if city and city[7]
                else rng.pick(["11", "21", "31", "41", "51", "61", "71", "81"])
            )
            return (cc, code, area + "9" + rng.digits(8))
        p = rng.pick(pfx.split())
        return (cc, code, p + rng.digits(n - len(p)))

    def fmt_phone(self, ph, row_cc, style):
        cc, code, nsn = ph
        rng = self.rng
        if style == "e164":
            return f"+{code}{nsn}"
        if cc in ("US", "CA"):
            a, b, c = nsn[:3], nsn[3:6], nsn[6:]
            if style == "intl" or cc != row_cc:
                return rng.pick(
                    [f"+1 {a} {b} {c}", f"+1 ({a}) {b}-{c}", f"+1-{a}-{b}-{c}"]
                )
            return rng.pick(
                [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}{b}{c}"]
            )
        if cc == "BR":
            if style == "national" and cc == row_cc:
                return f"({nsn[:2]}) {nsn[2:7]}-{nsn[7:]}"
            return f"+55 {nsn[:2]} {nsn[2:7]}-{nsn[7:]}"
        if cc == "AR":
            return f"+54 9 {nsn[1:3]} {nsn[3:7]}-{nsn[7:]}"
        if cc == "MX":
            return f"+52 {nsn[:2]} {nsn[2:6]} {nsn[6:]}"
        grouped = " ".join([nsn[:3]] + [nsn[i : i + 3] for i in range(3, len(nsn), 3)])
        if style == "intl" or cc != row_cc:
            return f"+{code} {grouped}"
        trunk = PHONE[cc][3]
        return f"{trunk}{grouped}" if trunk else grouped

    def make_handle(self, g, f, by):
        rng = self.rng
        gl, fl = slug(g), slug(f)
        for _ in range(20):
            r = rng.random()
            if r < 0.16:
                h = gl + fl
            elif r < 0.26:
                h = f"{gl}-{fl}"
            elif r < 0.36:
                h = gl[0] + fl
            elif r < 0.43:
                h = gl + fl[0]
            elif r < 0.50:
                h = gl + rng.pick(["dev", "codes", "-dev", "builds", "eth", "sol"])
            elif r < 0.55:
                h = "0x" + gl
            elif r < 0.68:
                h = f"{gl}{fl}{rng.randint(1, 99)}"
            elif r < 0.80:
                h = f"{rng.pick(HANDLE_ADJ)}{rng.pick(HANDLE_NOUN)}{rng.randint(0, 999)}"
            elif r < 0.88:
                h = f"{gl}{str(by)[2:]}"
            else:
                h = f"{fl}{gl}{rng.randint(0, 9)}"
            if len(h) >= 5 and h not in self.used_handles:
                self.used_handles.add(h)
                return h
        h = f"{gl}{rng.hexs(5)}"
        self.used_handles.add(h)
        return h

    def make_email(self, g, f, by, cc, provider=None):
        rng = self.rng
        gl, fl = slug(g), slug(f)
        dom = provider or self.email_w.get(cc, self.email_w["default"]).draw(rng)
        for attempt in range(30):
            r = rng.random()
            if r < 0.25:
                local = f"{gl}.{fl}"
            elif r < 0.37:
                local = gl + fl
            elif r < 0.45:
                local = gl[0] + fl
            elif r < 0.57:
                local = f"{gl}.{fl}{rng.randint(1, 99)}"
            elif r < 0.67:
                local = f"{gl}{fl}{str(by)[2:]}"
            elif r < 0.72:
                local = f"{gl}_{fl}"
            elif r < 0.85:
                local = self.make_handle(g, f, by).replace("-", ".")
            elif r < 0.93:
                local = f"{gl}{rng.randint(100, 9999)}"
            else:
                local = f"{fl}.{gl}"
            if attempt > 3:
                local += str(rng.randint(1, 999))
            d = dom
            if provider is None and rng.p(0.025):
                d = f"{gl}{fl}{rng.pick(['.dev', '.io', '.me', '.com'])}"
                local = rng.pick([gl, "hello", "me", "contact"])
            e = f"{local}@{d}"
            if e not in self.used_emails:
                self.used_emails.add(e)
                return e
        e = f"{gl}.{fl}.{rng.hexs(4)}@{dom}"
        self.used_emails.add(e)
        return e

    def device(self, kind):
        return (self.uuid(), _ua(self.rng, kind), kind)

    def crypto_addr(self, chain):
        rng = self.rng
        if chain in ("ethereum", "polygon", "arbitrum", "base", "optimism", "bsc"):
            return "0x" + rng.hexs(40)
        if chain == "tron":
            return "T" + rng.chars(B58, 33)
        if chain == "solana":
            return rng.chars(B58, rng.pick([43, 44]))
        if chain == "stellar":
            return "G" + rng.chars(B32, 55)
        return "UQ" + rng.chars(B64U, 46)

    def crypto_plan(self, p, omnibus=True):
        rng = self.rng
        r = rng.random()
        if omnibus and r < 0.18:
            ex = rng.pick(self.omnibus_exchange)
            return dict(
                method="crypto",
                currency=ex["currency"],
                chain=ex["chain"],
                dest=ex["dest"],
                memo=rng.digits(ex["memo_digits"]),
                tag="honest_exchange_deposit",
            )
        if omnibus and r < 0.26:
            pr = rng.pick(self.omnibus_payroll)
            return dict(
                method="crypto",
                currency="USDC",
                chain=pr["chain"],
                dest=pr["dest"],
                memo=f"{pr['memo_prefix']}-{rng.digits(7)}",
                tag="honest_payroll_omnibus",
            )
        chain = Weighted(
            {
                "ethereum": 12,
                "polygon": 14,
                "arbitrum": 10,
                "base": 16,
                "tron": 20,
                "solana": 16,
                "optimism": 5,
                "bsc": 4,
                "ton": 3,
            }
        ).draw(rng)
        cur = "USDT" if chain in ("tron", "bsc", "ton") or rng.p(0.2) else "USDC"
        return dict(
            method="crypto",
            currency=cur,
            chain=chain,
            dest=self.crypto_addr(chain),
            memo="",
        )

    def bank_plan(self, cc, usd=None):
        rng = self.rng
        cur = COUNTRIES[cc]["cur"]
        if usd or (usd is None and rng.p(0.45)):
            cur = "USD"
        if cc in IBAN_LEN:
            n = IBAN_LEN[cc]
            bban = rng.digits(n - 4)
            if cc == "GB":
                bban = rng.pick(
                    ["NWBK", "BARC", "LOYD", "HBUK", "MONZ", "REVO"]
                ) + rng.digits(14)
            elif cc == "RO":
                bban = rng.pick(["BTRL", "RNCB", "INGB", "BRDE"]) + rng.digits(16)
            elif cc in ("GE", "PK"):
                bban = rng.pick(
                    ["TB", "BG"] if cc == "GE" else ["HABB", "MUCB", "MEZN", "UNIL"]
                ) + rng.digits(n - 4 - (2 if cc == "GE" else 4))
            num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
            chk = 98 - int(num) % 97
            dest = f"{cc}{chk:02d}{bban}"
            if rng.p(0.3):
                dest = " ".join(dest[i : i + 4] for i in range(0, len(dest), 4))
        elif cc == "US":
            dest = f"{rng.pick(['021000021', '026009593', '121000248', '322271627', '091311229', '084106768', '031101279'])}:{rng.digits(rng.pick([9, 10, 12]))}"
        elif cc == "IN":
            dest = f"{rng.pick(['HDFC', 'ICIC', 'SBIN', 'UTIB', 'KKBK'])}0{rng.digits(6)}:{rng.digits(rng.pick([11, 12, 14]))}"
        else:
            dest = f"{cc}:{rng.digits(rng.pick([3, 4]))}:{rng.digits(rng.pick([10, 11, 12]))}"
        return dict(method="bank", currency=cur, chain="", dest=dest, memo="")

    def wallet_plan(self, p, email=None):
        rng = self.rng
        prov = Weighted({"payoneer": 55, "wise": 33, "paypal": 12}).draw(rng)
        return dict(
            method="wallet",
            currency="USD" if rng.p(0.8) else "EUR",
            chain="",
            dest=f"{prov}:{email or p.email}",
            memo="",
        )

    # ---- a person ------------------------------------------------------------------------
    def new_person(
        self,
        cc=None,
        her=None,
        gender=None,
        family=None,
        city=None,
        age=None,
        role=None,
    ):
        """The one identity function for everybody, honest or not."""
        rng = self.rng
        p = Person(len(self.persons))
        self.persons.append(p)
        p.country = cc or self.country_w.draw(rng)
        p.city = city or self.city(p.country)
        p.her = her or self.her_w[p.country].draw(rng)
        p.gender = gender or ("m" if rng.p(0.68) else "f")
        males, females, fams, midp = HERITAGE[p.her]
        p.given = rng.pick(males if p.gender == "m" else females)
        p.family = family or rng.pick(fams)
        p.middle = (
            rng.pick(males if p.gender == "m" else females) if rng.p(midp) else None
        )
        if p.middle == p.given:
            p.middle = None
        p.age = age or min(62, max(20, int(rng.triangular(20, 58, 29))))
        bt = T1 - p.age * 365.25 * DAY - rng.random() * 365 * DAY
        p.birth = day_str(bt)
        p.by = int(p.birth[:4])
        p.nid = hashlib.sha256(
            f"nid|{self.seed}|{p.pid}|{rng.getrandbits(32)}".encode()
        ).hexdigest()[:40]
        p.addr = self.new_address(p.country, p.city)
        p.tz, p.off = p.city[4], p.city[5]
        p.tzline = [(T0 - 900 * DAY, p.tz)]
        p.role = role or self.role_w.draw(rng)
        p.years = max(1, min(25, p.age - 22 + rng.randint(-2, 2)))
        p.email = self.make_email(p.given, p.family, p.by, p.country)
        p.alt_email = (
            self.make_email(p.given, p.family, p.by, p.country) if rng.p(0.5) else None
        )
        p.phone = self.make_phone(p.country, p.city)
        p.phone_type = "mobile" if rng.p(0.96) else "landline"
        p.recovery_email = p.alt_email if (p.alt_email and rng.p(0.7)) else None
        p.recovery_phone = p.phone if rng.p(0.45) else None
        p.handle = self.make_handle(p.given, p.family, p.by)
        p.github = f"https://github.com/{p.handle}" if rng.p(0.75) else None
        p.linkedin = (
            f"https://www.linkedin.com/in/{slug(p.given)}-{slug(p.family)}-{rng.hexs(rng.pick([6, 8]))}"
            if rng.p(0.72)
            else None
        )
        tg_p = 0.45 if p.role in WEB3_ROLES else 0.12
        p.telegram = (
            f"https://t.me/{p.handle.replace('-', '_').replace('.', '_')}"
            if rng.p(tg_p)
            else None
        )
        p.portfolio = (
            rng.pick(
                [
                    f"https://{p.handle}.dev",
                    f"https://{p.handle}.github.io",
                    f"https://{p.handle}.vercel.app",
                    f"https://{slug(p.given)}{slug(p.family)}.com",
                ]
            )
            if rng.p(0.25)
            else None
        )
        # where and when
        kinds = (
            {"mac": 50, "win": 40, "linux": 10}
            if p.country in RICH
            else {"win": 58, "mac": 24, "linux": 18}
        )
        comp = self.device(Weighted(kinds).draw(rng))
        phone_dev = self.device(
            "iphone" if rng.p(0.6 if p.country in RICH else 0.25) else "android"
        )
        p.devices = [comp, phone_dev] + (
            [self.device(Weighted(kinds).draw(rng))] if rng.p(0.18) else []
        )
        p.os = comp[2] if comp[2] in ("mac", "win", "linux") else "win"
        isp = self.isp_for(p.country, "res")
        tl = [(T0 - 900 * DAY, self.rec_isp(isp, p.city))]
        for _ in range(rng.randint(0, 2)):
            tl.append((T0 + rng.random() * (T1 - T0), self.rec_isp(isp, p.city)))
        v6 = (
            self.rec_isp(isp, p.city, v6=True)
            if (ISPS[isp][5] and rng.p(0.35))
            else None
        )
        p.home = Fixed(tl, v6, 0.4)
        p.carrier = self.isp_for(p.country, "mob")
        p.mobile = Pool(self.mob_pool(p.carrier, p.city))
        p.mw = 0.45 if p.country in MOBILE_FIRST else 0.2
        p.hours = (p.off, rng.uniform(7.5, 10.5), rng.uniform(8, 11))
        p.wifi = (
            rng.pick(SSID_HOME).format(
                h=rng.hexs(4),
                H=rng.hexs(4).upper(),
                n=rng.randint(10, 99),
                L=rng.pick("ABCDEFGH") + rng.pick("ABCDEFGH"),
                fam=p.family,
            ),
            mac(rng),
        )
        lk = LOCAL_KB.get(p.country)
        p.kb = [lk, "en-US"] if lk and lk != "en-GB" else ([lk] if lk else ["en-US"])
        p.face_keys = [rng.getrandbits(40)] + (
            [rng.getrandbits(40)] if rng.p(0.3) else []
        )
        p.resume_parts = None
        p.resume_variant = 0
        p.reset_segs = True
        self.default_segs(p)
        self.default_pay(p)
        return p

    def default_segs(self, p, mw=None):
        mw = p.mw if mw is None else mw
        src = Weighted([(p.home, 1 - mw), (p.mobile, mw)])
        dev = Weighted(
            [
                (p.devices[0], 0.62 if len(p.devices) == 2 else 0.5),
                (p.devices[1], 0.38 if len(p.devices) == 2 else 0.3),
            ]
            + ([(p.devices[2], 0.2)] if len(p.devices) > 2 else [])
        )
        p.segs = [Seg(T0 - 900 * DAY, src, dev, p.hours)]

    def set_src(self, p, pairs, t=None):
        """Replace the connection mix of every segment (or of those from t on)."""
        for s in p.segs:
            if t is None or s.t >= t:
                s.src = Weighted(pairs)

    def default_pay(self, p):
        rng = self.rng
        crypto_p = 0.55 if p.role in WEB3_ROLES else 0.30
        r = rng.random()
        if r < crypto_p:
            plan = self.crypto_plan(p)
        elif r < crypto_p + 0.30:
            plan = self.wallet_plan(
                p, p.email if rng.p(0.7) or not p.alt_email else p.alt_email
            )
        else:
            plan = self.bank_plan(p.country)
        p.pay_plan = [(T0 - 900 * DAY, plan)]
        p.bank_plan = plan if plan["method"] == "bank" else None

    def get_bank(self, p):
        if p.bank_plan is None:
            p.bank_plan = self.bank_plan(p.country)
        return p.bank_plan

    def pay_at(self, p, t):
        plan = p.pay_plan[0][1]
        for tf, pl in p.pay_plan:
            if tf <= t:
                plan = pl
        return plan

    def rename(self, p):
        """Re-derive the name-based handles after a name was set from elsewhere (a stolen identity)."""
        rng = self.rng
        p.email = self.make_email(p.given, p.family, p.by, p.country)
        p.alt_email = (
            self.make_email(p.given, p.family, p.by, p.country) if rng.p(0.5) else None
        )
        p.recovery_email = p.alt_email if (p.alt_email and rng.p(0.7)) else None
        p.handle = self.make_handle(p.given, p.family, p.by)
        p.github = f"https://github.com/{p.handle}" if rng.p(0.75) else None
        p.linkedin = (
            f"https://www.linkedin.com/in/{slug(p.given)}-{slug(p.family)}-{rng.hexs(8)}"
            if rng.p(0.72)
            else None
        )

    # ---- resumes -------------------------------------------------------------------------
    def bullet(self):
        rng = self.rng
        b = f"{rng.pick(VERBS)} {rng.pick(OBJECTS)}"
        t = rng.pick(TECH)
        if t:
            b += " " + t
        o = rng.pick(OUTCOMES)
        if o:
            b += ", " + o.format(
                n=rng.randint(15, 70),
                k=rng.randint(5, 900),
                a=rng.randint(20, 60),
                b=rng.randint(3, 15),
                m=rng.randint(1, 400),
                c=rng.randint(70, 95),
                s=rng.randint(20, 400),
                t=rng.randint(3, 40),
            )
        return b

    def contact_line(self, p):
        bits = [
            p.email,
            self.fmt_phone(p.phone, p.country, "intl"),
            f"{p.city[0]}, {COUNTRY_NAME.get(p.country, p.country)}",
        ]
        if p.github:
            bits.append(p.github.replace("https://", ""))
        if p.linkedin:
            bits.append(p.linkedin.replace("https://www.", ""))
        return " | ".join(bits)

    def seniority(self, p):
        return "Senior " if p.years >= 6 else ("Lead " if p.years >= 12 else "")

    def build_resume(self, p, generic=None):
        rng = self.rng
        role = p.role
        pool = ROLES[role]
        skills = rng.sample(pool, min(len(pool), rng.randint(6, 9)))
        for _ in range(rng.randint(0, 3)):
            sk = rng.pick(ROLES[rng.pick(list(ROLES))])
            if sk not in skills:
                skills.append(sk)
        gen = GENERIC_TEMPLATES[generic] if generic is not None else None
        exps = []
        left, cur = p.years, 2025
        n = min(4, max(1, p.years // 3 + rng.randint(0, 1)))
        for i in range(n):
            span = max(1, left // (n - i) + rng.randint(-1, 1))
            y0 = cur - span
            comp = rng.pick(EMPLOYERS).replace("-", " ")
            loc = "Remote" if rng.p(0.5) else p.city[0]
            title = (self.seniority(p) if i == 0 else "") + role
            if gen:
                bullets = rng.sample(gen[1], rng.randint(3, 4))
            else:
                bullets = [self.bullet() for _ in range(rng.randint(2, 4))]
            exps.append((title, comp, loc, y0, "Present" if i == 0 else cur, bullets))
            cur, left = y0, left - span
        if gen:
            summary = gen[0].format(role=role.lower())
        else:
            summary = rng.pick(SUMMARY_OPEN).format(
                role=role, y=p.years, adj=rng.pick(ADJ), focus=rng.pick(FOCUS)
            )
            summary = summary[0].upper() + summary[1:] + ". " + rng.pick(SUMMARY_TAIL)
        univ = rng.pick(UNIVERSITIES.get(p.country, UNIVERSITIES["misc"]))
        edu = [f"{rng.pick(DEGREES)}, {univ} ({p.by + 22})"]
        return dict(
            name=f"{p.given} {p.family}",
            title=self.seniority(p) + role,
            contact=self.contact_line(p),
            summary=summary.strip(),
            skills=skills,
            exps=exps,
            edu=edu,
            projects=[],
            header=None,
            footer=None,
        )

    def clone_resume(self, tpl, p, level):
        """An operator's copy of a template resume for another persona."""
        rng = self.rng
        parts = dict(tpl)
        parts["name"] = f"{p.given} {p.family}"
        parts["contact"] = self.contact_line(p)
        parts["skills"] = list(tpl["skills"])
        exps = [(a, b, c, d, e, list(f)) for a, b, c, d, e, f in tpl["exps"]]
        if level in ("medium", "careful"):
            rng.shuffle(parts["skills"])
            sh = rng.pick([-1, 0, 1])
            exps = [
                (
                    a,
                    b,
                    c if rng.p(0.6) else "Remote",
                    d + sh,
                    e if isinstance(e, str) else e + sh,
                    f,
                )
                for a, b, c, d, e, f in exps
            ]
            for k in range(min(len(exps), rng.randint(1, 2))):
                a, b, c, d, e, f = exps[k]
                if f:
                    f[rng.randrange(len(f))] = self.bullet()
        if level == "careful":
            exps = [
                (paraphrase(a), b, c, d, e, [paraphrase(x) for x in f])
                for a, b, c, d, e, f in exps
            ]
            if len(exps) > 2 and rng.p(0.5):
                exps.pop()
            parts["summary"] = paraphrase(tpl["summary"])
            parts["title"] = paraphrase(tpl["title"])
        parts["exps"] = exps
        parts["edu"] = (
            [
                f"{rng.pick(DEGREES)}, {rng.pick(UNIVERSITIES.get(p.country, UNIVERSITIES['misc']))} ({p.by + 22})"
            ]
            if rng.p(0.5 if level != "sloppy" else 0.2)
            else list(tpl["edu"])
        )
        return parts

    def resume_parts(self, p):
        if p.resume_parts is None:
            gen = None
            if p.resume_kind == "generic":
                gen = p.generic_idx
            p.resume_parts = self.build_resume(p, gen)
        return p.resume_parts

    # ---- honest behaviour ----------------------------------------------------------------
    def honest_modifiers(self, p, tag=True, nomad_ok=True):
        """Honest habits that look like fraud to a naive reader; each leaves a tag in the truth."""
        rng = self.rng
        tags = []
        mw = p.mw
        pairs = getattr(p, "src_pairs", None) or [(p.home, 1 - mw), (p.mobile, mw)]
        if rng.p(0.09 if p.country not in MOBILE_FIRST else 0.15):
            pairs = [(s, w * (0.25 / (1 - mw)) if s is p.home else w) for s, w in pairs]
            pairs = [(s, 0.75 if s is p.mobile else w) for s, w in pairs]
            tags.append("honest_mobile_cgnat")
        if p.country == "CN" and rng.p(0.5):
            exits = rng.sample(self.vpn["astrill"], rng.randint(3, 10))
            pairs = [(Pool(exits), 0.6)] + [(s, w * 0.4) for s, w in pairs]
            tags.append("honest_china_vpn")
        elif rng.p(0.05):
            prov = self.honest_vpn_w.draw(rng)
            allx = self.vpn[prov]
            if rng.p(0.7):
                cities = {
                    c for c in [rng.pick(allx)[4] for _ in range(rng.randint(1, 3))]
                }
                exits = [x for x in allx if x[4] in cities]
            else:
                exits = allx
            pairs = [(Pool(exits), 0.72)] + [(s, w * 0.28) for s, w in pairs]
            tags.append("honest_vpn_privacy")
            p.vpn_pool = exits
        if rng.p(0.02):
            pairs.append((Pool(self.cloud), 0.35))
            tags.append("honest_cloud_ide")
        if rng.p(0.015):
            pairs.append((Pool(self.warp), 0.6))
            tags.append("honest_secure_gateway")
        if rng.p(0.03):
            p.hours = (p.off, rng.uniform(20, 23.5), rng.uniform(7, 9))
            tags.append("honest_night_shift")
        if rng.p(0.04):
            p.phone_type = "nonFixedVoip"
            if p.country != "US" and rng.p(0.5):
                p.phone = self.make_phone("US")
                if p.recovery_phone is not None:
                    p.recovery_phone = p.phone
            tags.append("honest_voip_phone")
        if p.resume_parts is None and rng.p(0.15):
            p.resume_kind, p.generic_idx = (
                "generic",
                rng.randrange(len(GENERIC_TEMPLATES)),
            )
        hk = HERITAGE_KB.get(p.her)
        if hk and hk not in p.kb and rng.p(0.35):
            p.kb_extra = hk
        p.src_pairs = pairs
        dev = Weighted(
            [(p.devices[0], 0.62), (p.devices[1], 0.38)]
            + ([(p.devices[2], 0.2)] if len(p.devices) > 2 else [])
        )
        if nomad_ok and p.country not in ("CN",) and rng.p(0.02):
            self.make_nomad(p, pairs, dev)
            tags.append("honest_nomad")
        else:
            p.segs = [Seg(T0 - 900 * DAY, Weighted(pairs), dev, p.hours)]
        if tag:
            p.tags += tags
        return tags

    def make_nomad(self, p, pairs, dev):
        rng = self.rng
        t = T0 - rng.uniform(0, 200) * DAY
        segs, tzl = [], []
        home_pairs = pairs
        while t < T1:
            if rng.p(0.2):
                segs.append(Seg(t, Weighted(home_pairs), dev, p.hours))
                tzl.append((t, p.tz))
            else:
                cc, ci = rng.pick(NOMAD_SPOTS)
                city = CITIES[cc][min(ci, len(CITIES[cc]) - 1)]
                local = Fixed([(t, self.rec_isp(self.isp_for(cc, "res"), city))])
                cow = Fixed([(t, self.rec_isp(self.isp_for(cc, "res"), city))])
                mob = Pool(self.mob_pool(self.isp_for(cc, "mob"), city))
                sp = [(local, 0.5), (cow, 0.15), (mob, 0.25)]
                vp = getattr(p, "vpn_pool", None)
                if vp:
                    sp.append((Pool(vp), 0.5))
                segs.append(
                    Seg(t, Weighted(sp), dev, (city[5], p.hours[1], p.hours[2]))
                )
                tzl.append((t, city[4]))
            t += rng.uniform(20, 95) * DAY
        p.segs = segs
        p.tzline = tzl

    def insert_window(self, p, a, b, pairs, hours=None):
        """A time window (a hackathon weekend, a bootcamp term) with its own connection mix."""
        before = p.seg_at(a)
        after = p.seg_at(b)
        keep = [s for s in p.segs if s.t < a] or [
            Seg(T0 - 900 * DAY, before.src, before.dev, before.hours)
        ]
        later = [s for s in p.segs if s.t > b]
        p.segs = (
            keep
            + [
                Seg(a, Weighted(pairs), before.dev, hours or before.hours),
                Seg(b, after.src, after.dev, after.hours),
            ]
            + later
        )

    def honest_person(self, tags=(), modifiers=True, **kw):
        p = self.new_person(**kw)
        p.tags += list(tags)
        if modifiers:
            self.honest_modifiers(p)
        return p

    # ---- rows ----------------------------------------------------------------------------
    def plan_rows(
        self,
        p,
        account=None,
        napps=None,
        hire=None,
        t_join=None,
        companies=None,
        hire_company=None,
        acct_pay=None,
        laptop=None,
    ):
        rng = self.rng
        if t_join is None:
            t_join = T0 + (T1 - T0 - 20 * DAY) * (rng.random() ** 0.8)
        rows = []
        if account is None:
            account = rng.p(0.78)
        if napps is None:
            napps = Weighted({0: 35, 1: 35, 2: 18, 3: 8, 4: 4}).draw(rng)
        if not account and napps == 0 and hire_company is None:
            account = True
        if account:
            end = T1 if rng.p(0.75) else min(T1, t_join + rng.uniform(30, 500) * DAY)
            rows.append(
                Row(
                    p,
                    "account",
                    None,
                    t_join,
                    p.fraud,
                    [],
                    logins="market",
                    pay=(acct_pay if acct_pay is not None else rng.p(0.4)),
                    end=end,
                )
            )
        t = t_join
        applied = []
        for i in range(napps):
            t = t + rng.uniform(1, 90) * DAY
            if t > T1 - 3 * DAY:
                break
            c = companies[i % len(companies)] if companies else self.company_w.draw(rng)
            rows.append(Row(p, "applicant", c, t, p.fraud, []))
            applied.append((c, t))
        if hire_company is not None:
            applied = [(hire_company, t_join)]
        if applied and (
            hire_company is not None or rng.p(0.3 if hire is None else hire)
        ):
            c, ta = applied[0] if hire_company is not None else rng.pick(applied)
            th = ta + rng.uniform(10, 60) * DAY
            if th < T1 - 15 * DAY:
                kind = (
                    "employee"
                    if (c.ctype not in ("dao",) and rng.p(0.4))
                    else "contractor"
                )
                end = min(T1, th + rng.uniform(90, 800) * DAY)
                r = Row(p, kind, c, th, p.fraud, [], logins="idp", pay=True, end=end)
                if laptop is not None:
                    r.laptop = laptop
                elif p.fraud and p.farm is None:
                    r.laptop = (
                        False  # nobody to receive and run a laptop for this persona
                    )
                else:
                    # clients ship to hires in their country (some abroad); Forgeline's employer-of-record
                    # programme ships every employee a laptop
                    r.laptop = kind == "employee" or (
                        c.ships and (p.country == c.cc or c.ship_intl)
                    )
                if r.laptop:
                    if p.farm is not None:
                        r.ship_to, r.site = p.farm.addr, p.farm
                    elif c.ship_office and p.country == c.cc:
                        r.ship_to = c.office
                    else:
                        r.ship_to = p.ship_addr or p.addr
                rows.append(r)
        p.rows.extend(rows)
        self.rows.extend(rows)
        return rows

    # ---- honest groups -------------------------------------------------------------------
    def make_households(self, count):
        rng = self.rng
        for _ in range(count):
            p1 = self.new_person()
            p1.tags.append("honest_household")
            members = [p1]
            for j in range(1 + int(rng.p(0.2))):
                p2 = self.new_person(
                    cc=p1.country,
                    city=p1.city,
                    her=p1.her if rng.p(0.8) else None,
                    family=p1.family if rng.p(0.6) else None,
                    gender=("f" if p1.gender == "m" else "m")
                    if (j == 0 and rng.p(0.85))
                    else None,
                )
                p2.tags.append("honest_household")
                p2.addr, p2.home, p2.wifi = p1.addr, p1.home, p1.wifi
                if rng.p(0.5):
                    p2.carrier, p2.mobile = p1.carrier, p1.mobile
                if rng.p(0.3):
                    p2.recovery_phone = p1.phone
                    p2.tags.append("honest_household_shared_recovery")
                elif rng.p(0.12):
                    p2.recovery_email = p1.email
                    p2.tags.append("honest_household_shared_recovery")
                if rng.p(0.25):
                    plan = self.bank_plan(p1.country)
                    for q in (p1, p2):
                        q.pay_plan = [(T0 - 900 * DAY, plan)]
                        q.bank_plan = plan
                    p2.tags.append("honest_household_joint_bank")
                    if "honest_household_joint_bank" not in p1.tags:
                        p1.tags.append("honest_household_joint_bank")
                if rng.p(0.12):
                    p2.devices[0] = p1.devices[0]
                    p2.tags.append("honest_household_shared_device")
                    if "honest_household_shared_device" not in p1.tags:
                        p1.tags.append("honest_household_shared_device")
                members.append(p2)
            for q in members:
                q.src_pairs = None
                self.honest_modifiers(q, nomad_ok=False)
                self.plan_rows(q)

    def make_agencies(self, count):
        rng = self.rng
        for _ in range(count):
            cc = Weighted(
                {
                    "UA": 16,
                    "PL": 14,
                    "IN": 14,
                    "PH": 8,
                    "VN": 6,
                    "AR": 8,
                    "BR": 8,
                    "PK": 6,
                    "US": 8,
                    "RS": 4,
                    "RO": 4,
                    "NG": 4,
                    "EG": 2,
                    "MX": 4,
                    "KE": 2,
                }
            ).draw(rng)
            ag = self.new_company("agency", cc=cc)
            billing = f"{rng.pick(['billing', 'finance', 'accounts', 'payments', 'ops', 'hr'])}@{ag.domain}"
            aphone = self.make_phone(cc, ag.city)
            r = rng.random()
            if r < 0.6:
                plan = self.bank_plan(cc, usd=True)
            elif r < 0.85:
                plan = dict(
                    method="wallet",
                    currency="USD",
                    chain="",
                    dest=f"payoneer:{billing}",
                    memo="",
                )
            else:
                plan = self.crypto_plan(None, omnibus=False)
            office = Fixed([(T0 - 900 * DAY, ag.office_rec)])
            header = f"{ag.name} | Developer profile | https://{ag.domain}"
            shared_bullets = [self.bullet() for _ in range(6)]
            portfolio = f"https://{ag.domain}/{rng.pick(['portfolio', 'cases', 'work', 'projects'])}"
            for _ in range(rng.randint(5, 30)):
                same = rng.p(0.85)
                p = self.new_person(
                    cc=cc if same else None,
                    city=ag.city if same and rng.p(0.7) else None,
                )
                p.tags.append("honest_agency")
                p.agency = ag
                if rng.p(0.25):
                    p.addr = ag.office
                if rng.p(0.55):
                    p.recovery_email = billing
                if rng.p(0.35):
                    p.recovery_phone = aphone
                if rng.p(0.8):
                    p.pay_plan = [(T0 - 900 * DAY, plan)]
                    if plan["method"] == "bank":
                        p.bank_plan = plan
                p.src_pairs = (
                    [(office, 0.45), (p.home, 0.35), (p.mobile, 0.2)] if same else None
                )
                if same and rng.p(0.7):
                    p.signup_src = office
                self.honest_modifiers(p, nomad_ok=False)
                parts = self.resume_parts(p)
                parts["header"] = header
                exp = (
                    self.seniority(p) + p.role,
                    ag.name,
                    "Remote",
                    2025 - min(p.years, 4),
                    "Present",
                    rng.sample(shared_bullets, rng.randint(3, 5)),
                )
                parts["exps"] = [exp] + parts["exps"][1:]
                if rng.p(0.5):
                    p.extra_profiles.append(portfolio)
                self.plan_rows(p, account=rng.p(0.9), hire=0.35, acct_pay=rng.p(0.6))

    def make_daos(self):
        rng = self.rng
        daos = [c for c in self.companies if c.ctype == "dao"]
        for dao in daos:
            stream = "0x" + rng.hexs(40) if rng.p(0.45) else None
            chain = rng.pick(["ethereum", "arbitrum", "optimism", "base", "polygon"])
            for _ in range(rng.randint(3, 22)):
                p = self.new_person()
                p.tags.append("honest_dao_contributor")
                if rng.p(0.45):
                    p.display_name = rng.pick(
                        [
                            f"{slug(p.given)}.eth",
                            f"0x{slug(p.given)}",
                            f"gm_{slug(p.given)}",
                            f"{p.handle}.eth",
                            f"{slug(p.given)}{rng.randint(1, 99)}.eth",
                        ]
                    )
                if not p.telegram or rng.p(0.85):
                    p.telegram = (
                        f"https://t.me/{p.handle.replace('-', '_').replace('.', '_')}"
                    )
                if stream and rng.p(0.7):
                    p.pay_plan = [
                        (
                            T0 - 900 * DAY,
                            dict(
                                method="crypto",
                                currency="USDC",
                                chain=chain,
                                dest=stream,
                                memo="",
                                tag="honest_dao_stream",
                            ),
                        )
                    ]
                else:
                    p.pay_plan = [(T0 - 900 * DAY, self.crypto_plan(p))]
                self.honest_modifiers(p)
                if "honest_vpn_privacy" not in p.tags and rng.p(0.2):
                    prov = self.honest_vpn_w.draw(rng)
                    p.segs = [
                        Seg(
                            s.t,
                            Weighted(
                                [
                                    (Pool(self.vpn[prov]), 0.7),
                                    (p.home, 0.2),
                                    (p.mobile, 0.1),
                                ]
                            ),
                            s.dev,
                            s.hours,
                        )
                        for s in p.segs
                    ]
                    p.tags.append("honest_vpn_privacy")
                self.plan_rows(
                    p,
                    account=rng.p(0.85),
                    napps=rng.randint(0, 2),
                    hire_company=dao,
                    laptop=False,
                )

    def make_hackathons(self, count):
        rng = self.rng
        for _ in range(count):
            cc, ci = rng.pick(
                [
                    ("PT", 0),
                    ("US", 12),
                    ("US", 5),
                    ("US", 0),
                    ("TR", 0),
                    ("GB", 0),
                    ("IN", 0),
                    ("SG", 0),
                    ("AR", 0),
                    ("DE", 0),
                    ("KR", 0),
                    ("VN", 1),
                    ("BR", 0),
                    ("PL", 0),
                ]
            )
            city = CITIES[cc][ci]
            if rng.p(0.6):
                venue = self.rec_host(
                    rng.pick(["cogent", "zayo", "lumen"]),
                    (city[0], cc, city[2], city[3]),
                    "false",
                )
            else:
                venue = self.rec_isp(self.isp_for(cc, "res"), city)
            vsrc = Fixed([(T0 - 900 * DAY, venue)])
            t_s = T0 + rng.random() * (T1 - T0 - 60 * DAY)
            t_s = t_s - (t_s % DAY) + (17 - city[5]) * 3600
            t_e = t_s + 2.1 * DAY
            n_att = rng.randint(25, 70)
            team = []
            for i in range(n_att):
                p = self.new_person(
                    cc=cc if rng.p(0.4) else None, age=rng.randint(19, 36)
                )
                p.tags.append("honest_hackathon")
                self.honest_modifiers(p, nomad_ok=False)
                self.insert_window(
                    p, t_s, t_e, [(vsrc, 0.88), (p.mobile, 0.12)], (city[5], 8, 16)
                )
                p.bursts.append((t_s, t_e, rng.randint(2, 6)))
                team.append(p)
                if len(team) >= rng.randint(2, 5) or i == n_att - 1:
                    proj = rng.pick(
                        [
                            "zk",
                            "intent",
                            "yield",
                            "restake",
                            "onchain",
                            "meme",
                            "social",
                            "pay",
                            "stream",
                            "agent",
                        ]
                    ) + rng.pick(
                        [
                            "hub",
                            "kit",
                            "swap",
                            "vault",
                            "pass",
                            "quest",
                            "bot",
                            "wallet",
                            "guard",
                            "lens",
                        ]
                    )
                    repo = f"https://github.com/{slug(team[0].handle)}/{proj}"
                    show = f"https://ethglobal.com/showcase/{proj}-{rng.chars('abcdefghijkmnpqrstuvwxyz23456789', 5)}"
                    for q in team:
                        q.extra_profiles += [repo] + ([show] if rng.p(0.6) else [])
                    for q in team:
                        tj = t_s + rng.random() * 2 * DAY if rng.p(0.45) else None
                        self.plan_rows(q, account=True if tj else None, t_join=tj)
                    team = []

    def make_bootcamps(self, count):
        rng = self.rng
        for _ in range(count):
            cc = Weighted(
                {
                    "US": 35,
                    "GB": 8,
                    "DE": 6,
                    "PL": 6,
                    "BR": 8,
                    "MX": 6,
                    "NG": 8,
                    "KE": 5,
                    "IN": 8,
                    "PH": 5,
                    "PT": 5,
                    "CO": 3,
                    "UA": 3,
                }
            ).draw(rng)
            city = self.city(cc)
            school = (
                f"{rng.pick(['Launchpad', 'Northstar', 'Forge', 'Ironclad', 'Hyperion', 'Catalyst', 'Summit', 'Codeway', 'Lambda', 'Kodex'])} "
                f"{rng.pick(['Code Academy', 'Bootcamp', 'Coding School', 'Dev Institute'])}"
            )
            net = Fixed([(T0 - 900 * DAY, self.rec_isp(self.isp_for(cc, "res"), city))])
            t_s = T0 + rng.random() * (T1 - T0 - 200 * DAY)
            t_e = t_s + 12 * 7 * DAY
            prev = [
                "teacher",
                "nurse",
                "accountant",
                "barista",
                "sales associate",
                "logistics coordinator",
                "musician",
                "customer support agent",
                "lab technician",
                "marketing assistant",
            ]
            summary_tpl = rng.pick(
                [
                    "Full-stack web developer with a background in {prev}. Recent graduate of the {school} immersive program, "
                    "where I built and deployed {n} projects in JavaScript, React, Node.js and PostgreSQL.",
                    "Career changer and former {prev} turned software developer. Graduated from {school} with hands-on "
                    "experience building full-stack applications in agile teams.",
                    "Junior developer trained at {school}. Passionate about clean code, teamwork and continuous learning; "
                    "previously worked as a {prev}.",
                ]
            )
            capstones = [
                f"{rng.pick(['Meal', 'Trip', 'Pet', 'Budget', 'Study', 'Fit', 'Plant', 'Event', 'Book', 'Job'])}"
                f"{rng.pick(['Buddy', 'Mate', 'Hub', 'Planner', 'Tracker', 'Finder', 'Share'])}: "
                f"{rng.pick(['a full-stack app built with React, Express and PostgreSQL', 'a mobile-first PWA with Firebase auth', 'a MERN app with Stripe payments', 'a Rails and React marketplace'])}"
                for _ in range(6)
            ]
            teams = {}
            for i in range(rng.randint(12, 35)):
                same = rng.p(0.85)
                p = self.new_person(
                    cc=cc if same else None,
                    city=city if same and rng.p(0.7) else None,
                    age=rng.randint(23, 42),
                    role=rng.pick(
                        [
                            "Full Stack Engineer",
                            "Frontend Developer",
                            "Python Developer",
                            "Data Engineer",
                        ]
                    ),
                )
                p.years = rng.randint(0, 2) or 1
                p.tags.append("honest_bootcamp")
                self.honest_modifiers(p, nomad_ok=False)
                if same:
                    self.insert_window(
                        p, t_s, t_e, [(net, 0.55), (p.home, 0.3), (p.mobile, 0.15)]
                    )
                parts = self.resume_parts(p)
                parts["summary"] = summary_tpl.format(
                    prev=rng.pick(prev), school=school, n=rng.randint(3, 5)
                )
                parts["projects"] = rng.sample(capstones, 3)
                parts["edu"] = [
                    f"Full-Stack Web Development Certificate, {school} ({datetime.fromtimestamp(t_e, UTC).year})"
                ] + parts["edu"]
                parts["exps"] = parts["exps"][:1]
                parts["skills"] = [
                    "JavaScript",
                    "React",
                    "Node.js",
                    "Express",
                    "PostgreSQL",
                    "Git",
                    "HTML/CSS",
                ] + parts["skills"][:2]
                ti = i // 4
                if ti not in teams:
                    teams[ti] = (
                        f"https://github.com/{slug(school)}-{rng.randint(10, 99)}/{slug(rng.pick(capstones).split(':')[0])}"
                    )
                p.extra_profiles.append(teams[ti])
                tj = t_e - 14 * DAY + rng.random() * 28 * DAY if rng.p(0.7) else None
                self.plan_rows(
                    p, account=True if tj else None, t_join=tj, napps=rng.randint(1, 4)
                )

    def make_vendors(self, count):
        rng = self.rng
        for _ in range(count):
            cc = Weighted({"IN": 45, "US": 45, "PK": 10}).draw(rng)
            v = self.new_company("staffing", cc=cc)
            v.phone = self.make_phone("US")
            rec_first = rng.pick(HERITAGE["indian"][0] + HERITAGE["anglo"][0])
            v.contact = f"{slug(rec_first)}@{v.domain}"
            bank = self.bank_plan("US", usd=True)
            for _ in range(rng.randint(10, 35)):
                p = self.new_person(
                    cc=Weighted(
                        {"IN": 45, "US": 35, "PK": 5, "PH": 5, "NG": 5, "EG": 5}
                    ).draw(rng)
                )
                p.tags.append("honest_staffing_vendor")
                self.honest_modifiers(p, nomad_ok=False)
                parts = self.resume_parts(p)
                parts["header"] = (
                    f"Consultant profile submitted by {v.name} | Contact: {v.contact} | {self.fmt_phone(v.phone, 'US', 'intl')}"
                )
                rows = self.plan_rows(
                    p, account=rng.p(0.35), napps=rng.randint(1, 4), hire=0.2
                )
                for r in rows:
                    if r.kind == "applicant" and rng.p(0.6):
                        r.over["phone"] = v.phone
                    if r.kind == "contractor" and rng.p(0.7):
                        p.pay_plan = [(T0 - 900 * DAY, bank)]
                self.recruiters_for(v, rng.randint(1, 3))

    def make_coworking(self, count):
        rng = self.rng
        for _ in range(count):
            cc = Weighted(
                {
                    "US": 30,
                    "GB": 8,
                    "DE": 6,
                    "PT": 6,
                    "ES": 5,
                    "MX": 5,
                    "CO": 4,
                    "AR": 4,
                    "UA": 4,
                    "PL": 4,
                    "IN": 8,
                    "PH": 4,
                    "NG": 4,
                    "KE": 3,
                    "AE": 3,
                    "SG": 3,
                }
            ).draw(rng)
            city = self.city(cc)
            brand = rng.pick(
                [
                    "WeWork",
                    "Regus",
                    "Impact Hub",
                    "Selina CoWork",
                    "Spaces",
                    "Mindspace",
                    "Talent Garden",
                    "Industrious",
                    "Second Home",
                ]
            )
            rec = (
                self.rec_host(
                    rng.pick(["cogent", "zayo", "lumen"]),
                    (city[0], cc, city[2], city[3]),
                    "false",
                )
                if rng.p(0.4)
                else self.rec_isp(self.isp_for(cc, "res"), city)
            )
            space = dict(
                src=Fixed([(T0 - 900 * DAY, rec)]),
                wifi=(brand.split()[0] if rng.p(0.6) else f"{brand} Members", mac(rng)),
                addr=self.new_address(cc, city),
            )
            for _ in range(rng.randint(6, 30)):
                p = self.new_person(cc=cc, city=city)
                p.tags.append("honest_coworking")
                p.cowork = space
                if rng.p(0.1):
                    p.addr = space["addr"]
                    p.tags.append("honest_virtual_office")
                p.src_pairs = [(space["src"], 0.45), (p.home, 0.35), (p.mobile, 0.2)]
                self.honest_modifiers(p, nomad_ok=False)
                self.plan_rows(p)

    def recruiters_for(self, c, k):
        rng = self.rng
        office = Fixed([(T0 - 900 * DAY, c.office_rec)])
        for _ in range(k):
            p = self.new_person(cc=c.cc, city=c.city)
            p.tags.append("honest_recruiter")
            g, f = slug(p.given), slug(p.family)
            e = rng.pick(
                [f"{g}.{f}@{c.domain}", f"{g}@{c.domain}", f"{g[0]}{f}@{c.domain}"]
            )
            if e in self.used_emails:
                e = f"{g}.{f}{rng.randint(2, 9)}@{c.domain}"
            self.used_emails.add(e)
            p.email = e
            p.headline = rng.pick(
                [
                    "Technical Recruiter",
                    "Talent Acquisition Partner",
                    "Head of Talent",
                    "Recruiting Lead",
                    "Engineering Recruiter",
                    "People Operations",
                ]
            )
            p.github = None
            p.src_pairs = [(office, 0.6), (p.home, 0.25), (p.mobile, 0.15)]
            self.honest_modifiers(p, nomad_ok=False)
            p.signup_src = office
            t = max(c.reg_t, T0) + rng.random() * (T1 - max(c.reg_t, T0) - 10 * DAY)
            r = Row(p, "account", c, t, False, [], logins="market", pay=False, end=T1)
            p.rows.append(r)
            self.rows.append(r)

    def make_identity_changes(self, n_name, n_moved, n_reapp):
        rng = self.rng
        for _ in range(n_name):
            p = self.honest_person(tags=["honest_name_change"])
            t_c = T0 + rng.uniform(0.3, 0.8) * (T1 - T0)
            newfam = rng.pick(HERITAGE[self.her_w[p.country].draw(rng)][2])
            al = dict(family=newfam)
            if rng.p(0.6):
                al["email"] = self.make_email(p.given, newfam, p.by, p.country)
            p.alias = (t_c, al)
            self.plan_rows(
                p,
                account=True,
                napps=rng.randint(0, 1),
                hire=0.0,
                t_join=T0 + rng.random() * (t_c - T0),
            )
            self.plan_rows(
                p,
                account=False,
                napps=rng.randint(1, 2),
                t_join=t_c + rng.uniform(5, 60) * DAY,
            )
        for _ in range(n_moved):
            p = self.honest_person(tags=["honest_moved"])
            t_c = T0 + rng.uniform(0.3, 0.8) * (T1 - T0)
            abroad = rng.p(0.35)
            cc = self.country_w.draw(rng) if abroad else p.country
            city = self.city(cc)
            al = dict(addr=self.new_address(cc, city), country=cc)
            if abroad or rng.p(0.4):
                al["phone"] = self.make_phone(cc, city)
            p.alias = (t_c, al)
            newhome = Fixed([(t_c, self.rec_isp(self.isp_for(cc, "res"), city))])
            cur = p.seg_at(t_c)
            p.segs = [s for s in p.segs if s.t < t_c] + [
                Seg(
                    t_c,
                    Weighted(
                        [
                            (newhome, 0.75),
                            (Pool(self.mob_pool(self.isp_for(cc, "mob"), city)), 0.25),
                        ]
                    ),
                    cur.dev,
                    (city[5], cur.hours[1], cur.hours[2]),
                )
            ]
            p.tzline = [x for x in p.tzline if x[0] < t_c] + [(t_c, city[4])]
            p.moved_home = (t_c, newhome)
            self.plan_rows(
                p,
                account=True,
                napps=rng.randint(0, 1),
                hire=0.0,
                t_join=T0 + rng.random() * (t_c - T0),
            )
            self.plan_rows(
                p,
                account=False,
                napps=rng.randint(1, 2),
                t_join=t_c + rng.uniform(5, 60) * DAY,
            )
        for _ in range(n_reapp):
            p = self.honest_person(tags=["honest_reapplicant"])
            rows = self.plan_rows(
                p, account=True, t_join=T0 + rng.random() * (T1 - T0) * 0.6
            )
            t2 = rows[0].t + rng.uniform(60, 500) * DAY
            if t2 < T1 - 5 * DAY:
                r = Row(
                    p,
                    "account",
                    None,
                    t2,
                    False,
                    [],
                    logins="market",
                    pay=rng.p(0.4),
                    end=T1,
                )
                r.over["email"] = self.make_email(p.given, p.family, p.by, p.country)
                r.over["recovery_email"] = p.email if rng.p(0.3) else None
                p.rows.append(r)
                self.rows.append(r)

    def make_proxyware(self, count):
        pool = self.resproxy_pool("US")
        for _ in range(count):
            p = self.honest_person(tags=["honest_proxyware_home"], cc="US")
            rec = p.home.tl[0][1]
            pool.append(IPRec(rec[:7] + ("false",)))
            self.plan_rows(p)

    # ---- fraud ---------------------------------------------------------------------------
    def stub_email(self, cc=None):
        """An operator's own mailbox: drawn by the ordinary name and email functions."""
        rng = self.rng
        cc = cc or self.country_w.draw(rng)
        her = self.her_w[cc].draw(rng)
        males, females, fams, _ = HERITAGE[her]
        return self.make_email(
            rng.pick(males + females), rng.pick(fams), rng.randint(1975, 2002), cc
        )

    def new_ring(self, soph):
        rng = self.rng
        g = Company()
        self.ring_seq += 1
        g.id = self.ring_seq
        g.soph = soph
        g.off = rng.pick([8, 8, 8, 9, 9, 10, 7])
        g.hours = (g.off, rng.uniform(8, 10), rng.uniform(11, 14))
        k = {
            "sloppy": rng.randint(3, 5),
            "medium": rng.randint(6, 10),
            "careful": rng.randint(10, 18),
        }[soph]
        g.exits = rng.sample(self.vpn["astrill"], k)
        if rng.p(0.5):
            g.exits += rng.sample(
                self.vpn[rng.pick(["nordvpn", "expressvpn", "surfshark", "pia"])],
                rng.randint(2, 6),
            )
        dk = Weighted({"win": 70, "mac": 20, "linux": 10})
        g.devices = [self.device(dk.draw(rng)) for _ in range(rng.randint(2, 5))]
        g.rec_emails = [self.stub_email() for _ in range(rng.randint(1, 3))]
        base = self.make_phone("US")[2]
        start = int(base[6:])
        g.voip = []
        for i in range(40):
            start = (start + rng.randint(1, 4)) % 10000
            g.voip.append(("US", "1", base[:6] + f"{start:04d}"))
        g.next_voip = 0
        shared = [
            self.wallet_plan(None, email=rng.pick(g.rec_emails)),
            dict(
                method="crypto",
                currency="USDT",
                chain="tron",
                dest=self.crypto_addr("tron"),
                memo="",
            ),
            dict(
                method="crypto",
                currency="USDC",
                chain=rng.pick(["ethereum", "arbitrum", "base", "polygon"]),
                dest="0x" + rng.hexs(40),
                memo="",
            ),
            self.bank_plan("US", usd=True),
        ]
        g.pay_shared = rng.sample(shared, rng.randint(1, 3))
        g.consolidation = [
            dict(
                method="crypto",
                currency="USDT",
                chain="tron",
                dest=self.crypto_addr("tron"),
                memo="",
            ),
            dict(
                method="crypto",
                currency="USDC",
                chain="ethereum",
                dest="0x" + rng.hexs(40),
                memo="",
            ),
        ]
        g.faces = [rng.getrandbits(40) for _ in range(rng.randint(2, 5))]
        g.role = rng.pick(
            [
                "Blockchain Developer",
                "Smart Contract Engineer",
                "Full Stack Engineer",
                "Backend Engineer",
                "Frontend Developer",
                "Mobile Developer",
                "Rust Engineer",
                "Full Stack Engineer",
            ]
        )
        g.templates = []
        for _ in range(rng.randint(1, 3)):
            stub = self.new_person(role=g.role, age=rng.randint(28, 40))
            g.templates.append(self.build_resume(stub))
        g.tools = rng.sample(
            ["anydesk", "rustdesk", "teamviewer", "crd", "tightvnc", "splashtop"],
            rng.randint(1, 2),
        )
        g.drop_addr = None
        self.rings.append(g)
        return g

    def new_farm(self):
        rng = self.rng
        fac = self.new_person(cc="US")
        f = Company()
        f.fac, f.addr, f.wifi, f.tz, f.off = fac, fac.addr, fac.wifi, fac.tz, fac.off
        f.rec = Fixed([(T0 - 900 * DAY, fac.home.tl[0][1])])
        f.kvm = rng.pick(USB_IPKVM)
        f.kvm_share = rng.uniform(0.3, 0.9)
        f.tools = rng.sample(
            ["anydesk", "rustdesk", "teamviewer", "crd", "tightvnc"], rng.randint(1, 2)
        )
        f.bank = self.bank_plan("US", usd=True)
        fac.fraud = True
        fac.tags = ["facilitator", "laptop_farm"]
        fac.pay_plan = [(T0 - 900 * DAY, f.bank)]
        fac.bank_plan = f.bank
        fac.segs = [
            Seg(
                T0 - 900 * DAY,
                Weighted([(f.rec, 0.75), (fac.mobile, 0.25)]),
                Weighted([(fac.devices[0], 0.6), (fac.devices[1], 0.4)]),
                fac.hours,
            )
        ]
        if rng.p(0.7):
            self.plan_rows(
                fac, account=True, napps=rng.randint(0, 2), hire=0.0, acct_pay=True
            )
        self.farms.append(f)
        return f

    def steal_identity(self, p):
        """The persona takes over a real US person's name, birth date, id number and (often) address."""
        rng = self.rng
        victim = self.new_person(cc="US")
        p.country, p.city, p.her, p.gender = (
            "US",
            victim.city,
            victim.her,
            victim.gender,
        )
        p.given, p.middle, p.family = victim.given, victim.middle, victim.family
        p.birth, p.by, p.nid, p.age = victim.birth, victim.by, victim.nid, victim.age
        if rng.p(0.6):
            p.addr = victim.addr
        else:
            p.addr = self.new_address("US", p.city)
        p.phone = self.make_phone("US", p.city)
        self.rename(p)
        if rng.p(0.45):
            victim.tags.append("honest_identity_victim")
            self.honest_modifiers(victim)
            self.plan_rows(victim)
        return victim

    def operate(self, p, g, soph):
        """Everything the operator, not the identity, decides: where, when, on what, paid where."""
        rng = self.rng
        p.hours = g.hours
        p.ring = g
        if soph == "sloppy":
            devs = rng.sample(g.devices, min(2, len(g.devices)))
            dev = Weighted([(d, 1) for d in devs])
        elif soph == "medium":
            own = self.device(rng.pick(["win", "win", "mac"]))
            dev = Weighted([(own, 0.65), (rng.pick(g.devices), 0.35)])
        else:
            own = self.device(rng.pick(["win", "mac"]))
            dev = Weighted([(own, 0.75), (self.device("android"), 0.25)])
        rp = self.resproxy_pool(p.country)
        sticky = rng.sample(rp, rng.randint(2, 6))
        if soph == "sloppy":
            pairs = [
                (Pool(g.exits), 0.80),
                (Pool(sticky), 0.15),
                (Pool(self.slips), 0.05),
            ]
        elif soph == "medium":
            pairs = [
                (Pool(g.exits), 0.45),
                (Pool(sticky), 0.535),
                (Pool(self.slips), 0.015),
            ]
        else:
            pairs = [
                (Pool(sticky), 0.92),
                (Pool(rng.sample(g.exits, min(3, len(g.exits)))), 0.08),
            ]
        p.segs = [Seg(T0 - 900 * DAY, Weighted(pairs), dev, g.hours)]
        if soph == "sloppy":
            p.phone = rng.pick(g.voip[:4])
            p.phone_type = "nonFixedVoip"
            p.recovery_email = rng.pick(g.rec_emails) if rng.p(0.85) else None
            p.recovery_phone = rng.pick(g.voip[:3]) if rng.p(0.6) else None
        elif soph == "medium":
            if rng.p(0.6):
                p.phone = g.voip[g.next_voip % 40]
                g.next_voip += 1
                p.phone_type = "nonFixedVoip"
            p.recovery_email = (
                rng.pick(g.rec_emails)
                if rng.p(0.3)
                else (self.stub_email() if rng.p(0.6) else None)
            )
            if rng.p(0.5):
                p.recovery_phone = g.voip[g.next_voip % 40]
                g.next_voip += 1
            else:
                p.recovery_phone = None
        else:
            p.phone_type = "nonFixedVoip" if rng.p(0.3) else "mobile"
            p.recovery_email = self.stub_email() if rng.p(0.6) else None
            p.recovery_phone = p.phone if rng.p(0.4) else None
        p.photo_spec = ("face", rng.pick(g.faces), operator_edit(rng, soph))
        p.resume_parts = self.clone_resume(rng.pick(g.templates), p, soph)
        if soph == "sloppy":
            p.pay_plan = [(T0 - 900 * DAY, rng.pick(g.pay_shared))]
        elif soph == "medium":
            own = (
                self.crypto_plan(p, omnibus=False)
                if rng.p(0.6)
                else self.wallet_plan(p)
            )
            p.pay_plan = [(T0 - 900 * DAY, own)]
            if rng.p(0.4):
                p.pay_plan.append(
                    (T0 + rng.random() * (T1 - T0), rng.pick(g.consolidation))
                )
        else:
            r = rng.random()
            own = (
                self.crypto_plan(p, omnibus=True)
                if r < 0.6
                else (self.wallet_plan(p) if r < 0.85 else self.bank_plan(p.country))
            )
            own.pop("tag", None)
            p.pay_plan = [(T0 - 900 * DAY, own)]
        p.bank_plan = None
        if p.farm is not None and soph != "careful" and rng.p(0.5):
            p.bank_plan = p.farm.bank
        p.kb_extra = (
            "ko-KR"
            if rng.p({"sloppy": 0.5, "medium": 0.25, "careful": 0.05}[soph])
            else None
        )
        p.ep_extra = dict(
            tools=(g.tools if (soph != "careful" or rng.p(0.3)) else []), soph=soph
        )

    def persona(self, g, soph, tags, farm=None, stolen_p=0.28, us=False):
        rng = self.rng
        p = self.new_person(
            cc="US" if (us or farm is not None) else None,
            role=g.role if rng.p(0.7) else None,
        )
        if rng.p(stolen_p):
            self.steal_identity(p)
            tags = tags + ["stolen_identity"]
        p.fraud = True
        p.farm = farm
        p.tags = list(tags) + (["laptop_farm"] if farm is not None else [])
        self.operate(p, g, soph)
        if farm is not None:
            p.ship_addr = farm.addr
            if soph != "careful" and rng.p(0.6):
                p.addr = farm.addr
        return p

    def persona_rows(self, p, g, soph, split_used=None):
        rng = self.rng
        napps = rng.randint(2, 5) if soph == "sloppy" else rng.randint(1, 4)
        comps = []
        pool_w = (
            self.us_ship_w
            if (p.farm is not None and self.us_ship_w)
            else self.company_w
        )
        for _ in range(napps):
            for _try in range(30):
                c = pool_w.draw(rng)
                if split_used is None or id(c) not in split_used:
                    break
            if split_used is not None:
                split_used.add(id(c))
            comps.append(c)
        self.plan_rows(
            p,
            account=rng.p(0.85),
            napps=napps,
            hire=0.65 if p.farm is not None else 0.45,
            companies=comps,
        )

    def make_ring(self, soph, size, farm=None, split=False):
        rng = self.rng
        g = self.new_ring(soph)
        used = set() if split else None
        for _ in range(size):
            f = farm if (farm is not None and rng.p(0.75)) else None
            tags = ["ring_persona", soph] + (["split_companies"] if split else [])
            p = self.persona(g, soph, tags, farm=f)
            self.persona_rows(p, g, soph, used)
        return g

    def make_single_share(self, share, size, soph):
        rng = self.rng
        g = self.new_ring(soph)
        if share == "address":
            c = self.city("US")
            g.drop_addr = self.new_address("US", c)
        for _ in range(size):
            p = self.new_person(cc="US" if share == "address" else None)
            tags = ["single_share_ring", "shares_" + share, soph]
            if rng.p(0.15):
                self.steal_identity(p)
                tags.append("stolen_identity")
            p.fraud = True
            p.tags = tags
            p.ring = g
            own = self.device(rng.pick(["win", "mac"]))
            sticky = rng.sample(self.resproxy_pool(p.country), 3)
            dev = Weighted([(own, 1)])
            if share == "device":
                dev = Weighted([(g.devices[0], 0.7), (own, 0.3)])
            p.segs = [
                Seg(
                    T0 - 900 * DAY,
                    Weighted([(Pool(sticky), 0.9), (Pool(self.vpn["astrill"]), 0.1)]),
                    dev,
                    g.hours,
                )
            ]
            p.hours = g.hours
            p.recovery_email = self.stub_email() if rng.p(0.5) else None
            p.recovery_phone = p.phone if rng.p(0.4) else None
            r = rng.random()
            own_pay = (
                self.crypto_plan(p, omnibus=False) if r < 0.55 else self.wallet_plan(p)
            )
            p.pay_plan = [(T0 - 900 * DAY, own_pay)]
            p.ep_extra = dict(tools=[], soph=soph)
            p.kb_extra = None
            if share == "recovery_email":
                p.recovery_email = g.rec_emails[0]
            elif share == "recovery_phone":
                p.recovery_phone = g.voip[0]
            elif share == "phone":
                p.phone, p.phone_type = g.voip[0], "nonFixedVoip"
            elif share == "payout":
                p.pay_plan = [(T0 - 900 * DAY, g.pay_shared[0])]
            elif share == "consolidation":
                p.pay_plan.append(
                    (T0 + rng.uniform(0.4, 0.9) * (T1 - T0), g.consolidation[0])
                )
            elif share == "photo":
                p.photo_spec = (
                    "face",
                    g.faces[0],
                    operator_edit(rng, rng.pick(["sloppy", "medium"])),
                )
            elif share == "resume":
                p.resume_parts = self.clone_resume(g.templates[0], p, "medium")
            elif share == "signup_ip":
                p.signup_src = Fixed([(T0 - 900 * DAY, g.exits[0])])
            elif share == "address":
                p.addr = g.drop_addr
            need_acct = share in (
                "recovery_email",
                "recovery_phone",
                "signup_ip",
                "device",
                "payout",
                "consolidation",
            )
            self.plan_rows(
                p,
                account=True if need_acct else rng.p(0.8),
                napps=rng.randint(1, 3),
                hire=0.35,
                acct_pay=True if share in ("payout", "consolidation") else None,
                laptop=False,
            )

    def make_lone(self, soph):
        rng = self.rng
        g = self.new_ring(soph)
        farm = rng.pick(self.farms) if (self.farms and rng.p(0.5)) else None
        p = self.persona(g, soph, ["lone_persona", soph], farm=farm, stolen_p=0.3)
        if rng.p(0.4):
            p.resume_kind, p.generic_idx, p.resume_parts = (
                "generic",
                rng.randrange(len(GENERIC_TEMPLATES)),
                None,
            )
        if rng.p(0.5):
            p.photo_spec = ("face", rng.getrandbits(40), plain_edit(rng))
        self.persona_rows(p, g, soph)

    def make_rental(self, soph):
        rng = self.rng
        existing = [r for r in self.rings if r.soph != "careful"]
        g = rng.pick(existing) if (existing and rng.p(0.6)) else self.new_ring(soph)
        p = self.new_person()
        self.honest_modifiers(p, tag=False, nomad_ok=False)
        p.fraud = True
        p.tags = ["account_rental", soph]
        t_join = T0 + rng.random() * (T1 - T0 - 420 * DAY)
        t_r = min(T1 - 45 * DAY, t_join + rng.uniform(120, 400) * DAY)
        sticky = rng.sample(self.resproxy_pool(p.country), rng.randint(2, 5))
        if soph == "careful":
            pairs = [(Pool(sticky), 0.9), (Pool(g.exits), 0.1)]
            dev = Weighted([(self.device("win"), 1)])
        else:
            pairs = [(Pool(g.exits), 0.5), (Pool(sticky), 0.5)]
            dev = Weighted(
                [(d, 1) for d in rng.sample(g.devices, min(2, len(g.devices)))]
            )
        p.segs = [s for s in p.segs if s.t < t_r] + [
            Seg(t_r, Weighted(pairs), dev, g.hours)
        ]
        if rng.p(0.5):
            newpay = (
                rng.pick(g.pay_shared)
                if (soph != "careful" and rng.p(0.6))
                else self.crypto_plan(p, omnibus=False)
            )
            p.pay_plan = p.pay_plan + [(t_r + rng.uniform(3, 30) * DAY, newpay)]
        p.ep_extra = dict(tools=g.tools, soph=soph)
        p.kb_extra = "ko-KR" if rng.p(0.2) else None
        p.rental_t = t_r
        self.plan_rows(p, account=True, napps=0, t_join=t_join, acct_pay=True)
        if rng.p(0.5):
            p.resume_parts = self.clone_resume(rng.pick(g.templates), p, "medium")
        self.plan_rows(
            p,
            account=False,
            napps=rng.randint(0, 3),
            hire=0.35,
            t_join=t_r + rng.uniform(1, 20) * DAY,
            laptop=False,
        )

    def make_fake_recruiters(self, soph):
        rng = self.rng
        g = self.new_ring(soph)
        spoof = (
            rng.pick(
                [c for c in self.companies if c.ctype in ("web3", "fintech")]
                or self.companies
            )
            if rng.p(0.5)
            else None
        )
        name = spoof.name if spoof else self.company_name(rng.pick(["web3", "fintech"]))
        base = (
            spoof.domain.split(".")[0]
            if spoof
            else slug(name.replace(" Inc.", "").replace(" Labs", ""))
        )
        t_c = T0 + rng.random() * (T1 - T0 - 150 * DAY)
        forms = [
            f"{base}-careers.com",
            f"{base}-hr.com",
            f"{base}team.io",
            f"join{base}.com",
            f"{base}-labs.io",
            f"{base}.org",
            f"{base}-talent.com",
            f"{base}hq.xyz",
        ]
        doms = (
            rng.sample(forms, rng.randint(1, 3))
            if spoof
            else [self.domain_for(name, "web3")] + rng.sample(forms, rng.randint(0, 1))
        )
        vps = ip_from(
            rng, HOSTING[rng.pick(["starkind", "hostwinds", "vultr"])][2].split()
        )
        ns = rng.pick(
            [
                "dns1.registrar-servers.com;dns2.registrar-servers.com",
                "ns1.hostinger.com;ns2.hostinger.com",
                f"{rng.pick(['ada', 'kip', 'zoe'])}.ns.cloudflare.com;{rng.pick(['max', 'ray', 'uma'])}.ns.cloudflare.com",
            ]
        )
        reg = (
            g.rec_emails[0]
            if (soph != "careful" and rng.p(0.7))
            else rng.pick(self.privacy_registrants)
        )
        for d in doms:
            self.add_domain(
                d,
                name,
                t_c - rng.uniform(8, 90) * DAY,
                reg,
                vps if soph != "careful" or rng.p(0.5) else self.hosting_ip(),
                ns,
            )
        fc = Company()
        fc.name, fc.domain, fc.ctype, fc.fake = name, doms[0], "web3", True
        fc.ships = fc.ship_office = fc.pays_crypto = False
        fc.cc = "US"
        fc.swg = None
        for _ in range(max(2, min(rng.randint(3, 8), round(self.left)))):
            p = self.new_person()
            p.fraud = True
            p.tags = ["fake_recruiter", soph]
            gl, fl = slug(p.given), slug(p.family)
            r = rng.random()
            if r < 0.6:
                p.email = f"{gl}.{fl}@{rng.pick(doms)}"
            elif r < 0.8:
                p.email = f"{gl}@{rng.pick(doms)}"
            self.used_emails.add(p.email)
            p.headline = rng.pick(
                [
                    "Technical Recruiter",
                    "Talent Acquisition Partner",
                    "Head of Talent",
                    "HR Manager",
                    "Senior Recruiter",
                    "CTO",
                ]
            )
            p.github = None
            p.portfolio = None
            self.operate(p, g, soph)
            p.resume_parts = None
            p.pay_plan = [(T0 - 900 * DAY, self.wallet_plan(p))]
            t = t_c + rng.random() * 60 * DAY
            row = Row(
                p,
                "account",
                fc,
                t,
                True,
                [],
                logins="market",
                pay=False,
                end=min(T1, t + rng.uniform(60, 260) * DAY),
            )
            p.rows.append(row)
            self.rows.append(row)
            for _ in range(rng.randint(2, 7)):
                q = self.honest_person()
                self.plan_rows(q)
                tl = t + rng.uniform(1, 120) * DAY
                if tl < T1 - DAY:
                    lr = Row(q, "applicant", fc, tl, False, ["honest_lure_target"])
                    q.rows.append(lr)
                    self.rows.append(lr)

    # ---- the whole population ------------------------------------------------------------
    def build(self):
        rng = self.rng
        s = self.scale
        self.make_proxyware(max(2, round(30 * s)))
        budget = max(15, round(0.033 * self.n))

        self.left = 0

        def grow(share, make):
            got = 0
            while got < share * budget:
                self.left = share * budget - got
                start = len(self.rows)
                make()
                got += sum(1 for r in self.rows[start:] if r.p.fraud)

        for _ in range(max(1, round(4 * s))):
            self.new_farm()
        soph_w = Weighted({"sloppy": 30, "medium": 40, "careful": 30})

        def ring():
            soph = soph_w.draw(rng)
            size = {
                "sloppy": rng.randint(5, 14),
                "medium": rng.randint(4, 10),
                "careful": rng.randint(3, 7),
            }[soph]
            size = max(2, min(size, round(self.left / 2.8)))
            self.make_ring(
                soph,
                size,
                farm=rng.pick(self.farms) if rng.p(0.7) else None,
                split=rng.p(0.35),
            )

        grow(0.40, ring)
        shares = [
            "recovery_email",
            "recovery_phone",
            "phone",
            "device",
            "payout",
            "consolidation",
            "photo",
            "resume",
            "signup_ip",
            "address",
        ]
        rng.shuffle(shares)
        it = iter(shares * 20)
        grow(
            0.18,
            lambda: self.make_single_share(
                next(it), rng.randint(3, 5), rng.pick(["medium", "careful"])
            ),
        )
        grow(0.10, lambda: self.make_lone("careful" if rng.p(0.7) else "medium"))
        grow(
            0.10,
            lambda: self.make_rental(
                Weighted({"sloppy": 20, "medium": 50, "careful": 30}).draw(rng)
            ),
        )
        grow(
            0.08,
            lambda: self.make_fake_recruiters(
                Weighted({"sloppy": 35, "medium": 40, "careful": 25}).draw(rng)
            ),
        )
        # honest look-alikes
        self.make_households(max(3, round(330 * s)))
        self.make_agencies(max(1, round(28 * s)))
        self.make_daos()
        self.make_hackathons(max(1, round(5 * s)))
        self.make_bootcamps(max(1, round(10 * s)))
        self.make_vendors(max(1, round(7 * s)))
        self.make_coworking(max(1, round(22 * s)))
        for c in self.companies:
            if c.ctype != "dao" and rng.p(0.35):
                self.recruiters_for(c, rng.randint(1, 4))
        self.make_identity_changes(
            max(1, round(70 * s)), max(1, round(80 * s)), max(1, round(140 * s))
        )
        if len(self.rows) > self.n:
            raise ValueError(
                f"this world needs more subjects than {self.n} (its fixed structures alone have {len(self.rows)})"
            )
        while len(self.rows) < self.n:
            p = self.honest_person()
            self.plan_rows(p)
        while len(self.rows) > self.n:
            r = self.rows.pop()
            r.p.rows.remove(r)

    # ---- writing -------------------------------------------------------------------------
    def own_face(self, p):
        rng = self.rng
        if not hasattr(p, "photo_edit"):
            p.photo_edit = plain_edit(rng)
        key = p.face_keys[0] if rng.p(0.75) else p.face_keys[-1]
        return ("face", key, p.photo_edit if rng.p(0.65) else reencode_edit(rng))

    def photo_for(self, r):
        rng = self.rng
        p = r.p
        k = r.kind
        face = (
            (lambda: p.photo_spec)
            if p.photo_spec is not None
            else (lambda: self.own_face(p))
        )
        if k == "account":
            if not rng.p(0.55):
                return None, []
            x = rng.random()
            if x < 0.33:
                return ("default", rng.randrange(3)), ["honest_default_avatar"]
            if x < 0.33 + (0.14 if p.role in WEB3_ROLES else 0.05):
                return ("nft", rng.randrange(6), rng.randrange(3)), ["honest_nft_pfp"]
            return face(), []
        if k == "applicant":
            return (face(), []) if rng.p(0.45) else (None, [])
        return (face(), []) if rng.p(0.7) else (None, [])

    def write_photo(self, spec):
        if spec[0] == "default":
            path = f"photos/default/avatar_{spec[1]}.png"
            if path not in self.written:
                with open(os.path.join(self.bdir, path), "wb") as fh:
                    fh.write(render_spec(spec))
                self.written.add(path)
            return path
        data = self.photo_cache.get(spec)
        if data is None:
            data = render_spec(spec)
            if len(self.photo_cache) > 3000:
                self.photo_cache.clear()
            self.photo_cache[spec] = data
        ext = "png" if data[:4] == b"\x89PNG" else "jpg"
        path = f"photos/{self.rng.hexs(14)}.{ext}"
        with open(os.path.join(self.bdir, path), "wb") as fh:
            fh.write(data)
        return path

    def resume_for(self, r, fam):
        rng = self.rng
        p = r.p
        parts = p.resume_parts if p.resume_parts is not None else self.resume_parts(p)
        if fam != p.family:
            parts = dict(parts)
            parts["name"] = f"{p.given} {fam}"
        fmt = Weighted(
            {
                "txt": 40,
                "md": 10,
                "pdf": 25,
                "docx": 12,
                "inline": 13 if r.kind == "applicant" else 0,
            }
        ).draw(rng)
        text = render_resume(parts, md=(fmt == "md"))
        if fmt == "inline":
            return text
        data = (
            make_pdf(text)
            if fmt == "pdf"
            else (make_docx(text) if fmt == "docx" else text.encode("utf-8"))
        )
        path = f"resumes/{rng.hexs(14)}.{fmt}"
        with open(os.path.join(self.bdir, path), "wb") as fh:
            fh.write(data)
        return path

    def name_for(self, p, r, fam):
        rng = self.rng
        g, m = p.given, p.middle
        if r.kind == "account":
            if p.display_name and rng.p(0.8):
                return p.display_name
            x = rng.random()
            if x < 0.62:
                return f"{g} {fam}"
            if x < 0.80:
                return f"{g} {fam[0]}."
            if x < 0.86 and p.her in EAST_ASIAN:
                return f"{fam} {g}"
            if x < 0.90:
                return g
            return f"{g} {fam}".upper() if rng.p(0.2) else f"{g.lower()} {fam.lower()}"
        if r.kind == "applicant":
            x = rng.random()
            if x < 0.82:
                return f"{g} {fam}"
            if x < 0.91 and m:
                return f"{g} {m} {fam}"
            if x < 0.96:
                return f"{fam}, {g}"
            return f"{g} {fam}"
        if p.her in EAST_ASIAN and p.country in ("CN", "KR", "JP", "VN") and rng.p(0.4):
            return f"{fam} {g}".upper() if rng.p(0.3) else f"{fam} {g}"
        return f"{g} {m} {fam}" if (m and rng.p(0.8)) else f"{g} {fam}"

    def profiles_for(self, p, r):
        rng = self.rng
        k = r.kind
        urls = []
        if k == "account":
            for u, pr in (
                (p.github, 0.9),
                (p.portfolio, 0.8),
                (p.telegram, 0.85),
                (p.linkedin, 0.45),
            ):
                if u and rng.p(pr):
                    urls.append(u)
        elif k == "applicant":
            for u, pr in (
                (p.linkedin, 0.85),
                (p.github, 0.7),
                (p.portfolio, 0.6),
                (p.telegram, 0.2),
            ):
                if u and rng.p(pr):
                    urls.append(u)
        else:
            if p.linkedin and rng.p(0.3):
                urls.append(p.linkedin)
        if k != "contractor" and k != "employee":
            urls += [u for u in p.extra_profiles if rng.p(0.75)]
        out = []
        for u in urls:
            x = rng.random()
            if x < 0.08:
                u = u.replace("https://", "")
            elif x < 0.11:
                u = u.replace("https://", "http://")
            if rng.p(0.1):
                u += "/"
            if "linkedin" in u and rng.p(0.2):
                u = u.replace("www.", "")
            out.append(u)
        return ";".join(out)

    def pick_rec(self, src, t):
        return src.draw(self.rng).get(self.rng, t)

    def sample_t(self, a, b, hours):
        rng = self.rng
        t = a + rng.random() * (b - a)
        off, st, span = hours
        o = off * 3600
        day0 = (t + o) // DAY * DAY - o
        ts = day0 + (st + rng.random() * span) * 3600
        if ts < a or ts > b:
            ts = t
        return ts

    def login_row(self, sid, t, rec, dev, seen, mode):
        rng = self.rng
        proxy = rec[7]
        new_dev = dev[0] not in seen
        seen.add(dev[0])
        if proxy == "true":
            risk = rng.pick(["medium", "medium", "low", "low", "high"])
        elif new_dev:
            risk = rng.pick(["low", "low", "medium", "none"])
        else:
            risk = "none" if rng.p(0.75) else "low"
        x = rng.random()
        if x < (0.06 if (proxy == "true" or new_dev) else 0.025):
            outcome = "challenge"
        elif x < 0.075:
            outcome = "failure"
        elif x < 0.08:
            outcome = "deny"
        else:
            outcome = "success"
        if mode == "market":
            ev, eid = "user.session.start", "fl:" + self.uuid()
            if rng.p(0.3):
                risk = ""
        else:
            ev = "user.authentication.sso" if rng.p(0.7) else "user.session.start"
            eid = "okta:" + self.uuid()
        return (
            sid,
            iso(t),
            rec[0],
            dev[0],
            dev[1],
            rec[3],
            outcome,
            proxy,
            rec[1],
            rec[2],
            rec[4],
            f"{rec[5]:.4f}",
            f"{rec[6]:.4f}",
            risk,
            ev,
            rng.hexs(24),
            eid,
        )

    def emit_logins(self, r, w, tags):
        rng = self.rng
        p = r.p
        a, b = r.t, max(r.t + 3600, r.end)
        seen = set()
        if r.logins == "market":
            n = 2 + int(rng.expovariate(1 / 13.0))
            n = max(2, min(70, int(n * min(1.0, (b - a) / (300 * DAY))) + 1))
            dev0 = p.seg_at(a).dev.draw(rng)
            w.writerow(
                self.login_row(
                    r.id, a + rng.uniform(5, 90), r.signup_rec, dev0, seen, "market"
                )
            )
            times = [
                self.sample_t(a, b, p.seg_at(a + rng.random() * (b - a)).hours)
                for _ in range(n)
            ]
            for ba, bb, k in p.bursts:
                if bb > a and ba < b:
                    times += [
                        max(a, ba) + rng.random() * (min(b, bb) - max(a, ba))
                        for _ in range(k)
                    ]
            for t in times:
                seg = p.seg_at(t)
                w.writerow(
                    self.login_row(
                        r.id,
                        t,
                        self.pick_rec(seg.src, t),
                        seg.dev.draw(rng),
                        seen,
                        "market",
                    )
                )
            return
        n = min(60, 6 + int((b - a) / DAY / 12))
        c = r.company
        override = None
        if r.site is not None:
            override = Weighted(
                [
                    (r.site.rec, 0.85),
                    (Pool(p.ring.exits if p.ring else self.vpn["astrill"]), 0.15),
                ]
            )
        elif not p.fraud and c is not None and c.swg == "zscaler":
            override = "zscaler"
            tags.append("honest_secure_gateway")
        elif (
            not p.fraud
            and c is not None
            and c.city[0] == p.city[0]
            and c.cc == p.country
            and rng.p(0.6)
        ):
            override = "office"
            tags.append("honest_office_network")
        office = (
            Fixed([(T0 - 900 * DAY, c.office_rec)])
            if c is not None and not c.fake
            else None
        )
        for _ in range(n):
            seg = p.seg_at(a + rng.random() * (b - a))
            t = self.sample_t(a, b, seg.hours)
            seg = p.seg_at(t)
            if override is None:
                rec = self.pick_rec(seg.src, t)
            elif override == "zscaler":
                rec = (
                    rng.pick(self.zscaler) if rng.p(0.75) else self.pick_rec(seg.src, t)
                )
            elif override == "office":
                rec = office.get(rng, t) if rng.p(0.35) else self.pick_rec(seg.src, t)
            else:
                rec = self.pick_rec(override, t)
            if r.ep_dev is not None and rng.p(0.85):
                dev = r.ep_dev
            else:
                dev = seg.dev.draw(rng)
            w.writerow(self.login_row(r.id, t, rec, dev, seen, "idp"))

    def emit_payments(self, r, w, tags):
        rng = self.rng
        p = r.p
        if r.kind == "account":
            t = r.t + rng.uniform(20, 120) * DAY
            step, cap, base = (14, 45), 18, rng.lognormvariate(6.8, 0.8)
        elif r.kind == "contractor":
            t = r.t + rng.uniform(25, 35) * DAY
            step, cap, base = (28, 33), 24, rng.lognormvariate(8.3, 0.45)
        else:
            t = r.t + 14 * DAY
            step, cap, base = (
                (14, 14.01) if rng.p(0.6) else (30, 31),
                30,
                rng.lognormvariate(8.1, 0.4),
            )
        k = 0
        while t < min(r.end, T1) and k < cap:
            if r.kind == "employee":
                plan = self.get_bank(p) if p.bank_plan is None else p.bank_plan
            else:
                plan = self.pay_at(p, t)
            if not p.fraud and plan.get("tag") and plan["tag"] not in tags:
                tags.append(plan["tag"])
            amt = (
                base
                * (step[0] / 30.0 if r.kind == "employee" else 1.0)
                * rng.uniform(0.85, 1.15)
            )
            cur = plan["currency"]
            if plan["method"] == "bank":
                amt *= FX.get(cur, 1.0)
            if plan["method"] == "crypto":
                c = r.company
                payer = (
                    c.treasury
                    if (c is not None and getattr(c, "pays_crypto", False))
                    else (
                        self.forgeline_tron
                        if plan["chain"] == "tron"
                        else self.forgeline_hot[k % 3]
                    )
                )
            else:
                payer = "Forgeline Payments Inc."
            w.writerow(
                (
                    r.id,
                    iso_s(t + rng.uniform(0, 8) * 3600),
                    f"{amt:.2f}",
                    cur,
                    plan["method"],
                    plan["dest"],
                    plan.get("chain", ""),
                    plan.get("memo", ""),
                    payer,
                )
            )
            t += rng.uniform(*step) * DAY
            k += 1

    def endpoint_profile(self, r, tags):
        rng = self.rng
        p = r.p
        c = r.company
        os_ = c.os_w.draw(rng) if hasattr(c, "os_w") else "win"
        ua = _ua(rng, os_)
        dev_id = self.uuid().upper()
        model = rng.pick(MODELS[os_])
        host = rng.pick(
            [
                f"{slug(c.name)[:6].upper()}-{'MBP' if os_ == 'mac' else 'LT'}-{rng.randint(100, 9999)}",
                f"{slug(p.given).capitalize()}s-MacBook-Pro"
                if os_ == "mac"
                else f"DESKTOP-{rng.chars(ALNUM, 7)}",
            ]
        )
        e = dict(id=dev_id, ua=ua, os=os_, model=model, host=host)
        procs = rng.sample(PROC[os_], rng.randint(9, 14))
        usb = rng.sample(USB_COMMON, rng.randint(1, 4))
        displays = rng.sample(DISPLAYS, rng.randint(0, 2))
        ports = []
        remote = []
        kb = ["en-US"]
        tools = []
        farm = r.site
        if p.fraud:
            x = p.ep_extra
            soph = x.get("soph", "medium")
            tools = list(x.get("tools", []))
            if p.kb_extra:
                kb.append(p.kb_extra)
            if farm is not None:
                if rng.p(farm.kvm_share):
                    usb.append(farm.kvm)
                    displays = [IPKVM_EDID[farm.kvm[0]]] + displays[:1]
                tools += [t for t in farm.tools if t not in tools and soph != "careful"]
                e["net"] = [(r.t, farm.wifi)]
                e["tz"] = [(r.t, farm.tz)]
                if soph == "sloppy" and rng.p(0.3):
                    e["tz"].append(
                        (
                            r.t + rng.uniform(20, 200) * DAY,
                            rng.pick(
                                ["Asia/Shanghai", "Asia/Seoul", "Asia/Vladivostok"]
                            ),
                        )
                    )
                exits = p.ring.exits if p.ring else self.vpn["astrill"]
                remote = [
                    (rng.pick(exits)[0], rng.p(0.6)) for _ in range(rng.randint(1, 3))
                ]
            else:
                e["net"] = [(r.t, p.wifi)]
                e["tz"] = [(r.t, p.tz)]
        else:
            kb = list(p.kb)
            if getattr(p, "kb_extra", None) and p.kb_extra not in kb:
                kb.append(p.kb_extra)
                tags.append("honest_heritage_keyboard")
            nets = [(r.t, p.wifi)]
            if p.cowork is not None:
                nets.append((r.t + rng.uniform(5, 60) * DAY, p.cowork["wifi"]))
            if c.city[0] == p.city[0] and c.cc == p.country and rng.p(0.5):
                nets.append((r.t + rng.uniform(5, 90) * DAY, c.wifi))
            mh = getattr(p, "moved_home", None)
            if mh and mh[0] > r.t:
                nets.append(
                    (
                        mh[0],
                        (
                            rng.pick(SSID_HOME).format(
                                h=rng.hexs(4),
                                H=rng.hexs(4).upper(),
                                n=rng.randint(10, 99),
                                L="AB",
                                fam=p.family,
                            ),
                            mac(rng),
                        ),
                    )
                )
            e["net"] = nets
            e["tz"] = [x for x in p.tzline if x[0] <= r.t][-1:] + [
                x for x in p.tzline if x[0] > r.t
            ]
            admin = (p.role == "DevOps Engineer" and rng.p(0.35)) or rng.p(0.04)
            if admin:
                tools = rng.sample(
                    ["teamviewer", "anydesk", "screenconnect", "crd", "splashtop"],
                    rng.randint(1, 2),
                )
                ports.append("3389/tcp")
                remote = [(c.office_rec[0], False)] if rng.p(0.5) else []
                tags.append("honest_it_admin")
            elif rng.p(0.03):
                tools = [rng.pick(["anydesk", "teamviewer", "crd"])]
                tags.append("honest_remote_tool")
            if rng.p(0.05 if not admin else 0.4):
                usb.append(rng.pick(USB_DESK_KVM))
                tags.append("honest_desk_kvm")
            if p.role in (
                "Rust Engineer",
                "Backend Engineer",
                "DevOps Engineer",
            ) and rng.p(0.08):
                usb.append(rng.pick(USB_EMBEDDED))
                tags.append("honest_embedded_usb")
            if rng.p(0.012):
                kvm = rng.pick(USB_IPKVM[:2])
                usb.append(kvm)
                displays = [IPKVM_EDID[kvm[0]]] + displays
                tags.append("honest_homelab_ipkvm")
            for t_, pr in (
                ("tailscale", 0.12),
                ("ngrok", 0.05),
                ("parsec", 0.03),
                ("zerotier", 0.03),
            ):
                if rng.p(pr):
                    tools.append(t_)
            if rng.p(0.3):
                ports += rng.sample(
                    [
                        "3000/tcp",
                        "8080/tcp",
                        "5432/tcp",
                        "22/tcp",
                        "8545/tcp",
                        "5173/tcp",
                    ],
                    rng.randint(1, 2),
                )
            if rng.p(0.03):
                remote.append((p.home.tl[0][1][0], False))
        for t_ in tools:
            procs.append(REMOTE_TOOLS[t_][os_])
            if t_ in ("tightvnc",):
                ports.append("5900/tcp")
            if t_ == "anydesk" and rng.p(0.5):
                ports.append("7070/tcp")
            if t_ == "rustdesk" and rng.p(0.5):
                ports.append("21118/tcp")
        e.update(
            procs=procs,
            usb=usb,
            displays=displays,
            ports=ports,
            remote=remote,
            kb=kb,
            ntools=len(tools),
        )
        return e

    def emit_endpoint(self, r, e, fh):
        rng = self.rng
        a, b = r.t + 2 * DAY, min(r.end, T1)
        if b <= a:
            b = a + DAY
        k = rng.randint(3, 7)
        snaps = sorted(a + rng.random() * (b - a) for _ in range(k))
        sid, did = r.id, e["id"]

        def at(line, t):
            cur = line[0][1]
            for tf, v in line:
                if tf <= t:
                    cur = v
            return cur

        out = []
        for t in snaps:
            ts = iso_s(t)
            rows = [
                ("system", e["model"]),
                ("system", e["host"]),
                ("timezone", at(e["tz"], t)),
            ]
            rows += [("keyboard", x) for x in e["kb"]]
            rows += [("display", x) for x in e["displays"]]
            net = at(e["net"], t)
            rows += [("network", net[0]), ("gateway_mac", net[1])]
            rows += [("listening_port", x) for x in e["ports"]]
            base = [
                x for x in e["procs"][: len(e["procs"]) - e["ntools"]] if rng.p(0.8)
            ]
            rows += [
                ("process", x)
                for x in base + e["procs"][len(e["procs"]) - e["ntools"] :]
            ]
            for kind, v in rows:
                eid = hashlib.sha1(f"{did}|{kind}|{v}|{ts}".encode()).hexdigest()[:20]
                out.append(
                    json.dumps(
                        {
                            "subject_id": sid,
                            "ts": ts,
                            "device_id": did,
                            "kind": kind,
                            "value": v,
                            "event_id": eid,
                        }
                    )
                )
            for name, vid, pid in e["usb"]:
                eid = hashlib.sha1(f"{did}|usb|{name}|{ts}".encode()).hexdigest()[:20]
                out.append(
                    json.dumps(
                        {
                            "subject_id": sid,
                            "ts": ts,
                            "device_id": did,
                            "kind": "usb",
                            "value": name,
                            "vendor_id": vid,
                            "product_id": pid,
                            "event_id": eid,
                        }
                    )
                )
            for host, long in e["remote"]:
                if rng.p(0.6):
                    started = t - (
                        rng.uniform(0.5, 9) * DAY if long else rng.uniform(300, 5400)
                    )
                    eid = hashlib.sha1(f"{did}|rs|{host}|{ts}".encode()).hexdigest()[
                        :20
                    ]
                    out.append(
                        json.dumps(
                            {
                                "subject_id": sid,
                                "ts": ts,
                                "device_id": did,
                                "kind": "remote_session",
                                "value": host,
                                "started_at": iso_s(started),
                                "event_id": eid,
                            }
                        )
                    )
        fh.write("\n".join(out) + "\n")

    def emit_shipments(self, r, e, w):
        rng = self.rng
        p = r.p
        t = r.t - rng.uniform(3, 12) * DAY
        os_ = e["os"]
        if os_ == "mac":
            asset = (
                rng.pick(["C02", "FVF", "C1M"]) + rng.chars(ALNUM, 9)
                if rng.p(0.5)
                else rng.chars(ALNUM, 10)
            )
            item = {
                "MacBookPro18,3": "MacBook Pro 14",
                "MacBookPro18,1": "MacBook Pro 16",
            }.get(e["model"], "MacBook")
        elif e["model"].startswith("Dell"):
            asset, item = rng.chars(ALNUM, 7), e["model"]
        elif e["model"].startswith("HP"):
            asset, item = "5CG" + rng.chars(ALNUM, 7), e["model"]
        else:
            asset, item = "PF" + rng.chars(ALNUM, 6), e["model"]
        addr = self.fmt_address(r.ship_to, "full")
        carrier = rng.pick(["FedEx", "UPS", "DHL", "USPS"])
        name = f"{p.given} {p.family}"
        w.writerow((r.id, iso_s(t), asset, addr, item, carrier, name))
        if rng.p(0.15):
            w.writerow(
                (
                    r.id,
                    iso_s(t + rng.uniform(0, 20) * DAY),
                    "MON-" + rng.digits(6),
                    self.fmt_address(r.ship_to, "full"),
                    rng.pick(DISPLAYS[:5]),
                    carrier,
                    name,
                )
            )

    def emit(self, out):
        rng = self.rng
        bdir = os.path.join(out, "bundle")
        self.bdir = bdir
        os.makedirs(os.path.join(bdir, "photos", "default"), exist_ok=True)
        os.makedirs(os.path.join(bdir, "resumes"), exist_ok=True)
        self.written = set()
        self.photo_cache = {}
        rows = self.rows
        rng.shuffle(rows)
        pref = {
            "account": "acct",
            "applicant": "appl",
            "contractor": "ctr",
            "employee": "emp",
        }
        for i, r in enumerate(rows):
            r.id = f"{pref[r.kind]}-{i + 1:06d}"
        opened = []

        def writer(name, header):
            fh = open(os.path.join(bdir, name), "w", newline="", encoding="utf-8")
            opened.append(fh)
            w = csv.writer(fh)
            w.writerow(header)
            return w

        ws = writer(
            "subjects.csv",
            [
                "id",
                "kind",
                "full_name",
                "email",
                "phone",
                "address",
                "country",
                "birth_date",
                "national_id",
                "photo",
                "resume",
                "profiles",
                "employer",
                "created_at",
                "recovery_email",
                "recovery_phone",
                "signup_ip",
                "source",
                "headline",
                "phone_line_type",
                "kyc_status",
            ],
        )
        wl = writer(
            "logins.csv",
            [
                "subject_id",
                "ts",
                "ip",
                "device_id",
                "user_agent",
                "country",
                "outcome",
                "source_proxy",
                "asn",
                "network_owner",
                "city",
                "latitude",
                "longitude",
                "risk_level",
                "event_type",
                "session_id",
                "event_id",
            ],
        )
        wp = writer(
            "payments.csv",
            [
                "subject_id",
                "ts",
                "amount",
                "currency",
                "method",
                "destination",
                "chain",
                "memo",
                "payer",
            ],
        )
        wsh = writer(
            "shipments.csv",
            ["subject_id", "ts", "asset", "address", "item", "carrier", "recipient"],
        )
        wd = writer(
            "domains.csv",
            [
                "domain",
                "company",
                "registered_at",
                "registrant_email",
                "ip",
                "nameservers",
            ],
        )
        fe = open(os.path.join(bdir, "endpoint.jsonl"), "w", encoding="utf-8")
        opened.append(fe)
        seen_dom = set()
        for d in self.domains:
            if d[0] not in seen_dom:
                seen_dom.add(d[0])
                wd.writerow(d)
        phone_style = Weighted({"e164": 45, "intl": 25, "national": 30})
        truth = []
        for r in rows:
            p = r.p
            tags = list(r.tags)
            al = p.alias[1] if (p.alias and r.t >= p.alias[0]) else {}
            fam = al.get("family", p.family)
            cc = al.get("country", p.country)
            addr = al.get("addr", p.addr)
            k = r.kind
            name = self.name_for(p, r, fam)
            email = r.over.get("email") or al.get("email") or p.email
            if k == "applicant" and p.alt_email and rng.p(0.12):
                email = p.alt_email
            if rng.p(0.003):
                email = rng.pick([email.upper(), f" {email}", email.capitalize()])
            ph = r.over.get("phone") or al.get("phone") or p.phone
            phone = ""
            if rng.p({"account": 0.55, "applicant": 0.9}.get(k, 0.98)):
                phone = self.fmt_phone(ph, cc, phone_style.draw(rng))
                if rng.p(0.0004):
                    phone = rng.pick(["n/a", "none", "-"])
            address = ""
            if k in ("contractor", "employee"):
                address = self.fmt_address(addr, "full")
            elif rng.p(0.35 if k == "account" else 0.7):
                address = self.fmt_address(
                    addr, "full" if rng.p(0.5 if k == "account" else 0.55) else "city"
                )
            kyc = k in ("contractor", "employee") or (
                k == "account" and r.pay and rng.p(0.7)
            )
            spec, ptags = self.photo_for(r)
            photo = self.write_photo(spec) if spec is not None else ""
            if spec is not None and not p.fraud:
                tags += ptags
            has_res = (
                rng.p({"applicant": 0.92, "account": 0.12}.get(k, 0.08))
                and getattr(p, "headline", None) is None
            )
            resume = self.resume_for(r, fam) if has_res else ""
            if has_res and p.resume_kind == "generic" and not p.fraud:
                tags.append("honest_generic_resume")
            signup = ""
            rec_e = rec_p = ""
            if k == "account":
                src = getattr(p, "signup_src", None)
                if src is not None and rng.p(0.8):
                    r.signup_rec = src.get(rng, r.t)
                else:
                    r.signup_rec = self.pick_rec(p.seg_at(r.t).src, r.t)
                signup = r.signup_rec[0]
                re_ = (
                    r.over["recovery_email"]
                    if "recovery_email" in r.over
                    else p.recovery_email
                )
                rec_e = re_ or ""
                if p.recovery_phone is not None:
                    rec_p = self.fmt_phone(
                        p.recovery_phone, cc, "e164" if rng.p(0.7) else "intl"
                    )
            headline = ""
            if k == "account":
                headline = getattr(p, "headline", None) or (self.seniority(p) + p.role)
            src_name = {
                "account": "marketplace",
                "applicant": "ats",
                "contractor": "contractor_onboarding",
                "employee": "eor_onboarding",
            }[k]
            ws.writerow(
                (
                    r.id,
                    k,
                    name,
                    email,
                    phone,
                    address,
                    cc,
                    p.birth if kyc else "",
                    p.nid if kyc else "",
                    photo,
                    resume,
                    self.profiles_for(p, r),
                    r.company.name if r.company is not None else "",
                    iso_s(r.t),
                    rec_e,
                    rec_p,
                    signup,
                    src_name,
                    headline,
                    p.phone_type if (phone and k != "applicant") else "",
                    ("verified" if rng.p(0.97) else "manual_review")
                    if k in ("contractor", "employee")
                    else "",
                )
            )
            r.ep_dev = None
            e = None
            if r.laptop:
                e = self.endpoint_profile(r, tags)
                r.ep_dev = (e["id"], e["ua"], e["os"])
                if not p.fraud and r.ship_to is r.company.office:
                    tags.append("honest_office_shipping")
            if r.logins:
                self.emit_logins(r, wl, tags)
            if r.pay:
                self.emit_payments(r, wp, tags)
            if e is not None:
                self.emit_endpoint(r, e, fe)
                self.emit_shipments(r, e, wsh)
            if p.fraud:
                kinds = []
                for t_ in p.tags + tags:
                    if t_ not in kinds:
                        kinds.append(t_)
                truth.append((r.id, 1, ";".join(kinds)))
            else:
                kinds = []
                for t_ in p.tags + tags:
                    if t_ not in kinds:
                        kinds.append(t_)
                if len(p.rows) > 1:
                    kinds.append("honest_multi_row")
                if p.country in ASIA_EEUROPE:
                    kinds.append("honest_asia_or_eeurope")
                if not [
                    x
                    for x in kinds
                    if x not in ("honest_multi_row", "honest_asia_or_eeurope")
                ]:
                    kinds.insert(0, "honest_regular")
                truth.append((r.id, 0, ";".join(kinds)))
        for fh in opened:
            fh.close()
        with open(
            os.path.join(out, "truth.csv"), "w", newline="", encoding="utf-8"
        ) as fh:
            w = csv.writer(fh)
            w.writerow(["subject_id", "fraud", "kind"])
            w.writerows(truth)
        return truth


def generate(out, n=20000, seed=1):
    g = Gen(n, seed)
    g.build()
    return g.emit(out)
