"""World 24 honest side: every honest structure Verity sees. Each function makes people and their checks."""
from . import data, infra, life
from .infra import DAY, T0, T1
from .life import Person, check, pick_client


def home_country(w):
    return w.wpick([("US", 70), ("CA", 6), ("GB", 6), ("DE", 3), ("IN", 6), ("PH", 3), ("MX", 1.5), ("BR", 1),
                    ("PL", 1.2), ("UA", 0.8), ("KR", 0.6), ("JP", 0.3), ("VN", 0.3), ("NG", 0.3)])


def when(w):
    return T0 + w.rng.randrange(0, (T1 - T0) // DAY - 10) * DAY + w.rng.randrange(DAY)


def modifiers(w, p):
    """the everyday variety layered on anyone honest"""
    t = []
    if w.chance(0.08):
        v = w.wpick([("NordVPN", 30), ("ExpressVPN", 25), ("Proton VPN", 20), ("Mullvad", 8), ("Surfshark", 15),
                     ("Astrill", 2)])
        p.nets.append((infra.vpn_net(w, v), w.pick([15, 40, 100])))
        if p.machine:
            p.machine.procs.append(data.VPN_PROC[v])
        t.append("vpn_user")
    if w.chance(0.12):
        p.nets = [(infra.mobile_net(w, p.country, p.city), 100)]
        t.append("mobile_only_cgnat")
    if p.phone_kind == "voip":
        t.append("voip_phone")
    if p.photo_mode == "avatar":
        t.append("default_avatar")
    if p.machine and w.chance(0.03):
        p.machine.procs.append(w.pick(data.REMOTE_TOOLS[p.machine.os]))  # helps family with their PCs
        t.append("remote_tool")
    if p.machine and w.chance(0.04):
        p.cam = [w.pick(data.VIRTUAL_CAM[p.machine.os])]  # background blur / camera app
        t.append("virtual_camera_app")
    if p.machine and p.machine.kb2:
        t.append("heritage_keyboard")
    if w.chance(0.25):
        p.hours = (18, 26) if w.chance(0.5) else (6, 14)
    if p.origin in ("korean", "chinese"):
        t.append(p.origin + "_name")
    return t


def ordinary(w, n_rows):
    made = 0
    while made < n_rows:
        p = Person(w, home_country(w))
        p.tokens = ["honest_candidate"] + modifiers(w, p)
        check(w, p, pick_client(w, p.country), when(w))
        made += 1
    return made


def job_hunter(w, n_rows):
    made = 0
    while made < n_rows:
        p = Person(w, home_country(w))
        p.tokens = ["honest_job_hunter"] + modifiers(w, p)
        k = w.wpick([(2, 45), (3, 30), (4, 15), (5, 10)])
        t = when(w) - 40 * DAY
        used = set()
        for i in range(k):
            c = pick_client(w, p.country)
            if c.name in used:
                continue
            used.add(c.name)
            if i and w.chance(0.12):
                p.addr = infra.address(w, p.country, p.city if w.chance(0.7) else w.pick(data.CITIES[p.country]))
                p.tokens = p.tokens + ["moved_house"] if "moved_house" not in p.tokens else p.tokens
            if i and w.chance(0.08):
                p.phone = infra.mobile_number(w, p.country, p.city)
                p.tokens = p.tokens + ["new_phone"] if "new_phone" not in p.tokens else p.tokens
            if i and w.chance(0.1):
                p.email = infra.email_for(w, p.first, p.last, p.dob)
            check(w, p, c, t + w.rng.randrange(0, 60) * DAY)
            made += 1
    return made


def recheck(w, n_rows):
    made = 0
    while made < n_rows:
        p = Person(w, home_country(w))
        p.tokens = ["honest_recheck"] + modifiers(w, p)
        c = pick_client(w, p.country)
        t = when(w) - 200 * DAY
        check(w, p, c, t, hired=False)
        check(w, p, c, t + w.rng.randrange(120, 400) * DAY)
        made += 2
    return made


COMMON = [("anglo", "James", "Smith"), ("anglo", "Michael", "Johnson"), ("anglo", "Jennifer", "Brown"),
          ("hispanic", "Maria", "Garcia"), ("hispanic", "Jose", "Rodriguez"), ("korean", "Daniel", "Kim"),
          ("korean", "Min-jun", "Lee"), ("chinese", "Wei", "Wang"), ("chinese", "Jing", "Li"), ("indian", "Rahul", "Sharma"),
          ("indian", "Priya", "Patel"), ("vietnamese", "Linh", "Nguyen"), ("anglo", "David", "Williams"),
          ("korean", "Grace", "Park"), ("chinese", "Kevin", "Chen")]


def namesakes(w, n_rows):
    made = 0
    while made < n_rows:
        o, f, l = w.pick(COMMON)
        dob = infra.birth_date(w)
        for j in range(w.pick([2, 2, 3])):
            p = Person(w, home_country(w) if w.chance(0.4) else "US", origin=o)
            p.first, p.last = f, l
            p.email = infra.email_for(w, f, l, p.dob)
            if w.chance(0.4):
                p.dob = dob[:4] + p.dob[4:]  # same birth year
            p.tokens = ["honest_namesake"] + modifiers(w, p)
            check(w, p, pick_client(w, p.country), when(w))
            made += 1
    return made


def households(w, n_rows):
    made = 0
    while made < n_rows:
        country = home_country(w) if w.chance(0.5) else "US"
        head = Person(w, country)
        shape = w.wpick([("couple", 45), ("twins", 12), ("siblings", 18), ("parent_child", 25)])
        members = [head]
        for j in range(1 if shape != "siblings" else w.pick([1, 2])):
            q = Person(w, country, city=head.city, origin=head.origin if w.chance(0.85) else None)
            if shape in ("twins", "siblings", "parent_child"):
                q.last = head.last
                q.email = infra.email_for(w, q.first, q.last, q.dob)
            if shape == "twins":
                q.dob = head.dob
                q.face = dict(head.face, seed=q.face["seed"], glasses=not head.face["glasses"])
            q.addr = head.addr
            q.home_net = head.home_net
            q.nets = [(head.home_net, 80)] + q.nets[1:]
            members.append(q)
        toks = ["honest_household", "household_" + shape, "same_address"]
        if head.machine and w.chance(0.35):
            for q in members[1:]:
                q.machine = head.machine  # the family computer
            toks.append("family_device")
        if w.chance(0.3):
            q = members[1]
            q.rec_email = head.email
            head.rec_email = q.email if w.chance(0.6) else head.rec_email
            toks.append("family_recovery")
        if w.chance(0.12):
            q = members[-1]
            q.phone, q.phone_kind = head.phone, head.phone_kind  # uses a parent's / spouse's phone
            toks.append("family_phone")
        if w.chance(0.25):
            acct = ("bank", "acct-" + infra.h(("joint", w.rng.random()), 20))
            for q in members:
                q.bank = acct
            toks.append("joint_account")
        both = w.chance(0.2)
        addon = w.pick(w.addon_clients) if both else None
        for q in members:
            q.tokens = toks + modifiers(w, q)
            if both:
                check(w, q, addon if w.chance(0.5) else w.pick(w.addon_clients), when(w), hired=True)
            else:
                check(w, q, pick_client(w, country), when(w))
            made += 1
    return made


def name_change(w, n_rows):
    made = 0
    while made < n_rows:
        p = Person(w, home_country(w), gender=1, age=(24, 45))
        p.tokens = ["honest_name_change"] + modifiers(w, p)
        t = when(w) - 250 * DAY
        check(w, p, pick_client(w, p.country), t)
        o2 = infra.origin_for(w, p.country)
        p.last = w.pick(data.LAST[o2])
        if w.chance(0.5):
            p.email = infra.email_for(w, p.first, p.last, p.dob)
        else:
            p.tokens.append("name_email_mismatch")
        if w.chance(0.4):
            p.addr = infra.address(w, p.country, p.city)
        check(w, p, pick_client(w, p.country), t + w.rng.randrange(60, 400) * DAY)
        made += 2
    return made


def immigrants(w, n_rows):
    made = 0
    while made < n_rows:
        live = w.wpick([("US", 70), ("CA", 12), ("GB", 10), ("DE", 8)])
        home = w.wpick([("IN", 25), ("CN", 15), ("KR", 10), ("PH", 8), ("VN", 6), ("MX", 8), ("NG", 6), ("UA", 6),
                        ("BR", 5), ("PL", 4), ("JP", 3)])
        origin = data.ORIGIN_MIX[home][0][0]
        p = Person(w, live, origin=origin)
        toks = ["honest_immigrant"]
        if p.machine and w.chance(0.5):
            p.machine.kb2 = data.LANG.get(home)
            toks.append("home_language_keyboard")
        hc = w.pick(data.CITIES[home])
        if w.chance(0.45):
            p.rec_phone, p.rec_phone_kind = infra.mobile_number(w, home, hc), "mobile"
            toks.append("home_country_recovery_phone")
        if w.chance(0.35):
            p.nets.append((infra.home_net(w, home, hc), 15))  # visits family / logs in from the home country
            toks.append("visits_home")
        if w.chance(0.12):
            p.nid = infra.national_id(w, home)  # checked on the passport
            toks.append("passport_id")
        p.tokens = toks + modifiers(w, p)
        k = w.pick([1, 1, 2])
        for _ in range(k):
            check(w, p, pick_client(w, live), when(w))
            made += 1
    return made


def cohorts(w, n_rows):
    made = 0
    while made < n_rows:
        uni, dom, cc, cname = w.pick(data.UNIS)
        city = [c for c in data.CITIES[cc] if c[0] == cname][0]
        lab = infra.shared_net(w, cc, city, uni, n=3, kind="shared")
        lab_pcs = [infra.Machine(w, os_="win", tz=city[4], kb=data.LANG[cc], prefix="vt") for _ in range(4)]
        for m in lab_pcs:
            m.set_home(w)
            m.gw = lab_pcs[0].gw
        tmpl = f"{uni} Career Services resume template v{w.rng.randrange(2, 6)} - references available on request"
        t0 = when(w)
        size = w.rng.randrange(12, 40)
        for _ in range(size):
            p = Person(w, cc, city=city, age=(21, 29))
            p.school = uni
            p.template = tmpl
            p.title = w.pick(["Software Engineer", "Data Analyst", "Frontend Developer", "QA Engineer", "IT Support Specialist"])
            toks = ["honest_cohort", "lab_network"]
            p.nets = [(lab, 60)] + p.nets
            if w.chance(0.4):
                p.machine = w.pick(lab_pcs)
                toks.append("lab_pc")
            if w.chance(0.3):
                p.rec_email = f"careers@{dom}"
                toks.append("career_centre_recovery")
            if w.chance(0.35):
                p.photo_mode = "booth"
                toks.append("photo_booth_background")
            p.tokens = toks + modifiers(w, p)
            for _ in range(w.pick([1, 1, 2, 3])):
                check(w, p, pick_client(w, cc), t0 + w.rng.randrange(0, 90) * DAY)
                made += 1
    return made


def agencies(w, n_rows):
    made = 0
    ags = list(data.AGENCIES)
    w.rng.shuffle(ags)
    i = 0
    while made < n_rows:
        name, dom, cc, cname = ags[i % len(ags)]
        i += 1
        city = [c for c in data.CITIES[cc] if c[0] == cname][0]
        office = infra.shared_net(w, cc, city, name, n=2)
        office_phone = infra.landline_number(w, cc, city)
        office_addr = infra.address(w, cc, city)
        rec = w.pick([f"hr@{dom}", f"submissions@{dom}", f"recruiting@{dom}"])
        tmpl = f"Submitted by {name} - candidate profile prepared by our consultants."
        for _ in range(w.rng.randrange(12, 55)):
            p = Person(w, cc if w.chance(0.7) else home_country(w))
            toks = ["honest_agency", "agency_office_ip"]
            p.nets = [(office, 70)] + p.nets  # the recruiter runs the check from the office
            p.template = tmpl
            if w.chance(0.4):
                p.rec_email = rec
                toks.append("agency_recovery_email")
            if w.chance(0.3):
                p.rec_phone, p.rec_phone_kind = office_phone, "landline"
                toks.append("agency_recovery_phone")
            if w.chance(0.1):
                p.phone, p.phone_kind = office_phone, "landline"
                toks.append("agency_phone")
            if w.chance(0.06):
                p.email_override = rec  # the recruiter put the agency's mailbox as the contact address
                toks.append("agency_email")
            if w.chance(0.15):
                p.ship_addr = office_addr
                toks.append("ship_to_agency")
            if w.chance(0.3):
                p.bank = ("bank", "acct-" + infra.h(("agency", name), 20))  # paid through the staffing agency (W-2 via agency)
                toks.append("agency_payroll")
            p.tokens = toks + modifiers(w, p)
            for _ in range(w.pick([1, 1, 2])):
                check(w, p, pick_client(w, p.country), when(w))
                made += 1
    return made


def public_access(w, n_rows):
    made = 0
    while made < n_rows:
        kind = w.wpick([("library", 50), ("lab", 25), ("cafe", 25)])
        cc = "US" if kind != "cafe" else w.pick(["US", "PH", "IN", "NG", "MX"])
        city = w.pick(data.CITIES[cc])
        owner = {"library": f"{city[0]} Public Library", "lab": f"{city[0]} Community College",
                 "cafe": f"{w.pick(['NetZone', 'Cyber Hub', 'Click', 'Gamer'])} Internet Cafe"}[kind]
        net = infra.shared_net(w, cc, city, owner)
        pcs = [infra.Machine(w, os_="win", tz=city[4], kb=data.LANG[cc]) for _ in range(w.rng.randrange(2, 6))]
        gw = infra.gw_mac(w)
        for m in pcs:
            m.gw = gw
            m.procs.append("DeepFreezeService.exe")
        for _ in range(w.rng.randrange(5, 16)):
            p = Person(w, cc, city=city)
            p.nets = [(net, 100)]
            p.machine = w.pick(pcs)
            p.app_share = 0.8
            p.tokens = ["honest_public_access", f"public_{kind}"] + modifiers(w, p)
            check(w, p, pick_client(w, cc), when(w))
            made += 1
    return made


def coworking(w, n_rows):
    made = 0
    while made < n_rows:
        cc = w.pick(["US", "US", "GB", "CA", "DE"])
        city = w.pick(data.CITIES[cc])
        net = infra.shared_net(w, cc, city, f"{w.pick(data.COWORK)} {city[0]}", n=2)
        addr = infra.address(w, cc, city)
        for _ in range(w.rng.randrange(6, 20)):
            p = Person(w, cc, city=city)
            p.nets = [(net, 60)] + p.nets
            toks = ["honest_coworking", "cowork_ip"]
            if w.chance(0.3):
                p.addr = addr
                toks.append("cowork_address")
            p.tokens = toks + modifiers(w, p)
            check(w, p, pick_client(w, cc), when(w))
            made += 1
    return made


def streamers(w, n_rows):
    made = 0
    while made < n_rows:
        p = Person(w, home_country(w), age=(20, 40))
        if not p.machine:
            continue
        p.cam = [w.pick(data.VIRTUAL_CAM[p.machine.os])]
        if w.chance(0.4):
            p.machine.usb.append(("Elgato Cam Link 4K", "0fd9", "0066"))
        p.app_share = 0.9
        p.tokens = ["honest_streamer", "virtual_camera_app"] + modifiers(w, p)
        check(w, p, pick_client(w, p.country), when(w))
        made += 1
    return made


def it_admins(w, n_rows):
    made = 0
    while made < n_rows:
        p = Person(w, home_country(w))
        if not p.machine:
            continue
        m = p.machine
        p.title = w.pick(["IT Support Specialist", "Site Reliability Engineer", "DevOps Engineer", "Systems Administrator"])
        m.procs += w.rng.sample(data.REMOTE_TOOLS[m.os], 2) + w.rng.sample(data.IT_PROC[m.os], 2)
        m.ports = ["22/tcp", "3389/tcp"] if m.os == "win" else ["22/tcp", "5900/tcp"]
        toks = ["honest_it_admin", "remote_tools"]
        if w.chance(0.25):
            m.usb.append(w.pick(data.DESK_KVM))
            toks.append("desk_kvm")
        if w.chance(0.08):
            m.usb.append(w.pick(data.IP_KVM[:2]))
            m.display = w.pick(data.IP_KVM_DISPLAY[:2])
            toks.append("homelab_ip_kvm")
        m.rsess = [(infra.ip_in(w, w.pick(data.VPS)[3]), w.rng.randrange(1, 30) * DAY)] if w.chance(0.5) else []
        p.app_share = 0.85
        p.laptop_fn = lambda w_, p_, m=m: _it_laptop(w_, p_, m)
        p.tokens = toks + modifiers(w, p)
        for _ in range(w.pick([1, 1, 2])):
            check(w, p, pick_client(w, p.country), when(w))
            made += 1
    return made


def _it_laptop(w, p, m):
    lt = life.corp_laptop(w, p)
    lt.procs = sorted(set(lt.procs) | set(data.REMOTE_TOOLS[lt.os][:1]) | set(data.IT_PROC[lt.os][:1]))
    lt.ports = list(m.ports)
    lt.rsess = list(m.rsess)
    return lt


def client_staff(w, n_rows):
    made = 0
    for c in w.clients:
        if made >= n_rows:
            break
        cc = c.country
        city = w.pick(data.CITIES[cc])
        office = infra.shared_net(w, cc, city, c.name, n=2)
        for _ in range(w.rng.randrange(1, 4)):
            p = Person(w, cc, city=city)
            p.email = infra.email_for(w, p.first, p.last, domain=c.domain)
            p.rec_email = f"it@{c.domain}" if w.chance(0.5) else None
            p.nets = [(office, 70)] + p.nets
            p.resume_fmt = None
            p.nid = None
            p.tokens = ["honest_client_staff"]
            check(w, p, c, when(w), kind="account", hired=False)
            made += 1
    return made


def eor(w, n_rows):
    made = 0
    pools = [("bank", "acct-" + infra.h(("eor", x), 20)) for x in ("Deel", "Remote", "Oyster")]
    while made < n_rows:
        p = Person(w, w.pick(["IN", "PH", "MX", "BR", "PL", "UA", "CA", "GB", "DE"]))
        p.bank = w.pick(pools)  # the EOR's pooled collection account
        p.tokens = ["honest_eor", "eor_pooled_payout"] + modifiers(w, p)
        check(w, p, w.pick(w.addon_clients), when(w), kind="contractor", hired=True)
        made += 1
    return made


def victim(w):
    """a real US person whose identity a persona will use; checked honestly elsewhere (or not at all)"""
    p = Person(w, "US", age=(25, 65))
    p.tokens = ["honest_id_theft_victim"] + modifiers(w, p)
    p.victim_sids = []
    for _ in range(w.wpick([(0, 40), (1, 45), (2, 15)])):
        p.victim_sids.append(check(w, p, pick_client(w, "US"), when(w)))
    return p
