"""Honest customers, applicants, hires, freelancers and the organisations around them."""
from . import data as D
from . import media as M
from .common import (ELECTRONICS_SENDERS, apply, customer, freelance, give_resume, hire, it_admin_extra, open_mailbox,
                     payout_dest, pick_emp, random_packages, start_date)
from .infra import DAY, T0, T1
from .lives import Stay, foreign_place, new_person, us_place
from .sources import bx_package, platform_row

NOMAD_HUBS = [("PT", "Lisbon"), ("PT", "Porto"), ("PT", "Madeira"), ("PT", "Ericeira"), ("ES", "Barcelona"), ("ES", "Valencia"),
              ("ES", "Las Palmas"), ("MX", "Mexico City"), ("MX", "Playa del Carmen"), ("MX", "Oaxaca"), ("CO", "Medellin"),
              ("CO", "Cartagena"), ("TH", "Chiang Mai"), ("TH", "Bangkok"), ("TH", "Koh Phangan"), ("ID", "Canggu"), ("ID", "Ubud"),
              ("VN", "Da Nang"), ("VN", "Ho Chi Minh City"), ("GE", "Tbilisi"), ("JP", "Tokyo"), ("CR", "Tamarindo"),
              ("BR", "Florianopolis"), ("AR", "Buenos Aires"), ("TR", "Istanbul"), ("MY", "Kuala Lumpur"), ("KR", "Seoul"),
              ("PH", "Cebu City"), ("GB", "London"), ("DE", "Berlin"), ("NL", "Amsterdam"), ("ZA", "Cape Town")]
VPN_HONEST = [("nordvpn", 30), ("expressvpn", 22), ("surfshark", 14), ("protonvpn", 12), ("mullvad", 8), ("pia", 8), ("astrill", 3),
              ("icloud_relay", 10)]


def venue_nets(w, pl, cowork=True, hotel=True):
    nets = []
    if cowork:
        nets.append((w.venue(("cowork", pl.country, pl.city, w.r.randrange(3)), "coworking", None, pl.country, pl.city, pl.lat, pl.lon), 3))
    if hotel:
        nets.append((w.venue(("hotel", pl.country, pl.city, w.r.randrange(6)), "hotel", None, pl.country, pl.city, pl.lat, pl.lon), 1))
    return nets


def travel_stays(ctx, p, hubs, vpn=None, start=None, us_visits=0.12, dur=(25, 120)):
    w = ctx.w
    t = start if start is not None else T0 - w.r.randint(0, 80) * DAY
    stays = [Stay(T0 - 4000 * DAY, t, p.home, p.stays[0].nets)]
    while t < T1:
        d = w.r.randint(*dur) * DAY
        if w.r.random() < us_visits:
            pl = p.home
            nets = p.stays[0].nets
        else:
            c, city = w.pick(hubs)
            pl = foreign_place(w, c, city)
            nets = [(w.foreign_home(pl.country, pl.ct), 5), (w.foreign_mobile(pl.country, pl.ct), 2)] + venue_nets(w, pl)
            if vpn is not None:
                nets.append((vpn, 4))
        stays.append(Stay(t, t + d, pl, nets))
        t += d
    p.stays = stays


def maybe_vpn(ctx, p, prob, cities=None):
    w = ctx.w
    if w.r.random() < prob:
        prov = w.wpick(VPN_HONEST)
        p.add("vpn_user")
        if prov == "astrill":
            p.add("vpn_astrill")
        return w.vpn(prov, cities, n_exits=3)
    return None


def google_voice(ctx, p, prob):
    w = ctx.w
    if w.r.random() < prob:
        p.phone = w.phone_us(line="voip", carrier="Google (Grasshopper)")
        p.add("google_voice")


def partner_or_recovery(ctx, p, q, prob=0.35):
    """The partner (or a parent) as recovery address."""
    if ctx.w.r.random() < prob:
        p.recovery_email = q.email
        p.add("recovery_is_family")


def couple_of(ctx, p, same_origin=0.8, country=None):
    w = ctx.w
    q = new_person(w, country or p.country, origin=p.origin if w.r.random() < same_origin else None, place=p.home,
                   sex="F" if p.sex == "M" and w.r.random() < 0.9 else "M")
    if w.r.random() < 0.6:
        q.last = p.last
    q.homenet, q.router_mac, q.ssid, q.home_addr, q.home_addr_str = p.homenet, p.router_mac, p.ssid, p.home_addr, p.home_addr_str
    q.stays = p.stays
    if w.r.random() < 0.4:
        q.devices = [(p.laptop, 5), (q.mobile, 4)]
        p.add("family_device")
        q.add("family_device")
    if w.r.random() < 0.7:
        q.card = p.card
        p.add("shared_card")
        q.add("shared_card")
    if w.r.random() < 0.2:
        p.recovery_phone = q.phone
        q.recovery_phone = p.phone
    p.add("couple")
    q.add("couple")
    q.household = p.household = p.pid
    return q


# ============================================================================================ Boxpoint individuals


def nomad(ctx):
    w, r = ctx.w, ctx.w.r
    p = new_person(w, "US", age=(23, 48))
    p.primary = "digital_nomad"
    p.add("mailbox_address", "abroad")
    google_voice(ctx, p, 0.55)
    vpn = maybe_vpn(ctx, p, 0.45)
    travel_stays(ctx, p, NOMAD_HUBS, vpn)
    parents = us_place(w)
    parents_net = w.us_residential(parents.metro, n_ips=1)
    p.home_addr = w.us_street(parents.metro)
    mb = open_mailbox(ctx, p, ("mailbox", "virtual_office", "rv_mail"), w.pick(["mailbox_premium", "mailbox_basic", "mailbox_premium"]),
                      opened=w.t_between(w.epoch(2017, 1, 1), T0 + 60 * DAY))
    q = None
    if r.random() < 0.22:
        q = couple_of(ctx, p)
        q.primary = "digital_nomad"
        q.add("mailbox_address", "abroad")
        q.stays = p.stays
        partner_or_recovery(ctx, p, q)
    sid = customer(ctx, p, mb, n_logins=r.randint(10, 45), country="US" if r.random() < 0.8 else "")
    if q is not None:
        customer(ctx, q, mb, "additional_recipient", t=mb.opened + r.randint(0, 400) * DAY, n_logins=r.randint(2, 15), charges=False,
                 phone=p.phone if r.random() < 0.3 else None)
    ctx.people.append(p)
    # packages, some forwarded to wherever they are
    for _ in range(r.randint(0, 3)):
        t = w.t_between(max(T0, mb.opened), T1 - 5 * DAY)
        st = p.stay_at(t)
        fwd = None if st.place.country == "US" else w.foreign_addr(st.place.country, st.place.city)
        bx_package(w, sid, t, w.pick(ELECTRONICS_SENDERS), f"{p.first} {p.last}", True, ctx.bx.address(mb),
                   contents=w.pick(["laptop computer", "mobile phone", "headphones", "credit card (mail)", "documents"]),
                   forward_addr=fwd, forward_country=st.place.country)
    x = r.random()
    if x < 0.38:
        emp = pick_emp(ctx)
        start = start_date(w)
        addr = ctx.bx.address(mb) if r.random() < 0.7 else w.fmt_us(p.home_addr)
        to_box = r.random() < 0.7
        ship = ctx.bx.address(mb) if to_box else ("c/o " + p.last + " family, " if r.random() < 0.4 else "") + w.fmt_us(p.home_addr)
        if not to_box:
            p.add("ships_to_parents")
        exit_node = r.random() < 0.3
        us_clock = r.random() < 0.6
        if us_clock:
            p.clock = (emp.office.tz, "day")
            p.add("us_hours_abroad")
        nets = None
        if exit_node:
            p.add("exit_node_at_home")
            nets = [(parents_net, 9)] + [(n_, 1) for n_, _ in p.stays[-1].nets[:1]]
        manual_tz = r.random() < 0.4
        tr_mac = w.mac(D.TRAVEL_ROUTER_OUI) if r.random() < 0.5 else None
        if tr_mac:
            p.add("travel_router")

        def net_fn(t, tr_mac=tr_mac):
            st = p.stay_at(t)
            if st.place.country == "US" and st.place is p.home:
                return p.router_mac, p.ssid
            return (tr_mac or w.mac()), ("GL-MT3000-" + w.hexs(3) if tr_mac else w.pick(["Airbnb_Guest", "WiFi-" + w.hexs(4), "Selina_Cowork", "Outsite", "Vodafone-" + w.hexs(4).upper()]))

        def tz_fn(t, manual=manual_tz, tz=emp.office.tz):
            return tz if manual else p.stay_at(t).place.tz

        ex = None
        if exit_node:
            def ex(t, i, holder=[]):
                if i == 0:
                    w.add_endpoint(hsid[0], t, hdev[0], "process", "tailscaled" if r.random() < 0.7 else "Tailscale")
        hsid, hdev = [None], [None]

        def hook(s, d, a, b):
            hsid[0], hdev[0] = s, d
        hire(ctx, p, emp, start, ship, "mailbox" if to_box else "home", address=addr,
             idp_nets=nets, clock=p.clock, net_fn=net_fn, tz_fn=tz_fn, extra_fn=ex, laptop_hook=hook)
        if to_box:
            t = max(T0, start - r.randint(2, 9) * DAY)
            st = p.stay_at(t)
            fwd = None if st.place.country == "US" else w.foreign_addr(st.place.country, st.place.city)
            bx_package(w, sid, t, emp.name + " IT", f"{p.first} {p.last}", True, ctx.bx.address(mb), contents="laptop computer",
                       forward_addr=fwd, forward_country=st.place.country)
            if fwd:
                p.add("laptop_forwarded_abroad")
    elif x < 0.65:
        p.add("freelancer")
        freelance(ctx, p, w.pick(["gigspan", "gigspan", "taskhive"]), w.t_between(w.epoch(2018, 1, 1), T1 - 30 * DAY),
                  address=ctx.bx.address(mb) if r.random() < 0.5 else None, method=w.pick(["wise", "paypal", "payoneer", "bank"]))
    if r.random() < 0.3:
        apply(ctx, p, r.randint(1, 4), address_fn=lambda: ctx.bx.address(mb))


