"""The world object and the builders every kind shares: a worker, a laptop, a photo, a resume."""
import random

from . import data as D
from .common import (DAY, T0, T1, Ids, Nets, address, addr_text, dob, name, nid_hash, raw_nid, payout_account,
                     phase, place, subject, utc_hour, wchoice, COUNTRY_WEIGHTS)

ROUTER_OUI = ["50:c7:bf", "a0:40:a0", "04:d9:f5", "00:e0:fc", "f4:f2:6d", "c0:25:e9", "e8:48:b8", "b0:be:76",
              "18:d6:c7", "98:da:c4", "3c:84:6a", "cc:32:e5", "74:da:88", "e4:c3:2a"]
SSID_BY_CC = {"PH": ["PLDTHOMEFIBR_{x}", "Globe_At_Home_{x}", "Converge_2.4G_{x}"], "KE": ["Safaricom_Home_{x}", "Zuku_{x}", "Faiba_{x}"],
              "NG": ["MTN_4G_{x}", "Spectranet_{x}", "Airtel_Home_{x}"], "US": ["xfinity-{x}", "NETGEAR{x}", "ATT{x}", "Spectrum-{x}", "Verizon_{x}"],
              "IN": ["JioFiber-{x}", "Airtel_{x}", "ACT{x}"]}
BULLETS = ["Built and maintained REST APIs serving {n}k requests per day", "Reduced page load time by {n}% through caching and code splitting",
           "Wrote unit and integration tests raising coverage to {n}%", "Migrated legacy services to Kubernetes on AWS",
           "Led code reviews for a team of {n} engineers", "Designed PostgreSQL schemas and optimised slow queries",
           "Implemented CI/CD pipelines with GitHub Actions", "Developed React components for a customer dashboard",
           "Integrated Stripe payments and webhooks", "Evaluated LLM code completions for correctness and style",
           "Annotated {n}k images with bounding boxes at 98% accuracy", "Transcribed and timestamped customer support calls",
           "Reviewed chatbot answers against a rubric for helpfulness and safety", "Built data pipelines in Python and Airflow",
           "Mentored junior developers and interns", "Shipped a Flutter mobile app to {n}k users",
           "Worked directly with clients to scope and deliver features", "Automated reporting with SQL and Looker",
           "Refactored a monolith into microservices", "Wrote Solidity smart contracts and audited them with Slither"]
TITLES = ["Software Engineer", "Senior Software Engineer", "Full Stack Developer", "Backend Developer", "Frontend Developer",
          "Data Annotator", "QA Analyst", "Python Developer", "DevOps Engineer", "Data Analyst", "Web Developer",
          "Content Moderator", "Transcriptionist", "Mobile Developer", "Blockchain Developer"]


class W:
    """Everything generated, and the generators."""

    def __init__(self, n, seed):
        self.n = n
        self.seed = seed
        self.rng = random.Random(seed)
        self.nets = Nets(random.Random(seed * 7919 + 1))
        self.ids = Ids(random.Random(seed * 104729 + 3))
        self.subjects = []
        self.domains = []
        self.clients = []
        self.vendors = []
        self.asset_seq = 0
        self.ringno = 0

    def add(self, s):
        self.subjects.append(s)
        return s

    def count(self, frac, lo=1):
        return max(lo, int(round(self.n * frac)))

    def asset(self, kind="LT"):
        self.asset_seq += 1
        return f"TG-{kind}-{self.rng.randint(10, 99)}{self.asset_seq:05d}"

    def country(self, exclude=()):
        ws = {k: v for k, v in COUNTRY_WEIGHTS.items() if k not in exclude}
        return wchoice(self.rng, ws)

    def created(self, lo=None, hi=None):
        r = self.rng
        lo = lo if lo is not None else T0 - 700 * DAY
        hi = hi if hi is not None else T1 - 20 * DAY
        return lo + (hi - lo) * (r.random() ** 0.6)


