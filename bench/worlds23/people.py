"""Honest people: the profile recipe and every honest structure of the Fleetdesk world."""
from . import data as D
from . import media
from .infra import (DAY, W0, W1, EXPORT_DAY, Net, Address, chance, wchoice, seeded, hhex, phone_e164, phone_format, email_local,
                    personal_domain, local_to_utc, date_iso, mac, ip4, us_address, intl_address, jitter, okta_device_id, salted)
from .market import pick_client, mailbox_address
from .model import (Place, Schedule, Laptop, Channel, new_person, settle, habits, hire, ship_laptop, setup_pay, default_channels,
                    vis_name, depot_for)


# ---------------------------------------------------------------------------------------------------------------
# the profile recipe

def home_cc_for(client, rng):
    cc = client.cc
    r = rng.random()
    if cc == "US":
        return "US" if r < 0.93 else wchoice(rng, [("CA", 3), ("GB", 1), ("MX", 1), ("PL", 1), ("IN", 1), ("PH", 1), ("BR", 1), ("PT", 1), ("CO", 1)])
    if cc == "GB":
        return "GB" if r < 0.8 else rng.choice(["PL", "DE", "PT", "ES", "IE", "NL", "RO"])
    if cc == "CA":
        return "CA" if r < 0.86 else "US"
    if cc == "DE":
        return "DE" if r < 0.75 else rng.choice(["PL", "ES", "PT", "NL"])
    if cc == "PL":
        return "PL" if r < 0.85 else "UA"
    if cc == "NL":
        return "NL" if r < 0.6 else rng.choice(["DE", "PL", "PT"])
    if cc == "IE":
        return "IE" if r < 0.6 else "GB"
    return cc


def decorate(w, p, rng, photo=True):
    """Photo, profiles, recovery contacts, phone kind."""
    r = rng.random()
    if not photo:
        p.photo = None
    elif r < 0.55:
        p.photo = ("face", w.new_face(), 0)
    elif r < 0.66:
        p.photo = ("initials", (p.first[:1] + p.last[:1]).upper(), (len(p.first) * 7 + len(p.last)) % 9)
        p.add_token("initials_avatar")
    elif r < 0.75:
        p.photo = ("slack", rng.randrange(8), 0)
        p.add_token("default_avatar")
    elif r < 0.80:
        p.photo = ("cartoon", rng.randrange(24), 0)
        p.add_token("cartoon_avatar")
    else:
        p.photo = None
    fa = media.ascii_slug(p.first)
    la = media.ascii_slug(p.last)
    if rng.random() < 0.55:
        p.profiles.append(rng.choice([f"https://www.linkedin.com/in/{fa}-{la}-{hhex(p.pid, 'li', n=8)}", f"https://www.linkedin.com/in/{fa}{la}",
                                      f"https://linkedin.com/in/{fa}-{la}{rng.randint(1, 99)}", f"https://www.linkedin.com/in/{fa[:1]}{la}{rng.randint(1, 999)}/"]))
    if p.role == "eng" and rng.random() < 0.45:
        p.profiles.append(f"https://github.com/{rng.choice([fa + la, fa[:1] + la, fa + '-' + la, la + fa[:1], fa + str(rng.randint(1, 99))])}")
    if rng.random() < 0.05:
        p.profiles.append(rng.choice([f"https://{fa}{la}.com", f"https://{fa}.dev", f"https://{fa}-{la}.vercel.app", f"https://{fa}{la}.github.io"]))
    if p.home_cc == "US" and rng.random() < 0.035:
        p.phone = phone_e164(rng, "US")
        p.phone_line = "voip_nonfixed"
        p.add_token("google_voice")
    elif rng.random() < 0.01:
        p.phone_line = "landline"
    if rng.random() < 0.25:
        p.recovery_email = email_local(rng, p.first, p.last) + "@" + personal_domain(rng, p.home_cc)
    if rng.random() < 0.05:
        p.recovery_phone = phone_e164(rng, p.home_cc)
        p.recovery_line = "mobile"
    if p.origin == "korean":
        p.add_token("korean_name")
    elif p.origin == "chinese":
        p.add_token("chinese_name")


def worker(w, rng, client, cc=None, row=None, role=None, origin=None, line=None, first=None, last=None, birth_year=None, addr=None,
           photo=True, sex=None):
    cc = cc or home_cc_for(client, rng)
    p = new_person(w, rng, cc, origin=origin, role=role, first=first, last=last, birth_year=birth_year, sex=sex)
    settle(w, p, rng, cc=cc, row=row, line=line, addr=addr)
    habits(w, p, rng)
    decorate(w, p, rng, photo=photo)
    return p


def tenure(w, rng, client=None, applicant_p=0.1, contractor_p=None):
    """(kind, start day, end day or None)"""
    if rng.random() < applicant_p:
        created = W1 - rng.randint(0, 55)
        return "applicant", created + rng.randint(12, 60), None
    start = W1 - int(rng.expovariate(1 / 430.0))
    start = max(start, W0 - 2300)
    end = start + 30 + int(rng.expovariate(0.17 / 365.0))
    if end > W1:
        end = None
    cp = client.contractor_share if (client is not None and contractor_p is None) else (contractor_p or 0.1)
    kind = "contractor" if rng.random() < cp else "employee"
    return kind, start, end


def laptop_for(kind, client, rng):
    if kind == "contractor":
        return rng.random() >= client.byod_contractor_p
    return rng.random() < 0.985


def attach_office(p, client, rng):
    if client.office is not None and p.residence(W1).city == client.office.city:
        p.office = client.office
        p.office_p = rng.uniform(0.15, 0.65)
        p.add_token("hybrid_office")


def finish(w, s, rng, primary, photo_edit=None):
    p = s.person
    if p.photo is not None:
        k, key, e = p.photo
        if photo_edit is not None and k == "face":
            s.photo = (k, key, photo_edit)
        else:
            s.photo = p.photo
    c = s.client
    if c.has_ats and s.kind in ("employee", "contractor", "applicant") and s.start > W0 - 900 and rng.random() < 0.72:
        if p.resume_text is None:
            tmpl = None
            if rng.random() < 0.3:
                tmpl = ("popular", rng.randrange(6))
                p.add_token("resume_template")
            p.resume_text = media.make_resume(rng, p, template=tmpl)
        s.resume = (wchoice(rng, [("pdf", 40), ("docx", 22), ("txt", 14), ("md", 10), ("inline", 14)]), p.resume_text)
    if s.kind == "applicant" and rng.random() < 0.35:
        s.pre_logins = rng.randint(1, 3)
        s.add_token("pre_start")
    elif s.kind == "applicant":
        s.add_token("pre_start")
    if c.egress is not None and s.laptop is not None:
        s.add_token("sse_egress" if c.egress[0] == "sse" else "corp_vpn")
    if s.laptop is not None and s.laptop.os == "linux":
        s.add_token("linux_laptop")
    toks = [primary] + [t for t in s.tokens if t != primary]
    for t in p.tokens:
        if t not in toks:
            toks.append(t)
    s.tokens = toks
    return s


