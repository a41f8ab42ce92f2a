"""Building one person's subject row and working life (shared by honest people, victims and personas)."""
import time

from . import data as D
from .infra import DAY, T0, T1, iso
from .lives import (Laptop, Life, bank_dest, emit_endpoint, emit_logins, emit_payroll, emit_shipment, ua_for,
                    wallet_dest)
from .media import render_resume, resume_body

MAIL_BY_ORIGIN = {"ko": D.MAIL_KO, "ko_am": ["gmail.com"] * 5 + ["naver.com", "yahoo.com", "icloud.com", "daum.net"],
                  "ja": D.MAIL_JA, "en": D.MAIL_US}
LANG = {"KR": "ko", "JP": "ja", "CN": "zh", "VN": "vi", "DE": "de", "FR": "fr", "NL": "nl", "PL": "pl", "BR": "pt",
        "TW": "zh"}


class P:
    pass


def rand_birth(r, lo=1965, hi=2002):
    return f"{r.randint(lo, hi)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"


def created_for(r, row_kind):
    if row_kind == "applicant":
        t = T0 - 200 * DAY + r.randrange(500 * DAY)
    else:
        t = T0 - r.choice([30, 200, 400, 900, 1500, 2500]) * DAY + r.randrange(250 * DAY)
    t = min(t, T1 - 3 * DAY)
    return t


def line_type(r, kind):
    if r.random() < 0.3:
        return ""
    if kind == "mobile":
        return "mobile"
    if kind == "landline":
        return "landline"
    if kind == "kr070":
        return r.choice(["fixedVoip", "voip"])
    if kind == "gvoice":
        return "nonFixedVoip"
    return r.choice(["voip", "nonFixedVoip"])


def new_person(w, m, *, origin, city, row_kind, claimed=None, first=None, last=None, canon=None, sex=None,
               mail=None, phone_country=None, phone_kind="mobile", address=None, birth=None, nid=None,
               photo="auto", resume="auto", created=None, employer=None, dept=None, location=None, lang=None,
               order_ko=None, profiles=None, prefix="hb"):
    r = w.r
    p = P()
    p.origin = origin
    p.city = city
    c = D.CITIES[city]
    p.home_country = c[0]
    p.country = claimed or c[0]
    p.tz_name, p.tz_off = c[1], c[2]
    if first is None:
        first, last, canon = w.name(origin, sex)
    p.first, p.last, p.canon = first, last, canon or last
    if order_ko is None:
        order_ko = origin in ("ko", "ja", "zh") and p.home_country in ("KR", "JP", "CN") and r.random() < 0.4
    p.full_name = w.full_name(first, last, origin, order_ko)
    doms = mail or MAIL_BY_ORIGIN.get(origin, D.MAIL_OTHER if p.home_country not in ("US", "CA") else D.MAIL_US)
    p.email = w.email(first.split(" ")[0], last, r.choice(doms))
    pc = phone_country or p.home_country
    pk = {"kr070": "voip", "gvoice": "voip", "jp050": "voip"}.get(phone_kind, phone_kind)
    p.phone, p.phone_e164 = w.phone(pc, pk, claimed=p.country)
    p.phone_kind = phone_kind
    p.address = address or w.address(city)
    p.birth = birth or rand_birth(r)
    p.nid = nid or (w.nid(p.country) if r.random() < 0.8 else "")
    p.face = None
    if photo == "auto":
        x = r.random()
        photo = "own" if x < 0.34 else ("default" if x < 0.42 else None)
    if photo == "own":
        p.face = m.face()
        p.photo = m.photo(p.face)
    elif photo == "default":
        p.photo = m.default_avatar()
    else:
        p.photo = photo or ""
    p.created = created if created is not None else created_for(r, row_kind)
    p.row_kind = row_kind
    p.resume_body = None
    if resume == "auto":
        resume = r.random() < (0.75 if row_kind == "applicant" else 0.45)
    if resume:
        p.template = r.choices(["plain", "kr", "jp", "modern", "canva"],
                               [30, 30 if origin == "ko" else 3, 30 if origin == "ja" else 2, 20, 15])[0]
        p.resume_body = resume_body(r, p.home_country)
        p.resume = render_resume(p.template, p.full_name, p.email, p.phone, p.resume_body)
    else:
        p.template = None
        p.resume = ""
    if profiles is None:
        prof = []
        if r.random() < 0.55:
            prof.append(f"https://www.linkedin.com/in/{w.handle(first.split(' ')[0] + '-' + last)}")
        if r.random() < 0.35:
            prof.append(f"https://github.com/{w.handle(first.split(' ')[0][:1] + last)}")
        if r.random() < 0.08:
            prof.append("https://github.com/hanbit-games")  # the company's org on many staff profiles
        profiles = ";".join(prof)
    p.profiles = profiles
    p.employer = employer or r.choice(D.EMPLOYERS)
    p.lang = lang or LANG.get(p.home_country, "en")
    p.id = w.subject_id(prefix)
    p.s = {"id": p.id, "kind": row_kind, "full_name": p.full_name, "email": p.email, "phone": p.phone,
           "phone_line_type": line_type(r, phone_kind), "address": p.address, "country": p.country,
           "birth_date": p.birth, "national_id": p.nid, "photo": p.photo, "resume": p.resume, "profiles": p.profiles,
           "employer": p.employer, "created_at": iso(p.created),
           "hanbit_source": {"applicant": "greenhouse_ats", "employee": "workday_hris", "contractor": "deel_payroll"}[row_kind],
           "department": dept or r.choice(D.DEPARTMENTS), "work_location": location or "Remote",
           "preferred_language": p.lang, "legal_name_local": "", "status": "active" if row_kind != "applicant" else r.choice(["screening", "interview", "offer", "rejected", "withdrawn"])}
    if origin == "ko" and r.random() < 0.3 and canon in D.KO_HANGUL_SURNAME:
        p.s["legal_name_local"] = D.KO_HANGUL_SURNAME[canon] + "○○"
    return p


