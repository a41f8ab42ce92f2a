"""World 15: an MSSP / insider-risk service pooling its client companies' exports.

`python -m bench.worlds15 OUTDIR --subjects N --seed S` writes, into OUTDIR:

- ``vendor/``: what the clients send, in their vendors' own formats: ATS candidate exports and
  HRIS worker exports (CSV, three ATS and three HRIS layouts), payroll registers (three layouts),
  the IT asset team's laptop shipping log (CSV), Okta System Log (JSON Lines from a paging
  script, or the API's JSON array pages), Microsoft Entra sign-ins (Graph ``auditLogs/signIns``
  pages, or diagnostic-settings records), osquery result logs (event, snapshot and batch forms);
- ``mappings/``: the MSSP's ``ringwatch import csv`` mapping files;
- ``identity_map.csv``: the MSSP's directory join (work UPN, IdP user id, laptop host uuid and
  hostname, guest UPNs of MSP technicians -> subject id);
- ``attachments/``: photos and resumes the ATS/HRIS exports name (copied into the bundle);
- ``direct/domains.csv``: a contract table written directly (client and front-company domains);
- ``imports.json``: the ordered import commands (relative paths), for measure.py;
- ``truth.csv``: ``subject_id,fraud,kind,ring``.

Subject ids are the MSSP's keys ``<tenant>-<local id>`` that the collector adds to every ATS/HRIS
row (column ``MSSP Key``); the subjects table is created from those CSVs, so the scan outputs
exactly these ids.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import io
import json
import math
import os
import random
import shutil
import sys
import uuid
from pathlib import Path

from . import catalog as C

WINDOW_START = dt.datetime(2026, 10, 5, tzinfo=dt.timezone.utc)
WINDOW_DAYS = 28
SSN_SALT = "mssp-northwind-2026"
UTC = dt.timezone.utc


def wchoice(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def h(s: str, n: int = 32) -> str:
    return hashlib.sha256(s.encode()).hexdigest()[:n]


def iso(t: dt.datetime, ms=True) -> str:
    t = t.astimezone(UTC)
    if ms:
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


# ============================================================================================
# networks


class Net:
    """Allocates invented public IPv4 addresses inside real operators' typical first octets."""

    PRIVATE = [(10,), (127,), (169, 254), (192, 168), (0,)]

    def __init__(self, rng):
        self.rng = rng
        self.used = set()
        self.info = {}

    def _second(self, key, first):
        r = self.rng
        if first == 172:
            return r.choice([56, 57, 58, 59]) if key == "tmobile" else r.choice([104, 105])
        if first == 100:
            return r.randint(0, 63)
        if first == 174 and key == "vzw":
            return r.randint(192, 255)
        if first == 166:
            return r.randint(137, 205)
        return r.randint(1, 254)

    def new(self, key, city=None, proxy=None):
        asn, org, isp, domain, firsts, klass = C.NETWORKS[key]
        while True:
            first = self.rng.choice(firsts)
            ip = f"{first}.{self._second(key, first)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"
            if ip not in self.used:
                break
        self.used.add(ip)
        self.info[ip] = dict(ip=ip, key=key, asn=asn, org=org, isp=isp, domain=domain, klass=klass,
                             city=city, proxy=proxy)
        return ip


def us_place(rng, city=None):
    c = city or rng.choice(C.US_CITIES)
    return dict(city=c[0], state=c[1], state_name=c[2], zip3=c[3], lat=c[4], lon=c[5], area=c[6], country="US")


def foreign_place(rng, cc):
    c = rng.choice(C.FOREIGN[cc])
    return dict(city=c[0], state=c[1], state_name=c[1], zip3="", lat=c[2], lon=c[3], area=[], country=cc)


def geo_of(place):
    return dict(city=place["city"], state=place.get("state_name", place["state"]),
                country=place["country"], lat=place["lat"], lon=place["lon"])


# ============================================================================================
# people