# ---------------------------------------------------------------------------------------------------------------
# structures

def bulk(w, rng, n):
    made = 0
    while made < n:
        c = pick_client(w, rng)
        row = c.hq if (c.office is not None and rng.random() < c.hybrid) else None
        cc = c.cc if row is not None else None
        p = worker(w, rng, c, cc=cc, row=row)
        kind, start, end = tenure(w, rng, c)
        s = hire(w, p, c, kind, start, rng, end=end, laptop=laptop_for(kind, c, rng))
        attach_office(p, c, rng)
        prim = "honest_employee"
        if "ship_to_office" in s.tokens:
            prim = "honest_office_first"
        elif "ship_to_colleague" in s.tokens:
            prim = "honest_ship_via_colleague"
        finish(w, s, rng, prim)
        made += 1
    return made


def namesakes(w, rng, n):
    """Common names with the same birth year, different people."""
    common = [("anglo", "Michael", "Smith"), ("anglo", "Jennifer", "Johnson"), ("anglo", "David", "Brown"), ("anglo", "Sarah", "Miller"),
              ("hispanic", "José", "García"), ("hispanic", "María", "Rodríguez"), ("chinese", "Wei", "Zhang"), ("chinese", "Jing", "Wang"),
              ("korean", "Ji-hoon", "Kim"), ("korean", "Min-ji", "Lee"), ("indian", "Rahul", "Sharma"), ("indian", "Priya", "Patel"),
              ("vietnamese", "Minh", "Nguyen"), ("anglo", "James", "Williams"), ("anglo", "Emily", "Davis"), ("filipino", "Mark", "Santos"),
              ("anglo", "John", "Lee"), ("black", "Marcus", "Johnson"), ("anglo", "Ashley", "Wilson"), ("indian", "Amit", "Kumar")]
    made = 0
    while made < n:
        origin, f, l_ = common[rng.randrange(len(common))]
        year = rng.randint(1978, 2000)
        k = 2 if rng.random() < 0.8 else 3
        same_day = rng.random() < 0.12
        bd = None
        for j in range(k):
            c = pick_client(w, rng, cc="US") if rng.random() < 0.85 else pick_client(w, rng)
            p = worker(w, rng, c, cc="US", origin=origin, first=f, last=l_, birth_year=year)
            p.middle = ""
            if same_day:
                if bd is None:
                    bd = p.birth
                p.birth = bd
            p.add_token("namesake")
            kind, start, end = tenure(w, rng, c)
            s = hire(w, p, c, kind, start, rng, end=end, laptop=laptop_for(kind, c, rng))
            finish(w, s, rng, "honest_namesake")
            made += 1
    return made


def households(w, rng, n):
    made = 0
    while made < n:
        r = rng.random()
        rel = "couple" if r < 0.57 else ("roommates" if r < 0.82 else ("family" if r < 0.96 else "group_house"))
        k = 2 if rng.random() < 0.78 else (3 if rng.random() < 0.85 else 4)
        if rel == "couple":
            k = 2 if rng.random() < 0.9 else 3     # a couple and an adult child
        row = None
        if rel == "group_house":                # tech "hacker houses" and big shared flats: 4-7 remote workers of different companies
            k = rng.randint(4, 7)
            c0 = pick_client(w, rng, cc="US")
            cc = "US"
            row = [x for x in D.US_CITIES if x[0] in ("San Francisco", "Oakland", "Austin", "Brooklyn", "Seattle", "Boston", "Denver")]
            row = row[rng.randrange(len(row))]
        else:
            c0 = pick_client(w, rng)
            cc = home_cc_for(c0, rng)
        first_person = worker(w, rng, c0, cc=cc, row=row)
        home = first_person.periods[0][2]
        members = [first_person]
        shared_pc = (okta_device_id(rng), rng.choice(["win_chrome", "mac_safari"])) if rng.random() < 0.15 else None
        joint = "acct:" + hhex("joint", first_person.pid, n=40) if rel in ("couple", "family") and rng.random() < 0.4 else None
        for j in range(1, k):
            same_last = rel == "family" or (rel == "couple" and rng.random() < 0.55)
            origin = first_person.origin if rel in ("couple", "family") or rng.random() < 0.4 else None
            by = None
            if rel == "family":
                by = rng.randint(1996, 2005)
            p = new_person(w, rng, cc, origin=origin, last=first_person.last if same_last else None, birth_year=by)
            p.periods.append((W0 - 3000, W1 + 400, home))
            habits(w, p, rng)
            decorate(w, p, rng)
            members.append(p)
        for i, p in enumerate(members):
            other = members[(i + 1) % len(members)]
            if rel in ("couple", "family") and rng.random() < 0.3:
                p.recovery_email = other.personal_email
                p.add_token("family_recovery")
            if rel in ("couple", "family") and rng.random() < 0.22:
                p.recovery_phone = other.phone
                p.recovery_line = other.phone_line
                p.add_token("family_recovery_phone")
            if shared_pc is not None:
                p.pc_dev = shared_pc
                p.add_token("family_device")
            if joint is not None:
                p.banks = [(W0 - 3000, joint, "bank", "ACH" if cc == "US" else "local transfer",
                            f"{members[0].first} & {members[1].first} {members[0].last}")]
                p.add_token("joint_account")
            p.add_token("shared_home")
            p.add_token(f"household_{rel}")
        used = []
        for i, p in enumerate(members):
            if i > 0 and rng.random() < 0.1:
                c = members[0].subjects[0].client if members[0].subjects else c0
                p.add_token("same_client_household")
            elif i == 0:
                c = c0
            else:
                c = pick_client(w, rng, exclude=used)
            used.append(c)
            kind, start, end = tenure(w, rng, c)
            s = hire(w, p, c, kind, start, rng, end=end, laptop=laptop_for(kind, c, rng))
            attach_office(p, c, rng)
            finish(w, s, rng, "honest_household")
            made += 1
    return made


