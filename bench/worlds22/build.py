"""The world object and the one recipe every subject (honest or not) is made with: identity, life, work, pay."""
import datetime as dt

from . import data, infra
from .infra import T0, T1


class Period:
    """A stretch of someone's life: where their packets come from, which machines, what clock, how often."""
    __slots__ = ("start", "end", "nets", "devices", "offset", "hour0", "hours", "rate", "tracker", "remote", "site", "weekend", "tracks")

    def __init__(self, start, end, nets, devices, offset, hour0=9.0, hours=9.0, rate=1.0, tracker=None):
        self.start, self.end, self.nets, self.devices = start, end, nets, devices
        self.offset, self.hour0, self.hours, self.rate, self.tracker = offset, hour0, hours, rate, tracker
        self.remote = []   # (host ip, started_at) of remote logins the tracker sees on the work machine
        self.site = None   # the network the work machine physically sits on (default: the first net)
        self.weekend = 0.2  # chance of working on a given weekend day
        self.tracks = True  # whether the time tracker runs in this period (operators' own machines: no)


class Payout:
    __slots__ = ("start", "end", "method", "dest", "currency", "provider")

    def __init__(self, start, end, method, dest, currency, provider):
        self.start, self.end, self.method, self.dest, self.currency, self.provider = start, end, method, dest, currency, provider


class Subject:
    __slots__ = ("sid", "kind", "first", "last", "full_name", "email", "phone", "phone_e164", "phone_lt", "address", "addr", "country",
                 "birth", "nid", "photo", "resume", "profiles", "employer", "created", "rec_email", "rec_phone", "rec_phone_lt",
                 "signup_ip", "extra", "zone", "fraud", "tokens", "periods", "payouts", "ships", "contracts", "rate_usd", "home")

    def __init__(self, kind):
        self.kind = kind
        self.sid = ""
        self.full_name = self.email = self.phone = self.phone_e164 = self.phone_lt = self.address = self.country = ""
        self.first = self.last = ""
        self.addr = None
        self.birth = None
        self.nid = self.photo = self.resume = self.employer = self.rec_email = self.rec_phone = self.rec_phone_lt = self.signup_ip = ""
        self.profiles, self.periods, self.payouts, self.ships, self.contracts, self.tokens = [], [], [], [], [], []
        self.extra = {}
        self.created = T0
        self.zone = "UTC"
        self.fraud = 0
        self.rate_usd = 40
        self.home = None


class Client:
    __slots__ = ("name", "domain", "country", "ships", "office", "sse", "address", "size", "staff")

    def __init__(self, name, domain, country, ships, office, sse, address, size):
        self.name, self.domain, self.country, self.ships, self.office = name, domain, country, ships, office
        self.sse, self.address, self.size, self.staff = sse, address, size, []


class World:
    def __init__(self, seed, outdir):
        self.seed = seed
        self.rng = infra.sub_rng(seed, "world")
        self.nets = infra.Networks(infra.sub_rng(seed, "nets"))
        self.subjects = []
        self.photos = {}    # path -> (spec kind, key, variant, fmt)
        self.resumes = {}   # path -> (fmt, text)
        self.domains = []   # dict rows
        self.clients = []
        self.n_photo = 0
        self.n_resume = 0
        self.outdir = outdir

    def add(self, s):
        self.subjects.append(s)
        return s

    # ---- media registry: every subject's file is its own path; identical specs give identical bytes ----
    def photo(self, kind, key, variant=0, fmt=None):
        self.n_photo += 1
        fmt = fmt or ("png" if self.rng.random() < 0.25 else "jpg")
        path = f"photos/{self.n_photo:06d}{infra.hexid(self.rng, 6)}.{fmt}"
        self.photos[path] = (kind, key, variant, fmt)
        return path

    def resume_file(self, text, fmt):
        if fmt == "inline":
            return text.replace("\n", " | ")[:600]
        self.n_resume += 1
        path = f"resumes/{self.n_resume:06d}{infra.hexid(self.rng, 6)}.{fmt}"
        self.resumes[path] = (fmt, text)
        return path

    def domain(self, domain, company, registered, registrant, ip, ns):
        self.domains.append({"domain": domain, "company": company, "registered_at": registered, "registrant_email": registrant,
                             "ip": ip, "nameservers": ";".join(ns)})


