"""Hirepath world orchestration: employers and staff, the fraud schemes, then the honest population up to N subjects."""
import os
import shutil

from . import data as D
from . import fraud as F
from . import honest as H
from . import media as M
from .export import write_all
from .infra import DAY, T0, T1, World, fold

STAFF = {"startup": (1, 3), "mid": (2, 5), "enterprise": (4, 10), "agency_client": (1, 3)}
MAIL_FORWARDERS = [("Rainbow", "Dr", "Livingston", "TX", "77399"), ("Bayside", "Blvd", "Green Cove Springs", "FL", "32043"),
                   ("Mount Rushmore", "Rd", "Rapid City", "SD", "57701")]


# ============================================================================ helpers
def n_apps(w, kind):
    if kind == "new_grad":
        return w.wpick([(1, 25), (2, 15), (3, 12), (5, 15), (8, 15), (14, 12), (24, 6)])
    if kind == "bootcamp":
        return w.wpick([(2, 15), (4, 20), (7, 25), (12, 25), (22, 15)])
    if kind == "bench":
        return w.r.randrange(3, 18)
    x = w.r.random()
    if x < 0.45:
        return 1
    if x < 0.67:
        return w.r.randrange(2, 4)
    if x < 0.85:
        return w.r.randrange(4, 9)
    if x < 0.96:
        return w.r.randrange(9, 21)
    return w.r.randrange(21, 46)


def pick_employers(w, p, k, emps, prefer_remote=False, intl=False):
    pool = emps
    if intl:
        pool = [e for e in emps if e.intl] or emps
    elif prefer_remote:
        pool = [e for e in emps if e.remote == "remote"] or emps
    out = []
    local = [e for e in emps if p.cc == "US" and e.city[0] == p.city[0]]
    for _ in range(k * 2):
        if len(out) >= k:
            break
        e = w.r.choice(local) if (local and w.chance(0.3)) else w.r.choice(pool)
        if e not in out:
            out.append(e)
    return out


def search_times(w, p, k):
    t0 = w.r.randrange(T0, T1 - 40 * DAY)
    span = w.r.randrange(7, 140) * DAY
    ts = sorted(w.at_local_hour(t0 + w.r.randrange(0, span), p.act_tz, p.hours[0], p.hours[1], p.weekdays) for _ in range(k))
    return [min(t, T1 - DAY) for t in ts]


def common_traits(w, p, k):
    tr = []
    if k >= 10:
        tr.append("many_applications")
    if len(p.versions) > 1:
        tr.append("resume_versions")
    return tr


def maybe_life_events(w, p, ts):
    """Moves, name changes, second e-mail, resume versions, VPN habits, trips, Google Voice."""
    r = w.r
    if w.chance(0.35):
        p.versions = [p.career] + [M.vary_career(r, p.career) for _ in range(r.randrange(1, 3))]
    if w.chance(0.15):
        p.email2 = w.email(p.first, p.last)
    if p.cc == "US" and len(ts) >= 2 and w.chance(0.07):
        c2 = w.us_city() if w.chance(0.6) else p.city
        p.addr2 = w.us_address(c2)
        p.move_t = r.randrange(ts[0], ts[-1] + 1)
        if c2 != p.city:
            p.nets.append((w.home_net(c2), p.laptop, 5))
        p.traits.append("moved")
    if len(ts) >= 2 and w.chance(0.025):
        p.last2 = r.choice(D.LAST[w.wpick(D.US_ORIGIN_MIX)])
        p.name_change_t = r.randrange(ts[0], ts[-1] + 1)
        p.traits.append("name_changed")
    if w.chance(0.07):
        prov = r.choice(["nordvpn", "expressvpn", "surfshark", "private_relay", "protonvpn", "warp"])
        p.nets.append(("vpn:" + prov, p.laptop, 3))
        p.traits.append("vpn_user")
    if p.cc == "US" and w.chance(0.04):
        p.phone_lt = w.r.choice(["voip", "nonFixedVoip", "VOIP"])
        p.traits.append("google_voice")
    if p.cc == "US" and p.origin in D.ORIGIN_HOME and w.chance(0.12):
        cc = D.ORIGIN_HOME[p.origin]
        c = r.choice(D.FOREIGN[cc])
        a = r.randrange(T0, T1 - 30 * DAY)
        net = w.foreign_mobile_net(cc, c) if w.chance(0.5) else w.foreign_home_net(cc, c)
        if cc == "CN" and w.chance(0.6):
            net = "vpn:astrill"
        p.trips.append((a, a + r.randrange(7, 28) * DAY, net, p.laptop))
        p.traits.append("family_visit_abroad")
    if w.chance(0.03) and p.cc == "US":
        p.recovery_phone = w.us_phone(p.city)
        p.recovery_lt = "mobile"
    if w.chance(0.15) and p.recovery_email is None:
        p.recovery_email = w.email(p.first, p.last)