EXPAT_COUNTRIES = [("MX", 15), ("CA", 8), ("GB", 8), ("DE", 8), ("PT", 6), ("ES", 6), ("JP", 6), ("KR", 6), ("TH", 5), ("PH", 5),
                   ("CR", 4), ("CN", 4), ("AE", 4), ("IL", 3), ("FR", 3), ("NL", 2), ("CO", 3), ("VN", 3), ("IE", 2), ("AU", 3)]


def expat(ctx):
    w, r = ctx.w, ctx.w.r
    c = w.wpick(EXPAT_COUNTRIES)
    p = new_person(w, "US", age=(26, 70))
    p.primary = "expat"
    p.add("mailbox_address", "abroad")
    pl = foreign_place(w, c)
    if c == "CN":
        p.add("expat_in_china")
        vpn = w.vpn(w.wpick([("astrill", 6), ("expressvpn", 3), ("nordvpn", 1)]), n_exits=3)
        p.add("vpn_user")
        if vpn.kind == "vpn:astrill":
            p.add("vpn_astrill")
        vw = 8
    else:
        vpn = maybe_vpn(ctx, p, 0.35)
        vw = 3
    nets = [(w.foreign_home(c, pl.ct), 6), (w.foreign_mobile(c, pl.ct), 2)]
    if vpn is not None:
        nets.append((vpn, vw))
    usnets = p.stays[0].nets
    p.stays = [Stay(T0 - 4000 * DAY, T1 + DAY, pl, nets)]
    if r.random() < 0.2:   # a visit home
        a = w.t_between(T0, T1 - 30 * DAY)
        p.stays = [Stay(T0 - 4000 * DAY, a, pl, nets), Stay(a, a + r.randint(10, 30) * DAY, p.home, usnets),
                   Stay(a + 30 * DAY, T1 + DAY, pl, nets)]
        p.stays[1].t1 = p.stays[2].t0 = max(p.stays[1].t1, a + DAY)
    p.home = pl
    google_voice(ctx, p, 0.5)
    mb = open_mailbox(ctx, p, ("mailbox", "virtual_office", "rv_mail", "reship_warehouse"), w.pick(["mailbox_basic", "mailbox_premium", "reshipping"]))
    q = None
    if r.random() < 0.45:
        local = r.random() < 0.5
        q = couple_of(ctx, p, same_origin=0.2 if local else 0.9, country=c if local else "US")
        q.stays = p.stays
        q.primary = "expat"
        if local:
            q.add("foreign_spouse")
            q.phone = w.phone_foreign(c)
        partner_or_recovery(ctx, p, q)
    sid = customer(ctx, p, mb, n_logins=r.randint(4, 30), country=w.pick(["US", "US", c, ""]))
    if q is not None and r.random() < 0.7:
        customer(ctx, q, mb, "additional_recipient", t=mb.opened + r.randint(0, 700) * DAY, n_logins=r.randint(0, 10), charges=False,
                 country=c if "foreign_spouse" in q.tokens else "US")
    random_packages(ctx, p, sid, mb, r.choices([0, 1, 2, 4], [40, 30, 20, 10])[0], forward_addr=lambda: w.foreign_addr(c, pl.city),
                    forward_country=c)
    if r.random() < 0.2:
        emp = pick_emp(ctx)
        if r.random() < 0.6:
            p.clock = (emp.office.tz, "day")
            p.add("us_hours_abroad")
        start = start_date(w)
        addr = ctx.bx.address(mb)
        hire(ctx, p, emp, start, addr, "mailbox", address=addr, clock=p.clock,
             tz_fn=lambda t: pl.tz, kb=D.COUNTRIES[c]["kb"] if r.random() < 0.15 else "en-US")
        bx_package(w, sid, max(T0, start - 5 * DAY), emp.name + " IT", f"{p.first} {p.last}", True, ctx.bx.address(mb),
                   forward_addr=w.foreign_addr(c, pl.city), forward_country=c)
        p.add("laptop_forwarded_abroad")
    elif r.random() < 0.2:
        freelance(ctx, p, "gigspan", w.t_between(w.epoch(2016, 1, 1), T1 - 30 * DAY), method=w.pick(["wise", "paypal", "bank"]))
    ctx.people.append(p)


RV_LOCS = ["LIV1", "GCS1", "SFS1", "RAP1"]


def rv(ctx):
    w, r = ctx.w, ctx.w.r
    retired = r.random() < 0.68
    p = new_person(w, "US", age=(55, 76) if retired else (28, 54))
    p.primary = "rv_fulltimer"
    p.add("mailbox_address", "moves_often", "starlink")
    loc = ctx.bx.loc(w.pick(RV_LOCS))
    # on the road: a new campground every 1-4 weeks, Starlink and campground Wi-Fi and a phone
    stays = [Stay(T0 - 4000 * DAY, T0 - 30 * DAY, p.home, p.stays[0].nets)]
    t = T0 - 30 * DAY
    sl_cache = {}
    while t < T1:
        d = r.randint(7, 30) * DAY
        pl = us_place(w)
        key = pl.state
        if key not in sl_cache:
            sl_cache[key] = w.starlink(pl)
        nets = [(sl_cache[key], 6), (w.us_mobile(pl.metro), 3),
                (w.venue(("camp", pl.city, r.randrange(4)), "campground_wifi", w.pick(D.HOTEL_OWNERS), "US", pl.city, pl.lat, pl.lon), 2)]
        stays.append(Stay(t, t + d, pl, nets))
        t += d
    p.stays = stays
    p.clock = (p.home.tz, "evening" if retired else "day")
    mb = open_mailbox(ctx, p, ("rv_mail",), "rv_mail", loc=loc)
    p.home_addr = None
    p.home_addr_str = ctx.bx.address(mb)      # domicile: the mail service's address is the legal address
    q = None
    if r.random() < 0.65:
        q = couple_of(ctx, p)
        q.primary = "rv_fulltimer"
        q.add("mailbox_address", "moves_often", "starlink")
        q.clock = p.clock
        q.home_addr_str = p.home_addr_str
        if r.random() < 0.4:
            q.phone = p.phone
            p.add("shared_phone")
            q.add("shared_phone")
        partner_or_recovery(ctx, p, q, 0.5)
    sid = customer(ctx, p, mb, n_logins=r.randint(5, 30))
    if q is not None:
        customer(ctx, q, mb, "additional_recipient", t=mb.opened + r.randint(0, 30) * DAY, n_logins=r.randint(0, 12), charges=False)
    random_packages(ctx, p, sid, mb, r.choices([0, 1, 2, 3], [40, 30, 20, 10])[0],
                    forward_addr=lambda: f"c/o {w.pick(['Sunny Pines', 'Lakeside', 'Desert Oasis', 'Pine Ridge', 'KOA', 'Escapees Rainbow Park'])} RV Park Site {r.randint(1, 220)}, " + w.fmt_us(w.us_street()),
                    forward_country="US", contents=["prescription", "documents", "RV parts", "laptop computer", "mobile phone", "vehicle registration"])
    for who in ([p] + ([q] if q is not None and r.random() < 0.3 else [])):
        if not retired and r.random() < 0.55:
            emp = pick_emp(ctx)
            start = start_date(w)
            addr = ctx.bx.address(mb)
            fwd = f"{w.pick(['Escapees', 'Thousand Trails', 'Good Sam'])} campground, Site {r.randint(1, 300)}, " + w.fmt_us(w.us_street())
            hid, dev, did = hire(ctx, who, emp, start, addr, "mailbox", address=addr,
                                 net_fn=lambda t: (w.mac("dc:a6:32") if r.random() < 0.05 else who.router_mac, "STARLINK" if r.random() < 0.7 else "Campground-WiFi"))
            bx_package(w, sid, max(T0, start - 4 * DAY), emp.name + " IT", f"{who.first} {who.last}", True, ctx.bx.address(mb),
                       forward_addr=fwd, forward_country="US")
            who.add("laptop_forwarded")
    ctx.people.append(p)