# ------------------------------------------------------------------------------------------------
# Photos and resumes (specs only; export.py renders them)
# ------------------------------------------------------------------------------------------------
def face_spec(r, params=None):
    from .media import face_params
    return ("face", params or face_params(r), r.choice(["JPEG", "JPEG", "JPEG", "PNG"]))


def photo_for(W, s, p_face=0.55):
    r = W.rng
    x = r.random()
    if x < p_face:
        s["photo"] = face_spec(r)
    elif x < p_face + 0.18:
        s["photo"] = ("default",)
        s["tokens"].append("default_avatar")
    elif x < p_face + 0.26:
        g = s["row"].get("full_name", "A B").split()
        ini = (g[0][:1] + g[-1][:1]).upper()
        s["photo"] = ("initials", ini, r.choice([(66, 133, 244), (219, 68, 55), (15, 157, 88), (171, 71, 188), (0, 172, 193)]))
        s["tokens"].append("initials_avatar")
    elif x < p_face + 0.31:
        s["photo"] = ("cartoon", r.randrange(6))
        s["tokens"].append("popular_avatar")
    else:
        s["photo"] = None


def resume_lines(W, s, tier, template=None, extra=None):
    r = W.rng
    row = s["row"]
    tpl = template if template is not None else r.choice(D.RESUME_TEMPLATES)
    head_sum, summary, heads = tpl
    skills = r.sample(D.SKILLS_EXPERT if tier == "expert" else D.SKILLS_GENERAL, r.randint(4, 8))
    lines = [row.get("full_name", ""), f"{row.get('city', '')} | {row.get('email', '')} | {row.get('phone', '')}", "",
             heads[0], extra or summary, "", heads[1], ", ".join(skills), "", heads[2]]
    y = 2025
    for _ in range(r.randint(2, 4)):
        y0 = y - r.randint(1, 4)
        comp = r.choice(D.EMPLOYERS_FAKE_HISTORY)
        lines.append(f"{r.choice(TITLES)} - {comp} ({y0} - {'Present' if y == 2025 else y})")
        for b in r.sample(BULLETS, r.randint(2, 3)):
            lines.append("- " + b.format(n=r.randint(3, 60)))
        y = y0
    cc = row.get("country", "US")
    school = r.choice(D.SCHOOLS.get(cc, D.SCHOOLS["default"]))
    lines += ["", heads[3], f"B.Sc. Computer Science, {school} ({y - r.randint(0, 2)})", "", heads[4]]
    return lines


def resume_for(W, s, tier, lines=None, fmt=None):
    r = W.rng
    lines = lines or resume_lines(W, s, tier)
    fmt = fmt or wchoice(r, {"pdf": 45, "docx": 25, "txt": 8, "md": 7, "inline": 15})
    s["resume"] = (fmt, lines)


# ------------------------------------------------------------------------------------------------
# Laptops (the expert-coder device programme)
# ------------------------------------------------------------------------------------------------
def gw_mac(r):
    return r.choice(ROUTER_OUI) + ":" + ":".join(f"{r.randint(0, 255):02x}" for _ in range(3))


def ssid(r, cc):
    pat = r.choice(SSID_BY_CC.get(cc, ["TP-Link_{x}", "HUAWEI-{x}", "ZTE_{x}", "Home_{x}", "Tenda_{x}"]))
    return pat.format(x="".join(r.choice("0123456789ABCDEF") for _ in range(4)))


def home_lan(r, cc):
    return dict(gw=gw_mac(r), ssid=ssid(r, cc))


