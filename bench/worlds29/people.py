"""Every honest structure of Relaydesk's customer base."""
import datetime as dt

from . import data as D
from .infra import START, END, iso, h

PRICE = {"free": 0, "solo": 24.90, "solo_annual": 239.0, "team": 49.90, "msp": 99.0, "enterprise": 79.0}
CUR = {"DE": "EUR", "NL": "EUR", "FR": "EUR", "ES": "EUR", "GB": "GBP", "IN": "INR", "PL": "PLN", "AU": "AUD", "CA": "CAD",
       "BR": "BRL", "JP": "JPY"}
FX = {"USD": 1, "EUR": 0.92, "GBP": 0.79, "INR": 83.0, "PLN": 4.0, "AUD": 1.5, "CAD": 1.36, "BRL": 5.4, "JPY": 150.0}


class P:
    """One person: identity, home, network, machines."""

    def __init__(self, W, cc, heritage=None, c=None, email_domain=None, mobile_isp=None):
        self.cc = cc
        self.first, self.last = W.person(cc, heritage)
        self.name = f"{self.first} {self.last}"
        self.address, self.c = W.address(cc, c)
        self.state = self.c[1] if cc == "US" else None
        self.zone = self.c[5]
        self.kb = D.KEYBOARD.get(cc, "en-US")
        if heritage and W.r() < 0.6:
            self.kb = D.KEYBOARD.get(heritage, self.kb)
        self.email = W.email(self.first, self.last, email_domain, cc)
        self.phone = W.phone(cc, state=self.state)
        self.line = "mobile" if W.r() < 0.85 else W.rng.choice(["landline", "fixedVoip", "voip", "nonFixedVoip"])
        self.net = W.home_net(cc, self.c, mobile=bool(mobile_isp))
        self.mob = W.home_net(cc, self.c, mobile=True)
        self.gw = W.gw_mac()
        self.ssid = W.ssid(cc)


def dev(W, p, kind="laptop", procs=None, n_procs=4, kb=None, zone=None):
    m = W.machine(kind, zone or p.zone, kb or p.kb)
    m.gw, m.ssid = p.gw, p.ssid
    base = ["relaydesk_agent"] if m.os != "Windows" else ["relaydesk_agent.exe"]
    pool = procs or D.PROC_HOME
    m.procs = base + W.rng.sample(pool, min(n_procs, len(pool)))
    if W.r() < 0.5:
        m.usb = W.rng.sample(D.USB_COMMON, W.rng.randint(1, 2))
    if W.r() < 0.6:
        m.display = W.rng.choice(D.DISPLAYS)
    return m


def subject(W, p, tokens, fraud=False, plan="solo", created=None, role="owner", team="", employer="", idv=None, rec_email=None,
            rec_phone=None, signup_ip=None, address=True, **extra):
    rng = W.rng
    created = created or (dt.datetime(2018, 1, 1) + dt.timedelta(seconds=rng.randint(0, int((START - dt.datetime(2018, 1, 1)).total_seconds()))))
    if idv is None:
        idv = plan in ("msp", "enterprise") and role in ("owner", "admin") or rng.random() < 0.12
    if rec_email is None:
        rec_email = W.email(p.first, p.last, None, p.cc) if rng.random() < 0.55 else ""
    rp, rl = "", ""
    if rec_phone is None:
        if rng.random() < 0.5:
            rp, rl = p.phone, p.line
    elif rec_phone:
        rp, rl = rec_phone
    f = dict(full_name=p.name, email=p.email, phone=W.fmt_phone(p.phone, p.cc), phone_line_type=p.line if rng.random() < 0.9 else "",
             address=p.address if address else "", country=p.cc, employer=employer, created_at=iso(created), recovery_email=rec_email,
             recovery_phone=rp, recovery_phone_line_type=rl, signup_ip=signup_ip if signup_ip is not None else rng.choice(p.net.ips),
             relaydesk_plan=plan, relaydesk_role=role, relaydesk_team=team, relaydesk_idv="verified" if idv else "")
    if idv:
        f["birth_date"] = W.birth()
        f["national_id"] = W.national_id(p.cc)
    f.update(extra)
    return W.add_subject(fraud, tokens, **f)


def logins(W, sid, n, nets, machines, zone, hours=(8, 19), mobile=0.1, weekdays=True, day_range=None):
    """n sign-ins; nets: [(net, weight)]. Returns [(t, ip)]."""
    rng = W.rng
    out = []
    tot = sum(w for _, w in nets)
    for _ in range(n):
        x = rng.random() * tot
        for net, w in nets:
            x -= w
            if x <= 0:
                break
        day = None
        if day_range:
            day = day_range[0] + dt.timedelta(days=rng.randint(0, max(0, (day_range[1] - day_range[0]).days)))
        t = W.t_local(zone, hours, day=day, weekdays=weekdays)
        if rng.random() < mobile:
            ip = W.login(sid, t, net if net.kind == "mobile" else net, None, mobile=True)
        else:
            m = rng.choice(machines) if machines else None
            ip = W.login(sid, t, net, m)
        out.append((t, ip))
    return out


def sessions_into(W, m, from_logins, k, hours_lo=0.2, hours_hi=2.0, long_share=0.0, long_hi=72):
    rng = W.rng
    if not from_logins:
        return
    for _ in range(k):
        t, ip = rng.choice(from_logins)
        dur = rng.uniform(hours_lo, hours_hi) if rng.random() >= long_share else rng.uniform(8, long_hi)
        W.session(m, ip, t + dt.timedelta(minutes=rng.randint(1, 20)), dur)


