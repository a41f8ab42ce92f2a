"""The fraud side: DPRK IT-worker operator teams, their personas, laptop-farm facilitators, rented accounts, mules."""
import datetime as dt

from . import data, infra, life, people
from .life import emit, person

BASES = [("CN", "Asia/Shanghai", 45), ("RU", "Asia/Vladivostok", 20), ("LA", "Asia/Vientiane", 10), ("CN", "Asia/Shanghai", 25)]


def team(w):
    cc, tz, _ = w.pick(BASES, [b[2] for b in BASES])
    exit_ = w.pick(["astrill", "resproxy", "vps", "vpn"], [40, 25, 20, 15])
    spoof = w.chance(0.6)
    machines = []
    for _ in range(w.rng.randint(2, 5)):
        kb = ["en-US"]
        r = w.rng.random()
        if r < 0.35:
            kb.append("ko-KR")
        elif r < 0.55:
            kb.append("zh-CN")
        procs = [p for p, q in (("AnyDesk.exe", 0.5), ("astrill.exe", 0.4 if exit_ == "astrill" else 0.05),
                                ("TeamViewer.exe", 0.15)) if w.chance(q)]
        mtz = w.pick(["America/New_York", "America/Chicago", "America/Los_Angeles"]) if spoof else tz
        machines.append(infra.device(w, mtz, kb, "win", procs))
    t = {"cc": cc, "tz": tz, "exit": exit_, "machines": machines, "hours": "us" if spoof or w.chance(0.4) else "asia",
         "voip": [infra.us_phone(w, voip=True) for _ in range(w.rng.randint(3, 7))],
         "recmail": [infra.email_for(w, *infra.name(w)[:2], dom=w.pick(["gmail.com", "outlook.com", "proton.me"]))
                     for _ in range(w.rng.randint(2, 4))],
         "wallets": [infra.crypto(w, "TRON") + (0.95,) for _ in range(w.rng.randint(1, 2))] +
                    [("wallet", "payoneer:" + w.hexid(10), 0.9)],
         "faces": [w.rng.getrandbits(48) for _ in range(w.rng.randint(1, 3))],
         "vps": infra.vps(w), "edits": 0}
    return t


def exit_net(w, t):
    if t["exit"] == "astrill":
        return infra.vpn(w, "Astrill VPN", "US")
    if t["exit"] == "resproxy":
        return infra.res_proxy(w)
    if t["exit"] == "vps":
        return t["vps"]
    return infra.vpn(w, w.pick(["NordVPN", "ExpressVPN", "Surfshark"]), "US")


def persona(w, t, kinds, stolen=None, c=None):
    """A claimed identity: stolen (a victim's name, birth date, SSN, maybe address) or synthetic."""
    c = c or infra.city(w)
    if stolen is None:
        stolen = w.chance(0.35)
    if stolen:
        v = person(w, c=c, birth=infra.birth(w, 1970, 1998))
        p = person(w, c=c, first=v["first"], last=v["last"], birth=v["birth"], nid=v["nid"], org=v["origin"],
                   addr=v["addr"] if w.chance(0.5) else None, dom=w.pick(["gmail.com", "outlook.com", "proton.me"]))
        kinds.append("stolen_identity")
        if w.chance(0.55):
            kinds.append("victim_present")
            people.victim(w, v)
    else:
        p = person(w, c=c, birth=infra.birth(w, 1986, 2000), dom=w.pick(["gmail.com", "outlook.com", "proton.me", "gmail.com"]))
        kinds.append("synthetic_identity")
    return p


