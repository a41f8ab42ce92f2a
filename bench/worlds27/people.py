"""Honest Dialtone customers: individuals, households, businesses, call centres, resellers, agencies ..."""
from . import data as D
from . import media as M
from .infra import DAY, T, W0, W1, iso, isodate

COLS = ["kind", "full_name", "email", "phone", "phone_line_type", "address", "country", "birth_date", "national_id",
        "photo", "resume", "profiles", "employer", "recovery_email", "recovery_phone", "recovery_phone_line_type",
        "signup_ip", "dialtone_plan", "dialtone_account_id", "dialtone_role", "dialtone_numbers",
        "dialtone_number_count", "dialtone_e911_address", "dialtone_kyc", "dialtone_10dlc_brand",
        "dialtone_port_in_carrier", "dialtone_previous_name", "dialtone_previous_address", "dialtone_display_name"]

CARRIERS = ["Verizon Wireless", "AT&T Mobility", "T-Mobile USA", "Comcast Business", "Spectrum Voice", "Google Voice",
            "RingCentral", "Vonage", "Ooma"]


def fields(**kw):
    f = {c: "" for c in COLS}
    f["kind"] = "account"
    f.update(kw)
    return f


def photo(w, data, ext="jpg"):
    p = f"photos/{w.hexid(16)}.{ext}"
    w.images[p] = data
    return p


def own_photo(w, s_traits, p_photo=0.4, p_default=0.12):
    x = w.rng.random()
    if x < p_photo:
        return photo(w, M.face(w.rng.getrandbits(40), "jpg" if w.rng.random() < 0.8 else "png"),)
    if x < p_photo + p_default:
        s_traits.append("default_avatar")
        return "photos/default-avatar.png"
    return ""


def numbers_field(nums):
    return ";".join(nums), str(len(nums))


def tz_of_city(c):
    return c[5]


def off(tz):
    return D.TZ_OFFSET[tz]


class Pools:
    """shared honest network pools: carriers' CGNAT ranges that thousands of phones sit behind"""

    def __init__(self, w):
        self.w = w
        self.cgnat = {}

    def mobile(self, cc="US"):
        if cc not in self.cgnat:
            size = max(40, int(300 * self.w.n / 20000)) if cc == "US" else 60
            self.cgnat[cc] = [self.w.cgnat_pool(cc, size) for _ in range(3 if cc == "US" else 1)]
        pool = self.w.rng.choice(self.cgnat[cc])
        return self.w.rng.choice(pool)


def kyc_block(w, first, last, address, p=1.0):
    if w.rng.random() < p:
        return {"birth_date": w.birth(), "national_id": w.ssn_hash(), "dialtone_kyc": "verified"}
    return {}


def individual(w, pools, primary, traits=None, origin=None, city=None, country="US", hours="day", created=None,
               vpn=None, vpn_share=0.0, relay=False, abroad=None, abroad_share=0.0, n_logins=None, nnum=1,
               first=None, last=None, gender=None, keyboard=None, rec_foreign=None, plan=None, extra=None,
               live_cc=None, live_city=None, soft_p=None):
    """one person's own account: the common shape of most honest kinds"""
    r = w.rng
    traits = list(traits or [])
    origin = origin or w.us_origin()
    f_, l_, g = w.name(origin, gender)
    first = first or f_
    last = last or l_
    city = city or w.us_city()
    created = created or w.uniform_ts(T(2016), T(2025, 9, 1))
    live_cc = live_cc or "US"
    if live_cc == "US":
        tz = tz_of_city(city)
        home = [w.ip_home("US", city)]
        if r.random() < 0.5:
            home.append(w.ip_home("US", city))
    else:
        lc = live_city or w.foreign_city(live_cc)
        tz = D.COUNTRY[live_cc][1][0]
        home = [w.ip_home(live_cc, lc)]
    email = w.email(first, last)
    ptype = "mobile"
    x = r.random()
    if x < 0.08:
        ptype = "voip"
        traits.append("voip_contact")
    elif x < 0.12:
        ptype = "landline"
    phone = w.phone_us(area=r.choice(city[6]))
    rec_email = w.email(first, last) if r.random() < 0.45 else ""
    rec_phone, rec_type = "", ""
    if rec_foreign:
        rec_phone, rec_type = w.phone_foreign(rec_foreign), "mobile"
    elif r.random() < 0.15:
        rec_phone, rec_type = w.phone_us(area=r.choice(city[6])), "mobile"
    address = ""
    kyc = {}
    if r.random() < 0.3:   # porting a number in or an E911 address for the softphone
        address, _ = w.us_address(city)
        if r.random() < 0.6:
            kyc = kyc_block(w, first, last, address)
    nums = w.numbers(nnum, area=r.choice(city[6]))
    ph = own_photo(w, traits)
    f = fields(full_name=f"{first} {last}", email=email, phone=phone, phone_line_type=ptype, address=address,
               country=country, photo=ph, recovery_email=rec_email, recovery_phone=rec_phone,
               recovery_phone_line_type=rec_type, signup_ip="", dialtone_plan=plan or r.choice(["personal", "personal", "personal_plus"]),
               dialtone_account_id="A" + w.hexid(10), dialtone_role="owner",
               dialtone_e911_address=address, dialtone_port_in_carrier=r.choice(CARRIERS) if kyc else "")
    f["dialtone_numbers"], f["dialtone_number_count"] = numbers_field(nums)
    f.update(kyc)
    if extra:
        f.update(extra)
    # devices
    devs = [(w.device(soft_p and "win" or None, softphone=(r.random() < soft_p) if soft_p else None), 3)]
    if r.random() < 0.6:
        devs.append((w.device("iphone" if r.random() < 0.6 else "android"), 2))
    if r.random() < 0.2:
        devs.append((w.device(), 1))
    ips = [(h, 4) for h in home]
    if live_cc == "US" or r.random() < 0.5:
        ips.append((pools.mobile(live_cc if live_cc in ("US", "PH", "IN", "NG") else "US"), 2))
    if vpn:
        ips.append((w.ip_vpn(vpn), 0))
        for _ in range(3):
            ips.append((w.ip_vpn(vpn), 10 * vpn_share / 3))
    if relay:
        for _ in range(3):
            ips.append((w.ip_vpn("ICLOUD_PRIVATE_RELAY"), 1.0))
    first_ip = ips[0][0] if not (vpn and vpn_share > 0.5) else ips[-1][0]
    f["signup_ip"] = first_ip[0] if created >= T(2018) else ""
    s = w.add(f, False, [primary] + traits, created)
    n = n_logins if n_logins is not None else r.randint(3, 16)
    w.sessions(s, n, created, W1, off(tz), hours, ips, devs)
    if abroad:
        acc, acity = abroad
        aips = [(w.ip_home(acc, acity), 1)]
        t0 = w.uniform_ts(max(created, W0), W1 - 20 * DAY)
        w.sessions(s, max(1, int(n * abroad_share)), t0, t0 + r.randint(7, 40) * DAY, off(D.COUNTRY[acc][1][0]),
                   hours, aips, devs)
    kbd = keyboard or "en-US"
    for dev, _ in devs:
        if dev["soft"]:
            w.telemetry(s, dev, tz, kbd, gateway=w.gateway_mac() if r.random() < 0.5 else None)
    inst = [w.card()] if r.random() < 0.8 else [w.paypal(email)]
    w.billing(s, f["dialtone_plan"], nnum, inst)
    s["_home"] = home
    s["_devs"] = devs
    s["_city"] = city
    s["_inst"] = inst
    return s