def charge(W, sid, plan, dest, instr, cc="US", seats=1, payer="", annual=None):
    rng = W.rng
    if plan == "free" or not dest:
        return
    cur = CUR.get(cc, "USD") if rng.random() < 0.8 else "USD"
    method = {"card": "bank", "ach": "bank", "invoice": "bank", "sepa": "bank", "paypal": "wallet", "apple_pay": "wallet",
              "google_pay": "wallet", "crypto": "crypto"}[instr]
    annual = rng.random() < 0.35 if annual is None else annual
    base = PRICE.get(plan, 24.9)
    day0 = rng.randint(0, 27)
    if annual:
        amt = base * 10 * seats * FX[cur]
        W.pay(sid, START + dt.timedelta(days=rng.randint(0, 160), hours=rng.randint(0, 23)), amt, method, dest, instr, plan + "_annual", cur, payer)
        return
    d = START + dt.timedelta(days=day0, hours=rng.randint(0, 23), minutes=rng.randint(0, 59))
    while d < END:
        W.pay(sid, d, base * seats * FX[cur], method, dest, instr, plan, cur, payer)
        d += dt.timedelta(days=30)


def pick_cc(W, exclude=()):
    tot = sum(w for c, w in D.COUNTRY_MIX if c not in exclude)
    x = W.r() * tot
    for c, w in D.COUNTRY_MIX:
        if c in exclude:
            continue
        x -= w
        if x <= 0:
            return c
    return "US"


def heritage_of(W, cc):
    if cc in ("US", "CA", "GB", "AU", "DE") and W.r() < 0.14:
        return W.rng.choice(["KR", "CN", "VN", "IN", "PH", "UA", "MX", "JP"])
    return None


def own_pay(W, sid, p, plan):
    x = W.r()
    if x < 0.62:
        d, i = W.card()
    elif x < 0.9:
        d, i = W.paypal(p.email)
    elif x < 0.97:
        d, i = W.card("applepay"), "apple_pay"
        d = d[0]
    else:
        d, i = W.wallet_addr()
    charge(W, sid, plan, d, i, p.cc)
    return d, i


# ------------------------------------------------------------------ individuals

def home_helper(W):
    """Helps elderly parents: one account, two homes (sometimes two countries)."""
    rng = W.rng
    cc = pick_cc(W)
    her = heritage_of(W, cc)
    p = P(W, cc, her)
    toks = ["home_helper"]
    if her:
        toks.append("heritage_keyboard") if p.kb != D.KEYBOARD.get(cc) else None
    pcc = cc
    if her and rng.random() < 0.5 and her in D.CITIES:
        pcc = her
        toks.append("cross_border_family")
    parent_c = W.city(pcc)
    parent_net = W.home_net(pcc, parent_c)
    own = dev(W, p, rng.choice(["laptop", "desktop"]))
    parents = W.machine("desktop", parent_c[5], D.KEYBOARD.get(pcc, "en-US") if pcc != cc else p.kb)
    parents.gw, parents.ssid, parents.label = W.gw_mac(), W.ssid(pcc), rng.choice(["Mom PC", "Dad laptop", "Parents", "Grandma", "Mum's computer"])
    parents.procs = ["relaydesk_agent.exe"] + rng.sample(D.PROC_HOME, 3) + (rng.sample(D.PROC_CN, 1) if pcc == "CN" else []) + (["KakaoTalk.exe"] if pcc == "KR" else [])
    plan = "free" if rng.random() < 0.55 else "solo"
    sid = subject(W, p, toks, plan=plan)
    lg = logins(W, sid, rng.randint(4, 30), [(p.net, 8), (p.mob, 1)], [own], p.zone, (7, 23), 0.2, weekdays=False)
    sessions_into(W, parents, lg, rng.randint(2, 10), 0.2, 1.5)
    W.emit_machine(sid, parents, 1)
    if rng.random() < 0.5:
        W.emit_machine(sid, own, 1)
    if plan != "free":
        own_pay(W, sid, p, plan)
    return [sid]


def freelancer(W):
    """Freelance IT consultant: 5-30 client machines in several towns."""
    rng = W.rng
    cc = pick_cc(W, ("CN",))
    p = P(W, cc, heritage_of(W, cc))
    sid = subject(W, p, ["freelance_it"], plan="solo", profiles=f"https://www.linkedin.com/in/{p.first.lower()}-{p.last.lower()}-{h(p.email, n=4)}")
    cafe = W.office_net(cc, p.c, 2)
    lg = logins(W, sid, rng.randint(20, 60), [(p.net, 6), (p.mob, 2), (cafe, 1)], [dev(W, p, "laptop", D.PROC_IT + D.PROC_OFFICE)], p.zone, (7, 21), 0.15)
    for _ in range(rng.randint(5, 30)):
        c2 = W.city(cc)
        m = W.machine(rng.choice(["desktop", "laptop", "server"]), c2[5], D.KEYBOARD.get(cc, "en-US"))
        m.gw, m.label = W.gw_mac(), rng.choice(D.SMB_INDUSTRY) + " " + rng.choice(["front desk", "server", "PC2", "office", "reception"])
        m.procs = ["relaydesk_agent.exe"] + rng.sample(D.PROC_OFFICE, 3)
        if rng.random() < 0.2:
            m.ports = ["3389/tcp"]
        sessions_into(W, m, lg, rng.randint(1, 4), 0.2, 3, 0.1, 20)
        W.emit_machine(sid, m, 1, light=True)
    own_pay(W, sid, p, "solo")
    return [sid]


