"""The honest populations: staff, candidates, contractors, client employees and the lives around them."""
from __future__ import annotations

from . import data as D
from .infra import DAY, T_ATS0, T_END, T_SIGNIN0
from .lives import Person, application, base_row, laptop, login, placement, ua_for


def _place(w, rural=False):
    return w.pick(D.RURAL_TOWNS) if rural else w.pick(D.US_CITIES)


def new_person(w, ctx, primary, rural=False, origin=None, role=None, it=False):
    p = Person(w, _place(w, rural), origin=origin, rural=rural)
    p.traits = [primary]
    p.role = role or (w.pick(D.IT_ROLES) if it else w.pick(D.DEV_ROLES))
    p.stack = w.pick(D.STACKS)
    if rural:
        isp = w.pick(D.RURAL_ISPS)
        p.home_site(w.cgnat(p.place, isp))
        p.traits += ["rural_isp", "cgnat_" + isp[3].split()[0].lower()]
    else:
        p.home_site()
    if w.chance(0.06):
        p.phone_type = "voip"
        p.traits.append("google_voice")
    if w.chance(0.07):  # privacy VPN at home, exits shared by every customer in a city
        prov = w.pick(["NordVPN", "ExpressVPN", "Surfshark", "ProtonVPN", "Mullvad", "Private Internet Access"])
        p.extra_nets.append((0.4, w.vpn_us(prov, w.pick(D.US_CITIES))))
        p.apply_net = w.vpn_us(prov, w.pick(D.US_CITIES)) if w.chance(0.5) else None
        p.traits.append("vpn_user")
    if w.chance(0.25):
        p.extra_nets.append((0.15, w.mobile(p.place)))
    if p.origin != "us" and w.chance(0.25):
        kb, cc = D.HERITAGE[p.origin]
        p.keyboards = ["en-US", kb]
        p.traits.append("heritage_keyboard")
    if w.chance(0.3):
        p.rec_email = w.email(p.first, p.last)
        p.traits.append("own_recovery_email")
    # resume
    years = w.r.randrange(2, 20)
    tmpl = None
    if w.chance(0.08):
        svc = w.pick(D.RESUME_SERVICES)
        key = (svc, p.role)
        tmpl = ctx["services"].get(key)
        if tmpl is None:
            tmpl = ctx["services"][key] = ctx["media"].template(p.role, p.stack, svc)
        p.traits.append("resume_service")
    p.resume = ctx["media"].resume_cell(ctx["media"].resume_text(p.name, p.role, p.stack, p.place[0], years, tmpl))
    h = (p.first + p.last).lower().replace(" ", "").replace("-", "")
    prof = []
    if w.chance(0.7):
        prof.append(f"https://www.linkedin.com/in/{h}-{w.r.getrandbits(24):06x}")
    if not it and w.chance(0.5):
        prof.append(f"https://github.com/{h}{w.r.randrange(1, 999)}")
    p.profiles = prof
    if w.chance(0.04):
        p.bank = [(0, "bank", f"paycard:{w.pick(D.PAYCARDS)}:{w.r.randrange(10**15, 10**16)}")]
        p.traits.append("pay_card")
    return p


def apply_many(w, ctx, p, n, t0=None, stage_last=None, fraud=0):
    t = t0 or (T_ATS0 + w.r.randrange((T_END - T_ATS0) - 120 * DAY))
    sids = []
    for i in range(n):
        client = w.pick(ctx["clients"])
        email = p.email
        if i > 0 and w.chance(0.12):  # a newer mailbox on a later submission
            email = w.email(p.first, p.last)
            p.emails.append(email)
        st = stage_last if (i == n - 1 and stage_last) else None
        sids.append(application(w, ctx["media"], p, t, client, w.pick(ctx["recruiters"]), p.traits, fraud, email=email, stage=st))
        t += w.r.randrange(2, 40) * DAY
        if t > T_END - 30 * DAY:
            break
    if n > 2:
        p.traits.append("multi_submitted")
    return t


