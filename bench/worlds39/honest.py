"""Honest people of world 39 (Nomadnest): nomads, coworking regulars, distributed employees, families, agencies..."""
from __future__ import annotations

import datetime as dt

from . import data as D
from . import lives as L
from .infra import CITY, CITIES_BY_COUNTRY, T0, T1, Net

DAY = dt.timedelta(days=1)
HUBS = [c for c in D.CITIES if c[0] in D.NOMAD_HUB_COUNTRIES]
US_CITIES = [c[1] for c in D.CITIES if c[0] == "US"]


def home_country(W) -> str:
    r = W.rng
    return r.choices(list(D.HOME_COUNTRY_WEIGHTS), weights=list(D.HOME_COUNTRY_WEIGHTS.values()))[0]


def app_time(W, lo=None, hi=None):
    lo = lo or dt.datetime(2023, 6, 1, tzinfo=dt.timezone.utc)
    hi = hi or dt.datetime(2025, 9, 15, tzinfo=dt.timezone.utc)
    if hi <= lo:
        lo = hi - 60 * DAY
    return W.inf.when(lo, hi)


def maybe_voip(W, p, share=0.08):
    if p.country == "US" and W.rng.random() < share:
        p.phone_type = W.rng.choice(["voip", "nonFixedVoip"])
        p.traits.append("google_voice")


