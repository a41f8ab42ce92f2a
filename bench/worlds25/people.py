"""The honest side: how real Keelbank customers live, share and move."""
import datetime as dt

from . import data, infra, life
from .life import emit, person


def mods(w, p, kinds, base_net=None, tz=None, allow_vpn=True):
    """Ordinary device/network life of one customer plus the common honest modifiers. Returns ctxs, hours."""
    c = p["city"]
    tz = tz or c[4]
    kb = ["en-US"]
    home = data.ORIGIN_HOME.get(p["origin"])
    if home and home in data.KEYBOARD and w.chance(0.35):
        kb.append(data.KEYBOARD[home])
        kinds.append("heritage_keyboard")
    procs = []
    if w.chance(0.025):
        procs.append(w.pick(data.REMOTE_APPS))
        kinds.append("remote_tool")
    phone_dev = infra.device(w, tz, kb, w.pick(["ios", "android"], [60, 40]))
    ctxs = []
    mobile = infra.cgnat(w, c)
    if base_net is None and w.chance(0.22):
        kinds.append("mobile_only_cgnat")
        ctxs.append((phone_dev, mobile, 10))
    else:
        net = base_net or infra.home_net(w, c)
        ctxs.append((phone_dev, net, 6))
        ctxs.append((phone_dev, mobile, 3))
        if w.chance(0.45):
            lap = infra.device(w, tz, kb, w.pick(["mac", "win"]), procs)
            ctxs.append((lap, net, 4))
    if allow_vpn and w.chance(0.08):
        kinds.append("vpn_user")
        ctxs.append((ctxs[-1][0], infra.vpn(w, country=w.pick(["US", "US", "US", "GB", "DE", "JP"])), 3))
    if w.chance(0.07):
        kinds.append("traveller")
        cc = w.pick(["GB", "DE", "MX", "JP", "PT", "TH", "CO", "KR"])
        ctxs.append((phone_dev, infra.foreign_mobile(w, cc), 1))
    hours = "night" if w.chance(0.08) else "us"
    if hours == "night":
        kinds.append("night_owl")
    return ctxs, hours


def photo_for(w, p, kinds):
    r = w.rng.random()
    if r < 0.06:
        kinds.append("default_avatar")
        return "photos/default_avatar.png"
    if r < 0.22:
        return None
    return "self"


def phone_mod(w, p, kinds):
    if w.chance(0.03):
        p["phone"] = infra.us_phone(w, p["city"], voip=True)
        kinds.append("voip_phone")
    elif w.chance(0.03):
        p["phone"]["type"] = "landline"


def wd_for(w, p):
    r = w.rng.random()
    if r < 0.6:
        return [infra.ext_bank(w) + (0.6,)]
    if r < 0.85:
        return [infra.wallet(w, p["first"].lower()[:6]) + (0.4,), infra.ext_bank(w) + (0.6,)]
    if r < 0.93:
        return [infra.crypto(w, w.pick(["ETH", "BTC"])) + (0.2,), infra.ext_bank(w) + (0.6,)]
    return []


def status_kind(w):
    r = w.rng.random()
    if r < 0.86:
        return "account", "approved"
    if r < 0.95:
        return "applicant", "pending"
    return "applicant", w.pick(["rejected", "manual_review"])


def rec_email(w, p):
    if w.chance(0.45):
        return infra.email_for(w, p["first"], p["last"])
    return ""


def plain(w, kinds=None, p=None, **kw):
    kinds = kinds if kinds is not None else ["plain"]
    p = p or person(w)
    phone_mod(w, p, kinds)
    ctxs, hours = mods(w, p, kinds)
    kind, status = status_kind(w)
    ph = photo_for(w, p, kinds)
    rp = infra.us_phone(w, p["city"]) if w.chance(0.2) else None
    pay = payer_for(w, kinds)
    return emit(w, p, kinds=kinds, ctxs=ctxs, hours=hours, kind=kind, status=status, photo=ph, wd=wd_for(w, p),
                card_addr=p["addr"], rec_email=rec_email(w, p), rec_phone=rp, employer=pay,
                profiles=profiles(w, p), **kw)