def hire_prob(k):
    return min(0.65, 0.2 + 0.04 * k)


def employee_traits(w, p, e):
    """Work-machine traits of honest hires."""
    host = {}
    tr = []
    r = w.r
    if p.role == "it" or (p.role == "devops" and w.chance(0.3)):
        host["procs"] = r.sample(D.REMOTE_TOOLS_HONEST, r.randrange(1, 4))
        host["ports"] = r.sample(["3389/tcp", "22/tcp", "5900/tcp"], r.randrange(1, 3))
        host["sessions"] = [(r.choice(e.office_net.pool), r.uniform(0.5, 80)) for _ in range(r.randrange(1, 3))]
        tr.append("it_admin_tools")
        if w.chance(0.12):
            host["usb"] = [r.choice(D.USB_HOMELAB[:1] + D.USB_KVM[4:5])]
            tr.append("server_room_kvm")
    elif w.chance(0.04):
        host["procs"] = [r.choice(["TeamViewer", "AnyDesk", "Chrome Remote Desktop Host", "remoting_host.exe"])]
        tr.append("remote_tool_family_support")
    if p.role in ("swe", "devops", "data") and w.chance(0.03):
        host["usb"] = host.get("usb", []) + [r.choice(D.USB_HOMELAB)]
        host["sessions"] = host.get("sessions", []) + [(r.choice(p.home.pool), r.uniform(1, 200))]
        host["ports"] = host.get("ports", []) + ["22/tcp"]
        tr.append("homelab")
    if p.keyboard != "en-US" and p.cc == "US":
        tr.append("heritage_keyboard")
    return host, tr


def honest_hire(w, p, e, start, tokens, **kw):
    host, tr = employee_traits(w, p, e)
    if e.ship in ("office", "depot") or e.remote == "onsite":
        tr.append("ships_to_office")
    elif e.ship == "pickup":
        tr.append("carrier_pickup")
    if e.egress == "zscaler" and e.shares:
        tr.append("corporate_vpn_egress")
    if p.bank_change_t:
        tr.append("payroll_changed")
    return H.hire(w, p, e, start, list(tokens) + ["new_hire"] + tr, host=host or None, **kw)


def job_search(w, p, emps, tokens, k=None, prefer_remote=False, intl=False, per_app=None, hire_ok=True, fronts=None):
    k = k or n_apps(w, p.primary)
    ts = search_times(w, p, k)
    maybe_life_events(w, p, ts)
    es = pick_employers(w, p, k, emps, prefer_remote, intl)
    ts = ts[:len(es)]
    hired_i = None
    if hire_ok and es and w.chance(hire_prob(len(es))):
        hired_i = len(es) - 1 - (w.r.randrange(min(3, len(es))))
    lured = fronts and p.role in ("swe", "web3", "mobile") and w.chance(0.07)
    toks = list(tokens) + common_traits(w, p, len(es)) + p.traits
    for i, (e, t) in enumerate(zip(es, ts)):
        kw = per_app(i, e, t) if per_app else {}
        st = "hired" if i == hired_i else None
        if st:
            kw["stage"] = "hired"
        H.apply(w, p, e, t, toks, **kw)
    if lured:
        fe = w.r.choice(fronts)
        t = w.r.randrange(fe.t0, min(T1 - DAY, fe.t0 + 150 * DAY))
        H.apply(w, p, fe, t, toks + ["lured_candidate"], stage="interview", source=w.r.choice(["linkedin", "sourced"]))
    if hired_i is not None:
        e, t = es[hired_i], ts[hired_i]
        start = t + w.r.randrange(20, 60) * DAY
        if start < T1 - 5 * DAY:
            if w.chance(0.04):
                p.bank2 = "acct:" + w.hx(14)
                p.bank_change_t = start + w.r.randrange(20, 90) * DAY
            honest_hire(w, p, e, start, list(tokens) + p.traits)
    return es


# ============================================================================ honest kinds
def life_job_seeker(w, ctx, p=None, tokens=None):
    emps = ctx["emps"]
    unit = []
    if p is None:
        p = H.new_person(w, "job_seeker")
        unit.append(p)
        x = w.r.random()
        if x < 0.08:
            q = H.new_person(w, "job_seeker", city=p.city, origin=p.origin if w.chance(0.7) else None)
            H.set_household(w, [p, q], "couple")
            unit.append(q)
        elif x < 0.11:
            qs = [H.new_person(w, "job_seeker", city=p.city) for _ in range(w.r.randrange(1, 3))]
            H.set_household(w, [p] + qs, "roommates")
            unit += qs
        elif x < 0.13:
            q = H.new_person(w, "job_seeker", city=p.city, origin=p.origin, age=w.r.randrange(21, 26))
            H.set_household(w, [p, q], "family")
            unit.append(q)
    else:
        unit.append(p)
    for m in unit:
        sourcer = ctx["sourcers"]

        def per_app(i, e, t, m=m):
            if sourcer and w.chance(0.05):
                s_net, s_dev = w.r.choice(sourcer)
                return {"source": "sourced", "signup": (s_net, s_dev), "only_signup": w.chance(0.5)}
            return {"source": w.wpick([("career_site", 40), ("linkedin", 30), ("indeed", 18), ("wellfound", 5), ("glassdoor", 7)])}
        job_search(w, m, emps, tokens or [m.primary], prefer_remote=w.chance(0.4), per_app=per_app, fronts=ctx["fronts"])
    return unit


