"""A person's Chainwork profile and exchange account rows, sign-ins, laptop telemetry, payouts and withdrawals."""
from . import data as D
from .infra import DAY, LOGIN_FROM, LOGIN_TO, T0, day, ts


def employer(W, kind=None):
    kind = kind or W.r.choices([k for k, _ in D.EMPLOYER_KINDS], weights=[w for _, w in D.EMPLOYER_KINDS])[0]
    for attempt in range(1000):
        base = W.pick(D.EMP_A) + W.pick(D.EMP_B)
        if attempt > 20:  # the two-part names run out at large sizes: add a third part
            base = W.pick(D.EMP_A) + W.pick(D.EMP_B).title() + W.pick(["Labs", "One", "X", "Prime", "Hub", "Works", "Nine", "Zero"]) + \
                (W.hex(2) if attempt > 100 else "")
        name = base + (" " + W.pick(D.DAO_SUFFIX) if kind == "dao" else "" if kind == "startup" else " Exchange" if kind == "exchange" else
                       " Security" if kind == "audit_firm" else " Trading")
        if ("emp:" + name) not in W.used:
            break
    W.used.add("emp:" + name)
    dom = base.lower() + W.pick([".xyz", ".io", ".fi", ".com", ".org", ".finance", ".network"])
    if ("dom:" + dom) in W.used:
        dom = base.lower() + W.hex(3) + ".io"
    W.used.add("dom:" + dom)
    e = dict(name=name, domain=dom, kind=kind, managed=kind in ("exchange", "market_maker", "audit_firm") or (kind == "startup" and W.chance(0.35)),
             net=W.pool(("office", name), 6, "Cloudflare WARP" if W.chance(0.4) else "Zscaler", 13335 if W.chance(0.4) else 22616, (104, 136), "US", "", "false"),
             safes=[W.address_of(W.pick(["eth", "arb", "op", "base"])) for _ in range(W.r.randrange(1, 4))])
    W.domains.append((dom, name, day(T0 - W.r.randrange(200, 2400) * DAY), "privacy@" + W.pick(["withheldforprivacy.com", "domainsbyproxy.com", "njal.la"]),
                      W.hosting_net()["ip"], "ns1.cloudflare.com;ns2.cloudflare.com"))
    W.employers.append(e)
    return e


def person(W, cc=None, culture=None, pseudonymous=False, role=None):
    r = W.r
    cc = cc or W.wpick(D.HONEST_COUNTRY_WEIGHTS)
    city = W.city(cc)
    culture = culture or W.culture_for(cc)
    f, l, full = W.name(culture)
    P = dict(cc=cc, city=city, culture=culture, first=f, last=l, full=full, tz=city[1], off=city[2], kb=[D.COUNTRIES[cc]["kb"]],
             role=role or W.wpick(D.ROLES), traits=[])
    P["handle"] = W.handle() if pseudonymous or W.chance(0.3) else None
    P["pseudo"] = pseudonymous
    if pseudonymous:
        P["email"] = W.handle_email(P["handle"], W.pick(D.PRIVACY_MAIL) if W.chance(0.6) else "gmail.com")
    else:
        P["email"] = W.email(f, l, W.pick(D.FREE_MAIL))
    P["phone"] = W.phone(cc, city[0])
    P["phone_type"] = "mobile"
    P["address"] = W.address(cc, city)
    age = r.randrange(20, 55)
    P["birth"] = "%04d-%02d-%02d" % (2025 - age, r.randrange(1, 13), r.randrange(1, 29))
    P["nid"] = W.salted(W.hex(12))
    P["home"] = W.home_net(cc, city[0])
    P["nets"] = [(P["home"], 70), (W.mobile_net(cc, city[0]), 15)]
    P["laptop"] = W.device()
    P["mob"] = W.device("p")
    P["ua"] = W.pick(D.DESK_UA)
    P["mua"] = W.pick(D.PHONES_UA)
    P["devs"] = [(P["laptop"], P["ua"], 75), (P["mob"], P["mua"], 25)]
    P["hours"] = (r.randrange(7, 12), r.randrange(16, 23))
    P["gw"] = ":".join("%02x" % r.randrange(256) for _ in range(6))
    P["ssid"] = W.pick(["NETGEAR", "TP-Link_", "Xfinity-", "ASUS_", "Livebox-", "FRITZ!Box 7590 ", "MEO-", "Vodafone-", "HUAWEI-"]) + W.hex(4).upper()
    P["photo"] = None
    P["payout"] = None
    P["skills"] = r.sample(D.SKILLS[P["role"]], min(len(D.SKILLS[P["role"]]), r.randrange(3, 6)))
    P["procs"] = r.sample(D.COMMON_PROCS, r.randrange(4, 9))
    P["usb"] = r.sample(D.USB_COMMON, r.randrange(0, 4))
    P["recovery_email"] = None
    P["recovery_phone"] = None
    return P