def _start_end(w, t):
    start = max(t + 14 * DAY, T_SIGNIN0 - w.r.randrange(0, 300) * DAY)
    start = min(start, T_END - 40 * DAY)
    end = T_END if w.chance(0.75) else min(T_END, start + w.r.randrange(60, 300) * DAY)
    return start, end


def _pay_extras(w, p, start):
    if w.chance(0.08):
        p.bank.append((start + w.r.randrange(30, 200) * DAY, "bank", p.new_bank()))
        p.traits.append("payroll_change_new_bank")


# ---------------- populations ----------------

def ats_candidate(w, ctx):
    p = new_person(w, ctx, "ats_candidate", it=w.chance(0.3))
    apply_many(w, ctx, p, w.wpick([(1, 5), (2, 4), (3, 3), (4, 2), (6, 1)]), stage_last="rejected")


def placed_engineer(w, ctx, primary="placed_engineer", rural=False, it=False):
    p = new_person(w, ctx, primary, rural=rural, it=it)
    t = apply_many(w, ctx, p, w.wpick([(1, 5), (2, 3), (3, 2)]), stage_last="offer")
    start, end = _start_end(w, t)
    _pay_extras(w, p, start)
    placement(w, ctx["media"], p, w.pick(ctx["clients"]), start, end, p.traits, 0)
    return p


def dual_client_contractor(w, ctx):
    p = new_person(w, ctx, "dual_client_contractor")
    t = apply_many(w, ctx, p, w.wpick([(2, 3), (3, 2)]), stage_last="offer")
    start, end = _start_end(w, t)
    c1, c2 = w.r.sample(ctx["clients"], 2)
    x = {"client_outside_work_disclosed": "yes"}
    placement(w, ctx["media"], p, c1, start, end, p.traits, 0, extra_hris=x, rate=w.r.randrange(40, 80))
    placement(w, ctx["media"], p, c2, start + w.r.randrange(10, 90) * DAY, end, p.traits, 0, extra_hris=x,
              rate=w.r.randrange(40, 80))


def it_support(w, ctx, primary="it_support_contractor"):
    p = new_person(w, ctx, primary, it=True)
    tools = w.r.sample(D.RMM_AGENTS, w.r.randrange(2, 6))
    p.laptop_extra_procs = tools
    p.laptop_ports = w.r.sample(["3389/tcp", "22/tcp", "5900/tcp", "5938/tcp", "7070/tcp", "8080/tcp"], w.r.randrange(0, 3))
    if w.chance(0.35):
        p.laptop_extra_usb = [w.pick(D.USB_SERVER_KVM)]
        p.traits.append("server_room_kvm")
    if w.chance(0.1):
        p.laptop_extra_usb = p.laptop_extra_usb + [w.pick(D.USB_IPKVM[:3])]
        p.traits.append("homelab_ipkvm")
    client = w.pick(ctx["clients"])
    if w.chance(0.4):
        p.remote_sess = [(w.pick(client["office"].ips), T_SIGNIN0 + w.r.randrange(200) * DAY)]
        p.traits.append("remote_sessions")
    if primary == "msp_technician":
        jump = w.vps()
        p.extra_nets.append((0.25, jump))
        p.remote_sess.append((jump.ips[0], T_SIGNIN0 + w.r.randrange(100) * DAY))
        p.traits.append("cloud_jump_host")
    if w.chance(0.2):
        p.night = True
        p.traits.append("night_shift")
    t = apply_many(w, ctx, p, w.wpick([(1, 4), (2, 3), (3, 2)]), stage_last="offer")
    start, end = _start_end(w, t)
    _pay_extras(w, p, start)
    placement(w, ctx["media"], p, client, start, end, p.traits, 0)