class World:
    def __init__(self, n_subjects: int, seed: int, out: Path):
        self.N = n_subjects
        self.seed = seed
        self.rng = random.Random(seed * 1_000_003 + 15)
        self.out = out
        self.net = Net(random.Random(seed * 7 + 1))
        self.emails = set()
        self.phones = set()
        self.work_emails = set()
        self.ssns = set()
        self.subjects = []          # dicts
        self.truth = {}             # id -> (fraud, kinds(list), ring)
        self.people = []
        self.photo_jobs = {}        # filename -> (seed, variant)
        self.resumes = {}           # filename -> text
        self.domains = []
        self.extra_unmatched = 0

    # ---------------------------------------------------------------------------- ids
    def uid(self):
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def okta_uid(self):
        alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        return "00u" + "".join(self.rng.choice(alphabet) for _ in range(17))

    # ---------------------------------------------------------------------------- person parts
    def name(self, origin):
        r = self.rng
        first = r.choice(C.FIRST[origin])
        last = r.choice(C.LAST[origin])
        return first, last

    def street(self, place, style=0, unit=None, number=None, street=None, suffix=None):
        r = self.rng
        number = number or r.randint(100, 9899)
        street = street or r.choice(C.STREETS)
        suffix = suffix or r.choice(C.STREET_SUFFIX)
        suf = suffix[0] if style % 2 == 0 else suffix[1]
        s = f"{number} {street} {suf}"
        if unit:
            s += [f", Apt {unit}", f" #{unit}", f" Unit {unit}", f", Apt. {unit}"][style % 4]
        return s, dict(number=number, street=street, suffix=suffix, unit=unit)

    def us_address(self, place=None, unit_p=0.35):
        r = self.rng
        place = place or us_place(r)
        unit = None
        if r.random() < unit_p:
            unit = r.choice([str(r.randint(1, 40) * 100 + r.randint(1, 20)), f"{r.randint(1, 9)}{r.choice('ABCDEF')}"])
        zipc = place["zip3"] + f"{r.randint(1, 99):02d}"
        line, parts = self.street(place, unit=unit)
        parts.update(place=place, zip=zipc)
        return self.fmt_address(parts, 0), parts

    def fmt_address(self, parts, style):
        p = parts["place"]
        suf = parts["suffix"][0] if style % 2 == 0 else parts["suffix"][1]
        base = f"{parts['number']} {parts['street']} {suf}"
        unit = parts.get("unit")
        if unit:
            base += [f", Apt {unit}", f" #{unit}", f" Unit {unit}", f", Apt. {unit}"][style % 4]
        if p["country"] != "US":
            return f"{base}, {p['city']}, {C.COUNTRY_NAME[p['country']]}"
        if style == 2:
            return f"{base} {p['city']} {p['state']} {parts['zip']}"
        if style == 3:
            return f"{base}, {p['city']}, {p['state_name']} {parts['zip']}"
        if style == 4:
            return f"{base.upper()}, {p['city'].upper()}, {p['state']} {parts['zip']}-{self.rng.randint(1000, 9999)}"
        return f"{base}, {p['city']}, {p['state']} {parts['zip']}"

    def foreign_address(self, cc):
        r = self.rng
        place = foreign_place(r, cc)
        parts = dict(number=r.randint(1, 300), street=r.choice(C.STREETS), suffix=r.choice(C.STREET_SUFFIX),
                     unit=str(r.randint(101, 2405)) if r.random() < 0.6 else None, place=place, zip="")
        if cc == "KR":
            s = f"{r.randint(1, 120)}, {r.choice(['Teheran-ro', 'Gangnam-daero', 'Sejong-daero', 'Olympic-ro', 'Hangang-daero'])} {r.randint(1, 600)}-gil, {place['city']}"
        elif cc == "PH":
            s = f"{r.randint(1, 300)} {r.choice(['Rizal', 'Mabini', 'Bonifacio', 'Osmena', 'Luna'])} St., Brgy. {r.choice(['San Antonio', 'Poblacion', 'Santo Nino', 'Lahug', 'Kamuning'])}, {place['city']}"
        else:
            s = self.fmt_address(parts, 0)
        return s, parts

    def phone(self, place, kind="mobile"):
        r = self.rng
        while True:
            if place["country"] == "US" or kind == "voip":
                area = r.choice(place["area"]) if place.get("area") else r.choice(r.choice(C.US_CITIES)[6])
                e164 = f"+1{area}{r.randint(2, 9)}{r.randint(0, 9)}{r.randint(1, 9)}{r.randint(0, 9999):04d}"
            elif place["country"] == "PH":
                e164 = f"+639{r.choice(['17', '18', '27', '55', '66', '95'])}{r.randint(1000000, 9999999)}"
            elif place["country"] == "KR":
                e164 = f"+8210{r.randint(2000, 9999)}{r.randint(1000, 9999)}"
            elif place["country"] == "IN":
                e164 = f"+91{r.choice(['98', '99', '97', '90'])}{r.randint(10000000, 99999999)}"
            elif place["country"] == "VN":
                e164 = f"+849{r.randint(10000000, 99999999)}"
            elif place["country"] == "PL":
                e164 = f"+485{r.randint(10000000, 99999999)}"
            elif place["country"] == "CA":
                e164 = f"+1416{r.randint(2, 9)}{r.randint(100000, 999999)}"
            elif place["country"] == "GB":
                e164 = f"+447{r.choice('45789')}{r.randint(10000000, 99999999)}"
            elif place["country"] == "MX":
                e164 = f"+5255{r.randint(10000000, 99999999)}"
            elif place["country"] == "JP":
                e164 = f"+8190{r.randint(10000000, 99999999)}"
            elif place["country"] == "DE":
                e164 = f"+49151{r.randint(10000000, 99999999)}"
            else:
                e164 = f"+1{r.choice(['212', '415', '312'])}{r.randint(2, 9)}{r.randint(100000, 999999)}"
            if e164 not in self.phones:
                self.phones.add(e164)
                return e164

    def fmt_phone(self, e164, style=None):
        r = self.rng
        style = r.randint(0, 4) if style is None else style
        if e164.startswith("+1") and len(e164) == 12:
            d = e164[2:]
            return [f"({d[:3]}) {d[3:6]}-{d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", e164, f"{d}", f"+1 {d[:3]}.{d[3:6]}.{d[6:]}"][style]
        if style in (0, 1) and e164.startswith("+63"):
            return "0" + e164[3:]
        if style in (0, 1) and e164.startswith("+82"):
            d = e164[3:]
            return f"0{d[:2]}-{d[2:6]}-{d[6:]}"
        return e164

    def personal_email(self, first, last, dob_year, fraud=False):
        r = self.rng
        f, l = first.lower().replace("-", "").replace(" ", ""), last.lower().replace(" ", "")
        domains = [("gmail.com", 55), ("yahoo.com", 10), ("outlook.com", 10), ("hotmail.com", 7), ("icloud.com", 10),
                   ("aol.com", 2), ("proton.me", 3), ("comcast.net", 3)]
        if fraud:
            domains = [("gmail.com", 55), ("outlook.com", 20), ("proton.me", 8), ("hotmail.com", 8), ("yahoo.com", 5), ("mail.com", 4)]
        for _ in range(50):
            pat = r.randint(0, 7)
            if pat == 0:
                local = f"{f}.{l}"
            elif pat == 1:
                local = f"{f}{l}{r.randint(1, 99)}"
            elif pat == 2:
                local = f"{f[0]}{l}{str(dob_year)[2:]}"
            elif pat == 3:
                local = f"{f}_{l}"
            elif pat == 4:
                local = f"{f}.{l}{dob_year}"
            elif pat == 5:
                local = f"{l}.{f}{r.randint(1, 9)}"
            elif pat == 6:
                local = f"{f}{r.choice(['dev', 'codes', 'tech', 'works', 'x', 'pro'])}{r.randint(1, 999)}"
            else:
                local = f"{f[0]}.{l}{r.randint(10, 9999)}"
            e = f"{local}@{wchoice(r, domains)}"
            if e not in self.emails:
                self.emails.add(e)
                return e
        e = f"{f}.{l}.{self.uid()[:6]}@gmail.com"
        self.emails.add(e)
        return e

    def work_email(self, first, last, domain):
        f = first.lower().replace("-", "").replace(" ", "")
        l = last.lower().replace(" ", "")
        base = f"{f}.{l}@{domain}"
        i = 2
        e = base
        while e in self.work_emails:
            e = f"{f}.{l}{i}@{domain}"
            i += 1
        self.work_emails.add(e)
        return e

    def ssn(self):
        r = self.rng
        while True:
            s = f"{r.randint(1, 899):03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
            if not s.startswith("666") and s not in self.ssns:
                self.ssns.add(s)
                return s

    def dob(self, lo=22, hi=64):
        r = self.rng
        age = r.randint(lo, hi)
        return dt.date(2026 - age, r.randint(1, 12), r.randint(1, 28))

    def gateway_mac(self):
        r = self.rng
        return r.choice(C.GATEWAY_OUI) + ":" + ":".join(f"{r.randint(0, 255):02x}" for _ in range(3))

    def new_photo(self, tag, base=None, variant=0):
        """Register a photo file. base: the seed of the face; variant > 0: an edited copy."""
        fname = f"attachments/photos/{tag}.jpg"
        self.photo_jobs[fname] = (base if base is not None else self.rng.getrandbits(40), variant)
        return fname

    # ---------------------------------------------------------------------------- person
    def person(self, origin=None, place=None, country="US", age=(22, 64), sex=None):
        """A real human being (honest, or the owner of a stolen/rented identity)."""
        r = self.rng
        if origin is None:
            origin = wchoice(r, C.US_ORIGIN_MIX) if country == "US" else {
                "KR": "korean", "PH": "filipino", "IN": "indian", "VN": "vietnamese", "PL": "polish",
                "CA": "anglo", "GB": "anglo", "DE": "polish", "MX": "hispanic", "JP": "anglo"}.get(country, "anglo")
        first, last = self.name(origin)
        if country == "US":
            place = place or us_place(r)
            addr, parts = self.us_address(place)
        else:
            addr, parts = self.foreign_address(country)
            place = parts["place"]
        dob = self.dob(*age)
        res_isp = wchoice(r, C.RESIDENTIAL_US) if country == "US" else r.choice(C.FOREIGN_RES[country])
        p = dict(pid=len(self.people), origin=origin, first=first, last=last, place=place, address=addr, addr_parts=parts,
                 country=country, dob=dob, ssn=self.ssn() if country == "US" else "",
                 national=("P" + str(r.randint(10000000, 99999999))) if country != "US" and r.random() < 0.5 else "",
                 phone=self.phone(place), email=self.personal_email(first, last, dob.year),
                 home_ip=self.net.new(res_isp, city=geo_of(place)), home_mac=self.gateway_mac(),
                 mobile=wchoice(r, C.MOBILE_US) if country == "US" else None,
                 bank=("acct:" + h(f"bank{self.seed}-{r.getrandbits(64)}", 24)),
                 photo_seed=r.getrandbits(40), tz=self.tz_of(place),
                 linkedin=f"https://www.linkedin.com/in/{first.lower()}-{last.lower().replace(' ', '')}-{r.getrandbits(24):06x}" if r.random() < 0.7 else "",
                 github=f"https://github.com/{first.lower()[:4]}{last.lower().replace(' ', '')[:6]}{r.randint(1, 99) if r.random() < 0.5 else ''}" if r.random() < 0.35 else "",
                 kbd=self.kbd_of(origin, country), traits=set())
        self.people.append(p)
        return p

    def tz_of(self, place):
        if place["country"] == "US":
            return C.STATE_TZ.get(place["state"], ("America/New_York", -4))
        return (C.TZ_OF[place["country"]], C.UTC_OFFSET[place["country"]])

    def kbd_of(self, origin, country):
        r = self.rng
        layouts = ["en-US"]
        if country == "KR" or (origin == "korean" and r.random() < 0.25):
            layouts.append("ko-KR")
        if country == "VN" or (origin == "vietnamese" and r.random() < 0.15):
            layouts.append("vi-VN")
        if origin == "chinese" and r.random() < 0.2:
            layouts.append("zh-CN")
        if origin == "hispanic" and r.random() < 0.1:
            layouts.append("es-ES")
        if country == "PL" or (origin == "polish" and r.random() < 0.2):
            layouts.append("pl-PL")
        if country == "KR" and r.random() < 0.5:
            layouts.remove("en-US")
        return layouts

    # ============================================================================ clients
    def make_clients(self):
        r = self.rng
        n = max(30, min(60, round(self.N / 350)))
        self.clients = []
        specials = [("msp", "Northgate Managed IT", "northgatemsp.com", 0.012),
                    ("staffing", "Keystone Tech Staffing", "keystonetechstaff.com", 0.012),
                    ("callcentre", "BrightPath Contact Solutions", "brightpathcx.com", 0.06),
                    ("hospital", "St. Brendan Regional Health", "stbrendanhealth.org", 0.075),
                    ("university", "Lakeshore State University", "lsu-lakeshore.edu", 0.065)]
        sectors = [("software", 30), ("fintech", 16), ("healthcare", 10), ("retail", 12), ("web3", 5), ("data", 8),
                   ("manufacturing", 8), ("media", 6), ("insurance", 5)]
        words1 = ("Blue Bright Cedar Summit North Silver Granite Harbor Iron Clear True Open Swift Quantum Pioneer "
                  "Evergreen Atlas Beacon Copper Lumen Vertex Orbit Nimbus Keel Prairie Redwood Solace Tidal Ember "
                  "Aurora Cobalt Falcon Juniper Meridian Onyx Polar Sable Terra Vanta Willow Zephyr Apex Crest Delta "
                  "Fable Halo Indigo Kestrel Lark Mosaic Nova Opal Pike Quill Rune Sage").split()
        words2 = {"software": ["Labs", "Software", "Cloud", "Systems", "AI", "Data"], "fintech": ["Pay", "Financial", "Capital", "Ledger"],
                  "healthcare": ["Health", "Care", "Medical", "Bio"], "retail": ["Outfitters", "Goods", "Market", "Home"],
                  "web3": ["Chain", "Protocol", "Labs"], "data": ["Analytics", "Insights", "Data"], "manufacturing": ["Industries", "Manufacturing", "Works"],
                  "media": ["Media", "Studios", "Publishing"], "insurance": ["Mutual", "Insurance", "Assurance"]}
        used = set()
        sizes = []
        for i in range(n):
            if i < len(specials):
                sec, nm, dom, share = specials[i]
            else:
                sec = wchoice(r, sectors)
                while True:
                    nm = f"{r.choice(words1)} {r.choice(words2[sec])}"
                    if nm not in used:
                        break
                dom = nm.lower().replace(" ", "") + r.choice([".com", ".io", ".co", ".com", ".ai" if sec in ("software", "data") else ".com"])
                share = None
            used.add(nm)
            sizes.append(share)
            place = us_place(r)
            if sec == "callcentre":
                place = us_place(r, next(c for c in C.US_CITIES if c[0] == "Tampa"))
            cl = dict(idx=i, code=f"t{i + 1:02d}", name=nm, domain=dom, sector=sec, place=place)
            cl["idp"] = r.choice(["okta_jsonl", "okta_pages", "entra_graph", "entra_diag"])
            if sec in ("hospital", "university", "callcentre", "msp"):
                cl["idp"] = r.choice(["entra_graph", "entra_diag"])
            cl["ats"] = r.choice(["greenhouse", "lever", "workday_rec"])
            cl["hris"] = r.choice(["workday", "bamboohr", "adp"])
            cl["payroll"] = r.choice(["adp", "gusto"]) if cl["hris"] != "adp" else "adp"
            cl["osquery"] = r.random() < 0.72 or sec in ("msp", "software", "web3")
            cl["zscaler"] = r.random() < 0.22 and sec not in ("msp",)
            cl["corp_vpn"] = (not cl["zscaler"]) and r.random() < 0.3
            cl["vpn_hosting"] = r.choice(["aws", "azure"]) if cl["corp_vpn"] else None
            cl["remote_share"] = {"software": 0.75, "web3": 0.95, "data": 0.7, "fintech": 0.5, "msp": 0.3, "staffing": 0.6,
                                  "callcentre": 0.55, "hospital": 0.05, "university": 0.15, "retail": 0.25,
                                  "manufacturing": 0.15, "media": 0.5, "healthcare": 0.35, "insurance": 0.45}[sec]
            cl["fleet_rmm"] = r.choice(C.FLEET_RMM) if (r.random() < 0.3 or sec == "msp") else None
            cl["okta_verify"] = r.random() < 0.6
            cl["payroll_crypto"] = sec == "web3"
            cl["office_ips"] = [self.net.new(r.choice(["cogent", "lumen", "zayo", "comcastbiz"]), city=geo_of(place)) for _ in range(r.randint(1, 2))]
            cl["office_mac"] = self.gateway_mac()
            cl["office_addr_parts"] = None
            cl["tenant_guid"] = self.uid()
            self.clients.append(cl)
        # sizes: lognormal weights for ordinary clients, fixed shares for the specials
        fixed = sum(s for s in sizes if s)
        weights = [math.exp(r.gauss(0, 1.1)) for _ in range(n)]
        free = [i for i in range(n) if sizes[i] is None]
        tot = sum(weights[i] for i in free)
        for i in range(n):
            self.clients[i]["share"] = sizes[i] if sizes[i] else (1 - fixed) * weights[i] / tot
        # office addresses; two pairs of clients share one multi-tenant office building
        for cl in self.clients:
            _, parts = self.us_address(cl["place"], unit_p=0)
            parts["unit"] = None
            cl["office_addr_parts"] = parts
            cl["floor"] = f"Floor {r.randint(2, 30)}"
        ordinary = [c for c in self.clients if c["sector"] not in ("hospital", "university", "callcentre")]
        for a, b in [(ordinary[5], ordinary[9]), (ordinary[12], ordinary[20])]:
            b["place"] = a["place"]
            b["office_addr_parts"] = dict(a["office_addr_parts"])
            b["floor"] = f"Floor {int(a['floor'].split()[1]) + r.randint(1, 5)}"
            b["office_ips"] = [self.net.new("lumen", city=geo_of(a["place"]))]
            b["shares_building_with"] = a["code"]
            a["shares_building_with"] = b["code"]
        # egress pools
        self.zscaler_pool = [self.net.new("zscaler", city=dict(city=c[0], state=c[2], country="US", lat=c[3], lon=c[4]), proxy=(r.random() < 0.15))
                             for c in C.EGRESS_CITIES for _ in range(max(2, self.N // 4000))]
        for cl in self.clients:
            if cl["corp_vpn"]:
                c = r.choice(C.EGRESS_CITIES)
                cl["vpn_ips"] = [self.net.new(cl["vpn_hosting"], city=dict(city=c[0], state=c[2], country="US", lat=c[3], lon=c[4])) for _ in range(r.randint(1, 3))]
        self.cgnat = {k: [self.net.new(k, city=geo_of(us_place(r))) for _ in range(max(8, self.N // 120))] for k, _ in C.MOBILE_US}
        self.personal_vpn = [self.net.new(r.choice(["m247", "datacamp", "mullvad", "proton"]),
                                          city=dict(city=c[0], state=c[2], country="US", lat=c[3], lon=c[4]), proxy=(r.random() < 0.8))
                             for c in C.EGRESS_CITIES for _ in range(max(2, self.N // 2500))]
        self.astrill = [self.net.new(r.choice(["m247", "vultr", "clouvider", "datacamp"]),
                                     city=dict(city=c[0], state=c[2], country="US", lat=c[3], lon=c[4]), proxy=(r.random() < 0.55))
                        for c in C.EGRESS_CITIES for _ in range(3)]
        uni_place = next(c for c in self.clients if c["sector"] == "university")["place"]
        self.campus_pool = [self.net.new("edu", city=geo_of(uni_place)) for _ in range(max(6, self.N // 900))]
        self.campus_mac = [self.gateway_mac() for _ in range(4)]
        # coworking sites
        self.coworks = []
        for _ in range(max(3, self.N // 2500)):
            pl = us_place(r)
            _, parts = self.us_address(pl, unit_p=0)
            self.coworks.append(dict(parts=parts, name=r.choice(["WeWork", "Industrious", "Regus", "Spaces", "Serendipity Labs"]),
                                     ips=[self.net.new("wework", city=geo_of(pl)) for _ in range(2)], mac=self.gateway_mac(), place=pl))
        # call-centre hubs in the Philippines, the hospital's shared workstations
        self.cc_hubs = []
        for city in ("Cebu City", "Quezon City"):
            pl = dict(foreign_place(r, "PH"))
            pl.update(city=city)
            self.cc_hubs.append(dict(place=pl, ips=[self.net.new("pldt", city=geo_of(pl)) for _ in range(2)], mac=self.gateway_mac()))
        self.seoul_office = None

    # ============================================================================ subjects
    def client_by(self, sector):
        return next(c for c in self.clients if c["sector"] == sector)

    def add_subject(self, cl, kind, person, *, fraud=False, kinds=(), ring="", local=None, name=None,
                    email=None, phone=None, address=None, country=None, dob=None, ssn=None, photo=None,
                    resume=None, profiles=None, created=None, status="Active", account=True):
        r = self.rng
        if local is None:
            if kind == "applicant":
                pre = {"greenhouse": "GH", "lever": "LV", "workday_rec": "JR"}[cl["ats"]]
                local = f"{pre}{r.randint(100000, 9999999)}"
            else:
                pre = {"workday": "W", "bamboohr": "", "adp": "A"}[cl["hris"]]
                local = f"{pre}{r.randint(1000, 999999):06d}"
        sid = f"{cl['code']}-{local}"
        while sid in self.truth:
            local = local + str(r.randint(0, 9))
            sid = f"{cl['code']}-{local}"
        first, last = name if name else (person["first"], person["last"])
        s = dict(id=sid, local=local, client=cl, kind=kind, person=person, first=first, last=last,
                 full_name=f"{first} {last}",
                 email=email if email is not None else person["email"],
                 phone=phone if phone is not None else self.fmt_phone(person["phone"]),
                 address=address if address is not None else person["address"],
                 country=country if country is not None else person["country"],
                 dob=dob if dob is not None else person["dob"],
                 ssn=ssn if ssn is not None else person["ssn"],
                 photo=photo, resume=resume, profiles=profiles, status=status,
                 created=created, account=account and kind != "applicant" and status == "Active",
                 fraud=fraud, tags=set(kinds))
        if created is None:
            if kind == "applicant":
                s["created"] = WINDOW_START - dt.timedelta(days=r.randint(0, 150), hours=r.randint(0, 23), minutes=r.randint(0, 59))
            else:
                years = min(8, r.expovariate(1 / 2.5))
                s["created"] = WINDOW_START - dt.timedelta(days=int(years * 365) + r.randint(7, 30))
        self.subjects.append(s)
        self.truth[sid] = s
        return s

    def applicant_extras(self, s, person, template=None, default_avatar=False):
        """Photo, resume and profiles an ATS export carries."""
        r = self.rng
        cl = s["client"]
        if s["photo"] is None:
            if default_avatar:
                s["photo"] = f"attachments/photos/default_{cl['ats']}.jpg"
                self.photo_jobs.setdefault(s["photo"], (("default", cl["ats"]), 0))
            elif r.random() < 0.45:
                s["photo"] = self.new_photo(f"p{person['pid']}_{s['id']}", base=person["photo_seed"])
        if s["resume"] is None and r.random() < 0.8:
            s["resume"] = self.resume_for(s, person, template)
        if s["profiles"] is None:
            s["profiles"] = ";".join(x for x in (person["linkedin"], person["github"]) if x)

    def resume_for(self, s, person, template=None, body=None):
        r = self.rng
        cl = s["client"]
        track = {"software": "software", "web3": "web3", "data": "data", "fintech": r.choice(["software", "finance"]),
                 "msp": "it", "staffing": "software", "callcentre": "support", "hospital": "clinical",
                 "university": r.choice(["it", "data", "finance"]), "retail": r.choice(["retail", "software"]),
                 "healthcare": r.choice(["clinical", "software"]), "manufacturing": r.choice(["it", "finance"]),
                 "media": r.choice(["software", "data"]), "insurance": r.choice(["finance", "software"])}[cl["sector"]]
        fname = f"attachments/resumes/{s['id']}.txt"
        if body is None:
            skills = r.sample(C.SKILLS[track], k=min(6, len(C.SKILLS[track])))
            summary = template if template else (
                f"{r.choice(['Engineer', 'Specialist', 'Professional', 'Analyst', 'Developer'])} with "
                f"{r.randint(2, 18)} years of experience in {skills[0]} and {skills[1]}. "
                f"{r.choice(['Enjoys', 'Focused on', 'Known for', 'Experienced in'])} {r.choice(['mentoring', 'shipping reliable systems', 'customer outcomes', 'process improvement', 'cross-team projects', 'automation'])}.")
            jobs = r.sample(C.PAST_EMPLOYERS, k=r.randint(2, 3))
            lines = [f"{s['full_name']}", f"{s['email']} | {s['phone']}", "", "SUMMARY", summary, "", "EXPERIENCE"]
            y = 2026
            for j in jobs:
                y0 = y - r.randint(1, 5)
                lines.append(f"{j} -- {r.choice(['Senior ', '', 'Lead ', ''])}{r.choice(['Engineer', 'Analyst', 'Specialist', 'Consultant', 'Associate'])} ({y0}-{y})")
                lines.append(f"- {r.choice(['Built', 'Maintained', 'Improved', 'Led', 'Supported'])} {r.choice(['internal tools', 'customer workflows', 'data pipelines', 'reporting', 'the on-call rotation', 'vendor integrations'])} using {r.choice(skills)}")
                y = y0
            lines += ["", "EDUCATION", f"{r.choice(C.UNIVERSITIES)}, {r.choice(['B.S.', 'B.A.', 'M.S.', 'Associate'])} ({y - r.randint(0, 3)})",
                      "", "SKILLS", ", ".join(skills)]
            text = "\n".join(lines) + "\n"
        else:
            text = body.replace("{NAME}", s["full_name"]).replace("{CONTACT}", f"{s['email']} | {s['phone']}")
        self.resumes[fname] = text
        return fname

    # ---------------------------------------------------------------------------- employee profile
    def equip(self, s, mode=None, os_=None):
        """Give an employee a laptop, network habits and telemetry defaults (honest)."""
        r = self.rng
        cl = s["client"]
        p = s["person"]
        if mode is None:
            mode = "remote" if r.random() < cl["remote_share"] else ("hybrid" if r.random() < 0.6 else "office")
        s["mode"] = mode
        if os_ is None:
            os_ = wchoice(r, [("mac", 45), ("win", 48), ("linux", 7)] if cl["sector"] in ("software", "web3", "data")
                          else [("mac", 15), ("win", 85)])
        model = r.choice({"mac": C.MAC_MODELS, "win": C.WIN_MODELS, "linux": C.LINUX_MODELS}[os_])
        host_uuid = str(uuid.UUID(int=r.getrandbits(128))).upper()
        hostname = f"{cl['code'].upper()}-{'MBP' if os_ == 'mac' else 'LT'}-{r.randint(10000, 99999)}"
        s["dev"] = dict(os=os_, model=model, host_uuid=host_uuid, hostname=hostname,
                        okta_dev=("guo" + h(host_uuid + "okta", 17)) if cl["okta_verify"] else None,
                        entra_dev=str(uuid.UUID(int=r.getrandbits(128))),
                        asset=f"{cl['code'].upper()}-{r.randint(100000, 999999)}",
                        serial=("C02" if os_ == "mac" else "PF") + h(host_uuid, 8).upper())
        s["uid"] = self.okta_uid() if cl["idp"].startswith("okta") else self.uid()
        s["work_email"] = self.work_email(s["first"], s["last"], cl["domain"])
        # network contexts (weights)
        home_ip = p["home_ip"]
        ctx = []
        if mode in ("office", "hybrid"):
            ctx.append((("ip", r.choice(cl["office_ips"])), 6 if mode == "office" else 3))
            s["tags"].add("office_shared")
        if mode in ("remote", "hybrid"):
            ctx.append((("ip", home_ip), 6 if mode == "remote" else 3))
        if p["mobile"] and r.random() < 0.45:
            ctx.append((("mobile", r.choice(self.cgnat[p["mobile"]])), 1))
            s["tags"].add("cgnat_mobile")
        s["ctx"] = ctx
        s["mobile_ua"] = r.choice(["iphone", "android"])
        s["overlay"] = None
        if cl["zscaler"]:
            s["overlay"] = ("zscaler", r.sample(self.zscaler_pool, k=3))
            s["tags"].add("secure_gateway")
        elif cl["corp_vpn"] and r.random() < 0.8:
            s["overlay"] = ("vpn", cl["vpn_ips"])
            s["tags"].add("corp_vpn_hosting")
        s["usb"] = list({"mac": C.USB_MAC_BASE, "win": C.USB_WIN_BASE, "linux": C.USB_LINUX_BASE}[os_])
        s["usb"] += r.sample(C.USB_PERIPH, k=r.randint(0, 3))
        s["procs"] = r.sample(C.APPS_COMMON, k=6)
        if cl["sector"] in ("software", "web3", "data") or os_ == "linux":
            s["procs"] += r.sample(C.APPS_DEV, k=3)
        if cl["zscaler"]:
            s["procs"].append(C.ZSCALER_PROC)
        if cl["corp_vpn"]:
            s["procs"].append(r.choice(C.VPN_PROCS))
        s["rmm"] = []
        if cl["fleet_rmm"]:
            s["rmm"].append(cl["fleet_rmm"])
            s["tags"].add("fleet_rmm_agent")
        s["ports"] = []
        if os_ != "win" and r.random() < 0.3:
            s["ports"].append("22/tcp")
        if cl["sector"] in ("software", "web3", "data") and r.random() < 0.4:
            s["ports"] += r.sample(["3000/tcp", "8080/tcp", "5432/tcp", "6379/tcp", "8000/tcp"], k=2)
        s["sessions"] = []
        s["tz_name"] = p["tz"][0]
        s["utc_off"] = p["tz"][1]
        s["kbd"] = list(p["kbd"])
        s["gw"] = []
        if mode in ("office", "hybrid"):
            s["gw"].append(cl["office_mac"])
        if mode in ("remote", "hybrid"):
            s["gw"].append(p["home_mac"])
        s["hours"] = (8, 18)
        s["n_logins"] = max(1, int(r.lognormvariate(1.7, 0.55)))
        # shipping: office or home
        if mode == "office" or (mode == "hybrid" and r.random() < 0.5):
            parts = dict(cl["office_addr_parts"])
            s["ship_to"] = self.fmt_address(parts, r.randint(0, 3)).replace(",", f", {cl['floor']},", 1) if r.random() < 0.6 else self.fmt_address(parts, r.randint(0, 3))
            s["ship_kind"] = "office"
        else:
            s["ship_to"] = self.fmt_address(p["addr_parts"], r.randint(0, 4)) if p["country"] == "US" else p["address"]
            s["ship_kind"] = "home"
        s["ship_p"] = 0.85 if s["created"] > WINDOW_START - dt.timedelta(days=3 * 365) else 0.35
        # payout
        s["pay"] = ("bank", p["bank"])
        s["remote_help"] = False
        return s

    # ============================================================================ honest world
    def build_honest(self, n_target):
        r = self.rng
        n_app = int(n_target * 0.30)
        n_emp = n_target - n_app
        per_client = {c["code"]: max(3, round(c["share"] * n_emp)) for c in self.clients}
        staffing = self.client_by("staffing")
        msp = self.client_by("msp")
        cc = self.client_by("callcentre")
        hosp = self.client_by("hospital")
        uni = self.client_by("university")
        seoul_client = next(c for c in self.clients if c["sector"] == "software" and c["share"] > 0.015) if any(
            c["sector"] == "software" and c["share"] > 0.015 for c in self.clients) else next(c for c in self.clients if c["sector"] == "software")
        self.seoul_client = seoul_client
        seoul_ips = [self.net.new("kt", city=geo_of(foreign_place(r, "KR"))) for _ in range(2)]
        seoul_mac = self.gateway_mac()
        self.hospital_ws = [dict(id=str(uuid.UUID(int=r.getrandbits(128))), name=f"SBRH-WS-{u}-{i:02d}")
                            for u in ("ICU", "ED", "MEDSURG", "PEDS", "ONC") for i in range(1, 5)]
        emps = []
        for cl in self.clients:
            for _ in range(per_client[cl["code"]]):
                if cl is cc:
                    if r.random() < 0.8:
                        p = self.person(country="PH", age=(20, 45))
                        s = self.add_subject(cl, "employee", p, kinds=["asia_resident"])
                        self.equip(s, mode="remote", os_="win")
                        hub = r.choice(self.cc_hubs)
                        if r.random() < 0.5:       # works from the Cebu / Quezon City hub
                            s["ctx"] = [(("ip", r.choice(hub["ips"])), 6), (("ip", p["home_ip"]), 1)]
                            s["gw"] = [hub["mac"]]
                            s["tags"].add("office_shared")
                        s["procs"] += r.sample(C.APPS_SUPPORT, k=2)
                        s["hours"] = (21, 30)     # US daytime = Manila night
                        s["tags"].add("night_shift")
                        s["pay"] = ("wallet", f"gcash:{p['phone']}") if r.random() < 0.3 else ("bank", p["bank"])
                    else:
                        p = self.person()
                        s = self.add_subject(cl, "employee", p)
                        self.equip(s)
                        s["procs"] += r.sample(C.APPS_SUPPORT, k=2)
                elif cl is hosp:
                    p = self.person()
                    s = self.add_subject(cl, "employee", p)
                    self.equip(s, mode="office", os_="win")
                    s["procs"] += C.APPS_CLINICAL
                    if r.random() < 0.6:              # clinical staff sign in on shared workstations
                        s["shared_ws"] = r.sample(self.hospital_ws, k=r.randint(2, 5))
                        s["tags"].add("shared_workstation")
                        s["dev"] = None               # no personal laptop
                        s["ship_to"] = None
                        if r.random() < 0.35:
                            s["hours"] = (19, 31)
                            s["tags"].add("night_shift")
                elif cl is uni:
                    p = self.person(place=cl["place"] if r.random() < 0.7 else None)
                    s = self.add_subject(cl, "employee", p, kinds=["university_network"])
                    self.equip(s, mode="hybrid")
                    s["ctx"] = [(("ip", r.choice(self.campus_pool)), 6), (("ip", p["home_ip"]), 2)] + [c for c in s["ctx"] if c[0][0] == "mobile"]
                    s["gw"] = [r.choice(self.campus_mac), p["home_mac"]]
                elif cl is seoul_client and r.random() < 0.12:
                    p = self.person(country="KR")
                    s = self.add_subject(cl, "employee", p, kinds=["asia_resident"])
                    self.equip(s, mode="hybrid")
                    s["ctx"] = [(("ip", r.choice(seoul_ips)), 5), (("ip", p["home_ip"]), 3)]
                    s["gw"] = [seoul_mac, p["home_mac"]]
                    s["ship_to"] = f"{r.randint(1, 50)}F, {r.randint(100, 500)} Teheran-ro, Gangnam-gu, Seoul"
                    s["hours"] = (9, 19)
                else:
                    p = self.person()
                    kind = "contractor" if r.random() < 0.07 else "employee"
                    s = self.add_subject(cl, kind, p)
                    self.equip(s)
                    if kind == "contractor":
                        p_ = r.random()
                        if p_ < 0.5:
                            s["pay"] = ("wallet", f"deel:{p['email']}")
                        elif p_ < 0.7:
                            s["pay"] = ("wallet", f"payoneer:{p['email']}")
                        if cl["payroll_crypto"] and r.random() < 0.5:
                            s["pay"] = ("crypto", "0x" + h(f"w{p['pid']}{self.seed}", 40))
                            s["tags"].add("crypto_payroll")
                emps.append(s)
        # MSP technicians sign in to several client tenants as guests and run RMM consoles
        for s in [x for x in emps if x["client"] is msp]:
            s["tags"].add("msp_technician")
            k = r.randint(2, 7)
            s["guest_tenants"] = r.sample([c for c in self.clients if c is not msp], k=k)
            s["rmm"] = list(dict.fromkeys(s["rmm"] + r.sample(["screenconnect", "nable", "teamviewer", "anydesk", "splashtop"], k=3)))
            s["n_logins"] += 6
        # IT / helpdesk staff at every client: remote tools and KVM switches
        for cl in self.clients:
            staff = [x for x in emps if x["client"] is cl and x.get("dev")]
            k = max(1, round(len(staff) * 0.015))
            for s in r.sample(staff, k=min(k, len(staff))):
                s["tags"].add("it_helpdesk")
                s["rmm"] = list(dict.fromkeys(s["rmm"] + r.sample(["anydesk", "teamviewer", "screenconnect", "splashtop", "rustdesk"], k=2)))
                if r.random() < 0.5:
                    s["usb"].append(r.choice(C.USB_KVM_SWITCH))
                if r.random() < 0.12:            # a PiKVM on the IT bench
                    s["usb"].append(C.USB_IPKVM[r.choice(["pikvm", "tinypilot"])])
                    s["tags"].add("ipkvm_it_bench")
                s["ports"].append("3389/tcp")
        # home-lab engineers with an IP-KVM plugged into the work laptop
        eng = [x for x in emps if x.get("dev") and x["client"]["sector"] in ("software", "web3", "data", "msp") and x["mode"] == "remote"]
        for s in r.sample(eng, k=max(1, round(len(eng) * 0.004))):
            s["tags"].add("homelab_ipkvm")
            s["usb"].append(C.USB_IPKVM[r.choice(["pikvm", "tinypilot", "jetkvm", "nanokvm"])])
            if r.random() < 0.5:
                s["rmm"].append(r.choice(["rustdesk", "parsec", "crd"]))
        # staffing-agency contractors placed at clients, paid through the agency
        agencies = [("Keystone Tech Staffing", "acct:" + h(f"agency-keystone{self.seed}", 24)),
                    ("Insight Talent Partners", "acct:" + h(f"agency-insight{self.seed}", 24)),
                    ("Apex Contract Services", "acct:" + h(f"agency-apex{self.seed}", 24))]
        pool = [x for x in emps if x["client"]["sector"] not in ("hospital", "callcentre", "university", "staffing") and x["kind"] == "employee"]
        for s in r.sample(pool, k=round(len(emps) * 0.035)):
            s["kind"] = "contractor"
            ag = r.choice(agencies)
            s["pay"] = ("bank", ag[1])
            s["agency"] = ag[0]
            s["tags"].add("agency_contractor")
        # consumer VPN users, travellers, coworking
        for s in r.sample(emps, k=round(len(emps) * 0.035)):
            if not s.get("dev"):
                continue
            s["ctx"].append((("ip", r.choice(self.personal_vpn)), 2))
            s["procs"].append(r.choice(C.PERSONAL_VPN_PROCS))
            s["tags"].add("personal_vpn")
        for s in r.sample(emps, k=round(len(emps) * 0.03)):
            if not s.get("dev"):
                continue
            cc_ = r.choice(["MX", "JP", "GB", "CA", "DE", "ES", "FR", "KR", "PH", "IN", "AE"])
            pl = foreign_place(r, cc_)
            s["travel"] = (self.net.new(r.choice(C.FOREIGN_RES[cc_]), city=geo_of(pl)), r.randint(0, WINDOW_DAYS - 6), r.randint(2, 6))
            s["tags"].add("traveller")
        remote = [x for x in emps if x.get("dev") and x["mode"] == "remote" and x["person"]["country"] == "US"]
        for s in r.sample(remote, k=round(len(emps) * 0.018)):
            cw = r.choice(self.coworks)
            s["ctx"] = [(("ip", r.choice(cw["ips"])), 5)] + s["ctx"]
            s["gw"].append(cw["mac"])
            s["tags"].add("coworking")
            if r.random() < 0.4:
                s["ship_to"] = f"{cw['name']} c/o {s['full_name']}, " + self.fmt_address(cw["parts"], r.randint(0, 3))
                s["ship_kind"] = "coworking"
        for s in r.sample(emps, k=round(len(emps) * 0.03)):
            if s.get("dev") and "night_shift" not in s["tags"]:
                s["hours"] = (r.choice([20, 22, 23]), r.choice([30, 31, 32]))
                s["tags"].add("night_shift")
        # helpdesk remote-support sessions on ordinary laptops
        for s in r.sample(emps, k=round(len(emps) * 0.02)):
            if s.get("dev"):
                s["remote_help"] = True
                s["rmm"].append(s["client"]["fleet_rmm"] or "screenconnect")
                s["tags"].add("helpdesk_remote_session")
        # households: two earners at different clients at one address
        us = [x for x in emps if x["person"]["country"] == "US" and x.get("dev") and x["kind"] == "employee"]
        r.shuffle(us)
        n_house = round(len(emps) * 0.045 / 2)
        i = 0
        done = 0
        while done < n_house and i + 1 < len(us):
            a, b = us[i], us[i + 1]
            i += 2
            if a["client"] is b["client"] and r.random() < 0.7:
                continue
            pa, pb = a["person"], b["person"]
            old_ip, old_mac = pb["home_ip"], pb["home_mac"]
            pb["address"], pb["addr_parts"], pb["place"] = pa["address"], pa["addr_parts"], pa["place"]
            pb["home_ip"], pb["home_mac"] = pa["home_ip"], pa["home_mac"]
            b["address"] = self.fmt_address(pa["addr_parts"], r.randint(0, 3))
            b["ctx"] = [(((k, pa["home_ip"]) if v == old_ip else (k, v)), wt) for (k, v), wt in b["ctx"]]
            b["gw"] = [pa["home_mac"] if g == old_mac else g for g in b["gw"]]
            if b["ship_kind"] == "home":
                b["ship_to"] = self.fmt_address(pa["addr_parts"], r.randint(0, 4))
            tag = "household"
            if r.random() < 0.6:
                b["last"] = a["last"]
                b["full_name"] = f"{b['first']} {b['last']}"
            if r.random() < 0.3:
                b["pay"] = a["pay"] = ("bank", pa["bank"])
                tag_j = "joint_account"
                a["tags"].add(tag_j)
                b["tags"].add(tag_j)
            if r.random() < 0.08:
                b["phone"] = a["phone"]
                a["tags"].add("shared_family_phone")
                b["tags"].add("shared_family_phone")
            a["tags"].add(tag)
            b["tags"].add(tag)
            done += 1
        # two jobs at two clients (the same person, overemployed honestly)
        cand = [x for x in emps if x["person"]["country"] == "US" and x.get("dev") and x["client"]["sector"] in ("software", "data", "web3", "fintech", "media", "retail", "insurance")]
        for a in r.sample(cand, k=round(len(emps) * 0.006)):
            other = r.choice([c for c in self.clients if c is not a["client"] and c["sector"] not in ("hospital", "callcentre", "university")])
            b = self.add_subject(other, r.choice(["employee", "contractor"]), a["person"], kinds=["two_jobs"])
            self.equip(b, mode="remote")
            a["tags"].add("two_jobs")
            emps.append(b)
        # rehires and name changes: an old (terminated) record and a new one at the same client
        for a in r.sample([x for x in emps if x["person"]["country"] == "US"], k=round(len(emps) * 0.006)):
            old_created = a["created"] - dt.timedelta(days=r.randint(700, 2000))
            nm = None
            tags = ["rehire"]
            if r.random() < 0.35:
                nm = (a["first"], r.choice(C.LAST["anglo"]))      # the old record has the maiden name
                tags.append("name_change")
            old = self.add_subject(a["client"], a["kind"], a["person"], kinds=tags, name=nm, created=old_created, status="Terminated")
            if r.random() < 0.5:
                old["address"] = self.us_address()[0]
                tags.append("moved")
                old["tags"].add("moved")
            old["phone"] = self.fmt_phone(a["person"]["phone"])
            a["tags"].update(tags)
        self.honest_emps = emps
        # ------------------------------------------------------------------ applicants
        apps = []
        n_app = max(0, n_target - len(self.subjects))
        hired_recent = [x for x in emps if x["created"] > WINDOW_START - dt.timedelta(days=200) and x["person"]["country"] in ("US", "PH", "KR")]
        n_app_hired = min(len(hired_recent), round(n_app * 0.12))
        for e in r.sample(hired_recent, k=n_app_hired):
            a = self.add_subject(e["client"], "applicant", e["person"], kinds=["applicant_then_hired"],
                                 created=e["created"] - dt.timedelta(days=r.randint(20, 80), hours=r.randint(-10, 10), minutes=r.randint(0, 59)),
                                 name=(e["first"], e["last"]))
            if r.random() < 0.25:
                a["address"] = self.us_address()[0] if e["person"]["country"] == "US" else a["address"]
                a["tags"].add("moved")
            self.applicant_extras(a, e["person"], default_avatar=r.random() < 0.06)
            e["tags"].add("applicant_then_hired")
            apps.append(a)
        # job seekers (mostly US; some abroad; a few apply to several clients)
        app_clients = [c for c in self.clients]
        app_w = [(c, c["share"] + 0.01) for c in app_clients]
        while len(apps) < n_app:
            country = wchoice(r, [("US", 86), ("IN", 3), ("PH", 3), ("CA", 2), ("KR", 1.5), ("VN", 1), ("PL", 1.5), ("GB", 1), ("MX", 1)])
            p = self.person(country=country, age=(20, 60))
            tags = []
            if country != "US":
                tags.append("asia_resident" if country in ("IN", "PH", "KR", "VN") else "foreign_applicant")
            template = None
            if r.random() < 0.15:
                template = r.choice(C.TEMPLATE_SUMMARIES)
                tags.append("resume_template")
            default_avatar = r.random() < 0.08
            if default_avatar:
                tags.append("default_avatar")
            k = 1
            if r.random() < 0.04:
                k = r.randint(2, 4)
                tags.append("job_seeker_multi")
            for cl in r.sample(app_clients, k=k) if k > 1 else [wchoice(r, app_w)]:
                a = self.add_subject(cl, "applicant", p, kinds=tags)
                self.applicant_extras(a, p, template=template, default_avatar=default_avatar)
                apps.append(a)
                if len(apps) >= n_app:
                    break
        self.honest_apps = apps

    # ============================================================================ fraud world
    def fraud_clients(self):
        w = {"software": 3, "fintech": 3, "web3": 3, "data": 2, "staffing": 2, "msp": 1.5, "healthcare": 1.5, "retail": 1,
             "media": 1, "insurance": 1, "manufacturing": 1, "university": 0.5, "hospital": 0.4, "callcentre": 0.3}
        return [(c, w[c["sector"]] * (0.5 + c["share"] * 20)) for c in self.clients]

    def voip(self):
        r = self.rng
        return self.phone(us_place(r), kind="voip")

    def make_persona(self, ring, stolen=False, origin=None):
        """An identity the operators use: synthetic (invented) or stolen from a real person."""
        r = self.rng
        if stolen and self.victim_pool:
            v = self.victim_pool.pop()
            victim_person = v["person"]
            v["tags"].add("identity_theft_victim")
            per = dict(first=victim_person["first"], last=victim_person["last"], dob=victim_person["dob"], ssn=victim_person["ssn"],
                       address=victim_person["address"], addr_parts=victim_person["addr_parts"], place=victim_person["place"],
                       stolen=True, victim=v["id"])
        else:
            origin = origin or wchoice(r, [("anglo", 70), ("hispanic", 8), ("polish", 5), ("african", 5), ("chinese", 4), ("korean", 2), ("indian", 3), ("vietnamese", 3)])
            first, last = self.name(origin)
            place = us_place(r)
            addr, parts = self.us_address(place)
            per = dict(first=first, last=last, dob=self.dob(24, 45), ssn=self.ssn(), address=addr, addr_parts=parts, place=place,
                       stolen=False, victim=None)
        per["email"] = self.personal_email(per["first"], per["last"], per["dob"].year, fraud=True)
        per["phone"] = self.voip()
        per["bank"] = "acct:" + h(f"fb{self.seed}-{r.getrandbits(64)}", 24)
        per["photo_seed"] = r.getrandbits(40)
        per["ring"] = ring
        handle = f"{per['first'].lower()}{r.choice(['dev', 'codes', '-eng', 'hub', ''])}{r.randint(1, 999)}"
        per["github"] = f"https://github.com/{handle}"
        per["portfolio"] = f"https://{per['first'].lower()}-{per['last'].lower().replace(' ', '')}.{r.choice(['netlify.app', 'vercel.app', 'github.io'])}"
        per["linkedin"] = f"https://www.linkedin.com/in/{per['first'].lower()}-{per['last'].lower().replace(' ', '')}-{r.getrandbits(20):05x}"
        return per

    def persona_subject(self, per, cl, kind, tactic, *, created=None, address=None, phone=None, photo=None, resume_body=None,
                        profiles=None, email=None, country="US"):
        """A subject row a persona produces at one client."""
        r = self.rng
        person = dict(pid=f"f{len(self.subjects)}", first=per["first"], last=per["last"], email=email or per["email"],
                      phone=per["phone"], address=address or per["address"], addr_parts=per["addr_parts"], place=per["place"],
                      country=country, dob=per["dob"], ssn=per["ssn"], bank=per["bank"], home_ip=None, home_mac=None,
                      mobile=None, photo_seed=per["photo_seed"], tz=self.tz_of(per["place"]), kbd=["en-US"],
                      linkedin=per["linkedin"], github=per["github"])
        if created is None:
            created = WINDOW_START - dt.timedelta(days=r.randint(20, 400) if kind != "applicant" else r.randint(0, 120), hours=r.randint(0, 23))
        s = self.add_subject(cl, kind, person, fraud=True, kinds=[tactic], ring=per["ring"], created=created,
                             phone=self.fmt_phone(phone or per["phone"]),
                             ssn=per["ssn"] if (r.random() < 0.8 or per["stolen"]) else "")
        s["ring"] = per["ring"]
        s["persona"] = per
        if kind == "applicant":
            if photo is None and r.random() < 0.6:
                photo = self.new_photo(f"f_{s['id']}", base=per["photo_seed"])
            s["photo"] = photo
            if profiles is None:
                profiles = ";".join(x for x in [per["linkedin"] if r.random() < 0.6 else "", per["github"] if r.random() < 0.7 else "",
                                                per["portfolio"] if r.random() < 0.5 else ""] if x)
            s["profiles"] = profiles
            s["resume"] = self.resume_for(s, person, body=resume_body) if (resume_body or r.random() < 0.7) else None
        else:
            s["photo"] = photo if photo is not None else (self.new_photo(f"f_{s['id']}", base=per["photo_seed"]) if r.random() < 0.5 else None)
        return s

    def equip_fraud(self, s, *, site=None, login_ips=(), vpn_p=0.3, leak_p=0.03, asia_hours_p=0.6, ipkvm=None, rmm=(),
                    kbd_ko_p=0.15, tz_asia_p=0.1, ship_to=None, pay=None, gateway=None, ports=(), sessions_p=0.0):
        """A hired persona's laptop, networks and telemetry. site: the facilitator's farm dict."""
        r = self.rng
        self.equip(s, mode="remote")
        s["tags"] = set(x for x in s["tags"] if False)   # fraud subjects carry only their tactic
        s["tags"].add(s["tactic"])
        ctx = []
        for ip in login_ips:
            ctx.append((("ip", ip), 6))
        if vpn_p > 0:
            ctx.append((("ip", r.choice(self.astrill)), 10 * vpn_p))
        s["ctx"] = ctx or [(("ip", r.choice(self.astrill)), 1)]
        s["leak"] = (self.leak_ips[r.randrange(len(self.leak_ips))], leak_p) if leak_p > 0 else None
        cl = s["client"]
        if not cl["zscaler"] and not (cl["corp_vpn"] and r.random() < 0.8):
            s["overlay"] = None
        if r.random() < asia_hours_p:
            s["hours"] = (r.choice([0, 1, 2]), r.choice([9, 10, 11]))   # China / Russia working day, in UTC
        s["n_logins"] = max(2, int(r.lognormvariate(1.9, 0.5)))
        if r.random() < kbd_ko_p:
            s["kbd"] = ["en-US", "ko-KR"]
        if r.random() < tz_asia_p:
            s["tz_name"] = r.choice(["Asia/Shanghai", "Asia/Vladivostok", "Asia/Pyongyang"])
        if ipkvm:
            s["usb"].append(C.USB_IPKVM[ipkvm])
        s["rmm"] = list(dict.fromkeys(s["rmm"] + list(rmm)))
        s["ports"] = list(ports)
        if gateway:
            s["gw"] = [gateway]
        else:
            s["gw"] = [self.gateway_mac()]
        if "astrill" in rmm:
            pass
        if r.random() < 0.2:
            s["procs"].append(C.ASTRILL_PROC)
        if sessions_p and r.random() < sessions_p:
            host = r.choice(self.astrill + self.hosting_ips)
            s["sessions"].append(host)
        s["ship_to"] = ship_to
        s["ship_kind"] = "fraud"
        s["ship_p"] = 1.0 if ship_to else 0.0
        if pay:
            s["pay"] = pay
        return s

    def build_fraud(self, target):
        r = self.rng
        self.victim_pool = [x for x in self.honest_emps if x["person"]["country"] == "US" and x["person"]["ssn"] and x["status"] == "Active"]
        r.shuffle(self.victim_pool)
        self.leak_ips = [self.net.new("unicom", city=geo_of(foreign_place(r, "CN"))) for _ in range(4)] + \
                        [self.net.new("rostelecom", city=geo_of(foreign_place(r, "RU"))) for _ in range(2)]
        self.hosting_ips = [self.net.new(r.choice(["vultr", "digitalocean", "linode"]), city=dict(city=c[0], state=c[2], country="US", lat=c[3], lon=c[4])) for c in C.EGRESS_CITIES[:5]]
        # front companies / fake recruiters (domains table) used on personas' resumes and profiles
        self.front = []
        for i in range(max(3, target // 60)):
            nm = r.choice(["Cloudvista", "Nexora", "Bluepeak", "Vertexa", "Sunbridge", "Codemint", "Arclight", "Pixelforge",
                           "Zenith Soft", "Taliant", "Brightlane", "Quantix"]) + f" {r.choice(['Solutions', 'Tech', 'Labs', 'Digital', 'Consulting'])}"
            dom = nm.lower().replace(" ", "") + r.choice([".com", ".io", ".tech", ".dev"])
            self.front.append(dict(company=nm + " LLC", domain=dom))
        schedule = [("farm", 14), ("careful_farm", 8), ("applicant_ring", 10), ("payout_ring", 10), ("photo_reuse", 6),
                    ("voip_phone", 6), ("split_ring", 6), ("rented_identity", 6), ("lone_persona", 14),
                    ("front_company", 5), ("reapply_after_fire", 7)]
        n_ring = 0
        counts = {k: 0 for k, _ in schedule}
        # make sure every tactic appears at least once, then draw by weight
        order = [k for k, _ in schedule]
        fraud_n = lambda: sum(1 for s in self.subjects if s["fraud"])
        i = 0
        while i < len(order) or fraud_n() < target:
            tactic = order[i] if i < len(order) else wchoice(r, schedule)
            i += 1
            n_ring += 1
            ring = f"R{n_ring:03d}"
            getattr(self, "ring_" + tactic)(ring, target)
            counts[tactic] += 1
        self.ring_counts = counts

    # ---- ring builders -----------------------------------------------------------------------
    def pick_clients(self, k, exclude=()):
        r = self.rng
        pool = [(c, w) for c, w in self.fraud_clients() if c not in exclude]
        out = []
        while len(out) < k and pool:
            c = wchoice(r, pool)
            out.append(c)
            pool = [(x, w) for x, w in pool if x is not c]
        return out

    def _new_site(self, careful=False):
        """A facilitator's residence hosting a laptop farm."""
        r = self.rng
        place = us_place(r)
        addr, parts = self.us_address(place, unit_p=0.3)
        isp = wchoice(r, C.RESIDENTIAL_US)
        site = dict(parts=parts, place=place, ips=[self.net.new(isp, city=geo_of(place)) for _ in range(1 if careful else r.randint(1, 2))],
                    mac=self.gateway_mac(), kvm=r.choice(["pikvm", "tinypilot", "jetkvm", "nanokvm", "generic", "pikvm", "tinypilot"]),
                    rmm=[wchoice(r, C.FARM_RMM) for _ in range(2)])
        # facilitators sometimes use a mailbox store for some of the shipments
        site["mailbox"] = f"{r.randint(100, 9999)} {r.choice(C.STREETS)} {r.choice(C.STREET_SUFFIX)[0]} Ste {r.randint(100, 400)} PMB {r.randint(100, 999)}, {place['city']}, {place['state']} {parts['zip']}"
        return site

    def _hire(self, per, cl, tactic, **kw):
        r = self.rng
        kind = "contractor" if r.random() < 0.4 else "employee"
        s = self.persona_subject(per, cl, kind, tactic)
        s["tactic"] = tactic
        return s

    def _maybe_applicant(self, per, cl, tactic, p=0.55, **kw):
        if self.rng.random() < p:
            a = self.persona_subject(per, cl, "applicant", tactic, **kw)
            a["tactic"] = tactic
            return a
        return None

    def ring_farm(self, ring, target, careful=False):
        r = self.rng
        tactic = "careful_farm" if careful else "laptop_farm"
        site = self._new_site(careful)
        big = (not careful) and self.N >= 10000 and not getattr(self, "_big_farm_done", False)
        if big:
            self._big_farm_done = True
        n_per = r.randint(18, 28) if big else (r.randint(4, 8) if careful else r.randint(5, 12))
        if self.N < 5000:
            n_per = min(n_per, r.randint(3, 6))
        shared_banks = ["acct:" + h(f"farm{ring}{i}{self.seed}", 24) for i in range(r.randint(1, 3))]
        shared_voip = [self.voip() for _ in range(max(1, n_per // 4))]
        for j in range(n_per):
            per = self.make_persona(ring, stolen=r.random() < 0.35)
            if not careful and r.random() < 0.5:
                per["phone"] = r.choice(shared_voip)
            k_jobs = 1 if r.random() < 0.6 else r.randint(2, 3)     # DPRK workers often hold several jobs
            for cl in self.pick_clients(k_jobs):
                self._maybe_applicant(per, cl, tactic, p=0.4)
                s = self._hire(per, cl, tactic)
                style = r.randint(0, 4)
                ship = self.fmt_address(site["parts"], style) if r.random() < 0.85 else site["mailbox"]
                if not careful and r.random() < 0.3:
                    s["address"] = self.fmt_address(site["parts"], r.randint(0, 4))     # claims to live there
                pay = ("bank", r.choice(shared_banks)) if (not careful and r.random() < 0.7) else ("bank", per["bank"])
                if not careful and r.random() < 0.15:
                    pay = ("wallet", f"payoneer:{per['email']}")
                self.equip_fraud(s, login_ips=site["ips"], vpn_p=0.15 if careful else 0.35, leak_p=0.0 if careful else 0.04,
                                 asia_hours_p=0.35 if careful else 0.6,
                                 ipkvm=(None if careful else (site["kvm"] if r.random() < 0.75 else None)),
                                 rmm=([] if careful else site["rmm"][: r.randint(1, 2)]) + (["crd"] if careful and r.random() < 0.3 else []),
                                 kbd_ko_p=0.0 if careful else 0.12, tz_asia_p=0.0 if careful else 0.08,
                                 ship_to=ship, pay=pay, gateway=site["mac"],
                                 ports=([] if careful else r.sample(["3389/tcp", "5900/tcp", "7070/tcp", "21118/tcp"], k=r.randint(0, 2))),
                                 sessions_p=0.0 if careful else 0.25)

    def ring_careful_farm(self, ring, target):
        self.ring_farm(ring, target, careful=True)

    def ring_applicant_ring(self, ring, target):
        """Personas that only reach the ATS: shared recovery/VOIP phones, reused photos and resumes."""
        r = self.rng
        n_per = r.randint(4, 9)
        voips = [self.voip() for _ in range(r.randint(1, 2))]
        photo_seed = r.getrandbits(40)
        body = self.fraud_resume_body()
        for j in range(n_per):
            per = self.make_persona(ring, stolen=r.random() < 0.2)
            if r.random() < 0.7:
                per["phone"] = r.choice(voips)
            if r.random() < 0.5:
                per["photo_seed"] = photo_seed
            for cl in self.pick_clients(r.randint(1, 3)):
                photo = self.new_photo(f"f_{ring}_{j}_{cl['code']}", base=per["photo_seed"], variant=r.choice([0, 0, 1, 2, 3])) if r.random() < 0.7 else None
                a = self.persona_subject(per, cl, "applicant", "applicant_ring", photo=photo,
                                         resume_body=body if r.random() < 0.7 else None)
                a["tactic"] = "applicant_ring"

    def fraud_resume_body(self, front=None):
        r = self.rng
        skills = r.sample(C.SKILLS[r.choice(["software", "web3", "data"])], k=6)
        front = front or r.choice(self.front)
        jobs = [front["company"]] + r.sample(C.PAST_EMPLOYERS, k=2)
        lines = ["{NAME}", "{CONTACT}", "", "SUMMARY",
                 f"Senior full-stack engineer with {r.randint(7, 12)} years of experience building scalable web and blockchain applications with {skills[0]}, {skills[1]} and {skills[2]}. Passionate about clean code and remote collaboration across time zones.",
                 "", "EXPERIENCE"]
        y = 2026
        for jb in jobs:
            y0 = y - r.randint(2, 4)
            lines.append(f"{jb} -- Senior Software Engineer ({y0}-{y})")
            lines.append(f"- Architected and delivered {r.choice(['a DeFi dashboard', 'an e-commerce platform', 'a real-time analytics service', 'a SaaS billing system'])} using {r.choice(skills)} and {r.choice(skills)}")
            lines.append(f"- Improved performance by {r.randint(30, 70)}% and mentored {r.randint(2, 6)} junior developers")
            y = y0
        lines += ["", "EDUCATION", f"{r.choice(C.UNIVERSITIES[:13])}, B.S. Computer Science ({y - 1})", "", "SKILLS", ", ".join(skills)]
        return "\n".join(lines) + "\n"

    def ring_payout_ring(self, ring, target):
        """Careful: each persona has its own everything except the account its salary goes to."""
        r = self.rng
        dest = r.choice([("bank", "acct:" + h(f"pr{ring}{self.seed}", 24)), ("wallet", f"payoneer:{self.personal_email('pay', 'ops', 1990, fraud=True)}"),
                         ("crypto", "T" + h(f"usdt{ring}", 33))])
        for j in range(r.randint(3, 6)):
            per = self.make_persona(ring, stolen=r.random() < 0.4)
            cl = self.pick_clients(1)[0]
            s = self._hire(per, cl, "payout_ring")
            self.equip_fraud(s, login_ips=[], vpn_p=1.0, leak_p=0.02, asia_hours_p=0.5, rmm=[wchoice(r, C.FARM_RMM)] if r.random() < 0.3 else [],
                             kbd_ko_p=0.05, tz_asia_p=0.05, ship_to=self.fmt_address(per["addr_parts"], r.randint(0, 4)),
                             pay=dest if dest[0] != "crypto" or cl["payroll_crypto"] or s["kind"] == "contractor" else ("bank", "acct:" + h(f"pr{ring}{self.seed}", 24)))

    def ring_photo_reuse(self, ring, target):
        """Careful: only the (AI-edited) face links the personas."""
        r = self.rng
        seed = r.getrandbits(40)
        for j in range(r.randint(3, 5)):
            per = self.make_persona(ring)
            per["photo_seed"] = seed
            cl = self.pick_clients(1)[0]
            photo = self.new_photo(f"f_{ring}_{j}", base=seed, variant=r.choice([0, 1, 2, 3]))
            if r.random() < 0.5:
                a = self.persona_subject(per, cl, "applicant", "photo_reuse", photo=photo)
                a["tactic"] = "photo_reuse"
            else:
                s = self.persona_subject(per, cl, "contractor", "photo_reuse", photo=photo)
                s["tactic"] = "photo_reuse"
                self.equip_fraud(s, vpn_p=1.0, leak_p=0.0, asia_hours_p=0.5, ship_to=self.fmt_address(per["addr_parts"], 0))

    def ring_voip_phone(self, ring, target):
        """Careful: one recovery VOIP number behind several personas, nothing else shared."""
        r = self.rng
        num = self.voip()
        for j in range(r.randint(3, 5)):
            per = self.make_persona(ring)
            cl = self.pick_clients(1)[0]
            if r.random() < 0.6:
                a = self.persona_subject(per, cl, "applicant", "voip_phone", phone=num)
                a["tactic"] = "voip_phone"
            else:
                s = self.persona_subject(per, cl, "employee", "voip_phone", phone=num)
                s["tactic"] = "voip_phone"
                self.equip_fraud(s, vpn_p=0.6, leak_p=0.02, asia_hours_p=0.5, ship_to=self.fmt_address(per["addr_parts"], 0),
                                 login_ips=[self.net.new(wchoice(r, C.RESIDENTIAL_US), city=geo_of(per["place"]))])

    def ring_split_ring(self, ring, target):
        """A chain: each neighbour pair shares one different thing; the ends share nothing."""
        r = self.rng
        n = r.randint(4, 7)
        pers = [self.make_persona(ring, stolen=r.random() < 0.3) for _ in range(n)]
        site = self._new_site(careful=True)
        links = ["phone", "bank", "photo", "address", "ip"]
        for j in range(n - 1):
            kind = links[j % len(links)]
            a, b = pers[j], pers[j + 1]
            if kind == "phone":
                b["phone"] = a["phone"]
            elif kind == "bank":
                b["bank"] = a["bank"]
            elif kind == "photo":
                b["photo_seed"] = a["photo_seed"]
            elif kind == "address":
                a["ship"] = b["ship"] = self.fmt_address(site["parts"], r.randint(0, 4))
            elif kind == "ip":
                a["ip"] = b["ip"] = site["ips"][0]
        for per in pers:
            cl = self.pick_clients(1)[0]
            self._maybe_applicant(per, cl, "split_ring", p=0.5)
            s = self._hire(per, cl, "split_ring")
            s["photo"] = self.new_photo(f"f_{s['id']}", base=per["photo_seed"], variant=r.choice([0, 1]))
            self.equip_fraud(s, login_ips=[per["ip"]] if per.get("ip") else [], vpn_p=0.6, leak_p=0.02,
                             ship_to=per.get("ship") or self.fmt_address(per["addr_parts"], r.randint(0, 4)),
                             pay=("bank", per["bank"]), rmm=[wchoice(r, C.FARM_RMM)] if r.random() < 0.4 else [])

    def ring_rented_identity(self, ring, target):
        """One real American rents out his identity: hired at several clients at once, all worked from abroad."""
        r = self.rng
        renter = self.person()
        renter["traits"].add("renter")
        per = dict(first=renter["first"], last=renter["last"], dob=renter["dob"], ssn=renter["ssn"], address=renter["address"],
                   addr_parts=renter["addr_parts"], place=renter["place"], stolen=True, victim=None, email=renter["email"],
                   phone=renter["phone"], bank=renter["bank"], photo_seed=renter["photo_seed"], ring=ring,
                   github=renter["github"], portfolio="", linkedin=renter["linkedin"])
        n = r.randint(3, 7) if self.N >= 5000 else r.randint(2, 4)
        for k, cl in enumerate(self.pick_clients(n)):
            if r.random() < 0.5:
                per["email"] = self.personal_email(renter["first"], renter["last"], renter["dob"].year, fraud=True)
            s = self._hire(per, cl, "rented_identity")
            self.equip_fraud(s, login_ips=[renter["home_ip"]], vpn_p=0.3, leak_p=0.05, asia_hours_p=0.7,
                             rmm=[wchoice(r, C.FARM_RMM)], ship_to=self.fmt_address(renter["addr_parts"], r.randint(0, 4)),
                             pay=("bank", renter["bank"]), gateway=renter["home_mac"], ipkvm="generic" if r.random() < 0.3 else None)

    def ring_lone_persona(self, ring, target):
        """A single persona with few traits; nothing shared with anyone."""
        r = self.rng
        for j in range(r.randint(1, 3)):
            per = self.make_persona(f"{ring}-{j}", stolen=r.random() < 0.3)
            cl = self.pick_clients(1)[0]
            if r.random() < 0.35:
                a = self.persona_subject(per, cl, "applicant", "lone_persona")
                a["tactic"] = "lone_persona"
                continue
            s = self._hire(per, cl, "lone_persona")
            trait = r.random()
            self.equip_fraud(s, login_ips=[] if trait < 0.5 else [self.net.new(wchoice(r, C.RESIDENTIAL_US), city=geo_of(per["place"]))],
                             vpn_p=1.0 if trait < 0.5 else 0.2, leak_p=0.03 if trait < 0.3 else 0.0,
                             asia_hours_p=0.5, rmm=[wchoice(r, C.FARM_RMM)] if r.random() < 0.35 else [],
                             kbd_ko_p=0.15, tz_asia_p=0.1, ship_to=self.fmt_address(per["addr_parts"], r.randint(0, 4)))

    def ring_front_company(self, ring, target):
        """Personas vouched for by a front company (its site on their profiles, it as last employer)."""
        r = self.rng
        front = r.choice(self.front)
        body = self.fraud_resume_body(front)
        for j in range(r.randint(3, 6)):
            per = self.make_persona(ring)
            per["portfolio"] = f"https://{front['domain']}/team/{per['first'].lower()}-{per['last'].lower().replace(' ', '')}"
            cl = self.pick_clients(1)[0]
            email = f"{per['first'].lower()}.{per['last'].lower().replace(' ', '')}@{front['domain']}" if r.random() < 0.3 else None
            prof = ";".join([per["portfolio"], per["github"]])
            a = self.persona_subject(per, cl, "applicant", "front_company", profiles=prof, resume_body=body, email=email)
            a["tactic"] = "front_company"
            if r.random() < 0.4:
                s = self._hire(per, cl, "front_company")
                self.equip_fraud(s, vpn_p=0.8, leak_p=0.03, rmm=[wchoice(r, C.FARM_RMM)] if r.random() < 0.5 else [],
                                 ship_to=self.fmt_address(per["addr_parts"], 0))

    def ring_reapply_after_fire(self, ring, target):
        """A persona let go at one client comes back under a new name with the same phone and face."""
        r = self.rng
        cl = self.pick_clients(1)[0]
        per1 = self.make_persona(ring)
        s1 = self.persona_subject(per1, cl, "contractor", "reapply_after_fire",
                                  created=WINDOW_START - dt.timedelta(days=r.randint(200, 500)))
        s1["status"] = "Terminated"
        s1["account"] = False
        s1["tactic"] = "reapply_after_fire"
        for j in range(r.randint(1, 2)):
            per = self.make_persona(ring)
            per["phone"] = per1["phone"] if r.random() < 0.6 else per["phone"]
            per["photo_seed"] = per1["photo_seed"]
            target_cl = cl if j == 0 else self.pick_clients(1)[0]
            a = self.persona_subject(per, target_cl, "applicant", "reapply_after_fire",
                                     photo=self.new_photo(f"f_{ring}_{j}", base=per1["photo_seed"], variant=r.choice([0, 2, 3])))
            a["tactic"] = "reapply_after_fire"

    # ============================================================================ writers
    def write_all(self):
        out = self.out
        for d in ("vendor/ats", "vendor/hris", "vendor/payroll", "vendor/shipping", "vendor/okta", "vendor/entra", "vendor/osquery",
                  "mappings", "attachments/photos", "attachments/resumes", "direct"):
            (out / d).mkdir(parents=True, exist_ok=True)
        self.write_people_csvs()
        self.write_photos()
        for fn, text in self.resumes.items():
            (out / fn).write_text(text, encoding="utf-8")
        self.idmap = []
        self.write_logs()
        self.write_osquery()
        self.write_payroll()
        self.write_shipping()
        self.write_identity_map()
        self.write_domains()
        self.write_truth()
        self.write_imports()

    # ---- ATS / HRIS ---------------------------------------------------------------------------
    def write_people_csvs(self):
        r = self.rng
        files = {}

        def w(key, header):
            if key not in files:
                f = open(self.out / f"vendor/{key}.csv", "w", newline="", encoding="utf-8")
                wr = csv.writer(f)
                wr.writerow(header)
                files[key] = (f, wr)
            return files[key][1]

        ats_hdr = {
            "greenhouse": ["Candidate ID", "Candidate Name", "Email", "Phone", "Address", "Country", "Applied At", "Job",
                           "Status", "Source", "Links", "Resume File", "Photo File", "Tenant ID", "Tenant Name", "MSSP Key"],
            "lever": ["Opportunity ID", "Contact Name", "Contact Email", "Contact Phone", "Location", "Country Code", "Created (UTC)",
                      "Posting", "Stage", "Origin", "Links", "Resume", "Avatar", "Tenant ID", "Tenant Name", "MSSP Key"],
            "workday_rec": ["Job_Application_ID", "Candidate_Legal_Name", "Candidate_Email", "Candidate_Phone", "Candidate_Address",
                            "Candidate_Country", "Application_Date", "Job_Requisition", "Candidate_Stage", "Source", "Website_URLs",
                            "Resume_Attachment", "Photo_Attachment", "Tenant_ID", "Tenant_Name", "MSSP_Key"],
        }
        hris_hdr = {
            "workday": ["Employee_ID", "Legal_Name", "Personal_Email", "Work_Email", "Home_Phone", "Home_Address", "Country_ISO",
                        "Date_of_Birth", "SSN_Hash", "Hire_Date", "Worker_Type", "Worker_Status", "Supervisory_Org", "Photo_File",
                        "Tenant_ID", "Tenant_Name", "MSSP_Key"],
            "bamboohr": ["Employee #", "Name", "Personal Email", "Work Email", "Mobile Phone", "Address", "Country", "Birth Date",
                         "SSN (hashed)", "Hire Date", "Employment Status", "Status", "Department", "Photo", "Tenant ID", "Tenant Name", "MSSP Key"],
            "adp": ["Associate ID", "Worker Name", "Personal E-mail", "Work E-mail", "Personal Mobile", "Primary Address", "Country",
                    "Birth Date", "Tax ID (hashed)", "Hire Date", "Worker Category", "Position Status", "Home Department",
                    "Photo", "Tenant ID", "Tenant Name", "MSSP Key"],
        }
        jobs = ["Software Engineer", "Senior Software Engineer", "Data Analyst", "DevOps Engineer", "Customer Support Associate",
                "Registered Nurse", "IT Support Specialist", "Accountant", "Product Designer", "Frontend Developer",
                "Backend Engineer (Remote)", "Blockchain Developer", "QA Engineer", "Store Manager", "Research Assistant"]
        for s in self.subjects:
            cl = s["client"]
            cc = s["country"]
            if s["kind"] == "applicant":
                fmt = cl["ats"]
                wr = w("ats/" + fmt, ats_hdr[fmt])
                applied = s["created"]
                if fmt == "greenhouse":
                    at = applied.strftime("%Y-%m-%d %H:%M:%S")
                elif fmt == "lever":
                    at = iso(applied, ms=False)
                else:
                    at = applied.strftime("%m/%d/%Y %I:%M %p")
                addr = s["address"]
                if r.random() < 0.3 and s["person"].get("place") and not s["fraud"]:
                    pl = s["person"]["place"]
                    addr = f"{pl['city']}, {pl['state']}" if pl["country"] == "US" else f"{pl['city']}, {C.COUNTRY_NAME[pl['country']]}"
                src = r.choice(["LinkedIn", "Company Website", "Indeed", "Referral", "Agency", "AngelList"]) if not s["fraud"] else r.choice(["LinkedIn", "Indeed", "Company Website", "Upwork"])
                row = [s["local"], s["full_name"], s["email"], s["phone"], addr, cc, at, r.choice(jobs),
                       r.choice(["Application Review", "Phone Screen", "Rejected", "Interviewing", "Offer"]), src,
                       s["profiles"] or "", s["resume"] or "", s["photo"] or "", cl["code"], cl["name"], s["id"]]
                wr.writerow(row)
            else:
                fmt = cl["hris"]
                wr = w("hris/" + fmt, hris_hdr[fmt])
                if s["photo"] is None and not s["fraud"] and fmt != "bamboohr" and r.random() < 0.4:
                    s["photo"] = self.new_photo(f"badge_{s['id']}", base=s["person"]["photo_seed"], variant=r.choice([0, 1]))
                nid = h(SSN_SALT + s["ssn"]) if s["ssn"] else ""
                if fmt == "bamboohr" and r.random() < 0.5:
                    nid = ""     # many BambooHR exports leave the tax id out
                work = s.get("work_email", "")
                if fmt == "workday":
                    wt = "Contingent Worker" if s["kind"] == "contractor" else "Employee"
                    row = [s["local"], s["full_name"], s["email"], work, s["phone"], s["address"], cc, s["dob"].strftime("%Y-%m-%d"),
                           nid, s["created"].strftime("%m/%d/%Y"), wt, s["status"], r.choice(["Engineering", "Operations", "Finance", "Clinical", "Support", "IT"]),
                           s["photo"] or "", cl["code"], cl["name"], s["id"]]
                elif fmt == "bamboohr":
                    wt = "Contractor" if s["kind"] == "contractor" else r.choice(["Full-Time", "Full-Time", "Part-Time"])
                    photo = s["photo"] or (f"attachments/photos/bamboohr_default.jpg" if r.random() < 0.5 else "")
                    if photo.endswith("bamboohr_default.jpg"):
                        self.photo_jobs.setdefault(photo, (("default", "bamboohr"), 0))
                        if not s["fraud"]:
                            s["tags"].add("default_avatar")
                    row = [s["local"], s["full_name"], s["email"], work, s["phone"], s["address"], cc, s["dob"].strftime("%m/%d/%Y"),
                           nid, s["created"].strftime("%Y-%m-%d"), wt, s["status"], r.choice(["Engineering", "Ops", "Finance", "Care", "Support"]),
                           photo, cl["code"], cl["name"], s["id"]]
                else:
                    wt = "Independent Contractor" if s["kind"] == "contractor" else "Regular"
                    row = [s["local"], s["full_name"], s["email"], work, s["phone"], s["address"], cc, s["dob"].strftime("%m/%d/%Y"),
                           nid, s["created"].strftime("%m/%d/%Y"), wt, s["status"], r.choice(["ENG", "OPS", "FIN", "CLIN", "SUP"]),
                           s["photo"] or "", cl["code"], cl["name"], s["id"]]
                wr.writerow(row)
        for f, _ in files.values():
            f.close()
        self.people_files = sorted(files)
        m = self.out / "mappings"
        (m / "ats_greenhouse.toml").write_text('''table = "subjects"
[columns]
id = "MSSP Key"
full_name = "Candidate Name"
email = "Email"
phone = "Phone"
address = "Address"
country = "Country"
created_at = "Applied At"
profiles = "Links"
resume = "Resume File"
photo = "Photo File"
employer = "Tenant Name"
[constants]
kind = "applicant"
[dates]
created_at = ["%Y-%m-%d %H:%M:%S"]
[transforms]
email = ["strip", "lower"]
[extras]
prefix = "greenhouse_"
[id]
columns = ["MSSP Key"]
''')
        (m / "ats_lever.toml").write_text('''table = "subjects"
[columns]
id = "MSSP Key"
full_name = "Contact Name"
email = "Contact Email"
phone = "Contact Phone"
address = "Location"
country = "Country Code"
created_at = "Created (UTC)"
profiles = "Links"
resume = "Resume"
photo = "Avatar"
employer = "Tenant Name"
[constants]
kind = "applicant"
[transforms]
email = ["strip", "lower"]
[extras]
prefix = "lever_"
[id]
columns = ["MSSP Key"]
''')
        (m / "ats_workday_rec.toml").write_text('''table = "subjects"
[columns]
id = "MSSP_Key"
full_name = "Candidate_Legal_Name"
email = "Candidate_Email"
phone = "Candidate_Phone"
address = "Candidate_Address"
country = "Candidate_Country"
created_at = "Application_Date"
profiles = "Website_URLs"
resume = "Resume_Attachment"
photo = "Photo_Attachment"
employer = "Tenant_Name"
[constants]
kind = "applicant"
[dates]
created_at = ["%m/%d/%Y %I:%M %p"]
[extras]
prefix = "wdrec_"
[id]
columns = ["MSSP_Key"]
''')
        (m / "hris_workday.toml").write_text('''table = "subjects"
[columns]
id = "MSSP_Key"
kind = "Worker_Type"
full_name = "Legal_Name"
email = "Personal_Email"
phone = "Home_Phone"
address = "Home_Address"
country = "Country_ISO"
birth_date = "Date_of_Birth"
national_id = "SSN_Hash"
created_at = "Hire_Date"
photo = "Photo_File"
employer = "Tenant_Name"
[dates]
created_at = ["%m/%d/%Y"]
[transforms]
kind = [{ map = { "Employee" = "employee", "Contingent Worker" = "contractor" }, default = "employee" }]
email = ["strip", "lower"]
[extras]
prefix = "workday_"
[id]
columns = ["MSSP_Key"]
''')
        (m / "hris_bamboohr.toml").write_text('''table = "subjects"
[columns]
id = "MSSP Key"
kind = "Employment Status"
full_name = "Name"
email = "Personal Email"
phone = "Mobile Phone"
address = "Address"
country = "Country"
birth_date = "Birth Date"
national_id = "SSN (hashed)"
created_at = "Hire Date"
photo = "Photo"
employer = "Tenant Name"
[dates]
birth_date = ["%m/%d/%Y"]
[transforms]
kind = [{ map = { "Full-Time" = "employee", "Part-Time" = "employee", "Contractor" = "contractor" }, default = "employee" }]
[extras]
prefix = "bamboo_"
[id]
columns = ["MSSP Key"]
''')
        (m / "hris_adp.toml").write_text('''table = "subjects"
[columns]
id = "MSSP Key"
kind = "Worker Category"
full_name = "Worker Name"
email = "Personal E-mail"
phone = "Personal Mobile"
address = "Primary Address"
country = "Country"
birth_date = "Birth Date"
national_id = "Tax ID (hashed)"
created_at = "Hire Date"
photo = "Photo"
employer = "Tenant Name"
[dates]
birth_date = ["%m/%d/%Y"]
created_at = ["%m/%d/%Y"]
[transforms]
kind = [{ map = { "Regular" = "employee", "Independent Contractor" = "contractor" }, default = "employee" }]
[extras]
prefix = "adp_"
[id]
columns = ["MSSP Key"]
''')

    # ---- photos ---------------------------------------------------------------------------------
    def write_photos(self):
        from PIL import Image, ImageEnhance
        import numpy as np

        cache = {}

        def face(seed):
            if seed in cache:
                return cache[seed]
            rs = np.random.default_rng(seed)
            base = rs.integers(30, 225, size=(6, 6, 3)).astype("uint8")
            img = Image.fromarray(base, "RGB").resize((72, 72), Image.BICUBIC)
            noise = (rs.normal(0, 6, size=(72, 72, 3))).astype("int16")
            arr = np.clip(np.asarray(img).astype("int16") + noise, 0, 255).astype("uint8")
            im = Image.fromarray(arr, "RGB")
            cache[seed] = im
            return im

        for fname in sorted(self.photo_jobs):
            seed, variant = self.photo_jobs[fname]
            if isinstance(seed, tuple):     # a vendor default avatar: a flat silhouette, identical bytes
                im = Image.new("RGB", (72, 72), (200, 203, 208))
                from PIL import ImageDraw
                d = ImageDraw.Draw(im)
                d.ellipse((24, 12, 48, 36), fill=(150, 155, 162))
                d.ellipse((12, 40, 60, 90), fill=(150, 155, 162))
                if seed[1] == "lever":
                    d.rectangle((0, 0, 71, 3), fill=(120, 130, 240))
            else:
                im = face(seed)
                if variant == 1:       # re-encoded / resized copy
                    im = im.resize((80, 80), Image.BICUBIC)
                elif variant == 2:     # brightened, "enhanced"
                    im = ImageEnhance.Brightness(im).enhance(1.12)
                elif variant == 3:     # cropped and mirrored
                    im = im.crop((3, 3, 69, 69)).transpose(Image.FLIP_LEFT_RIGHT).resize((72, 72))
            p = self.out / fname
            if not p.exists():
                im.save(p, "JPEG", quality=88 if variant != 1 else 80)

    # ---- sign-ins ---------------------------------------------------------------------------------
    def login_times(self, s):
        r = self.rng
        n = s["n_logins"]
        a, b = s["hours"]
        out = []
        for _ in range(n):
            day = r.randint(0, WINDOW_DAYS - 1)
            base = WINDOW_START + dt.timedelta(days=day)
            if base.weekday() >= 5 and r.random() < 0.7:
                base += dt.timedelta(days=2)
            if s["fraud"] and s["hours"][0] < 3:
                hour_utc = r.uniform(a, b)          # already UTC
            else:
                hour_local = r.uniform(a, b)
                hour_utc = hour_local - s["utc_off"]
            t = base + dt.timedelta(hours=hour_utc)
            out.append(t.replace(microsecond=r.randint(0, 999) * 1000))
        return sorted(out)

    def pick_ip(self, s, t):
        r = self.rng
        tr = s.get("travel")
        if tr and tr[1] <= (t - WINDOW_START).days < tr[1] + tr[2]:
            return tr[0], "laptop"
        leak = s.get("leak")
        if leak and r.random() < leak[1]:
            return leak[0], "laptop"
        (kind, ip) = wchoice(r, s["ctx"])
        if kind == "mobile":
            return ip, "mobile"
        ov = s.get("overlay")
        if ov and self.net.info[ip]["klass"] not in ("vpn",) and r.random() < (0.9 if ov[0] == "zscaler" else 0.65):
            return r.choice(ov[1]), "laptop"
        return ip, "laptop"

    def write_logs(self):
        r = self.rng
        by_client = {c["code"]: [] for c in self.clients}
        for s in self.subjects:
            if not s["account"] or "work_email" not in s:
                continue
            cl = s["client"]
            self.idmap.append(dict(subject_id=s["id"], upn=s["work_email"], user_id=s["uid"], device_id="", hostname=""))
            events = []
            for t in self.login_times(s):
                ip, dk = self.pick_ip(s, t)
                events.append((t, s, ip, dk, cl))
            for gcl in s.get("guest_tenants", []):
                guest = f"{s['work_email'].replace('@', '_')}#EXT#@{gcl['code']}tenant.onmicrosoft.com" if gcl["idp"].startswith("entra") else \
                    f"{s['first'].lower()}.{s['last'].lower().replace(' ', '')}.northgate@{gcl['domain']}"
                self.idmap.append(dict(subject_id=s["id"], upn=guest, user_id="", device_id="", hostname=""))
                for _ in range(r.randint(2, 5)):
                    t = WINDOW_START + dt.timedelta(days=r.randint(0, WINDOW_DAYS - 1), hours=r.uniform(13, 23))
                    ip = r.choice(s["client"]["office_ips"]) if r.random() < 0.7 else s["person"]["home_ip"]
                    events.append((t, dict(s, work_email=guest, guest=True, uid=self.uid() if gcl["idp"].startswith("entra") else self.okta_uid()), ip, "laptop", gcl))
            for ev in events:
                by_client[ev[4]["code"]].append(ev)
        # service accounts and a departed admin: identities no subject has (realistic dirt)
        for cl in self.clients:
            for name in ("svc-scim", "svc-backup", "breakglass-admin"):
                if r.random() < 0.5:
                    fake = dict(id=None, work_email=f"{name}@{cl['domain']}", full_name=name, first=name, last="", uid=self.okta_uid() if cl["idp"].startswith("okta") else self.uid(),
                                dev=None, fraud=False, mobile_ua="iphone", service=True, client=cl)
                    for _ in range(r.randint(1, 4)):
                        t = WINDOW_START + dt.timedelta(days=r.randint(0, WINDOW_DAYS - 1), hours=r.uniform(0, 24))
                        by_client[cl["code"]].append((t, fake, r.choice(self.hosting_ips if hasattr(self, "hosting_ips") else cl["office_ips"]), "laptop", cl))
                    self.extra_unmatched += 1
        self.log_files = {"okta": [], "entra": []}
        for cl in self.clients:
            evs = sorted(by_client[cl["code"]], key=lambda e: e[0])
            if not evs:
                continue
            if cl["idp"].startswith("okta"):
                objs = [self.okta_event(*e) for e in evs]
                # a few system events (no user actor) the importer skips
                for _ in range(3):
                    objs.append(self.okta_system_event(cl))
                d = self.out / "vendor/okta" / cl["code"]
                d.mkdir(parents=True, exist_ok=True)
                if cl["idp"] == "okta_jsonl":
                    fn = d / "okta-2026-10.jsonl"
                    with open(fn, "w", encoding="utf-8") as f:
                        for o in objs:
                            f.write(json.dumps(o, separators=(",", ":")) + "\n")
                    self.log_files["okta"].append(fn)
                else:
                    for i in range(0, len(objs), 1000):
                        fn = d / f"page-{i // 1000 + 1:03d}.json"
                        fn.write_text(json.dumps(objs[i:i + 1000]), encoding="utf-8")
                        self.log_files["okta"].append(fn)
            else:
                d = self.out / "vendor/entra" / cl["code"]
                d.mkdir(parents=True, exist_ok=True)
                objs = [self.entra_signin(*e) for e in evs]
                if cl["idp"] == "entra_graph":
                    for i in range(0, len(objs), 1000):
                        page = {"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#auditLogs/signIns", "value": objs[i:i + 1000]}
                        if i + 1000 < len(objs):
                            page["@odata.nextLink"] = f"https://graph.microsoft.com/v1.0/auditLogs/signIns?$skiptoken={h(str(i) + cl['code'], 40)}"
                        fn = d / f"signins-{i // 1000 + 1:03d}.json"
                        fn.write_text(json.dumps(page, indent=1 if i == 0 else None), encoding="utf-8")
                        self.log_files["entra"].append(fn)
                else:
                    fn = d / "insights-logs-signinlogs.json"
                    with open(fn, "w", encoding="utf-8") as f:
                        for o, e in zip(objs, evs):
                            f.write(json.dumps(self.entra_diag(o, cl), separators=(",", ":")) + "\n")
                    self.log_files["entra"].append(fn)

    def ip_geo(self, ip):
        info = self.net.info[ip]
        g = info["city"] or {}
        return info, g

    def outcome(self, s):
        r = self.rng
        x = r.random()
        if s.get("fraud") and x < 0.06:
            return "FAILURE"
        if x < 0.03:
            return "FAILURE"
        if x < 0.09:
            return "CHALLENGE"
        if x < 0.095:
            return "DENY"
        return "SUCCESS"

    def okta_event(self, t, s, ip, dk, cl):
        r = self.rng
        info, g = self.ip_geo(ip)
        dev = s.get("dev")
        shared = s.get("shared_ws")
        if dk == "mobile":
            ua_key = s.get("mobile_ua", "iphone")
        elif dev:
            ua_key = dev["os"]
        else:
            ua_key = "win"
        if s.get("fraud") and info["klass"] in ("vpn", "hosting") and r.random() < 0.6:
            ua_key = r.choice(["win", "firefox_win"])
            dev = None
        os_, br, devtype = C.UA_OS[ua_key]
        out = self.outcome(s)
        etype = {"SUCCESS": "user.session.start", "FAILURE": "user.session.start", "CHALLENGE": "user.authentication.auth_via_mfa",
                 "DENY": "policy.evaluate_sign_on"}[out]
        if out == "SUCCESS" and r.random() < 0.3:
            etype = "user.authentication.sso"
        country_name = C.COUNTRY_NAME.get(g.get("country", "US"), "United States")
        geo = {"city": g.get("city"), "state": g.get("state"), "country": country_name, "postalCode": None,
               "geolocation": {"lat": g.get("lat"), "lon": g.get("lon")}}
        risk = "LOW" if info["klass"] in ("residential", "business", "gateway", "edu", "mobile") else r.choice(["MEDIUM", "HIGH"])
        sid = "102" + h(f"{s['work_email']}{t.date()}{ip}", 22)
        ev = {
            "actor": {"id": s["uid"], "type": "User", "alternateId": s["work_email"], "displayName": s["full_name"], "detailEntry": None},
            "client": {"userAgent": {"rawUserAgent": C.UA[ua_key], "os": os_, "browser": br}, "zone": "null", "device": devtype,
                       "id": None, "ipAddress": ip, "geographicalContext": geo},
            "device": ({"id": dev["okta_dev"], "name": dev["model"], "os_platform": "OSX" if dev["os"] == "mac" else "WINDOWS",
                        "os_version": "14.6.1" if dev["os"] == "mac" else "10.0.22631", "managed": True, "registered": True,
                        "device_integrator": None, "disk_encryption_type": "ALL_INTERNAL_VOLUMES", "screen_lock_type": "BIOMETRIC",
                        "jailbreak": None, "secure_hardware_present": True}
                       if (dev and dev.get("okta_dev") and dk == "laptop") else None),
            "authenticationContext": {"authenticationProvider": None, "credentialProvider": None, "credentialType": None, "issuer": None,
                                      "interface": None, "authenticationStep": 0, "rootSessionId": "idx" + h(sid, 20), "externalSessionId": sid},
            "displayMessage": {"user.session.start": "User login to Okta", "user.authentication.auth_via_mfa": "Authentication of user via MFA",
                               "policy.evaluate_sign_on": "Evaluation of sign-on policy", "user.authentication.sso": "User single sign on to app"}[etype],
            "eventType": etype,
            "outcome": {"result": out, "reason": {"FAILURE": "INVALID_CREDENTIALS", "DENY": "Sign-on policy evaluation resulted in DENY"}.get(out)},
            "published": iso(t),
            "securityContext": {"asNumber": info["asn"], "asOrg": info["org"], "isp": info["isp"], "domain": info["domain"],
                                "isProxy": info["proxy"] if info["proxy"] is not None else (True if info["klass"] == "vpn" and r.random() < 0.5 else False)},
            "severity": "WARN" if out in ("FAILURE", "DENY") else "INFO",
            "debugContext": {"debugData": {"requestId": h(sid + str(t), 27), "requestUri": "/idp/idx/authenticators/poll", "url": "/idp/idx/authenticators/poll?",
                                           "risk": f"{{reasons=, level={risk}}}", "threatSuspected": "false",
                                           "behaviors": "{New Geo-Location=NEGATIVE, New Device=NEGATIVE, New IP=NEGATIVE, New State=NEGATIVE, New Country=NEGATIVE, Velocity=NEGATIVE, New City=NEGATIVE}"}},
            "legacyEventType": "core.user_auth.login_success" if out == "SUCCESS" else "core.user_auth.login_failed",
            "transaction": {"type": "WEB", "id": h(sid + "tx", 27), "detail": {}},
            "uuid": self.uid(),
            "version": "0",
            "request": {"ipChain": [{"ip": ip, "geographicalContext": geo, "version": "V4", "source": None}]},
            "target": [{"id": "0oa" + h(cl["code"] + "app", 17), "type": "AppInstance", "alternateId": "Okta Dashboard", "displayName": "Okta Dashboard", "detailEntry": None}],
        }
        if s.get("service"):
            ev["client"]["userAgent"] = {"rawUserAgent": "okta-sdk-python/2.9.3 python/3.11.4 Linux/5.15", "os": "Linux", "browser": "UNKNOWN"}
        return ev

    def okta_system_event(self, cl):
        t = WINDOW_START + dt.timedelta(hours=self.rng.uniform(0, WINDOW_DAYS * 24))
        return {"actor": {"id": "0oa" + h(cl["code"] + "sys", 17), "type": "SystemPrincipal", "alternateId": "system@okta.com", "displayName": "Okta System", "detailEntry": None},
                "client": {"userAgent": None, "zone": "null", "device": None, "id": None, "ipAddress": None, "geographicalContext": None},
                "device": None, "authenticationContext": {"externalSessionId": "trs" + h(str(t), 20)},
                "displayMessage": "Refresh system log stream", "eventType": "system.log_stream.lifecycle.activate",
                "outcome": {"result": "SUCCESS", "reason": None}, "published": iso(t),
                "securityContext": {"asNumber": None, "asOrg": None, "isp": None, "domain": None, "isProxy": None},
                "severity": "INFO", "debugContext": {"debugData": {}}, "legacyEventType": None, "transaction": {"type": "JOB", "id": h(str(t), 20), "detail": {}},
                "uuid": self.uid(), "version": "0", "request": {"ipChain": []}, "target": None}

    def entra_signin(self, t, s, ip, dk, cl):
        r = self.rng
        info, g = self.ip_geo(ip)
        dev = s.get("dev")
        out = self.outcome(s)
        code, reason = {"SUCCESS": (0, "Other."), "FAILURE": (50126, "Error validating credentials due to invalid username or password."),
                        "CHALLENGE": (50074, "Strong Authentication is required."),
                        "DENY": (53003, "Access has been blocked by Conditional Access policies.")}[out]
        if dk == "mobile":
            os_name, browser, dev_d = ("Ios" if s.get("mobile_ua") == "iphone" else "Android"), "Mobile Safari", None
        elif s.get("shared_ws"):
            ws = r.choice(s["shared_ws"])
            os_name, browser, dev_d = "Windows10", "Edge 129.0.0", dict(deviceId=ws["id"], displayName=ws["name"], isCompliant=True, isManaged=True, trustType="Hybrid Azure AD joined")
        elif dev:
            os_name = {"mac": "MacOs", "win": "Windows10", "linux": "Linux"}[dev["os"]]
            browser = "Chrome 129.0.0"
            dev_d = dict(deviceId=dev["entra_dev"], displayName=dev["hostname"], isCompliant=True, isManaged=True, trustType="Azure AD joined")
        else:
            os_name, browser, dev_d = "Windows10", "Chrome 129.0.0", None
        if s.get("fraud") and info["klass"] in ("vpn", "hosting") and r.random() < 0.6:
            dev_d = None
        risk_events = []
        if info["klass"] == "vpn" and (info["proxy"] or r.random() < 0.3):
            risk_events = ["anonymizedIPAddress"]
        risk = "none"
        if risk_events:
            risk = r.choice(["low", "medium"])
        if s.get("guest") and r.random() < 0.1:
            risk = "hidden"
        ua_key = "win"
        if dk == "mobile":
            ua_key = s.get("mobile_ua", "iphone")
        elif dev:
            ua_key = dev["os"]
        o = {
            "id": self.uid(), "createdDateTime": iso(t, ms=False), "userDisplayName": s["full_name"],
            "userPrincipalName": s["work_email"], "userId": s["uid"], "appId": "4765445b-32c6-49b0-83e6-1d93765276ca",
            "appDisplayName": r.choice(["OfficeHome", "Microsoft Teams", "Office 365 Exchange Online", "Azure Portal", "Windows Sign In"]),
            "ipAddress": ip, "clientAppUsed": "Browser" if dk != "mobile" else "Mobile Apps and Desktop clients",
            "userAgent": C.UA[ua_key], "correlationId": self.uid(), "conditionalAccessStatus": "failure" if out == "DENY" else "success",
            "isInteractive": True, "riskDetail": "none", "riskLevelAggregated": risk, "riskLevelDuringSignIn": risk,
            "riskState": "atRisk" if risk in ("medium", "high") else "none", "riskEventTypes": risk_events, "riskEventTypes_v2": risk_events,
            "resourceDisplayName": "Office 365 Exchange Online", "resourceId": "00000002-0000-0ff1-ce00-000000000000",
            "status": {"errorCode": code, "failureReason": reason, "additionalDetails": None},
            "deviceDetail": {"deviceId": (dev_d or {}).get("deviceId", ""), "displayName": (dev_d or {}).get("displayName", ""),
                             "operatingSystem": os_name, "browser": browser, "isCompliant": (dev_d or {}).get("isCompliant", False),
                             "isManaged": (dev_d or {}).get("isManaged", False), "trustType": (dev_d or {}).get("trustType", "")},
            "location": {"city": g.get("city"), "state": g.get("state"), "countryOrRegion": g.get("country", "US"),
                         "geoCoordinates": {"altitude": None, "latitude": g.get("lat"), "longitude": g.get("lon")}},
            "appliedConditionalAccessPolicies": [],
            "authenticationRequirement": "multiFactorAuthentication" if out == "CHALLENGE" else "singleFactorAuthentication",
            "userType": "guest" if s.get("guest") else "member",
            "autonomousSystemNumber": info["asn"],
            "sessionId": h(f"{s['work_email']}{t.date()}", 8) + "-" + h(str(ip), 4) + "-4" + h("a" + str(ip), 3) + "-8" + h("b" + str(t.date()), 3) + "-" + h(str(t), 12),
            "networkLocationDetails": [{"networkType": "namedNetwork", "networkNames": ["Corporate HQ"]}] if ip in cl["office_ips"] else [],
            "signInEventTypes": ["interactiveUser"],
        }
        return o

    def entra_diag(self, o, cl):
        return {"time": o["createdDateTime"], "resourceId": f"/tenants/{cl['tenant_guid']}/providers/Microsoft.aadiam",
                "operationName": "Sign-in activity", "operationVersion": "1.0", "category": "SignInLogs", "tenantId": cl["tenant_guid"],
                "resultType": str(o["status"]["errorCode"]), "resultSignature": "None", "resultDescription": o["status"]["failureReason"],
                "durationMs": 0, "callerIpAddress": o["ipAddress"], "correlationId": o["correlationId"], "identity": o["userDisplayName"],
                "Level": 4, "location": o["location"]["countryOrRegion"], "properties": o}

    # ---- osquery ----------------------------------------------------------------------------------
    def write_osquery(self):
        r = self.rng
        self.osq_files = []
        by_client = {}
        for s in self.subjects:
            cl = s["client"]
            dev = s.get("dev")
            if not dev or not s["account"] or not cl["osquery"]:
                continue
            self.idmap.append(dict(subject_id=s["id"], upn="", user_id="", device_id=dev["host_uuid"], hostname=dev["hostname"]))
            by_client.setdefault(cl["code"], []).extend(self.osq_lines(s))
        for code in sorted(by_client):
            d = self.out / "vendor/osquery" / code
            d.mkdir(parents=True, exist_ok=True)
            fn = d / "osqueryd.results.log"
            lines = by_client[code]
            lines.sort(key=lambda x: x[0])
            with open(fn, "w", encoding="utf-8") as f:
                for _, line in lines:
                    f.write(line + "\n")
            self.osq_files.append(fn)

    def osq_lines(self, s):
        r = self.rng
        dev = s["dev"]
        win = dev["os"] == "win"
        mac = dev["os"] == "mac"
        out = []
        counter = [0]

        def emit(name, rows, t, form=None):
            ut = int(t.timestamp())
            cal = t.strftime("%a %b ") + f"{t.day:2d}" + t.strftime(" %H:%M:%S %Y UTC")
            deco = {"host_uuid": dev["host_uuid"], "hostname": dev["hostname"]}
            form = form or r.choice(["event", "event", "snapshot", "batch"])
            uts = ut if r.random() < 0.7 else str(ut)
            counter[0] += 1
            if form == "event":
                for row in rows:
                    out.append((ut, json.dumps({"name": name, "hostIdentifier": dev["host_uuid"], "calendarTime": cal, "unixTime": uts, "epoch": 0,
                                                "counter": counter[0], "numerics": False, "decorations": deco, "columns": row, "action": "added"},
                                               separators=(",", ":"))))
            elif form == "snapshot":
                out.append((ut, json.dumps({"snapshot": rows, "action": "snapshot", "name": name, "hostIdentifier": dev["host_uuid"], "calendarTime": cal,
                                            "unixTime": uts, "epoch": 0, "counter": 0, "numerics": False, "decorations": deco}, separators=(",", ":"))))
            else:
                out.append((ut, json.dumps({"name": name, "hostIdentifier": dev["host_uuid"], "calendarTime": cal, "unixTime": uts, "epoch": "0",
                                            "counter": str(counter[0]), "numerics": False, "decorations": deco,
                                            "diffResults": {"added": rows, "removed": []}}, separators=(",", ":"))))

        t0 = WINDOW_START + dt.timedelta(days=r.randint(0, 6), hours=r.uniform(0, 24))
        # system_info
        emit("pack/asset/system_info", [{"hostname": dev["hostname"], "uuid": dev["host_uuid"], "hardware_model": dev["model"],
                                          "computer_name": dev["hostname"], "hardware_vendor": "Apple Inc." if mac else ("Dell Inc." if "Latitude" in dev["model"] or "Precision" in dev["model"] or "XPS" in dev["model"] else "LENOVO"),
                                          "cpu_brand": "Apple M2 Pro" if mac else "13th Gen Intel(R) Core(TM) i7-1365U"}], t0, "snapshot")
        # usb
        usb_rows = [{"vendor": v, "vendor_id": vid, "model": m, "model_id": pid, "serial": ser, "class": "0", "subclass": "0", "protocol": "",
                     "removable": "1" if vid not in ("05ac", "8087") else "0", "usb_address": str(i + 1), "usb_port": str(i + 1), "version": "1.00"}
                    for i, (v, vid, m, pid, ser) in enumerate(s["usb"])]
        emit("pack/Global/All USB devices", usb_rows, t0 + dt.timedelta(minutes=5))
        if r.random() < 0.4:
            emit("pack/Global/All USB devices", usb_rows, t0 + dt.timedelta(days=r.randint(5, 14)), "snapshot")
        # processes
        procs = []
        for wn, mn in s["procs"]:
            procs.append((wn, mn, "C:\\Program Files\\" + wn if win else "/Applications/" + mn + ".app/Contents/MacOS/" + mn))
        for key in s["rmm"]:
            wn, mn, wp, mp, port = C.RMM[key]
            procs.append((wn, mn, wp if win else mp))
            if port and port not in s["ports"]:
                s["ports"].append(port)
        prows = [{"name": (wn if win else mn), "path": path, "pid": str(r.randint(300, 65000))} for wn, mn, path in procs]
        emit("pack_it-ops_processes", prows, t0 + dt.timedelta(minutes=10), r.choice(["event", "batch"]))
        # listening ports
        if s["ports"]:
            emit("pack_it-ops_listening_ports", [{"port": p.split("/")[0], "protocol": "6", "address": "0.0.0.0", "pid": str(r.randint(300, 65000))}
                                                 for p in s["ports"]], t0 + dt.timedelta(minutes=12))
        # remote logins on the machine
        sess = []
        for host in s["sessions"]:
            start = t0 - dt.timedelta(days=r.randint(8, 40))
            sess.append({"user": "admin" if win else s["first"].lower(), "tty": "rdp-tcp#0" if win else "ttys001", "host": host,
                         "time": str(int(start.timestamp())), "pid": str(r.randint(300, 65000)), "type": "user"})
        if s.get("remote_help"):
            start = t0 + dt.timedelta(days=r.randint(1, 10), hours=2)
            sess.append({"user": s["first"].lower(), "tty": "rdp-tcp#1" if win else "ttys002", "host": r.choice(s["client"]["office_ips"]),
                         "time": str(int(start.timestamp())), "pid": str(r.randint(300, 65000)), "type": "user"})
        if sess:
            emit("pack_incident-response_logged_in_users", sess, t0 + dt.timedelta(days=r.randint(0, 3), hours=1), "snapshot")
            if s["sessions"]:
                emit("pack_incident-response_logged_in_users", sess[: len(s["sessions"])], t0 + dt.timedelta(days=r.randint(10, 20)), "snapshot")
        # time zone
        emit("pack/asset/time", [{"local_timezone": s["tz_name"], "timezone": "UTC"}], t0 + dt.timedelta(minutes=1), "snapshot")
        # default gateway(s)
        for i, mac_ in enumerate(s["gw"]):
            emit("pack/network/default_gateway", [{"mac": mac_, "gateway": "192.168.1.1" if i == 0 else "10.0.0.1", "interface": "en0" if not win else "Wi-Fi"}],
                 t0 + dt.timedelta(days=i * r.randint(1, 7), minutes=3))
        # keyboard layouts
        if mac:
            rows = [{"domain": "com.apple.HIToolbox", "key": "AppleCurrentKeyboardLayoutInputSourceID",
                     "value": {"en-US": "com.apple.keylayout.US", "ko-KR": "com.apple.inputmethod.Korean.2SetKorean", "vi-VN": "com.apple.keylayout.Vietnamese",
                               "zh-CN": "com.apple.inputmethod.SCIM.ITABC", "es-ES": "com.apple.keylayout.Spanish", "pl-PL": "com.apple.keylayout.PolishPro"}[k],
                     "subkey": "", "forced": "0", "username": s["first"].lower()} for k in s["kbd"]]
        else:
            klid = {"en-US": "00000409", "ko-KR": "00000412", "vi-VN": "0000042a", "zh-CN": "00000804", "es-ES": "0000040a", "pl-PL": "00000415"}
            rows = [{"key": "HKEY_USERS\\S-1-5-21-" + h(dev["host_uuid"], 8) + "\\Keyboard Layout\\Preload", "path": f"HKEY_USERS\\S-1-5-21-{h(dev['host_uuid'], 8)}\\Keyboard Layout\\Preload\\{i + 1}",
                     "name": str(i + 1), "type": "REG_SZ", "data": klid[k], "mtime": "1727000000"} for i, k in enumerate(s["kbd"])]
        emit("pack/locale/keyboard_layouts", rows, t0 + dt.timedelta(minutes=2), "snapshot")
        return out

    # ---- payroll ------------------------------------------------------------------------------------
    def write_payroll(self):
        r = self.rng
        pay_dates = [WINDOW_START + dt.timedelta(days=d) for d in (10, 25)]
        rows = {"adp": [], "gusto": [], "contractor": []}
        for s in self.subjects:
            if s["kind"] == "applicant" or s["status"] != "Active" or "work_email" not in s or not s.get("pay"):
                continue
            cl = s["client"]
            method, dest = s["pay"]
            wage = r.uniform(1400, 6500) if cl["sector"] not in ("callcentre",) else r.uniform(500, 1500)
            if s["kind"] == "contractor" or method in ("wallet", "crypto"):
                for pd in pay_dates[-1:] if r.random() < 0.6 else pay_dates:
                    lbl = {"bank": "Bank transfer", "wallet": (dest.split(":")[0].title() if ":" in dest else "Wallet"), "crypto": "Crypto (USDC)"}[method]
                    if s.get("agency"):
                        lbl = "Agency invoice (ACH)"
                    rows["contractor"].append([s["work_email"], s["full_name"], pd.strftime("%Y-%m-%d"), f"{wage * 2:.2f}", "USD" if method != "crypto" else "USDC",
                                               lbl, dest.split(":", 1)[1] if method == "wallet" else dest, s.get("agency", ""), cl["code"], h(s["id"] + str(pd), 12)])
                continue
            for pd in pay_dates:
                if cl["payroll"] == "adp":
                    rows["adp"].append([cl["code"].upper() + "X", s["local"], s["work_email"], pd.strftime("%m/%d/%Y"), f"{wage:.2f}",
                                        r.choice(["Checking", "Checking", "Savings"]) if r.random() > 0.02 else "Paycard", dest, cl["code"]])
                else:
                    rows["gusto"].append([s["work_email"], s["first"], s["last"], pd.strftime("%Y-%m-%d"), f"{wage:.2f}", f"{wage * 1.3:.2f}",
                                          "Direct Deposit" if r.random() > 0.01 else "Check", dest, cl["code"]])
        p = self.out / "vendor/payroll"
        with open(p / "adp_payroll_register.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["Co Code", "File #", "Work E-mail", "Pay Date", "Net Pay", "Deposit Type", "Account (hashed)", "Tenant ID"])
            w.writerows(rows["adp"])
        with open(p / "gusto_payrolls.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["employee_email", "first_name", "last_name", "check_date", "net_pay", "gross_pay", "payment_method", "bank_account_token", "tenant_id"])
            for row in rows["gusto"]:
                if row[6] == "Check":
                    row[7] = ""
                w.writerow(row)
        with open(p / "contractor_payments.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["Contractor Email", "Contractor Name", "Payment Date", "Amount", "Currency", "Payout Method", "Payout Destination", "Agency", "Tenant ID", "Payment ID"])
            w.writerows(rows["contractor"])
        m = self.out / "mappings"
        (m / "payroll_adp.toml").write_text('''table = "payments"
[columns]
subject_id = "Work E-mail"
ts = "Pay Date"
amount = "Net Pay"
method = "Deposit Type"
destination = "Account (hashed)"
[dates]
ts = ["%m/%d/%Y"]
[transforms]
amount = ["number"]
method = [{ map = { "Checking" = "bank", "Savings" = "bank", "Paycard" = "wallet" }, default = "bank" }]
[constants]
currency = "USD"
[extras]
prefix = "adp_"
''')
        (m / "payroll_gusto.toml").write_text('''table = "payments"
[columns]
subject_id = "employee_email"
ts = "check_date"
amount = "net_pay"
method = "payment_method"
destination = "bank_account_token"
[transforms]
amount = ["number"]
method = [{ map = { "Direct Deposit" = "bank", "Check" = "" }, default = "bank" }]
[constants]
currency = "USD"
[extras]
prefix = "gusto_"
''')
        (m / "payroll_contractors.toml").write_text('''table = "payments"
[columns]
subject_id = "Contractor Email"
ts = "Payment Date"
amount = "Amount"
currency = "Currency"
method = "Payout Method"
destination = "Payout Destination"
[transforms]
amount = ["number"]
method = [{ map = { "Bank transfer" = "bank", "Agency invoice (ACH)" = "bank", "Deel" = "wallet", "Payoneer" = "wallet", "Gcash" = "wallet", "Crypto (USDC)" = "crypto" }, default = "wallet" }]
[extras]
prefix = "contractor_"
[id]
columns = ["Payment ID"]
''')

    # ---- shipping -----------------------------------------------------------------------------------
    def write_shipping(self):
        r = self.rng
        rows = []
        for s in self.subjects:
            if s["kind"] == "applicant" or not s.get("dev") or not s.get("ship_to") or "work_email" not in s:
                continue
            if r.random() > s.get("ship_p", 0.8):
                continue
            t = s["created"] - dt.timedelta(days=r.randint(2, 8), hours=r.randint(0, 8))
            if t < WINDOW_START - dt.timedelta(days=3 * 365):        # a laptop refresh, not the first laptop
                t = WINDOW_START - dt.timedelta(days=r.randint(30, 3 * 365), hours=r.randint(0, 8))
            if s["fraud"]:
                t = s["created"] - dt.timedelta(days=r.randint(1, 6))
            dev = s["dev"]
            rows.append([dev["asset"], dev["serial"], dev["model"], s["full_name"], s["work_email"], s["ship_to"], t.strftime("%Y-%m-%d %H:%M"),
                         r.choice(["FedEx", "UPS", "UPS", "DHL"]), h(dev["serial"] + "trk", 12).upper(), s["client"]["code"]])
        rows.sort(key=lambda x: x[6])
        with open(self.out / "vendor/shipping/laptop_shipments.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["Asset Tag", "Serial Number", "Model", "Recipient", "Recipient Email", "Ship To", "Ship Date", "Carrier", "Tracking #", "Tenant ID"])
            w.writerows(rows)
        (self.out / "mappings/shipping.toml").write_text('''table = "shipments"
[columns]
subject_id = "Recipient Email"
ts = "Ship Date"
asset = "Asset Tag"
address = "Ship To"
[dates]
ts = ["%Y-%m-%d %H:%M"]
[extras]
prefix = "ship_"
[id]
columns = ["Asset Tag", "Ship Date"]
''')

    # ---- identity map, domains, truth ---------------------------------------------------------------
    def write_identity_map(self):
        with open(self.out / "identity_map.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=["subject_id", "upn", "user_id", "device_id", "hostname"])
            w.writeheader()
            for row in self.idmap:
                w.writerow(row)

    def write_domains(self):
        r = self.rng
        rows = []
        for cl in self.clients:
            reg = dt.date(r.randint(1998, 2021), r.randint(1, 12), r.randint(1, 28))
            rows.append([cl["domain"], cl["name"], reg.isoformat(), f"domains@{cl['domain']}" if r.random() < 0.4 else "",
                         self.net.new(r.choice(["aws", "azure"]), city=None), r.choice(["ns-1021.awsdns-63.net;ns-77.awsdns-09.com", "dana.ns.cloudflare.com;rick.ns.cloudflare.com", "ns1-05.azure-dns.com;ns2-05.azure-dns.net"])])
        for nm, dom in (("Keystone Tech Staffing", "keystonetechstaff.com"), ("Insight Talent Partners", "insighttalentpartners.com"), ("Apex Contract Services", "apexcontractservices.com")):
            if dom not in [x[0] for x in rows]:
                rows.append([dom, nm, "2012-04-11", "", self.net.new("aws"), "dana.ns.cloudflare.com;rick.ns.cloudflare.com"])
        # front companies: recent, one registrant, one host (a small honest startup cohort registered recently too)
        reg_email = self.personal_email("jobs", "hr", 1990, fraud=True)
        host = self.net.new("vultr")
        for fr in getattr(self, "front", []):
            rows.append([fr["domain"], fr["company"], (dt.date(2025, 1, 1) + dt.timedelta(days=r.randint(0, 600))).isoformat(),
                         reg_email if r.random() < 0.7 else "", host if r.random() < 0.8 else self.net.new("vultr"),
                         "ns1.namecheaphosting.com;ns2.namecheaphosting.com"])
        for _ in range(max(4, len(getattr(self, "front", [])))):
            nm = r.choice(["Loopwise", "Fernbyte", "Quietly", "Trailhead Labs", "Mintleaf", "Harborline", "Stackpine"]) + f" {r.randint(2, 99)}"
            dom = nm.lower().replace(" ", "") + ".com"
            rows.append([dom, nm + " Inc.", (dt.date(2025, 1, 1) + dt.timedelta(days=r.randint(0, 600))).isoformat(), "",
                         self.net.new(r.choice(["vultr", "digitalocean", "aws"])), "dana.ns.cloudflare.com;rick.ns.cloudflare.com"])
        with open(self.out / "direct/domains.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["domain", "company", "registered_at", "registrant_email", "ip", "nameservers"])
            w.writerows(rows)

    def write_truth(self):
        with open(self.out / "truth.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["subject_id", "fraud", "kind", "ring"])
            for s in self.subjects:
                if s["fraud"]:
                    kind = s.get("tactic") or next(iter(s["tags"]))
                    if s.get("persona", {}).get("stolen") and s.get("tactic") != "rented_identity":
                        kind += ";stolen_identity"
                    w.writerow([s["id"], 1, kind, s["ring"]])
                else:
                    tags = sorted(s["tags"]) or ["plain"]
                    w.writerow([s["id"], 0, ";".join(tags), ""])

    def write_imports(self):
        rel = lambda p: str(Path(p).relative_to(self.out))
        cmds = []
        for key in self.people_files:
            grp, fmt = key.split("/")
            cmds.append(dict(source="csv", files=[f"vendor/{key}.csv"], mapping=f"mappings/{'ats' if grp == 'ats' else 'hris'}_{fmt}.toml"))
        if self.log_files["okta"]:
            cmds.append(dict(source="okta", files=[rel(p) for p in self.log_files["okta"]], identity_map="identity_map.csv"))
        if self.log_files["entra"]:
            cmds.append(dict(source="entra", files=[rel(p) for p in self.log_files["entra"]], identity_map="identity_map.csv"))
        if self.osq_files:
            cmds.append(dict(source="osquery", files=[rel(p) for p in self.osq_files], identity_map="identity_map.csv"))
        for fn, mp in (("adp_payroll_register.csv", "payroll_adp.toml"), ("gusto_payrolls.csv", "payroll_gusto.toml"),
                       ("contractor_payments.csv", "payroll_contractors.toml")):
            cmds.append(dict(source="csv", files=[f"vendor/payroll/{fn}"], mapping=f"mappings/{mp}", identity_map="identity_map.csv"))
        cmds.append(dict(source="csv", files=["vendor/shipping/laptop_shipments.csv"], mapping="mappings/shipping.toml", identity_map="identity_map.csv"))
        meta = dict(imports=cmds, copy=[["attachments", "attachments"], ["direct/domains.csv", "domains.csv"]],
                    expected_unmatched_service_accounts=self.extra_unmatched,
                    subjects=len(self.subjects), fraud=sum(1 for s in self.subjects if s["fraud"]),
                    clients=len(self.clients), ring_counts=self.ring_counts)
        (self.out / "imports.json").write_text(json.dumps(meta, indent=1))


def generate(out: Path, n_subjects: int, seed: int) -> dict:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    w = World(n_subjects, seed, out)
    w.make_clients()
    target_fraud = max(8, round(n_subjects * 0.025))
    # honest first (victims of identity theft must exist), fraud fills the remainder
    w.build_honest(n_subjects - target_fraud)
    w.build_fraud(target_fraud)
    w.write_all()
    return json.loads((out / "imports.json").read_text())


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m bench.worlds15", description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--subjects", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args(argv)
    meta = generate(Path(a.out), a.subjects, a.seed)
    print(json.dumps({k: meta[k] for k in ("subjects", "fraud", "clients", "ring_counts")}))
    return 0
