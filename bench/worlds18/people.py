"""A person spec (a dict) and the one function that turns it into rows of every table.

Populations (honest.py, fraud.py) build specs with base_dev / base_client ... then change what
their kind needs (shared addresses, payout wallets, devices, networks) before calling emit().
"""
import datetime as dt

from . import catalog as C
from . import media as M
from .core import END, START, clamp_t, hexid, iso, rand_time, wrand

UNISWAP_ROUTER = "0x3fc91a3afd70395cd496c647d5a6cc9d4b2b7fad"
ACROSS_BRIDGE = "0x5c7bcd6e7de5423a257d81b442095a1a6ced35c5"
STABLE_CHAINS = {"Ethereum": 20, "Base": 25, "Arbitrum": 20, "Optimism": 8, "Polygon": 10, "Solana": 17}
PAYROLL = ["Utopia Labs payroll", "Request Finance", "Coordinape", "Superfluid stream", "Deel", "Remote.com",
           "Ledgerline Escrow", "Ledgerline Escrow", "Ledgerline Escrow"]
WALLET_SERVICES = ["paypal", "wise", "payoneer", "revolut"]
NFT_POPULAR = 14  # popular profile pictures that many people save and upload as their own


def created_between(rng, a=START, b=END - dt.timedelta(days=20)):
    return rand_time(rng, a, b)


def profiles_for(w, rng, handle, name, *, github=0.9, linkedin=0.5, portfolio=0.25, x=0.4, extra=()):
    out = []
    if rng.random() < github:
        out.append(f"https://github.com/{handle.replace('.eth', '').replace('.', '-')}")
    if name and rng.random() < linkedin:
        out.append(f"https://www.linkedin.com/in/{name.lower().replace(' ', '-').replace('.', '')}-{hexid(rng, 6)}")
    if rng.random() < portfolio:
        base = handle.replace('.eth', '').replace('.', '')
        out.append(rng.choice([f"https://{base}.dev", f"https://{base}.vercel.app", f"https://{base}.xyz",
                               f"https://mirror.xyz/{base}.eth", f"https://{base}.github.io"]))
    if rng.random() < x:
        out.append(f"https://x.com/{handle.replace('.eth', '').replace('.', '_')[:15]}")
    out.extend(extra)
    return out


def photo_for(w, rng, sid, style):
    """style: selfie | default | nft | nft_popular | identicon | none."""
    if style == "selfie":
        return w.save_photo(sid, M.selfie(rng), "jpg" if rng.random() < 0.8 else "png", rng.randint(75, 92))
    if style == "default":
        return w.static_photo("default-avatar", lambda: M.default_avatar(0))
    if style == "default2":
        return w.static_photo("default-avatar-v2", lambda: M.default_avatar(1))
    if style == "nft_popular":
        k = min(NFT_POPULAR - 1, int(rng.paretovariate(1.2)) - 1)
        key = f"nft-popular-{k}"
        if key not in w._photo_cache:
            import random as _r
            img = M.nft(_r.Random(f"nftpop{k}"), k % 4)
            w._photo_cache[key] = M.encode(img, "png")
        return w.save_photo_bytes(sid, w._photo_cache[key], "png")
    if style == "nft":
        return w.save_photo(sid, M.nft(rng, rng.randrange(4)), "png")
    if style == "identicon":
        return w.save_photo(sid, M.identicon(rng), "png")
    return ""


def phone_type(rng, voip=False, landline=0.0):
    if voip:
        return rng.choice(["voip", "nonFixedVoip", "nonFixedVoip", "VOIP"])
    if rng.random() < landline:
        return "landline"
    return rng.choice(["mobile", "mobile", "mobile", "Mobile"])