def laptop(W, s, loc, ship_text, t_ship, lan=None, tz=None, kb=None, extras=()):
    """A company laptop shipped to ship_text; its telemetry environment; its device (for sign-ins)."""
    r = W.rng
    mac = r.random() < 0.2
    model = r.choice([m for m in D.LAPTOPS if m.startswith("Mac")] if mac else [m for m in D.LAPTOPS if not m.startswith("Mac")])
    asset = W.asset("LT")
    dev = W.ids.device("mac_chrome" if mac else r.choice(["win_chrome", "win_chrome", "win_edge"]))
    lan = lan or home_lan(r, loc[0])
    cc = loc[0]
    procs = list(r.sample(D.PROC_BASE_MAC if mac else D.PROC_BASE_WIN, 6))
    usb = [u for u in r.sample(D.USB_COMMON, r.randint(1, 4))]
    displays = r.sample(D.MONITORS, r.choice([0, 1, 1, 1, 2]))
    env = dict(asset=asset, model=model, mac=mac, host=("TG-" + asset[-6:]) if r.random() < 0.7 else f"{s['row'].get('full_name', 'user').split()[0]}-laptop",
               tz=tz or D.COUNTRY[cc]["tz"], kb=kb or [D.COUNTRY[cc]["kb"]], gw=lan["gw"], ssid=lan["ssid"], displays=displays,
               usb=usb, procs=procs, ports=[], sessions=[], dev=dev, start=t_ship + r.uniform(3, 9) * DAY)
    for e in extras:
        e(env)
    s["ships"].append(dict(ts=t_ship, asset=asset, address=ship_text))
    if r.random() < 0.35:
        s["ships"].append(dict(ts=t_ship + r.uniform(0, 2) * DAY, asset=W.asset("YK"), address=ship_text))
        env["usb"].append(D.USB_YUBIKEY)
    return env


# ------------------------------------------------------------------------------------------------
# A worker (honest or persona): the row and one default phase
# ------------------------------------------------------------------------------------------------
RAIL_DEFAULT = {"PH": "gcash", "KE": "mpesa"}