MIL_POSTS = [("DE", "Kaiserslautern", "APO AE 09021"), ("DE", "Stuttgart", "APO AE 09107"), ("JP", "Okinawa", "FPO AP 96374"),
             ("JP", "Yokosuka", "FPO AP 96349"), ("KR", "Pyeongtaek", "APO AP 96271"), ("KR", "Pyeongtaek", "APO AP 96271"),
             ("ES", "Las Palmas", "FPO AE 09645"), ("GB", "London", "APO AE 09459")]


def military(ctx):
    w, r = ctx.w, ctx.w.r
    p = new_person(w, "US", age=(22, 45))
    p.primary = "military_family"
    q = couple_of(ctx, p)
    q.primary = "military_family"
    abroad = r.random() < 0.6
    apo = None
    if abroad:
        c, city, apo_tail = w.pick(MIL_POSTS)
        pl = foreign_place(w, c, city)
        base = w.venue(("base", city), "military_base", w.pick(D.MILITARY_NETS), c, city, pl.lat, pl.lon, n=4)
        nets = [(w.foreign_home(c, pl.ct), 5), (base, 3), (w.foreign_mobile(c, pl.ct), 1)]
        vpn = maybe_vpn(ctx, p, 0.25)
        if vpn is not None:
            nets.append((vpn, 3))
        p.stays = q.stays = [Stay(T0 - 4000 * DAY, T1 + DAY, pl, nets)]
        apo = f"Unit {r.randint(2000, 9999)} Box {r.randint(100, 9999)}, {apo_tail}"
        for x in (p, q):
            x.add("posted_abroad", "apo_address")
    else:
        pl = us_place(w, [c for c in D.US_CITIES if c[0] in ("Fayetteville", "Killeen", "Norfolk", "Colorado Springs", "Tacoma", "San Diego")][r.randrange(6)])
        nets = [(w.us_residential(pl.metro), 6), (w.us_mobile(pl.metro), 3)]
        p.stays = q.stays = [Stay(T0 - 4000 * DAY, T1 + DAY, pl, nets)]
    mb = open_mailbox(ctx, p, ("mailbox", "virtual_office", "rv_mail"), "mailbox_premium")
    sid = customer(ctx, p, mb, n_logins=r.randint(3, 20))
    customer(ctx, q, mb, "additional_recipient", t=mb.opened + r.randint(0, 100) * DAY, n_logins=r.randint(2, 20), charges=False)
    if r.random() < 0.55:      # the spouse works remotely for a partner
        emp = pick_emp(ctx)
        start = start_date(w)
        addr = apo if (apo and r.random() < 0.5) else ctx.bx.address(mb)
        if abroad and r.random() < 0.6:
            q.clock = (emp.office.tz, "day")
            q.add("us_hours_abroad")
        hire(ctx, q, emp, start, addr, "mailbox", address=addr, clock=q.clock,
             tz_fn=(lambda t: pl.tz) if abroad else None)
        if addr != apo:
            bx_package(w, sid, max(T0, start - 4 * DAY), emp.name + " IT", f"{q.first} {q.last}", False, ctx.bx.address(mb),
                       forward_addr=apo or w.fmt_us(w.us_street(pl.metro)), forward_country="US")
    if r.random() < 0.3:
        apply(ctx, q, r.randint(1, 5), address_fn=lambda: apo or ctx.bx.address(mb))
    ctx.people.append(p)


def nurse(ctx):
    w, r = ctx.w, ctx.w.r
    p = new_person(w, "US", age=(25, 55), sex="F" if r.random() < 0.85 else "M")
    p.primary = "travel_nurse"
    p.add("mailbox_address", "moves_often")
    p.resume = M.make_resume(w, "nursing")
    stays = [Stay(T0 - 4000 * DAY, T0 - r.randint(0, 90) * DAY, p.home, p.stays[0].nets)]
    t = stays[0].t1
    while t < T1:
        pl = us_place(w)
        d = r.choice([91, 91, 91, 56, 120]) * DAY
        nets = [(w.venue(("extstay", pl.city, r.randrange(5)), "hotel", w.pick(D.HOTEL_OWNERS), "US", pl.city, pl.lat, pl.lon), 4),
                (w.us_mobile(pl.metro), 5),
                (w.venue(("hospital", pl.city, r.randrange(3)), "hospital_guest_wifi", None, "US", pl.city, pl.lat, pl.lon, n=3), 2)]
        stays.append(Stay(t, t + d, pl, nets))
        t += d
    p.stays = stays
    p.clock = (p.home.tz, w.pick(["night", "day", "day", "evening"]))
    if p.clock[1] == "night":
        p.add("night_shift")
    mb = open_mailbox(ctx, p, ("mailbox", "rv_mail", "virtual_office"), "mailbox_basic")
    customer(ctx, p, mb, n_logins=r.randint(3, 18))
    k = r.choices([1, 2, 3], [50, 35, 15])[0]
    if k > 1:
        p.add("multiple_employers")
    for i in range(k):
        emp = pick_emp(ctx)
        st = w.t_between(w.epoch(2023, 1, 1), T1 - 60 * DAY)
        sid = hris_like_nurse(ctx, p, emp, st, ctx.bx.address(mb))
    if r.random() < 0.4:
        apply(ctx, p, r.randint(1, 6), address_fn=lambda: ctx.bx.address(mb))
    ctx.people.append(p)


def hris_like_nurse(ctx, p, emp, start, addr):
    """Staffing agencies: an HRIS row and weekly pay, no laptop; sign-ins to the agency app from the phone."""
    from .lives import payroll, sign_ins
    from .sources import hris_row
    w, r = ctx.w, ctx.w.r
    sid = hris_row(w, p, emp, start, p, address=addr, kind="contractor" if r.random() < 0.3 else "employee",
                   title=w.pick(D.TRACKS["nursing"]["titles"]))
    end = min(T1, start + r.choice([91, 182, 273, 365]) * DAY)
    if max(start, T0) < end:
        sign_ins(w, p, sid, emp.idp + ":" + emp.code, emp.idp + ":" + emp.code, r.randint(3, 14), max(start, T0), end,
                 devices=[(p.mobile, 1)], events=["user.session.start"] if emp.idp == "okta" else ["interactiveUser"])
    payroll(w, sid, emp, start, end, r.randint(85, 160) * 1000, lambda t: p.bank)
    return sid


def mover(ctx):
    w, r = ctx.w, ctx.w.r
    p = new_person(w, "US", age=(22, 70))
    p.primary = "mover"
    p.add("moved")
    old = p.home
    new = us_place(w)
    tm = w.t_between(T0, T1 - 30 * DAY)
    newnet = w.us_residential(new.metro)
    p.stays = [Stay(T0 - 4000 * DAY, tm, old, p.stays[0].nets),
               Stay(tm, tm + r.randint(10, 60) * DAY, new, [(w.us_mobile(new.metro), 5), (w.venue(("hotel", new.city, r.randrange(6)), "hotel", w.pick(D.HOTEL_OWNERS), "US", new.city, new.lat, new.lon), 2)]),
               Stay(tm + 60 * DAY, T1 + DAY, new, [(newnet, 6), (w.us_mobile(new.metro), 3)])]
    p.stays[1].t1 = p.stays[2].t0
    oldaddr = p.home_addr
    mb = open_mailbox(ctx, p, ("mailbox", "virtual_office"), "mailbox_basic", opened=tm - r.randint(0, 40) * DAY)
    q = None
    if r.random() < 0.35:
        q = couple_of(ctx, p)
        q.primary = "mover"
        q.add("moved")
    sid = customer(ctx, p, mb, n_logins=r.randint(2, 12))
    if q is not None and r.random() < 0.6:
        customer(ctx, q, mb, "additional_recipient", n_logins=r.randint(0, 6), charges=False)
    newaddr = w.us_street(new.metro)
    random_packages(ctx, p, sid, mb, r.choices([0, 1, 2, 4], [40, 30, 20, 10])[0], forward_addr=w.fmt_us(newaddr), forward_country="US",
                    contents=["documents", "laptop computer", "mobile phone", "bank card", "household items"])
    if r.random() < 0.35:
        p.home_addr = w.us_street(new.metro)
        apply(ctx, p, r.randint(1, 5), address_fn=lambda: w.pick([w.fmt_us(oldaddr), ctx.bx.address(mb), w.fmt_us(p.home_addr)]))
    ctx.people.append(p)


ALIAS_DOMAINS = [("duck.com", 3), ("simplelogin.com", 2), ("aleeas.com", 1), ("privaterelay.appleid.com", 3), ("anonaddy.me", 1),
                 ("passmail.net", 1), ("mozmail.com", 1)]