# ---- identity ------------------------------------------------------------------------------------------------

def culture_of(country):
    return data.COUNTRIES[country][7]


def name(rng, culture, sex=None):
    f, m, sur = data.NAMES[culture]
    sex = sex or rng.choice("fm")
    return rng.choice(f if sex == "f" else m), rng.choice(sur)


def display_name(rng, first, last, culture):
    """How the name is written on the profile: mostly plain, sometimes native script, lower case or surname first."""
    r = rng.random()
    if culture == "kr" and r < 0.12 and last in data.HANGUL_SURNAME:
        return data.HANGUL_SURNAME[last] + first.replace("-", "")
    if culture == "cn" and r < 0.12 and last in data.HANZI_SURNAME:
        return data.HANZI_SURNAME[last] + first
    if culture in ("kr", "cn", "vn") and r < 0.3:
        return f"{last} {first}"
    if r < 0.03:
        return f"{first} {last}".lower()
    if r < 0.05:
        return f"{first} {last[0]}."
    return f"{first} {last}"


def identity(w, rng, s, country, culture=None, sex=None, first=None, last=None, address=None, email_domain=None):
    """Fill the claimed identity of a subject (name, email, phone, address, KYC pieces)."""
    culture = culture or culture_of(country)
    if not first:
        first, last = name(rng, culture, sex)
    s.first, s.last = first, last
    s.full_name = display_name(rng, first, last, culture)
    s.country = country
    s.zone = data.COUNTRIES[country][1]
    s.birth = infra.birth_date(rng)
    s.email = infra.personal_email(rng, first, last, email_domain, s.birth.year)
    s.phone_e164 = infra.phone_e164(rng, country)
    s.phone = infra.phone_typed(rng, s.phone_e164, country)
    s.phone_lt = infra.line_type(rng, "mobile", country)
    s.addr = address or (infra.us_address(rng) if country == "US" else infra.foreign_address(rng, country))
    s.address = infra.address_text(rng, s.addr) if rng.random() < 0.85 else ""
    s.nid = f"{country}-{rng.randrange(10**8, 10**9)}"
    return s


def kyc(w, rng, s, p=0.55):
    """Identity verification: verified profiles carry birth date and a salted ID hash; others keep none."""
    if rng.random() < p:
        s.extra["gigforge_kyc"] = rng.choice(["verified", "verified", "verified_id_and_selfie"])
        return True
    s.extra["gigforge_kyc"] = rng.choice(["none", "none", "pending"])
    return False


def export_kyc(w, s):
    """The KYC columns are exported only for verified subjects (the raw ID never leaves the platform)."""
    if not s.extra.get("gigforge_kyc", "").startswith("verified"):
        s.birth = None
        s.nid = ""
    elif s.nid and not s.nid.startswith("sha256:"):
        s.nid = infra.national_id_hash(w.seed, s.nid)


def set_photo(w, rng, s, face=None, mode=None):
    """Profile photo: own face (most), no photo, the default silhouette, initials, or a popular stock avatar."""
    mode = mode or rng.choices(["face", "none", "default", "initials", "stock"], [62, 18, 7, 8, 5])[0]
    if mode == "face":
        s.photo = w.photo("face", face or f"p{infra.hexid(rng, 12)}", 0)
    elif mode == "default":
        s.photo = w.photo("default", "default", 0, "png")
        s.tokens.append("default_avatar")
    elif mode == "initials":
        s.photo = w.photo("initials", (s.first[:1] + s.last[:1]).upper() or "GF", 0, "png")
        s.tokens.append("initials_avatar")
    elif mode == "stock":
        s.photo = w.photo("face", f"stock{rng.randrange(12)}", 0)
        s.tokens.append("stock_avatar")
    else:
        s.photo = ""