def siblings_apart(w, rng, n):
    """Adult siblings in different homes who both list a parent's phone (or the family mailbox) for recovery."""
    made = 0
    while made < n:
        c = pick_client(w, rng, cc="US")
        p0 = worker(w, rng, c, cc="US")
        parent_phone = phone_e164(rng, "US")
        fam_mail = f"{media.ascii_slug(p0.last)}family{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'yahoo.com', 'aol.com', 'comcast.net'])}"
        k = rng.choice([2, 2, 3])
        for j in range(k):
            p = p0 if j == 0 else worker(w, rng, c, cc="US", origin=p0.origin, last=p0.last)
            if rng.random() < 0.7:
                p.recovery_phone = parent_phone
                p.recovery_line = "landline" if rng.random() < 0.3 else "mobile"
                p.add_token("parent_recovery_phone")
            else:
                p.recovery_email = fam_mail
                p.add_token("family_mailbox_recovery")
            cj = c if j == 0 else pick_client(w, rng)
            kind, start, end = tenure(w, rng, cj)
            s = hire(w, p, cj, kind, start, rng, end=end, laptop=laptop_for(kind, cj, rng))
            s.rec["recovery_phone"] = phone_format(rng, p.recovery_phone, "US") if p.recovery_phone else s.rec.get("recovery_phone", "")
            if p.recovery_email:
                s.rec["recovery_email"] = p.recovery_email
            finish(w, s, rng, "honest_siblings_apart")
            made += 1
    return made


def diaspora(w, rng, n):
    """Immigrants and heritage speakers: a home-language keyboard, messaging apps, visits home."""
    origins = [("chinese", 22), ("korean", 16), ("indian", 18), ("vietnamese", 8), ("filipino", 7), ("russian", 8), ("arabic", 4),
               ("persian", 3), ("hispanic", 8), ("japanese", 3), ("polish", 2), ("nigerian", 2), ("brazilian", 1), ("turkish", 1)]
    made = 0
    while made < n:
        c = pick_client(w, rng, cc=rng.choice(["US", "US", "US", "US", "CA", "GB", "DE"]))
        cc = c.cc if rng.random() < 0.9 else "US"
        origin = wchoice(rng, origins)
        p = worker(w, rng, c, cc=cc, origin=origin)
        home_country, kbs, msgs = D.HERITAGE[origin]
        if rng.random() < 0.75:
            p.keyboards = p.keyboards + [rng.choice(kbs)]
            p.add_token("heritage_keyboard")
        if rng.random() < 0.6:
            p.procs.append((rng.choice(msgs), 0.6))
            p.add_token("home_messenger")
        if rng.random() < 0.25:
            p.recovery_phone = phone_e164(rng, home_country if home_country in ("KR", "CN", "IN", "PH", "VN", "MX", "JP", "PL", "UA", "BR", "DE", "NG", "EG") else "IN")
            p.recovery_line = "mobile"
            p.add_token("intl_family_phone")
        if home_country in D.INTL_CITIES and rng.random() < 0.55:
            visits(w, p, rng, home_country)
        kind, start, end = tenure(w, rng, c)
        s = hire(w, p, c, kind, start, rng, end=end, laptop=laptop_for(kind, c, rng))
        if p.recovery_phone and rng.random() < 0.8:
            s.rec["recovery_phone"] = phone_format(rng, p.recovery_phone, cc)
        attach_office(p, c, rng)
        finish(w, s, rng, "honest_diaspora")
        made += 1
    return made


def visits(w, p, rng, cc):
    """Trips to the family abroad: the parents' home line, the local zone; China calls for a VPN."""
    row = w.city_row(cc, rng)
    fam = w.home_place(cc, rng, last=p.last, row=row)
    fam.kind = "family_abroad"
    if cc == "CN":
        fam.label = "vpn:" + rng.choice(["Astrill", "Astrill", "ExpressVPN", "NordVPN"])
        p.add_token("astrill_vpn" if "Astrill" in fam.label else "vpn_in_china")
    for _ in range(rng.choice([1, 1, 2])):
        d0 = rng.randint(W0, W1 - 20)
        p.trips.append((d0, d0 + rng.randint(9, 30), fam))
    p.trips.sort(key=lambda x: x[0])
    if rng.random() < 0.3:
        p.keep_tz = True
    p.add_token("visit_home")


def contractors_abroad(w, rng, n):
    made = 0
    ccs = [("PH", 14), ("IN", 14), ("MX", 8), ("BR", 8), ("AR", 8), ("CO", 7), ("PL", 7), ("UA", 7), ("RO", 4), ("PT", 4), ("ES", 3),
           ("NG", 4), ("KE", 3), ("PK", 5), ("VN", 4), ("EG", 2), ("GE", 2)]
    while made < n:
        c = pick_client(w, rng, cc="US") if rng.random() < 0.85 else pick_client(w, rng)
        cc = wchoice(rng, ccs)
        p = worker(w, rng, c, cc=cc)
        if rng.random() < 0.45:
            p.sched = Schedule(c.tz, rng.uniform(8.0, 10.0), rng.uniform(7, 9), 0.05, 0.05)
            p.add_token("us_hours")
        if rng.random() < 0.12:
            p.phone = phone_e164(rng, "US")
            p.phone_line = "voip_nonfixed"
            p.add_token("us_voip_abroad")
        r = rng.random()
        if r < 0.5:
            prov = rng.choice(["Wise", "Payoneer", "PayPal", "Wise"])
            p.banks = [(W0 - 3000, f"{prov.lower()}:{p.personal_email}", "wallet", prov, f"{p.first} {p.last}")]
            p.add_token("wallet_payout")
        elif r < 0.53:
            p.banks = [(W0 - 3000, media.crypto(rng, "usdc"), "crypto", "Bitwage USDC", f"{p.first} {p.last}")]
            p.add_token("crypto_payout")
        kind, start, end = tenure(w, rng, c, contractor_p=0.85)
        s = hire(w, p, c, kind, start, rng, end=end, laptop=rng.random() < 0.45, payroll=c.payroll or rng.random() < 0.5)
        s.rec["country"] = cc
        finish(w, s, rng, "honest_contractor_abroad")
        made += 1
    return made