def base_dev(w, rng, *, cc=None, city=None, culture=None, pseud=False, kind="account", created=None):
    """A developer on the platform: the common case, before a population adds its colour."""
    cc = cc or wrand(rng, C.DEV_COUNTRY_W)
    c = w.city_of(rng, cc, city)
    culture = culture or w.culture_for(rng, cc)
    name = w.name(rng, culture)
    handle = w.handle(rng, None if pseud else name)
    sid = w.new_id(kind, rng)
    created = created or created_between(rng)
    p = {"id": sid, "kind": kind, "role": "developer", "cc": cc, "city": c[0], "region": c[1], "lat": c[2], "lon": c[3],
         "culture": culture, "legal_name": name, "handle": handle, "pseud": pseud, "created": created,
         "until": min(END, created + dt.timedelta(days=rng.randint(30, 900))), "tokens": [], "fraud": 0}
    p["full_name"] = handle if pseud else name
    if pseud:
        dom = wrand(rng, {"proton.me": 45, "gmail.com": 30, "pm.me": 8, "tutanota.com": 5, "skiff.com": 2,
                          "icloud.com": 10})
        p["email"] = w.email(rng, None, cc, domain=dom, handle=handle)
    else:
        p["email"] = w.email(rng, name, cc, handle=handle)
    # phone: most accounts have 2FA by SMS or a number for payouts
    voip = rng.random() < (0.22 if pseud else 0.06)
    if rng.random() < (0.55 if pseud else 0.85):
        p["phone"] = w.phone(rng, cc, c[1] or c[0])
        p["phone_line_type"] = phone_type(rng, voip and cc in ("US", "CA"), 0.01)
        if voip and cc in ("US", "CA"):
            p["tokens"].append("voip_phone")
    if rng.random() < 0.5:
        p["recovery_email"] = w.email(rng, name if not pseud else None, cc,
                                      domain=rng.choice(["gmail.com", "proton.me", "outlook.com", "icloud.com"]),
                                      handle=handle + str(rng.randint(1, 99)))
    if p.get("phone") and rng.random() < 0.25:
        p["recovery_phone"], p["recovery_phone_line_type"] = p["phone"], p.get("phone_line_type", "")
    # KYC: fiat payouts and large bounties need a verified identity
    p["kyc_level"] = wrand(rng, {"full": 12, "basic": 48, "none": 40} if pseud else {"full": 38, "basic": 45, "none": 17})
    if p["kyc_level"] == "full":
        p["address"] = w.address(rng, cc, c[0])
        p["birth_date"] = w.birth_date(rng)
        p["national_id"] = w.national_id(rng, cc)
        if pseud:  # KYC'd pseudonyms keep their handle as display name; the legal name is on file
            p["kyc_name"] = name
    elif rng.random() < 0.2 and not pseud:
        p["address"] = w.address(rng, cc, c[0])
    # networks and devices
    p["home"] = w.home_addr(rng, cc, c[0])
    p["tz"] = w.tz_of(cc, c[3])
    p["devices"] = [w.device(rng) for _ in range(wrand(rng, {1: 45, 2: 40, 3: 15}))]
    p["sources"] = [(70, p["home"]), (18, lambda r, cc=cc, city=c[0]: w.mobile_addr(r, cc, city)),
                    (5, lambda r, cc=cc, city=c[0]: w.venue_addr(r, cc, city))]
    p["n_logins"] = max(2, min(90, int(rng.lognormvariate(2.2, 0.8))))
    # profile
    style = wrand(rng, {"selfie": 4, "default": 30, "default2": 8, "nft_popular": 22, "nft": 14, "identicon": 12,
                        "none": 10} if pseud else
                  {"selfie": 52, "default": 18, "default2": 4, "nft_popular": 5, "nft": 3, "identicon": 4, "none": 14})
    p["photo_style"] = style
    if style in ("default", "default2"):
        p["tokens"].append("default_avatar")
    elif style.startswith("nft"):
        p["tokens"].append("nft_pfp")
    p["profiles"] = profiles_for(w, rng, handle, None if pseud else name, linkedin=0.05 if pseud else 0.55)
    p["bio"] = M.bio(rng)
    p["resume_kind"] = None if pseud else ("file" if rng.random() < 0.3 else None)
    p["payouts"] = []
    if rng.random() < 0.62:
        add_payout(w, rng, p, pseud=pseud)
    return p


