"""Operator teams and every fraud scheme: laptop farms, operators, personas, careful rings, mules, rented identities,
fake recruiters; and the honest victims whose identities or machines they touch."""
import datetime as dt

from . import data as D
from .infra import START, END, Net, iso, h
from .people import P, subject, charge, logins, sessions_into, dev, interview_candidate

US_ZONES = ["America/New_York", "America/Chicago", "America/Los_Angeles", "America/Denver"]


class Team:
    def __init__(self, W, k, nk=False):
        rng = W.rng
        self.k = k
        self.base = rng.choice(D.BASES)
        city, cc, lat, lon, zone, (asn, owner, o1) = self.base
        self.base_net = Net([f"{o1}.{rng.randint(1, 254)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}" for _ in range(3)],
                            asn, owner, cc, city, lat, lon, False, "residential")
        self.zone = zone
        self.vpn = "Astrill" if rng.random() < 0.75 else rng.choice(["NordVPN", "ExpressVPN", "Surfshark"])
        us_exits = [e for e in W.vpn_pools[self.vpn] if e.country == "US"] or W.vpn_pools[self.vpn]
        self.exits = rng.sample(us_exits, min(len(us_exits), rng.randint(6, 12)))
        self.proxies = [W.home_net("US") for _ in range(rng.randint(4, 8))]
        self.vps = [W.vps_net() for _ in range(rng.randint(1, 2))]
        self.us_hours = rng.random() < 0.6
        self.work_zone = rng.choice(US_ZONES) if self.us_hours else zone
        self.spoof = rng.random() < 0.5
        self.machines = []
        for i in range(rng.randint(4, 9)):
            kb = "en-US" if rng.random() < 0.75 else rng.choice(["ko-KR", "zh-CN", "en-US"])
            m = W.machine("desktop" if rng.random() < 0.6 else "laptop", rng.choice(US_ZONES) if self.spoof else zone, kb)
            m.os = "Windows"
            m.procs = ["relaydesk_agent.exe", D.VPN_CLIENT[self.vpn] or "AstrillVPN.exe", "chrome.exe", "Code.exe"]
            if rng.random() < 0.4:
                m.procs.append(rng.choice(["KakaoTalk.exe", "WeChat.exe", "QQ.exe"]))
            if rng.random() < 0.4:
                m.procs.append(rng.choice(D.PROC_REMOTE))
            m.gw = W.gw_mac()
            self.machines.append(m)
        self.mailboxes = [W.handle_email(rng.choice(D.THROWAWAY_MAIL)) for _ in range(rng.randint(2, 4))]
        self.voips = [W.phone("US") for _ in range(rng.randint(3, 6))]
        self.cards = [W.card(rng.choice(["visa", "mastercard"]))[0] for _ in range(rng.randint(2, 3))]
        self.wallets = [W.wallet_addr()[0] for _ in range(rng.randint(1, 2))]
        self.nk = nk
        self.nk_net = Net([f"175.45.17{rng.randint(6, 9)}.{rng.randint(2, 254)}"], 131279, "Ryugyong-dong", "KP", "Pyongyang",
                          39.0392, 125.7625, False, "residential")
        self.mail_drop = f"{rng.randint(100, 9999)} {rng.choice(D.STREETS)} Ste {rng.randint(100, 400)} PMB {rng.randint(100, 999)}, {rng.choice(['Las Vegas, NV 891', 'Dallas, TX 752', 'Miami, FL 331', 'Sheridan, WY 828'])}{rng.randint(10, 99)}"
        self.tokens = [f"team_{k}", "vpn_" + self.vpn.lower()]
        self.tokens.append("us_hours_from_asia" if self.us_hours else "asia_hours")
        if self.spoof:
            self.tokens.append("tz_spoofed")
        self.all_login_ips = []

    def net(self, W, slip=0.0, proxy_share=0.3):
        x = W.r()
        if x < slip:
            if self.nk and W.r() < 0.25:
                return self.nk_net, "nk_ip"
            return self.base_net, "origin_slip"
        if x < slip + proxy_share:
            return W.rng.choice(self.proxies), "residential_proxy"
        return W.rng.choice(self.exits), None

    def logins(self, W, sid, n, toks, machines=None, slip=0.0, proxy_share=0.3, mobile=0.0):
        out = []
        machines = machines or self.machines
        for _ in range(n):
            net, tag = self.net(W, slip, proxy_share)
            if tag and tag not in toks:
                toks.append(tag)
            t = W.t_local(self.work_zone, (8, 19))
            ip = W.login(sid, t, net, W.rng.choice(machines), mobile=False,
                         risk="high" if tag == "origin_slip" and W.r() < 0.5 else None)
            out.append((t, ip))
        self.all_login_ips += out
        return out