def eor(w, rng, n):
    made = 0
    ccs = [("GB", 8), ("DE", 6), ("PL", 8), ("PT", 6), ("ES", 6), ("IN", 10), ("PH", 6), ("MX", 8), ("BR", 8), ("CA", 10), ("AR", 6),
           ("CO", 6), ("NL", 3), ("IE", 3), ("RO", 3), ("UA", 3)]
    while made < n:
        c = pick_client(w, rng, cc="US") if rng.random() < 0.8 else pick_client(w, rng)
        cc = wchoice(rng, ccs)
        p = worker(w, rng, c, cc=cc)
        name, dom, legal = D.EORS[rng.randrange(len(D.EORS))]
        kind, start, end = tenure(w, rng, c, contractor_p=0.0)
        s = hire(w, p, c, kind, start, rng, end=end, laptop=rng.random() < 0.85, payroll=False)
        s.ext["fleetdesk_worker_type"] = "eor"
        s.ext["fleetdesk_eor"] = name
        if kind == "employee":
            if rng.random() < 0.5:
                setup_pay(w, s, rng, dest=w.eor_accounts[name], method="bank", provider=name, payee=legal, payer=c.name, currency="USD")
                s.add_token("eor_pooled_payout")
            else:
                setup_pay(w, s, rng, payer=legal)
                s.add_token("eor_payer")
        if rng.random() < 0.2:
            s.rec["recovery_email"] = f"support@{dom}"
            s.add_token("eor_recovery")
        finish(w, s, rng, "honest_eor")
        made += 1
    return made


def vendors_staff(w, rng, n, kinds):
    """Contractors placed by honest staffing vendors, dev shops and BPOs."""
    vs = [v for v in w.vendors if v["kind"] in kinds]
    made = 0
    if not vs:
        return 0
    while made < n:
        v = vs[rng.randrange(len(vs))]
        team = rng.randint(6, 40)
        clients = [pick_client(w, rng, cc="US") for _ in range(rng.randint(1, 4))]
        for j in range(team):
            if made >= n:
                break
            c = clients[rng.randrange(len(clients))]
            role = "support" if v["kind"] == "bpo" else ("eng" if rng.random() < 0.85 else "ops")
            p = worker(w, rng, c, cc=v["cc"], row=v["row"], role=role)
            p.office = v["office"]
            p.office_p = 0.85 if v["kind"] == "bpo" else rng.uniform(0.1, 0.7)
            p.add_token("vendor_office_ip")
            if v["kind"] == "bpo" or rng.random() < 0.3:
                p.sched = Schedule(c.tz, rng.uniform(7.5, 10.5), rng.uniform(8, 9.5), 0.2 if v["kind"] == "bpo" else 0.05, 0.05)
                p.add_token("us_hours")
                if v["kind"] == "bpo":
                    p.add_token("night_shift")
            if rng.random() < 0.45:
                p.recovery_email = v["hr"]
                p.add_token("vendor_recovery")
            if rng.random() < 0.2:
                p.recovery_phone = v["phone"]
                p.recovery_line = "landline"
                p.add_token("vendor_phone")
            if rng.random() < 0.4:
                p.profiles.append(v["team_url"])
                p.add_token("vendor_team_page")
            if rng.random() < 0.6:
                p.resume_text = media.make_resume(rng, p, template=("vendor", v["template"]))
                p.add_token("vendor_resume_template")
            ship = None
            if rng.random() < 0.45 or v["kind"] == "bpo":
                ship = v["office"].addr.fmt(rng, rng.choice([0, 1, 2, 3]))
                p.add_token("ship_to_vendor")
            kind, start, end = tenure(w, rng, c, contractor_p=1.0)
            s = hire(w, p, c, kind, start, rng, end=end, laptop=rng.random() < 0.55 or v["kind"] == "bpo", ship_to=ship, payroll=False)
            s.ext["fleetdesk_vendor"] = v["name"]
            if c.payroll or rng.random() < 0.6:
                setup_pay(w, s, rng, dest=v["account"], method="bank", provider="ACH" if v["cc"] == "US" else "SWIFT", payee=v["name"],
                          payer=c.name, currency="USD")
                s.add_token("vendor_payout")
            if v["cc"] != "US":
                s.rec["country"] = v["cc"]
            finish(w, s, rng, "honest_bpo" if v["kind"] == "bpo" else "honest_staffing")
            made += 1
    return made


def coworking(w, rng, n):
    made = 0
    while made < n:
        cw = w.coworks[rng.randrange(len(w.coworks))]
        c = pick_client(w, rng, cc=cw.cc) if rng.random() < 0.7 else pick_client(w, rng)
        row = None
        if cw.cc == "US":
            row = [r for r in D.US_CITIES if r[0] == cw.city][0]
        else:
            row = [r for r in D.INTL_CITIES[cw.cc] if r[0] == cw.city][0]
        p = worker(w, rng, c, cc=cw.cc, row=row)
        p.cowork = cw
        p.cowork_p = rng.uniform(0.3, 0.9)
        p.add_token("cowork_ip")
        kind, start, end = tenure(w, rng, c)
        ship = None
        if rng.random() < 0.55:
            a = cw.addr.with_unit(cw.addr.unit) if cw.addr else None
            ship = (f"{p.first} {p.last}, {cw.label}, " if rng.random() < 0.5 else "") + cw.addr.fmt(rng)
            p.add_token("ship_to_cowork")
        s = hire(w, p, c, kind, start, rng, end=end, laptop=laptop_for(kind, c, rng), ship_to=ship)
        if rng.random() < 0.35:
            s.rec["address"] = cw.addr.fmt(rng)
            s.add_token("cowork_address")
        finish(w, s, rng, "honest_coworking")
        made += 1
    return made


NOMAD_SPOTS = [("PT", "Lisbon"), ("MX", "Mexico City"), ("CO", "Medellín"), ("ID", "Denpasar"), ("TH", "Chiang Mai"), ("TH", "Bangkok"),
               ("GE", "Tbilisi"), ("AR", "Buenos Aires"), ("ES", "Barcelona"), ("ES", "Valencia"), ("VN", "Da Nang"), ("JP", "Tokyo"),
               ("BR", "Florianópolis"), ("KR", "Seoul"), ("TW", "Taipei"), ("AE", "Dubai")]


def _spot_place(w, rng, cc, city, last):
    row = [r for r in D.INTL_CITIES[cc] if r[0] == city][0]
    pl = w.home_place(cc, rng, last=last, row=row)
    pl.kind = "airbnb"
    pl.addr = None
    return pl, row