def payer_for(w, kinds):
    x = life.payer(w)
    if x["kind"] == "eor":
        kinds.append("eor_contractor")
    elif x["kind"] == "marketplace":
        kinds.append("marketplace_payee")
    return x


def profiles(w, p):
    if not w.chance(0.35):
        return ""
    h = (p["first"] + p["last"]).lower().replace(" ", "").replace("-", "") + str(w.rng.randint(1, 99))
    out = []
    if w.chance(0.7):
        out.append("https://www.linkedin.com/in/" + h)
    if w.chance(0.4):
        out.append("https://github.com/" + h)
    if w.chance(0.3):
        out.append("https://www.taskharbor.com/freelancers/~01" + w.hexid(14))
    return ";".join(out)


# ---------------- structures
def household(w):
    """Spouses, parent + adult children, twins: one address, home line, family computer, joint account."""
    n = w.pick([2, 2, 2, 3, 3, 4])
    head = person(w)
    c = head["city"]
    net = infra.home_net(w, c)
    fam_pc = infra.device(w, c[4], ["en-US"], w.pick(["win", "mac"]))
    joint = infra.new_account_number(w) if w.chance(0.55) else None
    shared_ext = infra.ext_bank(w) + (0.7,)
    home_line = infra.us_phone(w, c) if w.chance(0.2) else None
    members = [head]
    twins = w.chance(0.08)
    for i in range(1, n):
        if i == 1 and (n == 2 or w.chance(0.5)):
            f, _, _ = infra.name(w, head["origin"])
            last = head["last"] if w.chance(0.75) else infra.name(w)[1]
            b = head["birth"] if twins else infra.birth(w, head["birth"].year - 4, min(head["birth"].year + 4, 2004))
        else:
            f, _, _ = infra.name(w, head["origin"])
            last = head["last"]
            b = infra.birth(w, min(head["birth"].year + 20, 2004), 2005) if not twins else head["birth"]
        m = person(w, org=head["origin"], c=c, first=f, last=last, birth=b, addr=head["addr"])
        if twins:
            m["face"] = ("face", head["face"][1], 101)
        members.append(m)
    for i, m in enumerate(members):
        kinds = ["household", "same_address"]
        if twins:
            kinds.append("twin")
        other = members[(i + 1) % n]
        ctxs, hours = mods(w, m, kinds, base_net=net)
        if w.chance(0.55):
            ctxs.append((fam_pc, net, 4))
            kinds.append("family_device")
        if home_line and w.chance(0.6):
            m["phone"] = home_line
            kinds.append("family_phone")
        re = ""
        if w.chance(0.5):
            re = other["email"]
            kinds.append("family_recovery")
        rp = None
        if w.chance(0.35):
            rp = other["phone"]
            kinds.append("family_recovery_phone")
        acct = None
        if joint and i < 2:
            acct = joint
            kinds.append("joint_account")
        wd = [shared_ext] if w.chance(0.6) else wd_for(w, m)
        if wd == [shared_ext]:
            kinds.append("family_payout")
        kind, status = ("account", "approved") if acct else status_kind(w)
        emit(w, m, kinds=kinds, ctxs=ctxs, hours=hours, own_acct=acct, wd=wd, card_addr=m["addr"], rec_email=re,
             rec_phone=rp, photo=photo_for(w, m, kinds), kind=kind, status=status, employer=payer_for(w, kinds),
             product="joint" if acct else "personal")
    return n