def fake_p(W, team, toks, stolen=None, voip=True, mailbox=None, address=None):
    """A persona: US identity (invented or stolen), VOIP number, throwaway mailbox."""
    rng = W.rng
    p = P(W, "US")
    if stolen is not None:
        vrow = stolen
        p.first, p.last = vrow["full_name"].split(" ", 1)
        p.name = vrow["full_name"]
        p.address = W.respell(vrow["address"]) if vrow["address"] else p.address
        toks.append("stolen_identity")
    p.email = mailbox or W.email(p.first, p.last, rng.choice(D.THROWAWAY_MAIL), "US", style=rng.choice([3, 4, 6]))
    if voip:
        p.phone = rng.choice(team.voips) if team and rng.random() < 0.3 else W.phone("US")
        p.line = rng.choice(["voip", "nonFixedVoip", "VOIP", "voip"])
        toks.append("voip_contact")
    if address:
        p.address = address
    return p


def steal_identity(W, pool):
    """An honest US subject whose identity a persona will reuse; marks it a victim."""
    rng = W.rng
    for _ in range(50):
        i = rng.choice(pool)
        row = W.subjects[i]
        tr = W.truth[i]
        if tr[1] == 0 and row["country"] == "US" and row["address"] and tr[2][0] != "identity_theft_victim":
            if not row["birth_date"]:
                row["birth_date"], row["national_id"], row["relaydesk_idv"] = W.birth(1960, 1998), W.national_id("US"), "verified"
            tr[2].insert(0, "identity_theft_victim")
            return row
    return None


def persona_subject(W, team, p, toks, stolen=None, created=None, signup_ip=None, rec_email=None, rec_phone=None, plan="solo", role="owner",
                    employer="", team_id=""):
    row = {}
    if stolen is not None:
        row = dict(birth_date=stolen["birth_date"], national_id=stolen["national_id"])
    sid = subject(W, p, toks, fraud=True, plan=plan, created=created, role=role, employer=employer, team=team_id,
                  idv=False, rec_email=rec_email if rec_email is not None else "", rec_phone=rec_phone if rec_phone is not None else False,
                  signup_ip=signup_ip or "", **row)
    if stolen is not None:
        W.subjects[-1]["relaydesk_idv"] = "verified"
    return sid


def burst_time(W, base=None):
    base = base or (START - dt.timedelta(days=W.rng.randint(5, 300)))
    return base


