"""Honest kinds: ordinary gig workers and every honest way of sharing things."""
from . import data as D
from .build import (home_lan, laptop, photo_for, resume_for, split_phase, worker, face_spec)
from .common import (DAY, T0, T1, addr_text, address, dob, name, nid_hash, payout_account, phase, place, raw_nid,
                     subject, utc_hour, wchoice)

HH_COUNTRIES = {"PH": 16, "KE": 12, "NG": 10, "IN": 12, "VE": 8, "PK": 7, "US": 8, "BD": 4, "EG": 4, "ID": 3, "GH": 3,
                "UG": 3, "BR": 3, "CO": 2, "MX": 2, "VN": 2, "KR": 1, "CN": 1}
CAFE_COUNTRIES = {"PH": 20, "KE": 18, "NG": 16, "IN": 8, "PK": 8, "BD": 6, "VE": 6, "GH": 5, "UG": 5, "EG": 4, "ET": 3}
CAMPUS = {"IN": 20, "PK": 10, "NG": 10, "KE": 10, "PH": 10, "US": 12, "BR": 6, "EG": 6, "KR": 4, "CN": 4, "VN": 4, "GB": 4}
VENDOR_COUNTRIES = {"PH": 24, "KE": 18, "IN": 20, "UG": 6, "NP": 5, "VE": 5, "NG": 8, "PK": 6, "EG": 4, "GH": 4}
VENDOR_NAMES = ["DataLabel", "Annotix", "Clearpath Data", "TrueTag", "Kijiji Data", "Tala BPO", "Sinag Outsourcing",
                "Mabuhay Data Services", "iLabel", "PixelPerfect", "DeepMark", "Rafiki Annotations", "Sahara Data",
                "Himalaya Labelling", "Indus Data Works", "Nile Digital", "Lagos Label Hub", "Kampala Data Co",
                "Andes Tagging", "Caribe Data", "Bayanihan AI Services", "Harambee Data", "Kraal Analytics", "Lotus Annotate"]


def _share_rec(W, s, other):
    """Make `other`'s email / phone this subject's recovery contact."""
    r = W.rng
    if r.random() < 0.6:
        s["row"]["recovery_email"] = other["row"]["email"]
    else:
        s["row"]["recovery_phone"] = other["row"]["phone"] if r.random() < 0.5 else other["e164"]
        s["row"]["recovery_phone_line_type"] = other["row"].get("phone_line_type", "")


def honest_worker(W, cc=None, **kw):
    cc = cc or W.country()
    return worker(W, cc, ["honest_worker"], **kw)


def households(W, target):
    r = W.rng
    made = []
    while len(made) < target:
        cc = wchoice(r, HH_COUNTRIES)
        loc = place(r, cc)
        k = min(target - len(made), r.choice([2, 2, 2, 3, 3, 4, 5]))
        if k < 2 and made:
            break
        home = W.nets.home(loc, churn=r.choice([1, 1, 2]))
        lan = home_lan(r, cc)
        a = address(r, loc)
        fam_dev = W.ids.device(r.choice(["win_chrome", "android", "win_chrome"])) if r.random() < 0.5 else None
        g0, sur, pool = name(r, cc)
        members = []
        for i in range(k):
            g, s2, _ = name(r, cc, pool)
            surname = sur if r.random() < 0.75 else s2
            nets = [(6, home)]
            if r.random() < 0.6:
                nets.append((2, W.nets.mobile(loc)))
            devs = [(4, W.ids.device())]
            tk = ["honest_household", "shared_home_ip"]
            if fam_dev is not None and (i == 0 or r.random() < 0.8):
                devs.append((6, fam_dev))
                tk.append("family_device")
            s = worker(W, cc, tk, loc=loc, names=(g, surname, pool), nets=nets, devs=devs, laptop_p=0.4)
            s["row"]["address"] = addr_text(a, i, r)
            s["addr"] = a
            env = s["phases"][0].get("laptop")
            if env:
                env["gw"], env["ssid"] = lan["gw"], lan["ssid"]
                s["ships"][0]["address"] = addr_text(a, 1, r)
            members.append(s)
        if r.random() < 0.45:  # one family wallet / bank account
            payer = members[0]["phases"][0]["pay"]
            for m in members[1:]:
                if r.random() < 0.85:
                    m["phases"][0]["pay"] = dict(payer, amt=m["phases"][0]["pay"]["amt"], every=m["phases"][0]["pay"]["every"])
                    m["tokens"].append("family_payout")
            members[0]["tokens"].append("family_payout")
        for m in members[1:]:
            if r.random() < 0.5:
                _share_rec(W, m, members[0])
                m["tokens"].append("family_recovery")
        if r.random() < 0.25:
            for m in members:
                m["row"]["signup_ip"] = home["ips"][0][0]
        made += members
    for m in made:
        W.add(m)
    return made