def client_employee(w, ctx, primary="client_office_employee", office=True, rural=False):
    p = new_person(w, ctx, primary, rural=rural)
    client = w.pick(ctx["clients"])
    if office:
        p.site = (client["swg_net"] or client["office"], client["office_mac"], client["office_ssid"], client["place"][5])
        p.ship_addr = f"{client['name']} - Attn: {p.name}, {client['office_addr']}" if w.chance(0.6) else None
        if p.ship_addr:
            p.traits.append("laptop_to_office")
        if client["swg_net"]:
            p.traits.append("swg_egress")
        p.extra_nets.append((0.3, p.site[0]))
        p.extra_nets.append((0.2, w.home_net(p.place)))
    elif client["swg_net"]:
        p.extra_nets.append((1.5, client["swg_net"]))
        p.traits.append("swg_egress")
    if w.chance(0.1):
        p.night = True
        p.traits.append("night_shift")
    sid = w.hexid("hr_")
    t = T_ATS0 - w.r.randrange(0, 2000) * DAY
    row = base_row(w, p, sid, "employee", t, ctx["media"], "client_hris", "employee", client["name"], resume=False,
                   photo_p=0.35)
    row["national_id"] = p.ssn if w.chance(0.7) else ""
    row["client_work_email"] = f"{p.first[0].lower()}{p.last.lower().replace(' ', '')}@{client['domain']}"
    row["client_worker_type"] = "employee"
    w.subject(row, 0, p.traits)
    w.rows_left -= 1
    laptop(w, p, sid, client, T_SIGNIN0 - w.r.randrange(0, 400) * DAY, T_END, night=p.night, ship=w.chance(0.5))
    return p, sid


def remote_employee(w, ctx):
    client_employee(w, ctx, "remote_employee", office=False)


def rural_remote(w, ctx):
    if w.chance(0.5):
        client_employee(w, ctx, "rural_remote", office=False, rural=True)
    else:
        placed_engineer(w, ctx, "rural_remote", rural=True)


def family_household(w, ctx):
    a = new_person(w, ctx, "family_household")
    b = new_person(w, ctx, "family_household", origin=a.origin if w.chance(0.8) else None)
    b.last = a.last if w.chance(0.7) else b.last
    b.place, b.addr, b.site, b.tz = a.place, a.addr, a.site, a.tz
    b.traits += ["shared_home"]
    a.traits += ["shared_home"]
    if w.chance(0.5):  # spouse's account
        b.bank = a.bank
        b.traits.append("spouse_bank_account")
    if w.chance(0.5):  # a parent's phone as recovery
        par = w.us_phone(a.place[6]) if w.chance(0.7) else w.intl_phone(D.HERITAGE.get(a.origin, ("", "MX"))[1])
        for q in (a, b):
            q.rec_phone, q.rec_phone_type = par, "mobile"
            q.traits.append("parent_recovery_phone")
    else:
        a.rec_email, b.rec_email = b.email, a.email
        a.traits.append("spouse_recovery_email")
        b.traits.append("spouse_recovery_email")
    if w.chance(0.5):
        fam = w.hexid("brw_", 48)
        a.browser = b.browser = fam
        a.traits.append("family_computer")
        b.traits.append("family_computer")
    for q in (a, b):
        t = apply_many(w, ctx, q, w.wpick([(1, 3), (2, 2)]), stage_last="offer" if w.chance(0.6) else "rejected")
        if w.chance(0.6):
            start, end = _start_end(w, t)
            placement(w, ctx["media"], q, w.pick(ctx["clients"]), start, end, q.traits, 0)
    if w.chance(0.3):  # a grown child applying from the same computer
        c = new_person(w, ctx, "family_household", origin=a.origin)
        c.last, c.place, c.addr, c.site, c.browser = a.last, a.place, a.addr, a.site, a.browser
        c.rec_phone, c.rec_phone_type = a.phone, a.phone_type
        c.traits += ["shared_home", "parent_recovery_phone"]
        apply_many(w, ctx, c, 1, stage_last="rejected")