def farm(W, team, k, honest_pool):
    """A US facilitator's home full of company laptops with the agent, driven from abroad."""
    rng = W.rng
    out = []
    state_city = rng.choice([c for c in D.CITIES["US"] if c[1] in ("AZ", "TN", "TX", "NV", "GA", "MD", "FL", "NC", "CA", "MN")] or D.CITIES["US"])
    fp = P(W, "US", c=state_city)
    ftoks = ["facilitator", f"farm_{k}", f"team_{team.k}"]
    variant_b = rng.random() < 0.6
    kvm = rng.random() < 0.7
    n_lap = rng.randint(8, 18)
    fsid = subject(W, fp, ftoks, fraud=True, plan="team" if variant_b else "solo", idv=rng.random() < 0.5)
    fcard, _ = W.card()
    charge(W, fsid, "team" if variant_b else "solo", fcard, "card", "US", seats=1 if variant_b else n_lap, payer=fp.name)
    own = dev(W, fp, "laptop", D.PROC_HOME)
    logins(W, fsid, rng.randint(8, 30), [(fp.net, 6), (fp.mob, 2)], [own], fp.zone, (8, 22), 0.3)
    if rng.random() < 0.5:
        ftoks.append("shared_credentials")
        team.logins(W, fsid, rng.randint(3, 10), ftoks, slip=0.05)
    out.append(fsid)
    # operators of this farm drive the laptops; their sign-in IPs are the remote sessions' hosts
    op_logins = []
    for j in range(rng.randint(5, 9)):
        toks = ["farm_operator", f"farm_{k}"] + team.tokens
        p = fake_p(W, team, toks, voip=rng.random() < 0.6, mailbox=W.handle_email(rng.choice(D.THROWAWAY_MAIL)))
        created = START - dt.timedelta(days=rng.randint(10, 200))
        shared = []
        rec = rng.choice(team.mailboxes) if rng.random() < 0.6 else ""
        if rec:
            shared.append("shared_recovery_email")
        sid = persona_subject(W, team, p, toks, created=created, signup_ip=rng.choice(team.vps).ips[0] if rng.random() < 0.5 else rng.choice(team.exits).ips[0],
                              rec_email=rec, plan="free" if rng.random() < 0.5 else "solo")
        if rng.random() < 0.6:
            W.subjects[-1]["address"] = ""
        mach = rng.sample(team.machines, rng.randint(1, 2))
        toks.append("shared_device")
        lg = team.logins(W, sid, rng.randint(15, 50), toks, mach, slip=0.08, proxy_share=0.2)
        op_logins += lg
        if W.subjects[-1]["relaydesk_plan"] == "solo":
            if rng.random() < 0.5:
                charge(W, sid, "solo", rng.choice(team.cards), "card", "US")
                toks.append("shared_card")
            else:
                charge(W, sid, "solo", fcard, "card", "US", payer=fp.name)
                toks.append("paid_by_facilitator")
        if rng.random() < 0.5:
            W.emit_machine(sid, mach[0], 1)
        toks += shared
        out.append(sid)
    corps = [f"{rng.choice(D.CORP_WORDS)} {rng.choice(D.CORP_SUFFIX)}" for _ in range(n_lap)]
    for i in range(n_lap):
        m = W.machine("laptop", state_city[5] if rng.random() < 0.6 else rng.choice(US_ZONES), "en-US")
        m.name = f"{corps[i].split()[0].upper()[:6]}-LT-{rng.randint(1000, 99999)}"
        m.label = rng.choice([m.name, f"laptop {i + 1}", corps[i].split()[0], f"{i + 1}"])
        m.gw, m.ssid = fp.gw, fp.ssid
        m.procs = ["relaydesk_agent.exe", "CSFalconService.exe", rng.choice(["Teams.exe", "slack.exe", "Zoom.exe"]), "chrome.exe"]
        if rng.random() < 0.3:
            m.procs.append(rng.choice(D.PROC_REMOTE))
        if rng.random() < 0.3:
            m.ports = [rng.choice(["3389/tcp", "5900/tcp", "7070/tcp"])]
        ltoks = []
        if kvm and rng.random() < 0.6:
            m.usb = [rng.choice(D.IP_KVMS + [D.KVM_PIKVM, D.KVM_TINYPILOT])]
            ltoks.append("ip_kvm")
        for _ in range(rng.randint(1, 4)):
            t, ip = rng.choice(op_logins)
            W.session(m, ip, t, rng.uniform(20, 260))
        if team.nk and rng.random() < 0.2:
            W.session(m, team.nk_net.ips[0], W.t_any(), rng.uniform(2, 30))
            ltoks.append("nk_session")
        if variant_b:
            toks = ["farm_persona", f"farm_{k}", f"team_{team.k}", "remote_controlled"] + ltoks
            stolen = steal_identity(W, honest_pool) if rng.random() < 0.5 else None
            p = fake_p(W, team, toks, stolen=stolen, voip=rng.random() < 0.7, address=fp.address if rng.random() < 0.3 else None)
            if p.address == fp.address:
                toks.append("farm_address")
            rec = rng.choice(team.mailboxes) if rng.random() < 0.4 else None
            if rec:
                toks.append("shared_recovery_email")
            sid = persona_subject(W, team, p, toks, stolen=stolen, signup_ip=rng.choice(fp.net.ips), rec_email=rec or "",
                                  employer=corps[i], created=START - dt.timedelta(days=rng.randint(5, 150)))
            team.logins(W, sid, rng.randint(3, 15), toks, slip=0.05)
            x = rng.random()
            if x < 0.4:
                charge(W, sid, "solo", fcard, "card", "US", payer=fp.name)
                toks.append("paid_by_facilitator")
            elif x < 0.8:
                charge(W, sid, "solo", rng.choice(team.cards), "card", "US")
                toks.append("shared_card")
            W.emit_machine(sid, m, rng.randint(1, 2))
            out.append(sid)
        else:
            if ltoks and "ip_kvm" not in ftoks:
                ftoks.append("ip_kvm")
            W.emit_machine(fsid, m, rng.randint(1, 2))
    ftoks.append("many_laptops_one_home")
    return out


SHARE_KINDS = ["recovery_email", "recovery_phone", "device", "vps", "card", "wallet", "address", "resume_site"]