def photo(W, P, base=None, variant=0):
    rel = f"photos/{W.uid('p', 12)}.png"
    W.photos[rel] = (base if base is not None else W.r.getrandbits(32), variant)
    P["photo"] = rel
    return rel


def resume(W, P, template=None):
    r = W.r
    if template:
        return template.replace("{NAME}", P["full"]).replace("{YEARS}", str(r.randrange(5, 11)))
    hist = []
    for _ in range(r.randrange(1, 4)):
        hist.append(f"- {W.pick(['Engineer', 'Contributor', 'Contractor', 'Lead', 'Moderator', 'Analyst'])}, {W.pick(D.EMP_A)}{W.pick(D.EMP_B)} "
                    f"({r.randrange(2015, 2023)}-{r.randrange(2023, 2026)})")
    who = P["handle"] if P["pseudo"] else P["full"]
    return (f"{who}\n{P['role'].replace('_', ' ').title()} - {', '.join(P['skills'])}\n" + "\n".join(hist) +
            f"\nBased in {P['city'][0]}. {W.pick(['Open to async work.', 'Overlap with US hours on request.', 'Prefer paid in USDC.', 'Available for audits and reviews.', 'Hackathon winner.', ''])}")


def profiles(W, P):
    h = P["handle"] or (P["first"] + P["last"]).lower() + str(W.r.randrange(10, 999))
    out = [f"https://github.com/{h}"]
    if not P["pseudo"] and W.chance(0.6):
        out.append(f"https://www.linkedin.com/in/{P['first'].lower()}-{P['last'].lower().replace(' ', '')}-{W.hex(6)}")
    if W.chance(0.5):
        out.append(f"https://x.com/{h}")
    if P["role"] == "smart_contract_auditor" and W.chance(0.7):
        out.append(f"https://code4rena.com/@{h}")
    return ";".join(out)


def payout(W, P, employer_=None):
    """The destination a contributor asks to be paid to."""
    r = W.r
    x = r.random()
    if P["pseudo"] or (employer_ and employer_["kind"] == "dao"):
        x = x * 0.7 + 0.3  # crypto
    if x < 0.22:
        bank = W.pick(D.BANKS.get(P["cc"], D.BANKS["*"]))
        P["payout"] = ("bank", f"bank:{P['cc']}:{bank}:{W.salted(W.hex(10))[7:23]}", "", "ach" if P["cc"] == "US" else "swift")
    elif x < 0.30:
        P["payout"] = ("wallet", f"wise:{W.hex(10)}", "", "wise")
    elif x < 0.39:
        ex = W.pick(D.EXCHANGE_OMNIBUS)
        addr = W.pools.setdefault(("omni", ex), W.address_of("stellar"))
        P["payout"] = ("crypto", addr, str(r.randrange(10 ** 8, 10 ** 10)), "usdc-stellar:" + ex)
        P["traits"].append("omnibus_deposit")
    elif x < 0.46:
        rail = W.pick(D.PAYROLL_RAILS)
        addr = W.pools.setdefault(("rail", rail), W.address_of("eth"))
        P["payout"] = ("crypto", addr, "ref-" + W.hex(8), "payroll_rail:" + rail)
        P["traits"].append("payroll_rail")
    elif x < 0.52 and employer_ and employer_["kind"] == "dao":
        P["payout"] = ("crypto", W.pick(employer_["safes"]), "", "workstream_multisig")
        P["traits"].append("dao_multisig_payee")
    else:
        ch = W.pick(["eth", "arb", "base", "op", "polygon", "sol", "tron", "eth"])
        P["payout"] = ("crypto", W.address_of(ch), "", "usdc" if ch != "tron" else "usdt-trc20")
    return P["payout"]