def remote_employee(W):
    """Connects from home to the office desktop; sessions left open for days."""
    rng = W.rng
    cc = pick_cc(W, ("CN", "NG"))
    p = P(W, cc, heritage_of(W, cc))
    emp = f"{rng.choice(D.CORP_WORDS)} {rng.choice(D.CORP_SUFFIX)}"
    toks = ["remote_employee"]
    office = W.office_net(cc, p.c)
    desk = W.machine("desktop", p.zone, p.kb)
    desk.gw, desk.label = W.gw_mac(), "Office desktop"
    desk.procs = ["relaydesk_agent.exe"] + rng.sample(D.PROC_OFFICE + D.PROC_DEV, 5)
    if rng.random() < 0.3:
        desk.ports = ["3389/tcp"]
    sid = subject(W, p, toks, plan=rng.choice(["solo", "team"]), employer=emp)
    nets = [(p.net, 10), (p.mob, 1)]
    if rng.random() < 0.1:
        abroad = pick_cc(W, (cc,))
        nets.append((W.home_net(abroad), 3))
        toks.append("works_from_abroad")
    lg = logins(W, sid, rng.randint(25, 80), nets, [dev(W, p, "laptop", D.PROC_HOME)], p.zone, (7, 19), 0.05)
    long_share = rng.uniform(0.2, 0.7)
    if long_share > 0.4:
        toks.append("multi_day_session")
    sessions_into(W, desk, lg, rng.randint(3, 10), 1, 9, long_share, 80)
    W.emit_machine(sid, desk, 2)
    own_pay(W, sid, p, "solo") if rng.random() < 0.6 else None
    return [sid]


def gamer(W):
    rng = W.rng
    cc = pick_cc(W)
    p = P(W, cc, heritage_of(W, cc))
    toks = ["gamer_streamer"]
    vpn = rng.choice(["NordVPN", "ExpressVPN", "Surfshark", "ProtonVPN", "NordVPN", "Astrill" if rng.random() < 0.15 else "Mullvad"])
    rig = dev(W, p, "desktop", D.PROC_GAMER, 5)
    rig.usb = rng.sample(D.USB_GAMER, rng.randint(1, 3))
    if rng.random() < 0.25:
        rig.usb.append(D.KVM_CAPTURE)
        toks.append("capture_dongle")
    nets = [(p.net, 5), (p.mob, 2)]
    if rng.random() < 0.5:
        nets.append((W.vpn_exit(vpn), 4))
        toks += ["vpn_user", "vpn_" + vpn.lower()]
    rig.procs.append(D.VPN_CLIENT[vpn]) if "vpn_user" in toks and D.VPN_CLIENT[vpn] else None
    lg = logins(W, sid := subject(W, p, toks, plan=rng.choice(["free", "solo"])), rng.randint(5, 40), nets, [], p.zone, (15, 27), 0.5, weekdays=False)
    sessions_into(W, rig, lg, rng.randint(2, 8), 0.5, 6, 0.2, 50)
    W.emit_machine(sid, rig, 1)
    if rng.random() < 0.5:
        d, i = W.wallet_addr() if rng.random() < 0.15 else W.paypal(p.email)
        if i == "crypto":
            toks.append("crypto_payer")
        charge(W, sid, "solo", d, i, cc)
    return [sid]


def privacy_user(W):
    rng = W.rng
    cc = pick_cc(W, ("CN", "NG"))
    p = P(W, cc, heritage_of(W, cc), email_domain=rng.choice(D.PRIVACY_MAIL))
    toks = ["privacy_user", "vpn_user"]
    vpn = rng.choice(["Mullvad", "ProtonVPN", "ProtonVPN", "NordVPN", "Astrill", "iCloud Private Relay", "ExpressVPN"])
    toks.append("vpn_" + vpn.lower().replace(" ", "_"))
    if cc == "US" and rng.random() < 0.5:
        p.phone, p.line = W.phone("US"), rng.choice(["voip", "nonFixedVoip"])
        toks.append("google_voice")
    exits = [W.vpn_exit(vpn) for _ in range(rng.randint(2, 6))]
    m = dev(W, p, rng.choice(["laptop", "desktop"]), D.PROC_DEV + D.PROC_HOME)
    if D.VPN_CLIENT[vpn]:
        m.procs.append(D.VPN_CLIENT[vpn])
    if rng.random() < 0.4:
        m.zone = "UTC"
        toks.append("utc_clock")
    sid = subject(W, p, toks, plan=rng.choice(["free", "solo"]), rec_email=W.handle_email(rng.choice(D.PRIVACY_MAIL)) if rng.random() < 0.5 else "",
                  address=rng.random() < 0.5)
    nets = [(e, 3) for e in exits] + [(p.net, 1)]
    lg = logins(W, sid, rng.randint(5, 35), nets, [m], p.zone, (6, 26), 0.1, weekdays=False)
    home = W.machine("server" if rng.random() < 0.5 else "desktop", p.zone, p.kb)
    home.gw, home.procs = p.gw, ["relaydesk-agent", "sshd", "tailscaled"]
    sessions_into(W, home, lg, rng.randint(1, 5), 0.2, 4, 0.1, 40)
    W.emit_machine(sid, home, 1)
    W.emit_machine(sid, m, 1)
    if rng.random() < 0.5:
        d, i = W.wallet_addr() if rng.random() < 0.4 else W.card()
        charge(W, sid, "solo", d, i, cc)
        if i == "crypto":
            toks.append("crypto_payer")
    return [sid]