def privacy(ctx):
    w, r = ctx.w, ctx.w.r
    p = new_person(w, "US", age=(24, 65))
    p.primary = "privacy_customer"
    p.add("vpn_user", "alias_email")
    prov = w.wpick([("mullvad", 25), ("protonvpn", 25), ("icloud_relay", 20), ("nordvpn", 10), ("expressvpn", 10), ("pia", 10)])
    vpn = w.vpn(prov, n_exits=4)
    p.stays[0].nets = [(vpn, 9), (p.homenet, 1)]
    dom = w.wpick(ALIAS_DOMAINS)
    if dom == "privaterelay.appleid.com":
        p.email = w.alnum(10, "abcdefghijklmnopqrstuvwxyz0123456789") + "@privaterelay.appleid.com"
    elif r.random() < 0.3:
        p.email = p.email.split("@")[0] + "+boxpoint@" + p.email.split("@")[1]
    else:
        p.email = w.pick(["quiet", "river", "nimbus", "echo", "lumen", "kite"]) + "." + w.alnum(6, "abcdefghijklmnopqrstuvwxyz") + "@" + dom
    google_voice(ctx, p, 0.6)
    mb = open_mailbox(ctx, p, ("mailbox", "virtual_office", "rv_mail"), w.pick(["mailbox_basic", "mailbox_premium"]))
    card = p.card
    if r.random() < 0.3:
        card = ("crypto", "bc1q" + w.alnum(38, "023456789acdefghjklmnpqrstuvwxyz"))
        p.add("crypto_payer")
    elif r.random() < 0.5:
        card = "card_fp:" + w.hexs(16)    # a single-merchant virtual card
        p.add("virtual_card")
    sid = customer(ctx, p, mb, face=False, n_logins=r.randint(4, 25), card=card, country="" if r.random() < 0.2 else "US")
    if r.random() < 0.25:
        emp = pick_emp(ctx)
        hire(ctx, p, emp, start_date(w), ctx.bx.address(mb), "mailbox", address=ctx.bx.address(mb), idp_nets=[(vpn, 7), (p.homenet, 3)])
    elif r.random() < 0.3:
        freelance(ctx, p, "gigspan", w.t_between(w.epoch(2018, 1, 1), T1 - 20 * DAY), nets=[(vpn, 1)], method="paypal", default_avatar=r.random() < 0.3)
    ctx.people.append(p)


SHOPPER_COUNTRIES = [("NG", 10), ("BR", 8), ("MX", 5), ("CO", 4), ("VE", 5), ("AR", 3), ("CL", 2), ("IN", 8), ("PH", 6), ("PK", 4),
                     ("BD", 2), ("AE", 5), ("SA", 4), ("IL", 3), ("AU", 5), ("GB", 5), ("CA", 5), ("DE", 3), ("FR", 2), ("JP", 3),
                     ("KR", 4), ("CN", 5), ("RU", 5), ("UA", 3), ("KE", 3), ("EG", 2), ("TR", 2), ("ZA", 2), ("MY", 2), ("SG", 2),
                     ("ID", 2), ("VN", 2), ("TH", 2), ("CR", 1)]


def shopper(ctx):
    w, r = ctx.w, ctx.w.r
    c = w.wpick(SHOPPER_COUNTRIES)
    p = new_person(w, c, age=(20, 60))
    p.primary = "intl_shopper"
    p.add("reships_electronics", "foreign_customer")
    vpn = maybe_vpn(ctx, p, 0.5 if c in ("RU", "CN", "VE", "AE", "SA", "TR") else 0.12)
    if vpn is not None:
        p.stays[0].nets.append((vpn, 4))
    if r.random() < 0.35:
        p.clock = (p.home.tz, "evening")
    mb = open_mailbox(ctx, p, ("reship_warehouse",), "reshipping")
    home = p.home_addr_str
    group = []
    if r.random() < 0.15:   # friends consolidating orders into one box to split the freight
        p.add("consolidation_group")
        for _ in range(r.randint(1, 4)):
            q = new_person(w, c, place=p.home)
            q.primary = "intl_shopper"
            q.add("reships_electronics", "foreign_customer", "consolidation_group")
            group.append(q)
    reseller = r.random() < 0.1
    if reseller:
        p.add("reseller")
    sid = customer(ctx, p, mb, n_logins=r.randint(3, 25), card=p.card if r.random() < 0.8 else ("wallet", "paypal:" + p.email.lower()))
    mb.listed = [f"{p.first} {p.last}"]
    for q in group:
        customer(ctx, q, mb, "additional_recipient", n_logins=r.randint(0, 8), charges=False)
        mb.listed.append(f"{q.first} {q.last}")
    k = r.randint(8, 25) if reseller else r.choices([1, 2, 3, 5, 8], [30, 30, 20, 12, 8])[0]
    names = mb.listed + ([f"{x.first} {x.last}" for x in [new_person(w, c) for _ in range(r.randint(2, 6))]] if reseller else [])
    random_packages(ctx, p, sid, mb, k, forward_addr=home, forward_country=c, addressees=names)
    ctx.people.append(p)


# ============================================================================================ businesses


def company_name(w):
    a = w.pick(["Harbor", "Ridge", "Summit", "Oak", "Blue", "Bright", "Golden", "Silver", "North", "True", "Evergreen", "Cedar",
                "Atlas", "Pioneer", "Urban", "Coastal", "Prairie", "Lakeshore", "Redwood", "Maple", "Keystone", "Liberty", "Vista"])
    b = w.pick(["Ridge", "Path", "Bay", "Stone", "Field", "Line", "Point", "Works", "Peak", "Crest", "Lane", "Rock", ""])
    c = w.pick(["Consulting", "Digital", "Media", "Ventures", "Holdings", "Design", "Analytics", "Solutions", "Studio", "Trading",
                "Logistics", "Marketing", "Capital", "Health", "Software", "Labs", "Realty", "Imports", "Apparel", "Events"])
    return f"{a}{b} {c}", w.pick(["LLC", "LLC", "Inc.", "LLC", "Corp.", "L.L.C.", "Co."])


def company_domain(ctx, name, owner_email, young, privacy=True, team_ip=None):
    w, r = ctx.w, ctx.w.r
    dom = name.lower().replace(" ", "").replace(".", "")[:24] + w.pick([".com", ".com", ".co", ".io", ".net", ".us", ".llc"])
    reg = w.t_between(T1 - 300 * DAY, T1 - 20 * DAY) if young else w.t_between(w.epoch(2005, 1, 1), T1 - 400 * DAY)
    host = w.wpick([("Squarespace", 20), ("Wix", 15), ("Shopify", 10), ("GoDaddy Website Builder", 10), ("WordPress.com", 8),
                    ("Cloudflare", 15), ("Vercel", 6), ("own VPS", 6), ("Google Sites", 5), ("Webflow", 5)])
    ip = team_ip or {"Squarespace": "198.185.159.14%d" % r.randint(4, 5), "Wix": "185.230.63.1%02d" % r.randint(70, 99),
                     "Shopify": "23.227.38.%d" % r.choice([32, 65, 74]), "GoDaddy Website Builder": "76.223.105.230",
                     "WordPress.com": "192.0.78.%d" % r.choice([24, 25]), "Cloudflare": "104.21.%d.%d" % (r.randint(0, 95), r.randint(1, 254)),
                     "Vercel": "76.76.21.21", "Google Sites": "216.239.%d.21" % r.choice([32, 34, 36, 38]),
                     "Webflow": "75.2.70.75"}.get(host) or w.hosting().pick(r).ip
    ns = {"Squarespace": "ns1.squarespacedns.com;ns2.squarespacedns.com", "Wix": "ns2.wixdns.net;ns3.wixdns.net",
          "Cloudflare": f"{w.pick(['ada', 'bob', 'cruz', 'dana', 'elle', 'fay'])}.ns.cloudflare.com;{w.pick(['gil', 'hal', 'ivy', 'jay'])}.ns.cloudflare.com"}.get(
        host, w.pick(["ns1.domaincontrol.com;ns2.domaincontrol.com", "dns1.registrar-servers.com;dns2.registrar-servers.com",
                      "ns-cloud-a1.googledomains.com;ns-cloud-a2.googledomains.com"]))
    regmail = w.pick(["redacted@privacyguardian.org", "contact@privacyprotect.org", "abuse@namecheap.com (WhoisGuard)",
                      "select request email form at https://domains.squarespace.com"]) if (privacy and r.random() < 0.7) else owner_email
    ctx.w.domains.append({"domain": dom, "company": name, "registered_at": reg, "registrant_email": regmail, "ip": ip,
                          "nameservers": ns, "boxpoint_hosting": host})
    return dom