def roommates(w):
    """Roommates and co-living houses: one address, one wifi, rent to the same landlord account."""
    n = w.pick([2, 3, 3, 4, 5, 6, 8])
    coliving = n >= 5
    c = infra.city(w)
    addr = infra.street_addr(w, c, apt=str(w.rng.randint(1, 30)) if not coliving else None)
    net = infra.home_net(w, c)
    landlord = ("bank", "ext:021000021:%011d" % w.rng.randint(0, 10 ** 11 - 1), 0.35)
    for i in range(n):
        kinds = ["roommate", "same_address"] + (["coliving"] if coliving else [])
        a = dict(addr)
        if coliving and w.chance(0.6):
            a["apt"] = "Room %d" % (i + 1)
        m = person(w, c=c, addr=a, birth=infra.birth(w, 1990, 2003))
        ctxs, hours = mods(w, m, kinds, base_net=net)
        wd = wd_for(w, m)
        if w.chance(0.7):
            wd = wd + [landlord]
            kinds.append("rent_same_landlord")
        kind, status = status_kind(w)
        emit(w, m, kinds=kinds, ctxs=ctxs, hours=hours, wd=wd, card_addr=a, rec_email=rec_email(w, m),
             photo=photo_for(w, m, kinds), kind=kind, status=status, employer=payer_for(w, kinds))
    return n


UNIS = [("University of Texas at Austin", "utexas.edu", 8), ("University of Washington", "uw.edu", 6),
        ("Georgia Institute of Technology", "gatech.edu", 15), ("Arizona State University", "asu.edu", 30),
        ("University of Illinois Urbana-Champaign", "illinois.edu", 11), ("Rutgers University", "rutgers.edu", 35)]


def dorm(w):
    """A dorm floor: one building address with room numbers, the campus NAT, .edu mail, parents as recovery."""
    uni, dom, ci = w.pick(UNIS)
    c = data.US_CITIES[ci]
    key = ("uni", uni)
    if key not in w.cache:
        w.cache[key] = (infra.office_net(w, c, uni, "campus", 6), infra.street_addr(w, c))
    net, bld = w.cache[key]
    n = w.rng.randint(4, 14)
    hall = w.pick(["Jester", "McCarty", "Glenn", "Tooker", "Busey", "Hill Center"]) + " Hall"
    lab_pc = infra.device(w, c[4], ["en-US"], "win", model="Dell OptiPlex 7090")
    for i in range(n):
        kinds = ["student_dorm"]
        a = dict(bld)
        a["apt"] = "%d%02d" % (w.rng.randint(1, 9), w.rng.randint(1, 40))
        a["raw"] = None
        m = person(w, c=c, addr=a, birth=infra.birth(w, 2001, 2006))
        home_c = infra.city(w)
        m["email"] = infra.email_for(w, m["first"], m["last"], dom) if w.chance(0.6) else m["email"]
        m["phone"] = infra.us_phone(w, home_c)
        ctxs, hours = mods(w, m, kinds, base_net=net)
        if w.chance(0.3):
            ctxs.append((lab_pc, net, 2))
            kinds.append("campus_lab_pc")
        hours = "night" if w.chance(0.4) else hours
        parent = infra.us_phone(w, home_c)
        emit(w, m, kinds=kinds, ctxs=ctxs, hours=hours, wd=wd_for(w, m), card_addr=a, rec_phone=parent,
             rec_email=infra.email_for(w, infra.name(w, m["origin"])[0], m["last"]) if w.chance(0.3) else "",
             photo=photo_for(w, m, kinds), employer=life.payer(w, "marketplace") if w.chance(0.6) else life.payer(w),
             pay_scale=0.3)
    return n


def immigrants(w):
    """Siblings/cousins abroad-born, remitting home: the same family wallet back home, home keyboard, home logins."""
    org = w.pick(["indian", "filipino", "hispanic", "nigerian", "vietnamese", "korean", "chinese", "slavic"],
                 [20, 20, 25, 10, 8, 6, 6, 5])
    cc = data.ORIGIN_HOME[org]
    n = w.pick([1, 1, 2, 2, 3])
    last = infra.name(w, org)[1]
    fam_wallet = ("wallet", "remit:%s:%s" % (cc, w.hexid(10)), 0.25)
    for i in range(n):
        kinds = ["immigrant_remitter"]
        m = person(w, org=org, last=last)
        if w.chance(0.25):
            m["nid"] = infra.passport_hash(w, cc)
            kinds.append("passport_id")
        ctxs, hours = mods(w, m, kinds)
        kb = ["en-US", data.KEYBOARD[cc]]
        if "heritage_keyboard" not in kinds:
            ctxs.append((infra.device(w, m["tz"], kb, "android"), ctxs[0][1], 3))
        if w.chance(0.5):
            ctxs.append((ctxs[0][0], infra.foreign_mobile(w, cc), 1))
            kinds.append("visits_home")
        wd = wd_for(w, m) + [fam_wallet]
        if n > 1:
            kinds.append("family_remittance_shared")
        rp = infra.intl_phone(w, cc) if w.chance(0.4) else None
        if rp:
            kinds.append("home_country_recovery_phone")
        emit(w, m, kinds=kinds, ctxs=ctxs, hours=hours, wd=wd, card_addr=m["addr"], rec_phone=rp,
             rec_email=rec_email(w, m), photo=photo_for(w, m, kinds), employer=payer_for(w, kinds))
    return n