def life_new_grad(w, ctx):
    u = w.r.choice(ctx["unis"])
    p = H.new_person(w, "new_grad", city=u.city if w.chance(0.6) else None, age=w.r.randrange(21, 25), years=0)
    p.career.school = u.name
    p.career.grad = 2025
    if w.chance(0.7):
        p.email = f"{fold(p.first).lower()}{fold(p.last).lower().replace(' ', '')[:6]}{w.r.randrange(1, 99) if w.chance(0.4) else ''}@{u.domain}"
    p.nets = [(u.net, p.laptop, 6), (p.home, p.laptop, 2), (p.mob, p.phone_dev, 3)]
    p.resume_style = "classic"
    p.face = p.face if w.chance(0.6) else None
    toks = ["new_grad", "campus_network"]
    if w.chance(0.1):
        p.recovery_email = u.coop_mail
        toks.append("career_office_recovery")

    def per_app(i, e, t):
        if i == 0 and w.chance(0.25):
            return {"source": "university", "signup": (u.net, w.r.choice(u.kiosks)), "only_signup": w.chance(0.4),
                    "_tok": "career_fair_kiosk"}
        return {"source": w.wpick([("university", 35), ("career_site", 35), ("linkedin", 20), ("handshake", 10)])}

    def pa(i, e, t):
        kw = per_app(i, e, t)
        if kw.pop("_tok", None):
            if "career_fair_kiosk" not in toks:
                toks.append("career_fair_kiosk")
        return kw
    job_search(w, p, ctx["emps"], toks, per_app=pa, fronts=ctx["fronts"])
    return [p]


def life_bootcamp(w, ctx):
    b = w.r.choice(ctx["camps"])
    size = w.r.randrange(8, 21)
    coach = w.chance(0.3)
    unit = []
    for _ in range(size):
        p = H.new_person(w, "bootcamp_grad", city=b.city if w.chance(0.7) else None, role="swe", years=0,
                         age=w.r.randrange(23, 40))
        p.career.projects = list(b.projects)
        p.career.school = b.name
        p.career.degree = "Certificate, Full-Stack Software Engineering"
        p.career.summary = b.summary.format(name=b.name, prev=w.r.choice(["teaching", "hospitality", "finance", "nursing",
                                                                           "retail management", "the military", "music"]))
        p.career.jobs = p.career.jobs[:1]
        p.resume_style, p.resume_ext = "classic", "pdf"
        p.backdrop = b.backdrop
        if p.face is None and w.chance(0.6):
            p.face = M.FaceSpec(w.r)
        p.nets.append((b.net, p.laptop, 3))
        toks = ["bootcamp_grad", "cohort_resume_template", "studio_backdrop_photo"]
        if w.chance(0.15):
            p.nets.append((b.net, w.r.choice(b.loaners), 3))
            toks.append("loaner_laptop")
        if coach:
            p.recovery_email = b.coach
            toks.append("coach_recovery_email")
        p.profiles = [x for x in p.profiles if "linkedin" in x] + [f"https://{fold(p.first).lower()}-{fold(p.last).lower().replace(' ', '')}.{b.domain}"]
        job_search(w, p, ctx["emps"], toks, prefer_remote=True, fronts=ctx["fronts"])
        unit.append(p)
    return unit


def life_agency(w, ctx):
    a = w.r.choice(ctx["agencies_dom"])
    p = H.new_person(w, "agency_candidate", role=w.wpick([("swe", 30), ("it", 20), ("data", 15), ("devops", 15), ("ops", 10), ("pm", 10)]))
    toks = ["agency_candidate", "agency_submitted"]
    if a.mask:
        toks.append("agency_masked_contact")

    def per_app(i, e, t):
        if w.chance(0.6):
            kw = {"source": "agency", "agency": a.name, "signup": (a.office_net, w.r.choice(a.devs)), "only_signup": True}
            if a.mask:
                kw["email"] = a.mailbox if w.chance(0.6) else f"candidates@{a.domain}"
                kw["phone"] = w.render_phone(w.r.choice(a.desk_phones))
                kw["phone_lt"] = w.r.choice(["landline", "fixedVoip", "voip"])
                kw["address"] = ""
                hdr = [f"{a.name} - Candidate Submission", f"Recruiter contact: {w.render_phone(a.phone, 'natl')} | {a.mailbox}", ""]
                kw["resume_text"] = M.resume_text(w.r, f"{p.first} {p.last[0]}.", "", p.career, "agency", header=hdr)
            return kw
        return {"source": "career_site"}
    job_search(w, p, ctx["emps"], toks, per_app=per_app, fronts=ctx["fronts"])
    return [p]