def business(ctx, va=None, firm=None, foreign=None):
    """A small company at a virtual office: 1-4 owners, one business line, a company card, a young or old domain."""
    w, r = ctx.w, ctx.w.r
    nm, suffix = company_name(w)
    full = f"{nm} {suffix}"
    n_owners = r.choices([1, 2, 3, 4], [45, 35, 14, 6])[0]
    country = foreign or "US"
    owners = []
    first = new_person(w, country, age=(25, 68))
    for i in range(n_owners):
        o = first if i == 0 else new_person(w, country, origin=first.origin if r.random() < 0.5 else None,
                                            place=first.home if r.random() < 0.6 else None)
        o.primary = "foreign_founder" if foreign else "small_business_owner"
        o.add("virtual_office", "co_owner" if n_owners > 1 else "sole_owner")
        owners.append(o)
    young = r.random() < (0.6 if foreign else 0.35)
    dom = company_domain(ctx, nm, first.email, young)
    if young:
        for o in owners:
            o.add("young_domain")
    biz = w.phone_us(line="bizvoip", carrier=w.pick(D.BUSINESS_VOIP)) if r.random() < 0.8 else w.phone_us(line="landline")
    card = "card_fp:" + w.hexs(16)
    types = ("virtual_office",) if not foreign else ("virtual_office",)
    locs = [l for l in ctx.bx.locs if l[5] == "virtual_office"]
    if foreign:
        locs = [l for l in locs if l[0] in ("WIL1", "WIL2", "SHR1", "CYS1", "NYC1", "MIA2", "AUS1")]
    loc = w.wpick([(l, l[6]) for l in locs])
    mb = open_mailbox(ctx, first, types, w.pick(["virtual_office", "business", "virtual_office"]), loc=loc,
                      opened=w.t_between(T1 - 330 * DAY if young else w.epoch(2014, 1, 1), T1 - 15 * DAY))
    mb.company = full
    admin = w.pick(["admin", "info", "office", "hello", "accounts"]) + "@" + dom
    for o in owners:
        if r.random() < 0.5:
            o.portfolio = "https://" + w.pick(["", "www."]) + dom
        if r.random() < 0.7:
            o.email = (o.first.lower() + w.pick(["", "." + o.last.lower(), o.last[0].lower()])).replace(" ", "").replace("'", "") + "@" + dom
        if r.random() < 0.6:
            o.phone = biz
            o.add("business_phone")
        if r.random() < 0.45:
            o.recovery_email = admin
            o.add("company_recovery_email")
        elif n_owners > 1 and r.random() < 0.3:
            o.recovery_email = first.email if o is not first else owners[1].email
        if foreign:
            o.add("us_llc")
            o.recovery_phone = w.phone_foreign(country) if r.random() < 0.5 else None
    if va is not None:
        for o in owners:
            o.add("va_managed")
            if r.random() < 0.4:
                o.recovery_email = va.email
    if firm is not None:
        for o in owners:
            o.add("agent_managed")
            if r.random() < 0.5:
                o.recovery_email = firm["email"]
    for i, o in enumerate(owners):
        rec = "mailbox_holder" if i == 0 else "additional_recipient"
        ln = r.randint(2, 16)
        sid = customer(ctx, o, mb, rec, t=mb.opened + (0 if i == 0 else r.randint(0, 200) * DAY), n_logins=ln,
                       charges=(i == 0), card=card, extra={"boxpoint_company": full})
        if i == 0:
            first_sid = sid
        if va is not None and r.random() < 0.85:   # the assistant works the mailbox from her own laptop and home
            from .lives import sign_ins
            sign_ins(w, va, sid, "boxpoint", "bx", r.randint(4, 20), max(T0, mb.opened), T1, app="bx",
                     devices=[(va.laptop, 1)], events=["portal.login", "mail.scan.view", "forward.request"])
        if firm is not None and r.random() < 0.85:
            from .lives import sign_ins
            sign_ins(w, firm["staff"][0], sid, "boxpoint", "bx", r.randint(2, 10), max(T0, mb.opened), T1, app="bx",
                     devices=[(firm["device"], 1)], nets=[(firm["net"], 1)], events=["portal.login", "mail.scan.view"])
    for o in owners:
        o.card = card
        if len(owners) > 1:
            o.add("company_card")
    mb.listed = [f"{o.first} {o.last}" for o in owners] + [full]
    # the company's own mail and, sometimes, laptops for its contractors forwarded on
    random_packages(ctx, first, first_sid, mb, r.randint(0, 4), senders=["IRS", "State of Delaware", "Chase Business", "Mercury",
                                                                           "Stripe", "Amazon.com", "Dell Technologies", "Apple Store"],
                    contents=["documents", "bank card", "tax notice", "laptop computer", "office supplies"],
                    addressees=mb.listed)
    if r.random() < 0.15:
        first.add("ships_equipment_to_contractors")
        for _ in range(r.randint(1, 4)):
            c = new_person(w, "US")
            bx_package(w, first_sid, w.t_between(max(T0, mb.opened), T1 - 5 * DAY), w.pick(["Dell Technologies", "Apple Store", "Lenovo US"]),
                       f"{c.first} {c.last}", False, ctx.bx.address(mb), "laptop computer", forward_addr=w.fmt_us(c.home_addr),
                       forward_country="US")
    if r.random() < 0.3:   # also a client on Gigspan, hiring freelancers
        o = owners[0]
        o.add("freelance_client")
        sid = platform_row(w, o, "gigspan", w.t_between(mb.opened, T1 - 5 * DAY), o, record="client", title="Client",
                           default_avatar=r.random() < 0.4, address=ctx.bx.address(mb), payout_method="")
        from .lives import sign_ins
        sign_ins(w, o, sid, "gigspan", "gigspan", r.randint(2, 15), T0, T1, events=["session.start"])
        if va is not None and r.random() < 0.7:
            sign_ins(w, va, sid, "gigspan", "gigspan", r.randint(2, 10), T0, T1, devices=[(va.laptop, 1)], events=["session.start"])
        for _ in range(r.randint(1, 6)):
            w.add_payment(sid, w.t_between(T0, T1), round(r.uniform(50, 3000), 2), "USD", "bank", card, "charge", "Gigspan",
                          {"boxpoint_memo": "client funding"})
    ctx.people.extend(owners)
    return owners


def founders(ctx):
    c = ctx.w.wpick([("IN", 20), ("NG", 14), ("PK", 12), ("BD", 5), ("KE", 5), ("EG", 4), ("UA", 6), ("BR", 6), ("VN", 4), ("PH", 6),
                     ("CN", 6), ("GE", 2), ("AR", 3), ("CO", 3), ("TR", 3), ("GB", 3), ("AE", 3)])
    owners = business(ctx, foreign=c)
    w, r = ctx.w, ctx.w.r
    for o in owners:
        if o.country != "US" and r.random() < 0.3:
            o.add("vpn_user")
            o.stays[0].nets.append((w.vpn(w.wpick(VPN_HONEST), n_exits=2), 3))
        if r.random() < 0.35:
            o.clock = ("America/New_York", "day")
            o.add("us_hours_abroad")
        if r.random() < 0.45:
            o.add("freelancer", "payoneer")
            freelance(ctx, o, "gigspan", w.t_between(w.epoch(2017, 1, 1), T1 - 20 * DAY), method="payoneer",
                      address=None)


def seller(ctx):
    """An e-commerce seller's team (often in Shenzhen or Yiwu) on one returns/virtual-office box, one office, one VPN."""
    w, r = ctx.w, ctx.w.r
    c = w.wpick([("CN", 60), ("US", 20), ("VN", 5), ("PK", 5), ("IN", 5), ("TR", 5)])
    cityname = {"CN": w.pick(["Shenzhen", "Yiwu", "Guangzhou", "Hangzhou", "Shanghai", "Shenyang", "Dalian"])}.get(c)
    lead = new_person(w, c, place=foreign_place(w, c, cityname) if c != "US" else None)
    staff = [lead] + [new_person(w, c, place=lead.home) for _ in range(r.randint(1, 4))]
    nm, suf = company_name(w)
    full = f"{nm} {suf}" if c == "US" else f"{nm} {w.pick(['Trading Co., Ltd.', 'E-commerce Co., Ltd.', 'Technology Co., Ltd.', 'LLC'])}"
    dom = company_domain(ctx, nm, lead.email, r.random() < 0.3)
    office = w.venue(("selleroffice", full), "business", None, c, lead.home.city, lead.home.lat, lead.home.lon, n=2)
    pcs = [w.device("laptop", "win") for _ in range(r.randint(1, 2))]
    vpn = None
    if c in ("CN",) or r.random() < 0.1:
        vpn = w.vpn(w.wpick([("astrill", 5), ("expressvpn", 3), ("nordvpn", 2)]), n_exits=3)
    biz = w.phone_us(line="bizvoip", carrier=w.pick(D.BUSINESS_VOIP))
    card = "card_fp:" + w.hexs(16)
    mb = open_mailbox(ctx, lead, ("reship_warehouse", "virtual_office"), w.pick(["reshipping", "business"]))
    mb.company = full
    mb.listed = [full] + [f"{s.first} {s.last}" for s in staff]
    for i, s in enumerate(staff):
        s.primary = "ecommerce_seller"
        s.add("shared_office", "business_phone" if i == 0 or r.random() < 0.5 else "")
        nets = [(office, 6), (s.homenet, 2)] + ([(vpn, 6)] if vpn is not None else [])
        if vpn is not None:
            s.add("vpn_user")
            if vpn.kind == "vpn:astrill":
                s.add("vpn_astrill")
        s.stays[0].nets = nets
        s.devices = [(w.pick(pcs), 6), (s.mobile, 2)]
        s.add("shared_workstation")
        if c != "US":
            s.clock = (s.home.tz, "day") if r.random() < 0.6 else ("America/Los_Angeles", "day")
        if "business_phone" in s.tokens:
            s.phone = biz
        if r.random() < 0.5:
            s.recovery_email = "service@" + dom
        sid = customer(ctx, s, mb, "mailbox_holder" if i == 0 else "additional_recipient", n_logins=r.randint(3, 25),
                       charges=(i == 0), card=card, extra={"boxpoint_company": full}, country=c if r.random() < 0.8 else "")
        if i == 0:
            lead_sid = sid
    fwd = lead.home_addr_str
    random_packages(ctx, lead, lead_sid, mb, r.randint(2, 12), forward_addr=fwd if c != "US" else None, forward_country=c,
                    senders=["Amazon.com Returns", "FBA Removal Order", "Walmart Returns", "Customer return", "Amazon.com"],
                    contents=["returned merchandise", "bluetooth speakers", "phone cases", "laptop computer", "LED lights", "smart watch"],
                    addressees=mb.listed)
    if c != "US":
        lead.add("forwards_abroad")
    if r.random() < 0.25:
        lead.add("freelance_client")
        sid = platform_row(w, lead, "gigspan", w.t_between(w.epoch(2019, 1, 1), T1 - 10 * DAY), lead, record="client", title="Client",
                           payout_method="")
        from .lives import sign_ins
        sign_ins(w, lead, sid, "gigspan", "gigspan", r.randint(3, 12), T0, T1, events=["session.start"])
    ctx.people.extend(staff)