def add_payout(w, rng, p, *, pseud=False, method=None, payer=None, n=None, dests=None, chain=None, next_hop=None,
               currency=None):
    cc = p["cc"]
    if method is None:
        if pseud or p.get("kyc_level") != "full":
            method = wrand(rng, {"crypto": 80, "wallet": 20})
        else:
            method = wrand(rng, {"crypto": 45, "bank": 38, "wallet": 17})
    n = n or max(1, min(40, int(rng.lognormvariate(1.3, 0.9))))
    payer = payer or [rng.choice(PAYROLL), p.get("client") or "Ledgerline Escrow"]
    if method == "crypto":
        chain = chain or wrand(rng, STABLE_CHAINS)
        mk = w.sol if chain == "Solana" else w.evm
        if dests is None:
            k = 1 if rng.random() < 0.72 else rng.randint(2, 5)
            dests = [mk(rng) for _ in range(k)]
            if k > 1:
                p["tokens"].append("multi_wallet")
        if next_hop is None:
            nh = wrand(rng, {"": 40, "deposit": 28, "router": 16, "own": 10, "bridge": 6})
            if nh == "deposit":
                dep = mk(rng)
                next_hop = dep
            elif nh == "router":
                next_hop = UNISWAP_ROUTER if chain != "Solana" else "JUP6LkbZbjS1jKKwapdHNy74zcZ3tLUZoi5QNyVTaV4"
            elif nh == "own":
                next_hop = mk(rng)
            elif nh == "bridge":
                next_hop = ACROSS_BRIDGE if chain != "Solana" else "wormDTUJ6AWPNvk59vGQbDvGJmqbDTdgWgAqcLBCgUb"
            else:
                next_hop = ""
        currency = currency or wrand(rng, {"USDC": 70, "USDT": 15, "ETH": 8, "DAI": 7}) if chain != "Solana" else "USDC"
        if currency == "ETH" and chain == "Solana":
            currency = "USDC"
        plan = dict(method="crypto", dests=dests, currency=currency, chain=chain, next_hop=next_hop)
    elif method == "bank":
        if dests is None:
            dests = [w.us_bank(rng) if cc == "US" else w.iban(rng, cc)]
        plan = dict(method="bank", dests=dests, currency=currency or ("USD" if cc == "US" else rng.choice(["USD", "EUR"])),
                    chain="", next_hop="")
    else:
        if dests is None:
            svc = rng.choice(WALLET_SERVICES)
            dests = [f"{svc}:{p['email']}" if rng.random() < 0.7 else f"{svc}:{p['handle'].replace('.eth', '')}"]
        plan = dict(method="wallet", dests=dests, currency=currency or "USD", chain="", next_hop="")
    plan.update(n=n, payer=payer)
    p["payouts"].append(plan)
    p["payout_method"] = plan["method"]
    return plan


def base_client(w, rng, company, *, created=None):
    """A client company's hiring manager: corporate email, office network."""
    cc = company["cc"]
    c = w.city_of(rng, cc, company["city"])
    culture = w.culture_for(rng, cc)
    name = w.name(rng, culture)
    sid = w.new_id("account", rng)
    created = created or created_between(rng, max(START, company["since"]))
    p = {"id": sid, "kind": "account", "role": "client", "cc": cc, "city": c[0], "region": c[1], "lat": c[2],
         "lon": c[3], "culture": culture, "legal_name": name, "handle": w.handle(rng, name), "pseud": False,
         "created": created, "until": END, "tokens": [], "fraud": 0, "full_name": name}
    first, last = name.lower().replace(".", "").split()[0], name.lower().split()[-1]
    local = rng.choice([f"{first}", f"{first}.{last}", f"{first[0]}{last}", f"{first}"])
    e = f"{local}@{company['domain']}"
    while e in w.emails:
        e = f"{local}{rng.randint(2, 99)}@{company['domain']}"
    w.emails.add(e)
    p["email"] = e
    if rng.random() < 0.7:
        p["phone"] = w.phone(rng, cc, c[1] or c[0])
        v = rng.random() < 0.04 and cc in ("US", "CA")
        p["phone_line_type"] = phone_type(rng, v, 0.08)
        if v:
            p["tokens"].append("voip_phone")
    p["employer"] = company["name"]
    p["kyc_level"] = "business"
    p["home"] = w.home_addr(rng, cc, c[0])
    p["tz"] = w.tz_of(cc, c[3])
    p["devices"] = [w.device(rng, rng.choice(["mac_chrome", "mac_safari", "win_chrome", "win_edge", "iphone"]))
                    for _ in range(rng.randint(1, 2))]
    office = company.get("office")
    if office is not None:
        p["sources"] = [(55, office), (30, p["home"]), (15, lambda r, cc=cc, city=c[0]: w.mobile_addr(r, cc, city))]
        if company.get("vpn"):
            p["sources"].append((25, company["vpn"]))
    else:
        p["sources"] = [(75, p["home"]), (25, lambda r, cc=cc, city=c[0]: w.mobile_addr(r, cc, city))]
    p["n_logins"] = max(2, min(80, int(rng.lognormvariate(2.4, 0.7))))
    p["photo_style"] = wrand(rng, {"selfie": 60, "default": 25, "none": 15})
    if p["photo_style"] == "default":
        p["tokens"].append("default_avatar")
    p["profiles"] = [f"https://www.linkedin.com/in/{name.lower().replace(' ', '-').replace('.', '')}-{hexid(rng, 6)}"] \
        if rng.random() < 0.75 else []
    p["bio"] = f"{rng.choice(['Head of Engineering', 'CTO', 'Engineering Manager', 'Talent Partner', 'Founder', 'Product Lead', 'Tech Recruiter'])} @ {company['name']}"
    p["payouts"] = []
    return p


