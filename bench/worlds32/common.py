"""Shared life steps: opening a mailbox, applying, being hired (laptop, telemetry, sign-ins, payroll), freelancing."""
from . import data as D
from . import media as M
from .infra import DAY, T0, T1
from .lives import payroll, ship_laptop, sign_ins, telemetry
from .sources import ats_row, bx_package, bx_row, hris_row, platform_row


class Ctx:
    def __init__(self, w, bx, emps):
        self.w = w
        self.bx = bx
        self.emps = emps
        self.victims = []          # honest people whose identities personas will use
        self.people = []
        self.fronts = []
        self.lured = []
        self.coaches = []
        self.apply_services = []
        self.vas = []
        self.firms = []
        self.agencies = []


def pick_emp(ctx, exclude=()):
    w = ctx.w
    while True:
        e = w.r.choices(ctx.emps, [x.weight for x in ctx.emps])[0]
        if e not in exclude:
            return e


def give_resume(ctx, p, track=None, country=None):
    w = ctx.w
    if p.resume is None:
        p.resume = M.make_resume(w, track, country=country or p.country)
    if p.linkedin is None and w.r.random() < 0.7:
        p.linkedin = "https://www.linkedin.com/in/" + (p.first + "-" + p.last).lower().replace(" ", "-").replace("'", "") + ("-" + w.hexs(6) if w.r.random() < 0.6 else "")
    if p.github is None and p.resume["track"] not in ("support", "ops", "nursing", "design") and w.r.random() < 0.55:
        p.github = "https://github.com/" + w.email_local(p.first, p.last).replace(".", "").replace("_", "-")[:20]
    return p.resume


def resume_text(ctx, p, res=None, name=None, email=None, phone=None, coach=None):
    w = ctx.w
    res = res or p.resume
    nm = name or f"{p.first} {p.last}"
    ph = w.fmt_phone(p.phone, p.country) if phone is None else phone
    city = f"{p.home.city}, {p.home.state or p.home.country}"
    return M.render(res, nm, email or p.email, ph, city, coach)


def clock_for_us_work(p, emp=None):
    tz = (emp.office.tz if emp is not None else None) or "America/New_York"
    return (tz, "day")


def start_date(w, recent=0.7):
    if w.r.random() < recent:
        return w.t_between(w.epoch(2024, 6, 1), w.epoch(2025, 10, 20))
    return w.t_between(w.epoch(2020, 1, 1), w.epoch(2024, 6, 1))


def hire(ctx, p, emp, start, ship_addr, ship_kind, *, address=None, os_=None, idp_nets=None, clock=None, tz_fn=None,
         net_fn=None, kb="en-US", extra_fn=None, pay_dest=None, end=None, kind=None, salary=None, ssn=None, dob=None,
         name=None, email=None, phone=None, face_spec=None, addressee=None, n_logins=None, devices=None, laptop_hook=None,
         pay_method="bank", pay_currency="USD", pay_provider=None, worker=None):
    """A hire at a partner: HRIS row, laptop shipment, osquery telemetry, IdP sign-ins from the laptop, payroll."""
    w = ctx.w
    r = w.r
    end = end or (T1 if r.random() < 0.85 else min(T1, start + r.randint(60, 400) * DAY))
    sid = hris_row(w, p, emp, start, p, address=address, kind=kind, ssn=ssn, dob=dob, name=name, email=email, phone=phone,
                   face_spec=face_spec, worker=worker)
    os_ = os_ or (emp.os if emp.os != "mixed" else r.choice(["mac", "win"]))
    dev = w.device("laptop", os_)
    scheme = emp.idp + ":" + emp.code
    dev_id = w.dev_id(dev, scheme)
    if ship_addr:
        ship_laptop(w, sid, emp, start - r.randint(3, 12) * DAY, ship_addr, ship_kind, addressee or f"{p.first} {p.last}", os_)
    if laptop_hook:
        laptop_hook(sid, dev_id, start, end)
    tel_start = max(start, T0 - 40 * DAY)
    if tel_start < end:
        telemetry(w, sid, dev_id, os_, tel_start, end,
                  net_fn or (lambda t: (p.router_mac, p.ssid)),
                  tz_fn or (lambda t: p.stay_at(t).place.tz), kb, extra_fn, model=dev.model)
    lo = max(start, T0)
    if lo < end:
        days = (end - lo) / DAY
        n = n_logins if n_logins is not None else max(4, min(60, int(days / 6 * r.uniform(0.6, 1.4))))
        nets = idp_nets
        if nets is None and emp.egress is not None and r.random() < 0.7:
            eg = w.corp_egress(emp.egress, p.home.metro or D.US_CITIES[0])
            nets = [(n_, wt) for n_, wt in p.stays[-1].nets] + [(eg, 8)]
        devs = devices or [(dev, 9), (p.mobile, 1)]
        sign_ins(w, p, sid, emp.idp + ":" + emp.code, scheme, n, lo, end, devices=devs, nets=nets, clock=clock,
                 events=(["user.session.start", "user.authentication.sso", "user.authentication.auth_via_mfa"] if emp.idp == "okta"
                         else ["interactiveUser", "nonInteractiveUser", "interactiveUser"]), fail=0.03, challenge=0.06)
    salary = salary or r.randint(70, 190) * 1000
    payroll(w, sid, emp, start, end, salary, pay_dest or (lambda t: p.bank), method=pay_method, currency=pay_currency,
            provider=pay_provider)
    return sid, dev, dev_id


