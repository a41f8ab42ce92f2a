"""Ledgerline's own staff (managed laptops, SSO logins, a zero-trust VPN) and its applicant pipeline."""
import datetime as dt

from . import catalog as C
from . import media as M
from .core import END, START, Addr, hexid, rand_time, wrand
from .people import add_payout, emit, honest_endpoint, phone_type, profiles_for

STAFF_CC = {"US": 45, "PT": 10, "GB": 8, "CA": 6, "DE": 5, "PL": 5, "UA": 4, "IN": 4, "AR": 3, "BR": 3, "KR": 2,
            "SG": 2, "ES": 2, "NL": 1}
STAFF_ROLES = ["Software Engineer", "Senior Software Engineer", "Trust & Safety Analyst", "Payments Operations",
               "Customer Support", "Product Manager", "Designer", "Recruiter", "Security Engineer", "IT Administrator",
               "Data Analyst", "Compliance (KYC/AML) Analyst", "Developer Relations", "Finance", "Account Executive"]


def _warp_exits(w, rng):
    """Ledgerline's zero-trust gateway: a handful of egress IPs every staff session goes through."""
    return [Addr(f"104.28.{rng.randint(0, 255)}.{rng.randint(2, 254)}", 13335, "Cloudflare, Inc.", cc, city, lat, lon,
                 "true", "corpvpn")
            for cc, city, lat, lon in [("US", "New York", 40.71, -74.0), ("US", "Los Angeles", 34.05, -118.24),
                                       ("PT", "Lisbon", 38.72, -9.14), ("GB", "London", 51.51, -0.13),
                                       ("DE", "Frankfurt", 50.11, 8.68)] for _ in range(2)]


def _person(w, rng, cc, kind):
    c = w.city_of(rng, cc)
    culture = w.culture_for(rng, cc)
    name = w.name(rng, culture)
    sid = w.new_id(kind, rng)
    return {"id": sid, "kind": kind, "cc": cc, "city": c[0], "region": c[1], "lat": c[2], "lon": c[3],
            "culture": culture, "legal_name": name, "full_name": name, "handle": w.handle(rng, name), "pseud": False,
            "tokens": [], "fraud": 0, "tz": w.tz_of(cc, c[3]), "payouts": []}


def staff(w, rng, n, applicant_rows):
    """n employees; some hired from the applicant pipeline (an applicant row first), some rehired."""
    exits = _warp_exits(w, rng)
    offices = {"US": w.biz_addr(rng, "US", "New York"), "PT": w.biz_addr(rng, "PT", "Lisbon")}
    made = 0
    while made < n:
        cc = wrand(rng, STAFF_CC)
        p = _person(w, rng, cc, "employee")
        p["role"] = "staff"
        p["primary"] = ["honest_staff"]
        first, last = p["legal_name"].lower().replace(".", "").split()[0], p["legal_name"].lower().split()[-1]
        e = f"{first}.{last}@ledgerline.io"
        while e in w.emails:
            e = f"{first}.{last}{rng.randint(2, 9)}@ledgerline.io"
        w.emails.add(e)
        p["email"] = e
        p["phone"] = w.phone(rng, cc, p["region"] or p["city"])
        p["phone_line_type"] = phone_type(rng, False)
        p["address"] = w.address(rng, cc, p["city"])
        p["birth_date"] = w.birth_date(rng, 1965, 2002)
        p["national_id"] = w.national_id(rng, cc)
        p["employer"] = "Ledgerline"
        p["kyc_level"] = "employee"
        p["created"] = rand_time(rng, START - dt.timedelta(days=400), END - dt.timedelta(days=30))
        p["until"] = END
        role = rng.choice(STAFF_ROLES)
        p["bio"] = role
        p["photo_style"] = "selfie" if rng.random() < 0.85 else "none"
        p["profiles"] = profiles_for(w, rng, p["handle"], p["legal_name"], github=0.4, linkedin=0.8, portfolio=0.05, x=0.2)
        p["resume_kind"] = "file" if rng.random() < 0.5 else None
        p["home"] = w.home_addr(rng, cc, p["city"])
        p["devices"] = [w.device(rng, rng.choice(["mac_chrome", "mac_safari", "mac_firefox", "brave"])),
                        w.device(rng, rng.choice(["iphone", "android"]))]
        p["sources"] = [(45, p["home"]), (35, lambda r: r.choice(exits)),
                        (10, lambda r, cc=cc, c=p["city"]: w.mobile_addr(r, cc, c))]
        if cc in offices and p["city"] in ("New York", "Lisbon"):
            p["sources"].append((40, offices[cc]))
            p["tokens"].append("office_network")
        p["tokens"].append("corporate_vpn")
        p["n_logins"] = rng.randint(25, 110)
        p["ship_to"] = p["address"]
        p["ship_t"] = p["created"] + dt.timedelta(days=rng.randint(-10, 3))
        p["endpoint"] = honest_endpoint(w, rng, p, it_remote=0.9 if role == "IT Administrator" else 0.15)
        p["tokens"].append("managed_laptop")
        if role in ("Customer Support", "Payments Operations") and rng.random() < 0.3:
            p["tokens"].append("support_remote_tools")
            p["endpoint"]["facts"].append(("process", rng.choice(["TeamViewer", "AnyDesk", "Zoom"]), None, None, None, 0.7))
        if made + 1 < n and rng.random() < 0.04:
            # a rehire: an earlier employment row of the same person
            old = dict(p)
            old["id"] = w.new_id("employee", rng)
            old["primary"] = ["honest_rehire"]
            old["tokens"] = list(p["tokens"])
            old["created"] = rand_time(rng, START - dt.timedelta(days=900), p["created"] - dt.timedelta(days=400))
            old["until"] = old["created"] + dt.timedelta(days=rng.randint(120, 360))
            old["address"] = w.address(rng, cc, p["city"]) if rng.random() < 0.6 else p["address"]
            old["ship_to"] = old["address"]
            old["ship_t"] = old["created"]
            old["endpoint"] = honest_endpoint(w, rng, old)
            old["n_logins"] = rng.randint(10, 40)
            p["primary"] = ["honest_rehire"]
            emit(w, rng, old)
            made += 1
        if rng.random() < 0.3 and applicant_rows is not None:
            # hired from the pipeline: the applicant record of the same person
            a = dict(p)
            a["id"] = w.new_id("applicant", rng)
            a["kind"] = "applicant"
            a["primary"] = ["honest_hired_applicant"]
            a["tokens"] = []
            a["created"] = p["created"] - dt.timedelta(days=rng.randint(20, 90))
            a["until"] = p["created"]
            a["email"] = w.email(rng, p["legal_name"], cc)
            a["address"] = f"{p['city']}, {C.COUNTRIES[cc][0]}" if rng.random() < 0.6 else p["address"]
            a["national_id"] = ""
            a["birth_date"] = ""
            a["ship_to"] = None
            a["endpoint"] = None
            a["kyc_level"] = ""
            a["n_logins"] = rng.randint(0, 3)
            a["sources"] = [(1, p["home"])]
            a["devices"] = p["devices"][:1]
            a["resume_kind"] = "file"
            a["photo_style"] = p["photo_style"] if rng.random() < 0.4 else "none"
            emit(w, rng, a)
            applicant_rows.append(a["id"])
            made += 1
            p["tokens"].append("was_applicant")
        emit(w, rng, p)
        made += 1