def persona_ring(W, team, size, honest_pool, careful=False):
    rng = W.rng
    out = []
    created0 = START - dt.timedelta(days=rng.randint(3, 250))
    if careful:
        share = [rng.choice(["recovery_email", "recovery_phone", "device", "vps", "card", "wallet", "address"])]
    else:
        share = rng.sample(SHARE_KINDS, rng.randint(2, 4))
    vals = {"recovery_email": rng.choice(team.mailboxes), "recovery_phone": rng.choice(team.voips), "device": rng.choice(team.machines),
            "vps": rng.choice(team.vps), "card": rng.choice(team.cards), "wallet": rng.choice(team.wallets), "address": team.mail_drop,
            "resume_site": f"https://{rng.choice(['dev', 'tech', 'code'])}{rng.choice(['folio', 'works', 'hub'])}{rng.randint(10, 99)}.vercel.app"}
    own_exit_prov = rng.choice(["NordVPN", "ExpressVPN", "Surfshark", "ProtonVPN"])
    for i in range(size):
        toks = (["careful_ring", f"ring_size_{size}", "shares_only_" + share[0]] if careful else ["persona_ring", f"ring_size_{size}"]) + team.tokens
        if careful:
            toks = [t for t in toks if not t.startswith("vpn_") and t != "tz_spoofed"]
        stolen = steal_identity(W, honest_pool) if rng.random() < 0.2 else None
        use = {s for s in share if careful or rng.random() < 0.8}
        p = fake_p(W, team, toks, stolen=stolen, voip=rng.random() < (0.5 if careful else 0.85),
                   address=vals["address"] if "address" in use else None)
        if "address" in use:
            toks.append("shared_address")
        elif rng.random() < 0.4:
            p.address = ""
        rec_e = vals["recovery_email"] if "recovery_email" in use else (W.handle_email(rng.choice(D.THROWAWAY_MAIL)) if rng.random() < 0.5 else "")
        rec_p = (vals["recovery_phone"], "voip") if "recovery_phone" in use else ((W.phone("US"), "voip") if rng.random() < 0.3 else False)
        if "recovery_email" in use:
            toks.append("shared_recovery_email")
        if "recovery_phone" in use:
            toks.append("shared_recovery_phone")
        created = created0 + dt.timedelta(hours=rng.uniform(0, 72 if not careful else 24 * 90))
        if careful:
            own_net = W.vpn_exit(own_exit_prov)
            signup = vals["vps"].ips[0] if "vps" in use else own_net.ips[0]
        else:
            signup = vals["vps"].ips[0] if "vps" in use else rng.choice(team.exits).ips[0]
        if "vps" in use:
            toks.append("shared_vps_ip")
        prof = vals["resume_site"] if "resume_site" in use else (f"https://github.com/{p.first.lower()}{rng.randint(10, 9999)}" if rng.random() < 0.5 else "")
        if "resume_site" in use:
            toks.append("shared_portfolio")
        sid = persona_subject(W, team, p, toks, stolen=stolen, created=created, signup_ip=signup, rec_email=rec_e, rec_phone=rec_p)
        W.subjects[-1]["profiles"] = prof
        if careful:
            m = vals["device"] if "device" in use else W.machine("laptop", rng.choice(US_ZONES), "en-US")
            if "device" not in use:
                m.procs = ["relaydesk_agent.exe", "chrome.exe", D.VPN_CLIENT[own_exit_prov]]
                m.gw = W.gw_mac()
            else:
                toks.append("shared_device")
            own_proxy = W.home_net("US")
            for _ in range(rng.randint(5, 25)):
                net = own_net if rng.random() < 0.6 else own_proxy
                t = W.t_local(team.work_zone, (8, 19))
                W.login(sid, t, net, m)
            if rng.random() < 0.5:
                W.emit_machine(sid, m, 1)
        else:
            mach = [vals["device"]] if "device" in use else rng.sample(team.machines, 1)
            if "device" in use:
                toks.append("shared_device")
            lg = team.logins(W, sid, rng.randint(5, 35), toks, mach, slip=0.3 * rng.random() * 0.3)
            if rng.random() < 0.4:
                W.emit_machine(sid, mach[0], 1)
            # the persona's "clients": a few machines it supports
            for _ in range(rng.randint(0, 2)):
                cm = W.machine("desktop", rng.choice(US_ZONES), "en-US")
                cm.gw, cm.procs, cm.label = W.gw_mac(), ["relaydesk_agent.exe"] + rng.sample(D.PROC_OFFICE, 2), "client"
                sessions_into(W, cm, lg, 1, 0.5, 4)
                W.emit_machine(sid, cm, 1, light=True)
        if "card" in use:
            charge(W, sid, "solo", vals["card"], "card", "US")
            toks.append("shared_card")
        elif "wallet" in use:
            charge(W, sid, "solo", vals["wallet"], "crypto", "US")
            toks.append("shared_wallet")
        elif rng.random() < 0.5:
            d, ins = W.card("visa") if rng.random() < 0.6 else W.wallet_addr()
            charge(W, sid, "solo", d, ins, "US")
        out.append(sid)
    return out