COWORK_LOCS = ["NYC1", "SFO2", "LAS1", "AUS1", "CHI2", "MIA2", "ATL1", "DCA1", "BOS1"]


def cowork(ctx):
    w, r = ctx.w, ctx.w.r
    loc = ctx.bx.loc(w.pick(COWORK_LOCS))
    metro = ctx.bx.metro(loc)
    p = new_person(w, "US", place=us_place(w, metro))
    p.primary = "coworking_member"
    p.add("shared_suite", "coworking_network")
    space = ctx.bx.cowork_suite.get(loc[0])
    if space is None:
        space = ctx.bx.cowork_suite[loc[0]] = (loc[7] or f"Ste {r.randint(2, 30)}00",
                                               w.venue(("coworkspace", loc[0]), "coworking", w.pick(D.COWORK_OWNERS), "US", metro[0], metro[3], metro[4], n=3),
                                               w.mac())
    suite, cnet, cmac = space
    p.stays[0].nets = p.stays[0].nets + [(cnet, 6)]
    mb = open_mailbox(ctx, p, ("virtual_office",), "virtual_office", loc=loc, shared_suite=suite)
    customer(ctx, p, mb, n_logins=r.randint(2, 15))
    addr = ctx.bx.address(mb)
    x = r.random()
    if x < 0.5:
        emp = pick_emp(ctx)
        hire(ctx, p, emp, start_date(w), addr, "coworking", address=addr if r.random() < 0.6 else None,
             net_fn=lambda t: (cmac, "Industrious-Members") if r.random() < 0.6 else (p.router_mac, p.ssid))
    elif x < 0.8:
        freelance(ctx, p, "gigspan", w.t_between(w.epoch(2018, 1, 1), T1 - 30 * DAY), address=addr if r.random() < 0.5 else None)
        p.add("freelancer")
    if r.random() < 0.3:
        apply(ctx, p, r.randint(1, 4), address_fn=lambda: addr)
    ctx.people.append(p)


def make_va(ctx):
    w, r = ctx.w, ctx.w.r
    c = w.wpick([("PH", 50), ("IN", 15), ("PK", 10), ("CO", 8), ("KE", 7), ("NG", 5), ("MX", 5)])
    va = new_person(w, c, sex="F" if r.random() < 0.75 else "M")
    va.primary = "virtual_assistant"
    va.resume = M.make_resume(w, "support", country=c)
    va.clock = ("America/New_York", "day") if r.random() < 0.7 else None
    if va.clock:
        va.add("us_hours_abroad")
    freelance(ctx, va, "gigspan", w.t_between(w.epoch(2016, 1, 1), T1 - 200 * DAY), method=w.pick(["payoneer", "wise", "paypal"]),
              payouts=r.randint(8, 24))
    ctx.vas.append(va)
    ctx.people.append(va)
    return va


def make_firm(ctx):
    """A bookkeeping / registered-agent office that runs its clients' virtual-office boxes."""
    w, r = ctx.w, ctx.w.r
    pl = us_place(w)
    staff = [new_person(w, "US", place=pl) for _ in range(r.randint(1, 3))]
    nm, _ = company_name(w)
    dom = company_domain(ctx, nm + " CPA", staff[0].email, False, privacy=False)
    net = w.venue(("firm", nm), "office", None, "US", pl.city, pl.lat, pl.lon, n=2)
    dev = w.device("laptop", "win")
    firm = {"staff": staff, "email": "clients@" + dom, "net": net, "device": dev, "name": nm}
    mb = open_mailbox(ctx, staff[0], ("virtual_office",), "business")
    mb.company = nm + " CPA LLC"
    for i, s in enumerate(staff):
        s.primary = "bookkeeper"
        s.email = s.first.lower() + "@" + dom
        s.stays[0].nets = [(net, 6), (s.homenet, 2), (s.mobnet, 1)]
        s.devices = [(dev, 5), (s.laptop, 3), (s.mobile, 1)]
        customer(ctx, s, mb, "mailbox_holder" if i == 0 else "additional_recipient", n_logins=r.randint(3, 12), charges=i == 0)
    ctx.firms.append(firm)
    ctx.people.extend(staff)
    return firm


# ============================================================================================ employer-side people


def make_coach(ctx):
    w = ctx.w
    c = new_person(w, "US")
    c.primary = "career_coach"
    ctx.coaches.append(c)
    c.coach_id = len(ctx.coaches)
    return c


def make_apply_service(ctx):
    w = ctx.w
    svc = {"name": w.pick(["ApplyPilot", "JobHireAI", "LazyApplyPro", "HireHelper", "ResumeRocket"]) + str(len(ctx.apply_services) + 1),
           "net": w.hosting(k=3), "device": w.device("laptop", "linux")}
    ctx.apply_services.append(svc)
    return svc


def applicant(ctx):
    w, r = ctx.w, ctx.w.r
    c = "US" if r.random() < 0.75 else w.wpick([("IN", 30), ("CA", 12), ("PH", 8), ("PK", 8), ("NG", 8), ("GB", 6), ("BR", 6), ("MX", 6),
                                                ("UA", 5), ("CO", 4), ("KR", 3), ("CN", 4), ("EG", 3), ("VN", 3)])
    p = new_person(w, c, age=(21, 60))
    p.primary = "job_applicant"
    give_resume(ctx, p, country=c)
    k = r.choices([1, 2, 3, 4, 6, 9], [35, 25, 15, 12, 8, 5])[0]
    coach = None
    author = f"{p.first} {p.last}" if r.random() < 0.7 else w.pick(["Microsoft Office User", "User", "Windows User", ""])
    signup = None
    devs = None
    if r.random() < 0.07 and ctx.coaches:
        coach = w.pick(ctx.coaches)
        p.add("coached")
        p.resume["coach"] = coach.coach_id
        author = f"{coach.first} {coach.last}"
        if r.random() < 0.3:   # the coach submits for the client from the coach's laptop
            signup = coach.homenet
            devs = [(coach.laptop, 1)]
            p.add("coach_applied")
    elif r.random() < 0.05 and ctx.apply_services:
        svc = w.pick(ctx.apply_services)
        signup = svc["net"]
        devs = [(svc["device"], 1)]
        p.add("auto_apply_service")
        k = max(k, r.randint(4, 10))
    if c != "US" and r.random() < 0.3:
        p.clock = ("America/New_York", "day")
        p.add("us_hours_abroad")
    if r.random() < 0.12:
        google_voice(ctx, p, 1.0)
    apply(ctx, p, k, signup_net=signup, author=author, coach=coach.coach_id if coach else None, login_devices=devs)
    if c == "US" and r.random() < 0.05:
        mb = open_mailbox(ctx, p, ("mailbox",), "mailbox_basic")
        customer(ctx, p, mb, n_logins=r.randint(1, 8))
        p.add("mailbox_address")
    ctx.people.append(p)


def employee(ctx):
    """A partner's remote hire, perhaps one half of a two-income household."""
    w, r = ctx.w, ctx.w.r
    p = new_person(w, "US", age=(22, 63))
    p.primary = "remote_employee"
    give_resume(ctx, p)
    people = [p]
    if r.random() < 0.15:
        q = couple_of(ctx, p)
        q.primary = "remote_employee"
        give_resume(ctx, q)
        people.append(q)
        if r.random() < 0.45:
            q.bank = p.bank
            p.add("joint_account")
            q.add("joint_account")
    for x in people:
        employee_life(ctx, x)
    ctx.people.extend(people)