def sessions(W, sid, P, start, end, n, event="user.session.start"):
    r = W.r
    start = max(start, LOGIN_FROM)
    if end <= start:
        return
    nets = P["nets"]
    nw = [w for _, w in nets]
    dv = P["devs"]
    dw = [w for _, _, w in dv]
    for _ in range(n):
        d0 = start + r.randrange(int((end - start) // DAY) + 1) * DAY
        d0 -= d0 % DAY
        lh = r.uniform(P["hours"][0], P["hours"][1])
        t = d0 + int((lh - P["off"]) * 3600) + r.randrange(3600)
        if t >= LOGIN_TO:
            t = LOGIN_TO - r.randrange(1, 3600 * 48)
        net = r.choices(nets, weights=nw)[0][0]
        dev, ua, _ = r.choices(dv, weights=dw)[0]
        W.login(sid, t, net, dev, ua, event, "success" if r.random() > 0.04 else "failure")
    for (t, net, dev, ua) in P.get("extra_logins", ()):
        if start - 30 * DAY <= t < LOGIN_TO:
            W.login(sid, t, net, dev, ua, event)


def telemetry(W, sid, P, mdm, start, end):
    r = W.r
    t = max(start, LOGIN_FROM) + r.randrange(1, 5) * DAY
    first = True
    while t < min(end, LOGIN_TO):
        W.ep(sid, t, mdm, "system", P.get("system") or W.pick(D.LAPTOPS))
        W.ep(sid, t, mdm, "timezone", P.get("ep_tz", P["tz"]))
        for k in P.get("ep_kb", P["kb"]):
            W.ep(sid, t, mdm, "keyboard", k)
        for pname in P["procs"][: r.randrange(3, len(P["procs"]) + 1)]:
            W.ep(sid, t, mdm, "process", pname)
        for pname in P.get("ep_procs", ()):
            W.ep(sid, t, mdm, "process", pname)
        for (nm, v, p) in P["usb"] + P.get("ep_usb", []):
            W.ep(sid, t, mdm, "usb", nm, v, p)
        if first or r.random() < 0.3:
            W.ep(sid, t, mdm, "display", P.get("display") or W.pick(D.DISPLAYS))
        W.ep(sid, t, mdm, "gateway_mac", P.get("ep_gw", P["gw"]))
        W.ep(sid, t, mdm, "network", P.get("ep_ssid", P["ssid"]))
        for port in P.get("ep_ports", ()):
            W.ep(sid, t, mdm, "listening_port", port)
        for (host, age) in P.get("ep_remote", ()):
            W.ep(sid, t, mdm, "remote_session", host, started=ts(t - age))
        first = False
        t += r.randrange(25, 45) * DAY


def platform_row(W, P, emp, fraud, kind, status=None, created=None, n_logins=None, extra=None):
    """One Chainwork profile (an application to, or an engagement with, one employer)."""
    r = W.r
    status = status or ("contractor" if r.random() < 0.6 else "applicant")
    sid = W.uid("cw_")
    created = created or (LOGIN_FROM - r.randrange(-250, 500) * DAY + r.randrange(DAY))
    kyc = status == "contractor" and (not P["pseudo"] or r.random() < 0.15) and r.random() < 0.8
    row = dict(id=sid, kind=status, full_name=(P["handle"] if P["pseudo"] else P["full"]), email=P["email"],
               phone=W.phone_text(P["phone"], P["cc"]) if P["phone"] and not (P["pseudo"] and r.random() < 0.7) else "",
               address=P["address"] if (kyc or r.random() < 0.3) else "", country=P.get("claim_cc", P["cc"]),
               birth_date=P["birth"] if kyc else "", national_id=P["nid"] if kyc else "",
               photo=P["photo"] or "", resume=resume(W, P, P.get("resume_tpl")) if r.random() < 0.85 else "", profiles=profiles(W, P),
               employer=emp["name"], created_at=ts(created), recovery_email=P["recovery_email"] or "", recovery_phone=(P["recovery_phone"] or ""), signup_ip=P.get("signup_net", P["home"])["ip"],
               chainwork_source="chainwork_platform", chainwork_role=P["role"], employer_type=emp["kind"],
               handle=P["handle"] or "")
    if row["phone"]:
        row["phone_line_type"] = P["phone_type"]
    if row["recovery_phone"]:
        row["recovery_phone_line_type"] = P.get("recovery_phone_type", "mobile")
    if extra:
        row.update(extra)
    W.add_subject(row, fraud, kind)
    end = min(LOGIN_TO, created + r.randrange(60, 700) * DAY) if status in ("contractor", "employee") else created + r.randrange(5, 60) * DAY
    nl = n_logins if n_logins is not None else (r.randrange(6, 18) if status == "contractor" else r.randrange(1, 5))
    W.login(sid, created, P.get("signup_net", P["home"]), P["devs"][0][0], P["devs"][0][1], "user.account.signup")
    sessions(W, sid, P, created, end, nl)
    if status == "contractor":
        method, dest, memo, rail = P["payout"] or payout(W, P, emp)
        t = max(created + 20 * DAY, T0)
        amt = r.choice([2500, 4000, 6000, 8000, 10000, 12000, 15000]) * r.uniform(0.8, 1.2)
        if P["role"] == "community_moderator":
            amt /= 4
        while t < end:
            W.pay(sid, t, amt * r.uniform(0.9, 1.1), "USD" if method != "crypto" else ("USDT" if "tron" in dest else "USDC"), method, dest,
                  memo=memo, payer=emp["name"], rail=rail)
            t += r.randrange(27, 34) * DAY
        if emp["managed"]:
            mdm = W.device("m")
            P_dev = (mdm, P["ua"], 60)
            P["devs"] = [P_dev] + P["devs"]
            sessions(W, sid, P, created, end, r.randrange(4, 10), "user.authentication.sso")
            P["devs"] = P["devs"][1:]
            W.ship(sid, created + r.randrange(3, 12) * DAY, "SN" + W.hex(10).upper(), P.get("ship_addr", P["address"]), "laptop")
            telemetry(W, sid, P, mdm, created, end)
            if r.random() < 0.3:
                W.ship(sid, created + r.randrange(3, 12) * DAY, "YK" + W.hex(8).upper(), P.get("ship_addr", P["address"]), "security_key")
    return sid


def exchange_row(W, P, fraud, kind, created=None, extra=None, deposit=None):
    """One account in the partner exchange's KYC export."""
    r = W.r
    sid = W.uid("xa_")
    created = created or (LOGIN_FROM - r.randrange(-200, 1200) * DAY + r.randrange(DAY))
    ex_email = P.get("ex_email") or P["email"]
    row = dict(id=sid, kind="account", full_name=P.get("legal", P["full"]), email=ex_email, phone=W.phone_text(P["phone"], P["cc"]),
               phone_line_type=P["phone_type"], address=P["address"], country=P.get("claim_cc", P["cc"]), birth_date=P["birth"],
               national_id=P["nid"], photo=P.get("kyc_photo") or P["photo"] or "", resume="", profiles="", employer="",
               created_at=ts(created), recovery_email=P["recovery_email"] or "", recovery_phone=P["recovery_phone"] or "",
               signup_ip=P.get("signup_net", P["home"])["ip"], chainwork_source="exchange_kyc", chainwork_role="exchange_customer",
               employer_type="", handle="", kyc_tier=W.pick(["tier1", "tier2", "tier2", "tier3"]))
    if row["recovery_phone"]:
        row["recovery_phone_line_type"] = P.get("recovery_phone_type", "mobile")
    if extra:
        row.update(extra)
    W.add_subject(row, fraud, kind)
    W.login(sid, max(created, LOGIN_FROM - 400 * DAY), P.get("signup_net", P["home"]), P["devs"][-1][0], P["devs"][-1][1], "exchange.account.open")
    sessions(W, sid, P, created, LOGIN_TO, r.randrange(3, 12), "exchange.login")
    dep = deposit or W.address_of(W.pick(["eth", "eth", "tron", "sol", "base"]))
    P.setdefault("ex_deposits", []).append(dep)
    t = max(created, T0) + r.randrange(1, 60) * DAY
    while t < LOGIN_TO:
        W.pay(sid, t, r.uniform(50, 8000), W.pick(["USDC", "USDT", "ETH", "BTC"]), "crypto", dep, direction="deposit", rail="exchange")
        if r.random() < 0.6:
            w = P.get("withdraw_to")
            if w is None or r.random() < 0.3:
                x = r.random()
                if x < 0.45:
                    w = W.pools.setdefault(("defi", W.pick(D.DEFI_CONTRACTS)), W.address_of("eth"))
                elif x < 0.6 and P.get("bank"):
                    w = P["bank"]
                else:
                    w = P.setdefault("cold", W.address_of(W.pick(["eth", "sol"])))
            W.pay(sid, t + r.randrange(1, 20) * DAY, r.uniform(50, 6000), W.pick(["USDC", "USDT", "ETH"]),
                  "bank" if str(w).startswith("bank:") else "crypto", w, direction="withdrawal", rail="exchange")
        t += r.randrange(15, 120) * DAY
    return sid