def contractor_couple(w, ctx):
    a = new_person(w, ctx, "contractor_couple")
    b = new_person(w, ctx, "contractor_couple", origin=a.origin if w.chance(0.8) else None)
    b.place, b.addr, b.site, b.tz = a.place, a.addr, a.site, a.tz
    if w.chance(0.5):
        b.bank = a.bank
        a.traits.append("joint_account")
        b.traits.append("joint_account")
    for q in (a, b):
        q.traits.append("shared_home")
        t = apply_many(w, ctx, q, w.wpick([(1, 3), (2, 2)]), stage_last="offer")
        start, end = _start_end(w, t)
        placement(w, ctx["media"], q, w.pick(ctx["clients"]), start, end, q.traits, 0)


def mover(w, ctx):
    p = new_person(w, ctx, "mover_name_change")
    t = T_ATS0 + w.r.randrange(200) * DAY
    apply_many(w, ctx, p, w.r.randrange(1, 3), t0=t, stage_last="rejected")
    t = T_ATS0 + 250 * DAY + w.r.randrange(100) * DAY
    if w.chance(0.5):
        p.name_changes.append((t, w.pick(D.LAST["us"])))
        p.last = p.name_changes[-1][1]
        p.traits.append("name_change")
    p.place = w.pick(D.US_CITIES)
    p.addr = w.address(p.place)
    p.home_site()
    p.tz = p.place[5]
    p.traits.append("moved")
    if w.chance(0.4):
        p.phone = w.us_phone(p.place[6])
        p.traits.append("new_phone")
    t2 = apply_many(w, ctx, p, w.r.randrange(1, 3), t0=t, stage_last="offer")
    if w.chance(0.6):
        start, end = _start_end(w, t2)
        placement(w, ctx["media"], p, w.pick(ctx["clients"]), start, end, p.traits, 0)


def immigrant(w, ctx):
    origin = w.pick(["korean", "chinese", "indian", "vietnamese", "slavic", "nigerian", "filipino", "japanese", "hispanic"])
    p = new_person(w, ctx, "immigrant_visa", origin=origin)
    kb, cc = D.HERITAGE[origin]
    if "heritage_keyboard" not in p.traits:
        p.keyboards = ["en-US", kb] if w.chance(0.8) else [kb, "en-US"]
        p.traits.append("heritage_keyboard")
    if w.chance(0.6):
        p.rec_phone, p.rec_phone_type = w.intl_phone(cc), "mobile"
        p.traits.append("parent_abroad_recovery")
    if w.chance(0.4):
        t0 = T_SIGNIN0 + w.r.randrange(250) * DAY
        if cc in ("CN",) or w.chance(0.3):
            prov = "Astrill" if cc == "CN" and w.chance(0.6) else w.pick(["NordVPN", "ExpressVPN"])
            net = w.vpn_us(prov, w.pick(D.US_CITIES))
            p.traits.append("vpn_abroad")
            if prov == "Astrill":
                p.traits.append("vpn_astrill")
        else:
            net = w.foreign(cc, shared=True)
        city = w.pick(D.FOREIGN[cc])
        p.trips.append((t0, t0 + w.r.randrange(10, 30) * DAY, net, city[3]))
        p.traits.append("family_visit_abroad")
    p.traits.append("visa_holder" if w.chance(0.6) else "naturalized")
    t = apply_many(w, ctx, p, w.wpick([(1, 3), (2, 3), (3, 2)]), stage_last="offer")
    start, end = _start_end(w, t)
    placement(w, ctx["media"], p, w.pick(ctx["clients"]), start, end, p.traits, 0,
              extra_hris={"client_work_authorization": w.pick(["H-1B", "H-1B", "TN", "E-3", "GC", "OPT-EAD"])})


