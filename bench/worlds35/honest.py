"""The honest populations of Hubwise: developers abroad and at home, and how they share things."""
from . import data as D
from .infra import DAY, WIN0, WIN1, ascii_fold
from .lives import Person, apply, place, own_payout, bank_account, HUBWISE

T_APPLY0 = WIN0 - 2 * 365 * DAY      # applications go back two years
ABROAD_VPN = {"PK": 0.25, "EG": 0.15, "VN": 0.12, "NG": 0.1, "BD": 0.12, "TR": 0.15, "AE": 0.3, "UA": 0.1}
OUTAGE = {"NG": 0.45, "ZA": 0.4, "PK": 0.35, "BD": 0.3, "LK": 0.2, "KE": 0.2, "EG": 0.2, "UA": 0.3, "GH": 0.3, "IN": 0.1, "PH": 0.15}
MOBILE_FIRST = {"NG": 0.3, "PH": 0.2, "IN": 0.2, "KE": 0.25, "GH": 0.25, "EG": 0.15, "PK": 0.2, "BD": 0.2, "ID": 0.2, "VN": 0.1}


def dev_country(w, exclude_na=True):
    while True:
        c = w.wpick(D.DEV_COUNTRY_MIX)
        if not (exclude_na and c in ("US", "CA")):
            return c


def base_traits(w, p, ctx):
    """Everyday oddities of an honest developer."""
    c = p.country
    abroad = c not in ("US", "CA")
    if w.chance(ABROAD_VPN.get(c, 0.06 if abroad else 0.09)):
        prov = w.wpick(D.VPN_PROVIDERS)
        v = w.vpn_net(prov)
        p.nets_portal.append((v, 3 if w.chance(0.3) else 1))
        if w.chance(0.3):
            p.nets_work.append((v, 2))
        p.add_trait("vpn_user")
        if prov == "Astrill":
            p.add_trait("vpn_astrill")
    if abroad and w.chance(OUTAGE.get(c, 0.03)):
        cafe = w.pick(ctx.cafes(p.country, p.city))
        rel = w.home_net(c, p.city)
        p.nets_portal.append((cafe, 1))
        p.nets_work += [(cafe, 2), (rel, 1), (p.mobile, 1)]
        p.tele["alt_nets"].append((cafe.gw, w.pick(["Cafe_Free_WiFi", "CoffeeHub Guest", "Java House Guest", "Starbucks", "Cafe Neo", "Kofi&Co"])))
        p.add_trait("outage_fallback")
    if abroad and w.chance(MOBILE_FIRST.get(c, 0.05)):
        p.nets_portal = [(p.mobile, 8)] + p.nets_portal
        p.nets_work.append((p.mobile, 4))
        p.add_trait("mobile_first")
    if w.chance(0.07):
        p.photo_mode = "avatar"
        p.add_trait("default_avatar")
    elif w.chance(0.1):
        p.photo_mode = "none"
    if c == "US" and w.chance(0.12):
        p.phone_type = "voip"
        p.add_trait("google_voice")
    elif abroad and w.chance(0.025):
        p.recovery_phone = p.phone
        p.phone = w.phone("US")
        p.phone_type = "voip"
        p.add_trait("us_voip_number")
    if p.recovery_phone is None and w.chance(0.25):
        p.recovery_phone = w.phone(c)
        p.add_trait("recovery_is_family")
    if p.recovery_email is None and w.chance(0.35):
        p.recovery_email = w.email(p.first, p.last, c)
    if w.chance(0.15):
        p.devices.append(w.uid("fp_", 16))   # phone browser
    p.pay = own_payout(w, p)


def us_hours(w, p, rate=0.4):
    if p.country not in ("US", "CA") and w.chance(rate):
        p.clock = (-5 if w.chance(0.7) else -8, 9, 18)
        p.add_trait("us_hours_abroad")