def life_bench(w, ctx):
    """Offshore C2C vendors: H-1B consultants sharing an apartment, marketed by a bench-sales desk abroad."""
    a = w.r.choice(ctx["agencies_off"])
    ad, net = w.r.choice(a.housing)
    unit = []
    for _ in range(w.r.randrange(2, 5)):
        p = H.new_person(w, "bench_consultant", city=a.city, origin="indian" if w.chance(0.85) else "chinese",
                         role=w.wpick([("swe", 40), ("data", 25), ("devops", 20), ("it", 15)]), age=w.r.randrange(25, 40))
        p.addr, p.home = ad, net
        p.nets = [(net, p.laptop, 3), (p.mob, p.phone_dev, 1)]
        p.work_auth = "H-1B"
        p.resume_style = "bench"
        blt = w.r.sample(a.template_bullets, 7)
        toks = ["bench_consultant", "c2c_vendor", "shared_apartment", "vendor_voip", "vendor_offshore_logins"]
        desk = w.r.choice(a.devs)
        # the bench-sales recruiter applies and signs in for the consultant from the vendor's office abroad, on US hours
        p.nets.append((a.office_net, desk, 8))
        if w.chance(0.3):
            p.nets.append(("vpn:" + w.r.choice(["nordvpn", "expressvpn", "surfshark"]), desk, 3))
            toks.append("vpn_user")
        p.act_tz, p.hours, p.weekdays = "America/New_York", (8, 19), True
        vphone = w.r.choice(a.voip)

        def per_app(i, e, t, p=p, blt=blt, vphone=vphone, desk=desk):
            contact = f"{w.render_phone(vphone, 'natl')} | {p.email}"
            txt = M.resume_text(w.r, f"{p.first} {p.last}", contact, p.career, "bench", extra=blt)
            return {"source": "agency", "agency": a.name, "phone": w.render_phone(vphone),
                    "phone_lt": w.r.choice(["voip", "fixedVoip", "VOIP", ""]), "resume_text": txt,
                    "signup": (a.office_net, desk)}
        es = job_search(w, p, ctx["emps"], toks, k=n_apps(w, "bench"), per_app=per_app, hire_ok=False)
        unit.append(p)
        if es and w.chance(0.3):
            e = w.r.choice(es)
            p.act_tz, p.hours = p.tz, (8, 18)
            start = min(T1 - 10 * DAY, w.r.randrange(T0 + 60 * DAY, T1 - 10 * DAY))
            honest_hire(w, p, e, start, ["bench_consultant", "c2c_vendor", "shared_apartment", "paid_to_vendor"],
                        worker="contractor", pay_dest=a.acct, pay_provider="Vendor invoice (C2C)")
    return unit


def life_international(w, ctx):
    cc = w.wpick(D.INTL_MIX)
    p = H.new_person(w, "international_candidate", cc=cc)
    toks = ["international_candidate", "home_country_phone"]
    if cc == "CN" and w.chance(0.7):
        p.nets.append(("vpn:astrill", p.laptop, 6))
        toks.append("vpn_astrill")
    elif w.chance(0.15):
        p.nets.append(("vpn:" + w.r.choice(["nordvpn", "protonvpn", "private_relay"]), p.laptop, 3))
        toks.append("vpn_user")
    if cc in ("IN", "PH", "VN", "PK", "CN", "KR") and w.chance(0.4):
        p.hours_work = (8, 18)
        p.act_tz = "America/New_York"
        toks.append("us_hours_abroad")
    es = job_search(w, p, ctx["emps"], toks, intl=True, hire_ok=False, fronts=ctx["fronts"])
    if es and w.chance(0.2):
        e = w.r.choice(es)
        start = w.r.randrange(T0 + 40 * DAY, T1 - 10 * DAY)
        honest_hire(w, p, e, start, ["international_candidate", "eor_contractor"] + toks[1:], worker="contractor",
                    remote_abroad=True, currency=w.r.choice(["USD", "USD", {"IN": "INR", "PH": "PHP", "UA": "USD", "PL": "PLN",
                                                                            "MX": "MXN", "BR": "BRL", "CA": "CAD", "GB": "GBP"}.get(cc, "USD")]),
                    pay_method="bank" if w.chance(0.8) else "wallet")
    return [p]