def lone_persona(W, team, honest_pool):
    rng = W.rng
    toks = ["lone_persona", "few_traits"]
    stolen = steal_identity(W, honest_pool) if rng.random() < 0.25 else None
    p = fake_p(W, None, toks, stolen=stolen, voip=rng.random() < 0.5)
    quiet = rng.random() < 0.7
    prov = rng.choice(["NordVPN", "ExpressVPN", "Surfshark", "Astrill"])
    ex = W.vpn_exit(prov)
    prox = W.home_net("US")
    sid = persona_subject(W, team, p, toks, stolen=stolen, signup_ip=ex.ips[0], rec_email="" if rng.random() < 0.6 else W.handle_email("outlook.com"))
    m = W.machine("laptop", rng.choice(US_ZONES) if quiet else team.zone, "en-US")
    m.procs, m.gw = ["relaydesk_agent.exe", "chrome.exe"], W.gw_mac()
    if not quiet:
        toks.append("vpn_" + prov.lower())
    for _ in range(rng.randint(3, 20)):
        net = ex if rng.random() < 0.5 else prox
        if not quiet and rng.random() < 0.05:
            net = team.base_net
            if "origin_slip" not in toks:
                toks.append("origin_slip")
        W.login(sid, W.t_local(team.work_zone, (8, 19)), net, m)
    if rng.random() < 0.4:
        W.emit_machine(sid, m, 1)
    if rng.random() < 0.6:
        d, ins = W.card() if rng.random() < 0.7 else W.wallet_addr()
        charge(W, sid, "solo", d, ins, "US")
    return [sid]


def rented(W, team):
    """A real US person lends the account; operators drive it."""
    rng = W.rng
    p = P(W, "US")
    toks = ["rented_identity", "operator_driven", f"team_{team.k}"]
    created = dt.datetime(rng.randint(2019, 2024), rng.randint(1, 12), rng.randint(1, 28))
    sid = subject(W, p, toks, fraud=True, plan="solo", created=created, idv=rng.random() < 0.5)
    card, _ = W.card()
    own = dev(W, p, "laptop")
    switch = START + dt.timedelta(days=rng.randint(10, 90))
    logins(W, sid, rng.randint(2, 8), [(p.net, 1)], [own], p.zone, (8, 22), 0.3, day_range=(START, switch))
    for _ in range(rng.randint(10, 40)):
        net, tag = team.net(W, 0.04, 0.4)
        if tag and tag not in toks:
            toks.append(tag)
        t = W.t_local(team.work_zone, (8, 19), day=switch + dt.timedelta(days=rng.randint(0, max(1, (END - switch).days - 1))))
        W.login(sid, t, net, rng.choice(team.machines))
    if rng.random() < 0.5:
        W.subjects[-1]["recovery_email"] = rng.choice(team.mailboxes)
        W.subjects[-1]["relaydesk_recovery_changed_at"] = iso(switch)
        toks.append("recovery_changed")
    if rng.random() < 0.4:
        d0 = START + dt.timedelta(days=3)
        W.pay(sid, d0, 24.90, "bank", card, "card", "solo", "USD", p.name)
        charge(W, sid, "solo", rng.choice(team.wallets), "crypto", "US")
        toks.append("payment_changed")
    else:
        charge(W, sid, "solo", card, "card", "US", payer=p.name)
    return [sid]