def recovery_own(W, p, share=0.35):
    r = W.rng
    if r.random() < share:
        p.recovery_email = W.inf.mailbox(p.first, p.last, r.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com"]))
        p.traits.append("own_recovery_email")
    if r.random() < 0.2:
        p.recovery_phone = p.phone


def vpn_maybe(W, p, share):
    r = W.rng
    if r.random() < share:
        prov = r.choice(["NordVPN", "ExpressVPN", "Mullvad", "Surfshark", "ProtonVPN", "Private Internet Access"])
        p.traits.append("commercial_vpn")
        if "NordVPN" not in p.procs and r.random() < 0.5:
            p.procs.append(r.choice(D.NOMAD_PROCS[1:4]))
        return W.inf.vpn(prov, r.choice(["US", "US", None]))
    return None


def peripherals(W, p, n=(0, 3)):
    r = W.rng
    p.usb = r.sample(D.USB_HONEST, r.randrange(*n))
    p.displays = r.sample(D.DISPLAYS_HONEST[2:], r.randrange(0, 2)) + [D.DISPLAYS_HONEST[0] if p.os == "mac" else "Built-in Display"]


def hire_time(W):
    return W.inf.when(dt.datetime(2024, 3, 1, tzinfo=dt.timezone.utc), dt.datetime(2025, 8, 1, tzinfo=dt.timezone.utc))


def applications(W, p, k, before=None, tokens=None, **kw):
    r = W.rng
    cl = r.sample(W.clients, min(k, len(W.clients)))
    out = []
    for c in cl:
        t = app_time(W, hi=before) if before else app_time(W)
        out.append(L.application(W, p, c, t, tokens=tokens, **kw))
    return out


# ---------------------------------------------------------------- kinds
def nomad(W, kind="nomad_contractor", stays=None, addr=None, pay=None, partner=None, traits=(), recovery_email=None):
    r = W.rng
    country = r.choices(["US", "GB", "CA", "DE", "AU", "PL", "UA", "BR", "AR", "ZA", "ES", "PT"], weights=[45, 10, 8, 7, 5, 4, 4, 4, 3, 3, 3, 4])[0]
    p = L.new_person(W, country, kind=kind)
    maybe_voip(W, p, 0.15)
    recovery_own(W, p)
    p.traits += list(traits)
    if recovery_email:
        p.recovery_email = recovery_email
        p.traits.append("partner_recovery_email")
    vpn = vpn_maybe(W, p, 0.35)
    if addr:
        p.address = addr
        p.traits.append("mail_forwarder")
    elif country == "US" and r.random() < 0.6 or r.random() < 0.15:
        _, p.address = W.inf.forwarder_address()
        if p.country != "US":
            p.country = "US"
            p.traits.append("home_country_changed")
        p.traits.append("mail_forwarder")
    p.stays = stays or L.travel_stays(W, p, vpn=vpn)
    p.traits += ["local_sim", "changes_country_monthly"]
    if any(s.space for s in p.stays):
        p.traits.append("coworking_wifi")
    p.keep_home_tz = r.random() < 0.35
    if r.random() < 0.3:
        p.procs.append("tailscaled")
    peripherals(W, p, (0, 2))
    give_photo_resume(W, p)
    if pay:
        p.pay = pay
        p.traits.append("joint_account")
    else:
        L.pay_setup(W, p, currency=r.choice(["USD", "USD", "EUR", "GBP"]) if r.random() < 0.5 else None)
    hired = r.random() < 0.85
    hire = hire_time(W)
    applications(W, p, r.choice([0, 1, 1, 2, 3]), before=hire)
    if hired:
        c = r.choice(W.clients)
        ship = None
        if r.random() < 0.2:
            sp = next((s.space for s in p.stays if s.space), None)
            if sp:
                ship = f"c/o {sp['name']}, {sp['address']}"
                p.traits.append("laptop_to_coworking")
        if ship is None and "mail_forwarder" in p.traits:
            p.traits.append("laptop_to_forwarder")
        L.eor_contract(W, p, c, hire)
        if r.random() < 0.9:
            L.client_record(W, p, c, hire, ship_to=ship)
        if r.random() < 0.1:
            p.traits.append("concurrent_second_client")
            c2 = r.choice([x for x in W.clients if x is not c])
            h2 = hire_time(W)
            L.eor_contract(W, p, c2, h2)
    if r.random() < 0.4:
        sps = [s for s in p.stays if s.space]
        if sps:
            s = r.choice(sps)
            L.member(W, p, s.space, s.start, tokens=["hot_desk"])
    return p


def give_photo_resume(W, p, role=None):
    L.give_photo(W, p)
    L.give_resume(W, p, role or W.rng.choice(D.JOBS))
    p.profiles = L.profiles_for(W, p)


def settled(W, kind, country=None, city=None, vpn_share=0.12, p=None):
    r = W.rng
    country = country or home_country(W)
    if p is None:
        p = L.new_person(W, country, city=city, kind=kind)
    maybe_voip(W, p)
    recovery_own(W, p)
    vpn = vpn_maybe(W, p, vpn_share)
    p.stays = [L.home_stay(W, p, p.city, vpn=vpn)]
    if r.random() < 0.3:
        L.add_trip(W, p, r.choice(HUBS)[1], vpn=vpn)
        p.traits.append("traveller")
    peripherals(W, p)
    give_photo_resume(W, p)
    L.pay_setup(W, p)
    return p


def distributed_employee(W):
    r = W.rng
    p = settled(W, "distributed_employee")
    hire = hire_time(W)
    if r.random() < 0.3:
        applications(W, p, 1, before=hire)
    L.client_record(W, p, r.choice(W.clients), hire, kind="employee")
    return p


def job_seeker(W, single=False):
    r = W.rng
    p = settled(W, "job_seeker") if r.random() < 0.7 else nomad_seeker(W)
    if single:
        applications(W, p, 1)
        return p
    k = r.choice([1, 1, 2, 2, 3, 4, 5])
    if k > 1:
        p.traits.append("multi_applied")
    cl = r.sample(W.clients, min(k, len(W.clients)))
    for i, c in enumerate(cl):
        kw = {}
        if i and r.random() < 0.15:
            kw["email"] = W.inf.mailbox(p.first, p.last, r.choice(["gmail.com", "outlook.com", "proton.me"]))
            p.traits.append("new_mailbox")
        L.application(W, p, c, app_time(W), **kw)
    return p


def nomad_seeker(W):
    r = W.rng
    p = L.new_person(W, r.choice(["US", "GB", "CA", "DE", "UA", "BR"]), kind="job_seeker")
    vpn = vpn_maybe(W, p, 0.35)
    p.stays = L.travel_stays(W, p, vpn=vpn)
    p.traits.append("changes_country_monthly")
    if p.country == "US" and r.random() < 0.5:
        _, p.address = W.inf.forwarder_address()
        p.traits.append("mail_forwarder")
    give_photo_resume(W, p)
    return p


def coworking_regular(W):
    r = W.rng
    c = r.choice([x for x in D.CITIES if x[0] in ("PT", "ES", "DE", "GB", "US", "MX", "CO", "TH", "GE", "ID", "AR")])
    p = L.new_person(W, c[0], city=c[1], kind="coworking_regular")
    recovery_own(W, p)
    maybe_voip(W, p)
    space = W.inf.space(c[1])
    home = W.inf.home_net(c[1])
    p.stays = [L.Stay(T0, T1, c[0], c[1], c[4], [home, space["net"], W.inf.mobile(c[1])], [40, 55, 10],
                      space["net"].mac, space["net"].ssid, space, "home")]
    p.traits += ["hot_desk", "coworking_wifi"]
    peripherals(W, p, (0, 2))
    give_photo_resume(W, p)
    L.pay_setup(W, p)
    L.member(W, p, space, W.inf.when(dt.datetime(2024, 6, 1, tzinfo=dt.timezone.utc), T1 - 30 * DAY))
    if r.random() < 0.45:
        p.traits.append("applied_from_hot_desk")
        for cl in r.sample(W.clients, r.randrange(1, 3)):
            L.application(W, p, cl, app_time(W, lo=T0), net=space["net"], device=r.choice(space["pcs"]))
    if r.random() < 0.5:
        hire = hire_time(W)
        cl = r.choice(W.clients)
        if r.random() < 0.5:
            L.eor_contract(W, p, cl, hire)
        L.client_record(W, p, cl, hire, kind=r.choice(["employee", "contractor"]))
    return p


def nomad_couple(W):
    r = W.rng
    a_country = r.choice(["US", "US", "GB", "CA", "DE", "AU"])
    stays = L.travel_stays(W, None, vpn=None)
    shared_addr = W.inf.forwarder_address()[1] if a_country == "US" or r.random() < 0.3 else None
    pay = [(T0 - 400 * DAY, "wallet", f"wise:{W.inf.hex(8)}", "USD")] if r.random() < 0.4 else None
    traits = ["travels_with_partner"] + (["shared_address"] if shared_addr else [])
    a = nomad(W, kind="nomad_couple", stays=stays, addr=shared_addr, pay=pay, traits=traits)
    b = nomad(W, kind="nomad_couple", stays=stays, addr=shared_addr, pay=pay, traits=traits,
              recovery_email=a.email if r.random() < 0.5 else None)
    return [a, b]


def family_household(W):
    r = W.rng
    country = r.choice(["US", "US", "US", "GB", "CA", "AU", "DE", "PL", "UA", "BR", "IN", "PH"])
    c = r.choice(CITIES_BY_COUNTRY[country])
    home = W.inf.home_net(c[1], 2)
    p0 = L.new_person(W, country, city=c[1], kind="family_household")
    addr = p0.address
    fam_pc = "brw-" + W.inf.hex(12) if r.random() < 0.5 else None
    parent_phone = W.inf.phone(country, c[1] if country in ("US", "CA") else None)
    out = []
    n = r.choice([2, 2, 3, 3, 4])
    for i in range(n):
        p = p0 if i == 0 else L.new_person(W, country, city=c[1], origin=p0.origin, kind="family_household", last=p0.last if r.random() < 0.8 else None)
        p.address = addr
        maybe_voip(W, p)
        p.stays = [L.home_stay(W, p, c[1], net=home)]
        peripherals(W, p)
        give_photo_resume(W, p)
        L.pay_setup(W, p)
        p.traits.append("shared_home")
        if i and r.random() < 0.6:
            p.recovery_phone = parent_phone
            p.traits.append("parent_recovery_phone")
        if i and r.random() < 0.3:
            p.recovery_email = p0.email
            p.traits.append("family_recovery_email")
        if fam_pc:
            p.browser = fam_pc
            p.traits.append("family_computer")
        x = r.random()
        if x < 0.45:
            applications(W, p, r.randrange(1, 3))
        elif x < 0.8:
            hire = hire_time(W)
            cl = r.choice(W.clients)
            L.eor_contract(W, p, cl, hire)
            L.client_record(W, p, cl, hire)
        else:
            L.client_record(W, p, r.choice(W.clients), hire_time(W), kind="employee")
        out.append(p)
    return out


def relocated_name_change(W):
    r = W.rng
    p = settled(W, "relocated_name_change")
    old_t = app_time(W, hi=dt.datetime(2024, 6, 1, tzinfo=dt.timezone.utc))
    old_addr, old_phone, old_last = p.address, p.phone, p.last
    # the old rows: old name, old city, maybe old mailbox
    L.application(W, p, r.choice(W.clients), old_t, tokens=["before_move"])
    new_city = r.choice(CITIES_BY_COUNTRY[p.country])[1]
    p.city = new_city
    p.address = W.inf.street_address(new_city)
    p.stays = [L.home_stay(W, p, new_city)]
    p.traits.append("moved")
    if r.random() < 0.5:
        _, _, new_last = W.inf.name(p.origin)
        # keep the first name and middle; only the surname changes (marriage)
        p.last = new_last
        p.traits.append("name_change")
        if r.random() < 0.5:
            p.email = W.inf.mailbox(p.first, new_last, "gmail.com")
    if r.random() < 0.4:
        p.phone = W.inf.phone(p.country, new_city if p.country in ("US", "CA") else None)
        p.traits.append("new_phone")
    hire = hire_time(W)
    cl = r.choice(W.clients)
    if r.random() < 0.6:
        L.eor_contract(W, p, cl, max(hire, old_t + 30 * DAY))
    L.client_record(W, p, cl, max(hire, old_t + 30 * DAY))
    return p


def it_admin(W, kind="it_admin"):
    r = W.rng
    p = settled(W, kind, vpn_share=0.2)
    p.role = r.choice(["IT Support Specialist", "Site Reliability Engineer", "DevOps Engineer", "Security Engineer"])
    p.procs += r.sample(D.REMOTE_TOOLS_HONEST, r.randrange(1, 4))
    p.ports = r.sample(["22/tcp", "3389/tcp", "5900/tcp", "8080/tcp", "5938/tcp"], r.randrange(1, 3))
    p.traits.append("remote_tools")
    if r.random() < 0.35:
        p.usb.append(r.choice(D.USB_SERVER_KVM))
        p.traits.append("server_room_kvm")
    if r.random() < 0.15:
        p.usb.append(D.USB_IPKVM[r.choice([0, 1, 2])])
        p.traits.append("homelab_ipkvm")
        if r.random() < 0.5:
            p.displays.append(r.choice(["PiKVM", "TinyPilot"]))
    jump = W.inf.vps() if r.random() < 0.4 else None
    cl = r.choice(W.clients)
    if jump:
        p.traits.append("cloud_jump_host")
        p.remote_hosts.append((jump.ips[0], 30))
        p.stays[0].nets.append(jump)
        p.stays[0].weights.append(8)
    p.remote_hosts.append((r.choice(cl.office.ips), 4))
    if r.random() < 0.2:
        p.night = True
        p.traits.append("night_shift")
    hire = hire_time(W)
    if r.random() < 0.5:
        L.eor_contract(W, p, cl, hire)
        L.client_record(W, p, cl, hire)
    else:
        L.client_record(W, p, cl, hire, kind="employee")
    if r.random() < 0.25:
        applications(W, p, 1, before=hire)
    return p


def night_shift(W):
    r = W.rng
    p = it_admin(W, kind="night_shift_support") if r.random() < 0.4 else distributed_employee_night(W)
    p.night = True
    if "night_shift" not in p.traits:
        p.traits.append("night_shift")
    return p


def distributed_employee_night(W):
    r = W.rng
    p = settled(W, "night_shift_support")
    p.night = True
    p.traits.append("night_shift")
    p.role = r.choice(["Customer Success Manager", "IT Support Specialist", "Site Reliability Engineer"])
    L.client_record(W, p, r.choice(W.clients), hire_time(W), kind=r.choice(["employee", "contractor"]))
    return p


CN_NETS = {}


def heritage_immigrant(W):
    r = W.rng
    kb, hcountry, origin = r.choice(D.HERITAGE)
    country = r.choice(["US", "US", "US", "CA", "GB", "AU", "DE"])
    p = L.new_person(W, country, origin=origin, kind="heritage_immigrant")
    recovery_own(W, p, 0.25)
    maybe_voip(W, p)
    vpn = vpn_maybe(W, p, 0.12)
    p.stays = [L.home_stay(W, p, p.city, vpn=vpn)]
    p.keyboards = [D.KEYBOARD.get(country, "en-US"), kb]
    p.traits.append("heritage_keyboard")
    if r.random() < 0.5:
        p.recovery_phone = W.inf.phone(hcountry)
        p.traits.append("parent_abroad_recovery")
    if r.random() < 0.4:
        if hcountry == "CN":
            astrill = W.inf.vpn("Astrill", "US")
            key = "cn-mobile"
            mob = W.inf.shared(key, lambda: Net(W.inf.ips(64), 4837, "China Unicom", "CN", "Shanghai", 31.23, 121.47, False, "mobile", tz="Asia/Shanghai"))
            home = p.stays[0]
            a = W.inf.when(T0 + 20 * DAY, T1 - 40 * DAY)
            b = a + dt.timedelta(days=r.randrange(10, 30))
            trip = L.Stay(a, b, "CN", "Shanghai", "Asia/Shanghai", [astrill, mob], [70, 30], W.inf.mac(), W.inf.ssid(), None, "trip")
            p.stays = [L.Stay(T0, a, home.country, home.city, home.tz, home.nets, home.weights, home.mac, home.ssid),
                       trip, L.Stay(b, T1, home.country, home.city, home.tz, home.nets, home.weights, home.mac, home.ssid)]
            p.traits += ["visits_home", "vpn_astrill"]
            p.procs.append("Astrill")
        elif hcountry in CITIES_BY_COUNTRY:
            L.add_trip(W, p, r.choice(CITIES_BY_COUNTRY[hcountry])[1], days=(10, 35))
            p.traits.append("visits_home")
    peripherals(W, p)
    give_photo_resume(W, p)
    L.pay_setup(W, p)
    x = r.random()
    hire = hire_time(W)
    if x < 0.35:
        applications(W, p, r.randrange(1, 4))
    else:
        cl = r.choice(W.clients)
        if x < 0.7:
            L.eor_contract(W, p, cl, hire)
        L.client_record(W, p, cl, hire, kind="contractor" if x < 0.7 else "employee")
    return p


def agency_batch(W):
    r = W.rng
    ag = r.choice(W.agencies)
    n = r.randrange(5, 22)
    out = []
    for _ in range(n):
        c = CITY[ag["city"]]
        p = L.new_person(W, c[0], city=c[1], kind="agency_candidate")
        p.stays = [L.home_stay(W, p, c[1])]
        p.agency = ag["name"]
        p.traits.append("agency_submitted")
        if r.random() < 0.35:
            p.recovery_email = ag["inbox"]
            p.traits.append("agency_recovery_email")
        L.give_photo(W, p, share=0.6)
        L.give_resume(W, p, r.choice(D.JOBS), template="agency:" + ag["name"])
        p.traits.append("agency_template")
        p.profiles = L.profiles_for(W, p)
        k = r.choice([1, 1, 2, 3])
        for cl in r.sample(W.clients, k):
            dev = r.choice(ag["pcs"]) if r.random() < 0.6 else None
            L.application(W, p, cl, app_time(W, lo=T0), net=ag["net"], device=dev)
        if r.random() < 0.2:
            hire = hire_time(W)
            cl = r.choice(W.clients)
            L.pay_setup(W, p)
            L.eor_contract(W, p, cl, hire)
            L.client_record(W, p, cl, hire)
        out.append(p)
    return out


def staff(W):
    r = W.rng
    c = r.choice([x for x in D.CITIES if x[0] in ("PT", "ES", "MX", "TH", "GE", "US", "ID", "CO")])
    p = L.new_person(W, c[0], city=c[1], kind="nomadnest_staff")
    space = W.inf.space(c[1])
    p.stays = [L.Stay(T0, T1, c[0], c[1], c[4], [space["net"], W.inf.mobile(c[1])], [80, 20], space["net"].mac, space["net"].ssid, space, "home")]
    if r.random() < 0.5:
        p.recovery_phone = W.support_line
        p.recovery_phone_type = "fixedVoip"
        p.traits.append("company_support_line")
    p.email = W.inf.uniq(lambda: f"{p.first.lower().replace(' ', '').replace('-', '')}.{p.last.lower().replace(' ', '')}"
                                f"{'' if r.random() < 0.5 else r.randrange(2, 99)}@nomadnest.io")
    L.give_photo(W, p, share=0.7)
    L.member(W, p, space, W.inf.when(dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc), T0), tokens=["staff", "hot_desk"])
    return p