def run_life(w, p, ctx, placed_p=0.28, t=None, referrer=None, cohort=None, stage=None):
    """Apply (once or more) and maybe get placed."""
    t = t or w.ts_between(T_APPLY0, WIN1 - 30 * DAY)
    placed = w.chance(placed_p) if stage is None else stage == "placed"
    first = apply(w, p, t, stage="placed" if placed else stage, referrer=referrer, cohort=cohort)
    if w.chance(0.1):
        # the same person applies again: new e-mail 40%, new phone 20%, address retyped, updated resume
        p.add_trait("reapplied")
        if w.chance(0.4):
            p.email_addr = w.email(p.first, p.last, p.country)
        if w.chance(0.2):
            p.phone = w.phone(p.country)
        apply(w, p, min(WIN1 - DAY, t + w.r.randrange(90, 400) * DAY), stage="placed" if placed else None)
    if placed:
        us_hours(w, p)
        start = max(WIN0 - 60 * DAY, t + w.r.randrange(20, 90) * DAY)
        if start > WIN1 - 20 * DAY:
            start = WIN1 - w.r.randrange(20, 60) * DAY
        payer = None
        if p.country in D.EOR_PARTNERS and w.chance(0.45):
            payer = D.EOR_PARTNERS[p.country]
            p.pay = ("bank", ctx.eor_account(p.country), "EOR local payroll", D.CURRENCY.get(p.country, "USD"))
            p.add_trait("eor_paid")
        client = ctx.client()
        place(w, p, client, start, worker=ctx.worker_type(p, payer), payer=payer)
        if w.chance(0.07):
            p.add_trait("two_placements")
            c2 = ctx.client()
            s2 = start + w.r.randrange(-20, 200) * DAY if w.chance(0.25) else start + w.r.randrange(120, 300) * DAY
            if s2 < WIN1 - 20 * DAY:
                if s2 < start + 100 * DAY:
                    p.add_trait("overlapping_placements")
                place(w, p, c2, s2, worker=ctx.worker_type(p, payer), payer=payer)
    return first


# ---------------------------------------------------------------- populations

def solo(w, ctx):
    p = Person(w, dev_country(w), "solo_developer")
    base_traits(w, p, ctx)
    run_life(w, p, ctx)
    return 1


def us_developer(w, ctx, country=None):
    c = country or ("US" if w.chance(0.8) else "CA")
    p = Person(w, c, "us_developer")
    base_traits(w, p, ctx)
    if w.chance(0.04):
        p.tele["usb"].append(w.pick(D.USB_KVM_HONEST))
        tool, port = w.pick(D.REMOTE_TOOLS)
        p.tele["proc"].append(tool)
        if port:
            p.tele["ports"].append(port)
        p.tele["sessions"].append((f"192.168.1.{w.r.randrange(2, 250)}", WIN0 - w.r.randrange(1, 60) * DAY))
        p.add_trait("homelab_kvm")
    if w.chance(0.06):
        p.nets_work.append((w.starlink(p.country, p.city), 5))
        p.add_trait("starlink")
    if w.chance(0.05):
        p.address_mail = True
        p.add_trait("ships_to_relative")
        rel = w.address(p.country)
        p.ship_to = (f"c/o {w.name('US')[1]} " + w.fmt_address(rel), p.display_name())
    run_life(w, p, ctx, placed_p=0.33)
    return p


def diaspora(w, ctx):
    origin, kb, home = w.pick([("kr", "ko-KR", "KR"), ("cn", "zh-CN", None), ("uk", "ru-RU", "UA"), ("vn", "vi-VN", "VN"), ("es", "es-MX", "MX"),
                               ("in", "hi-IN", "IN"), ("kr", "ko-KR", "KR")])
    p = Person(w, "US" if w.chance(0.75) else "CA", "diaspora_developer", origin=origin)
    base_traits(w, p, ctx)
    p.tele["kb2"] = kb
    p.add_trait("heritage_keyboard")
    if home and w.chance(0.35):
        c = w.city(home)
        fam = w.home_net(home, c)
        p.nets_work.append((fam, 2))
        p.nets_portal.append((fam, 1))
        p.add_trait("family_visit_abroad")
    run_life(w, p, ctx, placed_p=0.33)
    return 1