def travellers(w, rng, n):
    made = 0
    while made < n:
        c = pick_client(w, rng, cc="US") if rng.random() < 0.8 else pick_client(w, rng)
        p = worker(w, rng, c)
        home = p.periods[0][2]
        nomad = rng.random() < 0.25
        if nomad:
            k = rng.randint(1, 3)
            d = rng.randint(W0, W1 - 120)
            for _ in range(k):
                cc, city = NOMAD_SPOTS[rng.randrange(len(NOMAD_SPOTS))]
                pl, row = _spot_place(w, rng, cc, city, p.last)
                L = rng.randint(25, 110)
                p.trips.append((d, d + L, pl))
                d += L + rng.randint(20, 120)
                if d > W1 - 30:
                    break
            if rng.random() < 0.6:
                p.vpn = (rng.choice(["NordVPN", "ExpressVPN", "Surfshark", "ProtonVPN"]), 0.7, home.cc)
                p.add_token("vpn_home_country")
            p.add_token("digital_nomad")
            p.keep_tz = rng.random() < 0.35
        else:
            for _ in range(rng.randint(2, 6)):
                d = rng.randint(W0, W1 - 10)
                if rng.random() < 0.7:
                    cc = home.cc
                    row = w.city_row(cc, rng)
                else:
                    cc = rng.choice(["GB", "FR", "IT", "ES", "MX", "JP", "DE", "PT", "CA", "NL", "IE", "TH", "KR"])
                    row = w.city_row(cc, rng)
                p.trips.append((d, d + rng.randint(2, 12), w.hotel(cc, row, rng)))
            p.add_token("travel_logins")
            if rng.random() < 0.15:
                p.vpn = (rng.choice(["NordVPN", "ExpressVPN"]), 0.3, "US")
        p.trips.sort(key=lambda x: x[0])
        kind, start, end = tenure(w, rng, c)
        s = hire(w, p, c, kind, start, rng, end=end, laptop=laptop_for(kind, c, rng))
        finish(w, s, rng, "honest_traveller")
        made += 1
    return made


def mailbox_users(w, rng, n):
    """US expats, nomads and full-time RVers who use a virtual mailbox or a package forwarder."""
    made = 0
    while made < n:
        c = pick_client(w, rng, cc="US")
        kind_ = wchoice(rng, [("expat", 50), ("rver", 25), ("nomad", 25)])
        p = new_person(w, rng, "US")
        habits(w, p, rng)
        decorate(w, p, rng)
        mb, svc = mailbox_address(w, rng, forwarder=False)
        if kind_ == "expat":
            cc, city = rng.choice([("PT", "Lisbon"), ("MX", "Mexico City"), ("MX", "Guadalajara"), ("ES", "Valencia"), ("CO", "Medellín"),
                                   ("TH", "Chiang Mai"), ("PT", "Porto"), ("JP", "Tokyo"), ("DE", "Berlin"), ("NL", "Amsterdam")])
            row = [r for r in D.INTL_CITIES[cc] if r[0] == city][0]
            pl = w.home_place(cc, rng, last=p.last, row=row)
            p.periods.append((W0 - 2000, W1 + 400, pl))
            p.add_token("expat_abroad")
            p.keep_tz = rng.random() < 0.2
        elif kind_ == "rver":
            d = W0 - 400
            while d < W1 + 60:
                row = w.city_row("US", rng, rural=rng.random() < 0.6)
                pl = w.home_place("US", rng, last=p.last, row=row, line="starlink" if rng.random() < 0.7 else "tmobile_home")
                pl.kind = "rv"
                pl.addr = None
                L = rng.randint(20, 75)
                p.periods.append((d, d + L, pl))
                d += L
            p.add_token("fulltime_rv")
        else:
            home = w.home_place("US", rng, last=p.last)
            p.periods.append((W0 - 2000, W1 + 400, home))
            d = rng.randint(W0, W1 - 200)
            for _ in range(rng.randint(2, 4)):
                cc, city = NOMAD_SPOTS[rng.randrange(len(NOMAD_SPOTS))]
                pl, row = _spot_place(w, rng, cc, city, p.last)
                L = rng.randint(30, 90)
                p.trips.append((d, d + L, pl))
                d += L + rng.randint(5, 40)
            p.add_token("digital_nomad")
        p.periods.sort(key=lambda x: x[0])
        if rng.random() < 0.45:
            p.phone_line = "voip_nonfixed"
            p.add_token("google_voice")
        if kind_ != "rver" and rng.random() < 0.5:
            p.vpn = (rng.choice(["NordVPN", "ExpressVPN", "Surfshark"]), 0.75, "US")
            p.add_token("vpn_home_country")
        fw = rng.random() < 0.35 and kind_ == "expat"
        if fw:
            fa, fname = mailbox_address(w, rng, forwarder=True)
            ship = (f"{p.first} {p.last} " if rng.random() < 0.5 else "") + fa.fmt(rng)
            p.add_token("freight_forwarder")
        else:
            ship = mb.fmt(rng)
        kind, start, end = tenure(w, rng, c)
        s = hire(w, p, c, kind, start, rng, end=end, laptop=laptop_for(kind, c, rng), ship_to=ship)
        s.rec["address"] = mb.fmt(rng)
        s.rec["country"] = "US"
        for seg in s.pay:          # a US employee abroad is paid in dollars into a US account
            seg["currency"] = "USD"
        s.add_token("virtual_mailbox")
        if s.laptop is not None and kind_ == "expat":
            s.add_token("abroad_laptop")
        finish(w, s, rng, "honest_mailbox")
        made += 1
    return made