def life_referral(w, ctx):
    refs = [x for x in ctx["referrers"] if x[0] in ctx["alive"]]
    if not refs:
        return life_job_seeker(w, ctx)
    rsid, e, rp, rdev, rnet = w.r.choice(refs)
    fam = w.chance(0.25) and rp.cc == "US"
    p = H.new_person(w, "referral_candidate", city=rp.city if rp.cc == "US" and (fam or w.chance(0.4)) else None,
                     origin=rp.origin if fam else None)
    toks = ["referral_candidate"]
    if fam:
        p.last = rp.last
        p.email = w.email(p.first, p.last)
        if w.chance(0.5) and rp.cc == "US":
            p.addr, p.home = rp.addr, rp.home
            p.nets = [(p.home, p.laptop, 7), (p.mob, p.phone_dev, 3)]
            toks.append("referred_by_relative")
    t = w.r.randrange(T0 + 10 * DAY, T1 - 30 * DAY)
    stage = w.wpick([("hired", 25), ("interview", 25), ("rejected", 35), ("screen", 15)])
    H.apply(w, p, e, t, toks + ["submitted_by_referrer"], source="referral", referrer=rsid, stage=stage,
            signup=(rnet, rdev) if rdev else None, only_signup=stage in ("rejected",))
    if stage == "hired" and t + 30 * DAY < T1:
        honest_hire(w, p, e, t + w.r.randrange(20, 45) * DAY, ["referral_candidate"])
    if w.chance(0.5):
        job_search(w, p, ctx["emps"], toks, k=w.r.randrange(1, 6), hire_ok=stage != "hired", fronts=ctx["fronts"])
    return [p]


def life_direct_employee(w, ctx):
    """Hired outside the candidate portal (acquisition, rehire, transfer from a sister company): employee rows only."""
    e = w.r.choice(ctx["emps"])
    p = H.new_person(w, "direct_hire")
    toks = ["direct_hire"]
    start = w.r.randrange(T0, T1 - 10 * DAY)
    kind = w.wpick([("plain", 70), ("rehire", 12), ("overemployed", 6), ("coworking", 8), ("relocating", 4)])
    if kind == "coworking" and p.city[0] in w.cowork:
        p.cowork = w.cowork[p.city[0]]
        p.cowork_gw = w._cowork_gw.setdefault(p.city[0], w.mac_addr())
        toks.append("coworking")
    if kind == "rehire":
        old = w.r.randrange(T0 - 700 * DAY, T0 - 200 * DAY)
        H.hire(w, p, e, old, ["direct_hire", "rehire", "former_employee"], until=old + 300 * DAY, status="terminated")
        honest_hire(w, p, e, start, ["direct_hire", "rehire"])
        return [p]
    if kind == "overemployed":
        e2 = w.r.choice([x for x in ctx["emps"] if x.remote == "remote"] or ctx["emps"])
        honest_hire(w, p, e, start, ["direct_hire", "overemployed", "two_jobs"])
        if e2 is not e:
            honest_hire(w, p, e2, min(T1 - 5 * DAY, start + w.r.randrange(10, 120) * DAY), ["direct_hire", "overemployed", "two_jobs"])
        return [p]
    ship = None
    if kind == "relocating":
        tmp = w.us_address(w.us_city())
        ship = (w.render_addr(tmp) + (f" c/o {w.r.choice(D.FIRST['anglo'])} {p.last}" if w.chance(0.5) else ""), "temporary")
        toks.append("ships_to_relative")
    honest_hire(w, p, e, start, toks, ship_to=ship)
    return [p]


def life_eor_contractor(w, ctx):
    cc = w.wpick(D.INTL_MIX)
    p = H.new_person(w, "eor_contractor", cc=cc, role=w.wpick([("swe", 40), ("data", 15), ("design", 10), ("devops", 10), ("it", 10), ("sales", 15)]))
    e = w.r.choice([x for x in ctx["emps"] if x.intl] or ctx["emps"])
    toks = ["eor_contractor", "works_abroad"]
    if cc in ("IN", "PH", "VN", "PK", "CN", "KR") and w.chance(0.45):
        p.act_tz, p.hours_work = "America/New_York", (8, 17)
        toks.append("us_hours_abroad")
    if e.web3 and w.chance(0.5):
        honest_hire(w, p, e, w.r.randrange(T0, T1 - 10 * DAY), toks + ["crypto_payroll"], worker="contractor", remote_abroad=True,
                    pay_method="crypto", pay_dest="usdc-erc20:0x" + w.hx(40), pay_provider="Request Finance")
    else:
        honest_hire(w, p, e, w.r.randrange(T0, T1 - 10 * DAY), toks, worker="contractor", remote_abroad=True,
                    pay_method="bank" if w.chance(0.75) else "wallet",
                    pay_dest=None if w.chance(0.75) else f"payoneer:{p.email}")
    return [p]