def work(w, m, sink, p, *, home=None, home_w=60, office=None, office_w=0, mobile_w=15, vpn_w=0, vpn_provider=None,
         astrill_w=0, corp_vpn_w=5, extra_places=(), keyboards=None, tzs=None, pattern="day", trips=(),
         family_pc=None, gateway=None, ssid=None, procs=(), usb=(), displays=None, remote=(), ports=(),
         ship_to=None, requested_by="it-helpdesk", payout=None, monthly_usd=None, provider="Deel", currency=None,
         n=None, helpdesk=None, hours_off=None, laptop=None):
    """Sign-ins, the shipped laptop's telemetry, the shipment and (contractors) payouts."""
    r = w.r
    if p.row_kind == "applicant":
        return None
    life = Life(p.created, p.tz_off, pattern)
    life.hours_off = hours_off
    life.n = n if n is not None else r.randint(5, 16)
    home = home or w.home_place(p.city)
    p.home_place = home
    life.places.append((home_w, home))
    if office and office_w:
        life.places.append((office_w, w.office_place(office)))
    if mobile_w:
        life.places.append((mobile_w, w.mobile_place(p.city)))
    if vpn_w:
        vp = vpn_provider or r.choice(list(D.COMMERCIAL_VPN))
        ec = p.home_country if p.home_country in D.VPN_EXIT_COUNTRIES and r.random() < 0.6 else None
        for _ in range(2):
            life.places.append((vpn_w / 2, w.vpn_place(vp, ec)))
    if astrill_w:
        for _ in range(3):
            life.places.append((astrill_w / 3, w.astrill_place()))
    if corp_vpn_w:
        life.places.append((corp_vpn_w, w.corp_vpn_place()))
    for wt, pl in extra_places:
        life.places.append((wt, pl))
    life.trips = list(trips)
    lap = laptop or Laptop(w)
    p.laptop = lap
    life.devices.append((70, lap.device_id, lap.ua))
    life.devices.append((20, f"okv-{w.hex(12)}", ua_for(w, "phone")))
    if family_pc:
        life.devices.append((25, family_pc[0], family_pc[1]))
    elif r.random() < 0.25:
        life.devices.append((10, f"web-{w.hex(12)}", ua_for(w, r.choice(["mac", "win"]))))
    emit_logins(w, sink, p.id, life)
    # laptop telemetry
    base_kb = D.KEYBOARD.get(p.home_country, "en-US")
    lap.keyboards = list(keyboards) if keyboards is not None else ([base_kb] if base_kb == "en-US" else [base_kb, "en-US"])
    lap.tz = list(tzs) if tzs is not None else [p.tz_name]
    lap.procs += list(procs)
    if r.random() < 0.5:
        lap.procs += r.sample(D.DEV_PROCS, r.randint(1, 3))
    if p.home_country == "KR" or "ko-KR" in lap.keyboards:
        lap.procs += r.sample(D.KO_PROCS, r.randint(1, 2)) if r.random() < 0.75 else []
    if p.home_country == "JP" or "ja-JP" in lap.keyboards:
        lap.procs += r.sample(D.JA_PROCS, 1) if r.random() < 0.6 else []
    if p.home_country in ("CN", "TW"):
        lap.procs += r.sample(D.ZH_PROCS, 1) if r.random() < 0.6 else []
    lap.usb += [u for u in r.sample(D.USB_COMMON, r.randint(0, 3))] + list(usb)
    lap.displays = list(displays) if displays is not None else r.sample(D.DISPLAYS, r.randint(0, 2))
    lap.networks = [ssid or r.choice(["iptime", "KT_GiGA_", "SK_WiFi", "U+Net", "Buffalo-G-", "aterm-", "NETGEAR",
                                       "xfinitywifi-home", "ATT", "Spectrum", "TP-Link_", "BELL", "Vodafone-"]) + (w.hex(4) if not ssid else "")]
    lap.gateways = [gateway or w.mac()]
    lap.ports += list(ports)
    lap.remote += list(remote)
    if helpdesk is None:
        helpdesk = r.random() < 0.3
    if helpdesk:  # IT helpdesk imaged / supported the laptop
        lap.remote.append((r.choice(["helpdesk-jump01.hanbit.local", "10.20.4.15", "itsupport-kr02.hanbit.local",
                                     "itsupport-jp01.hanbit.local"]), r.uniform(0.01, 0.2)))
        if r.random() < 0.35:
            lap.procs.append(r.choice(["TeamViewer_Service.exe", "AnyDesk.exe", "BeyondTrust Remote Support"]))
    emit_endpoint(w, sink, p.id, lap, p.created)
    if ship_to is not False:
        emit_shipment(w, sink, p.id, p.created - r.randint(2, 12) * DAY, lap.asset, ship_to or p.address, requested_by)
    if p.row_kind == "contractor":
        if payout is None:
            method, dest = bank_dest(w, p.home_country) if r.random() < 0.8 else wallet_dest(w, p.first, p.last)
            payout = [(0, method, dest)]
        emit_payroll(w, sink, p.id, p.created, p.home_country, payout, monthly_usd or r.randint(3500, 12000), provider,
                     currency)
    return life