FORWARDERS = [("US Global Mail", "7801 N Lamar Blvd Ste F", "Austin", "TX", "78752"),
              ("Anytime Mailbox", "1001 S Main St Ste 500", "Kalispell", "MT", "59901"),
              ("Escapees Mail Service", "101 Rainbow Dr", "Livingston", "TX", "77399"),
              ("St. Brendan's Isle", "13546 Sunset Blvd", "Green Cove Springs", "FL", "32043"),
              ("iPostal1", "2810 N Church St", "Wilmington", "DE", "19802")]


def nomad(w):
    """Digital nomads: a virtual mailbox (shared street address, own PMB), VPN, logins from many countries."""
    kinds = ["digital_nomad", "mail_forwarder", "vpn_user"]
    fw = w.pick(FORWARDERS)
    pmb = w.rng.randint(1000, 99999)
    style = w.rng.randrange(3)
    raw = ["%s PMB %d, %s, %s %s" % (fw[1], pmb, fw[2], fw[3], fw[4]),
           "%s #%d, %s %s %s" % (fw[1], pmb, fw[2], fw[3], fw[4]),
           "%s, Box %d, %s, %s %s" % (fw[1], pmb, fw[2], fw[3], fw[4])][style]
    m = person(w, addr={"raw": raw}, birth=infra.birth(w, 1978, 2000))
    tzs = ["Europe/Lisbon", "Asia/Bangkok", "America/Mexico_City", "America/Bogota", "Europe/Berlin"]
    ccs = ["PT", "TH", "MX", "CO", "DE"]
    dev = infra.device(w, w.pick(tzs), ["en-US"], "mac")
    ph = infra.device(w, dev["tz"], ["en-US"], "ios")
    ctxs = [(dev, infra.vpn(w, country="US"), 5)]
    for cc in w.rng.sample(ccs, 3):
        ctxs.append((ph, infra.foreign_net(w, cc), 2))
        ctxs.append((dev, infra.foreign_mobile(w, cc), 1))
    emit(w, m, kinds=kinds, ctxs=ctxs, hours=w.pick(["us", "eu", "asia_local"]), wd=wd_for(w, m), card_addr=raw,
         rec_email=rec_email(w, m), photo=photo_for(w, m, kinds), employer=payer_for(w, kinds), n_logins=w.rng.randint(10, 35))
    return 1


BASES = [("KR", "Unit 15494", "APO AP 96271", "Asia/Seoul"), ("KR", "Unit 15255", "APO AP 96260", "Asia/Seoul"),
         ("DE", "Unit 29623", "APO AE 09096", "Europe/Berlin"), ("JP", "Unit 5060", "APO AP 96328", "Asia/Tokyo"),
         ("JP", "PSC 477", "FPO AP 96306", "Asia/Tokyo")]