def movers(w, rng, n):
    made = 0
    while made < n:
        c = pick_client(w, rng)
        p = worker(w, rng, c)
        old = p.periods[0][2]
        dmove = rng.randint(W0 + 30, W1 - 30)
        if rng.random() < 0.6:
            row = [r for r in (D.US_CITIES if old.cc == "US" else D.INTL_CITIES.get(old.cc, [])) if r[0] == old.city]
            row = row[0] if row else None
            p.add_token("moved_house")
        else:
            row = None
            p.add_token("moved_city")
        new = w.home_place(old.cc, rng, last=p.last, row=row)
        p.periods = [(W0 - 3000, dmove - 1, old), (dmove, W1 + 400, new)]
        kind, start, end = tenure(w, rng, c)
        if start > dmove - 30:
            start = dmove - rng.randint(60, 600)
            kind = "employee" if kind == "applicant" else kind
        s = hire(w, p, c, kind, start, rng, end=end, laptop=laptop_for(kind, c, rng))
        if rng.random() < 0.5:
            s.rec["address"] = new.addr.fmt(rng)
        if s.laptop is not None and rng.random() < 0.6:
            t = local_to_utc(dmove + rng.randint(3, 60), rng.uniform(13, 20), "America/New_York")
            item = rng.choice(["monitor", "dock", "headset", "keyboard"])
            s.ships.append((t, f"{item[:3].upper()}-{hhex(s.sid, 'mv', n=9).upper()}", new.addr.fmt(rng),
                            {"item": item, "model": "", "direction": "outbound", "recipient": f"{p.first} {p.last}"}))
        if s.laptop is not None and rng.random() < 0.15:
            lap2 = Laptop(rng, c, p.first)
            t = local_to_utc(dmove + rng.randint(10, 80), rng.uniform(13, 20), "America/New_York")
            s.ships.append((t, lap2.serial, new.addr.fmt(rng), {"item": "laptop", "model": lap2.model, "direction": "replacement",
                                                                "recipient": f"{p.first} {p.last}"}))
            s.ships.append((t + 9 * DAY, s.laptop.serial, depot_for(w, old.cc), {"item": "laptop", "model": s.laptop.model,
                                                                                 "direction": "return", "recipient": "Fleetdesk Depot"}))
            s.add_token("laptop_replaced")
        finish(w, s, rng, "honest_moved")
        made += 1
    return made


def it_people(w, rng, n):
    """Client IT admins and MSP technicians: remote tools on their own machine, RDP/VNC/SSH, desk and homelab KVMs."""
    made = 0
    # the IT/ops people at startups without an office receive new hires' laptops at home
    for c in w.clients:
        if c.ship_policy == "it_person" and c.it_person is None:
            p = worker(w, rng, c, cc=c.cc if c.cc in ("US", "CA", "GB", "DE", "PL", "IN", "PH", "NL", "IE") else "US", role="it")
            _it_habits(w, p, rng)
            c.it_person = p
            p.add_token("receives_new_hire_laptops")
            kind, start, end = tenure(w, rng, c, applicant_p=0.0, contractor_p=0.0)
            start = min(start, W0 - rng.randint(30, 800))
            s = hire(w, p, c, "employee", start, rng, end=None, laptop=True)
            finish(w, s, rng, "honest_it_admin")
            made += 1
    while made < n:
        msp = rng.random() < 0.35 and w.msps
        if msp:
            m = w.msps[rng.randrange(len(w.msps))]
            c0 = pick_client(w, rng, cc="US")
            p = worker(w, rng, c0, cc="US", row=m["row"], role="it")
            _it_habits(w, p, rng)
            p.office = m["office"]
            p.office_p = 0.5
            p.add_token("msp_technician")
            # the MSP's own laptop signs in to each client tenant it administers
            dev = (okta_device_id(rng), rng.choice(["win_edge", "win_chrome", "mac_chrome"]))
            k = rng.randint(2, 5)
            cl = []
            for j in range(k):
                c = pick_client(w, rng, cc="US", exclude=cl)
                cl.append(c)
                s = hire(w, p, c, "account", W0 - rng.randint(10, 900) if rng.random() < 0.7 else rng.randint(W0, W1 - 60), rng,
                         laptop=False, record_work_email=False)
                s.rec["email"] = f"{media.ascii_slug(p.first)}.{media.ascii_slug(p.last)}@{m['domain']}"
                s.rec["employer"] = c.name
                s.ext["fleetdesk_vendor"] = m["name"]
                s.ext["fleetdesk_title"] = "MSP Technician"
                s.channels = [Channel(70, "pc", dev[0], dev[1], _office_or_home(p)),
                              Channel(30, "phone", p.phone_dev[0], p.phone_dev[1], s.channels[-1].egress)]
                if len(cl) > 1:
                    s.add_token("msp_multi_client")
                finish(w, s, rng, "honest_it_admin")
                made += 1
        else:
            c = pick_client(w, rng)
            p = worker(w, rng, c, role="it")
            _it_habits(w, p, rng)
            kind, start, end = tenure(w, rng, c)
            s = hire(w, p, c, kind, start, rng, end=end, laptop=True)
            attach_office(p, c, rng)
            finish(w, s, rng, "honest_it_admin")
            made += 1
    return made


def _office_or_home(p):
    def eg(day, rng, place):
        return place.net
    return eg


def _it_habits(w, p, rng):
    tools = ["ScreenConnect", "TeamViewer", "AnyDesk", "RustDesk", "Splashtop", "RealVNC", "Chrome Remote Desktop", "Zoho Assist",
             "Jump Desktop", "Parsec"]
    k = rng.choice([1, 2, 2, 3, 4])
    for t in rng.sample(tools, k):
        if t not in p.remote_tools:
            p.remote_tools.append(t)
    p.add_token("remote_tools")
    if rng.random() < 0.4:
        p.ports = p.ports + ["3389/tcp"]
        p.add_token("rdp_listening")
    if rng.random() < 0.35:
        p.ports = p.ports + ["22/tcp"]
    if rng.random() < 0.15:
        p.ports = p.ports + ["5900/tcp"]
    if rng.random() < 0.35:
        host = f"192.168.{rng.choice([0, 1, 1, 50, 86])}.{rng.randint(2, 250)}"
        p.remote_sessions.append((host, 0.35, 0.01, 2.0))
        p.add_token("remote_sessions")
    if rng.random() < 0.12:
        host = f"10.{rng.randint(0, 40)}.{rng.randint(0, 255)}.{rng.randint(2, 250)}"
        p.remote_sessions.append((host, 0.5, 3.0, 30.0))      # a jump host keeps a session to the admin's machine for weeks
        p.add_token("long_remote_session")
    if rng.random() < 0.3:
        p.desk_usb = p.desk_usb + D.USB_DESK_KVM[rng.randrange(len(D.USB_DESK_KVM))]
        p.add_token("desk_kvm")
    if rng.random() < 0.08:
        kv = rng.choice(["pikvm", "pikvm_v4", "tinypilot", "jetkvm", "glinet"])
        gadget, edid = D.USB_IPKVM[kv]
        p.desk_usb = p.desk_usb + [gadget]
        p.desk_display = p.desk_display + [edid]
        p.add_token("homelab_kvm")
    if rng.random() < 0.3:
        p.linux_usb = True
    p.desk_display = p.desk_display + [rng.choice(D.DISPLAYS)]
    if rng.random() < 0.1:
        p.sched = Schedule(None, rng.uniform(6, 9), rng.uniform(9, 12), 0.25, 0.3)
        p.add_token("on_call")