def cafes(W, target):
    """Internet cafés ('pisonet', cyber cafés) and co-working hubs: many unrelated workers on one address."""
    r = W.rng
    made = []
    while len(made) < target:
        cc = wchoice(r, CAFE_COUNTRIES)
        city = r.choice(D.COUNTRY[cc]["cities"])
        loc = place(r, cc, city)
        cowork = r.random() < 0.35
        hub = W.nets.fixed(loc, r.choice([1, 1, 2]), kind="cafe")
        pcs = [W.ids.device("win_chrome") for _ in range(r.randint(3, 12))]
        hub_addr = address(r, loc)
        k = min(target - len(made), r.randint(5, 35))
        for _ in range(k):
            ploc = place(r, cc, city)
            s = worker(W, cc, ["honest_coworking" if cowork else "honest_cafe", "cafe_ip"], loc=ploc, laptop_p=0.3)
            ph = s["phases"][0]
            ph["nets"] = ph["nets"] + [(8 if r.random() < 0.6 else 3, hub)]
            if r.random() < 0.45 and not cowork:
                ph["devs"] = ph["devs"] + [(8, r.choice(pcs))]
                s["tokens"].append("cafe_pc")
            if r.random() < 0.4:
                s["row"]["signup_ip"] = hub["ips"][0][0]
            if cowork and r.random() < 0.3:
                s["row"]["address"] = addr_text(hub_addr, 1, r)
                s["tokens"].append("hub_mailing_address")
            made.append(s)
    for m in made:
        W.add(m)
    return made


def campus(W, target):
    r = W.rng
    made = []
    while len(made) < target:
        cc = wchoice(r, CAMPUS)
        loc = place(r, cc)
        nat = W.nets.fixed(loc, r.randint(2, 6), kind="campus")
        lab = [W.ids.device(r.choice(["linux_firefox", "linux_chrome", "win_chrome"])) for _ in range(r.randint(4, 15))]
        dom = r.choice(["edu", "ac.in", "edu.pk", "edu.ng", "ac.ke", "edu.ph", "edu.br", "ac.kr", "edu.cn", "edu.vn", "ac.uk"])
        uni = f"{r.choice(['state', 'tech', 'national', 'poly', 'metro', 'city'])}{r.randint(1, 99)}.{dom}"
        for _ in range(min(target - len(made), r.randint(4, 30))):
            s = worker(W, cc, ["honest_campus", "campus_nat"], loc=place(r, cc, loc[4]), laptop_p=0.2)
            s["row"]["birth_date"] = dob(r, 18, 27, 21)
            ph = s["phases"][0]
            ph["nets"] = ph["nets"] + [(7, nat)]
            if r.random() < 0.5:
                ph["devs"] = ph["devs"] + [(5, r.choice(lab))]
                s["tokens"].append("lab_pc")
            if r.random() < 0.35:
                s["row"]["email"] = W.ids.email(s["given"], s["sur"], cc, domain=uni)
            if r.random() < 0.5:
                s["row"]["signup_ip"] = r.choice(nat["ips"])[0]
            made.append(s)
    for m in made:
        W.add(m)
    return made


def setup_helpers(W, target):
    """A neighbour or cousin who set accounts up for others on their phone: same sign-up IP, the helper as recovery."""
    r = W.rng
    made = []
    while len(made) < target:
        cc = wchoice(r, {"KE": 30, "NG": 20, "PH": 20, "PK": 10, "VE": 10, "GH": 5, "UG": 5})
        helper = worker(W, cc, ["honest_setup_helper", "helper"])
        hnet = helper["phases"][0]["nets"][0][1]
        made.append(helper)
        for _ in range(min(target - len(made), r.randint(2, 8))):
            s = worker(W, cc, ["honest_setup_helper", "helped_signup"], loc=place(r, cc, helper["loc"][4]))
            s["row"]["signup_ip"] = r.choice(hnet["ips"])[0]
            if r.random() < 0.6:
                s["row"]["recovery_email"] = helper["row"]["email"]
            if r.random() < 0.4:
                s["row"]["recovery_phone"] = helper["row"]["phone"]
                s["row"]["recovery_phone_line_type"] = helper["row"]["phone_line_type"]
            if r.random() < 0.3:  # first weeks on the helper's phone
                s["phases"][0]["devs"] = s["phases"][0]["devs"] + [(1, helper["phases"][0]["devs"][0][1])]
            made.append(s)
    for m in made:
        W.add(m)
    return made