def life_internal(w, ctx):
    cands = [x for x in ctx["workers"] if x[0] in ctx["alive"] and x[3] is not None]
    if not cands:
        return life_job_seeker(w, ctx)
    sid, e, p, dev, net = w.r.choice(cands)
    if getattr(p, "_internal", False):
        return life_job_seeker(w, ctx)
    p._internal = True
    t = w.r.randrange(T0 + 60 * DAY, T1 - 5 * DAY)
    we = f"{fold(p.first).lower()}.{fold(p.last).lower().replace(' ', '')}@{e.domain}"
    H.apply(w, p, e, t, [p.primary, "internal_transfer", "corporate_device"], source="internal", email=we,
            signup=(net, dev), stage=w.wpick([("interview", 40), ("rejected", 30), ("offer", 10), ("applied", 20)]),
            work_email=we)
    return []


def life_privacy(w, ctx):
    p = H.new_person(w, "privacy_user")
    p.email = f"{w.hx(8)}@{w.r.choice(['proton.me', 'simplelogin.com', 'aleeas.com', 'duck.com', 'tuta.io'])}"
    prov = w.r.choice(["mullvad", "protonvpn", "private_relay", "astrill", "nordvpn", "expressvpn"])
    p.laptop = w.portal_dev(w.r.choice(["linux_firefox", "win_firefox", "mac_safari"]))
    p.nets = [("vpn:" + prov, p.laptop, 9), (p.home, p.laptop, 1), ("vpn:" + prov, p.phone_dev, 2)]
    p.face, p.default_avatar = None, False
    toks = ["privacy_user", "vpn_" + prov, "alias_email"]
    if w.chance(0.55):
        p.phone_lt = w.r.choice(["voip", "nonFixedVoip"])
        toks.append("google_voice")
    p.profiles = p.profiles[:1] if w.chance(0.5) else []

    def per_app(i, e, t):
        if w.chance(0.5):
            return {"email": f"{e.slug[:8]}.{w.hx(5)}@{w.r.choice(['simplelogin.com', 'aleeas.com', 'duck.com'])}"}
        return {}
    job_search(w, p, ctx["emps"], toks, per_app=per_app, fronts=ctx["fronts"])
    return [p]


def life_nomad(w, ctx):
    p = H.new_person(w, "digital_nomad", age=w.r.randrange(24, 45))
    st, ty, city, state, z = w.r.choice(MAIL_FORWARDERS)
    p.addr = {"num": {"Rainbow": 103, "Bayside": 3700, "Mount Rushmore": 1800}[st], "st": st, "ty": (ty, ty),
              "unit": ((("PMB", "PMB", "#")), str(w.r.randrange(1000, 99999))), "city": city, "state": state, "zip": z, "cc": "US"}
    trips = []
    for _ in range(w.r.randrange(2, 5)):
        cc = w.r.choice(["MX", "PT", "TH", "ID", "CO", "ES", "AR", "BR", "JP", "GB"])
        c = w.r.choice(D.FOREIGN[cc])
        trips.append(w.foreign_mobile_net(cc, c))
    p.nets = [(n, p.laptop, 3) for n in trips] + [("hotel", p.laptop, 2), ("vpn:" + w.r.choice(["nordvpn", "expressvpn", "surfshark"]), p.laptop, 4),
                                               (p.mob, p.phone_dev, 1)]
    toks = ["digital_nomad", "mail_forwarding_address", "vpn_user", "logins_abroad"]
    es = job_search(w, p, ctx["emps"], toks, prefer_remote=True, hire_ok=False, fronts=ctx["fronts"])
    if es and w.chance(0.3):
        e = w.r.choice(es)
        if e.remote == "remote":
            sso = {"nets": [(n, 2) for n in trips] + [("vpn:nordvpn", 2)], "gw": [w.mac_addr() for _ in trips],
                   "ssid": [f"Selina-{w.hx(3)}", "Outsite Guest", "Airbnb-Guest"] * 2}
            honest_hire(w, p, e, w.r.randrange(T0 + 30 * DAY, T1 - 10 * DAY), toks + ["ships_to_mail_forwarder"], sso_nets=sso)
    return [p]


def life_victim(w, ctx):
    """An honest US person whose identity a persona will use (created on the fraud side's request)."""
    p = H.new_person(w, "job_seeker", origin=w.wpick(D.US_ORIGIN_MIX))
    if w.chance(0.55):
        e = w.r.choice(ctx["emps"])
        honest_hire(w, p, e, w.r.randrange(T0, T1 - 10 * DAY), ["identity_theft_victim", "direct_hire"])
        if w.chance(0.4):
            job_search(w, p, ctx["emps"], ["identity_theft_victim", "job_seeker"], k=w.r.randrange(1, 4), hire_ok=False)
    else:
        job_search(w, p, ctx["emps"], ["identity_theft_victim", "job_seeker"], k=w.r.randrange(1, 6))
    return p