def founder_homes(w, rng, n):
    """Small startups whose office is a founder's house: laptops delivered there, some days worked there."""
    made = 0
    while made < n:
        c = pick_client(w, rng, cc="US")
        row = c.hq
        f = worker(w, rng, c, cc="US", row=row)
        home = f.periods[0][2]
        office = Place("office", home.net, home.addr, home.tz, home.cc, home.city, home.lat, home.lon, label=c.name + " (founder's house)",
                       region=home.region)
        team = rng.randint(3, 10)
        kind, start, end = tenure(w, rng, c, applicant_p=0.0, contractor_p=0.0)
        start = min(start, W0 - rng.randint(100, 900))
        s = hire(w, f, c, "employee", start, rng, laptop=True)
        s.add_token("startup_house")
        finish(w, s, rng, "honest_founder_home")
        made += 1
        for j in range(team):
            local = rng.random() < 0.7
            p = worker(w, rng, c, cc="US", row=row if local else None)
            if local:
                p.office = office
                p.office_p = rng.uniform(0.15, 0.5)
            kind, start, end = tenure(w, rng, c)
            ship = home.addr.fmt(rng) if rng.random() < 0.6 else None
            s = hire(w, p, c, kind, start, rng, end=end, laptop=laptop_for(kind, c, rng), ship_to=ship)
            if ship:
                s.add_token("ship_to_founder")
            s.add_token("startup_house")
            finish(w, s, rng, "honest_founder_home")
            made += 1
    return made


def night_shift(w, rng, n):
    made = 0
    while made < n:
        c = pick_client(w, rng)
        p = worker(w, rng, c, role=rng.choice(["support", "eng", "it", "support"]))
        p.sched = Schedule(None, rng.uniform(19.5, 23.5), rng.uniform(8, 10), rng.uniform(0.2, 0.45), 0.02)
        p.add_token("night_shift")
        kind, start, end = tenure(w, rng, c)
        s = hire(w, p, c, kind, start, rng, end=end, laptop=laptop_for(kind, c, rng))
        finish(w, s, rng, "honest_night_shift")
        made += 1
    return made


def interns(w, rng, n):
    made = 0
    while made < n:
        uname, edu, row, net = w.unis[rng.randrange(len(w.unis))]
        c = pick_client(w, rng, cc="US")
        p = new_person(w, rng, "US", birth_year=rng.randint(1999, 2005), role=rng.choice(["eng", "eng", "ops"]))
        dorm = rng.random() < 0.6
        if dorm:
            bkey = (uname, rng.randrange(4))
            if not hasattr(w, "dorms"):
                w.dorms = {}
            if bkey not in w.dorms:
                baddr = us_address(rng, row, unit_p=0.0)
                baddr.building = rng.choice(["Residence Hall", "North Campus Apartments", "University Village", "West Hall", "Graduate Towers"])
                dnet = Net(f"dorm{len(w.dorms)}", "university", net.owner, net.asn, "US", row[0], row[3], row[4], pool=net.pool, gw=mac(rng),
                           ssid_="eduroam")
                w.dorms[bkey] = (baddr, dnet)
            baddr, dnet = w.dorms[bkey]
            addr = baddr.with_unit(str(rng.randint(100, 899)), "Room")
            pl = Place("dorm", dnet, addr, row[2], "US", row[0], row[3], row[4], region=row[1])
            p.periods.append((W0 - 2000, W1 + 400, pl))
            p.add_token("dorm_address")
        else:
            settle(w, p, rng, row=row)
            campus = Place("campus", net, None, row[2], "US", row[0], row[3], row[4])
            p.cowork = campus
            p.cowork_p = 0.4
        p.add_token("university_network")
        habits(w, p, rng)
        decorate(w, p, rng)
        p.personal_email = email_local(rng, p.first, p.last) + "@" + edu if rng.random() < 0.6 else p.personal_email
        if rng.random() < 0.3:
            p.recovery_phone = phone_e164(rng, "US")
            p.recovery_line = "mobile"
            p.add_token("parent_recovery_phone")
        y = rng.choice([2024, 2025])
        start = int(date_iso_to_day(f"{y}-05-{rng.randint(15, 31)}")) if rng.random() < 0.7 else rng.randint(W0, W1 - 90)
        end = start + rng.randint(70, 110)
        if end > W1:
            end = None
        s = hire(w, p, c, rng.choice(["contractor", "employee"]), start, rng, end=end, laptop=rng.random() < 0.7)
        s.ext["fleetdesk_title"] = rng.choice(["Software Engineering Intern", "Data Science Intern", "Product Intern", "Marketing Intern"])
        finish(w, s, rng, "honest_intern")
        made += 1
    return made


def date_iso_to_day(s):
    from .infra import day_of
    return day_of(s)


def corporate_housing(w, rng, n):
    made = 0
    while made < n:
        brand, row, baddr, net = w.corp_housing[rng.randrange(len(w.corp_housing))]
        c = pick_client(w, rng, cc="US")
        p = new_person(w, rng, "US")
        habits(w, p, rng)
        decorate(w, p, rng)
        start = rng.randint(W0 + 20, W1 - 40)
        addr = baddr.with_unit(str(rng.randint(201, 2400)), "Unit")
        addr.building = brand
        ch = Place("corp_housing", net, addr, row[2], "US", row[0], row[3], row[4], region=row[1])
        moved = start + rng.randint(45, 120)
        final = w.home_place("US", rng, last=p.last, row=row)
        p.periods = [(W0 - 3000, start - 10, w.home_place("US", rng, last=p.last)), (start - 9, moved, ch), (moved + 1, W1 + 400, final)]
        p.add_token("corporate_housing")
        s = hire(w, p, c, "employee", start, rng, laptop=True, ship_to=addr.fmt(rng))
        if rng.random() < 0.5:
            s.rec["address"] = addr.fmt(rng)
        finish(w, s, rng, "honest_corporate_housing")
        made += 1
    return made