# Popular free resume templates: their fixed section headings and filler lines are shared by many honest people.
TEMPLATES = {
    "jakes": ("EDUCATION\nEXPERIENCE\nPROJECTS\nTECHNICAL SKILLS", "Languages: {skills}\nDeveloper Tools: Git, Docker, VS Code"),
    "canva_modern": ("PROFILE\nWORK EXPERIENCE\nEDUCATION\nSKILLS", "Results-driven professional passionate about building scalable solutions."),
    "novoresume": ("Summary\nWork Experience\nEducation\nSkills\nLanguages", "Highly motivated team player with excellent communication skills."),
    "gigforge_builder": ("About me\nEmployment history\nPortfolio\nSkills", "Top Rated freelancer. Available for long-term contracts."),
}


def resume_text(rng, s, skills, role, template=None, boilerplate="", history=None):
    head, filler = TEMPLATES.get(template, ("Summary\nExperience\nEducation\nSkills", ""))
    lines = [s.first + " " + s.last, role, s.email]
    secs = head.split("\n")
    lines.append(secs[0])
    lines.append(boilerplate or f"{role} with {rng.randrange(2, 15)} years of experience in {', '.join(skills[:3])}.")
    if filler:
        lines.append(filler.format(skills=", ".join(skills)))
    lines.append(secs[1])
    for comp, years in history or [(rng.choice(data.COMPANY_WORDS) + " " + rng.choice(data.COMPANY_TAILS), f"{y}-{y + rng.randrange(1, 4)}")
                                   for y in sorted(rng.sample(range(2012, 2023), rng.randrange(1, 4)))]:
        lines.append(f"{comp} - {years}")
        lines.append(f"- Built {rng.choice(['APIs', 'dashboards', 'payment flows', 'mobile apps', 'data pipelines', 'CI/CD'])} using {rng.choice(skills)}")
        lines.append(f"- {rng.choice(['Reduced latency by', 'Improved conversion by', 'Cut cloud costs by', 'Raised test coverage by'])} {rng.randrange(10, 70)}%")
    lines.append(secs[-1])
    lines.append(", ".join(skills))
    return "\n".join(lines)


def resume_fmt(rng):
    return rng.choices(["inline", "txt", "md", "pdf", "docx", ""], [22, 16, 8, 26, 10, 18])[0]


def profiles_for(rng, s, extra=()):
    u = infra.slug(s.first) + infra.slug(s.last)
    out = list(extra)
    if rng.random() < 0.7:
        out.append(f"https://github.com/{u}{rng.choice(['', '', str(rng.randrange(10, 99)), '-dev'])}")
    if rng.random() < 0.6:
        out.append(f"https://www.linkedin.com/in/{infra.slug(s.first)}-{infra.slug(s.last)}-{infra.hexid(rng, 6)}")
    if rng.random() < 0.15:
        out.append(f"https://{u}.dev")
    return out


# ---- life: networks, machines, clock ----------------------------------------------------------------------------

def basic_life(w, rng, s, country, home=None, offset=None, start=None, end=None, laptop=None, hour0=None, hours=None):
    """One period over the subject's whole time on the platform: home line + phone's carrier, a laptop and a phone."""
    c = data.COUNTRIES[country]
    home = home or w.nets.home(country)
    s.home = home
    mobile = w.nets.mobile(country)
    lap = laptop or infra.computer(rng, c[1], c[8], infra.slug(s.first)[:8].upper())
    ph = infra.phone_device(rng, c[1], c[8])
    off = c[2] if offset is None else offset
    p = Period(start or s.created, end or T1, [(home, 0.78), (mobile, 0.22)], [lap, lap, lap, ph], off,
               hour0 if hour0 is not None else rng.uniform(7.5, 11), hours or rng.uniform(7, 10), rng.uniform(0.2, 0.7))
    s.periods.append(p)
    return p