def military(w):
    """Service members overseas: APO/FPO addresses (shared unit, own box), the base network abroad."""
    cc, unit, tail, tz = w.pick(BASES)
    key = ("base", unit)
    if key not in w.cache:
        owner, asn, prefs, _, cy, la, lo = data.FOREIGN_ISP[cc]
        w.cache[key] = infra.Net("office", [infra._ip(w, w.pick(prefs)) for _ in range(8)], asn,
                                 "MWR Base Internet " + owner, cy, cc, la, lo, False, infra.mac(w), "MWR-WiFi")
    net = w.cache[key]
    kinds = ["military_apo"]
    raw = "%s Box %d, %s" % (unit, w.rng.randint(1, 9999), tail)
    m = person(w, addr={"raw": raw}, birth=infra.birth(w, 1980, 2004))
    ph = infra.device(w, tz, ["en-US"], w.pick(["ios", "android"]))
    ctxs = [(ph, net, 6), (ph, infra.vpn(w, country="US"), 2)]
    if w.chance(0.4):
        ctxs.append((ph, infra.foreign_mobile(w, cc), 2))
    emit(w, m, kinds=kinds, ctxs=ctxs, hours="asia_local" if cc in ("KR", "JP") else "eu", wd=wd_for(w, m),
         card_addr=raw, rec_email=rec_email(w, m), photo=photo_for(w, m, kinds),
         employer={"name": "DFAS (US military pay)", "acct": "DFAS-001", "kind": "gov"}, rec_phone=infra.us_phone(w))
    return 1


def reapplied(w):
    """One person, two onboarding rows months apart: moved house, married (new surname) or a new phone/email."""
    p = person(w)
    kinds0 = ["reapplied"]
    ctxs, hours = mods(w, p, kinds0)
    t0 = w.rand_time(infra.START, infra.END - dt.timedelta(days=300))
    emit(w, p, kinds=kinds0 + ["first_attempt"], ctxs=ctxs, hours=hours, kind="applicant", status=w.pick(["rejected", "pending"]),
         created=t0, photo=photo_for(w, p, kinds0), employer=payer_for(w, kinds0), card_addr=None)
    q = dict(p)
    kinds = ["reapplied"]
    why = w.pick(["moved", "name_change", "new_contact"], [45, 30, 25])
    if why == "moved":
        c = infra.city(w) if w.chance(0.4) else p["city"]
        q["addr"] = infra.street_addr(w, c)
        q["city"] = c
        kinds.append("moved")
        ctxs2 = [(ctxs[0][0], infra.home_net(w, c), 5)]
    elif why == "name_change":
        q["last"] = infra.name(w)[1]
        q["full"] = q["first"] + " " + q["last"]
        kinds.append("name_change")
        if w.chance(0.5):
            q["email"] = infra.email_for(w, q["first"], q["last"])
        ctxs2 = ctxs
    else:
        q["phone"] = infra.us_phone(w, p["city"])
        q["email"] = infra.email_for(w, q["first"], q["last"])
        kinds.append("new_contact")
        ctxs2 = ctxs
    if p["face"] and w.chance(0.7):
        q["face"] = ("face", p["face"][1], 1)
    emit(w, q, kinds=kinds, ctxs=ctxs2, hours=hours, created=t0 + dt.timedelta(days=w.rng.randint(60, 280)),
         wd=wd_for(w, q), card_addr=q["addr"], rec_email=rec_email(w, q), employer=payer_for(w, kinds))
    return 2


def bookkeeper(w):
    """A bookkeeper managing several small-business owners' accounts from her office machine and line."""
    c = infra.city(w)
    firm = w.pick(["Ledgerline", "Pinecrest", "Trueline", "Harbor", "Brightbooks"]) + " Bookkeeping LLC"
    net = infra.office_net(w, c, firm, "office", 1)
    pc = infra.device(w, c[4], ["en-US"], "win")
    bk_email = "books@%s.com" % firm.split()[0].lower()
    bk_phone = infra.us_phone(w, c)
    n = w.rng.randint(3, 8)
    for i in range(n):
        kinds = ["bookkeeper_managed", "small_business"]
        m = person(w, c=c)
        ctxs, hours = mods(w, m, kinds)
        ctxs.append((pc, net, 5))
        re = bk_email if w.chance(0.6) else rec_email(w, m)
        if re == bk_email:
            kinds.append("bookkeeper_recovery_email")
        rp = bk_phone if w.chance(0.3) else None
        if rp:
            kinds.append("bookkeeper_recovery_phone")
        emit(w, m, kinds=kinds, ctxs=ctxs, hours=hours, wd=wd_for(w, m), card_addr=m["addr"], rec_email=re, rec_phone=rp,
             photo=photo_for(w, m, kinds), employer=payer_for(w, kinds), product="business", pay_scale=1.5)
    return n