def tells(w, t, p, kinds, *, share=(), device_p=0.5, voip_p=0.7, face_p=0.4, wallet_p=0.5, slip_p=0.25, rec_p=0.5):
    """Draw a persona's tells; `share` forces specific shared things."""
    ctxs = []
    if "device" in share or w.chance(device_p):
        dev = w.pick(t["machines"])
        kinds.append("team_machine")
    else:
        kb = ["en-US"] + (["ko-KR"] if w.chance(0.25) else [])
        dev = infra.device(w, w.pick(["America/New_York", "America/Chicago", t["tz"]]), kb, "win",
                           ["AnyDesk.exe"] if w.chance(0.3) else [])
    net = exit_net(w, t)
    kinds.append({"astrill": "vpn_astrill", "resproxy": "residential_proxy", "vps": "vps_ip", "vpn": "commercial_vpn"}[t["exit"]])
    ctxs.append((dev, net, 10))
    if w.chance(0.4):
        ctxs.append((infra.device(w, dev["tz"], ["en-US"], "android"), net, 3))
    if w.chance(slip_p):
        ctxs.append((dev, infra.foreign_net(w, t["cc"]), 1))
        kinds.append("foreign_ip_slip")
    if "phone" in share or w.chance(voip_p):
        p["phone"] = w.pick(t["voip"])
        kinds.append("voip_phone")
    rec_email = ""
    rec_phone = None
    if "recovery_email" in share or w.chance(rec_p * 0.6):
        rec_email = w.pick(t["recmail"])
        kinds.append("team_recovery_email")
    if "recovery_phone" in share or w.chance(rec_p * 0.5):
        rec_phone = w.pick(t["voip"])
        kinds.append("team_recovery_phone")
    photo = "self"
    if "photo" in share or w.chance(face_p):
        t["edits"] += 1
        p["face"] = ("face", w.pick(t["faces"]), 1 + t["edits"] % 7)
        kinds.append("edited_team_photo")
    wd = [infra.ext_bank(w) + (0.6,)]
    if "wallet" in share or w.chance(wallet_p):
        wd = [w.pick(t["wallets"])]
        kinds.append("team_wallet")
    return ctxs, rec_email, rec_phone, photo, wd


def ring_common(w, t, n, token, share, label, **kw):
    emp_kind = None
    for i in range(n):
        kinds = [token]
        p = persona(w, t, kinds)
        ctxs, re, rp, photo, wd = tells(w, t, p, kinds, share=share, **kw)
        for s in share:
            kinds.append("shared_" + s)
        emp = life.payer(w, "marketplace") if w.chance(0.35) else life.payer(w, "company")
        emit(w, p, kinds=kinds, fraud=1, ctxs=ctxs, hours=t["hours"], wd=wd, card_addr=p["addr"], rec_email=re,
             rec_phone=rp, photo=photo, employer=emp, pay_scale=1.6, profiles=people.profiles(w, p),
             kind="account" if w.chance(0.9) else "applicant", status="approved" if w.chance(0.9) else "pending")
    return n


def ring_overt(w):
    t = team(w)
    share = w.rng.sample(["device", "phone", "recovery_email", "recovery_phone", "photo", "wallet"], w.rng.randint(3, 5))
    return ring_common(w, t, w.rng.randint(4, 9), "ring_overt", share, "overt")


def ring_wallet(w):
    t = team(w)
    t["wallets"] = t["wallets"][:1]
    return ring_common(w, t, w.rng.randint(4, 8), "ring_wallet_funnel", ["wallet"], "wallet",
                       device_p=0.25, voip_p=0.6, face_p=0.2)


def ring_recovery(w):
    t = team(w)
    t["recmail"] = t["recmail"][:1]
    t["voip"] = t["voip"][:2]
    return ring_common(w, t, w.rng.randint(3, 7), "ring_recovery", [w.pick(["recovery_email", "recovery_phone"])], "recovery",
                       device_p=0.2, wallet_p=0.2, face_p=0.15)


def ring_careful(w):
    """Careful rings: residential proxies, own machine, own number, own account; exactly one shared thing."""
    t = team(w)
    t["exit"] = "resproxy"
    t["machines"] = t["machines"][:1]
    t["voip"] = t["voip"][:1]
    t["recmail"] = t["recmail"][:1]
    t["wallets"] = t["wallets"][:1]
    t["faces"] = t["faces"][:1]
    t["hours"] = "us"
    share = [w.pick(["device", "phone", "recovery_email", "wallet", "photo", "recovery_phone"])]
    return ring_common(w, t, w.rng.randint(2, 5), "ring_careful", share, "careful", device_p=0, voip_p=0, face_p=0,
                       wallet_p=0, slip_p=0, rec_p=0)