def mule_group(W, team):
    rng = W.rng
    mp = P(W, "US")
    msid = subject(W, mp, ["mule", "pays_for_others", f"team_{team.k}"], fraud=True, plan="solo")
    card, _ = W.card()
    charge(W, msid, "solo", card, "card", "US", payer=mp.name)
    logins(W, msid, rng.randint(3, 15), [(mp.net, 3), (mp.mob, 1)], [dev(W, mp)], mp.zone, (8, 22), 0.3)
    out = [msid]
    for _ in range(rng.randint(3, 4)):
        toks = ["mule_paid_persona", "paid_by_mule", f"team_{team.k}"]
        p = fake_p(W, None, toks, voip=rng.random() < 0.6)
        prov = rng.choice(["NordVPN", "ExpressVPN", "Astrill"])
        ex = W.vpn_exit(prov)
        sid = persona_subject(W, team, p, toks, signup_ip=ex.ips[0], rec_email="")
        m = W.machine("laptop", rng.choice(US_ZONES), "en-US")
        m.procs, m.gw = ["relaydesk_agent.exe", "chrome.exe"], W.gw_mac()
        prox = W.home_net("US")
        for _ in range(rng.randint(4, 20)):
            W.login(sid, W.t_local(team.work_zone, (8, 19)), ex if rng.random() < 0.5 else prox, m)
        charge(W, sid, "solo", card, "card", "US", payer=mp.name)
        out.append(sid)
    return out


def fake_recruiter(W, team, k, n_targets):
    """A look-alike of a real customer's domain asks candidates to install the agent for a 'technical interview'."""
    rng = W.rng
    honest = [d for d in W.domains if d.get("relaydesk_customer_tier") == "business"]
    victim = rng.choice(honest)
    stem = victim["domain"].split(".")[0]
    dom = rng.choice([f"{stem}-careers.com", f"{stem}-hiring.net", f"{stem}talent.co", f"{stem[:-1]}-{stem[-1]}.io", f"join{stem}.com"])
    reg = START - dt.timedelta(days=rng.randint(5, 60))
    W.domains.append({"domain": dom, "company": victim["company"], "registered_at": reg.strftime("%Y-%m-%d"),
                      "registrant_email": rng.choice(["", "redacted@withheldforprivacy.com", rng.choice(team.mailboxes)]),
                      "ip": team.vps[0].ips[0], "nameservers": "dns1.registrar-servers.com;dns2.registrar-servers.com",
                      "relaydesk_customer_tier": "business"})
    out, all_lg = [], []
    for j in range(rng.randint(4, 7)):
        toks = ["fake_recruiter", f"front_{k}", "young_domain"] + team.tokens
        p = fake_p(W, team, toks, voip=True)
        p.email = W.email(p.first, p.last, dom, "US", style=0)
        sid = persona_subject(W, team, p, toks, employer=victim["company"], team_id=dom, plan="team", role="owner" if j == 0 else "member",
                              signup_ip=team.vps[0].ips[0], created=reg + dt.timedelta(days=rng.randint(1, 5)),
                              rec_email=rng.choice(team.mailboxes) if rng.random() < 0.5 else "")
        W.subjects[-1]["address"] = ""
        lg = team.logins(W, sid, rng.randint(8, 25), toks, rng.sample(team.machines, 1), slip=0.03, proxy_share=0.1)
        all_lg += lg
        out.append(sid)
    charge(W, out[0], "team", rng.choice(team.cards), "card", "US", seats=len(out))
    targets = []
    for _ in range(n_targets):
        sid, _, _ = interview_candidate(W, ("interview_candidate", "fake_recruiter_target"), host_logins=all_lg)
        targets.append(sid)
    return out, targets


def build(W, n, honest_pool):
    rng = W.rng
    n_teams = max(2, round(n / 2500))
    teams = [Team(W, k + 1, nk=(k == 0 and n >= 5000)) for k in range(n_teams)]
    fraud, honest_extra = [], []
    for k, t in enumerate(teams):
        fraud += farm(W, t, k + 1, honest_pool)
        for _ in range(rng.randint(5, 7)):
            fraud += persona_ring(W, t, rng.randint(3, 9), honest_pool)
    careful_target = max(6, int(n * 0.004))
    c = 0
    while c < careful_target:
        ids = persona_ring(W, rng.choice(teams), rng.randint(2, 5), honest_pool, careful=True)
        fraud += ids
        c += len(ids)
    for _ in range(max(3, int(n * 0.003))):
        fraud += lone_persona(W, rng.choice(teams), honest_pool)
    for _ in range(max(2, int(n * 0.0015))):
        fraud += rented(W, rng.choice(teams))
    for _ in range(max(2, int(n * 0.0008))):
        fraud += mule_group(W, rng.choice(teams))
    for k in range(max(1, min(3, n // 8000))):
        f, tg = fake_recruiter(W, rng.choice(teams), k + 1, rng.randint(10, 25))
        fraud += f
        honest_extra += tg
    return fraud, honest_extra