def coworking(w):
    c = infra.city(w)
    brand = w.pick(["WeWork", "Regus", "Industrious", "Spaces", "Impact Hub"])
    key = ("cowork", brand, c[0])
    if key not in w.cache:
        w.cache[key] = (infra.office_net(w, c, brand + " " + c[0], "cowork", 3), infra.street_addr(w, c))
    net, a = w.cache[key]
    kinds = ["coworking"]
    m = person(w, c=c)
    ctxs, hours = mods(w, m, kinds)
    ctxs.append((ctxs[-1][0], net, 5))
    if w.chance(0.3):
        b = dict(a)
        b["apt"] = "Ste %d" % w.rng.randint(100, 1900)
        m["addr"] = b
        kinds.append("cowork_address")
    emit(w, m, kinds=kinds, ctxs=ctxs, hours=hours, wd=wd_for(w, m), card_addr=m["addr"], rec_email=rec_email(w, m),
         photo=photo_for(w, m, kinds), employer=payer_for(w, kinds))
    return 1


def library(w):
    """Public-library / community PCs: strangers on the same machines and line."""
    c = w.pick(data.US_CITIES[:30])
    key = ("lib", c[0])
    if key not in w.cache:
        nm = c[0] + " Public Library"
        w.cache[key] = (infra.office_net(w, c, nm, "library", 2),
                        [infra.device(w, c[4], ["en-US"], "win", model="HP ProDesk 400 G7") for _ in range(4)])
    net, pcs = w.cache[key]
    kinds = ["public_library"]
    m = person(w, c=c)
    ctxs, hours = mods(w, m, kinds)
    ctxs = [(w.pick(pcs), net, 6)] + ctxs[:1]
    if w.chance(0.4):
        ctxs = ctxs[:1]
        kinds.append("library_only")
    emit(w, m, kinds=kinds, ctxs=ctxs, hours="us", wd=wd_for(w, m), card_addr=m["addr"], rec_email=rec_email(w, m),
         photo=photo_for(w, m, kinds), employer=payer_for(w, kinds), pay_scale=0.5)
    return 1


def namesakes(w):
    first, last = w.pick(data.COMMON_NAMES)
    n = w.pick([2, 2, 3])
    yr = w.rng.randint(1975, 2000)
    for i in range(n):
        kinds = ["namesake"]
        b = infra.birth(w, yr, yr) if w.chance(0.4) else None
        m = person(w, first=first, last=last, birth=b)
        plain(w, kinds, m)
    return n


def expat_china(w):
    """US teachers/engineers living in China: Astrill VPN, Asia hours, sometimes a Chinese keyboard."""
    kinds = ["expat_china", "vpn_user", "astrill_user"]
    m = person(w)
    kb = ["en-US"] + (["zh-CN"] if w.chance(0.4) else [])
    dev = infra.device(w, "Asia/Shanghai", kb, w.pick(["mac", "win"]), ["astrill.exe"] if w.chance(0.5) else [])
    ph = infra.device(w, "Asia/Shanghai", kb, "ios")
    ctxs = [(dev, infra.vpn(w, "Astrill VPN", "US"), 6), (ph, infra.vpn(w, "Astrill VPN", "US"), 4),
            (ph, infra.foreign_mobile(w, "CN"), 1)]
    emit(w, m, kinds=kinds, ctxs=ctxs, hours="asia", wd=wd_for(w, m), card_addr=m["addr"],
         rec_email=rec_email(w, m), photo=photo_for(w, m, kinds), employer=payer_for(w, kinds))
    return 1


def victim(w, p):
    """The real person whose identity a persona reuses, banking here honestly."""
    kinds = ["id_theft_victim"]
    ctxs, hours = mods(w, p, kinds)
    emit(w, p, kinds=kinds, ctxs=ctxs, hours=hours, wd=wd_for(w, p), card_addr=p["addr"], rec_email=rec_email(w, p),
         photo=photo_for(w, p, kinds), employer=payer_for(w, kinds))
    return 1