CAMPUS = [("Arizona State University", "asu.edu", "US", "Phoenix"), ("University of Texas at Austin", "utexas.edu", "US", "Austin"),
          ("Georgia Institute of Technology", "gatech.edu", "US", "Atlanta"), ("University of Washington", "uw.edu", "US", "Seattle"),
          ("University of Michigan", "umich.edu", "US", "Detroit"), ("Rutgers University", "rutgers.edu", "US", "Fort Lee"),
          ("Northeastern University", "northeastern.edu", "US", "Boston"), ("University of Toronto", "utoronto.ca", "CA", "Toronto"),
          ("TU Munich", "tum.de", "DE", "Munich")]
_CAMPUS_NETS = {}


def student(W):
    rng = W.rng
    uni, dom, cc, city = rng.choice(CAMPUS)
    c = [x for x in D.CITIES[cc] if x[0] == city][0]
    if uni not in _CAMPUS_NETS:
        n = W.office_net(cc, c, 6)
        n.owner, n.asn, n.kind = uni, 100000 + len(_CAMPUS_NETS) * 17, "campus"
        _CAMPUS_NETS[uni] = n
    camp = _CAMPUS_NETS[uni]
    intl = rng.random() < 0.3
    her = rng.choice(["CN", "IN", "KR", "VN"]) if intl else heritage_of(W, cc)
    p = P(W, cc, her, c=c, email_domain=dom)
    toks = ["student"] + (["international_student"] if intl else [])
    if intl and rng.random() < 0.5:
        p.phone = W.phone(her)
        p.line = "mobile"
    m = dev(W, p, "laptop", D.PROC_DEV + D.PROC_HOME)
    sid = subject(W, p, toks, plan="free", employer=uni)
    nets = [(camp, 6), (p.net, 3), (p.mob, 1)]
    if intl and rng.random() < 0.3 and her in D.CITIES:
        nets.append((W.home_net(her), 2))
        toks.append("home_visit_abroad")
        if her == "CN" and rng.random() < 0.6:
            nets.append((W.vpn_exit("Astrill"), 2))
            toks.append("vpn_astrill")
    lg = logins(W, sid, rng.randint(5, 40), nets, [m], p.zone, (10, 26), 0.2, weekdays=False)
    lab = W.machine("server", p.zone, "en-US")
    lab.gw, lab.label, lab.procs, lab.ports = W.gw_mac(), "lab-gpu-" + str(rng.randint(1, 40)), ["relaydesk-agent", "sshd", "python3", "nvidia-smi"], ["22/tcp"]
    sessions_into(W, lab, lg, rng.randint(1, 6), 0.5, 10, 0.3, 96)
    W.emit_machine(sid, lab, 1)
    return [sid]


def traveller(W):
    rng = W.rng
    cc = pick_cc(W, ("CN", "NG", "VN"))
    p = P(W, cc, heritage_of(W, cc))
    toks = ["traveller"]
    m = dev(W, p, "laptop", D.PROC_OFFICE)
    sid = subject(W, p, toks, plan="solo")
    lg = logins(W, sid, rng.randint(10, 30), [(p.net, 5), (p.mob, 1)], [m], p.zone, (8, 20), 0.2)
    dest = pick_cc(W, (cc,))
    if rng.random() < 0.15:
        dest = rng.choice(["CN", "KR", "VN", "JP"])
    trip = W.home_net(dest)
    trip.kind = "hotel"
    d0 = START + dt.timedelta(days=rng.randint(0, 140))
    lg += logins(W, sid, rng.randint(3, 15), [(trip, 3), (W.home_net(dest, mobile=True), 1)], [m], W.city(dest)[5], (8, 23), 0.3,
                 weekdays=False, day_range=(d0, d0 + dt.timedelta(days=rng.randint(4, 21))))
    toks.append("trip_" + dest.lower())
    home_pc = dev(W, p, "desktop", D.PROC_HOME)
    sessions_into(W, home_pc, lg[-5:], rng.randint(1, 3), 0.2, 3)
    W.emit_machine(sid, home_pc, 1)
    own_pay(W, sid, p, "solo")
    return [sid]


def homelab(W):
    """Home-lab hobbyist: several servers at home, IP-KVMs on them, sessions from phone and work."""
    rng = W.rng
    cc = pick_cc(W, ("CN",))
    p = P(W, cc, heritage_of(W, cc))
    toks = ["homelab", "ip_kvm_homelab"]
    sid = subject(W, p, toks, plan=rng.choice(["free", "solo", "solo"]), profiles=f"https://github.com/{p.first.lower()}{p.last.lower()[:3]}{rng.randint(1, 99)}" if rng.random() < 0.5 else "")
    work = W.office_net(cc, p.c)
    nets = [(p.net, 5), (p.mob, 3), (work, 2)]
    if rng.random() < 0.3:
        vp = W.vps_net()
        nets.append((vp, 2))
        toks.append("own_vps")
    lg = logins(W, sid, rng.randint(10, 50), nets, [dev(W, p, "laptop", D.PROC_DEV)], p.zone, (6, 25), 0.4, weekdays=False)
    kvms = rng.sample(D.IP_KVMS + [D.KVM_PIKVM, D.KVM_PIKVM], rng.randint(1, 3))
    for i in range(rng.randint(2, 6)):
        m = W.machine("server", p.zone, p.kb)
        m.gw, m.ssid, m.label = p.gw, p.ssid, rng.choice(["pve1", "nas", "truenas", "k3s-node", "opnsense", "plex", "homeassistant"]) + str(i)
        m.procs = rng.sample(D.PROC_SERVER, 4)
        m.ports = rng.sample(["22/tcp", "8006/tcp", "443/tcp", "5900/tcp", "32400/tcp", "8123/tcp"], 2)
        if i < len(kvms):
            m.usb = [kvms[i]] + rng.sample(D.USB_HOBBY, 1)
        sessions_into(W, m, lg, rng.randint(1, 4), 0.2, 4, 0.25, 120)
        W.emit_machine(sid, m, 1)
    if rng.random() < 0.5:
        own_pay(W, sid, p, "solo")
    return [sid]