APPLICANT_CC = {"US": 35, "CA": 5, "GB": 6, "DE": 3, "PT": 4, "PL": 4, "UA": 5, "IN": 9, "PK": 3, "NG": 4, "BR": 4,
                "AR": 3, "KR": 3, "JP": 2, "CN": 2, "VN": 3, "PH": 2, "ES": 2}


def applicants(w, rng, n, dev_pool):
    """Applications to Ledgerline's jobs: a resume, a LinkedIn, a phone; a few are platform developers too."""
    for _ in range(n):
        cross = dev_pool and rng.random() < 0.06
        if cross:
            d = rng.choice(dev_pool)
            cc = d["cc"]
        else:
            cc = wrand(rng, APPLICANT_CC)
        p = _person(w, rng, cc, "applicant")
        p["role"] = "applicant"
        p["primary"] = ["honest_applicant"]
        p["employer"] = "Ledgerline"
        p["created"] = rand_time(rng, START, END - dt.timedelta(days=5))
        p["until"] = p["created"] + dt.timedelta(days=rng.randint(5, 60))
        if cross:
            p["legal_name"] = p["full_name"] = d["name"]
            p["email"] = d["email"] if rng.random() < 0.6 else w.email(rng, d["name"], cc)
            if d.get("phone"):
                p["phone"], p["phone_line_type"] = d["phone"], d.get("phone_line_type", "mobile")
            p["tokens"].append("also_platform_developer")
            p["home"] = d["home"]
            p["city"] = d["city"]
        else:
            p["email"] = w.email(rng, p["legal_name"], cc)
            p["phone"] = w.phone(rng, cc, p["region"] or p["city"])
            voip = rng.random() < 0.05 and cc in ("US", "CA")
            p["phone_line_type"] = phone_type(rng, voip)
            if voip:
                p["tokens"].append("voip_phone")
            p["home"] = w.home_addr(rng, cc, p["city"])
        p["address"] = (w.address(rng, cc, p["city"]) if rng.random() < 0.4
                        else f"{p['city']}{', ' + p['region'] if p['region'] else ''}, {C.COUNTRIES[cc][0]}")
        p["photo_style"] = "selfie" if rng.random() < 0.3 else "none"
        p["profiles"] = profiles_for(w, rng, p["handle"], p["legal_name"], github=0.6, linkedin=0.85, portfolio=0.2, x=0.1)
        role = rng.choice(STAFF_ROLES)
        p["bio"] = f"Applied: {role}"
        p["resume_kind"] = "file" if rng.random() < 0.9 else None
        if rng.random() < 0.25:
            p["template_lines"] = C.RESUME_TEMPLATE_LINES[:rng.randint(2, 5)]
            p["tokens"].append("resume_template")
        if rng.random() < 0.12:
            p["bootcamp"] = rng.choice(C.BOOTCAMPS)
            p["tokens"].append("bootcamp_resume")
        if rng.random() < 0.3:
            p["school"] = rng.choice(C.UNIVERSITIES.get(cc, ["Self-taught"]))
        p["devices"] = [w.device(rng)]
        p["sources"] = [(80, p["home"]), (20, lambda r, cc=cc, c=p["city"]: w.mobile_addr(r, cc, c))]
        p["n_logins"] = rng.randint(0, 4)
        emit(w, rng, p)