def employee_life(ctx, p):
    w, r = ctx.w, ctx.w.r
    emp = pick_emp(ctx)
    start = start_date(w)
    if r.random() < 0.6:
        apply(ctx, p, 1, emps=[emp], stage="hired", t_range=(max(T0 - 300 * DAY, start - 90 * DAY), max(T0 - 299 * DAY, start - 20 * DAY)))
    if r.random() < 0.3:
        apply(ctx, p, r.randint(1, 3))
    x = r.random()
    home = w.fmt_us(p.home_addr)
    ship_kind = "home"
    ship = home
    if x < 0.1 and emp.office:
        ship = w.fmt_us(emp.office_addr) + w.pick(["", ", Attn: IT", ", Reception"])
        ship_kind = "office"
        p.add("ships_to_office")
    elif x < 0.25:
        d = emp.depot or w.pick(D.IT_DEPOTS)
        ship = f"{d[0]}, {d[1]}, {d[2]}, {d[3]} {d[4]}"
        ship_kind = "depot"
        p.add("it_depot_pickup")
    elif x < 0.3:
        rel = new_person(w, "US")
        ship = f"c/o {rel.first} {p.last if r.random() < 0.6 else rel.last}, " + w.fmt_us(rel.home_addr)
        ship_kind = "relative"
        p.add("ships_to_relative")
    elif x < 0.36:
        mb = open_mailbox(ctx, p, ("mailbox", "virtual_office"), "mailbox_basic")
        bsid = customer(ctx, p, mb, n_logins=r.randint(2, 12))
        ship = ctx.bx.address(mb)
        ship_kind = "mailbox"
        p.add("ships_to_mailbox", "mailbox_address")
        bx_package(w, bsid, max(T0, start - 5 * DAY), emp.name + " IT", f"{p.first} {p.last}", True, ship, "laptop computer")
    os_ = None
    extra = None
    clock = None
    idp_nets = None
    kb = "en-US"
    if r.random() < 0.04:      # married or divorced since applying: the hire carries the new surname
        p.prev_name = f"{p.first} {p.last}"
        p.last = new_person(w, "US", origin=p.origin).last
        p.add("name_changed")
    if r.random() < 0.2:       # hybrid: some days at the office
        idp_nets = [(n_, wt) for n_, wt in p.stays[0].nets] + [(emp.office_net, 4)]
        p.add("hybrid_office")
    if r.random() < 0.06:
        clock = (p.home.tz, "night")
        p.add("night_shift")
        p.clock = clock
    if p.origin in ("chinese", "korean", "vietnamese", "filipino", "indian", "japanese") and r.random() < 0.25:
        # a family visit: two to five weeks on the family's home network, China through a VPN
        c = {"chinese": "CN", "korean": "KR", "vietnamese": "VN", "filipino": "PH", "indian": "IN", "japanese": "JP"}[p.origin]
        pl = foreign_place(w, c)
        a = w.t_between(T0, T1 - 40 * DAY)
        nets = [(w.foreign_home(c, pl.ct), 4), (w.foreign_mobile(c, pl.ct), 1)]
        if c == "CN":
            nets.append((w.vpn(w.wpick([("astrill", 5), ("expressvpn", 3), ("nordvpn", 2)]), n_exits=3), 8))
            p.add("vpn_astrill" if nets[-1][0].kind == "vpn:astrill" else "vpn_user")
        base = p.stays[0]
        p.stays = [Stay(base.t0, a, base.place, base.nets), Stay(a, a + r.randint(14, 35) * DAY, pl, nets),
                   Stay(a + 36 * DAY, T1 + DAY, base.place, base.nets)]
        p.stays[1].t1 = p.stays[2].t0
        p.add("family_visit_abroad")
        if r.random() < 0.4:
            kb = {"CN": "zh-CN", "KR": "ko-KR", "VN": "vi-VN", "PH": "en-US", "IN": "en-US", "JP": "ja-JP"}[c]
            p.add("heritage_keyboard")
    it = r.random() < 0.05
    hsid, hdev, hos = [None], [None], [None]
    if it:
        p.add("it_admin", "remote_tool")
        p.primary = "it_admin"
    remote_home = (not it) and r.random() < 0.04
    if remote_home:
        p.add("remote_tool", "remote_desktop_home")

    def hook(s, d, a, b):
        hsid[0], hdev[0] = s, d

    def extra_fn(t, i):
        if remote_home and r.random() < 0.6:
            w.add_endpoint(hsid[0], t, hdev[0], "process", w.pick(["remoting_host.exe", "Chrome Remote Desktop Host", "parsecd.exe"]))
    os_ = emp.os if emp.os != "mixed" else r.choice(["mac", "win"])
    if it:
        holder = {}

        def extra_fn(t, i, holder=holder):
            if "f" not in holder:
                holder["f"] = it_admin_extra(w, hsid[0], hdev[0], os_, p)
            holder["f"](t, i)
    overemployed = r.random() < 0.04
    sid, dev, did = hire(ctx, p, emp, start, ship, ship_kind, address=home if r.random() < 0.9 else "", os_=os_, clock=clock,
                         extra_fn=extra_fn, laptop_hook=hook, kb=kb, idp_nets=idp_nets)
    if overemployed:
        p.add("overemployed")
        emp2 = pick_emp(ctx, [emp])
        hire(ctx, p, emp2, start_date(w), home, "home", address=home)


FREELANCE_COUNTRIES = [("US", 35), ("IN", 14), ("PK", 12), ("PH", 10), ("UA", 6), ("BD", 5), ("NG", 6), ("EG", 3), ("KE", 4), ("BR", 4),
                       ("AR", 3), ("VE", 3), ("CO", 3), ("VN", 3), ("ID", 2), ("RU", 3), ("GE", 2), ("PL", 2), ("MX", 3), ("CN", 2),
                       ("TR", 2), ("GB", 2), ("CA", 2)]


def freelancer(ctx):
    w, r = ctx.w, ctx.w.r
    c = w.wpick(FREELANCE_COUNTRIES)
    p = new_person(w, c, age=(19, 58))
    p.primary = "freelancer"
    give_resume(ctx, p, country=c)
    if c != "US":
        p.add("intl_freelancer")
        if r.random() < 0.3:
            p.clock = ("America/New_York", "day")
            p.add("us_hours_abroad")
        if r.random() < 0.1:
            p.phone = w.phone_us(line="voip", carrier=w.pick(["TextNow (Enflick)", "Google (Grasshopper)", "Bandwidth.com CLEC"]))
            p.add("us_voip_number")
    vpn = maybe_vpn(ctx, p, 0.15 if c not in ("CN", "RU") else 0.7)
    if vpn is not None:
        p.stays[0].nets.append((vpn, 4))
    method = ("bank" if r.random() < 0.5 else w.pick(["paypal", "payoneer"])) if c == "US" else \
        w.wpick([("payoneer", 45), ("wise", 20), ("paypal", 20), ("crypto", 6 if c in ("VE", "AR", "NG", "UA", "RU") else 1), ("bank", 8)])
    if method == "payoneer":
        p.add("payoneer")
    if method == "crypto":
        p.add("crypto_payout")
    dest = payout_dest(w, p, method)
    plats = ["gigspan"] if r.random() < 0.65 else (["taskhive"] if r.random() < 0.6 else ["gigspan", "taskhive"])
    if p.resume["track"] in ("frontend", "backend", "fullstack", "mobile", "data", "devops") and r.random() < 0.12:
        plats.append("devlane")
    for plat in plats:
        dflt = plat == "taskhive" and r.random() < 0.3
        if dflt:
            p.add("default_avatar")
        freelance(ctx, p, plat, w.t_between(w.epoch(2014, 1, 1), T1 - 20 * DAY), method=method, dest=dest, default_avatar=dflt)
    if r.random() < 0.05:
        p.add("duplicate_account")
        freelance(ctx, p, "gigspan", w.t_between(T0, T1 - 20 * DAY), method=method, dest=dest,
                  email=w.email(p.first, p.last), status="active")
    if c != "US" and r.random() < 0.08:
        mb = open_mailbox(ctx, p, ("mailbox", "virtual_office", "reship_warehouse"), w.pick(["mailbox_basic", "reshipping"]))
        sid = customer(ctx, p, mb, n_logins=r.randint(2, 10))
        p.add("us_mailbox_from_abroad")
        random_packages(ctx, p, sid, mb, r.randint(0, 2), forward_addr=p.home_addr_str, forward_country=c,
                        senders=["Payoneer", "Mercury", "Apple Store", "Amazon.com"], contents=["bank card", "documents", "laptop computer"])
    if r.random() < 0.12:
        apply(ctx, p, r.randint(1, 3))
    if ctx.fronts and r.random() < 0.04:
        ctx.lured.append(p)
        p.add("lured_candidate")
    ctx.people.append(p)