def emit(w, rng, p):
    """Write a person's subject row and every child row."""
    sid = p["id"]
    row = {"id": sid, "kind": p["kind"], "full_name": p["full_name"], "email": p.get("email", ""),
           "phone": p.get("phone", ""), "phone_line_type": p.get("phone_line_type", "") if p.get("phone") else "",
           "address": p.get("address", ""), "country": p.get("claim_cc", p["cc"]), "birth_date": p.get("birth_date", ""),
           "national_id": p.get("national_id", ""), "profiles": ";".join(p.get("profiles", [])),
           "employer": p.get("employer", ""), "created_at": iso(p["created"]),
           "recovery_email": p.get("recovery_email", ""), "recovery_phone": p.get("recovery_phone", ""),
           "recovery_phone_line_type": p.get("recovery_phone_line_type", "") if p.get("recovery_phone") else "",
           "handle": p.get("handle", ""), "role": p.get("role", ""), "kyc_level": p.get("kyc_level", ""),
           "payout_method": p.get("payout_method", ""), "bio": p.get("bio", "")}
    # photo
    if "photo" in p:
        row["photo"] = p["photo"]
    else:
        row["photo"] = photo_for(w, rng, sid, p.get("photo_style", "none"))
    # resume
    if p.get("resume_text"):
        row["resume"] = w.save_resume(sid, p["resume_text"], p.get("resume_ext", "txt"))
    elif p.get("resume_kind") == "file":
        loc = f"{p['city']}, {p.get('claim_cc', p['cc'])}"
        text = M.resume(rng, p.get("legal_name") or p["full_name"], p.get("email", ""), p.get("phone", ""), loc,
                        template_lines=p.get("template_lines"), bootcamp=p.get("bootcamp"), school=p.get("school"))
        row["resume"] = w.save_resume(sid, text, "md" if rng.random() < 0.3 else "txt")
    # sign-up: accounts and contractors sign up on the platform
    signup = p.get("signup_addr")
    if p["kind"] in ("account", "contractor") and signup is None:
        signup = p["sources"][0][1] if not callable(p["sources"][0][1]) else p["sources"][0][1](rng)
    if p["kind"] in ("account", "contractor") and not p.get("no_signup_ip"):
        row["signup_ip"] = signup.ip
    w.add_subject(row, p.get("fraud", 0), p.get("primary", []) + p.get("tokens", []))
    if p.get("role") == "developer" and not p.get("fraud") and not p.get("pseud") and p["kind"] == "account" \
            and p.get("primary") == ["honest_dev"]:
        w.dev_pool.append({"name": p["legal_name"], "email": row["email"], "phone": row["phone"],
                           "phone_line_type": row["phone_line_type"], "cc": p["cc"], "home": p["home"], "city": p["city"]})
    # logins
    if p.get("n_logins", 0) > 0:
        w.add_logins(rng, sid, p["created"], p["until"], p["n_logins"], p["sources"], p["devices"], p.get("tz_real", p["tz"]),
                     fail=p.get("fail", 0.03), night=p.get("night", 0.08),
                     signup_addr=signup if p["kind"] in ("account", "contractor") else None)
    # payouts
    for plan in p.get("payouts", []):
        pay_start = p["created"] + dt.timedelta(days=rng.randint(3, 40))
        w.add_payments(rng, sid, pay_start, p["until"], plan["n"], plan["dests"], method=plan["method"],
                       currency=plan["currency"], payer=plan["payer"], chain=plan.get("chain", ""),
                       memo=plan.get("memo", ""), next_hop=plan.get("next_hop"),
                       amount=plan.get("amount", (150, 9000)))
    # managed laptop: shipment and endpoint telemetry
    if p.get("ship_to"):
        t = p.get("ship_t") or (p["created"] + dt.timedelta(days=rng.randint(2, 20)))
        w.add_shipment(rng, sid, t, p["ship_to"], p.get("ship_model"))
    if p.get("endpoint"):
        ep = p["endpoint"]
        w.add_endpoint(rng, sid, ep["device"], p["created"] + dt.timedelta(days=5), p["until"], ep.get("snaps", 4),
                       ep["facts"])
    return row