def ring_split(w):
    """Split across employers and claimed states; what holds it together is one VPS or one operator machine."""
    t = team(w)
    how = w.pick(["vps", "device"])
    if how == "vps":
        t["exit"] = "vps"
    n = w.rng.randint(3, 7)
    for i in range(n):
        kinds = ["ring_split", "shared_vps_ip" if how == "vps" else "shared_device", "multi_employer"]
        p = persona(w, t, kinds)
        ctxs, re, rp, photo, wd = tells(w, t, p, kinds, share=("device",) if how == "device" else (), device_p=0.15,
                                        voip_p=0.5, face_p=0.15, wallet_p=0.25)
        emit(w, p, kinds=kinds, fraud=1, ctxs=ctxs, hours=t["hours"], wd=wd, card_addr=p["addr"], rec_email=re,
             rec_phone=rp, photo=photo, employer=life.payer(w, w.pick(["company", "company", "marketplace", "eor"])),
             pay_scale=1.5)
    return n


def lone(w):
    """Lone personas: one identity, few traits; some quiet (residential proxy, US hours, a real mobile number)."""
    t = team(w)
    kinds = ["lone_persona"]
    quiet = w.chance(0.5)
    if quiet:
        t["exit"] = "resproxy"
        t["hours"] = "us"
        kinds.append("few_traits")
    p = persona(w, t, kinds)
    ctxs, re, rp, photo, wd = tells(w, t, p, kinds, device_p=0, voip_p=0.2 if quiet else 0.7, face_p=0,
                                    wallet_p=0.2 if quiet else 0.6, slip_p=0 if quiet else 0.3, rec_p=0 if quiet else 0.5)
    emit(w, p, kinds=kinds, fraud=1, ctxs=ctxs, hours=t["hours"], wd=wd, card_addr=p["addr"], rec_email=re,
         rec_phone=rp, photo=photo, employer=life.payer(w), pay_scale=1.5)
    return 1


def laptop_farm(w):
    """A US facilitator (Chapman/Knoot-style): personas' debit cards (and employers' laptops) arrive at her house;
    the operators sign in through laptops racked there (remote tools), so logins come from her home line."""
    c = infra.city(w)
    t = team(w)
    fac = person(w, c=c, birth=infra.birth(w, 1965, 1995))
    net = infra.home_net(w, c)
    fac_addr = fac["addr"]
    fac_acct = infra.new_account_number(w)
    n = w.rng.randint(4, 12)
    # the facilitator's own account
    kinds = ["facilitator"]
    ph = infra.device(w, c[4], ["en-US"], "ios")
    emit(w, fac, kinds=kinds, fraud=1, ctxs=[(ph, net, 6), (ph, infra.cgnat(w, c), 3)], wd=[infra.ext_bank(w) + (0.8,)],
         card_addr=fac_addr, own_acct=fac_acct, employer=life.payer(w, "company"), rec_email=people.rec_email(w, fac))
    n_st = 0
    for i in range(n):
        kinds = ["laptop_farm", "farm_ship_address"]
        p = persona(w, t, kinds, stolen=w.chance(0.65), c=c if w.chance(0.3) else None)
        claims_farm = w.chance(0.3)
        if claims_farm:
            p["addr"] = dict(fac_addr)
            kinds.append("claims_farm_address")
        lap = infra.device(w, w.pick(["America/New_York", "America/Chicago", c[4]]), ["en-US"], "win",
                           [x for x in ("AnyDesk.exe", "TeamViewer.exe", "remoting_host.exe") if w.chance(0.4)])
        ctxs = [(lap, net, 8)]
        kinds.append("farm_home_network")
        if w.chance(0.3):
            ctxs.append((lap, infra.vpn(w, "Astrill VPN", "US"), 2))
            kinds.append("vpn_astrill")
        if w.chance(0.5):
            p["phone"] = w.pick(t["voip"])
            kinds.append("voip_phone")
        wd = [("bank", "ext:%s" % fac_acct, 0.9)] if w.chance(0.5) else [w.pick(t["wallets"])]
        kinds.append("pay_to_facilitator" if wd[0][1].startswith("ext:KB") else "team_wallet")
        if wd[0][1].startswith("ext:KB"):
            wd = [("bank", fac_acct, 0.9)]
        re = fac["email"] if w.chance(0.2) else (w.pick(t["recmail"]) if w.chance(0.4) else "")
        if re == fac["email"]:
            kinds.append("facilitator_recovery_email")
        emit(w, p, kinds=kinds, fraud=1, ctxs=ctxs, hours="us", wd=wd, card_addr=fac_addr if not claims_farm else p["addr"],
             rec_email=re, photo="self", employer=life.payer(w, "company"), pay_scale=1.7,
             address_override=None)
    return n + 1