def household(w, ctx):
    """Spouses or siblings who both code: one flat, one home line, often one family computer."""
    c = dev_country(w, exclude_na=w.chance(0.85))
    k = 2 if w.chance(0.8) else 3
    first = Person(w, c, "family_household")
    fam_dev = w.uid("fp_", 16)
    share_dev = w.chance(0.55)
    people = [first]
    for i in range(k - 1):
        sib = w.chance(0.5)
        q = Person(w, c, "family_household", city=first.city, name=(w.name(c, first.origin)[0], first.last if (sib or w.chance(0.6)) else w.name(c, first.origin)[1], first.origin))
        q.addr = first.addr
        q.home = first.home
        q.nets_portal = [(first.home, 6), (q.mobile, 3)]
        q.nets_work = [(first.home, 10), (q.mobile, 1)]
        q.tele["gw"], q.tele["wifi"] = first.home.gw, first.home.wifi
        people.append(q)
    for q in people:
        base_traits(w, q, ctx)
        q.add_trait("shared_home_internet")
        if share_dev:
            q.devices.insert(0, fam_dev)
            q.add_trait("family_device")
    if w.chance(0.3):
        people[1].recovery_email = people[0].email_addr
        people[1].add_trait("recovery_is_family")
    if w.chance(0.25):
        people[1].recovery_phone = people[0].phone
        people[1].add_trait("recovery_is_family")
    if w.chance(0.15):
        people[0].recovery_phone = people[1].phone
    t = w.ts_between(T_APPLY0, WIN1 - 60 * DAY)
    for i, q in enumerate(people):
        run_life(w, q, ctx, t=t + i * w.r.randrange(1, 120) * DAY if i else t, referrer=None)
    return k


def hub_members(w, ctx):
    """Developers who work from a Hubwise hub: one office line, laptops picked up at the hub."""
    cc, cn = w.pick(D.HUB_CITIES)
    hub = ctx.hub(cc, cn)
    k = w.r.randrange(3, 9)
    for _ in range(k):
        p = Person(w, cc, "hub_member", city=w.city_named(cc, cn))
        base_traits(w, p, ctx)
        p.nets_work = [(hub["net"], 6), (p.home, 3), (p.mobile, 1)]
        p.nets_portal.append((hub["net"], 3))
        p.tele["alt_nets"].append((hub["net"].gw, hub["wifi"]))
        if w.chance(0.6):
            p.ship_to = (hub["address"] if w.chance(0.7) else hub["address"].upper(), f"{p.display_name()} c/o Hubwise {cn} Hub")
            p.add_trait("laptop_to_hub")
        if w.chance(0.2):
            p.devices.append(hub["kiosk"])
            p.add_trait("hub_kiosk_pc")
        p.add_trait("hub_office")
        run_life(w, p, ctx, placed_p=0.45)
    return k


def coworking(w, ctx):
    c = dev_country(w, exclude_na=w.chance(0.8))
    city = w.city(c)
    space = ctx.coworking(c, city)
    k = w.r.randrange(2, 7)
    for _ in range(k):
        p = Person(w, c, "coworking_member", city=city)
        base_traits(w, p, ctx)
        p.nets_work = [(space["net"], 6), (p.home, 4)]
        p.nets_portal.append((space["net"], 2))
        p.tele["alt_nets"].append((space["net"].gw, space["wifi"]))
        if w.chance(0.25):
            p.ship_to = (space["address"], p.display_name())
            p.add_trait("laptop_to_coworking")
        p.add_trait("coworking_space")
        run_life(w, p, ctx)
    return k


def cohort(w, ctx):
    """A bootcamp or university cohort applying together: campus network, one resume template, one portfolio org."""
    camp, c = w.pick(D.BOOTCAMPS)
    city = w.city(c)
    campus = w.fixed_net(("campus", camp), "campus", c, city, n_ips=3)
    tpl = w.media.template()
    batch = f"{camp} {w.pick(['Cohort', 'Batch', 'Class'])} {w.r.randrange(3, 40)}"
    org = ascii_fold(camp).lower().replace(" ", "-")
    t0 = w.ts_between(T_APPLY0, WIN1 - 90 * DAY)
    k = w.r.randrange(6, 22)
    coach = None
    for i in range(k):
        p = Person(w, c, "cohort_member", city=city)
        base_traits(w, p, ctx)
        p.years = w.r.randrange(1, 3)
        if w.chance(0.75):
            p.resume_tpl = tpl
            p.add_trait("cohort_template")
        p.school = f"{camp}, Full-Stack Software Engineering ({batch})"
        if w.chance(0.6):
            p.profiles.append(f"https://github.com/{org}/capstone-{w.pick(['team', 'group'])}{w.r.randrange(1, 6)}")
            p.add_trait("cohort_repo")
        if w.chance(0.7):
            p.signup_net = campus
            p.nets_portal.append((campus, 3))
            p.add_trait("campus_network")
        if coach is None:
            coach = w.email(w.name(c)[0], w.name(c)[1], c)
        if w.chance(0.15):
            p.recovery_email = coach
            p.add_trait("career_coach_recovery")
        run_life(w, p, ctx, placed_p=0.2, t=t0 + w.r.randrange(0, 20) * DAY, cohort=batch)
    return k