# ============================================================================ staff
def build_staff(w, emps, agencies_dom, agencies_off):
    r = w.r
    sourcers = []
    workers = []
    # RPO offices abroad (sourcers work US hours for several clients; shared shift workstations)
    rpos = []
    for cc, cityname in (("IN", "Bengaluru"), ("PH", "Manila"), ("IN", "Hyderabad")):
        fc = [c for c in D.FOREIGN[cc] if c[0] == cityname][0]
        net = w.foreign_home_net(cc, fc)
        net.kind = "business"
        rpos.append((cc, fc, net, [w.managed_dev(False) for _ in range(r.randrange(3, 7))]))
    for e in emps:
        lo, hi = STAFF[e.size]
        for j in range(r.randrange(lo, hi + 1)):
            role = "recruiter" if j == 0 else w.wpick([("hiring_manager", 55), ("recruiter", 25), ("coordinator", 20)])
            toks = [role]
            if e.egress == "zscaler":
                toks.append("corporate_vpn_egress")
            sid, p, dev = H.staff_account(w, e, role, toks)
            (e.staff if role != "hiring_manager" else e.hm).append(sid)
            if role in ("recruiter", "coordinator"):
                sourcers.append((e.office_net, dev))
            if e.shares and role == "hiring_manager" and w.chance(0.4):
                host = {}
                if w.chance(0.15):
                    host["procs"] = [r.choice(D.REMOTE_TOOLS_HONEST)]
                prof = {"gw": [e.office_gw, p.router], "ssid": [e.office_ssid, p.ssid]}
                H.host_telemetry(w, sid, p, e, dev, max(T0, T1 - 120 * DAY), T1, prof, host)
        if e.size == "enterprise" and w.chance(0.45):
            cc, fc, net, devs = r.choice(rpos)
            for _ in range(r.randrange(2, 6)):
                p = H.new_person(w, "rpo_sourcer", cc=cc, city=fc, role="ops")
                dev = r.choice(devs) if w.chance(0.6) else w.managed_dev(False)
                toks = ["rpo_sourcer", "us_hours_abroad"] + (["shared_workstation"] if dev in devs else [])
                sid, _, _ = H.staff_account(w, e, "sourcer", toks, p=p, nets=[(net, 9), (p.home, 1)], dev=dev, rpo=True)
                sourcers.append((net, dev))
    for a in agencies_dom:
        for _ in range(r.randrange(2, 6)):
            p = H.new_person(w, "agency_recruiter", city=a.city, role="sales")
            a.slug = fold(a.name).lower().replace(" ", "-")
            sid, _, _ = H.staff_account(w, a, "agency_recruiter", ["agency_recruiter", "agency_shared_office"], p=p,
                                        nets=[(a.office_net, 7), (p.home, 2)], dev=r.choice(a.devs))
    for a in agencies_off:
        a.slug = fold(a.name).lower().replace(" ", "-")
        for _ in range(r.randrange(3, 7)):
            p = H.new_person(w, "bench_sales_recruiter", cc=a.cc, city=a.fcity, role="sales")
            p.phone = r.choice(a.voip)
            p.phone_lt = r.choice(["voip", "fixedVoip"])
            sid, _, _ = H.staff_account(w, a, "bench_sales_recruiter", ["bench_sales_recruiter", "us_hours_abroad", "vendor_voip"],
                                        p=p, nets=[(a.office_net, 8), ("vpn:" + r.choice(["nordvpn", "expressvpn"]), 2)],
                                        dev=r.choice(a.devs), rpo=True)
    return sourcers, workers


# ============================================================================ main
HONEST_UNITS = [("job_seeker", 44), ("new_grad", 12), ("bootcamp", 0.36), ("agency", 7), ("bench", 0.6),
                ("international", 9), ("referral", 4), ("internal", 2.5), ("privacy", 2.5), ("nomad", 1.5),
                ("direct", 16), ("eor", 4)]
LIFE = {"job_seeker": life_job_seeker, "new_grad": life_new_grad, "bootcamp": life_bootcamp, "agency": life_agency,
        "bench": life_bench, "international": life_international, "referral": life_referral, "internal": life_internal,
        "privacy": life_privacy, "nomad": life_nomad, "direct": life_direct_employee, "eor": life_eor_contractor}


def _mark(w):
    return (len(w.subjects), len(w.truth), len(w.logins), len(w.endpoint), len(w.payments), len(w.shipments))