# ====================================================================== structures
def plain(w, pools, n):
    r = w.rng
    for _ in range(n):
        t = []
        vpn = None
        share = 0.0
        x = r.random()
        if x < 0.08:
            vpn = r.choice(["NORD_VPN", "NORD_VPN", "EXPRESS_VPN", "PROTON_VPN", "SURFSHARK", "MULLVAD_VPN", "ASTRILL_VPN"])
            share = r.uniform(0.1, 0.7)
            t.append("vpn_user")
        relay = r.random() < 0.06
        if relay:
            t.append("privacy_relay")
        origin = w.us_origin()
        kbd = None
        if origin in ("korean", "chinese", "vietnamese", "hispanic", "slavic") and r.random() < 0.15:
            kbd = {"korean": "ko-KR", "chinese": "zh-CN", "vietnamese": "vi-VN", "hispanic": "es-MX", "slavic": "uk-UA"}[origin]
            t.append("heritage_keyboard")
        hours = "day"
        if r.random() < 0.05:
            hours = "evening"
        individual(w, pools, "plain", t, origin=origin, vpn=vpn, vpn_share=share, relay=relay, keyboard=kbd,
                   hours=hours, nnum=1 if r.random() < 0.9 else 2)


def night_shift(w, pools, n):
    for _ in range(n):
        individual(w, pools, "night_shift", [], hours="night", n_logins=w.rng.randint(6, 20))


def traveller(w, pools, n):
    r = w.rng
    for _ in range(n):
        cc = r.choice(["MX", "GB", "DE", "JP", "TH", "PT", "ES", "CO", "KR", "PH", "AE", "VN"])
        t = ["abroad_logins"]
        vpn = None
        if r.random() < 0.3:
            vpn = r.choice(["NORD_VPN", "EXPRESS_VPN", "SURFSHARK"])
            t.append("vpn_user")
        individual(w, pools, "traveller", t, abroad=(cc, w.foreign_city(cc)), abroad_share=r.uniform(0.2, 0.6),
                   vpn=vpn, vpn_share=0.2)


def expat(w, pools, n):
    r = w.rng
    dests = ["PT", "ES", "MX", "CO", "TH", "VN", "PH", "JP", "KR", "DE", "GB", "AE", "CN", "BR"]
    for _ in range(n):
        cc = r.choice(dests)
        t = ["lives_abroad"]
        vpn = None
        share = 0.0
        if cc == "CN":
            vpn = r.choice(["ASTRILL_VPN", "ASTRILL_VPN", "EXPRESS_VPN"])
            share = 0.8
            t.append("astrill_user" if vpn == "ASTRILL_VPN" else "vpn_user")
        elif r.random() < 0.3:
            vpn = r.choice(["NORD_VPN", "EXPRESS_VPN", "SURFSHARK", "PROTON_VPN"])
            share = r.uniform(0.3, 0.8)
            t.append("vpn_user")
        origin = w.us_origin() if r.random() < 0.7 else D.COUNTRY[cc][0]
        claimed = "US" if r.random() < 0.5 else cc
        rec = cc if r.random() < 0.4 else None
        s = individual(w, pools, "expat", t, origin=origin, country=claimed, live_cc=cc, vpn=vpn, vpn_share=share,
                       rec_foreign=rec, keyboard="en-US" if r.random() < 0.8 else D.COUNTRY[cc][2],
                       created=w.uniform_ts(T(2015), T(2025, 6)), soft_p=0.5)
        if r.random() < 0.3:   # a mail-forwarding address as the account address
            s["address"] = f"{r.randint(100, 9999)} {r.choice(['NW 97th Ave', 'Sunrise Blvd', 'Eastgate Loop'])} #" \
                           f"{r.randint(10000, 99999)}, {r.choice(['Doral, FL 33178', 'Livingston, TX 77351', 'Sioux Falls, SD 57108'])}"
            t.append("mail_forwarding_address")
            s["_kind"] += ";mail_forwarding_address"