def own_payout(w, rng, s, country, start=None):
    """Where a freelancer withdraws: their bank (salted hash) or a wallet handle."""
    c = data.COUNTRIES[country]
    r = rng.random()
    if r < 0.45:
        dest = infra.national_id_hash(w.seed, f"bank|{s.first}|{s.last}|{infra.hexid(rng, 8)}")
        po = Payout(start or s.created, T1, "bank", dest, c[3] if rng.random() < 0.6 else "USD", rng.choice(data.BANKS.get(country, ["local bank"])))
    elif r < 0.93:
        prov = rng.choice(data.WALLETS)
        po = Payout(start or s.created, T1, "wallet", f"{prov}:{s.email.split('@')[0]}{rng.choice(['', '', str(rng.randrange(10, 99))])}@{s.email.split('@')[1]}",
                    "USD", prov)
    else:
        po = Payout(start or s.created, T1, "crypto", "T" + "".join(rng.choice("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz") for _ in range(33)),
                    "USDT", "tron")
    s.payouts.append(po)
    return po


def hire(w, rng, s, n=None, client=None, start=None):
    """Contracts with clients (most hires are short); long ones at shipping clients get a laptop and a YubiKey."""
    n = n or rng.choices([1, 1, 1, 2, 2, 3, 4], k=1)[0]
    t = max(s.created, T0) + dt.timedelta(days=rng.randrange(5, 60)) if start is None else start
    for i in range(n):
        if t >= T1 - dt.timedelta(days=20):
            break
        cl = client if (client and i == 0) else weighted_client(w, rng)
        weeks = rng.choice([2, 4, 6, 8, 12, 16, 26, 40, 52, 70])
        end = min(T1, t + dt.timedelta(weeks=weeks))
        s.contracts.append((cl, t, end, rng.random() < 0.7))  # (client, start, end, hourly with tracker)
        t = end + dt.timedelta(days=rng.randrange(3, 90))
    if s.contracts:
        s.employer = s.contracts[-1][0].name
        if s.kind == "applicant":
            s.kind = "contractor"


def weighted_client(w, rng):
    return rng.choices(w.clients, [c.size for c in w.clients])[0]


def ship_if_long(w, rng, s, address_text=None):
    """Clients that ship equipment send it to the address the contractor gives them; the tracker then runs on it."""
    laptops = []
    for cl, a, b, _h in s.contracts:
        if cl.ships and (b - a).days > 80:
            t = a - dt.timedelta(days=rng.randrange(3, 12))
            addr = address_text or infra.address_text(rng, s.addr)
            s.ships.append((t, f"{infra.slug(cl.name)[:4].upper()}-{rng.choice(['C02', 'PF', '5CG', 'FVFG'])}{infra.hexid(rng, 8).upper()}", addr, "laptop"))
            if rng.random() < 0.5:
                s.ships.append((t, f"YK-{rng.randrange(10**7, 10**8)}", addr, "yubikey"))
            if s.periods:
                p = s.periods[0]
                lap = new_client_laptop(w, rng, s, cl, p.devices[0].tz, p.devices[0].keyboard)
                for q in s.periods:
                    q.devices.append(lap)
                p.tracker = lap
                laptops.append(lap)
    return laptops


def new_client_laptop(w, rng, s, cl, tz, keyboard):
    d = infra.computer(rng, tz, keyboard, infra.slug(cl.name)[:6].upper() + "-LT", rng.choice(["MacBookPro18,1", "Dell Latitude 7440", "Lenovo ThinkPad T14 Gen 4"]))
    d.procs = d.procs[:3] + ["CrowdStrike Falcon", "JamfAgent" if d.os == "mac" else "IntuneManagementExtension.exe"]
    return d