def traveller(w, ctx):
    p = new_person(w, ctx, "traveller_abroad")
    for _ in range(w.r.randrange(1, 3)):
        cc = w.pick(["PT", "ES", "MX", "CO", "JP", "GB", "TH", "KR", "PL", "AE"])
        t0 = T_SIGNIN0 + w.r.randrange(260) * DAY
        if w.chance(0.5):
            net = w.vpn_us(w.pick(["NordVPN", "ExpressVPN", "Surfshark", "ProtonVPN"]), p.place if w.chance(0.5) else w.pick(D.US_CITIES))
            p.traits.append("vpn_while_abroad")
        else:
            net = w.foreign(cc, shared=True)
        city = w.pick(D.FOREIGN[cc])
        p.trips.append((t0, t0 + w.r.randrange(14, 40) * DAY, net, city[3]))
    p.traits.append("work_abroad_with_notice")
    t = apply_many(w, ctx, p, w.wpick([(1, 3), (2, 2)]), stage_last="offer")
    start, end = _start_end(w, t)
    placement(w, ctx["media"], p, w.pick(ctx["clients"]), start, end, p.traits, 0,
              extra_hris={"client_remote_work_abroad_approved": "yes"})


def night_support(w, ctx):
    p = new_person(w, ctx, "night_shift_support", it=True)
    p.night = True
    p.laptop_extra_procs = w.r.sample(D.RMM_AGENTS, 2)
    t = apply_many(w, ctx, p, w.wpick([(1, 3), (2, 2)]), stage_last="offer")
    start, end = _start_end(w, t)
    placement(w, ctx["media"], p, w.pick(ctx["clients"]), start, end, p.traits, 0)


def victim(w, ctx):
    """An honest person whose identity a persona reuses: present as a client employee or a candidate."""
    if w.chance(0.6):
        p, sid = client_employee(w, ctx, "client_office_employee", office=w.chance(0.6))
    else:
        p = new_person(w, ctx, "ats_candidate")
        apply_many(w, ctx, p, w.r.randrange(1, 3), stage_last="rejected")
    p.traits.insert(0, "identity_theft_victim")
    p.traits.append("identity_reused")
    return p


def staff(w, ctx, role):
    """Stackyard recruiters and account managers: one office network, hot desks, the firm's phone system."""
    p = Person(w, ctx["hq_place"])
    p.traits = [role]
    sid = w.hexid("stf_")
    email = w.email(p.first, p.last, domain="stackyardstaffing.com")
    phone = ctx["main_line"] if w.chance(0.6) else w.us_phone(ctx["hq_place"][6])
    p.phone_type = "fixedVoip"
    row = base_row(w, p, sid, "account", T_ATS0 - w.r.randrange(0, 1500) * DAY, ctx["media"], "stackyard_staff", role,
                   "Stackyard Staffing", email=email, phone=phone, resume=False, photo_p=0.5)
    row["address"] = ctx["hq_addr"] if w.chance(0.7) else row["address"]
    row["signup_ip"] = w.pick(ctx["hq_net"].ips)
    w.subject(row, 0, p.traits)
    w.rows_left -= 1
    if phone == ctx["main_line"]:
        p.traits.append("firm_main_line")
    for _ in range(w.r.randrange(6, 16)):
        t = w.local_time(T_SIGNIN0, T_END, -5)
        if w.chance(0.8):
            login(w, sid, t, ctx["hq_net"], w.pick(ctx["desk_pcs"]), ua_for(w, "win"), "okta", "user.session.start")
        else:
            login(w, sid, t, w.home_net(p.place), p.browser, ua_for(w, p.os), "okta", "user.session.start")
    p.traits.append("hot_desk_pc")
    return sid


HONEST = [
    (ats_candidate, 20), (placed_engineer, 19), (dual_client_contractor, 4), (it_support, 6),
    (lambda w, c: it_support(w, c, "msp_technician"), 2), (client_employee, 30), (remote_employee, 12),
    (rural_remote, 5), (family_household, 4), (contractor_couple, 2), (mover, 4), (immigrant, 6), (traveller, 3),
    (night_support, 2),
]