def trial(W, tokens=("trial_user",)):
    rng = W.rng
    cc = pick_cc(W)
    p = P(W, cc, heritage_of(W, cc))
    toks = list(tokens)
    if rng.random() < 0.06 and cc == "US":
        p.line = rng.choice(["voip", "nonFixedVoip"])
        toks.append("voip_contact")
    created = START + dt.timedelta(days=rng.randint(0, 160)) if rng.random() < 0.6 else None
    sid = subject(W, p, toks, plan="free", created=created, rec_email="" if rng.random() < 0.7 else None, idv=False)
    d0 = created or START
    logins(W, sid, rng.randint(1, 5), [(p.net, 3), (p.mob, 1)], [dev(W, p, rng.choice(["laptop", "desktop"]))], p.zone, (8, 23), 0.3,
           weekdays=False, day_range=(min(d0, END - dt.timedelta(days=15)), min(d0 + dt.timedelta(days=14), END - dt.timedelta(days=1))))
    return [sid]


def namesakes(W):
    rng = W.rng
    first, last = rng.choice(["Michael", "David", "Jennifer", "Maria", "James", "Wei", "Jose"]), rng.choice(["Smith", "Johnson", "Garcia", "Kim", "Nguyen", "Lee", "Brown"])
    out = []
    for _ in range(rng.randint(2, 4)):
        p = P(W, "US")
        p.first, p.last, p.name = first, last, f"{first} {last}"
        p.email = W.email(first, last, None, "US")
        sid = subject(W, p, ["namesake"], plan=rng.choice(["free", "solo"]), idv=rng.random() < 0.3)
        lg = logins(W, sid, rng.randint(3, 25), [(p.net, 4), (p.mob, 1)], [dev(W, p)], p.zone, (8, 22), 0.2)
        if W.subjects[-1]["relaydesk_plan"] != "free":
            own_pay(W, sid, p, "solo")
        out.append(sid)
    return out


def moved(W):
    rng = W.rng
    cc = pick_cc(W, ("CN",))
    p = P(W, cc, heritage_of(W, cc))
    old_addr, oc = W.address(cc)
    old_net = W.home_net(cc, oc)
    m = dev(W, p)
    sid = subject(W, p, ["moved"], plan="solo", relaydesk_previous_address=old_addr)
    mv = START + dt.timedelta(days=rng.randint(20, 140))
    lg = logins(W, sid, rng.randint(4, 12), [(old_net, 1)], [m], oc[5], (8, 22), 0.1, day_range=(START, mv))
    lg += logins(W, sid, rng.randint(4, 20), [(p.net, 4), (p.mob, 1)], [m], p.zone, (8, 22), 0.1, day_range=(mv, END - dt.timedelta(days=1)))
    pc = dev(W, p, "desktop")
    sessions_into(W, pc, lg, rng.randint(1, 4))
    W.emit_machine(sid, pc, 1)
    own_pay(W, sid, p, "solo")
    return [sid]


def name_changed(W):
    rng = W.rng
    cc = pick_cc(W, ("CN",))
    p = P(W, cc, heritage_of(W, cc))
    old_last = W.person(cc)[1]
    sid = subject(W, p, ["name_changed"], plan=rng.choice(["free", "solo"]), relaydesk_previous_name=f"{p.first} {old_last}",
                  rec_email=W.email(p.first, old_last, None, cc))
    lg = logins(W, sid, rng.randint(5, 25), [(p.net, 4), (p.mob, 1)], [dev(W, p)], p.zone, (8, 22), 0.2)
    if rng.random() < 0.5:
        own_pay(W, sid, p, "solo")
    return [sid]


def interview_candidate(W, tokens=("interview_candidate",), host_logins=None):
    """Installs the agent for a company's technical interview; one short session."""
    rng = W.rng
    cc = pick_cc(W, ("CN",))
    p = P(W, cc, heritage_of(W, cc))
    created = START + dt.timedelta(days=rng.randint(0, 150))
    sid = subject(W, p, list(tokens), plan="free", created=created, idv=False, rec_email="")
    m = dev(W, p, "laptop", D.PROC_DEV + D.PROC_HOME, 4)
    m.access = "attended"
    lg = logins(W, sid, rng.randint(1, 3), [(p.net, 1)], [m], p.zone, (9, 18), 0.0, day_range=(created, created + dt.timedelta(days=3)))
    if host_logins:
        sessions_into(W, m, host_logins, rng.randint(1, 2), 0.5, 2)
    W.emit_machine(sid, m, 1)
    return sid, lg, m


# ------------------------------------------------------------------ organisations