def _rollback(w, m):
    for row in w.subjects[m[0]:]:
        for col in ("photo", "resume"):
            v = row[col]
            if v.startswith(("photos/", "resumes/")) and "\n" not in v:
                try:
                    os.remove(os.path.join(w.bundle, v))
                except OSError:
                    pass
    del w.subjects[m[0]:]
    del w.truth[m[1]:]
    del w.logins[m[2]:]
    del w.endpoint[m[3]:]
    del w.payments[m[4]:]
    del w.shipments[m[5]:]


def _register(w, ctx, unit):
    for p in unit:
        work = getattr(p, "work", None)
        if work and not p.fraud:
            sid, e, dev, prof = work
            net = e.office_net if e.egress != "zscaler" else w.r.choice(w.zscaler)
            ctx["workers"].append((sid, e, p, dev, net))
            ctx["referrers"].append((sid, e, p, dev, net))


def generate(outdir, n, seed):
    w = World(n, seed, outdir)
    w.bundle = os.path.join(outdir, "bundle")
    if os.path.exists(w.bundle):
        shutil.rmtree(w.bundle)
    os.makedirs(os.path.join(w.bundle, "photos"))
    os.makedirs(os.path.join(w.bundle, "resumes"))
    w.init_shared_pools()
    w._cowork_gw = {}
    w.default_avatar_bytes = M.default_avatar()
    emps = H.build_employers(w, max(12, n // 40))
    ags = H.build_agencies(w, min(12, max(3, n // 1700)), min(6, max(2, n // 3500)))
    agencies_dom = [a for a in ags if not a.offshore]
    agencies_off = [a for a in ags if a.offshore]
    unis, camps = H.build_schools(w)
    sourcers, workers = build_staff(w, emps, agencies_dom, agencies_off)
    ctx = {"emps": emps, "unis": unis, "camps": camps, "agencies_dom": agencies_dom, "agencies_off": agencies_off,
           "sourcers": sourcers, "workers": [], "referrers": [], "fronts": [], "alive": set()}

    # ---------------------------------------------------------------- fraud
    n_teams = max(2, round(n / 5000))
    teams = [F.build_team(w, i + 1) for i in range(n_teams)]
    victims = []

    def victim():
        p = life_victim(w, ctx)
        victims.append(p)
        return p
    w.victim = victim
    n_fronts = max(1, round(n / 6500))
    for i in range(n_fronts):
        ctx["fronts"].append(F.build_front(w, teams[i % n_teams], i + 1))
    for t in teams:
        for _ in range(1 + (n >= 8000) + (1 if w.chance(0.4) else 0)):
            F.build_facilitator(w, t)
    proxies = []
    for _ in range(max(2, n_teams)):
        c = w.us_city()
        proxies.append((w.home_net(c), w.portal_dev("win_chrome")))
    ring_ctr = [0]
    n_rings = max(2, round(n / 1600))
    n_careful = max(2, round(n / 2500))
    careful_kinds = list(F.CAREFUL_KINDS)
    w.r.shuffle(careful_kinds)
    n_lone = max(2, round(n / 1100))
    n_bait = max(1, round(n / 5000))
    for i in range(n_rings):
        F.persona_rings(w, teams[i % n_teams], emps, 1, proxies, ring_ctr)
    for i in range(n_careful):
        F.careful_rings(w, teams[(i + 1) % n_teams], emps, careful_kinds[i % len(careful_kinds)], ring_ctr)
    for i in range(n_lone):
        F.lone_personas(w, teams[i % n_teams], emps, 1)
    for i in range(n_bait):
        F.bait_and_switch(w, teams[i % n_teams], emps, 1)
    # facilitators' own applications (they look for work too; their home line is the farm's)
    for t in teams:
        for f in t.facilitators:
            if w.chance(0.6):
                f.tokens = ["facilitator", "team_%d" % t.id, "farm_%d" % f.farm_id]
                for _ in range(w.r.randrange(1, 3)):
                    e = w.r.choice(emps)
                    H.apply(w, f, e, w.r.randrange(T0, T1 - 10 * DAY), f.tokens)

    # ---------------------------------------------------------------- honest fill up to n
    kinds = HONEST_UNITS
    while len(w.subjects) < n:
        m = _mark(w)
        kind = w.wpick(kinds)
        unit = LIFE[kind](w, ctx)
        if len(w.subjects) > n:
            _rollback(w, m)
            break
        for s in w.subjects[m[0]:]:
            ctx["alive"].add(s["id"])
        _register(w, ctx, unit)
    while len(w.subjects) < n:
        m = _mark(w)
        p = H.new_person(w, "job_seeker")
        job_search(w, p, emps, ["job_seeker"], k=1, hire_ok=False)
        if len(w.subjects) > n:
            _rollback(w, m)
    return write_all(w, outdir)