def immigrant(w, pools, n):
    r = w.rng
    src = [("filipino", "PH"), ("indian", "IN"), ("vietnamese", "VN"), ("nigerian", "NG"), ("hispanic", "MX"),
           ("korean", "KR"), ("chinese", "CN"), ("slavic", "UA"), ("hispanic", "CO"), ("arabic", "AE")]
    for _ in range(n):
        origin, cc = r.choice(src)
        t = ["calls_abroad"]
        kbd = None
        if r.random() < 0.4:
            kbd = D.COUNTRY[cc][2]
            t.append("heritage_keyboard")
        rec = None
        if r.random() < 0.25:
            rec = cc
            t.append("foreign_recovery_phone")
        ab = None
        if r.random() < 0.3:
            ab = (cc, w.foreign_city(cc))
            t.append("visits_home")
        s = individual(w, pools, "immigrant", t, origin=origin, keyboard=kbd, rec_foreign=rec, abroad=ab,
                       abroad_share=0.3)
        for _ in range(r.randint(1, 4)):
            w.charge(s, w.uniform_ts(max(W0, s["_created"]), W1), r.choice([10, 20, 25, 50]), *s["_inst"][0][:3],
                     "international_credit")


def namesakes(w, pools, n):
    r = w.rng
    common = [("anglo", "James", "Smith", 0), ("anglo", "Michael", "Johnson", 0), ("anglo", "Jennifer", "Brown", 1),
              ("hispanic", "Maria", "Garcia", 1), ("hispanic", "Jose", "Hernandez", 0), ("korean", "David", "Kim", 0),
              ("chinese", "Wei", "Wang", 0), ("vietnamese", "Linh", "Nguyen", 1), ("indian", "Priya", "Sharma", 1),
              ("anglo", "John", "Williams", 0), ("korean", "Min-jun", "Lee", 0), ("filipino", "Mark", "Santos", 0)]
    made = 0
    while made < n:
        o, fn, ln, g = r.choice(common)
        for _ in range(min(r.randint(2, 4), n - made)):
            individual(w, pools, "namesake", [], origin=o, first=fn, last=ln, gender=g)
            made += 1


def name_changed(w, pools, n):
    r = w.rng
    for _ in range(n):
        s = individual(w, pools, "name_changed", ["name_email_mismatch"], gender=1)
        first, old_last = s["full_name"].split(" ", 1)
        new_last = r.choice(D.LAST[w.us_origin()])
        s["full_name"] = f"{first} {new_last}"
        s["dialtone_previous_name"] = f"{first} {old_last}"


def moved(w, pools, n):
    r = w.rng
    for _ in range(n):
        s = individual(w, pools, "moved", ["address_changed"])
        old, _ = w.us_address()
        new_city = w.us_city()
        s["address"], _ = w.us_address(new_city)
        s["dialtone_e911_address"] = s["address"]
        s["dialtone_previous_address"] = old
        ips = [(w.ip_home("US", new_city), 1)]
        t0 = w.uniform_ts(max(W0, s["_created"]), W1 - 30 * DAY)
        w.sessions(s, r.randint(3, 10), t0, W1, off(new_city[5]), "day", ips, s["_devs"])


def privacy_users(w, pools, n):
    """always behind a VPN, a second-number app as contact, Proton mail, sometimes paying in crypto"""
    r = w.rng
    for _ in range(n):
        vpn = r.choice(["MULLVAD_VPN", "PROTON_VPN", "PROTON_VPN", "NORD_VPN", "EXPRESS_VPN", "ASTRILL_VPN"])
        s = individual(w, pools, "privacy_user", ["vpn_always", "vpn_" + vpn.split("_")[0].lower()], vpn=vpn,
                       vpn_share=3.0, n_logins=r.randint(6, 18))
        s["phone_line_type"] = "nonFixedVoip"
        s["email"] = s["email"].split("@")[0] + "@proton.me" if "@proton" not in s["email"] else s["email"]
        if r.random() < 0.35:
            s["_kind"] += ";crypto_payer"
            c = w.crypto()
            w.billing(s, s["dialtone_plan"], 1, [c], months=3)