def referral_chain(w, ctx):
    c = dev_country(w)
    city = w.city(c)
    tpl = w.media.template()
    k = w.r.randrange(3, 9)
    prev = None
    flat = None
    t = w.ts_between(T_APPLY0, WIN1 - 120 * DAY)
    for i in range(k):
        p = Person(w, c, "referral_chain", city=city)
        if flat is not None and w.chance(0.35):
            p.addr, p.home = flat.addr, flat.home
            p.nets_portal = [(flat.home, 6), (p.mobile, 3)]
            p.nets_work = [(flat.home, 10), (p.mobile, 1)]
            p.tele["gw"], p.tele["wifi"] = flat.home.gw, flat.home.wifi
            p.add_trait("flatmates")
            flat.add_trait("flatmates")
        flat = flat or p
        base_traits(w, p, ctx)
        if w.chance(0.6):
            p.resume_tpl = tpl
            p.add_trait("shared_resume_template")
        p.add_trait("referred")
        row = run_life(w, p, ctx, t=t, referrer=prev)
        prev = row["id"]
        t += w.r.randrange(5, 90) * DAY
        if t > WIN1 - 30 * DAY:
            break
    return k


def relocated(w, ctx):
    src, dst = w.pick([("UA", "PL"), ("UA", "DE"), ("UA", "PT"), ("NG", "GB"), ("NG", "CA"), ("IN", "CA"), ("CO", "ES"), ("BR", "PT"),
                       ("PK", "AE"), ("EG", "AE"), ("KE", "GB"), ("AR", "ES"), ("RS", "NL"), ("IN", "US"), ("TR", "NL"), ("UA", "GE")])
    p = Person(w, src, "relocated_developer")
    base_traits(w, p, ctx)
    t = w.ts_between(T_APPLY0, WIN0 + 60 * DAY)
    apply(w, p, t, stage=w.pick(["pool", "rejected_interview", "withdrawn"]))
    # the move: new city, address, line, number (old one kept as recovery), own keyboard kept
    old_phone, old_kb = p.phone, p.tele["kb"]
    p.country = dst
    p.city = w.city(dst)
    p.addr = w.address(dst, p.city)
    p.home = w.home_net(dst, p.city)
    p.mobile = w.mobile_net(dst, p.city)
    p.nets_portal = [(p.home, 6), (p.mobile, 3)]
    p.nets_work = [(p.home, 10), (p.mobile, 1)]
    p.tele.update({"tz": p.city[2], "kb": old_kb, "kb2": D.KEYBOARD.get(dst, "en-US"), "gw": p.home.gw, "wifi": p.home.wifi})
    p.clock = (p.city[3], 9, 18.5)
    if w.chance(0.6):
        p.phone = w.phone(dst)
        p.recovery_phone = old_phone
    else:
        p.add_trait("kept_old_number")
    p.pay = own_payout(w, p)
    p.add_trait("moved_country", "heritage_keyboard")
    run_life(w, p, ctx, placed_p=0.45, t=min(WIN1 - 60 * DAY, t + w.r.randrange(120, 400) * DAY))
    return 1


def nomad(w, ctx):
    c = w.pick(["US", "US", "CA", "GB", "BR", "AR", "PL", "UA", "NG", "ZA"])
    p = Person(w, c, "digital_nomad")
    base_traits(w, p, ctx)
    router_gw = w.mac("94:83:c4")  # GL.iNet travel router
    stays = []
    for _ in range(w.r.randrange(2, 5)):
        cc = w.pick(["PT", "MX", "ID", "CO", "GE", "VN", "ES", "AR", "TR", "BR"])
        city = w.city(cc)
        stays.append(w.fixed_net(("airbnb", cc, w.r.randrange(60)), "residential", cc, city))
    p.nets_work = [(s, 3) for s in stays]
    p.nets_portal = [(s, 2) for s in stays] + [(p.mobile, 1)]
    if w.chance(0.6):
        v = w.vpn_net(w.wpick(D.VPN_PROVIDERS), w.pick([x for x in D.VPN_EXIT_CITIES if x[0] == c] or D.VPN_EXIT_CITIES))
        p.nets_work.append((v, 6))
        p.add_trait("vpn_user")
    if w.chance(0.5):
        p.tele["gw"], p.tele["wifi"] = router_gw, f"GL-MT3000-{w.hex(3)}"
        p.add_trait("travel_router")
    if w.chance(0.5):
        p.tele["tz"] = stays[0].tz or p.tele["tz"]
    p.add_trait("works_abroad")
    run_life(w, p, ctx, placed_p=0.35)
    return 1