# ------------------------------------------------------------------ honest managed-laptop telemetry
def honest_endpoint(w, rng, p, *, gateway=None, ssid=None, it_remote=0.12, keyboards=None, office=False):
    """osquery facts for a managed laptop used by an honest staff member or contractor."""
    mac = rng.random() < 0.8
    facts = [("system", rng.choice(C.SYSTEMS_MAC if mac else C.SYSTEMS_WIN), None, None, None, 1.0)]
    for proc in rng.sample(C.STAFF_PROCS, rng.randint(6, 12)):
        facts.append(("process", proc, None, None, None, rng.uniform(0.5, 1.0)))
    facts.append(("process", "osqueryd", None, None, None, 1.0))
    facts.append(("process", "JamfAgent" if mac else "IntuneManagementExtension", None, None, None, 0.9))
    if rng.random() < it_remote:
        facts.append(("process", rng.choice(C.IT_PROCS), None, None, None, 0.6))
        p["tokens"].append("remote_tool_it")
    if rng.random() < 0.06:
        facts.append(("process", rng.choice(C.DEV_REMOTE_PROCS), None, None, None, 0.7))
        p["tokens"].append("remote_tool_personal")
    for name, vid, pid in rng.sample(C.STAFF_USB, rng.randint(1, 4)):
        facts.append(("usb", name, vid, pid, None, 0.8))
    if rng.random() < 0.03:
        name, vid, pid = rng.choice(C.DESK_KVM_USB)
        facts.append(("usb", name, vid, pid, None, 0.9))
        p["tokens"].append("desk_kvm_switch")
    if rng.random() < 0.004:
        facts.append(("usb", "Multifunction Composite Gadget", "1d6b", "0104", None, 0.7))
        p["tokens"].append("raspberry_pi_gadget")
    facts.append(("display", "Color LCD" if mac else "Built-in Display", None, None, None, 0.9))
    for d in rng.sample(C.STAFF_DISPLAYS[1:], rng.randint(0, 2)):
        facts.append(("display", d, None, None, None, 0.7))
    h = hexid(rng, 4).upper()
    facts.append(("network", ssid or rng.choice(C.SSIDS_HOME).format(n=rng.randint(10, 999), h=h, f=p["legal_name"].split()[0]),
                  None, None, None, 0.9))
    gw = gateway or ":".join(hexid(rng, 2) for _ in range(6))
    facts.append(("gateway_mac", gw, None, None, None, 0.9))
    kb = keyboards or [C.COUNTRIES[p["cc"]][3] if p["cc"] in C.COUNTRIES else "en-US"]
    if p.get("culture") in ("korean", "chinese", "japanese", "vietnamese") and rng.random() < 0.6:
        kb = kb + [{"korean": "ko-KR", "chinese": "zh-CN", "japanese": "ja-JP", "vietnamese": "vi-VN"}[p["culture"]]]
        p["tokens"].append("native_keyboard")
    for k in kb:
        facts.append(("keyboard", k, None, None, None, 1.0))
    facts.append(("timezone", w.tz_name(p["cc"], p["lon"]), None, None, None, 1.0))
    for port in rng.sample(["22/tcp", "3000/tcp", "5432/tcp", "8545/tcp", "5173/tcp", "8080/tcp", "6379/tcp"], rng.randint(0, 3)):
        facts.append(("listening_port", port, None, None, None, 0.6))
    if rng.random() < 0.05:
        facts.append(("remote_session", f"192.168.{rng.randint(0, 2)}.{rng.randint(2, 250)}", None, None, 2, 0.3))
    return {"device": "host-" + hexid(rng, 12), "snaps": rng.randint(3, 6), "facts": facts, "gateway": gw}