def worker(W, cc, tokens, fraud=0, kind="contractor", tier=None, loc=None, names=None, created=None, employer=None,
           local_hour=None, photo=True, resume=None, pay_rail=None, lookup=None, nets=None, devs=None, laptop_p=0.55):
    r = W.rng
    ids = W.ids
    tier = tier or ("expert" if r.random() < (0.28 if cc in ("US", "CA", "GB", "DE", "PL", "UA", "IN", "PK", "NG", "KE", "BR", "AR", "EG") else 0.15) else "general")
    loc = loc or place(r, cc)
    given, sur, pool = names or name(r, cc)
    s = subject(None, kind, fraud, tokens)
    row = s["row"]
    row["full_name"] = f"{given} {sur}"
    row["email"] = ids.email(given, sur, cc)
    ph, e164, lt = ids.phone(cc)
    row["phone"] = ph
    if lookup is None:
        lookup = r.random() < (0.75 if cc in ("US", "CA") else 0.35)
    row["phone_line_type"] = lt if lookup else ""
    a = address(r, loc, unit=(f"Apt {r.randint(1, 40)}{r.choice('ABCD')}" if r.random() < 0.3 else None))
    row["address"] = addr_text(a)
    row["country"] = cc
    row["birth_date"] = dob(r)
    row["national_id"] = nid_hash(raw_nid(r, cc)) if r.random() < 0.85 else ""
    row["employer"] = employer or "Taskgrid"
    t_c = created if created is not None else W.created()
    row["created_at"] = t_c
    row["recovery_email"] = ""
    row["recovery_phone"] = ""
    row["recovery_phone_line_type"] = ""
    x = r.random()
    if x < 0.45:
        row["recovery_email"] = ids.email(given, sur, cc)
    if r.random() < 0.35:
        row["recovery_phone"] = ph if r.random() < 0.7 else e164
        row["recovery_phone_line_type"] = row["phone_line_type"]
    prof = []
    if tier == "expert" or r.random() < 0.15:
        gh = (given + sur).lower().replace(" ", "")
        if r.random() < 0.8:
            prof.append(f"https://github.com/{ids.token(gh[:10], 2)}")
        if r.random() < 0.7:
            prof.append(f"https://www.linkedin.com/in/{ids.token(gh[:12] + '-', 5, 'abcdef0123456789')}")
    row["profiles"] = ";".join(prof)
    row["taskgrid_tier"] = tier
    row["taskgrid_languages"] = D.LANGS.get(cc, "English")
    row["taskgrid_skills"] = ";".join(r.sample(D.SKILLS_EXPERT if tier == "expert" else D.SKILLS_GENERAL, 3))
    row["taskgrid_kyc"] = "verified" if r.random() < 0.9 else r.choice(["pending", "manual_review"])
    row["taskgrid_id_doc"] = "ssn" if cc == "US" and r.random() < 0.6 else r.choice(["passport", "national_id", "drivers_license"])
    row["taskgrid_status"] = "active" if r.random() < 0.85 else r.choice(["inactive", "paused"])
    row["taskgrid_vendor"] = ""
    s["addr"] = a
    s["loc"] = loc
    s["cc"] = cc
    s["given"], s["sur"], s["pool"] = given, sur, pool
    s["e164"] = e164
    s["tier"] = tier
    # networks and devices
    if nets is None:
        nets = []
        if r.random() < 0.8:
            nets.append((6, W.nets.home(loc)))
        if r.random() < 0.55 or not nets:
            nets.append((2 if nets else 6, W.nets.mobile(loc)))
            if len(nets) == 1:
                s["tokens"].append("mobile_only")
    s["home_net"] = nets[0][1]
    if devs is None:
        devs = [(5, ids.device())]
        if r.random() < 0.5:
            devs.append((2, ids.device(r.choice(["android", "android", "iphone"]))))
    row["signup_ip"] = r.choice(nets[0][1]["ips"])[0] if r.random() < 0.92 else ""
    # payout
    c = D.COUNTRY[cc]
    rail = pay_rail or (RAIL_DEFAULT[cc] if cc in RAIL_DEFAULT and r.random() < 0.4 else wchoice(r, c["rails"]))
    local = ("0" + e164[len(c["cc"]) + 1:]) if rail == "gcash" else e164
    pay = payout_account(ids, r, rail, cc, email=row["email"] if r.random() < 0.75 else None, e164=e164, local_phone=local,
                         given=given, sur=sur)
    if tier == "expert":
        pay["amt"] = (r.uniform(250, 1200), 0.35)
        pay["every"] = r.choice([7, 14])
    else:
        pay["amt"] = (r.uniform(15, 140), 0.6)
        pay["every"] = 7
    if rail in ("crypto",):
        s["tokens"].append("crypto_payout")
    lh = local_hour if local_hour is not None else r.gauss(14, 2.5)
    start = max(T0, t_c)
    active_to = T1 if r.random() < 0.8 else start + (T1 - start) * r.uniform(0.2, 0.9)
    ph_ = phase(start, active_to, nets, devs, utc_hour(lh, cc), rate=r.uniform(1.0, 5.5) if tier == "general" else r.uniform(3, 6),
                pay=pay, loc=loc)
    s["phases"].append(ph_)
    if photo:
        photo_for(W, s)
    if resume or (resume is None and (tier == "expert" or r.random() < 0.12)):
        row["city"] = loc[1]
        resume_for(W, s, tier)
        row.pop("city", None)
    if tier == "expert" and laptop_p and r.random() < laptop_p:
        t_ship = max(start, T0) + r.uniform(2, 40) * DAY
        if t_ship < active_to - 30 * DAY:
            env = laptop(W, s, loc, addr_text(a, 1, r) if r.random() < 0.3 else row["address"], t_ship)
            ph_["laptop"] = env
            ph_["devs"] = ph_["devs"] + [(8, env["dev"])]
            s["tokens"].append("laptop_programme")
    return s


def clone_phase(p, **kw):
    q = dict(p)
    q.update(kw)
    return q


def split_phase(s, t, **kw):
    """End the last phase at t and start a new one with changes."""
    last = s["phases"][-1]
    if t <= last["start"] + 5 * DAY or t >= last["end"] - 5 * DAY:
        t = last["start"] + (last["end"] - last["start"]) * 0.5
    new = clone_phase(last, start=t, **kw)
    last["end"] = t
    s["phases"].append(new)
    return new