def dev_shop(w, ctx):
    """A small development agency whose members apply and are placed together."""
    c = w.pick(["PK", "IN", "UA", "EG", "NG", "VN", "BD", "PH", "AR", "CO"])
    city = w.city(c)
    office = w.fixed_net(("shop", w.hex(6)), "office", c, city, n_ips=2)
    owner_email = f"{w.pick(['ceo', 'hr', 'team', 'info'])}@{w.pick(['code', 'byte', 'nova', 'pixel', 'stack', 'logic'])}{w.pick(['crafts', 'labs', 'soft', 'works', 'sol'])}.{w.pick(['com', 'io', 'pk', 'tech', 'dev'])}"
    ctx.domains.append((owner_email.split("@")[1], "dev shop", w.chance(0.4)))
    pcs = [w.uid("fp_", 16) for _ in range(w.r.randrange(1, 3))]
    tpl = w.media.template()
    backdrop = (w.r.randrange(150, 240), w.r.randrange(150, 240), w.r.randrange(150, 240))
    owner_pay = ("wallet", f"payoneer:{owner_email}", "Payoneer", "USD") if w.chance(0.3) else None
    k = w.r.randrange(3, 10)
    for i in range(k):
        p = Person(w, c, "dev_shop_team", city=city)
        base_traits(w, p, ctx)
        p.nets_portal = [(office, 6)] + p.nets_portal
        p.nets_work = [(office, 8), (p.home, 3)]
        p.tele["gw"], p.tele["wifi"] = office.gw, f"{owner_email.split('@')[1].split('.')[0].upper()}-OFFICE"
        p.signup_net = office
        if w.chance(0.5):
            p.devices.insert(0, w.pick(pcs))
            p.add_trait("shared_office_pc")
        if w.chance(0.4):
            p.recovery_email = owner_email
            p.add_trait("owner_recovery_email")
        if w.chance(0.8):
            p.resume_tpl = tpl
            p.add_trait("agency_template")
        if w.chance(0.6):
            p.backdrop = backdrop
            p.add_trait("office_backdrop_photo")
        if owner_pay:
            p.pay = owner_pay
            p.add_trait("agency_payout")
        us_hours(w, p, 0.6)
        p.add_trait("shared_office")
        run_life(w, p, ctx, placed_p=0.35)
    return k


def staff(w, ctx):
    """Hubwise's own recruiters, vetting engineers and talent partners (portal accounts)."""
    cc, cn = w.pick(D.HUB_CITIES + [("US", "Austin"), ("US", "Brooklyn")])
    city = w.city_named(cc, cn)
    p = Person(w, cc, "network_staff", city=city)
    hub = ctx.hub(cc, cn) if cc != "US" else {"net": w.fixed_net(("hq", cn), "office", cc, city, "Hubwise Inc.", 399999, 4)}
    sid = w.uid("stf_")
    from .lives import subject_row
    from .infra import iso
    t = w.ts_between(WIN0 - 900 * DAY, WIN0)
    p.email_addr = f"{ascii_fold(p.first).lower().replace(' ', '')}.{ascii_fold(p.last).lower().replace(' ', '')}@hubwise.io"
    subject_row(w, p, sid, "account", HUBWISE, iso(t, "z"), "hubwise_staff",
                {"hubwise_record": "staff", "hubwise_role": w.pick(["talent partner", "vetting engineer", "recruiter", "community manager"])},
                addr=False, photo=w.chance(0.5), resume=False, birth=False)
    for _ in range(w.r.randrange(30, 70)):
        w.add_login(sid, w.work_ts(p.city[3]), hub["net"] if w.chance(0.7) else p.home, w.pick(p.devices), p.ua, "okta", "user.session.start")
    return 1


# (population, share of honest people, mean people per call): drawn per call with weight share / size
SHARES = [(solo, 40, 1), (us_developer, 12, 1), (household, 7, 2.2), (hub_members, 7, 5.5), (coworking, 5, 4), (cohort, 7, 13.5),
          (referral_chain, 5, 5.5), (relocated, 2, 1), (diaspora, 2.5, 1), (nomad, 2, 1), (dev_shop, 4.5, 6), (staff, 0.5, 1)]
POPULATIONS = [(f, share / size) for f, share, size in SHARES]