def rented(w):
    """Bought or rented verified accounts: a real US person's genuine KYC, then the operators take over
    (new device, VPN, recovery contact changed, withdrawals redirected to a team wallet)."""
    t = team(w)
    n = w.rng.randint(1, 4)
    for i in range(n):
        kinds = ["rented_account", "takeover"]
        p = person(w, birth=infra.birth(w, 1995, 2004))
        ctxs, hours = people.mods(w, p, [], allow_vpn=False)
        created = w.rand_time(infra.START, infra.END - dt.timedelta(days=200))
        t1 = created + dt.timedelta(days=w.rng.randint(20, 150))
        dev = w.pick(t["machines"]) if w.chance(0.6) else infra.device(w, "America/New_York", ["en-US", "ko-KR"], "win")
        if dev in t["machines"]:
            kinds.append("team_machine")
        op = [(dev, exit_net(w, t), 10)]
        wd2 = [w.pick(t["wallets"])]
        kinds.append("team_wallet")
        re = w.pick(t["recmail"]) if w.chance(0.5) else ""
        if re:
            kinds.append("team_recovery_email")
        emit(w, p, kinds=kinds, fraud=1, created=created, phases=[(created, ctxs, people.wd_for(w, p) or [infra.ext_bank(w) + (0.5,)]),
                                                                   (t1, op, wd2)],
             hours="us", card_addr=p["addr"], rec_email=re, photo="self", employer=life.payer(w, "company"),
             pay_scale=1.6, n_logins=w.rng.randint(12, 35))
    return n


def mule_network(w):
    """Money mules: US accounts that receive personas' wages (P2P to their Keelbank account) and forward to crypto.
    Personas here are otherwise unconnected (own machines, own numbers)."""
    t = team(w)
    n_m = w.rng.randint(1, 3)
    mules = []
    total = 0
    for j in range(n_m):
        mp = person(w, birth=infra.birth(w, 1975, 2003))
        acct = infra.new_account_number(w)
        mules.append((mp, acct))
    personas = []
    for i in range(w.rng.randint(2, 5)):
        kinds = ["mule_fed_persona"]
        p = persona(w, t, kinds)
        ctxs, re, rp, photo, wd = tells(w, t, p, kinds, device_p=0.1, voip_p=0.6, face_p=0.1, wallet_p=0, rec_p=0.2)
        mp, acct = w.pick(mules)
        wd = [("bank", acct, 0.95)]
        kinds.append("pays_mule")
        created = w.rand_time(infra.START, infra.END - dt.timedelta(days=120))
        sid = emit(w, p, kinds=kinds, fraud=1, ctxs=ctxs, hours=t["hours"], wd=wd, card_addr=p["addr"], rec_email=re,
                   rec_phone=rp, photo=photo, employer=life.payer(w, "company"), pay_scale=1.6, created=created)
        personas.append({"name": "Keelbank P2P from " + p["full"], "acct": w.subjects[-1]["keelbank_account_ref"]})
        total += 1
    for mp, acct in mules:
        kinds = ["money_mule"]
        ctxs, hours = people.mods(w, mp, kinds, allow_vpn=False)
        srcs = personas
        emit(w, mp, kinds=kinds, fraud=1, ctxs=ctxs, hours=hours, own_acct=acct, wd=[infra.crypto(w, "TRON") + (0.9,)],
             card_addr=mp["addr"], photo="self", employer=life.payer(w, "company"),
             incoming=lambda ts, s=srcs: w.pick(s), rec_email=people.rec_email(w, mp))
        total += 1
    return total