def agency(ctx):
    """A freelance agency: an owner and members in one office, shared PCs, the owner's Payoneer for everyone's earnings."""
    w, r = ctx.w, ctx.w.r
    c = w.wpick([("PK", 25), ("IN", 25), ("UA", 10), ("BD", 10), ("PH", 8), ("NG", 6), ("VN", 6), ("EG", 5), ("AR", 3), ("KE", 2)])
    owner = new_person(w, c, age=(26, 50))
    pl = owner.home
    n = r.randint(3, 12)
    members = [owner] + [new_person(w, c, place=pl, age=(20, 40)) for _ in range(n)]
    nm = f"{w.pick(['Code', 'Pixel', 'Byte', 'Nexus', 'Cloud', 'Smart', 'Tech', 'Digi', 'Soft', 'Logic'])}{w.pick(['Craft', 'Hive', 'Forge', 'Wave', 'Sol', 'Nest', 'Minds', 'Bridge'])} {w.pick(['Technologies', 'Solutions', 'Studio', 'Labs', 'IT Services'])}"
    office = w.venue(("agency", nm), "business", None, c, pl.city, pl.lat, pl.lon, n=2)
    pcs = [w.device("laptop", "win") for _ in range(r.randint(1, 3))]
    agency_dest = ("wallet", "payoneer:" + str(r.randint(10 ** 7, 10 ** 8 - 1)))
    track = w.pick(["fullstack", "frontend", "mobile", "backend", "design", "blockchain", "qa"])
    tmpl = r.randrange(len(D.SUMMARY_TEMPLATES))
    biz = w.phone_us(line="bizvoip", carrier=w.pick(D.BUSINESS_VOIP)) if r.random() < 0.4 else None
    us_hours = r.random() < 0.5
    site = "https://" + nm.split()[0].lower() + w.pick([".io", ".tech", ".co", ".com", ".dev"])
    for i, m in enumerate(members):
        if r.random() < 0.6:
            m.portfolio = site
            m.add("agency_website")
        m.primary = "agency_owner" if i == 0 else "agency_member"
        m.add("agency_payout", "shared_office", "office_backdrop_photo", "agency_template")
        m.resume = M.make_resume(w, track, country=c, template=tmpl)
        m.stays[0].nets = [(office, 7), (m.homenet, 2), (m.mobnet, 1)]
        if r.random() < 0.6:
            m.devices = [(w.pick(pcs), 6), (m.laptop, 3), (m.mobile, 1)]
            m.add("shared_workstation")
        if us_hours:
            m.clock = ("America/New_York", "day")
            m.add("us_hours_abroad")
        if i > 0 and r.random() < 0.5:
            m.recovery_email = owner.email
            m.add("owner_recovery_email")
        ph = biz if (biz is not None and r.random() < 0.5) else None
        if ph is not None:
            m.add("agency_phone")
        freelance(ctx, m, "gigspan", w.t_between(w.epoch(2017, 1, 1), T1 - 15 * DAY), method="payoneer", dest=agency_dest,
                  agency=nm, phone=ph, face_spec={"face": m.photo_face, "bg": "office:" + nm, "size": 150, "q": 75})
        if r.random() < 0.25:
            freelance(ctx, m, "taskhive", w.t_between(w.epoch(2019, 1, 1), T1 - 15 * DAY), method="payoneer",
                      dest=agency_dest if r.random() < 0.5 else None, default_avatar=r.random() < 0.5)
    if r.random() < 0.3:
        owner.add("us_llc")
        mb = open_mailbox(ctx, owner, ("virtual_office",), "virtual_office",
                          loc=ctx.bx.loc(w.pick(["WIL1", "WIL2", "SHR1", "CYS1"])))
        mb.company = nm + " LLC"
        customer(ctx, owner, mb, n_logins=r.randint(2, 10), phone=biz, extra={"boxpoint_company": nm + " LLC"})
    ctx.agencies.append(nm)
    ctx.people.extend(members)


def client(ctx):
    w, r = ctx.w, ctx.w.r
    nm, suf = company_name(w)
    lead = new_person(w, "US")
    staff = [lead] + [new_person(w, "US") for _ in range(r.choices([0, 1, 2], [60, 30, 10])[0])]
    dom = company_domain(ctx, nm, lead.email, r.random() < 0.2, privacy=r.random() < 0.5)
    card = "card_fp:" + w.hexs(16)
    for s in staff:
        s.primary = "freelance_client"
        s.email = (s.first[0] + s.last).lower().replace(" ", "").replace("'", "") + "@" + dom
        if len(staff) > 1 and r.random() < 0.5:
            s.recovery_email = "admin@" + dom
            s.add("company_recovery_email")
        plat = w.pick(["gigspan", "gigspan", "taskhive"])
        sid = platform_row(w, s, plat, w.t_between(w.epoch(2015, 1, 1), T1 - 10 * DAY), s, record="client", title="Client",
                           payout_method="", default_avatar=r.random() < 0.3)
        from .lives import sign_ins
        sign_ins(w, s, sid, plat, plat, r.randint(3, 25), T0, T1, events=["session.start"])
        for _ in range(r.randint(1, 8)):
            w.add_payment(sid, w.t_between(T0, T1), round(r.uniform(100, 6000), 2), "USD", "bank", card, "charge",
                          D.PLATFORMS[plat]["name"], {"boxpoint_memo": "client funding"})
        if len(staff) > 1:
            s.add("company_card")
    ctx.people.extend(staff)


def operators(ctx):
    """Staff of Boxpoint's franchised stores: the store network and the counter PC customers also use."""
    w, r = ctx.w, ctx.w.r
    for loc in ctx.bx.locs:
        if loc[5] not in ("mailbox", "virtual_office"):
            continue
        net, kdev = ctx.bx.kiosk_for(loc)
        metro = ctx.bx.metro(loc)
        for i in range(r.randint(1, 3)):
            s = new_person(w, "US", place=us_place(w, metro))
            s.primary = "store_staff"
            s.stays[0].nets = [(net, 8), (s.homenet, 1)]
            s.devices = [(kdev, 6), (s.mobile, 1)]
            mb = ctx.bx.open(loc, "staff", s, w.t_between(w.epoch(2016, 1, 1), T1 - 100 * DAY))
            from .sources import bx_row
            bx_row(w, ctx.bx, s, mb, "store_operator", mb.opened, s, charges=False, n_logins=r.randint(15, 45),
                   email=s.first.lower() + "." + s.last.lower().replace(" ", "").replace("'", "") + "@boxpoint-" + loc[0].lower() + ".com",
                   signup=net.pick(r))
            ctx.people.append(s)


def passive(ctx):
    w, r = ctx.w, ctx.w.r
    p = new_person(w, "US", age=(25, 80))
    p.primary = "passive_customer"
    if r.random() < 0.2:
        p.add("snowbird")
    mb = open_mailbox(ctx, p, ("mailbox", "virtual_office", "rv_mail"), w.pick(["mailbox_basic", "mailbox_basic", "mailbox_premium"]))
    customer(ctx, p, mb, n_logins=r.randint(0, 6))
    ctx.people.append(p)


CONTRACTOR_COUNTRIES = [("IN", 18), ("PH", 12), ("MX", 10), ("CO", 8), ("BR", 8), ("AR", 6), ("PL", 6), ("UA", 6), ("PK", 6), ("CA", 8),
                        ("NG", 4), ("VN", 3), ("KE", 3), ("EG", 2), ("GE", 2), ("PT", 2)]


def intl_contractor(ctx):
    """A partner's contractor abroad (EOR, C2C or direct): the laptop to a US reship box and on, paid through Deel, Wise or Payoneer."""
    w, r = ctx.w, ctx.w.r
    c = w.wpick(CONTRACTOR_COUNTRIES)
    p = new_person(w, c, age=(23, 50))
    p.primary = "intl_contractor"
    give_resume(ctx, p, country=c)
    emp = pick_emp(ctx)
    if r.random() < 0.55:
        p.clock = (emp.office.tz, "day")
        p.add("us_hours_abroad")
    if r.random() < 0.5:
        apply(ctx, p, 1, emps=[emp], stage="hired", t_range=(T0 - 200 * DAY, T1 - 90 * DAY))
    start = w.t_between(T0 - 120 * DAY, T1 - 40 * DAY)
    via = r.random()
    home = p.home_addr_str
    if via < 0.4:
        mb = open_mailbox(ctx, p, ("reship_warehouse",), "reshipping", opened=start - r.randint(10, 60) * DAY)
        bsid = customer(ctx, p, mb, n_logins=r.randint(2, 10))
        ship = ctx.bx.address(mb)
        bx_package(w, bsid, max(T0, start - 6 * DAY), emp.name + " IT", f"{p.first} {p.last}", True, ship, "laptop computer",
                   forward_addr=home, forward_country=c)
        p.add("ships_to_reship_box", "laptop_forwarded_abroad")
    elif via < 0.75:
        ship = home
        p.add("ships_abroad_direct")
    else:
        ship = None
        p.add("own_device")
    method, prov = w.wpick([(("wallet", "Deel"), 35), (("wallet", "Payoneer"), 25), (("bank", "Wise"), 25), (("crypto", "Deel (USDC)"), 4),
                            (("bank", "Remote.com"), 11)])
    if prov == "Payoneer":
        dest = "payoneer:" + str(r.randint(10 ** 7, 10 ** 8 - 1))
    elif prov.startswith("Deel ("):
        dest = "0x" + w.hexs(40)
    elif prov == "Deel":
        dest = "deel:" + p.email.lower()
    else:
        dest = "iban:" + w.h("iban", p.pid, k=20)
    p.add("eor_contractor" if prov in ("Deel", "Remote.com") else "contractor_payout_" + prov.split()[0].lower())
    kb = D.COUNTRIES[c]["kb"]
    hire(ctx, p, emp, start, ship, "abroad", address=home, kind="contractor", worker=w.pick(["EOR", "C2C", "1099", "EOR"]),
         tz_fn=lambda t: p.home.tz, kb=kb if r.random() < 0.6 else "en-US", pay_dest=lambda t: dest, pay_method=method,
         pay_provider=prov, salary=r.randint(30, 110) * 1000, ssn="")
    ctx.people.append(p)