def multi_number(w, pools, n):
    """one person, a personal and a business (side-gig) account: same machine and line"""
    r = w.rng
    for _ in range(n // 2):
        a = individual(w, pools, "multi_account", ["personal_side"])
        first, last = a["full_name"].split(" ", 1)
        created = w.uniform_ts(max(a["_created"], T(2019)), T(2025, 9))
        biz = f"{last} {r.choice(D.COMPANY_TRADES)[0]}"
        nums = w.numbers(r.randint(1, 3), area=r.choice(a["_city"][6]))
        f = fields(full_name=a["full_name"], email=w.email(first, last), phone=a["phone"], phone_line_type=a["phone_line_type"],
                   country="US", recovery_email=a["email"], signup_ip=a["_home"][0][0], dialtone_plan="business",
                   dialtone_account_id="A" + w.hexid(10), dialtone_role="owner", employer=biz,
                   address=a["address"] or w.us_address(a["_city"])[0], photo=a["photo"],
                   resume=M.smb_description(biz, "home services", a["_city"][0], a["_city"][1], r))
        f["dialtone_e911_address"] = f["address"]
        f["dialtone_numbers"], f["dialtone_number_count"] = numbers_field(nums)
        f.update(kyc_block(w, first, last, f["address"]))
        if a.get("birth_date"):
            f["birth_date"], f["national_id"] = a["birth_date"], a["national_id"]
        tr = ["business_side", "same_person"]
        if a["photo"] and a["photo"] != "photos/default-avatar.png":
            tr.append("same_photo")
        b = w.add(f, False, ["multi_account"] + tr, created)
        w.sessions(b, r.randint(4, 12), created, W1, off(a["_city"][5]), "business", [(h, 1) for h in a["_home"]],
                   a["_devs"])
        w.billing(b, "business", len(nums), a["_inst"] if r.random() < 0.5 else [w.card()])


def shared_machines(w, pools, n):
    """hotel business centres, public libraries, internet cafés: strangers on one machine and one line"""
    r = w.rng
    made = 0
    while made < n:
        city = w.us_city()
        ip = w.ip_business("US", city)
        pcs = [w.device("win", softphone=False) for _ in range(r.randint(2, 6))]
        kind = r.choice(["library_pc", "hotel_business_centre", "internet_cafe"])
        for _ in range(min(r.randint(8, 30), n - made)):
            s = individual(w, pools, "shared_machine_user", [kind], city=city, n_logins=r.randint(2, 8))
            w.sessions(s, r.randint(1, 4), s["_created"], W1, off(city[5]), "day", [(ip, 1)],
                       [(r.choice(pcs), 1)])
            if r.random() < 0.3:
                s["signup_ip"] = ip[0]
            made += 1


# ---------------------------------------------------------------------- organisations
def company(w, trade=None, city=None):
    r = w.rng
    word = r.choice(D.COMPANY_WORDS)
    tname, tslug = trade or r.choice(D.COMPANY_TRADES)
    city = city or w.us_city()
    name = f"{word} {tname}"
    dom = f"{word.lower()}{tslug}{r.choice(['', 'co', 'llc', 'group', city[1].lower()])}.com"
    addr, _ = w.us_address(city, unit=r.choice(["", f", Suite {r.randint(100, 450)}", f", Unit {r.randint(1, 20)}"]))
    reg = r.choice(list(D.REGISTRARS_NS))
    ns = D.REGISTRARS_NS[reg].format(a=r.randint(1, 80), b=r.randint(1, 80), c=r.randint(100, 2000),
                                     d=r.randint(10, 60), x=r.choice(D.CF_NAMES), y=r.choice(D.CF_NAMES), l=r.choice("abcde"))
    reg_at = w.uniform_ts(T(2004), T(2022))
    host = w.ip_cloud()
    w.domains.append((dom, name, isodate(reg_at), r.choice([f"admin@{dom}", f"{word.lower()}.{tslug}@gmail.com",
                                                                f"domains@{dom}", "redacted for privacy"]),
                      host[0], ns, reg))
    return {"name": name, "domain": dom, "city": city, "address": addr, "ip": w.ip_business("US", city),
            "card": w.card(), "gateway": w.gateway_mac(), "trade": tname}


def org_staff(w, pools, co, k, primary, traits, created, admin=None, hours="business", desk_phones=0.7,
              rec_admin=0.6, msp_tool=None, remote_share=0.15, nnum=(1, 1), photo_mode="none", tz=None, cc="US",
              kbd="en-US", shared_pcs=None, card=None, soft_share=0.6, plan="business", own_card=False):
    """k staff lines provisioned by one admin in one sitting"""
    r = w.rng
    out = []
    city = co["city"]
    tz = tz or city[5]
    adm_email = admin["email"] if admin else f"it@{co['domain']}"
    adm_phone = admin["phone"] if admin else ""
    brand = None
    if photo_mode == "brand":
        brand = (tuple(r.randint(20, 200) for _ in range(3)), r.getrandbits(30))
    for i in range(k):
        origin = w.us_origin() if cc == "US" else D.COUNTRY[cc][0]
        first, last, g = w.name(origin)
        tr = list(traits)
        email = w.email(first, last, domain=co["domain"], style=co.setdefault("style", r.randrange(3)))
        rec_e, rec_p, rec_t = "", "", ""
        if r.random() < rec_admin:
            rec_e = adm_email
            tr.append("admin_recovery")
            if adm_phone and r.random() < 0.5:
                rec_p, rec_t = adm_phone, (admin or {}).get("phone_line_type", "mobile")
        nums = w.numbers(r.randint(*nnum), area=r.choice(city[6]) if cc == "US" else None)
        ph = ""
        if photo_mode == "brand":
            ph = photo(w, M.brand_avatar(brand[0], first[0] + last[0], brand[1]), "png")
            tr.append("brand_avatar")
        elif photo_mode == "mixed":
            ph = own_photo(w, tr, 0.3, 0.2)
        ts = created + i * r.randint(40, 240)
        remote = r.random() < remote_share
        phone = w.phone_us(area=r.choice(city[6])) if cc == "US" else w.phone_foreign(cc)
        f = fields(full_name=f"{first} {last}", email=email, phone=phone if r.random() < 0.7 else nums[0],
                   phone_line_type="mobile", country=cc, address=co["address"], employer=co["name"],
                   recovery_email=rec_e, recovery_phone=rec_p, recovery_phone_line_type=rec_t, signup_ip=co["ip"][0],
                   dialtone_plan=plan, dialtone_account_id=co.setdefault("acct", "A" + w.hexid(10)),
                   dialtone_role="user", dialtone_e911_address=co["address"], photo=ph,
                   dialtone_display_name=f"{first} {last[0]}.")
        if f["phone"] == nums[0]:
            f["phone_line_type"] = "fixedVoip"
        f["dialtone_numbers"], f["dialtone_number_count"] = numbers_field(nums)
        s = w.add(f, False, [primary] + tr + (["remote_staff"] if remote else []), ts)
        devs = [(w.device("win" if r.random() < 0.75 else "mac", softphone=r.random() < soft_share), 3)]
        if shared_pcs:
            devs = [(r.choice(shared_pcs), 3)]
            s["_kind"] += ";hot_desk_pc"
        if r.random() < 0.5:
            devs.append((w.device(r.choice(["iphone", "android"])), 1))
        ips = [(co["ip"], 5), (pools.mobile(cc if cc in ("US", "PH", "IN") else "US"), 1)]
        if remote:
            home = w.ip_home(cc, w.us_city() if cc == "US" else None)
            ips = [(home, 5), (co["ip"], 1)]
        if co.get("vpn_egress"):
            ips.append((co["vpn_egress"], 4))
        w.sessions(s, r.randint(5, 20), ts, W1, off(tz), hours, ips, devs, weekdays=hours == "business")
        for dev, _ in devs:
            if dev["soft"]:
                w.telemetry(s, dev, tz, kbd, gateway=None if remote else co["gateway"],
                            extra_proc=[msp_tool] if msp_tool else ())
        if r.random() < desk_phones:
            model, pre = co.setdefault("phone_model", r.choice(D.DESK_PHONES))
            addr = co["address"] if not remote or r.random() < 0.5 else w.us_address()[0]
            w.ship(s, ts + r.randint(2, 9) * DAY, w.serial(pre), addr, "desk_phone:" + model)
            tr.append("desk_phone")
        w.billing(s, plan, len(nums), [w.card() if own_card else (card or co["card"])])
        s["_devs"] = devs
        out.append(s)
    return out


def org_admin(w, pools, co, primary, created, cc="US", plan="business"):
    r = w.rng
    first, last, g = w.name(w.us_origin())
    email = w.email(first, last, domain=co["domain"], style=0)
    phone = w.phone_us(area=r.choice(co["city"][6]))
    f = fields(full_name=f"{first} {last}", email=email, phone=phone, phone_line_type="mobile", country=cc,
               address=co["address"], employer=co["name"], recovery_email=w.email(first, last) if r.random() < 0.6 else "",
               signup_ip=co["ip"][0], dialtone_plan=plan, dialtone_account_id=co.setdefault("acct", "A" + w.hexid(10)),
               dialtone_role="admin", dialtone_e911_address=co["address"], profiles=f"https://www.{co['domain']}",
               resume=M.smb_description(co["name"], co["trade"], co["city"][0], co["city"][1], r),
               dialtone_10dlc_brand="B" + w.hexid(6).upper())
    nums = w.numbers(r.randint(1, 3), area=r.choice(co["city"][6]))
    f["dialtone_numbers"], f["dialtone_number_count"] = numbers_field(nums)
    f.update(kyc_block(w, first, last, co["address"], 0.8))
    s = w.add(f, False, [primary, "org_admin"], created)
    devs = [(w.device("win", softphone=True), 3), (w.device("iphone"), 2)]
    home = w.ip_home("US", co["city"])
    w.sessions(s, r.randint(8, 25), created, W1, off(co["city"][5]), "business", [(co["ip"], 5), (home, 2)], devs)
    w.telemetry(s, devs[0][0], co["city"][5], "en-US", gateway=co["gateway"])
    w.billing(s, plan, len(nums), [co["card"]])
    return s


def smb(w, pools, n):
    r = w.rng
    made = 0
    while made < n:
        co = company(w)
        k = min(n - made - 1, max(1, int(r.paretovariate(1.6) * 3)))
        k = min(k, 60)
        created = w.uniform_ts(T(2017), T(2025, 8))
        admin = org_admin(w, pools, co, "smb_line", created)
        msp = r.choice(D.MSP_TOOLS) if r.random() < 0.3 else None
        tr = ["company_card", "office_ip"] + (["msp_managed"] if msp else [])
        org_staff(w, pools, co, k, "smb_line", tr, created + 600, admin=admin, msp_tool=msp,
                  rec_admin=r.choice([0.0, 0.5, 0.9, 1.0]), photo_mode=r.choice(["none", "none", "mixed"]))
        made += k + 1
        if r.random() < 0.25 and k > 3:   # a second batch later (new hires)
            extra = min(r.randint(1, 5), max(0, n - made))
            org_staff(w, pools, co, extra, "smb_line", tr + ["later_hire"], w.uniform_ts(created, W1), admin=admin,
                      msp_tool=msp)
            made += extra


def call_centres(w, pools, n):
    r = w.rng
    made = 0
    while made < n:
        co = company(w, ("Contact Center Solutions", "contact"))
        k = min(n - made, r.randint(25, 80))
        pcs = [w.device("win", softphone=True) for _ in range(max(3, k // 2))]
        created = w.uniform_ts(T(2019), T(2025, 6))
        co["vpn_egress"] = None
        org_staff(w, pools, co, k, "call_centre_agent", ["company_card", "office_ip", "shift_work"], created,
                  hours=r.choice(["business", (14, 23), (6, 15)]), rec_admin=0.95, shared_pcs=pcs, desk_phones=0.1,
                  plan="call_center", soft_share=1.0)
        made += k


def bpo(w, pools, n):
    """offshore customer-service centres (Manila, Cebu, Bengaluru, Bogota) answering US customers on US hours"""
    r = w.rng
    made = 0
    while made < n:
        cc = r.choice(["PH", "PH", "IN", "CO", "MX"])
        lc = w.foreign_city(cc)
        uc = w.us_city()
        co = company(w, ("Customer Care BPO", "care"), city=uc)
        co["ip"] = w.ip_business(cc, lc)
        tz = D.COUNTRY[cc][1][0]
        k = min(n - made, r.randint(20, 70))
        pcs = [w.device("win", softphone=True) for _ in range(max(3, k // 2))]
        created = w.uniform_ts(T(2020), T(2025, 6))
        # US business hours expressed in the centre's local time
        lo = int((9 + 5 + D.TZ_OFFSET[tz]) % 24)
        staff = org_staff(w, pools, co, k, "bpo_agent", ["company_card", "office_ip", "us_hours_abroad"], created,
                          hours=(lo, (lo + 9) % 24), rec_admin=0.9, shared_pcs=pcs, desk_phones=0.0, plan="call_center",
                          tz=tz, cc=cc, kbd=D.COUNTRY[cc][2] if cc != "PH" else "en-US", soft_share=1.0)
        for s in staff:
            s["address"] = s["dialtone_e911_address"] = ""
        made += k


def remote_company(w, pools, n):
    """remote-first employers: IT provisions lines in batches from HQ, ships desk phones and headsets to homes or
    HQ, corporate secure gateway"""
    r = w.rng
    made = 0
    while made < n:
        co = company(w, r.choice([("Software", "soft"), ("Health Services", "health"), ("Insurance Agency", "insurance"),
                                  ("Logistics", "logistics")]))
        if r.random() < 0.6:
            co["vpn_egress"] = w.ip_cloud(r.choice([(53813, "Zscaler, Inc.", [136, 165]), (55256, "Netskope Inc", [163])]))
        k = min(n - made, r.randint(15, 80))
        created = w.uniform_ts(T(2019), T(2025, 5))
        batch = 0
        while batch < k:
            kk = min(k - batch, r.randint(5, 25))
            staff = org_staff(w, pools, co, kk, "remote_employee", ["company_card", "provisioned_batch"],
                              created + batch * 7 * DAY, rec_admin=0.8, remote_share=0.85, desk_phones=0.5,
                              msp_tool=r.choice(D.MSP_TOOLS) if r.random() < 0.4 else None)
            for s in staff:
                if r.random() < 0.4:
                    w.ship(s, s["_created"] + 3 * DAY, w.serial("HS"), co["address"] if r.random() < 0.5 else w.us_address()[0],
                           "headset:" + r.choice(D.HEADSETS)[0])
            batch += kk
        made += k


def msp(w, pools, n):
    """resellers / managed service providers: hundreds of small customers' numbers provisioned and supported from
    one office (their line as signup IP, their support line as recovery, one description template)"""
    r = w.rng
    made = 0
    while made < n:
        mco = company(w, ("IT Solutions", "it"))
        support_phone = w.phone_us(area=r.choice(mco["city"][6]))
        support_mail = f"support@{mco['domain']}"
        techs = []
        for _ in range(r.randint(2, 5)):
            first, last, _ = w.name(w.us_origin())
            f = fields(full_name=f"{first} {last}", email=w.email(first, last, mco["domain"], 0), phone=w.phone_us(),
                       phone_line_type="mobile", country="US", address=mco["address"], employer=mco["name"],
                       signup_ip=mco["ip"][0], dialtone_plan="reseller", dialtone_account_id="R" + w.hexid(9),
                       dialtone_role="reseller_admin", recovery_email=support_mail)
            t = w.add(f, False, ["msp_tech", "office_ip"], w.uniform_ts(T(2017), T(2021)))
            dev = w.device("win", softphone=True)
            w.sessions(t, r.randint(20, 40), t["_created"], W1, off(mco["city"][5]), "business", [(mco["ip"], 1)],
                       [(dev, 1)])
            w.telemetry(t, dev, mco["city"][5], "en-US", gateway=mco["gateway"], extra_proc=["ScreenConnect.ClientService.exe"])
            techs.append((t, dev))
            made += 1
        k = min(n - made, r.randint(40, 160))
        for i in range(k):
            co = company(w, city=mco["city"] if r.random() < 0.7 else w.us_city())
            first, last, _ = w.name(w.us_origin())
            tr = []
            rec_p, rec_t, rec_e = "", "", ""
            if r.random() < 0.7:
                rec_p, rec_t = support_phone, "fixedVoip"
                tr.append("msp_recovery_phone")
            if r.random() < 0.5:
                rec_e = support_mail
                tr.append("msp_recovery_email")
            nums = w.numbers(r.randint(1, 4), area=r.choice(co["city"][6]))
            created = w.uniform_ts(T(2018), T(2025, 8))
            f = fields(full_name=f"{first} {last}", email=w.email(first, last, co["domain"], 0),
                       phone=w.phone_us(area=r.choice(co["city"][6])), phone_line_type="mobile", country="US",
                       address=co["address"], employer=co["name"], recovery_email=rec_e, recovery_phone=rec_p,
                       recovery_phone_line_type=rec_t, signup_ip=mco["ip"][0], dialtone_plan="business",
                       dialtone_account_id="A" + w.hexid(10), dialtone_role="owner",
                       dialtone_e911_address=co["address"],
                       resume=D.RESELLER_TEMPLATE.format(c=co["name"], msp=mco["name"]))
            f["dialtone_numbers"], f["dialtone_number_count"] = numbers_field(nums)
            tr += ["msp_signup_ip", "reseller_template"]
            paid_by_msp = r.random() < 0.6
            if paid_by_msp:
                tr.append("msp_card")
            s = w.add(f, False, ["msp_customer"] + tr, created)
            devs = [(w.device(), 1)]
            w.sessions(s, r.randint(2, 10), created, W1, off(co["city"][5]), "business", [(co["ip"], 1)], devs)
            t, tdev = r.choice(techs)
            w.sessions(s, r.randint(1, 4), created, W1, off(mco["city"][5]), "business", [(mco["ip"], 1)], [(tdev, 1)],
                       client="admin.impersonation.start")
            w.billing(s, "business", len(nums), [mco["card"] if paid_by_msp else co["card"]])
            if r.random() < 0.3:
                w.ship(s, created + 5 * DAY, w.serial("YLT54"), co["address"], "desk_phone:Yealink T54W")
            made += 1


def real_estate(w, pools, n):
    r = w.rng
    made = 0
    while made < n:
        co = company(w, ("Realty", "realty"))
        k = min(n - made, r.randint(5, 30))
        created = w.uniform_ts(T(2018), T(2025, 6))
        paid = r.random() < 0.5
        staff = org_staff(w, pools, co, k, "realestate_agent", ["brokerage_office"] + (["company_card"] if paid else []),
                          created, hours="day", rec_admin=0.3, nnum=(1, 6), photo_mode="brand", desk_phones=0.0,
                          remote_share=0.5, soft_share=0.3, own_card=not paid)
        made += len(staff)


def sales_teams(w, pools, n):
    """inside-sales teams with local-presence dialling: each rep holds 5-25 numbers in many area codes"""
    r = w.rng
    made = 0
    while made < n:
        co = company(w, r.choice([("Solar", "solar"), ("Insurance Agency", "insurance"), ("Marketing", "marketing")]))
        if r.random() < 0.5:
            co["vpn_egress"] = w.ip_cloud((53813, "Zscaler, Inc.", [136, 165]))
        k = min(n - made, r.randint(6, 40))
        created = w.uniform_ts(T(2019), T(2025, 6))
        staff = org_staff(w, pools, co, k, "sales_rep", ["company_card", "local_presence_numbers"], created,
                          rec_admin=0.8, photo_mode="mixed", desk_phones=0.2, soft_share=0.9)
        for s in staff:
            extra = [w.phone_us(fmt=0.0) for _ in range(r.randint(4, 24))]
            nums = s["dialtone_numbers"].split(";") + extra
            s["dialtone_numbers"], s["dialtone_number_count"] = numbers_field(nums)
        made += k


def temp_agency(w, pools, n):
    """staffing agencies that pay their placed workers' lines from one agency card (workers otherwise unrelated)"""
    r = w.rng
    made = 0
    while made < n:
        ag = company(w, ("Staffing", "staffing"))
        k = min(n - made, r.randint(15, 70))
        for _ in range(k):
            tr = ["agency_card"]
            s = individual(w, pools, "temp_worker", tr, hours=r.choice(["day", "business", "evening"]),
                           plan="business")
            for _ in range(r.randint(2, 5)):
                w.charge(s, w.uniform_ts(max(W0, s["_created"]), W1), 19.99, *ag["card"][:3], "renewal:business")
            s["employer"] = ag["name"]
            if r.random() < 0.4:
                s["recovery_email"] = f"placements@{ag['domain']}"
                s["_kind"] += ";agency_recovery"
            made += 1


def families(w, pools, n):
    r = w.rng
    made = 0
    while made < n:
        k = min(n - made, r.choice([2, 2, 3, 3, 4, 5]))
        origin = w.us_origin()
        last = r.choice(D.LAST[origin])
        city = w.us_city()
        home = w.ip_home("US", city)
        pc = w.device("win", softphone=r.random() < 0.4)
        gw = w.gateway_mac()
        addr, _ = w.us_address(city)
        card = w.card()
        parent = None
        created = w.uniform_ts(T(2016), T(2025, 6))
        for i in range(k):
            first, _, g = w.name(origin)
            tr = ["home_ip", "family_card"]
            if i == 0:
                email = w.email(first, last)
                rec_e, rec_p = w.email(first, last) if r.random() < 0.5 else "", ""
                role = "owner"
                bd = w.birth(1960, 1990)
            else:
                email = w.email(first, last)
                rec_e = parent["email"] if r.random() < 0.8 else ""
                rec_p = parent["phone"] if r.random() < 0.5 else ""
                if rec_e:
                    tr.append("parent_recovery")
                role = "member"
                bd = w.birth(1995, 2010) if i >= 2 or r.random() < 0.5 else w.birth(1960, 1990)
            ts = created + i * r.randint(60, 20 * DAY)
            f = fields(full_name=f"{first} {last}", email=email, phone=w.phone_us(area=r.choice(city[6])),
                       phone_line_type="mobile", country="US", address=addr if i == 0 or r.random() < 0.5 else "",
                       recovery_email=rec_e, recovery_phone=rec_p, recovery_phone_line_type="mobile" if rec_p else "",
                       signup_ip=home[0], dialtone_plan="family", dialtone_account_id=("F" + w.hexid(9)) if i == 0 else parent["dialtone_account_id"],
                       dialtone_role=role, dialtone_e911_address=addr, birth_date=bd if i == 0 else "")
            f["photo"] = own_photo(w, tr, 0.35, 0.1)
            nums = w.numbers(1, area=r.choice(city[6]))
            f["dialtone_numbers"], f["dialtone_number_count"] = numbers_field(nums)
            s = w.add(f, False, ["family_member"] + tr, ts)
            if i == 0:
                parent = s
            devs = [(w.device(r.choice(["iphone", "android"])), 3), (pc, 1)]
            if pc["soft"] or r.random() < 0.3:
                s["_kind"] += ";family_pc"
            w.sessions(s, r.randint(3, 12), ts, W1, off(city[5]), r.choice(["day", "evening"]),
                       [(home, 4), (pools.mobile(), 2)], devs)
            if pc["soft"]:
                w.telemetry(s, pc, city[5], "en-US", gateway=gw)
            w.billing(s, "personal", 1, [card])
            made += 1


def students(w, pools, n):
    r = w.rng
    unis = []
    for name, dom, cidx in [("State University", "state.edu", 13), ("Tech Institute", "tech.edu", 2),
                            ("University of the Coast", "coast.edu", 22), ("Valley College", "valley.edu", 20),
                            ("Metro Community College", "metro.edu", 14), ("Lakeshore University", "lakeshore.edu", 18),
                            ("Northern State", "nstate.edu", 27), ("Southern A&M", "samu.edu", 15)]:
        c = D.US_CITIES[cidx]
        unis.append((name, dom, c, [w.ip_business("US", c) for _ in range(r.randint(3, 8))],
                     [w.device("win", softphone=False) for _ in range(6)]))
    for _ in range(n):
        name, dom, c, nat, labs = r.choice(unis)
        intl = r.random() < 0.2
        tr = ["campus_nat"]
        kw = {}
        if intl:
            o, cc = r.choice([("chinese", "CN"), ("korean", "KR"), ("indian", "IN"), ("vietnamese", "VN"), ("nigerian", "NG")])
            tr += ["international_student"]
            kw = dict(origin=o, rec_foreign=cc if r.random() < 0.5 else None,
                      keyboard=D.COUNTRY[cc][2] if r.random() < 0.5 else None,
                      abroad=(cc, w.foreign_city(cc)) if r.random() < 0.5 else None, abroad_share=0.3)
        year = r.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025])
        created = T(year, r.choice([8, 9, 1]), r.randint(1, 20)) + r.randrange(DAY)
        s = individual(w, pools, "student", tr, city=c, created=created, **kw)
        first, last = s["full_name"].split(" ", 1)
        s["email"] = w.email(first, last, domain=dom, style=r.randrange(3))
        s["employer"] = name
        s["signup_ip"] = r.choice(nat)[0]
        w.sessions(s, r.randint(3, 12), created, W1, off(c[5]), r.choice(["day", "evening", "night"]),
                   [(x, 1) for x in nat], s["_devs"] + ([(r.choice(labs), 1)] if r.random() < 0.2 else []))


def coworking(w, pools, n):
    r = w.rng
    made = 0
    while made < n:
        city = w.us_city()
        ip = w.ip_business("US", city)
        gw = w.gateway_mac()
        brand = r.choice(["WeWork", "Regus", "Industrious", "Impact Hub", "Spaces"])
        k = min(n - made, r.randint(15, 60))
        for _ in range(k):
            tr = ["coworking_ip"]
            freelancer = r.random() < 0.4
            s = individual(w, pools, "coworking_member", tr + (["freelancer"] if freelancer else []), city=city,
                           hours="business", soft_p=0.7, plan="personal_plus")
            w.sessions(s, r.randint(4, 14), s["_created"], W1, off(city[5]), "business", [(ip, 1)], s["_devs"])
            if freelancer:
                s["resume"] = M.persona_description(r.choice(D.PERSONA_TEMPLATES[:2]), s["full_name"], r)
                s["_kind"] += ";freelance_description"
            for dev, _ in s["_devs"]:
                if dev["soft"]:
                    w.telemetry(s, dev, city[5], "en-US", gateway=gw)
            s["address"] = s["address"] or f"{brand} - {w.street()}, Floor {r.randint(2, 20)}, {city[0]}, {city[1]} {city[2]}{r.randint(10, 99)}"
            made += 1


def api_devs(w, pools, n):
    """developers whose apps buy and use numbers through the API, from cloud addresses around the clock"""
    r = w.rng
    for _ in range(n):
        s = individual(w, pools, "api_developer", ["cloud_ip", "many_numbers"], plan="api", soft_p=0.0)
        host = w.ip_cloud()
        dev = {"id": "api-" + w.hexid(16), "os": "api", "ua": D.UAS["api"].format(v=r.randint(5, 12)), "soft": False,
               "system": "", "display": "", "headset": None}
        w.sessions(s, r.randint(10, 40), s["_created"], W1, 0, "any", [(host, 3), (w.ip_cloud(), 1)], [(dev, 1)],
                   client="api.token.auth")
        nums = [w.phone_us(fmt=0.0) for _ in range(r.randint(5, 60))]
        s["dialtone_numbers"], s["dialtone_number_count"] = numbers_field(nums)
        w.billing(s, "api", len(nums), s["_inst"])