def victim(W):
    """A real person whose identity a ring reuses; an ordinary honest life with rows of its own."""
    r = W.rng
    country = "US"
    p = L.new_person(W, country, kind="identity_theft_victim")
    p.stays = [L.home_stay(W, p, p.city)]
    peripherals(W, p)
    give_photo_resume(W, p)
    L.pay_setup(W, p)
    x = r.random()
    if x < 0.4:
        applications(W, p, r.randrange(1, 3), tokens=["job_seeker"])
    elif x < 0.8:
        L.client_record(W, p, r.choice(W.clients), hire_time(W), kind="employee", tokens=["distributed_employee"])
    else:
        space = W.inf.space(p.city)
        L.member(W, p, space, W.inf.when(T0, T1 - 60 * DAY), tokens=["coworking_regular"])
    return p


KINDS = [(nomad, 21), (distributed_employee, 14), (job_seeker, 21), (coworking_regular, 8), (nomad_couple, 4), (family_household, 4),
         (relocated_name_change, 4), (it_admin, 5), (night_shift, 2.5), (heritage_immigrant, 7), (agency_batch, 0.45), (staff, 0.35)]


def fill(W, target_rows: int):
    r = W.rng
    fns, ws = zip(*KINDS)
    while W.out.n_subjects < target_rows:
        left = target_rows - W.out.n_subjects
        if left < 60:
            while W.out.n_subjects < target_rows:
                job_seeker(W, single=True)
            break
        r.choices(fns, weights=ws)[0](W)