def client_admins(w, rng, per_client=2.0):
    made = 0
    for c in w.clients:
        k = max(1, int(round(rng.uniform(0.5, 1.5) * per_client * (1 + (c.size > 100)))))
        for j in range(k):
            row = c.hq if c.office is not None else None
            p = worker(w, rng, c, cc=c.cc if row is not None else None, row=row, role=rng.choice(["ops", "it", "ops"]))
            p.title = rng.choice(["People Operations Manager", "HR Generalist", "IT Manager", "Office Manager", "Head of People",
                                  "Finance Manager", "Workplace Lead", "COO"])
            if c.office is not None:
                p.office = c.office
                p.office_p = rng.uniform(0.3, 0.8)
            start = W0 - rng.randint(30, 1500) if rng.random() < 0.7 else rng.randint(W0, W1 - 30)
            s = hire(w, p, c, "account", start, rng, laptop=False)
            s.ext["fleetdesk_title"] = p.title
            s.ext["fleetdesk_role"] = rng.choice(["admin", "admin", "billing", "approver"])
            finish(w, s, rng, "honest_client_admin")
            made += 1
    return made


def fleetdesk_staff(w, rng, n):
    made = 0
    fd = w.fleetdesk
    while made < n:
        depot = rng.random() < 0.5
        p = worker(w, rng, fd, cc="US", row=fd.hq if depot else None, role="it" if depot else "support")
        if depot:
            p.office = fd.office
            p.office_p = 0.9
            p.remote_tools = ["ScreenConnect", "TeamViewer"] if rng.random() < 0.6 else ["ScreenConnect"]
            p.desk_usb = p.desk_usb + D.USB_DESK_KVM[rng.randrange(len(D.USB_DESK_KVM))]
            p.add_token("depot_technician")
            p.add_token("remote_tools")
        else:
            p.remote_tools = ["Zoho Assist"] if rng.random() < 0.5 else ["ScreenConnect"]
            p.add_token("support_remote_tools")
        kind, start, end = tenure(w, rng, fd, contractor_p=0.05)
        s = hire(w, p, fd, kind if kind != "applicant" else "employee", start, rng, end=end, laptop=True)
        finish(w, s, rng, "honest_fleetdesk_staff")
        made += 1
    return made


def overemployed_honest(w, rng, n):
    """One real person holding two remote jobs at once: two laptops at one home, one bank account."""
    made = 0
    while made < n:
        c1 = pick_client(w, rng, cc="US")
        p = worker(w, rng, c1, cc="US", role="eng")
        c2 = pick_client(w, rng, cc="US", exclude=[c1])
        p.add_token("overemployed_honest")
        p.add_token("same_person")
        s1 = hire(w, p, c1, "employee", W1 - rng.randint(120, 900), rng, laptop=True)
        finish(w, s1, rng, "honest_overemployed")
        s2 = hire(w, p, c2, rng.choice(["employee", "contractor"]), rng.randint(W0, W1 - 60), rng, laptop=True)
        finish(w, s2, rng, "honest_overemployed", photo_edit=1)
        made += 2
    return made


def job_changers(w, rng, n, same_client=False):
    """People who left one client and joined another (or came back): two records, one person."""
    made = 0
    while made < n:
        c1 = pick_client(w, rng)
        p = worker(w, rng, c1)
        s1_start = W0 - rng.randint(100, 1500)
        s1_end = rng.randint(W0 + 20, W1 - 150)
        s1 = hire(w, p, c1, "employee", s1_start, rng, end=s1_end, laptop=True)
        p.add_token("same_person")
        p.add_token("rehire" if same_client else "job_change")
        finish(w, s1, rng, "honest_rehire" if same_client else "honest_client_switch")
        c2 = c1 if same_client else pick_client(w, rng, exclude=[c1])
        if rng.random() < 0.35:
            old = p.periods[0][2]
            new = w.home_place(old.cc, rng, last=p.last)
            dm = s1_end + rng.randint(-30, 60)
            p.periods = [(W0 - 3000, dm - 1, old), (dm, W1 + 400, new)]
            p.add_token("moved_house")
        start2 = s1_end + rng.randint(14, 240)
        kind2 = "applicant" if start2 > W1 else rng.choice(["employee", "employee", "contractor"])
        s2 = hire(w, p, c2, kind2, start2, rng, laptop=True)
        finish(w, s2, rng, "honest_rehire" if same_client else "honest_client_switch", photo_edit=1 if rng.random() < 0.6 else None)
        made += 2
    return made


def cloud_desktops(w, rng, n):
    made = 0
    while made < n:
        c = pick_client(w, rng)
        prov = rng.choice(["AWS", "Azure", "Azure", "GCP"])
        vdi = w.reg.hosting_pool(prov, f"vdi:{c.cid}", 4, "US", c.hq[0], c.hq[3], c.hq[4], proxy_p=0.02, kind="vdi")
        cc = rng.choice(["US", "US", "IN", "PH", "PL", "MX"])
        p = worker(w, rng, c, cc=cc)
        kind, start, end = tenure(w, rng, c, contractor_p=0.7)
        s = hire(w, p, c, kind, start, rng, end=end, laptop=False)
        dev = okta_device_id(rng)
        s.channels = [Channel(70, "vdi", dev, "win_edge", lambda d, r, pl, vdi=vdi: vdi)] + s.channels
        p.add_token("cloud_desktop")
        finish(w, s, rng, "honest_cloud_desktop")
        made += 1
    return made


def rural(w, rng, n):
    made = 0
    while made < n:
        c = pick_client(w, rng, cc="US")
        row = w.city_row("US", rng, rural=True)
        line = "starlink" if rng.random() < 0.6 else "tmobile_home"
        p = worker(w, rng, c, cc="US", row=row, line=line)
        p.add_token("cgnat_home")
        p.add_token("starlink" if line == "starlink" else "fixed_wireless")
        kind, start, end = tenure(w, rng, c)
        s = hire(w, p, c, kind, start, rng, end=end, laptop=laptop_for(kind, c, rng))
        finish(w, s, rng, "honest_rural")
        made += 1
    return made


def id_theft_victim(w, rng, victim):
    """A real person whose identity a persona uses, employed honestly at some client."""
    c = pick_client(w, rng, cc="US")
    kind, start, end = tenure(w, rng, c, applicant_p=0.02)
    s = hire(w, victim, c, kind, start, rng, end=end, laptop=laptop_for(kind, c, rng))
    finish(w, s, rng, "honest_id_theft_victim")
    return s