def vendors(W, target):
    """BPO / annotation vendors enrolling their staff: one office, the company's account, HR's mailbox."""
    r = W.rng
    made = []
    names = list(VENDOR_NAMES)
    r.shuffle(names)
    vi = 0
    while len(made) < target:
        cc = wchoice(r, VENDOR_COUNTRIES)
        loc = place(r, cc)
        vname = (names[vi % len(names)] + ("" if vi < len(names) else f" {vi // len(names) + 1}")) + r.choice([" Inc.", " Ltd", " Solutions", ""])
        vi += 1
        dom = vname.lower().replace(" ", "").replace(".", "")[:18] + r.choice([".com", ".co", ".io", ".ph" if cc == "PH" else ".africa"])
        office = W.nets.fixed(loc, r.randint(1, 3), kind="office")
        oaddr = address(r, loc, unit=f"{r.randint(2, 20)}F")
        acct = payout_account(W.ids, r, "bank", cc)
        acct.update(amt=(r.uniform(40, 200), 0.4), every=7)
        hr = f"{r.choice(['hr', 'admin', 'ops', 'accounts', 'it'])}@{dom}"
        hr_phone = W.ids.phone(cc, mobile=False)[0]
        night = r.random() < 0.4
        size = min(target - len(made), max(8, int(r.paretovariate(1.4) * 18)), 200)
        W.vendors.append(dict(name=vname, domain=dom, cc=cc, loc=loc, net=office))
        W.domains.append(dict(domain=dom, company=vname, kind="vendor", cc=cc, net=office))
        headshot = r.random() < 0.4
        backdrop = r.choice([(60, 80, 120), (200, 200, 205), (30, 30, 35)])
        created0 = W.created(hi=T1 - 120 * DAY)
        pcs = [W.ids.device("win_chrome") for _ in range(max(3, size // 2))]
        for i in range(size):
            tk = ["honest_vendor_staff", "office_ip"]
            s = worker(W, cc, tk, loc=place(r, cc, loc[4]), employer=vname, tier="general" if r.random() < 0.85 else "expert",
                       created=created0 + r.uniform(0, 5) * DAY if r.random() < 0.6 else None, laptop_p=0, resume=False,
                       local_hour=r.gauss(2, 1.5) if night else r.gauss(13, 2))
            row = s["row"]
            row["taskgrid_vendor"] = vname
            ph = s["phases"][0]
            ph["nets"] = [(12, office)] + ph["nets"][:1]
            ph["devs"] = [(8, pcs[i % len(pcs)] if r.random() < 0.7 else r.choice(pcs))] + ph["devs"][:1]
            ph["rate"] = r.uniform(4, 5.5)
            ph["weekend"] = 0.1
            if night:
                tk.append("night_shift")
            if r.random() < 0.3:
                tk.append("hot_desk")
            if r.random() < 0.85:
                ph["pay"] = acct
                tk.append("vendor_payout")
            if r.random() < 0.5:
                row["email"] = W.ids.email(s["given"], s["sur"], cc, domain=dom, style=0)
            if r.random() < 0.55:
                row["recovery_email"] = hr
                tk.append("vendor_recovery")
            elif r.random() < 0.2:
                row["recovery_phone"] = hr_phone
            if r.random() < 0.35:
                row["address"] = addr_text(oaddr, 1, r)
                tk.append("office_address")
            if r.random() < 0.7:
                row["signup_ip"] = office["ips"][0][0]
            if headshot and s["photo"] and s["photo"][0] == "face":
                s["photo"] = ("headshot", s["photo"][1], backdrop)
                tk.append("headshot_day")
            made.append(s)
    for m in made:
        W.add(m)
    return made


def clients(W, target):
    """Client companies (AI labs and enterprises) and their staff accounts (project managers, reviewers)."""
    r = W.rng
    made = []
    used = set()
    while len(made) < target:
        for _ in range(50):
            nm = f"{r.choice(D.CLIENT_WORDS_A)} {r.choice(D.CLIENT_WORDS_B)}"
            if nm not in used:
                break
        used.add(nm)
        cc = wchoice(r, {"US": 70, "GB": 8, "CA": 6, "DE": 5, "FR": 4, "SG": 3, "JP": 2, "KR": 2})
        loc = place(r, cc)
        dom = nm.lower().replace(" ", "") + r.choice([".ai", ".com", ".io"])
        office = W.nets.fixed(loc, r.randint(1, 4), kind="office")
        corp = W.nets.corp() if r.random() < 0.5 else None
        oaddr = address(r, loc, unit=f"Suite {r.randint(100, 900)}")
        cl = dict(name=nm, domain=dom, cc=cc, loc=loc, net=office)
        W.clients.append(cl)
        W.domains.append(dict(domain=dom, company=nm, kind="client", cc=cc, net=office))
        size = min(target - len(made), max(1, int(r.paretovariate(1.3) * 2)), 25)
        batch = r.random() < 0.3
        for _ in range(size):
            g, sn, pool = name(r, cc)
            s = subject(None, "account", 0, ["honest_client_staff"])
            row = s["row"]
            ph, e164, lt = W.ids.phone(cc)
            row.update(full_name=f"{g} {sn}", email=W.ids.email(g, sn, cc, domain=dom, style=r.choice([0, 0, 7])),
                       phone=ph if r.random() < 0.7 else "", phone_line_type=lt if r.random() < 0.5 else "",
                       address=addr_text(oaddr, 1, r) if r.random() < 0.6 else "", country=cc, birth_date="",
                       national_id="", profiles="", employer=nm, created_at=W.created(),
                       recovery_email="", recovery_phone=e164 if r.random() < 0.4 else "", recovery_phone_line_type="",
                       signup_ip=office["ips"][0][0], taskgrid_tier="client", taskgrid_languages="English",
                       taskgrid_skills="", taskgrid_kyc="n/a", taskgrid_id_doc="", taskgrid_status="active",
                       taskgrid_vendor="")
            s.update(cc=cc, loc=loc, given=g, sur=sn, pool=pool, e164=e164, tier="client", addr=oaddr)
            if batch:
                s["tokens"].append("batch_signup")
            nets = [(6, office), (3, W.nets.home(place(r, cc, loc[4])))]
            if corp:
                nets.append((8, corp))
                s["tokens"].append("corp_vpn")
            devs = [(6, W.ids.device(r.choice(["mac_chrome", "win_chrome", "mac_safari"])))]
            s["phases"].append(phase(max(T0, row["created_at"]), T1, nets, devs, utc_hour(r.gauss(11, 2), cc),
                                     rate=r.uniform(2, 5), loc=loc))
            if r.random() < 0.5:
                s["photo"] = face_spec(r)
            made.append(s)
            cl.setdefault("staff", []).append(s)
    for m in made:
        W.add(m)
    return made


def staff(W, target):
    """Taskgrid's own staff: support in Manila and Nairobi, trust & safety, IT with remote tools."""
    r = W.rng
    offices = [("US", "San Francisco"), ("PH", "Makati"), ("KE", "Nairobi")]
    nets = {}
    made = []
    for i in range(target):
        cc, cname = offices[0] if i % 5 == 0 else offices[1] if i % 5 in (1, 2) else offices[2]
        city = next((c for c in D.COUNTRY[cc]["cities"] if c[0] == cname), D.COUNTRY[cc]["cities"][0])
        loc = place(r, cc, city)
        if cc not in nets:
            nets[cc] = W.nets.fixed(loc, 3, kind="office")
        it = r.random() < 0.18
        s = worker(W, cc, ["honest_staff"] + (["it_admin", "remote_tools"] if it else []), kind="employee", loc=loc,
                   employer="Taskgrid", tier="expert" if it else "general", laptop_p=0, resume=False)
        row = s["row"]
        row["email"] = W.ids.email(s["given"], s["sur"], cc, domain="taskgrid.ai", style=0)
        row["taskgrid_tier"] = "staff"
        ph = s["phases"][0]
        ph["nets"] = [(8, nets[cc])] + ph["nets"]
        ph["pay"] = None
        row["signup_ip"] = nets[cc]["ips"][0][0]
        if it or r.random() < 0.4:
            env = laptop(W, s, loc, row["address"], max(T0, row["created_at"]) + 3 * DAY)
            if it:
                env["procs"] += r.sample(D.PROC_REMOTE, 2)
                env["ports"] += ["3389/tcp"] if r.random() < 0.5 else ["22/tcp"]
                env["sessions"].append(dict(host=f"10.{r.randint(0, 40)}.{r.randint(0, 255)}.{r.randint(2, 250)}", hours=r.uniform(0.2, 6)))
                if r.random() < 0.3:
                    env["usb"].append(r.choice(D.USB_DESK_KVM))
            ph["laptop"] = env
            ph["devs"] = ph["devs"] + [(8, env["dev"])]
        made.append(s)
    for m in made:
        W.add(m)
    return made