def apply(ctx, p, k, *, address_fn=None, signup_net=None, emps=None, coach=None, author="", stage=None, t_range=None,
          login_devices=None, login_nets=None, clock=None):
    w = ctx.w
    r = w.r
    give_resume(ctx, p)
    done = []
    t0, t1 = t_range or (T0 - 30 * DAY, T1 - 2 * DAY)
    res = p.resume
    for i in range(k):
        emp = (emps[i] if emps and i < len(emps) else pick_emp(ctx, done))
        done.append(emp)
        if i > 0 and r.random() < 0.25:
            res = M.mutate_resume(w, res)
            p.add("resume_versions")
        t = w.t_between(t0, t1)
        net = (signup_net or w.wpick(p.stay_at(t).nets)).pick(r)
        txt = resume_text(ctx, p, res, coach=coach)
        ats_row(w, p, emp, t, p, address=address_fn() if address_fn else None, resume_text=txt, author=author,
                stage=stage, signup=net, login_devices=login_devices, login_nets=login_nets, clock=clock)
    if k >= 3:
        p.add("many_applications")
    return done


def payout_dest(w, p, method):
    if method == "payoneer":
        return ("wallet", "payoneer:" + str(w.r.randint(10 ** 7, 10 ** 8 - 1)))
    if method == "wise":
        return ("wallet", "wise:" + p.email.lower()) if w.r.random() < 0.5 else ("bank", "iban:" + w.h("iban", p.pid, k=20))
    if method == "paypal":
        return ("wallet", "paypal:" + p.email.lower())
    if method == "crypto":
        return ("crypto", "T" + w.alnum(33, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")) if w.r.random() < 0.6 else \
            ("crypto", "0x" + w.hexs(40))
    return ("bank", p.bank)


def freelance(ctx, p, plat, t, *, method=None, dest=None, n_logins=None, nets=None, devices=None, clock=None, payouts=None,
              address=None, default_avatar=False, rate=None, agency="", recovery_email=None, face_spec=None, overview=None,
              name=None, email=None, phone=None, status="active", client=None, signup=None, id_verified=None, payout_t0=None):
    """A freelance platform account: the row, its sign-ins, its payouts."""
    w = ctx.w
    r = w.r
    give_resume(ctx, p)
    if method is None:
        method = "bank" if p.country == "US" and r.random() < 0.5 else w.wpick([("payoneer", 40), ("wise", 25), ("paypal", 30), ("crypto", 5)])
    if dest is None:
        dest = payout_dest(w, p, method)
    ov = overview if overview is not None else M.overview(p.resume)
    sgn = signup or w.wpick(p.stay_at(max(t, T0)).nets).pick(r)
    sid = platform_row(w, p, plat, t, p, name=name, email=email, phone=phone, address=address, default_avatar=default_avatar,
                       overview=ov if plat != "devlane" else None,
                       resume_file=resume_text(ctx, p) if plat == "devlane" else None,
                       rate=rate or (r.randint(15, 140) if p.country == "US" else r.randint(8, 70)),
                       jobs=r.randint(0, 180), rating=round(r.uniform(4.1, 5.0), 1) if r.random() < 0.8 else "",
                       payout_method=method, agency=agency, recovery_email=recovery_email, face_spec=face_spec, signup=sgn,
                       status=status, id_verified=id_verified)
    lo = max(t, T0)
    n = n_logins if n_logins is not None else r.randint(4, 30)
    sign_ins(w, p, sid, plat, plat, n, lo, T1, devices=devices, nets=nets, clock=clock,
             events=["session.start", "session.start", "mobile.session", "2fa.verify"], fail=0.04)
    k = payouts if payouts is not None else r.choices([0, 2, 5, 10, 20], [15, 25, 30, 20, 10])[0]
    pt0 = payout_t0 or lo
    for i in range(k):
        tt = w.t_between(pt0, T1)
        d = dest(tt) if callable(dest) else dest
        m, dd = d
        amt = round(r.uniform(40, 2500) if p.country == "US" else r.uniform(20, 1400), 2)
        w.add_payment(sid, tt, amt, "USD", m, dd, "payout", D.PLATFORMS[plat]["name"],
                      {"boxpoint_memo": ("client:" + client) if client else "earnings withdrawal"})
    return sid


def open_mailbox(ctx, p, types, plan, opened=None, shared_suite=None, loc=None):
    w = ctx.w
    loc = loc or ctx.bx.pick_loc(types, p.home.state if (p.home.country == "US" and w.r.random() < 0.6) else None)
    opened = opened or w.t_between(w.epoch(2015, 1, 1), T1 - 20 * DAY)
    mb = ctx.bx.open(loc, plan, p, opened, shared_suite)
    p.mailbox = mb
    return mb


def bx_signup_net(ctx, p, mb, t):
    """The sign-up came from the person's own network, or from the store's counter PC for in-store sign-ups."""
    w = ctx.w
    if mb.loc[5] in ("mailbox", "virtual_office") and w.r.random() < 0.22:
        net, dev = ctx.bx.kiosk_for(mb.loc)
        p.add("in_store_signup")
        return net.pick(w.r), dev
    return w.wpick(p.stay_at(max(t, T0 - DAY)).nets).pick(w.r), None


def customer(ctx, p, mb, record="mailbox_holder", t=None, **kw):
    """A Boxpoint account row on mailbox mb, with an in-store or online sign-up and kiosk pick-ups."""
    w = ctx.w
    t = t or mb.opened
    info, kdev = bx_signup_net(ctx, p, mb, t)
    if "photo_spec" not in kw:
        kw["photo_spec"] = {"face": p.photo_face, "bg": "notary" if kdev is not None else "plain", "size": 180, "q": 82,
                            "edit": getattr(p, "photo_edit", None)}
    if "profiles" not in kw and getattr(p, "portfolio", None):
        kw.setdefault("extra", {})
        kw["extra"] = dict(kw["extra"], profiles=p.portfolio)
    kw.pop("profiles", None)
    sid = bx_row(w, ctx.bx, p, mb, record, t, p, signup=info, **kw)
    if kdev is not None and t >= T0:
        knet, _ = ctx.bx.kiosk_for(mb.loc)
        w.add_login(sid, t, knet.pick(w.r), w.dev_id(kdev, "bx"), w.ua_string(kdev), "boxpoint", event_type="portal.login")
    if mb.loc[5] in ("mailbox", "virtual_office") and w.r.random() < 0.1:
        knet, kd = ctx.bx.kiosk_for(mb.loc)
        for _ in range(w.r.randint(1, 2)):
            w.add_login(sid, w.t_between(T0, T1), knet.pick(w.r), w.dev_id(kd, "bx"), w.ua_string(kd), "boxpoint",
                        event_type="package.pickup")
        p.add("store_kiosk_pickup")
    return sid


ELECTRONICS_SENDERS = ["Apple Store", "Best Buy", "B&H Photo", "Amazon.com", "Newegg", "Dell Technologies", "Lenovo US", "Micro Center",
                       "eBay seller", "Walmart.com", "Costco.com", "Swappa seller", "Back Market"]
ELECTRONICS = ["laptop computer", "laptop computer", "mobile phone", "tablet", "graphics card", "headphones", "smart watch",
               "game console", "camera", "laptop computer"]


def random_packages(ctx, p, sid, mb, k, forward_addr=None, forward_country="", senders=None, contents=None, addressees=None):
    w = ctx.w
    for _ in range(k):
        t = w.t_between(max(T0, mb.opened), T1 - 3 * DAY)
        ad = w.pick(addressees) if addressees else f"{p.first} {p.last}"
        on = ad == f"{p.first} {p.last}" or (addressees and ad in getattr(mb, "listed", []))
        bx_package(w, sid, t, w.pick(senders or ELECTRONICS_SENDERS), ad, on, ctx.bx.address(mb), contents=w.pick(contents or ELECTRONICS),
                   forward_addr=forward_addr() if callable(forward_addr) else forward_addr, forward_country=forward_country)


def it_admin_extra(w, sid, dev_id, os_, p):
    """Honest IT admins: remote tools, RDP, SSH sessions to internal hosts, KVM switches, a homelab PiKVM."""
    tools = w.r.sample(D.REMOTE_TOOLS, w.r.randint(1, 2))
    kvm = w.pick(D.USB_KVM_HONEST) if w.r.random() < 0.35 else None
    pikvm = w.r.random() < 0.25
    if pikvm:
        p.add("homelab_pikvm")
    if kvm:
        p.add("kvm_switch")

    def fn(t, i):
        for tname, proc, port in tools:
            w.add_endpoint(sid, t, dev_id, "process", proc if os_ == "win" else D.REMOTE_TOOLS_MAC.get(tname, proc))
            if port and w.r.random() < 0.6:
                w.add_endpoint(sid, t, dev_id, "listening_port", port)
        if os_ == "win" and w.r.random() < 0.5:
            w.add_endpoint(sid, t, dev_id, "listening_port", "3389/tcp")
        if w.r.random() < 0.6:
            host = "10.%d.%d.%d" % (w.r.randint(0, 40), w.r.randint(0, 255), w.r.randint(1, 254))
            w.add_endpoint(sid, t, dev_id, "remote_session", host, started_at=t - w.r.randint(600, 20000))
        if kvm and w.r.random() < 0.6:
            w.add_endpoint(sid, t, dev_id, "usb", kvm[0], kvm[1], kvm[2])
        if pikvm and w.r.random() < 0.4:
            u = D.USB_IPKVM[0]
            w.add_endpoint(sid, t, dev_id, "usb", u[0], u[1], u[2])
    return fn