def org_domain(W, name, young=False, registrant=None):
    rng = W.rng
    dom = name.lower().replace(" ", "").replace("'", "")[:22] + rng.choice([".com", ".com", ".net", ".io", ".co"])
    reg = (START - dt.timedelta(days=rng.randint(25, 120))) if young else dt.datetime(rng.randint(1999, 2022), rng.randint(1, 12), rng.randint(1, 28))
    ns = rng.choice([["ns1.cloudflare.com", "ns2.cloudflare.com"], ["ns-1234.awsdns-26.org", "ns-567.awsdns-06.net"],
                     ["ns07.domaincontrol.com", "ns08.domaincontrol.com"], ["dns1.registrar-servers.com", "dns2.registrar-servers.com"]])
    W.domains.append({"domain": dom, "company": name, "registered_at": reg.strftime("%Y-%m-%d"),
                      "registrant_email": registrant or rng.choice(["", f"admin@{dom}", "redacted@privacyguardian.org", "contact@withheldforprivacy.com"]),
                      "ip": f"{rng.choice([104, 172, 198, 185, 34, 35])}.{rng.randint(1, 254)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                      "nameservers": ";".join(ns), "relaydesk_customer_tier": "business"})
    return dom


def client_endpoint(W, cc, label, kb=None):
    rng = W.rng
    c = W.city(cc)
    m = W.machine(rng.choice(["laptop", "desktop", "desktop", "server"]), c[5], kb or D.KEYBOARD.get(cc, "en-US"))
    m.gw, m.label = W.gw_mac(), label
    m.procs = ["relaydesk_agent.exe"] + rng.sample(D.PROC_OFFICE, 2) + rng.sample(D.PROC_IT[7:], 1)
    return m, c


def msp(W, size):
    """A managed service provider: techs (some offshore), a company card for every seat, hundreds of client endpoints."""
    rng = W.rng
    cc = rng.choice(["US"] * 6 + ["GB", "CA", "AU", "DE"])
    name = rng.choice(D.MSP_WORDS) + (" " + rng.choice(["LLC", "Inc", "Ltd", "Group", "Solutions"]))
    dom = org_domain(W, name)
    hq = W.city(cc)
    office = W.office_net(cc, hq, 3)
    office_gw = W.gw_mac()
    card, _ = W.card(rng.choice(["amex", "visa"]))
    offshore = rng.random() < 0.25
    noc = W.office_net(rng.choice(["IN", "PH"]), None, 2) if offshore else None
    noc_ws = [W.machine("desktop", W.city(noc.country)[5] if noc else hq[5], "en-US") for _ in range(2)] if offshore else []
    for m in noc_ws:
        m.gw, m.procs, m.label = W.gw_mac(), ["relaydesk_agent.exe"] + D.PROC_IT[:5], "NOC-WS"
    techs = []
    all_lg = []
    for i in range(size):
        if offshore and i >= size // 2:
            tcc = noc.country
            p = P(W, tcc, c=[x for x in D.CITIES[tcc] if x[0] == noc.city][0] if any(x[0] == noc.city for x in D.CITIES[tcc]) else None, email_domain=dom)
            toks = ["msp_technician", "offshore_noc", "us_hours_abroad" if cc == "US" else "client_hours_abroad"]
            nets = [(noc, 8), (p.net, 2)]
            zone_hours = (hq[5], (7, 19)) if rng.random() < 0.3 else (hq[5], (18, 30))
            machines = noc_ws + [dev(W, p, "laptop", D.PROC_IT)]
            toks.append("shared_workstation")
        else:
            p = P(W, cc, heritage_of(W, cc), email_domain=dom)
            toks = ["msp_technician"]
            nets = [(office, 6), (p.net, 3), (p.mob, 1)]
            zone_hours = (p.zone, (7, 20))
            machines = [dev(W, p, "laptop", D.PROC_IT)]
            for m in machines:
                m.gw = office_gw
        role = "owner" if i == 0 else ("admin" if i < 3 else "technician")
        sid = subject(W, p, toks, plan="msp", role=role, team=dom, employer=name, signup_ip=rng.choice(office.ips) if rng.random() < 0.7 else None)
        charge(W, sid, "msp", card, "card", cc, annual=False, payer=name)
        if rng.random() < 0.3:
            toks.append("vpn_user")
            vp = rng.choice(["NordVPN", "ExpressVPN", "Astrill" if rng.random() < 0.2 else "ProtonVPN"])
            nets.append((W.vpn_exit(vp), 2))
        lg = logins(W, sid, rng.randint(20, 70), nets, machines, zone_hours[0], zone_hours[1], 0.15, weekdays=rng.random() < 0.7)
        all_lg.append((sid, lg))
        techs.append(sid)
    # client endpoints, enrolled by the owner and the admins
    n_ep = rng.randint(40, 60) * max(1, size // 2)
    enrollers = techs[:3]
    ccs = [cc] * 8 + (["CA", "MX", "GB", "DE", "IN", "PH"] if rng.random() < 0.4 else [])
    for k in range(n_ep):
        ecc = rng.choice(ccs)
        m, c = client_endpoint(W, ecc, f"{rng.choice(D.SMB_INDUSTRY)}-{rng.randint(1, 60)}-{rng.choice(['PC', 'SRV', 'LT', 'FD'])}{rng.randint(1, 20)}")
        if rng.random() < 0.08:
            m.usb = [rng.choice([D.KVM_ATEN, D.KVM_RARITAN, D.KVM_PIKVM])]
        if rng.random() < 0.15:
            m.ports = ["3389/tcp"]
        for _ in range(rng.randint(1, 3)):
            _, lg = rng.choice(all_lg)
            sessions_into(W, m, lg, 1, 0.1, 2.5, 0.12, 36)
        W.emit_machine(rng.choice(enrollers), m, 1, light=True)
    for m in noc_ws:
        W.emit_machine(techs[-1], m, 1)
    return techs


def corp_it(W, size):
    """A corporation's IT help desk: team licence paid by invoice, some techs offshore on US hours."""
    rng = W.rng
    name = f"{rng.choice(D.CORP_WORDS)} {rng.choice(D.CORP_SUFFIX)}"
    dom = org_domain(W, name)
    hq = W.city("US")
    office = W.office_net("US", hq, 4)
    zs = W.office_net("US", hq, 6)
    zs.asn, zs.owner, zs.kind = 53813, "Zscaler, Inc.", "business"
    bank = f"ach:acct_{h('corp', W.seed, name, n=14)}"
    outsourced = rng.random() < 0.35
    ocountry = rng.choice(["IN", "PH"])
    onet = W.office_net(ocountry, None, 3) if outsourced else None
    shared_ws = W.machine("desktop", hq[5], "en-US")
    shared_ws.procs, shared_ws.label = ["relaydesk_agent.exe"] + D.PROC_IT[:6], "HELPDESK-WS01"
    techs, all_lg = [], []
    for i in range(size):
        off = outsourced and i >= size // 3
        if off:
            p = P(W, ocountry, email_domain=dom)
            toks = ["helpdesk_tech", "offshore_night_shift", "us_hours_abroad"]
            nets = [(onet, 9), (p.net, 1)]
            hours, zone = (8, 18), hq[5]
            mach = [dev(W, p, "desktop", D.PROC_IT + D.PROC_OFFICE)]
        else:
            c = hq if rng.random() < 0.6 else None
            p = P(W, "US", heritage_of(W, "US"), c=c, email_domain=dom)
            toks = ["helpdesk_tech"]
            nets = [(office, 5), (zs, 4), (p.net, 2)]
            hours, zone = (7, 19), hq[5]
            mach = [dev(W, p, "laptop", D.PROC_IT + D.PROC_OFFICE)]
            if rng.random() < 0.35:
                mach.append(shared_ws)
                toks.append("shared_workstation")
        sid = subject(W, p, toks, kind="employee" if rng.random() < 0.5 else "account", plan="enterprise", role="owner" if i == 0 else "technician",
                      team=dom, employer=name, idv=i == 0)
        charge(W, sid, "enterprise", bank, "invoice", "US", annual=True, payer=name)
        lg = logins(W, sid, rng.randint(20, 60), nets, mach, zone, hours, 0.05)
        all_lg.append(lg)
        techs.append(sid)
    for k in range(rng.randint(25, 40) * max(1, size // 3)):
        ecc = "US" if rng.random() < 0.9 else rng.choice(["CA", "GB", "MX", "IN"])
        m, c = client_endpoint(W, ecc, f"{dom.split('.')[0].upper()}-LT-{rng.randint(1000, 9999)}")
        m.name = m.label
        m.procs += ["CSFalconService.exe", "Teams.exe"]
        for _ in range(rng.randint(1, 3)):
            sessions_into(W, m, rng.choice(all_lg), 1, 0.1, 1.5, 0.04, 30)
        W.emit_machine(rng.choice(techs[:2]), m, 1, light=True)
    W.emit_machine(techs[0], shared_ws, 1)
    return techs


def smb(W, size):
    """A small business: the owner's card pays every staff seat; staff reach office PCs from home."""
    rng = W.rng
    cc = rng.choice(["US"] * 6 + ["GB", "CA", "DE", "AU", "IN", "PH", "MX", "KR"])
    name = f"{rng.choice(D.CORP_WORDS)} {rng.choice(D.SMB_INDUSTRY)}"
    dom = org_domain(W, name) if rng.random() < 0.6 else None
    c = W.city(cc)
    office = W.office_net(cc, c, 1)
    office_gw = W.gw_mac()
    owner = P(W, cc, heritage_of(W, cc), c=c, email_domain=dom)
    card, _ = W.card()
    out = []
    pcs = []
    for j in range(max(1, size // 2 + 1)):
        m = W.machine("desktop", c[5], owner.kb)
        m.gw, m.label, m.procs = office_gw, f"Office PC {j + 1}", ["relaydesk_agent.exe"] + rng.sample(D.PROC_OFFICE, 3)
        pcs.append(m)
    for i in range(size):
        p = owner if i == 0 else P(W, cc, heritage_of(W, cc), c=c, email_domain=dom)
        toks = ["smb_owner"] if i == 0 else ["smb_staff", "owner_pays"]
        sid = subject(W, p, toks, plan="team", role="owner" if i == 0 else "member", team=dom or f"team-{h(name, n=6)}", employer=name,
                      rec_email=owner.email if i and rng.random() < 0.3 else None, signup_ip=office.ips[0] if rng.random() < 0.6 else None)
        if i and "owner_pays" in toks and rng.random() < 0.3:
            toks.append("owner_recovery") if W.subjects[-1]["recovery_email"] == owner.email else None
        charge(W, sid, "team", card, "card", cc, payer=owner.name)
        lg = logins(W, sid, rng.randint(8, 40), [(office, 5), (p.net, 3), (p.mob, 1)], [dev(W, p)], p.zone, (7, 22), 0.15)
        for m in rng.sample(pcs, 1):
            sessions_into(W, m, lg, rng.randint(1, 4), 0.3, 5, 0.1, 60)
        out.append(sid)
    for m in pcs:
        W.emit_machine(out[0], m, 1)
    return out


def family(W, size):
    """A family sharing one licence, one card, a family PC."""
    rng = W.rng
    cc = pick_cc(W)
    her = heritage_of(W, cc)
    head = P(W, cc, her)
    card, instr = W.card() if rng.random() < 0.7 else W.paypal(head.email)
    fam_pc = dev(W, head, "desktop", D.PROC_HOME)
    out = []
    for i in range(size):
        if i == 0:
            p = head
        else:
            p = P(W, cc, her, c=head.c)
            p.last, p.name = head.last, f"{p.first} {head.last}"
            p.email = W.email(p.first, p.last, None, cc)
            p.address = head.address if rng.random() < 0.7 else W.respell(head.address)
            p.net, p.gw, p.ssid = head.net, head.gw, head.ssid
        toks = ["family_member"] + (["family_pc"] if i < 3 else []) + (["payer"] if i == 0 else ["family_pays"])
        sid = subject(W, p, toks, plan="solo" if i == 0 else "free", role="owner" if i == 0 else "member",
                      rec_email=head.email if i and rng.random() < 0.5 else None, rec_phone=(head.phone, head.line) if i and rng.random() < 0.4 else None)
        if i:
            W.pay(sid, START + dt.timedelta(days=rng.randint(0, 150)), 9.90, "bank" if instr == "card" else "wallet", card, instr, "family_addon", "USD", head.name)
        mach = [fam_pc] if i < 3 else []
        mach.append(dev(W, p, rng.choice(["laptop", "desktop"]), D.PROC_GAMER if i and rng.random() < 0.4 else D.PROC_HOME))
        lg = logins(W, sid, rng.randint(3, 25), [(head.net, 6), (p.mob, 2)], mach, p.zone, (7, 24), 0.3, weekdays=False)
        sessions_into(W, mach[-1], lg, rng.randint(0, 3))
        W.emit_machine(sid, mach[-1], 1)
        out.append(sid)
    charge(W, out[0], "solo", card, instr, cc)
    W.emit_machine(out[0], fam_pc, 1)
    return out


def reseller(W, size):
    """A reseller buys licences for its customers and onboards them from its office."""
    rng = W.rng
    cc = rng.choice(["US", "IN", "PH", "BR", "NG", "UA", "PL", "MX", "GB"])
    name = f"{rng.choice(D.CORP_WORDS)} {rng.choice(['Software Store', 'IT Distribution', 'Licensing', 'Digital'])}"
    dom = org_domain(W, name)
    c = W.city(cc)
    office = W.office_net(cc, c, 1)
    card, _ = W.card("visa")
    rp = P(W, cc, c=c, email_domain=dom)
    rsid = subject(W, rp, ["reseller"], plan="msp", role="owner", team=dom, employer=name, idv=True, signup_ip=office.ips[0])
    logins(W, rsid, rng.randint(20, 50), [(office, 5), (rp.net, 1)], [dev(W, rp, "desktop", D.PROC_OFFICE)], rp.zone, (8, 19), 0.1)
    out = [rsid]
    batch_day = START - dt.timedelta(days=rng.randint(10, 400))
    for i in range(size - 1):
        ccc = cc if rng.random() < 0.8 else pick_cc(W)
        p = P(W, ccc, heritage_of(W, ccc))
        toks = ["reseller_customer", "paid_by_reseller", "reseller_onboarded"]
        created = batch_day + dt.timedelta(minutes=rng.randint(0, 300)) if rng.random() < 0.5 else None
        sid = subject(W, p, toks, plan="solo", created=created, signup_ip=office.ips[0] if created else None,
                      rec_email=rp.email if rng.random() < 0.25 else None, employer="")
        charge(W, sid, "solo", card, "card", cc, annual=True, payer=name)
        lg = logins(W, sid, rng.randint(3, 25), [(p.net, 4), (p.mob, 1)], [dev(W, p, "desktop", D.PROC_OFFICE)], p.zone, (8, 20), 0.2)
        m = dev(W, p, "desktop", D.PROC_OFFICE)
        sessions_into(W, m, lg, rng.randint(1, 3))
        W.emit_machine(sid, m, 1)
        out.append(sid)
    return out


def repair_shop(W):
    """A computer-repair shop: many customers' laptops on one bench network, enrolled for days."""
    rng = W.rng
    cc = rng.choice(["US"] * 5 + ["GB", "CA", "IN", "PH", "DE"])
    p = P(W, cc, heritage_of(W, cc))
    name = f"{p.last}'s {rng.choice(['Computer Repair', 'PC Clinic', 'Tech Fix', 'Geek Squad-ish'])}".replace("Geek Squad-ish", "Geeks")
    shop = W.office_net(cc, p.c, 1)
    shop_gw = W.gw_mac()
    toks = ["repair_shop"]
    sid = subject(W, p, toks, plan="solo", employer=name, idv=rng.random() < 0.4)
    bench = dev(W, p, "desktop", D.PROC_IT)
    bench.gw = shop_gw
    lg = logins(W, sid, rng.randint(30, 80), [(shop, 6), (p.mob, 2), (p.net, 2)], [bench], p.zone, (8, 20), 0.2, weekdays=False)
    kvm = rng.random() < 0.3
    if kvm:
        toks.append("bench_kvm")
    for i in range(rng.randint(8, 30)):
        m = W.machine("laptop", p.zone, p.kb if rng.random() < 0.85 else rng.choice(D.HERITAGE_KB))
        m.gw, m.ssid, m.label = shop_gw, "ShopBench", f"Ticket {rng.randint(1000, 9999)}"
        if rng.random() < 0.3:
            m.name = f"{rng.choice(D.CORP_WORDS).upper()}-LT-{rng.randint(100, 9999)}"
        m.procs = ["relaydesk_agent.exe"] + rng.sample(D.PROC_HOME + D.PROC_OFFICE, 3)
        if kvm and rng.random() < 0.5:
            m.usb = [rng.choice([D.KVM_PIKVM, D.KVM_TINYPILOT, D.KVM_JETKVM])]
        sessions_into(W, m, lg, rng.randint(1, 3), 0.5, 6, 0.3, 60)
        W.emit_machine(sid, m, 1, light=True)
    own_pay(W, sid, p, "solo")
    return [sid]
